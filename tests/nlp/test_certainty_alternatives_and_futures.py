"""Tests for alternatives ('either C1 or C2'), readiness and deliberation ('ready to', 'will discuss new sanctions'),
events that come about ('more strikes would follow') and the future of reported 'would' and of an act's occasion;
each on a hand-built parse."""
import pytest

from claimgraph.nlp.annotations import CertaintyRecord, register_extensions
from claimgraph.nlp.certainty import Certainty

from tests.conftest import hand_parse, rules_reading


@pytest.fixture(scope="module")
def certainty():
    register_extensions()
    return Certainty(frozenset({"fail", "ignore", "strike", "discuss", "follow", "bargain", "vote", "say"}))


def _either(vocab, either=True):
    rows = [("Either", 3, "preconj", "CCONJ", "CC", "either"), ("the", 2, "det", "DET", "DT", "the"),
            ("pump", 3, "nsubj", "NOUN", "NN", "pump"), ("failed", 3, "ROOT", "VERB", "VBD", "fail"),
            (",", 3, "punct", "PUNCT", ",", ","), ("or", 3, "cc", "CCONJ", "CC", "or"),
            ("the", 7, "det", "DET", "DT", "the"), ("crew", 8, "nsubj", "NOUN", "NN", "crew"),
            ("ignored", 3, "conj", "VERB", "VBD", "ignore"), ("the", 10, "det", "DET", "DT", "the"),
            ("alarm", 8, "dobj", "NOUN", "NN", "alarm"), (".", 8, "punct", "PUNCT", ".", ".")]
    if not either:
        rows = [(w, h - 1, d, p, t, l) for w, h, d, p, t, l in rows[1:]]
    return hand_parse(vocab, rows)


def test_each_of_two_alternatives_is_possible(vocab, certainty):
    doc = _either(vocab)
    assert rules_reading(certainty, doc, "failed") == (1, ["Either"])
    assert rules_reading(certainty, doc, "ignored") == (1, ["or"])


