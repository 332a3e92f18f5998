"""The storage interface, method by method, against every backend: a new backend (PostgreSQL) adds its factory to
BACKENDS and must pass the same tests."""
from __future__ import annotations

import inspect
from typing import Callable

import pytest

from claimgraph.document import Document
from claimgraph.store import Store
from claimgraph.store import interface


def sqlite_store(request, tmp_path) -> Store:
    return Store.open(tmp_path / "interface.db")


def postgres_store(request, tmp_path):
    from claimgraph.store.postgres import PostgresStore
    return PostgresStore.open(request.getfixturevalue("postgres_db"))


BACKENDS: dict[str, Callable] = {"sqlite": sqlite_store, "postgres": postgres_store}


@pytest.fixture(params=sorted(BACKENDS))
def storage(request, tmp_path):
    store = BACKENDS[request.param](request, tmp_path)
    yield store
    store.close()


TEXT = "The Lantern reported that Corvel Mining sold the Ashby quarry to Brightwater Stone on Friday."


def span(phrase: str) -> dict:
    start = TEXT.index(phrase)
    return {"start": start, "end": start + len(phrase), "text": phrase}


def analysis(document: Document) -> dict:
    return {"document": document.header(),
            "attributions": [{"id": "a1", "source": [span("The Lantern")], "source_kind": "outlet",
                              "source_count": None, "source_entity": "e1", "cue": [span("reported")],
                              "content": [span("Corvel Mining sold the Ashby quarry")], "parent": None,
                              "refers_to": None, "time": None}],
            "claims": [{"id": "c1", "span": span("Corvel Mining sold the Ashby quarry"), "attribution": "a1",
                        "certainty": {"value": 3, "label": "certain", "cue": []}, "event": None}],
            "entities": [{"id": "e1", "name": "Corvel Mining", "type": "ORG", "aliases": ["Corvel"],
                          "mentions": [span("Corvel Mining")]}],
            "times": [], "events": [], "relations": [], "markers": []}


def stored(storage, text: str = TEXT, outlet: str = "Lantern", published: str = "2025-06-06") -> int:
    document = Document(text=text, outlet=outlet, published=published, path=f"{outlet}.txt")
    return storage.write(document, analysis(document))


def test_the_backend_offers_every_method_of_the_interface(storage):
    for protocol in (interface.DocumentStore, interface.CopyStore, interface.IdentityStore,
                     interface.ClaimLinkStore, interface.LinkStore, interface.ReadingStore,
                     interface.BulkStore):
        names = [n for n, _ in inspect.getmembers(protocol, inspect.isfunction) if not n.startswith("_")]
        assert names, protocol
        missing = [n for n in names if not callable(getattr(storage, n, None))]
        assert not missing, f"{type(storage).__name__} lacks {missing} of {protocol.__name__}"


def test_documents_are_written_once_and_read_back(storage):
    key = stored(storage)
    document = Document(text=TEXT, outlet="Lantern", published="2025-06-06", path="Lantern.txt")
    assert storage.has(document.content_hash())
    assert storage.write(document, analysis(document)) is None
    [listed] = list(storage.documents())
    assert listed["id"] == key and listed["outlet"] == "Lantern" and listed["result"]["claims"][0]["id"] == "c1"
    one = storage.document(key)
    assert one["text"] == TEXT and one["copy_group"] is None and one["result"] == listed["result"]
    assert storage.document_key(one["document_id"]) == key
    assert storage.document_key("no such document") is None
    [claim] = storage.claims(key)
    assert (claim["id"], claim["attribution"], claim["certainty_value"]) == ("c1", "a1", 3)
    assert storage.attributions(key)["a1"]["source_text"] == "The Lantern"
    assert storage.outlets() == ["Lantern"]


def test_failures_count_attempts_and_a_landed_document_clears_its_failure(storage):
    document = Document(text=TEXT, path="Lantern.txt", outlet="Lantern")
    storage.record_failure("Lantern.txt", "Lantern.txt: E003 timed out", code="E003")
    storage.record_failure("Lantern.txt", "Lantern.txt: E003 timed out", code="E003")
    storage.record_failure("other.txt", "other.txt: E001 empty", code="E001")
    assert [(f["document"], f["attempts"]) for f in storage.failures()] == [("Lantern.txt", 2), ("other.txt", 1)]
    storage.write(document, analysis(document))
    assert [f["document"] for f in storage.failures()] == ["other.txt"]


def test_a_transaction_is_all_or_nothing(storage):
    with pytest.raises(RuntimeError):
        with storage.transaction():
            storage.new_identity("Corvel Mining", "ORG")
            raise RuntimeError("stop")
    assert storage.identities([1]) == []


def test_documents_to_link_and_marking_them_linked(storage):
    first, second = stored(storage), stored(storage, TEXT + " More.", outlet="Beacon")
    assert storage.unlinked_documents() == [first, second] and storage.pending_count() == 2
    assert storage.document_to_link(first)["result"]["entities"][0]["name"] == "Corvel Mining"
    storage.mark_linked(first)
    assert storage.is_linked(first) and not storage.is_linked(second)
    assert storage.unlinked_documents() == [second] and storage.pending_count() == 1
    storage.add_link_outlet("lantern")
    assert storage.link_outlet_keys() == {"lantern"}
    storage.forget_links()
    assert storage.pending_count() == 2 and storage.link_outlet_keys() == set()


