"""A body speaking again under 'the' and its class noun ('the board', 'the company') or 'it' refers back to the
attribution that first named it; a noun that cannot describe the body named before refers back to nothing."""
from __future__ import annotations

import pytest

from tests.news import joined


def source_of(result, k: int | None) -> str | None:
    found = next((a for a in result["attributions"] if a["id"] == k), None)
    return joined(found["source"]) if found is not None else None


def by_source(result, words: str) -> list[dict]:
    return [a for a in result["attributions"] if joined(a["source"]) == words]


@pytest.mark.parametrize("text, later, first", [
    ("The Varnholt water board said on Monday that the reservoir was safe. Officials in the town said the pipes were "
     "old. Later, the board said the pipes would be replaced.", "the board", "The Varnholt water board"),
    ("Kessmark's national weather agency said the storm would reach the coast on Sunday. The agency said winds "
     "could reach 150 km/h.", "The agency", "Kessmark's national weather agency"),
    ("Tessaline Freight said on Friday that its ships had left the port. The company said no crew members were hurt.",
     "The company", "Tessaline Freight"),
])
def test_a_body_described_again_refers_to_its_first_attribution(analyse, text, later, first):
    r = analyse(text)
    (again,) = by_source(r, later)
    assert source_of(r, again["refers_to"]) == first


def test_it_after_the_body_described_again_goes_to_the_first_naming(analyse):
    r = analyse("Kessmark's national weather agency said the storm would reach the coast on Sunday. The agency said "
                "winds could reach 150 km/h. It said schools should close.")
    (it,) = by_source(r, "It")
    assert source_of(r, it["refers_to"]) == "Kessmark's national weather agency"


def test_a_description_that_cannot_fit_the_body_before_refers_back_to_nothing(analyse):
    r = analyse("The Orvel Union party said the vote was fair. The company said its offices were closed.")
    (company,) = by_source(r, "The company")
    assert company["refers_to"] is None


@pytest.mark.parametrize("text, later, act", [
    ('Dunmark\'s fisheries minister, Olav Rask, denied that any trawler had been seized, calling the reports "pure '
     'fiction". "We protect our waters and nothing more," he told reporters in Hallby.', "he", "denied"),
    ("The Tessary Rail Authority said the line would reopen on Monday, adding that its engineers had replaced two "
     "bridges. Repairs cost about 4 million crowns, the Authority said.", "the Authority", "said"),
])
def test_a_speaker_of_two_acts_named_again_refers_to_the_first_act(analyse, text, later, act):
    r = analyse(text)
    (again,) = by_source(r, later)
    first = next(a for a in r["attributions"] if a["id"] == again["refers_to"])
    assert joined(first["cue"]) == act
