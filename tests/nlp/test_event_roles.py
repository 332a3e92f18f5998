"""Whom an event is aimed at, on sentences written for these tests: embedded acts, the party behind a thing, parties
named by their role, and the place of an act standing for its people."""
from __future__ import annotations

from tests.conftest import event


def test_a_threat_is_aimed_at_whom_the_threatened_act_falls_on(analyse):
    r = analyse("The governor threatened to impose sanctions against Quorvish exporters.")
    threat = event(r, "threatened")
    assert threat["type"] == "THREATEN"
    assert "exporters" in threat["roles"]["target"]


def test_an_aspectual_verb_carries_the_promised_act(analyse):
    r = analyse("Sweden has promised to continue military aid to Eldavia.")
    promise = event(r, "promised")
    assert promise["roles"].get("recipient") == "Eldavia"
    assert promise["about"] == event(r, "aid")["id"]


def test_the_party_behind_what_a_protest_demands(analyse):
    r = analyse("Farmers blocked roads to demand the return of land seized by the Morvan army.")
    assert "Morvan army" in event(r, "blocked")["roles"]["target"]
    # the seizure is the army's own act: its doer is never its own target
    seized = event(r, "seized")
    assert "Morvan" in seized["roles"]["actor"] and "Morvan" not in seized["roles"].get("target", "")


def test_an_investigation_into_acts_is_aimed_at_their_doers(analyse):
    r = analyse("Inspectors opened an investigation into crimes committed by Ustrian forces.")
    assert "Ustrian" in event(r, "investigation")["roles"].get("target", "")


def test_commit_without_to_is_no_agreement(analyse):
    r = analyse("Inspectors opened an investigation into crimes committed by Ustrian forces.")
    assert not [e for e in r["events"] if e["trigger"]["text"].startswith("committed")]
    r = analyse("The minister said she is committed to opening up the economy.")
    assert event(r, "committed to")["type"] == "AGREE"


def test_a_party_named_by_its_role_receives(analyse):
    r = analyse("The agency will provide food to refugees.")
    assert event(r, "provide")["roles"].get("recipient") == "refugees"


def test_people_sent_are_the_means_not_the_party(analyse):
    r = analyse("Pelmark refused to deploy peacekeepers in the province of Ostavia.")
    refusal = event(r, "refused")
    assert refusal["roles"].get("recipient") == "Ostavia"
    assert "peacekeepers" not in refusal["roles"].values()


def test_members_trained_stand_for_their_group(analyse):
    r = analyse("The government has trained fighters from the Ardent Front.")
    assert event(r, "trained")["roles"].get("recipient") == "Ardent Front"


def test_the_place_of_a_hostile_act_is_its_target_when_no_party_is_named(analyse):
    r = analyse("The army imposed a curfew in the city of Vantor on Friday.")
    curfew = event(r, "imposed")
    assert curfew["roles"]["location"] == "Vantor" and curfew["roles"].get("target") == "Vantor"


def test_a_venue_of_talks_is_no_party(analyse):
    r = analyse("Delegations from Ostrava and Brenn held talks in the city of Geneva on Monday.")
    talks = event(r, "talks")
    assert talks["roles"].get("location") == "Geneva"
    assert talks["roles"].get("recipient") != "Geneva" and talks["roles"].get("target") != "Geneva"


def test_armed_forces_of_a_ministry_are_its_states(analyse):
    r = analyse("Ostavia's interior ministry said its forces had shelled a rebel camp near the border.")
    assert event(r, "shelled")["roles"]["actor"] == "Ostavia"


def test_forces_seen_moving_after_a_partys_movement_are_its(analyse):
    r = analyse("Ostavia has moved three infantry brigades to its border with Pelmark. Drone footage shows tanks and "
                "artillery gathered near the town of Orvelt.")
    moved, gathered = event(r, "moved"), event(r, "gathered")
    assert gathered["type"] == "MOBILIZE"
    assert gathered["roles"].get("actor") == moved["roles"]["actor"]


def test_forces_moving_far_from_a_partys_movement_keep_no_doer(analyse):
    r = analyse("Ostavia has moved three infantry brigades to its border with Pelmark. Talks resumed in Orvelt on "
                "Monday. Pelmark said it would hold the line. Witnesses saw tanks gathered near the town of Kessel.")
    assert "actor" not in event(r, "gathered")["roles"]


