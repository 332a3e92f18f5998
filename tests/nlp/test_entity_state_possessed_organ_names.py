"""A state's organ with a name of its own ending in a body's word ("Trelane's Internal Security Office") takes the
possessor into its mention, as a described organ does ("Trelane's defence ministry"), and is the state's part."""
from __future__ import annotations


def test_a_named_organ_after_a_state_s_possessive_takes_the_possessor(analyse):
    r = analyse("Officials in Morvane said on Monday that talks would resume. Morvane's Internal Security Office said "
                "two officials had been arrested. The office said they had passed secrets abroad.")
    [office] = [e for e in r["entities"] if e["name"] == "Internal Security Office"]
    assert [m["text"] for m in office["mentions"]] == ["Morvane's Internal Security Office", "The office"]
    assert {"type": "part_of", "subject": "Internal Security Office", "object": "Morvane"} in [
        {k: rel[k] for k in ("type", "subject", "object")} for rel in r["relations"]]
    [state] = [e for e in r["entities"] if e["name"] == "Morvane"]
    assert len(state["mentions"]) == 2


def test_a_firm_after_a_state_s_possessive_keeps_its_own_mention(analyse):
    r = analyse("Officials in Morvane said on Monday that talks would resume. Morvane's Brisk Holdings said profits "
                "had fallen.")
    [firm] = [e for e in r["entities"] if e["name"] == "Brisk Holdings"]
    assert [m["text"] for m in firm["mentions"]] == ["Brisk Holdings"]
