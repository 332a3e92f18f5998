"""Tests for the PolNeAR scorer on small brat files written here."""
from __future__ import annotations

import json

import pytest

from claimgraph.evaluate.polnear import evaluate_polnear, read_ann, span_key

from tests.conftest import DATA

TEXT = "The mayor said the bridge would reopen. Critics doubt it.\n"
#       0   4     10   15                        40       49
ANN = "\n".join([
    "T1\tSource 0 9\tThe mayor",
    "T2\tCue 10 14\tsaid",
    "T3\tContent 15 38\tthe bridge would reopen",
    "T4\tAttribution 10 14\tsaid",
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
    "T5\tSource 40 47\tCritics",
    "T6\tCue 48 53\tdoubt",
    "T7\tContent 54 56\tit",
    "T8\tAttribution 48 53\tdoubt",
    "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
    "T9\tDiscuss 40 56\tCritics doubt it",
    "",
])


def span(start: int, end: int) -> dict:
    return {"start": start, "end": end, "text": TEXT[start:end]}


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "outlet_2016-01-01_bridge.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "outlet_2016-01-01_bridge_ab12.ann").write_text(ANN, encoding="utf-8")
    return tmp_path


def test_reads_roles_and_skips_other_labels(corpus):
    gold = read_ann(corpus / "attributions" / "outlet_2016-01-01_bridge_ab12.ann", TEXT)
    assert gold["cue"] == {frozenset({(10, 14)}), frozenset({(48, 53)})}
    assert len(gold["content"]) == 2 and len(gold["source"]) == 2


def test_exact_ignores_surrounding_whitespace_and_piece_order():
    assert span_key(TEXT, [(9, 14)]) == span_key(TEXT, [(10, 14)])
    assert span_key(TEXT, [(15, 18), (19, 25)]) == span_key(TEXT, [(19, 25), (15, 18)])
    assert span_key(TEXT, [(15, 25)]) != span_key(TEXT, [(15, 18), (19, 25)])


def test_perfect_prediction_scores_100(corpus):
    def predict(text, meta):
        return [{"source": [span(0, 9)], "cue": [span(10, 14)], "content": [span(15, 38)]},
                {"source": [span(40, 47)], "cue": [span(48, 53)], "content": [span(54, 56)]}]
    report = evaluate_polnear(corpus, predict=predict)
    for role in ("source", "cue", "content", "overall"):
        assert report[role]["exact"]["f1"] == 100.0
        assert report[role]["overlap"]["f1"] == 100.0
    assert report["publishers"]["outlet"]["overall"]["exact"]["f1"] == 100.0


def test_boundary_error_costs_exact_but_not_all_overlap(corpus):
    # content with a trailing period: wrong by exact match, 4 of 4 gold words found, 4 of 4 predicted words right
    def predict(text, meta):
        return [{"source": [span(4, 9)], "cue": [span(10, 14)], "content": [span(15, 39)]}]
    report = evaluate_polnear(corpus, predict=predict)
    assert report["cue"]["exact"] == {"precision": 100.0, "recall": 50.0, "f1": 66.7}
    assert report["content"]["exact"]["f1"] == 0.0
    assert report["content"]["overlap"]["precision"] == 100.0
    assert report["content"]["overlap"]["recall"] == 50.0
    # "mayor" against "The mayor": all predicted words right, half the gold words of one of two spans
    assert report["source"]["overlap"]["precision"] == 100.0
    assert report["source"]["overlap"]["recall"] == 25.0


def test_each_annotator_file_counts_separately(corpus):
    other = ANN.replace("T3\tContent 15 38", "T3\tContent 10 38")
    (corpus / "attributions" / "outlet_2016-01-01_bridge_cd34.ann").write_text(other, encoding="utf-8")
    calls = []

    def predict(text, meta):
        calls.append(text)
        return [{"source": [span(0, 9)], "cue": [span(10, 14)], "content": [span(15, 38)]}]
    report = evaluate_polnear(corpus, predict=predict)
    assert len(calls) == 1  # the article is analysed once
    assert report["annotation_files"] == 2
    assert report["content"]["gold"] == 4 and report["content"]["predicted"] == 2
    assert report["content"]["exact"]["recall"] == 25.0


def test_cli_prints_json_on_last_line(corpus, capsys, monkeypatch):
    import claimgraph.evaluate.polnear as polnear
    from claimgraph.cli import main

    monkeypatch.setattr(polnear, "pipeline_predictor", lambda: (lambda text, meta: []))
    assert main(["eval", "polnear", str(corpus)]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    report = json.loads(last)
    assert report["overall"]["exact"]["recall"] == 0.0 and report["overall"]["gold"] == 6


def test_missing_layout_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        evaluate_polnear(tmp_path, predict=lambda t, m: [])


def test_dev_split_end_to_end_on_two_articles():
    dev = DATA / "polnear" / "dev"
    if not dev.is_dir():
        pytest.skip(f"PolNeAR dev is not at {dev} (set CLAIMGRAPH_DATA)")
    report = evaluate_polnear(dev, limit=2)
    assert report["annotation_files"] >= 2
    assert report["cue"]["exact"]["f1"] > 30


def test_a_punctuation_cue_pairs_in_the_overlap_measure(tmp_path):
    # '“Fees rise.” ― Ilse Marlowe': the dash is the cue; it has no word characters, so it is one word of its own
    text = "“Fees rise.” ― Ilse Marlowe\n"
    ann = "\n".join(["T1\tSource 15 27\tIlse Marlowe", "T2\tCue 13 14\t―", "T3\tContent 0 12\t“Fees rise.”",
                     "T4\tAttribution 13 14\t―", "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1", ""])
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "outlet_2016-01-01_fees.txt").write_text(text, encoding="utf-8")
    (tmp_path / "attributions" / "outlet_2016-01-01_fees_ab12.ann").write_text(ann, encoding="utf-8")

    def predict(found, meta):
        return [{"source": [{"start": 15, "end": 27}], "cue": [{"start": 13, "end": 14}],
                 "content": [{"start": 0, "end": 12}]},
                {"source": [], "cue": [{"start": 10, "end": 11}], "content": [{"start": 0, "end": 9}]}]
    report = evaluate_polnear(tmp_path, predict=predict)
    assert report["cue"]["exact"]["precision"] == 50.0
    # the dash pairs with the gold dash (1 of 1 word); the stop, a cue of its own, pairs with nothing
    assert report["cue"]["overlap"] == {"precision": 50.0, "recall": 100.0, "f1": 66.7}
