"""The English model's word embeddings with each word's row remembered, so that a word is embedded once a process."""
from __future__ import annotations

import threading
from typing import Callable

import numpy as np
from spacy.language import Language
from thinc.api import Model

# the components whose models embed words: the shared tok2vec the tagger and parser listen to, and the entity
# recogniser's own
EMBEDDERS = ("tok2vec", "ner")
# rows remembered per embedding layer before the memo starts again: a row is a few hundred bytes (96 floats in the
# small English model), so this keeps a long batch to some 40 MB a layer, and the words of news repeat enough that a
# fresh memo fills again with the common ones within a few documents
MEMO_ROWS = 100_000


class EmbeddingMemo:
    """Stands in for the forward pass of one embedding layer when predicting.

    In spaCy's `MultiHashEmbed` a word's row depends on nothing but the word: its features (NORM, PREFIX, SUFFIX,
    SHAPE... as hashes) are looked up in hash tables, the pieces joined, and a maxout layer with layer normalisation
    mixes them, row by row. The context enters only in the encoder after it. News repeats its words ("the", "said",
    names), so most rows of a document were worked out before. This reads the features of every word (spaCy's own
    `extract_features` step), looks each distinct feature row up, and runs the model's own hash tables and mixing
    layer on the rows never seen, in one batch. The rows are the same floats: the mixing multiplies each row by the
    same weights whatever rows share its batch, which a test checks against spaCy's own forward pass.

    Training, and a layer not of the `extract_features >> list2ragged >> with_array(embed) >> with_array(mix) >>
    ragged2list` shape, keep spaCy's own forward pass."""

    def __init__(self, layer: Model, limit: int = MEMO_ROWS) -> None:
        self.layer = layer
        self.original: Callable = layer._func
        self.extract, _, self.embed, self.mix, _ = layer.layers
        self.limit = limit
        self.width = self.mix.get_dim("nO")
        self.index: dict[bytes, int] = {}
        self.rows = np.zeros((1024, self.width), dtype="float32")
        # a pipeline shared by threads (a web app) must not hand two documents the same new row numbers
        self.lock = threading.Lock()

    def forward(self, model: Model, docs, is_train: bool):
        if is_train:
            return self.original(model, docs, is_train)
        features = self.extract.predict(docs)
        with self.lock:  # gathered under the lock too: a memo that starts again writes over its old rows
            rows = []
            for f in features:
                numbers = self.numbers(np.ascontiguousarray(f))  # first: it may grow the table of rows
                rows.append(self.rows[numbers])
            return rows, _no_backprop

    def numbers(self, features: np.ndarray) -> np.ndarray:
        """The memo's row number of each word's features, working out the rows of features seen for the first time."""
        if not len(features):
            return np.zeros((0,), dtype="int64")
        keys = features.view(np.dtype((np.void, features.dtype.itemsize * features.shape[1]))).ravel().tolist()
        index = self.index
        if len(index) + len(keys) > self.limit:
            index.clear()  # a full memo starts again rather than growing without end
        new: dict[bytes, int] = {}
        first: list[int] = []  # the position in this document of each new key's first word
        numbers = []
        start = len(index)
        for position, key in enumerate(keys):
            number = index.get(key)
            if number is None:
                number = new.get(key)
                if number is None:
                    number = new[key] = start + len(new)
                    first.append(position)
            numbers.append(number)
        if new:
            vectors = self.mix.predict(self.embed.predict(features[first]))
            end = start + len(new)
            if end > len(self.rows):
                grown = np.zeros((max(end, 2 * len(self.rows)), self.width), dtype="float32")
                grown[:start] = self.rows[:start]
                self.rows = grown
            self.rows[start:end] = vectors
            index.update(new)
        return np.asarray(numbers, dtype="int64")


def _no_backprop(d_rows):  # predicting only: never called
    raise NotImplementedError("the embedding memo predicts only; training runs spaCy's own forward pass")


def embedding_layer(model: Model) -> Model | None:
    """The word embedding layer inside a component's model, when it has the shape the memo reads."""
    for node in model.walk():
        names = [layer.name for layer in node.layers]
        if (len(names) == 5 and names[0] == "extract_features" and names[1] == "list2ragged"
                and names[2].startswith("with_array(") and names[3].startswith("with_array(maxout")
                and names[4] == "ragged2list"):
            return node
    return None


def remember_embeddings(nlp: Language, limit: int = MEMO_ROWS) -> list[EmbeddingMemo]:
    """Puts a memo on the embedding layer of each component that embeds words; returns the memos put in place."""
    memos = []
    for name in EMBEDDERS:
        if name not in nlp.pipe_names:
            continue
        model = getattr(nlp.get_pipe(name), "model", None)
        layer = embedding_layer(model) if model is not None else None
        if layer is None or isinstance(getattr(layer._func, "__self__", None), EmbeddingMemo):
            continue
        memo = EmbeddingMemo(layer, limit)
        layer._func = memo.forward
        memos.append(memo)
    return memos
