"""Events on sentences written for these tests: the possessive relative "whose" stands for the noun its clause
describes, never fills a role itself."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, trigger, role, party", [
    ("Talvany, whose envoy was expelled by Orsk last week, protested.", "expelled", "target", "Talvany"),
    ("The herders, whose homes were destroyed by Kessan militiamen, fled to Marsk.", "destroyed", "target", "herders"),
    ("Arno Vell, whose criticism of the Orsk government has sharpened, spoke in Marsk.", "criticism", "actor",
     "Arno Vell"),
])
def test_whose_stands_for_the_noun_described(analyse, text, trigger, role, party):
    (e,) = [e for e in analyse(text)["events"] if e["trigger"]["text"] == trigger]
    assert e["roles"][role] == party
    assert all(v != "whose" for v in e["roles"].values())
