"""Builds claimgraph/data/cues_polnear.yaml: how often each lemma heads an attribution cue in PolNeAR train.

Run: python scripts/build_cue_lexicon.py [PATH_TO_POLNEAR_TRAIN] [--cache DIR]. The output lists, per (lemma, part
of speech), the number of train cues it heads and the number of its occurrences, so the attribution rules can trust a
cue word by its measured precision rather than by intuition. For verbs it also lists the same two numbers in the
object frame (a direct object, no clause, no quotation: "gave no details", "accepted the award", "denied the
report"), where a reporting reading is rarer and differs most between verbs. Only the train split is read; the
parse is the one the attribution training caches (same pipeline as the analysis).
"""
from __future__ import annotations

import argparse
import collections
import os
from pathlib import Path

import yaml

from claimgraph.training.attribution import parsed, parser_pipeline

DEFAULT = Path(os.environ.get("CLAIMGRAPH_DATA", Path(__file__).resolve().parents[2] / "shared" / "data")) / "polnear" / "train"
OUT = Path(__file__).resolve().parents[1] / "claimgraph" / "data" / "cues_polnear.yaml"
MIN_CUES = 3
QUOTE_MARKS = {'"', "“", "”", "``", "''", "‘", "’"}
CLAUSAL = {"ccomp", "xcomp", "parataxis", "csubj"}


def object_frame(verb) -> bool:
    """A verb with a direct object and no clause or quotation of its own: 'gave no details', 'denied the report'."""
    children = list(verb.children)
    if not any(c.dep_ == "dobj" for c in children) or any(c.dep_ in CLAUSAL for c in children):
        return False
    return not any(t.text in QUOTE_MARKS for t in verb.subtree)


def cue_spans(ann: Path) -> list[tuple[int, int]]:
    spans = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        if line.startswith("T") and "\tCue " in line:
            offsets = line.split("\t")[1].split(" ", 1)[1]
            for part in offsets.split(";"):
                start, end = part.split()
                spans.append((int(start), int(end)))
    return spans


def main(train: Path = DEFAULT, cache: Path = Path(".cache/attribution")) -> None:
    docs = parsed(train, parser_pipeline(), cache)
    heads: collections.Counter = collections.Counter()
    occurrences: collections.Counter = collections.Counter()
    object_heads: collections.Counter = collections.Counter()
    object_occurrences: collections.Counter = collections.Counter()
    annotations = collections.defaultdict(list)
    for ann in sorted((train / "attributions").glob("*.ann")):
        annotations[ann.stem.rsplit("_", 1)[0]].append(ann)
    for name, doc in docs.items():
        anns = annotations.get(name, [])
        if not anns:
            continue
        cue_tokens: set[int] = set()
        for ann in anns:
            for start, end in cue_spans(ann):
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is not None:
                    cue_tokens.add(span.root.i)
        weight = 1 / len(anns)  # several annotators of one article count as one
        for token in doc:
            if token.is_alpha or token.text in {":"}:
                key = (token.lemma_.lower(), token.pos_)
                occurrences[key] += weight
                cue = token.i in cue_tokens
                if cue:
                    heads[key] += weight
                if token.pos_ == "VERB" and object_frame(token):
                    object_occurrences[key] += weight
                    if cue:
                        object_heads[key] += weight
    rows = []
    for (lemma, pos), cues in heads.most_common():
        if cues < MIN_CUES:
            continue
        total = occurrences[(lemma, pos)]
        row = {"lemma": lemma, "pos": pos, "cues": round(cues, 1), "occurrences": round(total, 1),
               "precision": round(cues / total, 3)}
        frame = object_occurrences[(lemma, pos)]
        if frame:
            row.update({"object_cues": round(object_heads[(lemma, pos)], 1), "object_occurrences": round(frame, 1),
                        "object_precision": round(object_heads[(lemma, pos)] / frame, 3)})
        rows.append(row)
    header = {
        "source": "PolNeAR v1.0 train split (Newell, Margolin & Ruths, LREC 2018), counted by scripts/build_cue_lexicon.py",
        "note": "cues: train cues this lemma heads (an article with k annotators weighs 1/k per annotation); "
                "occurrences: its tokens in the annotated train articles; precision = cues / occurrences; "
                "object_*: the same for the verb with a direct object and no clause or quotation",
        "entries": rows,
    }
    OUT.write_text(yaml.safe_dump(header, sort_keys=False, width=120), encoding="utf-8")
    print(f"{len(rows)} cue lemmas written to {OUT.name}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", type=Path, nargs="?", default=DEFAULT)
    parser.add_argument("--cache", type=Path, default=Path(".cache/attribution"))
    args = parser.parse_args()
    main(args.train, args.cache)
