"""What our spaCy components leave on a Doc: token-level records, and the one place their extensions are registered.

Components talk to each other through these records (an event reads the entity behind a token, a claim reads the
attribution whose content holds it). `claimgraph.analysis` turns them into the contract's character-offset JSON.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span


@dataclass
class TimeMention:
    """A time expression resolved against the publication date."""

    span: Span
    value: str | None            # "YYYY", "YYYY-MM", "YYYY-MM-DD" or None when it cannot be placed
    granularity: str             # "year" | "month" | "day" | "duration" | "time" | ...
    modifier: str | None = None  # "start" | "mid" | "end" for "early/mid/late September"


@dataclass
class EntityCluster:
    """One real-world thing and every mention of it in the document."""

    name: str                    # canonical name
    type: str                    # PERSON, ORG, GPE, OUTLET, EQUIPMENT, ...
    mentions: list[Span] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    category: str | None = None  # finer kind from the gazetteer: armed_group, wire_service, air_defense_system ...
    wikidata: str | None = None
    provenance: str | None = None  # where the gazetteer entry behind it comes from
    type_evidence: list = field(default_factory=list)  # (type, rule, Span): the words that say what it is


@dataclass
class AttributionRecord:
    """Who says what: source, cue and content spans, and how the attribution chains to others (indices)."""

    cue: list[Span]
    content: list[Span]
    source: list[Span] = field(default_factory=list)
    source_kind: str = "unknown"
    source_count: int | None = None
    source_entity: int | None = None  # index into doc._.cg_entities
    parent: int | None = None         # index into doc._.cg_attributions
    refers_to: int | None = None      # index into doc._.cg_attributions
    time: int | None = None           # index into doc._.cg_times
    evidence: dict = field(default_factory=dict)  # how a judgement that could go either way was made

    def content_tokens(self) -> set[int]:
        return {i for span in self.content for i in range(span.start, span.end)}  # no Token object a word


@dataclass
class CertaintyRecord:
    """Factuality of one event predicate, with the spans of the words that moved it from 'certain'."""

    value: int
    cues: list[Span] = field(default_factory=list)
    score: float | None = None  # the model's unrounded value, when a model set it


@dataclass
class EventRecord:
    """Who did what to whom: a PLOVER-typed event and its roles."""

    type: str
    trigger: Span
    mode: str | None = None
    roles: dict[str, int] = field(default_factory=dict)  # role -> entity index; "time" -> time index
    # the act announced when the event is its announcement: "plans to freeze the assets" is a THREATEN of SANCTION
    act: str | None = None
    role_spans: dict[str, Span] = field(default_factory=dict)  # role -> the words filling it
    about: int | None = None  # index of the event this one is about ("agreed" -> "provide")
    mentions: list[Span] = field(default_factory=list)  # later words for the same event ("the delivery", "it")


@dataclass
class RelationRecord:
    type: str       # "leader_of" | "alias" | ...
    subject: str    # entity name, or the alias text for "alias"
    object: str
    evidence: Span


@dataclass
class MarkerRecord:
    kind: str              # "novelty" | "label" | "denial" | ...
    span: Span
    about_attribution: int | None = None
    about_entity: int | None = None


# name -> what the extension holds; defaults are None so that no two Docs share one mutable list
EXTENSIONS = {
    "cg_published": "publication date, YYYY-MM-DD, set before the pipeline runs",
    "cg_outlet": "the outlet publishing the document, when known",
    "cg_front_matter": "character offset where the story begins, past captions and credits",
    "cg_times": "list[TimeMention]",
    "cg_entities": "list[EntityCluster]",
    "cg_attributions": "list[AttributionRecord]",
    "cg_certainty": "dict[token index, CertaintyRecord] for event predicates",
    "cg_events": "list[EventRecord]",
    "cg_relations": "list[RelationRecord]",
    "cg_markers": "list[MarkerRecord]",
}


def register_extensions() -> None:
    """Register the Doc extensions once; components call this when they are built, never at import."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def entity_index(doc: Doc) -> dict[int, int]:
    """Token index -> index of the entity cluster one of whose mentions covers it."""
    index: dict[int, int] = {}
    for k, cluster in enumerate(doc._.cg_entities or []):
        for mention in cluster.mentions:
            for token in mention:
                index.setdefault(token.i, k)
    return index


def story_start_token(doc: Doc) -> int:
    """First token of the story proper: mentions and claims are never taken from captions before it."""
    start_char = doc._.cg_front_matter or 0
    for token in doc:
        if token.idx >= start_char:
            return token.i
    return len(doc)
