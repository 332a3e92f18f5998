"""One construction a test, in sentences of our own: words given that are no aid, a vessel acting for the body that
sails it, a body named again by its head noun, a state's named court, a firm's subsidiary, a party's candidate, place
phrases that are no organisation, natural features, sanctions laid on a party, trade bans."""
from __future__ import annotations

import pytest


def names(result, etype=None):
    return {e["name"]: e for e in result["entities"] if etype is None or e["type"] == etype}


def mentions(result, name):
    return [m["text"] for m in names(result)[name]["mentions"]]


def triggers(result):
    return {e["trigger"]["text"]: e for e in result["events"]}


def relations(result):
    return {(r["type"], r["subject"], r["object"]) for r in result["relations"]}


@pytest.mark.parametrize("text, trigger", [
    ("The harbour authority gave no details about the closure on Monday.", "gave"),
    ("Officials provided no explanation for the delay, the Lanner Post reported.", "provided"),
    ("The union declined to give further details, citing the talks.", "declined"),
    ("The union declined to give further details, citing the talks.", "give"),
])
def test_giving_words_is_no_aid(analyse, text, trigger):
    assert trigger not in triggers(analyse(text))


def test_giving_goods_is_still_aid(analyse):
    found = triggers(analyse("Marlow Foods gave the relief agency two trucks of flour on Monday."))
    assert found["gave"]["type"] == "AID"


def test_a_vessel_acts_for_the_body_that_sails_it(analyse):
    r = analyse("Oskia has sent more ships to the gulf. A patrol boat of the Oskian coast guard struck a fishing boat "
                "near the island on Friday. Later the patrol boat fired on a second boat.")
    found = triggers(r)
    assert found["struck"]["roles"]["actor"] == "Oskian coast guard"


def test_a_body_named_again_by_its_head_noun(analyse):
    r = analyse("The Harbour Tribunal of Lenmark heard the case on Monday. The tribunal said it would rule next week.")
    assert "The tribunal" in mentions(r, "Harbour Tribunal")


def test_a_description_before_the_name(analyse):
    r = analyse("Opposition parties accused the maritime tribunal of ignoring the evidence. The Northern Maritime "
                "Tribunal said on Tuesday that it had followed the law.")
    assert "the maritime tribunal" in mentions(r, "Northern Maritime Tribunal")


def test_a_head_noun_shared_by_two_bodies_names_the_nearer_one(analyse):
    # the second reference picks the body named last, not across it to the one before
    r = analyse("The Harbour Tribunal of Lenmark heard the case on Monday. The Fisheries Tribunal of Lenmark heard "
                "another case on Tuesday. The tribunal said it would rule next week.")
    assert "The tribunal" in mentions(r, "Fisheries Tribunal")
    assert "The tribunal" not in mentions(r, "Harbour Tribunal")
    # named three paragraphs' sentences back, the nearer one is too far to be sure of: the description stays open
    r = analyse("The Harbour Tribunal of Lenmark heard the case on Monday. The Fisheries Tribunal of Lenmark heard "
                "another case on Tuesday. Both hearings drew crowds. Lawyers crowded the steps. Reporters waited "
                "outside. The tribunal said it would rule next week.")
    assert "The tribunal" not in mentions(r, "Harbour Tribunal") + mentions(r, "Fisheries Tribunal")


def test_a_states_named_court(analyse):
    # the tagger reads "Lenmark's Constitutional Court" as one name: the owner and its court are two
    r = analyse("Lenmark's Constitutional Court struck down the law on Monday, the Lanner Post reported.")
    assert names(r)["Lenmark"]["type"] == "GPE" and names(r)["Constitutional Court"]["type"] == "ORG"
    assert ("part_of", "Constitutional Court", "Lenmark") in relations(r)
    assert "struck down" not in triggers(r)  # a law annulled, no assault


def test_a_name_with_a_possessive_of_its_own_stays_whole(analyse):
    assert "People's Liberation Army" in names(analyse("The People's Liberation Army held drills on Monday."))


def test_striking_down_a_person_is_still_an_assault(analyse):
    found = triggers(analyse("Police struck down two protesters near the square on Monday."))
    assert found["struck down"]["type"] == "ASSAULT"


def test_a_subsidiary_named_in_apposition_to_its_owner(analyse):
    r = analyse("Regulators fined Fenwright Holdings and its Lenmark-based subsidiary, Fenwright Leasing, "
                "on Monday.")
    assert ("controlled_by", "Fenwright Leasing", "Fenwright Holdings") in relations(r)


def test_a_partys_candidate(analyse):
    r = analyse("The Green Dawn Party said on Monday that its result was fraudulent. The party's candidate, "
                "Imre Castellan, called for a recount.")
    assert ("member_of", "Imre Castellan", "Green Dawn Party") in relations(r)


def test_a_place_in_lower_case_is_no_organisation(analyse):
    r = analyse("Rebels crossed to the east bank of the Varna river on Monday, the army said.")
    assert not any(e["type"] == "ORG" and "bank" in e["name"].lower() for e in r["entities"])


@pytest.mark.parametrize("text, name", [
    ("Two tankers were stopped in the Tesmar Strait on Monday, the navy said.", "Tesmar Strait"),
    ("Fishermen said the Marrin Gulf was closed to shipping on Monday.", "Marrin Gulf"),
])
def test_a_natural_feature_is_a_location(analyse, text, name):
    assert names(analyse(text))[name]["type"] == "LOC"


