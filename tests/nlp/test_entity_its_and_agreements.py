"""A name its "its" reads back to is no person's, and a written agreement's name is a document, on invented names."""
from __future__ import annotations

from tests.news import type_rules


def names(result):
    return {e["name"]: e for e in result["entities"]}


def test_an_untagged_name_with_nothing_of_its_own_is_an_entity(analyse):
    found = names(analyse("Vorlund has no modern air defences of its own, officials said on Tuesday."))
    assert found["Vorlund"]["type"] != "PERSON"
    assert "its read back to the name" in type_rules(found["Vorlund"])
    assert [m["text"] for m in found["Vorlund"]["mentions"]] == ["Vorlund", "its"]


def test_a_speaker_whose_troops_are_its_own_is_a_state(analyse):
    found = names(analyse("Kestrava said its troops had crossed the river on Monday."))
    assert found["Kestrava"]["type"] == "GPE"
    assert "its read back to the name" in type_rules(found["Kestrava"])


def test_the_taggers_person_gives_way_to_its(analyse):
    found = names(analyse("Orlanne said its inspectors would return next month."))
    assert found["Orlanne"]["type"] == "ORG"
    assert "its" in [m["text"] for m in found["Orlanne"]["mentions"]]


def test_a_titled_person_stays_a_person_whatever_its_follows(analyse):
    found = names(analyse("Minister Ilse Brandvik said its budget would grow next year."))
    assert found["Ilse Brandvik"]["type"] == "PERSON"


def test_its_inside_the_subjects_apposition_is_someone_elses(analyse):
    found = names(analyse("Tomas Quillan, its chief executive, said the plant would close in June."))
    assert found["Tomas Quillan"]["type"] == "PERSON"


def test_its_after_another_noun_says_nothing_of_the_speaker(analyse):
    found = names(analyse("Brastik Vell said the company had repaired its bridge."))
    assert found["Brastik Vell"]["type"] == "PERSON"


def test_a_signed_accord_is_a_document(analyse):
    found = names(analyse("Both governments signed the Tamsel Compact in May, ending three years of fighting.\n\n"
                          "Officials said the Tamsel Compact would be reviewed next year."))
    compact = found["Tamsel Compact"]
    assert compact["type"] == "DOCUMENT"
    assert {"agreement word in the name", "agreement signed or broken"} <= type_rules(compact)


def test_an_accord_named_a_party_stays_an_organisation(analyse):
    found = names(analyse("Leaders of the Morrow Accord party said on Sunday they would boycott the vote."))
    assert found["Morrow Accord"]["type"] == "ORG"


def test_an_acronym_after_a_broadcasters_noun_is_an_outlet(analyse):
    found = names(analyse("Gen. Arkady Tolvern told state broadcaster KVT that the drones had not flown over the town."))
    assert found["KVT"]["type"] == "OUTLET"
    assert "class noun before the name" in type_rules(found["KVT"])


def test_an_agreement_is_what_it_reads_back_to(analyse):
    r = analyse("Both sides signed the Tamsel Compact last year. The Tamsel Compact is not dead, but it is badly "
                "wounded, the envoy said.")
    assert [m["text"] for m in names(r)["Tamsel Compact"]["mentions"]] == [
        "the Tamsel Compact", "The Tamsel Compact", "it"]


def test_an_agreement_is_no_party_to_an_event(analyse):
    r = analyse("Both governments signed the Tamsel Compact in May, ending three years of fighting.")
    assert names(r)["Tamsel Compact"]["type"] == "DOCUMENT"
    assert not any("Tamsel Compact" in str(e.get("roles", {}).values()) for e in r["events"])


def test_a_full_name_the_tagger_calls_a_person_keeps_its_reading(analyse):
    found = names(analyse("The Ostrand Bank posted a loss on Monday.\n\nMara Lenn said its shares would recover."))
    assert found["Mara Lenn"]["type"] == "PERSON"


def test_a_law_the_tagger_names_is_a_document(analyse):
    found = names(analyse("Parliament in Pelvane is due to debate the Harbour Defence Act on Thursday."))
    act = found["Harbour Defence Act"]
    assert act["type"] == "DOCUMENT" and "law word in the name" in type_rules(act)
