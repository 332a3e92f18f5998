"""A modal verb phrase going on with what is reported, a refusal to answer a wh-question, a time closing an occasion
after the thing said, a counted part of a body's staff, and a quotation going on past a programme's title."""
from __future__ import annotations


def contents(r, cue):
    return [" | ".join(c["text"] for c in a["content"]) for a in r["attributions"]
            if " ".join(c["text"] for c in a["cue"]) == cue]


def test_a_modal_conjunct_without_subject_stays_in_the_reported_clause(analyse):
    r = analyse("Harl Vennick said the pumps at Ossel were ready for inspection, but would not be started "
                "before June.")
    assert contents(r, "said") == ["the pumps at Ossel were ready for inspection, but would not be started "
                                   "before June"]


def test_a_modal_conjunct_after_doubts_stays_in_the_reported_clause(analyse):
    r = analyse("The Brisk inspectors said they had doubts about the Tollan dam, but could not prove that it was "
                "unsafe.")
    assert contents(r, "said") == ["they had doubts about the Tollan dam, but could not prove that it was unsafe"]


def test_refusing_to_say_what_attributes_nothing(analyse):
    r = analyse("Dellgrid said power had been restored to the Parrow valley. It declined to say what the "
                "blackout had cost.")
    assert [" ".join(c["text"] for c in a["cue"]) for a in r["attributions"]] == ["said"]


def test_refusing_to_say_who_attributes_nothing(analyse):
    r = analyse("The Varl port authority refused to say who had ordered the closure of the Ennet docks.")
    assert r["attributions"] == []


def test_a_time_after_the_occasion_closes_a_thing_claimed(analyse):
    r = analyse("The Sorn Legion, a militia that holds the Askar ridge, claimed the ambush on the Pell road in "
                "a statement two days later and said the convoy had carried weapons.")
    assert contents(r, "claimed") == ["the ambush on the Pell road"]


def test_a_counted_part_of_a_firms_staff_speaks_anonymously(analyse):
    r = analyse("Engineers at Marrow Bay Systems, a firm that Pellgrid hired in May, said the pumps had failed. "
                "Two of the engineers, who spoke on condition of anonymity, said the valves had been tampered with.")
    kinds = {a["source"][0]["text"]: (a["source_kind"], a["source_count"]) for a in r["attributions"]}
    assert kinds["Two of the engineers"] == ("anonymous", 2)


def test_a_quotation_after_a_programme_title_goes_on_with_the_tag(analyse):
    r = analyse('"We are ready for the vote. The count will be close," Tova Lind said on Channel Nine\'s "Morning '
                'Desk." "I mean, there is a lot of worry in the ranks."')
    assert contents(r, "said") == ["We are ready for the vote. The count will be close | I mean, there is a lot of "
                                   "worry in the ranks"]
