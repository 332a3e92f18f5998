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


def candidate_kinds(doc, cue):
    return {c.tokens: {f[2:] for f in c.features if f.startswith("k=")}
            for c in content_candidates(doc, cue, context(doc))}


def test_a_trailing_relative_clause_is_not_cut_as_a_piece():
    # She said the mill hired Pell who is 64 .  (kept whole: PolNeAR's coin, the contract's gold keeps it)
    words = ["She", "said", "the", "mill", "hired", "Pell", "who", "is", "64", "."]
    heads = [1, 1, 3, 4, 1, 4, 7, 5, 7, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "dobj", "nsubj", "relcl", "attr", "punct"]
    pos = ["PRON", "VERB", "DET", "NOUN", "VERB", "PROPN", "PRON", "AUX", "NUM", "PUNCT"]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos)
    found = spans(doc, [1])
    assert frozenset(range(2, 9)) in found
    assert frozenset({2, 3, 4, 5}) not in found


def leaked_in_spring():
    # He said the dam leaked in the spring .
    words = ["He", "said", "the", "dam", "leaked", "in", "the", "spring", "."]
    heads = [1, 1, 3, 4, 1, 4, 7, 5, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "prep", "det", "pobj", "punct"]
    pos = ["PRON", "VERB", "DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos)


def test_a_trailing_prepositional_phrase_on_the_verb_can_be_left_out():
    found = spans(leaked_in_spring(), [1])
    assert frozenset({2, 3, 4}) in found and frozenset(range(2, 8)) in found


def test_a_prepositional_phrase_on_a_noun_stays_with_its_noun():
    # She said it was the worst flood in decades .
    words = ["She", "said", "it", "was", "the", "worst", "flood", "in", "decades", "."]
    heads = [1, 1, 3, 1, 6, 6, 3, 6, 7, 1]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "det", "amod", "attr", "prep", "pobj", "punct"]
    pos = ["PRON", "VERB", "PRON", "AUX", "DET", "ADJ", "NOUN", "ADP", "NOUN", "PUNCT"]
    found = spans(Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos), [1])
    assert frozenset(range(2, 9)) in found
    assert frozenset(range(2, 7)) not in found


def test_nested_candidates_say_what_the_longer_one_adds():
    doc = leaked_in_spring()
    by_tokens = {c.tokens: c.features for c in content_candidates(doc, [1], context(doc))}
    assert "sup=right|prep" in by_tokens[frozenset({2, 3, 4})]
    assert "sub=right|prep" in by_tokens[frozenset(range(2, 8))]
    assert "constituent=True|ccomp" in by_tokens[frozenset(range(2, 8))]


def test_nesting_features_do_not_name_a_trailing_relative_clause():
    # The guide said the path reached the lake , which had frozen .
    words = ["The", "guide", "said", "the", "path", "reached", "the", "lake", ",", "which", "had", "frozen", "."]
    heads = [1, 2, 2, 4, 5, 2, 7, 5, 7, 11, 11, 7, 2]
    deps = ["det", "nsubj", "ROOT", "det", "nsubj", "ccomp", "det", "dobj", "punct", "nsubj", "aux", "relcl", "punct"]
    tags = ["DT", "NN", "VBD", "DT", "NN", "VBD", "DT", "NN", ",", "WDT", "VBD", "VBN", "."]
    doc = make_doc(words, heads, deps, tags)
    by_tokens = {c.tokens: c.features for c in content_candidates(doc, [2], context(doc))}
    shorter = by_tokens[frozenset(range(3, 8))]
    assert "sup=right|coin" in shorter
    assert not [f for f in shorter if f.startswith("sup-word=right")]


