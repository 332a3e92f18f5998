"""Trains the attribution model (cue tagger, content and source rankers) on PolNeAR train, into the package.

    python -m claimgraph.training.attribution TRAIN_DIR [--dev DEV_DIR] [--epochs N] [--out FILE] [--cache DIR]

Averaged perceptrons over features of the spaCy parse: no GPU, no torch; a few minutes on two cores.
Parses are cached (spaCy DocBin) in --cache, outside the package, so a second run skips parsing.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any, Iterator

from spacy.tokens import Doc, DocBin

from ..evaluate.polnear import ROLES, articles, evaluate_polnear
from ..nlp.attribution.model import (MODEL_FILE, MODEL_PACKAGE, TAGS, AttributionModel, Linear, UnseenCues, best,
                                     content_candidates, context, cue_head, extent_candidates, history,
                                     quote_depths, report_shape, source_candidates, token_features, unseen_features)
from ..nlp.table import token_table
from ..nlp.tokens import runs

SEED = 13
TAG_INDEX = {t: k for k, t in enumerate(TAGS)}


# -- data -----------------------------------------------------------------------------------------------------------
def parser_pipeline():
    """The English model with our paragraph layout, as the analysis runs it, without the claimgraph components."""
    import spacy

    from ..nlp import layout  # noqa: F401  (registers the layout factory)
    from ..nlp.pipeline import MODEL
    nlp = spacy.load(MODEL)
    nlp.add_pipe("claimgraph_layout_v1", name="claimgraph_layout", before="parser")
    return nlp


def parsed(folder: Path, nlp, cache: Path) -> dict[str, Doc]:
    """Every article of a PolNeAR folder parsed, by name; cached as a DocBin keyed by the folder's file list."""
    items = articles(folder)
    key = hashlib.sha1("|".join(str(t) for _, t, _ in items).encode()).hexdigest()[:12]
    path = cache / f"polnear-{folder.name}-{key}.spacy"
    names = [name for name, _, _ in items]
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        return dict(zip(names, docs))
    from ..analysis import make_doc
    from ..document import Document
    texts = (make_doc(nlp, Document(text=t.read_text(encoding="utf-8"))) for _, t, _ in items)
    docs = list(nlp.pipe(texts, batch_size=16))
    cache.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=True, docs=docs).to_disk(path)
    return dict(zip(names, docs))


