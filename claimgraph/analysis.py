"""The analysis of one document, a pure function: a Document in, the contract's plain dict out."""
from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from .document import Certainty, Document, Span
from .errors import ClaimgraphError, document_error
from .language import english_warning
from .nlp.annotations import register_extensions, story_start_token
from .nlp.certainty import rated_cue_acts
from .nlp.claims import act_bounds, fitted_bounds, group_claims, trigger_bounds_at, trimmed_end
from .nlp.events import target_received
from .nlp.layout import dateline_words, paragraph_stamps
from .nlp.metadata import Metadata
from .nlp.pipeline import METADATA
from .nlp.table import character_offsets, document_text, edges, remember_text, token_table
from .settings import Limits

# where a sentence may end; the parser's cost grows with the length of a sentence, so text with none of these for
# tens of thousands of characters (a dump, a word list) is refused rather than parsed for minutes
_SENTENCE_END = re.compile(r"[.!?\n\u2026\u3002\uff01\uff1f]")



# What a source does to a report (denies it) and the outlet's stance on one (could not verify it, calls it false or
# unsupported) are notes on that attribution, read there by the linker; the markers are the outlet's notes of novelty
# and its labels of actors, as the golds mark them (the seed's and dev singles' golds leave every denial and every
# "could not independently verify" unmarked)
ATTRIBUTION_NOTES = frozenset({"denial", "unverified", "false", "unsupported"})

def analyze_document(document: Document, nlp: Language | None = None) -> dict[str, Any]:
    """Analyse one document; raises DocumentError naming the document when it cannot be analysed. The bounds it is
    checked against are the pipeline's (see `bounds_of`); without a pipeline, the shared one for the CLAIMGRAPH_*
    limits."""
    name = document.path or document.id
    if not document.text or not document.text.strip():
        raise document_error("E001", document=name)
    try:
        document.text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise document_error("E003", f"character {exc.start} is a lone surrogate", document=name) from exc
    if nlp is None:
        from .nlp.pipeline import load_pipeline
        nlp = load_pipeline()
    bounds = bounds_of(nlp)
    max_chars = bounds.max_chars
    if len(document.text) > max_chars:
        raise document_error("E004", f"{len(document.text):,} characters; the limit is {max_chars:,}, "
                                     f"set {Limits.variable('max_chars')} to raise it", document=name)
    longest = max(len(run) for run in _SENTENCE_END.split(document.text))
    if longest > bounds.max_sentence_chars:
        raise document_error("E016", f"{longest:,} characters without a sentence end or line break; the limit is "
                                     f"{bounds.max_sentence_chars:,}, set {Limits.variable('max_sentence_chars')} "
                                     "to raise it", document=name)
    # a pipeline loaded from disk has spaCy's own length check, which must not refuse what the bounds allow
    nlp.max_length = max(nlp.max_length, max_chars)
    try:
        # what nlp.pipe([(text, context)], as_tuples=True) does for each document, without the cost of a pipe()
        # call per document (11.1 s against 14.6 s for 20 PolNeAR dev texts): the metadata component reads it
        doc = nlp.make_doc(document.text)
        remember_text(doc, document.text)
        doc._context = context(document)
        doc = nlp(doc)
    except ClaimgraphError:
        raise
    except MemoryError as exc:
        raise document_error("E009", "out of memory", document=name) from exc
    except Exception as exc:  # a bug must not sink the batch: report it against the document
        raise document_error("E009", f"{type(exc).__name__}: {exc}", document=name) from exc
    return bounded(assemble(doc, document), bounds.max_claims)


def bounds_of(nlp: Language) -> Metadata:
    """The bounds a pipeline checks each document against: its metadata component's config (the defaults for a
    pipeline without one)."""
    component = nlp.get_pipe(METADATA[0]) if METADATA[0] in nlp.pipe_names else None
    return component if isinstance(component, Metadata) else Metadata()


