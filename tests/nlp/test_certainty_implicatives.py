"""Certainty of what implicative verbs entail, of a name a source gives an act, of an event noun a participle tells as
done, and of nouns from phrasal verbs, in sentences written for these tests (invented names), through the pipeline."""
import pytest


def reading(analyse_doc, text, word):
    doc = analyse_doc(text)
    records = [r for i, r in doc._.cg_certainty.items() if doc[i].text == word]
    assert records, f"{word!r} is not rated"
    return records[0].value, [c.text for c in records[0].cues]


@pytest.mark.parametrize("text, word, value", [
    # an asserted implicative entails its infinitive
    ("The flooding along the Varra forced 3,000 residents of Meltholm to leave their homes.", "leave", 3),
    ("Rescuers managed to reach the stranded climbers on Mount Ostrel on Tuesday.", "reach", 3),
    ("The storm caused the Kestrin power plant to shut down.", "shut", 3),
    ("The shortage led the Dunmar mills to cut output.", "cut", 3),
])
def test_asserted_implicative_entails_its_infinitive(analyse_doc, text, word, value):
    assert reading(analyse_doc, text, word)[0] == value


@pytest.mark.parametrize("text, word", [
    # not asserted: under a modal, or in a condition, the infinitive stays short of certain
    ("The floods could force the residents of Tarnby to leave their homes.", "leave"),
    ("If prices rise again, the Osmin mills may be forced to close.", "close"),
])
def test_implicative_not_asserted_entails_nothing(analyse_doc, text, word):
    assert reading(analyse_doc, text, word)[0] < 3


def test_negated_implicative_denies_its_infinitive(analyse_doc):
    value, cues = reading(analyse_doc, "The rescuers did not manage to reach the Pellow valley.", "reach")
    assert value == -3 and "not" in cues


@pytest.mark.parametrize("text, word", [
    ("Minister Pell Arvani called the ruling an attack on democracy.", "attack"),
    ("The Corvan union branded the closure a betrayal of its members.", "betrayal"),
])
def test_what_a_source_calls_an_act_is_its_own_word(analyse_doc, text, word):
    assert reading(analyse_doc, text, word) == (3, [])


def test_call_for_still_asks(analyse_doc):
    value, cues = reading(analyse_doc, "Senator Vost called for an inquiry into the Brisk crash.", "inquiry")
    assert value < 3 and "called" in cues


@pytest.mark.parametrize("text, word", [
    ("The dispute over the dam could unravel a ceasefire agreed in March between Velora and Ostland.", "ceasefire"),
    ("The Tarn rebels may break a truce brokered by Ostland last year.", "truce"),
])
def test_event_noun_told_done_by_its_participle_exists(analyse_doc, text, word):
    assert reading(analyse_doc, text, word)[0] == 3


def test_planned_event_noun_is_not_told_done(analyse_doc):
    text = "The Velora army could launch an offensive planned for months."
    assert reading(analyse_doc, text, "offensive")[0] < 3


@pytest.mark.parametrize("text, word", [
    ("A blackout hit much of the Greymoor region on Monday night.", "blackout"),
    ("The walkout at the Saldera docks ended on Friday.", "walkout"),
    ("A six-hour outage left the port city of Saldera without phones.", "outage"),
])
def test_nouns_of_phrasal_verbs_and_outages_are_rated(analyse_doc, text, word):
    reading(analyse_doc, text, word)


@pytest.mark.parametrize("text, word", [
    ("The Haldane minister appeared to rule out early elections in an interview on Thursday.", "interview"),
    ("General Marro urged calm at a rally in Tarn on Sunday.", "rally"),
])
def test_occasion_of_a_selecting_verb_takes_no_signature(analyse_doc, text, word):
    # the interview or rally is where the act was done, not what it rules out or asks for
    value, cues = reading(analyse_doc, text, word)
    assert value > 1 and not any(c in {"rule out", "urged"} for c in cues)


@pytest.mark.parametrize("text, word", [
    ("The Haldane minister stopped short of blaming Ostland for the explosion at the Tarn depot.", "explosion"),
    ("Velora denied blaming the Corvan rebels for an attack on the convoy.", "attack"),
])
def test_what_a_verb_of_judging_judges_took_place(analyse_doc, text, word):
    assert reading(analyse_doc, text, word) == (3, [])


@pytest.mark.parametrize("text, word, value", [
    ("The proposed merger of Corvan and Ostbank would create the largest lender in Velora.", "merger", 1),
    ("The planned visit of the Velora premier to Tarn drew protests.", "visit", 2),
])
def test_participle_of_planning_before_an_event_noun(analyse_doc, text, word, value):
    assert reading(analyse_doc, text, word) == (value, [text.split()[1]])


@pytest.mark.parametrize("text, word", [
    ("The union called off the strike at the Saldera port.", "strike"),
    ("Organisers called off a rally planned for Sunday in Tarn.", "rally"),
])
def test_a_called_off_event_did_not_take_place(analyse_doc, text, word):
    value, cues = reading(analyse_doc, text, word)
    assert value == -3 and cues == ["called off"]
