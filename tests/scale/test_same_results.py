"""The laptop and the cluster find the same: a corpus ingested with SQLite and the local engine, and with PostgreSQL
and the Dask engine (a LocalCluster of two workers), holds the same documents and the same linked claims, with the
same origins and counts. Also: every command reads a PostgreSQL store, two ingests at once make nothing twice, and
PostgreSQL's text search finds the linked claims."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimgraph.app import Claimgraph
from claimgraph.cli import main
from claimgraph.link.corroboration import linked_claims
from claimgraph.settings import Settings
from claimgraph.store.open import open_readonly
from tests.conftest import ROOT, SHARED

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
STORIES = SHARED / "gold" / "stories" / "dev.jsonl"


def ingest(db: str, paths: list[Path], **settings) -> dict:
    app = Claimgraph(Settings.build(db=db, progress=False, **settings), say=lambda message: None)
    return app.ingest_and_link(paths)


def contents(db: str) -> dict:
    """What a store holds, by the documents' own ids rather than row numbers: documents with their analyses, the
    linked claims as `claims` lists them (mentions, origins, counts), failures, and the counts of each table."""
    with open_readonly(db) as store:
        documents = [{k: d[k] for k in ("document_id", "path", "outlet", "published", "title", "result")}
                     for d in store.documents()]
        claims = json.loads(json.dumps(list(linked_claims(store))))
        failures = [(f["document"], f["code"]) for f in store.failures()]
        counts = {"linked_claims": len(store.linked_claim_rows()), "outlets": store.outlets(),
                  "pending": store.pending_count()}
    return {"documents": documents, "claims": claims, "failures": failures, "counts": counts}


@pytest.fixture(scope="module")
def laptop(tmp_path_factory, nlp):
    db = str(tmp_path_factory.mktemp("laptop") / "corpus.db")
    report = ingest(db, [CORPUS])
    assert report["analysed"] == 10 and report["failed"] == 0
    return db


@pytest.fixture(scope="module")
def cluster(postgres_cluster):
    db = postgres_cluster.new_database("same")
    report = ingest(db, [CORPUS], engine="dask", workers=2)
    assert report["analysed"] == 10 and report["failed"] == 0 and report["linked"] == 10
    return db


def test_sqlite_with_the_local_engine_and_postgresql_with_dask_store_the_same(laptop, cluster):
    here, there = contents(laptop), contents(cluster)
    assert [d["document_id"] for d in here["documents"]] == [d["document_id"] for d in there["documents"]]
    assert here["documents"] == there["documents"]
    assert here["counts"] == there["counts"] and here["counts"]["linked_claims"] > 5
    # each linked claim: its text, mentions, origins, independent origins, articles, outlets, first report
    assert here["claims"] == there["claims"]
    drone = [c for c in there["claims"] if (c.get("event") or {}).get("type") == "AID"]
    assert drone and drone[0]["independent_origins"] == 3


def test_every_command_reads_a_postgresql_store(cluster, tmp_path, capsys):
    assert main(["claims", "--db", cluster, "--format", "jsonl"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert listed and all(c["mentions"] for c in listed)
    assert main(["entity", "Calder Brigade", "--db", cluster, "--format", "json"]) == 0
    dossier = json.loads(capsys.readouterr().out)
    assert dossier["documents"] >= 5 and dossier["claims"]
    assert main(["show", "--db", cluster, "--format", "jsonl"]) == 0
    assert len({json.loads(line)["document"] for line in capsys.readouterr().out.splitlines()}) == 10
    assert main(["errors", "--db", cluster]) == 0
    assert capsys.readouterr().out == ""
    out = tmp_path / "claims.graphml"
    assert main(["export", "--db", cluster, "--format", "graphml", "--out", str(out)]) == 0
    assert json.loads(capsys.readouterr().out)["claims"] == len(listed) and out.stat().st_size > 0
    assert main(["link", "--db", cluster]) == 0
    assert json.loads(capsys.readouterr().out)["linked"] == 0


def test_postgresql_text_search_finds_linked_claims_by_their_words(cluster):
    from claimgraph.store.postgres import PostgresStore

    with PostgresStore.open_readonly(cluster) as store:
        rows = {r["id"]: r["text"] for r in store.linked_claim_rows()}
        found = store.search_claim_ids("armed drones Calder")
        assert found and "drones" in rows[found[0]]
        assert store.search_claim_ids("drones", limit=1) == found[:1]
        # stemmed: "ship" finds "shipped"
        assert any("shipped" in rows[k] for k in store.search_claim_ids("ship"))
        assert store.search_claim_ids("quetzalcoatl") == []
        for odd in ('"unclosed', "drones & | ! (", "-", "OR OR", "a:*", "'", "\\"):
            assert isinstance(store.search_claim_ids(odd), list)
            assert isinstance(store.search_entity_ids(odd), list)
        [calder] = store.identities_named("calder brigade")
        assert store.search_entity_ids("cald brig")[0] == calder
        assert store.search_entity_ids("nobody here") == []


def test_two_ingests_at_once_make_no_identity_or_linked_claim_twice(postgres_cluster, laptop):
    """Both processes read the same articles in the same order and write into one new database at the same time;
    the store ends as one ingest alone leaves it."""
    db = postgres_cluster.new_database("twice")
    command = [sys.executable, "-m", "claimgraph.cli", "ingest", str(CORPUS), "--db", db, "--quiet"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    reports = []
    for run in runs:
        out, err = run.communicate(timeout=600)
        assert run.returncode == 0, err[-2000:]
        reports.append(json.loads(out.splitlines()[-1]))
    assert sum(r["analysed"] for r in reports) == 10
    assert sum(r["linked"] for r in reports) >= 10
    here, there = contents(laptop), contents(db)
    assert here["claims"] == there["claims"] and here["counts"] == there["counts"]
    import psycopg
    with psycopg.connect(db) as connection:
        twice = connection.execute("SELECT name, COUNT(*) FROM entity_identities GROUP BY name, type"
                                   " HAVING COUNT(*) > 1").fetchall()
        linked = connection.execute("SELECT COUNT(*), COUNT(DISTINCT document) FROM linked_documents").fetchone()
    assert twice == [] and linked == (10, 10)


@pytest.mark.skipif(not STORIES.exists(), reason=f"the dev story corpus is not at {STORIES} (set CLAIMGRAPH_DATA)")
def test_the_dev_story_corpus_gives_the_same_results_on_both(tmp_path, postgres_cluster, nlp):
    sqlite = str(tmp_path / "stories.db")
    postgres = postgres_cluster.new_database("stories")
    first = ingest(sqlite, [STORIES])
    second = ingest(postgres, [STORIES], engine="dask", workers=2)
    assert first == {**second, "db": first["db"]} and first["analysed"] > 40
    here, there = contents(sqlite), contents(postgres)
    assert here["documents"] == there["documents"]
    assert here["counts"] == there["counts"]
    assert here["claims"] == there["claims"]
