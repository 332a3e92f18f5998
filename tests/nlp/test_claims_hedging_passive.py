"""Claims on sentences written for these tests: an agentless passive of believing that rates the infinitive its
subject is raised from ('is thought to have moved') is one proposition with that passive for its cue, not a certain
claim of thinking beside a probable one."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, clause, cue", [
    ("The Velm militia is thought to have moved its rockets to the border, a minister said.",
     "The Velm militia is thought to have moved its rockets to the border", "thought"),
    ("The Tarn group is believed to have received drones from Korsa.",
     "The Tarn group is believed to have received drones from Korsa", "believed"),
])
def test_a_hedging_passive_makes_one_probable_claim(analyse, text, clause, cue):
    claims = analyse(text)["claims"]
    over = [c for c in claims if c["span"]["text"] == clause or clause.endswith(c["span"]["text"])]
    assert len(over) == 1
    assert over[0]["span"]["text"] == clause
    assert over[0]["certainty"]["value"] == 2
    assert [w["text"] for w in over[0]["certainty"]["cue"]] == [cue]


def test_a_believer_named_keeps_the_belief_as_said(analyse):
    # with its own subject, 'thought' is someone's belief, not the narrator's hedge
    claims = analyse("Officials in Korsa thought the talks would fail.")["claims"]
    assert any(c["span"]["text"] == "the talks would fail" for c in claims)
