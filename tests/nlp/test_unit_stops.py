"""The unit stops component: a unit or magnitude glued to a figure keeps the sentence's full stop apart."""
from __future__ import annotations

import pytest


def sentences(nlp, text):
    return [s.text for s in nlp(text).sents]


@pytest.mark.parametrize("text, first", [
    ("The stadium cost £97m. Critics in Leeds said the price was too high.", "The stadium cost £97m."),
    ("The lender wrote off $4M. Its board met on Friday.", "The lender wrote off $4M."),
    ("The new line runs for 20km. Engineers expect it to open in spring.", "The new line runs for 20km."),
    ("Each parcel weighed 5g. Customs officers seized them all.", "Each parcel weighed 5g."),
])
def test_a_unit_after_a_figure_ends_the_sentence(nlp, text, first):
    found = sentences(nlp, text)
    assert found[0] == first and len(found) == 2, found
    doc = nlp(text)
    unit = first.rstrip(".")[-2:].lstrip("0123456789")
    assert any(t.text == "." and t.nbor(-1).text.endswith(unit) for t in doc if t.i > 0)


def test_abbreviations_and_spaced_units_are_left_alone(nlp):
    doc = nlp("The talks ended at 5 p.m. on Tuesday, in the 1990s building on Main St. in Dayton.")
    words = [t.text for t in doc]
    assert "p.m." in words and "St." in words and "1990s" in words


def test_a_figure_glued_to_a_unit_keeps_its_characters(nlp):
    text = "Ministers pledged £3.5bn. The Treasury said 4m. people would benefit."
    doc = nlp(text)
    assert doc.text == text
    assert [t.text for t in doc][:6] == ["Ministers", "pledged", "£", "3.5bn", ".", "The"]


def test_the_component_is_in_the_saved_config(nlp):
    # a pipeline saved with nlp.to_disk rebuilds the component from its config, so spacy.load splits the same way
    assert nlp.get_pipe_meta("claimgraph_unit_stops").factory == "claimgraph_unit_stops_v1"
    assert nlp.pipe_names.index("claimgraph_unit_stops") < nlp.pipe_names.index("tok2vec")
