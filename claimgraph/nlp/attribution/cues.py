"""Finds attribution cues: reporting verbs, 'according to', 'citing', and evidential nouns with a holder."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from spacy.tokens import Doc, Token

from ...lexicon import entries, load, words
from ..table import token_table
from ..tokens import runs, trim

LEXICON = "attribution.yaml"


# what a refusal withholds when it withholds speech itself: "declined to comment", "would not elaborate" ('refused to
# disclose the records', 'refused to discuss the appointees' name what is withheld, and PolNeAR's reading stays)
WITHHELD = frozenset({"comment", "respond", "elaborate", "speculate"})
REFUSING = frozenset({"decline", "refuse"})
GIVING = frozenset({"give", "offer", "provide", "release"})
# what is given when information is: "gave no details", "offered no explanation", "gave no timetable", "declined to
# give figures" (PolNeAR train, text matches of 'gave/offered/provided no <one of these>': 2, both cued, as PolNeAR
# marks refusals; of 'declined / refused to give|provide|offer|release': 9, 3 of them cued)
INFORMATION = frozenset({"detail", "information", "explanation", "comment", "reason", "proof", "evidence", "details",
                         "timetable", "timeline", "figure", "date", "indication", "breakdown", "estimate", "name"})


# verbs that give a thing a name: "which it calls a provocation", "known to residents as the Old Yard", "dubbed
# Operation Shield" (Levin 1993, verbs of appointment and of naming: 29.1, 29.3). 'describe' is no naming verb:
# "described the loss as a one-off" reports a judgement (PolNeAR train: 32 of 37 'described as' cued)
NAMING = frozenset({"call", "dub", "name", "term", "title", "style", "brand", "know", "nickname", "label"})
_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})
# verbs of appointment (Levin 1993, 29.1): "were named to the committee", "was appointed to the court" put someone
# in an office or a body; they report nothing (PolNeAR train: 25 text matches of a passive of these with "to", 1 cued)
APPOINTING = frozenset({"appoint", "name", "elect", "nominate", "designate", "promote", "assign", "reappoint"})


def appointment(verb: Token) -> bool:
    """'The senators were named to the committee', 'two judges were appointed to the court': a passive verb of
    appointment with the office or body it leads to is an appointment, no report (its 'to' phrase is no speaker)."""
    kids = list(verb.children)
    return verb.lemma_.lower() in APPOINTING and any(c.dep_ == "nsubjpass" for c in kids) and \
        any(c.dep_ == "prep" and c.lower_ == "to" for c in kids)


def names_thing(verb: Token) -> bool:
    """'the drills, which it calls a provocation', 'the valley, what officials call a no-go zone', 'the village,
    known to locals as the Crossing', 'the strikes, dubbed Operation Shield', 'a group calling itself X': a clause
    of naming on the noun it names says what the thing is called, no report of its own and no speaker of the
    sentence (PolNeAR train, text matches of 'which / what ... call|dub|term|describe': 59, 24 cued; on dev 12, 2
    cued; 'known as', 'dubbed', 'nicknamed': train 60, 32 cued, mostly 'known as' in a writer's own words)."""
    if referred_to_as(verb):
        return True
    if verb.lemma_.lower() not in NAMING or verb.dep_ not in {"relcl", "acl"}:
        return False
    kids = list(verb.children)
    if any(c.lower_ in _REFLEXIVES for c in kids):
        return True  # "calling itself the Lantern"
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in kids):
        return False  # "called Friday for the release of the videos": a demand
    # the name: a predicative, an 'as' phrase, a second object beside the relative pronoun ('which it calls a
    # provocation'), or the object of a verb that only names ('dubbed Operation Shield'; the object of a participle
    # 'called' may be a day the parser took for one)
    named = any(c.dep_ in {"oprd", "attr"} or (c.dep_ == "dobj" and c.tag_ not in {"WDT", "WP"} and (
        verb.dep_ == "relcl" or verb.lemma_.lower() not in {"call", "know"})) for c in kids) or \
        any(t.dep_ == "prep" and t.lower_ == "as" for t in verb.subtree if t.i > verb.i)
    if not named:
        return False
    if verb.dep_ == "relcl":  # the relative pronoun is the thing named: "which it calls X", "what officials call X"
        return any(c.dep_ in {"dobj", "nsubjpass"} and c.tag_ in {"WDT", "WP"} for c in kids)
    return verb.tag_ in {"VBN", "VBG"}


def referred_to_as(verb: Token) -> bool:
    """'an aircraft Tarvonian crews refer to as the "Needle"', 'the depot, which fighters refer to as the Anvil': a
    relative clause of 'refer to X as Y' whose X is the noun it hangs on (a relative pronoun after 'to', or none at
    all) names that thing, as 'which it calls Y' does (see names_thing). PolNeAR train: the one relative 'which her
    campaign refers to as a firewall' carries no gold cue; its 13 cued 'refer to' are main clauses or participles on
    people ('Bush referred to Rubio as ...'), which stay reports."""
    if verb.lemma_.lower() != "refer" or verb.dep_ != "relcl":
        return False
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    if to is None or not any(t.dep_ == "prep" and t.lower_ == "as" for t in verb.subtree if t.i > verb.i):
        return False
    return all(o.tag_ in {"WDT", "WP"} for o in to.children if o.dep_ == "pobj")


# what a refusal withholds when it withholds a fact: "declined to confirm the toll", "refused to identify the
# victims" (PolNeAR train: 'declined/refused to confirm|specify|identify' 3 of 3 carry no gold cue)
WITHHELD_FACTS = frozenset({"confirm", "specify", "identify"})


def given_information(verb: Token) -> bool:
    """'give details', 'provide figures': a verb of giving with a piece of information for object."""
    return verb.lemma_.lower() in GIVING and any(c.dep_ == "dobj" and c.lemma_.lower() in INFORMATION
                                                 for c in verb.children)


def gives_no_information(verb: Token) -> bool:
    """'gave no details about the arrests', 'offered no explanation': information withheld."""
    return verb.lemma_.lower() in GIVING and any(
        c.dep_ == "dobj" and c.lemma_.lower() in INFORMATION and any(d.dep_ == "det" and d.lower_ == "no"
                                                                   for d in c.children) for c in verb.children)


# a verb heads a PolNeAR train cue at least this often, and in at least this share of its uses, to be read as
# reporting wherever it stands (cues_polnear.yaml): 'accuse' 87 cues in 118 uses, 'urge' 53 in 78, 'blame' 34 in 58
MOSTLY_REPORTING_CUES = 20.0
MOSTLY_REPORTING_SHARE = 0.5
# verbs above those figures that report nothing by themselves: a raising verb hedges ('seemed to'), a refusal
# withholds
NOT_REPORTING_ALONE = frozenset({"seem", "appear"}) | REFUSING


@lru_cache(maxsize=1)
def mostly_reporting_verbs() -> frozenset[str]:
    """Verbs that report in most of their PolNeAR train uses, with or without a clause: 'accuse', 'urge', 'warn'."""
    return frozenset(e["lemma"] for e in load("cues_polnear.yaml")["entries"]
                     if e.get("pos") == "VERB" and e.get("cues", 0) >= MOSTLY_REPORTING_CUES
                     and e.get("precision", 0) >= MOSTLY_REPORTING_SHARE and e["lemma"] not in NOT_REPORTING_ALONE)


def withholds_information(verb: Token) -> bool:
    """'gave no timetable', 'declined to give figures', 'would not elaborate': an act of withholding what is
    asked for, which only whoever is asked does; it says nothing."""
    lemma = verb.lemma_.lower()
    if lemma in REFUSING:
        return any(c.dep_ == "xcomp" and (c.lemma_.lower() in WITHHELD | WITHHELD_FACTS or given_information(c))
                   or c.dep_ == "dobj" and c.lemma_.lower() in WITHHELD for c in verb.children)  # "declined comment"
    if lemma in WITHHELD and any(c.dep_ == "neg" for c in verb.children):
        return True
    return gives_no_information(verb)


# verbs of answering (FrameNet's Communication_response frame) and of issuing a document: their noun-phrase object
# names the thing answered ('did not reply to emailed questions', 'answered questions about the merger') or issued
# ('if the company publishes its accounts'), not what is said. PolNeAR train, text matches of reply/respond/answer
# with a question, request, inquiry, message or call for object: 82, of which 3 take the object alone for content
# and 51 carry no gold cue; of publish/release/issue with a document noun for object: 80, of which 1 takes the
# object alone for content (49 take the clause or quotation that follows: 'released a statement saying C').
ANSWERING = frozenset({"answer", "reply", "respond"})
ISSUING = frozenset({"publish", "release", "issue"})
# prepositions of when and where: a phrase of issuing led by one says when or where the thing was issued ('released
# a statement after the match'), never what it says; PolNeAR train's 151 gold attributions cued by issue, release
# or publish take no such phrase for content, nor the active subject of the verb ('The ministry issued a
# statement.'), while 'on', 'about', 'of' and 'to' phrases are what a statement is about and stay
OCCASION_PREPOSITIONS = frozenset({"after", "before", "during", "following", "at", "amid", "since", "until"})


def names_thing_answered(verb: Token, content: set[int], cue: set[int] = frozenset()) -> bool:
    """Whether a content is only the thing a verb of answering or issuing takes for object (see ANSWERING): it lies
    in the verb's direct object or in the object of its 'to' ('reply to'), and holds no clause of its own. A cue
    that takes in a verb of the object ('issued a statement calling the test a violation') reports through that
    verb, and what it says stays."""
    lemma = verb.lemma_.lower()
    if not content or not (lemma in ANSWERING or issues(verb)):
        return False
    if issues(verb) and issued_without_content(verb, content):
        return True
    if any(verb.doc[i].pos_ == "VERB" and verb.doc[i].dep_ in {"acl", "relcl", "advcl", "ccomp", "xcomp"}
           for i in cue if i != verb.i):
        return False  # a verb with a clause of its own, not a participle modifier ('written questions')
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in ANSWERING:
        objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                    for g in c.children if g.dep_ == "pobj"]
    doc = verb.doc
    for thing in objects:
        words_ = {t.i for t in thing.subtree}
        if not content <= words_ | {i for i in content if doc[i].is_punct}:
            continue
        # 'answered a question about whether the plant would close': a question with its clause reports one
        return not any(doc[i].dep_ in SUBJECT_DEPS or doc[i].dep_ in {"ccomp", "mark"} for i in content)
    return False


def issues(verb: Token) -> bool:
    """A verb of issuing a document (ISSUING), or the phrasal 'put out' ('put out a statement')."""
    lemma = verb.lemma_.lower()
    return lemma in ISSUING or (lemma == "put" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children))


def issued_without_content(verb: Token, content: set[int]) -> bool:
    """'The ministry issued a statement.', 'The club released a statement after the match': a content that lies
    wholly in the issuing verb's own active subject (who issues), in a phrase of when or where it was issued (see
    OCCASION_PREPOSITIONS) or in an earlier sentence is no part of what was issued; the verb has nothing reported."""
    doc = verb.doc
    words = {i for i in content if not doc[i].is_punct}
    if not words:
        return False
    if max(words) < verb.sent.start:
        # 'His office later released a statement.' after a quotation: what an earlier sentence says is not what
        # the statement says (PolNeAR train: none of 143 gold cues of issue, release or publish takes its content
        # wholly from an earlier sentence)
        return True
    parts = [c for c in verb.children if c.dep_ == "nsubj" or (
        c.dep_ == "prep" and c.lower_ in OCCASION_PREPOSITIONS) or c.dep_ == "npadvmod"]
    return any(words <= {t.i for t in part.subtree} for part in parts)


