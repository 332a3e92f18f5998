"""Training the attribution model on a tiny PolNeAR-shaped corpus written for these tests."""
from __future__ import annotations

import gzip
import json

import pytest

from claimgraph.training.attribution import gold_attributions, gold_tags, main, parsed, parser_pipeline

ARTICLES = {
    "daily_2016-01-01_port": (
        "The port reopened on Monday, two officials said. The mayor argued that the repairs were too slow.\n",
        ["T1\tContent 0 27\tThe port reopened on Monday",
         "T2\tSource 29 42\ttwo officials",
         "T3\tCue 43 47\tsaid",
         "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2",
         "T4\tSource 49 58\tThe mayor",
         "T5\tCue 59 65\targued",
         "T6\tContent 66 96\tthat the repairs were too slow",
         "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4"]),
    "daily_2016-01-02_bridge": (
        "Engineers said the bridge was safe. “It will hold,” the inspector told reporters.\n",
        ["T1\tSource 0 9\tEngineers",
         "T2\tCue 10 14\tsaid",
         "T3\tContent 15 34\tthe bridge was safe",
         "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
         "T4\tContent 36 51\t“It will hold,”",
         "T5\tSource 52 65\tthe inspector",
         "T6\tCue 66 70\ttold",
         "E2\tAttribution:T6 Content:T4 Cue:T6 Source:T5"]),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("polnear")
    (root / "text").mkdir()
    (root / "attributions").mkdir()
    for name, (text, lines) in ARTICLES.items():
        for line in lines:  # the offsets above are checked against the text, so the test data stays honest
            if not line.startswith("T"):
                continue
            parts = line.split("\t")
            label, offsets = parts[1].split(" ", 1)
            start, end = (int(x) for x in offsets.split())
            assert text[start:end] == parts[2], (name, line)
        (root / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
        (root / "attributions" / f"{name}_ab12.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def test_gold_attributions_become_token_sets_and_tags(corpus, tmp_path):
    docs = parsed(corpus, parser_pipeline(), tmp_path)
    doc = docs["daily_2016-01-01_port"]
    records = gold_attributions(corpus / "attributions" / "daily_2016-01-01_port_ab12.ann", doc)
    assert len(records) == 2
    said = records[0]
    assert [doc[i].text for i in sorted(said["cue"])] == ["said"]
    assert " ".join(doc[i].text for i in sorted(said["source"])) == "two officials"
    tags = gold_tags(doc, records)
    assert tags.count("B") == 2 and tags.count("I") == 0
    assert tags[next(iter(said["cue"]))] == "B"


def test_parses_are_cached(corpus, tmp_path):
    nlp = parser_pipeline()
    parsed(corpus, nlp, tmp_path)
    assert len(list(tmp_path.glob("*.spacy"))) == 1
    again = parsed(corpus, nlp, tmp_path)
    assert set(again) == set(ARTICLES)


def test_one_command_trains_and_writes_a_loadable_model(corpus, tmp_path):
    out = tmp_path / "model.json.gz"
    assert main([str(corpus), "--epochs", "3", "--ranker-epochs", "3", "--out", str(out),
                 "--cache", str(tmp_path)]) == 0
    with gzip.open(out, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    assert {"tagger", "content", "source", "starts"} <= set(data)
    assert "say" in data["starts"] and "argue" not in data["starts"]  # a lemma needs two cues to begin one
    from claimgraph.nlp.attribution.model import AttributionModel
    model = AttributionModel.from_dict(data)
    doc = parsed(corpus, parser_pipeline(), tmp_path)["daily_2016-01-02_bridge"]
    cues = [[doc[i].text for i in cue] for cue, _, _ in model.predict(doc)]
    assert ["said"] in cues  # learnt from its own training data
