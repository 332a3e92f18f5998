"""A group of unnamed sources split into its members: 'One official', 'the first of the two', 'the younger of them'
refer back to the counted group, keep its kind and count one."""
from __future__ import annotations

from tests.news import by_source


def test_one_with_the_groups_noun_picks_a_member_of_a_cited_group(analyse):
    r = analyse("The Harbour Gazette reported, citing two senior officials, that the tanker had been seized. "
                "One official said the crew was safe. The other official said the cargo was oil.")
    (group,) = by_source(r, "two senior officials")
    for words in ("One official", "The other official"):
        (member,) = by_source(r, words)
        assert member["refers_to"] == group["id"]
        assert member["source_kind"] == "anonymous" and member["source_count"] == 1
        assert member["parent"] == group["parent"]


def test_one_with_a_noun_and_no_group_before_is_someone_new(analyse):
    r = analyse("The Orvel ministry said the port was closed. One official said it would reopen on Friday.")
    (member,) = by_source(r, "One official")
    assert member["refers_to"] is None


def test_a_partitive_with_an_ordinal_or_a_comparative_counts_one(analyse):
    r = analyse("Two police officers said the gunmen fled north. The first of the two said they drove a white van. "
                "Two residents said the bridge collapsed at night. The younger of them said she heard a blast.")
    (officers,) = by_source(r, "Two police officers")
    (residents,) = by_source(r, "Two residents")
    (first,) = by_source(r, "The first of the two")
    (younger,) = by_source(r, "The younger of them")
    assert first["refers_to"] == officers["id"] and younger["refers_to"] == residents["id"]
    assert first["source_count"] == 1 and younger["source_count"] == 1
    assert first["source_kind"] == younger["source_kind"] == "anonymous"


def test_the_pair_and_the_trio_go_back_to_a_group_of_as_many(analyse):
    r = analyse("Two officials said the deal was close. The pair said it would be signed on Friday. "
                "Three aid workers said the clinic was hit. The trio said two nurses died.")
    (officials,) = by_source(r, "Two officials")
    (workers,) = by_source(r, "Three aid workers")
    (pair,) = by_source(r, "The pair")
    (trio,) = by_source(r, "The trio")
    assert pair["refers_to"] == officials["id"] and pair["source_count"] == 2
    assert trio["refers_to"] == workers["id"] and trio["source_count"] == 3