def bounded(result: dict[str, Any], limit: int = Limits.max_claims) -> dict[str, Any]:
    """At most `limit` claims, the first ones in text order, with a warning that says the rest were dropped."""
    claims = result.get("claims", [])
    if len(claims) > limit:
        result["claims"] = claims[:limit]
        result.setdefault("warnings", []).append(
            f"{len(claims):,} claims found; only the first {limit:,} are kept, set {Limits.variable('max_claims')} "
            "to keep more")
    return result


def context(document: Document) -> dict[str, Any]:
    """What the pipeline's metadata component reads: `nlp.pipe([(text, context)], as_tuples=True)`."""
    return {"published": document.published, "outlet": document.outlet}


def make_doc(nlp: Language, document: Document) -> Doc:
    """A tokenised Doc carrying the document's metadata, for running the components one by one."""
    register_extensions()
    doc = nlp.make_doc(document.text)
    doc._.cg_published = document.published
    doc._.cg_outlet = document.outlet
    return doc


def span(s: TokenSpan) -> Span:
    if s.start == s.end:
        return Span(s.start_char, s.end_char, s.text)
    # the document's text cut at the span's offsets is the span's text, without joining its tokens one by one
    return Span(s.start_char, s.end_char, document_text(s.doc)[s.start_char:s.end_char])


def spans(items: list[TokenSpan]) -> list[dict[str, Any]]:
    return [span(s).to_dict() for s in items]


