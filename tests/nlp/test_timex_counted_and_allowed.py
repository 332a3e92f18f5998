"""Times on sentences written for these tests: a length counted by an article after an approximator, a step the
tagger runs together with the object before it, a deadline allowed for an act, counted lengths placed at their
beginning, from the day of the act their noun names or from a time the noun carries, and a day after a preposition
the parser left without an object."""
from __future__ import annotations


def dated(result):
    return {t["text"]: (t.get("value"), t.get("granularity")) for t in result["times"]}


# 2028-11-22 is a Wednesday: the Sunday before it is 11-19, the Friday 11-17
WEDNESDAY = "2028-11-22"


def test_an_approximated_single_unit_is_a_length(analyse):
    r = analyse("Witnesses said the helicopter hovered over Darnley for nearly an hour.", published=WEDNESDAY)
    assert dated(r).get("for nearly an hour") == (None, "duration")


def test_more_than_a_year_is_a_length(analyse):
    r = analyse("The Tessaly inquiry took more than a year to finish.", published=WEDNESDAY)
    assert dated(r).get("more than a year") == (None, "duration")


def test_a_deadline_allowed_for_an_act_lies_after_the_granting(analyse):
    r = analyse("The Orvel court gave the shipping firm until December 8 to pay the fine.", published=WEDNESDAY)
    assert dated(r).get("until December 8") == ("2028-12-08", "day")


def test_a_deadline_allowed_in_the_past_counts_from_the_day_of_granting(analyse):
    r = analyse("On October 2 the Orvel court gave the shipping firm until October 20 to pay the fine.",
                published=WEDNESDAY)
    assert dated(r).get("until October 20") == ("2028-10-20", "day")


def test_a_bound_with_no_act_allowed_keeps_the_tense(analyse):
    r = analyse("The curfew in Darnley lasted until December 8.", published=WEDNESDAY)
    assert dated(r).get("until December 8") == ("2027-12-08", "day")


def test_a_length_after_a_seizure_told_with_its_content_begins_on_the_seizure(analyse):
    r = analyse("Customs officers seized 200 rifles aboard a barge in Helm last Friday. A prosecutor, Ilka Marr, "
                "told reporters two days after the seizure that she would charge the barge's owner.",
                published=WEDNESDAY)
    assert dated(r).get("two days after") == ("2028-11-17", "day")


def test_a_deadline_ahead_is_no_day_to_count_from(analyse):
    r = analyse("Velmar has given two Ostrian envoys until Sunday to leave, five days after its police arrested a "
                "clerk, the foreign ministry said on Wednesday.", published=WEDNESDAY)
    assert dated(r).get("five days after") == ("2028-11-17", "day")


def test_a_length_before_a_noun_with_its_own_day_counts_from_that_day(analyse):
    r = analyse("Police in Varos said the two men bought the fertiliser two days before Sunday's attack.",
                published=WEDNESDAY)
    times = dated(r)
    assert times.get("two days before") == ("2028-11-17", "day")
    assert "before Sunday" not in times


def test_a_length_before_a_noun_dated_by_its_month_counts_back_from_it(analyse):
    r = analyse("Police arrested four men in Varos on Sunday. The men entered the country three weeks before "
                "last month's bombing.", published=WEDNESDAY)
    assert dated(r).get("three weeks before") == ("2028-09", "month")


def test_a_day_after_an_objectless_preposition_keeps_it(analyse):
    r = analyse("Satellite images taken on Monday show burnt trucks near Varos.", published=WEDNESDAY)
    assert dated(r).get("on Monday") == ("2028-11-20", "day")


def test_a_step_the_tagger_runs_into_the_object_before_it_is_the_step(analyse):
    r = analyse("A blast hit the Varos depot on Sunday. The interior ministry, which had blamed saboteurs, ordered "
                "an inquiry two days later.", published=WEDNESDAY)
    assert dated(r).get("two days later") == ("2028-11-21", "day")


def test_a_length_after_a_strike_counts_from_the_day_of_the_strike(analyse):
    r = analyse("A drone strike on a convoy near Varos killed nine people on Sunday. The families had left the "
                "town of Osk on Saturday. The group's commander spoke in a video posted hours after the strike.",
                published=WEDNESDAY)
    assert dated(r).get("hours after") == ("2028-11-19", "day")


def test_a_preposition_before_a_possessive_time_takes_the_noun_not_the_time(analyse):
    r = analyse("The Tarn ministry published a report on last month's blackout in Varos.", published=WEDNESDAY)
    times = dated(r)
    assert times.get("last month") == ("2028-10", "month")
    assert "on last month" not in times


def test_a_stamp_after_an_entry_rule_is_on_the_day_of_publication(analyse):
    r = analyse("The Varos Ledger reported Saturday that the mayor had resigned.  ___.  2 p.m.  The mayor of Osk is "
                "seeking a recount.  ___.  1:40 p.m.  The council of Osk says it will meet.", published=WEDNESDAY)
    times = dated(r)
    assert times.get("2 p.m.") == ("2028-11-22", "day")
    assert times.get("1:40 p.m.") == ("2028-11-22", "day")


def test_a_time_of_day_in_a_sentence_stays_on_the_story_day(analyse):
    r = analyse("Rebels shelled Osk on Saturday. The shelling stopped at 2 p.m.", published=WEDNESDAY)
    assert dated(r).get("at 2 p.m.") == ("2028-11-18", "day")
