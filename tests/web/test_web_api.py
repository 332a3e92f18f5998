"""The REST API on the corpus fixture: every endpoint, every filter, pagination and the error codes."""
from __future__ import annotations

import pytest

from .conftest import TOKEN

CLAIM_FIELDS = {"id", "text", "event", "certainty", "mentions", "articles", "outlets", "origins", "independent_origins",
                "first_reported", "single_sourced", "contradicted", "contradictions"}
MENTION_FIELDS = {"document", "outlet", "published", "span", "attribution_chain"}


def all_claims(client, **params):
    answer = client.get("/api/claims", params={**params, "per_page": 100})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["next"] is None
    return body["items"]


def numbers(claims):
    return {c["id"] for c in claims}


def test_claims_are_in_the_contract_shape(client):
    claims = all_claims(client)
    assert claims
    for claim in claims:
        assert CLAIM_FIELDS <= set(claim)
        assert claim["mentions"] and all(MENTION_FIELDS <= set(m) for m in claim["mentions"])
        assert claim["independent_origins"] == len(claim["origins"])


def test_pages_partition_the_list_and_next_leads_on(client):
    everything = all_claims(client)
    assert len(everything) >= 3
    seen, url = [], "/api/claims?per_page=2"
    while url:
        body = client.get(url).json()
        assert len(body["items"]) <= 2 and body["total"] == len(everything)
        seen += [c["id"] for c in body["items"]]
        url = body["next"]
    assert seen == [c["id"] for c in everything]
    past = client.get("/api/claims", params={"page": 1000}).json()
    assert past["items"] == [] and past["next"] is None


def test_the_default_order_is_the_best_corroborated_first(client):
    origins = [c["independent_origins"] for c in all_claims(client)]
    assert origins == sorted(origins, reverse=True)


def test_sorts(client):
    def first_dates(sort):
        return [c["first_reported"]["published"] for c in all_claims(client, sort=sort)]
    oldest = first_dates("oldest")
    assert oldest == sorted(oldest)
    recent = first_dates("recent")
    assert recent == sorted(recent, reverse=True)
    counts = [len(c["mentions"]) for c in all_claims(client, sort="mentions")]
    assert counts == sorted(counts, reverse=True)
    assert client.get("/api/claims", params={"sort": "sideways"}).status_code == 422


@pytest.mark.parametrize("name, value, holds", [
    ("min_origins", 2, lambda c: c["independent_origins"] >= 2),
    ("single_sourced", "true", lambda c: c["single_sourced"]),
    ("contradicted", "true", lambda c: c["contradicted"]),
    ("certainty", "certain", lambda c: c["certainty"]["label"] == "certain"),
])
def test_each_flag_filter_keeps_exactly_the_claims_it_names(client, name, value, holds):
    everything = all_claims(client)
    kept = all_claims(client, **{name: value})
    assert numbers(kept) == numbers(c for c in everything if holds(c))
    assert kept, f"the corpus has no claim for {name}={value}"


def test_outlet_filter(client):
    everything = all_claims(client)
    outlet = everything[-1]["outlets"][0]
    kept = all_claims(client, outlet=outlet)
    assert kept and numbers(kept) == numbers(c for c in everything if outlet in c["outlets"])
    # outlet names are matched as names: case and spacing do not matter
    assert numbers(all_claims(client, outlet=f"  {outlet.upper()} ")) == numbers(kept)


def test_event_type_filter(client):
    everything = all_claims(client)
    typed = [c for c in everything if c["event"]]
    assert typed
    kind = typed[0]["event"]["type"]
    kept = all_claims(client, event_type=kind.lower())
    assert numbers(kept) == numbers(c for c in everything if c["event"] and c["event"]["type"] == kind)


