"""Four news genres on articles written for these tests (fictional places and people): a court story, a leak story,
a diplomatic readout and a live-updates page. Each test states what a careful reader takes from the article: who
says what, of what kind, on whose word, and how certain each claim is as its innermost source presents it."""
from __future__ import annotations

import re

import pytest

from tests.news import by_source, claim, joined, reader

STAMP = re.compile(r"\d{1,2}:\d{2}")


@pytest.fixture(scope="module")
def article(analyse):
    return reader(analyse)


def cued(result, words):
    found = [a for a in result["attributions"] if words in joined(a["cue"])]
    assert found, f"no attribution cued {words!r}: {[joined(a['cue']) for a in result['attributions']]}"
    return found


def test_court_story_plea_charges_lawyer_and_ruling(article):
    r = article("court_fraud_trial")
    # "pleaded not guilty on Monday to charges that ...": the verdict is the plea's words, the charge what it answers
    (plea,) = cued(r, "pleaded")
    assert joined(plea["cue"]) == "pleaded not guilty"
    assert joined(plea["content"]).startswith("to charges that he took bribes") and \
        "Monday" not in joined(plea["content"])
    (prosecutors,) = by_source(r, "Prosecutors")
    assert joined(prosecutors["cue"]) == "allege" and prosecutors["source_kind"] == "government"
    assert claim(r, "accepted")["attribution"] == prosecutors["id"] and claim(r, "accepted")["certainty"]["value"] == 3
    (indictment,) = by_source(r, "The indictment")
    assert indictment["source_kind"] == "document" and claim(r, "steered")["attribution"] == indictment["id"]
    assert not [c for c in r["claims"] if c["trigger"]["text"] == "indictment"]  # who speaks, not what is said
    (lawyer,) = by_source(r, "His lawyer, Anneliese Forrow")
    assert lawyer["source_kind"] == "person" and "fight the charges" in joined(lawyer["content"])
    assert claim(r, "done")["certainty"]["value"] == -3  # "had done nothing wrong"
    (judge,) = by_source(r, "The judge")
    assert joined(judge["cue"]) == "ruled" and joined(judge["content"]).removeprefix("that ").startswith("Reddick could")
    # "declined to say whether ...": a refusal says nothing, and what it leaves open is neither so nor not so
    assert not [a for a in r["attributions"] if "declined" in joined(a["cue"])]
    # the clause "other officials were under investigation" is the claim, open (its copula stands for it)
    (open_,) = [c for c in r["claims"] if c["span"]["text"].endswith("under investigation")]
    assert open_["certainty"]["value"] == 0
    (people,) = by_source(r, "Two people familiar with the case")
    assert people["source_kind"] == "anonymous" and people["source_count"] == 2
    (firms,) = by_source(r, "The shipping firms")
    assert firms["source_kind"] == "organization" and "denied" in joined(firms["cue"])
    (member,) = by_source(r, "One of them, Garrow Marine")
    assert member["refers_to"] == firms["id"] and member["source_kind"] == "organization"
    assert claim(r, "paid")["certainty"]["value"] == -3 and claim(r, "cooperating")["certainty"]["value"] == 3


def test_leak_story_documents_unnamed_people_and_an_outlet_citing_sources(article):
    r = article("leaked_memo_talks")
    (memo,) = by_source(r, "A leaked memo")
    assert memo["source_kind"] == "document"
    (warned,) = cued(r, "warned")
    assert warned["parent"] == memo["id"] and warned["source_kind"] == "government"
    assert claim(r, "cost")["certainty"]["value"] == 1  # "could cost"
    (again,) = by_source(r, "The memo")
    assert again["refers_to"] == memo["id"]
    # "According to documents seen by the newspaper, the minister, X, was briefed": the minister is the subject
    (documents,) = cued(r, "According to")
    assert joined(documents["source"]) == "documents seen by the newspaper"
    assert documents["source_kind"] == "document" and joined(documents["content"]).startswith("the minister")
    (two,) = by_source(r, "Two people with knowledge of the talks")
    assert two["source_kind"] == "anonymous" and two["source_count"] == 2
    assert not [c for c in r["claims"] if c["trigger"]["text"] == "talks"]  # in the source's description
    (person,) = by_source(r, "A person briefed on the talks")
    assert person["source_kind"] == "anonymous" and person["source_count"] == 1
    (paper,) = by_source(r, "The Courier")
    (citing,) = cued(r, "citing")
    assert paper["source_kind"] == "outlet" and citing["parent"] == paper["id"]
    assert joined(citing["source"]) == "intelligence sources" and citing["source_kind"] == "anonymous"
    (spokeswoman,) = by_source(r, "A ministry spokeswoman")
    assert spokeswoman["source_count"] == 1 and claim(r, "reflect")["certainty"]["value"] == -3
    assert not [a for a in r["attributions"] if "commented" in joined(a["cue"])]
    # "One of the people said ... The other said ...": both are of the two people named before, nobody else's
    (one,) = by_source(r, "One of the people")
    (other,) = by_source(r, "The other")
    assert one["refers_to"] == two["id"] and other["refers_to"] == two["id"]
    assert other["parent"] is None and other["source_count"] == 1
    assert claim(r, "told")["certainty"]["value"] == -3  # "had not been told"


