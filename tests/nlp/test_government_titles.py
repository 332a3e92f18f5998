"""A government's spokesman with no state named speaks for the state the story is about; "Government" opening a
sentence before a title is no name."""
from __future__ import annotations


def relations(result):
    return {(r["type"], r["subject"], r["object"]) for r in result["relations"]}


def names(result):
    return {e["name"] for e in result["entities"]}


STORY = ("Tesmarra shut its border with Quellen on Tuesday after Tesmarran troops clashed with smugglers near "
         "Brod.\n\n"
         "Government spokesman Aldo Ferrant said the border would stay shut for ten days.\n\n"
         "A government spokeswoman, Lise Orvan, later said Tesmarra wanted talks.")


def test_government_spokesman_before_the_name_speaks_for_the_story_state(analyse):
    r = analyse(STORY)
    assert ("spokesperson_of", "Aldo Ferrant", "Tesmarra") in relations(r)


def test_government_spokeswoman_in_apposition_speaks_for_the_story_state(analyse):
    r = analyse(STORY)
    assert ("spokesperson_of", "Lise Orvan", "Tesmarra") in relations(r)


def test_sentence_opening_government_is_no_name(analyse):
    r = analyse(STORY)
    assert "Government" not in names(r)


def test_no_story_state_no_owner(analyse):
    # two states named as often as each other: which one the government is cannot be told
    r = analyse("Tesmarra and Quellen met in Brod on Monday.\n\n"
                "Government spokesman Aldo Ferrant said the talks went well.")
    assert not any(t == "spokesperson_of" and s == "Aldo Ferrant" for t, s, _ in relations(r))


def test_lower_case_government_spokesman_after_the_verb(analyse):
    r = analyse("Tesmarra shut its border with Quellen on Tuesday after Tesmarran troops clashed with smugglers.\n\n"
                "The border would stay shut, said government spokesman Aldo Ferrant.")
    assert ("spokesperson_of", "Aldo Ferrant", "Tesmarra") in relations(r)


def test_another_state_named_with_the_government_is_not_the_story_state(analyse):
    r = analyse("Tesmarra shut its border with Quellen on Tuesday after Tesmarran troops clashed with smugglers. "
                "Tesmarra blamed the smugglers.\n\n"
                "Quellen government spokesman Aldo Ferrant said the border would stay shut.")
    assert ("spokesperson_of", "Aldo Ferrant", "Tesmarra") not in relations(r)
    assert ("spokesperson_of", "Aldo Ferrant", "Quellen") in relations(r)
