"""Which words tell an act: the trigger lexicon's verbs, nouns and patterns, and the clauses that tell none."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..annotations import EventRecord
from ..token_cache import token_list
from .records import without_folded
from .syntax import (antecedent_objects, asserted_clause, dates_only, describes_apposed, describes_subject,
                     generic_description, negative_quantifier, objects_of, pattern_mode, refused, reporter_of,
                     request_to_act, state_capitals, verb_forms)
from .words import (ARMED_STATES, BAN_VERBS, BODY_TYPES, CASUALTY_VERBS, DEEDS, DETAINING_DOERS, ENABLING_VERBS,
                    FIRE_OBJECTS, NEGATIVE_OBJECTS, NO_ACT_DETERMINERS, ORDER_WORDS, PENALTY_VERBS, PERMISSION_WORDS,
                    PERSONAL_PRONOUNS, PROSECUTING_BODIES, RELATIVE_PRONOUNS, REPORTING_VERBS, REQUEST_DEPS,
                    REQUEST_VERBS, RESULT_STATES, WEAPON_TEST_HEADS, WEAPON_TEST_NOUNS)


class TriggerReading:
    """Finds the words that tell an act and refuses those whose clause tells none."""

    def trigger(self, token: Token) -> tuple[str, str | None, Token | None] | None:
        """The event type a word triggers, its mode, and the object noun a word pattern took into the event."""
        table = self.table  # asked of every verb and noun: its tag and relation read once
        pos, dep = table.pos[token.i], table.dep[token.i]
        if self.misread_infinitive(token):
            pattern = self.phrase(token)
            return (pattern[0]["type"], pattern_mode(*pattern), pattern[1]) if pattern is not None else None
        if pos not in {"VERB", "NOUN"} or dep in {"aux", "auxpass", "amod"}:
            return None
        # The refusals (a noun describing a noun, 'no fighting', a hypothesis, 'declined to comment', a participle
        # describing its subject) are asked only of a word that names an act: each test is a pure reading of the
        # parse, and they cost more than the lexicon's, which find nothing for most words. The result is as if they
        # came first: a performing verb's passive act is refused by the first five, the other acts by all six.
        if pos == "VERB" and self.is_light(token):
            done = self.passive_act(token)
            if done is not None:
                return None if self.refused(token, pos, dep, table) else done
        found = self.named_act(token, pos)
        if found is None or self.refused(token, pos, dep, table) \
                or pos == "VERB" and (describes_subject(token) or describes_apposed(token)):
            return None
        return found

    def refused(self, token: Token, pos: str, dep: str, table) -> bool:
        """Whether a verb or noun that names an act tells none: the tests `trigger` asks before taking its act."""
        if dep == "compound" and (pos == "NOUN" or table.tag[token.i] == "VBG") \
                and table.pos[table.head[token.i]] in {"NOUN", "PROPN"} \
                and token.head.lemma_.lower() not in self.act_heads and token.head.lower_ not in self.act_heads \
                and not (token.head.lower_ in self.threat_heads and self.noun_type(token) in self.threatened):
            # "attack drones", "the death toll": the noun describes another noun, it names no act; so does a gerund the
            # parser tags a verb ("a shipping company", "a fishing boat" name a kind); "a shelling campaign" is the act
            return True
        if pos == "NOUN" and self.not_a_noun_act(token):
            return True
        if pos == "NOUN" and dep in {"dobj", "nsubjpass"} and self.measure_met(token.head):
            return True  # "to meet demand": a market's demand, no one's demand on another
        if self.kind_of_company(token):
            return True  # "transferred the tankers to shell companies": a kind of company, no shelling
        if self.conditional_predicate(token):
            return True
        if generic_description(token):
            return True
        if self.told_undone(token, pos, dep):
            return True
        if pos == "VERB" and self.condition_verb(token):
            return True
        return pos == "VERB" and self.not_an_act(token)

    def without_acts_not_done(self, events: list[EventRecord]) -> list[EventRecord]:
        """The acts an infinitive names as not done, which lend the act above them their parties and go:
        'refused to resign', 'declined to meet the envoy' (what was refused), 'urged the government not to deport
        anyone', 'vowed not to return the land' (what is asked or promised not to happen)."""
        undone = {id(ev) for ev in events if self.act_refused(ev.trigger.root) or self.act_not_to_do(ev.trigger.root)}
        return without_folded(events, undone)

    def act_refused(self, verb: Token) -> bool:
        """'refused to resign': PLOVER GSR, 7 of 7 records on 'refused/declined to V' code the one REJECT with the
        refused act in its words and none the refused act ('declined to resign', 'refused to meet', 'refusing to
        lift the curfew', 'refused to deploy peacekeepers')."""
        return verb.pos_ == "VERB" and verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" \
            and self.verbs.get(verb.head.lemma_.lower()) == "REJECT"

    @staticmethod
    def act_not_to_do(verb: Token) -> bool:
        """'urged both sides not to send more ships', 'vowed not to return the Golan Heights': a negated infinitive
        names an act to be left undone (PLOVER GSR: the 1 record with one, 'vowed not to return the Golan Heights',
        codes no return; the claimgraph gold files: 0 events on 24 'not to V'; PolNeAR train: 12 'urged/asked/warned
        ... not to V')."""
        return verb.pos_ == "VERB" and verb.dep_ in {"xcomp", "ccomp", "advcl"} \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and any(c.dep_ == "neg" for c in verb.children)

    def risk_told(self, verb: Token) -> bool:
        """Whether "threaten" has a thing or a happening for its subject ("the rise of terrorism threatens our way of
        life", "a case that threatened to cripple public unions", "natives threatened by ethnic diversity"): it tells
        a risk, no party's threat (`risk_subjects` in the lexicon)."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            subject = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
            subject = verb.head  # "the diseases threatening the aging"
        if subject is not None and subject.lower_ in {"that", "which"} and verb.dep_ == "relcl":
            subject = verb.head
        if subject is None:
            return False
        if subject.pos_ == "PRON":
            return subject.lower_ in {"that", "this"}  # "That threatened to create ...": what was just told
        if subject.pos_ != "NOUN" or self.entity_of(subject) is not None or self.a_person(subject) \
                or self.is_party(subject):
            return False
        lemma, word = subject.lemma_.lower(), subject.lower_
        if {lemma, word} & (self.party_bodies | self.collective | self.member_nouns | self.leader_titles):
            return False
        return bool({lemma, word} & (self.risk_nouns | self.natural_forces)) or self.noun_type(subject) is not None \
            or word.endswith(self.risk_suffixes)

    def told_undone(self, token: Token, pos: str, dep: str) -> bool:
        """ "has never trained anyone", "the equipment was never delivered", "does not conduct cyber operations": an
        act said never to have been done, or denied as a habit through the light verb that carries its noun, is no
        act of the story (PolNeAR train: 18 of 18 events under a bare "never" tell an act not done, "never met",
        "was never hacked", "has never publicly blamed"; 1 "do not make a call", weak). The gold files code no event
        for an act told as not done. A negated restriction ("never permits rallies") is the restriction itself, and
        "never" under a modal ("would never accept") is a refusal or a vow, read by `retype`."""
        verb = token
        if pos == "NOUN" and dep == "dobj" and any(c.dep_ == "nsubj" and negative_quantifier(c)
                                                   for c in token.head.children):
            return True  # "no one returned our calls", "nobody gave an order": an act of no one
        if pos == "NOUN":
            if dep != "dobj" or not self.is_light(token.head):
                return False
            verb = token.head
        elif pos != "VERB":
            return False
        if verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass", "neg"} for c in verb.children):
            verb = verb.head  # "has never trained or paid anyone": the second verb shares the first's "never"
        kids = list(verb.children)
        if any(c.tag_ == "MD" for c in kids if c.dep_ == "aux"):
            return False
        never = any(c.dep_ == "neg" and c.lower_ == "never" for c in kids)
        habit = pos == "NOUN" and any(c.dep_ == "neg" for c in kids) and any(
            c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ in {"VBZ", "VBP"} for c in kids)
        # "Nobody is threatening X", "no one else had been detained", "none of the crew was hurt": an act whose doer
        # or whose undergoer is nobody is told as not done (factuality train: 3 of 3 acts with "no one" for subject
        # rated certainly not done, "No one has claimed responsibility")
        nobody = pos == "VERB" and any(c.dep_ in {"nsubj", "nsubjpass"} and negative_quantifier(c) for c in kids)
        return (never or habit or nobody) and not self.negated_restriction(verb) \
            and not (pos == "NOUN" and self.negated_restriction(token))

    def named_act(self, token: Token, pos: str) -> tuple[str, str | None, Token | None] | None:
        """The act a verb or noun names, by the lexicon and the constructions, before `trigger`'s refusals."""
        if pos == "VERB" and self.custody(token) is not None:
            return "COERCE", None, None  # "he is being held at a base": detention told as a state
        if pos == "VERB" and self.deontic_clause(token):
            return "DEMAND", None, None  # "X said Y must hand over Z": a demand on Y (CAMEO 10)
        if self.sanction_listing(token):
            return "SANCTION", None, None
        goods = self.goods_of_a_state(token)
        if goods is not None:
            return "SANCTION", "discontinue", goods  # "a ban on Kestrian grain": a trade sanction on Kestria
        if self.measure_named_before(token) is not None:
            return "SANCTION", "discontinue", None  # "... a ban on Kestrian grain. The ban takes effect ..."
        if pos == "NOUN" and self.expulsion_named_before(token):
            return "SANCTION", "expel", None  # "... ordered out 30 monitors. X called the expulsion a disgrace"
        if pos == "VERB" and self.act_yields(token):
            return None  # "the raids yielded 12 arrests": an act produced a result, no one gave way
        if pos == "VERB" and self.ground_defended(token):
            return None  # "to defend Tarsk": a place held against attack, no words spoken for anyone
        if pos == "VERB" and self.arrivals_welcomed(token):
            return None  # "troops would be welcomed as brothers": people received, no praise
        if pos == "VERB" and self.measure_met(token):
            return None  # "failed to meet the deadline", "to meet demand": a measure satisfied, no meeting
        if pos == "VERB" and self.cyber_strike(token):
            return "COERCE", "cyber", None  # "Hackers attacked the grid's control systems"
        if pos == "VERB" and self.firm_intruded(token):
            return "COERCE", "cyber", None  # "Hackers compromised Pellan Freight"
        if pos == "VERB" and self.seized_vessel(token) is not None:
            return "COERCE", "seize", None  # "boarded the tanker", "took control of the Brinna Gale"
        if pos == "VERB" and token.lemma_.lower() in self.taking_verbs:
            taken = self.territory_taken(token)
            if taken is not None:
                return taken if taken[0] else None  # "troops had taken Kesh"; "Senator Vane captured Tesland"
        if pos == "NOUN" and self.call_answered(token):
            return "DEMAND", None, None  # "rejected calls from X to withdraw": a call one answers is a demand
        if pos == "VERB" and self.procedure_ordered(token):
            return "DEMAND", None, None  # "the court ordered a new ballot": a demand that the vote be held
        if pos == "VERB" and self.told_to_leave(token) is not None:
            return "SANCTION", "expel", self.told_to_leave(token)  # "the observers were told to leave the country"
        if pos == "VERB" and token.lemma_.lower() in REQUEST_VERBS and request_to_act(token):
            return "DEMAND", None, None  # "asked the court to annul the vote": a request that a party act (CAMEO 10)
        if self.order_to_act(token, pos):
            return "DEMAND", None, None  # "ordered police to clear the square", "the order to clear the square"
        if pos == "VERB" and token.lemma_.lower() == "die" and self.died_in_an_act(token):
            return None  # "nine people died in the riots": the casualties of an act told, no death of their own
        pattern = self.phrase(token)
        if pattern is not None:
            entry, obj = pattern
            if entry.get("mode") is None and self.cyber(token):
                return "COERCE", "cyber", obj
            return entry["type"], pattern_mode(entry, obj), obj
        if pos == "NOUN" and self.weapon_test_told(token):
            return "MOBILIZE", "weapons", None  # "... test-fired a missile. More tests would follow"
        type_ = self.trigger_type(token)
        if type_ == "CRIME" and self.smuggled_to_a_party(token):
            return "AID", None, None  # "smuggled rifles to the rebels": covert supply of a party (CAMEO 072)
        if type_ == "CRIME":
            return type_, self.crime_modes.get(token.lemma_.lower()) or self.crime_modes.get(token.lower_), None
        if type_ is not None and self.cyber(token):
            return "COERCE", "cyber", None
        if type_ is not None and self.work_stoppage(token):
            return "PROTEST", "strike-gen", None
        if type_ == "ASSAULT" and self.verbal_attack(token):
            return "DISAPPROVE", None, None
        return (type_, None, None) if type_ is not None else None

    def died_in_an_act(self, verb: Token) -> bool:
        """ "two people died in clashes", "died in what it called riots": the place of dying is an act of violence,
        named by its noun or by the noun a naming clause gives it."""
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in self.death_preps:
                continue
            for place in prep.children:
                named = [place] if place.dep_ == "pobj" else []
                if place.dep_ == "pcomp" and place.lemma_.lower() in self.naming_verbs:
                    named = [c for c in place.children if c.dep_ in {"oprd", "attr", "dobj"} and c.pos_ == "NOUN"]
                if any(n.lemma_.lower() in self.violence_nouns or n.lower_ in self.violence_nouns
                       or self.noun_type(n) in self.deadly_types for n in named):
                    return True
        return False

    def weapon_test_told(self, noun: Token) -> bool:
        """ "Kessen test-fired a missile on Monday ... said more tests would follow": a bare test noun in a story
        that told a weapon tested before it names another such test (PolNeAR train: a story of "the nuclear test"
        goes on "the successful test", "the test", "the apparent test"); a test of something else ("a test of
        resolve") is not one."""
        if noun.lemma_.lower() not in WEAPON_TEST_NOUNS or any(
                c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "compound" for c in noun.children):
            return False
        return any(t.lemma_.lower() in WEAPON_TEST_HEADS and (found := self.phrase(t)) is not None
                   and found[0]["type"] == "MOBILIZE" and found[0].get("mode") == "weapons"
                   for t in noun.doc[self.story_start:noun.i])

    def verbal_attack(self, token: Token) -> bool:
        """'attacked Rubio for not voting', 'attacked the program as wasteful', 'attacked the decision', 'his attacks
        on Clinton for her remarks': an attack made with words, for a reason or under a label, or on what someone
        said or decided, is criticism (CAMEO 111), no blow."""
        if token.lemma_.lower() not in self.verbal_attack_verbs:
            return False
        if token.pos_ == "VERB" and (self.weapon_doer(token) or self.armed_doer(token)):
            return False  # "reports that its drones had attacked X as a fantasy": weapons and armed forces use force
        carriers = [token]
        if token.pos_ == "NOUN":  # "attacks on Clinton for ...": the phrases may hang on the on-phrase's object
            carriers += [o for p in token.children if p.dep_ == "prep" and p.lower_ == "on"
                         for o in p.children if o.dep_ == "pobj"]
        else:
            carriers += [c for c in token.children if c.dep_ == "dobj"]
        for carrier in carriers:
            for prep in (c for c in carrier.children if c.dep_ == "prep" and c.lower_ in {"for", "as"}):
                said = [o for o in prep.children if o.dep_ in {"pobj", "pcomp"}]
                if prep.lower_ == "as" and said and all(o.i not in self.time_tokens for o in said):
                    return True  # "attacked her as an elitist", "as wasteful"
                for o in said:
                    if o.i in self.time_tokens or o.lemma_.lower() in {"time", "hour", "day", "week", "month"}:
                        continue  # "for the second time", "for three days"
                    if o.dep_ == "pcomp" or o.tag_ == "VBG" or any(c.dep_ == "poss" for c in o.children) \
                            or o.lemma_.lower() in self.verbal_objects:
                        return True  # "for not voting", "for her remarks", "for the comment"
        return token.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in self.verbal_objects
                                            for c in token.children)

    def smuggled_to_a_party(self, token: Token) -> bool:
        """'smuggled rifles to the rebels', 'the smuggling of arms to X': goods smuggled to a party named."""
        if token.lemma_.lower() not in self.supply_crimes and token.lower_ not in self.supply_crimes:
            return False
        goods = [c for c in token.children if c.dep_ == "dobj"] + \
            [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        carriers = [token, *goods]
        receiver = next((r for c in carriers for r in [self.pobj(c, {"to"})] if r is not None), None)
        if receiver is None:
            dative = next((c for c in token.children if c.dep_ == "dative"), None)
            receiver = next((c for c in dative.children if c.dep_ == "pobj"), None) if dative is not None else None
        return receiver is not None and self.is_party(receiver) and self.place(receiver) is None

    def trigger_type(self, token: Token) -> str | None:
        table = self.table
        lemma, pos = table.lemma[token.i], table.pos[token.i]
        if pos == "VERB" and table.dep[token.i] not in {"aux", "auxpass", "amod"}:
            if self.is_light(token) and any(c.dep_ == "dobj" and self.noun_type(c) for c in token.children):
                return None  # "give a speech", "carry out the delivery": the noun is the event
            if self.idiom(token):
                return None  # "struck a deal", "struck a measured tone": no blow is struck
            if lemma in self.publishing_verbs and self.publishes(token):
                return None  # "released a poll": published, no one set free
            if lemma == "insist" and asserted_clause(token):
                return None  # "insisted the plan would go ahead": a claim held to, no demand made
            return next((self.verbs[form] for form in verb_forms(token, self.table) if form in self.verbs), None)
        if pos == "NOUN":
            found = self.nouns.get(lemma)
            if found is None and token.i >= 2 and table.lower[token.i - 1] == "-" \
                    and table.head[token.i - 2] == token.i:
                # "a sit-in", the tokenizer's "sit - in": the hyphenated word is the noun
                found = self.nouns.get(f"{table.lower[token.i - 2]}-{lemma}") \
                    or self.nouns.get(f"{table.lower[token.i - 2]}-{table.lower[token.i]}")
            if found is None and token.lower_.endswith("ing") and token.dep_ in {"pobj", "pcomp"}:
                # a gerund tagged as a noun: "accuses X of arming"
                found = next((self.verbs[f] for f in verb_forms(token, self.table)[2:] if f in self.verbs), None)
            return found
        return None

    def publishes(self, verb: Token) -> bool:
        """Whether a verb of releasing issues a thing to the public: its object or passive subject, or the noun it
        follows as a reduced relative ('a poll released Tuesday'), is a published thing."""
        things = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            things.append(verb.head)
        return any(t.lower_ in self.published_things or t.lemma_.lower() in self.published_things for t in things)

    def idiom(self, verb: Token) -> bool:
        """ "struck a deal", "a deal was struck", "struck down the law", "took it for granted": a verb in a fixed
        phrase, told by its object (or passive subject), its particle or the word before it."""
        spec = self.verb_idioms.get(self.table.lemma[verb.i])
        if spec is None:
            return False
        objects, particles, before = spec
        if self.deadline_set(verb):
            return True
        prev = verb.i - 1
        if prev >= 0 and self.table.lower[prev] in before and (
                verb.head.i == prev or any(c.i == prev for c in verb.children)):
            # "taking nothing for granted": the word right before the verb, whether the parser makes it the verb's
            # marker or makes the verb its object
            return True
        if any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
            particles = set()  # "pressed him on the budget", "was pressed on why": someone is pressed
        # a particle the parser reads as a preposition has no object of its own ("pressed on with the offensive")
        # "gave the inspectors two days to pack": the parser reads the span at times as an adverbial noun (counted,
        # unlike "given earlier this month")
        if verb.dep_ in {"relcl", "acl"} and (verb.head.lower_ in objects or verb.head.lemma_.lower() in objects) \
                and not any(c.dep_ in {"dobj", "mark"} for c in verb.children):
            # "the licence it was granted", "the evidence he gave", "the cable, sent by the embassy": the noun the
            # clause or participle hangs on, its object's gap; a clause with an object or a "that" of its own tells
            # what the noun says ("reports that X had sent rifles"), not what was done with the noun
            return True
        return any((c.dep_ in {"dobj", "nsubjpass"} or c.dep_ == "npadvmod" and any(
                        g.dep_ == "nummod" for g in c.children)) and (c.lower_ in objects or c.lemma_.lower() in objects)
                   or c.dep_ in {"prt", "advmod"} and c.lower_ in particles
                   or c.dep_ == "prep" and c.lower_ in particles and not any(g.dep_ == "pobj" for g in c.children)
                   for c in verb.children)

    def deadline_set(self, verb: Token) -> bool:
        """ "gave the envoys until Sunday to leave": a time limit (an until-phrase) given together with the act
        that must be done by then (a to-infinitive on the verb)."""
        preps = self.deadline_preps.get(self.table.lemma[verb.i])
        return bool(preps) and any(c.dep_ == "prep" and c.lower_ in preps for c in verb.children) \
            and any(c.dep_ in {"xcomp", "advcl", "ccomp"} and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                   for a in c.children) for c in verb.children)

    def not_a_noun_act(self, noun: Token) -> bool:
        """'no fighting' (none happened), 'people familiar with the investigation' (a source's description)."""
        table = self.table  # asked of every noun: the first tests read the table, no child Tokens
        if any(table.dep[c] == "det" and table.lower[c] in NO_ACT_DETERMINERS for c in table.children[noun.i]):
            return True
        if self.verb_modes.get(table.lemma[noun.i]) == "explosives" and any(
                c.dep_ in {"compound", "amod", "nmod"} and c.lemma_.lower() in self.accidents for c in noun.children):
            return True  # "a gas explosion": an accident, no one's act
        if self.disrupted_flow(noun):
            return True  # "its deliveries had not been disrupted": a flow of goods affected, no aid given
        if table.lower[noun.i] in self.illness_heads and any(
                c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in self.illness_modifiers for c in noun.children):
            return True  # "died of a heart attack": a bout of illness, no one's act
        if table.lemma[noun.i] == "hearing" and (any(
                c.dep_ in {"compound", "amod", "nmod"} and c.lemma_.lower() in self.routine_hearings
                for c in noun.children) or self.court_hearing(noun)):
            return True  # "asylum hearings", "the court will hold a hearing": a case heard, no investigation
        if table.dep[noun.i] in {"attr", "oprd"}:
            return True  # "the delivery was a single shipment": the noun describes its subject
        if table.lower[noun.i] in self.press_requests[0] and any(
                c.dep_ == "prep" and c.lower_ == "for" and any(o.lower_ in self.press_requests[1] for o in c.children)
                for c in noun.children):
            return True  # "did not respond to requests for comment": a reporter's request, no party's demand
        governor = table.head[noun.i]
        if table.dep[noun.i] == "pobj" and table.lower[governor] == "to" \
                and table.lemma[table.head[governor]] in PENALTY_VERBS:
            return True  # "sentenced to death", "condemned to death": the penalty decreed, no death that happened
        if self.conflict_setting(noun):
            return True
        if self.tallied(noun):
            return True
        if self.truce_named(noun):
            return True
        if table.lemma[noun.i] == "sale" and self.trade_figure(noun):
            return True
        if table.lemma[noun.i] == "supply" and self.trade_figure(noun) \
                and not any(c.dep_ == "poss" for c in noun.children):
            # "expected supply to be restored", "the national fuel supply": a stock or a flow of goods to no one
            # named, no transfer by anyone (PolNeAR train: 9 bare supply nouns, energy, fuel, money, labour,
            # classroom supplies, none of them a party's gift)
            return True
        if noun.lower_ in self.document_heads and any(c.dep_ in {"compound", "amod", "nmod"}
                                                      and c.lower_ in self.document_modifiers for c in noun.children):
            return True  # "said in a press release": a statement issued, no one released
        if self.contact_place(noun):
            return True
        if self.statement_occasion(noun):
            return True
        if self.words_answered(noun):
            return True
        if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.lemma_.lower() in self.naming_verbs:
            return True  # "in what residents described as the deadliest attack": a description of an act told
        if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and self.purpose_of_something(noun.head):
            return True
        entity = self.entities.get(noun.i)
        if entity is not None and self.clusters[entity].type in BODY_TYPES:
            return True  # "the alliance was unlikely to send troops": the bloc named again, no act of allying
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.unrealised_verbs:
            return True  # "people who want a war", "to prevent a civil war": an act wished, feared or kept off
        if noun.dep_ == "pobj" and noun.head.lower_ == "without":
            return True  # "let ships dock without inspection", "held without trial": an act left undone
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" \
                and noun.head.head.lemma_.lower() in self.unrealised_verbs:
            return True  # "fled for fear of arrest", "the risk of deportation": an act feared, not done
        if self.anonymity_reason(noun):
            return True
        if self.knowledge_topic(noun):
            return True
        head = noun.head
        describer = head.head
        # a verb describes a source only as a participle on its noun ("officials briefed on the talks"), not as the
        # clause's own verb ("Ostra briefed allies on the talks"), however the parser hangs the preposition
        return noun.dep_ == "pobj" and head.lower_ == self.source_descriptions.get(describer.lemma_.lower()) \
            and (describer.pos_ != "VERB" or describer.dep_ in {"acl", "amod"}
                 or describer.tag_ == "VBN" and describer.head.pos_ in {"NOUN", "PROPN"})

    def arrivals_welcomed(self, verb: Token) -> bool:
        """ "troops entering Tarsk would be welcomed as brothers", "welcomed the refugees at the station": people
        welcomed are received, not praised; a step or a statement welcomed is praise (SUPPORT)."""
        if verb.lemma_.lower() not in self.arrival_welcomes:
            return False
        welcomed = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if welcomed is None:
            # "troops entering Tarsk would be welcomed": the parser may read the subject and its participle as a clause
            clause = next((c for c in verb.children if c.dep_ == "csubjpass"), None)
            welcomed = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
        # people: a person or a noun for people, a pronoun in the object case, which `a_person` does not list
        # ("welcome him"), or armed people ("troops"), by the word or its lemma
        return welcomed is not None and (self.a_person(welcomed) or welcomed.lower_ in PERSONAL_PRONOUNS
                                         or self.armed_agent(welcomed))

    def ground_defended(self, verb: Token) -> bool:
        """ "will use every means to defend Tarsk", "vowed to defend the town of Arvel": a place that is no state,
        to be defended (an infinitive or a modal: a resolve, not words reported as spoken), is to be held against
        attack; a party defended ('defended Vessia', 'defended X against criticism') is spoken for (SUPPORT)."""
        kids = list(verb.children)
        if verb.lemma_.lower() not in self.ground_defence_verbs \
                or any(c.dep_ == "prep" and c.lower_ == "against" for c in kids) \
                or not any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") for c in kids):
            return False
        ground = self.place(next((c for c in kids if c.dep_ == "dobj"), None))
        entity = self.entity_of(ground) if ground is not None else None
        return ground is not None and (entity is None or self.clusters[entity].category != "state")

    def knowledge_topic(self, noun: Token) -> bool:
        """ "intelligence obtained about discussions among X and Y", "information about the talks": an act that is the
        topic of a noun of knowledge held, right on it or on the participle that tells how it was come by, is a
        matter known, no act reported."""
        about = noun.head
        if noun.dep_ != "pobj" or about.lower_ != "about":
            return False
        holder = about.head
        if holder.dep_ == "acl" and holder.tag_ == "VBN":
            holder = holder.head  # "intelligence obtained about ...", "information gathered about ..."
        return holder.pos_ == "NOUN" and holder.lower_ in self.knowledge_nouns

    def anonymity_reason(self, noun: Token) -> bool:
        """ "who asked not to be named because the inquiry is continuing", "spoke on condition of anonymity because
        the talks were confidential": an act that is the subject of the reason a source gives for withholding its
        name is the source's circumstance, no act reported."""
        clause = noun.head
        if noun.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "advcl" \
                or not any(c.dep_ == "mark" and c.lower_ == "because" for c in clause.children):
            return False
        # the request's own words, not its other clauses: "on condition of anonymity", "not to be named", "requested
        # anonymity", "spoke anonymously"
        words, todo = [], [clause.head]
        while todo:
            word = todo.pop()
            words.append(word)
            todo += [c for c in word.children if c.dep_ in REQUEST_DEPS]
        return any(t.lower_ in self.anonymity_words for t in words) or any(
            t.lemma_.lower() in self.withheld_names and any(c.dep_ == "neg" for c in t.children) for t in words)

    def court_hearing(self, noun: Token) -> bool:
        """'the Anti-Corruption Court will hold a first hearing on the case', 'a June hearing in a federal circuit
        court': a hearing a court holds, or held in one, is its proceeding on a case (`proceeding_hearings` courts);
        a hearing into a matter is an inquiry, whoever holds it (PLOVER GSR INVESTIGATE-0004 "Israel's high court
        opened a landmark hearing into the legality of ..."). A hearing told as held ('a hearing was held at the X
        Court') finds the court in the place phrases of the verb that holds it."""
        holder = noun.head if noun.dep_ in {"dobj", "nsubjpass"} else None
        # the parser may hang the into-phrase on the verb that opens the hearing
        if any(c.dep_ == "prep" and c.lower_ == "into" for c in [*noun.children, *(holder.children if holder else [])]):
            return False
        doers = [c for c in holder.children if c.dep_ == "nsubj"] if noun.dep_ == "dobj" else []
        held = list(holder.children) if noun.dep_ == "nsubjpass" else []
        places = [o for c in [*noun.children, *held] if c.dep_ == "prep" and c.lower_ in {"in", "at", "before"}
                  for o in c.children if o.dep_ == "pobj"]
        return any(w.lemma_.lower() in self.hearing_courts for w in doers + places)

    def statement_occasion(self, noun: Token) -> bool:
        """'thanked the police in a televised address', 'said during a speech', 'said at a rally': the speech an act is
        told in, or the gathering words are said at, is the occasion of its words, no act of its own; one given
        ('will give a speech') or one fired at ('fired tear gas at a rally') is still the act."""
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return False
        prep = noun.head
        if noun.lower_ in self.speaking_gatherings:
            # "said at a rally": the gathering the words were said at, with a verb of saying only
            return prep.lower_ in self.gathering_preps and prep.head.lemma_.lower() in self.occasion_saying_verbs
        return noun.lower_ in self.occasion_heads and prep.lower_ in self.occasion_preps \
            and prep.head.pos_ in {"VERB", "AUX"}

    def words_answered(self, noun: Token) -> bool:
        """'The ministry rejected the accusation as a fabrication', 'dismissed those charges': a charge told before,
        named by a determiner alone as what a denial answers, is the words denied, no act of its own (PolNeAR train:
        4 "reject/deny/dismiss the accusations/allegations/charges/criticism"); a charge with its maker or its
        matter named ("Ambrecia's accusation of piracy") is still the charge. The as-phrase that the parser may hang on
        the charge ("dismissed the accusations as 'fairy tales'") is the denial's verdict on it, no matter of the
        charge."""
        if noun.dep_ != "dobj" or self.nouns.get(noun.lemma_.lower()) != "DISAPPROVE" \
                or self.verbs.get(noun.head.lemma_.lower()) != "REJECT":
            return False
        return any(c.dep_ == "det" and c.lower_ in {"the", "that", "this", "these", "those"} for c in noun.children) \
            and not any(c.dep_ in {"poss", "prep", "acl", "relcl", "amod", "compound"} and c.lower_ != "as"
                        for c in noun.children)

    def disrupted_flow(self, noun: Token) -> bool:
        """'its deliveries had not been disrupted', 'delayed the delivery of food aid': aid nouns a verb of
        disruption falls on, or named in the of-phrase of one it falls on."""
        if self.nouns.get(noun.lemma_.lower()) != "AID":
            return False
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head  # "the delivery of food aid"
            if self.nouns.get(noun.lemma_.lower()) != "AID":
                return False
        return noun.dep_ in {"nsubjpass", "dobj"} and noun.head.lemma_.lower() in self.disruption_verbs

    def negated_restriction(self, verb: Token) -> bool:
        """Whether a verb's word pattern makes its negation the act ("will not tolerate rallies")."""
        pattern = self.phrase(verb)
        return pattern is not None and bool(pattern[0].get("negated"))

    def trade_figure(self, noun: Token) -> bool:
        """ "Sales of ice cream rose", "car sales fell": sales of goods to no one named are a market's trade, not a
        transfer from one party to another (PolNeAR train "sales of": sodas, electric cars, mortgages, city land
        against lethal weapons; "arms sales to Croatia" keeps its recipient and its arms)."""
        if any(c.dep_ in {"prep", "dative"} and c.lower_ == "to" for c in noun.children):
            return False
        goods = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}]
        goods += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj"]
        return not any(self.is_weapon(g) or self.aid_mode(g) == "military" or self.equipment_in(g) is not None
                       for g in goods)

    def conflict_setting(self, noun: Token) -> bool:
        """ "a new front in the war", "parties to the conflict", "exports fell during the war": a war or conflict
        named only as the frame of something else is a standing state, its setting, not an act of fighting."""
        table = self.table
        if table.lemma[noun.i] not in self.conflict_states and table.lower[noun.i] not in self.conflict_states:
            return False
        if noun.dep_ == "conj":
            noun = noun.head
        if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
            return self.conflict_bound(noun.head)
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return False
        prep, host = noun.head, noun.head.head
        if host.pos_ in {"NOUN", "PROPN"}:
            return True  # the phrase describes another noun: "the front in X's war", "crimes during the war"
        return host.pos_ in {"VERB", "AUX"} and prep.lower_ in self.setting_preps \
            and host.lemma_.lower() not in self.taking_part

    @staticmethod
    def gapped_harm(verb: Token) -> bool:
        """ "two were killed and five wounded", "12 were shot dead and more than 60 wounded": a harm whose passive
        auxiliary is gapped after an earlier harm or passive, however the parser hangs it (on that verb, or on the
        count joined to it)."""
        host = verb.head if verb.dep_ == "conj" else None
        if verb.dep_ == "acl" and verb.head.pos_ == "NUM" and verb.head.dep_ == "conj":
            host = verb.head.head
        return host is not None and host.i != verb.i and (
            host.lemma_.lower() in CASUALTY_VERBS or any(c.dep_ == "auxpass" for c in host.children))

    @staticmethod
    def crew(people: Token) -> bool:
        """ "the crew", "11 crew members", "the eleven-man crew": the people of a vessel or an aircraft."""
        return people.lemma_.lower() in {"crew", "crews"} or any(
            c.dep_ in {"compound", "nmod"} and c.lower_ in {"crew", "crews"} for c in people.children)

    def matter_discussed(self, verb: Token) -> bool:
        """ "declined to discuss the case", "freezes are likely to be discussed": talk of a matter declined as
        comment is, or told with no one named, is no consultation; talks with a partner named stay."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.discussion_verbs:
            return False
        kids = list(verb.children)
        if any(c.dep_ == "prep" and c.lower_ in {"with", "between", "among"} for c in kids):
            return False
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in kids):
            return not any(c.dep_ == "agent" for c in kids)  # "are likely to be discussed": by no one named
        # "declined to discuss the case" is the press formula "declined to comment"; "refused to discuss the
        # proposal" stays a refusal of talks (CAMEO 125); "were not authorised to discuss the case" is the formula of
        # an anonymous source (PolNeAR train: 2 "not authorized to discuss", 4 "... to speak"), no talks either
        return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {"decline"} | PERMISSION_WORDS

    def tallied(self, noun: Token) -> bool:
        """ "had counted more than 140 explosions", "300 violations were recorded": acts counted by a number are a
        monitor's tally, no one act."""
        if noun.dep_ not in {"dobj", "nsubjpass"} or noun.head.lemma_.lower() not in self.tally_verbs:
            return False
        return any(c.dep_ == "nummod" for c in noun.children)

    def conflict_bound(self, verb: Token) -> bool:
        """ "since their war ended in 1998", "when the conflict began": a war's end, or its start told in a clause of
        time, bounds the state; "war broke out between X and Y" told as news stays an act."""
        lemma = verb.lemma_.lower()
        if lemma in self.conflict_ends:
            return True
        if lemma == "break" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
            return False
        return lemma in self.conflict_starts and any(c.dep_ == "mark" and c.lower_ in self.time_marks
                                                     for c in verb.children)

    def reaction_drawn(self, noun: Token) -> Token | None:
        """ "the army's shelling of Velk drew condemnation from X", "Sardel's decision sparked criticism from Y": a
        criticism an act or a decision draws is aimed at the party behind it, the subject of the verb of drawing."""
        if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in self.reaction_verbs:
            return None
        cause = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if cause is None or cause.pos_ == "PRON":
            return None
        if self.is_party(cause):
            return cause  # "the minister drew criticism from X"
        doer = self.actor(cause) if self.noun_type(cause) is not None else None
        return doer if doer is not None and self.is_party(doer) else self.party_behind(cause, noun)

    def order_to_act(self, token: Token, pos: str) -> bool:
        """'ordered the police to clear the square', 'the order to clear the square came from X': an order that a
        party do what its infinitive says is a demand (PLOVER DEMAND: 'all demands and orders'; GSR DEMAND 'ordered
        former president Menem to appear'), unless that infinitive names an act of its own, which the order carries
        out and the GSR codes ('ordered La Prensa to suspend publication', COERCE censor)."""
        if token.lemma_.lower() not in ORDER_WORDS or self.phrase(token) is not None:
            return False  # "ordered three diplomats to leave": the word patterns' expulsion
        if pos == "VERB":
            if not request_to_act(token):
                return False
            told = next(c for c in token.children if c.dep_ in {"xcomp", "ccomp"} and c.i > token.i
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        else:
            told = next((c for c in token.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"
                         and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
            if told is None or any(c.dep_ == "det" and c.lower_ in NO_ACT_DETERMINERS | {"no"}
                                   for c in token.children):
                return False
            if token.i > 0 and token.nbor(-1).lower_ == "in":
                return False  # "in order to win": a purpose, no order
        return self.named_act(told, told.pos_) is None

    def call_answered(self, noun: Token) -> bool:
        """ "rejected calls from X to withdraw", "ignored her call to resign", "heeded his call": a call that is
        rejected, resisted, ignored, heeded or joined is a demand, not a conversation."""
        return noun.dep_ == "dobj" and noun.lemma_.lower() in self.calls \
            and noun.head.lemma_.lower() in self.call_answers

    def procedure_ordered(self, verb: Token) -> bool:
        """ "the court ordered a new ballot", "a recount was ordered": a verb of directing whose object is a
        procedure with no act type of its own."""
        if verb.lemma_.lower() not in self.directive_verbs:
            return False
        done = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        return done is not None and self.names_a_procedure(done) and self.noun_type(done) is None

    def names_a_procedure(self, noun: Token) -> bool:
        """Whether a noun names a procedure asked for or ordered ('a rerun', 'a recount', 'a new ballot')."""
        return noun.pos_ == "NOUN" and (noun.lemma_.lower() in self.procedures or noun.lower_ in self.procedures)

    def truce_named(self, noun: Token) -> bool:
        """ "could unravel a ceasefire", "will monitor the truce", "agreed to a ceasefire", "the ceasefire may
        collapse": a truce that another verb or noun takes as its object, complement or subject is the standing
        truce, a thing named; only one declared, announced or observed (a light verb or a word pattern of the
        truce) is the act of stepping back."""
        table = self.table
        if table.lemma[noun.i] not in self.truce_nouns and table.lower[noun.i] not in self.truce_nouns:
            return False
        if noun.dep_ == "conj":
            noun = noun.head
        if noun.dep_ == "pobj":
            return noun.head.dep_ in {"prep", "agent"}  # "agreed to a ceasefire", "a proposal for a truce"
        head = noun.head
        if noun.dep_ == "nsubj" and head.pos_ in {"VERB", "AUX"}:
            return True  # "the ceasefire may collapse", "the truce held": the standing truce is spoken of
        if noun.dep_ not in {"dobj", "nsubjpass"} or head.pos_ not in {"VERB", "AUX"} or self.is_light(head):
            return False
        return not any(noun.lemma_.lower() in entry.get("objects", []) or noun.lower_ in entry.get("objects", [])
                       for entry in self.phrases.get(head.lemma_.lower(), []))

    def sanction_listing(self, token: Token) -> bool:
        """ "added three firms to its sanctions list", "put the bank on a blacklist", and "new designations" or
        "designated two banks" in a story about sanctions: a sanction imposed by listing its targets."""
        table = self.table  # asked of every candidate word: the lexicon tests read the table
        lemma, pos = table.lemma[token.i], table.pos[token.i]
        if pos == "VERB" and lemma in self.listing_verbs:
            return any(c.dep_ == "dobj" for c in token.children) and any(
                o.lemma_.lower() in self.lists and (o.lower_ != "list" or any(
                    m.dep_ in {"compound", "amod", "nmod"} and m.lemma_.lower() in self.list_modifiers
                    for m in o.children))
                for p in token.children if p.dep_ == "prep" and p.lower_ in {"to", "on", "onto"}
                for o in p.children if o.dep_ == "pobj")
        if lemma not in self.designations and table.lower[token.i] not in self.designations:
            return False
        if token.pos_ == "VERB" and not any(c.dep_ in {"dobj", "nsubjpass"} for c in token.children):
            return False
        story = token.doc[self.story_start:token.sent.end]
        return any(t.lemma_.lower() in self.sanction_context or t.lower_ in self.sanction_context for t in story)

    def placed_under(self, trigger: Token) -> tuple[Token, Token | None] | None:
        """(who bears it, who put them there) for an act told as a state one is under: "the firm was placed under
        sanctions", "X put Y under house arrest", "X came under attack", "diplomats under siege" (PolNeAR train: 10
        "under attack/investigation/siege/house arrest", each of them borne by the subject or the noun)."""
        if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ != "under":
            return None
        above = trigger.head.head
        if above.pos_ in {"NOUN", "PROPN"} and trigger.head.dep_ == "prep":
            return above, None
        if above.pos_ not in {"VERB", "AUX"}:
            return None
        kids = list(above.children)
        placed = next((c for c in kids if c.dep_ == "dobj"), None)
        if placed is not None:
            return placed, next((c for c in kids if c.dep_ == "nsubj"), None)
        borne = next((c for c in kids if c.dep_ in {"nsubjpass", "nsubj"}), None)
        if borne is None or borne.lower_ in RELATIVE_PRONOUNS and above.dep_ == "relcl":
            borne = above.head if above.dep_ in {"relcl", "acl"} else borne
        agent = next((o for a in kids if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
        return (borne, agent) if borne is not None else None

    def arresting_reporter(self, trigger: Token) -> Token | None:
        """ "The clerk was detained on Saturday, the Security Bureau said", "Police said two men were arrested": an
        arrest or a charge told in the passive with no doer by a police, security or prosecuting body is that body's
        own act (CAMEO actor coding: the agency that acts; UW train: 2, "has been arrested ..., police said",
        "suspects had been arrested, said a spokesman for the Police Department"; weak)."""
        if trigger.lemma_.lower() not in self.authority_acts or trigger.tag_ != "VBN" \
                or not any(c.dep_ == "nsubjpass" for c in trigger.children) \
                or any(c.dep_ in {"nsubj", "agent"} for c in trigger.children):
            return None
        clause = trigger.head if trigger.dep_ == "conj" else trigger  # "was detained ... and charged"
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS:
            return None
        reporter = reporter_of(clause.head, self.in_story)
        if reporter is None or reporter.pos_ == "PRON":
            return None
        words = {w.lemma_.lower() for w in [reporter, *reporter.children] if w.dep_ in {"nsubj", "compound", "amod"}}
        if not words & (self.armed_agents | DETAINING_DOERS | PROSECUTING_BODIES):
            return None
        return self.member(reporter, clause.head)

    def authorities_of_place(self, trigger: Token, under: tuple[Token, Token | None] | None) -> Token | None:
        """'was arrested in X', 'a businessman detained in X', 'has been put under investigation in X': with no one
        named who did it, an arrest, a charge or an inquiry is the act of the authorities of the state it happens
        in, who alone arrest, charge and investigate there; the place stands for them (CAMEO actor coding codes a
        state's authorities by the state; PolNeAR train: 3, "arrested in Moscow", "arrested in Tehran", "charged
        ... in Florida"). Only a state, or its capital, so stands: a city or a province is where the state's police
        acted, no doer ("arrested in Lyon")."""
        if trigger.lemma_.lower() not in self.authority_acts:
            return None
        if under is not None:
            clause = trigger.head.head  # "put under investigation in X"
            if under[1] is not None or any(c.dep_ == "nsubj" for c in clause.children):
                return None
        elif trigger.pos_ == "VERB" and trigger.tag_ == "VBN" and not any(c.dep_ in {"nsubj", "agent"}
                                                                         for c in trigger.children) \
                and (any(c.dep_ == "nsubjpass" for c in trigger.children)
                     or trigger.dep_ == "acl" and trigger.head.pos_ in {"NOUN", "PROPN"}):
            clause = trigger
        else:
            return None
        place = self.pobj(clause, {"in"}) or (self.pobj(trigger, {"in"}) if under is not None else None)
        if place is None or place.i in self.time_tokens:
            return None
        place = self.place(place)
        if place is None or not (self.type_of(place) == "GPE" or place.ent_type_ == "GPE"):
            return None
        # only a state has such authorities of its own, or its capital standing for its government: "arrested in
        # Lyon" is an arrest by France's police, not Lyon's, and with no state named the doer stays unsaid
        # (PLOVER GSR DISAPPROVE-0009 codes "was arrested in Lebanon" with Lebanon as source)
        entity = self.entity_of(place)
        if entity is not None and self.clusters[entity].category == "state":
            return place
        name = self.clusters[entity].name if entity is not None else place.text
        return place if name.lower() in state_capitals() else None

    def contact_place(self, noun: Token) -> bool:
        """ "share its addresses", "her email address", "registered at an address in X": an address that is where a
        party is reached or based, no speech given."""
        if self.table.lower[noun.i] not in self.contact_nouns:
            return False
        kids = list(noun.children)
        if any(c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in self.contact_modifiers for c in kids):
            return True
        if noun.tag_ == "NNS" and any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in kids):
            return True
        if any(c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in self.contact_verbs | self.contact_prep_verbs
               for c in kids):
            return True  # "the address listed on the filing"
        head = noun.head if noun.dep_ != "conj" else noun.head.head
        role = noun.dep_ if noun.dep_ != "conj" else noun.head.dep_
        if role == "dobj" and head.lemma_.lower() in self.contact_verbs and not any(
                c.dep_ == "prep" and c.lower_ == "to" for c in kids):
            return True  # "share its addresses and directors" ("give an address to parliament" is a speech)
        return role == "pobj" and head.lower_ in {"at", "to", "from"} \
            and head.head.lemma_.lower() in self.contact_prep_verbs

    def not_an_act(self, verb: Token) -> bool:
        """Clauses a trigger verb heads that report no event of their own: 'declined to comment' (a statement,
        CAMEO 018), 'threatens no one' (a denial), '14 were killed when a drone struck' (the casualties of the act
        the when-clause names)."""
        kids = list(verb.children)
        lemma = verb.lemma_.lower()
        if self.verbs.get(lemma) == "REJECT" and any(
                c.dep_ == "xcomp" and (c.lemma_.lower() in self.statement_verbs or self.gives_a_statement(c)
                                       or self.matter_discussed(c))
                for c in kids):
            return True
        if self.matter_discussed(verb):
            return True  # "declined to discuss the case": a matter one party talks about, no talks between parties
        if self.gives_a_statement(verb):
            return True  # "it gave no details": what was given is words, not aid
        if lemma in ENABLING_VERBS and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and not self.is_party(c)
                                           for c in kids):
            # "the access they had would have allowed them to change the results": a thing that makes an act
            # possible grants nothing; a party's leave is the concession (PLOVER GSR: 12 of 12 events on
            # allow/permit have a party for the one who allows)
            return True
        if lemma in ARMED_STATES and verb.tag_ == "VBN" and not any(c.dep_ in {"agent", "dobj"} for c in kids):
            # "the guards ... were armed", "militiamen armed with machetes": with no one arming them the participle
            # tells what they carried, no act of arming (PLOVER GSR: 2 of 2 agentless 'armed' are states, coded
            # for the act around them; PolNeAR train: 2 'be armed', neither an act)
            return True
        if lemma in self.press_request_verbs and any(
                o.lower_ in self.press_requests[1] for c in kids if c.dep_ in {"prep", "dobj"}
                for o in ([c] if c.dep_ == "dobj" else c.children)):
            return True  # "when asked for comment": a reporter's request, no party's demand
        if lemma in self.figurative_verbs and any(c.dep_ in {"dobj", "nsubjpass"} and (
                c.lemma_.lower() in self.figurative_objects or c.lower_ in self.figurative_objects) for c in kids):
            return True  # "to poison relations", "killed the bill": harm done to no one (WordNet poison, kill)
        if lemma == "strike" and any(c.dep_ == "prt" and c.lower_ == "down" for c in kids) and any(
                c.dep_ == "dobj" and not self.is_party(c) for c in kids):
            return True  # "the court struck down the law": a ruling annulled, no blow (PolNeAR train: 6 of 6)
        if lemma == "deny" and any(c.dep_ in {"xcomp", "ccomp", "pcomp"} or (c.dep_ == "dobj" and c.tag_ == "VBG")
                                   for c in kids) and not self.denies_an_account(verb):
            return True  # "denied targeting civilians": a statement that something did not happen, no act
        if lemma == "deny" and any(c.dep_ == "dobj" and c.lemma_.lower() in self.restriction_objects for c in kids) \
                and self.goods_of_a_state(verb) is None:
            return True
        if any(c.dep_ == "neg" for c in kids) and any(c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ in {"VBZ", "VBP"}
                                                      for c in kids) and not self.negated_restriction(verb):
            # "X does not train armed groups": a denial of a habit, no act; but "does not allow protests" is the
            # standing restriction itself
            return True
        if lemma in self.background_charges and (verb.dep_ == "relcl" or verb.dep_ == "acl" and verb.tag_ != "VBG") \
                and verb.head.lemma_.lower() not in self.when_heads:
            # "X, which has accused Y of arming the rebels": what X is known for, not an act it reports; an -ing
            # participle on a noun ("a statement accusing Y") tells what the statement does, the act itself
            return True
        if lemma == "threaten" and self.risk_told(verb):
            return True  # "the dispute threatens to derail the talks": a risk, no one's threat
        if self.purpose_of_something(verb):
            return True
        if verb.i > 0 and verb.doc[verb.i - 1].lower_ == "as" and verb.lower_ in self.contrastive_participles:
            return True  # "jobs, as opposed to tax cuts": a contrast (rather than), no one opposes anything
        for child in kids:
            if child.dep_ == "dobj" and (child.lower_ in NEGATIVE_OBJECTS or (
                    child.lower_ == "one" and any(d.lower_ == "no" for d in child.children))):
                return True
            if child.dep_ == "nsubjpass" and negative_quantifier(child):
                # "no one convicted of murder will be freed", "none of the hostages has been released": the
                # passive says the act falls on nobody, so nothing was done (PolNeAR train: 2, weak; the gold
                # files code no event for an act told as not done)
                return True
        if lemma in CASUALTY_VERBS and verb.tag_ == "VBN" and (
                verb.dep_ in {"oprd", "ccomp", "xcomp"} and verb.head.lemma_.lower() == "leave"
                or verb.dep_ == "pcomp" and verb.head.lower_ == "with"):
            # "left at least 40 injured", "with 40 wounded": the state an act left its victims in, its toll told
            # as a result, no act of its own (PLOVER GSR codes the act that did it)
            return True
        if lemma in CASUALTY_VERBS and verb.tag_ == "VBN" \
                and not any(c.dep_ in {"aux", "auxpass", "dobj", "agent"} for c in kids) \
                and (any(c.dep_ == "nsubj" and c.pos_ == "NUM" for c in kids)
                     or verb.i > 0 and verb.doc[verb.i - 1].pos_ == "NUM"
                     and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in kids)) \
                and not self.gapped_harm(verb):
            # "put its losses at one dead and three wounded": a participle right after a bare count is a toll's
            # figure, no clause of its own (no doer acts without an auxiliary or an object); a harm gapped after
            # a passive ("two were killed and five wounded") is still told of its act
            return True
        if verb.lemma_.lower() in CASUALTY_VERBS and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" \
                and self.noun_type(verb.head) is not None and any(
                    c.dep_ == "nsubj" and c.lower_ in {"that", "which"} for c in kids):
            # "a border war that killed hundreds": the toll of the act the noun names, not an act of its own
            # (PolNeAR train: 4 "<attack/shooting/war/...> that/which killed/wounded/injured")
            return True
        if verb.lemma_.lower() in CASUALTY_VERBS and any(c.dep_ == "nsubjpass" for c in kids) \
                and not any(c.dep_ == "agent" for c in kids):
            for child in kids:
                if child.dep_ == "advcl" and any(m.dep_ == "advmod" and m.lower_ in {"when", "as"} or
                                                 m.dep_ == "mark" and m.lower_ in {"when", "as"}
                                                 for m in child.children) \
                        and (self.trigger_type(child) or self.phrase(child) is not None):
                    return True  # "were killed when the cutters opened fire": a word pattern tells the act too
                if child.dep_ == "prep" and child.lower_ in {"in", "during"} and any(
                        o.dep_ == "pobj" and self.noun_type(o) for o in child.children):
                    return True
        return False

    def denies_an_account(self, verb: Token) -> bool:
        """'Survivors said a patrol boat had towed the vessel ... the minister denied that any patrol boat had towed
        it': a denied that-clause telling a deed done, with a verb the story used in an earlier sentence, says again
        the act an account told, and the denial rejects that account (CAMEO 1.1b3 016 deny responsibility, as 'denied
        the report' does); a denial of what nobody told, or of what would be done ('denied that he would be freed'),
        is a statement about a proposition. The earlier verb must itself tell a deed done, and be no verb of having,
        being or support ('Vellmar has a large army ... denied that the army had any role' answers no account)."""
        table = self.table
        start = table.sents[table.sent_of[verb.i]][0]
        denied = {table.lemma[c.i] for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB"
                  and table.lemma[c.i] not in {"have", "be"} and table.lemma[c.i] not in self.light
                  and self.deed_told(c)}
        doc = verb.doc
        return any(table.pos[i] == "VERB" and table.lemma[i] in denied and self.deed_told(doc[i])
                   for i in range(self.story_start, start))

    @staticmethod
    def deed_told(clause: Token) -> bool:
        """A clause telling a deed done: past or perfect, with no modal ('had towed', 'shelled', not 'would be
        freed')."""
        auxes = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
        if any(a.tag_ == "MD" for a in auxes):
            return False
        return clause.tag_ == "VBD" or any(a.lemma_ == "have" for a in auxes)

    def gives_a_statement(self, verb: Token) -> bool:
        """'gave no details', 'provided no explanation', 'the date the group gave', 'the findings were sent to
        prosecutors': a giving verb whose object, or the noun its relative clause tells of, is what a statement
        holds."""
        if self.verbs.get(verb.lemma_.lower()) != "AID":
            return False
        if verb.dep_ == "relcl" and verb.head.lemma_.lower() in self.statement_objects \
                and not any(c.dep_ == "dobj" for c in verb.children):
            return True  # "matched the date the group gave", "the account she gave": what is said, given
        # "its findings had been sent to prosecutors": the passive subject is what was given
        return any(c.dep_ in {"dobj", "dative", "nsubjpass"} and c.lemma_.lower() in self.statement_objects
                   for c in verb.children)

    def purpose_of_something(self, verb: Token) -> bool:
        """'the build-up could be meant to pressure X rather than to prepare an attack': a purpose, not an act."""
        node = verb
        for _ in range(3):
            if node.dep_ not in {"xcomp", "conj", "advcl"} or node.head.i == node.i:
                return False
            node = node.head
            if node.lemma_.lower() in self.purpose_predicates and any(c.dep_ == "auxpass" for c in node.children):
                return True
        return False

    def passive_act(self, verb: Token) -> tuple[str, str | None, Token] | None:
        """'the strike was carried out by a drone': a performing verb whose passive subject names the act, with
        the doer in its by-phrase; the verb states the event."""
        if not any(c.dep_ == "agent" for c in verb.children):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)
        if subject is None:
            return None
        type_ = self.noun_type(subject)
        if type_ is None:
            return None
        pattern = self.phrase(subject)
        return type_, pattern_mode(*pattern) if pattern else None, subject

    def conditional_predicate(self, token: Token) -> bool:
        """'The records, if genuine, would be the first case of a firm evading the sanctions': an act named inside
        what a copula says something would be, on a condition ('if', 'unless') and with a modal, is a hypothesis
        about what something is, no act reported (a conditional hostile act stays a threat: `conditional`)."""
        # the walk up reads the token table's columns, not a Token per step
        table = self.table
        dep, head, children = table.dep, table.head, table.children
        own = {token.i, head[token.i]}
        node = token.i
        for _ in range(6):
            # a clause of its own on the way up, other than the one whose object the word is, tells its act as
            # fact: "... evading the sanctions imposed on him"
            if dep[node] in {"ccomp", "relcl", "acl", "advcl", "xcomp", "csubj"} and node not in own \
                    or head[node] == node:
                return False
            if dep[node] == "attr":
                copula = head[node]
                return table.lemma[copula] == "be" \
                    and any(dep[c] == "aux" and table.tag[c] == "MD" for c in children[copula]) \
                    and any(dep[c] == "advcl" and any(dep[m] == "mark" and table.lower[m] in self.conditions
                                                      for m in children[c]) for c in children[copula])
            node = head[node]
        return False

    def condition_verb(self, verb: Token) -> bool:
        """'unless foreign observers are allowed in', 'only if the minister accepts the ruling': the verb of a
        condition names what may yet happen on which another act hangs, no act reported (the PLOVER GSR records code
        the act held over the condition, never the condition's own verb)."""
        clause = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else verb
        return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.conditions for m in clause.children)

    def misread_infinitive(self, token: Token) -> bool:
        """'moved the crude to circumvent sanctions' parsed as 'to' a preposition and the verb an adjective of the
        noun after it: a base form the lexicon knows as a verb pattern's head, right after that 'to', is the verb of
        an infinitive of purpose whose object is that noun."""
        if token.dep_ != "amod" or token.pos_ not in {"ADJ", "VERB"} or token.i == 0:
            return False
        to = token.doc[token.i - 1]
        return to.lower_ == "to" and to.dep_ == "prep" and token.head.dep_ == "pobj" and token.head.head.i == to.i \
            and token.lower_ == token.lemma_.lower() and token.lower_ in self.phrases

    def purpose_governor(self, token: Token) -> Token | None:
        """The verb an infinitive of purpose misread as a prepositional phrase serves: the one 'to' hangs on, or the
        verb whose object or prepositional object that is ('used ship-to-ship transfers to circumvent ...')."""
        head = token.doc[token.i - 1].head
        while head.pos_ in {"NOUN", "PROPN"} and head.dep_ in {"dobj", "pobj"} and head.head.i != head.i:
            head = head.head if head.dep_ == "dobj" or head.head.dep_ != "prep" else head.head.head
        return head if head.pos_ == "VERB" else None

    def is_light(self, token: Token) -> bool:
        return self.table.pos[token.i] in {"VERB", "AUX"} and any(form in self.light
                                                                             for form in verb_forms(token, self.table))

    def deed(self, token: Token) -> bool:
        """A noun naming an act people do: 'the poisoning', 'the raid', 'the protests'."""
        return token.pos_ == "NOUN" and self.noun_type(token) in DEEDS

    def noun_type(self, token: Token) -> str | None:
        pattern = self.phrase(token) if token.pos_ == "NOUN" else None
        return pattern[0]["type"] if pattern else self.nouns.get(token.lemma_.lower())

    def phrase(self, token: Token) -> tuple[dict, Token | None] | None:
        """The first word pattern whose particle, preposition, modifier and object constraints the word meets."""
        table = self.table  # asked of every candidate word: most have no pattern, read no Token
        entries = self.phrases.get(table.lemma[token.i]) or self.phrases.get(table.lower[token.i])
        if not entries:
            return None
        kids = list(token.children)
        for entry in entries:
            if "pos" in entry and token.pos_ != entry["pos"]:
                continue
            # the parser tags a particle right after its verb as an adverb now and then ("stepped down")
            # or after the verb's object ("took Varnek away")
            # or as a predicate of the passive ("the envoy was called home")
            if "particles" in entry and not any((c.dep_ in {"prt", "prep", "oprd"} or c.dep_ == "advmod" and (
                    c.i == token.i + 1 or any(d.dep_ == "dobj" and c.i == d.right_edge.i + 1 for d in kids)))
                                                and c.lower_ in entry["particles"] for c in kids):
                continue
            if "modifiers" in entry and not any(c.dep_ in {"compound", "amod", "nmod"}
                                                and c.lemma_.lower() in entry["modifiers"] for c in kids):
                continue
            # the word the tokenizer splits off before a hyphen: "test-fired" is "test", "-", "fired"
            if "prefixes" in entry and not (token.i >= 2 and table.lower[token.i - 1] == "-"
                                            and table.lower[token.i - 2] in entry["prefixes"]):
                continue
            # a noun's own prepositional complement: "calls for a ceasefire", "a call on parliament to act"
            if "complements" in entry and not any(c.dep_ == "prep" and c.lower_ in entry["complements"] for c in kids):
                continue
            # the parser hangs the preposition on the verb or on its object ("used live ammunition against them")
            if "preps" in entry and not self.has_prep(token, entry["preps"]) and not any(
                    g.dep_ == "prep" and g.lower_ in entry["preps"] and not dates_only(g)
                    for c in kids if c.dep_ == "dobj" and token.pos_ == "VERB" for g in c.children):
                continue
            if entry.get("doers") == "weapons" and not self.weapon_doer(token):
                continue
            if entry.get("doers") == "armed" and not self.armed_doer(token):
                continue
            if entry.get("doers") == "armed-or-craft" and not (self.armed_doer(token) or self.craft_doer(token)):
                continue
            if entry.get("doers") == "detaining" and not self.detaining_doer(token):
                continue
            if entry.get("doers") == "workforce" and not self.workforce_doer(token):
                continue
            if entry.get("doers") == "military" and not self.military_exercise(token):
                continue
            if entry.get("intransitive") and any(c.dep_ in {"dobj", "nsubjpass"} for c in kids):
                continue  # "workers struck a deal", "was struck by a car": another sense of the verb
            if entry.get("particle_alone") and any(c.lower_ in entry.get("particles", ()) and any(
                    g.dep_ in {"prep", "pobj"} for g in c.children) for c in kids):
                continue  # "walked out of the talks": leaving a place or a meeting, no stoppage
            if entry.get("negated") and not refused(token):
                continue
            if entry.get("not_purpose") and token.dep_ in {"advcl", "xcomp"} \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
                continue  # "fired tear gas to disperse the crowd": the purpose of the act told, no act of its own
            if entry.get("condemning") and not self.called_by_blame(token):
                continue
            obj = None
            if "objects" in entry:
                candidates = objects_of(token) + antecedent_objects(token)
                # "took 14 aid workers into custody", "arrested two arms dealers": a noun naming the kind of people
                # or body the object is names no thing acted on
                candidates = [o for o in candidates if not (
                    o.dep_ == "compound" and o.head.i != token.i and o.head.pos_ == "NOUN"
                    and (self.a_person(o.head) or self.is_party(o.head)))]
                if self.misread_infinitive(token):
                    candidates.append(token.head)  # "to circumvent sanctions" misread: the noun is its object
                if entry.get("direct"):
                    # "halted the session in protest": the protest is the reason, what is halted is the object
                    candidates = [o for o in candidates if o.dep_ in {"dobj", "nsubjpass"} and o.head.i == token.i]
                if entry.get("subjects") and not any(c.dep_ == "dobj" for c in kids):
                    # "howitzers gathered near the town": an intransitive verb moves its subject
                    candidates += [n for c in kids if c.dep_ == "nsubj" for n in [c, *c.conjuncts]]
                obj = next((o for o in candidates if (o.lemma_.lower() in entry["objects"]
                                                      or o.lower_ in entry["objects"]
                                                      or entry.get("equipment") and self.names_equipment(o))
                            and ("object_modifiers" not in entry or any(
                                c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in entry["object_modifiers"]
                                for c in o.children))), None)
                if obj is None:
                    continue
                # "called the report 'a fabrication'": the verb says what its object is, a predicate on the object
                # (the parser may hang a quoted one on the object as its apposition)
                if entry.get("predicate") and not self.called_false(token, obj):
                    continue
            return entry, obj
        return None

    def banned_name(self, verb: Token) -> Token | None:
        """'threatened to ban the Ember Accord', 'the Harbor Union was outlawed': a name banned is a party, the
        ban's target, even where the name reads as a product or a document (PLOVER GSR: 3 'banned/ban' + a name,
        each coded with the banned group as target; PolNeAR train: 20 'ban' + a name, all of them people or
        groups)."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in BAN_VERBS:
            return None
        for named in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
            entity = self.entity_of(named)
            kind = self.clusters[entity].type if entity is not None else None
            if named.pos_ == "PROPN" and kind not in {"GPE", "LOC", "DATE", "EQUIPMENT"} \
                    and named.ent_type_ not in {"GPE", "LOC", "DATE", "TIME", "MONEY", "CARDINAL"} \
                    and self.national_goods(named) is None:
                return named
        return None

    def told_to_leave(self, verb: Token) -> Token | None:
        """The international presence a verb makes leave a country: 'the inspectors had been told to leave the
        country', 'gave the inspectors two days to leave Talvia' -> the inspectors."""
        if verb.lemma_.lower() not in self.leave_order_verbs or not self.leaves_country(verb):
            return None
        made = [n for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "dative"} for n in [c, *c.conjuncts]]
        return next((n for n in made if n.lemma_.lower() in self.presence or n.lower_ in self.presence
                     or any(p.dep_ == "prep" and p.lower_ == "of" and any(
                         o.lemma_.lower() in self.presence for o in p.children) for p in n.children)), None)

    def leaves_country(self, verb: Token) -> bool:
        """'told to leave the country', 'given two days to leave Talvia': the verb's to-infinitive is 'leave' with
        a country for its object (a country noun or a state's name)."""
        for leave in verb.children:
            if leave.dep_ not in {"xcomp", "advcl", "relcl", "acl"} or leave.lemma_.lower() != "leave":
                continue
            for place in (c for c in leave.children if c.dep_ == "dobj"):
                entity = self.entities.get(place.i)
                if place.lemma_.lower() in self.leave_places or (
                        self.clusters[entity].type == "GPE" if entity is not None else place.ent_type_ == "GPE"):
                    return True
        return False

    def trigger_words(self, trigger: Token) -> Span:
        """The trigger with the particle or preposition of its phrasal verb right after it: 'handed over',
        'carried out', 'called for', 'look into'; or with the state it leaves its victims in: 'shot dead'."""
        doc = trigger.doc
        tok = token_list(doc)
        end = trigger.i + 1
        if trigger.pos_ == "VERB" and end < len(doc) and tok[end].head.i == trigger.i:
            nxt = tok[end]
            pattern = self.phrase(trigger)
            preps = pattern[0].get("preps", []) if pattern else []
            particles = pattern[0].get("particles", []) if pattern else []
            # a preposition that only marks a party or place ("barred from", "fired at") is no part of the trigger,
            # as one that makes the verb's sense is ("called for", "look into")
            in_trigger = pattern is None or pattern[0].get("prep_in_trigger", True)
            if nxt.dep_ == "prt" or (nxt.dep_ == "prep" and nxt.lower_ in preps and in_trigger) \
                    or (nxt.dep_ in {"advmod", "oprd"} and nxt.lower_ in particles):  # "was called home"
                end += 1
            elif nxt.dep_ == "dobj" and nxt.lower_ in FIRE_OBJECTS and not any(c.dep_ != "punct"
                                                                             for c in nxt.children):
                end += 1  # "opened fire", "returned fire": the bare noun is part of the idiom that names the act
        if trigger.pos_ == "VERB" and end == trigger.i + 1 and end < len(doc) and tok[end].lower_ in RESULT_STATES \
                and (tok[end].head.i == trigger.i or tok[end].head.dep_ == "dobj" and tok[end].head.head.i == trigger.i):
            # "shot dead": the state the act leaves its victims in names the act with it, whether the parser hangs it
            # on the verb or on the object after it ("shot dead two protesters")
            end += 1
        start = trigger.i
        if trigger.pos_ == "NOUN" and start >= 2 and tok[start - 1].lower_ == "-" \
                and tok[start - 2].head.i == trigger.i and self.nouns.get(trigger.lemma_.lower()) is None:
            start -= 2  # "sit-in", split by the tokenizer: the whole word
        elif trigger.pos_ == "VERB" and start >= 2 and tok[start - 1].lower_ == "-" \
                and not tok[start - 2].whitespace_ and not tok[start - 1].whitespace_:
            pattern = self.phrase(trigger)
            if pattern is not None and tok[start - 2].lower_ in pattern[0].get("prefixes", ()):
                start -= 2  # "test-fired", split by the tokenizer: the whole word its pattern reads
        return doc[start:end]
