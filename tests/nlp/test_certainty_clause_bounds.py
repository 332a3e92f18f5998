"""Certainty across clause bounds: a clause hung across a semicolon, events under a negated noun of grounds, and a
report made without grounds; on hand-built parses and a whole sentence."""
import pytest

from claimgraph.nlp.annotations import register_extensions
from claimgraph.nlp.certainty import Certainty

from tests.conftest import hand_parse, rules_reading


@pytest.fixture(scope="module")
def certainty():
    register_extensions()
    return Certainty(frozenset({"shell", "claim", "find", "use", "say", "provide"}))


def semicolon_parse(vocab):
    # "Brelk falsely claimed that gunners had shelled Farrowgate; auditors found no trace of such shelling ."
    # with the first clause hung on 'found' as its complement, as the parser does
    return hand_parse(vocab, [
        ("Brelk", 2, "nsubj", "PROPN", "NNP", "brelk"), ("falsely", 2, "advmod", "ADV", "RB", "falsely"),
        ("claimed", 10, "ccomp", "VERB", "VBD", "claim"), ("that", 6, "mark", "SCONJ", "IN", "that"),
        ("gunners", 6, "nsubj", "NOUN", "NNS", "gunner"), ("had", 6, "aux", "AUX", "VBD", "have"),
        ("shelled", 2, "ccomp", "VERB", "VBN", "shell"), ("Farrowgate", 6, "dobj", "PROPN", "NNP", "farrowgate"),
        (";", 10, "punct", "PUNCT", ":", ";"), ("auditors", 10, "nsubj", "NOUN", "NNS", "auditor"),
        ("found", 10, "ROOT", "VERB", "VBD", "find"), ("no", 12, "det", "DET", "DT", "no"),
        ("trace", 10, "dobj", "NOUN", "NN", "trace"), ("of", 12, "prep", "ADP", "IN", "of"),
        ("such", 15, "amod", "ADJ", "JJ", "such"), ("shelling", 13, "pobj", "NOUN", "NN", "shelling"),
        (".", 10, "punct", "PUNCT", ".", ".")])


def test_no_cue_reaches_across_a_semicolon(vocab, certainty):
    doc = semicolon_parse(vocab)
    assert rules_reading(certainty, doc, "found") == (-3, ["no"])  # the second clause keeps its own negation
    assert rules_reading(certainty, doc, "claimed") == (3, [])
    assert rules_reading(certainty, doc, "shelled") == (3, [])
    # and its event under 'no trace of' is left open
    assert rules_reading(certainty, doc, "shelling") == (-3, ["no", "trace of"])  # the auditors' own finding


