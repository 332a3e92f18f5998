"""The state a story is set in, told by what the text gives it (its election, its region), owns the organs the text
names bare ("police", "parliament", "the interior ministry"); a bare organ word names again the one organ of that
word the text named with its owner. Texts written for these tests."""
from __future__ import annotations


def entity_with(result, text):
    return next((e for e in result["entities"] if any(m["text"] == text for m in e["mentions"])), None)


def test_a_state_whose_election_the_story_tells_owns_the_bare_organs(analyse):
    r = analyse("MERLOT (Harl Wire) - The ruling party won most seats in Dravonia's parliamentary election on "
                "Sunday, the election board said. Turnout among Dravonian voters was low. Police fired tear gas at a rally in Merlot on Monday. The interior "
                "ministry said the rally had not been authorised. Velland urged calm.")
    police = entity_with(r, "Police")
    assert police is not None and police["type"] == "ORG" and police["name"].endswith("police")
    assert police["name"].startswith("Dravoni")
    ministry = entity_with(r, "The interior ministry")
    assert ministry is not None and ministry["name"].startswith("Dravoni")


def test_a_state_whose_region_the_story_tells_owns_parliament(analyse):
    r = analyse("Saboteurs cut power to much of Kestria's northern Ulm region on Sunday, a security firm said. "
                "Teldova denied any part in it. The energy minister told parliament on Tuesday that the grid would "
                "be repaired.")
    chamber = entity_with(r, "parliament")
    assert chamber is not None and chamber["name"].startswith("Kestri")


def test_bare_police_name_again_the_one_police_named_with_its_owner(analyse):
    r = analyse("A journalist was stabbed in Orvik on Friday, Tamaria's national police said on Saturday. The man "
                "who attacked him has not been found, police said. Gelvan's embassy said it had no comment.")
    police = entity_with(r, "Tamaria's national police")
    assert police is not None
    assert "police" in [m["text"] for m in police["mentions"]]


def test_a_state_whose_part_the_story_tells_by_its_compass_point_owns_the_army(analyse):
    r = analyse("Gunmen of the Grey Foxes, a group in Morvane's southern hills, seized two engineers from Ostavia on "
                "Monday, a security firm said. Ostavia's government asked for help. A Morvanian police officer said "
                "the army had sent troops to the hills.")
    army = entity_with(r, "the army")
    assert army is not None and army["name"].startswith("Morvan")