@dataclass
class Cue:
    """One cue found in the text, before its content and source are known."""

    kind: str                       # "verb" | "according" | "citing" | "evidential"
    head: Token                     # the word the cue hangs on (the verb, 'according', 'citing', the noun)
    tokens: list[int]               # the words of the cue itself
    complement: Token | None = None  # the clause that is the content, when the cue governs one
    holder: Token | None = None     # for evidential nouns: the verb linking the holder ('has'), or the possessor
    extra_cut: set[int] = field(default_factory=set)  # words of the cue to keep out of the content
    source: set[int] | None = None  # the source's words when the construction fixes them ('C, the X reported')
    content: set[int] | None = None  # the content's words when the construction fixes them
    evidence: dict = field(default_factory=dict)  # how the construction was read, kept in the output


class CueLexicon:
    """The cue words of attribution.yaml, read once."""

    def __init__(self) -> None:
        self.verbs = _lemmas("reporting_verbs")
        self.perfect_verbs = {e["lemma"] for e in _entries("reporting_verbs") if e.get("cue_takes_perfect")}
        self.citing = _lemmas("citing_verbs")
        self.passive = _lemmas("passive_report_verbs")
        self.estimates = _lemmas("estimate_verbs")
        self.object_content = _lemmas("object_content_verbs")
        self.evidential = _lemmas("evidential_nouns")
        self.evidential_adverbs = _lemmas("evidential_adverbs")
        self.connectives = frozenset(str(e["word"]).lower() for e in _entries("discourse_connectives"))
        self.holders = _lemmas("holder_verbs")
        self.poll_nouns = _lemmas("poll_nouns")
        self.documents = frozenset(str(e["word"]).lower() for e in _entries("document_nouns"))
        self.achievements = _lemmas("achievement_verbs")
        self.results = _lemmas("result_nouns")
        self.receivings = _lemmas("receiving_verbs")
        self.welcomings = _lemmas("welcoming_verbs")
        self.distinctions = _lemmas("distinction_nouns")
        self.transfers = _lemmas("transfer_verbs")
        self.ideas = _lemmas("idea_nouns")
        self.told_things = _lemmas("told_things")
        self.stance = _lemmas("stance_adjectives")
        self.hearing_bodies = _lemmas("hearing_bodies")
        self.particle_verbs = frozenset((e["lemma"], str(e["particle"])) for e in _entries("particle_verbs"))


def _entries(group: str) -> list[dict]:
    return entries(LEXICON, group)


def _lemmas(group: str) -> frozenset[str]:
    return frozenset(e["lemma"] for e in _entries(group))


CLAUSE_DEPS = {"ccomp"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
PARATAXIS_DEPS = {"parataxis", "ccomp", "conj", "advcl"}


def find_cues(doc: Doc, lexicon: CueLexicon, start: int = 0) -> list[Cue]:
    """Every cue at or after token `start`, in text order."""
    cues: list[Cue] = []
    table = token_table(doc)
    pos, lemmas, lower = table.pos, table.lemma, table.lower
    # a word none of the tests below can take is passed over before a Token is built for it (most words of a text)
    verbal = lexicon.citing | lexicon.estimates | lexicon.passive | lexicon.verbs | CHARACTERISING | \
        lexicon.object_content | {"hear"}
    for i in range(start, len(doc)):
        if not (pos[i] == "VERB" and lemmas[i] in verbal or pos[i] == "NOUN" and lemmas[i] in lexicon.evidential
                or lower[i] in {"according", "in"} or lower[i] in lexicon.stance):
            continue
        token = doc[i]
        lemma = lemmas[i]
        if token.lower_ in lexicon.stance:
            cue = stance_cue(token)
            if cue is not None:
                cues.append(cue)
        elif token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            cues.append(Cue("according", token, [token.i, token.i + 1]))
        elif token.lower_ == "in":
            if (found := in_a_poll(token, lexicon.poll_nouns)) is not None:
                cues.append(found)
        elif token.pos_ == "VERB" and lemma in QUOTING_PASSIVES and (quoted := quoted_as_saying(token)) is not None:
            cues.append(quoted)
        elif token.pos_ == "VERB" and lemma in lexicon.citing and (quoting := quoting_cue(token)) is not None:
            cues.append(quoting)
        elif token.pos_ == "VERB" and lemma == "say" and token.tag_ == "VBG" and quoted_saying(token):
            cues.append(Cue("citing", token, [token.i]))
        elif token.pos_ == "VERB" and lemma in lexicon.citing and (token.dep_ in {"advcl", "conj", "xcomp", "dep"}
                                                                  or set_off_on_reporter(token, lexicon)):
            cues.append(Cue("citing", token, [token.i]))
        elif token.pos_ == "VERB" and as_put_it(token) is not None:
            cues.append(as_put_it(token))
        elif token.pos_ == "VERB" and lemma in lexicon.verbs and as_reported(token) is not None:
            cues.append(as_reported(token))
        elif token.pos_ == "VERB" and lemma in lexicon.estimates and estimate_cue(token) is not None:
            cues.append(estimate_cue(token))
        elif token.pos_ == "VERB" and lemma == "hear":
            if (heard := heard_in_court(token, lexicon.hearing_bodies)) is not None:
                cues.append(heard)
        elif token.pos_ == "VERB" and lemma in AGENT_REPORTS and reported_by(token, lexicon.citing) is not None:
            cues.append(reported_by(token, lexicon.citing))
        elif token.pos_ == "VERB" and lemma in lexicon.passive and passive_cue(token) is not None:
            cues.append(passive_cue(token))
        elif token.pos_ == "VERB" and lemma in lexicon.verbs and token.dep_ in {"acl", "relcl"} and \
                postposed_cue(token) is not None:
            cues.append(postposed_cue(token))
        elif token.pos_ == "VERB" and lemma in lexicon.object_content and \
                (disputed := shell_before_possessor(token)) is not None:
            cues.append(disputed)
        elif token.pos_ == "VERB" and lemma in lexicon.verbs and token.dep_ == "ccomp" and \
                token.head.lemma_.lower() in lexicon.verbs and relayed_report(token) is not None:
            cues.append(relayed_report(token))
        elif token.pos_ == "VERB" and lemma in lexicon.verbs and apposed_speaker(token) is not None:
            cues.append(apposed_speaker(token))
        elif token.pos_ == "VERB" and lemma in CHARACTERISING and characterised(token) is not None:
            cues.append(characterised(token))
        elif token.pos_ == "VERB" and lemma in lexicon.object_content and disputed_antecedent(token) is not None:
            cues.append(disputed_antecedent(token))
        elif token.pos_ == "VERB" and (lemma in lexicon.verbs or lemma in lexicon.object_content):
            cue = verb_cue(token, lexicon)
            if cue:
                cues.append(cue)
        elif token.pos_ == "NOUN" and lemma in lexicon.evidential:
            cue = evidential_cue(token, lexicon)
            if cue:
                cues.append(cue)
    # the 'saying' of 'was quoted as saying' is part of that cue, not a report of its own
    taken = {i for cue in cues if cue.evidence.get("construction") == QUOTED_AS for i in cue.tokens}
    cues = [cue for cue in cues if cue.head.i not in taken or cue.evidence.get("construction") == QUOTED_AS]
    for turn in turn_cues(doc, start):  # each in its place in the text, the others' order left as found
        at = next((k for k, cue in enumerate(cues) if cue.head.i > turn.head.i), len(cues))
        cues.insert(at, turn)
    return cues


# verbs that link a subject to an adjective of stance: 'is confident', 'remains hopeful', 'seemed sure'
LINKING_VERBS = frozenset({"be", "remain", "seem", "appear", "stay", "sound"})


def in_a_poll(prep: Token, poll_nouns: frozenset[str]) -> Cue | None:
    """'In the latest Lantern poll, Vint leads the mayor by eight points': a phrase opening the sentence on a poll
    or survey, set off by a comma, says where the figures of the clause come from, as 'according to the poll' does:
    the poll is the source, the clause the content, 'In' the cue (poll_nouns in attribution.yaml). Only a phrase
    opening its sentence: 'Vint leads in the polls' says where she leads, and PolNeAR marks it far less often."""
    doc = prep.doc
    if prep.dep_ != "prep" or prep.head.dep_ != "ROOT" or prep.head.pos_ not in {"VERB", "AUX"}:
        return None
    poll = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if poll is None or poll.lemma_.lower() not in poll_nouns:
        return None
    end = prep.right_edge.i + 1
    if end >= len(doc) or doc[end].text != "," or any(
            not (doc[i].is_punct or doc[i].is_space) for i in range(prep.sent.start, prep.i)):
        return None
    return Cue("according", prep, [prep.i], evidence={"construction": "in_a_poll"})


def stance_cue(adjective: Token) -> Cue | None:
    """'Her aides are not convinced that C', 'the governor remains confident that C': the subject of a linking verb
    holds the view its stance adjective takes of the clause, which the parser hangs on the adjective or on the
    verb ('was adamant that'). The cue runs from the linking verb (with an auxiliary or negation before it) to the
    adjective; with no subject ('confident that C, she ...') or an empty one ('it is certain that') there is none."""
    verb = adjective.head
    if adjective.dep_ != "acomp" or verb.lemma_.lower() not in LINKING_VERBS or verb.i > adjective.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.dep_ == "expl" or subject.lower_ == "it" and subject.i + 1 == verb.i:
        return None
    # 'voters can be confident that', 'if he is convinced that': a stance supposed or allowed, no view held
    # (PolNeAR train: 4 text matches under a modal, none with a gold cue)
    if any(c.tag_ == "MD" or c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children):
        return None
    clause = next((c for c in adjective.rights if c.dep_ == "ccomp"), None) or \
        next((c for c in verb.rights if c.dep_ == "ccomp" and c.i > adjective.i), None)
    if clause is None or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and \
            clause.left_edge.i != adjective.i + 1:
        return None
    first = verb.i
    while first - 1 > subject.right_edge.i and verb.doc[first - 1].head.i == verb.i and \
            verb.doc[first - 1].dep_ in {"aux", "neg", "advmod"}:
        first -= 1
    return Cue("stance", adjective, list(range(first, adjective.i + 1)), complement=clause,
               source={t.i for t in subject.subtree},
               evidence={"construction": "stance adjective '" + adjective.text + "' with a clause"})


def verb_cue(verb: Token, lexicon: CueLexicon) -> Cue | None:
    """A reporting verb with a clausal complement; the complement found later may also be a quote or a left clause."""
    words_ = [verb.i]
    # adverbs between the subject and the verb belong to the cue: "previously reported", "also said"
    left = verb.i - 1
    while left >= 0 and verb.doc[left].dep_ == "advmod" and verb.doc[left].head == verb and verb.doc[left].pos_ == "ADV":
        words_.insert(0, left)
        left -= 1
    if verb.lemma_.lower() in lexicon.perfect_verbs:
        for child in verb.lefts:
            if child.dep_ == "aux" and child.lemma_ == "have":
                words_ = list(range(child.i, verb.i + 1))
    for child in verb.rights:
        if child.dep_ == "prt" and child.i == verb.i + 1:
            words_.append(child.i)
    complement = next((c for c in verb.children if c.dep_ in CLAUSE_DEPS), None)
    if complement is None and verb.lemma_.lower() in lexicon.object_content:
        complement = next((c for c in verb.children if c.dep_ in {"dobj", "xcomp"}), None)
    if complement is None and verb.lemma_.lower() in ADDRESSEE_VERBS:
        complement = clause_on_addressee(verb, lexicon.told_things)
    if complement is None:
        complement = clause_after_occasion(verb)
    reporter = misattached_conjunct(verb, lexicon)
    if reporter is not None and complement is not None:
        subject = next(c for c in reporter.children if c.dep_ in SUBJECT_DEPS)
        return Cue("coordinated", verb, sorted(words_), complement=complement,
                   source={t.i for t in subject.subtree},
                   evidence={"construction": "second act of the speaker of '" + reporter.text + "'",
                             "parsed_as": "conj of '" + verb.head.text + "'"})
    if shown_by_evidence(verb, lexicon) and not shows_nothing(verb, complement):
        evidence = {"construction": "evidence that shows: '" + verb.text + "'"}
        if complement is not None and complement.i > verb.i:
            return Cue("evidence", verb, sorted(words_), complement=complement, evidence=evidence)
        # "images show tanks gathered near the town": the object with what is said of it, which the parser
        # often splits into an object and a coordinated clause; an object before the verb ('what the images
        # show is a burned village') leaves nothing shown after it, and no reading of what is shown
        shown = [t.i for c in verb.rights if c.dep_ not in UNSHOWN_DEPS and not another_clause(c)
                 for t in c.subtree] if verb.lemma_.lower() == "show" and \
            any(c.dep_ == "dobj" for c in verb.children) else []
        if shown:
            last = max(shown)
            if verb.dep_ in {"advcl", "dep", "csubj"} and verb.head.i > last and verb.head.pos_ == "VERB":
                last = verb.head.right_edge.i  # "images show tanks, howitzers ... gathered near": hung under 'gathered'
            content = set(range(min(shown), last + 1))  # with the commas the parser hung on the verb
            return Cue("shown", verb, sorted(words_), content=content, evidence=evidence)
    joiner = contrasting_joiner(verb, lexicon, complement)
    if joiner is not None:
        return Cue("contrasted", verb, sorted(words_), complement=complement,
                   evidence={"construction": "a second report joined by '" + joiner.text + "'",
                             "parsed_as": verb.dep_ + " of '" + verb.head.text + "'"})
    if reported_before_speaker(verb, complement):
        return Cue("after_content", verb, sorted(words_), complement=complement,
                   evidence={"construction": "source after content", "parsed_as": "ccomp before the subject"})
    if speaker_after_quotation(verb, complement):
        return Cue("after_content", verb, sorted(words_), complement=None,
                   evidence={"construction": "source after content", "parsed_as": "ccomp of the quotation's verb"})
    return Cue("verb", verb, sorted(words_), complement=complement)


def reported_before_speaker(verb: Token, complement: Token | None) -> bool:
    """'C, the Review has learned', 'C, an investigation by the Review has found': the reported clause first, then
    a comma, the speaker as the verb's subject and the verb. The parse leaves nothing to doubt, so the reading stands
    where the learned model, which sees few perfect-tense reports after their content, does not confirm it."""
    if complement is None or complement.dep_ != "ccomp" or complement.i > verb.i:
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i < complement.right_edge.i:
        return False
    comma = subject.left_edge.i - 1
    return comma == complement.right_edge.i + 1 and verb.doc[comma].text in SET_OFF and \
        subject.right_edge.i < verb.i and verb.dep_ == "ROOT"


def speaker_after_quotation(verb: Token, complement: Token | None) -> bool:
    """'"C, but D," one nurse, who asked not to be named, told the paper': the parser may hang the reporting verb,
    with its own subject, on the last verb of the quotation before it as that verb's complement. A reporting verb
    with no clause of its own, whose subject comes right after a closing quotation mark that closes a quotation
    opened before the verb it hangs on, reports that quotation; the reading stands where the learned model, which
    sees few such inverted parses, does not confirm it. PolNeAR train (parsed): 6 of 6 such verbs after a closing
    quotation mark carry a gold cue."""
    if complement is not None or verb.dep_ != "ccomp" or verb.head.i >= verb.i:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i < verb.head.i or subject.i > verb.i:
        return False
    doc = verb.doc
    close = subject.left_edge.i - 1
    if close <= verb.head.i or doc[close].text not in QUOTE_TEXTS:
        return False
    start = verb.sent.start
    return any(doc[i].text in QUOTE_TEXTS for i in range(start, verb.head.i))


# words that join a second speaker's report to the first one's: "A said C, while B said D"
CONTRASTING = frozenset({"while", "whereas", "but", "and"})
# subordinators of such a second report: contrast ('while', 'whereas') and concession ('though', 'although': 'it is
# thought that C, though the agency said D'); PolNeAR train: of the gold contents before ', though/although B
# <cue>' with a gold cue on B's verb, 4 of 4 stop before the subordinator, and 13 of 13 before 'while/whereas'
CONTRASTING_MARKS = frozenset({"while", "whereas", "though", "although"})


def contrasting_joiner(verb: Token, lexicon: CueLexicon, complement: Token | None) -> Token | None:
    """'The first envoy said talks were close, while the second said gaps remained': the parser hangs the second
    report inside the first one's clause (an adverbial clause or a conjunct of the reported verb). A reporting verb
    with a subject and a clause of its own, joined by 'while', 'whereas', 'though', 'although', 'but' or 'and' to a
    clause that another
    reporting verb governs, is a report of its own. Returns the joining word, or None. PolNeAR train: of 15 text
    matches of 'said ..., while/whereas/but/and X said', 14 carry a gold cue on the second verb."""
    if complement is None or complement.dep_ != "ccomp" or verb.dep_ not in {"advcl", "conj"}:
        return None
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    if verb.dep_ == "advcl":
        joiner = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in CONTRASTING_MARKS), None)
    else:
        joiner = next((c for c in verb.head.children if c.dep_ == "cc" and c.lower_ in CONTRASTING and
                       c.i < verb.i), None)
    if joiner is None or joiner.i == 0 or verb.doc[joiner.i - 1].text != ",":
        return None
    host = verb.head
    # the reported clause with its speaker tag set inside it ('C, the group said, though it added D': the tag
    # hangs on C's verb, and so does the second report)
    tagged = any(c.dep_ == "parataxis" and c.lemma_.lower() in lexicon.verbs and c.i < joiner.i
                 for c in host.children)
    if not tagged and (host.dep_ != "ccomp" or host.head.lemma_.lower() not in lexicon.verbs or host.head.i > verb.i):
        return None  # not inside what another verb reports
    return joiner


