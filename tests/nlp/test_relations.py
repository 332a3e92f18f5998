"""Relations: leader_of from title constructions, alias from renaming statements."""
from __future__ import annotations


def relations(result):
    return {(r["type"], r["subject"], r["object"], r["evidence"]["text"]) for r in result["relations"]}


def test_org_title_name(analyse):
    r = analyse("Hamas leader Yahya Sinwar was seen in Gaza on Monday.")
    assert ("leader_of", "Yahya Sinwar", "Hamas", "Hamas leader Yahya Sinwar") in relations(r)


def test_demonym_title_name_leads_the_state(analyse):
    r = analyse("Iranian President Ebrahim Raisi arrived in Moscow on Tuesday.")
    assert ("leader_of", "Ebrahim Raisi", "Iran", "Iranian President Ebrahim Raisi") in relations(r)


def test_possessive_title_apposition(analyse):
    r = analyse("Hamas’s leader, Ismail Haniyeh, spoke in Doha on Monday.")
    assert ("leader_of", "Ismail Haniyeh", "Hamas", "Hamas’s leader, Ismail Haniyeh") in relations(r)


def test_name_then_title_of_org(analyse):
    r = analyse("Ismail Haniyeh, the leader of Hamas, spoke in Doha on Monday.")
    assert ("leader_of", "Ismail Haniyeh", "Hamas", "Ismail Haniyeh, the leader of Hamas") in relations(r)


def test_a_non_leader_title_is_not_leader_of(analyse):
    r = analyse("Hamas spokesman Hazem Qassem said the talks had stalled.")
    assert not [x for x in relations(r) if x[0] == "leader_of"]


def test_alias_relation_from_also_known_as(analyse):
    r = analyse("Russia moved the S-400 to the border. It deployed the S-400, which is also known as the "
                "SA-21 Growler, near Kursk.")
    assert ("alias", "S-400", "SA-21 Growler", "which is also known as the SA-21 Growler") in relations(r)


def kinds(result, kind):
    return {(r[1], r[2]) for r in relations(result) if r[0] == kind}


def test_organ_is_part_of_its_state(analyse):
    r = analyse("Lorvia's interior ministry said on Monday that the border was calm.")
    organ = [e for e in r["entities"] if "Lorvia's interior ministry" in [m["text"] for m in e["mentions"]]][0]
    assert (organ["name"], "Lorvia") in kinds(r, "part_of")


def test_spokesperson_lawyer_and_minister_roles(analyse):
    r = analyse("Jurek Reyl, a spokesman for the Vardic Union, said the vote would go ahead. "
                "A lawyer for Ansel Brak, Mira Tonn, said the charges were false. "
                "Ostrian Trade Minister Pell Avard is due in Kesh on Friday, Ostria said.")
    assert ("Jurek Reyl", "Vardic Union") in kinds(r, "spokesperson_of")
    assert ("Mira Tonn", "Ansel Brak") in kinds(r, "lawyer_of")
    assert ("Pell Avard", "Ostria") in kinds(r, "member_of")


def test_town_located_in_the_state_its_adjective_names(analyse):
    r = analyse("Shelling hit the Ostrian town of Pell on Monday, Ostria's army said.")
    assert ("Pell", "Ostria") in kinds(r, "located_in")


def test_group_that_controls_a_town(analyse):
    r = analyse("The Varn Brigades, the armed group that controls Osk, denied the claim.")
    assert ("Varn Brigades", "Osk") in kinds(r, "controls")


def test_naming_clause_is_an_alias_relation(analyse):
    r = analyse("The rebels fired a Tolsk-2 missile, a weapon that sailors call the Heron.")
    assert ("Tolsk-2", "Heron") in kinds(r, "alias")


def test_a_rank_after_the_role_does_not_change_the_relation(analyse):
    r = analyse("Ostria's defence ministry denied the report. \"We arm no one,\" ministry spokesman Major Iver "
                "Tamm said.")
    organ = [e for e in r["entities"] if "Ostria's defence ministry" in [m["text"] for m in e["mentions"]]][0]
    assert ("Iver Tamm", organ["name"]) in kinds(r, "spokesperson_of")
    assert not [x for x in kinds(r, "member_of") if x[0] == "Iver Tamm"]


def test_troops_named_by_a_state_adjective_are_no_part_of_it(analyse):
    # "Ostrian troops": the adjective says whose people they are; "Ostria's foreign ministry" names a body of Ostria
    r = analyse("Ostria's foreign ministry said Ostrian troops had crossed into Pell on Monday.")
    assert ("Ostrian foreign ministry", "Ostria") in kinds(r, "part_of")
    assert not any(subject.endswith("troops") for subject, _ in kinds(r, "part_of"))


def test_a_head_of_state_title_alone_leads_the_state_the_story_is_about(analyse):
    r = analyse("Ostria has massed troops near Pell, officials said. Ostria's army denied it. It is unclear whether "
                "President Mirek Alst approved the move.")
    assert ("Mirek Alst", "Ostria") in kinds(r, "leader_of")
    # two states named as often: no telling whose president
    r = analyse("Ostria and Pellia met in Tarn. President Mirek Alst said the talks went well.")
    assert not kinds(r, "leader_of")
    # a state named before the title gives it
    r = analyse("Pellia's President Ana Marov met Ostria's foreign minister in Tarn. Ostria wants a deal.")
    assert kinds(r, "leader_of") == {("Ana Marov", "Pellia")}


