"""Who is who, who did what and how the parties hang together in two wire articles written for these tests (a
cross-border shelling exchange watched by a monitoring mission; a mercenary group's deployment with its owner, a
state sponsor and a host government; invented states, bodies, firms and people no gazetteer knows), against what a
careful reader takes from them: entity types, canonical names and mentions, PLOVER events with their parties,
dates and relations."""
from __future__ import annotations

import pytest

from tests.news import by_source, entity, mentions, reader


@pytest.fixture(scope="module")
def shelling(analyse):
    read = reader(analyse, published="2024-03-08")  # a Friday
    return read("border_shelling")


@pytest.fixture(scope="module")
def deployment(analyse):
    read = reader(analyse, published="2024-10-03")  # a Thursday
    return read("mercenary_deployment")


def event(result, trigger):
    found = [e for e in result["events"] if e["trigger"]["text"] == trigger]
    assert len(found) == 1, f"events on {trigger!r}: {[e['trigger']['text'] for e in result['events']]}"
    return found[0]


def relations(result):
    return {(r["type"], r["subject"], r["object"]) for r in result["relations"]}


def times(result):
    return {t["text"]: t["value"] for t in result["times"]}


def source_entity(result, words):
    names = {e["id"]: e["name"] for e in result["entities"]}
    return names.get(by_source(result, words)[0]["source_entity"])


# --- border_shelling: two armies, two ministries, a capital in the dateline, villages, a monitoring mission ----

@pytest.mark.parametrize("name, etype", [
    ("Teshkal", "GPE"), ("Wyncote Press", "OUTLET"), ("Drestvia", "GPE"), ("Ambria", "GPE"), ("Selk", "GPE"),
    ("Qaravel", "GPE"), ("Drestvian army", "ORG"), ("Ambrian army", "ORG"), ("Ambrian defence ministry", "ORG"),
    ("Drestvian defence ministry", "ORG"), ("Ysolde Karrigan", "PERSON"), ("Bertil Roquet", "PERSON"),
    ("Eastern Border Monitoring Mission", "ORG"), ("League of Upland States", "ORG"),
])
def test_border_shelling_types(shelling, name, etype):
    assert entity(shelling, name)["type"] == etype


def test_border_shelling_identities(shelling):
    # the dateline names the city the story was filed from, not the state whose capital it is
    assert {"TESHKAL", "Teshkal"} <= set(mentions(shelling, "Teshkal"))
    assert "TESHKAL" not in mentions(shelling, "Drestvia")
    # "A spokeswoman for the ministry" after both ministries are named: the one named last
    assert "the ministry" in mentions(shelling, "Drestvian defence ministry")
    assert "the ministry" not in mentions(shelling, "Ambrian defence ministry")
    assert "It" in mentions(shelling, "Ambrian defence ministry")  # "It said its gunners had destroyed ..."
    assert {"The mission", "Its"} <= set(mentions(shelling, "Eastern Border Monitoring Mission"))
    assert "she" in mentions(shelling, "Ysolde Karrigan")
    assert source_entity(shelling, "The mission") == "Eastern Border Monitoring Mission"


def test_border_shelling_events(shelling):
    shelled = event(shelling, "shelled")
    assert shelled["type"] == "FIGHT" and shelled["roles"]["actor"] == "Drestvian army"
    assert shelled["roles"]["target"] == "Ambria"  # villages across the border stand for their state
    assert "killing" in [m["text"] for m in shelled["mentions"]]  # the deaths are the shelling's result
    returned = event(shelling, "returned fire")  # "returned fire on Drestvian positions": force answered with force
    assert returned["type"] == "FIGHT" and "Drestvian positions" in returned["roles"]["target"]
    destroyed = event(shelling, "destroyed")  # gunners destroying howitzers: armed force, not a demolition
    assert destroyed["type"] == "ASSAULT"
    urged = event(shelling, "urged")
    assert urged["type"] == "DEMAND" and urged["roles"]["actor"] == "Bertil Roquet"
    pull_back = event(shelling, "pull back")  # "urged both armies to pull back": the armies would
    assert pull_back["type"] == "RETREAT" and pull_back["roles"]["actor"] == "armies"
    assert urged["about"] == pull_back["id"]
    recalled = event(shelling, "recalled")
    assert recalled["type"] == "SANCTION" and recalled["roles"]["actor"] == "Ambria"
    assert recalled["roles"]["target"] == "Drestvia"


