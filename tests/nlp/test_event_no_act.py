"""Sentences written for these tests that tell no act between parties: 'pressed ahead with'
demands nothing of anyone, and a facility supplying goods ('the depot supplied army trucks') gives no aid."""
from __future__ import annotations

import pytest

from tests.conftest import event, hand_parse


def test_pressing_ahead_is_no_demand(analyse):
    r = analyse("Norwalia pressed ahead with the talks despite the protests.")
    assert not [e for e in r["events"] if e["trigger"]["text"] == "pressed"]
    demand = event(analyse("Norwalia pressed Kessar to free the detainees."), "pressed")
    assert demand["type"] == "DEMAND"


@pytest.mark.parametrize("text", [
    "The depot supplied army trucks.",
    "The warehouse supplied the rebels with rifles.",
])
def test_a_facility_supplying_is_no_aid(analyse, text):
    assert not [e for e in analyse(text)["events"] if e["type"] == "AID"], text


def test_a_party_supplying_is_aid(analyse):
    aid = event(analyse("The government of Varnis supplied the rebels with rifles."), "supplied")
    assert aid["type"] == "AID"


def test_papers_sent_are_no_aid(analyse):
    r = analyse("Two Ostrel auditors said their findings had been sent to prosecutors in Varn.")
    assert "sent" not in [e["trigger"]["text"] for e in r["events"]]


def test_a_hearing_a_court_holds_is_no_investigation(analyse):
    r = analyse("The Varn District Court will hold a first hearing on the Ostrel case next month.")
    assert "hearing" not in [e["trigger"]["text"] for e in r["events"]]
    r = analyse("The Ostrel senate committee will hold a hearing on the Varn contracts next month.")
    assert event(r, "hearing")["type"] == "INVESTIGATE"
    r = analyse("The Varn High Court opened a hearing into the legality of the Ostrel curfew.")
    assert event(r, "hearing")["type"] == "INVESTIGATE"


def test_a_hearing_held_at_a_court_is_no_investigation(analyse):
    r = analyse("A first hearing on the case was held at the Kestwyn Supreme Court on Monday.")
    assert "hearing" not in [e["trigger"]["text"] for e in r["events"]]
    r = analyse("A hearing into the Ostrel contracts was held at the Kestwyn Supreme Court on Monday.")
    assert event(r, "hearing")["type"] == "INVESTIGATE"


@pytest.mark.parametrize("text, word", [
    ("An envoy, who asked not to be named because the inquiry is continuing, said Vossland had paid.", "inquiry"),
    ("A Merrish diplomat, speaking on condition of anonymity because the talks were confidential, said the offer "
     "stood.", "talks"),
    ("Two officers said on condition of anonymity because an investigation was under way that the pilots had fled.",
     "investigation"),
])
def test_the_reason_a_source_withholds_its_name_is_no_act(analyse, text, word):
    assert word not in [e["trigger"]["text"] for e in analyse(text)["events"]]


def test_a_reason_that_is_no_anonymity_keeps_its_act(analyse):
    r = analyse("The Tarvish minister resigned because the inquiry into the ministry was continuing.")
    assert event(r, "inquiry")["type"] == "INVESTIGATE"


def test_a_source_briefed_on_an_act_describes_the_source(analyse):
    r = analyse("The Kelmark Courier, citing two officials briefed on the negotiations, reported that Ostra had "
                "withdrawn its envoy.")
    assert "negotiations" not in [e["trigger"]["text"] for e in r["events"]]
    r = analyse("Ostra briefed allies on the negotiations with Vossland on Monday.")
    assert event(r, "negotiations")["type"] == "CONSULT"


