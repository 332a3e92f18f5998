"""Attribution shapes found failing on news texts written for a fourth round of probes, on sentences of their own."""
from __future__ import annotations

import pytest

from tests.news import by_cue, by_cue_ending, joined


@pytest.mark.parametrize("text, kind", [
    ("The chamber of commerce said that exports to the coast would fall.", "organization"),
    ("The panel said the bridge needed new cables.", "organization"),
    ("The club said its ground would be closed for a month.", "organization"),
    ("The appeals court said the contract was void.", "government"),
    ("The commission said the tender had been rigged.", "government"),
])
def test_a_common_noun_naming_a_body_is_no_unnamed_person(analyse, text, kind):
    (a,) = by_cue(analyse(text), "said")
    assert a["source_kind"] == kind, a


def test_an_unnamed_person_stays_anonymous(analyse):
    (a,) = by_cue(analyse("A trader in the port said that prices would rise."), "said")
    assert a["source_kind"] == "anonymous", a


@pytest.mark.parametrize("word, proper", [("gardener", False), ("Gardener", True)])
def test_a_lowercase_word_the_tagger_takes_for_a_name_is_no_bare_name(parse, word, proper):
    """The tagger sometimes marks the lowercase words of a name-like phrase as proper; a lowercase word is read as
    the common noun it is (an unnamed source), a capitalised one as a bare name (a person)."""
    from claimgraph.nlp.annotations import AttributionRecord
    from claimgraph.nlp.attribution.sources import SourceReader

    doc = parse(f"The {word} said that the hedge would be cut.")
    noun = doc[1]
    noun.pos_, noun.tag_, noun.ent_type_ = "PROPN", "NNP", ""
    record = AttributionRecord(cue=[doc[2:3]], content=[doc[3:]], source=[doc[0:2]])
    kind, reason = SourceReader().kind_and_reason(record, {})
    assert (kind == "person") is proper, (kind, reason)


@pytest.mark.parametrize("text, cue, content", [
    ("Farmers have been warned that the river could flood.", "have been warned", "that the river could flood"),
    ("The fishermen were warned on Monday that the storm would reach the bay.", "were warned",
     "that the storm would reach the bay"),
    ("Exporters were cautioned that the tariff could double.", "were cautioned", "that the tariff could double"),
])
def test_whom_a_warning_was_given_to_is_neither_source_nor_content(analyse, text, cue, content):
    (a,) = by_cue(analyse(text), cue)
    assert joined(a["content"]) == content
    assert not a["source"]


def test_the_subject_of_a_passive_accusation_stays_in_the_content(analyse):
    (a,) = by_cue_ending(analyse("The treasurer was accused of hiding the losses."), "of") or \
        by_cue_ending(analyse("The treasurer was accused of hiding the losses."), "accused")
    assert joined(a["content"]).startswith("The treasurer")


def test_an_active_warning_leaves_its_addressee_out(analyse):
    (a,) = by_cue(analyse("The mayor warned residents that the river could flood."), "warned")
    assert joined(a["content"]) == "that the river could flood"
