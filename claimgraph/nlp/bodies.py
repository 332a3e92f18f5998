"""Organs of a state or group named by description: "X's foreign ministry", "Valdorian troops", "the ministry"."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .. import lexicon
from .table import token_table
from .token_cache import token_list

_POSSESSIVE = {"'s", "’s", "'", "’"}
_MAX_MODIFIERS = 3


@dataclass
class BodyMention:
    """Words naming an organ; `owner` is the token that names whose organ it is (possessor or adjective)."""

    span: Span
    words: tuple[str, ...]       # the organ's own words, lower-cased: ("foreign", "ministry")
    owner: int | None            # the owner's key, as given by the caller
    seat: tuple[int, int] | None = None  # "the ministry in Osk": the mention of the place it sits in
    owned_by_of: bool = False    # "the foreign ministry of Osk": the owner named after the organ


# prepositions of the place something is in or comes from: "in her office" is a room, not the holder's staff
_PLACES_IN = frozenset({"in", "at", "from", "into", "to", "inside", "outside", "near", "around", "across",
                        "throughout"})


def acting_office(token) -> bool:
    """Whether a person's "office" word names a body that acts (its holder's staff): not a place something is in or
    comes from ("in her office") and not a modifier of another noun ("her office manager")."""
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].pos_ in {"NOUN", "PROPN"} and doc[token.i + 1].is_lower:
        return False
    return not (token.dep_ == "pobj" and token.head.lower_ in _PLACES_IN)


def _words(key: str) -> frozenset[str]:
    return lexicon.words("entity_lexicon.yaml", key)


def qualified_body_nouns() -> dict[str, frozenset[str]]:
    """The body nouns that name a body only after a qualifier, each with its qualifiers ("staff": "general")."""
    qualified = lexicon.load("entity_lexicon.yaml")["qualified_body_nouns"]
    return {noun: frozenset(before) for noun, before in qualified.items() if noun != "provenance"}


def offices_named_by_portfolio() -> frozenset[str]:
    """The office words that name a body before "of" and its portfolio ("Ministry of Defence"): the singular
    always-office words."""
    offices = lexicon.load("entity_lexicon.yaml")["portfolios"]["always_offices"]
    return frozenset(w for w in offices if not w.endswith("s"))


class BodyFinder:
    """Finds organ phrases given where the named mentions are and which tokens are adjectives of a place."""

    def __init__(self) -> None:
        self.body_nouns = _words("body_nouns")
        self.qualified_body_nouns = qualified_body_nouns()
        self.armed_forces = _words("armed_force_nouns")
        armed = lexicon.load("entity_lexicon.yaml")["generic_armed_forces"]
        self.generic_armed_forces = {tuple(words.split()) for words in armed["entries"]}
        self.armed_force_institutions = {tuple(words.split()) for words in armed["institutions"]}
        self.seated_organs = _words("seated_organ_nouns")
        services = lexicon.load("entity_lexicon.yaml")["adjective_services"]
        self.adjective_services, self.service_officers = frozenset(services["entries"]), frozenset(services["officers"])
        # "cabinet", a government's word and a body's, is the state's body (entities.py says why)
        self.government_nouns = _words("government_nouns") - self.body_nouns
        self.home_forces = {tuple(words.split()) for words in _words("home_forces")}
        fields = lexicon.load("entity_lexicon.yaml")["organ_fields"]
        self.fields, self.services = frozenset(fields["fields"]), frozenset(fields["services"])
        # "linked to Oskian military intelligence": a field that names its service with no article, as armed forces
        # are named ("Oskian troops"); not "security", which is as often the state's safety ("Oskian security").
        # PolNeAR train: "Russian intelligence", "Ethiopian intelligence", each the service (weak)
        self.fields_alone = self.fields - {"security"}
        portfolios = lexicon.load("entity_lexicon.yaml")["portfolios"]
        # a portfolio and an office only a government has ("Defence Ministry"), not a named force ("Interior Guard")
        self.portfolios, self.offices = frozenset(portfolios["entries"]), frozenset(portfolios["always_offices"])
        self.offices_by_name = offices_named_by_portfolio()

    def names_again(self, organ: tuple[str, ...], words: tuple[str, ...]) -> bool:
        """Whether a definite description's words name an organ again: its last words ("the ministry" of "foreign
        ministry"), one word for a field's service in place of another ("the agency" of "intelligence service":
        the words a field's service goes by, entity_lexicon organ_fields), or one word for a state's armed forces
        as a whole in place of another ("the army" of "X's military")."""
        if organ[-len(words):] == words or self.one_armed_force(organ, words):
            return True
        return len(words) == 1 and words[0] in self.services and len(organ) > 1 and organ[-1] in self.services \
            and organ[-2] in self.fields

    def one_armed_force(self, organ: tuple[str, ...], words: tuple[str, ...]) -> bool:
        """Whether two organs' words both name a state's armed forces as a whole ("military", "army", "troops":
        entity_lexicon generic_armed_forces), so that one owner's are one body; no branch or unit is among them."""
        return organ in self.generic_armed_forces and words in self.generic_armed_forces

    def _titled_organ_word(self, doc: Doc, j: int) -> bool:
        """ "Osk's Defence Ministry": a portfolio capitalised before a capitalised ministry or department, or that
        office after one, is the organ's words written as a title, not a name of its own."""
        tok = token_list(doc)
        word = tok[j].lower_
        if not tok[j].is_title:
            return False
        if word in self.portfolios:
            return j + 1 < len(doc) and tok[j + 1].is_title and tok[j + 1].lower_ in self.offices
        return word in self.offices and j > 0 and tok[j - 1].is_title and tok[j - 1].lower_ in self.portfolios

    def _organ(self, doc: Doc, i: int) -> int | None:
        """End of "[modifiers] body-noun" starting at token i (the head is the last word), or None."""
        tok = token_list(doc)
        j = i
        while j < len(doc) and j - i <= _MAX_MODIFIERS:
            token = tok[j]
            if token.text == "-" and j > i and not tok[j - 1].whitespace_:
                j += 1
            elif token.pos_ in {"ADJ", "NOUN", "PROPN"} and (token.is_lower or self._titled_organ_word(doc, j)):
                j += 1
            else:
                break
        for end in range(j, i, -1):
            head = tok[end - 1]
            if self._body_noun(tok, end - 1, i) and head.pos_ in {"NOUN", "PROPN"} \
                    and (end >= len(doc) or not (tok[end].pos_ in {"NOUN"} and tok[end].is_lower)):
                return end
        return None

    def _body_noun(self, tok, k: int, start: int) -> bool:
        """Whether token k heads a body's words that start at `start`: a body noun, or one only after its qualifier
        ("general staff")."""
        word = tok[k].lower_
        if word in self.body_nouns:
            return True
        qualifiers = self.qualified_body_nouns.get(word)
        return qualifiers is not None and k > start and tok[k - 1].lower_ in qualifiers

    def find(self, doc: Doc, first: int, owners: dict[int, tuple[int, int]], adjectives: dict[int, int],
             places: dict[int, int] | None = None, states: set[int] = frozenset()) -> list[BodyMention]:
        """owners: mention end token -> (mention start, owner key); adjectives: token -> owner key; places: place
        mention start -> end; states: the owner keys shown to be states."""
        tok = token_list(doc)
        found: list[BodyMention] = []
        taken: set[int] = set()
        for end_token, (start, key) in sorted(owners.items()):
            # "Valdoria's foreign ministry", "the bloc's sanctions monitors"
            if end_token < len(doc) and tok[end_token].text in _POSSESSIVE:
                seated = self._seated_organ(doc, end_token + 1, places or {})
                if seated is not None:
                    # "the bloc's mission in Osk": the organ with the place that makes it one
                    word, seat = seated
                    found.append(BodyMention(doc[start:seat[1]], (word,), key, seat))
                    taken.update(range(start, seat[1]))
                    continue
                end = self._organ(doc, end_token + 1)
                if end is not None and tok[end - 1].lower_ not in self.government_nouns:
                    words = tuple(t.lower_ for t in doc[end_token + 1:end])
                    found.append(BodyMention(doc[start:end], words, key))
                    taken.update(range(start, end))
        found += self._owned_by_of(doc, first, owners, taken)
        found += self._home_forces_in(doc, first, owners, states, taken)
        for i, key in sorted(adjectives.items()):
            # "Valdorian government forces", "the Valdorian foreign ministry"
            if i in taken:
                continue
            service = self._service(doc, i + 1)
            if service is not None:
                # "Oskian customs officers", "Oskian police": the state's service, named by its adjective alone
                found.append(BodyMention(doc[i:service], (tok[i + 1].lower_,), key))
                taken.update(range(i, service))
                continue
            end = self._organ(doc, i + 1)
            if end is None:
                continue
            determined = i > 0 and tok[i - 1].lower_ == "the"
            if tok[end - 1].lower_ not in self.armed_forces and not determined \
                    and tok[end - 1].lower_ not in self.fields_alone:
                continue
            start = i - 1 if determined else i
            words = tuple(t.lower_ for t in doc[i + 1:end])
            found.append(BodyMention(doc[start:end], words, key))
            taken.update(range(start, end))
        return found

    def _owned_by_of(self, doc: Doc, first: int, owners: dict[int, tuple[int, int]],
                     taken: set[int]) -> list[BodyMention]:
        """'the foreign ministry of Lussano', 'the army of neighbouring Delsia': 'the', an organ's words, 'of' and
        its owner's mention (one lower-case modifier may stand before the owner), the organ the possessive names in
        "Lussano's foreign ministry". A government noun is left to the government's own readings."""
        tok = token_list(doc)
        lower = token_table(doc).lower
        by_start = {start: (end, key) for end, (start, key) in owners.items() if key >= 0}
        found = []
        for i in range(first, len(doc) - 3):
            if lower[i] != "the" or i in taken:
                continue
            end = self._organ(doc, i + 1)
            if end is None:
                end = self._qualified_mission(doc, i + 1)
            if end is None or end + 1 >= len(doc) or lower[end] != "of" or lower[end - 1] in self.government_nouns:
                continue
            at = end + 1
            if at not in by_start and tok[at].is_lower and (tok[at].pos_ in {"ADJ", "VERB"} or tok[at].dep_ in {
                    "amod", "compound"} and tok[at].head.i == at + 1):
                # 'of neighbouring Delsia', 'of oil-rich Kestria' (the tagger may read the participle as a noun
                # modifying the name)
                at += 1
            if at not in by_start or any(k in taken for k in range(i, by_start[at][0])):
                continue
            owner_end, key = by_start[at]
            found.append(BodyMention(doc[i:owner_end], tuple(lower[i + 1:end]), key, owned_by_of=True))
            taken.update(range(i, owner_end))
        return found

    def _home_forces_in(self, doc: Doc, first: int, owners: dict[int, tuple[int, int]], states: set[int],
                        taken: set[int]) -> list[BodyMention]:
        """ "Security forces in Osk shot ...", "the police in Osk": a state's home forces (entity_lexicon home_forces),
        bare or with "the", placed by "in" in a state, are that state's, its mention the words and the place."""
        lower = token_table(doc).lower
        found = []
        for end, (start, key) in sorted(owners.items()):
            if key not in states or start < first + 2 or lower[start - 1] != "in":
                continue
            for words in self.home_forces:
                at = start - 1 - len(words)
                if at < first or tuple(lower[at:start - 1]) != words or any(k in taken for k in range(at, end)):
                    continue
                if at > first and (lower[at - 1] != "the" and doc[at - 1].pos_ in {"DET", "PRON", "ADJ", "PROPN", "NUM"}
                                   or doc[at - 1].text in _POSSESSIVE):
                    continue  # "Oskian police in Vell", "its police in Vell": owned by another word already
                begin = at - 1 if at > first and lower[at - 1] == "the" else at
                found.append(BodyMention(doc[begin:end], words, key, owned_by_of=True))
                taken.update(range(begin, end))
                break
        return found

    def _qualified_mission(self, doc: Doc, i: int) -> int | None:
        """End of "monitoring mission", "observer mission" at token i: a seated organ's noun after a lower-case word
        saying what it does, a body sent somewhere ("the mission of X" alone is most often X's task), or None."""
        tok = token_list(doc)
        j = i
        while j < len(doc) and j - i < _MAX_MODIFIERS and tok[j].is_lower and tok[j].pos_ in {"ADJ", "NOUN", "VERB"} \
                and tok[j].lower_ not in self.seated_organs:
            j += 1
        if j == i or j >= len(doc) or tok[j].lower_ not in self.seated_organs:
            return None
        return j + 1

    def _service(self, doc: Doc, i: int) -> int | None:
        """End of "customs [officers]" at token i, a service its adjective names, or None: not before another noun
        ("police chief", "customs official": a person, not the service)."""
        tok = token_list(doc)
        if i >= len(doc) or tok[i].lower_ not in self.adjective_services or tok[i].pos_ not in {"NOUN", "PROPN"}:
            return None
        if i + 1 < len(doc) and tok[i + 1].lower_ in self.service_officers:
            return i + 2
        if i + 1 < len(doc) and tok[i + 1].pos_ in {"NOUN", "PROPN"} and tok[i + 1].is_lower:
            return None
        return i + 1

    def bare_services(self, doc: Doc, first: int, taken: set[int]) -> list[BodyMention]:
        """ "customs officers seized ...": a service's officers with no article or owner, for the one service of
        that name the text named with its state."""
        tok = token_list(doc)
        lower = token_table(doc).lower
        found = []
        for i in range(max(first, 1), len(doc) - 1):
            if lower[i] not in self.adjective_services or lower[i + 1] not in self.service_officers \
                    or i in taken or i + 1 in taken:
                continue
            if tok[i - 1].pos_ in {"DET", "PRON", "ADJ", "PROPN", "NUM"} or tok[i - 1].text in _POSSESSIVE:
                continue  # "the customs officers", "two customs officers", "Oskian customs officers": not bare
            found.append(BodyMention(doc[i:i + 2], (lower[i],), None))
        return found

    def _seated_organ(self, doc: Doc, i: int, places: dict[int, int]) -> tuple[str, tuple[int, int]] | None:
        """ "mission in Osk": an organ kept in a place, with the place mention's start and end, or None."""
        tok = token_list(doc)
        if i + 2 >= len(doc) or tok[i].lower_ not in self.seated_organs or tok[i + 1].lower_ not in {"in", "to"}:
            return None
        at = i + 2
        if at in places:
            return tok[i].lower_, (at, places[at])
        return None

    def descriptions(self, doc: Doc, first: int, known: list[tuple[str, ...]], taken: set[int],
                     places: dict[int, int]) -> list[BodyMention]:
        """ "the ministry", "the foreign ministry in Osk": a definite phrase whose words end an organ's words; places:
        mention start -> end."""
        tok = token_list(doc)
        found = []
        lower = token_table(doc).lower
        # a Token is made only for a "the" not taken, read from the table's words
        for token in (tok[i] for i in range(first, len(doc)) if lower[i] == "the" and i not in taken):
            end = self._organ(doc, token.i + 1)
            if end is None or any(i in taken for i in range(token.i, end)):
                continue
            words = tuple(t.lower_ for t in doc[token.i + 1:end])
            if not any(self.names_again(k, words) for k in known):
                continue
            seat = None
            if end + 1 < len(doc) and tok[end].lower_ == "in" and end + 1 in places:
                seat = (end + 1, places[end + 1])  # "the foreign ministry in Osk"
            found.append(BodyMention(doc[token.i:seat[1] if seat else end], words, None, seat))
        return found
