"""Wire and broadcast style on short articles written for these tests (fictional places and people): datelines,
'told the BBC', 'said in a statement', quotes split over sentences, 'according to', posts on X and Telegram."""
from __future__ import annotations

import pytest

from tests.news import by_source, claim, joined, reader


@pytest.fixture(scope="module")
def article(analyse):
    return reader(analyse)


def test_wire_dateline_and_split_quote(article):
    r = article("port_strike")
    (union,) = by_source(r, "their union")
    assert joined(union["content"]).startswith("Port workers")  # the dateline is no part of it
    assert union["source_kind"] == "organization"
    (leader,) = by_source(r, "union leader Mira Oltan")
    assert "fair deal" in joined(leader["content"]) and "any longer" in joined(leader["content"])
    (spokesman,) = by_source(r, "A company spokesman")
    assert spokesman["source_kind"] == "anonymous" and spokesman["source_count"] == 1
    (ministry,) = [a for a in r["attributions"] if joined(a["cue"]) == "According to"]
    assert ministry["source_kind"] == "government"


def test_passive_report_refusal_and_open_question(article):
    r = article("minister_arrest")
    (understood,) = [a for a in r["attributions"] if joined(a["cue"]) == "is understood"]
    assert understood["source"] == [] and joined(understood["content"]).startswith("He")
    assert not [a for a in r["attributions"] if "details" in joined(a["cue"])]  # information withheld
    # the clause "other officials were under investigation" is the claim, open (its copula stands for it)
    (open_,) = [c for c in r["claims"] if c["span"]["text"].endswith("under investigation")]
    assert open_["certainty"]["value"] == 0
    assert [c["trigger"]["text"] for c in r["claims"]].count("co-operate") == 1
    (told,) = [a for a in r["attributions"] if joined(a["cue"]) == "told"]
    assert joined(told["source"]) == "Prime Minister Hedda Harroway"


def test_post_on_x_and_a_quoted_negation(article):
    r = article("landslide")
    (wrote,) = [a for a in r["attributions"] if joined(a["cue"]) == "wrote"]
    assert joined(wrote["source"]) == "he"
    assert claim(r, "listened")["certainty"]["value"] == -3  # "Nobody listened to us," one woman told ...
    assert not [a for a in r["attributions"] if "commented" in joined(a["cue"])]
    # "It is thought that C" hedges C in the narrator's voice, as "is thought to" does: no attribution
    assert not [a for a in r["attributions"] if joined(a["cue"]) == "is thought"]


def test_telegram_statement_and_counterfactual(article):
    r = article("depot_strike")
    (first,) = [a for a in r["attributions"] if joined(a["cue"]) == "according to"]
    assert joined(first["content"]).startswith("Drones struck")
    (varga,) = by_source(r, "the head of the administration, Olek Varga")
    assert "no casualties" in joined(varga["content"])
    assert not [a for a in r["attributions"] if "not say" in joined(a["cue"])]  # an open question
    assert claim(r, "reached")["certainty"]["value"] == 0
    assert claim(r, "moved")["certainty"]["value"] == -2  # "should have moved": it was not
    spokesmen = [a for a in r["attributions"] if "spokesman" in joined(a["source"])]
    assert len(spokesmen) == 2 and spokesmen[1]["refers_to"] == spokesmen[0]["id"]


def cued(result, words):
    found = [a for a in result["attributions"] if joined(a["cue"]) == words]
    assert found, f"no attribution cued {words!r}: {[joined(a['cue']) for a in result['attributions']]}"
    return found


def test_broadcast_quotes_split_around_the_speaker_tag(article):
    r = article("hospital_cyberattack")
    (officials,) = by_source(r, "health officials")
    assert joined(officials["content"]).startswith("Hospitals") and officials["source_kind"] == "government"
    (authority,) = by_source(r, "The provincial health authority")
    assert "taken offline" in joined(authority["content"])
    # the quotation of the next sentence has its own speaker tag ("she said"): it is not the first quote's
    (corvel,) = by_source(r, "spokeswoman Ines Corvel")
    assert "restore services" in joined(corvel["content"]) and "Emergency" not in joined(corvel["content"])
    assert corvel["source_kind"] == "person"
    (she,) = by_source(r, "she")
    assert "Emergency care" in joined(she["content"]) and "appointments" in joined(she["content"])
    assert claim(r, "affected")["attribution"] == she["id"] and claim(r, "affected")["certainty"]["value"] == -3
    # "unless we contact them": a condition, part of the claim it conditions, rated uncommitted
    (condition,) = [p for c in r["claims"] for p in c["parts"] if p["trigger"]["text"] == "contact"]
    assert condition["certainty"]["value"] == 0
    (group,) = [a for a in r["attributions"] if "Black Lantern" in joined(a["source"])]
    assert group["source_kind"] == "organization" and "stolen" in joined(group["content"])
    assert not [c for c in r["claims"] if c["trigger"]["text"] == "calling"]  # "calling itself ..." names it
    (governor,) = by_source(r, "The governor of Telmark, Radu Fensk")
    assert governor["source_kind"] == "person"  # a role named in apposition, though the name hangs on the place
    assert claim(r, "stolen")["certainty"]["value"] == 3  # as the group presents it
    assert not [a for a in r["attributions"] if "BBC" in joined(a["source"])]  # the outlet told, not telling
    (spokesman,) = by_source(r, "a police spokesman")
    assert spokesman["source_kind"] == "anonymous" and spokesman["source_count"] == 1


