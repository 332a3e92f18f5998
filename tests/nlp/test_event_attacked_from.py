"""An attack told from the side that bears it ("came under attack from X drones") names its doer after "from": the
weapon's owner or an armed force; a place it came from and critics name none."""
from __future__ import annotations

import pytest


def actors(result):
    return [(e["type"], e["roles"].get("actor")) for e in result["events"]]


@pytest.mark.parametrize("sentence, doer", [
    ("The Harrel fuel depot came under attack from Varnese drones on Tuesday.", "Varnese"),
    ("A Corvish convoy came under attack from rebel fighters near Ostel.", "rebel fighters"),
])
def test_the_doer_of_an_attack_borne_is_named_after_from(analyse, sentence, doer):
    found = actors(analyse(sentence))
    assert any(kind in {"ASSAULT", "FIGHT"} and actor == doer for kind, actor in found), found


def test_a_place_an_attack_came_from_is_no_doer(analyse):
    found = actors(analyse("The village of Ostel came under attack from across the border."))
    assert all(actor is None for _, actor in found), found
