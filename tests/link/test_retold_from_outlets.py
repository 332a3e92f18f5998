"""A clause re-told from another outlet of the corpus ("An official told the Tarn Ledger that those envoys were
spies") is the claim that outlet told, when that claim holds all its words; a short clause opening on a determiner
with a finite "be" is a clause, not a noun phrase."""
from __future__ import annotations

from claimgraph.link import link_pending
from claimgraph.link.corroboration import linked_claims
from claimgraph.link.linker import fragment
from claimgraph.store import Store

from tests.link.conftest import span_of

FIRST = "The two envoys were spies working for the navy of Pessary, an official said on Monday."
RETOLD = "An official told the Tarn Ledger on Monday that those envoys were spies, the Kessel Post said."


def test_a_clause_retold_from_the_outlet_that_told_it_joins_its_claim(tmp_path, built):
    articles = [
        built(FIRST, outlet="Tarn Ledger", published="2026-03-02",
              claim="The two envoys were spies working for the navy of Pessary", source=("an official", "anonymous")),
        built(RETOLD, outlet="Kessel Post", published="2026-03-03", claim="those envoys were spies",
              source=("An official", "anonymous")),
    ]
    with Store.open(tmp_path / "s.db") as store:
        for document, result in articles:
            # the claim's verb, as the analysis gives it
            result["claims"][0]["trigger"] = span_of(document.text, "were")
            store.write(document, result)
        link_pending(store)
        claims = [c for c in linked_claims(store) if "spies" in c["text"]]
    assert len(claims) == 1
    assert claims[0]["articles"] == 2
    assert claims[0]["independent_origins"] == 1


def test_a_clause_not_retold_from_that_outlet_stays_apart(tmp_path, built):
    articles = [
        built(FIRST, outlet="Tarn Ledger", published="2026-03-02",
              claim="The two envoys were spies working for the navy of Pessary", source=("an official", "anonymous")),
        built(RETOLD.replace("the Tarn Ledger", "reporters"), outlet="Kessel Post", published="2026-03-03",
              claim="those envoys were spies", source=("An official", "anonymous")),
    ]
    with Store.open(tmp_path / "s.db") as store:
        for document, result in articles:
            # the claim's verb, as the analysis gives it
            result["claims"][0]["trigger"] = span_of(document.text, "were")
            store.write(document, result)
        link_pending(store)
        claims = [c for c in linked_claims(store) if "spies" in c["text"]]
    assert len(claims) == 2


def test_a_short_clause_with_a_finite_be_is_no_fragment():
    assert not fragment("those envoys were spies".split())
    assert fragment("the first transfer".split())
    assert fragment("the first two transfers".split())
