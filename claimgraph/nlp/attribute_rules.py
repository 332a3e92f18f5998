"""The English model's attribute ruler with its matches found by a lookup of each word's tag, form and relation."""
from __future__ import annotations

import re
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

NAME = "attribute_ruler"
# what the model's rules read of a word, as spaCy's matcher reads it (hashes; IS_SPACE a 0/1 flag)
READ = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
COLUMNS = [TAG, LOWER, DEP, IS_SPACE]
MEMO_LIMIT = 500_000


class Condition:
    """What one pattern asks of one word: every attribute test of the pattern's token, as the matcher applies it."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.tests = []
        for name, value in spec.items():
            column = READ[name]
            if isinstance(value, bool):  # a flag: the matcher compares it as 0 or 1
                self.tests.append((column, "==", int(value)))
            elif isinstance(value, str):
                self.tests.append((column, "==", get_string_id(value)))
            elif set(value) == {"IN"}:
                self.tests.append((column, "in", frozenset(get_string_id(v) for v in value["IN"])))
            elif set(value) == {"NOT_IN"}:
                self.tests.append((column, "not in", frozenset(get_string_id(v) for v in value["NOT_IN"])))
            else:  # {"REGEX": ...}: searched in the attribute's string
                self.tests.append((column, "regex", re.compile(value["REGEX"])))

    def holds(self, row: tuple[int, ...], strings) -> bool:
        for column, op, value in self.tests:
            found = row[column]
            if op == "==":
                if found != value:
                    return False
            elif op == "in":
                if found not in value:
                    return False
            elif op == "not in":
                if found in value:
                    return False
            elif not value.search(strings[found]):
                return False
        return True


def supported(spec: dict[str, Any]) -> bool:
    """Whether a pattern token uses only the tests `Condition` reproduces."""
    for name, value in spec.items():
        if name not in READ:
            return False
        if isinstance(value, dict):
            if len(value) != 1 or next(iter(value)) not in {"IN", "NOT_IN", "REGEX"}:
                return False
            inner = next(iter(value.values()))
            if next(iter(value)) == "REGEX" and not isinstance(inner, str):
                return False
            if next(iter(value)) != "REGEX" and not all(isinstance(v, str) for v in inner):
                return False
        elif not isinstance(value, (str, bool)) or (isinstance(value, bool) and name != "IS_SPACE") or \
                (isinstance(value, str) and name == "IS_SPACE"):
            return False
    return True


class LookupAttributeRuler(AttributeRuler):
    """spaCy's attribute ruler, the same rules applied in the same order to the same words.

    spaCy's matcher tries every pattern at every word of every document. The model's patterns test one or two
    words each, on their tag, lower-case form, relation and whether they are space, so the patterns a word can
    start or continue are worked out once for each combination of those four values, and the matches are built from
    that lookup: the same (rule, start, end) list the matcher gives, applied by spaCy's own `set_annotations`.
    """

    def match(self, doc: Doc):
        version = (id(self.matcher), len(self.attrs))  # rules added or cleared since: compiled again
        compiled = self.__dict__.get("_compiled")
        if compiled is None or compiled[0] != version:
            compiled = self.__dict__["_compiled"] = (version, *compile_rules(self))
            self.__dict__["_held"], self.__dict__["_outcomes"], self.__dict__["_named"] = {}, {}, {}
        _, conditions, single, multi, match_ids, by_value, single_of, lower_tests = compiled
        if not len(doc):
            return []
        strings = self.vocab.strings
        # per combination of the four values: the conditions it meets, and the single-word rules it matches
        memo: dict[tuple[int, ...], tuple[frozenset[int], tuple[int, ...]]] = self.__dict__.setdefault("_held", {})
        outcomes = self.__dict__.setdefault("_outcomes", {})
        # whether a lower-case form is one any rule tests for: the forms no rule names (most of the words of an
        # open vocabulary) meet the same conditions, so they share one memo entry a tag, relation and space flag
        # instead of one a form, and a new word costs a lookup rather than a test of its conditions
        named: dict[int, bool] = self.__dict__.setdefault("_named", {})
        forms, patterns = lower_tests
        held = []
        for row in map(tuple, doc.to_array(COLUMNS).tolist()):
            lower = row[1]
            is_named = named.get(lower)
            if is_named is None:
                if len(named) >= MEMO_LIMIT:
                    named.clear()
                is_named = named[lower] = lower in forms or any(p.search(strings[lower]) for p in patterns)
            key = row if is_named else (row[0], -1, row[2], row[3])
            found = memo.get(key)
            if found is None:
                if len(memo) >= MEMO_LIMIT:  # a long run over an open vocabulary: start again rather than grow
                    memo.clear()
                met = frozenset(k for k in (*by_value[0].get(row[0], ()), *by_value[1].get(row[1], ()), *by_value[2])
                                if conditions[k].holds(row, strings))
                # the single-word rules of the conditions met, in rule order: a word meets a few of the 188
                # conditions, so they are gathered by condition rather than by testing all 172 rules
                found = (met, tuple(rule for _, rule in sorted(x for c in met for x in single_of.get(c, ()))))
                found = memo[key] = outcomes.setdefault(found, found)  # most words share one of a few outcomes
            held.append(found)
        matches = [(rule, match_ids[rule], i, i + 1) for i, (_, rules) in enumerate(held) for rule in rules]
        n = len(held)
        # the words meeting each longer pattern's first condition, so that a pattern is tried only where it can
        # start (most words start none of them)
        firsts = {steps[0] for steps, _ in multi}
        starts: dict[int, list[int]] = {}
        for i, (met, _) in enumerate(held):
            for c in firsts.intersection(met):
                starts.setdefault(c, []).append(i)
        for steps, rule in multi:
            first, rest = steps[0], steps[1:]
            limit = n - len(rest)
            for i in starts.get(first, ()):
                if i >= limit:
                    break
                if all(step in held[i + j][0] for j, step in enumerate(rest, 1)):
                    matches.append((rule, match_ids[rule], i, i + len(steps)))
        matches.sort()
        return matches

    def set_annotations(self, doc: Doc, matches) -> None:
        """spaCy's own, the same attributes set on the same words in the same order, without the Span it builds
        for every match (a match's word is its start, or its end less the rule's index from the right)."""
        attrs, indices = self.attrs, self.indices
        for attr_id, match_id, start, end in matches:
            index = indices[attr_id]
            word = (end if index < 0 else start) + index
            if not start <= word < end:
                super().set_annotations(doc, [(attr_id, match_id, start, end)])  # spaCy's error for the rule
                return
            set_token_attrs(doc[word], attrs[attr_id])


def compile_rules(ruler: AttributeRuler):
    """The rules' pattern tokens as conditions; single-word patterns as (condition, rule), longer ones as
    (conditions in order, rule); and the single-word ones again by condition."""
    strings = ruler.vocab.strings
    conditions: list[Condition] = []
    single: list[tuple[int, int]] = []
    multi: list[tuple[tuple[int, ...], int]] = []
    match_ids = {}
    for rule in range(len(ruler.attrs)):
        match_id = strings[str(rule)]
        match_ids[rule] = match_id
        for pattern in ruler.matcher.get(match_id)[1]:
            steps = []
            for spec in pattern:
                conditions.append(Condition(spec))
                steps.append(len(conditions) - 1)
            if len(steps) == 1:
                single.append((steps[0], rule))
            else:
                multi.append((tuple(steps), rule))
    single_of: dict[int, list[tuple[int, int]]] = {}  # condition -> (place in `single`, rule)
    for k, (condition, rule) in enumerate(single):
        single_of.setdefault(condition, []).append((k, rule))
    return conditions, single, multi, match_ids, by_required_value(conditions), single_of, lower_tests(conditions)


def lower_tests(conditions: list[Condition]) -> tuple[frozenset[int], list[re.Pattern]]:
    """The lower-case forms the conditions compare a word's with, and the patterns they search it for: a form
    neither names meets or fails every condition whatever it is."""
    forms: set[int] = set()
    patterns = []
    for condition in conditions:
        for column, op, value in condition.tests:
            if column == READ["LOWER"]:
                if op == "==":
                    forms.add(value)
                elif op == "regex":
                    patterns.append(value)
                else:
                    forms.update(value)
    return frozenset(forms), patterns


def by_required_value(conditions: list[Condition]) -> tuple[dict[int, list[int]], dict[int, list[int]], list[int]]:
    """The conditions that ask for one tag, by that tag; the others that ask for one lower-case form, by that form;
    the rest: a word need only be tested against the conditions of its own tag and form, and the rest."""
    by_tag: dict[int, list[int]] = {}
    by_lower: dict[int, list[int]] = {}
    rest: list[int] = []
    for k, condition in enumerate(conditions):
        required = {column: value for column, op, value in condition.tests if op == "=="}
        if READ["TAG"] in required:
            by_tag.setdefault(required[READ["TAG"]], []).append(k)
        elif READ["LOWER"] in required:
            by_lower.setdefault(required[READ["LOWER"]], []).append(k)
        else:
            rest.append(k)
    return by_tag, by_lower, rest


def patterns_supported(ruler: AttributeRuler) -> bool:
    """Whether every pattern of the ruler is one `LookupAttributeRuler` matches as spaCy's matcher does."""
    for rule in range(len(ruler.attrs)):
        entry = ruler.matcher.get(ruler.vocab.strings[str(rule)])
        if entry is None or entry[0] is not None:  # an on_match callback
            return False
        for pattern in entry[1]:
            if not pattern or not all(isinstance(spec, dict) and spec and supported(spec) for spec in pattern):
                return False
    return True


def look_up_attributes(nlp: Language) -> None:
    """Give the model's attribute ruler its lookup form, where every one of its patterns allows it."""
    if NAME not in nlp.pipe_names:
        return
    component = nlp.get_pipe(NAME)
    if type(component) is AttributeRuler and patterns_supported(component):
        component.__class__ = LookupAttributeRuler

