"""Relations between entities stated in the text: who leads, speaks for or serves what, organs and places, aliases."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..gazetteer import load_gazetteer
from .aliases import alias_cues, find_alias_statements, find_naming_clauses
from .annotations import (EntityCluster, RelationRecord, entity_index, register_extensions, set_relations,
                          story_start_token)
from .bodies import offices_named_by_portfolio, qualified_body_nouns
from .component import GAZETTEER, Component, factory
from .entity_context import SEAT_WORDS, ContextTyper, capital_cities, capital_owners
from .events import prep_object
from .layout import dateline_words
from .parties import parties_by_possessive
from .table import token_table
from .tokens import quoted_tokens

_MAX_TITLE_MODIFIERS = 2  # "Hamas political bureau chief": words between the organisation and the title
_POSSESSIVE = {"'s", "’s", "'", "’"}
_CONTROL_VERBS = {"control", "hold", "run", "occupy", "govern", "administer"}
_OWNING_VERBS = {"own", "control"}
_SUBSIDIARY_NOUNS = {"subsidiary", "affiliate", "division", "offshoot"}  # corporate parts (ACE 2005)
_STAKE_VERBS = {"hold", "have", "own", "acquire", "take"}
_STAKES = {"stake", "share", "shares", "interest", "holding", "stakes"}
# the roles one person holds for another as well as for a body ("the president's spokesman", "her lawyer"), where
# member_of and leader_of are a body's only
_PERSONAL_ROLES = {"spokesperson_of", "lawyer_of"}
# verbs of leading a body (VerbNet 3.3 lead; news usage "heads", "commands", "chairs")
_LEADING_VERBS = {"lead", "head", "command", "chair"}


@factory("claimgraph_relations_v1", alias="claimgraph_relations",
         requires=["span._.cg_entity", "doc._.cg_front_matter", "token.dep", "token.lemma"],
         assigns=["doc.spans", "span._.cg_relation"])
def make_relations(nlp: Language, name: str) -> "RelationExtractor":
    return RelationExtractor()


class RelationExtractor(Component):
    """Writes the cg_relations spans group: leader_of from title constructions, alias from renaming statements."""

    DATA = ("titles.yaml", "entity_lexicon.yaml", *GAZETTEER)

    def __init__(self) -> None:
        register_extensions()

    def load(self) -> None:
        titles = lexicon.load("titles.yaml")["leader_titles"]
        self.titles = sorted((tuple(t.lower().split()) for t in titles), key=len, reverse=True)
        self.title_starts = {t[0] for t in self.titles}
        self.gazetteer = load_gazetteer()
        self.cues = alias_cues()
        self.leader_titles = {" ".join(t) for t in self.titles}
        self.state_titles = set(lexicon.load("titles.yaml")["state_leader_titles"]["entries"])
        self.subordinate = set(lexicon.load("titles.yaml")["subordinate_title_modifiers"]["entries"])
        self.tense_words = set(lexicon.load("titles.yaml")["tense_title_modifiers"]["entries"])
        self.opposing = set(lexicon.load("titles.yaml")["opposing_title_modifiers"]["entries"])
        self.sent_roles = set(lexicon.load("titles.yaml")["sent_role_titles"]["entries"])
        roles = lexicon.load("titles.yaml")["role_titles"]
        self.role_of_title = {t: kind for kind in ("spokesperson_of", "lawyer_of", "member_of") for t in roles[kind]}
        words = lexicon.load("entity_lexicon.yaml")
        self.naming_verbs = set(words["naming_verbs"]["entries"])
        self.naming_as_verbs = set(words["naming_as_verbs"]["entries"])
        self.place_nouns = set(words["place_nouns"]["entries"])
        self.body_nouns = set(words["body_nouns"]["entries"])
        # "General Staff": a body noun only after its qualifier, the whole a body's name
        self.qualified_bodies = {(q, noun) for noun, qualifiers in qualified_body_nouns().items() for q in qualifiers}
        self.named_offices = offices_named_by_portfolio()
        self.government_nouns = set(words["government_nouns"]["entries"])
        self.person_titles = set(words["person_titles"]["entries"])
        # "Oskian troops": the adjective says whose people they are, not which body they belong to; "Osk's
        # troops" and "the Oskian army" do name the body
        # the organ's people, not the organ ("Oskian troops", "Oskian customs officers"): no part_of of their own
        self.personnel = set(words["armed_force_nouns"]["entries"]) - {"army", "military", "navy"} \
            | set(words["adjective_services"]["officers"])
        self.unit_heads = {w.lower() for w in words["org_name_heads"]["entries"]} | self.body_nouns
        self.vehicle_nouns = set(words["vehicle_nouns"]["entries"])
        self.membership_bodies = set(words["membership_body_nouns"]["entries"])
        self.neighbour_words = frozenset(words["neighbour_words"]["entries"])

    def __call__(self, doc: Doc) -> Doc:
        clusters: list[EntityCluster] = doc._.cg_entities or []
        relations: list[RelationRecord] = []
        if clusters:
            mentions = _mentions_by_start(clusters)
            index = _innermost(clusters)
            adjectives = {t.i: k for k, c in enumerate(clusters) if c.category == "state"
                          for t in ContextTyper.demonyms(doc, c.name, story_start_token(doc))}
            state = self._seated_at_dateline(doc, clusters, index)
            if state is None:
                state = _story_state(doc, clusters, adjectives, self.neighbour_words)  # the leaders' and the roles' readings share it
            relations += self._leaders(doc, clusters, mentions, adjectives, state)
            relations += self._aliases(doc, clusters, mentions)
            relations += self._naming(doc, clusters, index)
            relations += self._organs(doc, clusters, index, adjectives)
            relations += self._units(doc, clusters, index)
            relations += self._places(doc, clusters, index, adjectives)
            relations += self._bodies_placed(doc, clusters, index)
            relations += self._capitals(doc, clusters, index, adjectives)
            relations += self._roles(doc, clusters, index, adjectives, state)
            relations += self._owned_bodies(doc, clusters, index)
            relations += self._workers_for(doc, clusters, index)
            relations += self._members(doc, clusters, index)
            relations += self._described_workers(doc, clusters, index)
            relations += self._seats(doc, clusters, index)
            relations += self._controls(doc, clusters, index)
            relations += self._controlled_by(doc, clusters, index)
            relations += self._subsidiaries(doc, clusters, index)
        seen: set[tuple[str, str, str]] = set()
        kept = []
        for r in relations:
            if (r.type, r.subject, r.object) not in seen:
                seen.add((r.type, r.subject, r.object))
                kept.append(r)
        self.set_annotations(doc, kept)
        return doc

    def set_annotations(self, doc: Doc, relations: list[RelationRecord]) -> None:
        set_relations(doc, relations)

    def _seated_at_dateline(self, doc: Doc, clusters, index) -> int | None:
        """ "MELDRA (Wire) - Hackers working for Vell's military cut power in Osk ... the government in Meldra":
        a wire story is filed from its dateline's city, and the state whose government the text seats in that city
        ("the government in Meldra", the mention coreference gives that state) is the state the story is about,
        whichever state its lead names first (AP Stylebook, "datelines": the city the reporter files from; PolNeAR
        train: 5 "the government / regime in <capital>", none datelined, so the count is weak)."""
        dateline = dateline_words(doc)
        cities = {index.get(i) for i in dateline} - {None}
        if not cities:
            return None
        seated = {k for k, c in enumerate(clusters) if c.category == "state" for m in c.mentions
                  if len(m) == 4 and m[0].lower_ == "the" and m[1].lower_ in self.government_nouns
                  and m[2].lower_ == "in" and index.get(m[3].i) in cities and index.get(m[3].i) != k}
        return seated.pop() if len(seated) == 1 else None

    # ----- leader_of ----------------------------------------------------------------------------------------------

    def _title_at(self, doc: Doc, i: int) -> int | None:
        """End of a leader title starting at token i ("prime minister" -> i + 2)."""
        lower = token_table(doc).lower  # asked of every word of the story: read from the token table
        if i >= len(doc) or lower[i] not in self.title_starts:
            return None
        for title in self.titles:
            if tuple(lower[i:i + len(title)]) == title:
                return i + len(title)
        return None

    def _leaders(self, doc: Doc, clusters, mentions, adjectives, state: int | None) -> list[RelationRecord]:
        found = []
        first = story_start_token(doc)
        table = token_table(doc)  # every word of the story is tested: read from the token table
        lower, title = table.lower, table.title
        title_starts, demonym = self.title_starts, self.gazetteer.state_of_demonym
        for i in range(first, len(doc)):
            # a word that opens no mention, is no demonym or named state's adjective and opens no title starts
            # neither reading (the tests the two readings make first, made here without a call a word)
            mentioned = i in mentions
            if mentioned or i in adjectives or lower[i] in title_starts or title[i] and demonym.get(lower[i]):
                found += self._leader_before_name(doc, i, clusters, mentions, adjectives)
            if mentioned:
                found += self._leader_after_name(doc, i, clusters, mentions)
        found += self._leaders_by_verb(doc, clusters, first)
        led = {r.subject for r in found}
        found += [r for r in self._leaders_of_the_story_state(doc, clusters, mentions, adjectives, first, state)
                  if r.subject not in led]
        found += self._ministers_of_the_story_state(doc, clusters, mentions, adjectives, first, state)
        return found

    def _leaders_of_the_story_state(self, doc: Doc, clusters, mentions, adjectives, first: int,
                                    state: int | None) -> list[RelationRecord]:
        """ "It is not known whether President X has approved ...": a head of state's title with no state named
        before it is the title of the state the story is about (`state`, see `_story_state`): the first its lead
        names, or else the one it names most."""
        if state is None:
            return []
        found = []
        table = token_table(doc)  # every word of the story is tested: read from the token table
        title, lower = table.title, table.lower
        for i in range(first, len(doc)):
            if not title[i] or lower[i] not in self.state_titles and \
                    " ".join(lower[i:i + 2]) not in self.state_titles:
                continue
            end = i + (1 if doc[i].lower_ in self.state_titles else 2)
            person = mentions.get(end)
            if not person or clusters[person[0]].type != "PERSON":
                continue
            before = doc[i - 1] if i > 0 else None
            if before is not None and (before.text in _POSSESSIVE or before.is_title and not before.is_sent_start
                                       or mentions.get(i - 1) or before.i in adjectives):
                continue  # "Osk's President X", "Oskian President X", "Vice President X": another relation
            found.append(RelationRecord("leader_of", clusters[person[0]].name, clusters[state].name,
                                        doc[i:person[1]]))
        return found

    def _ministers_of_the_story_state(self, doc: Doc, clusters, mentions, adjectives, first: int,
                                      state: int | None) -> list[RelationRecord]:
        """ "Finance Minister X said ...": a minister's title before a name, with no state named with it, is an
        office of the state the story is about (`state`), as a head of state's is (`_leaders_of_the_story_state`)."""
        if state is None:
            return []
        found = []
        table = token_table(doc)
        title, lower = table.title, table.lower
        for i in range(first + 1, len(doc)):
            if lower[i] != "minister" or not title[i] or not title[i - 1]:
                continue
            if f"{lower[i - 1]} minister" in self.leader_titles:
                continue  # "Prime Minister X" heads the government: leader_of says it, no field minister's title
            person = mentions.get(i + 1)
            if not person or clusters[person[0]].type != "PERSON":
                continue
            field = i - 1  # "Finance Minister", "Foreign Minister": one field word opens the title
            before = doc[field - 1] if field > 0 else None
            if mentions.get(field) or field in adjectives or before is not None and (
                    before.text in _POSSESSIVE or before.is_title and not before.is_sent_start
                    or mentions.get(field - 1) or before.i in adjectives):
                continue  # "Osk's Finance Minister X", "Oskian Foreign Minister X": the state is named
            served = self._government_named_beside(doc[i].sent, clusters, adjectives, doc[person[1] - 1].head)
            found.append(RelationRecord("member_of", clusters[person[0]].name,
                                        clusters[state if served is None else served].name, doc[field:person[1]]))
        return found

    def _government_named_beside(self, sentence: Span, clusters, adjectives, verb: Token) -> int | None:
        """ "Osk's government is weighing sanctions ..., Foreign Minister X told reporters": the one state whose
        government the minister's own sentence names (by possessive or adjective) is the government the minister
        belongs to, whichever state the story's lead names first (a minister is a member of the government: ACE
        2005 ORG-AFF Employment). Counts: not counted in PolNeAR train, whose ministers are mostly named with their
        state (weak). A government named in what the minister says after the verb ("X told reporters that Osk's
        government must stop ...") is one spoken of, not the minister's own."""
        index = entity_index(sentence.doc)
        said = {t.i for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i for t in c.subtree}
        states = set()
        for noun in sentence:
            if noun.lower_ not in self.government_nouns or noun.pos_ != "NOUN" or noun.i in said:
                continue
            for owner in noun.children:
                k = adjectives.get(owner.i) if owner.dep_ == "amod" else (
                    index.get(owner.i) if owner.dep_ == "poss" else None)
                if k is not None and clusters[k].category == "state":
                    states.add(k)
        return states.pop() if len(states) == 1 else None

    def _leader_before_name(self, doc: Doc, i: int, clusters, mentions, adjectives) -> list[RelationRecord]:
        """ "Wagner leader X", "Syrian President X", "Hezbollah's leader, X", "the head of Hamas, X"."""
        org = mentions.get(i)
        org_name, org_end = (clusters[org[0]].name, org[1]) if org and clusters[org[0]].type != "PERSON" \
            else (None, None)
        table = token_table(doc)  # asked of every word of the story: read from the token table
        if org_name is None and table.title[i]:
            state = self.gazetteer.state_of_demonym.get(table.lower[i])
            org_name, org_end = (state.name, i + 1) if state else (None, None)
        if org_name is None and i in adjectives:
            org_name, org_end = clusters[adjectives[i]].name, i + 1  # "Oskian President X", Osk named in the story
        if org_name is None:
            return self._title_of_org_then_name(doc, i, clusters, mentions)
        j = org_end
        if j < len(doc) and doc[j].text in {"'s", "’s", "'", "’"}:
            j += 1
        for skip in range(_MAX_TITLE_MODIFIERS + 1):
            if skip and (j + skip - 1 >= len(doc) or doc[j + skip - 1].pos_ not in {"ADJ", "NOUN"}
                         or doc[j + skip - 1].is_title):
                break
            end = self._title_at(doc, j + skip)
            if end is None:
                continue
            if any(doc[k].lower_ in self.subordinate for k in range(j, j + skip)):
                return []  # "the party's deputy leader, X": a member (role_titles), no leader
            if any(doc[k].lower_ in self.opposing for k in range(i, j + skip)) and org_name is not None \
                    and any(c.name == org_name and c.type == "GPE" for c in clusters):
                return []  # "Dravelian opposition leader X": against the state, no part of it
            if end < len(doc) and doc[end].text == ",":
                end += 1
            if end < len(doc) and doc[end].is_title and doc[end].lower_ in self.person_titles \
                    and mentions.get(end) is None:
                end += 1  # "its commander, General X": a rank before the name is no part of it
            person = mentions.get(end)
            if person and clusters[person[0]].type == "PERSON":
                # "Osk's army chief, X", "the Vell campaign chairman X": a noun before the title names the part of
                # the body the title heads, whose holder is a member of the whole (PolNeAR train: 14 of 15 '<Name>
                # <noun> chairman/chief/director/leader <Name>' head a campaign, bureau, party or minority, not the
                # body named first; the claimgraph gold gives "the Concord's foreign-policy chief" member_of)
                part = any(doc[k].pos_ == "NOUN" and doc[k].lower_ not in self.tense_words for k in range(j, j + skip))
                return [RelationRecord("member_of" if part else "leader_of", clusters[person[0]].name, org_name,
                                       doc[i:person[1]])]
        return []

    def _leaders_by_verb(self, doc: Doc, clusters, first: int) -> list[RelationRecord]:
        """ "X, who leads the Y", "the Y, led by X", "the Y is headed by X": a person the subject (or agent) of a
        verb of leading and a party its object (PolNeAR train: 30 "who leads", "is led by", ", led by" and the like
        before a name)."""
        index = entity_index(doc)
        found = []
        table = token_table(doc)
        for i in range(len(doc))[first:]:
            if table.pos[i] != "VERB" or table.lemma[i] not in _LEADING_VERBS:
                continue  # read from the token table: the other words are not made into Tokens
            verb = doc[i]
            agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"),
                         None)
            if agent is not None:  # "the Y is led by X", "the Y, led by X"
                led = verb.head if verb.dep_ == "acl" else next(
                    (c for c in verb.children if c.dep_ == "nsubjpass"), None)
                leader = agent
            else:  # "X leads the Y", "X, who heads the Y"
                led = next((c for c in verb.children if c.dep_ == "dobj"), None)
                leader = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if leader is not None and leader.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
                    leader = verb.head
            if led is None or leader is None:
                continue
            person, party, kind, part = index.get(leader.i), index.get(led.i), "leader_of", led.i
            if party is None and led.pos_ == "NOUN":
                # "X, who heads Y's missile programme", "chairs the department at Y": who leads a part of a body
                # named by a common noun is a member of the body (ACE 2005 ORG-AFF Employment)
                owner = self._owner_of_part(led, index)
                party, kind = (owner[0], "member_of") if owner is not None else (None, kind)
                led = owner[1] if owner is not None else led
            if person is None or party is None or person == party or clusters[person].type != "PERSON" \
                    or clusters[party].type not in {"ORG", "GPE"}:
                continue
            words = [verb.i, part, *_mention_edges(clusters[person], leader.i),
                     *_mention_edges(clusters[party], led.i)]
            found.append(RelationRecord(kind, clusters[person].name, clusters[party].name,
                                        doc[min(words):max(words) + 1]))
        return found

    @staticmethod
    def _owner_of_part(noun: Token, index) -> tuple[int, Token] | None:
        """(entity, word) of the body a common noun names a part of: its possessor ("Y's missile programme") or the
        object of its "at" or "of" ("the department at Y"), or None."""
        # the parser may hang "at Y" on the verb ("heads [the department] [at Y]")
        at_verb = [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "at" and c.i > noun.i] \
            if noun.dep_ == "dobj" else []
        for child in [*noun.children, *at_verb]:
            if child.dep_ == "poss" and child.i in index and child.pos_ in {"PROPN", "NOUN"}:
                return index[child.i], child
            if child.dep_ == "prep" and child.lower_ in {"at", "of"}:
                obj = next((o for o in child.children if o.dep_ == "pobj"), None)
                if obj is not None and obj.i in index and obj.pos_ in {"PROPN", "NOUN"}:
                    return index[obj.i], obj
        return None

    def _title_of_org_then_name(self, doc: Doc, i: int, clusters, mentions) -> list[RelationRecord]:
        """ "the leader of Hezbollah, Hassan Nasrallah"; "Prime Minister Elin Varga of Tesmar"."""
        end = self._title_at(doc, i)
        if end is not None and end < len(doc) and doc[i].is_title and doc[end].lower_ != "of":
            return self._titled_name_of(doc, i, end, clusters, mentions)
        if end is not None and end < len(doc) and doc[end].text == ",":
            return self._organ_head_named(doc, i, end, clusters, mentions)
        if end is None or end >= len(doc) or doc[end].lower_ != "of":
            return []
        org = _body_named_after(doc, end + 1, mentions)
        if not org or clusters[org[0]].type == "PERSON" or _possessor(doc, org[1]):
            return []
        j = org[1]
        if j < len(doc) and doc[j].text == ",":
            j += 1
        person = mentions.get(j)
        if person and clusters[person[0]].type == "PERSON":
            start = i - 1 if i > 0 and doc[i - 1].lower_ == "the" else i
            return [RelationRecord("leader_of", clusters[person[0]].name, clusters[org[0]].name,
                                   doc[start:person[1]])]
        return []

    def _organ_head_named(self, doc: Doc, i: int, end: int, clusters, mentions) -> list[RelationRecord]:
        """ "Osk's army denied it ... the dismissal of the army chief, General X": a leader title after the noun of
        an organ the text has named ("the army chief", "the police commander"), with "the" before and a name in
        apposition after, makes the name that organ's head, the one the noun names again (as `_owner_before` reads
        "ministry spokesman X"). PolNeAR train: 2 "the <noun> <leader title>, <Name>", "the campaign chief, Paul
        Manafort" the head of what the noun names (a campaign, no entity there), so a weak count."""
        if i < 2 or doc[i - 2].lower_ != "the" or doc[i - 1].lower_ not in self.body_nouns:
            return []
        at = end + 1
        if at < len(doc) and doc[at].is_title and doc[at].lower_ in self.person_titles and at not in mentions:
            at += 1  # "the army chief, General X": the rank before the name is no part of it
        person = mentions.get(at)
        owner = self._owner_before(doc, clusters, entity_index(doc), {}, i - 1, -1)
        if not person or clusters[person[0]].type != "PERSON" or owner is None:
            return []
        return [RelationRecord("leader_of", clusters[person[0]].name, clusters[owner[0]].name,
                               doc[i - 2:person[1]])]

    @staticmethod
    def _titled_name_of(doc: Doc, i: int, end: int, clusters, mentions) -> list[RelationRecord]:
        """ "Prime Minister Elin Varga of Tesmar", "Chancellor X of Y": a leader's title before a name, with what
        the title is of after it (PolNeAR train: 3 "<leader title> <First Last> of <Name>", Prime Minister Benjamin
        Netanyahu of Israel, Chancellor Angela Merkel of Germany twice, each the state's leader)."""
        person = mentions.get(end)
        if not person or clusters[person[0]].type != "PERSON":
            return []
        j = person[1]
        if j + 1 >= len(doc) or doc[j].lower_ != "of":
            return []
        org = mentions.get(j + 1) or (mentions.get(j + 2) if doc[j + 1].lower_ == "the" else None)
        if not org or clusters[org[0]].type not in {"GPE", "ORG"}:
            return []
        return [RelationRecord("leader_of", clusters[person[0]].name, clusters[org[0]].name, doc[i:org[1]])]

    def _leader_after_name(self, doc: Doc, i: int, clusters, mentions) -> list[RelationRecord]:
        """ "Hassan Nasrallah, the leader of Hezbollah" / "X, head of Y" / "X, a former president of Y"; "X, a leader
        of Y" is one of its leaders, a member (PolNeAR train: 7 "<Name>, a <leader title> of <Name>", the 3 with
        "former" each the body's one head, the 3 without ("a leader of the Coalition", "a founder of Microsoft")
        one of several, and 1 "co-founder")."""
        person = mentions.get(i)
        if not person or clusters[person[0]].type != "PERSON":
            return []
        j = person[1]
        if j >= len(doc) or doc[j].text != ",":
            return []
        j += 1
        indefinite = j < len(doc) and doc[j].lower_ in {"a", "an"}
        if j < len(doc) and doc[j].lower_ in {"the", "a", "an"}:
            j += 1
        held = j < len(doc) and doc[j].lower_ in self.tense_words
        if held:
            j += 1  # "the former leader of Y" held the title
        end = self._title_at(doc, j)
        if end is None or end >= len(doc) or doc[end].lower_ != "of":
            return []
        org = _body_named_after(doc, end + 1, mentions)
        if not org or clusters[org[0]].type == "PERSON" or _possessor(doc, org[1]):
            return []
        kind = "member_of" if indefinite and not held else "leader_of"
        return [RelationRecord(kind, clusters[person[0]].name, clusters[org[0]].name, doc[i:org[1]])]

    # ----- alias --------------------------------------------------------------------------------------------------

    def _aliases(self, doc: Doc, clusters, mentions) -> list[RelationRecord]:
        owner = entity_index(doc)
        ending = {end - 1: (k, start) for start, (k, end) in mentions.items()}

        def mention_ending_at(i: int) -> Span | None:
            found = ending.get(i)
            return None if found is None else doc[found[1]:i + 1]

        found = []
        for statement in find_alias_statements(doc, self.cues, story_start_token(doc), mention_ending_at):
            k = owner.get(statement.named.root.i, owner.get(statement.named[-1].i))
            if k is None:
                continue
            subject = _written_name(doc, clusters[k], before=statement.named.end, exclude=statement.alias.text)
            if subject is None or subject == statement.alias.text:
                continue
            found.append(RelationRecord("alias", subject, statement.alias.text, statement.evidence))
        return found


    # ----- naming clauses: "a model the crews call the Osprey" ----------------------------------------------------

    def _naming(self, doc: Doc, clusters, index) -> list[RelationRecord]:
        def covering(i: int) -> Span | None:
            k = index.get(i)
            if k is None:
                return None
            return min((m for m in clusters[k].mentions if m.start <= i < m.end), key=len)

        found = []
        for statement in find_naming_clauses(doc, story_start_token(doc), self.naming_verbs, self.naming_as_verbs,
                                             covering):
            k = index.get(statement.named.root.i)
            if k is None:
                continue
            subject = _written_name(doc, clusters[k], before=statement.named.end, exclude=statement.alias.text)
            if subject is not None and subject != statement.alias.text:
                found.append(RelationRecord("alias", subject, statement.alias.text, statement.evidence))
        return found

    # ----- part_of: "Osk's foreign ministry", "the Oskian army", "Osk's Vell region" ------------------------------

    def _organs(self, doc: Doc, clusters, index, adjectives) -> list[RelationRecord]:
        found = []
        for k, c in enumerate(clusters):
            words = (c.name or "").lower().split()
            if c.type == "ORG" and c.category not in {"state_organ", "organ"} and words \
                    and (words[-1] in self.body_nouns or tuple(words[-2:]) in self.qualified_bodies
                         or words[0] in self.named_offices and words[1:2] == ["of"]):
                # "Osk's Supreme Court", "Osk's Election Commission", "Osk's Ministry of Defence": a named body of
                # the state that owns it, the possessive left out of the name's mention; "the Ministry of Defence
                # of Osk" names its owner after it (ACE 2005 PART-WHOLE: Subsidiary)
                for m in sorted(c.mentions, key=lambda m: m.start):
                    owner = index.get(m.start - 2) if m.start >= 2 and doc[m.start - 1].text in _POSSESSIVE else None
                    if owner is not None and owner != k and clusters[owner].type == "GPE":
                        start = min(x.start for x in clusters[owner].mentions if x.end == m.start - 1)
                        found.append(RelationRecord("part_of", c.name, clusters[owner].name, doc[start:m.end]))
                        break
                    after = m.end + 1 if m.end + 1 < len(doc) and doc[m.end].lower_ == "of" else None
                    if after is not None and doc[after].lower_ == "the" and after + 1 < len(doc):
                        after += 1
                    owner = index.get(after) if after is not None and words[0] in self.named_offices else None
                    if owner is not None and owner != k and clusters[owner].type == "GPE":
                        end = max(x.end for x in clusters[owner].mentions if x.start <= after < x.end)
                        found.append(RelationRecord("part_of", c.name, clusters[owner].name, doc[m.start:end]))
                        break
                continue
            if c.category not in {"state_organ", "organ"} and c.type != "GPE":
                continue
            for m in sorted(c.mentions, key=lambda m: m.start):
                owner = None
                if c.type == "GPE":
                    # "Osk's Vell region", "Osk's eastern Vell region": lower-case adjectives between the
                    # possessive and the name say where in the state the part lies (PolNeAR train: 1 "<Name>'s
                    # western <Name> district", a person's; weak)
                    before = m.start - 1
                    while before > m.start - 3 and before > 0 and doc[before].is_lower and doc[before].pos_ == "ADJ":
                        before -= 1
                    if before >= 1 and doc[before].text in _POSSESSIVE:
                        owner = index.get(before - 1)
                        if owner is not None and clusters[owner].category == "state" and owner != k:
                            start = min(x.start for x in clusters[owner].mentions if x.end == before)
                            found.append(RelationRecord("part_of", c.name, clusters[owner].name, doc[start:m.end]))
                            break
                    continue
                possessive = next((t.i for t in m if t.text in _POSSESSIVE), None)
                if possessive is not None and possessive > m.start:
                    owner = index.get(possessive - 1)
                elif len(m) > 1 and m[0].lower_ == "its" and m.root.i != m.start:
                    owner = index.get(m.start)  # "its foreign ministry": the state "its" was read back to
                    owner = owner if owner is not None and clusters[owner].category == "state" else None
                elif m[-1].lower_ not in self.personnel:
                    owner = next((adjectives[t.i] for t in m[:2] if t.i in adjectives), None)
                if owner is None and len(m) > 2:
                    # "the military of neighbouring Osk": the state its "of" names (PolNeAR train: 1 "the
                    # government of Costa Rica", 3 "the government of President X", a person's; weak)
                    # the parser may hang a lower-case word after "of" on the name ("neighbouring"), so the words
                    # are read in order: the first name after "of" in the mention
                    of = next((t.i for t in m[1:-1] if t.lower_ == "of"), None)
                    owner = next((index[t.i] for t in doc[of + 1:m.end] if index.get(t.i) not in {None, k}), None) \
                        if of is not None else None
                    owner = owner if owner is not None and clusters[owner].type == "GPE" else None
                if owner is None and c.category == "state_organ":
                    # "security forces in Osk": a state's home forces placed in it (entity_lexicon home_forces)
                    owner = next((index.get(t.i + 1) for t in m[1:-1] if t.lower_ == "in"), None)
                    owner = owner if owner is not None and clusters[owner].category == "state" else None
                if owner is not None and owner != k:
                    found.append(RelationRecord("part_of", c.name, clusters[owner].name, m))
                    break
        return found

    def _units(self, doc: Doc, clusters, index) -> list[RelationRecord]:
        """ "Unit 42 of the Oskian army", "the Osk Star, a frigate of the Oskian navy": a named unit or vessel is part
        of the force whose of-phrase follows its name or its describing noun (ACE 2005 PART-WHOLE Subsidiary; ORG-AFF
        for a vessel's operator). A denial by the force or its state then answers for the unit (PolNeAR train: 6
        "ship / boat / vessel of the X")."""
        found = []
        for k, c in enumerate(clusters):
            if c.type not in {"ORG", "VEHICLE"}:
                continue
            words = (c.name or "").lower().split()
            if c.type == "ORG" and not (words and words[-1] in self.unit_heads) \
                    and not any(w.isdigit() for w in words):
                continue  # a unit's name ends in a unit's or body's word, or numbers it ("Unit 42")
            for m in sorted(c.mentions, key=lambda m: m.start):
                if len(m) == 1 and m[0].pos_ == "PRON":
                    continue
                noun = m.root
                describer = next((a for a in noun.children if a.dep_ == "appos" and a.pos_ == "NOUN"
                                  and (a.lower_ in self.vehicle_nouns or a.lower_ in self.unit_heads)), None)
                holder = describer if describer is not None else noun
                owner_word = next((o for p in holder.children if p.dep_ == "prep" and p.lower_ == "of"
                                   for o in p.children if o.dep_ == "pobj"), None)
                owner = index.get(owner_word.i) if owner_word is not None else None
                if owner is None or owner == k or clusters[owner].type not in {"ORG", "GPE"}:
                    continue
                end = max(x.end for x in clusters[owner].mentions if x.start <= owner_word.i < x.end)
                found.append(RelationRecord("part_of", c.name, clusters[owner].name, doc[m.start:end]))
                break
        return found

    # ----- places: "the Oskian town of Vell", "the town of Vell in Osk", "the Osk-flagged tanker", capitals ------

    def _places(self, doc: Doc, clusters, index, adjectives) -> list[RelationRecord]:
        found = []
        for k, c in enumerate(clusters):
            for m in c.mentions:
                if c.type == "GPE":
                    core = m.start
                    while core < m.end and (doc[core].is_lower or doc[core].is_punct):
                        core += 1  # "the town of Vell": the name itself
                    i = core - 1
                    if i >= 2 and doc[i].lower_ == "of" and doc[i - 1].lower_ in self.place_nouns \
                            and doc[i - 2].i in adjectives and adjectives[doc[i - 2].i] != k:
                        start = i - 3 if i >= 3 and doc[i - 3].lower_ == "the" else i - 2
                        found.append(RelationRecord("located_in", c.name, clusters[adjectives[doc[i - 2].i]].name,
                                                    doc[start:m.end]))
                    if m.end + 1 < len(doc) and doc[m.end].lower_ == "in" and c.category != "state":
                        obj = next((t for t in doc[m.end].children if t.dep_ == "pobj"), None)
                        where = index.get(obj.i) if obj is not None else None
                        if where is not None and where != k and clusters[where].type == "GPE":
                            found.append(RelationRecord("located_in", c.name, clusters[where].name,
                                                        doc[m.start:obj.i + 1]))
                    where = self._apposed_place(doc, m, index) if c.category != "state" else None
                    if where is not None and where[0] != k and clusters[where[0]].type == "GPE":
                        # "Corvassa, a port in the south of the country": the place the apposition puts it in
                        found.append(RelationRecord("located_in", c.name, clusters[where[0]].name,
                                                    doc[m.start:where[1] + 1]))
                    if m[0].lower_ == "the" and len(m) > 3 and m[1].lower_ in self.government_nouns \
                            and m[2].lower_ == "in":
                        seat = index.get(m.end - 1)
                        if seat is not None and seat != k:
                            found.append(RelationRecord("capital_of", clusters[seat].name, c.name, m))
                if c.type == "VEHICLE":
                    for t in m[:-2]:
                        if doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ == "flagged":
                            state = next((x for x, o in enumerate(clusters) if o.type == "GPE" and o.name == t.text),
                                         None)
                            if state is not None:
                                found.append(RelationRecord("flagged_in", c.name, clusters[state].name, m))
        return found

    def _bodies_placed(self, doc: Doc, clusters, index) -> list[RelationRecord]:
        """A named organisation placed by 'in' and a place right after its name ('the Brookings Institution in
        Washington') or in an apposition on it ('X, a research group in Y', 'X, an armed group in Y's eastern
        hills'): the place it is in (ACE 2005 PART-WHOLE Geographical). A state's organ ('its embassy in Y') is named
        by a common noun and left out, its place a part of the organ's name. PolNeAR train: 29 of 33 '<Name>
        Institute/University/Centre/Party/... in <Capitalised word>' place the body (3 are the name 'Washington
        University in St. Louis', 1 a month), and 2 '<Name>, a <noun> group/forum in <Place>'. A state's organ
        whose mention ends before 'in' and a town ('the election commission in Vell') is placed in the town as a
        named body is (PolNeAR train: 4 of 4 unnamed bodies before 'in <Place>', 'federal court in Washington',
        'a court in Miami', 'field office in White Plains'; a weak count)."""
        found = []
        for k, c in enumerate(clusters):
            if c.type == "FAC" or c.type == "ORG" and c.category not in {"state_organ", "organ", "armed_group"}:
                found += self._described_body_placed(doc, k, clusters, index)
            if c.type != "ORG":
                continue
            for m in c.mentions:
                if c.category == "state_organ" and m.root.pos_ == "NOUN" and len(m) > 1:
                    after = doc[m.end] if m.end < len(doc) else None
                    place = self._place_named(after, index, clusters) \
                        if after is not None and after.lower_ == "in" and after.head.i == m.root.i else None
                    if place is not None and place[0] != k and clusters[place[0]].category != "state":
                        found.append(RelationRecord("located_in", c.name, clusters[place[0]].name,
                                                    doc[m.start:place[1] + 1]))
                    continue
                if m.root.pos_ != "PROPN":
                    continue
                place = None
                after = doc[m.end] if m.end < len(doc) else None
                # "an analyst at the X Centre in Y": 'in' after the name may hang on the noun the name's own
                # preposition hangs on, and still places the body
                holder = m.root.head.head if m.root.dep_ == "pobj" and m.root.head.head.pos_ == "NOUN" else None
                if after is not None and after.lower_ == "in" and (
                        m.start <= after.head.i < m.end or holder is not None and after.head == holder):
                    place = self._place_named(after, index, clusters)
                apposed = next((t for t in m.root.children if t.dep_ == "appos" and t.pos_ == "NOUN"
                                and t.i >= m.end), None)
                if place is None and apposed is not None:
                    prep = next((t for t in apposed.children if t.dep_ == "prep" and t.lower_ == "in"), None)
                    place = self._place_named(prep, index, clusters) if prep is not None else None
                if place is not None and place[0] != k:
                    found.append(RelationRecord("located_in", c.name, clusters[place[0]].name,
                                                doc[m.start:place[1] + 1]))
        return found

    def _described_body_placed(self, doc: Doc, k: int, clusters, index) -> list[RelationRecord]:
        """ "a water utility in Dastria", "the hospital in Merrith": a body or facility the text names by a common
        noun, with 'in' and a place on that noun, inside its mention or right after it, is in that place, a state
        as well as a town (ACE 2005 PART-WHOLE Geographical; PolNeAR train: 12 of 13 "a/the <noun> in <Capitalised
        word>" for a church, factory, company, school, mosque, court or charity place it, 1 is a month). The
        people of a force ("troops in Vell") are where they are sent, no body placed."""
        for m in sorted(clusters[k].mentions, key=lambda m: m.start):
            noun = m.root
            if noun.pos_ != "NOUN" or noun.lower_ in self.personnel:
                continue
            prep = next((t for t in noun.children if t.dep_ == "prep" and t.lower_ == "in" and t.i <= m.end), None)
            place = self._place_named(prep, index, clusters) if prep is not None else None
            if place is not None and place[0] != k:
                return [RelationRecord("located_in", clusters[k].name, clusters[place[0]].name,
                                       doc[m.start:place[1] + 1])]
        return []

    @staticmethod
    def _place_named(prep: Token, index, clusters) -> tuple[int, int] | None:
        """(cluster, last token) of the place 'in' names: its object, or the state whose region the object is
        ('in Vessany's eastern hills')."""
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            return None
        for token in (obj, next((c for c in obj.children if c.dep_ == "poss"), None)):
            where = index.get(token.i) if token is not None else None
            if where is not None and clusters[where].type == "GPE":
                return where, obj.i
        return None

    def _apposed_place(self, doc: Doc, m: Span, index) -> tuple[int, int] | None:
        """(cluster, token) of the place an apposed place noun is in: "X, a port in Y", "X, a town in the north of
        Y" (ACE 2005 PART-WHOLE Geographical; PolNeAR train: 430 "name, a <noun>" appositions)."""
        noun = next((c for c in m.root.children if c.dep_ == "appos" and c.lower_ in self.place_nouns
                     and c.left_edge.i - m.end <= 2), None)
        if noun is None:
            return None
        obj = prep_object(noun, {"in"})
        for _ in range(2):
            if obj is None:
                return None
            if index.get(obj.i) is not None:
                return index[obj.i], obj.i
            obj = prep_object(obj, {"of"})  # "in the south of Y", "in the heart of Y"
        return None

    # ----- capitals: "Vell, the Oskian capital", "Osk's capital, Vell", "Vell, the capital of Osk" ---------------

    def _capitals(self, doc: Doc, clusters, index, adjectives) -> list[RelationRecord]:
        """A city in apposition with "capital" and the state that noun is for (by possessor, adjective or
        of-phrase); ACE 2005 PART-WHOLE Geographical. The seat then stands for its state ("the government in Vell",
        "officials in Vell"); PolNeAR train: 3 such appositions)."""
        found = []
        table = token_table(doc)
        lower, pos = table.lower, table.pos
        # the table's words are read first, and a Token made only for a noun "capital"
        for noun in (doc[i] for i in range(story_start_token(doc), len(doc))
                     if lower[i] == "capital" and pos[i] == "NOUN"):
            cities = capital_cities(noun)
            state = None
            for how, word in capital_owners(noun):
                if how == "poss" and index.get(word.i) is not None:
                    state = index[word.i]
                elif how == "modifier" and word.i in adjectives:
                    # "the Kelmari capital": the tagger may take an adjective it has not seen for a name in a
                    # compound; it says whose capital all the same
                    state = adjectives[word.i]
                elif how == "of":
                    state = index.get(word.i)
                if state is not None:
                    break
            if state is None or clusters[state].type != "GPE":
                continue
            for city in cities:
                k = index.get(city.i)
                if k is None or k == state or clusters[k].type != "GPE":
                    continue
                words = [city.i, *(t.i for t in noun.subtree if t.i != city.i and not t.is_punct)]
                found.append(RelationRecord("capital_of", clusters[k].name, clusters[state].name,
                                            doc[min(words):max(words) + 1]))
        return found

    # ----- roles: "Oskian Defence Minister X", "X, a spokesman for Y", "Y's lawyer, X" ---------------------------

    def _roles(self, doc: Doc, clusters, index, adjectives, state: int | None) -> list[RelationRecord]:
        found = []
        for k, c in enumerate(clusters):
            if c.type != "PERSON":
                continue
            for m in sorted(c.mentions, key=lambda m: m.start):
                if len(m) == 1 and m[0].pos_ == "PRON":
                    continue
                record = self._title_before(doc, clusters, index, adjectives, k, m, state) or \
                    self._title_beside(doc, clusters, index, adjectives, k, m, state)
                if record is not None:
                    found.append(record)
        return found

    def _owned_bodies(self, doc: Doc, clusters, index) -> list[RelationRecord]:
        """ "Her party, the Liberty Front", "Dorn Ekhart, whose group, the Kessel Brigades,": a person's body
        named in apposition is one the person is a member of; so is one the words name alone, an entity of their own
        ("Her party said": the person's party, where the text names no party)."""
        found = []
        table = token_table(doc)  # every word of the story is tested: read from the token table, a Token made for a pass
        lower, pos = table.lower, table.pos
        for i in range(story_start_token(doc), len(doc)):
            if lower[i] not in self.membership_bodies or pos[i] != "NOUN":
                continue
            token = doc[i]
            owner = next((c for c in token.children if c.dep_ == "poss" and c.i < token.i), None)
            named = next((c for c in token.children if c.dep_ == "appos" and c.i > token.i), None)
            if named is None and owner is not None and owner.i in index and index.get(token.i) not in {
                    None, index[owner.i]}:
                named = token  # "Her party said": the body the words name themselves, the person's own
            if owner is None or named is None or named.i not in index:
                continue
            if owner.lower_ == "whose":
                # the relative clause's noun: whose it is, the name the clause hangs on
                clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
                owner = clause.head if clause is not None else owner
            person, body = index.get(owner.i), index[named.i]
            if person is None or clusters[person].type != "PERSON" or clusters[body].type != "ORG":
                continue
            found.append(RelationRecord("member_of", clusters[person].name, clusters[body].name,
                                        doc[min(owner.left_edge.i, token.i):named.right_edge.i + 1]))
        # "President X's Unity Party won", "X, whose Dawn Alliance won": a party given a person by a possessive is
        # the person's (the reading coreference makes of "her party")
        found += [RelationRecord("member_of", clusters[given.person].name, clusters[given.party].name, given.words)
                  for given in parties_by_possessive(doc, clusters)]
        return found

    @staticmethod
    def _workers_for(doc: Doc, clusters, index) -> list[RelationRecord]:
        """ "Hackers working for Quarvia's military intelligence", "an adviser who works for the Kessel Front": who
        works for a body is its member (ACE 2005 ORG-AFF Employment). PolNeAR train: 27 "work(s / ed / ing) for
        <Name>"; those whose worker is named by a noun or a name and whose employer is a body, not a person ("working
        for Rand Paul"), are this."""
        found = []
        table = token_table(doc)  # every word of the story is tested: read from the token table, a Token made for a pass
        lemma, pos = table.lemma, table.pos
        for i in range(story_start_token(doc), len(doc)):
            if lemma[i] != "work" or pos[i] != "VERB":
                continue
            verb = doc[i]
            prep = next((p for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"), None)
            employer = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep is not None else None
            body = None
            if prep is not None:
                # the longest mention right after "for" ("for Quarvia's military intelligence": the organ, whatever
                # the parser hung its words on)
                at = prep.i + 2 if prep.i + 1 < len(doc) and doc[prep.i + 1].lower_ == "the" else prep.i + 1
                body = max(((k, m) for k, c in enumerate(clusters) for m in c.mentions if m.start == at),
                           key=lambda km: len(km[1]), default=(None, None))[0]
            if verb.dep_ in {"acl", "relcl"}:
                worker = verb.head
            else:
                worker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if worker is not None and worker.i not in index and worker.dep_ == "appos":
                worker = worker.head  # "Tomas Berg, a pollster working for X": the pollster is Tomas Berg
            if body is None and employer is not None:
                body = index.get(employer.i)
            if body is None or worker is None or worker.i not in index:
                continue
            person = index[worker.i]
            kind = clusters[person].type
            if person == body or clusters[body].type != "ORG" or not (
                    kind == "PERSON" or kind == "ORG" and worker.tag_ == "NNS"):
                continue  # a person, or an unnamed group of people ("hackers"), works for a body
            last = max((m.end for m in clusters[body].mentions if m.start >= prep.i), default=prep.i + 1)
            found.append(RelationRecord("member_of", clusters[person].name, clusters[body].name,
                                        doc[min(worker.i, verb.i):last]))
        return found

    @staticmethod
    def _members(doc: Doc, clusters, index) -> list[RelationRecord]:
        """A state or body that belongs to a bloc: "Osk, a member of the Vell Pact", "Osk is a member of the Vell
        Pact", "the Vell Pact, a regional body of which Osk is a member", "Osk will press its partners in the Vell
        Pact" (ACE 2005 ORG-AFF Membership, a GPE or organisation a member of an organisation; a person's membership
        is read from titles). PolNeAR train: 12 '<Name>, a member of' / '<Name> is a member of', all people; 4
        'partners / allies in' a place ('its allies in Europe'), none a bloc; no state in a bloc (weak). Words inside
        quotation marks are a source's claim, not the text's statement of the membership."""
        found = []
        table = token_table(doc)
        quoted = quoted_tokens(doc)
        for i in range(story_start_token(doc), len(doc)):
            if table.lemma[i] not in {"member", "partner", "ally"} or table.pos[i] != "NOUN" or i in quoted:
                continue
            noun = doc[i]
            member = bloc = None
            if noun.lemma_.lower() == "member":
                bloc = prep_object(noun, {"of"})
                if noun.dep_ == "appos":
                    member = noun.head  # "Osk, a member of X"
                elif noun.dep_ == "attr":
                    member = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
                    # "X, a body of which Osk is a member": the bloc is the relative's antecedent
                    # (the parser may leave "of" of "of which" a bare dependent of the clause's verb)
                    which = next((o for p in noun.head.children if p.dep_ in {"prep", "dep"} and p.lower_ == "of"
                                  for o in p.children if o.dep_ == "pobj" and o.lower_ == "which"), None)
                    if bloc is None and which is not None and noun.head.dep_ == "relcl":
                        antecedent = noun.head.head
                        bloc = antecedent if antecedent.i in index else (
                            antecedent.head if antecedent.dep_ == "appos" else None)
                        if bloc is not None and bloc.i not in index and antecedent.left_edge.i > 1 \
                                and doc[antecedent.left_edge.i - 1].text == ",":
                            bloc = doc[antecedent.left_edge.i - 2]  # the name right before the apposition
                        if (bloc is None or bloc.i not in index) and which.head.i >= 2 \
                                and doc[which.head.i - 1].text == ",":
                            # "ministers of the X Pact, of which Osk is a member": the parser may hang the clause
                            # on the phrase's head; "of which" stands right after the name it is about
                            bloc = doc[which.head.i - 2]
            else:  # "its partners in the Vell Pact": the possessor belongs to the body its partners are in
                member = next((c for c in noun.children if c.dep_ == "poss"), None)
                bloc = prep_object(noun, {"in"})
                after = doc[i + 1] if i + 1 < len(doc) else None
                if bloc is None and after is not None and after.lower_ == "in":
                    # the parser may hang "in X" on the verb ("press [its partners] [in X]")
                    bloc = next((o for o in after.children if o.dep_ == "pobj"), None)
            if member is None or bloc is None or member.i not in index or bloc.i not in index:
                continue
            who, body = index[member.i], index[bloc.i]
            if who == body or clusters[who].type not in {"GPE", "ORG"} \
                    or clusters[body].type not in {"ORG", "DOCUMENT"} or clusters[body].category == "state":
                continue  # "its allies in Europe" name a place; a person's membership is a title's
            words = [member.i, noun.i, bloc.i, *_mention_edges(clusters[body], bloc.i)]
            words += [w for w in _mention_edges(clusters[who], member.i) if clusters[who].type != "GPE"
                      or doc[w].pos_ != "PRON"]
            found.append(RelationRecord("member_of", clusters[who].name, clusters[body].name,
                                        doc[min(words):max(words) + 1]))
        return found

    @staticmethod
    def _described_workers(doc: Doc, clusters, index) -> list[RelationRecord]:
        """ "An engineer at Osk's defence ministry who was arrested ... The engineer, Emil Varn,": a person first
        described by an occupation at a body, the description a mention of the person, is the body's member, as a
        title with "at" in apposition makes one (ACE 2005 ORG-AFF Employment). PolNeAR train: 27 "a/an <noun> at
        <Name>" said of a person (professor 8, student 3, analyst 2, official, economist, executive, fellow,
        pastor, ...), each the person's employer or school; a place after "at" is where, not whose (left out)."""
        found = []
        for k, c in enumerate(clusters):
            if c.type != "PERSON":
                continue
            for m in c.mentions:
                noun = m.root
                if noun.pos_ != "NOUN" or not any(t.pos_ == "DET" for t in m[:1]):
                    continue
                at = next((p for p in noun.children if p.dep_ == "prep" and p.lower_ == "at" and p.i < m.end), None)
                obj = next((o for o in at.children if o.dep_ == "pobj"), None) if at is not None else None
                body = index.get(obj.i) if obj is not None else None
                if body is None or body == k or clusters[body].type != "ORG" or obj.i >= m.end:
                    continue
                found.append(RelationRecord("member_of", c.name, clusters[body].name, doc[m.start:obj.i + 1]))
                break
        return found

    def _relation_of(self, title_words: list[str]) -> str | None:
        """The relation a title gives; a bare leader title is left to leader_of ("former commander" too: a word of
        when the title was held is no part of it)."""
        while len(title_words) > 1 and title_words[0].lower() in self.tense_words:
            title_words = title_words[1:]
        if " ".join(w.lower() for w in title_words) in self.leader_titles:
            return None  # "prime minister", "president": leader_of says it
        head = title_words[-1].lower()
        kind = self.role_of_title.get(head)
        if " ".join(w.lower() for w in title_words[-2:]) in self.role_of_title:
            kind = self.role_of_title[" ".join(w.lower() for w in title_words[-2:])]
        if kind is None and head in self.leader_titles and len(title_words) > 1:
            kind = "member_of"  # "foreign-policy chief": a title of one field, not of the whole body
        return kind

    def _owner_before(self, doc: Doc, clusters, index, adjectives, i: int, person: int) -> tuple[int, int] | None:
        """(owner cluster, start token) of the words ending at token i: a mention, its possessive, an adjective of
        a state, or an organ's noun ("ministry spokesman")."""
        if i < 0:
            return None
        if doc[i].text in _POSSESSIVE:
            i -= 1
        if i in adjectives:
            return adjectives[i], i
        owner = index.get(i)
        if owner is not None and owner != person and clusters[owner].type in {"ORG", "GPE", "OUTLET"}:
            start = min((m.start for m in clusters[owner].mentions if m.start <= i < m.end), default=i)
            return owner, start
        if doc[i].lower_ in self.body_nouns:
            organs = [x for x, o in enumerate(clusters) if o.category in {"state_organ", "organ"}
                      and o.name.lower().split()[-1] == doc[i].lower_]
            if len(organs) > 1:
                # "X's defence ministry blamed ... ministry spokeswoman N": of two organs of that word, the one the
                # text named last before the title, as "the ministry" reads back to it
                before = {x: max((m.end for m in clusters[x].mentions if m.end <= i), default=-1) for x in organs}
                last = max(before.values())
                organs = [x for x in organs if before[x] == last] if last >= 0 else organs
            if len(organs) == 1:
                return organs[0], i
        return None

    @staticmethod
    def _person_before(doc: Doc, clusters, index, i: int, person: int) -> tuple[int, int] | None:
        """ "Her spokesman, X", "Varnet's lawyer, X": the person whose mention ending at token i owns the title."""
        if i > 0 and doc[i].text in _POSSESSIVE:
            i -= 1
        owner = index.get(i)
        if owner is None or owner == person or clusters[owner].type != "PERSON":
            return None
        return owner, min((m.start for m in clusters[owner].mentions if m.start <= i < m.end), default=i)

    def _title_before(self, doc: Doc, clusters, index, adjectives, k: int, m: Span,
                      state: int | None = None) -> RelationRecord | None:
        # asked of every mention: the words before it read from the token table, no Token built a word
        table = token_table(doc)
        text, lower, title = table.text, table.lower, table.title
        j = m.start
        while j > 0 and j > m.start - 4 and (lower[j - 1] in self.person_titles or lower[j - 1] in
                                               self.role_of_title or (title[j - 1] and j < m.start)):
            if text[j - 1] in _POSSESSIVE or index.get(j - 1) is not None or j - 1 in adjectives:
                break
            j -= 1
        while j < m.start and lower[j] not in self.role_of_title and lower[j] not in self.leader_titles:
            j += 1  # "Defence Minister" may open with a field word; the title starts at a known word or before
        words = text[j:m.start]
        if not words:
            return None
        while j > 0 and table.pos[j - 1] in {"NOUN", "ADJ", "PROPN"} and title[j - 1] and \
                j - 1 not in adjectives and index.get(j - 1) is None:
            j -= 1
            words.insert(0, text[j])
        # "spokesman Major X": the title ends at its first role word; a rank or honorific after it is not the role
        role = next((n for n, w in enumerate(words) if w.lower() in self.role_of_title or w.lower() in
                     self.leader_titles), None)
        if role is not None and role + 1 < len(words) and \
                " ".join(w.lower() for w in words[role:role + 2]) in self.leader_titles | set(self.role_of_title):
            role += 1  # "press secretary", "prime minister": a two-word title
        kind = self._relation_of(words[:role + 1]) if role is not None else None
        if kind is None:
            return None
        owner = self._owner_before(doc, clusters, index, adjectives, j - 1, k)
        if owner is None and kind == "spokesperson_of":
            owner = self._speaker_before(doc, clusters, index, m)
            if owner is not None:
                # "The ministry denied it. ... spokesman X said": the title and name are the words, not the text
                # from the speaker on
                owner = owner[0], j
        if owner is None:
            # "said government spokesman X": the government noun in lower case before the capitalised title
            opener = j - 1 if j > 0 and lower[j - 1] in self.government_nouns else j
            if opener < j:
                # "Quellen government spokesman X": the state named before the government noun owns it
                owner = self._owner_before(doc, clusters, index, adjectives, opener - 1, k)
            if owner is None:
                owner = self._governing_state([*text[opener:j], *words[:role]], opener, state)
        if owner is None or clusters[owner[0]].type == "GPE" and any(
                lower[t] in self.opposing for t in range(min(owner[1], j), m.start)):
            return None  # "Dravelian opposition leader X": a title held against the state, no part of it
        return RelationRecord(kind, clusters[k].name, clusters[owner[0]].name, doc[min(owner[1], j):m.end])

    def _sent_for(self, title: Token, prep: Token, obj: EntityCluster) -> bool:
        """ "the United Nations envoy for Osk", "a special envoy for the Great Lakes": what an envoy is "for" is the
        place or matter the envoy is sent to deal with, as one "to" a state is sent there (sent_role_titles: the
        head of mission is sent by one state to another), not the body the envoy serves. PolNeAR train: no
        "envoy/ambassador for <Name>" but 1 "ambassador for global women's issues", a portfolio, so the count is
        weak; the UN's titles read so ("Special Envoy of the Secretary-General for Syria"). A person's envoy may
        speak for the person, so "for" a person is left to the roles' other readings."""
        return title.lower_ in self.sent_roles and prep.lower_ == "for" and obj.type != "PERSON"

    def _governing_state(self, modifiers: list[str], at: int, state: int | None) -> tuple[int, int] | None:
        """ "Government spokesman X", "a government spokeswoman, X": a title of the government with no state named
        is held for the state the story is about, as "the Oskian government" is that state (OntoNotes 5.0: GPE
        names a state's government), and as `_ministers_of_the_story_state` reads "Finance Minister X". Weak count:
        no "government spokesman/spokeswoman" in PolNeAR train, the factuality train splits or PLOVER."""
        if state is None or not any(w.lower() in self.government_nouns for w in modifiers):
            return None
        return state, at

    def _title_beside(self, doc: Doc, clusters, index, adjectives, k: int, m: Span,
                      state: int | None = None) -> RelationRecord | None:
        """ "X, a spokesman for Y", "Y's spokesman, X", "a lawyer for Y, X"."""
        if m.start >= 4 and doc[m.start - 1].text == ",":
            owner = index.get(m.start - 2)  # "a lawyer for Y, X", however the parser attached X
            if owner is not None and owner != k:
                start = min(x.start for x in clusters[owner].mentions if x.start <= m.start - 2 < x.end)
                if start >= 2 and doc[start - 1].lower_ in {"for", "of", "to"} and not (
                        doc[start - 1].lower_ == "to" and doc[start - 2].lower_ in self.sent_roles):
                    kind = self.role_of_title.get(doc[start - 2].lower_)
                    if kind is not None and self._sent_for(doc[start - 2], doc[start - 1], clusters[owner]):
                        # "The Kessel Union envoy for Osk, X": the one who sends the envoy, named before the title
                        sender = self._owner_before(doc, clusters, index, adjectives, start - 3, k)
                        return RelationRecord(kind, clusters[k].name, clusters[sender[0]].name,
                                              doc[sender[1]:m.end]) if sender is not None else None
                    if kind is not None:
                        begin = start - 3 if start >= 3 and doc[start - 3].lower_ in {"a", "an", "the"} else start - 2
                        return RelationRecord(kind, clusters[k].name, clusters[owner].name, doc[begin:m.end])
        root = m.root
        titles = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            titles.append(root.head)
        for title in titles:
            modifiers = [t.text for t in doc[title.left_edge.i:title.i] if (t.dep_ in {"amod", "compound"}
                         or t.text == "-") and t.i not in adjectives]  # "Oskian" says whose, not which title
            kind = self._relation_of(modifiers + [title.text]) or self._possessed_leader(title, modifiers)
            if kind is None:
                continue
            # "an exiled Dravelian opposition leader": a title held against the state its adjective names
            opposing = any(t.lower_ in self.opposing for t in doc[title.left_edge.i:title.i])
            owner = None
            poss = next((c for c in title.children if c.dep_ == "poss"), None)
            if poss is not None:
                owner = self._owner_before(doc, clusters, index, adjectives, poss.i, k)
                if owner is None and kind in _PERSONAL_ROLES:
                    owner = self._person_before(doc, clusters, index, poss.i, k)
            prep = next((c for c in title.children if c.dep_ == "prep" and c.lower_ in {"for", "of", "to", "at"}),
                        None)
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            if obj is not None and (prep.lower_ == "to" and title.lower_ in self.sent_roles or index.get(
                    obj.i) is not None and self._sent_for(title, prep, clusters[index[obj.i]])):
                obj = None  # "Osk's ambassador to Vell": where the envoy is sent, not whom the envoy serves
            if obj is not None and prep.lower_ == "at" and (index.get(obj.i) is None
                                                             or clusters[index[obj.i]].type != "ORG"):
                # "an analyst at the X Institute" works for the body; "an officer at Dessel" only where. PolNeAR
                # train: 10 "<name>, a <title> at <Name>", each the title holder's employer
                obj = None
            if owner is None and obj is not None and index.get(obj.i) not in {None, k}:
                owner = (index[obj.i], obj.i)
            if owner is None:
                # "the Oskian interior minister, X": the state's adjective among the title's modifiers
                owner = next(((adjectives[t.i], t.i) for t in doc[title.left_edge.i:title.i] if t.i in adjectives),
                             None)
            if owner is None:
                # "a ministry spokesman, X": the one organ named before by that word ("Delsia's defence ministry")
                body = next((t for t in doc[title.left_edge.i:title.i] if t.dep_ == "compound"
                             and t.lower_ in self.body_nouns), None)
                owner = self._owner_before(doc, clusters, index, adjectives, body.i, k) if body is not None else None
            if owner is None and obj is None and poss is None:
                owner = self._governing_state(modifiers, title.left_edge.i, state)
            if owner is None or opposing and clusters[owner[0]].type == "GPE":
                continue
            start, end = min(title.left_edge.i, m.start), max(m.end, (obj.i + 1) if obj is not None else 0,
                                                                 title.i + 1)
            return RelationRecord(kind, clusters[k].name, clusters[owner[0]].name, doc[start:end])
        return None

    def _possessed_leader(self, title: Token, modifiers: list[str]) -> str | None:
        """ "X, the Iron Tide's commander", "X, Twitter's chief executive": a bare leader title owned by a
        possessive, in apposition with a name, makes the name the owner's leader, as "Y's commander, X" does
        (`_leader_before_name`). PolNeAR train: 16 "<First Last>, <Name>'s ... <leader title>"; the 3 whose title
        ends there unmodified ("Twitter's chief executive", "DuPont's longtime chief executive", "the Democratic
        National Committee's chair") name the body's head; the 13 others go on ("chief of staff", "chief
        strategist", "director of state campaigns") or name a part ("finance chairman": member_of, role_titles)."""
        if not any(c.dep_ == "poss" for c in title.children):
            return None
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in title.children):
            return None  # "Clinton's director of state campaigns": the head of a part, not of the whole
        words = [w.lower() for w in modifiers + [title.text]]
        while len(words) > 1 and words[0] in self.tense_words:
            words = words[1:]
        if any(w in self.subordinate for w in words) or " ".join(words) not in self.leader_titles:
            return None
        return "leader_of"

    def _speaker_before(self, doc: Doc, clusters, index, m: Span) -> tuple[int, int] | None:
        """ "The ministry denied it. ... spokesman X said": the body that spoke in the sentence before."""
        sent = m.sent
        previous = doc[sent.start - 1].sent if sent.start > 0 else None
        for scope in [s for s in (sent, previous) if s is not None]:
            for t in scope:
                owner = index.get(t.i)
                if t.dep_ in {"nsubj", "nsubjpass"} and owner is not None and t.i < m.start and \
                        clusters[owner].type == "ORG":
                    return owner, t.i
        return None

    # ----- seats: "X, a firm registered in Vell", "the Vell-based X", "X is headquartered in Vell" ---------------

    def _seats(self, doc: Doc, clusters, index) -> list[RelationRecord]:
        """The place an organisation or outlet is based in, from a seat word and the place (PolNeAR train: 14
        "based/headquartered/registered in <Name>", 26 "<Name>-based <noun>"). A body's seat is where it is, as
        "X, a firm in Vell" says: located_in, one relation for both (ACE 2005 PART-WHOLE Geographical and GEN-AFF
        Org-Location; the claimgraph gold files give 14 located_in for a body or place in a place, among them 'a
        monitoring group based in Y', and no other relation of place)."""
        found = []
        lower = token_table(doc).lower
        for word in (doc[i] for i in range(story_start_token(doc), len(doc)) if lower[i] in SEAT_WORDS):
            place = None
            if word.i >= 2 and doc[word.i - 1].text == "-" and not doc[word.i - 2].whitespace_:
                place = doc[word.i - 2]  # "Vell-based"
            else:
                prep = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "in"), None)
                place = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            where = index.get(place.i) if place is not None else None
            if where is None and place is not None:  # "Vell-based" is a modifier, no mention: Vell named elsewhere
                where = next((k for k, c in enumerate(clusters) if c.type == "GPE" and c.name == place.text), None)
            if where is None or clusters[where].type != "GPE":
                continue
            org = self._described_org(doc, word, clusters, index)
            if org is None or org == where:
                continue
            seat = [m for m in clusters[org].mentions if m.start <= word.i + 3 and m.end >= word.i - 12]
            words = [word.i, place.i] + [t for m in seat[-1:] for t in (m.start, m.end - 1)]
            if word.dep_ == "amod" and word.head.i > word.i:
                words.append(word.head.i)  # "a Vell-based company": the noun the place word describes
            found.append(RelationRecord("located_in", clusters[org].name, clusters[where].name,
                                        doc[min(words):max(words) + 1]))
        return found

    @staticmethod
    def _described_org(doc: Doc, word, clusters, index) -> int | None:
        """The organisation a seat word describes: the noun it modifies, that noun's name in apposition, or the
        subject of "is based in"."""
        noun = word.head if word.dep_ in {"amod", "acl", "relcl"} else word
        if noun.pos_ not in {"NOUN", "PROPN"} and noun.dep_ != "appos":  # "a daily based in X": the tagger's ADJ
            noun = next((c for c in word.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if noun is not None and noun.tag_ in {"WDT", "WP"} and word.dep_ == "relcl":
                noun = word.head
        if noun is None:
            return None
        candidates = [noun] + [c for c in noun.children if c.dep_ == "appos"] + \
            ([noun.head] if noun.dep_ == "appos" else [])
        for token in candidates:
            k = index.get(token.i)
            if k is not None and clusters[k].type in {"ORG", "OUTLET"}:
                return k
        return None

    # ----- controls: "the armed group that controls Vell" -------------------------------------------------------

    def _controls(self, doc: Doc, clusters, index) -> list[RelationRecord]:
        """ "the armed group that controls Vell", "a militia that holds the Osk hills": a body holding ground, a
        town or a region or natural feature alike (ACE 2005 GPE and LOC are both territory; PolNeAR train: no
        armed group controlling a place, the relative clauses there are of offices and shares - weak)."""
        found = []
        for k, c in enumerate(clusters):
            if c.type != "ORG":
                continue
            for m in c.mentions:
                nouns = [m.root] + [x for x in m.root.children if x.dep_ == "appos"]
                if m.root.dep_ == "appos":
                    nouns.append(m.root.head)
                for noun in nouns:
                    for verb in noun.children:
                        if verb.dep_ != "relcl" or verb.lemma_.lower() not in _CONTROL_VERBS:
                            continue
                        obj = next((x for x in verb.children if x.dep_ == "dobj"), None)
                        place = index.get(obj.i) if obj is not None else None
                        if place is not None and clusters[place].type in {"GPE", "LOC"} and place != k:
                            start = min(noun.left_edge.i, obj.i)
                            found.append(RelationRecord("controls", c.name, clusters[place].name,
                                                        doc[start:obj.i + 1]))
        return found


    # ----- controlled_by: "the tanker is owned by X", "a firm controlled by a company in which X holds a stake" ---

    def _controlled_by(self, doc: Doc, clusters, index) -> list[RelationRecord]:
        """ "X is controlled by Y", "X, a firm owned by Y": Y owns or controls X; when Y is an unnamed company, the
        party behind it ("a company in which Z holds a stake", "a holding owned by Z") (PolNeAR train: "owned by"
        12, "controlled by" 3)."""
        found = []
        table = token_table(doc)
        tag, lemma = table.tag, table.lemma  # the table's lemma is lemma_.lower()
        for verb in (doc[i] for i in range(story_start_token(doc), len(doc))
                     if tag[i] == "VBN" and lemma[i] in _OWNING_VERBS):
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            owner = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            owned = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if owned is None and verb.dep_ in {"acl", "relcl"}:
                owned = verb.head  # "a plant controlled by X"
            if owner is None or owned is None:
                continue
            subject = index.get(owned.i)
            if subject is None and owned.dep_ == "appos":
                subject = index.get(owned.head.i)  # "X, a tanker controlled by Y"
            party, end = self._owning_party(doc, owner, index, depth=2)
            if subject is None or party is None or party == subject or clusters[party].type not in \
                    {"PERSON", "ORG", "GPE"}:
                continue
            start = min(owned.left_edge.i, verb.i)
            found.append(RelationRecord("controlled_by", clusters[subject].name, clusters[party].name,
                                        doc[start:max(end, owner.i + 1)]))
        return found

    def _subsidiaries(self, doc: Doc, clusters, index) -> list[RelationRecord]:
        """ "X is a subsidiary of Y", "X, a unit of Y": the parent company controls X (ACE 2005 ORG-AFF
        Ownership / PART-WHOLE Subsidiary)."""
        found = []
        table = token_table(doc)  # the words as read once: a Token a word costs more than the test
        for i in range(story_start_token(doc), len(doc)):
            if table.lower[i] not in _SUBSIDIARY_NOUNS or table.pos[i] != "NOUN":
                continue
            noun = doc[i]
            parent = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                           for o in p.children if o.dep_ == "pobj"), None)
            holder = next((c for c in noun.children if c.dep_ == "poss"), None)
            named = next((c for c in noun.children if c.dep_ == "appos" and index.get(c.i) is not None), None)
            if parent is None and holder is not None and named is not None:
                # "Osk Bank and its Vell-based subsidiary, Osk Trust", "the bank's affiliate, X": the
                # possessor owns the part the apposition names
                parent, child = holder, named
            elif noun.dep_ == "appos":
                child = noun.head
            elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
                child = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
            else:
                child = None
            if parent is None or child is None:
                continue
            subject, owner = index.get(child.i), index.get(parent.i)
            if subject is None or owner is None or subject == owner or clusters[subject].type != "ORG" \
                    or clusters[owner].type not in {"ORG", "PERSON", "GPE"}:
                continue
            start = min(child.left_edge.i, noun.i, parent.i)
            found.append(RelationRecord("controlled_by", clusters[subject].name, clusters[owner].name,
                                        doc[start:max(parent.i, child.i) + 1]))
        return found

    def _owning_party(self, doc: Doc, owner, index, depth: int) -> tuple[int | None, int]:
        """The entity a by-phrase names, or the one behind an unnamed owner; and where its words end."""
        named = index.get(owner.i)
        if named is not None:
            return named, owner.i + 1
        if depth == 0 or owner.pos_ != "NOUN":
            return None, owner.i + 1
        # "owned by the holding company X": the class noun and the name beside it are one party
        beside = next((c for c in owner.children if c.dep_ == "appos" and c.left_edge.i == owner.i + 1
                       and index.get(c.i) is not None), None)
        if beside is not None:
            return index[beside.i], beside.i + 1
        for clause in owner.children:
            if clause.dep_ not in {"relcl", "acl"}:
                continue
            if clause.lemma_.lower() in _STAKE_VERBS and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _STAKES for c in clause.children):
                holder = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                # "a company in which X holds a stake", "... in which the banker X holds a stake"
                for who in [holder, *(c for c in holder.children if c.dep_ == "appos")] if holder is not None else []:
                    if index.get(who.i) is not None:
                        return index[who.i], clause.right_edge.i + 1
            if clause.tag_ == "VBN" and clause.lemma_.lower() in _OWNING_VERBS:
                agent = next((c for c in clause.children if c.dep_ == "agent"), None)
                inner = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
                if inner is not None:
                    party, _ = self._owning_party(doc, inner, index, depth - 1)
                    if party is not None:
                        return party, clause.right_edge.i + 1  # "a holding owned by X"
        return None, owner.i + 1


