"""Passes over a document's events that fill targets, measures, sanctioners and the doers of acts told again."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..annotations import EventRecord
from ..table import token_table
from ..token_cache import token_list
from .records import compatible, same_party, take_role, years_told
from .syntax import another_instance, casualties
from .words import (AIMED_PREPOSITIONS, ANNOUNCING, DENYING, FIRE_OBJECTS, HOSTILE, MUTUAL_COMBAT, PLACE_TARGETED,
                    PROTEST_FRAMES, PURPOSE_PREPS, VENUE_TYPES)


class TargetPasses:
    """Fills targets and parties that an event's own clause leaves open."""

    def carry_back_references(self, events: list[EventRecord]) -> None:
        """'A drone struck a market ... the strike was carried out by X': an act named again by a definite noun
        ('the strike', 'the attack') is aimed at whom the act it names again was aimed at, unless it says other."""
        for k, ev in enumerate(events):
            if "target" in ev.role_spans or "recipient" in ev.role_spans:
                continue
            root = ev.trigger.root
            noun = root if root.pos_ == "NOUN" else next(
                (c for c in root.children if c.dep_ in {"nsubjpass", "dobj"} and c.pos_ == "NOUN"
                 and self.noun_type(c) == ev.type), None)
            if noun is None or not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"}
                                       for c in noun.children):
                continue
            # the act the noun names again: one told with the same word ('struck' for 'the strike'), else the last
            # of its type
            same = [e for e in events[:k] if e.type == ev.type]
            earlier = next((e for e in reversed(same) if e.trigger.root.lemma_.lower() == noun.lemma_.lower()),
                           same[-1] if same else None)
            if earlier is None or not compatible(earlier, ev):
                continue
            for role in ("target", "recipient"):
                if role in earlier.role_spans:
                    take_role(ev, earlier, role)
                    break

    def retold_doers(self, events: list[EventRecord]) -> None:
        """'Kostrava's agents abducted the engineer ... The engineer was kidnapped near the border': an act told again,
        with another word, to the same party and with no doer of its own is done by the doer its first telling named
        (the words of that telling are the role's). Not an act done again ('was struck again'), nor one of another
        year, nor across a denial of the act told between the two tellings."""
        year = years_told(events)
        for k, ev in enumerate(events):
            if "actor" in ev.role_spans or told_again(ev.trigger.root):
                continue
            first = next((e for e in events[:k] if e.type == ev.type and "actor" in e.role_spans
                          and any(same_party(e, ev, role) for role in ("target", "recipient"))
                          and agrees_but_for_place(e, ev) and year(e) == year(ev)), None)
            if first is not None and not self.denied_between(first, ev, events):
                take_role(ev, first, "actor")

    def denied_between(self, first: EventRecord, later: EventRecord, events: list[EventRecord]) -> bool:
        """Whether the story, between two tellings of an act, tells a denial: a word of denying, a verb of an act
        negated ('said its units had not fired at the dam'), or a rejection by the doer first named."""
        doc = first.trigger.doc
        between = range(first.trigger.end, later.trigger.start)
        if any(doc[i].lemma_.lower() in DENYING or (doc[i].lemma_.lower() in self.verbs
                                                   and any(c.dep_ == "neg" for c in doc[i].children))
               for i in between):
            return True
        return any(e.type == "REJECT" and e.trigger.start in between and same_party(e, first, "actor") for e in events)

    def measures_of(self, events: list[EventRecord]) -> None:
        """'X imposed sanctions on Y ... The measures freeze the assets of Z': a definite policy noun doing an act
        stands for whoever took the measure, the doer of the last act of the same type told before."""
        for k, ev in enumerate(events):
            words = ev.role_spans.get("actor")
            if words is None or "actor" in ev.roles:
                continue
            root = words.root
            if root.pos_ != "NOUN" or root.lemma_.lower() not in self.policy_nouns \
                    or not any(c.dep_ == "det" and c.lower_ in {"the", "these", "this"} for c in root.children):
                continue
            earlier = next((e for e in reversed(events[:k]) if e.type == ev.type and "actor" in e.roles), None)
            if earlier is not None:
                take_role(ev, earlier, "actor")

    def clause_targets(self, events: list[EventRecord]) -> None:
        """Whom an act is aimed at, told by a clause around it:
        - a threat's condition: 'threatened to halt talks unless X withdraws' (X must act or bear it; CAMEO 13);
        - whom an act lets or makes do something: 'allowed X to run', 'ordered X to close' (the complement's subject);
        - what a protest protests: 'a hunger strike in protest of X's refusal', 'to protest at the arrest of X'."""
        for ev in events:
            aimed_at = ev.role_spans.get("target")
            # a protest's place stood in for its target only for want of a party: its purpose may name one
            placed = ev.type == "PROTEST" and aimed_at is not None and "location" in ev.role_spans \
                and aimed_at.root.i == ev.role_spans["location"].root.i
            if aimed_at is not None and self.is_party(aimed_at.root) and not placed \
                    or "recipient" in ev.role_spans and not placed:
                continue
            root = ev.trigger.root
            clause = self.clause(root)
            found = None
            if ev.type == "THREATEN":
                acts = [clause, *(c for c in clause.children if c.dep_ in {"xcomp", "ccomp"})]
                for act in acts:
                    for child in act.children:
                        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.conditions
                                                         for m in child.children):
                            subject = next((c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                            if subject is not None and subject.pos_ != "PRON" and self.is_party(subject):
                                found = subject
            if found is None and root.pos_ == "VERB":
                for child in root.children:
                    subject = next((c for c in child.children if c.dep_ == "nsubj"), None) \
                        if child.dep_ in {"ccomp", "xcomp"} and child.tag_ == "VB" else None
                    if subject is not None and subject.pos_ != "PRON" and self.is_party(subject) \
                            and not any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
                        found = self.party_in(subject) if self.generic(subject) and self.party_in(subject) \
                            else subject
                        break
            if found is None and ev.type == "PROTEST":
                protest = next((o for c in (root, clause) for p in c.children if p.dep_ == "prep" and p.lower_ == "in"
                                for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in PROTEST_FRAMES),
                               None)
                if protest is not None:
                    aimed = self.pobj(protest, {"of", "against", "at", "over"})
                    found = self.party_behind(aimed, root) or self.party_around(aimed, root) \
                        if aimed is not None else None
            if found is None and ev.type == "PROTEST":
                found = self.protest_purpose(root, clause, ev)
            if found is not None and placed:
                ev.role_spans.pop("recipient", None)
                ev.roles.pop("recipient", None)
            if found is not None and (ev.roles.get("actor") is None or self.entity_of(found) != ev.roles["actor"]):
                ev.role_spans.pop("target", None)
                ev.roles.pop("target", None)
                self.fill(ev, "target" if ev.type in HOSTILE | PLACE_TARGETED else "recipient", found)

    def protest_purpose(self, root: Token, clause: Token, ev: EventRecord) -> Token | None:
        """ "blocked a road to show their disapproval of X's policies", "a march demanding the release of Y by X":
        the purpose a protest is staged for names what it protests, and the party behind that is its target."""
        actor = ev.roles.get("actor")
        for carrier in dict.fromkeys((root, clause)):
            for purpose in carrier.children:
                if purpose.pos_ != "VERB" or not (
                        purpose.dep_ in {"advcl", "xcomp"} and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                   for c in purpose.children)
                        or purpose.dep_ in {"advcl", "acl"} and purpose.tag_ == "VBG"):
                    continue
                things = [c for c in purpose.children if c.dep_ == "dobj"]
                things += [o for t in [purpose, *things] for p in t.children
                           if p.dep_ == "prep" and p.lower_ in PURPOSE_PREPS
                           for o in p.children if o.dep_ == "pobj"]
                for thing in things:
                    if thing.pos_ == "PRON" or thing.i in self.time_tokens:
                        continue
                    party = self.party_behind(thing, root)
                    if party is not None and self.generic(party):
                        # "press their demands for jobs from the president's government": the generic body
                        # stands for whoever it is named as belonging to
                        owner = next((c for c in party.children if c.dep_ == "poss" and c.pos_ != "PRON"), None) \
                            or self.pobj(party, {"of"})
                        party = owner if owner is not None and self.is_party(owner) else None
                    if party is not None and party.pos_ != "PRON" and not self.generic(party) \
                            and self.type_of(party) != "LOC" and self.entity_of(party) != actor:
                        return party
        return None

    def answer_targets(self, events: list[EventRecord]) -> None:
        """'further sanctions in response', 'threatened to shell the towns in retaliation for an air raid': an act
        that answers an earlier hostile act is aimed at that act's doer (the act named after 'to' or 'for', else the
        last hostile act with a doer told before)."""
        by_token = {e.trigger.root.i: e for e in events}
        for k, ev in enumerate(events):
            if ev.type not in HOSTILE | {"MOBILIZE"} or "target" in ev.role_spans or "recipient" in ev.role_spans:
                continue
            root = ev.trigger.root
            carriers = [root, root.head] if root.pos_ == "NOUN" and root.dep_ == "dobj" else [root]
            answer = next((o for c in carriers for o in [self.pobj(c, {"in"})]
                           if o is not None and o.lemma_.lower() in self.response_nouns), None)
            if answer is None:
                continue
            answered = self.pobj(answer, {"to", "for"})
            doer: Token | None = None
            if answered is not None:
                told = by_token.get(answered.i)
                doer = self.party_behind(answered, root) if told is None or "actor" not in told.role_spans \
                    else told.role_spans["actor"].root
            else:
                told = next((e for e in reversed(events[:k]) if e.type in {"ASSAULT", "FIGHT", "COERCE"}
                             and "actor" in e.role_spans and not same_party(e, ev, "actor")), None)
                if told is not None:
                    ev.role_spans["target"] = told.role_spans["actor"]
                    if "actor" in told.roles:
                        ev.roles["target"] = told.roles["actor"]
                continue
            if doer is not None:
                self.fill(ev, "target", doer)

    def place_targets(self, events: list[EventRecord]) -> None:
        """PLOVER codes the place an act is done in as its target when the text names no other party ("shelled
        positions in X", "set up a centre in X", "imposed a curfew in X"): the place stands for its people and
        rulers. Talks, joint exercises and deaths happen at a venue that is no party."""
        for ev in events:
            placed = ev.role_spans.get("location")
            aimed = ev.role_spans.get("target")
            if aimed is not None and "target" not in ev.roles and self.counted_victims(ev, aimed.root):
                # "suicide bombers killed 23 people in Tel Aviv": victims told only by their number are no party;
                # the act is aimed at the place it was done in, when that is named (PLOVER GSR ASSAULT-0008 codes
                # Tel Aviv as the target), and at no one told otherwise
                place = ev.roles.get("location")
                for role in ("target", "recipient"):
                    if ev.role_spans.get(role) is aimed:
                        del ev.role_spans[role]
                        ev.roles.pop(role, None)
                if place is not None and self.clusters[place].type == "GPE" and place != ev.roles.get("actor"):
                    ev.roles["target"] = place
                    ev.role_spans["target"] = ev.role_spans["location"]
                continue
            if ev.type in VENUE_TYPES or placed is not None and placed.root.i in self.moment_places:
                # the place of a clause of the same moment ("as the convoy crossed a bridge near X") says where,
                # not whom the act was aimed at
                continue
            if aimed is not None and "target" not in ev.roles and not self.is_party(aimed.root) \
                    and not (ev.type in HOSTILE and (self.a_person(aimed.root) or self.bare_count(aimed.root))):
                # "fired shells at targets in X", "blew up power lines": a thing hit stands aside for the place
                # it was hit in, when the place is named; people hit are no thing ("arrested 40 people in X":
                # they, not X, are arrested)
                place = ev.roles.get("location")
                if place is not None and self.clusters[place].type == "GPE" and place != ev.roles.get("actor"):
                    ev.roles["target"] = place
                    ev.role_spans["target"] = ev.role_spans["location"]
                    if ev.role_spans.get("recipient") is aimed:
                        del ev.role_spans["recipient"]
                continue
            if "target" in ev.role_spans or "recipient" in ev.role_spans:
                continue
            place = ev.roles.get("location")
            if place is None or self.clusters[place].type != "GPE" or place == ev.roles.get("actor"):
                continue
            partner = self.joint_partner(ev)
            if partner is not None and ev.type not in HOSTILE:
                # "X and Y signed a trade agreement in Z": an act the parties do together is done with each
                # other; the place they do it in is its venue, no party to it (PLOVER GSR AGREE-0003, 'the United
                # States and Jordan have agreed upon a new free-trade pact', codes each as source and target)
                self.fill(ev, "recipient", partner)
                continue
            verb = ev.trigger.root
            if ev.type in HOSTILE and verb.pos_ == "VERB" and any(c.dep_ in {"dobj", "nsubjpass"} and self.a_person(c)
                                                                  for c in verb.children):
                # "he was detained in X": a hostile act fell on a person told, however unnamed, not on X (people
                # moved, "deployed troops in X", are the means of the act, and X its aim)
                continue
            role = "target" if ev.type in HOSTILE | PLACE_TARGETED else "recipient"
            ev.roles[role] = place
            ev.role_spans[role] = ev.role_spans["location"]
        for ev in events:  # "refused to deploy peacekeepers in X": the refusal concerns X too
            if ev.about is None or "target" in ev.role_spans or "recipient" in ev.role_spans:
                continue
            embedded = events[ev.about]
            for role in ("target", "recipient"):
                if role in embedded.role_spans and embedded.roles.get(role) != ev.roles.get("actor"):
                    ev.role_spans[role] = embedded.role_spans[role]
                    if role in embedded.roles:
                        ev.roles[role] = embedded.roles[role]
                    break

    def fought_each_other(self, trigger: Token, actor: Token | None) -> Token | None:
        """ "X and Y fought near Z", "X and Y clashed": a verb of mutual combat (VerbNet meet-36.3: fight, battle,
        clash, skirmish) with the two sides joined as its subject and no one else named is done by each to the
        other: the first named is the actor, the other its target (PLOVER GSR AGREE-0032 codes both joined parties
        as source and target; PolNeAR train: 4 "X and Y clashed/battled", a weak count)."""
        if trigger.pos_ != "VERB" or actor is None:
            return None
        # "X and Y exchanged fire": the exchange is mutual as fighting is (VerbNet exchange-13.6, reciprocal)
        exchanged = trigger.lemma_.lower() in {"exchange", "trade"} and any(
            c.dep_ == "dobj" and c.lower_ in FIRE_OBJECTS | {"shots", "salvoes"} for c in trigger.children)
        if trigger.lemma_.lower() not in MUTUAL_COMBAT and not exchanged:
            return None
        if any(c.dep_ in {"nsubjpass"} or c.dep_ == "dobj" and not exchanged
               or c.dep_ == "prep" and c.lower_ in {"with", "against", "between"} for c in trigger.children):
            return None  # "fought the rebels", "clashed with police": the other side is named there
        subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        # a craft or weapon on either side fights for its owner ("a Kestrian patrol boat and two Velmish cutters")
        sides = [(self.owner_of(side) or self.earlier_owner(side) or side) if self.means(side) else side
                 for side in [subject, *subject.conjuncts]]
        doer = self.entity_of(actor)
        if not any(side.i == actor.i or doer is not None and self.entity_of(side) == doer for side in sides):
            return None
        return next((side for side in sides if side.i != actor.i and self.is_party(side)
                     and (doer is None or self.entity_of(side) != doer)), None)

    def joint_partner(self, ev: EventRecord) -> Token | None:
        """The other party of a subject of joined parties ('X and Y signed ...'), not the actor."""
        root = ev.trigger.root
        verb = root if root.pos_ == "VERB" else root.head if root.dep_ == "dobj" else None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if subject is None:
            return None
        return next((c for c in [subject, *subject.conjuncts] if self.is_party(c) and self.entity_of(c) is not None
                     and self.entity_of(c) != ev.roles.get("actor")), None)

    def announced_targets(self, events: list[EventRecord]) -> None:
        """ "threatened to cut off electricity to X", "vowed to resume attacks in X", "agreed to reopen its borders
        to X": an announced act that is no event of its own still names whom it would fall on, in a phrase on its
        verb or its object; that party is the announcement's target (PLOVER codes the target of an intent, a threat
        or a refusal as that of the act announced: GSR THREATEN-0002, THREATEN-0024, AGREE-0029)."""
        triggers = {ev.trigger.root.i for ev in events}
        for ev in events:
            if ev.type not in ANNOUNCING or ev.about is not None or "target" in ev.role_spans \
                    or "recipient" in ev.role_spans:
                continue
            trigger = ev.trigger.root
            act = next((c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                        and c.i not in triggers), None)
            if act is None:
                continue
            # "vowed to drive the mercenaries out": force promised falls on the one it is used against
            forced = next((c for c in act.children if c.dep_ == "dobj" and self.is_party(c)), None) \
                if act.lemma_.lower() in self.force_complements else None
            if forced is not None:
                self.fill(ev, "target", forced)
                continue
            carriers = [act, *(c for c in act.children if c.dep_ == "dobj")]
            for carrier in carriers:
                aimed = next((o for p in carrier.children if p.dep_ == "prep" and p.lower_ in AIMED_PREPOSITIONS
                              for o in p.children if o.dep_ == "pobj" and o.i not in self.time_tokens
                              and (self.is_party(o) or self.place(o) is not None)), None)
                if aimed is not None:
                    self.fill(ev, "target", self.place(aimed) or aimed)
                    break
            else:
                # "refused to respond to a demand from X", "agreed to consider Y's request": an answer to a demand,
                # request or offer is aimed at whoever made it (CAMEO 12 reject / 08 yield: the requester)
                asked = next((o for o in [*(c for c in act.children if c.dep_ == "dobj"),
                                          *(g for p in act.children if p.dep_ == "prep" for g in p.children
                                            if g.dep_ == "pobj")]
                              if self.noun_type(o) in {"DEMAND", "AGREE"}), None)
                asker = self.actor(asked) if asked is not None else None
                if asker is not None and asker.pos_ != "PRON" and self.is_party(asker) \
                        and self.entity_of(asker) != ev.roles.get("actor"):
                    self.fill(ev, "target", asker)

    def receiving(self, event: EventRecord, trigger: Token) -> None:
        """'the rebels received drones from X': the subject is the recipient, the from-party the giver."""
        receiver = event.role_spans.pop("actor", None)
        receiver_entity = event.roles.pop("actor", None)
        event.roles.pop("recipient", None)
        event.role_spans.pop("recipient", None)
        giver = self.party_in(self.pobj(trigger, {"from"}))
        if giver is not None:
            self.fill(event, "actor", giver)
        if receiver is not None:
            event.role_spans["recipient"] = receiver
            if receiver_entity is not None:
                event.roles["recipient"] = receiver_entity

    def name_sanctioners(self, doc: Doc, events: list[EventRecord]) -> None:
        """'the sanctions imposed on him' after 'Halden Union sanctions': sanctions the story has tied to one
        party were imposed by it."""
        for ev in events:
            if ev.type != "SANCTION" or "actor" in ev.role_spans:
                continue
            owners = {}
            for token in doc[:ev.trigger.root.i]:
                if token.lemma_.lower() not in {"sanction", "sanctions", "embargo"}:
                    continue
                for child in token.children:
                    if child.dep_ in {"compound", "poss", "nmod"} and (child.pos_ == "PROPN" or self.is_party(child)):
                        owners[self.entity_of(child) if self.entity_of(child) is not None else child.text] = child
            if len(owners) == 1:
                self.fill(ev, "actor", next(iter(owners.values())))

    def name_models(self, doc: Doc, events: list[EventRecord]) -> None:
        """'whether any of the drones have been handed over', with 'Harrow-9 drones' told elsewhere: a weapon the
        story names by one model only is that model wherever it speaks of the weapon."""
        tok = token_list(doc)
        models: dict[str, set[str]] = {}
        words: dict[str, Token] = {}
        table = token_table(doc)
        for i in range(len(doc)):
            if table.lower[i] not in self.weapon_modes and table.lemma[i] not in self.weapon_modes:
                continue  # is_weapon, read from the token table: the other words are not made into Tokens
            token = tok[i]
            for child in token.children:
                if child.dep_ in {"compound", "nmod"} and child.pos_ == "PROPN" \
                        and any(c.isdigit() for c in child.text):
                    models.setdefault(token.lemma_.lower(), set()).add(child.text)
                    words.setdefault(child.text, child)
        if not models:
            return  # no weapon named by a model: no sentence below can find one
        for ev in events:
            if ev.type not in {"AID", "ASSAULT", "FIGHT", "MOBILIZE"} or "equipment" in ev.role_spans:
                continue
            weapon = next((t for t in ev.trigger.root.sent if self.is_weapon(t)
                           and len(models.get(t.lemma_.lower(), ())) == 1), None)
            if weapon is not None:
                (name,) = models[weapon.lemma_.lower()]
                self.fill_equipment(ev, words[name])

    def casualties(self, trigger: Token) -> Token | None:
        """'three civilians were killed in a car bombing': the victims of the clause the act is told in."""
        return casualties(trigger)


def told_again(word: Token) -> bool:
    """'The bridge was struck again', 'further abductions': the act done once more, not the one told before."""
    return another_instance(word) or any(c.dep_ == "advmod" and c.lower_ == "again" for c in word.children)


def agrees_but_for_place(earlier: EventRecord, later: EventRecord) -> bool:
    """No role but the place or the time names another party in the later telling: a story tells the place of an act
    at more than one grain ('in eastern Yarrowen', 'near the town of Osk')."""
    return all(earlier.roles.get(role, value) == value for role, value in later.roles.items()
               if role not in {"time", "location"})
