"""Names typed by what the sentence says of them: a portfolio before an office is no party, a name apposed to an
office holder's phrase is a person, a social platform is an organisation."""
from __future__ import annotations

import pytest


def names(result):
    return {e["name"]: e["type"] for e in result["entities"]}


@pytest.mark.parametrize("text", [
    "Labour Minister Idris Varget told reporters on Monday that the bill would pass.",
    "Labour Secretary Anke Holm declined to comment on the wage talks.",
    "The Labour Ministry said wages rose by two percent in the spring.",
])
def test_a_portfolio_before_its_office_is_no_party(analyse, text):
    assert "Labour Party" not in names(analyse(text))


@pytest.mark.parametrize("text", [
    "The Norwegian Labour minister said the strike would end on Friday.",
    "Canada's Labour minister met union leaders in Ottawa.",
])
def test_a_states_portfolio_before_a_lower_case_office_is_no_party(analyse, text):
    assert "Labour Party" not in names(analyse(text))


def test_a_lower_case_office_alone_may_be_the_partys(analyse):
    r = analyse("A former Labour minister criticised the party leadership.")
    assert names(r).get("Labour Party") == "ORG"


def test_the_party_before_other_words_is_still_the_party(analyse):
    r = analyse("Labour leader Brin Oxley said the party would vote against the plan.")
    assert names(r).get("Labour Party") == "ORG"


@pytest.mark.parametrize("text, person", [
    ("In a post online, the leader of the main opposition party, Nadia Frell, accused the government of lying.",
     "Nadia Frell"),
    ("The head of the national rail company, Ruven Pemberl, resigned on Tuesday.", "Ruven Pemberl"),
])
def test_a_name_apposed_to_an_office_holders_phrase_is_a_person(analyse, text, person):
    assert names(analyse(text)).get(person) == "PERSON"


@pytest.mark.parametrize("text, platform", [
    ("Weeks later Twitter said it had suspended the account of Haldor Pinsk.", "Twitter"),
    ("Videos of the rally spread on Telegram and Facebook within hours.", "Telegram"),
    ("Videos of the rally spread on Telegram and Facebook within hours.", "Facebook"),
    ("Posts on Truth Social repeated the claim about the mine.", "Truth Social"),
])
def test_a_social_platform_is_an_organisation(analyse, text, platform):
    found = [e for e in analyse(text)["entities"] if e["name"] == platform]
    assert found and found[0]["type"] == "ORG" and found[0]["category"] == "platform"


def test_a_platform_by_its_former_name_goes_by_its_present_name(analyse):
    r = analyse("On X, formerly Twitter, the mayor of Brellin accused the police of lying. "
                "He repeated the charge on Twitter the next day.")
    platform = [e for e in r["entities"] if e["name"] == "X"]
    assert platform and platform[0]["type"] == "ORG" and "Twitter" in platform[0]["aliases"]
    assert "Twitter" not in names(r)


def test_x_alone_is_no_platform(analyse):
    r = analyse("Shares in the mine fell after X posted a warning, said Anneke Dravo.")
    assert not any(e.get("category") == "platform" for e in r["entities"])
