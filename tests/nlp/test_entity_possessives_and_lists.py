"""Entities: names written with their own "'s", display names of possessed organs, and names typed by their lists."""
from __future__ import annotations

from tests.news import entity


def names(result):
    return {e["name"] for e in result["entities"]}


def test_a_firm_whose_name_ends_in_s_keeps_it_where_it_owns_nothing(analyse):
    r = analyse("Moody's cut the bank's rating on Friday. Moody's said the outlook was negative.")
    assert "Moody's" in names(r) and "Moody" not in names(r)
    assert [m["text"] for m in entity(r, "Moody's")["mentions"]] == ["Moody's", "Moody's"]


def test_a_possessive_after_a_name_stays_outside_it(analyse):
    r = analyse("Google's chief executive met regulators in Brussels on Tuesday.")
    assert "Google" in names(r) and "Google's" not in names(r)


def test_a_possessed_organ_is_named_by_its_state_s_adjective(analyse):
    r = analyse("Ireland's finance ministry said the deficit had narrowed. The ministry gave no figures.")
    ministry = entity(r, "Irish finance ministry")
    assert "Ireland's finance ministry" in ministry["aliases"]
    assert "Ireland finance ministry" not in names(r)  # no English: the possessive or the adjective
    assert ministry["type"] == "ORG"


def test_a_name_in_a_list_of_places_is_a_place(analyse):
    r = analyse("Protests spread to Leeds, Bradford and Halifax on Saturday.")
    assert entity(r, "Halifax")["type"] == "GPE"
    assert any(ev["rule"] == "item of a list of one kind" for ev in entity(r, "Halifax")["type_evidence"])
    assert {entity(r, name)["type"] for name in ("Leeds", "Bradford")} == {"GPE"}


def test_a_list_of_people_or_a_firm_named_for_two_people_stays_as_it_was(analyse):
    r = analyse("Police arrested Hughes, Patel and Novak on Monday. Marks and Spencer said sales rose.")
    assert not any(ev["rule"] == "item of a list of one kind" for e in r["entities"]
                   for ev in e.get("type_evidence", []))
    assert all(e["type"] != "GPE" for e in r["entities"])


def test_a_name_in_a_list_of_known_organisations_is_an_organisation(analyse):
    r = analyse("The UN, Amnesty International and Oxfam condemned the raid.")
    assert entity(r, "Oxfam")["type"] == "ORG"
    assert any(ev["rule"] == "item of a list of one kind" for ev in entity(r, "Oxfam")["type_evidence"])


def test_towns_the_tagger_calls_organisations_make_no_list_of_bodies(analyse):
    r = analyse("Roads were closed between Cork, Mallow and Fermoy.")
    assert not any(ev["rule"] == "item of a list of one kind" and ev_type == "ORG" for e in r["entities"]
                   for ev, ev_type in ((ev, ev["type"]) for ev in e.get("type_evidence", [])))
