"""Events on sentences written for these tests: PLOVER types, roles, control, light verbs, merged mentions."""
from __future__ import annotations

import pytest

from tests.conftest import event


def test_transfer_with_recipient_and_equipment(analyse):
    r = analyse("Iran supplied the Houthis with Shahed-136 drones last year.")
    e = event(r, "supplied")
    assert e["type"] == "AID" and e.get("mode") == "military"
    assert e["roles"]["actor"] == "Iran"
    assert "Houthi" in e["roles"]["recipient"]
    assert "Shahed" in e["roles"]["equipment"]


def test_transfer_to_a_recipient(analyse):
    r = analyse("Germany delivered IRIS-T air defence systems to Ukraine in October.")
    e = event(r, "delivered")
    assert e["roles"]["actor"] == "Germany"
    assert e["roles"]["recipient"] == "Ukraine"


def test_an_amount_of_aid_is_for_the_party_named_after_it(analyse):
    # "provide 20 million dollars of aid for X": the parse hangs the for-phrase on the amount, not on the aid
    r = analyse("Japan agreed on Friday to provide about 20 million dollars of aid for Sri Lanka and Nepal.")
    assert event(r, "provide")["roles"].get("recipient") == "Sri Lanka"
    # a for-phrase that names no party is no recipient
    r = analyse("Japan agreed on Friday to provide about 20 million dollars of aid for three years.")
    assert "recipient" not in event(r, "provide")["roles"]


def test_control_verb_passes_its_subject_down(analyse):
    r = analyse("Turkey agreed to sell Bayraktar TB2 drones to Poland.")
    agree, sell = event(r, "agreed"), event(r, "sell")
    assert agree["type"] == "AGREE" and sell["type"] == "AID"
    assert sell["roles"]["actor"] == "Turkey"
    assert agree["about"] == sell["id"]
    assert agree["roles"].get("recipient") == "Poland"


def test_light_verb_passes_its_subject_to_the_event_noun(analyse):
    r = analyse("Hamas has been tasked with carrying out the transfer of the rockets.")
    e = event(r, "transfer")
    assert e["roles"]["actor"] == "Hamas"


def test_doer_is_not_taken_from_outside_a_prepositional_phrase(analyse):
    r = analyse("Russia had little influence over the decision to sell the drones to Iran.")
    e = event(r, "sell")
    assert e["roles"].get("actor") != "Russia"


def test_death_of_a_person_with_its_time(analyse):
    r = analyse("Since the death of Hamas leader Ismail Haniyeh in July, the group has chosen a successor.",
                published="2024-09-10")
    e = event(r, "death")
    assert e["type"] == "DEATH"
    assert e["roles"]["actor"] == "Ismail Haniyeh"
    time = [t for t in r["times"] if t["id"] == e["roles"]["time"]][0]
    assert time["value"] == "2024-07"


def test_hostile_event_has_a_target(analyse):
    r = analyse("Israel launched an attack on Hezbollah in southern Lebanon.")
    e = event(r, "attack")
    assert e["type"] == "ASSAULT"
    assert e["roles"]["actor"] == "Israel"
    assert e["roles"]["target"] == "Hezbollah"


def test_later_mention_without_a_doer_is_the_same_event(analyse):
    r = analyse("The Wagner Group delivered an S-300 system to Syria. It is unclear when the delivery was completed.")
    deliveries = [e for e in r["events"] if e["type"] == "AID"]
    assert len(deliveries) == 1
    assert [m["text"] for m in deliveries[0]["mentions"]] == ["delivery"]


def test_a_further_act_is_not_a_mention_of_the_one_told_before(analyse):
    r = analyse("About 2,000 residents were evacuated from the valley on Sunday. \"We cannot rule out further "
                "evacuations,\" the fire chief said.")
    evacuations = [e for e in r["events"] if e["trigger"]["text"].startswith("evacuat")]
    assert [e["trigger"]["text"] for e in evacuations] == ["evacuated", "evacuations"]
    assert all(e["mentions"] == [] for e in evacuations)


def test_events_carry_the_certainty_of_their_clause(analyse):
    r = analyse("Officials said Iran may send more drones to Russia.")
    e = event(r, "send")
    assert e["certainty"]["value"] == 1
    assert e["attribution"] is not None


# -- rules on hand-built parses: the rule is tested, not the statistical parser ---------------------------------

def tag(words, heads, deps, pos, lemmas=None):
    """Run the event tagger alone on a hand-built parse; returns (events, doc)."""
    import spacy
    from spacy.tokens import Doc

    from claimgraph.nlp.events import EventTagger
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
              lemmas=lemmas or [w.lower() for w in words])
    tagger = EventTagger()
    return tagger(doc)._.cg_events, doc


def only(events, trigger):
    found = [e for e in events if e.trigger.text == trigger]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in events]
    return found[0]


