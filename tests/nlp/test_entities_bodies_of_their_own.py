"""A listed organisation's name inside a longer name with other capitalised words is another body."""
from __future__ import annotations


def _names(result):
    return {e["name"] for e in result["entities"]}


def test_a_capitalised_word_before_a_listed_name_makes_a_body_of_its_own(analyse):
    r = analyse("The Coastal Security Council, which has watched the strait since 2015, urged both navies to talk.")
    assert "UN Security Council" not in _names(r)


def test_the_listed_body_keeps_its_own_prefix(analyse):
    r = analyse("The UN Security Council met on Monday to discuss the strait.")
    assert "UN Security Council" in _names(r)


def test_a_name_before_its_mission_or_diplomats_is_a_state(analyse):
    r = analyse("Hackers linked to Ilm intelligence breached the grid, a report says.\n\n"
                "Hackers working for Ilm's military intelligence agency gained access to the servers of Ostrand's "
                "power utility, according to a report published on Monday by the security firm Bluecrest.\n\n"
                "The Ilm embassy in Ostrand City dismissed the report as \"lies\" and said Ilm \"has never "
                "interfered\" in the affairs of other states. Ostrand's premier said her government would expel "
                "three Ilm diplomats.")
    (ilm,) = [e for e in r["entities"] if e["name"] == "Ilm"]
    assert ilm["type"] == "GPE"
    assert "name before its diplomats or mission" in {x["rule"] for x in ilm["type_evidence"]}
