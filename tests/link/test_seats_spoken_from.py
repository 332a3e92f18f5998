"""A state's seat where no article calls it the capital: a civil body of the state speaking there (a wire lead the
state's ministry is told by, under the place's dateline; the ministry's spokesperson briefing "in" the place) shows
whose seat it is."""
from __future__ import annotations

from claimgraph.link import identities

from tests.link.test_identities import entity, store_texts


def test_a_wire_lead_told_by_a_states_ministry_under_a_dateline_is_told_at_home(tmp_path):
    store = store_texts(tmp_path, [
        ("BRELLOW, May 4 (Harbour Wire) - Ostmark has freed nine Vandish sailors held since March, when its coast "
         "guard stopped their boat off Vandia, Ostmark's foreign ministry said on Tuesday.",
         [entity("e1", "Ostmark"), entity("e2", "Vandia")]),
        ("The sailors were set free by the government in Brellow, their families said.", []),
    ])
    with store:
        assert identities.lookup(store, "the government in Brellow") == identities.lookup(store, "Ostmark")


def test_a_ministry_spokesperson_briefing_in_a_place_briefs_at_home(tmp_path):
    store = store_texts(tmp_path, [
        ("Ostmark's interior ministry rejects the report. \"We hold nobody from Vandia,\" ministry spokeswoman Ada "
         "Lenk told reporters in Brellow on Tuesday. Ostmark and Vandia will meet in Tarrow.",
         [entity("e1", "Ostmark"), entity("e2", "Vandia")]),
        ("Vandia says the men are held in Brellow by Ostmark's police.", [entity("e1", "Vandia"),
                                                                           entity("e2", "Ostmark")]),
        ("Officials in Brellow could not be reached.", []),
    ])
    with store:
        assert identities.lookup(store, "officials in Brellow") == identities.lookup(store, "Ostmark")

