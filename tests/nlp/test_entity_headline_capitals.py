"""Entities in a title-case or capitals headline: capitals mark no name there, so a name stands as the text names it."""
from __future__ import annotations


def names(result):
    return {e["name"]: e for e in result["entities"]}


def test_a_name_run_into_headline_words_is_the_name_the_story_uses(analyse):
    r = analyse("Peter Dalby Leads In Survey Of Battleground States.\n\nGovernor Peter Dalby led the field on Tuesday, "
                "a survey of voters in five states showed.")
    found = names(r)
    assert "Peter Dalby Leads" not in found, list(found)
    assert [m["text"] for m in found["Peter Dalby"]["mentions"]] == ["Peter Dalby", "Peter Dalby"]


def test_plain_words_capitalised_in_a_headline_are_no_names(analyse):
    r = analyse("Peter Dalby Leads In Survey Of Battleground States.\n\nGovernor Peter Dalby led the field on Tuesday, "
                "a survey of voters in five states showed.")
    found = names(r)
    assert "Survey" not in found and "Battleground States" not in found, list(found)


def test_a_headline_name_the_story_repeats_in_part_keeps_that_part(analyse):
    r = analyse("ANNA KOWALSKA WINS IN LODZ.\n\nAnna Kowalska won the mayoral race in Lodz on Sunday, officials said.")
    found = names(r)
    assert len(found["Anna Kowalska"]["mentions"]) == 2, found["Anna Kowalska"]["mentions"]


def test_a_headline_in_plain_case_keeps_its_names(analyse):
    r = analyse("Rivals fault Peter Dalby after debate.\n\nThe rivals of the governor said on Tuesday that he "
                "had misled voters.")
    assert "Peter Dalby" in names(r)
