"""Reports inside relative clauses and other news constructions around a report's content and source."""
from __future__ import annotations

import pytest

from tests.news import by_cue, texts


def test_a_report_in_a_relative_clause_without_pronoun_takes_the_head_noun(analyse):
    r = analyse("The council backed a decision Mayor Tom Bradley said was unavoidable.")
    (said,) = by_cue(r, "said")
    assert texts(said["source"]) == ["Mayor Tom Bradley"]
    assert texts(said["content"]) == ["a decision", "was unavoidable"]


def test_a_relative_pronoun_keeps_its_own_reading(analyse):
    # 'that' stands in the gap, so the head noun is not added beside it
    r = analyse("The bank sold assets that analysts said were overvalued.")
    (said,) = by_cue(r, "said")
    assert "assets" not in " ".join(texts(said["content"]))
    assert texts(said["content"])[-1] == "were overvalued"


def test_a_relative_report_with_its_own_subject_is_left_alone(analyse):
    r = analyse("The board approved a merger the chairman said the regulator would examine closely.")
    (said,) = by_cue(r, "said")
    assert "merger" not in " ".join(texts(said["content"]))


@pytest.mark.parametrize("text, second", [
    ('The minister said on Thursday the levy was "fair and modest," and that growers would be paid within a month.',
     "growers would be paid within a month"),
    ('The retailer said its margins were "solid," but that shipping costs would rise.', "shipping costs would rise"),
])
def test_a_second_that_clause_after_a_quotation_stays_in_the_content(analyse, text, second):
    r = analyse(text)
    (said,) = by_cue(r, "said")
    content = " ".join(texts(said["content"]))
    assert content.endswith(second)
    claim = next(c for c in r["claims"] if second in c["span"]["text"])
    assert claim["attribution"] == said["id"]


def test_a_conjoined_report_keeps_its_own_content(analyse):
    r = analyse('Jones said the vote was "a disgrace," and added that he would appeal.')
    (said,) = by_cue(r, "said")
    (added,) = by_cue(r, "added")
    assert "appeal" not in " ".join(texts(said["content"]))
    assert " ".join(texts(added["content"])).endswith("he would appeal")


@pytest.mark.parametrize("text, cue, speaker, said", [
    ("Customs officers detained Maren Olvik, who detectives believe smuggled the paintings out of Korsa.",
     "believe", "detectives", "smuggled the paintings out of Korsa"),
    ("The tribunal sentenced Ruben Askel, who survivors say ordered the burning of the granary.",
     "say", "survivors", "ordered the burning of the granary"),
    ("The assembly voted on Friday to expel former treasurer Lidia Vorn, who auditors say diverted the pension "
     "fund to a shell company.", "say", "auditors", "diverted the pension fund to a shell company"),
])
def test_the_speaker_between_a_relative_pronoun_and_its_cue_is_the_source(analyse, text, cue, speaker, said):
    # the pronoun is the gap subject of what is said; the name it stands for says nothing
    r = analyse(text)
    (report,) = by_cue(r, cue)
    assert texts(report["source"]) == [speaker]
    assert texts(report["content"])[-1] == said
