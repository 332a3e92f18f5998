"""Entities: kinds read from the words around a name (holdings, appositions, facilities, legislatures, descriptions)."""
from __future__ import annotations

from tests.news import entity, type_rules


def test_shares_in_a_name_type_it_a_firm_not_a_place(analyse):
    r = analyse("Shares in Baxterfield fell 6% on Tuesday after the company cut its forecast.")
    firm = entity(r, "Baxterfield")
    assert firm["type"] == "ORG"
    assert "shares in X" in type_rules(firm) and "object of a place preposition" not in type_rules(firm)


def test_a_place_after_in_stays_a_place(analyse):
    r = analyse("Prices in Kenya rose sharply in March.")
    assert entity(r, "Kenya")["type"] == "GPE"


def test_an_apposition_naming_an_aid_agency_types_an_organisation_not_an_outlet(analyse):
    r = analyse("Aldwick, an Irish aid agency, said the camps were full.")
    body = entity(r, "Aldwick")
    assert body["type"] == "ORG" and "apposition" in type_rules(body)


def test_a_news_agency_in_apposition_is_still_an_outlet(analyse):
    r = analyse("Halloran, a state news agency, said the talks had ended.")
    assert entity(r, "Halloran")["type"] == "OUTLET"


def test_a_legislature_is_an_organisation_not_its_state(analyse):
    r = analyse("The Knesset passed the bill on Monday. The Bundestag will debate it next week.")
    for name in ("Knesset", "Bundestag"):
        assert entity(r, name)["type"] == "ORG"
    assert "Israel" not in {e["name"] for e in r["entities"]}


def test_a_legislature_s_short_form_joins_its_name(analyse):
    r = analyse("Members of the Dáil returned on Tuesday. The Duma met in Moscow.")
    assert [m["text"] for m in entity(r, "Dáil Éireann")["mentions"]] == ["the Dáil"]
    assert entity(r, "State Duma")["type"] == "ORG"


def test_a_name_before_a_trade_and_a_facility_noun_is_the_facility(analyse):
    r = analyse("Workers at the Tarnby copper mine in northern Peru went on strike on Monday.")
    mine = entity(r, "Tarnby copper mine")
    assert mine["type"] == "FAC" and "name of a facility" in type_rules(mine)
    assert [m["text"] for m in mine["mentions"]] == ["the Tarnby copper mine"]
    assert any("mine" in ev["text"] for ev in mine["type_evidence"] if ev["rule"] == "name of a facility")


def test_a_name_only_a_facility_noun_follows_is_the_facility_named_again_by_its_noun(analyse):
    r = analyse("Gunfire was heard at the Mardell barracks overnight. Residents near the barracks fled.")
    barracks = entity(r, "Mardell barracks")
    assert barracks["type"] == "FAC" and "name of a facility" in type_rules(barracks)
    assert [m["text"] for m in barracks["mentions"]] == ["the Mardell barracks", "the barracks"]
    r = analyse("New hangars stand at the Quessa airfield, the institute said.")
    assert [m["text"] for m in entity(r, "Quessa airfield")["mentions"]] == ["the Quessa airfield"]


def test_a_name_the_text_also_gives_alone_stays_a_place_before_a_facility_noun(analyse):
    r = analyse("Guards left the Quessa prison on Monday. Hundreds fled Quessa by road.")
    assert "Quessa prison" not in {e["name"] for e in r["entities"]}


def test_a_work_named_for_its_place_keeps_the_place_reading(analyse):
    r = analyse("Rebel drones set part of the Orvel refinery on fire on Tuesday, the ministry said.")
    assert "Orvel refinery" not in {e["name"] for e in r["entities"]}


def test_a_body_its_members_belong_to_is_an_organisation_whatever_its_name_ends_in(analyse):
    r = analyse("Envoys of the Harrow Compact, of which Telmany is a member, will meet next week.")
    bloc = entity(r, "Harrow Compact")
    assert bloc["type"] == "ORG" and "body its members belong to" in type_rules(bloc)
    r = analyse("Trelane signed the Harrow Compact, which bans mines.")
    assert entity(r, "Harrow Compact")["type"] == "DOCUMENT"


def test_a_name_whose_partners_are_in_it_is_a_body_whatever_its_name_ends_in(analyse):
    r = analyse("Telmany's partners in the Osprey Accord are due to meet in Varn next month.")
    bloc = entity(r, "Osprey Accord")
    assert bloc["type"] == "ORG" and "body its members belong to" in type_rules(bloc)


