"""Event roles on trees where the parser hangs the clause's subject on an auxiliary instead of on the verb it serves
('the trawler was smuggling petrol' with 'the trawler' under 'was'): the subject is still the verb's."""
from __future__ import annotations

from tests.conftest import hand_parse


def events_of(nlp, rows):
    return nlp.get_pipe("claimgraph_events")(hand_parse(nlp.vocab, rows))._.cg_events


def test_a_subject_hung_on_the_auxiliary_is_the_verbs_doer(nlp):
    # "According to the harbour office, the trawler was smuggling petrol."
    rows = [("According", 8, "prep", "VERB", "VBG", "accord"), ("to", 0, "prep", "ADP", "IN", "to"),
            ("the", 4, "det", "DET", "DT", "the"), ("harbour", 4, "compound", "NOUN", "NN", "harbour"),
            ("office", 1, "pobj", "NOUN", "NN", "office"), (",", 8, "punct", "PUNCT", ",", ","),
            ("the", 7, "det", "DET", "DT", "the"), ("trawler", 8, "nsubj", "NOUN", "NN", "trawler"),
            ("was", 9, "aux", "AUX", "VBD", "be"), ("smuggling", 9, "ROOT", "VERB", "VBG", "smuggle"),
            ("petrol", 9, "dobj", "NOUN", "NN", "petrol"), (".", 9, "punct", "PUNCT", ".", ".")]
    [crime] = events_of(nlp, rows)
    assert crime.type == "CRIME" and crime.role_spans["actor"].text == "trawler"


def test_a_modal_carries_the_subject_as_well(nlp):
    # "The Harrow Front will attack the depot."
    rows = [("The", 2, "det", "DET", "DT", "the"), ("Harrow", 2, "compound", "PROPN", "NNP", "Harrow"),
            ("Front", 3, "nsubj", "PROPN", "NNP", "Front"), ("will", 4, "aux", "AUX", "MD", "will"),
            ("attack", 4, "ROOT", "VERB", "VB", "attack"), ("the", 6, "det", "DET", "DT", "the"),
            ("depot", 4, "dobj", "NOUN", "NN", "depot"), (".", 4, "punct", "PUNCT", ".", ".")]
    [attack] = [e for e in events_of(nlp, rows) if e.trigger.text == "attack"]
    assert attack.role_spans["actor"].text == "Harrow Front"


def test_a_main_verb_misread_as_auxiliary_keeps_its_subject(nlp):
    # "The militia helped seize the depot.", 'helped' read as an aux of 'seize': its subject is no auxiliary's
    rows = [("The", 1, "det", "DET", "DT", "the"), ("militia", 2, "nsubj", "NOUN", "NN", "militia"),
            ("helped", 3, "aux", "AUX", "VBD", "help"), ("seize", 3, "ROOT", "VERB", "VB", "seize"),
            ("the", 5, "det", "DET", "DT", "the"), ("depot", 3, "dobj", "NOUN", "NN", "depot"),
            (".", 3, "punct", "PUNCT", ".", ".")]
    for ev in events_of(nlp, rows):
        assert "actor" not in ev.role_spans or ev.role_spans["actor"].text != "militia"


def test_a_passive_subject_hung_on_the_auxiliary_is_acted_on_not_a_doer(nlp):
    # "Police raided the port and the crew was detained.", 'crew' under the auxpass 'was' of 'detained': the crew is
    # detained; with no by-agent the detainer is unsaid, not the raiders found by climbing the coordination
    rows = [("Police", 1, "nsubj", "NOUN", "NNS", "police"), ("raided", 1, "ROOT", "VERB", "VBD", "raid"),
            ("the", 3, "det", "DET", "DT", "the"), ("port", 1, "dobj", "NOUN", "NN", "port"),
            ("and", 1, "cc", "CCONJ", "CC", "and"), ("the", 6, "det", "DET", "DT", "the"),
            ("crew", 7, "nsubjpass", "NOUN", "NN", "crew"), ("was", 8, "auxpass", "AUX", "VBD", "be"),
            ("detained", 1, "conj", "VERB", "VBN", "detain"), (".", 1, "punct", "PUNCT", ".", ".")]
    [detention] = [e for e in events_of(nlp, rows) if e.trigger.text == "detained"]
    assert "actor" not in detention.role_spans or detention.role_spans["actor"].text != "Police"
    assert detention.role_spans["target"].text == "crew"
