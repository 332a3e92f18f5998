"""A plain-text wire story names its outlet in its dateline; a bracket elsewhere names nothing."""
from __future__ import annotations

import pytest

from claimgraph.readers import read_paths
from claimgraph.readers.dateline import outlet


@pytest.mark.parametrize("opening, expected", [
    ("HAVELOCK, May 3 (Tamber Wire) - Drones struck a depot.", "Tamber Wire"),
    ("OSTERBY (Reuters) - The central bank raised rates.", "Reuters"),
    ("KINGSPORT, Lowland (AP) — Flood waters rose.", "AP"),
    ("May 4 (Quill Ledger) - The ministry rejected the report.", "Quill Ledger"),
    ("WELLMOOR, Dec. 3, 2024 (Fenwick Press) -- Talks resumed.", "Fenwick Press"),
    # a headline and a byline come before the dateline
    ("Depot hit\n\nBy Ana Roon\n\nHAVELOCK, May 3 (Tamber Wire) - Drones struck a depot.", "Tamber Wire"),
])
def test_a_wire_dateline_names_the_outlet(opening, expected):
    assert outlet(opening) == expected


@pytest.mark.parametrize("opening", [
    "HALVERSTON, Oct. 14 - A former director pleaded not guilty.",      # a dateline without an outlet
    "The minister (left) - who resigned - spoke first.",                   # a bracket in a sentence
    "Officials said (on Monday) - after a delay - that talks would go on.",
    "HAVELOCK, May 3 (Updated 10:42) - Drones struck a depot.",           # an update note, not an outlet
    "HAVELOCK, May 3 (1200 GMT) - Drones struck a depot.",
    "One\n\nTwo\n\nThree\n\nFour\n\nHAVELOCK (Tamber Wire) - too deep in the story to be its dateline.",
])
def test_no_outlet_where_no_dateline_names_one(opening):
    assert outlet(opening) is None


def test_a_text_file_takes_its_dateline_outlet_and_the_command_line_fills_the_rest(tmp_path):
    wire = tmp_path / "wire.txt"
    wire.write_text("HAVELOCK, May 3 (Tamber Wire) - Drones struck a fuel depot, officials said.\n")
    plain = tmp_path / "plain.txt"
    plain.write_text("Drones struck a fuel depot, officials said.\n")
    documents = list(read_paths([wire, plain], outlet="Given Outlet"))
    assert [d.outlet for d in documents] == ["Tamber Wire", "Given Outlet"]
