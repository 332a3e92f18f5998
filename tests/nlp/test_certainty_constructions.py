"""Tests for the certainty constructions of unseen news text: counterfactuals, directives, quantifier negation,
open questions, hedging adjectives, scheduled events and deverbal nouns; each on a hand-built parse."""
import pytest
from spacy.tokens import Doc

from claimgraph.nlp.annotations import register_extensions
from claimgraph.nlp.certainty import Certainty, is_event_predicate

from tests.conftest import hand_parse, rules_reading


@pytest.fixture(scope="module")
def certainty():
    register_extensions()
    return Certainty(frozenset({"loot", "evacuate", "connect", "sign", "strike"}))






def test_counterfactual_modal_perfect_is_possible(vocab, certainty):
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("envoy", 4, "nsubj", "NOUN", "NN", "envoy"),
                        ("would", 4, "aux", "AUX", "MD", "would"), ("have", 4, "aux", "AUX", "VB", "have"),
                        ("signed", 4, "ROOT", "VERB", "VBN", "sign"), ("the", 6, "det", "DET", "DT", "the"),
                        ("accord", 4, "dobj", "NOUN", "NN", "accord")])
    assert rules_reading(certainty, doc, "signed") == (1, ["would"])


def test_should_have_is_probably_not(vocab, certainty):
    # deontic perfect: what ought to have happened, implied not to have happened
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("board", 4, "nsubj", "NOUN", "NN", "board"),
                        ("should", 4, "aux", "AUX", "MD", "should"), ("have", 4, "aux", "AUX", "VB", "have"),
                        ("evacuated", 4, "ROOT", "VERB", "VBN", "evacuate"), ("the", 6, "det", "DET", "DT", "the"),
                        ("school", 4, "dobj", "NOUN", "NN", "school")])
    assert rules_reading(certainty, doc, "evacuated") == (-2, ["should"])


def test_should_not_have_is_probable(vocab, certainty):
    doc = hand_parse(vocab, [("They", 4, "nsubj", "PRON", "PRP", "they"),
                        ("should", 4, "aux", "AUX", "MD", "should"), ("not", 4, "neg", "PART", "RB", "not"),
                        ("have", 4, "aux", "AUX", "VB", "have"), ("signed", 4, "ROOT", "VERB", "VBN", "sign")])
    assert rules_reading(certainty, doc, "signed")[0] == 2


def test_plain_would_stays_probable(vocab, certainty):
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("envoy", 3, "nsubj", "NOUN", "NN", "envoy"),
                        ("would", 3, "aux", "AUX", "MD", "would"), ("sign", 3, "ROOT", "VERB", "VB", "sign")])
    assert rules_reading(certainty, doc, "sign")[0] == 2


def test_negated_counterfactual_is_possibly_not(vocab, certainty):
    # 'would not have': counterfactual, possibly not ('should not have' is deontic: see test_should_not_have_...)
    doc = hand_parse(vocab, [("Pilots", 4, "nsubj", "NOUN", "NNS", "pilot"),
                             ("would", 4, "aux", "AUX", "MD", "would"),
                        ("not", 4, "neg", "PART", "RB", "not"), ("have", 4, "aux", "AUX", "VB", "have"),
                        ("landed", 4, "ROOT", "VERB", "VBN", "land")])
    assert rules_reading(certainty, doc, "landed")[0] == -1


def test_negation_inside_a_directive_leaves_the_event_open(vocab, certainty):
    # "The board urged the miners not to strike."
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("board", 2, "nsubj", "NOUN", "NN", "board"),
                        ("urged", 2, "ROOT", "VERB", "VBD", "urge"), ("the", 4, "det", "DET", "DT", "the"),
                        ("miners", 2, "dobj", "NOUN", "NNS", "miner"), ("not", 7, "neg", "PART", "RB", "not"),
                        ("to", 7, "aux", "PART", "TO", "to"), ("strike", 2, "xcomp", "VERB", "VB", "strike")])
    value, cues = rules_reading(certainty, doc, "strike")
    assert value == 0
    assert "not" in cues and "urged" in cues


def test_negation_in_a_finite_clause_under_tell_is_reported_not_requested(vocab, certainty):
    # "Nobody listened," a woman told the radio.: 'tell' is a directive only with an infinitive
    doc = hand_parse(vocab, [("Nobody", 1, "nsubj", "PRON", "NN", "nobody"),
                             ("listened", 5, "ccomp", "VERB", "VBD", "listen"), (",", 5, "punct", "PUNCT", ",", ","),
                             ("a", 4, "det", "DET", "DT", "a"), ("woman", 5, "nsubj", "NOUN", "NN", "woman"),
                             ("told", 5, "ROOT", "VERB", "VBD", "tell"), ("the", 7, "det", "DET", "DT", "the"),
                             ("radio", 5, "dobj", "NOUN", "NN", "radio")])
    assert rules_reading(certainty, doc, "listened")[0] == -3


def test_negation_in_a_subjunctive_under_a_directive_leaves_the_event_open(vocab, certainty):
    # "They demanded that he not be freed."
    doc = hand_parse(vocab, [("They", 1, "nsubj", "PRON", "PRP", "they"),
                             ("demanded", 1, "ROOT", "VERB", "VBD", "demand"), ("that", 6, "mark", "SCONJ", "IN", "that"),
                             ("he", 6, "nsubjpass", "PRON", "PRP", "he"), ("not", 6, "neg", "PART", "RB", "not"),
                             ("be", 6, "auxpass", "AUX", "VB", "be"), ("freed", 1, "ccomp", "VERB", "VBN", "free")])
    assert rules_reading(certainty, doc, "freed")[0] == 0


def test_negative_determiner_on_the_pivot_of_an_existential_negates_it(vocab, certainty):
    # "There were no casualties."
    doc = hand_parse(vocab, [("There", 1, "expl", "PRON", "EX", "there"), ("were", 1, "ROOT", "AUX", "VBD", "be"),
                             ("no", 3, "det", "DET", "DT", "no"), ("casualties", 1, "attr", "NOUN", "NNS", "casualty")])
    assert rules_reading(certainty, doc, "were") == (-3, ["no"])


def test_negation_under_a_non_directive_still_negates(vocab, certainty):
    # "The board decided not to sell." : a decision not to sell is a plan, not an open request
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("board", 2, "nsubj", "NOUN", "NN", "board"),
                        ("decided", 2, "ROOT", "VERB", "VBD", "decide"), ("not", 5, "neg", "PART", "RB", "not"),
                        ("to", 5, "aux", "PART", "TO", "to"), ("sell", 2, "xcomp", "VERB", "VB", "sell")])
    assert rules_reading(certainty, doc, "sell")[0] < 0


def test_must_not_is_uncommitted(vocab, certainty):
    # "The vote must not be postponed."
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("vote", 5, "nsubjpass", "NOUN", "NN", "vote"),
                        ("must", 5, "aux", "AUX", "MD", "must"), ("not", 5, "neg", "PART", "RB", "not"),
                        ("be", 5, "auxpass", "AUX", "VB", "be"), ("postponed", 5, "ROOT", "VERB", "VBN", "postpone")])
    value, cues = rules_reading(certainty, doc, "postponed")
    assert value == 0
    assert cues == ["must", "not"]


def test_hyphenated_no_one_negates(vocab, certainty):
    # "No-one could repair the pump." as the tokenizer splits it
    doc = hand_parse(vocab, [("No", 4, "nsubj", "INTJ", "UH", "no"), ("-", 4, "nsubj", "NOUN", "NN", "-"),
                        ("one", 4, "nsubj", "NOUN", "NN", "one"), ("could", 4, "aux", "AUX", "MD", "could"),
                        ("repair", 4, "ROOT", "VERB", "VB", "repair"), ("the", 6, "det", "DET", "DT", "the"),
                        ("pump", 4, "dobj", "NOUN", "NN", "pump")])
    value, cues = rules_reading(certainty, doc, "repair")
    assert value < 0
    assert "No-one" in [c.replace(" ", "") for c in cues]  # the hand-built doc has no whitespace information


def test_no_plans_negates_the_plan_and_makes_its_event_probably_not(vocab, certainty):
    # "The firm has no plans to sell shares."
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("firm", 2, "nsubj", "NOUN", "NN", "firm"),
                        ("has", 2, "ROOT", "VERB", "VBZ", "have"), ("no", 4, "det", "DET", "DT", "no"),
                        ("plans", 2, "dobj", "NOUN", "NNS", "plan"), ("to", 6, "aux", "PART", "TO", "to"),
                        ("sell", 4, "acl", "VERB", "VB", "sell"), ("shares", 6, "dobj", "NOUN", "NNS", "share")])
    assert rules_reading(certainty, doc, "has")[0] == -3
    assert rules_reading(certainty, doc, "sell")[0] == -2


