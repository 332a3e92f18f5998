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
