"""Names typed by the words around them: a class noun before, a centre's work, a journey's end, a police force,
a nickname inside a full name."""
from __future__ import annotations

from tests.news import entity, type_rules


def entity_with(result, text):
    return next((e for e in result["entities"] if any(m["text"] == text for m in e["mentions"])), None)


def relations(result):
    return {(r["type"], r["subject"], r["object"]) for r in result["relations"]}


def test_a_carrier_before_a_name_is_a_firm(analyse):
    r = analyse("The carrier Northwind said on Monday it would cancel flights to Belmora until March.")
    northwind = entity_with(r, "Northwind")
    assert northwind is not None and northwind["type"] == "ORG", r["entities"]


def test_an_aircraft_carrier_before_a_name_is_a_ship(analyse):
    r = analyse("The aircraft carrier Ostrava sailed into the gulf on Tuesday, the navy said.")
    ship = next(e for e in r["entities"] if e["name"] == "Ostrava")
    assert ship["type"] == "VEHICLE"


def test_a_carrier_in_a_story_of_aircraft_carriers_stays_a_ship(analyse):
    r = analyse("The aircraft carrier Ostrava left port on Monday. On Tuesday the carrier Ostrava entered the "
                "strait, officials said.")
    assert entity(r, "Ostrava")["type"] == "VEHICLE"


def test_a_centre_named_for_its_work_is_an_organisation(analyse):
    r = analyse("Engineers at the Open Source Centre in Valmor said the images showed damage.")
    centre = entity(r, "Open Source Centre")
    assert centre["type"] == "ORG"
    assert "a centre named for its work" in type_rules(centre)


def test_a_centre_named_for_its_trade_is_not_so_typed(analyse):
    r = analyse("A fire broke out at the Valmor Trade Centre on Monday, firefighters said.")
    centre = entity_with(r, "the Valmor Trade Centre")
    assert centre is None or "a centre named for its work" not in type_rules(centre)


def test_whose_noun_is_no_apposition_of_the_name(analyse):
    r = analyse("Dorn Ekhart, whose group, the Kessel Brigades, claimed the attack, said more would follow.")
    ekhart = entity(r, "Dorn Ekhart")
    assert not any(ev["rule"] == "apposition" and "whose" in ev["text"] for ev in ekhart.get("type_evidence", []))


def test_the_destination_of_flights_is_a_place(analyse):
    r = analyse("Northwind, a Vell-based airline, said on Monday it would suspend flights to Orsk.")
    assert entity(r, "Orsk")["type"] == "GPE"


def test_a_name_before_police_is_a_place(analyse):
    r = analyse("Maj. Tomas Ekberg of the Tesmar police said the suspects were held in a cell overnight.")
    assert entity(r, "Tesmar")["type"] == "GPE"
    assert "place named by its police" in type_rules(entity(r, "Tesmar"))


def test_a_nickname_in_quotes_is_inside_the_person_s_name(analyse):
    r = analyse('Andrei "the Hammer" Volkan, the leader of the Kessel Brigades, was arrested on Sunday. Volkan '
                'denied the charges.')
    volkan = entity(r, "Andrei Volkan")
    assert volkan["type"] == "PERSON" and "the Hammer" in volkan["aliases"]
    assert "Volkan" in [m["text"] for m in volkan["mentions"]]
    assert ("leader_of", "Andrei Volkan", "Kessel Brigades") in relations(r)
