"""A permission told from the giving side ("has agreed to let X warplanes use the base") and from the permitted side
in the passive ("X warplanes will be allowed to use the base") is one claim: "let" with a clause of a named doer
permits as "allow" does, and an agreement to permit is a stage of the permission."""
from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.evaluate.corpus import evaluate_corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "permissions"
PERFECT = ("mention_recall", "mention_precision", "one_piece_percent", "independent_origins_exact",
           "first_report_right", "single_sourced_right", "unrelated_right", "identity_groups_resolved")


def test_a_permission_told_from_both_sides_is_one_claim(nlp):
    report = evaluate_corpus(FIXTURES / "permission.gold.json")
    misses = {name: report[name] for name in PERFECT if report[name] != 100.0}
    assert not misses, "\n".join(report["details"])


@pytest.mark.parametrize("sentence, permitted", [
    ("Quessa will let Dravonian warplanes use the Kellmoor air base.", "Dravonian warplanes"),
    ("The council let the Orwell Gazette photograph the hearing.", "Orwell Gazette"),
])
def test_let_with_a_doers_clause_is_a_permission(analyse, sentence, permitted):
    found = [(e.get("act") or e["type"], e["roles"].get("recipient")) for e in analyse(sentence)["events"]]
    assert ("CONCEDE", permitted) in found, found


@pytest.mark.parametrize("sentence", ["Let me be clear about the budget.", "Let's talk about the budget.",
                                      "The minister let go of the file."])
def test_let_of_the_speaker_or_a_particle_permits_nothing(analyse, sentence):
    assert all(e["type"] != "CONCEDE" for e in analyse(sentence)["events"])
