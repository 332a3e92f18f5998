"""The Dask engine on a real LocalCluster of two worker processes: input order kept, items taken lazily, a failing
or worker-killing item fails alone, the pipeline set up once a worker; WARC records travel as byte ranges and are
read on the workers."""
from __future__ import annotations

import itertools
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import dask
import distributed
import pytest

from claimgraph.document import Document
from claimgraph.engines.dask import DaskEngine
from claimgraph.errors import DocumentError
from claimgraph.readers import read_paths
from claimgraph.readers.warc import RecordRange
from tests.readers.test_warc import page, write_warc


@pytest.fixture(scope="module")
def scheduler():
    # as the engine starts its own cluster: a task that kills its worker is not tried on three more
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}), \
            distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                     silence_logs=50) as cluster:
        yield cluster.scheduler_address


def failed(item, error):
    return {"error": error.message}


def square(n):
    if n == 3:
        raise ValueError("three is refused")
    return n * n


def die(n):
    if n == 2:
        os._exit(9)
    return n


def where(_):
    return os.getpid()


def mark_ready():
    os.environ["CLAIMGRAPH_TEST_READY"] = str(int(os.environ.get("CLAIMGRAPH_TEST_READY", "0")) + 1)


def readiness(_):
    return os.environ.get("CLAIMGRAPH_TEST_READY")


def run_bounded(engine, task, items, limit: float):
    """The engine's outcomes, or None when they are not all back within `limit` seconds (the run is left behind on
    a daemon thread; the engine would otherwise wait for ever)."""
    outcomes = []
    runner = threading.Thread(target=lambda: outcomes.extend(engine.map(task, items, failed)), daemon=True)
    runner.start()
    runner.join(limit)
    return None if runner.is_alive() else outcomes


def test_outcomes_come_back_in_input_order_and_a_failure_stays_with_its_item(scheduler):
    with DaskEngine(scheduler=scheduler, window=3) as engine:
        results = list(engine.map(square, range(8), failed))
    assert [item for item, _ in results] == list(range(8))
    assert [outcome for _, outcome in results if not isinstance(outcome, dict)] == [0, 1, 4, 16, 25, 36, 49]
    assert "E009" in results[3][1]["error"] and "three is refused" in results[3][1]["error"]


def test_items_are_taken_lazily_a_window_at_a_time(scheduler):
    taken = []

    def source():
        for n in itertools.count():
            taken.append(n)
            yield n

    with DaskEngine(scheduler=scheduler, window=4) as engine:
        outcomes = engine.map(square, source(), failed)
        first = [next(outcomes) for _ in range(2)]
    assert [item for item, _ in first] == [0, 1]
    assert len(taken) <= 4 + 2


def test_a_worker_that_dies_fails_its_item_alone(scheduler):
    with DaskEngine(scheduler=scheduler) as engine:
        results = run_bounded(engine, die, range(5), limit=240)
    assert results is not None, "the items were still awaited after 240 s"
    assert [item for item, _ in results] == list(range(5))
    assert "E014" in results[2][1]["error"]
    assert [outcome for _, outcome in results if not isinstance(outcome, dict)] == [0, 1, 3, 4]


def test_an_item_no_live_worker_can_run_fails_after_the_grace_period_without_a_time_limit():
    # a scheduler with no worker at all: every item waits unrunnable, which no limit on analysis bounds
    with distributed.LocalCluster(n_workers=0, processes=True, dashboard_address=":0", silence_logs=50) as cluster:
        with DaskEngine(scheduler=cluster.scheduler_address, grace=1.0, poll=0.2) as engine:
            assert engine.seconds is None
            started = time.monotonic()
            results = run_bounded(engine, square, range(3), limit=60)
            took = time.monotonic() - started
    assert results is not None, "the items were still awaited after 60 s"
    assert [item for item, _ in results] == [0, 1, 2]
    assert all("E014" in outcome["error"] and "no live Dask worker" in outcome["error"] for _, outcome in results)
    # each item is given up after about the grace period, not after a scheduler's five-minute heartbeat limit
    assert took < 45


