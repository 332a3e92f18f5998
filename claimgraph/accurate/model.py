"""The shipped encoder and role head, loaded by package resource and run with onnxruntime (no torch)."""
from __future__ import annotations

import functools
import hashlib
import json
from importlib import resources

import numpy as np

from ..errors import ModelMissing
from .windows import CLS, SEP, Window, load_tokenizer

MODEL_PACKAGE = "claimgraph.models"
MODEL_FOLDER = "accurate"
FILES = ("encoder.onnx", "roles.onnx", "tokenizer.json", "metadata.json")
INSTALL_HINT = "pip install 'claimgraph[accurate]'  (onnxruntime and tokenizers)"
BATCH_PIECES = 4096  # padded word pieces per encoder call


def resource(name: str):
    return resources.files(MODEL_PACKAGE).joinpath(MODEL_FOLDER).joinpath(name)


def metadata() -> dict:
    return json.loads(resource("metadata.json").read_text(encoding="utf-8"))


def file_sha256(name: str) -> str:
    return hashlib.sha256(resource(name).read_bytes()).hexdigest()


@functools.cache
def load_encoder() -> "Encoder":
    """The process's encoder, loaded on first use."""
    return Encoder()


class Encoder:
    """One pass over paragraph windows: word-piece states, cue tag scores and certainty; then role tags per cue."""

    def __init__(self) -> None:
        try:
            import onnxruntime
        except ImportError as exc:
            raise ModelMissing(f"the accurate mode needs onnxruntime and tokenizers: {INSTALL_HINT}") from exc
        options = onnxruntime.SessionOptions()
        # one thread per call: the CPUs are the batch executor's to share out, as spaCy's parser leaves them
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self.encoder = onnxruntime.InferenceSession(resource("encoder.onnx").read_bytes(), options,
                                                    providers=["CPUExecutionProvider"])
        self.roles = onnxruntime.InferenceSession(resource("roles.onnx").read_bytes(), options,
                                                  providers=["CPUExecutionProvider"])
        with resources.as_file(resource("tokenizer.json")) as path:
            self.tokenizer = load_tokenizer(path)

    def encode(self, windows: list[Window]) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
        """(hidden, cue logits, certainty) of every window, without [CLS]/[SEP]; windows batched by length."""
        out: list = [None] * len(windows)
        order = sorted(range(len(windows)), key=lambda k: len(windows[k].ids))
        batch: list[int] = []
        for k in order + [None]:
            if k is not None and (not batch or (len(batch) + 1) * (len(windows[k].ids) + 2) <= BATCH_PIECES):
                batch.append(k)
                continue
            if batch:
                self._run(windows, batch, out)
            batch = [k] if k is not None else []
        return out

    def _run(self, windows: list[Window], batch: list[int], out: list) -> None:
        width = max(len(windows[k].ids) for k in batch) + 2
        ids = np.zeros((len(batch), width), dtype=np.int64)
        mask = np.zeros((len(batch), width), dtype=np.int64)
        for row, k in enumerate(batch):
            pieces = [CLS, *windows[k].ids, SEP]
            ids[row, :len(pieces)] = pieces
            mask[row, :len(pieces)] = 1
        hidden, cue_logits, certainty = self.encoder.run(None, {"input_ids": ids, "attention_mask": mask})
        for row, k in enumerate(batch):
            n = len(windows[k].ids)
            out[k] = (hidden[row, :n + 2], cue_logits[row, 1:n + 1], certainty[row, 1:n + 1])

    def role_logits(self, hidden: np.ndarray, cue_masks: np.ndarray) -> np.ndarray:
        """Role tag scores [cues, pieces, tags] of one window (hidden with [CLS]/[SEP]; masks without them)."""
        n = len(cue_masks)
        padded = np.zeros((n, hidden.shape[0]), dtype=np.float32)
        padded[:, 1:-1] = cue_masks
        states = np.broadcast_to(hidden, (n, *hidden.shape)).astype(np.float32)
        (logits,) = self.roles.run(None, {"hidden": states, "cue_mask": padded})
        return logits[:, 1:-1]
