"""One rule names a state's organs by its adjective, for the organs the text names and a minister's ministry."""
from __future__ import annotations

from claimgraph.nlp.entity_context import state_organ_adjective


def entity_with(result, text):
    return next((e for e in result["entities"] if any(m["text"] == text for m in e["mentions"])), None)


def test_the_organ_adjective_rule():
    assert state_organ_adjective("Dravmoor") == ("Dravmoorian", {"Dravmoori"})
    assert state_organ_adjective("Dravmoor", written="Dravmoran") == ("Dravmoran", set())
    assert state_organ_adjective("Dravmoor", listed=("Dravish",)) == ("Dravish", set())
    assert state_organ_adjective("Osk") == (None, set())
    assert state_organ_adjective("North Osk") == (None, set())


def test_a_short_state_name_names_its_army_and_its_minister_s_ministry_alike(analyse):
    r = analyse("Osk's energy minister, Ana Teller, said on Monday that her ministry would cut prices. Osk's army "
                "said it was ready. Troops massed in Osk.")
    army, ministry = entity_with(r, "Osk's army"), entity_with(r, "her ministry")
    assert army is not None and ministry is not None
    assert army["name"] == "Osk's army" and ministry["name"] == "Osk's energy ministry"


def test_a_coined_adjective_names_its_army_and_its_minister_s_ministry_alike(analyse):
    r = analyse("Dravmoor's energy minister, Ana Teller, said on Monday that her ministry would cut prices. "
                "Dravmoor's army said it was ready. Protests spread across Dravmoor.")
    assert entity_with(r, "Dravmoor's army")["name"] == "Dravmoorian army"
    assert entity_with(r, "her ministry")["name"] == "Dravmoorian energy ministry"
