"""Analysis throughput of the full claimgraph pipeline against bare spaCy parsing, on the same PolNeAR dev texts.

    python bench/bench_attribution.py [DEV_DIR] [--limit N] [--repeat R]

Both runs use the same model package, the same texts and the same process; the best of R rounds counts for each.
Prints both throughputs (words a second) and their ratio; the goal is a ratio of at least 0.8.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEV = Path(os.environ.get("CLAIMGRAPH_DATA", ROOT.parent / "shared" / "data")) / "polnear" / "dev"


def texts_of(folder: Path, limit: int | None) -> list[str]:
    files = sorted((folder / "text").glob("*.txt"))[:limit]
    return [f.read_text(encoding="utf-8") for f in files]


def best_time(run, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DEV)
    parser.add_argument("--limit", type=int, default=None, help="only the first N texts")
    parser.add_argument("--repeat", type=int, default=2, help="rounds per measurement; the fastest counts")
    args = parser.parse_args(argv)
    if not (args.folder / "text").is_dir():
        print(f"no PolNeAR texts in {args.folder}", file=sys.stderr)
        return 2
    import spacy

    from claimgraph.analysis import analyze_document
    from claimgraph.document import Document
    from claimgraph.nlp.pipeline import MODEL, load_pipeline

    texts = texts_of(args.folder, args.limit)
    bare = spacy.load(MODEL)
    nlp = load_pipeline()
    words = sum(len(doc) for doc in bare.pipe(texts))  # also warms the bare model up
    analyze_document(Document(text=texts[0]), nlp=nlp)  # warms the full pipeline up (lexicons, model)

    def parse_only() -> None:
        for text in texts:
            bare(text)

    def analyse() -> None:
        for text in texts:
            analyze_document(Document(text=text), nlp=nlp)

    # rounds alternate, so a neighbour's load on the shared cores weighs on both measurements alike
    parse_seconds = analysis_seconds = float("inf")
    for _ in range(args.repeat):
        parse_seconds = min(parse_seconds, best_time(parse_only, 1))
        analysis_seconds = min(analysis_seconds, best_time(analyse, 1))
    report = {"texts": len(texts), "words": words,
              "spacy_words_per_second": round(words / parse_seconds, 1),
              "analysis_words_per_second": round(words / analysis_seconds, 1),
              "ratio": round(parse_seconds / analysis_seconds, 3)}
    print(f"bare spaCy ({MODEL}): {report['spacy_words_per_second']:.0f} words/s")
    print(f"claimgraph analysis:  {report['analysis_words_per_second']:.0f} words/s")
    print(f"ratio: {report['ratio']:.2f} (goal >= 0.8)")
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
