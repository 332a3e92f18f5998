"""Attribution, certainty and dates in two articles written for these tests (a wire story on a spy ring built on
anonymous officials, a denial and quotes after 'X said:'; a newspaper web page on border closures full of hedges,
negations and dates without a year; invented states, bodies and people), against what a careful reader takes from
them, and the constructions they showed wrong, on sentences of their own."""
from __future__ import annotations

import pytest

from tests.news import by_cue, by_source, claim, joined, reader, texts


@pytest.fixture(scope="module")
def wire(analyse):
    return reader(analyse, published="2025-03-06", outlet="Corrish Wire")("port_informers")  # a Thursday


@pytest.fixture(scope="module")
def page(analyse):
    return reader(analyse, published="2024-12-12")("crossing_closures")  # a Thursday


def times(result):
    return {t["text"]: t["value"] for t in result["times"]}


def certainty_of(result, trigger):
    """The value of an event word, whether it heads a claim or is a part of one."""
    for c in result["claims"]:
        if c["trigger"]["text"] == trigger:
            return c["certainty"]["value"]
        for part in c.get("parts", []):
            if part["trigger"]["text"] == trigger:
                return part["certainty"]["value"]
    raise AssertionError(f"no event word {trigger!r}")


# -- the wire story ------------------------------------------------------------------------------------------------

def test_the_two_officials_a_third_and_another_are_told_apart(wire):
    (lead,) = [a for a in by_source(wire, "two officials familiar with the investigation")
               if joined(a["cue"]) == "said"]
    assert lead["source_kind"] == "anonymous" and lead["source_count"] == 2
    (third,) = by_source(wire, "A third official")
    (another,) = by_source(wire, "Another official")
    for one in (third, another):
        assert one["source_count"] == 1 and one["refers_to"] is None
    (according,) = [a for a in by_cue(wire, "According to") if joined(a["source"]) == "the officials"]
    (referred,) = [a for a in wire["attributions"] if a["id"] == according["refers_to"]]
    assert joined(referred["source"]) == "two officials familiar with the investigation"


def test_quotes_after_a_colon_belong_to_the_speaker_before_them(wire):
    (minister,) = by_source(wire, "Brastova's interior minister, Henrike Fanwright")
    (defence,) = by_source(wire, "Defence Minister Casimir Vandeleur")
    quoted = by_cue(wire, "said:")
    assert {a["refers_to"] for a in quoted} == {minister["id"], defence["id"]}
    assert any(joined(a["content"]).startswith("We will not allow a foreign power") for a in quoted)


def test_the_wire_story_dates_and_hedges(wire):
    found = times(wire)
    assert found["last autumn"] == "2024-FA" and found["last month"] == "2025-02"
    assert found["In January"] == "2025-01" and found["on Tuesday"] == "2025-03-04"
    assert certainty_of(wire, "helped") == 1  # "the photographs could have helped"
    assert certainty_of(wire, "informed") == -3  # "had not been informed of the arrests"
    # a denial and the outlet's "could not verify" are notes on the attributions they are about, or markers when
    # about none
    noted = [n["kind"] for a in wire["attributions"] for n in a.get("notes", [])] + \
        [m["kind"] for m in wire["markers"]]
    assert "denial" in noted and "unverified" in noted


# -- the web page --------------------------------------------------------------------------------------------------

def test_the_page_dates_without_a_year_or_with_a_weekday(page):
    found = times(page)
    assert found["on Saturday"] == "2024-12-14"  # "The new rule takes effect on Saturday": the coming one
    assert found["on Dec. 18"] == "2024-12-18" and found["Wednesday"] == "2024-12-18"  # "Dec. 18, a Wednesday"
    assert found["last week"] == "2024-W49" and found["next month"] == "2025-01"
    assert found["on Nov. 30"] == "2024-11-30" and found["on Oct. 3"] == "2024-10-03"