def test_sanctions_laid_on_a_party(analyse):
    found = triggers(analyse("Lenmark imposed sanctions on Monday on three refineries that it accuses of "
                             "smuggling fuel."))
    assert found["imposed"]["type"] == "SANCTION"
    assert "refineries" in found["imposed"]["roles"]["target"]


def test_a_trade_ban_is_a_sanction(analyse):
    found = triggers(analyse("Ostrelia threatened on Monday to ban imports of Lenmark timber."))
    assert found["ban"]["type"] == "SANCTION"


def test_a_vessel_of_a_navy(analyse):
    r = analyse("The Harrow Star, a frigate of the Oskian navy, fired on the boat on Monday. Oskia denied it.")
    assert names(r)["Harrow Star"]["type"] == "VEHICLE"
    assert ("part_of", "Harrow Star", "Oskian navy") in relations(r)


def test_a_unit_of_a_force(analyse):
    r = analyse("The Third Brigade of the Kessel Guard seized the port on Monday, the Lanner Post reported.")
    assert "Third Brigade" in names(r)  # no name ends in "of"
    assert ("part_of", "Third Brigade", "Kessel Guard") in relations(r)


def test_fire_against_a_party_covers_every_weapon_named(analyse):
    found = triggers(analyse("Oskian forces launched mortar, rocket and artillery fire against Vell militia "
                             "positions on Monday."))
    assert "Vell" in found["launched"]["roles"]["target"]


def test_a_count_by_up_to_is_the_object(analyse):
    # the parser reads "up" as the verb's particle and "to 16 Vell engineers" as a to-phrase
    r = analyse("Rebels have kidnapped up to 16 Vell engineers from a market.")
    (kidnapped,) = [e for e in r["events"] if e["trigger"]["text"].startswith("kidnapped")]
    assert kidnapped["type"] == "COERCE" and kidnapped["roles"]["target"] in {"Vell", "16 Vell engineers"}


@pytest.mark.parametrize("text, trigger, actor", [
    ("Vell's foreign minister, Arno Pelt, said the transfer of drones to the Red Hand militia had been approved by "
     "Oskia.", "transfer", "Oskia"),
    ("The sale of rifles to the Kessel Front was authorised by the Dorran defence ministry last year.", "sale",
     "Dorran defence ministry"),
])
def test_whoever_approves_an_act_does_it(analyse, text, trigger, actor):
    assert triggers(analyse(text))[trigger]["roles"]["actor"] == actor


def test_an_act_nouns_recipient_hung_on_what_is_given(analyse):
    found = triggers(analyse("The sale of rifles to the Kessel Front was authorised by the Dorran defence ministry "
                             "last year."))
    assert found["sale"]["roles"]["recipient"] == "Kessel Front"


def test_the_measures_act_for_whoever_took_them(analyse):
    found = triggers(analyse("Ostrelia imposed sanctions on Vell on Monday. The measures freeze the assets of three "
                             "Vell banks."))
    assert found["freeze"]["roles"]["actor"] == "Ostrelia"


@pytest.mark.parametrize("text", [
    "Ostrelia sent 2,000 troops to the border region on Monday.",
    "Ostrelia has sent more warships to the gulf.",
    "Ostrelia said it would send two frigates to escort its tankers.",
])
def test_forces_sent_to_a_place_are_deployed(analyse, text):
    (sent,) = [e for e in analyse(text)["events"] if e["trigger"]["text"] in {"sent", "send"}]
    assert sent["type"] == "MOBILIZE" and sent["roles"]["actor"] == "Ostrelia"
    assert "recipient" not in sent["roles"]


def test_arms_sent_to_a_party_are_still_aid(analyse):
    found = triggers(analyse("Ostrelia sent rifles to the rebels in the north."))
    assert found["sent"]["type"] == "AID"


@pytest.mark.parametrize("text, place", [
    ("Rebels crossed to the east bank of the Varna river on Monday, the army said.", "east bank"),
    ("Ostrelia has sent more warships to the gulf.", "gulf"),
])
def test_a_place_named_by_a_common_noun_is_a_location(analyse, text, place):
    found = names(analyse(text))
    assert place not in found or found[place]["type"] == "LOC"


def test_people_held_are_detained(analyse):
    found = triggers(analyse("Gunmen held three aid workers for a week before releasing them."))
    assert found["held"]["type"] == "COERCE" and "aid workers" in found["held"]["roles"]["target"]


@pytest.mark.parametrize("text", [
    "The ruling party held its congress in Vell on Monday.",
    "The two ministers held talks with the unions on Monday.",
])
def test_holding_a_meeting_is_no_detention(analyse, text):
    assert not any(e["type"] == "COERCE" for e in analyse(text)["events"])


@pytest.mark.parametrize("text, trigger", [
    ("Ostrelia sent 500 soldiers to the United Nations mission in Vell.", "sent"),
    ("Ostrelia is ready to contribute up to 4,000 troops to an international peacekeeping force.", "contribute"),
])
def test_forces_given_to_a_body_are_not_a_deployment(analyse, text, trigger):
    assert triggers(analyse(text))[trigger]["type"] != "MOBILIZE"
