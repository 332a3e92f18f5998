"""A state's body across articles: one origin in each of the shapes news names it, an act told by a unit in one
report and by the state it answers to in another, a state's denial naming only itself, and an act a source speaks
about without reporting it."""
from __future__ import annotations

import pytest

from claimgraph.link import identities
from claimgraph.link.corroboration import linked_claims, sole_body_in_sentence
from claimgraph.link.linker import link_pending
from claimgraph.store import Store

from tests.link.conftest import span_of

UNIT = "The Ash Wolves, a police unit controlled by Pellora's interior ministry,"
DETENTION = "detained three workers of Larkfield Relief near the town of Oxley"
PARTIES = [("Ash Wolves", "ORG"), ("Pellora", "GPE"), ("Larkfield Relief", "ORG")]


def claims_of(db, documents):
    with Store.open(db) as store:
        for document, result in documents:
            store.write(document, result)
        link_pending(store)
        return list(linked_claims(store))


def detention(claims):
    return next(c for c in claims if "Larkfield Relief" in (c["event"] or {}).get("roles", {}).values())


def first_report(built):
    """Two drivers told the Ledger the unit detained them: the unit named with the state's body it answers to."""
    text = f"{UNIT} {DETENTION}, two drivers told the Ledger."
    return built(text, outlet="Ledger", published="2026-04-01", entities=PARTIES, claim=f"{UNIT} {DETENTION}",
                 source=("two drivers", "anonymous"),
                 event={"type": "COERCE", "roles": {"actor": "Ash Wolves", "target": "Larkfield Relief"}})


@pytest.mark.parametrize("name", ["Pellora's interior ministry", "the Pellora interior ministry",
                                  "The Pelloran interior ministry", "the interior ministry of Pellora"])
def test_a_body_of_a_state_is_one_body_in_each_shape_news_names_it(tmp_path, name):
    with Store.open(tmp_path / "s.db") as db:
        pellory = identities.resolve_name(db, "Pellora")
        assert identities.state_body(db, name) == (pellory, "interior ministry")


@pytest.mark.parametrize("name", ["Pellora's foreign minister",  # a title names a person, not a body
                                  "Tessaly's interior ministry",  # no party of that name is known
                                  "Pellora's long border"])
def test_a_title_an_unknown_state_or_no_body_is_no_state_body(tmp_path, name):
    with Store.open(tmp_path / "s.db") as db:
        identities.resolve_name(db, "Pellora")
        assert identities.state_body(db, name) is None


def confirmation(built, body, outlet, published):
    text = f"{body} said the Ash Wolves had {DETENTION}."
    return built(text, outlet=outlet, published=published, entities=PARTIES,
                 claim=f"the Ash Wolves had {DETENTION}", source=(body, "government"),
                 event={"type": "COERCE", "roles": {"actor": "Ash Wolves", "target": "Larkfield Relief"}})


def test_the_body_named_possessively_and_attributively_is_one_origin(tmp_path, built):
    claims = claims_of(tmp_path / "s.db", [
        first_report(built), confirmation(built, "Pellora's interior ministry", "Herald", "2026-04-03"),
        confirmation(built, "The Pellora interior ministry", "Post", "2026-04-04"),
        confirmation(built, "The interior ministry of Pellora", "Courier", "2026-04-05")])
    claim = detention(claims)
    assert claim["independent_origins"] == 2
    assert "Pellora's interior ministry" in claim["origins"]


def test_an_act_told_by_the_unit_and_by_the_state_it_answers_to_is_one_claim(tmp_path, built):
    text = "Pellora is holding three workers of Larkfield Relief, the Herald reported."
    state = built(text, outlet="Post", published="2026-04-02", entities=PARTIES[1:],
                  claim="Pellora is holding three workers of Larkfield Relief", source=("the Herald", "outlet"),
                  event={"type": "COERCE", "roles": {"actor": "Pellora", "target": "Larkfield Relief"}})
    claims = claims_of(tmp_path / "s.db", [first_report(built), state])
    claim = detention(claims)
    assert sorted(m["document"] for m in claim["mentions"]) == sorted([first_report(built)[0].id, state[0].id])
    joined = next(m for m in claim["mentions"] if m["document"] == state[0].id)
    # the link says by which relation the state answers for the unit
    assert "controlled by" in joined["link"]["answers_for"]