def test_remains_to_be_seen_how_leaves_the_clause_open(vocab, certainty):
    # "It remains to be seen how many ships sank."
    doc = hand_parse(vocab, [("It", 1, "nsubj", "PRON", "PRP", "it"), ("remains", 1, "ROOT", "VERB", "VBZ", "remain"),
                        ("to", 4, "aux", "PART", "TO", "to"), ("be", 4, "auxpass", "AUX", "VB", "be"),
                        ("seen", 1, "xcomp", "VERB", "VBN", "see"), ("how", 6, "advmod", "SCONJ", "WRB", "how"),
                        ("many", 7, "amod", "ADJ", "JJ", "many"), ("ships", 8, "nsubj", "NOUN", "NNS", "ship"),
                        ("sank", 4, "ccomp", "VERB", "VBD", "sink")])
    value, cues = rules_reading(certainty, doc, "sank")
    assert value == 0
    assert cues and cues[0].endswith("how")


def test_unclear_whether_leaves_the_clause_open(vocab, certainty):
    # "It is unclear whether the dam burst."
    doc = hand_parse(vocab, [("It", 1, "nsubj", "PRON", "PRP", "it"), ("is", 1, "ROOT", "AUX", "VBZ", "be"),
                        ("unclear", 1, "acomp", "ADJ", "JJ", "unclear"),
                        ("whether", 6, "mark", "SCONJ", "IN", "whether"),
                        ("the", 5, "det", "DET", "DT", "the"), ("dam", 6, "nsubj", "NOUN", "NN", "dam"),
                        ("burst", 1, "ccomp", "VERB", "VBD", "burst")])
    assert rules_reading(certainty, doc, "burst")[0] == 0


@pytest.mark.parametrize("adjective, value", [("possible", 1), ("apparent", 2)])
def test_hedging_adjective_on_an_event_noun(vocab, certainty, adjective, value):
    # "A possible strike worried farmers."
    doc = hand_parse(vocab, [("A", 2, "det", "DET", "DT", "a"), (adjective, 2, "amod", "ADJ", "JJ", adjective),
                        ("strike", 3, "nsubj", "NOUN", "NN", "strike"), ("worried", 3, "ROOT", "VERB", "VBD", "worry"),
                        ("farmers", 3, "dobj", "NOUN", "NNS", "farmer")])
    assert rules_reading(certainty, doc, "strike") == (value, [adjective])
    assert rules_reading(certainty, doc, "worried")[0] == 3


def test_due_to_is_scheduled(vocab, certainty):
    # "The ferry is due to sail."
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("ferry", 2, "nsubj", "NOUN", "NN", "ferry"),
                        ("is", 2, "ROOT", "AUX", "VBZ", "be"), ("due", 2, "acomp", "ADJ", "JJ", "due"),
                        ("to", 5, "aux", "PART", "TO", "to"), ("sail", 3, "xcomp", "VERB", "VB", "sail")])
    assert rules_reading(certainty, doc, "sail") == (2, ["due"])


def test_deverbal_nouns_are_event_predicates(vocab, certainty):
    doc = hand_parse(vocab, [("the", 1, "det", "DET", "DT", "the"), ("looting", 1, "ROOT", "NOUN", "NN", "looting"),
                        ("and", 1, "cc", "CCONJ", "CC", "and"), ("evacuation", 1, "conj", "NOUN", "NN", "evacuation"),
                        ("of", 3, "prep", "ADP", "IN", "of"), ("wiring", 4, "pobj", "NOUN", "NN", "wiring"),
                        ("and", 5, "cc", "CCONJ", "CC", "and"), ("nation", 5, "conj", "NOUN", "NN", "nation")])
    lex = certainty.lexicon
    assert is_event_predicate(doc[1], lex)  # loot + -ing
    assert is_event_predicate(doc[3], lex)  # evacuate + -ion
    assert not is_event_predicate(doc[5], lex)  # "wire" is not among the known verbs here
    assert not is_event_predicate(doc[7], lex)


def test_would_with_a_condition_of_its_own_is_possible(vocab, certainty):
    # "If the talks fail, the union would strike."
    rows = [("If", 3, "mark", "SCONJ", "IN", "if"), ("the", 2, "det", "DET", "DT", "the"),
            ("talks", 3, "nsubj", "NOUN", "NNS", "talk"), ("fail", 8, "advcl", "VERB", "VBP", "fail"),
            (",", 8, "punct", "PUNCT", ",", ","), ("the", 6, "det", "DET", "DT", "the"),
            ("union", 8, "nsubj", "NOUN", "NN", "union"), ("would", 8, "aux", "AUX", "MD", "would"),
            ("strike", 8, "ROOT", "VERB", "VB", "strike")]
    assert rules_reading(certainty, hand_parse(vocab, rows), "strike") == (1, ["If", "would"])
    assert rules_reading(certainty, hand_parse(vocab, rows), "fail")[0] == 0
    # "whether" opens a question, not a condition
    rows[0] = ("whether", 3, "mark", "SCONJ", "IN", "whether")
    assert rules_reading(certainty, hand_parse(vocab, rows), "strike")[0] == 2


def test_nouns_that_trigger_events_are_rated(vocab, certainty):
    from claimgraph import lexicon
    trigger_nouns = {n for entry in lexicon.load("event_triggers.yaml")["types"].values() for n in entry.get("nouns", [])}
    noun = sorted(trigger_nouns)[0]
    doc = hand_parse(vocab, [("a", 1, "det", "DET", "DT", "a"), (noun, 1, "ROOT", "NOUN", "NN", noun)])
    assert is_event_predicate(doc[1], certainty.lexicon)


def test_a_hyphenated_event_noun_is_rated_once_on_its_head(vocab, certainty):
    # "the pull-out began", as the tokenizer splits it
    doc = Doc(vocab, words=["the", "pull", "-", "out", "began"], spaces=[True, False, False, True, False],
              heads=[3, 3, 3, 4, 4], deps=["det", "compound", "punct", "nsubj", "ROOT"],
              pos=["DET", "NOUN", "PUNCT", "NOUN", "VERB"], tags=["DT", "NN", "HYPH", "NN", "VBD"],
              lemmas=["the", "pull", "-", "out", "begin"])
    assert "pullout" in certainty.lexicon.event_nouns
    assert is_event_predicate(doc[3], certainty.lexicon)
    assert not is_event_predicate(doc[1], certainty.lexicon)


@pytest.mark.parametrize("noun", ["incursion", "siege", "maneuver", "exercises", "airlift"])
def test_dictionary_nouns_of_acts_are_event_predicates(vocab, certainty, noun):
    # nouns no hand-made list of this package names, whose dictionary sense is an act
    doc = hand_parse(vocab, [("a", 1, "det", "DET", "DT", "a"), (noun, 1, "ROOT", "NOUN", "NN", noun.rstrip("s"))])
    assert is_event_predicate(doc[1], certainty.lexicon)


@pytest.mark.parametrize("noun, event", [("cyberattack", True), ("cyberespionage", True), ("counterproposal", True),
                                         ("cybersecurity", False), ("counterpart", False), ("aircraft", False)])
def test_a_combining_form_before_an_event_noun_is_that_event(vocab, certainty, noun, event):
    # closed compounds are headed by their last part: "cyber" + "attack" is an attack, whatever the word lists spell
    doc = hand_parse(vocab, [("a", 1, "det", "DET", "DT", "a"), (noun, 1, "ROOT", "NOUN", "NN", noun)])
    assert is_event_predicate(doc[1], certainty.lexicon) is event


@pytest.mark.parametrize("noun", ["ministry", "brigade", "border", "tension", "force"])
def test_nouns_of_things_groups_and_states_are_not_events(vocab, certainty, noun):
    doc = hand_parse(vocab, [("the", 1, "det", "DET", "DT", "the"), (noun, 1, "ROOT", "NOUN", "NN", noun)])
    assert not is_event_predicate(doc[1], certainty.lexicon)


def test_hedged_dictionary_event_noun_is_possible(vocab, certainty):
    # "Generals studied a possible airlift."
    doc = hand_parse(vocab, [("Generals", 1, "nsubj", "NOUN", "NNS", "general"),
                             ("studied", 1, "ROOT", "VERB", "VBD", "study"),
                        ("a", 4, "det", "DET", "DT", "a"), ("possible", 4, "amod", "ADJ", "JJ", "possible"),
                        ("airlift", 1, "dobj", "NOUN", "NN", "airlift")])
    assert rules_reading(certainty, doc, "airlift") == (1, ["possible"])


