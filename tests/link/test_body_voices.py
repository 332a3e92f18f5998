"""A body and the people who speak for it are one voice: its name shortened to its first word in the article that
gave it in full, its head named after a person in apposition, its name after the nouns that class it, and an
indefinite description of its kind that the article then names."""
from __future__ import annotations

from claimgraph.link import identities
from claimgraph.store import Store

from tests.link.conftest import span_of

BURNED = {"type": "ASSAULT", "roles": {"actor": "Velmari troops", "target": "the mill"}}
CLAIM = "Velmari troops burned the mill at Ostrey"


def article(built, text, source, kind, outlet, published, entities):
    return built(text, outlet=outlet, published=published, claim=CLAIM, event=BURNED, source=(source, kind),
                 entities=[("Velmar", "GPE"), ("Ostrey", "GPE"), *entities])


def origins(path, articles):
    with Store.open(path) as store:
        for document, result in articles:
            store.write(document, result)
        from claimgraph.link import link_pending
        from claimgraph.link.corroboration import linked_claims
        link_pending(store)
        (claim,) = [c for c in linked_claims(store) if c["event"] and c["event"]["type"] == "ASSAULT"]
    return claim["origins"]


def test_a_one_word_name_opening_a_full_name_in_the_article_is_that_body(tmp_path, built):
    document = built("The charity Brannock Relief Fund said on Monday that the mill burned. Brannock's staff left.",
                     outlet="A", published="2025-05-02",
                     entities=[("Brannock Relief Fund", "ORG"), ("Brannock", "ORG")])
    with Store.open(tmp_path / "s.db") as store:
        store.write(*document)
        from claimgraph.link import link_pending
        link_pending(store)
        assert identities.lookup(store, "Brannock") == identities.lookup(store, "Brannock Relief Fund")


def test_a_head_named_after_a_person_speaks_for_the_body(tmp_path, built):
    first = article(built, f"{CLAIM}, Brannock Relief Fund said.", "Brannock Relief Fund", "organization", "A",
                    "2025-05-02", [("Brannock Relief Fund", "ORG")])
    second = article(built, f"{CLAIM}, said Ilse Varro, Brannock Relief Fund's director.", "Ilse Varro", "person",
                     "B", "2025-05-03", [("Ilse Varro", "PERSON"), ("Brannock Relief Fund", "ORG")])
    assert len(origins(tmp_path / "s.db", [first, second])) == 1


def test_a_name_after_the_nouns_that_class_it_is_no_outlet(tmp_path, built):
    first = article(built, f"{CLAIM}, Harlow Rights Monitor said.", "Harlow Rights Monitor", "organization", "A",
                    "2025-05-02", [("Harlow Rights Monitor", "ORG")])
    second = article(built, f"{CLAIM}, the aid group Harlow Rights Monitor said.",
                     "the aid group Harlow Rights Monitor", "outlet", "B", "2025-05-03",
                     [("Harlow Rights Monitor", "ORG")])
    assert len(origins(tmp_path / "s.db", [first, second])) == 1


def kind_and_name(built, text: str) -> list:
    """A first article naming the Harlow Monitoring Group, and a second telling the claim by "a monitoring group"
    beside the group's own words by name (in the order `text` gives)."""
    first = article(built, f"{CLAIM}, the Harlow Monitoring Group said.", "the Harlow Monitoring Group",
                    "organization", "A", "2025-05-02", [("Harlow Monitoring Group", "ORG")])
    document, result = article(built, text, "a monitoring group", "organization", "B", "2025-05-03",
                               [("Harlow Monitoring Group", "ORG")])
    named = {**result["attributions"][0], "id": "a2", "source": [span_of(text, "Harlow Monitoring Group")],
             "source_kind": "organization", "source_entity": "e3",
             "cue": [span_of(text, "said that")], "content": [span_of(text, "its staff had seen the fire")]}
    result["attributions"].append(named)
    return [first, (document, result)]


def test_a_body_told_by_its_kind_then_named_is_that_body(tmp_path, built):
    text = f"{CLAIM}, a monitoring group said. Harlow Monitoring Group said that its staff had seen the fire."
    assert len(origins(tmp_path / "s.db", kind_and_name(built, text))) == 1


def test_a_body_told_by_its_kind_after_a_named_one_is_another(tmp_path, built):
    text = f"Harlow Monitoring Group said that its staff had seen the fire. {CLAIM}, a monitoring group said."
    assert len(origins(tmp_path / "s.db", kind_and_name(built, text))) == 2
