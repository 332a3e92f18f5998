"""A bare name that the text describes elsewhere by a class noun of a body is that body, not a person's name, even
where the entity recogniser left the later mention untyped."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, kind", [
    ("Two nurses were freed on Friday, the relief group Open Door said. Open Door urged other agencies to stay.",
     "organization"),
    ("Open Door, a relief group based in Amberly, has counted 40 arrests. Open Door urged other agencies to stay.",
     "organization"),
    # a name that only modifies the class noun owns what it names and is not described by it
    ("The Open Door campaign said it would appeal. Open Door urged other agencies to stay.", "person"),
])
def test_a_bare_name_described_elsewhere(nlp, text, kind):
    from claimgraph.nlp.annotations import AttributionRecord
    from claimgraph.nlp.attribution.sources import SourceReader

    doc = nlp(text)
    start = max(t.i for t in doc if t.text == "Open")
    for t in doc[start:start + 2]:
        t.ent_type_ = ""
    record = AttributionRecord(cue=[doc[start + 2:start + 3]], content=[doc[start + 3:start + 7]],
                               source=[doc[start:start + 2]])
    assert SourceReader().kind_and_reason(record, {})[0] == kind
