"""A capture of craft or goods is a seizure ("warships have captured a freighter"), one act with "the navy seized the
ship"; a capture of ground stays a fight."""
from __future__ import annotations

from claimgraph.link.corroboration import linked_claims
from claimgraph.link.linker import link_pending
from claimgraph.store import Store

from tests.link.conftest import span_of

PARTIES = [("Vessany", "GPE"), ("Morrow Star", "ORG")]


def seizure(built):
    claim = "Vessany's navy seized the freighter Morrow Star off Tull"
    return built(f"{claim}, the Ledger reported.", outlet="Ledger", published="2026-03-03", entities=PARTIES,
                 claim=claim, source=("the Ledger", "outlet"),
                 event={"type": "COERCE", "roles": {"actor": "Vessany's navy", "target": "Morrow Star"}})


def capture(built, what):
    claim = f"Vessanian warships have captured {what} off Tull"
    text = f"{claim}, the Courier said, citing the Ledger."
    document, result = built(text, outlet="Courier", published="2026-03-04", entities=[("Vessany", "GPE")],
                             extra_entities=[("Morrow Star", "ORG")], claim=claim, source=("the Courier", "outlet"),
                             event={"type": "FIGHT", "roles": {"actor": "Vessanian warships",
                                                               "target": what.split()[-1]}})
    # the act is told by its verb, as the analysis gives it
    result["events"][0]["trigger"] = span_of(text, "captured")
    return document, result


def claims_of(path, articles):
    with Store.open(path) as store:
        for document, result in articles:
            store.write(document, result)
        link_pending(store)
        return [c for c in linked_claims(store) if c["event"]]


def test_a_captured_freighter_is_the_seized_ship(tmp_path, built):
    claims = claims_of(tmp_path / "s.db", [seizure(built), capture(built, "a freighter")])
    assert [c["event"]["type"] for c in claims] == ["COERCE"]
    assert len({m["document"] for m in claims[0]["mentions"]}) == 2


def test_a_captured_town_is_a_fight_of_its_own(tmp_path, built):
    claims = claims_of(tmp_path / "s.db", [seizure(built), capture(built, "the town")])
    assert sorted(c["event"]["type"] for c in claims) == ["COERCE", "FIGHT"]
