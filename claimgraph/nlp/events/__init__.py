"""Who did what to whom: PLOVER-typed events from verbs and nominalisations, with their roles."""
from .records import target_received
from .syntax import prep_object
from .tagger import EventTagger, make_events

__all__ = ["EventTagger", "make_events", "prep_object", "target_received"]
