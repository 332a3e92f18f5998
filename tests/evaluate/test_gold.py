"""Tests for the gold-file scorer: synthetic gold and hand-made predictions, then one run of the real command."""
from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import pytest

from claimgraph.evaluate.gold import PARTS, b_cubed, normalise_name, score
from claimgraph.evaluate.spans import Stretch, exact, overlaps, pair_up, prf, token_f1

TEXT = ("The Daily Ledger reported on Monday that Mayor Ann Brook may resign, citing two aides. "
        "The aides said Brook met donors in March. One aide said she denied meeting them. "
        "Brook, the mayor of Springfield, was not available.")


def sp(phrase: str, occurrence: int = 1) -> dict:
    """The span of the n-th occurrence of a phrase in TEXT."""
    start = -1
    for _ in range(occurrence):
        start = TEXT.index(phrase, start + 1)
    return {"text": phrase, "start": start, "end": start + len(phrase)}


def gold_file() -> dict:
    return {
        "format": "claimgraph-gold/1",
        "document": {"file": "ledger.txt", "published": "2024-05-08"},
        "attributions": [
            {"id": "a1", "source": sp("The Daily Ledger"), "source_kind": "outlet", "cue": sp("reported"),
             "content": sp("Mayor Ann Brook may resign"), "parent": None},
            {"id": "a2", "source": sp("two aides"), "source_kind": "anonymous", "count": 2, "cue": sp("citing"),
             "content": sp("Mayor Ann Brook may resign"), "parent": "a1"},
            {"id": "a3", "source": sp("The aides"), "source_kind": "anonymous", "count": 2, "refers_to": "a2",
             "cue": sp("said"), "content": sp("Brook met donors in March"), "parent": "a1"},
            {"id": "a4", "source": sp("One aide"), "source_kind": "anonymous", "count": 1, "refers_to": "a2",
             "cue": sp("said", 2), "content": sp("she denied meeting them"), "parent": "a1"},
        ],
        "certainty": [
            {"event": sp("resign"), "value": 1, "label": "possible", "cue": sp("may")},
            {"event": sp("met"), "value": 3, "label": "certain"},
            {"event": sp("denied"), "value": 3, "label": "certain"},
            {"event": sp("available"), "value": -3, "label": "certain-negative", "cue": sp("not")},
        ],
        "times": [
            {"span": sp("on Monday"), "value": "2024-05-06", "granularity": "day"},
            {"span": sp("in March"), "value": "2024-03", "granularity": "month"},
        ],
        "entities": [
            {"name": "Ann Brook", "type": "PERSON", "aliases": ["Mayor Brook"],
             "mentions": [sp("Ann Brook"), sp("Brook", 2), sp("she"), sp("Brook", 3)]},
            {"name": "The Daily Ledger", "type": "OUTLET", "mentions": [sp("The Daily Ledger")]},
            {"name": "Springfield", "type": "GPE", "mentions": [sp("Springfield")]},
        ],
        "events": [
            {"type": "CONSULT", "trigger": sp("met"), "actor": "Ann Brook", "time": "2024-03",
             "attribution": "a3", "certainty": 3},
            {"type": "REJECT", "mode": "verbal", "trigger": sp("denied"), "actor": "Ann Brook", "attribution": "a4",
             "about": {"type": "CONSULT", "trigger": sp("meeting"), "actor": "Ann Brook"}},
        ],
        "relations": [
            {"type": "leader_of", "subject": "Ann Brook", "object": "Springfield",
             "evidence": sp("Brook, the mayor of Springfield")},
            {"type": "alias", "subject": "Mayor Brook", "object": "Ann Brook", "evidence": sp("Mayor Ann Brook")},
        ],
        "markers": [
            {"kind": "denial", "span": sp("she denied meeting them"), "about": "a4"},
            {"kind": "label", "span": sp("Mayor"), "about": "Ann Brook"},
        ],
    }


def as_list(span: dict | None) -> list[dict]:
    return [span] if span else []


