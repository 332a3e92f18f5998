"""A past participle with its agent after a noun ("a freighter operated by X") describes the noun: no claim."""
from __future__ import annotations

import pytest

from claimgraph.link.linker import proposition


@pytest.mark.parametrize("text, claim", [
    ("operated by Hollin Lines", False),
    ("seen by the Westbury Courier", False),
    ("owned by the Pellam Trading Company", False),
    ("arrested by police on Friday", True),  # an act with its time: a clause of its own
    ("led by Avel Sarn, a former minister", True),  # more than the agent: left to the other tests of a clause
])
def test_a_participle_and_its_agent_describe_a_noun(text, claim):
    assert proposition({"span": {"text": text}}, None) is claim
    # an act the analysis found in such words is linked all the same
    assert proposition({"span": {"text": text}}, {"type": "COERCE"})
