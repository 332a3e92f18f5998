"""Events on sentences written for these tests: a preposition that only dates an act ("on Thursday") is no complement
that makes a phrasal verb, so "what officials called ... on Thursday" is no "call on", while "called on" a party and
"called ... for" a thing stay demands."""
from __future__ import annotations

import pytest


def demands(result):
    return [e for e in result["events"] if e["type"] == "DEMAND"]


@pytest.mark.parametrize("text", [
    "Coastguards in Pellow seized what officials called smuggled fuel on Tuesday.",
    "The Varn navy stopped a trawler carrying what its crew called spare parts on Sunday, the ministry said.",
])
def test_a_dated_naming_is_no_demand(analyse, text):
    assert not demands(analyse(text))


@pytest.mark.parametrize("text", [
    "The Orsel council called on the Brisk Front to free the sailors.",
    "Minister Dalla Venn called on Tuesday for an inquiry into the shooting.",
])
def test_a_call_on_a_party_or_for_a_thing_is_still_a_demand(analyse, text):
    assert demands(analyse(text))
