"""A threat told once as an act announced ("would take legal action against the newspaper") and once as a threat
("threatened to sue the paper") is one claim, a threat; a spokesperson named by surname speaks for the body the
article introduced them with; an outlet an act is done against is a party to it, not the teller of it."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from claimgraph.link.corroboration import introduced_as, outlet_in_sentence, spokesperson_body
from claimgraph.link.identities import formal_names


def events_of(result):
    return [(e["type"], e.get("act"), (e.get("roles") or {}).get("target")) for e in result["events"]]


@pytest.mark.parametrize("sentence", [
    "Brannoch said the council would take legal action against the Orwell Gazette.",
    "The council will bring a lawsuit against the Orwell Gazette, Brannoch said.",
    "Brannoch said the council would sue the Orwell Gazette.",
])
def test_a_suit_announced_against_a_party_is_a_threat_of_it(analyse, sentence):
    found = events_of(analyse(sentence))
    assert ("THREATEN", "DISAPPROVE", "Orwell Gazette") in found, found


def test_criticism_announced_is_no_threat(analyse):
    found = events_of(analyse("Brannoch said the council would criticise the Orwell Gazette."))
    assert all(kind != "THREATEN" for kind, _, _ in found), found


@pytest.mark.parametrize("text, name, body", [
    ("The ministry denied it, council spokesman Ivo Brannoch said on Monday. Brannoch said more.", "Ivo Brannoch",
     ("council",)),
    ("Ivo Brannoch, a spokesman for the Tarrow port board, said so. Brannoch added more.", "Ivo Brannoch",
     ("tarrow", "port", "board")),
    ("Ivo Brannoch, the mayor, said so. Brannoch added more.", "Ivo Brannoch", ()),
])
def test_a_spokesperson_named_by_surname_speaks_for_the_body_first_given(text, name, body):
    assert spokesperson_body(introduced_as(text, name)) == body


def test_an_outlet_the_claim_names_as_a_party_is_not_whom_its_sources_told():
    text = ("The ministry has threatened to sue the Orwell Gazette, a spokeswoman said. "
            "Two officials told the Tarrow Courier the ministry would sue the Orwell Gazette.")
    corpus = SimpleNamespace(outlet_keys={"orwell gazette", "tarrow courier"})
    first = {"span": {"start": 0, "end": text.index(", a spokeswoman"),
                      "text": text[:text.index(", a spokeswoman")]}}
    assert outlet_in_sentence(corpus, {"text": text}, first, set()) is None
    start = text.index("the ministry would")
    second = {"span": {"start": start, "end": len(text) - 1, "text": text[start:-1]}}
    assert outlet_in_sentence(corpus, {"text": text}, second, set()) == "tarrow courier"


def test_a_body_split_from_its_state_by_the_analysis_keeps_its_formal_name():
    relations = [{"type": "part_of", "subject": "Ministry of Trade", "object": "Terrovel",
                  "evidence": {"text": "The Ministry of Trade of Terrovel"}},
                 {"type": "part_of", "subject": "Terrovelian navy", "object": "Terrovel",
                  "evidence": {"text": "Terrovel's navy"}}]
    assert formal_names(relations) == {"Ministry of Trade": "Ministry of Trade of Terrovel"}


def test_a_ministry_answering_reports_in_its_own_statement_is_no_outlet(analyse):
    result = analyse("The Ministry of Trade of Terrovia rejects reports that Terrovia has sold boats to Mallorn.")
    types = {e["name"]: e["type"] for e in result["entities"]}
    assert types.get("Ministry of Trade") != "OUTLET", types


@pytest.mark.parametrize("text, patient, generic", [
    ("The ministry denied that its navy had seized any Calmorran vessel.", "Calmorran", True),
    ("The ministry said no Calmorran boat had been seized.", "Calmorran", True),
    ("The ministry said its navy had seized the Calmorran trawler Skua.", "Skua", False),
])
def test_a_patient_named_as_any_of_a_kind_names_no_party(text, patient, generic):
    from claimgraph.link.linker import any_of_kind
    start = text.index(patient)
    event = {"roles": {"target": patient, "recipient": patient},
             "role_mentions": {"target": {"start": start, "end": start + len(patient), "text": patient}}}
    assert any_of_kind(event, "recipient", text) is generic
    assert any_of_kind(event, "target", text) is generic


def test_a_force_shown_boarding_a_ship_seizes_it(analyse):
    result = analyse("Footage aired on Sunday showed Calmorran naval commandos boarding the trawler Skua.")
    assert any(e["type"] == "COERCE" and e["roles"].get("target") == "Skua" for e in result["events"]), \
        result["events"]
    result = analyse("A video showed passengers boarding the ferry Tern.")
    assert not any(e["type"] == "COERCE" for e in result["events"])
