"""Acts of taking: territory, vessels and people seized, held in custody or released."""
from __future__ import annotations

from spacy.tokens import Token

from ..annotations import EventRecord
from .syntax import prep_object, shared_passive_subject
from .words import (CASUALTY_VERBS, COUNTED_PEOPLE, COUNT_WORDS, PERSONAL_PRONOUNS, QUANTITY_NOUNS, RELATIVE_PRONOUNS,
                    RELEASE_WORDS, SHIP_NAME_TYPES)


class TakingReading:
    """Reads what an act of taking took, and who holds or frees it."""

    def territory_taken(self, verb: Token) -> tuple | None:
        """A verb of taking whose object (or passive subject, or "control of" it) is a land or a town: taken by an
        armed force or a state it is ground won by force (PLOVER FIGHT 'occupy territory', CAMEO 19); captured by a
        person it is a contest won at the polls ('Senator Vane captured Tesland'), no act of force. Gives the
        (type, mode, object) of `named_act`, None for the act of none, or nothing where neither holds."""
        # the verb's own object: a second one is the parser's misreading of a phrase after it ("seized the Grey
        # Heron in disputed waters off Cape Norr", "off" taken for a particle and the cape for an object)
        obj = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if obj is not None and obj.lemma_.lower() == "control":  # "took control of the port of Sella"
            obj = self.pobj(obj, {"of", "over"})
        if obj is None:
            return None
        place = self.place(obj)
        if not (self.type_of(obj) in {"GPE", "LOC"} or place is not None and self.type_of(place) != "FAC"
                or obj.lemma_.lower() in self.place_nouns and obj.pos_ == "NOUN"):
            return None
        doer = verb
        while doer.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in doer.children):
            doer = doer.head  # "advanced and took the town": the first verb's doer
        doers = [c for c in doer.children if c.dep_ == "nsubj"]
        doers += [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        doers = [w.head if w.dep_ == "poss" else w for d in doers for w in [d, *d.conjuncts]]
        if any(self.armed_agent(w)
               or self.type_of(w) == "GPE" or w.lemma_.lower() in self.force_actors for w in doers) \
                or self.armed_doer(verb):
            return "FIGHT", None, obj
        if verb.lemma_.lower() == "capture" and any(self.type_of(w) == "PERSON" for w in doers):
            return None, None, None
        return None

    def taken_thing(self, trigger: Token) -> Token | None:
        """What a verb or noun of taking takes: its object or passive subject, the noun a participle describes
        ('rockets captured from the rebels'), or the of-phrase of its noun ('the seizure of two engineers')."""
        if trigger.pos_ == "NOUN":
            return self.pobj(trigger, {"of"})
        taken = next((c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if taken is None and trigger.dep_ == "acl" and trigger.tag_ == "VBN":
            taken = trigger.head
        if taken is None and trigger.dep_ == "conj":
            taken = shared_passive_subject(trigger)
        return taken

    def taking_mode(self, trigger: Token) -> str | None:
        """How a party takes what it seizes or captures (PLOVER COERCE modes): people are detained ('seized two
        engineers', 'the workers were seized'), arms and goods seized ('captured 40 rifles'); None for anything
        else (a place, a chance: 'captured the town', 'seized the initiative')."""
        taken = self.taken_thing(trigger)
        if taken is None:
            return None
        lemma, word = taken.lemma_.lower(), taken.lower_
        entity = self.entity_of(taken)
        kind = self.clusters[entity].type if entity is not None else None
        if word in PERSONAL_PRONOUNS or kind == "PERSON" or entity is None and taken.ent_type_ == "PERSON" \
                or lemma in self.taken_people or word in self.taken_people:
            return "detain"
        if kind == "EQUIPMENT" or self.is_weapon(taken) or self.aid_modes.get(lemma) == "military" \
                or self.aid_modes.get(word) == "military" or lemma in self.taken_goods or word in self.taken_goods:
            return "seize"
        return None

    def seized_vessel(self, verb: Token) -> Token | None:
        """The ship a verb seizes: 'commandos boarded the tanker', 'the ship was boarded by marines', 'took control of
        the Brinna Gale'; a verb joined to another by 'and' takes that verb's ship ('boarded and seized the tanker')."""
        lemma = verb.lemma_.lower()
        if lemma in self.control_verbs:
            # "boarded and took control of the Brinna Gale": a name boarded is a ship's
            boarded = any(v.lemma_.lower() in self.boarding_verbs for v in verb.conjuncts)
            return self.controlled_vessel(verb, named=boarded)
        if lemma not in self.boarding_verbs:
            return None
        kids = list(verb.children)
        doer = verb
        while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in doer.children) and doer.dep_ == "conj":
            doer = doer.head  # "commandos boarded and seized": the first verb's subject boards too
        subjects = [c for c in doer.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBG":
            subjects = [verb.head]  # "footage showed naval commandos boarding the trawler": the noun boards
        agents = [o for c in kids if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        doers = [w for d in subjects + agents for w in [d, *d.conjuncts]]
        # a boarding with no one named may be an inspection or a journey ("the ship was boarded at Varsk")
        if not any(w.lemma_.lower() in self.boarders or w.lower_ in self.boarders for w in doers):
            return None  # "passengers boarded the ship": travellers, no seizure
        if any(c.dep_ == "prep" and c.lower_ in {"to", "for"} for c in kids):
            return None  # "troops boarded ships for the island": a journey
        # what one boards is a vehicle: a name boarded by a force is a ship's ("marines boarded the Oltan Star")
        ship = next((c for c in kids if c.dep_ in {"dobj", "nsubjpass"} and self.vessel(c, named=True)), None)
        if ship is not None:
            return ship
        if any(c.dep_ == "dobj" for c in kids):
            return None
        # the ship of a verb joined by "and": "boarded and seized the tanker", "boarded and took control of it"
        for other in [*verb.conjuncts]:
            if other.pos_ != "VERB":
                continue
            found = next((c for c in other.children if c.dep_ == "dobj" and self.vessel(c, named=True)), None) \
                or (self.controlled_vessel(other, named=True) if other.lemma_.lower() in self.control_verbs
                    else None)
            if found is not None:
                return found
        return None

    def controlled_vessel(self, verb: Token, named: bool = False) -> Token | None:
        """'took control of the tanker': the ship whose control a verb takes; `named`, a name boarded before it
        ('boarded and took control of the Brinna Gale')."""
        for noun in verb.children:
            if noun.dep_ == "dobj" and noun.lemma_.lower() in self.control_nouns:
                ship = prep_object(noun, {"of", "over"}, self.table)
                if ship is not None and self.vessel(ship, named):
                    return ship
        return None

    def vessel(self, noun: Token, named: bool = False) -> bool:
        """Whether a noun names a ship: a ship noun ('the tanker'), a name with one ('the tanker Brinna Gale'), or
        a name the entity finder took for a vehicle ('the Brinna Gale')."""
        if noun.lemma_.lower() in self.vessels or noun.lower_ in self.vessels:
            return True
        if any(c.dep_ in {"compound", "appos"} and c.lemma_.lower() in self.vessels for c in noun.children):
            return True
        if noun.dep_ == "appos" and noun.head.lemma_.lower() in self.vessels:
            return True
        entity = self.entity_of(noun)
        if entity is not None and self.clusters[entity].type == "VEHICLE":
            return True
        # a ship's name the entity finder took for a building or a product: no person, body or place is boarded
        return named and noun.pos_ == "PROPN" and (entity is None or self.clusters[entity].type in SHIP_NAME_TYPES)

    def person_taken(self, verb: Token) -> bool:
        """Whether what a verb takes (object or passive subject) is a named person or a personal pronoun."""
        for taken in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
            entity = self.entities.get(taken.i)
            if taken.lower_ in {"him", "her", "them", "he", "she", "they"} or (
                    self.clusters[entity].type == "PERSON" if entity is not None else taken.ent_type_ == "PERSON"):
                return True
        return False

    def patient_possessor(self, noun: Token) -> bool:
        """ "his arrest", "the envoy's expulsion": the possessor of such a noun is the one the act falls on, unless
        an of-phrase names that one ("the army's arrest of two reporters": the army arrests); PolNeAR train: 8
        "his/her/their arrest, release, killing ..."."""
        return noun.pos_ == "NOUN" and noun.lemma_.lower() in self.patient_nominals \
            and self.pobj(noun, {"of"}) is None

    def custody(self, trigger: Token) -> tuple[Token, Token | None] | None:
        """(the one kept, the keeper or None) of detention told as a state: "X remains in custody", "X was taken
        into custody by police", "X is being held by the army" (a passive hold/keep whose subject is a person);
        PolNeAR train: 6 such phrases."""
        verb = None
        if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ in self.custody_preps \
                and trigger.lemma_.lower() in {"custody", "detention"} and trigger.head.head.pos_ in {"VERB", "AUX"}:
            verb = trigger.head.head
            # "forces took X into custody": X is kept and the subject keeps; "X remains in custody": X is kept
            kept = next((c for c in verb.children if c.dep_ == "dobj"), None) \
                or next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if kept is not None and kept.dep_ == "dobj":
                keeper = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                return kept, keeper
        elif trigger.pos_ == "VERB" and trigger.lemma_.lower() in self.held_verbs \
                and any(c.dep_ == "auxpass" for c in trigger.children) \
                and not any(c.dep_ in {"dobj", "oprd", "acomp", "xcomp", "attr", "ccomp"} for c in trigger.children):
            verb = trigger
            kept = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
            if kept is not None and (kept.lower_ in COUNT_WORDS or kept.like_num):
                # "four of its engineers were being held": the people counted are the ones held
                kept = self.pobj(kept, {"of"}) or kept
            if kept is not None and kept.lower_ in RELATIVE_PRONOUNS and trigger.dep_ == "relcl":
                # "X, who had been held for months": X is the one held ("who" tells a person even where the
                # name is misread as a place)
                kept = trigger.head if kept.lower_ in {"who", "whom"} or self.a_person(trigger.head) else None
            elif not self.a_person(kept):
                return None  # "talks were held", "the town is held by rebels"
        elif trigger.pos_ == "VERB" and trigger.lemma_.lower() in self.held_verbs \
                and not any(c.dep_ in {"auxpass", "prt", "oprd", "xcomp", "ccomp"} for c in trigger.children):
            # "the navy held its crew for nine days": an active hold of people (PropBank hold.01, ARG1 the held)
            kept = next((c for c in trigger.children if c.dep_ == "dobj"), None)
            if kept is not None and kept.lower_ in QUANTITY_NOUNS:
                kept = self.pobj(kept, {"of"}) or kept  # "held thousands of refugees": the refugees are held
            if kept is not None and kept.pos_ == "PRON" and kept.lower_ in PERSONAL_PRONOUNS \
                    and self.armed_holder(trigger):
                return kept, self.actor(trigger)  # "its fighters were holding them": people an armed force keeps
            if kept is None or kept.pos_ == "PRON" or not self.a_person(kept):
                return None  # "held talks", "held the town"
            return kept, self.actor(trigger)  # the holder: the subject, or that of the verb it is joined to
        else:
            return None
        if kept is None:
            return None
        keeper = next((o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
        return kept, keeper

    def thing_as_supplier(self, doer: Token) -> bool:
        """A facility named by a common noun, of no party named with it: 'the depot', 'the pipeline' (not 'Kessar's
        army depot', whose owner may be the giver); one the story told before ("struck a fuel depot ... the depot
        supplied most units") is still a facility."""
        places = self.supplying_places
        return doer.pos_ == "NOUN" and (doer.lemma_.lower() in places or doer.lower_ in places) \
            and self.type_of(doer) in {None, "FAC"} and not self.is_party(doer) \
            and not any(c.dep_ in {"poss", "compound", "amod", "nmod"} and self.is_party(c) for c in doer.children)

    def released(self, trigger: Token, theme: Token | None, actor: Token | None) -> Token | None:
        """The people a release sets free: 'freed the hostages', 'the men would be released', 'the release of
        the detainees' (a person or party, not the doer, not a thing returned)."""
        if trigger.lemma_.lower() not in RELEASE_WORDS:
            return None
        if theme is None and trigger.dep_ == "conj" and any(c.dep_ == "auxpass" for c in trigger.children):
            # "was held for two days and would be released": the passive conjuncts share their subject
            theme = next((c for c in trigger.head.children if c.dep_ == "nsubjpass"), None)
        if theme is None or theme.i == trigger.i:
            return None
        if actor is not None and theme.i == actor.i:
            return None
        return theme if self.a_person(theme) or self.is_party(theme) else None

    def armed_holder(self, verb: Token) -> bool:
        """Whether the subject of a verb of holding is an armed or police force ('fighters', 'the army')."""
        holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return holder is not None and self.armed_agent(holder)

    def a_person(self, kept: Token | None) -> bool:
        """A person or people: a personal pronoun, a person's name, or a noun for people ('crew', 'refugees')."""
        if kept is None:
            return False
        entity = self.entities.get(kept.i)
        return kept.lower_ in {"he", "she", "they", "who"} \
            or entity is not None and self.clusters[entity].type == "PERSON" \
            or entity is None and kept.pos_ == "PROPN" and kept.ent_type_ in {"", "PERSON"} \
            or kept.pos_ == "NOUN" and kept.lower_ in self.unarmed_parties \
            or kept.pos_ == "NOUN" and kept.lemma_.lower() in self.member_nouns | self.leader_titles \
            or kept.pos_ == "NOUN" and kept.lemma_.lower() in self.taken_people \
            or kept.pos_ == "NOUN" and (kept.lemma_.lower() in self.generic_agents or kept.lemma_.lower() in
                                        {"man", "woman", "person", "people", "child", "national", "crew",
                                         # WordNet suspect.n.01, a person ("arrested the suspects in X"),
                                         # and crowd.n.01, a large number of people gathered together
                                         "suspect", "crowd"})

    def bare_count(self, token: Token) -> bool:
        """ "two were killed and more than 60 wounded": a count standing alone for whom a hostile act fell on counts
        people, no thing that would stand aside for the place it was hit in."""
        return token.pos_ == "NUM" and self.pobj(token, {"of"}) is None

    def counted_victims(self, event: EventRecord, victims: Token) -> bool:
        """ "killed six", "wounded at least 40 people", "killed 23 people": the victims of a killing or wounding
        told only by their number, with nothing saying who they are ("six Velmish soldiers", "three of its crew"
        say it)."""
        verb = event.trigger.root
        if event.type not in {"ASSAULT", "FIGHT"} or verb.pos_ != "VERB" or verb.lemma_.lower() not in CASUALTY_VERBS:
            return False
        if victims.pos_ == "NUM":
            return self.pobj(victims, {"of"}) is None
        return victims.lemma_.lower() in COUNTED_PEOPLE and any(c.dep_ == "nummod" for c in victims.children) \
            and not any(c.dep_ in {"amod", "compound", "nmod", "poss"} or c.dep_ == "prep" and c.lower_ == "of"
                        for c in victims.children)
