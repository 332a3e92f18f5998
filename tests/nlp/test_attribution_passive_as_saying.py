"""'X was reported / cited as saying C': as with 'was quoted as saying', the passive's subject is who said C."""
from __future__ import annotations

import pytest

from tests.news import by_cue, joined


@pytest.mark.parametrize("text, cue, source, content", [
    ("The minister was reported as saying that the budget was final.",
     "was reported as saying", "The minister", "that the budget was final"),
    ("The envoy was cited as saying the talks had stalled.",
     "was cited as saying", "The envoy", "the talks had stalled"),
    ('"We are ready," the general was reported as saying.',
     "was reported as saying", "the general", "We are ready"),
])
def test_the_subject_of_a_passive_as_saying_is_the_speaker(analyse, text, cue, source, content):
    r = analyse(text)
    (report,) = by_cue(r, cue)
    assert joined(report["source"]) == source
    assert joined(report["content"]) == content


def test_a_passive_report_without_saying_keeps_no_source(analyse):
    r = analyse("The attack was reported as a suicide bombing.")
    assert all(joined(a["source"]) != "The attack" for a in r["attributions"])
