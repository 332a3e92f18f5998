"""Reads never write: `claims`, `entity`, `show`, `export` and `errors` work on a store that sits where nothing may be
written, a WAL-mode store among them, and say so when documents are not linked yet.

The read-only place is real for the process that reads: a folder and files without write permission, read by a
process that cannot override permissions (as root, a forked child that drops to the unprivileged user "nobody"; as
anybody else, the permissions alone hold). The child proves it cannot write there before it reads."""
from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import sqlite3
import stat
import tempfile
from pathlib import Path

import pytest

from claimgraph.app import Claimgraph
from claimgraph.cli import main
from claimgraph.document import Document
from claimgraph.settings import Settings
from claimgraph.store import Store

NOBODY = 65534
READS = [["claims"], ["claims", "--format", "text"], ["entity", "Varnholt Shipping"], ["show"],
         ["show", "--format", "jsonl"], ["errors"]]


def span(text: str, phrase: str) -> dict:
    start = text.index(phrase)
    return {"start": start, "end": start + len(phrase), "text": phrase}


def report(text: str, outlet: str, published: str) -> tuple[Document, dict]:
    """One article saying a shipping firm delivered cranes to a port authority, in the contract's shape."""
    document = Document(text=text, outlet=outlet, published=published, path=f"{outlet}.txt")
    claim = text[:text.index(",")]
    entities = [("Varnholt Shipping", "ORG"), ("the Orrin Port Authority", "ORG")]
    result = {"document": document.header(), "attributions": [], "times": [], "relations": [], "markers": [],
              "entities": [{"id": f"e{k}", "name": name, "type": type_, "aliases": [], "mentions": [span(text, name)]}
                           for k, (name, type_) in enumerate(entities, start=1)],
              "claims": [{"id": "c1", "span": span(text, claim), "trigger": span(text, "delivered"),
                          "attribution": None, "event": "v1",
                          "certainty": {"value": 3, "label": "certain", "cue": []}}],
              "events": [{"id": "v1", "type": "AID", "trigger": span(text, "delivered"),
                          "roles": {"actor": "Varnholt Shipping", "recipient": "the Orrin Port Authority"},
                          "attribution": None, "certainty": {"value": 3, "label": "certain", "cue": []}}]}
    return document, result


ARTICLES = [("Varnholt Shipping delivered four cranes to the Orrin Port Authority, port records show.", "Tideline",
             "2025-04-02"),
            ("Varnholt Shipping delivered the cranes to the Orrin Port Authority last week, officials confirmed.",
             "Harbour Gazette", "2025-04-05")]
LATE = ("Varnholt Shipping delivered two more cranes to the Orrin Port Authority, a spokesman said.", "Dockside",
        "2025-04-09")


def build_store(db: Path, unlinked: bool = False) -> None:
    with Store.open(db) as store:
        for text, outlet, published in ARTICLES:
            store.write(*report(text, outlet, published))
        store.record_failure("broken.txt", "broken.txt: E001 empty document", code="E001")
    Claimgraph(Settings(db=str(db))).link_pending()
    if unlinked:
        with Store.open(db) as store:
            store.write(*report(*LATE))


def sealed_copy(db: Path, keep_wal: bool = False) -> Path:
    """A copy of the store in a fresh folder nobody may write to: the folder 0555, the files 0444."""
    folder = Path(tempfile.mkdtemp(prefix="claimgraph-ro-"))
    target = folder / "store.db"
    if keep_wal:
        # a store whose last changes still sit in its write-ahead log, as a copy taken while a writer works has
        with sqlite3.connect(db) as source:
            source.execute("PRAGMA wal_autocheckpoint = 0")
            source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            source.execute("UPDATE failures SET attempts = 3")
            source.commit()
            for suffix in ("", "-wal", "-shm"):
                shutil.copy(f"{db}{suffix}", f"{target}{suffix}")
    else:
        shutil.copy(db, target)
    for path in folder.iterdir():
        path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
    return target


@contextlib.contextmanager
def removed(db: Path):
    try:
        yield
    finally:
        db.parent.chmod(0o755)
        shutil.rmtree(db.parent, ignore_errors=True)


