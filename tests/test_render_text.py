"""The text view shows what an outlet reports through the sources it cites once, with the whole chain, and quotes a
whole quotation once."""
from __future__ import annotations

import pytest

from claimgraph.render.text import render


@pytest.mark.parametrize("text, content, chain", [
    ("Reuters reported, citing three people familiar with the matter, that the deal could be signed next week.",
     "that the deal could be signed next week",
     "this article <- Reuters (reported) <- three anonymous people familiar with the matter"),
    ("The Irish Times reported on Monday, quoting a port official, that two trawlers had been detained off Cork.",
     "that two trawlers had been detained off Cork", "this article <- The Irish Times (reported, 2024-03-11) <- an"),
])
def test_a_content_shared_by_an_outlet_and_its_cited_sources_is_shown_once(analyse, text, content, chain):
    shown = render({"document": {"id": "d"}, **analyse(text)})
    assert shown.count(f"“{content}”") == 1
    assert chain in shown


def test_two_reports_of_different_contents_are_both_shown(analyse):
    shown = render({"document": {"id": "d"}, **analyse(
        "The ministry said the bridge would reopen in May. A contractor said the repairs were behind schedule.")})
    assert "“the bridge would reopen in May”" in shown
    assert "“the repairs were behind schedule”" in shown


def test_a_whole_quotation_is_quoted_once_and_a_partial_one_keeps_its_marks(analyse):
    shown = render({"document": {"id": "d"}, **analyse(
        '"Nobody on this council wanted to raise taxes," the mayor told reporters. A councillor said residents were '
        '"being squeezed" by the rise.')})
    assert "“Nobody on this council wanted to raise taxes”" in shown
    assert '"Nobody' not in shown
    assert '“residents were "being squeezed" by the rise”' in shown


def test_a_note_is_shown_with_its_words_in_the_block_that_carries_its_attribution(analyse):
    # the outlet's report is shown only through the sources it cites: its note goes to their block, naming it
    shown = render({"document": {"id": "d"}, **analyse(
        "The Fenmoor Herald reported, citing two harbour officials, that a tanker had run aground off Castrel. The "
        "Herald's account could not be independently verified. The Castrel port authority denied that any oil had "
        "leaked.")})
    assert "unverified: “The Herald's account could not be independently verified” (about The Fenmoor Herald" in shown
    assert "denial: “denied”" in shown


def test_a_marker_about_an_attribution_names_its_source_not_an_id(analyse):
    result = analyse("Ostravian troops have crossed into Pellin, the Dorrow Courier reported. The incursion has not "
                     "been previously reported.")
    (marker,) = [m for m in result["markers"] if m["kind"] == "novelty"]
    shown = render({"document": {"id": "d"}, **result})
    assert f"(about {marker['about']})" not in shown
    assert "has not been previously reported” (about the Dorrow Courier (reported))" in shown
