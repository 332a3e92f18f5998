"""Entities on invented names: portfolio ministries, ranks before names, organisations' words and lone town names."""
from __future__ import annotations

from tests.news import type_rules


def names(result):
    return {e["name"]: e for e in result["entities"]}


def test_the_owner_of_a_portfolio_ministry_is_a_state(analyse):
    r = analyse("Olvane's interior ministry said on Tuesday that the border would stay closed.")
    found = names(r)
    assert found["Olvane"]["type"] == "GPE"
    assert "possessor of a state's organ or territory" in type_rules(found["Olvane"])


def test_a_capitalised_portfolio_ministry_types_its_owner_too(analyse):
    r = analyse("A spokesman for Olvane's Health Ministry said 12 people had died.")
    assert names(r)["Olvane"]["type"] == "GPE"


def test_a_title_word_inside_an_organisations_name_is_no_title(analyse):
    r = analyse("Activists from the Kelbar Justice Network said the vote was rigged.")
    found = names(r)
    assert "Kelbar Justice Network" in found, list(found)
    assert found["Kelbar Justice Network"]["type"] == "ORG"


def test_names_ending_in_initiative_or_forum_are_organisations(analyse):
    r = analyse("The Ardwen Peace Initiative and the Solvik Policy Forum called for a ceasefire.")
    found = names(r)
    assert found["Ardwen Peace Initiative"]["type"] == found["Solvik Policy Forum"]["type"] == "ORG"
    assert "organisation name word" in type_rules(found["Ardwen Peace Initiative"])
    r = analyse("The Ardwen Peace Initiative called for a ceasefire.")
    assert names(r)["Ardwen Peace Initiative"]["type"] == "ORG"


def test_a_rank_the_tagger_takes_into_a_name_makes_a_person(analyse):
    r = analyse("Admiral Rune Tovik said the fleet would stay in port.")
    found = names(r)
    assert "Rune Tovik" in found, list(found)
    assert found["Rune Tovik"]["type"] == "PERSON"
    assert "title before the name" in type_rules(found["Rune Tovik"])


def test_two_ranks_before_a_name_and_the_surname_after(analyse):
    r = analyse("Lieutenant General Ilse Dorn said the army had withdrawn. Dorn later denied it.")
    found = names(r)
    assert found["Ilse Dorn"]["type"] == "PERSON", list(found)
    assert len(found["Ilse Dorn"]["mentions"]) == 2


def test_a_rank_before_a_lone_surname(analyse):
    r = analyse("General Tovik said the offensive was over.")
    assert names(r)["Tovik"]["type"] == "PERSON"


def test_a_company_named_with_a_rank_word_stays_a_company(analyse):
    r = analyse("General Electric said its profits rose in the third quarter.")
    assert "Electric" not in names(r)


def test_a_towns_port_makes_it_a_place(analyse):
    r = analyse("Sorvik's port was shelled overnight, the rebels said.")
    found = names(r)
    assert found["Sorvik"]["type"] == "GPE"
    assert "possessor of a town's port, mayor or streets" in type_rules(found["Sorvik"])


def test_a_towns_mayor_and_its_retaking(analyse):
    r = analyse("The rebels said Olvane's mayor had fled. Government troops said they would retake Olvane.")
    found = names(r)
    assert found["Olvane"]["type"] == "GPE"
    assert "territory defended or taken" in type_rules(found["Olvane"])
    r = analyse("Government troops said they would retake Olvane.")
    assert names(r)["Olvane"]["type"] == "GPE"


def test_a_lone_word_the_tagger_repeats_as_a_person_yields_to_in(analyse):
    for town in ("Kelbar", "Veltra"):  # the tagger reads one a person at each mention, the other a body
        r = analyse(f"Fighting continued in {town} on Monday. Rebels said {town} would not fall. "
                    f"Residents said {town} was quiet by evening.")
        found = names(r)
        assert found[town]["type"] == "GPE", town
        assert "object of a place preposition" in type_rules(found[town])


def test_a_surname_given_in_full_stays_a_person_beside_in(analyse):
    r = analyse("Oskar Drevin said the talks had failed. Drevin added that he would stay in Marvo. "
                "Drevin left on Friday.")
    assert names(r)["Oskar Drevin"]["type"] == "PERSON"


def test_a_lone_word_the_tagger_repeats_as_a_person_keeps_its_vote_without_place_words(analyse):
    r = analyse("Critics said Drevin was a spoiler. Taking on Drevin would cost millions. Drevin won Indiana.")
    found = names(r)
    assert found["Drevin"]["type"] != "GPE"


