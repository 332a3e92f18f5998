"""Who answers for whom across articles, and what is no proposition: a group run by a body of a state, denied by the
state; a doer denying its own act; a source the analysis resolved to its party; who lays the blame; an outlet's own
finding; a name the recogniser cut short; participle and infinitive fragments."""
from __future__ import annotations

from claimgraph.link import identities, link_pending
from claimgraph.link.corroboration import linked_claims
from claimgraph.link.dossier import dossier
from claimgraph.link.linker import non_finite, whole_name
from claimgraph.store import Store

from tests.link.conftest import span_of

HACK = "Grey Heron broke into the control network of the Pallow Water Board"
HACK_EVENT = {"type": "COERCE", "roles": {"actor": "Grey Heron", "target": "Pallow Water Board"}}
HACK_ENTITIES = [("Grey Heron", "ORG"), ("Pallow Water Board", "ORG")]


def claims_of(db, documents):
    with Store.open(db) as store:
        for document, result in documents:
            store.write(document, result)
        link_pending(store)
        return [c for c in linked_claims(store)]


def the_hack(claims):
    found = [c for c in claims if (c["event"] or {}).get("roles", {}).get("actor") == "Grey Heron"]
    assert len(found) == 1, [c["text"] for c in claims]
    return found[0]


def test_a_sponsor_told_in_apposition_is_kept_with_its_words(tmp_path):
    with Store.open(tmp_path / "s.db") as db:
        heron, vessary = identities.resolve_name(db, "Grey Heron"), identities.resolve_name(db, "Vessary")
        text = ("Grey Heron, a hacking group run by Vessary's foreign intelligence service, broke into the network. "
                "Pallow Water Board, a utility owned by the city, said so.")
        identities.record_relations(db, text, None, {"entities": [], "relations": []}, {})
        chain = identities.ancestors(db, heron)
        assert set(chain) == {vessary} and "run by Vessary's foreign intelligence service" in chain[vessary]
        assert identities.descendants(db, vessary) == {heron: chain[vessary]}
        # "a utility owned by the city": no name after "by", no relation
        board = identities.lookup(db, "Pallow Water Board")
        assert not board or not identities.ancestors(db, board[0])


def test_a_chain_group_body_state_is_followed(tmp_path):
    """"a crew tied to the Bureau of Signals" in one article, "Vessary's Bureau of Signals" (the analysis's part_of)
    in another: the group answers to the state through the body."""
    with Store.open(tmp_path / "s.db") as db:
        heron = identities.resolve_name(db, "Grey Heron")
        bureau = identities.resolve_name(db, "Bureau of Signals")
        vessary = identities.resolve_name(db, "Vessary")
        identities.record_relations(db, "Grey Heron, a crew tied to the Bureau of Signals, struck.", None,
                                    {"entities": [], "relations": []}, {})
        identities.record_relations(db, "", None, {"entities": [{"id": "e1", "name": "Bureau of Signals"},
                                                             {"id": "e2", "name": "Vessary"}],
                                                "relations": [{"type": "part_of", "subject": "Bureau of Signals",
                                                               "object": "Vessary",
                                                               "evidence": {"text": "Vessary's Bureau of Signals"}}]},
                                    {"e1": bureau, "e2": vessary})
        chain = identities.ancestors(db, heron)
        assert set(chain) == {bureau, vessary}
        assert "tied to the Bureau of Signals" in chain[vessary] and "Vessary's Bureau of Signals" in chain[vessary]


def test_a_state_denying_in_a_generic_word_contradicts_the_act_of_the_group_its_service_runs(tmp_path, built):
    text = ("Grey Heron, a hacking group run by Vessary's foreign intelligence service, broke into the control network "
            "of the Pallow Water Board, officials said.")
    first = built(text, outlet="Ledger", published="2026-05-01", entities=HACK_ENTITIES,
                  extra_entities=[("Vessary", "GPE")],
                  claim="broke into the control network of the Pallow Water Board", event=HACK_EVENT)
    denial_text = "Vessary has not attacked and will never attack the utilities of a neighbour, its ministry said."
    denial = built(denial_text, outlet="Vessary Today", published="2026-05-03", entities=[("Vessary", "GPE")],
                   claim="Vessary has not attacked and will never attack the utilities of a neighbour", certainty=-3,
                   event={"type": "ASSAULT", "roles": {"actor": "Vessary"}})
    denial[1]["events"][0]["trigger"] = span_of(denial_text, "attacked")
    denial[1]["claims"][0]["trigger"] = span_of(denial_text, "attacked")
    hack = the_hack(claims_of(tmp_path / "s.db", [first, denial]))
    assert hack["contradicted"] and [c["document"] for c in hack["contradictions"]] == [denial[0].id]
    link = next(m["link"] for m in hack["mentions"] if m["negative"])
    assert "run by Vessary's foreign intelligence service" in link["answers_for"]


