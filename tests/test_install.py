"""The built wheel installs into a fresh Python 3.11 venv with the pip that Python ships, and reads a web page: every
package the readers import is declared by name, not left to an extra an older pip cannot resolve."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile_corpus import news_page

ROOT = Path(__file__).resolve().parents[1]
PYTHON = shutil.which("python3.11")


@pytest.mark.skipif(PYTHON is None, reason="python3.11 is not installed: the oldest supported Python and its pip")
@pytest.mark.skipif(bool(os.environ.get("CLAIMGRAPH_NO_INSTALL_TEST")),
                    reason="CLAIMGRAPH_NO_INSTALL_TEST is set (the install needs the package index)")
def test_the_wheel_installs_with_the_bundled_pip_and_reads_a_web_page(tmp_path):
    # setuptools builds in the source tree (build/, *.egg-info); a private copy keeps two test runs at once apart
    source = tmp_path / "source"
    for name in ("pyproject.toml", "README.md"):
        source.mkdir(exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(ROOT / "claimgraph", source / "claimgraph",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(wheels), str(source)],
                   check=True, capture_output=True, timeout=600)
    [wheel] = wheels.glob("claimgraph-*.whl")
    venv = tmp_path / "venv"
    # no pip upgrade: the pip Python 3.11 bundles (23.2) is the one a user meets
    subprocess.run([PYTHON, "-m", "venv", str(venv)], check=True, timeout=300)
    install = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
                             capture_output=True, text=True, timeout=1200)
    assert install.returncode == 0, install.stderr[-3000:]
    page = tmp_path / "page.html"
    page.write_text(news_page(3), encoding="utf-8")
    run = subprocess.run([str(venv / "bin" / "claimgraph"), "analyze", str(page), "--format", "jsonl"],
                         capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-3000:]
    assert '"error"' not in run.stdout and "pumping station" in run.stdout
