"""The story corpus written for this project (tests/data/stories), scored end to end as `eval corpus` scores the dev
stories; the figures it gets right are asserted so that a regression fails, the rest held at their present level."""
from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.evaluate.corpus import evaluate_corpus

STORIES = Path(__file__).resolve().parents[1] / "data" / "stories"
RIGHT = ("mention_recall", "mention_precision", "one_piece_percent", "independent_origins_exact", "first_report_right",
         "contradiction_right", "contradicting_documents_found", "single_sourced_right", "unrelated_right",
         "identity_groups_resolved")
# figures a corpus still gets short of 100 (README of tests/data/stories), held at their present level
AT_LEAST: dict[str, dict[str, float]] = {
    # first run, short of 100 (figures floored): the border clash fell into pieces that stayed apart, the crossing
    # joined the other side's account of the fight, the releases rested on the mediator alone. Now the tolls ("Three
    # Ardelunian soldiers": a count before a people's adjective), "Ardelune" met after "Ardelunian" and "Ardelunian
    # and Hallovari forces clashed" (both sides for doer) are one clash with all six reports, the crossing dated by
    # "before the shooting began" is a claim of its own, contradicted, and "Kolmere had released thirty-eight Drassene
    # servicemen" joins the mediator's telling. Still short: "the attack on the Ardelunian border post" (a body of its
    # own) and the other side's "opened fire on a Hallovari patrol" stay apart (the corporal's shelling with the
    # first), so the clash counts Ardelune twice and Hallovar's ministry not at all; "freed by Osswick" is linked
    # before any article shows Osswick to be Drassen's seat, "it had set 48 Kolmeri prisoners free" and "were handed
    # over" tell no act; "denied that it had also agreed" reads "it" as Kolmere; "Ettrich" resolves apart from its
    # state ("Osswick" is Drassen's seat once its unnamed ministry speaks there under a lead that has Drassen speak)
    "ardelune.gold.json": {"claims_found": 6, "mention_recall": 75.0, "one_piece_percent": 71.4,
                           "independent_origins_exact": 57.1, "first_report_right": 85.7, "contradiction_right": 71.4,
                           "contradicting_documents_found": 50.0, "single_sourced_right": 71.4,
                           "identity_groups_resolved": 93.3},
    # first run, short of 100 (figures floored). Now the two shellings are apart (the Orlen one has its Corvantine
    # artillery for doer, the head of a relative clause; "Corvantine" names Corvantis across articles), the fighting
    # the two sides agreed to stop is a fight between them and no act of one side on a village, so Corvantis's "had
    # not fired a single shell at Orlen" contradicts the Orlen shelling; "Corvantis and Tessivar have agreed" makes
    # each the other's partner; the Vell Ford seizure is ground taken (FIGHT) and its retraction ("withdrew its claim
    # that") a denial; "ministry spokeswoman" speaks for the ministry named before her, so the accusation re-told in
    # the denying article is her state's and that article contradicts the Kessary shelling; the sanctions on "nine
    # state-owned Velsordian shipping companies" reach Velsordia; "two civilians died in Kessary ... when shells fired
    # by Tessivari artillery hit their home" names Kessary beside its act, so joins the Kessary shelling. Still short:
    # "A ceasefire with the government in Ondrask" is linked before any article shows Ondrask to be Tessivar's seat,
    # and "The ceasefire was brokered by Oskavel and agreed by the governments of Corvantis and Tessivar" tells no
    # act, so the ceasefire misses two reports and Corvantis's ministry as an origin; the evasion is scored on the
    # sanctions' first sentence ("accuses of helping Velsordia evade"), which the denial of evasion does not
    # contradict; "the bloc" (only ever "the bloc's") resolves to nothing
    "corvantis.gold.json": {"mention_recall": 78.9, "independent_origins_exact": 88.8, "contradiction_right": 88.8,
                            "contradicting_documents_found": 80.0, "identity_groups_resolved": 95.0},
    # read the release after its first run: no claim has Valdosk for doer ("saboteurs working for Valdosk's special
    # services had blown up the Karsel gas pipeline" keeps the saboteurs), so the blame is scored on the operator's
    # lead and no article is found contradicting it; "repairs would take at least twelve days, not five" stays apart
    # from the first estimate; "after weeks of talks in Sarrow" names no parties and joins no talks. "received only
    # 52 of its own fighters from the government" now joins Tarvessa's release (the rulers' head the article's
    # coreference gives to Tarvessa)
    "ismarren.gold.json": {"mention_recall": 76.1, "mention_precision": 80.0, "one_piece_percent": 100.0,
                           "independent_origins_exact": 77.7, "first_report_right": 77.7, "contradiction_right": 88.8,
                           "contradicting_documents_found": 0.0, "single_sourced_right": 77.7,
                           "identity_groups_resolved": 93.7},

    # "Lurcanne has taken a ship ..." and "The Sabrel Wind was stopped and boarded by the Lurcannian navy" tell no act,
    # so the third paper is no mention of the seizure
    "lurcanne.gold.json": {"mention_recall": 94.1},
    # the suspension's claim also holds the fungus its inspectors found ("has suspended imports ... after inspectors
    # found a toxic fungus in several shipments"), so the contamination is scored on the suspension's claim: its
    # second origin, the target's minister, counts for the fungus, whose denial ("There is no fungus") joins nothing
    "pellucar.gold.json": {"mention_precision": 91.7, "independent_origins_exact": 75.0, "contradiction_right": 75.0,
                           "contradicting_documents_found": 50.0, "single_sourced_right": 75.0},
    # first run, short of 100 (figures floored): the drone killing of the militia commander was scored on the earlier
    # checkpoint strike (unrelated), whose claim took four of its five tellings, so that article was first report and
    # the defence ministry and the army counted as origins; "killed by a missile from one of the government's drones"
    # stayed apart, and so did the threat re-told in a paper's voice. The scoop's "has secretly shipped" and "has
    # received ... from" were claims of another type or roles, so the shells were first told by the wire; the
    # haulier's trucking was scored on its grain contract (unrelated). "the government in Velloch" and "Maddax"
    # resolved to nothing
    "rosskarren.gold.json": {"mention_recall": 66.6, "mention_precision": 80.0, "independent_origins_exact": 50.0,
                             "first_report_right": 25.0, "single_sourced_right": 75.0, "unrelated_right": 0.0,
                             "identity_groups_resolved": 83.3},
    # the wire's "had locked the villagers inside the local school" is an act of violence without roles, apart from
    # the detention; "civilians" and "villagers" resolve to no identity
    "serravin.gold.json": {"mention_recall": 90.9, "identity_groups_resolved": 90.0},
    # the scoop's "has secretly paid ... to" and "The government in Varesk has bankrolled" (the neighbour for doer)
    # stay apart from the payments, first told by the wire
    "trevanne.gold.json": {"mention_recall": 70.0, "first_report_right": 66.7},
    # first run, short of 100 (figures floored): no telling of the stockpile ("is storing cluster munitions") has the
    # army's type and roles, so it is scored on the spring drills at the same depot (unrelated) and misses all six
    # tellings and the denial; the re-told purchase and demand stay apart; the army named as "Gorvane's army" and as
    # its Land Forces are two identities (titled names and the depot with its modifier now resolve)
    "velmarch.gold.json": {"mention_recall": 44.4, "mention_precision": 88.8, "independent_origins_exact": 83.3,
                           "first_report_right": 83.3, "contradiction_right": 83.3,
                           "contradicting_documents_found": 75.0, "single_sourced_right": 83.3,
                           "unrelated_right": 50.0, "identity_groups_resolved": 93.7},
    # "Vask dismissed as 'spy mania' a report that the four ... diplomats sent home by Dalmerra were intelligence
    # officers" names nothing of the claim it denies ("all four were intelligence officers"), so the intelligence claim
    # is not contradicted; "Four of our diplomats were declared persona non grata by Kallistad" names no party done to
    # and joins no expulsion (the rest 100 once a capital used as a party stands for its state, "accused X of
    # supplying" has the accused for doer, rebels are their group, an embassy done to is its state, property set on
    # fire is violence, and a clause re-told from the wire joins the wire's claim)
    "vintharo.gold.json": {"mention_recall": 93.7, "contradiction_right": 83.3, "contradicting_documents_found": 50.0},
}


@pytest.mark.parametrize("gold", sorted(p.name for p in STORIES.glob("*.gold.json")))
def test_our_story_corpus_keeps_its_figures(gold, nlp, tmp_path):
    report = evaluate_corpus(STORIES / gold, db=tmp_path / "stories.db")
    held = AT_LEAST.get(gold, {})
    misses = {name: report[name] for name in RIGHT if report[name] < held.get(name, 100.0)}
    # a corpus whose first run found fewer of its claims holds that count in AT_LEAST
    assert report["claims_found"] >= held.get("claims_found", report["claims"])
    assert not misses, "\n".join(report["details"])
