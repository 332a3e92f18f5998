"""The kind of a source named by an office's noun with its holder's name beside it ("a prosecutor in X, Y") or by a
role whose name hangs on a place in the role's phrase, and of a mission sent by a body that is no state or by no one
named on the noun."""
from __future__ import annotations


def kind_of(r, source_start):
    return next(a["source_kind"] for a in r["attributions"] if a["source"] and
                a["source"][0]["text"].startswith(source_start))


def test_an_office_noun_with_its_holder_named_is_a_person(analyse):
    r = analyse("A prosecutor in Varlow, Dessa Marken, told reporters that she planned to charge the captain.")
    assert kind_of(r, "A prosecutor in Varlow") == "person"


def test_an_office_noun_alone_stays_the_office(analyse):
    r = analyse("The prosecutor said the captain would be charged with smuggling.")
    assert kind_of(r, "The prosecutor") == "government"


def test_a_role_of_a_body_in_a_place_then_its_holder_is_a_person(analyse):
    r = analyse("The director of the clinic in Pellot, Mirna Ostrova, said on Monday that three people had died.")
    assert kind_of(r, "The director of the clinic") == "person"


def test_a_bloc_s_mission_speaks_for_an_organisation(analyse):
    r = analyse("The observer mission of the Tarrow League, a regional body, said the vote was marred by fraud.")
    assert kind_of(r, "The observer mission") == "organization"
    r = analyse("The Pellin Union's mission in Askov said the count was fair.")
    assert kind_of(r, "The Pellin Union's mission") == "organization"


def test_a_state_s_mission_stays_a_government_body(analyse):
    r = analyse("Vessany's mission to the Tarrow League said the ballots were lost.")
    assert kind_of(r, "Vessany's mission") == "government"


def test_people_of_a_place_are_unnamed_people_not_a_body(analyse):
    r = analyse("Villagers of Tarnwick, a hamlet near the dam, told reporters they had heard three blasts overnight.")
    assert kind_of(r, "Villagers of Tarnwick") == "anonymous"
    r = analyse("Residents of Oskel, a suburb of the port, said the shelling lasted until dawn.")
    assert kind_of(r, "Residents of Oskel") == "anonymous"


def test_a_state_s_coast_guard_service_is_a_government_body(analyse):
    r = analyse("Eleven fishermen were rescued off the cape on Monday, Pardovia's Coast Guard Service said.")
    assert kind_of(r, "Pardovia's Coast Guard Service") == "government"


def test_an_international_body_named_by_an_office_noun_is_an_organisation(analyse):
    r = analyse("About 300 families fled the valley, according to the International Refugee Office.")
    assert kind_of(r, "the International Refugee Office") == "organization"
    r = analyse("The World Shipping Agency said the strait would stay closed until Friday.")
    assert kind_of(r, "The World Shipping Agency") == "organization"


def test_a_name_after_the_class_noun_of_an_outlet_is_an_outlet(analyse):
    r = analyse("The contract was signed in secret, according to the news site Brindlepost, which obtained a copy.")
    assert kind_of(r, "the news site Brindlepost") == "outlet"


def test_a_coast_or_border_guard_is_a_government_body_and_a_prison_guard_a_person(analyse):
    r = analyse("The coast guard said two crew members of the Harl trawler were hurt.")
    assert kind_of(r, "The coast guard") == "government"
    r = analyse("Border guards said the Orvan crossing was closed on Sunday.")
    assert kind_of(r, "Border guards") == "government"
    r = analyse("A prison guard said the inmates in Vesk had rioted.")
    assert kind_of(r, "A prison guard") == "anonymous"


def test_a_state_s_own_ministry_stays_government_whatever_its_name_says(analyse):
    # "International" in a state's ministry names its remit, not an international body
    r = analyse("Varnia's International Trade Ministry said exports fell in May.")
    assert kind_of(r, "Varnia's International Trade Ministry") == "government"


def test_a_guard_service_of_no_coast_or_border_is_no_state_body(analyse):
    r = analyse("A private guard service said the gates of the depot had been locked.")
    assert kind_of(r, "A private guard service") != "government"
    r = analyse("Telmar's Border Guard Service said the crossing was shut.")
    assert kind_of(r, "Telmar's Border Guard Service") == "government"


def test_one_border_guard_is_a_person_the_coast_guard_the_state(analyse):
    r = analyse("A border guard said the crossing had been shut since Monday.")
    assert kind_of(r, "A border guard") == "anonymous"
    r = analyse("The coast guard said the crossing had been shut since Monday.")
    assert kind_of(r, "The coast guard") == "government"


def test_a_mission_no_state_sends_speaks_for_an_organisation(analyse):
    r = analyse("Shells hit the village overnight, the Tessel Observer Mission said on Friday. The mission said its "
                "staff had counted 14 craters.")
    assert kind_of(r, "the Tessel Observer Mission") == "organization"
    assert kind_of(r, "The mission") == "organization"


def test_a_delegation_with_no_sender_on_the_noun_is_not_taken_for_a_body_of_its_own(analyse):
    # only an unsent 'mission' is counted as speaking for the body it is; a delegation the text says a state sent
    # ('Orvany sent a delegation') is left to the other rules, as before
    r = analyse("Orvany sent a delegation to Kessmar on Monday. The delegation said the talks had stalled.")
    assert kind_of(r, "The delegation") != "organization"
