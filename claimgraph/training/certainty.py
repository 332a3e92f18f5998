"""Trains the certainty model on the UW and MEANTIME train splits and writes it into the package as a numpy archive.

    python -m claimgraph.training.certainty [--data DIR] [--out FILE] [--dev] [--conventions uw meantime]

One ensemble a convention: `uw` (used by analysis) learns from both corpora, each row marked with its convention,
with squared loss, which keeps the ranking of degrees (Pearson r); `meantime` learns from MEANTIME alone with
absolute loss, since its discrete, mostly-certain labels reward the median. Both chosen on the dev splits.

Squared loss predicts conditional means, which sit below 3 wherever a few annotators hesitated; absolute error is
minimised by medians. So the `uw` scores are mapped through a monotone calibration from predicted score to median
label, fitted on out-of-fold predictions for the train split (folds by document, so no article is scored by a
model that saw it).

`--conventions` retrains the named ensembles alone and copies the others unchanged from the model file already
there: an ensemble reads only the feature names it was trained on, so a new feature leaves the others' scores as
they were, and one convention can be improved without re-choosing the other on its own dev split.
"""
from __future__ import annotations

import argparse
import json
import zlib
from importlib import resources
from pathlib import Path

import numpy as np

from ..nlp.certainty import Assessor
from ..nlp.certainty_features import features
from ..nlp.certainty_model import CONVENTIONS, MODEL_FILE, MODEL_PACKAGE, load_model

TRAIN_FILES = {"uw": "uw-train.jsonl", "meantime": "meantime-train.jsonl"}
DEV_FILES = {"uw": "uw-dev.jsonl", "meantime": "meantime-dev.jsonl"}
_TREES = {"learning_rate": 0.05, "max_iter": 400, "max_leaf_nodes": 15, "min_samples_leaf": 10,
          "l2_regularization": 1.0, "random_state": 0}
ENSEMBLES = {
    # stopping on a held-out tenth of train; the calibration folds then stop the same way as the full model
    "uw": {"corpora": ("uw", "meantime"), "parameters": {**_TREES, "loss": "squared_error", "early_stopping": True},
           "calibrate": True},
    # leaves of 3 rather than 10: MEANTIME train has 19 events at -3 and 28 at 0 among 1,012, too few to fill leaves of
    # 10 under absolute loss, which then leaves them at the median of 3 (dev MAE / r, leaves of 10: 0.2577 / 0.6401,
    # 2: 0.2439 / 0.7032, 3: 0.2026 / 0.7674, 4: 0.2195 / 0.7491; 3 with learning rate 0.05: 0.2032 / 0.7667)
    "meantime": {"corpora": ("meantime",), "parameters": {**_TREES, "loss": "absolute_error", "early_stopping": False,
                                                           "learning_rate": 0.1, "max_iter": 200, "min_samples_leaf": 3},
                 "calibrate": False},
}
CALIBRATION_FOLDS = 3
CALIBRATION_BINS = 40
MIN_FEATURE_COUNT = 10


def examples(path: Path, convention: str, nlp) -> tuple[list[dict[str, float]], list[float], list[str]]:
    """One feature row, label and document name per target of a factuality file."""
    from ..evaluate.factuality import analyse_tokens

    lex = nlp.get_pipe("claimgraph_certainty").lexicon
    rows, labels, documents = [], [], []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        item = json.loads(line)
        doc = analyse_tokens(nlp, item["text"].split())
        assessor = Assessor(doc, lex)
        for target in item["targets"]:
            token = doc[target["span1"][0]:target["span1"][1]].root
            rows.append(features(token, assessor, convention))
            labels.append(float(target["label"]))
            documents.append(f"{convention}:{item.get('file_idx', f'line{number}')}")
    return rows, labels, documents


def feature_names(rows: list[dict[str, float]]) -> list[str]:
    """Features seen often enough in training to be learnt from."""
    counts: dict[str, int] = {}
    for row in rows:
        for name in row:
            counts[name] = counts.get(name, 0) + 1
    return sorted(name for name, count in counts.items() if count >= MIN_FEATURE_COUNT)


def matrix(rows: list[dict[str, float]], names: list[str]) -> np.ndarray:
    index = {name: k for k, name in enumerate(names)}
    x = np.zeros((len(rows), len(names)), dtype=np.float32)
    for r, row in enumerate(rows):
        for name, value in row.items():
            if name in index:
                x[r, index[name]] = value
    return x


def fit(rows: list[dict[str, float]], labels: list[float], parameters: dict):
    from sklearn.ensemble import HistGradientBoostingRegressor

    names = feature_names(rows)
    model = HistGradientBoostingRegressor(**parameters)
    model.fit(matrix(rows, names), np.asarray(labels))
    return model, names


