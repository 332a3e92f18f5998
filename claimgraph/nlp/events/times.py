"""When an act happens: the time expression its clause carries."""
from __future__ import annotations

from spacy.tokens import Token

from .syntax import modal_of_its_own, present_perfect
from .words import CASUALTY_VERBS, TIME_OF_DAY, TIME_PATH_DEPS


class TimeReading:
    """Finds the time an act is dated by."""

    def time(self, trigger: Token) -> int | None:
        """A time expression hanging on the trigger, on the light or control verb that carries a noun trigger, or
        on the noun it acts on ('condemned the attack on Thursday'); a length counted back from it ('two weeks
        after X vowed'); else the time of the report or plan that states it ('reported in September that X might
        supply')."""
        times = self.times
        anchors = {trigger.i}
        if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
            anchors.add(trigger.head.i)
        if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "in" \
                and trigger.lemma_.lower() in self.circumstance_nouns:
            anchors.add(trigger.head.head.i)
        if trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in CASUALTY_VERBS:
            anchors.add(trigger.head.i)  # "a drone strike killed 11 people on Sunday": the harm dates the act
        table = self.table
        excluded: set[int] = set()
        for k, time in enumerate(times):
            # "two weeks after X vowed" is the time of the vow, counted from the clause it hangs on: the act it
            # names takes it (the signal is its clause's marker, or the act lies under it), never that clause's
            # own act, on which the signal hangs as a preposition ("detained her a week before the election" does
            # not date the detention at the election)
            signal = time.span.end - 1  # the time's last word, read from the token table
            if table.lower[signal] in {"after", "before"} and time.modifier == "approx":
                if table.head[signal] == trigger.i and table.dep[signal] == "mark" \
                        or trigger.i in table.subtree(signal):
                    return k
                if table.head[signal] == trigger.i:
                    excluded.add(k)
            if self.span_granted(time.span, trigger):
                excluded.add(k)
            if time.granularity == "duration" and time.value is None and table.lower[time.span.start] == "within":
                # "ordered a new ballot within 60 days", "must withdraw within 48 hours": a limit set from no date
                # given places the act at no time (unlike "held for two days", how long it lasted); a conjoined
                # act's date may ("annulled the vote on Monday and ordered a new ballot within 60 days")
                excluded.add(k)
            root = time.span.root
            if root.dep_ in {"compound", "nmod"} and root.head.pos_ == "NOUN" and root.head.i != trigger.i \
                    and root.lemma_.lower() in TIME_OF_DAY:
                excluded.add(k)  # "arrested nine in dawn raids": the kind of raid, no date of the arrests
        # "fought for several hours overnight": of two times on the act, the one that dates it is its time, a
        # length with no date only says how long it lasted (TimeML 1.2.1: a DURATION anchors no event in time)
        lengths = {k for k, t in enumerate(times) if t.granularity == "duration" and t.value is None}
        own = self.time_on(times, anchors, skip=excluded | lengths) if lengths else None
        if own is None:
            own = self.time_on(times, anchors, skip=excluded)
        if own is not None:
            return own
        objects = {c.i for c in trigger.children if c.dep_ == "dobj"}
        own = self.time_on(times, objects, through={"prep", "pobj"}, skip=excluded) if objects else None
        if own is not None:
            return own
        when = self.time_told_by_when(trigger)
        own = next((k for k, t in enumerate(times) if k not in excluded and t.span.start <= when.i < t.span.end),
                   None) if when is not None else None
        if own is not None:
            return own
        # "seized a shipment of rifles bound for X at the port last week": the parser hangs the act's time on the
        # participle that names where the goods were going
        destined = {p.i for c in trigger.children if c.dep_ == "dobj" for p in self.destined(c)}
        own = self.time_on(times, destined, through={"npadvmod", "tmod", "prep", "pobj"}, skip=excluded) \
            if destined else None
        if own is not None:
            return own
        moment = {c.i for c in self.simultaneous_carriers(trigger)}
        own = self.time_on(times, moment, skip=excluded) if moment else None
        if own is not None:
            return own  # "opened fire as the convoy crossed the bridge on Tuesday": the same moment
        if trigger.pos_ == "NOUN":
            # "the talks were planned for April", "a rally scheduled for May": the plan's time is the act's; "the
            # talks were held in April": a light verb's passive tells the time of the act its subject names
            plans = {c.i for c in trigger.children if c.dep_ == "acl" and c.tag_ == "VBN"
                     and self.table.lemma[c.i] in self.schedule_verbs}
            if trigger.dep_ == "nsubjpass" and (self.table.lemma[trigger.head.i] in self.schedule_verbs
                                                or self.is_light(trigger.head)):
                plans.add(trigger.head.i)
            own = self.time_on(times, plans) if plans else None
            if own is not None:
                return own
        if trigger.pos_ == "NOUN":
            # "the cyberattack that halted trains last week": what the act itself did dates it (not "the attack
            # that officials reported on Monday", whose clause dates the report)
            effects = {c.i for c in trigger.children if c.dep_ == "relcl" and any(
                s.dep_ == "nsubj" and s.lower_ in {"that", "which"} for s in c.children)}
            own = self.time_on(times, effects, skip=excluded) if effects else None
            if own is not None:
                return own
        # an act told as possible or planned ('might supply', 'plans to send') has no time of its own: it is placed
        # when the report or plan was made; an act told as done keeps none rather than take the day it was
        # reported, which differs from one report of it to the next
        # "was held for two days and would be released on Friday": a conjunct with a modal of its own looks ahead
        # from the first act's time, and a length the first act lasted places no other act
        shifted = trigger.dep_ == "conj" and modal_of_its_own(trigger, self.modals)
        if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB" and not present_perfect(trigger) and not shifted:
            # "condemned the attack on Thursday and called for an inquiry": coordinated acts share their time; not
            # "was arrested in April and has denied wrongdoing": the present perfect takes no definite past time
            # (Quirk et al. 1985 §4.22)
            head = trigger.head
            shared = self.time_on(times, {head.i}, skip=excluded)
            if shared is None:  # (the first time of the document is index 0: no `or` between the two)
                shared = self.time_on(times, {c.i for c in head.children if c.dep_ == "dobj"},
                                      through={"prep", "pobj"}, skip=excluded)
            if shared is not None and times[shared].granularity != "duration":
                return shared
        if not self.irrealis(trigger):
            return None
        node = trigger
        for _ in range(4):
            if node.dep_ not in {"ccomp", "xcomp", "acl", "relcl", "acomp", "conj"} or node.head.i == node.i:
                return None
            came_by_conj = node.dep_ == "conj"
            node = node.head
            if came_by_conj and shifted:
                continue  # the first conjunct's own time is no time of the act looked ahead to
            inherited = self.time_on(times, {node.i}, skip=excluded)
            if inherited is None and node.pos_ == "VERB":
                objects = {c.i for c in node.children if c.dep_ == "dobj"}
                inherited = self.time_on(times, objects, through={"prep", "pobj"}, skip=excluded) if objects else None
            if inherited is not None:
                return inherited
        return None

    def irrealis(self, trigger: Token) -> bool:
        """Whether the clause tells the act as possible, intended or planned rather than done."""
        node = trigger
        for _ in range(4):
            if any(c.dep_ == "aux" and c.tag_ == "MD" for c in node.children):
                return True
            if node.dep_ not in {"xcomp", "acomp", "conj"} or node.head.i == node.i:
                return False
            node = node.head
            if node.lemma_.lower() in self.intent_predicates | self.nominal_control:
                return True
        return False

    def comparison_base(self, i: int) -> bool:
        """A phrase giving the earlier figure a measure is compared with: 'up from 47 percent two years ago', 'down
        from 7 percent in 2019', 'compared with 2 percent a year earlier' (Quirk et al. 1985 §15.71 comparison).
        A time inside it dates that figure, not the act the phrase hangs on (PolNeAR train: 3 'up/down from' and
        10 'compared with/to' phrases holding a time)."""
        table = self.table
        word, head = table.lower[i], table.head[i]
        if table.dep[i] != "prep":
            return False
        if word == "from" and table.lower[head] in {"up", "down"}:
            return True
        return word in {"with", "to"} and table.lower[head] == "compared" or word == "compared"

    def time_on(self, times: list, anchors: set[int], through: set[str] = TIME_PATH_DEPS,
                skip: set[int] = frozenset()) -> int | None:
        if not times:
            return None
        roots = self.time_roots if times is self.times else [time.span.root.i for time in times]
        heads, deps = self.table.head, self.table.dep  # the walk up from each time reads heads and relations
        for k, node in enumerate(roots):
            if k in skip:
                continue
            while deps[node] in through and heads[node] != node and node not in anchors:
                if self.comparison_base(node):
                    break  # "support it, up from 47 percent two years ago": the time dates the earlier figure
                node = heads[node]
            if node in anchors:
                return k
        return None
