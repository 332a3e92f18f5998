"""Event roles on trees where the parser hangs the clause's subject on an auxiliary instead of on the verb it serves
('the crew was detained' with 'the crew' under 'was'): the subject is still the verb's."""
from __future__ import annotations

from tests.conftest import hand_parse


def events_of(nlp, rows):
    return nlp.get_pipe("claimgraph_events")(hand_parse(nlp.vocab, rows))._.cg_events


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