# verbs by which a record or an image, rather than a person, makes a claim: "satellite images show", "the data
# indicate"; with a document noun for subject PolNeAR train marks them as cues 131 of 155 times (text matches of
# 'reports/images/data/records/... show/indicate/suggest/reveal')
EVIDENCE_VERBS = frozenset({"show", "indicate", "suggest", "reveal"})
# what follows the object of 'show' without being shown: punctuation, a comment clause ('..., he said')
UNSHOWN_DEPS = frozenset({"punct", "parataxis", "npadvmod"})


def shown_by_evidence(verb: Token, lexicon: CueLexicon) -> bool:
    """Whether a verb presents what a document or image shows: an evidence verb whose subject is a document noun."""
    if verb.lemma_.lower() not in EVIDENCE_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "NOUN" and \
        (subject.lemma_.lower() in lexicon.documents or subject.lower_ in lexicon.documents)


def shows_nothing(verb: Token, complement: Token | None) -> bool:
    """'The videos do not show whether he was armed': an open question, nothing is shown (PolNeAR dev marks none
    of these)."""
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    opening = [t for t in (complement.subtree if complement is not None else verb.rights)]
    return any(t.lower_ in {"whether", "if"} for t in opening[:2])


def another_clause(token: Token) -> bool:
    """'shows him with his hands up, but the chief said ...': a clause of its own after 'but', not what is shown."""
    if token.dep_ == "cc":
        return token.lower_ not in {"and", "or"}
    if token.dep_ != "conj":
        return False
    joiner = next((c for c in token.head.children if c.dep_ == "cc" and c.i < token.i), None)
    return joiner is not None and joiner.lower_ not in {"and", "or"}


def misattached_conjunct(verb: Token, lexicon: CueLexicon) -> Token | None:
    """'X said its police had cleared a camp and denied harming migrants': the parser coordinates 'denied' with
    'cleared', inside what X said, but 'denied' is a simple past and 'cleared' a perfect participle under 'had',
    so 'denied' goes with 'said', a second act of X. Returns the reporting verb it goes with, or None."""
    host = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or host.tag_ != "VBN" or \
            not any(c.dep_ == "aux" and c.lemma_ == "have" for c in host.children):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    reporter = host.head
    if host.dep_ != "ccomp" or reporter.tag_ != "VBD" or reporter.lemma_.lower() not in lexicon.verbs or \
            not any(c.dep_ in SUBJECT_DEPS for c in reporter.children):
        return None
    return reporter


SET_OFF = {",", "—", "–", "--"}
# verbs whose passive with a 'by' agent reports what its subject names: 'The seizure was first reported by X'
# (PolNeAR train: of 24 text matches of 'reported ... by', 16 carry a gold cue on 'reported', each with the 'by'
# phrase for source and the subject, or the noun the participle modifies, for content; 'first reported by': 15 of 15)
AGENT_REPORTS = frozenset({"report"})
# a report of what its subject names, not of a clause: the chain still runs through its source (cited_by_relative)
REPORTED_BY = "passive report with a 'by' agent"


HEARD = "evidence heard by a court, the speaker unnamed"


