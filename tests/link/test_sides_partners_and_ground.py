"""Linking on sentences written for these tests: the two sides of a fight or an agreement told as one doer, the arms
of a state's army and its irregular adjective, ground seized, a claim withdrawn, a state's firms done to, and an
accusation beside a denial."""
from __future__ import annotations

from claimgraph.link import identities, linker
from claimgraph.store import Store

from tests.link.conftest import span_of
from tests.link.test_linker import store_all


def coordinated(built, text, claim, kind, actor, said, entities, outlet, published, target=None):
    """An act whose doer the analysis gives as the first of two coordinated parties, the words naming both."""
    roles = {"actor": actor, **({"target": target} if target else {})}
    document, result = built(text, outlet=outlet, published=published, entities=entities, claim=claim,
                             event={"type": kind, "roles": roles})
    result["events"][0]["role_mentions"] = {"actor": span_of(text, said)}
    return document, result


def test_two_sides_agreeing_to_stop_fighting_is_no_act_of_one_side_on_a_village(tmp_path, built):
    fighting = coordinated(built, "Ostrevia and Kelmar agreed on Sunday to stop fighting in Drell province, the "
                                  "mediator said.", "fighting in Drell province", "FIGHT", "Ostrevia",
                           "Ostrevia and Kelmar", [("Ostrevia", "GPE"), ("Kelmar", "GPE")], "A", "2026-05-03")
    shelling = built("Ostrevia shelled the village of Tamsk on Monday, a spokesman said.", outlet="B",
                     published="2026-05-04", entities=[("Ostrevia", "GPE"), ("Tamsk", "GPE")],
                     claim="Ostrevia shelled the village of Tamsk on Monday",
                     event={"type": "FIGHT", "roles": {"actor": "Ostrevia", "target": "Tamsk"}})
    rows = store_all(tmp_path / "s.db", [fighting, shelling])
    assert rows[0][0] != rows[1][0]


def test_two_sides_agreeing_make_each_the_others_partner(tmp_path, built):
    truce = coordinated(built, "Ostrevia and Kelmar have agreed to a truce in Drell, the mediator said on Sunday.",
                        "Ostrevia and Kelmar have agreed to a truce in Drell", "AGREE", "Ostrevia",
                        "Ostrevia and Kelmar", [("Ostrevia", "GPE"), ("Kelmar", "GPE")], "A", "2026-05-03")
    other = built("Ostrevia agreed a truce with Varnholm on Monday, a spokesman said.", outlet="B",
                  published="2026-05-04", entities=[("Ostrevia", "GPE"), ("Varnholm", "GPE")],
                  claim="Ostrevia agreed a truce with Varnholm on Monday",
                  event={"type": "AGREE", "roles": {"actor": "Ostrevia", "recipient": "Varnholm"}})
    rows = store_all(tmp_path / "s.db", [truce, other])
    assert rows[0][0] != rows[1][0]
    with Store.open(tmp_path / "s.db") as store:
        (roles,) = [r[0] for r in store.query("SELECT roles_json FROM linked_claims WHERE id = ?", (rows[0][0],))]
        assert '"recipient": ' + str(identities.lookup(store, "Kelmar")[0]) in roles


def test_a_states_artillery_and_infantry_act_for_it(tmp_path, built):
    store_all(tmp_path / "s.db", [built("Ostrevia said on Monday.", outlet="A", published="2026-05-04",
                                        entities=[("Ostrevia", "GPE")])])
    with Store.open(tmp_path / "s.db") as store:
        state = identities.lookup(store, "Ostrevia")[0]
        assert identities.by_service(store, "Ostrevian artillery") == state
        assert identities.by_service(store, "Ostrevian infantry units") == state


def test_an_adjective_no_suffix_forms_names_the_one_state_of_its_first_letters(tmp_path, built):
    store_all(tmp_path / "s.db", [built("Varantis and Kelmar said on Monday.", outlet="A", published="2026-05-04",
                                        entities=[("Varantis", "GPE"), ("Kelmar", "GPE")])])
    with Store.open(tmp_path / "s.db") as store:
        assert identities.by_demonym(store, "varantine") == identities.lookup(store, "Varantis")[0]
        assert identities.by_demonym(store, "kelmarine") is None  # "Kelmar" is extended, not cut: no such adjective
    store_all(tmp_path / "t.db", [built("Varantis and Varanthe said on Monday.", outlet="A", published="2026-05-04",
                                        entities=[("Varantis", "GPE"), ("Varanthe", "GPE")])])
    with Store.open(tmp_path / "t.db") as store:
        assert identities.by_demonym(store, "varantine") is None  # two states of those letters: neither


def test_the_head_of_a_relative_clause_is_its_verbs_subject():
    assert linker._SUBJECT_BEFORE.search("it was Ostrevian artillery that had ").group(1) == "Ostrevian artillery"
    assert linker._SUBJECT_BEFORE.search("Ostrevian troops who ").group(1) == "Ostrevian troops"


