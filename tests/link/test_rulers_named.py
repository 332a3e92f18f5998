"""The rulers' head ("the government", "the authorities") names a party: a clause does not tell a claim's act by
sharing it, and a release told from the receiving side names its giver by it where the article says whose it is."""
from __future__ import annotations

from tests.link.conftest import span_of
from tests.link.test_chains import claims_of

PARTIES = [("Morvania", "GPE"), ("Ostrel Front", "ORG")]
RELEASE = "Morvania's government freed 58 rebel fighters of the Ostrel Front on Monday, the mediator said."


def the_release(built):
    return built(RELEASE, outlet="Ledger", published="2026-05-04", entities=PARTIES,
                 claim="Morvania's government freed 58 rebel fighters of the Ostrel Front on Monday",
                 event={"type": "RETREAT", "roles": {"actor": "Morvania", "target": "Ostrel Front"}})


def told_by_the_front(built, text, clause, verb):
    """An article of the front's whose coreference gives "the government" to Morvania and "rebels" to the front."""
    document, result = built(text, outlet="Courier", published="2026-05-05", entities=PARTIES, claim=clause,
                             source=("Ostrel Front", "organisation"))
    state, front = result["entities"]
    state["mentions"].append(span_of(text, "the government"))
    if "rebels" in text:
        front["mentions"].append(span_of(text, "rebels"))
    result["claims"][0]["trigger"] = span_of(text, verb)
    return document, result


def release_of(claims):
    (found,) = [c for c in claims if (c["event"] or {}).get("type") == "RETREAT"]
    return found


def test_a_clause_sharing_the_rulers_head_with_an_act_does_not_tell_it(tmp_path, built):
    text = ("The Ostrel Front said four of the names the government published as freed rebels belong to fishermen "
            "who are still missing.")
    clause = "four of the names the government published as freed rebels belong to fishermen who are still missing"
    listed = told_by_the_front(built, text, clause, "belong")
    release = release_of(claims_of(tmp_path / "s.db", [the_release(built), listed]))
    assert listed[0].id not in {m["document"] for m in release["mentions"]}


def test_people_received_from_the_government_were_released_by_the_state_it_names(tmp_path, built):
    text = "The Ostrel Front said it received only 52 of its own fighters from the government, not 58."
    received = told_by_the_front(built, text, "received only 52 of its own fighters from the government", "received")
    release = release_of(claims_of(tmp_path / "s.db", [the_release(built), received]))
    assert received[0].id in {m["document"] for m in release["mentions"]}
