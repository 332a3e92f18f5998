"""The doer an event's roles leave out, read from a state's service or craft named as the subject of its verb."""
from __future__ import annotations

import pytest

from claimgraph.link import identities, linker
from claimgraph.store import Store


@pytest.fixture
def store(tmp_path):
    store = Store.open(tmp_path / "s.db")
    with store.transaction() as db:
        db.execute("INSERT INTO documents (id, document_id, content_hash, text, analysed_at, result_json)"
                   " VALUES (1, 'd1', 'h1', '', '', '{}')")
        identities.resolve(store, 1, [{"id": "e1", "name": "Ustria", "type": "GPE", "aliases": []},
                                      {"id": "e2", "name": "Halden", "type": "GPE", "aliases": []}])
    yield store
    store.close()


def claim_at(text, clause, verb):
    start = text.index(clause)
    at = text.index(verb, start)
    return {"span": {"start": start, "end": start + len(clause), "text": clause},
            "trigger": {"start": at, "end": at + len(verb), "text": verb}}


@pytest.mark.parametrize("text, clause, verb", [
    ("Nine people died when Ustrian aircraft struck the depot.", "when Ustrian aircraft struck the depot", "struck"),
    ("Ustria's warplanes bombed the bridge on Monday.", "Ustria's warplanes bombed the bridge", "bombed"),
    ("Ustrian naval commandos seized the tanker.", "Ustrian naval commandos seized the tanker", "seized"),
])
def test_a_state_service_or_craft_before_the_verb_is_the_doer(store, text, clause, verb):
    with store:
        assert linker.service_subject(store, text, claim_at(text, clause, verb)) == \
            identities.lookup(store, "Ustria")[0]


@pytest.mark.parametrize("text, clause, verb", [
    # craft of no named state, a state that is not the subject, a firm's aircraft
    ("Nine people died when unmarked aircraft struck the depot.", "when unmarked aircraft struck the depot",
     "struck"),
    ("Aircraft struck the depot near Halden, Ustrian officials said.", "Aircraft struck the depot near Halden",
     "struck"),
    ("Kelby Freight aircraft landed at the depot.", "Kelby Freight aircraft landed at the depot", "landed"),
])
def test_no_doer_without_a_known_state_as_subject(store, text, clause, verb):
    with store:
        assert linker.service_subject(store, text, claim_at(text, clause, verb)) is None
