"""The test suite collects as one: no two test modules import under one name."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def module_name(path: Path) -> str:
    """The name pytest imports a test file under: its stem, led by every enclosing folder that is a package."""
    parts = [path.stem]
    folder = path.parent
    while (folder / "__init__.py").exists():
        parts.insert(0, folder.name)
        folder = folder.parent
    return ".".join(parts)


def test_test_modules_import_under_distinct_names():
    # two files imported under one name (say test_x.py in two folders that are no packages) stop the whole run at
    # collection, so a clash must fail here, in one named test, rather than there
    where: dict[str, list[str]] = defaultdict(list)
    for path in TESTS.rglob("test_*.py"):
        where[module_name(path)].append(str(path.relative_to(TESTS)))
    clashes = {name: files for name, files in where.items() if len(files) > 1}
    assert not clashes, f"test modules imported under one name: {clashes}"