def raised(vocab, negated):
    """ "The convoy is (not) believed to have crossed the river." """
    words = ["The", "convoy", "is"] + (["not"] if negated else []) + ["believed", "to", "have", "crossed", "the",
                                                                      "river"]
    v = words.index("believed")
    c = words.index("crossed")
    rows = [("The", 1, "det", "DET", "DT", "the"), ("convoy", v, "nsubjpass", "NOUN", "NN", "convoy"),
            ("is", v, "auxpass", "AUX", "VBZ", "be")]
    rows += [("not", v, "neg", "PART", "RB", "not")] if negated else []
    rows += [("believed", v, "ROOT", "VERB", "VBN", "believe"), ("to", c, "aux", "PART", "TO", "to"),
             ("have", c, "aux", "AUX", "VB", "have"), ("crossed", v, "xcomp", "VERB", "VBN", "cross"),
             ("the", c + 2, "det", "DET", "DT", "the"), ("river", c, "dobj", "NOUN", "NN", "river")]
    return hand_parse(vocab, rows)


def test_infinitive_of_a_passive_evidential_is_probable(vocab, certainty):
    assert rules_reading(certainty, raised(vocab, False), "crossed") == (2, ["believed"])


def test_infinitive_of_a_negated_passive_evidential_is_probably_not(vocab, certainty):
    assert rules_reading(certainty, raised(vocab, True), "crossed") == (-2, ["not", "believed"])


def test_factive_know_in_the_passive_raises_rather_than_presupposes(vocab, certainty):
    # "Smugglers have not been known to use the tunnel."
    doc = hand_parse(vocab, [("Smugglers", 4, "nsubjpass", "NOUN", "NNS", "smuggler"),
                             ("have", 4, "aux", "AUX", "VBP", "have"),
                        ("not", 4, "neg", "PART", "RB", "not"), ("been", 4, "auxpass", "AUX", "VBN", "be"),
                        ("known", 4, "ROOT", "VERB", "VBN", "know"), ("to", 6, "aux", "PART", "TO", "to"),
                        ("use", 4, "xcomp", "VERB", "VB", "use"), ("the", 8, "det", "DET", "DT", "the"),
                        ("tunnel", 6, "dobj", "NOUN", "NN", "tunnel")])
    assert rules_reading(certainty, doc, "use")[0] == -2


def test_active_evidential_with_an_infinitive_is_not_a_raising_passive(vocab, certainty):
    # "Engineers expect to finish the bridge": an intention, handled by the verb's own signature
    doc = hand_parse(vocab, [("Engineers", 1, "nsubj", "NOUN", "NNS", "engineer"),
                             ("expect", 1, "ROOT", "VERB", "VBP", "expect"),
                        ("to", 3, "aux", "PART", "TO", "to"), ("finish", 1, "xcomp", "VERB", "VB", "finish"),
                        ("the", 5, "det", "DET", "DT", "the"), ("bridge", 3, "dobj", "NOUN", "NN", "bridge")])
    value, cues = rules_reading(certainty, doc, "finish")
    assert cues == ["expect"]


def test_an_event_noun_modifying_a_noun_stays_certain_under_a_negated_clause(vocab, certainty):
    # "The rescue mission was not announced."
    doc = hand_parse(vocab, [("The", 2, "det", "DET", "DT", "the"), ("rescue", 2, "compound", "NOUN", "NN", "rescue"),
                        ("mission", 5, "nsubjpass", "NOUN", "NN", "mission"), ("was", 5, "auxpass", "AUX", "VBD", "be"),
                        ("not", 5, "neg", "PART", "RB", "not"), ("announced", 5, "ROOT", "VERB", "VBN", "announce")])
    rescue, announced = certainty.rate(doc, [doc[1], doc[5]])
    assert rescue.value == 3
    assert announced.value < 0


def test_infinitive_after_an_object_is_an_aim(vocab, certainty):
    # "The navy used drones to map the coast."
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("navy", 2, "nsubj", "NOUN", "NN", "navy"),
                        ("used", 2, "ROOT", "VERB", "VBD", "use"), ("drones", 2, "dobj", "NOUN", "NNS", "drone"),
                        ("to", 5, "aux", "PART", "TO", "to"), ("map", 2, "xcomp", "VERB", "VB", "map"),
                        ("the", 7, "det", "DET", "DT", "the"), ("coast", 5, "dobj", "NOUN", "NN", "coast")])
    assert rules_reading(certainty, doc, "map") == (2, ["to"])


def test_infinitive_hung_on_the_verb_above_a_gerund_with_the_object(vocab, certainty):
    # "The academy started teaching cadets to sail", parsed with "to sail" on "started"
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("academy", 2, "nsubj", "NOUN", "NN", "academy"),
                        ("started", 2, "ROOT", "VERB", "VBD", "start"), ("teaching", 2, "xcomp", "VERB", "VBG", "teach"),
                        ("cadets", 3, "dobj", "NOUN", "NNS", "cadet"), ("to", 6, "aux", "PART", "TO", "to"),
                        ("sail", 2, "xcomp", "VERB", "VB", "sail")])
    assert rules_reading(certainty, doc, "sail") == (2, ["to"])
    assert rules_reading(certainty, doc, "teaching")[0] == 3


def test_infinitive_without_an_object_keeps_the_governor_signature(vocab, certainty):
    # "Crews started to dig": aspectual, what started is happening
    doc = hand_parse(vocab, [("Crews", 1, "nsubj", "NOUN", "NNS", "crew"),
                             ("started", 1, "ROOT", "VERB", "VBD", "start"),
                        ("to", 3, "aux", "PART", "TO", "to"), ("dig", 1, "xcomp", "VERB", "VB", "dig")])
    assert "to" not in rules_reading(certainty, doc, "dig")[1]


def test_directive_with_an_object_stays_a_directive(vocab, certainty):
    # "Mediators urged the factions to talk."
    doc = hand_parse(vocab, [("Mediators", 1, "nsubj", "NOUN", "NNS", "mediator"),
                             ("urged", 1, "ROOT", "VERB", "VBD", "urge"),
                        ("the", 3, "det", "DET", "DT", "the"), ("factions", 1, "dobj", "NOUN", "NNS", "faction"),
                        ("to", 5, "aux", "PART", "TO", "to"), ("talk", 1, "xcomp", "VERB", "VB", "talk")])
    assert "to" not in rules_reading(certainty, doc, "talk")[1]


def test_an_adjective_with_an_infinitive_marker_and_an_object_is_a_verb(vocab, certainty):
    # 'pledged to "empty the camps"', with "empty" tagged as an adjective
    doc = hand_parse(vocab, [("pledged", 0, "ROOT", "VERB", "VBD", "pledge"), ("to", 3, "aux", "PART", "TO", "to"),
                        ('"', 3, "punct", "PUNCT", "``", '"'), ("empty", 0, "xcomp", "ADJ", "JJ", "empty"),
                        ("the", 5, "det", "DET", "DT", "the"), ("camps", 3, "dobj", "NOUN", "NNS", "camp")])
    assert is_event_predicate(doc[3], certainty.lexicon)
    # "the camps were empty": an adjective
    doc = hand_parse(vocab, [("the", 1, "det", "DET", "DT", "the"), ("camps", 2, "nsubj", "NOUN", "NNS", "camp"),
                        ("were", 2, "ROOT", "AUX", "VBD", "be"), ("empty", 2, "acomp", "ADJ", "JJ", "empty")])
    assert not is_event_predicate(doc[3], certainty.lexicon)


def test_a_definite_event_noun_after_without_did_not_take_place(vocab, certainty):
    # "the" would make the noun a presupposed fact; "without" says it did not happen
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("lease", 3, "nsubjpass", "NOUN", "NN", "lease"),
                        ("was", 3, "auxpass", "AUX", "VBD", "be"), ("renewed", 3, "ROOT", "VERB", "VBN", "renew"),
                        ("without", 3, "prep", "ADP", "IN", "without"), ("the", 6, "det", "DET", "DT", "the"),
                        ("approval", 4, "pobj", "NOUN", "NN", "approval")])
    assert rules_reading(certainty, doc, "approval") == (-3, ["without"])


def test_a_hedge_on_without_weakens_its_negation(vocab, certainty):
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("lease", 3, "nsubjpass", "NOUN", "NN", "lease"),
                        ("was", 3, "auxpass", "AUX", "VBD", "be"), ("renewed", 3, "ROOT", "VERB", "VBN", "renew"),
                        ("reportedly", 5, "advmod", "ADV", "RB", "reportedly"),
                        ("without", 3, "prep", "ADP", "IN", "without"), ("a", 7, "det", "DET", "DT", "a"),
                        ("vote", 5, "pobj", "NOUN", "NN", "vote")])
    assert rules_reading(certainty, doc, "vote") == (-2, ["reportedly", "without"])


def test_yet_to_is_not_so_far(vocab, certainty):
    # "The ministry has yet to publish the audit"
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("ministry", 2, "nsubj", "NOUN", "NN", "ministry"),
                             ("has", 2, "ROOT", "VERB", "VBZ", "have"), ("yet", 2, "advmod", "ADV", "RB", "yet"),
                             ("to", 5, "aux", "PART", "TO", "to"), ("publish", 2, "xcomp", "VERB", "VB", "publish"),
                             ("the", 7, "det", "DET", "DT", "the"), ("audit", 5, "dobj", "NOUN", "NN", "audit")])
    assert rules_reading(certainty, doc, "publish") == (-3, ["has yet"])