def heard_in_court(verb: Token, bodies: frozenset[str]) -> Cue | None:
    """'The court heard that the defendant had bought the knife': what a court, jury or inquest hears is evidence
    someone gave before it, left unnamed; the body is the hearer, kept in the evidence, not the source, and the
    words are no longer the article's own. PolNeAR has no such use; its few cues of 'hear' take the hearer for
    source ('you hear that'), which would make the court the origin of a claim it only heard."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if subject is None or clause is None or subject.lemma_.lower() not in bodies:
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" or c.dep_ == "neg" for c in verb.children):
        return None  # 'the court will hear that', 'did not hear': no evidence given
    return Cue("passive", verb, [verb.i], source=set(), content={t.i for t in clause.subtree},
               evidence={"construction": HEARD, "hearer": verb.doc[subject.left_edge.i:subject.i + 1].text})


def reported_by(verb: Token, citing: frozenset[str]) -> Cue | None:
    """'The seizure was first reported on Sunday by the Gazette', 'the merger, first reported by the Gazette, ...':
    a passive report with a 'by' agent reports what its subject names, or the noun its participle modifies; the
    agent is the source. A relative clause of citing on the agent ('by the Gazette, which cited the owner') names
    through whom the report came, so it stays out of the source (the chain reads it, see cited_by_relative). A
    passive with a clause of its own ('was told by X that C') is another construction."""
    if verb.tag_ != "VBN":
        return None
    kids = list(verb.children)
    agent = next((c for c in kids if c.dep_ == "agent"), None)
    noun = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if noun is None or any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in kids):
        return None
    subject = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    auxpass = next((c for c in kids if c.dep_ == "auxpass" and c.i < verb.i), None)
    if subject is not None and auxpass is not None:
        content = {t.i for t in subject.subtree}
    elif subject is None and verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"} and verb.i > verb.head.i:
        clause = {t.i for t in verb.subtree}
        content = {t.i for t in verb.head.subtree if t.i < min(clause)}
    else:
        return None
    doc = verb.doc
    start = auxpass.i if auxpass is not None else verb.i
    # 'was first reported', 'was previously reported': the adverbs between the auxiliary and the verb join the cue
    while start > 0 and doc[start - 1].head == verb and doc[start - 1].dep_ == "advmod" and subject is None:
        start -= 1
    tokens = [i for i in range(start, verb.i + 1) if doc[i].head == verb or i == verb.i]
    if agent.i == verb.i + 1:
        # 'was first reported by X': PolNeAR writes the cue with 'by' right after the verb (train: 3 of 6 such
        # gold cues, dev 1 of 1), not over a time between them ('reported on Sunday by X')
        tokens.append(agent.i)
    source = {t.i for t in noun.subtree}
    for relative in [t for t in noun.subtree if t.dep_ == "relcl" and t.lemma_.lower() in citing]:
        first = relative.left_edge.i
        if first > 0 and doc[first - 1].text in SET_OFF:
            first -= 1
        source -= set(range(first, relative.right_edge.i + 1))
    return Cue("passive", verb, tokens, source=source, content=content,
               evidence={"construction": REPORTED_BY})


def citing_host(citing: Token) -> Token:
    """The word a citing participle qualifies: the verb it hangs on, or the reporting verb of the subject it is set
    off on ('The Tribune, quoting an official, reported ...')."""
    if citing.dep_ == "acl":
        beside = postposed_beside(citing)
        return beside if beside is not None else citing.head.head
    if citing.dep_ == "pcomp" and citing.head.lower_ == "as":
        return citing.head.head  # 'quoted Y as saying C'
    return citing.head


def doc_word_before(token: Token) -> str:
    return token.doc[token.i - 1].text if token.i > 0 else ""


def postposed_beside(citing: Token) -> Token | None:
    """'C, the Orsk Ledger, the region's largest daily, reported on Friday, citing two pilots': the parser may hang
    both the reporting verb and the citing participle on the speaker's noun; the verb before the participle, read as
    a postposed report, is the one it cites for."""
    return next((c for c in citing.head.children if c.dep_ == "acl" and c.i < citing.i and c.pos_ == "VERB"
                 and c.tag_ in {"VBD", "VBN", "VBZ", "VBP"} and postposed_cue(c) is not None), None)


def set_off_on_reporter(participle: Token, lexicon: CueLexicon) -> bool:
    """'The Journal, citing internal documents, reported that C': a citing participle set off by commas between a
    reporting verb and its subject names the report's source, wherever the parser hangs it; on the subject (acl) it
    is no modifier of the noun ('the press office, quoting regulations, ...' is the office's act of reporting too).
    PolNeAR train: 1 set-off 'citing' between an outlet and its 'reported', a gold cue with the documents for source."""
    noun = participle.head
    if participle.dep_ == "acl" and participle.tag_ == "VBG" and doc_word_before(participle) in SET_OFF and \
            postposed_beside(participle) is not None:
        return True
    if participle.dep_ != "acl" or participle.tag_ != "VBG" or noun.dep_ not in {"nsubj"} or noun.i > participle.i:
        return False
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.verbs or verb.i < participle.i:
        return False
    last = max(t.i for t in participle.subtree)
    doc = participle.doc
    return doc[participle.i - 1].text in SET_OFF and last + 1 < verb.i and doc[last + 1].text in SET_OFF


def postposed_cue(verb: Token) -> Cue | None:
    """'C, the Harbour Gazette reported on Friday': a source after its content, which the parser often reads as an
    apposition with a reduced relative clause ('the Gazette' appos, 'reported' acl of it).

    The reading holds when the reporting verb is finite, has no subject and no clause of its own, hangs on a noun
    that is set off by a comma from a clause before it. PolNeAR train: 30 text matches of ', the/a X reported|said|
    wrote|told', 26 with a gold cue on the verb and a gold source on the noun phrase (scripts/count_constructions.py).
    """
    doc = verb.doc
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} and not past_after_apposition(verb):
        return None
    noun = verb.head
    if noun.i >= verb.i or not nominal(noun) or noun.head.i >= noun.i:
        return None
    if any(c.dep_ in SUBJECT_DEPS | {"ccomp"} for c in verb.children):
        return None
    sentence = verb.sent
    first = noun.left_edge.i
    # the parser may hang the comma that sets the speaker off on the speaker's noun: the phrase opens after it
    while first < noun.i and doc[first].text in SET_OFF:
        first += 1
    if first - 1 <= sentence.start or doc[first - 1].text not in SET_OFF:
        return None
    content = {i for i in range(sentence.start, first - 1) if not doc[i].is_space}
    if not any(doc[i].pos_ in {"VERB", "AUX"} for i in content):
        return None  # "the port, the Gazette reported" has no clause to report
    words_ = [verb.i] + [c.i for c in verb.children if c.dep_ == "advmod" and c.i == verb.i - 1]
    source = {i for i in range(first, noun.right_edge.i + 1)} - {t.i for t in verb.subtree}
    # what the parser hung on the noun after the verb ('..., citing two pilots') is no part of the speaker
    source = {i for i in source if i < verb.i}
    return Cue("postposed", verb, sorted(words_), source=source, content=content,
               evidence={"construction": "source after content", "parsed_as": noun.dep_ + "+" + verb.dep_})


def nominal(noun: Token) -> bool:
    """A noun, a name, or an adjective the tagger took from a noun that has its determiner or possessor ('the
    country's largest daily', 'a weekly'): newspapers named by their rhythm of publication."""
    if noun.pos_ in {"NOUN", "PROPN"}:
        return True
    return noun.pos_ == "ADJ" and any(c.dep_ in {"det", "poss"} for c in noun.children)


def past_after_apposition(verb: Token) -> bool:
    """'C, the city's largest daily, the Kessel Tribune, reported on Saturday': after a speaker set off by commas
    the tagger reads the reporting verb as a participle (VBN). It is the finite past where the participle has no
    passive auxiliary, agent or object, follows a comma closing the noun phrase it hangs on, and runs to the end of
    its sentence, or up to a participle set off by a comma ('..., citing two aides'): a reduced passive ('the
    Tribune, reported to be ...') would have a complement or go on."""
    doc = verb.doc
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.i == 0 or doc[verb.i - 1].text not in SET_OFF:
        return False
    if any(c.dep_ in {"auxpass", "aux", "agent", "dobj", "xcomp", "oprd"} for c in verb.children):
        return False
    end = verb.sent.end
    while end - 1 > verb.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    after = verb.right_edge.i + 1
    return after >= end or doc[after].text in SET_OFF and after + 1 < end and doc[after + 1].tag_ == "VBG"


def relayed_report(verb: Token) -> Cue | None:
    """'Her union said the talks had failed, the Brask Herald, a weekly, reported on Monday': an outlet relaying a
    report after it, which the parser may hang as a second clausal complement of the first reporting verb, with the
    outlet for its own subject. A reporting verb hung so on a reporting verb to its left, with a subject set off by a
    comma and no complement or auxiliary of its own, reports the first report's whole clause before the comma; its
    subject is the source. PolNeAR train: 1 text match of 'X said C, <outlet> reported', cued, its content the
    first report with its speaker (weak; a wire shape)."""
    host = verb.head
    if verb.dep_ != "ccomp" or host.i >= verb.i or host.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBZ", "VBP", "VBN"}:
        return None
    if any(c.dep_ in {"aux", "auxpass", "ccomp", "xcomp", "dobj", "mark"} for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    doc = verb.doc
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return None
    comma = subject.left_edge.i - 1
    if comma <= host.i or doc[comma].text not in SET_OFF:
        return None
    if not any(c.dep_ == "ccomp" and host.i < c.i < comma for c in host.children):
        return None  # the first report's own clause stands between it and the relay
    content = {t.i for t in host.subtree if t.i < comma and not t.is_space}
    words_ = [verb.i] + [c.i for c in verb.children if c.dep_ == "advmod" and c.i == verb.i - 1]
    return Cue("postposed", verb, sorted(words_), source={t.i for t in subject.subtree}, content=content,
               evidence={"construction": "source after content",
                         "parsed_as": "second ccomp of '" + host.text + "'"})


def shell_before_possessor(verb: Token) -> Cue | None:
    """'X said C, a charge Sorel's office denied': a shell noun whose relative clause denies (or confirms) the report
    before it, which the parser misreads in one of two ways: the noun and the possessor after it as one subject ('a
    charge Sorel's office'; an indefinite article cannot open a possessor's noun phrase), or the noun as an object
    fronted before the subject. Either way the article and the common nouns after it, set off by a comma, are the
    noun the relative clause hangs on: they are the content, as disputed_antecedent reads 'a charge the army denied',
    and the subject (less the shell) speaks. PolNeAR train: 3 of 3 text matches of ', a charge/claim/point (that) X
    denied/disputes/acknowledged' carry a gold cue, with the noun (or 'that') for content (weak)."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    doc = verb.doc
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return None
    fronted = next((c for c in verb.children if c.dep_ == "dobj" and c.i < subject.left_edge.i), None)
    if any(c.dep_ == "dobj" and (fronted is None or c.i != fronted.i) for c in verb.children):
        return None
    first = fronted.left_edge if fronted is not None else subject.left_edge
    if first.lower_ not in {"a", "an"} or first.i == 0 or doc[first.i - 1].text not in SET_OFF:
        return None
    shell = [first.i]
    while doc[shell[-1] + 1].pos_ == "NOUN" and doc[shell[-1] + 1].is_lower:
        shell.append(shell[-1] + 1)  # only the article and common nouns ('a charge'; 'a similar claim' not)
    if doc[shell[-1]].lemma_.lower() not in _lemmas("disputed_shell_nouns"):
        return None  # a noun that stands for what was said ('a charge'), not any person or thing ('a nurse')
    if fronted is not None:
        if len(shell) < 2 or shell[-1] != fronted.right_edge.i or shell[-1] + 1 != subject.left_edge.i:
            return None
        source = {t.i for t in subject.subtree}
    else:
        marker = next((t for t in subject.subtree if t.tag_ == "POS"), None)
        # the possessor opens the subject's own head ('a charge Sorel's office'), not a phrase after it ('a nurse at
        # Selvik's hospital')
        if marker is None or len(shell) < 2 or shell[-1] + 1 >= marker.i or marker.i > subject.i:
            return None
        source = set(range(shell[-1] + 1, subject.i + 1))
    words_ = [verb.i] + [c.i for c in verb.children if c.dep_ == "advmod" and c.i == verb.i - 1]
    return Cue("disputed", verb, sorted(words_), source=source, content=set(shell),
               evidence={"construction": "denial of what a relative clause hangs on",
                         "parsed_as": "shell noun read as the " + ("object" if fronted is not None else "subject")})


def apposed_speaker(verb: Token) -> Cue | None:
    """'The closure could cost thousands of jobs, a senior economist at the university warned': the parser may hang
    the speaker on the last noun of the reported clause as an apposition and leave the reporting verb without a
    subject. A reporting verb with no subject, whose reported clause comes first and ends in an apposition set off
    by a comma right before the verb, has that apposition for its source (as in postposed_cue)."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} and not perfect(verb):
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    clause = next((c for c in verb.lefts if c.dep_ == "ccomp"), None)
    if clause is None:
        return conjoined_speaker(verb, subjects) or speaker_apposed_to_subject(verb, subjects)
    if len(subjects) > 1 and all(clause.i < s.i and verb.doc[s.left_edge.i - 1].text in SET_OFF for s in subjects):
        # "C, the biggest attack this year, an official told the Wire": the comment on the clause set off before
        # the speaker is taken for a second subject; the speaker is the one next to the verb
        return speaker_after_clause(verb, clause, subjects[-1], "second subject after the reported clause")
    if subjects or clause.right_edge.i != verb.i - 1:
        return None
    speaker = verb.doc[verb.i - 1]
    while speaker.dep_ != "appos" and speaker.head.i != speaker.i and speaker.head.i < verb.i and \
            speaker.i != clause.i:
        speaker = speaker.head
    if speaker.dep_ != "appos" or speaker.pos_ not in {"NOUN", "PROPN"} or speaker.right_edge.i != verb.i - 1:
        return None
    return speaker_after_clause(verb, clause, speaker, "appos in the reported clause")


def speaker_apposed_to_subject(verb: Token, subjects: list[Token]) -> Cue | None:
    """'Gunmen stormed the depot on Sunday, killing two guards, Ana Ruiz, a police spokeswoman, said': the parser may
    give the reporting verb the last noun of the reported clause for its subject ('two guards', or the clause's own
    subject 'Rebels working for X seized ...'), with the speaker's name hung on it as an apposition set off by commas
    right before the verb. A reporting verb with no clause or object of its own whose only subject has a name in
    apposition ending just before the verb, where the words before that name hold a finite verb outside a relative
    clause, reports those words, and the name (with its own apposition) speaks. A role before a name ('the port's
    director, Ana Ruiz, said') holds no finite verb and stays the speaker. PolNeAR train (parsed): no match of
    this parse (0; a wire lead's shape, weak)."""
    if len(subjects) != 1 or subjects[0].dep_ != "nsubj" or subjects[0].i > verb.i:
        return None
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.dep_ not in {"ROOT", "conj"}:
        return None
    if any(c.dep_ in {"ccomp", "xcomp", "dobj", "mark", "cc"} for c in verb.children):
        return None
    doc = verb.doc
    subject = subjects[0]
    name = next((c for c in subject.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is None or name.right_edge.i not in {verb.i - 1, verb.i - 2} or doc[name.left_edge.i - 1].text not in \
            SET_OFF:
        return None
    comma = name.left_edge.i - 1
    clause = verb.head if verb.dep_ == "conj" and verb.head.i < subject.i else subject
    if verb.dep_ == "conj" and clause is subject:
        return None
    start = clause.left_edge.i
    relative = {t.i for t in doc[start:comma] if t.dep_ == "relcl" for t in t.subtree}
    if not any(doc[i].tag_ in {"VBD", "VBZ", "VBP", "MD"} and i not in relative and i != verb.i
               for i in range(start, comma)):
        return None
    source = {t.i for t in name.subtree}
    content = {t.i for t in clause.subtree if t.i < comma and not t.is_space}
    return Cue("postposed", verb, [verb.i], source=source, content=content,
               evidence={"construction": "source after content", "parsed_as": "appos of the subject '" +
                         subject.text + "'"})


def perfect(verb: Token) -> bool:
    """'has found', 'have learned': a finite perfect, whose participle the tagger gives as VBN."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ != "VB" for c in verb.children)


def speaker_after_clause(verb: Token, clause: Token, speaker: Token, parsed_as: str) -> Cue | None:
    """The reporting verb with `speaker` for its source and the words of `clause` before the speaker for its
    content, where a comma (or dash) sets the speaker off from the clause."""
    comma = speaker.left_edge.i - 1
    if comma <= clause.left_edge.i or verb.doc[comma].text not in SET_OFF:
        return None
    source = {t.i for t in speaker.subtree}
    content = {t.i for t in clause.subtree if t.i < comma}
    return Cue("postposed", verb, [verb.i], source=source, content=content,
               evidence={"construction": "source after content", "parsed_as": parsed_as})


def conjoined_speaker(verb: Token, subjects: list[Token]) -> Cue | None:
    """'The shelling was the worst breach of the truce, a diplomat from Lowen, which brokered it, told the Times':
    the parser may also make the reporting verb a conjunct of the reported clause's verb, with the speaker a noun
    phrase of that clause (an apposition in it, or a phrase of its own) set off by commas just before the verb, so
    that the verb inherits the clause's subject for its own. With no 'and' or 'but' joining the two verbs and no
    clause of its own, the verb reports the clause before the speaker, and the speaker is its source (as in
    apposed_speaker). The parser may instead give the verb the speaker for its subject ('Rebels seized the town, the
    army told reporters'), with a comment set off before it ('..., the biggest such attack this year, an official
    told the Wire' has two subjects): the subject right before the verb is then the speaker."""
    clause = verb.head
    # after a passive whose agent has an apposition ('was breached by Ashen Lynx, a group tied to Torvenia, the Wire
    # reported') the parser may instead hang the verb on the clause as an adverbial clause, the speaker one more
    # apposition of the agent; with no word such as 'as' or 'when' opening it, the verb is the same report
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children) or \
            verb.dep_ not in {"conj", "advcl"} or clause.i >= verb.i or \
            any(c.dep_ in {"cc", "ccomp"} for c in verb.children) or \
            any(c.dep_ == "cc" for c in clause.children if c.i < verb.i):
        return None
    doc = verb.doc
    before = verb.i - 1
    while before > clause.i and doc[before].dep_ == "aux" and doc[before].head.i == verb.i:
        before -= 1  # 'C, an investigation by the Review has found'
    end = before
    if doc[end].text in SET_OFF:
        end -= 1  # the comma closing a relative clause on the speaker
    if subjects:
        speaker = subjects[-1]
        # every subject stands after the clause's verb, set off from it: none is the clause's own
        if any(s.i <= clause.i or doc[s.left_edge.i - 1].text not in SET_OFF for s in subjects):
            return None
    else:
        speaker = doc[end]
        # up to an apposition anywhere in the clause ('the worst breach, a diplomat from X') or a phrase of its own
        while speaker.dep_ != "appos" and speaker.head.i != clause.i and speaker.head.i != speaker.i and \
                speaker.head.i < verb.i:
            speaker = speaker.head
        if speaker.i <= clause.i or not (speaker.dep_ == "appos" or (
                speaker.head.i == clause.i and speaker.dep_ in {"attr", "npadvmod", "dep"})):
            return None
        name = speaker.head
        if speaker.dep_ == "appos" and name.pos_ == "PROPN" and name.i > clause.i and name.dep_ in {"conj", "appos"} \
                and doc[name.left_edge.i - 1].text in SET_OFF:
            # 'C by winter, Petra Lind, a senior economist at the bank, said': the name the parser joined to the
            # clause's last noun is who speaks, the apposition says who she is
            speaker = name
    # the comma closing the speaker may hang inside it
    if speaker.pos_ not in {"NOUN", "PROPN"} or speaker.ent_type_ in {"DATE", "TIME"} or \
            speaker.right_edge.i not in {end, before}:
        return None
    cue = speaker_after_clause(verb, clause, speaker, speaker.dep_ + " of the reported clause")
    if cue is None or not any(doc[i].pos_ in {"VERB", "AUX"} for i in cue.content):
        return None
    return cue


# verbs that characterise what their object names ('what officials called a robbery'); naming verbs ('known as',
# 'dubbed', 'named') give a name and report nothing
CHARACTERISING = frozenset({"call", "describe", "term", "label", "characterize", "characterise"})
WH_TAGS = frozenset({"WDT", "WP"})


def characterised(verb: Token) -> Cue | None:
    """'in what villagers described as the worst flood', 'the Red Hand, which the navy calls a criminal gang': the
    subject characterises what a relative pronoun stands for. The content is the pronoun with the characterisation,
    as PolNeAR marks it (train: of 37 cued text matches of 'what/which X called/described/...', 32 give the pronoun
    and the complement, 5 the complement alone; 31 of 75 such matches carry a gold cue)."""
    pronoun = next((c for c in verb.lefts if c.dep_ == "dobj" and c.tag_ in WH_TAGS), None)
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if pronoun is None or subject is None:
        return None
    complement = next((c for c in verb.rights if c.dep_ == "oprd" or
                       (c.dep_ == "prep" and c.lower_ == "as" and any(o.dep_ == "pobj" for o in c.children))), None)
    if complement is None:
        return None
    named = complement if complement.dep_ == "oprd" else next(o for o in complement.children if o.dep_ == "pobj")
    if named.pos_ == "PROPN":
        return None  # "which sailors call the Old Lady": a name, not a characterisation
    content = {pronoun.i} | {t.i for t in complement.subtree}
    return Cue("characterised", verb, [verb.i], content=content,
               evidence={"construction": "characterisation of a relative pronoun's referent",
                         "named_as": pronoun.text})


def achieved_result(verb: Token, content: set[int], lexicon: CueLexicon) -> bool:
    """'The retailer posted a rise in profits', 'the airline showed a profit': a verb of achievement with a result
    for object says what its subject achieved, not what anyone said; no attribution. A document for subject ('the
    poll showed a lead') still shows something (see shown_by_evidence). So does a verb of receiving with a
    distinction for object ('the actress accepted the award'), one of greeting with whatever it welcomes
    ('welcomed the decision'), and one of change of possession with a thing for object ('has quietly bought six
    patrol boats'; 'did not buy her argument', an idea, is believed and stays)."""
    lemma = verb.lemma_.lower()
    objects: frozenset[str] | None
    if lemma in lexicon.welcomings:
        objects = None  # whatever is welcomed, a thing or a guest, is received, not said
    elif lemma in lexicon.transfers:
        if any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.ideas for c in verb.children):
            return False  # 'never bought the idea': believed
        objects = None  # whatever changes hands, goods or a stake, is an act, not a report
    elif lemma in lexicon.receivings:
        objects = lexicon.distinctions
    elif lemma in lexicon.achievements and not shown_by_evidence(verb, lexicon):
        objects = lexicon.results
    else:
        return False
    doc = verb.doc
    if not content or any(doc[i].pos_ in {"VERB", "AUX"} or doc[i].text in QUOTE_TEXTS for i in content):
        return False  # a clause or a quotation is said, whatever the verb
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i in content), None)
    return obj is not None and (objects is None or obj.lemma_.lower() in objects)


QUOTE_TEXTS = frozenset({'"', "“", "”", "``", "''"})

# PLOVER's verbal types: an event lexicon pattern of one of these is itself something said ('lodged a protest')
SPEECH_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REJECT", "DEMAND", "DISAPPROVE", "THREATEN"})


@lru_cache(maxsize=1)
def event_pairs() -> dict[str, list[dict]]:
    """The event lexicon's verb patterns with typed objects (event_triggers.yaml `phrases`: 'recall' + 'ambassador'
    is CAMEO 161/166), by head, those of acts other than speech only."""
    pairs: dict[str, list[dict]] = {}
    for entry in load("event_triggers.yaml")["phrases"]["entries"]:
        if "objects" in entry and entry.get("pos", "VERB") == "VERB" and entry["type"] not in SPEECH_TYPES:
            for head in entry["heads"]:
                pairs.setdefault(head, []).append(entry)
    return pairs


def event_object(verb: Token, types: frozenset[str] | None = None) -> Token | None:
    """'Ostrava recalled its ambassador', 'the envoys were withdrawn': the verb's direct object (or passive subject)
    is one the event lexicon pairs with this verb for an act that is no speech (recall/withdraw/expel + ambassador,
    envoy, troops), so the verb is that act and no cue. 'recalled her days as an envoy' or 'recalled that C' keep
    the cue: only the object itself counts, not a noun inside it. `types`, where given, keeps the pairs of those
    PLOVER types only."""
    entries = event_pairs().get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
    if not entries:
        return None
    kids = list(verb.children)
    objects = [n for c in kids if c.dep_ in {"dobj", "nsubjpass"} for n in [c, *c.conjuncts]]
    for entry in entries:
        if types is not None and entry["type"] not in types:
            continue
        if "particles" in entry and not any(c.dep_ in {"prt", "prep", "advmod"} and c.lower_ in entry["particles"]
                                            for c in kids):
            continue
        for obj in objects:
            if (obj.lemma_.lower() in entry["objects"] or obj.lower_ in entry["objects"]) and (
                    "object_modifiers" not in entry or any(c.dep_ in {"compound", "amod", "nmod"}
                                                           and c.lower_ in entry["object_modifiers"]
                                                           for c in obj.children)):
                return obj
    return None


def disputed_antecedent(verb: Token) -> Cue | None:
    """'..., which the army denies', 'a claim the company disputes': a denial in a relative clause whose object is
    the relative pronoun, or the gap the clause leaves, denies what the clause hangs on. The content is the pronoun,
    or the noun the clause hangs on, as PolNeAR marks it (train: 2 of 2 text matches of ', which/a charge that X
    denied' carry a gold cue, with 'which' and 'a charge' for content)."""
    if verb.dep_ != "relcl" or not any(c.dep_ in {"nsubj"} for c in verb.children):
        return None
    if any(c.dep_ in {"ccomp", "xcomp"} or (c.dep_ == "dobj" and c.tag_ not in WH_TAGS | {"IN"})
           for c in verb.children):
        return None
    pronoun = next((c for c in verb.lefts if c.dep_ == "dobj" and c.tag_ in WH_TAGS | {"IN"} and
                    c.lower_ in {"which", "that"}), None)
    noun = verb.head
    if pronoun is not None:
        content = {pronoun.i}
    elif noun.pos_ == "NOUN" and not any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in WH_TAGS for c in verb.children):
        content = {t.i for t in noun.subtree} - {t.i for t in verb.subtree}
        content = {i for i in content if i < verb.left_edge.i and i >= noun.left_edge.i}
    else:
        return None
    if not content:
        return None
    return Cue("disputed", verb, [verb.i], content=content,
               evidence={"construction": "denial of what a relative clause hangs on",
                         "relative_clause_on": verb.doc[noun.left_edge.i:noun.i + 1].text})


# "as the minister put it, C", "C, as a Treasury memo put it": the idiom 'put it' in a clause opened by 'as' reports
# the clause it modifies in the subject's words. PolNeAR train, text matches of 'as ... put it': 7, 6 with a gold cue
# ('put it' 4, 'put it:' 2); the tagger finds the plain shape but misses it after an apposition ('as X, an economist
# at Y, recently put it') or with a long adjunct ('put it in a statement to reporters in May')
def as_put_it(verb: Token) -> Cue | None:
    """'As X put it, C': the cue is 'put it', the source the subject, the content the clause 'as' modifies."""
    if verb.lemma_.lower() != "put" or verb.dep_ != "advcl":
        return None
    kids = list(verb.children)
    it = next((c for c in kids if c.dep_ == "dobj" and c.lower_ == "it" and c.i == verb.i + 1), None)
    subject = next((c for c in kids if c.dep_ == "nsubj"), None)
    if it is None or subject is None or not any(c.dep_ == "mark" and c.lower_ == "as" for c in kids):
        return None
    if any(c.dep_ in {"prt", "oprd", "ccomp", "xcomp"} for c in kids):
        return None  # 'as the operator put it down', 'as he put it aside': a thing moved, not words
    if any(t.tag_ in WH_TAGS for t in verb.subtree):
        return None  # 'seen as what the magazine put it in an expose, "the operator"': the thing named is the content
    own = {t.i for t in verb.subtree}
    content = {t.i for t in verb.head.subtree if t.i not in own and not (t.dep_ == "cc" and t.head == verb.head
                                                                          and t.i < verb.i)}
    if not content:
        return None
    words_ = [verb.i, it.i]
    left = verb.i - 1  # 'as X recently put it': the adverb belongs to the cue, as with other reporting verbs
    while left >= 0 and verb.doc[left].dep_ == "advmod" and verb.doc[left].head == verb:
        words_.insert(0, left)
        left -= 1
    return Cue("as_put", verb, words_, content=content, source={t.i for t in subject.subtree},
               evidence={"construction": "'as X put it'"})


# "As diplomats had feared, C", "C, as the Gazette reported": a reporting verb in a clause opened by 'as', with no
# complement of its own, reports the clause it modifies (Quirk et al. 1985 §15.53, comment clauses). PolNeAR train:
# of 44 gold attributions whose source follows a clause-opening 'as', 26 are this shape with a reporting verb and
# the modified clause for content ('As POLITICO revealed, C', 'C, as David Dayen noted'); the rest are temporal
# 'as' with an object ('as he considered a run'), which the shape leaves out. 'As you know' (6 text matches in
# train) carries no gold cue; nor does a verb with a topic of its own ('as he complains about the funding') or a
# clause the parser left unlabelled ('even as he says his plan works')
AS_NOT_REPORTING = frozenset({"speak", "talk", "testify", "campaign", "vote", "meet", "listen", "watch", "arrive",
                              "know"})
AS_TOPIC_PREPOSITIONS = frozenset({"about", "of", "on", "over", "against", "for", "with"})


def as_reported(verb: Token) -> Cue | None:
    """'As X warned, C': the cue is the verb (with its perfect's auxiliary and a leading adverb), the source its
    subject, the content the clause 'as' modifies, without the 'as' clause."""
    if verb.dep_ != "advcl" or verb.tag_ == "VBG" or verb.lemma_.lower() in AS_NOT_REPORTING:
        return None
    kids = list(verb.children)
    subject = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subject is None or not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < subject.i for c in kids):
        return None
    if any(c.dep_ in {"dobj", "obj", "ccomp", "xcomp", "prt", "oprd", "attr", "acomp", "auxpass", "nsubjpass", "dative"}
           for c in kids):
        return None  # 'as he considered a run', 'as she told them that C': the verb has a content of its own
    if any(t.tag_ in WH_TAGS for t in verb.subtree) or verb.head.pos_ not in {"VERB", "AUX"}:
        return None
    if any(c.dep_ == "prep" and c.lower_ in AS_TOPIC_PREPOSITIONS and c.i > verb.i for c in kids):
        return None
    after = [t for t in verb.subtree if t.i > verb.i and not t.is_punct]
    if len(after) > 6 or any(t.pos_ in {"VERB", "AUX"} for t in after):
        return None
    mark = next(c for c in kids if c.dep_ == "mark" and c.lower_ == "as")
    if mark.i > 0 and verb.doc[mark.i - 1].lower_ in {"even", "so", "such"}:
        return None  # 'even as he says', concessive, not a report of the clause
    own = {t.i for t in verb.subtree}
    content = {t.i for t in verb.head.subtree if t.i not in own and not (t.dep_ == "cc" and t.head == verb.head
                                                                          and t.i < verb.i)}
    while content and verb.doc[min(content)].is_punct:
        content.discard(min(content))  # 'As we noted, C': the comma after the clause is no part of C
    if len(content) < 3:
        return None
    words_ = [verb.i]
    left = verb.i - 1  # 'as X had warned', 'as X previously reported': the auxiliary and the adverb join the cue
    while left > subject.i and verb.doc[left].head == verb and verb.doc[left].dep_ in {"aux", "advmod"} and \
            verb.doc[left].lower_ not in {"to", "not", "n't", "never"}:
        words_.insert(0, left)
        left -= 1
    return Cue("as_put", verb, words_, content=content, source={t.i for t in subject.subtree},
               evidence={"construction": "'as X reported'"})