def test_a_name_before_a_word_for_a_division_is_a_place(analyse):
    r = analyse("The ministry said a curfew would be imposed across Vellmar province on Sunday.")
    vellmar = [e for e in r["entities"] if e["name"].startswith("Vellmar")]
    assert [e["type"] for e in vellmar] == ["GPE"], [(e["name"], e["type"]) for e in r["entities"]]


def test_a_name_the_tagger_calls_a_nationality_before_a_division_is_a_place(analyse):
    r = analyse("The army said a curfew would be imposed across Tigra province.")
    found = names(r)
    assert found["Tigra"]["type"] == "GPE", list(found)
    assert "name before a place noun" in type_rules(found["Tigra"])


def test_a_byline_names_a_person(analyse):
    r = analyse("Militia fighters seize port town as ceasefire talks stall\n\nBy Marta Lindqvist\n\nKESSARO, May 9 - "
                "Fighters seized the port town of Drevka on Saturday, officials said.")
    found = names(r)
    assert found["Marta Lindqvist"]["type"] == "PERSON"
    assert "name in a byline" in type_rules(found["Marta Lindqvist"])


def test_by_a_day_opening_a_sentence_is_no_byline(analyse):
    r = analyse("By Sunday the rebels had taken the port of Drevka, officials said.")
    assert not any("name in a byline" in type_rules(e) for e in r["entities"])


def test_an_unowned_portfolio_ministry_joins_the_one_the_text_names_with_its_state(analyse):
    r = analyse("Protesters gathered outside the Justice Ministry on Sunday. Quenmark's justice ministry said the "
                "arrests were lawful.")
    ministries = [e for e in r["entities"] if "ministry" in e["name"].lower()]
    assert len(ministries) == 1, [(e["name"], [m["text"] for m in e["mentions"]]) for e in ministries]
    assert len(ministries[0]["mentions"]) == 2


def test_two_states_ministries_leave_an_unowned_one_alone(analyse):
    r = analyse("Protesters gathered outside the Justice Ministry. Quenmark's justice ministry and Ostvel's justice "
                "ministry both said the arrests were lawful.")
    joined = [e for e in r["entities"] if len(e["mentions"]) > 1 and "ministry" in e["name"].lower()]
    assert not joined, [(e["name"], [m["text"] for m in e["mentions"]]) for e in joined]


def test_the_state_before_a_class_noun_and_its_name_is_no_mention_of_a_state(analyse):
    r = analyse("Marvessa's army stayed in its barracks. \"The army is not a party to this,\" Admiral Rune Halvik "
                "told the state broadcaster KTV.")
    found = names(r)
    state = found["Marvessa"]
    assert "the state" not in [m["text"] for m in state["mentions"]]


def test_the_first_of_two_abbreviated_ranks_is_no_name(analyse):
    for text in ("Lt. Col. Anton Sorel said the unit had withdrawn. Sorel gave no figures.",
                 "Brig. Gen. Marit Kaasen told reporters the offensive would resume."):
        r = analyse(text)
        assert all(e["name"] not in {"Lt.", "Brig."} for e in r["entities"]), [e["name"] for e in r["entities"]]
        assert [e["type"] for e in r["entities"]] == ["PERSON"]


def test_a_name_before_residents_is_a_place(analyse):
    r = analyse("Defence Minister Tomas Reck said 300 troops had been sent to Tesk. Tesk residents said they had "
                "seen none.")
    found = names(r)
    assert found["Tesk"]["type"] == "GPE"
    assert "name before a word for its people" in type_rules(found["Tesk"])


def test_a_name_the_tagger_runs_on_over_a_comma_is_two_names(analyse):
    r = analyse("The mayor of Tesk, Edda Fahl, said the town had no water.")
    found = names(r)
    assert found["Tesk"]["type"] == "GPE", list(found)
    assert "possessor of a town's port, mayor or streets" in type_rules(found["Tesk"])
    assert found["Edda Fahl"]["type"] == "PERSON"


def test_a_place_written_with_its_state_stays_apart_and_whole(analyse):
    r = analyse("He was born in Springfield, Illinois, in 1950.")
    assert {e["name"] for e in r["entities"]} == {"Springfield", "Illinois"}


def test_the_town_a_mayor_is_of_is_a_place(analyse):
    for town in ("Olvane", "Sorvik"):
        r = analyse(f"The rebels said the mayor of {town} had fled to the coast.")
        assert names(r)[town]["type"] == "GPE", town


def test_a_rank_word_before_a_listed_place_leaves_the_place(analyse):
    r = analyse("The film Captain America opened in Lisbon on Friday.")
    assert not any(e["type"] == "PERSON" and e["name"] == "America" for e in r["entities"])
