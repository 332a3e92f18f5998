"""The attribution model's faster readings give what the plain ones give: the nesting features over bit masks, and
the linear scores."""
from __future__ import annotations

from bisect import bisect_right
from itertools import combinations

from claimgraph.nlp.attribution import model as M

TEXTS = [
    "Harbour officials in Quellmoor said on Tuesday that the ferries, which had been halted for a week, would run "
    "again, according to a notice posted at the quay.",
    "“The cranes are safe,” the operators’ union said in a statement. “We checked them twice, and we found nothing.”",
    "Minister Oda Varenne told reporters that the port, long a rival of Stennick, had lost trade, but she called the "
    "new tariffs a gamble that might pay off.",
]


def reference_nesting(ctx, table, candidates):
    """The nesting features read pair by pair over sets, as first written."""
    sets = [c.tokens for c in candidates]
    out = []
    for c in candidates:
        mine = c.tokens
        larger = [s for s in sets if mine < s]
        smaller = [s for s in sets if s < mine]
        feats = ["nsup=" + str(min(len(larger), 3)), "nsub=" + str(min(len(smaller), 3))]
        for side in ("left", "right"):
            grown = [s for s in larger if M.grows(mine, s) == side]
            if grown:
                feats.extend(M.difference("sup", ctx, mine, min(grown, key=len)))
            shrunk = [s for s in smaller if M.grows(s, mine) == side]
            if shrunk:
                feats.extend(M.difference("sub", ctx, max(shrunk, key=len), mine))
        root = min(mine, key=lambda i: (ctx.head[i] in mine and ctx.head[i] != i, i))
        words = {i for i in table.subtree(root) if not ctx.punct[i] and not ctx.space[i]}
        feats.append("constituent=" + str(words <= mine) + "|" + ctx.dep[root])
        out.append(feats)
    return out


def test_the_side_a_stretch_grows_on_is_the_same_over_bit_masks():
    words = range(3, 10)
    stretches = [frozenset(s) for n in range(1, len(words) + 1) for s in combinations(words, n)]
    checked = set()
    for inner in stretches:
        for outer in stretches:
            if inner < outer:
                side = M.side_of(M.bits(inner, 3), M.bits(outer, 3))
                assert side == M.grows(inner, outer), (sorted(inner), sorted(outer))
                checked.add(side)
    assert checked == {"left", "right", "both"}
    assert M.bits(frozenset({5, 6, 7}), 2) == 0b111000 and M.bits(frozenset({2, 4}), 2) == 0b101


def test_the_nesting_features_are_those_read_pair_by_pair(nlp):
    compared = 0
    for doc in nlp.pipe(TEXTS):
        attribution = nlp.get_pipe("claimgraph_attribution")
        ctx = M.context(doc)
        table = M.token_table(doc)
        for cue in attribution.model.cues(doc, ctx):
            candidates = M.content_candidates(doc, cue, ctx)
            plain = [M.Candidate(c.tokens, []) for c in candidates]
            M.nesting(ctx, plain)
            assert [c.features for c in plain] == reference_nesting(ctx, table, candidates)
            compared += len(candidates)
    assert compared > 20


def test_a_loaded_ranker_scores_as_its_lists_do_and_follows_new_weights():
    weights = {"k=child:ccomp": [0.1], "v=full": [0.2], "size=4-8": [0.7], "side=right": [-0.30000000000000004]}
    features = ["k=child:ccomp", "unknown", "v=full", "size=4-8", "side=right", "v=full"]
    plain = M.Linear()
    plain.weights = weights
    loaded = M.Linear.from_dict({"classes": ["score"], "weights": weights})
    expected = 0.1 + 0.2 + 0.7 + -0.30000000000000004 + 0.2  # in feature order, as the lists add them
    assert plain.scores(features) == loaded.scores(features) == [expected]
    loaded.weights = {"v=full": [1.5]}
    assert loaded.scores(features) == [3.0]
    loaded.update(["v=full"], 0, 1.0)
    assert loaded.scores(features) == [5.0]


