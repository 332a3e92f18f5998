"""States no gazetteer knows, typed by their organs, their acts, a possessive "its" and their names' endings."""
from __future__ import annotations

from tests.news import type_rules


def names(result):
    return {e["name"]: e for e in result["entities"]}


def test_a_state_that_recalls_its_ambassador_is_a_state(analyse):
    found = names(analyse("Ostrevo recalled its ambassador on Monday after the talks collapsed."))
    state = found["Ostrevo"]
    assert state["type"] == "GPE" and "its state's organ after the name's act" in type_rules(state)


def test_a_state_known_by_its_own_organ_is_the_story_state(analyse):
    r = analyse("Varnessa closed its embassy in Tolk on Monday.\n\n"
                "Government spokesman Ivo Rantell said the staff had come home.")
    assert names(r)["Varnessa"].get("category") == "state"
    assert any(x["type"] == "spokesperson_of" and x["subject"] == "Ivo Rantell" and x["object"] == "Varnessa"
               for x in r["relations"])


def test_its_in_a_joined_clause_refers_back_to_the_state(analyse):
    found = names(analyse("Brennick ratified the accord in March, and its parliament approved the budget in May."))
    assert found["Brennick"]["type"] == "GPE"


def test_its_after_another_body_is_not_the_subjects(analyse):
    found = names(analyse("Harl Denner said the ministry had recalled its envoy on Monday."))
    assert found["Harl Denner"]["type"] == "PERSON"


def test_the_possessor_of_an_election_commission_is_a_state(analyse):
    found = names(analyse("Drusk's election commission said on Friday that the vote would go ahead."))
    state = found["Drusk"]
    assert state["type"] == "GPE" and "possessor of a state's organ or territory" in type_rules(state)


def test_a_state_shaped_name_stationing_launchers_is_a_state(analyse):
    found = names(analyse("Velmoria has stationed missile launchers near the border, officials said on Tuesday."))
    state = found["Velmoria"]
    assert state["type"] == "GPE"
    assert {"subject of a state's act", "name ending as states' names do"} <= set(type_rules(state))


def test_the_name_shape_alone_decides_nothing(analyse):
    # a name ending as states' do, with only the tagger's guess and nothing else in the text, stays a person
    found = names(analyse("Sophia Marren spoke on Monday. Sophia said the talks had failed."))
    assert found["Sophia Marren"]["type"] == "PERSON"
    assert "Sophia" not in found or found["Sophia"]["type"] != "GPE"


def test_a_leaders_act_without_its_leaves_the_leader_a_person(analyse):
    found = names(analyse("President Harnet Kolb deployed troops to the south, aides said. Kolb said the move was "
                          "needed."))
    assert found["Harnet Kolb"]["type"] == "PERSON"


def test_a_name_whose_soldiers_withdrew_is_a_state(analyse):
    found = names(analyse("Pellmark said its soldiers had withdrawn from the hills on Sunday."))
    state = found["Pellmark"]
    assert state["type"] == "GPE" and "its state's organ after the name's act" in type_rules(state)


def test_a_persons_soldiers_keep_the_person(analyse):
    found = names(analyse("Harl Denner said its soldiers had withdrawn from the hills on Sunday."))
    assert found["Harl Denner"]["type"] == "PERSON"
