"""What a verb of denying turns down through a noun of saying ('rejected the allegation that C', 'disputed the
notion that C') is denied as in 'denied that C', unless the noun is a source of its own ('denied reports that C');
news sentences written for these tests (invented names), through the whole pipeline."""
import pytest


@pytest.mark.parametrize("text, verb", [
    ("The Osterlund ministry rejected the allegation that its troops had shelled the Brevik dam.", "rejected"),
    ("The Osterlund ministry rejected the claim that its troops had shelled the Brevik dam.", "rejected"),
    ("Marta Vell, the Osterlund envoy, dismissed the accusations that her troops had shelled the Brevik dam.",
     "dismissed"),
    ("The Osterlund ministry denied a newspaper report that its troops had shelled the Brevik dam.", "denied"),
    ("The Osterlund ministry disputed the assertion that its troops had shelled the Brevik dam.", "disputed"),
])
def test_what_a_denied_statement_says_is_denied_by_its_denier(certainty_of, text, verb):
    # the same reading as 'denied that its troops had shelled the dam': the denier presents it as not so
    assert certainty_of(text, "shelled") == (-3, [verb])


def test_a_negated_denial_of_a_statement_leaves_its_content_open(certainty_of):
    value, cues = certainty_of("The Osterlund ministry did not deny the allegation that its troops had "
                                       "shelled the Brevik dam.", "shelled")
    assert value == 0 and "deny" in cues


def test_a_statement_noun_that_is_a_source_of_its_own_keeps_its_own_telling(analyse):
    # 'reports' is the innermost source of what it says: the content is told as the reports tell it
    result = analyse("The Osterlund ministry denied reports that its troops had shelled the Brevik dam.")
    (reports,) = [a for a in result["attributions"] if " ".join(c["text"] for c in a["cue"]) == "reports"]
    (shelled,) = [c for c in result["claims"] if c["trigger"]["text"] == "shelled"]
    assert shelled["attribution"] == reports["id"] and shelled["certainty"]["value"] == 3


def test_a_denying_verb_that_turns_a_request_down_is_no_denial_of_a_statement(nlp, analyse_doc):
    # 'rejected calls for a ceasefire' refuses what is asked for (turning_down_verbs): the model may still overrule
    # it, where the clause of 'rejected the claim that C' stays denied whatever the score
    from claimgraph.nlp.certainty import Assessor

    certainty = nlp.get_pipe("claimgraph_certainty")

    def rule_of(text, word):
        doc = analyse_doc(text)
        (token,) = [t for t in doc if t.text == word]
        return Assessor(doc, certainty.lexicon).assess(token)

    refused = rule_of("The Osterlund council rejected calls for a ceasefire in the Brevik valley.", "ceasefire")
    assert refused.value < 0 and [c.text for c in refused.cues] == ["rejected"]
    assert not certainty.denied(refused)
    denied = rule_of("The Osterlund council rejected the claim that its troops had shelled the Brevik dam.", "shelled")
    assert denied.value < 0 and certainty.denied(denied)
