"""leader_of for a town's mayor ("its mayor, X", "the mayor of Y, X"); located_in for a body's seat."""
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
