"""Wire copy's shapes of attribution: a report naming its sources in passing before its 'that' ('X reported, citing
Y, that C'), a speaker's participle after a report it rejects, a pronoun speaker going on from one named before,
and the claim a quoted predication makes."""

from __future__ import annotations

import pytest

from tests.news import by_cue, by_cue_ending, claims_of, joined


@pytest.mark.parametrize("text, cue, source, cited, content", [
    ("Tamber Wire reported on Friday, citing two regional officials, that drones struck a fuel depot.",
     "reported", "Tamber Wire", "two regional officials", "that drones struck a fuel depot"),
    ("The Quill Ledger reported, citing two officials, that the talks had collapsed.",
     "reported", "The Quill Ledger", "two officials", "that the talks had collapsed"),
    ("The Harbour Gazette reported on Monday, quoting a port official, that two tankers had been seized.",
     "reported", "The Harbour Gazette", "a port official", "that two tankers had been seized"),
    ("The minister said, citing intelligence reports, that the convoy had been hit.",
     "said", "The minister", "intelligence reports", "that the convoy had been hit"),
    ("Orvel News Agency said on Tuesday, citing the interior ministry, that curfews would be lifted.",
     "said", "Orvel News Agency", "the interior ministry", "that curfews would be lifted"),
    ("The envoy told reporters, citing satellite images, that the troops had pulled back.",
     "told", "The envoy", "satellite images", "that the troops had pulled back"),
    ("Kessler Radio announced on Sunday, quoting a senior commander, that the offensive had begun.",
     "announced", "Kessler Radio", "a senior commander", "that the offensive had begun"),
])
def test_a_source_cited_before_the_reports_that_is_nested_and_left_out_of_the_content(analyse, text, cue, source,
                                                                                        cited, content):
    r = analyse(text)
    (report,) = by_cue_ending(r, cue)
    (citing,) = [a for a in r["attributions"] if joined(a["cue"]) in {"citing", "quoting"}]
    assert joined(report["source"]) == source
    assert joined(report["content"]) == content
    assert joined(citing["source"]) == cited
    assert citing["parent"] == report["id"]
    assert joined(citing["content"]) == content
    assert content.removeprefix("that ") in claims_of(r, citing)  # the claim is the clause, without its 'that'


@pytest.mark.parametrize("text, cue, source, cited, content", [
    ("The agency reported the fire had spread overnight, citing local officials. Firefighters were still there.",
     "reported", "The agency", "local officials", "the fire had spread overnight"),
    ("The paper said the minister would resign next week, citing three aides.",
     "said", "The paper", "three aides", "the minister would resign next week"),
])
def test_a_source_cited_after_the_reported_clause_leaves_its_content(analyse, text, cue, source, cited, content):
    r = analyse(text)
    (report,) = by_cue_ending(r, cue)
    (citing,) = by_cue_ending(r, "citing")
    assert joined(report["source"]) == source
    assert joined(report["content"]) == content
    assert joined(citing["source"]) == cited
    assert joined(citing["content"]) == content


def test_a_quotation_before_a_trailing_citation_is_left_as_it_is(analyse):
    r = analyse('"The vote was rigged," the candidate said, citing irregularities in two districts.')
    (said,) = by_cue(r, "said")
    assert joined(said["content"]) == "The vote was rigged"


@pytest.mark.parametrize("text, cue, source, cited, content", [
    # the reported clause parsed as a relative clause of the cited noun, a participle after it hung on 'citing'
    ("Selwyn Wire reported on Friday, citing two regional officials, that drones of a Morovan type had struck the "
     "plant, leaving tens of thousands of homes without power.", "reported", "Selwyn Wire", "two regional officials",
     "that drones of a Morovan type had struck the plant, leaving tens of thousands of homes without power"),
    # the reported clause parsed as the complement of 'citing', the report's own content read as 'on Friday'
    ("Orvel Radio said on Friday, citing two senior officials, that troops of a Karsic unit had seized the bridge, "
     "adding that the army would hold it.", "said", "Orvel Radio", "two senior officials",
     "that troops of a Karsic unit had seized the bridge"),
])
def test_a_reported_clause_hung_below_the_citing_phrase_is_the_reports_content(analyse, text, cue, source, cited,
                                                                                content):
    r = analyse(text)
    (report,) = by_cue_ending(r, cue)
    (citing,) = by_cue_ending(r, "citing")
    assert joined(report["source"]) == source
    assert joined(report["content"]) == content
    assert joined(citing["source"]) == cited
    assert citing["parent"] == report["id"]
    assert joined(citing["content"]) == content
    assert "citing" not in joined(report["content"])