def test_diplomatic_readout_joint_statement_and_concern(article):
    r = article("ministers_readout")
    (joint,) = cued(r, "according to")
    assert joint["source_kind"] == "document" and joint["source"][0]["text"].startswith("a joint statement")
    assert joined(joint["content"]).startswith("The foreign ministers")
    (said,) = by_source(r, "the joint statement")
    assert said["refers_to"] == joint["id"] and "trucks" in joined(said["content"])
    assert claim(r, "reach")["certainty"]["value"] == -3  # "did not reach a deal"
    (ministry,) = by_source(r, "Saravel's foreign ministry")
    assert ministry["source_kind"] == "government" and "frank" in joined(ministry["content"])
    (readout,) = by_source(r, "The readout")
    assert readout["source_kind"] == "document" and claim(r, "raised")["attribution"] == readout["id"]
    (concern,) = cued(r, "expressed concern")
    assert joined(concern["source"]) == "Dunmark's foreign minister, Katrin Oduya" and concern["source_kind"] == "person"
    assert claim(r, "increase")["certainty"]["value"] == 1  # feared, not asserted
    ruled_out = claim(r, "rule out")
    # "She said her government would not rule out further checks": her 'will not', reported, is probably not (-2)
    assert ruled_out["certainty"]["value"] == -2 and "not" in [c["text"] for c in ruled_out["certainty"]["cue"]]
    (diplomat,) = by_source(r, "one diplomat")
    assert diplomat["source_kind"] == "anonymous" and diplomat["source_count"] == 1
    stay = claim(r, "stay")  # "It is too early to say whether the crossings will stay open"
    assert stay["certainty"]["value"] == 0 and any("whether" in c["text"] for c in stay["certainty"]["cue"])


def test_live_page_timestamps_state_media_posts_and_refusals(article):
    r = article("live_updates_dam")
    for a in r["attributions"]:  # when an update was posted is no part of what is said or who says it
        assert not STAMP.search(joined(a["source"]) + joined(a["content"])), a
    for c in r["claims"]:
        assert not STAMP.match(c["span"]["text"]), c["span"]
    (media,) = by_source(r, "state media")
    assert media["source_kind"] == "outlet" and joined(media["content"]).startswith("Water levels")
    assert not [a for a in r["attributions"] if "verify" in joined(a["cue"])]
    assert claim(r, "verify")["certainty"]["value"] == -3
    (governor,) = by_source(r, "The regional governor, Ilya Strann")
    assert joined(governor["cue"]) == "wrote" and governor["source_kind"] == "person"
    (ministry,) = by_source(r, "The emergencies ministry")
    assert ministry["source_kind"] == "government"
    sabotaged = claim(r, "sabotaged")  # "no sign that the dam had been sabotaged": not committed either way
    assert sabotaged["attribution"] == ministry["id"] and sabotaged["certainty"]["value"] == 0
    (resident,) = by_source(r, "A local resident")
    assert resident["source_kind"] == "anonymous" and resident["source_count"] == 1
    assert joined(resident["content"]).removeprefix("that ").startswith("sirens")
    (company,) = by_source(r, "The company that operates the dam")
    assert company["source_kind"] == "organization" and joined(company["content"]).startswith("reports")
    # "Officials have declined to confirm the number of dead": a refusal, no attribution
    assert not [a for a in r["attributions"] if "declined" in joined(a["cue"])]
    # the refusal is the claim; the withheld confirmation is part of it, negated, and no claim of its own
    (withheld,) = [w for w in claim(r, "declined")["parts"] if w["trigger"]["text"] == "confirm"]
    assert withheld["certainty"]["value"] == -3 and not [c for c in r["claims"] if c["trigger"]["text"] == "confirm"]


def test_a_dateline_and_a_timestamp_stay_out_of_a_claim_with_a_postposed_speaker(analyse):
    r = analyse("BRELLOCK, May 9 (Wire) - Rail workers in the capital will walk out next week, their union said.\n\n"
                "14:05 GMT - Ferries to the islands were cancelled, the port authority said.")
    walk = claim(r, "walk")
    assert walk["span"]["text"] == "Rail workers in the capital will walk out next week"
    cancelled = claim(r, "cancelled")
    assert cancelled["span"]["text"] == "Ferries to the islands were cancelled"
    (port,) = by_source(r, "the port authority")
    assert joined(port["content"]) == "Ferries to the islands were cancelled"


def test_a_trailing_apposition_after_according_to_is_the_clause_subject(analyse):
    r = analyse("According to records filed with the court, the company's founder, Arne Holt, sold his shares in May.")
    (records,) = cued(r, "According to")
    assert joined(records["source"]) == "records filed with the court"
    assert joined(records["content"]).startswith("the company's founder, Arne Holt")
    kept = analyse("According to Lida Marr, a spokeswoman for the port, the ferries stopped running in May.")
    (marr,) = cued(kept, "According to")
    assert joined(marr["source"]) == "Lida Marr, a spokeswoman for the port"  # the clause has its own subject


