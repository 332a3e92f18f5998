"""The workbench's guards: every stored string escaped, a Content-Security-Policy on every answer, query parameters
bound, request bodies bounded, and no stack trace in any answer."""
from __future__ import annotations

import pytest

from .conftest import TOKEN

HOSTILE = {
    "id": "hostile-1",
    "title": 'Port <script>alert("title")</script> "><img src=x onerror=alert(2)> {{7*7}}',
    "outlet": '<script>alert("outlet")</script> Gazette "><img src=x onerror=alert(3)> {{7*7}}',
    "published": "2025-04-02",
    "text": ('The harbour master of Quellport said on Tuesday that <script>alert("text")</script> the north pier '
             'would close "><img src=x onerror=alert(1)> for repairs {{7*7}}, according to a notice.\n\n'
             'Dock workers said the closure {{7*7}} would last two weeks.'),
}
RAW = ['<script>alert(', '<img src=x onerror']


def test_every_answer_carries_the_security_headers(client):
    for path in ["/", "/api/claims", "/static/workbench.css", "/no/such/page", "/api/claims/L999999", "/docs",
                 "/openapi.json"]:
        headers = client.get(path).headers
        policy = headers["content-security-policy"]
        # nothing but this server's own script files runs, nothing loads from elsewhere, no page frames this one
        assert "script-src 'self';" in policy and "default-src 'none'" in policy, path
        assert "frame-ancestors 'none'" in policy and "unsafe-eval" not in policy, path
        assert headers["x-content-type-options"] == "nosniff"
        assert "server" not in headers


def test_stored_strings_are_escaped_on_every_page(writer):
    made = writer.post("/api/documents", json=HOSTILE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert made.status_code == 201, made.text
    stored = writer.get("/api/documents/hostile-1").json()
    pages = ["/documents/hostile-1", "/?q=pier", "/?q=quellport", "/errors",
             *{f"/claims/{claim}" for claim in stored["linked_claims"].values()},
             *{f"/entities/{identity}" for identity in stored["entity_identities"].values()}]
    assert len(pages) > 4
    for path in pages:
        html = writer.get(path).text
        for raw in RAW:
            assert raw not in html, path
        assert "49" not in html.replace("{{7*7}}", ""), path
    article = writer.get("/documents/hostile-1").text
    assert "&lt;script&gt;alert(" in article and "{{7*7}}" in article
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in article


def test_the_analyse_page_escapes_what_it_is_given(client):
    html = client.post("/analyse", data={"text": HOSTILE["text"], "outlet": HOSTILE["outlet"],
                                          "title": HOSTILE["title"], "published": "2025-04-02"}).text
    for raw in RAW:
        assert raw not in html
    assert "&lt;script&gt;" in html and "{{7*7}}" in html


@pytest.mark.parametrize("name", ["q", "entity", "outlet", "event_type"])
@pytest.mark.parametrize("value", ["' OR 1=1 --", "x'; DROP TABLE documents; --", "%", "_", "\\", '" OR ""="'])
def test_query_parameters_are_bound_never_formatted(client, name, value):
    before = client.get("/api/claims", params={"per_page": 1}).json()["total"]
    answer = client.get("/api/claims", params={name: value})
    assert answer.status_code == 200
    # a pattern character is a character: "%" is no wildcard that lets every claim through
    assert answer.json()["total"] < before
    assert client.get("/api/claims", params={"per_page": 1}).json()["total"] == before
    assert client.get("/api/entities", params={"q": value}).status_code == 200


def test_request_bodies_are_bounded(client):
    huge = b'{"text": "' + b"a" * (2 << 20) + b'"}'
    answer = client.post("/api/analyze", content=huge, headers={"content-type": "application/json"})
    assert answer.status_code == 413 and "error" in answer.json()

    def chunks():  # no Content-Length: the limit holds as the body streams in
        for _ in range(40):
            yield b"a" * 65536
    streamed = client.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413
    assert client.post("/analyse", content=b"text=" + b"a" * (2 << 20),
                       headers={"content-type": "application/x-www-form-urlencoded"}).status_code == 413


def test_no_stack_trace_reaches_an_answer(writable_store, monkeypatch):
    from fastapi.testclient import TestClient

    from claimgraph.app import Claimgraph
    from claimgraph.web.application import create_app

    from .conftest import graph_over

    def broken(self, *args, **kwargs):
        raise RuntimeError("internal detail /secret/path line 42")
    for method in ("find_claims", "claim", "document", "entity", "errors"):
        monkeypatch.setattr(Claimgraph, method, broken)
    client = TestClient(create_app(graph_over(writable_store), token=TOKEN), raise_server_exceptions=False)
    for path in ["/api/claims", "/api/claims/L1", "/api/documents/x", "/api/entities/1", "/api/errors", "/",
                 "/claims/L1", "/documents/x", "/entities/1", "/errors"]:
        answer = client.get(path)
        assert answer.status_code == 500, path
        assert "secret" not in answer.text and "Traceback" not in answer.text and "RuntimeError" not in answer.text
        assert "content-security-policy" in answer.headers


def test_a_missing_store_is_one_line_not_a_trace(tmp_path):
    from fastapi.testclient import TestClient

    from claimgraph.web.application import create_app

    from .conftest import graph_over
    client = TestClient(create_app(graph_over(tmp_path / "missing.db")), raise_server_exceptions=False)
    answer = client.get("/api/claims")
    assert answer.status_code == 503 and "Traceback" not in answer.text


def test_a_fault_of_a_postgresql_store_is_a_503_without_its_words(writable_store, monkeypatch):
    import psycopg
    from fastapi.testclient import TestClient

    from claimgraph.app import Claimgraph
    from claimgraph.web.application import create_app

    from .conftest import graph_over

    def lost(*args, **kwargs):
        raise psycopg.OperationalError("connection to server at 10.0.0.7 failed: password for user admin")

    monkeypatch.setattr(Claimgraph, "find_claims", lost)
    client = TestClient(create_app(graph_over(writable_store)), raise_server_exceptions=False)
    answer = client.get("/api/claims")
    assert answer.status_code == 503
    assert "10.0.0.7" not in answer.text and "password" not in answer.text and "Traceback" not in answer.text
