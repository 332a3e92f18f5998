"""The one walk up a chain of attributions and the one reading of `refers_to`."""
from __future__ import annotations

from claimgraph import chains


def attribution(id_, source="", parent=None, refers_to=None):
    return {"id": id_, "source_text": source, "parent": parent, "refers_to": refers_to}


def test_the_walk_goes_from_the_innermost_up_its_parents():
    found = {"a1": attribution("a1", "The Meridian Times"), "a2": attribution("a2", "two engineers", "a1"),
             "a3": attribution("a3", "one of them", "a2")}
    assert [a["id"] for a in chains.walk(found, "a3")] == ["a3", "a2", "a1"]
    assert [a["id"] for a in chains.outermost_first(found, "a3")] == ["a1", "a2", "a3"]
    assert list(chains.walk(found, None)) == [] and list(chains.walk(found, "a9")) == []


def test_the_walk_ends_at_a_loop_a_missing_parent_or_its_limit():
    looped = {"a1": attribution("a1", parent="a2"), "a2": attribution("a2", parent="a1")}
    assert [a["id"] for a in chains.walk(looped, "a1")] == ["a1", "a2"]
    dangling = {"a1": attribution("a1", parent="gone")}
    assert [a["id"] for a in chains.walk(dangling, "a1")] == ["a1"]
    deep = {f"a{k}": attribution(f"a{k}", parent=f"a{k - 1}" if k else None) for k in range(40)}
    assert len(list(chains.walk(deep, "a39", limit=16))) == 16
    assert len(list(chains.walk(deep, "a39"))) == 40


def test_a_source_that_refers_back_is_named_by_the_source_it_refers_to():
    found = {"a1": attribution("a1", "three dock workers"), "a2": attribution("a2", "the workers", refers_to="a1"),
             "a3": attribution("a3", "", refers_to="a1"), "a4": attribution("a4", "", refers_to="gone")}
    assert chains.referent(found, found["a2"]) is found["a1"]
    assert chains.named_by(found, found["a2"]) is found["a1"] and chains.named_by(found, found["a1"]) is found["a1"]
    assert chains.source_name(found, found["a2"]) == "three dock workers"
    assert chains.source_name(found, found["a4"]) == chains.UNNAMED
    nested = {**found, "a5": attribution("a5", "a foreman", parent="a2")}
    assert chains.source_names(nested, "a5") == ["three dock workers", "a foreman"]


def test_denying_reads_notes_and_the_markers_of_older_results():
    from claimgraph.chains import denying

    noted = {"attributions": [{"id": "a1", "notes": [{"kind": "denial"}]}, {"id": "a2"}], "markers": []}
    marked = {"attributions": [{"id": "a1"}, {"id": "a2"}], "markers": [{"kind": "denial", "about": "a2"},
                                                                       {"kind": "novelty", "about": "a1"}]}
    assert denying(noted) == {"a1"}
    assert denying(marked) == {"a2"}
