"""The "it" opening what a state or an organisation is reported to say is that speaker ("Castorra denied that it
had ..."), even where the article's coreference took it for the party named last."""
from __future__ import annotations

from tests.link.conftest import span_of
from tests.link.test_chains import claims_of

ACT = "Castorra has granted Welvin a loan of 900 million dollars, two bankers said."
STATES = [("Castorra", "GPE"), ("Welvin", "GPE")]


def the_act(built):
    return built(ACT, outlet="Ledger", published="2026-05-01", entities=STATES,
                 claim="Castorra has granted Welvin a loan of 900 million dollars",
                 event={"type": "AID", "roles": {"actor": "Castorra", "recipient": "Welvin"}})


def denial_of(built, text, speaker, kind, entities=STATES):
    """The denial as an analysis that gave its "it" to Welvin, the party named right before it."""
    document, result = built(text, outlet="Castorra Today", published="2026-05-03", entities=list(entities),
                             claim="it had never granted Welvin a loan", certainty=-3, source=(speaker, kind),
                             event={"type": "AID", "roles": {"actor": "Welvin", "recipient": "Welvin"}})
    result["events"][0]["role_mentions"] = {"actor": span_of(text, "it had") | {"end": text.index("it had") + 2,
                                                                                  "text": "it"}}
    return document, result


def the_loan(claims):
    found = [c for c in claims if (c["event"] or {}).get("roles", {}).get("actor") == "Castorra"]
    assert len(found) == 1, [c["text"] for c in claims]
    return found[0]


def test_a_state_denying_that_it_did_the_act_contradicts_its_act(tmp_path, built):
    text = "After weeks of talks with Welvin, Castorra said it had never granted Welvin a loan."
    denial = denial_of(built, text, "Castorra", "government")
    loan = the_loan(claims_of(tmp_path / "s.db", [the_act(built), denial]))
    assert [c["document"] for c in loan["contradictions"]] == [denial[0].id]


def test_a_person_saying_it_is_no_speaker_of_the_act(tmp_path, built):
    text = "After weeks of talks with Welvin, Mara Voss said it had never granted Welvin a loan."
    denial = denial_of(built, text, "Mara Voss", "person", entities=[*STATES, ("Mara Voss", "PERSON")])
    assert not the_loan(claims_of(tmp_path / "s.db", [the_act(built), denial]))["contradicted"]
