"""Claims on sentences written for these tests: each proposition is one claim and its words hold no other claim's
clause: a small clause with a noun predicate ('called the ruling "an attack on ..."') is one claim, a second verb
sharing the subject and rated otherwise ('was thrown ... but did not explode') is a claim of its own outside the
first one's words, and an auxiliary standing for an elided verb phrase ('and never has') belongs to the claim whose
verb it repeats."""
from __future__ import annotations


def claims(result):
    return [(c["span"]["text"], c["certainty"]["value"]) for c in result["claims"]]


def test_a_small_clause_with_a_noun_predicate_is_one_claim(analyse):
    r = analyse('The Arvel party called the verdict "an assault on the courts".')
    words = [text for text, _ in claims(r)]
    assert words.count('the verdict "an assault on the courts"') == 1
    assert len([w for w in words if "verdict" in w]) == 1


def test_a_second_verb_sharing_the_subject_is_a_claim_outside_the_first(analyse):
    r = analyse("Police said a mortar round was fired at the Tessel barracks on Sunday but did not explode.")
    found = claims(r)
    assert ("a mortar round was fired at the Tessel barracks on Sunday", 3) in found
    assert ("did not explode", -3) in found


def test_an_auxiliary_for_an_elided_verb_phrase_is_no_claim_of_its_own(analyse):
    r = analyse('"Dessia does not train foreign fighters and never has," a spokesman for the Dessian army said.')
    words = [text for text, _ in claims(r)]
    assert words == ["Dessia does not train foreign fighters and never has"]
