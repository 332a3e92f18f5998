"""A name with a body's bare leader title owned by a possessive in apposition after it ("X, the Front's commander",
"X, the company's chief executive") leads the body; a title that goes on or names a part does not."""
from __future__ import annotations


def relations(result):
    return {(r["type"], r["subject"], r["object"]) for r in result["relations"]}


def test_a_possessed_leader_title_after_the_name_leads_the_body(analyse):
    r = analyse('The Kessel Front seized the town of Pellot on Monday. "The town is ours," said Pavel Orsk, the '
                "Front's commander.")
    assert ("leader_of", "Pavel Orsk", "Kessel Front") in relations(r)
    assert any(x["evidence"]["text"] == "Pavel Orsk, the Front's commander" for x in r["relations"])
    r = analyse("Norrland Shipping sold the tanker in May, said Ilse Marn, the company's chief executive.")
    assert ("leader_of", "Ilse Marn", "Norrland Shipping") in relations(r)


def test_a_title_of_a_part_or_going_on_leads_nothing(analyse):
    r = analyse("Norrland Shipping sold the tanker in May, said Ilse Marn, the company's director of operations.")
    assert ("leader_of", "Ilse Marn", "Norrland Shipping") not in relations(r)
    r = analyse("Norrland Shipping sold the tanker in May, said Ilse Marn, the company's deputy chief.")
    assert ("leader_of", "Ilse Marn", "Norrland Shipping") not in relations(r)


def test_one_of_a_body_s_leaders_is_its_member_and_a_former_head_its_leader(analyse):
    opening = 'The Kessel Front seized the town of Pellot on Monday. "The town is ours," said Pavel Orsk, '
    r = analyse(opening + "a commander of the Front.")
    assert ("member_of", "Pavel Orsk", "Kessel Front") in relations(r)
    assert ("leader_of", "Pavel Orsk", "Kessel Front") not in relations(r)
    r = analyse(opening + "a former commander of the Front.")
    assert ("leader_of", "Pavel Orsk", "Kessel Front") in relations(r)
