"""Coreference on invented names: what "shows" is a document, not its publisher; a description is not the subject of
its own clause; a pronoun after a sentence takes its main clause's mention on a tie."""
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


def test_the_group_a_body_accuses_is_another_group(analyse):
    r = analyse("The Zelvan Front seized two villages on Monday.\n\n"
                "The Ostrava Alliance accused the group of shelling civilians.")
    assert mentions_of(r, "Zelvan Front") == ["The Zelvan Front", "the group"]
    assert mentions_of(r, "Ostrava Alliance") == ["The Ostrava Alliance"]


def test_the_group_a_body_speaks_of_is_not_itself(analyse):
    r = analyse("Officials in Dravlo said the Kessel Brigade had withdrawn. "
                "The Kessel Brigade said the group would not disarm.")
    assert "the group" not in mentions_of(r, "Kessel Brigade")


def test_a_spokesmans_group_is_the_body_he_speaks_for(analyse):
    r = analyse("The Orvane Brigades shelled the town on Monday.\n\n"
                "Ilan Dovrik, a spokesman for the Brigades, said the group would defend the town.")
    assert "the group" in mentions_of(r, "Orvane Brigades")


def test_it_after_a_report_is_the_reporter_not_the_reported_subject(analyse):
    r = analyse("The Tallisker Ministry of Internal Affairs said the Zelvan Front had shelled two villages.\n\n"
                "It gave no further details.")
    assert mentions_of(r, "Tallisker Ministry of Internal Affairs") == [
        "The Tallisker Ministry of Internal Affairs", "It"]


def test_its_inside_the_reported_clause_is_that_clauses_subject(analyse):
    r = analyse("The Quarrendon Review said the tanker Pelm Star had switched off its transponder.")
    assert mentions_of(r, "Pelm Star") == ["the tanker Pelm Star", "its"]


def test_its_opening_a_source_is_the_owner_not_the_last_speaker(analyse):
    r = analyse("Orlavia rejected the truce on Monday. The Orlavian defence ministry said its units had only "
                "returned fire.\n\nOrlavia has few allies in the region. Its president, Teodor Marsk, said on Tuesday "
                "that the government would not sign the truce.")
    assert "Its" in mentions_of(r, "Orlavia")
    assert mentions_of(r, "Orlavian defence ministry") == ["The Orlavian defence ministry", "its"]
