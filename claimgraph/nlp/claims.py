"""Which rated predicates head a claim (a proposition: a clause with its predicate) and which fold into one."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from .attribution import REFUSING, WITHHELD, WITHHELD_FACTS, hedging_passive
from .attribution.cues import given_information, names_thing, occasion_nouns, saying_occasions
from .attribution.sources import speaking_terms
from .certainty import CUES_FILE, excessive_degree, hyphenated_bounds, prepositional_verbs
from .table import TokenTable, edges, token_table
from .tokens import asks_whether, asks_whether_at

# markers whose words are the outlet's remark on a report, not a proposition of their own
REMARKS_ON_REPORTS = frozenset({"unsupported"})
# A verb in one of these relations modifies a noun rather than stating something: "truck-mounted", "a covered market".
_MODIFIER_DEPS = {"amod", "compound", "nmod", "npadvmod", "poss", "appos", "nummod"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
# Nouns and adjectives in these relations are predicated of something: "it was an attack", "troops were ready".
_PREDICATIVE_DEPS = {"acomp", "attr", "oprd", "xcomp", "ccomp"}
# A participle with a subject, auxiliary or argument of its own states something ("images reviewed by the monitors",
# "a company evading the sanctions"); a bare one describes its noun ("the wounded").
_CLAUSE_DEPS = _SUBJECT_DEPS | {"aux", "auxpass", "mark", "agent", "dobj", "dative", "prep", "ccomp", "xcomp", "advcl"}


@dataclass
class Claim:
    """One proposition: the predicate heading it, and the fragments (nominal events, modifiers) folded into it."""

    head: int
    parts: list[int] = field(default_factory=list)
    event: int | None = None


def heads_clause(token: Token) -> bool:
    """A predicate with a clause of its own, as opposed to a fragment of someone else's clause.

    Verbs head clauses unless they modify a noun (adjectival participles: "a covered market", "truck-mounted");
    a participle after its noun heads one when it has an argument of its own ("a depot used by militants"). Nouns
    and adjectives head one only as the predicate of a copula or of a small clause ("it was an attack", "found it
    likely"), or as the root of a sentence without a verb.
    """
    # asked of every predicate: the relation and word read from the token table first, and each test below called
    # only for the relation (or lemma) it opens by requiring
    table = token_table(token.doc)
    i = token.i
    if table.head[i] == i:
        return True
    dep = table.dep[i]
    if table.pos[i] in {"VERB", "AUX"}:
        if dep in _MODIFIER_DEPS or dep in {"relcl", "acl"} and pronoun_infinitive(token):
            return False
        if dep in {"acl", "csubj", "csubjpass"} and reduced_relative(token) or dep == "advcl" and (
                purpose_infinitive(token) or reduced_adverbial(token)) or dep == "xcomp" and withheld_speech(token):
            return False
        if dep in {"conj", "dep"} and misread_main_verb(token) or dep == "conj" and elided_verb_phrase(token):
            return False
        if table.tag[i] == "VBN" and postposed_participle(token):
            return False  # "Osterby and Lindhaven, the two towns affected": a noun with its participle, no clause
        if dep in {"acl", "relcl", "xcomp"} and ranked_infinitive(token):
            return False  # "the third minister to resign": which of a series, within the clause that names it
        if dep in {"relcl", "acl"} and names_thing(token) or table.lemma[i] in _NAMING_AS and (
                naming_relative(token) or naming_free_relative(token)):
            return False  # "the drills, which it calls a provocation": what a thing is called, within the host
        return True
    return dep in _PREDICATIVE_DEPS


# what an auxiliary standing for a verb phrase left out may carry besides: 'and never has', 'but she did not', 'or
# is not'
_ELLIPSIS_DEPS = frozenset({"advmod", "neg", "cc", "punct", "nsubj", "nsubjpass", "expl"})
# the primary and modal auxiliaries (Quirk et al. 1985, 3.21-3.22), which the parser may tag as main verbs when alone
_AUXILIARIES = frozenset({"be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might",
                          "must"})


def elided_verb_phrase(auxiliary: Token) -> bool:
    """'Ostria does not arm the group and never has': a conjoined auxiliary with no verb or complement of its own
    stands for its conjunct's verb phrase (VP ellipsis; Quirk et al. 1985, 12.62), no clause of its own but the
    first's, whose claim it belongs to. PolNeAR train: 3 such clauses after 'and'/'but'/'or' at a clause's end."""
    return auxiliary.lemma_.lower() in _AUXILIARIES and all(c.dep_ in _ELLIPSIS_DEPS for c in auxiliary.children)


def reduced_clause(verb: Token) -> bool:
    """A participle or infinitive with arguments of its own that modifies a noun or an act: part of the clause it
    hangs on, but a proposition of its own where that clause is none ('a report by the monitors, seen by the
    Review', under 'according to'; 'the findings, if confirmed, would be ...', whose copula is no predicate)."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if not (reduced_relative(verb) or purpose_infinitive(verb) or reduced_adverbial(verb)):
        return False
    return naming(verb) is False and any(c.dep_ in _CLAUSE_DEPS for c in verb.children) or \
        reduced_adverbial(verb)


def reduced_relative(verb: Token) -> bool:
    """'A tanker anchored off the port was struck', 'ships calling at the port': a participle after its noun, with
    no subject or auxiliary of its own, says which thing the host clause is about; it is part of the host's
    proposition (PolNeAR train, first 400 articles: of 1,566 such participles 42 root a gold content of their own,
    most of them misparsed that-clauses). One with a subject or auxiliary is a clause ('the ship, its hull breached')."""
    if misparsed_subject_participle(verb):
        return True
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBG"} or verb.i < verb.head.i:
        return naming(verb) if verb.dep_ == "acl" else False
    return not any(c.dep_ in _SUBJECT_DEPS | {"aux", "auxpass", "mark"} for c in verb.children)


# what a postposed participle may carry besides its noun: 'the two villages affected, on Sunday', 'the men
# detained by the police'; an object or complement would make it a clause of its own
_POSTPOSED_DEPS = frozenset({"nsubj", "nsubjpass", "punct", "prep", "agent", "advmod", "npadvmod"})


def postposed_participle(verb: Token) -> bool:
    """'Osterby and Lindhaven, the two towns affected, ...', 'the people involved': a bare past participle right after
    its noun, with nothing of its own, modifies the noun (Quirk et al. 1985 §17.22, postposed participles); where the
    parser reads it as a clause with the noun for subject, the participle has no auxiliary to make it finite (a finite
    past would be tagged VBD), so it states nothing: the noun with its participle is a phrase, no proposition. PolNeAR
    train, first 400 articles: 26 such participles read as a clause with their noun for subject, 13 inside a gold
    content, 2 of them a gold content of their own (weak)."""
    if verb.tag_ != "VBN" or verb.dep_ == "ROOT":
        return False
    kids = list(verb.children)
    subject = next((c for c in kids if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.i == verb.i - 1 and subject.pos_ == "NOUN" and \
        all(c.dep_ in _POSTPOSED_DEPS for c in kids)


def on_subject(participle: Token) -> bool:
    """'Militiamen armed with rifles attacked the village': a reduced relative on the subject of its clause says
    which party did the clause's act; its own act (arming) is no claim beside the clause's."""
    return reduced_relative(participle) and participle.dep_ == "acl" and participle.head.dep_ in {"nsubj", "nsubjpass"}


def misread_main_verb(verb: Token) -> bool:
    """'Drones launched from across the border struck the station': the parser takes the participle of a reduced
    relative on the subject for the finite verb, and the main verb for a second verb joined to it without a
    conjunction ('struck' as conj or dep of 'launched'). The participle has no object and no auxiliary, nothing
    but a phrase of its own stands between the two, and the main verb has no subject: the main verb's act is the
    clause's, told in the claim the participle heads (its subject hangs there)."""
    first = verb.head
    if verb.dep_ not in {"conj", "dep"} or verb.i < first.i or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return False
    if first.tag_ not in {"VBD", "VBN"} or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return False
    kids = list(first.children)
    subject = next((c for c in kids if c.dep_ == "nsubj" and c.i < first.i), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or any(
            c.dep_ in {"aux", "auxpass", "neg", "dobj", "cc"} for c in kids):
        return False
    between = first.doc[first.i + 1:verb.i]
    return all(t.head.i != first.i or t.dep_ in {"prep", "agent", "advmod"} for t in between) and not any(
        t.is_punct or t.dep_ == "cc" for t in between)


def describes_speaker(verb: Token) -> bool:
    """A reduced relative with no agent of its own, in a source's words: which people speak ('involved in the
    inquiry', 'briefed on the talks'), not what anyone did."""
    return reduced_relative(verb) and not any(c.dep_ == "agent" for c in verb.children)


def misparsed_subject_participle(verb: Token) -> bool:
    """'A tanker anchored off the port was struck': the parser reads the participle as a finite verb heading a
    clausal subject, its noun as that verb's subject. A clausal subject opens with a complementizer or a wh-word
    ('what they found was', 'that it sank is clear'); one that opens with a bare noun and has no auxiliary is the
    noun with its reduced relative."""
    if verb.dep_ not in {"csubj", "csubjpass"} or verb.tag_ not in {"VBD", "VBN"}:
        return False
    kids = list(verb.children)
    if any(c.dep_ in {"aux", "auxpass", "mark", "neg"} for c in kids):
        return False
    subject = next((c for c in kids if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i), None)
    return subject is not None and subject.pos_ in {"NOUN", "PROPN"} and subject.left_edge.tag_ not in \
        {"WDT", "WP", "WP$", "WRB"} and verb.left_edge.i == subject.left_edge.i


def purpose_infinitive(verb: Token) -> bool:
    """'Officials arrived to brief the media', 'troops were sent in order to secure the road': a to-infinitive of
    purpose with no subject of its own says what the host act was for, within the host's proposition (PolNeAR train,
    first 400 articles: of 710 such adverbial infinitives 36 root a gold content of their own)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VB":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return not any(c.dep_ in _SUBJECT_DEPS or (c.dep_ == "mark" and c.lower_ not in {"in", "order", "so", "as"})
                   for c in verb.children)


# acts of saying a refusal withholds: "declined to comment", "refused to say whether", "declined to confirm the toll"
# (the refusals of nlp.attribution, which give no attribution either, and the other verbs of telling)
_WITHHELD_SPEECH = WITHHELD | WITHHELD_FACTS | {"say", "discuss", "disclose", "reveal", "explain", "answer"}


def withheld_speech(verb: Token) -> bool:
    """'A spokesman declined to say whether the navy was warned', 'declined to give figures': the refusal is the proposition (the spokesman
    declined); the saying it withholds is part of it, not a negative claim of its own, and what would have been
    said is left open (UW train rates the withheld 'say'/'comment' itself -2.7, n=3: that value stays on the
    folded word)."""
    return verb.dep_ == "xcomp" and (verb.lemma_.lower() in _WITHHELD_SPEECH or given_information(verb)) and \
        verb.head.lemma_.lower() in REFUSING and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def withheld_topics(doc: Doc) -> set[int]:
    """The words of what a refusal with a noun object leaves unsaid ('declined comment on the negotiations'), which
    no attribution holds (see nlp.attribution.refusal): a topic, no proposition."""
    table = token_table(doc)
    topics: set[int] = set()
    for i, lemma in enumerate(table.lemma):
        if lemma in REFUSING:
            for c in table.children[i]:
                if table.dep[c] == "dobj" and table.lemma[c] in WITHHELD:
                    topics |= table.subtree(c) - {c}
    return topics


def refusal_to_say(verb: Token) -> Token | None:
    """The question a refusal leaves open ('declined to say whether C', 'would not say if C'), or None."""
    if verb.lemma_.lower() in REFUSING:
        verb = next((c for c in verb.children if withheld_speech(c)), None)
        if verb is None:
            return None
    elif not (verb.lemma_.lower() in _WITHHELD_SPEECH and any(c.dep_ == "neg" for c in verb.children)):
        return None
    question = next((c for c in verb.children if asks_whether(c) or asks_which(c)), None)
    if question is None:  # "declined to comment on whether C"
        question = next((p for p in verb.children if p.dep_ == "prep" and any(
            c.dep_ == "pcomp" and any(m.dep_ == "mark" and m.lower_ in {"whether", "if"} for m in c.children)
            for c in p.children)), None)
    return question


def asks_which(clause: Token) -> bool:
    """'did not say who was responsible', 'declined to say where the men were held': a complement clause opening on
    a wh-word is an indirect question (Quirk et al. 1985 §15.5), which asserts nothing, as 'whether C' does not.
    PolNeAR, UW and MEANTIME train: 9 "did not say / declined to say ... who, what, when, how, why" after a refusal or
    a negated verb of saying, against 8 "whether" or "if"."""
    return clause.dep_ == "ccomp" and clause.left_edge.tag_ in {"WP", "WRB", "WDT", "WP$"} and \
        clause.left_edge.i > clause.head.i


# subordinators of a reduced adverbial clause: "if confirmed", "when asked", "once completed", "though damaged", and
# of a reduced comparative one: "larger than expected", "as planned" (Quirk et al. 1985 §15.69)
_REDUCED_MARKS = frozenset({"if", "unless", "when", "once", "though", "although", "while", "until", "than", "as"})


def reduced_adverbial(verb: Token) -> bool:
    """'If confirmed, the sale would be the largest', 'when asked about the talks, he said': a participle after a
    subordinator, with no subject or auxiliary, is a condition or occasion of the host clause (Quirk et al. 1985
    §15.58, verbless and nonfinite adverbial clauses), not a proposition of its own."""
    if verb.dep_ != "advcl" or verb.tag_ not in {"VBN", "VBG"}:
        return False
    if any(c.dep_ in _SUBJECT_DEPS | {"aux", "auxpass"} for c in verb.children):
        return False
    return any(c.dep_ == "mark" and c.lower_ in _REDUCED_MARKS for c in verb.children)


# indefinite pronouns a to-infinitive hangs on: "had nothing to do with the attack", "has something to hide",
# "found anyone to blame" (PolNeAR train: 65 such infinitives, "nothing to do with" 9 times)
_INDEFINITE_PRONOUNS = frozenset({"nothing", "something", "anything", "everything", "nobody", "somebody", "anybody",
                                  "everybody", "anyone", "someone", "everyone", "none", "one"})


def pronoun_infinitive(verb: Token) -> bool:
    """"Vantor had nothing to do with the attack": a to-infinitive on an indefinite pronoun completes the clause the
    pronoun belongs to (its polarity and modality are that clause's); it states no act of its own."""
    return (verb.dep_ in {"relcl", "acl"} and verb.head.lower_ in _INDEFINITE_PRONOUNS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


# words that rank a noun in a series ("the third minister to resign", "the last bank to close", "the only one to
# vote"); Quirk et al. 1985, 17.29-17.31 (infinitive postmodifiers after ordinals and superlatives)
_RANKING = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                      "last", "only", "latest", "next"})


def ranked_infinitive(verb: Token) -> bool:
    """'She became the third minister to resign this year': a to-infinitive after a noun an ordinal or superlative
    ranks says which of a series the noun is, within the clause that names it (the parser hangs it on the noun or on
    the copular verb above it). PolNeAR train: 74 'the first/last/only/next ... to V'."""
    if verb.dep_ not in {"acl", "relcl", "xcomp"} or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                               for c in verb.children):
        return False
    if verb.dep_ == "xcomp":
        nouns = [c for c in verb.head.children if c.dep_ in {"attr", "dobj", "oprd"} and c.i < verb.i]
    else:
        nouns = [verb.head] if verb.head.i < verb.i else []
    return any(m.dep_ in {"amod", "advmod", "nummod"} and (m.lower_ in _RANKING or m.tag_ == "JJS")
               for noun in nouns if noun.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} for m in noun.children)


# verbs that give a name rather than state an act: "a group calling itself the Lantern", "a man known as Red"
_NAMING = frozenset({"call", "name", "dub", "style", "title", "know"})
_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})


def naming(participle: Token) -> bool:
    """A participle that names its noun ("calling itself X", "known as X"): who the noun is, no proposition."""
    if participle.lemma_.lower() not in _NAMING:
        return False
    return any(c.dep_ == "oprd" or c.lower_ in _REFLEXIVES or (c.dep_ == "prep" and c.lower_ == "as")
               for c in participle.children)


# verbs that give the name a thing goes by, with the name after 'as': "the group researchers know as X", "the crew
# analysts track as Y", "what officials refer to as Z" (Levin 1993, 29.3 dub verbs; 'track as' is how security firms
# name the groups they follow)
_NAMING_AS = _NAMING | frozenset({"track", "refer", "designate", "label", "term", "nickname", "brand"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


@dataclass
class ApposedRelative:
    """A relative clause in the apposition of a clause's subject, with the predicate the parser hung under it: 'A, the
    group researchers know as B, planted a wiper and activated it' parsed with 'know' as the clause and 'planted' as
    its conjunct or as an adverbial clause marked 'as' (B its subject)."""

    verb: Token  # the relative clause's verb ('know')
    predicate: Token  # the clause's own predicate ('planted')
    subject: Token  # the head of the subject the apposition describes ('A')
    name: Token | None  # the name the relative gives the subject ('B'), when it names


def apposed_relative(verb: Token) -> ApposedRelative | None:
    """The parse of a subject, an apposition holding a relative clause, and the predicate, when the parser made the
    relative's verb the clause and hung the predicate under it (PolNeAR train: of 52 sentences 'A, the N [who] B V
    ..., W', the parser reads 50 with W the predicate of A, and hangs W under V as a conjunct in 2, one of them a
    naming 'as'). The apposition opens with a determiner right after a comma that ends a noun phrase left outside
    the relative's clause, and the predicate, finite, follows a comma with no subject of its own but the name an
    'as' gives it in the adverbial misparse."""
    if verb.pos_ != "VERB":
        return None
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i), None)
    if subject is None or subject.left_edge.i < 2 or doc[subject.left_edge.i].lower_ not in {"the", "a", "an"}:
        return None
    comma = doc[subject.left_edge.i - 1]
    if comma.text != "," or doc[comma.i - 1].pos_ not in {"NOUN", "PROPN", "NUM"}:
        return None
    head = doc[comma.i - 1]  # climb the noun phrase that ends at the comma to its head
    while head.head.i < comma.i and head.head.i != head.i and head.head.pos_ in {"NOUN", "PROPN", "NUM", "ADP"}:
        head = head.head
    while head.pos_ == "ADP" or (head.pos_ == "NUM" and head.head.pos_ in {"NOUN", "PROPN"}):
        head = head.head
    if head.pos_ not in {"NOUN", "PROPN"} or verb.left_edge.i <= head.i or head.is_ancestor(verb):
        return None  # the relative hangs on its noun: the parse is right
    for predicate in verb.rights:
        if predicate.dep_ not in {"conj", "advcl"} or predicate.pos_ != "VERB" or doc[predicate.i - 1].text != ",":
            continue
        if predicate.tag_ not in _FINITE and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in predicate.children):
            continue
        name = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                     for c in c.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
        own = [c for c in predicate.children if c.dep_ in _SUBJECT_DEPS]
        if predicate.dep_ == "advcl":
            # "know as B, planted": the parser read 'as B' as the clause of 'planted', B its subject
            mark = next((c for c in predicate.children if c.dep_ == "mark" and c.lower_ == "as"), None)
            if mark is None or len(own) != 1 or own[0].pos_ != "PROPN" or not mark.i < own[0].i < predicate.i:
                continue
            name = own[0]
        elif own:
            continue
        if name is not None and verb.lemma_.lower() not in _NAMING_AS:
            name = None
        return ApposedRelative(verb, predicate, head, name)
    return None


