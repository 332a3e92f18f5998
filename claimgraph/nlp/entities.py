"""Named things in a story: spaCy NER and the gazetteer, clustered into entities with canonical names and aliases."""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .. import dateline, lexicon
from ..gazetteer import GazetteerEntry, load_gazetteer
from .aliases import alias_cues, find_alias_statements, find_naming_clauses
from .attribution.sources import one_person_noun
from .annotations import EntityCluster, register_extensions, set_entities, story_start_token
from .bodies import BodyFinder, BodyMention, acting_office
from .component import GAZETTEER, Component, factory
from .entity_context import (PLACE, SEAT_WORDS, SHAPE, ContextTyper, TypeEvidence, adjective_forms, capital_cities,
                             capital_owners, state_organ_adjective, vote)
from .aliases import present_name_before
from .entity_context import names_a_portfolio, titled_portfolio
from .lemmas import known_noun_plurals, known_verbs
from .table import document_text, token_table
from .token_cache import token_list
from .timex import MONTHS, WEEKDAYS, day_titles, load_time_words, programme_name

# the tagger's labels that name entities, and their types: a LAW name only with a law's or an agreement's word in it
NER_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "FAC", "PRODUCT": "PRODUCT",
             "LAW": "DOCUMENT"}
# labels of tagged words that are never an entity's name
# titles that take a portfolio before them: "Interior Minister", "Foreign Secretary" (Wikipedia: Minister
# (government), portfolio titles)
_PORTFOLIO_TITLES = {"minister", "ministers", "secretary", "ministry"}
_CALENDAR_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)
_NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP", "LANGUAGE"}
# NER labels that confirm a gazetteer name which is ambiguous on its own ("Wagner" tagged ORG)
_CONFIRMING_LABELS = {"ORG": {"ORG"}, "OUTLET": {"ORG"}, "GPE": {"GPE"}, "EQUIPMENT": {"PRODUCT"}}
_MODIFIER_DEPS = {"compound", "amod", "nmod", "npadvmod", "nummod"}
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "poss", "attr", "dative", "ROOT"}
_AGENT_DEPS = {"nsubj", "nsubjpass", "poss"}
_COPULAS = {"be", "seem", "remain", "become", "lie", "sit", "stay", "look"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
# prepositions whose object is a place where something is, not a party to something ("between", "with")
_PLACE_PREPOSITIONS = {"in", "near", "across", "around", "outside", "throughout", "inside"}
# the endings of the adjectives of states ("Valdorian", "Keshi", "Tarvese", "Quellish"): Wikipedia, "Demonym"
_STATE_ADJECTIVE_ENDINGS = ("an", "i", "ese", "ish")
# function words no name ends in, which the tagger sometimes leaves at a name's end
_TRAILING_WORDS = {"of", "and", "the", "for", "in", "at", "on", "to"}
# the rule a mention holds when it names a state's armed forces joined to another word for them
_ARMED_FORCES_AGAIN = "a state's armed forces named again by another word"


# words that open a clause or a time, which no name holds: the tagger's name run over one is two names
_NAME_BREAKS = frozenset({"after", "before", "since", "until", "till", "while", "when", "whereas", "because",
                          "although", "though", "unless", "once", "if", "despite", "during", "following"})


@dataclass
class Candidate:
    """A stretch of tokens that names something, and where the naming came from."""

    start: int
    end: int
    type: str
    source: str                       # gazetteer | context | seat | capital | government | ner | alias | description
    entry: GazetteerEntry | None = None
    ner_label: str | None = None      # spaCy's label, one vote among the context's
    name_hint: str | None = None      # the name a described organ goes by ("Valdorian foreign ministry")
    category: str | None = None       # finer kind the context shows: state_organ, organ
    core: tuple[int, int] | None = None  # the name's own tokens, when the mention takes more ("the town of Osk")

    def __post_init__(self) -> None:
        if self.core is None:
            self.core = (self.start, self.end)
    evidence: list[TypeEvidence] = field(default_factory=list)
    other_names: tuple[str, ...] = ()  # names it may as well go by: a coined adjective's other form

    @property
    def length(self) -> int:
        return self.end - self.start


@factory("claimgraph_entities_v1", alias="claimgraph_entities",
         requires=["doc._.cg_front_matter", "doc.ents", "token.ent_type", "token.dep", "token.tag", "token.lemma"],
         assigns=["doc.spans", "span._.cg_entity", "span._.cg_type_evidence"])
def make_entities(nlp: Language, name: str) -> "EntityRecognizer":
    return EntityRecognizer(nlp)


class EntityRecognizer(Component):
    """Finds mentions, clusters them and writes the cg_entities spans group; the matchers are built once, here."""

    DATA = ("entity_lexicon.yaml", "equipment_classes.yaml", "event_triggers.yaml", "time_words.yaml", *GAZETTEER)

    def __init__(self, nlp: Language) -> None:
        register_extensions()
        self.nlp = nlp

    def load(self) -> None:
        nlp = self.nlp
        self.gazetteer = load_gazetteer()
        # the words of places' names: "Kenya Parliament", "US Congress" are a place's body, not a longer name
        self.place_words = frozenset(w.lower() for e in self.gazetteer.entries if e.type == "GPE"
                                     for n in e.matchable_names for w in n.split())
        words = lexicon.load("entity_lexicon.yaml")
        self.state_people_nouns = set(words["state_people_nouns"]["entries"])
        self.personnel_nouns = frozenset(words["uniformed_personnel_nouns"]["entries"])
        self.equipment_units = frozenset(words["equipment_units"]["entries"])
        # the English verbs the parser's lemmatizer knows (its rule tables' index): "Neighbouring" opening a
        # sentence is a participle of one, "Pelling" is a name
        lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        tables = getattr(lemmatizer, "lookups", None)
        index = tables.get_table("lemma_index") if tables is not None and tables.has_table("lemma_index") else {}
        self.known_verbs = known_verbs(nlp)
        self.reporting_verbs = lexicon.words("attribution.yaml", "reporting_verbs")
        kin = lexicon.load("coref_descriptors.yaml")["gendered_nouns"]
        self.kin_nouns = frozenset(kin["male"]) | frozenset(kin["female"])
        self.known_words = frozenset(w for pos in ("noun", "verb", "adj", "adv") for w in index.get(pos, ()))
        self.noun_plural = known_noun_plurals(nlp)
        self.place_phrase_nouns = set(words["place_phrase_nouns"]["entries"])
        self.sectors = frozenset(words["sector_words"]["entries"])
        self.maker_suffixes = set(words["maker_suffixes"]["entries"])
        self.generic_modifiers = set(words["generic_modifiers"]["entries"])
        self.particles = set(words["name_particles"]["entries"])
        self.honorifics = frozenset(words["honorifics"]["entries"])
        # natural hazards ("Floods", "Wildfires"): a sentence's first word so named is no party's name
        self.hazard_nouns = frozenset(lexicon.load("event_triggers.yaml")["natural_forces"]["nouns"])
        self.classes = lexicon.load("equipment_classes.yaml")
        self.all_class_heads = {h for c in self.classes.values() for h in c["heads"]}
        self.cues = alias_cues()
        self.naming_verbs = set(words["naming_verbs"]["entries"])
        self.naming_as_verbs = set(words["naming_as_verbs"]["entries"])
        self.numbered_unit_heads = set(words["numbered_unit_heads"]["entries"])
        self.collectives = set(words["renamed_collectives"]["entries"])
        self.sunday_before_on = set(lexicon.load("time_words.yaml")["sunday_titles"]["before_on"])
        self.day_words = load_time_words().relative_days
        holidays = lexicon.load("time_words.yaml")["holidays"]
        # the one-word names of the days the calendar rules know ("Christmas", "Thanksgiving", "Halloween")
        self.holiday_words = frozenset(w for key in ("fixed", "nth_weekday", "easter_relative", "unplaced")
                                       for name in holidays.get(key, ()) for w in name.split())
        fields = words["organ_fields"]
        self.organ_fields, self.service_words = set(fields["fields"]), set(fields["services"])
        self.group_members = set(words["group_member_plurals"]["entries"])
        self.org_of_place_heads = {w.lower() for w in words["org_of_place_heads"]["entries"]}
        self.party_heads = set(words["org_categories"]["political_party"])
        self.plural_quantifiers = frozenset(words["plural_quantifiers"]["entries"])
        self.occasion_heads = frozenset(words["occasion_heads"]["entries"])
        self.festivals = frozenset(words["occasion_heads"]["festivals"])
        self.party_standing_words = frozenset(words["party_standing_words"]["entries"])
        families = words["party_families"]
        self.party_family_words = frozenset(families["modifiers"])
        self.party_family_names = frozenset(families["names"])
        self.typer = ContextTyper()
        organs = lexicon.load("entity_lexicon.yaml")["home_organs"]
        # longest first, so that "riot police" is read before "police"
        self.home_organs = {form: sorted((tuple(w.split()) for w in organs[form]), key=len, reverse=True)
                            for form in ("bare", "definite")}
        # the words an organ's mention can open on: its first word, or "the"
        self.home_organ_heads = {w[0] for group in self.home_organs.values() for w in group} | {"the"}
        committees = lexicon.load("entity_lexicon.yaml")["chamber_committees"]
        self.chambers = sorted((tuple(w.split()) for w in committees["chambers"]), key=len, reverse=True)
        self.committee_nouns = frozenset(committees["committees"])
        self.compass_adjectives = lexicon.words("entity_lexicon.yaml", "compass_adjectives")
        self.domestic_possessions = lexicon.words("entity_lexicon.yaml", "domestic_possessions")
        # what a compass point marks as a part of a place ("X's northern highlands", "X's eastern region"): GeoNames'
        # settlement, area, terrain and water nouns, not a relation to another state ("X's northern neighbour")
        self.compass_parts_of_places = lexicon.words("event_triggers.yaml", "place_nouns") | self.place_phrase_nouns \
            | self.typer.geographic_heads
        self.state_designators = lexicon.words("entity_lexicon.yaml", "state_designators")
        self.bodies = BodyFinder()
        # a word for a government that is also a body's ("cabinet") names a body of the state's, not the state: the
        # state's government stands for the state (OntoNotes 5.0), its cabinet is a body in it (ACE 2005 ORG)
        self.government_nouns = self.bodies.government_nouns
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.keys: dict[int, tuple[str, GazetteerEntry]] = {}
        for k, entry in enumerate(self.gazetteer.entries):
            self._add(nlp, f"gazetteer|{k}", "gazetteer", entry, entry.matchable_names)
            self._add(nlp, f"context|{k}", "context", entry, entry.context_aliases)
            self._add(nlp, f"seat|{k}", "seat", entry, entry.seats)
            self._add(nlp, f"capital|{k}", "capital", entry, entry.capitals)

    def _add(self, nlp: Language, key: str, source: str, entry: GazetteerEntry, names: tuple[str, ...]) -> None:
        if not names:
            return
        self.matcher.add(key, [nlp.make_doc(v) for v in sorted({v for n in names for v in _spellings(n)})])
        self.keys[nlp.vocab.strings[key]] = (source, entry)

    def __call__(self, doc: Doc) -> Doc:
        first = story_start_token(doc)
        listed = self._gazetteer_candidates(doc)
        candidates = [c for c in listed + self._government_candidates(doc)
                      + self._ner_candidates(doc) if c.start >= first]
        candidates = self._members_of_names(doc, candidates, first)
        candidates = self._of_place_names(doc, self._ministries_of_states(doc, self._foreign_parties(doc, candidates)))
        candidates = self._places_inside_names(doc, candidates)
        candidates = _resolve_overlaps(candidates)
        designated = self._designated_equipment(doc, first, {i for c in candidates if c.entry is not None
                                                             for i in range(c.start, c.end)})
        candidates = [c for c in candidates if not any(d.start < c.end and c.start < d.end for d in designated)]
        candidates += designated
        numbered = self._numbered_units(doc, first, {i for c in candidates if c.entry is not None
                                                     for i in range(c.start, c.end)})
        candidates = [c for c in candidates if not any(d.start < c.end and c.start < d.end for d in numbered)]
        candidates += numbered
        datelined = self._dateline(doc)
        for d in datelined:
            # "(Wire) - ... told Wire": the dateline's outlet is the gazetteer's, whose name the body repeats (the
            # dateline may stand before the story's first word); only an entry by its own name or alias, not a
            # capital's (a dateline's city is the city, never its state)
            d.entry = next((c.entry for c in listed if c.entry is not None and c.source == "gazetteer"
                            and c.type == d.type and (c.start, c.end) == (d.start, d.end)), None)
        candidates = [c for c in candidates if not any(d.start <= c.start < d.end for d in datelined)] + datelined
        candidates = self._nicknamed_people(doc, candidates, first)
        candidates += self._titled_people(doc, candidates, first)
        candidates += self._described_names(doc, candidates, first)
        candidates += self._unlabelled_names(doc, candidates, first)
        candidates += self._programme_names(doc, candidates, first)
        candidates = _join_name_pieces(doc, candidates, self.typer.person_titles, self._sentence_opener)
        candidates = self._honorific_people(doc, candidates)
        candidates = self._drop_modifier_names(doc, candidates, first)
        candidates += self._repeated_names(doc, candidates, first)
        candidates = self._headline_names(doc, candidates)
        self._type_from_context(doc, candidates, first)
        self._sunday_titles(doc, candidates)
        candidates = [c for c in candidates if not self._occasion(doc, c)]
        candidates = [c for c in candidates if c.type != "NONE"]
        mentions = [self._shape(doc, c, first) for c in candidates]
        mentions.sort(key=lambda c: c.start)
        clusters = self._cluster(doc, mentions, first)
        self.set_annotations(doc, clusters)
        return doc

    def set_annotations(self, doc: Doc, clusters: list[EntityCluster]) -> None:
        set_entities(doc, clusters)

    # ----- candidates -------------------------------------------------------------------------------------------

    def _gazetteer_candidates(self, doc: Doc) -> list[Candidate]:
        found = []
        ents = doc.ents  # built once: spaCy makes every entity's Span again at each reading
        ner_labels = {(e.start, e.end): e.label_ for e in ents}
        for match_id, start, end in self.matcher(doc):
            source, entry = self.keys[match_id]
            found.append(Candidate(start, end, entry.type, source, entry))
        unambiguous = {c.entry.name for c in found if c.source in {"gazetteer", "seat"}}
        kept = []
        for c in found:
            if c.source == "context" and c.entry.name not in unambiguous \
                    and ner_labels.get((c.start, c.end)) not in _CONFIRMING_LABELS.get(c.type, set()):
                continue
            if c.source == "capital" and not _acts(doc[c.start:c.end]):
                continue  # "in Moscow" is the city; "Moscow said" is the government
            if c.entry.category == "political_party" and names_a_portfolio(doc, c.start, c.end):
                continue  # "Labour Minister X" holds the labour portfolio
            if c.entry.category == "platform" and (present := present_name_before(doc, c.start)) is not None:
                # "X, formerly Twitter": one platform, by the name it goes by now
                now = doc[present[0]:present[1]].text
                kept.append(Candidate(present[0], present[1], c.type, c.source, c.entry, name_hint=now))
                c = replace(c, name_hint=now)
            if c.type == "OUTLET" and self._longer_name(doc, c, ents):
                continue  # "the Harlow Financial Times" is another paper than the Financial Times
            if c.type == "ORG" and c.length == 1 and c.entry.category != "political_party" \
                    and self._longer_name(doc, c, ents, own_word=True):
                continue  # "the African National Congress" is not the United States Congress
            if c.type == "ORG" and c.length > 1 and c.entry.category != "political_party" \
                    and self._longer_name(doc, c, ents, own_word=True) \
                    and not any(o.start < c.start < o.end for o in found):
                # "the Regional Security Council" is a body of its own, not the UN's: capitalised name words before
                # a listed name, none a demonym, a place or another listed name ("U.N. Security Council", "Iranian
                # Revolutionary Guard"). PolNeAR train: of 19 listed multi-word organisation names (parties aside)
                # after a capitalised word, 4 name another body ("National Security Council" 3 times, "Florida
                # Department of State"), 15 the listed one after its own prefix, a demonym or a place
                continue
            if c.type == "ORG" and self._run_on_body(doc, c, ents, found):
                continue  # "the United Nations Military Observer Group" is a body of its own
            if c.entry.category == "political_party" and (family := self._family_party(doc, c.start, c.end)):
                kept.append(family)  # "the Social Democrats" is a party of its own, not the US Democrats
                continue
            if c.entry.category == "political_party" and self._other_party(doc, c, ents):
                continue  # "the Liberal Democratic Party" is not the Democratic Party
            if c.entry.category == "political_party" and self._counted_members(doc, c):
                continue  # "some Republicans" are members of the party, not the party
            kept.append(c)
        return kept + self._family_names(doc, {(c.start, c.end) for c in found})

    def _occasion(self, doc: Doc, c: Candidate) -> bool:
        """ "the Harvest Summit", "the Brennock Games", "the Varn Cup": a name ending in an occasion's word is an event,
        whatever the tagger or the words around it took it for (a summit is held "in" a place, as a town is)."""
        last = doc[c.end - 1]
        if c.entry is None and doc[c.start].is_title and doc[c.start].lower_ in self.festivals \
                and (c.length == 1 or doc[c.start + 1].lower_ in {"al", "ul", "el", "-"}):
            return True  # "ahead of Diwali", "during Eid al-Fitr": a festival's days ("Christmas Island" stays)
        return c.entry is None and c.length > 1 and last.is_title and last.lower_ in self.occasion_heads

    def _family_party(self, doc: Doc, start: int, end: int) -> Candidate | None:
        """A party named by a party family's word before a listed party's name ("the Free Democrats", "his Social
        Democrats"): a party of its own, which the listed one's country does not decide."""
        opened = start
        while opened > 0 and doc[opened - 1].is_title and doc[opened - 1].lower_ in self.party_family_words:
            opened -= 1  # "the Christian Social Union": every family word opens the name
        if opened == start:
            return None
        span = doc[opened:end]
        return Candidate(opened, end, "ORG", "ner", category="political_party",
                         evidence=[TypeEvidence("ORG", 3.0, span, "party family's name")])

    def _family_names(self, doc: Doc, listed: set[tuple[int, int]]) -> list[Candidate]:
        """ "the Greens", "their Greens": a plural party name the gazetteer does not list, after a determiner or a
        possessive, so that a sentence's capitalised first word ("Greens grow ...") is left alone."""
        found = []
        for token in doc:
            if token.lower_ not in self.party_family_names or not token.is_title or token.i == 0 \
                    or (token.i, token.i + 1) in listed:
                continue
            before = doc[token.i - 1]
            if before.lower_ == "the" or before.tag_ in {"PRP$", "POS"}:
                span = doc[token.i:token.i + 1]
                found.append(Candidate(token.i, token.i + 1, "ORG", "ner", category="political_party",
                                       evidence=[TypeEvidence("ORG", 3.0, span, "party family's name")]))
        return found

    def _longer_name(self, doc: Doc, c: Candidate, ents: tuple[Span, ...] | None = None,
                     own_word: bool = False) -> bool:
        """Whether the tagger's name around a gazetteer outlet opens with more capitalised name words (`ents`: the
        document's entities, where the caller has them). With `own_word`, demonyms and places' names may open it
        too ("the Indian National Congress"), as long as one word is neither ("Nigerian Senate" is Nigeria's)."""
        for ent in doc.ents if ents is None else ents:
            if ent.start < c.start and c.end <= ent.end and ent.label_ in {"ORG", "PERSON", "GPE", "WORK_OF_ART"}:
                extra = [t for t in doc[ent.start:c.start] if t.lower_ != "the"]
                if not extra or not all(_capitalised_name(t) for t in extra):
                    continue
                placed = [t.lower_ in self.gazetteer.state_of_demonym or (own_word and t.lower_ in self.place_words)
                          for t in extra]
                if (not own_word and not any(placed)) or (own_word and not all(placed)):
                    return True
        return False

    def _run_on_body(self, doc: Doc, c: Candidate, ents: tuple[Span, ...], found: list[Candidate]) -> bool:
        """Whether the tagger's organisation name runs on past a listed organisation's name with capitalised words
        that end in an organisation's word ("United Nations Military Observer Group", "World Bank Inspection
        Panel"), a body of its own the gazetteer does not list. PolNeAR train: 8 such names after "UN / U.N. /
        United Nations", all the listed Security Council."""
        for ent in ents:
            if ent.label_ != "ORG" or not (ent.start <= c.start < c.end < ent.end):
                continue
            tail = doc[c.end:ent.end]
            if any(o is not c and o.start <= c.start and o.end >= c.end and o.end > c.end for o in found):
                return False  # a longer listed name ("United Nations Security Council") takes it
            return all(_capitalised_name(t) for t in tail) and tail[-1].lower_ in self.typer.org_heads
        return False

    def _other_party(self, doc: Doc, c: Candidate, ents: tuple[Span, ...]) -> bool:
        """Whether the tagger's name around a gazetteer party's name is another party's: more capitalised name
        words before it ("Liberal Democratic Party", "Iowa Democratic Party", a state party of its own) or an "of"
        phrase after it that names another country ("Conservative Party of Canada"). A demonym before it
        names the party's country when it is the party's own ("the Syrian Baath Party"), and another country's
        party when it is not ("the Irish Labour Party", "the Iraqi Baath Party"), whether the tagger read the
        demonym into the name or apart from it. PolNeAR train: 27 such longer names around
        "Democratic/Republican/Communist Party", 24 of them a US state's party, none the national party."""
        tok = token_list(doc)
        if c.start > 0 and self._foreign_demonym(tok[c.start - 1], c.entry):
            return True
        for ent in ents:
            if ent.label_ not in {"ORG", "NORP"} or not (ent.start <= c.start and c.end <= ent.end) \
                    or ent.end - ent.start <= c.end - c.start:
                continue
            extra = [t for t in doc[ent.start:c.start] if t.lower_ != "the"]
            if extra and all(_capitalised_name(t) and (t.lower_ not in self.gazetteer.state_of_demonym
                                                       or self._foreign_demonym(t, c.entry)) for t in extra):
                return True
            tail = doc[c.end:ent.end]
            if len(tail) > 1 and tail[0].lower_ == "of" and all(_capitalised_name(t) for t in tail[1:]) \
                    and tail[1:].text != (c.entry.country or ""):
                return True
        return False

    def _counted_members(self, doc: Doc, c: Candidate) -> bool:
        """Whether a party's plural member word ("Republicans") is counted or picked out ("some", "many", "two",
        "dozens of", "a few"): a group of its members, whom the party does not speak for. PolNeAR train: 139 such
        plurals of a party word after a quantifier."""
        last = doc[c.end - 1]
        if c.length != 1 or last.tag_ not in {"NNPS", "NNS"} or not last.lower_.endswith("s"):
            return False
        before = doc[c.start - 1] if c.start > 0 else None
        if before is not None and before.lower_ == "of" and c.start > 1:
            before = doc[c.start - 2]  # "dozens of Democrats", "a majority of Republicans"
        return before is not None and (before.lower_ in self.plural_quantifiers or before.like_num)

    def _foreign_demonym(self, token, entry: GazetteerEntry) -> bool:
        """Whether a capitalised demonym names a state other than the country of the gazetteer's party."""
        state = self.gazetteer.state_of_demonym.get(token.lower_) if token.is_title else None
        return state is not None and entry.country is not None and state.name != entry.country

    def _foreign_parties(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """ "Irish Labour Party leader X", the tagger's name starting after the demonym: the demonym and the party's
        name are one name, another party than the gazetteer's (whose candidate `_other_party` dropped)."""
        tok = token_list(doc)
        found = []
        for c in candidates:
            if c.source == "ner" and c.type == "ORG" and c.start > 0 and tok[c.end - 1].lower_ in self.party_heads \
                    and tok[c.start - 1].is_title and tok[c.start - 1].lower_ in self.gazetteer.state_of_demonym:
                c = replace(c, start=c.start - 1, core=(c.start - 1, c.end))
            found.append(c)
        return found

    def _members_of_names(self, doc: Doc, candidates: list[Candidate], first: int) -> list[Candidate]:
        """A group named for its members "of" a name ("the Sons of Marvik", "the Friends of Abe", "the Trustees of
        Columbia University") is one organisation: a capitalised plural of a common noun, after "the" or inside a
        sentence, then "of" and a run of capitalised names. The tagger keeps only a piece of it ("Sons", or the name
        after "of" for a place or a person); the place or person inside is no mention of its own. A people's plural
        ("the Armenians of Israel"), a title's or a government's ("the Ministers of ...") keeps its name. PolNeAR
        train: 12 "the <Capitalised plural> of <Name>", 6 of them groups or bodies (the Friends of Abe 4 times, the
        Trustees of Columbia University, the Caucus of Rank), 1 a people, 5 titles of works or a convention (weak)."""
        tok = token_list(doc)
        found = []
        for i in range(max(first, 0), len(doc) - 2):
            plural = tok[i]
            if tok[i + 1].lower_ != "of" or not (plural.is_title and plural.is_alpha and plural.pos_ in {"PROPN", "NOUN"}):
                continue
            word = plural.lower_
            if not (i > 0 and tok[i - 1].lower_ == "the" or not plural.is_sent_start):
                continue
            if i > 0 and tok[i - 1].is_title and tok[i - 1].lower_ != "the":
                continue  # "the Armed Forces of the Philippines": a longer name, the tagger's to find
            if not word.endswith("s") or word.endswith("ss") or not (
                    word[:-1] in self.known_words or word.endswith("es") and word[:-2] in self.known_words):
                continue
            if word[:-1] in self.gazetteer.state_of_demonym or word[:-1] in self.typer.rank_titles \
                    or word[:-1] in self.government_nouns \
                    or word[:-1] in self.typer.person_titles and word[:-1] not in self.kin_nouns:
                # "the Armenians of Israel", "the Ministers of Finance", "Officers of the X service": a people, office
                # holders or staff; a kinship plural names a group ("the Sons of X", "the Daughters of X")
                continue
            j = i + 2
            if j < len(doc) and tok[j].lower_ == "the":
                j += 1
            end = j
            while end < len(doc) and _capitalised_name(tok[end]):
                end += 1
            if end == j or not any(t.dep_ == "pobj" and t.head.i == i + 1 for t in tok[j:end]):
                continue  # the name must close the phrase after "of", not qualify a noun ("of the X security service")
            found.append(Candidate(i, end, "ORG", "ner", ner_label="ORG"))
        if not found:
            return candidates
        kept = [c for c in candidates if not any(f.start < c.end and c.start < f.end for f in found)]
        return kept + found

    def _ministries_of_states(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """ "the Ministry of Defence of Osk": a ministry or department named by its portfolio, then "of" and a
        state's name, is the ministry ("Ministry of Defence") and the state that owns it, as in "Osk's Ministry of
        Defence"; the tagger's one organisation over both is split, and an unlisted state's name is typed by the
        ministry it owns (the evidence). Wikipedia's official names of ministries take that shape ("Ministry of
        Foreign Affairs of the Russian Federation"); PolNeAR train and the factuality train splits hold none."""
        tok = token_list(doc)
        offices = self.bodies.offices_by_name
        kept, added = [], []
        for c in candidates:
            owned = next((i for i in range(c.start + 1, c.end - 3) if tok[i].text in _POSSESSIVE), None) \
                if c.type == "ORG" and c.source == "ner" and c.entry is None else None
            if owned is not None and tok[owned + 1].is_title and tok[owned + 1].lower_ in offices \
                    and tok[owned + 2].lower_ == "of" and all(_capitalised_name(t) for t in doc[c.start:owned]):
                # "Osk's Ministry of Defence" tagged one organisation: the owner, then its ministry
                if not any(g.type == "GPE" and g.start <= owned - 1 < g.end for g in candidates):
                    added.append(Candidate(c.start, owned, "GPE", "ner", evidence=[TypeEvidence(
                        "GPE", 3.0, doc[c.start:c.end], "state owning a ministry named after it")]))
                c = replace(c, start=owned + 1, core=(owned + 1, c.end))
            if c.type != "ORG" or c.source != "ner" or c.entry is not None or not tok[c.start].is_title \
                    or tok[c.start].lower_ not in offices or c.start + 2 >= c.end or tok[c.start + 1].lower_ != "of":
                kept.append(c)
                continue
            of = next((i for i in range(c.start + 3, c.end - 1) if tok[i].lower_ == "of"
                       and all(t.is_title or t.lower_ in {"and", "the", "&"} for t in doc[c.start + 2:i])), None)
            state = of + 1 if of is not None else None
            if state is not None and tok[state].lower_ == "the":
                state += 1
            end = state
            while end is not None and end < c.end and _capitalised_name(tok[end]):
                end += 1
            if state is None or end == state or tok[end - 1].lower_ in self.typer.org_nouns \
                    or tok[end - 1].lower_ in self.bodies.body_nouns:
                kept.append(c)
                continue
            kept.append(replace(c, end=of, core=(c.start, of), ner_label="ORG"))
            if not any(g.type == "GPE" and g.start <= state and end <= g.end for g in candidates):
                added.append(Candidate(state, end, "GPE", "ner", evidence=[
                    TypeEvidence("GPE", 3.0, doc[c.start:end], "state owning a ministry named after it")]))
        return kept + added

    def _of_place_names(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """An organisation named "<Name> of <place>" stays one name ("the Conservative Party of Canada", "the
        Public Policy Institute of California"): when the tagger's organisation spans the whole, the place inside
        it is no mention of its own; when the tagger stopped before "of", a name ending in a party's or an
        institution's word (org_of_place_heads) runs on through the place. A government word or a title before
        "of" keeps the place ("the Government of Canada", "the Prime Minister of Canada"). PolNeAR train: 60
        "<Capitalised ...> <Institute/University/Council/Federation/Party/...> of <Capitalised>" names, 17 of
        them ending in a place ("Republican Party of Wyoming", "National Democratic Party of Germany"). A state
        whose name takes "the" stands after "of the" ("the Armed Forces of the Philippines"); the gazetteer's match
        may leave that "the" out."""
        tok = token_list(doc)

        def of_at(g: Candidate) -> int | None:
            if g.start >= 2 and tok[g.start - 1].lower_ == "of":
                return g.start - 1
            if g.start >= 3 and tok[g.start - 1].lower_ == "the" and tok[g.start - 2].lower_ == "of":
                return g.start - 2
            return None

        places = [g for g in candidates if g.type == "GPE" and g.source in {"gazetteer", "ner"}
                  and of_at(g) is not None and g.end == g.core[1]]
        if not places:
            return candidates
        drop: set[int] = set()
        added = []
        for g in places:
            of = of_at(g)
            head = tok[of - 1]
            if not _capitalised_name(head) or head.lower_ in self.government_nouns \
                    or head.lower_ in self.typer.person_titles:
                continue
            whole = next((c for c in candidates if c.source == "ner" and c.type == "ORG" and c.start < of
                          and c.end >= g.end), None)
            if whole is not None:
                drop.add(id(g))
                continue
            before = next((c for c in candidates if c.type == "ORG" and c.end == of and id(c) not in drop
                           and c.source in {"ner", "gazetteer", "unlabelled"}), None)
            if before is None or head.lower_ not in self.org_of_place_heads:
                continue
            same = before.entry is not None and before.entry.country == (g.entry.name if g.entry else None)
            drop.update({id(g), id(before)})
            added.append(Candidate(before.start, g.end, "ORG", before.source if same else "ner",
                                   before.entry if same else None, ner_label="ORG"))
        return [c for c in candidates if id(c) not in drop] + added

    def _places_inside_names(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """ "Air France-KLM", "TAP Air Portugal": a listed state's name inside the tagger's organisation, after
        capitalised words of that name (no title; a demonym may be one: "the American Israel Public Affairs
        Committee"), is part of the organisation's name, not a mention of the state; a state's name opening the
        organisation ("the US Treasury") stays the state's, unless the name runs on to a body's word
        (`_state_led_name`). PolNeAR train: 8 state names inside a tagged organisation after its capitalised
        words, all of them the organisation's own name ("Agence France-Presse", "Working America", "American
        Israel Public Affairs Committee"). A listed natural feature inside any longer name the tagger gives,
        run on in capitalised words, is that name's ("the Black Sea Fleet", "the Atlantic Ocean Council", "the
        Nile Basin Initiative", "North Rhine-Westphalia"): a river or a sea names a body, a fleet, a bridge or a
        land as a state's name does not own one. PolNeAR train: 34 listed features, 3 of them inside a longer
        capitalised name (the state North-Rhine Westphalia each time)."""
        orgs = [c for c in candidates if c.source == "ner" and c.type == "ORG"]
        named = [c for c in candidates if c.source == "ner" and c.type in {"ORG", "FAC", "PRODUCT", "LOC", "GPE"}]
        drop = set()
        for g in candidates:
            if g.type == "LOC" and g.source == "gazetteer" and any(
                    o.start <= g.start and g.end <= o.end and o.length > g.length
                    and all(t.text[:1].isupper() or t.lower_ in {"of", "the", "-"} for t in doc[o.start:o.end])
                    for o in named):
                drop.add(id(g))
                continue
            if g.type != "GPE" or g.source != "gazetteer":
                continue
            for o in orgs:
                if o.start == g.start and o.end > g.end and self._spelled_by_acronym(doc, o):
                    drop.add(id(g))  # "the Nigeria Union of Teachers (NUT)": the acronym's initials take the state
                    continue
                if o.start == g.start and o.end > g.end and self._state_led_name(doc, g, o, candidates):
                    drop.add(id(g))  # "the US Senate", "China Communications Construction Company": one body
                    continue
                if not (o.start < g.start and g.end <= o.end):
                    continue
                before = [t for t in doc[o.start:g.start] if t.lower_ != "the"]
                if before and all(t.is_alpha and t.text[0].isupper() and t.lower_ not in self.typer.person_titles
                                  and (t.pos_ == "PROPN" or t.lower_ in self.gazetteer.state_of_demonym)
                                  for t in before):
                    drop.add(id(g))
        return [c for c in candidates if id(c) not in drop] if drop else candidates

    def _state_led_name(self, doc: Doc, g: Candidate, o: Candidate, candidates: list[Candidate]) -> bool:
        """Whether the tagger's organisation that opens with a listed state's name runs on in capitalised words to
        an organisation's or a chamber's word ("the US Senate", "the U.S. Court of Appeals", "China Communications
        Construction Company", "Malaysia Airlines"): one body named with its state, as "the Chilean Senate" is
        with the state's adjective; not the state and a remainder. A listed body after the state ("the U.S. State
        Department") stays the listed one, and a name ending in another word ("the US Treasury", "the U.S.
        Embassy") stays the state's. PolNeAR train: 125 tagged organisations open with a listed state's name; the
        63 whose capitalised rest ends in such a word (Senate 22, Court of Appeals 11, Supreme Court 6, Army 4,
        District Court 3, Department of Justice/Education/Health 5, Chamber of Commerce 2, University 2, House of
        Representatives, Navy, Airlines ...) are each one body; 5 more have a listed body after the state (State
        Department 4, Congress)."""
        rest = [t for t in doc[g.end:o.end]]
        if not rest or any(c is not g and c.entry is not None and g.end <= c.start < o.end for c in candidates):
            return False
        words = [t for t in rest if t.lower_ not in {"of", "and", "&"}]
        if not words or not all(t.is_alpha and t.text[:1].isupper() for t in words):
            return False
        before_of = [t.text for t in rest[:next((k for k, t in enumerate(rest) if t.lower_ == "of"), len(rest))]]
        if not before_of:
            return False
        head = before_of[-1]
        return head.lower() in self.typer.org_heads or head in self.typer.chambers_alone \
            or (head in self.typer.chambers_of and len(before_of) < len(rest))

    @staticmethod
    def _spelled_by_acronym(doc: Doc, o: Candidate) -> bool:
        """Whether a bracketed acronym right after the tagger's organisation spells the initials of all its
        capitalised words, a state's name opening it among them: "the Ghana Medical Association (GMA)" is one name,
        which a state's name before its body ("the US Treasury") is not. PolNeAR train writes no such name (0 of
        its 50 bracketed acronyms follow a name opening with a state; US news names its agencies "U.S. Department
        of ..."), but national bodies of other states are named so (Wikipedia: Nigeria Union of Teachers (NUT),
        Kenya National Commission on Human Rights (KNCHR), Ghana Medical Association (GMA))."""
        if o.end + 2 >= len(doc) or doc[o.end].text != "(" or doc[o.end + 2].text != ")":
            return False
        acronym = doc[o.end + 1].text
        initials = "".join(t.text[0] for t in doc[o.start:o.end] if t.text[:1].isupper())
        return len(initials) >= 3 and acronym.isupper() and acronym.isalpha() and acronym == initials

    def _government_candidates(self, doc: Doc) -> list[Candidate]:
        """ "the Syrian government": a state's demonym before a word for its government names the state."""
        found = []
        table = token_table(doc)  # every word is tested: read from the token table
        for i in range(len(doc) - 1):
            entry = self.gazetteer.state_of_demonym.get(table.text[i].lower()) if table.title[i] else None
            if entry is not None and table.lower[i + 1] in self.government_nouns:
                found.append(Candidate(i, i + 2, "GPE", "government", entry))
        return found

    def _ner_candidates(self, doc: Doc) -> list[Candidate]:
        tok = token_list(doc)
        found = []
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        roles = bare_roles(doc)
        for ent in doc.ents:
            if ent.label_ not in NER_TYPES or ent.label_ == "LAW" and not self._law_name(ent):
                continue
            start, end = ent.start, ent.end
            while start < end and (tok[start].lower_ in {"the", "a", "an"} or tok[start].is_punct
                                   or not tok[start].text.strip()):
                start += 1
            opened = next((i for i in range(start, end) if tok[i].text == "("), None)
            if opened is not None and opened > start and not any(tok[i].text == ")" for i in range(opened, end)):
                end = opened  # "the Democratic Alliance (DA": the name ran into the bracket that gives its short form
            while end > start and ((tok[end - 1].text in _POSSESSIVE and not _own_possessive(tok[end - 1]))
                                   or tok[end - 1].is_punct
                                   or not tok[end - 1].text.strip() or tok[end - 1].text in _TRAILING_WORDS):
                end -= 1  # "The Third Brigade of": the tagger's name ran into the of-phrase after it
            while end - start > 1 and tok[start].is_sent_start and self._participle(tok[start]) \
                    and tok[start + 1].is_title:
                start += 1  # "Neighbouring Osk closed its border": a participle capitalised to open the sentence
            label = ent.label_
            joint = next((i for i in range(start + 1, end - 1) if tok[i].lower_ in _NAME_BREAKS
                          and tok[i].is_lower), None)
            if joint is not None:
                # "the port of Kessa after Ostmark warships blocked it": the tagger ran one name over a word that
                # opens a clause or a time; no name holds one (PolNeAR train: 0 of the tagger's names, against
                # "than", "as" or "or" inside 400 of its numbers and dates), so the words on each side are names
                if tok[start].text[:1].isupper():
                    found.append(Candidate(start, joint, NER_TYPES[label], "ner"))
                start = joint + 1
                while start < end and tok[start].lower_ in {"the", "a", "an"}:
                    start += 1
                if not tok[start].text[:1].isupper():
                    continue
            split = self._comma_split(doc, start, end)
            if split is not None:
                # "the mayor of Tesk, Edda Fahl, said", "had taken Tesk, Ilse Varn said": the tagger ran a name on
                # over the comma into the next name; each is a name of its own, and its one label fits neither
                found.append(Candidate(start, split, NER_TYPES[label], "ner"))
                start = split + 1
            if label == "PERSON" and tok[end - 1].is_title and tok[end - 1].lower_ in self.typer.org_heads:
                opened = start
                while opened > 0 and opened - 1 not in taken and tok[opened - 1].is_title \
                        and tok[opened - 1].is_alpha and tok[opened - 1].dep_ == "compound" \
                        and tok[opened - 1].head.i in range(opened, end):
                    opened -= 1
                if opened < start:
                    # "the Kelbar Justice Network" tagged "Network" a person: the capitalised words the parse joins
                    # to its organisation's word are the one name, a title word among them ("Justice")
                    start, label = opened, "ORG"
            titled = label == "PERSON" or (start > 0 and tok[start - 1].is_lower
                                           and tok[start - 1].lower_ in self.typer.person_titles)
            ranked = None if titled else self._ranked_name(doc, start, end)
            if ranked is not None:
                # "General Ilse Varn" tagged an organisation: the rank is the holder's, and the rest a person's name
                # (the typer reads the rank before it as the evidence)
                start, label = ranked, "PERSON"
            while titled and end - start > 1 and tok[start].lower_ in self.typer.person_titles:
                start += 1  # "Spokeswoman Ana Teller", "spokesman Major Ana Teller": the title is context, not name
            if label == "PERSON" and end - start > 2 and tok[start].lower_ in roles:
                start += 1  # "Taoiseach Simon Harris ... the Taoiseach said": a role the text names alone
            # "Aldous Crane, 54, ...": a given name the tagger left outside the person's name it heads (often at a
            # sentence start) belongs to it; a participle or adjective ("Neighbouring Osk") is no given name
            aged = end + 2 < len(doc) and tok[end].text == "," and tok[end + 1].like_num
            while (label == "PERSON" or aged) and start > 0 and start - 1 not in taken \
                    and _capitalised_name(tok[start - 1]) and not _looks_like_adjective(tok[start - 1]) \
                    and not self._participle(tok[start - 1]) \
                    and tok[start - 1].dep_ == "compound" and tok[start - 1].head.i in range(start, end) \
                    and tok[start - 1].lower_ not in self.typer.person_titles and not tok[start - 1].ent_type_ \
                    and tok[start - 1].lower_ not in roles \
                    and (start - 1 == 0 or not _capitalised_name(tok[start - 2])
                         or (end - start == 1 and tok[start - 2].lower_ in self.typer.person_titles)):
                # "Councillor Aoife Brennan" tagged "Brennan": a lone surname takes the given name after a title,
                # the title staying out; a whole name ("Chief Auditor Ilse Varga") takes no more
                start -= 1
            owner = self._possessor_inside(doc, start, end)
            if owner is not None:
                # "Osk's Constitutional Court": the tagger's one name is two, the owner and its body
                found.append(Candidate(start, owner, "GPE", "ner"))
                start = owner + 1
            if end > start and all(tok[i].is_lower and tok[i].is_alpha for i in range(start, end)) and (
                    end - start == 1 or tok[end - 1].lower_ not in self.bodies.body_nouns):
                # "secretary of state X" tagged "state" an organisation: one word in lower case is no name (PolNeAR
                # train: 97 such tagger names over 48 words, "state" 38 of them; 9 names written in lower case,
                # "bush", "un", "china", the rest common words: "mosques", "lesbian", "gaunt", "treasury"), and
                # nor are more ("The ministry later said": 31 in PolNeAR train, "election matchup" 5, "the
                # development bank", one a name written in lower case); a body described in lower-case words ("the
                # electoral commission") stays the body it names
                continue
            if end - start > 1 and label in {"PERSON", "ORG", "GPE"} \
                    and _MODEL_AFTER_MAKER.match(tok[end - 1].text) \
                    and all(tok[i].is_title and tok[i].is_alpha for i in range(start, end - 1)):
                # "a Harbin Y-12 carrying 14 soldiers": a maker's name before a model designation names the model,
                # never a person, a body or a place (no name of one ends in letters, a hyphen and digits). PolNeAR
                # train: 2 "Tec PF-9" (a pistol), and 3 "Hawaii Five-0" (a show: a word before the hyphen, no
                # designation's letters); factuality train: 1 "Vickers VC-10" (an airliner); a weak count
                found.append(Candidate(start, end, "EQUIPMENT", "designation", evidence=[
                    TypeEvidence("EQUIPMENT", 3.0, doc[start:end], "maker's name before a model designation")]))
                continue
            if end > start:
                found.append(Candidate(start, end, NER_TYPES[label], "ner",
                                       ner_label=NER_TYPES[label] if split is None else None))
                if split is not None and self._speaking_full_name(doc, start, end):
                    # "had taken Tesk, Ilse Varn said": the half after the comma, a given name and a surname that
                    # speak, is a person, whatever the one label the tagger gave the run
                    verb = tok[end - 1].head
                    found[-1].type = "PERSON"
                    found[-1].evidence = [TypeEvidence("PERSON", SHAPE, doc[start:max(end, verb.i + 1)],
                                                       "first and last name as a speaker")]
        return found

    def _law_name(self, ent: Span) -> bool:
        """ "the Affordable Care Act", "the Constitution", "the Tamsel Compact": a tagger's LAW name holding a law's or
        an agreement's word (entity_lexicon law_name_words, agreement_name_words), not a part of a law ("Article 33")
        nor a misreading ("Rubio five")."""
        return any(t.is_title and (t.lower_ in self.typer.law_words or t.lower_ in self.typer.agreement_words)
                   for t in ent)

    def _speaking_full_name(self, doc: Doc, start: int, end: int) -> bool:
        """Whether doc[start:end] is two capitalised words, neither a listed place's word nor an organisation's
        ("Orlan Trust", "Vell Holdings"), whose last is the subject of a reporting verb ("Ilse Varn said")."""
        tok = token_list(doc)
        if end - start != 2 or not all(t.is_title and t.is_alpha and t.lower_ not in self.place_words
                                       and t.lower_ not in self.typer.org_heads and _org_category_of(t.lower_) is None
                                       for t in tok[start:end]):
            return False
        last = tok[end - 1]
        return last.dep_ == "nsubj" and last.head.lemma_.lower() in self.reporting_verbs \
            and tok[start].head.i == last.i

    def _comma_split(self, doc: Doc, start: int, end: int) -> int | None:
        """The comma inside the tagger's name doc[start:end] where one name ends and another begins: capitalised
        words before it, and two or three after it, none a listed place's word ("Tesk, Edda Fahl"; "Springfield,
        Illinois" and "Santa Fe, New Mexico" are one place's name written with its state); else None."""
        tok = token_list(doc)
        comma = next((i for i in range(start + 1, end) if tok[i].text == ","), None)
        if comma is None or not 2 <= end - comma - 1 <= 3:
            return None
        before, after = tok[start:comma], tok[comma + 1:end]
        if not all(t.is_title and t.is_alpha for t in before + after):
            return None
        return None if any(t.lower_ in self.place_words for t in after) else comma

    def _ranked_name(self, doc: Doc, start: int, end: int) -> int | None:
        """Where the name starts in doc[start:end] after the capitalised ranks or offices opening it ("General Ilse
        Varn", "Lieutenant General Varn"), when the rest reads as a person's name: capitalised proper nouns, not
        ending in an organisation's or a place's word, none a listed place's word, one of them at least no English
        word ("General Electric", "Major Legal Action", "Captain America" stay as they are); else None."""
        tok = token_list(doc)
        k = start
        while k < end and tok[k].is_title and tok[k].lower_ in self.typer.rank_titles:
            k += 1
        rest = tok[k:end]
        if k == start or not rest or len(rest) > 3:
            return None
        if not all(t.is_title and t.is_alpha and t.tag_ == "NNP" for t in rest):
            return None
        last = rest[-1].lower_
        if last in self.typer.org_heads or last in self.typer.geographic_heads or last in self.typer.place_nouns \
                or last in self.typer.person_titles or any(t.lower_ in self.place_words for t in rest):
            return None  # "Major League Baseball", "Admiral Insurance", "Captain America": no holder's name
        return k if any(t.lower_ not in self.known_words for t in rest) else None

    def _possessor_inside(self, doc: Doc, start: int, end: int) -> int | None:
        """Where a tagged name "X's Y Court" has its possessive, when X is a name no English word nor the plural of
        one (not "People's Liberation Army", "the Fishermen's Union", "Women's Media Center") and Y a capitalised
        name ending in a body's or organisation's word; else None (PolNeAR train: 6 "X's Supreme / Constitutional /
        Electoral Court or Commission"; 4 names over an irregular plural of people, "Women's Media Center" twice,
        "Patrolmen's Association", "Children's Research Hospital", each one name)."""
        tok = token_list(doc)
        mark = next((i for i in range(start + 1, end - 1) if tok[i].text in {"'s", "’s"}), None)
        if mark is None:
            return None
        owner, body = doc[start:mark], doc[mark + 1:end]
        if not all(t.is_title and t.lower_ not in self.known_words and not self.noun_plural(t.lower_)
                   for t in owner):
            return None
        if not all(t.is_title for t in body) or body[-1].lower_ not in self.typer.org_heads:
            return None
        return mark

    # ----- names the text shows are no mention, or are one the tagger missed ------------------------------------

    def _designated_equipment(self, doc: Doc, first: int, known: set[int]) -> list[Candidate]:
        """ "Osk-7 drones", "KV-12B rocket launchers": a model designation before a class noun names equipment."""
        tok = token_list(doc)
        found = []
        text = token_table(doc).text  # every word is tested: a Token is built for a designation only
        for i in range(first, len(doc)):
            if i in known or not _DESIGNATION.match(text[i]):
                continue
            token = tok[i]
            j = token.i + 1  # "KV-12 anti-ship cruise missiles": modifiers, hyphenated or not, then the class noun
            while j < len(doc) and j <= token.i + 5 and (tok[j].is_lower and tok[j].pos_ in {"NOUN", "ADJ"}
                                                         or (tok[j].text == "-" and not tok[j - 1].whitespace_)):
                j += 1
            while j > token.i + 1 and tok[j - 1].pos_ != "NOUN":
                j -= 1
            head = tok[j - 1] if j > token.i + 1 else None
            rule = "model designation before a class noun"
            if head is None and j == token.i + 1:
                # "The Skarn-3 was fired": a designation alone after an article, whose item the text has just
                # called by its class noun
                head, rule = self._class_noun_before(doc, token), "model designation after its class noun"
            if head is None or head.lower_ not in self.all_class_heads:
                continue
            kinds = [name for name, cls in self.classes.items()
                     if head.lower_ in cls["heads"] or head.lemma_.lower() in cls["heads"]]
            category = kinds[0] if kinds else None
            if kinds and not rule.endswith("before a class noun"):
                # "a new ballistic missile": the kind whose descriptors its class noun's modifiers are
                modifiers = {t.lower_ for t in head.lefts if t.dep_ in {"amod", "compound"}}
                category = max(kinds, key=lambda name: len(modifiers & set(self.classes[name].get("descriptors", ()))))
            span = doc[token.i:j] if rule.endswith("before a class noun") else doc[token.i:token.i + 1]
            evidence = [TypeEvidence("EQUIPMENT", 3.0, span, rule)]
            found.append(Candidate(token.i, token.i + 1, "EQUIPMENT", "designation", evidence=evidence,
                                   category=category))
        return found

    def _class_noun_before(self, doc: Doc, token) -> "Token | None":
        """ "Osk has test-fired a new ballistic missile ... The Skarn-3 was fired": for a designation alone after
        "the", "a" or "an" (no noun after it: "the K-1 visa" is a visa), the one class noun of equipment in its own
        sentence or the one before, before it; else None. PolNeAR train: 2 designations alone after an article,
        "the AR-15" and "a Mi-26", both equipment, beside 4 before a noun of no equipment ("the K-1 visa", "the
        U-2 pilot", "the H-1B program"; a weak count)."""
        tok = token_list(doc)
        if token.i == 0 or tok[token.i - 1].lower_ not in {"the", "a", "an"} \
                or token.i + 1 < len(doc) and tok[token.i + 1].pos_ in {"NOUN", "PROPN"}:
            return None
        sentence = token.sent
        start = tok[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        nouns = {t.lemma_.lower(): t for t in doc[start:token.i] if t.pos_ == "NOUN" and t.lower_ in self.all_class_heads}
        return next(iter(nouns.values())) if len(nouns) == 1 else None

    def _numbered_units(self, doc: Doc, first: int, known: set[int]) -> list[Candidate]:
        """ "Unit 61398", "Brigade 30": a capitalised unit word before a bare number names an organisation."""
        tok = token_list(doc)
        found = []
        table = token_table(doc)  # every word is tested: a Token is built for a capitalised unit word only
        title, lower = table.title, table.lower
        for i in range(first, len(doc) - 1):
            if not title[i] or lower[i] not in self.numbered_unit_heads:
                continue
            token, number = tok[i], tok[i + 1]
            if token.i in known or not token.is_title or token.lower_ not in self.numbered_unit_heads \
                    or not number.text.isdigit() or len(number.text) > 6 or not token.whitespace_:
                continue
            if token.i + 2 < len(doc) and tok[token.i + 2].text in {"-", "/", "%"}:
                continue  # "Group 3-2", a score or a range, not a name
            evidence = [TypeEvidence("ORG", 3.0, doc[token.i:token.i + 2], "unit word and number")]
            found.append(Candidate(token.i, token.i + 2, "ORG", "designation", evidence=evidence))
        return found

    def _dateline(self, doc: Doc) -> list[Candidate]:
        """ "OSKVILLE (Varen Wire) - ": a wire dateline names the place of the report and, in brackets, the outlet."""
        found = dateline.find(document_text(doc))  # joined once a document (spaCy joins at each reading)
        if found is None:
            return []
        candidates = []
        for group, etype, a, b in (("place", "GPE", found.place_start, found.place_end),
                                   ("outlet", "OUTLET", found.outlet_start, found.outlet_end)):
            span = doc.char_span(a, b, alignment_mode="expand") if a is not None else None
            if span is not None and len(span):
                candidates.append(Candidate(span.start, span.end, etype, "dateline", evidence=[
                    TypeEvidence(etype, 3.0, doc[span.start:span.end], f"dateline {group}")]))
        return candidates

    def _described_names(self, doc: Doc, candidates: list[Candidate], first: int) -> list[Candidate]:
        """ "the village of Osk", "the tanker Osk Star", "the ministry in Osk": a capitalised name a class noun
        introduces is a name of that class, when the tagger saw no name there."""
        tok = token_list(doc)
        taken = {i for c in candidates for i in range(c.start, c.end)}
        found = []
        table = token_table(doc)  # every word is tested: a Token is built for a capitalised proper noun only
        pos, title, alpha = table.pos, table.title, table.alpha
        for i in range(first, len(doc)):
            if pos[i] == "PROPN" and alpha[i] and 2 <= len(table.text[i]) <= 6 and table.text[i].isupper() \
                    and i not in taken and i > first and tok[i - 1].is_lower and tok[i - 1].pos_ == "NOUN" \
                    and not (i + 1 < len(doc) and pos[i + 1] == "PROPN"):
                # "told state broadcaster HTV", "the consulting firm MWW": an acronym a body's class noun introduces
                # is that body's name where the tagger left it unlabelled (PolNeAR train: 7 capitalised acronyms
                # after an outlet's or body's noun, all bodies, 6 tagged organisations, the untagged one "NGP VAN", a
                # company; weak)
                kind = self.typer.noun_type(tok[i - 1])
                if kind in {"ORG", "OUTLET"}:
                    found.append(Candidate(i, i + 1, kind, "ner"))
                    taken.add(i)
                continue
            if not (pos[i] == "PROPN" and title[i] and alpha[i]):  # _capitalised_name
                continue
            token = tok[i]
            if i in taken or (i > first and _capitalised_name(tok[i - 1])):
                continue
            if token.lower_ in _CALENDAR_WORDS:
                continue  # "troops in March": a month after "in" is a time, not the seat of the troops
            j = i
            while j < len(doc) and j - i < 4 and _capitalised_name(tok[j]) and j not in taken:
                j += 1
            if j < len(doc) and _capitalised_name(tok[j]):
                continue
            before = tok[i - 1] if i > first else None
            etype = None
            if before is not None and before.lower_ == "of" and i - 2 >= first and \
                    tok[i - 2].lower_ in self.typer.place_nouns:
                etype = "GPE"
            elif before is not None and before.lower_ == "in" and i - 2 >= first and \
                    tok[i - 2].lower_ in self.typer.body_nouns | self.government_nouns:
                etype = "GPE"
            elif before is not None and before.is_lower and before.pos_ == "NOUN":
                kind = self.typer.noun_type(before)
                etype = kind if kind in {"VEHICLE", "ORG", "OUTLET", "PRODUCT"} else None
            if etype is not None:
                found.append(Candidate(i, j, etype, "ner"))
                taken.update(range(i, j))
        found += self._apposed_names(doc, taken, first)
        return found

    def _apposed_names(self, doc: Doc, taken: set[int], first: int) -> list[Candidate]:
        """ "Skyvane, a budget airline based in Osk, ...": a capitalised word the tagger took for a common noun (it
        opens the sentence) is a name when an indefinite class noun stands in apposition to it, as news introduces
        a company or group it has not named before (PolNeAR train: 430 "name, a <noun>" appositions)."""
        tok = token_list(doc)
        found = []
        table = token_table(doc)  # every word is tested: a Token is built for a capitalised word only
        for i in range(first, len(doc)):
            if not (table.title[i] and table.alpha[i]):
                continue
            token = tok[i]
            if token.i in taken or not (token.is_title and token.is_alpha) or token.pos_ not in {"NOUN", "PROPN"} \
                    or token.ent_type_ in _NOT_NAMES or token.tag_ in {"NNS", "NNPS"}:
                continue
            if token.i > first and tok[token.i - 1].is_title and tok[token.i - 1].is_alpha:
                continue  # inside a longer run of capitals: the tagger's name, or none
            start = token.i
            if token.pos_ == "PROPN" and token.dep_ == "compound" and token.head.i == token.i + 1:
                # "Nadia Corwin, an aid worker": a first name hung as a compound on the surname after it
                surname = tok[token.i + 1]
                if surname.is_title and surname.is_alpha and surname.pos_ == "PROPN" and surname.i not in taken \
                        and not surname.ent_type_:
                    token = surname
            if token.i + 1 >= len(doc):
                continue
            apposed = next((c for c in token.children if c.dep_ == "appos" and c.i > token.i + 1
                            and tok[token.i + 1].text == "," and c.pos_ == "NOUN"), None)
            if apposed is None or not any(d.lower_ in {"a", "an"} and d.dep_ == "det" for d in apposed.children):
                continue
            kind = self.typer.noun_type(apposed)
            if kind is None and token.i > start and one_person_noun(apposed.lower_):
                # "Nadia Corwin, an aid worker for the trust", "Ilse Varn, a nurse": a first name and a surname
                # described as one person (PolNeAR train: 430 "name, a <noun>" appositions)
                kind = "PERSON"
            if kind in {"ORG", "OUTLET", "VEHICLE", "PRODUCT", "PERSON"}:
                found.append(Candidate(start, token.i + 1, kind, "ner"))
                taken.update(range(start, token.i + 1))
        return found

    def _unlabelled_names(self, doc: Doc, candidates: list[Candidate], first: int) -> list[Candidate]:
        """A run of capitalised proper nouns the tagger left unlabelled ("Osklund on Monday accused ...",
        "The Western Accord is ..."); it stays only if the words around it say what it is."""
        tok = token_list(doc)
        taken = {i for c in candidates for i in range(c.start, c.end)}
        found = []
        i = first

        def not_name(t) -> bool:
            return t.ent_type_ in _NOT_NAMES and not self._misread_nationality(t) and not self._misread_date(t)

        def unknown_possessor(t) -> bool:
            # "Halvey's military shelled ...": an unknown capitalised word the tagger took for a common noun,
            # owning something with 's, is a name (no English word is written so)
            return t.pos_ == "NOUN" and t.dep_ == "poss" and t.is_title and t.is_alpha \
                and t.lower_ not in self.known_words and t.i + 1 < len(doc) and tok[t.i + 1].text in _POSSESSIVE

        title = token_table(doc).title  # both kinds of name are capitalised: a Token is built for those only
        while i < len(doc):
            if not title[i]:
                i += 1
                continue
            token = tok[i]
            if i in taken or not (_capitalised_name(token) or unknown_possessor(token)) or not_name(token):
                i += 1
                continue
            j = i + 1 if unknown_possessor(token) else i
            while j < len(doc) and j not in taken and _capitalised_name(tok[j]) and not not_name(tok[j]):
                j += 1
            if i > first and tok[i - 1].is_sent_start and tok[i - 1].is_title and tok[i - 1].is_alpha \
                    and tok[i - 1].pos_ == "NOUN" and tok[i - 1].dep_ == "compound" and tok[i - 1].head.i in \
                    range(i, j) and tok[i - 1].lower_ not in self.known_words and i - 1 not in taken:
                i -= 1  # "Tarrow Shipping is ...": an unknown word opening the sentence, tagged a common noun
            start = i
            while j - i > 1 and tok[i].is_sent_start and self._participle(tok[i]):
                i += 1  # "Neighbouring Osk closed its border": a participle capitalised to open the sentence
                start = i
            if i > first and tok[i - 1].pos_ == "ADJ" and tok[i - 1].is_title and not tok[i - 1].is_sent_start \
                    and i - 1 not in taken and tok[i - 1].ent_type_ not in _NOT_NAMES:
                start = i - 1  # "the Western Accord"
            elif i > first + 1 and tok[i - 1].ent_type_ == "NORP" and tok[i - 1].is_title and i - 1 not in taken \
                    and tok[i - 2].lower_ == "the" and tok[i - 1].head.i in range(i, j) \
                    and self._outlet_word(tok[j - 1]):
                start = i - 1  # "the Ulvarian State Broadcaster": an outlet's name may open with its country's
            words = {t.lower_ for t in doc[start:j]}
            if j - start == 1 and (words & self.typer.person_titles or _looks_like_adjective(tok[start])):
                i = j
                continue
            found.append(Candidate(start, j, "ORG", "unlabelled"))
            taken.update(range(start, j))
            i = j
        return found

    def _programme_names(self, doc: Doc, candidates: list[Candidate], first: int) -> list[Candidate]:
        """ "told the Today programme": a capitalised day word before a programme noun names a broadcast, which
        the tagger reads as a date (timex.programme_name); it is a news outlet's programme, told things as an
        outlet is."""
        tok = token_list(doc)
        taken = {i for c in candidates for i in range(c.start, c.end)}
        lower = token_table(doc).lower  # every word is tested: a Token is built for a day word only
        found = []
        for i in range(first, len(doc) - 1):
            if lower[i] in self.day_words and i not in taken and i + 1 not in taken and programme_name(tok[i]):
                evidence = [TypeEvidence("OUTLET", 3.0, doc[i:i + 2], "day word before a programme noun")]
                found.append(Candidate(i, i + 2, "OUTLET", "ner", evidence=evidence))
        return found

    def _outlet_word(self, token) -> bool:
        """A word that ends a news outlet's name: "Broadcaster", "Agency", "Herald"."""
        word = token.lower_
        return word in self.typer.outlet_nouns or word in self.typer.outlet_heads \
            or token.text in self.typer.outlet_compound_heads

    def _sentence_opener(self, token) -> bool:
        """ "Neighbouring", "Rival": an English word capitalised only because it opens the sentence."""
        return token.is_sent_start and (self._participle(token) or token.lower_ in self.known_words)

    def _participle(self, token) -> bool:
        """ "Neighbouring", "Leading", "Ruling": a capitalised -ing form of a known verb, no name word."""
        word = token.lower_
        if not word.endswith("ing") or len(word) < 6:
            return False
        stem = word[:-3]
        stems = {stem, stem + "e"} | ({stem[:-1]} if len(stem) > 2 and stem[-1] == stem[-2] else set())
        return bool(stems & self.known_verbs)

    def _misread_nationality(self, token) -> bool:
        """ "Kavonia accuses Mestra", "Mestra denied": the tagger calls an unknown singular name a nationality
        (NORP) where it heads a noun phrase on its own, which a nationality word does not ("a Briton", "Kurds",
        "Kavonian troops"); the words around it then decide what it is."""
        if token.ent_type_ != "NORP" or token.tag_ != "NNP" or token.ent_iob_ != "B":
            return False
        if token.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos"} \
                and not self._before_place_noun(token):
            return False
        if token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_type_ == "NORP" and \
                token.doc[token.i + 1].ent_iob_ == "I":
            return False
        if token.i > 0 and token.doc[token.i - 1].pos_ == "DET":
            return False
        return token.lower_ not in self.gazetteer.state_of_demonym and not _looks_like_adjective(token)

    def _before_place_noun(self, token) -> bool:
        """ "across Vorna province": a one-word name right before a lower-case word for an administrative division,
        which names the division (PolNeAR train: 26 "<Capitalised> province/region/district/county", Sirnak, Oromia,
        Albay, Iowa, Texas among them; those a nationality's adjective would open, "Chinese province", are
        written with a word the gazetteer or the adjective's shape knows)."""
        doc = token.doc
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.dep_ != "compound" or after is None or after.i != token.head.i or not after.is_lower \
                or after.lower_ not in self.typer.place_nouns:
            return False
        return not (after.i + 1 < len(doc) and doc[after.i + 1].pos_ in {"NOUN", "PROPN"})  # "the Vorna region chief"

    def _misread_date(self, token) -> bool:
        """ "Tarrow's election commission", "called on Tarrow": the tagger calls one unknown capitalised word a date,
        which no calendar word, holiday or English word is; the words around it then decide what it is. PolNeAR
        train (a third of the texts): 4 one-word dates that are no English or calendar word, 3 of them a person's
        name ("Mateen"), 1 a plural weekday ("Fridays"), a weak count."""
        if token.ent_type_ != "DATE" or token.ent_iob_ != "B" or not token.is_title or not token.is_alpha:
            return False
        doc = token.doc
        if token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I":
            return False  # "Tarrow Day", "Easter Monday": a longer date
        word = token.lower_
        return word.rstrip("s") not in _CALENDAR_WORDS and word not in _CALENDAR_WORDS \
            and word not in self.day_words and word not in self.holiday_words and word not in self.known_words

    def _titled_people(self, doc: Doc, candidates: list[Candidate], first: int) -> list[Candidate]:
        """ "a lawyer for the firm, Osk Varen," / "spokeswoman Osk Varen": a capitalised name a person's title
        stands beside is a person, when the tagger saw no name there."""
        tok = token_list(doc)
        taken = {i for c in candidates for i in range(c.start, c.end)}
        found = []
        i = first
        table = token_table(doc)  # every word is tested: read from the token table
        pos, title, lower = table.pos, table.title, table.lower
        while i < len(doc):
            j = i
            while j < len(doc) and pos[j] == "PROPN" and title[j] and j not in taken:
                j += 1
            ranked = self._ranked_name(doc, i, j) if j - i > 1 and title[i] else None
            if ranked is not None:
                # "Lieutenant General Ilse Varn", "General Varn": capitalised ranks before a person's name
                found.append(Candidate(ranked, j, "PERSON", "ner", ner_label="PERSON"))
                i = j
                continue
            while j - i > 2 and lower[i] in self.typer.person_titles:
                i += 1  # "spokesman Major Ana Teller": the rank is a title, not the name
            if j - i < 2 or j - i > 4:
                i = max(j, i + 1)
                continue
            root = doc[i:j].root
            titled = (root.dep_ == "appos" and root.head.lower_ in self.typer.person_titles
                      and root.head.pos_ == "NOUN") or \
                (i > first and lower[i - 1] in self.typer.person_titles and tok[i - 1].is_lower)
            if titled:
                found.append(Candidate(i, j, "PERSON", "ner", ner_label="PERSON"))
            i = j
        return found

    def _nicknamed_people(self, doc: Doc, candidates: list[Candidate], first: int) -> list[Candidate]:
        """ 'Andrei "the Hammer" Volkan': a nickname in quotes between a first name and a surname is inside one
        person's name, which goes by the two names, the nickname an alias (AP Stylebook, "nicknames"; PolNeAR train:
        3 'Juan "Chico" Manriquez', 'George "Jay" Keyworth', 'John "Tig" Tiegen', each a person)."""
        table = token_table(doc)
        text = table.text
        found: list[Candidate] = []
        for q in range(max(first, 1), len(doc) - 3):
            if text[q] not in {'"', "“"} or not (text[q - 1].istitle() and text[q - 1].isalpha()) \
                    or doc[q - 1].ent_type_ not in {"", "PERSON"}:
                continue
            close = next((j for j in range(q + 2, min(q + 5, len(doc))) if text[j] in {'"', "”"}), None)
            if close is None or close + 1 >= len(doc) or not text[close - 1][:1].isupper():
                continue
            end = close + 1
            while end < len(doc) and end - close <= 2 and text[end].istitle() and text[end].isalpha() \
                    and table.pos[end] == "PROPN":
                end += 1
            common = self.typer.org_heads | self.typer.outlet_heads | self.typer.person_titles
            if end == close + 1 or any(t.lower_ in {"said", "says"} for t in doc[q:close]) \
                    or any(w.lower() in common for w in (text[q - 1], *text[close + 1:end])):
                continue  # 'Operation "Dawn" Forces', 'General "X" Command': no first name and surname
            nickname = " ".join(text[q + 1:close])
            name = f"{text[q - 1]} {' '.join(text[close + 1:end])}"
            found.append(Candidate(q - 1, end, "PERSON", "context", evidence=[TypeEvidence(
                "PERSON", 3.0, doc[q - 1:end], "nickname in quotes inside a full name")], name_hint=name,
                other_names=(nickname,)))
        if not found:
            return candidates
        return [c for c in candidates if not any(f.start < c.end and c.start < f.end for f in found)] + found

    def _honorific_people(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """ "Mr Osk's deputy", "Dr Osk said": a name the tagger took with the honorific before it, whatever type it
        gave (it reads "Mr Osk's deputy" as an organisation), is a person's name without the honorific. PolNeAR
        train has 2,616 "Mr./Mrs./Ms./Dr./Miss X", the tagger's PERSON on all but 8; British copy writes the
        honorific without a stop, and there the tagger can take it into an organisation's name."""
        tok = token_list(doc)
        kept = []
        for c in candidates:
            name = tok[c.start + 1] if c.length > 1 else None
            if c.entry is None and name is not None and tok[c.start].lower_ in self.honorifics and name.is_title \
                    and name.is_alpha and name.lower_ not in self.typer.person_titles and name.lower_ != "the":
                evidence = [TypeEvidence("PERSON", 3.0, doc[c.start:c.end], "honorific before the name")]
                c = replace(c, start=c.start + 1, type="PERSON", source="ner", ner_label="PERSON",
                            core=(c.start + 1, c.end), evidence=c.evidence + evidence, category=None)
            kept.append(c)
        return kept

    def _drop_modifier_names(self, doc: Doc, candidates: list[Candidate], first: int) -> list[Candidate]:
        """A place's adjective ("Valdorian troops") or a name glued into a compound adjective ("Osk-flagged") is a
        modifier, not a mention of the thing named."""
        tok = token_list(doc)
        names = {doc[c.start:c.end].text for c in candidates if c.entry is None and c.length == 1}
        demonyms = {t.i for n in names for t in self.typer.demonyms(doc, n, first)}
        kept = []
        for c in candidates:
            if c.entry is None and c.length == 1 and c.start in demonyms:
                continue
            if c.entry is None and c.end + 1 < len(doc) and tok[c.end].text == "-" and not tok[c.end - 1].whitespace_ \
                    and tok[c.end + 1].is_lower and tok[c.end + 1].pos_ in {"VERB", "ADJ"} \
                    and tok[c.end + 1].lower_ not in SEAT_WORDS:
                continue  # "X-based" names X, the place its noun is based in (PolNeAR train: 59 "<Name>-based")
            if c.entry is None and c.length == 1 and c.source != "designation" and (
                    (tok[c.start].pos_ == "ADJ" and tok[c.start].tag_ == "JJ"
                     and self.typer.bare_facility(doc, c.start, c.end) is None)  # "the Orlen barracks": a name
                    or _looks_like_adjective(tok[c.start])):
                continue
            if c.entry is None and titled_portfolio(doc, c.start, c.end):
                continue  # "Secretary of State X": the portfolio is part of X's title
            if c.entry is None and c.length == 1 and c.end < len(doc) and tok[c.start].lower_ in \
                    self.typer.person_titles and tok[c.end].ent_type_ == "PERSON" and tok[c.end].ent_iob_ == "B":
                continue  # "Taoiseach X": a title the tagger took as a name of its own before the holder's name
            if c.entry is None and c.length == 1 and c.end < len(doc) and tok[c.start].lower_ in self.typer.rank_titles \
                    and tok[c.end].lower_ in self.typer.rank_titles:
                continue  # "Lt. Col. X", "Brig. Gen. X": the first of two ranks, no name (PolNeAR train: 3, a weak count)
            if self._hazard_opener(doc, c, first):
                continue
            if self._capitalised_class_noun(doc, c, first) or self._portfolio(doc, c, first) \
                    or self._service_modifier(doc, c, first) or self._common_opener(doc, c, first) \
                    or self._sector_opener(doc, c, first):
                continue
            kept.append(c)
        return kept

    def _capitalised_class_noun(self, doc: Doc, c: Candidate, first: int) -> bool:
        """ "Bank governor X said", "Union leaders met": a class noun capitalised only because it opens the
        sentence, and never written capitalised inside one, is a description, not a name."""
        tok = token_list(doc)
        token = tok[c.start]
        if c.entry is not None or c.length != 1 or not token.is_sent_start \
                or (token.lower_ not in self.typer.org_nouns and token.lower_ not in self.bodies.body_nouns
                    and token.lower_ not in self.typer.government_nouns):
            # "Navy intercepts tanker": a state's body noun opening a headline is a description too; so is a word
            # for a government ("Government spokesman X said", "Administration officials said": PolNeAR train, 5
            # sentence-opening government nouns before a lower-case word, all common words)
            return False
        return not any(t.text == token.text and not t.is_sent_start for t in doc[first:])

    def _sector_opener(self, doc: Doc, c: Candidate, first: int) -> bool:
        """ "Cyber firm says ...", "Oil company warns ...": an English word opening a headline or a sentence right
        before a class noun in lower case is the class's sector, capitalised only by its place, when the text never
        writes it capitalised on its own inside a sentence ("National Cyber Authority" holds it inside a name)."""
        tok = token_list(doc)
        token = tok[c.start]
        if c.entry is not None or c.length != 1 or not token.is_sent_start or not token.is_title \
                or c.end >= len(doc) or (token.lower_ not in self.known_words and token.lower_ not in self.sectors):
            return False
        noun = tok[c.end]
        if not noun.is_lower or noun.pos_ != "NOUN" or noun.lower_ not in self.typer.org_nouns:
            return False

        def alone(t: Token) -> bool:
            # capitalised inside a sentence with no capitalised word beside it: a name of its own
            return not t.is_sent_start and not (t.i > 0 and tok[t.i - 1].is_title) \
                and not (t.i + 1 < len(doc) and tok[t.i + 1].is_title)

        return not any(t.text == token.text and alone(t) for t in doc[first:])

    def _common_opener(self, doc: Doc, c: Candidate, first: int) -> bool:
        """ "Residents said", "Exit polls showed": one English word the tagger calls a name but tags a common noun,
        capitalised only because it opens the sentence and never written capitalised inside one. PolNeAR train (a third of the
        texts): 11 such one-word tagger names, all common words ("Exit", "Hackers", "Aides", "Pipelines", "Groups"),
        beside 108 sentence-opening names tagged so that the text repeats capitalised ("Sanders", "Trump")."""
        token = token_list(doc)[c.start]
        if c.entry is not None or c.length != 1 or c.source != "ner" or not token.is_sent_start \
                or token.tag_ not in {"NN", "NNS"} or not token.is_title:
            return False
        if token.lower_ not in self.known_words and token.lemma_.lower() not in self.known_words:
            return False  # "Skyvane, a budget airline": an unknown word is a name the tagger mistook
        return not any(t.text == token.text and not t.is_sent_start for t in doc[first:])

    def _hazard_opener(self, doc: Doc, c: Candidate, first: int) -> bool:
        """ "Wildfires destroyed 40 homes", "Landslides blocked the road": a natural hazard's noun capitalised only
        because it opens the sentence, never written so inside one, is no name (EM-DAT hazard words, the events'
        natural_forces)."""
        tok = token_list(doc)
        token = tok[c.start]
        if c.entry is not None or c.length != 1 or not token.is_sent_start:
            return False
        word = token.lower_
        if word not in self.hazard_nouns and not (word.endswith("s") and word[:-1] in self.hazard_nouns):
            return False
        return not any(t.text == token.text and not t.is_sent_start for t in doc[first:])

    def _service_modifier(self, doc: Doc, c: Candidate, first: int) -> bool:
        """ "Riot police fired tear gas", "Border agents said": an English word that opens the sentence and modifies a
        uniformed service's plural is the kind of service, no name, unless the story writes it capitalised inside a
        sentence too. A town's police ("Cleveland police") is no English word and stays. PolNeAR train: 27 sentence
        openers before police/troops/officers/forces/guards/agents/officials; of the 6 before the uniformed nouns
        (officials left out: "Trump officials" are his), 3 English words ("Border", "Female", "Criticizing"), 2 towns
        and 1 demonym."""
        tok = token_list(doc)
        token = tok[c.start]
        if c.entry is not None or c.length != 1 or c.end >= len(doc) or not self._sentence_opener(token):
            return False
        after = tok[c.end]
        if after.lower_ not in self.personnel_nouns or token.head.i != after.i or token.dep_ not in {"compound", "amod"}:
            return False
        return not any(t.text == token.text and not t.is_sent_start for t in doc[first:])

    @staticmethod
    def _portfolio(doc: Doc, c: Candidate, first: int) -> bool:
        """ "Interior Minister X", "Finance Secretary Y": the one word before a minister's title is the portfolio,
        part of the title, unless the story names it elsewhere on its own."""
        tok = token_list(doc)
        if c.entry is not None or c.length != 1 or c.end >= len(doc) or tok[c.end].lower_ not in _PORTFOLIO_TITLES:
            return False
        return not any(t.text == tok[c.start].text and (t.i + 1 >= len(doc) or tok[t.i + 1].lower_
                                                         not in _PORTFOLIO_TITLES) for t in doc[first:])

    def _repeated_names(self, doc: Doc, candidates: list[Candidate], first: int) -> list[Candidate]:
        """A name the tagger found once names the same thing where it recurs unseen ("Valdoria" after a quote)."""
        tok = token_list(doc)
        known: dict[tuple[str, ...], Candidate] = {}
        text = token_table(doc).text  # the words as read once: this scans the whole text
        for c in candidates:
            words = tuple(text[c.start:c.end])
            if c.entry is None and any(ch.isupper() for ch in words[0]) and len("".join(words)) > 2:
                known.setdefault(words, c)
        taken = {i for c in candidates for i in range(c.start, c.end)}
        # a piece of the name that only the unlabelled reading found ("Hands" of "Open Hands urged", where the
        # adjective opening the sentence kept the first word out) gives way to the whole name the story uses
        pieces = {i: c for c in candidates if c.source == "unlabelled" and c.entry is None
                  for i in range(c.start, c.end)}
        firm = {i for c in candidates if not (c.source == "unlabelled" and c.entry is None)
                for i in range(c.start, c.end)}
        found = []
        dropped: set[int] = set()
        positions: dict[str, list[int]] = {}
        for i in range(len(doc))[first:]:
            positions.setdefault(text[i], []).append(i)
        for words, model in sorted(known.items(), key=lambda kv: -len(kv[0])):
            n = len(words)
            for i in positions.get(words[0], ()):
                if i + n > len(doc) or tuple(text[i:i + n]) != words:
                    continue
                inside = {id(pieces[j]): pieces[j] for j in range(i, i + n) if j in pieces}
                if any(j in firm or j in taken and j not in pieces
                       or j in pieces and not i <= pieces[j].start < pieces[j].end <= i + n
                       for j in range(i, i + n)) or n < 2 and inside:
                    continue
                if (i > 0 and _name_part(tok[i - 1])) or (i + n < len(doc) and _name_part(tok[i + n])):
                    continue  # part of a longer name
                if i + n + 1 < len(doc) and tok[i + n].text == "-" and not tok[i + n - 1].whitespace_:
                    continue
                dropped.update(inside)
                pieces = {j: c for j, c in pieces.items() if id(c) not in inside}
                # a name nothing tagged ("unlabelled") stays one: its occurrences are typed, or dropped, together
                found.append(Candidate(i, i + n, model.type, "unlabelled" if model.source == "unlabelled" else "ner"))
                taken.update(range(i, i + n))
        if dropped:
            candidates[:] = [c for c in candidates if id(c) not in dropped]  # the caller's list, in place
        return found

    def _headline_names(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """In a line written in title case or in capitals ("Glenn Beck Blasts Drudge Over Debate Answer"), every
        word is capitalised, so capitals mark no name: the tagger runs names into the words beside them ("Glenn
        Beck Blasts Drudge") and takes plain words for names ("Debate Answer", "Survey"). A name there that no
        gazetteer lists stands only as far as the rest of the text names it too: the longest run of its words that
        is (or begins or ends) a name found outside such lines; a name with no such run is none. PolNeAR train: 323
        of the 840 articles open with a title-case headline; of the 448 names the tagger finds there, 233 recur
        whole in the body, 148 run into other headline words ("Trump Stands Tall", "Dennis Prager Tells") and 67
        are named nowhere else ("Email Server", "Turnout Numbers", "Battleground States")."""
        lines = _capitalised_lines(document_text(doc))
        if not lines:
            return candidates
        table = token_table(doc)

        def inside(c: Candidate) -> bool:
            a, b = doc[c.start].idx, doc[c.end - 1].idx
            return any(x <= a and b < y for x, y in lines)

        def words(a: int, b: int) -> tuple[str, ...]:
            return tuple(w.lower() for w in table.text[a:b] if w.lower() != "the" and w not in _POSSESSIVE)

        headline = [c for c in candidates if c.entry is None and inside(c)]
        if not headline:
            return candidates
        named: set[tuple[str, ...]] = set()
        for c in candidates:
            if c not in headline and not inside(c):
                w = words(c.start, c.end)
                named.update(w[:n] for n in range(1, len(w) + 1))
                named.update(w[-n:] for n in range(1, len(w) + 1))
        kept = [c for c in candidates if c not in headline]
        for c in headline:
            runs = [(a, b) for n in range(c.length, 0, -1) for a in range(c.start, c.end - n + 1)
                    for b in (a + n,) if words(a, b) and words(a, b) in named
                    and table.text[a] not in _POSSESSIVE and table.text[b - 1] not in _POSSESSIVE]
            if runs:
                a, b = runs[0]
                kept.append(c if (a, b) == (c.start, c.end) else replace(c, start=a, end=b, core=(a, b)))
        return sorted(kept, key=lambda c: c.start)

    def _type_from_context(self, doc: Doc, candidates: list[Candidate], first: int) -> None:
        """Each name's type by a vote over what the words around all its occurrences say it is."""
        groups: dict[str, list[Candidate]] = {}
        for c in candidates:
            if c.entry is None:
                c.evidence = c.evidence + self.typer.evidence(doc, c.start, c.end)
                groups.setdefault(_plain(doc[c.start:c.end].text), []).append(c)
        # "Chris Christie ... Christie said ... Christian voters": a person's surname has no place's adjective
        surnames = {token_table(doc).text[c.end - 1] for c in candidates if c.ner_label == "PERSON" and c.length > 1}
        text_of = token_table(doc).text
        # where each word stands from `first` on, found once: every one-word name looks for itself again
        places: dict[str, list[int]] = {}
        for i in range(first, len(doc) - 2):
            places.setdefault(text_of[i], []).append(i)
        for text, group in groups.items():
            group[0].evidence = group[0].evidence + self._inside_state_organs(doc, group[0], text_of, places)
            never_in_full = not any(c.ner_label == "PERSON" and c.length > 1 for c in candidates
                                    if text_of[group[0].start] in text_of[c.start:c.end])
            if never_in_full:
                # "Melania Trump ... Melania": a name the text gives as a person's first or last word has no prior
                group[0].evidence = group[0].evidence + self.typer.name_shape(doc, group[0].start, group[0].end)
            evidence = [e for c in group for e in c.evidence]
            name = _display(doc[group[0].start:group[0].end])
            evidence += [TypeEvidence("GPE", 3.0, doc[t.i:t.i + 1], "adjective of the name")
                         for t in self.typer.demonyms(doc, name, first) if name not in surnames]
            if any(_determined(doc, c) for c in group):
                evidence = [e for e in evidence if e.type != "PERSON"]
                labels = [c.ner_label for c in group if c.ner_label and c.ner_label != "PERSON"]
            else:
                labels = [c.ner_label for c in group if c.ner_label]
            if never_in_full and group[0].length == 1:
                labels = _one_tagger_guess(labels, evidence)
            etype, support = vote(evidence, labels)
            for c in group:
                if etype is not None:
                    c.type = etype
                elif c.source == "unlabelled":
                    # nothing says what it is: a mention only when it spells out a tagged short form
                    # every candidate is compared: its words are read from the token table, no Span built
                    lower = token_table(doc).lower
                    words = lower[c.start:c.end]
                    short = [o for o in candidates if o.source != "unlabelled" and 0 < o.length < len(words)
                             and lower[o.start:o.end] == words[-o.length:]]
                    # "Brisk Maritime Holdings ... Brisk said": the first word of a firm's name the text gives in
                    # full is the firm's short form
                    short += [o for o in candidates if o.source != "unlabelled" and o.length > len(words)
                              and o.type == "ORG" and lower[o.start:o.start + len(words)] == words
                              and _org_category_of(lower[o.end - 1]) == "company"]
                    c.type = short[0].type if short else "NONE"
        self._conjunct_places(doc, candidates)
        self._list_types(doc, candidates)
        self._party_lists(doc, candidates)
        # "Hallam, which signed a treaty with X, said ... X and Hallam will": a name nothing tagged is typed, or
        # dropped, at all its occurrences together, so one that a list or a coordination types types the others
        listed: dict[str, set[str]] = {}
        for text, group in groups.items():
            for c in group:
                if c.source == "unlabelled" and c.type != "NONE":
                    listed.setdefault(text, set()).add(c.type)
        for text, kinds in listed.items():
            if len(kinds) == 1:
                for c in groups[text]:
                    if c.source == "unlabelled" and c.type == "NONE":
                        c.type = next(iter(kinds))

    def _inside_state_organs(self, doc: Doc, c: Candidate, text: list[str],
                             places: dict[str, list[int]]) -> list[TypeEvidence]:
        """ "Pellaris condemned ... The Pellaris Foreign Ministry said": a one-word name the text also writes before a
        field and the organ serving it, inside the tagger's longer name, is the state that organ belongs to.
        `places`: the positions of each word of the story (up to its last two words), in text order."""
        if c.length != 1:
            return []
        word = text[c.start]
        found = []
        for i in places.get(word, ()):
            if i != c.start and not (i > 0 and doc[i - 1].pos_ == "PROPN"):
                end = self.typer.state_organ_after(doc, i + 1)
                if end is not None and doc[i + 1].is_title:
                    found.append(TypeEvidence("GPE", 3.0, doc[i:end + 1], "name before a state's organ"))
        return found

    def _conjunct_places(self, doc: Doc, candidates: list[Candidate]) -> None:
        """ "homes in Ardmore and Kilbeg": a capitalised name nothing else types, joined by a conjunction to a typed
        place, is a place of the same type (the coordination is the evidence). A plural or an organisation's word
        ("Smith and Sons", "Ardmore and District Council") is no place. PolNeAR train (spaCy's parse): 945
        capitalised proper-noun conjuncts of a GPE/LOC name, 5 of them left untagged: 2 places ("Hermosillo and
        Toluca"), 2 plurals ("Allies", "Maniacs") and a title ("Sen.")."""
        places = {i: c for c in candidates if c.type in {"GPE", "LOC"} for i in range(c.start, c.end)}
        if not places:
            return
        said_person = {_plain(doc[c.start:c.end].text) for c in candidates
                       if any(e.type == "PERSON" for e in c.evidence) or c.entry is not None}
        for c in candidates:
            # a one-word name only the tagger calls a person, listed with a place after a place preposition
            # ("households in Glasgow and Dundee"), is a place as well: the tagger's guess is the weakest vote
            guessed = c.type == "PERSON" and c.source == "ner" and c.length == 1 \
                and _plain(doc[c.start:c.end].text) not in said_person
            # "jobs in Derby and Bristol": the tagger's lone guess of a body, with no evidence, yields the same way
            # (the tagger's span may take in the article: "the Tessel")
            bare = c.length - (c.length == 2 and doc[c.start].lower_ == "the")
            guessed = guessed or (c.type == "ORG" and c.source == "ner" and bare == 1 and not c.evidence
                                  and c.entry is None)
            if not ((c.type == "NONE" and c.source == "unlabelled") or guessed):
                continue
            words = doc[c.start:c.end]
            root = words.root
            if root.tag_ in {"NNS", "NNPS"} or any(t.lower_ in self.typer.org_heads for t in words):
                continue
            partner = _range_partner(root)
            if partner is not None and partner.i in places:
                # "from Lorvik to Haldenburg": the two ends of a range are of one kind, as conjuncts are
                other = places[partner.i]
                c.type = other.type
                c.evidence = c.evidence + [TypeEvidence(other.type, PLACE, doc[max(0, min(other.start, c.start) - 1):
                                                                             max(other.end, c.end)],
                                                        "other end of a range from or to a place")]
                continue
            if root.dep_ == "conj" and root.head.i in places:
                other = places[root.head.i]
            else:
                other = next((places[t.i] for t in root.children if t.dep_ == "conj" and t.i in places), None)
            if other is None or not any(t.lower_ in {"and", "or", ","} for t in doc[min(other.end, c.end):
                                                                                    max(other.start, c.start)]):
                continue
            # "the Orva and the Tessel": a natural feature and a name that both take an article are two of a kind
            # (PolNeAR train: 3 "the <Place> and the <Name>", all places: "the West and the Gulf", "the United
            # States and the Gulf", "the Mahoning Valley and the Cleveland suburbs")
            features = other.type == "LOC" and _determined(doc, other) and _determined(doc, c)
            if guessed and not features and not (doc[other.start:other.end].root.dep_ == "pobj"
                                                 and doc[other.start:other.end].root.head.lower_
                                                 in _PLACE_PREPOSITIONS):
                continue
            c.type = other.type
            # as much as the place preposition says of the first conjunct, so that it outweighs a lone tagger guess
            c.evidence = c.evidence + [TypeEvidence(other.type, PLACE, doc[min(other.start, c.start):
                                                                         max(other.end, c.end)],
                                                    "conjunct of a typed place")]

    def _list_types(self, doc: Doc, candidates: list[Candidate]) -> None:
        """ "Leeds, Bradford and Halifax", "the UN, Amnesty International and Oxfam": a list of names is a list of
        one kind of thing, so a name in it that only the tagger's lone person guess types (no title, honorific, age or
        other person cue), or that nothing types, takes the kind of the other items when at least half of them are
        of one kind (places, or bodies of which the text types one); the coordination is the evidence. Two names
        joined are no list ("talks between Russia and Putin": _conjunct_places asks a place preposition of those);
        a list of people the tagger reads as one firm ("Smith, Jones and Brown") or with no typed place or body is
        left as it is. PolNeAR train: 278 "A, B and/or C" lists of capitalised names; in a sample of 25, every one
        that was a list named one kind of thing (candidates, states, departments)."""
        said_person = {_plain(doc[c.start:c.end].text) for c in candidates
                       if any(e.type == "PERSON" for e in c.evidence)}

        def weak(c: Candidate) -> bool:
            if c.entry is not None:
                return False
            if c.type == "NONE":
                return c.source == "unlabelled"
            return c.type == "PERSON" and c.source == "ner" and _plain(doc[c.start:c.end].text) not in said_person

        kinds = {"GPE": "place", "LOC": "place", "ORG": "body"}
        named = sorted((c for c in candidates if c.type != "NONE" or c.source == "unlabelled"), key=lambda c: c.start)
        at = {i: k for k, c in enumerate(named) for i in range(c.start, c.end)}
        runs: list[list[int]] = []
        for k, c in enumerate(named):
            between = doc[named[k - 1].end:c.start] if k else None
            root = doc[c.start:c.end].root
            linked = between is not None and len(between) > 0 \
                and all(t.text in {",", "and", "or"} for t in between) \
                and root.dep_ == "conj" and at.get(root.head.i, -1) in (runs[-1] if runs else ())
            if linked:
                runs[-1].append(k)
            else:
                runs.append([k])
        for run in runs:
            if len(run) < 3:
                continue  # two names joined ("talks between Russia and Putin") are no list of a kind
            items = [named[k] for k in run]
            counts = Counter(kinds.get(c.type) for c in items if not weak(c) and kinds.get(c.type))
            if not counts:
                continue
            kind, n = counts.most_common(1)[0]
            if 2 * n < len(items):
                continue
            if kind == "body" and not any(c.entry is not None or any(e.type == c.type for e in c.evidence)
                                          for c in items if kinds.get(c.type) == "body"):
                continue  # the tagger calls towns organisations too ("Cork, Mallow and Fermoy"): a body the text types
            guessed = []
            for c in items:
                if weak(c):
                    guessed.append(c)
                elif kinds.get(c.type) != kind:
                    # "Apple, Microsoft and Nvidia": the tagger's lone label on one item gives way to a clear
                    # majority of the other kind; anything the text itself types stops the list
                    if c.entry is not None or c.type == "PERSON" or n < 2 or 2 * n <= len(items) \
                            or any(e.type == c.type for e in c.evidence):
                        guessed = []
                        break
                    guessed.append(c)
            if not guessed:
                continue
            # a town the tagger calls a location in one place and a state in another is the state's kind of place
            etype = "ORG" if kind == "body" else ("GPE" if any(c.type == "GPE" for c in items) else "LOC")
            span = doc[items[0].start:items[-1].end]
            for c in guessed:
                if any(t.lower_ in self.typer.org_heads for t in doc[c.start:c.end]) and etype != "ORG":
                    continue  # "Ardmore and District Council" is no place
                c.type = etype
                c.evidence = c.evidence + [TypeEvidence(etype, SHAPE, span, "item of a list of one kind")]

    def _party_lists(self, doc: Doc, candidates: list[Candidate]) -> None:
        """ "the three parties, Sinn Féin, Fianna Fáil and Fine Gael", "coalition partners Likud and Shas": names
        listed beside a party or coalition noun, or beside a party the gazetteer knows, are parties, so a member only
        the tagger's lone person guess types is an organisation (a person has no party noun in apposition). The
        party noun or the known party is the evidence, since the tagger reads unfamiliar party names as people. No
        list of party names in PolNeAR train or the PLOVER records (US politics names its two parties alone); the
        shape is the lists _list_types reads (278 in PolNeAR train) with a noun for their kind beside them."""
        said_person = {_plain(doc[c.start:c.end].text) for c in candidates
                       if any(e.type == "PERSON" for e in c.evidence)}
        named = sorted((c for c in candidates if c.type in {"PERSON", "ORG"}), key=lambda c: c.start)
        runs: list[list[Candidate]] = []
        for c in named:
            gap = doc[runs[-1][-1].end:c.start] if runs else None
            if gap is not None and 0 < len(gap) <= 2 and all(t.text in {",", "and", "or"} for t in gap):
                runs[-1].append(c)
            else:
                runs.append([c])
        for items in runs:
            if len(items) < 2 or not any(t.lower_ in {"and", "or"} for t in doc[items[-2].end:items[-1].start]):
                continue
            weak = [c for c in items if c.type == "PERSON" and c.source == "ner" and c.entry is None
                    and _plain(doc[c.start:c.end].text) not in said_person]
            if not weak or any(c.type == "PERSON" and c not in weak for c in items):
                continue
            sent = doc[items[0].start].sent
            near = doc[max(sent.start, items[0].start - 3):min(sent.end, items[-1].end + 2)]
            party = next((t for t in near if t.lemma_.lower() in {"party", "coalition"} and t.is_lower), None)
            known = next((c for c in items if c.entry is not None and c.entry.category == "political_party"), None)
            if party is None and known is None:
                continue
            a = min(items[0].start, party.i if party is not None else items[0].start)
            b = max(items[-1].end, party.i + 1 if party is not None else items[-1].end)
            for c in weak:
                c.type = "ORG"
                c.evidence = c.evidence + [TypeEvidence("ORG", SHAPE, doc[a:b], "item of a list of parties")]

    def _sunday_titles(self, doc: Doc, candidates: list[Candidate]) -> None:
        """ "The Mail on Sunday", "Scotland on Sunday": a newspaper named after the day it appears on takes the
        day into its name, which is no date (the time words' Sunday titles, or a "The X on <Weekday>" the text
        uses as a name: timex.day_titles)."""
        titles = day_titles(doc)
        if not titles:
            return
        table = token_table(doc)
        for c in candidates:
            start = titles.get(c.end + 1) if c.end + 1 < len(doc) and table.lower[c.end] == "on" else None
            if start is not None and c.core[0] <= start < c.end:
                listed = table.lower[c.end - 1] in self.sunday_before_on
                c.end += 2
                c.core = (c.core[0], c.end)
                c.type, c.entry, c.ner_label = "OUTLET", None, None
                rule = "newspaper named after its day" if listed else "a name with its day, used as a name again"
                c.evidence = [TypeEvidence("OUTLET", 3.0, doc[c.start:c.end], rule)]

    # ----- mention spans ----------------------------------------------------------------------------------------

    def _shape(self, doc: Doc, c: Candidate, first: int) -> Candidate:
        """The words of the mention: an equipment name takes its class noun phrase; a head name its determiner; a
        state its government ("Valdoria's government"); a town its class noun ("the town of Osk", "Osk province")."""
        tok = token_list(doc)
        if c.type == "EQUIPMENT" and (c.entry is not None or c.category is not None):
            extended = self._equipment_phrase(doc, c)
            if extended is not None:
                return extended
        if c.type == "GPE":
            end = c.end
            if end + 1 < len(doc) and tok[end].text in _POSSESSIVE and tok[end + 1].lower_ in self.government_nouns \
                    and not (end + 2 < len(doc) and tok[end + 2].pos_ == "NOUN"):
                return replace(c, end=end + 2)  # the state itself, by its government
            if c.start >= first + 3 and tok[c.start - 1].lower_ == "of" and tok[c.start - 3].lower_ == "the" and \
                    tok[c.start - 2].lower_ in self.place_phrase_nouns | self.government_nouns:
                return replace(c, start=c.start - 3)  # "the town of Osk", "the government of Osk"
            if c.start >= first + 4 and tok[c.start - 1].lower_ == "of" and \
                    tok[c.start - 2].lower_ in self.place_phrase_nouns:
                # "the northern city of Osk", "the border village of Vell": the town's class noun with the words
                # that place or describe it, lower-case modifiers of the noun, is the mention as "the town of Osk" is
                left = c.start - 2
                while left - 1 >= first and left > c.start - 5 and tok[left - 1].is_lower \
                        and tok[left - 1].dep_ in {"amod", "compound"} and tok[left - 1].head.i == c.start - 2:
                    left -= 1
                if left < c.start - 2 and tok[left - 1].lower_ == "the":
                    return replace(c, start=left - 1)
            if end < len(doc) and tok[end].lower_ in self.place_phrase_nouns and tok[end].pos_ == "NOUN" \
                    and tok[c.end - 1].dep_ == "compound":
                return replace(c, end=end + 1)
            if c.length > 1 and c.core == (c.start, c.end) and tok[end - 1].is_lower \
                    and tok[end - 1].lower_ in self.place_phrase_nouns \
                    and not (c.start > 0 and tok[c.start - 1].pos_ in {"DET", "NUM", "ADJ"}
                             and tok[c.start - 1].lower_ != "the"):
                # "in Belm province" tagged whole: the province's name is Belm, as in "the province of Belm" ("a
                # rural Iowa county" is one of Iowa's, not Iowa)
                return replace(c, core=(c.start, end - 1))
        if c.type == "LOC" and c.start >= first + 3 and tok[c.start - 1].lower_ == "of" \
                and tok[c.start - 2].lower_ in self.typer.feature_phrase_nouns and tok[c.start - 3].lower_ == "the":
            return replace(c, start=c.start - 3)  # "the island of Osk", as "the town of Osk"
        # "the disputed Osk Shoal": a name ending in its feature's word, capitalised
        feature_named = c.type == "LOC" and c.end - c.start > 1 and tok[c.end - 1].is_title \
            and tok[c.end - 1].lower_ in self.typer.geographic_heads - {"sound", "channel"}
        if c.type == "LOC" and c.end < len(doc) and tok[c.end].lower_ in self.typer.geographic_heads \
                and tok[c.end].is_lower and tok[c.end].pos_ == "NOUN" and tok[c.end - 1].dep_ in {"compound", "nmod"} \
                and tok[c.end - 1].head.i == c.end and tok[c.end].lower_ not in {"sound", "channel"} or feature_named:
            if not feature_named:
                # "the Osk river", "the Vell valley": a natural feature's word after its name, in lower case, is
                # part of the name as its capitalised form is ("the Danube River"), so the mention and the name
                # take it
                c = replace(c, end=c.end + 1, core=(c.core[0], c.end + 1))
            # "the disputed Osk islands", "the northern Vell hills": the feature's lower-case modifiers before the
            # name, with "the", belong to the mention, as "the northern city of Osk" does
            left = c.start
            while left - 1 > first and left > c.start - 3 and tok[left - 1].is_lower and tok[left - 1].is_alpha \
                    and tok[left - 1].dep_ in {"amod", "compound"} and tok[left - 1].head.i == c.end - 1:
                left -= 1
            if left < c.start and tok[left - 1].lower_ == "the":
                return replace(c, start=left - 1)
        if c.type == "VEHICLE" and c.start > first and self.typer.noun_type(tok[c.start - 1]) == "VEHICLE":
            noun = tok[c.start - 1]  # "the sanctioned tanker Osk Star": a ship's name takes its class phrase
            left = min(t.i for t in noun.subtree if t.i < noun.i) if any(t.i < noun.i for t in noun.subtree) \
                else noun.i
            left = max(left, noun.sent.start, first)
            while left - 1 > first and left - 1 >= noun.sent.start and _ship_modifier(tok[left - 1]) \
                    and not any(t.i < noun.i for t in noun.subtree):
                left -= 1  # "the Velmorian frigate X", "the damaged frigate X": the parse hung them on the name
            if not any(t.is_punct and t.text != "-" for t in doc[left:noun.i]):
                if left > first and tok[left - 1].lower_ in {"the", "a", "an"}:
                    left -= 1
                return replace(c, start=left)
            return replace(c, start=noun.i - 1 if tok[noun.i - 1].lower_ in {"the", "a", "an"} else noun.i)
        if c.type == "ORG" and any(e.rule == "name before a noun for its kind" for e in c.evidence):
            kind = self.typer.described_kind(doc, c.end)
            if kind is not None and tok[c.end - 1].dep_ in {"compound", "nmod"}:
                c = replace(c, end=kind.i + 1)  # "the X rebel group": the mention is the phrase, the name its core
                place = c.ner_label in {"GPE", "LOC"} or tok[c.core[1] - 1].lower_ in self.typer.geographic_heads \
                    or doc[c.core[0]:c.core[1]].text.lower() in self.typer.known_places
                if place and kind.lower_ in _org_categories()["armed_group"]:
                    # "the Vorn Hills militia", "the Ostra Valley rebels": a place is no armed group, so the group
                    # goes by the place and its noun, and "the militia" later is that group, not the place
                    c.core = (c.core[0], kind.i + 1)
        if c.type == "FAC" and any(e.rule == "name of a facility" for e in c.evidence):
            # "the Orlen barracks", "the X copper mine": the facility goes by its name and its noun, the mention
            # and the name both take the noun ("the barracks" later names it again)
            facility = self.typer.bare_facility(doc, c.start, c.end) or self.typer.named_facility(doc, c.end)
            if facility is not None:
                # it goes by its name alone and with its noun alone too ("the Karsel gas pipeline ... Ismarren's
                # Karsel pipeline": one pipeline across reports)
                name = doc[c.core[0]:c.core[1]].text
                c = replace(c, end=facility.i + 1, core=(c.core[0], facility.i + 1),
                            other_names=c.other_names + (name, f"{name} {facility.text}"))
        if c.type != "PERSON" and c.start > first and not tok[c.start].lower_ == "the":
            before = tok[c.start - 1]
            determiners = {"the", "a", "an"} if c.type == "EQUIPMENT" else {"the"}
            if before.lower_ in determiners and not _is_modifier(doc, c.start, c.end):
                return replace(c, start=c.start - 1)
            standing = self._standing_opener(doc, c, first)
            if standing is not None:
                return replace(c, start=standing)
        return c

    def _standing_opener(self, doc: Doc, c: Candidate, first: int) -> int | None:
        """Where "the ruling X", "the main opposition X" opens: a body's name after "the" and words for where it
        stands towards power (entity_lexicon party_standing_words), which belong to the mention; or None."""
        if c.type != "ORG" or _is_modifier(doc, c.start, c.end):
            return None
        tok = token_list(doc)
        left = c.start
        while left - 1 > first and left > c.start - 3 and tok[left - 1].is_lower \
                and tok[left - 1].lower_ in self.party_standing_words:
            left -= 1
        return left - 1 if left < c.start and tok[left - 1].lower_ == "the" else None

    def _equipment_phrase(self, doc: Doc, c: Candidate) -> Candidate | None:
        """ "the surface-to-air SA-22 missile system": the name modifies a class noun, so the phrase names the item."""
        tok = token_list(doc)
        cls = self.classes.get((c.entry.category if c.entry else c.category) or "", {})
        heads, words = set(cls.get("heads", ())), set(cls.get("descriptors", ()))
        head = None
        j = c.end
        while j < min(len(doc), c.end + 6) and (tok[j].lower_ in heads | words or (c.entry is None and (
                tok[j].is_lower and tok[j].pos_ in {"NOUN", "ADJ"} or tok[j].text == "-"))):
            if tok[j].lower_ in heads and tok[j].pos_ == "NOUN":
                head = j
            j += 1
        if head is None:
            return None
        sent_start = tok[c.start].sent.start
        left = max(min(tok[head].left_edge.i, c.start), sent_start)
        if any(t.is_punct and t.text not in {"-", "/"} for t in doc[left:c.start]) or \
                any(t.pos_ in {"VERB", "AUX", "ADP"} and t.text != "-" and t.lower_ not in {"to"}
                    for t in doc[left:c.start] if not _in_hyphenated(t)):
            left = c.start
            if left > sent_start and tok[left - 1].lower_ in {"the", "a", "an"}:
                left -= 1
        if left - 3 >= sent_start and tok[left - 1].lower_ == "of" and tok[left - 2].lower_ in self.equipment_units \
                and tok[left - 3].lower_ in {"a", "an", "the"} and tok[left - 1].head.i == left - 2:
            left -= 3  # "a battery of X howitzers": the guns in their unit
        return replace(c, start=left, end=head + 1)

    # ----- clustering -------------------------------------------------------------------------------------------

    def _cluster(self, doc: Doc, mentions: list[Candidate], first: int) -> list[EntityCluster]:
        groups = _UnionFind(len(mentions))
        by_entry: dict[str, int] = {}
        by_text: dict[tuple[str, ...], int] = {}
        seats = self._stated_seats(doc, mentions, first)
        for k, m in enumerate(mentions):
            if k in seats:
                groups.union(seats[k], k)
            elif m.entry is not None:
                key = m.entry.name
                if key in by_entry:
                    groups.union(by_entry[key], k)
                by_entry.setdefault(key, k)
            else:
                # one key across NER labels: the tagger may call "Trump" PERSON once and ORG the next time
                key2 = ("ner", _plain(doc[m.core[0]:m.core[1]].text))
                owner = self._office_owner(doc, m, mentions)
                if owner is not None:
                    key2 += (owner,)  # "Osk's Ministry of Defence" is not "the Ministry of Defence of Vell"
                if key2 in by_text:
                    groups.union(by_text[key2], k)
                by_text.setdefault(key2, k)
        for key2, k in by_text.items():
            # a ministry named with no owner is the one owned ministry of its name the story has, if one
            owned = [j for other, j in by_text.items() if len(other) == 3 and other[:2] == key2]
            if len(key2) == 2 and len(owned) == 1:
                groups.union(owned[0], k)
        self._adjective_states(doc, mentions, groups, first)
        self._cluster_short_forms(doc, mentions, groups, first)
        self._possessed_firms(doc, mentions, groups)
        self._cluster_people(doc, mentions, groups)
        learned = self._learn_aliases(doc, mentions, groups, first)
        self._add_descriptions(doc, mentions, groups, first)
        self._add_bodies(doc, mentions, groups, first)
        self._state_possessed_organ_names(doc, mentions)
        self._people_s_offices(doc, mentions, groups)
        return self._build(doc, mentions, groups, learned)

    def _state_possessed_organ_names(self, doc: Doc, mentions: list[Candidate]) -> None:
        """ "Trelane's Internal Security Office": a state's organ named by a name of its own, which ends in a body's
        word, takes the possessor into its mention as "Trelane's defence ministry" does (the name stays the
        name). Not a listed body, which the gazetteer names whole."""
        tok = token_list(doc)
        state_ends = {m.end: m.start for m in mentions if m.type == "GPE" and m.source not in {"body", "description"}}
        for m in mentions:
            if m.type != "ORG" or m.entry is not None or m.source in {"body", "description", "government"} \
                    or m.start < 2 or tok[m.start - 1].text not in _POSSESSIVE or m.start - 1 not in state_ends:
                continue
            words = doc[m.core[0]:m.core[1]]
            if len(words) < 2 or not all(t.is_title for t in words) or words[-1].lower_ not in _body_nouns():
                continue
            m.start = state_ends[m.start - 1]
            m.category = "state_organ"  # an organ of the state, as the possessive shows

    def _people_s_offices(self, doc: Doc, mentions: list[Candidate], groups: "_UnionFind") -> None:
        """ "Varnet's office denied the report": the office of a person the text names, that says or does things,
        is a body of its own (the holder's staff), one per person, named by the person's name as written. Not the
        room ("in Varnet's office") nor an office word before another noun ("Varnet's office manager")."""
        tok = token_list(doc)
        taken = {i for m in mentions if m.type != "NONE" for i in range(m.start, m.end)}
        by_person: dict[int, int] = {}
        for k, m in enumerate(list(mentions)):
            at = m.end + 1
            if m.type != "PERSON" or at >= len(doc) or tok[m.end].text not in _POSSESSIVE \
                    or tok[at].lower_ != "office" or at in taken or not acting_office(tok[at]):
                continue
            person = groups.find(k)
            name = f"{doc[m.core[0]:m.core[1]].text}{tok[m.end].text} office"
            mentions.append(Candidate(m.start, at + 1, "ORG", "body", name_hint=name,
                                      evidence=[TypeEvidence("ORG", 3.0, doc[m.start:at + 1], "a person's office")]))
            groups.grow_keyed(by_person, person)
            taken.update(range(m.start, at + 1))

    def _office_owner(self, doc: Doc, m: Candidate, mentions: list[Candidate]) -> str | None:
        """The state that owns a ministry named by its office word and portfolio ("Ministry of Defence"), as its
        possessive before or its of-phrase after names it, or None."""
        tok = token_list(doc)
        if m.type != "ORG" or m.core[1] - m.core[0] < 3 or tok[m.core[0]].lower_ not in self.bodies.offices_by_name \
                or tok[m.core[0] + 1].lower_ != "of":
            return None
        if m.start >= 2 and tok[m.start - 1].text in _POSSESSIVE:
            owner = next((o for o in mentions if o.type == "GPE" and o.end == m.start - 1), None)
        else:
            at = m.end + 1 if m.end + 1 < len(doc) and tok[m.end].lower_ == "of" else None
            if at is not None and tok[at].lower_ == "the":
                at += 1
            owner = next((o for o in mentions if o.type == "GPE" and o.start <= (at or -1) < o.end), None)
        return None if owner is None else _plain(doc[owner.core[0]:owner.core[1]].text)

    @staticmethod
    def _join_narrowed_organs(by_key: dict[tuple[int | None, tuple[str, ...]], int], groups: "_UnionFind") -> None:
        """ "Osk's intelligence service ... Osk's foreign intelligence service": words before an organ's words that
        only narrow it name the same organ of the same owner, where that owner has no other organ the shorter words
        could be (two narrowings, "foreign" and "domestic intelligence service", leave the bare one to neither).
        PolNeAR train: 1 owner with an organ named both ways ("RNC's rules committee", "RNC's powerful rules
        committee"), none with two narrowings of one organ."""
        by_owner: dict[int, list[tuple[tuple[str, ...], int]]] = {}
        for (owner, words), k in by_key.items():
            if owner is not None and owner >= 0:
                by_owner.setdefault(groups.find(owner), []).append((words, k))
        for organs in by_owner.values():
            for words, k in organs:
                narrower = {groups.find(j) for longer, j in organs
                            if len(longer) > len(words) and longer[-len(words):] == words}
                if len(narrower) == 1:
                    groups.union(k, narrower.pop())

    def _join_armed_forces(self, doc: Doc, mentions: list[Candidate],
                           by_key: dict[tuple[int | None, tuple[str, ...]], int], groups: "_UnionFind") -> None:
        """ "Novrath's army ... Novrathi forces", "X's military ... X's armed forces": one owner's armed forces named
        by two of the words for them as a whole (entity_lexicon generic_armed_forces) are one body, each mention
        holding its owner's words, and each joined to the first holding the rule as its evidence; two owners'
        forces stay two, and a branch or a unit is no such word. The body goes by the first word for the
        institution the text writes ("army" over "troops")."""
        armed: dict[int, list[tuple[tuple[str, ...], int]]] = {}
        for (owner, words), k in by_key.items():
            if owner is not None and owner >= 0 and words in self.bodies.generic_armed_forces:
                armed.setdefault(groups.find(owner), []).append((words, k))
        for organs in armed.values():
            if len(organs) < 2:
                continue
            institutions = sorted((mentions[k].start, k) for words, k in organs
                                  if words in self.bodies.armed_force_institutions)
            name = mentions[institutions[0][1]].name_hint if institutions else None
            for _, k in organs:
                groups.union(organs[0][1], k)
                mentions[k].name_hint = name or mentions[k].name_hint
            for _, k in organs[1:]:
                joined = mentions[k]
                joined.evidence = joined.evidence + [
                    TypeEvidence("ORG", 3.0, doc[joined.start:joined.end], _ARMED_FORCES_AGAIN)]

    def _description_of(self, body: BodyMention, by_key: dict[tuple[int | None, tuple[str, ...]], int],
                        groups: "_UnionFind", fits: set[int]) -> Candidate:
        """The mention of a description that names an organ again; one that names a state's armed forces by another
        word than the organ's ("the army" for "X's military") holds those words as its evidence."""
        span = body.span
        if any(groups.find(k) in fits and words != body.words and self.bodies.one_armed_force(words, body.words)
               for (_, words), k in by_key.items()):
            evidence = [TypeEvidence("ORG", 3.0, span, _ARMED_FORCES_AGAIN)]
            return Candidate(span.start, span.end, "ORG", "description", evidence=evidence)
        return Candidate(span.start, span.end, "ORG", "description")

    def _armed_forces_named_again(self, doc: Doc, mentions: list[Candidate], groups: "_UnionFind", first: int,
                                  by_key: dict[tuple[int | None, tuple[str, ...]], int]) -> None:
        """ "the army had sent troops ... the troops would not storm": a description naming a state's armed forces
        as a whole after the one state's forces found as its home organ ("the army") names them again; two states'
        forces leave it to neither."""
        armed = [words for _, words in by_key if words in self.bodies.generic_armed_forces]
        if not armed:
            return
        occupied = {i for m in mentions if m.type != "NONE" for i in range(m.start, m.end)}
        places = {m.start: m.end for m in mentions if m.type in {"GPE", "LOC"}}
        for body in self.bodies.descriptions(doc, first, armed, occupied, places):
            fits = {groups.find(k) for (_, words), k in by_key.items()
                    if self.bodies.one_armed_force(words, body.words)}
            if len(fits) == 1:
                mentions.append(self._description_of(body, by_key, groups, fits))
                groups.grow(fits.pop())

    @staticmethod
    def _apposed_body_name(mentions: list[Candidate], groups: "_UnionFind", span: Span) -> None:
        """ "Israel's parliament, the Knesset,": an organ described by its owner with its own name in apposition is
        one body named twice, so the organ's mention (the last one added) joins the name's. PolNeAR train: 2 "<the|
        X's> <noun>, the <Name>," appositions of a description and a name ("Obama's signature achievement, the
        Affordable Care Act", "the convention site, the Wells Fargo Center"), each one thing named twice."""
        names = [c for c in span.root.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i >= span.end]
        for k, m in enumerate(mentions[:-1]):
            if names and m.type == "ORG" and m.start <= names[0].i < m.end and m.source not in {"body", "government"}:
                groups.union(len(mentions) - 1, k)
                return

    def _adjective_states(self, doc: Doc, mentions: list[Candidate], groups: "_UnionFind", first: int) -> None:
        """ "Oskarian forces ... Oskarian officials said ... Oskarian Foreign Minister X": a state the story names only
        by its adjective is still a party. An adjective that twice or more modifies the words for a state's people,
        organs or offices, where no name of that state occurs, becomes a mention of the state: the gazetteer's
        state for a known demonym, else an entity by the adjective itself, when that is no English word ("Western",
        "Republican") and has a demonym's ending (ACE 2005 annotates such adjectives as GPE mentions). PolNeAR
        train: 158 "<Adjective> officials / government / President ..." phrases, none of a state never named."""
        tok = token_list(doc)
        table = token_table(doc)
        taken = {i for m in mentions for i in range(m.start, m.end) if m.type not in {"ORG", "NORP"} or m.entry}
        named = {m.entry.name for m in mentions if m.entry is not None and m.type == "GPE"}
        own = {t.i for m in mentions if m.type == "GPE" and m.entry is None
               for t in self.typer.demonyms(doc, doc[m.start:m.end].text, first)}
        # "Halloran officials", "the Halloran administration": a person's name stands for the office they hold; the
        # tagger's PERSON label on a lone adjective is no such sign ("Oskarian troops"), a person named is
        people = {tok[i].text for m in mentions if m.type == "PERSON" for i in range(m.start, m.end)}
        uses: dict[str, list[int]] = {}
        for i in range(first, len(doc) - 1):
            if not (table.title[i] and table.alpha[i]) or i in taken or i in own or table.text[i] in people:
                continue
            word = table.text[i]
            entry = self.gazetteer.state_of_demonym.get(word.lower())
            if entry is None and (word.lower() in self.known_words or word.isupper()
                                  or not word.lower().endswith(_STATE_ADJECTIVE_ENDINGS)):
                continue
            if entry is not None and entry.name in named:
                continue  # the state is named: its adjective is an adjective of that name
            if self._party_use(doc, tok[i]):
                uses.setdefault(word, []).append(i)
        for word, places in uses.items():
            if len(places) < 2:
                continue
            entry = self.gazetteer.state_of_demonym.get(word.lower())
            hint = None if entry is not None else word  # a known state goes by its own name
            k = None
            for i in places:
                evidence = [TypeEvidence("GPE", 3.0, doc[i:i + 1], "adjective of a state's people or organs")]
                if tok[i + 1].lower_ in self.government_nouns:
                    # "the Oskarian authorities": the state by its government, as for a state the story names
                    start = i - 1 if i > first and tok[i - 1].lower_ == "the" else i
                    mentions.append(Candidate(start, i + 2, "GPE", "government", entry, name_hint=hint,
                                              core=(i, i + 1), evidence=evidence))
                else:
                    mentions.append(Candidate(i, i + 1, "GPE", "adjective", entry, name_hint=hint,
                                              evidence=evidence))
                if k is None:
                    groups.parent.append(len(groups.parent))
                    k = len(mentions) - 1
                else:
                    groups.grow(k)

    def _party_use(self, doc: Doc, token) -> bool:
        """Whether an adjective modifies a noun for a state's people, organs or offices: "X officials", "the X air
        force", "X Foreign Minister Y"."""
        tok = token_list(doc)
        head = token.head
        if token.dep_ not in {"amod", "compound", "nmod"} or not 0 < head.i - token.i <= 3:
            return False
        words = {head.lower_} | {tok[j].lower_ for j in range(token.i + 1, head.i + 1)}
        return bool(words & (self.government_nouns | self.bodies.body_nouns | self.state_people_nouns
                             | self.typer.person_titles))

    def _stated_seats(self, doc: Doc, mentions: list[Candidate], first: int) -> dict[int, int]:
        """ "Vell, the Oskian capital, ... Vell has denied any role": a city the story calls a state's capital stands
        for that state's government where it acts (subject or possessor), as a gazetteer capital does; returns the
        acting mentions, each with a mention of its state. Its other mentions ("in Vell") stay the city. ACE 2005
        annotates such uses as metonymic GPE mentions of the government (PolNeAR train: 3 "X, the Y capital")."""
        tok = token_list(doc)
        table = token_table(doc)
        # the words are read from the table: most stories name no capital, and a Token a word costs more than the test
        capitals = [i for i in range(first, len(doc)) if table.lower[i] == "capital" and table.pos[i] == "NOUN"]
        if not capitals:
            return {}
        at = {i: k for k, m in enumerate(mentions) for i in range(m.start, m.end)}
        states: dict[str, int] = {}  # a city's name -> a mention of the state it is the capital of
        stating: set[int] = set()  # the mentions the capital is stated of, which name the city itself
        for noun in (tok[i] for i in capitals):
            cities = capital_cities(noun)
            state = None
            for how, word in capital_owners(noun):
                if how == "poss" and word.i in at:
                    state = at[word.i]
                elif how == "modifier" and word.is_title:
                    state = next((k for k, m in enumerate(mentions) if m.end - m.start == 1
                                  and word.text in adjective_forms(tok[m.start].text)), None)
                elif how == "of":
                    state = at.get(word.i)
                if state is not None:
                    break
            if state is None:
                continue  # only a state has a capital: the words say what the possessor is, whatever the tagger
            for city in cities:
                k = at.get(city.i)
                if k is not None and k != state and mentions[k].entry is None:
                    states.setdefault(_plain(doc[mentions[k].start:mentions[k].end].text), state)
                    stating.add(k)
        if not states:
            return {}
        seats = {}
        for k, m in enumerate(mentions):
            state = states.get(_plain(doc[m.start:m.end].text))
            root = doc[m.start:m.end].root
            # "Vell, the capital of Osk, was calm": a city that only is something is the city
            # a dateline names where the story was filed: the city, whatever the parse makes of it
            if state is not None and m.entry is None and k not in stating and m.source != "dateline" \
                    and _acts(doc[m.start:m.end]) \
                    and root.head.lemma_.lower() not in _COPULAS:
                m.source = "government"  # no name of the state's: "Vell" stays out of its names and aliases
                seats[k] = state
        return seats

    def _add_bodies(self, doc: Doc, mentions: list[Candidate], groups: "_UnionFind", first: int) -> None:
        """Organs named by description ("Valdoria's foreign ministry", "Valdorian troops") become entities of their
        own, one per owner and organ; "the ministry" joins the one organ whose words it ends."""
        tok = token_list(doc)
        owners = {m.end: (m.start, groups.find(k)) for k, m in enumerate(mentions)
                  if m.type in {"GPE", "ORG"} and m.source not in {"description", "body"}}
        adjectives: dict[int, int] = {}
        demonym_of: dict[int, str] = {}
        states = {groups.find(k) for k, m in enumerate(mentions) if _shown_a_state(m.evidence)}
        for k, m in enumerate(mentions):
            if m.source == "adjective" or (m.source == "government" and m.core != (m.start, m.end)
                                           and m.evidence and m.evidence[0].rule.startswith("adjective of a state")):
                adjectives.setdefault(m.core[0], groups.find(k))  # a state named only by its adjective
                demonym_of.setdefault(groups.find(k), tok[m.core[0]].text)
            if m.type == "GPE" and m.length == 1 and m.start > first and tok[m.start - 1].lower_ == "the" \
                    and groups.find(k) in states:
                # "the Vesterland intelligence service", "the Tellmark army": a state's name before its organ
                adjectives.setdefault(m.start, groups.find(k))
            if m.type == "GPE" and m.source == "ner":
                for t in self.typer.demonyms(doc, doc[m.start:m.end].text, first):
                    adjectives.setdefault(t.i, groups.find(k))
                    demonym_of.setdefault(groups.find(k), t.text)
        taken = {i for m in mentions for i in range(m.start, m.end)}
        for i, state in adjectives.items():
            # "Oskian authorities", "the Oskian government": the state by its government
            if i + 1 < len(doc) and tok[i + 1].lower_ in self.government_nouns and i not in taken and \
                    not (i + 2 < len(doc) and tok[i + 2].pos_ == "NOUN"):
                start = i - 1 if i > first and tok[i - 1].lower_ == "the" else i
                mentions.append(Candidate(start, i + 2, "GPE", "government", core=(i, i + 1)))
                groups.grow(state)
                taken.update(range(start, i + 2))
        # "the bloc's monitors": an owner named by description, which coreference resolves later
        table = token_table(doc)  # every word is tested: read from the token table
        for i in range(first + 1, len(doc) - 1):
            if table.lower[i] in _DESCRIBED_OWNERS and table.lower[i - 1] == "the" and i not in taken \
                    and table.text[i + 1] in _POSSESSIVE:
                owners[i + 1] = (i - 1, -1 - i)
        by_key: dict[tuple[int | None, tuple[str, ...]], int] = {}
        seats = {m.start: m.end for m in mentions if m.type in {"GPE", "LOC"}}
        for body in self.bodies.find(doc, first, owners, adjectives, seats, states):
            key = (body.owner, body.words)
            possessed = False
            if body.owner < 0:
                owner_name, owner_type = tok[-1 - body.owner].text, ("GPE" if tok[-1 - body.owner].lower_ in
                                                                     {"country", "state", "nation"} else "ORG")
            else:
                # the owner as the phrase names it ("Moscow ... Russia's defence ministry": Russia, not the first
                # mention of its entity), by its name, not the phrase it came in ("the government of Osk": Osk)
                root = groups.find(body.owner)
                written = next((k for k, m in enumerate(mentions) if body.span.start <= m.start and
                                m.end <= body.span.end and m.source not in {"body", "description"}
                                and groups.find(k) == root), body.owner)
                owner_name = _display(doc[mentions[written].core[0]:mentions[written].core[1]])
                owner_type = mentions[body.owner].type
                after = mentions[written].end
                possessed = body.span.start <= after < body.span.end and tok[after].text in _POSSESSIVE
                if possessed:
                    # "Ireland's finance ministry" keeps its possessive: "Ireland finance ministry" is no English
                    owner_name += "’s" if tok[after].text.startswith("’") else "'s"
            adjective, others = demonym_of.get(body.owner), set()
            if adjective is None and body.owner >= 0 and owner_type == "GPE" and (possessed or body.owned_by_of):
                # (the name the text writes before the organ, "the Tellmark army", is the organ's as written)
                adjective, others = self._state_adjective(doc, mentions, groups, body.owner, states)
            name = _spelt((adjective or owner_name,) + body.words)
            evidence = [TypeEvidence("ORG", 3.0, body.span, "organ of a state or group")]
            category = "state_organ" if owner_type == "GPE" else "organ"
            mentions.append(Candidate(body.span.start, body.span.end, "ORG", "body", evidence=evidence,
                                      name_hint=name, category=category,
                                      other_names=tuple(_spelt((o,) + body.words) for o in sorted(others))))
            groups.grow_keyed(by_key, key)
            self._apposed_body_name(mentions, groups, body.span)
            taken.update(range(body.span.start, body.span.end))
            for other in mentions[:-1]:
                # "defence ministry" tagged inside "Osk's defence ministry": the organ's words, not a name
                # the same words read as a name of its own ("The Osk defence ministry" opening a sentence) are the
                # organ too: one party, one entity
                same = (other.start, other.end) == (body.span.start, body.span.end) and other.entry is None
                # "the monitoring mission of the X Council": the owner after "of" keeps its own mention
                owner_after = body.owned_by_of and other.start > body.span.start + len(body.words)
                if other.source not in {"body", "government"} and other.type != "GPE" and not owner_after \
                        and (body.span.start < other.start and other.end <= body.span.end or same):
                    other.type = "NONE"
        self._join_narrowed_organs(by_key, groups)
        self._join_armed_forces(doc, mentions, by_key, groups)
        self._the_state_s_unique_organs(doc, mentions, groups, first, states, by_key, taken)
        known = [words for _, words in by_key]
        places = {m.start: m.end for m in mentions if m.type in {"GPE", "LOC"}}
        # "According to the coast guard" after "the coast guard of Ostria": the tagger's name over lower-case words
        # (no capital, no listed entry) is no name of its own, and the description may name the organ again
        common = {(m.start, m.end): m for m in mentions if m.source == "ner" and m.entry is None and m.type == "ORG"
                  and not any(ch.isupper() for ch in doc[m.start:m.end].text)}
        open_to_description = taken - {i for start, end in common for i in range(start, end)}
        for body in self.bodies.descriptions(doc, first, known, open_to_description, places):
            # a bare "the ministry" after a body named with its word ("the Osk Ministry of the Interior said ... The
            # ministry said") names that body again, not an organ the text names only later ("... The Vell foreign
            # ministry said": two ministries); one placed by its seat ("the foreign ministry in Quennic") says which
            # it is by itself (Poesio and Vieira 1998: anaphoric and self-establishing definite descriptions)
            head = body.words[-1]
            named_before = body.seat is None and any(
                m.source in {"ner", "unlabelled"} and m.type == "ORG" and m.end <= body.span.start
                and head in {t.lower_ for t in doc[m.start:m.end]} for m in mentions)
            # (by entity: two organs' words joined as one organ are one fit)
            # a word that stands for a field's service ("the agency" for an intelligence service) gives way to a
            # body the text called by that very word before ("the state news agency Corthpress ... According to the
            # agency, ... Pelgrath's intelligence service")
            called_before = any(m.type in {"ORG", "OUTLET"} and m.end <= body.span.start and m.start > 0 and (
                head in {t.lower_ for t in doc[m.start:m.end]} or doc[m.start - 1].lower_ == head) for m in mentions)
            fits = {groups.find(k) for (_, words), k in by_key.items() if self.bodies.names_again(words, body.words)
                    and not (named_before and mentions[k].start > body.span.start)
                    and not (called_before and words[-len(body.words):] != body.words)}
            if len(fits) != 1:
                continue
            words_end = body.span.start + 1 + len(body.words)  # "the" and the organ's words, without its seat
            tagged = [m for (start, end), m in common.items() if body.span.start <= start and end <= words_end]
            if any(i in taken for i in range(body.span.start, words_end)) and not tagged:
                continue
            for m in tagged:
                m.type = "NONE"  # the tagger's ORG over the description's words: the organ named again
            mentions.append(self._description_of(body, by_key, groups, fits))
            groups.grow(fits.pop())
        for body in self.bodies.bare_services(doc, first, taken):
            # "customs officers" of "Osk's customs agency" too: the service's word before its body noun
            fits = {groups.find(k) for (_, words), k in by_key.items()
                    if words == body.words or len(words) == 2 and words[0] == body.words[0]
                    and words[1] in self.bodies.body_nouns}
            if len(fits) == 1:
                mentions.append(Candidate(body.span.start, body.span.end, "ORG", "description"))
                groups.grow(fits.pop())
        self._the_home_state_s_organs(doc, mentions, groups, first, states, by_key, adjectives, demonym_of)
        self._armed_forces_named_again(doc, mentions, groups, first, by_key)
        self._chamber_committees(doc, mentions, groups, first)
        for k, m in enumerate(mentions):
            # "outside the Justice Ministry ... Marvik's justice ministry": a portfolio's ministry the text names
            # with no owner, as a name, is the one state's ministry of that portfolio it names with its owner
            words = tuple(t.lower_ for t in doc[m.core[0]:m.core[1]] if t.lower_ != "the")
            if m.source != "ner" or m.entry is not None or m.type != "ORG" or len(words) != 2 \
                    or words[0] not in self.bodies.portfolios or words[1] not in self.bodies.offices:
                continue
            fits = {groups.find(j) for (_, organ), j in by_key.items() if organ == words}
            if len(fits) == 1:
                groups.union(k, fits.pop())

    def _the_state_s_unique_organs(self, doc: Doc, mentions: list[Candidate], groups: "_UnionFind", first: int,
                                   states: set[int], by_key: dict, taken: set[int]) -> None:
        """ "the election commission said": an organ only a state has, one to a state (entity_lexicon
        state_organ_compounds), written with "the" and no owner, is the organ of the one state the text shows, as a
        definite description of a unique thing establishes its own referent (Poesio and Vieira 1998). Not where a
        body the text named before may be it ("the Fed ... the central bank"): a named body of no kind that rules it
        out stands before it. A named body whose name holds the organ's words is it, whatever the states shown."""
        state = next(iter(states)) if len(states) == 1 else None
        lower = token_table(doc).lower
        compounds = {tuple(c.split()) for c in self.typer.state_organ_compounds}
        for i in range(first, len(doc) - 2):
            words = (lower[i + 1], lower[i + 2])
            if lower[i] != "the" or words not in compounds or words[-1] in self.typer.person_titles \
                    or any(j in taken for j in range(i, i + 3)) or not doc[i + 2].is_lower \
                    or i + 3 < len(doc) and (lower[i + 3] == "of" or doc[i + 3].pos_ in {"NOUN", "PROPN"}):
                continue  # "the central bank of X" is owned by its "of"; "the election commission chief" a person
            named = self._named_with_organ_words(doc, mentions, words, i)
            if named is not None:
                # "Meloria's Coast Guard Service ... the coast guard": the body whose name holds the organ's words
                mentions.append(Candidate(i, i + 3, "ORG", "description"))
                groups.grow(groups.find(named))
                taken.update(range(i, i + 3))
                continue
            if state is None:
                continue
            if any(m.type == "ORG" and m.end <= i and m.source not in {"body", "description", "government"}
                   and (m.category or _category("ORG", m.evidence, doc[m.core[0]:m.core[1]].text))
                   not in _NOT_A_STATE_S_ORGAN and not _described_as_no_organ(m.evidence, compounds)
                   for m in mentions):
                continue
            key = (state, words)
            adjective, others = self._state_adjective(doc, mentions, groups, state, states)
            owner = next(m for k, m in enumerate(mentions) if groups.find(k) == state)
            name = _spelt((adjective or doc[owner.core[0]:owner.core[1]].text,) + words)
            span = doc[i:i + 3]
            mentions.append(Candidate(i, i + 3, "ORG", "body", name_hint=name, category="state_organ",
                                      evidence=[TypeEvidence("ORG", 3.0, span, "a state's one organ of its kind")],
                                      other_names=tuple(_spelt((o,) + words) for o in sorted(others))))
            groups.grow_keyed(by_key, key)
            taken.update(range(i, i + 3))
            for other in mentions[:-1]:
                if other.source not in {"body", "government"} and other.type != "GPE" \
                        and i <= other.start and other.end <= i + 3:
                    other.type = "NONE"  # the tagger's ORG over the same words: the organ, one entity

    @staticmethod
    def _named_with_organ_words(doc: Doc, mentions: list[Candidate], words: tuple[str, ...], before: int) -> int | None:
        """The one named body before `before` whose name holds a state organ's words in a row ("Coast Guard
        Service" for "the coast guard"): a definite description with the head and modifier of a name before it
        names it again (Poesio and Vieira 1998, direct anaphora), or None."""
        lower = token_table(doc).lower
        found = {k for k, m in enumerate(mentions) if m.type == "ORG" and m.source == "ner" and m.end <= before
                 and any(tuple(lower[j:j + len(words)]) == words for j in range(m.core[0], m.core[1] - len(words) + 1))
                 and doc[m.core[0]:m.core[1]].text.lower() != " ".join(words)}
        return found.pop() if len(found) == 1 else None

    def _home_organ_words(self, doc: Doc, i: int, first: int) -> tuple[int, int, tuple[str, ...]] | None:
        """ "parliament", "riot police", "the presidency", "the interior ministry" at token i (its first word): the
        mention's start and end and the organ's words (a lower-case modifier of the service, "riot", left out of
        them), or None. Not a modifier of a noun after it ("police officer", "the army chief"), not an organ owned
        after it ("the army of X"), not one owned before it ("Osk's parliament", "its army", "Oskian police")."""
        tok = token_list(doc)
        lower = token_table(doc).lower
        definite = lower[i] == "the"
        at = i + 1 if definite else i
        found = None
        for words in self.home_organs["definite" if definite else "bare"]:
            if tuple(lower[at:at + len(words)]) == words:
                found = (at + len(words), words[-1:])
                break
        if found is None and definite and at + 1 < len(doc) and lower[at] in self.bodies.portfolios \
                and lower[at + 1] == "ministry":
            found = (at + 2, (lower[at], "ministry"))
        if found is None:
            return None
        end, words = found
        # lower case but for a capital opening the sentence ("Police arrested ..."); "Parliament" as a name is the
        # tagger's
        if not all(t.is_lower or t.i == i and t.is_sent_start and t.is_title for t in doc[at:end]) \
                or any(t.pos_ not in {"NOUN", "ADJ", "PROPN"} for t in doc[at:end]):
            return None
        if end < len(doc) and (lower[end] == "of" or tok[end].pos_ in {"NOUN", "PROPN"} or tok[end].text == "-"
                               or tok[end].text in _POSSESSIVE and self._chamber_committee(doc, end) is None):
            return None  # "parliament's defence committee" keeps the chamber, a mention of its own
        if not definite and i > first and (tok[i - 1].pos_ in {"DET", "PRON", "ADJ", "PROPN", "NUM"}
                                                      or tok[i - 1].text in _POSSESSIVE or tok[i - 1].text == "-"):
            return None
        return i, end, words

    def _chamber_committee(self, doc: Doc, possessive: int) -> int | None:
        """The end of "'s [field words] committee" after a chamber's words (entity_lexicon chamber_committees), or
        None: lower-case words up to three, then the committee noun, with no noun after it."""
        tok = token_list(doc)
        if possessive >= len(doc) or tok[possessive].text not in _POSSESSIVE:
            return None
        j = possessive + 1
        while j < len(doc) and j - possessive <= 4 and tok[j].is_lower and tok[j].is_alpha:
            if tok[j].lower_ in self.committee_nouns and tok[j].pos_ == "NOUN":
                after = tok[j + 1] if j + 1 < len(doc) else None
                return None if after is not None and after.pos_ in {"NOUN", "PROPN"} else j + 1
            j += 1
        return None

    def _chamber_committees(self, doc: Doc, mentions: list[Candidate], groups: "_UnionFind", first: int) -> None:
        """ "Senator X, who chairs the upper house's security committee": a chamber's committee is a body of its
        own, named by the phrase ("upper house's security committee"), and the chamber inside it a mention of its
        own; the chamber is the home state's where that organ was found, else named by its words alone."""
        lower = token_table(doc).lower
        occupied = {i: k for k, m in enumerate(mentions) if m.type != "NONE" for i in range(m.start, m.end)}
        for i in range(first, len(doc)):
            start = i + 1 if lower[i] == "the" else i
            chamber = next((w for w in self.chambers if tuple(lower[start:start + len(w)]) == w), None)
            if chamber is None or not all(t.is_lower for t in doc[start:start + len(chamber)]) \
                    or i > first and lower[i - 1] == "the" and start == i:
                continue
            end = self._chamber_committee(doc, start + len(chamber))
            if end is None or any(j in occupied for j in range(start + len(chamber), end)):
                continue
            if not any(j in occupied for j in range(i, start + len(chamber))):
                mentions.append(Candidate(i, start + len(chamber), "ORG", "body", name_hint=" ".join(chamber),
                                          category="organ", evidence=[TypeEvidence(
                                              "ORG", 3.0, doc[i:end], "chamber owning a committee")]))
                groups.parent.append(len(groups.parent))
            name = _spelt(tuple(t.text for t in doc[start:end] if t.text not in _POSSESSIVE))
            name = name.replace(" ".join(chamber), " ".join(chamber) + "'s", 1)
            # no organ's category: its part_of needs the chamber's state, which the text does not say here
            mentions.append(Candidate(i, end, "ORG", "body", name_hint=name,
                                      evidence=[TypeEvidence("ORG", 3.0, doc[i:end], "committee of a chamber")]))
            groups.parent.append(len(groups.parent))
            occupied.update({j: len(mentions) - 1 for j in range(i, end)})

    def _the_home_state_s_organs(self, doc: Doc, mentions: list[Candidate], groups: "_UnionFind", first: int,
                                 states: set[int], by_key: dict, adjectives: dict[int, int],
                                 demonym_of: dict[int, str]) -> None:
        """ "Vallin told parliament", "police arrested three men", "the presidency announced": an organ a state has
        one of (entity_lexicon home_organs), named with no owner, is the organ of the state the story is set in, as
        a definite description of a unique thing establishes its own referent (Poesio and Vieira 1998): the one
        state the story places things in ("in Osk", "southern Osk"), and none where it places things in none or
        two. Not where the text has named an organ of those words for another state (the description joins it, or it
        is ambiguous).
        PolNeAR train: 55 texts with bare "police" (17), "parliament" after a verb or preposition (3) or "the army /
        military / presidency" (38), a text-level count by their shapes."""
        # a state the text shows as one, or a place it gives an adjective ("Belcastrian"): a people's land
        states = states | {groups.find(k) for k in adjectives.values()} | {groups.find(k) for k in demonym_of}
        if not states:
            return
        tok = token_list(doc)
        placed = set()
        for k, m in enumerate(mentions):
            if groups.find(k) not in states or m.type != "GPE" or m.source in {"body", "description", "government"}:
                continue
            root = doc[m.start:m.end].root
            if root.dep_ == "pobj" and root.head.lower_ in self.typer.place_prepositions \
                    or m.start > 0 and tok[m.start - 1].lower_ in self.compass_adjectives \
                    or root.dep_ == "poss" and (root.head.lower_ in self.domestic_possessions or (
                        root.head.lower_ in self.compass_parts_of_places)
                        and any(c.dep_ == "amod" and c.lower_ in self.compass_adjectives for c in root.head.children)):
                # "in Osk", "southern Osk", and what only the home state has ("Osk's parliamentary election",
                # "Osk's eastern Vell region", "Osk's southern hills": a part of it told by its compass point, a place;
                # "Osk's northern neighbour" is another state)
                placed.add(groups.find(k))
        state = next(iter(placed)) if len(placed) == 1 else None
        naming: tuple[str, set[str]] | None = None
        occupied = {i for m in mentions if m.type != "NONE" for i in range(m.start, m.end)}
        lower = token_table(doc).lower
        for i in range(first, len(doc)):
            if lower[i] not in self.home_organ_heads or i in occupied:
                continue
            found = self._home_organ_words(doc, i, first)
            if found is None:
                continue
            start, end, words = found
            if any(j in occupied for j in range(start, end)):
                continue
            # "Osk's national police said ... police said": the bare word names again the one organ the text
            # named with its owner and words that end in it, as a definite description does (Poesio and Vieira
            # 1998), wherever the story is set
            named = {groups.find(k) for (holder, organ), k in by_key.items()
                     if organ != words and self.bodies.names_again(organ, words)
                     and (state is None or holder == state)}
            same = {groups.find(k) for (_, organ), k in by_key.items() if organ == words}
            if state is None and len(same) == 1:
                # "Almerra's parliament ... members of parliament": the one organ the text named by these very
                # words and its owner, where the story places things in no one state
                named = same
            elif any(organ == words for _, organ in by_key):
                named = set()
            if len(named) == 1:
                mentions.append(Candidate(start, end, "ORG", "description"))
                groups.grow(named.pop())
                occupied.update(range(start, end))
                continue
            # only the one state the story places things in: the state named last is no safe owner ("Osk's
            # finance minister will present the budget to parliament" after another state's loan to Osk is told)
            if state is None or any(organ == words and holder != state for holder, organ in by_key):
                continue  # an organ of those words the text named for another state: the descriptions' to join
            if naming is None:
                # how the organs are named: the state's adjective, as written or coined, or its name
                adjective, others = self._state_adjective(doc, mentions, groups, state, states)
                written = next((d for k, d in demonym_of.items() if groups.find(k) == state), None)
                owner = next(m for k, m in enumerate(mentions) if groups.find(k) == state and m.type == "GPE")
                naming = (written or adjective or doc[owner.core[0]:owner.core[1]].text, others)
            name = _spelt((naming[0],) + words)
            span = doc[start:end]
            mentions.append(Candidate(start, end, "ORG", "body", name_hint=name, category="state_organ",
                                      evidence=[TypeEvidence("ORG", 3.0, span, "a state's one organ of its kind")],
                                      other_names=tuple(_spelt((o,) + words) for o in sorted(naming[1]))))
            groups.grow_keyed(by_key, (state, words))
            occupied.update(range(start, end))

    def _state_adjective(self, doc: Doc, mentions: list[Candidate], groups: "_UnionFind", owner: int,
                         states: set[int]) -> tuple[str | None, set[str]]:
        """The adjective a state's organ is named by when the text writes none: the gazetteer's for a state it
        lists, else one coined from the name of a state the text shows as one (`state_organ_adjective`); none for a
        place that is no state."""
        root = groups.find(owner)
        own = [m for k, m in enumerate(mentions) if groups.find(k) == root
               and m.source not in {"body", "description", "government", "adjective"}]
        entry = next((m.entry for m in own if m.entry is not None), None)
        if entry is not None:
            return (entry.demonyms[0] if entry.type == "GPE" and entry.demonyms else None), set()
        if root not in states:
            return None, set()
        # one name (a dateline's capitals aside): "the Northern Concord ... the Concord" is no state's name to
        # coin from
        names = {doc[m.core[0]:m.core[1]].text for m in own}
        if len({n.lower() for n in names}) != 1:
            return None, set()
        return state_organ_adjective(next((n for n in names if n.istitle()), ""))

    def _cluster_short_forms(self, doc: Doc, mentions: list[Candidate], groups: "_UnionFind", first: int) -> None:
        """ "the Herald" for "the Valdor Herald", "VLF" for "Valdor Liberation Front": one party, one entity."""
        tok = token_list(doc)
        full: dict[tuple[str, ...], int] = {}
        for k, m in enumerate(mentions):
            words = _name_tokens(doc, m)
            if m.source in {"seat", "capital"}:
                continue  # "the White House" stands for its state: "the House" is the chamber, no short form of it
            if m.type != "PERSON" and len(words) > 1 and all(w[:1].isupper() or not w.isalpha() or w == "of"
                                                               for w in words) and words[-1] != "of":
                full.setdefault(words, k)
        if not full:
            return

        def before_of(name: tuple[str, ...]) -> tuple[str, ...]:
            # "the Bank" for "the Bank of England": a name run on with an "of" phrase is shortened to what precedes it
            return name[:name.index("of")] if "of" in name[1:-1] else ()

        # each full name's part before "of" and its initials, worked out once, not again for every mention asked
        shapes = [(name, k, before_of(name), "".join(w[0] for w in name if w[:1].isupper()))
                  for name, k in full.items()]

        # "Estvald Rail ... the Estvald Cyber Defence Agency ... Estvald": a word that opens the names of two bodies
        # is what both are named for (most often their state), no one firm's distinctive short form
        openers: dict[str, set[int]] = {}
        for name, k in full.items():
            openers.setdefault(name[0], set()).add(groups.find(k))
        shared = {word for word, ks in openers.items() if len(ks) > 1}
        # "Morvia's national rail operator ... Morvia Rail": the possessor of a firm described by its trade is what
        # the firm is named for, not the firm
        shared |= {(_name_tokens(doc, m) or ("",))[0] for m in mentions if m.end < len(doc)
                   and tok[m.end].text in _POSSESSIVE and _firm_described_after(doc, m.end) is not None}

        def targets(words: tuple[str, ...], etype: str = "ORG", placed: bool = False) -> set[int]:
            # (an "of" name's last words are its place: "England" is no short form of "the Bank of England")
            found = {groups.find(k) for name, k, short, _ in shapes
                     if not short and len(name) > len(words) and name[-len(words):] == words}
            found |= {groups.find(k) for _, k, short, _ in shapes
                      if len(short) >= len(words) and short[-len(words):] == words}
            if not found and len(words) == 1 and etype in {"ORG", "OUTLET"} and not placed \
                    and words[0] not in shared:
                # "Varden" for "Varden Security": a firm by its distinctive first word; but the first word of "the
                # Osk Times" is the place the paper serves
                found = {groups.find(k) for name, k in full.items() if name[0] == words[0]
                         and mentions[k].type in {"ORG", "OUTLET"}
                         and ((_firm_shape(name) and not (mentions[k].type == "OUTLET"
                                                          and name[-1].lower() in self.typer.outlet_heads))
                              or self._news_service_named_for(name))}
            if len(words) == 1 and len(words[0]) > 1 and words[0].isupper():
                found |= {groups.find(k) for _, k, _, initials in shapes if initials == words[0]}
            return found

        for k, m in enumerate(list(mentions)):
            if m.entry is not None or m.type == "PERSON":
                continue
            # "Foreign Minister X of Quillon", "Quillon would reopen its embassy": the words around say a place
            placed = any(e.type == "GPE" and e.weight >= 1.5 for e in m.evidence)
            found = targets(_name_tokens(doc, m), m.type, placed) - {groups.find(k)}
            if not found and self._guessed_place_of_firm(doc, m, mentions):
                # "Brightline Labs said ... Brightline said": the tagger's lone guess of a place, which nothing
                # around any of its occurrences bears out, gives way to the firm the word opens
                found = targets(_name_tokens(doc, m), "ORG") - {groups.find(k)}
                if len(found) == 1:
                    m.type = "ORG"
            if len(found) == 1 and not self._other_state_before(doc, m, mentions, groups, found):
                groups.union(found.pop(), k)
        # a short form the tagger did not see: "the Herald", capitalised, after the definite article
        taken = {i for m in mentions for i in range(m.start, m.end)}
        # where each word occurs, read once: a scan of the whole text for each name cost names x words
        positions: dict[str, list[int]] = {}
        text = token_table(doc).text
        for i in range(len(doc))[first + 1:]:
            positions.setdefault(text[i], []).append(i)
        for name, k in list(full.items()):
            last = name[-1]
            if not last.isalpha() or len(last) < 3 or before_of(name):
                continue
            for i in positions.get(last, ()):
                if i in taken or tok[i - 1].lower_ != "the" or i - 1 in taken:
                    continue
                if i + 1 < len(doc) and _name_part(tok[i + 1]):
                    continue
                if len(targets((last,))) != 1:
                    continue
                mentions.append(Candidate(i - 1, i + 1, mentions[k].type, "short"))
                groups.grow(k)
                taken.update({i - 1, i})
        # "Tarrow said" after "Tarrow Mining": a two-word firm by its distinctive first word, where the tagger saw
        # no name (the journalistic second reference of companies)
        for name, k in list(full.items()):
            head = name[0]
            if not _firm_shape(name) or mentions[k].type != "ORG" or not head.isalpha() or len(head) < 3 \
                    or head in shared \
                    or not head[:1].isupper() or len(targets((head,), "ORG")) != 1 \
                    or head.lower() in self.typer.person_titles | self.typer.org_nouns | self.typer.place_nouns \
                    or head.lower() in positions:
                continue  # a word also written in lower case is a common word, not a distinctive name
            people = {w for m in mentions if m.type == "PERSON" and m.length > 1 for w in _name_tokens(doc, m)}
            if head in people:
                continue
            for i in positions.get(head, ()):
                # the tagger's lone guess of a person for the firm's word ("Quorry said") gives way to the firm
                guessed = next((x for x, m in enumerate(mentions) if m.start == i and m.end == i + 1
                                and m.type == "PERSON" and m.source == "ner" and not m.evidence), None)
                if (i in taken and guessed is None) or i < mentions[k].end or tok[i].pos_ not in {"PROPN", "NOUN"} \
                        or tok[i - 1].lower_ == "the" or tok[i].dep_ == "compound":
                    continue
                if (i + 1 < len(doc) and (_name_part(tok[i + 1]) or tok[i + 1].text == "-")) or _name_part(tok[i - 1]):
                    continue
                if guessed is not None:
                    mentions[guessed].type = "ORG"
                    groups.union(k, guessed)
                    continue
                mentions.append(Candidate(i, i + 1, "ORG", "short"))
                groups.grow(k)
                taken.add(i)
        self._firms_without_their_word(doc, mentions, groups, full)
        self._states_without_their_designator(doc, mentions, groups, full)

    def _states_without_their_designator(self, doc: Doc, mentions: list[Candidate], groups: "_UnionFind",
                                         full: dict[tuple[str, ...], int]) -> None:
        """ "the Tesslin Republic ... Tesslin said": a state's formal name, its short name with a designator
        (entity_lexicon state_designators: "X Republic", "Republic of X", "Kingdom of X"), names the state the bare
        name names, whatever the tagger guessed for the bare name alone (a person). Not a people's adjective before
        the designator ("the Dominican Republic" is no "Dominican"), nor a name a list knows."""
        for name, k in full.items():
            core = None
            if len(name) == 2 and name[1].lower() in self.state_designators:
                core = name[0]
            elif len(name) == 3 and name[0].lower() in self.state_designators and name[1] == "of":
                core = name[2]
            if core is None or not core.isalpha() or not core.istitle() or len(core) < 3 \
                    or core.lower().endswith(_STATE_ADJECTIVE_ENDINGS + ("ic",)) or mentions[k].type not in {"GPE", "ORG"}:
                continue
            for j, m in enumerate(mentions):
                if _name_tokens(doc, m) != (core,) or m.entry is not None or groups.find(j) == groups.find(k) \
                        or m.type == "PERSON" and any(e.type == "PERSON" for e in m.evidence):
                    continue
                m.type = "GPE"
                groups.union(k, j)

    @staticmethod
    def _firms_without_their_word(doc: Doc, mentions: list[Candidate], groups: "_UnionFind",
                                  full: dict[tuple[str, ...], int]) -> None:
        """ "Dorwin Hale ... Dorwin Hale Bank said": a name of two words or more only the tagger took for a person's,
        which the story also writes with a company's word after it, is that company named without its word, as firms
        are in second reference. Not where a person in the story bears its last word ("John Podesta ... Podesta
        Group"), nor for a foundation, which is named for a person. PolNeAR train: 1 name of two words also written with a company's
        word after it, the firm (Pershing Square, Pershing Square Capital); 3 written before "Foundation", all
        people (Chelsea Clinton, Eric Trump, Trayvon Martin)."""
        for name, k in full.items():
            # (a one-word short form is the first-word rule's: "Tarrow said" after "Tarrow Mining")
            if mentions[k].type != "ORG" or len(name) < 3 or _org_category_of(name[-1].lower()) != "company":
                continue
            short = name[:-1]
            same = [x for x, m in enumerate(mentions) if _name_tokens(doc, m) == short]
            if not same or any(mentions[x].type != "PERSON" or mentions[x].source != "ner" or mentions[x].evidence
                               for x in same):
                continue
            if any(m.type == "PERSON" and _name_tokens(doc, m) != short and short[-1] in _name_tokens(doc, m)
                   for m in mentions):
                continue
            words = doc[mentions[k].core[0]:mentions[k].core[1]]
            for x in same:
                mentions[x].type = "ORG"
                mentions[x].evidence = [TypeEvidence("ORG", 3.0, words, "name of a firm without its company word")]
                groups.union(k, x)

    def _possessed_firms(self, doc: Doc, mentions: list[Candidate], groups: "_UnionFind") -> None:
        """ "Estvald's national rail operator ... Estvald Rail": a firm described by the name it is named for, in the
        possessive, and its trade ("<X>'s [modifiers] <trade> <firm noun>") is the one firm of the text named "<X>
        <Trade>", wherever in the text that name stands (the description often comes first, in a lead). The owner
        keeps its own mention: the state is one party, its firm another."""
        tok = token_list(doc)
        firms: dict[tuple[str, ...], int] = {}
        for k, m in enumerate(mentions):
            words = _name_tokens(doc, m)
            if m.type == "ORG" and 2 <= len(words) <= 3 and _org_category_of(words[-1].lower()) in {"company",
                                                                                                  "airline"}:
                firms.setdefault(words, k)
        if not firms:
            return
        taken = {(m.start, m.end) for m in mentions}
        for k, owner in enumerate(list(mentions)):
            at = owner.end
            if owner.type == "NONE" or at >= len(doc) or tok[at].text not in _POSSESSIVE:
                continue
            words = _name_tokens(doc, owner)
            run = _firm_described_after(doc, at)
            if run is None:
                continue
            j, said = run
            # the firm's words past the owner's are all said in lower case: "rail" of "Estvald Rail"
            fits = {groups.find(f) for name, f in firms.items() if len(name) > len(words)
                    and name[:len(words)] == words and all(w.lower() in said for w in name[len(words):])}
            if len(fits) != 1 or (owner.start, j + 1) in taken:
                continue
            mentions.append(Candidate(owner.start, j + 1, "ORG", "description"))
            groups.grow(fits.pop())
            taken.add((owner.start, j + 1))

    def _guessed_place_of_firm(self, doc: Doc, m: Candidate, mentions: list[Candidate]) -> bool:
        """Whether a one-word tagger's place is the first word of a firm's name in the text ("Brightline" of
        "Brightline Labs", a trade word ending it or a class noun before it) with no word around any of its
        occurrences saying it is a place."""
        if m.type != "GPE" or m.length != 1 or m.source != "ner" or m.entry is not None:
            return False
        word = doc[m.start].text
        same = [o for o in mentions if o.length == 1 and doc[o.start].text == word]
        if any(e.type != "ORG" for o in same for e in o.evidence) or self.typer.demonyms(doc, word):
            return False  # "Estvald Rail ... Estvaldian officials ... Estvald": the state the railway is named for
        return any(o.length in {2, 3} and doc[o.start].text == word and o.type == "ORG"
                   and (_org_category_of(doc[o.end - 1].lower_) == "company" or self._called_a_firm(o))
                   for o in mentions)

    @staticmethod
    def _called_a_firm(mention: Candidate) -> bool:
        """Whether the text calls a name a firm by a class noun before it ("the satellite imagery firm Skarden
        Geospatial"), as a trade word ending it would (PolNeAR train, weak: 2 firms so introduced and then named by
        their first word, "company Janney Montgomery", "firm Democracy Corps")."""
        return any(e.rule == "class noun before the name" and _org_category_of(e.span[0].lower_) == "company"
                   for e in mention.evidence)

    def _other_state_before(self, doc: Doc, m: Candidate, mentions: list[Candidate], groups: "_UnionFind",
                            found: set[int]) -> bool:
        """Whether a place's name or adjective the tagger split off stands before a short form and is none of the
        full name's words: "the US Senate" is not "the Philippine Senate". PolNeAR train: a state or place before
        'Senate' 28 times ('US/U.S./United States Senate' 25, 'Missouri/Wisconsin Senate' 3)."""
        if m.start == 0:
            return False
        before = doc[m.start - 1]
        word = before.lower_
        if not before.text[:1].isupper() or not (word in self.place_words or word in self.gazetteer.state_of_demonym
                                                 or before.ent_type_ == "GPE"):
            return False
        full_words = {w.lower() for x, other in enumerate(mentions) if groups.find(x) in found
                      for w in _name_tokens(doc, other)}
        return word not in full_words

    def _news_service_named_for(self, name: tuple[str, ...]) -> bool:
        """Whether a news service's name is its distinctive first word and what service it is ("Fox News",
        "Kyodo News Agency"): that word alone is its short form ("told Fox"), unless the word is a place the service
        serves ("Osk News") or itself a news word ("Daily News")."""
        typer = self.typer
        if len(name) == 2:
            service = name[1] in typer.outlet_compound_qualifiers
        else:
            service = len(name) == 3 and name[1] in typer.outlet_compound_qualifiers \
                and name[2] in typer.outlet_compound_heads
        return service and name[0].lower() not in typer.known_places and name[0] not in typer.outlet_heads \
            and name[0] not in typer.outlet_compound_qualifiers

    def _add_surnames(self, doc: Doc, mentions: list[Candidate], groups: "_UnionFind") -> None:
        """ "Teller said": a full name's last word, where the tagger saw no name, is the person again."""
        tok = token_list(doc)
        first = min((m.start for m in mentions), default=0)
        taken = {i for m in mentions for i in range(m.start, m.end)}
        surnames: dict[str, list[int]] = {}
        for k, m in enumerate(mentions):
            words = [t for t in doc[m.core[0]:m.core[1]] if t.text not in _POSSESSIVE]
            if m.type == "PERSON" and len(words) > 1 and words[-1].is_title and len(words[-1].text) > 2:
                surnames.setdefault(words[-1].text, []).append(k)
        text = token_table(doc).text
        for i in range(len(doc))[first:]:
            ks = surnames.get(text[i])  # the words as read once: most are no surname
            if not ks or i in taken:
                continue
            token = tok[i]
            if (token.i > 0 and _name_part(tok[token.i - 1]) and tok[token.i - 1].lower_ not in self.honorifics) or \
                    (token.i + 1 < len(doc) and (_name_part(tok[token.i + 1]) or tok[token.i + 1].text == "-")):
                continue  # part of another name ("Mr Teller" is no other), or glued into a compound ("Teller-linked")
            before = [k for k in ks if mentions[k].start < token.i]
            mentions.append(Candidate(token.i, token.i + 1, "PERSON", "ner"))
            groups.grow(max(before, key=lambda k: mentions[k].start) if before else ks[0])
            taken.add(token.i)

    def _cluster_people(self, doc: Doc, mentions: list[Candidate], groups: "_UnionFind") -> None:
        """ "Assad" joins "Bashar al-Assad": a shortened name to the nearest earlier (else any) full name."""
        self._add_surnames(doc, mentions, groups)
        people = [k for k, m in enumerate(mentions) if m.type == "PERSON"]
        full = {k: _name_words(doc[mentions[k].start:mentions[k].end].text, self.particles) for k in people}
        # "Assad" of "Bashar al-Assad": every shorter final part of each full name, to its people in order, so that
        # the full names a mention's words shorten are one lookup instead of a comparison with every person
        ending: dict[tuple[str, ...], list[int]] = {}
        for p in people:
            for n in range(1, len(full[p])):
                ending.setdefault(full[p][-n:], []).append(p)
        tok = token_list(doc)
        # "Emmerich Krovitz ... 'Emmerich has never taken a coin'": a given name alone, in a quote or a familiar
        # account, is the one person the text gave it to, when it is no one's surname (PolNeAR train: 'Hillary' 101
        # and 'Bernie' 73 times after 'Hillary Clinton', 'Bernie Sanders'; golds: 1 of 1, talvenna's)
        given: dict[tuple[str, ...], set[int]] = {}
        for j, other in enumerate(mentions):
            # every longer name the word opens, a person's or not ("Emmerich Dallo" typed a body is a name too)
            if other.length > 1 and other.type != "NONE" and tok[other.start].is_title:
                given.setdefault((tok[other.start].lower_,), set()).add(j)
        for k, m in enumerate(mentions):
            if m.entry is not None or (m.type != "PERSON" and m.length > 1):
                continue
            words = _name_words(doc[m.start:m.end].text, self.particles)
            matches = [p for p in ending.get(words, ()) if p != k]
            if not matches and len(words) == 1 and m.length == 1 and not (
                    m.start > 0 and tok[m.start - 1].lower_ in self.typer.place_prepositions):
                holders = {p for p in given.get(words, ()) if mentions[p].start < m.start}
                if len({groups.find(p) for p in holders}) == 1 and all(mentions[p].type == "PERSON" for p in holders):
                    matches = sorted(holders)
            if m.type != "PERSON" and not matches:
                continue
            if matches:
                before = [p for p in matches if mentions[p].start < m.start]
                target = max(before, key=lambda p: mentions[p].start) if before else matches[0]
                groups.union(target, k)
                m.type = "PERSON"
        by_name: dict[tuple[str, ...], int] = {}
        for k in people:
            if full[k] in by_name:
                groups.union(by_name[full[k]], k)
            by_name.setdefault(full[k], k)
        # "Taoiseach Simon Harris ... the Taoiseach said": the role alone is the one person the text gave it to
        titled: dict[str, set[int]] = {}
        for k in people:
            m = mentions[k]
            if m.length > 1 and m.start > 0 and tok[m.start - 1].is_title:
                titled.setdefault(tok[m.start - 1].lower_, set()).add(groups.find(k))
        for k in people:
            m = mentions[k]
            if m.length == 1 and m.start > 0 and tok[m.start - 1].lower_ == "the" \
                    and len(holders := titled.get(tok[m.start].lower_, ())) == 1:
                groups.union(next(iter(holders)), k)

    def _learn_aliases(self, doc: Doc, mentions: list[Candidate], groups: "_UnionFind",
                       first: int) -> dict[int, set[str]]:
        """Merge what the text itself says are two names of one thing; returns alias names by mention index."""
        ending = {m.end - 1: k for k, m in enumerate(mentions)}
        learned: dict[int, set[str]] = {}

        def mention_ending_at(i: int) -> Span | None:
            k = ending.get(i)
            return None if k is None else doc[mentions[k].start:mentions[k].end]

        covering: dict[int, int] = {}
        for k, m in enumerate(mentions):
            for i in range(m.start, m.end):
                covering.setdefault(i, k)

        def mention_covering(i: int) -> Span | None:
            k = covering.get(i)
            return None if k is None else doc[mentions[k].start:mentions[k].end]

        def described_before(noun) -> Span | None:
            """The name last introduced with this noun as its kind ("X, a hacking group" for "the group")."""
            for m in sorted(mentions, key=lambda m: -m.start):
                if m.end <= noun.i and any(e.rule in _DESCRIBING_RULES and any(
                        t.lemma_.lower() == noun.lemma_.lower() for t in e.span) for e in m.evidence):
                    return doc[m.start:m.end]
            return None

        statements = find_alias_statements(doc, self.cues, first, mention_ending_at) + \
            find_naming_clauses(doc, first, self.naming_verbs, self.naming_as_verbs, mention_covering,
                                described_before)
        for statement in statements:
            named_k = ending.get(statement.named.end - 1)
            alias_ks = [k for k, m in enumerate(mentions)
                        if m.start < statement.alias.end and statement.alias.start < m.end]
            if named_k is None:
                named_k = self._renamed_description(doc, mentions, groups, statement, alias_ks, first)
                if named_k is None:
                    continue
            if mentions[named_k].type == "PERSON" and statement.evidence[-1].text == ")":
                continue  # "Mike Pence (R-IN)": brackets after a person give a party or place, not a name
            if mentions[named_k].type == "PERSON" and statement.kind == "apposed acronym":
                continue  # "Jane Roe, the CFO,": an acronym apposed to a person is a role
            if alias_ks:
                a = alias_ks[0]
                if statement.alias.text.isupper() and mentions[named_k].entry is None \
                        and mentions[a].entry is not None and statement.evidence[-1].text == ")":
                    # "the Armed Forces of the Philippines (AFP)": the text defines its acronym, over the listed
                    # bearer of those letters (a news agency), here and wherever the acronym recurs after
                    listed = mentions[a].entry
                    for x, m in enumerate(mentions):
                        if m.start >= statement.alias.start and m.entry is listed \
                                and doc[m.core[0]:m.core[1]].text == statement.alias.text:
                            m.entry, m.type, m.source = None, mentions[named_k].type, "alias"
                            groups.union(named_k, x)
                self._retype_guessed_alias(doc, mentions, mentions[named_k], mentions[a], statement)
                entries = {mentions[x].entry.name for x in (a, named_k) if mentions[x].entry is not None}
                if len(entries) <= 1 and _compatible_types(mentions[a].type, mentions[named_k].type):
                    groups.union(named_k, a)
            else:
                named = mentions[named_k]
                mentions.append(Candidate(statement.alias_np.start, statement.alias_np.end, named.type, "alias"))
                groups.grow(named_k)
            learned.setdefault(named_k, set()).add(statement.alias.text)
            self._add_alias_reuses(doc, mentions, groups, named_k, statement.alias, statement.evidence.end)
        return learned

    def _renamed_description(self, doc: Doc, mentions: list[Candidate], groups: "_UnionFind", statement,
                             alias_ks: list[int], first: int) -> int | None:
        """ "The group, known to researchers as X", "The group, which calls itself X": a definite collective
        description given a name at once is a mention of that name; so is the bare plural of people it sums up
        just before ("Hackers working for Y carried out the attack ... The group, known as X"). Returns the
        description's mention, joined to the name's."""
        named = statement.named
        root = named.root
        if not alias_ks or root.pos_ != "NOUN" or root.lemma_.lower() not in self.collectives \
                or named[0].lower_ != "the" or named.start < first:
            return None
        alias = mentions[alias_ks[0]]
        if alias.type not in {"ORG", "PERSON"}:
            return None
        same = next((k for k, m in enumerate(mentions) if (m.start, m.end) == (named.start, named.end)), None)
        if same is not None:
            return same  # renamed twice ("The group, known as X, which calls itself X")
        evidence = TypeEvidence("ORG", 3.0, statement.evidence, "the thing a naming clause names")
        described = Candidate(named.start, named.end, "ORG", "description", evidence=[evidence])
        self._retype_guessed_alias(doc, mentions, described, alias, statement)
        if mentions[alias_ks[0]].type != "ORG":
            return None
        mentions.append(described)
        groups.grow(alias_ks[0])
        members = self._group_members_before(doc, mentions, named.start, first)
        if members is not None:
            mentions.append(Candidate(members.start, members.end, "ORG", "description", evidence=[TypeEvidence(
                "ORG", 2.0, doc[members.start:named.end], "the people a named group sums up")]))
            groups.grow(alias_ks[0])
        return len(mentions) - 1 if members is None else len(mentions) - 2

    def _group_members_before(self, doc: Doc, mentions: list[Candidate], before: int, first: int) -> Span | None:
        """The bare plural of people ("Hackers working for Y", "Gunmen loyal to Z") that did something in this
        sentence or the one before, unnamed: the group a following "the group" sums up; failing those, the one such
        plural of the story's lead sentence, which introduces the story's actors (AP Stylebook, "lead"), when no
        sentence between has another."""
        tok = token_list(doc)
        sentence = tok[before].sent
        start = tok[sentence.start - 1].sent.start if sentence.start > first else sentence.start
        found = self._bare_members_in(doc, mentions, max(start, first), before)
        if found is None and start > first:
            found = self._bare_members_in(doc, mentions, first, start)
            lead_end = tok[first].sent.end
            if found is not None and (found.end > lead_end
                                      or self._bare_members_in(doc, mentions, lead_end, start) is not None):
                found = None
        return found

    def _bare_members_in(self, doc: Doc, mentions: list[Candidate], start: int, end: int) -> Span | None:
        """The last bare plural of people that is a subject between tokens start and end, with its lower-case
        modifiers, or None."""
        tok = token_list(doc)
        covered = {i for m in mentions for i in range(m.start, m.end)}
        found = None
        for token in doc[start:end]:
            if token.tag_ != "NNS" or token.lemma_.lower() not in self.group_members and \
                    token.lower_ not in self.group_members:
                continue
            if token.i in covered or token.dep_ not in {"nsubj", "nsubjpass"} or any(
                    c.dep_ in {"det", "poss"} for c in token.children):
                continue
            left = token.i
            while left - 1 >= start and tok[left - 1].head.i == token.i and tok[left - 1].dep_ in \
                    {"amod", "compound"} and tok[left - 1].is_lower and left - 1 not in covered:
                left -= 1
            found = doc[left:token.i + 1]
        return found

    @staticmethod
    def _retype_guessed_alias(doc: Doc, mentions: list[Candidate], named: Candidate, alias: Candidate,
                              statement) -> None:
        """ "Unit 52, also known as Grey Heron": a second name the tagger alone guessed a person is of the kind of
        the thing it renames, and so is every bare repetition of it."""
        # a person's second name is taken on only where a renaming phrase says so ("X, formerly known as Y"); a
        # bracket or an "or" after a person may give a party or a place
        renamed = any(t.lower_ in _RENAMING_WORDS for t in statement.evidence)
        if _compatible_types(named.type, alias.type) or named.type == "PERSON" and not renamed \
                or named.source == "ner" and not named.evidence and named.type != "PERSON" \
                or alias.source != "ner" or alias.evidence:
            return
        text = doc[alias.start:alias.end].text
        for m in mentions:
            if m.source == "ner" and not m.evidence and m.type == alias.type and doc[m.start:m.end].text == text:
                m.type = named.type
                m.ner_label = None
                m.evidence = [TypeEvidence(named.type, 3.0, statement.evidence, "second name of a typed thing")]

    @staticmethod
    def _add_alias_reuses(doc: Doc, mentions: list[Candidate], groups: "_UnionFind", named_k: int,
                          alias: Span, after: int) -> None:
        """A name the text has just introduced ("the Ansar Brigade (AB)") names the same thing when it recurs."""
        words = [t.text for t in alias]
        if not any(ch.isupper() for ch in alias.text) or len(alias.text) < 2:
            return  # only names and abbreviations, never common words
        taken = {i for m in mentions for i in range(m.start, m.end)}
        text = token_table(doc).text  # every position is tried: its words compared as strings, no Span built
        for i in range(after, len(doc) - len(words) + 1):
            if text[i:i + len(words)] != words or taken & set(range(i, i + len(words))):
                continue
            mentions.append(Candidate(i, i + len(words), mentions[named_k].type, "alias"))
            groups.grow(named_k)

    def _add_descriptions(self, doc: Doc, mentions: list[Candidate], groups: "_UnionFind", first: int) -> None:
        """ "a Russian-made missile defense system" joins the one equipment item of the story it can describe."""
        equipment: dict[int, GazetteerEntry] = {}
        for k, m in enumerate(mentions):
            if m.type == "EQUIPMENT" and m.entry is not None:
                equipment.setdefault(groups.find(k), m.entry)
        if not equipment:
            return
        covered = {i for m in mentions for i in range(m.start, m.end)}
        for token in doc[first:]:
            if token.pos_ != "NOUN" or token.lower_ not in self.all_class_heads or token.i in covered:
                continue
            phrase = _determined_phrase(doc, token)
            if phrase is None or any(i in covered for i in range(phrase.start, phrase.end)):
                continue
            words = _joined_words(phrase[1:-1])
            fits = [root for root, entry in equipment.items() if self._describes(words, token.lower_, entry)]
            if len(fits) == 1:
                mentions.append(Candidate(phrase.start, phrase.end, "EQUIPMENT", "description"))
                groups.grow(fits[0])
                covered.update(range(phrase.start, phrase.end))

    def _describes(self, words: list[str], head: str, entry: GazetteerEntry) -> bool:
        cls = self.classes.get(entry.category or "", {})
        if head not in cls.get("heads", ()):
            return False
        descriptors = set(cls.get("descriptors", ())) | set(cls.get("heads", ()))
        makers = self.gazetteer.maker_adjectives(entry)
        restricting = False
        for word in words:
            base, _, suffix = word.rpartition("-")
            if word in descriptors:
                restricting = True
            elif word in makers or (base in makers and suffix in self.maker_suffixes):
                restricting = True
            elif word not in self.generic_modifiers:
                return False
        return restricting

    def _build(self, doc: Doc, mentions: list[Candidate], groups: "_UnionFind",
               learned: dict[int, set[str]]) -> list[EntityCluster]:
        members: dict[int, list[int]] = {}
        for k in range(len(mentions)):
            if mentions[k].type != "NONE":
                members.setdefault(groups.find(k), []).append(k)
        clusters = []
        for ks in sorted(members.values(), key=lambda ks: min(mentions[k].start for k in ks)):
            ks.sort(key=lambda k: mentions[k].start)
            entry = next((mentions[k].entry for k in ks if mentions[k].entry is not None), None)
            spans = [doc[mentions[k].start:mentions[k].end] for k in ks]
            names = [_display(doc[mentions[k].core[0]:mentions[k].core[1]]) for k in ks
                     if mentions[k].source not in {"description", "alias", "body", "government"}]
            # "Moody's analysts ... a spokesman for Moody's": a name the text shows ending in its own "'s" is written
            # so where it owns something as well
            owned = {_POSSESSIVE_END.sub("", n): n for n in names if _POSSESSIVE_END.search(n)}
            names = [owned.get(n, n) for n in names]
            # "ANNA KOWALSKA WINS" over "Anna Kowalska won": a name is written as the text writes it in running case
            running = {n.lower() for n in names if not n.isupper()}
            names = [n for n in names if not (n.isupper() and n.lower() in running)] or names
            types = Counter(mentions[k].type for k in ks if mentions[k].source != "alias")
            etype = entry.type if entry else ("PERSON" if "PERSON" in types else
                                              (types.most_common(1)[0][0] if types else mentions[ks[0]].type))
            support: list[TypeEvidence] = []
            if entry is None:
                etype, support = self._cluster_type(doc, [mentions[k] for k in ks], etype)
            aliases = {a for k in ks for a in learned.get(k, ())} | {n for k in ks for n in mentions[k].other_names}
            hint = next((mentions[k].name_hint for k in ks if mentions[k].name_hint), None)
            if hint is not None:
                name = hint
                aliases |= set(entry.matchable_names) if entry is not None else set()  # "X, formerly Twitter"
                aliases |= {_display(s) for k, s in zip(ks, spans) if mentions[k].source == "body"}
                aliases |= {_organ_name(s) for k, s in zip(ks, spans) if mentions[k].source == "body"} - {None}
                for written in {name, *aliases}:
                    words = written.split()
                    if len(words) > 2 and words[-1].lower() in self.service_words \
                            and words[-2].lower() in self.organ_fields:
                        # "Osk's military intelligence service": "Oskian military intelligence"
                        aliases.add(" ".join(words[:-1]))
            elif entry is not None:
                name = entry.name
                aliases |= set(entry.matchable_names) | set(entry.context_aliases)
            elif etype == "PERSON":
                name = self._person_name(max((n for n in names), key=len, default=spans[0].text))
            else:
                # "the Republican People's Party, the CHP": an acronym the text gives a name shortens it, even when
                # its letters are not the name's initials in English
                acronyms = {a for a in aliases if a.isupper() and " " not in a}
                name = _full_name([n for n in names if n not in acronyms] or names) if names else _display(spans[0])
                if name.isupper() and len(name) > 4 and any(mentions[k].source == "dateline" for k in ks):
                    aliases.add(name)
                    name = name.title()  # "OSKVILLE" in a dateline is the town of Oskville
            if entry is None and etype != "PERSON":
                # "Brigades" of "Osk Brigades" is a designator many names share: an alias that would join strangers
                # across articles, so only distinctive short forms are kept
                aliases |= {n for n in names if not (len(n.split()) == 1 and len(name.split()) > 1 and
                                                     n.lower() in self.typer.org_heads | self.typer.outlet_heads)}
            aliases = {a for a in aliases if _plain(a) != _plain(name)}
            clusters.append(EntityCluster(
                name=name, type=etype, mentions=spans, aliases=aliases,
                category=entry.category if entry else next((mentions[k].category for k in ks
                                                             if mentions[k].category), _category(etype, support, name)),
                wikidata=entry.wikidata if entry else None,
                provenance=entry.provenance if entry else "spaCy NER",
                type_evidence=[(e.type, e.rule, e.span) for e in support]))
        return clusters

    def _cluster_type(self, doc: Doc, members: list[Candidate], fallback: str) -> tuple[str, list[TypeEvidence]]:
        """A cluster's type by a vote over the evidence around all its mentions, and the evidence that won."""
        evidence = [e for m in members for e in m.evidence]
        names = {_display(doc[m.start:m.end]) for m in members if m.source in {"ner", "unlabelled"}}
        # a person's surname ("Christie" of "Chris Christie") has no place's adjective ("Christian")
        names -= {doc[m.end - 1].text for m in members if m.ner_label == "PERSON" and m.length > 1}
        for name in names:
            evidence += [TypeEvidence("GPE", 3.0, doc[t.i:t.i + 1], "adjective of the name")
                         for t in self.typer.demonyms(doc, name)]
        determined = any(_determined(doc, m) for m in members)
        if determined:
            evidence = [e for e in evidence if e.type != "PERSON"]
        labels = [m.ner_label for m in members if m.ner_label and not (determined and m.ner_label == "PERSON")]
        if any(m.length > 1 and m.ner_label == "PERSON" for m in members):
            # "Ilka Hallam ... Hallam's ministry": the tagger's guess on a lone surname counts less than its reading
            # of the full name
            labels = [m.ner_label for m in members if m.ner_label and (m.length > 1 or m.ner_label == "PERSON")]
        elif all(m.length == 1 for m in members):
            labels = _one_tagger_guess(labels, evidence)
        etype, support = vote(evidence, labels)
        if etype is None or (fallback == "PERSON" and any(m.type == "PERSON" and m.source == "ner" and
                                                          m.length > 1 for m in members) and not support):
            return fallback, []
        unique = []
        for e in support:
            if all((e.span.start, e.span.end, e.rule) != (u.span.start, u.span.end, u.rule) for u in unique):
                unique.append(e)
        return etype, unique

    def _person_name(self, text: str) -> str:
        """ "Bashar Al-Assad" -> "Bashar al-Assad": the Arabic article is lower-case inside a name."""
        words = text.split()
        for i, word in enumerate(words[1:], start=1):
            head, sep, rest = word.partition("-")
            if sep and head.lower() in self.particles and rest[:1].isupper():
                words[i] = head.lower() + "-" + rest
        return " ".join(words)


# ----- helpers --------------------------------------------------------------------------------------------------


def _one_tagger_guess(labels: list[str], evidence: list[TypeEvidence]) -> list[str]:
    """The tagger's labels on a one-word name the text never gives in full, its person's or body's reading counted
    once where the words of the text say it is a place: news names a person in full first and by the surname after
    ("Ilse Varn ... Varn said"), so a lone word tagged a person at every mention ("in Tesk ... Tesk said ... Tesk's")
    is one guess repeated, which a place's word of the text ("in Tesk") outweighs; an unknown town the tagger takes
    for a body at each mention is the same guess repeated. Without such words, or with words for the guess, the
    tagger's guesses are left to vote among themselves."""
    if not any(e.type in {"GPE", "LOC"} for e in evidence):
        return labels
    for guess in ("PERSON", "ORG"):
        if labels.count(guess) > 1 and not any(e.type == guess for e in evidence):
            labels = [label for label in labels if label != guess] + [guess]
    return labels


def _spellings(name: str) -> set[str]:
    """A name as listed, and with its article capitalised or not ("the Times" / "The Times")."""
    variants = {name}
    if name.startswith("the "):
        variants.add("The " + name[4:])
    elif name.startswith("The ") and len(name.split()) > 2:
        variants.add("the " + name[4:])
    return variants


def _join_name_pieces(doc: Doc, candidates: list[Candidate], titles: frozenset[str], opener) -> list[Candidate]:
    """ "the Sable Dawn movement", tagged "Sable" (a product) and "Dawn" (nothing): capitalised pieces side by side
    that the parse makes one phrase (each piece a compound on a word after it) are one name, typed as a whole."""
    tok = token_list(doc)
    found = sorted(candidates, key=lambda c: c.start)
    joined: list[Candidate] = []
    for c in found:
        before = joined[-1] if joined else None
        if before is not None and before.end == c.start and before.entry is None and c.entry is None \
                and before.source in {"ner", "unlabelled"} and c.source in {"ner", "unlabelled"} \
                and all(t.pos_ == "PROPN" and t.is_title for t in doc[before.start:c.end]) \
                and all(t.dep_ == "compound" and t.head.i > t.i for t in doc[before.start:c.start]) \
                and tok[before.end - 1].head.i < c.end and "PERSON" not in {before.ner_label, c.ner_label} \
                and not any(t.lower_ in titles for t in doc[before.start:c.end]) and not opener(tok[before.start]):
            joined[-1] = Candidate(before.start, c.end, "ORG", "unlabelled")
            continue
        joined.append(c)
    return joined


def _resolve_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """One reading per token: a person NER span around a gazetteer name wins ("Richard Wagner"); otherwise the
    gazetteer wins over NER, and longer over shorter."""
    people = [c for c in candidates if c.source == "ner" and c.type == "PERSON"]
    candidates = [c for c in candidates if not (c.source != "ner" and any(
        p.start <= c.start and c.end <= p.end and p.length > c.length for p in people))]
    ranked = sorted(candidates, key=lambda c: (c.source == "ner", -c.length, c.start))
    taken: set[int] = set()
    chosen = []
    for c in ranked:
        if any(i in taken for i in range(c.start, c.end)):
            continue
        taken.update(range(c.start, c.end))
        chosen.append(c)
    return chosen


# small words a title-case headline may leave in lower case ("Trump Leads in Iowa"): Chicago Manual of Style 8.159
# (headline-style capitalization lowercases articles, coordinating conjunctions and short prepositions)
_HEADLINE_SMALL_WORDS = frozenset({"a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by",
                                   "in", "of", "off", "on", "per", "to", "up", "via", "vs", "from", "with", "into"})
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _capitalised_lines(text: str) -> list[tuple[int, int]]:
    """The character ranges of the lines written in title case or in capitals, where capitals mark no names: at
    least three words besides the small ones, each capitalised (or a line of two words or more all in capitals);
    a line of more than 30 words is prose, and one with a handle or an address ("Follow X on Twitter @x") is a
    credit, which names its writer."""
    found = []
    at = 0
    for line in text.split("\n"):
        words = _WORD.findall(line) if "@" not in line and "://" not in line else []
        big = [w for w in words if w.lower() not in _HEADLINE_SMALL_WORDS]
        if 0 < len(words) <= 30 and ((len(big) >= 3 and all(w[0].isupper() for w in big))
                                     or (len(words) >= 2 and line.upper() == line)):
            found.append((at, at + len(line)))
        at += len(line) + 1
    return found


def _range_partner(word):
    """The other end of a "from X to Y" range ("flights from Lorvik to Haldenburg", "from Hawaii to Mississippi"),
    however the parser hangs the "to" (on the verb, on "from", or on X): Y for X and X for Y; else None. PolNeAR
    train: 25 "from <Name> to <Name>" ranges, every one two things of a kind (12 places at both ends, 6 people,
    3 dates, 2 web sites, 2 labels: "from Republican to Democratic", "from "Queen Nancy" to "Bag Lady"")."""
    if word.dep_ != "pobj" or word.head.lower_ not in {"from", "to"}:
        return None
    prep = word.head
    if prep.lower_ == "from":
        tos = [t for t in list(prep.head.children) + list(prep.children) + list(word.children)
               if t.lower_ == "to" and t.dep_ == "prep" and 0 < t.i - word.i <= 6]
        ends = [o for t in tos for o in t.children if o.dep_ == "pobj"]
        return ends[0] if ends else None
    owner = prep.head
    froms = [t for t in ([owner] if owner.lower_ == "from" else []) + list(owner.children)
             + ([owner.head] if owner.dep_ == "pobj" and owner.head.lower_ == "from" else [])
             if t.lower_ == "from" and 0 < word.i - t.i <= 8]
    starts = [o for t in froms for o in t.children if o.dep_ == "pobj" and o.i < prep.i]
    return starts[0] if starts else None


def _spelt(words: tuple[str, ...]) -> str:
    """An organ's name from its words as the text spells them: a hyphen joins the words either side of it
    ("counter-intelligence service", not "counter - intelligence service")."""
    return " ".join(words).replace(" - ", "-")


def _acts(span: Span) -> bool:
    """A place name used for the government seated there: the subject or possessor of something."""
    root = span.root
    if root.dep_ in _AGENT_DEPS:
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.dep_ == "agent"


def _is_modifier(doc: Doc, start: int, end: int) -> bool:
    """A name that modifies a following noun ("the US assessment") rather than heading its own phrase."""
    tok = token_list(doc)
    last = tok[end - 1]
    if last.dep_ in _MODIFIER_DEPS and last.head.i >= end:
        return True
    if end < len(doc):
        following = tok[end]
        return following.pos_ == "NOUN" and last.dep_ not in _ARGUMENT_DEPS
    return False


def _in_hyphenated(token) -> bool:
    doc = token.doc
    tok = token_list(doc)
    return (token.i > 0 and tok[token.i - 1].text == "-") or (token.i + 1 < len(doc) and tok[token.i + 1].text == "-")


def _determined_phrase(doc: Doc, head) -> Span | None:
    """The noun phrase a class noun heads, when it opens with an article and has no clause or phrase after it."""
    tok = token_list(doc)
    left = head.left_edge.i
    if tok[left].lower_ not in {"a", "an", "the"} or left < head.sent.start:
        return None
    if any(child.i > head.i and child.dep_ in {"prep", "relcl", "acl"} and child.lower_ == "of"
           for child in head.children):
        return None
    phrase = doc[left:head.i + 1]
    if any(t.is_punct and t.text not in {"-", "/"} for t in phrase):
        return None
    if len(phrase) < 3:
        return None  # a bare "the system" is left to coreference
    return phrase


def _joined_words(span: Span) -> list[str]:
    """Lower-cased words with hyphenated compounds kept whole ("russian-made", "surface-to-air")."""
    words: list[str] = []
    glue = False
    for token in span:
        if glue and words:
            words[-1] += token.lower_
        else:
            words.append(token.lower_)
        glue = not token.whitespace_
    return words


# a model designation: capitalised letters, a hyphen and a number ("KV-12", "Osk-7B"); Wikipedia: Military
# designation (NATO and manufacturer designations)
_DESIGNATION = re.compile(r"^(?:[A-Z][A-Za-z]{0,10}-)+\d{1,4}[A-Za-z]{0,2}$")
# a model's designation after its maker's name ("Harbin Y-12", "Mikoyan MiG-29"): one to three letters, not a word
_MODEL_AFTER_MAKER = re.compile(r"^[A-Z][A-Za-z]{0,2}-\d{1,4}[A-Za-z]{0,2}$")
# the kinds of named body that are never a state's election commission or central bank: one named before "the
# election commission" leaves it the state's (organizations.csv categories)
_NOT_A_STATE_S_ORGAN = frozenset({"armed_group", "political_party", "company", "platform", "ngo", "think_tank",
                                  "political_organization"})
# descriptions that own organs ("the bloc's monitors", "the country's army"), as in coref_descriptors.yaml
_DESCRIBED_OWNERS = {"bloc", "alliance", "group", "organisation", "organization", "movement", "union", "country",
                     "state", "nation", "militia", "party", "company", "firm"}
# the kind of news organisation a name's last word shows, in outlets.csv's category names
_OUTLET_KINDS = {"agency": "wire_service", "wire": "wire_service", "newswire": "wire_service",
                 "service": "wire_service", "association": "wire_service", "corporation": "broadcaster",
                 "network": "broadcaster", "radio": "broadcaster", "television": "broadcaster", "tv": "broadcaster",
                 "broadcasting": "broadcaster"}
# type evidence whose words give the kind of thing a name is: "X, a hacking group", "the firm X", "the group,
# known as X"
_DESCRIBING_RULES = {"apposition", "class noun before the name", "the thing a naming clause names"}
# "X recalled its ambassador" says through "its" what "X's ambassador" says with the possessive: X is a state
_STATE_RULES = {"possessor of a state's organ or territory", "its state's organ after the name's act",
                "adjective of the name", "name before a word for its government", "name before a state's organ"}
# what only a state has, named before "of X" (ACE 2005 GPE facets: government; a capital is a state's seat)
_STATE_OF_NOUNS = frozenset({"capital", "government", "president", "minister", "ministry", "army", "military",
                             "navy", "parliament", "embassy", "ambassador", "cabinet", "constitution", "premier",
                             "currency", "airspace"})


def _shown_a_state(support: list[TypeEvidence]) -> bool:
    """Whether the text shows a name to be a state's: by a state's rule, or as the owner after "of" of what only a
    state has ("the capital of X", "the government of X", "the foreign ministry of X"; not "the province of X")."""
    return any(e.rule in _STATE_RULES or e.rule == "the state of a government or an organ"
               and e.span[0].lower_ in _STATE_OF_NOUNS for e in support)


def _category(etype: str, support: list[TypeEvidence], name: str = "") -> str | None:
    """The finer kind the evidence shows: a state (it has a government, an adjective), the class of a place, the
    kind of an organisation by its name word or describing noun."""
    if etype == "OUTLET" and name.split():
        # "the Kestrel News Agency" is what "the agency" picks up; "the Osk Broadcasting Corporation" a broadcaster
        return _OUTLET_KINDS.get(name.split()[-1].lower())
    if etype == "ORG":
        if any(e.rule == "item of a list of parties" for e in support):
            return "political_party"
        if any(e.rule == "company named by its shares" for e in support):
            return "company"
        # the describing noun the text gives ("X Front, an opposition party") says more than the name's last word;
        # an apposition's noun stands after the name ("X, a port operator") or before it ("the port operator, X")
        described = [e.span[0].lower_ if e.rule == "class noun before the name" else _describing_noun(e.span)
                     for e in support if e.rule in {"apposition", "class noun before the name"}]
        # "the X rebel group": the kind words after the name, the modifier first
        described += [t.lower_ for e in support if e.rule == "name before a noun for its kind" for t in e.span
                      if t.is_lower]
        # "the Conservative Party of Canada": the name's own word stands before its "of" phrase; after a
        # government's body ("the Osk Ministry of Energy") the "of" phrase says what it is of, not what it is (an
        # energy ministry is no energy company), while "the Federation of Rail Workers" is a union by its last word
        main = name.split(" of ")[0].split() if " of " in name else []
        words = [main[-1].lower()] if main else []
        if not (words and words[0] in _body_nouns()):
            words += [name.split()[-1].lower()] if name.split() else []
        for word, kinds in [(w, _described_categories()) for w in described] + [(w, _org_categories()) for w in words]:
            for category, members in kinds.items():
                if word in members:
                    return category
        return None
    if etype != "GPE":
        return None
    if _shown_a_state(support):
        return "state"
    for e in support:
        if e.rule == "place noun of the name":
            return e.span[0].lower_
        if e.rule == "name before a place noun":
            return e.span[-1].lower_
    return None


@functools.cache
def _body_nouns() -> frozenset[str]:
    return frozenset(lexicon.words("entity_lexicon.yaml", "body_nouns"))


def _firm_described_after(doc: Doc, at: int) -> tuple[int, set[str]] | None:
    """After a possessive at `at`, the run of lower-case words that ends in a firm's noun ("national rail operator",
    "state shipping company"): its last token and its words, or None. A trade word may stand inside the run ("rail"
    before "operator"), so the run is read to its end."""
    tok = token_list(doc)
    j = at + 1
    while j < len(doc) and j - at <= 4 and tok[j].is_lower and tok[j].is_alpha and tok[j].pos_ in {"ADJ", "NOUN"}:
        j += 1
    j -= 1
    if j <= at or tok[j].pos_ != "NOUN" or _org_category_of(tok[j].lower_) not in {"company", "airline"}:
        return None
    return j, {t.lower_ for t in tok[at + 1:j + 1]}


def _firm_shape(name: tuple[str, ...]) -> bool:
    """Whether a name may be shortened to its first word: two words ("Varden Security"), or three ending in a
    company's trade word ("Brisk Maritime Holdings", "Ostrava Freight Logistics")."""
    return len(name) == 2 or (len(name) == 3 and _org_category_of(name[-1].lower()) == "company")


def _org_category_of(word: str) -> str | None:
    """The kind of organisation a name's last word shows ("holdings": a company), or None."""
    return next((category for category, words in _org_categories().items() if word in words), None)


@functools.cache
def _org_categories() -> dict[str, frozenset[str]]:
    data = lexicon.load("entity_lexicon.yaml")["org_categories"]
    return {k: frozenset(v) for k, v in data.items() if k != "provenance"}


@functools.cache
def _described_categories() -> dict[str, frozenset[str]]:
    """The kinds a describing noun gives: a name's word's kinds, and those only a noun the text uses says ("a
    union")."""
    extra = lexicon.load("entity_lexicon.yaml")["described_categories"]
    found = dict(_org_categories())
    for k, v in extra.items():
        if k != "provenance":
            found[k] = found.get(k, frozenset()) | frozenset(v)
    return found


def _described_as_no_organ(evidence: list[TypeEvidence], compounds: set[tuple[str, ...]]) -> bool:
    """Whether the text says what a body is by a noun no state's organ goes by ("the X Network, a monitoring
    group", "the rights group X"): the apposition or class noun names another kind of body, which a state's one
    organ of its kind ("the election commission") cannot be. A body described as a bank or a commission ("X, the
    central bank") may still be that organ."""
    organ_nouns = _body_nouns() | {words[-1] for words in compounds}
    described = [e.span[0].lower_ if e.rule == "class noun before the name" else _describing_noun(e.span)
                 for e in evidence if e.rule in {"apposition", "class noun before the name"}]
    return bool(described) and not any(noun in organ_nouns for noun in described)


def _describing_noun(span: Span) -> str:
    """The common noun of an apposition's words that says what the name is: the last lower-case noun ("the port
    operator, X": operator; "X, a rescue service": service), else the last word."""
    nouns = [t for t in span if t.is_lower and t.pos_ == "NOUN"]
    return (nouns[-1] if nouns else span[-1]).lower_


def bare_roles(doc: Doc) -> set[str]:
    """Capitalised words the text uses alone after "the" ("the Taoiseach said", "the Republican won"): a role or a
    label, not a given name, when they also open a person's name. PolNeAR train: about 6 such openers outside
    the title lexicon ("Republican Marco Rubio" beside "the Republican")."""
    tok = token_list(doc)
    found = set()
    for t in tok[1:]:
        if not t.is_title or t.pos_ not in {"NOUN", "PROPN"} or tok[t.i - 1].lower_ != "the":
            continue
        after = tok[t.i + 1] if t.i + 1 < len(doc) else None
        if after is None or not (after.is_title or after.pos_ == "PROPN" or after.text in _POSSESSIVE):
            found.add(t.lower_)
    return found


def _full_name(names: list[str]) -> str:
    """The name the others shorten ("Osk Coastal Watch" over "Guard", "the Guard"), else the most frequent."""
    counts = Counter(names)
    words = {n: tuple(n.lower().split()) for n in counts}
    for name in sorted(counts, key=lambda n: (-len(words[n]), -counts[n])):
        w = words[name]
        if all(words[o] == w or w[-len(words[o]):] == words[o] or w[:len(words[o])] == words[o] or
               "".join(x[0] for x in w).lower() == "".join(words[o]) for o in counts):
            return name
    return counts.most_common(1)[0][0]


def _organ_name(span: Span) -> str | None:
    """ "the Osk Union's foreign service" -> "Osk Union foreign service": the owner as written, then the organ (not
    the place an organ is kept in: "the Osk Union's mission in Vell" -> "Osk Union mission")."""
    seat = next((t.i for t in span if t.lower_ in {"in", "to"} and t.i > span.start), None)
    if seat is not None:
        span = span.doc[span.start:seat]
    words = [t.text for t in span if t.text not in _POSSESSIVE]
    if len(words) == len(span):
        return None
    if words and words[0].lower() == "the":
        words = words[1:]
    return _spelt(tuple(words))


def _determined(doc: Doc, c: Candidate) -> bool:
    """ "the Valdor Herald": a definite article of the name itself, which a person's name does not take."""
    tok = token_list(doc)
    i = c.start - 1 if c.start > 0 and tok[c.start].lower_ != "the" else c.start
    # a name that opens the text has no word before it: only its own "the" can determine it
    return tok[i].lower_ == "the" and (c.start <= tok[i].head.i < c.end or (i == c.start and c.length > 1))


def _name_tokens(doc: Doc, c: Candidate) -> tuple[str, ...]:
    words = [w for w in token_table(doc).text[c.start:c.end] if w not in _POSSESSIVE]
    if words and words[0].lower() == "the":
        words = words[1:]
    return tuple(words)


def _ship_modifier(token) -> bool:
    """A word before a ship's class noun that describes the ship: a lower-case adjective or a state's adjective
    ("the damaged frigate", "the Velmorian frigate")."""
    if token.is_lower:
        return token.pos_ == "ADJ" or token.tag_ == "VBN" and token.dep_ == "amod"
    return token.is_title and token.is_alpha and token.lower_.endswith(_STATE_ADJECTIVE_ENDINGS)


def _looks_like_adjective(token) -> bool:
    """ "Osklandian troops": a capitalised modifier with an adjective ending, a place's adjective."""
    return token.dep_ in {"amod", "compound"} and token.head.i > token.i and token.head.is_lower and \
        token.lower_.endswith(("an", "ian", "i", "ese", "ish", "ic"))


def _capitalised_name(token) -> bool:
    return token.pos_ == "PROPN" and token.is_title and token.is_alpha


def _name_part(token) -> bool:
    return token.pos_ == "PROPN" and token.is_title and not token.is_sent_start


# compiled once: _plain and _display run on every mention's text several times over
_ARTICLE = re.compile(r"^(the|a|an)\s+", flags=re.IGNORECASE)
_POSSESSIVE_END = re.compile(r"['’]s$")


def _plain(text: str) -> str:
    text = _ARTICLE.sub("", text.strip())
    return _POSSESSIVE_END.sub("", text).lower()


def _display(span: Span) -> str:
    # asked of every mention several times over: its first and last words read from the table, and a Token built
    # only for a closing "'s", the one word _own_possessive looks further at
    doc, start, end = span.doc, span.start, span.end
    table = token_table(doc)
    text = span.text
    if table.lower[start] in {"the", "a", "an"} and end - start > 1 and not table.title[start]:
        text = doc[start + 1:end].text
    if table.text[end - 1] in _POSSESSIVE_FORMS and _own_possessive(doc[end - 1]):
        return text
    return _POSSESSIVE_END.sub("", text)


_NAME_POSSESSIVE_LABELS = {"ORG", "FAC", "PRODUCT", "WORK_OF_ART"}
_POSSESSIVE_FORMS = {"'s", "’s"}


def _own_possessive(token) -> bool:
    """ "Moody's said", "a spokesman for McDonald's": an "'s" the tagger reads into a firm's name, after a name that
    owns nothing (it heads its own noun phrase: the subject, the object of a preposition; or a verb or punctuation
    follows), is part of the name, not a possessive. A person's name is left out: "Trump's is worse" is an
    elided possessive. PolNeAR train: 35 "<Capitalised>'s" before punctuation, about half of them a name ("McDonald's",
    "Macy's", "Christie's", "Bally's"), the rest people's elided possessives and contractions ("He's")."""
    if token.text not in _POSSESSIVE_FORMS or token.i == 0 or token.ent_iob_ != "I" \
            or token.ent_type_ not in _NAME_POSSESSIVE_LABELS:
        return False
    name = token.doc[token.i - 1]
    if name.pos_ != "PROPN" or not name.text[:1].isupper():
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return name.dep_ != "poss" or after is None or after.pos_ in {"VERB", "AUX", "PUNCT", "ADP", "CCONJ"}


def _name_words(text: str, particles: set[str]) -> tuple[str, ...]:
    """Lower-cased name words with an Arabic article dropped, so "Al-Assad" and "Assad" compare equal."""
    out = []
    for word in _POSSESSIVE_END.sub("", text).split():
        head, sep, rest = word.partition("-")
        if sep and head.lower() in particles and rest:
            word = rest
        out.append(word.lower())
    return tuple(out)


# words of a phrase that gives a thing another name ("also known as", "formerly known as", "previously called")
_RENAMING_WORDS = {"known", "called", "formerly", "previously"}


def _compatible_types(a: str, b: str) -> bool:
    return a == b or "PERSON" not in {a, b}


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, k: int) -> int:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def grow(self, joined_to: int) -> None:
        """Add one element, joined to an existing one."""
        self.parent.append(self.find(joined_to))

    def grow_keyed(self, first_of: dict, key) -> None:
        """Add one element, joined to the first one added under its key (one party's mentions), or as that first."""
        if key in first_of:
            self.grow(first_of[key])
        else:
            first_of[key] = len(self.parent)
            self.parent.append(len(self.parent))