def gold_attributions(ann: Path, doc: Doc) -> list[dict[str, frozenset[int]]]:
    """The attributions of one brat file as token sets by role."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2 and " " in parts[1]:
            label, offsets = parts[1].split(" ", 1)
            spans[parts[0]] = (label, [tuple(int(x) for x in p.split()) for p in offsets.split(";")])
        elif line.startswith("E") and len(parts) >= 2:
            relations.append([arg.split(":") for arg in parts[1].split()])
    out = []
    for args in relations:
        record: dict[str, set[int]] = {role: set() for role in ROLES}
        for role, ref in args[1:]:
            role = role.rstrip("0123456789").lower()
            if role in record and ref in spans:
                record[role] |= tokens_of(doc, spans[ref][1])
        if record["cue"]:
            out.append({role: frozenset(v) for role, v in record.items()})
    return out


def tokens_of(doc: Doc, pieces: list[tuple[int, int]]) -> set[int]:
    out: set[int] = set()
    for start, end in pieces:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            out |= {t.i for t in span if not t.is_space}
    return out


def examples(folder: Path, docs: dict[str, Doc]) -> Iterator[tuple[Doc, list[dict[str, frozenset[int]]]]]:
    """Each annotation file with its parsed article; an article annotated twice is two examples."""
    for name, _, anns in articles(folder):
        for ann in anns:
            yield docs[name], gold_attributions(ann, docs[name])


# -- training -------------------------------------------------------------------------------------------------------
def gold_tags(doc: Doc, attributions: list[dict[str, frozenset[int]]]) -> list[str]:
    tags = ["O"] * len(doc)
    for record in attributions:
        for run in runs(doc, record["cue"]):
            tags[run.start] = "B"
            for i in range(run.start + 1, run.end):
                tags[i] = "I"
    return tags


# A lemma may begin a cue at run time when it began at least this many cues in train, and at least this share of
# its occurrences there: the tagger then scores a word in twenty or thirty (chosen on dev: -0.1 cue F1, 3x faster).
MIN_STARTS, MIN_START_RATE = 2, 0.01


def cue_starts(data: list[tuple[Doc, list]]) -> set[str]:
    """The lemmas that often enough begin a cue in train."""
    begins: Counter[str] = Counter()
    occurrences: Counter[str] = Counter()
    for doc, attributions in data:
        occurrences.update(t.lemma_.lower() for t in doc)
        begins.update(doc[run.start].lemma_.lower() for record in attributions for run in runs(doc, record["cue"]))
    return {lemma for lemma, n in begins.items() if n >= MIN_STARTS and n / occurrences[lemma] >= MIN_START_RATE}


def train_tagger(data: list[tuple[Doc, list]], epochs: int) -> Linear:
    tagger = Linear(TAGS)
    prepared = []
    for doc, attributions in data:
        prepared.append((doc, token_features(doc, quote_depths(doc)), gold_tags(doc, attributions)))
    rng = random.Random(SEED)
    for epoch in range(epochs):
        rng.shuffle(prepared)
        wrong = total = 0
        for doc, static, tags in prepared:
            prev, prev2 = "O", "O"
            for i, token in enumerate(doc):
                feats = static[i] + history(prev, prev2, token.lemma_.lower())
                scores = tagger.scores(feats)
                if prev == "O":
                    scores[2] = float("-inf")
                guess = max(range(3), key=scores.__getitem__)
                truth = TAG_INDEX[tags[i]]
                tagger.steps += 1
                if guess != truth:
                    tagger.update(feats, truth, 1.0)
                    tagger.update(feats, guess, -1.0)
                    wrong += 1
                total += 1
                prev2, prev = prev, tags[i]  # teacher forcing: the true history
        print(f"  tagger epoch {epoch + 1}: {100 * wrong / total:.2f}% tokens wrong", file=sys.stderr)
    tagger.average()
    return tagger


def shaped_words(data: list[tuple[Doc, list]],
                 starts: set[str]) -> Iterator[tuple[Doc, int, tuple[str, str], bool, bool]]:
    """Every word outside `starts` with a report shape that is no gold cue's word but its head: (doc, index, shape,
    quoted, whether it heads a gold cue). A head after the cue's first word counts ('also views ... as'): the extent
    ranker stretches a cue to the left."""
    for doc, attributions in data:
        table = token_table(doc)
        quoted = quote_depths(doc)
        inside = {i for record in attributions for i in record["cue"]}
        heads = {cue_head(doc, sorted(record["cue"])).i for record in attributions}
        for i in range(len(doc)):
            if table.lemma[i] in starts or (i in inside and i not in heads):
                continue
            shape = report_shape(table, i)
            if shape is not None:
                yield doc, i, shape, quoted[i], i in heads


def train_unseen(data: list[tuple[Doc, list]], starts: set[str], epochs: int) -> UnseenCues:
    """The classifier of report shapes on words outside the tagger's lemmas. How often a lemma had a shape and began
    a cue is counted leaving out the word's own article, as a word never seen in train has no counts."""
    words = list(shaped_words(data, starts))
    seen: dict[str, list[int]] = {}
    own: dict[tuple[int, str], list[int]] = {}
    for doc, i, _, _, cue in words:
        lemma = token_table(doc).lemma[i]
        for counts in (seen.setdefault(lemma, [0, 0]), own.setdefault((id(doc), lemma), [0, 0])):
            counts[0] += 1
            counts[1] += cue
    instances = []
    for doc, i, shape, quoted, cue in words:
        table = token_table(doc)
        total, mine = seen[table.lemma[i]], own[(id(doc), table.lemma[i])]
        instances.append((unseen_features(table, i, shape, quoted, (total[0] - mine[0], total[1] - mine[1])),
                          int(cue), shape[0]))
    model = Linear(("O", "B"))
    rng = random.Random(SEED)
    for epoch in range(epochs):
        rng.shuffle(instances)
        wrong = 0
        for feats, truth, _ in instances:
            guess = max(range(2), key=model.scores(feats).__getitem__)
            model.steps += 1
            if guess != truth:
                model.update(feats, truth, 1.0)
                model.update(feats, guess, -1.0)
                wrong += 1
        print(f"  unseen epoch {epoch + 1}: {100 * wrong / max(len(instances), 1):.2f}% wrong", file=sys.stderr)
    model.average()
    by_shape: dict[str, Counter] = {}
    for feats, truth, shape in instances:
        no, yes = model.scores(feats)
        counts = by_shape.setdefault(shape, Counter())
        counts["words"] += 1
        counts["cues"] += truth
        counts["taken"] += yes > no
        counts["taken right"] += truth and yes > no
    for shape, counts in sorted(by_shape.items()):
        print(f"  report shape {shape}: {counts['words']} words outside the tagger's lemmas, {counts['cues']} head a "
              f"gold cue; taken in train {counts['taken']}, {counts['taken right']} right", file=sys.stderr)
    return UnseenCues(model, {lemma: counts for lemma, counts in sorted(seen.items())})


