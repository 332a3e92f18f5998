"""Entities: gazetteer categories, metonyms, determiners, canonical names, learned aliases, descriptive phrases."""
from __future__ import annotations

import pytest

from claimgraph import lexicon
from claimgraph.gazetteer import FILES, load_gazetteer, read_rows
from tests.news import entity


def mention_texts(result, name):
    return [m["text"] for m in entity(result, name)["mentions"]]


@pytest.mark.parametrize("filename", sorted(FILES))
def test_every_gazetteer_row_has_provenance(filename):
    rows = read_rows(filename)
    assert len(rows) > 50
    assert all(row["provenance"].strip() for row in rows), [r["name"] for r in rows if not r["provenance"].strip()]


@pytest.mark.parametrize("filename", ["entity_lexicon.yaml", "equipment_classes.yaml", "goods_kinds.yaml"])
def test_every_lexicon_group_has_provenance(filename):
    for key, group in lexicon.load(filename).items():
        assert group.get("provenance"), key


def test_reporting_names_are_aliases_of_one_equipment_row():
    entry = load_gazetteer().by_name["S-400 (SA-21)"]
    assert {"S-400", "SA-21", "SA-21 Growler", "S-400 Triumf"} <= set(entry.aliases)
    assert entry.makers == ("Russia",) and entry.category == "surface_to_air_missile_system"


def test_outlet_and_wire_service(analyse):
    r = analyse("Reuters reported on Monday that talks had stalled, and the BBC said the same.")
    assert entity(r, "Reuters")["type"] == "OUTLET"
    assert entity(r, "Reuters")["category"] == "wire_service"
    assert mention_texts(r, "BBC") == ["the BBC"]


def test_state_short_form_and_determiner(analyse):
    r = analyse("The UK has sent more aid. Officials said the UK decision was final.")
    assert mention_texts(r, "United Kingdom") == ["The UK", "UK"]
    assert entity(r, "United Kingdom")["type"] == "GPE"


def test_armed_group_keeps_type_org_with_category(analyse):
    r = analyse("ISIS fighters attacked a checkpoint near Mosul on Sunday.")
    group = entity(r, "Islamic State")
    assert group["type"] == "ORG" and group["category"] == "armed_group"
    assert mention_texts(r, "Islamic State") == ["ISIS"]


def test_equipment_name_heading_a_class_phrase_takes_the_phrase(analyse):
    r = analyse("India took delivery of the long-range S-400 missile system in December.")
    assert mention_texts(r, "S-400 (SA-21)") == ["the long-range S-400 missile system"]
    assert entity(r, "S-400 (SA-21)")["type"] == "EQUIPMENT"


def test_nationality_adjective_is_not_a_mention(analyse):
    r = analyse("Iranian officials met Turkish diplomats in a hotel on Tuesday.")
    assert not [e for e in r["entities"] if e["name"] in {"Iran", "Turkey"}]


def test_government_and_seat_metonyms_name_the_state(analyse):
    r = analyse("The Iranian government denied the claim. Later the Kremlin said Russia would respond.")
    assert mention_texts(r, "Iran") == ["The Iranian government"]
    assert mention_texts(r, "Russia") == ["the Kremlin", "Russia"]


def test_capital_names_the_state_only_when_it_acts(analyse):
    acting = analyse("Ankara said on Friday that the border would stay closed.")
    assert mention_texts(acting, "Turkey") == ["Ankara"]
    located = analyse("The delegates met in Ankara on Friday to discuss trade.")
    assert not [e for e in located["entities"] if e["name"] == "Turkey"]


def test_front_matter_is_left_out(analyse):
    text = "Photo: Hamas fighters\nGetty Images\n\nHamas said on Monday that the talks had failed in Cairo."
    r = analyse(text)
    starts = [m["start"] for m in entity(r, "Hamas")["mentions"]]
    assert starts == [text.index("Hamas said")]


def test_person_shortened_name_and_article_casing(analyse):
    r = analyse("Syrian rebel leader Ahmed Al-Sharaa spoke on Sunday. Sharaa said elections would follow.")
    person = entity(r, "Ahmed al-Sharaa")
    assert person["type"] == "PERSON"
    assert [m["text"] for m in person["mentions"]] == ["Ahmed Al-Sharaa", "Sharaa"]


def test_context_alias_needs_an_unambiguous_name(analyse):
    r = analyse("The Wagner Group withdrew from the town. Wagner fighters left on trucks.")
    assert mention_texts(r, "Wagner Group") == ["The Wagner Group", "Wagner"]
    music = analyse("The orchestra in Vienna played an overture by Richard Wagner on Saturday.")
    assert not [e for e in music["entities"] if e["name"] == "Wagner Group"]
    assert mention_texts(music, "Richard Wagner") == ["Richard Wagner"]


