"""Markers on sentences written for these tests: novelty and unverified flags, labels, denials."""
from __future__ import annotations

import pytest


def kinds(result, kind):
    return [m for m in result["markers"] if m["kind"] == kind]


def notes(result, kind):
    """A denial, or the outlet's stance on a report, kept on the attribution it is about."""
    return [{**n, "about": a["id"]} for a in result["attributions"] for n in a.get("notes", []) if n["kind"] == kind]


def test_novelty_flag_points_at_the_attribution_carrying_the_claim(analyse):
    r = analyse("Turkey has sold drones to Niger, the newspaper reported. The sale has not been previously reported.")
    (marker,) = kinds(r, "novelty")
    assert marker["span"]["text"] == "The sale has not been previously reported"
    # the sale names no entity that an attribution carries: the note is of the scoop, which the lead tells
    assert marker["about"] == r["attributions"][0]["id"]

    r = analyse("Turkey has sold drones to Niger, the newspaper reported. Turkey's role has not been reported before.")
    (marker,) = kinds(r, "novelty")
    reported = [a for a in r["attributions"] if a["cue"][0]["text"] == "reported"][0]
    assert marker["about"] == reported["id"]


def test_unverified_flag(analyse):
    r = analyse("The video could not be independently verified by the agency.")
    assert [m["span"]["text"] for m in kinds(r, "unverified")] == ["The video could not be independently verified"]


@pytest.mark.parametrize("text, source", [
    ("The brigadier said the depot at Harrowfen had been shelled. A farmer said two barns burned. Kelvin Wire could "
     "not independently verify the brigadier's account.", "The brigadier"),
    ("The Dunlow Sentinel reported that the dam had cracked. An engineer said the spillway was closed. Kelvin Wire "
     "could not independently confirm the Sentinel's report.", "The Dunlow Sentinel"),
    # the words of the possessor name one source among several of its kind: the note is on the report that
    # brought it in, which its later words refer back to
    ("Officials in Harrowfen said the bridge was closed. A senior Dellish officer said the depot had been shelled. "
     "The officer said two trucks burned. A farmer said the road was open. Kelvin Wire could not independently "
     "verify the Dellish officer's account.", "A senior Dellish officer"),
])
def test_an_unverified_note_is_about_the_source_its_object_names(analyse, text, source):
    # the report told last is another source's: the possessor says whose account could not be verified
    r = analyse(text)
    (note,) = notes(r, "unverified")
    speaker = [a for a in r["attributions"] if note["about"] == a["id"]][0]
    assert speaker["source"][0]["text"] == source


def test_label_in_the_outlets_voice(analyse):
    r = analyse("The minister met leaders of the Hamas militant group in Doha.")
    (label,) = kinds(r, "label")
    assert label["span"]["text"] == "militant group"
    assert label["about"] == "Hamas"


def test_words_inside_quotes_are_the_sources_not_a_label(analyse):
    r = analyse("“We will never talk to the Hamas terrorist organization,” the minister said.")
    assert kinds(r, "label") == []


def test_a_plain_description_is_no_label(analyse):
    r = analyse("The minister met leaders of the Hamas political bureau in Doha.")
    assert kinds(r, "label") == []


def test_denial_marks_its_attribution(analyse):
    r = analyse("The ministry denied that its troops had crossed the border.")
    assert kinds(r, "denial") == []  # a source's act on a report is no marker of the outlet's; the golds mark none
    (denial,) = notes(r, "denial")
    assert denial["span"]["text"] == "denied"
    assert denial["about"] == r["attributions"][0]["id"]


def test_previously_flags_novelty_whatever_the_verb(analyse):
    r = analyse("The convoy was seen near Ostra. It had not previously been linked to the smuggling ring.")
    (marker,) = kinds(r, "novelty")
    assert marker["span"]["text"] == "It had not previously been linked to the smuggling ring"