def _story_state(doc: Doc, clusters: list[EntityCluster], adjectives: dict[int, int],
                 neighbour_words: frozenset[str] = frozenset()) -> int | None:
    """The state the story is about: the first one its lead names (by name or adjective), or, with none in the
    lead, the one it names most (by name, pronoun or adjective), when one is named more than any other. A news lead
    names what the story is about first (inverted pyramid): PolNeAR train, 123 texts with 'President Obama/Trump'
    after a state is named, the first state of the lead paragraph and the most-named state differ 6 times, the
    lead's being the president's 5 times. A state the lead names as a neighbour ("the military of neighbouring
    Osk cut power to Vell's east") is the neighbour of the one the story is about, never that one (PolNeAR train:
    7 'neighbo(u)ring <Name>', each the neighbour of the place the text is about; weak)."""
    first = story_start_token(doc)
    if first < len(doc):
        lead = doc[first].sent
        named = sorted([(m.start, k) for k, c in enumerate(clusters) if c.category == "state" for m in c.mentions
                        if lead.start <= m.start < lead.end and any(t.pos_ == "PROPN" for t in m)
                        and not (m.start > 0 and doc[m.start - 1].lower_ in neighbour_words)]
                       + [(i, k) for i, k in adjectives.items() if lead.start <= i < lead.end])
        at = dict(named)
        if named:
            head = doc[named[0][0]]
            joined = [t for t in head.children if t.dep_ == "conj"] + ([head.head] if head.dep_ == "conj" else [])
            # "Ostria and Pellia met in Tarn": two states the lead joins are the story's alike
            if not any(at.get(t.i, named[0][1]) != named[0][1] for t in joined):
                return named[0][1]
    counts: dict[int, int] = {}
    for k, c in enumerate(clusters):
        if c.category == "state":
            counts[k] = len([m for m in c.mentions if m.start >= first])
    for k in adjectives.values():
        counts[k] = counts.get(k, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


# lower-case words that may describe a body between "the" and its name ("the opposition X Front", "the ruling X
# Union"): PolNeAR train has 6 "<title> of the <lower-case word> <Capitalised>", 4 of them a body so described
_MAX_DESCRIPTORS = 2


def _body_named_after(doc: Doc, k: int, mentions) -> tuple[int, int] | None:
    """The mention a title's "of" names from token k: right there, after "the", or after "the" and a describing word
    or two in lower case ("the leader of the opposition Labour Front"; "the leader of the Front" reads as before)."""
    if k < len(doc) and doc[k].lower_ == "the" and k not in mentions:
        k += 1
    for skip in range(_MAX_DESCRIPTORS + 1):
        at = k + skip
        if at >= len(doc) or skip and not (doc[at - 1].is_lower and doc[at - 1].pos_ in {"ADJ", "NOUN"}):
            return None
        if at in mentions:
            return mentions[at]
    return None


def _mention_edges(cluster: EntityCluster, i: int) -> tuple[int, ...]:
    """First and last token of the cluster's mention holding token i, or i alone."""
    m = min((m for m in cluster.mentions if m.start <= i < m.end), key=len, default=None)
    return (m.start, m.end - 1) if m is not None else (i,)


def _innermost(clusters: list[EntityCluster]) -> dict[int, int]:
    """Token index -> the cluster of the shortest mention covering it ("Osk" inside "Osk's foreign ministry")."""
    best: dict[int, tuple[int, int]] = {}
    for k, c in enumerate(clusters):
        for m in c.mentions:
            for t in m:
                if t.i not in best or len(m) < best[t.i][0]:
                    best[t.i] = (len(m), k)
    return {i: k for i, (_, k) in best.items()}


def _possessor(doc: Doc, end: int) -> bool:
    """Whether the mention ending before token `end` owns the noun after it ("the head of Osk's central bank"): the
    title is then of that noun's body, not of the owner, and a body named there is a mention of its own that starts
    at the owner and is the longest there (`_mentions_by_start`). PolNeAR train: 14 of 14 '<title> of <Name>'s
    <noun>' head the noun's body ('head of China's delegation', 'chairman of Clinton's campaign')."""
    return end < len(doc) and doc[end].text in _POSSESSIVE


def _mentions_by_start(clusters: list[EntityCluster]) -> dict[int, tuple[int, int]]:
    """First token of each mention -> (cluster index, end token)."""
    out: dict[int, tuple[int, int]] = {}
    for k, c in enumerate(clusters):
        for m in c.mentions:
            if m.start not in out or out[m.start][1] < m.end:
                out[m.start] = (k, m.end)
    return out


def _written_name(doc: Doc, cluster: EntityCluster, before: int, exclude: str) -> str | None:
    """The name a thing went by in the text up to a point: the first of its names written in an earlier mention."""
    names = sorted({cluster.name, *cluster.aliases} - {exclude}, key=len, reverse=True)
    earlier = [m for m in sorted(cluster.mentions, key=lambda m: m.start) if m.start < before]
    for mention in [m for m in earlier if m.end == before] + earlier:
        text = mention.text
        for name in names:
            at = text.find(name)
            if at >= 0 and (at == 0 or not text[at - 1].isalnum()) and \
                    (at + len(name) == len(text) or not text[at + len(name)].isalnum()):
                return name
    return None
