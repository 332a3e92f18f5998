"""Scores attribution spans (source, cue, content) against PolNeAR's brat annotations.

Data: DIR holds `text/NAME.txt` and `attributions/NAME_ANNOTATOR.ann` (brat standoff). Every `T` line labelled
Source, Cue or Content is a gold span; its pieces are written `start end;start end`. An article annotated by several
annotators is analysed once and compared with each annotation file separately, so each file counts as one document.
The publisher is the file name's prefix before the first underscore.

Exact match: a predicted span matches a gold span of the same role when, after stripping surrounding whitespace
from every piece, both have the same character offsets; a discontinuous span is the set of its pieces, so the
pieces must be the same set (order does not matter). Within a document each role's spans are a set (the same source
words named by two attributions count once), and matching is one-to-one, so precision is matched / predicted and
recall matched / gold.

Token overlap (the partial-match measure of PARC and CofeNet): the spans of a role are paired one-to-one, most
overlapping word tokens first; a pair contributes |gold ∩ predicted| / |predicted| words to precision and
|gold ∩ predicted| / |gold| words to recall, unpaired spans contribute 0; precision is the sum over predicted spans
divided by their number, recall the same over gold spans. Words are `\\w+` runs, counted by position; a span with
none (a colon or a dash as cue: '“C.” ― X', 'GARCIA: C') is one word of its own characters, so that it can pair.

`overall` sums the three roles' counts (micro average).

One convention differs: where a relative pronoun stands in the source slot ("the ministry, which said ..."), the
contract's source is the noun phrase it stands for and PolNeAR's the pronoun itself; the analysis keeps the pronoun
in the attribution's `evidence`, and it is what is scored here. So are two span conventions: the contract's source
leaves out a descriptive apposition or relative clause set off by commas, and its content leaves out the quotation
marks around a quoted content; PolNeAR keeps both, and the analysis keeps that extent in `evidence` as
`source_as_written` / `content_as_written`, which is what is scored here.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any, Callable, Iterable

from .spans import pair_up, prf

ROLES = ("source", "cue", "content")
LABELS = {"Source": "source", "Cue": "cue", "Content": "content"}
_WORD = re.compile(r"\w+")
ANNOTATOR = re.compile(r"_[0-9a-z]{4}$")

Piece = tuple[int, int]
SpanKey = frozenset  # frozenset of Pieces
Predictor = Callable[[str, dict[str, Any]], list[dict[str, Any]]]


# -- reading ----------------------------------------------------------------------------------------------------
def strip_piece(text: str, start: int, end: int) -> Piece | None:
    """A piece without surrounding whitespace; None when nothing but whitespace is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def span_key(text: str, pieces: Iterable[Piece]) -> SpanKey | None:
    kept = [p for p in (strip_piece(text, s, e) for s, e in pieces) if p is not None]
    return frozenset(kept) if kept else None


def read_ann(path: Path, text: str) -> dict[str, set[SpanKey]]:
    """The gold spans of one brat file by role."""
    gold: dict[str, set[SpanKey]] = {role: set() for role in ROLES}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("T"):
            continue
        parts = line.split("\t")
        if len(parts) < 2 or " " not in parts[1]:
            continue
        label, offsets = parts[1].split(" ", 1)
        role = LABELS.get(label)
        if role is None:
            continue
        pieces = [tuple(int(x) for x in piece.split()) for piece in offsets.split(";")]
        key = span_key(text, pieces)
        if key is not None:
            gold[role].add(key)
    return gold


def predicted_spans(text: str, attributions: list[dict[str, Any]]) -> dict[str, set[SpanKey]]:
    """The contract's attributions as span sets by role."""
    out: dict[str, set[SpanKey]] = {role: set() for role in ROLES}
    for attribution in attributions:
        pronoun = (attribution.get("evidence") or {}).get("relative_pronoun")
        for role in ROLES:
            pieces = [(s["start"], s["end"]) for s in attribution.get(role) or []]
            if role == "source" and pronoun:
                pieces = [(pronoun["start"], pronoun["end"])]
            elif (attribution.get("evidence") or {}).get(role + "_as_written"):
                pieces = [(s["start"], s["end"]) for s in attribution["evidence"][role + "_as_written"]]
            key = span_key(text, pieces)
            if key is not None:
                out[role].add(key)
    return out


def articles(folder: Path) -> list[tuple[str, Path, list[Path]]]:
    """(name, text file, annotation files) for every article with at least one annotation file."""
    by_name: dict[str, list[Path]] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        name = ANNOTATOR.sub("", ann.stem)
        by_name.setdefault(name, []).append(ann)
    out = []
    for name, anns in sorted(by_name.items()):
        text = folder / "text" / f"{name}.txt"
        if text.exists():
            out.append((name, text, anns))
    return out


