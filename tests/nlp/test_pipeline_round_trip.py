"""A pipeline saved with nlp.to_disk() loads with plain spacy.load() in a process that never imported claimgraph."""
from __future__ import annotations

import json
import os
import subprocess
import sys

TEXT = ("Two officials said the army of Ostavia had moved 40 tanks to the border on Monday, the Fenwick Post "
        "reported, citing a defence ministry document. The ministry denied the report.")

# What the components found, as plain data, read from the Doc's own extensions (no claimgraph code runs here
# beyond what spaCy's entry points load).
SUMMARY = """
def summary(doc):
    return {
        "attributions": [[[s.text for s in a.source], [s.text for s in a.cue], [s.text for s in a.content]]
                         for a in doc._.cg_attributions],
        "entities": sorted(c.name for c in doc._.cg_entities),
        "events": [[e.type, e.trigger.text] for e in doc._.cg_events],
        "times": [t.span.text for t in doc._.cg_times],
    }
"""


def test_saved_pipeline_loads_by_spacy_alone_and_gives_the_same_result(nlp, tmp_path):
    namespace: dict = {}
    exec(SUMMARY, namespace)
    expected = namespace["summary"](nlp(TEXT))
    assert expected["attributions"] and expected["events"], "the example must exercise the components"

    nlp.to_disk(tmp_path / "pipeline")
    script = SUMMARY + f"""
import json, sys, spacy
assert not any(name.startswith("claimgraph") for name in sys.modules)
nlp = spacy.load({str(tmp_path / "pipeline")!r})
print(json.dumps(summary(nlp({TEXT!r}))))
"""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout.strip().splitlines()[-1]) == expected


def test_the_pipeline_analysis_reports_no_problems(nlp):
    problems = nlp.analyze_pipes(pretty=False)["problems"]
    assert not any(problems.values()), problems