def test_stopped_short_of_denies_the_act(vocab, certainty):
    # "The judge stopped short of jailing him" / "did not stop short of jailing him"
    rows = [("The", 1, "det", "DET", "DT", "the"), ("judge", 2, "nsubj", "NOUN", "NN", "judge"),
            ("stopped", 2, "ROOT", "VERB", "VBD", "stop"), ("short", 2, "advmod", "ADV", "RB", "short"),
            ("of", 3, "prep", "ADP", "IN", "of"), ("jailing", 4, "pcomp", "VERB", "VBG", "jail"),
            ("him", 5, "dobj", "PRON", "PRP", "he")]
    assert rules_reading(certainty, hand_parse(vocab, rows), "jailing") == (-3, ["short of"])
    negated = rows[:2] + [("did", 4, "aux", "AUX", "VBD", "do"), ("not", 4, "neg", "PART", "RB", "not"),
                          ("stop", 4, "ROOT", "VERB", "VB", "stop"), ("short", 4, "advmod", "ADV", "RB", "short"),
                          ("of", 5, "prep", "ADP", "IN", "of"), ("jailing", 6, "pcomp", "VERB", "VBG", "jail")]
    negated[1] = ("judge", 4, "nsubj", "NOUN", "NN", "judge")
    assert rules_reading(certainty, hand_parse(vocab, negated), "jailing")[0] == 3


def test_rather_than_rejects_the_alternative(vocab, certainty):
    # "Crews dug a channel rather than wait"
    doc = hand_parse(vocab, [("Crews", 1, "nsubj", "NOUN", "NNS", "crew"), ("dug", 1, "ROOT", "VERB", "VBD", "dig"),
                             ("a", 3, "det", "DET", "DT", "a"), ("channel", 1, "dobj", "NOUN", "NN", "channel"),
                             ("rather", 5, "advmod", "ADV", "RB", "rather"), ("than", 1, "cc", "ADP", "IN", "than"),
                             ("wait", 1, "conj", "VERB", "VB", "wait")])
    assert rules_reading(certainty, doc, "wait") == (-3, ["rather than"])
    assert rules_reading(certainty, doc, "dug") == (3, [])


def test_open_question_after_a_negated_report_parsed_as_adverbial(vocab, certainty):
    # "Officials would not say when the border would reopen" with 'reopen' hung on 'say' as an adverbial clause
    doc = hand_parse(vocab, [("Officials", 3, "nsubj", "NOUN", "NNS", "official"),
                             ("would", 3, "aux", "AUX", "MD", "would"), ("not", 3, "neg", "PART", "RB", "not"),
                             ("say", 3, "ROOT", "VERB", "VB", "say"), ("when", 8, "advmod", "SCONJ", "WRB", "when"),
                             ("the", 6, "det", "DET", "DT", "the"), ("border", 8, "nsubj", "NOUN", "NN", "border"),
                             ("would", 8, "aux", "AUX", "MD", "would"), ("reopen", 3, "advcl", "VERB", "VB", "reopen")])
    assert rules_reading(certainty, doc, "reopen")[0] == 0


def test_neither_nor_negates_each_conjunct(vocab, certainty):
    # "The agency would neither confirm nor deny that staff had left"
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("agency", 4, "nsubj", "NOUN", "NN", "agency"),
                             ("would", 4, "aux", "AUX", "MD", "would"),
                             ("neither", 4, "preconj", "CCONJ", "CC", "neither"),
                             ("confirm", 4, "ROOT", "VERB", "VB", "confirm"), ("nor", 4, "cc", "CCONJ", "CC", "nor"),
                             ("deny", 4, "conj", "VERB", "VB", "deny"), ("that", 10, "mark", "SCONJ", "IN", "that"),
                             ("staff", 10, "nsubj", "NOUN", "NN", "staff"), ("had", 10, "aux", "AUX", "VBD", "have"),
                             ("left", 6, "ccomp", "VERB", "VBN", "leave")])
    assert rules_reading(certainty, doc, "confirm")[0] < 0
    assert rules_reading(certainty, doc, "deny")[0] < 0
    assert rules_reading(certainty, doc, "left")[0] == 0  # neither denied nor confirmed: left open


def test_doubt_makes_its_complement_probably_not(vocab, certainty):
    # "Traders doubt that the bank will raise rates"
    doc = hand_parse(vocab, [("Traders", 1, "nsubj", "NOUN", "NNS", "trader"), ("doubt", 1, "ROOT", "VERB", "VBP", "doubt"),
                             ("that", 6, "mark", "SCONJ", "IN", "that"), ("the", 4, "det", "DET", "DT", "the"),
                             ("bank", 6, "nsubj", "NOUN", "NN", "bank"), ("will", 6, "aux", "AUX", "MD", "will"),
                             ("raise", 1, "ccomp", "VERB", "VB", "raise"), ("rates", 6, "dobj", "NOUN", "NNS", "rate")])
    assert rules_reading(certainty, doc, "raise") == (-2, ["doubt"])


def test_quoted_question_asks(vocab, certainty):
    # '"Did anyone warn them?"' (a sentence of its own before 'she asked')
    doc = hand_parse(vocab, [('"', 3, "punct", "PUNCT", "``", '"'), ("Did", 3, "aux", "AUX", "VBD", "do"),
                             ("anyone", 3, "nsubj", "PRON", "NN", "anyone"), ("warn", 3, "ROOT", "VERB", "VB", "warn"),
                             ("them", 3, "dobj", "PRON", "PRP", "they"), ("?", 3, "punct", "PUNCT", ".", "?"),
                             ('"', 3, "punct", "PUNCT", "''", '"')])
    assert rules_reading(certainty, doc, "warn")[0] == 0


def test_not_a_single_negates_the_clause(vocab, certainty):
    # "Not a single ballot was counted" / "Not all ballots were counted" (only part of them: no negation)
    rows = [("Not", 3, "neg", "PART", "RB", "not"), ("a", 3, "det", "DET", "DT", "a"),
            ("single", 3, "amod", "ADJ", "JJ", "single"), ("ballot", 5, "nsubjpass", "NOUN", "NN", "ballot"),
            ("was", 5, "auxpass", "AUX", "VBD", "be"), ("counted", 5, "ROOT", "VERB", "VBN", "count")]
    assert rules_reading(certainty, hand_parse(vocab, rows), "counted") == (-3, ["Not a"])
    partial = [("Not", 2, "neg", "PART", "RB", "not"), ("all", 2, "det", "DET", "DT", "all"),
               ("ballots", 4, "nsubjpass", "NOUN", "NNS", "ballot"), ("were", 4, "auxpass", "AUX", "VBD", "be"),
               ("counted", 4, "ROOT", "VERB", "VBN", "count")]
    assert rules_reading(certainty, hand_parse(vocab, partial), "counted")[0] == 3


def test_not_true_that_denies(vocab, certainty):
    # "It is not true that the envoy resigned"
    doc = hand_parse(vocab, [("It", 1, "nsubj", "PRON", "PRP", "it"), ("is", 1, "ROOT", "AUX", "VBZ", "be"),
                             ("not", 1, "neg", "PART", "RB", "not"), ("true", 1, "acomp", "ADJ", "JJ", "true"),
                             ("that", 7, "mark", "SCONJ", "IN", "that"), ("the", 6, "det", "DET", "DT", "the"),
                             ("envoy", 7, "nsubj", "NOUN", "NN", "envoy"), ("resigned", 1, "ccomp", "VERB", "VBD", "resign")])
    assert rules_reading(certainty, doc, "resigned")[0] == -3


def test_not_ruling_out_leaves_the_event_possible(vocab, certainty):
    # "The envoy would not rule out sanctions": possible, not uncommitted; the phrasal verb is the cue
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("envoy", 4, "nsubj", "NOUN", "NN", "envoy"),
                             ("would", 4, "aux", "AUX", "MD", "would"), ("not", 4, "neg", "PART", "RB", "not"),
                             ("rule", 4, "ROOT", "VERB", "VB", "rule"), ("out", 4, "prt", "ADP", "RP", "out"),
                             ("a", 7, "det", "DET", "DT", "a"), ("strike", 4, "dobj", "NOUN", "NN", "strike")])
    value, cues = rules_reading(certainty, doc, "strike")
    assert value == 1 and "rule out" in cues


