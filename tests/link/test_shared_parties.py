"""Claims found by the parties they share: the one sharing most parties is the claim, and a clause holding another
claim's act done to a party is no mention of a claim that never names that party."""
from __future__ import annotations

from tests.link.conftest import span_of
from tests.link.test_linker import store_all

ROCKETS = [("Norland", "GPE"), ("Kestrel-5", "PRODUCT"), ("Harrow Guard", "ORG")]


def grouped(rows, documents):
    """The linked claims of each outlet's document."""
    outlet = {document.id: document.outlet for document, _ in documents}
    linked = {}
    for claim, document in rows:
        linked.setdefault(outlet[document], set()).add(claim)
    return linked


def test_a_clause_goes_to_the_claim_sharing_most_parties_before_the_one_told_in_more_of_its_words(tmp_path, built):
    """The state's agreement that the rockets leave shares its two parties with the load that left port, and more of
    its words; the carrier's hire to carry them shares three, the carrier among them: the load is the hire's."""
    agreement = built("Norland agreed that a first load of Kestrel-5 rockets for the Harrow Guard would leave aboard a "
                      "freighter, aides said.", outlet="Ledger", published="2025-04-02", entities=ROCKETS,
                      claim="Norland agreed that a first load of Kestrel-5 rockets for the Harrow Guard would leave "
                            "aboard a freighter",
                      event={"type": "AID", "roles": {"actor": "Norland", "recipient": "Harrow Guard"}},
                      source=("aides", "anonymous"))
    hire = "Bellway Lines has been hired to carry a load of Kestrel-5 rockets to the Harrow Guard"
    shipment = built(f"{hire}, brokers said.", outlet="Wire", published="2025-04-01",
                     entities=[*ROCKETS, ("Bellway Lines", "ORG")], claim=hire, source=("brokers", "anonymous"))
    load = "A first load of Kestrel-5 rockets for the Harrow Guard left Norland aboard a freighter of Bellway Lines"
    departure = built(f"{load}, port workers said.", outlet="Post", published="2025-04-03",
                      entities=[*ROCKETS, ("Bellway Lines", "ORG")], claim=load, source=("port workers", "anonymous"))
    documents = [shipment, agreement, departure]
    linked = grouped(store_all(tmp_path / "s.db", documents), documents)
    assert linked["Ledger"] != linked["Wire"]
    assert linked["Post"] == linked["Wire"]


def test_a_clause_holding_an_act_done_to_another_party_is_no_mention_of_a_claim_without_it(tmp_path, built):
    """"The ships, run by Bellway Lines, left Tarsholm carrying flour" around Norland's aid to Pellin: sharing the
    carrier and the port with the rockets' departure does not make it a mention of it."""
    departure = built("Ships of Bellway Lines left the port of Tarsholm with rockets bound for the Harrow Guard, "
                      "dockers said.", outlet="Ledger", published="2025-05-01",
                      entities=[("Bellway Lines", "ORG"), ("Tarsholm", "GPE"), ("Harrow Guard", "ORG")],
                      claim="Ships of Bellway Lines left the port of Tarsholm with rockets bound for the Harrow Guard",
                      source=("dockers", "anonymous"))
    text = ("The ships, run by Bellway Lines, left the port of Tarsholm carrying flour that Norland sent to Pellin "
            "after the floods.")
    outer = "The ships, run by Bellway Lines, left the port of Tarsholm carrying flour that Norland sent to Pellin"
    inner = "Norland sent to Pellin"
    document, result = built(text, outlet="Wire", published="2025-05-02",
                             entities=[("Bellway Lines", "ORG"), ("Tarsholm", "GPE"), ("Norland", "GPE"),
                                       ("Pellin", "GPE")], claim=outer)
    result["claims"].append({"id": "c2", "span": span_of(text, inner), "attribution": None,
                             "certainty": {"value": 3, "label": "certain", "cue": []}, "event": "v2"})
    result["events"].append({"id": "v2", "type": "AID", "trigger": span_of(text, "sent"),
                             "roles": {"actor": "Norland", "recipient": "Pellin"}, "attribution": None,
                             "certainty": {"value": 3, "label": "certain", "cue": []}})
    documents = [departure, (document, result)]
    linked = grouped(store_all(tmp_path / "s.db", documents), documents)
    assert not linked["Ledger"] & linked["Wire"]