def test_two_predicates_of_a_distributive_subject_are_no_alternatives(vocab, certainty):
    # "Every valve either failed or held": a quantified subject can make both predicates true
    doc = hand_parse(vocab, [
        ("Every", 1, "det", "DET", "DT", "every"), ("valve", 3, "nsubj", "NOUN", "NN", "valve"),
        ("either", 3, "preconj", "CCONJ", "CC", "either"), ("failed", 3, "ROOT", "VERB", "VBD", "fail"),
        ("or", 3, "cc", "CCONJ", "CC", "or"), ("held", 3, "conj", "VERB", "VBD", "hold"),
        (".", 3, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "failed")[0] == 3


def test_two_predicates_of_one_plain_subject_are_alternatives(vocab, certainty):
    # "The pump either failed or held": one pump, one of the two
    doc = hand_parse(vocab, [
        ("The", 1, "det", "DET", "DT", "the"), ("pump", 3, "nsubj", "NOUN", "NN", "pump"),
        ("either", 3, "preconj", "CCONJ", "CC", "either"), ("failed", 3, "ROOT", "VERB", "VBD", "fail"),
        ("or", 3, "cc", "CCONJ", "CC", "or"), ("held", 3, "conj", "VERB", "VBD", "hold"),
        (".", 3, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "failed") == (1, ["either"])


def test_a_clause_joined_by_and_after_the_alternatives_is_none_of_them(vocab, certainty):
    # "Either the pump failed, or the crew ignored the alarm, and the ship sank": the sinking is told as fact
    rows = [("Either", 3, "preconj", "CCONJ", "CC", "either"), ("the", 2, "det", "DET", "DT", "the"),
            ("pump", 3, "nsubj", "NOUN", "NN", "pump"), ("failed", 3, "ROOT", "VERB", "VBD", "fail"),
            (",", 3, "punct", "PUNCT", ",", ","), ("or", 3, "cc", "CCONJ", "CC", "or"),
            ("the", 7, "det", "DET", "DT", "the"), ("crew", 8, "nsubj", "NOUN", "NN", "crew"),
            ("ignored", 3, "conj", "VERB", "VBD", "ignore"), ("the", 10, "det", "DET", "DT", "the"),
            ("alarm", 8, "dobj", "NOUN", "NN", "alarm"), (",", 3, "punct", "PUNCT", ",", ","),
            ("and", 3, "cc", "CCONJ", "CC", "and"), ("the", 14, "det", "DET", "DT", "the"),
            ("ship", 15, "nsubj", "NOUN", "NN", "ship"), ("sank", 3, "conj", "VERB", "VBD", "sink"),
            (".", 3, "punct", "PUNCT", ".", ".")]
    doc = hand_parse(vocab, rows)
    assert rules_reading(certainty, doc, "ignored") == (1, ["or"])
    assert rules_reading(certainty, doc, "sank")[0] == 3


def test_clauses_joined_by_or_without_either_keep_their_value(vocab, certainty):
    doc = _either(vocab, either=False)
    assert rules_reading(certainty, doc, "failed") == (3, [])


def test_what_one_is_ready_to_do_is_possible(vocab, certainty):
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("union", 2, "nsubj", "NOUN", "NN", "union"),
                             ("is", 2, "ROOT", "AUX", "VBZ", "be"), ("ready", 2, "acomp", "ADJ", "JJ", "ready"),
                             ("to", 5, "aux", "PART", "TO", "to"), ("strike", 3, "xcomp", "VERB", "VB", "strike"),
                             (".", 2, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "strike") == (1, ["ready"])


def _discuss(vocab, determiner="new", determiner_dep="amod", determiner_pos="ADJ", determiner_tag="JJ"):
    return hand_parse(vocab, [("The", 2, "det", "DET", "DT", "the"), ("Corvel", 2, "compound", "PROPN", "NNP", "Corvel"),
                              ("council", 3, "nsubj", "NOUN", "NN", "council"),
                              ("discussed", 3, "ROOT", "VERB", "VBD", "discuss"),
                              (determiner, 5, determiner_dep, determiner_pos, determiner_tag, determiner.lower()),
                              ("sanctions", 3, "dobj", "NOUN", "NNS", "sanction"), (".", 3, "punct", "PUNCT", ".", ".")])


def test_an_indefinite_object_of_a_discussion_is_an_option(vocab, certainty):
    assert rules_reading(certainty, _discuss(vocab), "sanctions") == (1, ["discussed"])


def test_a_definite_object_of_a_discussion_stays_presupposed(vocab, certainty):
    doc = _discuss(vocab, "the", "det", "DET", "DT")
    assert rules_reading(certainty, doc, "sanctions") == (3, [])


def test_a_subject_raised_from_a_passive_of_discussion_is_an_option(vocab, certainty):
    doc = hand_parse(vocab, [("Sanctions", 1, "nsubj", "NOUN", "NNS", "sanction"), ("are", 1, "ROOT", "AUX", "VBP", "be"),
                             ("likely", 1, "acomp", "ADJ", "JJ", "likely"), ("to", 5, "aux", "PART", "TO", "to"),
                             ("be", 5, "auxpass", "AUX", "VB", "be"), ("discussed", 2, "xcomp", "VERB", "VBN", "discuss"),
                             (".", 1, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "Sanctions") == (1, ["discussed"])


def _follow(vocab, modal=("would", "MD", "would"), determiner=("More", "amod", "ADJ", "JJR", "more")):
    word, dep, pos, tag, lemma = determiner
    return hand_parse(vocab, [(word, 1, dep, pos, tag, lemma), ("strikes", 3, "nsubj", "NOUN", "NNS", "strike"),
                              (modal[0], 3, "aux", "AUX", modal[1], modal[2]),
                              ("follow", 3, "ROOT", "VERB", "VB", "follow"), (".", 3, "punct", "PUNCT", ".", ".")])


def test_what_would_follow_is_as_certain_as_its_coming_about(vocab, certainty):
    assert rules_reading(certainty, _follow(vocab), "strikes") == (2, ["would"])


def test_a_negation_on_the_subject_of_coming_about_counts_once(vocab, certainty):
    doc = _follow(vocab, ("did", "VBD", "do"), ("No", "det", "DET", "DT", "no"))
    assert rules_reading(certainty, doc, "strikes") == (-3, ["No"])


def _said_would_not(vocab, head=("said", "ROOT", "VERB", "VBD", "say")):
    return hand_parse(vocab, [("Velmar", 1, "nsubj", "PROPN", "NNP", "Velmar"), (*head[:1], 1, *head[1:]),
                              ("it", 5, "nsubj", "PRON", "PRP", "it"), ("would", 5, "aux", "AUX", "MD", "would"),
                              ("not", 5, "neg", "PART", "RB", "not"), ("bargain", 1, "ccomp", "VERB", "VB", "bargain"),
                              (".", 1, "punct", "PUNCT", ".", ".")])


def test_a_reported_would_not_is_a_future_probably_not_done(vocab, certainty):
    doc = _said_would_not(vocab)
    record = certainty.as_stated_future(doc[5], CertaintyRecord(-3, [doc[3:4], doc[4:5]]))
    assert (record.value, [c.text for c in record.cues]) == (-2, ["would", "not"])


def test_would_not_under_a_verb_that_reports_nothing_stays_denied(vocab, certainty):
    doc = _said_would_not(vocab, ("hoped", "ROOT", "VERB", "VBD", "hope"))
    assert certainty.as_stated_future(doc[5], CertaintyRecord(-3, [doc[3:4], doc[4:5]])).value == -3


def test_the_occasion_of_a_future_act_is_future_too(vocab, certainty):
    doc = hand_parse(vocab, [("Envoys", 2, "nsubj", "NOUN", "NNS", "envoy"), ("will", 2, "aux", "AUX", "MD", "will"),
                             ("vote", 2, "ROOT", "VERB", "VB", "vote"), ("at", 2, "prep", "ADP", "IN", "at"),
                             ("a", 5, "det", "DET", "DT", "a"), ("summit", 3, "pobj", "NOUN", "NN", "summit"),
                             (".", 2, "punct", "PUNCT", ".", ".")])
    record = certainty.as_stated_future(doc[5], CertaintyRecord(3, []))
    assert (record.value, [c.text for c in record.cues]) == (2, ["will"])


def test_an_event_noun_a_coming_month_modifies_is_probable(vocab, certainty):
    doc = hand_parse(vocab, [("Voters", 1, "nsubj", "NOUN", "NNS", "voter"), ("await", 1, "ROOT", "VERB", "VBP", "await"),
                             ("next", 3, "amod", "ADJ", "JJ", "next"), ("month", 5, "poss", "NOUN", "NN", "month"),
                             ("'s", 3, "case", "PART", "POS", "'s"), ("election", 1, "dobj", "NOUN", "NN", "election"),
                             (".", 1, "punct", "PUNCT", ".", ".")],
                     spaces=[True, True, True, False, True, False, False])
    assert rules_reading(certainty, doc, "election") == (2, ["next month's"])


def test_an_upcoming_event_is_probable_and_a_next_one_is_left_to_its_clause(vocab, certainty):
    def parse(adjective):
        return hand_parse(vocab, [("The", 2, "det", "DET", "DT", "the"), (adjective, 2, "amod", "ADJ", "JJ", adjective),
                                  ("vote", 3, "nsubj", "NOUN", "NN", "vote"), ("divided", 3, "ROOT", "VERB", "VBD", "divide"),
                                  ("Pellan", 3, "dobj", "PROPN", "NNP", "Pellan"), (".", 3, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, parse("upcoming"), "vote") == (2, ["upcoming"])
    assert rules_reading(certainty, parse("next"), "vote") == (3, [])
