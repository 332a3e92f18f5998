"""Tests for two certainty features: where a predicate's own cue hangs on it, and the form of its governors."""
import numpy as np
import pytest

from claimgraph.nlp.certainty import Assessor
from claimgraph.nlp.certainty_features import features


def features_of(nlp, parse, text, word):
    doc = parse(text)
    token = next(t for t in doc if t.text == word)
    return features(token, Assessor(doc, nlp.get_pipe("claimgraph_certainty").lexicon), "uw")


def test_a_negative_object_is_told_apart_from_a_negative_subject(nlp, parse):
    on_object = features_of(nlp, parse, "The Quillby ferry operator had no comment on the delay.", "had")
    on_subject = features_of(nlp, parse, "No passenger boarded the Quillby ferry on Sunday.", "boarded")
    assert on_object.get("lcue_via=dobj") == 1.0 and "lcue_via=nsubj" not in on_object
    assert on_subject.get("lcue_via=nsubj") == 1.0 and "lcue_via=dobj" not in on_subject


def test_a_plain_not_hangs_by_its_own_relation(nlp, parse):
    found = features_of(nlp, parse, "Orvath Mining did not close the Tessel pit.", "close")
    assert found.get("lcue_via=neg") == 1.0


def test_an_uncued_predicate_has_no_cue_attachment(nlp, parse):
    found = features_of(nlp, parse, "Orvath Mining closed the Tessel pit in May.", "closed")
    assert not any(name.startswith("lcue_via=") for name in found)


@pytest.mark.parametrize("text, tag", [
    ("Tovrin Holdings planned to sell its Brennick warehouse.", "VBD"),
    ("Tovrin Holdings plans to sell its Brennick warehouse.", "VBZ"),
    ("Tovrin Holdings is planning to sell its Brennick warehouse.", "VBG"),
])
def test_the_governing_verb_gives_its_form(nlp, parse, text, tag):
    found = features_of(nlp, parse, text, "sell")
    assert found.get(f"gov1_tag={tag}") == 1.0
    assert sum(name.startswith("gov1_tag=") for name in found) == 1


def test_having_nothing_to_offer_scores_above_a_denied_act(parse):
    """A negative word on the object leaves the having more likely than one on the subject leaves the act; both
    keep the rule's negative value on the integer scale."""
    object_doc = parse("The Quillby ferry operator had no comment on the delay.")
    subject_doc = parse("No passenger boarded the Quillby ferry on Sunday.")
    had = next(r for i, r in object_doc._.cg_certainty.items() if object_doc[i].text == "had")
    boarded = next(r for i, r in subject_doc._.cg_certainty.items() if subject_doc[i].text == "boarded")
    assert had.score - boarded.score > 0.5
    assert had.value == boarded.value == -3
    assert np.isfinite(had.score)
