"""Who did what to whom: PLOVER-typed events from verbs and nominalisations, with their roles."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..lexicon import load
from .annotations import EventRecord, entity_index, register_extensions, story_start_token

LEXICON = "event_triggers.yaml"
# deps through which a verb inherits the doer of the verb above it ("agreed to provide", "tasked with carrying")
CONTROL_DEPS = {"xcomp", "advcl", "conj", "acl", "acomp"}
TIME_PATH_DEPS = {"prep", "pobj", "npadvmod", "tmod", "advmod", "nummod", "compound"}
# relative pronouns the parser sometimes puts in an object slot that a real noun phrase already fills
RELATIVE_PRONOUNS = {"that", "which", "who", "whom", "what"}
# event types done *to* someone: their second participant is a target, not a recipient
HOSTILE = {"ASSAULT", "FIGHT", "COERCE", "THREATEN", "SANCTION", "DISAPPROVE", "REJECT", "DEMAND", "INVESTIGATE",
           "PROTEST"}
# prepositions that introduce the other party of an act: "apologised to", "shared with", "sanctions against"
PARTY_PREPS = ("to", "with", "against", "on", "from", "toward", "towards", "into")
PARTY_LABELS = {"NORP", "GPE", "ORG", "PERSON"}
# acts whose target, when no party is named, is the place they are done in (PLOVER codes the place's state or
# population as target of a curfew, a crackdown, a deployment or a protest there)
PLACE_TARGETED = {"COERCE", "CONCEDE", "MOBILIZE", "PROTEST", "THREATEN", "FIGHT", "ASSAULT", "RETREAT"}
NOT_PARTY_LABELS = {"DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL", "PERCENT", "PRODUCT", "LAW", "EVENT"}
NOT_PARTY_TYPES = {"EQUIPMENT", "LOC", "FAC", "EVENT", "PRODUCT", "DATE"}
# a reported subject pronoun that stands for the reporter: "Iraq said it would allow ..."
SPEAKER_PRONOUNS = {"it", "they", "he", "she", "we"}
PHRASE_DEPS = {"compound", "amod", "nmod", "poss", "case", "det", "nummod", "quantmod", "punct", "cc", "conj"}


@Language.factory("claimgraph_events")
def make_events(nlp: Language, name: str) -> "EventTagger":
    return EventTagger()


class EventTagger:
    """Types events from the trigger lexicon and fills their roles from the dependency tree and the entities."""

    def __init__(self) -> None:
        register_extensions()
        data = load(LEXICON)
        self.verbs: dict[str, str] = {}
        self.nouns: dict[str, str] = {}
        self.modes: dict[str, dict] = {}
        for type_, spec in data["types"].items():
            self.verbs.update({lemma: type_ for lemma in spec.get("verbs", [])})
            self.nouns.update({lemma: type_ for lemma in spec.get("nouns", [])})
            if "mode_by_theme" in spec:
                self.modes[type_] = spec["mode_by_theme"]
        self.phrases: dict[str, list[dict]] = {}
        for entry in data["phrases"]["entries"]:
            for head in entry["heads"]:
                self.phrases.setdefault(head, []).append(entry)
        force = data["conventional_force"]
        self.force_verbs, self.force_actors = set(force["verbs"]), set(force["actors"])
        intent = data["intent"]
        self.modals, self.intent_predicates = set(intent["modals"]), set(intent["predicates"])
        self.cooperative, self.hostile = set(intent["cooperative"]), set(intent["hostile"])
        self.deontic = set(intent["deontic"])
        self.conditions = set(intent["conditions"])
        self.negative_implicatives = set(intent["negative_implicatives"])
        self.collective = set(data["collective_nouns"]["entries"])
        self.light = set(data["light_verbs"]["entries"])
        self.recipient_preps = set(data["recipient_prepositions"]["entries"])
        self.intermediary_preps = set(data["intermediary_prepositions"]["entries"])
        self.location_preps = set(data["location_prepositions"]["entries"])

    def __call__(self, doc: Doc) -> Doc:
        self.entities = entity_index(doc) if doc._.cg_entities else {}
        self.clusters = doc._.cg_entities or []
        self.time_tokens = {t.i for time in (doc._.cg_times or []) for t in time.span}
        events: list[EventRecord] = []
        matches = {}
        for token in doc[story_start_token(doc):]:
            match = self.trigger(token)
            if match is not None:
                matches[token.i] = match
        # the object noun of a word pattern ("impose a curfew", "lodge a protest") belongs to that event
        consumed = {m[2].i for m in matches.values() if m[2] is not None}
        for i, (type_, mode, act_object) in matches.items():
            # the trigger lexicon holds no verbs of saying, so a trigger that attribution also takes as its cue is
            # an act all the same: a verbal act ("rejected the request") or an act named by its object ("declared a
            # ceasefire")
            if i in consumed:
                continue
            events.append(self.event(doc[i], type_, mode, act_object))
        link_embedded(events)
        carry_recipients(events)
        doc._.cg_events = merge_mentions(events)
        return doc

    # -- triggers --------------------------------------------------------------------------------------------
    def trigger(self, token: Token) -> tuple[str, str | None, Token | None] | None:
        """The event type a word triggers, its mode, and the object noun a word pattern took into the event."""
        if token.pos_ not in {"VERB", "NOUN"} or token.dep_ in {"aux", "auxpass", "amod"}:
            return None
        if token.pos_ == "VERB" and self.deontic_clause(token):
            return "DEMAND", None, None  # "X said Y must hand over Z": a demand on Y (CAMEO 10)
        pattern = self.phrase(token)
        if pattern is not None:
            entry, obj = pattern
            return entry["type"], entry.get("mode"), obj
        type_ = self.trigger_type(token)
        return (type_, None, None) if type_ is not None else None

    def trigger_type(self, token: Token) -> str | None:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and token.dep_ not in {"aux", "auxpass", "amod"}:
            if self.is_light(token) and any(c.dep_ == "dobj" and self.noun_type(c) for c in token.children):
                return None  # "give a speech", "carry out the delivery": the noun is the event
            return next((self.verbs[form] for form in verb_forms(token) if form in self.verbs), None)
        if token.pos_ == "NOUN":
            return self.nouns.get(lemma)
        return None

    def is_light(self, token: Token) -> bool:
        return token.pos_ in {"VERB", "AUX"} and any(form in self.light for form in verb_forms(token))

    def noun_type(self, token: Token) -> str | None:
        pattern = self.phrase(token) if token.pos_ == "NOUN" else None
        return pattern[0]["type"] if pattern else self.nouns.get(token.lemma_.lower())

    def phrase(self, token: Token) -> tuple[dict, Token | None] | None:
        """The first word pattern whose particle, preposition, modifier and object constraints the word meets."""
        entries = self.phrases.get(token.lemma_.lower()) or self.phrases.get(token.lower_)
        if not entries:
            return None
        kids = list(token.children)
        for entry in entries:
            if "particles" in entry and not any(c.dep_ in {"prt", "prep"} and c.lower_ in entry["particles"]
                                                for c in kids):
                continue
            if "modifiers" in entry and not any(c.dep_ in {"compound", "amod", "nmod"}
                                                and c.lemma_.lower() in entry["modifiers"] for c in kids):
                continue
            if "preps" in entry and not self.has_prep(token, entry["preps"]):
                continue
            obj = None
            if "objects" in entry:
                obj = next((o for o in objects_of(token) if o.lemma_.lower() in entry["objects"]
                            or o.lower_ in entry["objects"]), None)
                if obj is None:
                    continue
            return entry, obj
        return None

    @staticmethod
    def has_prep(token: Token, preps: list[str]) -> bool:
        if token.pos_ == "NOUN":  # "went on strike": the noun is the object of the preposition
            return token.dep_ == "pobj" and token.head.lower_ in preps
        return any(c.dep_ in {"prep", "prt"} and c.lower_ in preps for c in token.children)

    def deontic_clause(self, token: Token) -> bool:
        """A clause reported with 'must' whose doer is not the reporter: 'Russia said that Sudan must return ...'."""
        if token.dep_ not in {"ccomp", "acl"} or not any(c.dep_ == "aux" and c.lower_ in self.deontic
                                                         for c in token.children):
            return False
        subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        return subject is not None and subject.pos_ != "PRON"

    def event(self, trigger: Token, type_: str, mode: str | None = None,
              act_object: Token | None = None) -> EventRecord:
        actor = self.actor(trigger)
        if type_ == "DEMAND" and self.deontic_clause(trigger):
            actor = self.actor(trigger.head)
        type_ = self.retype(trigger, type_, actor)
        event = EventRecord(type=type_, trigger=trigger.doc[trigger.i:trigger.i + 1], mode=mode)
        if actor is None and type_ == "CONSULT":
            actor = self.pobj(trigger, {"between", "among"})  # 'talks between X and Y': X is one party
        self.fill(event, "actor", actor)
        theme, recipient = self.theme_and_recipient(trigger)
        theme_entity = self.entity_of(theme)
        theme_type = self.clusters[theme_entity].type if theme_entity is not None else None
        if type_ in HOSTILE:
            target = recipient or self.other_party(trigger, theme, type_)
            if target is None and theme is not None and theme_type != "EQUIPMENT" \
                    and (act_object is None or theme.i != act_object.i) \
                    and self.noun_type(theme) is None:
                target = theme  # "arrested the protesters": whoever the act falls on
            self.fill(event, "target", target or self.place_of(trigger, type_))
        elif recipient is not None:
            self.fill(event, "recipient", recipient)
        elif type_ == "CONSULT":
            self.fill(event, "recipient", self.partner(trigger, event.roles.get("actor"))
                      or self.other_party(trigger, theme, type_))
        elif type_ != "AID":
            self.fill(event, "recipient", self.other_party(trigger, theme, type_) or self.place_of(trigger, type_))
        if theme_type == "EQUIPMENT":
            self.fill(event, "equipment", theme)
        self.fill(event, "intermediary", self.pobj(trigger, self.intermediary_preps), entity_only=True)
        location = self.pobj(trigger, self.location_preps)
        if location is not None and self.type_of(location) in {"GPE", "LOC", "FAC"}:
            self.fill(event, "location", location)
        time = self.time(trigger)
        if time is not None:
            event.roles["time"] = time
            event.role_spans["time"] = trigger.doc._.cg_times[time].span
        if type_ in self.modes and event.mode is None:
            event.mode = self.modes[type_].get(theme_type, self.modes[type_].get("default"))
        return event

    # -- types set by the clause ---------------------------------------------------------------------------
    def retype(self, trigger: Token, type_: str, actor: Token | None) -> str:
        """The PLOVER type of the clause: conventional force, announced intent, refusal."""
        if type_ == "ASSAULT" and trigger.lemma_.lower() in self.force_verbs and actor is not None \
                and (actor.lemma_.lower() in self.force_actors or actor.lower_ in self.force_actors):
            return "FIGHT"  # organised armed forces and their weapons: conventional force
        clause = self.clause(trigger)
        if type_ == "AGREE" and clause.dep_ == "xcomp" and clause.head.lemma_.lower() in self.negative_implicatives:
            return "REJECT"  # "failed to reach an agreement"
        intended, negated = self.intent(trigger)
        if type_ in self.hostile and self.conditional(trigger):
            return "THREATEN"  # "will withdraw ... unless", "may halt ... if": an act held over someone
        if not intended:
            return type_
        if negated and type_ in self.cooperative | {"AGREE"}:
            return "REJECT"
        if type_ in self.cooperative:
            return "AGREE"
        if type_ in self.hostile and not negated:
            return "THREATEN"
        return type_

    def conditional(self, trigger: Token) -> bool:
        clause = self.clause(trigger)
        return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.conditions for m in c.children)
                   for c in clause.children)

    def clause(self, trigger: Token) -> Token:
        """The verb whose clause states the event: the trigger, or the light verb carrying a trigger noun."""
        if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and self.is_light(trigger.head):
            return trigger.head
        return trigger

    def intent(self, trigger: Token) -> tuple[bool, bool]:
        """Whether the clause announces the act for the future ('will release', 'is ready to host'), and whether
        it announces it negated ('will not accept')."""
        clause = self.clause(trigger)
        negated = any(c.dep_ == "neg" for c in clause.children)
        if any(c.dep_ == "aux" and c.lower_ in self.modals for c in clause.children):
            return True, negated
        head = clause.head
        if clause.dep_ == "xcomp" and head.lemma_.lower() in self.intent_predicates:
            carrier = head.head if head.dep_ == "acomp" else head
            negated = negated or any(c.dep_ == "neg" for c in [*head.children, *carrier.children])
            return True, negated
        return False, negated

    def fill(self, event: EventRecord, role: str, token: Token | None, entity_only: bool = False) -> None:
        """A role names an entity when one is there; its words are kept either way."""
        if token is None:
            return
        entity = self.entity_of(token)
        if entity is None and (entity_only or token.pos_ == "PRON"):
            return
        if entity is not None:
            if role != "actor" and entity == event.roles.get("actor"):
                return  # nobody is their own recipient or target
            event.roles[role] = entity
        event.role_spans[role] = phrase(token)

    # -- roles -----------------------------------------------------------------------------------------------
    def entity_of(self, token: Token | None) -> int | None:
        """The entity a noun phrase names: its head, an apposition, or a name modifying a generic head."""
        if token is None:
            return None
        if token.i in self.entities:
            return self.entities[token.i]
        for child in token.children:
            if child.dep_ == "appos" and child.i in self.entities:
                return self.entities[child.i]
        for child in token.children:
            if child.dep_ in {"compound", "nmod"} and child.i in self.entities:
                return self.entities[child.i]
        return None

    def type_of(self, token: Token) -> str | None:
        entity = self.entity_of(token)
        return self.clusters[entity].type if entity is not None else None

    def actor(self, trigger: Token) -> Token | None:
        """The doer: the subject, the agent of a passive, the possessor of a noun, or the controller above.

        The search climbs only where grammar passes the doer down: from an infinitive or participle to the verb
        that controls it ('agreed to provide', 'tasked with carrying out'), and from an event noun to the light
        verb whose object it is ('carry out the delivery'). It never climbs out of a prepositional phrase or a
        noun's modifier: in 'influence over the decision to provide' the outer subject is not the provider.
        """
        node = trigger
        for _ in range(6):
            kids = list(node.children)
            subject = next((c for c in kids if c.dep_ == "nsubj"), None)
            if subject is not None:
                return self.member(subject, node)
            agent = next((c for c in kids if c.dep_ == "agent"), None)
            if agent is not None:
                return next((c for c in agent.children if c.dep_ == "pobj"), None)
            if node.pos_ == "NOUN":
                owner = next((c for c in kids if c.dep_ == "poss"), None) or self.pobj(node, {"by"})
                if owner is not None and owner.pos_ == "PRON" and self.entity_of(owner) is None \
                        and node.dep_ == "dobj" and self.is_light(node.head):
                    owner = None  # "held their first meeting": the doer is the light verb's subject
                if owner is None and self.nouns.get(node.lemma_.lower()) == "DEATH":
                    owner = self.pobj(node, {"of"})  # "the death of X"
                if owner is not None:
                    return owner
            passive = next((c for c in kids if c.dep_ == "nsubjpass"), None)
            if passive is not None and node.i != trigger.i:
                return passive  # "X was tasked with delivering": X delivers
            head = node.head
            if head.i == node.i:
                return None
            if node.pos_ == "NOUN":
                if node.dep_ == "dobj" and self.is_light(head):
                    node = head
                    continue
                return None
            if node.dep_ in CONTROL_DEPS and head.pos_ in {"VERB", "AUX", "NOUN", "ADJ"}:
                node = head
            elif node.dep_ == "pcomp" and head.head.pos_ in {"VERB", "AUX"}:
                node = head.head
            else:
                return None
        return None

    def member(self, subject: Token, clause: Token) -> Token:
        """'a group of diplomats met': the diplomats; 'it said it would': the one who said it."""
        if subject.lemma_.lower() in self.collective or subject.lower_ in self.collective:
            members = self.pobj(subject, {"of"})
            if members is not None:
                return self.member(members, clause)  # "tens of thousands of students"
        if subject.pos_ == "PRON" and self.entity_of(subject) is None and clause.dep_ == "ccomp" \
                and subject.lower_ in SPEAKER_PRONOUNS:
            reporter = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
            if reporter is not None and reporter.pos_ != "PRON":
                return self.member(reporter, clause.head)
        return subject

    def other_party(self, trigger: Token, theme: Token | None, type_: str) -> Token | None:
        """Whom an act is done to or with: its object when that is a party, whom a demand binds, the owner of its
        object ('rejected Iran's proposal', 'the removal of the president'), or a party to, with or against whom
        it is done."""
        if theme is not None and self.is_party(theme):
            return theme
        if type_ == "DEMAND":
            for child in trigger.children:
                if child.dep_ in {"ccomp", "xcomp"}:
                    bound = next((c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                    if bound is not None and bound.pos_ != "PRON":
                        return bound
            if self.deontic_clause(trigger):
                bound = next((c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                if bound is not None:
                    return bound
        if theme is not None:
            for child in theme.children:
                if child.dep_ == "poss" or (child.dep_ in {"amod", "compound", "nmod"} and self.is_party(child)):
                    if child.pos_ != "PRON":
                        return child
            for prep in ("of", "by", *PARTY_PREPS):
                party = self.pobj(theme, {prep})
                if party is not None and self.is_party(party):
                    return party
        for prep in PARTY_PREPS:
            party = self.party_in(self.pobj(trigger, {prep}))
            if party is not None:
                return party
        return None

    def party_in(self, token: Token | None) -> Token | None:
        """The party a phrase names: itself, or its owner ('against Sweden's decision', 'the arrest of X')."""
        if token is None:
            return None
        if self.is_party(token):
            return token
        for child in token.children:
            if child.pos_ != "PRON" and (child.dep_ == "poss" or (child.dep_ in {"amod", "compound", "nmod"}
                                                                  and self.is_party(child))):
                return child
        owner = self.pobj(token, {"of", "by"})
        return owner if owner is not None and self.is_party(owner) else None

    def place_of(self, trigger: Token, type_: str) -> Token | None:
        """A curfew, a crackdown, a deployment or a protest in a place falls on that place's people and rulers."""
        if type_ not in PLACE_TARGETED:
            return None
        place = self.pobj(self.clause(trigger), {"in"}) or self.pobj(trigger, {"in"})
        if place is not None and (place.ent_type_ == "GPE" or self.type_of(place) == "GPE"):
            return place
        return None

    def is_party(self, token: Token) -> bool:
        """A person, group or state: a known entity, a name, or a noun named by a nationality or place."""
        if token.ent_type_ in NOT_PARTY_LABELS or token.i in self.time_tokens:
            return False
        entity = self.entity_of(token)
        if entity is not None:
            return self.clusters[entity].type not in NOT_PARTY_TYPES
        if token.pos_ == "PROPN" or token.ent_type_ in PARTY_LABELS:
            return True
        return token.pos_ == "NOUN" and any(c.dep_ in {"amod", "compound"} and c.ent_type_ in PARTY_LABELS
                                            for c in token.children)

    @staticmethod
    def pobj(token: Token | None, preps: set[str]) -> Token | None:
        if token is None:
            return None
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
        return None

    def partner(self, trigger: Token, actor: int | None) -> Token | None:
        """Whom one meets: 'met with X', 'talks between X and Y', 'discussions among X, Y and Z'."""
        first = self.pobj(trigger, {"with", "between", "among"})
        if first is None:
            return None
        for token in [first, *first.conjuncts]:
            if self.entity_of(token) is not None and self.entity_of(token) != actor:
                return token
        return None

    def theme_and_recipient(self, trigger: Token) -> tuple[Token | None, Token | None]:
        """What is moved and who receives it: 'provide R with X', 'provide X to R', 'X was provided for use by R'."""
        kids = list(trigger.children)
        obj = next((c for c in kids if c.dep_ in {"dobj", "nsubjpass"} and c.lower_ not in RELATIVE_PRONOUNS), None)
        if obj is None and trigger.dep_ in {"relcl", "acl"} and trigger.head.pos_ in {"NOUN", "PROPN"}:
            obj = trigger.head
        if trigger.pos_ == "NOUN":
            obj = self.pobj(trigger, {"of"})
        # "provide X with Y": the parser often hangs the with-phrase on X rather than on the verb
        with_obj = self.pobj(trigger, {"with"}) or self.pobj(obj, {"with"})
        if with_obj is not None and obj is not None and self.verbs.get(trigger.lemma_.lower()) == "AID":
            return with_obj, obj
        recipient = None
        dative = next((c for c in kids if c.dep_ == "dative"), None)
        if dative is not None:  # "sell X to R" ('to' tagged dative) or "give R X"
            recipient = next((c for c in dative.children if c.dep_ == "pobj"), None) if dative.pos_ == "ADP" \
                else dative
        if recipient is None:
            recipient = self.pobj(trigger, self.recipient_preps)
            if recipient is not None and recipient.lemma_.lower() == "use":
                recipient = self.pobj(recipient, {"by"}) or recipient  # "for use by the army"
            if recipient is not None and not self.is_party(recipient):
                recipient = None  # "for two years", "to the border": not a party
        return obj, recipient

    def time(self, trigger: Token) -> int | None:
        """A time expression hanging on the trigger, or on the light or control verb that carries a noun trigger."""
        times = trigger.doc._.cg_times or []
        anchors = {trigger.i}
        if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
            anchors.add(trigger.head.i)
        for k, time in enumerate(times):
            node = time.span.root
            while node.dep_ in TIME_PATH_DEPS and node.head.i != node.i and node.i not in anchors:
                node = node.head
            if node.i in anchors:
                return k
        return None


def verb_forms(token: Token) -> list[str]:
    """The lemma, and base forms undone from a regular inflection: the lemmatiser sometimes misses them
    ("staged" -> "stag")."""
    lemma, word = token.lemma_.lower(), token.lower_
    forms = [lemma, word]
    for suffix, base in (("ied", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.append(word[: -len(suffix)] + base)
    return forms


def objects_of(token: Token) -> list[Token]:
    """The nouns a word acts on: its object, passive subject or prepositional objects, the object of a noun's
    'of', and the noun inside a measure ('a state of emergency', 'part of the aid programme')."""
    found = []
    for child in token.children:
        if child.dep_ in {"dobj", "nsubjpass", "attr"} or (token.pos_ == "NOUN" and child.dep_ == "compound"):
            found.append(child)
        elif child.dep_ in {"prep", "prt", "dative"}:
            found.extend(c for c in child.children if c.dep_ == "pobj")
    if token.dep_ in {"relcl", "acl"} and token.head.pos_ == "NOUN":
        found.append(token.head)
    for noun in list(found):
        found.extend(c for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for c in p.children if c.dep_ == "pobj")
    # the noun a compound names: "mediation efforts", "aid deliveries"
    found.extend(c for noun in list(found) for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN")
    return found


def phrase(token: Token) -> Span:
    """The words naming a participant: the head with its modifiers, without clauses hanging on it."""
    left = token.i
    for child in token.lefts:
        if child.dep_ in PHRASE_DEPS:
            left = min(left, child.left_edge.i)
    right = token.i
    for child in token.rights:
        if child.dep_ in {"compound", "appos"} or (child.dep_ == "conj" and child.pos_ == "PROPN"):
            right = max(right, child.right_edge.i)
    doc = token.doc
    while left < token.i and doc[left].dep_ in {"det", "punct", "cc"}:
        left += 1
    return doc[left:right + 1]


def link_embedded(events: list[EventRecord]) -> None:
    """'agreed to provide': the agreement is about the provision, and whom it benefits is its recipient.
    'staged a hunger strike to protest the arrests of X': the purpose names whom the act is aimed at."""
    by_token = {ev.trigger.root.i: k for k, ev in enumerate(events)}
    for ev in events:
        trigger = ev.trigger.root
        carriers = [trigger, trigger.head] if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else [trigger]
        for child in (c for carrier in carriers for c in carrier.children):
            if child.dep_ == "advcl" and child.i in by_token and "target" not in ev.roles \
                    and "target" not in ev.role_spans and "recipient" not in ev.role_spans:
                purpose = events[by_token[child.i]]
                for role in ("target", "recipient"):
                    if role in purpose.role_spans:
                        ev.role_spans["target"] = purpose.role_spans[role]
                        if role in purpose.roles:
                            ev.roles["target"] = purpose.roles[role]
                        break
        for child in ev.trigger.root.children:
            if child.dep_ in {"xcomp", "ccomp"} and child.i in by_token:
                ev.about = by_token[child.i]
                embedded = events[ev.about]
                for role in ("recipient", "target"):
                    if role in embedded.roles and role not in ev.roles:
                        ev.roles[role] = embedded.roles[role]
                        ev.role_spans[role] = embedded.role_spans[role]
                if "actor" in ev.roles and "actor" not in embedded.roles:
                    embedded.roles["actor"] = ev.roles["actor"]
                    embedded.role_spans["actor"] = ev.role_spans["actor"]


def carry_recipients(events: list[EventRecord]) -> None:
    """A transfer of the same equipment named again later goes to the same recipient unless the text says other."""
    for k, ev in enumerate(events):
        if ev.type != "AID" or "recipient" in ev.roles or "equipment" not in ev.roles:
            continue
        for earlier in reversed(events[:k]):
            if earlier.type == "AID" and earlier.roles.get("equipment") == ev.roles["equipment"] \
                    and "recipient" in earlier.roles:
                ev.roles["recipient"] = earlier.roles["recipient"]
                if "recipient" in earlier.role_spans:
                    ev.role_spans["recipient"] = earlier.role_spans["recipient"]
                break


def merge_mentions(events: list[EventRecord]) -> list[EventRecord]:
    """A later mention with no doer of its own ('it has been delivered', 'the decision to provide the system')
    that fits an earlier event of the same type is that event named again, not a new one."""
    kept: list[EventRecord] = []
    index: dict[int, int] = {}
    for k, ev in enumerate(events):
        host = None
        if "actor" not in ev.role_spans and ev.about is None:
            host = next((h for h in reversed(kept) if h.type == ev.type and compatible(h, ev)), None)
        if host is None:
            index[k] = len(kept)
            kept.append(ev)
        else:
            host.mentions.append(ev.trigger)
            index[k] = kept.index(host)
    for ev in kept:
        if ev.about is not None:
            ev.about = index[ev.about]
    return kept


def compatible(earlier: EventRecord, later: EventRecord) -> bool:
    """No role of the later mention names something else than the earlier event's role does."""
    return all(earlier.roles.get(role, value) == value for role, value in later.roles.items() if role != "time")
