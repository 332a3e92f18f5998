"""What the certainty model sees of one event predicate: the rules' reading of it and the parse around it."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from .table import TokenTable, token_table

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
    # the assessor's token table, fetched once a document (every predicate's features read it three times)
    table = assessor.table
    lower = table.lower  # the cues' words, read from the table rather than the Spans' Tokens
    for record, tag in ((local, "lcue"), (context, "ccue")):
        for cue in record.cues:
            for k in range(cue.start, cue.end):
                out[f"{tag}={lower[k]}"] = 1.0
    for cue in local.cues:
        relation = _attachment(token.i, cue.start, cue.end, table)
        if relation is not None:
            out[f"lcue_on={relation}"] = 1.0
    _own_words(token, out, table)
    _surroundings(token, assessor, out, table)
    return out


def _attachment(i: int, start: int, end: int, table: TokenTable) -> str | None:
    """The relation by which a cue of the predicate's own clause hangs on it: 'neg' for its "not", 'aux' for its
    modal, or the argument a negative word sits on ("no soldiers were killed": nsubjpass; "gave no details": dobj;
    "no plans": det on the noun itself). Averaged ratings part these where the cue's word alone does not: UW train, a
    negative word on the subject mean -0.96 (n=21), on the object 0.66 (n=18: "gave no details", "made no
    comment"), on the event noun itself -1.65 (n=19)."""
    heads, dep = table.head, table.dep
    for k in range(start, end):
        word, steps = k, 0
        # up from the cue's word to the child of the predicate it reaches, a few steps at most (the argument's
        # determiner, the preposition's object)
        while heads[word] != i and heads[word] != word and steps < 3:
            word, steps = heads[word], steps + 1
        if heads[word] == i and word != i:
            return dep[word]
    return None


def _governor(i: int, assessor: Any, table: TokenTable) -> tuple[int, str]:
    """The word governing `i` and the relation to it, as the rules read the clause: "claimed without evidence that
    the ballots were forged" is parsed with the clause on "evidence", but the rules read it as what "claimed"
    reports, past the outlet's remark on its grounds, and the model sees it there too, as the clause of "claimed that
    the ballots were forged" (no UW or MEANTIME train target is so parsed, so the trained features do not move)."""
    if table.dep[i] in {"acl", "ccomp", "relcl"}:
        reporter = assessor.reported_past_grounds(assessor.doc[i])
        if reporter is not None:
            return reporter.i, "ccomp"
    return table.head[i], table.dep[i]


def _own_words(token: Token, out: dict[str, float], table: TokenTable | None = None) -> None:
    """The predicate itself: its word, part of speech, tense and the function words hanging on it."""
    if table is None:
        table = token_table(token.doc)  # the words around the predicate, read from the document's token table
    dep, lower, pos, i = table.dep, table.lower, table.pos, token.i
    out[f"lemma={table.lemma[i]}"] = 1.0
    out[f"pos={pos[i]}"] = 1.0
    out[f"tag={table.tag[i]}"] = 1.0
    out[f"dep={dep[i]}"] = 1.0
    for child in table.children[i]:
        if dep[child] in {"aux", "auxpass", "neg", "mark", "advmod", "det", "expl", "prt"}:
            out[f"child:{dep[child]}={lower[child]}"] = 1.0
        if dep[child] in {"nsubj", "nsubjpass"}:
            out[f"subj_pos={pos[child]}"] = 1.0
            out["subj_pronoun"] = float(pos[child] == "PRON")
        out[f"child_dep={dep[child]}"] = 1.0
    head = table.head[i]
    if dep[i] in {"acomp", "attr"} and table.lemma[head] == "be":
        for child in table.children[head]:
            if dep[child] in {"aux", "neg", "advmod"}:
                out[f"copula:{dep[child]}={lower[child]}"] = 1.0


def _surroundings(token: Token, assessor: Any, out: dict[str, float], table: TokenTable | None = None) -> None:
    """The chain of governors above the predicate: their words, the relations on the way, and their own modality."""
    if table is None:
        table = token_table(token.doc)
    dep, lower, heads, lemmas, children = table.dep, table.lower, table.head, table.lemma, table.children
    opening = assessor.lex.open_complementizers
    path = []
    current = token.i
    # the names a governor gives at a level, reached from the word below it, are the same for every predicate that
    # reaches it so (the predicates of a sentence share their governors): made once a document, kept with the
    # assessor, in the order they are set
    made = assessor.governor_words
    for level in range(1, _ANCESTOR_LEVELS + 1):
        if heads[current] == current:
            break
        governor, relation_word = _governor(current, assessor, table)
        path.append(relation_word)
        names = made.get((current, level))
        if names is None:
            word = lemmas[governor]
            names = made[current, level] = (
                f"gov{level}={word}", f"gov{level}:{relation_word}={word}", f"gov_any={word}", f"gov{level}_rule",
                [f"gov_{dep[child]}={lower[child]}" for child in children[governor]
                 if dep[child] in {"aux", "neg", "mark"} and child != current])
        own, relation, anywhere, rule, function_words = names
        out[own] = 1.0
        out[f"gov{level}_dep={'/'.join(path)}"] = 1.0
        out[relation] = 1.0
        out[anywhere] = 1.0
        out[rule] = float(assessor.assess_at(governor).value)
        for name in function_words:
            out[name] = 1.0
        current = governor
    out["depth"] = float(len(path))
    for child in children[token.i]:
        if dep[child] == "mark" and lower[child] in opening:
            out["conditional"] = 1.0
    # whether a word has an opening complementizer among its children, asked of the same governors for many
    # predicates of a sentence: kept with the assessor, which lives as long as the document's scoring
    marked = assessor.opening_marked
    ancestor = token.i
    for _ in range(len(heads)):  # token.ancestors: the heads up to the root
        if heads[ancestor] == ancestor:
            break
        ancestor = heads[ancestor]
        opens = marked.get(ancestor)
        if opens is None:
            opens = marked[ancestor] = any(dep[c] == "mark" and lower[c] in opening for c in children[ancestor])
        if opens:  # one such governor sets the feature: the ones above it cannot unset it
            out["conditional_above"] = 1.0
            break
    start, end = table.sentence(token.i)
    last = next((j for j in range(end - 1, start - 1, -1) if not table.space[j]), None)
    if last is not None and table.text[last] == "?":
        out["question"] = 1.0
