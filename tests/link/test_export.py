"""Export of linked claims: Parquet, JSON-LD and GraphML files that their own readers open."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from claimgraph.cli import main
from claimgraph.link import link_pending
from claimgraph.store import Store

SHIP = {"type": "AID", "roles": {"actor": "Norland", "recipient": "Harrow Guard"}}


@pytest.fixture
def db(tmp_path, built):
    path = tmp_path / "s.db"
    entities = [("Norland", "GPE"), ("Harrow Guard", "ORG")]
    documents = [
        built("Norland shipped rifles to the Harrow Guard, two officials said.", outlet="Ledger",
              published="2025-01-10", entities=entities, claim="Norland shipped rifles to the Harrow Guard",
              event=SHIP, source=("two officials", "anonymous")),
        built("Norland delivered rifles to the Harrow Guard, Sara Quarrie said.", outlet="Wire",
              published="2025-01-11", entities=[*entities, ("Sara Quarrie", "PERSON")],
              claim="Norland delivered rifles to the Harrow Guard", event=SHIP, source=("Sara Quarrie", "person")),
        built("The ministry denied that Norland shipped rifles to the Harrow Guard.", outlet="Herald",
              published="2025-01-12", entities=entities, claim="Norland shipped rifles to the Harrow Guard",
              event=SHIP, source=("The ministry", "government"), certainty=-3, denied=True),
    ]
    with Store.open(path) as store:
        for document, result in documents:
            store.write(document, result)
        link_pending(store)
    return path


def test_parquet(db, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "claims.parquet"
    assert main(["export", "--db", str(db), "--format", "parquet", "--out", str(out)]) == 0
    rows = pq.read_table(out).to_pylist()
    [claim] = [r for r in rows if r["event_type"] == "AID"]
    assert claim["independent_origins"] == 2 and claim["contradicted"] is True
    assert len(claim["mentions"]) == 3 and claim["first_reported_outlet"] == "Ledger"


def test_jsonld(db, tmp_path):
    out = tmp_path / "claims.jsonld"
    assert main(["export", "--db", str(db), "--format", "jsonld", "--out", str(out)]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["@context"]["@vocab"] == "https://schema.org/"
    [claim] = [n for n in document["@graph"] if n["cg:independentOrigins"] == 2]
    assert claim["@type"] == "Claim" and len(claim["appearance"]) == 2
    assert claim["firstAppearance"]["publisher"]["name"] == "Ledger"


def test_graphml(db, tmp_path):
    out = tmp_path / "claims.graphml"
    assert main(["export", "--db", str(db), "--format", "graphml", "--out", str(out)]) == 0
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    graph = ET.parse(out).getroot().find("g:graph", ns)
    relations = [e.find("g:data", ns).text for e in graph.findall("g:edge", ns)]
    assert relations.count("contradicts") == 1 and relations.count("reports") == 2
    assert relations.count("originates") == 2
    node_ids = {n.get("id") for n in graph.findall("g:node", ns)}
    assert all(e.get("source") in node_ids and e.get("target") in node_ids for e in graph.findall("g:edge", ns))


def test_corroboration_of_hand_built_claims(db):
    from claimgraph.link.corroboration import linked_claims
    with Store.open(db) as store:
        [claim] = [c for c in linked_claims(store) if c["event"]]
    assert claim["origins"] == ["two officials (via Ledger)", "Sara Quarrie"]
    assert claim["event"] == {"type": "AID", "roles": {"actor": "Norland", "recipient": "Harrow Guard"}}
    assert [c["document"] for c in claim["contradictions"]] == [claim["mentions"][2]["document"]]
