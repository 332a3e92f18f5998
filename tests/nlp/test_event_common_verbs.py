"""Events on sentences written for these tests: acts told by common verbs, money lent (economic aid, not the
figurative 'lend support'), an envoy called home or back (diplomatic relations reduced) and people kidnapped or
abducted (detained by force)."""
from __future__ import annotations

import pytest


def typed(r: dict, trigger: str) -> list[dict]:
    return [e for e in r["events"] if e["trigger"]["text"].split()[0] == trigger]


@pytest.mark.parametrize("text, trigger, actor, recipient", [
    ("Varnholt has agreed to lend Quessary $4 billion to rebuild its railways.", "lend", "Varnholt", "Quessary"),
    ("Varnholt has lent money to Quessary twice this year.", "lent", "Varnholt", "Quessary"),
    ("The Ebbrin Development Fund lent 300 million euros to the Quessary government.", "lent", "Ebbrin", "Quessary"),
    ("Quessary has been lent 800 million dollars by Varnholt.", "lent", None, "Quessary"),
])
def test_money_lent_is_economic_aid(analyse, text, trigger, actor, recipient):
    (e,) = typed(analyse(text), trigger)
    assert e["type"] == "AID" and e.get("mode") == "economic"
    if actor:
        assert actor in e["roles"]["actor"]
    assert recipient in e["roles"]["recipient"]


@pytest.mark.parametrize("text, trigger", [
    ("The senator from Quessary is lending his support to the Varnholt bill.", "lending"),
    ("The Quessary premier lent his ear to the fishermen of Varnholt.", "lent"),
    ("The Varnholt report will lend credibility to the Quessary claims.", "lend"),
    ("The singer lent her voice to the Varnholt campaign.", "lent"),
])
def test_what_else_is_lent_is_no_aid(analyse, text, trigger):
    assert not [e for e in typed(analyse(text), trigger) if e["type"] == "AID"]


@pytest.mark.parametrize("text", [
    "Varnholt called its ambassador home on Friday.",
    "Varnholt has called back its envoy from Quessary.",
    "The Varnholt ambassador to Quessary was called back for consultations.",
    "Our ambassador in Quessary has been called home, the Varnholt foreign ministry said.",
])
def test_an_envoy_called_home_reduces_relations(analyse, text):
    (e,) = typed(analyse(text), "called")
    assert e["type"] == "SANCTION"


def test_a_reporter_called_back_is_no_sanction(analyse):
    r = analyse("The Quessary minister called back the reporter an hour later.")
    assert not [e for e in r["events"] if e["type"] == "SANCTION"]


@pytest.mark.parametrize("text, trigger", [
    ("Gunmen kidnapped two Varnholt surveyors near Tassemere on Monday.", "kidnapped"),
    ("Three relief workers were abducted by militants outside Tassemere.", "abducted"),
])
def test_people_taken_by_force_are_detained(analyse, text, trigger):
    (e,) = typed(analyse(text), trigger)
    assert e["type"] == "COERCE" and e.get("mode") == "detain"


@pytest.mark.parametrize("text", [
    "Varnholt's ambassador in Quessary has been called home.",
    "Varnholt's envoy to Quessary was recalled on Tuesday.",
])
def test_an_envoy_recalled_is_his_states_act_aimed_at_his_post(analyse, text):
    (e,) = [e for e in analyse(text)["events"] if e["type"] == "SANCTION"]
    assert "Varnholt" in e["roles"]["actor"]
    assert "Quessary" in e["roles"]["recipient"]


def test_observers_told_to_leave_are_put_out_by_their_host(analyse):
    r = analyse("The Tassemere Foundation's observers had been told to leave the country, a Quessary spokesman said.")
    for e in r["events"]:
        if e["type"] == "SANCTION":
            assert "Tassemere" not in (e["roles"].get("actor") or "")


@pytest.mark.parametrize("text, trigger", [
    ("Government troops put down a revolt at the Ostel naval base on Monday.", "put down"),
    ("The Marrow Guard crushed an uprising in the northern hills last spring.", "crushed"),
    ("Hundreds fled after the suppression of the rebellion in Drask.", "suppression"),
])
def test_an_armed_revolt_put_down_is_force(analyse, text, trigger):
    assert [e["type"] for e in analyse(text)["events"] if e["trigger"]["text"] == trigger] == ["FIGHT"]


def test_a_thing_put_down_is_no_act(analyse):
    assert analyse("The Ostel mayor put down her phone and left the hall.")["events"] == []
