"""Mentions that leave a role of the claim empty or tell its act in other words: an act by the claim's doer naming
nobody done to, a clause the analysis gave no event ("taken into custody by"), a generic "attacked" for a hack."""
from __future__ import annotations

import pytest

from claimgraph.link import identities, link_pending
from claimgraph.link.acts import acts_told, generic
from claimgraph.link.normalise import name_key
from claimgraph.store import Store

from tests.link.conftest import span_of

DETAIN = {"type": "COERCE", "roles": {"actor": "Harrow Guard", "recipient": "Hedda Vosk"}}
PEOPLE = [("Harrow Guard", "ORG"), ("Hedda Vosk", "PERSON")]


def linked(db, documents):
    """The linked claim of each document's claim, in the order given."""
    with Store.open(db) as store:
        for document, result in documents:
            store.write(document, result)
        link_pending(store)
        rows = store.query("SELECT d.document_id, m.linked_claim FROM linked_claim_mentions m JOIN documents d"
                           " ON d.id = m.document ORDER BY d.id")
        return [row[1] for row in rows]


def first_report(built):
    return built("The Harrow Guard detained Hedda Vosk at a checkpoint in Tarn.", outlet="A", published="2025-03-02",
                 url="https://a.example/1", entities=PEOPLE,
                 claim="The Harrow Guard detained Hedda Vosk at a checkpoint in Tarn", event=DETAIN)


def test_an_act_by_the_same_doer_naming_nobody_done_to_is_another_claim(tmp_path, built):
    other = built("The Harrow Guard detained two farmers near the river crossing.", outlet="B",
                  published="2025-03-03", url="https://b.example/1", entities=[("Harrow Guard", "ORG")],
                  claim="The Harrow Guard detained two farmers near the river crossing",
                  event={"type": "COERCE", "roles": {"actor": "Harrow Guard"}})
    first, second = linked(tmp_path / "s.db", [first_report(built), other])
    assert first != second


def test_an_act_by_the_same_doer_whose_sentence_names_the_party_done_to_joins(tmp_path, built):
    text = "Hedda Vosk was stopped on her way home, and the Harrow Guard detained her at dawn, a neighbour said."
    same = built(text, outlet="B", published="2025-03-03", url="https://b.example/2", entities=PEOPLE,
                 claim="the Harrow Guard detained her at dawn",
                 event={"type": "COERCE", "roles": {"actor": "Harrow Guard"}})
    first, second = linked(tmp_path / "s.db", [first_report(built), same])
    assert first == second


def test_a_clause_telling_the_state_an_arrest_leaves_joins_the_arrest(tmp_path, built):
    text = "Hedda Vosk has been taken into custody by the Harrow Guard, her brother said."
    clause = built(text, outlet="B", published="2025-03-03", url="https://b.example/3", entities=PEOPLE,
                   claim="Hedda Vosk has been taken into custody by the Harrow Guard")
    first, second = linked(tmp_path / "s.db", [first_report(built), clause])
    assert first == second


def test_a_clause_naming_both_parties_without_the_act_stays_apart(tmp_path, built):
    text = "Hedda Vosk praised the Harrow Guard for its discipline at a rally, her brother said."
    clause = built(text, outlet="B", published="2025-03-03", url="https://b.example/4", entities=PEOPLE,
                   claim="Hedda Vosk praised the Harrow Guard for its discipline at a rally")
    first, second = linked(tmp_path / "s.db", [first_report(built), clause])
    assert first != second


HACK = {"type": "COERCE", "roles": {"actor": "Kestrel Unit", "recipient": "Varno Port Board"}}
HACKERS = [("Kestrel Unit", "ORG"), ("Varno Port Board", "ORG")]