def test_an_act_hung_on_the_citing_phrase_stays_out_of_the_report(analyse):
    r = analyse("Orvel Radio said on Friday, citing two senior officials, that troops of a Karsic unit had seized the "
                "bridge, adding that the army would hold it.")
    (adding,) = by_cue_ending(r, "adding")
    (said,) = by_cue_ending(r, "said")
    assert joined(adding["content"]) == "that the army would hold it"
    assert "adding" not in joined(said["content"])


def test_a_relative_clause_of_the_cited_noun_stays_with_it(analyse):
    r = analyse("The Tolland Herald reported on Monday, citing a report that was leaked to the paper, that the mine "
                "had flooded.")
    (report,) = by_cue_ending(r, "reported")
    (citing,) = by_cue_ending(r, "citing")
    assert joined(report["content"]) == "that the mine had flooded"
    assert joined(citing["source"]) == "a report that was leaked to the paper"


def test_a_report_parsed_under_its_content_keeps_the_parse_as_evidence(analyse):
    r = analyse("The Quill Ledger reported, citing two officials, that the talks had collapsed.")
    (report,) = by_cue_ending(r, "reported")
    assert report["evidence"]["construction"] == "report parsed under its own content"
    assert report["source_kind"] == "outlet"


def test_a_report_inside_a_reported_clause_is_no_report_over_the_speaker(analyse):
    r = analyse("Everybody knew, Mr. Hallam said.")
    (said,) = by_cue_ending(r, "said")
    assert joined(said["source"]) == "Mr. Hallam" and joined(said["content"]) == "Everybody knew"
    assert not [a for a in r["attributions"] if "Hallam" in joined(a["content"])]


def test_a_verb_in_the_content_is_no_report_over_it(analyse):
    r = analyse("Officials said the rebels who had seized the bridge on Friday were preparing to leave.")
    (said,) = by_cue_ending(r, "said")
    assert joined(said["content"]) == "the rebels who had seized the bridge on Friday were preparing to leave"


@pytest.mark.parametrize("text, speaker, rejected, own", [
    ("The defence ministry on Saturday rejected reports that its forces had attacked the power station, saying its "
     "drones had not flown near the border this week.", "The defence ministry",
     "that its forces had attacked the power station", "its drones had not flown near the border this week"),
    ("The Orlan army denied claims that its troops had shelled the village, saying the area had been quiet for "
     "days.", "The Orlan army", "that its troops had shelled the village", "the area had been quiet for days"),
    ("The port authority dismissed allegations that its inspectors had taken bribes, adding that every cargo had "
     "been checked twice.", "The port authority", "that its inspectors had taken bribes",
     "that every cargo had been checked twice"),
])
def test_a_participle_after_a_rejected_report_is_the_rejecting_speakers_act(analyse, text, speaker, rejected, own):
    r = analyse(text)
    (act,) = [a for a in r["attributions"] if joined(a["cue"]) in {"saying", "adding"}]
    assert joined(act["source"]) == speaker
    assert joined(act["content"]) == own
    assert act["parent"] is None
    (report,) = [a for a in r["attributions"] if joined(a["content"]) == rejected]
    rejecting = next(a for a in r["attributions"] if a["id"] == report["parent"])
    assert joined(rejecting["source"]) == speaker
    assert joined(act["cue"]) not in joined(rejecting["content"])
    assert rejected.removeprefix("that ") in claims_of(r, report)


def test_a_participle_with_a_speaker_of_its_own_keeps_it(analyse):
    r = analyse("The mayor said the dam had held, the engineers adding that the spillway had been opened.")
    (act,) = by_cue_ending(r, "adding")
    assert joined(act["source"]) == "the engineers"


