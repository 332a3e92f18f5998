"""An organ only a state has, one to a state ("the election commission", "the central bank"), written with "the"
and no owner, is the organ of the one state the text shows; not where a body named before may be it."""
from __future__ import annotations


def test_the_election_commission_is_the_one_state_s(analyse):
    r = analyse("Voters in Norvath's eastern provinces queued for hours on Sunday. Two days later, the election "
                "commission said it had found no fraud, and opposition leaders accused the commission of hiding "
                "complaints.")
    [organ] = [e for e in r["entities"] if "commission" in e["name"]]
    assert organ["type"] == "ORG" and organ["category"] == "state_organ"
    assert organ["name"].startswith("Norvath")
    assert [m["text"] for m in organ["mentions"]] == ["the election commission", "it", "the commission"]


def test_a_named_body_before_keeps_the_description(analyse):
    r = analyse("The Ostvik Reserve raised rates in Norvath's capital on Tuesday. The central bank said prices were "
                "rising too quickly.")
    assert not [e for e in r["entities"] if e.get("category") == "state_organ"]


def test_a_title_after_the_organ_s_words_is_a_person_s(analyse):
    r = analyse("Marta Kell, Norvath's interior minister, spoke on Monday. The election commission chief resigned "
                "the next day.")
    assert not [e for e in r["entities"] if e["name"].endswith("election commission")]


def test_the_organ_s_words_name_again_the_body_whose_name_holds_them(analyse):
    r = analyse("Twelve fishermen were rescued, Tarvany's Coast Guard Service said. Investigators later seized the "
                "coast guard's radio logs.")
    service = next(e for e in r["entities"] if "Coast Guard Service" in e["name"])
    assert [m["text"] for m in service["mentions"]][-1] == "the coast guard"
