"""The means of an act: the weapons, craft and equipment used, and whose they are."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..annotations import EventRecord
from ..entity_context import adjective_forms
from .syntax import reporter_of, suicide_attacker
from .words import FORCE_TYPES, GOODS_CARRIERS, NATIONAL_SUFFIXES


class MeansReading:
    """Reads the weapons, craft and equipment an act uses, and their owners."""

    def fill_equipment(self, event: EventRecord, token: Token) -> None:
        """A known weapon by its entity; a model designation by its own word ('Harrow-9', not 'Kestrian Harrow-9')."""
        if self.entity_of(token) is not None:
            self.fill(event, "equipment", token)
        else:
            event.role_spans["equipment"] = token.doc[token.i:token.i + 1]

    def fill_craft(self, event: EventRecord, craft: Token) -> None:
        """An armed craft an act is done with: its entity where it has one (a ship's name), else its noun with the
        words that say whose and what craft it is ('Ketterian cutters', 'a Dorvasti patrol boat'), no count."""
        entity = self.entity_of(craft)
        if entity is not None and self.clusters[entity].type in {"VEHICLE", "EQUIPMENT"}:
            self.fill(event, "equipment", craft)
            return
        start = craft.i
        while start > 0 and craft.doc[start - 1].head.i == craft.i \
                and craft.doc[start - 1].dep_ in {"amod", "compound", "nmod"}:
            start -= 1
        event.role_spans["equipment"] = craft.doc[start:craft.i + 1]

    def is_weapon(self, token: Token) -> bool:
        return (token.lower_ in self.weapon_modes or token.lemma_.lower() in self.weapon_modes) \
            and not self.kind_of_company(token) and not suicide_attacker(token)

    def kind_of_company(self, token: Token) -> bool:
        """'shell companies': the word right before a company noun, tied to it in the tree whichever way the parser
        hangs it (modifier, or a verb taking it as object), names a kind of company."""
        if self.table.lower[token.i] not in self.company_modifiers or token.i + 1 >= len(token.doc):
            return False
        noun = token.doc[token.i + 1]
        return noun.lower_ in self.company_nouns and (noun.head.i == token.i or token.head.i == noun.i)

    def owner_of(self, weapon: Token) -> Token | None:
        """Whose weapon it is: a possessor, a national modifier ('Israeli jets', 'a Kestrian drone') or an armed
        party's noun ('government artillery', 'rebel drones', 'police gunfire')."""
        for child in weapon.children:
            if child.dep_ == "poss" and child.pos_ != "PRON":
                return child
        armed = None
        for token in weapon.lefts:
            for node in token.subtree:
                if node.dep_ in {"amod", "compound", "nmod"} and (node.ent_type_ in {"NORP", "GPE", "ORG"}
                                                                 or self.demonym_entity(node) is not None):
                    return node
                named = self.entities.get(node.i)
                if node.dep_ in {"compound", "nmod"} and named is not None \
                        and self.clusters[named].type in {"GPE", "ORG", "NORP"}:
                    return node  # "US Predator attacks": a party the gazetteer knows, whatever the tagger said
                if armed is None and node.dep_ in {"amod", "compound", "nmod"} and node.head.i == weapon.i \
                        and node.pos_ in {"NOUN", "ADJ", "PROPN"} and self.entity_of(node) is None \
                        and (node.lemma_.lower() in self.armed_owners or node.lower_ in self.armed_owners):
                    armed = node
        return armed or self.unknown_nation(weapon)

    def pronoun_owner(self, weapon: Token) -> Token | None:
        """'X said its drones had struck the ship': a weapon owned by a pronoun is the weapon of whom the pronoun
        names, the entity coreference gives it or, in what a party says, that party ('their fighters' alike)."""
        owner = next((c for c in weapon.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
        if owner is None:
            return None
        if self.entity_of(owner) is not None:
            return owner
        clause = next((t for t in [weapon.head, *weapon.head.ancestors] if t.dep_ == "ccomp"), None)
        reporter = reporter_of(clause.head, self.in_story) if clause is not None else None
        if reporter is not None and reporter.pos_ != "PRON" and self.is_party(reporter) \
                and self.agrees(owner, reporter):
            return self.member(reporter, clause.head)
        return None

    def earlier_owner(self, weapon: Token) -> Token | None:
        """ "Kestrian cutters ... the cutters opened fire": a definite weapon or craft with no owner of its own names
        again the nearest earlier one of its word, and is owned as that one is."""
        if not any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in weapon.children):
            return None
        return next((owner for earlier in self.earlier_same_nouns(weapon)
                     if (owner := self.owner_of(earlier)) is not None), None)

    def earlier_same_nouns(self, noun: Token) -> Iterator[Token]:
        """The nouns of the same word before this one in the story, nearest first: what a definite noun may name
        again."""
        lemma = noun.lemma_.lower()
        for i in range(noun.i - 1, self.story_start - 1, -1):
            earlier = noun.doc[i]
            if earlier.pos_ == "NOUN" and earlier.lemma_.lower() == lemma:
                yield earlier

    def armed_craft(self, token: Token) -> bool:
        """A warship, a patrol boat, a coast guard cutter: a craft that carries a state's or a service's arms."""
        words = {token.lower_, token.lemma_.lower()}
        if words & self.craft_heads:
            return True
        if not words & self.craft_modified:
            return False
        if self.craft_modified_here(token):
            return True
        # "a Kestrian patrol boat ... the boat opened fire": a definite craft names again the last one of its word
        if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"} for c in token.children):
            return False
        earlier = next(self.earlier_same_nouns(token), None)
        return earlier is not None and self.craft_modified_here(earlier)

    def craft_modified_here(self, token: Token) -> bool:
        return any(c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in self.craft_modifiers for c in token.children)

    def unknown_nation(self, weapon: Token) -> Token | None:
        """ "Kessan warplanes", "Velmish drones": a national adjective of a state that no list knows and the story
        does not name, which the tagger may take for a person's name; the adjective names the owner all the same
        (PLOVER GSR gives such an adjective as the source: 'Israeli tanks fired', 'Two Palestinian suicide
        bombers killed', 'Egyptian demonstrators rioted'; 5 records)."""
        # the parser may hang the adjective on a noun before the head ("a Velmish patrol boat": on "patrol")
        for node in (n for left in weapon.lefts for n in left.subtree):
            word = node.text
            if node.dep_ not in {"amod", "compound", "nmod"} or node.pos_ not in {"ADJ", "PROPN"} \
                    or not word[:1].isupper() or not word[1:].isalpha() or not word[1:].islower() \
                    or node.ent_type_ not in {"", "NORP", "PERSON"} or len(word) < 5:
                continue
            if self.entity_of(node) is not None and self.type_of(node) not in {"NORP", "PERSON"}:
                continue  # a weapon's own name, an organisation's word: not a nation's adjective
            if word.lower().endswith(NATIONAL_SUFFIXES):
                return node
        return None

    def attacking_from(self, trigger: Token) -> Token | None:
        """ "the depot came under attack from Varnese drones", "came under fire from government troops": the
        attack told from the side that bears it names its doer after "from": the owner of the weapon, or an armed
        force (PLOVER GSR: "came under attack by", coded with the attacker as source). A place the attack came from
        ("from across the border") and people who only criticise ("under fire from Republicans": PolNeAR train, 4
        such, all of them criticism) name no doer."""
        source = self.pobj(trigger, {"from"})
        if source is None or self.place(source) is not None:
            return None
        if self.means(source):
            return self.owner_of(source) or self.fire_source(source, trigger)
        if source.lemma_.lower() in self.armed_owners or source.lower_ in self.armed_owners \
                or source.lemma_.lower() in self.force_actors or source.lower_ in self.force_actors:
            return source
        return None

    def fire_source(self, means: Token, trigger: Token) -> Token | None:
        """ "was hit by artillery fire from government troops", "rockets from rebel positions": the forces or group
        a from-phrase on the fire (or on the passive verb it is the agent of) names are whose fire it is; a place it
        came from ("fire from across the border", "rockets from Gaza") is no doer."""
        carriers = [means]
        if means.dep_ == "pobj" and means.head.dep_ == "agent" and means.head.head.i == trigger.i:
            carriers.append(trigger)
        for carrier in carriers:
            source = self.pobj(carrier, {"from"})
            if source is None or self.place(source) is not None:
                continue
            if self.generic(source) and (source.lemma_.lower() in self.armed_owners
                                         or source.lower_ in self.armed_owners
                                         or self.owner_of(source) is not None):
                return source  # "from government troops", "from rebel fighters"
            if self.type_of(source) in {"ORG", "NORP"}:
                return source  # "from the Karst Brigade"
        return None

    def means_mode(self, means: Token) -> str | None:
        """The mode of an act done with these means: the weapon's ('drones'), the act's ('shelling'), or that of the
        weapon the fire comes from ('mortar fire')."""
        found = self.weapon_modes.get(means.lower_) or self.weapon_modes.get(means.lemma_.lower()) \
            or self.verb_modes.get(means.lemma_.lower())
        return found or next((self.weapon_modes[c.lower_] for c in means.children
                              if c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in self.weapon_modes), None)

    def means(self, token: Token) -> bool:
        """A subject that is what an act is done with, not who does it: a weapon ('drones hit'), an act of force
        ('shelling killed', 'the airstrikes destroyed') or fire from a weapon ('mortar fire wounded')."""
        if self.is_weapon(token):
            return True
        if token.pos_ == "NOUN" and self.armed_craft(token):
            return True  # "a Kestrian patrol boat fired": the boat is the state's means, as its tanks are
        if token.pos_ not in {"NOUN", "VERB", "PROPN"} or self.entity_of(token) is not None:
            return False
        # a capitalised act noun opening a sentence may be tagged a name: "Shelling killed ..."
        lemma = token.lower_ if token.pos_ == "PROPN" else token.lemma_.lower()
        if token.pos_ == "VERB":  # "Shelling killed ...": a gerund subject the parser tags as a verb
            return token.tag_ == "VBG" and token.dep_ in {"nsubj", "csubj"} and self.verbs.get(lemma) in FORCE_TYPES
        if self.nouns.get(lemma) in {"ASSAULT", "FIGHT"} or self.nouns.get(token.lower_) in {"ASSAULT", "FIGHT"}:
            return True
        return lemma in {"fire", "gunfire", "barrage", "salvo"} and any(
            c.dep_ in {"compound", "amod", "nmod"} and self.is_weapon(c) for c in token.children)

    def weapon_used(self, trigger: Token) -> Token | None:
        """The weapon an attack is made with: 'struck by a drone', 'attacked with rockets', 'a drone strike'."""
        for child in trigger.children:
            if child.dep_ in {"prep", "agent"} and child.lower_ in {"with", "by"}:
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None and self.is_weapon(obj):
                    return obj
            if child.dep_ == "dobj" and trigger.lemma_.lower() in self.instrument_objects and self.is_weapon(child):
                return child  # "detonated a bomb near the bridge": the bomb is the means, not what is aimed at
            if trigger.pos_ == "NOUN" and child.dep_ in {"compound", "nmod"} and self.is_weapon(child):
                return child
        return None

    def names_equipment(self, token: Token) -> bool:
        """Whether a phrase's head is an equipment item the entities name ('Harrow-2 batteries', 'a Russian-made air
        defence system'), though its noun is in no object list of the act."""
        entity = self.entity_of(token)
        return entity is not None and self.clusters[entity].type == "EQUIPMENT"

    def equipment_in(self, token: Token | None) -> Token | None:
        """A named weapon in a phrase: 'Harrow-9 drone', or one of a list ('tanks and Grad-4 launchers')."""
        if token is None:
            return None
        for node in [token, *token.conjuncts]:
            entity = self.entity_of(node)
            if entity is not None and self.clusters[entity].type == "EQUIPMENT":
                return node
        for node in [token, *token.conjuncts]:
            if not self.is_weapon(node) and node.lemma_.lower() not in self.aid_modes:
                continue
            for child in node.children:
                # a model designation names the weapon: "a Harrow-9 drone", "Grad-4 rocket launchers"
                if child.dep_ in {"compound", "nmod"} and child.pos_ == "PROPN" \
                        and any(ch.isdigit() for ch in child.text):
                    return child
        return None

    def aid_mode(self, theme: Token | None) -> str | None:
        """Military, humanitarian or economic aid, by what is given: 'supplied drones', 'delivered food'."""
        if theme is None:
            return None
        for node in [theme, *theme.conjuncts, *(c for c in theme.children if c.dep_ == "compound")]:
            mode = self.aid_modes.get(node.lower_) or self.aid_modes.get(node.lemma_.lower())
            if mode is not None:
                return mode
        return None

    def national_goods(self, noun: Token | None, depth: int = 2) -> Token | None:
        """The national adjective of a state naming goods: 'Kestrian grain', 'imports of Kestrian steel' -> 'Kestrian'
        (goods only; 'Kestrian refugees' are people, no trade)."""
        if noun is not None and depth > 0 and noun.pos_ == "NOUN" and noun.lemma_.lower() in GOODS_CARRIERS:
            return self.national_goods(self.pobj(noun, {"of"}), depth - 1)  # "trucks of Kestrian wheat"
        if noun is None or depth == 0 or noun.pos_ != "NOUN" or (
                noun.lemma_.lower() not in self.traded_goods and noun.lower_ not in self.traded_goods):
            return None
        for child in noun.children:
            if child.dep_ not in {"amod", "compound", "nmod"} or not child.text[:1].isupper():
                continue
            entity = self.demonym_entity(child)
            if entity is not None and self.clusters[entity].type == "GPE" \
                    or entity is None and child.ent_type_ == "NORP":
                return child
        return self.national_goods(self.pobj(noun, {"of"}), depth - 1)  # "imports of Kestrian steel"

    def national_owner(self, thing: Token) -> Token | None:
        """The nation a thing's national modifier names ('a Kelmari fuel depot', 'the Kestrian embassy'): a modifier
        the tagger took for a nationality or a state, or the adjective of a state the story names."""
        if self.entity_of(thing) is not None:
            return None  # a name of its own ("the Kestrian Oil Company") is no thing of a nation's
        return next((c for c in thing.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < thing.i
                     and (c.ent_type_ in {"NORP", "GPE"} or self.demonym_entity(c) is not None)), None)

    def craft_owner_word(self, token: Token) -> int | None:
        """ "A Dorvasti patrol boat", "two Velmish coast guard cutters": a word modifying a craft or a weapon that is
        an entity of its own names the craft's owner, not the craft: the entity of a shorter mention inside the
        craft's, or the state its national adjective names."""
        craft = self.entities[token.i]
        if self.clusters[craft].type not in {"VEHICLE", "EQUIPMENT"} or token.dep_ not in {"amod", "compound", "nmod"}:
            return None
        inner = [(len(m), k) for k, cluster in enumerate(self.clusters) if k != craft
                 for m in cluster.mentions if m.start <= token.i < m.end]
        if inner:
            return min(inner)[1]
        state = self.demonym_entity(token)
        return state if state != craft else None

    def demonym_entity(self, token: Token) -> int | None:
        """The state a national adjective names, among the story's entities: 'Kestrian' -> Kestria."""
        return self.state_of_adjective(token.text)

    def national_word_state(self, entity: int) -> int:
        """ "expelled four Kessarine diplomats": an entity that is no more than a national adjective (the name tagger
        may take a lone "Kessarine" for a person or a group) stands for the state the adjective names, where the story
        names that state; any other entity stays itself."""
        cluster = self.clusters[entity]
        name = cluster.name or ""
        if cluster.type in {"GPE", "EQUIPMENT"} or " " in name or not all(m.text == name for m in cluster.mentions):
            return entity
        state = self.state_of_adjective(name, rarer=True)
        return state if state is not None and self.clusters[state].type == "GPE" else entity

    def state_of_adjective(self, word: str, rarer: bool = False) -> int | None:
        """The story's entity a national adjective is formed from ('Kestrian' -> Kestria); with `rarer`, also by the
        rarer suffix "-ine" ("Argentine", "Philippine": Wikipedia, Demonym, English suffixes; states.csv: 2 of 95,
        weak), asked only of a word the tagger left standing alone."""
        if not word[:1].isupper():
            return None
        for k, cluster in enumerate(self.clusters):
            name = cluster.name or ""
            if cluster.type in {"PERSON", "EQUIPMENT"} or not name or len(name) < 3 or " " in name:
                continue
            if word in adjective_forms(name) or rarer and word == name.rstrip("aeiou") + "ine":
                return k
        return None
