"""Tests for the cue acts rated as events: an act done by speaking ('warned', 'urged', 'denied the report') and a
saying the clause denies ('did not comment') are claims of their own, while a verb that only passes its content on
('said', 'told') stays the attribution itself; on the whole pipeline."""
import pytest


def rated(result) -> dict[str, int]:
    """Trigger text -> the certainty value of the claims (and their parts) that rate it."""
    out = {}
    for claim in result["claims"]:
        out.setdefault(claim["trigger"]["text"], claim["certainty"]["value"])
        for part in claim.get("parts", []):
            out.setdefault(part["trigger"]["text"], part["certainty"]["value"])
    return out


@pytest.mark.parametrize("text, act", [
    ("The Marrowby council, which has warned that the levee was failing, said on Monday that crews had been sent.",
     "warned"),
    ("Olenna Brisk, the mayor of Dunmarrow, urged residents to leave the valley before nightfall.", "urged"),
    ("The Keldan port authority denied the report on Tuesday.", "denied"),
    ("The Sorvel guild called the ruling \"a disgrace\" and said it would appeal.", "called"),
    ("The Pemberlane union accused the mill owners of hiding the accounts.", "accused"),
])
def test_an_act_done_by_speaking_is_rated_as_told(analyse, text, act):
    assert rated(analyse(text)).get(act) == 3


def test_a_denied_saying_is_rated_as_not_done(analyse):
    result = analyse("The Tarrowind ferry company said two crossings were cancelled. Neither union commented.")
    assert rated(result).get("commented") == -3


def test_a_verb_that_passes_its_content_on_is_not_rated(analyse):
    result = analyse("The Haskerry harbour master said on Monday that two trawlers had sunk, and told reporters that "
                     "the crews were safe.")
    words = rated(result)
    assert "said" not in words and "told" not in words
    assert words.get("sunk") == 3


def test_a_warnings_negated_modal_clause_is_the_warners_refusal(analyse):
    # 'would' under a past warning is the warner's own 'will', shifted back: 'will never sell' is probably not
    result = analyse("The Ostmere council warned on Monday that it would never sell the old harbour.")
    assert rated(result).get("sell") == -2


def test_a_warnings_positive_modal_clause_keeps_the_warnings_value(analyse):
    result = analyse("The Ostmere council has warned that rebels could attack the old harbour.")
    assert rated(result).get("attack") == 1


@pytest.mark.parametrize("text, act", [
    ("The Varn army accused the Osk militia of shelling the bridge at Tullow.", "shelling"),
    ("The Tessaly ministry rejected that account and accused Orvane of using the truce to rearm.", "using"),
    # the parser hangs 'of' on the accused, not on the verb
    ("The Tarvian ministry denied the report and accused Orsk units of shelling the border village.", "shelling"),
])
def test_what_an_accuser_alleges_is_told_as_done(analyse, text, act):
    assert rated(analyse(text)).get(act) == 3


def test_a_participle_of_saying_after_a_denied_clause_is_the_speakers_act(analyse):
    result = analyse('The Pellmoor minister denied that any prisoner had been beaten, calling such stories "lies".')
    words = rated(result)
    assert words.get("beaten") == -3
    assert words.get("calling") == 3


@pytest.mark.parametrize("text, act", [
    ("The Harlund tenants' union demanded that the audit be published and called for the warden's dismissal.",
     "called for"),
    ("Pell Varo, the Ossemund mayor, urged the council to reopen the market and promised new stalls.", "promised"),
])
def test_a_tensed_verb_the_parser_hangs_on_an_untensed_complement_is_its_subjects_own_act(analyse, text, act):
    # verbs joined by 'and' share their form: a past tense after a subjunctive or an infinitive is the speaker's
    # second act, told as done, not a thing the first one asks for
    assert rated(analyse(text)).get(act) == 3
