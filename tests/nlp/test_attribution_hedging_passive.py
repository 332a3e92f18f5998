"""An agentless passive of believing, with a raised subject or an impersonal 'it', hedges the narrator's claim and
reports nobody."""
from __future__ import annotations

from tests.news import by_cue, joined


def test_is_thought_to_is_a_hedge_not_a_report(analyse):
    r = analyse("The Orrin Brigade is thought to have moved two artillery units closer to Velsk.")
    assert not [a for a in r["attributions"] if "thought" in joined(a["cue"])]
    # the hedge rates what it hedges all the same
    assert any(c["certainty"]["value"] == 2 and [q["text"] for q in c["certainty"]["cue"]] == ["thought"]
               for c in r["claims"] if "moved" in c["span"]["text"])


def test_are_believed_to_is_a_hedge_not_a_report(analyse):
    r = analyse("Its fighters are believed to have received rifles from across the Dannish border.")
    assert not [a for a in r["attributions"] if "believed" in joined(a["cue"])]


def test_is_said_to_and_an_impersonal_it_was_said_stay_reports(analyse):
    r = analyse("The envoy is said to have left Corvel. It was said that the vault was opened from inside.")
    (said,) = by_cue(r, "is said")
    assert said["source"] == []
    (impersonal,) = by_cue(r, "was said")
    assert joined(impersonal["content"]) == "that the vault was opened from inside"


def test_an_impersonal_it_is_thought_is_a_hedge_not_a_report(analyse):
    r = analyse("The envoy left Corvel on Friday. It is thought that the vault was opened from inside, and it is "
                "widely believed that the guards were paid.")
    assert not [a for a in r["attributions"] if "thought" in joined(a["cue"]) or "believed" in joined(a["cue"])]
    # the hedge rates what it hedges all the same
    assert any(c["certainty"]["value"] == 2 and [q["text"] for q in c["certainty"]["cue"]] == ["thought"]
               for c in r["claims"] if "opened" in c["span"]["text"])


def test_a_negated_belief_passive_stays_a_report(analyse):
    r = analyse("Although the Dorvan militia is not thought to be capable of striking Pellin, its rockets worry "
                "residents.")
    (thought,) = by_cue(r, "is not thought")
    assert thought["source"] == []


def test_an_awaited_event_with_no_infinitive_is_no_report(analyse):
    r = analyse("Two aides to the minister said a ruling on the Harrow dam was expected within days.")
    assert [joined(a["cue"]) for a in r["attributions"]] == ["said"]
    r = analyse("A verdict in the Orsel case is expected next month.")
    assert not [a for a in r["attributions"] if "expected" in joined(a["cue"])]


def test_is_expected_to_with_an_infinitive_stays_a_report(analyse):
    r = analyse("The Pellish envoy is expected to arrive in Varro on Friday.")
    assert [joined(a["cue"]) for a in r["attributions"]] == ["is expected"]
