"""'As X put it, C': the idiom 'put it' in an 'as' clause reports the clause it modifies."""
from __future__ import annotations

import pytest


def texts(spans):
    return " ".join(s["text"] for s in spans)


def put_it(result):
    return [a for a in result["attributions"] if "put it" in texts(a["cue"])]


def test_after_an_apposition_the_subject_is_the_source_and_the_quote_the_content(analyse):
    r = analyse('Or, as Jan Kowalski, an economist at the Warsaw Institute, recently put it, "Who pays the levy in '
                'the end?"')
    (found,) = put_it(r)
    assert texts(found["cue"]) == "recently put it"
    assert texts(found["source"]).startswith("Jan Kowalski")
    assert "Who pays the levy" in texts(found["content"])
    assert "Kowalski" not in texts(found["content"])


def test_with_a_long_adjunct_the_main_clause_is_the_content(analyse):
    r = analyse('As Ms. Okafor put it in a statement to a reporter in May, the levy is "a tax on the poor."')
    (found,) = put_it(r)
    assert texts(found["source"]) == "Ms. Okafor"
    assert texts(found["content"]).startswith("the levy is")
    assert "statement" not in texts(found["content"])


def read_as_put_it(result):
    return [a for a in result["attributions"] if (a.get("evidence") or {}).get("construction") == "'as X put it'"]


def test_the_construction_is_named_in_the_evidence(analyse):
    assert read_as_put_it(analyse("As the harbour master put it, the quay is no place for tourists."))


def test_putting_a_thing_somewhere_is_not_read_as_the_construction(analyse):
    assert read_as_put_it(analyse("She put it on the shelf as he watched the harbour.")) == []
    assert read_as_put_it(analyse("As the crane operator put it down, the crowd cheered.")) == []


def by_cue(result, cue):
    return [a for a in result["attributions"] if texts(a["cue"]) == cue]


@pytest.mark.parametrize("text, cue, source, content", [
    ("As aid agencies had feared, the flooding cut off the northern districts.",
     "had feared", "aid agencies", "the flooding cut off the northern districts"),
    ("Fuel prices climbed for a third week, as the oil ministry had warned.",
     "had warned", "the oil ministry", "Fuel prices climbed for a third week"),
    ("As several economists predicted, the central bank left its rate unchanged.",
     "predicted", "several economists", "the central bank left its rate unchanged"),
])
def test_a_reporting_verb_in_an_as_clause_reports_the_clause_it_modifies(analyse, text, cue, source, content):
    r = analyse(text)
    (found,) = by_cue(r, cue)
    assert texts(found["source"]) == source
    assert texts(found["content"]) == content


@pytest.mark.parametrize("text, verb", [
    ("As the senator spoke, protesters gathered outside the building.", "spoke"),
    ("As he considered a run for governor, his rivals raised money.", "considered"),
    ("As the judge read her decision, the defendant stared at the floor.", "read"),
])
def test_an_as_clause_of_time_or_with_an_object_is_not_a_report(analyse, text, verb):
    r = analyse(text)
    main_clause = text.rstrip(".").split(", ", 1)[1]
    assert not [a for a in r["attributions"] if verb in texts(a["cue"]) and main_clause in texts(a["content"])]