def predicted_from(gold: dict) -> dict:
    """What a flawless analysis would output, in the contract's shape, with its own ids and order."""
    gold = copy.deepcopy(gold)  # the tests spoil predictions; the gold must stay as it was
    # the prediction numbers attributions in reverse: matching must go by spans, never by id or position
    ids = {a["id"]: f"x{len(gold['attributions']) - k}" for k, a in enumerate(gold["attributions"])}
    attributions = [{
        "id": ids[a["id"]], "source": as_list(a["source"]), "source_kind": a["source_kind"],
        "source_count": a.get("count"), "source_entity": None, "cue": [a["cue"]], "content": [a["content"]],
        "parent": ids.get(a["parent"]), "refers_to": ids.get(a.get("refers_to")), "time": None,
    } for a in reversed(gold["attributions"])]
    claims = [{"id": f"c{k + 1}", "span": c["event"], "trigger": c["event"], "attribution": None,
               "certainty": {"value": c["value"], "label": c["label"], "cue": as_list(c.get("cue"))},
               "event": None} for k, c in enumerate(gold["certainty"])]
    entities = [{"id": f"e{k + 1}", "name": e["name"], "type": e["type"], "aliases": e.get("aliases", []),
                 "mentions": e["mentions"]} for k, e in enumerate(gold["entities"])]
    times = [{"id": f"t{k + 1}", **t["span"], "value": t["value"], "granularity": t["granularity"]}
             for k, t in enumerate(gold["times"])]
    time_id = {t["value"]: t["id"] for t in times}
    events = []

    def add(event: dict) -> None:
        roles = {r: event[r] for r in ("actor", "recipient", "equipment") if r in event}
        if "time" in event:
            roles["time"] = time_id[event["time"]]
        events.append({"id": f"v{len(events) + 1}", "type": event["type"], "mode": event.get("mode"),
                       "trigger": event["trigger"],
                       "roles": roles, "attribution": ids.get(event.get("attribution")),
                       "certainty": {"value": event.get("certainty", 3)}})
        if "about" in event:
            add(event["about"])

    for event in gold["events"]:
        add(event)
    markers = [{"kind": m["kind"], "span": m["span"], "about": ids.get(m["about"], m["about"])}
               for m in gold["markers"]]
    relations = [{k: r[k] for k in ("type", "subject", "object", "evidence")} for r in gold["relations"]]
    return {"document": {"id": "d1"}, "attributions": attributions, "claims": claims, "entities": entities,
            "times": times, "events": events, "relations": relations, "markers": markers}


def attribution(predicted: dict, cue: dict) -> dict:
    return next(a for a in predicted["attributions"] if a["cue"] == [cue])


@pytest.fixture
def gold() -> dict:
    return gold_file()


@pytest.fixture
def perfect(gold) -> dict:
    return predicted_from(gold)


# --- the whole report -----------------------------------------------------------------------------------------------

def test_a_perfect_prediction_scores_100_everywhere(gold, perfect):
    report = score(gold, perfect, name="ledger.json")
    assert report["gold"] == "ledger.json"
    assert set(report["parts"]) == set(PARTS)
    assert {part: figures["score"] for part, figures in report["parts"].items()} == {part: 100.0 for part in PARTS}
    assert report["overall"] == 100.0
    assert report["details"] == []
    attributions = report["parts"]["attributions"]
    assert attributions["strict"]["f1"] == 100.0
    assert attributions["found_with_correct_chain"] == 4
    assert report["parts"]["entities"]["names"] == 100.0 and report["parts"]["entities"]["types"] == 100.0
    assert report["parts"]["certainty"]["mae"] == 0


def test_an_empty_or_placeholder_prediction_scores_0_without_crashing(gold):
    for predicted in ({}, {"attributions": None, "entities": [None, 3], "claims": "junk",
                           "events": [{"trigger": None, "roles": None}], "times": [{"start": "x"}]}):
        report = score(gold, predicted)
        assert all(figures["score"] == 0.0 for figures in report["parts"].values())
        assert not any("error" in figures for figures in report["parts"].values())
        assert report["overall"] == 0.0
        assert any(line.startswith("attributions: missed a1") for line in report["details"])


def test_malformed_spans_in_a_prediction_are_ignored(gold, perfect):
    perfect["attributions"][0]["cue"] = [{"start": None}, "said"]
    perfect["entities"][0]["mentions"].append({"start": 5, "end": 2})
    report = score(gold, perfect)
    assert not any("error" in figures for figures in report["parts"].values())
    assert report["parts"]["attributions"]["found"] == 3


# --- attributions and chains ----------------------------------------------------------------------------------------

def test_a_missing_attribution_lowers_recall_not_precision(gold, perfect):
    perfect["attributions"] = [a for a in perfect["attributions"] if a["cue"] != [sp("said", 2)]]
    figures = score(gold, perfect)["parts"]["attributions"]
    assert figures["recall"] == 75.0
    assert figures["precision"] == 100.0
    assert figures["score"] == figures["f1"] == 85.7