def test_a_novelty_note_naming_nothing_is_about_the_lead(analyse):
    r = analyse("Marrow Shipping has moved six tankers to the port of Cleve, two harbour officials told the Delta "
                "Courier. The port authority said the berths were booked until May. The move was spotted by "
                "traders on Monday, but it had not previously been linked to the fuel shortage.")
    (marker,) = kinds(r, "novelty")
    told = next(a for a in r["attributions"] if a["cue"][0]["text"] == "told")
    assert marker["about"] == told["id"]
    # an unverified note names no scoop: it is about nothing the text does not say
    r = analyse("The port authority said the berths were booked. The figure could not be independently verified.")
    assert [m.get("about") for m in kinds(r, "unverified")] == [None]


def test_first_reported_by_flags_who_broke_the_story(analyse):
    r = analyse("The deal was first reported by the Pine Herald.")
    assert [m["span"]["text"] for m in kinds(r, "novelty")] == ["The deal was first reported by the Pine Herald"]


def test_first_documented_case_flags_novelty(analyse):
    r = analyse("The seizure would be the first documented case of a Kestrian ship carrying arms.")
    (marker,) = kinds(r, "novelty")
    assert marker["span"]["text"].startswith("The seizure would be the first documented case")


def test_an_act_first_of_any_kind_to_be_done_so_flags_novelty(analyse):
    r = analyse("Gunmen raided the port of Varnel on Monday, officials said. The raid was the first major attack on "
                "the port to be claimed by an armed group.")
    spans = [m["span"]["text"] for m in r["markers"] if m["kind"] == "novelty"]
    assert spans == ["The raid was the first major attack on the port to be claimed by an armed group"]


def test_the_first_step_of_a_series_is_no_novelty_flag(analyse):
    r = analyse("The truce is the first step to end the war in Orsk, the envoy said.")
    assert not [m for m in r["markers"] if m["kind"] == "novelty"]


def test_a_party_first_to_do_something_is_no_novelty_flag(analyse):
    r = analyse("Orla Venn won the Tessel seat on Sunday. She became the first woman to win it. Dunmar was the "
                "first province to hold the vote.")
    assert not [m for m in r["markers"] if m["kind"] == "novelty"]


def test_appositive_description_of_a_group_is_a_label(analyse):
    r = analyse("The Osk Rescue Corps, a volunteer relief service, said the road was closed.")
    (label,) = kinds(r, "label")
    assert label["span"]["text"] == "a volunteer relief service"


def test_a_title_in_apposition_is_no_label(analyse):
    r = analyse("The group's spokesman, Teodor Quarrie, said the road was closed.")
    assert kinds(r, "label") == []


def test_an_evaluative_description_of_a_person_is_a_label_and_a_plain_one_is_not(analyse):
    r = analyse("The ship belongs to Pavel Orsk, the sanctioned businessman, officials said.")
    assert [m["span"]["text"] for m in kinds(r, "label")] == ["the sanctioned businessman"]
    r = analyse("The ship belongs to Pavel Orsk, a local businessman, officials said.")
    assert kinds(r, "label") == []


def test_a_label_in_the_voice_of_the_one_who_calls(analyse):
    r = analyse("Kestria has fought the Ardent Front, which it calls a terrorist organisation, since 2019.")
    assert [m["span"]["text"] for m in kinds(r, "label")] == ["a terrorist organisation"]


def test_novelty_without_a_named_subject_is_about_the_attribution_with_its_words(analyse):
    r = analyse("Rival engineers said the company had tested a new battery in secret, the Coastal Ledger reported. "
                "The testing programme has not been previously reported.")
    (novelty,) = [m for m in r["markers"] if m["kind"] == "novelty"]
    said = next(a for a in r["attributions"] if a["cue"][0]["text"] == "said")
    assert novelty["about"] == said["id"]


def test_false_report_marks_its_attribution(analyse):
    r = analyse("Senator Ilse Varro wrongly said the bridge at Tolvic had collapsed.")
    (marker,) = notes(r, "false")
    assert marker["span"]["text"] == "wrongly"
    said = [a for a in r["attributions"] if "said" in a["cue"][-1]["text"]][0]
    assert marker["about"] == said["id"]


