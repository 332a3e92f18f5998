"""A state's body given by its field ("Pellora's government cyber agency") in an article that names the one body of
that state doing that work ("the Pelloran Cyber Defence Centre") is that body: one origin with the body's name."""
from __future__ import annotations

from claimgraph.link.corroboration import linked_claims
from claimgraph.link.linker import link_pending
from claimgraph.store import Store

HACK = "Grey Heron had breached the networks of Orlen Shipping"
PARTIES = [("Grey Heron", "ORG"), ("Orlen Shipping", "ORG"), ("Pellora", "GPE")]
EVENT = {"type": "COERCE", "roles": {"actor": "Grey Heron", "target": "Orlen Shipping"}}


def claims_of(db, documents):
    with Store.open(db) as store:
        for document, result in documents:
            store.write(document, result)
        link_pending(store)
        return list(linked_claims(store))


def finding(built):
    text = f"The Pelloran Cyber Defence Centre said {HACK}."
    return built(text, outlet="Herald", published="2026-05-02", claim=HACK, event=EVENT,
                 entities=[*PARTIES, ("Pelloran Cyber Defence Centre", "ORG")],
                 source=("The Pelloran Cyber Defence Centre", "government"))


def described(built, description, named):
    text = f"{description} said {HACK}. {named} said it had studied the company's servers."
    return built(text, outlet="Post", published="2026-05-03", claim=HACK, event=EVENT,
                 entities=[*PARTIES, *([(named, "ORG")] if named[:1].isupper() else [])],
                 source=(description, "government"))


def hack(claims):
    return next(c for c in claims if "Orlen Shipping" in (c["event"] or {}).get("roles", {}).values())


def test_a_body_given_by_its_field_beside_its_name_is_one_origin(tmp_path, built):
    later = described(built, "Pellora's government cyber agency", "The Pelloran Cyber Defence Centre")
    claim = hack(claims_of(tmp_path / "s.db", [finding(built), later]))
    assert claim["articles"] == 2
    assert claim["independent_origins"] == 1


def test_a_body_of_another_field_stays_another_origin(tmp_path, built):
    later = described(built, "Pellora's government health agency", "The Pelloran Cyber Defence Centre")
    claim = hack(claims_of(tmp_path / "s.db", [finding(built), later]))
    assert claim["articles"] == 2
    assert claim["independent_origins"] == 2


def test_without_the_named_body_in_the_article_the_description_stays_its_own_origin(tmp_path, built):
    later = described(built, "Pellora's government cyber agency", "the agency")
    claim = hack(claims_of(tmp_path / "s.db", [finding(built), later]))
    assert claim["independent_origins"] == 2