def train_ranker(instances: list[tuple[list, int]], epochs: int, name: str) -> Linear:
    """instances: (candidates, index of the gold candidate)."""
    ranker = Linear()
    rng = random.Random(SEED)
    for epoch in range(epochs):
        rng.shuffle(instances)
        wrong = 0
        for candidates, gold in instances:
            guess = max(range(len(candidates)), key=lambda k: ranker.scores(candidates[k].features)[0])
            ranker.steps += 1
            if guess != gold:
                ranker.update(candidates[gold].features, 0, 1.0)
                ranker.update(candidates[guess].features, 0, -1.0)
                wrong += 1
        print(f"  {name} epoch {epoch + 1}: {100 * wrong / max(len(instances), 1):.2f}% wrong", file=sys.stderr)
    ranker.average()
    return ranker


def ranker_instances(data: list[tuple[Doc, list]]) -> tuple[list, list, dict[str, int]]:
    """Content and source ranking instances from gold cues; counts how often the gold span is among the candidates."""
    content, source = [], []
    stats = {"content": 0, "content_reachable": 0, "source": 0, "source_reachable": 0}
    for doc, attributions in data:
        ctx = context(doc)
        for record in attributions:
            cue = sorted(record["cue"])
            candidates = content_candidates(doc, cue, ctx)
            stats["content"] += 1
            index = next((k for k, c in enumerate(candidates) if c.tokens == record["content"]), None)
            if index is not None:
                stats["content_reachable"] += 1
                content.append((candidates, index))
            candidates = source_candidates(doc, cue, record["content"], ctx)
            stats["source"] += 1
            index = next((k for k, c in enumerate(candidates) if c.tokens == record["source"]), None)
            if index is not None:
                stats["source_reachable"] += 1
                source.append((candidates, index))
    return content, source, stats


def extent_instances(data: list[tuple[Doc, list]]) -> tuple[list, int, int]:
    """Extent ranking instances: every gold cue's head with the stretches around it that take no other cue's word;
    returns them with the number of cues and of cues whose extent is among the stretches."""
    instances, total, reachable = [], 0, 0
    for doc, attributions in data:
        ctx = context(doc)
        cues = {record["cue"] for record in attributions}
        for cue in cues:
            total += 1
            others = {i for other in cues if other != cue and not other & cue for i in other}
            candidates = [c for c in extent_candidates(ctx, cue_head(doc, sorted(cue)).i) if not c.tokens & others]
            index = next((k for k, c in enumerate(candidates) if c.tokens == cue), None)
            if index is not None:
                reachable += 1
                instances.append((candidates, index))
    return instances, total, reachable


