"""Passes over a document's event records: linking, carrying roles between them, merging and folding mentions."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..annotations import EventRecord
from ..token_cache import token_list
from .syntax import (another_instance, blamed, casualties, definite_noun, demanded_act, embedded_act, second_harm,
                     set_apart, subordinate, themes)
from .words import ANSWERS, BLOW_TYPES, CASUALTY_NOUNS, CASUALTY_VERBS, FORCE_TYPES, HOSTILE, RELEASE_WORDS


def link_embedded(events: list[EventRecord]) -> None:
    """'agreed to provide': the agreement is about the provision, and whom it benefits is its recipient.
    'staged a hunger strike to protest the arrests of X': the purpose names whom the act is aimed at."""
    by_token = {ev.trigger.root.i: k for k, ev in enumerate(events)}
    for ev in events:
        trigger = ev.trigger.root
        carriers = [trigger, trigger.head] if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else [trigger]
        for child in (c for carrier in carriers for c in carrier.children):
            if child.dep_ == "advcl" and child.i in by_token and not subordinate(child) and not set_apart(child) \
                    and "target" not in ev.roles \
                    and "target" not in ev.role_spans and "recipient" not in ev.role_spans:
                purpose = events[by_token[child.i]]
                for role in ("target", "recipient"):
                    if role in purpose.role_spans:
                        ev.role_spans["target"] = purpose.role_spans[role]
                        if role in purpose.roles:
                            ev.roles["target"] = purpose.roles[role]
                        break
        for child in ev.trigger.root.children:
            inner = embedded_act(child, by_token)
            asked = inner is None and ev.type == "DEMAND"
            if asked:
                inner = demanded_act(child, by_token)  # someone else's act: its doer is not the demander
            if inner is not None:
                ev.about = by_token[inner.i]
                embedded = events[ev.about]
                # whom the act agreed, threatened or refused falls on is whom the announcement concerns, a named
                # entity or not ("threatened to impose restrictions against German goods")
                for role in ("recipient", "target"):
                    if role in embedded.role_spans and role not in ev.role_spans and role not in ev.roles:
                        ev.role_spans[role] = embedded.role_spans[role]
                        if role in embedded.roles:
                            ev.roles[role] = embedded.roles[role]
                if "actor" in ev.roles and "actor" not in embedded.roles and "actor" not in embedded.role_spans \
                        and not asked:
                    embedded.roles["actor"] = ev.roles["actor"]
                    embedded.role_spans["actor"] = ev.role_spans["actor"]


def same_party(one: EventRecord, other: EventRecord, role: str) -> bool:
    """Whether two events give the same party in a role: the same entity, or the same words."""
    if one.roles.get(role) is not None and one.roles.get(role) == other.roles.get(role):
        return True
    a, b = one.role_spans.get(role), other.role_spans.get(role)
    return a is not None and b is not None and a.text.lower() == b.text.lower()


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


def take_role(ev: EventRecord, earlier: EventRecord, role: str) -> None:
    """The role's words, and its entity where it has one, as an earlier mention of the act told them."""
    ev.role_spans[role] = earlier.role_spans[role]
    if role in earlier.roles:
        ev.roles[role] = earlier.roles[role]


def carry_parties(events: list[EventRecord]) -> None:
    """'whether any of the drones have been handed over': a transfer told without giving or receiving party is
    between the parties of the last transfer the story told."""
    for k, ev in enumerate(events):
        if ev.type != "AID" or "actor" in ev.role_spans or "recipient" in ev.role_spans:
            continue
        kids = {c.dep_ for c in ev.trigger.root.children}
        if "dobj" in kids and "equipment" not in ev.roles:
            # "the crew was given access", "had been given access to lawyers": a giving of something else than
            # what the transfers moved is no further telling of them
            continue
        earlier = next((e for e in reversed(events[:k]) if e.type == "AID" and "actor" in e.role_spans), None)
        if earlier is None:
            continue
        for role in ("actor", "recipient"):
            if role in earlier.role_spans:
                take_role(ev, earlier, role)
        ev.mode = ev.mode or earlier.mode


