""""Morvania accused neighbouring Pessary on Monday of supplying rifles": the act told by the gerund after "accused X
of" is done by the accused, not by the accuser the analysis may give it as doer; the accuser is its source."""
from __future__ import annotations

from claimgraph.link.linker import accused_doer

TEXT = "Morvania accused neighbouring Pessary on Monday of supplying rifles to the Kesh Valley Front."


def event_and_claim(text: str, gerund: str, actor: str):
    start = text.index(gerund)
    claim = {"span": {"start": start, "end": len(text) - 1, "text": text[start:-1]}}
    event = {"id": "v1", "type": "AID", "trigger": {"start": start, "end": start + len(gerund), "text": gerund},
             "roles": {"actor": actor}, "role_mentions": {"actor": {"start": 0, "end": len(actor), "text": actor}}}
    return event, claim


def test_the_accused_does_the_act_of_the_gerund():
    event, claim = event_and_claim(TEXT, "supplying", "Morvania")
    found = accused_doer(event, claim, TEXT)
    assert found["roles"]["actor"] == "Pessary"
    assert TEXT[found["role_mentions"]["actor"]["start"]:found["role_mentions"]["actor"]["end"]] == "Pessary"


def test_the_head_its_rulers_go_by_is_kept_with_the_accused():
    text = "The rebels accused the Pessarian government of supplying rifles to the militia."
    event, claim = event_and_claim(text, "supplying", "rebels")
    assert accused_doer(event, claim, text)["roles"]["actor"] == "Pessarian government"


def test_an_act_told_otherwise_keeps_its_doer():
    text = "Morvania said Pessary was supplying rifles to the Kesh Valley Front."
    event, claim = event_and_claim(text, "supplying", "Pessary")
    assert accused_doer(event, claim, text)["roles"]["actor"] == "Pessary"
