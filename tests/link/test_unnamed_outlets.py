"""An outlet left unnamed and told by the noun of its kind ("a news agency reported, citing a regional daily") is a
report passing the claim on: it adds no origin beside the claim's own."""
from __future__ import annotations

import pytest

from claimgraph.link.corroboration import is_report

from tests.link.conftest import the_linked_claim

PARTIES = [("Belmark", "GPE"), ("Orla Star", "PRODUCT")]
SEIZURE = {"type": "COERCE", "roles": {"actor": "Belmark", "target": "Orla Star"}}


@pytest.mark.parametrize("source, report", [
    ("a news agency", True),
    ("a regional daily", True),
    ("a local newspaper", True),
    ("the agency", False),  # refers back to a body or outlet named before
    ("an agency spokesman", False),
    ("a Tessalian agency", False),
    ("two port officials", False),
])
def test_an_unnamed_outlet_is_a_report(source, report):
    assert is_report({"source_text": source, "source_kind": "outlet"}) is report


def test_a_news_agency_cited_later_adds_no_origin(tmp_path, built):
    claim = "Belmark seized the Orla Star off Cape Venn on Sunday"
    first = built(f"{claim}, port officials said.", outlet="Ledger", published="2026-05-01", entities=PARTIES,
                  claim=claim, source=("port officials", "anonymous"), event=SEIZURE)
    later = "Belmark impounded the Orla Star on Sunday"
    second = built(f"{later}, a news agency said.", outlet="Post", published="2026-05-03", entities=PARTIES,
                   claim=later, source=("a news agency", "outlet"), event=SEIZURE)
    linked = the_linked_claim(tmp_path / "s.db", [first, second], "COERCE")
    assert len(linked["mentions"]) == 2
    assert linked["independent_origins"] == 1
