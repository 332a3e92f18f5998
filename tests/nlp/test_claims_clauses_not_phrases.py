"""Claims on sentences written for these tests: one proposition a claim, a clause with its predicate. A finite verb
joined to another under one subject ('had crossed the river and seized two barges') is a claim of its own, outside
the first one's words; a bare participle after its noun ('the two villages affected') states nothing, and one with
words of its own that is a claim of its own ('a statement released on its website') names its noun; a claim
never ends on a conjunction."""
from __future__ import annotations

import pytest


def spans(result):
    return [c["span"]["text"] for c in result["claims"]]


def test_a_finite_verb_joined_under_one_subject_is_a_claim_outside_the_first(analyse):
    found = spans(analyse("Officials said the raiders had crossed the Velm river at dawn and seized two grain barges "
                          "near Porrick."))
    assert "the raiders had crossed the Velm river at dawn" in found, found
    assert "seized two grain barges near Porrick" in found, found
    assert not any("crossed" in s and "seized" in s for s in found), found


def test_participles_under_one_auxiliary_stay_one_claim(analyse):
    found = spans(analyse("Customs officers said the lorry was stopped at the Dorn crossing and searched by dogs."))
    assert any("stopped" in s and "searched" in s for s in found), found


@pytest.mark.parametrize("text, claim", [
    ("The Tarn Front said in a statement released on its website that it would free the hostages.",
     "a statement released on its website"),
    ("The Orvel Brigade said in a report published on Friday that its fighters had taken the ridge.",
     "a report published on Friday"),
])
def test_a_participle_claim_after_where_a_report_appeared_names_its_noun(analyse, text, claim):
    found = spans(analyse(text))
    assert claim in found, found


def test_a_bare_participle_after_its_noun_is_no_claim(analyse):
    found = spans(analyse("The aid group said it had delivered tents to Vessa and Orlun, the two villages affected, "
                          "on Sunday."))
    assert not any(s.startswith("the two villages affected") for s in found), found


def test_a_claim_never_ends_on_a_conjunction(analyse):
    found = spans(analyse("TAVERNA, Oct 21 (Lisk News Agency) - Estorian lawmakers voted on Monday to expel the "
                          "ambassador of Quellan.\n\nThe motion, which passed by 212 votes to 41, gives the government "
                          "seven days to order the envoy to leave. Prime Minister Halvard Seln, who had opposed the "
                          "vote, said his government would respect it but warned that Quellan was likely to retaliate "
                          "by closing Estoria's consulate in Bressa."))
    assert not any(s.split()[-1] in {"and", "but", "or"} for s in found), found


def test_a_participle_claim_names_its_noun(analyse):
    found = spans(analyse("Two officials said investigators believed the hackers had entered the network through the "
                          "email account of a contractor, a firm based in Oskarn, in January."))
    assert not any(s.startswith("based in") for s in found), found
