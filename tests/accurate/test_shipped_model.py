"""The shipped encoder: its files load by package resource, match their recorded hashes, and run without torch."""
from __future__ import annotations

import subprocess
import sys

import pytest

from claimgraph.accurate import model

pytest.importorskip("onnxruntime", reason="the accurate mode needs onnxruntime ([accurate] extra)")
pytest.importorskip("tokenizers", reason="the accurate mode needs the tokenizers package ([accurate] extra)")


def test_every_file_matches_the_hash_its_metadata_records():
    recorded = model.metadata()["files"]
    assert set(recorded) == {"encoder.onnx", "roles.onnx", "tokenizer.json"}
    for name, digest in recorded.items():
        assert model.file_sha256(name) == digest, f"{name} is not the exported file"


def test_the_metadata_names_the_checkpoint_its_licence_and_the_training_command():
    meta = model.metadata()
    assert meta["checkpoint"]["licence"] == "Apache-2.0"
    assert len(meta["checkpoint"]["sha256"]) == 64
    assert meta["training"]["command"].startswith("python -m claimgraph.training.encoder ")
    assert meta["training"]["seconds"] > 0


def test_the_shipped_files_stay_small():
    size = sum(len(model.resource(name).read_bytes()) for name in model.FILES)
    assert size < 30 * 2 ** 20


def test_a_window_encodes_to_one_state_per_piece_without_torch():
    """In a fresh process: the encoder runs, and torch is never imported."""
    code = (
        "import sys\n"
        "from claimgraph.accurate.model import load_encoder\n"
        "from claimgraph.accurate.windows import paragraph_windows\n"
        "enc = load_encoder()\n"
        "w = paragraph_windows('The harbour master said the pier was closed.', enc.tokenizer)\n"
        "hidden, cues, certainty = enc.encode(w)[0]\n"
        "n = len(w[0].ids)\n"
        "assert hidden.shape == (n + 2, 384) and cues.shape == (n, 3) and certainty.shape == (n,)\n"
        "assert 'torch' not in sys.modules\n"
        "print('ok')\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout.strip() == "ok", run.stderr[-2000:]
