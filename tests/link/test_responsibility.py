"""Who did an act, told without an act verb ("was the work of", "was behind", "blamed ... for", "blamed ... on", "put
the blame ... on", "claimed responsibility for", "bore the hallmarks of"): the party is the doer of the act the noun
names."""
from __future__ import annotations

import pytest

from claimgraph.link import link_pending
from claimgraph.link.responsibility import TAIL, act_told, claimer, doer_told, with_told_doer
from claimgraph.store import Store

SHELLING = {"type": "FIGHT", "roles": {"actor": "Osk Brigade", "recipient": "Varrow Depot"}}
PARTIES = [("Osk Brigade", "ORG"), ("Varrow Depot", "FAC")]


def told(sentence: str, noun: str) -> tuple[str, str] | None:
    start = sentence.index(noun)
    return doer_told(sentence, 0, len(sentence), start, start + len(noun))


@pytest.mark.parametrize("sentence", [
    "The shelling of the Varrow Depot was the work of the Osk Brigade, a commander said.",
    "A commander said the Osk Brigade was behind the shelling of the Varrow Depot.",
    "Two governors blamed the Osk Brigade for the shelling of the Varrow Depot on Sunday.",
    "The governor laid the blame for the shelling of the Varrow Depot on the Osk Brigade.",
    "The Osk Brigade claimed responsibility for the shelling of the Varrow Depot in a video.",
    "The shelling of the Varrow Depot bore all the hallmarks of the Osk Brigade, analysts said.",
    "Police blamed the shelling of the Varrow Depot on the Osk Brigade.",
    "Officials pinned the shelling of the Varrow Depot on the Osk Brigade.",
    "The shelling of the Varrow Depot is now being blamed on the Osk Brigade.",
    "The shelling that officials blame on the Osk Brigade cut power to the Varrow Depot.",
    "A report blamed the Osk Brigade of the Tarn army, also known as Unit 31, for the shelling of the Varrow Depot.",
])
def test_each_shape_names_the_doer_of_the_act_its_noun_names(sentence):
    party, words = told(sentence, "shelling")
    assert party == "Osk Brigade"
    assert "Osk Brigade" in words and "shelling" in words


@pytest.mark.parametrize("sentence, noun", [
    # the party is blamed for another act than the noun's
    ("Police blamed the Osk Brigade for the kidnapping of two drivers after the shelling of the depot.", "shelling"),
    # the act is named, but nobody is held responsible for it
    ("The shelling of the Varrow Depot was the worst in a decade, a commander said.", "shelling"),
    # a day is no party
    ("Officials put the blame for the shelling on Friday.", "shelling"),
    ("Officials blamed the shelling on Friday.", "shelling"),
    # the act is laid on words that name nobody
    ("The shelling of the Varrow Depot is now being pinned on a single army unit.", "shelling"),
])
def test_a_party_held_responsible_for_another_act_or_nobody_is_no_doer(sentence, noun):
    assert told(sentence, noun) is None


def test_an_act_noun_with_its_doer_keeps_it():
    text = "The Grey Lancers were behind the shelling of the Varrow Depot."
    event = {"type": "FIGHT", "trigger": {"start": 31, "end": 39, "text": "shelling"},
             "roles": {"actor": "Osk Brigade"}}
    assert with_told_doer(event, text, 0, len(text)) is event
    doerless = {**event, "roles": {}}
    assert with_told_doer(doerless, text, 0, len(text))["roles"]["actor"] == "Grey Lancers"


def test_a_clause_without_an_event_tells_the_act_its_noun_names_with_the_party_done_to():
    text = "Ministers put the blame for the shelling of the Varrow Depot squarely on the Osk Brigade on Monday."
    claim = {"span": {"start": 0, "end": len(text) - 1, "text": text[:-1]}}
    event = act_told(claim, text, 0, len(text))
    assert event["type"] == "FIGHT"
    assert event["roles"] == {"actor": "Osk Brigade", "target": "Varrow Depot"}
    # a noun that names no kind of act tells none
    quiet = text.replace("shelling", "noise")
    assert act_told({"span": {"start": 0, "end": len(quiet), "text": quiet}}, quiet, 0, len(quiet)) is None


def test_the_party_claiming_an_act_is_the_source_of_its_claim_and_a_blamer_is_not():
    text = "The Osk Brigade claimed responsibility for the shelling of the Varrow Depot."
    start = text.index("the shelling")
    assert claimer(text, 0, len(text), start, len(text) - 1) == "Osk Brigade"
    blamed = "Police blamed the Osk Brigade for the shelling of the Varrow Depot."
    start = blamed.index("the shelling")
    assert claimer(blamed, 0, len(blamed), start, len(blamed) - 1) is None


def test_a_clause_telling_only_who_did_it_is_a_tail():
    assert TAIL.match("the work of the Osk Brigade, a commander said")
    assert TAIL.match("the hallmarks of the Osk Brigade")
    assert not TAIL.match("the workers of the depot went on strike")


def linked(db, documents):
    with Store.open(db) as store:
        for document, result in documents:
            store.write(document, result)
        link_pending(store)
        rows = store.query("SELECT d.document_id, m.linked_claim FROM linked_claim_mentions m JOIN documents d"
                           " ON d.id = m.document ORDER BY d.id")
        return [row[1] for row in rows]


def first_report(built):
    return built("The Osk Brigade shelled the Varrow Depot on Sunday.", outlet="A", published="2025-08-03",
                 url="https://a.example/r1", entities=PARTIES,
                 claim="The Osk Brigade shelled the Varrow Depot on Sunday", event=SHELLING)


def test_an_act_noun_whose_doer_a_shape_names_joins_the_claim_of_that_doer(tmp_path, built):
    text = "The shelling of the Varrow Depot was the work of the Osk Brigade, a commander said."
    second = built(text, outlet="B", published="2025-08-04", url="https://b.example/r1", entities=PARTIES,
                   claim="The shelling of the Varrow Depot",
                   event={"type": "FIGHT", "roles": {"recipient": "Varrow Depot"}})
    one, two = linked(tmp_path / "s.db", [first_report(built), second])
    assert one == two


def test_the_doer_blamed_for_another_act_does_not_join(tmp_path, built):
    text = "Police blamed the Osk Brigade for the kidnapping of two drivers near the Varrow Depot."
    second = built(text, outlet="B", published="2025-08-04", url="https://b.example/r2", entities=PARTIES,
                   claim="the kidnapping of two drivers near the Varrow Depot",
                   event={"type": "COERCE", "roles": {}})
    one, two = linked(tmp_path / "s.db", [first_report(built), second])
    assert one != two


def test_the_party_after_the_last_on_is_who_the_act_is_laid_on():
    sentence = "Police blamed the shelling on the Varrow Depot on the Osk Brigade."
    assert told(sentence, "shelling")[0] == "Osk Brigade"


def test_the_body_a_party_belongs_to_is_no_part_of_its_name():
    sentence = "The shelling of the Varrow Depot was the work of the Osk Brigade of Tarn's army."
    assert told(sentence, "shelling")[0] == "Osk Brigade"


def test_a_unit_named_with_a_number_is_a_party():
    sentence = "Two ministers blamed Unit 31 for the shelling of the Varrow Depot."
    assert told(sentence, "shelling")[0] == "Unit 31"
