"""Lists the gold cues of a PolNeAR folder that no predicted cue overlaps, grouped by construction and head lemma.

    python scripts/missed_cues.py DEV_DIR [--examples N] [--predictions FILE]

Runs the full analysis on every article (or reads its cue spans back from --predictions, written on the first run),
parses the text, and names each missed gold cue's construction from the parse of its head word. Prints one JSON
object: counts by construction, by head lemma, and a few examples of each frequent group. Run on dev only.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from claimgraph.evaluate.polnear import articles, metadata, pipeline_predictor, predicted_spans, read_ann


def head_of(doc, pieces) -> object | None:
    """The word of a span whose head lies outside it (the highest word of the span in the parse)."""
    tokens = [t for s, e in pieces for t in (doc.char_span(s, e, alignment_mode="expand") or [])]
    if not tokens:
        return None
    ids = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
    words = [t for t in heads if not t.is_punct] or heads
    return words[0]


def construction(doc, pieces) -> str:
    """A coarse name for a gold cue's construction."""
    text = " ".join(doc.text[s:e] for s, e in sorted(pieces)).lower()
    if "according" in text:
        return "according to"
    if "quoted" in text:
        return "quoted as saying"
    if text.startswith("in a ") or text.startswith("in an ") or text.startswith("in his ") or text.startswith("in her "):
        return "in a <noun>"
    if text.startswith("as ") and ("put" in text or "said" in text or "noted" in text):
        return "as X put it"
    head = head_of(doc, pieces)
    if head is None:
        return "unparsed"
    if head.is_punct:
        return "punctuation"
    if head.pos_ == "NOUN" or head.pos_ == "PROPN":
        return "noun (" + head.dep_ + ")"
    if head.pos_ == "ADJ":
        return "adjective"
    if head.pos_ in {"VERB", "AUX"}:
        kids = {c.dep_ for c in head.children}
        if head.tag_ == "VBN" and "auxpass" in kids:
            return "passive verb"
        if "ccomp" in kids:
            return "verb + clause"
        if "dobj" in kids:
            return "verb + object"
        if "xcomp" in kids:
            return "verb + xcomp"
        return "verb (" + head.dep_ + ")"
    return "other (" + head.pos_ + ")"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--examples", type=int, default=4)
    parser.add_argument("--predictions", type=Path, help="cue spans by article, read when it exists, else written")
    args = parser.parse_args(argv)
    from claimgraph.training.attribution import parser_pipeline
    nlp = parser_pipeline()
    stored = json.loads(args.predictions.read_text()) if args.predictions and args.predictions.exists() else None
    predict = None if stored is not None else pipeline_predictor()
    meta = metadata(args.folder)
    written: dict[str, list] = {}
    by_construction, by_lemma = Counter(), Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for name, text_path, anns in articles(args.folder):
        text = text_path.read_text(encoding="utf-8")
        if stored is not None:
            cues = [frozenset(map(tuple, key)) for key in stored.get(name, [])]
        else:
            cues = list(predicted_spans(text, predict(text, meta.get(name, {})))["cue"])
            written[name] = [sorted(key) for key in cues]
        covered = {i for key in cues for s, e in key for i in range(s, e)}
        doc = nlp(text)
        for ann in anns:
            for key in read_ann(ann, text)["cue"]:
                if any(i in covered for s, e in key for i in range(s, e)):
                    continue
                kind = construction(doc, key)
                head = head_of(doc, key)
                lemma = head.lemma_.lower() if head is not None else "?"
                by_construction[kind] += 1
                by_lemma[lemma] += 1
                if len(examples[kind]) < args.examples:
                    s = min(s for s, _ in key)
                    e = max(e for _, e in key)
                    examples[kind].append(text[max(0, s - 80):s] + "[[" + text[s:e] + "]]" + text[e:e + 60])
    if args.predictions and stored is None:
        args.predictions.write_text(json.dumps(written))
    json.dump({"missed": sum(by_construction.values()), "by_construction": by_construction.most_common(),
               "by_lemma": by_lemma.most_common(60), "examples": examples}, sys.stdout, indent=1,
              ensure_ascii=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