def as_reader(db: Path, commands: list[list[str]]) -> dict:
    """Run claimgraph commands in a forked child that cannot write to the store's folder; what each printed, its
    exit status, and whether the child could write a file beside the store."""
    # the child runs as nobody, who may not read this interpreter's libraries: load what the commands use first
    import claimgraph.link.corroboration  # noqa: F401
    import claimgraph.link.dossier  # noqa: F401
    import claimgraph.link.export  # noqa: F401
    import claimgraph.render.claims  # noqa: F401
    import claimgraph.render.store  # noqa: F401
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through the pipe
        code = 1
        try:
            os.close(read)
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(NOBODY)
                os.setuid(NOBODY)
            outcome: dict = {"uid": os.geteuid(), "runs": []}
            try:
                (db.parent / "probe").write_text("x")
                outcome["could_write"] = True
            except OSError:
                outcome["could_write"] = False
            for command in commands:
                out, err = io.StringIO(), io.StringIO()
                with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                    status = main([*command, "--db", str(db)])
                outcome["runs"].append({"command": command, "status": status, "out": out.getvalue(),
                                        "err": err.getvalue()})
            with os.fdopen(write, "w") as pipe:
                json.dump(outcome, pipe)
            code = 0
        finally:
            os._exit(code)
    os.close(write)
    with os.fdopen(read) as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    assert os.WEXITSTATUS(status) == 0 and data, "the reading child failed"
    return json.loads(data)


def written(db: Path, command: list[str], capsys) -> tuple[int, str, str]:
    status = main([*command, "--db", str(db)])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize("keep_wal", [False, True], ids=["checkpointed", "with-wal"])
def test_reads_work_on_a_store_nobody_may_write(tmp_path, capsys, keep_wal):
    db = tmp_path / "store.db"
    build_store(db)
    with open(db, "rb") as header:
        assert header.read(20)[18:20] == b"\x02\x02", "the store is in WAL mode"
    expected = [written(db, command, capsys) for command in READS]
    if keep_wal:
        # the copy's last change lives only in its log: the reader must see it
        expected[-1] = (0, "broken.txt: E001 empty document (attempts: 3)\n", "")
    sealed = sealed_copy(db, keep_wal=keep_wal)
    with removed(sealed):
        before = {p.name: p.read_bytes() for p in sealed.parent.iterdir()}
        outcome = as_reader(sealed, READS + [["export", "--format", "jsonld", "--out", "/dev/null"], ["link"]])
        after = {p.name: p.read_bytes() for p in sealed.parent.iterdir()}
    assert outcome["could_write"] is False, "the test must read from a place the reader cannot write"
    runs = outcome["runs"]
    for (status, out, err), run in zip(expected, runs):
        assert (run["status"], run["out"], run["err"]) == (status, out, err), run["command"]
    assert json.loads(runs[0]["out"].splitlines()[0])["articles"] == 2, "the two reports are one linked claim"
    export, link = runs[-2], runs[-1]
    assert export["status"] == 0 and json.loads(export["out"])["claims"] == 1
    # the write step, by contrast, fails there where it must open the store for writing (with nothing to link, a
    # store whose log files are already there is opened and left as it is)
    if not keep_wal:
        assert link["status"] == 2 and "read-only" in link["err"]
    assert before == after


def test_reads_leave_unlinked_documents_unlinked_and_say_so(tmp_path, capsys):
    db = tmp_path / "store.db"
    build_store(db, unlinked=True)
    with Store.open(db) as store:
        assert store.pending_count() == 1
    sealed = sealed_copy(db)
    with removed(sealed):
        outcome = as_reader(sealed, [["claims"], ["entity", "Varnholt Shipping"], ["show", "--format", "jsonl"]])
    claims, entity, show = outcome["runs"]
    assert claims["status"] == 0 and entity["status"] == 0
    for run in (claims, entity):
        assert f"1 document is not linked yet; run claimgraph link --db {sealed}" in run["err"]
    # the unlinked article is stored (show lists it) but no linked claim counts it yet
    assert len(show["out"].splitlines()) == 3
    assert json.loads(claims["out"].splitlines()[0])["articles"] == 2
    # where the store may be written, `link` finishes the job and the reads stop warning
    assert written(db, ["link"], capsys)[0] == 0
    status, out, err = written(db, ["claims"], capsys)
    assert "not linked yet" not in err and json.loads(out.splitlines()[0])["articles"] == 3


def test_a_read_does_not_change_the_store_file(tmp_path, capsys):
    db = tmp_path / "store.db"
    build_store(db, unlinked=True)
    before = db.read_bytes()
    for command in READS:
        written(db, command, capsys)
    assert db.read_bytes() == before
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0
