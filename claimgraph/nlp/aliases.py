"""Statements in the text that give a second name to a thing: "X, also known as Y", "X (Y)", "X, or Y,"."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Doc, Span

from .. import lexicon
from .layout import dateline_words
from .table import token_table
from .token_cache import token_list

_DETERMINERS = {"a", "an", "the"}
_RELATIVE_PRONOUNS = {"which", "that", "who"}
_COPULAS = {"is", "are", "was", "were", "be", "been", "'s", "’s"}
_NAME_JOINERS = {"-", "/", "'", "’"}
_MAX_NAME_TOKENS = 6


@dataclass
class AliasStatement:
    """`named` is given the second name `alias` (without its determiner); `evidence` is the renaming words."""

    named: Span
    alias: Span
    alias_np: Span
    evidence: Span
    kind: str = ""


def alias_cues() -> list[tuple[str, ...]]:
    """Cue phrases as lower-cased word tuples, longest first so "also known as" wins over "known as"."""
    phrases = lexicon.load("entity_lexicon.yaml")["alias_cues"]["entries"]
    return sorted((tuple(p.lower().split()) for p in phrases), key=len, reverse=True)


def _name_like(token) -> bool:
    return (token.is_title or token.is_upper or token.like_num or token.pos_ == "PROPN"
            or any(ch.isdigit() for ch in token.text)) and not token.is_punct and not token.is_space


def name_after(doc: Doc, i: int, limit: int | None = None) -> tuple[int, int, int] | None:
    """(np_start, name_start, name_end) of a proper name starting at token i, an optional determiner first."""
    tok = token_list(doc)
    limit = len(doc) if limit is None else limit
    np_start = i
    if i < limit and tok[i].lower_ in _DETERMINERS:
        i += 1
    start = end = i
    while end < limit and end - start < _MAX_NAME_TOKENS:
        token = tok[end]
        if _name_like(token):
            end += 1
        elif token.text in _NAME_JOINERS and not tok[end - 1].whitespace_ and end + 1 < limit \
                and _name_like(tok[end + 1]) and end > start:
            end += 1
        else:
            break
    return (np_start, start, end) if end > start else None


def _named_before(doc: Doc, k: int, mention_ending_at: Callable[[int], Span | None]) -> Span | None:
    """The name or noun phrase whose last token is k."""
    tok = token_list(doc)
    mention = mention_ending_at(k)
    if mention is not None:
        return mention
    token = tok[k]
    if token.pos_ in {"NOUN", "PROPN"}:
        start = max(token.left_edge.i, token.sent.start)
        return doc[start:k + 1]
    return None


def find_alias_statements(doc: Doc, cues: list[tuple[str, ...]], first_token: int,
                          mention_ending_at: Callable[[int], Span | None]) -> list[AliasStatement]:
    """Every renaming in the story, given a look-up of the mention (if any) ending at a token."""
    found: list[AliasStatement] = []
    cue_starts = {cue[0] for cue in cues}
    # each token's words read once: the loop asks three questions of every token, and most answer no at once
    lowers = token_table(doc).lower
    i = first_token
    while i < len(doc):
        statement = None
        if lowers[i] in cue_starts:
            statement = _cue_statement(doc, i, cues, mention_ending_at)
        if statement is None and lowers[i] == "(" and i not in dateline_words(doc):
            # 'WASHINGTON (AP) -': a wire dateline's brackets hold the outlet, no other name of the place, wherever
            # the dateline stands (under a headline, it is inside the story)
            statement = _parenthesis_statement(doc, i, mention_ending_at)
        if statement is None and lowers[i] == ",":
            statement = _or_statement(doc, i, mention_ending_at) or _acronym_statement(doc, i, mention_ending_at)
        if statement is not None:
            found.append(statement)
            i = statement.evidence.end
        else:
            i += 1
    return found


def _cue_statement(doc, i, cues, mention_ending_at) -> AliasStatement | None:
    tok = token_list(doc)
    for cue in cues:
        n = len(cue)
        if tuple(t.lower_ for t in doc[i:i + n]) != cue:
            continue
        sent_end = tok[i].sent.end
        after = name_after(doc, i + n, sent_end)
        if after is None:
            return None
        np_start, name_start, name_end = after
        k = i - 1
        evidence_start = i
        while k >= 0 and tok[k].lower_ in _COPULAS | {"also"}:
            k -= 1
        if k >= 0 and tok[k].lower_ in _RELATIVE_PRONOUNS:
            evidence_start = k
            k -= 1
        while k >= 0 and tok[k].text == ",":
            k -= 1
        if k < tok[i].sent.start:
            return None
        named = _named_before(doc, k, mention_ending_at)
        if named is None:
            return None
        named = _head_of_of_phrase(doc, named, mention_ending_at) or named
        return AliasStatement(named, doc[name_start:name_end], doc[np_start:name_end],
                              doc[evidence_start:name_end])
    return None


def _head_of_of_phrase(doc: Doc, named: Span, mention_ending_at: Callable[[int], Span | None]) -> Span | None:
    """ "Unit 52 of the Osk army's intelligence, also known as X": a renaming after "A of B" renames the phrase's
    head A, when A is a name and B lies wholly inside the "of" phrase (1 of the 11 "known as" after an "of" phrase
    in PolNeAR train keeps the whole name, "the Court of Appeals for the 5th Circuit, known as", which is one
    mention and so never reaches here)."""
    node = named.root
    while node.dep_ in {"pobj", "poss", "compound", "amod", "nmod", "appos", "conj"} and node.head.i < node.i:
        node = node.head
        if node.lower_ == "of" and node.dep_ == "prep":
            break
    if node.lower_ != "of" or node.dep_ != "prep" or node.i <= named.sent.start:
        return None
    if min(t.i for t in node.subtree) != node.i or named.start <= node.i:
        return None
    head = mention_ending_at(node.i - 1)
    if head is None or head.root.i != node.head.i and node.head.pos_ not in {"VERB", "AUX"}:
        return None  # "blaming Unit 52 of X": the parser may hang the "of" on the verb; the name still heads it
    return head


def _parenthesis_statement(doc, i, mention_ending_at) -> AliasStatement | None:
    """ "the Islamic Revolutionary Guard Corps (IRGC)": a name and, in brackets, nothing but another name."""
    tok = token_list(doc)
    if tok[i].text != "(" or i == 0:
        return None
    named = mention_ending_at(i - 1)
    if named is None:
        return None
    after = name_after(doc, i + 1, min(len(doc), i + 2 + _MAX_NAME_TOKENS))
    if after is None:
        return None
    np_start, name_start, name_end = after
    if name_end >= len(doc) or tok[name_end].text != ")" or np_start != name_start:
        return None
    alias = doc[name_start:name_end]
    if not any(ch.isalpha() for ch in alias.text):
        return None  # "(2023)", "(1)" are not names
    named = _spelled_head(doc, named, alias.text, mention_ending_at) or named
    return AliasStatement(named, alias, alias, doc[named.start:name_end + 1])


def _initials(span: Span) -> str:
    return "".join(t.text[0] for t in span if t.text[:1].isupper() and t.lower_ not in _DETERMINERS)


def _spelled_head(doc: Doc, named: Span, acronym: str, mention_ending_at) -> Span | None:
    """ "the Armed Forces of the Philippines (AFP)": where the tagger split the name at "of", an acronym that spells
    the whole phrase and not the place after "of" names the phrase's head (PolNeAR train: 3 bracketed acronyms
    after an "of" name, "Federal Bureau of Investigation (FBI)")."""
    tok = token_list(doc)
    if not acronym.isupper() or _initials(named) == acronym:
        return None
    k = named.start - 1
    if k > 0 and tok[k].lower_ == "the":
        k -= 1
    if k < 1 or tok[k].lower_ != "of":
        return None
    head = mention_ending_at(k - 1)
    if head is None or _initials(head) + _initials(named) != acronym:
        return None
    return head


def _or_statement(doc, i, mention_ending_at) -> AliasStatement | None:
    """ "Daesh, or Islamic State, ..." : a name restated between commas after "or"."""
    tok = token_list(doc)
    if tok[i].text != "," or i == 0 or i + 2 >= len(doc) or tok[i + 1].lower_ != "or":
        return None
    named = mention_ending_at(i - 1)
    if named is None:
        return None
    after = name_after(doc, i + 2, tok[i].sent.end)
    if after is None:
        return None
    np_start, name_start, name_end = after
    if name_end >= len(doc) or tok[name_end].text != "," or np_start != name_start:
        return None
    return AliasStatement(named, doc[name_start:name_end], doc[name_start:name_end], doc[named.start:name_end])


def _acronym_statement(doc, i, mention_ending_at) -> AliasStatement | None:
    """ "the Republican People's Party, the CHP, said": a name followed by an apposed acronym and nothing more is
    the name's short form, as in brackets. The acronym must close the apposition ("Robert Mercer, the GOP
    megadonor" describes) and come with "the" or spell the name's initials ("New York, NY" names a state)."""
    tok = token_list(doc)
    if tok[i].text != "," or i == 0 or i + 2 >= len(doc):
        return None
    named = mention_ending_at(i - 1)
    if named is None:
        return None
    if len(_initials(named)) < 2:
        return None  # a one-word name has no long form to shorten
    k = i + 2 if tok[i + 1].lower_ == "the" else i + 1
    if k >= len(doc):
        return None
    acronym = tok[k]
    text = acronym.text.replace("&", "")
    if not (2 <= len(text) <= 7 and text.isalpha() and text.isupper()):
        return None
    if k + 1 < len(doc) and tok[k + 1].text not in {",", ".", ";", ")", "--", "—"} and not tok[k + 1].is_sent_start:
        return None
    if k == i + 1 and text != _initials(named):
        return None
    return AliasStatement(named, doc[k:k + 1], doc[i + 1:k + 1], doc[named.start:k + 1], kind="apposed acronym")


