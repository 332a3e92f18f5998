"""Loads the lexicons and gazetteers under claimgraph/data/: knowledge is data, read once per process."""
from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import yaml

# libyaml's parser, where PyYAML was built with it, reads the same data about seven times faster than the Python one:
# the lexicons are read at every start of a process
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def load(name: str) -> Any:
    """A YAML data file from claimgraph/data/, parsed once."""
    with resources.files("claimgraph.data").joinpath(name).open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=SafeLoader)


def entries(name: str, key: str) -> list[dict[str, Any]]:
    """The entries of one group of a data file; a group is a list, or a mapping with `source` and `entries`."""
    group = load(name)[key]
    return list(group["entries"] if isinstance(group, dict) else group)


def words(name: str, key: str) -> frozenset[str]:
    """The lower-cased words of a group: each entry is a word itself, or a mapping with its `word` (or `lemma`)."""
    return frozenset(str(e.get("word", e.get("lemma")) if isinstance(e, dict) else e).lower()
                     for e in entries(name, key))