def test_false_report_by_a_parenthetical_adverb(analyse):
    r = analyse("The council baselessly asserted that the contractor had bribed two inspectors.")
    assert [m["span"]["text"] for m in notes(r, "false")] == ["baselessly"]


def test_unsupported_report_and_no_claim_of_providing(analyse):
    r = analyse("Valdric officials said, without providing evidence, that the warehouse had been used to store "
                "rockets.")
    (marker,) = notes(r, "unsupported")
    assert marker["span"]["text"] == "without providing evidence"
    assert marker["about"] == r["attributions"][0]["id"]
    # the remark on the report is no claim in the article's voice
    assert not [c for c in r["claims"] if c["trigger"]["text"] == "providing"]
    used = [c for c in r["claims"] if c["trigger"]["text"] == "used"][0]
    assert used["attribution"] == r["attributions"][0]["id"] and used["certainty"]["value"] == 3


def test_claimed_without_evidence_keeps_the_claims_certainty(analyse):
    r = analyse("The mayor, Oren Falk, claimed without evidence that the ballots were forged.")
    assert [m["span"]["text"] for m in notes(r, "unsupported")] == ["without evidence"]
    forged = [c for c in r["claims"] if c["trigger"]["text"] == "forged"][0]
    assert forged["certainty"]["value"] == 3


def test_a_plain_report_has_no_stance_marker(analyse):
    r = analyse("Senator Ilse Varro said the bridge at Tolvic had collapsed after the storm.")
    assert kinds(r, "false") == [] and kinds(r, "unsupported") == []


def test_an_adverb_on_the_reported_act_is_not_the_outlets_stance(analyse):
    # 'wrongly' judges the detention, inside what the lawyer says
    r = analyse("The lawyer said her client had been wrongly detained in Tolvic.")
    assert kinds(r, "false") == []


@pytest.mark.parametrize("text, kind", [
    ("Those raids were never officially confirmed.", "unverified"),
    ("The death toll has not been confirmed.", "unverified"),
    ("The sale has not been publicly confirmed.", "novelty"),
    ("The sale has not been previously reported.", "novelty"),
])
def test_an_unconfirmed_claim_is_unverified_and_an_unpublished_one_is_new(analyse, text, kind):
    assert [m["kind"] for m in analyse(text)["markers"]] == [kind]


def test_an_act_first_since_a_time_flags_novelty_with_the_span_it_counts_over(analyse):
    r = analyse("Dovria freed four fishermen on Friday. It was the first prisoner release by Dovria since the two "
                "states broke off talks in 2020.")
    spans = [m["span"]["text"] for m in kinds(r, "novelty")]
    assert spans == ["It was the first prisoner release by Dovria since the two states broke off talks in 2020"]


def test_a_person_first_since_a_time_is_no_novelty_flag(analyse):
    r = analyse("Mara Tol won the Ostel seat. She was the first woman since 1990 to hold it. The mayor was the first "
                "candidate since the war to run unopposed.")
    assert kinds(r, "novelty") == []


def test_a_bare_kind_of_body_in_apposition_is_a_label_and_a_bare_group_is_not(analyse):
    r = analyse("The Pale Hand, a militia that controls the town of Orvel, said it would free them. The Tessel "
                "Relief Fund, the charity that employed them, was not told. The Orsk Circle, a group based in Vell, "
                "declined to comment.")
    assert [m["span"]["text"] for m in kinds(r, "label")] == ["a militia", "the charity"]


def test_the_first_standing_for_its_noun_flags_novelty(analyse):
    r = analyse("Dovria freed four fishermen. Such a swap would be the first between Dovria and the group since the "
                "truce of 2019.")
    spans = [m["span"]["text"] for m in kinds(r, "novelty")]
    assert spans == ["Such a swap would be the first between Dovria and the group since the truce of 2019"]


