"""Events on sentences written for these tests: a name banned or outlawed is the party the ban falls on."""
from __future__ import annotations

import pytest

from tests.conftest import event


@pytest.mark.parametrize("text, trigger", [
    ("Minister Brand threatened to ban the Silver Accord if its supporters kept blocking roads.", "ban"),
    ("Brand also threatened to outlaw the Silver Accord, Varnek's party, over the protests.", "outlaw"),
])
def test_the_banned_name_is_the_target(analyse, text, trigger):
    assert event(analyse(text), trigger)["roles"].get("target") == "Silver Accord", text

