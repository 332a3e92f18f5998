"""Kinds and back-references of sources: a state's services, a paper's descriptor read as an adjective, a body's
staff by possession, a name's last word after 'the', a body placed by a name, a pronoun after one unnamed speaker."""
from __future__ import annotations


def by_source(r, source_text):
    return [a for a in r["attributions"] if a["source"] and a["source"][0]["text"] == source_text]


def kind_of(r, source_text):
    return by_source(r, source_text)[0]["source_kind"]


def test_a_state_security_service_is_a_government_body(analyse):
    r = analyse("The Harl Frontier Security Service said on Monday that two smugglers had been caught near Osk.")
    assert kind_of(r, "The Harl Frontier Security Service") == "government"


def test_a_country_s_intelligence_service_is_a_government_body(analyse):
    r = analyse("Velmar's intelligence service said the courier had been paid in gold.")
    assert kind_of(r, "Velmar's intelligence service") == "government"


def test_a_service_without_a_state_word_stays_an_organisation(analyse):
    r = analyse("The Brisk Ferry Service said the crossing would reopen on Friday.")
    assert kind_of(r, "The Brisk Ferry Service") == "organization"


def test_a_daily_read_as_an_adjective_still_makes_an_outlet(analyse):
    r = analyse("Grain prices rose sharply in Tolvik, the Ambery Lantern, a daily close to the farmers' union, "
                "reported on Sunday.")
    found = [a for a in r["attributions"] if a["source"] and a["source"][0]["text"].startswith("the Ambery Lantern")]
    assert found and found[0]["source_kind"] == "outlet"


def test_a_firm_s_analysts_speak_for_the_firm(analyse):
    r = analyse("Marrow Fields, a freight tracker, follows the barges. The firm's analysts said they had counted "
                "twelve barges near Pell.")
    assert kind_of(r, "The firm's analysts") == "organization"


def test_a_senator_s_advisers_stay_unnamed_people(analyse):
    r = analyse("The senator's advisers said they had counted twelve barges near Pell.")
    assert kind_of(r, "The senator's advisers") == "anonymous"


def test_the_last_word_of_a_service_s_name_goes_back_to_it(analyse):
    r = analyse("The clerk was arrested in Pell, the Orlan Border Guard Service said. The Service said he had "
                "taken bribes since May.")
    first = by_source(r, "the Orlan Border Guard Service")[0]
    again = by_source(r, "The Service")[0]
    assert again["refers_to"] == first["id"]
    assert again["source_kind"] == first["source_kind"]


def test_the_last_word_of_a_network_s_name_keeps_its_kind(analyse):
    r = analyse("At least nine people died in the floods, said the Tarrow Relief Network, a charity. The network "
                "said its volunteers had reached two villages.")
    first = by_source(r, "the Tarrow Relief Network")[0]
    again = by_source(r, "The network")[0]
    assert again["refers_to"] == first["id"]
    assert again["source_kind"] == "organization"


def test_a_government_placed_by_another_name_is_another_government(analyse):
    r = analyse("Valmark's government blamed Osterland for the collapse of the talks. The government in Brisk, "
                "which has warned that it would never cede the valley, rejected that account and accused Valmark "
                "of stalling.")
    assert all(a["refers_to"] is None for a in by_source(r, "The government in Brisk"))


def test_she_after_one_unnamed_speaker_is_that_speaker(analyse):
    r = analyse("The ferry crossing will stay closed until Monday, a harbour pilot said. She urged travellers "
                "not to wait at the quay.")
    pilot = by_source(r, "a harbour pilot")[0]
    she = by_source(r, "She")[0]
    assert she["refers_to"] == pilot["id"]
    assert she["source_kind"] == "anonymous" and she["source_count"] == 1


def test_an_apposition_of_the_subject_after_according_to_is_no_kind_of_the_source(analyse):
    r = analyse("According to the Harl Gazette, the company, a shipping group based in Osk, paid the fine last week.")
    assert kind_of(r, "the Harl Gazette") == "outlet"


def test_asking_not_to_be_named_in_a_clause_of_its_own_attributes_nothing(analyse):
    r = analyse("Two nurses at the Varn clinic said they had treated eleven miners for burns. Both asked not to be "
                "named for fear of losing their jobs.")
    assert not [a for a in r["attributions"] if a["cue"] and a["cue"][0]["text"] == "asked"]
    assert [a for a in r["attributions"] if a["cue"] and a["cue"][0]["text"] == "said"]


def test_a_relative_clause_holding_a_report_stays_out_of_the_source_as_written(analyse):
    r = analyse("Mr. Tolvan, who has argued that the levy is unfair, said the council would vote on Friday.")
    (said,) = [a for a in r["attributions"] if a["cue"][0]["text"] == "said"]
    written = said.get("evidence", {}).get("source_as_written") or said["source"]
    assert [s["text"] for s in written] == ["Mr. Tolvan"]


def test_a_relative_clause_without_a_report_stays_in_the_source_as_written(analyse):
    r = analyse("Mr. Tolvan, who chairs the harbour board, said the council would vote on Friday.")
    (said,) = [a for a in r["attributions"] if a["cue"][0]["text"] == "said"]
    assert [s["text"] for s in said["evidence"]["source_as_written"]] == ["Mr. Tolvan, who chairs the harbour board,"]


def test_a_trailing_relative_clause_holding_another_report_leaves_the_content(analyse):
    r = analyse("The mayor attacked the other candidates for accepting gifts from builders, which she said were "
                "paid for with favours.")
    (attacked,) = [a for a in r["attributions"] if a["cue"][0]["text"] == "attacked"]
    written = attacked["evidence"]["content_as_written"]
    assert [s["text"] for s in written] == ["the other candidates for accepting gifts from builders"]


def test_a_trailing_relative_clause_without_a_report_stays_in_the_content(analyse):
    r = analyse("The mayor attacked the other candidates for accepting gifts from builders, which were paid for "
                "with favours.")
    (attacked,) = [a for a in r["attributions"] if a["cue"][0]["text"] == "attacked"]
    assert attacked["content"][-1]["text"].endswith("which were paid for with favours")


def test_a_report_joined_to_the_relative_clause_s_verb_leaves_the_clause_in_the_content(analyse):
    r = analyse("The aide said the candidate was headed to the venue to give interviews, which she was doing when "
                "police located her and told her to leave.")
    (said,) = [a for a in r["attributions"] if a["cue"][0]["text"] == "said"]
    assert said["content"][-1]["text"].endswith("which she was doing when police located her and told her to leave")


def test_a_name_in_a_clause_on_another_source_is_not_the_name_ended_again(analyse):
    r = analyse("The arrest of two Tarrow clerks, first reported by the Ostel Courier, drew a protest outside the "
                "court.\n\nThe Courier said the clerks had sold passports.")
    first = by_source(r, "the Ostel Courier")[0]
    again = by_source(r, "The Courier")[0]
    assert again["refers_to"] == first["id"]
    assert again["source_kind"] == "outlet"
