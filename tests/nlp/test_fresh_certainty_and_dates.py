"""Tests for certainty and dates on constructions of unseen news text: times inside a directive's infinitive or after a
modal of possibility, and clauses of time that a negated or denied main clause leaves standing; hand-built parses."""
import pytest
import spacy
from spacy.tokens import Doc

from claimgraph.nlp import timex
from claimgraph.nlp.annotations import register_extensions
from claimgraph.nlp.certainty import Certainty

from tests.conftest import hand_parse, rules_reading
from tests.news import NEWS

# 2024-12-06 is a Friday: the Tuesday before it is 12-03, the one after it 12-10; the Monday before it is 12-02
# and the one after 12-09. A bare Tuesday lies nearer behind than ahead, so only the clause can send it ahead.
FRIDAY = "2024-12-06"


@pytest.fixture(scope="module")
def tagger():
    return timex.TimeTagger(spacy.blank("en").vocab)


@pytest.fixture(scope="module")
def certainty():
    register_extensions()
    return Certainty(frozenset({"fly", "shell", "open"}))


def tagged(tagger, rows) -> list[tuple[str, str]]:
    """Times found in a hand-parsed sentence, as (text, value)."""
    doc = hand_parse(tagger.matcher.vocab, rows)
    doc._.cg_published = FRIDAY
    return [(t.span.text, t.value) for t in tagger(doc)._.cg_times]


def test_a_day_inside_what_someone_is_called_on_to_do_lies_ahead(tagger):
    # "Brenna called on the minister to appear on Tuesday"
    rows = [("Brenna", 1, "nsubj", "PROPN", "NNP", "Brenna"), ("called", 1, "ROOT", "VERB", "VBD", "call"),
            ("on", 1, "prep", "ADP", "IN", "on"), ("the", 4, "det", "DET", "DT", "the"),
            ("minister", 2, "pobj", "NOUN", "NN", "minister"), ("to", 6, "aux", "PART", "TO", "to"),
            ("appear", 1, "xcomp", "VERB", "VB", "appear"), ("on", 6, "prep", "ADP", "IN", "on"),
            ("Tuesday", 7, "pobj", "PROPN", "NNP", "Tuesday")]
    assert tagged(tagger, rows) == [("on Tuesday", "2024-12-10")]


def test_a_day_inside_what_someone_is_urged_to_do_lies_ahead(tagger):
    # "The union urged members to strike on Monday"
    rows = [("The", 1, "det", "DET", "DT", "the"), ("union", 2, "nsubj", "NOUN", "NN", "union"),
            ("urged", 2, "ROOT", "VERB", "VBD", "urge"), ("members", 2, "dobj", "NOUN", "NNS", "member"),
            ("to", 5, "aux", "PART", "TO", "to"), ("strike", 2, "xcomp", "VERB", "VB", "strike"),
            ("on", 5, "prep", "ADP", "IN", "on"), ("Monday", 6, "pobj", "PROPN", "NNP", "Monday")]
    assert tagged(tagger, rows) == [("on Monday", "2024-12-09")]


def test_a_day_a_verb_of_saying_takes_is_not_sent_ahead(tagger):
    # "The union said members struck on Monday": the past clause keeps its day behind
    rows = [("The", 1, "det", "DET", "DT", "the"), ("union", 2, "nsubj", "NOUN", "NN", "union"),
            ("said", 2, "ROOT", "VERB", "VBD", "say"), ("members", 4, "nsubj", "NOUN", "NNS", "member"),
            ("struck", 2, "ccomp", "VERB", "VBD", "strike"), ("on", 4, "prep", "ADP", "IN", "on"),
            ("Monday", 5, "pobj", "PROPN", "NNP", "Monday")]
    assert tagged(tagger, rows) == [("on Monday", "2024-12-02")]


def test_a_day_after_might_lies_ahead(tagger):
    # "The depot might reopen on Tuesday": the Tuesday behind is nearer, but a possibility looks ahead
    rows = [("The", 1, "det", "DET", "DT", "the"), ("depot", 3, "nsubj", "NOUN", "NN", "depot"),
            ("might", 3, "aux", "AUX", "MD", "might"), ("reopen", 3, "ROOT", "VERB", "VB", "reopen"),
            ("on", 3, "prep", "ADP", "IN", "on"), ("Tuesday", 4, "pobj", "PROPN", "NNP", "Tuesday")]
    assert tagged(tagger, rows) == [("on Tuesday", "2024-12-10")]


