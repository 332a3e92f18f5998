"""Tests for certainty training: exported trees predict exactly what the fitted ensemble predicts."""
import numpy as np
import pytest

from claimgraph.nlp.certainty_model import TreeEnsemble

sklearn = pytest.importorskip("sklearn", reason="training needs the optional `train` dependencies")


def test_exported_ensemble_matches_the_fitted_one():
    from claimgraph.training.certainty import export, fit, matrix

    rng = np.random.default_rng(0)
    rows = [{"rule": float(rng.choice([-3, 0, 1, 3])), f"lemma={rng.choice(list('abcd'))}": 1.0}
            for _ in range(400)]
    labels = [row["rule"] * 0.8 + (0.5 if row.get("lemma=a") else 0.0) for row in rows]
    model, names = fit(rows, labels, {"max_iter": 30, "max_leaf_nodes": 7, "min_samples_leaf": 5,
                                      "random_state": 0})
    arrays = export(model, names, "uw")
    ensemble = TreeEnsemble({key.split(".", 1)[1]: value for key, value in arrays.items()})
    expected = np.clip(model.predict(matrix(rows, names)), -3, 3)
    assert np.allclose(ensemble.predict(rows), expected, atol=1e-4)


def test_rare_features_are_left_out():
    from claimgraph.training.certainty import MIN_FEATURE_COUNT, feature_names

    rows = [{"common": 1.0}] * MIN_FEATURE_COUNT + [{"rare": 1.0}]
    assert feature_names(rows) == ["common"]


def test_retraining_one_convention_keeps_the_other_ensemble(tmp_path):
    """`--conventions meantime` rewrites the meantime trees and copies the uw ones, calibration included, unchanged."""
    from tests.conftest import DATA
    from claimgraph.nlp.certainty_model import MODEL_FILE, MODEL_PACKAGE
    from claimgraph.training.certainty import TRAIN_FILES, main
    from importlib import resources

    source = DATA / "factuality" / TRAIN_FILES["meantime"]
    if not source.exists():
        pytest.skip(f"the factuality train split is not at {source.parent}")
    data = tmp_path / "data"
    data.mkdir()
    (data / TRAIN_FILES["meantime"]).write_text("\n".join(source.read_text(encoding="utf-8").splitlines()[:40]) + "\n")
    shipped = resources.files(MODEL_PACKAGE).joinpath(MODEL_FILE).read_bytes()
    out = tmp_path / "model.npz"
    out.write_bytes(shipped)
    assert main(["--data", str(data), "--out", str(out), "--conventions", "meantime"]) == 0
    with np.load(out) as written, np.load(resources.files(MODEL_PACKAGE).joinpath(MODEL_FILE)) as before:
        kept = [key for key in before.files if key.startswith("uw.")]
        assert kept and all(np.array_equal(written[key], before[key]) for key in kept)
        assert "uw.calibration_score" in kept
        assert any(written[key].shape != before[key].shape or not np.array_equal(written[key], before[key])
                   for key in before.files if key.startswith("meantime."))
