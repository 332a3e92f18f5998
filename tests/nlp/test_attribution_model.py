"""The learned attribution model: linear scoring, quote stretches, candidates and their edge variants, loading."""
from __future__ import annotations

import logging

import pytest
from spacy.tokens import Doc
from spacy.lang.en import English

from claimgraph.nlp.attribution import model as attribution_model
from claimgraph.nlp.attribution.model import (AttributionModel, Linear, content_candidates, context,
                                              quoted_stretches, source_candidates, variants)


VOCAB = English().vocab


def make_doc(words, heads, deps, spaces=None, tags=None, sent_starts=None):
    doc = Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags or ["NN"] * len(words),
              sent_starts=sent_starts)
    return doc


def quoted_speech():
    # “ Taxes rise , ” she said . “ We object . ”
    words = ["“", "Taxes", "rise", ",", "”", "she", "said", ".", "“", "We", "object", ".", "”"]
    heads = [2, 2, 6, 2, 2, 6, 6, 6, 10, 10, 10, 10, 10]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "nsubj", "ROOT", "punct", "punct", "nsubj", "ROOT",
            "punct", "punct"]
    starts = [True] + [False] * 7 + [True] + [False] * 4
    return make_doc(words, heads, deps, sent_starts=starts)


def test_perceptron_learns_and_round_trips():
    model = Linear(["no", "yes"])
    data = [(["w=said", "b"], 1), (["w=table", "b"], 0), (["w=told", "b"], 1), (["w=red", "b"], 0)]
    for _ in range(5):
        for feats, truth in data:
            scores = model.scores(feats)
            guess = max(range(2), key=scores.__getitem__)
            model.steps += 1
            if guess != truth:
                model.update(feats, truth, 1.0)
                model.update(feats, guess, -1.0)
    model.average()
    copy = Linear.from_dict(model.to_dict())
    for feats, truth in data:
        scores = copy.scores(feats)
        assert max(range(2), key=scores.__getitem__) == truth


def test_quote_stretches_pair_marks_and_keep_single_quotes_inside():
    words = ["“", "You", "said", "‘", "never", "’", ",", "”", "he", "said", "."]
    doc = make_doc(words, list(range(len(words))), ["dep"] * len(words))
    assert quoted_stretches(doc) == [(0, 7)]


def test_unclosed_quote_ends_with_its_paragraph():
    words = ["“", "Stop", "\n\n", "“", "Go", "”"]
    doc = make_doc(words, list(range(len(words))), ["dep"] * len(words), spaces=[False] * 6)
    assert quoted_stretches(doc) == [(3, 5)]


def test_quote_before_and_after_the_cue_are_one_candidate():
    doc = quoted_speech()
    spans = {frozenset(c.tokens) for c in content_candidates(doc, [6], context(doc))}
    both = frozenset(set(range(0, 5)) | set(range(8, 13)))
    assert both in spans  # “Taxes rise,” ... “We object.”
    assert frozenset(range(0, 5)) in spans


