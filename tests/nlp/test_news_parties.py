"""Who is who and who did what in three short wire and broadcast articles written for these tests (invented
countries, ministers, militias, newspapers and firms no gazetteer knows), against what a careful reader takes from
them: entity types, canonical names and mentions, PLOVER events with their parties, dates and relations."""
from __future__ import annotations

import pytest

from tests.news import entity, mentions, reader

PUBLISHED = "2024-06-14"  # a Friday


@pytest.fixture(scope="module")
def article(analyse):
    return reader(analyse, published=PUBLISHED)


def events(result, trigger):
    found = [e for e in result["events"] if e["trigger"]["text"] == trigger]
    assert found, f"no event on {trigger!r}: {[e['trigger']['text'] for e in result['events']]}"
    return found


def relations(result):
    return {(r["type"], r["subject"], r["object"]) for r in result["relations"]}


def times(result):
    return {t["text"]: (t["value"], t.get("end_value")) for t in result["times"]}


# --- border_arms: a minister's accusation, a denial by the capital, an acronym, a detention -------------------

@pytest.mark.parametrize("name, etype", [
    ("Drelland", "GPE"), ("Ostravia", "GPE"), ("Temeshvar", "GPE"), ("Anselm Voight", "PERSON"),
    ("Ilse Marrow", "PERSON"), ("Tobiah Sabescu", "PERSON"), ("Kovan Liberation Front", "ORG"),
    ("Drelland Courier", "OUTLET"), ("Pellam Wire", "OUTLET"), ("Brightwell Minerals", "ORG"),
])
def test_border_arms_types(article, name, etype):
    assert entity(article("border_arms"), name)["type"] == etype


def test_border_arms_identities(article):
    r = article("border_arms")
    assert {"The Kovan Liberation Front", "KLF", "The KLF", "the Front"} <= set(mentions(r, "Kovan Liberation Front"))
    assert "KLF" in entity(r, "Kovan Liberation Front")["aliases"]
    assert "the Courier" in mentions(r, "Drelland Courier")
    assert {"Voight", "the minister"} <= set(mentions(r, "Anselm Voight"))
    assert "Brightwell" in mentions(r, "Brightwell Minerals")
    # "Temeshvar has denied any role": the capital speaking for its state; "Officials in Temeshvar" is the city
    assert {"The Ostravian government", "Temeshvar"} <= set(mentions(r, "Ostravia"))
    assert mentions(r, "Temeshvar") == ["Temeshvar"]


def test_border_arms_events(article):
    r = article("border_arms")
    (accused,) = [e for e in events(r, "accused") if e["roles"].get("actor")]
    assert accused["type"] == "DISAPPROVE" and accused["roles"]["actor"] == "Anselm Voight"
    assert accused["roles"]["target"] == "Ostravia"
    (arming,) = events(r, "arming")
    assert (arming["type"], arming.get("mode")) == ("AID", "military")
    assert arming["roles"]["actor"] == "Ostravia" and arming["roles"]["recipient"] == "Kovan Liberation Front"
    assert "transfer" in [m["text"] for m in arming["mentions"]]  # "the transfer of rifles to the Front"
    (seized,) = events(r, "seized")
    assert seized["type"] == "COERCE" and seized["roles"]["actor"] == "Kovan Liberation Front"
    (detained,) = events(r, "detained")
    assert detained["type"] == "COERCE" and detained["roles"]["target"] == "Tobiah Sabescu"
    (attack,) = events(r, "attack")  # "carried out an attack"
    assert attack["type"] == "ASSAULT" and attack["roles"]["actor"] == "Kovan Liberation Front"
    denials = events(r, "denied")
    assert [d["roles"].get("actor") for d in denials] == ["Ostravia", "Ostravia"]