def estimate_cue(verb: Token) -> Cue | None:
    """'The rescue service put the death toll at 22': an estimate, a claim of the subject. The content is the
    quantity with its value ('the death toll at 22')."""
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    at = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" and c.i > verb.i), None)
    if thing is None or at is None or not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    if not any(t.like_num for t in at.subtree):
        return None
    content = {t.i for t in thing.subtree} | {t.i for t in at.subtree}
    return Cue("estimate", verb, [verb.i], content=content, evidence={"construction": "estimate 'put X at N'"})


QUOTED_AS = "passive 'quoted as saying', the speaker its subject"


# verbs whose passive with 'as saying' names the speaker in its subject: 'was quoted / reported / cited as saying'
QUOTING_PASSIVES = frozenset({"quote", "report", "cite"})
# the active verbs whose object's "saying" is cited, as `quoting_cue` reads them (the citing verbs of attribution.yaml)
QUOTING_ACTIVES = frozenset({"quote", "cite"})


def quoted_as_saying(verb: Token) -> Cue | None:
    """'The mayor was quoted as saying the road would stay closed', '"We are ready," the minister was quoted as
    saying': the passive's subject is the speaker, not what is reported, and the clause of 'saying' (or the
    quotation before the subject, which the parser hangs on 'quoted') is the content; the whole 'was quoted as
    saying' is the cue. PolNeAR train: 1 passive 'is quoted as saying', with that gold cue, the subject for source
    and the quotation before it for content (the active 'X quoted Y as saying C', 2 more, keeps Y in the content).
    'Was reported as saying' and 'was cited as saying' are the same passive of another verb of passing words on
    (train: no text match of either; their subject is who said C as surely as the quoted one's)."""
    if verb.tag_ != "VBN":
        return None
    auxpass = next((c for c in verb.children if c.dep_ == "auxpass"), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i), None)
    if auxpass is None or subject is None or as_ is None:
        return None
    saying = next((c for c in as_.children if c.lemma_ == "say" and c.tag_ == "VBG"), None)
    if saying is None:
        return None
    clause = next((c for c in saying.children if c.dep_ == "ccomp"), None) or \
        next((c for c in verb.children if c.dep_ == "ccomp" and c.i < subject.i), None)
    if clause is None:
        return None
    adverbs = {c.i for c in verb.children if c.dep_ in {"neg", "advmod"} and auxpass.i < c.i < verb.i}
    agent = quoting_agent(verb)
    if agent is not None:
        # 'The harbour master was quoted by the Courier as saying C': the Courier passes on the harbour master's
        # words, whose 'saying' cites him for the Courier's report (quoted_saying), as in the active
        return Cue("passive", verb, sorted({auxpass.i, verb.i} | adverbs), source={t.i for t in agent.subtree},
                   content={t.i for t in clause.subtree}, evidence={"construction": QUOTED_BY})
    tokens = sorted({auxpass.i, verb.i, as_.i, saying.i} | adverbs)
    return Cue("passive", verb, tokens, source={t.i for t in subject.subtree}, content={t.i for t in clause.subtree},
               evidence={"construction": QUOTED_AS})


