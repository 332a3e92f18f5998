"""Attribution shapes met on unseen text, on sentences written for these tests: a denial's gerund, a role's apposed
name, a relative clause without 'that' before its speaker, things that threaten, and plans called off."""
from __future__ import annotations

import pytest

from tests.news import by_cue, joined, texts


@pytest.mark.parametrize("text, content", [
    ("The Ostmark army denied firing on the town of Velda.", "firing on the town of Velda"),
    ("The harbour master denied talking to the smugglers.", "talking to the smugglers"),
])
def test_a_denial_denies_its_gerund_clause(analyse, text, content):
    r = analyse(text)  # used to fail: 'denied firing on' for cue, the town for content
    (denial,) = by_cue(r, "denied")
    assert texts(denial["content"]) == [content]


def test_the_name_apposed_to_a_role_is_the_sources_entity(analyse):
    r = analyse("The Brennic Trust said on Monday it would close two mines. "
                "Its president, Ilse Varn, said the decision was final.")
    names = {e["id"]: e["name"] for e in r["entities"]}
    (report,) = [a for a in by_cue(r, "said") if joined(a["source"]).startswith("Its")]
    assert names.get(report["source_entity"]) == "Ilse Varn"  # used to fail: no entity
    (trust,) = [e for e in r["entities"] if e["name"] == "Brennic Trust"]
    assert "Its" in [m["text"] for m in trust["mentions"]]


def test_a_relative_clause_without_that_leaves_its_noun_out_of_the_source(analyse):
    r = analyse("The council raised fuel taxes, in a move officials say could cost drivers millions.")
    (report,) = by_cue(r, "say")
    assert joined(report["source"]) == "officials"  # used to fail: 'a move officials'


def test_a_compound_before_a_plural_source_stays(analyse):
    r = analyse("The district officials said the road was closed.")
    (report,) = by_cue(r, "said")
    assert joined(report["source"]) == "The district officials"


@pytest.mark.parametrize("text", [
    "The dispute threatened to split the coalition in Tavonia.",
    "A row over fishing rights threatened to derail the talks between Tavonia and Merrow.",
])
def test_a_thing_that_threatens_to_act_is_no_speaker(analyse, text):
    r = analyse(text)  # used to fail: 'The dispute' for source
    assert not [a for a in r["attributions"] if joined(a["cue"]).startswith("threaten")]


@pytest.mark.parametrize("text, source", [
    ("The Velmar dock union threatened to strike on Monday.", "The Velmar dock union"),
    ("The minister threatened to resign over the budget.", "The minister"),
])
def test_people_and_bodies_that_threaten_keep_the_attribution(analyse, text, source):
    r = analyse(text)
    (threat,) = by_cue(r, "threatened")
    assert joined(threat["source"]) == source


def test_a_visit_called_off_is_no_attribution(analyse):
    r = analyse("The Tavonian foreign minister called off the visit to Merrow after the protests.")
    assert not [a for a in r["attributions"] if joined(a["cue"]).startswith("called")]  # used to fail


def test_a_call_for_something_stays_an_attribution(analyse):
    r = analyse("Officials in Merrow called for calm after the protests.")
    assert by_cue(r, "called for")


def test_the_officer_of_a_body_named_by_its_class_noun_is_left_to_the_body(analyse):
    r = analyse("The Harwick Rights Centre said on Monday that 12 people had died. "
                "The centre's director, Pella Moran, said the toll would rise.")
    names = {e["id"]: e["name"] for e in r["entities"]}
    (report,) = [a for a in by_cue(r, "said") if joined(a["source"]).startswith("The centre's")]
    assert names.get(report["source_entity"]) != "Pella Moran"
