"""Who does an act: the doer read off its clause, its reporter, its member bodies and owners."""
from __future__ import annotations

from spacy.tokens import Token

from ..annotations import EventRecord
from ..claims import apposed_relative_above, misread_main_verb, naming, naming_relative
from .syntax import (active, agentless_passive, aux_passive_subject, aux_subject, bare_gerund, causative, dates_only,
                     gapped_passive, hedged_identity, own_passive, refused, reporter_of, subject_and_agents,
                     subordinate, temporal)
from .words import (CAPTURE_VERBS, CONTROL_DEPS, DETAINING_DOERS, DISPATCH_VERBS, FORCE_TYPES, INSTRUMENT_VERBS,
                    NEGATIVE_OBJECTS, NOT_PARTY_LABELS, PARTICIPATION, PERSONAL_OFFICES, QUOTE_MARKS, RELATIVE_PRONOUNS,
                    RELEASE_WORDS, SPEAKER_PRONOUNS, STATE_BODIES, STATE_ENTRY_VERBS, VERBAL_ACTS)


class ActorReading:
    """Finds the actor of an act from its clause."""

    def weapon_doer(self, token: Token) -> bool:
        """'drones hit the plant', 'the plant was hit by drones': the verb's subject or its by-phrase is a weapon."""
        doers = subject_and_agents(token)
        # "a drone strike hit the depot", "the airstrike hit a school": an act of force told by its weapon hits as
        # the weapon does; a bare "attack" may be one of words ("the Romney attack hit Trump", PolNeAR train: 1)
        # "tank fire damaged three houses": the fire of a weapon hits as the weapon does
        return any(w.lemma_.lower() in self.weapon_modes or w.lower_ in self.weapon_modes
                   or w.pos_ == "NOUN" and (self.noun_type(w) in FORCE_TYPES or self.means(w))
                   and self.means_mode(w) is not None
                   for d in doers for w in [d, *d.conjuncts])

    def craft_doer(self, token: Token) -> bool:
        """'patrol boats fired on the ship', 'the ship was fired on by a helicopter': the verb's subject or its
        by-phrase is a craft (a ship, a boat, a plane, a vehicle), which fires with the arms it carries."""
        return any(w.lemma_.lower() in self.vehicles or w.lower_ in self.vehicles or self.armed_craft(w)
                   for d in subject_and_agents(token) for w in [d, *d.conjuncts])

    def detaining_doer(self, token: Token) -> bool:
        """'agents took X away', 'X was taken from his home by security agents': the verb's subject or by-phrase is
        a police, security or armed force (with its modifiers: 'security agents', 'plain-clothes officers'), or,
        with none named, the one taken is a named person told taken from home."""
        doers = subject_and_agents(token)
        if not doers and token.dep_ == "conj" and token.head.i != token.i:
            return self.detaining_doer(token.head)
        words = {w.lemma_.lower() for d in doers for n in [d, *d.conjuncts] for w in [n, *n.children]}
        if words & (self.armed_agents | DETAINING_DOERS):
            return True
        return not doers and self.person_taken(token) and any(
            c.dep_ == "prep" and c.lower_ == "from" for c in token.children)

    def workforce_doer(self, token: Token) -> bool:
        """'staff stopped work', 'dockers downed tools': the verb's subject is a workforce (who else stopping work
        halts a project: 'the firm stopped work on the bridge')."""
        doers = [c for c in token.children if c.dep_ == "nsubj"]
        # "nurses voted to strike": the one who votes or threatens is the one who would stop work
        if token.dep_ in {"conj", "xcomp"} and not doers and token.head.i != token.i:
            return self.workforce_doer(token.head)
        return any(w.lemma_.lower() in self.workforce or w.lower_ in self.workforce
                   for d in doers for w in [d, *d.conjuncts])

    def quoted_appositions(self, obj: Token) -> list[Token]:
        """The quoted predicates the parser hangs on an object as its appositions ('called the report "a crude
        invention"')."""
        return [a for a in obj.children if a.dep_ == "appos" and a.left_edge.i > 0
                and self.table.lower[a.left_edge.i - 1] in QUOTE_MARKS]

    def called_false(self, verb: Token, obj: Token) -> bool:
        """'called the report "a crude invention"', 'calling such reports "opposition fiction"': the predicate the verb
        puts on its object (the parser may hang a quoted one on the object as its apposition) calls it false."""
        predicates = [c for c in verb.children if c.dep_ in {"oprd", "acomp"} and c.i > obj.i]
        predicates += self.quoted_appositions(obj)
        return any(w.lemma_.lower() in self.false_accounts or w.lower_ in self.false_accounts
                   for p in predicates for w in [p, *p.children, *(c for n in p.conjuncts for c in [n, *n.children])])

    def called_by_blame(self, verb: Token) -> bool:
        """'called the ruling "an attack on the will of the people"', 'described the move as reckless', 'called her a
        liar': the verb puts a predicate of blame (`condemning_predicates`) on an object it names; its participle
        after another verb ("rejected the claim, calling it ...") tells how that act was done."""
        if verb.dep_ in {"advcl", "acl", "relcl"} and verb.tag_ == "VBG" or verb.dep_ == "amod":
            return False
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None) or next(
            (c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if obj is None or obj.lower_ in RELATIVE_PRONOUNS:
            return False  # "what he called homegrown terrorism": a name given to a thing told, no denunciation
        predicates = [c for c in verb.children if c.dep_ in {"oprd", "acomp", "ccomp", "xcomp"} and c.i > obj.i]
        # "described the decision as reckless": the parser hangs the as-phrase on the verb or on its object
        predicates += [o for p in [*verb.children, *obj.children] if p.dep_ == "prep" and p.lower_ == "as"
                       for o in p.children if o.dep_ in {"pobj", "amod", "acomp"}]
        predicates += self.quoted_appositions(obj)
        words = [w for p in predicates for n in [p, *p.conjuncts] for w in [n, *n.children]]
        words += [o for w in words if w.dep_ == "prep" and w.lower_ == "of" for o in w.children if o.dep_ == "pobj"]
        return any(w.lemma_.lower() in self.condemning or w.lower_ in self.condemning for w in words)

    def captor_of_freed(self, verb: Token) -> Token | None:
        """'Three aid workers abducted by a rebel group were freed', 'the crew, held by the militia since May, were
        released': people freed with no one named to free them are freed by whoever the sentence says took or held
        them (PLOVER GSR AGREE-0025: the rebels 'will release' those 'whom they had taken hostage'; weak)."""
        if verb.lemma_.lower() not in RELEASE_WORDS or not agentless_passive(verb):
            return None
        for freed in (c for c in verb.children if c.dep_ == "nsubjpass"):
            for clause in (c for n in [freed, *(a for a in freed.children if a.dep_ == "appos")]
                           for c in n.children if c.dep_ in {"acl", "relcl"}):
                if clause.lemma_.lower() not in CAPTURE_VERBS:
                    continue
                agent = next((c for c in clause.children if c.dep_ == "agent"), None)
                captor = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent is not None else None
                if captor is not None and captor.ent_type_ not in NOT_PARTY_LABELS and not self.means(captor):
                    return captor  # "abducted by a rebel group": the takers, named or not
        return None

    def military_exercise(self, noun: Token) -> bool:
        """'the troops were on exercises', 'held exercises involving 12,000 soldiers', 'Ostria's army staged drills':
        an exercise whose doer is an armed force or a state, or that involves troops, is a military one with no
        modifier to say so (a fire drill, a writing exercise, 'the exercise of power' have none of these)."""
        if noun.pos_ != "NOUN":
            return False

        def armed(word: Token) -> bool:
            if self.armed_agent(word):
                return True
            entity = self.entity_of(word)
            return entity is not None and self.clusters[entity].type == "GPE" and word.dep_ != "compound"

        holders: list[Token] = []
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.light:
            holders = subject_and_agents(noun.head)  # "the army held exercises"
        elif noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head.lemma_.lower() in {"be", "go"}:
            holders = subject_and_agents(noun.head.head)  # "the soldiers were on exercises"
        holders += [c for c in noun.children if c.dep_ == "poss"]  # "the navy's exercises"
        if any(armed(w) for h in holders for w in [h, *h.conjuncts]):
            return True
        # "exercises involving 12,000 soldiers", "drills with 40 warships"
        return any(o.dep_ in {"dobj", "pobj"} and armed(o)
                   for c in noun.children if c.lemma_.lower() in {"involve", "include", "with"} for o in c.children)

    def armed_doer(self, token: Token) -> bool:
        """'riot police beat the marchers', 'they were beaten by soldiers': the verb's subject or its by-phrase is an
        armed or police force (who else beats a rival does so at the polls)."""
        doers = subject_and_agents(token)
        if token.dep_ == "conj" and not doers:  # "police arrested and beat the marchers": the first verb's doer
            return self.armed_doer(token.head)
        if token.dep_ == "acl" and token.tag_ == "VBG" and not doers:
            doers = [token.head]  # "a video showing police beating protesters": the noun does what its -ing does
        return any(self.armed_agent(w) for d in doers for w in [d, *d.conjuncts])

    def armed_agent(self, word: Token) -> bool:
        """Whether a word names armed or police people ('troops', 'soldiers', 'the army'), by the word or its lemma."""
        return word.lemma_.lower() in self.armed_agents or word.lower_ in self.armed_agents

    @staticmethod
    def has_prep(token: Token, preps: list[str]) -> bool:
        if token.pos_ == "NOUN":  # "went on strike": the noun is the object of the preposition
            return token.dep_ == "pobj" and token.head.lower_ in preps
        return any(c.dep_ in {"prep", "prt"} and c.lower_ in preps and not dates_only(c) for c in token.children)

    def deontic_clause(self, token: Token) -> bool:
        """A clause reported with 'must' whose doer is not the reporter: 'Russia said that Sudan must return ...'."""
        if token.dep_ not in {"ccomp", "acl"} or not any(c.dep_ == "aux" and c.lower_ in self.deontic
                                                         for c in token.children):
            return False
        subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        return subject is not None and subject.pos_ != "PRON"

    def purpose_object(self, trigger: Token) -> Token | None:
        """ "opened fire to disperse the demonstrators", "fired tear gas to push the marchers back": the people an
        infinitive of purpose acts on are whom a hostile act with no target of its own is aimed at (PLOVER GSR
        FIGHT-0006, target the demonstrators)."""
        carriers = [trigger, trigger.head] if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else [trigger]
        for carrier in carriers:
            for purpose in carrier.children:
                # an xcomp is the act's own complement ("refused to deploy peacekeepers"), a purpose only after a
                # verb of using ("used water cannon to push the marchers back")
                if not (purpose.dep_ == "advcl" or purpose.dep_ == "xcomp" and carrier.lemma_.lower() in INSTRUMENT_VERBS) \
                        or purpose.pos_ != "VERB" \
                        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children):
                    continue
                aimed = next((c for c in purpose.children if c.dep_ == "dobj"), None)
                if aimed is not None and aimed.pos_ != "PRON" and self.is_party(aimed):
                    return aimed
        return None

    def stance_holder(self, trigger: Token) -> Token | None:
        """'Israel is opposed to French mediation', 'Vietnam is committed to opening its markets': a stance told as
        an adjectival passive with a to-phrase and no agent; its subject holds the stance and does the act."""
        if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in self.stance_passives:
            return None
        kids = list(trigger.children)
        if any(c.dep_ == "agent" for c in kids) or not any(c.dep_ == "prep" and c.lower_ == "to" for c in kids):
            return None
        return next((c for c in kids if c.dep_ == "nsubjpass" and c.lower_ not in RELATIVE_PRONOUNS), None)

    def natural_force(self, token: Token | None) -> bool:
        """'the storm', 'floods', 'Hurricane Matthew', 'a fire': a natural hazard, no party (a party's fire, 'Israeli
        fire', 'mortar fire', is the means of its owner)."""
        if token is None or self.means(token) or self.owner_of(token) is not None:
            return False
        word = token.lower_
        # "Wildfires destroyed ...": a plural opening the sentence the tagger leaves unlemmatised as a name
        plural = word.endswith("s") and word[:-1] in self.natural_forces
        if token.lemma_.lower() in self.natural_forces or word in self.natural_forces or plural:
            # "Kestrian fire", "government fire": a named or national word before it makes it a party's
            return token.pos_ in {"NOUN", "PROPN"} and not any(
                c.dep_ in {"amod", "compound", "nmod"} and (c.ent_type_ or c.text[:1].isupper()
                                                           or c.lower_ in self.armed_owners)
                for c in token.lefts)
        # "Hurricane Matthew", "Tropical Storm Alberto": a storm's name opens with its kind
        first = min([token.i, *(c.i for c in token.lefts if c.dep_ == "compound")])
        return token.pos_ == "PROPN" and first < token.i and token.doc[first].lower_ in self.storm_openers

    def damage_doer(self, verb: Token) -> bool:
        """'the blast cut gas supplies', 'exports were halted by the storm': a verb of a sanction (CAMEO 16) whose doer
        is an act of force or a natural hazard tells damage, not a measure; PLOVER SANCTION is a party's act."""
        if verb.pos_ != "VERB":
            return False
        doers = subject_and_agents(verb)
        return any(not self.is_party(d) and (self.natural_force(d) or d.pos_ == "NOUN"
                                             and self.noun_type(d) in {"ASSAULT", "FIGHT"}) for d in doers)

    def natural_doer(self, trigger: Token, actor: Token | None) -> bool:
        """Whether a verb of force is done by a natural hazard: its doer ('a storm struck', 'killed by the flood'),
        or, with no doer, the event its passive is told in ('were killed in the earthquake')."""
        if actor is not None:
            return any(self.natural_force(node) for node in [actor, *actor.conjuncts])
        if trigger.pos_ != "VERB" or not any(c.dep_ == "nsubjpass" for c in trigger.children):
            return False
        return any(c.dep_ in {"prep", "agent"} and c.lower_ in {"in", "during", "by"}
                   and any(o.dep_ == "pobj" and self.natural_force(o) for o in c.children)
                   for c in trigger.children)

    def natural_toll(self, trigger: Token) -> EventRecord | None:
        """What a natural hazard's verb of force tells: a killing is the deaths of its victims (DEATH, as 'died in the
        earthquake'); a blow or damage is no act of any party."""
        if trigger.pos_ != "VERB" or trigger.lemma_.lower() != "kill":
            return None
        victims = next((c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if victims is None:
            return None
        event = EventRecord(type="DEATH", trigger=self.trigger_words(trigger))
        self.fill(event, "actor", victims)
        self.fill_time(event, trigger)
        return event

    def held_responsible(self, trigger: Token) -> Token | None:
        """The party an act is blamed on: 'blamed the attack on X', 'the raid was attributed to X', 'a bombing
        blamed on X', 'blamed X for the attack' (X a party: 'blamed the video for the attack' names a cause); or the
        one who claims it: 'X claimed responsibility for the attack'."""
        if trigger.pos_ != "NOUN":
            return None
        if trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and trigger.head.head.lemma_.lower() == "blame":
            held = next((c for c in trigger.head.head.children if c.dep_ == "dobj"), None)
            return held if held is not None and self.is_party(held) else None
        if trigger.dep_ == "pobj" and trigger.head.lower_ == "for":
            # "X claimed responsibility for the attack": the claimant gives itself as the doer
            claimed = trigger.head.head
            verb = claimed.head if claimed.dep_ in {"dobj", "nsubjpass"} else claimed
            if claimed.lemma_.lower() in self.claim_nouns and verb.pos_ == "VERB" \
                    and verb.lemma_.lower() in self.claim_verbs and not refused(verb):
                claimant = self.actor(verb)
                if claimant is None or any(c.dep_ == "det" and c.lower_ in {"no", "any"} for c in claimant.children) \
                        or claimant.lower_ in NEGATIVE_OBJECTS:
                    return None  # "no group has claimed responsibility": no one is given as the doer
                if claimant.lower_ in self.claim_speakers:
                    body = self.pobj(claimant, {"for"}) or next(
                        (c for c in claimant.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
                    return body or claimant
                return claimant
        verbs = [c for c in trigger.children if c.dep_ in {"acl", "relcl"}]
        if trigger.dep_ in {"dobj", "nsubjpass"}:
            verbs.append(trigger.head)
        for verb in verbs:
            prep = self.responsibility_verbs.get(verb.lemma_.lower())
            if prep is None or verb.pos_ != "VERB":
                continue
            held = self.pobj(verb, {prep}) or (self.pobj(trigger, {prep}) if verb.i == trigger.head.i else None)
            if held is None and verb.i == trigger.head.i:
                # "blamed the kidnapping of the engineers on X": the parser may hang the phrase on the of-object
                held = self.pobj(self.pobj(trigger, {"of"}), {prep})
            if held is not None and held.i in self.time_tokens:
                continue
            if held is not None:
                return held
        return None

    def actor(self, trigger: Token) -> Token | None:
        """The doer (see `doer`); for an intransitive act named by a noun with no other doer, its of-phrase: 'the
        withdrawal of the troops'."""
        found = self.doer(trigger)
        if found is None and trigger.pos_ == "NOUN" and trigger.lemma_.lower() in self.intransitive_nominals:
            movers = self.pobj(trigger, {"of"})
            found = self.member(movers, trigger) if movers is not None else None
        return found

    def doer(self, trigger: Token) -> Token | None:
        """The doer: the subject, the agent of a passive, the possessor of a noun, or the controller above.

        The search climbs only where grammar passes the doer down: from an infinitive or participle to the verb
        that controls it ('agreed to provide', 'tasked with carrying out'), and from an event noun to the light
        verb whose object it is ('carry out the delivery'). It never climbs out of a prepositional phrase or a
        noun's modifier: in 'influence over the decision to provide' the outer subject is not the provider.
        """
        node = trigger
        if gapped_passive(trigger):
            # "Two soldiers were killed and five wounded": the five were wounded; the doer only an agent if named
            agent = next((c for c in trigger.children if c.dep_ == "agent"), None)
            return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if causative(trigger):
            # "had their assets frozen": the subject is what is acted on, the doer only an agent if named
            agent = next((c for c in trigger.children if c.dep_ == "agent"), None)
            return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        # "the crew was detained and the cargo will be confiscated", "the tanker was seized and towed away": a
        # passive participle's subject, its own or one shared with the verb it is coordinated with, is what is
        # acted on; with no by-agent the doer is unsaid, never a party found further up
        undergone = trigger.pos_ == "VERB" and trigger.tag_ == "VBN" and (
            any(c.dep_ == "nsubjpass" for c in trigger.children) or aux_passive_subject(trigger) is not None
            or trigger.dep_ == "conj" and not any(c.dep_ in {"aux", "nsubj"} for c in trigger.children)
            and any(c.dep_ == "nsubjpass" for c in trigger.head.children)
            or own_passive(trigger))
        if self.misread_infinitive(trigger):
            # an infinitive of purpose whose 'to' was read as a preposition: the doer is the served verb's
            node = self.purpose_governor(trigger)
            if node is None:
                return None
        for _ in range(6):
            if node.pos_ == "NOUN" and node.dep_ == "compound" and self.act_head(node.head):
                node = node.head  # "undertook a mediation mission": the mission carries the act
            apposed = apposed_relative_above(node)
            if apposed is not None:
                # "A, the group researchers know as B, planted ...", the predicate hung under the apposition's
                # relative: the doer is the subject, by the name the apposition gives it
                return apposed.name or self.named_doer(apposed.subject, node)
            kids = list(node.children)
            subject = next((c for c in kids if c.dep_ == "nsubj"), None) or aux_subject(node)
            agent = next((c for c in kids if c.dep_ == "agent"), None)
            if subject is not None and agent is not None and node.tag_ == "VBN":
                subject = None  # "16 of them shot by the Guard": a participle's by-agent is the doer
            if subject is not None and not self.in_story(subject):
                # "OSKVILLE (Varen Wire) - Envoys of X agreed": the parser may make the dateline's place a subject,
                # with the lead's own subject beside it or as its apposition; the place of a report is never its doer
                subject = self.subject_of(node) \
                    or next((c for c in subject.children if c.dep_ == "appos" and self.in_story(c)), None)
                if subject is None:
                    return None
            if subject is not None and subject.lower_ in {"who", "which", "that"} and node.dep_ == "relcl" \
                    and node.head.pos_ in {"NOUN", "PROPN"}:
                subject = node.head  # "Mara Quarrie, who opened a case": the one the relative pronoun stands for
            if subject is not None and node.lemma_.lower() == "be" and subject.lemma_.lower() in self.aim_nouns:
                # "their goal is to attack the city": the aim is no doer; whose aim it is, if said, does the act
                owner = next((c for c in subject.children if c.dep_ == "poss" and not temporal(c)), None)
                return owner if owner is None or owner.pos_ == "PRON" else self.named_doer(owner, node)
            if subject is not None:
                return self.named_doer(subject, node)
            if agent is not None:
                # "were kidnapped by members of the Front", "by gunmen believed to be members of X": a by-agent
                # stands for the body it belongs to as a subject does
                by = next((c for c in agent.children if c.dep_ == "pobj"), None)
                return self.member(by, node) if by is not None else None
            if undergone:
                return None
            if node.pos_ == "NOUN" and node.i == trigger.i and self.reaction_drawn(node) is not None:
                # "drew sharp criticism from opposition lawmakers": the critics, never the one who drew it
                critics = self.pobj(node, {"from"}) or self.pobj(node.head, {"from"})
                return self.member(critics, node) if critics is not None else None
            if node.pos_ == "NOUN":
                by = self.pobj(node, {"by"}) or self.stranded_by(node)
                if by is not None and (by.i in self.time_tokens or by.ent_type_ in {"DATE", "TIME"}):
                    by = None  # "the release of the men by November 15": a deadline, no doer
                owner = next((c for c in kids if c.dep_ == "poss" and not temporal(c)
                              and not self.patient_possessor(node)), None) \
                    or by or self.requester(node) or self.national_doer(node) \
                    or self.relative_carrier(node)
                if owner is not None and owner.pos_ == "PRON" and self.entity_of(owner) is None \
                        and node.dep_ == "dobj" and self.is_light(node.head):
                    owner = None  # "held their first meeting": the doer is the light verb's subject
                if owner is None and self.nouns.get(node.lemma_.lower()) == "DEATH":
                    owner = self.pobj(node, {"of"})  # "the death of X"
                if owner is not None:
                    return owner
                if node.dep_ == "nsubjpass" and node.head.lemma_.lower() in self.nominal_control:
                    # "the transfer of drones had been approved by X": who approves or orders an act does it,
                    # as in the active "X approved the transfer" (NomBank support chains)
                    by = next((c for c in node.head.children if c.dep_ == "agent"), None)
                    doer = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
                    if doer is not None:
                        return doer
            passive = next((c for c in kids if c.dep_ == "nsubjpass"), None)
            if passive is not None and node.i != trigger.i and node.lemma_.lower() in INSTRUMENT_VERBS:
                return None  # "the depot was used to supply X": what is used is the means; its user is unsaid
            if passive is not None and node.i != trigger.i:
                # "X was tasked with delivering": X delivers; "its fighters are believed to have received": the
                # group the fighters belong to; "its foreign ministers are expected to discuss": the body they sit for
                return self.armed_owner(passive) or self.represented_body(passive) or passive
            head = node.head
            if head.i == node.i:
                return None
            charge = head.head if head.lower_ == "of" else head
            if charge.dep_ == "xcomp" and charge.tag_ == "VBG" and charge.head.lemma_.lower() in self.charge_verbs:
                charge = charge.head  # "accused neighbouring X of arming": the parser's verb "neighbouring" holds "of"
            if node.dep_ in {"pobj", "pcomp"} and head.lower_ == "of" \
                    and charge.lemma_.lower() in self.charge_verbs:
                accused = self.accused(charge, head)
                if accused is not None and accused.lower_ in RELATIVE_PRONOUNS and charge.dep_ == "relcl":
                    accused = charge.head  # "X, which Y accuses of arming": X arms
                if accused is not None:
                    return accused  # "accuses Norwal of arming": Norwal arms
            if node.pos_ == "NOUN" and node.dep_ == "pobj" and head.lower_ == "for" \
                    and head.head.lemma_.lower() in self.plan_nouns:
                node = head.head  # "plans for a possible incursion": the planners'
                continue
            if node.pos_ == "NOUN" and node.dep_ == "pobj" and head.lower_ in {"on", "for"} \
                    and head.head.pos_ == "VERB" and head.head.lemma_.lower() in self.travel_verbs:
                node = head.head  # "arrived in X on a visit", "flew to Y for talks": the traveller visits, talks
                continue
            if node.i == trigger.i and node.pos_ == "NOUN" and node.dep_ == "pobj" and head.lower_ in {"at", "during"} \
                    and head.head.pos_ == "VERB" and self.noun_type(node) == "CONSULT":
                # "will raise the case at a regional summit", "spoke at the conference": who acts at a meeting takes
                # part in it (PolNeAR train: 64 summit/meeting/conference/talks nouns after at/during on a verb)
                node = head.head
                continue
            if node.pos_ == "NOUN" and node.dep_ == "pobj" and head.lower_ == "with" and self.carried_ahead(head.head):
                # "if Osgaria goes ahead with a ban", "will proceed with the sale": who goes ahead does the act
                node = head.head if head.head.pos_ == "VERB" else head.head.head
                continue
            if node.pos_ == "NOUN" and node.dep_ == "pobj" and head.lower_ == "on" and head.head.pos_ in {"VERB", "AUX"} \
                    and head.head.lemma_.lower() in STATE_ENTRY_VERBS and self.has_prep(node, ["on"]) \
                    and self.phrase(node) is not None:
                node = head.head  # "workers went on strike", "will stay on strike": who is on strike strikes
                continue
            if node.pos_ == "NOUN" and node.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ == "VERB" \
                    and (head.head.lemma_.lower() in PARTICIPATION or any(
                        c.dep_ == "dobj" and c.lower_ == "part" for c in head.head.children)):
                node = head.head  # "the troops were taking part in exercises": the troops exercise
                continue
            if node.pos_ == "NOUN" and node.dep_ == "pobj" and head.lower_ == "in" \
                    and node.lemma_.lower() in self.circumstance_nouns:
                # "transferred the cargo in breach of sanctions": the transfer's doer, also where the parser hangs
                # the phrase on the verb's object ("carrying oil in breach of the sanctions")
                verb = head.head
                if verb.pos_ in {"NOUN", "PROPN"} and verb.dep_ == "dobj":
                    verb = verb.head
                if verb.pos_ == "VERB":
                    node = verb
                    continue
            if node.pos_ == "NOUN":
                if node.dep_ == "dobj" and (self.is_light(head) or head.lemma_.lower() in self.nominal_control):
                    node = head
                    continue
                return None
            if node.dep_ == "acl" and node.tag_ == "VBG" and head.pos_ in {"NOUN", "PROPN"} \
                    and head.i < node.i and (self.is_party(head) or head.lemma_.lower() in self.company_nouns):
                # "a firm evading sanctions", "gunmen attacking a checkpoint": a reduced relative's present
                # participle is done by the noun it follows (Quirk et al. 1985, 17.29: 'a firm that is evading')
                return head
            if node.dep_ == "acl" and head.lower_ == "order" and head.dep_ == "pobj" and head.head.lower_ == "in" \
                    and head.head.head.pos_ in {"VERB", "AUX"}:
                node = head.head.head  # "shipped fuel in order to evade sanctions": an infinitive of purpose
            elif self.speaker_goes_on(node, head):
                node = head.head
            elif node.dep_ == "dep" and misread_main_verb(node):
                # "Hackers linked to X breached the network", the participle read as the finite verb and the main
                # verb hung on it: the participle's subject is the main verb's
                subject = next(c for c in head.children if c.dep_ == "nsubj")
                return self.named_doer(subject, head)
            elif node.dep_ in CONTROL_DEPS and head.pos_ in {"VERB", "AUX", "NOUN", "ADJ"} and not subordinate(node):
                infinitive = node.dep_ in {"xcomp", "advcl"} and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                     for c in node.children)
                lemma = head.lemma_.lower()
                controller = None
                if infinitive and lemma in self.object_control:
                    controller = next((c for c in head.children if c.dep_ == "dobj"), None)
                if controller is None and infinitive and lemma in self.prepositional_control:
                    # "called on both sides to allow": the sides do
                    controller = self.pobj(head, {self.prepositional_control[lemma]})
                if controller is not None and controller.i < node.i:
                    return self.member(controller, head)  # "urged both armies to pull back": the armies do
                surface = next((c for c in head.children if c.dep_ == "nsubjpass"), None) \
                    if node.dep_ == "conj" and active(node) else None
                if surface is not None:
                    # "the envoy was criticized by X and later apologized": an active verb joined to a passive
                    # shares its subject, the one the passive is done to, never the passive's agent
                    return self.named_doer(surface, head)
                node = head
            elif node.dep_ == "pcomp" and head.head.pos_ in {"VERB", "AUX"}:
                if bare_gerund(node) and self.nouns.get(node.lower_) is not None:
                    # "Engineers warn of collapse risk after shelling", "residents fled after shelling": a gerund
                    # with no object of its own is read as the act noun it also is ('after the shelling'), whose
                    # doer the clause does not say; "withdrew after shelling the town" keeps the subject's
                    return None
                node = head.head
            else:
                return None
        return None

    def accused(self, verb: Token, of: Token) -> Token | None:
        """ "accused Norwal of arming the rebels": the party a charge verb names before its of-phrase, its object; the
        parser may take a participle before the name for a verb of its own ("accused neighbouring Cassovar of
        supplying") or the name for an adverb ("accused Novrath of moving"), so a name or noun between the verb and
        "of" that is no time serves when no object is parsed."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        # "X, which Y accuses neighbouring Z of arming": the parser may give the relative pronoun the object slot
        # that the named party also fills, or hang the party on the participle; the party named is the accused
        obj = next((c for c in objects if c.lower_ not in RELATIVE_PRONOUNS), None)
        if obj is not None or of.i <= verb.i:
            return obj
        named = next((t for t in verb.doc[verb.i + 1:of.i] if (t.pos_ in {"PROPN", "NOUN"} or t.i in self.entities)
                      and t.i not in self.time_tokens and t.dep_ in {"dobj", "advmod", "npadvmod", "dep", "nsubj"}
                      and t.head.i in range(verb.i, of.i)), None)
        return named or next(iter(objects), None)

    def in_story(self, token: Token) -> bool:
        """Whether a word belongs to the story: not a caption or credit before it, nor its wire dateline."""
        return token.i >= self.story_start and token.i not in self.dateline

    def subject_of(self, verb: Token) -> Token | None:
        """The verb's subject within the story: never the dateline's place the parser may take for a subject."""
        return next((c for c in verb.children if c.dep_ == "nsubj" and self.in_story(c)), None)

    def stranded_by(self, noun: Token) -> Token | None:
        """ "to break up a march by opposition supporters": a by-phrase right after an act noun that the parser hung on
        the active verb taking the noun as object belongs to the noun (an active verb has no agent), so its party
        or people do the act the noun names."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.pos_ != "VERB" or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
            return None
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"
                     and c.i == noun.right_edge.i + 1), None)
        doer = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if doer is None or not (self.is_party(doer) or self.a_person(doer)):
            return None
        return doer

    def relative_carrier(self, noun: Token) -> Token | None:
        """'a naval drill that Tessaly announced', 'the talks Velmar hosted last week': an act noun that a relative
        clause's light or planning verb takes as its object is done by that clause's subject, as in 'Tessaly
        announced a naval drill'; 'the raid that was carried out by X' by its agent."""
        for clause in (c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i and c.pos_ == "VERB"):
            if not (self.is_light(clause) or clause.lemma_.lower() in self.nominal_control):
                continue
            kids = list(clause.children)
            if any(c.dep_ in {"dobj", "nsubjpass"} and c.lower_ not in RELATIVE_PRONOUNS for c in kids):
                continue  # the clause's object is another thing: "the talks that gave X a voice"
            subject = next((c for c in kids if c.dep_ == "nsubj"), None)
            if subject is not None:
                return None if subject.lower_ in RELATIVE_PRONOUNS else self.named_doer(subject, clause)
            agent = next((c for c in kids if c.dep_ == "agent"), None)
            by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if by is not None:
                return by
        return None

    def named_doer(self, subject: Token, clause: Token) -> Token:
        """The doer a subject stands for (see `member`), or the name its apposition gives it: 'Unit 5521 of the army,
        the group researchers know as B, planted ...', 'the group, known to researchers as B, had been inside ...':
        B, the name the group goes by, where the subject is no name of its own or names the body it belongs to."""
        doer = self.member(subject, clause)
        if subject.pos_ == "PROPN" and doer.i == subject.i:
            return doer  # "Copper Heron, also known as Unit 5521, ...": the subject's own name
        for word in (subject, *(c for c in subject.children if c.dep_ == "appos")):
            for clause_on in word.children:
                named = clause_on.dep_ == "relcl" and naming_relative(clause_on) or \
                    clause_on.dep_ == "acl" and naming(clause_on)
                name = next((o for p in clause_on.children if p.dep_ == "prep" and p.lower_ == "as"
                             for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None) if named else None
                if name is not None:
                    return name
        return doer

    def speaker_goes_on(self, verb: Token, clause: Token) -> bool:
        """'told reporters the talks had failed and blamed X for the collapse': the parser joins a second verb of
        the speaker to the told clause; a verbal act (blame, accuse, reject, demand) whose subject there would be
        no party is the speaker's (PolNeAR train: of 4 sentences 'said/told ... and accused/urged/dismissed ...', 3
        go on with the speaker's act, 2 of them after a told clause whose subject is a thing)."""
        if clause.dep_ != "ccomp" or verb.pos_ != "VERB" or clause.head.i == clause.i:
            return False
        # "said the tanker had been detained in its waters, rejecting X's accusation": a participle the parser hangs
        # on a told passive is the speaker's too, since what the passive is done to does not speak
        adjunct = verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
            c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in verb.children) and any(
            c.dep_ == "nsubjpass" for c in clause.children)
        if verb.dep_ != "conj" and not adjunct:
            return False
        match = self.trigger(verb)  # the verb alone or with its particle or object ("called for", "lodged a protest")
        if (match is None or match[0] not in VERBAL_ACTS) and verb.lemma_.lower() not in self.charge_verbs:
            return False
        inner = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
        outer = self.subject_of(clause.head)
        # a document's findings do no verbal acts: "said the findings were troubling and called for sanctions"
        # "says the group is treating them well and asks X to pay": a verb in the form of the saying verb, not of
        # the told one, goes on with the saying, whoever the told clause is about
        return outer is not None and (adjunct or inner is None or not self.is_party(inner)
                                      or self.type_of(inner) == "DOCUMENT"
                                      or verb.tag_ == clause.head.tag_ != clause.tag_)

    def national_doer(self, noun: Token) -> Token | None:
        """'Palestinian riots', 'Ostavian air raids': a national adjective on an act noun names who does it (an
        adjective, not a name: 'Gaza ceasefire', 'Iran sanctions' name a place or a target)."""
        if noun.i != noun.head.i and noun.dep_ == "compound":
            return None
        for child in noun.children:
            if child.dep_ == "amod" and child.i < noun.i and (child.ent_type_ == "NORP"
                                                              or self.demonym_entity(child) is not None):
                return child
            # "a Velmari blockade", "the Dressan offensive": the parser reads an unfamiliar national adjective as a
            # proper-noun compound; one that is the adjective of a state the story names (never the name itself,
            # which names a place or a target: "the Paris attacks", "the Iraq invasion") is the doer all the same
            if child.dep_ == "compound" and child.i < noun.i and child.pos_ == "PROPN" \
                    and (state := self.demonym_entity(child)) is not None and self.clusters[state].type == "GPE":
                return child
        return None

    def state_force(self, subject: Token | None, actor: Token | None) -> bool:
        """Whether the doer is a state's armed force: a force word ('warships', 'troops', 'navy') owned by a
        named state or a national adjective ('X troops', 'the navy of X', 'X's army', 'government forces')."""
        if subject is None:
            return False
        owners = [c for c in subject.children if c.dep_ in {"poss", "compound", "amod", "nmod"}]
        owners += [o for o in (self.pobj(subject, {"of"}), actor) if o is not None and o.i != subject.i]
        return any(o.ent_type_ in {"GPE", "NORP"} or self.type_of(o) == "GPE" or o.lemma_.lower() == "government"
                   for o in owners)

    def member(self, subject: Token, clause: Token) -> Token:
        """'a group of diplomats met': the diplomats; 'it said it would': the one who said it; 'the ministry of X
        said its forces': X's forces."""
        if subject.pos_ == "NUM":
            # "one of the hostages, Arno Pelt, says ...": the one named in apposition, not the group counted from
            named = next((c for c in subject.children if c.dep_ == "appos" and self.type_of(c) == "PERSON"), None)
            if named is not None:
                return named
        owner = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
        armed = subject.lemma_.lower() in self.force_actors or subject.lower_ in self.force_actors
        if (owned := self.armed_owner(subject)) is not None:
            return owned
        definite = owner is None and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        if (definite or (owner is not None and self.entity_of(owner) is None)) and clause.dep_ == "ccomp" and armed:
            # "the ministry of X said its forces / the troops had ...": X's forces
            reporter = self.subject_of(clause.head)
            if reporter is not None and reporter.pos_ != "PRON":
                state = next((c for c in reporter.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
                if state is not None or not definite:
                    return state or reporter
        personal = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in {"his", "her", "our"}), None)
        if personal is not None and subject.lemma_.lower() in STATE_BODIES and clause.dep_ == "ccomp":
            # "Kestria's defence minister said her government had ...": the minister's state
            reporter = self.subject_of(clause.head)
            state = next((c for c in reporter.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) \
                if reporter is not None else None
            if state is not None:
                return state
        if (subject.lemma_.lower() in self.vehicles or subject.lower_ in self.vehicles) \
                and (self.entity_of(subject) is None or self.type_of(subject) == "VEHICLE"):
            # "a patrol boat of the coast guard rammed ...": a crewed vessel acts for the body that sails it (a
            # vessel that is an entity of its own, "the patrol boat" named again, as much as one that is not)
            fleet = self.pobj(subject, {"of"})
            if fleet is None and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
                # "the patrol boat struck" after "a patrol boat of the coast guard rammed": the same boat
                fleet = next((f for t in reversed(subject.doc[self.story_start:subject.i])
                              if t.lemma_ == subject.lemma_ and t.pos_ == "NOUN"
                              for f in (self.pobj(t, {"of"}),) if f is not None), None)
            if fleet is not None and (self.type_of(fleet) in {"ORG", "GPE"} or self.is_party(fleet)):
                return fleet
        if (subject.lemma_.lower() in self.force_actors or subject.lower_ in self.force_actors) \
                and self.entity_of(subject) is None:
            # "the navy of X detained the crew", "forces of X shelled": a state's armed force acts for the state,
            # as "X's navy" does (CAMEO actor codebook: a state's military is coded by its state)
            state = self.pobj(subject, {"of"})
            if state is not None and (state.ent_type_ == "GPE" or self.type_of(state) == "GPE"):
                return state
        if subject.lemma_.lower() in self.mission_people:
            # "a team sent by X inspected the dam": people sent on a task act for whoever sent them
            sender = next((o for c in subject.children if c.dep_ == "acl" and c.lemma_.lower() in DISPATCH_VERBS
                           for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
            if sender is not None and self.is_party(sender):
                return sender
        if subject.lemma_.lower() in self.collective or subject.lower_ in self.collective:
            members = self.pobj(subject, {"of"})
            if members is not None:
                return self.member(members, clause)  # "tens of thousands of students"
        word = subject.lower_[:-1] if subject.pos_ == "PROPN" and subject.lower_.endswith("s") else subject.lower_
        if self.generic(subject) or subject.lemma_.lower() in STATE_BODIES \
                or subject.lemma_.lower() in self.member_nouns or word in self.member_nouns \
                or subject.lemma_.lower() in self.mission_people or subject.lower_ in self.mission_people:
            # people on a body's task ("investigators from the UN", "inspectors of the agency") act for it, as its
            # members do (PLOVER GSR codes 'Members of the Association of African Jurists' and 'Leaders of the
            # Azadliq coalition' by their body)
            # "activists from the Fatah Party", "the government of Sindh province": the party they belong to
            # (people from a country are not its state: "refugees from X" stay themselves)
            party = self.pobj(subject, {"from"})
            if party is not None and (party.ent_type_ in {"GPE", "LOC"} or self.type_of(party) == "GPE"):
                party = None
            party = party or self.pobj(subject, {"of"})
            if party is not None and not self.is_party(party):
                # "envoys of the bloc's member states": the body whose members they are; "agents of the Orvane
                # security service": the named owner of an unnamed body
                party = next((c for c in party.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) \
                    or next((c for c in party.subtree if c.i < party.i and c.dep_ == "compound"
                             and c.pos_ == "PROPN" and self.is_party(c)), party)
            if party is not None and self.is_party(party) and not self.generic(party) \
                    and party.ent_type_ not in NOT_PARTY_LABELS:
                return party
        body = self.represented_body(subject)
        if body is not None:
            return body
        identity = hedged_identity(subject)
        if identity is not None and identity.i != subject.i:
            return self.member(identity, clause)  # "gunmen believed to be members of X": X's members
        holder = next((c for c in subject.children if c.dep_ == "poss"), None)
        if subject.lemma_.lower() in PERSONAL_OFFICES and self.entity_of(subject) is None and holder is not None \
                and self.type_of(holder) == "PERSON":
            return holder  # "the prosecutor's office is investigating": the office acts for its holder
        if subject.pos_ == "PRON" and clause.dep_ == "ccomp" and subject.lower_ in SPEAKER_PRONOUNS \
                and (self.entity_of(subject) is None or self.speaks_of_itself(subject, clause)):
            reporter = reporter_of(clause.head, self.in_story)
            if reporter is not None and reporter.pos_ != "PRON" and self.agrees(subject, reporter):
                return self.member(reporter, clause.head)
        return subject

    def represented_body(self, subject: Token) -> Token | None:
        """'the bloc's defence ministers', 'its foreign ministers', 'Compact leaders', 'its partners in the Compact':
        office holders named in the plural by an organisation act for it (its possessor, a name compounded with
        them, or an in-phrase), where they are no entity of their own."""
        if subject.tag_ != "NNS" or subject.lower_ not in self.representatives or self.entity_of(subject) is not None:
            return None
        # a capitalised short name the parser reads as an adjective counts as one it compounds ("Compact leaders",
        # Compact tagged JJ)
        bodies = [c for c in subject.children if c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN"
                  or c.dep_ == "amod" and c.is_title]
        bodies += [o for c in subject.children if c.dep_ == "prep" and c.lower_ == "in"
                   for o in c.children if o.dep_ == "pobj"]
        found = next((b for b in bodies if self.type_of(b) == "ORG"), None)
        if found is not None:
            return found
        # "Compact leaders" after "the Halden Compact": the last word of an organisation's name, used as its short name
        short = next((b for b in bodies if b.dep_ in {"compound", "amod"} and self.entity_of(b) is None), None)
        if short is None:
            return None
        return next((m.root for cluster in self.clusters if cluster.type == "ORG" for m in cluster.mentions
                     if m.root.i < short.i and m.root.pos_ == "PROPN" and m.root.lower_ == short.lower_), None)

    def armed_owner(self, subject: Token) -> Token | None:
        """'its forces', 'their fighters', 'its units': armed people named by their owner alone act for the party the
        pronoun stands for (CAMEO actor codebook: a state's or group's forces are coded by it); 'the defence
        ministry said its forces': armed forces are the state's, not its ministry's."""
        owner = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
        if owner is None or not self.armed_agent(subject) \
                or self.entity_of(owner) is None or self.entity_of(subject) is not None:
            return None
        if any(m.root.lemma_.lower() in self.force_actors for m in self.clusters[self.entity_of(owner)].mentions):
            return owner  # "the army said its units": the army's own units, the army acts
        return self.owner_of_organ(owner) or owner

    def owner_of_organ(self, token: Token) -> Token | None:
        """The state or group whose organ an entity is, by the owner named in the organ's mention ("X's defence
        ministry")."""
        entity = self.entity_of(token)
        if entity is None or self.clusters[entity].category not in {"organ", "state_organ"}:
            return None
        for mention in self.clusters[entity].mentions:
            for word in mention:
                owner = self.entities.get(word.i)
                if owner is not None and owner != entity and self.clusters[owner].type in {"GPE", "ORG"}:
                    return word
        return None

    def agrees(self, pronoun: Token, reporter: Token) -> bool:
        """ '"They shot at people," said a shopkeeper': a pronoun whose number or kind the reporter does not fit
        names others, whom the story has not resolved; the one telling of the act is not its doer (PolNeAR train:
        1 "they" subject told by a singular noun source, '"they are killing us," said the woman', of others)."""
        kind = self.type_of(reporter)
        singular = reporter.tag_ in {"NN", "NNP"} and not any(c.dep_ == "conj" for c in reporter.children)
        if pronoun.lower_ in {"they", "we"}:
            # "a group of leaders announced that they", "the police said they": a collective speaks as they
            one_person = reporter.tag_ == "NN" and kind in {None, "PERSON"} and not self.generic(reporter) \
                and reporter.ent_type_ not in {"ORG", "NORP", "GPE"} and self.pobj(reporter, {"of"}) is None
            return not (singular and one_person)
        if pronoun.lower_ in {"he", "she"}:
            return singular and kind in {None, "PERSON"}
        return True

    def speaks_of_itself(self, pronoun: Token, clause: Token) -> bool:
        """'the ministry said it would look into the allegations': a subject pronoun of what a body says it will do
        is the body, whatever else coreference linked it to, when the reporter fits the pronoun."""
        reporter = reporter_of(clause.head, self.in_story)
        if reporter is None or reporter.pos_ == "PRON":
            return False
        kind = self.type_of(reporter)
        if pronoun.lower_ == "it":
            return kind != "PERSON" and reporter.tag_ in {"NN", "NNP"}
        if pronoun.lower_ in {"he", "she"}:
            return kind == "PERSON"
        return True
