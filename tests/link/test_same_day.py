"""An act by the claim's doer on the claim's day, naming nobody done to, is the claim's act unless its article tells
that doer doing such an act to another party."""
from __future__ import annotations

from claimgraph.link.linker import doer_targets, same_day_act, unnamed_patient

DOER, DEPOT, BRIDGE = 1, 2, 3


def mention(**extra):
    return {"event_type": "ASSAULT", "roles": {"actor": DOER}, "time_value": "2031-04-14", "tokens": {"strike"},
            "plain_tokens": {"strike"}, "parties": [DOER], "sentence_parties": [DOER], **extra}


CLAIM = {"event_type": "ASSAULT", "roles": {"actor": DOER, "target": DEPOT}, "time_value": "2031-04-14",
         "tokens": {"drones", "struck", "depot"}, "plain_tokens": {"drones", "struck", "depot"}}


def test_the_doers_act_on_the_claims_day_is_the_claims_act():
    assert same_day_act(mention(), CLAIM)
    assert not unnamed_patient(mention(), CLAIM)


def test_an_article_telling_the_doer_strike_another_party_keeps_the_mention_apart():
    """"The Harl Legion struck the Oskel bridge on Monday ... The strike killed two guards": the unnamed strike may be
    the bridge's, not the depot's the claim tells of the same day."""
    other = mention(doer_targets=[BRIDGE])
    assert not same_day_act(other, CLAIM)
    assert unnamed_patient(other, CLAIM)


def test_an_article_telling_only_the_claims_own_party_done_to_does_not_block():
    assert same_day_act(mention(doer_targets=[DEPOT]), CLAIM)


def test_another_day_is_never_the_claims_act_by_this_rule():
    assert not same_day_act(mention(time_value="2031-04-16"), CLAIM)


def test_the_targets_of_each_doer_are_read_from_the_articles_events():
    names = {"Harl Legion": DOER, "Oskel bridge": BRIDGE, "Tamber": 4}
    events = [{"type": "ASSAULT", "roles": {"actor": "Harl Legion", "target": "Oskel bridge"}},
              {"type": "FIGHT", "roles": {"actor": "Harl Legion"}},
              # where an act was done is not whom it was done to
              {"type": "ASSAULT", "roles": {"actor": "Harl Legion", "target": "Tamber", "location": "Tamber"}}]
    assert doer_targets(events, names) == {("violence", DOER): {BRIDGE}}


PARTIES = [("Harl Legion", "ORG"), ("Oskel Depot", "FAC"), ("Tessin Bridge", "FAC")]


def on_monday(document_and_result, event_ids=("v1",)):
    document, result = document_and_result
    at = document.text.rindex("Monday")
    result["times"].append({"id": "t1", "start": at, "end": at + 6, "text": "Monday", "value": "2031-04-14",
                            "granularity": "day"})
    for event in result["events"]:
        if event["id"] in event_ids:
            event["roles"]["time"] = "t1"
    return document, result


def depot_strike(built):
    text = "The Harl Legion struck the Oskel Depot on Monday."
    return on_monday(built(text, outlet="A", published="2031-04-15", url="https://a.example/s1", entities=PARTIES,
                           claim="The Harl Legion struck the Oskel Depot on Monday",
                           event={"type": "ASSAULT", "roles": {"actor": "Harl Legion", "target": "Oskel Depot"}}))


def unnamed_strike(built, bridge: bool):
    first = "The Harl Legion struck the Tessin Bridge on Monday. " if bridge else ""
    text = first + "The Harl Legion carried out a strike on Monday that killed two guards."
    claim = "The Harl Legion carried out a strike on Monday that killed two guards"
    document, result = built(text, outlet="B", published="2031-04-15", url="https://b.example/s2",
                             entities=PARTIES, claim=claim,
                             event={"type": "ASSAULT", "roles": {"actor": "Harl Legion"}})
    if bridge:
        told = "The Harl Legion struck the Tessin Bridge on Monday"
        span = {"start": 0, "end": len(told), "text": told}
        result["claims"].append({"id": "c2", "span": span, "attribution": None, "event": "v2",
                                 "certainty": {"value": 3, "label": "certain", "cue": []}})
        result["events"].append({"id": "v2", "type": "ASSAULT", "trigger": span, "attribution": None,
                                 "roles": {"actor": "Harl Legion", "target": "Tessin Bridge"},
                                 "certainty": {"value": 3, "label": "certain", "cue": []}})
    return on_monday((document, result), ("v1", "v2"))


def linked(db, documents):
    from claimgraph.link import link_pending
    from claimgraph.store import Store
    with Store.open(db) as store:
        for document, result in documents:
            store.write(document, result)
        link_pending(store)
        rows = store.query("SELECT d.document_id, m.claim, m.linked_claim FROM linked_claim_mentions m"
                           " JOIN documents d ON d.id = m.document ORDER BY d.id, m.claim")
        return [tuple(row) for row in rows]


def test_an_unnamed_strike_on_the_claims_day_joins_it(tmp_path, built):
    rows = linked(tmp_path / "s.db", [depot_strike(built), unnamed_strike(built, bridge=False)])
    assert len({row[-1] for row in rows}) == 1


def test_two_strikes_by_one_doer_on_one_day_stay_apart(tmp_path, built):
    rows = linked(tmp_path / "s.db", [depot_strike(built), unnamed_strike(built, bridge=True)])
    depot = rows[0][-1]
    assert [row for row in rows if row[-1] == depot] == [rows[0]]
