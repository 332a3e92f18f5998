"""Of two bodies the text called by one noun, a description in the story's own words is the body the story tells of,
not the one named only as who tells it."""
from __future__ import annotations


def mention_texts(result, name):
    return [m["text"] for e in result["entities"] if e["name"] == name for m in e["mentions"]]


STORY = ("A statement issued by the Grey Herons, a rebel group in Dorvia's eastern hills, is authentic, researchers "
         "at the Linden Observatory, a digital rights group, said on Tuesday.\n\nThe statement, published on the "
         "group's website on Monday, lists three demands.")


def test_the_group_in_the_story_s_words_is_the_one_told_of(analyse):
    r = analyse(STORY)
    assert "the group" in mention_texts(r, "Grey Herons")
    assert "the group" not in mention_texts(r, "Linden Observatory")


def test_the_group_after_a_second_named_participant_stays_the_nearest(analyse):
    # both named in what is told: the nearest called so, as before
    r = analyse(STORY.replace("researchers at the Linden Observatory, a digital rights group, said",
                              "and the Linden Observatory, a digital rights group, has copied it, officials said"))
    assert "the group" in mention_texts(r, "Linden Observatory")
