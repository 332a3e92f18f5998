"""Where an act happens or goes: its location, destination and the goods sent there."""
from __future__ import annotations

from spacy.tokens import Token

from .syntax import named_again, objects_of, occurrence_clause
from .words import AHEAD_VERBS, DISPATCH_VERBS, EXPEL_WORDS, REFUSING_ENTRY, SEARCH_NOUNS, SIMULTANEITY


class PlaceReading:
    """Reads where an act is done and where what it moves is sent."""

    def deployment(self, trigger: Token) -> bool:
        """'sent 2,000 troops to the border region', 'will send two frigates to escort the fleet': armed forces moved
        to a place, or to do a task, are deployed, not given to anyone."""
        if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in DISPATCH_VERBS:
            return False  # "contribute troops to a force", "provide soldiers": personnel given, military aid
        forces = next((c for c in trigger.children if c.dep_ == "dobj"), None)
        if forces is None or forces.lower_ not in self.deployed:
            return False
        # "sent warships to the gulf": the parser may tag the to-phrase a dative
        dative = next((o for c in trigger.children if c.dep_ == "dative" and c.lower_ == "to"
                       for o in c.children if o.dep_ == "pobj"), None)
        if any(c.dep_ == "dative" and c.pos_ != "ADP" for c in trigger.children):
            return False  # "sent the rebels troops": given to someone
        if self.pobj(trigger, {"toward", "towards"}) is not None or self.pobj(forces, {"toward", "towards"}) is not None:
            return True  # "sent troops towards Orl": forces are moved towards a place, given to no one
        destination = dative or self.pobj(trigger, {"to"}) or self.pobj(forces, {"to"})
        if destination is None:
            return any(c.dep_ in {"xcomp", "advcl"} and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
                       for c in trigger.children)
        if destination.lemma_.lower() in self.force_actors or destination.lemma_.lower() in self.act_heads:
            return False  # "sent troops to the peacekeeping force / mission": personnel for a body, aid
        # "sent troops to the town of Orl": a place noun names where they go, whatever its of-phrase names
        return not self.is_party(destination) or self.type_of(destination) in {"LOC", "FAC"} \
            or destination.lemma_.lower() in self.place_nouns

    def sent_on_a_task(self, trigger: Token) -> bool:
        """'sent a team to inspect the damage', 'a civilian team sent by X': people sent on a task are given to no
        one; the task, if named, is the act. A team named by what it brings ('a medical team', 'military
        advisers') is aid."""
        if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in DISPATCH_VERBS:
            return False
        sent = next((c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if sent is None and trigger.dep_ == "acl" and trigger.head.pos_ == "NOUN":
            sent = trigger.head  # "a team sent by X"
        if sent is not None and sent.pos_ == "NUM":
            sent = self.pobj(sent, {"of"}) or sent  # "sent two of its inspectors"
        if sent is None or sent.lemma_.lower() not in self.mission_people and sent.lower_ not in self.mission_people:
            return False
        return not any(c.dep_ in {"amod", "compound"} and (c.lower_ in self.aid_modes or c.lemma_.lower()
                                                           in self.aid_modes) for c in sent.children)

    def mission_destination(self, trigger: Token) -> Token | None:
        """'sent 21 inspectors to X to investigate': the place people are sent to do a task is where the task falls
        (PLOVER GSR INVESTIGATE-0002: the destination is the target)."""
        sending = trigger.head
        if trigger.dep_ not in {"advcl", "xcomp"} or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                               for c in trigger.children) \
                or not self.sent_on_a_task(sending):
            return None
        sent = next((c for c in sending.children if c.dep_ == "dobj"), None)
        place = self.pobj(sending, {"to"}) or self.pobj(sent, {"to"})
        return place if place is not None and self.is_party(place) else None

    def forces_goal(self, trigger: Token, theme: Token | None) -> Token | None:
        """ "moved fighters closer to the provincial capital, Velmont", "sent troops towards Orl": the place forces
        are moved to or towards is where the mobilisation stands (FrameNet Cause_motion: Goal), named by a to- or
        towards-phrase on the verb, or on 'closer' or 'nearer' beside the verb or the forces."""
        carriers = [trigger] + ([theme] if theme is not None and theme.i != trigger.i else [])
        carriers += [c for carrier in list(carriers) for c in carrier.children
                     if c.lower_ in {"closer", "nearer"} and c.dep_ in {"advmod", "amod", "acomp", "npadvmod"}]
        for carrier in carriers:
            goal = self.pobj(carrier, {"to", "toward", "towards"})
            if goal is None or goal.i in self.time_tokens:
                continue
            named = next((c for c in goal.children if c.dep_ == "appos"), None)
            place = self.place(goal) or (self.place(named) if named is not None else None)
            if place is not None:
                return place
        return None

    def destination(self, trigger: Token) -> Token | None:
        """'arrived in X on a visit', 'flew to X for talks', 'the first shipment reached X': the place a travel verb
        brings the act's doer or what it moves to, where the act is the verb's purpose or its subject (FrameNet
        Arriving: Goal; Travel: Goal)."""
        if trigger.pos_ != "NOUN":
            return None
        travel = trigger.head
        if trigger.dep_ == "pobj" and travel.lower_ in {"on", "for"}:
            travel = travel.head
        elif trigger.dep_ != "nsubj":
            return None
        if travel.pos_ != "VERB" or travel.lemma_.lower() not in self.travel_verbs or travel.i == trigger.i:
            return None
        goal = self.pobj(travel, {"in", "to", "at", "into"})
        if goal is None and travel.lemma_.lower() in {"reach", "visit"}:
            goal = next((c for c in travel.children if c.dep_ == "dobj"), None)
        return self.place(goal) if goal is not None and goal.i not in self.time_tokens else None

    def vessel_sent(self, trigger: Token) -> bool:
        """'sent two tankers to the port of X', 'the ship was sent to Y for repairs': a ship with no cargo named, moved
        to a place, is given to no one ('sent two tankers of fuel to X', 'ships loaded with grain' stay aid)."""
        if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in DISPATCH_VERBS:
            return False
        ship = next((c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if ship is None or not self.vessel(ship) or ship.lemma_.lower() in self.deployed:
            return False  # warships sent are a deployment, told elsewhere
        if any(c.dep_ in {"prep", "acl"} and (c.lower_ in {"of", "with"} or c.tag_ == "VBN" or c.lower_ == "carrying")
               for c in ship.children) or self.pobj(trigger, {"with"}) is not None:
            return False  # "tankers of fuel", "ships loaded with grain", "carrying aid": the cargo is given
        if any(c.dep_ == "dative" and c.pos_ != "ADP" for c in trigger.children):
            return False  # "sent the rebels two boats": given to someone
        destination = self.pobj(trigger, {"to"}) or next(
            (o for c in trigger.children if c.dep_ == "dative" for o in c.children if o.dep_ == "pobj"), None)
        if destination is None:
            return False
        return self.place(destination) is not None or destination.lemma_.lower() in self.place_nouns \
            or not self.is_party(destination)

    def moved_to_a_thing(self, trigger: Token) -> bool:
        """'transferred its cargo to another vessel': a transfer to no party moves goods, it aids no one."""
        if trigger.pos_ != "VERB" or any(c.dep_ == "dative" for c in trigger.children):
            return False
        destination = self.pobj(trigger, {"to"})
        return destination is not None and not self.is_party(destination) and destination.pos_ == "NOUN" \
            and self.entity_of(destination) is None \
            and destination.lemma_.lower() not in self.place_nouns  # "sent food to the flooded province" aids it

    def border_party(self, trigger: Token) -> Token | None:
        """'moved brigades to its border with X': the party across the border the forces face."""
        for token in trigger.subtree:
            if token.lemma_.lower() in {"border", "frontier", "boundary"}:
                party = self.party_in(self.pobj(token, {"with"}))
                if party is not None:
                    return party
        return None

    def location(self, trigger: Token, theme: Token | None) -> Token | None:
        """Where it happened: a place in a placing phrase on the trigger, or on what it acts on ('struck a market
        in the town of X'); a generic place noun stands for the place its of-phrase names."""
        carriers = [trigger]
        carriers += [c for p in trigger.children if p.dep_ == "prep" and p.lower_ not in self.location_preps
                     for c in p.children if c.dep_ == "pobj" and c.i not in self.time_tokens]
        clause = trigger.head
        if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "in" \
                and trigger.lemma_.lower() in self.circumstance_nouns and clause.head.pos_ == "VERB":
            carriers.append(clause.head)  # "in breach of": where the clause's act took place
        if theme is not None and theme.i != trigger.i:
            carriers.append(theme)
            carriers += [c for p in theme.children if p.dep_ == "prep" for c in p.children if c.dep_ == "pobj"]
            carriers += self.destined(theme)
        carriers += occurrence_clause(trigger)
        for rounds, more in enumerate((carriers, self.simultaneous_carriers(trigger))):
            for carrier in more:
                for child in carrier.children:
                    if child.dep_ == "prep" and child.lower_ in self.location_preps:
                        obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                        place = self.place(obj) if obj is not None and obj.i not in self.time_tokens else None
                        if place is None and obj is not None and obj.pos_ == "NOUN" and obj.i not in self.time_tokens:
                            place = self.place(self.pobj(obj, {"in"}))  # "rioted at a jail in northern X": X
                        if place is not None:
                            if rounds:
                                self.moment_places.add(place.i)
                            return place
        return None

    @staticmethod
    def time_told_by_when(trigger: Token) -> Token | None:
        """ "was last hit in 2021, when a strike on its pylons cut power": a when-clause relative to a time tells
        what happened then (Quirk et al. 1985, 17.12 relative adverb 'when' after a noun of time); the act it
        names, as its verb or its subject or object, takes that time. The word of the time the clause hangs on."""
        node = trigger
        for _ in range(2):
            if node.dep_ == "relcl" and any(c.dep_ in {"advmod", "mark"} and c.lower_ == "when" and c.i < node.i
                                            for c in node.children):
                return node.head
            if node.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
                return None
            node = node.head
        return None

    def destined(self, goods: Token) -> list[Token]:
        """ "a shipment of rifles bound for X at the port of Y last week": a participle naming where goods were
        going ('bound for', 'destined for', 'headed to') describes them; the parser hangs the phrases that follow
        it, which place and date the act done to the goods, on that participle. Those on the goods noun or on the
        noun its of-phrase counts."""
        nouns = [goods] + [o for p in goods.children if p.dep_ == "prep" and p.lower_ == "of"
                           for o in p.children if o.dep_ == "pobj"]
        return [c for n in nouns for c in n.children if c.dep_ == "acl" and c.tag_ in {"VBN", "JJ"}
                and c.i > n.i and any(p.dep_ == "prep" and p.lower_ in self.recipient_preps for p in c.children)]

    def simultaneous_carriers(self, trigger: Token) -> list[Token]:
        """ "opened fire as the convoy crossed a bridge near X on Tuesday": a clause of the same moment, opened by
        as or when, tells where and when the act it hangs on happened (Quirk et al. 1985, 15.25 temporal clauses of
        simultaneity); its verb and what that verb acts on carry the phrases. A while-clause is left out: it sets
        acts side by side, often in other places ("fired on the crowd while officials met in X")."""
        found = []
        for clause in trigger.children:
            if clause.dep_ == "advcl" and clause.pos_ in {"VERB", "AUX"} and any(
                    c.dep_ in {"mark", "advmod"} and c.lower_ in SIMULTANEITY and c.i < clause.i
                    for c in clause.children):
                found.append(clause)
                found += [c for c in clause.children if c.dep_ in {"dobj", "nsubjpass"}]
        return found

    def place(self, token: Token | None) -> Token | None:
        named_as_place = False
        for _ in range(3):
            if token is None:
                return None
            if self.type_of(token) in {"GPE", "LOC", "FAC"} or (
                    self.entity_of(token) is None and token.ent_type_ in {"GPE", "LOC", "FAC"}
                    and token.text[:1].isupper()):  # "in absentia": a lower-case word the tagger alone took is no name
                return token
            if named_as_place and (self.entity_of(token) is not None or token.pos_ == "PROPN"):
                return token  # "the town of Pereth": whatever else the name was taken for, here it is a place
            named_as_place = True
            if token.lemma_.lower() not in self.place_nouns:
                return None
            # "in Kolva's northern hills": a state's own part names the state as the place, as "the hills of Kolva"
            owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                          and (self.type_of(c) == "GPE" or self.entity_of(c) is None and c.ent_type_ == "GPE")), None)
            token = self.pobj(token, {"of"}) or owner
        return None

    def goods_of_a_state(self, token: Token) -> Token | None:
        """The goods of a state a trade measure falls on: 'a ban on Kestrian grain', 'banned Norwalian steel'."""
        if token.pos_ == "VERB" and token.lemma_.lower() in REFUSING_ENTRY:
            # "refused entry to 200 trucks of Kestrian wheat": goods kept out at the border are an embargo on them
            kept_out = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in self.restriction_objects]
            if not kept_out:
                return None
            return next((o for o in (self.pobj(token, {"to"}), self.pobj(kept_out[0], {"to"}))
                         if o is not None and self.national_goods(o) is not None), None)
        if token.lemma_.lower() not in self.goods_measures and token.lower_ not in self.goods_measures:
            return None
        return next((o for o in objects_of(token) if self.national_goods(o) is not None), None)

    def carried_ahead(self, word: Token) -> bool:
        """'goes ahead with', 'pressed ahead with', 'will proceed with': a verb (or its 'ahead') whose with-phrase
        names the act its subject carries out (PolNeAR train: 6 'proceed with / go ahead with' an act, each done by
        the subject: 'proceed with the deal', 'proceed with a disqualification'; weak)."""
        verb = word.head if word.lower_ in {"ahead", "forward"} and word.dep_ == "advmod" else word
        if verb.pos_ != "VERB":
            return False
        lemma = verb.lemma_.lower()
        # "moving forward with", "pressed on with" alike (PolNeAR train: 4 "move forward with" a case or a plan, 1
        # "press forward with"); never "go on with", which mostly asks what happens ("what's going on with", 3 of 4)
        onward = {"ahead", "forward"} if lemma == "go" else {"ahead", "forward", "on"}
        return lemma == "proceed" or lemma in AHEAD_VERBS and any(
            c.dep_ in {"advmod", "prt"} and c.lower_ in onward for c in verb.children)

    def measure_named_before(self, token: Token) -> Token | None:
        """'a ban on Kestrian grain ... The ban takes effect on Monday', 'Norwalia's ban': a measure noun with no object
        of its own names again the same word told before as a trade sanction (on a state's goods, or on imports)."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self.goods_measures or not named_again(token):
            return None  # "the ban on journalists", "the travel ban", "a new ban": a measure of its own
        word = token.lemma_.lower()
        for earlier in reversed(token.doc[self.story_start:token.i]):
            if earlier.pos_ == "NOUN" and earlier.lemma_.lower() == word:
                pattern = self.phrase(earlier)
                if self.goods_of_a_state(earlier) is not None or pattern is not None \
                        and pattern[0]["type"] == "SANCTION" and pattern[1] is not None:
                    return earlier
        return None

    def act_yields(self, verb: Token) -> bool:
        """'the raids yielded 12 arrests', 'the searches yielded three rifles': 'yield' whose subject is an act or a
        search produces a result (WordNet 3.1 yield.v.01 'be the cause or source of'), no concession (CAMEO 08)."""
        if verb.lemma_.lower() != "yield" or not any(c.dep_ == "dobj" for c in verb.children):
            return False
        return any(c.dep_ == "nsubj" and (self.deed(c) or c.lemma_.lower() in SEARCH_NOUNS) for c in verb.children)

    def expulsion_named_before(self, token: Token) -> bool:
        """'X ordered out 30 monitors ... called the expulsion a disgrace': an expulsion noun with no object of its
        own names again an expulsion of an international presence told before (CAMEO 166, SANCTION), not a
        deportation of individuals (CAMEO 174, COERCE): the noun takes the verb's type."""
        if token.lemma_.lower() != "expulsion" or not named_again(token):
            return False
        for earlier in reversed(token.doc[self.story_start:token.i]):
            if earlier.pos_ == "VERB" and self.told_to_leave(earlier) is not None:
                return True
            if earlier.pos_ in {"VERB", "NOUN"} and earlier.lemma_.lower() in EXPEL_WORDS | {"order"}:
                pattern = self.phrase(earlier)
                if pattern is not None and pattern[0].get("mode") == "expel":
                    return True
        return False
