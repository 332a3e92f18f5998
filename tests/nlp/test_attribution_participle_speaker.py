"""A participle set off by a comma, or after a preposition, says what the subject of its clause says: not the
clause's object, nor a phrase after it."""
from __future__ import annotations

from tests.news import by_cue_ending, joined


def test_a_participle_after_a_preposition_speaks_for_the_subject(analyse):
    r = analyse("Ilse Varn, a retired pilot, spoke to the harbour board on Tuesday and began by insisting that the "
                "quay had never been safe.")
    (insisting,) = by_cue_ending(r, "insisting")
    assert joined(insisting["source"]) == "Ilse Varn"
    assert insisting["evidence"]["participle_speaker_by"] == "subject of the clause it hangs on"


def test_a_participle_after_a_report_that_follows_its_content_speaks_for_the_reporter(analyse):
    # the reported clause's subject is no speaker, whether the parser hangs the participle on the report or on
    # the reported clause's verb
    r = analyse("Soldiers fired on the crowd in the square on Monday, the rights group Halden Watch said, calling the "
                "shooting a massacre.")
    (calling,) = by_cue_ending(r, "calling")
    assert joined(calling["source"]) == "the rights group Halden Watch"
    r = analyse("A Tarrish coast guard cutter rammed a Pellan fishing boat near the Osk Bank on Sunday, Pella's "
                "foreign ministry said, calling the collision \"an act of piracy\".")
    (calling,) = by_cue_ending(r, "calling")
    assert joined(calling["source"]) == "Pella's foreign ministry"
    # the parser hangs this participle on the reported clause's verb: the evidence says the speaker was found by
    # the report nearest before the participle
    assert calling["evidence"]["participle_speaker_by"] == "report before the participle"
    assert calling["parent"] is None
