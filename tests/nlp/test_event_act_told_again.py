"""An act told again with another word, to the same party and with no doer of its own, takes its first telling's doer."""
from __future__ import annotations

from tests.conftest import event

FIRST = "Kostrava's agents abducted the engineer on Monday, the ministry said. "
AGAIN = "The engineer was kidnapped near the border after dark, his family said."


def test_an_act_told_again_takes_the_doer_and_the_words_of_its_first_telling(analyse):
    r = analyse(FIRST + AGAIN)
    first, again = event(r, "abducted"), event(r, "kidnapped")
    assert again["roles"].get("actor") == first["roles"]["actor"]
    # the doer's evidence is the words of the first telling, not words of the second sentence
    assert again["role_mentions"]["actor"] == first["role_mentions"]["actor"]


ARREST = "Marvish police detained the journalist Ilse Varn in Tolbek on Friday. "


def test_an_arrest_told_again_with_another_verb_keeps_the_police_who_made_it(analyse):
    r = analyse(ARREST + "Varn was arrested at the airport, her lawyer said.")
    assert event(r, "arrested")["roles"].get("actor") == event(r, "detained")["roles"]["actor"]


def test_no_doer_is_lent_across_a_denial(analyse):
    r = analyse(FIRST + "Kostrava denied the account. " + AGAIN)
    assert "actor" not in event(r, "kidnapped")["roles"]


def test_no_doer_is_lent_to_the_act_done_to_another_party(analyse):
    r = analyse("Drelmar forces seized the tanker Corvane on Sunday, the navy said. The tanker Essel was seized in "
                "international waters, its owner said.")
    seizures = [e for e in r["events"] if e["trigger"]["text"] == "seized"]
    assert len(seizures) == 2 and "actor" not in seizures[1]["roles"]


def test_no_doer_is_lent_to_the_act_done_again_or_in_another_year(analyse):
    for told in ("Varn was arrested again at the airport, her lawyer said.",
                 "Varn was arrested at the airport in 2019, her lawyer said."):
        assert "actor" not in event(analyse(ARREST + told), "arrested")["roles"], told
