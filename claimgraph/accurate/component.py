"""The accurate component: one encoder pass over the paragraphs that can hold a claim, feeding attribution and
certainty through the same doors the fast models use."""
from __future__ import annotations

from bisect import bisect_left
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Token

from ..nlp.annotations import register_extensions, story_start_token
from ..nlp.component import Component, factory
from ..nlp.tokens import QUOTES_CLOSE, QUOTES_OPEN
from .decoder import cue_confidence, decode, log_softmax
from .model import load_encoder
from .windows import Window, paragraph_windows

NAME = "claimgraph_accurate"
KEY = "claimgraph.accurate"  # doc.user_data: {"attributions": [(cue, content, source)], "certainty": {i: score}}
# doc.user_data, until attribution has read them: each window's words, their pieces and the encoder's states, so the
# role tagger can read any cue the fast model finds without a second encoder pass
STATES = "claimgraph.accurate.states"
# The encoder's certainty and the fast model's score, averaged with this weight on the encoder's (chosen on UW dev).
# The shipped encoder alone: UW dev MAE / r 0.637 / 0.586 (weight 1.0); blended, r rises (0.1: 0.782, 0.3: 0.792)
# but MAE rises at every weight (0.1: 0.436, 0.3: 0.457, against 0.432 / 0.775 for the fast model alone), and
# MEANTIME dev MAE too (0: 0.240, 0.1: 0.277, 0.3: 0.349). No weight is better on both, so 0, until a stronger
# encoder beats the fast model on dev.
CERTAINTY_WEIGHT = 0.0
# Whether the fast model's rankers choose the spans of the encoder's cues (chosen on PolNeAR dev).
SPANS_FROM_FAST = True
# The least confidence of a cue only the encoder found. With the previous encoder (PolNeAR dev, exact F1
# source/cue/content: no threshold 74.4/70.3/54.8, 0.9: 74.6/71.0/55.2, 0.97: 74.7/71.1/55.2) 0.97 was chosen; with
# the shipped one, 0.97 adds 2 cues on all of PolNeAR dev (1 right: cue F1 71.1 either way) and a wrong one on the
# seed article, so no cue of the encoder's alone is kept (above any probability) until its cues beat the fast tagger.
EXTRA_CUE_CONFIDENCE = 1.01
# The weight of the fast rankers' log-probability, against the role tagger's, when the content and source of a fast
# cue are chosen among the fast model's candidates (chosen on PolNeAR dev, exact F1 source/cue/content: 1.0, the fast
# model's own choice, 74.7/71.1/55.3; 0.9: 74.7/71.1/55.5; 0.8: 74.7/71.1/55.3; 0.5: 74.7/71.1/54.4; 0.0 on the
# first 20 articles: content 32.9 against 55.1). The shipped role tagger alone is weak on content boundaries, so it
# only broke near ties between the rankers' candidates. Measured again on the current fast model, every blend loses:
# 1.0 gives 75.7/72.7/57.7 (the fast model's own figures), 0.95 75.5/72.7/57.4, 0.9 75.5/72.7/57.3. So 1.0, and the
# tagger is not consulted, until a stronger encoder beats the fast rankers on dev.
FAST_SPAN_WEIGHT = 1.0
CLAIM_POS = frozenset({"VERB", "AUX"})
QUOTES = QUOTES_OPEN | QUOTES_CLOSE


@factory("claimgraph_accurate_v1", alias=NAME, requires=["token.pos", "token.is_sent_start"], assigns=["doc.user_data"])
def make_accurate(nlp: Language, name: str) -> "AccurateEncoder":
    return AccurateEncoder()


def can_hold_claim(sentence) -> bool:
    """A sentence with a verb or a quotation mark can report or claim something; headlines of nouns, datelines,
    bylines and captions cannot, and the encoder skips them."""
    return any(t.pos_ in CLAIM_POS or t.text in QUOTES for t in sentence)


