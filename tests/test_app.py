"""The command line and the Python API are both a thin face over one application object, `claimgraph.Claimgraph`:
each command and each API function ends in its method, with the settings the caller gave."""
from __future__ import annotations

import json

import pytest

import claimgraph
from claimgraph.app import ClaimFilters, Claimgraph
from claimgraph.cli import main
from claimgraph.settings import Settings


@pytest.fixture
def calls(monkeypatch):
    """Replace the application object's methods by recorders: (method, settings, arguments) a call."""
    made: list[tuple[str, Settings, tuple, dict]] = []
    answers = {
        "analyze": {"document": {"id": "d"}, "claims": []},
        "analyze_many": iter([]),
        "ingest_and_link": {"documents": 0, "analysed": 0, "skipped": 0, "failed": 0, "unsupported": 0,
                            "linked": 0, "db": "x"},
        "link_pending": 0,
        "claims": [],
        "dossier": None,
        "export": 0,
        "errors": [],
        "show": iter([]),
    }
    for name, answer in answers.items():
        def record(self, *args, _name=name, _answer=answer, **kwargs):
            made.append((_name, self.settings, args, kwargs))
            return _answer
        monkeypatch.setattr(Claimgraph, name, record)
    return made


@pytest.mark.parametrize("argv, method", [
    (["analyze", "a.txt"], "analyze_many"),
    (["ingest", "a.txt", "--db", "s.db"], "ingest_and_link"),
    (["link", "--db", "s.db"], "link_pending"),
    (["claims", "--db", "s.db", "--min-origins", "2"], "claims"),
    (["entity", "Corvel Mining", "--db", "s.db"], "dossier"),
    (["export", "--db", "s.db", "--format", "jsonld", "--out", "out.jsonld"], "export"),
    (["errors", "--db", "s.db"], "errors"),
    (["show", "--db", "s.db"], "show"),
])
def test_every_command_calls_the_application_object(calls, argv, method, capsys):
    main(argv)
    assert [c[0] for c in calls] == [method]
    settings = calls[0][1]
    assert settings.db == ("s.db" if "--db" in argv else None)


def test_command_options_become_settings_and_filters(calls):
    main(["ingest", "a.txt", "--db", "s.db", "--processes", "3", "--quiet"])
    main(["claims", "--db", "s.db", "--entity", "Corvel Mining", "--single-sourced"])
    (_, ingest_settings, _, _), (_, _, args, _) = calls
    assert (ingest_settings.processes, ingest_settings.progress) == (3, False)
    assert args == (ClaimFilters(entity="Corvel Mining", single_sourced=True),)


def test_the_python_api_goes_through_the_application_object(calls):
    assert claimgraph.analyze("Corvel Mining sold the quarry.", published="2025-06-06")["document"] == {"id": "d"}
    name, _, (document,), _ = calls[0]
    assert name == "analyze" and document.published == "2025-06-06"
    list(claimgraph.analyze_many(["one", "two"], n_process=2))
    name, settings, _, _ = calls[1]
    assert name == "analyze_many" and settings.processes == 2


def test_settings_read_the_environment_when_built_not_at_import(monkeypatch):
    monkeypatch.setenv("CLAIMGRAPH_MAX_CHARS", "1234")
    assert Settings.build().limits.max_chars == 1234
    monkeypatch.setenv("CLAIMGRAPH_MAX_CHARS", "not a number")
    assert Settings.build().limits.max_chars == Settings().limits.max_chars
    assert Settings.build(processes=None).processes == 1
    with pytest.raises(Exception):
        Settings().processes = 2  # frozen