def test_alias_statement_merges_two_names(analyse):
    r = analyse("Ukraine bought more Kornet missiles, also known as AT-14 Spriggan, last year. "
                "The company Northwind Freight Partners, also known as NFP, shipped them.")
    assert len([e for e in r["entities"] if e["type"] == "EQUIPMENT"]) == 1
    freight = [e for e in r["entities"] if "NFP" in [m["text"] for m in e["mentions"]]]
    assert freight and "NFP" in freight[0]["aliases"] and "Northwind Freight Partners" in freight[0]["name"]


def test_descriptive_phrase_joins_the_one_compatible_equipment(analyse):
    r = analyse("Turkey received a Russian-made air defense system in 2019. "
                "The S-400 was deployed near Ankara.")
    assert "a Russian-made air defense system" in mention_texts(r, "S-400 (SA-21)")
    other = analyse("Turkey received an American-made air defense system in 2019. "
                    "The S-400 was deployed near Ankara.")
    assert "an American-made air defense system" not in mention_texts(other, "S-400 (SA-21)")


def test_newspaper_party_and_international_organisation_abbreviation(analyse):
    r = analyse("The Washington Post reported that Likud lawmakers met IAEA inspectors in Vienna.")
    post = entity(r, "The Washington Post")
    assert post["type"] == "OUTLET" and post["category"] == "newspaper" and post["wikidata"]
    assert entity(r, "Likud")["category"] == "political_party"
    agency = entity(r, "International Atomic Energy Agency")
    assert agency["category"] == "international_organization" and mention_texts(r, agency["name"]) == ["IAEA"]


@pytest.mark.parametrize("text, full", [
    ("The Social Democratic Party said it would join the coalition. The Democratic Party said nothing.",
     "Social Democratic Party"),
    ("The Liberal Democratic Party won the vote, and the Liberal Democratic Party leader said so.",
     "Liberal Democratic Party"),
])
def test_a_party_keeps_the_name_words_before_a_listed_partys_name(analyse, text, full):
    r = analyse(text)
    party = entity(r, full)
    assert party["type"] == "ORG"
    others = [e for e in r["entities"] if e["name"] == "Democratic Party"]
    assert all(not any(full in m["text"] for m in e["mentions"]) for e in others)


def test_intelligence_agencies_and_a_guard_corps_by_its_short_name(analyse):
    r = analyse("The Mossad and the CIA shared intelligence on the Revolutionary Guards.")
    assert entity(r, "Central Intelligence Agency")["category"] == "intelligence_agency"
    assert entity(r, "Mossad")["category"] == "intelligence_agency"
    assert entity(r, "Islamic Revolutionary Guard Corps")["category"] == "armed_group"


def test_reporting_name_and_native_designation_are_one_system(analyse):
    r = analyse("Russia sent SA-22 Greyhound launchers to Syria, and the 96K6 Pantsir batteries arrived in May.")
    equipment = [e for e in r["entities"] if e["type"] == "EQUIPMENT"]
    assert [e["name"] for e in equipment] == ["Pantsir (SA-22)"]
    assert len(equipment[0]["mentions"]) == 2


def test_numeric_designation_names_its_system(analyse):
    r = analyse("Ukraine received MIM-104 launchers from Germany.")
    assert entity(r, "Patriot")["type"] == "EQUIPMENT"


def test_state_carries_its_wikidata_identifier(analyse):
    r = analyse("Germany and Syria restored ties on Monday.")
    assert entity(r, "Germany")["wikidata"] == "Q183"


def test_parenthesised_abbreviation_is_learned_and_reused(analyse):
    r = analyse("The Ansar Brigade (AB) seized the town. AB fighters later withdrew.")
    brigade = [e for e in r["entities"] if "AB" in [m["text"] for m in e["mentions"]]]
    assert brigade and "Ansar Brigade" in brigade[0]["name"]
    assert len([m for m in brigade[0]["mentions"] if m["text"] == "AB"]) == 2


# ----- names no gazetteer knows: the type and the party come from the text ------------------------------------------

def by_mention(result, text):
    found = [e for e in result["entities"] if text in [m["text"] for m in e["mentions"]]]
    assert found, f"no entity with a mention {text!r} in {[e['name'] for e in result['entities']]}"
    return found[0]


def test_state_typed_by_its_organs_and_adjective_with_the_evidence(analyse):
    r = analyse("Quenland's foreign minister flew to the summit on Monday. Quenlandic diplomats said Quenland "
                "would sign the accord.")
    state = by_mention(r, "Quenland")
    assert state["type"] == "GPE"
    rules = {e["rule"] for e in state["type_evidence"]}
    assert "possessor of a state's organ or territory" in rules and "adjective of the name" in rules
    assert not [e for e in r["entities"] if "Quenlandic" in [m["text"] for m in e["mentions"]]]


def test_outlet_typed_by_publishing_verb_and_name_word(analyse):
    r = analyse("The Pellmoor Courier reported on Sunday that the dam had cracked. Officials denied the "
                "Courier's account.")
    outlet = by_mention(r, "The Pellmoor Courier")
    assert outlet["type"] == "OUTLET"
    assert "the Courier" in [m["text"] for m in outlet["mentions"]]