def test_the_page_hedges_and_negations(page):
    assert certainty_of(page, "received") == 2  # "is believed to have received"
    assert certainty_of(page, "slow") == 0  # "it remains to be seen whether"
    assert certainty_of(page, "deploy") < 0  # "had no plans to deploy"
    assert certainty_of(page, "take") == 0  # "urged Quintara not to take"
    assert certainty_of(page, "acted") < 0  # "should have acted months ago"
    assert certainty_of(page, "crossing") == -3  # "denied that weapons were crossing"
    assert certainty_of(page, "ambushed") == 0  # "No-one could confirm reports that a patrol was ambushed"
    assert certainty_of(page, "operation") == 1  # "did not rule out a wider operation"


def test_traders_at_a_named_crossing_are_unnamed_people(page):
    (traders,) = by_source(page, "Traders at the Helvin crossing")
    assert traders["source_kind"] == "anonymous"  # used to be 'government', from the name of the crossing


# -- the constructions, on sentences of their own ------------------------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Farmers near the Dorrin bridge said the water had risen overnight.", "Farmers near the Dorrin bridge"),
    ("Critics, including the former minister Arlen Dask, say the law is unconstitutional.",
     "Critics, including the former minister Arlen Dask"),
    ("Shopkeepers in Varnek said the soldiers had left before dawn.", "Shopkeepers in Varnek"),
])
def test_a_plural_of_people_with_a_name_after_it_is_an_unnamed_group(analyse, text, source):
    r = analyse(text)  # used to fail: typed by the place or person named after the noun
    (a,) = by_source(r, source)
    assert a["source_kind"] == "anonymous"


@pytest.mark.parametrize("text, source, count", [
    ("Two pilots flying for the carrier Aldwin Air said the screens had gone dark.",
     "Two pilots flying for the carrier Aldwin Air", 2),
    ("Three drivers working for the Halvik Transport Company said the road had been closed since dawn.",
     "Three drivers working for the Halvik Transport Company", 3),
])
def test_people_counted_one_by_one_are_unnamed_whatever_body_they_serve(analyse, text, source, count):
    r = analyse(text)  # used to fail: typed by the body named after the noun
    (a,) = by_source(r, source)
    assert a["source_kind"] == "anonymous" and a["source_count"] == count


def test_uncounted_staff_of_a_named_body_speak_for_it(analyse):
    r = analyse("Analysts at the Brennor Institute said the drill was routine.")
    (a,) = by_source(r, "Analysts at the Brennor Institute")
    assert a["source_kind"] == "organization"


def test_a_named_body_keeps_its_kind(analyse):
    r = analyse("The Saltmere League said the vote had been rigged.")
    (a,) = by_source(r, "The Saltmere League")
    assert a["source_kind"] != "anonymous"


@pytest.mark.parametrize("text", [
    "No-one has claimed responsibility for the bombing in Tessik.",
    "No-one said the convoy had turned back.",
])
def test_a_split_no_one_is_nobody_who_says_anything(analyse, text):
    r = analyse(text)  # used to fail: 'one' was the source of an attribution
    assert r["attributions"] == []


def test_what_no_one_expected_keeps_the_whole_word_for_its_source(analyse):
    r = analyse("No-one expected the talks in Orvane to collapse so quickly.")
    (a,) = by_cue(r, "expected")
    assert texts(a["source"]) == ["No-one"]  # used to be 'one'


@pytest.mark.parametrize("text, day", [
    ("The plan could be approved as early as Monday.", "2024-12-16"),
    ("Troops could withdraw from Tessik on Tuesday.", "2024-12-17"),
    ("The ministry said on Friday that the vote could be held on Monday.", "2024-12-09"),  # after the telling day
    ("Officials could not confirm the raid on Monday.", "2024-12-09"),  # negated: nearness decides
    ("Neither Dask nor his aides could be reached on Monday.", "2024-12-09"),
    ("The army could have struck the depot on Monday.", "2024-12-09"),  # the perfect looks back
])
def test_an_affirmative_could_points_a_weekday_ahead(analyse, text, day):
    r = analyse(text, published="2024-12-12")  # a Thursday: Monday the 9th lies nearer than the 16th
    monday = [t["value"] for t in r["times"] if t["text"].split()[-1] in {"Monday", "Tuesday"}]
    assert monday == [day]