QUOTED_BY = "passive 'X was quoted by Y as saying C': Y passes on X's words"


def quoting_agent(verb: Token) -> Token | None:
    """The noun of the 'by' phrase of a passive verb of passing words on ('was quoted by the Courier as saying').
    PolNeAR train: no text match of 'quoted by' (weak; a wire shape, read as the active 'Y quoted X as saying')."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


QUOTED_SPEAKER = "active 'X quoted Y as saying C': X passes on Y's words"


def quoted_speaker(verb: Token) -> tuple[Token, Token, Token] | None:
    """'The Herald quoted a nurse as saying nine crew members had been treated': an active verb of passing words on
    with a subject, an object and 'as saying' with a clause; the object, the participle and its clause."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP", "VBN"} or any(c.dep_ == "auxpass" for c in verb.children) or \
            not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and obj is not None and
                c.i > obj.i), None)
    if as_ is None:
        return None
    saying = next((c for c in as_.children if c.lemma_ == "say" and c.tag_ == "VBG"), None)
    clause = next((c for c in saying.children if c.dep_ == "ccomp" and c.i > saying.i), None) \
        if saying is not None else None
    if clause is None:
        return None
    return obj, saying, clause


def quoting_cue(verb: Token) -> Cue | None:
    """'The Herald quoted a nurse as saying C': the subject passes on the object's words, so it is the source of C
    through the object, who is the source of C on its word (the 'saying' read as a citation of the quoting verb,
    as 'citing Y' is). PolNeAR reads the quoting verb's content as 'Y as saying C' (train, parsed: 4 active
    'quoted Y as saying C', all 4 cued so, none with 'saying' for a cue; weak), so that extent is kept in
    `evidence.content_as_written`."""
    found = quoted_speaker(verb)
    if found is None:
        return None
    obj, saying, clause = found
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    doc = verb.doc
    content = {t.i for t in clause.subtree}
    written = doc[obj.left_edge.i:clause.right_edge.i + 1]
    return Cue("quoted_as", verb, [verb.i], source={t.i for t in subject.subtree}, content=content,
               evidence={"construction": QUOTED_SPEAKER, "content_as_written": [
                   {"start": written.start_char, "end": written.end_char, "text": written.text}]})


