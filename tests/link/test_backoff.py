"""An act told without its doer across articles: one claim with the act its words and roles match, never another."""
from __future__ import annotations

from claimgraph.link import backoff, descriptions
from claimgraph.settings import Linking
from tests.link.test_linker import store_all

RAID = {"type": "COERCE", "roles": {"actor": "Garrow Militia", "recipient": "more than 200 villagers"}}


def first_report(built):
    text = "The Garrow Militia detained more than 200 villagers near Ostry on Sunday, residents said."
    return built(text, outlet="Valley Courier", published="2025-03-02", entities=[("Garrow Militia", "ORG")],
                 claim="The Garrow Militia detained more than 200 villagers near Ostry on Sunday", event=RAID)


def doerless(built, text, claim, patient, outlet="Hill Post"):
    return built(text, outlet=outlet, published="2025-03-04", entities=[("Garrow Militia", "ORG")], claim=claim,
                 event={"type": "COERCE", "roles": {"recipient": patient}})


def test_act_without_its_doer_joins_the_claim_of_its_article_party(tmp_path, built):
    # the role in other words ("some 200 villagers"): no role is the same on both sides
    later = doerless(built, "The Garrow Militia left Ostry on Tuesday. Residents said some 200 villagers were "
                            "detained.", "some 200 villagers were detained", "some 200 villagers")
    rows = store_all(tmp_path / "s.db", [first_report(built), later])
    assert rows[0][0] == rows[1][0]


def test_act_without_its_doer_done_to_others_stays_apart(tmp_path, built):
    later = doerless(built, "The Garrow Militia left Ostry on Tuesday. Residents said two journalists were detained.",
                     "two journalists were detained", "two journalists")
    rows = store_all(tmp_path / "s.db", [first_report(built), later])
    assert rows[0][0] != rows[1][0]


def test_act_without_its_doer_in_an_article_about_other_parties_is_not_compared(tmp_path, built):
    text = "The Sarn Navy left Ostry on Tuesday. Residents said some 200 villagers were detained."
    later = built(text, outlet="Hill Post", published="2025-03-04", entities=[("Sarn Navy", "ORG")],
                  claim="some 200 villagers were detained",
                  event={"type": "COERCE", "roles": {"recipient": "some 200 villagers"}})
    rows = store_all(tmp_path / "s.db", [first_report(built), later])
    assert rows[0][0] != rows[1][0]


def test_backoff_needs_a_role_in_common_and_the_claim_words():
    linked = {"roles": {"actor": 4, "recipient": "words:more than 200 villagers"}, "tokens": {"detained", "200"},
              "vocabulary": {"detained", "200", "villagers", "militia", "ostry"}}
    claim = {"roles": {"recipient": "words:200 villagers"}, "tokens": {"200", "villagers", "detained"},
             "plain_tokens": {"200", "villagers", "detained"}}
    assert backoff.event_backoff(claim, linked) > 0
    assert backoff.event_backoff({**claim, "roles": {}}, linked) == 0
    assert backoff.event_backoff({**claim, "negative": True}, linked) == 0
    assert backoff.event_backoff({**claim, "tokens": {"200", "villagers", "freed", "ransom", "paid"},
                                  "plain_tokens": {"freed", "ransom", "paid"}}, linked) == 0
    # the thresholds are the linking settings': asking for more plain words than the act has keeps it apart
    assert backoff.event_backoff(claim, linked, Linking(event_plain=4)) == 0


def test_an_act_told_with_no_roles_is_one_claim_by_its_figure_and_party():
    # "About 3,000 people were evacuated in northern Portugal" twice, no doer and no patient on either side
    linked = {"roles": {}, "parties": {7, 9}, "tokens": {"evacuated", "3000", "people", "portugal", "villages"},
              "vocabulary": {"evacuated", "3000", "people", "portugal", "villages", "northern", "river"}}
    claim = {"roles": {}, "parties": [7], "tokens": {"3000", "people", "evacuated", "northern", "portugal"},
             "plain_tokens": {"3000", "people", "evacuated", "northern"}}
    assert backoff.counted_at_a_party(claim, linked) and backoff.event_backoff(claim, linked) > 0
    # the figure alone, or the party alone, could be any such act
    assert backoff.event_backoff({**claim, "parties": [8]}, linked) == 0
    other_figure = {"40", "people", "evacuated", "northern", "portugal"}
    assert backoff.event_backoff({**claim, "tokens": other_figure, "plain_tokens": other_figure - {"portugal"}},
                                 linked) == 0
    # a role named on one side is for the roles to decide, not the figure
    assert not backoff.counted_at_a_party({**claim, "roles": {"actor": 3}}, linked)


