"""A group the lead introduces by its members ("Hackers working for X") and the text names later ("the group it
calls Y") is one entity with them, and "the hackers" names it again. Texts written for these tests."""
from __future__ import annotations


def entity_with(result, text):
    return next((e for e in result["entities"] if any(m["text"] == text for m in e["mentions"])), None)


TEXT = ("PELLOR (Varn Wire) - Hackers working for the army of neighbouring Ostrava shut down the water supply of "
        "much of Pellor on Monday, Greyfield Labs, a security firm, said on Tuesday.\n\n"
        "The utility said supply had been restored by Wednesday. Officials put the cost at two million crowns.\n\n"
        "The firm, which has tracked the group it calls Night Otter since 2022, said the code matched earlier "
        "attacks. Investigators said the hackers had entered through a supplier.")


def test_the_leads_bare_plural_of_members_is_the_group_named_later(analyse):
    r = analyse(TEXT)
    group = entity_with(r, "Night Otter")
    assert group is not None
    texts = [m["text"] for m in group["mentions"]]
    assert "Hackers" in texts


def test_the_members_named_again_are_the_named_group(analyse):
    r = analyse(TEXT)
    group = entity_with(r, "Night Otter")
    assert group is not None and "the hackers" in [m["text"] for m in group["mentions"]]
