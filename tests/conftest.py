"""Shared fixtures: the pipeline is built once per test session, and the shared data is found or skipped."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# one setting for the shared data: CLAIMGRAPH_DATA names its data folder, and the gold files and seed article sit
# beside that folder
DATA = Path(os.environ["CLAIMGRAPH_DATA"]) if os.environ.get("CLAIMGRAPH_DATA") else ROOT.parent / "shared" / "data"
SHARED = DATA.parent

# a throwaway PostgreSQL server, one a session, for the tests of the PostgreSQL store (postgres_cluster, postgres_db)
pytest_plugins = ["tests.postgres_cluster"]


@pytest.fixture(scope="session")
def nlp():
    from claimgraph.nlp.pipeline import load_pipeline
    return load_pipeline()


@pytest.fixture(scope="session")
def analyse(nlp):
    """Analyse a text with the shared pipeline: analyse(text, published=...) -> contract dict."""
    from claimgraph.analysis import analyze_document
    from claimgraph.document import Document

    def run(text: str, published: str | None = "2024-03-14", outlet: str | None = None):
        return analyze_document(Document(text=text, published=published, outlet=outlet), nlp=nlp)
    return run


@pytest.fixture(scope="session")
def parse(nlp):
    """Run the whole pipeline and return the spaCy Doc with our annotations."""
    from claimgraph.analysis import make_doc
    from claimgraph.document import Document

    def run(text: str, published: str | None = "2024-03-14"):
        return nlp(make_doc(nlp, Document(text=text, published=published)))
    return run


def seed_paths():
    """The seed article and its gold file, or a skip saying why they are missing."""
    text = SHARED / "seed" / "000_1228dd8151ee44c0.txt"
    gold = SHARED / "gold" / "seed.json"
    if not (text.exists() and gold.exists()):
        pytest.skip(f"the seed article and gold file are not at {SHARED} (set CLAIMGRAPH_DATA to the shared data folder)")
    return text, gold


def event(result, trigger):
    """The first event of an analysis on the trigger word, or a failure listing the triggers found."""
    found = [e for e in result["events"] if e["trigger"]["text"] == trigger]
    assert found, f"no event on {trigger!r}: {[e['trigger']['text'] for e in result['events']]}"
    return found[0]


@pytest.fixture(scope="module")
def vocab():
    """A blank English vocabulary for `hand_parse`, one a test module."""
    import spacy

    return spacy.blank("en").vocab


def hand_parse(vocab, rows, spaces=None):
    """A Doc from hand-written parse rows, (word, head index, dep, pos, tag) with an optional lemma last, so that a
    rule is tested on the tree it reads rather than on whatever the statistical parser outputs."""
    from spacy.tokens import Doc

    columns = list(zip(*rows))
    words, heads, deps, pos, tags = columns[:5]
    lemmas = list(columns[5]) if len(columns) > 5 else None
    return Doc(vocab, words=list(words), spaces=spaces, heads=list(heads), deps=list(deps), pos=list(pos),
               tags=list(tags), lemmas=lemmas)


def rules_reading(certainty, doc, word):
    """What the certainty rules alone make of one predicate: its value and the words that set it (the trained
    model's reading is tested in test_certainty_model)."""
    from claimgraph.nlp.certainty import Assessor

    token = next(t for t in doc if t.text == word)
    record = Assessor(doc, certainty.lexicon).assess(token)
    return record.value, [c.text for c in record.cues]
