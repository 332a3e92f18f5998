"""Where documents are analysed: in this process or in a pool of worker processes, behind one seam.

An executor maps a task over items and yields (item, outcome) in input order. A task that runs past the time
limit, or a worker that dies under it, becomes `failed(item, error)` in its place; the batch goes on. Another
backend (a Dask cluster, say) is one more class with the same `map`."""
from __future__ import annotations

import collections
import contextlib
import os
import signal
import threading
import time
from typing import Any, Callable, Iterable, Iterator, Protocol, TypeVar

from .errors import ClaimgraphError, DocumentError, document_error

Item = TypeVar("Item")
Task = Callable[[Any], Any]
Failed = Callable[[Any, DocumentError], Any]


class Executor(Protocol):
    def map(self, task: Task, items: Iterable[Item], failed: Failed) -> Iterator[tuple[Item, Any]]: ...

    def close(self) -> None: ...


def executor(processes: int = 1, seconds: float | None = None, setup: Callable[[], Any] | None = None) -> Executor:
    """In this process for one, else a pool of `processes` workers; `seconds` bounds each task, `setup` readies
    each worker (the pipeline loads once a worker, before its first document is timed)."""
    if processes <= 1:
        return InProcess(seconds)
    return ProcessPool(processes, seconds, setup)


def describe(item: Any) -> str | None:
    """How an error names the item: its path or id for a Document, its own name for an error."""
    return getattr(item, "path", None) or getattr(item, "id", None) or getattr(item, "document", None)


class _Overtime(BaseException):
    """Raised into a task that ran past its time; a BaseException so the task's own handlers let it through."""