def test_a_head_of_state_title_alone_leads_the_state_the_lead_names_first(analyse):
    r = analyse("A clerk at Ostria's interior ministry sold secrets to Pellia, prosecutors said on Monday. Pellia's "
                "embassy denied it. Pellia's envoy was summoned. Pellia's foreign ministry declined to comment. "
                "Prime Minister Mirek Alst urged calm.")
    assert kinds(r, "leader_of") == {("Mirek Alst", "Ostria")}
    # the head of government's title is no minister's of a field
    assert not kinds(r, "member_of")


def test_owned_or_controlled_by_a_party_or_through_a_company_it_holds_a_stake_in(analyse):
    r = analyse("The Ardent Star, a tanker controlled by the Halvern Group, docked on Monday.")
    assert ("Ardent Star", "Halvern Group") in kinds(r, "controlled_by")
    r = analyse("Investigators believe the freighter Amber Finch is ultimately owned by a firm in which the banker "
                "Oren Dorn holds a stake.")
    assert ("Amber Finch", "Oren Dorn") in kinds(r, "controlled_by")
    r = analyse("The tanker Grey Gull is owned by a shell company, officials said.")
    assert not kinds(r, "controlled_by")


def test_a_city_in_apposition_with_a_states_capital_is_its_capital(analyse):
    r = analyse("Ostria's army said the drills were routine. Officials in Velm, the Ostrian capital, declined to "
                "comment.")
    assert ("Velm", "Ostria") in kinds(r, "capital_of")
    r = analyse("Velm, the capital of Ostria, was calm on Monday.")
    assert ("Velm", "Ostria") in kinds(r, "capital_of")
    r = analyse("Velm, the capital of the new dance scene, was calm on Monday.")
    assert not kinds(r, "capital_of")


# -- leaders and seats of parties no gazetteer knows ---------------------------------------------------------------

def pairs(result, kind):
    return {(r["subject"], r["object"]) for r in result["relations"] if r["type"] == kind}


def test_the_adjective_of_a_state_the_story_names_before_a_head_of_state_title(analyse):
    r = analyse("Voskaria closed its border on Monday. Voskarian President Elin Marrow said the move was temporary.")
    assert ("Elin Marrow", "Voskaria") in pairs(r, "leader_of")


def test_a_verb_of_leading_ties_a_person_to_the_body_led(analyse):
    r = analyse("Edvin Reyk, who leads the Dunmere Liberation Front, said his fighters would withdraw. "
                "The Harlow Citizens Party, led by Anya Sobel, boycotted the vote.")
    found = pairs(r, "leader_of")
    assert ("Edvin Reyk", "Dunmere Liberation Front") in found
    assert ("Anya Sobel", "Harlow Citizens Party") in found


def test_a_passive_verb_of_leading(analyse):
    r = analyse("The Serrin Workers Party is headed by Olla Venning, a former teacher.")
    assert ("Olla Venning", "Serrin Workers Party") in pairs(r, "leader_of")


def test_leading_an_event_is_no_leadership_of_a_body(analyse):
    r = analyse("Colonel Marek Haldrin led the assault on the bridge on Friday.")
    assert not pairs(r, "leader_of")


def test_an_organisation_based_registered_or_headquartered_in_a_place(analyse):
    r = analyse("Quellan Shipping, a company registered in Norvik, owns the tanker. Bastor Freight is headquartered "
                "in Kelmor. The Ardwick Tribune, a daily based in Selvane, first reported the sale.")
    found = pairs(r, "located_in")
    assert ("Quellan Shipping", "Norvik") in found
    assert ("Bastor Freight", "Kelmor") in found
    assert ("Ardwick Tribune", "Selvane") in found
    evidence = {r_["evidence"]["text"] for r_ in r["relations"] if r_["type"] == "located_in"}
    assert "Quellan Shipping, a company registered in Norvik" in evidence


def test_a_place_hyphenated_before_based_is_the_seat(analyse):
    r = analyse("Dorvel Mining, a Pessan-based company, halted work near Pessan on Monday.")
    assert ("Dorvel Mining", "Pessan") in pairs(r, "located_in")


def test_the_capital_renamed_after_a_comma_whatever_the_parse_hangs_it_on(analyse):
    r = analyse("Velsia closed its border. Officials in Harnow, the Velsian capital, said the move was temporary.")
    assert ("Harnow", "Velsia") in pairs(r, "capital_of")


def test_the_adjective_of_a_land_name(analyse):
    r = analyse("Doverland recalled its envoy on Monday. The Doverish government said talks were over.")
    state = [e for e in r["entities"] if e["name"] == "Doverland"][0]
    assert "the Doverish government" in [m["text"].lower() for m in state["mentions"]] or \
        any(ev["rule"] == "adjective of the name" for ev in state["type_evidence"])