def test_a_worker_that_dies_for_good_fails_its_item_and_those_behind_it_in_bounded_time():
    # a worker without a nanny, as on a remote machine: when it dies nothing starts another (the grace leaves room
    # for the worker to import this module while it does not answer the scheduler)
    root = Path(__file__).resolve().parents[2]
    with distributed.LocalCluster(n_workers=0, processes=True, dashboard_address=":0", silence_logs=50) as cluster:
        environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
        worker = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", cluster.scheduler_address,
                                   "--no-nanny", "--nthreads", "1", "--no-dashboard"], cwd=root, env=environment,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            with DaskEngine(scheduler=cluster.scheduler_address, grace=10.0, poll=0.5) as engine:
                engine.start().wait_for_workers(1, timeout=120)
                results = run_bounded(engine, die, [2, 5, 6], limit=90)
        finally:
            worker.kill()
            worker.wait()
    assert results is not None, "the items were still awaited after 90 s"
    assert [item for item, _ in results] == [2, 5, 6]
    assert "E014" in results[0][1]["error"]
    # an item the worker ran before it died is kept; the others wait for a worker that never comes, and fail
    assert all(outcome == item or "E014" in outcome["error"] for item, outcome in results[1:])
    assert any(isinstance(outcome, dict) and "no live Dask worker" in outcome["error"] for _, outcome in results)


def test_a_local_cluster_is_started_with_its_dashboard_link_and_each_worker_is_set_up_once():
    said = []
    with DaskEngine(workers=2, setup=mark_ready, say=said.append) as engine:
        pids = {outcome for _, outcome in engine.map(where, range(12), failed)}
        ready = {outcome for _, outcome in engine.map(readiness, range(12), failed)}
        assert len(engine.start().scheduler_info()["workers"]) == 2
    assert said and said[0].startswith("Dask dashboard: http") and said[0].endswith("/status")
    assert 1 <= len(pids) <= 2 and pids.isdisjoint({os.getpid()})
    assert ready == {"1"}


def text_of(item):
    return item.text if isinstance(item, Document) else {"error": item.message}


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_records_travel_as_byte_ranges_and_are_read_on_the_workers(tmp_path, scheduler, gzip):
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    write_warc(path, [("text/html", page("Dunmore")), ("image/png", b"\x89PNG"), ("text/html", page("Carrow")),
                      ("text/html", page("Esk"))], gzip=gzip)
    whole = list(read_paths([path], outlet="Fallback Post"))
    ranges = list(read_paths([path], outlet="Fallback Post", ranges=True))
    assert all(isinstance(r, RecordRange) for r in ranges) and len(ranges) == 3
    # the writer's side holds where each page lies, never a page
    assert all(not hasattr(r, "text") for r in ranges)
    assert [r.path for r in ranges] == [f"{path}#1", f"{path}#3", f"{path}#4"]
    assert sorted({r.offset for r in ranges}) == [r.offset for r in ranges]
    with DaskEngine(scheduler=scheduler) as engine:
        read = list(engine.map(text_of, ranges, failed))
    assert [item for item, _ in read] == whole
    assert [outcome for _, outcome in read] == [d.text for d in whole]


def test_a_warc_cut_off_inside_a_record_keeps_the_records_before_it(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [("text/html", page(t)) for t in ("Dunmore", "Carrow", "Esk")])
    cut = tmp_path / "cut.warc.gz"
    data = path.read_bytes()
    cut.write_bytes(data[:len(data) - 200])
    items = list(read_paths([cut], ranges=True))
    assert [type(i) for i in items] == [RecordRange, RecordRange, DocumentError]
    assert items[-1].code == "E011" and "Esk" not in str(items[-1].message)
    assert "Carrow" in items[1].load().text


def test_ingest_of_a_warc_on_a_running_scheduler_stores_what_the_local_engine_stores(tmp_path, scheduler, capsys,
                                                                                       nlp):
    import json

    from claimgraph.cli import main
    from claimgraph.store import Store

    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [("text/html", page("Dunmore")), ("image/png", b"\x89PNG"), ("text/html", page("Carrow"))])
    stored = {}
    for engine in ("local", "dask"):
        db = tmp_path / f"{engine}.db"
        options = ["--engine", "dask", "--scheduler", scheduler] if engine == "dask" else []
        assert main(["ingest", str(path), "--db", str(db), "--quiet", *options]) == 0
        out, err = capsys.readouterr()
        report = json.loads(out.splitlines()[-1])
        assert (report["analysed"], report["failed"]) == (2, 0)
        # a cluster given is used as it is: no cluster started, no dashboard of ours
        assert "dashboard" not in err
        with Store.open(db, create=False) as store:
            stored[engine] = [(d["document_id"], d["path"], d["result"]) for d in store.documents()]
    assert stored["dask"] == stored["local"]
    assert [p for _, p, _ in stored["dask"]] == [f"{path}#1", f"{path}#3"]


def test_scheduler_and_workers_need_the_dask_engine(tmp_path, capsys):
    from claimgraph.cli import main
    assert main(["ingest", str(tmp_path), "--db", str(tmp_path / "x.db"), "--workers", "2"]) == 2
    assert "--engine dask" in capsys.readouterr().err