@pytest.mark.parametrize("text, trigger, value", [
    ("It seems unlikely that the Orvane talks will resume before spring.", "resume", -2),
    ("It appeared unlikely that the Tessik bridge would reopen within a week.", "reopen", -2),
    ("It seemed possible that the convoy had turned back.", "turned", 1),
    ("The curfew seems unlikely to be lifted soon.", "lifted", -2),  # the adjective's own complement, as before
    ("It seems that the convoy has turned back.", "turned", 2),  # no adjective: the raising verb's value
])
def test_a_likelihood_adjective_after_seem_or_appear_rates_the_clause(analyse, text, trigger, value):
    r = analyse(text)  # used to fail: 'it seems unlikely that C' rated C probable, by 'seems'
    assert certainty_of(r, trigger) == value


@pytest.mark.parametrize("text, source", [
    ("Orla Benning, speaking to reporters in Tessik, said the crossings would reopen.", "Orla Benning"),
    ("The governor, appearing on state television on Sunday, said the dam had held.", "The governor"),
    ("Two envoys, speaking on condition of anonymity, said the talks had stalled.", "Two envoys"),
])
def test_a_participle_between_commas_after_the_speaker_is_not_the_source(analyse, text, source):
    r = analyse(text)  # used to fail: the occasion of speaking was kept in the source
    (a,) = by_cue(r, "said")
    assert joined(a["source"]) == source


def test_a_participle_without_commas_stays_in_the_source(analyse):
    r = analyse("Residents living near the Orvane base said they had heard explosions.")
    (a,) = by_cue(r, "said")
    assert joined(a["source"]) == "Residents living near the Orvane base"


@pytest.mark.parametrize("text", [
    "\"But we are taking nothing for granted,\" the Orvane harbour master said.",
    "The governor took the vote in Tessik for granted.",
])
def test_taking_something_for_granted_is_no_act_of_aid(analyse, text):
    r = analyse(text)  # used to fail: an AID event on 'granted'
    assert not [e for e in r["events"] if e["trigger"]["text"] == "granted"]


def test_a_grant_of_aid_is_still_one(analyse):
    r = analyse("The Saltmere League granted Tessik 40 million euros in aid.")
    assert [e["type"] for e in r["events"] if e["trigger"]["text"] == "granted"] == ["AID"]


@pytest.mark.parametrize("text, source, content", [
    ("The possible closure of the Helvin crossing worries traders.", "traders",
     "The possible closure of the Helvin crossing"),
    ("The decision angered dock workers in Orvane.", "dock workers in Orvane", "The decision"),
    ("The new tariff has worried exporters in Tessik.", "exporters in Tessik", "The new tariff"),
])
def test_whoever_a_verb_of_feeling_has_for_object_is_the_source(analyse, text, source, content):
    r = analyse(text)  # used to fail: the closure was the source and the traders the content
    (a,) = r["attributions"]
    assert joined(a["source"]) == source and joined(a["content"]) == content


def test_a_subject_that_feels_stays_the_source(analyse):
    r = analyse("Traders in Helvin worry that the closure will ruin them.")
    (a,) = by_cue(r, "worry")
    assert joined(a["source"]) == "Traders in Helvin"


@pytest.mark.parametrize("text, source, content", [
    ("Brastovan intelligence officials assess with moderate confidence that Mirevia ordered the raid.",
     "Brastovan intelligence officials", "that Mirevia ordered the raid"),
    ("The agency assessed that the drone had been launched from Tessik.", "The agency",
     "that the drone had been launched from Tessik"),
])
def test_a_lexicon_verb_the_model_never_saw_keeps_the_rules_reading(analyse, text, source, content):
    r = analyse(text)  # used to fail: no attribution, the model dropping a verb PolNeAR train never has
    (a,) = by_cue(r, text.split()[text.split().index(source.split()[-1]) + 1])
    assert joined(a["source"]) == source and joined(a["content"]) == content


def test_a_speakers_own_assessment_inside_a_quote_is_what_they_say(analyse):
    r = analyse('Ilke Marran, the agency\'s director, told reporters: "We assess that the convoy left Tessik '
                'before dawn."')
    assert [joined(a["cue"]) for a in r["attributions"]] == ["told"]
