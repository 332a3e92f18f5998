""""The republic", "the kingdom": a state named again by its form of government, as "the country" names it."""
from __future__ import annotations


def mentions(result, name):
    return next([m["text"] for m in e["mentions"]] for e in result["entities"] if e["name"] == name)


def test_the_kingdom_is_the_state_named_before(analyse):
    r = analyse("The Kessel Group said Varnland had closed its border. Officials in the kingdom said trade would "
                "resume in June.")
    assert "the kingdom" in mentions(r, "Varnland")


def test_the_republic_is_the_state_named_before(analyse):
    r = analyse("Osk's interior ministry said the rally was banned. Vell Marrow, who leads the protest, said the "
                "republic belonged to its people.")
    assert "the republic" in mentions(r, "Osk")
