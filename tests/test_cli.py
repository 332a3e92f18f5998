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


def test_analyze_help_lists_every_format_it_reads(capsys):
    import pytest

    with pytest.raises(SystemExit):
        main(["analyze", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for fmt in (".txt", ".html", ".jsonl", ".rss", ".atom", ".warc", ".warc.gz"):
        assert fmt in text, fmt


def test_a_folder_reports_each_unsupported_file_once_with_the_reason(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    assert main(["analyze", str(folder), "--format", "jsonl"]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1
    assert captured.err.count(f"skipped {folder / 'scan.pdf'}: unsupported file type '.pdf'") == 1


def test_a_symbolic_link_loop_is_named_as_one(tmp_path, capsys):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop.name)
    assert main(["analyze", str(loop), "--format", "jsonl"]) == 1
    [result] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert "E008" in result["error"] and "symbolic link loop" in result["error"]


def test_a_named_pipe_is_refused_without_being_opened(tmp_path, capsys):
    import os

    import pytest

    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are POSIX")
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)
    assert main(["analyze", str(fifo), "--format", "jsonl"]) == 1  # would block forever if opened
    [result] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert "E015" in result["error"] and "named pipe" in result["error"]


def test_a_bad_json_line_reads_cleanly(tmp_path, capsys):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "unterminated\n{"text": "The mayor said so.", "published": "last Tuesday"}\n',
                    encoding="utf-8")
    main(["analyze", str(path), "--format", "jsonl"])
    first, second = [json.loads(line)["error"] for line in capsys.readouterr().out.splitlines()]
    assert "E007" in first and "at at" not in first and "column" in first
    assert "E007" in second and "'published' is not a date" in second


def test_a_text_without_sentence_ends_is_refused_at_once(tmp_path, capsys):
    import time

    path = tmp_path / "dump.txt"
    path.write_text(" ".join(f"token{k}" for k in range(110_000))[:990_000], encoding="utf-8")
    start = time.monotonic()
    assert main(["analyze", str(path), "--format", "jsonl"]) == 1
    assert time.monotonic() - start < 10  # refused before the parser sees it
    assert "E016" in capsys.readouterr().out


def test_claims_beyond_the_limit_are_dropped_with_a_warning(monkeypatch, nlp):
    from claimgraph.analysis import analyze_document
    from claimgraph.document import Document

    # the pipeline holds the bound it was built with (Settings.build() reads CLAIMGRAPH_MAX_CLAIMS into it)
    monkeypatch.setattr(nlp.get_pipe("claimgraph_metadata"), "max_claims", 1)
    result = analyze_document(Document(text=ARTICLE, published="2024-05-09"), nlp=nlp)
    assert len(result["claims"]) == 1
    assert any("CLAIMGRAPH_MAX_CLAIMS" in w for w in result["warnings"])


def test_the_text_view_of_a_long_chain_takes_linear_time():
    import time

    from claimgraph.render.text import render_document

    n = 4000  # each attribution nested in the one before: the shape that made the view quadratic
    attributions = [{"id": f"a{k}", "source": [{"start": 0, "end": 1, "text": f"S{k}"}], "source_kind": "person",
                     "cue": [{"start": 10 * k, "end": 10 * k + 4, "text": "said"}],
                     "content": [{"start": 10 * k + 5, "end": 10 * n + 5, "text": "x"}],
                     "parent": f"a{k - 1}" if k else None, "refers_to": None} for k in range(n)]
    result = {"document": {"id": "d"}, "attributions": attributions, "claims": [], "entities": [], "events": [],
              "markers": [], "times": []}
    start = time.monotonic()
    render_document(result)
    assert time.monotonic() - start < 5


def test_control_characters_never_reach_the_terminal():
    from claimgraph.render.text import render_document

    result = {"document": {"id": "d", "title": "\x1b]0;retitled\x07Harbour news \x1b[2J"}, "attributions": [],
              "claims": [], "entities": [{"id": "e1", "name": "Ana\x1b[31m", "type": "PERSON", "aliases": [],
                                          "mentions": []}], "events": [], "markers": [], "times": []}
    text = render_document(result)
    assert "\x1b" not in text and "\x07" not in text and "Harbour news" in text


def test_python_dash_m_runs_the_same_command_line(tmp_path):
    import subprocess
    import sys

    story = tmp_path / "story.txt"
    story.write_text("Officials said the port had been closed.\n")
    done = subprocess.run([sys.executable, "-m", "claimgraph", "analyze", str(story)], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    result = result[0] if isinstance(result, list) else result
    assert result["attributions"], "the analysis found no attribution"


def test_a_folder_holding_the_commands_own_output_file_does_not_read_it_back(tmp_path):
    import subprocess
    import sys

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    # claimgraph analyze in --format jsonl > in/out.jsonl: the shell makes the file before the folder is listed, and
    # a run reading it back analyses its own results as they are written, without end
    with open(folder / "out.jsonl", "w", encoding="utf-8") as out:
        done = subprocess.run([sys.executable, "-m", "claimgraph", "analyze", str(folder), "--format", "jsonl"],
                              stdout=out, stderr=subprocess.PIPE, text=True, check=False, timeout=300)
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in (folder / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["document"]["path"].rsplit("/", 1)[-1] for r in results] == ["a.txt"]
    assert f"skipped {folder / 'out.jsonl'}: the file this command is writing its output to" in done.stderr


def test_a_folder_entry_that_is_an_output_of_this_process_is_skipped_with_its_reason(tmp_path):
    import os

    from claimgraph.readers import folder_entry_problem

    log = tmp_path / "run.txt"
    log.write_text(ARTICLE, encoding="utf-8")
    info = os.stat(log)
    assert folder_entry_problem(log) == ""
    assert folder_entry_problem(log, {(info.st_dev, info.st_ino)}) == "the file this command is writing its output to"
