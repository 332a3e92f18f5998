"""A state's services and bodies across articles: named by their parts and craft, named without their state, and
denied by the state they belong to; and an act intended, linked as the act."""
from __future__ import annotations

import pytest

from claimgraph.link import identities
from claimgraph.link.linker import denied_report, intended_act, link_pending, participant
from claimgraph.store import Store

from tests.link.conftest import span_of


def store_all(db, documents):
    with Store.open(db) as store:
        for document, result in documents:
            store.write(document, result)
        link_pending(store)
        return [tuple(r) for r in store.query(
            "SELECT m.linked_claim, d.document_id FROM linked_claim_mentions m JOIN documents d ON d.id = m.document"
            " ORDER BY d.id")]


@pytest.mark.parametrize("name, state", [
    ("a unit of Calvador's army", True),
    ("crews of the Calvadoran coast guard", True),
    ("Calvadoran coast guard vessels", True),
    ("a Calvadoran army unit", True),
    ("the Calvadoran coast guard", True),
    ("Calvador's air force", True),
    ("Calvadoran security agents", True),  # the agents of its security service
    ("Calvador's security services", True),
    ("Calvadoran agents", False),  # agents of no named service
    ("Calvadoran security officials", False),  # officials speak, they are no service's parts
    ("Calvador's foreign ministry", False),  # a ministry speaks for the state, it is no armed service
    ("the Sea Lark", False),
    ("the Thorn Valley Guard", False),  # a service with a name of its own is a party of its own
])
def test_a_service_named_by_its_parts_and_craft_acts_for_its_state(tmp_path, name, state):
    with Store.open(tmp_path / "s.db") as db:
        calvador = identities.resolve_name(db, "Calvador")
        assert (identities.by_service(db, name) == calvador) is state


def test_a_service_named_without_its_state_is_that_of_the_state_whose_services_the_article_names(tmp_path):
    with Store.open(tmp_path / "s.db") as db:
        calvador = identities.resolve_name(db, "Calvador")
        identities.resolve_name(db, "Tessania")
        text = "The ministry said Calvadoran navy ships had escorted grain carriers. Tessania's envoy left."
        assert identities.service_states(db, text) == {calvador}
        assert participant(db, "coast guard", text, {}, served={calvador}) == calvador
        # two states with services named: whose "the coast guard" it is stays open
        assert participant(db, "coast guard", text, {}, served={calvador, calvador + 1}) != calvador
        assert identities.bare_service("the coast guard") and identities.bare_service("coast guard")
        assert not identities.bare_service("Calvadoran coast guard")


def test_a_peoples_adjective_before_a_common_noun_describes_and_names_nobody(tmp_path):
    with Store.open(tmp_path / "s.db") as db:
        identities.resolve_name(db, "Tessania")
        assert participant(db, "Tessanian freighter", "a Tessanian freighter", {}) == "words:tessanian freighter"
        assert isinstance(participant(db, "Sea Lark", "the freighter Sea Lark", {}), int)


def test_a_denial_by_the_state_meets_the_act_of_its_service_named_without_the_state(tmp_path, built):
    """"The Calvadoran coast guard seized the freighter Sea Lark"; the state's defence ministry "denied that the coast
    guard had seized a Tessanian freighter" in an article naming "Calvadoran navy ships": one claim, denied."""
    first = built("The Calvadoran coast guard seized the freighter Sea Lark off Brask.", outlet="A",
                  published="2026-03-01", entities=[("Sea Lark", "VEHICLE"), ("Calvador", "GPE")],
                  claim="The Calvadoran coast guard seized the freighter Sea Lark off Brask",
                  event={"type": "COERCE", "roles": {"actor": "Calvadoran coast guard", "target": "Sea Lark"}})
    text = ("Calvador's defence ministry denied that the coast guard had seized a Tessanian freighter. "
            "Calvadoran navy ships had escorted grain carriers.")
    denial = built(text, outlet="B", published="2026-03-03", entities=[("Calvador", "GPE")],
                   claim="the coast guard had seized a Tessanian freighter", certainty=-3,
                   event={"type": "COERCE", "roles": {"actor": "coast guard", "target": "Tessanian freighter"}})
    rows = store_all(tmp_path / "s.db", [first, denial])
    assert rows[0][0] == rows[1][0]


