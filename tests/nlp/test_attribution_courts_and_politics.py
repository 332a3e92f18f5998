"""Sources, contents and acts found failing on court, political and sanctions reports, on sentences of their own."""
from __future__ import annotations

import pytest

from tests.news import joined


def only(result, cue):
    found = [a for a in result["attributions"] if joined(a["cue"]) == cue]
    assert len(found) == 1, result["attributions"]
    return found[0]


@pytest.mark.parametrize("text", [
    "But a senior party figure, speaking on condition of anonymity, said several ministers had urged her to act.",
    "A veteran figure in the movement, who asked not to be named, said the strike would last a week.",
])
def test_a_source_speaking_on_terms_of_anonymity_is_one_anonymous_person(analyse, text):
    a = only(analyse(text), "said")
    assert a["source_kind"] == "anonymous" and a["source_count"] == 1, a
    assert "anonymity" not in joined(a["source"]) and "named" not in joined(a["source"]), a["source"]


def test_figures_that_show_stay_a_document(analyse):
    a = only(analyse("The figures, published on Monday, show that exports fell."), "show")
    assert a["source_kind"] == "document", a


@pytest.mark.parametrize("text, speaker", [
    ("In an interview with the Harlow Courier, the Green Front leader, Teodor Vass, said the budget had failed.",
     "the Green Front leader, Teodor Vass"),
    ("In a statement to the Orsk Herald, her chief of staff, Mina Vosk, said the senator would vote no.",
     "her chief of staff, Mina Vosk"),
    ("In an interview with the Daily Fenwick, Ruth Calder said the plan was dead.", "Ruth Calder"),
])
def test_a_fronted_occasion_is_never_the_speaker(analyse, text, speaker):
    a = only(analyse(text), "said")
    assert joined(a["source"]) == speaker, a["source"]
    assert a["source_kind"] != "anonymous", a


@pytest.mark.parametrize("text, second", [
    ('Foreign Minister Ilse Marrow told parliament that the banks had "knowingly bankrolled violence" and that the '
     'measures would stay in place until the shipments stopped.', "the measures would stay in place"),
    ('The harbour master told the inquiry that the crane had been "poorly maintained" and that two inspections were '
     'skipped.', "two inspections were skipped"),
])
def test_a_second_that_clause_after_an_addressee_is_reported_too(analyse, text, second):
    a = only(analyse(text), "told")
    assert second in joined(a["content"]), a["content"]


@pytest.mark.parametrize("text, source", [
    ("The Energy Minister, Lucan Varro, said on Monday that he had no knowledge of the payments.",
     "The Energy Minister, Lucan Varro"),
    ("The Home Secretary, Aled Morrow, told MPs that the scheme would be scrapped.", "The Home Secretary, Aled Morrow"),
])
def test_a_capitalised_role_keeps_the_name_set_off_after_it(analyse, text, source):
    a = only(analyse(text), "said" if " said " in text else "told")
    assert joined(a["source"]) == source and a["source_kind"] == "person", a


def test_a_name_after_a_company_is_still_dropped_as_a_description(analyse):
    a = only(analyse("Ostrava Shipping, a Kelmar firm, said its vessels were safe."), "said")
    assert joined(a["source"]) == "Ostrava Shipping", a["source"]


@pytest.mark.parametrize("text, demand", [
    ("He insisted the wind farms would go ahead regardless of the outcome.", False),
    ("Dovan Prell insisted that he had done nothing wrong.", False),
    ("The union insisted that the minister resign.", True),
    ("The rebels insisted that the army must withdraw.", True),
    ("The rebels insisted on a full withdrawal.", True),
])
def test_insisting_on_what_is_so_is_no_demand(analyse, text, demand):
    found = [e for e in analyse(text)["events"] if e["type"] == "DEMAND" and e["trigger"]["text"] == "insisted"]
    assert bool(found) == demand, analyse(text)["events"]


def test_the_same_noun_goes_back_to_a_source_speaking_on_terms(analyse):
    r = analyse('A poll on Sunday showed support falling. But a senior party figure, speaking on condition of '
                'anonymity, said ministers were worried. "People are frightened," the figure said.')
    figure = next(a for a in r["attributions"] if joined(a["source"]) == "a senior party figure")
    later = next(a for a in r["attributions"] if joined(a["source"]) == "the figure")
    assert later["refers_to"] == figure["id"], later


@pytest.mark.parametrize("group", ["Several backbench MPs", "Several union CEOs", "Many councillors"])
def test_one_of_them_goes_back_to_the_group_just_named_though_tagged_singular(analyse, group):
    r = analyse("Officials have not said how large the gap will be. "
                f"{group} have called for a statement. One of them, Ada Brill, said the minister should answer.")
    called = next(a for a in r["attributions"] if joined(a["source"]) == group)
    one = next(a for a in r["attributions"] if joined(a["source"]).startswith("One of them"))
    assert one["refers_to"] == called["id"] and called["source_count"] is None, (called, one)
    assert one["source_kind"] == "person", one


def test_one_of_them_unnamed_stays_anonymous_and_counted(analyse):
    r = analyse("Two people familiar with the inquiry said prosecutors were examining the payments. "
                "One of them said charges could follow.")
    one = next(a for a in r["attributions"] if joined(a["source"]) == "One of them")
    assert one["source_kind"] == "anonymous" and one["source_count"] == 1, one


@pytest.mark.parametrize("text, demand", [
    ("The other two banks did not respond to requests for comment.", False),
    ("The firm did not reply to a request for comment on Tuesday.", False),
    ("The union made a request for higher wages.", True),
])
def test_a_reporters_request_for_comment_is_no_demand(analyse, text, demand):
    found = [e for e in analyse(text)["events"] if e["type"] == "DEMAND"]
    assert bool(found) == demand, analyse(text)["events"]