def apposed_relative_above(predicate: Token) -> ApposedRelative | None:
    """The misparsed apposition whose relative's verb the parser hung this predicate under, or None."""
    if predicate.dep_ not in {"conj", "advcl"}:
        return None
    found = apposed_relative(predicate.head)
    return found if found is not None and found.predicate.i == predicate.i else None


def naming_relative(verb: Token) -> bool:
    """'X, the group researchers know as B, ...', 'Y, the crew analysts track as C': a relative clause in an apposition
    that gives the name its noun goes by says who the noun is, no proposition (as 'known as B' and 'which it calls
    B'), whether the parser hung it on its noun or made it the clause."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _NAMING_AS:
        return False
    misparsed = apposed_relative(verb)
    if misparsed is not None:
        return misparsed.name is not None
    if verb.dep_ != "relcl" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(o.dep_ == "pobj" and o.pos_ == "PROPN"
                                                              for o in c.children) for c in verb.children) and \
        any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in {"WDT", "WP"} for c in verb.children)


# the relations a free relative of naming takes: after a preposition ('in what it called X'), or set beside its noun
# ('the strikes, what officials call a response')
_FREE_RELATIVE_DEPS = frozenset({"pcomp", "pobj", "appos"})


def naming_free_relative(verb: Token) -> bool:
    """'Shelled the village, in what the ministry called "a deliberate provocation"': a free relative of naming says
    what its speaker calls the act or thing it hangs on, within the host's proposition, as 'which it calls X' does
    (no act of calling stated beside it, and the name no claim of its own). The relative word 'what' is the verb's
    object (or passive subject) and the name its predicative or 'as' phrase. PolNeAR train: 25 such free relatives
    ('in what ... called / described as / termed'), 14 inside a gold content, 3 a gold content by themselves (weak)."""
    if verb.pos_ != "VERB" or verb.dep_ not in _FREE_RELATIVE_DEPS or verb.lemma_.lower() not in _NAMING_AS:
        return False
    kids = list(verb.children)
    if not any(c.dep_ in {"dobj", "nsubjpass"} and c.lower_ == "what" and c.i < verb.i for c in kids):
        return False
    return any(c.dep_ in {"oprd", "attr", "xcomp", "ccomp"} or c.dep_ == "prep" and c.lower_ == "as"
               for c in kids if c.i > verb.i)


def in_naming_clause(token: Token, memo: dict[int, bool] | None = None) -> bool:
    """Whether a word is a clause of naming or stands inside one ('the drills, which it calls a provocation', 'X,
    the group researchers know as B'). `memo`, the answers for the words of the same document found so far: the
    predicates of a sentence share their heads, and the answer of a word settled by its heads is theirs."""
    # the word and its heads up to the root (token.ancestors) read from the token table: a Token is built only for
    # a word that may be a clause of naming or may hang under an apposition's relative
    doc = token.doc
    table = token_table(doc)
    pos, dep, head, lemmas = table.pos, table.dep, table.head, table.lemma
    i = token.i
    walked = []  # the words whose answer is the one found further up
    found = False
    for _ in range(len(head)):
        if memo is not None and i in memo:
            found = memo[i]
            break
        if pos[i] == "VERB" and (dep[i] in {"relcl", "acl"} and names_thing(doc[i]) or
                                 lemmas[i] in _NAMING_AS and (naming_relative(doc[i]) or
                                                              naming_free_relative(doc[i]))):
            found = True
            walked.append(i)
            break
        if dep[i] in {"conj", "advcl"} and apposed_relative_above(doc[i]) is not None:
            walked.append(i)
            break  # the clause the parser hung under the naming relative is no part of it
        walked.append(i)
        if head[i] == i:
            break
        i = head[i]
    if memo is not None:
        memo.update(dict.fromkeys(walked, found))
    return found


def describes_subject(participle: Token) -> bool:
    """'The engineer, working for the state railway, was arrested': a participle clause set off by commas on the
    subject of a clause describes who the subject is (a non-restrictive modifier, Quirk et al. 1985 §17.33); it is
    a fragment of the clause the subject belongs to, not a proposition beside it."""
    noun = participle.head
    if noun.dep_ not in {"nsubj", "nsubjpass"} or participle.i < noun.i:
        return False
    doc = participle.doc
    before, after = participle.left_edge.i - 1, participle.right_edge.i + 1
    return before > noun.i and doc[before].text == "," and after < len(doc) and doc[after].text == ","


def trigger_span(token: Token) -> Span:
    """The predicate's words: the token, the particles right after it ("carried out") and the rest of a hyphenated
    word ("build-up")."""
    return trigger_span_at(token.doc, token.i)


def trigger_span_at(doc: Doc, i: int, table: TokenTable | None = None) -> Span:
    """`trigger_span` of the word at i, read from the token table (asked of every claim and part: no Token is built
    for the predicate or the word after it)."""
    return Span(doc, *trigger_bounds_at(doc, i, table))  # doc[start:end], without the slice's bounds arithmetic


def trigger_bounds_at(doc: Doc, i: int, table: TokenTable | None = None) -> tuple[int, int]:
    """[start, end) of `trigger_span_at`, for a caller that wants only the words' place (no Span is built)."""
    if table is None:
        table = token_table(doc)
    start, end = hyphenated_bounds(doc, i, table)
    dep, head, whitespace = table.dep, table.head, table.whitespace
    n = len(table)
    while end < n and dep[end] == "prt" and head[end] == i and whitespace[end - 1]:
        end += 1
    if end == i + 1 and end < n and (_incorporated_noun(table, end, i) or _selected_preposition(table, end, i)):
        end += 1
    return start, end


def _selected_preposition(table: TokenTable, prep: int, verb: int) -> bool:
    """The preposition a prepositional verb selects, right after it ("called for", "look into"); not one that places
    the act in time ("will vote on Thursday", "responded on Sunday": PolNeAR train, 11 of the 11 verbs of the list
    followed by their preposition and a time, each a time of the act). A length of time with a phrase of its own is
    what the verb selects, no time of the act ("called for a day of mourning")."""
    selected = prepositional_verbs().get(table.lemma[verb], ())
    dated = any(table.dep[c] == "pobj" and table.ent_type[c] in {"DATE", "TIME"}
                and not any(table.dep[g] == "prep" for g in table.children[c]) for c in table.children[prep])
    return (table.pos[verb] == "VERB" and table.dep[prep] == "prep" and table.head[prep] == verb
            and table.lower[prep] in selected and table.whitespace[verb] and not dated)


def _incorporated_noun(table: TokenTable, noun: int, verb: int) -> bool:
    """The bare singular object of a light verb, one predicate with it ("taking part", "took place"), when the noun
    names the act rather than a thing taken ("taking money")."""
    cues = lexicon.load(CUES_FILE)
    light = table.pos[verb] in {"VERB", "AUX"} and table.lemma[verb] in cues["light_verbs"]
    return (light and table.dep[noun] == "dobj" and table.head[noun] == verb and table.tag[noun] == "NN"
            and table.whitespace[verb] and not table.children[noun] and table.lower[noun] in cues["light_verb_nouns"])


def group_claims(doc: Doc, predicates: list[int], attribution_of: dict[int, int], event_of: dict[int, int],
                 stops: set[int]) -> list[Claim]:
    """The claims of a document in text order, one a proposition.

    A fragment folds into the nearest clause above it that is a claim, in the same attribution, which takes the
    fragment's event when it has none of its own. A nominal argument keeps a claim of its own when there is no such
    clause and it is what an attribution says ("accused them of arming the group", "called for an inquiry"), or
    when it names an event and the clause has another: one claim an event, for linking across articles. Other
    fragments with nowhere to go, and noun modifiers ("sanctions monitors"), are not propositions and are dropped.
    `stops` are tokens a fragment must not fold across (the attributions' cues).
    """
    # a noun in a source's words names who speaks ("the indictment says", "people with knowledge of the talks"), no
    # proposition, unless it is what another attribution says ("the expulsion of X, first reported by the Courier,
    # drew a protest": the parser may also take the expulsion for who 'drew' something)
    # a bare parse (the claims of a hand-built tree) has no attributions registered
    attributions = (doc._.cg_attributions if doc.has_extension("cg_attributions") else None) or []
    named_by = {i for a in attributions for s in a.source for i in range(s.start, s.end)} - \
        {i for a in attributions for i in a.content_tokens()}
    terms = speaking_terms(attributions)  # "who spoke on condition of anonymity": who speaks and how
    # a content that only points back at an earlier report ('dismissed the claim as a rumour') says no proposition of
    # its own: the report it stands for holds the claim
    pointers = {i for a in attributions if "content_refers_back" in a.evidence for i in a.content_tokens()}
    occasions = occasions_of_saying(attributions)
    refused = {i for a in attributions if a.cue and doc[a.cue[0].start].lemma_.lower() in REFUSING
               for i in a.content_tokens()} | withheld_topics(doc)
    # 'said, without providing evidence, that C': the outlet's remark on how the report was made (an 'unsupported'
    # marker), no act of providing that the article denies
    remarks = {i for m in ((doc._.cg_markers if doc.has_extension("cg_markers") else None) or [])
               if m.kind in REMARKS_ON_REPORTS for i in range(m.span.start, m.span.end)}
    # a participle that says which people speak ('five people involved in the inquiry told the Gazette') is part of
    # the source's words, no proposition of its own; one with an agent ('a report seen by the Ledger') says what
    # someone did with the source, and stays
    # (the tests are pure: the word's Token is made once, and the set lookups go first)
    tokens = {i: doc[i] for i in predicates}
    named_content = {i for a in attributions for i in a.content_tokens()}
    predicates = [i for i, t in tokens.items() if i not in terms and i not in occasions and i not in pointers
                  and i not in remarks and (i not in named_by or t.pos_ in {"VERB", "AUX"}
                                            and not describes_speaker(t))
                  and not occasion_of_saying(t, stops) and not hedging_question(t) and not open_question_frame(t)
                  and not rating_passive(t)]
    naming: dict[int, bool] = {}  # `in_naming_clause` of the words walked so far
    heads = {i for i in predicates if heads_clause(tokens[i]) and not in_naming_clause(tokens[i], naming)}
    claims = {i: Claim(i, event=event_of.get(i)) for i in heads}
    for i in predicates:
        if i in heads:
            continue
        token = tokens[i]
        own_event = event_of.get(i)
        if _fold_into_host(token, own_event, claims, heads, stops, attribution_of) or \
                _fold_into_claim_above(token, own_event, claims, attribution_of):
            continue
        # what a refusal leaves unsaid ('declined comment on the negotiations') is a topic, no proposition
        if i in refused and token.pos_ not in {"VERB", "AUX"}:
            continue
        if own_event is None:
            own_event = _act_of_performing_cue(token, event_of, heads, claims, named_content)
        if own_event is None and _fold_into_shell_clause(token, claims, heads, attribution_of):
            continue
        if own_event is None and _names_only_a_thing(token, attributions, attribution_of, event_of):
            continue
        # a clause of naming, and what it names a thing ('which it calls a provocation'), is no proposition of its
        # own, even where a report's content holds it
        if token.dep_ not in _MODIFIER_DEPS and not in_naming_clause(token, naming) and (
                own_event is not None or attribution_of.get(i) is not None or reduced_clause(token)):
            claims[i] = Claim(i, event=own_event)
    fold_into_enclosing_claims(doc, claims, heads, set(predicates), attribution_of, stops)
    fold_nominal_contents(doc, claims, heads, attribution_of)
    fold_small_clause_objects(doc, claims, heads, attribution_of, attributions)
    fold_raised_subjects(doc, claims, attribution_of)
    fold_raising_words(doc, claims, attribution_of)
    fold_intention_frames(doc, claims, attribution_of)
    return [claims[i] for i in sorted(claims)]


def _fold_into_host(token: Token, own_event: int | None, claims: dict[int, Claim], heads: set[int], stops: set[int],
                    attribution_of: dict[int, int]) -> bool:
    """Folds a fragment into the nearest clause above it that is a claim, in the same attribution, when the clause
    can take it: the fragment has no event of its own or the clause's, modifies a word, sits on the subject, or is
    part of a question left open; the clause takes the fragment's event when it has none. Whether it folded."""
    i = token.i
    host = _host(token, heads, stops)
    if host is None or attribution_of.get(host) != attribution_of.get(i):
        return False
    claim = claims[host]
    if misread_main_verb(token):
        # the clause's own act, over the participle's ("launched" ... "struck")
        claim.parts.append(i)
        claim.event = own_event if own_event is not None else claim.event
        return True
    if own_event is None or claim.event in (None, own_event) or token.dep_ in _MODIFIER_DEPS \
            or on_subject(token) or asks_whether_at(token_table(token.doc), host):
        # an event named inside a question left open ('whether the unions would back a national strike')
        # is asserted by nobody: it is part of the question, no claim of its own
        claim.parts.append(i)
        if claim.event is None and not (own_event is not None and not lends_event(token.doc, host, i)
                                        and held_elsewhere(claims, own_event, i)):
            claim.event = own_event
        return True
    return False


def _fold_into_claim_above(token: Token, own_event: int | None, claims: dict[int, Claim],
                           attribution_of: dict[int, int]) -> bool:
    """'declined to discuss the negotiations': a noun inside a claim made for a word above it (below a cue, which
    stops the host search) that names the same event is that claim's part, not a second claim of one content.
    Whether it folded."""
    if own_event is None or token.pos_ not in {"NOUN", "PROPN"}:
        return False
    above = next((claims[a.i] for a in token.ancestors if a.i in claims), None)
    if above is None or above.event != own_event or attribution_of.get(above.head) != attribution_of.get(token.i):
        return False
    above.parts.append(token.i)
    return True


def _act_of_performing_cue(token: Token, event_of: dict[int, int], heads: set[int], claims: dict[int, Claim],
                           named_content: set[int]) -> int | None:
    """"the embargo was announced by X": a performing verb that is also the cue states the act its passive subject
    names; the subject, what the cue's source says, is the claim and carries that act. The act, or None."""
    verb = token.head.i
    if token.dep_ == "nsubjpass" and token.pos_ == "NOUN" and verb in event_of and verb not in heads \
            and verb not in claims and token.i in named_content:
        return event_of[verb]
    return None


def _fold_into_shell_clause(token: Token, claims: dict[int, Claim], heads: set[int],
                            attribution_of: dict[int, int]) -> bool:
    """'rejected the claim that C': the noun that names what C is is part of C's claim, no claim beside it. Whether
    it folded."""
    clause = shell_clause(token, heads)
    if clause is None or attribution_of.get(clause) != attribution_of.get(token.i):
        return False
    claims[clause].parts.append(token.i)
    return True


def _names_only_a_thing(token: Token, attributions: list, attribution_of: dict[int, int],
                        event_of: dict[int, int]) -> bool:
    """A content that only names a thing ('denied the allegations') asserts nothing. (A hand-built parse may give
    attribution numbers with no attribution registered.)"""
    k = attribution_of.get(token.i)
    return k is not None and k < len(attributions) and \
        bare_definite_content(token, attributions[k].content_tokens(), event_of)


def restrictive_relative(verb: Token) -> bool:
    """'Ready to release every soldier it holds', 'the deal that they signed': a relative clause that no comma, dash
    or bracket sets off from its noun is restrictive (Quirk et al. 1985 §17.3): it says which thing the host clause
    is about, within the host's proposition, where a non-restrictive one (', which it signed in May') adds a
    proposition of its own. PolNeAR train: of 3,597 relative clauses on a noun inside a gold content with no comma
    before them, 113 are (part of) a gold content without their noun, against 26 of 485 set off by a comma."""
    if verb.dep_ != "relcl" or verb.pos_ not in {"VERB", "AUX"} or verb.i < verb.head.i or \
            verb.head.pos_ not in {"NOUN", "PROPN", "PRON", "NUM"}:
        return False
    before = verb.left_edge.i - 1
    return before > verb.head.i - 1 and not verb.doc[before].is_punct and relative_gap(verb)


# the roles a relative word fills in its clause ('the deal that they signed', 'the men who fled')
_RELATIVE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr", "advmod", "poss"})
# the complements that complete a clause, leaving no gap for the noun to fill
_COMPLETING = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "nsubjpass", "auxpass"})


