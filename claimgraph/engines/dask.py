"""Documents analysed on a Dask cluster, behind the same seam as the local pool (executor.py): the items are taken
lazily, a bounded number in flight, each analysed on a worker whose pipeline loads once, and the outcomes come back
in input order to the one process that writes. A document that fails, or whose worker dies, fails alone, and in
bounded time: an item no live worker is running is failed after a grace period, whether or not a limit on analysis
is set."""
from __future__ import annotations

import collections
import logging
import time
from typing import Any, Callable, Iterable, Iterator

from ..errors import ClaimgraphError, document_error
from ..executor import Failed, Item, Task, describe, overtime


def on_worker(task: Task, item: Any) -> tuple[Any, Any]:
    """What a worker runs for one item: (the item as read, when it is read here; the task's outcome). An item with a
    `load` method (a WARC record's byte range) is read on the worker, so its page never passes through the writer
    on its way out."""
    load = getattr(item, "load", None)
    if callable(load):
        loaded = load()
        return loaded, task(loaded)
    return None, task(item)


def task_held(key: Any, grace: float) -> Callable[..., bool]:
    """A question for the scheduler: is the task `key` finished, waiting its turn among live workers, or running on a
    worker heard from within `grace` seconds? False when the task is lost, unrunnable (no worker can take it), or
    held by a worker that stopped answering. Built here so it travels by value: a remote scheduler need not have
    claimgraph installed."""

    def held(dask_scheduler=None) -> bool:
        now = time.time()
        task = dask_scheduler.tasks.get(key)
        if task is None or task.state in ("no-worker", "erred", "forgotten"):
            return False
        if task.state == "processing":
            worker = task.processing_on
            return (worker is not None and worker.address in dask_scheduler.workers
                    and now - worker.last_seen <= grace)
        if task.state in ("waiting", "queued", "released"):
            return bool(dask_scheduler.workers)
        return True

    return held


def worker_plugin(setup: Callable[[], Any]):
    from distributed import WorkerPlugin

    class PipelineLoader(WorkerPlugin):
        name = "claimgraph-pipeline"

        def setup(self, worker):
            setup()

    return PipelineLoader()


class WorkerLost(Exception):
    """No live worker has held a task for the grace period."""


class DaskEngine:
    """An executor on a Dask cluster: the one at `scheduler` (tcp://HOST:PORT), or a LocalCluster of `workers`
    processes started here, its dashboard link given to `say`.

    `window` bounds the documents in flight (submitted and not yet given back), so memory stays flat however long
    the input; `seconds` bounds how long the document at the head of the line may keep the others waiting.

    `grace` bounds how long an item may go without a live worker running it (its worker died and none took it up,
    or its worker stopped answering the scheduler) before it fails alone (E014); the scheduler is asked every
    `poll` seconds while the item is awaited. Long enough for a worker to restart on a loaded machine."""

    def __init__(self, scheduler: str | None = None, workers: int = 2, setup: Callable[[], Any] | None = None,
                 seconds: float | None = None, window: int | None = None,
                 say: Callable[[str], None] | None = None, grace: float = 60.0, poll: float = 2.0):
        self.scheduler = scheduler
        self.workers = max(1, int(workers or 1))
        self.setup = setup
        self.seconds = seconds
        self.window = window
        self.say = say or (lambda message: None)
        self.grace = grace
        self.poll = poll
        self.client = None
        self.cluster = None

    def start(self):
        """The client, connected (or its cluster started) on first use."""
        if self.client is not None:
            return self.client
        try:
            import dask
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise ClaimgraphError("--engine dask needs Dask: pip install 'claimgraph[scale]'") from exc
        # a document that kills its worker fails at once, not after it has killed three
        dask.config.set({"distributed.scheduler.allowed-failures": 0})
        try:
            if self.scheduler:
                self.client = Client(self.scheduler, timeout=30)
            else:
                self.cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                            dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR)
                self.client = Client(self.cluster)
                self.say(f"Dask dashboard: {self.client.dashboard_link}")
        except OSError as exc:
            raise ClaimgraphError(f"cannot reach the Dask scheduler {self.scheduler}: {exc}") from exc
        if self.setup is not None:
            self.client.register_plugin(worker_plugin(self.setup))
        return self.client

    def capacity(self) -> int:
        """Worker threads of the cluster."""
        client = self.start()
        threads = client.nthreads()
        return max(1, sum(threads.values())) if threads else self.workers

    def map(self, task: Task, items: Iterable[Item], failed: Failed) -> Iterator[tuple[Item, Any]]:
        from distributed import KilledWorker

        client = self.start()
        window = self.window or 4 * self.capacity()
        source = iter(items)
        pending: collections.deque = collections.deque()
        exhausted = False
        while True:
            while not exhausted and len(pending) < window:
                try:
                    item = next(source)
                except StopIteration:
                    exhausted = True
                    break
                pending.append((item, client.submit(on_worker, task, item, pure=False)))
            if not pending:
                return
            item, future = pending.popleft()
            started = time.monotonic()
            try:
                try:
                    loaded, outcome = self.awaited(client, future, started)
                except KilledWorker:
                    # the scheduler fails every task the dead worker held, the one that killed it and any queued
                    # behind it; one more try, on its own, tells the two apart
                    retry = client.submit(on_worker, task, item, pure=False)
                    loaded, outcome = self.awaited(client, retry, time.monotonic())
                if loaded is not None:
                    item = loaded
            except KilledWorker:
                outcome = failed(item, document_error("E014", "the Dask worker analysing it died; the cluster "
                                                              "replaces it", document=describe(item)))
            except WorkerLost:
                future.cancel()
                outcome = failed(item, document_error(
                    "E014", f"no live Dask worker ran it for {self.grace:g} s (its worker died or stopped "
                            f"answering, and none took it up)", document=describe(item)))
            except TimeoutError:
                future.cancel()
                outcome = failed(item, overtime(item, time.monotonic() - started))
            except Exception as exc:  # a failure inside the task: this item's alone
                outcome = failed(item, document_error("E009", f"{type(exc).__name__}: {exc}",
                                                      document=describe(item)))
            yield item, outcome

    def awaited(self, client, future, started: float) -> Any:
        """The future's result, waited for in slices: TimeoutError once `seconds` have passed since `started`,
        WorkerLost once no live worker has held it for `grace` seconds. A task finished, queued among live workers
        or running on one is waited for; any other state counts towards the grace."""
        unheld_since = None
        while True:
            wait = self.poll
            if self.seconds:
                wait = min(wait, max(0.0, started + self.seconds - time.monotonic()))
            try:
                return future.result(timeout=wait)
            except TimeoutError:
                if self.seconds and time.monotonic() - started >= self.seconds:
                    raise
            if future.done():
                continue
            try:
                held = client.run_on_scheduler(task_held(future.key, self.grace))
            except (OSError, TimeoutError):  # the scheduler itself is out of reach: nobody runs the task
                held = False
            now = time.monotonic()
            if held:
                unheld_since = None
            elif unheld_since is None:
                unheld_since = now
            elif now - unheld_since >= self.grace:
                raise WorkerLost(future.key)

    def close(self) -> None:
        client, cluster, self.client, self.cluster = self.client, self.cluster, None, None
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