def test_ruling_out_makes_the_event_probably_not(vocab, certainty):
    # "The envoy ruled out a strike"
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("envoy", 2, "nsubj", "NOUN", "NN", "envoy"),
                             ("ruled", 2, "ROOT", "VERB", "VBD", "rule"), ("out", 2, "prt", "ADP", "RP", "out"),
                             ("a", 5, "det", "DET", "DT", "a"), ("strike", 2, "dobj", "NOUN", "NN", "strike")])
    assert rules_reading(certainty, doc, "strike") == (-2, ["ruled out"])


def test_too_early_to_say_whether_leaves_the_question_open(vocab, certainty):
    # "It is too early to say whether the pumps failed": open, the whole hedge its cue
    doc = hand_parse(vocab, [("It", 1, "nsubj", "PRON", "PRP", "it"), ("is", 1, "ROOT", "AUX", "VBZ", "be"),
                             ("too", 3, "advmod", "ADV", "RB", "too"), ("early", 1, "acomp", "ADJ", "JJ", "early"),
                             ("to", 5, "aux", "PART", "TO", "to"), ("say", 3, "xcomp", "VERB", "VB", "say"),
                             ("whether", 9, "mark", "SCONJ", "IN", "whether"), ("the", 8, "det", "DET", "DT", "the"),
                             ("pumps", 9, "nsubj", "NOUN", "NNS", "pump"), ("failed", 5, "ccomp", "VERB", "VBD", "fail")])
    assert rules_reading(certainty, doc, "failed") == (0, ["It is too early to say whether"])


def test_rather_than_after_a_preposition_rejects_its_object(vocab, certainty):
    # "The board chose repairs rather than a rebuild": the same 'rather than' reading as between conjuncts
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("board", 2, "nsubj", "NOUN", "NN", "board"),
                             ("chose", 2, "ROOT", "VERB", "VBD", "choose"), ("repairs", 2, "dobj", "NOUN", "NNS", "repair"),
                             ("rather", 5, "advmod", "ADV", "RB", "rather"), ("than", 3, "prep", "ADP", "IN", "than"),
                             ("a", 7, "det", "DET", "DT", "a"), ("rebuild", 5, "pobj", "NOUN", "NN", "rebuild")])
    value, cues = rules_reading(certainty, doc, "rebuild")
    assert value == -3 and cues == ["rather than"]


def test_a_likelihood_predicated_of_an_event_noun_rates_it(vocab, certainty):
    # "A strike is likely", "a strike is not likely", "a strike is likely to follow" (the adjective then rates the
    # infinitive, not its subject)
    def parse(*words):
        rows = [("A", 1, "det", "DET", "DT", "a"), ("strike", 2, "nsubj", "NOUN", "NN", "strike"),
                ("is", 2, "ROOT", "AUX", "VBZ", "be")]
        if "not" in words:
            rows.append(("not", 2, "neg", "PART", "RB", "not"))
        rows.append(("likely", 2, "acomp", "ADJ", "JJ", "likely"))
        if "follow" in words:
            rows += [("to", len(rows) + 1, "aux", "PART", "TO", "to"),
                     ("follow", len(rows) - 1, "xcomp", "VERB", "VB", "follow")]
        return hand_parse(vocab, rows)
    assert rules_reading(certainty, parse(), "strike") == (2, ["likely"])
    assert rules_reading(certainty, parse("not"), "strike") == (-2, ["not", "likely"])
    assert rules_reading(certainty, parse("follow"), "strike")[0] == 3


def test_a_plea_of_not_guilty_leaves_the_charge_open(vocab, certainty):
    # "Reiss pleaded not guilty to charges that he took bribes": what the charges say is neither so nor not so,
    # and the plea's words are the evidence
    doc = hand_parse(vocab, [("Reiss", 1, "nsubj", "PROPN", "NNP", "Reiss"), ("pleaded", 1, "ROOT", "VERB", "VBD", "plead"),
                             ("not", 3, "neg", "PART", "RB", "not"), ("guilty", 1, "acomp", "ADJ", "JJ", "guilty"),
                             ("to", 3, "prep", "ADP", "IN", "to"), ("charges", 4, "pobj", "NOUN", "NNS", "charge"),
                             ("that", 9, "mark", "SCONJ", "IN", "that"), ("he", 9, "nsubj", "PRON", "PRP", "he"),
                             ("took", 5, "acl", "VERB", "VBD", "take"), ("bribes", 8, "dobj", "NOUN", "NNS", "bribe")])
    assert rules_reading(certainty, doc, "took") == (0, ["not", "guilty"])


# -- nouns and adjectives of failure, refusal, inability; 'no longer'; 'unclear when'; 'ought to have' --------------

def test_failure_to_negates_its_infinitive(vocab, certainty):
    # "The agency cited the company's failure to pay taxes." (the parser's tree)
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("agency", 2, "nsubj", "NOUN", "NN", "agency"),
                        ("cited", 2, "ROOT", "VERB", "VBD", "cite"), ("the", 4, "det", "DET", "DT", "the"),
                        ("company", 6, "poss", "NOUN", "NN", "company"), ("'s", 4, "case", "PART", "POS", "'s"),
                        ("failure", 2, "dobj", "NOUN", "NN", "failure"), ("to", 8, "aux", "PART", "TO", "to"),
                        ("pay", 6, "acl", "VERB", "VB", "pay"), ("taxes", 8, "dobj", "NOUN", "NNS", "tax")])
    assert rules_reading(certainty, doc, "pay") == (-3, ["failure"])
    assert rules_reading(certainty, doc, "cited")[0] == 3


@pytest.mark.parametrize("adjective, value", [("unable", -3), ("reluctant", -1), ("unwilling", -1)])
def test_adjectives_of_inability_and_reluctance_lower_their_infinitive(vocab, certainty, adjective, value):
    # "The club was unable to find a buyer."
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("club", 2, "nsubj", "NOUN", "NN", "club"),
                        ("was", 2, "ROOT", "AUX", "VBD", "be"), (adjective, 2, "acomp", "ADJ", "JJ", adjective),
                        ("to", 5, "aux", "PART", "TO", "to"), ("find", 3, "xcomp", "VERB", "VB", "find"),
                        ("a", 7, "det", "DET", "DT", "a"), ("buyer", 5, "dobj", "NOUN", "NN", "buyer")])
    assert rules_reading(certainty, doc, "find") == (value, [adjective])


def test_refusal_to_negates_and_the_refusal_itself_stands(vocab, certainty):
    # "His refusal to testify angered the judges."
    doc = hand_parse(vocab, [("His", 1, "poss", "PRON", "PRP$", "his"), ("refusal", 4, "nsubj", "NOUN", "NN", "refusal"),
                        ("to", 3, "aux", "PART", "TO", "to"), ("testify", 1, "acl", "VERB", "VB", "testify"),
                        ("angered", 4, "ROOT", "VERB", "VBD", "anger"), ("the", 6, "det", "DET", "DT", "the"),
                        ("judges", 4, "dobj", "NOUN", "NNS", "judge")])
    assert rules_reading(certainty, doc, "testify")[0] == -3
    assert rules_reading(certainty, doc, "angered")[0] == 3


def test_no_longer_negates(vocab, certainty):
    # "The firm no longer sells cars." ('no' hangs on 'longer')
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("firm", 4, "nsubj", "NOUN", "NN", "firm"),
                        ("no", 3, "neg", "ADV", "RB", "no"), ("longer", 4, "advmod", "ADV", "RBR", "longer"),
                        ("sells", 4, "ROOT", "VERB", "VBZ", "sell"), ("cars", 4, "dobj", "NOUN", "NNS", "car")])
    assert rules_reading(certainty, doc, "sells") == (-3, ["no longer"])


def test_longer_without_no_does_not_negate(vocab, certainty):
    # "The firm sells cars longer."
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("firm", 2, "nsubj", "NOUN", "NN", "firm"),
                        ("sells", 2, "ROOT", "VERB", "VBZ", "sell"), ("cars", 2, "dobj", "NOUN", "NNS", "car"),
                        ("longer", 2, "advmod", "ADV", "RBR", "longer")])
    assert rules_reading(certainty, doc, "sells")[0] == 3


def unclear_when(adjective, negated=False):
    # "It is unclear when the talks will resume." / "It was not clear how ...": the wh-clause hung on the copula
    rows = [("It", 1, "nsubj", "PRON", "PRP", "it"), ("is", 1, "ROOT", "AUX", "VBZ", "be")]
    if negated:
        rows.append(("not", 1, "neg", "PART", "RB", "not"))
    k = len(rows)
    rows += [(adjective, 1, "acomp", "ADJ", "JJ", adjective), ("when", k + 5, "advmod", "SCONJ", "WRB", "when"),
             ("the", k + 3, "det", "DET", "DT", "the"), ("talks", k + 5, "nsubj", "NOUN", "NNS", "talk"),
             ("will", k + 5, "aux", "AUX", "MD", "will"), ("resume", 1, "advcl", "VERB", "VB", "resume")]
    return rows


