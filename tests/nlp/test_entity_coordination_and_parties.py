"""Entities: places joined by a conjunction, organisations named "<Name> of <place>", and parties of another country."""
from __future__ import annotations


def names(result):
    return {e["name"]: e for e in result["entities"]}


def test_a_name_coordinated_with_a_typed_place_is_a_place(analyse):
    r = analyse("Storms cut power to homes in Lyon and Grenoble on Tuesday, the operator said.")
    found = names(r)
    assert found["Grenoble"]["type"] == found["Lyon"]["type"] == "GPE"
    rules = {e["rule"] for e in found["Grenoble"]["type_evidence"]}
    assert "conjunct of a typed place" in rules


def test_a_lone_tagger_guess_of_a_person_yields_to_a_place_coordination(analyse):
    r = analyse("Nurses in Lisbon and Porto will vote on strike action next week.")
    assert names(r)["Porto"]["type"] == "GPE"
    talks = analyse("Talks between Russia and Putin stalled on Friday.")
    assert names(talks)["Putin"]["type"] == "PERSON"


def test_a_plural_or_an_organisation_word_after_and_is_no_place(analyse):
    r = analyse("Harlow and Sons said its depot in Dundee would close. Ardmore and District Council objected.")
    assert not any(e["type"] == "GPE" and e["name"] in {"Sons", "District Council"} for e in r["entities"])


def test_a_party_of_another_country_keeps_its_place_in_its_name(analyse):
    r = analyse("The Conservative Party of Canada said it would oppose the bill in Ottawa.")
    found = names(r)
    assert "Conservative Party of Canada" in found, list(found)
    assert found["Conservative Party of Canada"]["category"] == "political_party"
    assert "Canada" not in found


def test_a_government_of_a_state_is_still_the_state(analyse):
    r = analyse("The Government of Canada said it would appeal.")
    assert "Canada" in names(r)


def test_an_institution_named_of_a_place_is_one_name(analyse):
    r = analyse("Economists at the Communist Party of Vietnam school in Hanoi disagreed.")
    assert any(e["name"].startswith("Communist Party of Vietnam") for e in r["entities"]), \
        [e["name"] for e in r["entities"]]


def test_a_demonym_of_another_country_makes_another_party(analyse):
    r = analyse("The Irish Labour Party criticised the budget. Separately, the Labour Party in London said "
                "it would back the bill.")
    found = names(r)
    assert "Irish Labour Party" in found and "Labour Party" in found
    assert found["Irish Labour Party"]["id"] != found["Labour Party"]["id"]
    assert "Irish Labour Party" not in found["Labour Party"].get("aliases", [])


def test_a_demonym_split_off_by_the_tagger_still_names_the_party(analyse):
    r = analyse("Irish Labour Party leader Ivana Bacik said the plan was flawed.")
    assert "Irish Labour Party" in names(r), [e["name"] for e in r["entities"]]


def test_the_partys_own_demonym_is_the_same_party(analyse):
    r = analyse("The British Labour Party said it would vote against the motion.")
    assert "Labour Party" in names(r), [e["name"] for e in r["entities"]]


def test_a_state_inside_a_companys_name_is_no_mention_of_the_state(analyse):
    r = analyse("Air France-KLM and Iberia Express said on Monday they would bid for the carrier. "
                "The government in Madrid said it would decide by June.")
    found = names(r)
    assert "Air France-KLM" in found and "France" not in found, list(found)
    treasury = analyse("The US Treasury said it would sanction the bank.")
    assert "United States" in names(treasury), [e["name"] for e in treasury["entities"]]


def test_the_word_before_of_is_a_short_form_of_the_name(analyse):
    r = analyse("The Reserve Bank of Australia held rates on Tuesday. The Bank said inflation was easing, "
                "and Australia's treasurer welcomed the decision.")
    bank = names(r)["Reserve Bank of Australia"]
    assert "The Bank" in [m["text"] for m in bank["mentions"]]
    assert "Australia" in names(r)


def test_a_party_s_standing_towards_power_is_inside_its_mention_not_its_name(analyse):
    r = analyse("The ruling Harvest League said it backed the budget. Ilse Morrow, the leader of the main opposition "
                "Tidewater Front, called for a vote.")
    found = names(r)
    assert [m["text"] for m in found["Harvest League"]["mentions"]][0] == "The ruling Harvest League"
    assert [m["text"] for m in found["Tidewater Front"]["mentions"]] == ["the main opposition Tidewater Front"]
