"""A claim's words: the clause without the 'that' introducing it, one claim a clause where 'X and that Y' joins two,
closing quotation marks and per cent signs kept, and never the wire dateline."""
from __future__ import annotations

import pytest


def claims(r) -> list[str]:
    return [c["span"]["text"] for c in r["claims"]]


@pytest.mark.parametrize("text, claim", [
    ("The regulator said that the merger would be reviewed by the end of June.",
     "the merger would be reviewed by the end of June"),
    ("Ms Lagarde told lawmakers in Brussels that rates would stay high for longer.",
     "rates would stay high for longer"),
])
def test_a_claim_opens_on_its_clause_not_on_that(analyse, text, claim):
    found = claims(analyse(text))
    assert claim in found
    assert not any(c.startswith("that ") for c in found)


@pytest.mark.parametrize("text, first, second", [
    ("The union said the strike would continue and that talks with the port operator had failed.",
     "the strike would continue", "talks with the port operator had failed"),
    ("University groups said the cap would cost colleges billions of dollars and that several programmes would close.",
     "the cap would cost colleges billions of dollars", "several programmes would close"),
    # the second clause joined to the infinitive inside the first
    ("The campaigner said customers were being asked to pay twice and that the companies had paid out billions.",
     "customers were being asked to pay twice", "the companies had paid out billions"),
])
def test_x_and_that_y_is_two_claims(analyse, text, first, second):
    found = claims(analyse(text))
    assert first in found and second in found


def _parsed(words: list[str], heads: list[int], deps: list[str]):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    return Doc(Vocab(), words=words, heads=heads, deps=deps, spaces=[w not in {",", "."} for w in words[1:]] + [False])


def test_a_conjunct_with_no_conjunction_before_it_does_not_cut_the_claim():
    # the parser may hang the report after a content on the content's predicate as a conjunct ('A poisoned B days
    # before she fell ill, an inquiry has found'); with no 'and' or 'or' before it, it is not a second clause
    from claimgraph.nlp.claims import fitted
    words = ["Agents", "poisoned", "Ms", "Lopez", "days", "before", "she", "fell", "ill", ",", "an", "inquiry",
             "has", "found", "."]
    # as the parser had it: 'fell' and its words under 'found', which is a conjunct of 'poisoned'
    heads = [1, 1, 3, 4, 7, 7, 7, 13, 7, 13, 11, 13, 13, 1, 1]
    deps = ["nsubj", "ROOT", "compound", "compound", "npadvmod", "mark", "nsubj", "advcl", "advmod", "punct", "det",
            "nsubj", "aux", "conj", "punct"]
    doc = _parsed(words, heads, deps)
    claim = fitted(doc[0:9], 1, set(range(9)), set(), {7, 13})
    assert claim.text == "Agents poisoned Ms Lopez days before she fell ill"


def test_a_conjunct_after_and_that_ends_the_claim():
    from claimgraph.nlp.claims import fitted
    words = ["The", "strike", "would", "continue", "and", "that", "talks", "had", "failed"]
    heads = [1, 3, 3, 3, 3, 8, 8, 8, 3]
    deps = ["det", "nsubj", "aux", "ROOT", "cc", "mark", "nsubj", "aux", "conj"]
    doc = _parsed(words, heads, deps)
    assert fitted(doc[0:9], 3, set(), set(), {8}).text == "The strike would continue"


def test_a_quotation_keeps_its_closing_mark(analyse):
    found = claims(analyse('A spokesman for the mayor said the plan "protects every library branch" and that fares '
                           'would not rise.'))
    assert 'the plan "protects every library branch"' in found
    assert "fares would not rise" in found


@pytest.mark.parametrize("text, claim", [
    ("Inflation fell to 3.1%, the statistics office said.", "Inflation fell to 3.1%"),
    ("The central bank kept its key rate at 5%, and the governor said cuts were some way off.",
     "The central bank kept its key rate at 5%"),
])
def test_a_per_cent_sign_stays_with_its_number(analyse, text, claim):
    assert claim in claims(analyse(text))


def test_the_dateline_after_a_question_headline_is_no_part_of_a_claim(analyse):
    r = analyse("Will the dock strike end before the holidays?\n\nROTTERDAM, May 3 (Reuters) - Dock workers walked "
                "out on Friday over pay, a union official said.")
    assert not any("ROTTERDAM" in c or "Reuters" in c for c in claims(r))
    assert any(c.startswith("Dock workers walked out") for c in claims(r))


def test_a_quotation_closing_after_its_full_stop_keeps_its_mark(analyse):
    found = claims(analyse('A councillor said the city had failed to find savings and that residents were "being '
                           'squeezed from every direction."'))
    assert 'residents were "being squeezed from every direction."' in found


