"""Tests for acts under deliberation ('is weighing sanctions'), events a verb of causing brings about ('could lead to
the expulsion'), acts stated as required ('must be filed'), and a denied saying whose subject is 'it' ('It did not say
whether C'); on the whole pipeline."""
from __future__ import annotations

import pytest


def certainty_of(result, word):
    """The value the analysis gives a word: a claim's, a claim part's, or else an event's."""
    found = [c["certainty"]["value"] for c in result["claims"] if c["trigger"]["text"] == word]
    found += [p["certainty"]["value"] for c in result["claims"] for p in c.get("parts", [])
              if p["trigger"]["text"] == word]
    found += [e["certainty"]["value"] for e in result["events"] if e["trigger"]["text"] == word]
    assert found, f"no rating on {word!r}"
    return found[0]


@pytest.mark.parametrize("text, word", [
    ("The cabinet in Marrowgate is weighing sanctions against the Dessel shipping line.", "sanctions"),
    ("The Ulrane party is mulling a boycott of the Tarn assembly.", "boycott"),
    ("The port authority was contemplating a ban on night crossings.", "ban"),
])
def test_an_act_under_deliberation_is_possible(analyse, text, word):
    assert certainty_of(analyse(text), word) == 1


@pytest.mark.parametrize("text, word, value", [
    ("Two envoys said further clashes could lead to the expulsion of Vessan diplomats.", "expulsion", 1),
    ("The Harrow union said a second walkout may result in the closure of the mill.", "closure", 1),
])
def test_what_a_verb_of_causing_brings_about_is_as_certain_as_the_causing(analyse, text, word, value):
    assert certainty_of(analyse(text), word) == value


def test_a_definite_event_that_was_caused_stays_certain(analyse):
    result = analyse("The flood at Pellow led to the evacuation of the lower town.")
    assert certainty_of(result, "evacuation") == 3


@pytest.mark.parametrize("text, word", [
    ("Appeals must be lodged with the Dornley tribunal by Friday, the registry said.", "lodged"),
    ("\"The shelling of Vask must stop,\" the Orrin envoy said.", "stop"),
])
def test_an_act_stated_as_required_is_uncommitted(analyse, text, word):
    assert certainty_of(analyse(text), word) == 0


def test_a_must_of_inference_keeps_its_value(analyse):
    result = analyse("The Kelby ferry must have struck the reef at night, the coastguard said.")
    assert certainty_of(result, "struck") > 0


def test_a_saying_denied_by_it_is_rated_and_its_question_left_open(analyse):
    result = analyse("The Brannet audit office said on Monday that the count was slow. It did not say whether the "
                     "delays could have changed the result.")
    assert certainty_of(result, "say") == -3
    assert certainty_of(result, "changed") == 0
    cue = [c for c in result["claims"] if c["trigger"]["text"] == "changed"][0]["certainty"]["cue"]
    assert not any(span["text"].startswith("It ") for span in cue)


def test_an_impersonal_it_still_leaves_the_question_open_without_a_claim_of_saying(analyse):
    result = analyse("It remains to be seen whether the Brannet count was fair.")
    assert certainty_of(result, "was") == 0 or certainty_of(result, "fair") == 0
    assert not any(c["trigger"]["text"] in {"remains", "seen"} for c in result["claims"])


def test_what_a_constituent_question_presupposes_is_certain_whatever_the_score(analyse):
    # the model's score for the clause falls short of 'certain' after 'before' and an adjective; the rules read the
    # question's presupposition and the integer follows them
    result = analyse("\"Tarvel will answer, but not before we are sure who sank the ferry,\" the Orrin envoy said.")
    assert certainty_of(result, "sank") == 3
