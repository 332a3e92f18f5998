"""Claims across articles: copies grouped, entities given one identity, claims linked, corroboration counted."""
from .linker import link_document, link_pending

__all__ = ["link_document", "link_pending"]
