"""The pipeline by spaCy's rules: saved with nlp.to_disk(), it loads with plain spacy.load() in a process that never
imported claimgraph and gives the same spans groups and analysis; its components declare what they need."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from spacy.tokens import Doc

from claimgraph.analysis import analyze_document, assemble, bounded
from claimgraph.document import Document
from claimgraph.nlp.annotations import GROUPS, register_extensions

TEXT = ("Two officials said the army of Ostavia had moved 40 tanks to the border on Monday, the Fenwick Post "
        "reported, citing a defence ministry document. The ministry denied the report.")
CONTEXT = {"published": "2024-03-06", "outlet": "Harbour Ledger"}

# Every spans group as plain data, read with spaCy's own API: no claimgraph code runs here beyond what spaCy's entry
# points load.
GROUPS_AS_DATA = """
def groups_as_data(doc):
    return {name: {"attrs": group.attrs,
                   "spans": [[s.start_char, s.end_char, s.label_, s._.get(name_of[name])] for s in group]}
            for name, group in doc.spans.items() if name.startswith("cg_")}
"""


def groups_as_data(doc: Doc) -> dict:
    namespace = {"name_of": GROUPS}
    exec(GROUPS_AS_DATA, namespace)
    return json.loads(json.dumps(namespace["groups_as_data"](doc)))


def piped(nlp, text: str = TEXT, context: dict = CONTEXT) -> Doc:
    doc, _ = next(nlp.pipe([(text, context)], as_tuples=True))
    return doc


def test_saved_pipeline_loads_by_spacy_alone_and_gives_the_same_result(nlp, tmp_path):
    doc = piped(nlp)
    expected = {"groups": groups_as_data(doc),
                "analysis": json.loads(json.dumps(analyze_document(Document(text=TEXT, **CONTEXT), nlp=nlp)))}
    for name in ("cg_times", "cg_entities", "cg_cues", "cg_contents", "cg_sources", "cg_certainty", "cg_events"):
        assert expected["groups"][name]["spans"], f"the example must exercise {name}"

    saved = tmp_path / "pipeline"
    nlp.to_disk(saved)
    for component, model in (("claimgraph_attribution", "attribution.json.gz"),
                             ("claimgraph_certainty", "certainty_model.npz")):
        assert (saved / component / "models" / model).is_file(), f"{component} must carry its model"
    script = f"""
import json, sys, spacy
assert not any(name.startswith("claimgraph") for name in sys.modules), "claimgraph imported before spacy.load"
nlp = spacy.load({str(saved)!r})
loaded_from = [str(path) for path in nlp.get_pipe("claimgraph_attribution")._saved_models.values()]
doc, _ = next(nlp.pipe([({TEXT!r}, {CONTEXT!r})], as_tuples=True))
name_of = {GROUPS!r}
{GROUPS_AS_DATA}
from claimgraph.analysis import analyze_document
from claimgraph.document import Document
# the whole analysis, bounded by the limits the saved pipeline's config holds
analysis = analyze_document(Document(text={TEXT!r}, **{CONTEXT!r}), nlp=nlp)
print(json.dumps({{"groups": groups_as_data(doc), "analysis": analysis, "loaded_from": loaded_from}}))
"""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got.pop("loaded_from") == [str(saved / "claimgraph_attribution" / "models" / "attribution.json.gz")]
    assert got == expected


def test_a_saved_pipeline_keeps_the_bounds_it_was_built_with(tmp_path):
    import spacy

    from claimgraph.analysis import bounds_of
    from claimgraph.nlp.pipeline import build_pipeline
    from claimgraph.settings import Limits

    built = build_pipeline(bounds=Limits(max_claims=1, max_sentence_chars=300))
    built.to_disk(tmp_path / "bounded")
    loaded = spacy.load(tmp_path / "bounded")
    assert (bounds_of(loaded).max_claims, bounds_of(loaded).max_sentence_chars) == (1, 300)
    # a text of two claims (the denial of 'the report' points back at the first one and makes none of its own)
    result = analyze_document(Document(text=TEXT + " Troops crossed the river on Tuesday.", **CONTEXT), nlp=loaded)
    assert len(result["claims"]) == 1 and result["warnings"]


def test_the_spans_groups_carry_the_whole_analysis(nlp):
    """A Doc serialised and read back (as DocBin or a worker would) assembles to the same analysis."""
    doc = piped(nlp)
    register_extensions()
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    document = Document(text=TEXT, **CONTEXT)
    assert copy._.cg_published == CONTEXT["published"]
    assert json.dumps(bounded(assemble(copy, document))) == json.dumps(bounded(assemble(doc, document)))


def test_the_publication_date_enters_through_the_pipeline(nlp):
    text = "The minister resigned on Monday, officials said."
    for published, monday in (("2024-03-06", "2024-03-04"), ("2024-03-13", "2024-03-11")):
        doc = piped(nlp, text, {"published": published})
        assert doc._.cg_published == published
        assert [t.value for t in doc._.cg_times if t.span.text.endswith("Monday")] == [monday]


def test_the_links_between_groups_are_span_extensions(nlp):
    doc = piped(nlp)
    sources = doc.spans["cg_sources"]
    attributions = doc.spans["cg_cues"].attrs["attributions"]
    entities = doc.spans["cg_entities"].attrs["entities"]
    linked = [(source.text, entities[attributions[k]["source_entity"]]["name"])
              for source in sources for k in source._.cg_source if attributions[k]["source_entity"] is not None]
    assert ("the Fenwick Post", "Fenwick Post") in linked or ("Fenwick Post", "Fenwick Post") in linked, linked
    for cue in doc.spans["cg_cues"]:
        assert all(0 <= k < len(attributions) for k in cue._.cg_cue)


def test_the_pipeline_analysis_reports_no_problems(nlp):
    analysis = nlp.analyze_pipes(pretty=False)
    assert not any(analysis["problems"].values()), analysis["problems"]
    ours = [name for name in nlp.pipe_names if name.startswith("claimgraph_")]
    assert ours[0] == nlp.pipe_names[0] == "claimgraph_metadata"
    for name in ours:
        meta = nlp.get_pipe_meta(name)
        assert meta.factory.endswith("_v1"), f"{name}: factories carry a version"
        assert meta.assigns, f"{name} must say what it assigns"