def test_a_clause_after_its_own_semicolon_is_not_embedded_either(vocab, certainty):
    # "Auditors found no trace ; gunners shelled Farrowgate ." with the second clause hung on 'found'
    doc = hand_parse(vocab, [
        ("Auditors", 1, "nsubj", "NOUN", "NNS", "auditor"), ("found", 1, "ROOT", "VERB", "VBD", "find"),
        ("no", 3, "det", "DET", "DT", "no"), ("trace", 1, "dobj", "NOUN", "NN", "trace"),
        (";", 1, "punct", "PUNCT", ":", ";"), ("gunners", 6, "nsubj", "NOUN", "NNS", "gunner"),
        ("shelled", 1, "ccomp", "VERB", "VBD", "shell"), ("Farrowgate", 6, "dobj", "PROPN", "NNP", "farrowgate"),
        (".", 1, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "shelled") == (3, [])


def test_a_complement_clause_without_a_semicolon_still_takes_the_negation(vocab, certainty):
    # "Auditors did not find that gunners shelled Farrowgate": the negated finding leaves the shelling open
    doc = hand_parse(vocab, [
        ("Auditors", 3, "nsubj", "NOUN", "NNS", "auditor"), ("did", 3, "aux", "AUX", "VBD", "do"),
        ("not", 3, "neg", "PART", "RB", "not"), ("find", 3, "ROOT", "VERB", "VB", "find"),
        ("that", 6, "mark", "SCONJ", "IN", "that"), ("gunners", 6, "nsubj", "NOUN", "NNS", "gunner"),
        ("shelled", 3, "ccomp", "VERB", "VBD", "shell"), ("Farrowgate", 6, "dobj", "PROPN", "NNP", "farrowgate")])
    assert rules_reading(certainty, doc, "shelled")[0] == 0


def grounds_parse(vocab, determiner="no"):
    # "Auditors found no trace of shelling ."
    return hand_parse(vocab, [
        ("Auditors", 1, "nsubj", "NOUN", "NNS", "auditor"), ("found", 1, "ROOT", "VERB", "VBD", "find"),
        (determiner, 3, "det", "DET", "DT", determiner), ("trace", 1, "dobj", "NOUN", "NN", "trace"),
        ("of", 3, "prep", "ADP", "IN", "of"), ("shelling", 4, "pobj", "NOUN", "NN", "shelling"),
        (".", 1, "punct", "PUNCT", ".", ".")])


def test_an_event_a_search_found_no_trace_of_did_not_take_place(vocab, certainty):
    # the auditors searched: the act whose traces they did not find is denied (with no one searching, 'there was no
    # trace of shelling', it would stay open)
    assert rules_reading(certainty, grounds_parse(vocab), "shelling") == (-3, ["no", "trace of"])


def test_an_event_under_an_affirmed_trace_is_not_left_open(vocab, certainty):
    assert rules_reading(certainty, grounds_parse(vocab, "a"), "shelling")[0] == 3


def test_an_event_under_a_trace_not_found_is_left_open(vocab, certainty):
    # "Auditors did not find any sign of shelling"
    doc = hand_parse(vocab, [
        ("Auditors", 3, "nsubj", "NOUN", "NNS", "auditor"), ("did", 3, "aux", "AUX", "VBD", "do"),
        ("not", 3, "neg", "PART", "RB", "not"), ("find", 3, "ROOT", "VERB", "VB", "find"),
        ("any", 5, "det", "DET", "DT", "any"), ("sign", 3, "dobj", "NOUN", "NN", "sign"),
        ("of", 5, "prep", "ADP", "IN", "of"), ("shelling", 6, "pobj", "NOUN", "NN", "shelling")])
    value, cues = rules_reading(certainty, doc, "shelling")
    assert value == 0 and "sign of" in cues


def test_a_report_without_grounds_still_reports_its_clause(vocab, certainty):
    # "Brelk claimed without proof that gunners shelled Farrowgate ." with the clause hung on 'proof'
    doc = hand_parse(vocab, [
        ("Brelk", 1, "nsubj", "PROPN", "NNP", "brelk"), ("claimed", 1, "ROOT", "VERB", "VBD", "claim"),
        ("without", 1, "prep", "ADP", "IN", "without"), ("proof", 2, "pobj", "NOUN", "NN", "proof"),
        ("that", 6, "mark", "SCONJ", "IN", "that"), ("gunners", 6, "nsubj", "NOUN", "NNS", "gunner"),
        ("shelled", 3, "acl", "VERB", "VBD", "shell"), ("Farrowgate", 6, "dobj", "PROPN", "NNP", "farrowgate"),
        (".", 1, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "shelled") == (3, [])


def test_whole_sentence_across_a_semicolon(analyse):
    r = analyse("Governor Tamsin Orlec falsely claimed last month that rebels had used poison gas near Vantry; "
                "investigators found no evidence of such use.")
    by_trigger = {c["trigger"]["text"]: c["certainty"] for c in r["claims"]}
    assert by_trigger["used"]["value"] == 3 and by_trigger["used"]["cue"] == []
    assert by_trigger["use"]["value"] == -3  # what the investigators searched for and found no evidence of
    # the outlet's word that the report is false is a note on that report's attribution
    assert [n["span"]["text"] for a in r["attributions"] for n in a.get("notes", []) if n["kind"] == "false"] == \
        ["falsely"]
