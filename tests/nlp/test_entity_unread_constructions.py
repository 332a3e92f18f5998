"""Entities on texts written for these tests: "the capital" as a place is the dateline's city; a customs agency is a state's;
unnamed weapons and convoys named again; a state's service told through "its" is the service the story names."""
from __future__ import annotations


def mentions_of(result, name):
    entity = next((e for e in result["entities"] if e["name"] == name), None)
    return [m["text"] for m in entity["mentions"]] if entity is not None else []


def test_the_bare_capital_as_a_place_is_the_dateline_city(analyse):
    r = analyse("TORVALE (Brisk Wire) - Police in Ostmar detained 40 students at a rally in the capital on "
                "Saturday, a rights group said.")
    assert "the capital" in mentions_of(r, "Torvale")


def test_the_bare_capital_keeps_the_dateline_city_past_a_who_clause_on_the_person_before_it(analyse):
    r = analyse("MERVAST (Orrin Wire) - A diplomat in the capital, who spoke on condition of anonymity, said the "
                "talks had failed.")
    assert "the capital" in mentions_of(r, "Mervast")
    r = analyse("MERVAST (Orrin Wire) - Troops moved into the capital, which had been quiet, on Monday.")
    assert "the capital" not in mentions_of(r, "Mervast")


def test_the_capital_with_a_state_of_its_own_is_not_the_dateline_city(analyse):
    r = analyse("TORVALE (Brisk Wire) - Police in Ostmar detained 40 students at a rally in the Velmish capital "
                "on Saturday, a rights group said.")
    assert "the Velmish capital" not in mentions_of(r, "Torvale")
    assert "the capital" not in mentions_of(r, "Torvale")


def test_a_capital_visited_is_left_alone(analyse):
    r = analyse("TORVALE (Brisk Wire) - Ostmar's envoy is expected to visit the capital next month, two "
                "diplomats said.")
    assert "the capital" not in mentions_of(r, "Torvale")


def test_a_name_owning_a_customs_agency_is_a_state_and_bare_customs_officers_its_agency(analyse):
    r = analyse("VELM (Brisk Wire) - Customs officers seized 200 rifles hidden in a lorry at the port of Ansk, "
                "Taro Wenn, the head of Kelmark's customs agency, said on Monday.")
    state = next(e for e in r["entities"] if e["name"] == "Kelmark")
    assert state["type"] == "GPE"
    agency = next(e for e in r["entities"] if "customs agency" in e["name"])
    texts = [m["text"] for m in agency["mentions"]]
    assert "Customs officers" in texts and "Kelmark's customs agency" in texts


def test_counted_weapons_with_a_hyphenated_modifier_and_a_clause_are_named_again(analyse):
    r = analyse("Border guards seized 120 anti-ship rockets hidden in a grain lorry on Friday, the Dask "
                "interior ministry said. The rockets were made in a factory abroad, it said. Officials said the "
                "rockets would be destroyed.")
    weapons = next(e for e in r["entities"] if e["name"] == "anti-ship rockets")
    assert weapons["type"] == "EQUIPMENT"
    assert [m["text"] for m in weapons["mentions"]] == ["120 anti-ship rockets", "The rockets", "the rockets"]


def test_a_convoy_introduced_and_named_again_is_a_vehicle(analyse):
    r = analyse("Gunmen attacked a convoy near the town of Ulst on Monday, police said. Three of the drivers in "
                "the convoy were wounded, they said.")
    convoy = next(e for e in r["entities"] if e["name"] == "convoy")
    assert convoy["type"] == "VEHICLE"
    assert [m["text"] for m in convoy["mentions"]] == ["a convoy", "the convoy"]


def test_a_counted_craft_given_its_name_by_a_participle_is_not_an_unnamed_one(analyse):
    r = analyse("Rebels fired two rockets called Thunderbolts at the base, the army said. The rockets missed.")
    assert not any(e["name"] == "rockets" for e in r["entities"])


def test_a_state_s_service_told_through_its_is_the_service_the_story_names(analyse):
    r = analyse("VELM (Brisk Wire) - Varnesia expelled the Ostrelian ambassador on Friday, three days after its "
                "counter-intelligence service detained a Varnesian navy clerk, the Internal Defence Bureau said. "
                "The Bureau said the clerk had been paid in cash.")
    bureau = next(e for e in r["entities"] if e["name"] == "Internal Defence Bureau")
    assert "its counter-intelligence service" in [m["text"] for m in bureau["mentions"]]


def test_a_state_s_service_is_no_body_where_the_story_names_two(analyse):
    r = analyse("VELM (Brisk Wire) - Varnesia expelled the Ostrelian ambassador on Friday, three days after its "
                "intelligence service detained a Varnesian navy clerk, the Internal Defence Bureau said. The Ostrel "
                "Protection Service denied it.")
    assert not any("its intelligence service" in [m["text"] for m in e["mentions"]] for e in r["entities"])


def test_a_repeated_name_opening_with_an_adjective_is_named_whole_again(analyse):
    r = analyse("Two engineers kidnapped last month were freed on Sunday, their employer, the relief group Open "
                "Roads, said on Monday. The engineers are in good health, a doctor said. Open Roads urged other "
                "charities to stay in the region.")
    assert mentions_of(r, "Open Roads") == ["Open Roads", "Open Roads"]


def test_a_person_described_with_modifiers_before_the_name_is_the_named_one(analyse):
    r = analyse("Police in Varnesia arrested a customs clerk on Monday on suspicion of bribery. The clerk, Ivo "
                "Marsk, was freed on bail on Tuesday, his lawyer said.")
    assert mentions_of(r, "Ivo Marsk")[:2] == ["a customs clerk", "Ivo Marsk"]
