"""Who says it: the source's words, what kind of source it is, and how many people it counts."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ...lexicon import words
from ..annotations import AttributionRecord
from ..tokens import subtree, trim
from .cues import Cue

LEXICON = "attribution.yaml"
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "a": 1, "an": 1, "both": 2, "another": 1, "single": 1}
PERSON_PRONOUNS = {"he", "she", "i", "me", "him", "her", "we", "you"}
ENTITY_KINDS = {"OUTLET": "outlet", "PERSON": "person", "GPE": "government", "ORG": "organization",
                "NORP": "organization"}


class SourceReader:
    """Reads sources off the parse; the descriptor nouns come from attribution.yaml."""

    def __init__(self) -> None:
        self.anonymous = words(LEXICON, "anonymous_descriptors")
        self.documents = words(LEXICON, "document_nouns")
        self.outlets = words(LEXICON, "outlet_descriptors")

    # -- the words -------------------------------------------------------------------------------------------
    def source_of(self, cue: Cue, content: set[int]) -> set[int]:
        doc = cue.head.doc
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
            subj = next((c for c in node.children if c.dep_ in SUBJECT_DEPS and c.i not in content), None)
            if subj is not None:
                return trim(node.doc, subtree(subj) - content)
            agent = next((c for c in node.children if c.dep_ == "agent"), None)
            if agent is not None:
                obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return trim(node.doc, subtree(obj))
            if node.dep_ in {"conj", "advcl", "xcomp", "acl"} and node.head != node:
                node = node.head
                continue
            break
        return set()

    def cited(self, cue: Cue) -> set[int]:
        """'citing two people familiar with the intelligence': the object of the citing verb."""
        obj = next((c for c in cue.head.children if c.dep_ in {"dobj", "obj"}), None)
        return trim(cue.head.doc, subtree(obj)) if obj is not None else set()

    # -- what kind, how many -----------------------------------------------------------------------------------
    def head(self, source: list[Span]) -> Token | None:
        if not source:
            return None
        return source[0].root if len(source) == 1 else min((s.root for s in source), key=lambda t: t.i)

    def kind(self, record: AttributionRecord, entity_types: dict[int, str]) -> str:
        """outlet | person | organization | government | anonymous | document | unknown."""
        head = self.head(record.source)
        if head is None:
            return "unknown"
        noun = self.noun_head(head)
        lemma = noun.lemma_.lower()
        text = noun.lower_
        named = [entity_types[t.i] for s in record.source for t in s if t.i in entity_types]
        if noun.i in entity_types:
            return ENTITY_KINDS.get(entity_types[noun.i], "organization")
        if lemma in self.anonymous or text in self.anonymous:
            # "a US official": a descriptor, even when a place or agency qualifies it; a named person is not
            return "person" if "PERSON" in named else "anonymous"
        if lemma in self.outlets:
            return "outlet"
        if lemma in self.documents:
            return "document"
        if named:
            return ENTITY_KINDS.get(named[0], "organization")
        if noun.ent_type_ in ENTITY_KINDS:
            return ENTITY_KINDS[noun.ent_type_]
        if text in PERSON_PRONOUNS or (noun.pos_ == "PROPN" and noun.ent_type_ == ""):
            return "person"
        return "unknown"

    def noun_head(self, head: Token) -> Token:
        """'one of the sources' is about the sources: look through a partitive to its noun."""
        if head.pos_ in {"NUM", "PRON", "ADJ"} or head.lower_ in {"one", "some", "each", "none", "many"}:
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
        if noun.i != head.i:  # a partitive: "one of the sources", "two of the officials"
            return number(head)
        for child in noun.children:
            if child.dep_ in {"nummod", "det", "quantmod", "amod"} and number(child) is not None:
                return number(child)
        if noun.tag_ in {"NN", "NNP"}:
            return 1
        return None


def number(token: Token) -> int | None:
    """The number a word says, 'two' or '2'; None for other words."""
    if token.like_num and token.text.isdigit():
        return int(token.text)
    return NUMBER_WORDS.get(token.lower_)


