"""Tests for the trained certainty model: it loads, predicts like the trees it was exported from, and each
construction moves an event's score the right way through the component."""
import numpy as np
import pytest

from claimgraph.nlp.certainty_model import TreeEnsemble, integer_value, load_model


def score_of(analyse_doc, text, word):
    doc = analyse_doc(text)
    records = {doc[i].text: record for i, record in doc._.cg_certainty.items()}
    return records[word]


PLAIN = ("The council approved the harbour plan on Tuesday.", "approved")


def test_shipped_model_loads_and_predicts_on_the_scale():
    model = load_model()
    assert model is not None and len(model.names) > 100
    scores = model.predict([{"rule": 3.0, "rule_local": 3.0, "rule_context": 3.0},
                            {"rule": -3.0, "rule_local": -3.0, "rule_context": 3.0, "rule_fired": 1.0,
                             "lcue=not": 1.0}])
    assert scores.shape == (2,)
    assert np.all((scores >= -3) & (scores <= 3))
    assert scores[0] > 2 and scores[1] < 0


def test_both_conventions_are_shipped():
    assert load_model("meantime") is not None
    with pytest.raises(ValueError):
        load_model("factbank-2031")


def test_tree_walk_follows_thresholds_and_sums_trees():
    # tree 1: x <= 0.5 -> -1 else +2 ; tree 2: a single leaf of 0.5
    model = TreeEnsemble({
        "feature_names": np.asarray(["x"]), "baseline": np.asarray(0.25),
        "tree_starts": np.asarray([0, 3]), "feature": np.asarray([0, 0, 0, 0]),
        "threshold": np.asarray([0.5, 0, 0, 0]), "left": np.asarray([1, 0, 0, 0]),
        "right": np.asarray([2, 0, 0, 0]), "is_leaf": np.asarray([False, True, True, True]),
        "value": np.asarray([0, -1.0, 2.0, 0.5])})
    assert model.predict([{"x": 0.0}, {"x": 1.0}, {"unseen": 1.0}]).tolist() == [-0.25, 2.75, -0.25]


def test_calibration_maps_raw_scores_monotonically():
    arrays = {"feature_names": np.asarray(["x"]), "baseline": np.asarray(0.0), "tree_starts": np.asarray([0]),
              "feature": np.asarray([0, 0, 0]), "threshold": np.asarray([0.5, 0, 0]), "left": np.asarray([1, 0, 0]),
              "right": np.asarray([2, 0, 0]), "is_leaf": np.asarray([False, True, True]),
              "value": np.asarray([0, 1.0, 2.5])}
    raw = TreeEnsemble(arrays).predict([{"x": 0.0}, {"x": 1.0}])
    calibrated = TreeEnsemble({**arrays, "calibration_score": np.asarray([-3.0, 2.0, 3.0]),
                               "calibration_label": np.asarray([-3.0, 3.0, 3.0])}).predict([{"x": 0.0}, {"x": 1.0}])
    assert raw.tolist() == [1.0, 2.5]
    assert calibrated.tolist() == pytest.approx([1.8, 3.0])


def test_calibration_does_not_carry_a_cued_score_away_from_the_cues_value():
    arrays = {"feature_names": np.asarray(["x"]), "baseline": np.asarray(0.0), "tree_starts": np.asarray([0]),
              "feature": np.asarray([0]), "threshold": np.asarray([0.0]), "left": np.asarray([0]),
              "right": np.asarray([0]), "is_leaf": np.asarray([True]), "value": np.asarray([2.4]),
              "calibration_score": np.asarray([-3.0, 2.0, 3.0]), "calibration_label": np.asarray([-3.0, 2.8, 3.0])}
    model = TreeEnsemble(arrays)
    uncued, hedged, doubted = model.predict([{"rule": 3.0}, {"rule": 2.0, "rule_fired": 1.0},
                                             {"rule": 3.0, "rule_fired": 1.0}])
    assert uncued == pytest.approx(2.88)   # no cue: the map's median
    assert hedged == pytest.approx(2.4)    # "probably" (2): the map would carry 2.4 away from it
    assert doubted == pytest.approx(2.88)  # toward the cue's own value the map still applies


def test_integer_value_keeps_a_fired_cue_when_the_model_agrees_on_polarity():
    assert integer_value(-1.8, -3, True) == -3      # "not": averaged ratings shrink toward 0
    assert integer_value(2.2, -3, True) == 2        # the model overrules a cue it disagrees with
    assert integer_value(0.7, 0, True) == 0         # "whether": uncommitted kept near 0
    assert integer_value(1.6, 0, True) == 2
    assert integer_value(2.6, 3, False) == 3
    assert integer_value(1.4, 3, False) == 1


