"""'X said its fighters would clear the road and accused Y of C': a reporting verb coordinated, without a subject of
its own, with the clause X reports is X's second report, not part of the first one's content."""
from __future__ import annotations

import pytest

from tests.news import by_cue_ending, joined


@pytest.mark.parametrize("text, source, first, cue, second", [
    ('The Varnish Front said its fighters would "clear" the road and accused the army of shelling the villages.',
     "The Varnish Front", 'its fighters would "clear" the road', "accused", "the army of shelling the villages"),
    ("The Varnish Front said its fighters had cleared the road and accused the army of shelling the villages.",
     "The Varnish Front", "its fighters had cleared the road", "accused", "the army of shelling the villages"),
    ("The rebels said they would hold the pass and warned the army against any advance.",
     "The rebels", "they would hold the pass", "warned", "the army against any advance"),
])
def test_a_conjoined_reporting_verb_is_the_main_subjects_report(analyse, text, source, first, cue, second):
    r = analyse(text)
    (said,) = by_cue_ending(r, "said")
    assert joined(said["content"]) == first
    (other,) = by_cue_ending(r, cue)
    assert joined(other["source"]) == source
    assert joined(other["content"]) == second


def test_an_act_that_is_no_speech_makes_no_second_report(analyse):
    r = analyse("The ministry said its envoy would stay in Tarsk and recalled its ambassador from Vell.")
    assert by_cue_ending(r, "recalled") == []


def test_a_report_the_parser_hangs_on_a_relative_clause_in_the_first_content_is_the_speakers_second(analyse):
    r = analyse('The Red Cross delegate for Ostmark, Jana Pirel, called on both armies to reopen roads that closed '
                'in April and urged Velsor to "stop the shelling".')
    (called,) = by_cue_ending(r, "on")
    (urged,) = by_cue_ending(r, "urged")
    assert joined(called["content"]) == "both armies to reopen roads that closed in April"
    assert joined(urged["source"]) == joined(called["source"])
