"""A party done to, named in one report and counted in another: one person is no counted group of people, while a
counted group of an organisation's staff may be told as the organisation."""
from __future__ import annotations

import pytest

from claimgraph.link.linker import one_and_many
from claimgraph.link.normalise import counts_many

from tests.link.test_linker import store_all


@pytest.mark.parametrize("words, many", [
    ("two men", True), ("14 staff members", True), ("fourteen employees", True), ("dozens of people", True),
    ("more than a dozen aid workers", True), ("at least one journalist", False), ("one journalist", False),
    ("a journalist", False), ("journalist", False), ("mirela dunav", False),
])
def test_a_count_of_more_than_one_is_told_apart(words, many):
    assert counts_many(words) is many


def test_one_person_and_a_counted_group_are_two_parties():
    kinds = {4: "PERSON", 5: "ORG"}
    assert one_and_many(4, "words:three men", kinds)
    assert one_and_many("words:three men", 4, kinds)
    assert not one_and_many(5, "words:three staff members", kinds)  # an organisation's people may be told as it
    assert not one_and_many(4, "words:a blogger", kinds)
    assert not one_and_many(4, "words:three men", {})  # a kind not known parts nothing


def detention(built, text, claim, target, entities, outlet, published="2025-04-03"):
    return built(text, outlet=outlet, published=published, entities=entities, claim=claim,
                 event={"type": "COERCE", "roles": {"actor": "Tessarian police", "target": target}})


def test_an_arrest_of_counted_men_is_not_the_arrest_of_a_named_person(tmp_path, built):
    named = detention(built, "Tessarian police detained the blogger Mirela Dunav in Corvin on Tuesday.",
                      "Tessarian police detained the blogger Mirela Dunav in Corvin", "Mirela Dunav",
                      [("Tessarian police", "ORG"), ("Mirela Dunav", "PERSON"), ("Corvin", "GPE")], "A")
    counted = detention(built, "Tessarian police arrested three men in Corvin, a lawyer said.",
                        "Tessarian police arrested three men in Corvin", "three men",
                        [("Tessarian police", "ORG"), ("Corvin", "GPE")], "B")
    rows = store_all(tmp_path / "s.db", [named, counted])
    assert rows[0][0] != rows[1][0]


def test_counted_staff_of_an_organisation_are_the_organisation_held(tmp_path, built):
    group = detention(built, "Tessarian police detained staff of the charity Brightwell Aid in Corvin.",
                      "Tessarian police detained staff of the charity Brightwell Aid", "Brightwell Aid",
                      [("Tessarian police", "ORG"), ("Brightwell Aid", "ORG"), ("Corvin", "GPE")], "A")
    counted = detention(built, "Tessarian police are holding eleven employees of Brightwell Aid, the charity said.",
                        "Tessarian police are holding eleven employees of Brightwell Aid", "eleven employees",
                        [("Tessarian police", "ORG"), ("Brightwell Aid", "ORG")], "B")
    rows = store_all(tmp_path / "s.db", [group, counted])
    assert rows[0][0] == rows[1][0]


def test_a_counted_group_is_an_organisations_people_only_when_told_so():
    kinds = {5: "ORG"}
    assert not one_and_many(5, "words:eleven employees", kinds)  # a word for its members
    assert not one_and_many(5, "words:three men", kinds, {5})  # named beside the group ("three men from X")
    assert one_and_many(5, "words:three men", kinds)  # nothing ties the men to it


def test_an_arrest_of_counted_men_is_not_the_detention_of_an_organisations_staff(tmp_path, built):
    group = detention(built, "Tessarian police detained staff of the charity Brightwell Aid in Corvin.",
                      "Tessarian police detained staff of the charity Brightwell Aid", "Brightwell Aid",
                      [("Tessarian police", "ORG"), ("Brightwell Aid", "ORG"), ("Corvin", "GPE")], "A")
    counted = detention(built, "Tessarian police arrested three men in Corvin, a lawyer said.",
                        "Tessarian police arrested three men in Corvin", "three men",
                        [("Tessarian police", "ORG"), ("Corvin", "GPE")], "B")
    rows = store_all(tmp_path / "s.db", [group, counted])
    assert rows[0][0] != rows[1][0]
