"""Speakers named after a long reported clause, apposed to the clause's last noun."""
from __future__ import annotations

from tests.news import by_cue, texts


def test_a_name_apposed_to_the_last_noun_of_the_clause_speaks(analyse):
    # the parser gives 'said' the clause's last noun ('six sailors') for its subject, the name its apposition
    r = analyse("A Vessan cutter rammed an Orlan supply ship near the disputed Brel Reef on Monday, injuring at least "
                "six sailors, Karin Voss, a spokeswoman for Orla's coast guard, said on Tuesday.")
    (said,) = by_cue(r, "said")
    assert texts(said["source"]) == ["Karin Voss, a spokeswoman for Orla's coast guard"]
    assert " ".join(texts(said["content"])).endswith("injuring at least six sailors")


def test_a_role_before_a_name_stays_the_speaker(analyse):
    r = analyse("The company's chief executive, Ana Ruiz, said the plant would close.")
    (said,) = by_cue(r, "said")
    assert texts(said["source"]) == ["The company's chief executive, Ana Ruiz"]
    assert texts(said["content"]) == ["the plant would close"]
