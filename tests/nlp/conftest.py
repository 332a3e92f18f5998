"""Fixtures of the analysis tests: a text through the whole pipeline as a spaCy Doc, with no publication date."""
import pytest


@pytest.fixture(scope="session")
def analyse_doc(nlp):
    """analyse_doc(text) -> the Doc with our annotations; analyse_doc.lexicon is the certainty rules' lexicon."""
    from claimgraph.analysis import make_doc
    from claimgraph.document import Document

    def analyse(text):
        return nlp(make_doc(nlp, Document(text=text)))

    analyse.lexicon = nlp.get_pipe("claimgraph_certainty").lexicon
    return analyse


@pytest.fixture(scope="session")
def certainty_of(analyse_doc):
    """certainty_of(text, word) -> (value, cue words) of the one certainty record on that word of the text."""
    def reading(text, word):
        doc = analyse_doc(text)
        (record,) = [r for i, r in doc._.cg_certainty.items() if doc[i].text == word]
        return record.value, [c.text for c in record.cues]

    return reading
