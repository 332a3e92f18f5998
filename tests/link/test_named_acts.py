"""A speaker who gives a known act a name ("called the closure 'a wound'", "described the raid as a provocation")
speaks about the act, named by its noun; the speaker is no source of it."""
from __future__ import annotations

import pytest

from claimgraph.link.corroboration import presupposed

from tests.link.conftest import span_of


def said(sentence, phrase, noun):
    at = sentence.index(noun)
    content = span_of(sentence, phrase)
    document = {"text": sentence, "content_at": {"a1": (content["start"], content["end"])},
                "events": {"v1": {"id": "v1", "trigger": {"start": at, "end": at + len(noun), "text": noun},
                                  "mentions": []}}}
    claim = {"id": "c", "span": content, "event": "v1", "attribution": "a1",
             "trigger": {"start": at, "end": at + len(noun), "text": noun}}
    return document, claim


@pytest.mark.parametrize("sentence, phrase", [
    ("Bishop Anselm Corve called the closure of the seminary \"a wound to the faith\".",
     "the closure of the seminary \"a wound to the faith\""),
    ("The union's leader, Petra Lusk, described the closure as a betrayal of the workers.",
     "the closure as a betrayal of the workers"),
    ("Lusk branded the closure an act of spite.", "the closure an act of spite"),
])
def test_an_act_a_speaker_names_is_presupposed(sentence, phrase):
    assert presupposed(*said(sentence, phrase, "closure"))


def test_an_act_a_speaker_confirms_is_reported():
    document, claim = said("Bishop Anselm Corve confirmed the closure of the seminary.", "the closure of the seminary",
                           "closure")
    assert not presupposed(document, claim)


def test_a_call_for_an_act_is_no_name_given_to_it():
    document, claim = said("Petra Lusk called for the closure of the seminary.", "the closure of the seminary",
                           "closure")
    assert not presupposed(document, claim)
