"""The gazetteer of outlets, states, organisations, military equipment and natural features: claimgraph/data/*.csv."""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources

# file -> entity type of its rows
FILES = {
    "outlets.csv": "OUTLET",
    "states.csv": "GPE",
    "organizations.csv": "ORG",
    "equipment.csv": "EQUIPMENT",
    "natural_features.csv": "LOC",  # rivers, seas, straits, mountain ranges: places of nature, no state
}


@dataclass(frozen=True)
class GazetteerEntry:
    """One real-world thing and the names it goes by."""

    name: str
    type: str
    provenance: str
    category: str | None = None
    aliases: tuple[str, ...] = ()          # names that identify it wherever they occur
    context_aliases: tuple[str, ...] = ()  # names that identify it only once an unambiguous name has occurred
    demonyms: tuple[str, ...] = ()         # states: "Syrian"
    capitals: tuple[str, ...] = ()         # states: "Damascus" (the government only when it acts)
    seats: tuple[str, ...] = ()            # states: "Kremlin", "White House" (always the government)
    member_nouns: tuple[str, ...] = ()     # organisations: "fighters", "mercenaries"
    makers: tuple[str, ...] = ()           # equipment: the countries that build it
    equipment_class: str | None = None     # equipment: "air defense system"
    country: str | None = None
    wikidata: str | None = None

    @property
    def matchable_names(self) -> tuple[str, ...]:
        """The names to look for in text: a name with a parenthesised qualifier is spelt out by its aliases."""
        own = () if "(" in self.name else (self.name,)
        return own + self.aliases


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())


def _row_entry(row: dict[str, str], entity_type: str) -> GazetteerEntry:
    category = row.get("category") or ("state" if entity_type == "GPE" else None)
    return GazetteerEntry(
        name=row["name"].strip(),
        type=entity_type,
        provenance=(row.get("provenance") or "").strip(),
        category=category,
        aliases=_split(row.get("aliases")),
        context_aliases=_split(row.get("context_aliases")),
        demonyms=_split(row.get("demonyms")),
        capitals=_split(row.get("capital")),
        seats=_split(row.get("seats")),
        member_nouns=_split(row.get("member_nouns")),
        makers=_split(row.get("maker_country")),
        equipment_class=(row.get("class") or None),
        country=(row.get("country") or row.get("maker_country") or None),
        wikidata=(row.get("wikidata") or None),
    )


def read_rows(filename: str) -> list[dict[str, str]]:
    """The raw rows of one gazetteer file."""
    with resources.files("claimgraph.data").joinpath(filename).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


class Gazetteer:
    """All gazetteer entries, with look-ups by name and by demonym."""

    def __init__(self, entries: list[GazetteerEntry]) -> None:
        self.entries = entries
        self.by_name = {e.name: e for e in entries}
        self.state_of_demonym = {d.lower(): e for e in entries if e.type == "GPE" for d in e.demonyms}
        self.demonyms_of_state = {e.name: e.demonyms for e in entries if e.type == "GPE"}

    def maker_adjectives(self, entry: GazetteerEntry) -> set[str]:
        """Lower-cased demonyms of the countries that build an equipment item ("russian")."""
        return {d.lower() for country in entry.makers for d in self.demonyms_of_state.get(country, ())}


@functools.cache
def load_gazetteer() -> Gazetteer:
    """Every gazetteer file, read once per process."""
    entries = [_row_entry(row, entity_type) for filename, entity_type in FILES.items()
               for row in read_rows(filename)]
    return Gazetteer(entries)
