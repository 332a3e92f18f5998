"""A state's organ is named by the state's adjective: the one the text writes, the gazetteer's, or one coined."""
from __future__ import annotations

from claimgraph.nlp.entity_context import coined_adjective


def entity_with(result, text):
    return next((e for e in result["entities"] if any(m["text"] == text for m in e["mentions"])), None)


def relations(result):
    return {(r["type"], r["subject"], r["object"]) for r in result["relations"]}


def test_an_adjective_is_coined_by_the_productive_suffixes():
    assert coined_adjective("Velmoria") == "Velmorian"
    assert coined_adjective("Ostessa") == "Ostessan"
    assert coined_adjective("Dornhal") == "Dornhalian"
    assert coined_adjective("Varesh") == "Vareshi"
    assert coined_adjective("Kellany") == "Kellanian"


def test_an_organ_of_a_state_whose_adjective_the_text_never_writes(analyse):
    r = analyse("Dornhal's army shelled the town of Pessk on Monday, local officials said. Dornhal denied it.")
    army = entity_with(r, "Dornhal's army")
    assert army is not None and army["name"] == "Dornhalian army", [e["name"] for e in r["entities"]]
    assert "Dornhal's army" in army["aliases"]
    assert ("part_of", "Dornhalian army", "Dornhal") in relations(r)


def test_the_adjective_the_text_writes_is_kept(analyse):
    r = analyse("Velmoran troops crossed the border on Friday. Velmora's defence ministry said the troops were on "
                "exercises.")
    ministry = entity_with(r, "Velmora's defence ministry")
    assert ministry is not None and ministry["name"] == "Velmoran defence ministry"