def test_wire_story_anonymity_statement_and_report_through_a_document(article):
    r = article("loan_talks_wire")
    (officials,) = cued(r, "according to")[:1]
    assert joined(officials["source"]).startswith("two officials")
    assert officials["source_kind"] == "anonymous" and officials["source_count"] == 2
    assert joined(officials["content"]).startswith("The government of Ostrava")  # not the dateline
    (ministry,) = by_source(r, "The finance ministry")
    assert ministry["source_kind"] == "government" and "resume next month" in joined(ministry["content"])
    (office,) = by_source(r, "Prime Minister Edvin Belik's office")
    assert office["source_kind"] == "government"
    (source,) = by_source(r, "A source familiar with the matter")
    assert source["source_kind"] == "anonymous" and source["source_count"] == 1
    assert not [a for a in r["attributions"] if "declined" in joined(a["cue"])]  # a refusal says nothing
    (report,) = by_source(r, "its latest quarterly report")
    (bank,) = by_source(r, "Ostrava's central bank")
    assert report["source_kind"] == "document" and report["parent"] is None
    # the bank's warning reaches us through the report, and the report is no part of what the bank warned
    assert bank["parent"] == report["id"] and "according" not in joined(bank["content"])
    assert claim(r, "fall")["certainty"]["value"] == 1


def test_newspaper_hedges_and_negations(article):
    r = article("river_die_off")
    (officials,) = by_source(r, "environment officials")
    assert "may have caused" in joined(officials["content"])
    assert claim(r, "caused")["certainty"]["value"] == 1  # "may have caused": possible
    assert claim(r, "contaminated")["certainty"]["value"] == 0  # "no evidence that": not committed either way
    assert claim(r, "analysed")["certainty"]["value"] == -3  # "have yet to be analysed": not so far
    assert claim(r, "published")["certainty"]["value"] == 0  # "could not confirm when ...": an open question
    (denied,) = cued(r, "denied")
    assert joined(denied["source"]) == "Brennick Chemicals" and denied["source_kind"] == "organization"
    assert claim(r, "involvement")["certainty"]["value"] == -3
    assert claim(r, "find")["certainty"]["value"] == -3  # "failed to find"
    assert claim(r, "blaming")["certainty"]["value"] == -3  # "stopped short of blaming"
    assert claim(r, "finish")["certainty"]["value"] == -2  # "is unlikely to finish"
    assert claim(r, "came")["certainty"]["value"] == 0  # "Whether the film came from the plant is not known"
    (anglers,) = by_source(r, "Local anglers")
    assert anglers["source_kind"] == "anonymous"
    assert not [a for a in r["attributions"] if joined(a["source"]) == "which"]


def test_explainer_unnamed_and_impersonal_sources(article):
    r = article("strait_explainer")
    (analysts,) = by_source(r, "Analysts")
    assert analysts["source_kind"] == "anonymous" and "closure" in joined(analysts["content"])
    # "is widely believed to have turned back": an agentless hedge of belief, no report of anyone's; the certainty
    # of what it hedges is read all the same
    assert not [a for a in r["attributions"] if "believed" in joined(a["cue"])]
    assert claim(r, "turned")["certainty"]["value"] == 2
    # "the navy reportedly shadowed a tanker": the navy says nothing; the adverb is the cue, its source unnamed
    (reportedly,) = cued(r, "reportedly")
    assert reportedly["source"] == [] and joined(reportedly["content"]).startswith("the mainland's navy")
    assert claim(r, "shadowed")["certainty"]["value"] == 2
    (critics,) = by_source(r, "Critics")
    assert critics["source_kind"] == "anonymous"
    (government,) = by_source(r, "The island's government")
    assert government["source_kind"] == "government"
    (said,) = cued(r, "is said")
    assert said["source"] == [] and claim(r, "laid")["certainty"]["value"] == 2
    assert claim(r, "found")["certainty"]["value"] == -3  # "no mines have been found"
    assert claim(r, "received")["certainty"]["value"] == 2  # "allegedly received"
    (data,) = cued(r, "according to")
    assert joined(data["source"]) == "industry data" and data["source_kind"] == "document"
    assert claim(r, "avoiding")["certainty"]["value"] == 2  # "are thought to be avoiding"