def test_another_act_of_the_state_on_the_same_party_stays_apart(tmp_path, built):
    text = "Pellora froze the bank accounts of Larkfield Relief, the Herald reported."
    other = built(text, outlet="Post", published="2026-04-02", entities=PARTIES[1:],
                  claim="Pellora froze the bank accounts of Larkfield Relief", source=("the Herald", "outlet"),
                  event={"type": "COERCE", "roles": {"actor": "Pellora", "target": "Larkfield Relief"}})
    claims = claims_of(tmp_path / "s.db", [first_report(built), other])
    assert len(detention(claims)["mentions"]) == 1


def test_a_state_denying_the_act_in_its_land_denies_its_units_act(tmp_path, built):
    text = "No foreign aid worker has been detained in Pellora, a ministry spokesman said."
    denial = built(text, outlet="Pellora Today", published="2026-04-03", entities=[("Pellora", "GPE")],
                   claim="No foreign aid worker has been detained in Pellora", certainty=-3,
                   source=("a ministry spokesman", "government"),
                   event={"type": "COERCE", "roles": {"target": "foreign aid worker", "location": "Pellora"}})
    claim = detention(claims_of(tmp_path / "s.db", [first_report(built), denial]))
    assert [c["document"] for c in claim["contradictions"]] == [denial[0].id]


def test_a_count_of_a_bodys_people_names_the_body(tmp_path):
    with Store.open(tmp_path / "s.db") as db:
        relief = identities.resolve_name(db, "Larkfield Relief")
        assert identities.find(db, ["three larkfield relief workers"])[0] == relief
        assert identities.find(db, ["at least 12 larkfield relief staff"])[0] == relief
        assert identities.find(db, ["three larkfield relief trucks"])[0] != relief


def test_an_act_a_source_speaks_about_without_reporting_it_adds_no_origin(tmp_path, built):
    """The article re-tells the detention "after reports that", then quotes a ministry's remark on it: the remark
    names the act by a noun phrase that is only part of what the ministry says, and adds no origin."""
    told = f"after reports that the Ash Wolves had {DETENTION}"
    text = f"Harlund summoned Pellora's envoy {told}. Harlund's foreign ministry said the detention of aid workers " \
           "was unacceptable."
    remark = built(text, outlet="Post", published="2026-04-06", entities=[*PARTIES, ("Harlund", "GPE")],
                   claim=told, event={"type": "COERCE", "roles": {"actor": "Ash Wolves",
                                                                  "target": "Larkfield Relief"}})
    result = remark[1]
    result["attributions"].append({
        "id": "a1", "source": [span_of(text, "Harlund's foreign ministry")], "source_kind": "government",
        "source_count": None, "source_entity": None, "cue": [span_of(text, "said")],
        "content": [span_of(text, "the detention of aid workers was unacceptable")], "parent": None,
        "refers_to": None, "time": None})
    result["claims"].append({**result["claims"][0], "id": "c2", "span": span_of(text, "the detention of aid workers"),
                             "attribution": "a1", "trigger": span_of(text, "detention")})
    claim = detention(claims_of(tmp_path / "s.db", [first_report(built), remark]))
    assert {m["document"] for m in claim["mentions"]} == {first_report(built)[0].id, remark[0].id}
    assert claim["independent_origins"] == 1, claim["origins"]


def test_the_body_of_a_state_named_with_of_is_the_body_stored_under_its_possessor(tmp_path):
    with Store.open(tmp_path / "s.db") as db:
        identities.resolve_name(db, "Pellora")
        ministry = identities.resolve_name(db, "Pellora's interior ministry")
        assert identities.lookup(db, "the interior ministry of Pellora") == [ministry]
        assert identities.lookup(db, "the border of Pellora") != [ministry]


