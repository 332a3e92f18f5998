"""Events on unseen text: those who die in an act of violence told are its casualties, no death of their own."""
from __future__ import annotations


def triggers(result):
    return [e["trigger"]["text"] for e in result["events"]]


def test_dying_in_an_act_of_violence_is_no_death_of_its_own(analyse):
    r = analyse("Seven people died in clashes between police and marchers in Velm on Sunday.")
    assert "died" not in triggers(r)
    assert "clashes" in triggers(r)
    r = analyse('The Orvan interior ministry said that five people had died in what it called "riots staged '
                'from abroad".')
    assert "died" not in triggers(r)
    # a death in an accident or of age is still one
    r = analyse("Three workers died in a fire at the Brel steel plant on Monday.")
    assert "died" in triggers(r)
    r = analyse("Former president Olan Vitt died on Monday at the age of 91.")
    assert "died" in triggers(r)
