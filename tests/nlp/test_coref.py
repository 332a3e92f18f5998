"""Coreference: expletive "it", pronoun agreement and salience, definite descriptions, "the report"."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from claimgraph.nlp.annotations import AttributionRecord, EntityCluster, register_extensions
from claimgraph.nlp.coref import Coreference, is_pleonastic


def one_sentence_each(doc, starts):
    """Hand-set sentence boundaries: the parser is not what these tests are about."""
    for token in doc:
        token.is_sent_start = token.i in starts
    return doc


def mentions_of(result, name):
    return [m["text"] for e in result["entities"] if e["name"] == name for m in e["mentions"]]


def test_extraposed_it_is_pleonastic_and_the_embedded_it_is_not():
    vocab = spacy.blank("en").vocab
    # It is unclear whether it works .
    doc = Doc(vocab, words=["It", "is", "unclear", "whether", "it", "works", "."],
              heads=[1, 1, 1, 5, 5, 1, 1], deps=["nsubj", "ROOT", "acomp", "mark", "nsubj", "ccomp", "punct"],
              pos=["PRON", "AUX", "ADJ", "SCONJ", "PRON", "VERB", "PUNCT"],
              lemmas=["it", "be", "unclear", "whether", "it", "work", "."])
    assert is_pleonastic(doc[0])
    assert not is_pleonastic(doc[4])


def test_weather_it_is_pleonastic():
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["It", "rained", "."], heads=[1, 1, 1], deps=["nsubj", "ROOT", "punct"],
              pos=["PRON", "VERB", "PUNCT"], lemmas=["it", "rain", "."])
    assert is_pleonastic(doc[0])


def test_it_takes_the_subject_organisation(analyse):
    r = analyse("Hezbollah said on Monday that it would retaliate against any attack.")
    assert mentions_of(r, "Hezbollah") == ["Hezbollah", "it"]


def test_it_as_theme_of_a_transfer_verb_prefers_equipment(analyse):
    r = analyse("The Houthis were promised the Kornet last year. It was delivered in May.")
    assert "It" in mentions_of(r, "Kornet (AT-14)")
    assert "It" not in mentions_of(r, "Houthis")


def test_expletive_it_joins_nothing(analyse):
    r = analyse("Hamas fired rockets on Monday. It is not clear whether the attack was planned.")
    assert all(m["text"] != "It" for e in r["entities"] for m in e["mentions"])


def test_the_group_takes_the_last_organisation(analyse):
    r = analyse("Israel struck Hamas positions on Monday. The group said two of its commanders were killed.")
    assert mentions_of(r, "Hamas")[:2] == ["Hamas", "The group"]


def test_the_system_takes_the_equipment_of_that_class(analyse):
    r = analyse("Greece bought the S-300 in 1999. Officials said the system was never used.")
    assert mentions_of(r, "S-300 (SA-10)") == ["the S-300", "the system"]


def test_the_fighters_take_the_group_named_with_them(analyse):
    r = analyse("Wagner Group mercenaries entered the town on Friday. The Kremlin later said the fighters "
                "had left.")
    assert "the fighters" in mentions_of(r, "Wagner Group")


def test_he_and_she_keep_to_people_of_one_gender():
    nlp = spacy.blank("en")
    register_extensions()
    doc = nlp.make_doc("Alvarez met Mr. Reed. She spoke first.")
    for token in doc:
        token.pos_ = "PRON" if token.lower_ == "she" else "PROPN"
    one_sentence_each(doc, {0, 5})
    doc._.cg_entities = [EntityCluster("Reed", "PERSON", [doc[3:4]]), EntityCluster("Alvarez", "PERSON", [doc[0:1]])]
    Coreference()(doc)
    assert [m.text for m in doc._.cg_entities[0].mentions] == ["Reed"]
    assert [m.text for m in doc._.cg_entities[1].mentions] == ["Alvarez", "She"]


def test_the_report_joins_the_outlet_of_the_attribution_it_refers_to():
    nlp = spacy.blank("en")
    register_extensions()
    doc = one_sentence_each(nlp.make_doc("Reuters reported the deal . According to the report , talks continue ."),
                            {0, 5})
    doc._.cg_entities = [EntityCluster("Reuters", "OUTLET", [doc[0:1]])]
    first = AttributionRecord(cue=[doc[1:2]], content=[doc[2:4]], source=[doc[0:1]], source_entity=0)
    second = AttributionRecord(cue=[doc[5:7]], content=[doc[10:12]], source=[doc[7:9]], refers_to=0)
    doc._.cg_attributions = [first, second]
    Coreference()(doc)
    assert [m.text for m in doc._.cg_entities[0].mentions] == ["Reuters", "the report"]
    assert doc._.cg_attributions[1].source_entity == 0  # the record as the Doc now holds it


def test_no_attributions_is_fine():
    nlp = spacy.blank("en")
    register_extensions()
    doc = one_sentence_each(nlp.make_doc("Reuters reported the deal ."), {0})
    doc._.cg_entities = [EntityCluster("Reuters", "OUTLET", [doc[0:1]])]
    Coreference()(doc)
    assert len(doc._.cg_entities[0].mentions) == 1


def test_plural_class_description_takes_the_equipment_of_that_class(analyse):
    r = analyse("Iran sent Shahed-136 drones to Russia in 2022. The drones were used against Kyiv.")
    drone = [e for e in r["entities"] if e["type"] == "EQUIPMENT"]
    assert len(drone) == 1 and "The drones" in [m["text"] for m in drone[0]["mentions"]]


def test_plural_of_a_non_class_word_is_not_taken(analyse):
    r = analyse("Hamas attacked the town on Monday. The groups later withdrew.")
    hamas = [e for e in r["entities"] if e["name"] == "Hamas"]
    assert hamas and "The groups" not in [m["text"] for m in hamas[0]["mentions"]]


def test_they_prefers_a_nearer_plural_noun_to_a_named_group(analyse):
    r = analyse("The Ostrava Union called a strike. Dockworkers walked out on Monday, and they said more would "
                "follow.")
    union = [e for e in r["entities"] if "The Ostrava Union" in [m["text"] for m in e["mentions"]]][0]
    assert "they" not in [m["text"] for m in union["mentions"]]


def test_a_description_with_a_modifier_refers_to_the_group(analyse):
    r = analyse("The Kessel Brigades, an armed movement, seized a bridge. Fighters from the rebel group later "
                "left it.")
    group = [e for e in r["entities"] if "The Kessel Brigades" in [m["text"] for m in e["mentions"]]][0]
    assert "the rebel group" in [m["text"] for m in group["mentions"]]


def test_the_country_is_reached_through_the_states_adjective(analyse):
    r = analyse("Mordavia's army crossed the river. Ulmark said on Monday it had protested. Mordavian troops "
                "fought in the north of the country.")
    mordavia = [e for e in r["entities"] if e["name"] == "Mordavia"][0]
    assert "the country" in [m["text"] for m in mordavia["mentions"]]


def test_a_report_introduced_is_what_the_report_refers_to(analyse):
    r = analyse("A leaked report by the inspectors says the plant was unsafe. The report was written in May.")
    documents = [e for e in r["entities"] if e["type"] == "DOCUMENT"]
    assert len(documents) == 1
    assert [m["text"] for m in documents[0]["mentions"]] == ["A leaked report by the inspectors", "The report"]


def test_the_report_without_a_document_introduced_is_no_document(analyse):
    r = analyse("The ministry denied the report on Tuesday.")
    assert not [e for e in r["entities"] if e["type"] == "DOCUMENT"]


def test_her_government_is_the_state_she_serves(analyse):
    r = analyse("Brevania's trade minister, Lotte Harun, said on Monday that her government would appeal.")
    state = [e for e in r["entities"] if e["name"] == "Brevania"][0]
    assert "her government" in [m["text"] for m in state["mentions"]]
    assert "her" in mentions_of(r, "Lotte Harun")


def test_the_government_in_a_capital_is_the_state_last_named(analyse):
    r = analyse("Ostria's army moved north. Ostrian officers said the drills were routine, a claim the government "
                "in Velk repeated on Monday.")
    state = [e for e in r["entities"] if e["name"] == "Ostria"][0]
    assert "the government in Velk" in [m["text"] for m in state["mentions"]]


def test_the_accuser_is_not_the_government_it_accuses(analyse):
    r = analyse("Brevania's navy and Ostria's army met at sea. Brevania has accused the government in Kolt of "
                "arming the rebels.")
    ostria = [e for e in r["entities"] if e["name"] == "Ostria"][0]
    assert "the government in Kolt" in [m["text"] for m in ostria["mentions"]]


def test_the_government_in_a_capital_is_not_the_state_it_accuses(analyse):
    r = analyse("Ostria's army and Brevania's navy met at sea. The government in Kolt accused Brevania of "
                "arming the rebels.")
    ostria = [e for e in r["entities"] if e["name"] == "Ostria"][0]
    assert "The government in Kolt" in [m["text"] for m in ostria["mentions"]]
    assert ("capital_of", "Kolt", "Ostria") in [(x["type"], x["subject"], x["object"]) for x in r["relations"]]


def test_an_organ_owned_by_a_description_and_the_description_itself(analyse):
    r = analyse("The Aldren Pact, a military alliance, met on Monday. A report by the alliance's arms inspectors says the plant was "
                "rebuilt. The inspectors visited it in May.")
    pact = [e for e in r["entities"] if "The Aldren Pact" in [m["text"] for m in e["mentions"]]][0]
    assert "the alliance" in [m["text"] for m in pact["mentions"]]
    inspectors = [e for e in r["entities"] if "the alliance's arms inspectors" in [m["text"] for m in e["mentions"]]]
    assert inspectors and "The inspectors" in [m["text"] for m in inspectors[0]["mentions"]]


def test_it_after_a_more_salient_unnamed_thing_is_left_alone(analyse):
    r = analyse("Two witnesses told Callan Wire that the shell hit the school at noon, when it was full of pupils.")
    outlet = [e for e in r["entities"] if "Callan Wire" in [m["text"] for m in e["mentions"]]][0]
    assert "it" not in [m["text"] for m in outlet["mentions"]]


def test_a_lead_describes_the_equipment_before_naming_it(analyse):
    r = analyse("A missile hit the depot on Monday. Officials said the missile was an Ostrian Kord-9 missile. "
                "Rebels later fired small rockets.")
    item = [e for e in r["entities"] if e["type"] == "EQUIPMENT"][0]
    texts = [m["text"] for m in item["mentions"]]
    assert "A missile" in texts and "the missile" in texts and "an Ostrian Kord-9 missile" in texts


def test_a_document_never_referred_to_again_is_no_entity(analyse):
    r = analyse("A report by the inspectors says the plant was rebuilt in May.")
    assert not [e for e in r["entities"] if e["type"] == "DOCUMENT"]


def test_a_facility_introduced_and_referred_to_again(analyse):
    r = analyse("Shells hit a crowded hospital in the north on Monday. Doctors said the hospital had no power.")
    facility = [e for e in r["entities"] if e["type"] == "FAC"]
    assert facility and [m["text"] for m in facility[0]["mentions"]] == ["a crowded hospital", "the hospital"]


def test_an_organ_of_a_described_owner_takes_the_owners_names(analyse):
    r = analyse("The Ostmark Union, a trade bloc of six states, met in Varn. The bloc's trade monitors later traced "
                "payments through a bank in Varn. The Union has not commented.")
    monitors = [e for e in r["entities"] if e["name"].endswith("trade monitors")]
    assert [m["name"] for m in monitors] == ["Ostmark Union trade monitors"]
    assert "Union trade monitors" in monitors[0]["aliases"]
    assert not any(e["name"].startswith("bloc") for e in r["entities"])


def test_a_facility_without_a_name_goes_by_its_place(analyse):
    r = analyse("A missile struck a crowded clinic in the town of Orsk on Monday. Officials said the clinic had "
                "been evacuated.")
    clinic = [e for e in r["entities"] if e["type"] == "FAC"]
    assert [e["name"] for e in clinic] == ["Orsk clinic"]
    assert "crowded clinic" in clinic[0]["aliases"]
    assert len(clinic[0]["mentions"]) == 2


def test_a_name_inside_a_hyphenated_modifier_is_a_pronouns_antecedent(analyse):
    r = analyse("Investigators linked the ship to Pavel Dorn, a sanctioned shipping magnate. A lawyer for Dorn, John "
                "Miller, said the claims were false. The case would be the first of a Dorn-owned firm evading the "
                "sanctions imposed on him in May.")
    names = {e["name"]: e for e in r["entities"]}
    assert "him" in [m["text"] for m in names["Pavel Dorn"]["mentions"]]
    assert "him" not in [m["text"] for m in names["John Miller"]["mentions"]]
    # the modifier itself is no mention
    assert "Dorn" not in [m["text"] for m in names["Pavel Dorn"]["mentions"] if m["start"] > 150]


def test_a_vessel_described_in_the_lead_is_the_one_named_later(analyse):
    r = analyse("A tanker carrying Ostavian diesel switched off its transponder last month. Records show the tanker "
                "Solna Bay, which sailed under another flag, met a second ship near Varn.")
    ship = [e for e in r["entities"] if e["name"] == "Solna Bay"][0]
    texts = [m["text"] for m in ship["mentions"]]
    assert "A tanker carrying Ostavian diesel" in texts and "its" in texts


def test_a_place_state_said_of_it_picks_the_place(analyse):
    r = analyse("A Dorvian Kestrel-7 drone struck a covered market in the town of Orsk. Witnesses said the drone "
                "hit the market before noon, when it was crowded with shoppers.")
    market = [e for e in r["entities"] if e["type"] == "FAC"][0]
    drone = [e for e in r["entities"] if e["name"] == "Kestrel-7"][0]
    assert "it" in [m["text"] for m in market["mentions"]]
    assert "it" not in [m["text"] for m in drone["mentions"]]


def test_how_close_it_is_keeps_the_thing(analyse):
    text = ("Ostavia will deliver the Kestrel-7 air defence system to Pelmark. It is not clear whether it has been "
            "delivered or how close it is to delivery.")
    r = analyse(text)
    last_it = text.rindex(" it ") + 1
    places = [e for e in r["entities"] if e["type"] in {"GPE", "FAC", "LOC"}]
    assert all(m["start"] != last_it for e in places for m in e["mentions"])


def test_a_lead_naming_a_person_by_title_alone_joins_the_name_given_with_that_title(analyse):
    r = analyse("Norvale's Chief Auditor said on Friday that the port authority had hidden losses and that she had "
                "opened an inquiry into its accounts.\n\n"
                "\"We found clear evidence,\" Chief Auditor Ilse Varga told reporters in Fenwick.")
    assert {"Chief Auditor", "she"} <= set(mentions_of(r, "Ilse Varga"))
    inquiry = [e for e in r["events"] if e["type"] == "INVESTIGATE"]
    assert inquiry and inquiry[0]["roles"].get("actor") == "Ilse Varga"


def test_a_title_given_with_another_name_is_no_lead_mention(analyse):
    # "Finance Minister Greta Fisk": that title is Fisk's, not a mention by title alone of the minister named later
    r = analyse("Finance Minister Greta Fisk of Ardova said the budget would pass.\n\n"
                "Finance Minister Joost Ruud of Belmoor disagreed on Monday.")
    assert [m for m in mentions_of(r, "Joost Ruud") if "Minister" in m] == []


def test_a_bare_title_refers_to_no_one(analyse):
    r = analyse("The mayor said he would run for president next year.\n\n"
                "President Ama Lind said on Monday she welcomed the race.")
    assert "president" not in [m.lower() for m in mentions_of(r, "Ama Lind")]


def test_the_government_in_a_capital_is_the_state_whose_name_a_later_body_bears(analyse):
    # a state's name inside another name brings the state to mind, as its adjective does
    r = analyse("Pelland's consul in Norvania, Ivo Tarr, dismissed the Norvanian government's findings on the "
                "blackout. Pellandian operatives sabotaged the Norvania Power Authority, the findings said. The "
                "government in Ostrava then expelled three Pellandian attaches.")
    assert "The government in Ostrava" in mentions_of(r, "Norvania")


def test_the_holder_of_a_title_of_two_words_is_the_title_word_with_the(analyse):
    # "Prosecutor General X ... the prosecutor's office": the possessor is X, and the office acts for X
    r = analyse("Prosecutor General Elin Kalnin said on Friday that she had opened a case over the fire. The "
                "prosecutor's office is investigating the site's managers, a spokesman said.")
    kalnin = next(e for e in r["entities"] if e["name"] == "Elin Kalnin")
    assert "The prosecutor" in [m["text"] for m in kalnin["mentions"]]
    investigating = next(e for e in r["events"] if e["trigger"]["text"] == "investigating")
    assert investigating["roles"].get("actor") == "Elin Kalnin"


def test_a_lawyers_client_is_whom_the_lawyer_was_named_for(analyse):
    r = analyse("Marta Ruiz, a lawyer for Edvin Feld, said her client would appeal the ruling.")
    feld = next(e for e in r["entities"] if e["name"] == "Edvin Feld")
    assert "her client" in [m["text"] for m in feld["mentions"]]
    r = analyse("Edvin Feld said on Monday that his client would appeal the ruling.")
    assert not any(m["text"] == "his client" for e in r["entities"] for m in e["mentions"])


def test_the_general_is_the_one_general_the_story_names(analyse):
    r = analyse("General Ives Dallow was detained on Monday. The general was freed a day later. "
                "The general election is due in May.")
    person = [e for e in r["entities"] if e["name"] == "Ives Dallow"][0]
    texts = [m["text"] for m in person["mentions"]]
    assert "The general" in texts and texts.count("The general") == 1


# --- "the group" back to the named group: the source of a later attribution is the named body ----------------

def entity_named(result, name):
    found = [e for e in result["entities"] if e["name"] == name]
    assert found, f"no entity {name!r} in {[e['name'] for e in result['entities']]}"
    return found[0]


def source_entity(result, words):
    found = [a for a in result["attributions"] if " ".join(s["text"] for s in a["source"]) == words]
    assert found, f"no attribution from {words!r}"
    ids = {e["id"]: e["name"] for e in result["entities"]}
    return ids.get(found[0]["source_entity"]), found[0].get("evidence", {})


def test_a_group_named_by_its_kind_noun_is_the_source_the_group_refers_to(analyse):
    r = analyse("Gunmen from the Pale Heron movement stormed a customs post near Ulvaro on Monday, the regional "
                "police said. The movement has waged an insurgency in the hills for a decade. The militants took "
                "four guards hostage, the group said in a statement.")
    group = entity_named(r, "Pale Heron")
    assert group["type"] == "ORG" and group["category"] == "armed_group"
    assert {"the Pale Heron movement", "The movement", "The militants", "the group"} <= set(
        m["text"] for m in group["mentions"])
    # the type's words and each read-back mention's antecedent are kept as evidence
    assert any(e["rule"] == "name before a noun for its kind" for e in group["type_evidence"])
    assert {c["text"]: c["antecedent"]["text"] for c in group["coreference"]}["the group"] == \
        "the Pale Heron movement"
    name, evidence = source_entity(r, "the group")
    assert name == "Pale Heron"
    assert evidence["source_entity_by"]["antecedent"]["text"] == "the Pale Heron movement"


def test_the_rebel_group_phrase_is_one_mention_and_the_nearest_group_is_picked(analyse):
    r = analyse("The Stone Orchard rebel group said it had shot down a helicopter. A rival force, the Brannoch "
                "militia, disputed the account. The group said its fighters were nowhere near the valley.")
    orchard = entity_named(r, "Stone Orchard")
    assert "The Stone Orchard rebel group" in [m["text"] for m in orchard["mentions"]]
    name, _ = source_entity(r, "The Stone Orchard rebel group")
    assert name == "Stone Orchard"
    # "The group" after the militia is named is the militia, not across it to the first group
    name, _ = source_entity(r, "The group")
    assert name == "Brannoch"


def test_the_group_passes_over_a_nearer_body_of_no_kind_for_the_named_group(analyse):
    # the ministry in between is read as a body of no known kind; "the group" is the armed group named before it
    r = analyse("The Hollow Pine rebel group attacked a fuel depot near the town of Vessan on Monday, killing four "
                "guards, the Lessary interior ministry said.\n\nThe group denied involvement in a statement posted "
                "online on Tuesday.")
    name, evidence = source_entity(r, "The group")
    assert name == "Hollow Pine"
    assert evidence["source_entity_by"]["antecedent"]["text"] == "The Hollow Pine rebel group"


def test_the_agency_and_the_company_after_their_names(analyse):
    r = analyse("The National Fisheries Agency said it had impounded three trawlers. The agency said the crews "
                "would be fined. Quillon Freight, which owns two of the boats, said it would appeal. The company "
                "said its captains had valid permits.")
    name, evidence = source_entity(r, "The agency")
    assert name == "National Fisheries Agency"
    assert evidence["source_entity_by"]["words"] == "The agency"
    name, _ = source_entity(r, "The company")
    assert name == "Quillon Freight"


def test_a_capitalised_time_of_day_inside_a_name_is_no_time(analyse):
    r = analyse("Fighters of the Red Dusk movement ambushed a convoy at dawn on Friday.")
    assert not any("Dusk" in t["text"] for t in r["times"])
    assert any("dawn" in t["text"] for t in r["times"])  # in lower case it is the time of day
    assert entity_named(r, "Red Dusk")["type"] == "ORG"


def test_a_pronoun_outside_a_quotation_skips_the_names_quoted(analyse):
    r = analyse('Tavistock Mining denied that it owned the smelter. "Norrland Metals runs it alone," its '
                'spokesman, Osric Wendle, said on Monday.')
    assert "its" in mentions_of(r, "Tavistock Mining")
    assert "its" not in mentions_of(r, "Norrland Metals")


def test_it_naming_who_speaks_continues_the_speaker_not_the_subject_of_what_was_said(analyse):
    r = analyse("The Kestle Relief Fund said on Monday that the Marra Border Police had turned back three of its "
                "trucks.\n\nIt said the convoy had all the permits it needed.")
    assert "It" in mentions_of(r, "Kestle Relief Fund")
    assert "It" not in mentions_of(r, "Marra Border Police")


def test_a_gendered_noun_in_apposition_keeps_he_from_her(analyse):
    r = analyse("Jordan Pell, a spokeswoman for the port authority, met Casey Brand, a spokesman for the shipping "
                "firm, on Monday. He said the talks had gone well.")
    assert "He" in mentions_of(r, "Casey Brand")
    assert "He" not in mentions_of(r, "Jordan Pell")
    note = next(n for e in r["entities"] if e["name"] == "Casey Brand" for n in e.get("coreference", []))
    assert note["gender_by"]["text"] == "spokesman"  # the words that decided it, for a user to check


def test_his_wife_genders_the_name_in_apposition(analyse):
    r = analyse("Lee Varrow and his wife, Robin, left the city on Friday. She said they would not return.")
    assert "She" in mentions_of(r, "Robin")


def test_it_skips_a_persons_title_for_the_body(analyse):
    r = analyse("Sam Ketter, the chairwoman of the Delmont Trust, said on Monday that it would sell the bonds.")
    assert mentions_of(r, "Delmont Trust") == ["the Delmont Trust", "it"]


def test_the_agency_is_the_outlet_whose_name_ends_in_agency(analyse):
    r = analyse("The Harwick Herald reported the deal on Monday. The Kestrian Press Agency said the talks had "
                "failed. The agency quoted an official as saying the deal was dead.")
    assert "The agency" in mentions_of(r, "Kestrian Press Agency")
    agency = next(a for a in r["attributions"] if a["source"][0]["text"] == "The agency")
    named = next(a for a in r["attributions"] if a["source"][0]["text"] == "The Kestrian Press Agency")
    assert agency["source_kind"] == "outlet" and agency["refers_to"] == named["id"]
    assert named["refers_to"] is None  # a named outlet refers back to no other outlet


def test_the_agency_naming_a_government_body_is_a_government_source(analyse):
    r = analyse("The National Customs Agency seized 40 rifles at the port on Monday. The Harwick Herald reported "
                "that the rifles came from abroad. The agency said it would open an inquiry.")
    assert "The agency" in mentions_of(r, "National Customs Agency")
    agency = next(a for a in r["attributions"] if a["source"][0]["text"] == "The agency")
    assert agency["source_kind"] == "government" and agency["refers_to"] is None
    # the bare noun already names a government agency; the description still finds its body's name
    assert agency["evidence"]["source_entity_by"]["antecedent"]["text"] == "The National Customs Agency"


def test_a_capital_named_through_its_states_adjective_joins_the_state(analyse):
    r = analyse("Pelmoria has asked for more air defence systems. Officials in the Pelmorian capital said the "
                "depot was still burning.")
    assert mentions_of(r, "Pelmoria") == ["Pelmoria", "the Pelmorian capital"]


def test_the_government_in_a_stated_capital_is_its_state(analyse):
    r = analyse("Officials in Sardun, the Pelmorian capital, said the depot was still burning. Pelmoria asked for "
                "help. Dravia's foreign minister, Ada Fennick, said the attack had been staged by the government "
                "in Sardun.")
    assert "the government in Sardun" in mentions_of(r, "Pelmoria")
    assert "the government in Sardun" not in mentions_of(r, "Dravia")


def test_the_government_in_a_city_is_not_the_one_the_speaker_serves(analyse):
    r = analyse("Pelmorian officials said drones launched from Kestria had struck a fuel depot. Kestria's foreign "
                "minister, Agnes Fairlie, denied the charge. She said the attack had been staged by the government "
                "in Sardun.")
    assert "the government in Sardun" not in mentions_of(r, "Kestria")


def test_an_earlier_she_keeps_a_later_he_from_the_same_name(analyse):
    r = analyse("Jordan Pell said on Monday that she would resign. On Tuesday Pell met Casey Brand in the port. He "
                "said the talks had gone well.")
    assert "He" in mentions_of(r, "Casey Brand") and "He" not in mentions_of(r, "Jordan Pell")
    people = {e["id"]: e["name"] for e in r["entities"]}
    he = next(a for a in r["attributions"] if a["source"][0]["text"] == "He")
    assert people[he["source_entity"]] == "Casey Brand" and he["refers_to"] is None


def test_a_ship_may_be_she_where_no_person_is_in_reach(analyse):
    r = analyse("The tanker Nordic Star was seized off the coast on Monday. She was carrying crude oil to Rotterdam.")
    assert "She" in mentions_of(r, "Nordic Star")
    r = analyse("Captain Ana Ruiz said the tanker Nordic Star was seized. She said the crew was safe.")
    assert "She" in mentions_of(r, "Ana Ruiz") and "She" not in mentions_of(r, "Nordic Star")


def test_the_company_finds_a_named_firm_of_no_listed_kind(analyse):
    r = analyse("Rolls-Royce cut its profit forecast on Monday. The company said in a statement that orders had "
                "slipped, and the firm would cut costs.")
    firm = next(e for e in r["entities"] if e["name"] == "Rolls-Royce")
    texts = [m["text"] for m in firm["mentions"]]
    assert "The company" in texts and "the firm" in texts


def test_the_union_is_no_firm_of_no_listed_kind(analyse):
    r = analyse("Castell Terminals offered a 2 percent rise on Monday. The union said the offer was an insult.")
    firm = next(e for e in r["entities"] if e["name"] == "Castell Terminals")
    assert "The union" not in [m["text"] for m in firm["mentions"]]


def test_the_union_finds_a_union_named_by_its_workers(analyse):
    r = analyse("The Federation of Rail Workers said on Monday that Varnel Rail had refused to talk. The union said "
                "its members would strike.")
    union = next(e for e in r["entities"] if e["name"] == "Federation of Rail Workers")
    assert union["category"] == "trade_union" and "The union" in [m["text"] for m in union["mentions"]]


def test_the_company_is_no_agency_of_no_listed_kind(analyse):
    r = analyse("The Harbour Safety Agency said on Monday that the crane had failed. The company said repairs would "
                "take a week.")
    agency = next(e for e in r["entities"] if e["name"] == "Harbour Safety Agency")
    assert "The company" not in [m["text"] for m in agency["mentions"]]


def test_an_apposition_before_the_name_gives_its_kind(analyse):
    r = analyse("Talks with the port operator, Castell Terminals, broke down on Monday.")
    firm = next(e for e in r["entities"] if e["name"] == "Castell Terminals")
    assert firm["category"] == "company"


def test_a_name_whose_verb_the_parser_hung_on_a_relative_clause_is_still_the_subject(analyse):
    # "list" read as a noun leaves the group as the sentence's root and its verb as a relative clause
    r = analyse("The Grey Hollow Brigades, which Ostria and several of its allies list as a terrorist group, have "
                "fought a rebellion in Ostria's northern valleys since 2015. Its commanders are believed to have "
                "trained abroad.")
    group = next(e for e in r["entities"] if e["name"] == "Grey Hollow Brigades")
    assert "Its" in [m["text"] for m in group["mentions"]]


def test_its_fighters_are_an_armed_group_s_not_the_monitors_named_after_it(analyse):
    r = analyse("The Velka Front, an insurgent group, has fought in Belm province since 2019. The Northern Union's "
                "monitors said in a statement that drones had been seen near the group's camps. Its fighters "
                "control the town of Darn.")
    front = next(e for e in r["entities"] if e["name"] == "Velka Front")
    assert "Its" in [m["text"] for m in front["mentions"]]


def test_his_ministry_is_the_ministry_of_the_minister_s_portfolio(analyse):
    r = analyse("Kestmark's energy minister, Aurel Vane, told reporters that repairs could take months and that his "
                "ministry had asked the Saltmere Union for generators.")
    ministry = next((e for e in r["entities"] if "his ministry" in [m["text"] for m in e["mentions"]]), None)
    assert ministry is not None and ministry["type"] == "ORG"
    assert ministry["name"].endswith("energy ministry") and ministry["name"].startswith("Kestmark")
    minister = next(e for e in r["entities"] if e["name"] == "Aurel Vane")
    assert "his" in [m["text"] for m in minister["mentions"]]


def test_a_ministry_named_before_is_the_one_his_ministry_names(analyse):
    r = analyse("Kestmark's energy ministry said the dam was safe. Kestmark's energy minister, Aurel Vane, later "
                "said his ministry had asked for generators.")
    holders = [e for e in r["entities"] if "his ministry" in [m["text"] for m in e["mentions"]]]
    assert len([e for e in r["entities"] if e["name"].endswith("energy ministry")]) == 1
    assert len(holders) == 1 and "Kestmark's energy ministry" in [m["text"] for m in holders[0]["mentions"]]


def test_the_story_after_a_dateline_is_a_sentence_of_its_own_and_no_pronoun_goes_back_to_the_dateline(analyse):
    r = analyse("ORVALE, May 16 (Quillon Wire) - The Iron Tide said its drones struck a frigate late on Friday and set "
                "it on fire.")
    (said,) = r["attributions"]
    assert said["source_kind"] == "organization"
    assert mentions_of(r, "Iron Tide") == ["The Iron Tide", "its"]
    assert mentions_of(r, "Orvale") == ["ORVALE"]
    assert mentions_of(r, "Quillon Wire") == ["Quillon Wire"]


def test_a_nearer_unnamed_person_takes_he_from_a_named_one_and_carries_the_chain(analyse):
    r = analyse("Interior Minister Pavel Ruska told parliament that police had fired only after a station was set "
                "alight. He said an inquiry had been opened.\n\nWitnesses described a different scene. \"They shot at "
                "people who were running away,\" said a shopkeeper who saw the shooting from his window. He asked "
                "that his name not be published.")
    assert mentions_of(r, "Pavel Ruska") == ["Pavel Ruska", "He"]
    shopkeeper = next(a for a in r["attributions"] if a["source"][0]["text"].startswith("a shopkeeper"))
    asked = next(a for a in r["attributions"] if a["cue"][0]["text"] == "asked")
    assert asked["refers_to"] == shopkeeper["id"]
    assert asked["source_kind"] == "anonymous"


def test_the_government_in_a_city_is_not_the_state_its_verb_acts_on(analyse):
    # the city is never called a capital: the state acting is not the one its object names
    r = analyse("Pelmora's border police said two guards had been shot. Drossia's army said its patrol had been "
                "attacked first by a Pelmoran boat. The government in Velmar accused Pelmora of staging the incident.")
    assert "The government in Velmar" in mentions_of(r, "Drossia")
    assert "The government in Velmar" not in mentions_of(r, "Pelmora")


def test_an_unnamed_craft_introduced_and_named_again_is_one_entity(analyse):
    r = analyse("A Brevanian fishing trawler and three Ostrian frigates collided off Kessa on Monday. Ostria's "
                "navy said the frigates had signalled twice. The Brevanian trawler sank within an hour, and the "
                "trawler's owner said the crew had been rescued. Ostria said it would test a new mobile radar, and "
                "officials said the radar would be ready in May.")
    by_name = {e["name"]: e for e in r["entities"]}
    assert [m["text"] for m in by_name["Brevanian fishing trawler"]["mentions"]] == [
        "A Brevanian fishing trawler", "The Brevanian trawler", "the trawler"]
    assert by_name["Brevanian fishing trawler"]["type"] == "VEHICLE"
    assert [m["text"] for m in by_name["Ostrian frigates"]["mentions"]] == [
        "three Ostrian frigates", "the frigates"]
    assert by_name["new mobile radar"]["type"] == "EQUIPMENT"
    assert "mobile radar" in by_name["new mobile radar"]["aliases"]


def test_its_before_what_only_a_state_has_is_the_state_and_names_its_organ_again(analyse):
    r = analyse("Kessaly's navy intelligence was blamed for the leak. Kessaly's interior ministry denied the report "
                "and said its intelligence services had never met the journalist.")
    assert "its" in mentions_of(r, "Kessaly")
    assert "its" not in mentions_of(r, "Kessalian interior ministry")
    organ = [e for e in r["entities"] if "Kessaly's navy intelligence" in [m["text"] for m in e["mentions"]]][0]
    assert "its intelligence services" in [m["text"] for m in organ["mentions"]]


def test_the_unnamed_subject_of_the_pronouns_own_verb_is_no_rival(analyse):
    r = analyse("Ivo Marn was arrested in Teslov on Monday. Police said a neighbour had hidden him for a week.")
    assert "him" in mentions_of(r, "Ivo Marn")


def test_a_person_described_in_the_lead_is_the_one_later_named_with_the_same_noun(analyse):
    r = analyse("A chemist at Varnholm's state laboratory who vanished in May had sold formulas abroad, officials "
                "said on Monday.\n\nThe chemist, Oda Brenn, was seen in Kelso last week.")
    assert "A chemist at Varnholm's state laboratory" in mentions_of(r, "Oda Brenn")


def test_a_craft_noun_the_named_craft_go_by_makes_no_new_entity(analyse):
    r = analyse("Osmark has test-fired the Velk-4 missile, its defence ministry said. \"A missile that flies so far "
                "cannot be stopped,\" an analyst said. The missile was unveiled in May.")
    assert not any(m["text"] == "A missile" for e in r["entities"] for m in e["mentions"])


def test_an_unnamed_craft_described_with_a_named_body_inside_is_one_entity(analyse):
    r = analyse("A Brevanian freighter and three Ostrian navy frigates collided off Kessa on Monday. Brevania said "
                "the frigates had fired warning shots.")
    by_name = {e["name"]: e for e in r["entities"]}
    assert [m["text"] for m in by_name["Ostrian navy frigates"]["mentions"]] == [
        "three Ostrian navy frigates", "the frigates"]


def test_an_object_pronoun_after_a_noun_its_subject_has_is_not_that_subject(analyse):
    text = ("Velmark's navy unveiled a new towed radar on Monday. It is thought that the radar will enter service "
            "next year, and the navy said it had no plans to delay it.")
    r = analyse(text)
    last_it = text.rindex(" it.") + 1
    starts = {e["name"]: [m["start"] for m in e["mentions"]] for e in r["entities"]}
    assert last_it in starts["new towed radar"]
    assert not any(last_it in s for name, s in starts.items() if name != "new towed radar")


def test_the_government_in_a_capital_is_not_the_state_its_second_verb_accuses(analyse):
    r = analyse("Ostria's army and Brevania's navy met at sea. The government in Kolt rejected the report and "
                "accused Brevania of arming the rebels.")
    ostria = [e for e in r["entities"] if e["name"] == "Ostria"][0]
    assert "The government in Kolt" in [m["text"] for m in ostria["mentions"]]


def test_a_facility_outside_a_town_goes_by_the_town_and_its_trade(analyse):
    r = analyse("Shells hit a grain warehouse outside the village of Tervik on Monday. The warehouse burned for "
                "hours, and the army said it would rebuild the warehouse.")
    warehouse = [e for e in r["entities"] if "a grain warehouse" in [m["text"] for m in e["mentions"]]][0]
    assert warehouse["name"] == "Tervik grain warehouse"


def test_the_government_in_a_capital_is_not_the_state_with_an_embassy_there(analyse):
    r = analyse("Brevania's army and Ostria's navy met at sea on Monday. Ostria's embassy in Kolt said nothing. The "
                "government in Kolt later protested.")
    brevania = [e for e in r["entities"] if e["name"] == "Brevania"][0]
    assert "government in Kolt" in " ".join(m["text"] for m in brevania["mentions"])


def test_a_bloc_named_by_its_name_word_outranks_a_nearer_body_of_no_kind(analyse):
    r = analyse("Tarvelia joined the Ostmere Compact in 2019. Its ministers say they will stay a member of the "
                "Compact. A survey by the Marrow Institute, an independent research group, found that most voters "
                "would back leaving the bloc.")
    compact = [e for e in r["entities"] if e["name"] == "Ostmere Compact"][0]
    assert "the bloc" in [m["text"] for m in compact["mentions"]]


def test_it_is_not_the_town_named_where_an_unnamed_subject_was(analyse):
    # "the truck had overturned near the town of Belsk ... whether it had been hijacked": the truck, no entity
    r = analyse("A police spokesman confirmed that the truck had overturned near the town of Belsk but said the "
                "cause was unclear. Asked whether it had been hijacked, he said: \"We are not ruling anything out.\"")
    assert "it" not in mentions_of(r, "Belsk")


def test_a_reflexive_pronoun_is_no_mention(analyse):
    r = analyse("The audit does not accuse Defence Minister Anselm Koury himself of taking money. The Verrin Group "
                "said it had defended itself in court.")
    texts = {m["text"] for e in r["entities"] for m in e["mentions"]}
    assert "himself" not in texts and "itself" not in texts


def test_a_document_cited_with_no_author_is_no_entity_of_the_story(analyse):
    r = analyse("Brell has trained pilots for Osk, the Tarrow Gazette reported, citing a leaked intelligence "
                "assessment. The assessment was shared with allies last month.")
    assert not [e for e in r["entities"] if e["type"] == "DOCUMENT"]
    r = analyse("Brell has trained pilots for Osk, according to a leaked Vellish intelligence assessment. The "
                "assessment was shared with allies last month.")
    assert [e["type"] for e in r["entities"] if "assessment" in e["name"]] == ["DOCUMENT"]


def test_an_authored_document_goes_by_its_author_s_whole_name_and_its_kind(analyse):
    r = analyse("The ministry overpaid for radios, a draft report by the Harwick Review Board says. The report was "
                "dated last Tuesday.")
    [report] = [e for e in r["entities"] if e["type"] == "DOCUMENT"]
    assert "Harwick Review Board draft report" in report["aliases"]
    r = analyse("Tankers broke the embargo, a confidential report by the Tessel Council's panel of experts says. The "
                "report was sent to members.")
    [report] = [e for e in r["entities"] if e["type"] == "DOCUMENT"]
    assert "panel of experts' report" in report["aliases"]


def test_the_attackers_name_again_the_group_told_by_its_own_plural(analyse):
    r = analyse("Hackers working for Vostrian intelligence broke into the grid of a power company in Marlen, "
                "officials said on Tuesday. Investigators said the attackers had gained access in March and that "
                "the hackers left no demand.")
    hackers = next(e for e in r["entities"] if any(m["text"] == "Hackers" for m in e["mentions"]))
    assert [m["text"] for m in hackers["mentions"]] == ["Hackers", "the attackers", "the hackers"]


def test_the_attackers_after_another_group_s_people_stay_unread(analyse):
    r = analyse("Hackers working for Vostrian intelligence broke into the grid of a power company in Marlen, "
                "officials said on Tuesday. Gunmen later raided a substation, and police said the attackers fled. "
                "The hackers left no demand.")
    hackers = next(e for e in r["entities"] if any(m["text"] == "Hackers" for m in e["mentions"]))
    assert "the attackers" not in [m["text"] for m in hackers["mentions"]]


def test_the_chamber_names_again_the_legislature_and_no_other_organ(analyse):
    r = analyse("Prosecutors charged a member of Velmora's parliament on Friday, Velmora's justice ministry said. "
                "The chamber, which must approve the trial, will vote next month.")
    by_name = {e["name"]: [m["text"] for m in e["mentions"]] for e in r["entities"]}
    assert "The chamber" in by_name["Velmoran parliament"]
    assert "The chamber" not in by_name["Velmoran justice ministry"]