def test_a_news_site_is_an_outlet_and_a_nuclear_site_no_outlet(analyse):
    r = analyse("The ministry overpaid, according to the news site Brindlepost, which obtained a copy.")
    site = entity(r, "Brindlepost")
    assert site["type"] == "OUTLET" and "class noun before the name" in type_rules(site)
    r = analyse("Inspectors visited the nuclear site Tavrik on Monday.")
    assert all(e["type"] != "OUTLET" for e in r["entities"])


def test_a_member_named_deeper_in_a_whose_clause_makes_no_body(analyse):
    # the clause tells of the person's son, not of members the name has
    r = analyse("Ilse Varo, whose son is a member of parliament, said the army had shelled Osk.")
    assert "ORG" not in [e["type"] for e in r["entities"] if e["name"] == "Ilse Varo"]
    r = analyse("Envoys of the Harrow Compact, whose members meet each spring, will meet next week.")
    assert entity(r, "Harrow Compact")["type"] == "ORG"


def test_a_known_city_or_a_place_the_story_names_stays_a_place_before_a_facility(analyse):
    r = analyse("Fire broke out at the Moscow oil refinery on Sunday.")
    assert entity(r, "Moscow")["type"] == "GPE"
    r = analyse("Workers at the Tarnby copper mine went on strike. The Peruvian port of Tarnby was closed.")
    assert entity(r, "Tarnby")["type"] == "GPE"


def test_a_natural_feature_s_name_before_a_facility_noun_stays_the_place(analyse):
    r = analyse("Two rockets hit the Darrow Valley prison, officials said.")
    assert entity(r, "Darrow Valley")["type"] == "LOC"
    assert "Darrow Valley prison" not in [e["name"] for e in r["entities"]]
    r = analyse("Shells struck the Mount Arlen hospital, officials said.")
    assert "Mount Arlen hospital" not in [e["name"] for e in r["entities"]]


def test_a_party_s_base_or_field_is_no_facility(analyse):
    r = analyse("Aldwick told the Labour base that the field was open.")
    assert not any("name of a facility" in type_rules(e) for e in r["entities"])


def test_a_body_named_after_a_listed_organisation_keeps_its_whole_name(analyse):
    r = analyse("The United Nations Military Observer Group in India and Pakistan said the ceasefire held.")
    names = {e["name"] for e in r["entities"]}
    assert "United Nations Military Observer Group" in names
    assert "Military Observer Group" not in names and "United Nations" not in names


def test_a_listed_longer_name_still_takes_the_listed_body(analyse):
    r = analyse("The United Nations Security Council met on Friday. The UN said it was worried.")
    assert "UN Security Council" in {e["name"] for e in r["entities"]}
    assert "United Nations" in {e["name"] for e in r["entities"]}


def mention_texts(result, name):
    return [m["text"] for m in entity(result, name)["mentions"]]


def test_a_place_based_description_with_a_trade_word_names_the_firm_again(analyse):
    r = analyse("Shares in Baxterfield fell on Tuesday. The London-based engineering group said profits would fall.")
    assert "The London-based engineering group" in mention_texts(r, "Baxterfield")


def test_a_place_based_description_prefers_the_firm_of_its_trade(analyse):
    r = analyse("Kintore Mining said output fell. Ferncliff Bank said it lent more. "
                "The Oslo-based mining company gave no figures.")
    assert "The Oslo-based mining company" in mention_texts(r, "Kintore Mining")
    assert "The Oslo-based mining company" not in mention_texts(r, "Ferncliff Bank")


def test_the_article_s_own_outlet_is_an_outlet_by_its_name_or_its_last_word(analyse):
    text = "A ministry spokeswoman told the Beacon on Thursday that the bridge would reopen in May."
    paper = entity(analyse(text, outlet="The Harwell Beacon"), "Beacon")
    assert paper["type"] == "OUTLET" and "the article's own outlet" in type_rules(paper)
    # without the metadata nothing says what "the Beacon" is
    assert "the article's own outlet" not in type_rules(entity(analyse(text), "Beacon"))
    both = analyse(text + " Engineers said the Harwell Beacon had seen the report first.", outlet="The Harwell Beacon")
    assert "Beacon" in entity(both, "Harwell Beacon")["aliases"]


def test_a_place_closing_the_outlet_s_name_is_no_short_form_of_it(analyse):
    r = analyse("Voters in Wexmoor went to the polls on Sunday, officials said.", outlet="Radio Wexmoor")
    assert entity(r, "Wexmoor")["type"] == "GPE"
