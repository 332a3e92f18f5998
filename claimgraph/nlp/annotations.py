"""What our spaCy components leave on a Doc: spans groups, the records read from them, and their extensions.

Each component finds records (a time, an entity, an attribution ...) and writes them to `doc.spans["cg_*"]` groups,
with the links between them (an attribution's source entity, an event's roles) as span extensions and group attrs;
the groups are all a saved or shipped Doc needs. Later components and `claimgraph.analysis` read the records back
through the views `doc._.cg_times`, `doc._.cg_entities`, ... which are built from the groups.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any, Callable

from spacy.tokens import Doc, Span, SpanGroup


@dataclass
class TimeMention:
    """A time expression resolved against the publication date."""

    span: Span
    value: str | None            # "YYYY", "YYYY-MM", "YYYY-MM-DD" or None when it cannot be placed
    granularity: str             # "year" | "month" | "day" | "duration" | "time" | ...
    # "start" | "mid" | "end" for "early/mid/late September"; "before" | "until" | "since" | "after" for a bounding
    # preposition ("by Monday", "until June", "since 2019", "after June") or "as early as"; "approx" for a point
    # counted from another ("two days after the vote", "in two weeks"); None for a time placed plainly
    modifier: str | None = None
    end_value: str | None = None  # the last point of a range ("3 to 5 March"), value being its first


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
    # the pronouns and descriptions joined to it ("the group"), each with the mention it was read back to and how:
    # {"start", "end", "text", "antecedent": {"start", "end", "text"}, "by"} (character offsets)
    coreference: list = field(default_factory=list)


@dataclass
class AttributionRecord:
    """Who says what: source, cue and content spans, and how the attribution chains to others (indices)."""

    cue: list[Span]
    content: list[Span]
    source: list[Span] = field(default_factory=list)
    source_kind: str = "unknown"
    source_count: int | None = None
    source_entity: int | None = None  # index into the entities
    parent: int | None = None         # index into the attributions
    refers_to: int | None = None      # index into the attributions
    time: int | None = None           # index into the times
    evidence: dict = field(default_factory=dict)  # how a judgement that could go either way was made

    def content_tokens(self) -> set[int]:
        """The token indices of the content's words (a new set each call: callers may change it)."""
        # asked of every attribution by many rules in turn: the set is kept with the spans' bounds it was made from,
        # and made again when the content changes
        key = tuple([(span.start, span.end) for span in self.content])
        cached = self.__dict__.get("_content_tokens")
        if cached is None or cached[0] != key:
            cached = self.__dict__["_content_tokens"] = (key, {i for a, b in key for i in range(a, b)})
        return set(cached[1])


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
    kind: str              # "novelty" | "unverified" | "false" | "unsupported" | "label" | "denial"
    span: Span
    about_attribution: int | None = None
    about_entity: int | None = None


# Doc extensions holding plain values; the results themselves are in spans groups (GROUPS below)
EXTENSIONS = {
    "cg_published": "publication date, YYYY-MM-DD: dates are resolved against it",
    "cg_outlet": "the outlet publishing the document, when known",
    "cg_front_matter": "character offset where the story begins, past captions and credits",
}


