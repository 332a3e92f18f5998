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


def test_the_readme_demo_excerpt_is_what_the_demo_prints(tmp_path):
    """The README shows the first blocks of `make demo` unedited; a change in the analysis must update them."""
    import subprocess
    import sys

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    opening = "== examples/wire_report.txt ("  # the heading names the outlet and date the demo reads
    start = readme.index(opening)
    excerpt = readme[start:readme.index("```", start)].rstrip("\n")
    out = subprocess.run([sys.executable, "-m", "claimgraph.cli", "analyze", "examples/wire_report.txt",
                          "--published", "2024-03-14", "--format", "text"], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    assert out.startswith(excerpt), "the README's demo excerpt no longer matches the demo's output"