def test_a_state_denial_does_not_reach_a_group_it_is_not_said_to_run(tmp_path, built):
    first = built(f"{HACK}, officials said.", outlet="Ledger", published="2026-05-01", entities=HACK_ENTITIES,
                  claim=HACK, event=HACK_EVENT)
    denial_text = "Vessary has not attacked and will never attack the utilities of a neighbour, its ministry said."
    denial = built(denial_text, outlet="Vessary Today", published="2026-05-03", entities=[("Vessary", "GPE")],
                   claim="Vessary has not attacked and will never attack the utilities of a neighbour", certainty=-3,
                   event={"type": "ASSAULT", "roles": {"actor": "Vessary"}})
    denial[1]["events"][0]["trigger"] = span_of(denial_text, "attacked")
    hack = the_hack(claims_of(tmp_path / "s.db", [first, denial]))
    assert not hack["contradicted"]


def test_the_doer_denying_its_act_in_its_own_words_contradicts_it(tmp_path, built):
    first = built(f"{HACK}, officials said.", outlet="Ledger", published="2026-05-01", entities=HACK_ENTITIES,
                  claim=HACK, event=HACK_EVENT)
    text = "Grey Heron denied that it had any part in the outage at the Pallow Water Board."
    denial = built(text, outlet="Herald", published="2026-05-02", entities=HACK_ENTITIES,
                   claim="that it had any part in the outage at the Pallow Water Board",
                   source=("Grey Heron", "organization"), certainty=-3)
    other = built("Tarn Mills denied that it had any part in the outage at the Pallow Water Board.", outlet="Post",
                  published="2026-05-02", entities=[("Tarn Mills", "ORG"), ("Pallow Water Board", "ORG")],
                  claim="that it had any part in the outage at the Pallow Water Board",
                  source=("Tarn Mills", "organization"), certainty=-3)
    hack = the_hack(claims_of(tmp_path / "s.db", [first, denial, other]))
    # the doer's denial contradicts the claim; another party's denial of its own part does not
    assert [c["document"] for c in hack["contradictions"]] == [denial[0].id]
    assert next(m["link"] for m in hack["mentions"] if m["negative"])["rule"] == "denied-by-doer"


def test_a_description_the_analysis_resolves_is_its_party_as_origin_and_in_its_dossier(tmp_path, built):
    """"The group said" with the analysis's coreference giving the group's entity: the origin is the group by its
    canonical name, never "the group (via <outlet>)", and the group's dossier lists the claim it is the source of."""
    text = f"Grey Heron posted a statement on Friday. The group said {HACK}."
    document = built(text, outlet="Herald", published="2026-05-02", entities=HACK_ENTITIES, claim=HACK,
                     event=HACK_EVENT)
    document[1]["attributions"].append({
        "id": "a1", "source": [span_of(text, "The group")], "source_kind": "organization", "source_count": None,
        "source_entity": "e1", "cue": [span_of(text, "said")], "content": [span_of(text, HACK)], "parent": None,
        "refers_to": None, "time": None})
    document[1]["claims"][0]["attribution"] = "a1"
    with Store.open(tmp_path / "s.db") as store:
        store.write(*document)
        link_pending(store)
        hack = the_hack(list(linked_claims(store)))
        assert hack["origins"] == ["Grey Heron"]
        assert [c["id"] for c in dossier(store, "Grey Heron")["claims_as_source"]] == [hack["id"]]


def test_who_lays_the_blame_is_named_as_the_origin(tmp_path, built):
    text = "Two ministers put the blame for the outage at the Pallow Water Board on Grey Heron."
    document = built(text, outlet="Herald", published="2026-05-02", entities=HACK_ENTITIES, claim=text[:-1],
                     event=HACK_EVENT)
    hack = the_hack(claims_of(tmp_path / "s.db", [document]))
    assert hack["origins"] == ["Two ministers (via Herald)"] and hack["independent_origins"] == 1


