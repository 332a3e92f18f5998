"""A question about how or why an act was done ("asked why", "an inquiry into how") takes the act as given and
reports nothing of it, so its asker is no source of the act; an act explained ("explained how") is told."""
from __future__ import annotations

import pytest

from claimgraph.link.corroboration import presupposed

from tests.link.conftest import span_of


def asked(sentence, phrase):
    content = span_of(sentence, phrase)
    document = {"text": sentence, "content_at": {"a1": (content["start"], content["end"])}, "events": {}}
    return document, {"id": "c", "span": content, "attribution": "a1"}


@pytest.mark.parametrize("sentence, phrase", [
    ("Mira Dallow called for an inquiry into how the lorries had crossed the border unnoticed.",
     "how the lorries had crossed the border unnoticed"),
    ("Reporters asked the minister why the guards had opened the gates.", "why the guards had opened the gates"),
])
def test_a_question_about_an_act_presupposes_it(sentence, phrase):
    assert presupposed(*asked(sentence, phrase))


def test_an_act_explained_is_reported():
    sentence = "Mira Dallow explained how the lorries had crossed the border at night."
    assert not presupposed(*asked(sentence, "how the lorries had crossed the border at night"))
