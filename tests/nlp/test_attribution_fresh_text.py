"""Attribution and claim shapes found failing on news articles written in several genres, on sentences of their own."""
from __future__ import annotations

import re

import pytest

from tests.news import joined


@pytest.mark.parametrize("text", [
    "Shareholders were not convinced.",
    "The council was not persuaded.",
    "The auditors were never really convinced.",
])
def test_who_is_persuaded_is_never_what_is_said(analyse, text):
    r = analyse(text)
    subject = text.split(" were")[0].split(" was")[0]
    assert not [a for a in r["attributions"] if joined(a["content"]).startswith(subject)], r["attributions"]



def test_a_plea_reported_by_someone_stays(analyse):
    r = analyse("The driver pleaded guilty to two counts of fraud, prosecutors said.")
    (a,) = [a for a in r["attributions"] if joined(a["cue"]) == "said"]
    assert joined(a["source"]) == "prosecutors" and joined(a["content"]).startswith("The driver pleaded guilty")


STAMP = re.compile(r"\d{1,2}:\d{2}")


def test_a_bare_clock_time_opening_an_update_is_no_part_of_a_report(analyse):
    r = analyse("Updates on the gale at Carrow Point\n\n"
                "09:10 Coastguards at Carrow Point say a trawler has lost power off the headland.\n\n"
                "09:35 About 4,000 homes are without power, according to the grid operator.\n\n"
                "09:50 Harbour master Ines Fallow says the port will stay shut until noon.")
    assert len(r["attributions"]) == 3, r["attributions"]
    for a in r["attributions"]:
        assert not STAMP.search(joined(a["source"]) + joined(a["content"])), a
    for c in r["claims"]:
        assert not STAMP.match(c["span"]["text"]), c["span"]
    sources = sorted(joined(a["source"]) for a in r["attributions"])
    assert sources == ["Coastguards at Carrow Point", "Harbour master Ines Fallow", "the grid operator"], sources


def test_a_clock_time_inside_a_sentence_is_left_alone(analyse):
    r = analyse("The ferry left at 10:20 and the captain said the crossing was calm.")
    (a,) = r["attributions"]
    assert joined(a["content"]) == "the crossing was calm"


@pytest.mark.parametrize("text", [
    "Shares of Dervon Motors fell after the carmaker warned that profits would be lower.",
    "The lender said it would close 40 branches.",
    "The insurer said claims from the floods would top 300 million.",
])
def test_a_business_named_by_its_trade_is_an_organisation(analyse, text):
    (a,) = analyse(text)["attributions"]
    assert a["source_kind"] == "organization", a


def test_a_worker_named_by_a_trade_stays_anonymous(analyse):
    (a,) = analyse("A miner said the shaft had flooded overnight.")["attributions"]
    assert a["source_kind"] == "anonymous", a
