"""An act of giving whose noun is the object of a verb of receiving ("Welvin has received the first 200 million dollars
of a loan from Castorra", "Welvin is to receive 900 million dollars in loans from Castorra"): the giver is the party
after "from", the receiver the verb's subject."""
from __future__ import annotations

from tests.link.conftest import span_of
from tests.link.test_chains import claims_of

STATES = [("Castorra", "GPE"), ("Welvin", "GPE")]


def the_act(built):
    text = "Castorra has agreed to grant Welvin a loan of 900 million dollars, two bankers said."
    return built(text, outlet="Ledger", published="2026-05-01", entities=STATES,
                 claim="Castorra has agreed to grant Welvin a loan of 900 million dollars",
                 event={"type": "AID", "roles": {"actor": "Castorra", "recipient": "Welvin"}})


def received(built, text, claim, verb, noun, entities=STATES):
    """The analysis's shape: the act typed by its noun with no roles, the claim's verb the verb of receiving."""
    document, result = built(text, outlet="Welvin Herald", published="2026-05-04", entities=list(entities),
                             claim=claim, event={"type": "AID", "roles": {}})
    result["events"][0]["trigger"] = span_of(text, noun)
    result["claims"][0]["trigger"] = span_of(text, verb)
    return document, result


def loans(claims):
    return [c for c in claims if (c["event"] or {}).get("type") == "AID"]


def test_a_loan_received_from_the_giver_is_its_loan(tmp_path, built):
    text = "Welvin has received the first 200 million dollars of the loan from Castorra, the central bank said."
    later = received(built, text, "Welvin has received the first 200 million dollars of the loan from Castorra",
                     "received", "loan")
    first = the_act(built)
    (loan,) = loans(claims_of(tmp_path / "s.db", [first, later]))
    assert {m["document"] for m in loan["mentions"]} == {first[0].id, later[0].id}
    link = next(m["link"] for m in loan["mentions"] if m["document"] == later[0].id)
    assert (link["actor"], link["patient"]) == ("Castorra", "Welvin")


def test_a_receiving_whose_subject_stands_before_the_claim_is_the_receivers(tmp_path, built):
    text = "Welvin is to receive 900 million dollars in loans from Castorra, according to the Ledger."
    later = received(built, text, "to receive 900 million dollars in loans from Castorra", "receive", "loans")
    first = the_act(built)
    (loan,) = loans(claims_of(tmp_path / "s.db", [first, later]))
    assert {m["document"] for m in loan["mentions"]} == {first[0].id, later[0].id}
    link = next(m["link"] for m in loan["mentions"] if m["document"] == later[0].id)
    assert (link["actor"], link["patient"]) == ("Castorra", "Welvin")


def test_a_loan_received_from_another_giver_is_another_loan(tmp_path, built):
    text = "Welvin has received the first 200 million dollars of a loan from Ostmark, the central bank said."
    later = received(built, text, "Welvin has received the first 200 million dollars of a loan from Ostmark",
                     "received", "loan", entities=[*STATES, ("Ostmark", "GPE")])
    assert len(loans(claims_of(tmp_path / "s.db", [the_act(built), later]))) == 2



def received_clause(text: str, clause: str) -> dict:
    start = text.index(clause)
    verb = clause.split()[0]
    return {"span": {"start": start, "end": start + len(clause), "text": clause},
            "trigger": {"start": start, "end": start + len(verb), "text": verb}}


def test_people_received_from_a_party_were_released_by_it():
    from claimgraph.link.linker import release_told
    text = "Morvania handed over 30 Pessarian sailors and received 27 of its own soldiers from Pessary in return."
    event = release_told(received_clause(text, "received 27 of its own soldiers from Pessary in return"))
    assert (event["type"], event["roles"]["actor"]) == ("RETREAT", "Pessary")
    assert text[event["role_mentions"]["actor"]["start"]:event["role_mentions"]["actor"]["end"]] == "Pessary"


def test_goods_received_or_a_clause_joined_to_another_tell_no_release():
    from claimgraph.link.linker import release_told
    text = "Morvania received 27 crates of grain from Pessary."
    assert release_told(received_clause(text, "received 27 crates of grain from Pessary")) is None
    text = "Morvania freed 30 sailors and received 27 prisoners from Pessary."
    clause = received_clause(text, "Morvania freed 30 sailors and received 27 prisoners from Pessary")
    assert release_told(clause) is None


def test_people_home_after_being_held_by_a_party_were_released_by_it():
    from claimgraph.link.linker import release_told
    text = "Twenty Morvanian sailors came home on Friday after being held by the Ostrel Front, the ministry said."
    clause = received_clause(text, "came home on Friday after being held by the Ostrel Front")
    assert release_told(clause)["roles"]["actor"] == "the Ostrel Front"
    text = "The sailors came home on Friday after a storm held them in port."
    assert release_told(received_clause(text, "came home on Friday after a storm held them in port")) is None


def test_set_free_tells_a_release_by_its_doer():
    from claimgraph.link.linker import release_told
    text = "Morvania set free 30 Pessarian herders on Sunday, and 12 guards were set free by the Ostrel Front."
    doer = release_told({"span": {"start": 0, "end": 45, "text": text[:45]},
                         "trigger": {"start": 9, "end": 12, "text": "set"}})
    assert doer["roles"]["actor"] == "Morvania"
    begin = text.index("12 guards")
    clause = text[begin:-1]
    agent = release_told({"span": {"start": begin, "end": begin + len(clause), "text": clause},
                          "trigger": {"start": text.index("set free by"), "end": text.index("set free by") + 3,
                                      "text": "set"}})
    assert agent["roles"]["actor"] == "the Ostrel Front"


def test_people_received_without_their_own_or_back_tell_no_release():
    from claimgraph.link.linker import release_told
    text = "The field hospital received 40 wounded soldiers from Darrow on Monday."
    assert release_told(received_clause(text, "received 40 wounded soldiers from Darrow on Monday")) is None
    text = "Kestwyn received 300 citizens from Darrow after the earthquake."
    assert release_told(received_clause(text, "received 300 citizens from Darrow after the earthquake")) is None
    text = "Kestwyn got back 40 prisoners from Darrow."
    assert release_told(received_clause(text, "got back 40 prisoners from Darrow"))["roles"]["actor"] == "Darrow"
    text = "Kestwyn received 40 prisoners from Darrow in return."
    assert release_told(received_clause(text, "received 40 prisoners from Darrow in return"))["roles"]["actor"] == \
        "Darrow"


def test_set_free_by_the_government_in_a_seat_tells_its_release():
    from claimgraph.link.linker import release_told
    text = "The nine sailors were set free by the government in Tellam and flew home on Friday."
    clause = text[:-1]
    event = release_told({"span": {"start": 0, "end": len(clause), "text": clause},
                          "trigger": {"start": text.index("set free"), "end": text.index("set free") + 3,
                                      "text": "set"}})
    # the party is the rulers' seat as the text names them, resolved once the corpus says whose seat it is
    assert event["type"] == "RETREAT" and event["roles"]["actor"] == "the government in Tellam"
    held = "The nine sailors were set free by the authorities on Friday"
    assert release_told({"span": {"start": 0, "end": len(held), "text": held},
                         "trigger": {"start": held.index("set free"), "end": held.index("set free") + 3,
                                     "text": "set"}}) is None