def test_copy_buckets_and_groups(storage):
    first, second = stored(storage), stored(storage, TEXT + " More.", outlet="Beacon")
    storage.add_copy(first, b"\x01" * 16, first, [(0, "aa"), (1, "bb")])
    storage.add_copy(second, b"\x02" * 16, first, [(0, "aa"), (1, "cc")])
    # all of a document's buckets in one statement: the latest members of each, as counted from what was added
    added = {first: [(0, "aa"), (1, "bb")], second: [(0, "aa"), (1, "cc")]}
    for buckets, limit in [([(0, "aa"), (1, "bb"), (1, "zz")], 5), ([(0, "aa")], 1), ([(1, "cc"), (1, "bb")], 1),
                           ([(1, "zz")], 5)]:
        assert storage.copy_buckets_members(buckets, limit) == latest_members(added, buckets, limit)
    assert storage.copy_buckets_members([(0, "aa"), (1, "bb"), (1, "zz")], 5) == {first, second}
    assert storage.copy_buckets_members([(0, "aa"), (1, "bb")], 1) == {second, first}
    assert storage.copy_buckets_members([(0, "aa")], 1) == {second}
    assert storage.copy_buckets_members([], 5) == set() and storage.copy_buckets_members([(0, "aa")], 0) == set()
    assert storage.copy_signatures({second, first}) == [(first, b"\x01" * 16, first), (second, b"\x02" * 16, first)]
    assert storage.copy_signatures(set()) == []
    assert storage.copy_group_of(second) == first and storage.document(second)["copy_group"] == first
    assert storage.copy_group_outlet(first) == "Lantern"


def test_a_crowded_bucket_gives_its_latest_members_alone(storage):
    documents = [stored(storage, TEXT + " More." * k) for k in range(1, 8)]
    for document in documents:
        storage.add_copy(document, b"\x01" * 16, documents[0], [(0, "boilerplate"), (1, f"own-{document}")])
    latest = set(documents[-3:])
    assert storage.copy_buckets_members([(0, "boilerplate")], 3) == latest
    assert storage.copy_buckets_members([(0, "boilerplate"), (1, f"own-{documents[0]}")], 3) == latest | {documents[0]}
    added = {document: [(0, "boilerplate"), (1, f"own-{document}")] for document in documents}
    for limit in (1, 3, 7, 9):
        buckets = [(0, "boilerplate"), (1, f"own-{documents[1]}")]
        assert storage.copy_buckets_members(buckets, limit) == latest_members(added, buckets, limit)


def latest_members(added: dict[int, list[tuple[int, str]]], buckets: list[tuple[int, str]], limit: int) -> set[int]:
    """The `limit` highest documents of each asked bucket, counted from the buckets each document was added with."""
    found: set[int] = set()
    for bucket in buckets:
        members = sorted((document for document, held in added.items() if bucket in held), reverse=True)
        found |= set(members[:limit])
    return found


def test_identities_their_names_and_evidence(storage):
    document = stored(storage)
    corvel = storage.new_identity("Corvel", "ORG")
    ashby = storage.new_identity("Ashby", "PERSON")
    storage.add_identity_names(corvel, ["corvel", "corvel mining"], ["exact", "alias"], document,
                               ["corvel", "corve*", "mining"])
    storage.add_identity_names(ashby, ["ashby"], ["new"], None, ["ashby"])
    storage.add_document_entity(document, "e1", corvel)
    assert storage.identity_name(corvel) == "Corvel" and storage.identity_name(999) is None
    storage.rename_identity(corvel, "Corvel Mining")
    assert storage.identities([ashby, corvel]) == [(corvel, "Corvel Mining", "ORG"), (ashby, "Ashby", "PERSON")]
    assert storage.first_identity_named(["corvel mining", "ashby"]) == corvel
    assert storage.first_identity_named(["nobody"]) is None
    assert storage.identities_named("corvel") == [corvel] and storage.identities_named("nobody") == []
    assert storage.typed_identities_named("ashby") == [(ashby, "PERSON")]
    assert storage.identities_named_any(["ashby", "corvel"], except_type="PERSON") == [corvel]
    assert storage.has_longer_name(corvel) and not storage.has_longer_name(ashby)
    assert storage.identities_with_token("corve*", 5) == [corvel]
    assert storage.entity_identities_of(document) == {"e1": corvel}
    assert storage.entity_names([corvel]) == [("Corvel Mining", ["Corvel"])]
    assert storage.documents_naming([corvel]) == 1 and storage.documents_naming([ashby]) == 0
    evidence = storage.identity_evidence(corvel)
    assert {(e["name"], e["rule"]) for e in evidence} == {("corvel", "exact"), ("corvel mining", "alias")}
    assert all(e["document"] == storage.document(document)["document_id"] for e in evidence)


