"""Content candidates of the attribution model: object pairs, subjects that are no speaker, trailing pieces."""
from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from claimgraph.nlp.attribution import model as attribution_model
from claimgraph.nlp.attribution.model import comma_pieces, content_candidates, context, variants

VOCAB = English().vocab


def make_doc(words, heads, deps, tags=None):
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags or ["NN"] * len(words))


def spans(doc, cue):
    return {frozenset(c.tokens) for c in content_candidates(doc, cue, context(doc))}


def test_object_and_its_predicate_are_one_candidate():
    # The coach called the referee biased .
    words = ["The", "coach", "called", "the", "referee", "biased", "."]
    doc = make_doc(words, [1, 2, 2, 4, 2, 2, 2], ["det", "nsubj", "ROOT", "det", "dobj", "oprd", "punct"])
    assert frozenset({3, 4, 5}) in spans(doc, [2])


def test_a_verb_with_one_complement_gets_no_object_pair():
    # The coach praised the referee .
    words = ["The", "coach", "praised", "the", "referee", "."]
    doc = make_doc(words, [1, 2, 2, 4, 2, 2], ["det", "nsubj", "ROOT", "det", "dobj", "punct"])
    kinds = {kind for c in content_candidates(doc, [2], context(doc)) for kind in c.features
             if kind.startswith("k=")}
    assert "k=objects" not in kinds


def test_a_passive_subject_joins_the_complement():
    # The bridge was described as unsafe .
    words = ["The", "bridge", "was", "described", "as", "unsafe", "."]
    doc = make_doc(words, [1, 3, 3, 3, 3, 4, 3], ["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct"])
    assert frozenset({0, 1, 4, 5}) in spans(doc, [3])


def test_a_raising_subject_joins_the_infinitive():
    # The ferry seems to have sunk .
    words = ["The", "ferry", "seems", "to", "have", "sunk", "."]
    doc = make_doc(words, [1, 2, 2, 5, 5, 2, 2], ["det", "nsubj", "ROOT", "aux", "aux", "xcomp", "punct"])
    assert frozenset({0, 1, 3, 4, 5}) in spans(doc, [2])


def but_clause():
    # He said rates rose , but gave no figure .
    words = ["He", "said", "rates", "rose", ",", "but", "gave", "no", "figure", "."]
    heads = [1, 1, 3, 1, 1, 1, 1, 8, 6, 1]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "punct", "cc", "conj", "det", "dobj", "punct"]
    tags = ["PRP", "VBD", "NNS", "VBD", ",", "CC", "VBD", "DT", "NN", "."]
    return make_doc(words, heads, deps, tags)


def test_the_piece_a_content_leaves_out_is_a_feature():
    doc = but_clause()
    feats = comma_pieces(context(doc), {2, 3})
    assert "dropped=,but" in feats
    kept = comma_pieces(context(doc), {2, 3, 4, 5, 6, 7, 8})
    assert "kept=,but" in kept and "dropped=none" in kept


def test_a_closing_comma_does_not_change_what_is_left_out():
    doc = but_clause()
    ctx = context(doc)
    assert comma_pieces(ctx, {2, 3}) == comma_pieces(ctx, {2, 3, 4})


def test_a_trailing_relative_clause_carries_no_piece_feature():
    # She said the port closed , which nobody denies .
    words = ["She", "said", "the", "port", "closed", ",", "which", "nobody", "denies", "."]
    heads = [1, 1, 3, 4, 1, 3, 8, 8, 3, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "punct", "dobj", "nsubj", "relcl", "punct"]
    tags = ["PRP", "VBD", "DT", "NN", "VBD", ",", "WDT", "NN", "VBZ", "."]
    doc = make_doc(words, heads, deps, tags)
    ctx = context(doc)
    assert not [f for f in comma_pieces(ctx, {2, 3, 4}) if f.startswith("dropped=")]
    assert not [f for f in comma_pieces(ctx, set(range(2, 9))) if f.startswith("kept=")]


def test_an_opening_quote_left_outside_is_added():
    # It was titled “ Open Roads ” .
    words = ["It", "was", "titled", "“", "Open", "Roads", "”", "."]
    doc = make_doc(words, [2, 2, 2, 5, 5, 2, 5, 2], ["nsubjpass", "auxpass", "ROOT", "punct", "compound", "oprd",
                                                     "punct", "punct"])
    kinds = dict(variants(doc, {4, 5, 6}))
    assert kinds["add-open"] == {3, 4, 5, 6}


def test_shipped_model_reports_the_object_with_its_description(analyse):
    if attribution_model.load_model() is None:
        pytest.skip("the attribution model is not built (python -m claimgraph.training.attribution)")
    r = analyse("The union's chairman described the new rota as a betrayal of the nurses.")
    (a,) = [a for a in r["attributions"] if a["cue"][0]["text"] == "described"]
    assert [s["text"] for s in a["content"]] == ["the new rota as a betrayal of the nurses"]


def test_a_source_running_out_of_a_quotation_is_cut_at_its_closing_mark(parse):
    from claimgraph.nlp.annotations import AttributionRecord
    from claimgraph.nlp.attribution.content import speaker_after_quote
    from claimgraph.nlp.tokens import runs

    doc = parse('"The pumps failed twice last week, and so did the generators," a site engineer said.')
    words = [t.text for t in doc]
    said, close = words.index("said"), words.index('"', 1)
    generators = words.index("generators")
    record = AttributionRecord(cue=runs(doc, [said]), content=runs(doc, range(1, close - 1)),
                               source=runs(doc, range(generators, said)))
    assert speaker_after_quote(doc, record)
    assert " ".join(s.text for s in record.source) == "a site engineer"
    assert record.content[0].text.startswith("The pumps failed")


def test_a_straight_quote_opening_the_next_sentence_is_not_a_closing_mark():
    # He said the talks were " useful " . " We ...
    words = ["He", "said", "the", "talks", "were", '"', "useful", '"', ".", '"', "We", "agree", '"']
    doc = make_doc(words, [1, 1, 3, 4, 1, 6, 4, 6, 1, 11, 11, 11, 11],
                   ["nsubj", "ROOT", "det", "nsubj", "ccomp", "punct", "acomp", "punct", "punct", "punct", "nsubj",
                    "ROOT", "punct"])
    kinds = dict(variants(doc, {2, 3, 4, 5, 6, 7}))
    assert "add-close" not in kinds
    # one straight mark inside: the next one closes it ('is "true,"')
    kinds = dict(variants(doc, {2, 3, 4, 5, 6}))
    assert kinds["add-close"] == {2, 3, 4, 5, 6, 7}


def test_a_trailing_apposition_carries_no_piece_feature():
    # She said the ferry came from Orvane , a yard in the north .
    words = ["She", "said", "the", "ferry", "came", "from", "Orvane", ",", "a", "yard", "in", "the", "north", "."]
    heads = [1, 1, 3, 4, 1, 4, 5, 6, 9, 6, 9, 12, 10, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "prep", "pobj", "punct", "det", "appos", "prep", "det",
            "pobj", "punct"]
    tags = ["PRP", "VBD", "DT", "NN", "VBD", "IN", "NNP", ",", "DT", "NN", "IN", "DT", "NN", "."]
    ctx = context(make_doc(words, heads, deps, tags))
    assert not [f for f in comma_pieces(ctx, {2, 3, 4, 5, 6}) if f.startswith("dropped")]
    assert not [f for f in comma_pieces(ctx, set(range(2, 13))) if f.startswith("kept")]