def test_a_title_before_a_name_makes_a_person_and_a_class_noun_a_company(analyse):
    r = analyse("Spokeswoman Idra Coltane said the shipping firm Barrowgate Logistics had paid the fine.")
    assert by_mention(r, "Idra Coltane")["type"] == "PERSON"
    assert by_mention(r, "Barrowgate Logistics")["type"] == "ORG"


def test_apposition_says_what_a_group_is_and_its_short_form_joins_it(analyse):
    r = analyse("The Oskari Liberation Front, an armed separatist movement, attacked a convoy. Later the Front "
                "said its fighters had withdrawn.")
    group = by_mention(r, "The Oskari Liberation Front")
    assert group["type"] == "ORG"
    assert "the Front" in [m["text"] for m in group["mentions"]]


def test_organ_of_a_state_is_an_entity_and_the_ministry_joins_it(analyse):
    r = analyse("Lorvia's interior ministry said the border was calm. A diplomat said the interior ministry in "
                "Pesk had not been told.")
    ministry = by_mention(r, "Lorvia's interior ministry")
    assert ministry["type"] == "ORG" and ministry is not by_mention(r, "Lorvia")
    assert "the interior ministry in Pesk" in [m["text"] for m in ministry["mentions"]]
    assert by_mention(r, "Pesk")["type"] == "GPE"


def test_a_state_by_its_government_is_one_mention_of_the_state(analyse):
    r = analyse("Tirenia said on Monday it had closed the pass. Tirenia's government later reopened it.")
    state = by_mention(r, "Tirenia")
    assert "Tirenia's government" in [m["text"] for m in state["mentions"]]


def test_name_glued_into_a_compound_adjective_is_not_a_mention(analyse):
    r = analyse("Halvor Denk owns the tanker. A Denk-linked company paid for the cargo, Halvor Denk said.")
    person = by_mention(r, "Halvor Denk")
    assert "Denk" not in [m["text"] for m in person["mentions"]]


def test_ship_named_with_its_class_noun(analyse):
    r = analyse("The tanker Morrow Gale left port on Friday. The vessel switched off its transponder.")
    ship = by_mention(r, "The tanker Morrow Gale")
    assert ship["type"] == "VEHICLE"
    assert "The vessel" in [m["text"] for m in ship["mentions"]]


def test_town_with_its_class_noun_and_the_town_after_it(analyse):
    r = analyse("Shells hit the village of Carrowby on Tuesday. Residents said the village had no soldiers.")
    village = by_mention(r, "the village of Carrowby")
    assert village["type"] == "GPE"
    assert "the village" in [m["text"] for m in village["mentions"]]


def test_wire_dateline_names_the_place_and_the_outlet(analyse):
    r = analyse("OSTERBY (Callan Wire) - Floods cut the main road on Monday, officials told Callan Wire.")
    place = by_mention(r, "OSTERBY")
    assert place["type"] == "GPE" and place["name"] == "Osterby"
    outlet = by_mention(r, "Callan Wire")
    assert outlet["type"] == "OUTLET" and len(outlet["mentions"]) == 2


@pytest.mark.parametrize("headline", ["", "Floods cut main road to the coast\n\n"])
def test_a_dateline_place_is_no_other_name_of_its_outlet(analyse, headline):
    r = analyse(headline + "OSTERBY (AP) — Floods cut the main road on Monday, two officials said.")
    place, outlet = by_mention(r, "OSTERBY"), by_mention(r, "AP")
    assert place["type"] == "GPE" and outlet["type"] == "OUTLET"
    assert place["id"] != outlet["id"] and [m["text"] for m in outlet["mentions"]] == ["AP"]


@pytest.mark.parametrize("outlet, again", [("Reuters", "Reuters"), ("AFP", "AFP"), ("AP", "The Associated Press"),
                                           ("Brennick Courier", "the Brennick Courier")])
def test_outlet_of_the_dateline_is_the_outlet_the_body_names(analyse, outlet, again):
    r = analyse(f"TALVIK, May 3 ({outlet}) - Engineers closed the bridge on Tuesday, a ministry said. "
                f"Two residents told {again} the bridge had been unsafe for weeks.")
    named = [e for e in r["entities"] if e["type"] == "OUTLET"]
    assert len(named) == 1 and {outlet, again} <= set(m["text"] for m in named[0]["mentions"]), named


def test_model_designation_before_a_class_noun_is_equipment_and_the_drones_refer_to_it(analyse):
    r = analyse("The militia received at least six Kestrin-9 drones in May. It is unclear whether the drones "
                "have been used.")
    item = by_mention(r, "at least six Kestrin-9 drones")
    assert item["type"] == "EQUIPMENT"
    assert "the drones" in [m["text"] for m in item["mentions"]]


