"""A participle with the negative prefix said of someone or something ('the envoy was unhurt', 'went unreported')
names its event and denies it in the article's analysis, where 'eval factuality' keeps UW's reading of the state;
news sentences written for these tests (invented names), through the whole pipeline."""
import pytest


@pytest.mark.parametrize("text, word, value, cues", [
    ("A shell struck the Varnel depot on Monday. The guard, Osko Brell, was unhurt.", "unhurt", -3, ["unhurt"]),
    ("Two Tellish fishermen escaped unharmed, the coast guard said.", "unharmed", -3, ["unharmed"]),
    ("The shooting of the Dravik miner went unreported for a week.", "unreported", -3, ["unreported"]),
])
def test_a_participle_with_a_negative_prefix_denies_its_event(certainty_of, text, word, value, cues):
    assert certainty_of(text, word) == (value, cues)


def test_said_it_names_its_event_as_a_modifier_none(analyse_doc):
    doc = analyse_doc("An unnamed Pellish official said the clerk was unpaid.")
    assert not [i for i in doc._.cg_certainty if doc[i].text == "unnamed"]
    assert [r.value for i, r in doc._.cg_certainty.items() if doc[i].text == "unpaid"] == [-3]


def test_the_uw_reading_of_the_state_stays_with_the_uw_convention(nlp):
    from claimgraph.analysis import make_doc
    from claimgraph.document import Document

    doc = nlp(make_doc(nlp, Document(text="The guard, Osko Brell, was unhurt.")))
    assert [r.value for i, r in doc._.cg_certainty.items() if doc[i].text == "unhurt"] == [-3]
    certainty = nlp.get_pipe("claimgraph_certainty")
    (record,) = certainty.rate(doc, [t for t in doc if t.text == "unhurt"], "uw")
    assert record.value == 3
