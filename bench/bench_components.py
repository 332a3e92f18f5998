"""What entities, coreference, events and relations cost: analysing articles with them against without them.

Both pipelines are built in the same run and analyse the same texts (the seed article and the PolNeAR dev texts
when present), in alternating rounds so that a busy machine slows both alike; each configuration keeps its fastest
round. The ratio full/without is the cost of these components; the bar is at most 1.5.

    python bench/bench_components.py [--rounds 2] [--limit N] [--max-ratio 1.5]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from claimgraph.analysis import analyze_document
from claimgraph.document import Document
from claimgraph.nlp.pipeline import build_pipeline

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_1228dd8151ee44c0.txt"
POLNEAR_DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text"
COMPONENTS = ["claimgraph_entities", "claimgraph_coref", "claimgraph_events", "claimgraph_relations"]
BAR = 1.5


def texts(limit: int | None) -> list[str]:
    found = []
    if SEED.exists():
        found.append(SEED.read_text(encoding="utf-8"))
    else:
        print(f"seed article not found ({SEED.name}): benchmarking without it")
    if POLNEAR_DEV.is_dir():
        found.extend(p.read_text(encoding="utf-8") for p in sorted(POLNEAR_DEV.glob("*.txt")))
    else:
        print("PolNeAR dev texts not found (shared/data/polnear/dev/text): benchmarking on the seed article only")
    return found[:limit] if limit else found


def run(nlp, articles: list[str]) -> float:
    start = time.perf_counter()
    for k, text in enumerate(articles):
        analyze_document(Document(text=text, id=f"bench-{k}", published="2023-11-02"), nlp=nlp)
    return time.perf_counter() - start


def component_seconds(nlp, articles: list[str]) -> dict[str, float]:
    """Seconds spent in each pipeline component over the articles: where the time goes, free of machine noise
    between two runs."""
    from claimgraph.analysis import make_doc
    spent: dict[str, float] = {name: 0.0 for name in nlp.pipe_names}
    for k, text in enumerate(articles):
        doc = make_doc(nlp, Document(text=text, id=f"bench-{k}", published="2023-11-02"))
        for name, component in nlp.pipeline:
            start = time.perf_counter()
            doc = component(doc)
            spent[name] += time.perf_counter() - start
    return spent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds; the fastest of each counts")
    parser.add_argument("--limit", type=int, default=None, help="analyse only the first N texts")
    parser.add_argument("--max-ratio", type=float, default=None, help="exit 1 when full/without exceeds this")
    args = parser.parse_args(argv)

    articles = texts(args.limit)
    if not articles:
        print("no texts to analyse: skipped")
        return 0
    words = sum(len(text.split()) for text in articles)
    full = build_pipeline()
    without = build_pipeline()
    without.select_pipes(disable=COMPONENTS)
    run(full, articles[:1])  # first-call costs (lexicon loading, caches) are not per-article costs
    run(without, articles[:1])

    best = {"full": float("inf"), "without": float("inf")}
    for _ in range(args.rounds):
        best["without"] = min(best["without"], run(without, articles))
        best["full"] = min(best["full"], run(full, articles))
    print(f"{len(articles)} articles, {words:,} words, best of {args.rounds} rounds")
    for name, seconds in best.items():
        label = "with entities/coref/events/relations" if name == "full" else "without them"
        print(f"  {label:<40} {len(articles) / seconds:7.2f} documents/s  {words / seconds:9.0f} words/s")
    ratio = best["full"] / best["without"]
    print(f"ratio full/without: {ratio:.2f} (bar {BAR})")
    spent = component_seconds(full, articles)
    ours = sum(spent[name] for name in COMPONENTS)
    total = sum(spent.values())
    print("time per component: " + ", ".join(f"{name.removeprefix('claimgraph_')} {seconds:.2f}s"
                                             for name, seconds in spent.items()))
    print(f"entities/coref/events/relations take {100 * ours / total:.1f}% of the pipeline's time: "
          f"ratio by components {total / (total - ours):.2f}")
    if args.max_ratio is not None and ratio > args.max_ratio:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
