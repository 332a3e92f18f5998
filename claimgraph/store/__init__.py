"""The store of analysed documents: SQLite with versioned migrations; `ingest_paths` fills it, `show` reads it."""
from .store import Store, StoreError

__all__ = ["Store", "StoreError"]