def metadata(folder: Path) -> dict[str, dict[str, str]]:
    """metadata.tsv rows by file name, read from DIR or its parent; empty when there is none."""
    for candidate in (folder / "metadata.tsv", folder.parent / "metadata.tsv"):
        if candidate.exists():
            with candidate.open(encoding="utf-8") as handle:
                return {row["filename"]: row for row in csv.DictReader(handle, delimiter="\t")}
    return {}


# -- counting ---------------------------------------------------------------------------------------------------
def words(text: str, key: SpanKey) -> set[Piece]:
    found = {(s + m.start(), s + m.end()) for s, e in key for m in _WORD.finditer(text[s:e])}
    return found or set(key)  # punctuation alone (a colon, a dash) is one word: without it the span could never pair


def new_counts() -> dict[str, float]:
    return {"gold": 0, "predicted": 0, "exact": 0, "overlap_p": 0.0, "overlap_r": 0.0}


def count_role(text: str, gold: set[SpanKey], predicted: set[SpanKey], counts: dict[str, float]) -> None:
    """Add one document's figures for one role to `counts`."""
    counts["gold"] += len(gold)
    counts["predicted"] += len(predicted)
    counts["exact"] += len(gold & predicted)
    gold_list, pred_list = sorted(gold, key=sorted), sorted(predicted, key=sorted)
    gold_words = [words(text, g) for g in gold_list]
    pred_words = [words(text, p) for p in pred_list]

    def similarity(gi: int, pi: int) -> float | None:
        common = len(gold_words[gi] & pred_words[pi])
        return 2 * common / (len(gold_words[gi]) + len(pred_words[pi])) if common else None

    pairs = pair_up(range(len(gold_list)), range(len(pred_list)), similarity)
    for gi, pi in pairs.items():
        common = len(gold_words[gi] & pred_words[pi])
        counts["overlap_p"] += common / len(pred_words[pi])
        counts["overlap_r"] += common / len(gold_words[gi])


def figures(counts: dict[str, float]) -> dict[str, Any]:
    exact = prf(int(counts["exact"]), int(counts["predicted"]), int(counts["gold"]))
    p = counts["overlap_p"] / counts["predicted"] if counts["predicted"] else 0.0
    r = counts["overlap_r"] / counts["gold"] if counts["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    overlap = {"precision": round(100 * p, 1), "recall": round(100 * r, 1), "f1": round(100 * f, 1)}
    return {"exact": exact, "overlap": overlap, "gold": int(counts["gold"]), "predicted": int(counts["predicted"])}


def summarise(table: dict[str, dict[str, float]]) -> dict[str, Any]:
    total = new_counts()
    for role in ROLES:
        for k in total:
            total[k] += table[role][k]
    return {**{role: figures(table[role]) for role in ROLES}, "overall": figures(total)}


# -- the run ----------------------------------------------------------------------------------------------------
def pipeline_predictor() -> Predictor:
    """The full claimgraph analysis as a predictor: text and metadata in, contract attributions out."""
    from ..analysis import analyze_document
    from ..document import Document

    def predict(text: str, meta: dict[str, Any]) -> list[dict[str, Any]]:
        document = Document(text=text, published=meta.get("publication_date") or None,
                            outlet=meta.get("publisher") or None)
        return analyze_document(document)["attributions"]
    return predict


def evaluate_polnear(folder: str | Path, predict: Predictor | None = None, limit: int | None = None) -> dict[str, Any]:
    """Figures for every article of a PolNeAR folder: by role, overall, and by publisher."""
    folder = Path(folder)
    if not (folder / "attributions").is_dir() or not (folder / "text").is_dir():
        raise FileNotFoundError(f"{folder} needs text/ and attributions/ folders (PolNeAR layout)")
    predict = predict or pipeline_predictor()
    meta = metadata(folder)
    table = {role: new_counts() for role in ROLES}
    by_publisher: dict[str, dict[str, dict[str, float]]] = {}
    files = 0
    for name, text_path, anns in articles(folder)[:limit]:
        text = text_path.read_text(encoding="utf-8")
        row = meta.get(name, {})
        publisher = row.get("publisher") or name.split("_", 1)[0]
        predicted = predicted_spans(text, predict(text, row))
        for ann in anns:
            gold = read_ann(ann, text)
            files += 1
            per = by_publisher.setdefault(publisher, {role: new_counts() for role in ROLES})
            for role in ROLES:
                count_role(text, gold[role], predicted[role], table[role])
                count_role(text, gold[role], predicted[role], per[role])
    report = summarise(table)
    report["annotation_files"] = files
    report["publishers"] = {p: summarise(t) for p, t in sorted(by_publisher.items())}
    return report
