"""Tests for the factuality scorer: it scores the model's unrounded predictions and writes them out."""
import json
import math

import pytest

from claimgraph.evaluate.factuality import evaluate_factuality, figures, pearson
from tests.conftest import DATA

FACTUALITY = DATA / "factuality"


def test_figures_give_mae_r_and_per_label_errors():
    result = figures([(3.0, 3.0), (0.0, 1.0), (-3.0, -2.0)])
    assert result["n"] == 3
    assert result["mae"] == round(2 / 3, 4)
    assert result["per_label"]["0.0"] == {"n": 1, "mae": 1.0}
    assert pearson([(1.0, 2.0), (2.0, 2.0)]) == 0.0  # a constant side has no correlation


def test_predictions_are_continuous_scores_written_beside_the_labels(tmp_path, nlp):
    lines = [{"text": "The mayor did not resign .", "targets": [{"span1": [4, 5], "label": -3.0}]},
             {"text": "The mayor resigned on Friday .", "targets": [{"span1": [2, 3], "label": 3.0}]}]
    source = tmp_path / "tiny.jsonl"
    source.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    out = tmp_path / "predicted.jsonl"
    result = evaluate_factuality(source, predictions_out=out, nlp=nlp)
    predicted = [json.loads(line)["targets"][0]["prediction"] for line in out.read_text().splitlines()]
    assert predicted[0] < 0 < 2.5 < predicted[1] <= 3
    assert any(p != round(p) for p in predicted)  # the unrounded score, as the literature scores it
    assert result["n"] == 2 and not math.isnan(result["pearson_r"])


@pytest.mark.skipif(not (FACTUALITY / "meantime-dev.jsonl").exists(),
                    reason="the MEANTIME dev split is not in the shared data folder")
def test_meantime_dev_stays_below_the_always_certain_error(nlp):
    result = evaluate_factuality(FACTUALITY / "meantime-dev.jsonl", nlp=nlp, convention="meantime")
    assert result["mae"] <= 0.28
    assert result["pearson_r"] >= 0.44  # the rules alone
