"""Who speaks in a quotation in their own voice says "I" or "we" of themselves: a third person's pronoun in the
quoted words is someone else, never the quotation's speaker."""
from __future__ import annotations


def _mentions(r, name):
    return [m["text"] for e in r["entities"] if e["name"] == name for m in e["mentions"]]


def test_her_in_a_first_person_quotation_is_not_its_speaker(analyse):
    r = analyse('Marta Oslen, the party\'s leader, said on Monday: "I told her that we would not vote for the '
                'budget." She said Anna Pirk had agreed.')
    assert "her" not in _mentions(r, "Marta Oslen")


def test_his_in_a_first_person_quotation_is_not_its_speaker(analyse):
    r = analyse('Ivo Resk left the talks on Monday. "I gave him my answer and we shook hands," Karl Venn said.')
    assert "him" not in _mentions(r, "Karl Venn")


def test_a_quoted_phrase_in_the_narrator_s_sentence_keeps_its_pronoun(analyse):
    r = analyse('Karl Venn vowed on Monday to "defend his voters" in the new parliament.')
    assert "his" in _mentions(r, "Karl Venn")
