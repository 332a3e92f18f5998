"""A paper reposting a wire story passes on the wire's report: one origin with the papers that cite the wire."""
from __future__ import annotations

import sqlite3

from claimgraph.store import Store
from tests.link.conftest import the_linked_claim

LEVY = {"type": "SANCTION", "roles": {"actor": "Norland", "recipient": "Vessa Grain"}}
ENTITIES = [("Norland", "GPE"), ("Vessa Grain", "ORG")]
REPOST = "HALDEN (Tamber Wire) - Norland imposed a levy on Vessa Grain on Monday."
CITING = "Tamber Wire reported that Norland imposed a levy on Vessa Grain."


def the_levy(tmp_path, *articles):
    return the_linked_claim(tmp_path / "s.db", articles, "SANCTION")


def reposted(built, wire):
    document, result = built(REPOST, outlet="Skelby Courier", published="2025-02-01", entities=ENTITIES,
                             claim="Norland imposed a levy on Vessa Grain", event=LEVY)
    if wire:
        document.wire = {"name": "Tamber Wire", "evidence": "HALDEN (Tamber Wire) -"}
        result["document"] = document.header()
    return document, result


def citing(built):
    return built(CITING, outlet="Coastline Daily", published="2025-02-02", entities=ENTITIES,
                 claim="Norland imposed a levy on Vessa Grain", event=LEVY, source=("Tamber Wire", "outlet"))


def test_a_repost_and_a_paper_citing_its_wire_are_one_origin(tmp_path, built):
    claim = the_levy(tmp_path, reposted(built, wire=True), citing(built))
    assert claim["articles"] == 2 and claim["independent_origins"] == 1
    assert claim["origins"] == ["Tamber Wire"]
    # the paper that showed it is still among the outlets that carry the claim
    assert {"Skelby Courier", "Coastline Daily"} <= set(claim["outlets"])


def test_a_papers_own_story_is_its_own_origin(tmp_path, built):
    # the same words with no wire named: the paper's own report and the wire's are two origins
    claim = the_levy(tmp_path, reposted(built, wire=False), citing(built))
    assert claim["independent_origins"] == 2


def test_the_wire_is_stored_and_filled_in_for_stores_made_before_it(tmp_path, built):
    path = tmp_path / "s.db"
    with Store.open(path) as store:
        store.write(*reposted(built, wire=True))
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT outlet, wire FROM documents").fetchall() == [("Skelby Courier",
                                                                                       "Tamber Wire")]
        # the store as it was before the column: migration 010 undone, the row's analysis kept
        connection.execute("DROP INDEX documents_wire")
        connection.execute("ALTER TABLE documents DROP COLUMN wire")
        connection.execute("DELETE FROM schema_version WHERE version = 10")
    connection.close()
    with Store.open(path):
        pass
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT wire FROM documents").fetchall() == [("Tamber Wire",)]
    connection.close()
