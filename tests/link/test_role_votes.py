"""A linked claim's roles as a vote over the articles that tell it, copies counted once."""
from __future__ import annotations

from claimgraph.link.linker import role_votes, voted_roles


class Votes:
    """The two reads voting makes of a store: a claim's keys by prefix, and whether an identity still exists."""

    def __init__(self, keys: list[str], identities: set[int]):
        self.keys, self.identities = keys, identities

    def claim_keys_with_prefix(self, key: int, prefix: str) -> list[str]:
        return [k for k in self.keys if k.startswith(prefix)]

    def identity_name(self, identity: int) -> str | None:
        return f"identity {identity}" if identity in self.identities else None


def profile(roles, negative=False, event_type="FIGHT"):
    return {"roles": roles, "negative": negative, "event_type": event_type}


def cast(*mentions):
    return sorted(k for roles, voter in mentions for k in role_votes(profile(roles), voter))


def test_a_role_told_so_by_more_articles_replaces_the_first_reading():
    keys = cast(({"actor": 4, "recipient": "words:at least 12 people"}, "g1"),
                ({"actor": 4, "recipient": 9}, "g2"), ({"recipient": 9}, "g3"))
    roles = voted_roles(Votes(keys, {4, 9}), 1, {"actor": 4, "recipient": "words:at least 12 people"})
    assert roles == {"actor": 4, "recipient": 9}


def test_a_copy_is_no_second_voice():
    # the second reading is told by one article and its two copies: one copy group against one article
    keys = cast(({"recipient": 9}, "g1"), ({"recipient": "words:the village"}, "g2"),
                ({"recipient": "words:the village"}, "g2"), ({"recipient": "words:the village"}, "g2"))
    assert voted_roles(Votes(keys, {9}), 1, {"recipient": 9}) == {"recipient": 9}


def test_on_a_tie_the_first_reading_stays():
    keys = cast(({"recipient": 5}, "g1"), ({"recipient": 7}, "g2"))
    assert voted_roles(Votes(keys, {5, 7}), 1, {"recipient": 5}) == {"recipient": 5}
    keys = cast(({"recipient": "words:bloc"}, "g1"), ({"recipient": "words:alliance"}, "g2"))
    assert voted_roles(Votes(keys, set()), 1, {"recipient": "words:bloc"}) == {"recipient": "words:bloc"}


def test_on_a_tie_a_named_party_outweighs_words():
    # "seized a cargo ship" in one report, "seized the cargo ship Morrow Star" in another: the name says which ship
    keys = cast(({"recipient": "words:cargo ship"}, "g1"), ({"recipient": 7}, "g2"))
    assert voted_roles(Votes(keys, {7}), 1, {"recipient": "words:cargo ship"}) == {"recipient": 7}
    assert voted_roles(Votes(keys, {7}), 1, {"recipient": 7}) == {"recipient": 7}


def test_an_identity_merged_away_casts_no_vote():
    keys = cast(({"actor": 3}, "g1"), ({"actor": 8}, "g2"), ({"actor": 8}, "g3"))
    assert voted_roles(Votes(keys, {3}), 1, {"actor": 3}) == {"actor": 3}


def test_a_denial_and_a_claim_without_an_event_cast_no_vote():
    assert role_votes(profile({"actor": 3}, negative=True), "g1") == set()
    assert role_votes(profile({"actor": 3}, event_type=None), "g1") == set()
    assert role_votes(profile({"actor": 3}), "g1") == {"role:actor=3@g1"}
