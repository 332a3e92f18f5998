"""A denial told as keeping the sanctions ("has complied with every sanction imposed on X") denies their evasion."""
from __future__ import annotations

import pytest

from claimgraph.link.linker import compliance
from tests.link.conftest import span_of
from tests.link.test_linker import store_all


def claim_of(text: str) -> dict:
    return {"span": span_of(text, text)}


@pytest.mark.parametrize("text, source, roles", [
    ("Brannoch Freight has complied with every sanction imposed on Tervaine", "",
     {"actor": "Brannoch Freight", "recipient": "Tervaine"}),
    ("that Oskary Lines had always abided by all international sanctions against Tervaine", "",
     {"actor": "Oskary Lines", "recipient": "Tervaine"}),
    ("Quenby Bank strictly adheres to the embargo", "", {"actor": "Quenby Bank"}),
    ("the company had always complied with all sanctions on Tervaine", "Brannoch Freight's chairman, Ivo Brandt",
     {"actor": "Brannoch Freight", "recipient": "Tervaine"}),
    ("Brannoch Freight has complied with the new port rules", "", None),
    ("Brannoch Freight breached sanctions on Tervaine", "", None),
])
def test_keeping_sanctions_is_the_denial_of_their_evasion(text, source, roles):
    found = compliance(claim_of(text), source)
    assert (found and found["roles"]) == roles
    if found:
        assert (found["type"], found["mode"]) == ("CRIME", "sanctions-evasion")


def test_a_firm_saying_it_kept_the_sanctions_contradicts_the_report_that_it_breached_them(tmp_path, built):
    names = [("Brannoch Freight", "ORG"), ("Tervaine", "GPE")]
    breach = "Brannoch Freight breached sanctions on Tervaine by moving crude through front companies"
    report = built(f"{breach}, researchers said.", outlet="Ledger", published="2025-06-01", entities=names,
                   claim=breach, source=("researchers", "anonymous"),
                   event={"type": "CRIME", "roles": {"actor": "Brannoch Freight", "recipient": "Tervaine"}})
    kept = "Brannoch Freight has complied with every sanction imposed on Tervaine"
    denial = built(f"{kept}, its chief executive said.", outlet="Wire", published="2025-06-02", entities=names,
                   claim=kept, source=("its chief executive", "person"),
                   event={"type": "SANCTION", "roles": {"recipient": "Tervaine"}})
    rows = store_all(tmp_path / "s.db", [report, denial])
    assert rows[0][0] == rows[1][0]
