"""Events on sentences written for these tests: evidence, credit, permission or a licence given or granted is no aid;
goods and asylum given are."""
from __future__ import annotations

import pytest


def aid(r: dict) -> list[dict]:
    return [e for e in r["events"] if e["type"] == "AID"]


@pytest.mark.parametrize("text", [
    "The committee will summon the minister to give evidence next week.",
    "Arden Motors said it had acted within the licence it was granted.",
    "The ministry granted Arden Motors a licence to export the vehicles.",
    "The council gave permission for the Tamm festival.",
    "The mayor gave credit to the volunteers.",
])
def test_leave_and_words_given_are_no_aid(analyse, text):
    assert aid(analyse(text)) == []


@pytest.mark.parametrize("text", [
    "Velmar granted asylum to the Ostravan dissident.",
    "Velmar gave the rebels 40 rifles.",
])
def test_goods_and_asylum_given_stay_aid(analyse, text):
    assert len(aid(analyse(text))) == 1
