"""Wire copy's own shapes of attribution: a report that names its sources in passing ('X reported, citing Y, that C')."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..annotations import AttributionRecord
from ..tokens import runs, subtree, trim
from .cues import SUBJECT_DEPS, Cue

VERBAL = {"VERB", "AUX"}


def report_over_its_clause(cue: Cue) -> Cue | None:
    """'Tamber Wire reported on Friday, citing two officials, that drones struck a depot': with a phrase between the
    verb and its 'that', the parser may make the reporting verb a clausal complement of the reported verb (as in
    'C, X said'), leaving the complementizer after it. A reporting verb with a subject of its own, hung as a ccomp on
    a verb to its right whose 'that' (or, with none, whose subject) comes after everything the reporting verb
    governs, reports that verb's clause from there on; the source is its subject. (PolNeAR train, 840 articles: 2 text matches of a 'citing' or
    'quoting' phrase followed by 'that', both with a gold cue; the shape is a wire one.)"""
    verb = cue.head
    host = verb.head
    if cue.kind != "verb" or cue.complement is not None or verb.dep_ != "ccomp" or host.i <= verb.i or \
            host.pos_ not in VERBAL:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    # the clause opens at its 'that', or without one at its subject ('reported, citing Y, the talks had collapsed')
    opening = next((c for c in host.children if c.dep_ == "mark" and c.lower_ == "that"), None) or \
        next((c.left_edge for c in host.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or opening is None or opening.i <= verb.right_edge.i:
        return None
    content = {i for i in subtree(host) if i >= opening.i}
    return Cue("over_clause", verb, cue.tokens, source=subtree(subject), content=content,
               evidence={"construction": "report parsed under its own content",
                         "parsed_as": "ccomp of '" + host.text + "'"})


def cited_in_passing(doc: Doc, records: list[AttributionRecord], citing: list[Cue]) -> None:
    """'The minister said, citing intelligence reports, that the convoy had been hit': the parser hangs 'citing'
    on the reported verb, so a content read from its subtree opens with the citing phrase (and with where or to whom
    it was said, 'told reporters, citing ..., that'). A citing phrase after the cue and before the content's
    'that' names through whom the report came (the citing attribution's source): the content starts at 'that'."""
    for record in records:
        cue = sorted(t.i for s in record.cue for t in s)
        content = record.content_tokens()
        if not cue or not content:
            continue
        for cited in citing:
            # what is cited, without a reported clause the parser may hang on 'quoting X' itself
            phrase = subtree(cited.head, cut=[c.i for c in cited.head.children if c.dep_ == "ccomp"])
            if not cue[-1] < cited.head.i or not phrase <= content:
                continue
            mark = complementizer_after(doc, content, max(phrase))
            if mark is None:
                continue
            kept = trim(doc, {i for i in content if i >= mark.i})
            record.evidence["cited_in_passing_cut"] = doc[min(content):mark.i].text
            record.content = runs(doc, kept)
            break


def complementizer_after(doc: Doc, content: set[int], last: int) -> Token | None:
    """The 'that' opening a clause of the content, right after a citing phrase ending at `last` (commas between)."""
    i = last + 1
    while i in content and doc[i].text == ",":
        i += 1
    token = doc[i] if i in content else None
    if token is None or token.lower_ != "that" or token.dep_ != "mark" or token.head.i not in content:
        return None
    return token

