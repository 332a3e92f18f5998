"""A court report, a political story with poll figures and unnamed sources, and a broadcaster's web page on a
sanctions decision, written for these tests with invented states, bodies and people, against what a careful reader
takes from them: who speaks, on what terms, and what each says."""
from __future__ import annotations

import pytest

from claimgraph.analysis import analyze_document
from claimgraph.readers import read_paths
from tests.news import NEWS, by_cue, joined, reader


@pytest.fixture(scope="module")
def court(analyse):
    return reader(analyse, published="2025-10-14")("regulator_fraud_charges")  # a Tuesday


@pytest.fixture(scope="module")
def politics(analyse):
    return reader(analyse, published="2025-05-12")("minister_polls_pressure")  # a Monday


@pytest.fixture(scope="module")
def page(nlp):
    [document] = list(read_paths([NEWS / "sanctions_banks_page.html"]))
    return document, analyze_document(document, nlp=nlp)


def source_of(result, words):
    found = [a for a in result["attributions"] if joined(a["source"]) == words]
    assert found, [joined(a["source"]) for a in result["attributions"]]
    return found[0]


def test_the_minister_named_after_a_capitalised_role_is_one_person(court):
    a = source_of(court, "The Energy Minister, Lucan Varro")
    assert a["source_kind"] == "person" and "no knowledge" in joined(a["content"])
    (insisted,) = by_cue(court, "insisted")
    assert insisted["refers_to"] == a["id"]
    assert not [e for e in court["events"] if e["trigger"]["text"] == "insisted"], "an assertion, no demand"


def test_the_court_report_keeps_its_accusers_and_its_unnamed_sources(court):
    assert joined(by_cue(court, "allege")[0]["content"]).startswith("that Tavish accepted payments")
    two = source_of(court, "Two people familiar with the investigation")
    assert two["source_kind"] == "anonymous" and two["source_count"] == 2
    one = source_of(court, "One of them")
    assert one["refers_to"] == two["id"] and one["source_count"] == 1


def test_a_party_figure_speaking_on_condition_of_anonymity(politics):
    figure = source_of(politics, "a senior party figure")
    assert figure["source_kind"] == "anonymous" and figure["source_count"] == 1, figure
    later = source_of(politics, "the figure")
    assert later["refers_to"] == figure["id"]


def test_the_interviewee_not_the_interview_is_the_source(politics):
    a = source_of(politics, "the Labour Alliance leader, Teodor Banh")
    assert a["source_kind"] == "person" and "lost control" in joined(a["content"])
    (claimed,) = by_cue(politics, "claimed")
    assert claimed["refers_to"] == a["id"]


def test_one_of_the_backbenchers_is_named_and_not_nested_in_a_forecast(politics):
    mps = source_of(politics, "Several backbench MPs")
    one = source_of(politics, "One of them, Priya Densmore")
    assert one["refers_to"] == mps["id"] and one["parent"] is None and one["source_kind"] == "person"


def test_the_prime_ministers_quote_runs_over_two_paragraphs(politics):
    a = by_cue(politics, "said:")[0]
    assert "Idris has taken difficult decisions" in joined(a["content"])
    assert "wages are rising again" in joined(a["content"])


def test_the_page_reads_as_its_outlet_wrote_it(page):
    document, _ = page
    assert document.outlet == "Northmere Broadcasting" and document.published == "2025-06-11"
    for boilerplate in ("Marguerite Olund", "Published", "Related", "Sign up for our newsletter", "Share this",
                        "More from World", "All rights reserved", "Image: Reuters"):
        assert boilerplate not in document.text, boilerplate


def test_the_ministers_two_clauses_to_parliament_are_both_hers(page):
    _, result = page
    (told,) = by_cue(result, "told")
    assert "the measures would stay in place" in joined(told["content"])
    diplomat = source_of(result, "One European diplomat")
    assert diplomat["source_kind"] == "anonymous" and diplomat["source_count"] == 1
