"""Linking on analyses of articles written for these tests: a link denied between something and an act ("the raid
was not linked to the kidnapping of ...") presupposes the act and denies nothing of it, unless it names the doer."""
from __future__ import annotations

from tests.link.conftest import linked_analyses

KIDNAPPING = ("Gunmen of the Marl Brigade kidnapped five workers employed by Tolvane Shipping near Osk on Saturday, "
              "two police officers told the Dunmere Herald.", "Dunmere Herald", "2026-05-04")


def kidnapping(claims):
    return next(c for c in claims if any(m["span"]["text"].startswith("Gunmen") for m in c["mentions"]))


def test_a_raid_not_linked_to_the_act_stays_apart(tmp_path, nlp):
    claims = linked_analyses(tmp_path / "s.db", nlp, [KIDNAPPING, (
        "Gunmen of the Marl Brigade kidnapped five Tolvane Shipping workers after their disappearance near Osk on "
        "Saturday, the Dunmere Herald reported.", "Tarn Wire", "2026-05-04"), (
        "Osk army troops raided two camps in the hills on Thursday. An army spokesman, Colonel Ivo Dask, said the "
        "raid had been planned for weeks and was not linked to the disappearance of the Tolvane Shipping workers.",
        "Corran Post", "2026-05-07")])
    taken = kidnapping(claims)
    assert "Corran Post" not in {m["outlet"] for m in taken["mentions"]}, taken["mentions"]
    assert not taken["contradicted"]


def test_the_doer_denying_a_link_to_the_act_denies_it(tmp_path, nlp):
    claims = linked_analyses(tmp_path / "s.db", nlp, [KIDNAPPING, (
        "The Marl Brigade said on Monday that it was not linked to the kidnapping of the Tolvane Shipping workers "
        "near Osk.", "Corran Post", "2026-05-05")])
    assert kidnapping(claims)["contradicted"]