def test_a_missed_attribution_is_named_in_the_details(gold, perfect):
    perfect["attributions"] = [a for a in perfect["attributions"] if a["cue"] != [sp("said", 2)]]
    details = score(gold, perfect)["details"]
    assert any(line.startswith("attributions: missed a4 'One aide'") for line in details)


def test_a_wrong_parent_lowers_chain_accuracy_but_not_matching(gold, perfect):
    attribution(perfect, sp("said"))["parent"] = None
    figures = score(gold, perfect)["parts"]["attributions"]
    assert figures["score"] == 100.0
    assert figures["chains"]["parent_correct"] == 3
    assert figures["chains"]["accuracy"] == 75.0
    assert figures["found_with_correct_chain"] == 3


def test_a_parent_pointing_at_the_wrong_attribution_is_wrong(gold, perfect):
    # a2 and a1 share their content; the chain must follow the attribution matched to a1, not any with that content
    attribution(perfect, sp("said"))["parent"] = attribution(perfect, sp("citing"))["id"]
    report = score(gold, perfect)
    assert report["parts"]["attributions"]["chains"]["parent_correct"] == 3
    assert any("a3 parent gold a1" in line and "(= gold a2)" in line for line in report["details"])


def test_a_wrong_refers_to_lowers_chain_accuracy(gold, perfect):
    attribution(perfect, sp("said", 2))["refers_to"] = None
    figures = score(gold, perfect)["parts"]["attributions"]
    assert figures["chains"]["refers_to_correct"] == 3
    assert figures["found_with_correct_chain"] == 3


def test_a_shorter_content_matches_leniently_but_not_strictly(gold, perfect):
    attribution(perfect, sp("said"))["content"] = [sp("Brook met donors")]  # 3 of 5 words: token F1 0.75
    figures = score(gold, perfect)["parts"]["attributions"]
    assert figures["found"] == 4
    assert figures["strict"]["found"] == 3
    assert figures["content_exact"] == 3


def test_a_content_sharing_too_few_words_does_not_match(gold, perfect):
    attribution(perfect, sp("said"))["content"] = [sp("donors")]  # 1 of 5 words: token F1 0.33
    assert score(gold, perfect)["parts"]["attributions"]["found"] == 3


def test_the_same_words_elsewhere_do_not_make_content_overlap():
    here = [Stretch(0, 9, "the aides")]
    there = [Stretch(50, 59, "the aides")]
    assert token_f1(here, there) == 0.0
    assert token_f1(here, here) == 1.0


def test_a_source_on_another_mention_does_not_match(gold, perfect):
    attribution(perfect, sp("reported"))["source"] = [sp("Brook", 3)]
    assert score(gold, perfect)["parts"]["attributions"]["found"] == 3


# --- sources --------------------------------------------------------------------------------------------------------

def test_wrong_source_kind_and_count_lower_the_sources_score(gold, perfect):
    attribution(perfect, sp("citing"))["source_kind"] = "person"
    attribution(perfect, sp("said", 2))["source_count"] = None
    report = score(gold, perfect)
    figures = report["parts"]["sources"]
    assert figures["kind_accuracy"] == 75.0
    assert figures["count_accuracy"] == pytest.approx(66.7)
    assert figures["score"] == pytest.approx(70.8)
    assert "sources: a2 kind gold anonymous got person" in report["details"]


# --- certainty ------------------------------------------------------------------------------------------------------

def test_a_wrong_certainty_value_lowers_accuracy_and_is_reported(gold, perfect):
    claim = next(c for c in perfect["claims"] if c["trigger"] == sp("resign"))
    claim["certainty"]["value"] = 3
    report = score(gold, perfect)
    figures = report["parts"]["certainty"]
    assert figures["accuracy"] == 75.0
    assert figures["mae"] == 0.5
    assert f"certainty: 'resign'@{sp('resign')['start']} gold 1 got 3" in report["details"]


def test_a_missing_certainty_counts_as_wrong_and_its_cue_too(gold, perfect):
    perfect["claims"] = [c for c in perfect["claims"] if c["trigger"] != sp("available")]
    figures = score(gold, perfect)["parts"]["certainty"]
    assert figures["found"] == 3
    assert figures["accuracy"] == 75.0
    assert figures["cue_accuracy"] == 50.0


