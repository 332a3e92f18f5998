"""Who says it: the source's words, what kind of source it is, and how many people it counts."""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

from spacy.tokens import Span, Token

from ...lexicon import entries, load, words
from ..annotations import AttributionRecord
from ..table import token_table
from ..tokens import QUOTES_CLOSE, QUOTES_OPEN, runs, subtree, trim
from .content import across_spaces
from .cues import QUOTING_PASSIVES, Cue, mostly_reporting_verbs, told_to_subject
from .model import cue_head

LEXICON = "attribution.yaml"
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
RELATIVE_TAGS = {"WDT", "WP"}
# words that make a group of people informed individuals rather than an office: "officials familiar with"
INFORMED = {"familiar", "knowledgeable", "aware", "involved", "close", "briefed", "speak", "brief", "know"}
# nouns of a 'with' phrase that says how a source knows: 'officials with knowledge of the case'
KNOWING = frozenset({"knowledge"})
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "a": 1, "an": 1, "both": 2, "another": 1, "single": 1}
# nouns of quantity that head a partitive naming the people who speak ('dozens of witnesses'), with the number they
# say when they say one. PolNeAR train: 73 gold sources open on such a noun and 'of' (number 19, majority 13,
# hundreds 4, thousands 4, handful 3, lot 3, trio 2, pair 2, dozens 2, ...), each about the people after 'of'
QUANTITY_NOUNS = {"dozens": None, "dozen": None, "scores": None, "hundreds": None, "thousands": None,
                  "millions": None, "handful": None, "number": None, "majority": None, "minority": None, "lot": None,
                  "lots": None, "couple": 2, "pair": 2, "trio": 3}
PERSON_PRONOUNS = {"he", "she", "i", "me", "him", "her", "we", "you"}
ENTITY_KINDS = {"OUTLET": "outlet", "PERSON": "person", "GPE": "government", "ORG": "organization",
                "NORP": "organization"}
# entity types that say where a group of people is or whom it follows, not whose voice it speaks with; a facility
# is left out, since the typing gives it to bodies named for a building ('the Carrow Centre for Ocean Studies'),
# whose researchers speak for them
PLACES_AND_PEOPLE = frozenset({"GPE", "LOC", "PERSON"})
# entity types of when and how much (spaCy's OntoNotes labels)
TIMES_AND_NUMBERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


# adverbs that make a phrase an earlier name of the noun before it: "X, formerly Twitter", "Alder Bank (previously
# Coastline Savings)"
FORMER = {"formerly", "previously"}


def source_without(record: AttributionRecord, dropping: Callable[[Token], set[int]], evidence: str,
                   keep_some: bool = False) -> bool:
    """The record's source without the words `dropping` finds from the source's head (a set of token indices), the
    dropped words kept as evidence under `evidence`; with `keep_some`, nothing changes where they are all of it.
    Returns whether the source changed."""
    tokens = {i for s in record.source for i in range(s.start, s.end)}
    if not tokens:
        return False
    doc = record.source[0].doc
    head = next((doc[i] for i in sorted(tokens) if doc[i].head.i not in tokens or doc[i].head.i == i), None)
    dropped = dropping(head) & tokens if head is not None else set()
    if not dropped or keep_some and not tokens - dropped:
        return False
    record.source = runs(doc, trim(doc, tokens - dropped))
    record.evidence[evidence] = doc[min(dropped):max(dropped) + 1].text
    return True


def source_without_first(record: AttributionRecord, dropping: Callable[[Token, list[Token]], bool],
                         evidence: str) -> bool:
    """The record's source without its first word, where `dropping` holds of that word and the words after it and
    some words stay, the word kept as evidence under `evidence`. Returns whether the source changed."""
    tokens = sorted(i for s in record.source for i in range(s.start, s.end))
    if len(tokens) < 2:
        return False
    doc = record.source[0].doc
    first = doc[tokens[0]]
    if not dropping(first, [doc[i] for i in tokens[1:]]):
        return False
    record.source = runs(doc, {i for i in tokens[1:] if not doc[i].is_space})
    record.evidence[evidence] = first.text
    return True


def former_name(subj: Token) -> set[int]:
    """'In a post on X, formerly Twitter, the party's leader, Katrin Vale, accused ...': the parser takes the
    platform's earlier name for the subject and hangs the speaker on it as appositions. A phrase opening with
    'formerly' right after a comma or bracket renames the noun before it and is never who speaks (PolNeAR train:
    of 12 sentences opened by a phrase of medium, 'In a statement on its website,', no gold source lies in that
    phrase and 9 sit right after it; no gold source starts with 'formerly'). Returns the words of that earlier
    name when an apposition follows it to be the subject, else nothing."""
    doc = subj.doc
    first = subj.left_edge
    if first.lower_ not in FORMER or first.i == 0 or doc[first.i - 1].text not in {",", "("}:
        return set()
    renamed = doc[first.i - 2] if first.i >= 2 else None
    if renamed is None or renamed.pos_ not in {"PROPN", "NOUN"}:
        return set()
    speaker = next((c for c in subj.rights if c.dep_ == "appos"), None)
    if speaker is None:
        return set()
    return set(range(first.i, speaker.left_edge.i))


def outer_noun(head: Token) -> set[int]:
    """The article and the singular noun the parser hung on a plural subject as its compound ('a move officials
    say': 'a move'), with the noun's own words; nothing where the subject has no such pair (see
    `SourceReader.without_outer_noun`)."""
    if head.tag_ != "NNS":
        return set()
    article = next((c for c in head.children if c.dep_ == "det" and c.lower_ in {"a", "an"}), None)
    outer = next((c for c in head.children if c.dep_ == "compound" and c.tag_ == "NN"), None)
    if article is None or outer is None or not article.i < outer.i < head.i or not outer.is_lower:
        return set()
    return {t.i for t in outer.subtree} | set(range(article.i, outer.i + 1))


def split_no_one(subj: Token) -> set[int]:
    """'No-one expected C': the tokenizer splits the British spelling of 'no one' into three words and the parser
    makes each a subject, so the subject nearest the verb is 'one' alone; the two words before it belong to it."""
    doc = subj.doc
    k = subj.i
    if subj.lower_ != "one" or k < 2 or doc[k - 1].text != "-" or doc[k - 2].lower_ != "no" or \
            doc[k - 2].whitespace_ or doc[k - 1].whitespace_:
        return set()
    return {k - 2, k - 1}


def participle_between_commas(head: Token) -> set[int]:
    """'Gorrin, speaking to reporters in Jorvik, said C', 'the minister, appearing on state television, said C': a
    participle set off by commas after the speaker tells the occasion or the manner of speaking, not who speaks
    (PolNeAR train: of 8 text matches of "X, <participle> ..., said/told/added" with a gold source, 7 leave the
    participle out of it: speaking 2, attending, appearing, writing, contradicting, wearing). Returns its words,
    with the commas around it, or nothing."""
    doc = head.doc
    for clause in head.children:
        if clause.i < head.i or clause.tag_ != "VBG" or clause.dep_ not in {"acl", "advcl"}:
            continue
        first, last = clause.left_edge.i, clause.right_edge.i
        if first != clause.i or first < 1 or doc[first - 1].text != ",":
            continue
        end = last + 1 if last + 1 < len(doc) and doc[last + 1].text == "," else last
        if end == last and last + 1 < len(doc) and doc[last + 1].pos_ not in {"VERB", "AUX"}:
            continue  # no closing comma and no verb right after: not an aside before the reporting verb
        return set(range(first - 1, end + 1))
    return set()


# ordinals that stand for one member of a group without a noun: "the second said", "the other added"
LONE_ORDINALS = {"other", "last", "latter", "former"}


def lone_ordinal(token: Token) -> bool:
    """'while the second said', 'the other added': an ordinal standing alone as a subject, its noun left out."""
    return token.pos_ in {"ADJ", "NOUN"} and token.dep_ in {"nsubj", "nsubjpass"} and \
        (token.ent_type_ == "ORDINAL" or token.lower_ in LONE_ORDINALS) and \
        any(c.dep_ == "det" for c in token.children) and not any(c.dep_ == "prep" for c in token.children)


def lone_both(token: Token) -> bool:
    """'Both said the battery had moved', 'Neither would say who': 'both' or 'neither' standing alone as a subject, a
    pair named before (Quirk et al. 1985 §6.49: 'both' and 'neither' as pronouns of two); with 'of them' the
    partitive reads it. PolNeAR train: 13 gold sources 'Both'/'both' and 2 'Neither'/'neither' standing alone."""
    return token.lower_ in {"both", "neither"} and token.dep_ in {"nsubj", "nsubjpass"} and \
        not any(c.dep_ in {"prep", "compound", "nmod"} for c in token.children)


def relative_gap_speaker(verb: Token) -> tuple[Token, Token] | None:
    """'Vesk, who witnesses say ordered the raid': the relative pronoun opening the clause of a verb and the
    speaker between it and the verb, a subject of the verb's own, or None. The parser hangs the pronoun on the verb
    or, at times, on the speaker."""
    pronoun = verb.left_edge
    if verb.dep_ != "relcl" or pronoun.i >= verb.i or not (pronoun.tag_ in RELATIVE_TAGS or pronoun.lower_ == "that"):
        return None
    speaker = next((c for c in verb.children if c.dep_ == "nsubj" and pronoun.i < c.i < verb.i), None)
    return (pronoun, speaker) if speaker is not None else None


# what a text adds about a source after a comma: an apposition, a relative clause, a participle
SET_OFF = {"appos", "relcl", "acl"}
# the tags of a finite verb (Penn Treebank): no word of a name
FINITE_TAGS = {"VBZ", "VBD", "VBP"}


def opens_sentence(token: Token) -> bool:
    """Whether a word's phrase opens its sentence, past any opening quotation mark."""
    doc = token.doc
    first = token.left_edge.i
    start = token.sent.start
    return all(doc[i].is_punct or doc[i].is_space for i in range(start, first))


_NEGATIVE = frozenset({"not", "n't", "never", "no"})
_WITHHOLDING = frozenset({"decline", "refuse", "ask", "request"})


def states_speaking_terms(clause: Token) -> bool:
    """A clause on a source or its reporting verb that states the terms the source speaks on: "who spoke on
    condition of anonymity", "who asked not to be named", "who was not authorised to brief reporters" (the
    speaking_terms of attribution.yaml): who speaks and how, no proposition of its own."""
    table = token_table(clause.doc)
    return _states_terms(table, table.subtree(clause.i))


def within_speaking_terms(token: Token) -> bool:
    """Whether a word lies in a clause stating the terms a source speaks on ("an official, who asked not to be
    named, said", "who spoke on condition of anonymity"): asking not to be named is no report (PolNeAR train: of 9
    'who asked not to be named' / 'who spoke on condition', one carries a gold cue)."""
    return any(a.dep_ in {"relcl", "acl", "advcl"} and states_speaking_terms(a) for a in [token, *token.ancestors])


