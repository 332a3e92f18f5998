"""A statement rejected as its maker's ("rejected Velmar's assertion that the dead were smugglers shot at the
border") denies the claim that maker's voices were cited for, in the words that claim was told in."""
from __future__ import annotations

from claimgraph.link import identities
from claimgraph.link.linker import rejected_maker

from tests.link.conftest import span_of
from tests.link.test_linker import store_all

SAID = "The dead were smugglers shot at the border crossing"
REJECTED = "the dead were smugglers shot at the border"


def test_the_maker_of_a_rejected_statement_is_read_from_its_sentence(tmp_path, built):
    from claimgraph.store import Store
    from claimgraph.link import link_pending
    text = f"Ilse Varro rejected Velmar's assertion that {REJECTED}."
    document = built(text, outlet="A", published="2025-05-02", entities=[("Velmar", "GPE")])
    with Store.open(tmp_path / "s.db") as store:
        store.write(*document)
        link_pending(store)
        claim = {"span": span_of(text, REJECTED)}
        assert rejected_maker(store, claim, text) is not None
        plain = f"Ilse Varro said that {REJECTED}."
        assert rejected_maker(store, {"span": span_of(plain, REJECTED)}, plain) is None


def spokesman_said(built):
    """The maker's claim, told by the spokesman of a body of the maker."""
    text = f"{SAID}, said Arvo Tamm, spokesman for the Velmar Interior Ministry."
    document, result = built(text, outlet="A", published="2025-05-02", claim=SAID, source=("Arvo Tamm", "person"),
                             entities=[("Arvo Tamm", "PERSON"), ("Velmar Interior Ministry", "ORG"), ("Velmar", "GPE")])
    result["relations"] += [
        {"type": "part_of", "subject": "Velmar Interior Ministry", "object": "Velmar",
         "evidence": span_of(text, "Velmar Interior Ministry")},
        {"type": "spokesperson_of", "subject": "Arvo Tamm", "object": "Velmar Interior Ministry",
         "evidence": span_of(text, "Arvo Tamm, spokesman for the Velmar Interior Ministry")}]
    return document, result


def test_a_rejected_statement_denies_the_makers_claim(tmp_path, built):
    made = spokesman_said(built)
    text = f"Ilse Varro rejected Velmar's assertion that {REJECTED}, calling it absurd."
    rejected = built(text, outlet="B", published="2025-05-03",
                     entities=[("Ilse Varro", "PERSON"), ("Velmar", "GPE")], claim=REJECTED,
                     source=("Ilse Varro", "person"), denied=True, certainty=-3)
    rows = store_all(tmp_path / "s.db", [made, rejected])
    assert rows[0][0] == rows[1][0]


def test_a_rejected_statement_of_another_maker_stays_apart(tmp_path, built):
    made = spokesman_said(built)
    text = f"Ilse Varro rejected Orvella's assertion that {REJECTED}, calling it absurd."
    rejected = built(text, outlet="B", published="2025-05-03",
                     entities=[("Ilse Varro", "PERSON"), ("Orvella", "GPE")], claim=REJECTED,
                     source=("Ilse Varro", "person"), denied=True, certainty=-3)
    rows = store_all(tmp_path / "s.db", [made, rejected])
    assert rows[0][0] != rows[1][0]


def test_reports_a_named_body_rejects_are_its_denial_not_the_reports_word(tmp_path, built):
    from tests.link.conftest import the_linked_claim
    burned = {"type": "ASSAULT", "roles": {"actor": "Velmari troops", "target": "the mill"}}
    told = built("Velmari troops burned the mill at Ostrey, two farmers told the Ledger.", outlet="Ledger",
                 published="2025-05-02", entities=[("Velmar", "GPE"), ("Ostrey", "GPE")],
                 claim="Velmari troops burned the mill at Ostrey", event=burned, source=("two farmers", "anonymous"))
    text = "Velmar's interior ministry rejected as false reports that Velmari troops burned the mill at Ostrey."
    denied = built(text, outlet="Wire", published="2025-05-03", entities=[("Velmar", "GPE"), ("Ostrey", "GPE")],
                   claim="Velmari troops burned the mill at Ostrey", event=burned,
                   source=("Velmar's interior ministry", "government"), denied=True)
    claim = the_linked_claim(tmp_path / "s.db", [told, denied], "ASSAULT")
    (denial,) = [m for m in claim["mentions"] if m["document"] == denied[0].id]
    assert denial["negative"] and denial["origin"] != "earlier reports"


def test_a_maker_named_by_its_common_noun_is_the_body_named_before(tmp_path, built):
    from claimgraph.store import Store
    from claimgraph.link import link_pending
    text = (f"Velmar's interior ministry said on Monday that {SAID}. Ilse Varro rejected the ministry's statement "
            f"that {REJECTED}. She also rejected his statement that {REJECTED}.")
    document = built(text, outlet="A", published="2025-05-02", entities=[("Velmar", "GPE")])
    with Store.open(tmp_path / "s.db") as store:
        store.write(*document)
        link_pending(store)
        first = text.index(REJECTED)
        claim = {"span": {"start": first, "end": first + len(REJECTED), "text": REJECTED}}
        assert rejected_maker(store, claim, text) == identities.lookup(store, "Velmar")[0]
        last = text.rindex(REJECTED)
        assert rejected_maker(store, {"span": {"start": last, "end": last + len(REJECTED), "text": REJECTED}},
                              text) is None  # a pronoun names no maker
