"""Who is who, who did what and how the parties hang together in three wire articles written for these tests (a
ramming at sea, a disputed election, a sanctions package; invented states, bodies, firms and people no gazetteer
knows), against what a careful reader takes from them: entity types, canonical names and mentions, PLOVER events with
their parties, dates and relations."""
from __future__ import annotations

import pytest

from tests.news import entity, mentions, reader

PUBLISHED = "2024-06-14"  # a Friday


@pytest.fixture(scope="module")
def article(analyse):
    return reader(analyse, published=PUBLISHED)


def events(result, trigger):
    return [e for e in result["events"] if e["trigger"]["text"] == trigger]


def event(result, trigger):
    found = events(result, trigger)
    assert len(found) == 1, f"events on {trigger!r}: {[e['trigger']['text'] for e in result['events']]}"
    return found[0]


def relations(result):
    return {(r["type"], r["subject"], r["object"]) for r in result["relations"]}


def times(result):
    return {t["text"]: (t["value"], t.get("end_value")) for t in result["times"]}


# --- naval_ramming: a coast guard's boat, a named trawler, a navy named again, a capital, a spokesman ---------

@pytest.mark.parametrize("name, etype", [
    ("Suvania", "GPE"), ("Callovia", "GPE"), ("Essel", "GPE"), ("Dunmere Strait", "LOC"), ("Pale Kittiwake", "VEHICLE"),
    ("Oriel Vantanen", "PERSON"), ("Davor Klemenc", "PERSON"), ("Quarrow Dispatch", "OUTLET"),
    ("Callovian coast guard", "ORG"), ("Suvanian navy", "ORG"), ("Callovian navy", "ORG"),
])
def test_naval_ramming_types(article, name, etype):
    assert entity(article("naval_ramming"), name)["type"] == etype


def test_naval_ramming_identities(article):
    r = article("naval_ramming")
    assert {"Callovia's coast guard", "the coast guard"} <= set(mentions(r, "Callovian coast guard"))
    assert "The navy" in mentions(r, "Suvanian navy")  # "The navy said the trawler ...", after "the Suvanian navy"
    assert "The navy" not in mentions(r, "Callovian navy")
    assert "The strait" in mentions(r, "Dunmere Strait")
    assert "he" in mentions(r, "Oriel Vantanen")
    assert len(mentions(r, "Essel")) == 2  # the dateline and "reporters in Essel, the Suvanian capital"


def test_naval_ramming_events(article):
    r = article("naval_ramming")
    # "A patrol boat of the Callovian coast guard ... injuring two crew members": the boat acts for its service,
    # and so does "the patrol boat" named again
    # the injuries are the ramming's result, a mention of it
    rammed = event(r, "rammed")
    assert rammed["type"] == "ASSAULT" and rammed["roles"]["actor"] == "Callovian coast guard"
    assert "injuring" in [m["text"] for m in rammed["mentions"]]
    struck = event(r, "struck")
    assert struck["type"] == "ASSAULT" and struck["roles"]["actor"] == "Callovian coast guard"
    denied = event(r, "denied")
    assert denied["type"] == "REJECT" and denied["roles"]["actor"] == "Callovian coast guard"
    condemned = event(r, "condemned")
    assert condemned["type"] == "DISAPPROVE" and condemned["roles"]["actor"] == "Oriel Vantanen"
    seized = event(r, "seized")
    assert seized["type"] == "COERCE" and seized["roles"]["actor"] == "Callovian navy"
    assert "cargo ship" in seized["roles"]["target"]
    held = event(r, "held")  # "... and held its crew for nine days": a detention by the same navy
    assert held["type"] == "COERCE" and held["roles"]["actor"] == "Callovian navy"
    assert not events(r, "gave")  # "He gave no details about the warnings": words, not aid
    send = event(r, "send")  # "would send two frigates to escort its fishing fleet": warships deployed
    assert send["type"] == "MOBILIZE" and send["roles"]["actor"] == "Suvania"


def test_naval_ramming_times_and_relations(article):
    r = article("naval_ramming")
    found = times(r)
    assert found["on Wednesday"] == ("2024-06-12", None) and found["on Thursday"] == ("2024-06-13", None)
    assert found["since February"] == ("2024-02", None) and found["in April"] == ("2024-04", None)
    assert found["next Monday"] == ("2024-06-17", None)
    assert {("part_of", "Callovian coast guard", "Callovia"), ("part_of", "Suvanian navy", "Suvania"),
            ("capital_of", "Essel", "Suvania"), ("member_of", "Oriel Vantanen", "Suvania"),
            ("spokesperson_of", "Davor Klemenc", "Callovian foreign ministry")} <= relations(r)


# --- election_petition: a commission named first by description, a court and a forum named again ------------

@pytest.mark.parametrize("name, etype", [
    ("Talvera", "GPE"), ("Lissenburg", "GPE"), ("Orvane Herald", "OUTLET"), ("Civic Renewal Party", "ORG"),
    ("Supreme Court", "ORG"), ("National Electoral Commission", "ORG"), ("Ansgar Thorbeck", "PERSON"),
    ("Ottilie Dusk", "PERSON"), ("Bastian Vale", "PERSON"), ("Unity Alliance", "ORG"), ("Coastal States Forum", "ORG"),
])
def test_election_petition_types(article, name, etype):
    assert entity(article("election_petition"), name)["type"] == etype


