"""Certainty of hedged, negated and open events in news sentences written for these tests (invented names): for each
construction, the value on the FactBank scale and the words that set it, through the whole pipeline."""
import pytest

from claimgraph.nlp.certainty_model import integer_value


@pytest.mark.parametrize("text, word, value, cues", [
    # modal
    ("Officials in Marrowick said the convoy may have been ambushed near Tesk.", "ambushed", 1, ["may"]),
    # negation, and a negation the modal carries
    ("The Tessaly interior ministry did not confirm the arrests.", "confirm", -3, ["not"]),
    # a reported 'would not' is the source's 'will not', a future probably not done (reported_future)
    ("Harbour officials said the Ostra ferry would not sail on Friday.", "sail", -2, ["would", "not"]),
    # reported speech: the event as its source presents it
    ("Brenna Quill said the Pellow bridge had collapsed overnight.", "collapsed", 3, []),
    # counterfactual deontic perfect: what should have happened did not
    ("The Varn garrison should have evacuated the district earlier.", "evacuated", -2, ["should"]),
    # a direct question asks
    ("Did the Kessmar militia seize the airport?", "seize", 0, ["?"]),
    # a negated quantifier on the subject with a modal ('no-one could')
    ("No-one could confirm that the convoy had been attacked.", "confirm", -3, ["No-one", "could"]),
    # what a directive asks not to be done is neither done nor denied
    ("The governor urged the Tallow farmers not to block the highway.", "block", 0, ["urged", "not"]),
    # an open question: the words that leave it open, the verb the infinitive completes among them
    ("It remains to be seen whether the Dornish ceasefire will hold.", "hold", 0,
     ["It remains to be seen whether"]),
    ("A spokesman for Arvel Mining declined to say whether the mine had flooded.", "flooded", 0,
     ["declined to say whether"]),
    ("Colonel Ferra Lusk refused to say whether the envoys had met.", "met", 0, ["refused to say whether"]),
    # a subject clause before what leaves it open: that predicate's words are cues too
    ("Whether the Dornish truce holds remains to be seen.", "holds", 0, ["Whether", "remains to be seen"]),
    ("Whether the Calder talks will resume is unclear.", "resume", 0, ["Whether", "is unclear"]),
    ("Whether the Tarn minister knew of the raid is not known.", "knew", 0, ["Whether", "is not known"]),
    # negative implicatives and denial
    ("The Soren army failed to capture the ridge.", "capture", -3, ["failed"]),
    ("Governor Ilsa Marr refused to sign the decree.", "sign", -3, ["refused"]),
    ("The Halvic ministry denied that its troops had shelled the village.", "shelled", -3, ["denied"]),
    # a hedge on the act
    ("The drone appears to have struck a fuel depot outside Corven.", "struck", 2, ["appears"]),
    # a negative quantifier on the subject a raising verb takes from its infinitive negates the infinitive's act
    ("No documents appeared to have been removed from the Ostrel archive.", "removed", -2, ["No", "appeared"]),
    ("Nothing seems to have changed at the Verrin border post.", "changed", -2, ["Nothing", "seems"]),
    # content disjuncts that doubt what they modify, as 'allegedly' does
    ("The Vessin cell purportedly smuggled rifles across the Ander river.", "smuggled", 2, ["purportedly"]),
    ("The Ormel garrison seemingly abandoned its posts overnight.", "abandoned", 2, ["seemingly"]),
    # 'no plans to': the plan is denied, what it would do probably not done
    ("The Wethby council has no plans to close the harbour.", "close", -2, ["no", "plans"]),
    # a condition
    ("If the Brask river rises further, engineers will open the sluices.", "open", 2, ["If", "will"]),
    # a directive against a gerund asks that it not be done, as 'not to' does
    ("The Ferrow health ministry warned residents against travelling to the coast.", "travelling", 0,
     ["warned", "against"]),
    ("The Odrin central bank cautioned lenders against raising rates.", "raising", 0, ["cautioned", "against"]),
    ("Doctors in Lessary did not warn patients against taking the drug.", "taking", 0, ["not", "warn", "against"]),
    # the time allowed for an act is a deadline: the act is neither done nor denied, and no aim
    ("The Corvel port authority gave the Tessan trawlers until Friday to leave the harbour.", "leave", 0,
     ["gave", "until"]),
    # a plan given up is not carried out, as one rejected is not
    ("The Corvane army has abandoned plans to build a base on the island.", "build", -3, ["abandoned"]),
    ("The Tilsey council scrapped a plan to close the harbour.", "close", -3, ["scrapped"]),
    ("The Marrish government shelved plans to raise fuel taxes.", "raise", -3, ["shelved"]),
])
def test_news_hedges_take_their_value_and_cue(certainty_of, text, word, value, cues):
    assert certainty_of(text, word) == (value, cues)


