"""A party's denial of its own act that the analysis gave no event ("Castorra has made no loan to Welvin"): the
nominal or verb after its verb, typed by the event lexicon, meets the party's act of that type on the party its
words name."""
from __future__ import annotations

from tests.link.conftest import span_of
from tests.link.test_chains import claims_of

ACT = "Castorra has agreed to grant Welvin a loan of 900 million dollars, two bankers said."
STATES = [("Castorra", "GPE"), ("Welvin", "GPE")]


def the_act(built):
    return built(ACT, outlet="Ledger", published="2026-05-01", entities=STATES,
                 claim="Castorra has agreed to grant Welvin a loan of 900 million dollars",
                 event={"type": "AID", "roles": {"actor": "Castorra", "recipient": "Welvin"}})


def denial_of(built, text, denied, trigger, entities=STATES):
    document, result = built(text, outlet="Castorra Today", published="2026-05-03", entities=list(entities),
                             claim=denied, certainty=-3)
    result["claims"][0]["trigger"] = span_of(text, trigger)
    return document, result


def the_loan(claims):
    (found,) = [c for c in claims if (c["event"] or {}).get("type") == "AID"]
    return found


def test_a_doer_denying_its_act_by_a_typed_nominal_contradicts_it(tmp_path, built):
    text = "Castorra has made no loan to Welvin, a finance ministry spokesman said."
    denial = denial_of(built, text, "Castorra has made no loan to Welvin", "made")
    loan = the_loan(claims_of(tmp_path / "s.db", [the_act(built), denial]))
    assert [c["document"] for c in loan["contradictions"]] == [denial[0].id]
    link = next(m["link"] for m in loan["mentions"] if m["negative"])
    assert link["denied_in"].startswith("has made no loan")


def test_a_doer_denying_an_act_on_another_party_denies_nothing_of_this_one(tmp_path, built):
    text = "Castorra has made no loan to Ostmark, a finance ministry spokesman said."
    denial = denial_of(built, text, "Castorra has made no loan to Ostmark", "made",
                       entities=[*STATES, ("Ostmark", "GPE")])
    assert not the_loan(claims_of(tmp_path / "s.db", [the_act(built), denial]))["contradicted"]


def test_a_doer_denying_another_kind_of_act_denies_nothing_of_this_one(tmp_path, built):
    text = "Castorra has never attacked Welvin, a finance ministry spokesman said."
    denial = denial_of(built, text, "Castorra has never attacked Welvin", "attacked")
    assert not the_loan(claims_of(tmp_path / "s.db", [the_act(built), denial]))["contradicted"]


def test_a_body_of_the_doer_denying_the_act_as_its_own_contradicts_it(tmp_path, built):
    text = "Castorra's finance ministry said on Friday it had made no loan to Welvin."
    document, result = denial_of(built, text, "it had made no loan to Welvin", "made",
                                 entities=[("Castorra's finance ministry", "ORG"), ("Welvin", "GPE")])
    result["entities"][0]["mentions"].append(span_of(text, " it ") | {"start": text.index(" it ") + 1,
                                                                       "end": text.index(" it ") + 3, "text": "it"})
    loan = the_loan(claims_of(tmp_path / "s.db", [the_act(built), (document, result)]))
    assert [c["document"] for c in loan["contradictions"]] == [document.id]
