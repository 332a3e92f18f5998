"""A reduced relative participle on the subject of a clause says which party did the clause's act: one claim."""
import pytest

from claimgraph.nlp.claims import misread_main_verb


@pytest.mark.parametrize("text, words, act", [
    # the parser takes the participle for the finite verb and the main verb for a second verb joined to it
    ("Drones launched from across the border struck the Harnet pumping station overnight, two officials said.",
     "Drones launched from across the border struck the Harnet pumping station overnight", "struck"),
    # the participle has an act of its own ("armed"), which is no claim beside the clause's
    ("Militiamen armed with rifles attacked the village of Soller, a local official said.",
     "Militiamen armed with rifles attacked the village of Soller", "attacked"),
])
def test_a_participle_on_the_subject_belongs_to_the_claim_of_the_main_verb(analyse, text, words, act):
    r = analyse(text)
    assert [c["span"]["text"] for c in r["claims"]] == [words]
    events = {v["id"]: v for v in r["events"]}
    assert events[r["claims"][0]["event"]]["trigger"]["text"] == act


@pytest.mark.parametrize("text, verb", [
    ("Gunmen stormed the depot and burned the trucks, a local official said.", "burned"),
    ("Gunmen stormed the depot, burned the trucks and fled.", "burned"),
])
def test_two_verbs_joined_by_a_conjunction_or_a_comma_are_no_misread_participle(nlp, text, verb):
    doc = nlp(text)
    assert not any(misread_main_verb(t) for t in doc if t.text == verb)
