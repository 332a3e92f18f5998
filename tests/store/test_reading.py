"""The set-based reads of linked claims (store/reading.py) and the bulk writes (store/bulk.py), against every
backend: each gives, for many at once, what its one-at-a-time counterpart gives for each."""
from __future__ import annotations

from claimgraph.document import Document
from claimgraph.store.reading import READING_PARTS

from tests.store.test_interface import TEXT, analysis, storage, stored  # noqa: F401  (storage is the parametrised fixture)


def a_small_linked_corpus(storage) -> dict:
    """Three documents (two outlets, one without), two copies, two identities, two linked claims."""
    first = stored(storage, outlet="Lantern", published="2025-06-06")
    second = stored(storage, text=TEXT + " Shares fell.", outlet="Quayside Post", published="2025-06-05")
    third = stored(storage, text=TEXT + " Nobody commented.", outlet=None, published=None)
    with storage.transaction():
        corvel, ashby = storage.new_identity("Corvel Mining", "ORG"), storage.new_identity("Ashby", "GPE")
        storage.add_copy(first, b"\x01" * 16, first, [(0, "aa")])
        storage.add_copy(second, b"\x02" * 16, first, [(0, "aa")])
        storage.add_copy(third, b"\x03" * 16, third, [(0, "bb")])
        storage.add_document_entity(first, "e1", corvel)
        storage.add_document_entity(second, "e1", corvel)
        sold = storage.create_linked_claim("sold the quarry", "SELL", {"actor": corvel}, None, ["quarry"],
                                           "2025-06-05")
        other = storage.create_linked_claim("shares fell", None, {}, None, ["shares"], "2025-06-05")
        for document in (third, first, second):
            storage.add_mention(sold, document, "c1", "same-event", f"SELL|{corvel}|{ashby}")
        storage.add_mention(None, second, "c9", "fragment", None)
        for document in (first, second, third):
            storage.mark_linked(document)
    return {"documents": [first, second, third], "claims": [sold, other], "identities": [corvel, ashby]}


def test_set_reads_give_what_the_one_at_a_time_reads_give(storage):
    corpus = a_small_linked_corpus(storage)
    documents, claims = corpus["documents"], corpus["claims"]
    mentions = storage.mentions_of_claims(claims + [10 ** 6])
    assert mentions == {**{c: storage.claim_mentions(c) for c in claims}, 10 ** 6: []}
    assert [d for d, _ in mentions[claims[0]]] == sorted(documents)
    read = storage.reading_documents(documents)
    for key in documents:
        whole = storage.document(key)
        assert {k: read[key][k] for k in ("id", "document_id", "outlet", "published", "text", "copy_group")} == \
            {k: whole[k] for k in ("id", "document_id", "outlet", "published", "text", "copy_group")}
        assert read[key]["result"] == {part: whole["result"][part] for part in READING_PARTS}
    assert storage.attributions_of_documents(documents) == {k: storage.attributions(k) for k in documents}
    pairs = [(documents[1], "c9"), (documents[0], "c1"), (documents[2], "c7")]
    assert storage.link_evidence_of_mentions(pairs) == {(d, c): storage.link_evidence_of(d)[c] for d, c in pairs[:2]}
    # the first document's entity e1 is the source of its attribution a1; the second's is not (none cites it there)
    with storage.transaction() as db:
        db.execute("UPDATE attributions SET source_entity = NULL WHERE document = ?", (documents[1],))
    assert storage.source_identities_of_documents(documents) == {
        documents[0]: storage.entity_identities_of(documents[0]), documents[1]: {}, documents[2]: {}}
    assert storage.entity_identities_of(documents[0]) == {"e1": corpus["identities"][0]}
    ids = [storage.document(k)["document_id"] for k in documents]
    assert storage.document_keys(ids + ["no such document"]) == {i: storage.document_key(i) for i in ids}
    groups = {storage.copy_group_of(k) for k in documents}
    # the earlier member of the first group is the second document, from the Quayside Post
    assert storage.copy_group_outlets(groups) == {g: storage.copy_group_outlet(g) for g in groups}
    assert storage.copy_group_outlets([documents[0]]) == {documents[0]: "Quayside Post"}
    assert storage.identity_names(corpus["identities"] + [10 ** 6]) == {
        i: storage.identity_name(i) for i in corpus["identities"]}


