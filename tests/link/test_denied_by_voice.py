"""A denial told in the first person of the party that answers for the doer ("not one of the men we held was
beaten"), with no doer of its own, contradicts the act its words tell; a state's guards named with a possessive
pronoun ("their Vessanian guards") are the state's service."""
from __future__ import annotations

from claimgraph.link.corroboration import linked_claims
from claimgraph.link.linker import link_pending
from claimgraph.store import Store

PARTIES = [("Ormland", "GPE"), ("Vessany", "GPE")]


def accusation(built):
    claim = "six of the returned Ormish prisoners had been beaten by their Vessanian guards"
    text = f"Ormland's envoy said {claim}, in a letter to Vessany."
    return built(text, outlet="Ledger", published="2026-07-02", entities=PARTIES, claim=claim,
                 source=("Ormland's envoy", "government"),
                 event={"type": "ASSAULT", "roles": {"actor": "their Vessanian guards",
                                                      "target": "returned Ormish prisoners"}})


def denial(built, claim, event_type="ASSAULT", speaker="Vessany"):
    text = f"{claim}, {speaker} said on Friday."
    return built(text, outlet="Courier", published="2026-07-03", entities=PARTIES, claim=claim, certainty=-3,
                 source=(speaker, "government"), event={"type": event_type, "roles": {"target": "men"}})


def assaults(path, articles):
    with Store.open(path) as store:
        for document, result in articles:
            store.write(document, result)
        link_pending(store)
        return [c for c in linked_claims(store) if (c["event"] or {}).get("type") == "ASSAULT"]


def test_the_doers_own_denial_of_the_act_contradicts_it(tmp_path, built):
    claims = assaults(tmp_path / "s.db", [accusation(built), denial(built, "Not one of the prisoners we held was beaten")])
    told = [c for c in claims if c["text"].startswith("six of")]
    assert len(told) == 1 and told[0]["contradicted"]
    assert told[0]["event"]["roles"]["actor"] == "Vessany"


def test_another_partys_denial_in_other_words_denies_nothing(tmp_path, built):
    claims = assaults(tmp_path / "s.db", [accusation(built),
                                          denial(built, "Not one of the prisoners we held was beaten", speaker="Ormland")])
    told = [c for c in claims if c["text"].startswith("six of")]
    assert len(told) == 1 and not told[0]["contradicted"]
