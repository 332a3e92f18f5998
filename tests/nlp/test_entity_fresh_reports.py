"""Entities in fresh invented reports: party families, occasions, sentence openers, bodies named back."""
from __future__ import annotations

from tests.news import type_rules


def names(result):
    return {e["name"]: e for e in result["entities"]}


def test_a_party_family_word_makes_a_party_of_its_own(analyse):
    r = analyse("Mr Orsk was detained on Friday, his Social Democrats said. The Free Democrats called it a scandal.")
    found = names(r)
    assert "Democratic Party" not in found, list(found)
    for name in ("Social Democrats", "Free Democrats"):
        assert found[name]["type"] == "ORG" and found[name]["category"] == "political_party"
        assert "party family's name" in type_rules(found[name])


def test_the_greens_are_a_party_and_the_us_democrats_stay_listed(analyse):
    r = analyse("The Greens and the Democrats in Vessa's parliament rejected the budget, officials said.")
    found = names(r)
    assert found["Greens"]["category"] == "political_party"
    assert "Democratic Party" in found


def test_an_occasion_name_is_no_place_or_body(analyse):
    r = analyse("Officials said the breach would not delay the Harvest Summit in Dovrel. The Brennock Games and the "
                "Ossa Cup open in June.")
    found = names(r)
    assert not any(n.endswith(("Summit", "Games", "Cup")) for n in found), list(found)
    assert found["Dovrel"]["type"] == "GPE"


def test_a_common_noun_opening_a_sentence_is_no_name(analyse):
    r = analyse("Exit polls showed the Liberal bloc ahead in Varosk on Sunday. Residents said the count was slow. "
                "Hackers had tried to enter the tally system, the commission said.")
    found = names(r)
    assert not {"Exit", "Residents", "Hackers"} & set(found), list(found)
    assert "Varosk" in found


def test_a_name_opening_a_sentence_that_recurs_inside_one_stays(analyse):
    r = analyse("Brannock said the vote was fair. Critics of Brannock disagreed.")
    assert "Brannock" in names(r)


def coreferred(entity):
    return [c["text"] for c in entity.get("coreference", [])]


def test_the_ministry_joins_the_one_ministry_of_a_field(analyse):
    r = analyse("The Sorvan Ministry of Defence denied the report on Monday. The ministry said it was fabricated.")
    assert "The ministry" in [m["text"] for m in names(r)["Sorvan Ministry of Defence"]["mentions"]]


def test_the_firm_and_the_group_skip_a_government_body(analyse):
    r = analyse("Tolvane Energy signed a deal with the Orsk Ministry of Energy on Monday. The ministry said the deal "
                "was worth $2 billion.\n\nThe firm said it would build two plants.\n\n"
                "The Hessel Defence Directorate said on Friday that the group had fired rockets.")
    found = names(r)
    assert found["Orsk Ministry of Energy"].get("category") != "company"
    assert "The firm" in [m["text"] for m in found["Tolvane Energy"]["mentions"]]
    assert "the group" not in [m["text"] for m in found["Hessel Defence Directorate"]["mentions"]]