def test_plain_assertion_scores_certain(analyse_doc):
    record = score_of(analyse_doc, *PLAIN)
    assert record.score > 2.5 and record.value == 3 and record.cues == []


@pytest.mark.parametrize("text, word, low, high, cue", [
    ("The council might approve the harbour plan on Tuesday.", "approve", 0.5, 2.2, "might"),
    ("The council did not approve the harbour plan on Tuesday.", "approve", -3, -0.5, "not"),
    ("It is not clear whether the council approved the harbour plan.", "approved", -0.5, 2.0,
     "It is not clear whether"),
    ("The council is scheduled to approve the harbour plan on Tuesday.", "approve", 1.0, 2.6, "scheduled"),
    ("The council is considering approving the harbour plan.", "approving", 0.5, 2.4, "considering"),
    ("The council failed to approve the harbour plan.", "approve", -3, 0.0, "failed"),
    ("The council refused to approve the harbour plan.", "approve", -3, 0.0, "refused"),
    ("If the council approves the harbour plan, the dockers will strike.", "approves", -0.5, 2.0, "If"),
    ("Did the council approve the harbour plan?", "approve", -0.5, 2.0, "?"),
    ("The council probably approved the harbour plan.", "approved", 1.0, 2.7, "probably"),
    ("Aides denied that the council approved the harbour plan.", "approved", -3, 2.0, "denied"),
])
def test_construction_lowers_certainty_with_its_cue(analyse_doc, text, word, low, high, cue):
    plain = score_of(analyse_doc, *PLAIN).score
    record = score_of(analyse_doc, text, word)
    assert low <= record.score <= high
    assert record.score < plain - 0.4
    assert cue in [c.text for c in record.cues]


def test_factive_keeps_its_complement_certain_even_when_negated(analyse_doc):
    known = score_of(analyse_doc, "Reporters do not know that the council approved the harbour plan.", "approved")
    believed = score_of(analyse_doc, "Reporters do not believe that the council approved the harbour plan.",
                        "approved")
    assert known.score > 2.3 and known.value == 3
    assert believed.score < known.score


def test_reported_speech_keeps_the_event_as_its_source_presents_it(analyse_doc):
    said = score_of(analyse_doc, "Aides said the council approved the harbour plan.", "approved")
    assert said.score > 2.5 and said.value == 3


def test_negation_outweighs_modality(analyse_doc):
    may = score_of(analyse_doc, "The council may approve the harbour plan.", "approve")
    refused = score_of(analyse_doc, "The council refused to approve the harbour plan.", "approve")
    assert refused.score < may.score


def test_integer_value_keeps_a_reported_negation_the_model_only_weakens():
    assert integer_value(0.3, -3, True) == -3       # "denied firing": author-side ratings drift toward 0
    assert integer_value(1.2, -3, True) == 1        # the model finding it possible still overrules


def test_integer_value_keeps_what_a_source_denies_denied():
    assert integer_value(1.3, -3, True, denied=True) == -3   # "denied that it had links": the source's denial
    assert integer_value(2.4, -2, True, denied=True) == -2
    assert integer_value(1.3, -3, True) == 1                  # a negation not a denial: the model may overrule


@pytest.mark.parametrize("text, word", [
    ("The Tolvan ministry denied that it had links to the Marr brigade.", "had"),
    ("Kesswick Shipping denied that it had any role in the fuel smuggling.", "had"),
    ("The mayor of Orrin denied that her office had approved the permits.", "approved"),
])
def test_a_denied_clause_is_certainly_not_as_its_source_presents_it(analyse_doc, text, word):
    record = score_of(analyse_doc, text, word)
    assert record.value == -3
    assert "denied" in [c.text for c in record.cues]


def test_a_clause_not_denied_is_left_open(analyse_doc):
    record = score_of(analyse_doc, "The Tolvan ministry did not deny that it had links to the Marr brigade.", "had")
    assert record.value == 0


