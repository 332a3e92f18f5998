"""Review mends of the attribution merges: a subject with a relative clause that gave no evidence reports nothing; a
shell noun read before a possessor must stand for what was said; on the whole pipeline."""
from __future__ import annotations


def cues(result):
    return [" ".join(s["text"] for s in a["cue"]) for a in result["attributions"]]


def test_a_subject_with_a_relative_clause_that_gave_no_evidence_reports_nothing(analyse):
    result = analyse("The envoy, who resigned on Friday, did not provide evidence.")
    assert not any("provide" in c for c in cues(result))


def test_a_person_before_a_possessor_is_no_shell_noun(analyse):
    result = analyse("The clinic was closed after the blast. After the blast, a nurse at Vellan's hospital admitted.")
    assert not any(a["evidence"].get("construction") == "denial of what a relative clause hangs on"
                   for a in result["attributions"])

