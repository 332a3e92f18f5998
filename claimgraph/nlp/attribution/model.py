"""The learned attribution model: a cue tagger and source/content rankers over syntactic candidates (linear, JSON)."""
from __future__ import annotations

import gzip
import json
import logging
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Iterable, Iterator

from spacy.tokens import Doc, Token

from ...lexicon import entries
from ..table import TokenTable, token_table
from ..tokens import QUOTES_CLOSE, QUOTES_OPEN

log = logging.getLogger(__name__)

MODEL_PACKAGE = "claimgraph.models"
MODEL_FILE = "attribution.json.gz"
TAGS = ("O", "B", "I")
OPEN = QUOTES_OPEN | {"``"}
CLOSE = QUOTES_CLOSE | {"\'\'"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
CLAUSE_PUNCT = {",", ".", ";", ":", "—", "–", "-", "!", "?"}
MAX_SENTENCES = 4  # a quote running on over more sentences than this is rare; candidates stop there


# -- linear scoring ------------------------------------------------------------------------------------------------
class Linear:
    """Feature weights per class (a tagger) or one weight per feature (a ranker); averaged perceptron training."""

    def __init__(self, classes: Iterable[str] = ("score",)) -> None:
        self.classes = list(classes)
        self.weights: dict[str, list[float]] = {}
        self._totals: dict[str, list[float]] = {}
        self._stamps: dict[str, list[int]] = {}
        self.steps = 0
        # a loaded ranker's weights as plain floats (see from_dict), and the weights they were read from
        self._flat: dict[str, float] | None = None
        self._flat_of: dict[str, list[float]] | None = None

    def scores(self, features: Iterable[str], total: float = 0) -> list[float]:
        """The score of each class; `total` is a sum to go on from (one score), or the three sums of a tagger (see
        prefix_sums): the score of a feature list that begins with features whose score it is, added in the same
        order."""
        # unrolled for the two shapes in use (one score, three tags): this is the innermost loop of the component
        # one pass with running sums, added in feature order as sum() would: the same floats, without the lists.
        # A numpy form (the weights as a matrix, gathered by feature number, np.add.accumulate to keep the order)
        # gives the same floats but is no faster: the time goes in looking up the features, some forty a call;
        # np.sum would add in another order and change the last bits of a score.
        if len(self.classes) == 1:
            if self._flat_of is self.weights:
                return [sum_from(self._flat.get, features, total)]
            a = total
            for w in map(self.weights.get, features):
                if w is not None:
                    a += w[0]
            return [a]
        if len(self.classes) == 3:
            a = b = c = 0
            if total:  # a three-class tagger's running sums (prefix_sums)
                a, b, c = total
            for w in map(self.weights.get, features):
                if w is not None:
                    x, y, z = w
                    a += x
                    b += y
                    c += z
            return [a, b, c]
        found = [w for w in map(self.weights.get, features) if w is not None]
        return [sum(w[k] for w in found) for k in range(len(self.classes))]

    def first_two(self, features: Iterable[str], a: float = 0, b: float = 0) -> list[float]:
        """The scores of a three-class tagger's first two classes, the same floats as scores() gives them: where the
        third cannot be chosen (a cue's inside after no cue), its sum is not taken. `a`, `b`: sums to go on from, as
        prefix_sums gives them."""
        for w in map(self.weights.get, features):
            if w is not None:
                a += w[0]
                b += w[1]
        return [a, b]

    def prefix_sums(self, key, features) -> tuple:
        """The running sums of a three-class tagger over the features `features(key)` makes, kept by key: the
        features every scored word begins with depend on a few of its values only, which a news text repeats (the
        reporting verb with its tag and relation), so their strings are made and looked up once a combination. The
        scores go on from these sums in feature order (first_two, scores), so they are the same floats."""
        memo = self.__dict__.get("_prefixes")
        if memo is None or memo[0] is not self.weights:  # other weights, other sums
            memo = self.__dict__["_prefixes"] = (self.weights, {})
        sums = memo[1].get(key)
        if sums is None:
            if len(memo[1]) >= PREFIX_LIMIT:  # a long run: start again rather than grow
                memo[1].clear()
            a = b = c = 0
            for w in map(self.weights.get, features(key)):
                if w is not None:
                    x, y, z = w
                    a += x
                    b += y
                    c += z
            sums = memo[1][key] = (a, b, c)
        return sums

    def update(self, features: Iterable[str], klass: int, delta: float) -> None:
        self._flat_of = None  # the weights change: a ranker being trained reads its lists
        n = len(self.classes)
        for f in features:
            w = self.weights.setdefault(f, [0.0] * n)
            total = self._totals.setdefault(f, [0.0] * n)
            stamp = self._stamps.setdefault(f, [0] * n)
            total[klass] += (self.steps - stamp[klass]) * w[klass]
            stamp[klass] = self.steps
            w[klass] += delta

    def average(self, min_weight: float = 1e-3) -> None:
        """Swaps the weights for their average over all steps, dropping the near-zero ones to keep the file small."""
        averaged = {}
        for f, w in self.weights.items():
            total, stamp = self._totals[f], self._stamps[f]
            avg = [(total[k] + (self.steps - stamp[k]) * w[k]) / max(self.steps, 1) for k in range(len(w))]
            if any(abs(v) >= min_weight for v in avg):
                averaged[f] = [round(v, 4) for v in avg]
        self.weights = averaged
        self._totals, self._stamps = {}, {}

    def to_dict(self) -> dict:
        return {"classes": self.classes, "weights": self.weights}

    @classmethod
    def from_dict(cls, data: dict) -> "Linear":
        model = cls(data["classes"])
        # the feature names interned, as the kept feature strings are (see Named): a lookup then finds its key by
        # identity, without comparing the two strings' characters (a read of the stored key's memory)
        model.weights = {sys.intern(f): w for f, w in data["weights"].items()}
        if len(model.classes) == 1:
            # a loaded ranker only scores (three rankers, some 600,000 features per 30 PolNeAR texts): plain floats
            # spare a subscript per feature. Assigning other weights, or training, goes back to the lists; a loaded
            # ranker's weights are not to be changed in place.
            model._flat = {f: w[0] for f, w in model.weights.items()}
            model._flat_of = model.weights
        return model


def sum_from(weight, features: Iterable[str], total: float) -> float:
    """Linear.scores of a loaded ranker (weight: its plain weights' get), without the method call."""
    for w in map(weight, features):
        if w is not None:
            total += w
    return total


# -- cue tagging -----------------------------------------------------------------------------------------------------
def quote_depths(doc: Doc, ctx: "Context | None" = None) -> list[bool]:
    """For every token, whether it stands inside quotation marks (reset at every paragraph start)."""
    inside = False
    out = []
    texts = ctx.text if ctx is not None else [t.text for t in doc]
    starts = {a for a, _ in ctx.sents} if ctx is not None else {t.i for t in doc if t.is_sent_start}
    for i, text in enumerate(texts):
        if i in starts and (i == 0 or "\n" in texts[i - 1]):
            inside = False
        if text in QUOTES_OPEN and text in QUOTES_CLOSE:  # straight quotes flip
            out.append(inside)
            inside = not inside
            continue
        if text in QUOTES_OPEN:
            inside = True
        elif text in QUOTES_CLOSE:
            out.append(inside)
            inside = False
            continue
        out.append(inside)
    return out


def token_features(doc: Doc, quoted: list[bool]) -> list[list[str]]:
    """The static features of every token for the cue tagger (the tag history is added while tagging)."""
    lemmas = [t.lemma_.lower() for t in doc]
    tags = [t.tag_ for t in doc]
    return [features_at(doc, i, lemmas, tags, quoted) for i in range(len(doc))]


def features_at(doc: Doc, i: int, lemmas: list[str], tags: list[str], quoted: list[bool]) -> list[str]:
    """The static features of one token for the cue tagger."""
    return word_features(word_key(token_table(doc), i, lemmas, tags, quoted)) + \
        context_features(doc, i, lemmas, tags, quoted)


PREFIX_LIMIT = 100_000  # word keys whose sums a tagger keeps (Linear.prefix_sums)


def word_key(table: TokenTable, i: int, lemmas: list[str], tags: list[str], quoted: list[bool]) -> tuple:
    """What the first of a word's tagger features read: its form, lemma, tag and relation, its head's lemma and
    relation, and whether it stands in a quotation."""
    head = table.head[i]
    return table.lower[i], lemmas[i], tags[i], table.dep[i], table.lemma[head], table.dep[head], quoted[i]


def word_features(key: tuple) -> list[str]:
    """The tagger's features of a word key (word_key), the first of its features (features_at)."""
    lower, lemma, tag, dep, head_lemma, head_dep, quoted = key
    return ["b", "w=" + lower, "l=" + lemma, "t=" + tag, "d=" + dep, "lt=" + lemma + "|" + tag,
            "ld=" + lemma + "|" + dep, "hl=" + head_lemma, "hd=" + head_dep + "|" + dep,
            "hld=" + head_lemma + "|" + dep, "q=" + str(quoted), "lq=" + lemma + str(quoted)]


def context_features(doc: Doc, i: int, lemmas: list[str], tags: list[str], quoted: list[bool]) -> list[str]:
    """The rest of a word's static tagger features, after word_features: its children, its neighbours."""
    n = len(doc)
    table = token_table(doc)
    deps, lemma_of, ent_type = table.dep, table.lemma, table.ent_type
    lemma, head, dep = lemmas[i], table.head[i], deps[i]
    kids = table.children[i]
    # in sorted order, not a set's: the scores are float sums in feature order, so the order must not follow the
    # string hash seed of the run
    child_deps = sorted({deps[c] for c in kids})
    # the strings come from the memos of named features (see Named), by the table's words: interned, and found by
    # identity among the tagger's weights
    f = []
    for child_dep in child_deps:
        f.append(_CHILD_DEP[child_dep])
        f.append(_LEMMA_CHILD_DEP[lemma, child_dep])
    for c in kids:
        if deps[c] in {"nsubj", "nsubjpass"}:
            f.append(_SUBJECT[ent_type[c] or lemma_of[c]])
            f.append(_LEMMA_SUBJECT[lemma, ent_type[c] or table.tag[c]])
        elif deps[c] in {"ccomp", "xcomp", "dobj", "prep"}:
            f.append(_COMPLEMENT[deps[c], lemma_of[c]])
        elif deps[c] == "punct" and table.text[c] in QUOTE_MARKS:
            f.append(_QUOTE_CHILD[lemma])
    f.append(_HEAD_OF_HEAD[lemma_of[table.head[head]], deps[head]])
    f.append(_SHAPE[table.shape[i][:4]])
    f.append(_QUOTE_NEAR[lemma, i > 1 and (lemmas[i - 1] in CLOSE or lemmas[i - 2] in CLOSE)])
    for k in (-2, -1, 1, 2):
        j = i + k
        if 0 <= j < n:
            f.append(_NEAR_LEMMA[k][lemmas[j]])
            f.append(_NEAR_TAG[k][tags[j]])
        else:
            f.append(_NEAR_NONE[k])
    if i + 1 < n:
        f.append(_NEXT_LEMMA[lemma, lemmas[i + 1]])
    if i > 0:
        f.append(_PREVIOUS_LEMMA[lemmas[i - 1], lemma])
        f.append(_HEAD_BEFORE[head == i - 1, dep])
    return f


def tag_cues(tagger: Linear, doc: Doc, start: int = 0, starts: frozenset[str] | None = None,
             ctx: "Context | None" = None, begin_bias: float = 0.0,
             unseen: "UnseenCues | None" = None) -> list[list[int]]:
    """Cue spans as token index lists, greedy left-to-right BIO decoding.

    `starts`: the lemmas that began a cue in training; a word outside them begins one only where `unseen` (the
    classifier of report shapes) says so, and most words of a text are not scored, which keeps tagging cheap.
    """
    quoted = quote_depths(doc, ctx)
    lemmas = ctx.lemma if ctx is not None else [t.lemma_.lower() for t in doc]
    tags = ctx.tag if ctx is not None else [t.tag_ for t in doc]
    spans: list[list[int]] = []
    prev, prev2 = "O", "O"
    words = token_table(doc)
    table = words if unseen is not None else None
    # only a verb or a noun has a report shape (report_shape): most words are passed over without asking
    shaped = [p in REPORT_POS for p in table.pos] if table is not None else None
    for i in range(start, len(doc)):
        if prev == "O" and starts is not None and lemmas[i] not in starts:
            tag = "O"
            if shaped is not None and shaped[i] and unseen.begins(table, i, quoted[i]):
                spans.append([i])
                tag = "B"
            prev2, prev = prev, tag
            continue
        # the word's first features summed once a word key, the rest added to those sums in order (the same floats
        # as features_at's whole list)
        sums = tagger.prefix_sums(word_key(words, i, lemmas, tags, quoted), word_features)
        feats = context_features(doc, i, lemmas, tags, quoted) + history(prev, prev2, lemmas[i])
        if prev == "O":  # I only continues a cue: O or B, O where they tie (the first of the highest, as max() gives)
            outside, begins = tagger.first_two(feats, sums[0], sums[1])
            tag = "B" if begins + begin_bias > outside else "O"
        else:
            scores = tagger.scores(feats, sums)
            scores[1] += begin_bias
            tag = TAGS[max(range(3), key=scores.__getitem__)]
        if tag == "B":
            spans.append([i])
        elif tag == "I":
            spans[-1].append(i)
        prev2, prev = prev, tag
    return spans


def history(prev: str, prev2: str, lemma: str) -> list[str]:
    return [_PREVIOUS_TAG[prev], _PREVIOUS_TAGS[prev2, prev], _PREVIOUS_TAG_LEMMA[prev, lemma]]


# -- cues on words never seen beginning one --------------------------------------------------------------------------
# The tagger scores only words whose lemma began a cue in train (MIN_STARTS); a report on a rarer verb or noun ("also
# views the deal as", "the allegation that") is then out of its reach (dev: 111 missed verb heads never head a cue in
# train). Such a word is scored where the parse offers a report shape, by a second, small perceptron over features
# that leave the lemma out: the shape, the complement's kind, the subject, how often the lemma took that shape in
# train and how often it began a cue there.
REPORT_MARKS = {"that": "that", "whether": "whether", "if": "whether"}
REPORT_POS = {"VERB", "NOUN"}  # the parts of speech report_shape reads a shape on


def report_shape(table: TokenTable, i: int) -> tuple[str, str] | None:
    """(shape, complement kind) where word i could report: a verb with a clausal complement, a quotation as object
    or beside it, or an object with its predicate ('views the deal as a gamble'); a noun with a 'that'/'whether'
    clause; None elsewhere."""
    pos, deps, children, text = table.pos, table.dep, table.children, table.text
    if not table.alpha[i]:
        return None  # a dash the parser calls a verb signs a quotation (signed_quotations reads it)
    if pos[i] == "VERB":
        for c in children[i]:
            if deps[c] == "ccomp":
                return "verb-clause", complement_kind(table, c)
        for c in children[i]:
            if deps[c] in {"dobj", "attr", "oprd"} and text[min(table.subtree(c))] in OPEN:
                return "verb-quote-object", "quote"
        kids = {"as" if deps[c] == "prep" and table.lower[c] == "as" else deps[c] for c in children[i]}
        if "dobj" in kids and kids & {"oprd", "as"}:  # 'views the deal as a gamble', 'deems the plan unlawful'
            return "verb-object-complement", "as" if "as" in kids else "predicate"
        left = i
        while left > 0 and deps[left - 1] in SUBJECTS and table.head[left - 1] == i:
            left -= 1
        before = text[left - 1] if left > 0 else ""
        if before in CLOSE or (before == "," and left > 1 and text[left - 2] in CLOSE):
            return "verb-quote-before", "quote"
        after = i + 1
        if after < len(table) and text[after] in {":", ","}:
            after += 1
        if after < len(table) and text[after] in OPEN and table.sent_of[after] == table.sent_of[i]:
            return "verb-quote-after", "quote"
        return None
    if pos[i] == "NOUN":
        for c in children[i]:
            if deps[c] in {"acl", "ccomp"}:
                kind = complement_kind(table, c)
                if kind in {"that", "whether"}:
                    return "noun-clause", kind
    return None


def complement_kind(table: TokenTable, c: int) -> str:
    """How a complement clause opens: 'that', 'whether' (or 'if'), a quotation, or bare."""
    for k in table.children[c]:
        if table.dep[k] == "mark" and table.lower[k] in REPORT_MARKS:
            return REPORT_MARKS[table.lower[k]]
    first = min(table.subtree(c))
    if table.text[first] in OPEN or (first > 0 and table.text[first - 1] in OPEN):
        return "quote"
    return "bare"


def count_class(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2-4" if n < 5 else "5-19" if n < 20 else "20+"


def unseen_features(table: TokenTable, i: int, shape: tuple[str, str], quoted: bool,
                    seen: tuple[int, int]) -> list[str]:
    """Features of a word outside the tagger's lemmas that has a report shape; `seen`: how often its lemma had a
    report shape in train, and how often it began a cue there."""
    deps, children, lemma = table.dep, table.children, table.lemma
    kind, comp = shape
    subject = "none"
    for c in children[i]:
        if deps[c] in {"nsubj", "nsubjpass"}:
            subject = table.ent_type[c] or table.pos[c]
    occurrences, begins = seen
    frequency = count_class(occurrences) + "|" + ("cue" if begins else "never")
    f = ["u", "us=" + kind, "uk=" + kind + "|" + comp, "usubj=" + kind + "|" + subject, "ut=" + table.tag[i],
         "ud=" + kind + "|" + deps[i], "uq=" + kind + "|" + str(quoted), "uf=" + frequency,
         "ufk=" + kind + "|" + frequency, "usuf=" + lemma[i][-3:], "uhd=" + deps[table.head[i]]]
    if i > 0:
        f.append("ul-1=" + lemma[i - 1])
        f.append("ut-1=" + table.tag[i - 1])
    if i + 1 < len(table):
        f.append("ul+1=" + lemma[i + 1])
    for c in children[i]:
        if deps[c] in {"neg", "aux", "auxpass", "advmod", "dative", "dobj", "prep"}:
            f.append("ucd=" + kind + "|" + deps[c])
    return f

class UnseenCues:
    """The classifier of report shapes on words outside the tagger's lemmas (see report_shape)."""

    def __init__(self, model: Linear, seen: dict[str, list[int]], bias: float = 0.0) -> None:
        self.model, self.seen, self.bias = model, seen, bias

    def begins(self, table: TokenTable, i: int, quoted: bool) -> bool:
        shape = report_shape(table, i)
        if shape is None:
            return False
        seen = self.seen.get(table.lemma[i], (0, 0))
        no, yes = self.model.scores(unseen_features(table, i, shape, quoted, (seen[0], seen[1])))
        return yes + self.bias > no

    def to_dict(self) -> dict:
        out = {"model": self.model.to_dict(), "seen": self.seen}
        if self.bias:
            out["bias"] = self.bias
        return out

    @classmethod
    def from_dict(cls, data: dict) -> "UnseenCues":
        return cls(Linear.from_dict(data["model"]), data["seen"], data.get("bias", 0.0))


# -- candidates -----------------------------------------------------------------------------------------------------
@dataclass
class Candidate:
    tokens: frozenset[int]
    features: list[str]
    score: float = 0.0  # the ranker's score, where the candidates come scored


# -- cue extent -----------------------------------------------------------------------------------------------------
# The tagger finds a cue's words one by one and often stops short of, or runs past, the words PolNeAR keeps with the
# head (dev: 147 cues cut wrong, 110 of them multi-word): auxiliaries and adverbs before it ("has repeatedly
# cited", train: 'has' 749 of 760, 'not' 214 of 221, an adverb 1,490 of 2,522), a particle or a selected preposition
# after it ("pointed out" 152 of 153, "called for"), an object and its preposition ("accused her of"), a time
# ("said Friday", a right npadvmod 181 of 583) or a place of saying ("said in an interview"). A second ranker picks
# the extent among the contiguous stretches around the tagged cue's head, trained on every train cue's head
# (21,979 of 22,463 train cues are among the stretches around their head). At run time it only stretches a tagged
# cue, never cuts it: cutting 'would also ban X from' to 'would also ban' gained as much on PolNeAR dev (cue F1
# 72.6 against 72.2 stretching only) but changed which speakers the dev story corpus counts as origins.
MAX_LEFT, MAX_RIGHT = 3, 6
EXTENT_STOPS = CLAUSE_PUNCT | OPEN | CLOSE


def extent_word(ctx: "Context", i: int) -> str:
    """A word as the extent features name it: closed-class words by their form, the others by tag."""
    return ctx.lower[i] if ctx.tag[i] in EXTENT_WORD_TAGS else ctx.tag[i]


EXTENT_WORD_TAGS = {"IN", "RP", "TO", "MD", "RB", "DT", "PRP", "PRP$", "CC", "WDT", "WP", "WRB", "EX", "POS",
                    "VBZ", "VBD", "VBP", "VB", "VBN", "VBG", "RBR", "RBS", "JJ", "NNP", "NN", "NNS"}


def extent_candidates(ctx: "Context", head: int) -> list[Candidate]:
    """Contiguous stretches around a cue head, within its sentence, not over punctuation or quotation marks."""
    return [Candidate(tokens, shared + own) for shared, rows in extent_stretches(ctx, head) for tokens, own in rows]


def extent_stretches(ctx: "Context", head: int,
                     keep=None) -> Iterator[tuple[list[str], list[tuple[frozenset[int], list[str]]]]]:
    """extent_candidates by left edge: the features the stretches from one left edge share (the head's and the left
    side's, first in every candidate's list), and each stretch with the rest of its features. `keep`, given the
    words of a stretch, says whether to build it: a stretch left out costs no features."""
    start, end = ctx.sents[ctx.sent_of[head]]
    text, lemma, dep, heads = ctx.text, ctx.lemma, ctx.dep, ctx.head
    lefts = [head]
    i = head - 1
    while i >= start and head - i <= MAX_LEFT and text[i] not in EXTENT_STOPS and not ctx.space[i]:
        lefts.append(i)
        i -= 1
    rights = [head]
    i = head + 1
    while i < end and i - head <= MAX_RIGHT and not ctx.space[i]:
        if text[i] in EXTENT_STOPS:
            if text[i] == ":":  # a transcript's or a tweet's colon closes its cue: 'said:' (PolNeAR keeps it)
                rights.append(i)
            break
        rights.append(i)
        i += 1
    h_lemma = lemma[head]
    base = ["e:h=" + h_lemma, "e:ht=" + ctx.tag[head], "e:hd=" + dep[head]]
    # the strings a word gives every stretch that holds it, built once a head rather than once a stretch (a head
    # has up to 28 stretches, and a word on its right stands in most of them): its relation to the stretch is 'h'
    # (hung on the head) or, else, 'in' or 'out' by whether its own head lies inside the stretch
    words = {j: extent_word(ctx, j) for j in range(lefts[-1], rights[-1] + 1)}
    right_strings = {j: ("e:R=" + dep[j] + "|" + ctx.tag[j], "e:Rw=" + words[j],
                         "e:Rrel=h|" + dep[j] if heads[j] == head else None,
                         "e:Rrel=in|" + dep[j], "e:Rrel=out|" + dep[j]) for j in rights[1:]}
    for lo in lefts:
        rows = []
        left = list(range(lo, head))
        for hi in rights:
            right = list(range(head + 1, hi + 1))
            tokens = frozenset(range(lo, hi + 1))
            if keep is not None and not keep(tokens):
                continue
            rf = ["e:nr=" + str(len(right)), "e:nlr=" + str(len(left)) + "|" + str(len(right))]
            for j in right:
                r, rw, on_head, inside, outside = right_strings[j]
                rf += [r, rw, on_head or (inside if lo <= heads[j] <= hi else outside)]
            if right:
                last = right[-1]
                w = words[last]
                # a piece cut inside: 'of' without its object, an object without its preposition
                open_ = any(c > last for c in ctx.children[last])
                rf += ["e:Rlast=" + dep[last] + "|" + ctx.tag[last], "e:Rlastw=" + w, "e:hRlast=" + h_lemma + "|" + w,
                       "e:hR1=" + h_lemma + "|" + words[right[0]], "e:Ropen=" + str(open_) + dep[last],
                       "e:Rdeps=" + "+".join(dep[j] for j in right[:4])]
            n = hi + 1
            if n < end:
                rf += ["e:next=" + extent_word(ctx, n) + "|" + dep[n], "e:hnext=" + h_lemma + "|" + extent_word(ctx, n),
                       "e:nextrel=" + str(heads[n] == head) + dep[n]]
            else:
                rf.append("e:next=#")
            rows.append((tokens, rf))
        if not rows:
            continue
        lf = ["e:nl=" + str(len(left))]
        for j in left:
            w = words[j]
            rel = "h" if heads[j] == head else "in" if lo <= heads[j] <= head else "out"
            lf += ["e:L=" + dep[j] + "|" + ctx.tag[j], "e:Lw=" + w, "e:Lrel=" + rel + "|" + dep[j],
                   "e:hL=" + h_lemma + "|" + w]
        if lo > start:
            p = lo - 1
            lf += ["e:prev=" + extent_word(ctx, p) + "|" + dep[p], "e:prevrel=" + str(heads[p] == head) + dep[p]]
        else:
            lf.append("e:prev=#")
        yield base + lf, rows


def cue_head(doc: Doc, cue: list[int]) -> Token:
    """The cue word the rest hangs on: the first whose syntactic head lies outside the cue."""
    return doc[cue_head_index(token_table(doc), cue)]


def cue_head_index(table: TokenTable, cue: list[int]) -> int:
    """cue_head's position, for callers that read the table and need no Token built."""
    if len(cue) == 1:
        return cue[0]  # most cues are one word
    inside = set(cue)
    heads = table.head
    for i in cue:
        if heads[i] not in inside or heads[i] == i:
            return i
    return cue[0]


def trimmed(ordered: list[int], space: list[bool]) -> list[int]:
    """A sorted stretch without the whitespace tokens at its edges."""
    lo, hi = 0, len(ordered)
    while lo < hi and space[ordered[lo]]:
        lo += 1
    while hi > lo and space[ordered[hi - 1]]:
        hi -= 1
    return ordered if lo == 0 and hi == len(ordered) else ordered[lo:hi]


def variants(doc: Doc, tokens: set[int]) -> list[tuple[str, set[int]]]:
    """A candidate and its edge variants: without trailing punctuation, without a leading 'that' or conjunction."""
    return [(kind, words) for kind, words, _ in ordered_variants(doc, tokens)]


def ordered_variants(doc: Doc, tokens: set[int]) -> list[tuple[str, frozenset[int], list[int]]]:
    """variants, each with its words in text order as well (shape reads them so, and each is sorted here)."""
    # the stretch is sorted once and each variant trimmed from slices of that list: a candidate's variants were
    # each sorted again and the table looked up anew (some 8,500 calls a 30 texts, a candidate's variants all)
    table = token_table(doc)
    text, space = table.text, table.space
    ordered = trimmed(sorted(tokens), space)
    if not ordered:
        return []
    # frozen sets: a content candidate is keyed by its words (content_candidates), and freezing a frozen set
    # returns it as it is, where a set's words would be copied again
    base = frozenset(ordered)
    out = [("full", base, ordered)]
    last = ordered[-1]
    if text[last] in CLAUSE_PUNCT and len(ordered) > 1:
        kept = trimmed(ordered[:-1], space)
        out.append(("nopunct", frozenset(kept), kept))
    first = ordered[0]
    if (table.dep[first] in {"mark", "cc"} or text[first] in CLAUSE_PUNCT) and len(ordered) > 1:
        rest = ordered[1:]
        kept = trimmed(rest, space)
        out.append(("nolead", frozenset(kept), kept))
        if text[last] in CLAUSE_PUNCT and len(ordered) > 2:
            kept = trimmed(rest[:-1], space)
            out.append(("nolead+nopunct", frozenset(kept), kept))
    # a parenthetical cue leaves a hole: "These employees, X explained, were ..." keeps no commas at the hole
    if last - first + 1 != len(ordered):  # an unbroken stretch (most) has no hole
        holes = {i for a, b in zip(ordered, ordered[1:]) if b != a + 1 for i in (a, b) if text[i] in CLAUSE_PUNCT}
        if holes and len(holes) < len(ordered):
            out.append(("hole-punct", base - holes, [i for i in ordered if i not in holes]))
    # PolNeAR keeps 'that' and a closing quote after a comma ('is “true,”'): edges the parse may leave out
    before = first - 1
    if before >= 0 and table.lower[before] == "that":
        out.append(("add-that", base | {before}, [before] + ordered))
    # an opening quote the parse leaves outside: the title in "was written “Open Roads”"
    if before >= 0 and text[before] in OPEN and any(text[i] in CLOSE for i in ordered[-2:]):
        out.append(("add-open", base | {before}, [before] + ordered))
    after = last + 1
    n = len(text)
    if after + 1 < n and table.punct[after] and closes_in(text, base, text[after + 1]):
        out.append(("add-close", base | {after, after + 1}, ordered + [after, after + 1]))
    elif after < n and closes_in(text, base, text[after]):
        out.append(("add-close", base | {after}, ordered + [after]))
    elif after < n and text[after] == "," and any(text[i] == "," for i in ordered):
        # an appositive closed by its comma: "X, a senator, said"
        out.append(("add-comma", base | {after}, ordered + [after]))
    return [variant for variant in out if variant[1]]


def closes_in(text: list[str], tokens: set[int], mark: str) -> bool:
    """Whether a quotation mark after a stretch closes a quote the stretch opened: a straight mark after a stretch
    holding an even number of them opens the next quote ('... on December 20. "We ...')."""
    if mark not in CLOSE:
        return False
    if mark in OPEN:
        return sum(text[i] == mark for i in tokens) % 2 == 1
    return True


@dataclass
class Context:
    """What every cue of a document shares: sentence bounds, paragraph of each sentence, quoted stretches."""

    sents: list[tuple[int, int]]
    paragraph: list[int]            # paragraph number of every sentence
    quotes: list[tuple[int, int]]   # [first, last] token of every quoted stretch, marks included
    sent_of: list[int]              # sentence number of every token
    # token attributes read once: the candidates' features read them many times, and spaCy's are slow to reach
    text: list[str]
    lower: list[str]
    tag: list[str]
    pos: list[str]
    dep: list[str]
    head: list[int]
    punct: list[bool]
    space: list[bool]
    lemma: list[str]
    children: list[list[int]]
    table: "TokenTable | None" = None
    # a word's subtree and its first and last word, read once a document: the cues of a sentence share their heads'
    # children, and each cue's candidates read the same subtrees again (the sets are shared, never changed)
    subtrees: dict[int, set[int]] = field(default_factory=dict)
    bounds: dict[int, tuple[int, int]] = field(default_factory=dict)
    # a word's subtree without punctuation or spaces (nesting), the same for every cue of the document
    root_words: dict[int, set[int]] = field(default_factory=dict)
    # how many quotation marks and verbs stand before each word (shape counts a stretch's from them)
    marks_before: list[int] = field(default_factory=list)
    verbs_before: list[int] = field(default_factory=list)
    # the same for the commas and the breaks a trailing piece opens after (comma_cuts, comma_pieces): most
    # stretches have none inside, and are then passed over without a look at their words
    commas_before: list[int] = field(default_factory=list)
    breaks_before: list[int] = field(default_factory=list)
    spaces: frozenset[int] = frozenset()  # the whitespace tokens, which no candidate holds

    def subtree(self, i: int) -> set[int]:
        """Token i's subtree (TokenTable.subtree), one set a word; callers must not change it."""
        words = self.subtrees.get(i)
        if words is None:
            words = self.subtrees[i] = self.table.subtree(i)
        return words

    def span_of(self, i: int) -> tuple[int, int]:
        """The first and the last word of token i's subtree."""
        edges = self.bounds.get(i)
        if edges is None:
            words = self.subtree(i)
            edges = self.bounds[i] = (min(words), max(words))
        return edges


def context(doc: Doc) -> Context:
    table = token_table(doc)  # the token attributes, read once for every component
    sents = table.sents
    paragraph, number = [], 0
    for a, _ in sents:
        if a > 0 and "\n" in table.text[a - 1]:  # a token's trailing whitespace is one space at most
            number += 1
        paragraph.append(number)
    marks, verbs, commas, breaks = [0], [0], [0], [0]
    for text, pos in zip(table.text, table.pos):
        marks.append(marks[-1] + (text in QUOTE_MARKS))
        verbs.append(verbs[-1] + (pos in VERBAL))
        commas.append(commas[-1] + (text == ","))
        breaks.append(breaks[-1] + (text in PIECE_BREAKS))
    return Context(sents, paragraph, quoted_stretches(doc), table.sent_of, table.text, table.lower, table.tag,
                   table.pos, table.dep, table.head, table.punct, table.space, table.lemma, table.children, table,
                   marks_before=marks, verbs_before=verbs, commas_before=commas, breaks_before=breaks,
                   spaces=frozenset(i for i, space in enumerate(table.space) if space))


PAIRS = {"“": "”", '"': '"', "``": "\'\'", "\'\'": "\'\'", "«": "»", "‘": "’"}


def quoted_stretches(doc: Doc) -> list[tuple[int, int]]:
    """Stretches between matching quotation marks (single quotes nest inside double ones and are not stretches of
    their own); they may run over sentences but never over a paragraph break."""
    out = []
    start, closer = None, None
    table = token_table(doc)
    for i, text in enumerate(table.text):
        if start is not None and table.space[i] and "\n" in text:
            start = None  # an unclosed quote ends with its paragraph
            continue
        if start is None and text in PAIRS and text != "‘":
            start, closer = i, PAIRS[text]
        elif start is not None and text == closer and i > start:
            out.append((start, i))
            start = None
    return out


def sentence_window(ctx: Context, token: Token) -> tuple[int, int, int]:
    """The cue's sentence bounds and its index."""
    k = ctx.sent_of[token.i]  # the sentences cover the document, one after the other
    return ctx.sents[k][0], ctx.sents[k][1], k


def quote_candidates(ctx: Context, k: int, cue: list[int]) -> list[tuple[str, set[int]]]:
    """Quotes around the cue in its paragraph: before it, after it, both ("“A,” she said. “B.”"), what follows."""
    lo_sent = max(0, k - MAX_SENTENCES)
    hi_sent = min(len(ctx.sents) - 1, k + MAX_SENTENCES)
    para = ctx.paragraph[k]
    lo = ctx.sents[lo_sent][0]
    hi = ctx.sents[hi_sent][1]
    first_cue, last_cue = min(cue), max(cue)
    near = [(a, b) for a, b in ctx.quotes if a >= lo and b < hi and ctx.paragraph[ctx.sent_of[a]] == para]
    before = [q for q in near if q[1] < first_cue]
    after = [q for q in near if q[0] > last_cue]
    around = [q for q in near if q[0] < first_cue and q[1] > last_cue]
    out: list[tuple[str, set[int]]] = []

    def stretch(*qs: tuple[int, int]) -> set[int]:
        return {i for a, b in qs for i in range(a, b + 1)}
    if before:
        out.append(("q-before", stretch(before[-1])))
    if around:
        out.append(("q-around", stretch(around[-1])))
    if after:
        out.append(("q-after", stretch(after[0])))
        if len(after) > 1:
            out.append(("q-after2", stretch(after[0], after[1])))
    if before and after:
        out.append(("q-both", stretch(before[-1], after[0])))
        if len(after) > 1:
            out.append(("q-both2", stretch(before[-1], after[0], after[1])))
    if len(before) > 1:
        out.append(("q-before2", stretch(before[-2], before[-1])))
    # a quotation resumed more than twice after its cue: "“A,” she said, “B.” … “C.” … “D.”" (PolNeAR train: one gold
    # content is reached only this way; the long quoted runs are mostly cut by another cue between the pieces)
    if len(after) > 2:
        out.append(("q-after-all", stretch(*after)))
        if before:
            out.append(("q-both-all", stretch(before[-1], *after)))
    return out


def comma_cuts(ctx: Context, tokens: set[int]) -> list[tuple[str, set[int]]]:
    """The stretch up to its first or its last inner comma: drops a trailing relative clause or a named source."""
    if ctx.commas_before and tokens:
        lo, hi = min(tokens), max(tokens)
        if hi - lo + 1 == len(tokens) and ctx.commas_before[hi] == ctx.commas_before[lo + 1]:
            return []  # an unbroken stretch with no comma between its first and its last word
    ordered = sorted(tokens)
    text = ctx.text
    commas = [n for n, i in enumerate(ordered) if text[i] == "," and 0 < n < len(ordered) - 1]
    if not commas:
        return []
    out = [("cut-last-comma", set(ordered[:commas[-1]]))]
    if len(commas) > 1:
        out.append(("cut-first-comma", set(ordered[:commas[0]])))
    return [(cut, kept) for cut, kept in out if not strands_subject(ctx, kept, tokens)]


def strands_subject(ctx: Context, kept: set[int], tokens: set[int]) -> bool:
    """Whether a stretch cut at a comma keeps a subject whose verb lies in the part cut off ('that the group[, which
    it calls Ash Heron, was behind the attack]'): a relative clause on the subject is set off by commas, and the
    clause goes on after it. PolNeAR train: of 198 gold contents that end before ', which/who/whose/whom', 8 end on
    such a subject."""
    end = max(kept)
    return any(ctx.dep[i] in SUBJECTS and ctx.head[i] > end and ctx.head[i] in tokens for i in kept)


# a trailing piece hung on a word of the stretch: a participle, a prepositional phrase or an adverbial clause.
# PolNeAR's annotators keep or leave out such a piece by the piece (dev: 232 contents the ranker chose too long on
# the right), so the stretch without it is a candidate of its own. A trailing relative clause or apposition is not
# cut: PolNeAR keeps it about half the time and the contract's gold always (see RELATIVE_TAGS below).
# PolNeAR train: 127 gold contents are reached only through such a cut (prep 66, advcl 43, acl 12, npadvmod 6).
# An adverbial clause with a subject of its own is not cut (it tells an event of its own, which a claim needs: 'X
# promised to respond after Y expelled Z'); with that guard train contents among the candidates are 19,307 -> 19,433
# of 22,466 (19,473 without it), and content F1 on PolNeAR dev is 56.3 rather than 57.0 for the model alone.
TRIM_DEPS = {"acl", "prep", "advcl", "npadvmod", "agent"}
ADVERBIAL_DEPS = {"prep", "npadvmod"}  # left out only where they hang on a verb ("said the fund would grow in May")
MAX_TRIMS = 3


def trailing_trims(ctx: "Context", tokens: set[int]) -> list[tuple[str, set[int]]]:
    """The stretch without each trailing piece that runs to its right edge (the nearest three)."""
    if len(tokens) < 3:
        return []
    ordered = sorted(tokens)
    lo = ordered[0]
    edge = len(ordered) - 1
    while edge > 0 and (ctx.text[ordered[edge]] in CLAUSE_PUNCT or ctx.text[ordered[edge]] in QUOTE_MARKS):
        edge -= 1
    hi = ordered[edge]
    cuts: dict[int, str] = {}
    for i in ordered:
        if ctx.dep[i] == "conj" and second_act(ctx, i) and ctx.head[i] in tokens:
            # the piece goes with its conjunction and the comma before it: 'that C and urged them to ...'
            start, end = ctx.span_of(i)
            while start - 1 > lo and (ctx.dep[start - 1] == "cc" or ctx.text[start - 1] == ","):
                start -= 1
            if end >= hi and start > lo and start not in cuts:
                cuts[start] = "conj"
            continue
        if ctx.dep[i] not in TRIM_DEPS or ctx.head[i] == i or ctx.head[i] not in tokens:
            continue
        if ctx.dep[i] in ADVERBIAL_DEPS and ctx.pos[ctx.head[i]] not in VERBAL:
            continue  # a phrase on a noun belongs to its noun phrase: "the attack on the town"
        if ctx.dep[i] == "advcl" and any(ctx.dep[c] in {"nsubj", "nsubjpass"} for c in ctx.children[i]):
            continue  # a clause with a subject of its own tells an event of its own: '... after the port closed'
        start, end = ctx.span_of(i)
        if end >= hi and start > lo and start not in cuts:
            cuts[start] = ctx.dep[i]
    out = []
    for start in sorted(cuts, reverse=True)[:MAX_TRIMS]:
        kept = {j for j in ordered if j < start}
        if any(ctx.text[j] in QUOTE_MARKS for j in ordered if j >= start) and any(
                ctx.text[j] in QUOTE_MARKS for j in kept):
            continue  # never cut inside a quotation
        if any(complement_mark(ctx, j) for j in ordered if j >= start):
            continue  # what a 'that' or 'whether' clause says is the report: 'dismissed as "a ploy" a memo that C'
        out.append(("trim:" + cuts[start], kept))
    return out


def second_act(ctx: "Context", i: int) -> bool:
    """Whether a conjoined verb is a second act of its first verb's subject: 'tweeted that the deal was "a con" and
    urged voters to stay home', where the parser hangs 'urged' inside what was tweeted (PolNeAR ends the content
    before the second act; a conjoined clause with a subject of its own is said too: 'said the port closed and the
    ships left')."""
    head = ctx.head[i]
    return ctx.pos[i] == "VERB" and ctx.pos[head] in VERBAL and not any(
        ctx.dep[c] in SUBJECTS for c in ctx.children[i])


def complement_mark(ctx: "Context", i: int) -> bool:
    """Whether a word opens a 'that' or 'whether' clause (the mark, or 'that' at the left edge of a clause)."""
    return ctx.lower[i] in {"that", "whether", "if"} and ctx.dep[i] == "mark" and ctx.dep[ctx.head[i]] in \
        {"ccomp", "acl", "advcl", "csubj", "xcomp", "conj", "pcomp"} or \
        ctx.lower[i] == "that" and ctx.dep[i] in {"dobj", "nsubj"} and ctx.dep[ctx.head[i]] in {"ccomp", "acl"}


def nesting(ctx: "Context", candidates: list["Candidate"], only: "set[int] | None" = None) -> None:
    """Features comparing each candidate with the others of its cue: which nested stretch to choose depends on what
    the next longer one adds ("which", "in", a second sentence) and what the next shorter one leaves out."""
    # Each stretch as a bit mask over the words from the first one any candidate holds: whether one stretch holds
    # another, and on which side it grows, are then a few integer operations per pair, where sets cost passes over
    # their words (a cue has some fifty candidates, so some 2,500 pairs). Each pair is looked at once: the side the
    # outer grows on is the same seen from either stretch.
    base = min((min(c.tokens) for c in candidates if c.tokens), default=0)
    masks = [bits(c.tokens, base) for c in candidates]
    sizes = [len(c.tokens) for c in candidates]
    n = len(candidates)
    # how many longer and shorter stretches each one has, and on the left and on the right the nearest of them
    # (the shortest longer one, the longest shorter one; the first in candidate order of equal sizes, as min() and
    # max() give it): kept as the pairs go by, which meet each stretch's partners in candidate order, rather than
    # gathered into lists and searched again
    n_sup, n_sub = [0] * n, [0] * n
    sup = {"left": [-1] * n, "right": [-1] * n}
    sub = {"left": [-1] * n, "right": [-1] * n}
    for a in range(n):
        ma = masks[a]
        for b in range(a + 1, n):
            mb = masks[b]
            both = ma & mb
            if both == ma:  # masks differ: the stretches do
                inner, outer, side = a, b, side_of(ma, mb)
            elif both == mb:
                inner, outer, side = b, a, side_of(mb, ma)
            else:
                continue
            n_sup[inner] += 1
            n_sub[outer] += 1
            if side != "both":
                nearest = sup[side]
                x = nearest[inner]
                if x < 0 or sizes[outer] < sizes[x]:
                    nearest[inner] = outer
                nearest = sub[side]
                x = nearest[outer]
                if x < 0 or sizes[inner] > sizes[x]:
                    nearest[outer] = inner
    heads, punct, space = ctx.head, ctx.punct, ctx.space
    roots = ctx.root_words  # a root's words, read once for every stretch it roots
    # a nearest pair is often met from both of its ends (the shortest longer stretch of one is the longest shorter
    # of the other): what the outer adds is worked out once a pair and named twice (30 texts: 15,924 -> ~8,300)
    added: dict[tuple[int, int], list[str]] = {}
    for k, (c, mine) in enumerate(zip(candidates, masks)):
        # every stretch counts as another's partner; features go only to those asked for
        if not mine or only is not None and k not in only:
            continue
        feats = ["nsup=" + str(min(n_sup[k], 3)), "nsub=" + str(min(n_sub[k], 3))]
        for side in ("left", "right"):
            outer = sup[side][k]
            if outer >= 0:
                pieces = added.get((k, outer))
                if pieces is None:
                    pieces = added[k, outer] = difference("", ctx, c.tokens, candidates[outer].tokens, side,
                                                          added_run(masks[outer], mine, base))
                feats.extend(["sup" + piece for piece in pieces])
            inner = sub[side][k]
            if inner >= 0:
                pieces = added.get((inner, k))
                if pieces is None:
                    pieces = added[inner, k] = difference("", ctx, candidates[inner].tokens, c.tokens, side,
                                                          added_run(mine, masks[inner], base))
                feats.extend(["sub" + piece for piece in pieces])
        tokens = c.tokens
        # the first word whose head lies outside the stretch (or is itself), else the first word; the first word
        # and whether the stretch is unbroken read from its mask, not from a pass over its words
        low = mine & -mine
        lo = base + low.bit_length() - 1
        if not (mine + low) & mine:  # an unbroken stretch: the first such word in text order
            root = next((i for i in range(lo, lo + len(tokens)) if heads[i] not in tokens or heads[i] == i), lo)
        else:
            root = min([i for i in tokens if heads[i] not in tokens or heads[i] == i] or tokens)
        words = roots.get(root)
        if words is None:
            words = roots[root] = {i for i in ctx.subtree(root) if not punct[i] and not space[i]}
        feats.append("constituent=" + str(words <= tokens) + "|" + ctx.dep[root])
        c.features.extend(feats)


def bits(tokens: frozenset[int], base: int) -> int:
    """Word positions as a bit mask, bit 0 for position `base`."""
    if not tokens:
        return 0
    lo = min(tokens)
    if max(tokens) - lo + 1 == len(tokens):  # an unbroken stretch, most candidates
        return ((1 << len(tokens)) - 1) << (lo - base)
    mask = 0
    for i in tokens:
        mask |= 1 << (i - base)
    return mask


def side_of(inner: int, outer: int) -> str:
    """`grows` over bit masks: on which side the outer of two nested stretches adds words."""
    extra = outer & ~inner
    if not extra & ((1 << inner.bit_length()) - 1):  # nothing added below the inner's last word
        return "right"
    return "left" if extra < inner & -inner else "both"  # everything added below the inner's first word


def grows(inner: frozenset[int], outer: frozenset[int]) -> str:
    extra = outer - inner
    return "right" if min(extra) > max(inner) else "left" if max(extra) < min(inner) else "both"


def added_run(outer: int, inner: int, base: int) -> range | None:
    """The words the outer of two nested stretches (bit masks, see bits) adds to the inner, where they stand
    unbroken (most pairs: a stretch grown on one side); None where they do not."""
    extra = outer & ~inner
    low = extra & -extra
    if not extra or (extra + low) & extra:
        return None
    return range(base + low.bit_length() - 1, base + extra.bit_length())


def difference(name: str, ctx: "Context", inner: frozenset[int], outer: frozenset[int],
               side: str | None = None, extra: range | None = None) -> list[str]:
    """What the outer of two nested stretches adds to the inner: on which side (when not given, worked out),
    opened by what, hung how. `extra`: the words added, where the caller knows them as one unbroken run."""
    added = outer - inner if extra is None else extra  # asked whether a word is in it
    extra = sorted(added) if extra is None else extra  # in text order either way
    words = [i for i in extra if not ctx.punct[i]]
    side = side or grows(inner, outer)
    if not words:
        return [name + "=punct|" + side, name + "-punct=" + "".join(ctx.text[i] for i in extra)[:3]]
    if side == "right" and coin_piece(ctx, words[0]):
        # a trailing relative clause or apposition: PolNeAR's coin, which the contract's gold keeps (see
        # RELATIVE_TAGS), so the nesting features do not say what the piece is
        return [name + "=right|coin"]
    root = next((i for i in words if ctx.head[i] not in added), words[0])  # the first word hung outside the piece
    sents = 1 if ctx.sent_of[words[0]] == ctx.sent_of[words[-1]] else 2  # words in order: the sentences in order
    return [name + "=" + side + "|" + ctx.dep[root], name + "-word=" + side + "|" + piece_word(ctx, words[0]),
            name + "-size=" + side + ("1" if len(words) == 1 else "2-4" if len(words) <= 4 else "5+") +
            "|" + str(sents)]


# words that open a trailing piece and say what it is ("including", "which", "but", "according"): kept as words; an
# open-class word is known by its tag alone
PIECE_TAGS = {"IN", "CC", "WDT", "WP", "WP$", "WRB", "DT", "TO", "RB", "VBG", "VBN", "PRP", "EX", "MD"}
PIECE_BREAKS = {",", "—", "–", "--", "-", ";", "("}
# a trailing ", which ..." or ", who ..." (PolNeAR train keeps it in 206 contents and leaves it out of 218) and a
# trailing apposition (kept 184, left out 153): the contract's gold keeps both; features would only learn
# PolNeAR's coin, so these pieces have none
RELATIVE_TAGS = {"WDT", "WP", "WP$"}


def coin_piece(ctx: "Context", word: int) -> bool:
    return ctx.tag[word] in RELATIVE_TAGS or ctx.dep[word] == "appos" or ctx.dep[ctx.head[word]] == "appos"


def piece_word(ctx: "Context", i: int) -> str:
    return ctx.lower[i] if ctx.tag[i] in PIECE_TAGS else ctx.tag[i] + "|" + ctx.dep[i]


def comma_pieces(ctx: "Context", tokens: set[int]) -> list[str]:
    """What a content leaves out or keeps beyond a comma at its right edge: a content stops before ", who is 70"
    or ", but still lost" and runs on over ", including its annexation" (PolNeAR dev: 129 of the 698 contents the
    ranker gets wrong differ from the gold by one such trailing piece)."""
    ordered = sorted(tokens)
    text, n = ctx.text, len(ctx.text)
    # with or without its own closing comma a content leaves out the same piece: the two variants share the features,
    # and the choice between them stays with the edge features
    if len(ordered) > 1 and text[ordered[-1]] in PIECE_BREAKS:
        ordered = ordered[:-1]
    hi = ordered[-1]
    out = []
    nxt = hi + 1
    while nxt < n and ctx.space[nxt]:
        nxt += 1
    if nxt + 1 < n and text[nxt] in PIECE_BREAKS and ctx.sent_of[nxt + 1] == ctx.sent_of[hi]:
        word = nxt + 1
        while word < n - 1 and (ctx.space[word] or text[word] in QUOTE_MARKS):
            word += 1
        if not coin_piece(ctx, word):
            out.append("dropped=" + text[nxt] + piece_word(ctx, word))
            out.append("dropped-dep=" + ctx.dep[word] + "|" + ctx.dep[ctx.head[word]])
    else:
        out.append("dropped=none")
    # the last break inside, neither the first word nor the last
    inner = None
    if len(ordered) > 2 and not (ctx.breaks_before and ordered[-1] - ordered[0] + 1 == len(ordered) and
                                 ctx.breaks_before[ordered[-2] + 1] == ctx.breaks_before[ordered[1]]):
        inner = next((k for k in range(len(ordered) - 2, 0, -1) if text[ordered[k]] in PIECE_BREAKS), None)
    if inner is not None and not coin_piece(ctx, ordered[inner + 1]):
        word = ordered[inner + 1]
        out.append("kept=" + text[ordered[inner]] + piece_word(ctx, word))
        out.append("kept-dep=" + ctx.dep[word] + "|" + ctx.dep[ctx.head[word]])
    return out


def gap_words(ctx: "Context", tokens: frozenset[int], cue: set[int]) -> list[str]:
    """What stands in the holes of a content in pieces besides its cue: a second act of the speaker ('“A,” she said,
    adding that B': B is what 'adding' reports) or another speaker's cue ends what the cue reports."""
    lo, hi = min(tokens), max(tokens)
    if hi - lo + 1 == len(tokens):
        return []
    verbs = [ctx.lemma[i] for i in range(lo, hi) if i not in tokens and i not in cue and ctx.pos[i] == "VERB"]
    return ["gapverb=" + lemma for lemma in verbs[:2]] + ["gapverbs=" + str(min(len(verbs), 2))]


QUOTE_MARKS = OPEN | CLOSE
OBJECT_PAIR = {"dobj", "dative", "oprd", "prep", "xcomp", "ccomp", "acomp"}
VERBAL = {"VERB", "AUX"}
WH_TAGS = {"WDT", "WP"}


def shape(ctx: Context, tokens: set[int], cue: set[int], head: int, ordered: list[int] | None = None) -> list[str]:
    """Features every candidate shares: where it lies, its length, its edges, its relation to the cue; `ordered`:
    the words in text order, where the caller has them."""
    if ordered is None:
        ordered = sorted(tokens)
    lo, hi = ordered[0], ordered[-1]
    text, tag, pos, heads = ctx.text, ctx.tag, ctx.pos, ctx.head
    # the first word whose head lies outside the stretch (or is itself), else the first word: the least of
    # (head inside, position) over the words
    root = next((i for i in ordered if heads[i] not in tokens or heads[i] == i), lo)
    # the passes over the words run as map() calls: a candidate has some twenty words, and a shared cue fifty candidates
    # an unbroken stretch (most) counts its quotation marks and verbs from the document's running counts
    unbroken = hi - lo + 1 == len(ordered)
    quotes = ctx.marks_before[hi + 1] - ctx.marks_before[lo] if unbroken else \
        sum(map(QUOTE_MARKS.__contains__, map(text.__getitem__, ordered)))
    # the feature strings come from the memos of named features (see Named): the same words give the same strings
    extra = [_ROOT[ctx.dep[root], tag[root]], _ROOTH[heads[root] == head or heads[root] in cue],
             _QUOTES[min(quotes, 3)], _QEDGE[text[lo] in OPEN, text[hi] in CLOSE],
             _SENTS[ctx.sent_of[lo] != ctx.sent_of[hi]],
             _LAST2[text[ordered[-2]], text[hi]] if len(ordered) > 1 else _LAST2_NONE,
             _VERB[ctx.verbs_before[hi + 1] > ctx.verbs_before[lo] if unbroken else
                   not VERBAL.isdisjoint(map(pos.__getitem__, ordered))]]
    # what the stretch leaves out at its edges tells whether it stops at a natural boundary
    n_doc = len(text)
    after = hi + 1 if hi + 1 < n_doc else None
    before = lo - 1 if lo > 0 else None
    following = (text[after] if ctx.punct[after] else pos[after]) if after is not None else "#"
    extra.append(_NEXT[following])
    extra.append(_PREV[(text[before] if ctx.punct[before] else pos[before]) if before is not None else "#"])
    extra.append(_NEXT_LAST[following, pos[hi]])
    n = len(ordered)
    size = 0 if n == 1 else 1 if n <= 3 else 2 if n <= 8 else 3 if n <= 20 else 4
    side = 0 if hi < min(cue) else 1 if lo > max(cue) else 2
    # an unbroken stretch (most candidates) has no gap; a broken one counts each break
    gaps = 0 if hi - lo + 1 == n else sum(1 for a, b in zip(ordered, ordered[1:]) if b != a + 1)
    sent_start, sent_end = ctx.sents[ctx.sent_of[head]]
    in_sent = sent_start <= lo and hi < sent_end
    return [_SIDE[side], _SIZE[size], _FIRST[ctx.lower[lo]], _FIRSTP[tag[lo]], _LAST[text[hi]], _LASTP[tag[hi]],
            _GAPS[min(gaps, 2)], _INSENT[in_sent], _SIDE_SIZE[side][size],
            _LASTSENT[hi + 1 == sent_end or (hi + 2 == sent_end and ctx.punct[sent_end - 1])],
            _FIRSTSENT[lo == sent_start], _OVERLAPCUE[not cue.isdisjoint(tokens)]] + extra


class Named(dict):
    """Feature strings by the words that make them, built on first meeting and kept: a feature string built anew is
    hashed anew at each weight lookup, a kept one carries its hash, and the words of a process's documents repeat
    (30 PolNeAR dev texts: some 200,000 candidate features from a few thousand strings). Emptied when it grows
    large, so that a long run keeps no unbounded set. The strings are interned, as the loaded weights' names are
    (Linear.from_dict): a weight is then found by identity."""

    LIMIT = 200_000
    __slots__ = ("build",)

    def __init__(self, build) -> None:
        super().__init__()
        self.build = build

    def __missing__(self, key):
        if len(self) > self.LIMIT:
            self.clear()
        value = self[key] = interned(self.build(key))
        return value


def interned(value: str | list[str]) -> str | list[str]:
    """A feature string, or a list of them, interned (sys.intern)."""
    return sys.intern(value) if isinstance(value, str) else [sys.intern(v) for v in value]


def named(prefix: str) -> Named:
    """prefix + word"""
    return Named(prefix.__add__)


def flags(prefix: str) -> tuple[str, str]:
    """prefix + str(flag), indexed by the flag"""
    return sys.intern(prefix + "False"), sys.intern(prefix + "True")


_SIDES = ("left", "right", "around")
_SIZES = ("1", "2-3", "4-8", "9-20", "21+")
_SIDE = tuple(interned(["side=" + side for side in _SIDES]))
_SIZE = tuple(interned(["size=" + size for size in _SIZES]))
_SIDE_SIZE = tuple(tuple(interned(["side|size=" + side + size for size in _SIZES])) for side in _SIDES)
_GAPS = tuple(interned(["gaps=0", "gaps=1", "gaps=2"]))
_QUOTES = tuple(interned(["quotes=0", "quotes=1", "quotes=2", "quotes=3"]))
_SENTS = tuple(interned(["sents=1", "sents=2"]))
_INSENT, _LASTSENT, _FIRSTSENT, _OVERLAPCUE = flags("insent="), flags("lastsent="), flags("firstsent="), \
    flags("overlapcue=")
_ROOTH, _VERB, _SPEAKER = flags("rooth="), flags("verb="), flags("speaker=")
_QEDGE = {(a, b): sys.intern("qedge=" + str(a) + str(b)) for a in (False, True) for b in (False, True)}
_FIRST, _FIRSTP, _LAST, _LASTP, _NEXT, _PREV = named("first="), named("firstp="), named("last="), named("lastp="), \
    named("next="), named("prev=")
_ROOT = Named(lambda key: "root=" + key[0] + "|" + key[1])
_LAST2 = Named(lambda key: "last2=" + key[0] + key[1])
_LAST2_NONE = sys.intern("last2=-")
# the cue tagger's feature strings (context_features, history)
_CHILD_DEP, _SUBJECT, _QUOTE_CHILD, _SHAPE = named("cd="), named("subj="), named("qchild="), named("shape=")
_LEMMA_CHILD_DEP = Named(lambda key: "lcd=" + key[0] + "|" + key[1])
_LEMMA_SUBJECT = Named(lambda key: "lsubj=" + key[0] + "|" + key[1])
_COMPLEMENT = Named(lambda key: "comp=" + key[0] + "|" + key[1])
_HEAD_OF_HEAD = Named(lambda key: "hhl=" + key[0] + "|" + key[1])
_QUOTE_NEAR = Named(lambda key: "lqnear=" + key[0] + "|" + str(key[1]))
_NEAR_LEMMA = {k: named(f"l{k}=") for k in (-2, -1, 1, 2)}
_NEAR_TAG = {k: named(f"t{k}=") for k in (-2, -1, 1, 2)}
_NEAR_NONE = {k: sys.intern(f"l{k}=#") for k in (-2, -1, 1, 2)}
_NEXT_LEMMA = Named(lambda key: "l+1l=" + key[0] + "|" + key[1])
_PREVIOUS_LEMMA = Named(lambda key: "l-1l=" + key[0] + "|" + key[1])
_HEAD_BEFORE = Named(lambda key: "hsame=" + str(key[0]) + key[1])
_PREVIOUS_TAG = named("p=")
_PREVIOUS_TAGS = Named(lambda key: "pp=" + key[0] + key[1])
_PREVIOUS_TAG_LEMMA = Named(lambda key: "pl=" + key[0] + "|" + key[1])
_NEXT_LAST = Named(lambda key: "next|last=next=" + key[0] + "|" + key[1])


def content_candidates(doc: Doc, cue: list[int], ctx: Context, ranker: Linear | None = None, most: int = 0,
                       allowed=None, clause: set[int] | None = None) -> list[Candidate]:
    """Syntactic stretches that may be what the cue attributes; given a ranker, only the `most` best of those
    `allowed` by a first partial score (see CONTENT_TOP), each with its full score in `score`."""
    table = ctx.table
    deps, children, subtree = table.dep, table.children, ctx.subtree
    h = cue_head_index(table, cue)
    cue_set = set(cue)
    k = ctx.sent_of[h]  # sentence_window's reading, from the head's position
    sent_start, sent_end = ctx.sents[k]
    lemma = table.lemma[h]
    raw: list[tuple[str, set[int]]] = []
    for c in (child for i in cue for child in children[i] if child not in cue_set):
        # nor is the cue's own subordinating word what it reports: 'C, as police have said' reports C (PolNeAR
        # train: of 272 gold cues heading an 'as' clause, 6 take 'as' alone for content, 256 the clause it modifies)
        if deps[c] in {"punct", "mark"}:
            continue
        raw.append(("child:" + deps[c], subtree(c) - cue_set))
    # a cue with an object and a second complement may report both: "called them reckless", "described the plan
    # as a gamble", "accused the mayor of lying" (PolNeAR train: 2,327 gold cues with an object and another
    # complement after them; the gold content starts at the object in 1,718, after it in 430, "told reporters
    # that C"); with the opening-quote variant below, 130 more train contents are among the candidates
    # (18,865 -> 18,995 of 22,466)
    right = [c for i in cue for c in children[i]
             if c not in cue_set and c > max(cue) and deps[c] in OBJECT_PAIR]
    if len(right) > 1 and any(deps[c] in {"dobj", "dative"} for c in right):
        raw.append(("objects", set().union(*(subtree(c) for c in right)) - cue_set))
    # a subject that is no speaker: "the plan was criticized as wasteful", "the talks seem to have stalled", "the
    # mayor was accused of lying" report the subject with the complement (PolNeAR train: of 619 gold cues with a
    # passive subject, 267 have that subject in a content that runs on after the cue; of 3,391 with an active
    # subject and a complement after the cue, 196, mostly 'seem', 'expect', 'appear')
    if right:
        for subject in (c for c in children[h] if deps[c] in {"nsubj", "nsubjpass"} and c < min(cue)):
            held = subtree(subject) - cue_set
            for c in right:
                raw.append(("subj+" + deps[subject] + "|" + deps[c], held | (subtree(c) - cue_set)))
            if len(right) > 1:
                raw.append(("subj+" + deps[subject] + "|all", held.union(*(subtree(c) for c in right)) - cue_set))
    # a relative or interrogative word as the cue's fronted object: "what she called a rant", "which the chief
    # called nonsense" (PolNeAR keeps the word as a piece of the content; train: 41 gold contents, 38 reached only so)
    fronted = [c for i in cue for c in children[i] if c not in cue_set and c < min(cue) and table.tag[c] in WH_TAGS
               and deps[c] in {"dobj", "nsubjpass", "oprd", "attr"}]
    for word in fronted:
        for c in right:
            raw.append(("wh+" + deps[c], {word} | (subtree(c) - cue_set)))
    # the clause the cue hangs on: "X, he said" and "according to X, C"
    host = table.head[h]
    # a phrase hung on an auxiliary ('According to X, the barge was carrying fuel', 'According' and the subject under
    # 'was') is the clause of the aux's verb (PolNeAR train, weak: of 394 'according to' cues, 1 hangs on an aux, its
    # gold content the verb's whole clause)
    while deps[h] == "prep" and deps[host] in {"aux", "auxpass"} and table.head[host] != host and \
            table.pos[table.head[host]] in {"VERB", "AUX"}:
        host = table.head[host]
    if host != h:
        raw.append(("host:" + deps[h], subtree(host) - subtree(h)))
        if table.head[host] != host and deps[h] in {"prep", "pobj"}:
            above = table.head[host]
            raw.append(("host2:" + deps[h], subtree(above) - subtree(host)))
    # the rest of the sentence on either side of the cue, and the sentences after a colon
    raw.append(("sent-right", set(range(max(cue) + 1, sent_end))))
    raw.append(("sent-left", set(range(sent_start, min(cue)))))
    para = ctx.paragraph[k]
    stop = k + 1
    while stop < len(ctx.sents) and stop - k <= MAX_SENTENCES and ctx.paragraph[stop] == para:
        raw.append((f"para-right{min(stop - k, 3)}", set(range(max(cue) + 1, ctx.sents[stop][1]))))
        stop += 1
    raw.extend(quote_candidates(ctx, k, cue))
    whole_raw = [(kind, whole - cue_set) for kind, whole in raw if not kind.startswith("q-")]
    raw.extend([(kind + "|" + cut, tokens) for kind, whole in whole_raw for cut, tokens in comma_cuts(ctx, whole)])
    raw.extend([(kind + "|" + cut, tokens) for kind, whole in whole_raw
                for cut, tokens in trailing_trims(ctx, whole)])
    seen: dict[frozenset[int], Candidate] = {}
    cue_feats = interned(["cl=" + lemma, "cd=" + deps[h]])  # read again for every stretch of the cue
    # the words naming the speaker are not what is said: "The port closed, a spokesman said"
    speakers = {c for i in cue for c in children[i] if deps[c] in SUBJECTS}
    nearest = max((i for i in speakers if i < min(cue)), default=None)
    speaker_words = subtree(nearest) if nearest is not None else set()
    # a trim that leaves nothing but the cue's subject: 'the convoy was attacked by gunmen' does not report 'the
    # convoy' (a passive act verb the tagger takes for a cue keeps its agent, and the rules drop it)
    subject_words = set().union(*(subtree(c) for c in children[h] if deps[c] in {"nsubj", "nsubjpass"}))
    # kinds that reach the same words (a child's subtree and the rest of the sentence, a trim and a cut) have the
    # same variants: they are read once a stretch (30 PolNeAR dev texts: 8,489 readings, 6,269 stretches)
    read: dict[frozenset[int], list[tuple[str, set[int]]]] = {}
    # with a ranker, each stretch is first scored on the features it has when first found (how it was found, its
    # shape); only the best `most` of these (and the best of those holding `clause`) get the rest (comma pieces,
    # gaps, the kinds that found it again, nesting) and a full score, from the same sum
    pruning = ranker is not None
    later: dict[frozenset[int], list[str]] = {}
    for kind, tokens in raw:
        tokens = tokens - ctx.spaces - cue_set
        if "trim:" in kind and tokens <= subject_words:
            continue
        if speaker_words and tokens - speaker_words and not kind.startswith("subj+"):
            tokens = tokens - speaker_words
        stretch = frozenset(tokens)
        edges = read.get(stretch)
        if edges is None:
            edges = read[stretch] = ordered_variants(doc, tokens)
        for variant, tokens_v, ordered_v in edges:
            key = frozenset(tokens_v)
            base = _FOUND[kind, variant, lemma]
            if key in seen:  # a stretch found before adds only how it was found again: its shape is the same
                (later[key] if pruning else seen[key].features).extend(base)
                continue
            shared = shape(ctx, tokens_v, cue_set, h, ordered_v)
            feats = base + shared + cue_feats
            feats += [_KIND_FEATURE[kind, shared[0]], _KIND_FEATURE[kind, shared[1]], _KIND_FEATURE[kind, shared[2]],
                      _KIND_DEP[kind, deps[h]], _VARIANT_LAST[variant, shared[4]],
                      _VARIANT_FIRST[variant, shared[2]], _KIND_QUOTES[kind, shared[14], shared[15]],
                      _SPEAKER[not speakers.isdisjoint(tokens_v)]]
            if pruning:
                later[key] = []
            else:
                feats += comma_pieces(ctx, tokens_v) + gap_words(ctx, key, cue_set)
            seen[key] = Candidate(key, feats)
    found = list(seen.values())
    if not pruning:
        nesting(ctx, found)
        return found
    ranked = [(k, c) for k, c in enumerate(found) if allowed is None or allowed(c)]
    first = {k: ranker.scores(c.features)[0] for k, c in ranked}
    kept = {k for k, _ in sorted(ranked, key=lambda kc: -first[kc[0]])[:most]}
    if clause:
        kept.update(k for k, _ in sorted(((k, c) for k, c in ranked if clause <= c.tokens),
                                         key=lambda kc: -first[kc[0]])[:most])
    firsts = {}
    for k in kept:
        c = found[k]
        firsts[k] = len(c.features)
        c.features += comma_pieces(ctx, c.tokens) + gap_words(ctx, c.tokens, cue_set) + later[c.tokens]
    nesting(ctx, found, kept)
    for k in kept:  # the rest of the sum, in feature order: the same float as scoring the whole list
        found[k].score = ranker.scores(found[k].features[firsts[k]:], first[k])[0]
    return [c for k, c in enumerate(found) if k in kept]


# content_candidates' feature strings by what makes them (see Named)
_FOUND = Named(lambda key: ["k=" + key[0], "v=" + key[1], "kv=" + key[0] + "|" + key[1],
                            "kl=" + key[0] + "|" + key[2]])  # shared, never changed: callers copy or extend from it
_KIND_FEATURE = Named(lambda key: "k|" + key[0] + "|" + key[1])
_KIND_DEP = Named(lambda key: "kcd=" + key[0] + "|" + key[1])
_VARIANT_LAST = Named(lambda key: "vl=" + key[0] + "|" + key[1])
_VARIANT_FIRST = Named(lambda key: "vf=" + key[0] + "|" + key[1])
_KIND_QUOTES = Named(lambda key: "kq=" + key[0] + "|" + key[1] + key[2])


def source_candidates(doc: Doc, cue: list[int], content: frozenset[int] | None, ctx: Context) -> list[Candidate]:
    """Noun phrases that may be who the cue's content comes from, and 'nobody named'."""
    table = ctx.table
    deps, children, subtree = table.dep, table.children, ctx.subtree
    h = cue_head_index(table, cue)
    cue_set = set(cue)
    taken = set(content or ()) | cue_set
    lemma = table.lemma[h]
    raw: list[tuple[str, set[int]]] = []
    node = h
    for level in range(3):
        for c in children[node]:
            if c in taken:
                continue
            if deps[c] in SUBJECTS or deps[c] in {"poss", "dobj", "dative", "npadvmod"}:
                raw.append((f"dep{level}:" + deps[c], subtree(c) - taken))
            if deps[c] in {"agent", "prep"}:
                for obj in children[c]:
                    if deps[obj] == "pobj" and obj not in taken:
                        raw.append((f"pobj{level}:" + table.lower[c], subtree(obj) - taken))
        if table.head[node] == node:
            break
        raw.append((f"up{level}:" + deps[node], {table.head[node]}))
        node = table.head[node]
    for i in cue:
        for c in children[i]:
            if deps[c] == "pobj" and c not in taken:
                raw.append(("cuepobj", subtree(c) - taken))
    # a reporting verb the parser took for a noun keeps its speaker as a compound: "Trump charges that C" (dev: 12 of
    # the 188 gold sources out of reach hang on the cue so)
    if table.pos[h] in {"NOUN", "PROPN"}:
        for c in children[h]:
            if deps[c] == "compound" and c < h and c not in taken:
                raw.append(("compound", subtree(c) - taken))
    raw.extend([(kind + "|" + cut, tokens) for kind, whole in list(raw) for cut, tokens in comma_cuts(ctx, whole)])
    seen: dict[frozenset[int], Candidate] = {}
    cue_feats = interned(["cl=" + lemma, "cd=" + deps[h]])  # read again for every stretch of the cue
    for kind, tokens in raw:
        tokens = {i for i in tokens if not ctx.space[i]}
        for variant, tokens_v in variants(doc, tokens):
            key = frozenset(tokens_v)
            root = min(tokens_v, key=lambda i: (ctx.head[i] in tokens_v, i))
            base = ["k=" + kind, "v=" + variant, "kv=" + kind + "|" + variant, "kl=" + kind + "|" + lemma,
                    "rp=" + table.tag[root], "re=" + table.ent_type[root], "rl=" + table.lemma[root]]
            if key in seen:  # found again: only how it was found is added
                seen[key].features.extend(base)
            else:
                seen[key] = Candidate(key, base + shape(ctx, tokens_v, cue_set, h) + cue_feats)
    has_subject = any(deps[c] in SUBJECTS for c in children[h])
    seen[frozenset()] = Candidate(frozenset(), ["none", "none|" + lemma, "none|" + deps[h],
                                                "none|subj=" + str(has_subject), "none|t=" + table.tag[h]])
    return list(seen.values())


def best(model: Linear, candidates: list[Candidate]) -> Candidate | None:
    if not candidates:
        return None
    return max(candidates, key=lambda c: model.scores(c.features)[0])


def dangling(doc: Doc, ctx: Context, cue: list[int], added: set[int], content: frozenset[int]) -> bool:
    """Whether a cue's stretch took a preposition whose object is not what the cue reports: 'described as' stays
    where the content is the 'as' phrase's object, not in 'rejected as "a fabrication" a report that C', where
    the report is the object and its 'that' clause."""
    clause = complement_clause(doc, [i for i in cue if i not in added])
    for i in added:
        if ctx.dep[i] not in {"prep", "agent"}:
            continue
        objects = [c for c in ctx.children[i] if ctx.dep[c] in {"pobj", "pcomp"}]
        if any(c not in content for c in objects) or clause and objects and not clause & set(objects):
            return True
        # the parser may hang the report on what the speaker calls it: 'rejected as "invention" a report that C'
        if any(ctx.lower[j] in {"that", "whether"} and ctx.dep[j] == "mark" for j in token_table(doc).subtree(i)):
            return True
    return False


def before_infinitive(ctx: Context, cue: list[int]) -> list[int]:
    """'threatened on Thursday to close the border': a commissive cue that ran over a time adjunct into its own
    infinitive complement ends before both; the infinitive, 'to' included, is what is threatened or promised. PolNeAR train
    marks a prepositional time between a cue verb and its 'to' or 'that' clause as neither cue nor content (25 of
    26: 'promised on Tuesday to refrain', 'said on Saturday that') and starts the content at 'to'; a bare time
    ('vowed last month to') is in the cue as often as not, and stays where the tagger put it."""
    head = cue_head_index(ctx.table, cue)
    if ctx.pos[head] not in {"VERB", "AUX"} or ctx.lemma[head] not in commissive_verbs():
        return cue
    clause = next((c for c in ctx.children[head] if c > head and ctx.dep[c] in INFINITIVE_DEPS
                   and any(ctx.tag[a] == "TO" and ctx.dep[a] == "aux" and a < c for a in ctx.children[c])), None)
    if clause is None:
        return cue
    infinitive = ctx.subtree(clause)
    first = min(infinitive)
    times = [p for p in range(head + 1, first) if ctx.dep[p] == "prep" and ctx.head[p] != p
             and ctx.subtree(p) <= set(range(head + 1, first)) and time_phrase(ctx, frozenset(ctx.subtree(p)))]
    if not times or not (set(cue) & infinitive or any(p in cue for p in times)):
        return cue
    # the cue up to the first time phrase or infinitive word: what lies between stays outside both
    stop = min(min(times), first)
    kept = [i for i in cue if i < stop]
    while kept and (ctx.punct[kept[-1]] or ctx.space[kept[-1]]):
        kept.pop()
    return kept if head in kept else cue


INFINITIVE_DEPS = frozenset({"xcomp", "advcl", "ccomp"})


@lru_cache(maxsize=1)
def commissive_verbs() -> frozenset[str]:
    """The verbs whose infinitive is what the speaker commits to (attribution.yaml, commissive_verbs): 'agreed on
    Wednesday to freeze the assets' is an act of the ones who agree, not a statement, and is left as tagged."""
    return frozenset(e["lemma"] for e in entries("attribution.yaml", "commissive_verbs"))


def complement_clause(doc: Doc, cue: list[int]) -> set[int]:
    """The words of the cue's 'that' or 'whether' clause, or of the object that carries one ('rejected as "a
    fabrication" a report that C'); empty when the cue has none."""
    table = token_table(doc)
    children, dep = table.children, table.dep
    for c in (c for i in cue for c in children[i] if c not in cue):
        clauses = [c] if dep[c] == "ccomp" else [a for a in children[c] if dep[a] in {"acl", "ccomp"}] \
            if dep[c] in {"dobj", "pobj"} else []
        for clause in clauses:
            if any(table.lower[m] in {"that", "whether"} and dep[m] == "mark" for m in children[clause]):
                return table.subtree(c) - set(cue)
    return set()


def time_phrase(ctx: Context, tokens: frozenset[int]) -> bool:
    """Whether a content candidate says only when ('on Friday', 'last week'): a parse that joins the cue to the clause
    before it leaves the cue's time adjunct as its only complement, and that is never what is said (PolNeAR train:
    none of 22,525 gold contents is a bare time phrase). The component's `only_a_time` judges a chosen record."""
    ent_type, pos, punct, space = ctx.table.ent_type, ctx.pos, ctx.punct, ctx.space
    # one pass that stops at the first word neither a time nor a preposition: most candidates stop at once
    timed = False
    for i in tokens:
        if punct[i] or space[i]:
            continue
        if ent_type[i] in TIME_TYPES:
            timed = True
        elif pos[i] != "ADP":
            return False
    return timed


TIME_TYPES = frozenset({"DATE", "TIME"})


# the content ranker's choice lies among the few candidates best on the features a stretch has when first found (how
# it was found, its shape): over the cues the model tags in 220 PolNeAR train texts (3,535 cues, some 12.5
# candidates each after the time filter), the chosen content ranks at most 10th on that partial score (within the
# best 8 for all but 3); on PolNeAR dev one of 1,797 ranks 11th. Only the best 12 get the rest of their features
# (comma pieces, gaps, nesting) and a full score; the others cannot be chosen
CONTENT_TOP = 12


def choose_content(ranker: Linear, doc: Doc, cue: list[int], ctx: Context) -> Candidate | None:
    """The best content candidate; where the cue has a 'that' or 'whether' clause, the best of those that hold it:
    what a speaker calls a report ('dismissed as "a fabrication" a report that C') never stands for the report."""
    # a cue whose extent ran over a preposition of time ('offered her resignation on' + 'Monday') keeps the time
    # reading, which the component then drops as no report at all
    over_a_time = ctx.pos[max(cue)] == "ADP"
    clause = complement_clause(doc, cue)
    candidates = content_candidates(doc, cue, ctx, ranker, CONTENT_TOP,
                                    None if over_a_time else lambda c: not time_phrase(ctx, c.tokens), clause)
    if not candidates:
        return None
    # the first of the highest, as max() gives it; where the chosen does not hold the clause, the best that does
    chosen = max(candidates, key=lambda c: c.score)
    if clause and not clause <= chosen.tokens:
        holding = [c for c in candidates if clause <= c.tokens]
        if holding:
            chosen = max(holding, key=lambda c: c.score)
    return chosen


# -- signed quotations -----------------------------------------------------------------------------------------------
# A quotation signed with a dash and a name: '“C.” ― Ana Ruiz' or a paragraph '"C."' followed by one '- Ana Ruiz.'
# (readers' voices, fact checks, tweets). PolNeAR marks the dash as the cue, the name as the source and the quotation
# with its marks as the content (train: 11 such cues, 4 with '—' and 7 with '-'; of the 13 train dashes after a
# closing quotation mark, the 6 not cued sign with an organisation, a heading or a byline after a paragraph that is
# no quotation). The tagger cannot learn a cue it sees so rarely, and dashes are common words, so it is read here.
SIGNATURE_DASHES = {"-", "—", "–", "―", "--"}
MAX_SIGNATURE_NAME = 4
NOT_SIGNERS = {"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "DATE"}


def paragraph_start(ctx: Context, i: int) -> int:
    """The first word of the paragraph holding word i (a paragraph ends at a line break)."""
    while i > 0 and not ("\n" in ctx.text[i - 1] and ctx.space[i - 1]):
        i -= 1
    return i


def signed_quotations(doc: Doc, ctx: Context, start: int = 0) -> list[tuple[list[int], frozenset[int], frozenset[int]]]:
    """(dash, quotation, name) for every quotation signed with a dash and a person's name."""
    text, space, n = ctx.text, ctx.space, len(ctx.text)
    out = []
    for d in range(max(start, 1), n - 1):
        if text[d] not in SIGNATURE_DASHES:
            continue
        name = signer(doc, ctx, d)
        if not name:
            continue
        # the quotation: the closing mark before the dash ends a paragraph that opens with a mark, the dash's own
        # paragraph ('“C.” ― X') or the one before it ('"C."' then '- X.')
        close = d - 1
        while close > 0 and space[close]:
            close -= 1
        if text[close] not in CLOSE:
            continue
        opening = paragraph_start(ctx, close)
        if opening == close or text[opening] not in QUOTE_MARKS or paragraph_start(ctx, d) not in {opening, d}:
            continue
        quotation = frozenset(i for i in range(opening, close + 1) if not space[i] or "\n" not in text[i])
        out.append(([d], quotation, frozenset(name)))
    return out


def signer(doc: Doc, ctx: Context, dash: int) -> range:
    """The person's name after a dash that closes its paragraph, or is set off by a comma, a stop or a bracket
    ('― Ana M. Ruiz', '- Ruiz, speaking at the fair'); empty where there is none ('- Reuters.')."""
    text, space, pos, n = ctx.text, ctx.space, ctx.pos, len(ctx.text)
    ent_type = token_table(doc).ent_type
    first = dash + 1
    while first < n and space[first] and "\n" not in text[first]:
        first += 1
    end = first
    while end < n and (pos[end] == "PROPN" or initial(text[end])) and end - first < MAX_SIGNATURE_NAME:
        end += 1
    name = range(first, end)
    if not name or end < n and pos[end] == "PROPN":
        return range(0)
    if end < n and not (space[end] and "\n" in text[end]) and text[end] not in {",", ".", "("}:
        return range(0)
    if any(ent_type[i] == "PERSON" for i in name):
        return name
    if len(name) > 1:
        return name if ent_type[end - 1] not in NOT_SIGNERS else range(0)
    # one word is a person's surname where the text names the person in full ('Ana Ruiz' ... '- Ruiz.'), not an
    # agency's name ('- Reuters.')
    surname = ctx.lower[first]
    return name if any(ctx.lower[i] == surname and ent_type[i] == "PERSON" and ent_type[i - 1] == "PERSON"
                       for i in range(1, n)) else range(0)


def initial(word: str) -> bool:
    """'M.' in 'Ana M. Ruiz'."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


# -- the model as a whole --------------------------------------------------------------------------------------------
class AttributionModel:
    """Cue tagger plus content and source rankers; predicts (cue, content, source) token sets for a Doc."""

    def __init__(self, tagger: Linear, content: Linear, source: Linear, starts: Iterable[str] | None = None,
                 extent: Linear | None = None, begin_bias: float = 0.0, unseen: UnseenCues | None = None) -> None:
        self.tagger, self.content, self.source, self.extent = tagger, content, source, extent
        self.unseen = unseen
        self.starts = frozenset(starts) if starts is not None else None
        # added to the score of beginning a cue when tagging: a decision threshold, saved with the model, so a value
        # is tried without retraining. 1 in the shipped model: with the whole analysis, 1 and 2 lift PolNeAR dev cue
        # F1 (72.5 -> 72.7 / 72.8) for some precision (80.6 -> 80.0 / 79.7), and 2 loses 0.1 content F1; a naming
        # ('known (to X) as "Y"') the tagger then takes for a cue is no attribution, so no dev article loses
        self.begin_bias = begin_bias

    def cues(self, doc: Doc, ctx: Context, start: int = 0) -> list[list[int]]:
        """The tagged cues, each stretched to the extent the extent ranker prefers around its head; a stretch
        keeps every tagged word and never takes a word of another cue."""
        return [cue for cue, _ in self.stretched_cues(doc, ctx, start)]

    def stretched_cues(self, doc: Doc, ctx: Context, start: int = 0) -> list[tuple[list[int], list[int]]]:
        """(stretched cue, tagged cue) pairs."""
        tagged = tag_cues(self.tagger, doc, start, self.starts, ctx, self.begin_bias, self.unseen)
        return list(zip(self.stretch(doc, ctx, tagged, start), tagged))

    def stretch(self, doc: Doc, ctx: Context, tagged: list[list[int]], start: int) -> list[list[int]]:
        if self.extent is None:
            return tagged
        out = []
        # a loaded ranker's plain weights (Linear.from_dict): some 6,000 stretches a 30 texts, a short sum each
        weight = self.extent._flat.get if self.extent._flat_of is self.extent.weights else None
        for k, cue in enumerate(tagged):
            others = {i for j, other in enumerate(tagged) if j != k for i in other} | {i for c in out for i in c}
            cue_set = set(cue)
            # best(self.extent, allowed candidates), scored as it sums: the features a left edge's stretches share
            # come first in each one's list, so their sum is taken once and each stretch adds its own to it, in
            # the same order (the same floats); the first of the highest scores wins, as max() gives it
            chosen, top = None, None
            for shared, rows in extent_stretches(ctx, cue_head_index(ctx.table, cue),
                                                 lambda tokens: not tokens & others and tokens >= cue_set):
                partial = self.extent.scores(shared)[0]
                for tokens, own in rows:
                    score = sum_from(weight, own, partial) if weight is not None else \
                        self.extent.scores(own, partial)[0]
                    if top is None or score > top:
                        chosen, top = tokens, score
            out.append(sorted(chosen) if chosen is not None and min(chosen) >= start else cue)
        return out

    def predict(self, doc: Doc, start: int = 0) -> list[tuple[list[int], frozenset[int], frozenset[int]]]:
        out = []
        ctx = context(doc)
        for cue, tagged in self.stretched_cues(doc, ctx, start):
            cue = before_infinitive(ctx, cue)
            content = choose_content(self.content, doc, cue, ctx)
            if cue != tagged and content is not None and dangling(doc, ctx, cue, set(cue) - set(tagged), content.tokens):
                cue = tagged
                content = choose_content(self.content, doc, cue, ctx)
            if content is None:
                continue
            source = best(self.source, source_candidates(doc, cue, content.tokens, ctx))
            out.append((cue, content.tokens, source.tokens if source else frozenset()))
        tagged = {i for cue, _, _ in out for i in cue}
        out.extend(signed for signed in signed_quotations(doc, ctx, start) if not tagged.intersection(signed[0]))
        return out

    def to_dict(self) -> dict:
        out = {"tagger": self.tagger.to_dict(), "content": self.content.to_dict(), "source": self.source.to_dict(),
               "starts": sorted(self.starts) if self.starts is not None else None}
        if self.extent is not None:
            out["extent"] = self.extent.to_dict()
        if self.begin_bias:
            out["begin_bias"] = self.begin_bias
        if self.unseen is not None:
            out["unseen"] = self.unseen.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: dict) -> "AttributionModel":
        return cls(Linear.from_dict(data["tagger"]), Linear.from_dict(data["content"]),
                   Linear.from_dict(data["source"]), data.get("starts"),
                   Linear.from_dict(data["extent"]) if data.get("extent") else None, data.get("begin_bias", 0.0),
                   UnseenCues.from_dict(data["unseen"]) if data.get("unseen") else None)

    def save(self, path) -> None:
        """Sorted keys and no time stamp, so that the same training gives the same file byte for byte."""
        text = json.dumps(self.to_dict(), separators=(",", ":"), sort_keys=True)
        with open(path, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as handle:
            handle.write(text.encode("utf-8"))


def load_model() -> AttributionModel | None:
    """The model shipped in the package, or None (with one warning) when it is missing."""
    try:
        resource = resources.files(MODEL_PACKAGE).joinpath(MODEL_FILE)
        with resource.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
            return AttributionModel.from_dict(json.load(handle))
    except (FileNotFoundError, ModuleNotFoundError, OSError, ValueError, KeyError) as exc:
        log.warning("attribution model not available (%s): attributions come from the rules alone", exc)
        return None