def relative_gap(verb: Token) -> bool:
    """Whether a clause the parser hung on a noun as a relative has the gap a relative clause has: a relative word
    in one of its roles ('the deal that they signed'), or, with none, no object or complement where its noun could
    stand ('every soldier it holds', 'the company it works for'). A complete clause is a noun's content ('no
    evidence the ferry was sabotaged', read as a relative with its 'that' left out), a proposition of its own."""
    kids = list(verb.children)
    if any(c.dep_ in _RELATIVE_ROLES and (c.tag_ in _WH_TAGS or c.lower_ == "that") for c in kids):
        return True
    if any(c.dep_ == "mark" for c in kids):
        return False
    return not any(c.dep_ in _COMPLETING for c in kids)


def fragment_complement(table: TokenTable, i: int, heads: set[int], predicates: set[int], stops: set[int]) -> bool:
    """'A fabrication meant to derail the talks', 'troops sent to try to retake the town': an infinitive complement
    shares its governor's clause; where the governor is a fragment (a participle after its noun, a purpose
    infinitive: a predicate that heads no clause), the infinitive is part of it too. PolNeAR train: 91 infinitive
    complements of a participle after its noun inside a gold content, 33 of them in a gold content without the
    participle (where the participle is a cue, which stops the fold)."""
    governor = table.head[i]
    return table.dep[i] == "xcomp" and governor != i and governor in predicates and governor not in heads and \
        governor not in stops and table.pos[governor] in {"VERB", "AUX"}


