"""Organs on texts written for these tests: a ministry named "Ministry of X of <state>" is the state's ministry, and
an organ later named with a narrowing word is the same organ where its owner has no other it could be."""
from __future__ import annotations


def entity_named(result, name):
    return next((e for e in result["entities"] if e["name"] == name), None)


def entity_with(result, text):
    return next((e for e in result["entities"] if any(m["text"] == text for m in e["mentions"])), None)


def test_a_ministry_of_a_state_keeps_the_state_out_of_its_name(analyse):
    r = analyse("The Ministry of Defence of Halvaro said on Monday that the drills would go on.")
    ministry = entity_with(r, "The Ministry of Defence")
    assert ministry is not None and ministry["name"] == "Ministry of Defence"
    assert entity_named(r, "Halvaro")["type"] == "GPE"
    assert {"type": "part_of", "subject": "Ministry of Defence", "object": "Halvaro"} in [
        {k: x[k] for k in ("type", "subject", "object")} for x in r["relations"]]


def test_a_possessed_ministry_is_the_states_too(analyse):
    r = analyse("Halvaro's Ministry of Foreign Affairs summoned the envoy on Monday.")
    assert entity_named(r, "Halvaro")["type"] == "GPE"
    assert any(x["type"] == "part_of" and x["object"] == "Halvaro" for x in r["relations"])


def test_an_organ_named_again_with_a_narrowing_word_is_one_organ(analyse):
    r = analyse("Halvaro's intelligence service said it had tracked the shipments.\n\n"
                "Halvaro's foreign intelligence service later said the convoy had crossed the border. "
                "The service added that more shipments were expected.")
    first = entity_with(r, "Halvaro's intelligence service")
    assert first is not None
    texts = [m["text"] for m in first["mentions"]]
    assert "Halvaro's foreign intelligence service" in texts and "The service" in texts


def test_two_narrowings_leave_the_bare_organ_to_neither(analyse):
    r = analyse("Halvaro's intelligence service said it had tracked the shipments.\n\n"
                "Halvaro's foreign intelligence service said the convoy had crossed the border, and Halvaro's "
                "domestic intelligence service said two couriers had been held.")
    first = entity_with(r, "Halvaro's intelligence service")
    texts = [m["text"] for m in first["mentions"]]
    assert "Halvaro's foreign intelligence service" not in texts
    assert "Halvaro's domestic intelligence service" not in texts


def test_two_states_ministries_of_one_name_stay_two(analyse):
    r = analyse("Halvaro's Ministry of Defence said the exercise would continue. The Ministry of Defence of Russia "
                "later said the drills were routine. The Ministry of Defence of Halvaro said the drills were over.")
    owned = {x["object"]: x["evidence"]["text"] for x in r["relations"] if x["type"] == "part_of"}
    assert set(owned) == {"Halvaro", "Russia"}
    halvaro = entity_with(r, "Ministry of Defence")
    texts = [m["text"] for m in halvaro["mentions"]]
    assert len(texts) == 2 and "The Ministry of Defence" in texts
    russian = [e for e in r["entities"] if e["name"] == "Ministry of Defence" and e is not halvaro]
    assert len(russian) == 1 and len(russian[0]["mentions"]) == 1
