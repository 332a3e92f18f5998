"""What a directive asks for is uncommitted on the contract's integer scale (FactBank's Uu), whatever UW's averaged
ratings near 1 make of it; a danger warned of and a finite clause reported under the same verbs keep their reading."""
from __future__ import annotations

import pytest

from claimgraph.nlp.certainty_model import integer_value


def certainty_of(result, word):
    found = [c["certainty"]["value"] for c in result["claims"] if c["trigger"]["text"] == word]
    found += [p["certainty"]["value"] for c in result["claims"] for p in c.get("parts", [])
              if p["trigger"]["text"] == word]
    assert found, f"no claim on {word!r}"
    return found[0]


@pytest.mark.parametrize("text, word", [
    ("The Tarrow dockers' union demanded that the harbour board publish the lease in full.", "publish"),
    ("Elders in Mosk urged both clans to keep their herds away from the wells.", "keep"),
    ("The Ferrand council called for an inquiry into the contract.", "inquiry"),
    ("The Ferrand council demanded an inquiry into the contract.", "inquiry"),
    # an order asks as a request does, though UW's raters find what is ordered probable
    ("The Veshta interior ministry ordered two Carrow reporters to leave the country.", "leave"),
    # a noun or a preposition after 'and' stands where the first conjunct does
    ("Striking miners in Olvar demanded back pay and the dismissal of the mine director.", "dismissal"),
    ("The Ferrand council called for an audit and for a recount of the ballots.", "recount"),
])
def test_what_a_directive_asks_for_is_uncommitted(analyse, text, word):
    assert certainty_of(analyse(text), word) == 0


@pytest.mark.parametrize("text, word, value", [
    ("The Ferrand council warned that the bridge could collapse.", "collapse", 1),
    ("The Ferrand council told reporters that the harbour board publishes the lease every year.", "publishes", 3),
])
def test_a_danger_or_a_report_under_the_same_verbs_keeps_its_reading(analyse, text, word, value):
    assert certainty_of(analyse(text), word) == value


def test_a_score_that_finds_the_act_probable_overrules_the_request():
    assert integer_value(1.2, 1, True, asked_for=True) == 0
    assert integer_value(2.6, 1, True, asked_for=True) == 1  # the directive's own category, as without the request