def test_a_document_stored_before_its_reading_parts_were_kept_is_read_from_its_whole_analysis(storage):
    key = stored(storage)
    with storage.transaction() as db:
        db.execute("DELETE FROM document_readings WHERE document = ?", (key,))
        db.execute("UPDATE documents SET reading_json = NULL WHERE id = ?", (key,))
    whole = storage.document(key)["result"]
    assert storage.reading_documents([key])[key]["result"] == whole


def test_the_reading_parts_are_kept_in_a_row_of_their_own_and_read_from_it(storage):
    key = stored(storage)
    whole = storage.document(key)["result"]
    assert storage.query("SELECT reading_json FROM documents WHERE id = ?", (key,))[0][0] is None
    assert storage.reading_documents([key])[key]["result"] == {part: whole[part] for part in READING_PARTS}
    # what is read is that row: an article's reading parts are not looked for in its whole analysis
    with storage.transaction() as db:
        db.execute("UPDATE document_readings SET reading_json = ? WHERE document = ?",
                   ('{"attributions": [], "claims": [], "events": [], "markers": []}', key))
    assert storage.reading_documents([key])[key]["result"]["claims"] == []


def test_the_outlets_are_listed_once_each_in_the_order_they_first_appear(storage):
    for n, outlet in enumerate(["Quayside Post", "Lantern", None, "Quayside Post", "Albion Courier", "Lantern"]):
        stored(storage, text=f"{TEXT} Story {n}.", outlet=outlet)
    assert storage.outlets() == ["Quayside Post", "Lantern", "Albion Courier"]


def test_many_documents_are_written_at_once_as_each_is_written_alone(storage):
    documents = [Document(text=f"{TEXT} Item {n}.", outlet="Lantern", published="2025-06-06") for n in range(3)]
    keys = storage.write_many([(d, analysis(d)) for d in documents] + [(documents[1], analysis(documents[1]))])
    assert keys[3] is None and None not in keys[:3] and len(set(keys[:3])) == 3
    assert storage.write_many([(documents[0], analysis(documents[0]))]) == [None]
    for key, document in zip(keys, documents):
        assert storage.document(key)["result"] == analysis(document)
        assert [c["id"] for c in storage.claims(key)] == ["c1"]
        assert list(storage.attributions(key)) == ["a1"]


def test_linked_claims_and_their_mentions_are_written_in_bulk_as_one_at_a_time(storage):
    documents = [stored(storage, text=f"{TEXT} Item {n}.") for n in range(2)]
    with storage.transaction(), storage.bulk():
        party = storage.new_identity("Corvel Mining", "ORG")
        made = storage.create_linked_claims([("sold the quarry", "SELL", {"actor": party}, None, ["quarry"],
                                              "2025-06-06"), ("bought it", None, {}, None, ["bought"], None)])
        storage.add_many_claim_keys([(f"entity:{party}", made[0])])
        storage.add_document_entities([(documents[0], "e1", party)])
        storage.add_mentions([(made[0], documents[0], "c1", "new", None), (made[0], documents[1], "c1",
                                                                           "same-event", None),
                              (None, documents[1], "c2", "fragment", None)])
        storage.mark_many_linked(documents)
    assert len(set(made)) == 2
    assert [row["id"] for row in storage.linked_claim_rows([f"entity:{party}"])] == [made[0]]
    assert storage.linked_claim_state(made[0])["roles"] == {"actor": party}
    assert sorted(storage.claim_mentions(made[0])) == [(documents[0], "c1"), (documents[1], "c1")]
    assert storage.link_evidence_of(documents[1]) == {"c1": {"rule": "same-event", "key": None},
                                                      "c2": {"rule": "fragment", "key": None}}
    assert storage.entity_identities_of(documents[0]) == {"e1": party}
    assert all(storage.is_linked(d) for d in documents)


