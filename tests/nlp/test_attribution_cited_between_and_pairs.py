"""A citing participle set off between a report's subject and its verb, and 'both' standing alone for a pair of
sources named before, on sentences of their own."""
from __future__ import annotations

import pytest

from tests.news import by_cue, cues, joined


@pytest.mark.parametrize("text, cue, cited", [
    ("The Marlow Courier, quoting two harbour officials, reported on Friday that the ferry had been impounded.",
     "quoting", "two harbour officials"),
    ("Radio Tessel, citing a police memo, said the convoy would leave at dawn.", "citing", "a police memo"),
])
def test_a_citing_participle_between_subject_and_verb_names_the_reports_source(analyse, text, cue, cited):
    result = analyse(text)
    (citation,) = by_cue(result, cue)
    (report,) = [a for a in result["attributions"] if a is not citation]
    assert joined(citation["source"]) == cited
    assert joined(citation["content"]) == joined(report["content"])
    assert citation["parent"] == report["id"]
    assert cited not in joined(report["source"])


def test_the_source_cited_between_is_the_one_referred_back_to(analyse):
    result = analyse("The Marlow Courier, quoting a senior port official, reported that the ferry had been "
                     "impounded. The official said the crew had been released.")
    (quoting,) = by_cue(result, "quoting")
    later = [a for a in result["attributions"] if joined(a["source"]) == "The official"]
    assert later and later[0]["refers_to"] == quoting["id"]


def test_a_participle_that_describes_the_subject_is_no_citation(analyse):
    result = analyse("The Marlow Courier, quoting poems in every issue, is read in every port town.")
    assert "quoting" not in cues(result)


def test_both_standing_alone_goes_back_to_the_pair_named_before(analyse):
    result = analyse("Two Ardish engineers told the Quill on Monday that the pipeline had cracked. Both said the "
                     "repairs would take weeks.")
    (first,) = by_cue(result, "told")
    (both,) = [a for a in result["attributions"] if joined(a["source"]) == "Both"]
    assert both["refers_to"] == first["id"]
    assert both["source_kind"] == "anonymous"
    assert both["source_count"] == 2


def test_both_does_not_go_back_to_a_group_of_another_size(analyse):
    result = analyse("Three Ardish engineers told the Quill on Monday that the pipeline had cracked. Both said the "
                     "repairs would take weeks.")
    (both,) = [a for a in result["attributions"] if joined(a["source"]) == "Both"]
    assert both["refers_to"] is None


def test_both_before_a_noun_is_no_pronoun(analyse):
    result = analyse("Both ministries said the talks had stalled.")
    (a,) = by_cue(result, "said")
    assert joined(a["source"]) == "Both ministries"
    assert a["refers_to"] is None