@pytest.mark.parametrize("tag", ["VBD", "VBN"])
def test_a_clause_whose_verb_is_briefed_keeps_its_act(nlp, tag):
    # "Ostra briefed allies on the negotiations.", with "on" hung on the verb whichever tag it gets: the verb tells
    # the briefing, it describes no source
    rows = [("Ostra", 1, "nsubj", "PROPN", "NNP", "Ostra"), ("briefed", 1, "ROOT", "VERB", tag, "brief"),
            ("allies", 1, "dobj", "NOUN", "NNS", "ally"), ("on", 1, "prep", "ADP", "IN", "on"),
            ("the", 5, "det", "DET", "DT", "the"), ("negotiations", 3, "pobj", "NOUN", "NNS", "negotiation"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    events = nlp.get_pipe("claimgraph_events")(hand_parse(nlp.vocab, rows))._.cg_events
    assert "negotiations" in [e.trigger.text for e in events]


@pytest.mark.parametrize("text", [
    "The estimate rests partly on intelligence obtained about talks between Ostra and the Vell Front.",
    "The ministry said it had information about negotiations between Ostra and the Vell Front.",
])
def test_an_act_that_is_the_topic_of_knowledge_held_is_no_event(analyse, text):
    assert not [e for e in analyse(text)["events"] if e["type"] == "CONSULT"]


def test_an_act_spoken_about_is_still_told(analyse):
    r = analyse("The minister spoke about the talks between Ostra and the Vell Front on Monday.")
    assert event(r, "talks")["type"] == "CONSULT"


@pytest.mark.parametrize("text", [
    "A spokesman said the Varn Brigades would use every means available to defend Tarsk.",
    "The Varn Brigades vowed on Monday to defend the town of Arvel.",
])
def test_a_place_to_be_defended_is_no_words_of_support(analyse, text):
    assert not [e for e in analyse(text)["events"] if e["type"] == "SUPPORT"]


@pytest.mark.parametrize("text", [
    "Ostra defended Vessia on Monday.",
    "Ostra said it would defend Vessia against Western criticism of its arms trade.",
])
def test_a_party_defended_is_spoken_for(analyse, text):
    assert event(analyse(text), "defended" if "defended" in text else "defend")["type"] in {"SUPPORT", "AGREE"}


@pytest.mark.parametrize("text", [
    "A Merrish spokesman said Ostran troops entering Tarsk would be welcomed as brothers.",
    "The mayor of Pellan welcomed the refugees at the station on Monday.",
])
def test_people_welcomed_are_received_not_praised(analyse, text):
    assert not [e for e in analyse(text)["events"] if e["type"] == "SUPPORT"]


def test_a_step_welcomed_is_praise(analyse):
    r = analyse("The Merrish government welcomed the ruling of the Ostran court on Monday.")
    assert event(r, "welcomed")["type"] == "SUPPORT"


def test_a_gerund_naming_a_kind_of_firm_is_no_act(analyse):
    r = analyse("Investigators said the two men were paid through a shipping company in Ostra.")
    assert "shipping" not in [e["trigger"]["text"] for e in r["events"]]
    r = analyse("Investigators said Ostra had been shipping rifles to the Vell Front since March.")
    assert event(r, "shipping")["type"] == "AID"


def test_a_gerund_before_an_act_head_keeps_its_act(nlp):
    # "Ostra began a shelling campaign against the port.", with "shelling" read as a verb compounded with its noun
    rows = [("Ostra", 1, "nsubj", "PROPN", "NNP", "Ostra"), ("began", 1, "ROOT", "VERB", "VBD", "begin"),
            ("a", 4, "det", "DET", "DT", "a"), ("shelling", 4, "compound", "VERB", "VBG", "shell"),
            ("campaign", 1, "dobj", "NOUN", "NN", "campaign"), ("against", 4, "prep", "ADP", "IN", "against"),
            ("the", 7, "det", "DET", "DT", "the"), ("port", 5, "pobj", "NOUN", "NN", "port"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    events = nlp.get_pipe("claimgraph_events")(hand_parse(nlp.vocab, rows))._.cg_events
    assert "shelling" in [e.trigger.text for e in events]