def test_a_mediation_mission_between_two_parties(analyse):
    r = analyse("The Orvane envoy Lisa Brandt undertook a mediation mission between Kessaly and Dorvia.")
    mediation = event(r, "mediation")
    assert mediation["type"] == "CONSULT"
    assert "Brandt" in mediation["roles"].get("actor", "")
    assert mediation["roles"].get("recipient") in {"Kessaly", "Dorvia", "Kessaly and Dorvia"}


def test_a_demand_noun_binds_the_subject_of_its_clause(analyse):
    r = analyse("The union reiterated its demand on Monday that the Velmoran government raise wages.")
    assert "Velmoran" in event(r, "demand")["roles"].get("target", "")


def test_a_refused_call_is_aimed_at_whoever_made_it(analyse):
    r = analyse("Ostavia rejected calls by Pelmark's rulers for new loans.")
    assert event(r, "rejected")["roles"].get("target") == "Pelmark"


def test_a_demanded_withdrawal_binds_whoever_is_to_withdraw(analyse):
    r = analyse("The council demanded the withdrawal of Dorvian troops from the province of Ostel.")
    assert "Dorvian" in event(r, "demanded")["roles"].get("target", "")
    assert "Dorvian" in event(r, "withdrawal")["roles"].get("actor", "")


def test_a_traveller_does_the_act_of_the_trip(analyse):
    r = analyse("The Ostavian foreign minister Dora Roes arrived in Pelmark on a two-day visit.")
    assert "Roes" in event(r, "visit")["roles"].get("actor", "")
    r = analyse("Negotiators from the Kessaly Unity Front flew to the city of Varn for talks on Monday.")
    assert "Kessaly Unity Front" in event(r, "talks")["roles"].get("actor", "")


def test_the_place_a_visitor_arrives_in_hosts_the_visit(analyse):
    r = analyse("The Kenyan president flew to Tokyo on an official visit.")
    visit = event(r, "visit")
    assert visit["roles"].get("recipient") == "Tokyo"
    assert "Kenyan president" in visit["roles"].get("actor", "")
    # talks are held at a venue: the city where they are held is no party to them
    r = analyse("The negotiators flew to Geneva for talks with the rebels.")
    talks = event(r, "talks")
    assert talks["roles"].get("recipient") == "rebels"
    assert talks["roles"].get("location") == "Geneva"


def test_what_arrives_somewhere_was_moved_there(analyse):
    r = analyse("The first shipment of German tanks reached Ukraine on Friday.")
    assert event(r, "shipment")["roles"].get("recipient") == "Ukraine"


def test_forces_moved_are_moved_by_their_owner(analyse):
    r = analyse("The deployment of Dutch troops to Mali began on Monday.")
    deployment = event(r, "deployment")
    assert deployment["roles"].get("actor") == "Dutch"
    assert deployment["roles"].get("recipient") == "Mali"
    # forces of no named owner leave the doer unsaid
    r = analyse("The deployment of troops angered Moscow.")
    assert "actor" not in event(r, "deployment")["roles"]


def test_an_arrest_with_no_doer_named_is_by_the_state_it_happens_in(analyse):
    r = analyse("Two Canadian journalists were detained in Egypt on Sunday.")
    detention = event(r, "detained")
    assert detention["roles"].get("actor") == "Egypt"
    assert "journalists" in detention["roles"].get("target", "")
    r = analyse("The Danish engineer was put under house arrest in Russia.")
    assert event(r, "arrest")["roles"].get("actor") == "Russia"
    # a named doer stays the doer; a time is no place
    r = analyse("The activist was arrested in the morning.")
    assert "actor" not in event(r, "arrested")["roles"]
    # violence done in a place is no act of its state
    r = analyse("Two tourists were attacked in Spain on Sunday.")
    assert event(r, "attacked")["roles"].get("actor") != "Spain"


def test_people_from_a_country_are_not_its_state(analyse):
    r = analyse("Refugees from Ostavia staged rallies in the city of Varn.")
    assert event(r, "rallies")["roles"].get("actor") != "Ostavia"


def test_a_national_adjective_names_who_does_the_act(analyse):
    r = analyse("Dorvian air raids on the port continued on Sunday.")
    assert "Dorvia" in event(r, "raids")["roles"].get("actor", "")


def test_a_place_compound_names_no_doer(analyse):
    r = analyse("The Pelmark ceasefire held on Sunday.")
    assert "actor" not in event(r, "ceasefire")["roles"]


def test_members_from_a_party_act_for_it(analyse):
    r = analyse("Angry activists from the Ostel Freedom Party staged rallies in the capital.")
    assert "Ostel Freedom Party" in event(r, "rallies")["roles"].get("actor", "")


