"""Reports joined by a concession, and verbs whose object is the thing answered or issued, on sentences written for
these tests."""
from __future__ import annotations

from tests.news import by_cue, cues, joined


def test_report_after_though_is_a_sibling_of_the_impersonal_report(analyse):
    r = analyse("It was reported that the regulator could fine the bank before spring, though the watchdog said it "
                "does not discuss open cases.")
    (thought,) = by_cue(r, "was reported")
    (said,) = by_cue(r, "said")
    assert joined(thought["content"]).endswith("before spring")
    assert "watchdog" not in joined(thought["content"])
    assert joined(said["source"]) == "the watchdog"
    assert joined(said["content"]) == "it does not discuss open cases"
    assert said["parent"] is None
    assert said["evidence"]["construction"] == "a second report joined by 'though'"


def test_report_after_although_leaves_the_first_content(analyse):
    r = analyse("River pilots say the channel is safe again, although the coastguard said two buoys were still "
                "missing.")
    (say,) = by_cue(r, "say")
    (said,) = by_cue(r, "said")
    assert joined(say["content"]) == "the channel is safe again"
    assert joined(said["source"]) == "the coastguard"
    assert said["parent"] is None


def test_unanswered_questions_are_no_content(analyse):
    r = analyse("The audit says Pellor Freight moved grain for four blacklisted buyers. Pellor Freight did not reply "
                "to emailed questions. Its chairman, Osric Delane, said the firm follows every rule.")
    assert not any("reply" in c for c in cues(r))
    assert "emailed questions" not in [joined(a["content"]) for a in r["attributions"]]
    (said,) = by_cue(r, "said")
    assert joined(said["content"]) == "the firm follows every rule"


def test_questions_answered_about_a_topic_are_no_content(analyse):
    r = analyse("Ostrava Mining did not answer written questions about the spill.")
    assert r["attributions"] == []


def test_document_published_in_a_condition_is_no_content(analyse):
    r = analyse("The miners may end the strike if the company publishes its safety records, according to a person "
                "close to the union.")
    assert cues(r) == ["according to"]
    (according,) = r["attributions"]
    assert joined(according["content"]).endswith("publishes its safety records")


def test_document_issued_is_no_content_but_what_is_said_stays(analyse):
    r = analyse("The agency published its annual report on Monday, and said exports had fallen.")
    assert cues(r) == ["said"]
    assert joined(r["attributions"][0]["content"]) == "exports had fallen"


def test_rejected_account_points_back_at_the_report(analyse):
    r = analyse("Two surveyors said the dam had cracked during the storm. The water board rejected that account.")
    (said,) = by_cue(r, "said")
    (rejected,) = by_cue(r, "rejected")
    assert joined(rejected["content"]) == "that account"
    back = rejected["evidence"]["content_refers_back"]
    assert back["attribution"] == said["id"]
    assert back["source"] == "Two surveyors"
    assert back["content"] == "the dam had cracked during the storm"


def test_bare_denial_points_back_and_yields_no_claim(analyse):
    r = analyse("A patrol crossed the ridge overnight, a police source said. The army denied that, saying the story "
                "was false.")
    (said,) = by_cue(r, "said")
    (denied,) = by_cue(r, "denied")
    assert denied["evidence"]["content_refers_back"]["attribution"] == said["id"]
    claims = [c["span"]["text"] for c in r["claims"]]
    assert "that" not in claims


def test_dismissed_claim_is_no_claim_of_its_own(analyse):
    r = analyse("The union said the quarry would close in May. The owners dismissed the claim as rumour.")
    (said,) = by_cue(r, "said")
    (dismissed,) = by_cue(r, "dismissed")
    assert dismissed["evidence"]["content_refers_back"]["attribution"] == said["id"]
    assert not any("claim" in c["span"]["text"] for c in r["claims"])


def test_a_claim_with_its_clause_points_nowhere(analyse):
    r = analyse("The union said the quarry would close in May. The owners rejected the claim that jobs would go.")
    for attribution in r["attributions"]:
        assert "content_refers_back" not in attribution.get("evidence", {})


def test_statement_issued_with_a_verb_of_saying_keeps_what_it_says():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from claimgraph.nlp.attribution.cues import names_thing_answered
    # 'The council issued a statement calling the fence illegal': the cue takes in 'calling', a verb of the object
    words = ["The", "council", "issued", "a", "statement", "calling", "the", "fence", "illegal", "."]
    heads = [1, 2, 2, 4, 2, 4, 7, 5, 5, 2]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "acl", "det", "dobj", "oprd", "punct"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "VERB", "DET", "NOUN", "ADJ", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words])
    doc[2].lemma_ = "issue"
    assert not names_thing_answered(doc[2], {6, 7, 8}, {2, 3, 4, 5})
    assert names_thing_answered(doc[2], {3, 4}, {2})


