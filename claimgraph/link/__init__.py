"""Claims across articles: copies grouped, entities given one identity, claims linked, corroboration counted; pure
scoring over the records the store hands out."""
from .linker import link_pending

__all__ = ["link_pending"]
