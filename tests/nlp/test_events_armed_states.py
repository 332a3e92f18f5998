"""An agentless 'armed' or 'equipped' tells what someone carried, not an act of arming."""
from __future__ import annotations


def _events(result):
    return [(e["type"], e["trigger"]["text"]) for e in result["events"]]


def test_a_predicative_armed_is_no_aid(analyse):
    r = analyse("Velk's interior ministry said the raiders had crossed 200 metres into its territory and were armed.")
    assert ("AID", "armed") not in _events(r)


def test_arming_with_a_doer_stays_aid(analyse):
    r = analyse("The rebels were armed by a foreign power.")
    assert ("AID", "armed") in _events(r)


def test_a_thing_that_allows_an_act_concedes_nothing(analyse):
    r = analyse("The loophole allowed the smugglers to move the crates through the port.")
    assert not [t for t, trigger in _events(r) if trigger == "allowed"]


def test_a_party_that_allows_an_act_still_acts(analyse):
    r = analyse("Velk will allow Orlen warships to use the port, the ministry said.")
    assert [t for t, trigger in _events(r) if trigger == "allow"]
