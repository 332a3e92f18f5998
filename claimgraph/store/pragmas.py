"""How the SQLite store is tuned: journal, durability, page cache and lock wait, one frozen record."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StorePragmas:
    # WAL: readers never block the writer, nor it them
    journal_mode: str = "WAL"
    # durable enough under WAL, and much faster than FULL
    synchronous: str = "NORMAL"
    # 64 MB of page cache: linking touches index pages all over a growing store, and rereading them costs
    cache_kib: int = 65536
    # seconds a writer waits for another's lock before it gives up
    busy_timeout: float = 30
