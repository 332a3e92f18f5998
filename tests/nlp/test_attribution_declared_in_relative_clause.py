"""A passive of declaring in a relative clause on the speaker: who was declared is no source of the declaration."""
from __future__ import annotations

import pytest

from tests.news import by_cue_ending, joined


@pytest.mark.parametrize("text, speaker", [
    ("Maren Quist, who was declared the winner on Sunday, said she would form a cabinet.", "Maren Quist"),
    ("Hallan Dravik, who was declared the winner of the runoff, thanked his voters on Monday.", "Hallan Dravik"),
])
def test_the_antecedent_of_a_declared_relative_is_not_its_source(analyse, text, speaker):
    r = analyse(text)
    for declared in by_cue_ending(r, "declared"):
        assert joined(declared["source"]) != speaker
        assert "winner" in joined(declared["content"])


def test_the_antecedent_still_speaks_for_its_own_verb(analyse):
    r = analyse("Maren Quist, who was declared the winner on Sunday, said she would form a cabinet.")
    (said,) = by_cue_ending(r, "said")
    assert joined(said["source"]) == "Maren Quist"
    assert joined(said["content"]) == "she would form a cabinet"


def test_who_was_told_in_a_relative_clause_is_no_source_of_what_was_told(analyse):
    r = analyse("The envoy, who was told of the decision on Friday, said he would leave.")
    (said,) = by_cue_ending(r, "said")
    assert joined(said["source"]) == "The envoy"
    assert all("envoy" not in joined(a["source"]) for a in r["attributions"] if a["id"] != said["id"])
