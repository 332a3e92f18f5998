"""Cyber operations told by their steps (malware planted and set off, networks breached, stolen files leaked) and
their doer named through an apposition, on sentences written for these tests."""
from __future__ import annotations

from tests.conftest import event
from tests.nlp.test_events import only, tag


def cyber(result, trigger):
    e = event(result, trigger)
    assert (e["type"], e.get("mode")) == ("COERCE", "cyber"), e
    return e


def test_malware_planted_and_activated_by_the_group_the_apposition_names(analyse):
    r = analyse("The report by the Norvane Cyber Office says Unit 5521 of the Drelish army, the group security "
                "firms track as Copper Heron, planted the Ashfall wiper on Tollan Power's servers in May and "
                "activated it on March 3.")
    planted, activated = cyber(r, "planted"), cyber(r, "activated")
    assert planted["roles"]["actor"] == "Copper Heron" and activated["roles"]["actor"] == "Copper Heron"
    assert planted["roles"]["target"] == "Tollan Power"  # the servers' owner, not the wiper's name
    claim = next(c for c in r["claims"] if c["trigger"]["text"] == "planted")
    assert claim["span"]["text"].startswith("Unit 5521 of the Drelish army")
    assert not any(c["trigger"]["text"] == "track" for c in r["claims"])


def test_network_breached_by_a_group_known_by_a_name(analyse):
    r = analyse("The agency said the group, known to researchers as Copper Heron, had breached the grid "
                "operator's network in April.")
    assert cyber(r, "breached")["roles"]["actor"] == "Copper Heron"


def test_hacking_and_leaking_stolen_files(analyse):
    r = analyse("Investigators said Brask Vale, the crew analysts track as Ash Finch, hacked the ministry's email "
                "servers and leaked the stolen files.")
    assert cyber(r, "hacked")["roles"]["actor"] == "Brask Vale"  # a name of its own stays the doer
    assert cyber(r, "leaked")["roles"]["actor"] == "Brask Vale"


def test_ransomware_deployed_is_no_deployment_of_forces(analyse):
    r = analyse("Prosecutors say a unit of the Drelish army deployed ransomware on the port's computers.")
    assert cyber(r, "deployed")["roles"]["target"] == "port"


def test_software_memos_and_viruses_of_everyday_news_are_no_cyber_acts(analyse):
    r = analyse("The ministry installed new software on its computers. An aide leaked the memo to reporters. "
                "Travellers spread the virus to three provinces.")
    assert not [e for e in r["events"] if e["type"] == "COERCE"]


def test_pronoun_object_of_a_conjoined_verb_stands_for_the_first_object():
    # "Heron planted the wiper and activated it", hand-parsed
    events, _ = tag(["Heron", "planted", "the", "wiper", "and", "activated", "it", "."],
                    [1, 1, 3, 1, 1, 1, 5, 1], ["nsubj", "ROOT", "det", "dobj", "cc", "conj", "dobj", "punct"],
                    ["PROPN", "VERB", "DET", "NOUN", "CCONJ", "VERB", "PRON", "PUNCT"],
                    ["Heron", "plant", "the", "wiper", "and", "activate", "it", "."])
    assert only(events, "activated").type == "COERCE"
    events, _ = tag(["Heron", "planted", "trees", "and", "activated", "it", "."],
                    [1, 1, 1, 1, 1, 4, 1], ["nsubj", "ROOT", "dobj", "cc", "conj", "dobj", "punct"],
                    ["PROPN", "VERB", "NOUN", "CCONJ", "VERB", "PRON", "PUNCT"],
                    ["Heron", "plant", "tree", "and", "activate", "it", "."])
    assert events == []
