"""A store built once from the story corpus fixture, the workbench over it in-process (TestClient) and on a real
uvicorn server, and Debian's chromium driven by Playwright."""
from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytest.importorskip("fastapi", reason="the workbench's extra is not installed: pip install -e '.[test]'")

from fastapi.testclient import TestClient  # noqa: E402

from claimgraph.app import Claimgraph, ingest_paths  # noqa: E402
from claimgraph.settings import Settings  # noqa: E402
from claimgraph.web.application import create_app  # noqa: E402

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
TOKEN = "a-test-token"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory, nlp) -> Path:
    """The fixture corpus ingested and linked once; tests that write take a copy (`writable_store`)."""
    db = tmp_path_factory.mktemp("workbench") / "corpus.db"
    report = ingest_paths([CORPUS], db)
    assert report["failed"] == 0 and report["analysed"] > 0, report
    return db


@pytest.fixture
def writable_store(corpus_store, tmp_path) -> Path:
    db = tmp_path / "store.db"
    shutil.copy(corpus_store, db)
    return db


def graph_over(db: Path) -> Claimgraph:
    return Claimgraph(Settings.build(db=str(db)), say=lambda message: None)


@pytest.fixture(scope="session")
def client(corpus_store) -> TestClient:
    """The workbench over the corpus store, read-only in effect: the tests that write use `writer`."""
    return TestClient(create_app(graph_over(corpus_store), token=TOKEN), raise_server_exceptions=False)


@pytest.fixture
def writer(writable_store) -> TestClient:
    return TestClient(create_app(graph_over(writable_store), token=TOKEN), raise_server_exceptions=False)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class LiveServer:
    """The workbench on uvicorn in a background thread, on a free port of 127.0.0.1."""

    def __init__(self, db: Path, token: str | None = TOKEN):
        import uvicorn
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(graph_over(db), token=token), host="127.0.0.1", port=self.port,
                                log_level="warning", server_header=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the workbench did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_store(tmp_path_factory, corpus_store) -> Path:
    """A copy of the corpus store for the browser tests, which add an article of their own."""
    db = tmp_path_factory.mktemp("live") / "store.db"
    shutil.copy(corpus_store, db)
    return db


@pytest.fixture(scope="session")
def live_server(live_store):
    with LiveServer(live_store) as server:
        yield server


@pytest.fixture(scope="session")
def browser_context(tmp_path_factory):
    """Debian's chromium (never a browser Playwright downloads), headless, on a fresh profile."""
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium: scripts/install-browser.sh installs it (make test runs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 1000})
        yield context
        context.close()


@pytest.fixture
def page(browser_context):
    """A fresh tab that records every dialog and console error; a test fails on any unless it expects them."""
    tab = browser_context.new_page()
    tab.dialogs = []
    tab.console_errors = []

    def on_dialog(dialog):
        tab.dialogs.append(dialog.message)
        dialog.dismiss()
    tab.on("dialog", on_dialog)
    tab.on("console", lambda message: tab.console_errors.append(message.text) if message.type == "error" else None)
    tab.on("pageerror", lambda error: tab.console_errors.append(str(error)))
    yield tab
    tab.close()
