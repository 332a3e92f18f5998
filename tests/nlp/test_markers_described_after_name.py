"""Labels of a body: an outlet noun the tagger reads as an adjective ("a daily close to Y"), an adjective phrase
after a body noun ("a group close to Y"), a bank's kind ("a private bank"), a described kind of outlet before its
name ("the opposition weekly X")."""
from __future__ import annotations


def labels(result):
    return {(m["span"]["text"], m.get("about")) for m in result["markers"] if m["kind"] == "label"}


def test_daily_read_as_adjective_is_the_outlet_label(analyse):
    r = analyse("Police found a second phone in Garvel's flat, the Tessmark Herald, a daily close to the army, "
                "reported on Sunday.")
    assert any(text.startswith("a daily close to") and about == "Tessmark Herald" for text, about in labels(r))


def test_weekly_critical_of_a_government(analyse):
    r = analyse("The Tessmark Herald, a weekly critical of the government, reported the arrests.")
    assert ("a weekly critical of the government", "Tessmark Herald") in labels(r)


def test_group_described_by_an_adjective_phrase(analyse):
    r = analyse("The Harlan Circle, a group close to the army, said the vote was rigged.")
    assert ("a group close to the army", "Harlan Circle") in labels(r)


def test_private_bank_is_a_label_of_the_bank(analyse):
    r = analyse("Officials said Pellan Trust, a private bank in Norvay, had handled the payments.")
    assert ("a private bank", "Pellan Trust") in labels(r)


def test_think_tank_is_one_noun_of_a_kind_of_body(analyse):
    r = analyse("The Harlow Institute, a conservative think tank, said the Tessaly data were wrong.")
    assert ("a conservative think tank", "Harlow Institute") in labels(r)


def test_a_watchdog_and_a_nonprofit_are_kinds_of_body(analyse):
    r = analyse("Open Ledger, a government watchdog, and Clean Vote, a nonprofit, said the Tessaly data were wrong.")
    found = labels(r)
    assert ("a government watchdog", "Open Ledger") in found and ("a nonprofit", "Clean Vote") in found


def test_a_described_outlet_kind_right_before_its_name(analyse):
    r = analyse("The arrests were reported on Monday by the opposition weekly Raskell Sentinel.")
    assert ("the opposition weekly", "Raskell Sentinel") in labels(r)


def test_a_bare_outlet_kind_before_its_name_is_no_label(analyse):
    r = analyse("The daily Tessmark Herald reported the arrests on Monday.")
    assert not labels(r)
