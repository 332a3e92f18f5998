"""Bad input through the command line: each bad document gets a clear error in its place, the rest is analysed."""
from __future__ import annotations

import json
import random
import time

import pytest

from claimgraph.cli import main
from claimgraph.document import Document
from claimgraph.errors import DocumentError
from claimgraph.readers import read_paths

GOOD = "The council said on Monday that the library would close."
OTHER = "Police said two cars collided near the station."

FRENCH = ("Le conseil municipal de Lyon a voté mardi soir un nouveau budget pour les transports publics. "
          "Selon deux élus de l'opposition, la hausse des tarifs entrera en vigueur au printemps prochain, "
          "mais la mairie affirme que les abonnements des étudiants resteront gratuits jusqu'en septembre.")
GERMAN = ("Die Stadtverwaltung von Bremen hat am Dienstag angekündigt, dass die Straßenbahnlinie entlang des "
          "Hafens im kommenden Jahr verlängert wird. Nach Angaben eines Sprechers sollen die Bauarbeiten im "
          "Frühjahr beginnen und etwa zwei Jahre dauern.")

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour authority delays ferry contract | The Coastal Ledger</title>
<meta property="og:site_name" content="The Coastal Ledger">
<meta property="og:title" content="Harbour authority delays ferry contract">
<meta property="article:published_time" content="2024-05-07T09:30:00Z">
</head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/subscribe">Subscribe now</a></li></ul></nav></header>
<main><article>
<h1>Harbour authority delays ferry contract</h1>
<p>The harbour authority postponed a vote on the new ferry contract on Tuesday, two board members said, after
bidders asked for more time to revise their offers.</p>
<p>The chair of the board told reporters that the delay would not affect the summer timetable.</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Storm closes coastal road</a></li></ul></aside>
<footer><p>Copyright 2024 The Coastal Ledger. All rights reserved.</p><p><a href="/privacy">Privacy policy</a></p>
</footer>
</body>
</html>
"""

BOILERPLATE = ["Home", "Subscribe now", "Most read", "Storm closes coastal road", "Copyright", "Privacy policy"]


def write(path, content: str | bytes, encoding: str = "utf-8"):
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding=encoding)
    return str(path)


def run(capsys, *paths: str) -> tuple[int, list[dict]]:
    status = main(["analyze", *paths, "--format", "jsonl"])
    out = capsys.readouterr().out
    return status, [json.loads(line) for line in out.splitlines()]


def assert_error(result: dict, path: str, code: str) -> None:
    assert set(result) == {"document", "error"}
    assert result["document"]["path"] == path
    assert result["error"].startswith(f"{path}: {code} ")


def assert_analysed(result: dict, path: str) -> None:
    assert "error" not in result
    assert result["document"]["path"] == path
    assert {"attributions", "claims", "entities", "times", "events", "relations", "markers"} <= set(result)


def test_a_batch_of_bad_files_gets_one_line_each_in_order_with_errors_in_place(tmp_path, capsys):
    noise = random.Random(7).randbytes(2048)
    files = {
        "good": (write(tmp_path / "good.txt", GOOD), None),
        "empty": (write(tmp_path / "empty.txt", ""), "E001"),
        "blank": (write(tmp_path / "blank.txt", " \n\t\n  \r\n"), "E001"),
        "noise": (write(tmp_path / "noise.txt", noise[:100] + b"\x00" + noise[100:]), "E002"),
        "png": (write(tmp_path / "photo.html", PNG_HEADER + noise), "E002"),
        "latin1": (write(tmp_path / "latin1.txt", "Le café a fermé.", encoding="latin-1"), "E003"),
        "pdf": (write(tmp_path / "report.pdf", "%PDF-1.7 hello"), "E006"),
        "missing": (str(tmp_path / "missing.txt"), "E008"),
        "missing, no extension": (str(tmp_path / "missing"), "E008"),
        "other": (write(tmp_path / "other.txt", OTHER), None),
    }
    status, results = run(capsys, *(path for path, _ in files.values()))
    assert status == 0
    assert len(results) == len(files)
    for (path, code), result in zip(files.values(), results):
        if code is None:
            assert_analysed(result, path)
        else:
            assert_error(result, path, code)


def test_errors_are_also_reported_on_standard_error(tmp_path, capsys):
    empty = write(tmp_path / "empty.txt", "")
    main(["analyze", empty, write(tmp_path / "good.txt", GOOD), "--format", "jsonl"])
    assert f"{empty}: E001" in capsys.readouterr().err


def test_exit_status_is_1_only_when_every_document_failed(tmp_path, capsys):
    empty = write(tmp_path / "empty.txt", "")
    status, results = run(capsys, empty, str(tmp_path / "missing.txt"))
    assert status == 1
    assert [r["error"].split()[1] for r in results] == ["E001", "E008"]


def test_a_twenty_megabyte_text_is_refused_at_once(tmp_path, capsys):
    huge = tmp_path / "huge.txt"
    huge.write_text(("The council said the budget would pass. " * 520_000)[:20_000_000], encoding="utf-8")
    good = write(tmp_path / "good.txt", GOOD)
    start = time.monotonic()
    status, results = run(capsys, str(huge), good)
    assert time.monotonic() - start < 30  # pipeline load and one short article; the huge file adds nothing
    assert status == 0
    assert_error(results[0], str(huge), "E004")
    assert "20,000,000" in results[0]["error"]
    assert_analysed(results[1], good)


def test_a_text_over_the_character_limit_is_refused_before_analysis(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CLAIMGRAPH_MAX_CHARS", "30")
    long = write(tmp_path / "long.txt", GOOD)  # under 4 bytes a character, so the reader lets it through
    status, results = run(capsys, long)
    assert status == 1
    assert_error(results[0], long, "E004")
    assert f"{len(GOOD)} characters" in results[0]["error"]


CHINESE = "市议会周二表示，图书馆将于五月关闭。两名议员说，预算不足是主要原因。"
ARABIC = "قال المجلس البلدي يوم الثلاثاء إن المكتبة ستغلق في مايو بسبب نقص الميزانية."
SHORT_FRENCH = "La mairie a annoncé mardi que la bibliothèque fermerait en mai."


@pytest.mark.parametrize("text", [FRENCH, GERMAN, CHINESE, ARABIC, SHORT_FRENCH],
                         ids=["french", "german", "chinese", "arabic", "short-french"])
def test_an_article_in_another_language_is_analysed_with_a_warning(tmp_path, capsys, text):
    path = write(tmp_path / "foreign.txt", text)
    status, [result] = run(capsys, path)
    assert status == 0
    assert_analysed(result, path)
    assert len(result["warnings"]) == 1
    assert "English" in result["warnings"][0]


def test_an_english_article_has_no_language_warning(tmp_path, capsys):
    path = write(tmp_path / "english.txt", " ".join([GOOD, OTHER] * 3))
    _, [result] = run(capsys, path)
    assert "warnings" not in result


def test_broken_html_still_gives_its_text(tmp_path, capsys):
    broken = write(tmp_path / "broken.html", "<html><head><title>Bridge</title><body><div><p>The mayor said the "
                                             "bridge would open in May.<p>Officials <b>confirmed the date")
    status, [result] = run(capsys, broken)
    assert status == 0
    assert_analysed(result, broken)
    assert "The mayor said the bridge would open in May." in result["document"]["text"]


def test_an_html_page_with_no_article_text_is_an_error_not_its_menu(tmp_path, capsys):
    menu_only = write(tmp_path / "menu.html", "<html><head><title>Index</title></head><body><nav><a href='/'>Home"
                                              "</a> <a href='/news'>News</a></nav><footer>Contact</footer></body>"
                                              "</html>")
    empty_page = write(tmp_path / "empty.html", "<html><body></body></html>")
    status, results = run(capsys, menu_only, empty_page)
    assert status == 1
    assert_error(results[0], menu_only, "E005")
    assert_error(results[1], empty_page, "E005")


def test_a_jsonl_file_with_a_bad_line_among_good_ones(tmp_path, capsys):
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "one", "text": GOOD, "outlet": "The Ledger"}),
        '{"id": "two", "text": "unterminated',
        "",
        json.dumps({"id": "three", "title": "no text here"}),
        json.dumps({"id": "four", "text": ""}),
        json.dumps({"id": "five", "text": OTHER, "published": "2024-05-07"}),
    ]) + "\n", encoding="utf-8")
    status, results = run(capsys, str(path))
    assert status == 0
    assert len(results) == 5  # the blank line is no document
    assert_analysed(results[0], f"{path}:1")
    assert results[0]["document"]["id"] == "one"
    assert results[0]["document"]["outlet"] == "The Ledger"
    assert_error(results[1], f"{path}:2", "E007")
    assert_error(results[2], f"{path}:4", "E007")
    assert_error(results[3], f"{path}:5", "E001")
    assert_analysed(results[4], f"{path}:6")
    assert results[4]["document"]["published"] == "2024-05-07"


def test_bad_bytes_or_a_lone_surrogate_in_a_jsonl_line_cost_that_line_alone(tmp_path, capsys):
    path = tmp_path / "articles.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": GOOD}).encode() + b"\r\n"  # a BOM, Windows line ends
                     + b'{"text": "caf\xe9 society"}\r\n'
                     + b'{"text": "Police said \\ud800 two cars collided."}\n'
                     + json.dumps({"text": OTHER}).encode() + b"\n")
    status, results = run(capsys, str(path))
    assert status == 0
    assert_analysed(results[0], f"{path}:1")
    assert_error(results[1], f"{path}:2", "E003")
    assert_error(results[2], f"{path}:3", "E003")
    assert "surrogate" in results[2]["error"]
    assert_analysed(results[3], f"{path}:4")


def test_a_jsonl_file_with_nul_bytes_is_binary_as_a_whole(tmp_path, capsys):
    path = write(tmp_path / "archive.jsonl", b"PK\x03\x04\x00\x00" + b'{"text": "x"}\n')
    status, [result] = run(capsys, path)
    assert status == 1
    assert_error(result, path, "E002")


def test_an_html_page_too_large_to_be_an_article_is_refused_unparsed(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CLAIMGRAPH_MAX_RECORD_BYTES", "200")
    page = write(tmp_path / "ferry.html", NEWS_PAGE)
    status, [result] = run(capsys, page)
    assert status == 1
    assert_error(result, page, "E004")
    assert f"{len(NEWS_PAGE.encode()):,} bytes" in result["error"]


def test_a_folder_is_read_in_order_and_other_files_are_left_out(tmp_path, capsys):
    folder = tmp_path / "articles"
    folder.mkdir()
    write(folder / "b.txt", OTHER)
    write(folder / "a.txt", GOOD)
    write(folder / "notes.docx", b"PK\x03\x04\x00\x00")
    status, results = run(capsys, str(folder))
    assert status == 0
    assert [r["document"]["path"] for r in results] == [str(folder / "a.txt"), str(folder / "b.txt")]


def test_a_folder_with_nothing_to_read_is_an_error(tmp_path, capsys):
    folder = tmp_path / "empty"
    folder.mkdir()
    write(folder / "notes.docx", b"PK\x03\x04\x00\x00")
    status, [result] = run(capsys, str(folder))
    assert status == 1
    assert_error(result, str(folder), "E008")


# reading, without analysis

def test_a_news_page_gives_its_article_and_metadata_without_boilerplate(tmp_path):
    path = write(tmp_path / "ferry.html", NEWS_PAGE)
    [document] = list(read_paths([path]))
    assert isinstance(document, Document)
    assert document.title == "Harbour authority delays ferry contract"
    assert document.published == "2024-05-07"
    assert document.outlet == "The Coastal Ledger"
    assert "two board members said" in document.text
    assert "would not affect the summer timetable" in document.text
    for words in BOILERPLATE:
        assert words not in document.text, words


def test_a_news_page_through_the_command_line_carries_its_metadata_and_text(tmp_path, capsys):
    path = write(tmp_path / "ferry.html", NEWS_PAGE)
    status, [result] = run(capsys, path)
    assert status == 0
    header = result["document"]
    assert (header["title"], header["published"], header["outlet"]) == (
        "Harbour authority delays ferry contract", "2024-05-07", "The Coastal Ledger")
    # offsets are into the extracted text, which is therefore given with the result
    for claim in result["claims"]:
        span = claim["span"]
        assert header["text"][span["start"]:span["end"]] == span["text"]


def test_the_command_line_date_overrides_the_page_and_the_outlet_fills_what_it_lacks(tmp_path):
    with_both = write(tmp_path / "both.html", NEWS_PAGE)
    without_site = write(tmp_path / "nosite.html", NEWS_PAGE.replace(
        '<meta property="og:site_name" content="The Coastal Ledger">', "").replace(" | The Coastal Ledger", ""))
    documents = list(read_paths([with_both, without_site], published="2020-01-01", outlet="Wire"))
    assert [(d.published, d.outlet) for d in documents] == [("2020-01-01", "The Coastal Ledger"),
                                                            ("2020-01-01", "Wire")]


def test_a_copyright_year_is_not_taken_for_the_publication_date(tmp_path):
    path = write(tmp_path / "undated.html", NEWS_PAGE.replace(
        '<meta property="article:published_time" content="2024-05-07T09:30:00Z">', ""))
    [document] = list(read_paths([path], published="2024-05-08"))
    assert document.published == "2024-05-08"


def test_a_dated_byline_gives_the_publication_date(tmp_path):
    path = write(tmp_path / "byline.html", NEWS_PAGE.replace(
        '<meta property="article:published_time" content="2024-05-07T09:30:00Z">', "").replace(
        "<h1>", '<p class="byline">By Ana Ruiz, May 7, 2024</p><h1>'))
    [document] = list(read_paths([path]))
    assert document.published == "2024-05-07"


def test_an_html_page_in_its_declared_legacy_encoding(tmp_path):
    page = NEWS_PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1252">').replace(
        "revise their offers", "revise their offers for the café")
    path = tmp_path / "legacy.html"
    path.write_bytes(page.encode("windows-1252"))
    [document] = list(read_paths([path]))
    assert isinstance(document, Document)
    assert "for the café" in document.text


def test_a_utf16_text_with_a_byte_order_mark_is_text_not_binary(tmp_path):
    path = tmp_path / "notepad.txt"
    path.write_bytes(GOOD.encode("utf-16"))
    [document] = list(read_paths([path]))
    assert isinstance(document, Document)
    assert document.text == GOOD


def test_a_nul_past_the_first_kilobytes_still_marks_a_binary_file(tmp_path):
    path = tmp_path / "tail.txt"
    path.write_bytes(GOOD.encode() * 400 + b"\x00\x01\x02")
    [error] = list(read_paths([path]))
    assert isinstance(error, DocumentError)
    assert error.code == "E002"
    assert error.document == str(path)
