"""The "it" of a remark on how often something happened ("It is the first time since 2019 that ...") stands for
that happening, not for a body named before."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("remark", [
    "It is the first time that a majority has backed the plan since the institute began its survey.",
    "It was the third time this year that the figures had risen.",
    "It is not the only time the institute has found a majority for the plan.",
])
def test_it_of_a_first_time_remark_is_no_mention(analyse, remark):
    r = analyse("The Varn Institute published a poll on Friday. " + remark)
    [institute] = [e for e in r["entities"] if e["name"] == "Varn Institute"]
    assert "It" not in [m["text"] for m in institute["mentions"]]


def test_it_of_a_description_stays_the_body(analyse):
    r = analyse("The Varn Institute said on Friday that prices had risen. It is the oldest research group in Tesk.")
    [institute] = [e for e in r["entities"] if e["name"] == "Varn Institute"]
    assert "It" in [m["text"] for m in institute["mentions"]]
