"""A clause naming a claim's parties joins it only for what it says of them: the words of an office that name a party
("the defence minister", "Dravo's interior minister") say nothing of it."""
from __future__ import annotations

from claimgraph.link.linker import match, office_words
from claimgraph.link.normalise import content_words, stem

ENVOY, DRAVO = 1, 2
MET = "Pellanor's defence minister, Hollis Varn, met Dravo's president in secret in Kettle in June"


def clause(words):
    plain = content_words(" ".join(w for w in words.split() if not w[:1].isupper()))
    return {"event_type": None, "roles": {}, "time_value": None, "tokens": content_words(words),
            "plain_tokens": plain, "parties": [ENVOY, DRAVO], "text": words}


LINKED = {"id": 7, "event_type": "CONSULT", "roles": {"actor": ENVOY, "recipient": DRAVO}, "time_value": None,
          "tokens": content_words(MET), "parties": [ENVOY, DRAVO]}


def test_office_words_are_read_from_the_lexicon():
    assert {stem(w) for w in ("minister", "defence", "interior", "president")} <= office_words()


def test_a_ceremony_attended_with_another_minister_is_no_mention_of_a_meeting():
    ceremony = clause("Pellanor's defence minister, Hollis Varn, attended the launch ceremony at the port of Sull "
                      "with Dravo's interior minister")
    assert match(ceremony, LINKED)[0] == 0.0


def test_a_clause_telling_the_meeting_in_its_own_words_still_joins():
    retold = clause("Pellanor's defence minister, Hollis Varn, met Dravo's president in secret to settle the terms")
    assert match(retold, LINKED)[0] > 0
