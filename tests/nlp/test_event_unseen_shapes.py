"""Events on unseen text: who is on strike, gatherings prevented or no longer tolerated, and work stopped."""
from __future__ import annotations

from tests.conftest import event


def test_who_stays_or_goes_on_strike_is_the_actor(analyse):
    r = analyse("Bus drivers will stay on strike until the pay dispute is settled, the union said.")
    strike = event(r, "strike")
    assert strike["type"] == "PROTEST"
    assert "drivers" in strike["roles"].get("actor", "")


def test_a_gathering_prevented_is_repression(analyse):
    r = analyse("Riot police in Ankara prevented the march from reaching the square on Sunday.")
    prevented = event(r, "prevented")
    assert prevented["type"] == "COERCE"
    assert "police" in prevented["roles"].get("actor", "")
    # the march is what was prevented, part of this event and no protest of its own
    assert not any(e["trigger"]["text"] == "march" for e in r["events"])


def test_gatherings_no_longer_tolerated_are_a_threat(analyse):
    r = analyse("The interior ministry warned that it will no longer tolerate rallies outside the parliament.")
    assert event(r, "tolerate")["type"] == "THREATEN"


def test_tolerating_a_gathering_is_no_act(analyse):
    r = analyse("The mayor said the city would tolerate the rally on Saturday.")
    assert not any(e["trigger"]["text"] == "tolerate" for e in r["events"])


def test_a_workforce_stopping_work_strikes_and_a_firm_does_not(analyse):
    r = analyse("Nurses at the Lisbon hospital stopped work at noon on Friday.")
    stopped = event(r, "stopped")
    assert stopped["type"] == "PROTEST"
    assert "Nurses" in stopped["roles"].get("actor", "")
    firm = analyse("The builder stopped work on the bridge after the accident.")
    assert not any(e["trigger"]["text"] == "stopped" for e in firm["events"])


def test_a_standing_ban_on_gatherings_told_in_the_present_is_repression(analyse):
    r = analyse("The regional government does not allow rallies outside the courthouse, officials in Lyon said.")
    allowed = event(r, "allow")
    assert allowed["type"] == "COERCE"
    assert "government" in allowed["roles"].get("actor", "")
    # a habit denied in the same shape is still no act
    r = analyse("The company does not sell weapons to private buyers.")
    assert not any(e["trigger"]["text"] == "sell" for e in r["events"])


def test_sales_of_goods_to_no_one_are_trade_figures_not_aid(analyse):
    r = analyse("Sales of coffee rose 8 percent in the second quarter, the retailer said.")
    assert not any(e["trigger"]["text"].lower() == "sales" for e in r["events"])
    r = analyse("Norway approved arms sales to Brazil on Monday.")
    assert event(r, "sales")["type"] == "AID"


def test_a_subpoena_is_legal_coercion_of_its_object(analyse):
    r = analyse("A congressional panel subpoenaed the airline's maintenance logs on Tuesday.")
    subpoena = event(r, "subpoenaed")
    assert subpoena["type"] == "COERCE"
    assert "panel" in subpoena["roles"].get("actor", "")


def test_a_workforce_that_strikes_stops_work_and_an_armed_doer_attacks(analyse):
    # CAMEO 143: the verb with a workforce for its doer and no object is a work stoppage, also under a control verb
    for text, actor in (("Bus drivers in Leeds could strike next month over pensions.", "drivers"),
                        ("Nurses at the Porto clinic voted on Monday to strike.", "Nurses")):
        strike = event(analyse(text), "strike")
        assert (strike["type"], strike.get("mode")) == ("PROTEST", "strike-gen"), text
        assert actor in strike["roles"].get("actor", ""), text
    assert event(analyse("Rebels could strike the garrison again, officials warned."), "strike")["type"] != "PROTEST"
    # with an object the verb is another sense: no work stoppage
    r = analyse("Dock workers struck a deal with the operator on Friday.")
    assert not any(e["type"] == "PROTEST" for e in r["events"])


def test_a_deal_or_a_tone_struck_is_no_attack(analyse):
    # "strike" in a fixed phrase: the deal noun is the act (AGREE), a tone, balance or law struck down no act at all
    for text in ("The carmaker struck a deal with its lenders on Tuesday.",
                 "A deal was struck after two days of talks in Oslo.",
                 "The minister struck a measured tone in his speech."):
        r = analyse(text)
        assert not any(e["type"] in {"ASSAULT", "FIGHT"} for e in r["events"]), text
    assert event(analyse("The carmaker struck a deal with its lenders on Tuesday."), "deal")["type"] == "AGREE"
    # with any other object the verb is still a blow
    assert event(analyse("Rebels struck the garrison at dawn, killing two guards."), "struck")["type"] in {
        "ASSAULT", "FIGHT"}


def test_a_workforce_that_walks_out_stops_work_and_one_leaving_talks_does_not(analyse):
    walked = event(analyse("Nurses at the Turin hospital walked out over unpaid wages on Monday."), "walked out")
    assert (walked["type"], walked.get("mode")) == ("PROTEST", "strike-gen")
    assert "Nurses" in walked["roles"].get("actor", "")
    # a workforce leaving a meeting, and anyone else walking out, stop no work
    for text in ("Union negotiators walked out of the talks in Turin on Monday.",
                 "Several guests walked out during the speech."):
        assert not any(e.get("mode") == "strike-gen" for e in analyse(text)["events"]), text