def quoted_saying(saying: Token) -> bool:
    """The 'saying' of 'X quoted Y as saying C', which cites Y for the quoting verb's content."""
    as_ = saying.head
    if saying.dep_ != "pcomp" or as_.lower_ != "as" or as_.dep_ != "prep":
        return False
    verb = as_.head
    if verb.lemma_.lower() in QUOTING_PASSIVES and quoting_agent(verb) is not None and \
            quoted_as_saying(verb) is not None:
        return True  # 'X was quoted by Y as saying C'
    if verb.lemma_.lower() not in QUOTING_ACTIVES:
        return False  # 'described a nurse as saying C' passes on no words: only a verb of quoting makes a citation
    found = quoted_speaker(verb)
    return found is not None and found[1] == saying


def passive_cue(verb: Token) -> Cue | None:
    """'The envoy is understood to have left', 'it is thought that C': a passive report without an agent.
    The source is unnamed; the content is the raised subject with its infinitive, or the clause after 'it'."""
    if verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return None
    auxpass = [c for c in verb.children if c.dep_ == "auxpass"]
    subject = next((c for c in verb.children if c.dep_ in {"nsubjpass", "expl"}), None)
    if not auxpass or subject is None:
        return None
    raised = next((c for c in verb.children if c.dep_ == "xcomp" and
                   any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if verb.lemma_.lower() in ADDRESSEE_VERBS:
        # "The paper has been told that C": the subject is who was told, the teller unnamed; "was told to leave"
        # is an order, not a report
        if clause is None or subject.lower_ == "it" or not any(
                c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            return None
        tokens = sorted({auxpass[0].i, verb.i} | {c.i for c in verb.children if c.dep_ == "neg"})
        return Cue("passive", verb, tokens, source=set(), content={t.i for t in clause.subtree},
                   evidence={"construction": "passive report to an addressee, no agent"})
    # an adverb between the auxiliary and the verb is part of the cue: "is widely believed", "was also said"
    tokens = sorted({auxpass[0].i, verb.i} | {c.i for c in verb.children if c.dep_ == "neg" or
                                              (c.dep_ == "advmod" and auxpass[0].i < c.i < verb.i)})
    if raised is not None and subject.lower_ != "it":
        content = {t.i for t in subject.subtree} | {t.i for t in raised.subtree}
        how = "passive raising"
    elif clause is not None and subject.lower_ == "it":
        content = {t.i for t in clause.subtree}
        how = "impersonal passive"
    else:
        return None
    return Cue("passive", verb, tokens, source=set(), content=content - set(tokens),
               evidence={"construction": how + ", no agent"})


def evidential_cue(noun: Token, lexicon: CueLexicon) -> Cue | None:
    """'X has intelligence that C' or "X's assessment that C": an evidential noun with a content clause and a holder."""
    clause, that = content_clause_of_noun(noun)
    if clause is None:
        return None
    holder = None
    if noun.dep_ in {"dobj", "attr"} and noun.head.lemma_.lower() in lexicon.holders:
        holder = noun.head
        tokens = list(range(holder.i, that.i + 1 if that is not None else noun.i + 1))
    else:
        possessor = next((c for c in noun.children if c.dep_ == "poss"), None)
        if possessor is None and unheld_report(noun):
            # "amid reports that the refinery had shut": reports nobody is named for are the source themselves,
            # of unknown kind
            return Cue("unheld", noun, [noun.i], complement=clause, source={noun.i},  # 'that' stays, as after a verb
                       evidence={"construction": "reports with no one named for them"})
        if possessor is None:
            return None  # "concerns that ..." with nobody holding them is no attribution
        holder = possessor
        tokens = list(range(noun.i, that.i + 1 if that is not None else noun.i + 1))
    return Cue("evidential", noun, tokens, complement=clause, holder=holder,
               extra_cut={that.i} if that is not None else set())


# nouns of things said that stand for unnamed speakers in the plural with no determiner ("amid reports that C",
# "rumours that C have spread"). PolNeAR train: 4 gold sources that are the word 'reports' itself, 2 text matches
# of 'amid/after/despite/following reports that|of'
UNHELD_REPORTS = frozenset({"report", "rumour", "rumor", "allegation", "claim"})


def unheld_report(noun: Token) -> bool:
    """A bare plural report noun: no determiner, possessor or name before it, and no 'by' or 'from' after it."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in UNHELD_REPORTS:
        return False
    if any(c.dep_ in {"det", "poss", "nummod"} or (c.dep_ == "compound" and c.pos_ == "PROPN")
           for c in noun.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"by", "from"} for c in noun.children):
        return False
    return not spoken_of(noun)


# prepositions by which a verb takes what its act speaks of: "responded to reports that C", "commented on reports"
ABOUT = frozenset({"to", "on", "about"})


def spoken_of(noun: Token) -> bool:
    """Reports another act speaks of ("responded to reports that C", "declined to comment on reports that C") are
    what that act is about, not a report of their own. PolNeAR train: of the 13 bare plural reports the rules took
    for their own source, the 3 standing so (after 'respond to', 'refer to', 'comment on') carry no gold cue, the 3
    with one stand after 'amid', 'before' or in a list: a weak count. Reports a verb takes as its object ("rejected
    reports that C") stay: the rejection is of what they say."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ABOUT and noun.head.head.pos_ == "VERB"


# how a clause hung on a noun is taken for what was said, from the clause and its opening 'that'
Reading = Callable[[Token, Token], bool]


def that_clause_on(noun: Token, reads: Reading) -> Token | None:
    """The first clause the parser hangs on a noun (acl, relcl or ccomp) that opens with 'that' right after the
    noun's phrase and that `reads(clause, that)` takes for a content clause."""
    for clause in noun.rights:
        that = clause.left_edge
        if clause.dep_ in {"acl", "relcl", "ccomp"} and that.lower_ == "that" and right_after(noun, clause) and \
                reads(clause, that):
            return clause
    return None


def addressee_out_of_content(doc, record, told_things: frozenset[str]) -> bool:
    """'told the paper that Altmark had refused' read with 'the paper that Altmark had refused' for content (the
    parser's relative clause on the addressee, see `clause_on_addressee`): whom something is told is no part of what
    is told; the content is the 'that' clause. Returns whether the content changed."""
    verb = next((t for s in record.cue for t in s if t.lemma_.lower() in ADDRESSEE_VERBS and t.pos_ == "VERB"), None)
    if verb is None:
        return False
    clause = clause_on_addressee(verb, told_things)
    if clause is None:
        return False
    content = record.content_tokens()
    addressee = clause.head
    before = {t.i for t in addressee.subtree} - {t.i for t in clause.subtree}
    if not before & content or not {t.i for t in clause.subtree} <= content:
        return False
    record.content = runs(doc, content - before)
    record.evidence["addressee_out_of_content"] = doc[min(before):max(before) + 1].text
    return True


def object_out_of_cue(doc, record, object_content: frozenset[str]) -> bool:
    """'Rhodan has repeatedly denied plans to attack its neighbour' read with 'denied plans to attack' for the cue
    and 'its neighbour' for the content: a verb whose object is what is said (object_content_verbs) keeps its object
    in the content, never in the cue (PolNeAR train: of 136 gold cues headed by deny, reject, dismiss, dispute,
    acknowledge, admit or confirm, 2 hold a noun of the object: 'rejected the notion', 'rejected any implication
    that'). Returns whether the spans changed."""
    cue = {i for s in record.cue for i in range(s.start, s.end)}
    verb = next((doc[i] for i in sorted(cue) if doc[i].pos_ == "VERB" and doc[i].lemma_.lower() in object_content),
                None)
    if verb is None:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i in cue), None)
    if obj is None:
        return False
    moved = {t.i for t in obj.subtree}
    record.cue = runs(doc, cue - moved)
    record.content = runs(doc, record.content_tokens() | moved)
    record.evidence["object_out_of_cue"] = doc[min(moved):max(moved) + 1].text
    return True


def clause_on_addressee(verb: Token, told_things: frozenset[str]) -> Token | None:
    """'Two people told the paper that Altmark had refused': after a verb of telling the parser may read the 'that'
    clause as a relative clause on the addressee ('the paper that Altmark had refused'). A 'that' clause right after
    the object of telling is what was told, unless the object is a thing told ('told the story that she wrote').
    PolNeAR train: 33 text matches of 'told|informed|assured|warned|reminded' + an addressee (a determiner and a
    noun, or a name) + 'that', 30 with a gold content opening at 'that' or just after it, 2 with one opening at the
    addressee."""
    addressee = next((c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i > verb.i), None)
    if addressee is None or addressee.lemma_.lower() in told_things:
        return None
    return that_clause_on(addressee, lambda clause, that: True)


def with_complementizer(clause: Token, that: Token) -> bool:
    """A clause whose 'that' the parser read as a complementizer."""
    return that.dep_ == "mark"


def content_reading(clause: Token, that: Token) -> bool:
    """The parser often reads 'intelligence that Assad has agreed to ...' as a relative clause with 'that' as an
    argument. It is a content clause when 'that' is a complementizer ('mark'), or when the argument slot 'that'
    was put in is already filled by another word (a second direct object, a second subject)."""
    if that.dep_ == "mark":
        return True
    slot_filled = any(c.dep_ == that.dep_ and c.i != that.i for c in that.head.children)
    return that.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj"} and slot_filled


def with_own_subject(clause: Token, that: Token) -> bool:
    """A clause with a subject of its own besides 'that', whatever the parser made of 'that'."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.i != that.i for c in clause.children)


def clause_after_occasion(verb: Token, reads: Reading = with_complementizer) -> Token | None:
    """'told analysts on a call that sales had fallen', 'said at a news conference that the border would reopen':
    the parser hangs the reported clause on the noun of where or how it was said, as a relative clause; a clause
    opened by the complementizer 'that' right after that noun's phrase is the verb's content (PolNeAR train, first
    400 articles: of such clauses after a gold cue verb, with 'that' parsed as complementizer 3 of 6 are gold
    contents, with 'that' as the clause's subject or object, a true relative, 0 of 28). The occasion may be told in
    a chain of phrases ('said in an interview with a radio station that C', 'told lawmakers during a hearing in the
    capital that C'), the clause hung on any noun of the chain (PolNeAR train, text matches of 'said/told X in /
    at / during / on a noun, then that': with one phrase 35, 34 cued, 29 with a gold content opening at 'that';
    with a second phrase 12, 7 cued, 5 with the content opening at 'that'). `reads` says which clauses count."""
    for noun in occasion_nouns(verb):
        clause = that_clause_on(noun, reads)
        if clause is not None:
            return clause
    return None


@lru_cache(maxsize=1)
def saying_occasions() -> frozenset[str]:
    """Nouns of the occasion or medium of an act of saying ("in a speech", "in a statement", "told a news
    conference"): the report's circumstance, never what is said (certainty_cues.yaml, with its source)."""
    return frozenset(load("certainty_cues.yaml")["saying_occasions"])


@lru_cache(maxsize=1)
def saying_media() -> frozenset[str]:
    """Nouns of where words are published or broadcast ("on social media", "on his radio show"): where a saying was
    heard, as its occasion is (attribution.yaml, with its source)."""
    return frozenset(words("attribution.yaml", "saying_media"))


def occasion_nouns(verb: Token, depth: int = 3) -> list[Token]:
    """The nouns of the prepositional phrases after a verb, and of the phrases nested in them, up to `depth` deep:
    where, when and to whom something was said ('in an interview with a radio station')."""
    nouns: list[Token] = []
    heads = [verb]
    for _ in range(depth):
        found = [n for head in heads for prep in head.rights if prep.dep_ == "prep" and prep.i > verb.i
                 for n in prep.children if n.dep_ == "pobj"]
        nouns += found
        heads = found
    return nouns


def content_clause_of_noun(noun: Token) -> tuple[Token | None, Token | None]:
    """The clause complementing a noun, and its 'that', when 'that' opens a content clause, not a relative one
    (see `content_reading`)."""
    clause = that_clause_on(noun, content_reading)
    return (clause, clause.left_edge) if clause is not None else (None, None)


def right_after(noun: Token, clause: Token) -> bool:
    """Whether a clause on a noun opens right after the noun, or after the phrases that complete it ('a hearing in
    the capital that C')."""
    phrase_end = max([c.right_edge.i for c in noun.rights if c.i < clause.i] + [noun.i])
    return clause.left_edge.i == phrase_end + 1


# verbs whose direct object is the one told, not what is told (FrameNet's Telling frame: 'told reporters')
# verbs of telling whose object (or passive subject) is whom it is said to (FrameNet Telling; Levin 37.2 and the
# advise verbs of 37.9). 'warn', 'caution': PolNeAR train gold leaves the addressee out of the content ('warned
# Clinton that C', 'being warned by the Russian government that C': 2 of 2 with a that-clause)
ADDRESSEE_VERBS = frozenset({"tell", "inform", "assure", "remind", "notify", "brief", "advise", "warn", "caution"})


def addressee_only(verb: Token, content: set[int], told_things: frozenset[str]) -> bool:
    """'The staff were told on Friday', 'ministers have been briefed': the subject of a passive verb of telling is
    whom it was told to, so a content that lies within that subject is no report; with nothing else told there is
    no attribution. A passive 'tell' whose subject names a thing told (`told_things`: 'jokes are told') keeps it.
    PolNeAR train: of 51 gold passive cues of tell/inform/brief/warn/assure/remind/ask, 3 take the passive subject
    for content, each a thing told or asked; 2 contentless passives ('we have not been briefed') carry no cue."""
    if verb.lemma_.lower() not in ADDRESSEE_VERBS or not content:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return told_to_subject(verb, subject, told_things) and content <= {t.i for t in subject.subtree}


def told_to_subject(verb: Token, subject: Token, told_things: frozenset[str]) -> bool:
    """Whether the passive subject of `verb` is whom something was told ('The staff were told', 'Farmers have been
    warned'): the verb is one of telling (ADDRESSEE_VERBS), and a 'tell' whose subject names a thing told
    (`told_things`: 'jokes are told') is not."""
    lemma = verb.lemma_.lower()
    return lemma in ADDRESSEE_VERBS and not (lemma == "tell" and subject.lemma_.lower() in told_things)
# what follows a reporting verb without being the report: where, when, how and to whom it was said
ADJUNCT_DEPS = frozenset({"prep", "npadvmod", "advmod", "agent"})
# prepositions that open where or when something was said ('wrote on Facebook', 'said in an interview')
WHERE_SAID = frozenset({"on", "in", "at", "during", "via"})


def as_cued(record) -> bool:
    """The cue as the contract names it: the reporting words, without where, when or to whom they were said ('said
    in a statement' is 'said', 'told reporters on Friday' 'told'). A particle or preposition the verb governs with
    the content as its object stays ('described as', 'called for', 'pointed to').

    PolNeAR keeps those words in the cue (train: 'wrote on <where>' 12 text matches, 7 gold cues with the place, 5
    'wrote' alone, none 'wrote on' alone; 'said/told/... in/on a statement, an interview, a post ...' 237 of
    237 text matches with a gold cue; 'told' + a name or pronoun 332 of 332; 'said' + a weekday 144 of 144), so the
    extent as written stays in `evidence.cue_as_written`, which `eval polnear` scores. Returns whether the cue
    changed."""
    tokens = sorted(i for s in record.cue for i in range(s.start, s.end))
    if len(tokens) < 2:
        return False
    doc = record.cue[0].doc
    inside = set(tokens)
    head = next((doc[i] for i in tokens if doc[i].head.i not in inside or doc[i].head.i == i), doc[tokens[0]])
    if head.pos_ not in {"VERB", "AUX"}:
        return False
    content = record.content_tokens()
    source = {i for s in record.source for i in range(s.start, s.end)}
    cut: set[int] = set()
    for child in head.rights:
        if child.i not in inside:
            continue
        phrase = {i for i in subtree_of(child) if i in inside}
        # a preposition of where or when whose object lies outside the cue ('wrote on' of 'wrote on Facebook')
        # begins where it was said as much as the whole phrase does, unless its object is what is said or who says
        # it; one the verb selects ('rejected as', 'called for', 'according to') stays
        if child.dep_ in ADJUNCT_DEPS and not phrase & content and (child.dep_ != "prep" or any(
                c.dep_ == "pobj" and (c.i in inside or child.lower_ in WHERE_SAID and c.i not in content | source)
                for c in child.children)):
            cut |= phrase
        elif child.dep_ in {"dobj", "dative"} and head.lemma_.lower() in ADDRESSEE_VERBS:
            cut |= phrase
    kept = [i for i in tokens if i not in cut]
    # a colon or comma closing the cue ('wrote on Facebook:') is no word of it, and does not hold the tail on
    words_kept = [i for i in kept if not (doc[i].is_punct or doc[i].is_space)]
    if not cut or not words_kept or max(words_kept) > min(cut):
        return False  # only a tail is cut: the words before the verb and the verb stay one span
    record.evidence["cue_as_written"] = [{"start": s.start_char, "end": s.end_char, "text": s.text}
                                         for s in record.cue]
    while kept and (doc[kept[-1]].is_punct or doc[kept[-1]].is_space):
        kept.pop()
    record.cue = runs(doc, kept)
    return True


def subtree_of(token: Token) -> set[int]:
    return {t.i for t in token.subtree}


# A speaker's name and a colon opening a line: a transcript's turn or a headline that quotes ("Mayor Tran: We will
# rebuild the bridge"). PolNeAR train (first annotation of each text): 92 of its 146 colon cues follow a name that
# opens its line, each with that name for source and, 81 times, the rest of the line for content (16 more follow an
# interviewer's 'Q' or 'A', which are left out: of the 77 lines opening 'Q:' or 'A:' only 16 carry a cue). Of the 188
# lines of train that open with capitalised words and a colon, 92 carry a cue; the others open with a label
# ('The Latest:', 'Correction:', 'Contributing:'), which is why the words must name a person or a body.
TURN_NAME_WORDS = 6
TURN_TITLE_WORDS = 2
NAMED_TYPES = frozenset({"PERSON", "ORG"})
# a turn's closing '?', '!' or dash is part of what is said ('Carter: Who pays for it?'), where a full stop is not
# (PolNeAR train, same 92 turns: '?' kept 3 of 3, a closing '.' left out 54 of 60)
TURN_KEEPS = frozenset({"?", "!", "—", "–", "--", "-"})


def typed_names(doc: Doc) -> tuple[frozenset[str], Counter]:
    """The words of every person or body the entity recogniser typed, whole and by their last word ('Warren' of
    'Elizabeth Warren'), lower-cased; and how often each word of the text is written capitalised, lower-cased
    ('WALLACE' and 'Wallace' alike; not 'efforts')."""
    names = set()
    for ent in doc.ents:
        if ent.label_ in NAMED_TYPES:
            words = [t.text for t in ent if not t.is_punct]
            if words:
                names.add(" ".join(words).lower())
                names.add(words[-1].lower())
    table = token_table(doc)  # every word of the text: the table's strings rather than a Token each
    return frozenset(names), Counter(low for low, word in zip(table.lower, table.text) if word[:1].isupper())


def turn_speaker(doc: Doc, first: int, colon: int, names: frozenset[str], counts: Counter) -> bool:
    """Whether the words from `first` to the colon name a speaker: capitalised words ending in a name typed as a
    person or a body here or, where the recogniser left it untyped in this line (a title-case headline, a
    transcript's 'WALLACE:'), elsewhere in the text; at most TURN_TITLE_WORDS words before it, none a verb
    ('Senator Elizabeth Warren:', not 'Veto Power Impedes Peace Efforts:'). A speaker is named again elsewhere in
    the text (in the next turns, or in the story a headline opens), a section heading is not."""
    words = [t for t in doc[first:colon] if not t.is_punct]
    if not words or len(words) > TURN_NAME_WORDS or not any(t.is_alpha and len(t) > 1 for t in words):
        return False
    if counts[words[-1].lower_] < 2:
        return False
    if not all(t.text[:1].isupper() for t in words):
        return False
    named = len(words)
    while named > 0 and words[named - 1].ent_type_ in NAMED_TYPES:
        named -= 1
    if named == len(words):  # untyped here: the longest run of last words typed elsewhere
        named = next((k for k in range(len(words)) if words[-1].pos_ == "PROPN" and
                      " ".join(t.text for t in words[k:]).lower() in names), len(words))
    if named == len(words):
        return False
    return named <= TURN_TITLE_WORDS and not any(t.tag_.startswith("VB") for t in words[:named])


def turn_words(doc: Doc, colon: int, quoted: bool) -> set[int]:
    """What the speaker says after the colon: the rest of the line, and, where the transcript is itself quoted
    with each paragraph opening a quotation mark, the paragraphs after it that go on with no speaker of their own.
    A closing full stop is left out, as a content's is; a question mark, an exclamation mark or the dash of a
    broken-off turn ('I want to try to get —.') stays."""
    said: set[int] = set()
    i = colon + 1
    while True:
        end = i
        while end < len(doc) and not breaks_line(doc[end]):
            end += 1
        said |= set(range(i, end))  # a space inside the line ('invitation.\xa0 Two') is no break in the turn
        following = next((j for j in range(end, len(doc)) if not doc[j].is_space), None)
        if not quoted or following is None or doc[following].text not in QUOTE_TEXTS or \
                doc[end - 1].text in QUOTE_TEXTS or following + 1 >= len(doc) or \
                not doc[following + 1].text[:1].isalnum() or turn_colon(doc, following + 1) is not None:
            break
        i = following + 1  # the reopening mark of the next paragraph is no word of the turn
    ordered = sorted(said)
    while ordered and doc[ordered[-1]].is_space:
        ordered.pop()
    while ordered and doc[ordered[-1]].is_punct and doc[ordered[-1]].text not in TURN_KEEPS | QUOTE_TEXTS | \
            {"’"} and not (len(ordered) > 1 and doc[ordered[-2]].text in TURN_KEEPS):
        ordered.pop()
    while ordered and (doc[ordered[0]].is_space or doc[ordered[0]].is_punct) and doc[ordered[0]].text not in QUOTE_TEXTS | {"‘"}:
        ordered.pop(0)
    return set(ordered)


def breaks_line(token: Token) -> bool:
    return "\n" in token.text


def turn_colon(doc: Doc, first: int) -> int | None:
    """The colon closing up to TURN_NAME_WORDS words from `first`, if there is one on that line."""
    text = token_table(doc).text
    for i in range(first, min(len(doc), first + TURN_NAME_WORDS + 3)):
        if text[i] == ":":
            return i
        if "\n" in text[i]:  # breaks_line
            return None
    return None


def turn_cues(doc: Doc, start: int = 0) -> list[Cue]:
    """'Mayor Tran: We will rebuild the bridge.': the colon after a speaker's name that opens a line is the cue, the
    name the source and what follows (the turn, as the speaker said it) the content."""
    cues: list[Cue] = []
    names = None
    table = token_table(doc)
    text, space = table.text, table.space
    for first in range(start, len(doc)):
        # tokens.line_opens(doc, first), over the table read once: this looks at every word of the text
        if first and not (space[first - 1] and "\n" in text[first - 1] or text[first - 1].endswith("\n")):
            continue
        word = text[first]
        quoted = word in QUOTE_TEXTS or word == "‘"
        opening = first + 1 if quoted else first  # a quoted transcript: '"WALLACE: Let's start ...'
        colon = turn_colon(doc, opening)
        if colon is None:
            continue
        names = typed_names(doc) if names is None else names
        if not turn_speaker(doc, opening, colon, *names):
            continue
        said = turn_words(doc, colon, quoted)
        if not said:
            continue
        cues.append(Cue("turn", doc[colon], [colon], source=set(range(opening, colon)), content=said,
                        evidence={"turn": True}))
    return cues
