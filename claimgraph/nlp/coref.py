"""Coreference: pronouns and definite descriptions ("it", "the group", "the system", "the report") joined to entities."""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass
from itertools import chain
from operator import attrgetter
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..gazetteer import load_gazetteer
from .annotations import (EntityCluster, entity_index, register_extensions, set_attributions, set_entities,
                          story_start_token)
from .component import GAZETTEER, Component, factory
from .bodies import acting_office
from .attribution.sources import one_person_noun
from .entity_context import (ContextTyper, adjective_forms, capital_cities, capital_owners, state_organ_adjective)
from .layout import dateline_words
from .parties import parties_by_possessive
from .table import token_table
from .timex import ORDINAL_WORDS

# participles that give a thing its name ("a boat called X"): the craft so introduced is a named one
_NAMING_PARTICIPLES = frozenset({"call", "name", "dub", "know", "christen", "nickname"})
_PRONOUN_WINDOW = 2       # sentences before the pronoun's own
_DESCRIPTION_WINDOW = 4   # sentences before a definite description's own
# kinds of named thing a description of the name's head noun can name again ("the court", "the strait")
_HEAD_NAMED_TYPES = {"ORG", "OUTLET", "LOC", "FAC"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_OBJECT_DEPS = {"dobj", "dative", "attr", "appos"}
_MODIFIER_DEPS = {"compound", "poss", "amod", "nmod"}
_COPULAR = {"be", "seem", "appear", "remain", "become", "look", "sound"}
_WEATHER = {"rain", "snow", "hail", "drizzle", "pour", "thunder"}
# the words that count how often something happened ("the first time", "the last time"): the "it" before is no entity
_TIME_COUNTS = ORDINAL_WORDS | {"only", "latest", "umpteenth"}
# the pronouns a speaker uses of themselves or of the body they speak for
_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"})
_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f"}
# head nouns of a government's own bodies: "the agency" naming a body that is no outlet is a government body (ACE
# 2005 ORG subtype Government; AP Stylebook: agency, department, ministry)
_GOVERNMENT_BODIES = {"agency", "ministry", "department", "directorate", "inspectorate", "commission", "office"}
# "the government", "the regime" alone: the one state whose government the story named so ("Osk's government", "the
# Osk government", "the Oskian government"); PolNeAR train: 110 "the government / regime", 61 "<Name or adjective>
# government / regime" ("the Mexican government", "the Syrian regime")
_NAMED_GOVERNMENTS = {"government", "regime"}
# a state's services named by their field ("its intelligence services", "the security service"): Wikipedia:
# Intelligence agency, Security service
_STATE_SERVICES = {"service", "services", "agency", "agencies"}
_STATE_SERVICE_FIELDS = {"intelligence", "security", "spy", "secret", "counterintelligence", "counter-intelligence"}
# the last words of a state service's own name ("the State Security Bureau", "the Protection Service")
_NAMED_SERVICE_HEADS = {"service", "bureau", "agency", "directorate"}
# the participles that name a document's author or publisher ("a video released by X", "a report written by Y")
_AUTHORING = {"release", "publish", "issue", "post", "write", "prepare", "compile", "produce", "draft", "author",
              "sign", "commission"}
_NAMING_VERBS = {"call", "name", "know", "dub", "nickname"}  # "a group called X": a body named at once
# what a body a person belongs to is called: "Dawn Alliance" may be her party where nothing typed it; a foundation not
_EXTRAPOSED = {"that", "whether", "if", "how", "why", "what", "when", "who", "where", "which"}


@dataclass
class _Mention:
    start: int
    end: int
    cluster: int
    root: Token
    sentence: int


_start = attrgetter("start")  # the key mentions are sorted by


@factory("claimgraph_coref_v1", alias="claimgraph_coref",
         requires=["span._.cg_entity", "span._.cg_cue", "span._.cg_source", "doc._.cg_front_matter", "token.dep",
                   "token.lemma"],
         assigns=["doc.spans", "span._.cg_entity", "span._.cg_source"])
def make_coref(nlp: Language, name: str) -> "Coreference":
    return Coreference()


def read_back_to(antecedent: Span, spans: list[Span], by: str = "definite description") -> list[dict]:
    """The coreference record of each pronoun or description read back to an antecedent, and how ("by")."""
    return [{"start": s.start_char, "end": s.end_char, "text": s.text, "by": by,
             "antecedent": {"start": antecedent.start_char, "end": antecedent.end_char, "text": antecedent.text}}
            for s in spans]


class Coreference(Component):
    """Extends the entities with the pronouns and definite descriptions that refer to its entities."""

    DATA = ("coref_descriptors.yaml", "entity_lexicon.yaml", "equipment_classes.yaml", "event_nouns.yaml", *GAZETTEER)

    def __init__(self) -> None:
        register_extensions()

    def load(self) -> None:
        data = lexicon.load("coref_descriptors.yaml")
        self.descriptions = data["descriptions"]
        self.member_nouns = set(data["member_descriptions"])
        self.insurgent_members = set(data["insurgent_members"]["entries"])
        self.state_service_heads = set(data["state_service_heads"]["entries"])
        self.government_body_heads = set(data["government_body_heads"]["entries"])
        self.body_heads = set(lexicon.load("entity_lexicon.yaml")["org_nouns"]["entries"])
        self.unnamed_group_plurals = lexicon.words("entity_lexicon.yaml", "unnamed_group_plurals")
        self.group_member_plurals = lexicon.words("entity_lexicon.yaml", "group_member_plurals")
        self.act_doer_plurals = set(data["act_doer_plurals"]["entries"])
        self.not_government_descriptions = set(data["government_body_heads"]["descriptions"])
        self.titles = set(data["title_descriptions"])
        self.document_nouns = set(data["document_nouns"]["entries"])
        self.facility_nouns = set(data["facility_nouns"]["entries"])
        self.craft_vehicles = set(data["unnamed_craft"]["vehicles"])
        self.craft_equipment = set(data["unnamed_craft"]["equipment"])
        self.geographic_heads = set(lexicon.load("entity_lexicon.yaml")["geographic_heads"]["entries"])
        self.government_nouns = set(lexicon.load("entity_lexicon.yaml")["government_nouns"]["entries"])
        self.place_prepositions = lexicon.words("entity_lexicon.yaml", "place_prepositions")
        self.compass_adjectives = lexicon.words("entity_lexicon.yaml", "compass_adjectives")
        self.neighbour_words = lexicon.words("entity_lexicon.yaml", "neighbour_words")
        self.maker_participles = lexicon.words("entity_lexicon.yaml", "maker_suffixes")
        self.pronouns = data["pronouns"]
        gendered = data["gendered_nouns"]
        self.gendered_nouns = {**{w: "m" for w in gendered["male"]}, **{w: "f" for w in gendered["female"]}}
        self.agentive_verbs = set(data["agentive_verbs"]["entries"])
        self.theme_verbs = set(data["theme_verbs"]["entries"])
        self.place_predicates = set(data["place_predicates"]["entries"])
        self.evidential_verbs = set(data["evidential_verbs"]["entries"])
        self.classes = lexicon.load("equipment_classes.yaml")
        # singular class nouns of equipment ("drone", "missile"), the lemmas a lead's phrase can be headed by
        self.class_heads = {h for c in self.classes.values() for h in c["heads"] if not h.endswith("s")}
        self.gazetteer = load_gazetteer()
        self.person_titles = lexicon.words("entity_lexicon.yaml", "person_titles")
        self.lawyer_titles = set(lexicon.load("titles.yaml")["role_titles"]["lawyer_of"])
        self.portfolios = set(lexicon.load("entity_lexicon.yaml")["portfolios"]["entries"])
        self.state_possessions = lexicon.words("entity_lexicon.yaml", "state_only_possessions")
        self.envoy_nouns = lexicon.words("coref_descriptors.yaml", "envoy_nouns")
        self.deliberation_verbs = lexicon.words("coref_descriptors.yaml", "deliberation_verbs")
        self.party_object_verbs = lexicon.words("coref_descriptors.yaml", "party_object_verbs")

    def __call__(self, doc: Doc) -> Doc:
        self.resolve(doc)
        self.set_annotations(doc)
        return doc

    def set_annotations(self, doc: Doc) -> None:
        """Write back what `resolve` changed in place: new mentions, and the source entity of attributions."""
        set_entities(doc, doc._.cg_entities)
        set_attributions(doc, doc._.cg_attributions)

    def resolve(self, doc: Doc) -> Doc:
        clusters: list[EntityCluster] = doc._.cg_entities
        self._introduce_documents(doc, clusters)
        self._introduce_unnamed_bodies(doc, clusters)
        if not clusters:
            return doc
        self._sources_named_again(doc, clusters)
        self.doc_attributions = doc._.cg_attributions or []
        self.deferred: dict[int, tuple] = {}  # a gendered pronoun source -> its record and the speaker referred to
        self._join_referring_sources(doc, clusters)
        self._announce_equipment(doc, clusters)
        self._announce_vehicles(doc, clusters)
        self._introduce_unnamed_craft(doc, clusters)
        self._described_before_named(doc, clusters)
        table = token_table(doc)
        sentence_of = dict(enumerate(table.sent_of))
        self._title_leads(doc, clusters, sentence_of)
        mentions = sorted((_Mention(m.start, m.end, k, m.root, sentence_of[m.root.i])
                           for k, c in enumerate(clusters) for m in c.mentions), key=lambda m: m.start)
        # an organ's possessor stays open to a description: "the bloc" in "the bloc's monitors"
        owned = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)
                 if not (c.category in {"organ", "state_organ"} and _possessor_part(m, i))
                 and not (c.type == "DOCUMENT" and i > m.root.i)}  # "a report by the bloc": "the bloc" open
        self.gender, self.gender_words = _known_genders(doc, clusters, self.gendered_nouns)
        self.quoted = _quoted(doc)
        # the words that name who says something: "It said" after "The Monitor said the Guard had shelled ..." is the
        # speaker, not the subject of what the speaker said
        self.speaking = {t.i for record in doc._.cg_attributions or [] for source in record.source for t in source}
        # "Valdorian forces ... the country": a state's adjective is no mention, but it brings the state to mind
        self.anchors = [_Mention(t.i, t.i + 1, k, t, sentence_of[t.i]) for k, c in enumerate(clusters)
                        if c.category == "state" for t in ContextTyper.demonyms(doc, c.name, story_start_token(doc))]
        self.seats = self._capitals(doc, clusters, owned, mentions, sentence_of)
        # "a Dorn-owned firm ... the sanctions imposed on him": a name inside a hyphenated modifier is no
        # mention, but it brings its bearer to mind for a pronoun
        self.modifier_names = _modifier_names(doc, clusters, owned, sentence_of)
        # read once a document: each plural pronoun looks back over them, a scan of the text per pronoun before
        self.plural_nouns = [i for i, tag in enumerate(table.tag) if tag == "NNS"]
        # each entity's mentions (kept in text order with `mentions`) and anchors: the evidence of a word read back to
        # an entity is looked for among that entity's own, not over a new list of every mention of the document
        mentions_of: dict[int, list[_Mention]] = {}
        for m in mentions:
            mentions_of.setdefault(m.cluster, []).append(m)
        anchors_of: dict[int, list[_Mention]] = {}
        for m in self.anchors:
            anchors_of.setdefault(m.cluster, []).append(m)
        pos, lower, lemma, pronouns = table.pos, table.lower, table.lemma, self.pronouns
        for i in range(story_start_token(doc), len(doc)):
            # only a pronoun, 'client' or a noun can refer (what _pronoun, _client and _description test first):
            # the other words are not made into Tokens
            if i in owned or not (pos[i] == "NOUN" or lower[i] in pronouns or lemma[i] == "client"
                                  or self._misread_description(table, i)):
                continue
            token = doc[i]
            found, by = self._pronoun(token, mentions, clusters, sentence_of), "pronoun"
            if i in self.deferred:
                record, referred = self.deferred[i]
                if self.gender.get(referred, _GENDER[token.lower_]) == _GENDER[token.lower_]:
                    found = doc[i:i + 1], referred  # the speaker before, as the attribution pass read it
                self._repoint(record, found, clusters)
            if found is None:
                found, by = self._client(doc, token, mentions, clusters), "a lawyer's client"
            if found is None:
                found, by = self._description(doc, token, mentions, clusters, sentence_of), "definite description"
            if found is None:
                continue
            span, k = found
            if token.lower_ in _GENDER and k not in self.gender:
                # "she" read back to a name genders the name for the pronouns after it
                self.gender[k] = _GENDER[token.lower_]
                self.gender_words[k] = doc[token.i:token.i + 1]
            found_more = [found]
            if token.dep_ == "poss" and token.head.lower_ in self.government_nouns and token.head.i == token.i + 1:
                state = self._state_of(doc, k, clusters)  # "her government": the state its minister serves
                if state is not None:
                    found_more.append((doc[token.i:token.i + 2], state))
            elif token.dep_ == "poss" and clusters[k].category == "state" and token.head.i not in owned \
                    and self._state_possession(token.head) \
                    and ((organ := self._state_s_organ(token, k, clusters)) is not None
                         or (organ := self._new_state_organ(doc, token, k, clusters)) is not None
                         or (organ := self._named_field_service(token, clusters)) is not None):
                found_more.append((doc[token.i:token.head.i + 1], organ))  # "its intelligence services"
            elif token.dep_ == "poss" and token.head.lower_ == "ministry" and token.head.i == token.i + 1 \
                    and clusters[k].type == "PERSON":
                ministry = self._minister_s_ministry(doc, k, clusters)  # "his ministry": the one he heads
                if ministry is not None:
                    found_more.append((doc[token.i:token.i + 2], ministry))
            elif token.dep_ == "poss" and token.head.lower_ == "office" and token.head.i == token.i + 1 \
                    and clusters[k].type == "PERSON" and acting_office(token.head):
                # "her office said": the office of the person "her" stands for, a body of its own
                found_more.append((doc[token.i:token.i + 2], self._person_s_office(doc[token.i:token.i + 2], k,
                                                                                  clusters)))
            elif token.dep_ == "poss" and token.head.lower_ == "party" and token.head.i == token.i + 1 \
                    and clusters[k].type == "PERSON" and token.head.i not in owned \
                    and not _named_in_apposition(token.head.i, table, owned):
                party = self._person_s_party(doc[token.i:token.i + 2], k, clusters)
                if party is not None:
                    found_more.append((doc[token.i:token.i + 2], party))
            for span, k in found_more:
                _note_antecedent(clusters[k], span, chain(mentions_of.get(k, ()), anchors_of.get(k, ())), k, by)
                if by == "definite description":
                    self._kind_by_description(clusters[k], span)
                words = self.gender_words.get(k)
                notes = clusters[k].coreference
                if by == "pronoun" and span.root.lower_ in _GENDER and words is not None and notes \
                        and notes[-1]["start"] == span.start_char and words.start != span.start:
                    # the words that gave the person a gender, which kept the pronoun from another person
                    notes[-1]["gender_by"] = {"start": words.start_char, "end": words.end_char, "text": words.text}
                clusters[k].mentions.append(span)
                # kept in text order: inserted after the mentions starting where it starts, as a stable sort of
                # the list with it appended puts it (one halving instead of a sort per mention found)
                mention = _Mention(span.start, span.end, k, span.root, sentence_of[token.i])
                insort(mentions, mention, key=_start)
                insort(mentions_of.setdefault(k, []), mention, key=_start)  # where it stands among its entity's
                owned.update(range(span.start, span.end))
        self._owned_memo = self._reach_memo = None  # its mentions hold the document's Tokens
        self._capitals_as_parties(doc, clusters, mentions)
        self._speaker_s_state(doc, clusters, owned)
        _name_described_owners(clusters)
        _resolve_sources(doc, clusters)
        return doc

    def _speaker_s_state(self, doc: Doc, clusters: list[EntityCluster], owned: set[int]) -> None:
        """ '"Our ambassador in Vell has been called home," Vallin said': "our" before what only a state has, in the
        words of one who speaks for a state, is that state (or the state's body that speaks: "our border guards" of
        a defence ministry); ACE 2005: a first-person pronoun of a speaker standing for a GPE is a mention of it.
        PolNeAR train: 14 "our" before a state's possession (borders, military, soldiers, troops, constitution), 12
        of them the speaker's state."""
        for record in self.doc_attributions:
            speaker = record.source_entity
            if speaker is None or not 0 <= speaker < len(clusters):
                continue
            kind = clusters[speaker]
            if kind.category in {"state", "state_organ"}:
                state = speaker
            elif kind.type == "PERSON":
                state = self._state_of(doc, speaker, clusters)
            else:
                continue
            if state is None:
                continue
            for i in sorted(record.content_tokens()):
                token = doc[i]
                if token.lower_ != "our" or token.dep_ != "poss" or i in owned:
                    continue
                head = token.head
                words = {head.lower_, head.lemma_.lower()} | {c.lower_ for c in head.children
                                                             if c.dep_ == "compound" and c.i < head.i}
                if not words & self.state_possessions:
                    continue
                span = doc[i:i + 1]
                named = [_Mention(m.start, m.end, state, m.root, 0) for m in clusters[state].mentions]
                _note_antecedent(clusters[state], span, named, state, "the first person of who speaks for a state")
                clusters[state].mentions.append(span)
                owned.add(i)

    @staticmethod
    def _person_s_office(span: Span, person: int, clusters: list[EntityCluster]) -> int:
        """The entity of a person's office ("Talvor's office"), made where the text has not named it yet."""
        surname = (clusters[person].name or "").split()[-1:]
        names = {f"{''.join(surname)}{mark} office" for mark in ("'s", "’s")}
        known = next((j for j, c in enumerate(clusters) if c.type == "ORG" and c.name in names), None)
        if known is not None:
            return known
        clusters.append(EntityCluster(name=f"{''.join(surname)}'s office", type="ORG", mentions=[],
                                      provenance="description", type_evidence=[("ORG", "a person's office", span)]))
        return len(clusters) - 1

    @staticmethod
    def _person_s_party(span: Span, person: int, clusters: list[EntityCluster]) -> int | None:
        """ "Her party said": the party of the person "her" stands for: the body the text gave the person by a
        possessive ("X, whose Dawn Alliance won ...", "X's Unity Party"), else an entity of its own ("Marrow's
        party") where the text names no party, which it might be; None where it names one."""
        owned = _owned_by_person(span.doc, person, clusters)
        if len(owned) == 1:
            return owned.pop()
        if any(c.category == "political_party" for c in clusters):
            return None
        surname = "".join((clusters[person].name or "").split()[-1:])
        known = next((j for j, c in enumerate(clusters) if c.type == "ORG" and c.name == f"{surname}'s party"), None)
        if known is not None:
            return known
        clusters.append(EntityCluster(name=f"{surname}'s party", type="ORG", mentions=[], category="political_party",
                                      provenance="description", type_evidence=[("ORG", "a person's party", span)]))
        return len(clusters) - 1

    def _kind_by_description(self, cluster: EntityCluster, span: Span) -> None:
        """ "Ashby ... The bank said": a body of no known kind that a description of one kind names again is of that
        kind, the description its evidence (OntoNotes coreference guidelines: a definite description agrees in kind
        with what it names)."""
        spec = self.descriptions.get(span.root.lower_, {})
        kinds = [c for c in spec.get("categories") or () if c]
        if cluster.category is None and cluster.type == "ORG" and "ORG" in spec.get("types", ()) and len(kinds) == 1:
            cluster.category = kinds[0]
            cluster.type_evidence.append(("ORG", "description of its kind", span))

    def _title_leads(self, doc: Doc, clusters: list[EntityCluster], sentence_of: dict[int, int]) -> None:
        """ "The country's chief auditor said ... that she had ... Chief Auditor Ilse Varga told reporters": a lead
        names a person by title alone and names them with the same title soon after; the title is their mention,
        so that the pronouns between find them."""
        taken = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
        for k, cluster in enumerate(clusters):
            if cluster.type != "PERSON" or not cluster.mentions:
                continue
            first = min(cluster.mentions, key=lambda m: m.start)
            title = self._title_before(doc, first.start)
            if not title:
                continue
            words = [t.lower_ for t in title]
            last = sentence_of[first.start]
            for start in range(story_start_token(doc), title[0].i - len(words) + 1):
                if sentence_of[start] < last - _PRONOUN_WINDOW:
                    continue
                span = doc[start:start + len(words)]
                if [t.lower_ for t in span] != words or any(i in taken for i in range(span.start, span.end)):
                    continue
                after = doc[span.end] if span.end < len(doc) else None
                if after is not None and (after.pos_ == "PROPN" or after.ent_type_ == "PERSON"):
                    continue  # "Chief Auditor Ilse Varga": the title of a name, not a mention by title alone
                if span.root.dep_ == "compound":
                    continue  # "the chief auditor's office" keeps its owner; "the auditor general report" is no one
                if not any(c.dep_ in {"det", "poss"} for c in span.root.children) \
                        or (span.start > 0 and doc[span.start - 1].text == "-"):
                    continue  # "if elected president", "a vice-president": a title alone, no one referred to
                cluster.mentions.append(span)
                taken.update(range(span.start, span.end))
                break

    def _title_before(self, doc: Doc, start: int) -> list[Token]:
        """The capitalised title words right before a name ("Prosecutor General", "Finance Minister"), holding a
        title word of the lexicon."""
        title: list[Token] = []
        j = start - 1
        while j >= 0 and len(title) < 3 and doc[j].is_title and doc[j].pos_ in {"NOUN", "PROPN"} \
                and not doc[j].ent_type_ in {"GPE", "NORP", "ORG"}:
            title.insert(0, doc[j])
            j -= 1
        if not any(t.lower_ in self.person_titles for t in title):
            return []
        return title

    def _state_of(self, doc: Doc, person: int, clusters: list[EntityCluster]) -> int | None:
        """The state a person holds office for, as the text puts it: "Osk's defence minister, Ana Teller" or
        "Oskian Defence Minister Ana Teller"."""
        if clusters[person].type != "PERSON":
            return None
        # the words' entities are indexed only when a possessor or an "of" after the name is met (asked of every
        # person the text names, most have neither); nothing here changes the entities, so one index serves
        index: list[dict[int, int]] = []

        def owner() -> dict[int, int]:
            if not index:
                index.append(entity_index(doc))
            return index[0]

        adjectives = {a.start: a.cluster for a in self.anchors}
        for m in clusters[person].mentions:
            root = m.root
            title = root.head if root.dep_ == "appos" else None
            if title is not None:
                for child in title.children:
                    if child.dep_ == "poss" and clusters[owner().get(child.i, person)].category == "state":
                        return owner()[child.i]
            for i in range(max(0, m.start - 4), m.start):
                if i in adjectives:
                    return adjectives[i]
            # "Prime Minister Elin Varga of Tesmar": the state after a titled name
            if m.end + 1 < len(doc) and doc[m.end].lower_ == "of" and self._title_before(doc, m.start) \
                    and clusters[owner().get(m.end + 1, person)].type == "GPE":
                return owner()[m.end + 1]
        return None

    def _minister_s_ministry(self, doc: Doc, person: int, clusters: list[EntityCluster]) -> int | None:
        """ "Osk's energy minister, X, said ... his ministry had asked": the ministry of the portfolio the person
        holds for a state the text names, the entity the text already has for it or a new one named as a state's
        organ is ("Oskian energy ministry")."""
        portfolio = self._portfolio_of(doc, clusters[person])
        state = self._state_of(doc, person, clusters) if portfolio else None
        if state is None:
            return None
        owner = clusters[state].name
        for k, c in enumerate(clusters):
            if c.category == "state_organ" and c.type == "ORG" and f"{owner} {portfolio} ministry".lower() in {
                    a.lower() for a in (c.name, *c.aliases)}:
                return k
        adjective, others = self._state_adjective(doc, owner)
        adjective = adjective or f"{owner}'s"
        aliases = {f"{name} {portfolio} ministry" for name in (owner, *others)}
        clusters.append(EntityCluster(name=f"{adjective} {portfolio} ministry", type="ORG", category="state_organ",
                                      aliases=aliases, provenance="description"))
        return len(clusters) - 1

    def _portfolio_of(self, doc: Doc, cluster: EntityCluster) -> str | None:
        """The portfolio of a minister's title given with one of the person's mentions ("the energy minister, X",
        "Defence Minister X"), or None."""
        for m in cluster.mentions:
            root = m.root
            titles = [root.head] if root.dep_ == "appos" else []
            titles += [c for c in root.children if c.dep_ == "appos"]
            words: list[str] = []
            for title in titles:
                if title.lower_ == "minister":
                    words = [t.lower_ for t in doc[title.left_edge.i:title.i] if t.dep_ in {"compound", "amod"}]
            if not words:
                before = self._title_before(doc, m.start)
                if before and before[-1].lower_ == "minister":
                    words = [t.lower_ for t in before[:-1]]
            portfolio = [w for w in words if w in self.portfolios]
            if len(portfolio) == 1:
                return portfolio[0]
        return None

    # ----- "the agency said": a speaker described by the head noun of a body named before ---------------------

    def _sources_named_again(self, doc: Doc, clusters: list[EntityCluster]) -> None:
        """ "The Kestrian Press Agency said ... The agency quoted": a source that is a definite description made of the
        head noun of a body named before it ("the agency", "the broadcaster", "the ministry") speaks for that body,
        whichever source spoke last; it refers back to that body's own attribution, and takes its kind from what the
        body is: an outlet for a named outlet, a government body for a named agency or ministry of no outlet.
        (PolNeAR train: 7 sources "the agency/department/ministry/network/newspaper" before a speech verb; wire copy
        names a wire service or broadcaster and calls it "the agency" again as a rule.)"""
        attributions = doc._.cg_attributions or []
        if not attributions:
            return
        self._named_sources_refer_to_themselves(attributions, clusters)
        owner = entity_index(doc)
        for k, record in enumerate(attributions):
            if len(record.source) != 1:
                continue
            described = self._description_of_name(doc, record.source[0], clusters)
            if described is None:
                continue
            span, body = described
            if any(t.i in owner for t in span):
                continue
            cluster = clusters[body]
            antecedent = max((m for m in cluster.mentions if m.end <= span.start), key=lambda m: m.start)
            cluster.mentions.append(span)
            owner.update({t.i: body for t in span})
            cluster.coreference += read_back_to(antecedent, [span])
            record.source_entity = body
            record.evidence["source_entity_by"] = {
                "by": "definite description", "words": span.text,
                "antecedent": {"start": antecedent.start_char, "end": antecedent.end_char, "text": antecedent.text}}
            kind = _body_kind(cluster, span.root.lower_)
            if kind is not None and kind != record.source_kind:
                record.source_kind = kind
                record.evidence["source_kind_by"] = f"'{span.text}' names again the {kind} '{cluster.name}'"
            if record.refers_to is None and record.source_kind != "outlet":
                continue  # "the ministry said" again: a body speaking again is no source referred back to
            # the body's own attribution before, if any: not the last outlet or ministry that spoke
            earlier = [j for j in range(k) if attributions[j].source_entity == body]
            referent = earlier[-1] if earlier else None
            if referent is not None and attributions[referent].refers_to is not None:
                referent = attributions[referent].refers_to
            if record.refers_to != referent:
                record.refers_to = referent
                if referent is None:
                    record.evidence.pop("refers_to_by", None)
                else:
                    record.evidence["refers_to_by"] = f"'{span.text}' after '{antecedent.text}' spoke"

    def _description_of_name(self, doc: Doc, source: Span, clusters: list[EntityCluster]
                             ) -> tuple[Span, int] | None:
        """The body a source "the <modifiers> <noun>" names again by its name's head noun, when one body's name ends
        in that noun before the source (of several, the one named last, in this sentence or the one before)."""
        if not doc.has_annotation("DEP"):
            return None
        root = source.root
        if root.pos_ != "NOUN" or root.tag_ != "NN":
            return None
        det = next((c for c in root.children if c.dep_ == "det"), None)
        if det is None or det.lower_ != "the" or det.i < source.start:
            return None
        modifiers = [c for c in root.children if det.i < c.i < root.i]
        if any(c.dep_ not in {"amod", "compound"} or not c.is_lower for c in modifiers):
            return None
        if any(c.dep_ == "prep" and c.lower_ in {"of", "in"} for c in root.children):
            return None  # "the agency of the region", "the ministry in Osk": a description of another's body
        if root.i + 1 < len(doc) and doc[root.i + 1].pos_ == "PROPN" and (
                root.i + 1 < source.end or (doc[root.i + 1].dep_ == "appos" and doc[root.i + 1].head.i == root.i)):
            # "the security firm Brightline Labs said", "citing the security firm Brightwarden": the class noun of
            # the name right after it, in the source's words or apposed to it
            return None
        words = {t.lower_ for t in modifiers}
        span = doc[det.i:root.i + 1]
        sent_of = token_table(doc).sent_of
        spec = self.descriptions.get(root.lower_)
        if spec is not None:
            if spec.get("class_head") or spec.get("introduced"):
                return None
            # "the group": a description the lexicon knows picks up a body of its kind, or one the text called so
            earlier = sorted((_Mention(m.start, m.end, k, m.root, sent_of[m.root.i]) for k, c in enumerate(clusters)
                              for m in c.mentions if m.end <= span.start), key=_start)
            k = self._described(root.lower_, earlier, clusters, sent_of[root.i])
            if k is not None:
                return (span, k) if clusters[k].type in {"ORG", "OUTLET"} else None
        latest: dict[int, int] = {}
        for k, c in enumerate(clusters):
            name = (c.name or "").lower().split()
            if c.type not in {"ORG", "OUTLET"} or len(name) < 2 or name[-1] != root.lower_ \
                    or not words <= set(name[:-1]):
                continue
            starts = [m.start for m in c.mentions if m.end <= span.start and m.root.pos_ == "PROPN"]
            if starts:
                latest[k] = max(starts)
        if not latest:
            return None
        nearest = max(latest, key=latest.get)
        if len(latest) > 1 and sent_of[span.start] - sent_of[latest[nearest]] > 1:
            return None  # of several so named, the one named last only while it is near (as `_named_by_head`)
        return span, nearest

    @staticmethod
    def _named_sources_refer_to_themselves(attributions, clusters: list[EntityCluster]) -> None:
        """ "The Harwick Herald reported ... The Kestrian Press Agency said": a source named in its own right refers
        back to no other named body's attribution; only to its own earlier one, if any."""
        for k, record in enumerate(attributions):
            j = record.refers_to
            if j is None or not 0 <= j < len(attributions) or record.source_entity is None or len(record.source) != 1:
                continue
            other = attributions[j].source_entity
            if other is None or other == record.source_entity or record.source[0].root.pos_ != "PROPN":
                continue
            if clusters[record.source_entity].type not in {"ORG", "OUTLET", "PERSON"} \
                    or clusters[other].type not in {"ORG", "OUTLET", "PERSON"}:
                continue
            earlier = [i for i in range(k) if attributions[i].source_entity == record.source_entity]
            record.refers_to = earlier[-1] if earlier else None
            if record.refers_to is None:
                record.evidence.pop("refers_to_by", None)

    def _repoint(self, record, found: tuple[Span, int] | None, clusters: list[EntityCluster]) -> None:
        """ "Ada Roe said she would resign ... He said": a "he" the speaker before cannot be speaks for the person it
        was read back to, and refers back to that person's own attribution, if any."""
        k = found[1] if found is not None else None
        if k == record.source_entity:
            return
        attributions = self.doc_attributions
        here = next((j for j, r in enumerate(attributions) if r is record), len(attributions))
        earlier = [j for j in range(here) if attributions[j].source_entity == k] if k is not None else []
        record.source_entity = k
        record.refers_to = earlier[-1] if earlier else None
        record.evidence.pop("refers_to_by", None)
        if record.refers_to is not None:
            record.evidence["refers_to_by"] = f"'{record.source[0].text}' after the speaker it was read back to"

    # ----- "the report": the source of an attribution that refers back to another ------------------------------

    def _join_referring_sources(self, doc: Doc, clusters: list[EntityCluster]) -> None:
        attributions = doc._.cg_attributions or []
        owner = entity_index(doc)
        for record in attributions:
            if record.refers_to is None or not record.source or not 0 <= record.refers_to < len(attributions):
                continue
            if "group_in_joined_source" in record.evidence:
                continue  # "the first official" of "a memo and two officials" is no mention of the memo
            source = record.source[0]
            if any(t.i in owner for t in source):
                continue
            referred = attributions[record.refers_to]
            k = referred.source_entity
            if k is None and referred.source:
                k = owner.get(referred.source[0].root.i)
            if k is None or not 0 <= k < len(clusters):
                continue
            if len(source) == 1 and source[0].lower_ in _GENDER and clusters[k].type == "PERSON":
                # "He said" after "Ada Roe said": joined when the pronouns are read in order, once an earlier "she"
                # or a title has told whether the speaker before can be "he"
                self.deferred[source.start] = (record, k)
                continue
            if doc.has_annotation("DEP") and any(t.is_punct for t in source):
                root = source.root  # "The report, dated May 2,": the noun phrase without the clause
                source = doc[max(source.start, root.left_edge.i):min(source.end, _phrase_end(root) + 1)]
            document = next((j for j, c in enumerate(clusters) if c.type == "DOCUMENT" and any(
                m.root.lower_ == source.root.lower_ and m.end <= source.start for m in c.mentions)), None) \
                if source.root.lower_ in self.document_nouns and clusters[k].type != "DOCUMENT" else None
            if document is not None:
                # "X published a report ... The report cites 40 witnesses": the report refers back to what X said,
                # but the text introduced it as a document of its own ("a report"), which it names again; with no
                # document introduced, "the report" stands for its reporter ("CNN reported ... the report said")
                k = document
                record.source_entity = k
                if record.source_kind != "document":
                    record.source_kind = "document"
                    record.evidence["source_kind_by"] = f"'{source.text}' names again the document '{clusters[k].name}'"
            clusters[k].mentions.append(source)
            owner.update({t.i: k for t in source})
            if record.source_entity is None:
                record.source_entity = k

    # ----- "a drone struck the market ... a Valdorian Osk-5 drone": a lead's class noun before the model's name ----

    def _announce_equipment(self, doc: Doc, clusters: list[EntityCluster]) -> None:
        """A phrase headed by the class noun of the one item of that class, before the item is first named, is the
        item announced before it is named (news leads describe, later paragraphs name)."""
        owned = set(entity_index(doc))
        heads: dict[str, list[int]] = {}
        for k, c in enumerate(clusters):
            if c.type == "EQUIPMENT" and c.mentions:
                named = min(c.mentions, key=lambda m: m.start)
                lemma = named.root.lemma_.lower()
                # "The Skarn-3 was fired", a designation named alone: announced by the class nouns of its kind
                lemmas = {lemma} if lemma in self.class_heads else \
                    {h for h in self.classes.get(c.category, {}).get("heads", ()) if h in self.class_heads}
                for lemma in lemmas:
                    heads.setdefault(lemma, []).append(k)
        for lemma, ks in heads.items():
            if len(ks) != 1 or lemma not in self.class_heads:
                continue
            k = ks[0]
            first = min(m.start for m in clusters[k].mentions)
            for token in doc[story_start_token(doc):first]:
                if token.pos_ != "NOUN" or token.lemma_.lower() != lemma or token.i in owned:
                    continue
                if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "NOUN":
                    continue  # "drone strikes": the noun modifies another
                left = max(token.left_edge.i, token.sent.start)
                if any(t.is_punct and t.text != "-" for t in doc[left:token.i]) or \
                        any(t.pos_ in {"VERB", "ADP", "PROPN"} for t in doc[left:token.i]):
                    left = token.i - 1 if doc[token.i - 1].lower_ in {"a", "an", "the"} else token.i
                clusters[k].mentions.append(doc[left:token.i + 1])
                owned.update(range(left, token.i + 1))

    def _announce_vehicles(self, doc: Doc, clusters: list[EntityCluster]) -> None:
        """'A tanker carrying crude oil transferred its cargo ... the tanker Solna Bay': a ship or aircraft introduced
        by its class noun before the story names it with that noun as its title is the named one (news leads
        describe, later paragraphs name)."""
        owned = set(entity_index(doc))
        titles: dict[str, list[int]] = {}
        for k, c in enumerate(clusters):
            if c.type != "VEHICLE" or not c.mentions:
                continue
            named = min(c.mentions, key=lambda m: m.start)
            for token in named:
                if token.pos_ == "NOUN" and token.is_lower:
                    titles.setdefault(token.lemma_.lower(), []).append(k)
        for lemma, ks in titles.items():
            # of two tankers the story names, the lead describes the one it names first, its subject
            k = min(ks, key=lambda j: min(m.start for m in clusters[j].mentions))
            first = min(m.start for m in clusters[k].mentions)
            for token in doc[story_start_token(doc):first]:
                if token.pos_ != "NOUN" or token.lemma_.lower() != lemma or token.i in owned:
                    continue
                det = next((c for c in token.children if c.dep_ == "det" and c.lower_ in {"a", "an"}), None)
                if det is None:
                    continue
                end = token.right_edge.i + 1
                if any(t.is_punct or t.i in owned for t in doc[det.i:end]):
                    end = token.i + 1
                clusters[k].mentions.append(doc[det.i:end])
                owned.update(range(det.i, end))
                break

    # ----- "An engineer at X ... The engineer, Ivo Marn,": a person described before the story names them --------

    def _described_before_named(self, doc: Doc, clusters: list[EntityCluster]) -> None:
        """ "An engineer at Osk's defence ministry who was arrested ... had passed plans ... The engineer, Ivo Marn,
        was paid ...": a person the lead introduces by an indefinite description and a later paragraph names in
        apposition with the same noun after "the" is the one named (news leads describe, later paragraphs name;
        PolNeAR train: "a teacher at a ... school ... the teacher, Akif Camizci", 1 of 1, weak). The mention is the
        description up to its relative clause, as a name's apposition is no mention of its own."""
        owned = set(entity_index(doc))
        table = token_table(doc)
        start = story_start_token(doc)
        for cluster in clusters:
            if cluster.type != "PERSON" or not cluster.mentions:
                continue
            first = min(cluster.mentions, key=lambda m: m.start)
            root = first.root
            noun = root.head if root.dep_ == "appos" else None
            if noun is None or noun.i >= first.start or noun.pos_ != "NOUN" or not noun.is_lower \
                    or noun.i < 1 or doc[noun.i - 1].lower_ != "the" or noun.head.lower_ == "of":
                continue  # "The engineer, Ivo Marn,": not "the author of the book, Ivo Marn"
            lemma = noun.lemma_.lower()
            intros = [(i, article) for i in range(start, noun.i - 1) if table.lemma[i] == lemma
                      and table.tag[i] == "NN" and i not in owned
                      and (article := self._indefinite_article(table, i)) is not None]
            if len(intros) != 1:
                continue
            i, article = intros[0]
            inside = {t.i for t in doc[i].subtree}
            end = i + 1
            while end in inside and not (doc[end].is_punct or doc[end].dep_ in {"relcl", "acl", "appos"}
                                         or table.tag[end] in {"WP", "WDT"}):
                end += 1
            span = doc[article:end]
            cluster.mentions.append(span)
            cluster.coreference += read_back_to(first, [span], by="description before the name")
            owned.update(range(article, i + 1))

    @staticmethod
    def _indefinite_article(table, i: int) -> int | None:
        """Where "a" or "an" opens the noun at i, over the lower-case words that modify it ("a parliamentary clerk",
        "an army signals officer"), or None."""
        at = i - 1
        while at >= 0 and table.dep[at] in {"amod", "compound"} and at < table.head[at] <= i \
                and table.text[at].islower() and table.lower[at] not in {"a", "an"}:
            at -= 1
        return at if at >= 0 and table.lower[at] in {"a", "an"} and table.head[at] == i else None

    # ----- "a patrol boat ... the boat": a craft with no name, introduced and named again ----------------------

    def _introduce_unnamed_craft(self, doc: Doc, clusters: list[EntityCluster]) -> None:
        """ "A Dorn patrol boat and two Vell coast guard cutters exchanged fire ... the cutters opened fire ... the
        boat's radio": a vessel or a system the story introduces with "a" or a number and names again with "the"
        and the same noun (and none of other words) is one entity of the story, named by its description. A craft
        the story names ("the tanker Solna Bay") has taken its description before this is asked; one whose "the
        <noun>" is followed by its name in apposition ("an Osk supply boat ... the boat, the Linnet,") is that
        named craft."""
        index = entity_index(doc)
        owned = set(index)
        table = token_table(doc)
        lower, lemma, tag, dep, text = table.lower, table.lemma, table.tag, table.dep, table.text
        nouns = self.craft_vehicles | self.craft_equipment
        # a noun the story's named craft go by ("the Skarn-3 ... the missile") is theirs to take, not a new one's
        named = {t.lemma_.lower() for c in clusters if c.type in {"EQUIPMENT", "VEHICLE"} for m in c.mentions
                 for t in m if t.pos_ == "NOUN"}
        named |= {h for c in clusters if c.type == "EQUIPMENT" for h in self.classes.get(c.category or "", {}).get(
            "heads", ())}
        for i in range(story_start_token(doc), len(doc)):
            if i in owned or lemma[i] not in nouns or tag[i] not in {"NN", "NNS"} or lemma[i] in named:
                continue
            plural = tag[i] == "NNS"
            kids = table.children[i]
            before = [c for c in kids if c < i]
            leading = [c for c in before if dep[c] in {"det", "nummod", "poss"}]
            if plural != ([dep[c] for c in leading] == ["nummod"]) or not plural and \
                    [lower[c] for c in leading] not in (["a"], ["an"]):
                continue  # "a boat", "two cutters"; not "the boat", "its ships", "boats"
            if not leading or any(c > min(leading) and c not in leading for c in before if dep[c] in {"det", "poss"}):
                continue
            # the words between the article or number and the noun: modifiers of the noun or of one another
            # ("two Vell coast guard cutters": "coast" modifies "guard"), a hyphen inside a compound modifier
            # counting with them ("340 anti-tank rockets")
            opening = max(leading) + 1
            modifiers = list(range(opening, i))
            # (a body named inside them stays a mention of its own: "two Vell navy frigates" keeps "Vell navy")
            if any(not (dep[c] in {"amod", "compound"} or self._joining_hyphen(doc, c)) or
                   not opening - 1 < table.head[c] <= i for c in modifiers) \
                    or any(c in owned for c in leading) \
                    or any(c > i and (dep[c] == "appos" or dep[c] == "acl" and lemma[c] in _NAMING_PARTICIPLES)
                           for c in kids) \
                    or i + 1 < len(doc) and (tag[i + 1].startswith("NN") or lower[i + 1] == "of"
                                             or text[i + 1] in {",", "-"} and i + 2 < len(doc) and i + 2 in owned):
                continue  # "a boat, the Solna", "a boat called X", "a drone strike", "a convoy of trucks"
            words = {text[c] for c in modifiers}
            again = []
            for j in range(i + 1, len(doc)):
                if lemma[j] != lemma[i] or tag[j] != tag[i] or j in owned or \
                        j + 1 < len(doc) and tag[j + 1].startswith("NN"):
                    continue
                det = [c for c in table.children[j] if c < j and dep[c] == "det"]
                if [lower[c] for c in det] != ["the"] or any(
                        dep[c] not in {"amod", "compound"} or text[c] not in words or c in owned
                        for c in range(det[0] + 1, j)):
                    continue  # "the Dorn boat", "the boat"; not "the other boat", "the Vell boat"
                again.append(doc[det[0]:j + 1])
            if not again:
                continue  # a craft never named again is no entity of the story
            intro = doc[min(leading + modifiers):i + 1]
            described = doc[min(modifiers, default=i):i + 1].text
            # its other names: the head with the description's proper adjective ("Vell cutters"), and each shorter
            # tail of its words ("coastal radar" of "new coastal radar")
            aliases = {doc[c:i + 1].text for c in modifiers[1:]
                       if text[c] != "-" and not self._joining_hyphen(doc, c - 1)}  # not "tank rockets" of "anti-tank"
            aliases |= {f"{text[c]} {text[i]}" for c in modifiers if text[c][:1].isupper()}
            kind = "EQUIPMENT" if lemma[i] in self.craft_equipment else "VEHICLE"
            apposed = next((index[s.end + 1] for s in again if s.end + 1 < len(doc) and text[s.end] == ","
                            and s.end + 1 in index and clusters[index[s.end + 1]].type == kind
                            and clusters[index[s.end + 1]].name), None)
            if apposed is not None:
                # "the boat, the Linnet,": the craft introduced is the one named in apposition to it
                clusters[apposed].mentions.extend([intro, *again])
                clusters[apposed].coreference += read_back_to(intro, again)
                owned.update(t.i for s in (intro, *again) for t in s)
                continue
            cluster = EntityCluster(name=described, type=kind, mentions=[intro, *again], provenance="description",
                                    aliases=aliases - {described},
                                    type_evidence=[(kind, "an unnamed craft named again", again[0])])
            cluster.coreference = read_back_to(intro, again)
            clusters.append(cluster)
            owned.update(t.i for s in (intro, *again) for t in s)

    @staticmethod
    def _joining_hyphen(doc: Doc, c: int) -> bool:
        """A hyphen written inside a compound word ("anti-tank"), with no space on either side."""
        return 0 < c < len(doc) - 1 and doc[c].text == "-" and not doc[c - 1].whitespace_ and not doc[c].whitespace_

    # ----- "a confidential report by the monitors": a document introduced, for "the report" to refer to -------

    def _introduce_documents(self, doc: Doc, clusters: list[EntityCluster]) -> None:
        """Documents ("a confidential report by the monitors") and facilities ("a covered market") that an
        indefinite phrase introduces and a definite one refers to again."""
        owned = set(entity_index(doc))
        lower = token_table(doc).lower
        for i in range(len(doc))[story_start_token(doc):]:
            if lower[i] not in self.document_nouns and lower[i] not in self.facility_nouns:
                continue  # what `kind` below tests first: the other words are not made into Tokens
            token = doc[i]
            kind = "DOCUMENT" if token.lower_ in self.document_nouns else \
                "FAC" if token.lower_ in self.facility_nouns else None
            if token.pos_ != "NOUN" or kind is None or token.i in owned:
                continue
            det = next((c for c in token.children if c.dep_ == "det"), None)
            if det is None or det.i < token.sent.start:
                continue
            if any(c.dep_ not in {"amod", "compound", "det"} for c in token.children if c.i < token.i):
                continue
            end = token.i + 1
            placed = None
            if det.lower_ == "the" and kind == "FAC":
                # "the main dam on the Osk river", "the old bridge at Vell": a definite facility the text
                # identifies by the named place it stands on or at is new to the story, its place phrase part of
                # the description (one referred to again with "the dam" only)
                placed = self._placed_facility(token, clusters)
                if placed is None:
                    continue
                end = placed[1]
            elif det.lower_ not in {"a", "an"}:
                continue
            by = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in {"by", "from", "of"}
                       and c.i == token.i + 1), None) if kind == "DOCUMENT" else None
            if by is None and kind == "DOCUMENT":
                # "a video released by the X Wolves", "a report published by Y": the author through the participle
                made = next((c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == token.i + 1
                             and c.lemma_.lower() in _AUTHORING), None)  # "a cable seen by X": X no author
                by = next((c for c in made.children if c.dep_ == "agent"), None) if made is not None else None
            obj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            author = None
            if obj is not None:
                end = _phrase_end(obj) + 1
                # its author's own words, without article or owner: "the bloc's sanctions monitors" -> "sanctions
                # monitors", for the name the document goes by ("the sanctions monitors' report"), with the "of"
                # phrase that makes the author's name ("the Council's panel of experts" -> "panel of experts")
                words = [t for t in doc[obj.left_edge.i:end]]
                owner = max((t.i for t in words if t.text in {"'s", "’s", "'", "’"}), default=None)
                words = [t for t in words if (owner is None or t.i > owner) and t.dep_ != "det"]
                author = " ".join(t.text for t in words) if words and not any(t.is_punct for t in words) else None
            span = doc[det.i:end]
            if any(t.i in owned for t in doc[det.i:token.i + 1]):
                continue
            if kind == "DOCUMENT" and author is None and _cited_without_author(token):
                continue
            if not any(t.lower_ == "the" and t.i + 1 < len(doc) and doc[t.i + 1].lemma_.lower() in {
                    token.lemma_.lower(), "finding"} for t in doc[end:]):
                continue  # a document never referred to again is no entity of the story
            described = doc[det.i + 1:end].text
            place = placed[0] if placed else self._facility_place(token, clusters) if kind == "FAC" else None
            # a facility with no name goes by its place: "a covered market in the town of X" is the X market, and
            # keeps the trade its noun compounds name ("a fuel depot outside X" is the X fuel depot; an
            # adjective, "covered", "main", describes it, a noun says what kind it is)
            trade = " ".join(t.lower_ for t in doc[det.i + 1:token.i] if t.dep_ == "compound" and t.pos_ == "NOUN"
                             and t.is_lower)
            name = f"{place} {trade + ' ' if trade else ''}{token.text}" if place else described
            aliases = {described} if place else set()
            if author:
                # a document goes by its author's name too ("the Salt Wolves video", "the monitors' report"), with
                # the kind its noun compounds name ("a draft report by X": the X draft report)
                noun = f"{trade} {token.text}" if trade and kind == "DOCUMENT" else token.text
                aliases |= {f"{author} {noun}", f"{author}{chr(39) if author.endswith('s') else chr(39) + 's'} "
                            f"{noun}"}
            clusters.append(EntityCluster(name=name, type=kind, mentions=[span], provenance="description",
                                          aliases=aliases))
            owned.update(range(det.i, token.i + 1))

    def _introduce_unnamed_bodies(self, doc: Doc, clusters: list[EntityCluster]) -> None:
        """ "A water utility in Vell said ... The utility said", "Hackers broke into ... the hackers demanded": an
        unnamed body or group the text introduces (an indefinite singular, a bare plural) and names again with the
        definite article is an entity of the story, named by its description (and its state's adjective where it is
        placed in one: "a water utility in Dastria" is the Dastrian water utility). Not where a body the text named
        may be what the definite description means."""
        index = entity_index(doc)
        owned = set(index)
        table = token_table(doc)
        lower, tag, dep, text = table.lower, table.tag, table.dep, table.text

        def opening(j: int) -> int:
            # where "the" stands for the noun at j: before its modifiers other than the determiner itself
            return j - 1 - sum(1 for c in table.children[j] if c < j and dep[c] != "det")

        for i in range(story_start_token(doc), len(doc)):
            singular = tag[i] == "NN" and lower[i] in self.body_heads
            if not (singular or tag[i] == "NNS" and lower[i] in self.unnamed_group_plurals):
                continue
            if i in owned:
                if not singular and i in index:
                    self._named_group_plural_again(doc, clusters[index[i]], i, owned)
                continue
            kids = table.children[i]
            before = [c for c in kids if c < i]
            determiners = [c for c in before if dep[c] in {"det", "poss", "nummod"}]
            if singular != ([lower[c] for c in determiners] in (["a"], ["an"])) or not singular and determiners:
                continue
            modifiers = [c for c in before if c not in determiners]
            if any(dep[c] not in {"amod", "compound"} or not text[c].islower() or c in owned for c in modifiers) \
                    or any(dep[c] == "appos" or lower[c] == "of" or dep[c] == "acl" and table.lemma[c] in
                           _NAMING_VERBS for c in kids if c > i) \
                    or i + 1 < len(doc) and (i + 1 in owned or text[i + 1] in {",", "-"}):
                continue  # "a firm, X", "a company called X", "a group of ...": named or a part, not a body alone
            start = min(before, default=i)
            words = {lower[c] for c in modifiers}

            again = [j for j in range(i + 1, len(doc)) if lower[j] == lower[i] and tag[j] == tag[i]
                     and j not in owned and all(lower[c] in words for c in table.children[j] if c < j and dep[c] != "det")
                     and opening(j) >= 0 and lower[opening(j)] == "the"]
            doers = [] if singular else self._doers_named_again(doc, i, owned)
            if (not again and not doers) or (again and self._named_body_fits(doc, lower[i], clusters, again[0])):
                continue
            intro = doc[start:i + 1]
            spans = [doc[opening(j):j + 1] for j in again]
            spans = add_mentions(spans, doers)
            described = " ".join(t.lower_ for t in doc[min(modifiers, default=i):i + 1])
            place = self._state_placed(doc[i], clusters)
            name = f"{place} {described}" if place else described
            cluster = EntityCluster(name=name, type="ORG", mentions=[intro, *spans], provenance="description",
                                    aliases={described} if place else set(),
                                    type_evidence=[("ORG", "an unnamed body named again", spans[0])])
            cluster.coreference = read_back_to(intro, spans)
            clusters.append(cluster)
            owned.update(t.i for s in (intro, *spans) for t in s)

    def _named_group_plural_again(self, doc: Doc, cluster: EntityCluster, i: int, owned: set[int]) -> None:
        """ "Hackers working for Y cut power ... the group it calls Grey Heron ... the hackers entered": a bare
        plural that is already a mention of a named group (the people it sums up) is named again by "the" and the
        same plural, as an unnamed group is."""
        table = token_table(doc)
        lower, tag = table.lower, table.tag
        intro = next((m for m in cluster.mentions if m.end == i + 1), None)
        if cluster.type != "ORG" or intro is None:
            return
        spans = [doc[j - 1:j + 1] for j in range(i + 1, len(doc)) if lower[j] == lower[i] and tag[j] == "NNS"
                 and lower[j - 1] == "the" and j not in owned and j - 1 not in owned
                 and not (j + 1 < len(doc) and tag[j + 1].startswith("NN"))]
        spans = add_mentions(spans, self._doers_named_again(doc, i, owned))
        for span in spans:
            cluster.mentions.append(span)
            owned.update(range(span.start, span.end))
        cluster.coreference += read_back_to(intro, spans)

    def _doers_named_again(self, doc: Doc, i: int, owned: set[int]) -> list[Span]:
        """ "Hackers broke into the grid ... the attackers had access": "the" and a plural that says only that its
        people did the act (coref act_doer_plurals) names again the group of doers told by the bare plural at i,
        up to the next plural of a group's members, which may be the doers meant (act_doer_plurals' counts)."""
        table = token_table(doc)
        lower, tag = table.lower, table.tag
        found = []
        for j in range(i + 1, len(doc)):
            if tag[j] != "NNS":
                continue
            if lower[j] in self.act_doer_plurals and lower[j - 1] == "the" and j not in owned and j - 1 not in owned \
                    and not any(c < j - 1 for c in table.children[j]) \
                    and not (j + 1 < len(doc) and tag[j + 1].startswith("NN")):
                found.append(doc[j - 1:j + 1])
            elif lower[j] != lower[i] and lower[j] in self.group_member_plurals:
                break  # another group's people told since: the doers may be theirs
        return found

    def _named_body_fits(self, doc: Doc, noun: str, clusters: list[EntityCluster], before: int) -> bool:
        """Whether a body the text named before a description could be what it means: one called by the noun
        (its name's head, an apposition) or of a kind the noun names ("a company ... Brisk Holdings ... the
        company")."""
        kinds = set(self.descriptions.get(noun, {}).get("categories") or ()) - {None}
        for c in clusters:
            if c.type not in {"ORG", "OUTLET"} or not any(m.start < before for m in c.mentions):
                continue
            head = (c.name or "").split(" of ")[0].lower().split()[-1:]
            if head == [noun] or c.category in kinds or any(
                    noun in {t.lower_ for t in words} for _, _, words in c.type_evidence):
                return True
        return False

    def _state_adjective(self, doc: Doc, name: str) -> tuple[str | None, set[str]]:
        """The adjective a state's organ is named by (the one the text writes, the gazetteer's, or one coined) and
        its other forms (`state_organ_adjective`)."""
        written = ContextTyper.demonyms(doc, name, story_start_token(doc))
        return state_organ_adjective(name, written[0].text if written else None,
                                     tuple(self.gazetteer.demonyms_of_state.get(name, ())))

    def _state_placed(self, noun: Token, clusters: list[EntityCluster]) -> str | None:
        """The adjective of the state a body is placed in ("a water utility in Dastria": Dastrian), or None."""
        index = entity_index(noun.doc)
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"):
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            k = index.get(place.i) if place is not None else None
            if k is None or clusters[k].type != "GPE" or clusters[k].category != "state" or not clusters[k].name:
                continue  # "a utility in Vell", a town: no state's adjective
            name = clusters[k].name
            adjective, _ = self._state_adjective(noun.doc, name)
            return adjective
        return None

    def _placed_facility(self, noun: Token, clusters: list[EntityCluster]) -> tuple[str, int] | None:
        """The named place and the phrase end of a facility placed by a phrase hung on its own noun: 'the dam on
        the Osk river', 'the bridge over the Tesk', 'the depot at Vell' (the place a river, a town or a land)."""
        index = entity_index(noun.doc)
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in _FACILITY_PLACE_PREPOSITIONS):
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if place is None:
                continue
            # the place's name is the object or a name before it ("the Osk river": the river named Osk)
            named = [t for t in place.lefts if t.dep_ in {"compound", "nmod"}] + [place]
            k = next((index[t.i] for t in named if t.i in index), None)
            if k is not None and clusters[k].type in {"GPE", "LOC"} and clusters[k].name:
                # the phrase ends with the place's noun, or the name after it ("near the town of Vell")
                of = next((c for c in place.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                named_after = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
                name = clusters[k].name
                if place.lower_ in self.geographic_heads and name.lower().endswith(" " + place.lower_):
                    name = name[:-len(place.text) - 1]  # "the dam on the Osk river" is the Osk dam
                return name, (named_after or place).i + 1
        return None

    def _facility_place(self, noun: Token, clusters: list[EntityCluster]) -> str | None:
        """The named place a facility is in: 'a market in the town of X', 'struck a clinic in X' (the place phrase
        hung on the verb whose object the facility is)."""
        index = entity_index(noun.doc)
        carriers = [noun] + ([noun.head] if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else [])
        for carrier in carriers:
            for prep in (c for c in carrier.children if c.dep_ == "prep" and c.lower_ in _FACILITY_PLACE_PREPOSITIONS):
                place = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if place is not None and self.descriptions.get(place.lower_, {}).get("types") == ["GPE"]:
                    of = next((c for c in place.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                    place = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
                k = index.get(place.i) if place is not None else None
                if k is not None and clusters[k].type == "GPE" and clusters[k].name:
                    return clusters[k].name
        return None

    # ----- pronouns -----------------------------------------------------------------------------------------------

    def _owned_words(self, mentions) -> set[int]:
        """The words of the mentions found so far, read only: made again when a mention was added (the list only
        grows, by insertion), not for every plural or 'it' pronoun."""
        memo = getattr(self, "_owned_memo", None)
        if memo is None or memo[0] is not mentions or memo[1] != len(mentions):
            memo = self._owned_memo = (mentions, len(mentions), {i for m in mentions for i in range(m.start, m.end)})
        return memo[2]

    def _reach(self, mentions) -> list[int]:
        """The latest sentence of the mentions up to each one (a running maximum, so in order): a pronoun looks back
        only so many sentences, and the mentions before the first to reach that far are all out of its reach. Made
        again when a mention was added, as `_owned_words`."""
        memo = getattr(self, "_reach_memo", None)
        if memo is None or memo[0] is not mentions or memo[1] != len(mentions):
            reach, latest = [], -1
            for m in mentions:
                if m.sentence > latest:
                    latest = m.sentence
                reach.append(latest)
            memo = self._reach_memo = (mentions, len(mentions), reach)
        return memo[2]

    def _pronoun(self, token: Token, mentions, clusters, sentence_of) -> tuple[Span, int] | None:
        agreement = self.pronouns.get(token.lower_)
        if agreement is None or token.pos_ != "PRON" or is_pleonastic(token):
            return None
        here = sentence_of[token.i]
        types = set(agreement["types"])
        # the mentions in text order: only those starting before the pronoun can end before it, and none before the
        # first whose sentence, or an earlier mention's, is within the pronoun's reach
        reach = self._reach(mentions)
        before = mentions[bisect_left(reach, here - _PRONOUN_WINDOW):bisect_left(mentions, token.i, key=_start)]
        # a dateline's place and wire ("SEVRAN, May 16 (Quillon Wire) - The Iron Tide said its drones ...") say
        # where and by whom the story was filed: no pronoun of the story stands for them
        dateline = dateline_words(token.doc)
        # an entity bound by one of its mentions is bound by every other ("the ministry said it had no plans to
        # delay it": the second "it" is not the ministry the first is)
        bound = {m.cluster for m in before if m.end <= token.i and _bound(token, m)}
        candidates = [m for m in before + self.modifier_names if m.end <= token.i
                      and here - m.sentence <= _PRONOUN_WINDOW and clusters[m.cluster].type in types
                      and m.cluster not in bound and m.start not in dateline]
        quoted = self.quoted
        if token.i in quoted and self._speaks_in_first_person(token):
            # '"I told her we would not vote for it," Oslen said': who speaks in a quotation in their own voice
            # says "I" or "we" of themselves, so a third person's pronoun in the quoted words is someone else (a
            # quoted phrase the narrator's sentence takes in, 'vowed to "defend his voters"', may still be theirs)
            speakers = self._quoted_speakers(token, mentions)
            candidates = [m for m in candidates if m.cluster not in speakers]
        if token.i not in quoted:
            # '"X is independent," its chief executive said': the narrator's pronoun outside a quotation reads back
            # to the narrator's own mentions, not to a name in the quoted words
            unquoted = [m for m in candidates if m.root.i not in quoted]
            candidates = unquoted if unquoted else candidates
        gender = _GENDER.get(token.lower_)
        if gender:
            candidates = [m for m in candidates if self.gender.get(m.cluster, gender) == gender]
            # "she" of a ship only where no person is in reach
            people = [m for m in candidates if clusters[m.cluster].type == "PERSON"]
            candidates = people or candidates
        if token.dep_ == "poss" and token.lower_ == "its" and self._state_possession(token.head):
            # "X's foreign ministry said its intelligence services ...", "its army", "its embassy": what only a state
            # has is the state's, not the ministry's that speaks (PolNeAR train: 14 "its" before such a noun, 12 of
            # them a state's)
            states = [m for m in candidates if clusters[m.cluster].category == "state"]
            candidates = states or candidates
        if token.dep_ == "nsubj" and token.head.lemma_ in self.agentive_verbs:
            candidates = [m for m in candidates if clusters[m.cluster].type != "EQUIPMENT"]
        if token.dep_ in {"nsubj", "nsubjpass"} and (token.head.lemma_.lower() in self.place_predicates or any(
                c.dep_ == "acomp" and c.lemma_.lower() in self.place_predicates for c in token.head.children)):
            places = [m for m in candidates if clusters[m.cluster].type in {"FAC", "GPE", "LOC"}]
            candidates = places or candidates  # "when it was crowded with shoppers": the market, not the drone
        if token.dep_ in {"nsubjpass", "dobj"} and token.head.lemma_ in self.theme_verbs:
            things = [m for m in candidates if clusters[m.cluster].type == "EQUIPMENT"]
            candidates = things or candidates
        if agreement["number"] == "plural":
            # "officials ... they": a plural noun nearer than the named thing is the likelier antecedent (PolNeAR
            # train has 2292 "they"; in news prose most refer to officials, residents, fighters, not a named body)
            owned = self._owned_words(mentions)
            plural_nouns = [i for i in self.plural_nouns if i < token.i and i not in owned]
            window = sentence_of[token.i] - 1
            subjects = [i for i in plural_nouns if sentence_of[i] >= window and token.doc[i].dep_ in _SUBJECT_DEPS]
            # "shows two engineers who were kidnapped ... The lab said a calendar behind them matched": people
            # named as an object in reach are whom "they" or "them" stands for before a singular body named after
            # them (PolNeAR train: 64 plural pronouns after a plural object of people and a name after it, with no
            # plural subject in reach; of a sample of 20, 2 stand for the name)
            subjects += [i for i in plural_nouns if sentence_of[i] >= window and token.doc[i].dep_ in _OBJECT_DEPS
                         and _people(token.doc[i])]
            candidates = [m for m in candidates if not subjects and not any(m.end <= i < token.i for i in plural_nouns)]
        if token.dep_ == "poss" and token.head.lower_ in self.insurgent_members | {"fighters"}:
            # "Its fighters": what has fighters or rebels is an armed group, not the state or the monitors named
            # beside it (coref_descriptors insurgent_members, the members only a group standing against a state has)
            armed = [m for m in candidates if clusters[m.cluster].category == "armed_group"]
            candidates = armed or candidates
        if token.i in self.speaking and token.dep_ != "poss":
            # a pronoun naming who speaks continues the speaker before it (a speaker is named, then called "it"); a
            # possessive inside the source ("Its president, X, said") is the owner of who speaks, not the speaker
            speakers = [m for m in candidates if any(i in self.speaking for i in range(m.start, m.end))]
            candidates = speakers or candidates
        if token.dep_ == "dobj" and token.head.dep_ == "conj" and token.head.head.pos_ in {"VERB", "AUX"}:
            # "struck the frigate X and set it on fire": the object of a verb joined to one with a named object is
            # that object, in the role it had (Kennedy and Boguraev 1996: parallelism of grammatical role)
            objects = {c.i for c in token.head.head.children if c.dep_ == "dobj" and c.i < token.i}
            parallel = [m for m in candidates if any(m.start <= o < m.end for o in objects)]
            if parallel:
                return token.doc[token.i:token.i + 1], max(parallel, key=lambda m: m.start).cluster
        if not candidates:
            return None
        # on equal salience a sentence before the pronoun's gives its main clause's mention before one in a clause it
        # reports or embeds: "The ministry said the militia had shelled two villages. It gave no details" is the
        # ministry (Kameyama 1998: a subordinate clause's entities rank below the main clause's for the next
        # sentence); inside the pronoun's own sentence the nearer one still wins ("The report says the tanker
        # switched off its transponder")
        # and a mention inside a relative clause ranks below one outside it ("X said a calendar matched the date
        # the group gave, and that it had found ...": X; Lappin and Leass 1994, head noun emphasis: an NP inside
        # another NP ranks below one that is not)
        best = max(candidates, key=lambda m: (_salience(m, here), not _in_relative_clause(m.root, token),
                                              not (m.sentence < here and _embedded(m.root)), m.start))
        if token.lower_ == "it" and token.dep_ == "nsubj" and token.head.lemma_.lower() in self.evidential_verbs:
            # "X published a report and said it showed ...": what shows is the document, or a state of affairs, not
            # the body that published it; a document of the story named in this sentence or the one before is it
            documents = [m for m in before if clusters[m.cluster].type == "DOCUMENT" and here - m.sentence <= 1]
            return (token.doc[token.i:token.i + 1], documents[-1].cluster) if documents else None
        if token.lower_ == "it" and not (token.dep_ == "nsubj" and token.head.lemma_ in self.agentive_verbs):
            # "the drone hit the market ... when it was crowded": an unnamed thing in the same sentence that is
            # more salient than every named one is the likelier antecedent, and it is no entity
            owned = self._owned_words(mentions)
            # a title in apposition with a name is no rival: "it" never stands for "the chairwoman" of "X, the
            # chairwoman of the Y"
            # the sentence's words read from the token table: a Token is built for a rival alone
            table = token_table(token.doc)
            tag, dep, lower = table.tag, table.dep, table.lower
            roles = _SUBJECT_DEPS | _OBJECT_DEPS | {"pobj"}
            rivals = [token.doc[t] for t in range(table.sentence(token.i)[0], token.i)
                      if t not in owned and tag[t] == "NN" and dep[t] in roles and not _named_in_apposition(t, table, owned)
                      and not (dep[t] == "appos" and (lower[t] in self.person_titles or lower[t] in self.gendered_nouns))]
            if any(_salience(_Mention(t.i, t.i + 1, -1, t, here), here) > _salience(best, here) for t in rivals):
                return None
        if gender and self._unnamed_person_nearer(token, best, mentions, here):
            return None
        if token.lower_ == "it" and self._unnamed_body_subject(token, best, mentions, here):
            return None
        if token.lower_ == "it" and self._parallel_unnamed_object(token, best, mentions):
            return None
        if token.lower_ == "it" and self._place_of_unnamed_subject(token, best, mentions, clusters):
            return None
        if agreement["number"] == "plural" and _coordinated(best.root):
            return None  # "Wagner and Hezbollah fighters ... they": the antecedent is the pair, not one entity
        return token.doc[token.i:token.i + 1], best.cluster

    def _state_possession(self, noun: Token) -> bool:
        """Whether a possessed noun is what only a state has: its army, embassy, borders, or its intelligence or
        security services."""
        return noun.lower_ in self.state_possessions or noun.lemma_.lower() in _STATE_SERVICES and any(
            c.dep_ in {"compound", "amod"} and c.lower_ in _STATE_SERVICE_FIELDS for c in noun.children)

    def _state_s_organ(self, possessive: Token, state: int, clusters: list[EntityCluster]) -> int | None:
        """ "Harnovy's military intelligence ... its intelligence services": the one organ the text named with the
        state's possessive whose name holds the words of the possessed phrase (its head aside when that is a generic
        service word) is that organ named again."""
        noun = possessive.head
        words = {c.lower_ for c in noun.children if c.dep_ in {"compound", "amod"} and possessive.i < c.i < noun.i}
        if noun.lemma_.lower() not in _STATE_SERVICES:
            words.add(noun.lower_)
        if not words:
            return None
        owner = f"{clusters[state].name}'s ".lower()
        found = {k for k, c in enumerate(clusters) if c.category in {"organ", "state_organ"} and any(
            a.lower().startswith(owner) and words <= set(a.lower()[len(owner):].split()) for a in c.aliases)}
        return found.pop() if len(found) == 1 else None

    @staticmethod
    def _named_field_service(possessive: Token, clusters: list[EntityCluster]) -> int | None:
        """ "Osk expelled four diplomats, two days after its counter-intelligence service arrested an officer ...,
        the State Protection Service said": a state's intelligence or security service told through "its" (or its
        name's possessive) is the one body the story names as a service, bureau, agency or directorate of no other
        owner, as a lead describes what a later paragraph names. Not where the story names two such bodies, nor a
        listed one (a gazetteer's service is some known state's). (PolNeAR train: 0 "its intelligence / security
        service", weak; the read singles: 2 of 2 such phrases name the service the story names.)"""
        noun = possessive.head
        if noun.lemma_.lower() not in {"service", "agency"}:
            return None
        named = [k for k, c in enumerate(clusters)
                 if c.type == "ORG" and c.category is None and c.wikidata is None and c.name
                 and c.name.split()[-1].lower() in _NAMED_SERVICE_HEADS and c.name.split()[0][:1].isupper()
                 and any(m.root.pos_ == "PROPN" for m in c.mentions)]
        return named[0] if len(named) == 1 else None

    def _new_state_organ(self, doc: Doc, possessive: Token, state: int, clusters: list[EntityCluster]) -> int | None:
        """ "The government in Vell ordered ..., its foreign ministry said": an organ of a state the text names only
        through "its", acting, is an organ of its own, named as "Osk's foreign ministry" is ("Oskian foreign ministry"), the
        organ the text already has under those words where it has one (ACE 2005: a state's ministries and armed
        forces are organisations of their own, PART-WHOLE of the state)."""
        noun = possessive.head
        # only an organ that acts ("its foreign ministry said"): one the state acts on ("rebuilding its army") is
        # the state's possession in the state's own act, no party of its own
        if possessive.lower_ != "its" or noun.lower_ not in _STATE_ORGANS or noun.dep_ not in _SUBJECT_DEPS:
            return None
        modifiers = [t for t in doc[possessive.i + 1:noun.i]]
        if any(t.dep_ not in {"amod", "compound"} or not t.is_lower or not t.is_alpha for t in modifiers):
            return None
        words = " ".join(t.lower_ for t in [*modifiers, noun])
        owner = clusters[state].name
        if not owner:
            return None
        named = {f"{owner} {words}".lower(), f"{owner}'s {words}".lower()}
        known = [j for j, c in enumerate(clusters) if c.category in {"organ", "state_organ"}
                 and named & {a.lower() for a in (c.name, *c.aliases) if a}]
        if known:
            return known[0] if len(known) == 1 else None
        adjective, others = self._state_adjective(doc, owner)
        adjective = adjective or f"{owner}'s"
        aliases = {f"{name} {words}" for name in (owner, f"{owner}'s", *others)} - {f"{adjective} {words}"}
        clusters.append(EntityCluster(name=f"{adjective} {words}", type="ORG", category="state_organ",
                                      aliases=aliases, provenance="description",
                                      type_evidence=[("ORG", "a state's organ named through its",
                                                      doc[possessive.i:noun.i + 1])]))
        return len(clusters) - 1

    def _speaks_in_first_person(self, token: Token) -> bool:
        """Whether the quotation holding the token has a first person's pronoun in it: the speaker's own voice."""
        lower = token_table(token.doc).lower
        start, end = token.i, token.i
        while start - 1 in self.quoted:
            start -= 1
        while end + 1 in self.quoted:
            end += 1
        return any(lower[i] in _FIRST_PERSON for i in range(start, end + 1))

    def _quoted_speakers(self, token: Token, mentions) -> set[int]:
        """The entities named as the source of the attribution whose quoted content holds the token."""
        sources = [span for record in self.doc_attributions if token.i in record.content_tokens()
                   for span in record.source]
        return {m.cluster for m in mentions for span in sources if span.start <= m.start and m.end <= span.end}

    def _unnamed_person_nearer(self, token: Token, best, mentions, here: int) -> bool:
        """'"They shot at people who were running away," said a shopkeeper who saw it from his window. He asked
        that his name not be published': a person named by a common noun ("a shopkeeper", "the official") more
        salient than the named one is whom 'he' or 'she' stands for, and no entity takes the pronoun (Lappin and
        Leass 1994 rank every noun phrase, named or not)."""
        owned = self._owned_words(mentions)
        table = token_table(token.doc)
        first = table.sentence(token.i)[0]
        start = table.sents[max(table.sent_of[token.i] - 1, 0)][0]
        for t in range(start, token.i):
            if t in owned or table.tag[t] != "NN" or table.dep[t] not in _SUBJECT_DEPS | _OBJECT_DEPS:
                continue
            noun = token.doc[t]
            if not one_person_noun(table.lemma[t]):
                continue
            if any(c.dep_ == "appos" and c.i in owned for c in noun.children) or \
                    noun.dep_ == "appos" and noun.head.i in owned:
                continue  # "A lawyer for Dorn, John Miller,": the noun's person is named
            if self.gender.get(best.cluster) and self.gendered_nouns.get(table.lower[t]) not in {None, _GENDER.get(
                    token.lower_)}:
                continue
            rival = _Mention(t, t + 1, -1, noun, here if t >= first else here - 1)
            if _bound(token, rival):
                continue  # "a colleague might have helped him": the subject of the pronoun's own verb is not it
            if _salience(rival, here) > _salience(best, here):
                return True
        return False

    def _unnamed_body_subject(self, token: Token, best, mentions, here: int) -> bool:
        """ "A regional court in Pessa ruled ... It said": the body that was the subject, named by a common noun
        and holding no entity, is more salient than the place named inside its phrase; "it" is that body, no
        entity (Lappin and Leass 1994: a subject outranks an oblique). Only a body's noun counts, so that "it" is
        not taken from a named body by any noun."""
        owned = self._owned_words(mentions)
        doc = token.doc
        table = token_table(doc)
        first = table.sentence(best.root.i)[0]
        for t in range(first, token.i):
            if t in owned or table.tag[t] != "NN" or table.dep[t] not in {"nsubj", "nsubjpass"} \
                    or table.lower[t] not in self.body_heads or _named_in_apposition(t, table, owned):
                continue
            subject = doc[t]
            if subject.left_edge.i <= best.start and best.end <= subject.right_edge.i + 1 \
                    and _salience(_Mention(t, t + 1, -1, subject, table.sent_of[t]), here) > _salience(best, here):
                return True
        return False

    def _place_of_unnamed_subject(self, token: Token, best, mentions, clusters) -> bool:
        """ "the plane had crashed near the village of Ostry ... Asked whether it had been shot down": a town named
        only as where the clause's unnamed subject was ("near the village of X", "in X") ranks below that subject,
        and "it" as a subject is the subject named before, no entity (Lappin and Leass 1994: a subject outranks an
        adverbial phrase, which ranks lowest). A state is left to the other readings: "it" of a state is common."""
        if token.dep_ not in _SUBJECT_DEPS or clusters[best.cluster].type not in {"GPE", "LOC", "FAC"} \
                or clusters[best.cluster].category == "state":
            return False
        word = best.root
        while word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.pos_ == "NOUN":
            word = word.head.head  # "near the village of X": the place noun the name is of
        if word.dep_ != "pobj" or word.head.lower_ not in self.place_prepositions \
                or word.head.head.pos_ not in {"VERB", "AUX"}:
            return False
        owned = self._owned_words(mentions)
        subject = next((c for c in word.head.head.children if c.dep_ in _SUBJECT_DEPS and c.tag_ == "NN"
                        and c.i < best.start and c.i not in owned and c.lower_ not in self.person_titles
                        and c.lower_ not in self.gendered_nouns), None)
        return subject is not None

    def _parallel_unnamed_object(self, token: Token, best, mentions) -> bool:
        """ "X reached the border but would not cross it", "X accused the militia of seizing the port and said Y had
        armed it": an object "it" whose best named antecedent is a subject, after an unnamed singular noun that is
        the object of a verb in the pronoun's own chain of verbs (joined, infinitive or reported clauses), reads
        back to that noun, no entity (Kennedy and Boguraev 1996: an antecedent in the pronoun's own role is
        preferred; a subject of the same chain is bound, `_bound`)."""
        if token.dep_ != "dobj" or best.root.dep_ not in _SUBJECT_DEPS:
            return False
        owned = self._owned_words(mentions)
        verb = token.head
        for _ in range(5):
            for child in verb.children:
                if child.dep_ == "dobj" and best.end <= child.i < token.i and child.tag_ == "NN" \
                        and child.i not in owned and child.lower_ not in self.person_titles \
                        and child.lower_ not in self.gendered_nouns:
                    return True
            if verb.dep_ not in {"xcomp", "conj", "ccomp"} or verb.head.i == verb.i:
                return False
            verb = verb.head
        return False

    def _client(self, doc: Doc, token: Token, mentions, clusters) -> tuple[Span, int] | None:
        """ "A lawyer for X, Y, said his client had ...": a lawyer's client is whom the text made them lawyer for
        (PolNeAR train: "his/her client" 4 times)."""
        if token.lemma_.lower() != "client" or token.tag_ != "NN":
            return None
        poss = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        lawyer = next((m.cluster for m in mentions if poss is not None and m.start == poss.i), None)
        if lawyer is None or clusters[lawyer].type != "PERSON":
            return None
        where = {i: m.cluster for m in mentions for i in range(m.start, m.end)}
        for m in clusters[lawyer].mentions:
            if m.start >= token.i:
                continue
            for title in doc[max(m.sent.start, m.start - 6):min(m.sent.end, m.end + 4)]:
                if title.lower_ not in self.lawyer_titles:
                    continue
                parties = [c for c in title.children if c.dep_ == "poss"] + [
                    o for p in title.children if p.dep_ == "prep" and p.lower_ in {"for", "of", "to"}
                    for o in p.children if o.dep_ == "pobj"]
                for party in parties:
                    k = where.get(party.i)
                    if k is not None and k != lawyer and clusters[k].type in {"PERSON", "ORG"}:
                        return doc[poss.i:token.i + 1], k
        return None

    # ----- definite descriptions ----------------------------------------------------------------------------------

    def _description(self, doc: Doc, token: Token, mentions, clusters, sentence_of) -> tuple[Span, int] | None:
        table = token_table(doc)  # asked of every noun: the first tests read the token table
        i = token.i
        noun = table.lower[i]
        if not (table.pos[i] == "NOUN" or self._misread_description(table, i)) or i == 0:
            return None
        if i + 1 < len(doc) and table.text[i + 1] == "-":
            return None  # "the ship-tracking firm": the noun is part of a compound modifier
        if noun in self.government_nouns and table.lower[i - 1] == "the":
            seat = self._seated(doc, token, mentions, clusters)
            found = self._government_in(doc, token, seat, mentions, clusters, sentence_of) if seat is not None \
                else None
            # "the government in Vell" left unresolved is no bare "the government": the place says it may be
            # another state's than the one named before
            if found is None and noun in _NAMED_GOVERNMENTS and seat is None:
                found = self._government_named_before(doc, token, mentions, clusters)
            return found
        # mentions are kept in text order, so the one starting after the noun is found by halving (asked of every
        # noun, over every mention of the document)
        after = bisect_left(mentions, i + 1, key=_start)
        if after < len(mentions) and mentions[after].start == i + 1:
            return None  # "owned by the holding company Arkwell Group": the class noun of the name after it
        head = table.head[i]
        if table.dep[i] == "compound" and head == i + 1 and table.pos[head] in {"NOUN", "PROPN"} \
                and table.text[head].islower():
            # "the state operator, Ostel": the name may stand after a comma, in apposition to the class noun
            # (PolNeAR train: 'the party chairwoman, Representative ...', 1 of 1, weak)
            at = head + 2 if head + 2 < len(doc) and table.text[head + 1] == "," else head + 1
            named = bisect_left(mentions, at, key=_start)
            if named < len(mentions) and mentions[named].start == at and (
                    at == head + 1 or mentions[named].root.dep_ == "appos" and mentions[named].root.head.i == head):
                return None  # "the state broadcaster MTV": a modifier of the class noun before a name, no mention
        if table.dep[i] == "compound" and i < head <= i + 3 and table.pos[head] == "NOUN" \
                and table.text[head].islower():
            # "the state operator, X", "the state news agency X", "the party leaders": the noun modifies a noun after
            # it, and the phrase names that noun's thing, not the state or party (PolNeAR train: 98 "the <state /
            # party / group / company / government ...> <noun>" so parsed, e.g. "the state party", "the party
            # platform", none of them the modifier's own mention)
            return None
        if any(table.lower[c] == "of" and not _charge_clause(doc[c]) for c in table.children[i]) or \
                table.dep[i] == "appos":
            return None
        # the modifiers' tests read the token table (is_lower is str.islower of the text, as spaCy's lexical
        # attribute); Tokens are made only for a noun that passes them: most nouns are refused here
        dep, text = table.dep, table.text
        kept = [c for c in table.children[i] if c < i and dep[c] != "det"]
        # "the Osk-backed militia": a hyphenated modifier says who stands behind the group, not which one it is
        # it stands first, before any trade word ("the London-based engineering group")
        first = min(kept, default=i)
        hyphen = [c for c in kept if dep[c] == "amod" and text[c].islower() and c == first and c >= 2
                  and text[c - 1] == "-" and not table.whitespace[c - 2] and doc[c].left_edge.i == c - 2]
        width = 2 if hyphen else 0
        if any(dep[c] not in {"amod", "compound"} or not text[c].islower() or c != i - 1 - k
               for k, c in enumerate(sorted(kept, reverse=True))):
            return None  # "the insurgent group" yes; "the group's", "the Osk group" no
        start = i - 1 - len(kept) - width
        if start < 0 or table.lower[start] != "the":
            return None
        modifiers = [doc[c] for c in kept]
        hyphenated = [doc[c] for c in hyphen]
        here = sentence_of[token.i]
        # the mentions before the description, gathered only for a noun the lexicons name (most nouns that get this
        # far are refused first); mentions are in text order, so none starting after `start` can end before it
        states = self.descriptions.get(noun, {}).get("types") == ["GPE"]

        def earlier_mentions() -> list:
            earlier = [m for m in mentions[:bisect_right(mentions, start, key=_start)] if m.end <= start]
            subject = _clause_subject(token)
            if subject is not None:
                # "The Kessel Brigade said the group would not disarm", "X accused the group of ...": a description in
                # the subject's own clause, or the subject of the clause it reports, is someone else (Chomsky 1981,
                # binding principle C). PolNeAR train: 13 "the group/party/country/organization" so placed after a
                # capitalised subject, none of them the subject itself. Only the subject's own head is barred: "Ilan
                # Dovrik, a spokesman for the Brigades, said the group ..." leaves the Brigades free
                barred = {m.cluster for m in earlier if m.start <= subject.i < m.end}
                earlier = [m for m in earlier if m.cluster not in barred]
            if states:
                earlier = sorted(earlier + [m for m in self.anchors if m.end <= start], key=lambda m: m.start)
            return earlier

        lemma = token.lemma_.lower()
        # the description's Span is sliced only for a noun that names something: most are asked and refused
        if noun not in self.descriptions and noun not in self.member_nouns and noun not in self.titles:
            k = self._named_by_head(doc, token, modifiers, mentions, clusters, sentence_of, start)
            if k is not None:
                return doc[start:token.i + 1], k
        qualifiers = tuple(t.lower_ for t in modifiers)
        if modifiers and " ".join((*qualifiers, noun)) in self.titles:
            # "the prime minister": a title of two words, held by one named with the whole title
            k = self._title_holder(doc, noun, earlier_mentions(), clusters, here, qualifiers)
            return None if k is None else (doc[start:token.i + 1], k)
        if modifiers and noun not in self.descriptions:
            return None
        if noun not in self.descriptions and self.descriptions.get(lemma, {}).get("class_head"):
            noun = lemma  # "the drones": units of a kind of equipment named before ("Shahed-136 drones")
        if noun in self.descriptions:
            trade = {c.lower_ for c in modifiers if c not in hyphenated}
            k = self._described(noun, earlier_mentions(), clusters, here, trade, token.i)
            if k is None and not self.descriptions[noun].get("class_head"):
                # "the agency" after "the National Customs Agency", of no kind the lexicon knows: the body's own
                # head noun names it again
                k = self._named_by_head(doc, token, modifiers, mentions, clusters, sentence_of, start)
        elif noun in self.member_nouns:
            k = self._members(doc, noun, earlier_mentions(), clusters, here, token)
        elif noun in self.titles:
            k = self._title_holder(doc, noun, earlier_mentions(), clusters, here)
        else:
            return None
        return None if k is None else (doc[start:token.i + 1], k)

    def _misread_description(self, table, i: int) -> bool:
        """ "an official of the bloc said": a description's noun of the lexicon, written in lower case, that the
        tagger read as a proper noun is a common noun all the same (a proper noun is capitalised in English)."""
        return table.pos[i] == "PROPN" and table.text[i].islower() and table.lower[i] in self.descriptions

    def _named_by_head(self, doc: Doc, token: Token, modifiers: list[Token], mentions, clusters, sentence_of,
                       start: int) -> int | None:
        """ "the court" after "the Supreme Court", "the forum" after "the Coastal States Forum", "the electoral
        commission" before "the National Electoral Commission": a definite description made of a body's own head
        noun (and of its other words) is that body named again, when one body alone has such a name (the
        journalistic second reference; OntoNotes coreference guidelines: a definite NP that repeats the head of a
        named antecedent corefers with it). A description with modifiers may come first, the name next."""
        words = {t.lower_ for t in modifiers}

        head = token.lower_
        fitted: dict[int, bool] = {}  # by cluster: a document's many mentions belong to a few clusters

        def fits(k: int) -> bool:
            found = fitted.get(k)
            if found is None:
                c = clusters[k]
                name = (c.name or "").lower().split()
                # "the Ministry of Defence ... the ministry": an "of" name's head stands before its "of"
                # (PolNeAR train: 16 "<Department/Court> of X" names said again as "the department/court"); so
                # does a "for" name's ("the Centre for Arms Research ... the centre": the same postmodifier;
                # PolNeAR train: 50 "<Center/Institute/Committee ...> for X" names, none said again so, a weak count)
                main = re.split(r" (?:of|for) ", (c.name or "").lower())[0].split()
                found = fitted[k] = c.type in _HEAD_NAMED_TYPES and len(name) > 1 and (
                    # (a postmodified name's last word is no head: "the studies" of "Centre for Water Studies")
                    (name[-1] == head and words <= set(name[:-1]) and len(main) == len(name))
                    or (len(main) < len(name) and main[-1:] == [head] and words <= set(name) - {head, "of", "for"}))
            return found

        here = sentence_of[token.i]
        # the clusters that fit, asked once each, then the mentions tested by membership (a document's mentions
        # are many, its clusters few)
        # in text order: no mention starting after `start` ends before it
        before = mentions[:bisect_right(mentions, start, key=_start)]
        fit = {m.cluster for m in before if m.end <= start}
        fit = {k for k in fit if fits(k)}
        fitting = [m for m in before if m.end <= start and m.cluster in fit]
        earlier = {m.cluster for m in fitting}
        if len(earlier) == 1:
            return earlier.pop()
        if earlier:
            # "Osk's defence ministry ... Vell's defence ministry denied ... a spokeswoman for the ministry": of
            # several, the one named last, when it was named in this paragraph's reach
            nearest = max(fitting, key=lambda m: m.start)
            return nearest.cluster if here - nearest.sentence <= 1 else None
        if not words:
            return None
        later = {m.cluster for m in mentions if m.start > token.i and m.sentence - here <= 1 and fits(m.cluster)}
        return later.pop() if len(later) == 1 else None

    def _government_named_before(self, doc: Doc, token: Token, mentions, clusters) -> tuple[Span, int] | None:
        """ "Osk's government said ... The government said": a bare "the government" is the one state whose
        government the story named before it, by name, possessive or adjective (the journalistic second reference)."""
        owner = entity_index(doc)
        adjectives = {m.start: m.cluster for m in self.anchors}
        named: set[int] = set()
        for t in doc[story_start_token(doc):token.i - 1]:
            if t.lower_ not in _NAMED_GOVERNMENTS:
                continue
            before = t.i - 1
            if doc[before].text in {"'s", "’s", "'", "’"}:
                before -= 1
            k = owner.get(before, adjectives.get(before))
            if k is not None and clusters[k].type == "GPE":
                named.add(k)
        if not named:
            # "Sudrava's top court ... If the government refuses": with no government named, the one state the
            # story has named so far, by name or adjective, is the one governed (PolNeAR train: 23 bare "the
            # government" after one listed state named alone, 14 of a sample of 15 that state's)
            named = {k for k in owner.values() if clusters[k].category == "state" and any(
                m.end <= token.i - 1 for m in clusters[k].mentions)} | {
                m.cluster for m in self.anchors if m.end <= token.i - 1}
        if len(named) != 1:
            return None
        return doc[token.i - 1:token.i + 1], named.pop()

    @staticmethod
    def _seated(doc: Doc, token: Token, mentions, clusters) -> _Mention | None:
        """The place a government noun is said to sit in: "the government in Vell"."""
        if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "in":
            return None
        seat = next((m for m in mentions if m.start == token.i + 2), None)
        return seat if seat is not None and clusters[seat.cluster].type == "GPE" else None

    def _government_in(self, doc: Doc, token: Token, seat: _Mention, mentions, clusters,
                       sentence_of) -> tuple[Span, int] | None:
        """ "the government in Osk": the state governed from the place named (its seat), the one last brought to
        mind."""
        if clusters[seat.cluster].category == "state":
            # "the government in Vell" where Vell is a state: its own government, seated in no city of another
            return doc[token.i - 1:seat.end], seat.cluster
        # "Osk accused the government in Vell", "The government in Vell accused Osk of ...": the accuser is not the
        # accused; a verb's subject and object are two parties, so the state governed from Vell is neither of the
        # others (co-arguments of a verb that is not reflexive differ in reference: Chomsky 1981, binding
        # principle B; PolNeAR train: no "the government in X" beside a named state as co-argument, so a weak count)
        verb = token.head if token.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"} else None
        if verb is not None and verb.dep_ == "prep":
            verb = verb.head
        co_arguments = {t.i for t in verb.children if t.dep_ in _SUBJECT_DEPS | {"dobj", "dative"}} \
            if verb is not None else set()
        accusers = {m.cluster for m in mentions if m.root.i in co_arguments}
        # the verbs the government's subject is the subject of, read once for what it acts on and weighs
        shared = _sharing_subject(verb) if verb is not None and token.dep_ in _SUBJECT_DEPS else []
        if shared:
            # "The government in Vell accused Osk of ...", "... expelled three Oskian attaches": the state acting is
            # not the one it acts on, named by name or adjective in the verb's object (the other side of the
            # binding above; PolNeAR train: 3 "the government/regime in <city>" subjects with an object, none its
            # own state, weak)
            accusers |= self._acted_on(shared, mentions)
        # "Osk's ambassador in Vell": Osk's envoy is posted in another state's capital
        accusers |= self._envoys_posted_in(seat, mentions)
        # "Osk's foreign minister said the attack was staged by the government in Vell": a speaker's words about
        # "the government in" a city speak of another state's government, not of the one the speaker serves;
        # but what a government weighs or plans is told by its own people ("Two Oskian officials said the
        # government in Vell was considering expelling ..."), so there the speaker's state is the one meant
        deliberating = any(v.lemma_.lower() in self.deliberation_verbs for v in shared)
        speakers_states: list[int] = []
        for record in doc._.cg_attributions or []:
            if len(record.source) != 1 or token.i not in record.content_tokens():
                continue
            source = record.source[0]
            # the speaker as resolved so far ("She" read back to the minister): a person or state named in the source
            named = [m.cluster for m in mentions if source.start <= m.start and m.end <= source.end
                     and clusters[m.cluster].type in {"PERSON", "GPE"}]
            speakers = ([record.source_entity] if record.source_entity is not None else []) + named
            for speaker in speakers:
                if 0 <= speaker < len(clusters):
                    speakers_states.append(speaker if clusters[speaker].category == "state"
                                           else self._state_of(doc, speaker, clusters))
        own = next((k for k in speakers_states if k is not None and k not in accusers and k != seat.cluster), None)
        if deliberating and own is not None:
            return doc[token.i - 1:seat.end], own
        accusers.update(speakers_states)
        stated = self.seats.get(seat.cluster)
        if stated is not None and stated not in accusers:
            return doc[token.i - 1:seat.end], stated  # "Vell, the Oskian capital, ... the government in Vell"
        host = self._dateline_host(doc, seat, mentions, clusters, accusers)
        if host is not None:
            return doc[token.i - 1:seat.end], host
        states = [m for m in sorted(mentions + self.anchors + self._state_words(doc, clusters, sentence_of),
                                    key=lambda m: m.start)
                  if m.end <= token.i and m.cluster != seat.cluster and clusters[m.cluster].category == "state"
                  and m.cluster not in accusers]
        if not states:
            return None
        return doc[token.i - 1:seat.end], states[-1].cluster

    def _dateline_host(self, doc: Doc, seat: _Mention, mentions, clusters, accusers: set[int]) -> int | None:
        """ "MELDRA (Wire) - ... aid workers abducted in eastern Osk ... The government in Meldra said": a wire story
        is filed from its dateline's place, so the government seated in the dateline's city is that of the one state
        the story places things in ("in Osk", "southern Osk"), not of a neighbour named later in passing. (A wire
        dateline names the city the reporter files from: AP Stylebook, "datelines"; PolNeAR train: 5 "the
        government / regime in <capital>", none datelined, so the count is weak; the places are read as the typing
        reads them, a place preposition's object, and "<compass> <Name>", 28 of 30 places in train.)"""
        dateline = dateline_words(doc)
        if not any(m.cluster == seat.cluster and m.start in dateline for m in mentions):
            return None
        named_there = self._dateline_state(doc, dateline, seat, clusters)
        if named_there is not None and named_there not in accusers:
            return named_there
        speaking = self._lead_source_state(doc, mentions, clusters)
        if speaking is not None and speaking not in accusers and speaking != seat.cluster:
            return speaking
        placed = set()
        named = set()
        abroad = set()
        for m in mentions:
            if m.cluster in accusers or m.cluster == seat.cluster or clusters[m.cluster].category != "state" \
                    or m.start in dateline or m.root.pos_ != "PROPN":
                continue
            root = m.root
            before = doc[m.start - 1] if m.start > 0 else None
            named.add(m.cluster)
            if before is not None and before.lower_ in self.neighbour_words \
                    or root.dep_ == "pobj" and self._made_in(root.head):
                # "accused neighbouring Vell", "drones built in Vell": a neighbour of the story's state, or the
                # place goods came from, is abroad
                abroad.add(m.cluster)
            elif root.dep_ == "pobj" and root.head.lower_ in self.place_prepositions \
                    or before is not None and before.lower_ in self.compass_adjectives:
                placed.add(m.cluster)
        placed -= abroad
        if not placed and abroad:
            # a story placing things in no state, one of whose states is abroad, is about the one that is not
            placed = named - abroad
        return placed.pop() if len(placed) == 1 else None

    def _lead_source_state(self, doc: Doc, mentions, clusters) -> int | None:
        """ "DRAVENNA (Wire) - Customs officers seized ..., the head of Morvane's customs agency said": the one state
        whose organ or official is the source of the lead's report (by possessive, name or adjective inside the source
        or the post set beside it) is the one the wire reporter files from at home, its government the one seated in
        the dateline's city (AP Stylebook, "datelines": the place the story's information was gathered). Counts:
        PolNeAR train has no datelined "the government in <city>" (weak)."""
        first = story_start_token(doc)
        lead = doc[first].sent if first < len(doc) else None
        told = [a.source[0] for a in doc._.cg_attributions or []
                if a.source and lead is not None and lead.start <= a.source[0].start < lead.end]
        if not told:
            return None
        source = min(told, key=lambda span: span.start)
        # "Ilse Varrow, the head of Morvane's customs agency": the post set beside the source says whom it serves
        end = max([source.end] + [c.right_edge.i + 1 for c in source.root.children if c.dep_ == "appos"])
        states = {m.cluster for m in list(mentions) + list(self.anchors)
                  if source.start <= m.start and m.end <= end and clusters[m.cluster].category == "state"}
        return states.pop() if len(states) == 1 else None

    @staticmethod
    def _dateline_state(doc: Doc, dateline: range, seat: _Mention, clusters) -> int | None:
        """ "KORVEL, Dunmark (Wire) -": a dateline that names a state after its city says whose city it is (AP
        Stylebook, "datelines": a city outside the stylebook's list is followed by its country), so the state's name
        there is the city's state ("SPRINGFIELD, Illinois": the state of a federation is the one governing there too),
        whether or not a mention was made of it."""
        words = {doc[i].text for i in dateline if i not in range(seat.start, seat.end) and doc[i].is_alpha}
        states = {k for k, c in enumerate(clusters) if c.type == "GPE" and c.name in words and k != seat.cluster}
        return states.pop() if len(states) == 1 else None

    def _made_in(self, preposition: Token) -> bool:
        """ "drones built in Vell", "made in Vell": a place of manufacture or origin, not where the story happens."""
        return preposition.lower_ in {"in", "from"} and preposition.head.lower_ in self.maker_participles

    def _acted_on(self, verbs: list[Token], mentions) -> set[int]:
        """The parties a verb's object names, by name or by adjective ("accused Osk", "expelled three Oskian
        attaches", "of arming Osk"): its direct object's phrase and its prepositions' objects, pronouns left out
        (a pronoun there may be the subject's own), and so of the verbs that share its subject (`verbs`, the verb
        first, as `_sharing_subject` gives them)."""
        # "plans to expel Osk's envoy", "was considering expelling ...", "rejected the account and accused Osk":
        # the objects of a complement the subject controls, and of a verb conjoined under the same subject, are
        # acted on by that subject too
        objects = [c for v in verbs for c in v.children if c.dep_ in {"dobj", "dative"}]
        objects += [g for v in verbs for c in v.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        inside = {t.i for o in objects for t in o.subtree}
        return {m.cluster for m in list(mentions) + list(self.anchors)
                if m.root.i in inside and m.root.pos_ != "PRON"}

    def _capitals_as_parties(self, doc: Doc, clusters: list[EntityCluster], mentions: list[_Mention]) -> None:
        """ "Vell, the Oskian capital ... freed by Vell", "the government in Vell ... urged Vell not to": a capital
        the text ties to one state, named as a party (the subject of a verb only an agent does, a passive's "by"
        agent, the object of urging or blaming), stands for that state (ACE 2005: a capital standing for its
        state's government is a GPE mention of the state); as a place ("in Vell", "shelled Vell") it stays the
        city."""
        ties: dict[int, set[int]] = {}
        for city, state in self.seats.items():
            ties.setdefault(city, set()).add(state)
        for k, cluster in enumerate(clusters):
            if cluster.category != "state":
                continue
            for span in cluster.mentions:
                # "the government in Vell" read as Osk ties Vell to Osk
                if len(span) >= 4 and span[1].lower_ in self.government_nouns and span[2].lower_ == "in":
                    seat = next((m for m in mentions if m.start == span.start + 3 and m.end == span.end), None)
                    if seat is not None and seat.cluster != k:
                        ties.setdefault(seat.cluster, set()).add(k)
        dateline = dateline_words(doc)
        for city, states in ties.items():
            if len(states) != 1 or clusters[city].category == "state":
                continue
            state = next(iter(states))
            place = clusters[city]
            parties = [span for span in place.mentions if len(span) == 1 and span.start not in dateline
                       and self._named_as_party(span.root)]
            if not parties or len(parties) == len(place.mentions):
                continue  # the city keeps a mention of its own
            for span in parties:
                place.mentions.remove(span)
                _note_antecedent(clusters[state], span, mentions + self.anchors, state,
                                 "capital standing for its state")
                clusters[state].mentions.append(span)

    def _named_as_party(self, root: Token) -> bool:
        """A name used as a party, not a place: the subject of a verb only an agent does ("Vell said", "Vell
        denied"), the agent of a passive ("freed by Vell"), or the object of urging or blaming ("urged Vell")."""
        if root.dep_ == "nsubj" and root.head.pos_ in {"VERB", "AUX"}:
            return root.head.lemma_.lower() in self.agentive_verbs
        if root.dep_ == "pobj" and root.head.dep_ == "agent":
            return True
        return root.dep_ == "dobj" and root.head.lemma_.lower() in self.party_object_verbs

    def _envoys_posted_in(self, seat: _Mention, mentions) -> set[int]:
        """The states whose envoy or mission the text places in the seat's city ("Osk's ambassador in Vell", "the
        Oskian embassy in Vell", "Osk's envoy to Vell"): a state posts its envoys in another state's capital."""
        posted: set[int] = set()
        for m in mentions:
            if m.cluster != seat.cluster or m.root.dep_ != "pobj" or m.root.head.lower_ not in {"in", "to"}:
                continue
            envoy = m.root.head.head
            if envoy.lower_ not in self.envoy_nouns:
                continue
            owners = {c.i for c in envoy.children if c.dep_ in {"poss", "amod", "compound"}}
            posted |= {o.cluster for o in list(mentions) + list(self.anchors)
                       if o.root.i in owners and o.cluster != seat.cluster}
        return posted

    def _capitals(self, doc: Doc, clusters: list[EntityCluster], owned: set[int], mentions: list[_Mention],
                  sentence_of: dict[int, int]) -> dict[int, int]:
        """The capitals the text states, each city's entity to its state's ("Vell, the Oskian capital", "Osk's
        capital, Vell"); a capital the text names only through its state ("officials in the Oskian capital", "the
        capital of Osk") is a metonymic mention of the state, joined to it (ACE 2005: a capital standing for its
        state's government is a GPE mention of the state). The state's adjective is learned from its name in the
        text ("Osk" -> "Oskian"), never from a list. (PolNeAR train: 3 "the Y capital", 2 "the government in X";
        wire copy on conflicts uses both far more.)"""
        table = token_table(doc)
        capitals = [i for i in range(story_start_token(doc), len(doc))
                    if table.lower[i] == "capital" and table.pos[i] == "NOUN"]
        if not capitals:
            return {}
        where = {i: m.cluster for m in mentions for i in range(m.start, m.end)}
        states = {k for k, c in enumerate(clusters) if c.category == "state"}
        adjectives = {form: k for k in states for form in adjective_forms(clusters[k].name or " ")}
        seats: dict[int, int] = {}
        bare: list[Token] = []  # "in the capital": no state, city or adjective of its own
        for i in capitals:
            noun = doc[i]
            if self._bare_capital(noun):
                bare.append(noun)
                continue
            state = None
            for how, word in capital_owners(noun):
                if how == "modifier" and word.is_title:
                    state = adjectives.get(word.text)
                elif how in {"poss", "of"}:
                    state = where.get(word.i) if where.get(word.i) in states else None
                if state is not None:
                    break
            if state is None:
                continue
            cities = [where[c.i] for c in capital_cities(noun) if c.i in where and where[c.i] != state
                      and clusters[where[c.i]].type == "GPE"]
            if cities:
                for city in cities:
                    seats.setdefault(city, state)
                continue
            det = next((c for c in noun.children if c.dep_ == "det"), None)
            if det is None or det.lower_ != "the" or noun.dep_ in {"compound", "attr"} \
                    or not any(c.dep_ in {"amod", "compound"} and c.text in adjectives for c in noun.children):
                continue  # "a capital city", "Vell is the capital", "the capital of Osk": no adjective's metonym
            span = doc[det.i:i + 1]
            if any(t.i in owned for t in span):
                continue
            cluster = clusters[state]
            _note_antecedent(cluster, span, mentions + self.anchors, state, "capital named through its state")
            cluster.mentions.append(span)
            insort(mentions, _Mention(span.start, span.end, state, span.root, sentence_of[span.root.i]), key=_start)
            owned.update(range(span.start, span.end))
        self._dateline_capital(doc, clusters, bare, seats, owned, mentions, sentence_of)
        return seats

    def _bare_capital(self, noun: Token) -> bool:
        """ "in the capital", "outside the capital": "the capital" alone as the object of a place preposition, with no
        owner, modifier, city or clause of its own. A "who" clause the parser hung on it ("a diplomat in the capital,
        who spoke on condition of anonymity") is the person's before it: "who" stands for persons only (Quirk et
        al. 1985, A Comprehensive Grammar of the English Language, 6.33)."""
        kids = [c for c in noun.children if not (c.dep_ == "punct" and c.i > noun.i) and not _personal_clause(c)]
        return len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ == "the" and kids[0].i == noun.i - 1 \
            and noun.dep_ == "pobj" and noun.head.lower_ in self.place_prepositions

    def _dateline_capital(self, doc: Doc, clusters: list[EntityCluster], bare: list[Token], seats: dict[int, int],
                          owned: set[int], mentions: list[_Mention], sentence_of: dict[int, int]) -> None:
        """ "KELVARA (Wire) - ... shot dead 31 protesters in the capital": a wire story filed from a capital calls
        its dateline's city "the capital" (AP Stylebook, "datelines": the dateline names the city the story is filed
        from; news English names the seat of government of the story's country by the bare "the capital"), so a bare
        "the capital" used as a place is the dateline's city, where the text states no other capital ("Vell, the
        Oskian capital"). Only as a place: "to visit the capital" may be a visit to another country's. (PolNeAR
        train: 2 "in the capital", neither in a datelined story, weak.)"""
        if not bare:
            return
        dateline = dateline_words(doc)
        cities = {m.cluster for m in mentions if m.start in dateline and clusters[m.cluster].type == "GPE"
                  and clusters[m.cluster].category != "state"}
        if len(cities) != 1 or any(city not in cities for city in seats):
            return
        city = cities.pop()
        for noun in bare:
            span = doc[noun.i - 1:noun.i + 1]
            if any(t.i in owned for t in span):
                continue
            _note_antecedent(clusters[city], span, mentions, city, "the dateline's city as the capital")
            clusters[city].mentions.append(span)
            insort(mentions, _Mention(span.start, span.end, city, span.root, sentence_of[span.root.i]), key=_start)
            owned.update(range(span.start, span.end))

    @staticmethod
    def _state_words(doc: Doc, clusters: list[EntityCluster], sentence_of: dict[int, int]) -> list[_Mention]:
        """ "the Osk Rail network", "the Osk Audit Office": a state's name inside another name is no mention of the
        state, but, like its adjective, it brings the state to mind."""
        states = {c.name: k for k, c in enumerate(clusters) if c.category == "state" and " " not in c.name}
        found = []
        for k, cluster in enumerate(clusters):
            if cluster.category == "state":
                continue
            for mention in cluster.mentions:
                for token in mention:
                    if token.text in states and len(mention) > 1:
                        found.append(_Mention(token.i, token.i + 1, states[token.text], token, sentence_of[token.i]))
        return found

    def _described(self, noun: str, earlier, clusters, here, trade: set[str] = frozenset(),
                   told_at: int | None = None) -> int | None:
        spec = self.descriptions[noun]
        types = set(spec.get("types", ()))
        categories = spec.get("categories")
        heads = set(spec.get("name_heads") or ())

        def head_of_name(c: EntityCluster) -> str:
            return " ".join((c.name or "").split(" of ")[0].lower().split()[-1:])

        def called_so(c: EntityCluster) -> bool:
            return any(rule in {"apposition", "class noun before the name"} and noun in {t.lower_ for t in words}
                       for _, rule, words in c.type_evidence)

        def fits(c: EntityCluster) -> bool:
            if c.type not in types:
                return False
            if c.type == "DOCUMENT" and noun in self.document_nouns and noun not in {
                    w for n in (c.name or "", *c.aliases) for w in n.lower().split()}:
                # "a leaked memo ... the report", "a video ... the report": a document is named again by its own
                # noun (the journalistic repetition); "the findings" are any document's
                return False
            if called_so(c):
                # "the state news agency Corthpress ... According to the agency": what the text itself called by
                # the noun is picked up by it whatever kind the lexicon gives it (a definite description repeating
                # the class noun said with the name; OntoNotes coreference guidelines)
                return True
            if spec.get("class_head"):
                return noun in self.classes.get(c.category or "", {}).get("heads", ())
            if spec.get("by_name_heads"):
                return head_of_name(c) in heads
            if c.category is None and categories is not None and None in categories:
                return not self._named_of_another_kind(c, noun)
            return categories is None or c.category in categories

        def of_kind(c: EntityCluster) -> bool:
            """A body of a known kind, or one named as one of the noun's kind ("the Osk Compact" for "the bloc")."""
            return c.category is not None or head_of_name(c) in heads

        fitting = [m for m in earlier if fits(clusters[m.cluster])]
        if (spec.get("class_head") or spec.get("introduced")) and len({m.cluster for m in fitting}) == 1:
            return fitting[-1].cluster  # the one item of its class in the story so far, however far back
        near = [m for m in fitting if here - m.sentence <= _DESCRIPTION_WINDOW]
        # "X, a private military contractor, ... the contractor": the body the text itself called by the noun
        called = [m for m in near if any(rule in {"apposition", "class noun before the name"} and noun in
                                         {t.lower_ for t in words} for _, rule, words in clusters[m.cluster].type_evidence)]
        if told_at is not None and told_at not in self.speaking and len({m.cluster for m in called}) > 1:
            # "A video released by the X Wolves, an armed group, is genuine, analysts at the Y Lab, a forensics
            # group, said ... posted on the group's channel": of two bodies the text called by the noun, a
            # description in the story's own words is the one the story tells of, not the one only named as who
            # tells it (a source ranks below the content's participants as the story's topic; Grosz, Joshi and
            # Weinstein 1995: the center is what the utterances are about)
            speaking = self.speaking
            only_telling = {k for k in {m.cluster for m in called}
                            if all(any(i in speaking for i in range(x.start, x.end)) for x in earlier
                                   if x.cluster == k and x.root.pos_ != "PRON")}  # its names, not pronouns read to it
            told = [m for m in called if m.cluster not in only_telling]
            called = told or called
        if spec.get("called_only"):
            # "the frigate": only a ship the text itself called a frigate, however far back when it is the one
            far = {m.cluster for m in fitting if called_so(clusters[m.cluster])}
            return called[-1].cluster if called else far.pop() if len(far) == 1 else None
        if not called and trade:
            # "Kintore Mining ... Ferncliff Bank ... the Oslo-based mining company": the body whose name or description
            # has the description's trade word
            called = [m for m in near if trade & (set((clusters[m.cluster].name or "").lower().split()) | {
                t.lower_ for _, _, words in clusters[m.cluster].type_evidence for t in words})]
        if not called and near and clusters[near[-1].cluster].category is None:
            # "the X rebel group ... the Y interior ministry said ... the group": a body of no known kind is only the
            # last resort when one of a kind the noun names is near, and a body named as one of the noun's kind is
            # of that kind ("a member of the Osk Compact ... the Vell Institute, a research group ... the bloc")
            called = [m for m in near if of_kind(clusters[m.cluster])]
        if not near:
            # "the Osk Front ... [five sentences on others] ... the group": the one body of a kind the noun names in
            # the story so far, however far back, as the one item of a class is; a body of no known kind is not
            # taken from so far
            # (a body named as one of the noun's kind is of that kind: "the Northern Trade League ... the bloc")
            kinds = {m.cluster for m in fitting if of_kind(clusters[m.cluster])}
            # the body the text itself called by the noun outranks one only of the noun's kind ("the state news
            # agency Corthpress ... Pelgrath's intelligence service ... the agency's account"), as in reach
            called_far = {m.cluster for m in fitting if called_so(clusters[m.cluster])}
            if len(called_far) == 1:
                return called_far.pop()
            return kinds.pop() if len(kinds) == 1 else None
        return (called or near)[-1].cluster

    def _named_of_another_kind(self, cluster: EntityCluster, noun: str) -> bool:
        """Whether a body of no known kind is named by a noun of one definite other kind: "the company" is not "the
        Harbour Workers' Union" nor "the National Customs Agency" (a description agrees in kind with what it picks
        up; OntoNotes coreference guidelines). Only the nouns the lexicon gives one kind count, not "group" or
        "company", which name bodies of many kinds ("Kessler Group" is often a firm); and what the text itself
        calls by the noun fits it whatever its name ("the Ostmark Union, a trade bloc ... the bloc")."""
        if any(noun in {t.lower_ for t in words} for _, rule, words in cluster.type_evidence
               if rule in {"apposition", "class noun before the name", "name before a noun for its kind"}):
            return False
        words = (cluster.name or "").split(" of ")[0].lower().split()
        head = words[-1] if words else ""
        if head in self.government_body_heads and noun in self.not_government_descriptions:
            return True  # "the Hessel Defence Directorate ... the group": a government's body is no group
        other = self.descriptions.get(head)
        if head == noun or other is None or cluster.type not in other.get("types", ()) \
                or None in (other.get("categories") or [None]):
            return False
        mine = set(self.descriptions[noun].get("categories") or ()) - {None}
        return not mine & set(other.get("categories") or ())

    def _members(self, doc: Doc, noun: str, earlier, clusters, here, token: Token | None = None) -> int | None:
        """ "the fighters": the armed group last named as having such members ("Wagner mercenaries"), or a body of
        any kind the story gave such members ("300 fighters from the X Legion, a private military contractor"),
        however far back; never the subject of the description's own verb ("the group vowed to drive the
        mercenaries out")."""
        def named_with(k: int, nouns) -> bool:
            for x in earlier:
                if x.cluster != k:
                    continue
                if x.end < len(doc) and doc[x.end].lower_ in nouns:
                    return True  # "Wagner mercenaries"
                head = x.root.head
                if x.root.dep_ == "pobj" and head.lower_ in {"from", "of"} and head.head.lower_ in nouns:
                    return True  # "fighters from the X Legion"
            return False

        def has_members(m: _Mention) -> bool:
            entry = self.gazetteer.by_name.get(clusters[m.cluster].name)
            return named_with(m.cluster, {noun}) or (entry is not None and noun in entry.member_nouns)

        own_subjects = set()
        if token is not None and token.dep_ in _OBJECT_DEPS | {"pobj"}:
            verb = token.head.head if token.dep_ == "pobj" else token.head
            own_subjects = {m.cluster for m in earlier for c in verb.children
                            if c.dep_ in _SUBJECT_DEPS and m.start <= c.i < m.end}
        def state_service(k: int) -> bool:
            name = (clusters[k].name or "").lower().split()
            return noun in self.insurgent_members and bool(name) and name[-1] in self.state_service_heads \
                and not named_with(k, {noun})

        groups = [m for m in earlier if m.cluster not in own_subjects and not state_service(m.cluster) and (
            clusters[m.cluster].category == "armed_group" and here - m.sentence <= _DESCRIPTION_WINDOW
            or clusters[m.cluster].type == "ORG" and named_with(m.cluster, self.member_nouns))]
        if not groups:
            return None
        preferred = [m for m in groups if has_members(m)]
        if not preferred:
            # a body the story gave members of another name ("fighters" for "the mercenaries") before one it did not
            preferred = [m for m in groups if named_with(m.cluster, self.member_nouns)]
        return (preferred or groups)[-1].cluster

    def _title_holder(self, doc: Doc, noun: str, earlier, clusters, here, qualifiers: tuple[str, ...] = ()
                      ) -> int | None:
        """ "the president": the person last named with that title ("President Bashar al-Assad"); "the prime
        minister" one named with the whole title ("X's prime minister, Y", "Prime Minister Y")."""
        # the title word may open a title of two ("Prosecutor General X" for "the prosecutor")
        # whether a person was named with the title depends on the person alone: each is judged once, the last
        # named first (the test ran over every earlier mention for every earlier mention before)
        judged: dict[int, bool] = {}
        for m in reversed(earlier):
            k = m.cluster
            if clusters[k].type != "PERSON":
                continue
            if k not in judged and qualifiers:
                whole = [*qualifiers, noun]
                judged[k] = any(
                    [t.lower_ for t in doc[max(x.start - len(whole), 0):x.start]] == whole
                    or " ".join(whole) in " ".join(t.lower_ for t in self._title_before(doc, x.start))
                    or set(qualifiers) <= _apposed_title_words(doc[x.start:x.end], noun)
                    for x in earlier if x.cluster == k and x.start)
            if k not in judged:
                judged[k] = any(
                    doc[x.start - 1].lower_ == noun or noun in {t.lower_ for t in self._title_before(doc, x.start)}
                    or _apposed_title(doc[x.start:x.end], noun) for x in earlier if x.cluster == k and x.start)
            if judged[k]:
                return k
        return None


def add_mentions(spans: list[Span], more: list[Span]) -> list[Span]:
    """The spans with those of `more` that overlap none of them, in text order: a mention found by two readings
    ('the hackers' as the plural named again and as the doers named again) is kept once."""
    return sorted(spans + [s for s in more if not any(s.start < x.end and x.start < s.end for x in spans)],
                  key=lambda s: s.start)


def _owned_by_person(doc: Doc, person: int, clusters: list[EntityCluster]) -> set[int]:
    """The bodies of no other known kind than a party's that the text gives a person by a possessive
    (`parties_by_possessive`)."""
    return {given.party for given in parties_by_possessive(doc, clusters) if given.person == person}


def _sharing_subject(verb: Token) -> list[Token]:
    """The verb and those its subject is also the subject of: a complement it controls ("plans to expel",
    "was considering expelling", "decided to recall") and a verb conjoined without a subject of its own
    ("rejected the account and accused ...")."""
    found, todo = [], [verb]
    while todo:
        v = todo.pop()
        found.append(v)
        todo += [c for c in v.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}
                 or c.dep_ == "conj" and c.pos_ == "VERB" and not any(g.dep_ in _SUBJECT_DEPS for g in c.children)]
    return found


def _body_kind(cluster: EntityCluster, noun: str) -> str | None:
    """The kind of source a named body is: an outlet, or a government body (a ministry, or an agency that is no
    outlet); else None, the kind the attribution pass gave stands."""
    if cluster.type == "OUTLET":
        return "outlet"
    if cluster.category in {"state_organ", "government_agency", "intelligence_agency"} or noun in _GOVERNMENT_BODIES:
        return "government"
    return None


def _quoted(doc: Doc) -> set[int]:
    """The tokens inside double quotation marks, paired within each paragraph."""
    found: set[int] = set()
    opened = None
    for i, text in enumerate(token_table(doc).text):
        if "\n" in text:
            opened = None  # a quotation left open at a paragraph's end runs into the next: no pair here
        elif text in {'"', "“", "”"}:
            if opened is None and text != "”":
                opened = i
            elif opened is not None:
                found.update(range(opened + 1, i))
                opened = None
    return found


def _note_antecedent(cluster: EntityCluster, span: Span, mentions: Iterable[_Mention], k: int, by: str) -> None:
    """Keep, as the evidence of a pronoun or description joined to an entity, the nearest mention of it before that
    names it (or, with none, the nearest one)."""
    read_back = {note["start"] for note in cluster.coreference}
    before = [m for m in mentions if m.cluster == k and m.end <= span.start]
    named = [m for m in before if m.root.pos_ != "PRON" and span.doc[m.start].idx not in read_back]
    if not before:
        return
    nearest = max(named or before, key=lambda m: m.start)
    words = span.doc[nearest.start:nearest.end]
    cluster.coreference += read_back_to(words, [span], by=by)


def _resolve_sources(doc: Doc, clusters: list[EntityCluster]) -> None:
    """ "The group said ...": a source the attribution pass could not tie to an entity is the entity its words were
    read back to here; the attribution keeps the words and their antecedent as the evidence."""
    attributions = doc._.cg_attributions or []
    joined = {}
    for k, cluster in enumerate(clusters):
        for note in cluster.coreference:
            joined[note["start"], note["end"]] = k, note
    if not joined:
        return
    for record in attributions:
        if record.source_entity is not None or len(record.source) != 1:
            continue
        source = record.source[0]
        root = source.root
        for (start, end), (k, note) in joined.items():
            if source.start_char <= start and end <= source.end_char and start <= root.idx < end:
                record.source_entity = k
                record.evidence["source_entity_by"] = {"by": note["by"], "words": note["text"],
                                                       "antecedent": note["antecedent"]}
                break


def _charge_clause(of: Token) -> bool:
    """ "accusing the commission of inflating turnout": an of-phrase holding a gerund is the charge the parser hung
    on the noun, not a part of its name ("the commission of inquiry")."""
    return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in of.children)


def _apposed_title(mention: Span, noun: str) -> bool:
    """ "the Oskian president, Ana Vell" / "Ana Vell, the country's president": the title in apposition with the
    name, which "the president" later picks up (PolNeAR train: 430 "name, a/the <noun>" appositions)."""
    root = mention.root
    if root.dep_ == "appos" and root.head.lower_ == noun and root.head.pos_ == "NOUN":
        return True
    return any(c.dep_ == "appos" and c.lower_ == noun and c.pos_ == "NOUN" and c.i > root.i
               and c.left_edge.i - mention.end <= 2 for c in root.children)


def _apposed_title_words(mention: Span, noun: str) -> set[str]:
    """The words before the title noun in apposition with a name ("Castrenna's prime minister, Edda Varnet":
    {"castrenna", "'s", "prime"}), empty where no such title stands by the name."""
    root = mention.root
    titles = [root.head] if root.dep_ == "appos" and root.head.lower_ == noun and root.head.pos_ == "NOUN" else []
    titles += [c for c in root.children if c.dep_ == "appos" and c.lower_ == noun and c.pos_ == "NOUN"
               and c.i > root.i and c.left_edge.i - mention.end <= 2]
    return {t.lower_ for title in titles for t in title.lefts}


def _name_described_owners(clusters: list[EntityCluster]) -> None:
    """"the bloc's trade monitors", once "the bloc" is resolved to the Ostmark Union: the organ is named by its
    owner's name ("Ostmark Union trade monitors"), and by each other name the story gives the owner ("the Union":
    "Union trade monitors"), instead of by the description."""
    # each token to the entity of the shortest mention holding it: "the bloc" inside "a report by the bloc's monitors"
    where: dict[int, int] = {}
    for length, k, m in sorted(((len(m), k, m) for k, c in enumerate(clusters) for m in c.mentions), reverse=True,
                               key=lambda x: (x[0], x[1])):
        where.update({i: k for i in range(m.start, m.end)})
    for k, organ in enumerate(clusters):
        if organ.category not in {"organ", "state_organ"} or not organ.name:
            continue
        for mention in organ.mentions:
            possessive = next((t.i for t in mention if t.text in {"'s", "’s"}), None)
            if possessive is None or possessive == mention.start:
                continue
            described = mention.doc[possessive - 1]
            owner = where.get(described.i)
            words = organ.name.split()
            if owner is None or owner == k or described.pos_ != "NOUN" or words[0].lower() != described.lower_:
                continue
            owner_cluster = clusters[owner]
            names = {owner_cluster.name, *owner_cluster.aliases}
            # a short form the story uses, as "the Union": a capitalised name after the article
            names |= {" ".join(t.text for t in m if t.lower_ != "the") for m in owner_cluster.mentions
                      if all(t.text[:1].isupper() for t in m if t.lower_ != "the")}
            rest = " ".join(words[1:])
            organ.name = f"{owner_cluster.name} {rest}"
            organ.aliases = {a for a in organ.aliases if a.split()[0].lower() != described.lower_}
            organ.aliases |= {f"{n} {rest}" for n in names if n}
            break


def _modifier_names(doc: Doc, clusters: list[EntityCluster], owned: set[int], sentence_of: dict[int, int]
                    ) -> list["_Mention"]:
    """Names of the story's people and bodies used inside a hyphenated modifier ('Dorn-owned', 'Osk-backed'),
    by their last word, as the story names them elsewhere."""
    last_words: dict[str, set[int]] = {}
    for k, c in enumerate(clusters):
        if c.name and c.type in {"PERSON", "ORG", "GPE"}:
            last_words.setdefault(c.name.split()[-1], set()).add(k)
    found = []
    text = token_table(doc).text
    for i in range(len(doc))[:-2]:
        ks = last_words.get(text[i])
        if ks is None:
            continue  # most words are no name's last word: they are not made into Tokens
        token = doc[i]
        if len(ks) != 1 or token.i in owned or doc[token.i + 1].text != "-" \
                or doc[token.i + 1].whitespace_ or not doc[token.i + 2].is_lower:
            continue
        found.append(_Mention(token.i, token.i + 1, next(iter(ks)), token, sentence_of[token.i]))
    return found


def _possessor_part(mention: Span, i: int) -> bool:
    """Whether token i is in the possessor of an organ's mention ("the bloc" of "the bloc's monitors")."""
    possessive = next((t.i for t in mention if t.text in {"'s", "’s"}), None)
    return possessive is not None and i < possessive


# the organs of a state that are bodies of their own, which "its" before them names (ACE 2005 ORG: government
# ministries, armed forces, legislatures, diplomatic missions); its borders, troops or citizens are no body
_STATE_ORGANS = frozenset({"ministry", "embassy", "army", "navy", "military", "parliament", "legislature", "cabinet"})
# the prepositions that place a facility on a named river, town or land ("the dam on the X", "the bridge over the
# Y", "the depot at Z"): ACE 2005 FAC guidelines (facilities located by a GPE or LOC)
_FACILITY_PLACE_PREPOSITIONS = frozenset({"on", "over", "across", "at", "in", "near", "outside"})


def _phrase_end(token: Token) -> int:
    """Last token of a noun phrase without the clauses after it ("the monitors [seen by the paper]")."""
    end = token.i
    for child in token.children:
        if child.i > token.i and child.dep_ not in {"acl", "relcl", "punct", "appos", "cc", "conj"}:
            end = max(end, _phrase_end(child))
    return end


def _known_genders(doc: Doc, clusters: list[EntityCluster], gendered: dict[str, str]
                   ) -> tuple[dict[int, str], dict[int, Span]]:
    """Gender the text gives a person, so that "he" does not pick her up: an honorific ("Mrs. May"), a gendered title
    before the name ("spokeswoman Ada Roe") or a gendered noun in apposition with it ("Ada Roe, a spokeswoman for
    the port", "the firm's chairwoman, Ada Roe", "his wife, Ada") or a "she" already joined to it."""
    known: dict[int, str] = {}
    words: dict[int, Span] = {}

    def give(k: int, gender: str, span: Span) -> None:
        if k not in known:
            known[k], words[k] = gender, span

    for k, c in enumerate(clusters):
        if c.type != "PERSON":
            continue
        for m in c.mentions:
            before = doc[m.start - 1].lower_ if m.start > 0 else ""
            if before in _HONORIFIC_GENDER:
                give(k, _HONORIFIC_GENDER[before], doc[m.start - 1:m.end])
            elif before in gendered and doc[m.start - 1].pos_ in {"NOUN", "PROPN"}:
                give(k, gendered[before], doc[m.start - 1:m.end])
            root = m.root
            if root.pos_ == "PRON":
                if len(m) == 1 and root.lower_ in _GENDER:
                    give(k, _GENDER[root.lower_], m)  # "she" joined to the name before: the name is hers
                continue
            apposed = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
            if root.dep_ == "appos":
                apposed.append(root.head)
            for noun in apposed:
                if noun.lower_ in gendered and noun.pos_ == "NOUN":
                    give(k, gendered[noun.lower_], doc[noun.i:noun.i + 1])
    return known, words


@functools.cache
def _doer_adjectives() -> frozenset[str]:
    """Adjectives whose to-infinitive has the subject for its doer ("it was ready to go further"): coref_descriptors."""
    return lexicon.words("coref_descriptors.yaml", "doer_adjectives")


def is_pleonastic(token: Token) -> bool:
    """Expletive "it": "it is not clear whether ...", "it seems that ...", "it is raining"; not "it" before an
    adjective whose to-infinitive it does ("it was ready to go further")."""
    if token.lower_ != "it":
        return False
    if _doer_adjective_after(token):
        return False
    if token.dep_ == "expl":
        return True
    if token.dep_ not in _SUBJECT_DEPS:
        return False
    head = token.head
    if head.lemma_ in _WEATHER:
        return True
    if head.lemma_ in {"seem", "appear", "happen", "turn"} and any(c.dep_ == "ccomp" for c in head.children):
        return True
    if head.lemma_ not in _COPULAR:
        return False
    predicates = [c for c in head.children if c.dep_ in {"acomp", "attr"}]
    for clause in [c for p in [head, *predicates] for c in p.children]:
        if clause.i > token.i and clause.dep_ in {"ccomp", "csubj", "xcomp", "advcl"}:
            opener = clause.left_edge
            if opener.lower_ in _EXTRAPOSED or (opener.lower_ == "to" and clause.tag_ == "VB"):
                return True
    return _extraposed_surface(token) or _first_time(token)


def _doer_adjective_after(token: Token) -> bool:
    """ "it was (not) ready to", 'it was "ready to': a form of "be", then adverbs, "not" or a quotation mark, then an
    adjective whose to-infinitive has the subject for its doer, then "to"."""
    doc = token.doc
    i = _past_copula(token, lambda t: t.lemma_ == "be" or t.pos_ in {"PART", "ADV", "AUX"} or t.is_quote)
    return i is not None and i + 1 < len(doc) and doc[i].lower_ in _doer_adjectives() and doc[i + 1].lower_ == "to"


def _past_copula(token: Token, between) -> int | None:
    """Where the words after "it" go on past the form of "be" right after it and the words `between` lets stand
    after that (adverbs, "not"): the index of the first other word, or None where no form of "be" follows."""
    doc = token.doc
    i = token.i + 1
    if i >= len(doc) or doc[i].lemma_ != "be":
        return None
    i += 1
    while i < len(doc) and between(doc[i]):
        i += 1
    return i


@functools.cache
def _event_nouns() -> frozenset[str]:
    """The event nominals (event_nouns.yaml)."""
    return frozenset(lexicon.load("event_nouns.yaml")["event_nouns"])


def _first_time(token: Token) -> bool:
    """ "It is the first time since 2019 that ...", "It was the third time this year", "It was the first flight test
    of the missile": the "it" of a remark on how often something happened stands for that happening, no entity.
    Surface: "it", a form of "be" (adverbs and "not" between), "the" or "a", an ordinal, "last", "only" or
    "latest", and "time" or an event nominal after lower-case modifiers (PolNeAR train: 13 "it is/was the
    <ordinal, only, latest or superlative> ...", none a named thing: "It was the first weekly loss", "It was the
    last debate", "It is the only campaign donation")."""
    doc = token.doc
    i = _past_copula(token, lambda t: t.pos_ in {"PART", "ADV"} or t.lemma_ == "be")
    if i is None or i + 2 >= len(doc) or doc[i].lower_ not in {"the", "a", "an"}:
        return False
    count = doc[i + 1]
    counted = count.lower_ in _TIME_COUNTS or count.tag_ == "JJ" and count.lower_.endswith(("th", "nd", "rd", "st")) \
        and count.lower_ not in {"worst", "best", "most", "least"}
    if not counted:
        return False
    if doc[i + 2].lower_ == "time":
        return True
    # "It was the first flight test of the missile", "It was the third attack this month": a counted event (its
    # head noun an event nominal, after lower-case modifiers) is that happening named again
    j = i + 2
    while j + 1 < len(doc) and j < i + 5 and doc[j + 1].is_lower and doc[j + 1].pos_ == "NOUN" \
            and doc[j].is_lower and doc[j].pos_ in {"ADJ", "NOUN"}:
        j += 1
    return doc[j].is_lower and doc[j].pos_ == "NOUN" and doc[j].lemma_.lower() in _event_nouns()


def _extraposed_surface(token: Token) -> bool:
    """Backup for a poor parse: "it" + be + (not/adverbs) + adjective + that/whether/how/to-verb."""
    doc = token.doc
    i = _past_copula(token, lambda t: t.pos_ in {"PART", "ADV"})
    if i is None or i >= len(doc) or doc[i].pos_ != "ADJ":
        return False
    i += 1
    if i >= len(doc):
        return False
    marker = doc[i]
    if marker.lower_ in _EXTRAPOSED:
        return True
    return marker.lower_ == "to" and i + 1 < len(doc) and doc[i + 1].tag_ == "VB"


def _named_in_apposition(t: int, table, owned: set[int]) -> bool:
    """Whether the noun at t has a mention in apposition ("Her party, the Liberty Front,"): it is named, no
    unnamed rival of the name."""
    return any(table.dep[c] == "appos" and c in owned for c in table.children[t] if c > t)


def _salience(m: _Mention, here: int) -> int:
    """Recency and grammatical role, after Lappin and Leass (1994)."""
    score = {0: 100, 1: 50, 2: 25}.get(here - m.sentence, 0)
    dep = m.root.dep_
    if dep in _SUBJECT_DEPS or _subject_the_parser_lost(m.root):
        score += 80
    elif dep in _OBJECT_DEPS:
        score += 50
    elif dep == "pobj":
        score += 30
    elif dep in _MODIFIER_DEPS:
        score += 10
    return score


def _subject_the_parser_lost(root: Token) -> bool:
    """ "The Front, which X and its neighbours list as ..., has waged ...": a name the parser leaves as the root of
    a sentence whose verb it hung on a clause inside ("list" read as a noun) is the sentence's subject, the clause
    its relative clause."""
    return root.dep_ == "ROOT" and root.pos_ == "PROPN" and any(
        c.dep_ == "relcl" and c.pos_ in {"VERB", "AUX"} and c.i > root.i for c in root.children)


def _bound(pronoun: Token, m: _Mention) -> bool:
    """A plain pronoun cannot take the subject of its own verb ("Hezbollah armed it" is not Hezbollah), nor the
    subject its verb shares with the verbs it is joined to or controlled by ("X declined to name it": X is who does
    not name; Chomsky 1981, binding principle B, with the understood subject of a joined or infinitive verb). A
    verb joined to a reported clause ("X said a foreign government was behind the attack but did not name it")
    hangs on the clause's verb in the parse, and its understood subject may be the reporter's as much as the
    clause's: the reporter is bound too."""
    if pronoun.dep_ not in {"dobj", "dative"} or m.root.dep_ not in _SUBJECT_DEPS:
        return False
    verb, joined = pronoun.head, False
    for _ in range(5):
        if m.root.head == verb:
            return True
        if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            if joined and verb.dep_ == "ccomp":
                verb, joined = verb.head, False  # the reported clause's reporter
                continue
            return False  # a verb with a subject of its own
        if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.head.pos_ in {"VERB", "AUX"} \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "X had no plans to delay it": the infinitive of a noun the subject has is the subject's to do (PolNeAR
            # train: 3 "has/have (no/the) plans/ability/power to <verb> <pronoun>", none the haver)
            verb, joined = verb.head.head, False
            continue
        if verb.dep_ not in {"xcomp", "conj"}:
            return False
        if verb.dep_ == "conj" and not _coordinated_with_head(verb):
            return False  # "X fled after a court sentenced him": a verb the parser joined with no "and" or comma
        joined = verb.dep_ == "conj"
        verb = verb.head
    return False


def _coordinated_with_head(verb: Token) -> bool:
    """Whether a conjunct verb has a coordinating word or a comma between it and the verb it is joined to: one with
    none ("X fled in 2024 after a court there sentenced him") is a subordinate clause the parser misread, whose
    subject is the noun before it, not the joined verb's. PolNeAR train (a third of the texts, spaCy's parse): 849
    conjunct verbs with no subject of their own, 2 with no coordinator and a pronoun object, one of them so misread
    ("The audience gathered in the East Room followed him"), weak."""
    doc = verb.doc
    return any(t.dep_ == "cc" or t.text in {",", ";", "and", "but", "or"} for t in doc[verb.head.i + 1:verb.i])


def _embedded(token: Token) -> bool:
    """Whether a word stands in a clause another clause reports, modifies or embeds, not in the sentence's main
    clause (or a clause joined to it)."""
    for _ in range(12):
        if token.dep_ in {"ccomp", "advcl", "relcl", "acl", "xcomp", "csubj", "pcomp"}:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _in_relative_clause(token: Token, pronoun: Token) -> bool:
    """Whether a word stands in a relative clause (or a clause modifying a noun) that does not also hold the
    pronoun."""
    for _ in range(12):
        if token.dep_ in {"relcl", "acl"}:
            return not (token.left_edge.i <= pronoun.i <= token.right_edge.i)
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _clause_subject(token: Token) -> Token | None:
    """The subject a description cannot name: that of the verb whose object (or the object's possessor) it is ("X
    accused the group", "X cut the bank's rating"), of the verb that verb is joined to or controlled by, or of the
    verb reporting the clause it is the subject of ("X said the group would ..."); None for any other place."""
    if token.dep_ in {"dobj", "nsubjpass", "dative"}:
        verb = token.head
    elif token.dep_ == "poss" and token.head.dep_ in {"dobj", "dative"}:
        verb = token.head.head  # "Moody's cut the bank's rating": the object's possessor, as the object
    elif token.dep_ == "pobj" and token.head.head.pos_ in {"VERB", "AUX"}:
        verb = token.head.head
    elif token.dep_ == "nsubj" and token.head.dep_ == "ccomp":
        verb = token.head.head
    else:
        return None
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < token.i), None)
        if subject is not None or verb.dep_ not in {"conj", "xcomp"}:
            return subject
        verb = verb.head
    return None


def _people(noun: Token) -> bool:
    """Whether a plural noun names people: a noun of persons, or one a "who" clause describes ("engineers who
    were kidnapped")."""
    return one_person_noun(noun.lemma_.lower()) or any(
        c.dep_ == "relcl" and any(g.lower_ in {"who", "whom"} for g in c.children) for c in noun.children)


def _coordinated(token: Token) -> bool:
    return token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children)


def _personal_clause(token: Token) -> bool:
    """A relative clause opened by "who" or "whom": one said of a person."""
    return token.dep_ == "relcl" and token.left_edge.lower_ in {"who", "whom"}


def _cited_without_author(noun: Token) -> bool:
    """ "citing a leaked intelligence assessment and three officials": a document a report cites, with no author in
    its own phrase (no capitalised modifier, "a Vellish assessment"), is no entity of the story, though named again.
    Counted over the golds' unnamed documents named again: 2 so cited (castrenna's memo, ulvaren's assessment), none
    an entity; the 5 with an author in the phrase all entities. A document that speaks itself ("a leaked memo
    warned", "according to a cable") or that its author published stays one."""
    if any(c.dep_ in {"amod", "compound"} and c.is_title for c in noun.children if c.i < noun.i):
        return False
    while noun.dep_ == "conj":
        noun = noun.head
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() == "cite"
