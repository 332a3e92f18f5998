"""One identity per entity across articles: aliases, a leading article, spelling variants, surnames of people."""
from __future__ import annotations

import json

import pytest

from claimgraph.link import identities
from claimgraph.link.normalise import name_key
from claimgraph.settings import Linking
from claimgraph.store import Store


@pytest.fixture
def resolve(tmp_path):
    store = Store.open(tmp_path / "s.db")
    counter = iter(range(1, 1000))

    def run(name, type_=None, aliases=(), linking=Linking()):
        key = next(counter)
        with store.transaction() as db:
            db.execute("INSERT INTO documents (id, document_id, content_hash, text, analysed_at, result_json)"
                       " VALUES (?, ?, ?, '', '', '{}')", (key, f"d{key}", f"h{key}"))
            found = identities.resolve(store, key, [{"id": "e1", "name": name, "type": type_,
                                                  "aliases": list(aliases)}], linking)
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


def test_fuzzy_matching_follows_the_linking_settings(resolve):
    # a stricter spelling ratio keeps the variants apart; a block of one identity is skipped when none may be
    exact = Linking(fuzzy_ratio=100)
    assert resolve("Dariusz Wolanski", "PERSON") != resolve("Dariusz Wolansky", "PERSON", linking=exact)
    assert resolve("Marta Ostrowicz", "PERSON") != resolve("Marta Ostrowitz", "PERSON", linking=Linking(max_block=0))
    # the same spellings under the defaults are one identity
    assert resolve("Halina Brzezicka", "PERSON") == resolve("Halina Brzezycka", "PERSON")


def test_surname_of_a_person(resolve):
    assert resolve("Ilka Voss", "PERSON") == resolve("Voss", "PERSON")


def test_names_sharing_a_word_stay_apart(resolve):
    assert resolve("Calder Brigade", "ORG") != resolve("Calder Group", "ORG")


def test_ambiguous_surname_is_not_guessed(resolve):
    resolve("Ilka Voss", "PERSON")
    resolve("Anton Voss", "PERSON")
    first = resolve("Voss", "PERSON")
    assert first not in (resolve("Ilka Voss", "PERSON"), resolve("Anton Voss", "PERSON"))


def test_a_party_and_its_government_are_one_identity(resolve):
    country = resolve("Ustria", "GPE")
    assert resolve("Ustria's government", "ORG") == country
    assert resolve("the government of Ustria", "ORG") == country
    assert resolve("Ustrian authorities", "ORG") == country


def test_a_demonym_alone_means_the_place(resolve):
    country = resolve("Kelmarra", "GPE")
    assert resolve("Kelmarran", "NORP") == country


def test_a_short_form_after_the_full_name(resolve):
    paper = resolve("The Penhallow Courier", "ORG")
    assert resolve("the Courier", "ORG") == paper


def test_a_full_name_after_its_short_form_takes_the_same_identity(resolve):
    short = resolve("the Sentinels", "ORG")
    assert resolve("Orvin Sentinels", "ORG") == short


def test_a_company_without_its_designator(resolve):
    firm = resolve("Caldmere Logistics", "ORG")
    assert resolve("Caldmere", "ORG") == firm


def test_a_place_is_not_the_body_named_after_it(resolve):
    railway = resolve("Ustria Rail", "ORG")
    assert resolve("Ustria", "GPE") != railway


def test_each_merge_keeps_its_evidence(tmp_path):
    with Store.open(tmp_path / "e.db") as store:
        with store.transaction() as db:
            for key, name in ((1, "Ustria"), (2, "the government of Ustria")):
                db.execute("INSERT INTO documents (id, document_id, content_hash, text, analysed_at, result_json)"
                           " VALUES (?, ?, ?, '', '', '{}')", (key, f"d{key}", f"h{key}"))
                identities.resolve(store, key, [{"id": "e1", "name": name, "type": "GPE", "aliases": []}])
        found = {e["name"]: e for e in identities.evidence(store, 1)}
    assert found["government of ustria"]["rule"] == "governing"
    assert found["government of ustria"]["document"] == "d2"


