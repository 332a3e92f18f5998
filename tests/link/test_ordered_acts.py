"""An act done by ordering ("ordered three diplomats to leave": the expulsion) is told with the order's certainty:
what the order asks for (the leaving) is uncommitted, but the order itself is the act, done when it is told."""
from __future__ import annotations

from claimgraph.link.linker import ordered_act_certainty

from tests.link.conftest import linked_analyses, span_of

TEXT = "On Thursday the government in Veskor ordered two Dalmiran diplomats to leave."


def leaving_and_order(order_value: int = 3) -> tuple[dict, dict]:
    """The claim of the leaving, uncommitted by 'ordered', and the expulsion whose trigger is 'ordered'."""
    ordered = span_of(TEXT, "ordered")
    claim = {"id": "c2", "span": span_of(TEXT, "to leave"), "trigger": span_of(TEXT, "leave"), "attribution": "a1",
             "certainty": {"value": 0, "label": "unknown", "cue": [ordered]}, "event": None, "parts": []}
    labels = {3: "certain", 2: "probable", -3: "certain-negative"}
    expulsion = {"id": "v1", "type": "SANCTION", "mode": "expel", "trigger": ordered, "attribution": None,
                 "roles": {"actor": "Veskor", "target": "Dalmira"},
                 "certainty": {"value": order_value, "label": labels[order_value], "cue": []}}
    return claim, {"v1": expulsion}


def test_the_act_done_by_an_order_takes_the_orders_certainty():
    claim, events = leaving_and_order()
    assert ordered_act_certainty(claim, events)["value"] == 3
    claim, events = leaving_and_order(-3)
    assert ordered_act_certainty(claim, events)["value"] == -3


def test_a_request_that_is_no_act_leaves_what_it_asks_for_uncommitted():
    claim, events = leaving_and_order()
    events["v1"] = {**events["v1"], "type": "DEMAND"}
    assert ordered_act_certainty(claim, events)["value"] == 0
    # a cue that is no act's trigger changes nothing
    claim, events = leaving_and_order()
    events["v1"] = {**events["v1"], "trigger": span_of(TEXT, "government")}
    assert ordered_act_certainty(claim, events)["value"] == 0


def test_an_expulsion_by_order_reports_the_expulsion_across_articles(tmp_path, nlp):
    claims = linked_analyses(tmp_path / "store.db", nlp, [
        ("Veskor expelled two Dalmiran diplomats on Tuesday, its foreign ministry said.", "Harrow Post", "2025-05-06"),
        ("Relations between Dalmira and Veskor soured this week. On Tuesday the Veskor government ordered two "
         "Dalmiran diplomats to leave.", "Tarnby Ledger", "2025-05-09")])
    (expulsion,) = [c for c in claims if c["event"] and c["event"]["type"] == "SANCTION"]
    told = {m["outlet"]: m["certainty"]["value"] for m in expulsion["mentions"] if not m["negative"]}
    assert told == {"Harrow Post": 3, "Tarnby Ledger": 3}, told
