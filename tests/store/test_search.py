"""Full-text search over linked claims and entities: kept in step with linking by the store itself, filled for a
store linked before it existed, and safe for any words a user types."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from claimgraph.document import Document
from claimgraph.link.linker import link_pending
from claimgraph.store.search import match_expression
from claimgraph.store.store import Store

LABELS = {3: "certain", -3: "certain-negative"}


def article(text: str, claim: str, outlet: str, published: str, entity: str | None = None):
    """A hand-built analysis with one claim in the article's own voice and, optionally, one named entity."""
    document = Document(text=text, outlet=outlet, published=published)
    start = text.index(claim)
    entities = []
    if entity:
        at = text.index(entity)
        entities = [{"id": "e1", "name": entity, "type": "ORG", "aliases": [],
                     "mentions": [{"start": at, "end": at + len(entity), "text": entity}]}]
    result = {"document": document.header(), "attributions": [], "entities": entities, "times": [], "events": [],
              "relations": [], "markers": [],
              "claims": [{"id": "c1", "span": {"start": start, "end": start + len(claim), "text": claim},
                          "attribution": None, "certainty": {"value": 3, "label": "certain", "cue": []},
                          "event": None}]}
    return document, result


FERRY = [
    article("The ferry to Brannock was cancelled after the storm, the Lowmoor Shipping Line said.",
            "The ferry to Brannock was cancelled after the storm", "Pierhead News", "2024-01-01",
            "Lowmoor Shipping Line"),
    article("Passengers said the ferry to Brannock was cancelled after the storm.",
            "the ferry to Brannock was cancelled after the storm", "Harbourside Post", "2024-01-02"),
]
MILL = article("A textile mill in Ostrava reopened on Monday.", "A textile mill in Ostrava reopened on Monday",
               "Pierhead News", "2024-01-03")


def stored(path, articles) -> Store:
    store = Store.open(path)
    for document, result in articles:
        store.write(document, result)
    link_pending(store)
    return store


def test_a_linked_claim_is_found_by_its_words(tmp_path):
    with stored(tmp_path / "s.db", FERRY + [MILL]) as store:
        ferry = store.search_claim_ids("brannock storm")
        mill = store.search_claim_ids("textile")
        assert len(ferry) == 1 and len(mill) == 1 and ferry != mill
        # a word's beginning finds it, and case and accents do not matter
        assert store.search_claim_ids("CANCEL") == ferry
        assert store.search_claim_ids("Óstrava") == mill
        # every word must be there
        assert store.search_claim_ids("brannock textile") == []
        assert store.search_claim_ids("brannock", limit=0) == []


def test_a_mention_is_searchable_by_its_own_wording(tmp_path):
    with stored(tmp_path / "s.db", FERRY) as store:
        (claim,) = store.search_claim_ids("ferry")
        later = article("The Brannock crossing was called off, officials said.", "The Brannock crossing was called off",
                        "Fenmoor Daily", "2024-01-04")
        store.write(*later)
        link_pending(store)
        # whether or not linking joined it to the ferry claim, the new wording is found, and only once
        found = store.search_claim_ids("crossing")
        assert len(found) == 1


def test_relinking_keeps_the_index_in_step(tmp_path):
    with stored(tmp_path / "s.db", FERRY + [MILL]) as store:
        before = {word: store.search_claim_ids(word) for word in ("ferry", "mill")}
        with store.transaction():
            store.forget_links()
        assert store.search_claim_ids("ferry") == [] and store.search_claim_ids("mill") == []
        link_pending(store)
        assert all(len(store.search_claim_ids(word)) == len(ids) for word, ids in before.items())


def test_entities_are_found_by_any_word_of_their_names(tmp_path):
    with stored(tmp_path / "s.db", FERRY) as store:
        found = store.search_entity_ids("lowm")
        assert len(found) == 1
        assert store.search_entity_ids("shipping line") == found
        assert store.search_entity_ids("brannock lowmoor") == []


def test_a_store_linked_before_the_index_gets_it_on_migration(tmp_path):
    path = tmp_path / "old.db"
    with stored(path, FERRY + [MILL]) as store:
        expected = store.search_claim_ids("ferry")
        # what migration 005 made is taken away, as in a store from before it
        triggers = [row[0] for row in store.query("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                                                  " AND name LIKE '%search%'")]
        assert triggers
        for name in triggers:
            store.query(f"DROP TRIGGER {name}")
        for name in ("claim_search", "entity_search"):
            store.query(f"DROP TABLE {name}")
        store.query("DELETE FROM schema_version WHERE version = 5")
    with Store.open(path) as store:
        assert store.version() >= 5
        assert store.search_claim_ids("ferry") == expected
        assert len(store.search_entity_ids("lowmoor")) == 1


@pytest.fixture(scope="module")
def empty_store(tmp_path_factory):
    with Store.open(tmp_path_factory.mktemp("q") / "s.db") as store:
        yield store


@settings(max_examples=200, deadline=None)
@given(query=st.text(max_size=80))
def test_no_query_is_read_as_search_syntax(empty_store, query):
    expression = match_expression(query)
    assert expression is None or all(part.startswith('"') and part.endswith('"*') for part in expression.split(" "))
    assert empty_store.search_claim_ids(query) == []
    assert empty_store.search_entity_ids(query) == []


def test_syntax_in_a_query_is_taken_as_words(tmp_path):
    with stored(tmp_path / "s.db", FERRY + [MILL]) as store:
        for query in ['"ferry', "ferry AND", "ferry OR mill", "NEAR(ferry mill)", "ferry*", "wording:ferry", "(ferry",
                      "ferry -mill", "^ferry", "'; DROP TABLE claims; --"]:
            store.search_claim_ids(query)
        assert store.search_claim_ids("ferry OR mill") == []  # OR is a word here, and no claim holds it
        # a column filter is two words here, and no claim holds "wording"
        assert store.search_claim_ids("wording:ferry") == []
        assert len(store.search_claim_ids('"ferry')) == 1 and len(store.search_claim_ids("(ferry")) == 1
