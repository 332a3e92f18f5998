"""The SQLite store: migrations, one-transaction writes, idempotent ingest, failures recorded, reads for show."""
from __future__ import annotations

import json
import sqlite3

import pytest

from claimgraph.cli import main
from claimgraph.document import Document
from claimgraph.store import Store, StoreError
from claimgraph.store import store as store_module
from claimgraph.app import ingest_paths
from claimgraph.app import Claimgraph
from claimgraph.render.store import claim_lines, document_lines
from claimgraph.settings import Settings

TEXT = ("The Daily Courier reported on Monday that two port officials said the crane had probably collapsed. "
        "The harbour reopened at noon.")

ANALYSIS_TABLES = ["attributions", "claims", "entities", "entity_mentions", "times", "events", "relations",
                   "markers"]


def show(db, fmt="text"):
    """The lines `claimgraph show` prints, through the application object and the store view."""
    for document, claims, attributions in Claimgraph(Settings(db=str(db))).show():
        yield from document_lines(document) if fmt == "text" else claim_lines(document, claims, attributions)


def sp(phrase: str, text: str = TEXT) -> dict:
    start = text.index(phrase)
    return {"start": start, "end": start + len(phrase), "text": phrase}


def analysis(document: Document) -> dict:
    """A complete result in the contract's shape, built by hand so the store is tested apart from the analysis."""
    return {
        "document": document.header(),
        "attributions": [
            {"id": "a1", "source": [sp("The Daily Courier")], "source_kind": "outlet", "source_count": None,
             "source_entity": "e1", "cue": [sp("reported")], "content": [sp("two port officials said the crane "
                                                                             "had probably collapsed")],
             "parent": None, "refers_to": None, "time": "t1"},
            {"id": "a2", "source": [sp("two port officials")], "source_kind": "anonymous", "source_count": 2,
             "source_entity": None, "cue": [sp("said")], "content": [sp("the crane had probably collapsed")],
             "parent": "a1", "refers_to": None, "time": None},
        ],
        "claims": [
            {"id": "c1", "span": sp("the crane had probably collapsed"), "trigger": sp("collapsed"),
             "attribution": "a2", "certainty": {"value": 2, "label": "probable", "cue": [sp("probably")]},
             "event": "v1"},
            {"id": "c2", "span": sp("The harbour reopened at noon"), "trigger": sp("reopened"), "attribution": None,
             "certainty": {"value": 3, "label": "certain", "cue": []}, "event": None},
        ],
        "entities": [{"id": "e1", "name": "The Daily Courier", "type": "ORG", "aliases": ["Courier"],
                      "mentions": [sp("The Daily Courier")]}],
        "times": [{"id": "t1", **sp("on Monday"), "value": "2024-05-06", "granularity": "day"}],
        "events": [{"id": "v1", "type": "ASSAULT", "trigger": sp("collapsed"), "roles": {"time": "t1"},
                    "attribution": "a2", "certainty": {"value": 2, "label": "probable", "cue": []}}],
        "relations": [{"type": "located_in", "subject": "crane", "object": "harbour", "evidence": sp("crane")}],
        "markers": [{"kind": "novelty", "span": sp("reported"), "about": "a1"}],
    }


def count(db, table: str) -> int:
    with sqlite3.connect(db) as connection:
        return connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def write_file(path, text: str | bytes):
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


# migrations

def test_migration_creates_the_schema_and_records_the_version(tmp_path):
    db = tmp_path / "claims.db"
    latest = store_module.migrations()[-1][0]
    with Store.open(db) as store:
        assert store.version() == latest
        tables = {row[0] for row in store.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"documents", "failures", "schema_version", *ANALYSIS_TABLES} <= tables
        columns = {row[1] for row in store.query("PRAGMA table_info(documents)")}
        assert {"content_hash", "path", "url", "outlet", "published", "title", "text", "analysed_at",
                "result_json"} <= columns
        assert store.query("PRAGMA journal_mode")[0][0] == "wal"
    with sqlite3.connect(db) as connection:
        versions = [row[0] for row in connection.execute("SELECT version FROM schema_version ORDER BY version")]
    assert versions == [v for v, _, _ in store_module.migrations()]


def test_migrating_twice_is_a_no_op_and_keeps_the_data(tmp_path):
    db = tmp_path / "claims.db"
    document = Document(text=TEXT, path="courier.txt")
    with Store.open(db) as store:
        store.write(document, analysis(document))
    with Store.open(db) as store:
        assert store.migrate() == []
        assert store.has(document.content_hash())
    assert count(db, "schema_version") == len(store_module.migrations())


