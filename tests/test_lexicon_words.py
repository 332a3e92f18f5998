"""The lexicon data files hold words where they list words: YAML 1.1 reads a bare on, off, yes or no as a boolean."""
from __future__ import annotations

from importlib import resources

import yaml


def booleans_in_lists(value, path=""):
    """The paths of booleans that stand in a list beside strings (a word list that lost a word to YAML)."""
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, bool):
                found.append(f"{path}/{key} (a key)")
            found += booleans_in_lists(item, f"{path}/{key}")
    elif isinstance(value, list):
        if any(isinstance(item, str) for item in value):
            found += [f"{path}[{k}]" for k, item in enumerate(value) if isinstance(item, bool)]
        for k, item in enumerate(value):
            found += booleans_in_lists(item, f"{path}[{k}]")
    return found


def test_no_word_list_holds_a_boolean():
    data = resources.files("claimgraph.data")
    lost = []
    for entry in data.iterdir():
        if entry.name.endswith(".yaml"):
            lost += [entry.name + where for where in booleans_in_lists(yaml.safe_load(entry.read_text("utf-8")))]
    assert not lost, f"words read as booleans (quote them): {lost}"


def test_the_check_finds_a_bare_on():
    assert booleans_in_lists(yaml.safe_load("press: {particles: [ahead, on]}")) == ["/press/particles[1]"]