@pytest.mark.parametrize("text, claim, trigger", [
    # a predicative adjective or participle: the claim is its copula's clause, not the word alone
    ("Two climbers were missing on the glacier, mountain rescuers said.", "Two climbers were missing on the glacier",
     "missing"),
    ("Neither man was armed, the prosecutor told the court.", "Neither man was armed", None),
    # a predicate noun naming no event: the copula stands for the predication, so the clause is a claim at all
    ("The port authority said the passengers were all tourists.", "the passengers were all tourists", "were"),
    ("Most of the injured were firefighters, according to the fire service.",
     "Most of the injured were firefighters", "were"),
    ("There were 40 people aboard the ferry, the operator said.", "There were 40 people aboard the ferry", "were"),
])
def test_a_copular_clause_is_one_claim(analyse, text, claim, trigger):
    r = analyse(text)
    found = [c for c in r["claims"] if c["span"]["text"] == claim]
    assert found, claims(r)
    assert found[0]["attribution"] is not None  # what the report says
    if trigger is not None:
        assert found[0]["trigger"]["text"] == trigger


def test_a_predicate_noun_that_names_an_event_is_rated_itself(analyse):
    r = analyse("It was an attack on the grid, the operator said.")
    assert [c["trigger"]["text"] for c in r["claims"]] == ["attack"]


def test_clauses_joined_to_a_copula_stay_claims_of_their_own(analyse):
    found = claims(analyse("Two climbers were missing and three were injured, mountain rescuers said."))
    assert "Two climbers were missing" in found and "three were injured" in found


@pytest.mark.parametrize("text, claim, cue", [
    ("Fuel prices are likely to rise again next winter.", "Fuel prices are likely to rise again next winter",
     "likely"),
    ("Economists said exports were unlikely to recover before the autumn.",
     "exports were unlikely to recover before the autumn", "unlikely"),
    ("The hearing is expected to open in Geneva in May.", "The hearing is expected to open in Geneva in May",
     "expected"),
])
def test_a_raised_subject_belongs_to_the_infinitive_claim(analyse, text, claim, cue):
    found = analyse(text)["claims"]
    rated = [c for c in found if c["span"]["text"] == claim]
    assert rated, claims({"claims": found})
    # one proposition over those words, rated by the raising word, not its subject noun a second claim beside it
    assert len(rated) == 1 and cue in [k["text"] for k in rated[0]["certainty"]["cue"]]
    assert not any(c["span"]["text"] in claim and c is not rated[0] for c in found)


@pytest.mark.parametrize("text, claim, part", [
    ("Karl Weber became the fourth governor to quit this year.", "Karl Weber became the fourth governor to quit this year",
     "quit"),
    ("The airline was the last carrier to cancel its flights.", "The airline was the last carrier to cancel its flights",
     "cancel"),
])
def test_an_infinitive_after_a_ranked_noun_is_part_of_the_clause(analyse, text, claim, part):
    found = analyse(text)["claims"]
    # which of a series the noun is: inside the clause naming it, no second claim over part of its words
    assert [c["span"]["text"] for c in found] == [claim]
    assert part in [p["trigger"]["text"] for p in found[0]["parts"]]


def test_an_infinitive_after_an_unranked_noun_keeps_its_claim(analyse):
    # an act of its own after an unranked noun is no part of the clause naming the noun (an infinitive with no event
    # of its own after a verb's object is a part for another reason: tests/nlp/test_claims_one_a_content.py)
    found = analyse("The army sent a new battalion to attack the town.")["claims"]
    assert any(c["trigger"]["text"] == "attack" for c in found)


@pytest.mark.parametrize("text, occasion", [
    ("In a televised address last month, the governor warned that the dam would not hold.", "address"),
    ("The minister said in a statement on Monday that the port was closed.", "statement"),
    ("The envoy told a news conference in Osk that the talks had stalled.", "conference"),
    ("In an interview with a radio station, the mayor said the bridge would reopen.", "interview"),
])
def test_the_occasion_of_a_saying_is_no_claim_of_its_own(analyse, text, occasion):
    result = analyse(text)
    # a warning is an act of its own, told with its occasion ('In a televised address ..., the governor warned')
    found = [c["span"]["text"] for c in result["claims"] if c["trigger"]["text"] != "warned"]
    assert len(found) == 1 and occasion not in found[0], found
    assert not any(c["trigger"]["text"] == occasion for c in result["claims"])


def test_an_act_that_is_no_saying_keeps_its_claim_beside_the_report(analyse):
    # a visit is a journey the article tells, not the medium of the envoy's words
    found = claims(analyse("During a visit to Osk, the envoy said talks would resume."))
    assert any("visit" in c for c in found) and "talks would resume" in found


def test_a_claim_never_crosses_a_semicolon_joining_two_clauses(analyse):
    r = analyse("It is not clear whether Arno Vesk will stay in office; his term formally ended on March 15.")
    spans = {c["trigger"]["text"]: c["span"]["text"] for c in r["claims"]}
    assert spans["ended"] == "his term formally ended on March 15"
    assert ";" not in spans["stay"]


def test_an_object_the_parser_hung_on_a_speaker_after_the_clause_stays_in_the_claim(analyse):
    # the parser reads 'Valdora's ambassador' as the subject of 'said' and the speaker as its apposition
    r = analyse("Estmark's foreign ministry summoned Valdora's ambassador on Tuesday, a diplomat in Holm said.")
    assert "Estmark's foreign ministry summoned Valdora's ambassador on Tuesday" in claims(r)