def carry_movers(events: list[EventRecord]) -> None:
    """'X has moved two brigades to the border. Images show tanks gathered near the town': forces seen moving with no
    doer, told in the sentence after a party's movement of forces, are that party's."""
    for k, ev in enumerate(events):
        if ev.type != "MOBILIZE" or "actor" in ev.role_spans:
            continue
        here = ev.trigger.root.sent.start
        earlier = next((e for e in reversed(events[:k]) if e.type == "MOBILIZE" and "actor" in e.role_spans), None)
        if earlier is None:
            continue
        sentences = {s.start for s in ev.trigger.doc[earlier.trigger.root.i:here + 1].sents}
        if len(sentences) > 2:
            continue  # only the sentence right after: further on, the story may have turned to another party
        take_role(ev, earlier, "actor")


def carry_targets(events: list[EventRecord]) -> None:
    """'X has moved brigades to its border with Y, and its commanders have drawn up plans for an incursion': a
    hostile act with no target of its own, told in the same sentence by the same doer, is aimed at the same party."""
    hostile_moves = HOSTILE | {"MOBILIZE"}
    for k, ev in enumerate(events):
        if ev.type not in hostile_moves or "target" in ev.role_spans or "recipient" in ev.role_spans \
                or "actor" not in ev.roles:
            continue
        for earlier in reversed(events[:k]):
            if earlier.trigger.sent != ev.trigger.sent or earlier.type not in hostile_moves:
                continue
            if earlier.roles.get("actor") == ev.roles["actor"] and "target" in earlier.role_spans:
                take_role(ev, earlier, "target")
                break


def answered_requests(events: list[EventRecord]) -> None:
    """'The council rejected Castrenna's request for an exemption', 'the ministry declined a demand for talks': a
    request answered was made of whoever answers it, who is its target (PolNeAR train: 8 requests, demands or calls
    declined, refused, turned down, ignored or heeded, each by the party asked)."""
    by_token = {e.trigger.root.i: e for e in events}
    for ev in events:
        root = ev.trigger.root
        # "ignored calls from X to free the prisoners": the people the act asked for would fall on are no party the
        # call is made of; a named party kept as target stays
        asked = [ev.role_spans[r] for r in ("target", "recipient") if r in ev.role_spans]
        if ev.type != "DEMAND" or root.pos_ != "NOUN" or any(span.root.pos_ != "NOUN" for span in asked) \
                or root.dep_ not in {"dobj", "nsubjpass"}:
            continue
        answer = by_token.get(root.head.i)
        if answer is None or answer.type not in ANSWERS or "actor" not in answer.role_spans \
                or same_party(answer, ev, "actor"):
            continue
        for role in ("target", "recipient"):
            ev.role_spans.pop(role, None)
            ev.roles.pop(role, None)
        ev.role_spans["target"] = answer.role_spans["actor"]
        if "actor" in answer.roles:
            ev.roles["target"] = answer.roles["actor"]


