"""Events on sentences written for these tests: a weapon's fire as the subject of a verb of force is that act's
means, an act blamed on a party is the blamer's charge, a request answered was made of whoever answers it, a
resignation steps back, a charge named only as what a denial answers is no act, a thing denied is no target,
words sent are no aid, people rounded up are arrested, and a dateline, a told passive or a source hung on
the victims lends no role."""
from __future__ import annotations

from tests.conftest import event


def triggers(result) -> list[str]:
    return [e["trigger"]["text"] for e in result["events"]]


def test_weapon_fire_damaging_a_target_is_one_act_told_by_its_verb(analyse):
    r = analyse("Artillery fire damaged the old granary outside Pellow on Tuesday, the mayor said.")
    damage = event(r, "damaged")
    assert damage["type"] == "FIGHT" and damage["mode"] == "heavy-weapons"
    assert "fire" not in triggers(r)
    r = analyse("Tank fire damaged three houses in Ostrand overnight.")
    assert event(r, "damaged")["type"] == "FIGHT" and "fire" not in triggers(r)


def test_damage_by_no_weapon_is_no_attack(analyse):
    for text in ("The storm damaged the roof of the school in Pellow.",
                 "The scandal damaged the senator's campaign."):
        assert "damaged" not in triggers(analyse(text)), text


def test_an_act_noun_as_subject_of_a_killing_stays_its_own_act(analyse):
    r = analyse("A roadside bombing killed six police officers near Tessow on Friday.")
    assert event(r, "bombing")["type"] == "ASSAULT"


def test_an_act_blamed_on_a_party_is_the_charge_with_that_doer(analyse):
    r = analyse("Rocket fire hit the pumping station in Varnow on Sunday. The governor, Ilse Marrow, blamed the "
                "Ostrelan army for the shelling.")
    shelling = event(r, "shelling")
    assert "Ostrelan army" in shelling["roles"].get("actor", "")
    assert "actor" not in event(r, "hit")["roles"]  # the first account names no doer
    assert event(r, "blamed")["type"] == "DISAPPROVE"


def test_a_dam_giving_way_is_no_aid(analyse):
    r = analyse("Engineers warned that the Tolvar dam could give way within days.")
    assert "give" not in triggers(r)
    r = analyse("Dremia will give rifles to the Sable Front, the minister said.")
    assert "give" in triggers(r)


def test_a_request_answered_was_made_of_whoever_answers_it(analyse):
    r = analyse("Last month the Harlow council rejected Vennet's request for a waiver.")
    request = event(r, "request")
    assert request["roles"].get("actor") == "Vennet"
    assert "Harlow council" in (request["roles"].get("target") or request["roles"].get("recipient") or "")


def test_a_request_not_answered_keeps_no_target(analyse):
    r = analyse("Vennet's request for a waiver was filed in May.")
    request = event(r, "request")
    assert "target" not in request["roles"] and "recipient" not in request["roles"]


def test_a_resignation_steps_back_even_when_announced(analyse):
    r = analyse("Prime Minister Aldo Ferrant resigned on Sunday.")
    assert event(r, "resigned")["type"] == "RETREAT"
    r = analyse("The interior minister, Pavla Drest, will resign next week, her office said.")
    assert event(r, "resign")["type"] == "RETREAT"
    r = analyse("The interior minister, Pavla Drest, agreed to resign after the vote.")
    assert event(r, "agreed")["type"] == "AGREE"


def test_a_charge_named_only_as_what_a_denial_answers_is_no_act(analyse):
    r = analyse("Tarvel's foreign ministry rejected the accusation as a fabrication.")
    assert "accusation" not in triggers(r)
    assert event(r, "rejected")["type"] == "REJECT"


def test_a_charge_denied_with_its_verdict_hung_on_it_is_no_act(analyse):
    # the parser hangs the as-phrase on the plural charge noun: the verdict of the denial, no matter of the charge
    r = analyse("Velmark's embassy in Orsk dismissed the accusations as \"fairy tales\".")
    assert "accusations" not in triggers(r)
    assert event(r, "dismissed")["type"] == "REJECT"


def test_a_charge_with_its_maker_named_is_still_the_charge(analyse):
    r = analyse("Tarvel's foreign ministry rejected Ombria's accusation of piracy.")
    assert event(r, "accusation")["type"] == "DISAPPROVE"