def store_texts(tmp_path, texts):
    """Link bare texts (no analysis) so that only the text patterns of identities act."""
    from claimgraph.link.linker import link_one
    store = Store.open(tmp_path / "t.db")
    with store.transaction() as db:
        for key, (text, entities) in enumerate(texts, start=1):
            db.execute("INSERT INTO documents (id, document_id, content_hash, text, analysed_at, result_json)"
                       " VALUES (?, ?, ?, ?, '', ?)", (key, f"d{key}", f"h{key}", text,
                                                       json.dumps({"entities": entities, "claims": []})))
            link_one(store, key)
    return store


def entity(id_, name, type_="GPE"):
    return {"id": id_, "name": name, "type": type_, "aliases": [], "mentions": []}


def test_the_government_in_a_place_is_the_state_named_beside_it(tmp_path):
    store = store_texts(tmp_path, [
        ("Ustrian envoys met in Halden on Monday. Ustria says talks in Halden went well.",
         [entity("e1", "Ustria"), entity("e2", "Halden")]),
        ("Kelmarra's embassy in Halden was closed. Kelmarra protested to the government in Halden.",
         [entity("e1", "Kelmarra"), entity("e2", "Halden")]),
    ])
    with store:
        ustria = identities.lookup(store, "Ustria")
        assert identities.lookup(store, "the government in Halden") == ustria
        assert identities.lookup(store, "officials in Halden") == ustria
        assert identities.lookup(store, "Halden") != ustria


def test_a_party_named_only_in_quoted_words_is_no_evidence_of_the_seat(tmp_path):
    store = store_texts(tmp_path, [
        ("Ustria opened a school in Halden. Ustria said the school in Halden cost little.",
         [entity("e1", "Ustria"), entity("e2", "Halden")]),
        ('"Kelmarra is lying," a minister said in Halden. "Kelmarra wants the river," he said in Halden.\n'
         '"Ask the press of Kelmarra," an aide said in Halden.',
         [entity("e1", "Kelmarra"), entity("e2", "Halden")]),
    ])
    with store:
        assert identities.lookup(store, "the government in Halden") == identities.lookup(store, "Ustria")


def test_quoted_words_are_blanked_to_the_end_of_an_open_paragraph():
    text = 'He said "Ustria lied" in Halden.\n"Kelmarra is next. It\n"will fall," she said.'
    blanked = identities.outside_quotes(text)
    assert len(blanked) == len(text)
    assert "Ustria" not in blanked and "Kelmarra" not in blanked and "fall" not in blanked
    assert "Halden" in blanked and "she said" in blanked


def test_a_place_without_enough_evidence_is_nobody_yet(tmp_path):
    store = store_texts(tmp_path, [("Officials in Brask declined to comment.", [entity("e1", "Brask")])])
    with store:
        assert identities.lookup(store, "the government in Brask") == []


def test_a_ministry_opening_a_lead_under_a_dateline_speaks_from_its_seat(tmp_path):
    store = store_texts(tmp_path, [
        ("HALDEN (Agency) - Ustria's foreign ministry on Monday rejected the report as false.",
         [entity("e1", "Ustria"), entity("e2", "Halden")]),
        ("Officials in Halden declined to comment.", [entity("e1", "Halden")]),
    ])
    with store:
        assert identities.lookup(store, "officials in Halden") == identities.lookup(store, "Ustria")


@pytest.mark.parametrize("lead", [
    # the state's body named at the lead's end, or the state alone opening it: a wire lead names every party
    "HALDEN (Agency) - Kelmarra sent troops to the border, Ustria's foreign ministry said.",
    "HALDEN (Agency) - Ustria rejected the report as false.",
    # no dateline: the sentence names the place and the state once, as any sentence does
    "Ustria's foreign ministry in Halden rejected the report as false.",
])
def test_a_single_sentence_otherwise_names_no_seat(tmp_path, lead):
    store = store_texts(tmp_path, [
        (lead, [entity("e1", "Ustria"), entity("e2", "Halden"), entity("e3", "Kelmarra")]),
        ("Officials in Halden declined to comment.", [entity("e1", "Halden")]),
    ])
    with store:
        assert identities.lookup(store, "officials in Halden") == []