def test_border_arms_times_and_relations(article):
    r = article("border_arms")
    found = times(r)
    assert found["on Thursday"] == ("2024-06-13", None)
    assert found["between Monday and Wednesday this week"] == ("2024-06-10", "2024-06-12")
    assert found["on Wednesday"] == ("2024-06-12", None)
    assert found["in March"] == ("2024-03", None)
    assert {("leader_of", "Tobiah Sabescu", "Kovan Liberation Front"),
            ("alias", "Kovan Liberation Front", "KLF"),
            ("capital_of", "Temeshvar", "Ostravia"),
            ("located_in", "Brightwell Minerals", "Ostravia")} <= relations(r)


# --- airport_mutiny: a president named by title, a general by rank and surname, a port in the country --------

def test_airport_mutiny_identities(article):
    r = article("airport_mutiny")
    assert entity(r, "Sarvenia")["type"] == "GPE"
    assert "the country" in mentions(r, "Sarvenia")
    assert {"the president", "His"} <= set(mentions(r, "Matthis Orlenko"))
    assert {"The general", "Deshtel"} <= set(mentions(r, "Ruvan Deshtel"))
    assert "The Gazette" in mentions(r, "Selm Gazette") and entity(r, "Selm Gazette")["type"] == "OUTLET"
    assert entity(r, "Teodor Brask")["type"] == "PERSON"
    assert entity(r, "Tavaria")["type"] == "GPE"


def test_airport_mutiny_events_times_relations(article):
    r = article("airport_mutiny")
    (seized,) = events(r, "seized")
    assert seized["type"] == "COERCE" and "seizure" in [m["text"] for m in seized["mentions"]]
    (curfew,) = events(r, "curfew")  # "announced a curfew"
    assert curfew["type"] == "COERCE" and curfew["roles"]["actor"] == "Ruvan Deshtel"
    (condemned,) = events(r, "condemned")
    assert condemned["type"] == "DISAPPROVE" and condemned["roles"]["actor"] == "Tavaria"
    found = times(r)
    assert found["on Sunday"] == ("2024-06-09", None)
    assert found["next Tuesday"] == ("2024-06-18", None)
    assert {("leader_of", "Matthis Orlenko", "Sarvenia"), ("capital_of", "Pelloque", "Sarvenia"),
            ("located_in", "Corvassa", "Sarvenia")} <= relations(r)


# --- airline_drone: a firm introduced by apposition, a militia named by its backer, a farmer by his age -------

@pytest.mark.parametrize("name, etype", [
    ("Lorimar Airways", "ORG"), ("Skyvane", "ORG"), ("Kestovia", "GPE"), ("Ulmenia", "GPE"),
    ("Black Harrow Brigades", "ORG"), ("Ferrin Times", "OUTLET"), ("Aldous Crane", "PERSON"),
    ("Vesna Torhall", "PERSON"),
])
def test_airline_drone_types(article, name, etype):
    assert entity(article("airline_drone"), name)["type"] == etype


def test_airline_drone_identities_and_roles(article):
    r = article("airline_drone")
    assert {"The Brigades", "the Ulmenian-backed militia"} <= set(mentions(r, "Black Harrow Brigades"))
    assert "the airline" in mentions(r, "Lorimar Airways")
    assert "its" in mentions(r, "Skyvane")  # "stopped its services"
    (blamed,) = events(r, "blamed")
    assert blamed["type"] == "DISAPPROVE" and blamed["roles"]["actor"] == "Vesna Torhall"
    assert blamed["roles"]["target"] == "Black Harrow Brigades"
    (backed,) = events(r, "backed")  # "a rebel group backed by neighbouring Ulmenia"
    assert backed["type"] == "SUPPORT" and backed["roles"]["actor"] == "Ulmenia"
    assert backed["roles"]["recipient"] == "Black Harrow Brigades"
    (acquired,) = events(r, "acquired")
    assert acquired["roles"]["recipient"] == "Black Harrow Brigades"
    found = times(r)
    assert found["last month"] == ("2024-05", None) and found["on Thursday"] == ("2024-06-13", None)
    assert {("member_of", "Vesna Torhall", "Kestovia"), ("located_in", "Skyvane", "Ferrin")} <= relations(r)