class InProcess:
    """Tasks run here, one after another; a task over time is interrupted by an alarm (main thread, Unix)."""

    def __init__(self, seconds: float | None = None):
        self.seconds = seconds

    def map(self, task: Task, items: Iterable[Item], failed: Failed) -> Iterator[tuple[Item, Any]]:
        for item in items:
            try:
                with self._alarm():
                    outcome = task(item)
            except _Overtime:
                outcome = failed(item, overtime(item, self.seconds))
            yield item, outcome

    @contextlib.contextmanager
    def _alarm(self):
        # an alarm can only be taken in the main thread; elsewhere the task runs unbounded
        usable = (self.seconds and hasattr(signal, "setitimer")
                  and threading.current_thread() is threading.main_thread())
        if not usable:
            yield
            return

        def ring(signum, frame):
            raise _Overtime()

        previous = signal.signal(signal.SIGALRM, ring)
        signal.setitimer(signal.ITIMER_REAL, self.seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def overtime(item: Any, seconds: float | None) -> DocumentError:
    return document_error("E013", f"stopped after {seconds:g} s; set CLAIMGRAPH_MAX_SECONDS to allow more",
                          document=describe(item))


def died(item: Any, exitcode: int | None) -> DocumentError:
    if exitcode is not None and exitcode < 0:
        try:
            how = f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            how = f"killed by signal {-exitcode}"
    else:
        how = f"exit status {exitcode}"
    hint = "; out of memory?" if exitcode == -signal.SIGKILL else ""
    return document_error("E014", f"{how}{hint}; the worker was replaced", document=describe(item))


class _Worker:
    """One worker process, its end of the pipe, and the task it is on."""

    def __init__(self, context, task: Task, setup: Callable[[], Any] | None):
        parent_end, child_end = context.Pipe(duplex=True)
        self.process = context.Process(target=_serve, args=(child_end, task, setup), daemon=True)
        self.process.start()
        child_end.close()
        self.connection = parent_end
        self.ready = False
        self.job: tuple[int, Any, float] | None = None  # (position, item, started)

    def stop(self, now: bool = False) -> None:
        if not now and self.process.is_alive():
            with contextlib.suppress(OSError):
                self.connection.send(None)
            self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.connection.close()
        with contextlib.suppress(ValueError):
            self.process.close()


class ProcessPool:
    """Worker processes fed one item at a time through their own pipes, so the parent always knows which item a
    worker holds: when that worker dies or overruns, that item alone fails and a fresh worker takes its place."""

    def __init__(self, processes: int, seconds: float | None = None, setup: Callable[[], Any] | None = None):
        import multiprocessing

        # spawn, not fork: no parent state (an open store, threads) leaks into a worker
        self.context = multiprocessing.get_context("spawn")
        self.processes = processes
        self.seconds = seconds
        self.setup = setup
        self.workers: list[_Worker] = []
        self.start_failures = 0

    def map(self, task: Task, items: Iterable[Item], failed: Failed) -> Iterator[tuple[Item, Any]]:
        from multiprocessing.connection import wait

        source = iter(items)
        exhausted = False
        next_position = 0
        emitted = 0
        finished: dict[int, tuple[Any, Any]] = {}
        queued: collections.deque[tuple[int, Any]] = collections.deque()
        window = self.processes * 8  # results held back for order; bounds memory when one document is slow
        try:
            self.workers = [_Worker(self.context, task, self.setup) for _ in range(self.processes)]
            while True:
                while not exhausted and next_position - emitted < window and len(queued) < self.processes:
                    try:
                        item = next(source)
                    except StopIteration:
                        exhausted = True
                        break
                    queued.append((next_position, item))
                    next_position += 1
                for worker in self.workers:
                    if worker.ready and worker.job is None and queued:
                        position, item = queued.popleft()
                        try:
                            worker.connection.send(item)
                        except (OSError, EOFError):
                            pass  # it died idle: its sentinel says so below, and the item is failed there
                        worker.job = (position, item, time.monotonic())
                busy = [w for w in self.workers if w.job is not None or not w.ready]
                if exhausted and not queued and all(w.job is None for w in self.workers):
                    break
                ready = set(wait([w.connection for w in busy] + [w.process.sentinel for w in busy],
                                 timeout=self._next_deadline(busy)))
                for k, worker in enumerate(self.workers):
                    outcome = self._check(worker, ready, failed)
                    if outcome is None:
                        continue
                    replace, result = outcome
                    if result is not None:
                        position, item, _ = worker.job
                        finished[position] = (item, result)
                        worker.job = None
                    if replace:
                        worker.stop(now=True)
                        self.workers[k] = _Worker(self.context, task, self.setup)
                while emitted in finished:
                    yield finished.pop(emitted)
                    emitted += 1
        finally:
            self.close()

    def _next_deadline(self, busy: list[_Worker]) -> float | None:
        if not self.seconds:
            return None
        started = [w.job[2] for w in busy if w.job is not None]
        if not started:
            return None
        return max(0.0, min(started) + self.seconds - time.monotonic()) + 0.01

    def _check(self, worker: _Worker, ready: set, failed: Failed) -> tuple[bool, Any] | None:
        """(replace the worker?, the job's outcome or None) for a worker with news, None for one without."""
        if worker.connection in ready or (worker.process.sentinel in ready and worker.connection.poll()):
            try:
                message = worker.connection.recv()
            except (EOFError, OSError):
                message = None
            if message is not None:
                kind, value = message
                if kind == "ready":
                    worker.ready = True
                    return False, None
                if kind == "setup failed":
                    raise ClaimgraphError(f"a worker process could not start: {value}")
                return False, value
        if worker.process.sentinel in ready or not worker.process.is_alive():
            worker.process.join(1)
            if not worker.ready:
                # killed while loading (a signal, memory): replaced like any worker, but a worker that can never
                # start must end the command rather than be replaced forever
                self.start_failures += 1
                if self.start_failures > 3 * self.processes:
                    raise ClaimgraphError(f"worker processes keep dying while starting (last exit status "
                                          f"{worker.process.exitcode})")
                return True, None
            if worker.job is None:
                return True, None
            return True, failed(worker.job[1], died(worker.job[1], worker.process.exitcode))
        if self.seconds and worker.job is not None and time.monotonic() - worker.job[2] > self.seconds:
            return True, failed(worker.job[1], overtime(worker.job[1], self.seconds))
        return None

    def close(self) -> None:
        workers, self.workers = self.workers, []
        for worker in workers:
            worker.stop(now=worker.job is not None)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when its parent dies, so a killed command leaves no worker behind."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass  # elsewhere the closed pipe ends the worker at its next message


def _serve(connection, task: Task, setup: Callable[[], Any] | None) -> None:
    """A worker's life: get ready, then take an item, send back its outcome, until told to stop."""
    parent = os.getppid()
    _die_with_parent()
    if os.getppid() != parent:  # the parent died before the request took hold
        os._exit(0)
    # Ctrl-C reaches the whole process group: the parent decides what it means, workers do not print tracebacks
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        try:
            if setup is not None:
                setup()
        except Exception as exc:
            connection.send(("setup failed", f"{type(exc).__name__}: {exc}"))
            os._exit(1)
        connection.send(("ready", None))
        while True:
            item = connection.recv()
            if item is None:
                break
            connection.send(("done", task(item)))
    except (EOFError, OSError):
        pass  # the parent is gone: nothing to report to, and nothing to print
    os._exit(0)
