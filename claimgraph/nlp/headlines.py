"""After the parse: headlines whose verbs the tagger read as nouns, and other noun/verb misreads, set right."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import lexicon
from .component import Component, factory
from .lemmas import known_verbs
from .misreads import set_right

# A headline drops its articles and joins its acts with commas: "Marovia expels election monitors, bans rallies".
# With no article to tell it, the tagger reads the present-tense verbs as plural nouns ("expels" NNS), and the
# parser makes the first clause a noun phrase, the subject of the next verb ("Marovia expels election monitors"
# doing the banning). Each verb after a comma shares the first verb's subject (Quirk et al. 1985, 13.52:
# coordinated predicates share their subject; 13.95 asyndetic coordination by commas). Only this shape is read:
# a line with no full stop, a name for subject, then at least two "verb + object" parts, each verb a word ending
# in -s that the English model's own lemma tables list as a verb, each part only noun-phrase words and
# prepositional phrases, the parts set apart by commas or a last "and".
END_MARKS = {".", "!", "?", ";"}
# the words a headline's object may hold: nouns, names, numbers, adjectives, determiners, possessives, prepositions
OBJECT_TAGS = {"DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "IN", "TO", "POS", "PRP$", "HYPH"}
SUBJECT_TAGS = {"NNP", "NNPS", "NN", "NNS", "JJ", "POS", "HYPH"}
# tags the tagger gives a present-tense verb it misreads in a headline
VERB_LIKE_TAGS = {"NNS", "NNPS", "VBZ", "NNP"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
# a finite verb heading its clause is no word of a name, in a headline ("Velmar slams Orvan") or in a sentence
# ("Imbrey accused Novrath of ...", which the recogniser ran into one organisation)
NAME_BREAKING_TAGS = {"VBZ", "VBD", "VBP"}


@factory("claimgraph_headline_verbs_v1",
         assigns=["token.tag", "token.pos", "token.lemma", "token.dep", "token.head", "doc.ents"])
def make_headline_verbs(nlp: Language, name: str) -> "HeadlineVerbs":
    return HeadlineVerbs(nlp)


class HeadlineVerbs(Component):
    """Headlines of acts joined by commas, parsed as one clause of verbs with one subject (see the module's note).

    Runs after the named-entity recogniser, and gives the verbs it sets right their tag, part of speech and lemma;
    a name the recogniser ran over a headline's verb is cut at it ("Velmar slams Orvan" is two names and a verb)."""

    def __init__(self, nlp: Language) -> None:
        self.verbs = known_verbs(nlp)
        # the class nouns a name may follow ("the Gorrundi frigate Skerra"), from the entity lexicon
        self.nouns = frozenset(lexicon.load("entity_lexicon.yaml")["vehicle_nouns"]["entries"])

    def __call__(self, doc: Doc) -> Doc:
        if not self.verbs:
            return doc
        verbs, nouns = [], []
        for sent in list(doc.sents):
            parts = headline_parts(sent, self.verbs) or headline_act(sent, self.verbs)
            if parts is not None:
                rebuild(sent, *parts)
                verbs += [verb for verb, _ in parts[1]]
                # the object's noun the tagger took for the verb ("Court orders recount": "recount" VBP)
                nouns += [t for _, obj in parts[1] for t in obj if t.tag_ in {"VB", "VBP"}]
        # and the misreads of running text's noun/verb words of a precise shape (misreads.py)
        verbs += set_right(doc, lambda token: verb_lemma(token, self.verbs), self.nouns)
        for verb in verbs:
            verb.tag_, verb.pos_, verb.lemma_ = "VBZ", "VERB", verb_lemma(verb, self.verbs)
        for noun in nouns:
            noun.tag_, noun.pos_, noun.lemma_ = "NN", "NOUN", noun.lower_
        if verbs or any(t.tag_ in NAME_BREAKING_TAGS and t.dep_ in {"ROOT", "conj"} for ent in doc.ents
                        for t in ent[1:-1]):
            cut_names_at_verbs(doc)
        return doc


def verb_lemma(token: Token, verbs: frozenset[str]) -> str | None:
    """The verb a lower-case word ending in -s is the third person of: "expels" expel, "closes" close, "carries"
    carry; None if the model's tables list no such verb."""
    word = token.lower_
    if token.text[:1].isupper() or not word.endswith("s") or len(word) < 4 or token.tag_ not in VERB_LIKE_TAGS:
        return None
    stems = [word[:-1]]
    if word.endswith("es"):
        stems.append(word[:-2])
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    return next((s for s in stems if s in verbs), None)


def ends_as_sentence(sent: Span) -> bool:
    """Whether the last word of the line that is not a space ends a sentence ('.', '!', '?', ';'): no headline
    does, and most lines of a story do, so they are passed over without a Token made for each of their words."""
    doc = sent.doc
    k = sent.end - 1
    while k >= sent.start and doc[k].is_space:
        k -= 1
    return k >= sent.start and doc[k].text in END_MARKS


def headline_parts(sent: Span, verbs: frozenset[str]) -> tuple[list[Token], list[tuple[Token, list[Token]]]] | None:
    """The subject's words and each (verb, object words) of a headline of acts joined by commas, or None."""
    if ends_as_sentence(sent):
        return None
    words = list(sent)
    while words and words[-1].is_space:
        words.pop()
    if len(words) < 6 or any(t.is_space for t in words):  # a line ending like a sentence left above
        return None
    # the acts are joined by commas, the last by "and" at times ("expels monitors and bans rallies")
    commas = [i for i, t in enumerate(words) if t.text == "," or t.lower_ == "and" and t.tag_ == "CC"]
    if not commas:
        return None
    bounds = [-1, *commas, len(words)]
    segments = [words[a + 1:b] for a, b in zip(bounds, bounds[1:])]
    first = segments[0]
    at = next((k for k, t in enumerate(first) if k >= 1 and verb_lemma(t, verbs)), None)
    if at is None:
        return None
    subject, rest = first[:at], first[at:]
    if not subject[0].text[:1].isupper() or not any(t.ent_type_ in NAME_LABELS or t.tag_ in {"NNP", "NNPS"}
                                                   for t in subject) \
            or any(t.tag_ not in SUBJECT_TAGS for t in subject):
        return None
    acts = []
    for part in [rest, *segments[1:]]:
        if len(part) < 2 or verb_lemma(part[0], verbs) is None:
            return None
        obj = part[1:]
        if any(t.tag_ not in OBJECT_TAGS for t in obj) or obj[0].tag_ in {"IN", "TO"}:
            return None
        acts.append((part[0], obj))
    if len(acts) < 2:
        return None
    first_verb = acts[0][0]
    if first_verb.tag_ == "VBZ" and first_verb.dep_ == "ROOT" and all(
            v.tag_ == "VBZ" and v.head.i == first_verb.i and v.dep_ == "conj" for v, _ in acts[1:]):
        return None  # the parser read it so already
    return subject, acts


# One act alone: "Court orders recount in disputed Marenburg vote", "Army seizes port". Without commas the shape
# must hold the whole line: a subject of nouns or names, a word ending in -s that the lemma tables list as a verb
# and its object, with no other verb in the line but the object's first noun, which the tagger takes for the
# verb at times ("recount" VBP), and a participle before a noun ("disputed vote"). The line stands alone: a
# line break or the text's end follows it.
SINGLE_OBJECT_TAGS = OBJECT_TAGS | {"VBN", "VBG"}


def headline_act(sent: Span, verbs: frozenset[str]) -> tuple[list[Token], list[tuple[Token, list[Token]]]] | None:
    """The subject's words and the one (verb, object words) of a headline of one act the tagger misread, or None."""
    if ends_as_sentence(sent):
        return None
    words = list(sent)
    while words and words[-1].is_space:
        words.pop()
    doc = sent.doc
    if len(words) < 3 or any(t.is_space or t.is_punct for t in words):  # a line ending like a sentence left above
        return None
    after = words[-1].i + 1
    if after < len(doc) and not (doc[after].is_space and "\n" in doc[after].text):
        return None
    at = next((k for k, t in enumerate(words) if k >= 1 and verb_lemma(t, verbs)), None)
    if at is None or at + 1 >= len(words):
        return None
    subject, verb, obj = words[:at], words[at], words[at + 1:]
    if verb.tag_ == "VBZ" and verb.dep_ == "ROOT" or not subject[0].text[:1].isupper() \
            or any(t.tag_ not in SUBJECT_TAGS for t in subject) \
            or subject[-1].tag_ not in {"NN", "NNS", "NNP", "NNPS", "JJ"}:
        return None
    if obj[0].tag_ not in {"NN", "NNS", "NNP", "NNPS", "DT", "JJ", "CD", "PRP$", "VB", "VBP"}:
        return None
    for k, t in enumerate(obj):
        if t.tag_ in {"VB", "VBP"} and (k or t.text[:1].isupper()):
            return None  # a verb past the object's first word: another clause
        if t.tag_ in {"VBN", "VBG"} and (k + 1 >= len(obj) or obj[k + 1].tag_ not in {"NN", "NNS", "NNP", "NNPS",
                                                                                    "JJ"}):
            return None
        if t.tag_ not in SINGLE_OBJECT_TAGS | {"VB", "VBP"}:
            return None
    if obj[-1].tag_ in {"IN", "TO", "DT", "JJ", "PRP$", "POS", "HYPH"}:
        return None
    return subject, [(verb, obj)]


def rebuild(sent: Span, subject: list[Token], acts: list[tuple[Token, list[Token]]]) -> None:
    """Sets the tags and the tree of a headline: the first verb heads it, with the subject; each verb its object
    and prepositional phrases; the verbs after it are joined to it; commas and the rest hang on the first verb."""
    root = acts[0][0]
    # the root first, then every word under it: no step leaves a cycle, which the parse's bookkeeping cannot walk
    root.head = root
    root.dep_ = "ROOT"
    for token in sent:
        if token.i != root.i:
            token.head = root
    for token in sent:
        if token.i != root.i:
            token.dep_ = "punct" if token.is_punct else "cc" if token.tag_ == "CC" else "dep"
    noun_phrase(subject, root, "nsubj")
    for n, (verb, obj) in enumerate(acts):
        if n:
            verb.dep_ = "conj"
        split = next((k for k, t in enumerate(obj) if t.tag_ in {"IN", "TO"}), len(obj))
        noun_phrase(obj[:split], verb, "dobj")
        rest = obj[split:]
        while rest:  # "from Saturday", "in the north of Kesh": each preposition and its object
            prep = rest[0]
            prep.head, prep.dep_ = verb, "prep"
            end = next((k for k, t in enumerate(rest) if k and t.tag_ in {"IN", "TO"}), len(rest))
            noun_phrase(rest[1:end], prep, "pobj")
            rest = rest[end:]


def noun_phrase(words: list[Token], head: Token, dep: str) -> None:
    """A noun phrase of a headline hung on `head`: its last word heads it, the words before modify it."""
    if not words:
        return
    last = words[-1]
    last.head, last.dep_ = head, dep
    for token in words[:-1]:
        token.head = last
        token.dep_ = {"DT": "det", "CD": "nummod", "JJ": "amod", "JJR": "amod", "JJS": "amod", "POS": "case",
                      "PRP$": "poss", "VBN": "amod", "VBG": "amod"}.get(token.tag_, "compound")


def cut_names_at_verbs(doc: Doc) -> None:
    """Cuts each name that holds a lower-case finite verb heading a clause ("Velmar slams Orvan": the recogniser's one
    name over a headline with no articles; "Imbrey accused Novrath of ...") into the names on either side of it."""
    ents = []
    changed = False
    for ent in doc.ents:
        cuts = [t.i for t in ent if t.tag_ in NAME_BREAKING_TAGS and t.dep_ in {"ROOT", "conj"}
                and t.text[:1].islower()]
        if not cuts:
            ents.append(ent)
            continue
        changed = True
        start = ent.start
        for cut in [*cuts, ent.end]:
            if cut > start and doc[start].text[:1].isupper():
                ents.append(Span(doc, start, cut, label=ent.label_))
            start = cut + 1
    if changed:
        doc.ents = ents
