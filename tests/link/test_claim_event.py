"""A linked claim's event is the type most of its reports give it, not its first report's alone."""
from __future__ import annotations

from claimgraph.link import link_pending
from claimgraph.link.corroboration import linked_claims
from claimgraph.store import Store


def report(built, outlet, day, type_):
    text = f"The Sarn Navy fired on fishing boats near Ostry, {outlet} said."
    return built(text, outlet=outlet, published=f"2025-03-0{day}", entities=[("Sarn Navy", "ORG"), ("Ostry", "GPE")],
                 claim="The Sarn Navy fired on fishing boats near Ostry",
                 event={"type": type_, "roles": {"actor": "Sarn Navy", "target": "fishing boats"}})


def test_event_type_is_what_most_reports_say(tmp_path, built):
    documents = [report(built, "Valley Courier", 1, "FIGHT"), report(built, "Hill Post", 2, "ASSAULT"),
                 report(built, "Coast Star", 3, "ASSAULT")]
    with Store.open(tmp_path / "s.db") as store:
        for document, result in documents:
            store.write(document, result)
        link_pending(store)
        claims = list(linked_claims(store))
    (claim,) = [c for c in claims if c["articles"] == 3]
    assert claim["event"]["type"] == "ASSAULT"


def test_announced_act_counts_as_the_act(tmp_path, built):
    def notice(outlet, day, event):
        text = f"Norland will expel two envoys of Vessa, {outlet} said."
        return built(text, outlet=outlet, published=f"2025-04-0{day}", entities=[("Norland", "GPE"), ("Vessa", "GPE")],
                     claim="Norland will expel two envoys of Vessa",
                     event={**event, "roles": {"actor": "Norland", "recipient": "Vessa"}})
    documents = [notice("Valley Courier", 1, {"type": "THREATEN", "act": "SANCTION"}),
                 notice("Hill Post", 2, {"type": "THREATEN", "act": "SANCTION"}),
                 notice("Coast Star", 3, {"type": "SANCTION"})]
    with Store.open(tmp_path / "s.db") as store:
        for document, result in documents:
            store.write(document, result)
        link_pending(store)
        (claim,) = [c for c in linked_claims(store) if c["articles"] == 3]
    assert claim["event"]["type"] == "SANCTION"
