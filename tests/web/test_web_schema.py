"""A property test over the whole OpenAPI schema: whatever schemathesis generates for each operation, valid and
invalid alike, no answer is a server error."""
from __future__ import annotations

import shutil

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed: pip install -e '.[test]'")
from hypothesis import HealthCheck, given, settings  # noqa: E402

from claimgraph.web.application import create_app  # noqa: E402

from .conftest import TOKEN, graph_over  # noqa: E402

# examples an operation: enough to reach the edge cases of each parameter, few enough to run in about a minute
EXAMPLES = 30


@pytest.fixture(scope="module")
def web_schema(tmp_path_factory, corpus_store):
    db = tmp_path_factory.mktemp("schema") / "store.db"
    shutil.copy(corpus_store, db)
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(graph_over(db), token=TOKEN))


def operations(schema):
    return [result.ok() for result in schema.get_all_operations()]


def test_the_schema_covers_every_endpoint(web_schema):
    labels = {operation.label for operation in operations(web_schema)}
    assert labels == {"GET /api/claims", "GET /api/claims/{claim_id}", "GET /api/entities",
                      "GET /api/entities/{entity_id}", "GET /api/documents/{document_id}", "GET /api/errors",
                      "POST /api/analyze", "POST /api/documents"}


@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_no_request_is_a_server_error(web_schema, mode):
    failures = []
    for operation in operations(web_schema):
        # the write endpoint is called with the token too, so that its whole path is exercised, not only the refusal
        headers = {"Authorization": f"Bearer {TOKEN}"} if operation.method.upper() == "POST" else None

        @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy(schemathesis.GenerationMode(mode)))
        def call(case):
            response = case.call(headers=headers)
            if response.status_code >= 500:
                failures.append(f"{operation.label} {case.path_parameters} {case.query} {case.body!r:.200}: "
                                f"{response.status_code} {response.text[:200]}")
            assert "Traceback" not in response.text
        call()
    assert not failures, "\n".join(failures[:10])
