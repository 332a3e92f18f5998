"""Noun/verb misreads of the parse in running text, each of a precise shape, set right after the parse."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# Each repair reads one shape whose words leave one reading only; the parse it finds there is rebuilt in place.
# The tags are the model's own; the verbs are the model's lemma tables' (see headlines.verb_lemma).

# "... and none of the 180 sailors on board was hurt": a negative quantifier after "and", with "of" and a passive
# or copular verb after it, is the subject of a new clause (Quirk et al. 1985, 6.62: "none of" + noun phrase as
# subject), never a conjunct of the object before "and".
NEGATIVE_QUANTIFIERS = {"none", "neither"}
FINITE_BE = {"was", "were"}
PARTICIPLE_TAGS = {"VBN"}
# the words the quantifier's "of" phrase may hold before its verb
OF_PHRASE_TAGS = {"IN", "DT", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP$", "POS", "HYPH", "RB"}

# "said Pavenna arms the group": a name, then a word ending in -s that the lemma tables list as a verb, read as a
# plural noun the name modifies, then a determiner and a noun: the name is the subject of a present-tense verb,
# for a plural noun is not followed by a determiner's noun phrase in the same phrase.
OBJECT_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "that"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT"}
# a noun's role that a clause takes when its head word is read as a verb
CLAUSE_ROLE = {"dobj": "ccomp", "attr": "ccomp", "appos": "ccomp", "npadvmod": "ccomp", "pobj": "pcomp"}


# "the Gorrundi frigate Skerra was hit": a determiner, a name of a people or place, a lower-case word the tagger
# took for a verb but the lemma tables list as a noun, and a name: one noun phrase, the name typed by its class noun
# (Quirk et al. 1985, 17.93: close apposition, "the poet Burns"), for a name is not the object of a present-tense
# verb whose subject is a bare name after "the".
CLASS_DETERMINERS = {"the", "a", "an"}
VERB_TAGS = {"VB", "VBP", "VBZ"}


def set_right(doc: Doc, verb_of, nouns: frozenset[str] = frozenset()) -> list[Token]:
    """Rebuilds each misread of the shapes above in `doc`; `verb_of(token)` gives the verb a word ending in -s is
    the third person of, or None. The verbs found are returned (their tags are the caller's to set)."""
    verbs = []
    for sent in list(doc.sents):
        for token in sent:
            if token.lower_ in NEGATIVE_QUANTIFIERS:
                negative_subject(sent, token)
            elif token.tag_ in VERB_TAGS and token.lower_ in nouns:
                class_noun(sent, token)
            elif token.tag_ == "NNS" and token.dep_ != "ROOT" and verb_of(token):
                if name_subject(sent, token):
                    verbs.append(token)
    return verbs


def negative_subject(sent: Span, quantifier: Token) -> bool:
    """ "and none of the sailors was hurt": the quantifier read as a conjunct becomes the subject of the participle
    after it, which joins the clause before "and"."""
    doc = sent.doc
    i = quantifier.i
    if quantifier.dep_ != "conj" or i < 1 or doc[i - 1].lower_ != "and" or i + 2 >= sent.end \
            or doc[i + 1].lower_ != "of":
        return False
    k = i + 2
    while k < sent.end and doc[k].tag_ in OF_PHRASE_TAGS and doc[k].lower_ not in FINITE_BE:
        k += 1
    if k + 1 >= sent.end or doc[k].lower_ not in FINITE_BE:
        return False
    verb = doc[k + 1]
    if verb.tag_ not in PARTICIPLE_TAGS:
        return False
    # the participle's own clause head: the verb of the clause before "and", which the quantifier's conjunct hung on
    before = quantifier.head
    while before.pos_ not in {"VERB", "AUX"} and before.head.i != before.i:
        before = before.head
    if before.pos_ not in {"VERB", "AUX"} or before.i >= i:
        return False
    if verb.head.i == quantifier.i or is_under(verb, quantifier):
        verb.head, verb.dep_ = before, "conj"
    quantifier.head = verb
    quantifier.dep_ = "nsubjpass"  # of a participle after "was"
    doc[i - 1].head, doc[i - 1].dep_ = verb, "cc"
    doc[k].head = verb
    return True


def name_subject(sent: Span, verb: Token) -> bool:
    """ "Pavenna arms the group": the name before a plural noun that a determiner's noun phrase follows is the
    subject of that word read as a verb, and the noun phrase its object."""
    doc = sent.doc
    i = verb.i
    if i < 1 or i + 2 >= sent.end or doc[i + 1].lower_ not in OBJECT_DETERMINERS \
            or doc[i + 1].tag_ not in {"DT", "PRP$"}:
        return False
    name = doc[i - 1]
    if name.tag_ not in {"NNP", "NNPS"} or name.ent_type_ not in NAME_LABELS or name.head.i != i \
            or doc[i + 1].ent_type_:
        return False
    # the name begins the clause: nothing of the noun phrase before it ("the Pavenna arms deal")
    start = name.i
    while start > sent.start and doc[start - 1].tag_ in {"NNP", "NNPS"} and doc[start - 1].head.i in {i, start}:
        start -= 1
    # and opens a clause: at the sentence's start, after a reporting verb, "that", a comma or "and" ("say Dravia
    # arms ..."); after a preposition it is a noun phrase's ("at Trump rallies a ...")
    if start > sent.start and not (doc[start - 1].tag_ in {"VBD", "VBZ", "VBP", "VBN", "VB", ",", "CC"}
                                   or doc[start - 1].lower_ == "that"):
        return False
    # the object's head: the first noun after the determiner that ends its words
    k = i + 2
    while k < sent.end and doc[k].tag_ in {"JJ", "JJR", "JJS", "CD", "NN", "NNP", "HYPH", "VBN", "VBG"}:
        k += 1
    if k < sent.end and doc[k].tag_ in {"NNS", "NNPS"}:
        k += 1
    head = doc[k - 1]
    if k == i + 2 or head.tag_ not in {"NN", "NNS", "NNP", "NNPS"}:
        return False
    verb.dep_ = CLAUSE_ROLE.get(verb.dep_, verb.dep_)
    name.head, name.dep_ = verb, "nsubj"
    for token in doc[i + 1:k - 1]:
        if token.head.i == i or token.head.i >= k or token.head.i < i:
            token.head = head
            token.dep_ = "det" if token.tag_ in {"DT", "PRP$"} else "compound" if token.tag_.startswith("NN") \
                else "amod"
    head.head, head.dep_ = verb, "dobj"
    return True


def class_noun(sent: Span, noun: Token) -> bool:
    """ "the Gorrundi frigate Skerra": the class noun read as a verb, with the name before it its subject, becomes a
    word of the name's noun phrase; the clause the parse hung on it takes its place in the sentence."""
    doc = sent.doc
    i = noun.i
    if not noun.text.islower() or i + 1 >= sent.end or doc[i + 1].tag_ not in {"NNP", "NNPS"}:
        return False
    start = i - 1
    while start > sent.start and doc[start].tag_ in {"NNP", "NNPS"} and doc[start].text[:1].isupper():
        start -= 1
    if start == i - 1 or doc[start].lower_ not in CLASS_DETERMINERS:
        return False
    end = i + 1
    while end < sent.end and doc[end].tag_ in {"NNP", "NNPS"}:
        end += 1
    phrase = range(start, end)
    name = doc[end - 1]
    if noun.head.i == name.i:  # the tree is right, only the tag is not
        noun.tag_, noun.pos_, noun.lemma_ = "NN", "NOUN", noun.lower_
        return True
    clause = name.head
    # the name heads a role in a clause the parse hung under the class noun ("Skerra" the subject of "was hit")
    if clause.i in phrase or clause.pos_ not in {"VERB", "AUX"} or not is_under(clause, noun):
        return False
    if noun.head.i == noun.i:
        clause.head, clause.dep_ = clause, "ROOT"
    else:
        clause.head, clause.dep_ = noun.head, noun.dep_
    for token in sent:
        if token.head.i == i and token.i not in phrase and token.i != clause.i:
            token.head = clause
    for k in phrase:
        token = doc[k]
        if k == name.i:
            continue
        token.head = name
        token.dep_ = "det" if k == start else "compound"
    noun.tag_, noun.pos_, noun.lemma_ = "NN", "NOUN", noun.lower_
    return True


def is_under(token: Token, ancestor: Token) -> bool:
    """Whether `ancestor` is on the way from `token` up to its sentence's root."""
    seen = 0
    while token.head.i != token.i and seen < 200:
        token = token.head
        if token.i == ancestor.i:
            return True
        seen += 1
    return False