def calibration(rows: list[dict[str, float]], labels: list[float], documents: list[str], parameters: dict,
                scored: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Knots of a monotone map from out-of-fold score to the median label of the `scored` rows near that score."""
    folds = np.asarray([zlib.crc32(d.encode()) % CALIBRATION_FOLDS for d in documents])
    y = np.asarray(labels)
    out_of_fold = np.zeros(len(y))
    for fold in range(CALIBRATION_FOLDS):
        held = folds == fold
        model, names = fit([r for r, h in zip(rows, held) if not h], y[~held].tolist(), parameters)
        out_of_fold[held] = model.predict(matrix([r for r, h in zip(rows, held) if h], names))
    score, y = np.clip(out_of_fold[scored], -3, 3), y[scored]
    edges = np.quantile(score, np.linspace(0, 1, CALIBRATION_BINS + 1))
    knots = [(np.median(score[inside]), np.median(y[inside]))
             for low, high in zip(edges[:-1], edges[1:])
             if (inside := (score >= low) & (score <= high)).any()]
    xs, ys = np.asarray([k[0] for k in knots]), np.maximum.accumulate(np.asarray([k[1] for k in knots]))
    # the ends of the scale stay the ends: a score of -3 means certainly not, whatever the lowest bin's median
    xs, ys = np.concatenate([[-3.0], xs, [3.0]]), np.concatenate([[-3.0], ys, [3.0]])
    xs, first = np.unique(xs, return_index=True)
    return xs, ys[first]


def export(model, names: list[str], convention: str) -> dict[str, np.ndarray]:
    """The fitted trees as flat arrays under the convention's prefix, child indices relative to each tree's first node."""
    nodes = [predictor.nodes for stage in model._predictors for predictor in stage]
    if any(n["is_categorical"].any() for n in nodes):
        raise ValueError("categorical splits are not exported")
    starts = np.cumsum([0] + [len(n) for n in nodes[:-1]])
    flat = np.concatenate(nodes)
    arrays = {
        "feature_names": np.asarray(names, dtype=str),
        "baseline": np.asarray(float(np.ravel(model._baseline_prediction)[0])),
        "tree_starts": starts.astype(np.int32),
        "feature": flat["feature_idx"].astype(np.int32),
        "threshold": flat["num_threshold"].astype(np.float32),
        "left": flat["left"].astype(np.int32),
        "right": flat["right"].astype(np.int32),
        "is_leaf": flat["is_leaf"].astype(bool),
        "value": flat["value"].astype(np.float32),
    }
    return {f"{convention}.{key}": value for key, value in arrays.items()}


def default_out() -> Path:
    return Path(str(resources.files(MODEL_PACKAGE).joinpath(MODEL_FILE)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="../shared/data/factuality", help="folder of the factuality jsonl files")
    parser.add_argument("--out", default=None, help="where to write the model (default: inside the package)")
    parser.add_argument("--dev", action="store_true", help="also print figures on the dev splits")
    parser.add_argument("--conventions", nargs="+", choices=CONVENTIONS, default=list(CONVENTIONS),
                        help="the ensembles to retrain; the others are kept from the existing model file")
    args = parser.parse_args(argv)
    out = Path(args.out) if args.out else default_out()
    arrays: dict[str, np.ndarray] = {}
    kept = [c for c in CONVENTIONS if c not in args.conventions]
    if kept:
        if not out.is_file():
            parser.error(f"no model at {out} to keep the {', '.join(kept)} ensemble from")
        with np.load(out, allow_pickle=False) as archive:
            arrays.update({key: archive[key] for key in archive.files if key.split(".", 1)[0] in kept})

    from ..nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    data = Path(args.data)
    needed = {corpus for convention in args.conventions for corpus in ENSEMBLES[convention]["corpora"]}
    train = {corpus: examples(data / name, corpus, nlp) for corpus, name in TRAIN_FILES.items() if corpus in needed}
    for convention in args.conventions:
        spec = ENSEMBLES[convention]
        rows = [row for corpus in spec["corpora"] for row in train[corpus][0]]
        labels = [label for corpus in spec["corpora"] for label in train[corpus][1]]
        documents = [d for corpus in spec["corpora"] for d in train[corpus][2]]
        model, names = fit(rows, labels, spec["parameters"])
        arrays.update(export(model, names, convention))
        if spec["calibrate"]:
            own = np.asarray([d.startswith(f"{convention}:") for d in documents])
            xs, ys = calibration(rows, labels, documents, spec["parameters"], own)
            arrays[f"{convention}.calibration_score"] = xs.astype(np.float32)
            arrays[f"{convention}.calibration_label"] = ys.astype(np.float32)
        print(json.dumps({"convention": convention, "features": len(names), "examples": len(rows),
                          "trees": len(model._predictors), "calibrated": spec["calibrate"]}), flush=True)
    np.savez_compressed(out, **arrays)
    load_model.cache_clear()  # the dev figures below must come from the model just written
    print(json.dumps({"model": str(out), "bytes": out.stat().st_size}))
    if args.dev:
        from ..evaluate.factuality import evaluate_factuality
        for corpus, name in DEV_FILES.items():
            print(json.dumps({corpus: evaluate_factuality(data / name, nlp=nlp, convention=corpus)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
