"""Killing `claimgraph ingest` at any moment and running it again stores every document exactly once, whole."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

TOWNS = ["Arden", "Belford", "Corran", "Dunmere", "Elston", "Fairholm", "Garrow", "Hollins", "Ivers", "Jessop"]


def article(n: int) -> dict:
    town = f"{TOWNS[n % len(TOWNS)]} {n}"
    sentences = [f"The council of {town} approved a new budget on Monday, a spokesman said.",
                 f"Two members of the council said the vote in {town} had been delayed by a dispute over roads.",
                 "The mayor told reporters that the new bridge would probably open next year.",
                 f"Residents of {town} had asked for the bridge for a decade, according to a local newspaper.",
                 "The opposition denied that the budget would raise taxes."] * 3
    return {"id": f"doc-{n}", "outlet": f"Gazette {n % 4}", "published": f"2025-04-{1 + n % 28:02d}",
            "text": " ".join(sentences)}


def count(db, sql: str) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as connection:
            return connection.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:  # the store is still being created
        return 0


def run_ingest(corpus, db, processes: int) -> subprocess.Popen:
    # a session of its own, so that every process it starts can be found by its group afterwards
    return subprocess.Popen([sys.executable, "-m", "claimgraph.cli", "ingest", str(corpus), "--db", str(db),
                             "--quiet", "--processes", str(processes)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)


def group(pgid: int) -> list[int]:
    """The live processes of a process group."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            found.append(int(entry))
    return found


def left_behind(pgid: int, wait: float = 10) -> list[int]:
    deadline = time.time() + wait
    while time.time() < deadline and group(pgid):
        time.sleep(0.1)
    return group(pgid)


@pytest.mark.parametrize("processes", [1, 2])
def test_kill_during_ingest_then_rerun_stores_each_document_once(tmp_path, processes):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(30):
        (corpus / f"{n:02d}.jsonl").write_text(json.dumps(article(n)) + "\n", encoding="utf-8")
    db = tmp_path / "store.db"

    process = run_ingest(corpus, db, processes)
    deadline = time.time() + 120
    landed = 0
    while time.time() < deadline and process.poll() is None:
        landed = count(db, "SELECT COUNT(*) FROM documents")
        if landed >= 3:
            break
        time.sleep(0.01)
    assert process.poll() is None, "ingest finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    _, err = process.communicate(timeout=30)  # ends when every process holding its pipes is gone
    assert b"Traceback" not in err and b"leaked" not in err and b"Error" not in err, err.decode()
    if sys.platform.startswith("linux"):
        assert left_behind(process.pid) == [], "workers outlived the killed command"
    stored_at_kill = count(db, "SELECT COUNT(*) FROM documents")
    assert 3 <= stored_at_kill < 30

    rerun = run_ingest(corpus, db, processes)
    out, err = rerun.communicate(timeout=240)
    assert rerun.returncode == 0, err.decode()
    assert b"Traceback" not in err, err.decode()
    if sys.platform.startswith("linux"):
        assert left_behind(rerun.pid) == [], "workers outlived the command"
    report = json.loads(out.decode().strip().splitlines()[-1])
    assert report["skipped"] == stored_at_kill and report["analysed"] == 30 - stored_at_kill

    assert_each_document_whole(db)


def assert_each_document_whole(db) -> None:
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT id, document_id, result_json FROM documents").fetchall()
        assert sorted(r[1] for r in rows) == sorted(f"doc-{n}" for n in range(30))
        for key, _, result_json in rows:
            result = json.loads(result_json)
            for table, expected in [("claims", len(result["claims"])), ("attributions", len(result["attributions"])),
                                    ("entities", len(result["entities"])), ("events", len(result["events"])),
                                    ("entity_mentions", sum(len(e["mentions"]) for e in result["entities"])),
                                    ("linked_claim_evidence", len(result["claims"])),
                                    ("document_copies", 1), ("linked_documents", 1)]:
                found = connection.execute(f"SELECT COUNT(*) FROM {table} WHERE document = ?", (key,)).fetchone()[0]
                assert found == expected, (table, key)
        assert connection.execute("SELECT COUNT(*) FROM failures").fetchone()[0] == 0


def workers_of(pid: int) -> list[int]:
    """The analysis workers a command started (its spawned children, not multiprocessing's resource tracker)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                ppid = int(stat.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{entry}/cmdline", "rb") as cmdline:
                command = cmdline.read()
        except (FileNotFoundError, ProcessLookupError):
            continue
        if ppid == pid and b"spawn_main" in command and b"resource_tracker" not in command:
            found.append(int(entry))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="finds the workers through /proc")
def test_a_worker_killed_mid_ingest_costs_its_document_alone(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(20):
        (corpus / f"{n:02d}.jsonl").write_text(json.dumps(article(n)) + "\n", encoding="utf-8")
    db = tmp_path / "store.db"
    process = run_ingest(corpus, db, 2)
    # wait for documents landing and a worker to be seen in the same moment: on a loaded machine the two can be
    # apart (a worker being replaced, the pool not yet started), and the test must not depend on the order
    deadline = time.time() + 180
    victims: list[int] = []
    while time.time() < deadline and process.poll() is None:
        if count(db, "SELECT COUNT(*) FROM documents") >= 2:
            victims = workers_of(process.pid)
            if victims:
                break
        time.sleep(0.01)
    if not victims:
        process.kill()
        _, err = process.communicate(timeout=60)
        pytest.fail(f"no worker found to kill: exit status {process.returncode}, "
                    f"{count(db, 'SELECT COUNT(*) FROM documents')} documents and "
                    f"{count(db, 'SELECT COUNT(*) FROM failures')} failures stored; stderr: {err.decode()[-2000:]}")
    os.kill(victims[0], signal.SIGKILL)
    out, err = process.communicate(timeout=240)
    assert process.returncode == 0, err.decode()
    assert b"Traceback" not in err, err.decode()
    report = json.loads(out.decode().strip().splitlines()[-1])
    with sqlite3.connect(db) as connection:
        stored = connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        failures = connection.execute("SELECT code, reason FROM failures").fetchall()
    # the worker is replaced: every other document lands; the one it held, if it held one, is listed as E014
    assert stored + len(failures) == 20 and len(failures) <= 1
    assert all(code == "E014" and "SIGKILL" in reason for code, reason in failures)
    assert report["analysed"] == stored
    assert left_behind(process.pid) == []
