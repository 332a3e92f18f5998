"""An organ named with "of" and its owner ("the coast guard of neighbouring Ostria") is named again by its bare
words ("According to the coast guard"), even where the tagger reads those lower-case words as a name."""
from __future__ import annotations


def entity_of(result, text):
    return next((e for e in result["entities"] for m in e["mentions"] if m["text"] == text), None)


def test_the_coast_guard_of_a_neighbour_is_named_again_by_its_words(analyse):
    r = analyse("A trawler capsized off Hesk on Monday, the coast guard of neighbouring Vandria said. Nine crew "
                "were rescued. According to the coast guard, the trawler had left the port of Emmel on Sunday.")
    organ = entity_of(r, "the coast guard of neighbouring Vandria")
    assert organ is not None and organ["type"] == "ORG"
    assert "the coast guard" in [m["text"] for m in organ["mentions"]]