def test_verb_particle_object_pattern_and_party_of_the_object():
    events, _ = tag(["Britain", "broke", "off", "relations", "with", "Iran", "."],
                    [1, 1, 1, 1, 3, 4, 1], ["nsubj", "ROOT", "prt", "dobj", "prep", "pobj", "punct"],
                    ["PROPN", "VERB", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"],
                    ["Britain", "break", "off", "relation", "with", "Iran", "."])
    e = only(events, "broke off")
    assert e.type == "SANCTION"
    assert e.role_spans["actor"].text == "Britain" and e.role_spans["target"].text == "Iran"


def test_same_verb_without_the_pattern_object_is_no_sanction():
    events, _ = tag(["Britain", "broke", "the", "record", "."], [1, 1, 3, 1, 1],
                    ["nsubj", "ROOT", "det", "dobj", "punct"], ["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                    ["Britain", "break", "the", "record", "."])
    assert events == []


def test_pattern_object_is_not_an_event_of_its_own_and_intent_makes_a_threat():
    events, _ = tag(["Iran", "would", "impose", "a", "curfew", "."], [2, 2, 2, 4, 2, 2],
                    ["nsubj", "aux", "ROOT", "det", "dobj", "punct"], ["PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT"])
    assert [(e.type, e.trigger.text) for e in events] == [("THREATEN", "impose")]


def test_lifting_a_curfew_concedes_and_lifting_an_embargo_retreats():
    curfew, _ = tag(["Serbia", "lifted", "the", "curfew", "."], [1, 1, 3, 1, 1],
                    ["nsubj", "ROOT", "det", "dobj", "punct"], ["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                    ["Serbia", "lift", "the", "curfew", "."])
    embargo, _ = tag(["Serbia", "lifted", "the", "embargo", "."], [1, 1, 3, 1, 1],
                     ["nsubj", "ROOT", "det", "dobj", "punct"], ["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                     ["Serbia", "lift", "the", "embargo", "."])
    assert [e.type for e in curfew] == ["CONCEDE"]
    assert [e.type for e in embargo] == ["RETREAT"]


def test_announced_cooperation_is_an_agreement():
    events, _ = tag(["Syria", "will", "withdraw", "its", "troops", "."], [2, 2, 2, 4, 2, 2],
                    ["nsubj", "aux", "ROOT", "poss", "dobj", "punct"],
                    ["PROPN", "AUX", "VERB", "PRON", "NOUN", "PUNCT"])
    assert only(events, "withdraw").type == "AGREE"


def test_withdrawal_done_stays_a_retreat():
    events, _ = tag(["Syria", "withdrew", "its", "troops", "."], [1, 1, 3, 1, 1],
                    ["nsubj", "ROOT", "poss", "dobj", "punct"], ["PROPN", "VERB", "PRON", "NOUN", "PUNCT"],
                    ["Syria", "withdraw", "its", "troop", "."])
    assert only(events, "withdrew").type == "RETREAT"


def test_announced_refusal_is_a_rejection():
    events, _ = tag(["Syria", "will", "not", "accept", "refugees", "."], [3, 3, 3, 3, 3, 3],
                    ["nsubj", "aux", "neg", "ROOT", "dobj", "punct"], ["PROPN", "AUX", "PART", "VERB", "NOUN", "PUNCT"])
    assert only(events, "accept").type == "REJECT"


def test_readiness_adjective_passes_its_subject_and_marks_intent():
    events, _ = tag(["France", "is", "ready", "to", "contribute", "troops", "."], [1, 1, 1, 4, 2, 4, 1],
                    ["nsubj", "ROOT", "acomp", "aux", "xcomp", "dobj", "punct"],
                    ["PROPN", "AUX", "ADJ", "PART", "VERB", "NOUN", "PUNCT"])
    e = only(events, "contribute")
    assert e.type == "AGREE" and e.role_spans["actor"].text == "France"


def test_conditional_hostile_act_is_a_threat():
    words = ["Nigeria", "will", "expel", "the", "inspectors", "unless", "Chad", "complies", "."]
    events, _ = tag(words, [2, 2, 2, 4, 2, 7, 7, 2, 2],
                    ["nsubj", "aux", "ROOT", "det", "dobj", "mark", "nsubj", "advcl", "punct"],
                    ["PROPN", "AUX", "VERB", "DET", "NOUN", "SCONJ", "PROPN", "VERB", "PUNCT"],
                    ["Nigeria", "will", "expel", "the", "inspector", "unless", "Chad", "comply", "."])
    assert only(events, "expel").type == "THREATEN"


def test_reported_must_is_a_demand_on_the_subject():
    words = ["Russia", "said", "that", "Sudan", "must", "return", "the", "helicopter", "."]
    events, _ = tag(words, [1, 1, 5, 5, 5, 1, 7, 5, 1],
                    ["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "det", "dobj", "punct"],
                    ["PROPN", "VERB", "SCONJ", "PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT"])
    e = only(events, "return")
    assert e.type == "DEMAND"
    assert e.role_spans["actor"].text == "Russia" and e.role_spans["target"].text == "Sudan"


def test_killing_by_armed_forces_is_conventional_force():
    def killing(subject):
        events, _ = tag([subject, "killed", "five", "civilians", "."], [1, 1, 3, 1, 1],
                        ["nsubj", "ROOT", "nummod", "dobj", "punct"], ["NOUN", "VERB", "NUM", "NOUN", "PUNCT"],
                        [subject.lower(), "kill", "five", "civilian", "."])
        return only(events, "killed").type
    assert killing("troops") == "FIGHT"
    assert killing("gunmen") == "ASSAULT"


def test_collective_subject_gives_its_members_as_actor():
    words = ["A", "group", "of", "diplomats", "met", "the", "minister", "."]
    events, _ = tag(words, [1, 4, 1, 2, 4, 6, 4, 4],
                    ["det", "nsubj", "prep", "pobj", "ROOT", "det", "dobj", "punct"],
                    ["DET", "NOUN", "ADP", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                    ["a", "group", "of", "diplomat", "meet", "the", "minister", "."])
    assert only(events, "met").role_spans["actor"].text == "diplomats"


def test_reported_pronoun_subject_is_the_reporter():
    words = ["Iraq", "said", "it", "would", "release", "the", "prisoners", "."]
    events, _ = tag(words, [1, 1, 4, 4, 1, 6, 4, 1],
                    ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "det", "dobj", "punct"],
                    ["PROPN", "VERB", "PRON", "AUX", "VERB", "DET", "NOUN", "PUNCT"])
    e = only(events, "release")
    assert e.type == "AGREE" and e.role_spans["actor"].text == "Iraq"


def test_compound_named_act_hunger_strike_through_a_light_verb():
    words = ["Prisoners", "began", "a", "hunger", "strike", "."]
    events, _ = tag(words, [1, 1, 4, 4, 1, 1], ["nsubj", "ROOT", "det", "compound", "dobj", "punct"],
                    ["NOUN", "VERB", "DET", "NOUN", "NOUN", "PUNCT"],
                    ["prisoner", "begin", "a", "hunger", "strike", "."])
    e = only(events, "strike")
    assert e.type == "PROTEST" and e.mode == "strike-hun"
    assert e.role_spans["actor"].text == "Prisoners"


def test_possessive_pronoun_on_a_light_verb_object_leaves_the_doer_to_the_subject():
    words = ["The", "envoys", "held", "their", "first", "meeting", "."]
    events, _ = tag(words, [1, 2, 2, 5, 5, 2, 2], ["det", "nsubj", "ROOT", "poss", "amod", "dobj", "punct"],
                    ["DET", "NOUN", "VERB", "PRON", "ADJ", "NOUN", "PUNCT"],
                    ["the", "envoy", "hold", "their", "first", "meeting", "."])
    assert only(events, "meeting").role_spans["actor"].text == "envoys"


# -- end to end: roles of the other party --------------------------------------------------------------------

def test_apology_to_a_state_names_it_as_recipient(analyse):
    e = event(analyse("Argentina apologized to Brazil for the incident."), "apologized")
    assert e["type"] == "SUPPORT" and e["roles"]["recipient"] == "Brazil"


def test_owner_of_a_rejected_request_is_the_other_party(analyse):
    e = event(analyse("Yemen rejected a Saudi request to extradite the suspects."), "rejected")
    assert e["type"] == "REJECT"
    assert "Saudi" in e["role_mentions"]["target"]["text"]


def test_a_date_is_never_a_target(analyse):
    e = event(analyse("Gunmen attacked a checkpoint on Monday."), "attacked")
    assert "Monday" not in e.get("role_mentions", {}).get("target", {}).get("text", "")


def test_curfew_in_a_city_targets_the_city(analyse):
    e = event(analyse("Police imposed a curfew in Baghdad after the riots."), "imposed")
    assert e["type"] == "COERCE" and e["roles"]["target"] == "Baghdad"


def test_nominalised_suspension_announced_by_a_state(analyse):
    r = analyse("Italy announced a suspension of air links with Serbia on Wednesday.")
    e = event(r, "suspension")
    assert e["type"] == "SANCTION"
    assert e["roles"]["actor"] == "Italy" and e["roles"]["target"] == "Serbia"


def test_nominalised_withdrawal_of_troops_from_a_place(analyse):
    e = event(analyse("Syria completed the withdrawal of its troops from Lebanon."), "withdrawal")
    assert e["type"] == "RETREAT" and e["roles"]["actor"] == "Syria"


def test_refused_request_is_the_main_event_of_the_sentence(analyse):
    r = analyse("Pakistan has refused to deploy peacekeepers in Iraq.")
    refuse = event(r, "refused")
    assert refuse["type"] == "REJECT"
    # the deployment refused is the refusal's content, no act of its own (PLOVER GSR codes this record REJECT alone)
    assert [e["trigger"]["text"] for e in r["events"]] == ["refused"]


def test_failing_to_reach_an_agreement_rejects_it():
    words = ["Serbia", "failed", "to", "reach", "an", "agreement", "."]
    events, _ = tag(words, [1, 1, 3, 1, 5, 3, 1], ["nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "punct"],
                    ["PROPN", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT"],
                    ["Serbia", "fail", "to", "reach", "an", "agreement", "."])
    e = only(events, "agreement")
    assert e.type == "REJECT" and e.role_spans["actor"].text == "Serbia"


def test_defying_a_ban_is_a_rejection_not_a_ban():
    words = ["The", "newspaper", "violated", "the", "ban", "."]
    events, _ = tag(words, [1, 2, 2, 4, 2, 2], ["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                    ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"], ["the", "newspaper", "violate", "the", "ban", "."])
    assert [(e.type, e.trigger.text) for e in events] == [("REJECT", "violated")]


def test_receiving_observers_allows_international_involvement():
    words = ["Kyrgyzstan", "received", "the", "observers", "."]
    events, _ = tag(words, [1, 1, 3, 1, 1], ["nsubj", "ROOT", "det", "dobj", "punct"],
                    ["PROPN", "VERB", "DET", "NOUN", "PUNCT"], ["Kyrgyzstan", "receive", "the", "observer", "."])
    assert [e.type for e in events] == ["RETREAT"]


def test_every_phrase_pattern_names_its_codebook_class():
    from claimgraph.lexicon import load
    data = load("event_triggers.yaml")
    types = set(data["types"])
    for entry in data["phrases"]["entries"]:
        assert entry["type"] in types and "CAMEO" in entry["source"], entry
    for name, spec in data["types"].items():
        assert spec["source"], name


def test_recipient_is_carried_to_a_later_delivery_of_the_same_equipment(analyse):
    r = analyse("Iran agreed to supply Shahed-136 drones to the Houthis. "
                "The IRGC has been tasked with carrying out the delivery of the drones.")
    e = event(r, "delivery")
    assert e["roles"]["actor"] == "Islamic Revolutionary Guard Corps"
    assert e["roles"]["equipment"] == "Shahed-136" and e["roles"]["recipient"] == "Houthis"


def test_a_delivery_of_other_equipment_gets_no_recipient_carried(analyse):
    r = analyse("Iran agreed to supply Shahed-136 drones to the Houthis. "
                "The IRGC has been tasked with carrying out the delivery of the Fateh-110 missiles.")
    assert "recipient" not in event(r, "delivery")["roles"]


# -- constructions of unseen articles: triggers, types and modes ---------------------------------------------------

def types_of(result):
    return [(e["type"], e["trigger"]["text"]) for e in result["events"]]


def test_a_phrasal_verb_trigger_keeps_its_particle(analyse):
    r = analyse("Officials said the rifles had been handed over to the Osk militia.")
    assert ("AID", "handed over") in types_of(r)


def test_a_performing_verb_with_the_act_as_passive_subject_states_the_act(analyse):
    r = analyse("Investigators said the raid was carried out by Lorian commandos.")
    e = event(r, "carried out")
    assert e["type"] in {"ASSAULT", "FIGHT"} and "commandos" in e["roles"]["actor"]


def test_a_drone_as_subject_is_the_means_and_sets_the_mode(analyse):
    r = analyse("A drone struck a school in the village of Pereth on Monday.")
    e = event(r, "struck")
    assert e["type"] == "ASSAULT" and e["mode"] == "drone"
    assert "actor" not in e["roles"] and e["roles"]["location"] == "Pereth"


def test_training_fighters_of_a_group_is_military_aid_to_the_group(analyse):
    r = analyse("Norwal has begun training pilots from the Ardent Front.")
    e = event(r, "training")
    assert e["type"] == "AID" and e["mode"] == "military" and e["roles"]["recipient"] == "Ardent Front"


def test_massing_troops_on_a_border_mobilises_against_the_neighbour(analyse):
    r = analyse("Kestria has massed troops on its border with Olbrand.")
    e = event(r, "massed")
    assert (e["type"], e["mode"]) == ("MOBILIZE", "troops") and e["roles"]["recipient"] == "Olbrand"


def test_single_country_exercises_mobilise_and_joint_ones_cooperate(analyse):
    r = analyse("Sarvia began naval exercises off its southern coast.")
    assert event(r, "exercises")["type"] == "MOBILIZE"
    r = analyse("Sarvia and Dorm began joint exercises off the southern coast.")
    assert event(r, "exercises")["type"] == "COOPERATE"


def test_reserves_put_on_standby_mobilise(analyse):
    r = analyse("The cabinet put the army reserves on standby.")
    assert ("MOBILIZE", "put") in types_of(r)


def test_sharing_evidence_is_intelligence_cooperation(analyse):
    r = analyse("Lorian officials shared their evidence with Dorm.")
    e = event(r, "shared")
    assert (e["type"], e["mode"]) == ("COOPERATE", "intelligence")


def test_armed_forces_destroying_a_depot_is_an_assault(analyse):
    r = analyse("The ministry said its forces had destroyed an ammunition depot.")
    e = event(r, "destroyed")
    assert (e["type"], e["mode"]) == ("ASSAULT", "destroy")


def test_vowing_force_is_a_threat(analyse):
    r = analyse("The general vowed to crush the rebels by summer.")
    assert event(r, "vowed")["type"] == "THREATEN"


def test_receiving_weapons_is_aid_told_from_the_recipient(analyse):
    r = analyse("The Ardent Front received rifles from Norwal.")
    e = event(r, "received")
    assert e["type"] == "AID" and e["roles"]["actor"] == "Norwal"
    assert e["roles"]["recipient"].lower().removeprefix("the ") == "ardent front"  # as the gold scorer compares


def test_the_accused_is_the_doer_of_the_act_charged(analyse):
    r = analyse("Kestria accuses Norwal of arming the rebels.")
    e = event(r, "arming")
    assert e["type"] == "AID" and e["roles"]["actor"] == "Norwal"


@pytest.mark.parametrize("text, word", [
    ("The ministry declined to comment on the matter.", "declined"),          # a statement, not a rejection
    ("Residents said there had been no fighting in the valley.", "fighting"),  # none happened
    ("Five people were killed when a rocket struck a bus station.", "killed"),  # the casualties of the strike
    ("The army denied shelling the town.", "denied"),                         # a denial of a deed, no act
    ("Two people familiar with the negotiations spoke to reporters.", "negotiations"),  # describes a source
    ("The convoy could be meant to pressure the council.", "pressure"),       # a purpose, not an act
])
def test_words_that_state_no_event(analyse, text, word):
    assert word not in [t for _, t in types_of(analyse(text))]


def test_coordinated_acts_share_the_time_of_the_first(analyse):
    r = analyse("Anna Lund condemned the raid on Tuesday and called for an inquiry.")
    times = {t["id"]: t["value"] for t in r["times"]}
    assert times[event(r, "called for")["roles"]["time"]] == "2024-03-12"


def test_a_length_counted_to_another_act_dates_that_act_not_the_clause_it_hangs_on(analyse):
    # "after the army shelled": the signal marks the shelling's clause, which the counted time dates
    r = analyse("Rebels attacked the base three days after the army shelled the village.")
    times = {t["id"]: t["value"] for t in r["times"]}
    assert times[event(r, "shelled")["roles"]["time"]] == "2024-03-11"
    # "before the election": a preposition on the detention's clause; the time is the election's, not the arrest's
    for text in ("Police detained the opposition leader a week before the presidential election.",
                 "The minister resigned two days after the vote."):
        r = analyse(text)
        assert all("time" not in e["roles"] for e in r["events"]), text


def test_a_present_perfect_conjunct_takes_no_time_from_its_past_neighbour(analyse):
    r = analyse("Pavel Dorn was arrested in April 2023 and has denied wrongdoing.")
    times = {t["id"]: t["value"] for t in r["times"]}
    assert times[event(r, "arrested")["roles"]["time"]] == "2023-04"
    assert "time" not in event(r, "denied")["roles"]


def test_a_planned_act_is_placed_when_the_plan_was_reported(analyse):
    r = analyse("The Pine Herald reported in January that Kestria might supply drones to the Osk militia.")
    times = {t["id"]: t["value"] for t in r["times"]}
    assert times[event(r, "supply")["roles"]["time"]] == "2024-01"


def test_the_act_a_plan_is_for_is_the_planners_and_keeps_the_target_of_the_sentence(analyse):
    r = analyse("Kestria has moved two brigades to its border with Olbrand, and its commanders have drawn up plans "
                "for an incursion into the province of Vell.")
    e = event(r, "incursion")
    assert e["roles"]["actor"] == "Kestria" and e["roles"]["recipient"] == "Olbrand"
    assert e["roles"]["location"] == "Vell"


def test_cyberattacks_and_break_ins_coerce_with_mode_cyber(analyse):
    r = analyse("Hackers working for Norwal carried out the cyberattack that halted trains last week.")
    e = event(r, "cyberattack")
    assert (e["type"], e["mode"]) == ("COERCE", "cyber") and e["roles"]["actor"] == "Hackers"
    r = analyse("The group broke into the email system of the finance ministry.")
    assert (event(r, "broke into")["type"], event(r, "broke into")["mode"]) == ("COERCE", "cyber")


def test_asset_freeze_and_expelled_diplomats_are_sanctions(analyse):
    r = analyse("The bloc is preparing to freeze the assets of the banker Pavel Orsk.")
    assert (event(r, "freeze")["type"], event(r, "freeze")["mode"]) == ("SANCTION", "discontinue")
    r = analyse("Kestria ordered three Norwalian diplomats out of the country.")
    assert (event(r, "ordered")["type"], event(r, "ordered")["mode"]) == ("SANCTION", "expel")


def test_diplomats_declared_unwelcome_or_told_to_leave_are_expelled(analyse):
    r = analyse("Three members of the embassy staff had been declared persona non grata.")
    assert (event(r, "declared")["type"], event(r, "declared")["mode"]) == ("SANCTION", "expel")
    r = analyse("On Wednesday the government ordered three Norwalian diplomats to leave.")
    assert event(r, "ordered")["type"] == "SANCTION"


def test_the_head_word_of_an_earlier_trigger_names_it_again(analyse):
    r = analyse("Hackers carried out the cyberattack on the railways. The attack halted trains for two days.")
    assert types_of(r) == [("COERCE", "cyberattack")]
    assert [m["text"] for m in event(r, "cyberattack")["mentions"]] == ["attack"]


def test_a_short_second_reference_takes_the_full_name_given_before(analyse):
    r = analyse("The Osk Liberation Front controls the valley. Kestria supplied rifles to the Front in May.")
    e = event(r, "supplied")
    assert e["roles"]["recipient"].lower().removeprefix("the ") == "osk liberation front"


def test_a_body_saying_it_will_act_is_the_doer(analyse):
    r = analyse("The Norwalian foreign ministry said it would look into the allegations.")
    assert "ministry" in event(r, "look into")["roles"]["actor"]


def test_a_thing_introduced_by_a_common_noun_takes_the_name_given_it_later(analyse):
    r = analyse("A freighter transferred its cargo to another ship in breach of the embargo. "
                "Officials said the freighter Morning Lark had switched off its transponder.")
    e = event(r, "breach")
    assert e["type"] == "CRIME" and e["roles"]["actor"].endswith("Morning Lark")


def test_her_government_in_an_officials_words_is_the_officials_state(analyse):
    r = analyse("Kestria's defence minister, Ana Brel, said her government had put its reserves on alert.")
    assert event(r, "put")["roles"]["actor"] == "Kestria"


def test_a_weapon_the_story_names_by_one_model_is_that_model(analyse):
    r = analyse("Kestria shipped Harrow-9 drones to the Osk militia in May. "
                "It is not clear whether the drones have been handed over.")
    assert event(r, "handed over")["roles"]["equipment"] == "Harrow-9"


def test_the_troops_a_state_body_speaks_of_are_the_states(analyse):
    r = analyse("Kestria's defence ministry said the troops were taking part in scheduled naval exercises.")
    assert event(r, "exercises")["roles"]["actor"] == "Kestria"


def test_sanctions_the_story_tied_to_one_party_were_imposed_by_it(analyse):
    r = analyse("The freighter sailed in breach of Halden Union sanctions. "
                "The sanctions were imposed on its owner in March.")
    assert "Halden" in event(r, "imposed")["roles"]["actor"]


def test_announced_hostile_act_keeps_the_act_it_announces(analyse):
    r = analyse("The Halvic government plans to freeze the assets of the trader Omar Quist.")
    e = event(r, "freeze")
    assert e["type"] == "THREATEN" and e.get("act") == "SANCTION"


def test_conditional_threat_announces_no_act(analyse):
    r = analyse("Pelland said it could halt oil shipments to Norvania if the council fined its banks.")
    e = event(r, "halt")
    assert e["type"] == "THREATEN" and "act" not in e


def test_pronoun_of_a_coordinated_reporting_verb_is_the_reporter(analyse):
    r = analyse("Norvania on Monday accused Pelland of sabotaging its power grid and said it would expel four "
                "Pellandian diplomats.")
    e = event(r, "expel")
    assert e["roles"]["actor"] == "Norvania"


def test_a_weekday_possessive_is_when_not_who(analyse):
    r = analyse("Relatives demanded answers about Friday's bombing by the Garrow Militia.")
    e = event(r, "bombing")
    assert e["roles"].get("actor") == "Garrow Militia"


@pytest.mark.parametrize("text,trigger", [
    ("Witnesses said police officers used live ammunition against the marchers in Corby.", "used"),
    ("Firearms were used by border troops against villagers near Assel.", "used"),
    ("The soldiers fired rifles into the crowd outside the depot.", "fired"),
])
def test_using_or_firing_weapons_at_people_is_an_assault(analyse, text, trigger):
    e = event(analyse(text), trigger)
    assert e["type"] in {"ASSAULT", "FIGHT"}


def test_the_noun_a_that_clause_states_is_no_role_of_it(analyse):
    r = analyse("The ministry denied a magazine report that Pelland had threatened to block grain exports to Norvania.")
    e = event(r, "threatened")
    assert "report" not in str(e["roles"].get("target", "")) and "report" not in str(e["roles"].get("recipient", ""))


def test_a_condition_keeps_its_own_doer_and_target(analyse):
    r = analyse("Pelland said it could halt oil shipments through the Arn pipeline if the council fined the trader "
                "Omar Quist.")
    halt = event(r, "halt")
    assert "Omar Quist" not in str(halt["roles"].get("target", ""))
    r = analyse("Pelland had threatened to cut oil supplies if Quist was fined.")
    fined = [e for e in r["events"] if e["trigger"]["text"] == "fined"]
    assert not fined or fined[0]["roles"].get("actor") != "Pelland"


def test_a_causative_passive_is_done_to_the_subject_of_have(analyse):
    r = analyse("The trader Omar Quist and his Arn Bank had their assets frozen on Monday.")
    e = event(r, "frozen")
    assert e["type"] == "SANCTION"
    assert e["roles"].get("target") == "Omar Quist" and "actor" not in e["roles"]


def test_a_participle_with_a_by_agent_is_done_by_the_agent(analyse):
    r = analyse("The clinic counts at least nine dead, six of them shot by the Harrow Guard, according to its report.")
    assert event(r, "shot")["roles"].get("actor") == "Harrow Guard"


def test_opening_a_case_is_an_investigation_by_whom_the_relative_pronoun_stands_for(analyse):
    r = analyse("Prosecutor Ana Rell, who on Monday opened a criminal case over the raid, said more arrests would "
                "follow.")
    e = event(r, "opened")
    assert e["type"] == "INVESTIGATE" and e["roles"].get("actor") == "Ana Rell"


def test_an_attack_told_with_malware_or_after_a_cyberattack_is_a_cyber_operation(analyse):
    same_sentence = analyse("Investigators found malware on the servers and said Amber Wolf carried out the attack "
                            "on Pellin Power.")
    assert [(e["type"], e.get("mode")) for e in same_sentence["events"] if e["trigger"]["text"] == "attack"] == \
        [("COERCE", "cyber")]
    named_again = analyse("A cyberattack shut down the Pellin water utility on Monday. "
                          "Officials blamed the attack on Amber Wolf, a hacking group.")
    # "the attack" names the cyberattack again (and gives it its doer), or is an event of its own: cyber either way
    attacks = [e for e in named_again["events"] if "attack" in [e["trigger"]["text"]] + [m["text"] for m in
                                                                                         e.get("mentions", [])]]
    assert attacks and all((e["type"], e.get("mode")) == ("COERCE", "cyber") for e in attacks)
    shelling = analyse("Rebels shelled the town on Monday. Officials blamed the attack on the Northern Front.")
    assert [e["type"] for e in shelling["events"] if e["trigger"]["text"] == "attack"] == ["ASSAULT"]


def strike_types(result):
    return [(e["type"], e.get("mode")) for e in result["events"] if e["trigger"]["text"] == "strike"]


def test_a_strike_by_a_workforce_or_for_a_length_of_time_is_a_work_stoppage(analyse):
    # CAMEO 143: a strike noun is a labour strike when a length or a workforce modifies it, or its sentence speaks
    # of work and pay and of no weapon; an armed strike stays ASSAULT
    for text in ("Ferry crews staged a 48-hour strike in the spring of 2017, stranding islanders.",
                 "The strike by bus drivers closed the depot for a week.",
                 "Cleaners at two airports began a strike over wages on Monday, their union said."):
        assert strike_types(analyse(text)) == [("PROTEST", "strike-gen")], text
    assert strike_types(analyse("Workers were among the dead after a strike on the chemical plant.")) == \
        [("ASSAULT", None)]
    assert strike_types(analyse("A missile strike hit a fuel depot, the ministry said."))[0][0] == "ASSAULT"


def test_a_later_strike_follows_the_sense_the_story_gave_the_first(analyse):
    # PolNeAR train tells "a weeks-long strike" and then "the strike has affected", "with the strike coming to a
    # close": a definite strike noun whose own sentence decides nothing names again the strike told before
    labour = analyse("Dock workers at the port of Santos will stay on strike until the operator raises pay. "
                     "Shipping agents said exports had fallen since the strike began on May 28.")
    assert all(t == "PROTEST" for t, _ in strike_types(labour)) and strike_types(labour)
    assert not [e for e in labour["events"] if e["type"] == "ASSAULT"]
    armed = analyse("Russian forces launched a missile strike on Odesa overnight. "
                    "A grain terminal was closed after the strike, the governor said.")
    assert strike_types(armed) and all(t != "PROTEST" for t, _ in strike_types(armed))
    # no strike told before: a walkout told before makes the strike a labour one; an indefinite one follows nothing
    walkout = analyse("Nurses at three hospitals in Glasgow walked out on Monday. "
                      "Health officials said the strike would delay operations.")
    # the walkout is an event of its own now, and the strike names it again or is typed the same
    assert strike_types(walkout) in ([("PROTEST", "strike-gen")], []) and all(
        (e["type"], e.get("mode")) == ("PROTEST", "strike-gen") for e in walkout["events"]
        if e["trigger"]["text"] in {"walked out", "strike"})
    assert any(e["trigger"]["text"] == "strike" or any(m["text"] == "strike" for m in e.get("mentions", []))
               for e in walkout["events"])
    after = analyse("Dock workers began a 48-hour strike at Santos. A strike on a fuel depot killed two guards.")
    assert [t for t, _ in strike_types(after)] == ["PROTEST", "ASSAULT"]


def test_a_verbal_act_after_a_told_clause_is_the_speakers(analyse):
    # "told X the talks had failed and blamed Y": the parser joins "blamed" to the told clause; the talks blame no one
    r = analyse("Mayor Ilse Varga told reporters that the bridge was unsafe and blamed the Orvel Company for the delay.")
    e = event(r, "blamed")
    assert e["roles"]["actor"] == "Ilse Varga"
    assert e["roles"].get("target") == "Orvel Company"
    r = analyse("Officials said the Ossen Front had crossed the river and seized the depot.")
    assert event(r, "seized")["roles"].get("actor") != "Officials"


def test_an_act_is_dated_by_what_it_did_in_its_relative_clause(analyse):
    # "the raid that cut power to the city on Monday": the clause of which the act is the subject dates the act
    r = analyse("Officials said saboteurs carried out the attack that cut power to Tellin on Monday.",
                published="2024-03-14")
    e = event(r, "attack")
    time = [t for t in r["times"] if t["id"] == e["roles"].get("time")]
    assert time and time[0]["value"] == "2024-03-11"


def test_an_inquiry_into_a_bare_thing_has_no_target(analyse):
    r = analyse("The auditor said her office would examine the handling of the tender.")
    assert event(r, "examine")["roles"].get("target") is None
    r = analyse("The committee will examine the role of the Pellin ministry in the sale.")
    assert event(r, "examine")["roles"].get("target") == "Pellin"


def test_a_demand_for_an_act_concerns_whom_the_act_would_fall_on(analyse):
    # PLOVER codes "called for sanctions against X" as a demand aimed at X; the demander imposes nothing
    r = analyse("The bishop of Tellin on Sunday called for sanctions against Norwal.")
    demand, sanctions = event(r, "called for"), event(r, "sanctions")
    assert demand["roles"].get("target") == "Norwal"
    assert sanctions["roles"].get("actor") is None


def test_an_object_shifted_after_an_as_phrase_is_still_the_object(analyse):
    r = analyse("Tellin on Monday denounced as a grave crime Norwal's expulsion of foreign reporters.")
    assert event(r, "denounced")["roles"].get("target") == "Norwal"


# --- rammings, summoned envoys, explosions, purposes ---------------------------------------------------------

def test_a_vessel_ramming_another_is_an_assault(analyse):
    r = analyse("A Marrowish customs cutter rammed a Delvan cargo barge near the estuary on Sunday.")
    e = event(r, "rammed")
    assert e["type"] == "ASSAULT"
    assert "barge" in e["roles"]["target"]


def test_summoning_an_envoy_is_an_official_complaint_and_its_purpose_is_the_same_act(analyse):
    r = analyse("Ostrevia summoned Pellmark's ambassador on Tuesday to protest the arrest of two journalists.")
    e = event(r, "summoned")
    assert e["type"] == "DISAPPROVE" and e["roles"]["actor"] == "Ostrevia"
    assert "ambassador" in e["roles"]["target"]
    # "to protest" is what the summons is for, no street protest of its own
    assert not [x for x in r["events"] if x["trigger"]["text"] == "protest"]
    assert "protest" in [m["text"] for m in e["mentions"]]


def test_marching_to_protest_is_one_protest(analyse):
    r = analyse("Thousands of dockers marched through the port city to protest the new levy.")
    assert event(r, "marched")["type"] == "PROTEST"
    assert not [x for x in r["events"] if x["trigger"]["text"] == "protest"]


def test_an_explosion_is_a_bombing_unless_its_modifier_says_accident(analyse):
    r = analyse("A roadside explosion wounded three border guards near Tesk on Friday.")
    e = event(r, "explosion")
    assert e["type"] == "ASSAULT" and e["mode"] == "explosives"
    r = analyse("Nobody was hurt in the blast, the officers said.")
    assert event(r, "blast")["type"] == "ASSAULT"
    r = analyse("A gas explosion at a bakery in Tesk injured two workers on Friday.")
    assert not [x for x in r["events"] if x["trigger"]["text"] == "explosion"]


def test_an_announced_act_that_is_no_event_still_names_its_target(analyse):
    # "cut off" and "resume ... raids" name no event of their own here; whom they would fall on is the target
    r = analyse("Brevania threatened on Monday to cut off gas supplies to the breakaway region of Toskel.")
    e = event(r, "threatened")
    assert e["type"] == "THREATEN" and e["roles"]["actor"] == "Brevania"
    assert "Toskel" in e["roles"]["target"]


def test_the_place_of_a_building_an_act_happens_at_is_its_place(analyse):
    # "rioted at a prison in northern X": the prison is in X, which the protest is aimed at
    r = analyse("Hundreds of inmates rioted on Sunday at a prison in northern Talvessa.")
    e = event(r, "rioted")
    assert e["type"] == "PROTEST"
    assert e["roles"]["location"] == "Talvessa" and e["roles"]["target"] == "Talvessa"


def test_the_toll_in_a_relative_clause_of_an_act_is_no_act_of_its_own(analyse):
    r = analyse("The truce followed a border war that killed hundreds. Gunmen who killed a judge fled.")
    assert event(r, "war")["type"] == "FIGHT"
    killed = [e for e in r["events"] if e["trigger"]["text"] == "killed"]
    assert len(killed) == 1 and killed[0]["roles"]["actor"] == "Gunmen"  # a relative clause on people stays an act


@pytest.mark.parametrize("text, trigger, mode", [
    ("Agents of the Orvane security service poisoned the exiled editor last spring.", "poisoned", None),
    ("The poisoning of the exiled editor drew wide condemnation.", "poisoning", None),
    ("Gunmen murdered two magistrates in Pellow on Monday.", "murdered", None),
    ("Militiamen slaughtered dozens of herders near the river.", "slaughtered", None),
    ("Masked men hijacked a ferry carrying pilgrims.", "hijacked", "abduct"),
    ("Guards raped detainees at the camp, the inquiry found.", "raped", "sexual"),
    ("A crowd assaulted the reporter outside the courthouse.", "assaulted", None),
])
def test_violent_verbs_of_the_cameo_classes_are_assaults(analyse, text, trigger, mode):
    e = event(analyse(text), trigger)
    assert e["type"] == "ASSAULT"
    assert e.get("mode") == mode


def test_agents_of_a_service_act_for_it(analyse):
    e = event(analyse("Agents of the Orvane security service poisoned the exiled editor."), "poisoned")
    assert "Orvane" in e["roles"]["actor"]  # the service's named owner: the service is no entity of its own
    assert "editor" in e["roles"]["target"]


def test_a_detonated_bomb_is_the_means_not_the_target(analyse):
    e = event(analyse("Insurgents detonated a bomb near the Tollen bridge."), "detonated")
    assert e["type"] == "ASSAULT" and e.get("mode") == "explosives"
    assert "bomb" not in e["roles"].get("target", "")


def test_an_eviction_is_coercion(analyse):
    e = event(analyse("Police evicted the squatters from the old mill."), "evicted")
    assert e["type"] == "COERCE"
    assert "squatters" in e["roles"]["target"]


def test_ethnic_cleansing_is_an_assault_by_whoever_carries_it_out(analyse):
    e = event(analyse("The Dravic militia carried out ethnic cleansing in the Ostel valley."), "cleansing")
    assert e["type"] == "ASSAULT" and e.get("mode") == "cleansing"
    assert "militia" in e["roles"]["actor"] or "Dravic" in e["roles"]["actor"]


def test_people_sent_on_a_task_are_no_aid_and_the_task_is_the_act(analyse):
    r = analyse("A civilian team sent by Doravia arrived in the port to inspect the damage.")
    assert not [e for e in r["events"] if e["type"] == "AID"]
    e = event(r, "inspect")
    assert e["type"] == "INVESTIGATE" and e["roles"]["actor"] == "Doravia"


def test_a_delegation_sent_to_a_state_is_no_aid(analyse):
    r = analyse("Doravia sent a delegation to Pellaria last week.")
    assert not [e for e in r["events"] if e["type"] == "AID"]


def test_a_team_named_by_what_it_brings_is_aid(analyse):
    e = event(analyse("Doravia sent a medical team to the flooded province."), "sent")
    assert e["type"] == "AID" and e["roles"]["actor"] == "Doravia"


def test_a_loan_approved_to_a_state_is_economic_aid(analyse):
    e = event(analyse("The Tessel Development Bank approved a loan to Pellaria on Monday."), "loan")
    assert e["type"] == "AID" and e.get("mode") == "economic"
    assert e["roles"]["recipient"] == "Pellaria"
    assert "Bank" in e["roles"]["actor"]


def test_a_nerve_agent_smeared_on_a_door_is_an_assault_and_the_agent_its_means(analyse):
    e = event(analyse("Two officers of the Orvane security service smeared a nerve agent on the door handle of the "
                      "editor's flat."), "smeared")
    assert e["type"] == "ASSAULT" and e.get("mode") == "unconventional"
    # the state's organ named before its field and service is the actor ("the Orvane security service")
    assert e["roles"]["actor"] in {"Orvane", "Orvane security service"}
    assert "agent" not in e["roles"].get("target", "")


def test_agents_hired_are_no_chemical_weapon(analyse):
    r = analyse("The firm will use the agents it hired last year.")
    assert not [e for e in r["events"] if e["type"] == "ASSAULT"]


def test_a_role_noun_capitalised_after_a_dateline_is_still_a_role(analyse):
    e = event(analyse("VELLAN (Kesh Wire) - Officers of the Orvane security service poisoned the exiled editor."),
              "poisoned")
    assert e["roles"]["actor"] in {"Orvane", "Orvane security service"}  # the state or its organ


def test_the_attack_names_the_strike_not_the_injuries_it_caused(analyse):
    r = analyse("Drones struck the Harnby grain depot overnight, officials in Quellen said. A guard said at least "
                "four porters had been injured. Tolvaria's interior ministry said it had no knowledge of the attack.")
    strike = event(r, "struck")
    assert "attack" in [m["text"] for m in strike["mentions"]]
    # the porters injured with no doer told are the strike's toll, no act of their own
    assert "injured" in [m["text"] for m in strike["mentions"]]
    assert [e["trigger"]["text"] for e in r["events"]].count("struck") == 1 and len(r["events"]) == 1


def test_the_killings_name_the_killing_again(analyse):
    r = analyse("Gunmen raided the Marlow ferry terminal on Sunday. Six passengers were killed. "
                "The police condemned the killings.")
    assert event(r, "raided")["type"] == "ASSAULT"
    assert "killings" not in [m["text"] for m in event(r, "raided")["mentions"]]


def test_a_type_of_weapon_is_no_actor(analyse):
    r = analyse("Witnesses said that drones of a Tolvarian type had struck the depot.")
    e = event(r, "struck")
    assert "type" not in e["roles"].get("actor", "")
    assert "type" not in e.get("role_mentions", {}).get("actor", {}).get("text", "")


def test_an_act_noun_is_no_actor_of_another_act(analyse):
    r = analyse("The stabbing drew protests in the port city, police said.")
    e = event(r, "protests")
    assert e["type"] == "PROTEST"
    assert "actor" not in e["roles"] and "actor" not in e.get("role_mentions", {})


def test_a_type_of_weapon_as_subject_is_no_actor(analyse):
    e = event(analyse("A Tolvarian type of drone struck the depot."), "struck")
    assert "type" not in e["roles"].get("actor", "")
    assert "type" not in e.get("role_mentions", {}).get("actor", {}).get("text", "")


@pytest.mark.parametrize("sentence, target", [
    # a depot is a thing, no party: the place name it is modified by is what the act is aimed at, as in the passive
    ("Two rockets hit the Vellin grain depot on Tuesday.", "Vellin"),
    ("The Vellin grain depot was hit by drones overnight.", "Vellin"),
])
def test_a_weapon_hitting_its_target_is_an_attack(analyse, sentence, target):
    e = event(analyse(sentence), "hit")
    assert e["type"] == "ASSAULT"
    assert target in e["roles"]["target"]


@pytest.mark.parametrize("sentence", [
    "Grain prices hit a record on Tuesday.",
    "The harbour town of Vellin was hit by floods.",
])
def test_hit_with_a_doer_that_is_no_weapon_is_no_attack(analyse, sentence):
    assert not [e for e in analyse(sentence)["events"] if e["trigger"]["text"] == "hit"]


def test_the_weapon_named_again_as_the_doer_of_another_verb_tells_the_same_act(analyse):
    r = analyse("A rocket struck the Vellin grain depot on Tuesday. Two guards said the rocket hit the depot at dawn.")
    assert [e["trigger"]["text"] for e in r["events"] if e["type"] == "ASSAULT"] == ["struck"]
    assert "hit" in [m["text"] for m in event(r, "struck")["mentions"]]


def test_a_weapon_of_another_act_is_a_new_act(analyse):
    r = analyse("A rocket struck the Vellin grain depot on Tuesday. A second rocket hit the Vellin bridge.")
    assert sorted(e["trigger"]["text"] for e in r["events"] if e["type"] == "ASSAULT") == ["hit", "struck"]


def test_tariffs_laid_on_a_partys_goods_are_a_sanction(analyse):
    r = analyse("Ottawa imposed tariffs on steel from Brazil on Monday.")
    tariffs = event(r, "imposed")
    assert tariffs["type"] == "SANCTION"
    assert tariffs["roles"].get("target") == "Brazil"
    # a tariff only talked about is no act
    r = analyse("Economists in Ottawa wrote about tariffs on steel.")
    assert not [e for e in r["events"] if e["type"] == "SANCTION"]


def test_a_beating_is_told_by_its_armed_doer(analyse):
    r = analyse("The students were beaten by soldiers in Mandalay.")
    beating = event(r, "beaten")
    assert beating["type"] == "ASSAULT" and beating["mode"] == "beat"
    assert beating["roles"].get("actor") == "soldiers"
    assert "students" in beating["roles"].get("target", "")
    # beating a rival at the polls is no assault
    r = analyse("The governor beat her rival in the primary on Tuesday.")
    assert not [e for e in r["events"] if e["type"] == "ASSAULT"]


def test_verbs_of_harsh_criticism_disapprove(analyse):
    r = analyse("The senator lambasted the Pentagon over the delays, and the mayor assailed the governor's plan.")
    assert event(r, "lambasted")["type"] == "DISAPPROVE"
    assert event(r, "lambasted")["roles"].get("actor") == "senator"
    assert event(r, "assailed")["type"] == "DISAPPROVE"
    assert event(r, "assailed")["roles"].get("target") == "governor"


@pytest.mark.parametrize("text", [
    "A Valdor poll released Tuesday found that most voters back the plan.",
    "The campaign released the senator's tax returns on Friday.",
    "The transcript of the call was released by the committee.",
])
def test_releasing_a_thing_to_the_public_is_publishing_not_setting_free(analyse, text):
    assert "released" not in [t for _, t in types_of(analyse(text))]


def test_releasing_people_is_still_a_release(analyse):
    assert ("RETREAT", "released") in types_of(analyse("The rebels released two hostages on Friday."))


@pytest.mark.parametrize("text, kind", [
    ("There were growing calls for a ceasefire on Monday.", "DEMAND"),
    ("The president's call on parliament to act was ignored.", "DEMAND"),
    ("The minister said in a phone call with reporters that the port was closed.", "CONSULT"),
    ("Speaking on a conference call with reporters, the minister said the port was closed.", "CONSULT"),
])
def test_a_call_demands_only_with_its_complement(analyse, text, kind):
    assert [t for t, w in types_of(analyse(text)) if w.lower() in {"call", "calls"}] == [kind]


def test_a_court_sentencing_someone_coerces_them_and_the_penalty_is_no_death(analyse):
    r = analyse("A court in Osk sentenced a former minister, Pavel Dorn, to nine years in prison. His aide was "
                "sentenced to death.")
    assert ("COERCE", "sentenced") in types_of(r)
    assert event(r, "sentenced")["roles"]["target"] == "Pavel Dorn"
    assert "DEATH" not in [t for t, _ in types_of(r)]


@pytest.mark.parametrize("text, demand", [
    ("The mayor appealed for calm after the riots.", True),
    ("The charity launched an appeal for donations.", True),
    ("The candidate's message appeals to young voters.", False),
    ("His lawyer said her client would appeal.", False),
])
def test_an_appeal_demands_only_when_it_asks_for_something(analyse, text, demand):
    assert any(t == "DEMAND" for t, _ in types_of(analyse(text))) == demand


def test_a_denial_of_an_account_told_before_answers_it(analyse):
    # the denied clause says again what the story told: the denial rejects that account
    r = analyse("Fishermen from Arlo said a navy cutter had rammed their trawler. The defence minister, Ivo Marek, "
                "denied that any cutter had rammed the boat.")
    assert event(r, "denied")["type"] == "REJECT"
    # a denial of something the story never told is a statement, no act
    r = analyse("The defence minister, Ivo Marek, denied that the navy had been on alert on Sunday.")
    assert "denied" not in [e["trigger"]["text"] for e in r["events"]]


def test_a_denial_answers_no_account_told_only_with_a_verb_of_having(analyse):
    # "has" in an earlier sentence tells no deed: "denied that the army had any role" rejects nothing told before
    r = analyse("Vellmar has a large army. On Monday the defence minister denied that the army had any role in the "
                "unrest.")
    assert "denied" not in [e["trigger"]["text"] for e in r["events"]]


def test_a_denial_of_what_would_be_done_is_no_act(analyse):
    r = analyse("The council agreed to free the Tarn dockers. The port ministry denied that the Tarn dockers would "
                "be freed.")
    assert "denied" not in [e["trigger"]["text"] for e in r["events"]]


def test_an_act_refused_is_no_act_and_lends_the_refusal_its_party(analyse):
    r = analyse("The Brask garrison refused to release the Olvern fishermen.")
    assert [e["type"] for e in r["events"]] == ["REJECT"]
    assert "fishermen" in event(r, "refused")["roles"].get("target", "")
    r = analyse("Governor Pell Aster declined on Monday to resign.")
    assert [e["trigger"]["text"] for e in r["events"]] == ["declined"]


def test_an_act_asked_not_to_be_done_is_no_act(analyse):
    r = analyse("The Halder Fund urged the Ostrel government not to deport the Varn fishermen.")
    assert [e["trigger"]["text"] for e in r["events"]] == ["urged"]
    r = analyse("The Ostrel council warned the garrison not to fire on the marchers in Varn.")
    assert "fire" not in [e["trigger"]["text"] for e in r["events"]]
