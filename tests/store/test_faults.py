"""Store faults: a foreign, damaged, read-only or full store gets one clear line and exit 2, and a file claimgraph did
not create is never changed."""
from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest

from claimgraph.cli import main
from claimgraph.store import Store, StoreError
from claimgraph.store import store as store_module

GOOD = ["Ingrid Solheim, the harbour master, said on Friday that the ferry would run twice a day.",
        "Two fishermen told a court in Brindlemouth that the quay had been closed without notice.",
        "The mayor of Skerrow Island denied that the port would be sold to Ardwick Shipping."]


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line(capsys) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("claimgraph: "), err
    return err[0]


@pytest.fixture
def foreign(tmp_path):
    path = tmp_path / "theirs.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE documents (title TEXT, body BLOB)")
        connection.execute("INSERT INTO documents VALUES ('minutes', x'00ff')")
    connection.close()
    return path


@pytest.mark.parametrize("command", [["show"], ["errors"], ["claims"], ["ingest", "ARTICLE", "--quiet"]])
def test_a_foreign_sqlite_file_is_refused_and_left_unchanged(tmp_path, foreign, capsys, command):
    article = tmp_path / "a.txt"
    article.write_text(GOOD[0], encoding="utf-8")
    before = digest(foreign)
    argv = [str(article) if part == "ARTICLE" else part for part in command]
    assert main([argv[0], *argv[1:], "--db", str(foreign)]) == 2
    assert "not a claimgraph store" in one_line(capsys)
    assert digest(foreign) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "theirs.sqlite"]  # no journal or WAL left


def test_an_empty_sqlite_file_becomes_a_store(tmp_path):
    path = tmp_path / "new.sqlite"
    sqlite3.connect(path).close()
    with Store.open(path) as store:
        assert store.version() == store_module.migrations()[-1][0]


def test_a_damaged_store_is_one_line_and_exit_2(tmp_path, capsys):
    db = tmp_path / "s.db"
    ingest(tmp_path, db)
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    data = bytearray(db.read_bytes())
    for page in range(2, len(data) // page_size):  # every page but the header's: a disk that lost its sectors
        data[page * page_size:page * page_size + 64] = b"\xa5" * 64
    db.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["errors", "--db", str(db)]) == 2
    assert "damaged" in one_line(capsys)


def test_a_read_only_store_refuses_a_write_in_one_line(tmp_path, capsys, monkeypatch):
    db = tmp_path / "s.db"
    ingest(tmp_path, db)
    capsys.readouterr()
    connect = sqlite3.connect

    def read_only(path, *args, **kwargs):  # as a file the user may not write (root writes any file it can open)
        return connect(f"file:{path}?mode=ro", *args, uri=True, **kwargs)

    monkeypatch.setattr(store_module.sqlite3, "connect", read_only)
    article = tmp_path / "more.txt"
    article.write_text("The ferry company said it would appeal the ruling.", encoding="utf-8")
    status = main(["ingest", str(article), "--db", str(db), "--quiet"])
    assert status == 2
    err = capsys.readouterr().err
    assert "read-only" in err and "Traceback" not in err


def test_a_full_disk_stops_ingest_with_its_report(tmp_path, capsys, monkeypatch):
    migrate = Store.migrate

    def then_fill(self):  # the store may grow by a few pages, as on a disk with little room left
        applied = migrate(self)
        pages = self._db.execute("PRAGMA page_count").fetchone()[0]
        self._db.execute(f"PRAGMA max_page_count = {pages + 2}")
        return applied

    monkeypatch.setattr(Store, "migrate", then_fill)
    folder = tmp_path / "articles"
    folder.mkdir()
    for k, text in enumerate(GOOD * 3):
        (folder / f"{k}.txt").write_text(f"{text} It was the {k}th notice.", encoding="utf-8")
    status = main(["ingest", str(folder), "--db", str(tmp_path / "s.db"), "--quiet"])
    out, err = capsys.readouterr()
    assert status == 2
    report = json.loads(out.strip().splitlines()[-1])
    assert "full" in report["error"]
    assert 0 < report["documents"] <= len(GOOD) * 3  # what happened before the disk filled is still counted
    assert len(err.strip().splitlines()) == 1 and "full" in err


def test_a_new_store_passes_sqlite_integrity_check(tmp_path):
    db = tmp_path / "s.db"
    ingest(tmp_path, db)
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_a_store_made_before_migration_4_is_rebuilt_with_its_rows(tmp_path, monkeypatch):
    db = tmp_path / "old.db"
    shipped = store_module.migrations()
    # the migrations before 4, and 7 to 10, which add the columns and the table that storing a document writes
    # today (a store missing a migration numbered below its latest still gets it)
    monkeypatch.setattr(store_module, "migrations", lambda: [m for m in shipped if m[0] < 4 or m[0] in (7, 8, 9, 10)])
    ingest(tmp_path, db)
    with sqlite3.connect(db) as connection:
        before = {table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall())
                  for table in ("linked_claim_mentions", "entity_identity_names")}
    connection.close()
    assert before["linked_claim_mentions"] and before["entity_identity_names"]
    monkeypatch.setattr(store_module, "migrations", lambda: shipped)
    with Store.open(db) as store:
        assert 4 in [row[0] for row in store.query("SELECT version FROM schema_version")]
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        after = {
            "linked_claim_mentions": sorted(connection.execute(
                "SELECT linked_claim, document, claim FROM linked_claim_mentions").fetchall()),
            "entity_identity_names": sorted(connection.execute(
                "SELECT identity, name_key FROM entity_identity_names").fetchall())}
    assert after == before


def test_a_missing_store_for_a_read_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        Store.open(tmp_path / "nope.db", create=False)


def ingest(tmp_path, db) -> None:
    from claimgraph.app import ingest_paths

    folder = tmp_path / "seed"
    folder.mkdir(exist_ok=True)
    for k, text in enumerate(GOOD):
        (folder / f"{k}.txt").write_text(text, encoding="utf-8")
    report = ingest_paths([folder], db, progress=False)
    assert report["analysed"] == len(GOOD) and "error" not in report
