"""A state's embassy or consulate in a named place: the place is part of the organ's mention ("Veldra's embassy in
Marsk"), and the organ is still one without it."""
from __future__ import annotations


def _organ(r, word):
    return next(e for e in r["entities"] if word in e["name"].lower())


def test_an_embassy_in_a_named_city_takes_the_city_into_its_mention(analyse):
    r = analyse("Veldra's embassy in Marsk said on Monday that the charges were invented. The embassy said its staff "
                "had not been questioned.")
    embassy = _organ(r, "embassy")
    assert [m["text"] for m in embassy["mentions"]][:2] == ["Veldra's embassy in Marsk", "The embassy"]
    assert "Marsk" in {e["name"] for e in r["entities"]}


def test_a_consulate_in_a_named_city_is_the_state_s_organ(analyse):
    r = analyse("Tolvia's consulate in Brenna denied the report. A spokesman for the consulate, Arno Pell, said no "
                "visas had been sold.")
    consulate = _organ(r, "consulate")
    assert consulate["type"] == "ORG"
    assert [m["text"] for m in consulate["mentions"]] == ["Tolvia's consulate in Brenna", "the consulate"]


def test_an_embassy_with_no_place_stays_an_organ(analyse):
    r = analyse("Veldra's embassy said on Monday that the charges were invented.")
    assert [m["text"] for m in _organ(r, "embassy")["mentions"]] == ["Veldra's embassy"]