@pytest.mark.parametrize("adjective, negated, value", [("unclear", False, 0), ("clear", True, 0),
                                                       ("happy", False, 3)])
def test_wh_clause_on_a_copula_of_an_open_question_is_open(vocab, certainty, adjective, negated, value):
    doc = hand_parse(vocab, unclear_when(adjective, negated))
    assert rules_reading(certainty, doc, "resume")[0] == value


def test_ought_to_have_is_probably_not(vocab, certainty):
    # "The board ought to have warned the staff." ('ought' heads the infinitive)
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("board", 2, "nsubj", "NOUN", "NN", "board"),
                        ("ought", 2, "ROOT", "AUX", "MD", "ought"), ("to", 5, "aux", "PART", "TO", "to"),
                        ("have", 5, "aux", "AUX", "VB", "have"), ("warned", 2, "xcomp", "VERB", "VBN", "warn"),
                        ("the", 7, "det", "DET", "DT", "the"), ("staff", 5, "dobj", "NOUN", "NN", "staff")])
    assert rules_reading(certainty, doc, "warned") == (-2, ["ought"])


def test_ought_not_to_is_uncommitted(vocab, certainty):
    # "The board ought not to sell the land."
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("board", 2, "nsubj", "NOUN", "NN", "board"),
                        ("ought", 2, "ROOT", "AUX", "MD", "ought"), ("not", 5, "neg", "PART", "RB", "not"),
                        ("to", 5, "aux", "PART", "TO", "to"), ("sell", 2, "xcomp", "VERB", "VB", "sell"),
                        ("the", 7, "det", "DET", "DT", "the"), ("land", 5, "dobj", "NOUN", "NN", "land")])
    assert rules_reading(certainty, doc, "sell") == (0, ["ought", "not"])


def negated_then(joiner, second_tag="VBD", second_pos="VERB"):
    # "The firm had not admitted any fault <joiner> blamed anyone."
    return [("The", 1, "det", "DET", "DT", "the"), ("firm", 4, "nsubj", "NOUN", "NN", "firm"),
            ("had", 4, "aux", "AUX", "VBD", "have"), ("not", 4, "neg", "PART", "RB", "not"),
            ("admitted", 4, "ROOT", "VERB", "VBN", "admit"), ("any", 6, "det", "DET", "DT", "any"),
            ("fault", 4, "dobj", "NOUN", "NN", "fault"), (joiner, 4, "cc", "CCONJ", "CC", joiner),
            ("blamed", 4, "conj", second_pos, second_tag, "blame"), ("anyone", 8, "dobj", "PRON", "NN", "anyone")]


@pytest.mark.parametrize("joiner, value", [("or", -3), ("but", 3), ("and", 3)])
def test_negation_before_or_denies_each_alternative(vocab, certainty, joiner, value):
    doc = hand_parse(vocab, negated_then(joiner))
    assert rules_reading(certainty, doc, "blamed")[0] == value


def test_a_mistagged_verb_after_or_shares_the_modal_and_negation(vocab, certainty):
    # "He would not elaborate or comment." ('comment' tagged a noun)
    doc = hand_parse(vocab, [("He", 3, "nsubj", "PRON", "PRP", "he"), ("would", 3, "aux", "AUX", "MD", "would"),
                        ("not", 3, "neg", "PART", "RB", "not"), ("elaborate", 3, "ROOT", "VERB", "VB", "elaborate"),
                        ("or", 3, "cc", "CCONJ", "CC", "or"), ("comment", 3, "conj", "NOUN", "NN", "comment")])
    assert rules_reading(certainty, doc, "comment") == (-3, ["would", "not"])