def test_a_state_denying_an_act_denies_the_act_of_its_body(tmp_path, built):
    """"Calvador's military intelligence broke into the port authority's network"; "Calvador has never attacked any
    state's networks" denies it: a state answers for its bodies. An assertion of another act by the state does not
    join the body's act."""
    parties = [("Calvador", "GPE"), ("Orrin Port Authority", "ORG")]
    first = built("Calvador's military intelligence broke into the network of the Orrin Port Authority.",
                  outlet="A", published="2026-03-01", entities=parties,
                  claim="Calvador's military intelligence broke into the network of the Orrin Port Authority",
                  event={"type": "COERCE", "roles": {"actor": "Calvador's military intelligence",
                                                     "target": "Orrin Port Authority"}})
    denial = built("Calvador has never attacked the networks of any state.", outlet="B", published="2026-03-03",
                   entities=[("Calvador", "GPE")], claim="Calvador has never attacked the networks of any state",
                   certainty=-3, event={"type": "COERCE", "roles": {"actor": "Calvador"}})
    rows = store_all(tmp_path / "s.db", [first, denial])
    assert rows[0][0] == rows[1][0]
    other = built("Calvador seized the offices of the Orrin Port Authority.", outlet="C", published="2026-03-03",
                  entities=parties, claim="Calvador seized the offices of the Orrin Port Authority",
                  event={"type": "COERCE", "roles": {"actor": "Calvador", "target": "Orrin Port Authority"}})
    rows = store_all(tmp_path / "t.db", [first, other])
    assert rows[0][0] != rows[1][0]


@pytest.mark.parametrize("trigger, act", [("sell", "AID"), ("send", "AID"), ("release", "RETREAT"),
                                          ("agreed", None), ("deal", None), ("pledge", None)])
def test_an_act_intended_is_linked_as_the_act(trigger, act):
    assert intended_act({"type": "AGREE", "trigger": {"text": trigger}}) == act
    assert intended_act({"type": "AID", "trigger": {"text": trigger}}) is None


def test_a_report_dismissed_with_its_article_before_it_is_denied():
    text = "The ministry dismissed a newspaper's report that Calvador would sell rifles to the Front as a lie."
    claim = {"span": span_of(text, "that Calvador would sell rifles to the Front")}
    assert denied_report(claim, text)


@pytest.mark.parametrize("source, report", [("State television in Tessania", True), ("local radio", True),
                                            ("state television", True), ("Radio Brask", False),
                                            ("two officials in Brask", False)])
def test_unnamed_broadcasters_are_reports_about_reports(source, report):
    from claimgraph.link.corroboration import is_report
    assert is_report({"source_text": source}) is report


def test_members_of_a_states_field_are_of_its_one_body_of_that_field(tmp_path):
    """"Tavrenian intelligence officers" in a store that knows "Tavrenia's foreign intelligence service": the people of
    a state's field named by its adjective belong to the one stored body of that state whose name holds the field."""
    with Store.open(tmp_path / "s.db") as db:
        tavrenia = identities.resolve_name(db, "Tavrenia")
        identities.resolve_name(db, "Pellory")
        service = identities.resolve_name(db, "Tavrenia's foreign intelligence service")
        # the same body named shorter elsewhere is one body, told by its fullest name
        identities.resolve_name(db, "Tavrenia's intelligence service")
        assert identities.find(db, ["tavrenian intelligence officers"])[0] == service
        assert identities.find(db, ["tavrenian intelligence agents"])[0] == service
        # another state's field, a field the store knows no body of, and the state's people stay apart
        assert identities.find(db, ["pellorian intelligence agents"])[0] is None
        assert identities.find(db, ["tavrenian customs officers"])[0] not in (service, tavrenia)
        assert identities.find(db, ["tavrenian agents"])[0] == tavrenia


def test_a_field_two_bodies_of_a_state_share_names_neither(tmp_path):
    """A state with a foreign and a domestic intelligence service: "Tavrenian intelligence agents" may be of either."""
    with Store.open(tmp_path / "s.db") as db:
        identities.resolve_name(db, "Tavrenia")
        foreign = identities.resolve_name(db, "Tavrenia's foreign intelligence service")
        domestic = identities.resolve_name(db, "Tavrenia's domestic intelligence service")
        assert identities.find(db, ["tavrenian intelligence agents"])[0] not in (foreign, domestic)