def test_text_view_shows_the_report_a_denial_points_back_at(analyse):
    from claimgraph.render.text import render
    r = analyse("Two surveyors said the dam had cracked during the storm. The water board rejected that account.")
    shown = render({"document": {"id": "d"}, **r})
    assert "points back to: Two surveyors (said) “the dam had cracked during the storm”" in shown


def test_relative_clause_on_a_noun_inside_the_source_is_left_out(analyse):
    r = analyse("Envoys from Castrel, which has hosted the talks since March, urged both sides to keep the truce.")
    (urged,) = by_cue(r, "urged")
    assert joined(urged["source"]) == "Envoys from Castrel"
    assert "which has hosted" in urged["evidence"]["source_as_written"][0]["text"]


def test_pointer_names_who_a_pronoun_speaker_is(analyse):
    from claimgraph.render.text import render
    r = analyse("Ilka Brand, the union's negotiator, said the offer was too low. She added that members would vote "
                "on Friday. The owners rejected that account.")
    (rejected,) = by_cue(r, "rejected")
    back = rejected["evidence"]["content_refers_back"]
    assert back["source"] == "She" and back["source_named"].startswith("Ilka Brand")
    assert "points back to: She (= Ilka Brand" in render({"document": {"id": "d"}, **r})


def test_statement_issued_with_nothing_reported_is_no_attribution(analyse):
    # who issues a statement is not what it says, nor is when it was issued
    r = analyse("The Finnish foreign ministry issued a statement. The carmaker released a statement after the "
                "recall. The port authority put out a statement on Sunday.")
    for verb in ("issued", "released", "put out"):
        assert not [a for a in r["attributions"] if verb in joined(a["cue"])], cues(r)


def test_statement_issued_after_a_quotation_does_not_take_it(analyse):
    # the quotation of an earlier sentence is not what a statement issued later says
    r = analyse('The minister spoke to reporters outside the court. "The dam is safe and the town is not at '
                'risk." His office later released a statement.')
    assert not [a for a in r["attributions"] if "released" in joined(a["cue"])], cues(r)
    r = analyse("The club released a statement saying the coach had resigned.")
    (released,) = [a for a in r["attributions"] if "released" in joined(a["cue"])]
    assert joined(released["content"]) == "the coach had resigned"


def test_statement_issued_about_a_topic_keeps_the_topic():
    import spacy
    from spacy.tokens import Doc

    from claimgraph.nlp.attribution.cues import names_thing_answered
    # 'The union issued a statement on the pay offer after the vote': 'on' names what the statement is about,
    # 'after' when it came, and 'The union' who issued it
    words = ["The", "union", "issued", "a", "statement", "on", "the", "pay", "offer", "after", "the", "vote", "."]
    heads = [1, 2, 2, 4, 2, 2, 8, 8, 5, 2, 11, 9, 2]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "prep", "det", "compound", "pobj", "prep", "det", "pobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "NOUN", "ADP", "DET", "NOUN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words])
    doc[2].lemma_ = "issue"
    assert not names_thing_answered(doc[2], {6, 7, 8}, {2, 3, 4, 5})
    assert names_thing_answered(doc[2], {10, 11}, {2, 3, 4})
    assert names_thing_answered(doc[2], {0, 1}, {2, 3, 4})


def test_a_refusal_between_the_report_and_its_rejection_is_not_what_is_rejected(analyse):
    r = analyse("A security firm said the group had used stolen passwords. The firm declined to name the companies. "
                "The embassy rejected the accusations as absurd.")
    (said,) = by_cue(r, "said")
    (rejected,) = by_cue(r, "rejected")
    assert rejected["evidence"]["content_refers_back"]["attribution"] == said["id"]


def test_accusation_denied_points_back_at_the_accusation_however_far(analyse):
    r = analyse("Pellor's cabinet accused Ostrany of arming the rebels. Two diplomats said the convoy had crossed at "
                "night. One of them said drones had followed it. The other said the border guards had looked away. "
                "Ostrany's interior ministry denied the accusation.")
    (accused,) = by_cue(r, "accused")
    (denied,) = by_cue(r, "denied")
    back = denied["evidence"]["content_refers_back"]
    assert back["attribution"] == accused["id"]
    assert back["act_named"] == "accusation (accused)"


def test_a_report_noun_naming_no_act_keeps_the_nearest_report(analyse):
    r = analyse("Pellor's cabinet accused Ostrany of arming the rebels. A customs officer said the trucks carried "
                "rifles. Ostrany rejected that account.")
    (said,) = by_cue(r, "said")
    (rejected,) = by_cue(r, "rejected")
    back = rejected["evidence"]["content_refers_back"]
    assert back["attribution"] == said["id"] and "act_named" not in back


def test_names_the_act_reads_the_verb_stem():
    from claimgraph.nlp.attribution.chains import names_the_act
    assert names_the_act("accusation", "accuse") and names_the_act("allegation", "allege")
    assert names_the_act("statement", "state") and names_the_act("claim", "claim")
    assert not names_the_act("account", "say") and not names_the_act("report", "accuse")
