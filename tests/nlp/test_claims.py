"""Tests for claims as propositions: which predicates head a claim, which fold into one, and trigger extents."""
import pytest
import spacy

from claimgraph.nlp.claims import group_claims, heads_clause, trigger_span

from tests.conftest import hand_parse


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab




def convoy(vocab):
    # "Militia fighters ambushed an armoured convoy after the talks collapsed"
    return hand_parse(vocab, [("Militia", 1, "compound", "NOUN", "NN"), ("fighters", 2, "nsubj", "NOUN", "NNS"),
                         ("ambushed", 2, "ROOT", "VERB", "VBD"), ("an", 5, "det", "DET", "DT"),
                         ("armoured", 5, "amod", "VERB", "VBN"), ("convoy", 2, "dobj", "NOUN", "NN"),
                         ("after", 9, "mark", "SCONJ", "IN"), ("the", 8, "det", "DET", "DT"),
                         ("talks", 9, "nsubj", "NOUN", "NNS"), ("collapsed", 2, "advcl", "VERB", "VBD")])


def test_clauses_and_fragments(vocab):
    doc = convoy(vocab)
    assert heads_clause(doc[2]) and heads_clause(doc[9])
    assert not heads_clause(doc[4])  # adjectival participle
    assert not heads_clause(doc[8])  # a nominal event inside someone else's clause


def test_participle_with_an_argument_is_a_clause(vocab):
    # "a warehouse looted by soldiers"
    doc = hand_parse(vocab, [("a", 1, "det", "DET", "DT"), ("warehouse", 1, "ROOT", "NOUN", "NN"),
                        ("looted", 1, "acl", "VERB", "VBN"), ("by", 2, "agent", "ADP", "IN"),
                        ("soldiers", 3, "pobj", "NOUN", "NNS")])
    assert heads_clause(doc[2])


def test_predicate_noun_of_a_copula_is_a_clause(vocab):
    # "It was an ambush"
    doc = hand_parse(vocab, [("It", 1, "nsubj", "PRON", "PRP"), ("was", 1, "ROOT", "AUX", "VBD"),
                        ("an", 3, "det", "DET", "DT"), ("ambush", 1, "attr", "NOUN", "NN")])
    assert heads_clause(doc[3])


def test_fragments_fold_into_their_clause(vocab):
    doc = convoy(vocab)
    claims = group_claims(doc, [2, 4, 8, 9], attribution_of={}, event_of={}, stops=set())
    assert [c.head for c in claims] == [2, 9]
    assert claims[0].parts == [4] and claims[1].parts == [8]


def test_an_event_keeps_its_own_claim_when_the_host_has_another(vocab):
    doc = convoy(vocab)
    claims = group_claims(doc, [2, 8, 9], attribution_of={}, event_of={9: 0, 8: 1}, stops=set())
    assert {c.head for c in claims} == {2, 8, 9}
    claims = group_claims(doc, [2, 8, 9], attribution_of={}, event_of={8: 1}, stops=set())
    host = next(c for c in claims if c.head == 9)
    assert host.parts == [8] and host.event == 1


def test_fragments_do_not_cross_attributions_or_cues(vocab):
    doc = convoy(vocab)
    claims = group_claims(doc, [2, 4], attribution_of={4: 0}, event_of={}, stops=set())
    assert [c.head for c in claims] == [2] and claims[0].parts == []  # a modifier with no home: dropped
    claims = group_claims(doc, [9, 8], attribution_of={}, event_of={}, stops={9})
    assert [c.head for c in claims] == [9] and claims[0].parts == []  # outside any content, no event: dropped
    claims = group_claims(doc, [9, 8], attribution_of={8: 0}, event_of={}, stops={9})
    assert {c.head for c in claims} == {8, 9}  # what an attribution says, though it has no clause
    claims = group_claims(doc, [9, 8], attribution_of={}, event_of={8: 0}, stops={9})
    assert {c.head for c in claims} == {8, 9}  # an event with nowhere to go keeps its own claim


