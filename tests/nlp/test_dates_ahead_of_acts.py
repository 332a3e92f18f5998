"""Tests for days and months that lie ahead of a future bar, a decision, a request or plan named by a noun, and for a
week counted from the story's time; invented sentences read by the whole pipeline."""
import pytest

# 2024-12-09 is a Monday: the Saturday before it (12-07) is nearer than the one after (12-14), so only the
# construction can send a Saturday ahead; a bare January in December is the January past (2024-01).
MONDAY = "2024-12-09"


def times(analyse, text: str) -> dict[str, str]:
    return {t["text"]: t["value"] for t in analyse(text, published=MONDAY)["times"]}


@pytest.mark.parametrize("text", [
    "Candidates will be barred from holding rallies on Saturday, the Tolvane commission said.",
    "The Orsk police will stop the dockers from marching on Saturday.",
])
def test_a_day_inside_what_a_future_act_keeps_someone_from_lies_ahead(analyse, text):
    assert times(analyse, text)["on Saturday"] == "2024-12-14"


def test_a_day_inside_what_a_past_act_kept_someone_from_is_left_to_nearness(analyse):
    text = "Candidates were barred from holding rallies on Saturday, the Tolvane commission said."
    assert times(analyse, text)["on Saturday"] == "2024-12-07"


def test_a_day_from_which_a_voted_closure_runs_lies_ahead(analyse):
    found = times(analyse, "The Brenmouth council voted to close the ferry pier from Saturday.")
    assert "2024-12-14" in found.values() and "2024-12-07" not in found.values()


def test_a_day_a_past_act_took_place_on_stays_behind(analyse):
    assert times(analyse, "The Brenmouth council closed the ferry pier on Saturday.")["on Saturday"] == "2024-12-07"


@pytest.mark.parametrize("text, expression, value", [
    ("The tribunal rejected a request by the Marl party to delay the audit until January.", "until January",
     "2025-01"),
    ("The Veyra mining firm announced a plan to reopen the shaft on Saturday.", "on Saturday", "2024-12-14"),
])
def test_a_time_inside_what_a_noun_of_request_or_plan_names_lies_ahead(analyse, text, expression, value):
    assert times(analyse, text)[expression] == value


def test_a_time_after_an_infinitive_of_a_noun_of_rank_is_left_alone(analyse):
    # 'the first to arrive' names no act still to come
    assert times(analyse, "Ilse Marrow was the first to arrive on Saturday.")["on Saturday"] == "2024-12-07"


@pytest.mark.parametrize("step", ["the following week", "the week after"])
def test_the_following_week_is_the_week_after_the_story_time(analyse, step):
    found = times(analyse, f"Talks in Korrin opened on Nov. 28 and resumed {step}.")
    assert found[step] == "2024-W49"  # Nov. 28 falls in 2024-W48


def test_a_week_later_stays_a_day(analyse):
    assert times(analyse, "Talks in Korrin opened on Nov. 28 and resumed a week later.")["a week later"] == "2024-12-05"


def test_the_next_day_is_the_day_after_the_story_time(analyse):
    assert times(analyse, "Talks in Korrin opened on Nov. 28 and resumed the next day.")["the next day"] == "2024-11-29"


def test_report_days_and_months_ahead_of_a_bar_and_a_request(analyse):
    from tests.news import NEWS
    result = analyse((NEWS / "election_court.txt").read_text(encoding="utf-8"), published=MONDAY)
    values = [(t["text"], t["value"]) for t in result["times"]]
    assert ("until January", "2025-01") in values  # 'a request by the opposition to delay the hearing until January'
    assert ("on Saturday", "2024-12-14") in values and ("Sunday", "2024-12-15") in values  # 'will be barred from ...'


@pytest.mark.parametrize("text", [
    "The Varnel Isles government announced a ban on crab fishing from Saturday.",
    "The Orsk council imposed a curfew on the harbour district from Saturday.",
    "Pellin's customs office announced a tax on imported steel from Saturday, its director said.",
])
def test_a_measure_running_from_a_day_lies_ahead_of_the_telling(analyse, text):
    # a ban, curfew or tax told as running "from" a day is told before it starts, whatever the tense of the telling
    assert "2024-12-14" in times(analyse, text).values()


def test_a_measure_from_a_day_read_on_a_wednesday_is_the_coming_saturday(analyse):
    found = analyse("Tolvane announced a ban on Orsk grain from Saturday.", published="2024-12-11")["times"]
    assert [t["value"] for t in found] == ["2024-12-14"]


def test_a_measure_told_on_a_past_day_runs_from_the_first_such_day_after_it(analyse):
    # read on Monday 2024-12-16, announced on Wednesday 2024-12-11: the Saturday between the two
    text = "Tolvane announced on Wednesday a ban on Orsk grain from Saturday."
    found = {t["text"]: t["value"] for t in analyse(text, published="2024-12-16")["times"]}
    assert found["on Wednesday"] == "2024-12-11" and "2024-12-14" in found.values()


@pytest.mark.parametrize("text", [
    "The strike at the Orsk docks lasted from Saturday.",
    "Shops in Orsk were closed from Saturday to Monday.",
])
def test_from_a_day_without_a_measure_or_with_an_end_is_left_to_the_tense(analyse, text):
    assert "2024-12-07" in times(analyse, text).values()


def test_a_person_due_to_act_is_scheduled_ahead_though_the_verb_reads_as_an_adjective(analyse):
    # 2025-06-21 is a Saturday: the Friday before it is nearer, only the schedule sends it ahead
    r = analyse("The port was shut on Monday. Tova Reskin, the harbour minister, is due to brief senators on Friday.",
                published="2025-06-21")
    assert {t["text"]: t["value"] for t in r["times"]}.get("on Friday") == "2025-06-27"