def test_a_thing_denied_or_decried_is_no_target(analyse):
    r = analyse("Brannock Shipping denied any wrongdoing on Tuesday.")
    assert "target" not in event(r, "denied")["roles"]
    r = analyse("Senator Ilsa Corve criticised the budget in a speech.")
    assert "target" not in event(r, "criticised")["roles"]


def test_a_party_rejected_or_the_owner_of_what_is_rejected_stays_the_target(analyse):
    r = analyse("The Tessarian government rejected Ombria's proposal for talks.")
    assert event(r, "rejected")["roles"].get("target") == "Ombria"
    r = analyse("Senator Ilsa Corve criticised the protesters outside parliament.")
    assert "protesters" in event(r, "criticised")["roles"].get("target", "")


def test_words_sent_are_no_aid(analyse):
    for text in ("President Ulla Brent sent a letter to the Varnish parliament on Monday.",
                 "The cable, sent on May 2 by the Ostrian embassy in Kell, describes the meeting."):
        assert "sent" not in triggers(analyse(text)), text


def test_goods_sent_are_still_aid(analyse):
    r = analyse("Kestria sent rifles to the Sable Front last month.")
    assert event(r, "sent")["type"] == "AID"


def test_an_account_given_is_no_aid(analyse):
    r = analyse("The report confirms the account given to the Harlow Gazette by officials last week.")
    assert "given" not in triggers(r)


def test_a_dateline_read_as_a_second_subject_is_no_victim(analyse):
    r = analyse("TESSOW (Kell Wire) - At least 12 people were killed when Ombrian police opened fire on marchers in "
                "the capital on Saturday, a rights group said.")
    # the killing is the toll of the fire told in the when-clause (as "killed when a drone struck" is)
    for act in r["events"]:
        assert "TESSOW" not in act["roles"].get("target", "")
        # victims told only by their number are no party the act was aimed at
        assert "12 people" not in act["roles"].get("target", "")


def test_a_noun_naming_the_kind_of_people_held_is_nothing_received(analyse):
    r = analyse("Ombria has taken more than a dozen aid workers into custody, the Tessow Ledger reported.")
    assert "taken" not in [e["trigger"]["text"] for e in r["events"] if e["type"] == "AID"]
    r = analyse("The Sable Front received weapons shipments from Kestria in May.")
    assert event(r, "received")["type"] == "AID"


def test_people_rounded_up_by_a_force_are_arrested(analyse):
    r = analyse("Ombrian police rounded up dozens of marchers in Tessow on Saturday.")
    arrest = event(r, "rounded up")
    assert arrest["type"] == "COERCE" and arrest["mode"] == "arrest"
    r = analyse("Senator Ilsa Corve rounded up votes for the budget.")
    assert "rounded up" not in triggers(r)


def test_a_place_a_rejected_report_tells_of_is_no_target(analyse):
    r = analyse("Ombria's foreign ministry rejected reports that aid workers had been detained in Tessow.")
    assert "Tessow" not in event(r, "rejected")["roles"].get("target", "")


def test_a_verbal_participle_after_a_told_passive_is_the_speaker_s(analyse):
    r = analyse("The interior minister, Vera Tollan, said the trawler Gull had been seized inside Ombrian waters, "
                "rejecting Kestria's accusation of piracy.")
    assert "Tollan" in event(r, "rejecting")["roles"].get("actor", "")


def test_a_figure_given_is_no_aid(analyse):
    r = analyse("The Tessow Ledger gave the number of dead as 12.")
    assert "gave" not in triggers(r)


def test_the_source_hung_on_the_victims_is_no_part_of_them(analyse):
    r = analyse("Ombrian jets bombed the grain market in Tessow on Friday, killing at least nine people, the head of "
                "the town's clinic, Mara Ostrel, told the Kell Courier.")
    # the killing is the bombing's result, a mention of it; neither it nor the bombing takes the source as victim
    bombed = event(r, "bombed")
    assert "killing" in [m["text"] for m in bombed["mentions"]]
    aimed = bombed["roles"].get("target", "")
    assert "Ostrel" not in aimed and "clinic" not in aimed


def test_forces_blamed_are_a_party_the_blame_is_aimed_at(analyse):
    r = analyse("The governor blamed forces loyal to the Western Front for the shelling.")
    (blame,) = [e for e in r["events"] if e["trigger"]["text"] == "blamed"]
    # used to lose its target: "forces" was read as a thing decried, as "denied any wrongdoing" is
    assert blame["roles"].get("target") == "forces"
