"""The first report of a claim told twice on one day is the outlet the other report cites, not the one that re-reports
it, whichever order the day's articles come in."""
from __future__ import annotations

import pytest

from tests.link.conftest import the_linked_claim

PARTIES = [("Tessaly", "GPE"), ("Corran Guard", "ORG")]
DELIVERY = {"type": "AID", "roles": {"actor": "Tessaly", "recipient": "Corran Guard"}}
CLAIM = "Tessaly has sent 40 armoured trucks to the Corran Guard"


def scoop(built):
    return built(f"{CLAIM}, two officials told the Harrow Ledger.", outlet="Harrow Ledger", published="2026-09-01",
                 entities=PARTIES, claim=CLAIM, source=("two officials", "anonymous"), event=DELIVERY)


def wire(built):
    return built(f"{CLAIM}, the Harrow Ledger said on Monday.", outlet="Kestrel Wire", published="2026-09-01",
                 entities=PARTIES, claim=CLAIM, source=("the Harrow Ledger", "outlet"), event=DELIVERY)


def named(article, name):
    """The article under another id: the day's articles are ordered by it where their dates tie."""
    document, result = article
    document.id = name
    result["document"]["id"] = name
    return document, result


@pytest.mark.parametrize("wire_id, scoop_id", [("a1", "b1"), ("b1", "a1")])
def test_the_outlet_cited_the_same_day_told_it_first(tmp_path, built, wire_id, scoop_id):
    articles = [named(wire(built), wire_id), named(scoop(built), scoop_id)]
    claim = the_linked_claim(tmp_path / "s.db", articles, "AID")
    assert len(claim["mentions"]) == 2
    assert claim["first_reported"]["outlet"] == "Harrow Ledger"
