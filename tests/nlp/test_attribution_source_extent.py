"""The source as the contract names it: the naming words without what the text adds after a comma; PolNeAR's
extent kept as evidence and scored by `eval polnear`."""
from __future__ import annotations

import pytest

from claimgraph.evaluate.polnear import predicted_spans


def by_cue(result, word):
    return [a for a in result["attributions"] if a["cue"] and a["cue"][0]["text"] == word]


def joined(spans):
    return " ".join(s["text"] for s in spans)


def test_a_descriptive_apposition_is_left_out_of_the_source(analyse):
    r = analyse("Mira Castell, the harbour authority's chief engineer, said the crane had been repaired.")
    (said,) = by_cue(r, "said")
    assert joined(said["source"]) == "Mira Castell"
    written = said["evidence"]["source_as_written"]
    assert written[0]["text"].startswith("Mira Castell, the harbour authority's chief engineer")


def test_a_name_after_a_role_stays_without_the_closing_comma(analyse):
    r = analyse("The harbour authority's chief engineer, Mira Castell, said the crane had been repaired.")
    (said,) = by_cue(r, "said")
    assert joined(said["source"]) == "The harbour authority's chief engineer, Mira Castell"


def test_a_relative_clause_about_the_source_is_left_out(analyse):
    r = analyse("A customs officer, who asked not to be named because he was not authorised to speak, said the "
                "containers were never opened.")
    (said,) = by_cue(r, "said")
    assert joined(said["source"]) == "A customs officer"
    assert said["source_kind"] == "anonymous"


def test_a_plain_source_carries_no_written_extent(analyse):
    r = analyse("The harbour authority said the crane had been repaired.")
    (said,) = by_cue(r, "said")
    assert joined(said["source"]) == "The harbour authority"
    assert "source_as_written" not in (said.get("evidence") or {})


def test_polnear_scores_the_source_as_written():
    text = "Mira Castell, an engineer, said it works."
    attribution = {"source": [{"start": 0, "end": 12}], "cue": [{"start": 27, "end": 31}],
                   "content": [{"start": 32, "end": 40}],
                   "evidence": {"source_as_written": [{"start": 0, "end": 25}]}}
    spans = predicted_spans(text, [attribution])
    assert spans["source"] == {frozenset({(0, 25)})}


def test_a_quoted_content_is_the_words_inside_the_marks(analyse):
    r = analyse('"The ferries will run again on Monday," the harbour authority said.')
    (said,) = by_cue(r, "said")
    assert joined(said["content"]) == "The ferries will run again on Monday"
    assert said["evidence"]["content_as_written"][0]["text"].startswith('"The ferries')


def test_two_quotations_around_the_cue_keep_their_marks():
    from spacy.tokens import Doc
    from spacy.lang.en import English

    from claimgraph.nlp.annotations import AttributionRecord
    from claimgraph.nlp.attribution.content import as_quoted

    words = ["“", "Rates", "rose", ",", "”", "she", "said", ",", "“", "and", "fell", ".", "”"]
    doc = Doc(English().vocab, words=words)
    record = AttributionRecord(cue=[doc[6:7]], content=[doc[0:13]], source=[doc[5:6]])
    assert not as_quoted(doc, record)
    single = AttributionRecord(cue=[doc[6:7]], content=[doc[0:5]], source=[doc[5:6]])
    assert as_quoted(doc, single)
    assert single.content[0].text == "Rates rose"


def test_polnear_scores_the_content_as_written():
    text = '"It works," she said.'
    attribution = {"source": [{"start": 12, "end": 15}], "cue": [{"start": 16, "end": 20}],
                   "content": [{"start": 1, "end": 9}],
                   "evidence": {"content_as_written": [{"start": 0, "end": 11}]}}
    assert predicted_spans(text, [attribution])["content"] == {frozenset({(0, 11)})}


def test_a_source_runs_to_the_end_of_the_name_it_stops_inside(analyse):
    # "on Sunday" ends the outlet's name, written twice with a mid-sentence "The"; the parser takes it for a time
    r = analyse("The minister, Orrin Blakeway, must explain why a firm run by his cousin won contracts without a "
                "tender, after documents seen by The Courier on Sunday suggested the deals were signed in a single "
                "morning. The Courier on Sunday reported that one engineer resigned.")
    (reported,) = by_cue(r, "reported")
    assert joined(reported["source"]) == "The Courier on Sunday"
    assert joined(reported["content"]) == "that one engineer resigned"
    (suggested,) = by_cue(r, "suggested")
    assert joined(suggested["source"]).endswith("The Courier on Sunday")


def test_a_source_before_a_plain_date_keeps_its_extent(analyse):
    r = analyse("The Courier reported on Sunday that one engineer resigned.")
    (reported,) = by_cue(r, "reported")
    assert joined(reported["source"]) == "The Courier"


@pytest.mark.parametrize("text, source", [
    ("In a post on X, formerly Twitter, the head of the farmers' union, Bertil Vannes, accused the ministry of "
     "\"abandoning the countryside.\"", "the head of the farmers' union, Bertil Vannes"),
    ("In a statement on its website, the haulier, Orvane Freight, said the delays were over.",
     "the haulier, Orvane Freight"),
])
def test_a_phrase_of_medium_before_the_subject_is_never_the_source(analyse, text, source):
    (report,) = analyse(text)["attributions"]
    assert joined(report["source"]) == source
    assert "formerly" not in joined(report["source"]) and "website" not in joined(report["source"])


@pytest.mark.parametrize("text, source", [
    ("Even the harbour board's allies said the levy was too high.", "the harbour board's allies"),
    ("Even Vessaria, the island's oldest partner, warned that the talks would fail.", "Vessaria"),
    ("Some said the ferry was late, and even Tomas Relling admitted that the timetable had slipped.",
     "Tomas Relling"),
])
def test_even_before_the_speaker_is_the_writers_word(analyse, text, source):
    reports = [a for a in analyse(text)["attributions"] if a["cue"][0]["text"] in {"said", "warned", "admitted"}]
    assert joined(reports[-1]["source"]) == source


def test_a_quotation_mark_left_before_the_speaker_is_the_quotations(analyse):
    text = ('"Simply cannot accept this view of the budget (for the council) that leaves all the cost to poor and '
            'young families," Tam Orwell Jr., a columnist for the Lantern, wrote on Facebook. "Families have paid '
            'enough."')
    (source,) = predicted_spans(text, analyse(text)["attributions"])["source"]
    assert text[min(s for s, _ in source):max(e for _, e in source)] == "Tam Orwell Jr., a columnist for the Lantern,"