def assemble(doc: Doc, document: Document) -> dict[str, Any]:
    """Turn the components' spans groups, read as records through the Doc's views, into the contract's
    character-offset JSON."""
    times = doc._.cg_times or []
    entities = doc._.cg_entities or []
    attributions = doc._.cg_attributions or []
    certainty = doc._.cg_certainty or {}
    events = doc._.cg_events or []

    def tid(k: int | None) -> str | None:
        return None if k is None else f"t{k + 1}"

    def eid(k: int | None) -> str | None:
        return None if k is None else f"e{k + 1}"

    def aid(k: int | None) -> str | None:
        return None if k is None else f"a{k + 1}"

    def vid(k: int | None) -> str | None:
        return None if k is None else f"v{k + 1}"

    text = document_text(doc)

    def jspan(s: TokenSpan) -> dict[str, Any]:
        """`span(s).to_dict()`, the document's text read once (the words of every record go through here)."""
        start, end = s.start_char, s.end_char
        return {"start": start, "end": end, "text": text[start:end]}

    def jspans(items: list[TokenSpan]) -> list[dict[str, Any]]:
        return [jspan(s) for s in items]

    labels = Certainty.LABELS

    def jcertainty(rec: Any) -> dict[str, Any]:
        """A certainty record as the contract writes it: its value and label, the words that set it, cut from the
        text read once, and the certainty model's unrounded value beside them when a model set it."""
        out = {"value": rec.value, "label": labels[rec.value], "cue": jspans(rec.cues)}
        if rec.score is not None:
            out["score"] = rec.score
        return out

    entity_names = {k: c.name for k, c in enumerate(entities)}
    event_of_trigger = {m.root.i: k for k, ev in enumerate(events) for m in [ev.trigger, *ev.mentions]}
    cue_tokens = {i for a in attributions for s in a.cue for i in range(s.start, s.end)}

    out: dict[str, Any] = {"document": document.header(with_text=document.path is not None and
                                                       document.path.lower().endswith((".html", ".htm")))}
    warning = english_warning(doc, document_text(doc))
    if warning:
        out["warnings"] = [warning]

    markers = doc._.cg_markers or []
    notes: dict[int, list[dict[str, Any]]] = {}
    for m in markers:
        if m.kind in ATTRIBUTION_NOTES and m.about_attribution is not None:
            notes.setdefault(m.about_attribution, []).append({"kind": m.kind, "span": jspan(m.span)})
    out["attributions"] = [{
        "id": aid(k),
        "source": jspans(a.source),
        "source_kind": a.source_kind,
        "source_count": a.source_count,
        "source_entity": eid(a.source_entity),
        "cue": jspans(a.cue),
        "content": jspans(a.content),
        "parent": aid(a.parent),
        "refers_to": aid(a.refers_to),
        "time": tid(a.time),
        **({"time_value": times[a.time].value} if a.time is not None and times[a.time].value else {}),
        **({"notes": notes[k]} if k in notes else {}),
        **({"evidence": a.evidence} if a.evidence else {}),
    } for k, a in enumerate(attributions)]

    innermost = innermost_attribution(doc)
    contents = {k: a.content_tokens() for k, a in enumerate(attributions)}
    # front matter, the wire dateline (also after a headline that ends like a sentence) and a live page's timestamps
    unsaid = set(range(story_start_token(doc))) | set(dateline_words(doc)) | paragraph_stamps(doc)
    # the reporting act is the attribution itself, but an act done by speaking ('warned', 'urged', 'denied') or a
    # saying the clause denies ('did not comment') is an event the story tells
    acts = rated_cue_acts(doc, cue_tokens, certainty)
    rated = [i for i in sorted(certainty) if i not in cue_tokens or i in acts]
    claims = []
    grouped = group_claims(doc, rated, innermost, event_of_trigger, cue_tokens)
    # the other claims and the cues a claim's words stop before: `fitted` reads only those after its predicate, so
    # one set serves every claim (the claim's own predicate is never after itself)
    others = {claim.head for claim in grouped} | cue_tokens
    ratings = {claim.head: certainty[claim.head].value for claim in grouped}  # a conjunct rated otherwise ends a claim
    table = token_table(doc)  # fetched once: every claim and part reads its words from it
    first_char, last_char = character_offsets(doc, table)

    def jbounds(bounds: tuple[int, int]) -> dict[str, Any]:
        """`jspan` of the words [start, end) (never empty), their offsets read from the table without a Span."""
        start, end = first_char[bounds[0]], last_char[bounds[1] - 1]
        return {"start": start, "end": end, "text": text[start:end]}

    # what an act done by speaking is about is its attribution's content, the claims of their own
    said_by_act = {i: {w for k, a in enumerate(attributions) if any(s.start <= i < s.end for s in a.cue)
                       for w in contents[k]} for i in acts}
    for claim in grouped:
        i = claim.head
        bounds = claim_bounds_at(doc, i, table)
        if i in said_by_act:
            bounds = act_bounds(doc, *bounds, i, said_by_act[i])
        claims.append({
            "id": f"c{len(claims) + 1}",
            "span": jbounds(fitted_bounds(doc, *bounds, i,
                                          contents.get(innermost.get(i), set()), unsaid, others, cue_tokens,
                                          ratings)),
            "trigger": jbounds(trigger_bounds_at(doc, i, table)),
            "attribution": aid(innermost.get(i)),
            "certainty": jcertainty(certainty[i]),
            "event": vid(claim.event),
            # the nominal events and modifiers folded into the proposition, each with the certainty of its own word
            "parts": [{"trigger": jbounds(trigger_bounds_at(doc, k, table)),
                       "span": jbounds(claim_bounds_at(doc, k, table)),
                       "certainty": jcertainty(certainty[k])} for k in claim.parts],
        })
    out["claims"] = claims

    out["entities"] = [{
        "id": eid(k),
        "name": c.name,
        "type": c.type,
        "aliases": sorted(c.aliases - {c.name}),
        "mentions": jspans(sorted(c.mentions, key=lambda m: m.start)),
        **({"category": c.category} if c.category else {}),
        **({"wikidata": c.wikidata} if c.wikidata else {}),
        **({"type_evidence": [{"type": t, "rule": rule, **jspan(words)} for t, rule, words in c.type_evidence]}
           if c.type_evidence else {}),
        **({"coreference": c.coreference} if c.coreference else {}),
    } for k, c in enumerate(entities)]

    out["times"] = [{
        "id": tid(k), **jspan(t.span),
        "value": t.value, "granularity": t.granularity,
        **({"modifier": t.modifier} if t.modifier else {}),
        **({"end_value": t.end_value} if t.end_value else {}),
    } for k, t in enumerate(times)]

    out["events"] = []
    for k, ev in enumerate(events):
        rec = certainty.get(ev.trigger.root.i)
        roles: dict[str, Any] = {}
        for role, target in ev.roles.items():
            roles[role] = tid(target) if role == "time" else entity_names.get(target)
        for role, words in ev.role_spans.items():
            roles.setdefault(role, words.text)
        if "target" in roles and target_received(ev):  # the recipient: whoever an act is aimed at or benefits
            roles.setdefault("recipient", roles["target"])
        out["events"].append({
            "id": vid(k), "type": ev.type, **({"mode": ev.mode} if ev.mode else {}),
            **({"act": ev.act} if ev.act else {}),
            "trigger": jspan(ev.trigger),
            "mentions": jspans(ev.mentions),
            "roles": roles,
            "role_mentions": {role: jspan(s) for role, s in ev.role_spans.items()},
            "attribution": aid(innermost.get(ev.trigger.root.i)),
            "certainty": jcertainty(rec) if rec is not None else Certainty(3).to_dict(),
            **({"about": vid(ev.about)} if ev.about is not None else {}),
        })

    out["relations"] = [{"type": r.type, "subject": r.subject, "object": r.object,
                         "evidence": jspan(r.evidence)} for r in (doc._.cg_relations or [])]
    out["markers"] = [{
        "kind": m.kind, "span": jspan(m.span),
        **({"about": aid(m.about_attribution)} if m.about_attribution is not None else {}),
        **({"about": entity_names[m.about_entity]} if m.about_entity is not None else {}),
    } for m in markers if not (m.kind in ATTRIBUTION_NOTES and m.about_attribution is not None)]
    return out


