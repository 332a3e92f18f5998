"""Claims on sentences written for these tests: fragments fold into the claim they belong to. A restrictive relative
with no event of its own ('every barge it owns'), a participle that became a claim for want of a clause above it
('a smear meant to wreck the summit'), and a participle clause telling the claim's event again ('shelling the port,
killing a docker') are parts of the claim above them; an event named only as the occasion of a claim's act ('before
the summit') is not that claim's event where another claim holds it; 'had no plans to V' is one claim of V."""
from __future__ import annotations


def claims(result):
    return [(c["span"]["text"], c["trigger"]["text"]) for c in result["claims"]]


def triggers(result):
    return [c["trigger"]["text"] for c in result["claims"]]


def event_of(result, trigger):
    claim = next(c for c in result["claims"] if c["trigger"]["text"] == trigger)
    event = next((e for e in result["events"] if e["id"] == claim["event"]), None)
    return None if event is None else event["trigger"]["text"]


def test_a_restrictive_relative_without_an_event_is_part_of_its_claim(analyse):
    r = analyse('Brenna Koss told the Quay Ledger that Ostvia was "willing to sell every barge it owns" to the '
                'Pellan fleet.')
    assert "owns" not in triggers(r)
    holder = next(c for c in r["claims"] if any(p["trigger"]["text"] == "owns" for p in c["parts"]))
    assert "every barge it owns" in holder["span"]["text"]


def test_a_participle_under_a_name_given_is_part_of_that_claim(analyse):
    r = analyse('The Harlow council rejected the report, calling it "a smear meant to wreck the summit."')
    assert "wreck" not in triggers(r)
    holding = [text for text, _ in claims(r) if "meant to wreck" in text]
    assert len(holding) == 1


def test_a_participle_clause_telling_the_same_event_again_folds_into_it(analyse):
    r = analyse("Veska's navy minister, Oren Dallis, accused Morrish gunboats of shelling the port of Tell on "
                "Monday, killing a docker.")
    assert "killing" not in triggers(r)
    shelling = next(c for c in r["claims"] if c["trigger"]["text"] == "shelling")
    assert "killing" in [p["trigger"]["text"] for p in shelling["parts"]]


def test_an_event_named_as_the_occasion_of_the_act_is_not_the_claims_event(analyse):
    r = analyse("Talks between Arvenia and Kesh on a fishing accord will open in Lorr on Monday, the Arvenian "
                "foreign ministry said. An Arvenian official said Kesh would publish the names of the crews before "
                "the talks.")
    assert event_of(r, "open") == "Talks"
    assert event_of(r, "publish") != "Talks"


def test_no_plans_to_act_is_one_claim_of_the_act(analyse):
    r = analyse("A Telmar official said the government had no plans to close the border crossing at Vint.")
    found = claims(r)
    assert ("the government had no plans to close the border crossing at Vint", "close") in found
    assert "had" not in triggers(r)
    close = next(c for c in r["claims"] if c["trigger"]["text"] == "close")
    assert close["certainty"]["value"] == -2


def test_a_participle_in_what_an_object_is_called_is_part_of_the_object_claim(analyse):
    r = analyse('The Dalvish embassy rejected the ruling, describing the expulsions as "a stunt designed to '
                'distract voters."')
    assert "designed" not in triggers(r) and "distract" not in triggers(r)
    expulsions = next(c for c in r["claims"] if c["trigger"]["text"] == "expulsions")
    assert {"designed", "distract"} <= {p["trigger"]["text"] for p in expulsions["parts"]}


def test_no_intention_of_an_act_is_one_claim_of_the_act(analyse):
    r = analyse("A Brisk official said his government had no intention of handing over the pilot.")
    assert "had" not in triggers(r)
    act = next(c for c in r["claims"] if c["trigger"]["text"].startswith("handing"))
    assert act["span"]["text"].startswith("his government had no intention of handing over")
    assert act["certainty"]["value"] == -2