def test_edge_variants_add_that_and_drop_trailing_punctuation():
    words = ["He", "said", "that", "rates", "rose", "."]
    doc = make_doc(words, [1, 1, 4, 4, 1, 1], ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct"])
    kinds = dict(variants(doc, {3, 4, 5}))
    assert kinds["nopunct"] == {3, 4}
    assert kinds["add-that"] == {2, 3, 4, 5}


def test_source_candidates_hold_the_subject_and_nobody():
    doc = quoted_speech()
    spans = {frozenset(c.tokens) for c in source_candidates(doc, [6], frozenset(range(0, 5)), context(doc))}
    assert frozenset({5}) in spans
    assert frozenset() in spans


def test_missing_model_file_warns_and_returns_none(monkeypatch, caplog):
    monkeypatch.setattr(attribution_model, "MODEL_FILE", "no-such-model.json.gz")
    with caplog.at_level(logging.WARNING):
        assert attribution_model.load_model() is None
    assert "rules alone" in caplog.text


def test_model_save_and_load_round_trip(tmp_path):
    tagger, content, source = Linear(("O", "B", "I")), Linear(), Linear()
    tagger.weights = {"l=say": [0.0, 2.0, 0.0]}
    original = AttributionModel(tagger, content, source)
    path = tmp_path / "m.json.gz"
    original.save(path)
    import gzip
    import json
    with gzip.open(path, "rt") as handle:
        loaded = AttributionModel.from_dict(json.load(handle))
    assert loaded.tagger.weights == tagger.weights


def test_rules_alone_still_find_attributions(nlp):
    from claimgraph.analysis import make_doc as make
    from claimgraph.document import Document
    from claimgraph.nlp.attribution import Attribution

    component = Attribution(use_model=False)
    assert component.model is None
    doc = make(nlp, Document(text="The mayor said that the bridge would reopen in June."))
    for name, pipe in nlp.pipeline:
        if name == "claimgraph_attribution":
            break
        doc = pipe(doc)
    records = component(doc).__getattribute__("_").cg_attributions
    assert [s.text for r in records for s in r.cue] == ["said"]


def test_shipped_model_finds_a_cue_outside_the_rules_lexicon(analyse):
    if attribution_model.load_model() is None:
        pytest.skip("the attribution model is not built (python -m claimgraph.training.attribution)")
    r = analyse("The senator argued that the tax cut would pay for itself.")
    cues = [" ".join(s["text"] for s in a["cue"]) for a in r["attributions"]]
    assert "argued" in cues
    (a,) = [a for a in r["attributions"] if a["cue"][0]["text"] == "argued"]
    assert [s["text"] for s in a["source"]] == ["The senator"]
    assert [s["text"] for s in a["content"]] == ["that the tax cut would pay for itself"]


class StubModel:
    """Stands in for the trained model: returns fixed (cue, content, source) token sets."""

    def __init__(self, triples):
        self.triples = triples

    def predict(self, doc, start=0):
        return self.triples


def said_doc():
    # The mayor said the bridge reopened , citing engineers .
    words = ["The", "mayor", "said", "the", "bridge", "reopened", ",", "citing", "engineers", "."]
    heads = [1, 2, 2, 4, 5, 2, 2, 2, 7, 2]
    deps = ["det", "nsubj", "ROOT", "det", "nsubj", "ccomp", "punct", "advcl", "dobj", "punct"]
    lemmas = ["the", "mayor", "say", "the", "bridge", "reopen", ",", "cite", "engineer", "."]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "VERB", "PUNCT", "VERB", "NOUN", "PUNCT"]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos)


def test_model_spans_replace_the_rules_spans_and_new_cues_are_returned():
    from claimgraph.nlp.annotations import AttributionRecord
    from claimgraph.nlp.attribution import learned_spans
    doc = said_doc()
    rule = AttributionRecord(cue=[doc[2:3]], content=[doc[4:6]], source=[doc[1:2]])
    model = StubModel([([2], frozenset({3, 4, 5}), frozenset({0, 1})),   # same cue, other spans
                       ([7], frozenset({3, 4, 5}), frozenset({8}))])     # 'citing' belongs to the rules
    extra, confirmed = learned_spans(doc, model, 0, [rule], citing_tokens={7})
    assert extra == [] and confirmed == {id(rule)}
    assert rule.content[0].text == "the bridge reopened" and rule.source[0].text == "The mayor"


