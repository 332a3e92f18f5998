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