def test_refusals_to_confirm_or_to_say_whether(analyse):
    r = analyse("The army declined to confirm the figures. A police spokesman refused to say whether arrests had been "
                "made. The mayor refused to say that the plan had failed.")
    assert [joined(a["cue"]) for a in r["attributions"]] == ["refused to say"]  # only the one that says something
    assert claim(r, "made")["certainty"]["value"] == 0


def test_what_denied_reports_say_is_rated_as_the_reports_present_it(analyse):
    r = analyse("The ferry company denied reports that it had skipped safety drills. The harbour master denied that "
                "the lights had failed.")
    (reports,) = [a for a in r["attributions"] if joined(a["cue"]) == "reports"]
    skipped = claim(r, "skipped")  # the reports' own claim: they present it as so, the denial is one level out
    assert skipped["attribution"] == reports["id"] and skipped["certainty"]["value"] == 3
    assert reports["parent"] is not None
    assert claim(r, "failed")["certainty"]["value"] == -3  # denied outright by the speaker of the clause


def test_a_participle_in_a_modal_copula_predicate_shares_its_modality(analyse):
    r = analyse("The strike could be a sign of the rebels preparing a new offensive. The convoy was a column of "
                "trucks carrying fuel.")
    # the copula with its predicate noun is the proposition; the participle is a part of it, with its own certainty
    sign = claim(r, "be")
    assert sign["span"]["text"] == "The strike could be a sign of the rebels preparing a new offensive"
    preparing = next(p for p in sign["parts"] if p["trigger"]["text"] == "preparing")
    assert preparing["certainty"]["value"] == 1 and [c["text"] for c in preparing["certainty"]["cue"]] == ["could"]
    carrying = [p for c in r["claims"] for p in [c, *c["parts"]] if p["trigger"]["text"] == "carrying"]
    assert carrying and all(c["certainty"]["value"] == 3 for c in carrying)


def test_a_source_quantified_by_no_is_nobody(analyse):
    r = analyse("No faction has claimed responsibility for the blast. No one has suggested that the ballots were "
                "tampered with.")
    assert r["attributions"] == []  # nobody says anything
    assert claim(r, "claimed")["certainty"]["value"] == -3
    tampered = claim(r, "tampered")
    assert tampered["certainty"]["value"] == 0  # nobody suggested it: neither so nor not so


def test_a_content_clause_without_that_is_not_a_presupposed_fact(analyse):
    r = analyse("There was no evidence the ferry was sabotaged. There is no sign the miners have reached the surface. "
                "The evidence the inspectors gathered was lost.")
    assert claim(r, "sabotaged")["certainty"]["value"] == 0
    assert claim(r, "reached")["certainty"]["value"] == 0
    # a restrictive relative clause: what was gathered is the evidence, a part of the claim it was lost
    gathered = [p for p in claim(r, "lost")["parts"] if p["trigger"]["text"] == "gathered"]
    assert [p["certainty"]["value"] for p in gathered] == [3]


def test_who_was_asked_is_not_who_asked(analyse):
    r = analyse('Asked whether the tunnel would reopen this year, the engineer said: "Not before the spring."')
    (asked,) = cued(r, "Asked")
    assert asked["source"] == [] and joined(asked["content"]).startswith("whether the tunnel")
    (said,) = by_source(r, "the engineer")
    assert "spring" in joined(said["content"])


def test_violence_is_no_verbal_attack(analyse):
    r = analyse("Gunmen attacked a bus depot near the river on Sunday. Insurgents attacked army positions in the "
                "hills overnight.")
    assert r["attributions"] == []  # acts of violence, aimed at no one named, by no one named
    words = analyse("Senator Oda Brill attacked the tariff plan. Her rival attacked Brill for the delay.")
    assert [joined(a["source"]) for a in words["attributions"]] == ["Senator Oda Brill", "Her rival"]


def test_the_occasion_of_saying_is_no_claim(analyse):
    r = analyse("Speaking to reporters at the harbour, the coastguard chief said two trawlers were still missing.")
    assert [c["trigger"]["text"] for c in r["claims"]] == ["missing"]
    (chief,) = by_source(r, "the coastguard chief")
    assert joined(chief["content"]) == "two trawlers were still missing"


def test_who_stands_for_the_person_not_the_body_the_clause_was_hung_on(analyse):
    r = analyse("A spokeswoman for the port authority, who had warned that the cranes were ageing, said the crane "
                "had collapsed.")
    (warned,) = cued(r, "warned")
    assert joined(warned["source"]) == "A spokeswoman for the port authority"
    assert warned["source_kind"] == "anonymous" and warned["source_count"] == 1
    # asking not to be named states the terms she speaks on: no attribution of its own
    r = analyse("A spokeswoman for the port authority, who asked not to be named, said the crane had collapsed.")
    assert [joined(a["cue"]) for a in r["attributions"]] == ["said"]
    assert r["attributions"][0]["source_kind"] == "anonymous" and r["attributions"][0]["source_count"] == 1