def register_extensions() -> None:
    """Register the extensions once; components call this when they are built, never at import."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in VIEWS:
        if not Doc.has_extension(name):
            write = _WRITERS[name]
            Doc.set_extension(name, getter=functools.partial(view, name=name),
                              setter=lambda doc, records, write=write: write(doc, records))
    for extension in GROUPS.values():
        if not Span.has_extension(extension):
            Span.set_extension(extension, default=None)


def entity_index(doc: Doc) -> dict[int, int]:
    """Token index -> index of the entity cluster one of whose mentions covers it."""
    index: dict[int, int] = {}
    for k, cluster in enumerate(doc._.cg_entities or []):
        for mention in cluster.mentions:
            for i in range(mention.start, mention.end):  # the positions, without a Token for each word
                index.setdefault(i, k)
    return index


def story_start_token(doc: Doc) -> int:
    """First token of the story proper: mentions and claims are never taken from captions before it."""
    start_char = doc._.cg_front_matter or 0
    for token in doc:
        if token.idx >= start_char:
            return token.i
    return len(doc)


# -- spans groups: where the components' results live on a Doc ---------------------------------------------------
# Each group holds the words of one kind of result; each span of a group carries, in the span extension named in
# GROUPS, the indices of the records those words serve (a list, because spaCy keys span extensions by character
# offsets: "the ministry" can be the source of two attributions). A record's own fields sit in the group's `attrs`.
GROUPS = {
    "cg_times": "cg_time",                      # time expressions; attrs["times"]: value, granularity, modifier
    "cg_entities": "cg_entity",                 # every mention; attrs["entities"]: name, type, aliases, ...
    "cg_type_evidence": "cg_type_evidence",     # the words that typed an entity: [entity, type, rule]
    "cg_cues": "cg_cue",                        # attribution cues; attrs["attributions"]: kind, count, parent, ...
    "cg_contents": "cg_content",                # what is attributed
    "cg_sources": "cg_source",                  # who it is attributed to
    "cg_certainty": "cg_certainty",             # rated event predicates; attrs["predicates"]: token, value, score
    "cg_certainty_cues": "cg_certainty_cue",    # the words that moved a predicate's certainty
    "cg_events": "cg_event",                    # event triggers; attrs["events"]: type, mode, act, roles, about
    "cg_event_roles": "cg_event_role",          # the words filling a role: [event, role]
    "cg_event_mentions": "cg_event_mention",    # later words for the same event
    "cg_relations": "cg_relation",              # the evidence of a relation; attrs["relations"]: type, subject, object
    "cg_markers": "cg_marker",                  # novelty, labels, denials; attrs["markers"]: kind, about
}
# the plain-record views of the groups, Doc extensions for the components' inner functions and analysis: reading one
# reads the groups, setting one (as a test on a hand-built Doc does) writes them
VIEWS = {
    "cg_times": "list[TimeMention], from the cg_times group",
    "cg_entities": "list[EntityCluster], from the cg_entities and cg_type_evidence groups",
    "cg_attributions": "list[AttributionRecord], from the cg_cues, cg_contents and cg_sources groups",
    "cg_certainty": "dict[token index, CertaintyRecord], from the cg_certainty and cg_certainty_cues groups",
    "cg_events": "list[EventRecord], from the cg_events, cg_event_roles and cg_event_mentions groups",
    "cg_relations": "list[RelationRecord], from the cg_relations group",
    "cg_markers": "list[MarkerRecord], from the cg_markers group",
}


def extension_key(extension: str, start_char: int, end_char: int) -> tuple:
    """Where spaCy keeps a span extension's value in doc.user_data (as `span._.set` does, by character offsets);
    the groups are written and read through it directly, which is several times cheaper on long documents."""
    return ("._.", extension, start_char, end_char)


def write_group(doc: Doc, name: str, items: list[tuple[Span, Any]], label: Callable[[Any], str] | None = None,
                **attrs: Any) -> None:
    """Set one spans group: each item is the words and what to record of them (an index, or a list)."""
    extension = GROUPS[name]
    if name in doc.spans:  # the values of a group written before go with it
        for span in doc.spans[name]:
            doc.user_data.pop(extension_key(extension, span.start_char, span.end_char), None)
    group = SpanGroup(doc, name=name, attrs=attrs)
    values: dict[tuple[int, int], list] = {}
    strings = doc.vocab.strings
    keys: dict[Any, int] = {}  # label -> its key in the string store
    for words, value in items:
        tag = label(value) if label else 0
        key = keys.get(tag)
        if key is None:
            key = keys[tag] = strings.add(tag) if isinstance(tag, str) else tag
        if type(words) is Span and words.doc is doc and not words.kb_id and not words.id:
            # the group keeps a copy of the span's bounds and label: the words' own span is appended under the
            # group's label and given its own back, the same entry as a new Span(doc, start, end, label) without
            # the two Tokens a new Span is made from
            own = words.label
            words.label = key
            group.append(words)
            words.label = own
        else:
            group.append(Span(doc, words.start, words.end, label=tag))
        values.setdefault((words.start_char, words.end_char), []).append(value)
    doc.spans[name] = group
    for (start_char, end_char), value in values.items():
        doc.user_data[extension_key(extension, start_char, end_char)] = value


def read_group(doc: Doc, name: str) -> list[tuple[Span, Any]]:
    """The words of a group (as plain spans, no label) each with what was recorded of them, in group order."""
    if name not in doc.spans:
        return []
    extension = GROUPS[name]
    seen: dict[tuple[int, int], int] = {}
    out = []
    for span in doc.spans[name]:
        key = (span.start_char, span.end_char)
        n = seen.get(key, 0)
        seen[key] = n + 1
        # Span(doc, start, end) is doc[start:end] without the slice's normalising (some 4 microseconds a span)
        out.append((Span(doc, span.start, span.end), doc.user_data[extension_key(extension, *key)][n]))
    return out


def group_attrs(doc: Doc, name: str, key: str) -> list:
    return doc.spans[name].attrs.get(key, []) if name in doc.spans else []


def set_times(doc: Doc, times: list[TimeMention]) -> None:
    write_group(doc, "cg_times", [(t.span, k) for k, t in enumerate(times)], lambda k: times[k].granularity,
                times=[{"value": t.value, "granularity": t.granularity, "modifier": t.modifier,
                       "end_value": t.end_value} for t in times])
    remember(doc, "cg_times", times)


def get_times(doc: Doc) -> list[TimeMention]:
    table = group_attrs(doc, "cg_times", "times")
    return [TimeMention(words, **table[k]) for words, k in read_group(doc, "cg_times")]


def set_entities(doc: Doc, clusters: list[EntityCluster]) -> None:
    write_group(doc, "cg_entities", [(m, k) for k, c in enumerate(clusters) for m in c.mentions],
                lambda k: clusters[k].type,
                entities=[{"name": c.name, "type": c.type, "aliases": sorted(c.aliases), "category": c.category,
                           "wikidata": c.wikidata, "provenance": c.provenance, "coreference": c.coreference}
                          for c in clusters])
    write_group(doc, "cg_type_evidence", [(words, [k, type_, rule]) for k, c in enumerate(clusters)
                                          for type_, rule, words in c.type_evidence], lambda v: v[1])
    remember(doc, "cg_entities", clusters)


def get_entities(doc: Doc) -> list[EntityCluster]:
    clusters = [EntityCluster(**{**fields, "aliases": set(fields["aliases"])})
                for fields in group_attrs(doc, "cg_entities", "entities")]
    for words, k in read_group(doc, "cg_entities"):
        clusters[k].mentions.append(words)
    for words, (k, type_, rule) in read_group(doc, "cg_type_evidence"):
        clusters[k].type_evidence.append((type_, rule, words))
    return clusters


def set_attributions(doc: Doc, records: list[AttributionRecord]) -> None:
    write_group(doc, "cg_cues", [(s, k) for k, r in enumerate(records) for s in r.cue], lambda k: "cue",
                attributions=[{"source_kind": r.source_kind, "source_count": r.source_count,
                               "source_entity": r.source_entity, "parent": r.parent, "refers_to": r.refers_to,
                               "time": r.time, "evidence": r.evidence} for r in records])
    write_group(doc, "cg_contents", [(s, k) for k, r in enumerate(records) for s in r.content], lambda k: "content")
    write_group(doc, "cg_sources", [(s, k) for k, r in enumerate(records) for s in r.source],
                lambda k: records[k].source_kind)
    remember(doc, "cg_attributions", records)


def get_attributions(doc: Doc) -> list[AttributionRecord]:
    records = [AttributionRecord(cue=[], content=[], **fields)
               for fields in group_attrs(doc, "cg_cues", "attributions")]
    for group, part in (("cg_cues", "cue"), ("cg_contents", "content"), ("cg_sources", "source")):
        for words, k in read_group(doc, group):
            getattr(records[k], part).append(words)
    return records


def set_certainty(doc: Doc, rated: dict[int, CertaintyRecord]) -> None:
    predicates = [{"token": i, "value": r.value, "score": r.score} for i, r in rated.items()]
    write_group(doc, "cg_certainty", [(Span(doc, i, i + 1), k) for k, i in enumerate(rated)],
                lambda k: str(predicates[k]["value"]), predicates=predicates)
    write_group(doc, "cg_certainty_cues", [(c, k) for k, r in enumerate(rated.values()) for c in r.cues],
                lambda k: "certainty_cue")
    remember(doc, "cg_certainty", rated)


def get_certainty(doc: Doc) -> dict[int, CertaintyRecord]:
    predicates = group_attrs(doc, "cg_certainty", "predicates")
    records = [CertaintyRecord(p["value"], score=p["score"]) for p in predicates]
    for words, k in read_group(doc, "cg_certainty_cues"):
        records[k].cues.append(words)
    return {p["token"]: r for p, r in zip(predicates, records)}


def set_events(doc: Doc, events: list[EventRecord]) -> None:
    write_group(doc, "cg_events", [(e.trigger, k) for k, e in enumerate(events)], lambda k: events[k].type,
                events=[{"type": e.type, "mode": e.mode, "act": e.act, "roles": e.roles, "about": e.about}
                        for e in events])
    write_group(doc, "cg_event_roles", [(words, [k, role]) for k, e in enumerate(events)
                                        for role, words in e.role_spans.items()], lambda v: v[1])
    write_group(doc, "cg_event_mentions", [(m, k) for k, e in enumerate(events) for m in e.mentions],
                lambda k: events[k].type)
    remember(doc, "cg_events", events)


def get_events(doc: Doc) -> list[EventRecord]:
    table = group_attrs(doc, "cg_events", "events")
    events = [EventRecord(trigger=words, **{**table[k], "roles": dict(table[k]["roles"])})
              for words, k in read_group(doc, "cg_events")]
    for words, (k, role) in read_group(doc, "cg_event_roles"):
        events[k].role_spans[role] = words
    for words, k in read_group(doc, "cg_event_mentions"):
        events[k].mentions.append(words)
    return events


def set_relations(doc: Doc, relations: list[RelationRecord]) -> None:
    write_group(doc, "cg_relations", [(r.evidence, k) for k, r in enumerate(relations)],
                lambda k: relations[k].type,
                relations=[{"type": r.type, "subject": r.subject, "object": r.object} for r in relations])
    remember(doc, "cg_relations", relations)


def get_relations(doc: Doc) -> list[RelationRecord]:
    table = group_attrs(doc, "cg_relations", "relations")
    return [RelationRecord(evidence=words, **table[k]) for words, k in read_group(doc, "cg_relations")]


def set_markers(doc: Doc, markers: list[MarkerRecord]) -> None:
    write_group(doc, "cg_markers", [(m.span, k) for k, m in enumerate(markers)], lambda k: markers[k].kind,
                markers=[{"kind": m.kind, "about_attribution": m.about_attribution, "about_entity": m.about_entity}
                         for m in markers])
    remember(doc, "cg_markers", markers)


def get_markers(doc: Doc) -> list[MarkerRecord]:
    table = group_attrs(doc, "cg_markers", "markers")
    return [MarkerRecord(span=words, **table[k]) for words, k in read_group(doc, "cg_markers")]


# view name -> (its groups, how to read them)
_READERS: dict[str, tuple[tuple[str, ...], Callable[[Doc], Any]]] = {
    "cg_times": (("cg_times",), get_times),
    "cg_entities": (("cg_entities", "cg_type_evidence"), get_entities),
    "cg_attributions": (("cg_cues", "cg_contents", "cg_sources"), get_attributions),
    "cg_certainty": (("cg_certainty", "cg_certainty_cues"), get_certainty),
    "cg_events": (("cg_events", "cg_event_roles", "cg_event_mentions"), get_events),
    "cg_relations": (("cg_relations",), get_relations),
    "cg_markers": (("cg_markers",), get_markers),
}
_WRITERS: dict[str, Callable[[Doc, Any], None]] = {
    "cg_times": set_times, "cg_entities": set_entities, "cg_attributions": set_attributions,
    "cg_certainty": set_certainty, "cg_events": set_events, "cg_relations": set_relations, "cg_markers": set_markers,
}
# The records last written to or read from each view's groups, for the last Doc: components read a view many times per
# document, and the records just written are what reading the groups back gives (the round-trip tests check it on a
# Doc read back from bytes). A component that changes records in place (coreference adds mentions) sees its own
# changes until it writes the groups back. REMEMBER_WRITTEN = False makes every first read decode the groups.
REMEMBER_WRITTEN = True
_read_last: dict[str, tuple[Doc, tuple, Any]] = {}


def _groups_now(doc: Doc, groups: tuple[str, ...]) -> tuple:
    spans = doc.spans
    return tuple((spans[g], len(spans[g])) if g in spans else (None, 0) for g in groups)


def remember(doc: Doc, name: str, records: Any) -> None:
    if REMEMBER_WRITTEN:
        _read_last[name] = (doc, _groups_now(doc, _READERS[name][0]), records)


def view(doc: Doc, name: str) -> Any:
    """The records of a view, read from the Doc's spans groups (empty when the component has not run)."""
    groups, read = _READERS[name]
    current = _groups_now(doc, groups)
    last = _read_last.get(name)
    if last is not None and last[0] is doc and all(a is b and m == n for (a, m), (b, n) in zip(last[1], current)):
        return last[2]
    records = read(doc)
    _read_last[name] = (doc, current, records)
    return records