def test_the_national_word_in_a_weapons_name_is_its_owner(analyse):
    r = analyse("Dorvia denied it. Officials said the strike was carried out by a Dorvian Kestrel-7 drone.")
    strike = event(r, "carried out")
    assert strike["roles"].get("actor") == "Dorvia"
    assert strike["roles"].get("equipment") == "Kestrel-7"


def test_an_act_named_again_keeps_its_target(analyse):
    r = analyse("A missile struck a hospital in the town of Orsk on Monday. On Friday, Dorvian troops destroyed a "
                "depot used by rebels near Kellin. Officials said the strike was carried out by a Kestrel-7 drone.")
    assert event(r, "carried out")["roles"].get("target") == event(r, "struck")["roles"]["target"]


def test_an_act_described_as_an_attack_is_no_new_attack(analyse):
    r = analyse("A Dorvian drone struck a market in the town of Orsk, in what residents described as the worst "
                "attack this year.")
    assert not [e for e in r["events"] if e["trigger"]["text"] == "attack"]
    assert event(r, "struck")["type"] == "ASSAULT"


def test_an_answer_is_aimed_at_the_doer_of_the_act_it_answers(analyse):
    r = analyse("A Dorvian drone struck a market in the town of Orsk. The alliance said it was considering new "
                "sanctions in response.")
    assert "Dorvia" in event(r, "sanctions")["roles"].get("target", "")


def test_an_answer_names_the_act_it_answers(analyse):
    r = analyse("Pelmark threatened to cut fuel supplies in retaliation for an Ostavian air raid on its capital.")
    threat = event(r, "threatened")
    assert threat["type"] == "THREATEN"
    assert "Ostavia" in threat["roles"].get("target", "")


def test_a_thing_attacked_stands_for_whom_it_belongs_to(analyse):
    r = analyse("A field hospital for Ostavian refugees was attacked by gunmen on Monday.")
    assert "refugees" in event(r, "attacked")["roles"].get("target", "")


def test_a_thing_hit_in_a_named_place_stands_for_the_place(analyse):
    r = analyse("Rebels blew up two power lines leading into the city of Varn last month.")
    assert event(r, "blew up")["roles"].get("target") == "Varn"


def test_a_facility_the_story_tracks_stays_the_target(analyse):
    r = analyse("A missile struck a crowded clinic in the town of Orsk on Monday. Officials said the clinic had "
                "been evacuated.")
    assert event(r, "struck")["roles"].get("target") == "Orsk clinic"


def test_a_threat_is_aimed_at_whoever_its_condition_binds(analyse):
    r = analyse("Pelmark threatened to halt the talks unless Ostavia withdrew its ships from the strait.")
    assert event(r, "threatened")["roles"].get("target") == "Ostavia"


def test_whom_an_act_lets_do_something_receives_it(analyse):
    r = analyse("The electoral court decided to allow opposition leader Anton Verhoef to run in the election.")
    assert "Verhoef" in event(r, "allow")["roles"].get("recipient", "")


def test_what_a_protest_is_in_protest_of(analyse):
    r = analyse("Dozens of students began a hunger strike in protest of the Dorvian government's decision.")
    assert "Dorvia" in event(r, "strike")["roles"].get("target", "")


def test_a_resignation_steps_back_from_office(analyse):
    r = analyse("Ostavian Prime Minister Greta Varga resigned on Sunday after weeks of protests.")
    resigned = event(r, "resigned")
    assert resigned["type"] == "RETREAT" and "Varga" in resigned["roles"].get("actor", "")
    r = analyse("The governor of the province stepped down on Friday.")
    assert event(r, "stepped down")["type"] == "RETREAT"


def test_the_party_an_act_is_blamed_on_is_its_doer_not_its_target(analyse):
    # "blamed the attack on X" is often parsed as "the attack on X"; X did it either way
    r = analyse("Investigators blamed the attack on Morvanian army intelligence.")
    attack = event(r, "attack")
    assert "Morvanian army intelligence" in attack["roles"].get("actor", "")
    assert "target" not in attack["roles"] and "recipient" not in attack["roles"]


def test_an_act_attributed_or_blamed_in_other_shapes_has_that_doer(analyse):
    assert "hackers" in event(analyse("The ministry attributed the cyberattack to hackers."),
                              "cyberattack")["roles"].get("actor", "")
    assert "Ostavian rebels" in event(analyse("An ambush blamed on Ostavian rebels killed three guards."),
                                      "ambush")["roles"].get("actor", "")
    assert "Free Hills Brigade" in event(analyse("The police blamed the Free Hills Brigade for the bombing."),
                                         "bombing")["roles"].get("actor", "")


