"""Relations on sentences written for these tests: a named organisation placed by 'in' and a place right after its
name ('the Corvel Centre for Strategic Studies in Dunhaven') or in an apposition on it ('the Merrow Institute, a
research group in Tallis'; 'an armed group in Vessany's eastern hills') is located in that place."""
from __future__ import annotations


def placed(result):
    return {(r["subject"], r["object"]) for r in result["relations"] if r["type"] == "located_in"}


def test_a_group_apposed_with_its_place(analyse):
    r = analyse("The Merrow Institute, a research group in Tallis, said the bridge over the Ossel had been hit.")
    assert ("Merrow Institute", "Tallis") in placed(r)


def test_a_named_body_with_its_place_after_the_name(analyse):
    r = analyse("Ana Rell, an analyst at the Corvel Centre for Strategic Studies in Dunhaven, said the leak was "
                "serious.")
    assert ("Corvel Centre for Strategic Studies", "Dunhaven") in placed(r)


def test_a_group_apposed_with_a_region_of_a_state(analyse):
    r = analyse("The Grey Foxes, an armed group in Vessany's eastern hills, said on Monday that they had seized "
                "two lorries.")
    assert ("Grey Foxes", "Vessany") in placed(r)


def test_a_body_or_facility_named_by_a_common_noun_is_in_the_place_after_in(analyse):
    r = analyse("Hackers shut down a water utility in Pellot, a town in Vessany, on Monday. The utility said its "
                "pumps were back online.")
    placed = {(x["subject"], x["object"], x["evidence"]["text"]) for x in r["relations"] if x["type"] == "located_in"}
    assert any(o == "Pellot" and "utility" in s and e == "a water utility in Pellot" for s, o, e in placed)
    r = analyse("The hospital in Merrith took in 40 wounded, its director, Anika Sorel, said. The hospital said it "
                "had run out of blood.")
    assert any(x["type"] == "located_in" and x["object"] == "Merrith" and "hospital" in x["subject"]
               for x in r["relations"])


def test_troops_in_a_town_are_no_body_placed_there(analyse):
    r = analyse("Oskian troops in Pellot fired on the crowd, witnesses said. The troops withdrew on Monday.")
    assert not any(x["type"] == "located_in" and x["object"] == "Pellot" for x in r["relations"])
