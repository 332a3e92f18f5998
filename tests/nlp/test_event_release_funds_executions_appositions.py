"""Events on unseen text: money funnelled to a party, captives executed, a participle inside an apposition that
only describes a group, and a freed crew's vessel, which is no party."""
from __future__ import annotations

from tests.conftest import event


def triggers(result):
    return [e["trigger"]["text"] for e in result["events"]]


def test_money_funnelled_to_a_party_is_aid(analyse):
    r = analyse("Ostrel has funnelled money to the Brask Legion for years, the report said.")
    funnelled = event(r, "funnelled")
    assert funnelled["type"] == "AID"
    assert funnelled["roles"].get("recipient") == "Brask Legion"
    r = analyse("Ostrel students channelled their anger into a campaign.")
    assert "channelled" not in triggers(r)


def test_people_executed_are_killed(analyse):
    r = analyse("Legion fighters executed 12 fishermen near Brask on Monday.")
    assert event(r, "executed")["type"] == "ASSAULT"
    r = analyse("The Ostrel campaign executed its plan flawlessly.")
    assert "executed" not in triggers(r)


def test_a_participle_in_an_apposition_describes_the_group(analyse):
    r = analyse("The Brask Legion, the rebel movement fighting the Ostrel government, received money from Velm.")
    assert "fighting" not in triggers(r)


def test_a_freed_crews_vessel_receives_nothing(analyse):
    r = analyse("Brask's interior ministry freed the crew of the Ostrel trawler Grey Tern from prison on Tuesday.")
    freed = event(r, "freed")
    assert "Grey Tern" not in freed["roles"].get("recipient", "")
