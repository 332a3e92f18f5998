"""Attribution shapes found failing on news texts written for a third round of probes, on sentences of their own."""
from __future__ import annotations

import pytest

from claimgraph.nlp.attribution.cues import CueLexicon, addressee_only
from tests.news import by_cue, cues, joined


@pytest.mark.parametrize("text", [
    "The dock workers were told on Monday.",
    "Shareholders have been informed.",
    "The nurses were briefed by the hospital last week.",
])
def test_whom_something_was_told_is_no_content(analyse, text):
    r = analyse(text)
    subject = " ".join(text.split()[:2])
    assert not any(joined(a["content"]).startswith(subject) for a in r["attributions"]), r["attributions"]


def test_a_passive_tell_with_what_was_told_keeps_its_report(analyse):
    (a,) = by_cue(analyse("The dock workers were told that the port would close."), "were told")
    assert joined(a["content"]) == "that the port would close"


@pytest.mark.parametrize("text, kept", [
    ("Jokes are told at every dinner.", True),
    ("The volunteers were told at every dinner.", False),
])
def test_a_thing_told_is_no_addressee(parse, text, kept):
    doc = parse(text)
    verb = next(t for t in doc if t.lower_ == "told")
    subject = next(c for c in verb.children if c.dep_ == "nsubjpass")
    told = addressee_only(verb, {t.i for t in subject.subtree}, CueLexicon().told_things)
    assert told is not kept
