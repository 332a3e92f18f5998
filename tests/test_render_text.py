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
