"""WARC archives: each HTML response record is an article with its target URI; a cut-off archive loses no record
silently."""
from __future__ import annotations

from io import BytesIO

from claimgraph.document import Document
from claimgraph.errors import DocumentError
from claimgraph.readers import read_paths

PARAGRAPH = ("<p>The mayor of {town} resigned on Monday after a long dispute with the town council over the budget "
             "for the new harbour road, two council members said.</p>")


def page(town: str) -> bytes:
    return ("<html><head><title>Mayor resigns</title><meta property='og:site_name' content='Valley Star'></head>"
            "<body><nav>Home | News</nav><article><h1>Mayor of " + town + " resigns</h1>" + PARAGRAPH.format(town=town)
            * 3 + "<p>The council will choose a successor next month, according to a statement.</p></article>"
            "<footer>Contact us</footer></body></html>").encode()


def write_warc(path, pages, gzip=True):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        for n, (content_type, body) in enumerate(pages):
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.0")
            writer.write_record(writer.create_warc_record(
                f"https://valleystar.example/{n}", "response", payload=BytesIO(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2025-03-04T10:00:00Z"}))


def test_html_responses_become_documents(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [("text/html; charset=utf-8", page("Dunmore")), ("image/png", b"\x89PNG"),
                      ("text/html", page("Carrow"))])
    items = list(read_paths([path]))
    assert [type(i) for i in items] == [Document, Document]
    assert items[0].url == "https://valleystar.example/0" and items[1].url == "https://valleystar.example/2"
    assert "Dunmore resigned" in items[0].text and items[0].published == "2025-03-04"
    assert items[0].outlet == "Valley Star"


def test_uncompressed_warc(tmp_path):
    path = tmp_path / "crawl.warc"
    write_warc(path, [("text/html", page("Dunmore"))], gzip=False)
    [item] = read_paths([path])
    assert isinstance(item, Document) and "Dunmore" in item.text


def test_truncated_warc_keeps_whole_records_and_reports_the_cut(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [("text/html", page(t)) for t in ("Dunmore", "Carrow", "Esk")])
    data = path.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[:int(len(data) * 0.85)])
    items = list(read_paths([cut]))
    documents = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, DocumentError)]
    assert [d.url for d in documents] == ["https://valleystar.example/0", "https://valleystar.example/1"]
    assert len(errors) == 1 and errors[0].code == "E011"


def test_gz_that_is_not_warc(tmp_path):
    path = tmp_path / "notes.tar.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00")
    [item] = read_paths([path])
    assert isinstance(item, DocumentError) and item.code == "E006"


def test_a_gzip_bomb_is_one_error_within_seconds_and_the_records_before_it_are_kept(tmp_path):
    import gzip
    import time

    from tests.hostile_corpus import bomb_member, warc_record

    path = tmp_path / "bomb.warc.gz"
    path.write_bytes(gzip.compress(warc_record("https://h.example/1", page("Dunmore")))
                     + bomb_member("https://h.example/2", 400_000_000))
    start = time.monotonic()
    items = list(read_paths([path]))
    assert time.monotonic() - start < 10  # stopped by its inflation, long before 400 MB are inflated
    assert isinstance(items[0], Document) and "Dunmore" in items[0].text
    [error] = items[1:]
    assert error.code == "E012" and "CLAIMGRAPH_MAX_INFLATION" in error.reason


def test_a_file_that_inflates_past_its_limit_stops_there(tmp_path, monkeypatch):
    import gzip

    from tests.hostile_corpus import warc_record

    monkeypatch.setenv("CLAIMGRAPH_MAX_FILE_BYTES", "3000")  # the five records inflate to about 5,300 bytes
    path = tmp_path / "big.warc.gz"
    path.write_bytes(b"".join(gzip.compress(warc_record(f"https://h.example/{t}", page(t)))
                              for t in ("Dunmore", "Carrow", "Esk", "Fenwick", "Garth")))
    items = list(read_paths([path]))
    documents = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, DocumentError)]
    assert 1 <= len(documents) < 5
    assert len(errors) == 1 and errors[0].code == "E012" and "CLAIMGRAPH_MAX_FILE_BYTES" in errors[0].reason
