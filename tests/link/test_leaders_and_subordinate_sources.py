"""Origins on analyses of articles written for these tests: a person an article names as leading a company speaks
for it in every article, and a source opening a clause of time ("two days after the firm said ...") is no source
of the sentence's main clause."""
from __future__ import annotations

from tests.link.conftest import linked_analyses


def test_a_company_and_its_chief_executive_are_one_origin(tmp_path, nlp):
    claims = linked_analyses(tmp_path / "s.db", nlp, [
        ("Tolvane Shipping said on Monday that six of its workers were being held by the Marl Brigade near Osk.",
         "Dunmere Herald", "2026-05-04"),
        ("The kidnapping of six workers of Tolvane Shipping by the Marl Brigade was confirmed by the company's "
         "chief executive, Ilsa Brenner, in an interview.\n\nThe company's chief executive, Ilsa Brenner, said the "
         "Marl Brigade had seized six workers of Tolvane Shipping near Osk.", "Corran Post", "2026-05-06"),
    ])
    seizure = next(c for c in claims if c["event"] and c["event"]["type"] == "COERCE" and c["articles"] == 2)
    assert seizure["independent_origins"] == 1, seizure["origins"]


def test_two_people_of_one_company_not_leading_it_stay_two(tmp_path, nlp):
    claims = linked_analyses(tmp_path / "s.db", nlp, [
        ("Tolvane Shipping said on Monday that six of its workers were being held by the Marl Brigade near Osk.",
         "Dunmere Herald", "2026-05-04"),
        ("Ilsa Brenner, a worker's wife, said the Marl Brigade had seized six workers of Tolvane Shipping near Osk.",
         "Corran Post", "2026-05-06"),
    ])
    seizure = next(c for c in claims if c["event"] and c["event"]["type"] == "COERCE" and c["articles"] == 2)
    assert seizure["independent_origins"] == 2, seizure["origins"]


def test_a_source_in_a_clause_of_time_is_not_the_main_clauses(tmp_path, nlp):
    claims = linked_analyses(tmp_path / "s.db", nlp, [(
        "Relatives of the four Tolvane Shipping workers abducted near Osk last weekend appealed on Thursday for "
        "their release, two days after the company said the men were in the hands of the Marl Brigade.",
        "Corran Post", "2026-05-08")])
    origins = {m["span"]["text"]: m["origin"] for c in claims for m in c["mentions"]}
    abducted = [text for text in origins if text.startswith("abducted")]
    assert abducted, origins
    assert all("Tolvane" not in origins[text] and "company" not in origins[text] for text in abducted), origins
    held = [text for text in origins if text.startswith("the men")]
    assert held and all("Tolvane" in origins[text] for text in held), origins
