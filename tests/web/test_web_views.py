"""What the pages draw, on hand-made analyses: the article's highlights, a chain's boxes, a timeline's marks, a
claim's origins."""
from __future__ import annotations

from claimgraph.browse import origin_groups, timeline
from claimgraph.web import views

TEXT = "Two aides told the Morrow Ledger that the dam at Kestle may fail, the paper said."


def span(phrase: str) -> dict:
    start = TEXT.index(phrase)
    return {"start": start, "end": start + len(phrase), "text": phrase}


ANALYSIS = {
    "attributions": [
        {"id": "a1", "source": [span("the paper")], "source_kind": "outlet", "cue": [span("said")],
         "content": [span("Two aides told the Morrow Ledger that the dam at Kestle may fail")], "parent": None},
        {"id": "a2", "source": [span("Two aides")], "source_kind": "anonymous", "source_count": 2,
         "cue": [span("told")], "content": [span("the dam at Kestle may fail")], "parent": "a1"},
    ],
    "claims": [{"id": "c1", "span": span("the dam at Kestle may fail"), "attribution": "a2",
                "certainty": {"value": 1, "label": "possible", "cue": [span("may")]}}],
    "entities": [{"id": "e1", "name": "Kestle", "mentions": [span("Kestle")]},
                 {"id": "e2", "name": "Morrow Ledger", "mentions": [span("Morrow Ledger")]}],
}


def test_the_highlights_cover_the_text_once_with_their_layers():
    segments = views.highlight(TEXT, ANALYSIS)
    assert "".join(s["text"] for s in segments) == TEXT

    def layers_of(phrase):
        return next(s["layers"] for s in segments if s["text"] == phrase)
    assert layers_of("Two aides") == ["source", "content"]
    assert layers_of("told") == ["cue", "content"]
    assert layers_of("may") == ["content", "claim", "hedge"]
    assert layers_of("Kestle") == ["content", "claim", "entity"]
    assert {s["claim"] for s in segments if "claim" in s["layers"]} == {"c1"}
    assert [s["anchor"] for s in segments if s["anchor"]] == ["a-a2", "c-c1", "a-a1"]


def test_spans_outside_the_text_are_left_out():
    broken = {"claims": [{"id": "c9", "span": {"start": 5, "end": 10_000, "text": "?"}, "certainty": {}}]}
    segments = views.highlight(TEXT, broken)
    assert "".join(s["text"] for s in segments) == TEXT and all(not s["layers"] for s in segments)


def test_a_claims_chain_runs_from_the_outlet_to_the_innermost_source():
    nodes = views.claim_chain(ANALYSIS, ANALYSIS["claims"][0], "Weir Times")
    assert [n["name"] for n in nodes] == ["Weir Times", "the paper", "Two aides"]
    picture = views.chain_picture(nodes)
    xs = [box["x"] for box in picture["boxes"]]
    assert xs == sorted(xs) and len(picture["arrows"]) == 2
    assert [box["position"] for box in picture["boxes"]] == [1, 2, 3]


def test_one_timeline_mark_per_dated_mention():
    claim = {"id": "L1", "text": "t", "first_reported": {"document": "d1", "published": "2024-01-02"},
             "mentions": [{"document": "d1", "outlet": "A", "published": "2024-01-02"},
                          {"document": "d2", "outlet": "B", "published": "2024-01-02"},
                          {"document": "d3", "outlet": "C", "published": "2024-01-09"},
                          {"document": "d4", "outlet": "D", "published": None}]}
    marks = timeline([claim])
    assert [m["document"] for m in marks] == ["d1", "d2", "d3"]
    assert [m["first"] for m in marks] == [True, False, False]
    picture = views.timeline_picture(marks)
    placed = {m["document"]: m for m in picture["marks"]}
    # one day stacks, a later day stands to the right
    assert placed["d1"]["x"] == placed["d2"]["x"] and placed["d1"]["y"] != placed["d2"]["y"]
    assert placed["d3"]["x"] > placed["d1"]["x"]


def test_contradicting_mentions_are_no_part_of_the_origins():
    claim = {"origins": ["the ministry"], "mentions": [
        {"document": "d1", "origin": "the ministry", "negative": False},
        {"document": "d2", "origin": "the Ledger", "negative": False},
        {"document": "d3", "origin": "the company", "negative": True}]}
    groups = origin_groups(claim)
    assert [g["origin"] for g in groups] == ["the ministry", None]
    assert [m["document"] for g in groups for m in g["mentions"]] == ["d1", "d2"]
