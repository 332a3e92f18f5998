"""Reports a reader meets in wire copy: a denial of a shell noun the parser ran into its subject, the topic a verb
with its own preposition speaks of, and a speaker read as the content of a cue with nothing said."""
from __future__ import annotations

from tests.news import by_cue, cues, texts


def test_a_shell_noun_before_a_possessor_is_what_is_denied(analyse):
    r = analyse("Opposition leader Vida Kessen said the cabinet had known about the leak for a week and had kept "
                "tenants in the dark, a charge Brandt's office denied.")
    (denied,) = by_cue(r, "denied")
    assert texts(denied["source"]) == ["Brandt's office"]
    assert texts(denied["content"]) == ["a charge"]
    (said,) = by_cue(r, "said")
    assert texts(said["source"]) == ["Opposition leader Vida Kessen"]


def test_a_shell_noun_before_a_possessor_on_a_relative_clause(analyse):
    r = analyse("The rebels said they had taken the bridge, an account Norvel's army rejected.")
    (rejected,) = by_cue(r, "rejected")
    assert texts(rejected["source"]) == ["Norvel's army"]
    assert texts(rejected["content"]) == ["an account"]


def test_the_topic_of_a_verb_with_its_own_preposition_is_its_content(analyse):
    r = analyse("Neither company has commented on reports in the Vesta Courier that the two firms held merger talks.")
    (commented,) = by_cue(r, "has commented on")
    assert texts(commented["source"]) == ["Neither company"]
    assert texts(commented["content"]) == ["reports in the Vesta Courier that the two firms held merger talks"]


def test_a_speaker_with_nothing_said_reports_nothing(analyse):
    r = analyse("The mayor of Orlen said the bridge was unsafe. He did not provide evidence.")
    assert cues(r) == ["said"]


def test_a_content_does_not_stop_on_a_subject_before_its_relative_clause(analyse):
    r = analyse('The watchdog said it was "fairly sure" that the firm, which it calls Grey Finch, was behind the '
                'leak, which began in May.')
    (said,) = by_cue(r, "said")
    assert " ".join(texts(said["content"])).startswith('it was "fairly sure" that the firm, which it calls Grey '
                                                         'Finch, was behind the leak')


def test_a_participle_after_a_long_lead_is_a_second_act(analyse):
    r = analyse("Orlen has closed its embassy in Varsk after two of its diplomats were expelled on Friday over a "
                "spying row, the Orlen foreign ministry said in a statement on Monday, calling the move "
                "\"a hostile act\".")
    (said,) = by_cue(r, "said")
    assert texts(said["source"]) == ["the Orlen foreign ministry"]
    assert texts(said["content"])[0].startswith("Orlen has closed its embassy in Varsk")
    (calling,) = by_cue(r, "calling")
    assert texts(calling["content"]) == ["the move \"a hostile act\""]


def test_a_relative_clause_of_referring_to_a_thing_as_a_name_is_no_report(analyse):
    r = analyse('The convoy was shadowed by a drone Hallemi pilots refer to as the "Wasp", the navy said.')
    assert cues(r) == ["said"]
    r = analyse("Shells hit the bridge, which local fighters refer to as the Spine, a militia commander said.")
    assert cues(r) == ["said"]


def test_referring_to_a_person_as_a_name_stays_a_report(analyse):
    r = analyse('Senator Olga Brisk referred to the governor as "a coward" on Tuesday.')
    assert cues(r) == ["referred to"]
