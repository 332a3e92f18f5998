"""A court's chief judge leads the court: "the court's chief judge, X" is leader_of, a bare "Chief Justice X" no state's."""
from __future__ import annotations


def relations(result, kind):
    return {(r["subject"], r["object"]) for r in result["relations"] if r["type"] == kind}


def test_the_court_s_chief_judge_leads_the_court(analyse):
    r = analyse("The Varnish Supreme Court halted the vote count on Monday. The court's chief judge, Pella Oster, "
                "said the count would resume after an audit.")
    assert ("Pella Oster", "Varnish Supreme Court") in relations(r, "leader_of"), r["relations"]


def test_a_court_named_before_its_chief_justice_is_led_by_them(analyse):
    r = analyse("The Tarnholt High Court's chief justice, Edda Morrow, said on Friday that the appeal would be "
                "heard in May.")
    assert ("Edda Morrow", "Tarnholt High Court") in relations(r, "leader_of"), r["relations"]


def test_a_chief_justice_with_no_court_named_leads_no_state(analyse):
    r = analyse("Voters in Morvia go to the polls on Sunday. Chief Justice Hana Morrel said the count would be "
                "public. Morvia's president, Ulf Baran, agreed.")
    assert not any(s == "Hana Morrel" for s, _ in relations(r, "leader_of")), r["relations"]