def test_naming_clause_gives_equipment_a_second_name(analyse):
    r = analyse("Troops unloaded Varda-3 rocket launchers, known to local farmers as \"Anvils\", near the river. "
                "The crews fired a Tolsk-2 missile, a weapon that sailors call the Heron.")
    launchers = by_mention(r, "Varda-3 rocket launchers")
    assert "Anvils" in [m["text"] for m in launchers["mentions"]] and "Anvils" in launchers["aliases"]
    missile = by_mention(r, "a Tolsk-2 missile")
    assert "the Heron" in [m["text"] for m in missile["mentions"]]


def test_surname_and_first_word_of_a_firm_rejoin_the_full_names(analyse):
    r = analyse("Analysts at Grenmoor Analytics said Teodor Halvik had left. Halvik declined to comment, and Grenmoor "
                "said it had no record of him.")
    person = by_mention(r, "Teodor Halvik")
    assert "Halvik" in [m["text"] for m in person["mentions"]]
    firm = by_mention(r, "Grenmoor Analytics")
    assert "Grenmoor" in [m["text"] for m in firm["mentions"]]


def test_state_by_adjective_and_government_and_of_phrase(analyse):
    r = analyse("Pellian authorities closed the port, Pellia said. Rebels have fought the government of Pellia "
                "since May.")
    state = by_mention(r, "Pellia")
    texts = [m["text"] for m in state["mentions"]]
    assert "Pellian authorities" in texts and "the government of Pellia" in texts


def test_capitalised_name_the_tagger_missed_is_kept_only_with_typed_context(analyse):
    r = analyse("Ostravel on Monday recalled its ambassador, and Ostravel's foreign ministry said talks were over.")
    assert by_mention(r, "Ostravel")["type"] == "GPE"


def test_a_naming_clause_on_a_group_types_the_name(analyse):
    r = analyse("The group, known to security researchers as Copper Heron, had broken into the network.")
    assert by_mention(r, "Copper Heron")["type"] == "ORG"


def test_a_made_up_outlet_built_on_a_known_outlets_name_is_its_own(analyse):
    r = analyse("The figures were obtained by the Harlow Financial Times, which reported them on Monday.")
    outlet = by_mention(r, "the Harlow Financial Times")
    assert outlet["type"] == "OUTLET" and outlet["name"] != "Financial Times"


def test_numbered_unit_is_one_organisation_name(analyse):
    r = analyse("The ministry said Unit 5120 carried out the raid. Unit 5120 is based near the border.")
    unit = entity(r, "Unit 5120")
    assert unit["type"] == "ORG" and mention_texts(r, "Unit 5120").count("Unit 5120") == 2


def test_renaming_after_an_of_phrase_renames_its_head_and_retypes_a_guessed_person(analyse):
    r = analyse("Investigators said Unit 4410 of Dravia's army intelligence, also known as Grey Kestrel, "
                "planted the malware. Grey Kestrel denied it.")
    kestrel = [e for e in r["entities"] if "Grey Kestrel" in [m["text"] for m in e["mentions"]]]
    assert len(kestrel) == 1 and kestrel[0]["type"] == "ORG"
    assert "Unit 4410" in [m["text"] for m in kestrel[0]["mentions"]]
    assert not any("Grey Kestrel" in e["aliases"] for e in r["entities"] if "intelligence" in e["name"])


def test_the_group_tracked_under_another_name_is_the_group_named_before(analyse):
    r = analyse("Pellmark Labs, a private security firm, said the breach came from Amber Wolf, a hacking group. "
                "Another company, Tessler Systems, tracks the group under the name Copper Moth.")
    wolf = entity(r, "Amber Wolf")
    assert "Copper Moth" in wolf["aliases"] and wolf["type"] == "ORG"
    assert "Copper Moth" not in entity(r, "Pellmark Labs")["aliases"]


def test_a_group_renamed_by_a_clause_without_which_is_an_organisation(analyse):
    r = analyse("The agency blamed the group security companies track as Copper Moth for the outage.")
    assert entity(r, "Copper Moth")["type"] == "ORG"


def test_railway_company_name_word_is_a_company_not_a_person(analyse):
    r = analyse("Officials said Halvik Rail lost ticketing for two days. Halvik Rail declined to comment. "
                "Ambersea Railways said its trains ran.")
    for name in ("Halvik Rail", "Ambersea Railways"):
        assert entity(r, name)["type"] == "ORG" and entity(r, name)["category"] == "company"


def test_description_after_a_comma_renames_the_name_it_restates(analyse):
    r = analyse("The report says Unit 3391 of the Dravian General Staff's Fifth Directorate, the group security "
                "companies track as Copper Moth, planted the wiper.")
    unit = entity(r, "Unit 3391")
    assert "Copper Moth" in unit["aliases"] and unit["type"] == "ORG"
    assert not any("Copper Moth" in e["aliases"] for e in r["entities"] if "Directorate" in e["name"])


def test_named_malicious_software_is_a_product(analyse):
    r = analyse("Tessler Systems said the wiper, which it calls Emberfall, erased the drives. Emberfall spread fast.")
    assert entity(r, "Emberfall")["type"] == "PRODUCT"


