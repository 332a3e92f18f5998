"""A claim shares the linked claim of an event only when the event is its own act, not the circumstance of another."""
from __future__ import annotations

from claimgraph.link.corroboration import act_word, presupposed
from claimgraph.link.linker import circumstantial, facility_named_before

from tests.link.conftest import span_of

SENTENCE = "The foreman said two guards had been hurt in the raid. The raid wrecked the depot at Vellin."


def event_of(sentence):
    first, second = sentence.index("raid"), sentence.rindex("raid")
    return {"id": "v1", "trigger": {"start": first, "end": first + 4, "text": "raid"},
            "mentions": [{"start": second, "end": second + 4, "text": "raid"}]}


def claim_of(sentence, phrase, verb, noun_at):
    start = sentence.index(verb, sentence.index(phrase))
    return {"id": "c", "span": span_of(sentence, phrase), "event": "v1",
            "trigger": {"start": start, "end": start + len(verb), "text": verb},
            "parts": [{"trigger": {"start": noun_at, "end": noun_at + 4, "text": "raid"},
                       "span": {"start": noun_at - 4, "end": noun_at + 4, "text": sentence[noun_at - 4:noun_at + 4]}}]}


def test_an_act_told_as_the_circumstance_of_an_injury_is_not_the_claims_act():
    hurt = claim_of(SENTENCE, "two guards had been hurt in the raid", "hurt", SENTENCE.index("raid"))
    assert circumstantial(hurt, event_of(SENTENCE))


def test_an_act_that_is_the_subject_of_the_claim_is_its_act():
    wrecked = claim_of(SENTENCE, "The raid wrecked the depot at Vellin", "wrecked", SENTENCE.rindex("raid"))
    assert not circumstantial(wrecked, event_of(SENTENCE))


def test_a_claim_whose_verb_is_the_event_is_its_act():
    sentence = "Witnesses said gunmen raided the depot at Vellin."
    at = sentence.index("raided")
    claim = {"id": "c", "span": span_of(sentence, "gunmen raided the depot at Vellin"), "event": "v1",
             "trigger": {"start": at, "end": at + 6, "text": "raided"}, "parts": []}
    event = {"id": "v1", "trigger": {"start": at, "end": at + 6, "text": "raided"}, "mentions": []}
    assert not circumstantial(claim, event)


def predication(sentence, phrase, noun):
    at, copula = sentence.index(noun), sentence.index(" was ") + 1
    said = span_of(sentence, phrase)
    document = {"text": sentence, "content_at": {"a1": (said["start"], said["end"])},
                "events": {"v1": {"id": "v1", "trigger": {"start": at, "end": at + len(noun), "text": noun},
                                  "mentions": []}}}
    claim = {"id": "c", "span": said, "event": "v1", "attribution": "a1",
             "trigger": {"start": copula, "end": copula + 3, "text": "was"}}
    return document, claim


def test_an_act_spoken_about_in_a_predication_headed_by_the_copula_is_presupposed():
    document, claim = predication("Marvel's interior ministry said the expulsion of the monks was regrettable.",
                                  "the expulsion of the monks was regrettable", "expulsion")
    assert act_word(document, claim) == "expulsion"
    assert presupposed(document, claim)


def test_a_clause_with_an_act_verb_of_its_own_is_not_read_through_its_event():
    sentence = "Marvel's interior ministry said the expulsion of the monks angered the abbot."
    document, claim = predication(sentence.replace("angered", "was angering"),
                                  "the expulsion of the monks was angering the abbot", "expulsion")
    claim["trigger"] = {"start": 0, "end": 8, "text": "angering"}
    assert act_word(document, claim) == "angering"


FACILITY = "Rockets struck the Vellin pumping station at dawn. Engineers said the plant would reopen."


def test_a_facility_told_again_by_a_common_noun_is_the_one_named_before():
    named = FACILITY.index("Vellin")
    mentions = [(7, named, named + len("Vellin"))]
    assert facility_named_before("plant", FACILITY, FACILITY.index("the plant"), mentions) == 7
    assert facility_named_before("station", FACILITY, FACILITY.index("the plant"), mentions) == 7


def test_a_common_noun_with_no_facility_named_before_it_stays_words():
    named = FACILITY.index("Vellin")
    mentions = [(7, named, named + len("Vellin"))]
    assert facility_named_before("plant", FACILITY, FACILITY.index("Vellin"), mentions) is None
    assert facility_named_before("engineers", FACILITY, len(FACILITY), mentions) is None


def test_a_facility_whose_name_no_entity_holds_is_told_again_by_its_name():
    text = "Power came back after an outage at the Harnet pumping station. Drones of an unknown type had hit the plant."
    assert facility_named_before("plant", text, text.index("the plant"), []) == "Harnet pumping station"
    # a sentence opening with the common noun names nothing
    opening = "The pumping station was shut. Drones had hit the plant."
    assert facility_named_before("plant", opening, opening.index("the plant"), []) is None