def test_neither_as_determiner_of_the_subject_negates_the_verb(vocab, certainty):
    doc = hand_parse(vocab, [("Neither", 1, "det", "DET", "DT", "neither"), ("side", 2, "nsubj", "NOUN", "NN", "side"),
                        ("commented", 2, "ROOT", "VERB", "VBD", "comment"), ("on", 2, "prep", "ADP", "IN", "on"),
                        ("the", 5, "det", "DET", "DT", "the"), ("ruling", 3, "pobj", "NOUN", "NN", "ruling"),
                        (".", 2, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "commented") == (-3, ["Neither"])


def test_either_as_determiner_leaves_the_verb_certain(vocab, certainty):
    doc = hand_parse(vocab, [("Either", 1, "det", "DET", "DT", "either"), ("side", 2, "nsubj", "NOUN", "NN", "side"),
                        ("commented", 2, "ROOT", "VERB", "VBD", "comment"), (".", 2, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "commented") == (3, [])


def _plans(vocab, negation):
    """'The utility has no plans to raise tariffs' or 'The utility has plans to raise tariffs'."""
    rows = [("The", 1, "det", "DET", "DT", "the"), ("utility", 2, "nsubj", "NOUN", "NN", "utility"),
            ("has", 2, "ROOT", "VERB", "VBZ", "have")]
    if negation:
        rows.append(("no", 4, "det", "DET", "DT", "no"))
    p = len(rows)
    rows += [("plans", 2, "dobj", "NOUN", "NNS", "plan"), ("to", p + 2, "aux", "PART", "TO", "to"),
             ("raise", p, "acl", "VERB", "VB", "raise"), ("tariffs", p + 2, "dobj", "NOUN", "NNS", "tariff"),
             (".", 2, "punct", "PUNCT", ".", ".")]
    return hand_parse(vocab, rows)


def test_no_plans_to_makes_the_event_probably_not(vocab, certainty):
    value, cues = rules_reading(certainty, _plans(vocab, True), "raise")
    assert value == -2 and "no" in cues and "plans" in cues
    assert rules_reading(certainty, _plans(vocab, False), "raise")[0] == 2


def _blocked(vocab, verb, lemma):
    """'Regulators <verb> the merger.'"""
    return hand_parse(vocab, [("Regulators", 1, "nsubj", "NOUN", "NNS", "regulator"),
                              (verb, 1, "ROOT", "VERB", "VBD", lemma), ("the", 3, "det", "DET", "DT", "the"),
                              ("merger", 1, "dobj", "NOUN", "NN", "merger"), (".", 1, "punct", "PUNCT", ".", ".")])


def test_a_verb_of_prevention_keeps_its_definite_object_from_happening(vocab, certainty):
    assert rules_reading(certainty, _blocked(vocab, "blocked", "block"), "merger") == (-2, ["blocked"])
    assert rules_reading(certainty, _blocked(vocab, "averted", "avert"), "merger") == (-2, ["averted"])
    # a verb with no signature leaves the definite event noun a presupposed fact
    assert rules_reading(certainty, _blocked(vocab, "praised", "praise"), "merger") == (3, [])


def test_the_passive_subject_of_a_verb_of_prevention_did_not_happen(vocab, certainty):
    # "The vote was cancelled."
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("vote", 3, "nsubjpass", "NOUN", "NN", "vote"),
                        ("was", 3, "auxpass", "AUX", "VBD", "be"), ("cancelled", 3, "ROOT", "VERB", "VBN", "cancel"),
                        (".", 3, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "vote") == (-3, ["cancelled"])


def _conditional_will(vocab, condition=True, negated=False):
    """'[If the talks fail,] the dockers will [not] strike.'"""
    rows = [("If", 3, "mark", "SCONJ", "IN", "if"), ("the", 2, "det", "DET", "DT", "the"),
            ("talks", 3, "nsubj", "NOUN", "NNS", "talk"), ("fail", 8, "advcl", "VERB", "VBP", "fail"),
            (",", 8, "punct", "PUNCT", ",", ","), ("the", 6, "det", "DET", "DT", "the"),
            ("dockers", 8, "nsubj", "NOUN", "NNS", "docker"), ("will", 8, "aux", "AUX", "MD", "will"),
            ("strike", 8, "ROOT", "VERB", "VB", "strike"), (".", 8, "punct", "PUNCT", ".", ".")]
    if negated:  # 'not' before the verb, which moves one place on
        rows = [(w, h + (h >= 8), d, p, t, l) for w, h, d, p, t, l in rows]
        rows.insert(8, ("not", 9, "neg", "PART", "RB", "not"))
    if not condition:
        rows = [(w, h - 5, d, p, t, l) for w, h, d, p, t, l in rows[5:]]
    return hand_parse(vocab, rows)


def test_will_in_the_consequent_of_a_conditional_is_probable(vocab, certainty):
    assert rules_reading(certainty, _conditional_will(vocab), "strike") == (2, ["If", "will"])
    assert rules_reading(certainty, _conditional_will(vocab, negated=True), "strike") == (-2, ["If", "will", "not"])
    # without the condition 'will' asserts the future event
    assert rules_reading(certainty, _conditional_will(vocab, condition=False), "strike") == (3, [])


def test_an_invitation_accepted_is_not_refused(vocab, certainty):
    # only a verb that turns the request down passes its negation to what is asked
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("senator", 2, "nsubj", "NOUN", "NN", "senator"),
                        ("accepted", 2, "ROOT", "VERB", "VBD", "accept"), ("an", 4, "det", "DET", "DT", "an"),
                        ("invitation", 2, "dobj", "NOUN", "NN", "invitation"), ("to", 6, "aux", "PART", "TO", "to"),
                        ("testify", 4, "acl", "VERB", "VB", "testify"), (".", 2, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "testify")[0] >= 0


def test_turned_down_event_noun_stays_negated(vocab, certainty):
    # a noun that asks for nothing is still what the refusal denies ('refused treatment')
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("patient", 2, "nsubj", "NOUN", "NN", "patient"),
                        ("refused", 2, "ROOT", "VERB", "VBD", "refuse"),
                        ("treatment", 2, "dobj", "NOUN", "NN", "treatment"), (".", 2, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "treatment")[0] == -3


def test_what_a_turned_down_invitation_asks_for_is_refused(vocab, certainty):
    # 'declined an invitation to testify' = 'declined to testify'
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("senator", 2, "nsubj", "NOUN", "NN", "senator"),
                        ("declined", 2, "ROOT", "VERB", "VBD", "decline"), ("an", 4, "det", "DET", "DT", "an"),
                        ("invitation", 2, "dobj", "NOUN", "NN", "invitation"), ("to", 6, "aux", "PART", "TO", "to"),
                        ("testify", 4, "acl", "VERB", "VB", "testify"), (".", 2, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "testify") == (-3, ["declined"])


def test_what_a_rejected_proposal_asks_for_is_refused(vocab, certainty):
    # 'rejected a proposal to merge': 'reject' has no signature of its own, but turns down what is proposed
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("board", 2, "nsubj", "NOUN", "NN", "board"),
                        ("rejected", 2, "ROOT", "VERB", "VBD", "reject"), ("a", 4, "det", "DET", "DT", "a"),
                        ("proposal", 2, "dobj", "NOUN", "NN", "proposal"), ("to", 6, "aux", "PART", "TO", "to"),
                        ("connect", 4, "acl", "VERB", "VB", "connect"), ("the", 8, "det", "DET", "DT", "the"),
                        ("towns", 6, "dobj", "NOUN", "NNS", "town"), (".", 2, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "connect") == (-3, ["rejected"])


def test_phrasal_turning_down_refuses_the_call(vocab, certainty):
    # 'turned down calls for a strike': the particle makes the verb, and the strike the calls ask for is refused
    doc = hand_parse(vocab, [("Dockers", 1, "nsubj", "NOUN", "NNS", "docker"),
                        ("turned", 1, "ROOT", "VERB", "VBD", "turn"), ("down", 1, "prt", "ADP", "RP", "down"),
                        ("calls", 1, "dobj", "NOUN", "NNS", "call"), ("for", 3, "prep", "ADP", "IN", "for"),
                        ("a", 6, "det", "DET", "DT", "a"), ("strike", 4, "pobj", "NOUN", "NN", "strike"),
                        (".", 1, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "strike") == (-3, ["turned down"])


def test_a_proposal_not_rejected_is_left_open(vocab, certainty):
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("board", 4, "nsubj", "NOUN", "NN", "board"),
                        ("did", 4, "aux", "AUX", "VBD", "do"), ("not", 4, "neg", "PART", "RB", "not"),
                        ("reject", 4, "ROOT", "VERB", "VB", "reject"), ("a", 6, "det", "DET", "DT", "a"),
                        ("proposal", 4, "dobj", "NOUN", "NN", "proposal"), ("to", 8, "aux", "PART", "TO", "to"),
                        ("connect", 6, "acl", "VERB", "VB", "connect"), ("the", 10, "det", "DET", "DT", "the"),
                        ("towns", 8, "dobj", "NOUN", "NNS", "town"), (".", 4, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "connect")[0] == 0


def test_an_event_rejected_directly_keeps_its_reading(vocab, certainty):
    # 'rejected an appeal': the appeal was made; only what a request asks for is refused
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("court", 2, "nsubj", "NOUN", "NN", "court"),
                        ("rejected", 2, "ROOT", "VERB", "VBD", "reject"), ("an", 4, "det", "DET", "DT", "an"),
                        ("appeal", 2, "dobj", "NOUN", "NN", "appeal"), (".", 2, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "appeal")[0] == 3


def test_what_cannot_be_afforded_is_probably_not_done(vocab, certainty):
    # 'could not afford to connect': the means are lacking, so the connecting probably does not happen
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("county", 4, "nsubj", "NOUN", "NN", "county"),
                        ("could", 4, "aux", "AUX", "MD", "could"), ("not", 4, "neg", "PART", "RB", "not"),
                        ("afford", 4, "ROOT", "VERB", "VB", "afford"), ("to", 6, "aux", "PART", "TO", "to"),
                        ("connect", 4, "xcomp", "VERB", "VB", "connect"), ("the", 8, "det", "DET", "DT", "the"),
                        ("villages", 6, "dobj", "NOUN", "NNS", "village"), (".", 4, "punct", "PUNCT", ".", ".")])
    value, cues = rules_reading(certainty, doc, "connect")
    assert value == -2 and "afford" in cues


def test_what_can_be_afforded_is_only_possible(vocab, certainty):
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("county", 2, "nsubj", "NOUN", "NN", "county"),
                        ("afforded", 2, "ROOT", "VERB", "VBD", "afford"), ("to", 4, "aux", "PART", "TO", "to"),
                        ("connect", 2, "xcomp", "VERB", "VB", "connect"), ("the", 6, "det", "DET", "DT", "the"),
                        ("villages", 4, "dobj", "NOUN", "NNS", "village"), (".", 2, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "connect") == (1, ["afforded"])


def test_a_hope_lemmatised_without_its_e_still_selects(vocab, certainty):
    # the rule lemmatizer gives 'hoped' the lemma 'hop'; what is hoped for is still only possible
    doc = hand_parse(vocab, [("Farmers", 1, "nsubj", "NOUN", "NNS", "farmer"),
                        ("hoped", 1, "ROOT", "VERB", "VBD", "hop"), ("to", 3, "aux", "PART", "TO", "to"),
                        ("connect", 1, "xcomp", "VERB", "VB", "connect"), ("the", 5, "det", "DET", "DT", "the"),
                        ("wells", 3, "dobj", "NOUN", "NNS", "well"), (".", 1, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "connect") == (1, ["hoped"])


def test_a_doubled_consonant_keeps_the_short_lemma(vocab, certainty):
    # 'hopped' is 'hop', no verb of hoping: its infinitive of purpose is not a hope
    doc = hand_parse(vocab, [("Farmers", 1, "nsubj", "NOUN", "NNS", "farmer"),
                        ("hopped", 1, "ROOT", "VERB", "VBD", "hop"), ("to", 3, "aux", "PART", "TO", "to"),
                        ("connect", 1, "xcomp", "VERB", "VB", "connect"), ("the", 5, "det", "DET", "DT", "the"),
                        ("wells", 3, "dobj", "NOUN", "NNS", "well"), (".", 1, "punct", "PUNCT", ".", ".")])
    assert "hopped" not in rules_reading(certainty, doc, "connect")[1]


def test_inverted_condition_is_open(vocab, certainty):
    # 'Had the army withdrawn, ...': a condition without 'if'
    doc = hand_parse(vocab, [("Had", 3, "aux", "AUX", "VBD", "have"), ("the", 2, "det", "DET", "DT", "the"),
                        ("army", 3, "nsubj", "NOUN", "NN", "army"), ("withdrawn", 9, "advcl", "VERB", "VBN", "withdraw"),
                        (",", 9, "punct", "PUNCT", ",", ","), ("the", 6, "det", "DET", "DT", "the"),
                        ("town", 9, "nsubj", "NOUN", "NN", "town"), ("would", 9, "aux", "AUX", "MD", "would"),
                        ("have", 9, "aux", "AUX", "VB", "have"), ("fallen", 9, "ROOT", "VERB", "VBN", "fall"),
                        (".", 9, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "withdrawn") == (0, ["Had"])


def test_past_perfect_reported_is_no_condition(vocab, certainty):
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("army", 3, "nsubj", "NOUN", "NN", "army"),
                        ("had", 3, "aux", "AUX", "VBD", "have"), ("withdrawn", 7, "ccomp", "VERB", "VBN", "withdraw"),
                        (",", 7, "punct", "PUNCT", ",", ","), ("the", 6, "det", "DET", "DT", "the"),
                        ("ministry", 7, "nsubj", "NOUN", "NN", "ministry"), ("said", 7, "ROOT", "VERB", "VBD", "say"),
                        (".", 7, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "withdrawn") == (3, [])


@pytest.mark.parametrize("word, tag", [("set", "VBN"), ("poised", "VBN")])
def test_set_and_poised_to_are_scheduled(vocab, certainty, word, tag):
    # "The plant is set to close." / "The plant is poised to close."
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("plant", 3, "nsubjpass", "NOUN", "NN", "plant"),
                        ("is", 3, "auxpass", "AUX", "VBZ", "be"), (word, 3, "ROOT", "VERB", tag, word),
                        ("to", 5, "aux", "PART", "TO", "to"), ("close", 3, "xcomp", "VERB", "VB", "close")])
    assert rules_reading(certainty, doc, "close") == (2, [word])


def attempt_parse(vocab, adjective, noun, modal=None):
    """'The gang (may have) made a/an ADJ NOUN to loot the depot', parsed as the parser hangs such phrases."""
    rows = [("The", 1, "det", "DET", "DT", "the"), ("gang", 2, "nsubj", "NOUN", "NN", "gang")]
    if modal:
        rows = [("The", 1, "det", "DET", "DT", "the"), ("gang", 4, "nsubj", "NOUN", "NN", "gang"),
                (modal, 4, "aux", "AUX", "MD", modal), ("have", 4, "aux", "AUX", "VB", "have")]
    made = len(rows)
    rows.append(("made", made, "ROOT", "VERB", "VBD" if not modal else "VBN", "make"))
    head = made + 3 if adjective else made + 2
    rows.append(("a", head, "det", "DET", "DT", "a"))
    if adjective:
        rows.append((adjective, head, "amod", "ADJ", "JJ", adjective))
    rows.append((noun, made, "dobj", "NOUN", "NN", noun))
    rows += [("to", head + 2, "aux", "PART", "TO", "to"), ("loot", head, "acl", "VERB", "VB", "loot"),
             ("the", head + 4, "det", "DET", "DT", "the"), ("depot", head + 2, "dobj", "NOUN", "NN", "depot")]
    return hand_parse(vocab, rows)


@pytest.mark.parametrize("adjective, noun", [("failed", "attempt"), ("unsuccessful", "bid"),
                                             ("botched", "effort"), ("abortive", "attempt")])
def test_what_a_failed_attempt_aimed_at_did_not_happen(vocab, certainty, adjective, noun):
    doc = attempt_parse(vocab, adjective, noun)
    assert rules_reading(certainty, doc, "loot") == (-3, [f"{adjective} {noun}"])


def test_a_failed_attempt_that_may_have_been_made_leaves_its_aim_possibly_not(vocab, certainty):
    doc = attempt_parse(vocab, "failed", "attempt", modal="may")
    value, cues = rules_reading(certainty, doc, "loot")
    assert value == -1 and "failed attempt" in cues


@pytest.mark.parametrize("adjective", [None, "bold"])
def test_an_attempt_not_said_to_fail_stays_an_attempt(vocab, certainty, adjective):
    doc = attempt_parse(vocab, adjective, "attempt")
    assert rules_reading(certainty, doc, "loot") == (1, ["attempt"])


def test_a_failed_noun_that_attempts_nothing_does_not_deny_its_clause(vocab, certainty):
    # 'a failed plan to loot the depot': a plan's failure is not the aim's denial here; only nouns of attempting
    doc = attempt_parse(vocab, "failed", "plan")
    assert rules_reading(certainty, doc, "loot")[0] > 0


def showing_parse(vocab, verb="appears"):
    # "Drone footage appears to show guards firing at the marchers" / "The envoy met guards firing ..."
    words = [("Drone", 1, "compound", "NOUN", "NN", "drone"), ("footage", 2, "nsubj", "NOUN", "NN", "footage")]
    if verb == "appears":
        words += [("appears", 2, "ROOT", "VERB", "VBZ", "appear"), ("to", 4, "aux", "PART", "TO", "to"),
                  ("show", 2, "xcomp", "VERB", "VB", "show")]
    else:
        words += [("did", 4, "aux", "AUX", "VBD", "do"), ("not", 4, "neg", "PART", "RB", "not"),
                  ("show", 4, "ROOT", "VERB", "VB", "show")]
    words += [("guards", 4, "dobj", "NOUN", "NNS", "guard"), ("firing", 5, "acl", "VERB", "VBG", "fire"),
              ("at", 6, "prep", "ADP", "IN", "at"), ("the", 9, "det", "DET", "DT", "the"),
              ("marchers", 7, "pobj", "NOUN", "NNS", "marcher")]
    return hand_parse(vocab, words)


def test_a_participle_shown_under_a_hedge_is_hedged_like_its_object(vocab, certainty):
    # 'appears to show damage' is probable; so is what the shown people are doing
    doc = showing_parse(vocab)
    assert rules_reading(certainty, doc, "firing") == (2, ["appears"])


def test_a_participle_not_shown_is_left_open(vocab, certainty):
    value, cues = rules_reading(certainty, showing_parse(vocab, verb="did not"), "firing")
    assert value == 0 and "not" in cues


def test_a_participle_on_the_object_of_another_verb_stays_a_description(vocab, certainty):
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("envoy", 2, "nsubj", "NOUN", "NN", "envoy"),
                             ("seemed", 2, "ROOT", "VERB", "VBD", "seem"), ("to", 4, "aux", "PART", "TO", "to"),
                             ("meet", 2, "xcomp", "VERB", "VB", "meet"), ("guards", 4, "dobj", "NOUN", "NNS", "guard"),
                             ("firing", 5, "acl", "VERB", "VBG", "fire")])
    assert rules_reading(certainty, doc, "firing")[0] == 3


def declined_to_say(wh_rows):
    # "The firm declined to say <wh-clause>": the clause hung on 'say' as its complement
    rows = [("The", 1, "det", "DET", "DT", "the"), ("firm", 2, "nsubj", "NOUN", "NN", "firm"),
            ("declined", 2, "ROOT", "VERB", "VBD", "decline"), ("to", 4, "aux", "PART", "TO", "to"),
            ("say", 2, "xcomp", "VERB", "VB", "say")]
    return rows + [(w, h + 5 if isinstance(h, int) and h >= 0 else 4, d, p, t, l) for w, h, d, p, t, l in wh_rows]


def test_constituent_question_presupposes_its_past_clause(vocab, certainty):
    # "The firm declined to say how the intruders got in": they got in; the question is only how
    doc = hand_parse(vocab, declined_to_say([("how", 3, "advmod", "SCONJ", "WRB", "how"),
                                             ("the", 2, "det", "DET", "DT", "the"),
                                             ("intruders", 3, "nsubj", "NOUN", "NNS", "intruder"),
                                             ("got", -1, "ccomp", "VERB", "VBD", "get"),
                                             ("in", 3, "prt", "ADP", "RP", "in")]))
    assert rules_reading(certainty, doc, "got") == (3, [])


def test_constituent_question_with_a_modal_stays_open(vocab, certainty):
    # "The firm declined to say where the cargo would go": nothing says it will go anywhere
    doc = hand_parse(vocab, declined_to_say([("where", 4, "advmod", "SCONJ", "WRB", "where"),
                                             ("the", 2, "det", "DET", "DT", "the"),
                                             ("cargo", 4, "nsubj", "NOUN", "NN", "cargo"),
                                             ("would", 4, "aux", "AUX", "MD", "would"),
                                             ("go", -1, "ccomp", "VERB", "VB", "go")]))
    assert rules_reading(certainty, doc, "go")[0] == 0


def test_degree_question_stays_open(vocab, certainty):
    # "The firm declined to say how many tills were emptied": a degree word asks whether any were
    doc = hand_parse(vocab, declined_to_say([("how", 1, "advmod", "SCONJ", "WRB", "how"),
                                             ("many", 2, "amod", "ADJ", "JJ", "many"),
                                             ("tills", 4, "nsubjpass", "NOUN", "NNS", "till"),
                                             ("were", 4, "auxpass", "AUX", "VBD", "be"),
                                             ("emptied", -1, "ccomp", "VERB", "VBN", "empty")]))
    assert rules_reading(certainty, doc, "emptied")[0] == 0


def test_question_about_a_determined_argument_presupposes_its_clause(vocab, certainty):
    # "It was not clear which ministry warned the port": some ministry warned it
    doc = hand_parse(vocab, [("It", 1, "nsubj", "PRON", "PRP", "it"), ("was", 1, "ROOT", "AUX", "VBD", "be"),
                             ("not", 1, "neg", "PART", "RB", "not"), ("clear", 1, "acomp", "ADJ", "JJ", "clear"),
                             ("which", 5, "det", "DET", "WDT", "which"),
                             ("ministry", 6, "nsubj", "NOUN", "NN", "ministry"),
                             ("warned", 1, "ccomp", "VERB", "VBD", "warn"), ("the", 8, "det", "DET", "DT", "the"),
                             ("port", 6, "dobj", "NOUN", "NN", "port")])
    assert rules_reading(certainty, doc, "warned") == (3, [])