def test_a_thing_blamed_for_an_act_is_no_doer(analyse):
    # "blamed the video for the attack": a cause, no party
    assert "actor" not in event(analyse("The court blamed the video for the attack."), "attack")["roles"]


def test_the_place_of_a_dateline_is_never_the_doer(analyse):
    # the parser may make the dateline's place the subject and the lead's subject its apposition
    r = analyse("VARNO (Coast Wire) - Ministers of the Ardent Pact agreed on Tuesday to freeze the assets of "
                "businessman Oren Vale, three diplomats said.")
    freeze = event(r, "freeze")
    assert freeze["roles"].get("actor") not in {"Varno", "VARNO"}


def test_envoys_of_a_bodys_member_states_act_for_that_body(analyse):
    r = analyse("Envoys of the Ardent Pact's member states met in Varno on Monday.")
    assert event(r, "met")["roles"].get("actor") == "Ardent Pact"


def test_a_recipient_after_the_participle_describing_the_goods(analyse):
    # "sent barges loaded with rice to X": the to-phrase may hang on "loaded", and "neighbouring" be read as a verb
    r = analyse("Pelland sent two barges loaded with rice, blankets and medicine to neighbouring Ostrava on "
                "Thursday, after storms flooded the coast.")
    assert event(r, "sent")["roles"].get("recipient") == "Ostrava"


def test_a_party_introduced_by_a_naming_clause_is_named_in_the_role(analyse):
    r = analyse("Investigators said the bombing was carried out by a cell known as the Black Orchard. "
                "The delivery of the rifles was carried out by a firm called Velgard Trading.")
    assert event(r, "carried out")["roles"]["actor"] == "Black Orchard"
    assert any(ev["roles"].get("actor") == "Velgard Trading" for ev in r["events"])


def test_a_recipient_hung_on_the_noun_of_what_is_given(analyse):
    r = analyse("Morvaine announced new military support for Sorvenna on Monday.")
    support = event(r, "support")
    assert support["roles"].get("recipient") == "Sorvenna" and support["roles"].get("actor") == "Morvaine"
    r = analyse("The government pledged humanitarian aid for Sorvenna and sent weapons to the Drava militia.")
    assert event(r, "aid")["roles"].get("recipient") == "Sorvenna"
    assert event(r, "sent")["roles"].get("recipient") == "Drava"


def test_a_states_army_acting_is_the_state_acting(analyse):
    # as the annotated articles mark it: a state's forces ("its forces", "the troops") act for the state
    r = analyse("The Sorvenna army returned fire after shells landed near the border.")
    assert event(r, "returned fire")["roles"].get("actor") == "Sorvenna"


def test_the_dateline_place_is_never_the_doer_after_a_headline(analyse):
    # a headline of more than a dozen words stands before the dateline, so the story's front matter ends at 0
    r = analyse("Pellworth ministry says its coast guard seized cargo ship bound for the southern rebels; owner protests\n\n"
                "BRASKO, May 4 (Lindenwire) - Pellworth's coast guard said on Monday it had seized a cargo ship "
                "near the island of Tarnby.")
    seized = [e for e in r["events"] if e["trigger"]["text"] == "seized"][-1]
    assert "coast guard" in seized["roles"]["actor"]
    assert "Brasko" not in seized["roles"]["actor"]


def test_a_water_body_named_with_of_is_a_place_not_the_target(analyse):
    r = analyse("The navy said it had seized a fishing trawler in the Bay of Hollin on Sunday.")
    seized = event(r, "seized")
    assert "trawler" in seized["roles"]["target"]
    gulf = next(e for e in r["entities"] if e["name"].startswith("Bay of"))
    assert gulf["type"] == "LOC"


def test_a_coordinated_passive_has_no_doer_from_its_neighbour(analyse):
    r = analyse("Officials said the captain had been arrested and the cargo would be impounded.")
    impounded = event(r, "impounded")
    assert "actor" not in impounded["roles"]
    assert "cargo" in impounded["roles"]["target"]


def test_whom_a_relative_clause_accuses_does_the_act(analyse):
    r = analyse("Analysts said the raid was meant to pressure Quellmar, which Ostria has accused of arming the "
                "insurgents.")
    arming = event(r, "arming")
    assert arming["roles"]["actor"] == "Quellmar"


