"""Analysis throughput of the full claimgraph pipeline against bare spaCy parsing, on the same PolNeAR dev texts.

    python bench/bench_attribution.py [DEV_DIR] [--limit N] [--rounds R] [--whole-process] [--model fast|accurate]

Both sides use the same model package, the same texts and the same process. Each round takes every text in turn
through the bare model and through `analyze_document`, alternating which goes first, so that a neighbour's load on
shared cores weighs on both sides alike; the round's ratio is bare seconds over analysis seconds, summed over the
texts. The processor time of this process counts (waiting for a busy core does not); wall-clock ratios are printed
beside it. The median ratio over the rounds is the figure, with the lowest and highest beside it. The goal is a
ratio of at least 0.8 for the fast models (the default) and 0.25 for `--model accurate`, whose encoder runs too.

With --whole-process each round instead times two fresh processes over all the texts, a bare spaCy script and
`claimgraph analyze`, so that import, model loading and writing the JSON count too (the processor time of each
child process, in alternating order; wall-clock ratios beside it).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEV = Path(os.environ.get("CLAIMGRAPH_DATA", ROOT.parent / "shared" / "data")) / "polnear" / "dev"
GOALS = {"fast": 0.8, "accurate": 0.25}

BARE_SCRIPT = """
import sys, spacy
nlp = spacy.load(sys.argv[1])
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        nlp(f.read())
"""


def files_of(folder: Path, limit: int | None) -> list[Path]:
    return sorted((folder / "text").glob("*.txt"))[:limit]


def clocks() -> tuple[float, float]:
    return time.process_time(), time.perf_counter()


def timed(run, text: str) -> tuple[float, float]:
    cpu, wall = clocks()
    run(text)
    cpu_end, wall_end = clocks()
    return cpu_end - cpu, wall_end - wall


def summary(ratios: list[float]) -> dict[str, float]:
    return {"median": round(statistics.median(ratios), 3), "low": round(min(ratios), 3),
            "high": round(max(ratios), 3)}


def in_process(texts: list[str], rounds: int, mode: str = "fast") -> dict:
    import spacy

    from claimgraph.analysis import analyze_document
    from claimgraph.document import Document
    from claimgraph.nlp.pipeline import MODEL, load_pipeline

    bare = spacy.load(MODEL)
    nlp = load_pipeline(mode=mode)

    def parse(text: str) -> None:
        bare(text)

    def analyse(text: str) -> None:
        analyze_document(Document(text=text), nlp=nlp)

    # first calls load lexicons and fill caches that every later document finds ready
    for text in texts[:3]:
        parse(text)
        analyse(text)
    words = sum(len(doc) for doc in bare.pipe(texts))
    cpu_ratios, wall_ratios, parse_cpu, analysis_cpu = [], [], [], []
    for r in range(rounds):
        spent = {"parse": [0.0, 0.0], "analyse": [0.0, 0.0]}
        for k, text in enumerate(texts):
            order = [("parse", parse), ("analyse", analyse)]
            for name, run in (order if (k + r) % 2 == 0 else order[::-1]):
                cpu, wall = timed(run, text)
                spent[name][0] += cpu
                spent[name][1] += wall
        cpu_ratios.append(spent["parse"][0] / spent["analyse"][0])
        wall_ratios.append(spent["parse"][1] / spent["analyse"][1])
        parse_cpu.append(spent["parse"][0])
        analysis_cpu.append(spent["analyse"][0])
        print(f"round {r + 1}: ratio {cpu_ratios[-1]:.3f} (processor time), {wall_ratios[-1]:.3f} (wall clock)",
              file=sys.stderr)
    return {"model": MODEL, "mode": mode, "texts": len(texts), "words": words, "rounds": rounds,
            "spacy_words_per_second": round(words / statistics.median(parse_cpu), 1),
            "analysis_words_per_second": round(words / statistics.median(analysis_cpu), 1),
            "ratio": summary(cpu_ratios)["median"], "spread": summary(cpu_ratios),
            "wall_clock": summary(wall_ratios)}


def whole_process(files: list[Path], rounds: int, mode: str = "fast") -> dict:
    from claimgraph.nlp.pipeline import MODEL

    claimgraph = [sys.executable, "-m", "claimgraph.cli", "analyze", "--model", mode, "--format", "jsonl", *map(str, files)]
    bare = [sys.executable, "-c", BARE_SCRIPT, MODEL, *map(str, files)]
    ratios, wall_ratios = [], []
    with tempfile.TemporaryFile() as sink:
        for r in range(rounds):
            seconds = {}
            order = [("bare", bare), ("claimgraph", claimgraph)]
            for name, command in (order if r % 2 == 0 else order[::-1]):
                before, started = children_cpu(), time.perf_counter()
                subprocess.run(command, check=True, stdout=sink, cwd=ROOT)
                seconds[name] = (children_cpu() - before, time.perf_counter() - started)
            ratios.append(seconds["bare"][0] / seconds["claimgraph"][0])
            wall_ratios.append(seconds["bare"][1] / seconds["claimgraph"][1])
            print(f"round {r + 1}: bare {seconds['bare'][0]:.1f}s, claimgraph {seconds['claimgraph'][0]:.1f}s "
                  f"of processor time, ratio {ratios[-1]:.3f} ({wall_ratios[-1]:.3f} wall clock)", file=sys.stderr)
    return {"model": MODEL, "mode": mode, "texts": len(files), "rounds": rounds, "whole_process": True,
            "ratio": summary(ratios)["median"], "spread": summary(ratios), "wall_clock": summary(wall_ratios)}


def children_cpu() -> float:
    """Processor seconds of the finished child processes so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DEV)
    parser.add_argument("--limit", type=int, default=None, help="only the first N texts")
    parser.add_argument("--rounds", "--repeat", type=int, default=3, help="rounds; the median ratio counts")
    parser.add_argument("--whole-process", action="store_true",
                        help="time fresh processes (import, model loading, output included)")
    parser.add_argument("--model", choices=sorted(GOALS), default="fast", help="the analysis models to time")
    args = parser.parse_args(argv)
    if not (args.folder / "text").is_dir():
        print(f"no PolNeAR texts in {args.folder}", file=sys.stderr)
        return 2
    files = files_of(args.folder, args.limit)
    if args.whole_process:
        report = whole_process(files, args.rounds, args.model)
    else:
        report = in_process([f.read_text(encoding="utf-8") for f in files], args.rounds, args.model)
        print(f"bare spaCy ({report['model']}): {report['spacy_words_per_second']:.0f} words/s (processor time)")
        print(f"claimgraph analysis:  {report['analysis_words_per_second']:.0f} words/s (processor time)")
    spread = report["spread"]
    print(f"ratio: {spread['median']:.2f} (median of {args.rounds} rounds, {spread['low']:.2f}-{spread['high']:.2f}; "
          f"goal >= {GOALS[args.model]})")
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
