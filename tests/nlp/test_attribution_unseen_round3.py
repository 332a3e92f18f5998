"""Attribution shapes found failing on news texts written for a third round of probes, on sentences of their own."""
from __future__ import annotations

import pytest

from claimgraph.nlp.attribution.cues import CueLexicon, addressee_only
from tests.news import by_cue, cues, joined


@pytest.mark.parametrize("text", [
    "The crew were told on Friday.",
    "Residents were told on Tuesday.",
    "The nurses were informed on Monday.",
])
def test_whom_something_was_told_is_no_content(analyse, text):
    r = analyse(text)
    subject = text.split(" were ")[0]
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


@pytest.mark.parametrize("text, source, content", [
    ('"We were promised the pumps were coming, but nobody could tell us where they went," one farmer, who asked '
     'not to be named, told the radio station.', "one farmer",
     "We were promised the pumps were coming, but nobody could tell us where they went"),
    ('"They said the money was safe, but nobody could explain where it went," a teacher, who asked not to be '
     'named, told the newspaper.', "a teacher", "They said the money was safe, but nobody could explain where it went"),
])
def test_a_speaker_after_a_quotation_hung_on_its_last_verb_reports_it(analyse, text, source, content):
    (a,) = by_cue(analyse(text), "told")
    assert joined(a["source"]) == source
    assert joined(a["content"]).strip('"“”, ') == content


def test_a_reporting_verb_inside_a_quotation_is_not_read_as_after_it(parse):
    from claimgraph.nlp.attribution.cues import speaker_after_quotation
    doc = parse('The coach said the players "know what they did wrong" and told reporters little else.')
    told = next(t for t in doc if t.lower_ == "told")
    assert not speaker_after_quotation(told, None)



@pytest.mark.parametrize("text, cue, source", [
    ("Importers were warned by the trade ministry that tariffs would rise in June.", "were warned",
     "the trade ministry"),
    ("Passengers were told by the airline that flights would resume on Monday.", "were told", "the airline"),
])
def test_the_agent_of_a_passive_report_is_its_source(analyse, text, cue, source):
    r = analyse(text)
    found = [a for a in r["attributions"] if joined(a["cue"]).endswith(cue.split()[-1])]
    assert found, r["attributions"]
    assert joined(found[0]["source"]) == source
