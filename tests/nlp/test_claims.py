"""Tests for claims as propositions: which predicates head a claim, which fold into one, and trigger extents."""
import pytest

from claimgraph.nlp.claims import group_claims, heads_clause, trigger_span

from tests.conftest import hand_parse




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


def test_participle_with_an_argument_stands_alone_only_without_a_host(vocab):
    # "a warehouse looted by soldiers": a reduced relative heads no clause, but with no clause to fold into it keeps
    # a claim of its own
    doc = hand_parse(vocab, [("a", 1, "det", "DET", "DT"), ("warehouse", 1, "ROOT", "NOUN", "NN"),
                        ("looted", 1, "acl", "VERB", "VBN"), ("by", 2, "agent", "ADP", "IN"),
                        ("soldiers", 3, "pobj", "NOUN", "NNS")])
    assert not heads_clause(doc[2])
    assert [c.head for c in group_claims(doc, [2], {}, {}, set())] == [2]


def test_predicate_noun_of_a_copula_is_a_clause(vocab):
    # "It was an ambush"
    doc = hand_parse(vocab, [("It", 1, "nsubj", "PRON", "PRP"), ("was", 1, "ROOT", "AUX", "VBD"),
                        ("an", 3, "det", "DET", "DT"), ("ambush", 1, "attr", "NOUN", "NN")])
    assert heads_clause(doc[3])


def test_fragments_fold_into_their_clause(vocab):
    doc = convoy(vocab)
    # the clause of time names an event of its own (the collapse), so it keeps its claim
    claims = group_claims(doc, [2, 4, 8, 9], attribution_of={}, event_of={9: 0}, stops=set())
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


def test_trigger_leaves_out_a_thing_a_light_verb_takes(vocab):
    # "the clerk took cash" (a thing taken) against "the clerk took office" (the act the noun names)
    rows = [("clerk", 1, "nsubj", "NOUN", "NN"), ("took", 1, "ROOT", "VERB", "VBD"), (None, 1, "dobj", "NOUN", "NN")]
    for noun, trigger in (("cash", "took"), ("office", "took office")):
        doc = hand_parse(vocab, [(noun if word is None else word, *rest) for word, *rest in rows])
        doc[1].lemma_ = "take"
        assert trigger_span(doc[1]).text == trigger


@pytest.mark.parametrize("verb, verb_lemma, noun", [("took", "take", "responsibility"), ("made", "make", "peace"),
                                                    ("takes", "take", "precedence")])
def test_trigger_takes_an_act_noun_a_light_verb_makes_one_predicate_with(vocab, verb, verb_lemma, noun):
    # "the minister took responsibility", "the rivals made peace": the noun names the act, as "took office" does
    doc = hand_parse(vocab, [("minister", 1, "nsubj", "NOUN", "NN"), (verb, 1, "ROOT", "VERB", "VBD"),
                             (noun, 1, "dobj", "NOUN", "NN")])
    doc[1].lemma_ = verb_lemma
    assert trigger_span(doc[1]).text == f"{verb} {noun}"


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


def test_a_preposition_that_places_the_act_in_time_is_not_selected(analyse):
    # "vote on" selects what is voted on, not the day of the vote
    claims = analyse("Delegates in Harvel will vote on Friday on the draft charter.")["claims"]
    assert "vote" in [c["trigger"]["text"] for c in claims]
    claims = analyse("The Ostrel dockers' union called on Tuesday for a strike.")["claims"]
    assert "called" in [c["trigger"]["text"] for c in claims]


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


# --- fragments inside a host's proposition: reduced relatives, purpose infinitives, the terms a source speaks on ----

def triggers(result):
    return [c["trigger"]["text"] for c in result["claims"]]


def parts_of(result, trigger):
    (host,) = [c for c in result["claims"] if c["trigger"]["text"] == trigger]
    return [p["trigger"]["text"] for p in host["parts"]]


