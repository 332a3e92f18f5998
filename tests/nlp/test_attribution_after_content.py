"""Reports whose speaker comes after what is reported: an apposition inside the reported clause, a report a paper
cites from others, an outlet's own finding, and a copula with a prepositional predicate as the claim reported."""
from __future__ import annotations

from tests.news import by_cue_ending, claims_of, joined


def test_an_apposition_before_the_verb_stays_in_the_content_of_a_speaker_after_it(analyse):
    r = analyse("Redkite, a smuggling ring run by a former customs chief, moved forged pallets through the southern "
                "terminal and bribed two inspectors, five people involved in the inquiry told the Harbour Gazette.")
    (told,) = by_cue_ending(r, "told")
    assert joined(told["source"]) == "five people involved in the inquiry"
    assert told["source_kind"] == "anonymous" and told["source_count"] == 5
    content = joined(told["content"])
    assert content.startswith("Redkite, a smuggling ring run by a former customs chief, moved forged pallets")
    assert content.rstrip(",").endswith("bribed two inspectors")
    assert not [c for c in r["claims"] if c["span"]["text"].startswith("involved")]  # the source's words


def test_a_copula_with_a_prepositional_predicate_is_the_claim_a_cited_report_makes(analyse):
    r = analyse("Soldiers from the Ninth Brigade were behind last month's raid on the Orlin depot, the Valley Courier "
                "reported on Friday, citing two diplomats.")
    (reported,) = by_cue_ending(r, "reported")
    (citing,) = by_cue_ending(r, "citing")
    assert reported["source_kind"] == "outlet"
    assert citing["parent"] == reported["id"] and citing["source_count"] == 2
    said = "Soldiers from the Ninth Brigade were behind last month's raid on the Orlin depot"
    assert joined(reported["content"]) == said
    assert said in claims_of(r, citing)
    assert "last month's raid on the Orlin depot" not in [c["span"]["text"] for c in r["claims"]]


def test_an_act_carried_out_is_claimed_under_the_cited_report(analyse):
    r = analyse("Agents of the coastal guard carried out the sinking of the trawler Vella Rose, the Valley Courier "
                "reported, citing three port workers.")
    (citing,) = by_cue_ending(r, "citing")
    assert joined(citing["source"]) == "three port workers"
    assert "Agents of the coastal guard carried out the sinking of the trawler Vella Rose" in claims_of(r, citing)


def test_a_copula_of_place_in_a_report_is_a_claim(analyse):
    r = analyse("The finance minister was in Corvane on the night of the vote, two of her aides said.")
    (said,) = by_cue_ending(r, "said")
    assert "The finance minister was in Corvane on the night of the vote" in claims_of(r, said)


def test_an_investigation_by_an_outlet_after_its_finding_is_the_outlets_source(analyse):
    r = analyse("Two contractors of the port board forged the safety papers of the ferry Marisol weeks before it "
                "sank, an investigation by the Valley Courier has found.")
    (found,) = by_cue_ending(r, "found")
    assert joined(found["source"]) == "an investigation by the Valley Courier"
    assert found["source_kind"] == "outlet"
    assert joined(found["content"]).startswith("Two contractors of the port board forged")
    assert found["evidence"]["construction"] == "source after content"


def test_an_outlet_that_has_learned_something_is_its_source(analyse):
    r = analyse("The ministry paid the same builder twice for the Lusk bridge, the Valley Courier has learned.")
    (learned,) = by_cue_ending(r, "learned")
    assert joined(learned["source"]) == "the Valley Courier" and learned["source_kind"] == "outlet"
    assert joined(learned["cue"]) == "has learned"
    assert joined(learned["content"]) == "The ministry paid the same builder twice for the Lusk bridge"


def test_an_inquiry_before_its_finding_takes_its_makers_kind(analyse):
    r = analyse("A review by the transport ministry found that the tunnel lights had failed twice in May.")
    (found,) = by_cue_ending(r, "found")
    assert found["source_kind"] == "government"


def test_an_inquiry_with_no_maker_named_keeps_no_kind_from_elsewhere(analyse):
    r = analyse("An inquiry found that the tunnel lights had failed twice in May.")
    (found,) = by_cue_ending(r, "found")
    assert found["source_kind"] != "outlet"


def test_behind_parsed_as_an_adverb_still_makes_the_copula_the_claim(analyse):
    r = analyse("Gunmen from the Red Pine, a militia tied to the army, were behind last week's ambush on the grain "
                "convoy, the Valley Courier reported on Monday, citing two officials.")
    (citing,) = by_cue_ending(r, "citing")
    assert any(c.endswith("were behind last week's ambush on the grain convoy") for c in claims_of(r, citing))
    assert "tied to the army" not in [c["span"]["text"] for c in r["claims"]]


def test_an_inquiry_whose_finding_the_parser_coordinates_with_it_is_still_its_source(analyse):
    r = analyse("Two clerks of the Lusk port board forged the safety papers of the ferry Marisol weeks before she "
                "sank, an investigation by the Valley Courier has found.  Bank records obtained by the Valley Courier "
                "show that the two clerks were paid by the ferry's owner in March.")
    (found,) = by_cue_ending(r, "found")
    assert joined(found["source"]) == "an investigation by the Valley Courier"
    assert found["source_kind"] == "outlet"
    assert joined(found["content"]).endswith("weeks before she sank")


def test_a_name_just_before_the_verb_after_the_comma_is_the_source_not_the_contents_last_noun(analyse):
    r = analyse("Coastal patrols have seized the cargo ship Orla Venn, Harbour Signal reported on Tuesday, citing "
                "port officials.")
    (reported,) = by_cue_ending(r, "reported")
    assert joined(reported["source"]) == "Harbour Signal"
    assert joined(reported["content"]).rstrip(",") == "Coastal patrols have seized the cargo ship Orla Venn"


def test_a_name_the_parser_hangs_as_an_apposition_on_the_contents_last_noun_is_the_source():
    # the misparse as the parser gives it on some names: the content's object taken for the verb's subject and
    # the outlet's name hung on it as an apposition
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from claimgraph.nlp.annotations import AttributionRecord
    from claimgraph.nlp.attribution.content import source_named_after_comma
    from claimgraph.nlp.tokens import runs

    words = "Rebel forces have seized the ship Orla Venn , Harbour Signal reported on Tuesday .".split()
    heads = [1, 3, 3, 11, 5, 7, 7, 11, 7, 10, 7, 11, 11, 12, 11]
    deps = ["compound", "nsubj", "aux", "ccomp", "det", "compound", "compound", "nsubj", "punct", "compound",
            "appos", "ROOT", "prep", "pobj", "punct"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    record = AttributionRecord(cue=runs(doc, {11}), content=runs(doc, {0, 1, 2, 3}),
                               source=runs(doc, set(range(4, 11))))
    source_named_after_comma(doc, record)
    assert [s.text for s in record.source] == ["Harbour Signal"]
    assert " ".join(s.text for s in record.content) == "Rebel forces have seized the ship Orla Venn"


def test_the_occasion_of_saying_before_that_stays_out_of_the_content(analyse):
    r = analyse("The warden said at a briefing in Tarnholm after the storm that the ferry would sail again.")
    (said,) = by_cue_ending(r, "said")
    content = joined(said["content"])
    assert "briefing" not in content and "storm" not in content
    assert content.endswith("the ferry would sail again")
