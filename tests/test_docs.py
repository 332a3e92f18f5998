"""Every command and subcommand the CLI offers is documented in the README."""
from __future__ import annotations

import argparse

from claimgraph.cli import build_parser
from tests.conftest import ROOT


def commands(parser: argparse.ArgumentParser, prefix: str = "claimgraph") -> list[str]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append(f"{prefix} {name}")
                found += commands(sub, f"{prefix} {name}")
    return found


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [c for c in commands(build_parser()) if c not in readme]
    assert not missing, f"undocumented commands: {missing}"
