"""The store of analysed documents: the storage interface (`interface.py`) and its SQLite implementation, which owns
every SQL statement, with versioned migrations."""
from .store import Store, StoreError

__all__ = ["Store", "StoreError"]
