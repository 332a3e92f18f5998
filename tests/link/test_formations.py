"""A numbered formation of a state's forces ("Velmar's 9th Harbour Brigade") acts for the state, as its army does;
and an act on a place and an act on a counted group of people told without that place are two acts."""
from __future__ import annotations

from claimgraph.link import identities
from claimgraph.link.linker import one_and_many
from claimgraph.store import Store

from tests.link.test_linker import store_all

FIGHT = "ASSAULT"


def killing(built, text, claim, actor, target, entities, outlet, published):
    return built(text, outlet=outlet, published=published, entities=entities, claim=claim,
                 event={"type": FIGHT, "roles": {"actor": actor, "target": target}})


def test_a_formation_named_with_its_state_acts_for_the_state(tmp_path, built):
    state = killing(built, "Velmari troops killed 20 farmers in the hamlet of Ostrey, a witness said.",
                    "Velmari troops killed 20 farmers in the hamlet of Ostrey", "Velmari troops", "20 farmers",
                    [("Velmar", "GPE"), ("Ostrey", "GPE")], "A", "2025-05-02")
    unit = killing(built, "Soldiers of Velmar's 9th Harbour Brigade shot dead 20 farmers in Ostrey, two medics said.",
                   "Soldiers of Velmar's 9th Harbour Brigade shot dead 20 farmers in Ostrey", "Harbour Brigade",
                   "20 farmers", [("Velmar", "GPE"), ("Harbour Brigade", "ORG"), ("Ostrey", "GPE")], "B",
                   "2025-05-03")
    rows = store_all(tmp_path / "s.db", [state, unit])
    assert rows[0][0] == rows[1][0]
    with Store.open(tmp_path / "s.db") as store:
        # the number the recogniser left out of the name is a name of the formation
        (brigade,) = identities.lookup(store, "9th Harbour Brigade")
        (velmar,) = identities.lookup(store, "Velmar")
        assert identities.formation_state(store, brigade) == velmar


def test_a_formation_named_without_a_state_is_a_party_of_its_own(tmp_path, built):
    state = killing(built, "Velmari troops killed 20 farmers in the hamlet of Ostrey, a witness said.",
                    "Velmari troops killed 20 farmers in the hamlet of Ostrey", "Velmari troops", "20 farmers",
                    [("Velmar", "GPE"), ("Ostrey", "GPE")], "A", "2025-05-02")
    militia = killing(built, "Fighters of the Red Harbour Brigade shot dead 20 farmers in Ostrey, two medics said.",
                      "Fighters of the Red Harbour Brigade shot dead 20 farmers in Ostrey", "Red Harbour Brigade",
                      "20 farmers", [("Red Harbour Brigade", "ORG"), ("Ostrey", "GPE")], "B", "2025-05-03")
    rows = store_all(tmp_path / "s.db", [state, militia])
    assert rows[0][0] != rows[1][0]


def test_a_place_done_to_and_a_counted_group_told_elsewhere_are_two_acts():
    kinds = {7: "GPE", 8: "GPE"}
    assert one_and_many(7, "words:at least 20 farmers", kinds, {8})  # the group is told in another place
    assert not one_and_many(7, "words:at least 20 farmers", kinds, {7})  # ... or in that place: one act
    assert not one_and_many(7, "words:the farmers", kinds, {8})  # no count: nothing to part them
