"""A bare "the ministry" is the body named before it with its word, not an organ named only after it; one placed by
its seat says which it is by itself. Invented names."""
from __future__ import annotations


def mentions_of(result, name):
    return [m["text"] for e in result["entities"] if e["name"] == name for m in e["mentions"]]


def test_the_ministry_is_the_ministry_named_before_not_after(analyse):
    r = analyse("Fighters seized the crossing on Wednesday, the Tessalian Ministry of Internal Affairs said.\n\n"
                "The ministry said in a statement that at least nine civilians were killed.\n\n"
                "The Ulvennan foreign ministry said it had urged both sides to return to the table.")
    assert mentions_of(r, "Tessalian Ministry of Internal Affairs") == [
        "the Tessalian Ministry of Internal Affairs", "The ministry"]
    assert "The ministry" not in mentions_of(r, "Ulvennan foreign ministry")


def test_a_ministry_placed_by_its_seat_may_be_named_after(analyse):
    r = analyse("Officials said the plan was approved without the knowledge of the foreign ministry in Quennic.\n\n"
                "Vellmark's foreign ministry denied the report on Friday.")
    assert mentions_of(r, "Vellmarkian foreign ministry") == [
        "the foreign ministry in Quennic", "Vellmark's foreign ministry"]


def test_an_organ_owned_after_of_is_the_organ_its_possessive_names(analyse):
    told = analyse("The foreign ministry of Vellmark said it was alarmed. The ministry summoned the envoy.")
    owned = analyse("Vellmark's foreign ministry said it was alarmed. The ministry summoned the envoy.")
    assert mentions_of(told, "Vellmarkian foreign ministry") == ["The foreign ministry of Vellmark", "it",
                                                                  "The ministry"]
    assert "Vellmarkian foreign ministry" in {e["name"] for e in owned["entities"]}
    (organ,) = [r for r in told["relations"] if r["subject"] == "Vellmarkian foreign ministry"]
    assert (organ["type"], organ["object"]) == ("part_of", "Vellmark")


def test_a_first_name_and_surname_described_as_one_person_are_a_person(analyse):
    r = analyse("ORVALE (Quill Wire) - Ilka Varrow, an aid worker for the Westbrook Fund, was arrested by security "
                "forces this week.")
    (person,) = [e for e in r["entities"] if e["name"] == "Ilka Varrow"]
    assert person["type"] == "PERSON"


def test_a_finite_verb_heading_a_clause_cuts_a_name_the_recogniser_ran_over_it(analyse):
    r = analyse("Imbrey accused Novrath of moving heavy artillery closer to the border, an accusation Novrath denied.")
    names = {e["name"] for e in r["entities"]}
    assert {"Imbrey", "Novrath"} <= names
    assert not any("accused" in n for n in names)


def test_the_charity_is_the_body_the_text_called_a_charity(analyse):
    r = analyse("Migrants told volunteers from Safe Harbour Trust, a charity that runs a shelter in the port, that "
                "the boat had sunk. Several of them said a ferry had ignored them, the charity said on Monday.")
    trust = next(e for e in r["entities"] if e["name"] == "Safe Harbour Trust")
    assert [m["text"] for m in trust["mentions"]] == ["Safe Harbour Trust", "the charity"]