def test_the_migration_fills_the_reading_parts_of_documents_stored_before_it(storage):
    """Migration 007's backfill, run on documents whose reading parts are missing, keeps what `write` keeps."""
    from claimgraph.store.postgres import PostgresStore, postgres_migrations
    from claimgraph.store.store import migrations, statements

    keys = [stored(storage, text=f"{TEXT} Item {n}.") for n in range(2)]
    shipped = postgres_migrations() if isinstance(storage, PostgresStore) else migrations()
    [script] = [script for version, _, script in shipped if version == 7]
    [backfill] = [s for s in statements(script) if s.lstrip("-\n ").startswith("UPDATE") or "\nUPDATE" in s]
    with storage.transaction() as db:
        db.execute("UPDATE documents SET reading_json = NULL")
    with storage.transaction() as db:
        if isinstance(storage, PostgresStore):
            db.native(backfill)
        else:
            db.execute(backfill)
    assert storage.query("SELECT COUNT(*) FROM documents WHERE reading_json IS NULL")[0][0] == 0
    with storage.transaction() as db:
        db.execute("DELETE FROM document_readings")
    for key in keys:
        whole = storage.document(key)["result"]
        assert storage.reading_documents([key])[key]["result"] == {part: whole[part] for part in READING_PARTS}


def test_migration_9_moves_the_reading_parts_of_documents_stored_before_it_to_their_own_rows(storage):
    """A store from before 009 keeps its reading parts in `documents`; the migration copies each to its own row."""
    from claimgraph.store.postgres import PostgresStore, postgres_migrations
    from claimgraph.store.store import migrations, statements

    keys = [stored(storage, text=f"{TEXT} Item {n}.") for n in range(3)]
    shipped = postgres_migrations() if isinstance(storage, PostgresStore) else migrations()
    [script] = [script for version, _, script in shipped if version == 9]
    [backfill] = [s for s in statements(script) if "INSERT INTO document_readings" in s]
    with storage.transaction() as db:
        db.execute("UPDATE documents SET reading_json = (SELECT reading_json FROM document_readings"
                   " WHERE document = documents.id)")
        db.execute("DELETE FROM document_readings WHERE document <> ?", (keys[0],))
        db.execute("UPDATE document_readings SET reading_json = ?", ('{"claims": []}',))
        db.execute("UPDATE documents SET reading_json = NULL WHERE id = ?", (keys[0],))
    before = storage.reading_documents(keys)
    with storage.transaction() as db:
        db.execute("DELETE FROM document_readings")
        if isinstance(storage, PostgresStore):
            db.native(backfill)
        else:
            db.execute(backfill)
    after = storage.reading_documents(keys)
    # the two moved are read as before; the one that had no copy beside its analysis is read from its analysis
    assert [after[k]["result"] for k in keys[1:]] == [before[k]["result"] for k in keys[1:]]
    assert storage.query("SELECT COUNT(*) FROM document_readings")[0][0] == 2
    assert after[keys[0]]["result"] == storage.document(keys[0])["result"]


def test_the_reading_parts_of_documents_read_at_once_are_what_the_reads_one_by_one_give(storage):
    corpus = a_small_linked_corpus(storage)
    documents = corpus["documents"]
    ids = [storage.document(k)["document_id"] for k in documents]
    expected = (storage.reading_documents(documents), {k: storage.attributions(k) for k in documents},
                storage.source_identities_of_documents(documents), storage.document_keys(ids))
    for _ in range(2):  # nothing read before changes what a read gives
        assert storage.reading_parts(documents) == expected
        assert storage.reading_parts(list(reversed(documents))) == expected
    first = storage.reading_parts(documents[:1])
    assert first[0] == {documents[0]: expected[0][documents[0]]} and first[1] == {documents[0]: expected[1][documents[0]]}
    assert first[3] == {ids[0]: expected[3][ids[0]]}
