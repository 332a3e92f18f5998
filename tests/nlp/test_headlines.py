"""Headlines: a headline's source is the party its lead names in full, so one claim told twice has one source."""
from __future__ import annotations


def by_cue(r, cue):
    return next(a for a in r["attributions"] if a["cue"] and a["cue"][0]["text"] == cue)


def test_a_headline_source_refers_to_the_lead_source(analyse):
    r = analyse("Union says rail strike will go ahead\n\nThe RMT union said on Tuesday that the strike planned for "
                "next week would go ahead.")
    headline, lead = by_cue(r, "says"), by_cue(r, "said")
    assert headline["source"][0]["text"] == "Union"
    assert headline["refers_to"] == lead["id"]
    assert lead["refers_to"] is None


def test_a_colon_headline_source_refers_to_the_lead_source(analyse):
    r = analyse("Chancellor: budget talks will go on\n\nThe German chancellor told reporters in Berlin that the "
                "budget negotiations would continue into the weekend.")
    lead = by_cue(r, "told")
    headline = next(a for a in r["attributions"] if a["id"] != lead["id"] and a["source"]
                    and a["source"][0]["text"] == "Chancellor")
    assert headline["refers_to"] == lead["id"]


def test_two_headlines_joined_by_a_semicolon_are_two_sentences(analyse):
    r = analyse("Regulator says bank broke rules; lender rejects findings\n\nThe financial regulator said on Monday "
                "that the bank had broken rules on lending.")
    headline = by_cue(r, "says")
    assert [c["text"] for c in headline["content"]] == ["bank broke rules"]
    assert headline["refers_to"] == by_cue(r, "said")["id"]


def test_a_lead_naming_another_party_takes_no_headline_source(analyse):
    r = analyse("Union says rail strike will go ahead\n\nThe transport minister said on Tuesday that the trains "
                "would run as planned.")
    assert by_cue(r, "says")["refers_to"] is None


def test_a_first_paragraph_is_no_headline(analyse):
    r = analyse("The union says the strike will go ahead. The minister said on Tuesday that the union was wrong.\n\n"
                "The union said later that talks had failed.")
    assert by_cue(r, "says")["refers_to"] is None


def test_one_claim_in_the_headline_and_the_lead_has_one_origin(tmp_path, nlp):
    from claimgraph.analysis import analyze_document
    from claimgraph.document import Document
    from claimgraph.link import link_pending
    from claimgraph.link.corroboration import linked_claims
    from claimgraph.store import Store

    document = Document(text="Union says rail strike will go ahead\n\nThe RMT union said on Tuesday that the rail "
                             "strike would go ahead.", published="2024-03-05", outlet="Northern Courier")
    with Store.open(tmp_path / "s.db") as store:
        store.write(document, analyze_document(document, nlp=nlp))
        link_pending(store)
        claims = [c for c in linked_claims(store) if "strike" in c["text"]]
    assert claims and all(len(c["mentions"]) == 2 for c in claims), [c["text"] for c in claims]
    assert claims[0]["independent_origins"] == 1, claims[0]["origins"]


def test_a_dateline_under_a_headline_leaves_the_lead_source(analyse):
    r = analyse("Dockers say port will stay shut\nLISBON (Reuters) - The dockers' union said on Monday that the port "
                "of Lisbon would stay shut until Friday.")
    lead = by_cue(r, "said")
    assert lead["source"][0]["text"] == "The dockers' union"
    assert all("LISBON" not in c["text"] for c in lead["content"])


def test_a_first_line_naming_an_outlet_in_full_is_not_read_as_the_leads_short_form(analyse):
    # one sentence on the first line, short enough for a headline, names the outlet in full; the lead's "the wire"
    # names it again by less, and is no fuller naming for the first line's source to point to
    r = analyse("Rebels have taken the river port of Ossa, Tallow Wire reported on Monday, citing local officials.\n\n"
                "According to the wire, the port fell after a two-day siege.")
    first = by_cue(r, "reported")
    assert first["source"][0]["text"] == "Tallow Wire"
    assert first["refers_to"] is None
    assert first["source_kind"] == "outlet"


def test_a_headline_noun_still_refers_to_the_leads_description(analyse):
    r = analyse("Minister says budget will pass\n\nThe finance minister said on Monday that the budget would pass "
                "before the summer recess.")
    assert by_cue(r, "says")["refers_to"] == by_cue(r, "said")["id"]
