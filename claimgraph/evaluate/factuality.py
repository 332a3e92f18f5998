"""Scores the certainty model against event factuality data on the FactBank scale (UW, MEANTIME jsonl)."""
from __future__ import annotations

import json
import math
from collections import defaultdict
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..nlp.annotations import register_extensions
from ..nlp.certainty import Certainty
from ..nlp.certainty_model import DEFAULT_CONVENTION

# Certainty reads only the parse, so the scorer runs the parser's components and rates the targets itself.
_SKIPPED = {"claimgraph_times", "claimgraph_entities", "claimgraph_attribution", "claimgraph_coref",
            "claimgraph_certainty", "claimgraph_events", "claimgraph_relations", "claimgraph_markers"}


def evaluate_factuality(path: str | Path, predictions_out: str | Path | None = None,
                        nlp: Language | None = None, convention: str = DEFAULT_CONVENTION) -> dict[str, Any]:
    """Mean absolute error and Pearson r of the model's unrounded certainty against each target's label."""
    if nlp is None:
        from ..nlp.pipeline import load_pipeline
        nlp = load_pipeline()
    register_extensions()
    certainty = nlp.get_pipe("claimgraph_certainty")
    pairs: list[tuple[float, float]] = []
    out_lines = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        doc = analyse_tokens(nlp, item["text"].split())
        for target, prediction in zip(item["targets"], predict(doc, item["targets"], certainty, convention)):
            target["prediction"] = prediction
            pairs.append((float(target["label"]), prediction))
        out_lines.append(json.dumps(item))
    if predictions_out is not None:
        Path(predictions_out).write_text("\n".join(out_lines) + "\n", encoding="utf-8")
    return figures(pairs)


def analyse_tokens(nlp: Language, words: list[str]) -> Doc:
    """A Doc with exactly the given tokens, run through the components certainty depends on."""
    doc = Doc(nlp.vocab, words=words)
    for name, component in nlp.pipeline:
        if name not in _SKIPPED:
            doc = component(doc)
    return doc


def predict(doc: Doc, targets: list[dict[str, Any]], certainty: Certainty, convention: str) -> list[float]:
    """The certainty of the predicate heading each target span, by the component's own model."""
    tokens = [doc[t["span1"][0]:t["span1"][1]].root for t in targets]
    records = certainty.rate(doc, tokens, convention)
    # the literature (Stanovsky et al. 2017; Jiang & de Marneffe 2021) scores the continuous prediction
    return [float(r.score if r.score is not None else r.value) for r in records]


def figures(pairs: list[tuple[float, float]]) -> dict[str, Any]:
    per_label: dict[float, list[float]] = defaultdict(list)
    for label, prediction in pairs:
        per_label[label].append(abs(label - prediction))
    n = len(pairs)
    return {
        "n": n,
        "mae": round(sum(abs(a - b) for a, b in pairs) / n, 4) if n else None,
        "pearson_r": round(pearson(pairs), 4) if n else None,
        "per_label": {str(label): {"n": len(errors), "mae": round(sum(errors) / len(errors), 4)}
                      for label, errors in sorted(per_label.items())},
    }


def pearson(pairs: list[tuple[float, float]]) -> float:
    """Pearson correlation; 0 when either side is constant."""
    n = len(pairs)
    mean_x = sum(p[0] for p in pairs) / n
    mean_y = sum(p[1] for p in pairs) / n
    cov = sum((x - mean_x) * (y - mean_y) for x, y in pairs)
    var_x = sum((x - mean_x) ** 2 for x, _ in pairs)
    var_y = sum((y - mean_y) ** 2 for _, y in pairs)
    if var_x == 0 or var_y == 0:
        return 0.0
    return cov / math.sqrt(var_x * var_y)
