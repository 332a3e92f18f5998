"""The attribution model's cue extent: the stretches around a tagged cue's head and the ranker's choice among them."""
from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from claimgraph.nlp.attribution import model as attribution_model
from claimgraph.nlp.attribution.model import AttributionModel, Linear, context, extent_candidates

VOCAB = English().vocab


def make_doc(words, heads, deps, tags):
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags)


def pointed_out():
    # The auditor has pointed out , again , that the ledger was wrong .
    words = ["The", "auditor", "has", "pointed", "out", ",", "again", ",", "that", "the", "ledger", "was", "wrong",
             "."]
    heads = [1, 3, 3, 3, 3, 3, 3, 3, 11, 10, 11, 3, 11, 3]
    deps = ["det", "nsubj", "aux", "ROOT", "prt", "punct", "advmod", "punct", "mark", "det", "nsubj", "ccomp",
            "acomp", "punct"]
    tags = ["DT", "NN", "VBZ", "VBN", "RP", ",", "RB", ",", "IN", "DT", "NN", "VBD", "JJ", "."]
    return make_doc(words, heads, deps, tags)


def test_stretches_take_the_auxiliary_and_the_particle_but_stop_at_a_comma():
    doc = pointed_out()
    found = {c.tokens for c in extent_candidates(context(doc), 3)}
    assert frozenset({2, 3, 4}) in found and frozenset({3}) in found and frozenset({1, 2, 3, 4}) in found
    assert all(5 not in tokens and 6 not in tokens for tokens in found)


def test_a_colon_closes_a_cue_and_nothing_after_it_joins():
    # The minister wrote : taxes will fall .
    words = ["The", "minister", "wrote", ":", "taxes", "will", "fall", "."]
    heads = [1, 2, 2, 2, 6, 6, 2, 2]
    deps = ["det", "nsubj", "ROOT", "punct", "nsubj", "aux", "ccomp", "punct"]
    tags = ["DT", "NN", "VBD", ":", "NNS", "MD", "VB", "."]
    found = {c.tokens for c in extent_candidates(context(make_doc(words, heads, deps, tags)), 2)}
    assert frozenset({2, 3}) in found
    assert not [tokens for tokens in found if 4 in tokens]


def test_the_extent_ranker_only_stretches_the_tagged_cue(monkeypatch):
    doc = pointed_out()
    extent = Linear()
    # a ranker that prefers the head alone and, after it, the head with its particle
    extent.weights = {"e:nl=0": [2.0], "e:nr=0": [1.0], "e:nr=1": [0.5]}
    model = AttributionModel(Linear(attribution_model.TAGS), Linear(), Linear(), extent=extent)
    monkeypatch.setattr(attribution_model, "tag_cues", lambda *args, **kwargs: [[2, 3]])
    # the head alone scores best, but it would drop the tagged auxiliary: the cue keeps it
    (cue,) = model.cues(doc, context(doc))
    assert set(cue) >= {2, 3}
    monkeypatch.setattr(attribution_model, "tag_cues", lambda *args, **kwargs: [[3]])
    (cue,) = model.cues(doc, context(doc))
    assert cue == [3]
    extent.weights["e:nr=1"] = [5.0]
    (cue,) = model.cues(doc, context(doc))
    assert cue == [3, 4]


def test_a_stretch_never_takes_another_cue(monkeypatch):
    doc = pointed_out()
    extent = Linear()
    extent.weights = {"e:nr=1": [5.0]}
    model = AttributionModel(Linear(attribution_model.TAGS), Linear(), Linear(), extent=extent)
    monkeypatch.setattr(attribution_model, "tag_cues", lambda *args, **kwargs: [[3], [4]])
    first, second = model.cues(doc, context(doc))
    assert first == [3] and second == [4]


def test_the_extent_ranker_survives_saving(tmp_path):
    extent = Linear()
    extent.weights = {"e:nr=1": [0.5]}
    model = AttributionModel(Linear(attribution_model.TAGS), Linear(), Linear(), starts=["say"], extent=extent)
    path = tmp_path / "model.json.gz"
    model.save(path)
    import gzip
    import json
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        loaded = AttributionModel.from_dict(json.load(handle))
    assert loaded.extent is not None and loaded.extent.weights == {"e:nr=1": [0.5]}
    plain = AttributionModel.from_dict({k: v for k, v in model.to_dict().items() if k != "extent"})
    assert plain.extent is None


def test_a_begin_bias_lets_a_near_miss_begin_a_cue_and_is_saved(tmp_path):
    doc = pointed_out()
    tagger = Linear(attribution_model.TAGS)
    # 'pointed' leans to O by a little; every other word by a lot
    tagger.weights = {"b": [5.0, 0.0, 0.0], "w=pointed": [-4.5, 0.0, 0.0]}
    plain = AttributionModel(tagger, Linear(), Linear())
    assert plain.cues(doc, context(doc)) == []
    biased = AttributionModel(tagger, Linear(), Linear(), begin_bias=1.0)
    assert biased.cues(doc, context(doc)) == [[3]]
    path = tmp_path / "model.json.gz"
    biased.save(path)
    import gzip
    import json
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        assert AttributionModel.from_dict(json.load(handle)).begin_bias == 1.0
