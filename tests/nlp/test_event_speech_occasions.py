"""Events on unseen text: a speech an act is told in, or a rally words are said at, is the occasion of its words, no
meeting and no protest."""
from __future__ import annotations


def test_a_speech_an_act_is_told_in_is_no_meeting(analyse):
    r = analyse("Premier Ilka Dorn said in a televised address on Sunday that the ports would reopen.")
    assert "address" not in [e["trigger"]["text"] for e in r["events"]]
    r = analyse("Governor Pavel Strand praised the firefighters during a speech in Corvel on Monday.")
    assert "speech" not in [e["trigger"]["text"] for e in r["events"]]
    # a speech given is still an act
    r = analyse("Governor Pavel Strand gave a speech to farmers in Corvel on Monday.")
    assert "speech" in [e["trigger"]["text"] for e in r["events"]]


def test_a_rally_words_are_said_at_is_no_protest(analyse):
    r = analyse("Ilka Dorn, the opposition candidate, said at a rally in Corvel on Monday that the count was rigged.")
    assert "rally" not in [e["trigger"]["text"] for e in r["events"]]
    # a rally acted on is still the rally
    r = analyse("Police fired tear gas at a rally in Corvel on Monday.")
    assert "rally" in [e["trigger"]["text"] for e in r["events"]]