@pytest.mark.parametrize("text, host, part", [
    ("A freighter moored at the north pier on Tuesday was damaged by a fire, the port operator said.",
     "damaged", "moored"),
    ("Lorries carrying grain from the interior were stopped at the checkpoint.", "stopped", "carrying"),
    ("Engineers arrived at the reservoir on Monday to inspect the spillway.", "arrived", "inspect"),
    ("If approved, the merger would create the largest lender in the province.", "create", "approved"),
])
def test_a_modifying_clause_is_part_of_its_host(analyse, text, host, part):
    r = analyse(text)
    assert part not in triggers(r) and part in parts_of(r, host)


def test_a_reduced_relative_with_no_clause_above_it_stands_alone(analyse):
    # "according to X" is no clause to fold into: the report's being seen is a claim of its own
    r = analyse("The tanker switched off its beacon, according to a report by the inspectors seen by the Ledger.")
    assert "seen" in triggers(r)


@pytest.mark.parametrize("text", [
    "Three officials, who spoke on condition of anonymity because they were not authorised to discuss the talks, "
    "said the talks had stalled.",
    "The talks had stalled, said a diplomat who asked not to be named.",
    "Two engineers, speaking on condition of anonymity, said the talks had stalled.",
    "A negotiator, who declined to be identified, said the talks had stalled.",
])
def test_the_terms_a_source_speaks_on_are_no_claim(analyse, text):
    r = analyse(text)
    assert triggers(r) == ["stalled"]
    assert all(c["attribution"] is not None for c in r["claims"])


def test_a_relative_clause_on_a_source_that_says_something_stays(analyse):
    r = analyse("Two aid workers who had crossed the border said the camp was overcrowded.")
    assert "crossed" in triggers(r)


@pytest.mark.parametrize("text, refusal, question", [
    ("A spokeswoman for the airline declined to say whether the pilots had been suspended.", "declined",
     "suspended"),
    ("The insurer refused to say if the claims had been paid.", "refused", "paid"),
    ("The ministry would not say whether the envoy had left the capital.", "say", "left"),
])
def test_a_refusal_to_say_is_no_claim_about_what_it_withholds(analyse, text, refusal, question):
    r = analyse(text)
    (withheld,) = [c for c in r["claims"] if c["trigger"]["text"] == refusal]
    assert "whether" not in withheld["span"]["text"] and " if " not in withheld["span"]["text"]
    assert not [c for c in r["claims"] if c["trigger"]["text"] == "say" and c is not withheld]
    (open_question,) = [c for c in r["claims"] if c["trigger"]["text"] == question]
    assert open_question["certainty"]["value"] == 0


@pytest.mark.parametrize("text, question, value", [
    ("The Velk coast guard confirmed the seizure but would not say where the crew was being held.", "held", 3),
    ('The Orlan harbour office said on Monday that the fire had been "an act of arson" but did not say who it '
     'believed had started it.', "started", 2),
])
def test_a_negated_saying_of_a_wh_question_is_no_claim_about_what_it_leaves_open(analyse, text, question, value):
    # 'did not say who C' asks, as 'did not say whether C' does: the not saying is its own claim. Unlike a
    # whether-question, a wh-question presupposes its tensed clause and asks only for a part of it: the crew is held
    # somewhere; the office believes someone started the fire, and what one believes is probable
    r = analyse(text)
    assert not [c for c in r["claims"] if c["trigger"]["text"] == "say" and (" who " in c["span"]["text"]
                                                                           or " where " in c["span"]["text"])]
    (question_claim,) = [c for c in r["claims"] if c["trigger"]["text"] == question]
    assert question_claim["certainty"]["value"] == value


def test_a_refusal_to_comment_keeps_the_withheld_act_within_it(analyse):
    r = analyse("The club refused to comment on the transfer.")
    assert triggers(r) == ["refused"]
    (comment,) = [p for p in r["claims"][0]["parts"] if p["trigger"]["text"] == "comment"]
    assert comment["certainty"]["value"] < 0  # the withheld act itself did not happen (UW train: -2.7)


def test_too_early_to_say_whether_is_a_hedge_not_a_claim(analyse):
    r = analyse("It is too early to say whether the levee was breached deliberately, the mayor's office said.")
    assert "say" not in triggers(r)
    (breached,) = [c for c in r["claims"] if c["trigger"]["text"] == "breached"]
    assert breached["certainty"]["value"] == 0
    assert "too early" in " ".join(c["text"] for c in breached["certainty"]["cue"])


