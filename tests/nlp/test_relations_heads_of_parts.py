"""Who leads a part of a body named by a common noun ("who heads Y's missile programme", "chairs the department at
Y") is a member of the body, not its leader."""
from __future__ import annotations


def relations(result):
    return {(r["type"], r["subject"], r["object"]) for r in result["relations"]}


def test_who_heads_a_body_s_programme_is_its_member(analyse):
    r = analyse('The Ostrel Institute said the dam was cracked. "The wall will not hold," said Marta Kellner, who '
                "heads the institute's water programme.")
    found = relations(r)
    assert ("member_of", "Marta Kellner", "Ostrel Institute") in found
    assert ("leader_of", "Marta Kellner", "Ostrel Institute") not in found


def test_who_chairs_a_department_at_a_body_is_its_member(analyse):
    r = analyse("The letters were forged, said Marta Kellner, who chairs the history department at Kessing "
                "University.")
    assert ("member_of", "Marta Kellner", "Kessing University") in relations(r)


def test_who_heads_the_body_itself_leads_it(analyse):
    r = analyse('"The wall will not hold," said Marta Kellner, who heads the Ostrel Institute.')
    assert ("leader_of", "Marta Kellner", "Ostrel Institute") in relations(r)
