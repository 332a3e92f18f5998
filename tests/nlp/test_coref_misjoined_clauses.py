"""A verb the parser joins to another with no "and" or comma between them is a subordinate clause misread: it does
not share the joined verb's subject, so a pronoun object of it may be that subject. Texts written for these tests."""
from __future__ import annotations


def test_a_pronoun_after_a_misjoined_clause_is_the_sentence_subject(analyse):
    r = analyse("Ivo Marten, an exiled Kessanian journalist, was attacked in Orvel on Friday. Foreign Minister Anton "
                "Belk told reporters that he would raise the case. He urged the exiles not to gather outside the "
                "embassy.\n\nMarten fled Kessany in 2021 after a court there sentenced him to nine years in prison.")
    marten = next(e for e in r["entities"] if e["name"] == "Ivo Marten")
    assert "him" in [m["text"] for m in marten["mentions"]]
