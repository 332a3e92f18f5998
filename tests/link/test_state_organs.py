"""A state and its organs across articles: an act a state's body is told doing is the state's act; a source naming two
parties together ("statements from both governments") restates what each said; a chief speaks for the service of
his field."""
from __future__ import annotations

import pytest

from claimgraph.link.corroboration import collective, linked_claims, spokesperson_body, through_spokespeople
from claimgraph.link.linker import link_pending
from claimgraph.store import Store

PARTIES = [("Pellora", "GPE"), ("Ostland", "GPE")]


def retreats(db, documents):
    with Store.open(db) as store:
        for document, result in documents:
            store.write(document, result)
        link_pending(store)
        return [c for c in linked_claims(store) if (c["event"] or {}).get("type") == "RETREAT"]


def release_by_state(built):
    text = "Pellora has released nine Ostlandic sailors, Pellora's foreign ministry said."
    return built(text, outlet="Ledger", published="2026-05-04", entities=PARTIES,
                 claim="Pellora has released nine Ostlandic sailors",
                 source=("Pellora's foreign ministry", "government"),
                 event={"type": "RETREAT", "roles": {"actor": "Pellora", "target": "nine Ostlandic sailors"}})


def release_by_body(built, body, source=("the Courier", "outlet")):
    claim = f"{body} freed the nine sailors from Dunmore jail on Monday"
    text = f"{claim}, according to {source[0]}."
    return built(text, outlet="Post", published="2026-05-06", entities=PARTIES, claim=claim, source=source,
                 event={"type": "RETREAT", "roles": {"actor": body, "target": "nine sailors"}})


def test_a_states_ministry_doing_the_act_is_the_state_doing_it(tmp_path, built):
    claims = retreats(tmp_path / "s.db", [release_by_state(built), release_by_body(built, "Pellora's interior ministry")])
    assert len(claims) == 1
    assert {m["document"] for m in claims[0]["mentions"]} and len(claims[0]["mentions"]) == 2


def test_another_states_ministry_is_not_the_state(tmp_path, built):
    claims = retreats(tmp_path / "s.db", [release_by_state(built), release_by_body(built, "Ostland's interior ministry")])
    assert [len(c["mentions"]) for c in claims] == [1, 1]


@pytest.mark.parametrize("source, together", [
    ("statements from both governments", True),
    ("both sides", True),
    ("The two countries", True),
    ("officials in both capitals", True),
    ("two officials", False),
    ("both Pellora and Ostland", False),  # the parties named: each is a source of its own
    ("the Courier", False),
])
def test_a_source_naming_two_parties_together_is_read(source, together):
    assert collective(source) is together


def test_statements_of_both_governments_retold_later_add_no_origin(tmp_path, built):
    later = release_by_body(built, "Pellora", source=("statements from both governments", "document"))
    claims = retreats(tmp_path / "s.db", [release_by_state(built), later])
    assert len(claims) == 1 and len(claims[0]["mentions"]) == 2
    assert claims[0]["independent_origins"] == 1


@pytest.mark.parametrize("source, body", [
    ("Ostland's intelligence chief, Brann Kell", ("ostland", "intelligence", "*")),
    ("police chief Brann Kell", ("police", "*")),
    ("Chief Justice Brann Kell", ()),  # a rank, no field
])
def test_the_service_a_chief_speaks_for_is_read_from_the_title(source, body):
    assert spokesperson_body(source) == body


def test_a_chief_and_the_service_of_his_field_are_one_origin():
    bodies = {"entity:5": ("ostland", "intelligence", "*")}
    origins = {"entity:3": "Ostland's intelligence service", "entity:5": "Brann Kell", "entity:7": "Ledger"}
    assert through_spokespeople(origins, bodies) == {"entity:3": "Ostland's intelligence service", "entity:7": "Ledger"}
    # another state's service, or another field's, is not his
    for other in ("Pellora's intelligence service", "Ostland's customs service"):
        apart = {"entity:3": other, "entity:5": "Brann Kell"}
        assert through_spokespeople(apart, bodies) == apart
