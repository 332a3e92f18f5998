"""A news service named for its first word ("Fox News", "Kyodo News Agency") is that word alone later on."""
from __future__ import annotations


def names(result):
    return {e["name"]: e for e in result["entities"]}


def texts(entity):
    return [m["text"] for m in entity["mentions"]]


def test_a_news_agency_s_first_word_is_its_short_form(analyse):
    r = analyse("The Marlow News Agency reported on Tuesday that dock workers in Fennick had blocked the port. "
                "According to a memo seen by Marlow, the harbour board had ordered the gates shut. A board official "
                "told Marlow that the blockade would end on Friday.")
    agency = names(r)["Marlow News Agency"]
    assert texts(agency).count("Marlow") == 2, r["entities"]
    assert "Marlow" not in names(r) or names(r)["Marlow"] is agency


def test_a_news_service_named_for_a_known_place_keeps_the_place_apart(analyse):
    r = analyse("The Ukraine News Agency reported that shells hit the port. Ukraine said it would ask for talks.")
    agency = names(r)["Ukraine News Agency"]
    assert "Ukraine" not in texts(agency), r["entities"]
