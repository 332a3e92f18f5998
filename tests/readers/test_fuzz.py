"""Property-based fuzzing of the readers: random bytes, truncated files and deep or odd nestings give Documents and
claimgraph errors, never any other exception."""
from __future__ import annotations

import gzip
import tempfile
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis", reason="hypothesis is in the test extras: pip install -e '.[test]'")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from claimgraph.document import Document  # noqa: E402
from claimgraph.errors import DocumentError  # noqa: E402
from claimgraph.readers import READERS, read_paths  # noqa: E402
from tests.hostile_corpus import news_page, rss, story, warc, warc_record  # noqa: E402

SUFFIXES = sorted(set(READERS) | {".warc.gz"})
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read_bytes(data: bytes, suffix: str) -> list:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        items = list(read_paths([path]))
    for item in items:
        assert isinstance(item, (Document, DocumentError)), item
        if isinstance(item, Document):
            assert isinstance(item.text, str)  # an empty text is E001 at analysis
    assert items, "every input ends in a document or an error"
    return items


SAMPLES = {
    ".txt": story(1).encode(),
    ".html": news_page(2).encode(),
    ".jsonl": b'{"text": "%s", "published": "2025-03-04"}\n{"text": "%s"}\n' % (story(3).encode(), story(4).encode()),
    ".rss": rss([story(5), story(6)]).encode(),
    ".warc": warc([warc_record(f"https://f.example/{k}", news_page(k).encode()) for k in range(2)], gzipped=False),
    ".warc.gz": warc([warc_record(f"https://g.example/{k}", news_page(k).encode()) for k in range(2)], gzipped=True),
}


@FUZZ
@given(data=st.binary(max_size=4096), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_in_any_format(data, suffix):
    read_bytes(data, suffix)


@FUZZ
@given(suffix=st.sampled_from(sorted(SAMPLES)), cut=st.floats(min_value=0.0, max_value=1.0))
def test_a_file_cut_anywhere(suffix, cut):
    sample = SAMPLES[suffix]
    items = read_bytes(sample[:int(len(sample) * cut)], suffix)
    if suffix in (".warc", ".warc.gz") and cut < 1.0:
        # a record the file ends inside is never an article
        documents = [i for i in items if isinstance(i, Document)]
        assert len(documents) < 2 or cut > 0.9


@FUZZ
@given(suffix=st.sampled_from(sorted(SAMPLES)), position=st.floats(min_value=0.0, max_value=1.0),
       noise=st.binary(min_size=1, max_size=64))
def test_a_file_with_bytes_changed(suffix, position, noise):
    sample = SAMPLES[suffix]
    at = int(len(sample) * position)
    read_bytes(sample[:at] + noise + sample[at + len(noise):], suffix)


TAGS = st.sampled_from(["div", "p", "span", "table", "tr", "td", "ul", "li", "b", "i", "article", "section",
                        "script", "style", "iframe", "svg", "math", "template", "noscript", "a", "font"])


@FUZZ
@given(tags=st.lists(TAGS, min_size=1, max_size=40), depth=st.integers(min_value=1, max_value=3000),
       close=st.booleans())
def test_html_nested_deep_and_odd(tags, depth, close):
    opening = "".join(f"<{tags[k % len(tags)]}>" for k in range(depth))
    closing = "".join(f"</{tags[k % len(tags)]}>" for k in reversed(range(depth))) if close else ""
    page = f"<html><body>{opening}<p>{story(7)}</p>{closing}</body></html>"
    read_bytes(page.encode(), ".html")


@FUZZ
@given(depth=st.integers(min_value=1, max_value=2000), element=st.sampled_from(["item", "entry", "channel", "x"]))
def test_feeds_nested_deep(depth, element):
    body = f"<{element}>" * depth + f"<description>{story(8)}</description>" + f"</{element}>" * depth
    read_bytes(f"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title><item>{body}</item>"
               "</channel></rss>".encode(), ".rss")


@FUZZ
@given(members=st.lists(st.binary(max_size=200), min_size=1, max_size=5))
def test_gzip_members_holding_anything(members):
    read_bytes(b"".join(gzip.compress(m) for m in members), ".warc.gz")


@FUZZ
@given(members=st.lists(st.binary(max_size=3000) | st.just(b"\0" * 200_000), min_size=1, max_size=6),
       read_size=st.integers(min_value=1, max_value=70_000))
def test_the_inflated_stream_is_exactly_the_members_in_order(members, read_size):
    import io

    from claimgraph.readers.warc import Inflated

    packed = b"".join(gzip.compress(m) for m in members)
    stream = Inflated(io.BytesIO(packed), True, 10**9)
    out = b""
    while chunk := stream.read(read_size):
        out += chunk
    assert out == b"".join(members) and stream.stopped is None