def test_election_petition_identities(article):
    r = article("election_petition")
    # "accusing the electoral commission of ...", then "The National Electoral Commission declared ..."
    assert {"the electoral commission", "The commission"} <= set(mentions(r, "National Electoral Commission"))
    assert "The court" in mentions(r, "Supreme Court")
    assert "The forum" in mentions(r, "Coastal States Forum")
    assert "The party" in mentions(r, "Civic Renewal Party")
    assert "the Herald" in mentions(r, "Orvane Herald")
    assert "Thorbeck" in mentions(r, "Ansgar Thorbeck")


def test_election_petition_events(article):
    r = article("election_petition")
    accusing = event(r, "accusing")
    assert accusing["type"] == "DISAPPROVE" and accusing["roles"]["actor"] == "Civic Renewal Party"
    assert accusing["roles"]["target"] == "National Electoral Commission"
    rejected = event(r, "rejected")
    assert rejected["type"] == "REJECT" and rejected["roles"]["actor"] == "Ottilie Dusk"
    detained = event(r, "detained")
    assert detained["type"] == "COERCE" and "supporters" in detained["roles"]["target"]
    # "The forum declined to give further details": neither a rejection nor aid
    assert not events(r, "declined") and not events(r, "give")


def test_election_petition_times_and_relations(article):
    r = article("election_petition")
    found = times(r)
    assert found["on Thursday"] == ("2024-06-13", None) and found["last Sunday"] == ("2024-06-09", None)
    assert found["on Tuesday"] == ("2024-06-11", None) and found["on Wednesday night"] == ("2024-06-12", None)
    assert found["on June 24"] == ("2024-06-24", None) and found["in 2021"] == ("2021", None)
    assert {("part_of", "Supreme Court", "Talvera"),
            ("leader_of", "Ottilie Dusk", "National Electoral Commission"),
            ("member_of", "Bastian Vale", "Civic Renewal Party")} <= relations(r)


# --- sanctions_banks: a bank and its subsidiary, a firm registered abroad, a trade ban threatened -------------

@pytest.mark.parametrize("name, etype", [
    ("Verdania", "GPE"), ("Estrania", "GPE"), ("Arvos", "GPE"), ("Caldera Bank", "ORG"), ("Caldera Trust", "ORG"),
    ("Pellinor Shipping", "ORG"), ("Helga Stromberg", "PERSON"), ("Rasmus Kade", "PERSON"),
    ("Markwell Financial News", "OUTLET"), ("Estranian trade ministry", "ORG"),
])
def test_sanctions_banks_types(article, name, etype):
    assert entity(article("sanctions_banks"), name)["type"] == etype


def test_sanctions_banks_events(article):
    r = article("sanctions_banks")
    first, later = events(r, "imposed")
    assert (first["type"], first["roles"]["actor"]) == ("SANCTION", "Verdania")
    assert "banks" in first["roles"]["target"]  # "imposed sanctions on Thursday on two banks ..."
    assert (later["type"], later["roles"]["actor"]) == ("SANCTION", "Verdania")
    freeze = event(r, "freeze")  # "The measures freeze the assets of Caldera Bank": Verdania's measures
    assert freeze["type"] == "SANCTION" and freeze["roles"]["actor"] == "Verdania"
    assert freeze["roles"]["target"] == "Caldera Bank"
    ban = event(r, "ban")  # "threatened to ban imports of Verdanian grain": a trade ban, CAMEO 163
    assert ban["type"] == "SANCTION" and ban["roles"]["actor"] == "Estranian trade ministry"
    assert "sanctions" not in [m["text"] for m in ban["mentions"]]  # "The sanctions follow ...": Verdania's
    denied = event(r, "denied")
    assert denied["type"] == "REJECT" and denied["roles"]["actor"] == "Pellinor Shipping"
    condemned = event(r, "condemned")
    assert condemned["type"] == "DISAPPROVE" and condemned["roles"]["actor"] == "Estranian trade ministry"
    assert not events(r, "gave")  # "It gave no details."


def test_sanctions_banks_times_and_relations(article):
    r = article("sanctions_banks")
    found = times(r)
    assert found["on Thursday"] == ("2024-06-13", None) and found["since January"] == ("2024-01", None)
    assert found["on Friday"] == ("2024-06-14", None) and found["in March last year"] == ("2023-03", None)
    assert found["in 2022"] == ("2022", None)
    assert {("controlled_by", "Caldera Trust", "Caldera Bank"), ("located_in", "Caldera Trust", "Estrania"),
            ("located_in", "Pellinor Shipping", "Arvos"), ("leader_of", "Rasmus Kade", "Pellinor Shipping"),
            ("part_of", "Estranian trade ministry", "Estrania")} <= relations(r)
    subsidiary = next(x for x in r["relations"] if x["type"] == "controlled_by")
    assert "subsidiary" in subsidiary["evidence"]["text"]  # the words that tie them are kept
