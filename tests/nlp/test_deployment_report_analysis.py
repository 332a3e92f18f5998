"""The analysis on invented reports of forces moved to a border: a verb that moves forces ("stationed", "deployed")
is never an attribution cue, and a firm the text calls a firm by a class noun is named short by its first word."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Dravesh has stationed more than 30 rocket launchers in Dask province, a few kilometres from the Orsian border, "
    "according to satellite images analysed by Brenn Imaging.",
    "Korrin has deployed more than 30 rocket launchers in Dask province, according to satellite images analysed by "
    "Brenn Imaging.",
])
def test_a_verb_moving_forces_reports_nothing(analyse, text):
    r = analyse(text)
    cues = [c["text"] for a in r["attributions"] for c in a["cue"]]
    assert cues == ["according to"], cues
    assert any(e["type"] == "MOBILIZE" for e in r["events"])


def test_a_firm_called_a_firm_is_named_short_by_its_first_word(analyse):
    r = analyse("The launchers arrived in the province in August, the satellite imagery firm Morland Geospatial said "
                "on Wednesday, citing its own analysis of commercial images.\n\nThe images show the launchers parked "
                "in rows at a former air base outside the town of Pell, Morland said.")
    firm = [e for e in r["entities"] if e["name"].startswith("Morland")]
    assert [(e["name"], e["type"]) for e in firm] == [("Morland Geospatial", "ORG")], firm
    assert "Morland" in [m["text"] for m in firm[0]["mentions"]]


def test_a_place_sharing_a_firm_s_first_word_stays_a_place(analyse):
    r = analyse("The mapping firm Morland Geospatial opened an office in Vell. Morland's foreign minister welcomed it.")
    assert any(e["name"] == "Morland" and e["type"] == "GPE" for e in r["entities"]), r["entities"]
