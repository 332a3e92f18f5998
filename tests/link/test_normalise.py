"""Content words fold English inflection, so that one claim told in other tenses and numbers shares its words."""
from __future__ import annotations

import pytest

from claimgraph.link.normalise import content_words, stem


@pytest.mark.parametrize("forms", [("shelled", "shells", "shelling", "shell"), ("supplied", "supplies", "supply"),
                                   ("shipped", "shipping", "ship"), ("seized", "seize", "seizing"),
                                   ("diplomats", "diplomat"), ("killed", "killing", "kill")])
def test_the_forms_of_one_word_fold_to_one(forms):
    assert len({stem(f) for f in forms}) == 1


def test_other_words_stay_apart_and_numbers_stay_as_they_are():
    assert stem("ship") != stem("shop") and stem("status") == "status" and stem("2025") == "2025"
    assert content_words("The diplomats were expelled") == content_words("the diplomat was expelled")
