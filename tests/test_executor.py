"""The executor seam: order kept, errors carried across processes whole, a dead or overrunning worker costs its own
item alone, and no worker outlives the map."""
from __future__ import annotations

import os
import pickle
import signal
import time

import pytest

from claimgraph.errors import DocumentError, document_error
from claimgraph.executor import executor


class Item:
    def __init__(self, path: str, action: str = "echo"):
        self.path = path
        self.action = action


def task(item: Item):
    """Echo the item's path, or misbehave as the item says."""
    if item.action == "raise":
        raise document_error("E009", "on purpose", document=item.path)
    if item.action == "die":
        os.kill(os.getpid(), signal.SIGKILL)
    if item.action == "exit":
        os._exit(3)
    if item.action == "sleep":
        time.sleep(60)
    return item.path


def guarded(item: Item):
    try:
        return task(item)
    except DocumentError as error:
        return error


def failed(item: Item, error: DocumentError):
    return error


def test_a_document_error_survives_pickling_whole():
    error = document_error("E003", "byte 4: invalid start byte", document="a.txt")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.code, copy.reason, copy.document, str(copy)) == (error.code, error.reason, error.document,
                                                                   str(error))


@pytest.mark.parametrize("processes", [1, 3])
def test_order_is_kept_and_errors_come_back_in_place(processes):
    items = [Item(f"d{k}", "raise" if k % 4 == 1 else "echo") for k in range(12)]
    with executor(processes) as pool:
        outcomes = [outcome for _, outcome in pool.map(guarded, items, failed)]
    for k, outcome in enumerate(outcomes):
        if k % 4 == 1:
            assert isinstance(outcome, DocumentError) and outcome.code == "E009" and outcome.document == f"d{k}"
        else:
            assert outcome == f"d{k}"


def test_a_worker_that_dies_fails_its_item_alone_and_is_replaced():
    items = [Item("a"), Item("b", "die"), Item("c"), Item("d", "exit"), Item("e"), Item("f")]
    with executor(2) as pool:
        outcomes = dict((item.path, outcome) for item, outcome in pool.map(guarded, items, failed))
    assert [outcomes[k] for k in "acef"] == list("acef")
    for key in "bd":
        assert isinstance(outcomes[key], DocumentError) and outcomes[key].code == "E014"
        assert outcomes[key].document == key
    assert "SIGKILL" in outcomes["b"].reason and "exit status 3" in outcomes["d"].reason


@pytest.mark.parametrize("processes", [1, 2])
def test_a_task_over_time_fails_and_the_batch_goes_on(processes):
    items = [Item("a"), Item("slow", "sleep"), Item("b")]
    start = time.monotonic()
    with executor(processes, seconds=1.5) as pool:
        outcomes = dict((item.path, outcome) for item, outcome in pool.map(guarded, items, failed))
    assert time.monotonic() - start < 30
    assert outcomes["a"] == "a" and outcomes["b"] == "b"
    assert isinstance(outcomes["slow"], DocumentError) and outcomes["slow"].code == "E013"
    assert "CLAIMGRAPH_MAX_SECONDS" in outcomes["slow"].reason


def test_no_worker_outlives_the_map():
    pool = executor(2)
    results = pool.map(guarded, [Item(f"d{k}") for k in range(6)], failed)
    next(results)
    workers = [w.process.pid for w in pool.workers]
    results.close()  # the consumer stops early: the workers end with it
    for pid in workers:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and alive(pid):
            time.sleep(0.05)
        assert not alive(pid)


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False



def die_once_while_starting() -> None:
    """Setup of a worker: the first worker to start is killed before it is ready, as by the OOM killer."""
    marker = os.environ["CLAIMGRAPH_TEST_MARKER"]
    try:
        os.close(os.open(marker, os.O_CREAT | os.O_EXCL))
    except FileExistsError:
        return
    os.kill(os.getpid(), signal.SIGKILL)


def never_starts() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def test_a_worker_killed_while_starting_is_replaced(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMGRAPH_TEST_MARKER", str(tmp_path / "died"))
    with executor(2, setup=die_once_while_starting) as pool:
        outcomes = [outcome for _, outcome in pool.map(guarded, [Item(f"d{k}") for k in range(5)], failed)]
    assert outcomes == [f"d{k}" for k in range(5)] and (tmp_path / "died").exists()


def test_workers_that_can_never_start_end_the_map_with_a_claimgraph_error():
    from claimgraph.errors import ClaimgraphError

    with executor(2, setup=never_starts) as pool:
        with pytest.raises(ClaimgraphError, match="keep dying while starting"):
            list(pool.map(guarded, [Item("d0")], failed))
