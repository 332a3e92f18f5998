"""Attribution shapes found failing on unseen articles, on sentences written for these tests."""
from __future__ import annotations

import pytest


def texts(spans):
    return [s["text"] for s in spans]


def by_cue(result, cue):
    found = [a for a in result["attributions"] if " ".join(texts(a["cue"])).lower() == cue.lower()]
    assert found, f"no attribution with cue {cue!r} in {[texts(a['cue']) for a in result['attributions']]}"
    return found


@pytest.mark.parametrize("text, cue, content", [
    ("Angela Merkel says she hopes to win the vote, but she knows that the count will be close.", "says",
     "she hopes to win the vote"),
    ("The ministers call them \"rogue traders\" and describe their deals as fraud.", "call",
     "them \"rogue traders\""),
])
def test_a_content_does_not_end_on_the_word_that_joined_a_clause_cut_from_it(analyse, text, cue, content):
    (a,) = by_cue(analyse(text), cue)
    assert " ".join(texts(a["content"])) == content
    written = (a.get("evidence") or {}).get("content_as_written")
    if written:
        assert written[-1]["text"].split()[-1].lower() not in {"and", "but", "or", "as"}


def test_a_joiner_inside_a_content_stays(analyse):
    (a,) = by_cue(analyse("The mayor said the bridge was closed and the ferry was late."), "said")
    assert texts(a["content"]) == ["the bridge was closed and the ferry was late"]


def test_a_noun_naming_the_event_of_the_claim_above_it_is_no_second_claim(analyse):
    r = analyse("The minister agreed to discuss the negotiations on Tuesday.")
    spans = [c["span"]["text"] for c in r["claims"]]
    assert "the negotiations" not in spans
    (claim,) = [c for c in r["claims"] if c["trigger"]["text"] == "discuss"]
    assert [p["trigger"]["text"] for p in claim["parts"]] == ["negotiations"]
    assert len({c["event"] for c in r["claims"] if c["event"]}) == len([c for c in r["claims"] if c["event"]])


@pytest.mark.parametrize("text", [
    "The senators were named to the committee on Thursday.",
    "Two judges were appointed to the court last year.",
])
def test_an_appointment_to_an_office_or_body_is_no_report(analyse, text):
    r = analyse(text)
    assert r["attributions"] == []
    assert [c["span"]["text"] for c in r["claims"]] == [text.rstrip(".")]


def test_a_report_by_someone_named_to_a_body_stays(analyse):
    r = analyse("Maria Lopez, who was named to the board in May, said the budget would be cut.")
    (a,) = by_cue(r, "said")
    assert texts(a["content"]) == ["the budget would be cut"]


@pytest.mark.parametrize("text", [
    '"The plan is working," the senator told ABC\'s "Good Morning America."',
    '"We need to step away from these efforts," Mike Pence said on CNN\'s "State of the Union."',
])
def test_a_programme_named_after_the_cue_is_no_piece_of_the_content(analyse, text):
    (a,) = [a for a in analyse(text)["attributions"] if a["cue"][0]["text"] in {"said", "told"}]
    assert len(a["content"]) == 1
    written = (a.get("evidence") or {}).get("content_as_written") or a["content"]
    assert "Morning" not in " ".join(texts(written)) and "Union" not in " ".join(texts(written))


def test_a_second_quotation_after_the_cue_stays_a_piece_of_the_content(analyse):
    (a,) = by_cue(analyse('"The plan is working," the senator said. "Nobody expected it."'), "said")
    assert len(a["content"]) == 2


def test_a_quoted_phrase_going_on_after_the_cue_stays_a_piece_of_the_content(analyse):
    (a,) = by_cue(analyse("''We will go home that much more in love with this nation,'' he said, ''the only "
                          "place on the map where this story could have unfolded.''"), "said")
    assert len(a["content"]) == 2


@pytest.mark.parametrize("text, cue, source, content", [
    ("The mayor was quoted as saying the road would stay closed until Friday.",
     "was quoted as saying", "The mayor", "the road would stay closed until Friday"),
    ('"We are ready," the minister was quoted as saying by state media.',
     "was quoted as saying", "the minister", "We are ready"),
    ("The envoy was also quoted as saying that the ceasefire would hold.",
     "was also quoted as saying", "The envoy", "that the ceasefire would hold"),
])
def test_the_subject_of_quoted_as_saying_is_the_speaker(analyse, text, cue, source, content):
    r = analyse(text)
    (quoted,) = by_cue(r, cue)
    assert " ".join(texts(quoted["source"])) == source
    assert " ".join(texts(quoted["content"])) == content
    assert not [a for a in r["attributions"] if " ".join(texts(a["cue"])).lower() == "saying"]


def test_the_active_quoted_as_saying_keeps_who_was_quoted_in_the_content_as_written(analyse):
    # the outlet passes on the mayor's words: the mayor is cited for them, and PolNeAR's extent of the outlet's
    # content ('the mayor as saying C') is kept as written
    r = analyse("Local radio quoted the mayor as saying the road would stay closed until Friday.")
    (quoted,) = by_cue(r, "quoted")
    (saying,) = by_cue(r, "saying")
    assert " ".join(texts(quoted["source"])) == "Local radio"
    assert " ".join(texts(quoted["content"])) == "the road would stay closed until Friday"
    assert quoted["evidence"]["content_as_written"][0]["text"].startswith("the mayor as saying")
    assert " ".join(texts(saying["source"])) == "the mayor"
    assert saying["parent"] == quoted["id"]
