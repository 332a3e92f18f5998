"""Entities on invented names: a name the tagger ran on over a comma into a speaker's name is split, the speaker a
person."""
from __future__ import annotations

from tests.news import type_rules


def names(result):
    return {e["name"]: e for e in result["entities"]}


def test_a_speakers_first_and_last_name_after_the_comma_is_a_person(analyse):
    found = names(analyse("Tesk, Ilse Varn said the talks had failed."))
    assert found["Ilse Varn"]["type"] == "PERSON"
    assert "first and last name as a speaker" in type_rules(found["Ilse Varn"])
    assert "Tesk" in found


def test_a_firms_name_after_the_comma_stays_an_organisation(analyse):
    found = names(analyse("The deal was backed by Kessar, Orlan Trust said."))
    assert found["Orlan Trust"]["type"] == "ORG"
