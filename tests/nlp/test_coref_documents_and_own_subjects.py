"""Coreference on invented names: what "shows" is a document, not its publisher."""
from __future__ import annotations


def mentions_of(result, name):
    return [m["text"] for e in result["entities"] if e["name"] == name for m in e["mentions"]]


def test_what_a_study_showed_is_no_mention_of_its_publisher(analyse):
    r = analyse("The Pellbrook Institute published a study on Tuesday and said it showed that the ceasefire had failed.")
    assert mentions_of(r, "Pellbrook Institute") == ["The Pellbrook Institute"]


def test_a_report_introduced_and_named_again_takes_it_and_its_reference(analyse):
    r = analyse("The Quarrendon Monitoring Group published a report on Thursday and said it showed that both sides "
                "had used cluster munitions.\n\nThe report, which cites 40 witnesses, was shared with the government.")
    assert mentions_of(r, "Quarrendon Monitoring Group") == ["The Quarrendon Monitoring Group"]
    report = next(e for e in r["entities"] if e["type"] == "DOCUMENT")
    assert [m["text"] for m in report["mentions"]] == ["a report", "it", "The report"]
