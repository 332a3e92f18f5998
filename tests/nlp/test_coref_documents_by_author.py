"""A video released by a body is a document of the story, named again by "the video", and going by its author's
name; a document is named again by its own noun only ("a leaked memo ... the report" is no mention of the memo)."""
from __future__ import annotations


def documents(result):
    return [e for e in result["entities"] if e["type"] == "DOCUMENT"]


def test_a_video_released_by_a_body_is_a_document_named_by_its_author(analyse):
    r = analyse("A video released by the Ashen Hawks, a militia in Sorvia's west, shows four captured drivers, "
                "officials said on Monday. The video was filmed near a quarry, the officials said.")
    video = next(e for e in documents(r) if "video" in e["name"])
    assert [m["text"] for m in video["mentions"]] == ["A video released by the Ashen Hawks", "The video"]
    assert "Ashen Hawks video" in video["aliases"]


def test_a_document_is_named_again_by_its_own_noun(analyse):
    r = analyse("A leaked treasury memo warned of a shortfall in the Dellmark pension fund, the Morven Courier "
                "reported on Tuesday. The memo was written in May. The finance minister said the report was "
                "misleading.")
    memo = next(e for e in documents(r) if "memo" in e["name"])
    texts = [m["text"] for m in memo["mentions"]]
    assert "The memo" in texts and "the report" not in texts


def test_a_document_seen_by_an_outlet_is_not_its_author_s(analyse):
    r = analyse("Dorvia has threatened to cut power exports, according to a diplomatic cable seen by the Marlow "
                "Ledger. The cable was sent on May 2.")
    cable = next(e for e in documents(r) if "cable" in e["name"])
    assert [m["text"] for m in cable["mentions"]][0] == "a diplomatic cable"
    assert not any("Ledger" in a for a in cable.get("aliases") or ())
