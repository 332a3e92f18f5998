"""leader_of for a town's mayor; located_in for a body's seat; a capital named by an adjective; titles of an owned
body and of envoys."""
from __future__ import annotations


def relations(result):
    return {(r["type"], r["subject"], r["object"]) for r in result["relations"]}


def test_its_mayor_leads_the_town_named_before(analyse):
    r = analyse("Shells fell on the town of Brisk overnight, where two people were hurt, its mayor, Anna Colver, "
                "told reporters.")
    assert ("leader_of", "Anna Colver", "Brisk") in relations(r)


def test_mayor_of_a_town_before_the_name(analyse):
    r = analyse("The mayor of Brisk, Anna Colver, said on Monday that the shelling had stopped.")
    assert ("leader_of", "Anna Colver", "Brisk") in relations(r)


def test_a_body_based_in_a_town_is_located_in_it(analyse):
    r = analyse("The Harrow Watch, a monitoring group based in Tellin, put the toll at nine on Tuesday.")
    assert ("located_in", "Harrow Watch", "Tellin") in relations(r)


STORY = ("VELLMAR (Wire) - Ostravia accused Kelmar on Monday of sending drones over its border. In Dost, the Kelmari "
         "capital, officials were silent. Lena Ford, the head of Ostravia's central bank, said markets were calm. "
         "Ostravia's envoy to the Assembly of Nations, Rosa Lind, called for a meeting.")


def test_a_capital_named_by_its_state_adjective_in_a_compound(analyse):
    assert ("capital_of", "Dost", "Kelmar") in relations(analyse(STORY))


def test_the_head_of_a_states_body_does_not_lead_the_state(analyse):
    assert ("leader_of", "Lena Ford", "Ostravia") not in relations(analyse(STORY))


def test_an_envoy_serves_the_state_that_sends_her_not_the_body_she_is_sent_to(analyse):
    found = relations(analyse(STORY))
    assert ("member_of", "Rosa Lind", "Ostravia") in found
    assert ("member_of", "Rosa Lind", "Assembly of Nations") not in found


def test_a_field_noun_before_a_chiefs_title_makes_a_member_of_the_whole(analyse):
    found = relations(analyse("Ostravia's army chief, General Ivo Marr, said two Kelmari drones were shot down."))
    assert ("member_of", "Ivo Marr", "Ostravia") in found and ("leader_of", "Ivo Marr", "Ostravia") not in found
