"""The made-up story in tests/fixtures/corpus, end to end: ingest, link, and the corroboration its structure implies.

The story: the Harbour Ledger reports, on three anonymous officials, that Varenia shipped drones to the Calder
Brigade (01); the Northgate Times and the Pine Valley Post re-report it citing the Ledger (02, 03); Continental Wire
finds it out on its own from two of the group's commanders (04), and the Riverside Gazette and the Eastbay Daily
print that wire copy, one lightly edited (05, 06); the Northgate Times re-reports the wire (09); Varenia's foreign
ministry denies it (07); Varenia's defence minister confirms it two weeks later (08). Apart from it: a claim about
the town of Orlo that one local official makes (10).

So the drone claim rests on three independent origins (the Ledger's officials, the wire's commanders, the minister),
eight articles from seven outlets corroborate it, the Ledger reported it first, and it is contradicted by 07."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from claimgraph.cli import main
from claimgraph.link.corroboration import linked_claims
from claimgraph.store import Store
from claimgraph.app import ingest_paths

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
CONFIRMATION = "08_summit_observer_confirmation.jsonl"


@pytest.fixture(scope="module")
def db(tmp_path_factory, nlp):
    path = tmp_path_factory.mktemp("corpus") / "story.db"
    report = ingest_paths([CORPUS], path, progress=False)
    assert report["analysed"] == 10 and report["failed"] == 0
    return path


def claims(db, **filters):
    with Store.open(db, create=False) as store:
        return list(linked_claims(store, **filters))


def drone_claim(found):
    matching = [c for c in found if c["event"] and c["event"]["type"] == "AID"
                and c["event"]["roles"].get("recipient") == "Calder Brigade"]
    assert len(matching) == 1, [c["text"] for c in matching]
    return matching[0]


def test_the_drone_claim_has_three_independent_origins(db):
    claim = drone_claim(claims(db))
    assert claim["independent_origins"] == 3
    origins = " | ".join(claim["origins"])
    assert "Harbour Ledger" in origins and "Continental Wire" in origins and "Ilka Voss" in origins


def test_re_reports_and_wire_copies_collapse_to_their_origin(db):
    claim = drone_claim(claims(db))
    by_document = {m["document"]: m["origin"] for m in claim["mentions"]}
    ledger = {by_document[d] for d in ("hl-1", "nt-1", "pv-1")}
    wire = {by_document[d] for d in ("cw-1", "rg-1", "ed-1", "nt-2")}
    assert all("Harbour Ledger" in o for o in ledger)
    assert all("Continental Wire" in o for o in wire)


def test_articles_outlets_and_first_report(db):
    claim = drone_claim(claims(db))
    assert claim["articles"] == 8
    assert set(claim["outlets"]) == {"Harbour Ledger", "Northgate Times", "Pine Valley Post", "Continental Wire",
                                     "Riverside Gazette", "Eastbay Daily", "Summit Observer"}
    assert claim["first_reported"] == {"document": "hl-1", "outlet": "Harbour Ledger", "published": "2025-03-03"}
    assert claim["single_sourced"] is False


def test_the_denial_contradicts_it(db):
    claim = drone_claim(claims(db))
    assert claim["contradicted"] is True
    assert [c["document"] for c in claim["contradictions"]] == ["lh-1"]
    assert "Lakeshore Herald" not in claim["outlets"]


def test_the_orlo_claim_is_single_sourced(db):
    orlo = [c for c in claims(db) if "Orlo" in c["text"]]
    assert len(orlo) == 1
    assert orlo[0]["single_sourced"] is True and orlo[0]["independent_origins"] == 1
    assert orlo[0]["contradicted"] is False


def test_syndicated_copies_form_one_copy_group(db):
    with Store.open(db, create=False) as store:
        groups = {r[0]: r[1] for r in store.query(
            "SELECT d.document_id, c.copy_group FROM documents d JOIN document_copies c ON c.document = d.id")}
    assert groups["cw-1"] == groups["rg-1"] == groups["ed-1"]
    assert len(set(groups.values())) == 8


def test_one_identity_per_entity_across_articles(db):
    with Store.open(db, create=False) as store:
        names = [r[0] for r in store.query("SELECT name FROM entity_identities")]
    assert names.count("Calder Brigade") == 1 and "The Calder Brigade" not in names
    assert names.count("Ilka Voss") == 1 and "Voss" not in names


def test_filters(db):
    assert [c["id"] for c in claims(db, min_origins=2)] == [drone_claim(claims(db))["id"]]
    assert drone_claim(claims(db, contradicted=True))["contradicted"]
    assert all(c["single_sourced"] for c in claims(db, single_sourced=True))
    about = claims(db, entity="the Calder Brigade")
    assert any("Orlo" in c["text"] for c in about) and drone_claim(about)
    assert claims(db, entity="Nobody Atall") == []


def test_claims_command_writes_the_contract_shape(db, capsys):
    assert main(["claims", "--db", str(db), "--min-origins", "3"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1
    claim = json.loads(lines[0])
    for key in ("id", "text", "event", "certainty", "mentions", "articles", "outlets", "origins",
                "independent_origins", "first_reported", "single_sourced", "contradicted", "contradictions"):
        assert key in claim
    for mention in claim["mentions"]:
        assert set(mention) >= {"document", "outlet", "published", "span", "attribution_chain"}
    assert claim["certainty"]["value"] == 3 and claim["certainty"]["label"] == "certain"


def test_entity_dossier(db, capsys):
    assert main(["entity", "Voss", "--db", str(db), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["entity"]["name"] == "Ilka Voss"
    assert drone_claim(report["claims_as_source"])
    assert main(["entity", "Calder Brigade", "--db", str(db)]) == 0
    text = capsys.readouterr().out
    assert "3 independent origin(s)" in text and "contradicted" in text
    assert main(["entity", "Nobody Atall", "--db", str(db)]) == 1


def test_incremental_ingest_adds_the_confirmation_as_a_third_origin(tmp_path, nlp):
    partial = tmp_path / "partial"
    shutil.copytree(CORPUS, partial)
    (partial / CONFIRMATION).unlink()
    db = tmp_path / "story.db"
    ingest_paths([partial], db, progress=False)
    before = drone_claim(claims(db))
    assert before["independent_origins"] == 2 and before["articles"] == 7
    report = ingest_paths([CORPUS], db, progress=False)
    assert report["analysed"] == 1 and report["skipped"] == 9 and report["linked"] == 1
    after = drone_claim(claims(db))
    assert after["id"] == before["id"] and after["independent_origins"] == 3 and after["articles"] == 8
    again = ingest_paths([CORPUS], db, progress=False)
    assert again["analysed"] == 0 and again["linked"] == 0
    assert drone_claim(claims(db)) == after
