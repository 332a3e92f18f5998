"""Attribution, claim and certainty constructions met in unseen news, on sentences written for these tests."""
from __future__ import annotations

from tests.news import by_cue, cues, joined


def claim_texts(result):
    return [c["span"]["text"] for c in result["claims"]]


# -- the occasion of saying, told in a chain of phrases, with what was said hung on its last noun


def test_content_hung_on_a_nested_occasion_noun(analyse):
    r = analyse("Interior Minister Hal Ostrow said in an interview with a radio station that the border crossings "
                "would reopen next week.")
    (said,) = by_cue(r, "said")
    assert joined(said["source"]) == "Interior Minister Hal Ostrow"
    assert joined(said["content"]) == "that the border crossings would reopen next week"
    assert claim_texts(r) == ["the border crossings would reopen next week"]  # the clause, without its "that"


def test_addressee_and_occasion_left_out_of_the_content(analyse):
    r = analyse("Lenard Oxley told lawmakers during a hearing in the capital that the budget shortfall had grown.")
    (told,) = by_cue(r, "told")
    assert joined(told["source"]) == "Lenard Oxley"
    assert joined(told["content"]) == "that the budget shortfall had grown"
    assert not any("hearing" in c for c in claim_texts(r))


def test_occasion_noun_is_no_claim(analyse):
    r = analyse("The mayor, Tova Rendel, said during a visit to the flooded district on Sunday that the dikes had "
                "held.")
    (said,) = by_cue(r, "said")
    assert joined(said["content"]) == "that the dikes had held"
    assert claim_texts(r) == ["the dikes had held"]


def test_speaker_after_a_dateline_parsed_as_a_second_subject(analyse):
    r = analyse("VELMORA, May 1 (Wire) - The harbour master said in a statement to the Coastal Ledger on Tuesday "
                "that the channel had been dredged.")
    (said,) = by_cue(r, "said")
    assert joined(said["source"]) == "The harbour master"
    assert joined(said["content"]) == "that the channel had been dredged"


# -- the terms a source speaks on are no report


def test_asking_not_to_be_named_is_no_attribution(analyse):
    r = analyse("An official at the port authority, who asked not to be named, said the cargo had been seized.")
    assert cues(r) == ["said"]
    (said,) = by_cue(r, "said")
    assert joined(said["source"]) == "An official at the port authority"
    assert said["source_kind"] == "anonymous"


def test_terms_with_a_reason_are_no_attribution(analyse):
    r = analyse("Two officers, who asked not to be identified because they were not authorised to speak to the "
                "press, said the patrol had come under fire.")
    assert cues(r) == ["said"]
    (said,) = by_cue(r, "said")
    assert said["source_count"] == 2
    assert joined(said["content"]) == "the patrol had come under fire"


def test_speaking_on_condition_of_anonymity_is_no_attribution(analyse):
    r = analyse("A diplomat who spoke on condition of anonymity said talks would resume in June.")
    assert cues(r) == ["said"]


# -- withholding information is the speaker's act, no report and no part of what is reported


def test_withheld_timetable_leaves_the_content(analyse):
    r = analyse("The minister said further talks were possible but gave no timetable.")
    assert cues(r) == ["said"]
    (said,) = by_cue(r, "said")
    assert joined(said["content"]) == "further talks were possible"
    withheld = [c for c in r["claims"] if c["trigger"]["text"] == "gave"]
    assert len(withheld) == 1 and withheld[0]["attribution"] is None
    assert withheld[0]["certainty"]["value"] < 0


def test_withheld_details_after_a_perfect(analyse):
    r = analyse("A spokesman said the army had withdrawn from the town but gave no further information.")
    (said,) = by_cue(r, "said")
    assert joined(said["content"]) == "the army had withdrawn from the town"
    assert [c["span"]["text"] for c in r["claims"] if c["attribution"] == said["id"]] == \
        ["the army had withdrawn from the town"]


def test_declining_to_give_figures_is_one_claim_and_no_attribution(analyse):
    r = analyse("The company said the plant would close, but declined to give figures on job losses.")
    assert cues(r) == ["said"]
    (said,) = by_cue(r, "said")
    assert joined(said["content"]) == "the plant would close"
    refusals = [c for c in r["claims"] if "figures" in c["span"]["text"]]
    assert len(refusals) == 1 and refusals[0]["trigger"]["text"] == "declined"
    assert refusals[0]["attribution"] is None


