"""Events on sentences written for these tests: evading sanctions is a crime against them and no sanction, an
infinitive of purpose is done by the subject of the verb it serves, a shell company is a kind of company, and a
company whose name ends in a business noun ('... Tankers', '... Trading') is an organisation that can act."""
from __future__ import annotations

import pytest

from tests.conftest import event, hand_parse


def sanctions(result):
    return [e for e in result["events"] if e["type"] == "SANCTION"]


@pytest.mark.parametrize("text, trigger", [
    ("The broker Aldo Vrane helped the firm to evade sanctions on Ostrava, prosecutors said.", "evade"),
    ("Prosecutors said the shipping group had evaded sanctions for years.", "evaded"),
    ("The captain admitted he had broken sanctions by selling fuel to Ostrava.", "broken"),
    ("The tanker began carrying oil in breach of the sanctions last spring.", "breach"),
])
def test_evading_sanctions_is_a_crime_and_no_sanction(analyse, text, trigger):
    r = analyse(text)
    crime = event(r, trigger)
    assert crime["type"] == "CRIME" and crime["mode"] == "sanctions-evasion"
    assert not sanctions(r), text


def test_the_doer_of_a_purpose_misread_as_a_preposition_is_the_main_subject(analyse):
    for text in ("Pellor Marine moved the crude in tankers to circumvent sanctions.",
                 "The traders relied on front companies to circumvent sanctions."):
        r = analyse(text)
        crime = event(r, "circumvent")
        assert crime["type"] == "CRIME", text
        assert crime["roles"].get("actor", "").endswith(("Pellor Marine", "traders")), text
        assert not sanctions(r), text


def test_in_order_to_passes_the_doer_down(analyse):
    r = analyse("The group shipped fuel through Vantoria in order to evade sanctions.")
    assert event(r, "evade")["roles"].get("actor") == "group"


def test_a_breach_hung_on_the_object_is_the_verbs_subjects(nlp):
    rows = [("The", 1, "det", "DET", "DT", "the"), ("tanker", 2, "nsubj", "NOUN", "NN", "tanker"),
            ("began", 2, "ROOT", "VERB", "VBD", "begin"), ("carrying", 2, "xcomp", "VERB", "VBG", "carry"),
            ("oil", 3, "dobj", "NOUN", "NN", "oil"), ("in", 4, "prep", "ADP", "IN", "in"),
            ("breach", 5, "pobj", "NOUN", "NN", "breach"), ("of", 6, "prep", "ADP", "IN", "of"),
            ("the", 9, "det", "DET", "DT", "the"), ("sanctions", 7, "pobj", "NOUN", "NNS", "sanction"),
            (".", 2, "punct", "PUNCT", ".", ".")]
    doc = nlp.get_pipe("claimgraph_events")(hand_parse(nlp.vocab, rows))
    [crime] = doc._.cg_events
    assert crime.type == "CRIME" and crime.role_spans["actor"].text == "tanker"


def test_a_shell_company_is_no_shelling(analyse):
    for text in ("The owners transferred their tankers to shell companies in Vantoria.",
                 "A shell company registered in Vantoria bought the vessel in May.",
                 "The traders used shell firms to hide the cargo."):
        r = analyse(text)
        assert not [e for e in r["events"] if e["type"] == "FIGHT"], text
        assert not [e for e in r["events"] if e.get("mode") == "heavy-weapons"], text


def test_shelling_is_still_shelling(analyse):
    r = analyse("Government forces began to shell the town of Vantoria on Monday.")
    assert event(r, "shell")["type"] == "FIGHT"


def test_an_act_inside_a_conditional_classification_is_no_event(analyse):
    r = analyse("The records, if genuine, would be the first known case of a Dellan firm evading the sanctions.")
    assert not [e for e in r["events"] if e["type"] in {"CRIME", "SANCTION"}]
    r = analyse("The records show a Dellan firm had evaded the sanctions.")
    assert event(r, "evaded")["type"] == "CRIME"


def test_a_clause_inside_the_conditional_classification_still_tells_its_act(analyse):
    r = analyse("The records, if genuine, would be the first known case of a Dellan firm evading the sanctions "
                "imposed on it in May.")
    assert event(r, "imposed")["type"] == "SANCTION"


def test_a_name_ending_in_a_plural_business_noun_is_an_organisation(analyse):
    r = analyse("Tamsin Tankers sold two ships to a buyer in Vantoria, and Corvel Trading shipped the fuel.")
    types = {e["name"]: e["type"] for e in r["entities"]}
    assert types.get("Tamsin Tankers") == "ORG" and types.get("Corvel Trading") == "ORG"


@pytest.mark.parametrize("text, trigger, doer", [
    ("Regulators fined a Panama-registered shipping company evading sanctions on Syria.", "evading",
     "shipping company"),
    ("Police arrested gunmen attacking a checkpoint near Basra.", "attacking", "gunmen"),
])
def test_a_reduced_relative_participle_is_done_by_its_noun(analyse, text, trigger, doer):
    assert doer in event(analyse(text), trigger)["roles"].get("actor", "")
