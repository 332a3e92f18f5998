"""Reports an outlet made first, passive with 'by', and the party the outlet cited for them."""
from __future__ import annotations

import pytest

from tests.news import by_cue, by_cue_ending, texts


def joined(spans):
    return " ".join(texts(spans))


@pytest.mark.parametrize("text, cue, content, outlet", [
    ("The closure of the mill was first reported on Friday night by the Orvane Courier, a local weekly.",
     "was first reported", "The closure of the mill", "the Orvane Courier"),
    ("The fine, first reported by the Tasker Gazette, will be paid in March.",
     "first reported", "The fine", "the Tasker Gazette"),
])
def test_a_passive_report_with_by_names_the_outlet_and_what_it_reported(analyse, text, cue, content, outlet):
    r = analyse(text)  # used to fail: 'first reported' with a time or an adverb read no attribution
    (report,) = by_cue(r, cue)
    assert joined(report["content"]) == content
    assert joined(report["source"]) == outlet


def test_the_party_an_outlet_cited_is_the_next_link_of_the_chain(analyse):
    r = analyse("The closure of the mill was first reported on Friday night by the Orvane Courier, a local weekly, "
                "which cited the mill's owner, the Brenlow company Haddick Steel.")
    (report,) = by_cue(r, "was first reported")
    (citation,) = by_cue(r, "cited")
    assert joined(report["source"]) == "the Orvane Courier"
    # the owner is who the outlet had the report from, not a reason it gave
    assert joined(citation["source"]).startswith("the mill's owner")
    assert citation["parent"] == report["id"]
    assert joined(citation["content"]) == "The closure of the mill"


def test_a_passive_act_with_by_is_no_report(analyse):
    r = analyse("The mill was bought last year by the Brenlow company Haddick Steel.")
    assert not r["attributions"]


@pytest.mark.parametrize("text, content", [
    ("A spokeswoman for the Dellow council said the library would reopen in April, but the Office of Works "
     "declined to comment.", "the library would reopen in April"),
    ("Officers said the cyclist was taken to hospital, but his family was not available for comment.",
     "the cyclist was taken to hospital"),
])
def test_a_content_stops_before_another_act_of_speech_beside_the_report(analyse, text, content):
    r = analyse(text)  # used to fail: the content ran on over ', but <subject> declined to comment'
    (said,) = by_cue(r, "said")
    assert joined(said["content"]) == content


def test_a_second_reported_clause_opened_by_that_stays(analyse):
    r = analyse("Ms. Varga said the ferry would run on Sundays, and that fares would not rise.")
    (said,) = by_cue(r, "said")
    assert joined(said["content"]).endswith("fares would not rise")


@pytest.mark.parametrize("text", [
    "The three drivers were told to report to the police station in Harnley every Monday.",
    "Most of the dock staff reported to work on Tuesday despite the walkout.",
    "Reservists of the 9th battalion reported for duty at the barracks in Oskel.",
])
def test_reporting_to_a_place_says_nothing(analyse, text):
    r = analyse(text)  # used to fail: the place one goes to was read as what was reported
    assert not [a for a in r["attributions"] if "report" in joined(a["cue"])]


def test_a_report_to_a_body_with_a_clause_stays(analyse):
    r = analyse("The inspector reported to the council that the bridge was unsafe.")
    (report,) = by_cue(r, "reported")
    assert joined(report["content"]) == "that the bridge was unsafe"


@pytest.mark.parametrize("text", [
    "The real Senator Varga showed up at the debate on Monday night.",
    "Ostin Freight laid off 40 workers at the Tenmouth plant.",
    "The union backed down after a week of talks with the Corran port authority.",
])
def test_a_verb_with_a_particle_that_makes_another_verb_says_nothing(analyse, text):
    r = analyse(text)  # used to fail for the first two: 'showed up', 'laid off' read as reports
    assert not r["attributions"]


def test_up_to_a_figure_is_no_particle(analyse):
    r = analyse("Polls showed that up to 40 percent of voters backed the plan.")
    (shown,) = by_cue(r, "showed")
    assert joined(shown["source"]) == "Polls"


def test_a_particle_verb_with_a_clause_of_its_own_still_reports(analyse):
    r = analyse("Auditors found out that the grant had been spent twice.")
    (found,) = by_cue(r, "found out")
    assert joined(found["content"]) == "that the grant had been spent twice"
    assert joined(found["source"]) == "Auditors"


@pytest.mark.parametrize("text, content", [
    ("The court heard that Mr. Dallin had sold the boat two weeks before the fire.",
     "that Mr. Dallin had sold the boat two weeks before the fire"),
    ("The jury heard the ferry left Portmoy an hour late.", "the ferry left Portmoy an hour late"),
])
def test_what_a_court_hears_is_evidence_from_an_unnamed_speaker(analyse, text, content):
    r = analyse(text)  # used to fail: the heard clause stayed in the article's own voice
    (heard,) = by_cue(r, "heard")
    assert joined(heard["content"]) == content
    assert heard["source"] == []  # the court only heard it
    assert heard["evidence"]["hearer"] in {"The court", "The jury"}


def test_a_person_who_heard_something_is_left_alone(analyse):
    r = analyse("Ms. Tarrow heard that the ferry had been cancelled.")
    assert not by_cue_ending(r, "heard")


def test_that_after_a_noun_of_claim_opens_the_content(analyse):
    r = analyse("The coastguard has intelligence that the trawler carried no licence.")
    (held,) = by_cue(r, "has intelligence")  # used to fail: the cue read 'has intelligence that'
    assert joined(held["content"]) == "that the trawler carried no licence"
