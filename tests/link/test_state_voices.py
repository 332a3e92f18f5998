"""A state, its services, its seat and its spokespeople across articles: a service stored under a name of its own
acts for the state, "the government in <seat>" names the state in a claim's words, a rank between a spokesperson's
title and name leaves the spokesperson the body's voice, and a state and its body are one origin."""
from __future__ import annotations

from claimgraph.link.corroboration import introduced_as, linked_claims, spokesperson_body, through_state
from claimgraph.link.linker import link_pending
from claimgraph.store import Store


def stored(path, articles):
    with Store.open(path) as store:
        for document, result in articles:
            store.write(document, result)
        link_pending(store)
        return list(linked_claims(store))


def test_a_service_named_after_its_state_and_told_bare_acts_for_the_state(tmp_path, built):
    first = built("Vessany's navy seized the freighter Morrow Star on Monday, the Ledger reported.",
                  outlet="Ledger", published="2026-03-03", entities=[("Vessany", "GPE"), ("Morrow Star", "ORG")],
                  claim="Vessany's navy seized the freighter Morrow Star on Monday", source=("the Ledger", "outlet"),
                  event={"type": "COERCE", "roles": {"actor": "Vessany's navy", "target": "Morrow Star"}})
    # the service stored under its own name: "the Vessanian navy" as the entity list gives it
    second = built("The Vessanian navy declined to comment on the Morrow Star, the Courier said.", outlet="Courier",
                   published="2026-03-04", entities=[("Vessanian navy", "ORG"), ("Morrow Star", "ORG")],
                   claim="The Vessanian navy declined to comment on the Morrow Star", source=("the Courier", "outlet"))
    # ... and told bare in an article that names no service of Vessany by the state's name
    third = built("Engineers unloaded the Morrow Star at Tull. The freighter was seized by the navy on Monday near "
                  "Tull, the Herald said.", outlet="Herald", published="2026-03-06", entities=[("Morrow Star", "ORG")],
                  claim="The freighter was seized by the navy on Monday near Tull", source=("the Herald", "outlet"),
                  event={"type": "COERCE", "roles": {"actor": "the navy", "target": "freighter"}})
    claims = [c for c in stored(tmp_path / "s.db", [first, second, third])
              if (c["event"] or {}).get("type") == "COERCE"]
    assert len(claims) == 1
    assert len({m["document"] for m in claims[0]["mentions"]}) == 2


def test_the_government_in_a_states_capital_names_the_state_in_a_claim_without_an_act(tmp_path, built):
    text = ("Tolmark handed 30 Harvian soldiers back to Harvia on Friday at the Ostry bridge, its defence ministry "
            "said. Buses took them to Pellbridge, the Tolmarkish capital, where Tolmarkian officials in Pellbridge met "
            "them.")
    first = built(text, outlet="Wire", published="2026-06-05", entities=[("Tolmark", "GPE"), ("Harvia", "GPE")],
                  claim="Tolmark handed 30 Harvian soldiers back to Harvia on Friday at the Ostry bridge",
                  source=("its defence ministry", "government"))
    text = "Thirty Harvian soldiers were handed back by the government in Pellbridge on Friday, a Harvian envoy said."
    second = built(text, outlet="Post", published="2026-06-06", entities=[],
                   claim="Thirty Harvian soldiers were handed back by the government in Pellbridge on Friday",
                   source=("a Harvian envoy", "government"))
    claims = stored(tmp_path / "s.db", [first, second])
    told = [c for c in claims if "Tolmark handed" in c["text"]]
    assert len(told) == 1
    assert {m["document"] for m in told[0]["mentions"]} == {m["document"] for c in claims for m in c["mentions"]}


def test_a_rank_between_a_spokespersons_title_and_name_leaves_the_body():
    text = "\"We kept them well,\" ministry spokesman Colonel Bram Kestevan said. Kestevan said all were home."
    assert spokesperson_body(introduced_as(text, "Bram Kestevan")) == ("ministry",)
    text = "The crew are held at Tull, navy spokeswoman Commander Ada Lenk said."
    assert spokesperson_body(introduced_as(text, "Ada Lenk")) == ("navy",)


def test_a_state_and_its_body_are_one_origin_across_articles():
    origins = {"entity:4": "Vessany", "body:4:navy": "Vessany's navy", "entity:9": "Ormland",
               "outlet:ledger": "Ledger"}
    assert through_state(origins) == {"body:4:navy": "Vessany's navy", "entity:9": "Ormland", "outlet:ledger": "Ledger"}
    assert through_state({"entity:4": "Vessany", "outlet:ledger": "Ledger"}) == {"entity:4": "Vessany",
                                                                              "outlet:ledger": "Ledger"}

