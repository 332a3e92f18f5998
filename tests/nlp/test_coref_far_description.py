"""'The group' many sentences after the one body of its kind the story names is that body; with two such bodies, or
one of no known kind, a far description stays unresolved."""
from __future__ import annotations


STORY = ("Border police seized rifles bound for the Ashfell Liberation Front near the town of Corro on Monday, "
         "officials said.\n\nThe rifles were hidden in crates of tiles. An official said investigators suspected a "
         "trading firm in Corro. The Daily Vessel reported that the crates had been shipped in May. The paper said "
         "police had tracked the ship since April. The official said the captain had been detained.\n\n"
         "Nobody in Corro had any dealings with the group, the mayor said.")


def mention_texts(result, name):
    return [m["text"] for e in result["entities"] if e["name"] == name for m in e["mentions"]]


def test_the_group_far_after_the_one_armed_group_named_is_it(analyse):
    r = analyse(STORY)
    assert "the group" in mention_texts(r, "Ashfell Liberation Front")


def test_the_group_far_after_two_armed_groups_stays_open(analyse):
    r = analyse(STORY.replace("the Ashfell Liberation Front", "the Ashfell Liberation Front and the Tarrow Brigades"))
    assert not [e for e in r["entities"] for m in e["mentions"] if m["text"] == "the group"]