def merge_mentions(events: list[EventRecord]) -> list[EventRecord]:
    """A later mention with no doer of its own ('it has been delivered', 'the decision to provide the system')
    that fits an earlier event of the same type is that event named again, not a new one."""
    kept: list[EventRecord] = []
    index: dict[int, int] = {}
    year = years_told(events)
    for k, ev in enumerate(events):
        host = None
        # "the convoy was ambushed ... the LDF carried out the ambush": a definite noun naming again an act whose
        # doer was not told gives it its doer
        supplies = "actor" in ev.role_spans and definite_noun(ev.trigger.root)
        if ("actor" not in ev.role_spans or supplies) and ev.about is None and not another_instance(ev.trigger.root):
            hosts = [h for h in reversed(kept) if (h.type == ev.type or shortens(h, ev)) and compatible(h, ev)
                     and names_again(h, ev) and not (supplies and "actor" in h.role_spans)
                     and ("time" not in ev.roles or year(h) == year(ev))]
            if ev.trigger.root.pos_ == "NOUN" and ev.trigger.root.lemma_.lower() not in CASUALTY_NOUNS:
                # "drones struck the station ... three workers were injured ... no knowledge of the attack": a noun
                # naming the act names the strike, not the harm that came of it, when the story told one
                hosts.sort(key=toll)
            # "seized the airport ... imposed a curfew ... condemned the seizure of the airport": the act done to
            # the same thing, before the nearest one of its type
            theme = themes(ev.trigger.root)
            # "imposed sanctions ... threatened to ban imports ... the sanctions follow": the act named by the
            # same word before the nearest one of its type
            word = ev.trigger.root.lemma_.lower()
            same_word = next((h for h in hosts if any(m.root.lemma_.lower() == word
                                                      for m in [h.trigger, *h.mentions])), None)
            host = next((h for h in hosts if theme & themes(h.trigger.root)),
                        same_word or (hosts[0] if hosts else None))
            tolled, gives_victims = toll_host(ev, hosts, kept)
            if tolled != hosts:
                host = tolled[0] if tolled else None
            if host is not None and gives_victims:
                take_role(host, ev, "target")
            if host is not None and supplies and blamed(ev.trigger.root):
                # the charge names the act told before, so it is aimed at what that act hit
                if "target" not in ev.role_spans and "target" in host.role_spans:
                    take_role(ev, host, "target")
                host = None
        if host is None:
            index[k] = len(kept)
            kept.append(ev)
        else:
            host.mentions.append(ev.trigger)
            index[k] = kept.index(host)
            if supplies:
                for role in ("actor", "intermediary"):
                    if role in ev.role_spans and role not in host.role_spans:
                        host.role_spans[role] = ev.role_spans[role]
                        if role in ev.roles:
                            host.roles[role] = ev.roles[role]
    for ev in kept:
        if ev.about is not None:
            ev.about = index[ev.about]
    return kept


def years_told(events: list[EventRecord]) -> Callable[[EventRecord], str | None]:
    """The year an event's own time phrase places it in, else the year of publication (an act a story tells without
    a time is news): a mention with a time of its own in another year ('drones hit the depot ... an attack on the
    depot in 2019') is another act, not the one named again. None where neither is known."""
    if not events:
        return lambda ev: None
    doc = events[0].trigger.doc
    times = doc._.cg_times or []
    published = (doc._.cg_published or "")[:4] if doc.has_extension("cg_published") else ""

    def year(ev: EventRecord) -> str | None:
        k = ev.roles.get("time")
        value = times[k].value if k is not None and k < len(times) else None
        told = value[:4] if value and value[:4].isdigit() else published
        return told if told.isdigit() else None
    return year


def fold_purposes(events: list[EventRecord]) -> list[EventRecord]:
    """ "summoned the ambassador to protest", "marched through the capital to protest", "met to discuss": an
    infinitive of purpose of the type of the act it hangs on names that act's aim, one event (PLOVER GSR marks both
    words of one event: DISAPPROVE-0001 'summoned ... to complain', PROTEST 'converging for a rally ... to
    protest')."""
    by_trigger = {ev.trigger.root.i: ev for ev in events}
    folded: set[int] = set()
    for ev in events:
        root = ev.trigger.root
        host = by_trigger.get(root.head.i) if root.dep_ in {"advcl", "xcomp"} and root.pos_ == "VERB" else None
        if host is None or host is ev or host.type != ev.type or ev.about is not None \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in root.children) or id(host) in folded:
            continue
        host.mentions.append(ev.trigger)
        for role, words in ev.role_spans.items():
            if role not in host.role_spans:
                host.role_spans[role] = words
                if role in ev.roles:
                    host.roles[role] = ev.roles[role]
        folded.add(id(ev))
    return without_folded(events, folded)


def without_folded(events: list[EventRecord], folded: set[int]) -> list[EventRecord]:
    """The events left once those folded into another are gone, each one's `about` pointing at the same event in the
    list left."""
    if not folded:
        return events
    kept = [ev for ev in events if id(ev) not in folded]
    index = {id(ev): k for k, ev in enumerate(kept)}
    position = {k: index.get(id(ev)) for k, ev in enumerate(events)}
    for ev in kept:
        if ev.about is not None:
            ev.about = position.get(ev.about)
    return kept


def target_received(event: EventRecord) -> bool:
    """Whether the contract's recipient repeats the act's target. Those a release sets free are its target and
    receive nothing: the recipient of a release is the party they belong to ('free 40 fighters of X'), which the
    event names itself when it is told, and no one when it is not (the gold files give a release's recipient only
    as that party)."""
    return not (event.type in {"RETREAT", "CONCEDE"} and event.trigger.root.lemma_.lower() in RELEASE_WORDS)


