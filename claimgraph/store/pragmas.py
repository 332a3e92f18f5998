"""How the SQLite store is tuned: the settings' record of its pragmas."""
from __future__ import annotations

from ..settings import StorePragmas

__all__ = ["StorePragmas"]