def test_a_rank_between_the_leader_title_and_the_name(analyse):
    r = analyse("The Morrin Legion holds the pass. Its commander, General Ives Dallow, refused to withdraw.")
    assert ("Ives Dallow", "Morrin Legion") in pairs(r, "leader_of")


def test_a_person_s_spokesman_speaks_for_that_person(analyse):
    r = analyse("Prime Minister Ilse Marrow was asked about the plan on Monday. Her spokesman, Petr Voss, said the "
                "talks would resume. Marrow's lawyer, Anton Krele, said she had done nothing wrong.")
    assert ("spokesperson_of", "Petr Voss", "Ilse Marrow", "Her spokesman, Petr Voss") in relations(r)
    assert ("lawyer_of", "Anton Krele", "Ilse Marrow", "Marrow's lawyer, Anton Krele") in relations(r)


def test_a_person_s_minister_is_no_member_of_that_person(analyse):
    r = analyse("President Ilse Marrow spoke on Monday. Her foreign minister, Petr Voss, said the talks would resume.")
    assert not any(rel[1] == "Petr Voss" and rel[2] == "Ilse Marrow" for rel in relations(r))


def test_a_spokesman_of_the_body_speaking_before_has_his_own_words_as_evidence(analyse):
    r = analyse("Pellmark's defence ministry denied the report on Monday. Ministry spokeswoman Major Hana Lind said the "
                "troops were on exercises.")
    found = [rel for rel in relations(r) if rel[0] == "spokesperson_of" and rel[1] == "Hana Lind"]
    assert found and all("denied" not in rel[3] for rel in found), found


def test_a_deputy_or_former_leader_is_no_leader(analyse):
    r = analyse("The Civic Renewal Party said its offices were searched. The party's deputy leader, Tomas Drel, told "
                "reporters the arrest was political. The party's assistant director, Ivo Marr, was not charged. The "
                "party's leader, Irina Vasko, was questioned.")
    leaders = {(s, o) for t, s, o, _ in relations(r) if t == "leader_of"}
    assert leaders == {("Irina Vasko", "Civic Renewal Party")}
    assert ("member_of", "Tomas Drel", "Civic Renewal Party") in {(t, s, o) for t, s, o, _ in relations(r)}


def test_a_former_leader_held_the_leaders_title(analyse):
    r = analyse("The Ashen Hand said it would free the workers. The group's former commander, Ruslan Vey, was released "
                "in May.")
    assert {(t, s, o) for t, s, o, _ in relations(r)} >= {("leader_of", "Ruslan Vey", "Ashen Hand")}
    assert ("member_of", "Ruslan Vey", "Ashen Hand") not in {(t, s, o) for t, s, o, _ in relations(r)}


def test_a_spokesman_of_an_organ_named_before_by_its_word_speaks_for_it(analyse):
    r = analyse("Vell's interior ministry said the road was open. A ministry spokeswoman, Anna Berg, said more troops "
                "would come.")
    assert ("spokesperson_of", "Anna Berg", "Vellian interior ministry") in {
        (t, s, o) for t, s, o, _ in relations(r)}


def test_leader_of_a_body_named_after_a_lower_case_descriptor(analyse):
    # "the leader of the opposition Freedom Front": a describing word between "the" and the name is no part of it
    r = analyse("Edda Lorne, the leader of the opposition Halm Alliance, called for an inquiry into the sale.")
    assert ("Edda Lorne", "Halm Alliance") in kinds(r, "leader_of")


def test_an_organ_named_by_its_noun_before_a_leader_title_is_led_by_the_name(analyse):
    # "the navy chief, Admiral X": the organ the text named before ("Osvany's navy") is the one the title heads
    r = analyse("Osvany's navy denied any role. The protesters had demanded the removal of the navy chief, Admiral "
                "Tomas Brell.")
    assert ("Tomas Brell", "Osvanian navy") in kinds(r, "leader_of")


def test_an_envoy_for_a_state_is_not_its_member(analyse):
    # "The Kessel Union envoy for Osvany, X": sent by the union to deal with Osvany, no member of Osvany
    r = analyse("Troops from Varl crossed into Osvany on Monday. The Kessel Union envoy for Osvany, Lina "
                "Moro, urged calm.")
    assert ("Lina Moro", "Osvany") not in kinds(r, "member_of")
    assert ("Lina Moro", "Kessel Union") in kinds(r, "member_of")


def test_a_research_body_s_staff_named_by_occupation_are_its_members(analyse):
    # "a researcher at", "a professor at": an occupation held at a body, as "an analyst at" is
    r = analyse("Marta Welby, a researcher at the Quorran Institute in Faldby who has studied the group for years, "
                "said the methods matched. Tobias Renn, a professor at the Ellisford Institute, disagreed.")
    found = {(t, s, o) for t, s, o, _ in relations(r)}
    assert ("member_of", "Marta Welby", "Quorran Institute") in found
    assert ("member_of", "Tobias Renn", "Ellisford Institute") in found
    assert not any(t == "member_of" and o == "Faldby" for t, s, o in found)