def test_certainty_is_read_from_an_event_when_no_claim_has_the_trigger(gold, perfect):
    perfect["claims"] = [c for c in perfect["claims"] if c["trigger"] != sp("met")]
    assert score(gold, perfect)["parts"]["certainty"]["accuracy"] == 100.0


def test_a_trigger_off_by_a_character_is_not_found(gold, perfect):
    claim = next(c for c in perfect["claims"] if c["trigger"] == sp("met"))
    claim["trigger"] = {**claim["trigger"], "end": claim["trigger"]["end"] + 1}
    perfect["events"] = []
    assert score(gold, perfect)["parts"]["certainty"]["found"] == 3


# --- times ----------------------------------------------------------------------------------------------------------

def test_a_wrong_time_value_keeps_span_f1_but_lowers_the_score(gold, perfect):
    perfect["times"][1]["value"] = "2023-03"
    figures = score(gold, perfect)["parts"]["times"]
    assert figures["f1"] == 100.0
    assert figures["value_accuracy"] == 50.0
    assert figures["score"] == 75.0


# --- entities -------------------------------------------------------------------------------------------------------

def test_a_split_cluster_lowers_b_cubed_but_not_mention_f1(gold, perfect):
    brook = perfect["entities"][0]
    she = brook["mentions"].pop(2)
    perfect["entities"].append({"id": "e9", "name": "she", "type": "PERSON", "aliases": [], "mentions": [she]})
    report = score(gold, perfect)
    figures = report["parts"]["entities"]
    assert figures["mentions"]["f1"] == 100.0
    assert figures["clusters"]["precision"] == 100.0
    assert figures["clusters"]["recall"] < 100.0
    assert figures["score"] < 100.0
    assert any(line.startswith("entities: Ann Brook split across") for line in report["details"])


def test_a_merged_cluster_lowers_b_cubed_precision(gold, perfect):
    ledger = perfect["entities"].pop(1)
    perfect["entities"][0]["mentions"] += ledger["mentions"]
    figures = score(gold, perfect)["parts"]["entities"]
    assert figures["clusters"]["precision"] < 100.0
    assert figures["clusters"]["recall"] == 100.0
    assert figures["types"] == pytest.approx(66.7)


def test_b_cubed_by_hand():
    # gold {m1, m2, m3} one entity; predicted {m1, m2} {m3}: precision 1, recall (2/3 + 2/3 + 1/3) / 3
    precision, recall, f1 = b_cubed([(0, 0), (0, 0), (0, 1)])
    assert precision == 1.0
    assert recall == pytest.approx(5 / 9)
    assert f1 == pytest.approx(2 * (5 / 9) / (1 + 5 / 9))


def test_a_name_matches_through_an_alias_and_case(gold, perfect):
    perfect["entities"][0]["name"] = "mayor brook"
    perfect["entities"][0]["aliases"] = []
    assert score(gold, perfect)["parts"]["entities"]["names"] == 100.0
    perfect["entities"][0]["name"] = "Brook Ann"
    assert score(gold, perfect)["parts"]["entities"]["names"] == pytest.approx(66.7)


def test_names_compare_without_case_apostrophe_style_or_leading_article():
    assert normalise_name("Bashir Al-Khatib") == normalise_name("bashir al-khatib")
    assert normalise_name("The Daily  Ledger") == normalise_name("Daily Ledger")
    assert normalise_name("O\u2019Brien") == normalise_name("O'Brien")


# --- events ---------------------------------------------------------------------------------------------------------

def test_nested_events_are_scored_too(gold, perfect):
    perfect["events"] = [e for e in perfect["events"] if e["trigger"] != sp("meeting")]
    report = score(gold, perfect)
    figures = report["parts"]["events"]
    assert figures["gold"] == 3
    assert figures["triggers"]["recall"] == pytest.approx(66.7)
    assert any(line.startswith("events: missed CONSULT 'meeting'") for line in report["details"])