class AccurateEncoder(Component):
    """Encodes a document's paragraphs once and keeps the decoded attributions and the certainty of every word."""

    def __init__(self) -> None:
        register_extensions()

    def load(self) -> None:
        self.encoder = load_encoder()

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[KEY] = self.analyse(doc)
        return doc

    def results(self, doc: Doc) -> dict[str, Any]:
        """This document's results, computed now when the component has not run on it."""
        if KEY not in doc.user_data:
            doc.user_data[KEY] = self.analyse(doc)
        return doc.user_data[KEY]

    def windows(self, doc: Doc) -> list[Window]:
        start = story_start_token(doc)
        first_char = doc[start].idx if start < len(doc) else len(doc.text)
        wanted = sorted(s.start_char for s in doc.sents if s.end > start and can_hold_claim(s))
        spans, position = [], 0
        for line in doc.text.split("\n"):
            end = position + len(line)
            k = bisect_left(wanted, position)  # the paragraph holds a wanted sentence when one begins inside it
            if line.strip() and end > first_char and k < len(wanted) and wanted[k] < end:
                spans.append((position, end))
            position = end + 1
        return paragraph_windows(doc.text, self.encoder.tokenizer, spans)

    def analyse(self, doc: Doc) -> dict[str, Any]:
        windows = self.windows(doc)
        attributions: list[tuple[list[int], frozenset[int], frozenset[int]]] = []
        certainty: dict[int, float] = {}
        confidence: dict[int, float] = {}  # first cue word -> the cue's confidence
        states: list[tuple[list[int], list[list[int]], np.ndarray]] = []
        for window, (hidden, cue_logits, scores) in zip(windows, self.encoder.encode(windows)):
            words, pieces = word_pieces(doc, window)
            if not words:
                continue
            states.append((words, pieces, hidden))
            first = np.array([p[0] for p in pieces])

            def role_logits_of(cues: list[list[int]]) -> np.ndarray:
                masks = np.zeros((len(cues), len(window.ids)), dtype=np.float32)
                for row, cue in enumerate(cues):
                    for w in cue:
                        masks[row, pieces[w]] = 1.0
                return self.encoder.role_logits(hidden, masks)[:, first]

            word_cues = cue_logits[first]
            for cue, content, source in decode(word_cues, role_logits_of):
                attributions.append(([words[w] for w in cue], frozenset(words[w] for w in content),
                                     frozenset(words[w] for w in source)))
                confidence[words[cue[0]]] = cue_confidence(word_cues, cue)
            for w, p in zip(words, first):
                certainty[w] = float(scores[p])
        doc.user_data[STATES] = states
        return {"attributions": attributions, "certainty": certainty, "confidence": confidence}

    def role_scores(self, doc: Doc, cue: list[int]) -> "RoleScores | None":
        """The role tagger's log-probabilities for one cue (doc tokens), over the words of the cue's window."""
        for words, pieces, hidden in doc.user_data.get(STATES, ()):
            if words[0] <= cue[0] <= words[-1]:
                at = {w: k for k, w in enumerate(words)}
                mask = np.zeros((1, hidden.shape[0] - 2), dtype=np.float32)
                for i in cue:
                    if i in at:
                        mask[0, pieces[at[i]]] = 1.0
                if not mask.any():
                    return None
                logits = self.encoder.role_logits(hidden, mask)[0, [p[0] for p in pieces]]
                return RoleScores(words, set(cue), log_softmax(logits))
        return None

    def forget_states(self, doc: Doc) -> None:
        doc.user_data.pop(STATES, None)


class RoleScores:
    """How well a candidate span fits the role tagger's reading of one cue: the log-probability of the tag
    sequence the candidate implies over the cue's window (B or I of the role inside the span, anything else
    outside; the cue's own words are left out, as the decoder leaves them out)."""

    def __init__(self, words: list[int], cue: set[int], log_probabilities: np.ndarray) -> None:
        kept = [k for k, w in enumerate(words) if w not in cue]
        self.words = np.array([words[k] for k in kept])
        lp = log_probabilities[kept]
        self.inside = {"source": (lp[:, 1], lp[:, 2]), "content": (lp[:, 3], lp[:, 4])}
        self.outside = {"source": np.logaddexp.reduce(lp[:, [0, 3, 4]], axis=1),
                        "content": np.logaddexp.reduce(lp[:, [0, 1, 2]], axis=1)}

    def score(self, role: str, tokens: frozenset[int]) -> float:
        inside = np.isin(self.words, list(tokens)) if tokens else np.zeros(len(self.words), dtype=bool)
        begins = inside & ~np.concatenate([[False], inside[:-1]])
        first, rest = self.inside[role]
        return float(np.where(begins, first, np.where(inside, rest, self.outside[role])).sum())


def word_pieces(doc: Doc, window: Window) -> tuple[list[int], list[list[int]]]:
    """The doc tokens inside a window that carry word pieces, and each one's pieces."""
    words: list[int] = []
    pieces: list[list[int]] = []
    span = doc.char_span(window.start, window.end, alignment_mode="expand")
    if span is None:
        return words, pieces
    k = 0
    offsets = window.offsets
    for token in span:
        end = token.idx + len(token.text)
        while k < len(offsets) and offsets[k][0] < token.idx:
            k += 1
        mine = []
        while k < len(offsets) and offsets[k][0] < end:
            mine.append(k)
            k += 1
        if mine:
            words.append(token.i)
            pieces.append(mine)
    return words, pieces