def speaking_terms(records: list[AttributionRecord]) -> set[int]:
    """The words of the clauses stating the terms the sources of these attributions speak on, hung on a word of
    a source or on a reporting verb."""
    found: set[int] = set()
    spans = [s for record in records for s in record.source]
    if not spans and not any(record.cue for record in records):
        return found
    doc = (spans or [s for record in records for s in record.cue])[0].doc
    # the words' children, relations and forms from the token table: a Token for every word of every source and
    # cue, and for every word of each clause hung on one, cost more than the test itself
    table = token_table(doc)
    children, dep = table.children, table.dep
    for record in records:
        for anchor in [i for s in record.source for i in range(s.start, s.end)] + \
                [i for s in record.cue for i in range(s.start, s.end)]:
            for clause in children[anchor]:
                if dep[clause] in {"relcl", "acl", "advcl"} and clause not in found:
                    words_ = table.subtree(clause)
                    if _states_terms(table, words_):
                        found.update(words_)
    return found


def _states_terms(table, words_: set[int]) -> bool:
    """Whether the words of a clause's subtree state speaking terms (see `states_speaking_terms`), read from the
    token table."""
    terms = load(LEXICON)["speaking_terms"]
    lower, lemma = table.lower, table.lemma
    lowered = {lower[w] for w in words_}
    if lowered & frozenset(terms["nouns"]):
        return True
    children, dep = table.children, table.dep
    return any(table.tag[w] == "VBN" and lemma[w] in terms["withheld"] and
               (lemma[w] not in terms["permission"] or any(dep[c] == "xcomp" for c in children[w]))
               for w in words_) and (bool(lowered & _NEGATIVE) or any(lemma[w] in _WITHHOLDING for w in words_))


