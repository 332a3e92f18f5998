"""A hedged showing: 'the footage appears to show C' has the footage for source, 'appears to show' for cue and C
for content, and the seeming still lowers the certainty of what is shown."""
from __future__ import annotations

import pytest

from tests.news import joined


def by_cue(result, cue):
    return [a for a in result["attributions"] if joined(a["cue"]) == cue]


@pytest.mark.parametrize("text, source, cue, content", [
    ("Satellite images of the Brevik refinery appeared to show damage to three storage tanks.",
     "Satellite images of the Brevik refinery", "appeared to show", "damage to three storage tanks"),
    ("Footage verified by the Tollan Courier appears to show soldiers firing at the crowd.",
     "Footage verified by the Tollan Courier", "appears to show", "soldiers firing at the crowd"),
    ("The leaked emails seemed to indicate that the minister knew of the payments.",
     "The leaked emails", "seemed to indicate", "the minister knew of the payments"),
])
def test_a_seeming_showing_has_its_subject_for_source(analyse, text, source, cue, content):
    r = analyse(text)
    (record,) = by_cue(r, cue)
    assert joined(record["source"]) == source
    # PolNeAR keeps a 'that' opening the content
    assert joined(record["content"]).removeprefix("that ") == content


def test_the_seeming_still_hedges_what_is_shown(analyse):
    r = analyse("Satellite images of the Brevik refinery appeared to show damage to three storage tanks.")
    (claim,) = [c for c in r["claims"] if "damage" in c["span"]["text"]]
    assert 0 < claim["certainty"]["value"] < 3


@pytest.mark.parametrize("text", [
    "The talks appear to have stalled.",  # a seeming with no showing: no source to give
    "It appears to show nothing new, the inspector said.",  # 'it' may be empty
])
def test_no_showing_source_without_a_showing_subject(analyse, text):
    r = analyse(text)
    assert not [a for a in r["attributions"] if "seems to show" in (a.get("evidence") or {}).get("construction", "")]
