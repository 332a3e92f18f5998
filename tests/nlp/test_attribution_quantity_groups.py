"""A source named by a noun of quantity and 'of' ('dozens of witnesses', 'a handful of lawmakers', 'a pair of
envoys') is the unnamed people after 'of': anonymous, counted only where the quantity says a number."""
from __future__ import annotations

import pytest

from tests.news import by_source


@pytest.mark.parametrize("text, source, count", [
    ("Dozens of witnesses said the police fired first.", "Dozens of witnesses", None),
    ("A handful of lawmakers said they would vote against the bill.", "A handful of lawmakers", None),
    ("Hundreds of residents said the water was unsafe.", "Hundreds of residents", None),
    ("A pair of envoys said the talks had stalled.", "A pair of envoys", 2),
])
def test_a_quantity_of_people_is_an_unnamed_group(analyse, text, source, count):
    r = analyse(text)
    (group,) = by_source(r, source)
    assert group["source_kind"] == "anonymous"
    assert group["source_count"] == count


def test_the_people_after_the_quantity_are_picked_up_again(analyse):
    r = analyse("Dozens of witnesses said the police fired first. One of the witnesses said she saw a rifle.")
    (group,) = by_source(r, "Dozens of witnesses")
    (member,) = by_source(r, "One of the witnesses")
    assert member["refers_to"] == group["id"] and member["source_count"] == 1


@pytest.mark.parametrize("text, source, count", [
    ("Two pilots at the base said the runway lights had failed. Neither would say who had switched them off.",
     "Neither", 2),
    ("Three clerks at the registry said the files had been moved. None of them would say who had moved them.",
     "None of them", 3),
])
def test_neither_and_none_of_them_refer_back_to_the_group_named_before(analyse, text, source, count):
    r = analyse(text)
    (first, second) = r["attributions"]
    assert [s["text"] for s in second["source"]] == [source]
    assert second["refers_to"] == first["id"]
    assert second["source_kind"] == "anonymous"
    assert second["source_count"] == count


def test_a_demonstrative_points_at_the_member_just_picked_out_of_the_group(analyse):
    r = analyse("Three engineers at the Kolby plant said the pumps had failed twice in May. The second engineer told "
                "the Harrow Ledger that the valves were rusted. That engineer also said the plant's managers had been "
                "warned in April.")
    (group,) = by_source(r, "Three engineers at the Kolby plant")
    (second,) = by_source(r, "The second engineer")
    (that,) = by_source(r, "That engineer")
    assert second["refers_to"] == group["id"]
    # 'that engineer' is the second one, not the group the second was picked from
    assert that["refers_to"] == second["id"]
