"""An outlet after its content named with a label before its name and a citing participle, whose counted sources
are picked out later; a noun object confirmed beside a next act of the speaker."""
from __future__ import annotations

from tests.news import by_cue_ending, joined


def test_an_outlet_after_its_content_with_its_label_first_is_the_source(analyse):
    r = analyse("The harbour master of Tellos had taken bribes from two shipping firms for years, the island's "
                "biggest daily, the Tellos Beacon, reported on Monday, citing four clerks with knowledge of the "
                "accounts.\n\nOne of the clerks said the payments were made in cash. The second clerk said the "
                "firms had paid more than once.")
    (reported,) = by_cue_ending(r, "reported")
    assert joined(reported["source"]) == "the island's biggest daily, the Tellos Beacon"
    assert reported["source_kind"] == "outlet"
    assert joined(reported["content"]) == "The harbour master of Tellos had taken bribes from two shipping firms " \
                                          "for years"
    (citing,) = by_cue_ending(r, "citing")
    assert joined(citing["source"]) == "four clerks with knowledge of the accounts"
    assert citing["parent"] == reported["id"] and citing["source_count"] == 4
    one, second = by_cue_ending(r, "said")
    for picked in (one, second):
        assert picked["refers_to"] == citing["id"] and picked["parent"] == reported["id"]


def test_a_newspaper_after_its_content_with_a_label_and_a_name(analyse):
    r = analyse("The port will close for a month from June, the region's main newspaper, the Orsk Ledger, "
                "reported on Friday, citing two harbour pilots.")
    (reported,) = by_cue_ending(r, "reported")
    assert joined(reported["source"]) == "the region's main newspaper, the Orsk Ledger"
    assert joined(reported["content"]) == "The port will close for a month from June"
    (citing,) = by_cue_ending(r, "citing")
    assert joined(citing["source"]) == "two harbour pilots" and citing["parent"] == reported["id"]


def test_a_name_then_its_label_after_the_content(analyse):
    r = analyse("The port will close for a month from June, the Orsk Ledger, the region's largest daily, "
                "reported on Friday, citing two pilots.")
    (reported,) = by_cue_ending(r, "reported")
    assert joined(reported["source"]).startswith("the Orsk Ledger")
    assert joined(reported["content"]) == "The port will close for a month from June"
    (citing,) = by_cue_ending(r, "citing")
    assert citing["parent"] == reported["id"]


def test_a_confirmed_object_leaves_out_the_next_act_of_the_speaker(analyse):
    r = analyse("The harbour master, Ilse Varn, confirmed the closure on Tuesday but gave no date for the "
                "reopening.")
    (confirmed,) = by_cue_ending(r, "confirmed")
    assert joined(confirmed["content"]) == "the closure"
    assert joined(confirmed["source"]) == "The harbour master, Ilse Varn"
    # a verb the parser joined to the cue without 'and' or 'but' stays in the object's clause
    r = analyse("The Orsk Ledger published parts of the audit that showed the harbour board lost nearly two "
                "million crowns in a single year.")
    (published,) = by_cue_ending(r, "published")
    assert joined(published["content"]).endswith("lost nearly two million crowns in a single year")


def test_an_outlet_with_its_label_after_the_name_and_a_joined_citing_source_heads_the_chain(analyse):
    # the parser hangs the comma before the outlet on the outlet's name and reads 'reported' as a participle on it
    r = analyse("Halvor has been selling rifles to the rebels of Dunmark since at least June, the Pellow Gazette, "
                "a liberal weekly, reported on Friday, citing a confidential memo and three diplomats who had seen "
                "it.\n\nTwo of the diplomats said the rifles were shipped by sea.")
    (reported,) = by_cue_ending(r, "reported")
    assert joined(reported["source"]).startswith("the Pellow Gazette")
    assert joined(reported["content"]) == "Halvor has been selling rifles to the rebels of Dunmark since at least June"
    (citing,) = by_cue_ending(r, "citing")
    assert citing["parent"] == reported["id"]
    (two,) = by_cue_ending(r, "said")
    assert two["refers_to"] == citing["id"] and two["parent"] == reported["id"]
