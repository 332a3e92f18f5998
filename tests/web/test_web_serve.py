"""`claimgraph serve`: this machine only by default, writes only with CLAIMGRAPH_TOKEN, a bad store one line."""
from __future__ import annotations

import pytest

from claimgraph.cli import main


@pytest.fixture
def started(monkeypatch):
    """uvicorn.run replaced by a recorder of what it was asked to serve."""
    import uvicorn
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: calls.append((app, options)))
    return calls


def test_serve_binds_this_machine_only_and_reads_only_by_default(started, corpus_store, monkeypatch, capsys):
    monkeypatch.delenv("CLAIMGRAPH_TOKEN", raising=False)
    assert main(["serve", "--db", str(corpus_store)]) == 0
    (app, options), = started
    assert options["host"] == "127.0.0.1" and options["port"] == 8000
    assert app.state.workbench.token is None
    assert "read-only" in capsys.readouterr().err


def test_serve_takes_its_token_from_the_environment(started, writable_store, monkeypatch):
    monkeypatch.setenv("CLAIMGRAPH_TOKEN", "from-the-environment")
    assert main(["serve", "--db", str(writable_store), "--host", "0.0.0.0", "--port", "8123"]) == 0
    (app, options), = started
    assert (options["host"], options["port"]) == ("0.0.0.0", 8123)
    assert app.state.workbench.token == "from-the-environment"


def test_serve_on_a_missing_store_is_one_line(started, tmp_path, capsys):
    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 2
    assert not started
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such store" in err
