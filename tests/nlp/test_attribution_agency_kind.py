"""Which kind of source 'the agency' is: a government body, unless a news word makes it a news agency."""
from __future__ import annotations


def kind_of(r, source_text):
    return next(a["source_kind"] for a in r["attributions"] if a["source"][0]["text"] == source_text)


def test_a_bare_agency_is_a_government_body(analyse):
    r = analyse("The river agency said the Dolmen weir would be opened on Tuesday.")
    assert kind_of(r, "The river agency") == "government"


def test_a_news_agency_is_an_outlet(analyse):
    r = analyse("The state news agency said the Dolmen weir would be opened on Tuesday.")
    assert kind_of(r, "The state news agency") == "outlet"


def test_a_press_secretary_is_no_outlet(analyse):
    r = analyse("The press secretary said the Dolmen weir would be opened on Tuesday.")
    assert kind_of(r, "The press secretary") == "person"