def test_date_filters_keep_claims_reported_within_the_dates(client):
    everything = all_claims(client)
    dates = sorted({m["published"] for c in everything for m in c["mentions"] if m["published"]})
    assert len(dates) >= 2
    middle = dates[len(dates) // 2]
    since = all_claims(client, since=middle)
    assert numbers(since) == numbers(c for c in everything if any((m["published"] or "") >= middle
                                                                   for m in c["mentions"]))
    until = all_claims(client, until=dates[0])
    assert numbers(until) == numbers(c for c in everything if any(m["published"] == dates[0] for m in c["mentions"]))
    # a month means the whole month
    assert numbers(all_claims(client, until=dates[0][:7])) >= numbers(until)
    assert client.get("/api/claims", params={"since": "last week"}).status_code == 422


def test_entity_filter(client):
    everything = all_claims(client)
    party = next(name for c in everything if c["event"] for name in c["event"]["roles"].values() if name)
    kept = all_claims(client, entity=party)
    assert kept and numbers(kept) <= numbers(everything)
    assert all_claims(client, entity="Nobody Anyone Named Zzyzx") == []


def test_full_text_search_finds_claims_by_any_mention_wording(client):
    everything = all_claims(client)
    claim = next(c for c in everything if len(c["mentions"]) > 1)
    word = max(claim["text"].split(), key=len).strip(".,;:\"'")
    found = all_claims(client, q=word)
    assert claim["id"] in numbers(found)
    assert all(word.lower() in " ".join([c["text"]] + [m["span"]["text"] for m in c["mentions"]]).lower()
               for c in found)
    # a word that begins one finds it too
    assert claim["id"] in numbers(all_claims(client, q=word[:4]))
    assert all_claims(client, q="zzyzxqqq") == []


@pytest.mark.parametrize("query", ['"', "drones AND", "NEAR(a b", "*", "a:b", "'; DROP TABLE documents; --",
                                   "(((", "-", "^x", "\u0000", "ü" * 300])
def test_queries_with_search_syntax_never_fail(client, query):
    answer = client.get("/api/claims", params={"q": query})
    assert answer.status_code in (200, 422)
    assert client.get("/api/claims").json()["total"] > 0


def test_facets_count_the_listed_claims(client):
    body = client.get("/api/claims", params={"per_page": 100}).json()
    claims = body["items"]
    assert sum(body["facets"]["certainty"].values()) == len(claims)
    assert sum(body["facets"]["origins"].values()) == len(claims)
    for outlet, count in body["facets"]["outlet"].items():
        assert count == sum(outlet in c["outlets"] for c in claims)


def test_one_claim_with_its_chains(client):
    listed = all_claims(client)[0]
    answer = client.get(f"/api/claims/{listed['id']}")
    assert answer.status_code == 200
    claim = answer.json()
    assert CLAIM_FIELDS <= set(claim)
    assert claim["origins"] == listed["origins"] and len(claim["chains"]) == len(claim["mentions"])
    for chain, mention in zip(claim["chains"], claim["mentions"]):
        names = [node["name"] for node in chain["nodes"]]
        # the outlet first, then the sources outermost first, as the mention's chain names them
        assert names == [mention["outlet"] or "this article"] + mention["attribution_chain"]
        assert chain["document"] == mention["document"]
    # the number alone names it too
    assert client.get(f"/api/claims/{listed['id'][1:]}").json()["id"] == listed["id"]


@pytest.mark.parametrize("claim_id", ["L999999", "0", "nonsense", "L-1"])
def test_a_missing_claim_is_404(client, claim_id):
    answer = client.get(f"/api/claims/{claim_id}")
    assert answer.status_code == 404 and "error" in answer.json()


def test_entities_by_name_and_their_dossier(client):
    listed = client.get("/api/entities").json()["items"]
    assert listed
    entity = listed[0]
    word = entity["name"].split()[-1]
    found = client.get("/api/entities", params={"q": word[:4].lower()}).json()["items"]
    assert entity["id"] in [e["id"] for e in found]
    assert client.get("/api/entities", params={"q": "zzyzxqqq"}).json()["items"] == []
    report = client.get(f"/api/entities/{entity['id']}").json()
    assert report["entity"]["name"] == entity["name"] and report["entity"]["id"] == entity["id"]
    assert {"claims", "claims_as_source", "by_certainty", "by_origin", "timeline"} <= set(report)
    dated = [m for c in report["claims"] for m in c["mentions"] if m["published"]]
    assert len(report["timeline"]) == len(dated)
    grouped = [i for group in report["by_certainty"] for i in group["claims"]]
    assert sorted(grouped) == sorted(c["id"] for c in report["claims"])
    assert client.get("/api/entities/999999").status_code == 404
    assert client.get("/api/entities/abc").status_code == 422


def test_a_stored_document(client):
    claim = all_claims(client)[0]
    document_id = claim["mentions"][0]["document"]
    answer = client.get(f"/api/documents/{document_id}")
    assert answer.status_code == 200
    document = answer.json()
    assert document["document"]["id"] == document_id and document["document"]["text"]
    assert {"attributions", "claims", "entities", "times", "events", "relations", "markers"} <= set(document)
    assert claim["id"] in document["linked_claims"].values()
    text = document["document"]["text"]
    assert all(text[c["span"]["start"]:c["span"]["end"]] == c["span"]["text"] for c in document["claims"])
    assert client.get("/api/documents/no-such-document").status_code == 404


def test_analyze_stores_nothing(client):
    before = client.get("/api/claims").json()["total"]
    text = "The mayor of Dunmore said on Monday that the bridge would reopen in May, according to a council statement."
    answer = client.post("/api/analyze", json={"text": text, "id": "not-stored", "published": "2024-05-06"})
    assert answer.status_code == 200
    result = answer.json()
    assert result["document"]["id"] == "not-stored" and result["claims"]
    assert client.get("/api/documents/not-stored").status_code == 404
    assert client.get("/api/claims").json()["total"] == before


@pytest.mark.parametrize("body, status", [
    ({"text": ""}, 422),
    ({"text": "   \n "}, 422),
    ({"title": "no text"}, 422),
    ({"text": "Officials said so.", "published": "yesterday"}, 422),
    ({"text": "Officials said so.", "published": "2024-02-30"}, 422),
])
def test_analyze_refuses_what_it_cannot_analyse(client, body, status):
    answer = client.post("/api/analyze", json=body)
    assert answer.status_code == status
    assert "Traceback" not in answer.text


def test_writes_need_the_token(writer):
    article = {"text": "The port authority of Kelso said the ferry strike ended on Friday.", "id": "w-1",
               "outlet": "Kelso Courier", "published": "2024-06-01"}
    assert writer.post("/api/documents", json=article).status_code == 401
    wrong = writer.post("/api/documents", json=article, headers={"Authorization": "Bearer not-it"})
    assert wrong.status_code == 403
    assert writer.post("/api/documents", json=article, headers={"Authorization": "Basic abc"}).status_code == 401
    assert writer.get("/api/documents/w-1").status_code == 404
    before = writer.get("/api/claims").json()["total"]
    made = writer.post("/api/documents", json=article, headers={"Authorization": f"Bearer {TOKEN}"})
    assert made.status_code == 201 and made.json()["id"] == "w-1"
    stored = writer.get("/api/documents/w-1").json()
    assert stored["document"]["outlet"] == "Kelso Courier" and stored["linked_claims"]
    # a list read before the write is not served again after it
    after = writer.get("/api/claims", params={"per_page": 100}).json()
    assert after["total"] > before
    assert set(stored["linked_claims"].values()) <= {c["id"] for c in after["items"]}
    again = writer.post("/api/documents", json=article, headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.status_code == 200 and again.json()["stored"] is False


def test_an_article_reposting_a_wire_story_keeps_the_wire(writer):
    article = {"text": "KELSO (Tamber Wire) - The port authority of Kelso said the ferry strike ended on Friday.",
               "id": "w-2", "outlet": "Kelso Courier", "published": "2024-06-01"}
    made = writer.post("/api/documents", json=article, headers={"Authorization": f"Bearer {TOKEN}"})
    assert made.status_code == 201
    header = writer.get("/api/documents/w-2").json()["document"]
    assert (header["outlet"], header["wire"]["name"]) == ("Kelso Courier", "Tamber Wire")
    assert "KELSO (Tamber Wire)" in header["wire"]["evidence"]
    page = writer.get("/documents/w-2").text
    assert '<span class="wire"' in page and "a story by Tamber Wire" in page


def test_a_server_without_a_token_takes_no_write(writable_store):
    from fastapi.testclient import TestClient

    from claimgraph.web.application import create_app

    from .conftest import graph_over
    readonly = TestClient(create_app(graph_over(writable_store), token=None))
    article = {"text": "Officials said the talks resumed."}
    assert readonly.post("/api/documents", json=article).status_code == 401
    assert readonly.post("/api/documents", json=article,
                         headers={"Authorization": "Bearer anything"}).status_code == 403


def test_a_failed_ingest_is_listed_among_the_errors(writer):
    assert writer.get("/api/errors").json()["items"] == []
    answer = writer.post("/api/documents", json={"text": "  ", "id": "blank-1"},
                         headers={"Authorization": f"Bearer {TOKEN}"})
    assert answer.status_code == 422 and "E001" in answer.json()["error"]
    errors = writer.get("/api/errors").json()
    assert errors["total"] == 1 and errors["items"][0]["document"] == "blank-1"
    assert errors["items"][0]["code"] == "E001"


def test_the_schema_and_docs_page_are_served_from_the_packages(client):
    schema = client.get("/openapi.json").json()
    paths = set(schema["paths"])
    assert {"/api/claims", "/api/claims/{claim_id}", "/api/entities", "/api/entities/{entity_id}",
            "/api/documents/{document_id}", "/api/analyze", "/api/documents", "/api/errors"} <= paths
    docs = client.get("/docs").text
    # nothing from another host: every asset is this server's
    assert "/docs/assets/swagger-ui-bundle.js" in docs and "http" not in docs
    assert client.get("/docs/assets/swagger-ui-bundle.js").status_code == 200
    assert client.get("/docs/assets/swagger-ui.css").status_code == 200


def test_a_document_id_with_a_slash_is_found(writer):
    article = {"text": "The water board of Estry said the reservoir was full on Sunday.", "id": "estry/2024/1",
               "published": "2024-06-02"}
    made = writer.post("/api/documents", json=article, headers={"Authorization": f"Bearer {TOKEN}"})
    assert made.status_code == 201
    assert writer.get("/api/documents/estry/2024/1").json()["document"]["id"] == "estry/2024/1"
    page = writer.get("/documents/estry/2024/1")
    assert page.status_code == 200 and "reservoir" in page.text


def test_the_docs_page_reads_the_schema_as_openapi_30(client):
    schema = client.get("/docs/openapi.json").json()
    assert schema["openapi"].startswith("3.0")
    assert set(schema["paths"]) == set(client.get("/openapi.json").json()["paths"])
    text = str(schema)
    assert "'type': 'null'" not in text and "'nullable': True" in text
