"""A role told as a party's leader by title ("met the rebels' commander") is the person the corpus gives that title of
that party, not the party."""
from __future__ import annotations

from claimgraph.link.corroboration import linked_claims
from claimgraph.link.linker import link_pending
from claimgraph.store import Store

from tests.link.conftest import span_of

PARTIES = [("Kara Dune", "PERSON"), ("Tomas Vell", "PERSON"), ("Grey Hand", "ORG")]


def meetings(db, documents):
    with Store.open(db) as store:
        for document, result in documents:
            store.write(document, result)
        link_pending(store)
        return [c for c in linked_claims(store) if (c["event"] or {}).get("type") == "CONSULT"]


def first_report(built):
    claim = "Kara Dune met Tomas Vell in Oxley in June"
    text = f"{claim}, the Ledger said. Tomas Vell, the Grey Hand's commander, has led it since 2021."
    return built(text, outlet="Ledger", published="2026-07-01", entities=PARTIES, claim=claim,
                 source=("the Ledger", "outlet"),
                 event={"type": "CONSULT", "roles": {"actor": "Kara Dune", "recipient": "Tomas Vell"}})


def retold(built, title):
    claim = f"Kara Dune had met the Grey Hand's {title} in June"
    text = f"{claim}, the Post said."
    document, result = built(text, outlet="Post", published="2026-07-02", entities=PARTIES, claim=claim,
                             source=("the Post", "outlet"),
                             event={"type": "CONSULT", "roles": {"actor": "Kara Dune", "recipient": "Grey Hand"}})
    result["events"][0]["role_mentions"] = {"actor": span_of(text, "Kara Dune"), "recipient": span_of(text, "Grey Hand")}
    return document, result


def test_a_partys_commander_met_is_the_person_named_its_commander(tmp_path, built):
    claims = meetings(tmp_path / "s.db", [first_report(built), retold(built, "commander")])
    assert [len(c["mentions"]) for c in claims] == [2]


def test_another_of_its_people_met_stays_apart(tmp_path, built):
    claims = meetings(tmp_path / "s.db", [first_report(built), retold(built, "spokesman")])
    assert sorted(len(c["mentions"]) for c in claims) == [1, 1]
