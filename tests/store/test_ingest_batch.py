"""A batch with bad input in it: every document lands or is listed with its error, and the batch goes on."""
from __future__ import annotations

import json
import sys
from io import BytesIO
from pathlib import Path

import pytest

from claimgraph.cli import main
from claimgraph.store import Store
from claimgraph.app import ingest_paths
from claimgraph.ingest import progress_bar

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "readers"))
from test_feed import RSS  # noqa: E402
from test_warc import page, write_warc  # noqa: E402

GOOD = "The council said on Monday that the library would close in May."


def bad_batch(folder: Path) -> None:
    folder.mkdir()
    (folder / "deeper" / "still").mkdir(parents=True)  # folders are read recursively
    (folder / "deeper" / "still" / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (folder / "latin1.txt").write_bytes("Le maire a d\xe9clar\xe9 que".encode("latin-1") + b"\xff\xfe")
    (folder / "huge.txt").write_text("The port reopened. " * 400, encoding="utf-8")
    (folder / "lines.jsonl").write_text(json.dumps({"text": "Police said two cars collided.", "outlet": "Star"})
                                        + "\n{not json\n", encoding="utf-8")
    (folder / "cut.rss").write_text(RSS[:RSS.index("<item><title>Bridge")] + "<item><title>Bri", encoding="utf-8")
    write_warc(folder / "crawl.warc.gz", [("text/html", page(t)) for t in ("Dunmore", "Carrow", "Esk")])
    data = (folder / "crawl.warc.gz").read_bytes()
    (folder / "crawl.warc.gz").write_bytes(data[:int(len(data) * 0.85)])


def test_bad_input_never_stops_the_batch(tmp_path, nlp, monkeypatch, capsys):
    monkeypatch.setenv("CLAIMGRAPH_MAX_CHARS", "2000")
    bad_batch(tmp_path / "batch")
    db = tmp_path / "s.db"
    report = ingest_paths([tmp_path / "batch"], db, progress=False)
    with Store.open(db, create=False) as store:
        stored = {r[0] for r in store.query("SELECT path FROM documents")}
        failed = {f["document"]: f["reason"] for f in store.failures()}
    names = {Path(p.split(":")[0].split("#")[0]).name for p in stored}
    assert names == {"good.txt", "lines.jsonl", "cut.rss", "crawl.warc.gz"}
    assert len(stored) == 5  # good.txt, one JSON line, one feed entry, two WARC records
    failed_names = {Path(d.split(":")[0].split("#")[0]).name for d in failed}
    assert {"empty.txt", "binary.txt", "latin1.txt", "huge.txt", "lines.jsonl", "cut.rss",
            "crawl.warc.gz"} <= failed_names
    assert any("E011" in r for r in failed.values()) and any("E010" in r for r in failed.values())
    assert report["documents"] == report["analysed"] + report["failed"] + report["skipped"]
    assert report["analysed"] == 5

    assert main(["errors", "--db", str(db)]) == 0
    listed = capsys.readouterr().out.strip().splitlines()
    assert len(listed) == len(failed)
    assert any(line.startswith(str(tmp_path / "batch" / "empty.txt")) and "E001" in line for line in listed)


def test_a_rerun_retries_failures_and_counts_attempts(tmp_path, nlp, capsys):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    db = tmp_path / "s.db"
    ingest_paths([folder], db, progress=False)
    ingest_paths([folder], db, progress=False)
    assert main(["errors", "--db", str(db), "--format", "jsonl"]) == 0
    [line] = capsys.readouterr().out.strip().splitlines()
    assert json.loads(line)["attempts"] == 2


def test_progress_bar_shows_documents_per_second(tmp_path, nlp, capsys):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    ingest_paths([tmp_path / "a.txt"], tmp_path / "s.db", progress=True)
    err = capsys.readouterr().err
    assert "doc/s" in err or "s/doc" in err
    assert progress_bar(None, None) is None  # stderr is no terminal under pytest


def test_processes_give_the_same_store(tmp_path, nlp):
    folder = tmp_path / "batch"
    folder.mkdir()
    for n, text in enumerate([GOOD, "Police said two cars collided near the station on Friday.",
                              "The minister denied that the plant would close."]):
        (folder / f"{n}.txt").write_text(text, encoding="utf-8")
    one = ingest_paths([folder], tmp_path / "one.db", progress=False)
    two = ingest_paths([folder], tmp_path / "two.db", processes=2, progress=False)
    assert one["analysed"] == two["analysed"] == 3
    with Store.open(tmp_path / "one.db") as a, Store.open(tmp_path / "two.db") as b:
        def results(store):
            return sorted(json.dumps(json.loads(r[0]), sort_keys=True) for r in store.query(
                "SELECT result_json FROM documents"))
        assert results(a) == results(b)
