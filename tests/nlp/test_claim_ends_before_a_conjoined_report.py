"""Claim extent on sentences written for these tests: a verb of reporting conjoined to a claim's predicate opens a
report of its own, so the claim ends before it ('suspended imports ... and blamed Y for ...'), and so does a second
finite verb sharing the subject, a claim of its own."""
from __future__ import annotations

import pytest


def spans(result):
    return [c["span"]["text"] for c in result["claims"]]


@pytest.mark.parametrize("text, claim, cue", [
    ("Ostmaria suspended imports of Tervian steel on Monday and blamed Tervia for the dumping.",
     "Ostmaria suspended imports of Tervian steel on Monday", "blamed"),
    ("The Marl Brigade denied on Friday that its gunmen had kidnapped the engineers, and accused the army of staging "
     "the raid.", "its gunmen had kidnapped the engineers", "accused"),
])
def test_a_conjoined_cue_ends_the_claim_before_it(analyse, text, claim, cue):
    result = analyse(text)
    assert claim in spans(result), spans(result)
    # the cue's own act is a claim of its own ('blamed Tervia for the dumping'); no other claim runs into it
    others = [c["span"]["text"] for c in result["claims"] if c["trigger"]["text"] != cue]
    assert not any(cue in s for s in others), spans(result)


def test_a_conjoined_act_without_a_report_is_a_claim_of_its_own(analyse):
    # one proposition a claim: the second finite verb under the shared subject is no part of the first claim's words
    result = analyse("Ostmaria suspended imports of Tervian steel on Monday and closed the border crossing at Vell.")
    assert "Ostmaria suspended imports of Tervian steel on Monday" in spans(result), spans(result)
    assert "closed the border crossing at Vell" in spans(result), spans(result)
