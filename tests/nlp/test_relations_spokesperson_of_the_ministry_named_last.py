"""Relations on sentences written for these tests: "ministry spokeswoman N" with two states' ministries in the article
speaks for the ministry the text named last before the title, not for the subject of the sentence the quote opens."""
from __future__ import annotations


def spokespeople(result):
    return {(r["subject"], r["object"]) for r in result["relations"] if r["type"] == "spokesperson_of"}


def test_a_ministry_spokeswoman_speaks_for_the_ministry_named_before_her(analyse):
    r = analyse("Ostrevia's defence ministry later blamed Kelmar for the attack. \"Kelmari forces fired nine rounds "
                "into Brisk at dawn,\" ministry spokeswoman Colonel Ada Venn told reporters. Kelmar's defence ministry "
                "did not respond to a request for comment.")
    found = spokespeople(r)
    assert any(person == "Ada Venn" and "Ostrevi" in body for person, body in found), found
    assert not any(person == "Ada Venn" and "Kelmar" in body for person, body in found), found
