"""A batch of hostile inputs beside good articles: every input is stored, listed by `errors` with its code, or
reported skipped, in one process or two, with no hang, no traceback and no lost neighbour."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile_corpus import SETTINGS, arguments, write

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="the corpus holds named pipes (POSIX only)")


def claimgraph(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, **SETTINGS}
    return subprocess.run([sys.executable, "-m", "claimgraph.cli", *args], capture_output=True, text=True, env=env,
                          timeout=timeout)


def belongs(name: str, path: str) -> bool:
    """Whether a stored or failed document name (path, path:line, path#record) comes from the input at path."""
    return name == path or name.startswith((path + ":", path + "#"))


@pytest.mark.parametrize("processes", [1, 2])
def test_every_hostile_input_ends_stored_listed_or_skipped(tmp_path, processes):
    expect = write(tmp_path / "corpus")
    db = tmp_path / "store.db"
    run = claimgraph("ingest", *arguments(tmp_path / "corpus", expect), "--db", str(db), "--quiet",
                     "--processes", str(processes))
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr and "WARNING" not in run.stderr, run.stderr
    report = json.loads(run.stdout.strip().splitlines()[-1])

    with sqlite3.connect(db) as connection:
        stored = [row[0] for row in connection.execute("SELECT path FROM documents")]
        results = {row[0]: json.loads(row[1]) for row in connection.execute("SELECT path, result_json FROM documents")}
    listed = claimgraph("errors", "--db", str(db), "--format", "jsonl")
    assert listed.returncode == 0, listed.stderr
    failures = [json.loads(line) for line in listed.stdout.splitlines()]

    for path, outcome in expect.items():
        mine = [name for name in stored if belongs(name, path)]
        assert len(mine) == outcome.stored, (path, mine)
        errors = [f for f in failures if belongs(f["document"], path)]
        assert sorted(f["code"] for f in errors) == sorted(outcome.errors), (path, errors)
        for failure in errors:
            assert failure["reason"].startswith(failure["document"] + ": " + failure["code"]), failure
        assert run.stderr.count(f"skipped {path}: ") == (1 if outcome.skipped else 0), (path, run.stderr)
        if outcome.warning:
            [name] = mine
            assert any(outcome.warning in w for w in results[name].get("warnings", [])), results[name]
    # nothing stored or listed that no input accounts for
    assert all(any(belongs(name, path) for path in expect) for name in stored)
    assert all(any(belongs(f["document"], path) for path in expect) for f in failures)
    assert report["analysed"] == len(stored)
    assert report["failed"] == len(failures)
    assert report["unsupported"] == sum(outcome.skipped for outcome in expect.values())


def test_hostile_text_reaches_the_terminal_escaped(tmp_path):
    expect = write(tmp_path / "corpus")
    path = next(p for p in expect if p.endswith("terminal-escapes.txt"))
    run = claimgraph("analyze", path, "--format", "text")
    assert run.returncode == 0, run.stderr
    assert "\x1b" not in run.stdout and "\x07" not in run.stdout
    assert "\\x1b" in run.stdout  # shown, not hidden: the reader sees that the article holds escapes
