"""Attributions side by side rather than one inside the other: another speaker's act on a report named by an
apposition, two reports joined by a semicolon, 'it' going on from the body or text named before, the time of saying
out of what is said, and a report shown with the attribution nested in it."""
from __future__ import annotations

import pytest

from tests.news import by_cue, joined


@pytest.mark.parametrize("text, report, act, source, noun, content", [
    ("The navy said it had detained a trawler fishing inside its waters, a charge the trawler's owners rejected as "
     "\"absurd\".", "said", "rejected as", "the trawler's owners", "a charge",
     "it had detained a trawler fishing inside its waters"),
    ("The ministry said it had intercepted a shipment of rifles bound for the militia, a claim the shipping firm "
     "denied.", "said", "denied", "the shipping firm", "a claim",
     "it had intercepted a shipment of rifles bound for the militia"),
])
def test_an_apposition_judging_a_report_is_an_act_on_that_report(analyse, text, report, act, source, noun, content):
    r = analyse(text)
    (said,) = by_cue(r, report)
    (judged,) = by_cue(r, act)
    assert joined(said["content"]) == content
    assert noun not in joined(said["content"])
    assert joined(judged["source"]) == source
    assert joined(judged["content"]) == content
    assert judged["parent"] is None  # beside the report, not inside it
    assert judged["evidence"]["apposition"] == noun
    # the claim is the report's, not the act's on it
    claims = [c for c in r["claims"] if c["span"]["text"].startswith(content.split(" a ")[0])]
    assert claims and {c["attribution"] for c in claims} == {said["id"]}


def test_what_the_apposition_calls_the_report_is_kept_as_evidence(analyse):
    r = analyse("Pellmar's border police said on Thursday they had arrested a smuggler carrying forged passports, an "
                "accusation his lawyer rejected as \"pure fiction\".")
    (rejected,) = by_cue(r, "rejected as")
    assert joined(rejected["content"]) == "they had arrested a smuggler carrying forged passports"
    assert rejected["evidence"]["characterised_as"] == "pure fiction"


@pytest.mark.parametrize("text, first, second, content", [
    ("Vessa says its air defences shot down a drone; Korrin denies any role.", "says", "denies",
     "its air defences shot down a drone"),
    ("The river authority says the weir is safe; the boatmen say it is not.", "says", "say",
     "the weir is safe"),
])
def test_two_reports_joined_by_a_semicolon_stand_side_by_side(analyse, text, first, second, content):
    r = analyse(text)
    (one,) = by_cue(r, first)
    (other,) = by_cue(r, second)
    assert joined(one["content"]) == content
    assert one["parent"] is None and other["parent"] is None
    assert content not in joined(other["content"])


@pytest.mark.parametrize("text, cue, antecedent, kind", [
    ("Orsenna Rail said in a statement that its trains would run again on Monday. It said engineers had repaired "
     "the track.", "said", "Orsenna Rail", "organization"),
    ("The strike ended on Tuesday, the union said. It added that the workers would return on Wednesday.", "added",
     "the union", "organization"),
    ("The ministry's report said the dam was unsafe. It also said repairs would cost millions.", "also said",
     "The ministry's report", "document"),
])
def test_it_as_source_refers_back_to_the_body_or_text_named_before(analyse, text, cue, antecedent, kind):
    r = analyse(text)
    it = next(a for a in by_cue(r, cue) if joined(a["source"]) == "It")
    referent = next(a for a in r["attributions"] if a["id"] == it["refers_to"])
    assert joined(referent["source"]) == antecedent
    assert it["source_kind"] == kind


def test_it_does_not_refer_back_to_a_person(analyse):
    r = analyse("The minister said the dam was unsafe. It later said repairs would cost millions.")
    it = [a for a in r["attributions"] if joined(a["source"]) == "It"]
    assert all(a["refers_to"] is None for a in it)


@pytest.mark.parametrize("text, cue, when, content", [
    ("The army said on Sunday the rebels had withdrawn from the valley.", "said", "Sunday",
     "the rebels had withdrawn from the valley"),
    ("Brenholt's navy said on Friday it had seized a cargo ship off the port of Halvik.", "said", "Friday",
     "it had seized a cargo ship off the port of Halvik"),
])
def test_the_time_of_saying_is_no_part_of_what_is_said(analyse, text, cue, when, content):
    r = analyse(text)
    (said,) = by_cue(r, cue)
    assert joined(said["content"]) == content
    times = {t["id"]: t["text"] for t in r["times"]}
    assert when in times[said["time"]]


def test_a_report_holding_a_nested_attribution_is_shown_with_it(analyse):
    from claimgraph.render.text import render
    r = analyse("Two envoys said the blockade was aimed at pressuring Tesmark, which Ardovia has accused of "
                "harbouring the smugglers.")
    (said,) = by_cue(r, "said")
    (accused,) = by_cue(r, "has accused of")
    assert accused["parent"] == said["id"]
    assert "harbouring" in joined(said["content"])
    shown = render({"document": {"id": "d"}, **r})
    assert "“the blockade was aimed at pressuring Tesmark" in shown
    assert "“harbouring the smugglers”" in shown


def test_it_refers_back_to_the_speaker_not_the_text_it_cited(analyse):
    r = analyse("The Marrow Institute said rents had risen, citing a survey by the council. It said the rise would "
                "slow next year.")
    it = next(a for a in r["attributions"] if joined(a["source"]) == "It")
    referent = next(a for a in r["attributions"] if a["id"] == it["refers_to"])
    assert joined(referent["source"]) == "The Marrow Institute"


def test_a_report_is_dated_by_its_own_time_not_by_the_dateline(analyse):
    text = ("Brenholt says its navy seized a cargo ship carrying rifles for the militia; owner denies any link\n\n"
            "By Ada Quenby\n\n"
            "TORVIK, May 3 (Osprey Daily) - Brenholt's navy said on Friday it had seized a cargo ship off the port of "
            "Halvik.")
    r = analyse(text)
    said = next(a for a in r["attributions"] if joined(a["source"]) == "Brenholt's navy")
    times = {t["id"]: t["text"] for t in r["times"]}
    assert "Friday" in times[said["time"]]
    assert joined(said["content"]) == "it had seized a cargo ship off the port of Halvik"


def test_an_apposition_naming_a_person_leaves_the_report_alone(analyse):
    r = analyse("The company said it had hired Ivo Dann, a lawyer the regulator has accused of fraud.")
    (said,) = by_cue(r, "said")
    (accused,) = by_cue(r, "has accused of")
    assert joined(accused["content"]) == "fraud"
    assert accused["parent"] == said["id"]
    assert "act_on_report_of" not in (accused.get("evidence") or {})


def test_a_second_report_keeps_apart_when_the_first_source_carries_a_relative_clause(analyse):
    # the parser hangs 'cautioned' on 'made'; the source of 'told' still holds 'who chairs the committee'
    r = analyse("Senator Lena Osk, who chairs the committee, told reporters on Wednesday that progress had been made "
                "but cautioned that nothing was agreed.")
    told, cautioned = by_cue(r, "told")[0], by_cue(r, "cautioned")[0]
    assert joined(told["content"]) == "that progress had been made"
    assert joined(cautioned["content"]) == "that nothing was agreed"
    assert cautioned["parent"] is None