def find_naming_clauses(doc: Doc, first_token: int, naming_verbs: set[str], as_verbs: set[str],
                        mention_covering: Callable[[int], Span | None],
                        described_before: Callable[[object], Span | None] | None = None) -> list[AliasStatement]:
    """ "a model that the crews call the Osprey", "an aircraft pilots refer to as the "Lance"", "known to the
    troops as "Anvils"": a clause on a named thing's phrase gives it a second name."""
    tok = token_list(doc)
    found: list[AliasStatement] = []
    table = token_table(doc)
    lower, pos, text = table.lower, table.pos, table.text
    for i in range(len(doc))[first_token:]:
        # the words as read once: a word neither branch below can take is passed over without a Token
        if lower[i] not in {"name", "names"} and (pos[i] not in {"PROPN", "NOUN", "NUM"} or not text[i][:1].isupper()):
            continue
        token = tok[i]
        if token.lower_ in {"name", "names"} and token.i >= 2 and tok[token.i - 1].lower_ == "the" \
                and tok[token.i - 2].lower_ in {"under", "as"}:
            statement = _under_the_name(doc, token, mention_covering, described_before)
            if statement is not None:
                found.append(statement)
            continue
        if token.pos_ not in {"PROPN", "NOUN", "NUM"} or not token.text[:1].isupper() or token.is_sent_start:
            continue
        verb = None
        if token.dep_ in {"dobj", "oprd"} and token.head.lemma_.lower() in naming_verbs:
            verb = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.head.lemma_.lower() in as_verbs:
            verb = token.head.head
        elif token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.head.dep_ == "pobj" \
                and token.head.head.head.lower_ in {"to", "among"} \
                and token.head.head.head.head.lemma_.lower() in as_verbs:
            verb = token.head.head.head.head  # "known to researchers as X": the parser hangs "as" on the knowers
        if verb is None:
            continue
        if verb.dep_ in {"relcl", "acl"}:
            noun = verb.head
            named = mention_covering(noun.i)
        else:
            noun = zero_relative_noun(verb)
            if noun is None:
                continue
            named = _appositive_anchor(doc, noun, mention_covering)
        if named is None and noun.dep_ == "appos":
            named = mention_covering(noun.head.i)
        if named is None and described_before is not None and noun.pos_ == "NOUN" \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            # "The group, which analysts call X": the group named before, else the description itself
            named = described_before(noun) or doc[noun.left_edge.i:noun.i + 1]
        if named is None or named.start <= token.i < named.end:
            continue
        start = end = token.i
        while start - 1 > verb.i and tok[start - 1].pos_ == "PROPN" and tok[start - 1].text[:1].isupper():
            start -= 1
        while end + 1 < len(doc) and tok[end + 1].pos_ == "PROPN" and tok[end + 1].text[:1].isupper():
            end += 1
        np_start = start - 1 if tok[start - 1].lower_ in _DETERMINERS else start
        evidence_start = min(t.i for t in verb.subtree)
        if noun.dep_ == "appos" and noun.i < verb.i:
            evidence_start = min(evidence_start, noun.left_edge.i)
        found.append(AliasStatement(named, doc[start:end + 1], doc[np_start:end + 1],
                                    doc[evidence_start:end + 1]))
    return found


