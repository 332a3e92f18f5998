"""Relations on sentences written for these tests: a state the lead names as a neighbour ("the army of neighbouring
Osk") is not the state the story is about, so a minister with no state named is of the other one."""
from __future__ import annotations


def members(result):
    return {(r["subject"], r["object"]) for r in result["relations"] if r["type"] == "member_of"}


def test_a_minister_belongs_to_the_state_the_neighbour_struck(analyse):
    r = analyse("ORVEL (Tarn Wire) - Drones sent by the army of neighbouring Kessary struck a fuel depot in "
                "Pellany's northern Dask province on Sunday, officials said.\n\n"
                "Interior Minister Anna Voss told parliament on Monday that the depot would be rebuilt.")
    assert ("Anna Voss", "Pellany") in members(r)
    assert ("Anna Voss", "Kessary") not in members(r)
