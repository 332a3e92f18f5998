"""A reporting verb whose object the event lexicon pairs with it for an act ('recalled its ambassador') is no cue."""
from __future__ import annotations

import pytest

from tests.news import by_cue, by_cue_ending, texts


@pytest.mark.parametrize("text, verb", [
    ("Ostrava recalled its ambassador from Velmoria on Tuesday after the border incident.", "recalled"),
    ("Brenholt recalled its envoy to protest the arrests of two fishermen.", "recalled"),
    ("The Tarsenian ambassadors were recalled on Monday after the vote in Kessa.", "recalled"),
    ("Dravonia recalled its diplomats and observers from the mission in Poltava.", "recalled"),
    ("The governor of Lurenne declared a curfew in the northern districts on Friday.", "declared"),
])
def test_a_verb_acting_on_its_paired_object_is_no_cue(analyse, text, verb):
    r = analyse(text)
    assert by_cue_ending(r, verb) == []


def test_the_act_is_still_an_event(analyse):
    r = analyse("Ostrava recalled its ambassador from Velmoria on Tuesday after the border incident.")
    assert [e["type"] for e in r["events"] if e["trigger"]["text"] == "recalled"] == ["SANCTION"]


@pytest.mark.parametrize("text, content", [
    ("Minister Quennel recalled that the treaty was signed in Ostrava in 1998.",
     "that the treaty was signed in Ostrava in 1998"),
    ("Senator Brenna Oltz recalled her days as an envoy in the southern provinces.",
     "her days as an envoy in the southern provinces"),
    ("The former ambassador recalled the envoy's warning about the dam.", "the envoy's warning about the dam"),
])
def test_a_memory_stays_a_cue(analyse, text, content):
    r = analyse(text)
    (a,) = by_cue(r, "recalled")
    assert texts(a["content"]) == [content]


class ProposingModel:
    """Stands in for the trained model: proposes one (cue, content, source) found by the words given."""

    def __init__(self, cue: str, content: tuple[str, str], source: str):
        self.cue, self.content, self.source = cue, content, source

    def predict(self, doc, start=0):
        words = [t.text for t in doc]
        first, last = words.index(self.content[0]), words.index(self.content[1])
        return [([words.index(self.cue)], frozenset(range(first, last + 1)), frozenset({words.index(self.source)}))]


def model_only(nlp, monkeypatch, text, model):
    """The attribution records of `text` read by `model` alone, the rules finding no cue."""
    from claimgraph.analysis import make_doc
    from claimgraph.document import Document
    from claimgraph.nlp import attribution

    monkeypatch.setattr(attribution, "find_cues", lambda *args, **kwargs: [])
    component = attribution.Attribution(use_model=False)
    component.load()  # loaded on first use otherwise, which would set the model back to none
    component.model = model
    doc = make_doc(nlp, Document(text=text, published="2024-03-14"))
    for name, pipe in nlp.pipeline:
        if name == "claimgraph_attribution":
            break
        doc = pipe(doc)
    return component(doc)._.cg_attributions


def test_a_model_cue_on_a_paired_object_is_dropped_too(nlp, monkeypatch):
    recalled = ProposingModel("recalled", ("its", "Velmoria"), "Ostrava")
    records = model_only(nlp, monkeypatch, "Ostrava recalled its ambassador from Velmoria on Tuesday.", recalled)
    assert records == []
    memory = ProposingModel("recalled", ("her", "Lisbon"), "Oltz")
    records = model_only(nlp, monkeypatch, "Oltz recalled her days as an envoy in Lisbon.", memory)
    assert [s.text for r in records for s in r.cue] == ["recalled"]


def test_a_weapon_fired_is_an_act_of_force_not_a_report(analyse):
    for text in ("Police fired tear gas at the marchers outside the Orvell courthouse.",
                 "Troops fired rockets at the Skarn ridge overnight."):
        assert analyse(text)["attributions"] == [], text
