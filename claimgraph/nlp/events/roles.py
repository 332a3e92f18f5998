"""Filling an event's roles with the words and the entities that name each party."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..annotations import EventRecord
from .syntax import adjacent_apposition, kind_of_thing, negative_quantifier, phrase, whose_antecedent
from .words import COUNT_WORDS, FORCE_TYPES, NAMING_CLAUSE_VERBS


class RoleFilling:
    """Fills a role with the words that name it and the entity they belong to."""

    def fill_time(self, event: EventRecord, trigger: Token) -> None:
        """The time role: the resolved time the trigger's clause gives, with that time's words."""
        time = self.time(trigger)
        if time is not None:
            event.roles["time"] = time
            event.role_spans["time"] = trigger.doc._.cg_times[time].span

    def fill(self, event: EventRecord, role: str, token: Token | None, entity_only: bool = False) -> None:
        """A role names an entity when one is there; its words are kept either way."""
        if token is None or negative_quantifier(token):
            return  # "no one was killed", "none of the crew was hurt": nobody is named
        if token.lower_ == "whose":
            token = whose_antecedent(token)
            if token is None:
                return
        if token.i in self.dateline and role != "location":
            # "MARVOST (Wire) - At least 19 people were killed": the parser may make the dateline's place a second
            # subject of the lead's verb; the words after the dateline fill the role, and the place stays no party
            token = next((c for c in token.head.children if c.dep_ == token.dep_ and c.i not in self.dateline), None)
            if token is None:
                return
        if role in {"target", "recipient"} and (token.pos_ == "NUM" or token.lower_ in COUNT_WORDS):
            whole = self.pobj(token, {"of"})
            if whole is not None:
                # "seized three of its boats": the boats, not the count; and the party they belong to
                token = whole if self.is_party(whole) else (self.party_behind(whole) or whole)
        entity = self.entity_of(token)
        if entity is not None and role != "equipment" and token.dep_ in {"amod", "compound", "nmod"} \
                and self.clusters[entity].type == "EQUIPMENT" and token.pos_ in {"ADJ", "PROPN"} \
                and not any(ch.isdigit() for ch in token.text):
            entity = None  # "a Kestrian Harrow-9 drone": the national word inside the weapon's name is its owner
        if entity is None and token.dep_ in {"amod", "compound", "nmod"}:
            entity = self.state_of_adjective(token.text, rarer=True)  # "a Kestrian drone": Kestria's
        if entity is None and token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in {"a", "an"}
                                                           for c in token.children):
            name = self.named_later(token)
            if name is not None:
                entity = self.entity_of(name)
                if entity is None:
                    first = min([name.i, *(c.i for c in name.lefts if c.dep_ == "compound" and c.pos_ == "PROPN")])
                    event.role_spans[role] = token.doc[first:name.i + 1]
                    return
        if entity is None and (entity_only or token.pos_ == "PRON"):
            return
        if entity is None and role == "actor" and token.lemma_.lower() in self.fallout:
            return  # "killed by falling debris": the debris of a blast is no doer
        if entity is None and role == "actor" and (kind_of_thing(token) or self.deed(token)):
            # "the poisoning drew protests", "a Kestrian type of drone struck", "an explosion killed two": an act, a
            # kind, is no doer (the claimgraph gold leaves a strike told by its means without an actor; PLOVER GSR
            # FIGHT-0008 codes 'minefield explosion' as the source all the same)
            return
        if role in {"target", "recipient"} and event.type not in FORCE_TYPES and self.own_people(event, token):
            return
        if entity is not None:
            entity = self.national_word_state(self.full_name(entity, token))
            if role != "actor" and entity == event.roles.get("actor"):
                return  # nobody is their own recipient or target
            event.roles[role] = entity
        event.role_spans[role] = self.short_of_source(phrase(token), token)

    def short_of_source(self, words: Span, head: Token) -> Span:
        """'killing at least 12 people, the director of the hospital, Nadia Orlund, told the Courier': the parser may
        hang the one who tells of the act on its victims as an apposition; the role's words stop before them."""
        start = next((s.start for s in words.doc.spans.get("cg_sources", []) if head.i < s.start < words.end), None)
        if start is None:
            return words
        # the apposition holding the source holds its description too ("the director of the hospital, Nadia Orlund")
        end = next((c.left_edge.i for c in head.rights
                    if c.dep_ == "appos" and c.left_edge.i <= start <= c.right_edge.i), start)
        while end > head.i + 1 and words.doc[end - 1].is_punct:
            end -= 1
        return words.doc[words.start:end]

    def own_people(self, event: EventRecord, token: Token) -> bool:
        """ "Varden recalled its envoy", "withdrew their troops": people or staff the actor's own possessive names
        are its own, whom no act but force falls on; the party they are sent to or taken from is named by a phrase
        of its own (PLOVER GSR: 8 records with "its/their" troops, forces, nationals, observers or citizens, none of
        them coded as the target)."""
        actor = event.roles.get("actor")
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if actor is None or owner is None or owner.pos_ != "PRON" or owner.lower_ not in {"its", "their"} \
                or token.lower_ not in self.own_people_nouns:
            return False  # "its partners", "their rivals": others, named by their tie to the actor
        return self.entity_of(owner) in {actor, None}

    def entity_of(self, token: Token | None) -> int | None:
        """The entity a noun phrase names: its head, an apposition, or a name modifying a generic head."""
        if token is None:
            return None
        if token.i in self.entities:
            owner = self.craft_owner_word(token)  # the first entity is 0: only None means no owner
            return owner if owner is not None else self.entities[token.i]
        noun = token.head if token.dep_ == "compound" and token.pos_ == "NOUN" and token.head.pos_ == "NOUN" \
            else token
        if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.i in self.entities \
                and adjacent_apposition(noun.head, noun) and any(c.dep_ == "det" and c.lower_ in {"a", "an"}
                                                                 for c in noun.children):
            # "the Osk Brigades, a rebel group backed by Vell": the group the apposition describes is the party
            return self.entities[noun.head.i]
        for child in token.children:
            if child.dep_ == "appos" and child.i in self.entities and adjacent_apposition(token, child):
                return self.entities[child.i]
            if child.dep_ == "acl" and child.i == token.i + 1 and child.lemma_.lower() in NAMING_CLAUSE_VERBS:
                # "a company called X", "a militia named Y": the name the clause gives is the party
                named = next((c for c in child.children if c.dep_ in {"oprd", "dobj", "attr"}
                              and c.i in self.entities), None) or next(
                    (o for p in child.children if p.dep_ == "prep" and p.lower_ == "as"
                     for o in p.children if o.dep_ == "pobj" and o.i in self.entities), None)
                if named is not None:
                    return self.entities[named.i]
        for child in token.children:
            if child.dep_ in {"compound", "nmod"} and child.i in self.entities and child.i not in self.dateline:
                entity = self.entities[child.i]
                if self.clusters[entity].name == child.text and self.demonym_entity(child) is not None:
                    continue  # "Kestrian government forces": a national adjective, not the forces' name
                return entity
        return None

    def named_later(self, noun: Token) -> Token | None:
        """'A tanker ... transferred its cargo' and later 'the tanker Morning Lark': the thing introduced by a common
        noun is the one the story names with that noun as its title."""
        table = self.table  # a scan of the rest of the story: read from the table, a Token only for what it finds
        lemmas, pos, dep, head = table.lemma, table.pos, table.dep, table.head
        lemma = lemmas[noun.i]
        for i in range(noun.i + 1, len(lemmas)):
            if lemmas[i] != lemma or pos[i] != "NOUN":
                continue
            if dep[i] == "compound" and pos[head[i]] == "PROPN":
                return noun.doc[head[i]]
            for child in table.children[i]:
                if dep[child] == "appos" and pos[child] == "PROPN":
                    return noun.doc[child]
        return None

    def full_name(self, entity: int, token: Token) -> int:
        """'the Front' after 'the Osk Liberation Front': a short name that ends a longer name the story gave before
        is that entity named again (journalistic second reference)."""
        name = self.clusters[entity].name or ""
        if not name or len(name.split()) > 2:
            return entity
        for k, cluster in enumerate(self.clusters):
            longer = cluster.name or ""
            if k == entity or not longer.endswith(" " + name) or cluster.type == "EQUIPMENT":
                continue
            if any(m.start < token.i for m in cluster.mentions):
                return k
        return entity

    def type_of(self, token: Token) -> str | None:
        entity = self.entity_of(token)
        return self.clusters[entity].type if entity is not None else None