def test_a_new_migration_applies_after_the_existing_ones(tmp_path, monkeypatch):
    db = tmp_path / "claims.db"
    Store.open(db).close()
    shipped = store_module.migrations()
    later = shipped[-1][0] + 1
    monkeypatch.setattr(store_module, "migrations",
                        lambda: shipped + [(later, f"{later:03d}_note.sql", "-- a note; with a semicolon\n"
                                            "ALTER TABLE documents ADD COLUMN note TEXT;\n")])
    with Store.open(db) as store:
        assert store.version() == later
        assert "note" in {row[1] for row in store.query("PRAGMA table_info(documents)")}


def test_a_failing_migration_leaves_the_schema_as_it_was(tmp_path, monkeypatch):
    db = tmp_path / "claims.db"
    Store.open(db).close()
    shipped = store_module.migrations()
    later = shipped[-1][0] + 1
    monkeypatch.setattr(store_module, "migrations", lambda: shipped + [
        (later, f"{later:03d}_broken.sql", "CREATE TABLE half (x INTEGER);\nTHIS IS NOT SQL;\n")])
    with pytest.raises(StoreError, match=f"migration {later:03d}_broken.sql failed"):
        Store.open(db)
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT name FROM sqlite_master WHERE name = 'half'").fetchone() is None
        assert connection.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == shipped[-1][0]


def test_a_store_from_a_newer_claimgraph_is_refused(tmp_path):
    db = tmp_path / "claims.db"
    Store.open(db).close()
    with sqlite3.connect(db) as connection:
        connection.execute("INSERT INTO schema_version VALUES (999, '999_future.sql', 'later')")
    with pytest.raises(StoreError, match="newer"):
        Store.open(db)


def test_a_file_that_is_not_a_store_is_refused_with_its_name(tmp_path):
    path = write_file(tmp_path / "article.txt", "The council said the library would close.\n" * 50)
    with pytest.raises(StoreError, match="article.txt"):
        Store.open(path)


def test_show_on_a_missing_store_says_so_and_creates_nothing(tmp_path, capsys):
    db = tmp_path / "typo.db"
    assert main(["show", "--db", str(db)]) == 2
    assert "no such store" in capsys.readouterr().err
    assert not db.exists()


# writes and reads

def test_write_and_read_round_trip(tmp_path):
    db = tmp_path / "claims.db"
    document = Document(text=TEXT, path="courier.txt", outlet="The Daily Courier", published="2024-05-06",
                        title="Crane collapse")
    result = analysis(document)
    with Store.open(db) as store:
        key = store.write(document, result)
        assert key is not None
        [stored] = list(store.documents())
        assert stored["result"] == result
        assert (stored["path"], stored["outlet"], stored["published"], stored["title"]) == (
            "courier.txt", "The Daily Courier", "2024-05-06", "Crane collapse")
        claims = store.claims(key)
        assert [(c["id"], c["text"], c["attribution"], c["certainty_value"]) for c in claims] == [
            ("c1", "the crane had probably collapsed", "a2", 2), ("c2", "The harbour reopened at noon", None, 3)]
        attributions = store.attributions(key)
        assert attributions["a2"]["parent"] == "a1"
        assert attributions["a2"]["source_text"] == "two port officials"
        text = store.query("SELECT text FROM documents WHERE id = ?", (key,))[0][0]
        for start, end, words in store.query("SELECT start_char, end_char, text FROM entity_mentions"):
            assert text[start:end] == words
    for table in ANALYSIS_TABLES:
        assert count(db, table) >= 1, table


def test_show_jsonl_gives_each_claim_with_its_chain_outermost_first(tmp_path):
    db = tmp_path / "claims.db"
    document = Document(text=TEXT, path="courier.txt")
    with Store.open(db) as store:
        store.write(document, analysis(document))
    lines = [json.loads(line) for line in show(db, fmt="jsonl")]
    assert [line["claim"] for line in lines] == ["c1", "c2"]
    assert lines[0]["document"] == document.id
    assert lines[0]["attribution_chain"] == ["The Daily Courier", "two port officials"]
    assert lines[0]["certainty"] == {"value": 2, "label": "probable"}
    assert lines[1]["attribution_chain"] == []


def test_show_names_a_referring_source_by_the_source_it_refers_to(tmp_path):
    db = tmp_path / "claims.db"
    document = Document(text=TEXT, path="courier.txt")
    result = analysis(document)
    result["attributions"].append({"id": "a3", "source": [sp("officials")], "source_kind": "anonymous",
                                   "source_count": None, "source_entity": None, "cue": [], "content": [],
                                   "parent": None, "refers_to": "a2", "time": None})
    result["claims"][1]["attribution"] = "a3"
    with Store.open(db) as store:
        store.write(document, result)
    lines = [json.loads(line) for line in show(db, fmt="jsonl")]
    assert lines[1]["attribution_chain"] == ["two port officials"]


