"""Ingest throughput on a Dask LocalCluster: documents analysed a second with 2 workers divided by with 1 (goal 1.8
on a 2-core machine), and documents an hour a core, the figure the capacity model in the README starts from.

    python bench/bench_dask.py [--docs N] [--workers W]

The documents are generated stories (bench/generate.py), analysed by the real pipeline through the Dask engine
(`claimgraph ingest --engine dask` runs the same map); the cluster's start and the pipeline's load on each worker
are not timed, a warm-up of a few documents a worker is not counted. Also printed: the local engine in this process,
for comparison. On a shared machine, run it when the machine is otherwise idle: the ratio measures the cores the
neighbours leave.
"""
from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import articles  # noqa: E402


# articles of news length: a generated report is three short paragraphs, so PARTS of them make one article of some
# 400 words, the length of a wire story
PARTS = 6


def documents(count: int, seed: int):
    from claimgraph.document import Document
    found = articles(count * PARTS, seed=seed)
    return [Document(text="\n\n".join(a["text"] for a in found[k:k + PARTS]), id=found[k]["id"], url=found[k]["url"],
                     outlet=found[k]["outlet"], published=found[k]["published"], title=found[k]["title"])
            for k in range(0, len(found) - PARTS + 1, PARTS)]


def worker_seconds(client) -> float:
    """Processor seconds the cluster's worker processes have used so far, all together."""
    return sum(client.run(time.process_time).values())


def throughput(workers: int, count: int) -> tuple[float, int, dict[str, float]]:
    """Documents a second through the Dask engine with `workers` worker processes, how many failed, and where the
    time went: the workers' processor seconds a document, this process's (the writer's side: submitting, taking the
    outcomes back in order), and the cores the workers got (their processor seconds over the wall clock; on an idle
    machine, `workers`)."""
    from claimgraph.batch import analyze_one, load
    from claimgraph.engines.dask import DaskEngine
    from claimgraph.settings import Limits

    bounds = Limits.from_environment()
    task = functools.partial(analyze_one, bounds=bounds)
    failed = 0
    with DaskEngine(workers=workers, setup=functools.partial(load, bounds)) as engine:
        for _ in engine.map(task, documents(2 * workers, seed=99), lambda item, error: {"error": error.message}):
            pass
        items = documents(count, seed=7)
        client = engine.start()
        load_before, worked = os.getloadavg()[0], worker_seconds(client)
        started, started_here = time.perf_counter(), time.process_time()
        for _, result in engine.map(task, items, lambda item, error: {"error": error.message}):
            failed += "error" in result
        seconds, here = time.perf_counter() - started, time.process_time() - started_here
        worked = worker_seconds(client) - worked
    cost = {"worker_cpu_ms_per_doc": 1000 * worked / count, "writer_cpu_ms_per_doc": 1000 * here / count,
            "cores_obtained": worked / seconds, "load_average": (load_before + os.getloadavg()[0]) / 2}
    return count / seconds, failed, cost


def local(count: int) -> float:
    from claimgraph.batch import analyze_one
    from claimgraph.nlp.pipeline import load_pipeline
    load_pipeline()
    started = time.perf_counter()
    for document in documents(count, seed=7):
        analyze_one(document)
    return count / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=60, help="documents timed at each size (default 60)")
    parser.add_argument("--workers", type=int, default=2, help="the larger cluster (default 2)")
    args = parser.parse_args(argv)
    one, failed_one, cost_one = throughput(1, args.docs)
    many, failed_many, cost_many = throughput(args.workers, args.docs)
    here = local(max(20, args.docs // 4))
    report = {"documents": args.docs, "cores": os.cpu_count(), "docs_per_second_1_worker": one,
              f"docs_per_second_{args.workers}_workers": many, "ratio": many / one, "goal": 0.9 * args.workers,
              "docs_per_hour_per_core": one * 3600, "docs_per_second_in_process": here,
              "failed": failed_one + failed_many, "cost_1_worker": cost_one, f"cost_{args.workers}_workers": cost_many}
    print(f"1 worker: {one:.2f} documents/s; {args.workers} workers: {many:.2f} documents/s; "
          f"ratio {report['ratio']:.2f} (goal >= {report['goal']:.1f}); in this process: {here:.2f} documents/s")
    print(f"documents an hour a core (1 worker): {report['docs_per_hour_per_core']:,.0f}")
    for label, cost in (("1 worker", cost_one), (f"{args.workers} workers", cost_many)):
        print(f"{label}: {cost['worker_cpu_ms_per_doc']:.0f} ms of worker processor time a document, "
              f"{cost['writer_cpu_ms_per_doc']:.1f} ms in this process; the workers got {cost['cores_obtained']:.2f}"
              f" cores (load average {cost['load_average']:.1f})")
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
