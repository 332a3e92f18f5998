"""Relations on sentences written for these tests: a title in apposition with 'at' and a body ('Ivo Sarn, an
analyst at the Tellan Institute') makes its holder a member of the body, as 'for' and 'of' do; 'at' and a place
names where the holder works, not whose member they are."""
from __future__ import annotations


def members(result):
    return {(r["subject"], r["object"]) for r in result["relations"] if r["type"] == "member_of"}


def test_an_analyst_at_an_institute_is_its_member(analyse):
    r = analyse("Ivo Sarn, an analyst at the Tellan Institute for Defence Studies, said the leak was serious.")
    assert ("Ivo Sarn", "Tellan Institute for Defence Studies") in members(r)


def test_an_official_at_a_bank_is_its_member(analyse):
    r = analyse("Mira Koss, a senior official at the Varden Reserve Bank, said the loan had been approved.")
    assert ("Mira Koss", "Varden Reserve Bank") in members(r)


def test_an_officer_at_a_town_is_no_member_of_it(analyse):
    r = analyse("Arvo Lind, a police officer at the port of Dessel, said the road to the town of Dessel was closed.")
    assert not [m for m in members(r) if m[1] == "Dessel"]