def test_a_noun_modifier_never_stands_alone(vocab):
    doc = convoy(vocab)  # "Militia" modifies "fighters"
    claims = group_claims(doc, [0, 2], attribution_of={}, event_of={0: 0, 2: 1}, stops=set())
    assert [c.head for c in claims] == [2] and claims[0].parts == [0]
    claims = group_claims(doc, [0], attribution_of={}, event_of={0: 0}, stops={2})
    assert claims == []


def test_trigger_takes_particles_and_hyphenated_words(vocab):
    doc = hand_parse(vocab, [("crews", 1, "nsubj", "NOUN", "NNS"), ("carried", 1, "ROOT", "VERB", "VBD"),
                        ("out", 1, "prt", "ADP", "RP"), ("a", 6, "det", "DET", "DT"),
                        ("build", 6, "compound", "NOUN", "NN"),
                        ("-", 6, "punct", "PUNCT", "HYPH"), ("up", 1, "dobj", "NOUN", "NN")],
                spaces=[True, True, True, True, False, False, False])
    assert trigger_span(doc[1]).text == "carried out"
    assert trigger_span(doc[6]).text == "build-up"
    assert trigger_span(doc[0]).text == "crews"


def test_analysis_claims_are_clauses_with_parts(analyse):
    result = analyse("Engineers carried out repairs on the damaged bridge after the storm, officials said. "
                     "The regional council said the closure of the harbour would cost fishermen their income.")
    triggers = [c["trigger"]["text"] for c in result["claims"]]
    assert "carried out" in triggers
    assert "damaged" not in triggers
    assert any(part["trigger"]["text"] == "damaged" for c in result["claims"] for part in c["parts"])
    for claim in result["claims"]:
        assert isinstance(claim["parts"], list)
        for part in claim["parts"]:
            assert part["trigger"]["text"] not in triggers
            assert claim["span"]["start"] <= part["trigger"]["start"] < claim["span"]["end"]
            assert part["span"]["start"] <= part["trigger"]["start"] < part["span"]["end"]
            assert -3 <= part["certainty"]["value"] <= 3


def test_trigger_takes_the_bare_object_of_a_light_verb(vocab):
    # "the drill took place"; not "they took the place" (a determiner) nor "they grind flour" (no light verb)
    doc = hand_parse(vocab, [("drill", 1, "nsubj", "NOUN", "NN"), ("took", 1, "ROOT", "VERB", "VBD"),
                        ("place", 1, "dobj", "NOUN", "NN")])
    doc[1].lemma_ = "take"
    assert trigger_span(doc[1]).text == "took place"
    doc = hand_parse(vocab, [("they", 1, "nsubj", "PRON", "PRP"), ("took", 1, "ROOT", "VERB", "VBD"),
                        ("the", 3, "det", "DET", "DT"), ("place", 1, "dobj", "NOUN", "NN")])
    doc[1].lemma_ = "take"
    assert trigger_span(doc[1]).text == "took"
    doc = hand_parse(vocab, [("they", 1, "nsubj", "PRON", "PRP"), ("grind", 1, "ROOT", "VERB", "VBP"),
                        ("flour", 1, "dobj", "NOUN", "NN")])
    doc[1].lemma_ = "grind"
    assert trigger_span(doc[1]).text == "grind"


def test_trigger_takes_the_preposition_a_prepositional_verb_selects(vocab):
    # "unions pushed for talks"; not "unions marched for hours"
    doc = hand_parse(vocab, [("unions", 1, "nsubj", "NOUN", "NNS"), ("pushed", 1, "ROOT", "VERB", "VBD"),
                        ("for", 1, "prep", "ADP", "IN"), ("talks", 2, "pobj", "NOUN", "NNS")])
    doc[1].lemma_ = "push"
    assert trigger_span(doc[1]).text == "pushed for"
    doc = hand_parse(vocab, [("unions", 1, "nsubj", "NOUN", "NNS"), ("marched", 1, "ROOT", "VERB", "VBD"),
                        ("for", 1, "prep", "ADP", "IN"), ("hours", 2, "pobj", "NOUN", "NNS")])
    doc[1].lemma_ = "march"
    assert trigger_span(doc[1]).text == "marched"


