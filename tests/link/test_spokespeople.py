"""A spokesperson speaks for a body: one origin with it, and the outcome of a story must not depend on whether the
name tagger knows the spokesperson's given name."""
from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.evaluate.corpus import evaluate_corpus
from claimgraph.link.corroboration import noun_phrase, spokesperson_body, through_spokespeople

STORIES = Path(__file__).resolve().parents[1] / "fixtures" / "stories"
PERFECT = ("mention_recall", "mention_precision", "independent_origins_exact", "contradiction_right",
           "contradicting_documents_found")


@pytest.mark.parametrize("source, body", [
    ("water board spokeswoman Ada Lenk", ("water", "board")),
    ("Osk Renner, a spokesman for the Tessel port authority,", ("tessel", "port", "authority")),
    ("the harbour authority's spokesperson, Osk Renner,", ("harbour", "authority")),
    ("Dallin's spokesman Osk Renner", ("dallin",)),
    ("spokesman Osk Renner", ()),
    ("a spokeswoman", ()),
    ("Osk Renner", ()),
])
def test_the_body_a_spokesperson_speaks_for_is_read_from_the_phrase(source, body):
    assert spokesperson_body(source) == body


def test_a_spokesperson_and_the_body_named_elsewhere_are_one_origin():
    origins = {"entity:3": "Tessel port authority", "entity:5": "Osk Renner", "outlet:coast wire": "two pilots"}
    bodies = {"entity:5": ("port", "authority"), "entity:3": ()}
    assert through_spokespeople(origins, bodies) == {"entity:3": "Tessel port authority",
                                                     "outlet:coast wire": "two pilots"}
    # a body that is no other origin, or two that could be it, leave the spokesperson an origin of its own
    assert through_spokespeople(origins, {"entity:5": ("water", "board")}) == origins
    two = {**origins, "entity:4": "Dallin port authority"}
    assert through_spokespeople(two, bodies) == two


def test_a_noun_phrase_naming_the_act_is_told_apart_from_a_clause():
    def claim(text, trigger):
        return {"span": {"text": text}, "trigger": {"text": trigger}}
    assert noun_phrase(claim("the custody of any state body", "custody"))
    assert noun_phrase(claim("the sudden arrest of two clerks", "arrest"))
    assert not noun_phrase(claim("police arrested two clerks", "arrested"))
    assert not noun_phrase(claim("the police had arrested two clerks", "arrested"))


# given names no text of the project's dev data uses; the tagger knows some as names and not others
GIVEN_NAMES = ("Anton", "Marek", "Ilona", "Teodor", "Viktor")


@pytest.mark.parametrize("given", GIVEN_NAMES)
@pytest.mark.parametrize("story, spokesperson", [("stanek", "Viktor Palek"), ("pelican", "Viktor Halvik")])
def test_a_story_with_a_spokesperson_reads_the_same_whatever_the_given_name(story, spokesperson, given, tmp_path,
                                                                             nlp):
    """stanek: a denial in a quote with a noun phrase of the act ("no journalist is in the custody of any state
    body") told by "ministry spokesman X"; pelican: "interior ministry spokesman X" confirming what the ministry
    confirmed in another article."""
    renamed = f"{given} {spokesperson.split()[1]}"
    for suffix in (".jsonl", ".gold.json"):
        text = (STORIES / f"{story}{suffix}").read_text(encoding="utf-8")
        assert spokesperson in text
        (tmp_path / f"{story}{suffix}").write_text(text.replace(spokesperson, renamed), encoding="utf-8")
    report = evaluate_corpus(tmp_path / f"{story}.gold.json")
    misses = {name: report[name] for name in PERFECT if report[name] != 100.0}
    assert not misses, "\n".join(report["details"])


@pytest.mark.parametrize("phrase", ["interior ministry spokesman {name}",
                                    "{name}, a spokesman for the interior ministry,",
                                    "the interior ministry's spokesman, {name},"])
@pytest.mark.parametrize("given", ("Marek", "Ilona"))
def test_each_shape_of_a_spokesperson_is_one_voice_with_the_body(phrase, given, tmp_path, nlp):
    jsonl = (STORIES / "pelican.jsonl").read_text(encoding="utf-8")
    assert "interior ministry spokesman Viktor Halvik" in jsonl
    jsonl = jsonl.replace("interior ministry spokesman Viktor Halvik", phrase.format(name=f"{given} Halvik"))
    (tmp_path / "pelican.jsonl").write_text(jsonl.replace("Viktor Halvik", f"{given} Halvik"), encoding="utf-8")
    gold = (STORIES / "pelican.gold.json").read_text(encoding="utf-8").replace("Viktor Halvik", f"{given} Halvik")
    (tmp_path / "pelican.gold.json").write_text(gold, encoding="utf-8")
    report = evaluate_corpus(tmp_path / "pelican.gold.json")
    assert report["independent_origins_exact"] == 100.0, "\n".join(report["details"])
