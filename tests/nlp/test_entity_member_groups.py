"""Entities on invented names: a group named for its members of a name ("the Sons of Marvik") is one organisation."""
from __future__ import annotations


def names(result):
    return {e["name"]: e for e in result["entities"]}


def test_a_group_named_sons_of_a_place_is_one_organisation(analyse):
    found = names(analyse("The Sons of Torvel, an armed group, said it had killed two soldiers. The group's leader, "
                          "Dano Verrel, fled to Torvel last year."))
    assert found["Sons of Torvel"]["type"] == "ORG"
    assert "Sons" not in found
    # the place inside the group's name is no mention of the place; the later "Torvel" is
    assert [m["text"] for m in found["Torvel"]["mentions"]] == ["Torvel"]


def test_a_friends_group_keeps_its_two_word_name(analyse):
    found = names(analyse("The Friends of Lake Varra said on Monday that the dam would harm the fish."))
    assert found["Friends of Lake Varra"]["type"] == "ORG"
    assert "Lake Varra" not in found


def test_a_peoples_plural_keeps_the_place(analyse):
    for people in ("Armenians", "Kessarians"):  # a listed people's plural, and a word no dictionary knows
        found = names(analyse(f"The {people} of Olmby protested in the capital on Monday, police said."))
        assert not any(n.startswith(f"{people} of") for n in found), people
