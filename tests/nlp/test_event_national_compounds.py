"""Nominal acts whose doer is a state's adjective that the parser reads as a proper-noun compound."""
from __future__ import annotations


def act(result, trigger):
    return next(e for e in result["events"] if e["trigger"]["text"] == trigger)


def test_an_unfamiliar_national_adjective_names_the_doer_of_a_blockade(analyse):
    r = analyse("Velmar closed its border on Monday. Officials said a Velmari blockade had cut supplies to the port.")
    blockade = act(r, "blockade")
    assert blockade["roles"].get("actor") == "Velmar"
    assert blockade["role_mentions"]["actor"]["text"] == "Velmari"


def test_a_national_adjective_names_the_side_of_an_offensive(analyse):
    r = analyse("Dressa recalled its ambassador. Witnesses said the Dressan offensive began at dawn.")
    assert act(r, "offensive")["roles"].get("actor") == "Dressa"


def test_the_states_own_name_before_an_act_is_no_doer(analyse):
    # "the Paris attacks", "the Iraq invasion": a name before an act noun is most often its place or its target
    r = analyse("Orlan recalled its ambassador. Witnesses said the Orlan offensive began at dawn.")
    assert "actor" not in act(r, "offensive")["roles"]