def test_the_tagger_adds_each_class_in_feature_order():
    tagger = M.Linear(M.TAGS)
    tagger.weights = {"b": [0.1, 0.2, 0.3], "l=say": [0.7, -0.1, 0.0], "t=VBD": [0.2, 0.4, 1e-17]}
    assert tagger.scores(["b", "l=say", "x", "t=VBD"]) == [0.1 + 0.7 + 0.2, 0.2 + -0.1 + 0.4, 0.3 + 0.0 + 1e-17]


def test_a_documents_subtrees_are_read_once_and_match_the_parse(nlp):
    doc = nlp("Officials at the Varnholt ministry said on Tuesday that the bridge over the Selm would reopen in May.")
    ctx = M.context(doc)
    for token in doc:
        words = ctx.subtree(token.i)
        assert words == {t.i for t in token.subtree}
        assert ctx.subtree(token.i) is words  # the second reading is the first set
        assert ctx.span_of(token.i) == (token.left_edge.i, token.right_edge.i)


REPORTS = [
    "Engineers at the Ostrava plant have repeatedly pointed out that the boilers, which date from 1971, are unsafe, "
    "the inspector said on Monday.",
    "“We will not sign,” the dockers’ union told reporters, adding that the offer was “an insult” and that talks "
    "would resume in June.",
    "The mayor of Tartu accused the council of hiding the costs, and she described the plan as a gamble.",
]


def test_a_running_total_goes_on_as_the_whole_list_adds():
    ranker = M.Linear.from_dict({"classes": ["score"], "weights": {"a": [0.1], "b": [0.2], "c": [0.7], "d": [-0.3]}})
    first, rest = ["a", "x", "b"], ["c", "d", "a"]
    assert ranker.scores(rest, ranker.scores(first)[0]) == ranker.scores(first + rest)
    assert ranker.scores(rest, 1.5) != ranker.scores(rest)


def test_a_stretched_cue_is_the_best_of_its_allowed_stretches(nlp):
    model = nlp.get_pipe("claimgraph_attribution").model
    compared = 0
    for doc in nlp.pipe(REPORTS):
        ctx = M.context(doc)
        tagged = M.tag_cues(model.tagger, doc, 0, model.starts, ctx, model.begin_bias, model.unseen)
        expected = []
        for k, cue in enumerate(tagged):  # every stretch built and scored whole, as first written
            others = {i for j, other in enumerate(tagged) if j != k for i in other} | {i for c in expected for i in c}
            allowed = [c for c in M.extent_candidates(ctx, M.cue_head(doc, cue).i)
                       if not c.tokens & others and c.tokens >= set(cue)]
            chosen = M.best(model.extent, allowed)
            expected.append(sorted(chosen.tokens) if chosen is not None else cue)
        assert model.stretch(doc, ctx, tagged, 0) == expected
        compared += len(tagged)
    assert compared >= 3


def test_the_content_chosen_from_one_scoring_is_the_best_holding_the_clause(nlp):
    model = nlp.get_pipe("claimgraph_attribution").model
    compared = 0
    for doc in nlp.pipe(REPORTS):
        ctx = M.context(doc)
        for cue in model.cues(doc, ctx):
            candidates = M.content_candidates(doc, cue, ctx)
            expected = M.best(model.content, candidates)
            clause = M.complement_clause(doc, cue)
            if expected is not None and clause and not clause <= expected.tokens:
                holding = [c for c in candidates if clause <= c.tokens]
                expected = M.best(model.content, holding) if holding else expected
            chosen = M.choose_content(model.content, doc, cue, ctx)
            assert (chosen and chosen.tokens) == (expected and expected.tokens)
            compared += 1
    assert compared >= 3


