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
                "The Hessel Defence Ministry said on Friday that the group had fired rockets.")
    found = names(r)
    assert found["Orsk Ministry of Energy"].get("category") != "company"
    assert "The firm" in [m["text"] for m in found["Tolvane Energy"]["mentions"]]
    assert "the group" not in [m["text"] for m in found["Hessel Defence Ministry"]["mentions"]]


def test_an_unknown_word_the_tagger_calls_a_date_can_be_a_state(analyse):
    r = analyse("Sorvan accused Tarrow's army of shelling the border on Friday. Officials in Tarrow denied it.")
    tarrow = names(r)["Tarrow"]
    assert tarrow["type"] == "GPE" and len(tarrow["mentions"]) >= 2
    assert "Friday" not in names(r)


def test_an_unknown_name_nothing_types_is_dropped_at_every_occurrence(analyse):
    r = analyse("Crews worked through the night near Hollin Tarn. Later the crews left Hollin Tarn for the coast.")
    found = names(r)
    kept = found.get("Hollin Tarn")
    assert kept is None or len(kept["mentions"]) == 2


def test_a_name_before_a_field_and_its_service_is_a_state(analyse):
    r = analyse("The Vesterland intelligence service said on Wednesday that two officers had been recruited.")
    found = names(r)
    assert found["Vesterland"]["type"] == "GPE"
    assert "name before a state's organ" in type_rules(found["Vesterland"])
    assert found["Vesterland intelligence service"]["category"] == "state_organ"


def test_a_name_before_a_portfolio_ministry_is_a_state(analyse):
    r = analyse("Pellaris condemned the strike. The Pellaris Foreign Ministry said it was deeply concerned.")
    assert names(r)["Pellaris"]["type"] == "GPE"


def test_a_firm_by_its_first_word_and_its_shares(analyse):
    r = analyse("Dockworkers at the port, run by Brisk Maritime Holdings, were questioned, a union official said. "
                "Brisk said it was cooperating fully. Brisk shares were little changed.")
    firm = names(r)["Brisk Maritime Holdings"]
    assert [m["text"] for m in firm["mentions"]].count("Brisk") == 2
    assert "Brisk" not in names(r)


def test_shares_name_a_company_the_text_names_no_other_way(analyse):
    r = analyse("Tovrel shares fell 6 percent in Pellin on Monday after the ruling, traders said.")
    tovrel = names(r)["Tovrel"]
    assert tovrel["type"] == "ORG" and "company named by its shares" in type_rules(tovrel)


def test_a_state_named_before_its_army_and_a_titled_ministry_after_its_possessive(analyse):
    r = analyse("Fighters seized the crossing on Sunday, the Tellmark army said. The army said it had sent "
                "reinforcements. Tellmark's Defence Ministry declined to comment.")
    found = names(r)
    army = found["Tellmark army"]
    assert army["category"] == "state_organ" and "The army" in [m["text"] for m in army["mentions"]]
    assert "Defence Ministry" not in found
    assert any(e["category"] == "state_organ" and "Defence Ministry" in m["text"]
               for e in r["entities"] if e.get("category") for m in e["mentions"])


def sources(result):
    names_by_id = {e["id"]: e["name"] for e in result["entities"]}
    return [(" ".join(s["text"] for s in a["source"]), names_by_id.get(a.get("source_entity")))
            for a in result["attributions"]]


def test_the_class_noun_before_a_firm_s_name_is_no_description_of_another(analyse):
    r = analyse("Grey Heron, a hacking group linked to Ustavia, breached the servers of Molvane's transport ministry "
                "in May, the security firm Corvane Analytics said on Tuesday.\n\nThe intrusion began in April, "
                "Corvane said.")
    spoken = dict(sources(r))
    assert spoken["the security firm Corvane Analytics"] == "Corvane Analytics"
    assert spoken["Corvane"] == "Corvane Analytics"
    assert names(r)["Corvane Analytics"]["category"] == "company"


def test_it_after_an_unnamed_body_subject_is_not_the_place_inside_its_phrase(analyse):
    r = analyse("A regional court in Pessa ruled on Tuesday that the vote was valid. It said the complaints had no "
                "basis.")
    pessa = names(r)["Pessa"]
    assert [m["text"] for m in pessa["mentions"]] == ["Pessa"]


def test_it_after_a_named_body_subject_still_joins_it(analyse):
    r = analyse("The Varn Electoral Commission in Pessa ruled on Tuesday that the vote was valid. It said the "
                "complaints had no basis.")
    body = names(r)["Varn Electoral Commission"]
    assert "It" in [m["text"] for m in body["mentions"]]


def test_the_agency_names_again_a_state_s_intelligence_service(analyse):
    r = analyse("Korvath's intelligence service said on Wednesday that officers had recruited six workers. The agency "
                "said the workers were paid in cash.")
    organ = next(e for e in r["entities"] if e.get("category") == "state_organ")
    assert "The agency" in [m["text"] for m in organ["mentions"]]


def test_a_festival_is_no_place(analyse):
    r = analyse("Markets in Selvra were crowded ahead of Diwali, traders said. Police said security would be tight "
                "during Diwali and Eid. Flights to Christmas Island resumed.")
    found = names(r)
    assert not {"Diwali", "Eid"} & set(found), list(found)
    assert "Selvra" in found


def test_a_body_noun_opening_a_headline_is_no_name(analyse):
    r = analyse("Navy intercepts tanker carrying drones\n\nThe Marsican navy seized a tanker off the coast of Ebbrin "
                "on Friday, the Marsican Defence Ministry said.")
    assert "Navy" not in names(r), list(names(r))
