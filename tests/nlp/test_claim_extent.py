"""A claim's words: the clause without the 'that' introducing it, one claim a clause where 'X and that Y' joins two,
closing quotation marks and per cent signs kept, and never the wire dateline."""
from __future__ import annotations

import pytest


def claims(r) -> list[str]:
    return [c["span"]["text"] for c in r["claims"]]


@pytest.mark.parametrize("text, claim", [
    ("The regulator said that the merger would be reviewed by the end of June.",
     "the merger would be reviewed by the end of June"),
    ("Ms Lagarde told lawmakers in Brussels that rates would stay high for longer.",
     "rates would stay high for longer"),
])
def test_a_claim_opens_on_its_clause_not_on_that(analyse, text, claim):
    found = claims(analyse(text))
    assert claim in found
    assert not any(c.startswith("that ") for c in found)


@pytest.mark.parametrize("text, first, second", [
    ("The union said the strike would continue and that talks with the port operator had failed.",
     "the strike would continue", "talks with the port operator had failed"),
    ("University groups said the cap would cost colleges billions of dollars and that several programmes would close.",
     "the cap would cost colleges billions of dollars", "several programmes would close"),
    # the second clause joined to the infinitive inside the first
    ("The campaigner said customers were being asked to pay twice and that the companies had paid out billions.",
     "customers were being asked to pay twice", "the companies had paid out billions"),
])
def test_x_and_that_y_is_two_claims(analyse, text, first, second):
    found = claims(analyse(text))
    assert first in found and second in found


def test_a_quotation_keeps_its_closing_mark(analyse):
    found = claims(analyse('A spokesman for the mayor said the plan "protects every library branch" and that fares '
                           'would not rise.'))
    assert 'the plan "protects every library branch"' in found
    assert "fares would not rise" in found


@pytest.mark.parametrize("text, claim", [
    ("Inflation fell to 3.1%, the statistics office said.", "Inflation fell to 3.1%"),
    ("The central bank kept its key rate at 5%, and the governor said cuts were some way off.",
     "The central bank kept its key rate at 5%"),
])
def test_a_per_cent_sign_stays_with_its_number(analyse, text, claim):
    assert claim in claims(analyse(text))


def test_the_dateline_after_a_question_headline_is_no_part_of_a_claim(analyse):
    r = analyse("Will the dock strike end before the holidays?\n\nROTTERDAM, May 3 (Reuters) - Dock workers walked "
                "out on Friday over pay, a union official said.")
    assert not any("ROTTERDAM" in c or "Reuters" in c for c in claims(r))
    assert any(c.startswith("Dock workers walked out") for c in claims(r))


def test_a_quotation_closing_after_its_full_stop_keeps_its_mark(analyse):
    found = claims(analyse('A councillor said the city had failed to find savings and that residents were "being '
                           'squeezed from every direction."'))
    assert 'residents were "being squeezed from every direction."' in found