@pytest.mark.parametrize("text, first, pronoun_cue", [
    ('A spokesman for the grid operator, Pellan Energy, confirmed that the station had been hit. "The damage to the '
     'turbine hall is severe," he said.', "confirmed", "said"),
    ('Mara Voss, the mayor of Tellin, said the bridge would reopen on Monday. "We have checked every bolt," she '
     'told reporters.', "said", "told"),
    ('An official at the Corvane port announced that the berths would close. "Two cranes were damaged," he added.',
     "announced", "added"),
])
def test_a_pronoun_speaker_goes_back_to_the_person_named_before(analyse, text, first, pronoun_cue):
    r = analyse(text)
    (named,) = by_cue_ending(r, first)
    (going_on,) = by_cue_ending(r, pronoun_cue)
    assert going_on["refers_to"] == named["id"]
    assert going_on["source_kind"] == named["source_kind"]
    assert "refers_to_by" in going_on["evidence"]


def test_a_pronoun_after_a_body_does_not_go_back_to_it(analyse):
    r = analyse('The Lusk ministry said the convoy was hit. "It was a deliberate attack," he said.')
    (going_on,) = [a for a in r["attributions"] if joined(a["source"]) == "he"]
    assert going_on["refers_to"] is None


def test_a_second_pronoun_goes_back_to_the_first_named_speaker(analyse):
    r = analyse('Mara Voss, the mayor of Tellin, said the bridge would reopen on Monday. "We have checked every '
                'bolt," she told reporters. "Nobody was hurt," she added.')
    (named,) = by_cue_ending(r, "said")
    for cue in ("told", "added"):
        (going_on,) = by_cue_ending(r, cue)
        assert going_on["refers_to"] == named["id"]


@pytest.mark.parametrize("text, claim", [
    ('"The damage to the turbine hall is severe," he said.', "The damage to the turbine hall is severe"),
    ('"The damage is severe," the engineer said.', "The damage is severe"),
])
def test_a_quoted_predication_of_a_nominal_event_is_claimed_whole(analyse, text, claim):
    r = analyse(text)
    (said,) = by_cue_ending(r, "said")
    assert claim in claims_of(r, said)


@pytest.mark.parametrize("text", [
    'Nurses who sued the clinic said they had warned managers in 2015. A spokeswoman for the clinic said the claims '
    'were old. One of them, a former nurse, said she was fired. "They told me to keep quiet," she said.',
    'Four drivers said the depot had closed. A spokesman for the haulier said it would reopen. One of the drivers '
    'said pay had been cut. "We were never told why," he said.',
])
def test_a_pronoun_goes_back_to_the_one_picked_out_of_a_group(analyse, text):
    r = analyse(text)
    (one,) = [a for a in r["attributions"] if joined(a["source"]).startswith("One of")]
    (going_on,) = [a for a in r["attributions"] if joined(a["source"]) in {"she", "he"}]
    assert going_on["refers_to"] == one["id"]


def test_a_pronoun_does_not_go_back_to_one_of_a_group_of_bodies(analyse):
    r = analyse('Two banks said fees would rise. One of the banks said funding costs had doubled. "We have no '
                'choice," he said.')
    (one,) = [a for a in r["attributions"] if joined(a["source"]) == "One of the banks"]
    (going_on,) = [a for a in r["attributions"] if joined(a["source"]) == "he"]
    assert going_on["refers_to"] != one["id"]


@pytest.mark.parametrize("text, another_words", [
    ("Three military officials said the withdrawal had been planned. One of the officials said the bombs had made "
     "the positions impossible to hold. Another said ammunition was running low.", "Another"),
    ("Five engineers said the bridge was unsafe. One of the engineers said the cables had rusted. Another engineer "
     "said the deck had cracked.", "Another engineer"),
])
def test_another_after_one_of_a_group_is_one_more_of_that_group(analyse, text, another_words):
    r = analyse(text)
    (group,) = [a for a in r["attributions"] if a["source_count"] and a["source_count"] > 1]
    (more,) = [a for a in r["attributions"] if joined(a["source"]) == another_words]
    assert more["refers_to"] == group["id"]
    assert more["source_kind"] == group["source_kind"] and more["source_count"] == 1


