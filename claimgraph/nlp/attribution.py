"""Placeholder for the attribution component (being built)."""
from spacy.language import Language

from .annotations import register_extensions


@Language.factory("claimgraph_attribution")
def make_component(nlp, name):
    register_extensions()
    return lambda doc: doc