def test_show_text_renders_every_stored_document(tmp_path):
    db = tmp_path / "claims.db"
    with Store.open(db) as store:
        for title in ("Crane collapse", "Harbour reopens"):
            document = Document(text=f"{title}. {TEXT}", path=f"{title}.txt", title=title)
            store.write(document, analysis(document) | {"document": document.header()})
    text = "\n".join(show(db, fmt="text"))
    assert text.index("Crane collapse") < text.index("Harbour reopens")
    assert "The Daily Courier" in text and "the crane had probably collapsed" in text


def test_a_reader_does_not_block_a_writer(tmp_path):
    db = tmp_path / "claims.db"
    stories = [Document(text=f"Story {k}. {TEXT}", path=f"{k}.txt") for k in range(4)]
    with Store.open(db) as writer, Store.open(db) as reader:
        for document in stories[:3]:
            writer.write(document, analysis(document))
        documents = reader.documents()
        assert next(documents)["path"] == "0.txt"  # a read under way, its statement still open ...
        assert writer.write(stories[3], analysis(stories[3])) is not None  # ... and the writer gets through
        assert [d["path"] for d in documents] == ["1.txt", "2.txt"]  # the reader keeps its snapshot
        assert reader.has(stories[3].content_hash())


def test_writing_the_same_document_twice_stores_it_once(tmp_path):
    db = tmp_path / "claims.db"
    document = Document(text=TEXT, path="courier.txt")
    # the identity is the normalised text: the same story with other line breaks is the same document
    again = Document(text=TEXT.replace(". ", ".\n\n"), path="copy.txt")
    with Store.open(db) as store:
        assert store.write(document, analysis(document)) is not None
        assert store.write(again, analysis(document)) is None
    assert count(db, "documents") == 1
    assert count(db, "claims") == 2


def test_the_same_text_at_another_url_is_another_document(tmp_path):
    db = tmp_path / "claims.db"
    first = Document(text=TEXT, url="https://example.org/a")
    second = Document(text=TEXT, url="https://example.org/b")
    with Store.open(db) as store:
        assert store.write(first, analysis(first)) is not None
        assert store.write(second, analysis(second)) is not None
    assert count(db, "documents") == 2


def test_a_write_that_fails_midway_leaves_nothing_of_the_document(tmp_path, monkeypatch):
    db = tmp_path / "claims.db"
    document = Document(text=TEXT, path="courier.txt")
    written = []

    def fail_after_claims(db_, key, result):
        written.append(key)
        raise RuntimeError("disk on fire")

    writers = list(store_module.ANALYSIS_WRITERS)
    monkeypatch.setattr(store_module, "ANALYSIS_WRITERS",
                        writers[:2] + [fail_after_claims] + writers[2:])
    with Store.open(db) as store:
        with pytest.raises(RuntimeError, match="disk on fire"):
            store.write(document, analysis(document))
        assert written, "the failure must come after the document row was written"
        assert not store.has(document.content_hash())
    for table in ["documents", *ANALYSIS_TABLES]:
        assert count(db, table) == 0, table
    monkeypatch.undo()
    with Store.open(db) as store:  # the store is still usable, and the document can land now
        assert store.write(document, analysis(document)) is not None


def test_a_malformed_result_is_refused_whole(tmp_path):
    db = tmp_path / "claims.db"
    document = Document(text=TEXT, path="courier.txt")
    result = analysis(document)
    del result["markers"][0]["span"]  # the last table written
    with Store.open(db) as store:
        with pytest.raises(KeyError):
            store.write(document, result)
    for table in ["documents", *ANALYSIS_TABLES]:
        assert count(db, table) == 0, table


# ingest

GOOD = ["The council said on Monday that the library would close.",
        "Police said two cars collided near the station."]


def test_ingesting_twice_skips_what_is_stored(tmp_path, monkeypatch):
    db = tmp_path / "claims.db"
    paths = [str(write_file(tmp_path / f"{k}.txt", text)) for k, text in enumerate(GOOD)]
    first = ingest_paths(paths, db, published="2024-05-06")
    assert first == {"documents": 2, "analysed": 2, "skipped": 0, "failed": 0, "unsupported": 0, "linked": 2,
                     "db": str(db)}

    def no_analysis(document, nlp=None):
        raise AssertionError(f"{document.path} was analysed again")

    monkeypatch.setattr("claimgraph.batch.analyze_document", no_analysis)  # skipping comes before analysing
    second = ingest_paths(paths, db)
    assert second == {"documents": 2, "analysed": 0, "skipped": 2, "failed": 0, "unsupported": 0, "linked": 0,
                      "db": str(db)}
    assert count(db, "documents") == 2
    with Store.open(db) as store:
        stored = list(store.documents())
    assert [d["path"] for d in stored] == paths
    assert all(d["published"] == "2024-05-06" for d in stored)
    assert all({"document", "attributions", "claims", "entities"} <= set(d["result"]) for d in stored)


