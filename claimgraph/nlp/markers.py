"""Placeholder for the markers component (being built)."""
from spacy.language import Language

from .annotations import register_extensions


@Language.factory("claimgraph_markers")
def make_component(nlp, name):
    register_extensions()
    return lambda doc: doc
