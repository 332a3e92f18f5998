"""A role with a name set off after it is one person, wherever the parser hangs the name and whatever office the role
noun also names."""
from __future__ import annotations


def kind_of(r, start_word):
    return next(a["source_kind"] for a in r["attributions"] if a["source"] and
                a["source"][0]["text"].startswith(start_word))


def test_a_name_after_the_whole_phrase_of_a_role(analyse):
    r = analyse("Two of the wounded were nurses, the head of the school in Dornwick, Petra Alvane, said.")
    assert kind_of(r, "the head") == "person"


def test_an_office_noun_with_a_name_is_a_person(analyse):
    r = analyse("A prosecutor in Brastow, Edda Lunn, told reporters on Friday that she would charge the "
                "two pilots with smuggling.")
    assert kind_of(r, "A prosecutor") == "person"


def test_an_office_noun_without_a_name_stays_an_office(analyse):
    r = analyse("The prosecutor's office in Brastow said on Friday that it would charge the two pilots.")
    assert kind_of(r, "The prosecutor") == "government"


def test_an_office_with_a_name_the_recogniser_types_as_an_organisation_is_a_person(analyse):
    r = analyse("The mayor of Tarnby, Eske Holvar, thanked the rescue crews.")
    assert kind_of(r, "The mayor") == "person"


def test_a_firm_named_beside_an_agent_noun_stays_an_organisation(analyse):
    r = analyse("The ferry's operator, Norsk Line, said the route would reopen.")
    assert kind_of(r, "The ferry") == "organization"


def test_a_role_named_after_a_body_of_its_office_is_a_new_person(analyse):
    r = analyse("Prosecutors in Varlow on Monday charged the captain with smuggling. The chief prosecutor, Edda Lunn, "
                "told reporters that the captain would stay in custody.")
    named = next(a for a in r["attributions"] if a["source"] and a["source"][0]["text"].startswith("The chief"))
    assert named["source_kind"] == "person"
    assert named["refers_to"] is None


def test_a_role_named_by_a_person_the_recogniser_typed_with_the_body_is_a_person(analyse):
    # the recogniser may type the name's words as the body beside it; the entity found for the name is a person
    r = analyse("The Tarrow League's envoy, Ines Varga, said the talks would resume.")
    assert kind_of(r, "The Tarrow League") == "person"