def test_a_wrong_role_type_or_attribution_lowers_the_events_score(gold, perfect):
    met = next(e for e in perfect["events"] if e["trigger"] == sp("met"))
    met["roles"]["time"] = "t1"  # Monday, not March
    figures = score(gold, perfect)["parts"]["events"]
    assert figures["roles"]["time"]["accuracy"] == 0.0
    assert figures["role_accuracy"] == 75.0
    assert figures["score"] == pytest.approx((100 + 75 + 100) / 3, abs=0.05)

    denied = next(e for e in perfect["events"] if e["trigger"] == sp("denied"))
    denied["mode"] = None
    assert score(gold, perfect)["parts"]["events"]["mode_accuracy"] == 0.0

    met["type"] = "MEET"
    met["attribution"] = attribution(perfect, sp("said", 2))["id"]
    figures = score(gold, perfect)["parts"]["events"]
    assert figures["triggers"]["f1"] == 100.0
    assert figures["trigger_type"]["recall"] == pytest.approx(66.7)
    assert figures["attribution_accuracy"] == 50.0


def test_an_event_role_may_name_the_entity_by_an_alias(gold, perfect):
    for event in perfect["events"]:
        event["roles"]["actor"] = "MAYOR BROOK"
    assert score(gold, perfect)["parts"]["events"]["role_accuracy"] == 100.0


# --- relations and markers ------------------------------------------------------------------------------------------

def test_alias_pairs_are_unordered_other_relations_are_not(gold, perfect):
    for relation in perfect["relations"]:
        relation["subject"], relation["object"] = relation["object"], relation["subject"]
    report = score(gold, perfect)
    figures = report["parts"]["relations"]
    assert figures["found"] == 1
    assert "relations: missed leader_of(Ann Brook, Springfield)" in report["details"]


def test_a_marker_about_the_wrong_attribution_is_counted(gold, perfect):
    denial = next(m for m in perfect["markers"] if m["kind"] == "denial")
    denial["about"] = attribution(perfect, sp("said"))["id"]
    denial["span"] = sp("denied")  # overlapping is enough to find it
    figures = score(gold, perfect)["parts"]["markers"]
    assert figures["f1"] == 100.0
    assert figures["about_accuracy"] == 50.0


def test_a_marker_of_another_kind_is_not_found(gold, perfect):
    perfect["markers"][0]["kind"] = "novelty"
    assert score(gold, perfect)["parts"]["markers"]["found"] == 1


# --- span helpers ---------------------------------------------------------------------------------------------------

def test_span_helpers():
    a, b = Stretch(0, 5, "hello"), Stretch(5, 10, "world")
    assert not overlaps([a], [b])
    assert overlaps([a], [Stretch(4, 6, "ow")])
    assert exact([], [])
    assert exact([a, b], [b, a])
    assert not exact([a], [a, b])
    assert prf(1, 2, 4) == {"precision": 50.0, "recall": 25.0, "f1": 33.3}
    assert prf(0, 0, 3) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_pair_up_is_one_to_one_and_prefers_the_closer_match():
    gold, predicted = [10, 20], [19, 11, 12]

    def closeness(g, p):
        return None if abs(g - p) > 5 else -abs(g - p)

    assert pair_up(gold, predicted, closeness) == {0: 1, 1: 0}
    assert pair_up([10, 11], [10], closeness) == {0: 0}


# --- the command, end to end ----------------------------------------------------------------------------------------

def shared_folder() -> Path:
    """The shared data beside the project, or the parent of the data folder CLAIMGRAPH_DATA names."""
    if os.environ.get("CLAIMGRAPH_DATA"):
        return Path(os.environ["CLAIMGRAPH_DATA"]).parent
    return Path(__file__).resolve().parents[2].parent / "shared"


def test_the_eval_gold_command_prints_every_part_as_json_on_its_last_line(capsys):
    shared = shared_folder()
    gold_path = shared / "gold" / "seed.json"
    texts = sorted((shared / "seed").glob("*.txt")) if (shared / "seed").is_dir() else []
    if not gold_path.is_file() or not texts:
        pytest.skip(f"no shared gold file and seed article under {shared} (set CLAIMGRAPH_DATA to the data folder)")
    from claimgraph.cli import main

    text = next((t for t in texts if t.name == json.loads(gold_path.read_text())["document"].get("file")), texts[0])
    assert main(["eval", "gold", str(gold_path), str(text), "--details"]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    report = json.loads(last)
    assert report["gold"] == "seed.json"
    assert set(report["parts"]) == set(PARTS)
    assert all(0.0 <= figures["score"] <= 100.0 for figures in report["parts"].values())
    assert "details" not in report
    assert 0.0 <= report["overall"] <= 100.0


def test_score_does_not_change_its_inputs(gold, perfect):
    before_gold, before_predicted = copy.deepcopy(gold), copy.deepcopy(perfect)
    score(gold, perfect)
    assert gold == before_gold and perfect == before_predicted
