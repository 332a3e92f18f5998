"""States on texts written for these tests: a state owning a service the tagger names whole is a state, and
the state a story's unnamed government belongs to is told apart from its neighbour."""
from __future__ import annotations


def entity_named(result, name):
    return next((e for e in result["entities"] if e["name"] == name), None)


def entity_with(result, text):
    return next((e for e in result["entities"] if any(m["text"] == text for m in e["mentions"])), None)


def test_a_service_tagged_whole_leaves_its_owner_a_state(analyse):
    r = analyse("Saboteurs cut power to much of the south on Friday, Pellmark's Foreign Intelligence Directorate "
                "said on Monday. Pellmark would ask its allies for help, the minister added.")
    assert entity_named(r, "Pellmark")["type"] == "GPE"
    service = entity_with(r, "Pellmark's Foreign Intelligence Directorate")
    assert service is not None and service["type"] == "ORG"
    assert any(x["type"] == "part_of" and x["object"] == "Pellmark" for x in r["relations"])


def test_a_military_intelligence_directorate_is_a_states(analyse):
    r = analyse("Teldova's Military Intelligence Directorate said the convoy had crossed the border. "
                "Teldova said it would protest.")
    assert entity_named(r, "Teldova")["type"] == "GPE"
    assert entity_with(r, "Teldova's Military Intelligence Directorate") is not None


def test_the_government_in_the_dateline_city_is_the_state_the_story_is_in(analyse):
    r = analyse("TORVEL (Harl Wire) - Two engineers kidnapped in western Drannock were freed on Friday, "
                "Drannock's interior ministry said. One of them is a Pessarian citizen, and the kidnappers had "
                "called him \"an agent of Pessary\".\n\nThe government in Torvel denied that any ransom had been "
                "paid.")
    drannock = entity_named(r, "Drannock")
    assert drannock is not None
    assert "The government in Torvel" in [m["text"] for m in drannock["mentions"]]
    pessary = entity_named(r, "Pessary")
    assert pessary is None or "The government in Torvel" not in [m["text"] for m in pessary["mentions"]]


def test_a_demonym_in_ese_for_a_name_in_en_names_the_states_organ(analyse):
    r = analyse("Two Dolmarese nurses were freed on Sunday. Dolmaren's interior ministry said the kidnappers had "
                "been paid nothing.")
    ministry = entity_with(r, "Dolmaren's interior ministry")
    assert ministry is not None and ministry["name"] == "Dolmarese interior ministry"


def test_a_noun_modifying_a_noun_after_it_is_no_description(analyse):
    r = analyse("Hackers working for Tarvosk's army entered the network of the state operator, Kelgrid, in May, "
                "Velmar's security service said.")
    tarvosk = entity_named(r, "Tarvosk")
    assert tarvosk is not None
    texts = [m["text"] for m in tarvosk["mentions"]]
    assert "the state" not in texts


def test_an_organ_a_state_has_one_of_named_bare_is_the_home_states(analyse):
    r = analyse("Gunmen attacked a checkpoint in northern Tarrow on Monday, Tarrow's defence ministry said. Police "
                "arrested two men the next day. Vessan denied any part in the attack.\n\n"
                "Tarrow's prime minister, Ola Brisk, told parliament on Tuesday that the presidency would decide "
                "on a curfew.")
    police = entity_with(r, "Police")
    assert police is not None and police["type"] == "ORG" and police["name"] == "Tarrowian police"
    chamber = entity_with(r, "parliament")
    assert chamber is not None and chamber["name"] == "Tarrowian parliament"
    presidency = entity_with(r, "the presidency")
    assert presidency is not None and presidency["name"] == "Tarrowian presidency"


def test_a_states_intelligence_named_by_its_adjective_alone_is_its_service(analyse):
    r = analyse("Hackers knocked out the grid in Velmar on Sunday, Velmar's interior ministry said. The hackers used "
                "tools of a group that has been linked to Tarvoskan military intelligence, a researcher said. "
                "Tarvosk's foreign ministry denied it.")
    service = entity_with(r, "Tarvoskan military intelligence")
    assert service is not None and service["type"] == "ORG"
    assert {"type": "part_of", "subject": "Tarvoskan military intelligence", "object": "Tarvosk"} in [
        {k: x[k] for k in ("type", "subject", "object")} for x in r["relations"]]


