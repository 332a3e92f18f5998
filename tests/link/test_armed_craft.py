"""Craft only a state's armed or policing service sails or flies, named by the state's adjective ("Kestrian patrol
boats", "Orvellan warships"), stand for that service and so act for the state; a ship of any other kind so named
("a Kestrian cargo ship") may be anyone's."""
from __future__ import annotations

import pytest

from claimgraph.link import identities


@pytest.mark.parametrize("words, named", [
    (["patrol", "boats"], True),
    (["warships"], True),
    (["navy", "patrol", "boats"], True),
    (["gunboat"], True),
    (["cargo", "ship"], False),
    (["boats"], False),
    (["bombers"], False),
])
def test_armed_craft_name_a_service(words, named):
    assert identities.service_words(words) is named
