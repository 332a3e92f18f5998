"""The command line and the Python API end to end, on articles written for these tests."""
from __future__ import annotations

import json

import claimgraph
from claimgraph.cli import main

ARTICLE = ("The navy moved two frigates into the strait on Tuesday, the Harbor Gazette reported, "
           "citing three officers briefed on the plan.\n\n"
           "One of the officers said the ships may stay for a month.")


def test_analyze_jsonl_keeps_input_order_and_contract_keys(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    status = main(["analyze", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--published", "2024-05-09",
                   "--format", "jsonl"])
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert status == 0
    assert [r["document"]["path"].rsplit("/", 1)[-1] for r in out] == ["a.txt", "b.txt"]
    first, second = out
    assert {"document", "attributions", "claims", "entities", "times", "events", "relations", "markers"} <= set(first)
    assert "E001" in second["error"] and "b.txt" in second["error"]


def test_analyze_json_is_one_array(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    main(["analyze", str(tmp_path / "a.txt"), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and len(data) == 1


def test_text_format_shows_the_chain_and_the_hedge(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    main(["analyze", str(tmp_path / "a.txt"), "--published", "2024-05-09", "--format", "text"])
    out = " ".join(capsys.readouterr().out.split())  # the view wraps long lines
    assert "this article <- the Harbor Gazette (reported" in out
    assert "three anonymous officers briefed on the plan" in out
    assert "possible (+1) because of “may”" in out


def test_offsets_point_into_the_text_exactly_as_decoded():
    text = "Intro line\r\n\r\nThe minister said on Monday that the tax would rise, according to the agency."
    result = claimgraph.analyze(text, published="2024-05-09")
    for attribution in result["attributions"]:
        for span in attribution["source"] + attribution["cue"] + attribution["content"]:
            assert text[span["start"]:span["end"]] == span["text"]


def test_analyze_many_reports_errors_in_place():
    results = list(claimgraph.analyze_many(["", {"text": ARTICLE, "id": "x1", "published": "2024-05-09"}]))
    assert "error" in results[0]
    assert results[1]["document"]["id"] == "x1"
    assert results[1]["attributions"]


def test_every_document_failing_exits_one(tmp_path, capsys):
    (tmp_path / "empty.txt").write_text("   ", encoding="utf-8")
    assert main(["analyze", str(tmp_path / "empty.txt"), "--format", "jsonl"]) == 1