def test_a_hyphenated_verb_the_parser_split_is_one_claim(analyse):
    r = analyse("His lawyer said his client would co-operate fully with investigators.")
    claims = [c for c in r["claims"] if c["attribution"]]
    assert [c["trigger"]["text"] for c in claims] == ["co-operate"]
    assert claims[0]["certainty"]["value"] == 2  # 'would' hangs on the first part


def test_naming_participle_is_no_claim(vocab):
    # "a faction calling itself the Red Hand"
    rows = [("a", 1, "det", "DET", "DT"), ("faction", 1, "ROOT", "NOUN", "NN"),
            ("calling", 1, "acl", "VERB", "VBG"), ("itself", 2, "dobj", "PRON", "PRP"),
            ("the", 6, "det", "DET", "DT"), ("Red", 6, "compound", "PROPN", "NNP"),
            ("Hand", 2, "oprd", "PROPN", "NNP")]
    doc = hand_parse(vocab, [row + (row[0].lower() if row[0] != "calling" else "call",) for row in rows])
    assert not heads_clause(doc[2])


def test_participle_set_off_on_a_subject_folds_into_its_clause(vocab):
    # "The pilot, flying for a charter firm, was detained"
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT"), ("pilot", 8, "nsubjpass", "NOUN", "NN"),
                             (",", 1, "punct", "PUNCT", ","), ("flying", 1, "acl", "VERB", "VBG"),
                             ("for", 3, "prep", "ADP", "IN"), ("a", 6, "det", "DET", "DT"),
                             ("firm", 4, "pobj", "NOUN", "NN"), (",", 1, "punct", "PUNCT", ","),
                             ("detained", 8, "ROOT", "VERB", "VBN")])
    assert not heads_clause(doc[3])
    claims = group_claims(doc, [3, 8], {}, {}, set())
    assert [c.head for c in claims] == [8] and claims[0].parts == [3]


def test_an_infinitive_on_an_indefinite_pronoun_is_part_of_its_clause(vocab):
    # "Ardovia had nothing to do with the blast": the denial is one claim, "to do with the blast" none of its own
    doc = hand_parse(vocab, [("Ardovia", 1, "nsubj", "PROPN", "NNP"), ("had", 1, "ROOT", "VERB", "VBD"),
                             ("nothing", 1, "dobj", "PRON", "NN"), ("to", 4, "aux", "PART", "TO"),
                             ("do", 2, "relcl", "VERB", "VB"), ("with", 4, "prep", "ADP", "IN"),
                             ("the", 7, "det", "DET", "DT"), ("blast", 5, "pobj", "NOUN", "NN")])
    assert heads_clause(doc[1]) and not heads_clause(doc[4])
    # "plans to expand the port" keeps its infinitive: a plan's content is an act of its own
    plans = hand_parse(vocab, [("plans", 0, "ROOT", "NOUN", "NNS"), ("to", 2, "aux", "PART", "TO"),
                               ("expand", 0, "acl", "VERB", "VB"), ("the", 4, "det", "DET", "DT"),
                               ("port", 2, "dobj", "NOUN", "NN")])
    assert heads_clause(plans[2])


def test_a_denial_by_an_idiom_gives_one_negative_claim(analyse):
    result = analyse("Ardovia had nothing to do with the bombing of the bridge, a ministry spokesman said on Monday.")
    claims = [(c["span"]["text"], c["certainty"]["value"]) for c in result["claims"]]
    assert claims == [("Ardovia had nothing to do with the bombing of the bridge", -3)]
