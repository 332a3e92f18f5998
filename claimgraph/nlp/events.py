"""Placeholder for the events component (being built)."""
from spacy.language import Language

from .annotations import register_extensions


@Language.factory("claimgraph_events")
def make_component(nlp, name):
    register_extensions()
    return lambda doc: doc
