"""Attribution shapes met on unseen text, on sentences written for these tests: commitments with a time before
their infinitive, relative clauses of quoting on a report's source, and people cited after a report."""
from __future__ import annotations

import pytest

from tests.news import by_cue, joined, texts


@pytest.mark.parametrize("text, cue, content", [
    ("Tevrenia threatened on Thursday to close its border with Malvoria.", "threatened",
     "to close its border with Malvoria"),
    ("The Pellan council vowed on Monday to rebuild the bridge before winter.", "vowed",
     "to rebuild the bridge before winter"),
    ("The governor of Ostrava pledged in a speech on Friday to cut fuel taxes.", "pledged", "to cut fuel taxes"),
])
def test_a_time_between_a_commitment_and_its_infinitive_is_neither_cue_nor_content(analyse, text, cue, content):
    r = analyse(text)  # used to fail: 'threatened on Thursday to close' for cue, the border for content
    (threat,) = by_cue(r, cue)
    assert texts(threat["content"]) == [content]


def test_an_agreement_to_act_is_left_as_tagged(analyse):
    r = analyse("Ministers of the Velmar League agreed on Wednesday to freeze the assets of Orin Daskal, "
                "two envoys said.")
    assert not [a for a in r["attributions"] if joined(a["cue"]) == "agreed"
                and joined(a["content"]).startswith("to freeze")]


@pytest.mark.parametrize("text, cue", [
    ("The Harwick Ledger, which quoted two aides, said the minister would resign.", "quoted"),
    ("The Harwick Ledger, which cited two aides, said the minister would resign.", "cited"),
])
def test_a_relative_clause_of_quoting_on_the_source_is_a_link_of_the_chain(analyse, text, cue):
    r = analyse(text)  # used to fail: no attribution for the aides, with either verb
    (citation,) = by_cue(r, cue)
    (report,) = by_cue(r, "said")
    assert joined(citation["source"]) == "two aides" and citation["parent"] == report["id"]
    assert texts(citation["content"]) == ["the minister would resign"]
    assert [s["text"] for s in citation["evidence"]["content_as_written"]] == ["two aides"]


def test_a_relative_clause_of_quoting_without_a_report_is_no_attribution(analyse):
    r = analyse("The Corvel company, which quoted a lower price, won the contract for the harbour.")
    assert not [a for a in r["attributions"] if joined(a["cue"]) == "quoted"]


@pytest.mark.parametrize("text, cited", [
    ("The bridge was damaged in the storm, the Corvel Courier said, citing a local shopkeeper.", "a local shopkeeper"),
    ("Rebels shelled the depot, the Harwick Ledger said, citing an eyewitness to the attack.",
     "an eyewitness to the attack"),
    ("The mayor has left the city, the Harwick Ledger said, citing a colleague's neighbour.",
     "a colleague's neighbour"),
    ("The pumping station failed on Sunday, the Corvel Courier reported, citing a firefighter.", "a firefighter"),
])
def test_a_person_cited_after_a_report_is_the_party_it_came_through(analyse, text, cited):
    r = analyse(text)  # used to fail: read as a reason the outlet cited
    (citation,) = by_cue(r, "citing")
    (report,) = [a for a in r["attributions"] if a is not citation]
    assert joined(citation["source"]) == cited and citation["parent"] == report["id"]
    assert citation["content"] == report["content"]


@pytest.mark.parametrize("text, reason", [
    ("The Corvel Courier said the launch was delayed, citing a shortage of fuel.", "a shortage of fuel"),
    ("The Corvel Courier said the ferry would not sail, citing a storm warning.", "a storm warning"),
    ("The Harwick Ledger said the vote was postponed, citing an error in the ballots.", "an error in the ballots"),
])
def test_a_reason_cited_after_a_report_stays_the_citers_own_act(analyse, text, reason):
    r = analyse(text)
    (citation,) = by_cue(r, "citing")
    assert joined(citation["source"]) != reason
    assert reason in joined(citation["content"])
