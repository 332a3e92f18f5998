"""Linking on analyses of articles written for these tests: one trade measure told as imports suspended, purchases
stopped and goods refused entry by the state's customs officers; its ministry named by the capital it sits in."""
from __future__ import annotations

from tests.link.conftest import linked_analyses

WIRE = ("DUNMERE (Tarn Wire) - Ostmaria has suspended imports of steel from Tervia, Ostmaria's trade ministry said on "
        "Friday. Ostmarian mills buy most of their steel from Tervia.", "Tarn Wire", "2026-06-05")
RETOLD = ("Ostmaria has stopped all purchases of Tervian steel, Tarn Wire reported on Friday, citing the trade ministry "
          "in Dunmere. Ostmarian officials in Dunmere said the measure would be reviewed in July.", "Corran Post",
          "2026-06-06")
TARGET = ("Tervia's trade minister, Ida Lorn, said on Saturday that Ostmarian customs officers had refused entry to 50 "
          "trucks of Tervian steel since Friday.", "Velle Times", "2026-06-06")


def measure(claims):
    return next(c for c in claims if c["event"] and c["event"]["type"] == "SANCTION"
                and any(m["span"]["text"].startswith("Ostmaria has suspended") for m in c["mentions"]))


def test_purchases_stopped_are_the_imports_suspended_with_one_ministry_for_origin(tmp_path, nlp):
    claim = measure(linked_analyses(tmp_path / "s.db", nlp, [WIRE, RETOLD]))
    assert {m["outlet"] for m in claim["mentions"]} == {"Tarn Wire", "Corran Post"}, claim["mentions"]
    assert claim["independent_origins"] == 1, claim["origins"]


def test_goods_refused_entry_by_customs_officers_are_the_measure_told_by_its_target(tmp_path, nlp):
    claim = measure(linked_analyses(tmp_path / "s.db", nlp, [WIRE, RETOLD, TARGET]))
    assert "Velle Times" in {m["outlet"] for m in claim["mentions"]}, claim["mentions"]
    assert claim["independent_origins"] == 2, claim["origins"]
