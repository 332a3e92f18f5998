"""Reading a large store: the p95 latency of an entity's dossier (`claimgraph entity NAME`) and of its claims
(`claimgraph claims --entity NAME`) on a store of many linked claims, on SQLite and on PostgreSQL (goal: 50 ms).

    python bench/bench_dossier.py [--claims N] [--queries Q] [--backend sqlite|postgres|both] [--dsn ADDRESS]
                                  [--keep DIR]

The store is written in bulk through the storage interface by bench/generate.py (`populate`): documents of twenty
claims, a third of them re-reports, every claim naming two parties. Without --dsn, a throwaway PostgreSQL cluster is
started for the run (as the tests start one). Each query is timed in this process, on a store opened for reading as
the commands open it, over Q parties drawn at random; printed: p50, p95 and the ratio of p95 to the goal.
"""
from __future__ import annotations

import argparse
import json
import shutil
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from generate import populate  # noqa: E402

GOAL_MS = 50.0


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def measure(db: str, names: list[str]) -> dict[str, float]:
    from claimgraph.link.corroboration import linked_claims
    from claimgraph.link.dossier import dossier
    from claimgraph.store.open import open_readonly

    timings: dict[str, list[float]] = {"claims --entity": [], "entity (dossier)": []}
    # this process's CPU time besides wall time: on a shared machine the wall clock's tail measures the neighbours
    # (with PostgreSQL, the server's share of the work is in its own process and only the wall clock holds it)
    cpu: dict[str, list[float]] = {"claims --entity": [], "entity (dossier)": []}
    sizes = []
    with open_readonly(db) as store:
        for name in names:
            started, started_cpu = time.perf_counter(), time.process_time()
            found = list(linked_claims(store, entity=name))
            timings["claims --entity"].append(time.perf_counter() - started)
            cpu["claims --entity"].append(time.process_time() - started_cpu)
            sizes.append(len(found))
            started, started_cpu = time.perf_counter(), time.process_time()
            dossier(store, name)
            timings["entity (dossier)"].append(time.perf_counter() - started)
            cpu["entity (dossier)"].append(time.process_time() - started_cpu)
    report = {"claims_per_query": statistics.mean(sizes)}
    for what, values in timings.items():
        report[f"{what} p50 ms"] = 1000 * percentile(values, 0.5)
        report[f"{what} p95 ms"] = 1000 * percentile(values, 0.95)
        report[f"{what} p95 cpu ms"] = 1000 * percentile(cpu[what], 0.95)
    return report


def build(db: str, claims: int) -> tuple[list[str], float]:
    from claimgraph.store.open import open_store

    started = time.perf_counter()
    with open_store(db) as store, store.deferred_indexes():
        made = populate(store, claims, progress=lambda n, d: print(f"  {n:,} linked claims, {d:,} documents",
                                                                   file=sys.stderr) if d % 5000 == 0 else None)
    return made["parties"], time.perf_counter() - started


def kept_parties(db: str, claims: int) -> list[str] | None:
    """The parties of a store an earlier run wrote with as many linked claims (a file kept by --keep, a database
    at --dsn), brought to this schema; None when there is none."""
    from claimgraph.store.open import open_store, store_exists

    if not store_exists(db):
        return None
    with open_store(db) as store:
        if store.query("SELECT COUNT(*) FROM linked_claims")[0][0] != claims:
            return None
        return [r[0] for r in store.query("SELECT name FROM entity_identities ORDER BY id")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, default=100_000, help="linked claims in the store (default 100,000)")
    parser.add_argument("--queries", type=int, default=200, help="parties looked up (default 200)")
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--dsn", help="a postgresql:// address of a database to fill (default: a throwaway cluster);"
                        " one an earlier run filled with as many claims is read again")
    parser.add_argument("--keep", metavar="DIR", help="keep the SQLite store here; a store kept there by an earlier"
                        " run with as many claims is read again instead of written anew")
    args = parser.parse_args(argv)

    results = {}
    with tempfile.TemporaryDirectory() as scratch:
        stop = None
        backends = ["sqlite", "postgres"] if args.backend == "both" else [args.backend]
        for backend in backends:
            if backend == "sqlite":
                db = str(Path(args.keep or scratch) / f"dossier-{args.claims}.db")
            elif args.dsn:
                db = args.dsn
            else:
                from tests.postgres_cluster import start
                base = Path(tempfile.mkdtemp(prefix="claimgraph-bench-pg-"))
                base.chmod(0o755)
                cluster, stop = start(base)
                db = cluster.dsn("dossier")
            kept = kept_parties(db, args.claims) if (args.keep if backend == "sqlite" else args.dsn) else None
            if kept is not None:
                # a store kept from an earlier run is read again as it is, brought to this schema
                parties, seconds = kept, float("nan")
            else:
                print(f"{backend}: writing {args.claims:,} linked claims", file=sys.stderr)
                parties, seconds = build(db, args.claims)
            names = random.Random(5).sample(parties, min(args.queries, len(parties)))
            report = measure(db, names)
            report["build_seconds"] = seconds
            report["claims"] = args.claims
            report["p95_to_goal"] = max(report["claims --entity p95 ms"], report["entity (dossier) p95 ms"]) / GOAL_MS
            results[backend] = report
            print(f"{backend}: {args.claims:,} linked claims written in {seconds:.0f} s; "
                  f"{report['claims_per_query']:.1f} claims a party; claims --entity p50 "
                  f"{report['claims --entity p50 ms']:.1f} ms, p95 {report['claims --entity p95 ms']:.1f} ms; "
                  f"dossier p50 {report['entity (dossier) p50 ms']:.1f} ms, p95 "
                  f"{report['entity (dossier) p95 ms']:.1f} ms; p95 / goal {report['p95_to_goal']:.2f} "
                  f"(goal <= 1, {GOAL_MS:.0f} ms); p95 in this process's CPU time: claims --entity "
                  f"{report['claims --entity p95 cpu ms']:.1f} ms, dossier {report['entity (dossier) p95 cpu ms']:.1f} ms")
        if stop is not None:
            stop()
            shutil.rmtree(base, ignore_errors=True)
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
