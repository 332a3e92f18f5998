"""Origins named by their identity or their head, never by a whole appositive phrase: across articles and alone."""
from __future__ import annotations

import pytest

from claimgraph.link.source_names import appositive_name, source_name
from tests.link.conftest import the_linked_claim

LEVY = {"type": "SANCTION", "roles": {"actor": "Norland", "recipient": "Vessa Grain"}}


def test_appositive_person_is_the_name():
    assert source_name("Norland's deputy trade minister, Ilsa Varn,") == "Ilsa Varn"
    assert source_name("Ilsa Varn, a spokeswoman for the ministry") == "Ilsa Varn"
    assert appositive_name("three officials, two of them diplomats") is None


def test_non_restrictive_modifiers_are_taken_off():
    assert source_name("The nurses, who asked not to be named for fear of reprisals,") == "The nurses"
    assert source_name("Their account, obtained separately by the Courier,") == "Their account"
    assert source_name("the port authority") == "the port authority"


def the_levy(tmp_path, *articles):
    """The one SANCTION claim of the articles, stored and linked."""
    return the_linked_claim(tmp_path / "s.db", articles, "SANCTION")


def test_person_named_in_apposition_in_one_article_and_by_name_in_another_is_one_origin(tmp_path, built):
    first = built("Norland's deputy trade minister, Ilsa Varn, said Norland imposed a levy on Vessa Grain.",
                  outlet="Dunmere Gazette", published="2025-02-01",
                  entities=[("Norland", "GPE"), ("Ilsa Varn", "PERSON"), ("Vessa Grain", "ORG")],
                  claim="Norland imposed a levy on Vessa Grain", event=LEVY,
                  source=("Norland's deputy trade minister, Ilsa Varn,", "person"))
    second = built("Ilsa Varn said Norland has imposed a levy on Vessa Grain.", outlet="Coastline Daily",
                   published="2025-02-02", entities=[("Ilsa Varn", "PERSON"), ("Norland", "GPE"),
                                                     ("Vessa Grain", "ORG")],
                   claim="Norland has imposed a levy on Vessa Grain", event=LEVY, source=("Ilsa Varn", "person"))
    claim = the_levy(tmp_path, first, second)
    assert claim["articles"] == 2
    assert claim["independent_origins"] == 1
    assert all("," not in origin for origin in claim["origins"])


@pytest.mark.parametrize("source, cleaned", [
    ("BRELL (Asterly Wire", ""),
    ("KOSSA, March 9 (Asterly Wire) - the port authority", "the port authority"),
    ("TAVEN (Northline Radio) - Marta Olsen", "Marta Olsen"),
    ("the interior ministry on Tuesday", "the interior ministry"),
    ("the minister late on Friday", "the minister"),
    ("Fennick officials last week", "Fennick officials"),
    ("the agency on June 4", "the agency"),
    ("UNAR (the regional aid office)", "UNAR (the regional aid office)"),
    ("Senator Monday Okafor", "Senator Monday Okafor"),
    ("Ilse Varga", "Ilse Varga"),
])
def test_a_dateline_and_the_day_a_source_spoke_are_no_part_of_its_name(source, cleaned):
    from claimgraph.link.source_names import clean_source
    assert clean_source(source) == cleaned


@pytest.mark.parametrize("source, pronoun", [("its fighters", True), ("Their account", True), ("nobody", True),
                                             ("No one", True), ("the fighters", False), ("Itsa Morel", False),
                                             ("his lawyer, Brona Feld", False), ("Her spokesman, Ivo Tarrant,", False),
                                             ("their lawyers, two of them former judges", True)])
def test_a_pronoun_or_a_possessive_pronoun_phrase_is_no_origin_by_its_words(source, pronoun):
    from claimgraph.link.corroboration import is_pronoun
    assert is_pronoun({"source_text": source}) is pronoun


@pytest.mark.parametrize("source, name", [
    ("three nurses at Harrow General Hospital who treated the wounded", "three nurses at Harrow General Hospital"),
    ("two engineers who inspected the bridge", "two engineers"),
    ("Those who know him", "Those who know him"),
])
def test_a_relative_clause_is_no_part_of_an_origins_name(source, name):
    assert source_name(source) == name


def test_a_source_opened_by_a_possessive_pronoun_names_nobody_by_its_own_words():
    from claimgraph.link.corroboration import is_named
    assert not is_named({"source_text": "Their account, obtained independently by the Ledger",
                         "source_kind": "document"})


def test_a_possessive_source_naming_a_person_in_apposition_is_that_persons_origin(tmp_path, built):
    first = built("Norland imposed a levy on Vessa Grain, said Ilsa Varn, a lawyer for the firm.",
                  outlet="Dunmere Gazette", published="2025-02-01",
                  entities=[("Norland", "GPE"), ("Ilsa Varn", "PERSON"), ("Vessa Grain", "ORG")],
                  claim="Norland imposed a levy on Vessa Grain", event=LEVY, source=("Ilsa Varn", "person"))
    second = built("Norland has imposed a levy on Vessa Grain, its lawyer, Ilsa Varn, told the Coastline Daily.",
                   outlet="Coastline Daily", published="2025-02-02",
                   entities=[("Ilsa Varn", "PERSON"), ("Norland", "GPE"), ("Vessa Grain", "ORG")],
                   claim="Norland has imposed a levy on Vessa Grain", event=LEVY,
                   source=("its lawyer, Ilsa Varn", "person"))
    claim = the_levy(tmp_path, first, second)
    # the lawyer, not the paper she spoke to, is the origin of the second report: one origin in all
    assert claim["articles"] == 2
    assert claim["origins"] == ["Ilsa Varn"]
