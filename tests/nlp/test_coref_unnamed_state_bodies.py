"""A state's body named by its word alone ("the army", "parliament", "the presidency") as a subject, an addressee or
an agent is the body of the story's state, named by its adjective."""
from __future__ import annotations


def entity(result, name):
    return next((e for e in result["entities"] if e["name"] == name), None)


def mention_texts(result, name):
    return [m["text"] for e in result["entities"] if e["name"] == name for m in e["mentions"]]


STORY = ("Gallovan's finance minister, Rurik Taal, survived a shooting in the port of Emsby on Monday, the state "
         "broadcaster said. Taal told parliament on Tuesday that the attack would not change his budget. A senior "
         "officer said the army had sent units to the port. The officer said the troops would stay until Friday. "
         "The presidency said it would hold a security meeting.")


def test_a_state_s_bodies_named_by_their_word_are_the_story_state_s(analyse):
    r = analyse(STORY)
    assert "parliament" in mention_texts(r, "Gallovanian parliament")
    assert "the army" in mention_texts(r, "Gallovanian army")
    assert "The presidency" in mention_texts(r, "Gallovanian presidency")
    assert entity(r, "Gallovanian army")["type"] == "ORG"


def test_the_presidency_won_is_no_body(analyse):
    r = analyse("Gallovan's opposition leader, Mira Hent, said on Monday she would seek the presidency in May.")
    assert not [e for e in r["entities"] for m in e["mentions"] if m["text"] == "the presidency"]