# "Officials said Unit 5521 of the Drelish army, the group researchers track as Copper Heron, planted the wiper and
# activated it", as the parser reads it: the apposition's relative verb made the reported clause, the predicate its
# conjunct
_APPOSED = [("Officials", 1, "nsubj", "NOUN", "NNS"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("Unit", 1, "nsubj", "PROPN", "NNP"), ("5521", 2, "nummod", "NUM", "CD"), ("of", 2, "prep", "ADP", "IN"),
            ("the", 7, "det", "DET", "DT"), ("Drelish", 7, "amod", "ADJ", "JJ"), ("army", 4, "pobj", "NOUN", "NN"),
            (",", 12, "punct", "PUNCT", ","), ("the", 11, "det", "DET", "DT"), ("group", 11, "compound", "NOUN", "NN"),
            ("researchers", 12, "nsubj", "NOUN", "NNS"), ("track", 1, "ccomp", "VERB", "VBP", "track"),
            ("as", 12, "prep", "ADP", "IN"), ("Copper", 15, "compound", "PROPN", "NNP"),
            ("Heron", 13, "pobj", "PROPN", "NNP"), (",", 12, "punct", "PUNCT", ","),
            ("planted", 12, "conj", "VERB", "VBD", "plant"), ("the", 19, "det", "DET", "DT"),
            ("wiper", 17, "dobj", "NOUN", "NN"), ("and", 17, "cc", "CCONJ", "CC"),
            ("activated", 17, "conj", "VERB", "VBD", "activate"), ("it", 21, "dobj", "PRON", "PRP")]


def _rows(rows):
    return [row if len(row) == 6 else (*row, row[0].lower()) for row in rows]


def test_predicate_hung_under_an_apposed_relative_heads_the_claim(vocab):
    from claimgraph.nlp.claims import apposed_relative, fitted, naming_relative

    doc = hand_parse(vocab, _rows(_APPOSED))
    found = apposed_relative(doc[12])
    assert (found.predicate.i, found.subject.i, found.name.i) == (17, 2, 15)
    assert naming_relative(doc[12])  # 'the group researchers track as Copper Heron' names the unit: no claim
    claims = group_claims(doc, [12, 17, 21], attribution_of={12: 0, 17: 0, 21: 0}, event_of={}, stops={1})
    assert [c.head for c in claims] == [17, 21]
    # the claim opens with the subject the parser left outside the predicate's clause
    assert fitted(doc[17:23], 17, set(range(2, 23)), set()).text.startswith("Unit 5521 of the Drelish army ,")


def test_predicate_read_as_a_clause_of_the_name_after_as(vocab):
    # "..., the group researchers know as Copper Heron, planted the wiper": 'as Copper Heron' read as the adverbial
    # clause of 'planted', the name its subject
    from claimgraph.nlp.claims import apposed_relative

    rows = [("Officials", 1, "nsubj", "NOUN", "NNS"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("Unit", 1, "dep", "PROPN", "NNP"), ("5521", 2, "nummod", "NUM", "CD"), (",", 7, "punct", "PUNCT", ","),
            ("the", 6, "det", "DET", "DT"), ("researchers", 7, "nsubj", "NOUN", "NNS"),
            ("know", 1, "ccomp", "VERB", "VBP", "know"), ("as", 12, "mark", "SCONJ", "IN"),
            ("Copper", 10, "compound", "PROPN", "NNP"), ("Heron", 12, "nsubj", "PROPN", "NNP"),
            (",", 10, "punct", "PUNCT", ","), ("planted", 7, "advcl", "VERB", "VBD", "plant"),
            ("the", 14, "det", "DET", "DT"), ("wiper", 12, "dobj", "NOUN", "NN")]
    doc = hand_parse(vocab, _rows(rows))
    found = apposed_relative(doc[7])
    assert (found.predicate.i, found.subject.i, found.name.i) == (12, 2, 10)


def test_relative_hung_on_its_noun_is_no_misparse_and_only_a_naming_one_drops(vocab):
    from claimgraph.nlp.claims import apposed_relative, naming_relative

    # "Brask Vale, the crew analysts track as Ash Finch, hacked the servers": the parse is right
    rows = [("Brask", 1, "compound", "PROPN", "NNP"), ("Vale", 10, "nsubj", "PROPN", "NNP"),
            (",", 1, "punct", "PUNCT", ","), ("the", 5, "det", "DET", "DT"), ("crew", 5, "compound", "NOUN", "NN"),
            ("analysts", 6, "nsubj", "NOUN", "NNS"), ("track", 1, "relcl", "VERB", "VBP", "track"),
            ("as", 6, "prep", "ADP", "IN"), ("Ash", 9, "compound", "PROPN", "NNP"), ("Finch", 7, "pobj", "PROPN", "NNP"),
            ("hacked", 10, "ROOT", "VERB", "VBD", "hack"), ("the", 12, "det", "DET", "DT"),
            ("servers", 10, "dobj", "NOUN", "NNS")]
    doc = hand_parse(vocab, _rows(rows))
    assert apposed_relative(doc[6]) is None
    assert naming_relative(doc[6])
    assert [c.head for c in group_claims(doc, [6, 10], attribution_of={}, event_of={}, stops=set())] == [10]
    # "..., the crew analysts blame for the outage, hacked ...": a relative that says something of its noun stays
    blame = [*rows[:6], ("blame", 1, "relcl", "VERB", "VBP", "blame"), ("for", 6, "prep", "ADP", "IN"),
             ("the", 9, "det", "DET", "DT"), ("outage", 7, "pobj", "NOUN", "NN"), *rows[10:]]
    doc = hand_parse(vocab, _rows(blame))
    assert not naming_relative(doc[6])
    assert {c.head for c in group_claims(doc, [6, 10], attribution_of={}, event_of={}, stops=set())} == {6, 10}


def test_naming_clause_inside_a_content_is_no_claim_of_its_own(vocab):
    # "Officials condemned the drills, which they call a provocation", the content 'the drills, which ...' a
    # report's: neither the naming verb nor the noun it names the drills by stands as a proposition
    rows = [("Officials", 1, "nsubj", "NOUN", "NNS"), ("condemned", 1, "ROOT", "VERB", "VBD", "condemn"),
            ("the", 3, "det", "DET", "DT"), ("drills", 1, "dobj", "NOUN", "NNS"), (",", 3, "punct", "PUNCT", ","),
            ("which", 7, "dobj", "PRON", "WDT"), ("they", 7, "nsubj", "PRON", "PRP"),
            ("call", 3, "relcl", "VERB", "VBP", "call"), ("a", 9, "det", "DET", "DT"),
            ("provocation", 7, "oprd", "NOUN", "NN")]
    doc = hand_parse(vocab, _rows(rows))
    assert group_claims(doc, [7, 9], attribution_of={7: 0, 9: 0}, event_of={}, stops={1}) == []


@pytest.mark.parametrize("text", [
    "She did not say whether her group would back a national strike.",
    "The ferry operator declined to say whether the crews would join a national strike.",
    "It is not known whether the dockers will join a national strike.",
])
def test_an_event_named_inside_an_open_question_is_no_claim_of_its_own(analyse, text):
    r = analyse(text)
    (question,) = [c for c in r["claims"] if c["span"]["text"].startswith("whether")]
    assert question["span"]["text"].endswith("a national strike")
    assert not [c for c in r["claims"] if c is not question and "strike" in c["span"]["text"]]
    # not saying whether is one thing, as a refusal is: the article's own claims, the act and the open question
    assert r["attributions"] == []


# -- contents without a clause: one claim a content, the object with what it is called ------------------------------
@pytest.mark.parametrize("text, claim", [
    ('The Peruvian trade ministry condemned the tariff, calling the measure "an act of economic aggression."',
     'the measure "an act of economic aggression."'),
    ("The minister described the walkout as a betrayal of nurses.", "the walkout as a betrayal of nurses"),
    ("Officials in Quito praised the accord as a breakthrough for the Andes.",
     "the accord as a breakthrough for the Andes"),
])
def test_a_characterisation_is_one_claim_of_the_object_and_its_predicate(analyse, text, claim):
    r = analyse(text)
    (attribution,) = [a for a in r["attributions"] if claim.split()[1] in " ".join(s["text"] for s in a["content"])]
    held = [c["span"]["text"] for c in r["claims"] if c["attribution"] == attribution["id"]]
    assert held == [claim]


def test_a_noun_content_with_a_nested_event_is_one_claim_that_keeps_the_event(analyse):
    r = analyse("The Chilean navy denied any involvement in the sinking of the trawler.")
    (attribution,) = r["attributions"]
    (claim,) = [c for c in r["claims"] if c["attribution"] == attribution["id"]]
    assert claim["span"]["text"].startswith("any involvement")
    sinking = [e["id"] for e in r["events"] if e["trigger"]["text"] == "sinking"]
    assert not sinking or claim["event"] in sinking


def test_what_a_refusal_leaves_unsaid_is_no_claim(analyse):
    r = analyse("A spokeswoman for the Rotterdam port authority declined comment on the negotiations.")
    assert not [c for c in r["claims"] if c["span"]["text"] in {"the negotiations", "negotiations"}]


@pytest.mark.parametrize("text, trigger, claim", [
    ("The senators did not discuss the tariff, which the premier is going to announce on Friday.",
     "announce", "to announce on Friday"),
    ("Ostrel represents the same system that he has promised to dismantle.", "dismantle", "to dismantle"),
])
def test_a_complement_with_a_fronted_wh_word_opens_after_its_verb(analyse, text, trigger, claim):
    # the wh-word fronted from the complement reaches over the verb governing it: the complement's claim would
    # otherwise have the words of the claim above it
    r = analyse(text)
    assert [c["span"]["text"] for c in r["claims"] if c["trigger"]["text"] == trigger] == [claim]


def test_a_participle_of_location_before_a_name_is_no_claim_unless_it_has_a_subject(analyse):
    r = analyse("Rebels blamed the army of neighbouring Delsia for the attack. Forces are surrounding Kelim, the "
                "mayor said.")
    triggers = [c["trigger"]["text"] for c in r["claims"] if c.get("trigger")]
    assert "neighbouring" not in triggers
    assert "surrounding" in triggers


@pytest.mark.parametrize("text, trigger", [
    ("The Brannock dock unions called for a day of mourning.", "called for"),
    ("The Brannock dock unions called for a week of protests.", "called for")])
def test_a_length_of_time_that_is_what_the_verb_selects_keeps_the_preposition(analyse, text, trigger):
    # "a day of mourning" is what is called for, not a time of the call: its own "of" phrase tells it apart
    claims = analyse(text)["claims"]
    assert trigger in [c["trigger"]["text"] for c in claims]


@pytest.mark.parametrize("text", [
    "The Veldrick miners' guild called for the closure of the pit.",
    "The Veldrick miners' guild rejected the offer and called for a strike.",
])
def test_an_act_claim_keeps_the_whole_trigger_of_its_cue(analyse, text):
    # the act's words end where its content begins, but never inside the trigger: 'for' is the cue's own word
    claims = [c for c in analyse(text)["claims"] if c["trigger"]["text"] == "called for"]
    assert claims and all(c["span"]["text"].endswith("called for") for c in claims)


@pytest.mark.parametrize("text, clause, shell", [
    ("The Tarnwick water board rejected the claim that its reservoir had been poisoned.",
     "its reservoir had been poisoned", "claim"),
    ("The Orlesk customs office denied a radio report that two barges had been seized on the Vell.",
     "two barges had been seized on the Vell", "report"),
])
def test_a_noun_filled_by_its_that_clause_is_part_of_the_clauses_claim(analyse, text, clause, shell):
    # the noun only says what kind of thing the clause is: one proposition, not a second claim holding the first
    claims = [c for c in analyse(text)["claims"] if c["attribution"]]
    assert [c["span"]["text"] for c in claims] == [clause]
    assert shell in [p["trigger"]["text"] for p in claims[0]["parts"]]
