"""What is an event: a standing conflict named as the setting of something else is no act of fighting."""
from __future__ import annotations


def triggers(result, type_=None):
    return [e["trigger"]["text"] for e in result["events"] if type_ is None or e["type"] == type_]


def test_war_that_frames_another_noun_is_no_event(analyse):
    r = analyse("The militia is weighing opening a second front in Russia's war on Ukraine, officials said.")
    assert "war" not in triggers(r)


def test_war_as_the_time_of_a_clause_is_no_event(analyse):
    r = analyse("Grain exports from the port fell sharply during the war in Sudan.")
    assert "war" not in triggers(r)


def test_parties_to_a_conflict_name_no_fighting(analyse):
    r = analyse("Envoys urged the parties to the conflict in Yemen to allow aid convoys through.")
    assert "conflict" not in triggers(r)


def test_war_waged_or_joined_stays_an_act(analyse):
    declared = analyse("Ethiopia declared war on Eritrea in May 1998.")
    assert "war" in triggers(declared, "FIGHT")
    joined = analyse("Pakistan joined the war against the Taliban in 2001.")
    assert "war" in triggers(joined, "FIGHT")


def test_taking_part_in_a_war_is_not_its_setting(analyse):
    r = analyse("Turkey refused to participate in the war against Iraq.")
    assert "war" in triggers(r)


def test_a_press_release_is_a_statement_not_a_release(analyse):
    r = analyse("The navy said in a press release that the exercise had ended.")
    assert "release" not in triggers(r)
    freed = analyse("Iran announced the release of two French citizens on Friday.")
    assert "release" in triggers(freed, "RETREAT")
