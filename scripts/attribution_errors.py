"""Counts the attribution model's errors on a PolNeAR folder by category: cues missed, spurious, cut wrong; contents
and sources out of reach of the candidates or ranked wrong.

    python scripts/attribution_errors.py DEV_DIR [--model FILE] [--cache DIR]

Token-level comparison on the model's own output (before the rules are merged in); prints one JSON object.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

from claimgraph.nlp.attribution.model import (AttributionModel, best, choose_content, content_candidates, context,
                                              cue_head, load_model, source_candidates)
from claimgraph.training.attribution import examples, parsed, parser_pipeline


def construction(doc, cue) -> str:
    """A coarse name for the construction a cue belongs to."""
    head = cue_head(doc, sorted(cue))
    lemma = head.lemma_.lower()
    if lemma in {"be", "have"}:
        return "copula/have"
    if head.pos_ == "AUX":
        return "modal/auxiliary"
    if head.is_punct or head.pos_ in {"PUNCT", "SYM"}:
        return "punctuation (colon, dash)"
    if head.pos_ == "NOUN":
        return "noun"
    if head.pos_ == "VERB":
        return "verb"
    return "other (" + head.pos_ + ")"


def cue_shape(doc, cue) -> str:
    """'say', 'tell' and 'according to' apart; other cues by their number of words."""
    words = [doc[i].lemma_.lower() for i in sorted(cue)]
    if [doc[i].lower_ for i in sorted(cue)] == ["according", "to"]:
        return "according to"
    if len(words) == 1 and words[0] in {"say", "tell"}:
        return words[0]
    return "other single word" if len(words) == 1 else "other multi-word"


def edges(gold: frozenset[int], got: frozenset[int]) -> str:
    """Which edges of a span are wrong: left/right, too long/too short; 'pieces' when only the inside differs."""
    kinds = []
    if min(gold) < min(got):
        kinds.append("left too short")
    elif min(gold) > min(got):
        kinds.append("left too long")
    if max(gold) > max(got):
        kinds.append("right too short")
    elif max(gold) < max(got):
        kinds.append("right too long")
    return " + ".join(kinds) or "inner pieces"


def edge_word(doc, gold: frozenset[int], got: frozenset[int]) -> str | None:
    """For a one-word difference at an edge: the word ('that', ',', '”')."""
    diff = gold ^ got
    if len(diff) == 1:
        return doc[next(iter(diff))].text
    return None


def analyse(folder: Path, model: AttributionModel, cache: Path) -> dict:
    nlp = parser_pipeline()
    docs = parsed(folder, nlp, cache)
    out = {"cue": Counter(), "cue_missed_by_construction": Counter(), "cue_spurious_by_construction": Counter(),
           "cue_boundary": Counter(), "content": Counter(), "content_boundary": Counter(), "source": Counter(),
           "source_boundary": Counter(), "one_word_edges": Counter(), "cue_found_by_shape": Counter(),
           "cue_not_found_by_shape": Counter(), "cue_spurious_by_shape": Counter()}
    for doc, attributions in examples(folder, docs):
        ctx = context(doc)
        predicted = {frozenset(c): (c, content, source) for c, content, source in model.predict(doc)}
        gold = {r["cue"]: r for r in attributions if r["cue"]}
        for cue, record in gold.items():
            out["cue_found_by_shape" if cue in predicted else "cue_not_found_by_shape"][cue_shape(doc, cue)] += 1
            if cue in predicted:
                out["cue"]["correct"] += 1
            elif any(cue & p for p in predicted):
                out["cue"]["boundary"] += 1
                other = next(p for p in predicted if cue & p)
                out["cue_boundary"][edges(cue, other)] += 1
            else:
                out["cue"]["missed"] += 1
                out["cue_missed_by_construction"][construction(doc, cue)] += 1
            # contents and sources are judged on the gold cue, so their errors are not the cue's
            cue_tokens = sorted(cue)
            candidates = content_candidates(doc, cue_tokens, ctx)
            chosen = choose_content(model.content, doc, cue_tokens, ctx)
            content = record["content"]
            if not content:
                continue
            if chosen is not None and chosen.tokens == content:
                out["content"]["correct"] += 1
            else:
                reachable = any(c.tokens == content for c in candidates)
                out["content"]["ranked wrong" if reachable else "no candidate"] += 1
                if chosen is not None and chosen.tokens:
                    out["content_boundary"][edges(content, chosen.tokens) if chosen.tokens & content
                                            else "elsewhere"] += 1
                    word = edge_word(doc, content, chosen.tokens)
                    if word:
                        out["one_word_edges"]["content: " + word] += 1
            sources = source_candidates(doc, cue_tokens, content, ctx)
            picked = best(model.source, sources)
            source = record["source"]
            if picked is not None and picked.tokens == source:
                out["source"]["correct"] += 1
            else:
                reachable = any(c.tokens == source for c in sources)
                out["source"]["ranked wrong" if reachable else "no candidate"] += 1
                got = picked.tokens if picked is not None else frozenset()
                if not source:
                    out["source_boundary"]["named where gold has none"] += 1
                elif not got:
                    out["source_boundary"]["none where gold names one"] += 1
                elif got & source:
                    out["source_boundary"][edges(source, got)] += 1
                    word = edge_word(doc, source, got)
                    if word:
                        out["one_word_edges"]["source: " + word] += 1
                else:
                    out["source_boundary"]["elsewhere"] += 1
        for cue in predicted:
            if cue not in gold and not any(cue & g for g in gold):
                out["cue"]["spurious"] += 1
                out["cue_spurious_by_shape"][cue_shape(doc, cue)] += 1
                out["cue_spurious_by_construction"][construction(doc, cue)] += 1
    out["one_word_edges"] = Counter(dict(out["one_word_edges"].most_common(12)))
    return {k: dict(v.most_common()) for k, v in out.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--model", type=Path, help="a model file (default: the one in the package)")
    parser.add_argument("--cache", type=Path, default=Path(".cache/attribution"))
    args = parser.parse_args(argv)
    if args.model:
        with gzip.open(args.model, "rt", encoding="utf-8") as handle:
            model = AttributionModel.from_dict(json.load(handle))
    else:
        model = load_model()
    if model is None:
        print("no attribution model", file=sys.stderr)
        return 2
    print(json.dumps(analyse(args.folder, model, args.cache), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
