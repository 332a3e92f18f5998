"""Linking on analyses of articles written for these tests: an outlet's earlier piece told as the source of a claim
("A Harbour Ledger article on Tuesday incorrectly said ...") passes on what that piece rested on, and a state's body
named by its common nouns alone ("the interior ministry") is the one body of that kind the claim's reports name."""
from __future__ import annotations

from tests.link.conftest import linked_analyses

FIRST = ("Tessaly's border police detained a Morvani fishing crew of eleven near Cape Orrin on Monday, the Tessalian "
         "interior ministry said.", "Harbour Ledger", "2026-06-02")
OWNER = ("Calwen Fisheries, the boat's owner, said on Tuesday that Tessaly's border police had detained the crew of "
         "its trawler near Cape Orrin.", "Vessmark Times", "2026-06-03")


def detention(claims):
    return next(c for c in claims if any("detained" in m["span"]["text"] for m in c["mentions"]))


def test_a_correction_of_the_outlets_own_article_adds_no_origin(tmp_path, nlp):
    claims = linked_analyses(tmp_path / "s.db", nlp, [FIRST, OWNER, (
        "A Harbour Ledger article on Monday incorrectly said that Tessaly's coast guard had detained a Morvani "
        "fishing crew near Cape Orrin. The crew was detained by Tessaly's border police, the interior ministry said.",
        "Harbour Ledger", "2026-06-04")])
    taken = detention(claims)
    assert "2026-06-04" in {m["published"] for m in taken["mentions"]}, taken["mentions"]
    assert taken["independent_origins"] == 2, taken["origins"]


def test_another_outlets_article_is_told_with_its_source(tmp_path, nlp):
    claims = linked_analyses(tmp_path / "s.db", nlp, [FIRST, OWNER, (
        "Tessaly's border police detained a Morvani fishing crew near Cape Orrin, a Harbour Ledger article said on "
        "Tuesday.", "Drayford Courier", "2026-06-04")])
    taken = detention(claims)
    assert "Drayford Courier" in taken["outlets"], taken["mentions"]
    assert taken["independent_origins"] == 2, taken["origins"]