def test_another_with_a_name_and_no_one_before_is_a_new_source(analyse):
    r = analyse("Ford said sales had fallen. Another carmaker, Toyota, said sales had risen.")
    (more,) = [a for a in r["attributions"] if joined(a["source"]).startswith("Another")]
    assert more["refers_to"] is None


def test_citing_a_reason_is_the_citers_act_not_a_source(analyse):
    # the cost of living and precedent are what is cited, not anyone a report came through
    r = analyse("The brewery said it would close its plant in Leeds, citing the cost of energy. The judge said "
                "the rule was void, citing precedent.")
    said = by_cue(r, "said")
    citing = by_cue(r, "citing")
    assert len(citing) == 2
    assert [joined(a["content"]) for a in citing] == ["the cost of energy", "precedent"]
    assert [joined(a["source"]) for a in citing] == [joined(a["source"]) for a in said]
    assert all(a["parent"] is None for a in citing)
    assert [a["source_kind"] for a in citing] == [a["source_kind"] for a in said]


def test_citing_people_keeps_them_as_the_source_of_the_report(analyse):
    r = analyse("The Tribune reported that the merger had been called off, citing three people close to the "
                "talks.")
    (citing,) = by_cue(r, "citing")
    assert joined(citing["source"]) == "three people close to the talks"
    assert citing["parent"] is not None


def test_a_report_timed_against_another_act_leaves_that_act_to_the_narrator(analyse):
    r = analyse("The army said on Wednesday that it had seized the town, two days after rebels claimed that they "
                "had retaken it.")
    (said,) = by_cue(r, "said")
    (claimed,) = by_cue(r, "claimed")
    assert joined(said["content"]) == "that it had seized the town"
    assert claimed["parent"] is None and joined(claimed["content"]) == "that they had retaken it"


def test_a_dateline_the_parser_takes_for_a_subject_leaves_the_lead_s_own_speaker(analyse):
    r = analyse("KELVARRA (Tidewell Wire) - Osmark's interior ministry said on Wednesday that it had detained 14 "
                "employees of a charity.")
    (said,) = by_cue(r, "said")
    assert joined(said["source"]) == "Osmark's interior ministry"


@pytest.mark.parametrize("cited", [
    "Tarnian state television",   # a broadcaster named by its medium
    "state radio",
    "the coastguard",             # a body no lexicon of sources holds
    "the harbourmaster",
    "its correspondent",
    "satellite imagery",
])
def test_an_outlet_reporting_a_clause_cites_the_reports_own_source(analyse, cited):
    # 'C, Lorrey Wire reported, citing Y': the outlet has C on Y's word; Y is no content of anyone
    r = analyse(f"Tarnian troops have seized the ferry Holm Star, Lorrey Wire reported on Friday, citing {cited}.")
    (report,) = by_cue(r, "reported")
    (citing,) = by_cue(r, "citing")
    clause = "Tarnian troops have seized the ferry Holm Star"
    assert joined(report["source"]) == "Lorrey Wire" and joined(report["content"]) == clause
    assert joined(citing["source"]) == cited and joined(citing["content"]) == clause
    assert citing["parent"] == report["id"]
    assert not [a for a in r["attributions"] if joined(a["content"]) == cited]
    assert clause in claims_of(r, citing) and cited not in [c["span"]["text"] for c in r["claims"]]


def test_a_broadcaster_named_by_its_medium_is_an_outlet(analyse):
    r = analyse("The ferry Holm Star was stopped near the island, state television said on Sunday.")
    (said,) = by_cue(r, "said")
    assert joined(said["source"]) == "state television"
    assert said["source_kind"] == "outlet"


def test_a_company_reporting_a_result_cites_a_reason(analyse):
    # a company's 'reported a loss, citing weak demand' is no outlet's report: weak demand is what it cites
    r = analyse("The Quenby Shipping Company reported a sharp drop in cargo, citing weak demand.")
    (citing,) = by_cue(r, "citing")
    assert joined(citing["content"]) == "weak demand"
    assert joined(citing["source"]) == "The Quenby Shipping Company"
    assert citing["parent"] is None