def test_a_duplicate_within_one_batch_is_analysed_once(tmp_path):
    db = tmp_path / "claims.db"
    paths = [str(write_file(tmp_path / "a.txt", GOOD[0])), str(write_file(tmp_path / "b.txt", GOOD[0] + "\n"))]
    report = ingest_paths(paths, db)
    assert (report["analysed"], report["skipped"]) == (1, 1)
    assert count(db, "documents") == 1


def test_a_failing_document_is_recorded_and_the_others_land(tmp_path):
    db = tmp_path / "claims.db"
    good = write_file(tmp_path / "good.txt", GOOD[0])
    empty = write_file(tmp_path / "empty.txt", "  \n")
    binary = write_file(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    report = ingest_paths([empty, good, binary, tmp_path / "missing.txt"], db)
    assert report == {"documents": 4, "analysed": 1, "skipped": 0, "failed": 3, "unsupported": 0, "linked": 1, "db": str(db)}
    with Store.open(db) as store:
        failures = {f["document"]: f for f in store.failures()}
        assert [d["path"] for d in store.documents()] == [str(good)]
    assert set(failures) == {str(empty), str(binary), str(tmp_path / "missing.txt")}
    assert failures[str(empty)]["code"] == "E001"
    assert failures[str(binary)]["code"] == "E002"
    assert str(binary) in failures[str(binary)]["reason"]

    # a rerun retries the failures (and counts the attempt), and skips what landed
    again = ingest_paths([empty, good, binary], db)
    assert (again["skipped"], again["failed"]) == (1, 2)
    with Store.open(db) as store:
        assert {f["document"]: f["attempts"] for f in store.failures()}[str(empty)] == 2
    assert count(db, "failures") == 3


def test_a_document_that_lands_after_failing_is_no_longer_a_failure(tmp_path):
    db = tmp_path / "claims.db"
    path = write_file(tmp_path / "late.txt", "")
    assert ingest_paths([path], db)["failed"] == 1
    write_file(path, GOOD[1])
    assert ingest_paths([path], db)["analysed"] == 1
    assert count(db, "failures") == 0


def test_a_result_the_store_refuses_is_a_failure_of_that_document_only(tmp_path, monkeypatch):
    db = tmp_path / "claims.db"
    paths = [write_file(tmp_path / f"{k}.txt", text) for k, text in enumerate(GOOD)]
    real_write = Store.write

    def refuse_the_first(self, document, result):
        if document.path == str(paths[0]):
            raise sqlite3.IntegrityError("constraint failed")
        return real_write(self, document, result)

    monkeypatch.setattr(Store, "write", refuse_the_first)
    report = ingest_paths(paths, db)
    assert (report["analysed"], report["failed"]) == (1, 1)
    with Store.open(db) as store:
        [failure] = store.failures()
    assert failure["document"] == str(paths[0])
    assert "could not be stored" in failure["reason"]


def test_ingest_and_show_through_the_command_line(tmp_path, capsys):
    db = tmp_path / "claims.db"
    paths = [str(write_file(tmp_path / f"{k}.txt", text)) for k, text in enumerate(GOOD)]
    assert main(["ingest", *paths, str(tmp_path / "nothing.txt"), "--db", str(db)]) == 0
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert report == {"documents": 3, "analysed": 2, "skipped": 0, "failed": 1, "unsupported": 0, "linked": 2, "db": str(db)}

    assert main(["show", "--db", str(db), "--format", "jsonl"]) == 0
    for line in capsys.readouterr().out.splitlines():
        claim = json.loads(line)
        assert {"document", "text", "certainty", "attribution_chain"} <= set(claim)
        assert isinstance(claim["attribution_chain"], list)
    assert main(["show", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert all(path in out for path in paths)


def test_ingest_exits_1_when_every_document_failed(tmp_path, capsys):
    db = tmp_path / "claims.db"
    assert main(["ingest", str(write_file(tmp_path / "empty.txt", "")), "--db", str(db)]) == 1


def test_ingest_with_a_pool_of_processes_keeps_each_result_with_its_document(tmp_path):
    db = tmp_path / "claims.db"
    paths = [str(write_file(tmp_path / f"{k}.txt", text)) for k, text in enumerate(GOOD)]
    paths.insert(1, str(write_file(tmp_path / "empty.txt", "")))
    report = ingest_paths(paths, db, processes=2)
    assert (report["analysed"], report["failed"]) == (2, 1)
    with Store.open(db) as store:
        [failure] = store.failures()
        stored = {row["path"]: (row["text"], json.loads(row["result_json"])["document"]["path"])
                  for row in store.query("SELECT path, text, result_json FROM documents")}
    assert failure["document"] == paths[1]
    # each result is stored with the document it came from, not its neighbour's
    assert stored == {paths[0]: (GOOD[0], paths[0]), paths[2]: (GOOD[1], paths[2])}