def test_a_giving_of_something_else_borrows_no_parties_of_earlier_transfers(analyse):
    r = analyse("Quellmar has denied supplying rifles to the insurgents.\n\n"
                "It was not clear whether the detained sailors had been given access to a consul.")
    given = event(r, "given")
    assert "actor" not in given["roles"] and given["roles"].get("recipient") != "insurgents"


def test_rebels_are_not_the_coast_guard_named_before(analyse):
    r = analyse("Coast guard officers boarded the ship on Monday. The rebels said the cargo was theirs.")
    guard = next((e for e in r["entities"] if "guard" in e["name"].lower()), None)
    assert guard is None or not any("rebels" in m["text"] for m in guard["mentions"])


def test_a_speaker_goes_on_after_a_clause_about_a_document(analyse):
    r = analyse("A confidential audit of the port authority was sent to ministers last week. Councillor Ana Brevik "
                "said the audit's findings were alarming and called for a criminal inquiry.")
    assert "Brevik" in event(r, "called for")["roles"].get("actor", "")


def test_a_protest_is_aimed_at_the_party_behind_its_purpose(analyse):
    r = analyse("Students in Lisbon blocked a bridge to voice their anger at Portugal's new tuition rules.")
    blocked = event(r, "blocked")
    assert blocked["roles"].get("target") == "Portugal"
    assert blocked["roles"].get("target") != blocked["roles"].get("location")


def test_a_protest_purpose_names_a_generic_body_by_whom_it_belongs_to(analyse):
    # "to press their demands ... from President X's government": a government, a generic body, stands for the party
    # it is named as belonging to, rather than leaving the protest aimed at its place
    r = analyse("Young Tunisians blocked roads in Sfax on Sunday to press their demands for jobs from President "
                "Kais Saied's government.")
    blocked = event(r, "blocked")
    assert "Saied" in blocked["roles"].get("target", "")
    # a body named by no one's name stays out: the place stands in as before
    r = analyse("Young Tunisians blocked roads in Sfax on Sunday to press their demands for jobs from the government.")
    assert event(r, "blocked")["roles"].get("target") == "Sfax"


def test_a_protest_in_defiance_of_a_party_is_aimed_at_it(analyse):
    r = analyse("Thousands of workers marched in Santiago in defiance of the Chilean government.")
    assert "Chile" in event(r, "marched")["roles"].get("target", "")


def test_what_is_used_for_an_act_is_not_its_doer(analyse):
    r = analyse("The old harbour was used to supply weapons to the rebels.")
    supply = event(r, "supply")
    assert "actor" not in supply["roles"] and supply["roles"].get("recipient") == "rebels"
    r = analyse("The airfield was used by the army to supply the garrison.")
    assert event(r, "supply")["roles"].get("actor") == "army"


def test_falling_debris_is_no_doer(analyse):
    r = analyse("A man was killed by falling debris near the station.")
    killed = event(r, "killed")
    assert "actor" not in killed["roles"] and killed["roles"].get("target") == "man"


def test_only_a_state_or_its_capital_stands_for_the_authorities_who_arrest(analyse):
    r = analyse("The courier was arrested in Marseille on Friday, his lawyer said.")
    arrest = event(r, "arrested")
    assert "actor" not in arrest["roles"]
    assert arrest["roles"].get("location") == "Marseille"
    # told by the police, the arrest is theirs, never the city's
    r = analyse("Police said the courier was arrested in Marseille on Friday.")
    assert event(r, "arrested")["roles"].get("actor") == "Police"
    r = analyse("A French lawyer was detained in Tehran last week.")
    assert event(r, "detained")["roles"].get("actor") == "Tehran"


def test_a_request_comes_from_its_from_party(analyse):
    r = analyse("Lisbon rejected a demand from the Chilean president for new elections.")
    demand = event(r, "demand")
    assert demand["roles"].get("actor") == "Chilean president"
    rejection = event(r, "rejected")
    assert rejection["roles"].get("target") == "Chilean president"
    # the demand was made of whoever rejected it
    assert demand["roles"].get("target") == rejection["roles"].get("actor")
    # a call from a place is no party's call
    r = analyse("The station received a call from the scene.")
    assert "actor" not in event(r, "call")["roles"]


def test_a_wire_dateline_hung_on_the_lead_s_subject_is_no_part_of_the_doer(analyse):
    r = analyse("KORVALA, June 3 (Meridian) - Kessarian air defences shot down three drones over the port city of "
                "Velmar overnight, the regional governor said on Tuesday.")
    shot = event(r, "shot down")
    assert shot["roles"]["actor"] == "Kessarian air defences"
    assert "Meridian" not in shot["role_mentions"]["actor"]["text"]