def test_merging_identities_moves_names_mentions_and_claim_keys(storage):
    document = stored(storage)
    keep, drop = storage.new_identity("Corvel Mining", "ORG"), storage.new_identity("Corvel Group", "ORG")
    storage.add_identity_names(drop, ["corvel group"], ["exact"], document, ["group"])
    storage.add_document_entity(document, "e1", drop)
    claim = storage.create_linked_claim("sold the quarry", "SELL", {"actor": drop}, None, ["quarry"], "2025-06-06")
    storage.add_claim_keys(claim, {f"entity:{drop}", f"source:{drop}"})
    storage.merge_identities(keep, drop)
    assert storage.identities_named("corvel group") == [keep]
    assert storage.entity_identities_of(document) == {"e1": keep}
    assert storage.identities([drop]) == []
    assert storage.linked_claim_state(claim)["roles"] == {"actor": keep}
    assert [row["id"] for row in storage.linked_claim_rows([f"entity:{keep}"])] == [claim]
    assert storage.linked_claim_rows([f"entity:{drop}"]) == []


def test_places_and_the_parties_governed_from_them(storage):
    state, guest = storage.new_identity("Ostria", "GPE"), storage.new_identity("Velland", "GPE")
    storage.add_identity_names(state, ["ostrian"], ["demonym"], None, [])
    for _ in range(3):
        storage.count_place_party("halden", state, hosted=False)
    storage.count_place_party("halden", guest, hosted=True)
    storage.count_seat_use("halden")
    assert storage.ranked_parties("halden", 2) == [(state, 3, 1)]
    assert storage.seats_of(state) == [("halden", 3)] and storage.seats_of(guest) == [("halden", 1)]


def test_linked_claims_their_candidates_mentions_and_evidence(storage):
    first, second = stored(storage), stored(storage, TEXT + " More.", outlet="Beacon", published="2025-06-08")
    party = storage.new_identity("Corvel Mining", "ORG")
    claim = storage.create_linked_claim("sold the quarry", "SELL", {"actor": party}, "2025-06-06",
                                        ["quarry", "sold"], "2025-06-06")
    storage.add_claim_keys(claim, {f"entity:{party}", "text:abc"})
    state = storage.linked_claim_state(claim)
    assert state == {"event_type": "SELL", "roles": {"actor": party}, "time_value": "2025-06-06",
                     "first_published": "2025-06-06", "last_published": "2025-06-06"}
    [candidate] = storage.candidate_claims(["text:abc"], ("2025-05-01", "2025-07-01"))
    assert candidate["id"] == claim and candidate["parties"] == {party}
    assert candidate["tokens"] == {"quarry", "sold"} == candidate["vocabulary"]
    assert storage.candidate_claims(["text:abc"], ("2026-01-01", "2026-02-01")) == []
    assert storage.candidate_claims(["text:other"], None) == []
    storage.update_linked_claim(claim, "SELL", {"actor": party}, "2025-06-06", "2025-06-06", "2025-06-08")
    assert storage.linked_claim_state(claim)["last_published"] == "2025-06-08"
    storage.set_claim_vocabulary(claim, ["quarry", "sold", "stone"])
    assert storage.claim_vocabulary(claim) == {"quarry", "sold", "stone"}
    storage.add_mention(claim, first, "c1", "new", None)
    storage.add_mention(claim, second, "c1", "wording", None)
    storage.add_mention(None, second, "c2", "fragment", None)
    assert sorted(storage.claim_mentions(claim)) == [(first, "c1"), (second, "c1")]
    assert storage.link_evidence_of(second) == {"c1": {"rule": "wording", "key": None},
                                                "c2": {"rule": "fragment", "key": None}}
    assert sorted(storage.claim_outlets(claim)) == ["Beacon", "Lantern"]
    assert storage.claim_report_count(claim) == 2
    assert storage.claims_sharing_keys([f"entity:{party}"], first, None, 1, 5) == [(claim, 1)]
    assert storage.claims_sharing_keys([f"entity:{party}"], first, None, 2, 5) == []
    assert [row["id"] for row in storage.linked_claim_rows()] == [claim]


def test_a_time_range_keeps_both_its_points_in_the_store(storage):
    document = Document(text=TEXT + " Talks ran from 3 to 5 March.", outlet="Lantern", published="2025-06-06",
                        path="range.txt")
    result = analysis(document)
    start = document.text.index("from 3 to 5 March")
    result["times"] = [{"id": "t1", "start": start, "end": start + 17, "text": "from 3 to 5 March",
                        "value": "2025-03-03", "end_value": "2025-03-05", "granularity": "day"},
                       {"id": "t2", "start": start + 5, "end": start + 6, "text": "3", "value": "2025-03-03",
                        "granularity": "day"}]
    key = storage.write(document, result)
    with storage.transaction() as db:
        rows = db.execute("SELECT id, value, end_value FROM times WHERE document = ? ORDER BY id", (key,)).fetchall()
    assert [tuple(r) for r in rows] == [("t1", "2025-03-03", "2025-03-05"), ("t2", "2025-03-03", None)]