def test_border_shelling_times_and_relations(shelling):
    found = times(shelling)
    assert found["on Thursday"] == "2024-03-07" and found["on Friday"] == "2024-03-08"
    assert found["in 2021"] == "2021"
    assert {("capital_of", "Teshkal", "Drestvia"), ("part_of", "Drestvian army", "Drestvia"),
            ("part_of", "Ambrian army", "Ambria"),
            ("spokesperson_of", "Ysolde Karrigan", "Drestvian defence ministry"),
            ("leader_of", "Bertil Roquet", "Eastern Border Monitoring Mission")} <= relations(shelling)


# --- mercenary_deployment: a contractor, its owner, a sponsor state, a host government, a rebel front ---------

@pytest.mark.parametrize("name, etype", [
    ("Pennick", "GPE"), ("Meridale Courier", "OUTLET"), ("Greywater Legion", "ORG"), ("Arkwell Group", "ORG"),
    ("Durrow", "GPE"), ("Lessaria", "GPE"), ("Ebrosia", "GPE"), ("Ottoline Grasse", "PERSON"),
    ("Redmarsh Front", "ORG"),
])
def test_mercenary_deployment_types(deployment, name, etype):
    assert entity(deployment, name)["type"] == etype


def test_mercenary_deployment_identities(deployment):
    legion = set(mentions(deployment, "Greywater Legion"))
    # "hired the contractor" after "X, a private military contractor"; "the fighters" and "the mercenaries" are
    # the legion's ("300 fighters from the Greywater Legion"), not the rebel front that speaks of them
    assert {"the contractor", "the legion", "The legion", "the fighters", "the mercenaries"} <= legion
    assert "the holding company" not in legion  # the class noun of the name after it, "Arkwell Group"
    assert not {"the fighters", "the mercenaries"} & set(mentions(deployment, "Redmarsh Front"))
    assert "The group" in mentions(deployment, "Redmarsh Front")
    assert entity(deployment, "Redmarsh Front")["category"] == "armed_group"
    assert source_entity(deployment, "The group") == "Redmarsh Front"
    assert source_entity(deployment, "The company") == "Arkwell Group"  # the speaker of the denial before
    # a state's organ is named from the state's name, not from "the government of Ebrosia"
    assert "Ebrosia's foreign ministry" in mentions(deployment, "Ebrosian foreign ministry")


def test_mercenary_deployment_events(deployment):
    train = event(deployment, "train")  # "hired the contractor ... to guard gold mines and train its army"
    assert train["type"] == "AID" and train["mode"] == "military"
    assert train["roles"]["actor"] == "Greywater Legion"
    funded = event(deployment, "funded")
    assert funded["type"] == "AID" and funded["mode"] == "economic"
    assert funded["roles"]["actor"] == "Ebrosia" and funded["roles"]["recipient"] == "Greywater Legion"
    assert event(deployment, "expanded")["type"] == "MOBILIZE"  # "expanded its military presence"
    attacked = event(deployment, "attacked")
    assert attacked["type"] == "ASSAULT" and attacked["roles"]["actor"] == "Greywater Legion"
    executed = event(deployment, "executed")
    assert executed["type"] == "ASSAULT" and "civilians" in executed["roles"]["target"]
    vowed = event(deployment, "vowed")  # "vowed to drive the mercenaries out": force threatened at them
    assert vowed["type"] == "THREATEN" and vowed["roles"]["actor"] == "Redmarsh Front"
    assert vowed["roles"]["target"] == "Greywater Legion"


def test_mercenary_deployment_times_and_relations(deployment):
    found = times(deployment)
    assert found["last week"] == "2024-W39" and found["on Thursday"] == "2024-10-03"
    assert found["in August"] == "2024-08" and found["since 2022"] == "2022" and found["on Sunday"] == "2024-09-29"
    rels = relations(deployment)
    assert {("controlled_by", "Greywater Legion", "Arkwell Group"),
            ("leader_of", "Ottoline Grasse", "Arkwell Group"),  # '"...," its chief executive, X, said'
            ("part_of", "Ebrosian foreign ministry", "Ebrosia")} <= rels
    assert ("leader_of", "Ottoline Grasse", "Greywater Legion") not in rels  # the name inside the quote
