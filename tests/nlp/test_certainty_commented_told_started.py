"""Tests for what one comments on ('has not commented on reports that C'), the infinitive a report verb asks for
('told them to leave'), the noun of suspicion ('on suspicion of spying'), events a verb starts or carries out ('will
hold joint exercises', 'would be to launch an invasion'); on the whole pipeline."""
from __future__ import annotations

import pytest


def certainty_of(result, word):
    """The value the analysis gives a word: a claim's, a claim part's, or else an event's."""
    found = [c["certainty"] for c in result["claims"] if c["trigger"]["text"] == word]
    found += [p["certainty"] for c in result["claims"] for p in c.get("parts", []) if p["trigger"]["text"] == word]
    found += [e["certainty"] for e in result["events"] if e["trigger"]["text"] == word]
    assert found, f"no rating on {word!r}"
    return found[0]


@pytest.mark.parametrize("text, word", [
    ("Neither ministry has commented on reports in the Farrow Gazette that the two sides had held secret talks.",
     "held"),
    ("The Olvane embassy declined to comment on claims by the Tessin daily that its attache had left the country.",
     "left"),
])
def test_a_negated_comment_leaves_the_report_it_is_on_as_the_report_tells_it(analyse, text, word):
    certainty = certainty_of(analyse(text), word)
    assert certainty["value"] > 0
    assert not any(span["text"].lower() in {"neither", "declined"} for span in certainty["cue"])


def test_a_comment_on_whether_stays_open(analyse):
    result = analyse("The Olvane embassy would not comment on whether its attache had left the country.")
    assert certainty_of(result, "left")["value"] == 0


@pytest.mark.parametrize("text, word", [
    ("The Dorrin interior ministry, which has told residents for weeks to stay indoors, said the curfew would end.",
     "stay"),
    ("Harbour officials told the crews of the Velna fleet to leave port before the storm.", "leave"),
])
def test_what_a_verb_of_telling_asks_for_is_uncommitted(analyse, text, word):
    certainty = certainty_of(analyse(text), word)
    assert certainty["value"] == 0
    assert any(span["text"] == "told" for span in certainty["cue"])


def test_what_a_verb_of_telling_reports_stays_certain(analyse):
    result = analyse("Harbour officials told reporters that the crews of the Velna fleet had left port.")
    assert certainty_of(result, "left")["value"] == 3


def test_an_act_on_suspicion_of_which_someone_is_held_is_probable(analyse):
    result = analyse("Marlow police arrested a customs clerk on suspicion of smuggling for the Oskan cartel.")
    certainty = certainty_of(result, "smuggling")
    assert certainty["value"] == 2
    assert any("suspicion" in span["text"] for span in certainty["cue"])


@pytest.mark.parametrize("text, word, value", [
    ("The Kessin navy will hold joint exercises off the cape next week, its commander said.", "exercises", 2),
])
def test_what_a_verb_will_start_or_carry_out_is_as_future_as_the_verb(analyse, text, word, value):
    certainty = certainty_of(analyse(text), word)
    assert certainty["value"] == value
    assert any(span["text"] == "will" for span in certainty["cue"])


def test_a_definite_event_a_verb_could_launch_is_not_taken_as_given(analyse):
    result = analyse("The Tarrow rebels could launch the offensive within days, the army said.")
    assert certainty_of(result, "offensive")["value"] == 1


def test_a_definite_event_that_was_started_stays_certain(analyse):
    result = analyse("The Merrow council began the inquiry into the fire in March.")
    assert certainty_of(result, "inquiry")["value"] == 3


@pytest.mark.parametrize("text, word, value", [
    ("It was not clear whether the Tarrow envoy had won the release of the two Velsan sailors.", "release", 0),
    ("Senator Ostry may secure the nomination at the Brell convention in June.", "nomination", 1),
])
def test_what_a_verb_of_achieving_obtains_is_as_certain_as_the_achieving(analyse, text, word, value):
    assert certainty_of(analyse(text), word)["value"] == value


def test_a_contest_one_may_win_is_held_all_the_same(analyse):
    result = analyse("Senator Ostry could win the election in the Brell district in June.")
    assert certainty_of(result, "election")["value"] == 3
