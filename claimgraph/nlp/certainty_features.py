"""What the certainty model sees of one event predicate: the rules' reading of it and the parse around it."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

# The assessor passed in is the rules' (nlp.certainty.Assessor); the rules call these features, so this module does
# not import them back.


def lemma(token: Token) -> str:
    return token.lemma_.lower()


_ANCESTOR_LEVELS = 3


def features(token: Token, assessor: Any, convention: str) -> dict[str, float]:
    """Named features of the predicate at `token`; absent names read as 0."""
    out: dict[str, float] = {}
    rule = assessor.assess(token)
    local = assessor.local(token)
    context = assessor.context(token)
    out["rule"] = float(rule.value)
    out["rule_local"] = float(local.value)
    out["rule_context"] = float(context.value)
    out["rule_fired"] = float(rule.value != 3)
    out[f"convention={convention}"] = 1.0
    for record, tag in ((local, "lcue"), (context, "ccue")):
        for cue in record.cues:
            for word in cue:
                out[f"{tag}={word.lower_}"] = 1.0
    _own_words(token, out)
    _surroundings(token, assessor, out)
    return out


def _own_words(token: Token, out: dict[str, float]) -> None:
    """The predicate itself: its word, part of speech, tense and the function words hanging on it."""
    out[f"lemma={lemma(token)}"] = 1.0
    out[f"pos={token.pos_}"] = 1.0
    out[f"tag={token.tag_}"] = 1.0
    out[f"dep={token.dep_}"] = 1.0
    for child in token.children:
        if child.dep_ in {"aux", "auxpass", "neg", "mark", "advmod", "det", "expl", "prt"}:
            out[f"child:{child.dep_}={child.lower_}"] = 1.0
        if child.dep_ in {"nsubj", "nsubjpass"}:
            out[f"subj_pos={child.pos_}"] = 1.0
            out["subj_pronoun"] = float(child.pos_ == "PRON")
        out[f"child_dep={child.dep_}"] = 1.0
    if token.dep_ in {"acomp", "attr"} and lemma(token.head) == "be":
        for child in token.head.children:
            if child.dep_ in {"aux", "neg", "advmod"}:
                out[f"copula:{child.dep_}={child.lower_}"] = 1.0


def _surroundings(token: Token, assessor: Any, out: dict[str, float]) -> None:
    """The chain of governors above the predicate: their words, the relations on the way, and their own modality."""
    path = []
    current = token
    for level in range(1, _ANCESTOR_LEVELS + 1):
        if current.head.i == current.i:
            break
        path.append(current.dep_)
        governor = current.head
        out[f"gov{level}={lemma(governor)}"] = 1.0
        out[f"gov{level}_dep={'/'.join(path)}"] = 1.0
        out[f"gov{level}:{current.dep_}={lemma(governor)}"] = 1.0
        out[f"gov_any={lemma(governor)}"] = 1.0
        out[f"gov{level}_rule"] = float(assessor.assess(governor).value)
        for child in governor.children:
            if child.dep_ in {"aux", "neg", "mark"} and child.i != current.i:
                out[f"gov_{child.dep_}={child.lower_}"] = 1.0
        current = governor
    out["depth"] = float(len(path))
    for child in token.children:
        if child.dep_ == "mark" and child.lower_ in assessor.lex.open_complementizers:
            out["conditional"] = 1.0
    for ancestor in token.ancestors:
        if any(c.dep_ == "mark" and c.lower_ in assessor.lex.open_complementizers for c in ancestor.children):
            out["conditional_above"] = 1.0
    last = next((t for t in reversed(token.sent) if not t.is_space), None)
    if last is not None and last.text == "?":
        out["question"] = 1.0