def result_host(participle: Token, by_trigger: dict[int, EventRecord]) -> EventRecord | None:
    """ "shelled the town on Sunday, killing at least nine people", "fought for hours, killing four and wounding
    ten": a present participle of harm set off by a comma after an act of force tells what that act did, one event
    (PLOVER GSR: all 5 records with ", killing ..." after an act code the act alone, marking its verb, the deaths
    its result). Returns the event of that act."""
    first = participle
    while first.dep_ == "conj" and first.head.tag_ == "VBG":
        first = first.head  # "killing four and wounding ten": both harms of the one act
    if participle.tag_ != "VBG" or participle.lemma_.lower() not in CASUALTY_VERBS or first.dep_ not in {"advcl",
                                                                                                        "conj"}:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in participle.children) or first.left_edge.i == 0 \
            or token_list(participle.doc)[first.left_edge.i - 1].text != ",":
        return None
    host = by_trigger.get(first.head.i)
    if host is None or host.type not in FORCE_TYPES or first.head.i > first.i:
        return None
    return host


def damage_host(event: EventRecord, by_trigger: dict[int, EventRecord]) -> EventRecord | None:
    """ "its drones had struck the frigate and set it on fire", "drones struck a depot, setting off fires": damage
    told by a verb joined to an attack with no subject of its own, or by a participle set off by a comma after it,
    is what that attack did, one event (as ", killing ..." is; PLOVER GSR codes a fire set on its own, COERCE-0005
    "set fire to the offices", as the act, and no record tells one after an attack). Returns the attack's event."""
    verb = event.trigger.root
    if event.mode != "destroy" or verb.pos_ != "VERB" or verb.dep_ not in {"conj", "advcl"} or verb.head.i > verb.i:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None  # "and the militia set the houses on fire": a doer of its own, an act of its own
    if verb.dep_ == "advcl" and (verb.tag_ != "VBG" or verb.left_edge.i == 0
                                 or token_list(verb.doc)[verb.left_edge.i - 1].text != ","):
        return None
    host = by_trigger.get(verb.head.i)
    return host if host is not None and host.type in BLOW_TYPES else None


def fold_tolls(events: list[EventRecord]) -> list[EventRecord]:
    """ "Drones struck a fuel depot ... Four depot workers were killed, the governor said", "shelling resumed around
    the town, where three civilians were killed": victims told in a passive with no doer and no act of their own
    after an attack the story told are what that attack did, a mention of the last attack before them, no new
    assault (the claimgraph gold files: 6 of 6 such passives after an attack told, none an event of its own)."""
    last: EventRecord | None = None
    folded: set[int] = set()
    triggers = {m.root.i for ev in events for m in [ev.trigger, *ev.mentions]}
    for ev in events:
        root = ev.trigger.root
        if toll(ev) and ev.about is None and "actor" not in ev.role_spans and not any(
                p.dep_ == "prep" and any(o.dep_ == "pobj" and o.i in triggers for o in p.children)
                for p in root.children):
            if last is not None and last.trigger.start < ev.trigger.start:
                last.mentions.append(ev.trigger)
                folded.add(id(ev))
            continue
        if ev.type in BLOW_TYPES:
            last = ev
    return without_folded(events, folded)


def fold_results(events: list[EventRecord]) -> list[EventRecord]:
    """The harm an act of force did, told by a participle after it, is a mention of that act; its victims are not
    whom the act was aimed at, so they leave the act's target (the sides or the place fought over stay). A harm
    joined to another harm is a mention of the act the first is told of."""
    by_trigger = {ev.trigger.root.i: ev for ev in events}
    by_word = {m.root.i: ev for ev in events for m in [ev.trigger, *ev.mentions]}
    folded: set[int] = set()
    for ev in events:
        root = ev.trigger.root
        host = (result_host(root, by_trigger) or damage_host(ev, by_trigger)) if ev.about is None else None
        if host is None and ev.about is None and not any(c.dep_ in {"nsubj", "agent"} for c in root.children):
            host = by_word.get(second_harm(root))  # "and police wounded ...": a doer of its own, an act of its own
        if host is None or host is ev or id(host) in folded:
            continue
        host.mentions.append(ev.trigger)
        result = {t.i for t in root.subtree}
        for role in ("target", "recipient"):
            words = host.role_spans.get(role)
            if words is not None and words.root.i in result:
                del host.role_spans[role]
                host.roles.pop(role, None)
        folded.add(id(ev))
    return without_folded(events, folded)


