"""Markers on sentences written for these tests: a first set beside a clause, 'never before', descriptions with a
clause before a name, appositions the parser hangs further back, and kinds of business said of a company."""
from __future__ import annotations


def kinds(result, kind):
    return [m for m in result["markers"] if m["kind"] == kind]


def test_a_first_time_beside_a_report_flags_novelty_about_that_report(analyse):
    r = analyse("Gunmen attacked a border post in northern Velmar on Sunday, Velmar's defence ministry said on "
                "Friday, the first time the government in Orla has openly blamed a neighbour for an attack.")
    (flag,) = kinds(r, "novelty")
    assert flag["span"]["text"] == "the first time the government in Orla has openly blamed a neighbour for an attack"
    said = [a for a in r["attributions"] if a["cue"][0]["text"] == "said"][0]
    assert flag["about"] == said["id"]


def test_marking_the_first_time_flags_novelty(analyse):
    r = analyse("The Tessel Post reported that the shipments arrived in May. The shipments would mark the first time "
                "a foreign state has openly armed the rebels.")
    (flag,) = kinds(r, "novelty")
    assert flag["span"]["text"].startswith("The shipments would mark the first time")


def test_never_before_in_the_outlets_voice_flags_novelty_and_in_a_relative_clause_does_not(analyse):
    r = analyse("The Crimson Hand said it had sunk the boat. The Crimson Hand has never before claimed an attack on "
                "a police station.")
    (flag,) = kinds(r, "novelty")
    assert flag["span"]["text"] == "The Crimson Hand has never before claimed an attack on a police station"
    r = analyse("Mara Tol, who had never before held office, won the seat.")
    assert kinds(r, "novelty") == []


def test_a_description_with_a_clause_before_a_name_is_a_label(analyse):
    r = analyse("Five engineers were freed on Sunday, the regional charity that employs them, Vanter Aid, said on "
                "Monday.")
    assert [(m["span"]["text"], m["about"]) for m in kinds(r, "label")] == [
        ("the regional charity that employs them", "Vanter Aid")]


def test_an_apposition_hung_on_a_noun_further_back_labels_the_name_before_it(analyse):
    r = analyse("Monitors from the Palder Union, a regional body of which Ostria is a member, said on Friday that the "
                "vote was flawed.")
    assert [m["about"] for m in kinds(r, "label")] == ["Palder Union"]


def test_a_kind_of_business_labels_a_company_and_not_a_person(analyse):
    r = analyse("The intruders had entered the control network of the state operator, Palgrid, through a tampered "
                "update.")
    assert [(m["span"]["text"], m["about"]) for m in kinds(r, "label")] == [("the state operator", "Palgrid")]
    r = analyse("Tom Vane, a plumbing contractor, said the pipes burst. Palgrid, the operator, said power was back.")
    assert kinds(r, "label") == []


def test_the_state_before_a_class_noun_and_an_apposed_name_is_no_mention_of_a_state(analyse):
    r = analyse("Hackers working for Tarsk's army cut power to much of southern Velmar on Sunday, Velmar's security "
                "service said. The service, which has warned since 2025 that Tarskian units were probing the grid, "
                "said the intruders had entered the control network of the state operator, Palgrid, through a "
                "tampered update in August.")
    mentions = [m["text"] for e in r["entities"] if e["name"] in {"Velmar", "Tarsk"} for m in e["mentions"]]
    assert "the state" not in mentions
    assert [(m["span"]["text"], m["about"]) for m in kinds(r, "label")] == [("the state operator", "Palgrid")]