# prepositions of time and circumstance (Quirk et al. 1985 §8.55, §9.25): an event noun they take on a verb is the
# occasion of the verb's act ('to free the fishermen before the talks'), not what the verb's claim asserts
_OCCASION_PREPOSITIONS = frozenset({"before", "after", "during", "since", "until", "till", "amid", "amidst",
                                    "throughout", "following"})
# clauses that modify a word of the claim: what they say is no argument of the claim's predicate
_MODIFYING_CLAUSES = frozenset({"acl", "relcl", "advcl"})


def lends_event(doc: Doc, head: int, part: int) -> bool:
    """Whether the claim headed at `head` takes the event of a part: not where the part names the occasion of the
    head's act ('had no plans to free the fishermen before the talks') or stands in a clause modifying one of the
    claim's words ('a fabrication meant to derail the talks'), which the claim does not assert. The subject and
    objects lend theirs ('the talks will resume', 'carried out an attack', 'denied any involvement in the attack').
    PolNeAR train: of 386 nouns after before/after/during/since/until/amid/throughout/following on a verb inside
    a gold content, 40 are in a gold content without the verb."""
    table = token_table(doc)
    k = part
    for _ in range(len(table.head)):
        governor = table.head[k]
        if k == head or governor == k:
            return True
        if table.dep[k] in _MODIFYING_CLAUSES:
            return False
        if table.dep[k] == "prep" and table.lower[k] in _OCCASION_PREPOSITIONS and table.pos[governor] in {"VERB",
                                                                                                          "AUX"}:
            return False
        k = governor
    return True


# subordinators of a finite clause of time or condition (Quirk et al. 1985 §15.25, §15.33): what they introduce is
# the when or the if of the host's act, presupposed or supposed, not asserted beside it; 'while', 'since' and 'as'
# also introduce asserted clauses of concession and cause, and are left out
_CIRCUMSTANCE_MARKS = frozenset({"before", "after", "when", "whenever", "until", "till", "once", "if", "unless"})
# (the parser reads 'when' and 'whenever' as a mark or as an adverb of the clause's verb)


# verbs a 'when' or 'if' clause is the indirect question of, whatever relation the parser gives it ('could not
# confirm when ...', 'asked if ...'): the verbs of telling a refusal withholds, and of asking and knowing
_ASKING_OR_TELLING = _WITHHELD_SPEECH | frozenset({"confirm", "tell", "know", "ask", "wonder", "decide", "determine",
                                                   "check", "clear"})


def circumstantial_clause(table: TokenTable, i: int) -> bool:
    """'Our defences intercepted both aircraft before they reached the terminal', 'warned of more strikes unless the
    government released its commanders': a finite adverbial clause of time or condition, with a subject of its own,
    says when or on what condition the host's act holds; with no event of its own it is part of the host's claim
    (one with an event keeps its claim: every event keeps one). PolNeAR train, first 400 articles: of 144 such
    clauses of time inside a gold content 8 are a gold content without their host, of 319 of condition 36 (of 350
    of cause or concession, asserted, 39)."""
    if table.dep[i] != "advcl" or table.pos[i] not in {"VERB", "AUX"} or table.pos[table.head[i]] not in {"VERB",
                                                                                                          "AUX"}:
        return False
    if table.lemma[table.head[i]] in _ASKING_OR_TELLING:
        return False  # 'could not confirm when the results would be published': an indirect question, left open
    kids = table.children[i]
    return any(table.dep[c] in _SUBJECT_DEPS for c in kids) and any(
        table.dep[c] in {"mark", "advmod"} and table.lower[c] in _CIRCUMSTANCE_MARKS and c < i for c in kids)


def modifying_participle(table: TokenTable, i: int, adverbial_only: bool = False) -> bool:
    """A relative or participle clause on a word of its host ('a depot that supplies the army', 'shelling two
    villages, killing a farmer'), or a participle joined by a conjunction to a participle clause, sharing its subject
    ('killing two farmers and wounding five others': the second tells what the host's act did, as the first does).
    With `adverbial_only`, only a participle clause with no subject set on a verb ('..., killing a farmer').
    PolNeAR train: 47 participles joined to a participle clause of that kind inside a gold content, 3 in a gold content
    without the first (weak)."""
    dep, tag, children, head = table.dep, table.tag, table.children, table.head

    def modifying(k: int) -> bool:
        return (not adverbial_only and dep[k] in {"relcl", "acl"}) or dep[k] == "advcl" and \
            tag[k] in {"VBG", "VBN"} and not any(dep[c] in _SUBJECT_DEPS | {"mark"} for c in children[k])
    if modifying(i):
        return True
    first = i
    while dep[first] == "conj" and head[first] != first:
        first = head[first]
    return first != i and tag[i] in {"VBG", "VBN"} and tag[first] == tag[i] and modifying(first) and \
        not any(dep[c] in _SUBJECT_DEPS | {"aux", "auxpass", "mark"} for c in children[i])


# verbs that take a bare infinitive complement after their object ('let the rebels take the town', 'made them
# sign', 'helped families find homes'; Quirk et al. 1985 §16.52)
_BARE_INFINITIVE_VERBS = frozenset({"let", "make", "help", "have", "see", "hear", "watch"})


def infinitive_complement(table: TokenTable, i: int) -> bool:
    """'We will not allow our border to become a corridor', 'the embargo forced the airline to cancel flights', 'would
    ask another party to try': an infinitive complementing a verb after that verb's object (object control and
    exceptional case marking, Quirk et al. 1985 §16.50-16.53) tells what the verb's act does to the object, within
    the verb's clause; with no event of its own it is no proposition beside that clause, whose claim already holds its
    words. An infinitive sharing its verb's subject ('plans to close', 'is going to announce') is the act its verb
    rates, and keeps its claim; one with a 'that' or a modal is a clause of its own. PolNeAR train: of 775
    infinitives after the object of a verb that is no gold cue, inside a gold content, 774 stand in a gold content
    holding the verb (after a cue, 'urged the party to V', the infinitive is what is said, and the cue stops the
    fold)."""
    dep, tag, lower, children, head = table.dep, table.tag, table.lower, table.children, table.head
    verb = head[i]
    if dep[i] not in {"xcomp", "ccomp"} or tag[i] != "VB" or verb == i or table.pos[verb] not in {"VERB", "AUX"}:
        return False
    kids = children[i]
    if any(dep[c] == "mark" or dep[c] == "aux" and tag[c] == "MD" for c in kids):
        return False
    if not any(dep[c] == "aux" and lower[c] == "to" for c in kids) and table.lemma[verb] not in \
            _BARE_INFINITIVE_VERBS:
        return False
    if dep[i] == "ccomp":  # 'allow our border to become': the object read as the infinitive's subject
        return any(dep[c] in {"nsubj", "nsubjpass"} and c < i for c in kids)
    return any(dep[c] in {"dobj", "dative"} and c < i for c in children[verb])


# verbs that characterise their object rather than act on it (Levin 1993, 29.1-29.4: appoint, characterize, dub and
# declare verbs): what they predicate of it is a judgement someone makes, a proposition of its own
_CHARACTERISING = _NAMING_AS | frozenset({"consider", "deem", "declare", "judge", "think", "believe", "find",
                                          "pronounce", "rule", "describe", "characterize", "characterise", "regard"})


def object_predicative(table: TokenTable, i: int) -> bool:
    """'Took the operators alive', 'left the market deserted': an adjective (or adjectival participle) predicated of
    a verb's object, after it, says in what state the verb's act took or left the object, within the verb's clause
    (Quirk et al. 1985 §16.43-16.46, object complements); one a verb of naming or judging predicates ('called the
    charges unfounded', 'found the vote flawed') is a judgement of its own. PolNeAR train: of 58 such adjectives under
    a verb that is no gold cue and no verb of judging, inside a gold content, all 58 stand in a gold content holding
    the verb."""
    dep, children = table.dep, table.children
    verb = table.head[i]
    if dep[i] not in {"oprd", "ccomp", "xcomp", "acomp"} or verb == i or table.pos[verb] != "VERB" or \
            table.lemma[verb] == "be" or table.lemma[verb] in _CHARACTERISING:
        return False
    if not (table.pos[i] == "ADJ" or table.tag[i] == "VBN" and not any(dep[c] in _SUBJECT_DEPS | {"aux", "auxpass"}
                                                                       for c in children[i])):
        return False
    return any(dep[c] == "dobj" and c < i for c in children[verb])


def held_elsewhere(claims: dict[int, Claim], event: int, i: int) -> bool:
    """Whether a claim other than the one headed at i holds the event: a part whose event its claim does not take
    (`lends_event`) leaves the event to that claim; where none holds it, the event keeps a claim after all (every
    event keeps a claim)."""
    return any(c.event == event and head != i for head, c in claims.items())


