"""Relations on sentences written for these tests: a state or body in a bloc, ground a group holds, and a person
described by an occupation at a body."""
from __future__ import annotations


def relations(result, kind):
    return [(r["subject"], r["object"]) for r in result["relations"] if r["type"] == kind]


def test_a_state_a_member_of_a_bloc(analyse):
    r = analyse("Tarsk invaded Ostria in May. Ostria, a member of the Palder Union, asked for help.")
    assert ("Ostria", "Palder Union") in relations(r, "member_of")
    r = analyse("Tarsk invaded Ostria in May. Ostria is a member of the Palder Union, which said it would help.")
    assert ("Ostria", "Palder Union") in relations(r, "member_of")


def test_a_bloc_of_which_a_state_is_a_member(analyse):
    r = analyse("Monitors from the Palder Union, a regional body of which Ostria is a member, said the vote was "
                "flawed.")
    assert ("Ostria", "Palder Union") in relations(r, "member_of")


def test_partners_in_a_bloc_and_allies_in_a_place(analyse):
    r = analyse("Velmar will press its partners in the Harnow Union to act against Tarsk.")
    assert ("Velmar", "Harnow Union") in relations(r, "member_of")
    r = analyse("Velmar said its allies in Europe would help.")
    assert relations(r, "member_of") == []


def test_a_group_that_controls_a_region(analyse):
    r = analyse("The Red Banner, a militia that controls the Osk hills, denied it.")
    assert relations(r, "controls") == [("Red Banner", "Osk hills")]


def test_a_person_described_by_an_occupation_at_a_body_is_its_member(analyse):
    r = analyse("ARVEN (Tollmere Wire) - A technician at Tarsk's energy ministry who was detained on Friday had sold "
                "maps of the grid to Velmar for two years, the Arven Daily reported on Sunday. The technician, Martin "
                "Hollan, was said to have been paid in cash. His lawyer said he was innocent.")
    assert ("Martin Hollan", "Tarskian energy ministry") in relations(r, "member_of")


def test_a_membership_inside_a_quotation_is_a_sources_claim_not_a_relation(analyse):
    r = analyse('"Ostria remains a committed member of the Palder Union," the minister said.')
    assert relations(r, "member_of") == []


def test_an_organ_takes_the_adjective_written_for_a_state_ending_in_en(analyse):
    # Lebanon -> Lebanese: a state's name in -on or -en may drop the ending before -ese
    r = analyse("Three Tarvese doctors were seized in May. Tarven's health ministry said it was working to free them.")
    assert ("Tarvese health ministry", "Tarven") in relations(r, "part_of")


def test_a_bloc_of_which_a_state_is_a_member_after_a_noun_it_qualifies(analyse):
    # "Foreign ministers of the X Alliance, of which Osk is a member,": the parser may hang the relative clause on
    # the phrase's head ("ministers"); "of which" stands right after the name it is about
    r = analyse("Tarsk invaded Ostria in May. Defence ministers of the Palder Union, of which Ostria is a member, "
                "will meet on Friday.")
    assert ("Ostria", "Palder Union") in relations(r, "member_of")
