"""Linking at scale on PostgreSQL: the time to link K*N stored documents divided by the time for N (goal <= 1.2*K:
12 at 10x), beside the same ratio on SQLite from the same run.

    python bench/bench_link_postgres.py [--docs N] [--scale K] [--repeat R] [--dsn ADDRESS]

The documents and their analyses are bench/bench_link.py's (generated stories, analyses built from what the
generator knows), stored and linked N at a time as a corpus grows. On PostgreSQL the work is shared with the server
process, so the time is wall time (best of R rounds, interleaved); SQLite's is CPU time, as bench_link.py measures
it. Without --dsn, a throwaway PostgreSQL cluster is started for the run (as the tests start one).
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from bench_link import analysis, link_seconds  # noqa: E402
from generate import articles  # noqa: E402


def link_seconds_postgres(dsn: str, count: int, chunk: int) -> tuple[float, int, float, float]:
    """Store and link `count` documents a chunk at a time into the database at `dsn`: (total linking time,
    documents linked, time for the first chunk, time for the last chunk)."""
    from claimgraph.document import Document
    from claimgraph.link import link_pending
    from claimgraph.store.open import open_store

    generated = articles(count)
    times, linked = [], 0
    with open_store(dsn) as store:
        for start in range(0, len(generated), chunk):
            for article in generated[start:start + chunk]:
                document = Document(text=article["text"], id=article["id"], url=article["url"],
                                    outlet=article["outlet"], published=article["published"], title=article["title"])
                store.write(document, analysis(article))
            started = time.perf_counter()
            linked += link_pending(store)
            times.append(time.perf_counter() - started)
    return sum(times), linked, times[0], times[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=200, help="documents at 1x (default 200)")
    parser.add_argument("--scale", type=int, default=10, help="the larger run is this many times bigger")
    parser.add_argument("--repeat", type=int, default=2, help="rounds per size; the fastest counts (shared machines)")
    parser.add_argument("--dsn", help="postgresql://USER@HOST/ of a server to make databases on (default: a "
                                      "throwaway cluster)")
    parser.add_argument("--no-sqlite", action="store_true", help="PostgreSQL alone")
    args = parser.parse_args(argv)
    import claimgraph.link  # noqa: F401  start-up imports are not linking time

    stop = None
    if args.dsn:
        server = args.dsn.rstrip("/")
    else:
        from tests.postgres_cluster import start
        base = Path(tempfile.mkdtemp(prefix="claimgraph-bench-pg-"))
        base.chmod(0o755)
        cluster, stop = start(base)
        server = cluster.dsn("").rstrip("/")
    ones, manys, sqlite_ones, sqlite_manys = [], [], [], []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for r in range(args.repeat):  # interleaved, so a busy moment of the machine hits both sizes alike
                stamp = f"{int(time.time())}_{r}"
                ones.append(link_seconds_postgres(f"{server}/link_one_{stamp}", args.docs, args.docs))
                manys.append(link_seconds_postgres(f"{server}/link_many_{stamp}", args.docs * args.scale, args.docs))
                if not args.no_sqlite:
                    sqlite_ones.append(link_seconds(Path(tmp) / f"one-{r}.db", args.docs, args.docs))
                    sqlite_manys.append(link_seconds(Path(tmp) / f"many-{r}.db", args.docs * args.scale, args.docs))
    finally:
        if stop is not None:
            stop()
            shutil.rmtree(base, ignore_errors=True)
    one, linked_one, _, _ = min(ones)
    many, linked_many, first, last = min(manys)
    report = {"documents_1x": linked_one, "documents_10x": linked_many, "seconds_1x": one, "seconds_10x": many,
              "docs_per_second_1x": linked_one / one, "docs_per_second_10x": linked_many / many,
              "time_ratio": many / one, "goal": args.scale * 1.2, "last_chunk_to_first_chunk": last / first}
    print(f"PostgreSQL: linking {linked_one} documents: {one:.2f} s; {linked_many} documents: {many:.2f} s "
          f"({report['docs_per_second_10x']:.0f} documents/s)")
    print(f"PostgreSQL: time ratio {args.scale}x / 1x: {report['time_ratio']:.2f} (goal <= {report['goal']:.0f}); "
          f"the last {args.docs} documents took {report['last_chunk_to_first_chunk']:.2f} times the first {args.docs}")
    if sqlite_ones:
        s_one, _, _, _ = min(sqlite_ones)
        s_many, _, s_first, s_last = min(sqlite_manys)
        report["sqlite_time_ratio"] = s_many / s_one
        report["sqlite_last_chunk_to_first_chunk"] = s_last / s_first
        print(f"SQLite: time ratio {args.scale}x / 1x: {s_many / s_one:.2f} (goal <= {report['goal']:.0f}); "
              f"{s_one:.2f} s and {s_many:.2f} s CPU")
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