class AccurateAttributions:
    """Stands in for the fast attribution model: the encoder's attributions of a document, cue first.

    With `spans_from` (the fast model), the encoder only proposes cues: the fast model's own attributions stay,
    and a cue only the encoder found gets its content and source from the fast model's span rankers. On PolNeAR
    dev the shipped encoder's cues are precise but its span boundaries are not yet (see the README's table), so
    this is the mode's reading by default.
    """

    def __init__(self, component: AccurateEncoder, spans_from: Any = None) -> None:
        self.component = component
        self.fast = spans_from

    def predict(self, doc: Doc, start: int = 0) -> list[tuple[list[int], frozenset[int], frozenset[int]]]:
        try:
            return self.read(doc, start)
        finally:
            self.component.forget_states(doc)

    def read(self, doc: Doc, start: int) -> list[tuple[list[int], frozenset[int], frozenset[int]]]:
        encoded = [(cue, content, source) for cue, content, source in self.component.results(doc)["attributions"]
                   if cue[0] >= start]
        if self.fast is None:
            return encoded
        from ..nlp.attribution.model import content_candidates, context, source_candidates
        found = self.fast.predict(doc, start)
        taken = {i for cue, _, _ in found for i in cue}
        ctx = context(doc)
        if FAST_SPAN_WEIGHT < 1.0:
            found = [self.rechoose(doc, ctx, cue, content, source) for cue, content, source in found]
        confidence = self.component.results(doc)["confidence"]
        for cue, _, _ in encoded:
            if taken.intersection(cue) or confidence.get(cue[0], 1.0) < EXTRA_CUE_CONFIDENCE:
                continue
            content = self.choose("content", content_candidates(doc, cue, ctx), None)
            if content is None:
                continue
            source = self.choose("source", source_candidates(doc, cue, content.tokens, ctx), None)
            found.append((cue, content.tokens, source.tokens if source else frozenset()))
        return found

    def rechoose(self, doc: Doc, ctx: Any, cue: list[int], content: frozenset[int], source: frozenset[int]):
        """A fast cue's content and source, chosen again among the fast model's candidates with the role
        tagger's reading of that cue blended in."""
        from ..nlp.attribution.model import content_candidates, source_candidates
        roles = self.component.role_scores(doc, cue)
        if roles is None:
            return cue, content, source
        chosen = self.choose("content", content_candidates(doc, cue, ctx), roles)
        if chosen is None or chosen.tokens == content:
            return cue, content, source
        picked = self.choose("source", source_candidates(doc, cue, chosen.tokens, ctx), roles)
        return cue, chosen.tokens, picked.tokens if picked else frozenset()

    def choose(self, role: str, candidates: list, roles: "RoleScores | None"):
        """The candidate with the best blend of the fast ranker's and the role tagger's log-probabilities, each
        normalised over the candidates (the fast ranker's alone without the tagger's reading)."""
        if not candidates:
            return None
        ranker = self.fast.content if role == "content" else self.fast.source
        fast = np.array([ranker.scores(c.features)[0] for c in candidates], dtype=np.float64)
        if roles is None:
            return candidates[int(fast.argmax())]
        encoded = np.array([roles.score(role, c.tokens) for c in candidates])
        blend = FAST_SPAN_WEIGHT * log_softmax(fast) + (1 - FAST_SPAN_WEIGHT) * log_softmax(encoded)
        return candidates[int(blend.argmax())]


class BlendedCertainty:
    """Stands in for the fast certainty model during one call of `rate`: the encoder's score for each token,
    blended with the fast model's where there is one."""

    def __init__(self, fast: Any, scores: list[float | None]) -> None:
        self.fast = fast
        self.scores = scores

    def predict(self, rows: list) -> list[float]:
        fast = list(self.fast.predict(rows)) if self.fast is not None else [None] * len(rows)
        out = []
        for encoded, quick in zip(self.scores, fast):
            if encoded is None:
                out.append(quick if quick is not None else 3.0)
            elif quick is None:
                out.append(encoded)
            else:
                out.append(CERTAINTY_WEIGHT * encoded + (1 - CERTAINTY_WEIGHT) * float(quick))
        return out


def install(nlp: Language) -> AccurateEncoder:
    """Add the encoder before attribution, and let the attribution and certainty components read its results."""
    component = nlp.add_pipe("claimgraph_accurate_v1", name=NAME, before="claimgraph_attribution")
    component.initialize(nlp=nlp)
    attribution = nlp.get_pipe("claimgraph_attribution")
    attribution.initialize(nlp=nlp) if not attribution.ready else None
    if attribution.use_model:
        attribution.model = AccurateAttributions(component, spans_from=attribution.model if SPANS_FROM_FAST else None)
    certainty = nlp.get_pipe("claimgraph_certainty")
    fast_model_for = certainty.model_for
    fast_rate = certainty.rate

    def rate(doc: Doc, tokens: list[Token], *args: Any, **kwargs: Any):
        scores = component.results(doc)["certainty"]
        encoded = [scores.get(t.i) for t in tokens]
        certainty.model_for = lambda convention: BlendedCertainty(fast_model_for(convention), encoded)
        try:
            return fast_rate(doc, tokens, *args, **kwargs)
        finally:
            del certainty.model_for  # back to the class's own

    certainty.rate = rate
    return component
