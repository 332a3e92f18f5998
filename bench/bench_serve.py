"""The workbench under load: concurrent readers against `GET /api/claims` and a claim page while an ingest writes
to the same store. Prints p50/p95 latency and the error count (the goal is 0 errors); the last line is JSON.

    python bench/bench_serve.py [--readers 50] [--requests 20] [--copies 2]

A store is built from the story corpus fixture in a temporary folder; `claimgraph serve` runs on it in its own process
on a free port of 127.0.0.1; each reader is a thread making a bounded number of requests, alternating the two
addresses; meanwhile `claimgraph ingest` adds copies of the corpus articles (new URLs, so new documents) to the
same store and links them."""
from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
CLAIMGRAPH = [sys.executable, "-m", "claimgraph.cli"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def copies(folder: Path, count: int) -> Path:
    """The corpus articles again under new URLs and ids: each copy a new document for the ingest to write."""
    out = folder / "copies.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for n in range(count):
            for path in sorted(CORPUS.glob("*.jsonl")):
                for line in path.read_text(encoding="utf-8").splitlines():
                    if line.strip():
                        article = json.loads(line)
                        article["id"] = f"{article.get('id', path.stem)}-copy{n}"
                        article["url"] = f"{article.get('url', 'https://example.org/' + path.stem)}?copy={n}"
                        handle.write(json.dumps(article) + "\n")
    return out


def wait_until_up(url: str, server: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server stopped: {server.stderr.read().decode(errors='replace')[-2000:]}")
        try:
            if httpx.get(url + "/api/errors", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("the server did not start")


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--readers", type=int, default=50)
    parser.add_argument("--requests", type=int, default=20, help="requests each reader makes")
    parser.add_argument("--copies", type=int, default=3, help="copies of the corpus the ingest writes meanwhile")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        subprocess.run([*CLAIMGRAPH, "ingest", str(CORPUS), "--db", str(db), "--quiet"], check=True,
                       stdout=subprocess.DEVNULL)
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        env = {k: v for k, v in os.environ.items() if k != "CLAIMGRAPH_TOKEN"}
        server = subprocess.Popen([*CLAIMGRAPH, "serve", "--db", str(db), "--port", str(port)], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            wait_until_up(url, server)
            claim = httpx.get(url + "/api/claims?per_page=1").json()["items"][0]["id"]
            targets = ["/api/claims", f"/claims/{claim}"]
            extra = copies(Path(folder), args.copies)
            ingest = subprocess.Popen([*CLAIMGRAPH, "ingest", str(extra), "--db", str(db), "--quiet"],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            ingest_began = time.perf_counter()
            ingest_output: dict[str, bytes] = {}

            def wait_for_ingest() -> None:
                out, err = ingest.communicate(timeout=1800)
                ingest_output.update(out=out, err=err, seconds=time.perf_counter() - ingest_began)
            waiter = threading.Thread(target=wait_for_ingest)
            waiter.start()
            timings: dict[str, list[float]] = {t: [] for t in targets}
            errors: list[str] = []
            lock = threading.Lock()

            def reader(number: int) -> None:
                with httpx.Client(base_url=url, timeout=120) as client:
                    for k in range(args.requests):
                        target = targets[(number + k) % len(targets)]
                        started = time.perf_counter()
                        try:
                            answer = client.get(target)
                            ok = answer.status_code == 200
                            problem = f"{target}: {answer.status_code}"
                        except httpx.HTTPError as exc:
                            ok, problem = False, f"{target}: {type(exc).__name__}"
                        elapsed = time.perf_counter() - started
                        with lock:
                            timings[target].append(elapsed)
                            if not ok:
                                errors.append(problem)

            began = time.perf_counter()
            threads = [threading.Thread(target=reader, args=(n,)) for n in range(args.readers)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            reading = time.perf_counter() - began
            waiter.join()
            out, err = ingest_output["out"], ingest_output["err"]
            report = json.loads(out.decode().strip().splitlines()[-1]) if out.strip() else {}
            if ingest.returncode != 0:
                errors.append(f"ingest exited {ingest.returncode}: {err.decode(errors='replace')[-300:]}")
        finally:
            server.terminate()
            server.wait(timeout=30)

    every = [t for values in timings.values() for t in values]
    figures = {"readers": args.readers, "requests": len(every), "errors": len(errors), "seconds": round(reading, 1),
               "requests_per_second": round(len(every) / reading, 1),
               "p50_ms": round(1000 * statistics.median(every)), "p95_ms": round(1000 * percentile(every, 0.95)),
               "ingest_seconds": round(ingest_output["seconds"], 1),
               "ingested": report.get("analysed"), "linked": report.get("linked")}
    for target, values in timings.items():
        name = "claims_api" if target == "/api/claims" else "claim_page"
        figures[f"{name}_p50_ms"] = round(1000 * statistics.median(values))
        figures[f"{name}_p95_ms"] = round(1000 * percentile(values, 0.95))
    print(f"{len(every)} requests from {args.readers} readers in {reading:.1f} s while ingest wrote "
          f"{report.get('analysed')} documents in {ingest_output['seconds']:.1f} s: p50 {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms, "
          f"{len(errors)} errors")
    for problem in errors[:10]:
        print("  error:", problem)
    print(json.dumps(figures))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
