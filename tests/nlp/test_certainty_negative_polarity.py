"""An event noun with 'any' under a negation that selects nothing is inside the negation's scope; on sentences of
their own."""
from __future__ import annotations

import pytest


def certainty_at(result, word):
    """The certainty value the analysis gives the claim or claim part whose trigger reads `word`."""
    items = [item for c in result["claims"] for item in [c, *(c.get("parts") or [])]]
    found = [item["certainty"]["value"] for item in items if (item.get("trigger") or {}).get("text") == word]
    assert found, f"no claim or part on {word!r}"
    return found[0]


@pytest.mark.parametrize("text, word", [
    ("The Lomar firm did not have any dealings with the smugglers.", "dealings"),
    ("No trader in Brissa had any talks with the rebels.", "talks"),
    ("The garrison did not carry out any strikes on the valley.", "strikes"),
])
def test_any_under_a_negation_negates_the_noun(analyse, text, word):
    assert certainty_at(analyse(text), word) < 0


def test_a_negated_report_of_any_act_leaves_it_open(analyse):
    # the selecting verb decides: not reporting strikes says nothing of whether they happened
    assert certainty_at(analyse("The garrison did not report any strikes on the valley."), "strikes") == 0


def test_without_a_negation_any_changes_nothing(analyse):
    assert certainty_at(analyse("The garrison carried out strikes on any village it suspected."), "strikes") == 3


def test_any_in_an_oblique_of_a_negated_relation_stays_open(analyse):
    result = analyse("The convoy had not been linked to any plan to seize the Brissa crossing.")
    assert certainty_at(result, "plan") == 0