def test_a_name_given_as_also_known_as_joins_the_identity(tmp_path):
    store = store_texts(tmp_path, [
        ("Team 42 of the Kelmarran navy, also known as Grey Heron, denied it.",
         [entity("e1", "Grey Heron", "ORG")]),
        ("The Pellan-9, which the Ustrian army designates PR-9, has a long range.", []),
    ])
    with store:
        heron = identities.lookup(store, "Grey Heron")
        assert len(heron) == 1 and identities.lookup(store, "Team 42") == heron
        rocket = identities.lookup(store, "Pellan-9")
        assert len(rocket) == 1 and identities.lookup(store, "PR-9") == rocket


def test_a_designator_alone_is_no_short_form(resolve):
    firm = resolve("Caldmere Security", "ORG")
    assert resolve("security forces", "ORG") != firm


@pytest.mark.parametrize("text", [
    "Harlen Vossberg, Ustria's Interior Minister, said the ruling stands.",
    "Ustria's Interior Minister said on Monday the ruling stands. Interior Minister Harlen Vossberg told reporters more.",
])
def test_an_office_with_its_state_names_the_person_holding_it(tmp_path, text):
    with Store.open(tmp_path / "s.db") as store, store.transaction() as db:
        db.execute("INSERT INTO documents (id, document_id, content_hash, text, analysed_at, result_json)"
                   " VALUES (1, 'd1', 'h1', '', '', '{}')")
        person = identities.resolve(store, 1, [{"id": "e1", "name": "Harlen Vossberg", "type": "PERSON", "aliases": []}])
        identities.record_aliases(store, text, 1)
        assert identities.lookup(store, "Ustria's Interior Minister") == [person["e1"]]
        # the office alone may be any state's
        assert identities.lookup(store, "Interior Minister") != [person["e1"]]


def test_a_state_s_name_is_no_alias_of_a_firm_named_after_it(resolve):
    state = resolve("Ostvar", "GPE")
    firm = resolve("Ostvar Rail", "ORG", aliases=["Ostvar"])
    assert firm != state
    assert resolve("Ostvar", "GPE") == state


def test_a_state_is_not_the_firm_with_a_designator_named_after_it(resolve):
    firm = resolve("Ostvar Shipping", "ORG")
    assert resolve("Ostvar", "GPE") != firm


@pytest.mark.parametrize("members", ["Officers of Kestmark", "Kestmark troops"])
def test_a_name_for_a_partys_members_joins_it_but_never_renames_it(tmp_path, members):
    # "Officers of Kestmark's intelligence service" opening an article: the officers belong to the state, and the
    # state keeps its own name ("Kestmark's energy ministry" must not read "Officers of Kestmark's energy ministry")
    store = Store.open(tmp_path / "s.db")
    found = []
    for key, (name, type_) in enumerate([("Kestmark", "GPE"), (members, "ORG")], start=1):
        with store.transaction() as db:
            db.execute("INSERT INTO documents (id, document_id, content_hash, text, analysed_at, result_json)"
                       " VALUES (?, ?, ?, '', '', '{}')", (key, f"d{key}", f"h{key}"))
            found.append(identities.resolve(store, key, [{"id": "e1", "name": name, "type": type_, "aliases": []}],
                                            Linking())["e1"])
            name = db.execute("SELECT name FROM entity_identities WHERE id = ?", (found[0],)).fetchone()[0]
    store.close()
    assert found[0] == found[1] and name == "Kestmark"


def test_a_person_named_with_an_office_or_rank_is_the_person(tmp_path):
    store = store_texts(tmp_path, [
        ("Brigadier Ansel Marrow said the unit had left. Interior Minister Pell Ostrava denied it.",
         [entity("e1", "Ansel Marrow", "PERSON"), entity("e2", "Pell Ostrava", "PERSON")]),
    ])
    with store:
        ostrava = identities.lookup(store, "Pell Ostrava")
        assert len(ostrava) == 1
        assert identities.lookup(store, "Deputy Interior Minister Pell Ostrava") == ostrava
        assert identities.lookup(store, "Lieutenant Colonel Pell Ostrava") == ostrava
        # an office before a name nobody bears names no one
        assert identities.lookup(store, "Interior Minister Tarn Ostrava") == []
