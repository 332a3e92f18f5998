"""A listed organisation's name inside a longer name with other capitalised words is another body."""
from __future__ import annotations


def _names(result):
    return {e["name"] for e in result["entities"]}


def test_a_capitalised_word_before_a_listed_name_makes_a_body_of_its_own(analyse):
    r = analyse("The Coastal Security Council, which has watched the strait since 2015, urged both navies to talk.")
    assert "UN Security Council" not in _names(r)


def test_the_listed_body_keeps_its_own_prefix(analyse):
    r = analyse("The UN Security Council met on Monday to discuss the strait.")
    assert "UN Security Council" in _names(r)