@pytest.mark.parametrize("words, event_type, patient, joins", [
    ("Kestrel Unit attacked the Varno Port Board", "ASSAULT", "Varno Port Board", True),
    ("Kestrel Unit bombed the Varno Port Board", "ASSAULT", "Varno Port Board", False),
    ("Kestrel Unit attacked the Tolm Water Board", "ASSAULT", "Tolm Water Board", False),
])
def test_a_generic_attack_on_the_same_party_by_the_same_doer_is_the_claim(tmp_path, built, words, event_type,
                                                                          patient, joins):
    first = built("Kestrel Unit hacked into the systems of the Varno Port Board.", outlet="A",
                  published="2025-05-02", url="https://a.example/5", entities=HACKERS,
                  claim="Kestrel Unit hacked into the systems of the Varno Port Board", event=HACK)
    second = built(f"{words}, the minister said.", outlet="B", published="2025-05-04", url="https://b.example/5",
                   entities=[("Kestrel Unit", "ORG"), (patient, "ORG")], claim=words,
                   event={"type": event_type, "roles": {"actor": "Kestrel Unit", "recipient": patient}})
    one, two = linked(tmp_path / "s.db", [first, second])
    assert (one == two) is joins


@pytest.mark.parametrize("text, kind", [
    ("was taken into custody by the border police", "COERCE"),
    ("is being held at a police station", "COERCE"),
    ("remains in custody", "COERCE"),
    ("the two sides held talks in the capital", "CONSULT"),
])
def test_the_act_a_clause_tells(text, kind):
    assert kind in acts_told(text)


def test_a_month_is_no_act_and_held_talks_no_arrest():
    assert "PROTEST" not in acts_told("the truce had held since March")
    assert "COERCE" not in acts_told("the two sides held talks in the capital")


def test_attack_is_a_generic_word_for_a_hostile_act():
    assert generic("attacked") and generic("the attack")
    assert not generic("hacked into") and not generic("shelled")


@pytest.mark.parametrize("name, key", [("Ms Vosk", "vosk"), ("Mr. Tarran Obi", "tarran obi"), ("Dr Enna Hale", "enna hale"),
                                       ("Mrs", "mrs"), ("Drum Valley Herald", "drum valley herald")])
def test_a_courtesy_title_is_no_part_of_a_name(name, key):
    assert name_key(name) == key


def test_a_proper_name_after_its_possessor_is_the_name(tmp_path):
    with Store.open(tmp_path / "s.db") as store:
        with store.transaction():
            state = identities.resolve_name(store, "Norland")
            bureau = identities.resolve_name(store, "Coastal Intelligence Bureau")
        assert identities.lookup(store, "Norland's Coastal Intelligence Bureau") == [bureau]
        assert identities.lookup(store, "Tessel's Coastal Intelligence Bureau") == []
        assert state != bureau


def test_an_act_told_by_its_doer_alone_and_by_its_target_alone_is_one_claim(tmp_path, built):
    hack = {"type": "COERCE", "roles": {"actor": "Kestrel Unit"}}
    first = built("Kestrel Unit carried out the cyberattack that shut the port last week.", outlet="A",
                  published="2025-05-02", url="https://a.example/6", entities=[("Kestrel Unit", "ORG")],
                  claim="Kestrel Unit carried out the cyberattack that shut the port last week", event=hack)
    text = "Investigators blamed Kestrel Unit for last week's cyberattack on the Varno Port Board."
    second = built(text, outlet="B", published="2025-05-03", url="https://b.example/6", entities=HACKERS,
                   claim="last week's cyberattack on the Varno Port Board",
                   event={"type": "COERCE", "roles": {"recipient": "Varno Port Board"}})
    one, two = linked(tmp_path / "s.db", [first, second])
    assert one == two


