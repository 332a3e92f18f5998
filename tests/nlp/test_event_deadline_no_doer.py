"""Events on unseen text: a by-phrase of an act noun that names a time is its deadline, never its doer."""
from __future__ import annotations

from tests.conftest import event


def test_a_deadline_after_an_act_noun_is_no_doer(analyse):
    r = analyse("The Osk Front demands the release of nine of its fighters from Orvan prisons by November 15.")
    assert "November" not in event(r, "release")["roles"].get("actor", "")
    # a party in the by-phrase still does the act
    r = analyse("The seizure of the tanker Orla by Delkan commandos drew protests from Velmar.")
    assert "commandos" in event(r, "seizure")["roles"].get("actor", "")
