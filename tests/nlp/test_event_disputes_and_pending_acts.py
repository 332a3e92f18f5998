"""Events on sentences written for these tests: clashes in words, routine hearings, comparison times, acts awaited."""
from __future__ import annotations

from tests.conftest import event


def test_a_clash_between_officials_over_an_issue_is_a_dispute(analyse):
    r = analyse("The interior minister has been clashing with the mayor of Tervik over the housing plan.")
    assert event(r, "clashing")["type"] == "DISAPPROVE"


def test_a_clash_with_armed_or_crowd_parties_stays_physical(analyse):
    r = analyse("Rebels clashed with government troops near the northern border.")
    assert event(r, "clashed")["type"] == "FIGHT"
    r = analyse("Demonstrators clashed with police outside the courthouse.")
    assert event(r, "clashed")["type"] != "DISAPPROVE"


def test_a_routine_hearing_is_no_investigation(analyse):
    r = analyse("The ministry wants to speed up asylum hearings for new arrivals.")
    assert not [e for e in r["events"] if e["trigger"]["text"] == "hearings"]
    r = analyse("The committee opened hearings into the collapse of the dam.")
    assert event(r, "hearings")["type"] == "INVESTIGATE"


def test_a_latin_adverbial_is_no_location(analyse):
    r = analyse("The former governor was sentenced to twenty years in absentia.")
    assert "location" not in event(r, "sentenced")["roles"]


def test_a_time_in_a_comparison_dates_the_earlier_figure(analyse):
    r = analyse("A survey released Monday found that 61 percent of voters support the new tax, "
                "up from 40 percent three years ago.")
    assert "time" not in event(r, "support")["roles"]


def test_an_act_awaited_by_an_until_clause_is_not_told_done(analyse):
    r = analyse("The garrison will hold the bridge until the rebels release the hostages.")
    assert event(r, "release")["certainty"]["value"] < 3
    assert [c["text"] for c in event(r, "release")["certainty"]["cue"]] == ["until"]
    r = analyse("The garrison held the bridge until the rebels released the hostages.")
    assert event(r, "released")["certainty"]["value"] == 3
