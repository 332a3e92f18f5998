"""The English model's rule lemmatizer with every lemma it works out remembered, so that a word is lemmatised once."""
from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc

NAME = "lemmatizer"


class RememberingLemmatizer(EnglishLemmatizer):
    """spaCy's English rule lemmatizer, the same tables and the same lemmas.

    spaCy's own caches a lemma by word, part of speech and morphology, but not the lemmas of base forms (a
    singular noun, an infinitive: most words of a text), which it works out again at every occurrence, and it
    builds a Token object for every word of every document. The rules read nothing else of a word, so this reads
    those three columns of a document at once, works out each new combination once with spaCy's own rules, and
    writes the lemmas back in one call.
    """

    def __call__(self, doc: Doc) -> Doc:
        if self.overwrite or self.mode != "rule" or not len(doc):
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            memo: dict[tuple[int, int, int], int] = self.__dict__.setdefault("_lemma_of", {})
            strings = self.vocab.strings
            rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
            lemmas = rows[:, 3].copy()
            for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
                if lemma != 0:
                    continue  # set before (the attribute ruler's exceptions), as spaCy's own leaves it
                key = (orth, pos, morph)
                value = memo.get(key)
                if value is None:
                    value = strings.add(self.lemmatize(doc[i])[0])
                    if pos != 0:  # a word without a part of speech warns at every occurrence, as spaCy's does
                        memo[key] = value
                lemmas[i] = value
            doc.from_array([LEMMA], lemmas)
            return doc
        except Exception as e:
            error_handler(self.name, self, [doc], e)


def remember_lemmas(nlp: Language) -> None:
    """Give the model's lemmatizer its remembering form, where it is spaCy's English rule lemmatizer."""
    if NAME in nlp.pipe_names:
        component = nlp.get_pipe(NAME)
        if type(component) is EnglishLemmatizer and component.mode == "rule":
            component.__class__ = RememberingLemmatizer
