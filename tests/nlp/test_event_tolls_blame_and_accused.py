"""Events on sentences written for these tests: victims told with no doer after an attack, and fires an attack set,
are what that attack did; calling an act or a party by a word of blame denounces it; the party accused is found
where the parser misreads the words before "of"; a lone national adjective names its state; fines are sanctions;
drones launched at a place are an attack."""
from __future__ import annotations

import pytest

from tests.conftest import event


def triggers(result):
    return [e["trigger"]["text"] for e in result["events"]]


@pytest.mark.parametrize("text, harm", [
    ("Rebel rockets hit a grain silo near Ostavel on Sunday. Three farm workers were killed, the provincial "
     "governor said.", "killed"),
    ("Artillery fire resumed around the village of Mersk, where two children were killed, the mayor said.", "killed"),
])
def test_victims_told_without_a_doer_after_an_attack_are_its_toll(analyse, text, harm):
    r = analyse(text)
    assert harm not in triggers(r), r["events"]
    assert any(e["type"] in {"ASSAULT", "FIGHT"} for e in r["events"])


@pytest.mark.parametrize("text, result", [
    ("Drones hit an oil terminal near Pavrel on Friday, setting off fires that burned for hours.", "setting off"),
    ("The militia said its drones had struck the barracks and set them on fire.", "set"),
])
def test_fires_an_attack_set_are_that_attack(analyse, text, result):
    r = analyse(text)
    assert result not in triggers(r) and not [e for e in r["events"] if e["type"] == "COERCE"], r["events"]


def test_a_fire_set_on_its_own_is_still_an_act(analyse):
    assert event(analyse("Settlers set fire to the offices overnight."), "set fire")["type"] == "COERCE"


@pytest.mark.parametrize("text, verb", [
    ('The Vellish foreign ministry called the decision "a reckless provocation".', "called"),
    ("The mayor described the plan as irresponsible.", "described"),
    ("The governor called her rival a liar.", "called"),
])
def test_calling_something_by_a_word_of_blame_denounces_it(analyse, text, verb):
    assert event(analyse(text), verb)["type"] == "DISAPPROVE"


@pytest.mark.parametrize("text", [
    "The minister called the agreement a historic step.",
    "Investigators found the weapon used in what officials called a hate crime.",
])
def test_a_name_without_blame_denounces_nothing(analyse, text):
    assert not [e for e in analyse(text)["events"] if e["type"] == "DISAPPROVE"]


def test_the_party_accused_behind_a_misread_participle_does_the_act(analyse):
    r = analyse("The Pellandian government has accused neighbouring Ostrevia of supplying the missiles.")
    assert event(r, "supplying")["roles"].get("actor") == "Ostrevia"
    assert event(r, "accused")["roles"].get("target") == "Ostrevia"


def test_a_lone_national_adjective_names_its_state(analyse):
    r = analyse("Tavora expelled three Marrine diplomats on Monday. Marra's foreign ministry said the country "
                "would respond.")
    assert event(r, "expelled")["roles"].get("target") == "Marra"


@pytest.mark.parametrize("text", [
    "The steel maker had been fined by regulators last year.",
    "The regulator fined the bank $2 million.",
])
def test_a_fine_is_a_sanction(analyse, text):
    r = analyse(text)
    assert event(r, "fined")["type"] == "SANCTION"


def test_drones_launched_at_a_place_are_an_attack(analyse):
    r = analyse("The militia said its fighters had launched nine drones at the airbase.")
    launch = event(r, "launched")
    assert launch["type"] == "FIGHT" and launch["mode"] == "drone"


def test_a_drone_launched_to_watch_is_no_attack(analyse):
    assert "launched" not in triggers(analyse("Police launched a drone to film the march."))


def test_a_facility_told_before_supplies_no_aid(analyse):
    r = analyse("Drones struck a fuel depot outside Varnby on Monday. Three officers said the depot supplied most units "
                "on the eastern front.")
    assert "supplied" not in triggers(r)


def test_a_report_sent_is_no_aid(analyse):
    r = analyse("The panel says in a report sent to members on Monday that the tankers changed flags.")
    assert not [e for e in r["events"] if e["type"] == "AID"], r["events"]


def test_a_sending_told_by_a_report_is_still_aid(analyse):
    # the report is not what was sent: the clause after it has its own subject and object
    r = analyse("The ministry dismissed reports that Veldra had sent rifles to the Ash Guard as pure fiction.")
    assert event(r, "sent")["type"] == "AID", r["events"]


def test_diplomats_sent_home_are_expelled(analyse):
    sent = event(analyse("Dalmerra sent four Ostreviki diplomats home on Tuesday."), "sent")
    assert sent["type"] == "SANCTION" and sent["mode"] == "expel"


@pytest.mark.parametrize("text, place", [
    ("Talks between the government and the Front, which were due to open in Harnet on Thursday, have been "
     "postponed, a mediator said.", "Harnet"),
    ("The summit, which was held in Varsk, ended without a deal.", "Varsk"),
])
def test_a_relative_clause_of_the_act_itself_places_it(analyse, text, place):
    r = analyse(text)
    talks = next(e for e in r["events"] if e["type"] == "CONSULT")
    assert talks["roles"].get("location") == place


def test_a_relative_clause_of_a_party_places_no_talks(analyse):
    r = analyse("Talks with the Front, which is based in Harnet, resumed on Monday.")
    assert "location" not in event(r, "Talks")["roles"]


def test_rearming_is_mobilising(analyse):
    r = analyse("The government accused Pellor of using the talks to rearm.")
    assert event(r, "rearm")["type"] == "MOBILIZE"


def test_a_source_not_authorised_to_discuss_holds_no_talks(analyse):
    r = analyse("Two Trelanian officials, who spoke on condition of anonymity because they were not authorised to "
                "discuss the case, said the office had been investigating the pair since March.")
    assert "discuss" not in triggers(r)


def test_a_penalty_that_may_befall_someone_is_no_threat(analyse):
    r = analyse("Odrin will go on trial before a military court in May, his lawyer said. If convicted, he could be "
                "jailed for life.")
    assert not [e for e in r["events"] if e["type"] == "THREATEN"], r["events"]


def test_a_penalty_a_speaker_holds_over_someone_stays_a_threat(analyse):
    r = analyse("The minister said the protesters would be arrested if they returned.")
    assert event(r, "arrested")["type"] == "THREATEN"
