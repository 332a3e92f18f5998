"""Which linked claims to list, and in what order: the one record of filters the command line, the Python API and the
workbench pass down."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ClaimFilters:
    """Which linked claims to list: about an entity, with at least N independent origins, single-sourced,
    contradicted."""

    entity: str | None = None
    min_origins: int | None = None
    single_sourced: bool = False
    contradicted: bool = False
    # the workbench's filters: reported by an outlet, reported between two dates, holding words (full-text), of an
    # event type, of a certainty; and the order (see browse.SORTS)
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    query: str | None = None
    event_type: str | None = None
    certainty: str | None = None
    sort: str = "corroboration"