def zero_relative_noun(verb) -> object | None:
    """ "the group security firms track as X": a naming clause without "which" is often parsed as a clause whose
    subject is "the group security firms"; the first of those nouns, right after "the", is the thing named."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if subject is None:
        return None
    words = [t for t in subject.subtree if t.i < subject.i]
    if len(words) < 2 or words[0].lower_ != "the" or words[1].dep_ != "compound" or words[1].pos_ != "NOUN":
        return None
    return words[1]


def _appositive_anchor(doc: Doc, noun, mention_covering: Callable[[int], Span | None]) -> Span | None:
    """ "Unit 52 of the Osk army, the group firms track as X": the name the description after a comma restates."""
    tok = token_list(doc)
    the = noun.i - 1
    if the < 2 or tok[the].lower_ != "the" or tok[the - 1].text != ",":
        return None
    before = mention_covering(the - 2)
    if before is None or before.end != the - 1:
        return None

    def ending_at(i: int) -> Span | None:
        m = mention_covering(i)
        return m if m is not None and m.end == i + 1 else None
    return _head_of_of_phrase(doc, before, ending_at) or before


def _under_the_name(doc: Doc, name_token, mention_covering: Callable[[int], Span | None],
                    described_before: Callable[[object], Span | None] | None = None) -> AliasStatement | None:
    """ "the tanker X, which sailed under the name Y", "tracks the group under the name Y"; "the group" there is
    the name last introduced as a group ("X, a hacking group, ..."), given by `described_before`."""
    tok = token_list(doc)
    after = name_after(doc, name_token.i + 1, name_token.sent.end)
    if after is None or after[0] != after[1]:
        return None
    _, start, end = after
    verb = tok[name_token.i - 2].head
    named = None
    if verb.dep_ in {"relcl", "acl"}:
        named = mention_covering(verb.head.i)
    if named is None:
        obj = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        named = mention_covering(obj.i) if obj is not None else None
        if named is None and obj is not None and described_before is not None \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
            named = described_before(obj)
    if named is None or named.start <= start < named.end:
        return None
    evidence_start = min(t.i for t in verb.subtree) if verb.dep_ in {"relcl", "acl"} else name_token.i - 2
    return AliasStatement(named, doc[start:end], doc[start:end], doc[max(evidence_start, named.end):end])


# "X, formerly Twitter", "X, formerly known as Twitter": the name before the comma is the one the thing goes by now
_FORMER_CUES = (("formerly",), ("formerly", "known", "as"), ("previously", "known", "as"))


def present_name_before(doc: Doc, start: int) -> tuple[int, int] | None:
    """(name_start, name_end) of the present name of what doc[start:] names by its former name ("X, formerly
    Twitter"), or None."""
    tok = token_list(doc)
    for cue in _FORMER_CUES:
        comma = start - len(cue) - 1
        if comma < 1 or tok[comma].text != "," or tuple(t.lower_ for t in doc[comma + 1:start]) != cue:
            continue
        end = comma
        begin = end
        while begin > tok[start].sent.start and end - begin < 3 and _name_like(tok[begin - 1]) \
                and not tok[begin - 1].like_num and not tok[begin - 1].is_stop:  # "On X, formerly ..."
            begin -= 1
        if begin < end:
            return begin, end
    return None

