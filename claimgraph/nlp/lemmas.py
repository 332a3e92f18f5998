"""The English model's rule lemmatizer with every lemma it works out remembered, so that a word is lemmatised once."""
from __future__ import annotations

from typing import Callable

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc, Token

NAME = "lemmatizer"


def known_verbs(nlp: Language) -> frozenset[str]:
    """The verbs the pipeline's lemmatizer knows (its tables' index of verbs, drawn from WordNet), empty where it has
    no such table."""
    try:
        return frozenset(nlp.get_pipe(NAME).lookups.get_table("lemma_index")["verb"])
    except (KeyError, ValueError, AttributeError):
        return frozenset()


def known_noun_plurals(nlp: Language) -> Callable[[str], bool]:
    """A test of whether a lower-cased word is the plural of a noun the pipeline's lemmatizer knows ("fishermen",
    "women", "children"): the tables' noun exceptions, or a noun rule that gives an indexed singular; never true
    where the pipeline has no such tables."""
    try:
        tables = nlp.get_pipe(NAME).lookups
        index = frozenset(tables.get_table("lemma_index")["noun"])
        exceptions = tables.get_table("lemma_exc")["noun"]
        rules = tables.get_table("lemma_rules")["noun"]
    except (KeyError, ValueError, AttributeError):
        return lambda word: False

    def plural(word: str) -> bool:
        if word in index:
            return False  # a singular ("news", "series"): no plural of another noun
        if any(form in index for form in exceptions.get(word, ())):
            return True
        return any(old and word.endswith(old) and word[: len(word) - len(old)] + new in index for old, new in rules)
    return plural


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

    def rule_lemmatize(self, token: Token) -> list[str]:
        """spaCy 3.8's rule lemmatization, step for step, with each part of speech's index of known words as a set.

        The model's index holds lists (57,528 nouns, 20,993 verbs), and spaCy tests each candidate form against
        them with `in`, a scan of the list: about 0.5 ms a new word, most of this component's time. A set answers
        the same membership question, so the lemmas are the same."""
        cache_key = (token.orth, token.pos, token.morph.key)
        if cache_key in self.cache:
            return self.cache[cache_key]
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            return super().rule_lemmatize(token)  # spaCy's warning and answer
        if self.is_base_form(token):
            return [string.lower()]
        index_table = self.lookups.get_table("lemma_index", {})
        exc_table = self.lookups.get_table("lemma_exc", {})
        rules_table = self.lookups.get_table("lemma_rules", {})
        if not any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
            return [string] if univ_pos == "propn" else [string.lower()]
        index = self._index_set(index_table, univ_pos)
        exceptions = exc_table.get(univ_pos, {})
        rules = rules_table.get(univ_pos, {})
        orig = string
        string = string.lower()
        forms: list[str] = []
        oov_forms = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index or not form.isalpha():
                    if form in index:
                        forms.insert(0, form)
                    else:
                        forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(orig)
        self.cache[cache_key] = forms
        return forms

    def _index_set(self, index_table, univ_pos: str) -> frozenset[str]:
        """The index of known words of a part of speech as a set, made on first use from the table read then."""
        sets: dict[str, frozenset[str]] = self.__dict__.setdefault("_index_sets", {})
        index = sets.get(univ_pos)
        if index is None:
            index = sets[univ_pos] = frozenset(index_table.get(univ_pos, ()))
        return index


def remember_lemmas(nlp: Language) -> None:
    """Give the model's lemmatizer its remembering form, where it is spaCy's English rule lemmatizer."""
    if NAME in nlp.pipe_names:
        component = nlp.get_pipe(NAME)
        if type(component) is EnglishLemmatizer and component.mode == "rule":
            component.__class__ = RememberingLemmatizer
            component.lemmatize = component.rule_lemmatize  # spaCy bound its own method when it built the component


def silent_e(stem: str, word: str) -> str:
    """The base form with its silent 'e' when the lemmatizer dropped it, else "": spaCy's rules give 'hoped', 'hopes'
    and 'hoping' the lemma 'hop', a verb of its own, where 'hop' inflects with a doubled consonant ('hopped', 'hops',
    'hopping'); a word spelt stem + ed/es/ing is then the inflection of stem + 'e'."""
    return stem + "e" if word in (stem + "ed", stem + "es", stem + "ing") else ""