def test_a_group_renamed_at_once_is_a_mention_of_its_name_and_sums_up_the_plural_before(analyse):
    # "The group, known to researchers as X" / "which calls itself X": the description is a mention of the name,
    # and the bare plural of people told just before ("Raiders ... attacked") is the same group
    r = analyse("Raiders armed with rifles attacked a fuel convoy near Sollen on Monday. The group, which calls "
                "itself the Ash Legion, said it would strike again.")
    assert {"Raiders", "The group", "the Ash Legion"} <= set(mention_texts(r, "Ash Legion"))
    assert entity(r, "Ash Legion")["type"] == "ORG"
    r = analyse("Hackers in the pay of a foreign agency broke into the Marn port authority's servers last month, "
                "investigators said. The group, known to analysts as Copper Owl, had been inside the network "
                "since June.")
    assert {"Hackers", "The group"} <= set(mention_texts(r, "Copper Owl"))
    # a group not renamed, and a plural with a determiner, are left alone
    r = analyse("The rebels attacked a convoy near Sollen. The group said it would strike again.")
    assert not any("rebels" in m for e in r["entities"] for m in mention_texts(r, e["name"]))


def test_an_intelligence_service_goes_by_its_field_too(analyse):
    r = analyse("Ostria's military intelligence service has trained the rebels, officials in Pell said.")
    service = entity(r, "Ostrian military intelligence service")
    assert "Ostria's military intelligence" in service["aliases"]
    r = analyse("Ostria's foreign ministry said the talks would resume.")
    assert "Ostria's foreign" not in entity(r, "Ostrian foreign ministry")["aliases"]


def test_a_newspaper_named_after_its_day_keeps_the_day_in_its_name(analyse):
    r = analyse("The Mail on Sunday first reported the story. Scotland will vote on Sunday.")
    assert entity(r, "Mail on Sunday")["type"] == "OUTLET"
    assert entity(r, "Scotland")["type"] == "GPE"
    assert [t["text"] for t in r["times"]] == ["on Sunday"]


def test_a_title_on_its_day_used_twice_as_a_name_is_an_outlet_not_a_date(analyse):
    r = analyse("Papers seen by The Harrowgate Ledger on Sunday show the fees doubled. The Harrowgate Ledger on "
                "Sunday reported that two clerks objected.")
    outlet = entity(r, "Harrowgate Ledger on Sunday")
    assert outlet["type"] == "OUTLET"
    assert mention_texts(r, "Harrowgate Ledger on Sunday")[:2] == ["The Harrowgate Ledger on Sunday"] * 2
    assert [t["text"] for t in r["times"]] == []


def test_an_outlet_told_something_on_a_weekday_keeps_the_date(analyse):
    # once, after an outlet's name, "on Monday" is when it was told: the common reading
    r = analyse("He told The Marlow Gazette on Monday that he would stay. The Marlow Gazette said the vote was close.")
    assert [t["text"] for t in r["times"]] == ["on Monday"]
    assert not any(e["name"].endswith("on Monday") for e in r["entities"])


def test_a_day_word_before_a_programme_noun_is_a_programme_not_a_time(analyse):
    r = analyse('"We will stay as long as it takes," the fire chief told the Today programme. Tonight show '
                "viewers had called in all evening.")
    assert entity(r, "Today programme")["type"] == "OUTLET"
    assert entity(r, "Tonight show")["type"] == "OUTLET"
    assert not [t for t in r["times"] if t["text"] in {"Today", "Tonight"}]


def test_an_honorific_and_surname_join_the_person(analyse):
    r = analyse("The transport minister, Corwen Hallet, faces questions over a bridge contract. Quillane Freight is run "
                "by Idris Vane, who worked as Mr Hallet's deputy until 2021. Mr Hallet has denied any wrongdoing.")
    person = entity(r, "Corwen Hallet")
    assert person["type"] == "PERSON"
    assert mention_texts(r, "Corwen Hallet").count("Hallet") == 2
    assert not [e for e in r["entities"] if e["name"] in {"Mr Hallet", "Hallet"}]


def test_an_honorific_inside_a_name_read_as_an_organisation_names_a_person(nlp):
    from claimgraph.nlp.entities import Candidate
    doc = nlp("Quillane Freight is run by Idris Vane, who worked as Mr Hallet's deputy until 2021.")
    recognizer = next(p for _, p in nlp.pipeline if hasattr(p, "_honorific_people"))
    mr = next(t.i for t in doc if t.text == "Mr")
    [found] = recognizer._honorific_people(doc, [Candidate(mr, mr + 2, "ORG", "ner", ner_label="ORG")])
    assert (doc[found.start:found.end].text, found.type) == ("Hallet", "PERSON")
    assert found.evidence[-1].rule == "honorific before the name"
    president = next(t.i for t in nlp("Thank you, Mr President.") if t.text == "Mr")
    doc = nlp("Thank you, Mr President.")
    [kept] = recognizer._honorific_people(doc, [Candidate(president, president + 2, "ORG", "unlabelled")])
    assert kept.type == "ORG"  # a title after the honorific is no surname