# -- evaluation on dev ----------------------------------------------------------------------------------------------
def model_predictor(model: AttributionModel, docs: dict[str, Doc]):
    by_text = {doc.text: doc for doc in docs.values()}

    def predict(text: str, meta: dict[str, Any]) -> list[dict[str, Any]]:
        doc = by_text[text]
        out = []
        for cue, content, source in model.predict(doc):
            out.append({role: [{"start": s.start_char, "end": s.end_char} for s in runs(doc, tokens)]
                        for role, tokens in (("cue", cue), ("content", content), ("source", source))})
        return out
    return predict


def headline(report: dict[str, Any]) -> str:
    return "  ".join(f"{role} {report[role]['exact']['f1']:.1f}/{report[role]['overlap']['f1']:.1f}"
                     for role in (*ROLES, "overall")) + "  (exact/overlap F1)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m claimgraph.training.attribution",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("train", type=Path, help="PolNeAR train folder (text/, attributions/)")
    parser.add_argument("--dev", type=Path, help="PolNeAR dev folder: report figures after training")
    parser.add_argument("--epochs", type=int, default=4, help="passes of the cue tagger (4: best on dev)")
    parser.add_argument("--ranker-epochs", type=int, default=6, help="passes of the rankers (6: best on dev)")
    parser.add_argument("--no-extent", dest="extent", action="store_false",
                        help="keep the tagger's cue extents (no extent ranker)")
    parser.add_argument("--begin-bias", type=float, default=1.0,
                        help="added to the tagger's score of beginning a cue (1: best on dev losing nothing elsewhere)")
    parser.add_argument("--no-unseen", dest="unseen", action="store_false",
                        help="no cues on words outside the tagger's lemmas (no report-shape classifier)")
    parser.add_argument("--unseen-bias", type=float, default=-1.0,
                        help="added to the report-shape classifier's score of beginning a cue (-1: best on dev)")
    parser.add_argument("--out", type=Path, help="where to write the model (default: inside the package)")
    parser.add_argument("--cache", type=Path, default=Path(".cache/attribution"), help="parse cache folder")
    args = parser.parse_args(argv)
    started = time.time()
    nlp = parser_pipeline()
    train_docs = parsed(args.train, nlp, args.cache)
    print(f"parsed {len(train_docs)} train articles in {time.time() - started:.0f}s", file=sys.stderr)
    data = list(examples(args.train, train_docs))
    content, source, stats = ranker_instances(data)
    print(f"gold spans among the candidates: content {stats['content_reachable']}/{stats['content']}, "
          f"source {stats['source_reachable']}/{stats['source']}", file=sys.stderr)
    extents, cues, reachable = extent_instances(data)
    print(f"gold cues among the extents around their head: {reachable}/{cues}", file=sys.stderr)
    starts = cue_starts(data)
    missed = sum(1 for doc, attributions in data for record in attributions for run in runs(doc, record["cue"])
                 if doc[run.start].lemma_.lower() not in starts)
    print(f"gold cues that begin on a word outside the tagger's lemmas: {missed}", file=sys.stderr)
    unseen = train_unseen(data, starts, args.ranker_epochs) if args.unseen else None
    if unseen is not None:
        unseen.bias = args.unseen_bias
    model = AttributionModel(train_tagger(data, args.epochs), train_ranker(content, args.ranker_epochs, "content"),
                             train_ranker(source, args.ranker_epochs, "source"), starts=starts,
                             extent=train_ranker(extents, args.ranker_epochs, "extent") if args.extent else None,
                             begin_bias=args.begin_bias, unseen=unseen)
    out = args.out or Path(str(resources.files(MODEL_PACKAGE).joinpath(MODEL_FILE)))
    model.save(out)
    print(f"wrote {out} ({out.stat().st_size // 1024} KiB) after {time.time() - started:.0f}s", file=sys.stderr)
    if args.dev:
        dev_docs = parsed(args.dev, nlp, args.cache)
        report = evaluate_polnear(args.dev, predict=model_predictor(model, dev_docs))
        print("dev: " + headline(report), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
