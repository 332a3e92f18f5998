"""Origins on analyses of sentences written for these tests: the clauses of one source's one statement are one report
whichever of them carries the act, and what an act answers ('in retaliation for X's ban') is given as known."""
from __future__ import annotations

from claimgraph.link.corroboration import presupposed
from tests.link.conftest import linked_analyses


def test_the_clauses_of_one_statement_are_one_origin(tmp_path, nlp):
    claims = linked_analyses(tmp_path / "s.db", nlp, [(
        "Norwalia agreed on Monday to keep selling grain to Ostria through the port of Dansk until 2027, "
        "Norwalia's trade ministry said. Talks on a new rail line will resume in May, the ministry said.",
        "Dansk Herald", "2025-03-03")])
    sale = next(c for c in claims if c["event"] and c["event"]["type"] == "AID")
    assert len(sale["mentions"]) == 2 and sale["independent_origins"] == 1, sale["origins"]


def test_what_an_act_answers_is_presupposed():
    text = ("Norwalia has threatened to bar Ostrian lorries from its roads in retaliation for Ostria's ban on "
            "Norwalian grain, the paper reported.")
    phrase = "Ostria's ban on Norwalian grain"
    start = text.index(phrase)
    claim = {"span": {"start": start, "end": start + len(phrase), "text": phrase}, "attribution": None}
    assert presupposed({"text": text, "content_at": {}}, claim)
    told = "Ostria's ban on Norwalian grain takes effect on Monday."
    claim = {"span": {"start": 0, "end": len(told), "text": told}, "attribution": None}
    assert not presupposed({"text": told, "content_at": {}}, claim)


def test_a_negated_clause_denies_no_claim_told_negated_nor_one_its_speaker_asserts(tmp_path, nlp):
    claims = linked_analyses(tmp_path / "s.db", nlp, [
        ("KELLA (Tarn Wire) - Norwalia on Thursday denied that its navy had shelled the Dansk port in Kestria. He "
         "said Kestria had not shared any evidence with the Norwalian authorities, foreign ministry spokesman Ivo "
         "Renk told reporters.", "Tarn Wire", "2025-03-03"),
        ("DANSK (Tarn Wire) - Kestria announced on Wednesday a ban on imports of grain from Norwalia from Saturday, "
         "saying it could no longer depend on an unreliable supplier.", "Tarn Wire", "2025-03-09"),
        ("Kestria's trade minister, Oda Varn, announced the ban on Wednesday, saying the country could no longer "
         "depend on Norwalian grain.", "Velle Times", "2025-03-10"),
    ])
    for claim in claims:
        if claim["event"] and claim["event"]["type"] in {"COOPERATE", "SANCTION"}:
            joined = [m["span"]["text"] for m in claim["mentions"] if "depend" in m["span"]["text"]]
            assert not joined and not claim["contradicted"], (claim["event"], joined)


def test_a_states_adjective_is_one_of_its_party_words():
    from claimgraph.link.linker import party_words
    assert "norwalian" in party_words("Norwalia") and "norwalia" in party_words("Norwalia")
    assert party_words("Dansk Herald") == {"dansk", "herald"}


def test_an_act_named_as_the_time_of_another_is_not_reported():
    from claimgraph.link.corroboration import dated_by
    text = 'She said the border would be closed to Norwalian freight "within days" of the ban.'
    start = text.index("the border")
    ban = text.index("ban.")
    claim = {"span": {"start": start, "end": len(text) - 1, "text": text[start:-1]}, "event": "v1",
             "trigger": {"start": text.index("closed"), "text": "closed"}}
    document = {"text": text, "events": {"v1": {"trigger": {"start": ban, "end": ban + 3, "text": "ban"},
                                                "mentions": []}}}
    assert dated_by(document, claim)
    told = "Norwalia announced the ban on Monday."
    claim = {"span": {"start": 0, "end": len(told) - 1, "text": told[:-1]}, "event": "v1",
             "trigger": {"start": told.index("ban"), "text": "ban"}}
    document = {"text": told, "events": {"v1": {"trigger": {"start": told.index("ban"), "text": "ban"},
                                                "mentions": []}}}
    assert not dated_by(document, claim)
