"""Wire and broadcast style on short articles written for these tests (fictional places and people): datelines,
'told the BBC', 'said in a statement', quotes split over sentences, 'according to', posts on X and Telegram."""
from __future__ import annotations

from pathlib import Path

import pytest

NEWS = Path(__file__).resolve().parents[1] / "fixtures" / "news"


def joined(spans):
    return " ".join(s["text"] for s in spans)


@pytest.fixture(scope="module")
def article(analyse):
    cache = {}

    def read(name):
        if name not in cache:
            cache[name] = analyse((NEWS / f"{name}.txt").read_text(encoding="utf-8"))
        return cache[name]
    return read


def by_source(result, words):
    found = [a for a in result["attributions"] if joined(a["source"]) == words]
    assert found, f"no attribution from {words!r}: {[joined(a['source']) for a in result['attributions']]}"
    return found


def claim(result, trigger):
    found = [c for c in result["claims"] if c["trigger"]["text"] == trigger]
    assert found, f"no claim on {trigger!r}: {[c['trigger']['text'] for c in result['claims']]}"
    return found[0]


def test_wire_dateline_and_split_quote(article):
    r = article("port_strike")
    (union,) = by_source(r, "their union")
    assert joined(union["content"]).startswith("Port workers")  # the dateline is no part of it
    assert union["source_kind"] == "organization"
    (leader,) = by_source(r, "union leader Mira Oltan")
    assert "fair deal" in joined(leader["content"]) and "any longer" in joined(leader["content"])
    (spokesman,) = by_source(r, "A company spokesman")
    assert spokesman["source_kind"] == "anonymous" and spokesman["source_count"] == 1
    (ministry,) = [a for a in r["attributions"] if joined(a["cue"]) == "According to"]
    assert ministry["source_kind"] == "government"


def test_passive_report_refusal_and_open_question(article):
    r = article("minister_arrest")
    (understood,) = [a for a in r["attributions"] if joined(a["cue"]) == "is understood"]
    assert understood["source"] == [] and joined(understood["content"]).startswith("He")
    assert not [a for a in r["attributions"] if "details" in joined(a["cue"])]  # information withheld
    assert claim(r, "investigation")["certainty"]["value"] == 0
    assert [c["trigger"]["text"] for c in r["claims"]].count("co-operate") == 1
    (told,) = [a for a in r["attributions"] if joined(a["cue"]) == "told"]
    assert joined(told["source"]) == "Prime Minister Lena Harroway"


def test_post_on_x_and_a_quoted_negation(article):
    r = article("landslide")
    (wrote,) = [a for a in r["attributions"] if joined(a["cue"]) == "wrote"]
    assert joined(wrote["source"]) == "he"
    assert claim(r, "listened")["certainty"]["value"] == -3  # "Nobody listened to us," one woman told ...
    assert not [a for a in r["attributions"] if "commented" in joined(a["cue"])]
    (thought,) = [a for a in r["attributions"] if joined(a["cue"]) == "is thought"]
    assert thought["source"] == []


def test_telegram_statement_and_counterfactual(article):
    r = article("depot_strike")
    (first,) = [a for a in r["attributions"] if joined(a["cue"]) == "according to"]
    assert joined(first["content"]).startswith("Drones struck")
    (varga,) = by_source(r, "the head of the administration, Olek Varga")
    assert "no casualties" in joined(varga["content"])
    assert not [a for a in r["attributions"] if "not say" in joined(a["cue"])]  # an open question
    assert claim(r, "reached")["certainty"]["value"] == 0
    assert claim(r, "moved")["certainty"]["value"] == -2  # "should have moved": it was not
    spokesmen = [a for a in r["attributions"] if "spokesman" in joined(a["source"])]
    assert len(spokesmen) == 2 and spokesmen[1]["refers_to"] == spokesmen[0]["id"]
