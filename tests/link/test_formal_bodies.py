"""A state's body given by its formal name ("Ministry of Defence of X"), as an outlet or in the text, is an organ of
the state, never the state's name: the state keeps its own name whichever comes first."""
from __future__ import annotations

import pytest

from claimgraph.link import identities
from claimgraph.store import Store


@pytest.mark.parametrize("state_first", [True, False])
def test_a_ministry_named_of_its_state_is_not_the_state(tmp_path, state_first):
    with Store.open(tmp_path / "s.db") as db:
        names = ["Marvale", "Ministry of Defence of Marvale"]
        made = {n: identities.resolve_name(db, n) for n in (names if state_first else names[::-1])}
        assert made["Marvale"] != made["Ministry of Defence of Marvale"]
        assert db.identity_name(made["Marvale"]) == "Marvale"
        assert identities.lookup(db, "Marvale") == [made["Marvale"]]


def test_the_same_ministry_in_its_common_shape_is_the_formal_body(tmp_path):
    with Store.open(tmp_path / "s.db") as db:
        state = identities.resolve_name(db, "Marvale")
        formal = identities.resolve_name(db, "Ministry of Defence of Marvale")
        assert identities.resolve_name(db, "Marvale's defence ministry") == formal
        assert identities.resolve_name(db, "Marvale's foreign ministry") not in (formal, state)


def test_the_common_shape_first_takes_the_formal_name_after_it(tmp_path):
    with Store.open(tmp_path / "s.db") as db:
        state = identities.resolve_name(db, "Marvale")
        body = identities.resolve_name(db, "Marvale's interior ministry")
        assert identities.resolve_name(db, "the Ministry of Interior of Marvale") == body != state


@pytest.mark.parametrize("name, same", [("Republic of Marvale", True), ("Kingdom of Marvale", True),
                                        ("University of Marvale", False), ("Bank of Marvale", False)])
def test_a_states_formal_name_is_the_state_and_other_heads_are_not(tmp_path, name, same):
    with Store.open(tmp_path / "s.db") as db:
        state = identities.resolve_name(db, "Marvale")
        assert (identities.resolve_name(db, name) == state) is same


@pytest.mark.parametrize("formal", ["Ministry of Defence of Norvania", "Norvanian Ministry of Defence"])
def test_a_ministry_by_its_formal_name_answers_to_its_state(tmp_path, formal):
    from claimgraph.link.linker import formal_state
    with Store.open(tmp_path / "s.db") as db:
        state = identities.resolve_name(db, "Norvania")
        body = identities.resolve_name(db, formal)
        assert body != state
        assert state in identities.ancestors(db, body)
        assert formal_state(db, body) == state
        # a body of no known state, and the state itself, answer to nobody by name
        assert formal_state(db, identities.resolve_name(db, "Ministry of Defence of Tessin")) is None
        assert formal_state(db, state) is None
