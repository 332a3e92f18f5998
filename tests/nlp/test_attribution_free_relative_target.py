"""A free relative naming what a violent act was aimed at ('attacked what the army described as a depot')."""
from __future__ import annotations

from tests.news import by_cue, joined, texts


def test_an_attack_on_what_others_described_is_no_report(analyse):
    r = analyse("Rebels attacked what the Dorvan army described as a supply depot near Tesk.")
    assert not [a for a in r["attributions"] if "attacked" in joined(a["cue"])]
    (described,) = by_cue(r, "described as")
    assert texts(described["source"]) == ["the Dorvan army"]