def test_ground_seized_is_fighting_goods_seized_a_seizure():
    text = "Ostrevian infantry seized the hamlet of Vell Ford overnight. Kelmar seized a freighter."
    hamlet = {"type": "COERCE", "trigger": span_of(text, "seized"), "roles": {"target": "Vell Ford"},
              "role_mentions": {"target": span_of(text, "Vell Ford")}}
    freighter = {"type": "COERCE", "trigger": {**span_of(text, "seized a"), "text": "seized"},
                 "roles": {"target": "freighter"}, "role_mentions": {"target": span_of(text, "a freighter")}}
    assert linker.seized_or(hamlet, {"recipient": 7}, text) == "FIGHT"
    assert linker.seized_or(freighter, {"recipient": "words:a freighter"}, text) == "COERCE"


def test_a_claim_withdrawn_is_denied():
    text = "Kelmar meanwhile withdrew its claim that Ostrevian troops had captured the hamlet of Vell Ford."
    claim = {"span": span_of(text, "Ostrevian troops had captured the hamlet of Vell Ford")}
    assert linker.denied_report(claim, text)
    kept = "Kelmar repeated its claim that Ostrevian troops had captured the hamlet of Vell Ford."
    assert not linker.denied_report({"span": span_of(kept, "Ostrevian troops had captured the hamlet of Vell Ford")},
                                    kept)


def test_a_states_firms_done_to_are_the_state(tmp_path, built):
    store_all(tmp_path / "s.db", [built("Ostrevia said on Monday.", outlet="A", published="2026-05-04",
                                        entities=[("Ostrevia", "GPE")])])
    with Store.open(tmp_path / "s.db") as store:
        state = identities.lookup(store, "Ostrevia")[0]
        assert identities.state_firms(store, "nine state owned ostrevian shipping companies") == state
        assert identities.state_firms(store, "ostrevian banks") == state
        assert identities.state_firms(store, "ostrevian shipping") is None
        assert identities.state_firms(store, "nine shipping companies") is None


def test_an_accusation_told_beside_the_accuseds_denial_retells_it(tmp_path):
    from claimgraph.link.corroboration import retold_in_denials

    with Store.open(tmp_path / "s.db") as store:
        state = store.new_identity("Ostrevia", "GPE")
        ministry = store.new_identity("Ostrevian defence ministry", "ORG")
        person = store.new_identity("Ada Venn", "PERSON")
        store.add_identity_evidence(ministry, f"{identities.PARENT}{state}|Ostrevia's defence ministry @1",
                                    "relation", None)
        store.add_identity_evidence(person, f"{identities.SPEAKS_FOR}{ministry}|ministry spokeswoman Ada Venn @1",
                                    "relation", None)

        def mention(document, negative, key, start, lead=False):
            return {"document": document, "negative": negative, "_lead": lead, "_phrase": False, "_finding": False,
                    "_origin_key": key, "span": {"start": start}, "certainty": {"value": -3 if negative else 3}}
        told = mention("a", False, f"entity:{person}", 10)
        denial = mention("b", True, "entity:99", 0, lead=True)
        accusation = mention("b", False, f"entity:{state}", 300)
        assert id(accusation) in retold_in_denials([told, denial, accusation], store)
        assert id(accusation) not in retold_in_denials([told, denial, accusation])


def test_a_toll_naming_the_place_beside_its_act_joins_the_act_on_that_place(tmp_path, built):
    town = built("Kelmar shelled the town of Brisk before dawn on Tuesday, residents said.", outlet="A",
                 published="2026-05-05", entities=[("Kelmar", "GPE"), ("Brisk", "GPE")],
                 claim="Kelmar shelled the town of Brisk before dawn on Tuesday",
                 event={"type": "FIGHT", "roles": {"actor": "Kelmar", "target": "Brisk"}})
    guns = built("The shells had been fired by Kelmar from the ridge above Tamsk, a farmer said.", outlet="B",
                 published="2026-05-05", entities=[("Kelmar", "GPE")],
                 claim="The shells had been fired by Kelmar from the ridge above Tamsk",
                 event={"type": "FIGHT", "roles": {"actor": "Kelmar"}})
    toll = built("Two civilians died in Brisk when shells fired by Kelmar hit their home, local media reported.",
                 outlet="C", published="2026-05-07", entities=[("Brisk", "GPE"), ("Kelmar", "GPE")],
                 claim="shells fired by Kelmar hit their home",
                 event={"type": "FIGHT", "roles": {"actor": "Kelmar", "target": "their home"}})
    rows = store_all(tmp_path / "s.db", [town, guns, toll])
    assert rows[0][0] != rows[1][0]
    assert rows[2][0] == rows[0][0]