def fold_into_enclosing_claims(doc: Doc, claims: dict[int, Claim], heads: set[int], predicates: set[int],
                               attribution_of: dict[int, int], stops: set[int]) -> None:
    """Claims that are parts of the claim above them fold into it (the nearest claim above, in the same attribution,
    with no cue or open question between), deepest first, where their events agree:
    - fragments that became claims only for want of a clause above them: 'calling it "a fabrication meant to derail
      the talks"' is one claim, not one for 'fabrication' and one for 'meant';
    - an infinitive complement of such a fragment ('meant to derail the talks', `fragment_complement`);
    - a restrictive relative with no event of its own ('every soldier it holds', `restrictive_relative`), which says
      which thing the claim is about (one on a source's words, with no claim above, stays a claim);
    - a participle or relative clause that tells the event of the claim above it again ('shelling two villages,
      killing a farmer'): one claim an event;
    - a clause of time or condition with no event of its own ('before they reached the terminal', 'unless the
      government released them', `circumstantial_clause`);
    - an infinitive or an adjective after its verb's object, or a participle clause with no subject of its own, with
      no event of its own ('will not allow our border to become a corridor', `infinitive_complement`; 'took the
      operators alive', `object_predicative`; 'shelled the harbour, sinking two trawlers', `modifying_participle`):
      one claim a content or an event. PolNeAR train: of 399 participle
      clauses with no subject on a verb that is no gold cue, inside a gold content, 380 stand in a gold content
      holding the verb."""
    table = token_table(doc)
    head, dep = table.head, table.dep

    def depth(i: int) -> int:
        d = 0
        while head[i] != i and d < len(head):
            i, d = head[i], d + 1
        return d

    def enclosing(i: int) -> int | None:
        for _ in range(len(head)):
            governor = head[i]
            if governor != i and (dep[i] in _OBJECT_PREDICATES or dep[i] == "prep" and table.lower[i] == "as"):
                # 'describing the arrests as "a pretext designed to ..."': what the object is called is part of the
                # small clause, whose claim the object heads (the verb is the cue that stops the walk)
                obj = next((c for c in table.children[governor] if dep[c] == "dobj" and c < i and c in claims), None)
                if obj is not None:
                    return obj
            if governor == i or governor in stops:
                return None
            if governor in claims:
                return governor
            if asks_whether_at(table, governor):
                return None  # a question left open is a proposition of its own
            i = governor
        return None

    for i in sorted(claims, key=depth, reverse=True):
        above = enclosing(i)
        if above is None or attribution_of.get(above) != attribution_of.get(i):
            continue
        claim, host = claims[i], claims[above]
        agreeing = claim.event is None or host.event in (None, claim.event)
        if i in heads:
            repeated = modifying_participle(table, i) and claim.event is not None and claim.event == host.event
            # 'to become a corridor' in 'will not allow our border to become a corridor', 'sinking two trawlers' in
            # 'shelled the harbour, sinking two trawlers': a complement or participle clause with no event of its
            # own completes the claim above it (one claim a content or an event)
            # (an object complement folds into its verb's claim only: under a cue, 'called the charges baseless', the
            # small clause is what is said, and its object and predicate make one claim of their own)
            completing = claim.event is None and (infinitive_complement(table, i) or modifying_participle(
                table, i, adverbial_only=True) or object_predicative(table, i) and above == head[i])
            restricting = restrictive_relative(doc[i]) and (claim.event is None or claim.event == host.event)
            # the clause, and an infinitive it governs ('after the council voted to close two hospitals')
            clause = i
            while dep[clause] == "xcomp" and head[clause] != clause:
                clause = head[clause]
            circumstance = circumstantial_clause(table, clause) and (claim.event is None or
                                                                     claim.event == host.event)
            if not (repeated or restricting or circumstance or completing or agreeing and fragment_complement(
                    table, i, heads, predicates, stops)):
                continue
        elif not agreeing:
            continue  # a nominal event keeps its claim where the clause above has another
        if host.event is None and claim.event is not None and not lends_event(doc, above, i):
            if not held_elsewhere(claims, claim.event, i):
                continue  # the event keeps its claim
            claim.event = None
        fold_claim(claims, host, i)


# verbs whose object noun selects an infinitive as the act it rates: 'had no plans to free', 'has the right to
# appeal', 'took the decision to close' (have, and the light verbs)
_FRAME_VERBS = frozenset({"have"})


@functools.cache
def frame_verbs() -> frozenset[str]:
    """'have' and the light verbs (certainty_cues.yaml): read once, asked of every claim's verb."""
    return _FRAME_VERBS | frozenset(lexicon.load(CUES_FILE)["light_verbs"])


def intention_frame(table: TokenTable, verb: int) -> int | None:
    """The act that a verb with a selecting noun for object frames ('free' in 'had no plans to free the fishermen',
    'resigning' in 'has no intention of resigning'), or None: the noun is the certainty cue of that act (FactBank §3
    intention nouns), and the verb with it no proposition of its own."""
    if table.pos[verb] not in {"VERB", "AUX"} or table.lemma[verb] not in frame_verbs():
        return None
    selectors = lexicon.load(CUES_FILE)["selectors"]
    dep, children = table.dep, table.children
    for noun in children[verb]:
        if dep[noun] != "dobj" or table.pos[noun] != "NOUN" or table.lemma[noun] not in selectors:
            continue
        for x in children[noun]:
            if dep[x] in {"acl", "relcl"} and table.pos[x] == "VERB" and any(
                    dep[c] == "aux" and table.lower[c] == "to" for c in children[x]):
                return x
            if dep[x] == "prep" and table.lower[x] == "of":
                # the gerund, which the parser may read as a noun ('of handing over')
                return next((y for y in children[x] if dep[y] == "pcomp" and table.tag[y] == "VBG" or
                             dep[y] == "pobj" and table.tag[y] == "NN" and table.lower[y].endswith("ing")), None)
    return None


def fold_intention_frames(doc: Doc, claims: dict[int, Claim], attribution_of: dict[int, int]) -> None:
    """'The government had no plans to free the fishermen': one proposition, the freeing, rated by 'no plans to'
    (probably not); the frame's verb folds into the act's claim, whose words are the frame's whole clause
    (`framed_clause`). PolNeAR train: 61 'have/take/make/give' + a selecting noun + 'to V' / 'of V-ing' inside a gold
    content (chance 22, plan 11, right 8, intention 6, decision 5), none in a gold content without the frame's
    verb."""
    table = token_table(doc)
    for i in list(claims):
        act = intention_frame(table, i)
        if act is None or i not in claims or attribution_of.get(act) != attribution_of.get(i):
            continue
        if claims[i].event is not None and claims[i].event != claims.get(act, claims[i]).event:
            continue  # a frame verb naming an act of its own ('would give the group the ability to') keeps its claim
        if act in claims:
            fold_claim(claims, claims[act], i)
        elif act in claims[i].parts:  # a gerund read as a noun is a part of the frame's claim: it heads it instead
            frame = claims.pop(i)
            claims[act] = Claim(act, sorted([i, *(p for p in frame.parts if p != act)]), frame.event)


def framed_clause(table: TokenTable, trigger: int, others: set[int]) -> tuple[int, int] | None:
    """[start, end) of the clause of the frame whose act the trigger is ('the government had no plans to free the
    fishermen' for 'free'), or None."""
    noun = table.head[trigger]
    if table.dep[trigger] in {"pcomp", "pobj"}:
        noun = table.head[noun]
    frame = table.head[noun]
    if frame == noun or frame in others or intention_frame(table, frame) != trigger:
        return None
    left_edge, right_edge = edges(table)
    sent_start, sent_end = table.sentence(trigger)
    # the clause without what links it to a clause above ('when the court made a decision to ...')
    kept = [c for c in table.children[frame] if (table.dep[c] not in _BESIDE_THE_CLAUSE or c < trigger
            and table.dep[c] != "punct") and table.dep[c] != "mark" and table.tag[c] not in _WH_TAGS]
    start = max(sent_start, min([left_edge[c] for c in kept] + [frame]))
    end = min(sent_end, max([right_edge[c] for c in kept] + [right_edge[trigger]]) + 1)
    return start, end


DEFINITE = frozenset({"the", "this", "these", "those", "that"})