@pytest.mark.parametrize("text, word, value", [
    # a negative word on an argument negates its predicate, as 'not' does
    ("No guards were injured in the fire at the Dunmere depot.", "injured", -3),
    ("No one was arrested after the march through Velmar.", "arrested", -3),
    ("Nobody answered the calls from the Brask embassy.", "answered", -3),
    ("The carrier has no plans to cut its Orrin routes.", "cut", -2),
    ("No-one could reach the stranded crew near Tarsk.", "reach", -3),
    ("The Orrin police gave no details about the arrests.", "gave", -3),
    # what is asked, ought not to be, or ought to have been is not told as done or undone
    ("The envoy urged the Kell militia not to fire on the convoy.", "fire", 0),
    ("The Varn sluice gates must not be opened before the survey.", "opened", 0),
])
def test_negations_directives_and_deontics_keep_their_readings(analyse_doc, text, word, value):
    assert score_of(analyse_doc, text, word).value == value


@pytest.mark.parametrize("text, word, relation", [
    ("No guards were injured in the fire at the Dunmere depot.", "injured", "nsubjpass"),
    ("The Orrin police gave no details about the arrests.", "gave", "dobj"),
    ("The Kell ministry made no comment on the report.", "comment", "det"),
    ("The Kell ministry did not comment on the report.", "comment", "neg"),
])
def test_the_model_sees_where_a_negation_sits(analyse_doc, text, word, relation):
    from claimgraph.nlp.certainty import Assessor
    from claimgraph.nlp.certainty_features import features

    doc = analyse_doc(text)
    token = next(t for t in doc if t.text == word)
    row = features(token, Assessor(doc, analyse_doc.lexicon), "uw")
    assert [name for name in row if name.startswith("lcue_on=")] == [f"lcue_on={relation}"]


def test_the_model_reads_a_clause_past_a_remark_on_grounds_as_the_report_does(analyse_doc):
    from claimgraph.nlp.certainty import Assessor
    from claimgraph.nlp.certainty_features import features

    def governors(text):
        doc = analyse_doc(text)
        token = next(t for t in doc if t.text == "looted")
        row = features(token, Assessor(doc, analyse_doc.lexicon), "uw")
        return sorted(name for name in row if name.startswith("gov1"))

    remarked = governors("The Perrin council claimed without evidence that the depots were looted.")
    assert remarked == governors("The Perrin council claimed that the depots were looted.")
    assert "gov1=claim" in remarked


def test_integer_value_reads_uncued_events_as_certain_from_probable_upward():
    assert integer_value(2.1, 3, False) == 3
    assert integer_value(1.9, 3, False) == 2


def test_integer_value_keeps_an_open_clause_short_of_probable():
    assert integer_value(1.3, 0, True) == 0         # "it is unclear whether": UW rates open clauses near 1
    assert integer_value(-1.3, 0, True) == 0


def walked_tree_by_tree(model, rows):
    """The ensemble's score read the plain way: each row down each tree over all of its named features."""
    x = model.vectorize(rows)
    out = []
    for row in x:
        total = 0.0
        for start in model.tree_starts:
            node = 0
            while not model.is_leaf[start + node]:
                k = start + node
                node = model.left[k] if row[model.feature[k]] <= model.threshold[k] else model.right[k]
            total += model.value[start + node]
        out.append(np.clip(model.baseline + total, -3.0, 3.0))
    return np.asarray(out)


def test_the_walk_over_the_tested_features_alone_scores_as_the_trees_do():
    model = load_model()
    rows = [{"rule": 3.0, "rule_local": 3.0, "rule_context": 3.0, "lemma=dock": 1.0},
            {"rule": -3.0, "rule_local": -3.0, "rule_context": 3.0, "rule_fired": 1.0, "lcue=not": 1.0},
            {"rule": 1.0, "rule_fired": 1.0, "lcue=may": 1.0, "gov1=say": 1.0, "depth": 2.0, "question": 1.0},
            {"never-a-feature": 5.0}]
    assert len(model._columns) < len(model.names)  # some named features are never tested
    assert np.allclose(model.raw_scores(rows), walked_tree_by_tree(model, rows), rtol=0, atol=1e-9)


@pytest.mark.parametrize("text, word, value", [
    # hedged and negated news sentences the rules once read as plain facts or left open, rated as a careful reader
    # would on the FactBank scale; each goes through the parser, the rules and the model
    ("Neither side commented on the ruling.", "commented", -3),
    ("The utility has no plans to raise tariffs this winter.", "raise", -2),
    ("The airline cancelled the flight after the storm.", "flight", -3),
    ("Regulators blocked the merger of the two grocers.", "merger", -2),
])
def test_hedged_and_negated_news_sentences(analyse_doc, text, word, value):
    record = score_of(analyse_doc, text, word)
    assert record.value == value