def test_a_day_after_may_have_stays_behind(tagger):
    # "The depot may have closed on Monday": the perfect looks back
    rows = [("The", 1, "det", "DET", "DT", "the"), ("depot", 4, "nsubj", "NOUN", "NN", "depot"),
            ("may", 4, "aux", "AUX", "MD", "may"), ("have", 4, "aux", "AUX", "VB", "have"),
            ("closed", 4, "ROOT", "VERB", "VBN", "close"), ("on", 4, "prep", "ADP", "IN", "on"),
            ("Monday", 5, "pobj", "PROPN", "NNP", "Monday")]
    assert tagged(tagger, rows) == [("on Monday", "2024-12-02")]


def test_a_day_after_could_is_left_to_nearness(tagger):
    # "Officials could not confirm it on Tuesday": 'could' also tells of the past, so nearness decides
    rows = [("Officials", 3, "nsubj", "NOUN", "NNS", "official"), ("could", 3, "aux", "AUX", "MD", "could"),
            ("not", 3, "neg", "PART", "RB", "not"), ("confirm", 3, "ROOT", "VERB", "VB", "confirm"),
            ("it", 3, "dobj", "PRON", "PRP", "it"), ("on", 3, "prep", "ADP", "IN", "on"),
            ("Tuesday", 5, "pobj", "PROPN", "NNP", "Tuesday")]
    assert tagged(tagger, rows) == [("on Tuesday", "2024-12-03")]


def denied_since(conjunction: str):
    # "The army denied that it had flown drones since the talks began"
    return [("The", 1, "det", "DET", "DT", "the"), ("army", 2, "nsubj", "NOUN", "NN", "army"),
            ("denied", 2, "ROOT", "VERB", "VBD", "deny"), ("that", 6, "mark", "SCONJ", "IN", "that"),
            ("it", 6, "nsubj", "PRON", "PRP", "it"), ("had", 6, "aux", "AUX", "VBD", "have"),
            ("flown", 2, "ccomp", "VERB", "VBN", "fly"), ("drones", 6, "dobj", "NOUN", "NNS", "drone"),
            (conjunction, 11, "mark", "SCONJ", "IN", conjunction), ("the", 10, "det", "DET", "DT", "the"),
            ("talks", 11, "nsubj", "NOUN", "NNS", "talk"), ("began", 6, "advcl", "VERB", "VBD", "begin")]


@pytest.mark.parametrize("conjunction", ["since", "after"])
def test_a_clause_after_since_or_after_stays_a_fact_under_a_denial(tagger, certainty, conjunction):
    doc = hand_parse(tagger.matcher.vocab, denied_since(conjunction))
    assert rules_reading(certainty, doc, "flown") == (-3, ["denied"])
    assert rules_reading(certainty, doc, "began") == (3, [])


def test_a_clause_after_before_is_not_taken_as_given(tagger, certainty):
    # 'before' is no factive connective: the talks may never have begun
    doc = hand_parse(tagger.matcher.vocab, denied_since("before"))
    assert rules_reading(certainty, doc, "began")[0] < 3


def cue_times(result) -> dict[str, str | None]:
    """Each attribution's cue and the value of the time that dates it."""
    values = {t["id"]: t["value"] for t in result["times"]}
    return {a["cue"][0]["text"]: values.get(a["time"]) for a in result["attributions"]}


def test_a_date_inside_a_conjoined_or_relative_clause_does_not_date_the_cue(analyse):
    text = ("The Harbour Board urged both unions not to strike during the regatta, and called on the port authority "
            "to rehire the 30 dockers it has suspended since March 4.")
    assert cue_times(analyse(text, published="2025-04-10")).get("urged", "missing") is None


def test_a_date_inside_a_clause_after_its_subject_does_not_date_the_cue(analyse):
    text = "The mayor, Ilse Varga, had asked the court to halt the works, saying the permits were forged on Jan. 12."
    times = cue_times(analyse(text, published="2025-04-10"))
    assert times.get("had asked", "missing") is None


def test_the_day_of_saying_hung_on_the_reported_clause_still_dates_the_cue(analyse):
    text = "The mayor, Ilse Varga, said on Tuesday she had met the contractors twice."
    assert cue_times(analyse(text, published="2025-04-10")) == {"said": "2025-04-08"}