class SourceReader:
    """Reads sources off the parse; the descriptor nouns come from attribution.yaml."""

    def __init__(self) -> None:
        self.anonymous = words(LEXICON, "anonymous_descriptors")
        self.people = words(LEXICON, "people_nouns")
        self.documents = words(LEXICON, "document_nouns")
        self.document_participles = words(LEXICON, "document_participles")
        self.text_modifiers = words(LEXICON, "text_modifiers")
        # people named by their role in events (CAMEO's generic agents: 'a prisoner released by the rebels')
        self.agents = frozenset(w for group in load("event_triggers.yaml")["generic_agents"]["groups"].values()
                                for w in group)
        self.outlets = words(LEXICON, "outlet_descriptors")
        self.owned_channels = words(LEXICON, "owned_channels")
        self.news_modifiers = words(LEXICON, "news_modifiers")
        self.news_bodies = words(LEXICON, "news_bodies")
        self.nameplates = words(LEXICON, "outlet_nameplates")
        self.governments = words(LEXICON, "government_nouns")
        self.body_missions = words(LEXICON, "body_missions")
        self.unsent_missions = frozenset(load(LEXICON)["body_missions"]["unsent"])
        self.organizations = words(LEXICON, "organization_nouns")
        self.told_things = words(LEXICON, "told_things")
        self.state_heads = words(LEXICON, "state_heads")
        self.office_holders = words(LEXICON, "office_holders")
        self.state_services = words(LEXICON, "state_services")
        self.international = words(LEXICON, "international_words")
        self.dwellers = words(LEXICON, "place_dwellers")
        self.service_heads = frozenset(load(LEXICON)["state_services"]["heads"])
        self.state_guards = words(LEXICON, "state_guards")
        self.guard_heads = frozenset(load(LEXICON)["state_guards"]["heads"])
        self.feeling_objects = words(LEXICON, "experiencer_object_verbs")
        self.spokespeople = frozenset(w for w in load("titles.yaml")["role_titles"]["spokesperson_of"] if " " not in w)
        self.titles = frozenset(w for w in entries("titles.yaml", "leader_titles") if " " not in w) | \
            words(LEXICON, "person_roles")
        self.judging = frozenset((str(e["lemma"]), str(e["preposition"]))
                                 for e in entries(LEXICON, "passive_agent_complements"))

    # -- the words -------------------------------------------------------------------------------------------
    def source_of(self, cue: Cue, content: set[int]) -> set[int]:
        doc = cue.head.doc
        if cue.source is not None:
            return trim(doc, set(cue.source) - content)
        if cue.kind == "according":
            obj = next((c for c in doc[cue.tokens[-1]].children if c.dep_ == "pobj"), None)
            return trim(doc, subtree(obj)) if obj is not None else set()
        if cue.kind == "evidential":
            holder = cue.holder
            if holder.dep_ == "poss":
                return trim(doc, subtree(holder) - {c.i for c in holder.children if c.dep_ == "case"})
            return self.subject(holder, content)
        return self.subject(cue.head, content)

    def subject(self, verb: Token, content: set[int]) -> set[int]:
        """The subject of a verb, or of the verb it is coordinated with or hangs on ('adding', 'saying')."""
        node = verb
        for _ in range(3):
            # of two subjects (a dateline the parser took for one: 'KALDOR, May 1 (Wire) - The minister said'),
            # the one nearest the verb
            subj = min((c for c in node.children if c.dep_ in SUBJECT_DEPS and c.i not in content),
                       key=lambda c: abs(c.i - node.i), default=None)
            if subj is not None:
                return trim(node.doc, subtree(subj) - content - former_name(subj))
            agent = next((c for c in node.children if c.dep_ == "agent"), None)
            if agent is not None:
                obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return trim(node.doc, subtree(obj))
            stranded = subject_in_opening_clause(node)
            if stranded is not None:
                return trim(node.doc, subtree(stranded) - content)
            modified = subject_read_as_modified(node)
            if modified is not None:
                return trim(node.doc, {t.i for t in modified.subtree if t.i < node.i} - content)
            if node.dep_ in {"conj", "advcl", "xcomp", "acl"} and node.head != node:
                node = node.head
                continue
            break
        return set()

    def antecedent(self, record: AttributionRecord) -> bool:
        """'the ministry, which has warned that ...': a relative pronoun names nobody; the source is the noun phrase
        the relative clause hangs on. The pronoun is kept as evidence. Returns whether the source changed.

        PolNeAR train marks the pronoun itself as the source 454 times ('who'), 85 ('which') and 67 ('that').
        """
        words_ = [t for s in record.source for t in s]
        if len(words_) != 1 or words_[0].tag_ not in RELATIVE_TAGS:
            return False
        pronoun = words_[0]
        clause = pronoun.head
        while clause.dep_ not in {"relcl", "acl"} and clause.head != clause and clause.pos_ in {"VERB", "AUX"} \
                and clause.dep_ in {"conj", "xcomp", "ccomp"}:
            clause = clause.head
        if clause.dep_ not in {"relcl", "acl"}:
            return False
        noun = self.human_antecedent(pronoun, clause.head)
        doc = noun.doc
        phrase = subtree(noun) - subtree(clause) - record.content_tokens()
        phrase = {i for i in phrase if i < clause.i}  # the appositions and commas after the clause are not it
        phrase = trim(doc, phrase)
        if not phrase:
            return False
        record.evidence["relative_pronoun"] = {"start": pronoun.idx, "end": pronoun.idx + len(pronoun.text),
                                               "text": pronoun.text}
        record.source = runs(doc, phrase)
        return True

    def human_antecedent(self, pronoun: Token, noun: Token) -> Token:
        """'A spokesperson for the coastguard, who asked not to be named': 'who' stands for a person, so when the
        parser hangs its clause on a body or a place inside a noun phrase headed by a person ('for the coastguard'),
        the person is the antecedent (Quirk et al. 1985 §6.34: 'who' takes personal antecedents)."""
        if pronoun.lower_ not in {"who", "whom"} or noun.ent_type_ == "PERSON" or self.personal_noun(noun):
            return noun
        node = noun
        while node.dep_ == "pobj" and node.head.dep_ == "prep":
            up = node.head.head
            if up.dep_ in {"acl", "amod"} and up.pos_ in {"VERB", "ADJ"}:
                up = up.head  # "a researcher involved in the study", "an engineer familiar with the plant"
            if up.pos_ not in {"NOUN", "PROPN"}:
                break
            node = up
            if self.personal_noun(node):
                return node
        if node is not noun and noun.lemma_.lower() in self.documents:
            return node  # a study or a report is no 'who': the noun it is part of is ("a researcher in the study")
        return noun

    def personal_noun(self, noun: Token) -> bool:
        lemma = noun.lemma_.lower()
        return noun.ent_type_ == "PERSON" or lemma in self.anonymous or lemma in self.titles or \
            lemma in self.spokespeople or noun.lower_ in self.spokespeople

    def passive_without_agent(self, record: AttributionRecord) -> bool:
        """'The envoy is understood to have left', 'it is thought that C', 'it was learned that C': a passive cue
        with no agent names no source. The raised subject ('the envoy') is what the content is about, so it joins
        the content, as PolNeAR annotates it (train: 62 of 80 'is said/thought/expected/... to' carry a gold cue,
        with no source and the subject inside the content). Returns whether the record changed."""
        doc = record.cue[0].doc if record.cue else None
        if doc is None or not record.source:
            return False
        cue = {i for s in record.cue for i in range(s.start, s.end)}
        participle = next((doc[i] for i in sorted(cue) if doc[i].tag_ == "VBN" and doc[i].dep_ == "advcl" and
                           doc[i].i < doc[i].head.i and opens_sentence(doc[i]) and
                           not any(c.dep_ in {"auxpass", "aux", "agent", "nsubj", "nsubjpass"}
                                   for c in doc[i].children)), None)
        if participle is not None and \
                not ({i for s in record.source for i in range(s.start, s.end)} & subtree(participle)):
            # "Asked whether he would run, the mayor said": the mayor is who was asked; who asked goes unnamed
            # (PolNeAR train: 32 of 37 sentence-opening 'Asked whether/if/about/why' carry a gold cue, all but one
            # with no source, the one naming the asker after 'by')
            record.evidence["passive_participle"] = participle.text
            record.source = []
            return True
        verb = next((doc[i] for i in sorted(cue) if doc[i].tag_ == "VBN" and
                     any(c.dep_ == "auxpass" for c in doc[i].children)), None)
        if verb is None or any(c.dep_ == "agent" for c in verb.children):
            return False
        if verb.lemma_.lower() in QUOTING_PASSIVES and \
                any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
            # 'The senator was quoted as saying C': who is quoted is who says C (PolNeAR train: the one 'is quoted
            # as saying' takes its subject for the source)
            return False
        subject = next((c for c in verb.children if c.dep_ in {"nsubjpass", "expl"}), None)
        source = {i for s in record.source for i in range(s.start, s.end)}
        pronoun = record.evidence.get("relative_pronoun")
        # "Kell, who was declared the winner": the antecedent read for the pronoun stands in the subject's place
        relative = subject is not None and pronoun is not None and subject.idx == pronoun["start"]
        # the same when the source was read as the antecedent itself, the pronoun's noun outside its clause ('Maren
        # Quist, who was declared the winner, said'): she is who was declared, not who declared
        relative = relative or subject is not None and subject.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl" and \
            bool(source - subtree(subject)) and source - subtree(subject) <= subtree(verb.head) - subtree(verb)
        if subject is None or not (relative or source <= subtree(subject)):
            return False
        raised = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if subject.lower_ == "it" and raised is None:
            record.evidence["impersonal_passive"] = subject.text
            record.source = []
            return True
        told = record.content_tokens() - subtree(subject) - cue
        if raised is None and subject.lower_ != "it" and told and told_to_subject(verb, subject, self.told_things):
            # "Farmers have been warned that C": the subject of a passive verb of telling is whom C was said to, in
            # neither source nor content (PolNeAR train: of 51 gold passive tell/inform/brief/warn/assure/remind/ask
            # cues, 3 take the subject for content, each a thing told or asked)
            record.evidence["passive_addressee"] = doc[subject.left_edge.i:subject.right_edge.i + 1].text
            record.source = []
            record.content = runs(doc, trim(doc, told))
            return True
        if raised is None:
            # "The minister was accused of taking bribes", "was asked to resign": the subject of a passive act of
            # saying is who it is about, not who says it (PolNeAR train marks such subjects inside the content
            # with no source: 'is accused', 'was asked', 'were blamed for', 'was criticized for')
            record.evidence["passive_subject"] = doc[subject.left_edge.i:subject.right_edge.i + 1].text
            record.source = []
            record.content = runs(doc, trim(doc, (subtree(subject) | record.content_tokens()) - cue))
            return True
        record.evidence["passive_raising"] = doc[subject.left_edge.i:subject.right_edge.i + 1].text
        record.source = []
        record.content = runs(doc, trim(doc, (subtree(subject) | subtree(raised) | record.content_tokens()) - cue))
        return True

    def agent_complement(self, record: AttributionRecord) -> bool:
        """'The group was accused by investigators of attacks on convoys': the parser hangs the verb's complement ('of
        attacks') on the agent's noun, so the source reads 'investigators of attacks on convoys'. The agent is who
        judges; the complement the verb governs is what they say of the subject, so it moves to the content
        (attribution.yaml, passive_agent_complements). Returns whether the record changed."""
        if not record.cue or not record.source:
            return False
        doc = record.cue[0].doc
        cue = {i for s in record.cue for i in range(s.start, s.end)}
        source = {i for s in record.source for i in range(s.start, s.end)}
        for i in sorted(cue):
            verb = doc[i]
            if verb.tag_ != "VBN":
                continue
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            noun = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if noun is None or not source <= subtree(noun):
                continue
            lemma = verb.lemma_.lower()
            complement = next((c for c in noun.children if c.dep_ == "prep" and c.i > noun.i and
                               (lemma, c.lower_) in self.judging and c.i in source), None)
            if complement is None:
                continue
            moved = subtree(complement)
            kept = trim(doc, source - moved)
            if not kept:
                return False
            record.evidence["agent_complement"] = doc[complement.i:complement.right_edge.i + 1].text
            record.source = runs(doc, kept)
            record.content = runs(doc, trim(doc, (record.content_tokens() | moved) - cue))
            return True
        return False

    def agent_for_subject(self, record: AttributionRecord) -> bool:
        """'Exporters were warned by the central bank that C': a passive report's subject is whom it was said to (or
        what was said), its agent who said it; a source read within the subject is the agent's noun phrase instead.
        PolNeAR train: of some 50 gold cues of a passive with a 'by' phrase, all but 2, of feeling ('outraged by'),
        take the 'by' phrase for source. Returns whether the source changed."""
        if not record.cue or not record.source:
            return False
        doc = record.cue[0].doc
        source = {i for s in record.source for i in range(s.start, s.end)}
        for i in sorted({i for s in record.cue for i in range(s.start, s.end)}):
            verb = doc[i]
            if verb.tag_ != "VBN":
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            noun = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if subject is None or noun is None or not source <= subtree(subject):
                continue
            found = trim(doc, subtree(noun) - record.content_tokens())
            if not found:
                return False
            record.evidence["passive_subject"] = doc[subject.left_edge.i:subject.right_edge.i + 1].text
            record.source = runs(doc, found)
            return True
        return False

    def as_named(self, record: AttributionRecord, reported: set[int] | frozenset[int] = frozenset()) -> bool:
        """The words naming the source, without what the text adds about it after a comma: "Ana Ruiz, the port's
        director," names Ana Ruiz; "the agency, which runs the ferries," the agency; "the audit, dated May 2," the
        audit. A name after a role stays ("the port's director, Ana Ruiz"): the two name one person together.

        This is the contract's span (its gold keeps a role before a name and leaves a descriptive apposition, a
        relative clause and the closing comma out). PolNeAR marks the phrase as written (train: of
        the gold sources with a comma-set apposition 1,399 keep it and 98 do not; a relative clause 260 and 232;
        1,064 of 20,840 end on a comma): that extent stays in `evidence.source_as_written`, and `eval polnear`
        scores it. A relative clause that holds a report of its own (a word of `reported`, the cues of the text's
        attributions: 'Mr. Varn, who has argued that C, said D') stays out of that extent too (train: of the gold
        sources before their cue with a comma-set 'who' clause after the name, 60 leave out one holding a gold cue
        and none keeps one; without a cue, 141 keep it and 58 do not). Returns whether the source changed."""
        tokens = {i for s in record.source for i in range(s.start, s.end)}
        if not tokens:
            return False
        doc = record.source[0].doc
        root = doc[min(tokens, key=lambda i: (doc[i].head.i in tokens and doc[i].head.i != i, i))]
        kept = set(tokens)
        reporting: set[int] = set()  # the relative clauses that hold a report, with the comma before each
        for child in root.rights:
            comma = child.left_edge.i - 1
            if child.i not in tokens or child.dep_ not in SET_OFF or doc[comma].text != "," or comma <= root.i:
                continue
            if child.dep_ == "relcl" and reported and not reported.isdisjoint(subtree(child)):
                reporting |= subtree(child) | {comma}
            if child.dep_ == "appos" and child.pos_ == "PROPN" and (root.pos_ != "PROPN" or root.lower_ in self.titles):
                # "the port's director, Ana Ruiz"; a role written with a capital is still a role ("The Energy
                # Minister, Lucan Varro,": British style sets the name off by commas where US style runs it on)
                continue
            if child.dep_ == "appos" and self.speaks_for(child):
                continue  # "Ana Ruiz, a spokeswoman for the port,": the role says on whose behalf she speaks
            kept -= subtree(child) | {comma}
        # 'diplomats from Norvale, which hosts the talks,': a relative clause set off by a comma on a noun deeper in
        # the phrase describes that noun, as one on the head does; it ends the source's words, so it goes too
        for clause in [doc[i] for i in sorted(kept) if doc[i].dep_ == "relcl" and doc[i].head.i != root.i]:
            comma = clause.left_edge.i - 1
            if clause.head.i in kept and doc[comma].text == "," and comma > clause.head.i and \
                    doc[clause.left_edge.i].tag_ in {"WDT", "WP", "WP$"} and \
                    not any(i > clause.right_edge.i and not doc[i].is_punct for i in kept):
                kept -= subtree(clause) | {comma}
        named = trim(doc, kept)
        if not named or named == tokens:
            return False
        written = trim(doc, tokens - reporting) if reporting else None
        record.evidence["source_as_written"] = [{"start": s.start_char, "end": s.end_char, "text": s.text}
                                                for s in (runs(doc, written) if written else record.source)]
        record.source = runs(doc, named)
        return True

    def across_spaces(self, record: AttributionRecord) -> None:
        """A source in one piece over whitespace within a line: 'the\u00a0governor', 'a  spokesman' (the whitespace
        is a token of its own that the readings leave out of the source's words; PolNeAR train: 65 gold sources
        hold a non-breaking space and 24 a double space, each in one piece)."""
        if record.source:
            record.source = across_spaces(record.source[0].doc, record.source)

    @staticmethod
    def citing_as_written(record: AttributionRecord, reporting: AttributionRecord) -> None:
        """'X said C, citing Y': the contract chains the citation (Y is the source of C, as X tells it), while
        PolNeAR reads 'citing' as X's act with Y for its content (train: of 33 gold cues 'citing' with a source, 31
        have the source before the cue and all 33 the content after it). PolNeAR's extent, X as source and Y as
        content, stays in `evidence.source_as_written` / `evidence.content_as_written`, which `eval polnear`
        scores."""
        if not record.source or not reporting.source:
            return
        record.evidence["source_as_written"] = [{"start": s.start_char, "end": s.end_char, "text": s.text}
                                                for s in reporting.source]
        record.evidence["content_as_written"] = [{"start": s.start_char, "end": s.end_char, "text": s.text}
                                                 for s in record.source]

    def cites_a_reason(self, record: AttributionRecord, entity_types: dict[int, str]) -> bool:
        """Whether what a 'citing' phrase names is a reason, not a party the report came through: 'citing the cost
        of living', 'citing safety concerns', 'citing precedent' name no person, body, outlet or document, only
        a common noun outside the source lexicons (PolNeAR train: of 32 gold 'citing' attributions, 26 cite a
        reason, a fact or a text passage, 6 a poll, documents, data or people)."""
        kind, reason = self.kind_and_reason(record, entity_types)
        if kind != "unknown" and not reason.startswith("unnamed common noun"):
            return False
        noun = self.noun_head(self.head(record.source)) if record.source else None
        if noun is not None and (noun.lemma_.lower() in self.people or self.person_noun(noun.lower_)):
            return False  # 'citing a court clerk', 'citing an eyewitness': people the report came through
        # 'citing two dock workers', 'citing people familiar with the plan': a counted or informed group is people
        return noun is None or not any(
            (c.dep_ == "nummod" and number(c) not in {None, 1}) or
            (c.dep_ in {"amod", "acl", "relcl"} and c.lemma_.lower() in INFORMED) for c in noun.children)

    def person_noun(self, word: str) -> bool:
        """Whether a common noun names a person by its form (see `agent_noun`), or ends in a noun of people the
        lexicon holds ('eyewitness', 'spokeswoman')."""
        word = singular(word)
        known = self.people | self.anonymous
        return agent_noun(word) or any(word.endswith(p) and len(word) >= len(p) + 3 for p in known)

    @staticmethod
    def reason_cited(record: AttributionRecord, reporting: AttributionRecord) -> None:
        """'X said C, citing R' with R a reason (see cites_a_reason): the citing is X's own act, with R for its
        content, as PolNeAR reads every 'citing' (see citing_as_written)."""
        record.content, record.source = list(record.source), list(reporting.source)
        record.evidence["cited_reason"] = True

    @staticmethod
    def without_former_name(record: AttributionRecord) -> bool:
        """The source read from the parse or by the model, with a platform's earlier name taken for its head ("X,
        formerly Twitter, the party's leader, Katrin Vale,"): the speaker is the apposition after it (see
        `former_name`). Returns whether the source changed."""
        return source_without(record, former_name, "former_name_dropped")

    def participle_speaker(self, record: AttributionRecord) -> bool:
        """'The council attacked the mayor, saying he had misled voters', 'After saying C, she was taken to ...': a
        participle with no subject of its own says what the subject of the clause it hangs on says (found by
        governing_subject), or, set off after a report that follows its content ('C, the ministry said, calling it
        piracy'), what that report's subject says (found by report_before_participle). Where the source read for it
        is that clause's object, lies after the participle, is missing, or lies in the clause the report gives
        (in_reported_clause: 'Soldiers' in 'Soldiers fired, the group said, calling it ...'), the subject is the
        source; the evidence says which way found it. Only a participle set off by a comma or after a preposition:
        a bare one may take the object ('left many nations feeling that C'). PolNeAR train (parsed): of gold cues
        on a set-off participle without a subject, 593 have the governing clause's subject for source, 8 its
        object, 2 a phrase after the cue, 30 none. Returns whether the source changed."""
        if not record.cue:
            return False
        doc = record.cue[0].doc
        cue = [i for s in record.cue for i in range(s.start, s.end)]
        verb = cue_head(doc, cue)
        if verb.tag_ != "VBG" or verb.pos_ != "VERB" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            return False
        before = doc[verb.i - 1] if verb.i > 0 else None
        if verb.dep_ == "pcomp":
            pass  # 'after saying', 'by insisting'
        elif verb.dep_ not in {"advcl", "conj"} or before is None or before.text not in {",", "—", "–", "--"}:
            return False
        reporter = report_before_participle(verb)
        subject = reporter if reporter is not None else governing_subject(verb)
        if subject is None:
            return False
        governing = subject.head
        source = {i for s in record.source for i in range(s.start, s.end)}
        objects = {t.i for c in governing.children if c.dep_ in {"dobj", "dative"} for t in c.subtree}
        content = record.content_tokens()
        if source and not (source & objects or min(source) > verb.i or in_reported_clause(source, subject)):
            return False
        found = trim(doc, subtree(subject) - content - set(cue))
        if not found or found == source or subject.i in content:
            return False
        record.evidence["participle_speaker"] = subject.text
        record.evidence["participle_speaker_by"] = "report before the participle" if reporter is not None \
            else "subject of the clause it hangs on"
        record.source = runs(doc, found)
        return True

    def experiencer_object(self, record: AttributionRecord) -> bool:
        """'The closure worries traders', 'the remark alarmed diplomats': a verb whose object feels (see
        experiencer_object_verbs) has that object for its source and its subject for the content, where the parse
        gave them the other way round. Returns whether the record changed."""
        if not record.cue or not record.source or not record.content:
            return False
        doc = record.cue[0].doc
        verb = next((t for s in record.cue for t in s if t.pos_ == "VERB" and t.lemma_.lower() in
                     self.feeling_objects), None)
        if verb is None or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
            return False
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN", "PRON"}), None)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if obj is None or subj is None:
            return False
        content, source = record.content_tokens(), {i for s in record.source for i in range(s.start, s.end)}
        felt, feeler = trim(doc, subtree(subj)), trim(doc, subtree(obj))
        if not content <= feeler or not source <= felt:
            return False
        record.source, record.content = runs(doc, feeler), runs(doc, felt)
        record.evidence["experiencer_object"] = verb.text
        return True

    def with_name_before_apposition(self, record: AttributionRecord) -> bool:
        """'Nordwatch, a company based in Tallrin, said C' read with 'a company based in Tallrin' for the source (see
        `name_before_apposed_subject`): the source starts at the name. Returns whether the source changed."""
        head = self.head(record.source)
        if head is None:
            return False
        start = name_before_apposed_subject(self.noun_head(head))
        if start is None:
            return False
        doc = head.doc
        tokens = {i for s in record.source for i in range(s.start, s.end)}
        added = set(range(start, min(tokens)))
        if added & (record.content_tokens() | {i for s in record.cue for i in range(s.start, s.end)}):
            return False
        record.source = runs(doc, tokens | added)
        record.evidence["name_before_apposition"] = doc[start:min(tokens)].text
        return True

    @staticmethod
    def without_participle(record: AttributionRecord) -> bool:
        """The source without a participle set off by commas after its head (see `participle_between_commas`), unless
        that is all of it. Returns whether the source changed."""
        return source_without(record, participle_between_commas, "participle_dropped", keep_some=True)

    def not_the_occasion(self, record: AttributionRecord) -> bool:
        """'X said in a video posted on Sunday: "C"': the object of a preposition on the reporting verb after it
        tells where or how the words were said, not who said them; where the verb has a subject of its own, the
        subject is the source. PolNeAR train: 194 text matches of 'said/told X/wrote/added/stated in|on a
        statement, video, interview, post, letter, speech ...', 190 with a gold cue, 3 with a gold source on the
        occasion's noun. Returns whether the source changed."""
        if not record.source or not record.cue:
            return False
        doc = record.source[0].doc
        cue = {i for s in record.cue for i in range(s.start, s.end)}
        source = {i for s in record.source for i in range(s.start, s.end)}
        verb = next((doc[i] for i in sorted(cue) if doc[i].pos_ == "VERB" and doc[i].head.i not in cue - {i}), None)
        if verb is None or min(source) < verb.i:
            return False
        occasion = next((p for p in verb.rights if p.dep_ == "prep" and p.lower_ in {"in", "on", "at", "during"}
                         and p.i not in source and source <= subtree(p)), None)
        if occasion is None:
            return False
        subject = self.subject(verb, record.content_tokens() | cue)
        if not subject or subject & source:
            return False
        record.evidence["occasion_not_source"] = doc[min(source):max(source) + 1].text
        record.source = runs(doc, subject)
        return True

    @staticmethod
    def without_focus_particle(record: AttributionRecord) -> bool:
        """'Even the mayor's allies say C': a focus particle opening the source ('even') weighs the speaker against
        what the reader expects of them; it is the writer's word, not who speaks (attribution.yaml
        focus_particles). Only the particle goes: the comma closing an apposition stays, as PolNeAR writes the
        source. Returns whether the source changed."""
        return source_without_first(record, lambda first, rest: first.lower_ in focus_particles()
                                    and first.pos_ in {"ADV", "PART"}, "focus_particle_dropped")

    @staticmethod
    def without_gap_pronoun(record: AttributionRecord) -> bool:
        """'Vesk, who witnesses say ordered the raid': the relative pronoun is the subject of what is said, the gap
        in the reported clause, and the parser may hang it on the cue beside the speaker; the speaker is the other
        subject, between the pronoun and the cue (PolNeAR train: of 69 text matches of 'who|which|that X
        say|believe|think|claim|allege|suspect' before a finite verb, 32 are cued, each with X for the source and
        none with the pronoun). Returns whether the source changed."""
        head = next((t for s in record.cue for t in s if t.dep_ == "relcl"), None)
        found = relative_gap_speaker(head) if head is not None and record.source else None
        if found is None:
            return False
        pronoun, speaker = found
        doc = head.doc
        source = trim(doc, {t.i for t in speaker.subtree if t.i > pronoun.i})
        if source == {i for s in record.source for i in range(s.start, s.end)}:
            return False
        record.source = runs(doc, source)
        record.evidence["gap_pronoun"] = pronoun.text
        return True

    @staticmethod
    def without_stray_mark(record: AttributionRecord) -> bool:
        """'"... the blame on young folks," Vann Orel, a writer, said': a straight quotation mark closing the quotation
        before the speaker reads as opening the next word, and the source may start on it. A quotation mark with no
        partner inside the source is the quotation's, never the speaker's (PolNeAR train: of 3,357 gold sources
        at or just after a mark, 14 start on one, each closed inside: a title, '"Daily Show" host Trevor Noah').
        Returns whether the source changed."""
        marks = QUOTES_OPEN | QUOTES_CLOSE
        return source_without_first(record, lambda first, rest: first.text in marks
                                    and not any(t.text in marks for t in rest), "stray_mark_dropped")

    @staticmethod
    def without_outer_noun(record: AttributionRecord) -> bool:
        """'In a move officials say could cost millions': a relative clause without 'that' leaves the noun it hangs
        on next to its subject, and the parser reads 'a move' as the article and a compound of 'officials'; 'a' or
        'an' before a plural subject with a singular noun between them marks that misreading, and the source is the
        subject without them (PolNeAR train: 1 text match of a noun then a plural subject of a reporting verb with
        no 'that', 'the place Pentagon officials say', its gold source without 'the place'; weak). Returns whether
        the source changed."""
        return source_without(record, outer_noun, "outer_noun_dropped", keep_some=True)

    @staticmethod
    def with_split_no_one(record: AttributionRecord) -> bool:
        """A source that is the 'one' of a split 'no-one' (see `split_no_one`) takes the two words before it, which
        the parser read as subjects of their own. Returns whether the source changed."""
        tokens = {i for s in record.source for i in range(s.start, s.end)}
        if not tokens:
            return False
        doc = record.source[0].doc
        added = split_no_one(doc[min(tokens)])
        if not added:
            return False
        record.source = runs(doc, tokens | added)
        return True

    def whole_mention(self, record: AttributionRecord, mention_ends: dict[int, int]) -> bool:
        """'papers seen by The Courier on Sunday suggested C': where the parser hangs the end of a name on the cue
        ('on Sunday' as a time of 'suggested'), the subject's words stop inside the name the entities found ("The
        Courier on Sunday"). A source never ends inside a mention of an entity: it runs to the mention's end, past
        no word of the cue or the content (PolNeAR train, every fourth text, with the parser's names: 1,782 gold
        sources end where a name ends, 21 inside one, each of those a misread name: a title-case headline, "Jeb
        Bush's" taken whole, "F.A.A" without its last stop). `mention_ends` maps each word of a mention but its
        last to the mention's end. Returns whether the source changed."""
        tokens = {i for s in record.source for i in range(s.start, s.end)}
        if not tokens:
            return False
        last = max(tokens)
        end = mention_ends.get(last)
        if end is None:
            return False
        doc = record.source[0].doc
        taken = record.content_tokens() | {i for s in record.cue for i in range(s.start, s.end)}
        added = set(range(last + 1, end))
        if added & taken:
            return False
        if any(doc[i].tag_ in FINITE_TAGS and doc[i].dep_ in {"ROOT", "conj", "ccomp"} for i in added):
            return False  # "Velmar slams Orvan, praises Tesla": a headline's verb read into a name is no name's word
        record.source = runs(doc, tokens | added)
        record.evidence["source_to_mention_end"] = doc[last + 1:end].text
        return True

    def speaks_for(self, role: Token) -> bool:
        """'a spokeswoman for the port', 'the union's spokesman': a spokesperson with the body she speaks for, and no
        clause of its own. Such an apposition tells whose voice the words are (the body's, not the person's), so the
        contract's source keeps it, as PolNeAR keeps comma-set appositions (train: 1,399 of 1,497); a description
        of the person ('the port's director', 'the harbour's chief engineer') or of a body ('a union that the
        company accuses of sabotage') stays out."""
        if role.pos_ != "NOUN" or role.lemma_.lower() not in self.spokespeople:
            return False
        if any(t.pos_ in {"VERB", "AUX"} for t in role.subtree):
            return False
        return any(c.dep_ == "poss" for c in role.children) or \
            any(c.dep_ == "prep" and c.lower_ in {"for", "of", "at"} for c in role.children)

    def cited(self, cue: Cue) -> set[int]:
        """'citing two people familiar with the intelligence': the object of the citing verb."""
        obj = next((c for c in cue.head.children if c.dep_ in {"dobj", "obj"}), None)
        if obj is None and cue.head.dep_ == "pcomp" and cue.head.head.lower_ == "as":
            # 'quoted a nurse as saying C': the one cited is the quoting verb's object, or in the passive ('a nurse
            # was quoted by the Gazette as saying C') its subject
            quoting = cue.head.head.head
            obj = next((c for c in quoting.children if c.dep_ == "dobj"), None) or \
                next((c for c in quoting.children if c.dep_ == "nsubjpass"), None)
        if obj is None:
            return set()
        words_ = subtree(obj)
        after = obj.right_edge.i + 1
        qualifier = next((c for c in cue.head.children if c.i == after and c.dep_ == "prep" and c.lower_ == "with"
                          and any(g.dep_ == "pobj" and g.lemma_.lower() in KNOWING for g in c.children)), None)
        if qualifier is not None:
            # 'citing three officials with knowledge of the case': the parser may hang the phrase that says how
            # they know on the participle; it qualifies the officials (PolNeAR train: 'with knowledge of' after a
            # noun, 4 of 4 inside a gold source)
            words_ |= subtree(qualifier)
        return trim(cue.head.doc, words_)

    # -- what kind, how many -----------------------------------------------------------------------------------
    def head(self, source: list[Span]) -> Token | None:
        if not source:
            return None
        root = source[0].root if len(source) == 1 else min((s.root for s in source), key=lambda t: t.i)
        if root.pos_ in NOMINAL:
            return root
        # "Nordwatch, a company based in Tallrin": a name the parser read as an adverb heads nothing; the noun whose
        # head lies outside the source does
        words_ = {i for s in source for i in range(s.start, s.end)}
        return next((t for s in source for t in s if t.pos_ in NOMINAL and t.head.i not in words_), root)

    def kind(self, record: AttributionRecord, entity_types: dict[int, str]) -> str:
        """outlet | person | organization | government | anonymous | document | unknown; the reason goes to the
        record's evidence, since names no gazetteer knows are typed from the parse and the descriptor nouns."""
        kind, reason = self.kind_and_reason(record, entity_types)
        if kind != "unknown":
            record.evidence["source_kind_by"] = reason
        return kind

    def kind_and_reason(self, record: AttributionRecord, entity_types: dict[int, str]) -> tuple[str, str]:
        head = self.head(record.source)
        if head is None:
            return "unknown", ""
        if {i for s in record.source for i in range(s.start, s.end)} == \
                {i for s in record.cue for i in range(s.start, s.end)}:
            return "unknown", ""  # "amid reports that C": the reports are all there is of a source
        noun = self.noun_head(head)
        lemma = noun.lemma_.lower()
        text = noun.lower_
        # the tagger marks some lowercase words of a name-like phrase as proper ('the chamber of commerce'); a
        # lowercase word is no name in English news text, so it is read as the common noun it is
        common = noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and noun.is_lower)
        initial = self.capitalised_common(noun) if noun.i not in entity_types else None
        if initial is not None:
            # "Records show that C": the capital a sentence opens with makes the tagger read a common noun as a name
            common, lemma = True, initial
        proper = noun.pos_ == "PROPN" and not common
        described = self.apposition(noun, entity_types, record.content_tokens())
        if described is not None:
            return described
        classed = self.class_before_name(noun) if proper else None
        if classed is not None:
            return classed
        if head.i != noun.i and any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in {"PERSON", ""}
                                    for c in head.children):
            # "One of them, Priya Densmore, said": one of a group, then named
            return "person", f"'{head.text}' of a group named in apposition"
        agent = self.inquiry_agent(noun)
        if agent is not None:
            # "an investigation by the Review has found": an inquiry speaks with its maker's voice, so the source is
            # of the kind its 'by' agent is (the outlet's own finding, a ministry's review)
            kind, reason = self.kind_and_reason(AttributionRecord(cue=record.cue, content=record.content,
                                                                  source=[agent]), entity_types)
            if kind != "unknown":
                return kind, f"'{noun.text}' by {reason}"
        terms = self.speaks_on_terms(noun, record)
        if terms is not None and common:
            # "a senior party figure, speaking on condition of anonymity, said": only a person speaks on terms of
            # anonymity, whatever else the head noun can name ('figures show' is a document)
            return "anonymous", f"'{noun.text}' speaking on terms ('{terms}')"
        if proper and text in self.nameplates:
            return "outlet", f"nameplate word '{noun.text}'"
        news = self.news_modifier(noun)
        if news is not None and common and lemma in self.news_bodies:
            return "outlet", f"'{noun.text}' of the news ('{news.text}')"
        if lemma in self.body_missions:
            sender = self.mission_sender(noun, entity_types)
            if sender is not None and entity_types.get(sender.i) == "ORG":
                return "organization", f"'{noun.text}' of the body '{sender.text}'"
            if sender is None and lemma in self.unsent_missions:
                # "the Verrand Monitoring Mission", "the mission": with no sender on the noun, a monitoring or
                # observer mission speaks for the body it is (the project's golds: 6 of 6 sources headed by a
                # mission are organisations, none sent by a state; PolNeAR train: none, a weak count)
                return "organization", f"'{noun.text}' with no sender on the noun"
        if proper and self.international_name(noun):
            return "organization", f"'{noun.text}' of an international body"
        if lemma in self.governments or text in self.governments:
            return "government", f"government noun '{noun.text}'"
        guarded = self.state_service(noun)
        if guarded is not None:
            return "government", f"'{noun.text}' guarding the state ('{guarded}')"
        if proper and noun.dep_ != "poss" and text in self.states(noun.doc) and \
                entity_types.get(noun.i) not in {"PERSON"}:
            return "government", f"'{noun.text}' owns a government elsewhere in the text"
        if proper and (lemma in self.organizations or text in self.organizations):
            return "organization", f"organisation noun in the name '{noun.text}'"
        if noun.lower_ in {"them", "these", "those"} and noun.i != head.i:
            return "anonymous", f"partitive of '{noun.text}' with no group before it"
        if lone_ordinal(head):
            return "anonymous", f"'{head.text}' standing for one of a group"
        if lone_both(head):
            return "anonymous", f"'{head.text}' standing for a pair named before"
        if noun.pos_ == "NUM" and noun.i != head.i:
            return "anonymous", f"'{head.text}' of the {noun.text} named before"
        if noun.i in entity_types and (not common or noun.ent_type_):
            # a common noun typed only by coreference ('the engineer' -> an organisation) is not named
            return ENTITY_KINDS.get(entity_types[noun.i], "organization"), "entity type " + entity_types[noun.i]
        if lemma in self.anonymous or text in self.anonymous:
            voice = self.institutional_voice(noun)
            if voice is not None:
                return voice
            # "an Orlandian official": a descriptor, even when a place or agency qualifies it
            return "anonymous", f"descriptor noun '{noun.text}' without a name"
        owner = self.channel_owner(noun, entity_types) if common and lemma in self.owned_channels else None
        if owner is not None:
            return "document", f"'{noun.text}' of '{owner.text}', no news outlet"
        if lemma in self.outlets or text in self.outlets:
            return "outlet", f"outlet noun '{noun.text}'"
        if lemma in self.documents or text in self.documents:
            return "document", f"document noun '{noun.text}'"
        if lemma in self.organizations or text in self.organizations:
            return "organization", f"organisation noun '{noun.text}'"
        handled = self.handled_as_a_text(noun) if common and not self.person_like(noun) else None
        if handled is not None:
            return "document", f"'{noun.text}' {handled}"
        # a date or a number in the source's words ('the envoy, who was told on Friday,', 'a poll released Monday')
        # says when or how many, never whose voice it is
        named = [entity_types[t.i] for s in record.source for t in s
                 if t.i in entity_types and entity_types[t.i] not in TIMES_AND_NUMBERS
                 and (t.pos_ == "PROPN" or t.ent_type_ in ENTITY_KINDS)]
        if named and common and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children):
            # "an engineer from Varsk": one person or thing left unnamed, whatever named place or body it is from
            return "anonymous", f"indefinite '{noun.text}' without a name"
        group = self.named_group(noun, head, record, entity_types) if named and common else None
        if group is not None:
            return "anonymous", group
        if named and common and noun.i == head.i and (lemma in self.titles or text in self.titles) and \
                any(c.dep_ == "poss" for c in noun.children):
            # "the Union's foreign policy chief": the holder of a body's role is a person, as "the bloc's trade
            # chief" is, however named the body that owns the role (PolNeAR train: 6 gold sources ending in
            # "X's ... <leader title>", 2 of them unnamed: "Colorado's delegation chairman", "Trump's newly
            # installed campaign chief")
            return "person", f"one holder of the role '{noun.text}'"
        if named:
            return ENTITY_KINDS.get(named[0], "organization"), "entity type " + named[0]
        if noun.ent_type_ in ENTITY_KINDS:
            return ENTITY_KINDS[noun.ent_type_], "entity type " + noun.ent_type_
        if text == "it" and noun.i == head.i:
            # a speaker referred to as 'it' is a body or a text, not a person: "It said 300 people were held"
            return "organization", "the pronoun 'it'"
        if noun.pos_ == "NUM" and noun.i == head.i and not any(c.dep_ == "prep" for c in noun.children):
            return "anonymous", f"'{noun.text}' standing for a group named before"
        if proper and noun.ent_type_ == "" and text not in PERSON_PRONOUNS:
            described = self.described_elsewhere(record.source)
            if described is not None:
                return described
        if text in PERSON_PRONOUNS or (proper and noun.ent_type_ == ""):
            return "person", "personal pronoun or bare name"
        if (lemma in self.titles or text in self.titles) and noun.i == head.i and not any(
                c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in noun.children) and \
                any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in noun.children):
            return "person", f"one holder of the role '{noun.text}'"
        if common and noun.i == head.i:
            # "a trader in the port", "two engineers": an unnamed common noun is an unnamed source
            return "anonymous", f"unnamed common noun '{noun.text}'"
        if common and noun.tag_ in {"NNS", "NNPS"} and (number(head) is not None or quantity(head)):
            # "two of the inspectors", "one of the guards", "dozens of witnesses": some of a group of unnamed people
            return "anonymous", f"'{head.text}' of the unnamed '{noun.text}'"
        return "unknown", ""

    def mission_sender(self, noun: Token, entity_types: dict[int, str]) -> Token | None:
        """The party that sends a mission or delegation: its possessor ("the Saltmere Union's mission", "Vessany's
        mission"), the object of its "of" ("the observer mission of the Almer Forum"), a name before it ("the Almer
        Forum mission") or a state's adjective ("the Kessian delegation"), when it is a body or a state (a state's
        organ is typed GPE); else None."""
        # the words of a named mission's own name ('the Verrand Monitoring Mission') send nothing, unless they name
        # a state ('the Kessian Mission to the League')
        owners = [c for c in noun.children if c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN" and
                  noun.pos_ == "NOUN" or c.dep_ in {"amod", "compound"} and entity_types.get(c.i) in {"GPE", "NORP"}]
        owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]
        states = self.states(noun.doc)
        return next((o for o in owners if entity_types.get(o.i) in {"ORG", "GPE", "NORP"} or o.lower_ in states),
                    None)

    def state_service(self, noun: Token) -> str | None:
        """The word that makes a service or a guard a state's ('the Secret Service', 'its counter-intelligence
        service', 'the security services', 'the coast guard'): one of state_services (state_guards for a guard)
        among the words before the noun in its phrase; else None."""
        if noun.lower_ in self.service_heads:
            marks = self.state_services
        elif noun.lower_ in self.guard_heads:
            if noun.tag_ == "NN" and any(c.dep_ in {"det", "nummod"} and c.lower_ in {"a", "an", "one"}
                                         for c in noun.children):
                return None  # "a border guard said": one of the force, a person
            marks = self.state_guards
        else:
            return None
        return next((t.lower_ for t in noun.subtree if t.i < noun.i and t.lower_ in marks), None)

    def channel_owner(self, noun: Token, entity_types: dict[int, str]) -> Token | None:
        """The party that publishes through a channel ("the navy's website", "his account", "the Tessel Foundation
        website"), when it is no news outlet; None for a channel no one owns or an outlet's."""
        owner = next((c for c in noun.children if c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN"),
                     None)
        if owner is None:
            return None
        words_ = [t for t in owner.subtree if t.text not in {"'s", "’s", "'", "’"}]
        if any(entity_types.get(t.i) == "OUTLET" or t.lower_ in self.nameplates or t.lemma_.lower() in self.outlets
               for t in words_):
            return None
        return owner

    def person_like(self, noun: Token) -> bool:
        """Whether a common noun names a person or people: the people lexicons, an agent noun, or one of CAMEO's
        generic agents ('prisoner', 'hostage')."""
        lemma = noun.lemma_.lower()
        return self.personal_noun(noun) or self.person_noun(lemma) or lemma in self.people | self.agents

    def text_participle(self, verb: Token) -> bool:
        """Whether a verb is a participle of what texts undergo (document_participles) with its 'by' agent: 'seen by
        the wire', 'obtained by the Ledger'."""
        return verb.tag_ == "VBN" and verb.lemma_.lower() in self.document_participles \
            and any(c.dep_ == "agent" for c in verb.children)

    def handled_as_a_text(self, noun: Token) -> str | None:
        """The words of a participle with its agent that a text undergoes ('seen by the wire', 'obtained by the
        Ledger', 'released by her office'), said of the noun, as a reduced or a full relative clause ('the audit,
        which was seen by the Courier'); else None. People are seen and released too, so the caller asks it only of
        nouns that name no person. A participle that only a text undergoes qualifies one alone, before the noun ('a
        leaked intercept'; text_modifiers of attribution.yaml)."""
        early = next((c for c in noun.children if c.dep_ == "amod" and c.i < noun.i and
                      c.lower_ in self.text_modifiers), None)
        if early is not None:
            return early.text
        for clause in noun.children:
            if clause.dep_ not in {"acl", "relcl"} or not self.text_participle(clause):
                continue
            if clause.dep_ == "acl" or any(c.dep_ == "nsubjpass" and c.tag_ in {"WDT", "WP"} for c in clause.children):
                start = clause.i if clause.dep_ == "acl" else clause.left_edge.i
                return noun.doc[start:clause.right_edge.i + 1].text
        return None

    @staticmethod
    def speaks_on_terms(noun: Token, record: AttributionRecord) -> str | None:
        """The words of a clause stating the terms a source speaks on (see `states_speaking_terms`), hung on the
        source's noun ('an aide, who asked not to be named,') or on the reporting verb between the source and the
        verb ('a figure, speaking on condition of anonymity, said', where the parser takes the participle for the
        verb's); else None."""
        clauses = [c for t in noun.subtree for c in t.children if c.dep_ in {"acl", "relcl"} and c.i > noun.i]
        verbs = [t for s in record.cue for t in s if t.i > noun.i]
        clauses += [c for v in verbs[:1] for c in v.children if c.dep_ == "advcl" and noun.i < c.i < v.i]
        clause = next((c for c in clauses if states_speaking_terms(c)), None)
        if clause is None:
            return None
        return noun.doc[clause.left_edge.i:clause.right_edge.i + 1].text

    def capitalised_common(self, noun: Token) -> str | None:
        """The common noun a sentence-initial word the tagger took for a name stands for ('Records show', 'Polls
        suggest'), when its lowercase form, or that form's singular, is a source noun of this lexicon; else None. A
        word the article names an entity with ('Banks' after 'Tyra Banks') is the caller's to keep a name."""
        if noun.pos_ != "PROPN" or noun.ent_type_ or not noun.is_sent_start or not noun.is_title:
            return None
        low = noun.lower_
        forms = [low] + ([low[:-3] + "y", low[:-2], low[:-1]] if low.endswith("ies") else
                         [low[:-2], low[:-1]] if low.endswith("es") else [low[:-1]] if low.endswith("s") else [])
        known = self.documents | self.outlets | self.organizations | self.governments | self.anonymous
        return next((form for form in forms if form in known), None)

    def named_group(self, noun: Token, head: Token, record: AttributionRecord,
                    entity_types: dict[int, str]) -> str | None:
        """'Vessak supporters said', 'Dorlan backers say': a plural common noun of people that a name only
        qualifies is a group none of whom is named, an unnamed source, not the named person or body (PolNeAR train:
        65 text matches of a capitalised name before a plural noun of people and a reporting verb, 55 with a gold
        source on those words; scripts/count_constructions.py, 'named group'), and so is one a place or person
        named after it places or describes. Returns the reason, or None."""
        if noun.tag_ != "NNS" or noun.i != head.i:
            return None
        names = [t for s in record.source for t in s if t.i in entity_types and t.i != noun.i]
        if not names or any(t.head.i != noun.i and noun not in t.ancestors for t in names):
            return None
        if all(t.i < noun.i for t in names):
            return f"'{noun.text}' of a group qualified by the name '{names[0].text}', none of them named"
        count = noun_count(noun)
        if count is not None and count > 1:
            # "Two pilots flying for the carrier Northwind", "three members of the Varsk council": people counted
            # one by one speak for themselves, whatever body a name after them says they serve, as every counted
            # plural source of the golds is anonymous ("two residents", "Two Kestravian army officers"); only an
            # uncounted staff speaks for its body ("Analysts at the firm Lodemark", see institutional_voice)
            return f"'{noun.text}' counted ({count}), none of them named"
        # "Traders at the Helvin crossing said", "supporters of Hillary Clinton say", "Critics, including the former
        # minister X, say": a place or person named in a phrase the plural takes after it says where the group is
        # or whom it backs, and none of the group is named (PolNeAR train: 14 gold sources of this shape, 'policy
        # makers in Beijing' 5, 'supporters of ...' 3, 'voters outside metro New York', 'protest organizers in
        # Cleveland', 'conservatives in Hollywood', 'citizens across the West', 'leaders of ...'); staff at a
        # named body ('economists at the Harbour Savings Bank') speak for it, and keep its kind
        preps = [c for c in noun.children if c.dep_ == "prep" and c.i > noun.i]
        if all(t.i < noun.i or _placing(t, entity_types) and any(p in t.ancestors for p in preps) for t in names):
            return f"'{noun.text}' of a group placed or described by the name '{names[0].text}', none of them named"
        return None

    def institutional_voice(self, noun: Token) -> tuple[str, str] | None:
        """'Analysts at the firm Brightwater said', 'local health officials said': an uncounted plural of office
        holders or staff speaks for the body it belongs to, unlike 'two officials familiar with the talks', who
        are people speaking on their own. Returns None for anyone counted, singled out or described as informed."""
        if noun.tag_ not in {"NNS", "NNPS"} or noun_count(noun) is not None or noun.i != noun.head.i and \
                noun.dep_ == "pobj":
            return None
        if noun.lemma_.lower() in self.dwellers:
            return None  # "Residents of Vell": the name says where they live, not whose staff they are
        if any(c.dep_ in {"amod", "acl", "relcl"} and c.lemma_.lower() in INFORMED for c in noun.children):
            return None
        # "Officials, speaking on condition of anonymity, said": the parser hangs the participle on the verb
        verb = noun.head
        if noun.dep_ in {"nsubj", "nsubjpass"} and any(
                c.dep_ == "advcl" and noun.i < c.i < verb.i and c.lemma_.lower() in INFORMED for c in verb.children):
            return None
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"at", "of", "from", "for"}):
            body = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if body is None:
                continue
            named = body.pos_ == "PROPN" or any(c.dep_ in {"compound", "appos"} and c.pos_ == "PROPN"
                                                  for c in body.subtree)
            word = body.lemma_.lower()
            if word in self.governments or body.lower_ in self.states(noun.doc):
                return "government", f"'{noun.text}' of a government body"
            if named or word in self.organizations:
                return "organization", f"'{noun.text}' of an organisation"
        # "the firm's analysts", "the ministry's officials": the body named by its class noun as the staff's owner,
        # as 'analysts at the firm' (a person owning them, 'the senator's advisers', is no body they speak for)
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
        if owner is not None:
            word = owner.lemma_.lower()
            if word in self.governments:
                return "government", f"'{noun.text}' of a government body"
            if word in self.organizations:
                return "organization", f"'{noun.text}' of an organisation"
        if noun.lemma_.lower() in self.office_holders:
            return "government", f"uncounted '{noun.text}' speak for their office"
        return None

    def states(self, doc) -> frozenset[str]:
        """Names that own a minister, a ministry, an army ... somewhere in the document: 'Orland's defence minister'.
        Only a name standing alone counts, not the last word of a longer one."""
        cached = getattr(self, "_states", None)
        if cached is not None and cached[0] is doc:
            return cached[1]
        names = set()
        table = token_table(doc)  # every word of the text: the table's strings rather than a Token each
        dep, lower = table.dep, table.lower
        for i, (d, p) in enumerate(zip(dep, table.pos)):
            if d == "poss" and p == "PROPN" and not any(dep[c] == "compound" for c in table.children[i]):
                owned = table.head[i]
                if table.lemma[owned] in self.state_heads or lower[owned] in self.state_heads:
                    names.add(lower[i])
        found = frozenset(names)
        self._states = (doc, found)
        return found

    def apposition(self, noun: Token, entity_types: dict[int, str] | None = None,
                   content: set[int] | None = None) -> tuple[str, str] | None:
        """'Orland's president, Ivo Brannock' (a role named in apposition) is a person; 'the Harbour Brigades, an
        armed group' takes the kind its descriptor gives. An apposition the content holds describes no source:
        'According to the Gazette, the company, a shipping group, paid', where the parser hangs the clause's subject
        on the source."""
        role = noun.lemma_.lower() in self.titles | self.anonymous
        personal = noun.pos_ == "NOUN" and self.person_like(noun)
        # an office of one person (a title, a descriptor, CAMEO's envoys and ambassadors), where an agent noun
        # ('the ferry's operator, Norsk Line') may be a firm
        office = role or noun.lemma_.lower() in self.agents
        if noun.pos_ == "NOUN" and (role or personal):
            # "the governor of Telmark, Radu Fensk", "the director of the hospital in Varn, Ana Ruiz": the parser
            # hangs the name on the last name of the role's phrase rather than on the role (PolNeAR train: 7 gold
            # sources 'the director of X, NAME', 'a spokesman for X, NAME', each one named person; weak)
            for place in self.role_phrase_names(noun):
                if any(a.dep_ == "appos" and a.pos_ == "PROPN" and (a.ent_type_ in {"PERSON", ""} or
                                                                     office and self.office_holder(a)) and
                       a.i > place.i + 1 and a.doc[a.left_edge.i - 1].text == "," for a in place.children):
                    return "person", f"'{noun.text}' of '{place.text}' named in apposition"
        for appos in (c for c in noun.children if c.dep_ == "appos" and c.i not in (content or ())):
            named = (entity_types or {}).get(appos.i)
            classed = self.class_noun_kind(noun) if appos.pos_ == "PROPN" and appos.left_edge.i == noun.i + 1 else None
            if classed is not None:
                # "the news site Brindlepost": a class noun right before the name (no comma between) says what kind
                # of party the name is, whatever type the tagger gave a name no gazetteer knows
                return classed, f"'{appos.text}' after the class noun '{noun.text}'"
            if noun.pos_ == "NOUN" and appos.pos_ == "PROPN" and named in ENTITY_KINDS and named != "PERSON" and \
                    not (office and self.office_holder(appos)):
                # "the ferry's operator, Norsk Line": the name says what kind of party holds the role
                return ENTITY_KINDS[named], f"'{noun.text}' named in apposition, entity type {named}"
            # the name's type is the entity's, where the recogniser typed its words otherwise ('the League's envoy,
            # Ines Varga', with 'Varga' tagged ORG beside the League)
            if (noun.pos_ == "NOUN" or (role and noun.lower_ in self.titles)) and appos.pos_ == "PROPN" and \
                    (role or appos.ent_type_ in {"PERSON", ""} or named == "PERSON") and \
                    (personal or noun.lemma_.lower() not in self.organizations | self.governments | self.documents):
                # a role with a name is that person, whatever type the name was given ('the mayor, X'); a noun of
                # people that also names an office ('a prosecutor, X') is one person when a name follows it
                return "person", f"'{noun.text}' named in apposition"
            if noun.pos_ == "PROPN" and appos.pos_ == "NOUN":
                word = appos.lemma_.lower()
                first = appos.doc[appos.left_edge.i + 1] if appos.left_edge.lower_ in {"a", "an"} else None
                if first is not None and first.dep_ == "amod" and first.head.i == appos.i and \
                        first.lower_ in self.outlets:
                    # "the Varn Courant, a daily close to the opposition": the parser reads the descriptor as an
                    # adjective of the word after it
                    word = first.lower_
                for kind, nouns in (("government", self.governments), ("organization", self.organizations),
                                    ("outlet", self.outlets), ("document", self.documents),
                                    ("person", self.anonymous | self.titles)):
                    if word in nouns or appos.lower_ in nouns:
                        return kind, f"apposition '{word}'"
        return None

    def described_elsewhere(self, source: list[Span]) -> tuple[str, str] | None:
        """'Open Hands said' after 'the relief group Open Hands' or 'Open Hands, a relief group,': a bare name the
        text describes elsewhere with a class noun of a body, an outlet or a text is of that kind (the class noun
        before the name or in apposition after it), not a person's name."""
        if len(source) != 1:
            return None
        span = source[0]
        words_ = [t.lower_ for t in span if t.lower_ != "the"]
        if not words_:
            return None
        doc = span.doc
        first = words_[0]
        for start in (t.i for t in doc if t.lower_ == first and not span.start <= t.i < span.end):
            end = start + len(words_)
            if end > len(doc) or [t.lower_ for t in doc[start:end]] != words_:
                continue
            name = doc[end - 1]
            # the class noun before the name, which the name is set beside or which modifies it ('the relief
            # group Open Hands'), or in apposition after it; a name that modifies a noun ('the Varn campaign')
            # owns what the noun names and is not described by it
            nouns = [name.head] if name.dep_ == "appos" and name.head.i < start else []
            nouns += [c for c in name.children if c.dep_ == "appos" and c.i >= end or
                      c.dep_ in {"compound", "nmod"} and c.i < start]
            for noun in nouns:
                kind = self.class_noun_kind(noun)
                if kind is not None:
                    return kind, f"'{span.text}' described elsewhere as '{noun.text}'"
        return None

    def office_holder(self, name: Token) -> bool:
        """Whether a name typed as an organisation, set beside an office or a descriptor of people ('the mayor of
        Brint, Ola Persen', 'the special representative for Marvia, Olek Stam'), names the one who holds it: the
        recogniser may type an unknown personal name as an organisation (or run it into the place before it), but
        a short name of capitalised words with no organisation word in it, beside such a role, is that person. The
        golds of tests/data/singles and the dev singles write 41 of their 43 sources of a noun with a name in
        apposition as a person; the other two name a firm and a charity beside no role ('The engineers' employer,
        Dabrow Metals')."""
        words_ = list(name.subtree)
        return name.ent_type_ == "ORG" and 2 <= len(words_) <= 3 and all(
            t.pos_ == "PROPN" and t.is_title and t.lemma_.lower() not in self.organizations for t in words_)

    def class_noun_kind(self, noun: Token) -> str | None:
        """The kind of party a class noun set before or beside a name makes it ('the relief group', 'the news
        site', 'the ministry'); None for a noun of no party's class."""
        if noun.pos_ != "NOUN":
            return None
        word = noun.lemma_.lower()
        if word in self.news_bodies and self.news_modifier(noun) is not None:
            return "outlet"
        for kind, lexicon in (("organization", self.organizations), ("government", self.governments),
                              ("outlet", self.outlets)):
            if word in lexicon:
                return kind
        return None

    def news_modifier(self, noun: Token) -> Token | None:
        """The word that makes a noun a news body ('news' in 'the news agency', 'wire' in 'a wire service'):
        a compound or adjective on it among news_modifiers; None without one."""
        return next((c for c in noun.children if c.dep_ in {"compound", "amod"} and c.lower_ in self.news_modifiers),
                    None)

    def class_before_name(self, noun: Token) -> tuple[str, str] | None:
        """'according to the news site Ledgerline', 'the charity Open Wake said': a lowercase class noun right
        before a name, in the name's own phrase, says what kind of party the name is, whatever type the tagger gave
        a name no gazetteer knows. Only the word right before the name counts: in 'ministry spokeswoman Ana Vell'
        the noun before the name is the role, and 'ministry' the role's."""
        first = noun.left_edge if noun.left_edge.i < noun.i else noun
        while first.i < noun.i and not (first.pos_ == "PROPN" and first.head.i == noun.i or first.head.pos_ == "PROPN"
                                        and first.pos_ == "PROPN"):
            first = noun.doc[first.i + 1]
        before = noun.doc[first.i - 1] if first.i > 0 else None
        if before is None or before.head.i != noun.i or before.dep_ not in {"compound", "nmod"} or not before.is_lower:
            return None
        kind = self.class_noun_kind(before)
        return (kind, f"'{noun.text}' after the class noun '{before.text}'") if kind is not None else None

    def international_name(self, noun: Token) -> bool:
        """Whether a name calls its body international or worldwide ('the International Migration Office', 'the
        World Anti-Doping Agency'): one of international_words among the name's words before its head. A state's own
        ministry or department so named ("Varnia's International Trade Ministry") names its remit, not its reach."""
        if noun.lemma_.lower() in {"ministry", "department"} or any(c.dep_ == "poss" for c in noun.children):
            return False  # a ministry or department is a state's organ by definition, and so is an owned body
        return any(t.lower_ in self.international for t in noun.subtree if t.i < noun.i and t.pos_ == "PROPN")

    @staticmethod
    def role_phrase_names(noun: Token) -> list[Token]:
        """The names that end the prepositional phrases of a role, followed down from it ('the director of the
        hospital in Varn' -> Varn): where the parser hangs a name set off after the whole phrase."""
        found: list[Token] = []
        todo = [noun]
        while todo:
            word = todo.pop()
            for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ in {"of", "in", "at", "for"}):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    if obj.pos_ == "PROPN":
                        found.append(obj)
                    todo.append(obj)
        return found

    def inquiry_agent(self, noun: Token) -> Span | None:
        """The agent of a common noun of inquiry, 'by the Review' in 'an investigation by the Review'; None where
        the noun is itself a kind of party or text (a report, an official, a ministry), which keeps its own kind."""
        if noun.pos_ != "NOUN":
            return None
        lemma = noun.lemma_.lower()
        if lemma in self.anonymous | self.titles | self.outlets | self.documents | self.organizations | \
                self.governments:
            return None
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        agent = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if agent is None:
            return None
        return noun.doc[agent.left_edge.i:agent.right_edge.i + 1]

    def noun_head(self, head: Token) -> Token:
        """'one of the sources' is about the sources: look through a partitive to its noun, also after a noun of
        quantity ('dozens of witnesses', 'a handful of lawmakers')."""
        if head.pos_ in {"NUM", "PRON", "ADJ"} or head.lower_ in {"one", "some", "each", "none", "many"} or \
                quantity(head):
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is not None:
                obj = next((c for c in of.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
        return head

    def count(self, record: AttributionRecord) -> int | None:
        """How many people an anonymous source counts: 'two people' 2, 'an official' 1, 'officials' unknown."""
        head = self.head(record.source)
        if head is None:
            return None
        noun = self.noun_head(head)
        if noun.i != head.i and one_picked_out(head):
            return 1  # "the first of the two", "the younger of them": one member of the group
        if noun.i != head.i and quantity(head):
            # "a handful of lawmakers" is a group of unknown size, not one; "a pair of envoys" two
            return QUANTITY_NOUNS.get(head.lemma_.lower(), QUANTITY_NOUNS.get(head.lower_))
        if noun.i != head.i or head.pos_ == "NUM":  # "one of the sources", "two of the officials", "one said"
            return number(head)
        if lone_ordinal(head) or (head.lower_ == "another" and head.dep_ in {"nsubj", "nsubjpass"}):
            return 1  # "the second said", "another said": one of the group
        if lone_both(head):
            return 2  # "Both said": the pair
        if noun.i == head.i and quantity(noun) and QUANTITY_NOUNS.get(noun.lemma_.lower()) is not None and \
                any(c.dep_ == "det" for c in noun.children):
            return QUANTITY_NOUNS[noun.lemma_.lower()]  # "the pair said", "the trio": the number the noun names
        own = noun_count(noun)
        # "a senior official and a diplomat": coordinated descriptors add up, when every one of them is counted
        others = [noun_count(c) for c in noun.conjuncts if c.i > noun.i and c.pos_ == "NOUN"]
        if own is not None and others and all(n is not None for n in others):
            record.evidence["count_by"] = "coordinated descriptors"
            return own + sum(others)
        return own


def report_before_participle(verb: Token) -> Token | None:
    """'A cutter rammed a fishing boat, Linvaro's foreign ministry said, calling the collision piracy': the parser may
    hang the report that follows its content on the content's verb, and the participle set off after the report on
    that verb too; the participle goes on the report nearest before it, so its speaker is the report's subject
    (PolNeAR train: of 37 participles set off after '<speaker> said|says' that follows its content, 35 carry a gold
    cue, each with that speaker for source; 4 of 4 after content with no quotation marks). None where no reporting
    verb with a subject of its own stands between the participle's head and the participle, right before it."""
    clause = verb.head
    if verb.dep_ != "advcl" or clause.i >= verb.i:
        return None
    reports = mostly_reporting_verbs()
    for report in clause.children:
        if report.dep_ not in {"conj", "parataxis"} or not clause.i < report.i < verb.i or \
                report.lemma_.lower() not in reports or report.right_edge.i + 2 < verb.i:
            continue
        subject = next((c for c in report.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > clause.i), None)
        if subject is not None:
            return subject
    return None


def in_reported_clause(source: set[int], subject: Token) -> bool:
    """Whether words lie in the clause a report after its content gives ('Soldiers fired on the crowd, the group
    said, calling it a massacre': 'Soldiers'), the parser having hung the report on that clause: before the report's
    subject and outside the report's own words. No speaker of the report stands there."""
    report = subject.head
    if report.dep_ not in {"conj", "parataxis"} or report.head.i > subject.i or \
            report.lemma_.lower() not in mostly_reporting_verbs():
        return False
    return max(source) < subject.left_edge.i and not source & {t.i for t in report.subtree}


def governing_subject(verb: Token) -> Token | None:
    """The subject of the clause a participle hangs on, through the phrases and clauses between them ('X said C,
    adding D, and calling E' reaches X)."""
    token = verb
    for _ in range(6):
        up = token.head
        if up.i == token.i or token.dep_ not in {"advcl", "conj", "xcomp", "pcomp", "pobj", "prep"}:
            return None
        subject = next((c for c in up.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and up.pos_ in {"VERB", "AUX"}:
            return subject
        token = up
    return None


def quantity(head: Token) -> bool:
    """Whether a noun is one of quantity ('dozens', 'a handful', 'a pair') that a partitive may follow."""
    return head.pos_ == "NOUN" and (head.lemma_.lower() in QUANTITY_NOUNS or head.lower_ in QUANTITY_NOUNS)


def one_picked_out(head: Token) -> bool:
    """'the first of the two', 'the younger of them', 'the last of the officers': 'the' with an ordinal or a
    comparative or superlative adjective, heading a partitive, picks out one member of the group."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    return head.ent_type_ == "ORDINAL" or head.lower_ in LONE_ORDINALS or head.lower_ in {"first", "last"} or \
        (head.tag_ in {"JJR", "JJS"} and head.lower_ not in {"most", "more", "least", "fewer"})


# quantifiers that only go with a plural noun: "several backbench MPs", where the tagger reads the noun as singular
PLURAL_QUANTIFIERS = {"several", "many", "few", "numerous", "various", "multiple"}


def reads_plural(noun: Token) -> bool:
    """Whether a noun names more than one: a plural tag, or a noun the tagger left singular that is an acronym's
    plural ('MPs', 'CEOs') or carries a quantifier that only a plural takes ('several MPs')."""
    if noun.tag_ in {"NNS", "NNPS"}:
        return True
    acronym = len(noun.text) > 2 and noun.text.endswith("s") and noun.text[:-1].isupper()
    return noun.pos_ in {"NOUN", "PROPN"} and (acronym or any(
        c.dep_ in {"amod", "det"} and c.lower_ in PLURAL_QUANTIFIERS for c in noun.children))


def subject_in_opening_clause(verb: Token) -> Token | None:
    """'Speaking to the Post, a senior engineer said C': the parser hangs the subject on the opening participle's
    last noun as an apposition ('the Post, a senior engineer') and leaves the finite verb without one; the noun
    phrase that ends just before the verb, after a comma, is its subject. PolNeAR train: 17 text matches of an
    opening 'Speaking|Asked|Appearing|Writing ..., X said|told|wrote'."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    doc = verb.doc
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and c.tag_ in {"VBG", "VBN"}):
        for token in clause.subtree:
            if token.dep_ == "appos" and token.right_edge.i == verb.i - 1 and token.left_edge.i > clause.i + 1 \
                    and doc[token.left_edge.i - 1].text == ",":
                return token
    return None


NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def name_before_apposed_subject(subject: Token) -> int | None:
    """'Nordwatch, a company based in Tallrin, said C': the parser may read the sentence's opening name as an adverb
    or a fragment and make its apposition ('a company') the verb's subject. An indefinite subject set off by commas
    right after a capitalised name that opens the sentence is that name's apposition; the name starts the source.
    Returns the name's first token. PolNeAR train: 75 sentences opening 'X, a|an|the ..., reported|said|...', each
    with a gold source on X."""
    doc = subject.doc
    first = subject.left_edge.i
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subject.children):
        return None
    last = subject.right_edge.i
    closed = doc[last].text == "," or last + 1 < len(doc) and doc[last + 1].text == ","
    if first < 2 or doc[first - 1].text != "," or not closed:
        return None
    start = subject.sent.start
    name = list(doc[start:first - 1])
    if not name or len(name) > 5 or not all(t.is_title or t.lower_ == "the" and t.i == start for t in name) or \
            not any(t.pos_ == "PROPN" or t.ent_type_ for t in name[-1:]) and name[-1].tag_ != "RB":
        return None
    return start


def subject_read_as_modified(verb: Token) -> Token | None:
    """'The Sentinel, an Altmark newspaper, reported on Thursday that C': after a subject set off by an apposition
    the parser may read the reporting verb as a participle modifying the subject ('reported' acl of 'Sentinel') and
    leave the sentence a noun phrase with no verb. A noun that roots its sentence and has a reporting verb with a
    clause of its own hanging on it after a comma is that verb's subject. PolNeAR train: 75 text matches of a
    sentence opening 'X, a|an|the ..., reported|said|wrote|told|added|says|reports', every one a gold cue on the
    verb and a gold source on X."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.dep_ != "ROOT" or noun.pos_ not in {"NOUN", "PROPN"} or noun.i > verb.i:
        return None
    if verb.i == 0 or verb.doc[verb.i - 1].text != "," or not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    return noun


def noun_count(noun: Token) -> int | None:
    """The number a noun phrase's own words give: 'two people' 2, 'an official' 1, 'officials' None."""
    for child in noun.children:
        if child.dep_ in {"nummod", "det", "quantmod", "amod"} and number(child) is not None:
            if child.dep_ == "det" and noun.tag_ in {"NNS", "NNPS"} and number(child) == 1:
                continue  # 'an aircraft crews': the article belongs to another noun the parser skipped
            return number(child)
    if noun.tag_ in {"NN", "NNP"} and not reads_plural(noun):
        return 1
    return None


def number(token: Token) -> int | None:
    """The number a word says, 'two' or '2'; None for other words."""
    if token.like_num and token.text.isdigit():
        return int(token.text)
    return NUMBER_WORDS.get(token.lower_)


def singular(word: str) -> str:
    """A plural's regular singular ('pharmacists', 'bystanders'); irregular plurals are left as they are."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=1)
def verb_and_adjective_bases() -> tuple[frozenset[str], frozenset[str]]:
    """The base verbs and adjectives the parser's lemmatizer knows (its lookups' lemma_index, drawn from WordNet);
    empty when the tables are missing, and the people lexicons alone then decide."""
    try:
        from spacy.lookups import Lookups
        from spacy.util import get_package_path

        from ...settings import MODEL
        found = sorted(get_package_path(MODEL).glob("*/lemmatizer/lookups"))
        index = Lookups().from_disk(found[0]).get_table("lemma_index") if found else {}
        return frozenset(index.get("verb", [])), frozenset(index.get("adj", []))
    except (OSError, ImportError, KeyError, ValueError):
        return frozenset(), frozenset()


@lru_cache(maxsize=1)
def listed_people() -> frozenset[str]:
    """The attribution lexicon's nouns of people and descriptors of unnamed sources ('shopkeeper' aside)."""
    return words(LEXICON, "people_nouns") | words(LEXICON, "anonymous_descriptors")


def one_person_noun(word: str) -> bool:
    """A common noun of one person: listed among the people and descriptor nouns, or an agent noun ('worker',
    'shopkeeper'); the entity recogniser and coreference ask it of a noun in apposition or a rival antecedent."""
    return word in listed_people() or agent_noun(word)


def agent_noun(word: str) -> bool:
    """'-er'/'-or' on a verb ('bystander': stand, 'investor': invest, 'shopkeeper': keep), '-ist' or '-ian'
    ('pharmacist', 'physician'): the noun names who does, that is a person (or a body). PolNeAR train: of the 5,922
    lower-case gold source heads, 634 not in the people lexicons pass this test (voter 128, supporter 90, leader 88,
    strategist 38, governor 34, ...), 6 of them no person or body ('thriller', 'disclaimer', 'waiver', 'mailer',
    'server'); no reason cited in the 32 gold 'citing' contents passes it. Bases of three letters are left out
    ('letter', 'error', 'user'), and so are adjectives ('longer', 'number'): comparatives and chance forms."""
    verbs, adjectives = verb_and_adjective_bases()
    for suffix in ("er", "or"):
        if not word.endswith(suffix):
            continue
        stem = word[:-2]
        for base in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else "",
                     stem[:-1] + "y" if stem.endswith("i") else ""):
            # the base itself, or the verb a compound ends in ('shopkeep', 'firefight', 'bystand')
            for k in range(0, max(len(base) - 3, 0)):
                tail = base[k:]
                if len(tail) >= 4 and tail in verbs and tail not in adjectives:
                    return True
    # 'journalist', 'novelist', not a list ('checklist', 'shortlist')
    listed = word.endswith("list") and word[-5:-4] not in set("aeiouy")
    return word.endswith(("ist", "ian")) and len(word) >= 7 and not listed


@lru_cache(maxsize=None)
def focus_particles() -> frozenset[str]:
    """Words that weigh a phrase against expectation rather than name anything ('even'): attribution.yaml."""
    return words(LEXICON, "focus_particles")


def _placing(token: Token, entity_types) -> bool:
    """Whether a name word says where a group is or whom it follows: a place or a person, or a facility named
    before its lower-case noun ("farmers near the Dorrin bridge", as "traders at the Helvin crossing"), unlike a
    body named for a building ("the Carrow Centre for Ocean Studies")."""
    kind = entity_types[token.i]
    noun = token if token.is_lower and token.pos_ == "NOUN" else token.head
    return kind in PLACES_AND_PEOPLE or kind == "FAC" and noun.is_lower and noun.pos_ == "NOUN"
