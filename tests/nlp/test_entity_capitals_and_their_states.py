"""Capitals and their states on texts written for these tests: the state "the government in <city>" stands for is
not one it acts on through a complement or a second verb, nor one whose envoy is posted in the city; a state's
own officials tell of their government's deliberations; an unresolved seat leaves the government unjoined."""
from __future__ import annotations


def mentions_of(result, name):
    entity = next((e for e in result["entities"] if e["name"] == name), None)
    return [m["text"] for m in entity["mentions"]] if entity is not None else []


def capitals(result):
    return [(x["subject"], x["object"]) for x in result["relations"] if x["type"] == "capital_of"]


def test_a_controlled_complement_s_object_is_not_the_governing_state(analyse):
    r = analyse("Ostria's army and Brevania's navy met at sea. The government in Kolt plans to expel Brevania's "
                "envoy.")
    assert "The government in Kolt" in mentions_of(r, "Ostria")
    assert ("Kolt", "Brevania") not in capitals(r)


def test_a_conjoined_verb_s_object_is_not_the_governing_state(analyse):
    r = analyse("Ostria's army and Brevania's navy met at sea. The government in Kolt rejected the account and "
                "accused Brevania of arming the rebels.")
    assert "The government in Kolt" in mentions_of(r, "Ostria")
    assert "The government in Kolt" not in mentions_of(r, "Brevania")


def test_officials_tell_of_their_own_government_s_deliberations(analyse):
    r = analyse("KESTRA, June 2 (Lantern Wire) - Dorvel's interior ministry said on Tuesday that Ansarian gunboats "
                "had fired on a fishing fleet. Two Dorvel officials, speaking on condition of anonymity, said the "
                "government in Kestra was considering expelling Ansary's ambassador.")
    assert "the government in Kestra" in mentions_of(r, "Dorvel")
    assert capitals(r) == [("Kestra", "Dorvel")]


def test_a_plan_told_by_a_state_s_officials_is_their_government_s(analyse):
    r = analyse("Dorvel's coast guard and Ansary's navy met at sea on Monday. Two Dorvel officials said the "
                "government in Kestra was weighing new checks on the border.")
    assert "the government in Kestra" in mentions_of(r, "Dorvel")


def test_a_state_s_embassy_in_a_city_is_posted_in_another_state_s_capital(analyse):
    r = analyse("Dorvel's army shelled a border post on Sunday, Ansary's embassy in Kestra said on Monday. The "
                "government in Kestra did not comment.")
    assert "The government in Kestra" not in mentions_of(r, "Ansary")
    assert ("Kestra", "Ansary") not in capitals(r)


def test_a_seat_left_unresolved_is_no_bare_government(analyse):
    r = analyse("Ostria's foreign minister said on Monday that the attack had been staged by the government in "
                "Velk.")
    assert not any(m.startswith("the government") for m in mentions_of(r, "Ostria"))


def test_a_capital_urged_stands_for_the_state_governed_from_it(analyse):
    r = analyse("Dravia's coast guard and Orsel's navy clashed on Monday. Two days later the government in Kestel "
                "ordered three Orselian diplomats to leave. Orsel's foreign minister urged Kestel not to escalate "
                "the dispute.")
    dravia = mentions_of(r, "Dravia")
    assert "the government in Kestel" in dravia and "Kestel" in dravia
    assert mentions_of(r, "Kestel") == ["Kestel"]

