"""A head of state or government named with the state ("Tessalian President Ada Morn expelled ...") acts for it."""
from __future__ import annotations

import pytest

from claimgraph.link.corroboration import linked_claims
from claimgraph.link.linker import link_pending
from claimgraph.store import Store

from tests.link.conftest import span_of

PARTIES = [("Tessaly", "GPE"), ("Ada Morn", "PERSON"), ("Belmark", "GPE")]


def expulsions(db, documents):
    with Store.open(db) as store:
        for document, result in documents:
            store.write(document, result)
        link_pending(store)
        return [c for c in linked_claims(store) if (c["event"] or {}).get("type") == "SANCTION"]


def by_state(built):
    claim = "Tessaly has expelled four diplomats of Belmark"
    return built(f"{claim}, the Ledger said.", outlet="Ledger", published="2026-06-01", entities=PARTIES, claim=claim,
                 source=("the Ledger", "outlet"),
                 event={"type": "SANCTION", "roles": {"actor": "Tessaly", "recipient": "Belmark"}})


def by_head(built, doer):
    claim = f"{doer} expelled four diplomats of Belmark on Friday"
    text = f"Last week {claim}, the Post said."
    document, result = built(text, outlet="Post", published="2026-06-03", entities=PARTIES, claim=claim,
                             source=("the Post", "outlet"),
                             event={"type": "SANCTION", "roles": {"actor": "Ada Morn", "recipient": "Belmark"}})
    result["events"][0]["role_mentions"] = {"actor": span_of(text, doer), "recipient": span_of(text, "Belmark")}
    return document, result


@pytest.mark.parametrize("doer", ["Tessalian President Ada Morn", "Tessaly's prime minister, Ada Morn,"])
def test_a_head_of_state_named_with_the_state_acts_for_it(tmp_path, built, doer):
    claims = expulsions(tmp_path / "s.db", [by_state(built), by_head(built, doer)])
    assert [len(c["mentions"]) for c in claims] == [2]


@pytest.mark.parametrize("doer", ["former Tessalian President Ada Morn", "Tessaly's foreign minister, Ada Morn,"])
def test_a_former_head_or_a_minister_is_not_the_state(tmp_path, built, doer):
    claims = expulsions(tmp_path / "s.db", [by_state(built), by_head(built, doer)])
    assert sorted(len(c["mentions"]) for c in claims) == [1, 1]
