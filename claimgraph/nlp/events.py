"""Who did what to whom: PLOVER-typed events from verbs and nominalisations, with their roles."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..lexicon import load
from .annotations import EventRecord, entity_index, register_extensions, story_start_token

LEXICON = "event_triggers.yaml"
# deps through which a verb inherits the doer of the verb above it ("agreed to provide", "tasked with carrying")
CONTROL_DEPS = {"xcomp", "advcl", "conj", "acl"}
TIME_PATH_DEPS = {"prep", "pobj", "npadvmod", "tmod", "advmod", "nummod", "compound"}
# relative pronouns the parser sometimes puts in an object slot that a real noun phrase already fills
RELATIVE_PRONOUNS = {"that", "which", "who", "whom", "what"}
# event types done *to* someone: their second participant is a target, not a recipient
HOSTILE = {"ASSAULT", "FIGHT", "COERCE", "THREATEN", "SANCTION", "DISAPPROVE", "REJECT", "DEMAND", "INVESTIGATE",
           "PROTEST"}
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
        self.light = set(data["light_verbs"]["entries"])
        self.recipient_preps = set(data["recipient_prepositions"]["entries"])
        self.intermediary_preps = set(data["intermediary_prepositions"]["entries"])
        self.location_preps = set(data["location_prepositions"]["entries"])

    def __call__(self, doc: Doc) -> Doc:
        self.entities = entity_index(doc) if doc._.cg_entities else {}
        self.clusters = doc._.cg_entities or []
        cue_tokens = {t.i for a in (doc._.cg_attributions or []) for s in a.cue for t in s}
        events: list[EventRecord] = []
        for token in doc[story_start_token(doc):]:
            type_ = self.trigger_type(token)
            if type_ is None or token.i in cue_tokens:
                continue
            events.append(self.event(token, type_))
        link_embedded(events)
        carry_recipients(events)
        doc._.cg_events = merge_mentions(events)
        return doc

    # -- triggers --------------------------------------------------------------------------------------------
    def trigger_type(self, token: Token) -> str | None:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and token.dep_ not in {"aux", "auxpass", "amod"}:
            if lemma in self.light and any(c.dep_ == "dobj" and c.lemma_.lower() in self.nouns for c in token.children):
                return None  # "give a speech", "carry out the delivery": the noun is the event
            return self.verbs.get(lemma)
        if token.pos_ == "NOUN":
            return self.nouns.get(lemma)
        return None

    def event(self, trigger: Token, type_: str) -> EventRecord:
        event = EventRecord(type=type_, trigger=trigger.doc[trigger.i:trigger.i + 1])
        actor = self.actor(trigger)
        if actor is None and type_ == "CONSULT":
            actor = self.pobj(trigger, {"between", "among"})  # 'talks between X and Y': X is one party
        self.fill(event, "actor", actor)
        theme, recipient = self.theme_and_recipient(trigger)
        theme_entity = self.entity_of(theme)
        theme_type = self.clusters[theme_entity].type if theme_entity is not None else None
        if type_ in HOSTILE:
            target = recipient or self.pobj(trigger, {"on", "against"})
            if target is None and theme is not None and theme_type != "EQUIPMENT":
                target = theme
            self.fill(event, "target", target)
        elif recipient is not None:
            self.fill(event, "recipient", recipient)
        elif type_ == "CONSULT":
            self.fill(event, "recipient", self.partner(trigger, event.roles.get("actor")))
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
        if type_ in self.modes:
            event.mode = self.modes[type_].get(theme_type, self.modes[type_].get("default"))
        return event

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
                return subject
            agent = next((c for c in kids if c.dep_ == "agent"), None)
            if agent is not None:
                return next((c for c in agent.children if c.dep_ == "pobj"), None)
            if node.pos_ == "NOUN":
                owner = next((c for c in kids if c.dep_ == "poss"), None) or self.pobj(node, {"by"})
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
                if node.dep_ == "dobj" and head.lemma_.lower() in self.light:
                    node = head
                    continue
                return None
            if node.dep_ in CONTROL_DEPS and head.pos_ in {"VERB", "AUX", "NOUN"}:
                node = head
            elif node.dep_ == "pcomp" and head.head.pos_ in {"VERB", "AUX"}:
                node = head.head
            else:
                return None
        return None

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
        if with_obj is not None and obj is not None:
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
            if recipient is not None and self.entity_of(recipient) is None and recipient.pos_ != "PROPN":
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
    """'agreed to provide': the agreement is about the provision, and whom it benefits is its recipient."""
    by_token = {ev.trigger.root.i: k for k, ev in enumerate(events)}
    for ev in events:
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
