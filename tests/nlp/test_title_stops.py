"""The title stops component: an abbreviated title before a name keeps its full stop, and no sentence ends there."""
from __future__ import annotations

import pytest

from tests.news import by_cue, joined


def sentences(nlp, text):
    return [s.text for s in nlp(text).sents]


@pytest.mark.parametrize("text, title", [
    ("Army spokesman Brig. Gen. Hamid Osman said the troops had left the airport.", "Brig."),
    ("Lt. Col. Maria Lopez told reporters the base was secure.", "Lt."),
    ("Sens. Susan Collins and Lisa Murkowski said they would vote against the bill.", "Sens."),
    ("Det. Insp. Kevin Reid said two men had been arrested in Leeds.", "Insp."),
])
def test_a_title_before_a_name_is_one_word_and_ends_no_sentence(nlp, text, title):
    doc = nlp(text)
    assert title in [t.text for t in doc]
    assert sentences(nlp, text) == [text]
    assert doc.text == text


def test_the_speaker_keeps_the_title_and_the_report_its_speaker(analyse):
    (a,) = by_cue(analyse("Army spokesman Brig. Gen. Hamid Osman said the troops had left the airport."), "said")
    assert joined(a["source"]) == "Army spokesman Brig. Gen. Hamid Osman"
    assert joined(a["content"]) == "the troops had left the airport"


def test_a_title_word_that_ends_a_sentence_is_left_alone(nlp):
    # 'Col' as a mountain pass's name, a stop and a lower-case word: not a title before a name
    text = "The climbers reached the Col. then they turned back. Sec. 4 of the act applies."
    assert [t.text for t in nlp(text)][4:6] == ["Col", "."]


def test_the_component_is_in_the_saved_config(nlp):
    assert nlp.get_pipe_meta("claimgraph_title_stops").factory == "claimgraph_title_stops_v1"