def test_an_outlets_own_investigation_is_an_origin_after_others_reported_first(tmp_path, built):
    first = built(f"{HACK}, two officials said.", outlet="Ledger", published="2026-05-01", entities=HACK_ENTITIES,
                  claim=HACK, event=HACK_EVENT, source=("two officials", "anonymous"))
    found = built(f"{HACK}, an investigation by the Tarrow Review has found.", outlet="Tarrow Review",
                  published="2026-05-04", entities=HACK_ENTITIES, claim=HACK, event=HACK_EVENT)
    restated = built(f"{HACK} last month.", outlet="Post", published="2026-05-05", entities=HACK_ENTITIES,
                     claim=HACK, event=HACK_EVENT)
    hack = the_hack(claims_of(tmp_path / "s.db", [first, found, restated]))
    # the Review's own finding is an origin; the Post's restatement is background
    assert hack["independent_origins"] == 2 and "Tarrow Review" in hack["origins"]


def test_a_name_the_recogniser_cut_short_is_taken_whole_from_the_roles_words():
    assert whole_name("Pallow", "Pallow Water Board") == "Pallow Water Board"
    assert whole_name("Pallow Water Board", "Pallow Water Board") == "Pallow Water Board"
    assert whole_name("Vessary", "Vessary Monday") == "Vessary"  # a day is no part of a name
    assert whole_name("Vessary", "Vessary's navy") == "Vessary"
    assert whole_name("Grey Heron", "") == "Grey Heron"


def claim(text, phrase, trigger):
    span = span_of(text, phrase)
    return {"span": span, "trigger": span_of(text, trigger)}


def test_participles_and_infinitives_that_open_with_their_verb_are_no_propositions():
    text = ("The tanker Orla, anchored off Cape Mell on Saturday, was searched. The minister flew in to brief the "
            "media. Grey Heron, which posted a message, broke into the network and cut power to the city. "
            "Ministers met to respond after Vessary expelled two envoys.")
    events = [{"trigger": span_of(text, "expelled")}]
    assert non_finite(claim(text, "anchored off Cape Mell on Saturday", "anchored"), text, events)
    assert non_finite(claim(text, "to brief the media", "brief"), text, events)
    # a finite verb whose subject stands before it, and an infinitive holding an act of its own, are propositions
    assert not non_finite(claim(text, "cut power to the city", "cut"), text, events)
    assert not non_finite(claim(text, "broke into the network", "broke"), text, events)
    assert not non_finite(claim(text, "to respond after Vessary expelled two envoys", "respond"), text, events)


def test_a_fragment_without_an_act_naming_a_party_never_becomes_a_linked_claim(tmp_path, built):
    text = "The tanker Orla, anchored off Cape Mell on Saturday, was searched by customs officers."
    document = built(text, outlet="Herald", published="2026-05-02", entities=[("Orla", "VEHICLE")],
                     claim="anchored off Cape Mell on Saturday")
    document[1]["claims"][0]["trigger"] = span_of(text, "anchored")
    assert claims_of(tmp_path / "s.db", [document]) == []


def test_the_party_a_tail_lays_an_act_on_lists_the_act_in_its_dossier(tmp_path, built):
    """"Officials believe the cyberattack on the Pallow Water Board, pinned on a hacking crew, was the work of Grey
    Heron": the tail joins the act of its sentence, and the party it names finds that act in its dossier."""
    text = "Officials believe the cyberattack on the Pallow Water Board was the work of Grey Heron."
    act = "the cyberattack on the Pallow Water Board"
    document = built(text, outlet="Herald", published="2026-05-02", entities=HACK_ENTITIES, claim=act,
                     event={"type": "COERCE", "roles": {"actor": "a hacking crew", "target": "Pallow Water Board"}})
    document[1]["claims"].append({"id": "c2", "span": span_of(text, "the work of Grey Heron"), "attribution": None,
                                  "certainty": {"value": 3, "label": "certain", "cue": []}, "event": None})
    with Store.open(tmp_path / "s.db") as store:
        store.write(*document)
        link_pending(store)
        about = [c["text"] for c in dossier(store, "Grey Heron")["claims"]]
    assert about == [act]


def test_a_sponsor_needs_an_apposition_or_a_copula(tmp_path):
    """"Tarn Mills said the company run by Osk Holdings had failed": the body after "run by" runs the company, not the
    speaker; only "<party>, a ... run by" and "<party> is a ... run by" tie the party to it."""
    with Store.open(tmp_path / "s.db") as db:
        mills = identities.resolve_name(db, "Tarn Mills")
        identities.resolve_name(db, "Osk Holdings")
        heron = identities.resolve_name(db, "Grey Heron")
        identities.record_relations(db, "Tarn Mills said the company run by Osk Holdings had failed. Grey Heron is "
                                        "a unit controlled by Osk Holdings since 2019.", None,
                                    {"entities": [], "relations": []}, {})
        assert identities.ancestors(db, mills) == {}
        assert list(identities.ancestors(db, heron).values()) == ["controlled by Osk Holdings"]
