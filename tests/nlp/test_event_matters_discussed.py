"""Events on unseen text: a matter one declines to discuss, or one discussed by no one named, is no talks."""
from __future__ import annotations


def triggers(result):
    return [e["trigger"]["text"] for e in result["events"]]


def test_declining_to_discuss_a_matter_is_no_rejection_and_no_talks(analyse):
    r = analyse("The Ostrel spokesman declined to discuss the case.")
    assert triggers(r) == []


def test_a_matter_to_be_discussed_by_no_one_named_is_no_talks(analyse):
    r = analyse("New tariffs are likely to be discussed, two Ostrel diplomats said.")
    assert "discussed" not in triggers(r)


def test_refusing_talks_with_a_party_stays(analyse):
    r = analyse("Ostrel refused to discuss the border with Brask.")
    assert "refused" in triggers(r)
