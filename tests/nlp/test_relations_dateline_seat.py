"""Relations on sentences written for these tests: the state whose government the text seats in the dateline's
city ("the government in Meldra") is the state the story is about, so a head of government or a minister with no
state named is its own, whichever state the lead names first."""
from __future__ import annotations


def relations(result, kind):
    return {(r["subject"], r["object"]) for r in result["relations"] if r["type"] == kind}


STORY = ("MELDRA (Tarn Wire) - Hackers working for Vellany's military cut power to much of southern Ostria on "
         "Sunday, Ostria's cyber agency said on Tuesday.\n\n"
         "Vellany's embassy denied the charge. Ostria's foreign ministry summoned Vellany's ambassador, and "
         "the government in Meldra is weighing sanctions.\n\n"
         "Prime Minister Hanna Roos told parliament that Vellany would pay. Finance Minister Ivo Tamm said the "
         "damage was small.")


def test_the_prime_minister_leads_the_state_seated_at_the_dateline(analyse):
    r = analyse(STORY, published="2025-06-18")
    assert ("Hanna Roos", "Ostria") in relations(r, "leader_of")
    assert ("Hanna Roos", "Vellany") not in relations(r, "leader_of")


def test_a_minister_is_of_the_state_seated_at_the_dateline(analyse):
    r = analyse(STORY, published="2025-06-18")
    assert ("Ivo Tamm", "Ostria") in relations(r, "member_of")


# a dateline that names the city's state after it ("TARNO, Velsia (Wire) -") says whose government sits there; a
# state named after "the government in" is that state's own government, no city's
STATED_STORY = ("TARNO, Velsia (Harl Wire) - Gunmen in Velsia's western valleys ambushed an army convoy on Friday, "
                "a police source said.\n\n"
                "The Grey Watch, which has fought the government in Tarno since 2019, said it had carried out the "
                "ambush. Officials have long said the group is armed from across the frontier in Oskany, a charge "
                "the government in Oskany rejects. Velsia's interior ministry summoned Oskany's ambassador.")


def test_the_government_in_the_datelines_city_is_that_of_the_state_the_dateline_names(analyse):
    r = analyse(STATED_STORY, published="2026-03-02")
    assert ("Tarno", "Velsia") in relations(r, "capital_of")
    assert ("Tarno", "Oskany") not in relations(r, "capital_of")


def test_the_government_in_a_state_is_that_states_own(analyse):
    r = analyse(STATED_STORY, published="2026-03-02")
    assert not {pair for pair in relations(r, "capital_of") if pair[0] == "Oskany"}
    oskany = next(e for e in r["entities"] if e["name"] == "Oskany")
    assert "the government in Oskany" in [m["text"] for m in oskany["mentions"]]


def test_a_minister_belongs_to_the_government_his_sentence_names(analyse):
    # the lead names Pelmar first (an exile's state); the minister speaks of Ostria's government in his own sentence
    r = analyse("HALBY (Tarn Wire) - Ivo Renn, an exiled Pelmari dissident who fell ill at a hotel in Halby, was "
                "poisoned, Ostria's police said on Monday.\n\n"
                "Pelmar's embassy denied any role. Ostria's government is weighing sanctions, Foreign Minister Aron "
                "Vesk told reporters.",
                published="2025-06-18")
    assert ("Aron Vesk", "Ostria") in relations(r, "member_of")
    assert ("Aron Vesk", "Pelmar") not in relations(r, "member_of")


def test_a_government_named_in_what_a_minister_says_after_the_verb_is_not_the_ministers(analyse):
    r = analyse("Kestwyn has closed its border with Darrow. Foreign Minister Ilse Varo told reporters on Monday that "
                "Darrow's government must stop shelling.", published="2025-06-18")
    assert ("Ilse Varo", "Kestwyn") in relations(r, "member_of")
    assert ("Ilse Varo", "Darrow") not in relations(r, "member_of")


def test_the_government_in_the_datelines_city_is_that_of_the_state_whose_official_tells_the_lead(analyse):
    # the lead's source serves Norvany; Ostrel is named later as where the rifles were made
    r = analyse("BRESK (Tarn Wire) - Police seized 200 rifles hidden in a lorry near the port of Halm last week, "
                "Ada Vorn, the head of Norvany's border agency, said on Monday.\n\n"
                "The rifles were bound for the Black Reed, a rebel group that has fought the government in Bresk "
                "since 2019, according to two diplomats. They said the rifles came from a factory in Ostrel. "
                "Ostrel's foreign ministry denied the charge, and Norvany's foreign ministry summoned Ostrel's "
                "ambassador.", published="2025-06-18")
    assert ("Bresk", "Norvany") in relations(r, "capital_of")
    assert ("Bresk", "Ostrel") not in relations(r, "capital_of")
