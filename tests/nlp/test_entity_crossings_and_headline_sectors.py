"""Names before a border or crossing are places; a headline's capitalised sector word before a class noun is no name."""
from __future__ import annotations

from tests.news import type_rules


def names(result):
    return {e["name"]: e for e in result["entities"]}


def texts(entity):
    return [m["text"] for m in entity["mentions"]]


def test_a_name_before_a_border_crossing_is_a_place_and_the_group_is_the_fighters(analyse):
    r = analyse("Fighters from the Sarn Hills Defence Force seized the Dolvik border crossing on Sunday, the army "
                "said. A spokesman for the militia said the group now held the road.")
    found = names(r)
    place = found["Dolvik"]
    assert place["type"] == "GPE" and "name before a border or its crossing" in type_rules(place)
    assert "the group" not in texts(place)


def test_a_name_before_a_checkpoint_or_the_border_is_a_place(analyse):
    r = analyse("Trucks queued at the Varn checkpoint on Monday, and the Dellin crossing stayed shut. Troops were "
                "sent to the Ostrel border.")
    found = names(r)
    for name in ("Varn", "Dellin", "Ostrel"):
        assert found[name]["type"] == "GPE", (name, found.get(name))


def test_a_party_word_before_border_security_stays_what_it_was(analyse):
    r = analyse("Republican border hawks in Congress rejected the plan on Tuesday, aides said.")
    assert not any(e["type"] == "GPE" and e["name"] == "Republican" for e in r["entities"])


def test_a_sector_word_opening_a_headline_before_a_class_noun_is_no_name(analyse):
    r = analyse("Cyber firm says hackers breached Pellor port\n\nA hacking group broke into the port's systems, the "
                "security firm Drennick Labs said on Thursday. Pellor's National Cyber Office said it was "
                "investigating.")
    assert "Cyber" not in names(r), list(names(r))
    assert "National Cyber Office" in names(r)


def test_an_english_word_opening_a_sentence_before_a_class_noun_is_no_name(analyse):
    r = analyse("Oil company warns of Verrin pipeline leak\n\nVerrin Energy said on Monday the leak was small.")
    assert "Oil" not in names(r), list(names(r))


def test_a_name_opening_a_headline_before_a_class_noun_stays_a_name(analyse):
    r = analyse("Vessa firm wins contract\n\nVessa, a logistics firm, said on Monday it had won the contract.")
    assert names(r)["Vessa"]["type"] == "ORG"
