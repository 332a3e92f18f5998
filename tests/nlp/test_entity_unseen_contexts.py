"""Entities on unseen text: party lists, firms reporting results, places listed after "in", and service words."""
from __future__ import annotations

from tests.news import type_rules


def names(result):
    return {e["name"]: e for e in result["entities"]}


def test_a_firm_reporting_a_result_is_no_outlet(analyse):
    r = analyse("Unilever reported a rise in profits on Tuesday.")
    found = names(r)
    assert found["Unilever"]["type"] == "ORG"
    assert "reports its results" in type_rules(found["Unilever"])


def test_an_outlet_reporting_a_story_or_a_clause_is_still_an_outlet(analyse):
    r = analyse("Le Monde reported on Tuesday that the minister would resign.")
    assert names(r)["Le Monde"]["type"] == "OUTLET"


def test_a_service_word_opening_a_sentence_is_no_name(analyse):
    r = analyse("Riot police fired tear gas at protesters in Nairobi. Border guards said they had seen nothing.")
    assert not any(e["name"] in {"Riot", "Border"} for e in r["entities"]), [e["name"] for e in r["entities"]]


def test_a_tagger_body_listed_with_a_place_after_in_is_a_place(analyse):
    r = analyse("The carmaker is cutting jobs in Swindon and Luton, a spokesman said.")
    found = names(r)
    assert found["Swindon"]["type"] == found["Luton"]["type"] == "GPE"


def test_names_listed_beside_a_party_noun_are_parties(analyse):
    r = analyse("Talks between the three parties, Plaid Cymru, Mebyon Kernow and Alba, resumed on Monday.")
    found = names(r)
    listed = [found[name] for name in ("Plaid Cymru", "Mebyon Kernow", "Alba")]
    assert all(e["type"] == "ORG" for e in listed), [(e["name"], e["type"]) for e in listed]
    assert any("item of a list of parties" in type_rules(e) for e in listed)


def test_a_list_of_people_with_no_party_noun_beside_it_stays_people(analyse):
    r = analyse("Tom Hanks, Meryl Streep and Denzel Washington were named to the party's board on Monday.")
    assert not any("item of a list of parties" in type_rules(e) for e in r["entities"])


def test_an_organ_and_its_name_in_apposition_are_one_body(analyse):
    r = analyse("Norway's parliament, the Storting, approved the budget on Tuesday.")
    organs = [e for e in r["entities"] if "Storting" in [e["name"], *e.get("aliases", [])]]
    assert len(organs) == 1, [(e["name"], e.get("aliases")) for e in r["entities"]]
    assert any("parliament" in n for n in [organs[0]["name"], *organs[0].get("aliases", [])])


def test_an_acronym_apposed_to_a_name_is_its_short_form(analyse):
    r = analyse("The Scottish National Party, the SNP, said on Monday it would oppose the bill. The SNP holds 9 seats.")
    parties = [e for e in r["entities"] if "SNP" in e["name"] or "SNP" in e["aliases"]]
    assert len(parties) == 1, [(e["name"], e["aliases"]) for e in r["entities"]]
    assert parties[0]["name"] == "Scottish National Party"
    assert len(parties[0]["mentions"]) >= 3


def test_an_acronym_not_spelling_the_name_still_yields_the_full_name(analyse):
    r = analyse("The Basque Nationalist Party, the PNV, won the vote. The PNV will form a government.")
    parties = [e for e in r["entities"] if "PNV" in e["name"] or "PNV" in e["aliases"]]
    assert [e["name"] for e in parties] == ["Basque Nationalist Party"]


def test_an_acronym_heading_a_longer_apposition_or_naming_a_role_is_no_alias(analyse):
    r = analyse("Karen Bass, the CEO of the firm, said profits rose. Ford Motor Company, the NYSE-listed carmaker, "
                "agreed.")
    assert not any("CEO" in e["aliases"] or "NYSE" in e["aliases"] for e in r["entities"])
    r = analyse("Maria Lopez, the CFO, said profits rose.")
    assert not any("CFO" in e["aliases"] for e in r["entities"] if e["type"] == "PERSON")


def test_a_name_the_tagger_runs_into_its_bracketed_short_form_is_cut_at_the_bracket(analyse):
    r = analyse("The party agreed on Friday to form a coalition with the Democratic Alliance (DA) after losing its "
                "majority. The DA said it was pleased.")
    assert not any("(" in e["name"] for e in r["entities"]), [e["name"] for e in r["entities"]]
    shortened = [e for e in r["entities"] if "DA" in e["aliases"]]
    assert [e["name"] for e in shortened] == ["Democratic Alliance"]


def test_a_role_the_text_also_uses_alone_is_no_part_of_the_name(analyse):
    r = analyse("Taoiseach Leo Varadkar said the budget would pass. The Taoiseach told reporters in Cork that he was "
                "confident.")
    people = [e for e in r["entities"] if e["type"] == "PERSON"]
    assert [e["name"] for e in people] == ["Leo Varadkar"], [(e["name"], e["mentions"]) for e in people]
    assert any(m["text"].endswith("Taoiseach") for m in people[0]["mentions"])


def test_a_role_held_by_two_named_people_joins_neither(analyse):
    r = analyse("Senator Mary Brown met Senator John Green in Boston. The Senator said the talks went well.")
    assert {e["name"] for e in r["entities"] if e["type"] == "PERSON"} >= {"Mary Brown", "John Green"}
    assert not any(len(e["mentions"]) > 1 and any(m["text"] == "Senator" for m in e["mentions"])
                   for e in r["entities"] if e["name"] in {"Mary Brown", "John Green"})


def test_an_acronym_the_text_defines_outweighs_a_listed_bearer_of_the_letters(analyse):
    r = analyse("The Alliance Party (AP) said it would oppose the bill. The AP has eight seats.")
    party = [e for e in r["entities"] if "AP" in e["aliases"]]
    assert [(e["name"], e["type"]) for e in party] == [("Alliance Party", "ORG")]
    assert not any(e["type"] == "OUTLET" for e in r["entities"])
    # the listed bearer keeps the letters where the text gives them to it
    r = analyse("Agence France-Presse (AFP) reported the vote. Reporters for AFP saw the count.")
    assert [e["type"] for e in r["entities"] if "AFP" in e["aliases"]] == ["OUTLET"]


def test_an_acronym_spelling_a_name_split_at_of_belongs_to_the_head_not_the_place(analyse):
    r = analyse("The Armed Forces of the Philippines (AFP) said it would resupply its troops. The AFP did not say "
                "when.")
    # the name is kept whole ("<Name> of the <place>"), so the acronym can only be the organisation's
    place = [e for e in r["entities"] if e["type"] == "GPE"]
    assert not any("AFP" in e["aliases"] for e in place)
    holders = [e for e in r["entities"] if "AFP" in e["aliases"]]
    assert [(e["name"], e["type"]) for e in holders] == [("Armed Forces of the Philippines", "ORG")]


def test_an_organ_is_named_by_its_owner_as_the_phrase_writes_it_not_by_a_capital_met_first(analyse):
    r = analyse("Oslo has accused Minsk of helping Moscow strike its power grid. Russia's defence ministry said its "
                "forces had shot down 12 drones.")
    organs = [e for e in r["entities"] if "defence ministry" in e["name"]]
    # named as a state's organ is, by the state's adjective, with the phrase as written among its aliases
    assert [e["name"] for e in organs] == ["Russian defence ministry"], [e["name"] for e in r["entities"]]
    assert "Russia's defence ministry" in organs[0]["aliases"]