# -- names no gazetteer knows, typed by the words around them ------------------------------------------------------

@pytest.mark.parametrize("text, name, kind", [
    ("The Orvennic News Agency said the convoy was hit. The agency, which is based in Tolvar, gave no toll.",
     "Orvennic News Agency", "wire_service"),
    ("The Dassemark Broadcasting Corporation aired the speech, and the broadcaster said ratings rose.",
     "Dassemark Broadcasting Corporation", "broadcaster"),
])
def test_news_word_before_an_organisation_word_names_an_outlet(analyse, text, name, kind):
    found = entity(analyse(text), name)
    assert found["type"] == "OUTLET" and found["category"] == kind
    assert found["type_evidence"], "the words that say it is an outlet are shown"


def test_the_agency_picks_up_a_news_agency_not_an_armed_group(analyse):
    r = analyse("The Qelvan Press Agency said fighters of the Harrow Legion had shelled a school. "
                "The agency said three pupils were hurt.")
    assert "The agency" in mention_texts(r, "Qelvan Press Agency")


def test_a_describing_noun_after_a_short_form_in_brackets_gives_the_kind(analyse):
    r = analyse("The Pellavia Liberty Front (MLF), an opposition party, walked out of the assembly. "
                "The party said it would boycott the vote.")
    found = entity(r, "Pellavia Liberty Front")
    assert found["category"] == "political_party"
    assert "The party" in mention_texts(r, "Pellavia Liberty Front")


def test_a_month_after_in_is_no_seat_of_troops(analyse):
    r = analyse("General Ivo Kastell was captured by Tolvanian troops in April, the Dorran Ledger reported.")
    assert not [e for e in r["entities"] if e["name"] in {"April", "March"}]


def test_a_class_noun_opening_a_sentence_is_no_name(analyse):
    r = analyse("The Sevrani central bank raised rates on Tuesday. Bank governor Lida Mostrel said inflation was "
                "too high.")
    assert not [e for e in r["entities"] if e["name"] == "Bank"]


def test_the_union_picks_up_a_trade_union(analyse):
    r = analyse("The Harlen Dockers' Union called a strike on Monday. The union said 4,000 members would walk out.")
    assert "The union" in mention_texts(r, "Harlen Dockers' Union")


def test_a_lone_name_the_tagger_calls_a_nationality_is_typed_by_its_context(analyse):
    r = analyse("Dravonia recalled its envoy from Quenmark. Dravonia accuses Quenmark of arming the rebels. Quenmark denied "
                "the charge, and Quenmark's foreign minister called it absurd.")
    state = entity(r, "Quenmark")
    assert state["type"] == "GPE" and len(state["mentions"]) >= 3
    assert state["type_evidence"]


def test_a_nationality_word_stays_no_mention(analyse):
    r = analyse("Angry Dravonians gathered on Monday as Ostrelian police detained a Dravonian.")
    assert not [e for e in r["entities"] if e["name"] in {"Dravonians", "Dravonian", "Ostrelian"}]


def test_the_portfolio_before_a_minister_is_part_of_the_title(analyse):
    r = analyse("Velsian Interior Minister Edvin Hedd ordered a curfew in Velsia on Monday.")
    assert not [e for e in r["entities"] if e["name"] == "Interior"]
    assert ("member_of", "Edvin Hedd", "Velsia") in {(x["type"], x["subject"], x["object"]) for x in r["relations"]}


def test_a_two_word_firm_again_by_its_first_word_where_the_tagger_saw_no_name(analyse):
    r = analyse("Quorry Logistics, a Halden-based company, halted deliveries on Monday. Quorry said two of its drivers "
                "had been detained.")
    assert "Quorry" in mention_texts(r, "Quorry Logistics")


def test_a_common_first_word_is_no_short_form(analyse):
    r = analyse("General Dynamics won the contract. General officers said the deal was sound.")
    assert not [e for e in r["entities"] if "General" in [m["text"] for m in e["mentions"]]]


def test_the_mission_picks_up_a_named_mission_only(analyse):
    r = analyse("The Joint Relief Mission said on Monday that two of its trucks were looted. The mission, which has "
                "worked in Tavelle since 2019, suspended deliveries.")
    assert "The mission" in mention_texts(r, "Joint Relief Mission")
    r = analyse("The Orsk Legion said the mission had failed.")
    assert "the mission" not in mention_texts(r, "Orsk Legion")


def test_an_age_in_commas_after_a_name_says_a_person(analyse):
    r = analyse("Marit Osvald, 54, a farmer from Dellow, said the soldiers had burned her barn.")
    rules = {e["rule"] for e in entity(r, "Marit Osvald")["type_evidence"]}
    assert "age after the name" in rules


def test_a_capital_before_the_name_says_a_place_whatever_the_parse(analyse):
    r = analyse("Holt Freight declined to comment. In the Quennish capital, Varrow, crowds gathered outside the "
                "assembly. Varrow has not responded.")
    assert entity(r, "Varrow")["type"] == "GPE"


