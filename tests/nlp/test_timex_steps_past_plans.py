"""Times on sentences written for these tests: a length the tagger runs back over the noun before it ('left the
city hours after') starts after the noun, and a step ('two days later') in a past clause counts from the last act
the story dated, not from a plan that lies ahead of publication."""
from __future__ import annotations


def dated(result):
    return {t["text"]: (t.get("value"), t.get("granularity")) for t in result["times"]}


# 2025-06-18 is a Wednesday: the Saturday before it is 06-14, the Monday 06-16
WEDNESDAY = "2025-06-18"


def test_hours_after_an_act_are_not_run_into_the_object_before_them(analyse):
    r = analyse("The Harlow Gazette reported on Monday, citing two officials, that three guards left the country "
                "hours after the prisoner escaped.", published=WEDNESDAY)
    assert dated(r).get("hours after") == ("2025-06-16", "day")
    assert not any("country" in t["text"] for t in r["times"])


def test_a_counted_length_after_an_object_keeps_its_count(analyse):
    r = analyse("Rebels seized the depot on Monday and burned the warehouse two hours after the raid, the Tarn "
                "Institute said.", published=WEDNESDAY)
    assert not any("warehouse" in t["text"] for t in r["times"])


def test_a_step_in_a_past_clause_passes_over_a_plan_ahead(analyse):
    r = analyse("Gunmen blew up a bridge near Ostra on Saturday, the army of Velm said on Monday. Envoys of the two "
                "states are due to meet in Ulm next month. A second, smaller blast two days later near the port has "
                "not been explained.", published=WEDNESDAY)
    assert dated(r).get("two days later") == ("2025-06-16", "day")


def test_a_step_in_a_future_clause_keeps_the_plan(analyse):
    r = analyse("Envoys of the two states will meet in Ulm on June 25. A week later they will sign the treaty.",
                published=WEDNESDAY)
    assert dated(r).get("A week later") == ("2025-07-02", "day")