def bare_definite_content(noun: Token, content: list[int] | set[int], event_of: dict[int, int]) -> bool:
    """Whether an attribution's whole content is a definite noun phrase ('the allegations', 'his proposal') headed by
    `noun`, with no verb, no event and no phrase after the noun ('the closure of the bridge' says what closes): such a
    phrase points at a thing the reader is taken to know and asserts nothing of it. PolNeAR train: 1,467 of 26,395
    gold contents are a definite noun phrase with no verb (scripts/count_constructions.py, 'gold contents', a
    text-level estimate)."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE
                                      for c in noun.children):
        return False
    doc = noun.doc
    words_ = {i for i in content if not (doc[i].is_punct or doc[i].is_space)}
    if not words_ or words_ != {t.i for t in noun.subtree if not (t.is_punct or t.is_space)}:
        return False
    if any(c.dep_ in {"prep", "acl", "relcl"} for c in noun.children):
        return False
    return not any(doc[i].pos_ in {"VERB", "AUX"} or i in event_of for i in words_)


def shell_clause(noun: Token, heads: set[int]) -> int | None:
    """The that-clause a noun with no event of its own is filled by ('rejected the claim that its aircraft attacked
    the town', 'denied a newspaper report that troops had crossed'), when that clause heads a claim: a shell noun
    (Schmid 2000) only says what kind of thing the clause is, a report or an allegation, and the clause is the
    proposition. PolNeAR train: 54 gold contents are such a noun with its that-clause (idea 15, notion 7, fact 7,
    assertion 6, suggestion 3, ...), a text-level count; the claimgraph golds hold 4 with a noun of no event
    ('rejects the claim that', 'rejects the allegation that', 'denied a newspaper report that' twice), and 'rejected
    the accusation that', whose noun names an act of its own and keeps its claim."""
    if noun.pos_ != "NOUN":
        return None
    return next((c.i for c in noun.children if c.dep_ in {"acl", "ccomp"} and c.i > noun.i and c.i in heads and
                 any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)


def raised_infinitive(table: TokenTable, subject: int) -> int | None:
    """The infinitive a subject is raised from ('the vote' of 'the vote was likely to take place', 'the trial' of
    'the trial is expected to begin'), or None."""
    if table.dep[subject] not in {"nsubj", "nsubjpass"}:
        return None
    head = table.head[subject]
    raisers = [head] if table.lemma[head] in raising_passives() and table.tag[head] == "VBN" else \
        [c for c in table.children[head] if table.dep[c] == "acomp" and table.lower[c] in RAISING] \
        if table.lemma[head] == "be" else []
    return next((x for r in raisers for x in table.children[r] if table.dep[x] == "xcomp"), None)


def fold_raised_subjects(doc: Doc, claims: dict[int, Claim], attribution_of: dict[int, int]) -> None:
    """A subject noun raised from an infinitive that is a claim is part of that claim, not a second one over the
    same words: 'the vote was likely to take place' is one proposition about the vote."""
    table = token_table(doc)
    for i in [i for i in claims if table.pos[i] in {"NOUN", "PROPN"}]:
        x = raised_infinitive(table, i)
        if x is None or x not in claims or attribution_of.get(x) != attribution_of.get(i):
            continue
        claim, folded = claims[x], claims.pop(i)
        claim.parts.extend([i] + folded.parts)
        claim.event = claim.event if claim.event is not None else folded.event


def fold_raising_words(doc: Doc, claims: dict[int, Claim], attribution_of: dict[int, int]) -> None:
    """'Once repairs begin, they are expected to take three weeks': a raising passive or adjective that rates the
    infinitive it governs is no act of its own beside it; where both head claims (the raising word is no cue, and
    the infinitive's claim takes the raising clause for its words: `raised_clause`), the raising word folds into the
    infinitive's claim, whose words are already the whole clause. PolNeAR train, first 400 articles: of 66
    raising words with their infinitive inside a gold content, 41 have the infinitive in a gold content without the
    raising word (its cue)."""
    table = token_table(doc)
    for x in [i for i in claims if table.dep[i] == "xcomp"]:
        word = table.head[x]
        if word == x or word not in claims or x not in claims or attribution_of.get(word) != attribution_of.get(x):
            continue
        if raised_clause(table, x, set()) is None:
            continue
        if claims[word].event is not None and claims[word].event != claims[x].event:
            continue  # a raising word naming an act of its own keeps its claim
        fold_claim(claims, claims[x], word)


def fold_small_clause_objects(doc: Doc, claims: dict[int, Claim], heads: set[int], attribution_of: dict[int, int],
                              attributions: list) -> None:
    """'called the ruling "an attack on the will of the people"': where the small clause's predicate is a noun that
    heads the claim, the object it is said of is part of that claim, not a second claim over the same words (each
    takes the whole small clause for its words). An object with an event of its own the predicate's claim lacks
    keeps its claim, as a fragment does. PolNeAR train: 36 'called/described/labelled/branded the N as/a/"...'."""
    for i in [i for i in claims if i not in heads and doc[i].dep_ == "dobj" and doc[i].pos_ in {"NOUN", "PROPN"}]:
        k = attribution_of.get(i)
        if k is None or k >= len(attributions):
            continue
        clause = small_clause(doc[i], set(attributions[k].content_tokens()))
        if clause is None or clause[0].i != i:
            continue
        predicate = clause[1].i if clause[1].dep_ != "prep" else next(
            (c.i for c in clause[1].children if c.dep_ == "pobj"), None)
        if predicate not in heads or predicate not in claims or attribution_of.get(predicate) != k:
            continue
        if claims[i].event is not None and claims[predicate].event not in (None, claims[i].event):
            continue
        fold_claim(claims, claims[predicate], i)


def fold_nominal_contents(doc: Doc, claims: dict[int, Claim], heads: set[int], attribution_of: dict[int, int]) -> None:
    """One claim a content that has no clause: 'denied any involvement in the attack', 'called the vote a sham',
    'described the strike as a betrayal' say one thing each, not one thing a noun. The first noun highest in the
    tree heads the claim and the others fold into it, where their events agree (one claim an event stays the rule:
    a fragment with an event of its own the head's claim does not have keeps its claim)."""
    by_attribution: dict[int, list[int]] = {}
    for i in sorted(claims):
        k = attribution_of.get(i)
        if k is not None:
            by_attribution.setdefault(k, []).append(i)
    for members in by_attribution.values():
        if len(members) < 2 or any(i in heads or doc[i].pos_ in {"VERB", "AUX"} for i in members):
            continue
        held = set(members)
        top = next(i for i in members if not any(a.i in held for a in doc[i].ancestors))
        claim = claims[top]
        for i in members:
            if i == top:
                continue
            other = claims[i]
            if other.event is not None and claim.event not in (None, other.event):
                continue
            if other.event is not None and claim.event is None and not lends_event(doc, top, i):
                # 'analysis of videos filmed during the crackdown': the occasion's event is no event of the content
                if not held_elsewhere(claims, other.event, i):
                    continue
                other.event = None
            fold_claim(claims, claim, i)


def fold_claim(claims: dict[int, Claim], claim: Claim, i: int) -> None:
    """Folds the claim headed at i into another: its head and parts become the other's parts, its event the other's
    where that has none."""
    folded = claims.pop(i)
    claim.parts.extend([i, *folded.parts])
    claim.parts.sort()
    claim.event = claim.event if claim.event is not None else folded.event


def rating_passive(verb: Token) -> bool:
    """'The militia is thought to have moved its rockets': an agentless passive of believing, which attribution
    leaves to certainty as a hedge (`hedging_passive`), is the certainty cue of the claim its subject is raised
    into, no act of thinking stated beside it."""
    return verb.tag_ == "VBN" and hedging_passive(verb)


def hedging_question(verb: Token) -> bool:
    """'It is too early to say whether C', 'too soon to tell if C': a hedge on C (which stays open), no act of
    saying that anyone asserts."""
    if token_table(verb.doc).dep[verb.i] != "xcomp":
        return False  # what `excessive_degree` opens by requiring, read without a Token
    return excessive_degree(verb) is not None and any(asks_whether(c) for c in verb.children)


def open_question_frame(verb: Token) -> bool:
    """'It remains to be seen whether C', 'it is not known whether C', 'it is uncertain if C': an impersonal frame
    that leaves C open (C is a claim of its own, uncommitted); nobody asserts the frame, so it is no claim."""
    # asked of every predicate: the words read from the token table
    table = token_table(verb.doc)
    dep, lower, children = table.dep, table.lower, table.children

    def impersonal(word: int) -> bool:
        # an active verb of saying takes its question as an object, never as an extraposed subject: its 'it' is the
        # one that did not say ('It did not say whether C', Quirk et al. 1985 §18.33; PolNeAR train 'it did/does
        # not explain why' 2 text matches, weak)
        saying = table.lemma[word] in _WITHHELD_SPEECH
        return any((dep[c] in {"nsubjpass", "expl"} or dep[c] == "nsubj" and not saying) and lower[c] == "it"
                   for c in children[word])

    i = verb.i
    if any(asks_whether_at(table, c) for c in children[i]):
        return impersonal(i) or (dep[i] == "xcomp" and impersonal(table.head[i]))
    return impersonal(i) and any(dep[c] == "xcomp" and any(asks_whether_at(table, g) for g in children[c])
                                 for c in children[i])


# verbs naming the occasion of an act of saying: "Speaking to reporters in the capital, the envoy said ..." (PolNeAR
# train: 24 sentence-opening 'Speaking/Talking/Addressing/Writing to|at|on|in ...', none in a gold source, cue or
# content)
_SPEAKING = frozenset({"speak", "talk", "address", "write", "testify", "brief"})


def occasion_of_saying(token: Token, cues: set[int]) -> bool:
    """A participle of speaking set on a reporting verb says when or where it was said: part of the report's
    circumstances, not a claim of its own."""
    return token.dep_ == "advcl" and token.tag_ in {"VBG", "VBN"} and token.head.i in cues and \
        token.lemma_.lower() in _SPEAKING


def occasions_of_saying(attributions: list) -> set[int]:
    """The nouns of where or how something was said: the report's circumstances, not a claim of their own. Those
    the parser hung what was said on ('said during a visit to the flooded district that C', 'in an interview with a
    radio station that C'), and a noun of a speech event or its medium (`saying_occasions`) set on the reporting
    verb by a preposition on either side or as whom it was told to ('In a speech on Monday, X said', 'said in a
    statement', 'told a news conference')."""
    nouns: set[int] = set()
    said_in = saying_occasions()
    for attribution in attributions:
        content = attribution.content_tokens()
        for span in attribution.cue:
            verbs = [t for t in span if t.pos_ == "VERB"]
            nouns |= {n.i for v in verbs for n in occasion_nouns(v) if n.i not in content and
                      any(n.left_edge.i <= i <= n.right_edge.i for i in content)}
            nouns |= {n.i for v in verbs for n in (
                *(o for p in v.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"),
                *(c for c in v.children if c.dep_ in {"dative", "dobj"}))
                if n.i not in content and n.lemma_.lower() in said_in}
    return nouns



def _host(token: Token, heads: set[int], stops: set[int]) -> int | None:
    # token.ancestors read from the token table, and `asks_whether` with it
    table = token_table(token.doc)
    head = table.head
    i = token.i
    for _ in range(len(head)):
        if head[i] == i:
            break
        i = head[i]
        if i in stops:
            return None
        if i in heads:
            return i
        if asks_whether_at(table, i):
            return None  # "declined to say whether officials were under investigation": a proposition of its own
    return None


# a closing mark whose opening one is within the claim belongs to it: 'the award "followed the rules"'; a per cent
# sign belongs to its number ("fell by 10%")
_CLOSING = {"”": "“", "’": "‘", ")": "(", "]": "["}
_STRAIGHT = {'"', "'"}
_KEPT_MARKS = {"%", "‰"}
# the marks American style puts inside a closing quotation mark
_INSIDE_QUOTE = {".", ",", "!", "?"}
_CLOSING_MARKS = _CLOSING.keys() | _STRAIGHT  # a mark that may close a quotation or bracket


def closes_inside(doc: Doc, start: int, k: int) -> bool:
    """Whether the mark at k closes a quotation or bracket opened in doc[start:k], or is a sign kept with its number."""
    text = token_table(doc).text  # the words as strings: a Token each word before the mark cost more than the count
    mark = text[k]
    if mark in _KEPT_MARKS:
        return True
    before = text[start:k]
    if mark in _STRAIGHT:
        return before.count(mark) % 2 == 1
    if mark in _CLOSING:
        return before.count(_CLOSING[mark]) > before.count(mark)
    return False


def act_bounds(doc: Doc, start: int, end: int, trigger: int, content: set[int]) -> tuple[int, int]:
    """[start, end) of the words of an act done by speaking ('The council, which has warned that C', 'denied the
    report on Tuesday'): the clause of its cue without what the act is about, its attribution's content, which is
    the claims of its own; the words from the cue to the first content word after it, and from the last content word
    before it. They keep the whole trigger: 'The senator called for' ends on the preposition its verb selects, part
    of the cue (PolNeAR train: 68 gold cues 'call(s/ed/ing) for' or 'called on')."""
    after = [k for k in content if trigger < k < end]
    before = [k for k in content if start <= k < trigger]
    if after:
        end = min(after)
    if before:
        start = max(before) + 1
    table = token_table(doc)
    punct, space, lower = table.punct, table.space, table.lower
    last = trigger_bounds_at(doc, trigger, table)[1] - 1  # the trigger's last word: 'for' of 'called for'
    while end - 1 > last and (punct[end - 1] or space[end - 1] or table.dep[end - 1] in {"cc", "mark", "prep"}
                                 or lower[end - 1] in {"that", "as"}):
        # 'denied that C', 'dismissed the report as C', 'accused X of C', 'warned, and': the words opening the content
        end -= 1
    while start < trigger and (punct[start] or space[start]):
        start += 1
    return start, end


def trimmed_end(doc: Doc, start: int, end: int, floor: int) -> int:
    """End of a claim's words without the punctuation and spaces closing them, save a closing mark that belongs."""
    table = token_table(doc)
    punct, space = table.punct, table.space
    while end - 1 > floor and (punct[end - 1] or space[end - 1]) and not closes_inside(doc, start, end - 1):
        end -= 1
    return end


# the relations between a claim's predicate and the verb a second clause is joined to that keep that verb in the claim's
# own clause: an infinitive complement, an adverbial clause, a first conjunct
_JOINED_THROUGH = frozenset({"xcomp", "advcl", "conj"})


def _conjoined_claims(table: TokenTable, trigger: int, others: set[int], cues: set[int] = frozenset(),
                      ratings: dict[int, int] | None = None) -> list[int]:
    """The clauses joined to a claim's predicate that are claims of their own: 'said the decision would cost
    colleges billions and that several programs would close' claims two things (PolNeAR train: 67 'said ... and
    that' sentences); a conjunct with a subject or a 'that' of its own is a clause, not a second verb of this one.
    A conjunct that is a cue ('suspended imports and blamed Y for ...', 'denied that ..., and accused the army
    of ...') opens a report of its own, which shares the subject but is no part of the first claim (PolNeAR train:
    of 188 one-word cues right after "and", 185 stand outside every content, the other 3 inside a content holding
    both clauses). Returns their indices in text order."""
    found = []
    dep, lower, children, head = table.dep, table.lower, table.children, table.head
    n = len(head)
    # the words after the predicate up to its subtree's last, in text order, read from the table: a word there is in
    # the subtree when the predicate is among its heads
    for i in range(trigger + 1, edges(table)[1][trigger] + 1):
        if dep[i] != "conj" or i not in others and intention_frame(table, i) not in others:
            continue  # a frame verb folded into the act it frames ('and that they had no plans to V') is a claim's
        reporting = i in cues and table.pos[i] == "VERB"
        # 'a grenade was thrown at the court but did not explode': a verb sharing the subject that is a claim of its
        # own (`others` holds every claim's predicate) and is rated otherwise says what the first claim's rating
        # does not, so its words are no part of that claim (PolNeAR train, parsed: 3,087 verbs joined by a
        # conjunction to a verb share its subject, beside 1,671 with a subject of their own); one rated alike stays
        # in the first claim's words, whose narrower words would lose the mentions linked by them
        second_act = table.pos[i] in {"VERB", "AUX"} and table.pos[trigger] in {"VERB", "AUX"} and (
            ratings is not None and i in ratings and trigger in ratings and ratings[i] != ratings[trigger] or
            shares_subject(table, trigger, cues) and finite_conjunct(table, i) and
            not any(dep[c] in _CORE_DEPS and c > i for c in children[trigger]))
        # (a first verb whose own object or complement the parser put after the conjunct keeps the conjunct in its
        # words, as a content piece holding such a word stays in the claim: `content_piece`)
        if not reporting and not second_act and not any(
                dep[g] in _SUBJECT_DEPS or dep[g] == "mark" and lower[g] == "that" for g in children[i]):
            continue
        above, steps = i, 0
        while above != trigger and head[above] != above and steps < n:
            above, steps = head[above], steps + 1
        if above != trigger:
            continue
        if not _joined_by_conjunction(table, i):
            # with no 'and'/'or' right before it, a 'conj' is the parser's guess, not a second clause: 'A smeared B
            # ..., an investigation has found' may come back with 'found' as a conjunct of 'smeared'
            continue
        # the parser may join the clause to a verb the claim's own clause governs ('asked to pay twice and that the
        # companies had paid out billions'); one inside a noun's relative clause is that clause's business
        word = head[i]
        while word != trigger and dep[word] in _JOINED_THROUGH:
            word = head[word]
        if word == trigger:
            found.append(i)
    return found


def finite_conjunct(table: TokenTable, verb: int) -> bool:
    """'had arrived in pickup trucks and forced 40 engineers to leave': a conjunct finite by itself (a past or
    present tense, or an auxiliary of its own) is a clause of its own with the shared subject; a bare participle or
    infinitive under the first verb's auxiliary ('was treated by doctors and seen by nurses', 'will close and
    reopen') is one verb group with it, its lexical verbs joined (Quirk et al. 1985 §13.44, the auxiliary's scope).
    PolNeAR train, first 400 articles: inside gold contents, 160 finite verbs joined to a verb with a subject share
    it, beside 194 participles and infinitives under the first verb's auxiliary."""
    return table.tag[verb] in _FINITE or any(table.dep[c] in {"aux", "auxpass"} for c in table.children[verb])


def shares_subject(table: TokenTable, verb: int, cues: set[int]) -> bool:
    """Whether a verb has a subject in the parse, its own or that of the verb it is a conjunct of ('the government
    freed 300 fighters, lifted the blockade and withdrew troops'), without passing a cue: a verb with none is one the
    parser cut from its clause ('A, better known as B, wiped ... and brought ...' read with 'wiped' joined to the
    report), whose conjuncts stay in its words, since what they share is not known."""
    dep, head, children = table.dep, table.head, table.children
    for _ in range(len(head)):
        if any(dep[g] in _SUBJECT_DEPS for g in children[verb]):
            return True
        if dep[verb] != "conj" or head[verb] == verb or head[verb] in cues:
            return False
        verb = head[verb]
    return False


def _joined_by_conjunction(table: TokenTable, i: int) -> bool:
    """Whether a coordinating conjunction stands just before the words of the conjunct at i ('..., and that Y'), a
    comma or quotation mark between them at most (read from the token table, as the rest of `_conjoined_claims`)."""
    dep, punct, space, head = table.dep, table.punct, table.space, table.head
    k = edges(table)[0][i] - 1  # the conjunct's left edge: the first word of its (contiguous) subtree
    while k > 0 and (punct[k] and dep[k] != "cc" or space[k]):
        k -= 1
    return k >= 0 and dep[k] == "cc" and head[k] in {head[i], i}


_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def fitted(words: Span, trigger: int, content: set[int], outside: set[int], others: set[int] = frozenset()) -> Span:
    """A claim's words kept within what its attribution says and clear of what no one says: 'KALDOR, March 3 (Wire)
    - Talks collapsed, an aide said' claims 'Talks collapsed', neither the dateline (`outside`, with a live page's
    timestamps) nor the speaker the parser may hang on the reported clause. A claim's words open on its clause, not
    on the 'that' introducing it, and end before a clause joined to it that is a claim or a report of its own
    (`others`, the other claims' predicates and the cues): 'X and that Y' is two claims."""
    return Span(words.doc, *fitted_bounds(words.doc, words.start, words.end, trigger, content, outside, others))


def fitted_bounds(doc: Doc, start: int, end: int, trigger: int, content: set[int], outside: set[int],
                  others: set[int] = frozenset(), cues: set[int] = frozenset(),
                  ratings: dict[int, int] | None = None) -> tuple[int, int]:
    """[start, end) of `fitted` for the words doc[start:end], or of the clause it widens them to where trimming
    leaves nothing (the analysis cuts the claim's text from the offsets without a Span)."""
    # the words are read from the token table, and the predicate made into a Token once: a claim's words are
    # tested one by one from each end
    table = token_table(doc)
    text, dep = table.text, table.dep
    predicate = doc[trigger]
    # each test below opens with the predicate's relation or word: read from the table first, most claims pass none
    governor = table.head[trigger]
    if dep[trigger] in {"xcomp", "ccomp"} and start <= governor < trigger and table.tag[start] in _WH_TAGS:
        # 'the question which I'm going to read you': a wh-word fronted from the complement makes its subtree reach
        # over the verb governing it; the complement's claim opens after that verb, not on the claim above it
        start = governor + 1
    given_start, given_end = start, end
    apposed = apposed_relative_above(predicate) if dep[trigger] in {"conj", "advcl"} else None
    if apposed is not None:
        # "A, the group researchers know as B, planted ...": the parser hung the predicate under the apposition's
        # relative, so its clause lacks its subject; the claim opens with the subject, as in the right parse
        start = min(start, apposed.subject.left_edge.i)
    copula = unrated_predication(predicate) if dep[trigger] == "nsubj" else None
    if copula is not None:  # '"The damage is severe," he said': the claim is the predication, not its subject
        start, end = min(start, copula.left_edge.i), max(end, copula.right_edge.i + 1)
    copular = copular_clause(table, trigger, others) if dep[trigger] in {"acomp", "attr"} else None
    if copular is not None:  # 'Two people were missing, police said': the claim is the predication, not 'missing'
        start, end = min(start, copular[0]), max(end, copular[1])
    framed = framed_clause(table, trigger, others) if dep[trigger] in {"acl", "relcl", "pcomp", "pobj"} else None
    if framed is not None:  # 'the government had no plans to free the fishermen': the frame's clause is the claim's
        start, end = min(start, framed[0]), max(end, framed[1])
    raised = raised_clause(table, trigger, others) if dep[trigger] == "xcomp" else None
    if raised is not None:  # 'Prices are likely to rise': the proposition is the raised subject with its infinitive
        start, end = min(start, raised[0]), max(end, raised[1])
    clause = small_clause(predicate, content) if trigger in content else None
    if clause is not None:
        # 'called the vote a sham', 'described the strike as a betrayal': the proposition is the object with what it
        # is called, a small clause, not the object or the name alone
        obj, complement = clause
        start, end = min(start, obj.left_edge.i), max(end, complement.right_edge.i + 1)
    # a claim widened to its clause above (a copula's, a frame's, a raising word's, a small clause) is read whole
    widened = (start, end) != (given_start, given_end)
    if dep[trigger] == "relcl" and governor < trigger and table.pos[governor] in {"NOUN", "PROPN", "PRON", "NUM"}:
        adverb = next((c for c in table.children[trigger] if c < trigger and dep[c] == "advmod" and
                       table.tag[c] == "WRB"), None)
        # 'on Tuesday, when the authorities detained the yacht': a relative adverb stands for a time or place the
        # clause is complete without; its claim names no subject it lacks, and keeps its adverb
        if adverb is None and relative_gap(predicate):
            # 'an armed group that has fought the government for a decade': a relative clause that is a claim of
            # its own names its subject, the noun it hangs on (and the name that noun is set beside: 'the Front, an
            # armed group that ...'), not the relative word standing for it; a complete clause the parser hung on a
            # noun ('a report that the state had threatened to cut supplies') is the noun's content, not about it
            named = event_antecedent(doc, table, trigger, governor)
            opening = edges(table)[0][named]
            if dep[named] == "appos" and table.head[named] == opening - 2 and text[opening - 1] == ",":
                named = table.head[named]  # the name right before the comma the apposition opens after
            start = min(start, edges(table)[0][named])
    if dep[trigger] == "acl" and governor < trigger and table.pos[governor] in {"NOUN", "PROPN"} and \
            reduced_relative(predicate) and not widened:
        # 'a firm based in Oskar', 'a depot used by militants': a participle after its noun that is a claim of its
        # own names its subject, the noun, as a relative clause does (PolNeAR train, first 400 articles: 63 gold
        # contents are a noun with its participle, against 12 participles in a gold content without their noun)
        start = min(start, edges(table)[0][governor])
    given = start, end  # the words before the trimming below
    question = refusal_to_say(predicate) if table.lemma[trigger] in REFUSING or \
        table.lemma[trigger] in _WITHHELD_SPEECH else None
    if question is not None and question.left_edge.i > trigger:
        # "A spokesman declined to say | whether C": the refusal says nothing about C, which is a claim of its own
        end = min(end, question.left_edge.i)
    left_edge = edges(table)[0]
    for conjunct in _conjoined_claims(table, trigger, others, cues, ratings):
        end = min(end, left_edge[conjunct])
        # one pass, taking off whatever closes the words first and then a conjunction ('X, and'): a word either
        # test takes off is taken off by both orders, so the end is the same, and each end is worked out once
        while True:
            trimmed = trimmed_end(doc, start, end, trigger)
            if trimmed < end:
                end = trimmed
            elif end - 1 > trigger and dep[end - 1] == "cc":
                end -= 1
            else:
                break
    for k in range(start, end):
        # "It is not clear whether Kress will stay; his term ended on March 15": a semicolon joins two clauses,
        # each a proposition of its own, whatever the parser hung on the other
        if text[k] == ";":
            if k < trigger:
                start = k + 1
            else:
                end = min(end, k)
                break
    if content:
        start, end = max(start, min(content)), min(end, max(content) + 1)
        if trigger in content and not widened:
            piece = content_piece(table, trigger, content)
            start, end = max(start, piece[0]), min(end, piece[1])
            end = max(end, rest_hung_on_cue(table, trigger, content, end, piece[1]))
    punct, space, lower = table.punct, table.space, table.lower
    while start < trigger and (start in outside or punct[start] or space[start] or (
            lower[start] == "that" and (dep[start] == "mark" or table.tag[start] == "IN")) or
            presupposing_subordinator(table, start, trigger)):
        # a 'that' tagged as a complementizer opens no claim, whatever relation the parser gave it
        start += 1
    end = trimmed_end(doc, start, end, trigger)
    while end - 1 > trigger and dep[end - 1] == "cc":
        # 'his government would respect it but', cut before a conjunct: a claim never ends on the conjunction
        # that joins the next clause (PolNeAR train, first 400 articles: none of 10,815 gold contents does)
        end = trimmed_end(doc, start, end - 1, trigger)
    if end <= given[1] and end < len(doc) and text[end] in _CLOSING_MARKS and closes_inside(doc, start, end):
        end += 1  # a content may end inside the quotation it opens: its closing mark is still the claim's
    elif end <= given[1] and end + 1 < len(doc) and text[end] in _INSIDE_QUOTE and \
            text[end + 1] in _CLOSING_MARKS and closes_inside(doc, start, end + 1):
        end += 2  # 'squeezed from every direction."': the quotation ends after the stop its style puts inside it
    if start > 0 and end > start and text[start - 1] in {"“", '"', "‘"} and start - 1 not in outside:
        # '"Outrageous" was how she put it': a quotation opening the claim keeps its opening mark when its closing
        # one is in the claim
        inner = text[start:end]
        closing = {"“": "”", "‘": "’"}.get(text[start - 1], text[start - 1])
        if closing in inner and not closes_inside(doc, start, start + inner.index(closing)):
            start -= 1
    return (start, end) if start < end else given


@functools.cache
def event_selecting_verbs() -> frozenset[str]:
    """The verbs whose object is an event (certainty_cues.yaml selectors marked `object` or `schedules`: 'postpone',
    'cancel', 'ban', 'schedule'): read once."""
    selectors = lexicon.load(CUES_FILE)["selectors"]
    return frozenset(k for k, v in selectors.items() if v.get("object") or v.get("schedules"))


@functools.cache
def aspectual_verbs() -> frozenset[str]:
    """The verbs whose subject is an event (certainty_cues.yaml selectors from FactBank's aspectual predicates:
    'the talks, which began in May'): read once."""
    selectors = lexicon.load(CUES_FILE)["selectors"]
    return frozenset(k for k, v in selectors.items() if "aspectual" in v.get("source", ""))


def event_antecedent(doc: Doc, table: TokenTable, verb: int, noun: int) -> int:
    """The noun a relative clause is about. The parser hangs a relative on the nearest noun; where that noun is the
    object of a preposition inside a phrase whose head names an event, and the relative's verb takes an event for the
    role its relative word fills ('talks between the two sides' border commissions, which were postponed last month':
    what is postponed is the talks, not the commissions; 'the strike by the dockers' unions, which began on
    Monday'), the relative word stands for the head. Otherwise the noun it hangs on. PolNeAR train: 5 relatives of
    such a verb with 'which' or 'that' in that role on a preposition's object inside a noun phrase (weak; the rule
    moves only those whose nearest noun names no event and whose phrase's head does)."""
    dep, children, head = table.dep, table.children, table.head
    if dep[noun] != "pobj":
        return noun
    lemma = table.lemma[verb]
    # an aspectual verb takes an event for subject only where it is intransitive ('which began in May', not 'which
    # began laying groundwork'); 'who' stands for a person, never an event
    intransitive = not any(dep[c] in {"dobj", "xcomp", "ccomp"} for c in children[verb])
    roles = ({"nsubjpass", "dobj"} if lemma in event_selecting_verbs() else set()) | \
        ({"nsubj"} if lemma in aspectual_verbs() and intransitive else set())
    if not any(dep[c] in roles and table.lower[c] in {"which", "that"} for c in children[verb]):
        return noun
    upper = head[head[noun]]
    if table.pos[upper] not in {"NOUN", "PROPN"} or upper == head[noun]:
        return noun
    # the words the certainty component rated (the document's event words), none for a bare parse
    rated = (doc._.cg_certainty if doc.has_extension("cg_certainty") else None) or {}
    return upper if upper in rated and noun not in rated else noun


# subordinators whose adverbial clause is taken as true (Quirk et al. 1985 §15.17-15.23, clauses of time, cause,
# concession and contrast: 'since the two countries signed a ceasefire', 'because the road was closed'); 'if',
# 'unless', 'whether', 'before' and 'until' introduce what may not hold, and stay in the claim's words
_PRESUPPOSING_MARKS = frozenset({"since", "because", "as", "while", "whilst", "when", "whenever", "after", "once",
                                 "although", "though", "whereas"})


def presupposing_subordinator(table: TokenTable, k: int, trigger: int) -> bool:
    """Whether the word at k is the subordinator opening the adverbial clause a claim is headed by ('since' of 'since
    the two countries signed a ceasefire in 2021'): the clause is a proposition of its own, taken as true, and its
    claim opens after the word that ties it to its host, as it opens after 'that'. PolNeAR train: 1,368 finite
    adverbial clauses inside a gold content open on one of these words; 149 are a gold content without their host,
    124 of them with the subordinator, as 2,418 gold contents open on the 'that' a claim leaves out."""
    if table.lower[k] not in _PRESUPPOSING_MARKS or table.dep[k] not in {"mark", "advmod"} or k > trigger:
        return False
    clause = table.head[k]
    if table.dep[k] == "advmod" and table.tag[k] != "WRB":
        return False
    if clause != trigger and not (table.dep[trigger] in {"acomp", "attr"} and clause == table.head[trigger]):
        return False
    return table.dep[clause] == "advcl"


# what a predicate needs to be a clause: a content piece holding one of these is the claim's, wherever it stands
_CORE_DEPS = _SUBJECT_DEPS | _COMPLETING | {"dative", "agent", "neg", "aux"}


def content_piece(table: TokenTable, trigger: int, content: set[int]) -> tuple[int, int]:
    """[start, end) of the piece of a content in pieces that holds the predicate: 'Forces shot down two drones, the
    ministry said, a day after an attack on a terminal' claims the shooting in the first piece, neither the speaker
    and cue between the pieces nor the second piece, which dates the act and has claims of its own. A piece holding
    the predicate's subject or complement ('"The attack," he said, "was a provocation"') stays in its words.
    PolNeAR train, first 400 articles: of 1,441 gold contents in pieces
    headed by a verb, 136 have its subject or a complement in another piece."""
    # a piece runs over the content's words and the marks between them: only words (a speaker, a cue) part pieces
    punct, space = table.punct, table.space
    first, last = min(content), max(content)
    start = end = trigger
    while start > first and (start - 1 in content or punct[start - 1] or space[start - 1]):
        start -= 1
    while end < last and (end + 1 in content or punct[end + 1] or space[end + 1]):
        end += 1
    core = [c for c in table.children[trigger] if table.dep[c] in _CORE_DEPS and c in content]
    if any(c < start for c in core):
        start = first
    if any(c > end for c in core):
        end = last
    return start, end + 1


def rest_hung_on_cue(table: TokenTable, trigger: int, content: set[int], end: int, piece_end: int) -> int:
    """'Kalvia's ministry summoned Pellor's ambassador on Monday, a diplomat said': the parser may take the object
    for the subject of 'said' and the speaker for its apposition, leaving the content's predicate with no object
    ('Kalvia's ministry summoned'). The attribution reads the speaker set off after the clause and gives the content
    its words to the comma; the claim of the content's head takes them too where they hold no verb of their own
    (a second clause keeps its own claim). Returns the claim's end: `piece_end` so read, else `end`."""
    if table.head[trigger] in content or end >= piece_end:
        return end
    rest = [k for k in range(end, piece_end) if not table.punct[k] and not table.space[k]]
    if not rest or any(k not in content or table.pos[k] in {"VERB", "AUX"} for k in rest):
        return end
    return piece_end


# raising predicates: their subject belongs to the infinitive after them, which they rate ('prices are likely to
# rise', 'the trial is expected to begin'); Quirk et al. 1985, 16.42 and 16.53 (subject-to-subject raising
# adjectives and passives). PolNeAR train, after a form of 'be': expected 73, likely 72, set 20, poised 19,
# unlikely 16, bound 6, due 4, certain 4, sure 2
RAISING = frozenset({"likely", "unlikely", "expected", "expect", "set", "poised", "bound", "due", "certain", "sure"})


@functools.cache
def raising_passives() -> frozenset[str]:
    """Passives that rate the infinitive their subject is raised from: 'expected' (a rating cue), and the agentless
    passives of believing, which hedge the narrator's own claim ('the militia is thought to have moved its
    rockets': one proposition, probable, not a certain claim of thinking beside it; `hedging_passives`)."""
    return frozenset({"expect"}) | lexicon.words("attribution.yaml", "hedging_passives")


def raised_clause(table: TokenTable, trigger: int, others: set[int]) -> tuple[int, int] | None:
    """[start, end) of the clause an infinitive under a raising adjective or passive ('are likely to', 'is
    expected to') completes: its subject, the copula or auxiliary and the raising word with the infinitive, or None
    for any other infinitive, or where the raising word has no subject of its own in the parse."""
    head = table.head[trigger]
    if head == trigger or table.lower[head] not in RAISING and table.lemma[head] not in RAISING | raising_passives():
        return None
    if table.dep[head] == "acomp":
        return copular_clause(table, head, others - {head})
    # of the passives only those that rate the infinitive ('is expected to', 'is believed to'): 'is set to' is a
    # claim of its own (a plan made)
    if table.lemma[head] not in raising_passives() or table.tag[head] != "VBN" or \
            not any(table.dep[c] == "auxpass" for c in table.children[head]):
        return None
    subjects = [c for c in table.children[head] if table.dep[c] in _SUBJECT_DEPS]
    if not subjects:
        return None
    left_edge, right_edge = edges(table)
    sent_start, sent_end = table.sentence(trigger)
    kept = [c for c in table.children[head] if c < head and table.dep[c] not in _BESIDE_THE_CLAUSE]
    return max(sent_start, min(left_edge[c] for c in kept + [head])), min(sent_end, right_edge[trigger] + 1)


# what a copula's clause leaves to clauses of their own: a conjoined clause, a parenthetical report, the punctuation
# and conjunction before them
_BESIDE_THE_CLAUSE = {"conj", "cc", "parataxis", "punct"}


def copular_clause(table: TokenTable, trigger: int, others: set[int]) -> tuple[int, int] | None:
    """[start, end) of the clause a predicative adjective or noun heads through its copula ('two people were
    missing', 'the victims were civilians'), or None: where the copula is no claim of its own, the proposition is
    the subject, the copula and the predicate, not the predicate alone. The clause runs over the copula's dependents
    in its sentence, short of a clause joined to it ('..., and three were injured'), which is a claim of its own."""
    copula = table.head[trigger]
    if copula == trigger or table.lemma[copula] != "be" or copula in others or \
            not any(table.dep[c] in _SUBJECT_DEPS for c in table.children[copula]):
        return None
    left_edge, right_edge = edges(table)
    sent_start, sent_end = table.sentence(trigger)
    kept = [c for c in table.children[copula] if table.dep[c] not in _BESIDE_THE_CLAUSE or c < trigger
            and table.dep[c] != "punct"]
    start = max(sent_start, min([left_edge[c] for c in kept] + [copula]))
    end = min(sent_end, max([right_edge[c] for c in kept] + [right_edge[trigger]]) + 1)
    return start, end


# the second complement that predicates something of a verb's object: 'called it a sham' (oprd, or ccomp / xcomp in
# the parser's other readings), 'described it as a betrayal'
_OBJECT_PREDICATES = {"oprd", "ccomp", "xcomp", "attr"}


def small_clause(noun: Token, content: set[int]) -> tuple[Token, Token] | None:
    """The object and its predicate where a report's content is a small clause holding this noun ('the vote' or
    'sham' in 'called the vote a sham', 'aggression' in 'calling the tariff "an act of aggression"'), or None: a
    verb's object and a second complement after it, both within the content."""
    if not content or noun.i not in content:
        return None
    word = noun
    while word.head.i != word.i and word.pos_ not in {"VERB", "AUX"}:
        if word.dep_ == "dobj" or word.dep_ in _OBJECT_PREDICATES or word.dep_ == "prep" and word.lower_ == "as":
            verb = word.head
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i in content), None)
            if obj is None:
                return None
            complement = next((c for c in verb.children if c.i > obj.i and c.i in content and (
                c.dep_ in _OBJECT_PREDICATES or c.dep_ == "prep" and c.lower_ == "as")), None)
            return (obj, complement) if complement is not None else None
        word = word.head
    return None


def unrated_predication(noun: Token) -> Token | None:
    """'The damage to the turbine hall is severe', 'the losses were heavy': a nominal event whose copula predicates a
    quality nobody rates (no event adjective) heads the claim, but the proposition is the whole predication; returns
    the copula whose clause is the claim's words, or None."""
    copula = noun.head
    if noun.dep_ != "nsubj" or noun.pos_ != "NOUN" or copula.lemma_.lower() != "be" or copula.i < noun.i:
        return None
    predicate = next((c for c in copula.children if c.dep_ in {"acomp", "attr"}), None)
    if predicate is None or predicate.pos_ not in {"ADJ", "NOUN"}:
        return None
    rated = noun.doc._.cg_certainty if noun.doc.has_extension("cg_certainty") else None
    return None if rated is None or predicate.i in rated or copula.i in rated else copula