def test_the_airline_picks_up_an_airline_not_its_owner(analyse):
    r = analyse("Pelling Airways cancelled all flights on Friday. Norra Holdings, a company registered in Skell, "
                "owns the airline.")
    assert "the airline" in mention_texts(r, "Pelling Airways")
    assert "the airline" not in mention_texts(r, "Norra Holdings")


def test_an_organ_opening_a_sentence_is_one_entity(analyse):
    r = analyse("The Pelmorian defence ministry said its air defences shot down 12 of the 15 drones. Pelmoria asked "
                "for help.")
    organs = [e for e in r["entities"] if e["name"] == "Pelmorian defence ministry"]
    assert len(organs) == 1 and organs[0].get("category") == "state_organ"


def test_an_outlets_name_keeps_its_countrys_adjective(analyse):
    r = analyse("The Ulvarian State Broadcaster reported that the president had ordered an inquiry. The broadcaster "
                "said he would speak on Friday.")
    outlet = next(e for e in r["entities"] if e["type"] == "OUTLET")
    assert outlet["name"] == "Ulvarian State Broadcaster"
    assert [m["text"] for m in outlet["mentions"]] == ["The Ulvarian State Broadcaster", "The broadcaster"]


def test_state_named_only_by_its_adjective_is_one_party(analyse):
    r = analyse("Quarvonian troops crossed the river overnight, the Quarvonian army said. Quarvonian officials said "
                "the crossing was lawful. Quarvonian Interior Minister Tessa Holm called it a rescue mission.")
    state = entity(r, "Quarvonian")
    assert state["type"] == "GPE" and len(state["mentions"]) >= 3
    army = by_mention(r, "the Quarvonian army")
    assert army["type"] == "ORG" and army["name"] == "Quarvonian army"


def test_adjective_of_a_state_used_once_or_an_english_word_makes_no_state(analyse):
    r = analyse("Eastern officials said the talks had stalled. Eastern diplomats said a deal was near. "
                "Drelvonian officials said the talks would resume.")
    names = [e["name"] for e in r["entities"]]
    assert "Eastern" not in names and "Drelvonian" not in names


def test_adjective_of_a_known_state_never_named_is_that_state(analyse):
    r = analyse("Portuguese officials said the ship had left port. Portuguese navy divers later searched the hull.")
    assert entity(r, "Portugal")["type"] == "GPE"


def test_minister_of_a_state_named_only_by_its_adjective_serves_that_state(analyse):
    r = analyse("Quarvonian troops closed the border on Monday. Quarvonian Interior Minister Tessa Holm said the move "
                "was temporary.")
    served = [(x["subject"], x["object"]) for x in r["relations"] if x["type"] == "member_of"]
    assert ("Tessa Holm", "Quarvonian") in served
    said = next(a for a in r["attributions"] if a["source"][0]["text"].endswith("Tessa Holm"))
    assert said["source_kind"] == "person"


def test_person_whose_name_modifies_officials_makes_no_state(analyse):
    r = analyse("Governor Ilse Dorran spoke on Monday. Dorran officials said the plan was sound, and the Dorran "
                "administration said it would publish the figures.")
    assert not [e for e in r["entities"] if e["name"] == "Dorran" and e["type"] == "GPE"]


def test_a_surname_used_alone_as_a_subject_makes_the_full_name_a_person(analyse):
    r = analyse("The report was written by Harlan Crest. Crest told reporters the data was clear.")
    crest = entity(r, "Harlan Crest")
    assert crest["type"] == "PERSON" and "Crest" in [m["text"] for m in crest["mentions"]]


def test_a_place_word_in_the_name_keeps_it_a_place(analyse):
    r = analyse("Talks were held in Port Blair. Blair said the port would reopen.")
    assert entity(r, "Port Blair")["type"] != "PERSON"


def test_a_person_formerly_known_by_another_name_is_one_person(analyse):
    r = analyse("Kareem Abdul-Jabbar, formerly known as Lew Alcindor, spoke at the event.")
    kareem = entity(r, "Kareem Abdul-Jabbar")
    assert kareem["type"] == "PERSON" and "Lew Alcindor" in [m["text"] for m in kareem["mentions"]]
    assert not any(e["name"] == "Lew Alcindor" for e in r["entities"])


def test_a_name_before_plural_islands_or_hills_is_a_place_with_its_modifiers(analyse):
    r = analyse("Two patrol boats clashed near the contested Merrow islands on Friday, and shelling was heard in the "
                "southern Dask hills.")
    places = {m["text"]: e["type"] for e in r["entities"] for m in e["mentions"]}
    assert places.get("the contested Merrow islands") == "LOC"
    assert places.get("the southern Dask hills") == "LOC"


