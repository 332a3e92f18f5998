"""Tests for the acts of speaking an article rates ('X warned', 'X denied the report'): who said what, the
attribution, so their claims link nothing across articles; on hand-made analysis results."""
from claimgraph.link.linker import speaking_act


def result_with(cue: tuple[int, int]) -> dict:
    return {"attributions": [{"id": "a1", "cue": [{"start": cue[0], "end": cue[1], "text": "warned"}]}]}


def test_a_claim_on_the_cue_is_an_act_of_speaking():
    claim = {"id": "c1", "trigger": {"start": 20, "end": 26, "text": "warned"}}
    assert speaking_act(claim, result_with((16, 26)))


def test_a_claim_on_the_content_is_no_act_of_speaking():
    claim = {"id": "c2", "trigger": {"start": 40, "end": 47, "text": "flooded"}}
    assert not speaking_act(claim, result_with((16, 26)))
