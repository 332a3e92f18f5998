"""A group picked out by ordinal and by 'the other' when it was named beside another source in one 'and' phrase
('citing a memo and two officials ... The first official ... The other'), on sentences of their own."""
from __future__ import annotations

from tests.news import by_cue, joined

TEXT = ("The Delvin Post reported on Tuesday, citing an internal audit and two port inspectors, that the cargo had "
        "gone missing. The first inspector said the seals had been broken. The other said the manifest had been "
        "altered.")


def test_the_first_and_the_other_go_back_to_the_joined_source(analyse):
    result = analyse(TEXT)
    (citing,) = by_cue(result, "citing")
    later = {joined(a["source"]): a for a in result["attributions"]
             if joined(a["source"]) in {"The first inspector", "The other"}}
    assert sorted(later) == ["The first inspector", "The other"]
    assert all(a["refers_to"] == citing["id"] for a in later.values())


def test_one_picked_out_of_the_people_is_no_document(analyse):
    result = analyse(TEXT)
    kinds = {joined(a["source"]): a["source_kind"] for a in result["attributions"]}
    assert kinds["The first inspector"] == "anonymous"
    assert kinds["The other"] == "anonymous"


def test_an_ordinal_beyond_the_joined_group_goes_back_to_nothing_there(analyse):
    result = analyse("The Delvin Post reported, citing an internal audit and two port inspectors, that the cargo had "
                     "gone missing. The third inspector said the seals had been broken.")
    (citing,) = by_cue(result, "citing")
    (third,) = [a for a in result["attributions"] if joined(a["source"]) == "The third inspector"]
    assert third["refers_to"] != citing["id"]