def test_the_ministry_read_back_to_the_body_is_the_body_as_origin(tmp_path, built):
    """"The ministry said" in one article, which the analysis reads back to the entity of the body named before it,
    and the body named possessively in another are one origin."""
    text = f"Pellora's interior ministry issued a statement on Friday. The ministry said the Ash Wolves had {DETENTION}."
    described = built(text, outlet="Post", published="2026-04-04", entities=[*PARTIES, ("Pellora interior ministry",
                                                                                       "ORG")],
                      claim=f"the Ash Wolves had {DETENTION}",
                      event={"type": "COERCE", "roles": {"actor": "Ash Wolves", "target": "Larkfield Relief"}})
    result = described[1]
    result["entities"][3]["mentions"] = [span_of(text, "Pellora's interior ministry"), span_of(text, "The ministry")]
    result["attributions"].append({
        "id": "a1", "source": [span_of(text, "The ministry")], "source_kind": "government", "source_count": None,
        "source_entity": "e4", "cue": [span_of(text, "said")], "content": [span_of(text, f"the Ash Wolves had "
                                                                                        f"{DETENTION}")],
        "parent": None, "refers_to": None, "time": None})
    result["claims"][0]["attribution"] = "a1"
    claim = detention(claims_of(tmp_path / "s.db", [
        first_report(built), confirmation(built, "Pellora's interior ministry", "Herald", "2026-04-03"), described]))
    assert claim["independent_origins"] == 2, claim["origins"]


@pytest.mark.parametrize("name", ["Pelloran Ministry of the Interior", "Pellora's Ministry of Interior",
                                  "the Ministry of the Interior of Pellora"])
def test_a_bodys_formal_name_is_the_body_named_by_common_nouns(tmp_path, name):
    with Store.open(tmp_path / "s.db") as db:
        pellory = identities.resolve_name(db, "Pellora")
        assert identities.formal_state_body(db, name) == (pellory, "interior ministry")
        assert identities.formal_state_body(db, "Tessaly Ministry of the Interior") is None


def statement(built, certainty=3):
    """The interior ministry's own statement, published by the ministry days after the first report."""
    words = f"The Ash Wolves {DETENTION}." if certainty > 0 else "No police unit detained any aid worker in Oxley."
    return built(words, outlet="Pelloran Ministry of the Interior", published="2026-04-05", entities=PARTIES,
                 claim=words.rstrip("."), certainty=certainty,
                 event={"type": "COERCE", "roles": {"actor": "Ash Wolves", "target": "Larkfield Relief"}})


def test_a_state_bodys_own_statement_published_late_is_an_origin(tmp_path, built):
    """A ministry publishing its statement is the ministry speaking, not an outlet restating what others reported
    first; it is the same origin as the ministry cited by name elsewhere."""
    claims = claims_of(tmp_path / "s.db", [first_report(built), statement(built)])
    claim = detention(claims)
    assert claim["independent_origins"] == 2, claim["origins"]
    assert "Pellora's interior ministry" in claim["origins"]
    claims = claims_of(tmp_path / "t.db", [first_report(built), statement(built),
                                           confirmation(built, "Pellora's interior ministry", "Herald", "2026-04-06")])
    assert detention(claims)["independent_origins"] == 2, detention(claims)["origins"]


def test_a_statement_published_by_a_news_outlet_late_stays_background(tmp_path, built):
    document, result = statement(built)
    late = built(document.text, outlet="Oxley Evening News", published="2026-04-05", entities=PARTIES,
                 claim=f"The Ash Wolves {DETENTION}",
                 event={"type": "COERCE", "roles": {"actor": "Ash Wolves", "target": "Larkfield Relief"}})
    assert detention(claims_of(tmp_path / "s.db", [first_report(built), late]))["independent_origins"] == 1


def test_a_state_bodys_own_denial_published_late_contradicts(tmp_path, built):
    document, result = statement(built, certainty=-3)
    claim = detention(claims_of(tmp_path / "s.db", [first_report(built), (document, result)]))
    assert [c["document"] for c in claim["contradictions"]] == [document.id]
    assert claim["independent_origins"] == 1, claim["origins"]


def test_the_ministry_below_a_body_given_no_source_of_its_own_is_that_body(tmp_path, built):
    """"Pellora's interior ministry confirmed ... 'The Ash Wolves detained ...,' the ministry said", where the analysis
    gave the first sentence no source: "the ministry" is the body named before, the origin another article names."""
    quote = f"The Ash Wolves {DETENTION}"
    text = f"Pellora's interior ministry confirmed the arrests on Monday. \"{quote},\" the ministry said."
    statement = built(text, outlet="Post", published="2026-04-04", entities=PARTIES, claim=quote,
                      source=("the ministry", "government"),
                      event={"type": "COERCE", "roles": {"actor": "Ash Wolves", "target": "Larkfield Relief"}})
    claim = detention(claims_of(tmp_path / "s.db", [
        first_report(built), confirmation(built, "Pellora's interior ministry", "Herald", "2026-04-03"), statement]))
    assert len(claim["mentions"]) == 3
    assert claim["independent_origins"] == 2, claim["origins"]
    assert "Pellora's interior ministry" in claim["origins"]


