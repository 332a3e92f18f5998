"""`--model accurate` end to end: the encoder's attributions reach the contract through the attribution rules."""
from __future__ import annotations

import json

import pytest

pytest.importorskip("onnxruntime", reason="the accurate mode needs onnxruntime ([accurate] extra)")
pytest.importorskip("tokenizers", reason="the accurate mode needs the tokenizers package ([accurate] extra)")

TEXT = ("LISBURN HARBOUR — The harbour authority said on Monday that the eastern pier would stay closed "
        "until the storm damage was repaired.\n\n"
        "\"We cannot put anyone at risk,\" a spokeswoman for the authority told reporters.\n")


@pytest.fixture(scope="module")
def accurate():
    from claimgraph.nlp.pipeline import build_pipeline
    return build_pipeline(mode="accurate")


def analyse(nlp, text):
    from claimgraph.analysis import analyze_document
    from claimgraph.document import Document
    return analyze_document(Document(text=text, published="2024-05-06"), nlp=nlp)


def words(spans):
    return " ".join(s["text"] for s in spans or [])


def test_the_encoder_runs_before_attribution_only_when_asked(accurate):
    names = accurate.pipe_names
    assert names.index("claimgraph_accurate") < names.index("claimgraph_attribution")
    from claimgraph.nlp.pipeline import build_pipeline, default_mode
    assert default_mode({}) == "fast"
    assert "claimgraph_accurate" not in build_pipeline().pipe_names


def test_a_reported_statement_gets_its_cue_source_and_content(accurate):
    result = analyse(accurate, TEXT)
    by_cue = {words(a["cue"]): a for a in result["attributions"]}
    assert "said" in by_cue, list(by_cue)
    said = by_cue["said"]
    assert "authority" in words(said["source"])
    assert "pier would stay closed" in words(said["content"])
    assert "said" not in words(said["content"])


def test_every_attribution_is_well_formed_in_the_contract(accurate):
    result = analyse(accurate, TEXT)
    assert result["attributions"]
    for attribution in result["attributions"]:
        assert attribution["cue"] and attribution["content"]
        cue = {(s["start"], s["end"]) for s in attribution["cue"]}
        content = {(s["start"], s["end"]) for s in attribution["content"]}
        assert not any(a < d and c < b for a, b in cue for c, d in content), "a cue inside its own content"


def test_the_encoder_scores_the_words_certainty_rates(accurate):
    from claimgraph.accurate.component import KEY
    from claimgraph.analysis import make_doc
    from claimgraph.document import Document
    doc = accurate(make_doc(accurate, Document(text=TEXT, published="2024-05-06")))
    scores = doc.user_data[KEY]["certainty"]
    closed = next(t for t in doc if t.text == "closed")
    assert closed.i in scores
    certainty = accurate.get_pipe("claimgraph_certainty")
    (record,) = certainty.rate(doc, [closed])
    assert record.score is not None and -3.5 <= record.score <= 3.5


def test_the_command_line_takes_the_accurate_model(tmp_path, monkeypatch, capsys):
    from claimgraph.cli import main
    monkeypatch.setenv("CLAIMGRAPH_MODEL", "fast")  # restored after the test: --model sets it for the workers
    article = tmp_path / "harbour.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert main(["analyze", str(article), "--model", "accurate", "--format", "jsonl", "--published",
                 "2024-05-06"]) == 0
    result = json.loads(capsys.readouterr().out.splitlines()[0])
    assert any(words(a["cue"]) == "said" for a in result["attributions"])


def test_the_settings_carry_the_model():
    from claimgraph.settings import Settings
    assert Settings().model == "fast"
    assert Settings.build({"CLAIMGRAPH_MODEL": "accurate"}).model == "accurate"
    assert Settings.build({}, model="accurate").model == "accurate"


def test_ingest_stores_what_the_accurate_model_finds(tmp_path, monkeypatch, capsys):
    from claimgraph.cli import main
    monkeypatch.setenv("CLAIMGRAPH_MODEL", "fast")
    article = tmp_path / "harbour.txt"
    article.write_text(TEXT, encoding="utf-8")
    db = tmp_path / "claims.db"
    assert main(["ingest", str(article), "--db", str(db), "--model", "accurate", "--quiet",
                 "--published", "2024-05-06"]) == 0
    capsys.readouterr()
    assert main(["show", "--db", str(db), "--format", "jsonl"]) == 0
    shown = capsys.readouterr().out
    assert "pier would stay closed" in shown and "authority" in shown
