"""Events on sentences written for these tests: orders to act, cyber acts told by their steps, office holders
acting for their organisation, and acts only wished, feared or kept off."""
from __future__ import annotations

from tests.conftest import event


def test_an_order_to_a_party_is_a_demand(analyse):
    r = analyse("The president ordered the police to clear the square on Sunday.")
    e = event(r, "ordered")
    assert e["type"] == "DEMAND"
    assert e["roles"]["actor"] == "president"


def test_an_order_noun_with_its_infinitive_is_a_demand_of_whom_it_came_from(analyse):
    r = analyse("Officials said the order to clear the square had come from the Orvane Council.")
    e = event(r, "order")
    assert e["type"] == "DEMAND"
    assert e["roles"].get("actor") == "Orvane Council"


def test_an_order_carried_by_its_act_and_a_purpose_are_no_demand(analyse):
    r = analyse("The army ordered its troops to arrest the protesters.")
    assert not [e for e in r["events"] if e["type"] == "DEMAND"]
    r = analyse("The party worked hard in order to win the vote.")
    assert not [e for e in r["events"] if e["type"] == "DEMAND"]


def test_hackers_knocking_out_power_is_a_cyber_act(analyse):
    r = analyse("Hackers working for Marvel's navy knocked out power to much of northern Tessaly on Sunday.")
    e = event(r, "knocked out")
    assert e["type"] == "COERCE" and e.get("mode") == "cyber"
    assert e["roles"]["actor"] == "Hackers"


def test_machines_entered_where_hacking_is_told_is_a_cyber_act(analyse):
    r = analyse("Tessaly blamed Marvel for a cyberattack on Sunday. "
                "Officials said the intruders had entered the control network of the water utility in August.")
    e = event(r, "entered")
    assert e["type"] == "COERCE" and e.get("mode") == "cyber"
    r = analyse("Protesters entered the building of the ministry on Monday.")
    assert not [e for e in r["events"] if e["trigger"]["text"] == "entered"]


def test_office_holders_act_for_their_organisation(analyse):
    r = analyse("The Corven Alliance, a bloc of six northern states, said on Monday that the bloc's defence "
                "ministers would meet in Dalsk next week.")
    assert event(r, "meet")["roles"]["actor"] == "Corven Alliance"
    r = analyse("Tessaly asked the Corven Alliance for help on Monday. Alliance leaders meet at a summit in Dalsk "
                "next week, an official said.")
    assert event(r, "meet")["roles"]["actor"] == "Corven Alliance"
    r = analyse("Tessaly said it would press its partners in the Corven Alliance to impose sanctions on Marvel.")
    assert event(r, "impose")["roles"]["actor"] == "Corven Alliance"


def test_office_holders_act_for_their_organisation_under_a_raising_verb(analyse):
    r = analyse("The Corven Alliance condemned the vote on Monday. Its foreign ministers are expected to discuss the "
                "crisis next month.")
    assert event(r, "discuss")["roles"]["actor"] == "Corven Alliance"


def test_a_short_name_read_as_an_adjective_names_the_organisation(analyse):
    # the parser tags "Compact" before "leaders" as an adjective
    r = analyse("The Halden Compact, a bloc of seven states, condemned the vote. Compact leaders meet at a summit in "
                "Pardo next week.")
    assert event(r, "meet")["roles"]["actor"] == "Halden Compact"
    r = analyse("The Halden Compact, a bloc of seven states, condemned the vote. Foreign ministers meet at a summit "
                "in Pardo next week.")
    assert event(r, "meet")["roles"].get("actor") != "Halden Compact"


def test_an_act_wished_or_feared_is_no_event(analyse):
    r = analyse("The ministry called the report a fabrication by people who want a war.")
    assert not [e for e in r["events"] if e["trigger"]["text"] == "war"]
    r = analyse("Villagers fear a new offensive before the harvest, the mayor said.")
    assert not [e for e in r["events"] if e["trigger"]["text"] == "offensive"]
    r = analyse("The army launched a new offensive on Monday.")
    assert event(r, "offensive")["type"] == "FIGHT"


def test_an_act_done_by_nobody_is_no_event(analyse):
    r = analyse('"Nobody is threatening Tessaly," a ministry spokesman told reporters.')
    assert not [e for e in r["events"] if e["trigger"]["text"] == "threatening"]
    r = analyse("Marvel is threatening Tessaly, a ministry spokesman told reporters.")
    assert event(r, "threatening")["type"] == "THREATEN"
    r = analyse("No one in the government returned our calls, the engineer's sister said.")
    assert not [e for e in r["events"] if e["trigger"]["text"] == "calls"]


def test_a_by_agent_stands_for_the_body_it_belongs_to(analyse):
    r = analyse("Two engineers were kidnapped on Monday by members of the Osk Liberation Front, police said.")
    assert event(r, "kidnapped")["roles"]["actor"] == "Osk Liberation Front"
    r = analyse("Two engineers were kidnapped on Monday by gunmen believed to be members of the Osk Liberation Front, "
                "police said.")
    assert event(r, "kidnapped")["roles"]["actor"] == "Osk Liberation Front"


def test_bargaining_is_negotiating_and_refusing_it_a_rejection(analyse):
    r = analyse('The interior ministry of Tessaly said it would not bargain with "criminals".')
    assert event(r, "bargain")["type"] == "REJECT"
    r = analyse("The two unions bargained with the employers for three days.")
    assert event(r, "bargained")["type"] == "CONSULT"


def test_a_body_named_again_by_an_act_noun_is_no_act(analyse):
    r = analyse("Diplomats from the Corven Alliance said on Monday that the alliance was unlikely to send troops "
                "to Tessaly.")
    assert not [e for e in r["events"] if e["trigger"]["text"] == "alliance"]
    r = analyse("Tessaly formed an alliance with Marvel in 2019.")
    assert event(r, "alliance")["type"] == "COOPERATE"


def test_people_freed_with_no_one_named_are_freed_by_their_captors(analyse):
    r = analyse("Three aid workers abducted by the Osk Liberation Front in eastern Tessaly were freed on Sunday, "
                "the charity said.")
    assert event(r, "freed")["roles"]["actor"] == "Osk Liberation Front"
    r = analyse("Three aid workers were freed on Sunday, the charity said.")
    assert "actor" not in event(r, "freed")["roles"]


def test_a_preposition_marking_a_party_is_no_part_of_the_trigger(analyse):
    r = analyse("Observers from the Corven Alliance said their staff had been barred from 37 counting centres.")
    assert event(r, "barred")["type"] == "COERCE"
    r = analyse("Tessaly called for sanctions against Marvel on Monday.")
    assert event(r, "called for")["type"] == "DEMAND"
