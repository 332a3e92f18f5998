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