def toll(event: EventRecord) -> bool:
    """'three workers were injured', 'two guards were killed': what an act did to its victims, told with no doer."""
    root = event.trigger.root
    return root.lemma_.lower() in CASUALTY_VERBS and any(c.dep_ == "nsubjpass" for c in root.children) \
        and not any(c.dep_ == "agent" for c in root.children)


def toll_host(ev: EventRecord, hosts: list[EventRecord], earlier: list[EventRecord]) -> tuple[list[EventRecord], bool]:
    """ "Helicopters bombed militia positions ... 14 fighters were killed in the strikes": an act of force named again
    with the victims it made names the last act of force told, whichever of ASSAULT or FIGHT its word alone would
    be (PLOVER GSR ASSAULT-0009/0010 mark 'killed in' with the act it was killed in). The victims are the act's
    target; where that act already has another target, the deaths are an event of their own (the toll), not lost in
    a mention, done by that act's doer. Returns the hosts left and whether the victims must be given to the host."""
    victims = casualties(ev.trigger.root)
    if victims is None or ev.type not in FORCE_TYPES or "target" not in ev.role_spans:
        return hosts, False
    nearest = next((h for h in reversed(earlier) if h.type in FORCE_TYPES and compatible(h, ev)
                    and names_again(h, ev)), None)
    if nearest is None:
        return hosts, False
    aimed = nearest.role_spans.get("target")
    if aimed is not None and aimed.root.i != ev.role_spans["target"].root.i:
        if "actor" in nearest.role_spans and "actor" not in ev.role_spans:
            take_role(ev, nearest, "actor")  # the toll of the act told: its doer's
        return [], False
    return [nearest], aimed is None


def names_again(earlier: EventRecord, later: EventRecord) -> bool:
    """A later mention names the earlier event again when it is a noun ('the deployment', 'in a single shipment')
    or the same verb ('delivered' after 'the delivery'); another verb ('handed over' after 'training') is another
    act."""
    root = later.trigger.root
    if root.pos_ == "NOUN" and (any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"}
                                    for c in root.children)
                                or any(m.root.sent == root.sent for m in [earlier.trigger, *earlier.mentions])):
        return True
    stem = root.lemma_.lower()[:5]
    if any(m.root.lemma_.lower()[:5] == stem for m in [earlier.trigger, *earlier.mentions]):
        return True
    # "a drone struck the market ... the drone hit the market": another verb whose doer is the thing that did the
    # earlier act, named again with "the", tells that act again
    told = {d.lemma_.lower() for m in [earlier.trigger, *earlier.mentions]
            for d in m.root.children if d.dep_ == "nsubj"}
    return root.pos_ == "VERB" and any(
        d.dep_ == "nsubj" and d.lemma_.lower() in told
        and any(c.dep_ == "det" and c.lower_ == "the" for c in d.children) for d in root.children)


def shortens(earlier: EventRecord, later: EventRecord) -> bool:
    """'the attack' after 'the cyberattack': a definite noun that is the head word of an earlier trigger names it
    again, whatever type the short word alone would have."""
    root = later.trigger.root
    if root.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in root.children):
        return False
    word = root.lemma_.lower()
    return any(m.root.lemma_.lower() != word and m.root.lemma_.lower().endswith(word)
               for m in [earlier.trigger, *earlier.mentions])


def is_back_reference(token: Token, event: EventRecord) -> bool:
    """'the transfer' with no role of its own: a definite noun naming again an act told before."""
    return token.pos_ == "NOUN" and not event.role_spans.keys() - {"time", "location"}


def compatible(earlier: EventRecord, later: EventRecord) -> bool:
    """No role of the later mention names something else than the earlier event's role does."""
    return all(earlier.roles.get(role, value) == value for role, value in later.roles.items() if role != "time")