def test_the_shape_counts_of_a_stretch_are_those_of_its_words(nlp):
    doc = nlp("“It is over,” the coach said, and the players, who had hoped to stay, agreed that “nothing is left.”")
    ctx = M.context(doc)
    for lo in range(len(doc)):
        for hi in range(lo, len(doc)):
            words = set(range(lo, hi + 1))
            feats = M.shape(ctx, words, {5}, 5)
            quotes = sum(doc[i].text in M.QUOTE_MARKS for i in words)
            assert "quotes=" + str(min(quotes, 3)) in feats
            assert "verb=" + str(any(doc[i].pos_ in M.VERBAL for i in words)) in feats


COMMA_TEXTS = [
    "The ministers, who met in Lisbon, agreed that the tariffs, levied since May, would fall; the traders, however, "
    "were not told.",
    "“We waited — and waited,” the pilot said, “but the tower, busy as ever, never answered.”",
]


def test_stretches_read_from_running_counts_get_the_pieces_read_word_by_word(nlp):
    from dataclasses import replace
    compared = set()
    for doc in nlp.pipe(COMMA_TEXTS):
        ctx = M.context(doc)
        plain = replace(ctx, commas_before=[], breaks_before=[])  # without the counts every stretch is read whole
        n = len(doc)
        for lo in range(n):
            for hi in range(lo, n):
                stretch = set(range(lo, hi + 1))
                holed = stretch - {(lo + hi) // 2} if hi - lo > 2 else stretch  # a stretch in two pieces
                for tokens in (stretch, holed):
                    cuts = M.comma_cuts(ctx, tokens)
                    assert cuts == M.comma_cuts(plain, tokens)
                    assert M.comma_pieces(ctx, tokens) == M.comma_pieces(plain, tokens)
                    compared.add(bool(cuts))
        starts = [a for a, _ in ctx.sents]
        for token in doc:  # a word's sentence, as bisecting the sentence starts finds it
            k = bisect_right(starts, token.i) - 1
            assert M.sentence_window(ctx, token) == (ctx.sents[k][0], ctx.sents[k][1], k)
    assert compared == {True, False}


def test_a_bare_time_phrase_is_found_as_the_plain_reading_finds_it(nlp):
    doc = nlp("The minister resigned on Sunday evening, and her deputy said in March that the budget would pass.")
    ctx = M.context(doc)
    times = {"DATE", "TIME"}
    found = set()
    for lo in range(len(doc)):
        for hi in range(lo, len(doc)):
            words = [i for i in range(lo, hi + 1) if not doc[i].is_punct and not doc[i].is_space]
            plain = bool(words) and any(doc[i].ent_type_ in times for i in words) and \
                all(doc[i].ent_type_ in times or doc[i].pos_ == "ADP" for i in words)
            assert M.time_phrase(ctx, frozenset(range(lo, hi + 1))) == plain
            found.add(plain)
    assert found == {True, False}


def test_a_cues_head_position_is_the_first_word_hung_outside_it(nlp):
    doc = nlp("The council has repeatedly pointed out that the new bridge would cost twice as much.")
    table = M.token_table(doc)
    for lo in range(len(doc)):
        for hi in range(lo, min(lo + 5, len(doc))):
            cue = list(range(lo, hi + 1))
            inside = set(cue)
            expected = next((t.i for t in doc[lo:hi + 1] if t.head.i not in inside or t.head.i == t.i), lo)
            assert M.cue_head_index(table, cue) == expected == M.cue_head(doc, cue).i


def test_pruned_content_candidates_keep_their_whole_features_and_score(nlp):
    """Only the best `top` on the partial score are finished, each exactly as the unpruned reading builds it; with
    room for every candidate the chosen content is the unpruned choice."""
    model = nlp.get_pipe("claimgraph_attribution").model
    ranker = model.content
    pruned_some = 0
    for doc in nlp.pipe(TEXTS):
        ctx = M.context(doc)
        for cue in model.cues(doc, ctx):
            full = {c.tokens: c.features for c in M.content_candidates(doc, cue, M.context(doc))}
            for top in (2, 1000):
                kept = M.content_candidates(doc, cue, M.context(doc), ranker, top)
                assert len(kept) == min(top, len(full))
                pruned_some += len(kept) < len(full)
                for c in kept:
                    assert c.features == full[c.tokens]
                    assert c.score == ranker.scores(full[c.tokens])[0]
                # the kept are the best on the features a stretch has when first found (before 'speaker=')
                first = {t: ranker.scores(f[:next(k for k, x in enumerate(f) if x.startswith("speaker=")) + 1])[0]
                         for t, f in full.items()}
                assert min(first[c.tokens] for c in kept) >= sorted(first.values(), reverse=True)[len(kept) - 1]
            everything = M.content_candidates(doc, cue, M.context(doc), ranker, 1000)
            assert max(everything, key=lambda c: c.score).tokens == \
                max(full, key=lambda t: ranker.scores(full[t])[0])
    assert pruned_some


def test_the_first_two_tagger_scores_are_those_of_the_whole_sum():
    tagger = M.Linear(M.TAGS)
    tagger.weights = {"b": [0.1, 0.2, 0.3], "l=say": [0.7, -0.1, 0.0], "t=VBD": [0.2, 0.4, 1e-17],
                      "w=told": [1e-17, 0.3, -0.2]}
    for features in (["b", "l=say", "x", "t=VBD"], ["w=told", "b"], ["x"], []):
        assert tagger.first_two(features) == tagger.scores(features)[:2]


def test_a_loaded_rankers_sum_without_the_method_call_is_its_score():
    ranker = M.Linear.from_dict({"classes": ["score"], "weights": {"e:h=say": [0.3], "e:nr=1": [-0.1],
                                                                    "e:next=#": [1e-17]}})
    for features, total in ((["e:h=say", "e:nr=1", "x", "e:next=#"], 0), (["e:nr=1"], 0.25), ([], 0.5)):
        assert M.sum_from(ranker._flat.get, features, total) == ranker.scores(features, total)[0]


def test_tagging_after_no_cue_decides_between_outside_and_beginning_only(nlp):
    doc = nlp("The mayor said on Monday that the bridge would reopen.")
    ctx = M.context(doc)
    said = [t.i for t in doc if t.text == "said"][0]
    tagger = M.Linear(M.TAGS)
    # the inside class scores highest on every word: after no cue it cannot be chosen, so 'said' begins the cue
    tagger.weights = {"b": [0.0, -0.5, 9.0], "l=say": [0.0, 2.0, 0.0]}
    spans = M.tag_cues(tagger, doc, starts=frozenset({"say"}), ctx=ctx)
    assert spans and spans[0][0] == said
    # where beginning and outside tie, outside wins (the first of the highest); the bias breaks the tie
    tagger.weights = {"b": [0.5, 0.0, 0.0], "l=say": [0.5, 1.0, 0.0]}
    assert M.tag_cues(tagger, doc, starts=frozenset({"say"}), ctx=ctx) == []
    assert M.tag_cues(tagger, doc, starts=frozenset({"say"}), ctx=ctx, begin_bias=0.5) == [[said]]


def test_each_variant_comes_with_its_words_in_text_order(nlp):
    doc = nlp("He said that the levy, which rose in May, is “unfair,” and the union agreed, the paper reported.")
    table = M.token_table(doc)
    for lo in range(len(doc)):
        for hi in range(lo, min(len(doc), lo + 12)):
            for hole in (None, (lo + hi) // 2):
                words = {i for i in range(lo, hi + 1) if i != hole}
                ordered = M.ordered_variants(doc, words)
                assert [(kind, tokens) for kind, tokens, _ in ordered] == M.variants(doc, words)
                for _, tokens, in_order in ordered:
                    assert in_order == sorted(tokens)
                    assert M.shape(M.context(doc), tokens, {1}, 1, in_order) == M.shape(M.context(doc), tokens, {1}, 1)
    assert table is M.token_table(doc)
