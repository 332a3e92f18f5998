"""A state's organ named with 'of' and the state ("the military of neighbouring Osk"), a region named with the state's
possessive and a compass adjective ("Osk's eastern Vell region"), and a title held against a state ("an exiled Oskian
opposition leader") that makes its holder no member of it."""
from __future__ import annotations


def relations(result):
    return {(r["type"], r["subject"], r["object"]) for r in result["relations"]}


def test_an_organ_of_a_neighbouring_state_is_part_of_it(analyse):
    r = analyse("Hackers working for the military of neighbouring Vessany cut power to Tarvia's eastern Olm region, "
                "the government in Kest said.")
    found = relations(r)
    assert any(t == "part_of" and o == "Vessany" and "military" in s for t, s, o in found)
    assert ("part_of", "Olm", "Tarvia") in found
    evidence = {r_["evidence"]["text"] for r_ in r["relations"]}
    assert "the military of neighbouring Vessany" in evidence
    assert "Tarvia's eastern Olm region" in evidence


def test_an_opposition_leader_is_no_member_of_the_state(analyse):
    r = analyse("Iven Kasko, an exiled Tarvish opposition leader who fled Tarvia in May, was arrested in Orlen.")
    assert not any(s == "Iven Kasko" and o == "Tarvia" for _, s, o in relations(r))
    r = analyse("Tarvish opposition leader Iven Kasko, who fled Tarvia in May, was arrested in Orlen on Monday.")
    assert not any(s == "Iven Kasko" and o == "Tarvia" for _, s, o in relations(r))


def test_a_state_s_minister_is_still_its_member(analyse):
    r = analyse("Iven Kasko, the Tarvish interior minister, flew from Tarvia to Orlen.")
    assert ("member_of", "Iven Kasko", "Tarvia") in relations(r)