def test_giving_no_details_is_no_cue(analyse):
    r = analyse("The coastguard gave no details about the rescue, and the harbour office offered no explanation.")
    assert r["attributions"] == []


# -- naming is no report


def test_naming_relative_clause_is_no_attribution_and_no_claim(analyse):
    r = analyse("The Ministry of Defence condemned the drills, which it calls a provocation, and said its forces "
                "were on alert.")
    assert "calls" not in cues(r)
    (said,) = by_cue(r, "said")
    assert joined(said["source"]) == "The Ministry of Defence"
    assert not any("calls" in c for c in claim_texts(r))


def test_naming_relative_inside_a_report_keeps_the_reporter(analyse):
    r = analyse('The army shelled the Hollin ridge, which rebels call "the Fortress", a monitoring group said.')
    assert cues(r) == ["said"]
    (said,) = by_cue(r, "said")
    assert joined(said["source"]) == "a monitoring group"
    assert said["parent"] is None


def test_known_to_residents_as_is_no_attribution(analyse):
    r = analyse("The convoy was stopped near the village, known to locals as the Crossing, the police said.")
    assert cues(r) == ["said"]
    (said,) = by_cue(r, "said")
    assert joined(said["source"]) == "the police"


def test_free_relative_naming_is_no_claim_of_its_own(analyse):
    r = analyse("The rebels control the Dunmore valley, what officials call a no-go zone for aid workers.")
    assert r["attributions"] == []
    assert len(r["claims"]) == 1 and r["claims"][0]["trigger"]["text"] == "control"


def test_describing_as_is_still_a_report(analyse):
    r = analyse("Kesterly Bank described the loss as a one-off.")
    (described,) = by_cue(r, "described")
    assert joined(described["source"]) == "Kesterly Bank"


# -- verbs that are no verbs of saying here


def test_accepting_an_award_is_no_report(analyse):
    r = analyse("The actress accepted the award on Saturday, and the novelist received the prize from the president.")
    assert r["attributions"] == []
    r = analyse("The home team claimed the title on Sunday.")
    assert r["attributions"] == []


def test_accepting_findings_stays_a_report(analyse):
    r = analyse("The ministry accepted the findings of the inquiry.")
    (accepted,) = by_cue(r, "accepted")
    assert joined(accepted["source"]) == "The ministry"


def test_quoted_paragraph_after_a_colon_of_telling(analyse):
    r = analyse('The harbour master told the Coastal Ledger:\n\n"The channel is closed until further notice."\n')
    (told,) = by_cue(r, "told")
    assert joined(told["source"]) == "The harbour master"
    assert joined(told["content"]) == "The channel is closed until further notice"


def test_ordinal_and_partitive_sources_refer_back_to_the_group(analyse):
    r = analyse("Three officials described the meeting to the Ledger. The third official said the talks had "
                "collapsed. Two of the officials said the envoy had left early.")
    group = by_cue(r, "described")[0]
    third, two = by_cue(r, "said")
    assert group["source_count"] == 3
    assert third["refers_to"] == group["id"] and third["source_count"] == 1
    assert two["refers_to"] == group["id"] and two["source_count"] == 2


# -- a copula with an adjective is a claim, the clause and not its subject


def test_adjectival_copula_is_one_claim_of_the_clause(analyse):
    r = analyse("The envoy said the talks were useful.")
    (said,) = by_cue(r, "said")
    claims = [c for c in r["claims"] if c["attribution"] == said["id"]]
    assert [c["span"]["text"] for c in claims] == ["the talks were useful"]


def test_comparative_folds_into_the_copula_claim(analyse):
    r = analyse("Lenard Oxley said the budget shortfall was larger than expected.")
    assert claim_texts(r) == ["the budget shortfall was larger than expected"]


def test_negated_adjectival_copula_is_rated_negative(analyse):
    r = analyse("The mayor said the bridge was not safe.")
    (claim,) = r["claims"]
    assert claim["span"]["text"] == "the bridge was not safe"
    assert claim["certainty"]["value"] < 0


