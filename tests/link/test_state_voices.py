"""A state and its spokespeople across articles: a rank between a spokesperson's title and name leaves the
spokesperson the body's voice, and a state and its body are one origin."""
from __future__ import annotations

from claimgraph.link.corroboration import introduced_as, spokesperson_body, through_state


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

