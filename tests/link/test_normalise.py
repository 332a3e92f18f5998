"""Content words fold English inflection, so that one claim told in other tenses and numbers shares its words."""
from __future__ import annotations

import pytest

from claimgraph.link.normalise import content_words, figures, is_count, stem, without_count


@pytest.mark.parametrize("forms", [("shelled", "shells", "shelling", "shell"), ("supplied", "supplies", "supply"),
                                   ("shipped", "shipping", "ship"), ("seized", "seize", "seizing"),
                                   ("diplomats", "diplomat"), ("killed", "killing", "kill")])
def test_the_forms_of_one_word_fold_to_one(forms):
    assert len({stem(f) for f in forms}) == 1


def test_other_words_stay_apart_and_numbers_stay_as_they_are():
    assert stem("ship") != stem("shop") and stem("status") == "status" and stem("2025") == "2025"
    assert content_words("The diplomats were expelled") == content_words("the diplomat was expelled")


@pytest.mark.parametrize("words, figure", [
    ("Twelve people died", "12"), ("a dozen people were killed", "12"), ("two dozen boats", "24"),
    ("some three thousand people were moved out", "3000"), ("about 3,000 were evacuated", "3000"),
    ("twenty-five soldiers", "25"), ("two hundred and forty homes", "240"), ("1.5 million dollars", "1500000"),
])
def test_a_figure_in_words_or_digits_is_one_content_word(words, figure):
    assert figure in content_words(words)


def test_one_alone_and_words_holding_a_number_stay_words():
    found = content_words("One of them often said no one had seen the tenth convoy")
    assert not any(word.isdigit() for word in found)
    assert figures("Seventeen people") == "17 people"


@pytest.mark.parametrize("key", ["fourteen employees", "seventeen aid workers", "sixty soldiers", "a dozen guards",
                                 "14 staff members", "at least 12 soldiers", "two hundred people"])
def test_a_count_in_any_number_word_is_a_count(key):
    assert is_count(key)


@pytest.mark.parametrize("key", ["one nation", "tenant farmers", "seventeenth brigade", "fourteenth street"])
def test_one_and_words_that_open_with_a_number_word_are_no_count(key):
    assert not is_count(key)


def test_the_count_opening_a_role_comes_off_whatever_number_word_it_is():
    assert without_count("fourteen larkfield relief workers") == "larkfield relief workers"