def test_hedging_adjective_still_rates_its_noun(analyse):
    r = analyse("The minister said further talks were possible.")
    (claim,) = r["claims"]
    assert claim["trigger"]["text"] == "talks" and claim["certainty"]["value"] == 1


# -- certainty: counterfactuals, directives, quantifier negation, open questions


def certainty_of(result, trigger):
    (claim,) = [c for c in result["claims"] if c["trigger"]["text"] == trigger]
    return claim["certainty"]["value"]


def test_counterfactual_should_have_is_probably_not(analyse):
    r = analyse("The army should have warned the villagers before the strike.")
    assert certainty_of(r, "warned") < 0


def test_directives_leave_their_event_uncommitted(analyse):
    r = analyse("The council urged residents not to return to their homes.")
    assert certainty_of(r, "return") == 0
    r = analyse("The ministry warned that the levees must not be breached.")
    assert certainty_of(r, "breached") == 0


def test_quantifier_negation(analyse):
    r = analyse("No-one could explain the failure of the dam.")
    assert certainty_of(r, "explain") < 0
    r = analyse("The government has no plans to raise taxes.")
    assert certainty_of(r, "raise") <= 0


def test_open_question_frame_is_no_claim(analyse):
    for text in ("It remains to be seen whether the ceasefire will hold.",
                 "It is not known whether the pilots survived."):
        r = analyse(text)
        (claim,) = r["claims"]
        assert claim["span"]["text"].startswith("whether")
        assert claim["certainty"]["value"] == 0


def test_a_call_for_after_an_apposition_is_no_naming(analyse):
    r = analyse("Dara Voss, the mayor's rival in the coming election, called Friday for the release of the videos.")
    assert any(c.startswith("called") for c in cues(r))


# -- a denial's second act


def test_calling_after_a_denied_report_is_the_deniers(analyse):
    r = analyse('The ministry denied reports that its jets had bombed the market, calling them "a fabrication" '
                'spread by its enemies.')
    (denied,) = by_cue(r, "denied")
    (calling,) = by_cue(r, "calling")
    assert joined(calling["source"]) == "The ministry"
    assert joined(denied["content"]) == "reports that its jets had bombed the market"
    assert "calling" not in " ".join(joined(a["content"]) for a in r["attributions"] if a is not calling)


def test_calling_after_a_denied_clause(analyse):
    r = analyse('The navy denied that it had seized the tanker, calling the operation "an act of piracy" by its '
                'rivals.')
    (denied,) = by_cue(r, "denied")
    (calling,) = by_cue(r, "calling")
    assert joined(denied["content"]) == "that it had seized the tanker"
    assert joined(calling["source"]) == "The navy"


# -- a named speaker after the content, with an apposition saying who they are


def test_name_joined_to_the_content_with_its_apposition_is_the_source(analyse):
    r = analyse("Fuel prices could double by winter, Petra Lind, a senior economist at the Orvale Bank, said in a "
                "note to clients.")
    (said,) = by_cue(r, "said")
    assert joined(said["source"]) == "Petra Lind"
    assert joined(said["content"]) == "Fuel prices could double by winter"
    assert said["source_kind"] == "person"


def test_unnamed_speaker_after_the_content_behind_an_apposition(analyse):
    r = analyse("The new tariff could raise tensions with neighbouring states, an analyst at the Brenwick Institute "
                "told the wire.")
    (told,) = by_cue(r, "told")
    assert joined(told["source"]) == "an analyst at the Brenwick Institute"
    assert joined(told["content"]) == "The new tariff could raise tensions with neighbouring states"


def test_a_why_question_keeps_what_it_presupposes(analyse):
    # the question asks for a reason: the fact it asks about is told as fact, under any rating of the question
    r = analyse("Parents asked the school to explain why the buses had not arrived.")
    assert certainty_of(r, "arrived") == -3
    r = analyse("It is still unclear why the ferry sank.")
    assert certainty_of(r, "sank") == 3
    # a whether-question leaves its content open
    r = analyse("It is still unclear whether the ferry sank.")
    assert certainty_of(r, "sank") == 0
