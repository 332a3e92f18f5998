"""One identity per entity across articles: aliases, a leading article, spelling variants, surnames of people."""
from __future__ import annotations

import pytest

from claimgraph.link import identities
from claimgraph.link.normalise import name_key
from claimgraph.store import Store


@pytest.fixture
def resolve(tmp_path):
    store = Store.open(tmp_path / "s.db")
    counter = iter(range(1, 1000))

    def run(name, type_=None, aliases=()):
        key = next(counter)
        with store.transaction() as db:
            db.execute("INSERT INTO documents (id, document_id, content_hash, text, analysed_at, result_json)"
                       " VALUES (?, ?, ?, '', '', '{}')", (key, f"d{key}", f"h{key}"))
            found = identities.resolve(db, key, [{"id": "e1", "name": name, "type": type_,
                                                  "aliases": list(aliases)}])
        return found["e1"]
    yield run
    store.close()


def test_name_key():
    assert name_key("The Calder Brigade's") == "calder brigade"
    assert name_key("Zoë  Ândré") == "zoe andre"


def test_same_name_with_and_without_article(resolve):
    assert resolve("Calder Brigade", "ORG") == resolve("the Calder Brigade", "ORG")


def test_alias_links(resolve):
    first = resolve("Northern Defence League", "ORG", aliases=["NDL"])
    assert resolve("NDL", "ORG") == first


def test_spelling_variant(resolve):
    assert resolve("Volodymyr Zelenskyy", "PERSON") == resolve("Volodymyr Zelensky", "PERSON")


def test_surname_of_a_person(resolve):
    assert resolve("Ilka Marsh", "PERSON") == resolve("Marsh", "PERSON")


def test_names_sharing_a_word_stay_apart(resolve):
    assert resolve("Calder Brigade", "ORG") != resolve("Calder Group", "ORG")


def test_ambiguous_surname_is_not_guessed(resolve):
    resolve("Ilka Marsh", "PERSON")
    resolve("Tomas Marsh", "PERSON")
    first = resolve("Marsh", "PERSON")
    assert first not in (resolve("Ilka Marsh", "PERSON"), resolve("Tomas Marsh", "PERSON"))