def test_salient_parties_are_the_most_mentioned():
    mentions = [(1, 0, 4), (2, 10, 14), (2, 30, 34), (3, 50, 54), (2, 60, 64), (3, 70, 74), (5, 80, 84)]
    assert backoff.salient_parties(mentions, limit=2) == {2, 3}


def test_description_of_a_party_named_before_in_the_article():
    text = "The Tollan Rights Centre counts 12 dead, a report said. The centre also says 90 people were held."
    at = text.index("The centre")
    assert descriptions.named_before(text, at, "centre") == "Tollan Rights Centre"
    assert descriptions.named_before(text, at, "bureau") is None


SHIPPED = {"type": "AID", "roles": {"actor": "Norland", "recipient": "Harrow Guard"}}


def shipment(built):
    claim = "Norland shipped rifles and mortar rounds to the Harrow Guard through the port of Kell on Monday"
    return built(f"{claim}, officials said.", outlet="Valley Courier", published="2025-03-02",
                 entities=[("Norland", "GPE"), ("Harrow Guard", "ORG")], claim=claim, event=SHIPPED)


def test_clause_naming_one_participant_in_the_claims_words_joins_it(tmp_path, built):
    text = "Residents said rifles shipped through the port of Kell went to the Harrow Guard."
    later = built(text, outlet="Hill Post", published="2025-03-04", entities=[("Harrow Guard", "ORG")],
                  claim="rifles shipped through the port of Kell went to the Harrow Guard")
    rows = store_all(tmp_path / "s.db", [shipment(built), later])
    assert rows[0][0] == rows[1][0]


def test_clause_naming_one_participant_saying_something_else_stays_apart(tmp_path, built):
    text = "Residents said the Harrow Guard elected a new commander at its congress in Kell."
    later = built(text, outlet="Hill Post", published="2025-03-04", entities=[("Harrow Guard", "ORG")],
                  claim="the Harrow Guard elected a new commander at its congress in Kell")
    rows = store_all(tmp_path / "s.db", [shipment(built), later])
    assert rows[0][0] != rows[1][0]


def test_two_counts_of_victims_fill_one_role_whatever_their_figures():
    assert backoff.role_words_agree("words:more than 300", "words:317 people")
    assert backoff.role_words_agree("words:at least nine civilians", "words:12 people")
    assert not backoff.role_words_agree("words:more than 300", "words:the port")
    assert not backoff.role_words_agree("words:the port", "words:the village")


def counted(tokens, parties=(7,)):
    return {"event_type": "RETREAT", "roles": {}, "tokens": set(tokens), "plain_tokens": set(tokens) - {"tessel"},
            "parties": list(parties)}


def test_one_figure_at_one_party_lets_the_rest_be_worded_anew():
    """"some three thousand residents of the Tessel valley were moved out" of "about 3,000 people have been
    evacuated in the Tessel valley": the figure (read as 3000 either way) and the party single the act out."""
    claim = counted({"3000", "resident", "tessel", "valley", "mov", "home"})
    linked = {**counted({"3000", "peopl", "evacuat", "tessel", "valley"}), "vocabulary": {
        "3000", "peopl", "evacuat", "tessel", "valley"}}
    assert backoff.event_backoff(claim, linked, Linking()) > 0


def test_another_figure_or_another_party_asks_the_full_wording():
    linked = {**counted({"3000", "peopl", "evacuat", "tessel", "valley"}), "vocabulary": {
        "3000", "peopl", "evacuat", "tessel", "valley"}}
    assert backoff.event_backoff(counted({"4000", "resident", "tessel", "valley", "mov", "home"}), linked,
                                 Linking()) == 0
    assert backoff.event_backoff(counted({"3000", "resident", "tessel", "valley", "mov", "home"}, parties=(8,)),
                                 linked, Linking()) == 0