def test_holderless_nouns_and_naming_do_not_stand_as_new_cues(nlp):
    from claimgraph.nlp.annotations import AttributionRecord
    from claimgraph.nlp.attribution import Attribution
    doc = said_doc()
    said = AttributionRecord(cue=[doc[2:3]], content=[doc[3:6]], source=[doc[0:2]])
    assert Attribution.reports(said)
    # "amid fears that the dam would fail": a noun with nobody holding the fears
    words = ["amid", "fears", "that", "the", "dam", "would", "fail"]
    fears = Doc(nlp.vocab, words=words, heads=[0, 0, 6, 4, 6, 6, 1],
                deps=["ROOT", "pobj", "mark", "det", "nsubj", "aux", "acl"],
                pos=["ADP", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "VERB"])
    assert not Attribution.reports(AttributionRecord(cue=[fears[1:2]], content=[fears[3:7]], source=[]))
    # "the rifle, also known as the AK": naming, not reporting
    words = ["the", "rifle", "also", "known", "as", "the", "AK"]
    known = Doc(nlp.vocab, words=words, heads=[1, 1, 3, 1, 3, 6, 4],
                deps=["det", "ROOT", "advmod", "acl", "prep", "det", "pobj"],
                pos=["DET", "NOUN", "ADV", "VERB", "ADP", "DET", "PROPN"], lemmas=words[:3] + ["know"] + words[4:])
    assert not Attribution.reports(AttributionRecord(cue=[known[3:4]], content=[known[0:2]], source=[known[5:7]]))


def test_citing_never_hangs_on_a_dropped_attribution(analyse):
    # whatever the model keeps of 'said', a 'citing' attribution must point at an attribution that exists
    r = analyse("Rates will rise next year, the bank said on Monday, citing three analysts. "
                "The port was closed, the ministry announced, citing the weather.")
    ids = {a["id"] for a in r["attributions"]}
    for a in r["attributions"]:
        assert a["parent"] is None or a["parent"] in ids


def joined_texts(spans):
    return " ".join(s["text"] for s in spans)


def shipped_model_or_skip():
    if attribution_model.load_model() is None:
        pytest.skip("the attribution model is not built (python -m claimgraph.training.attribution)")


def test_what_a_speaker_calls_a_report_never_stands_for_the_report(analyse):
    # content candidates that leave out a trailing piece, and a cue stretched over 'as', must not cut the report
    # down to what the speaker calls it
    shipped_model_or_skip()
    r = analyse('The harbour authority rejected as "a clumsy invention" a report that its pilots had been bribed.')
    (rejected,) = [a for a in r["attributions"] if a["cue"][0]["text"] == "rejected"]
    assert joined_texts(rejected["cue"]) == "rejected"
    assert "its pilots had been bribed" in joined_texts(rejected["content"])


def test_the_subject_of_a_passive_act_is_no_content(analyse):
    shipped_model_or_skip()
    assert analyse("The barge was boarded by armed men.")["attributions"] == []
    r = analyse("The barge was boarded at dawn by armed men, the coast guard said.")
    (said,) = r["attributions"]
    assert joined_texts(said["content"]) == "The barge was boarded at dawn by armed men"


def test_a_trailing_relative_clause_stays_in_the_content(analyse):
    shipped_model_or_skip()
    for text, tail in [("The coast guard said it had towed the trawler, which had lost its rudder.",
                        "which had lost its rudder"),
                       ("A spokeswoman for the port said the crane had been repaired by a firm from the north, "
                        "which won the contract in May.", "which won the contract in May")]:
        (said,) = analyse(text)["attributions"]
        assert joined_texts(said["content"]).endswith(tail), text


def test_the_shipped_model_stretches_a_cue_over_its_auxiliary_and_particle():
    shipped_model_or_skip()
    from claimgraph.training.attribution import parser_pipeline
    nlp = parser_pipeline()
    doc = nlp("The miners' union has pointed out that the shafts were never inspected.")
    model = attribution_model.load_model()
    assert model.extent is not None
    cues = [[doc[i].text for i in cue] for cue, _, _ in model.predict(doc)]
    assert ["has", "pointed", "out"] in cues


def test_a_cue_parsed_as_a_noun_offers_its_compound_as_the_source():
    # Brandt charges that the fund was raided .  (the parser takes 'charges' for a noun and 'Brandt' for its compound)
    words = ["Brandt", "charges", "that", "the", "fund", "was", "raided", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 1, 6, 4, 6, 6, 1, 1],
              deps=["compound", "ROOT", "mark", "det", "nsubjpass", "auxpass", "acl", "punct"],
              pos=["PROPN", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT"])
    found = {c.tokens: c.features for c in source_candidates(doc, [1], frozenset(range(2, 7)), context(doc))}
    assert "k=compound" in found[frozenset({0})]