def test_a_count_opening_a_sentence_in_words_names_nobody(tmp_path, built):
    """"Fourteen workers of Larkfield Relief were detained by the Ash Wolves": the count the role holds is no party
    apart from the body whose workers it counts, as "14 workers" is not."""
    text = "Fourteen workers of Larkfield Relief were detained by the Ash Wolves near Oxley, the Herald reported."
    retold = built(text, outlet="Post", published="2026-04-02", entities=PARTIES,
                   claim="Fourteen workers of Larkfield Relief were detained by the Ash Wolves near Oxley",
                   source=("the Herald", "outlet"),
                   event={"type": "COERCE", "roles": {"actor": "Ash Wolves", "target": "Fourteen workers"}})
    claim = detention(claims_of(tmp_path / "s.db", [first_report(built), retold]))
    assert {m["document"] for m in claim["mentions"]} == {first_report(built)[0].id, retold[0].id}


def holding_told_by(built, speaker, kind, speaker_type):
    """The body's own word, its people named only as "its": "X said the Ash Wolves had been holding three of its
    workers in custody since Friday"."""
    clause = "the Ash Wolves had been holding three of its workers in custody since Friday"
    text = f"{speaker} said {clause}."
    return built(text, outlet="Post", published="2026-04-03", entities=[(speaker, speaker_type), ("Ash Wolves", "ORG")],
                 claim=clause, source=(speaker, kind))


def test_its_in_what_a_body_says_is_the_body_a_party_of_the_clause(tmp_path, built):
    told = holding_told_by(built, "Larkfield Relief", "organization", "ORG")
    claim = detention(claims_of(tmp_path / "s.db", [first_report(built), told]))
    assert {m["document"] for m in claim["mentions"]} == {first_report(built)[0].id, told[0].id}


def test_its_in_what_a_person_says_names_no_party(tmp_path, built):
    told = holding_told_by(built, "Mara Quell", "person", "PERSON")
    claim = detention(claims_of(tmp_path / "s.db", [first_report(built), told]))
    assert [m["document"] for m in claim["mentions"]] == [first_report(built)[0].id]


def test_the_charity_closing_a_sentence_is_the_one_organisation_it_names(tmp_path, built):
    clause = "Pellora is holding three workers from Larkfield Relief"
    retold = built(f"{clause}, the charity said.", outlet="Post", published="2026-04-03", entities=PARTIES[1:],
                   claim=clause, source=("the charity", "organization"),
                   event={"type": "COERCE", "roles": {"actor": "Pellora", "target": "Larkfield Relief"}})
    claim = detention(claims_of(tmp_path / "s.db", [first_report(built), retold]))
    assert next(m for m in claim["mentions"] if m["document"] == retold[0].id)["origin"] == "Larkfield Relief"


@pytest.mark.parametrize("text, head, body", [
    ("Pellora is holding three workers from Larkfield Relief, the charity said.", "charity", "Larkfield Relief"),
    # two organisations named: which one the description means is not known
    ("Pellora is holding three workers from Larkfield Relief at a Harrow Aid depot, the charity said.", "charity",
     None),
    # a state's organ is no organisation a sentence names in passing
    ("Pellora is holding three workers from Larkfield Relief, the ministry said.", "ministry", None)])
def test_a_description_is_the_sole_organisation_its_sentence_names(tmp_path, built, text, head, body):
    depot = built("Harrow Aid runs a depot near Oxley.", outlet="Post", published="2026-04-02",
                  entities=[("Harrow Aid", "ORG")], claim="Harrow Aid runs a depot near Oxley")
    claims_of(tmp_path / "s.db", [first_report(built), depot])
    with Store.open(tmp_path / "s.db") as db:
        assert sole_body_in_sentence(db, text, text.index(f"the {head}"), head) == body
