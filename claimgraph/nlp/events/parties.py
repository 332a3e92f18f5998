"""The other party of an act: its target or recipient, the theme it moves and the partner it acts with."""
from __future__ import annotations

from spacy.tokens import Token

from .syntax import (aux_passive_subject, content_clause, counted_object, kind_of_thing, prep_object,
                     shared_passive_subject, shifted_object, verb_forms)
from .words import (AIMING_VERBS, AROUND_PREPS, DEADLINE_UNITS, EMPLOYING, FORCE_TYPES, MATTER_TYPES, NOT_PARTY_LABELS,
                    NOT_PARTY_TYPES, ORIGIN_VERBS, PARTY_LABELS, PARTY_PREPS, PLACE_TARGETED, RELATIVE_PRONOUNS)


class PartyReading:
    """Finds the party an act is done to or with, and what it moves."""

    def other_party(self, trigger: Token, theme: Token | None, type_: str, means: bool = False) -> Token | None:
        """Whom an act is done to or with: its object when that is a party, whom a demand binds, the owner of its
        object ('rejected Iran's proposal', 'the removal of the president'), or a party to, with or against whom
        it is done."""
        if theme is not None and self.is_party(theme) and not means:
            return theme
        if theme is None and trigger.pos_ == "VERB" and trigger.lemma_.lower() in self.charge_verbs:
            of = next((p for c in [trigger, *(x for x in trigger.children if x.dep_ == "xcomp" and x.tag_ == "VBG")]
                       for p in c.children if p.dep_ == "prep" and p.lower_ == "of"), None)
            accused = self.accused(trigger, of) if of is not None else None
            if accused is not None and self.is_party(accused):
                return accused  # "accused Novrath of moving ...", the name misparsed: Novrath is accused
        if type_ == "DEMAND":
            # "demanded that X ...", "its demands that X grant ...", "insisted on its demands that X ..."
            doer = self.pobj(theme, {"by"}) if theme is not None and theme.pos_ == "NOUN" else None
            if doer is not None and self.is_party(doer):
                return doer  # "demanded an admission by X that ...": whoever is to admit
            if theme is not None and theme.pos_ == "NOUN" and self.noun_type(theme) is not None:
                doer = self.actor(theme)  # "demanded the withdrawal of X's forces": whoever is to withdraw
                if doer is not None and doer.pos_ != "PRON" and self.is_party(doer):
                    return self.party_in(doer) if self.generic(doer) and self.party_in(doer) else doer
            preposition = self.prepositional_control.get(trigger.lemma_.lower()) if trigger.pos_ == "VERB" else None
            addressee = self.pobj(trigger, {preposition}) if preposition is not None else None
            if addressee is not None and addressee.pos_ != "PRON" and any(
                    c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    for c in trigger.children):
                return addressee  # "called on both sides to allow inspectors in": the sides are asked, not the inspectors
            clauses = [*trigger.children, *(c for n in (theme, self.pobj(trigger, {"on"})) if n is not None
                                            for c in n.children)]
            if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
                # "reiterated its demand today that X ...": the parser hangs the demand's clause on the verb
                clauses += [c for c in trigger.head.children if c.dep_ == "ccomp"
                            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
            for child in clauses:
                if child.dep_ in {"ccomp", "xcomp", "acl"} and not (child.dep_ == "acl" and child.tag_ == "VBN"):
                    bound = next((c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                    if bound is not None and bound.pos_ != "PRON":
                        return bound
            if self.deontic_clause(trigger):
                bound = next((c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                if bound is not None:
                    return bound
        if theme is not None and self.role_holder(theme) and not means:
            return theme  # "killed a militia commander": the commander, whom the group noun only describes
        if theme is not None:
            for child in theme.children:
                if child.dep_ == "poss" or (child.dep_ in {"amod", "compound", "nmod"} and self.is_party(child)):
                    if child.pos_ != "PRON":
                        return child
            for prep in ("of", "by", *PARTY_PREPS):
                party = self.pobj(theme, {prep})
                if party is not None and self.is_party(party):
                    return party
            for conjunct in theme.conjuncts:
                # "launched artillery, mortar and rocket fire against X's camps": the against-phrase the parser
                # hangs on the last of the coordinated things covers them all
                aimed = self.pobj(conjunct, {"against"})
                party = self.party_in(aimed) if aimed is not None else None
                if party is not None:
                    return party
            behind = self.party_behind(theme, trigger)  # "rejected calls by Osk's rulers": Osk
            if behind is not None and behind.i != theme.i:
                return behind
        if type_ in FORCE_TYPES and trigger.pos_ == "VERB" and trigger.lemma_.lower() in AIMING_VERBS:
            # "fired live rounds at protesters", "threw grenades at a patrol": what is fired or thrown is the
            # means, the at-phrase its aim (VerbNet throw-17.1 and fire: Destination 'at'), on the verb or on its
            # object as the parser hangs it; only for an act of force already told, since "fired back at
            # a rival" and "a shot at the presidency" are words or chances (PolNeAR train: all 20 "shot at" and
            # "fired at" are so)
            # "fired on mourners": fire is aimed on a target as well as at it (PolNeAR train: 2 of force, "fired on
            # the crowd", "fire on revelers"; "fired on June 5" names a time, no aim)
            preps = {"at", "on"} if trigger.lemma_.lower() == "fire" else {"at"}
            aim = self.pobj(trigger, preps) or (self.pobj(theme, {"at"}) if theme is not None else None)
            if aim is not None and (aim.i in self.time_tokens or aim.ent_type_ in {"DATE", "TIME"}):
                aim = None
            party = self.party_behind(aim, trigger) if aim is not None else None
            # a site the story names ("launched drones at the depot") is hit as the object of "struck" is
            if party is not None or aim is not None and (self.a_person(aim) or self.type_of(aim) == "FAC"):
                return party or aim
        # "opened an investigation into X": the parser hangs the act noun's preposition on its light verb
        carriers = [trigger] if self.clause(trigger) is trigger else [trigger, self.clause(trigger)]
        for prep, carrier in ((p, c) for p in PARTY_PREPS for c in carriers):
            obj = self.pobj(carrier, {prep})
            if prep == "into" and obj is not None and obj.lemma_.lower() in self.place_nouns:
                continue  # "an incursion into the province of X": where it goes, not whom it targets
            if prep == "on" and (type_ in MATTER_TYPES or self.trigger_type(trigger) in MATTER_TYPES):
                continue  # "failed to agree on a swap of detainees", "talks on trade": the matter, no party
            if prep == "from":
                asker = self.requester(trigger)
                if asker is not None and (carrier is trigger or obj is not None and obj == asker):
                    continue  # "a demand from X": X asks, the demand is not aimed at X
            # "an investigation into crimes committed by X", "rallies against the policies of X"
            party = self.party_behind(obj, trigger) if obj is not None else None
            if party is not None:
                return party
        return None

    def party_in(self, token: Token | None) -> Token | None:
        """The party a phrase names: itself, or its owner ('against Sweden's decision', 'the arrest of X')."""
        if token is None or kind_of_thing(token):
            return None
        if self.is_party(token):
            return token
        for child in token.children:
            if child.pos_ != "PRON" and (child.dep_ == "poss" or (child.dep_ in {"amod", "compound", "nmod"}
                                                                  and self.is_party(child))):
                return child
        owner = self.pobj(token, {"of", "by"})
        return owner if owner is not None and self.is_party(owner) else None

    def generic(self, token: Token) -> bool:
        """A common noun naming a party by its role: 'refugees', 'the police' (CAMEO generic agents)."""
        if token.pos_ == "PROPN" and token.is_title and self.entity_of(token) is None:
            # "BRAMMON (Wire) - Officers of X ...": a common noun capitalised after a dateline, tagged a name
            word = token.lower_
            return word in self.generic_agents or word.endswith("s") and word[:-1] in self.generic_agents
        return token.pos_ == "NOUN" and self.entity_of(token) is None \
            and (token.lemma_.lower() in self.generic_agents or token.lower_ in self.generic_agents)

    def party_around(self, thing: Token, act: Token, depth: int = 3) -> Token | None:
        """The party or named place a thing hit or acted on belongs to or lies in: 'a camp for refugees', 'mediation
        efforts among X's republics', 'power lines leading into X', 'a state of siege in X', 'targets in X'."""
        if depth == 0 or self.entity_of(thing) is not None and not self.is_party(thing):
            return None
        for child in thing.children:
            if child.i == act.i:
                continue
            if child.dep_ == "prep" and child.lower_ in AROUND_PREPS:
                for obj in (c for c in child.children if c.dep_ == "pobj"):
                    if obj.i in self.time_tokens:
                        continue
                    if self.is_party(obj) and not self.generic(obj) or self.type_of(obj) == "GPE":
                        return obj
                    found = self.party_in(obj) or self.party_around(obj, act, depth - 1)
                    if found is not None:
                        return found
            elif child.dep_ in {"acl", "relcl"} and child.pos_ == "VERB":
                found = self.party_around(child, act, depth - 1)
                if found is not None:
                    return found
        return None

    def party_behind(self, token: Token, act: Token | None = None, depth: int = 3) -> Token | None:
        """The party behind an act, a policy or a thing: its possessor or national modifier, the agent of its
        participle ('crimes committed by X'), or that of the noun its of-phrase names ('the return of property
        seized by X', 'the government of X')."""
        if depth == 0 or token is None or kind_of_thing(token):
            return None
        if self.is_party(token):
            return token
        owner = self.party_in(token)
        if owner is not None:
            return owner
        for child in token.children:
            if child.dep_ == "acl" and child.tag_ == "VBN" and (act is None or child.i != act.i):
                agent = next((c for c in child.children if c.dep_ == "agent"), None)
                doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
                if doer is not None and self.is_party(doer):
                    return doer
        employer = self.employer(token)  # "technicians working for X"
        if employer is not None and self.is_party(employer):
            return employer
        for prep in ("of", "by", "from"):
            inner = self.pobj(token, {prep})
            if inner is not None:
                found = self.party_behind(inner, act, depth - 1)
                if found is not None:
                    return found
        return None

    def place_of(self, trigger: Token, type_: str) -> Token | None:
        """A curfew, a crackdown, a deployment or a protest in a place falls on that place's people and rulers."""
        if type_ not in PLACE_TARGETED:
            return None
        place = self.pobj(self.clause(trigger), {"in"}) or self.pobj(trigger, {"in"})
        if place is not None and (place.ent_type_ == "GPE" or self.type_of(place) == "GPE"):
            return place
        return None

    def requester(self, noun: Token) -> Token | None:
        """ "a demand from the president", "calls from X for new loans": a request comes from whoever makes it, so
        its from-party is its doer, not whom it is aimed at (PolNeAR train: of 28 "demand/request/call/appeal/
        pressure from/by", 24 name the one asking; the rest a place or a thing, "a call from the scene")."""
        if noun.pos_ != "NOUN" or self.nouns.get(noun.lemma_.lower()) != "DEMAND" and not self.call_answered(noun) \
                and not self.order_to_act(noun, "NOUN"):
            return None
        source = self.pobj(noun, {"from"})
        if source is None and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in ORIGIN_VERBS:
            source = self.pobj(noun.head, {"from"})  # "the order to clear the square had come from the presidency"
        return source if source is not None and self.is_party(source) else None

    def is_party(self, token: Token) -> bool:
        """A person, group or state: a known entity, a name, or a noun named by a nationality or place."""
        if token.ent_type_ in NOT_PARTY_LABELS or token.i in self.time_tokens or kind_of_thing(token):
            return False
        if token.i in self.dateline:
            # "KORVALA (Wire) - Kessarian air defences shot down ...": the parser may hang the dateline's outlet on
            # the lead's subject; the place and outlet of a report are no party to what it tells
            return False
        entity = self.entity_of(token)
        if entity is not None:
            return self.clusters[entity].type not in NOT_PARTY_TYPES
        if token.pos_ == "PROPN" or token.ent_type_ in PARTY_LABELS:
            return True
        if token.pos_ != "NOUN":
            return False
        if any(c.dep_ in {"amod", "compound"} and c.ent_type_ in PARTY_LABELS for c in token.children):
            # "Kelmari officials" are a party; "a Kelmari fuel depot" is a thing of Kelmar's
            return token.lemma_.lower() not in self.facilities
        # "refugees", "the police": a party named by its role, unless a party it belongs to is named with it
        # ("fighters from the Brigades" stand for the Brigades)
        return (token.lemma_.lower() in self.generic_agents or token.lower_ in self.generic_agents) \
            and not any(self.is_party(o) for o in (self.pobj(token, {"from", "of"}), self.employer(token))
                        if o is not None)

    def employer(self, token: Token) -> Token | None:
        """ "engineers employed by X", "staff working for X", "people who work for X": whom people named by their
        work are employed by (PolNeAR train: 8 people nouns so modified, "citizens who work for the company",
        "pollster working for Priorities USA", each the party they work for)."""
        for child in token.children:
            if child.dep_ not in {"acl", "relcl"} or child.lemma_.lower() not in EMPLOYING:
                continue
            for prep in (c for c in child.children if c.dep_ in {"agent", "prep"} and c.lower_ in {"by", "for"}):
                found = next((o for o in prep.children if o.dep_ == "pobj"), None)
                if found is not None:
                    return found
        return None

    def pobj(self, token: Token | None, preps: set[str]) -> Token | None:
        return prep_object(token, preps, self.table)

    def act_head(self, token: Token) -> bool:
        """A noun that names an undertaking whose kind its compound gives: 'mediation effort', 'rescue mission'."""
        return token.lemma_.lower() in self.act_heads or token.lower_ in self.act_heads

    def partner(self, trigger: Token, actor: int | None) -> Token | None:
        """Whom one meets: 'met with X', 'talks between X and Y', 'discussions among X, Y and Z', 'a mediation effort
        between X and Y'."""
        first = self.pobj(trigger, {"with", "between", "among"})
        if first is None and trigger.dep_ == "compound" and self.act_head(trigger.head):
            first = self.pobj(trigger.head, {"with", "between", "among"})
        if first is None and trigger.dep_ == "dobj" and self.is_light(trigger.head):
            first = self.pobj(trigger.head, {"between", "among"})  # "launched mediation on Saturday between X and Y"
        if first is None:
            return None
        for token in [first, *first.conjuncts]:
            if self.entity_of(token) is not None and self.entity_of(token) != actor:
                return token
        return None

    def shared_object_verb(self, verb: Token) -> Token | None:
        """'donated and personally delivered goods to X', 'arrested and beat the marchers': a transitive verb with no
        object or complement of its own, joined by 'and' or 'or' to the verb right after it that shares its subject,
        shares that verb's object and the phrases after it (Quirk et al. 1985, 13.88: ellipsis of the object in the
        first of coordinated clauses). Returns that verb, or None."""
        if verb.pos_ != "VERB" or any(c.dep_ in {"dobj", "dative", "nsubjpass", "prep", "xcomp", "ccomp", "prt", "agent",
                                                  "attr", "acomp", "oprd"} for c in verb.children):
            return None
        conj = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
        if conj is None or not any(c.dep_ == "cc" and c.lower_ in {"and", "or"} and verb.i < c.i < conj.i
                                   for c in verb.children):
            return None
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children):
            return None  # a clause of its own: "Tesland gave and the others followed"
        if not any(c.dep_ == "dobj" for c in conj.children):
            return None
        between = verb.doc[verb.i + 1:conj.i]
        if any(t.dep_ not in {"cc", "advmod", "punct"} for t in between):
            return None  # only "and", "or" and an adverb stand between them
        return conj

    def theme_and_recipient(self, trigger: Token) -> tuple[Token | None, Token | None]:
        """What is moved and who receives it: 'provide R with X', 'provide X to R', 'X was provided for use by R'."""
        kids = list(trigger.children)
        shared = self.shared_object_verb(trigger)
        if shared is not None:
            return self.theme_and_recipient(shared)  # "donated and delivered goods to X": the goods, to X
        obj = next((c for c in kids if c.dep_ in {"dobj", "nsubjpass"} and c.lower_ not in RELATIVE_PRONOUNS), None)
        undergoer_ = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        kept = next((c for c in kids if c.dep_ == "dobj"), None)
        if trigger.pos_ == "VERB" and undergoer_ is not None and kept is not None:
            # "the crew was given access", "the rebels were sent rifles": the passive of a verb with two objects
            # makes the receiver its subject and keeps the thing given as object
            return kept, undergoer_ if self.is_party(undergoer_) else None
        if obj is None and trigger.dep_ in {"relcl", "acl"} and trigger.head.pos_ in {"NOUN", "PROPN"} \
                and not content_clause(trigger):
            obj = trigger.head
        if obj is None and trigger.pos_ == "VERB":
            # "the barge was seized" with 'the barge' hung on the auxiliary: what the passive verb acts on
            obj = aux_passive_subject(trigger) or shifted_object(trigger) or counted_object(trigger) \
                or shared_passive_subject(trigger)
        if trigger.pos_ == "NOUN":
            obj = self.pobj(trigger, {"of"})
        # "provide X with Y": the parser often hangs the with-phrase on X rather than on the verb
        with_obj = self.pobj(trigger, {"with"}) or self.pobj(obj, {"with"})
        if with_obj is not None and obj is not None and self.verbs.get(trigger.lemma_.lower()) == "AID":
            return with_obj, obj
        if any(f in self.object_recipients for f in verb_forms(trigger, self.table)):
            helped = obj if trigger.pos_ == "VERB" else None
            if helped is None:
                helped = self.relative_antecedent(trigger)
            if helped is not None and (not self.is_party(helped) or self.generic(helped)):
                # "training fighters from the Brigades": the people helped belong to the party named
                helped = self.party_in(self.pobj(helped, {"from", "of"})) \
                    or self.party_in(self.pobj(trigger, {"from"})) or helped
            return with_obj, helped if helped is not None and self.is_party(helped) else None
        recipient = None
        if any(f in self.removal_verbs for f in verb_forms(trigger, self.table)):
            # "deported the activist to Tunisia", "was summoned to the ministry": the to-phrase is where the one
            # moved is sent, no party that receives anything
            return obj, None
        dative = next((c for c in kids if c.dep_ == "dative"), None)
        if dative is not None:  # "sell X to R" ('to' tagged dative) or "give R X"
            recipient = next((c for c in dative.children if c.dep_ == "pobj"), None) if dative.pos_ == "ADP" \
                else dative
        if recipient is None:
            recipient = self.pobj(trigger, self.recipient_preps)
            if recipient is None and trigger.pos_ == "NOUN":
                # "a grain shipment bound for X", "aid earmarked for X": the parse hangs the recipient on the
                # participle that describes the noun
                # or on the goods the noun counts ("a shipment of rifles bound for X": the participle follows
                # the nearer noun; PolNeAR train has no "bound/destined/earmarked for" after an of-phrase, a
                # reading of the parse rather than a count)
                described = [trigger] + ([obj] if obj is not None and obj.head.head.i == trigger.i else [])
                recipient = next((r for n in described for c in n.children if c.dep_ == "acl"
                                  and c.tag_ in {"VBN", "JJ"}
                                  for r in [self.pobj(c, self.recipient_preps)] if r is not None), None)
            if recipient is None and obj is not None and obj.i != trigger.i and (
                    trigger.pos_ == "VERB" and (self.verbs.get(trigger.lemma_.lower()) == "AID"
                                                or trigger.lemma_.lower() in self.supply_crimes)
                    or trigger.pos_ == "NOUN" and self.nouns.get(trigger.lemma_.lower()) == "AID"):
                # "the sale of rifles to the Front" as "sold rifles to the Front"
                recipient = self.pobj(obj, {"to"})  # "supplied rifles to the Front": the parse hangs 'to' on rifles
                counted = self.pobj(obj, {"of"})
                if recipient is None and counted is not None and self.nouns.get(counted.lemma_.lower()) == "AID":
                    # "provide 70 million dollars of aid for X", "tons of food aid to X": the aid an amount is
                    # counted in names whom it is for
                    recipient = self.pobj(counted, {"to", "for"}) or self.pobj(obj, {"for"})
                for loaded in (c for c in obj.children if c.dep_ == "acl" and recipient is None):
                    # "sent barges loaded with rice to X": or on the participle that describes them
                    recipient = self.pobj(loaded, {"to"}) or self.through_participle(loaded, "to")
            if recipient is None and trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" \
                    and self.nouns.get(trigger.lemma_.lower()) == "AID" \
                    and (self.is_light(trigger.head) or trigger.head.lemma_.lower() in self.nominal_control):
                recipient = self.pobj(trigger.head, {"to"})  # "approved a loan to X": the parse hangs 'to' on the verb
            if recipient is not None and recipient.lemma_.lower() == "use":
                recipient = self.pobj(recipient, {"by"}) or recipient  # "for use by the army"
            if recipient is not None and not self.is_party(recipient):
                recipient = None  # "for two years", "to the border": not a party
        return obj, recipient

    @staticmethod
    def through_participle(token: Token, preposition: str) -> Token | None:
        """ "to neighbouring X": the parser may read the adjective as a verb with X its object."""
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == preposition):
            for verb in (c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"):
                found = next((c for c in verb.children if c.dep_ == "dobj"), None)
                if found is not None:
                    return found
        return None

    @staticmethod
    def relative_antecedent(trigger: Token) -> Token | None:
        """'a group that X accuses Y of arming': the noun the relative clause holding the act hangs on, or what
        that noun is in apposition to ('the Brigades, a group that ...')."""
        node = trigger
        for _ in range(5):
            if node.dep_ == "relcl":
                antecedent = node.head
                return antecedent.head if antecedent.dep_ == "appos" else antecedent
            if node.head.i == node.i:
                return None
            node = node.head
        return None

    @staticmethod
    def span_granted(span, trigger: Token) -> bool:
        """'were given two days to leave', 'gave them 48 hours to comply': a counted span the verb grants (its object,
        with a count and no 'ago' or 'earlier') is a deadline's length, no time the act took place."""
        root = span.root
        return root.head.i == trigger.i and root.dep_ in {"dobj", "npadvmod"} \
            and root.lemma_.lower() in DEADLINE_UNITS and any(c.dep_ == "nummod" for c in root.children) \
            and not any(c.dep_ in {"advmod", "amod", "det"} for c in root.children) \
            and any(c.dep_ in {"advcl", "xcomp", "acl"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    for c in [*trigger.children, *root.children])