def test_a_trim_never_drops_a_that_clause():
    # The union dismissed as a ploy a memo that the yard would shut .  (the parser hangs the memo on the ploy)
    words = ["The", "union", "dismissed", "as", "a", "ploy", "a", "memo", "that", "the", "yard", "would", "shut", "."]
    heads = [1, 2, 2, 2, 5, 3, 7, 5, 12, 10, 12, 12, 7, 2]
    deps = ["det", "nsubj", "ROOT", "prep", "det", "pobj", "det", "npadvmod", "mark", "det", "nsubj", "aux", "acl",
            "punct"]
    tags = ["DT", "NN", "VBD", "IN", "DT", "NN", "DT", "NN", "IN", "DT", "NN", "MD", "VB", "."]
    doc = make_doc(words, heads, deps, tags)
    for tokens, kinds in candidate_kinds(doc, [2]).items():
        if any("trim:" in k for k in kinds):
            assert set(range(8, 13)) <= tokens, (tokens, kinds)
    # the same stretch without a clause of its own is cut
    ctx = context(doc)
    from claimgraph.nlp.attribution.model import trailing_trims
    assert not trailing_trims(ctx, set(range(3, 13)))


def test_a_trim_never_leaves_the_subject_of_a_passive_alone():
    # The barge was boarded at dawn by armed men .  (the subject with the complement is a candidate, and cutting
    # the complement off again would leave the subject alone)
    words = ["The", "barge", "was", "boarded", "at", "dawn", "by", "armed", "men", "."]
    heads = [1, 3, 3, 3, 3, 4, 3, 8, 6, 3]
    deps = ["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "agent", "amod", "pobj", "punct"]
    tags = ["DT", "NN", "VBD", "VBN", "IN", "NN", "IN", "JJ", "NNS", "."]
    doc = make_doc(words, heads, deps, tags)
    kinds = candidate_kinds(doc, [3])
    assert frozenset({0, 1, 4, 5}) in kinds
    assert not [k for tokens, ks in kinds.items() for k in ks if "trim:" in k and tokens <= {0, 1}]


def test_a_quotation_resumed_twice_after_its_cue_is_one_candidate():
    # “ A , ” she said , “ B . ” “ C . ” “ D . ”
    words = ["“", "A", ",", "”", "she", "said", ",", "“", "B", ".", "”", "“", "C", ".", "”", "“", "D", ".", "”"]
    heads = [1, 5, 1, 1, 5, 5, 5, 8, 5, 8, 8, 12, 12, 12, 12, 16, 16, 16, 16]
    deps = ["punct", "ccomp", "punct", "punct", "nsubj", "ROOT", "punct", "punct", "ccomp", "punct", "punct",
            "punct", "ROOT", "punct", "punct", "punct", "ROOT", "punct", "punct"]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps)
    found = spans(doc, [5])
    assert frozenset(set(range(0, 4)) | set(range(7, 19))) in found


def test_a_fronted_relative_word_joins_the_complement():
    # the fee , which the mayor called a scandal , rose
    words = ["the", "fee", ",", "which", "the", "mayor", "called", "a", "scandal", ",", "rose"]
    heads = [1, 10, 1, 6, 5, 6, 1, 8, 6, 1, 10]
    deps = ["det", "nsubj", "punct", "dobj", "det", "nsubj", "relcl", "det", "oprd", "punct", "ROOT"]
    tags = ["DT", "NN", ",", "WDT", "DT", "NN", "VBD", "DT", "NN", ",", "VBD"]
    assert frozenset({3, 7, 8}) in spans(make_doc(words, heads, deps, tags), [6])


def test_a_trailing_clause_with_its_own_subject_is_not_cut():
    # He said the dam leaked after the river rose .  (the river rising is an event of its own)
    words = ["He", "said", "the", "dam", "leaked", "after", "the", "river", "rose", "."]
    heads = [1, 1, 3, 4, 1, 8, 7, 8, 4, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "mark", "det", "nsubj", "advcl", "punct"]
    pos = ["PRON", "VERB", "DET", "NOUN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "PUNCT"]
    found = spans(Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos), [1])
    assert frozenset(range(2, 9)) in found
    assert frozenset({2, 3, 4}) not in found