def test_a_name_over_an_irregular_plural_of_people_keeps_its_possessive(analyse):
    # "Fishermen's", "Women's": the plural of an English noun owns nothing in a body's name, as "People's" does not
    r = analyse("The Veldish Fishermen's Union said one crewman was hurt. Its chairman, Aron Feld, said the men "
                "were innocent. The Kelvan Women's League said it would march.")
    union = entity(r, "Veldish Fishermen's Union")
    assert union["type"] == "ORG"
    assert mention_texts(r, "Veldish Fishermen's Union")[0] == "The Veldish Fishermen's Union"
    assert entity(r, "Kelvan Women's League")["type"] == "ORG"
    assert not any(e["name"] in {"Union", "League", "Veldish Fishermen"} for e in r["entities"])
    assert any(x["type"] == "leader_of" and x["object"] == "Veldish Fishermen's Union" for x in r["relations"])


def test_a_bare_organ_word_names_again_the_one_organ_named_with_its_owner(analyse):
    # no state placed ("in X"): the bare word joins the one organ the text named by the same word and its owner
    r = analyse("Hackers read the email of Tarvosa's parliament for months, a cyber agency said on Monday. The "
                "agency urged members of parliament to change their passwords.")
    assert mention_texts(r, "Tarvosan parliament") == ["Tarvosa's parliament", "parliament"]


def test_a_maker_s_name_before_a_model_designation_is_equipment_not_a_person(analyse):
    r = analyse("A Dornel Y-14 carrying 12 soldiers crashed near the airfield on Monday, the army said. Officials "
                "said the Dornel Y-14 had been bought in 2019.")
    model = entity(r, "Dornel Y-14")
    assert model["type"] == "EQUIPMENT"
    assert len(model["mentions"]) == 2
    assert not any(e["type"] == "PERSON" for e in r["entities"])


def test_a_given_name_alone_is_the_one_person_given_it(analyse):
    r = analyse('Prosecutors charged Emmerich Krovitz on Friday. His party leader said: "Emmerich has never taken '
                'a coin from any foreign power."')
    assert mention_texts(r, "Emmerich Krovitz")[-1] == "Emmerich"
    assert [e["name"] for e in r["entities"]] == ["Emmerich Krovitz"]


def test_a_given_name_shared_by_two_people_stays_apart(analyse):
    r = analyse('Emmerich Krovitz and Emmerich Dallo were charged on Friday. A lawyer said: "Emmerich has never '
                'taken a coin."')
    assert "Emmerich" not in mention_texts(r, "Emmerich Krovitz")
    assert "Emmerich" not in mention_texts(r, "Emmerich Dallo")


def test_one_state_s_armed_forces_named_by_two_words_are_one_body(analyse):
    # the possessive's "military", the adjective's "forces" and "the army" name one state's forces as a whole
    r = analyse("Dunharrow's military said on Monday it had shelled two depots. Ervosi officials said Dunharrowan "
                "forces had crossed the river first, and that the army was moving more guns to the border.")
    forces = [e for e in r["entities"] if any(m["text"] == "Dunharrow's military" for m in e["mentions"])]
    assert len(forces) == 1
    texts = [m["text"] for m in forces[0]["mentions"]]
    assert "Dunharrowan forces" in texts and "the army" in texts
    assert any(ev["rule"].startswith("a state's armed forces named again") and ev["text"] == "the army"
               for ev in forces[0]["type_evidence"])


def test_an_owned_mention_joined_to_one_state_s_armed_forces_holds_the_rule(analyse):
    # "Dunharrowan forces" joins "Dunharrow's military" as an owned mention, not a description: the join is its
    # evidence too
    r = analyse("Dunharrow's military said on Monday it had shelled two depots. Ervosi officials said Dunharrowan "
                "forces had crossed the river first.")
    (forces,) = [e for e in r["entities"] if any(m["text"] == "Dunharrow's military" for m in e["mentions"])]
    assert "Dunharrowan forces" in [m["text"] for m in forces["mentions"]]
    assert any(ev["rule"].startswith("a state's armed forces named again") and ev["text"] == "Dunharrowan forces"
               for ev in forces["type_evidence"])


def test_two_states_forces_and_a_branch_stay_apart(analyse):
    # two states' forces leave "the army" to neither; a navy is a branch of its own, no name of the forces as a whole
    r = analyse("Dunharrow's military and Ervosia's troops exchanged fire on Monday, and Dunharrow's navy said it had "
                "sunk a boat. A monitor said the army had fired first.")
    owners = {e["name"]: [m["text"] for m in e["mentions"]] for e in r["entities"]}
    military = next(texts for texts in owners.values() if "Dunharrow's military" in texts)
    assert "Ervosia's troops" not in military and "Dunharrow's navy" not in military
    assert not any("the army" in texts for texts in owners.values())


def test_the_troops_name_again_the_home_state_s_army(analyse):
    # "the army" of the one state the story is set in, then "the troops": one body
    r = analyse("Gunmen seized four miners in northern Valdrenna on Friday, Valdrenna's interior ministry said. A "
                "police officer said the army had reached the valley. He said the troops would not enter the village.")
    army = [e for e in r["entities"] if any(m["text"] == "the army" for m in e["mentions"])]
    assert len(army) == 1 and "the troops" in [m["text"] for m in army[0]["mentions"]]
