"""A state's irregular adjective, which keeps the name's first letters and ends in a demonym's suffix ("Tarrick ...
Tarrish officials"), is the state's adjective and names its organs. Texts written for these tests."""
from __future__ import annotations


def test_an_irregular_adjective_written_in_the_text_names_the_states_organ(analyse):
    r = analyse("Saboteurs cut power to much of Tarrick's northern Vell region on Sunday, a security firm said. Two "
                "Tarrish officials said the grid would be repaired. Ostmark denied any part in it. The energy "
                "minister told parliament on Tuesday that the damage was severe.")
    chamber = next((e for e in r["entities"] if any(m["text"] == "parliament" for m in e["mentions"])), None)
    assert chamber is not None and chamber["name"] == "Tarrish parliament"