def innermost_attribution(doc: Doc) -> dict[int, int]:
    """Token index -> the innermost attribution whose content holds it (the one with the smallest content). Of two
    with the same content, the later, nested in the other ('citing Y' in 'X reported, citing Y, that C'), unless it is
    another source's act on the report ('C, a claim Y denied'), whose words the claim is not."""
    best: dict[int, tuple[int, int]] = {}
    for k, a in enumerate(doc._.cg_attributions or []):
        tokens = a.content_tokens()
        for i in tokens:
            if i not in best or len(tokens) < best[i][0] or (len(tokens) == best[i][0] and k > best[i][1] and
                                                             "act_on_report_of" not in a.evidence):
                best[i] = (len(tokens), k)
    return {i: k for i, (_, k) in best.items()}


def claim_span_at(doc: Doc, i: int, table=None) -> TokenSpan:
    """The words of the clause the predicate at i heads, trimmed of leading and trailing conjunctions and punctuation;
    its subtree's edges are read from the token table rather than through Tokens."""
    # doc[start:end], without the slice's bounds arithmetic: start <= i < end <= len(doc)
    return TokenSpan(doc, *claim_bounds_at(doc, i, table))


def claim_bounds_at(doc: Doc, i: int, table=None) -> tuple[int, int]:
    """[start, end) of `claim_span_at`, for a caller that wants only the words' place (no Span is built)."""
    if table is None:
        table = token_table(doc)
    left_edge, right_edge = edges(table)
    sent_start, sent_end = table.sentence(i)
    left = max(left_edge[i], sent_start)
    right = min(right_edge[i], sent_end - 1)
    while left < i and (table.dep[left] in {"cc", "punct"} or table.space[left]):
        left += 1
    return left, trimmed_end(doc, left, right + 1, i)