def test_the_analysis_is_bounded_by_the_settings_of_its_application_object(monkeypatch):
    from claimgraph.document import Document
    from claimgraph.errors import DocumentError
    from claimgraph.settings import Limits

    text = "The harbour master said the ferry would sail at noon. Two crew members said the engine had been fixed."
    app = Claimgraph(Settings(limits=Limits(max_chars=len(text) - 1)))
    with pytest.raises(DocumentError) as refused:
        app.analyze(Document(text=text))
    assert refused.value.code == "E004" and "CLAIMGRAPH_MAX_CHARS" in refused.value.reason
    # the CLAIMGRAPH_* variables reach the analysis through Settings.build(), and spaCy's own limit follows
    monkeypatch.setenv("CLAIMGRAPH_MAX_CLAIMS", "1")
    monkeypatch.setenv("CLAIMGRAPH_MAX_CHARS", "2500000")
    app = Claimgraph(Settings.build())
    assert app.pipeline().max_length == 2_500_000
    result = app.analyze(Document(text=text))
    assert len(result["claims"]) == 1 and any("CLAIMGRAPH_MAX_CLAIMS" in w for w in result["warnings"])
    assert len(Claimgraph(Settings()).analyze(Document(text=text))["claims"]) > 1
    monkeypatch.setenv("CLAIMGRAPH_MAX_SENTENCE_CHARS", "40")
    with pytest.raises(DocumentError) as refused:
        Claimgraph(Settings.build()).analyze(Document(text=text))
    assert refused.value.code == "E016"


def test_every_setting_is_documented_in_the_readme():
    from claimgraph.settings import documented
    from tests.conftest import ROOT
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name, _, _ in documented() if f"`{name}`" not in readme]
    assert not missing, f"settings missing from the README's table: {missing}"


def test_a_read_on_a_store_that_is_not_there_fails_and_creates_nothing(tmp_path, capsys):
    db = tmp_path / "missing.db"
    assert main(["claims", "--db", str(db)]) == 2
    assert "no such store" in capsys.readouterr().err and not db.exists()


def test_link_links_what_ingest_stored_without_linking(tmp_path, capsys):
    from claimgraph.store import Store
    from tests.store.test_readonly import ARTICLES, report
    db = tmp_path / "s.db"
    with Store.open(db) as store:
        for text, outlet, published in ARTICLES:
            store.write(*report(text, outlet, published))
    assert main(["link", "--db", str(db)]) == 0
    assert json.loads(capsys.readouterr().out) == {"linked": 2, "db": str(db)}
    assert main(["link", "--db", str(db)]) == 0
    assert json.loads(capsys.readouterr().out)["linked"] == 0


def test_link_on_a_store_that_is_not_there_fails_and_creates_nothing(tmp_path, capsys):
    db = tmp_path / "missing.db"
    assert main(["link", "--db", str(db)]) == 2
    assert "no such store" in capsys.readouterr().err and not db.exists()


class Recorder:
    """An executor (the seam a Dask executor plugs into): runs tasks here and notes what it was given."""

    def __init__(self):
        self.items: list = []
        self.closed = False

    def map(self, task, items, failed):
        for item in items:
            self.items.append(item)
            yield item, task(item)

    def close(self):
        self.closed = True


def test_ingest_runs_on_the_given_executor_and_links_only_when_asked(tmp_path, monkeypatch):
    from tests.store.test_readonly import ARTICLES, report
    analyses = {}
    documents = []
    for text, outlet, published in ARTICLES:
        document, result = report(text, outlet, None)
        analyses[document.text] = result
        documents.append(document)
    monkeypatch.setattr("claimgraph.batch.analyze_document", lambda document, nlp=None: analyses[document.text])
    app = Claimgraph(Settings(db=str(tmp_path / "s.db")))
    executor = Recorder()
    counts = app.ingest(documents, executor=executor, published="2025-04-10")
    assert counts == {"documents": 2, "analysed": 2, "skipped": 0, "failed": 0, "unsupported": 0, "linked": 0}
    assert executor.items == documents and not executor.closed, "a given executor is used and left to its owner"
    # the publication date travels on the Document: the default fills what a document does not say
    assert [d["published"] for d in app.show() for d in [d[0]]] == ["2025-04-10", "2025-04-10"]
    assert app.claims() == [] and app.link_pending() == 2
    assert [c["articles"] for c in app.claims()] == [2]
