"""Denials of reports and agreements to an act: what a denial denies, and an agreement joining the act agreed to."""
from __future__ import annotations

import pytest

from claimgraph.link.linker import FALSE_REPORT, agreements, denied_report, infinitive_after

from tests.link.conftest import span_of


@pytest.mark.parametrize("text, denies", [
    ("There is no truth to these claims", True),
    ("there was no substance in the allegations", True),
    ("There is no basis for such reports", True),
    ("There is no truth in the saying that patience pays", False),
    ("no truth to it at all", False),
])
def test_no_truth_to_the_reports_denies_them(text, denies):
    assert bool(FALSE_REPORT.search(text)) is denies


@pytest.mark.parametrize("sentence, clause, denies", [
    ("There is no truth to reports that Pavel Orn is held in Kessa, the mayor said.", "Pavel Orn is held in Kessa",
     True),
    ("The ministry dismissed reports that Norland had shipped rifles to the Guard.",
     "that Norland had shipped rifles to the Guard", True),
    ("The council rejected media claims that the mill was sold.", "the mill was sold", True),
    ("The army denied the newspaper's allegations that its pilots bombed a school.", "its pilots bombed a school",
     True),
    ("Prices rose after reports that the mill was sold.", "the mill was sold", False),
    ("The council confirmed reports that the mill was sold.", "the mill was sold", False),
    ("The ministry denied the reports. Officials said the mill was sold.", "the mill was sold", False),
])
def test_a_clause_told_as_what_denied_reports_say_is_a_denial(sentence, clause, denies):
    assert denied_report({"span": span_of(sentence, clause)}, sentence) is denies


def claim(key, sentence, phrase, event=None):
    return {"id": key, "span": span_of(sentence, phrase), "event": event}


def test_an_agreement_joins_the_act_it_is_an_agreement_to():
    sentence = "Norland has agreed in March to supply rifles to the Harrow Guard, two diplomats said."
    verb = span_of(sentence, "agreed")
    events = {"v1": {"id": "v1", "type": "AGREE", "trigger": verb},
              "v2": {"id": "v2", "type": "AID", "trigger": span_of(sentence, "supply")}}
    outer = claim("c1", sentence, "Norland has agreed in March to supply rifles to the Harrow Guard", "v1")
    inner = claim("c2", sentence, "to supply rifles to the Harrow Guard", "v2")
    assert agreements([outer, inner], events) == {"c1": "c2"}


def test_an_agreement_holding_no_infinitive_of_an_act_stays_apart():
    sentence = "The ministry said it would cooperate with the investigation into the shooting."
    events = {"v1": {"id": "v1", "type": "AGREE", "trigger": span_of(sentence, "cooperate")},
              "v2": {"id": "v2", "type": "INVESTIGATE", "trigger": span_of(sentence, "investigation")}}
    outer = claim("c1", sentence, "it would cooperate with the investigation into the shooting", "v1")
    inner = claim("c2", sentence, "the investigation into the shooting", "v2")
    assert agreements([outer, inner], events) == {}


def test_a_threat_to_act_is_no_agreement_to_act():
    sentence = "Tarvel threatened to cut power to the port."
    events = {"v1": {"id": "v1", "type": "THREATEN", "trigger": span_of(sentence, "threatened")},
              "v2": {"id": "v2", "type": "SANCTION", "trigger": span_of(sentence, "cut")}}
    outer = claim("c1", sentence, "Tarvel threatened to cut power to the port", "v1")
    inner = claim("c2", sentence, "to cut power to the port", "v2")
    assert agreements([outer, inner], events) == {}


@pytest.mark.parametrize("between, follows", [(" ", True), (" in principle ", True), (", officials said, ", False),
                                              (" on a very long list of ", False)])
def test_the_infinitive_follows_the_verb_closely(between, follows):
    text = f"agreed{between}to arm"
    span = {"start": 0, "end": len(text), "text": text}
    assert infinitive_after(span, len("agreed"), text.index("to arm")) is follows


@pytest.mark.parametrize("text, denies", [
    ('the minister told reporters that the allegations were "absurd"', True),
    ("these accusations are utterly ridiculous", True),
    ("the spokeswoman dismissed the claims as unfounded", True),
    ("the plan to cut the budget was absurd", False),
    ("the allegations were made on Tuesday", False),
])
def test_an_evaluation_of_the_reports_as_absurd_denies_them(text, denies):
    assert bool(FALSE_REPORT.search(text)) is denies
