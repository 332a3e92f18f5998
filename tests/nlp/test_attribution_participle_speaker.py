"""A participle set off by a comma, or after a preposition, says what the subject of its clause says: not the
clause's object, nor a phrase after it."""
from __future__ import annotations

from tests.news import by_cue_ending, joined


def test_a_participle_after_a_preposition_speaks_for_the_subject(analyse):
    r = analyse("Ilse Varn, a retired pilot, spoke to the harbour board on Tuesday and began by insisting that the "
                "quay had never been safe.")
    (insisting,) = by_cue_ending(r, "insisting")
    assert joined(insisting["source"]) == "Ilse Varn"