def test_an_open_question_stays_uncommitted_whatever_the_score():
    # the trees weigh how likely an answer is (UW rates 'whether' clauses near 1); the article gives none
    assert integer_value(1.8, 0, True, held_open=True) == 0
    assert integer_value(-1.7, 0, True, held_open=True) == 0
    assert integer_value(1.8, 0, True) == 2  # a condition ('if the talks fail') is not a question: the score rounds
    assert integer_value(1.8, 2, True, held_open=True) == 2  # a probable event keeps the band it was given


def test_what_a_negated_report_or_denial_leaves_open_stays_uncommitted(certainty_of):
    # the trees read UW's author-side ratings of denied clauses (probable here); the army commits to neither
    assert certainty_of("The Tervish army neither confirmed nor denied that its jets had struck the camp.",
                   "struck") == (0, ["nor", "denied"])
    assert integer_value(2.2, 0, True, held_open=True) == 0


def test_an_open_question_under_a_refusal_is_no_fact_however_the_clause_reads(certainty_of):
    for text, word in [("The Pellow port authority declined to say whether other officials were under "
                        "investigation.", "investigation"),
                       ("Asked whether the Ostra plant had been damaged, the minister declined to answer.", "damaged")]:
        value, cues = certainty_of(text, word)
        assert value == 0 and cues and cues[-1].split()[-1].lower() == "whether"


@pytest.mark.parametrize("text, word, value", [
    # the plan itself was made, and a plan kept or announced is still only planned
    ("The Corvane army has abandoned plans to build a base on the island.", "plans", 3),
    ("The Tilsey council announced a plan to close the harbour.", "close", 2),
    # a warning about something ('warned against complacency') or of a danger keeps its own reading
    ("The Ferrow ministry warned that the river could flood the town.", "flood", 1),
])
def test_plans_and_warnings_outside_those_constructions_keep_their_reading(certainty_of, text, word, value):
    assert certainty_of(text, word)[0] == value


@pytest.mark.parametrize("text, word, value, cues", [
    ("Talks between Orsk and Vell will resume on Monday, the envoy said.", "resume", 2, ["will"]),
    ("No one will leave the Tessel camp before spring, the governor said.", "leave", -2, ["No one", "will"]),
    ("The Kessmar garrison will not withdraw.", "withdraw", -2, ["will", "not"]),
    # a past event keeps its certainty
    ("Shelling resumed near Orsk on Friday.", "resumed", 3, []),
])
def test_an_articles_future_with_will_is_probable(certainty_of, text, word, value, cues):
    assert certainty_of(text, word) == (value, cues)


def test_the_uw_reading_of_will_stays_with_the_uw_convention(nlp):
    # 'eval factuality' rates events through Certainty.rate with the uw convention, which keeps UW's own reading
    from claimgraph.analysis import make_doc
    from claimgraph.document import Document

    doc = nlp(make_doc(nlp, Document(text="Talks between Orsk and Vell will resume on Monday, the envoy said.")))
    certainty = nlp.get_pipe("claimgraph_certainty")
    (record,) = certainty.rate(doc, [t for t in doc if t.text == "resume"], "uw")
    assert record.value == 3


def dated_claim(analyse, text, trigger):
    """The certainty value and cue words of the claim on `trigger`, published Thursday 2024-03-14."""
    (found,) = [c for c in analyse(text, published="2024-03-14")["claims"] if c["trigger"]["text"] == trigger]
    return found["certainty"]["value"], [c["text"] for c in found["certainty"]["cue"]]


def test_a_present_tense_act_dated_after_publication_is_scheduled(analyse):
    # published 2024-03-14: the week after is ahead, the week before behind
    assert dated_claim(analyse, "Leaders of the Calmor Pact meet at a summit in Drevik next week, a Pact official "
                       "said.", "meet") == (2, ["next week"])
    assert dated_claim(analyse, "Leaders of the Calmor Pact met at a summit in Drevik last week, a Pact official said.",
                       "met") == (3, [])
    # a time that dates a noun ('the report, due next week') dates no verb the noun is the subject of
    assert dated_claim(analyse, "The Calmor Pact's report, due next week, says the Drevik garrison moved north.",
                       "moved") == (3, [])


def test_part_of_a_month_or_a_weekend_ahead_schedules_a_present_tense_act(analyse):
    # "late June" and "next weekend" place the act as "in June" and "next week" do; "by June" only bounds it
    assert dated_claim(analyse, "Leaders of the Calmor Pact meet in Drevik in late June, a Pact official said.",
                       "meet") == (2, ["in late June"])
    assert dated_claim(analyse, "Leaders of the Calmor Pact meet in Drevik next weekend, a Pact official said.",
                       "meet") == (2, ["next weekend"])
    assert dated_claim(analyse, "Leaders of the Calmor Pact meet in Drevik by June, a Pact official said.",
                       "meet") == (3, [])