def test_a_bare_name_is_the_short_form_of_the_state_named_with_its_designator(analyse):
    r = analyse("The Tesslin Republic accused its neighbour of shelling two villages on Monday. Tesslin said the "
                "shells came from the east. Officials in Corvale said the talks were over.")
    state = entity_with(r, "The Tesslin Republic")
    assert state is not None and state["type"] == "GPE"
    assert "Tesslin" in [m["text"] for m in state["mentions"]]
    assert not any(e["type"] == "PERSON" for e in r["entities"])


def test_an_apposition_hung_on_the_noun_before_a_name_is_the_names(analyse):
    r = analyse("Observers from the Linden Accord, a regional body of which Ostmark is a member, said in a "
                "preliminary report on Friday that their staff had been barred from 20 polling stations.")
    body = entity_with(r, "the Linden Accord")
    assert body is not None and body["type"] == "ORG"


def test_an_organ_in_a_sentence_placed_in_a_town_of_no_known_state_is_no_ones(analyse):
    r = analyse("Dornia has been lent a billion dollars by Halvenna, Dornia's central bank governor said on Monday. "
                "The governor contradicted a statement by Halvenna's finance ministry.\n\n"
                "Opposition lawmakers in Tesk said parliament should have been asked to approve the loan.")
    assert not any(e["name"].endswith("parliament") and e["name"].startswith("Halvenn") for e in r["entities"])


def test_a_place_of_manufacture_is_not_where_the_story_happens(analyse):
    r = analyse("PELLOR (Varn Wire) - Rockets hit a bridge outside the town of Asker on Sunday. Carvenia's army "
                "said the rockets had been made in Dostrava, and Dostrava's foreign ministry denied it.\n\nThe "
                "rebels, who have fought the government in Pellor since 2019, said nothing.")
    carvenia = entity_named(r, "Carvenia")
    assert carvenia is not None
    assert "the government in Pellor" in [m["text"] for m in carvenia["mentions"]]
    dostrava = entity_named(r, "Dostrava")
    assert dostrava is None or "the government in Pellor" not in [m["text"] for m in dostrava["mentions"]]


def test_a_neighbour_is_not_the_state_a_datelined_government_governs(analyse):
    r = analyse("MIRSK (Holt Wire) - Gunmen attacked a police post on Friday, and a militia that has fought the "
                "government in Mirsk for a decade said it was behind the raid. Teslavia's defence ministry has "
                "accused neighbouring Orvandia of sheltering the militia, and Orvandia's foreign ministry denied it.")
    teslavia = entity_named(r, "Teslavia")
    assert teslavia is not None
    assert "the government in Mirsk" in [m["text"] for m in teslavia["mentions"]]


def test_a_demonym_in_ine_names_the_states_organ_and_no_person(analyse):
    r = analyse("Morvel expelled two Dunsarine diplomats on Monday. Dunsar's navy said it had broken no law, and "
                "a Dunsarine envoy called the move a stunt.")
    navy = entity_with(r, "Dunsar's navy")
    assert navy is not None and navy["name"] == "Dunsarine navy"
    assert entity_named(r, "Dunsarine") is None


def test_an_organ_named_through_its_is_the_states_organ(analyse):
    r = analyse("Dorvania recalled its ambassador from Kelsk on Monday. Dorvania said the talks were over, and its "
                "foreign ministry called the charges false.")
    ministry = entity_with(r, "its foreign ministry")
    assert ministry is not None and ministry["name"] == "Dorvanian foreign ministry" and ministry["type"] == "ORG"
    assert ("part_of", "Dorvanian foreign ministry", "Dorvania") in [
        (x["type"], x["subject"], x["object"]) for x in r["relations"]]


def test_an_organ_with_a_hyphenated_field_keeps_its_hyphen(analyse):
    r = analyse("Velmoria's counter-terrorism police said on Monday they had arrested two men.")
    police = entity_with(r, "Velmoria's counter-terrorism police")
    assert police is not None and police["name"] == "Velmorian counter-terrorism police"
    assert not any(" - " in a for a in police["aliases"])


def test_an_organ_a_state_acts_on_through_its_is_no_entity_of_its_own(analyse):
    r = analyse("Dorvania recalled its ambassador from Kelsk on Monday. Dorvania is rebuilding its army, officials "
                "said.")
    assert entity_with(r, "its army") is None