def test_an_outlet_that_could_not_verify_notes_the_report_told_before(analyse):
    r = analyse("The Vell civil defence put the death toll at 22. Orison Wire could not independently verify either "
                "figure.")
    assert kinds(r, "unverified") == []
    (note,) = notes(r, "unverified")
    assert note["span"]["text"] == "Orison Wire could not independently verify"
    assert note["about"] == r["attributions"][0]["id"]


def test_a_description_set_before_the_name_it_labels_is_a_label_and_a_related_body_is_not(analyse):
    r = analyse("The tanker was seized in March, the region's biggest weekly, the Vell Courier, reported on Friday.")
    labels = kinds(r, "label")
    assert [(m["span"]["text"], m["about"]) for m in labels] == [("the region's biggest weekly", "Vell Courier")]
    r = analyse("Osk's parent company, Velmar Holdings, said nothing about the sale.")
    assert kinds(r, "label") == []


def test_a_bare_group_described_by_a_relative_clause_is_a_label(analyse):
    r = analyse("Tarnhold, a group that monitors arms sales with public records, said the shipment left in May.")
    assert [m["span"]["text"] for m in kinds(r, "label")] == ["a group that monitors arms sales with public records"]
    r = analyse("Tarnhold, the group that found the shipment, declined to comment.")
    assert kinds(r, "label") == []


def test_it_ranked_the_first_act_of_its_kind_flags_novelty_about_the_lead(analyse):
    r = analyse("Osk fired a new rocket on Monday, the army said. It was the first launch of the rocket, which was "
                "shown in May.")
    (flag,) = kinds(r, "novelty")
    assert flag["span"]["text"].startswith("It was the first launch of the rocket")
    assert flag["about"] == r["attributions"][0]["id"]
    r = analyse("Osk fired a new rocket on Monday, the army said. It was the first rocket it built.")
    assert kinds(r, "novelty") == []


@pytest.mark.parametrize("text", [
    "The Salt Hill Front, which Tavrenia and several of its neighbours list as a terrorist organisation, has fought "
    "in the hills since 2015.",
    "Two days later the Salt Hill Front, an armed group that Tavrenia's government lists as a terrorist "
    "organisation, said it held the men.",
])
def test_a_label_given_by_listing_in_a_relative_clause(analyse, text):
    # the tagger takes "list(s)" after a noun subject for a noun; the words still say who is listed as what
    r = analyse(text)
    assert ("a terrorist organisation", "Salt Hill Front") in {(m["span"]["text"], m.get("about"))
                                                                for m in kinds(r, "label")}


def test_a_first_hanging_on_a_reports_truth_flags_novelty_whoever_is_ranked(analyse):
    r = analyse("Unknown gunmen fired on the car of Justice Minister Pell Varo on Sunday, the police agency said. If "
                "the agency's account is accurate, Varo is the first serving minister to be targeted in Osterland "
                "since its war ended in 2004.")
    (flag,) = kinds(r, "novelty")
    assert flag["span"]["text"].startswith("If the agency's account is accurate, Varo is the first")


def test_a_first_hanging_on_an_act_to_come_is_no_novelty_flag(analyse):
    r = analyse("If she wins, Ada Renn will be the first woman to lead the party.")
    assert not kinds(r, "novelty")


def test_a_first_hanging_on_a_report_being_true_flags_novelty(analyse):
    r = analyse("Gunmen fired on the car of Judge Emil Varo on Friday, a local official said. If the official's "
                "account is true, Varo is the first judge to be attacked in Tessel.")
    assert kinds(r, "novelty")


@pytest.mark.parametrize("text", [
    "If confirmed by the Senate, Ilse Varo would be the first woman to lead the Kestwyn defence ministry.",
    "If the Senate confirms her, Ilse Varo would be the first woman to lead the Kestwyn defence ministry."])
def test_a_first_hanging_on_an_appointment_being_confirmed_is_no_novelty_flag(analyse, text):
    # confirmed by a body, or a person confirmed: an appointment to come, not a report's truth
    assert not kinds(analyse(text), "novelty")