def test_a_lower_case_no_one_split_by_the_tokenizer_negates_its_verb(tagger, certainty):
    # "He said no-one could confirm the raid": the parser makes 'one' the subject and 'no' its compound
    doc = hand_parse(tagger.matcher.vocab, [
        ("He", 1, "nsubj", "PRON", "PRP", "he"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("no", 4, "compound", "DET", "DT", "no"), ("-", 4, "punct", "PUNCT", "HYPH", "-"),
        ("one", 6, "nsubj", "NOUN", "NN", "one"), ("could", 6, "aux", "AUX", "MD", "could"),
        ("confirm", 1, "ccomp", "VERB", "VB", "confirm"), ("the", 8, "det", "DET", "DT", "the"),
        ("raid", 6, "dobj", "NOUN", "NN", "raid")], spaces=[True, True, False, False, True, True, True, True, False])
    value, cues = rules_reading(certainty, doc, "confirm")
    assert value < 0 and "no-one" in cues


def barred_from(verb: str, lemma: str):
    # "The police barred the marchers from reaching the bridge"
    return [("The", 1, "det", "DET", "DT", "the"), ("police", 2, "nsubj", "NOUN", "NNS", "police"),
            (verb, 2, "ROOT", "VERB", "VBD", lemma), ("the", 4, "det", "DET", "DT", "the"),
            ("marchers", 2, "dobj", "NOUN", "NNS", "marcher"), ("from", 2, "prep", "ADP", "IN", "from"),
            ("reaching", 5, "pcomp", "VERB", "VBG", "reach"), ("the", 8, "det", "DET", "DT", "the"),
            ("bridge", 6, "dobj", "NOUN", "NN", "bridge")]


@pytest.mark.parametrize("verb, lemma", [("barred", "bar"), ("banned", "ban"), ("prohibited", "prohibit")])
def test_what_someone_is_barred_from_doing_probably_did_not_happen(tagger, certainty, verb, lemma):
    doc = hand_parse(tagger.matcher.vocab, barred_from(verb, lemma))
    assert rules_reading(certainty, doc, "reaching") == (-2, [verb])


def test_what_someone_is_not_barred_from_doing_is_left_open(tagger, certainty):
    # "The police did not bar the marchers from reaching the bridge"
    rows = [("The", 1, "det", "DET", "DT", "the"), ("police", 4, "nsubj", "NOUN", "NNS", "police"),
            ("did", 4, "aux", "AUX", "VBD", "do"), ("not", 4, "neg", "PART", "RB", "not"),
            ("bar", 4, "ROOT", "VERB", "VB", "bar"), ("the", 6, "det", "DET", "DT", "the"),
            ("marchers", 4, "dobj", "NOUN", "NNS", "marcher"), ("from", 4, "prep", "ADP", "IN", "from"),
            ("reaching", 7, "pcomp", "VERB", "VBG", "reach"), ("the", 10, "det", "DET", "DT", "the"),
            ("bridge", 8, "dobj", "NOUN", "NN", "bridge")]
    doc = hand_parse(tagger.matcher.vocab, rows)
    assert rules_reading(certainty, doc, "reaching")[0] == 0


def test_what_gives_way_after_instead_of_did_not_happen(tagger, certainty):
    # "The garrison shelled the ridge instead of negotiating": the parser hangs 'instead' on 'of'
    doc = hand_parse(tagger.matcher.vocab, [
        ("The", 1, "det", "DET", "DT", "the"), ("garrison", 2, "nsubj", "NOUN", "NN", "garrison"),
        ("shelled", 2, "ROOT", "VERB", "VBD", "shell"), ("the", 4, "det", "DET", "DT", "the"),
        ("ridge", 2, "dobj", "NOUN", "NN", "ridge"), ("instead", 6, "advmod", "ADV", "RB", "instead"),
        ("of", 2, "prep", "ADP", "IN", "of"), ("negotiating", 6, "pcomp", "VERB", "VBG", "negotiate")])
    assert rules_reading(certainty, doc, "negotiating") == (-3, ["instead of"])
    assert rules_reading(certainty, doc, "shelled") == (3, [])


def test_an_adverb_on_of_that_is_no_negative_phrase_leaves_the_event_alone(tagger, certainty):
    # "The garrison shelled the ridge ahead of negotiating"
    doc = hand_parse(tagger.matcher.vocab, [
        ("The", 1, "det", "DET", "DT", "the"), ("garrison", 2, "nsubj", "NOUN", "NN", "garrison"),
        ("shelled", 2, "ROOT", "VERB", "VBD", "shell"), ("the", 4, "det", "DET", "DT", "the"),
        ("ridge", 2, "dobj", "NOUN", "NN", "ridge"), ("ahead", 6, "advmod", "ADV", "RB", "ahead"),
        ("of", 2, "prep", "ADP", "IN", "of"), ("negotiating", 6, "pcomp", "VERB", "VBG", "negotiate")])
    assert rules_reading(certainty, doc, "negotiating")[0] > 0


@pytest.mark.parametrize("verb, lemma", [("kept", "keep"), ("stopped", "stop")])
def test_what_someone_is_kept_or_stopped_from_doing_probably_did_not_happen(tagger, certainty, verb, lemma):
    doc = hand_parse(tagger.matcher.vocab, barred_from(verb, lemma))
    assert rules_reading(certainty, doc, "reaching") == (-2, [verb])


def test_keep_without_from_selects_nothing(tagger, certainty):
    # "The police kept the marchers waiting": no 'from' phrase, no prevention
    doc = hand_parse(tagger.matcher.vocab, [
        ("The", 1, "det", "DET", "DT", "the"), ("police", 2, "nsubj", "NOUN", "NNS", "police"),
        ("kept", 2, "ROOT", "VERB", "VBD", "keep"), ("the", 4, "det", "DET", "DT", "the"),
        ("marchers", 5, "nsubj", "NOUN", "NNS", "marcher"), ("waiting", 2, "ccomp", "VERB", "VBG", "wait")])
    assert rules_reading(certainty, doc, "waiting")[0] == 3


def forced_to(negated: bool):
    # "Police (did not) force(d) the crowd to disperse"
    rows = [("Police", 3 if negated else 1, "nsubj", "NOUN", "NNS", "police")]
    if negated:
        rows += [("did", 3, "aux", "AUX", "VBD", "do"), ("not", 3, "neg", "PART", "RB", "not"),
                 ("force", 3, "ROOT", "VERB", "VB", "force")]
    else:
        rows += [("forced", 1, "ROOT", "VERB", "VBD", "force")]
    verb = len(rows) - 1
    rows += [("the", verb + 2, "det", "DET", "DT", "the"), ("crowd", verb, "dobj", "NOUN", "NN", "crowd"),
             ("to", verb + 4, "aux", "PART", "TO", "to"), ("disperse", verb, "xcomp", "VERB", "VB", "disperse")]
    return rows


def test_what_someone_is_forced_to_do_is_done(tagger, certainty):
    doc = hand_parse(tagger.matcher.vocab, forced_to(negated=False))
    assert rules_reading(certainty, doc, "disperse") == (3, [])


def test_what_someone_is_not_forced_to_do_is_left_open(tagger, certainty):
    doc = hand_parse(tagger.matcher.vocab, forced_to(negated=True))
    assert rules_reading(certainty, doc, "disperse")[0] == 0


# -- the three reports of tests/fixtures/news written for these checks ---------------------------------------------

@pytest.fixture(scope="module")
def report(analyse):
    """name -> the analysis of the report, each read once, on the day it was written for."""
    published = {"ceasefire_talks": "2021-12-09", "election_court": "2024-12-09", "intelligence_leak": "2024-12-06"}
    cache = {}

    def run(name: str):
        if name not in cache:
            cache[name] = analyse((NEWS / f"{name}.txt").read_text(encoding="utf-8"), published=published[name])
        return cache[name]
    return run


def claim_certainty(result, trigger: str) -> int:
    return next(c["certainty"]["value"] for c in result["claims"] if c["trigger"]["text"] == trigger)


def test_report_times_inside_calls_and_possibilities_lie_ahead(report):
    leak = {t["text"]: t["value"] for t in report("intelligence_leak")["times"]}
    assert leak["on Tuesday"] == "2024-12-10"  # 'called on the interior minister to appear ... on Tuesday'
    ceasefire = {t["text"]: t["value"] for t in report("ceasefire_talks")["times"]}
    assert ceasefire["on Monday"] == "2021-12-13"  # 'might resume deliveries on Monday'
    assert ceasefire["last week"] == "2021-W48"


def test_report_cues_are_not_dated_by_other_clauses(report):
    assert cue_times(report("election_court"))["had asked"] is None
    assert cue_times(report("ceasefire_talks"))["urged"] is None


def test_report_certainty_of_fresh_constructions(report):
    ceasefire = report("ceasefire_talks")
    assert claim_certainty(ceasefire, "shelled") == -3  # 'denied that its fighters had shelled'
    election = report("election_court")
    assert claim_certainty(election, "claim") < 0  # 'no-one could seriously claim'
