"""A centre or institute named for what it works for ("the X Centre for Strategic Studies") is a body, not a building."""
from __future__ import annotations


def names(result):
    return {e["name"]: e for e in result["entities"]}


def test_a_centre_for_studies_is_an_organisation(analyse):
    r = analyse("Researchers at the Tallis Centre for Strategic Studies said on Monday that spending had risen. "
                "The rise was the largest in a decade.")
    assert names(r)["Tallis Centre for Strategic Studies"]["type"] == "ORG", r["entities"]


def test_an_institute_for_a_cause_is_an_organisation(analyse):
    r = analyse("Analysts at the Morrow Institute for Policy Research said the reform would fail. The ministry "
                "rejected the claim.")
    assert names(r)["Morrow Institute for Policy Research"]["type"] == "ORG", r["entities"]