def test_an_act_told_by_its_target_alone_in_an_article_not_naming_the_doer_stays_apart(tmp_path, built):
    hack = {"type": "COERCE", "roles": {"actor": "Kestrel Unit"}}
    first = built("Kestrel Unit carried out the cyberattack that shut the port last week.", outlet="A",
                  published="2025-05-02", url="https://a.example/7", entities=[("Kestrel Unit", "ORG")],
                  claim="Kestrel Unit carried out the cyberattack that shut the port last week", event=hack)
    text = "Last week's cyberattack on the Varno Port Board stopped the cranes."
    second = built(text, outlet="B", published="2025-05-03", url="https://b.example/7",
                   entities=[("Varno Port Board", "ORG")],
                   claim="Last week's cyberattack on the Varno Port Board stopped the cranes",
                   event={"type": "COERCE", "roles": {"recipient": "Varno Port Board"}})
    one, two = linked(tmp_path / "s.db", [first, second])
    assert one != two


@pytest.mark.parametrize("words, giver", [
    ("his fighters had received the shipment of shells from Norland", "Norland"),
    ("the unit obtained rifles from the Harrow Guard last week", "the Harrow Guard"),
    ("his fighters had received the shells", None),
    ("the unit received praise; the rifles came from Norland", None),
])
def test_the_giver_of_an_act_told_by_a_verb_of_receiving_stands_after_from(words, giver):
    from claimgraph.link.linker import given_by
    verb = next(w for w in words.split() if w in ("received", "obtained"))
    start = words.index(verb)
    event = {"type": "AID", "trigger": {"start": start, "end": start + len(verb), "text": verb},
             "roles": {"recipient": "his fighters"}}
    found = given_by(event, {"start": 0, "end": len(words), "text": words})
    assert found["roles"].get("actor") == giver


def test_a_claim_whose_event_names_no_party_is_linked_by_the_act_inside_it_that_does():
    from claimgraph.link.linker import with_parties
    words = "The suspension of fuel deliveries to Tessel has forced stations to ration sales"
    claim = {"span": {"start": 0, "end": len(words), "text": words}}
    sales = {"id": "v2", "type": "AID", "roles": {}, "trigger": {"start": words.index("sales"), "end": len(words)}}
    start = words.index("suspension")
    suspension = {"id": "v1", "type": "SANCTION", "roles": {"recipient": "Tessel"},
                  "trigger": {"start": start, "end": start + len("suspension")}}
    assert with_parties(sales, claim, [suspension]) is suspension
    assert with_parties(sales, claim, []) is sales
    assert with_parties(suspension, claim, [sales]) is suspension


def test_an_act_whose_verb_the_cue_took_is_the_act_its_content_tells(tmp_path, built):
    """"Hollen threatened on Monday to outlaw the Sorrel League over the marches": the cue holds the act's verb, the
    content only its object and an act naming nobody (the marches); the act of the cue is what the claim tells."""
    people = [("Tarv Hollen", "PERSON"), ("Sorrel League", "ORG")]
    ban = {"type": "COERCE", "roles": {"actor": "Tarv Hollen", "recipient": "Sorrel League"}}
    first = built("Tarv Hollen said he would ban the Sorrel League.", outlet="A", published="2025-03-02",
                  url="https://a.example/1", entities=people, claim="ban the Sorrel League", event=ban)
    text = "Tarv Hollen threatened on Monday to outlaw the Sorrel League over the marches."
    document, result = built(text, outlet="B", published="2025-03-03", url="https://b.example/1", entities=people,
                             claim="the Sorrel League over the marches", source=("Tarv Hollen", "person"),
                             event={"type": "PROTEST", "roles": {}})
    result["attributions"][0]["cue"] = [span_of(text, "threatened on Monday to outlaw")]
    result["events"][0]["trigger"] = span_of(text, "marches")
    result["events"].append({"id": "v2", "type": "COERCE", "trigger": span_of(text, "outlaw"),
                             "roles": {"actor": "Tarv Hollen"}, "attribution": None,
                             "certainty": {"value": 2, "label": "probable", "cue": []}})
    assert linked(tmp_path / "s.db", [first, (document, result)]) == [1, 1]
    # with no act in the cue the claim stays apart, told by its own act
    result["events"].pop()
    assert linked(tmp_path / "t.db", [first, (document, result)]) == [1, 2]
