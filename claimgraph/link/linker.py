"""Incremental linking: each stored document is linked against what the store already holds, whole or not at all."""
from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from .. import chains
from ..settings import Linking
from ..store.interface import LinkStore
from . import acts, backoff, copies, descriptions, goods, identities, responsibility
from ..nlp.entity_context import adjective_forms
from .normalise import content_words, counts_many, is_count, jaccard, name_key, stem, wording_key

# the thresholds of linking (time window, wording and party similarity, ...): settings.Linking, passed down
DEFAULTS = Linking()
# roles that name a participant; time and location are compared apart
PARTICIPANT_ROLES = ("actor", "recipient", "target", "equipment", "intermediary")
# the party an event is done to: PLOVER codes it as recipient for some types and target for others, and one
# report's "armed the group" is another's "transfer to the group"
PATIENT_ROLES = ("recipient", "target")
# PLOVER types that are acts of saying: a cue of one of them introduces the claim, it is not the claim's act
SPEECH_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REJECT", "DEMAND", "DISAPPROVE", "THREATEN"}
# event types one report may code and another code differently for the same happening: PLOVER's FIGHT
# (conventional military force) and ASSAULT (unconventional violence) split shootings by who shoots and how
TYPE_CLASSES = {"FIGHT": "violence", "ASSAULT": "violence"}
# how far before a claim its sentence may begin
CONTEXT_CHARS = 200
# a claim of this few words without an event is a noun phrase ("the deal", "state-owned"), not a proposition
MIN_CLAUSE_WORDS = 6
# what a report says of a party's silence and of its own making is no claim about the story: the no-comment
# formulae of wire style (AP Stylebook, "comment") and the credit line closing a wire report
_NO_CLAIM = re.compile(r"\b(?:could not be reached|did not (?:immediately )?(?:respond|reply|return)|declined to"
                       r" (?:comment|say)|(?:has|have|had) not commented|would not comment|(?:had )?no (?:immediate )?"
                       r"comment|not available for comment|(?:Reporting|Writing|Editing|Additional reporting) by)\b")
# what a report is called when it is denied: "the claims", "these allegations", "rumours", "the story"
REPORT_NOUNS = (r"claims?|reports?|allegations?|accusations?|stor(?:y|ies)|suggestions?|insinuations?|charges?|"
                r"rumou?rs?|assertions?")
# what a denial calls a report: "false", "baseless", "a fabrication", "invented", "a work of fiction"
FALSE_WORDS = (r"false|untrue|baseless|groundless|unfounded|absurd|ridiculous|preposterous|laughable|fabricat\w+|"
               r"invent\w+|lies|a lie|fiction|fantasy|nonsense|fake|forgery|defamatory")
# a denial of what reports say that names nothing of what they say: "These claims are false", "rejected the report as
# a fabrication" (9 sentences of PolNeAR train's 840 articles match, 6 of them such denials: "your allegations are
# false", "the claims in the suit are false", "call the plagiarism allegations unfair and absurd"); it denies the story
# the article is about.
# Four shapes: the reports are false; rejected them as false; called them false; no truth in them.
FALSE_REPORT = re.compile(
    rf"\b(?:{REPORT_NOUNS})\b[^.;]{{0,80}}?\b(?:is|are|was|were)\s+(?:[\w-]+\s+){{0,4}}?[\"“‘']?"
    rf"(?:{FALSE_WORDS})(?![\w-])"
    rf"|\b(?:reject\w*|dismiss\w*|denounc\w*|brand\w*|{REPORT_NOUNS})\b[^.;]{{0,80}}?\bas\s+[\"“‘']?"
    rf"(?:[\w-]+\s+){{0,3}}?[\"“‘']?(?:{FALSE_WORDS})"
    rf"|\bcall\w*\s+(?:the|these|those|such|all)\s+(?:[\w-]+\s+)?(?:{REPORT_NOUNS})\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{FALSE_WORDS})"
    rf"|\bno\s+(?:truth|substance|basis)\s+(?:in|to|for)\s+(?:(?:the|these|those|such|any|all|its|their)\s+)?"
    rf"(?:[\w-]+\s+)?(?:{REPORT_NOUNS})\b", re.I)
_DETERMINER = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"}


# the nouns a denial of what reports say has as its subject (FALSE_REPORT's first branch)
_REPORT_NOUN = re.compile(rf"\b(?:{REPORT_NOUNS})\b", re.I)
# a content that follows the "as" of "rejected the report as ..." right after it
_AS_BEFORE = re.compile(r"\bas\s+[\"“‘']?$", re.I)


def denies_reports(claim: dict[str, Any], text: str = "") -> bool:
    """A denial of what reports say, in the claim's words or with the claim as its subject ("the claims in the
    press are false": the claim is "the claims in the press", its predicate follows in the sentence)."""
    span = claim["span"]
    if FALSE_REPORT.search(span["text"]):
        return True
    if text and "start" in span and _AS_BEFORE.search(text[max(0, span["start"] - 8):span["start"]]):
        # "rejected a report by the Tarn Institute as \"a work of fiction\"": the analysis may take only what follows
        # "as" for the content, the cue holding the verb and the report; the verb, the report and "as" lie before it
        begin, _ = sentence_bounds(text, span["start"], span["end"])
        before = text[max(begin, span["start"] - 160):span["start"]]
        if _AS_BEFORE.search(before):
            match = FALSE_REPORT.search(before + span["text"])
            if match and match.start() < len(before) < match.end():
                return True
    if not text or not _REPORT_NOUN.search(span["text"]):
        return False
    after = text[span["end"]:span["end"] + 80]
    stop = re.search(r"[.!?;]", after)
    match = FALSE_REPORT.search(span["text"] + (after[:stop.start()] if stop else after))
    return bool(match) and match.start() < len(span["text"])


# what denies the reports a that-clause tells, standing right before the clause: "dismissed reports that", "there
# is no truth to claims that", "rejected accusations that" (PolNeAR train's 840 articles hold 2: "rejected rumors
# that", "dismisses accusations that"; wire denials of a story take this shape more often than politics does); and
# one's own claim taken back: "withdrew its claim that", "retracted the report that" (PolNeAR train: 4 retractions
# of what was said, "recanted the claim", "walked back the comments", "retract his comments"; weak)
_DENIED_REPORT = re.compile(
    r"\b(?:no\s+(?:truth|substance|basis)\s+(?:in|to|for)|den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|"
    r"reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|disput(?:e|es|ed|ing)|denials?\s+of|"
    r"withdr(?:ew|aw|aws|awn|awing)|retract(?:s|ed|ing)?|recant(?:s|ed|ing)?|walk(?:s|ed|ing)?\s+back)\s+"
    r"(?:(?:the|a|an|all|any|these|those|such|recent|earlier|media|press|news|foreign|western|its|his|her|their|"
    r"our|[\w-]+['’]s)\s+){0,3}"
    rf"(?:{REPORT_NOUNS})\s+that\s*$",
    re.I)


def denied_report(claim: dict[str, Any], text: str) -> bool:
    """A claim told as what reports say that its sentence denies ("There is no truth to reports that X is held",
    "the ministry dismissed reports that it had sent drones"): a denial of the claim, whoever the teller is."""
    span = claim["span"]
    if not text:
        return False
    begin, _ = sentence_bounds(text, span["start"], span["end"])
    before = text[max(begin, span["start"] - 120):span["start"]]
    # the claim may begin with its "that" or after it
    if span["text"][:5].lower() == "that ":
        before += "that"
    return bool(_DENIED_REPORT.search(before))


def link_pending(store: LinkStore, batch: int | None = None, linking: Linking | None = None) -> int:
    """Link every stored document not linked yet, oldest first; returns how many were linked."""
    linking = linking or DEFAULTS
    batch = batch or linking.batch
    pending = store.unlinked_documents()
    for start in range(0, len(pending), batch):
        # a transaction for a few documents: a commit costs more than linking one short article
        with store.transaction():
            for document in pending[start:start + batch]:
                link_one(store, document, linking)
    return len(pending)


def unlink_all(store: LinkStore) -> None:
    """Forget every link, so that the stored analyses are linked afresh (after the linking itself changed)."""
    with store.transaction():
        store.forget_links()


def link_one(db: LinkStore, document: int, linking: Linking = DEFAULTS) -> None:
    """Link one document inside the caller's transaction; the linked_documents row marks it done."""
    if db.is_linked(document):
        return
    row = db.document_to_link(document)
    own = {name_key(o) for o in (row["outlet"], row["wire"]) if o}
    for key in own:
        db.add_link_outlet(key)
    result = row["result"]
    copies.assign_copy_group(db, document, row["text"], linking.copies)
    identity_of = identities.resolve(db, document, result.get("entities", []), linking,
                                     result.get("relations", []))
    identities.record_aliases(db, row["text"], document, linking)
    identities.record_sources(db, result.get("attributions", []), document, linking)
    identities.record_descriptions(db, row["text"], document, result.get("entities", []), identity_of)
    identities.record_places(db, row["text"], document)
    identities.record_relations(db, row["text"], document, result, identity_of)
    link_claims(db, document, row["published"], result, identity_of, row["text"], linking, own)
    db.mark_linked(document)


def link_claims(db: LinkStore, document: int, published: str | None, result: dict[str, Any],
                identity_of: dict[str, int], text: str = "", linking: Linking = DEFAULTS,
                own: set[str] = frozenset()) -> None:
    # an act of speaking the article rates ('X warned', 'X denied the report') is who said what, the attribution its
    # content is linked through: its claim links nothing across articles, and the act's event stays with the content
    kept = []
    for claim in result.get("claims", []):
        if speaking_act(claim, result):
            skipped(db, document, claim, "act of speaking")  # each claim keeps its row: linked or why not
        else:
            kept.append(claim)
    result = {**result, "claims": kept}
    identity_by_name = {e["name"]: identity_of[e["id"]] for e in result.get("entities", []) if e["id"] in identity_of}
    events = {v["id"]: v for v in result.get("events", [])}
    times = {t["id"]: t.get("value") for t in result.get("times", [])}
    mentions = [(identity_of[e["id"]], m["start"], m["end"]) for e in result.get("entities", [])
                if e["id"] in identity_of for m in e.get("mentions", [])]
    dateline = dateline_of(text)
    # the states whose services the article names ("Quorvian navy ships"): whose "the coast guard" it means
    served = identities.service_states(db, text) if text else set()
    # the words that tell who said it ("two diplomats told the Observer") are no part of what is said
    telling = [(s["start"], s["end"]) for a in result.get("attributions", [])
               for s in [*(a.get("source") or []), *(a.get("cue") or [])] if "start" in s]
    outlets = outlet_keys(db)
    # who votes for the roles of the claims it reports: the article, or the article it copies
    group = db.copy_group_of(document)
    voter = f"g{group}" if group is not None else f"d{document}"
    # claims the analysis already found to be one event ("delivered ... the delivery") share a linked claim
    linked_event: dict[str, int] = {}
    false_reports = []
    # the claims this document's own denials were linked to: what its "these claims are false" denies too
    denied_here: list[int] = []
    created_here: set[int] = set()
    unclaimed = unclaimed_events(result)
    salient: set[str] | None = None  # the article's most named parties, counted when a claim needs them
    cues = {a["id"]: a.get("cue") or [] for a in result.get("attributions", [])}
    sources = {a["id"]: " ".join(s.get("text", "") for s in a.get("source") or [])
               for a in result.get("attributions", [])}
    agreed_to = agreements(result.get("claims", []), events)
    # the act an agreement is to is linked before the agreement, which then joins it
    # a toll whose "when" clause holds the act ("Twelve people died when X aircraft struck the market") is told after
    # the act, whose claim it joins
    tolls = {c["id"]: act for c in result.get("claims", [])
             if (act := casualty_act(c, events.get(c.get("event") or ""), result.get("events", []))) is not None}
    ordered = sorted(result.get("claims", []), key=lambda c: (c["id"] in agreed_to, c["id"] in tolls))
    target_of: dict[str, int] = {}
    # the doer a sentence lays an act on where the article tells the act again ("the attack was the work of Y")
    told_doers = doers_told_again(db, result, text, identity_by_name) if text else {}
    acts_by_doer = doer_targets(result.get("events", []), identity_by_name)
    # an act told in several claims is linked by whichever of them finds its claim: one that finds none waits for the
    # others of its act ("The raid is being pinned on a single unit" before "the raid was the work of Y")
    to_come = Counter(c.get("event") for c in ordered if c.get("event"))
    waiting: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = {}
    # the acts this article linked with their doer: type class, doer identity and words, by linked claim
    acts_here: dict[int, tuple[str, int, set[str]]] = {}
    # the sources this article gives for each linked claim it asserts: one of them saying here it is not so is no
    # denial of what it says ("announced a ban ..., saying it could no longer depend on ...")
    asserted_here: dict[int, set[int]] = {}

    def record(claim: dict[str, Any], profile: dict[str, Any], target: int, rule: str, key: str | None,
               event_id: str | None) -> None:
        if rule == "new":
            created_here.add(target)
        elif profile["negative"] and target not in created_here:
            denied_here.append(target)
        target_of[claim["id"]] = target
        doer = slot_value(profile["roles"], "actor")
        if profile["event_type"] and isinstance(doer, int) and not profile["negative"]:
            acts_here.setdefault(target, (type_class(profile["event_type"]), doer, set(profile["tokens"])))
        # the act the analysis found in a rejected statement is the maker's wording, not an act the article tells
        if event_id and rule != REJECTED:
            linked_event.setdefault(event_id, target)
        if not profile["negative"]:
            add_keys(db, target, {ASSERTED})
            asserted_here.setdefault(target, set()).update(
                chain_sources(result, claim.get("attribution"), identity_of))
        # who is cited for it: what an entity's dossier lists as the claims it is a source of
        add_keys(db, target, {f"source:{i}" for i in chain_sources(result, claim.get("attribution"), identity_of)}
                 | {f"{SOURCE_VIA}{i}" for i in referred_sources(db, result, claim.get("attribution"), identity_of)})
        db.add_mention(target, document, claim["id"], rule, key)

    def release(event_id: str, target: int | None) -> None:
        """The waiting claims of an act join the claim one of its claims was linked to, or make its claim."""
        for claim, profile in waiting.pop(event_id, []):
            if target is None:
                target = create(db, profile, published, voter)
                record(claim, profile, target, "new", None, event_id)
            else:
                extend(db, target, profile, published, linking, voter)
                record(claim, profile, target, "same-event", event_id, event_id)

    for claim in ordered:
        if claim.get("event"):
            to_come[claim["event"]] -= 1
        event = with_parties(events.get(claim.get("event") or ""), claim, unclaimed) or event_inside(claim, unclaimed) \
            or act_of_cue(claim, unclaimed, cues) or sentence_act(claim, unclaimed, result.get("claims", []), text)
        if not parties_of(event):
            # "X threatened on Thursday to outlaw the party over the protests": the cue took the act's verb, the
            # content holds only its object and an act naming nobody; the act the cue names is what is told
            event = act_of_cue(claim, unclaimed, cues) or event
        event = with_doer(event, claim, result.get("events", []))
        event = speaker_as_it(db, event, claim, result, identity_of)
        event = conjoined_subject(agent_doer(accused_doer(event, claim, text), claim, text), text,
                                  result.get("events", []) + result.get("claims", []))
        kept = compliance(claim, sources.get(claim.get("attribution") or ""))
        if kept is not None:
            event = kept
        if event is None:
            event = release_told(claim, mentions)
        if event is not None and event.get("id") in told_doers:
            party, words = told_doers[event["id"]]
            event = {**event, "roles": {**(event.get("roles") or {}), "actor": party}, "responsibility": words}
        if text:
            bounds = sentence_bounds(text, claim["span"]["start"], claim["span"]["end"])
            event = responsibility.with_told_doer(event, text, *bounds) if event is not None \
                else responsibility.act_told(claim, text, *bounds)
        if text and event is None and responsibility.TAIL.match(claim["span"]["text"]):
            # "the work of Y, the police chief said": who did the act its sentence names, told with that act's claim
            held = told_act(bounds, result.get("claims", []), target_of)
            if held is not None:
                # the party the tail names is who the act is laid on: its dossier lists the act
                add_keys(db, held, {f"entity:{i}" for i in identities.named_in(db, claim["span"]["text"], linking)})
                db.add_mention(held, document, claim["id"], "responsibility", None)
                continue
        if denies_reports(claim, text):
            false_reports.append(claim)
            continue
        if not proposition(claim, event, text, result.get("events", [])):
            skipped(db, document, claim, "fragment")
            continue
        profile = claim_profile(claim, event, identity_by_name, times, mentions, db, dateline, text, outlets,
                                telling, linking, served)
        profile["negative"] = negative_claim(claim, result) or denied_report(claim, text)
        if event is None and claim.get("attribution") and text:
            # "A security official told Gantry News Service this week that those four were intelligence officers": the
            # outlet its source spoke to, where that is another outlet of the corpus
            profile["cited_outlet"] = cited_outlet(text, claim["span"], outlets - own)
        profile["threatened"] = threatened_type(event, events)
        profile["denies_a_link"] = profile["negative"] and bool(_DENIED_LINK.search(claim["span"]["text"]))
        maker = rejected_maker(db, claim, text) if profile["negative"] and text else None
        if maker is not None:
            # what is rejected is the maker's statement: looked for among the claims its voices were cited for
            profile["rejected"] = maker
            profile["keys"] = profile["keys"] | {f"source:{i}" for i in identities.voices(db, maker)}
        if event is None:
            profile["held_patients"] = held_patients(claim, result.get("claims", []), events, identity_by_name)
            speaking = possessor_speaker(db, result, claim, identity_of)
            if speaking is not None:
                profile["parties"] = sorted(set(profile["parties"]) | {speaking})
        profile["doer_targets"] = sorted(acts_by_doer.get(
            (type_class(profile["event_type"] or ""), slot_value(profile["roles"], "actor")), ()))
        if backoff.needs_context(profile):
            if salient is None:
                salient = {f"entity:{i}" for i in backoff.salient_parties(mentions, linking.salient_parties)}
            profile["search_keys"] = profile["keys"] | salient
        else:
            profile["search_keys"] = {k for k in profile["keys"] if not k.startswith("act:")}
            if one_slot(profile):
                # "investigators blamed the group for last week's cyberattack on the port": the claim of the act with
                # the doer its own words leave out is found by the parties its sentence names
                profile["search_keys"] |= {f"entity:{i}" for i in profile["sentence_parties"]}
        if profile["negative"]:
            profile["party_words"] = {w for i in profile["parties"] for w in party_words(identities.name_of(db, i))}
            profile["speakers"] = speakers(db, result, claim.get("attribution"), identity_of)
            # whom the speakers speak as: the bodies they speak for and the states those answer to
            profile["spoken_for"] = identities.spoken_for(db, profile["speakers"])
            actor = profile["roles"].get("actor")
            if event is None:
                # "Tesmeria has not poisoned anyone": a denial the analysis gave no act still names its doer and
                # tells its act by a verb or a nominal the lexicon types
                profile.update(denied_act_told(claim, mentions))
                actor = profile.get("denial_doer")
                if isinstance(actor, int) and profile.get("denial_acts"):
                    # whom the doer answers to: a body denies as its own the acts of the state it speaks for
                    profile["doer_parents"] = identities.ancestors(db, actor)
            if isinstance(actor, int):
                # "Ardovia has not attacked anyone": a state's denial is of the acts of the bodies and groups that
                # answer to it, which its own name does not find
                profile["search_keys"] = profile["search_keys"] | {
                    f"entity:{i}" for i in identities.descendants(db, actor)}
        # "one worker had been injured in the attack": an act the claim only tells as its circumstance is no act of
        # the claim, and the claims that tell that act are not linked to it for sharing the event
        event_id = claim.get("event") if not circumstantial(claim, events.get(claim.get("event") or "")) else None
        target = linked_event.get(event_id) if event_id else None
        rule, key = ("same-event", event_id) if target is not None else ("", None)
        if target is None and linked_event.get(tolls.get(claim["id"], "")) is not None and not profile["negative"]:
            key = tolls[claim["id"]]
            target, rule = linked_event[key], "casualty-of"
        if target is None and event is None:
            target, key = wrapped(claim, result.get("events", []), linked_event)
            rule = "same-event" if target is not None else ""
        if target is None and target_of.get(agreed_to.get(claim["id"], "")) is not None:
            inner = agreed_to[claim["id"]]
            target, rule, key = target_of[inner], "agreed-act", inner
        if target is None:
            if profile["negative"]:
                profile["own_assertions"] = {t for t, sources in asserted_here.items()
                                             if sources & set(profile.get("speakers") or ())}
            target, rule, key = best_match(db, profile, published, linking)
        if target is None and not profile["negative"]:
            target = own_act_confirmed(db, result, claim, profile, identity_of, acts_here)
            rule, key = ("doer-confirms", None) if target is not None else (rule, key)
            if rule in ("event-key", "event-backoff") and key and (event or {}).get("responsibility"):
                # the words that name the doer are the evidence of the act's doer
                key = f"{key}|{event['responsibility'].replace('|', ' ')}"
        if target is None:
            if event_id and to_come[event_id] > 0 and not profile["negative"] and not nominal(claim):
                waiting.setdefault(event_id, []).append((claim, profile))
                continue
            if waiting.get(event_id or ""):
                # the first claim of the act that waited makes its claim, in its words
                release(event_id, None)
                target, rule, key = linked_event[event_id], "same-event", event_id
                extend(db, target, profile, published, linking, voter)
            elif nominal(claim):
                skipped(db, document, claim, "nominal")
                continue
            else:
                target, rule, key = create(db, profile, published, voter), "new", None
        else:
            extend(db, target, profile, published, linking, voter)
        record(claim, profile, target, rule, key, event_id)
        if event_id and waiting.get(event_id):
            release(event_id, target)
    for event_id in list(waiting):
        # the act's other claims were left out (a fragment, a circumstance): the waiting ones make its claim
        release(event_id, linked_event.get(event_id))
    if false_reports:
        # an article denying a story denies it once in its words ("has not supplied and will not") and once of the
        # reports ("the claims are false"): both are of the one claim; only without a worded denial is the story
        # looked for among the claims sharing the article's parties
        denied = max(denied_here, key=denied_here.count) if denied_here else story_denied(
            db, document, published, set(identity_of.values()), text, outlets, linking)
        for claim in false_reports:
            if denied is None:
                skipped(db, document, claim, "false-report")
                continue
            db.add_mention(denied, document, claim["id"], "false-report", None)


def doers_told_again(db: LinkStore, result: dict[str, Any], text: str,
                     identity_by_name: dict[str, int]) -> dict[str, tuple[str, str]]:
    """"The raid is being pinned on a single army unit ... officials believe the raid was the work of Y",
    "a raid that officials blame on X's military intelligence ... a report blaming Unit 31 of X's military
    intelligence for the attack": the party a responsibility shape names as the doer of an act where the article
    tells it again (a coreferent mention of its event) is its doer, when the analysis gave it none, only words that
    name nobody, or the body or state that party answers to (the unit did the act its parent answers for). Maps the
    event to the party and the words that say so; a party the article's shapes disagree on is left out."""
    found = {}
    for event in result.get("events", []):
        told = set()
        for word in (event.get("trigger") or {}, *(event.get("mentions") or ())):
            if "start" in word:
                said = responsibility.doer_told(text, *sentence_bounds(text, word["start"], word["end"]),
                                                word["start"], word["end"])
                if said is not None:
                    told.add(said)
        if not told:
            continue
        doers = {participant(db, party, text, identity_by_name) for party, _ in told}
        doer = doers.pop() if len(doers) == 1 else None
        if not isinstance(doer, int):
            continue
        actor = (event.get("roles") or {}).get("actor")
        if actor:
            given = participant(db, str(actor), text, identity_by_name)
            if given == doer or isinstance(given, int) and given not in identities.ancestors(db, doer):
                continue
        found[event["id"]] = min(told)
    return found


def own_act_confirmed(db: LinkStore, result: dict[str, Any], claim: dict[str, Any], profile: dict[str, Any],
                      identity_of: dict[str, int], acts_here: dict[int, tuple[str, int, set[str]]]) -> int | None:
    """"Karvossa released the crew ..., the other side said. Karvossa's interior ministry confirmed that the crew had
    been freed": an act told without its doer by a source that is the doer, or answers to it, is that doer's own word
    on the one act of the type the article linked with that doer before, when it tells it in one of its words."""
    if not profile["event_type"] or slot_value(profile["roles"], "actor") is not None or not claim.get("attribution"):
        return None
    said_by = speakers(db, result, claim.get("attribution"), identity_of)
    doers = set(said_by) | {parent for i in said_by for parent in identities.ancestors(db, i)}
    # "Karvossa's Interior Ministry": a body the source names by its state's name answers to that state
    source = next((a for a in result.get("attributions", []) if a["id"] == claim["attribution"]), None)
    words = " ".join(s.get("text", "") for s in (source or {}).get("source") or []).strip()
    # (and so does "Karvossa's Interior Ministry", the body's common nouns capitalised as a title)
    common = re.sub(r"(['’]s\s+)(.+)$", lambda m: m.group(1) + m.group(2).lower(), words)
    body = words and (identities.state_body(db, words) or identities.state_body(db, common)
                      or identities.formal_state_body(db, words))
    if body:
        doers.add(body[0])
    kind = type_class(profile["event_type"])
    plain = set(profile.get("plain_tokens", profile["tokens"]))
    found = {target for target, (act, doer, words) in acts_here.items()
             if act == kind and doer in doers and plain & words}
    return found.pop() if len(found) == 1 else None


def told_act(sentence: tuple[int, int], claims: list[dict[str, Any]], target_of: dict[str, int]) -> int | None:
    """The linked claim of the one act linked before in a claim's sentence: what "the work of Y" is said of."""
    begin, finish = sentence
    held = {target_of[c["id"]] for c in claims if c["id"] in target_of and begin <= c["span"]["start"] < finish}
    return held.pop() if len(held) == 1 else None


def cited_outlet(text: str, span: dict[str, Any], outlets: set[str]) -> str | None:
    """The one corpus outlet a claim's sentence names outside the claim ("..., told the Tarn Ledger", "according to the
    Tarn Ledger"): the report the claim is re-told from."""
    begin, finish = sentence_bounds(text, span["start"], span["end"])
    # an outlet the claim itself names is a party to what is told ("has threatened to sue the Duskfield Ledger, the
    # ministry's spokeswoman said"), not whom the sources told it
    start, end = max(begin, span["start"]), min(finish, span["end"])
    words = f" {name_key(text[begin:start])} | {name_key(text[end:finish])} " if start < end \
        else f" {name_key(text[begin:finish])} "
    found = {k for k in outlets if k and f" {k} " in words}
    return found.pop() if len(found) == 1 else None


def agreements(claims: list[dict[str, Any]], events: dict[str, dict[str, Any]]) -> dict[str, str]:
    """"X has agreed to supply drones to Y": the agreement's claim holds the claim of the act agreed to, with an
    event of its own that is no act of speech; an agreement to an act is a stage of that act (as "is preparing to",
    "delivered" are), so the two are one claim. Maps the agreement's claim to the innermost such act's claim.
    Threats, demands and promises stay claims of their own: a threat to cut gas is not a cut of gas."""
    found = {}
    for claim in claims:
        event = events.get(claim.get("event") or "")
        if event_type(event) != "AGREE" or "end" not in (event.get("trigger") or {}):
            continue
        span, agreed = claim["span"], event["trigger"]["end"]
        # the act agreed to is the infinitive right after the verb ("agreed to arm", "agreed in May to supply"), not
        # whatever else the clause holds ("would cooperate with the investigation")
        inner = [c for c in claims if c is not claim and span["start"] <= c["span"]["start"]
                 and c["span"]["end"] <= span["end"] and c["span"] != span
                 and c["span"]["text"][:3].lower() == "to " and infinitive_after(span, agreed, c["span"]["start"])
                 and agreed_act(events.get(c.get("event") or ""))]
        if inner:
            found[claim["id"]] = min(inner, key=lambda c: c["span"]["start"])["id"]
    return found


# the words of a permission, an act done and no speech ("agreed to let X warships use the port", "to allow"), which
# the type of yielding (CONCEDE) shares with speech ("conceded that ..."); PLOVER GSR: 10 "allow X to ..." CONCEDE
PERMISSIONS = re.compile(r"(?i)^(?:allow|permit|let)(?:s|ed|ted|ting|ing)?$")


def agreed_act(event: dict[str, Any] | None) -> bool:
    """Whether an event is an act an agreement can be to: no act of speech, or a permission."""
    if event is None or event.get("type") is None:
        return False
    if event["type"] == "CONCEDE" and PERMISSIONS.match(((event.get("trigger") or {}).get("text") or "").strip()):
        return True
    return event["type"] not in SPEECH_TYPES


def infinitive_after(span: dict[str, Any], verb_end: int, start: int) -> bool:
    """Whether an infinitive beginning at `start` follows the verb ending at `verb_end` with at most three words
    between them and no punctuation ("agreed in principle to", "pledged last week to")."""
    if not span["start"] <= verb_end <= start:
        return False
    between = span["text"][verb_end - span["start"]:start - span["start"]]
    return len(between.split()) <= 3 and not re.search(r"[,;:.\"“”()]", between)


def story_denied(db: LinkStore, document: int, published: str | None, parties: set[int], text: str,
                 outlets: set[str], linking: Linking = DEFAULTS) -> int | None:
    """The claim "these claims are false" denies: among the claims other articles reported before, the one that
    shares most parties with the denying article (at least `story_parties`), one told by an outlet the article
    names first ("groundless insinuations by the Calder Post")."""
    parties = {p for p in parties if not reporter(identities.name_of(db, p), outlets)}
    if len(parties) < linking.story_parties:
        return None
    keys = [f"entity:{p}" for p in sorted(parties)]
    span = window(published, linking.window_days)
    # the few claims sharing most parties are weighed; a large store holds many that share two
    rows = db.claims_sharing_keys(keys, document, (span[0], (published or "")[:10] + "T99") if span else None,
                                  linking.story_parties, linking.denial_candidates)
    if not rows:
        return None
    words = f" {name_key(text)} "
    named = {o for o in outlets if o and f" {o} " in words}

    def weight(row: tuple[int, int]) -> tuple[int, int, int, int, int]:
        told_by = {name_key(outlet or "") for outlet in db.claim_outlets(row[0])}
        reports = db.claim_report_count(row[0])
        # what reports are denied of is an act ("sent drones", "detained the aid worker"), not the agreement or the
        # statement around it, nor a clause without an event that names the same parties
        kind = db.linked_claim_state(row[0])["event_type"]
        return bool(told_by & named), bool(kind) and kind not in SPEECH_TYPES, row[1], reports, -row[0]
    return max(rows, key=weight)[0]


def unclaimed_events(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The events no claim of the document is about: an act told inside a larger claim ("promised to respond after
    X ordered three of its diplomats out"), that the claim's own analysis gave no event."""
    claimed = {c.get("event") for c in result.get("claims", [])}
    return [v for v in result.get("events", []) if v["id"] not in claimed and v.get("roles")
            and any(r in v["roles"] for r in ("actor", *PATIENT_ROLES))]


def event_inside(claim: dict[str, Any], unclaimed: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The one unclaimed event whose trigger lies in the claim's words: the act the claim tells. With two or more the
    claim tells several acts and is linked by its words alone."""
    span = claim["span"]
    inside = [v for v in unclaimed if span["start"] <= v["trigger"]["start"] and v["trigger"]["end"] <= span["end"]]
    return inside[0] if len(inside) == 1 else None


def parties_of(event: dict[str, Any] | None) -> bool:
    """Whether an event names its doer or the party it is done to."""
    return event is not None and any((event.get("roles") or {}).get(r) for r in ("actor", *PATIENT_ROLES))


def with_parties(event: dict[str, Any] | None, claim: dict[str, Any],
                 unclaimed: list[dict[str, Any]]) -> dict[str, Any] | None:
    """"The suspension of fuel deliveries to Ostrova has forced stations to ration sales": a claim whose event names
    no party (the rationed sales) while one act inside its words that no claim holds names one (the suspension) is
    linked by that act: an act without parties cannot be matched by who did it to whom."""
    if event is None or any((event.get("roles") or {}).get(r) for r in ("actor", *PATIENT_ROLES)):
        return event
    return event_inside(claim, [v for v in unclaimed if v is not event]) or event


def speaking_act(claim: dict[str, Any], result: dict[str, Any]) -> bool:
    """Whether a claim's predicate is the cue of an attribution: the act of the speaking itself."""
    trigger = claim.get("trigger") or {}
    if "start" not in trigger:
        return False
    return any(s.get("start", -1) <= trigger["start"] and trigger["end"] <= s.get("end", -1)
               for a in result.get("attributions", []) for s in a.get("cue") or [])


def act_of_cue(claim: dict[str, Any], unclaimed: list[dict[str, Any]],
               cues: dict[str, list[dict[str, Any]]]) -> dict[str, Any] | None:
    """"The government ordered three diplomats to leave", "the court ordered the tanker seized": a directive whose
    content has no event of its own tells the act its cue names (the expulsion, the seizure), told in the article's
    own voice. Acts of speech (a demand, a rejection) stay cues: their content is what is claimed."""
    spans = cues.get(claim.get("attribution") or "") or []
    for event in unclaimed:
        if event["type"] in SPEECH_TYPES or event.get("attribution"):
            continue
        trigger = event["trigger"]
        if any(s.get("start", -1) <= trigger["start"] and trigger["end"] <= s.get("end", -1) for s in spans):
            return event
    return None


def ordered_act_certainty(claim: dict[str, Any], events: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The certainty a claim tells its linked act with. "The government ordered three diplomats to leave": what the
    order asks for is uncommitted, but the order is the act of expelling (CAMEO 166, PLOVER SANCTION expel), done
    when it is told; a claim with no event of its own whose reading is left uncommitted by the very word that is an
    act's trigger (the act its cue names, as `act_of_cue` links it) tells that act with the act's own certainty."""
    certainty = claim.get("certainty") or {}
    if claim.get("event") or certainty.get("value") != 0:
        return certainty
    cues = [c for c in certainty.get("cue") or [] if "start" in c and "end" in c]
    for event in events.values():
        trigger = event.get("trigger") or {}
        if event.get("type") in SPEECH_TYPES or event.get("attribution") or "start" not in trigger:
            continue
        told = event.get("certainty") or {}
        if told.get("value") is not None and any(c["start"] == trigger["start"] and c["end"] == trigger["end"]
                                                 for c in cues):
            return {**certainty, "value": told["value"], "label": told.get("label")}
    return certainty


def sentence_act(claim: dict[str, Any], unclaimed: list[dict[str, Any]], claims: list[dict[str, Any]],
                 text: str) -> dict[str, Any] | None:
    """"Ambassadors agreed on Wednesday to freeze the assets of X, three diplomats said, clearing the way for ...":
    where the analysis gave a sentence's act between two parties no claim, the claim left in that sentence without
    an act of its own tells it (the adjunct of its clause). Only an act with its doer and the party it is done to,
    no act of speech, the one such act of the sentence, and no other claim of the sentence holding it."""
    if not text:
        return None
    span = claim["span"]
    begin, finish = sentence_bounds(text, span["start"], span["end"])
    found = [v for v in unclaimed if v["type"] not in SPEECH_TYPES and begin <= v["trigger"]["start"] < finish
             and (v.get("roles") or {}).get("actor") and any((v.get("roles") or {}).get(r) for r in PATIENT_ROLES)]
    if len(found) != 1:
        return None
    trigger = found[0]["trigger"]
    held = [c for c in claims if c["span"]["start"] <= trigger["start"] and trigger["end"] <= c["span"]["end"]]
    return found[0] if not held else None


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘]?[A-Z0-9])|\n+")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding [start, end)."""
    starts, ends = sentence_breaks(text)
    before = bisect_right(ends, start)
    after = bisect_left(starts, end)
    return (ends[before - 1] if before else 0), (starts[after] if after < len(starts) else len(text))


@lru_cache(maxsize=64)
def sentence_breaks(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each sentence break of a text starts and ends, found once a text: linking and corroboration ask for
    the sentence of every claim of an article, and a scan of the whole text for each was a tenth of a read."""
    breaks = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)]
    return tuple(b for b, _ in breaks), tuple(e for _, e in breaks)


def held_patients(claim: dict[str, Any], claims: list[dict[str, Any]], events: dict[str, dict[str, Any]],
                  identity_by_name: dict[str, int]) -> set[int]:
    """The parties the acts of other claims held in the claim's words are done to."""
    span = claim["span"]
    found = set()
    for other in claims:
        event = events.get(other.get("event") or "")
        if other is claim or event is None:
            continue
        trigger = event["trigger"]
        if span["start"] <= trigger["start"] and trigger["end"] <= span["end"]:
            found |= {identity_by_name[v] for r, v in (event.get("roles") or {}).items()
                      if r in PATIENT_ROLES and v in identity_by_name}
    return found


def wrapped(claim: dict[str, Any], events: list[dict[str, Any]],
            linked_event: dict[str, int]) -> tuple[int | None, str | None]:
    """The linked claim of the events a claim without an event of its own holds ("the number of people killed
    when the Guard opened fire", "findings establish that firearms were used"), when they all went to one."""
    span = claim["span"]
    inside = [v["id"] for v in events if v["id"] in linked_event
              and span["start"] <= v["trigger"]["start"] and v["trigger"]["end"] <= span["end"]]
    targets = {linked_event[v] for v in inside}
    return (targets.pop(), inside[0]) if len(targets) == 1 else (None, None)


# the clause of a casualty figure that tells the act it died of: "died when", "were killed after", "injured as"
# (PolNeAR train: 5 "died/were injured when|as|after" clauses; the dev-free count is small, the shape is the
# wire's standard lead for a toll)
_CASUALTY_CLAUSE = re.compile(r"\b(?:died|dead|killed|injured|wounded|hurt)\b[^.;]{0,40}?\b(?:when|after|as)\s+",
                              re.I)


def casualty_act(claim: dict[str, Any], event: dict[str, Any] | None, events: list[dict[str, Any]]) -> str | None:
    """The act of violence whose "when"/"after" clause a casualty claim holds ("Twelve people died when X aircraft
    struck the market"): the deaths are the act's toll, one claim with it, not a happening of their own."""
    # the toll is told as deaths, or as the victims of an act without its doer ("were killed when"), or with no event
    if event is not None and event.get("type") != "DEATH" and not (
            TYPE_CLASSES.get(event.get("type")) == "violence" and not (event.get("roles") or {}).get("actor")):
        return None
    span = claim["span"]
    clause = _CASUALTY_CLAUSE.search(span["text"])
    if clause is None:
        return None
    after = span["start"] + clause.end()
    acts = [v["id"] for v in events if TYPE_CLASSES.get(v.get("type")) == "violence"
            and v["id"] != (event or {}).get("id")
            and after <= v["trigger"]["start"] and v["trigger"]["end"] <= span["end"]]
    return acts[0] if len(acts) == 1 else None


# prepositions that make an act the circumstance of another act of the claim ("injured in the attack", "killed
# during the raid", "fled after the strike")
CIRCUMSTANCE = re.compile(r"\b(?:in|during|after|before|since|following|amid|by)\s+$", re.I)


def circumstantial(claim: dict[str, Any], event: dict[str, Any] | None) -> bool:
    """Whether the claim's event stands in it only as the circumstance of the claim's own, other act: the claim's
    verb is none of the event's words, and each of its words in the claim follows a preposition of circumstance."""
    trigger = claim.get("trigger") or {}
    if event is None or "start" not in trigger:
        return False
    words = [event["trigger"], *event.get("mentions", [])]
    if any(w["start"] == trigger["start"] for w in words):
        return False
    span = claim["span"]
    inside = [p for p in claim.get("parts", []) if any(w["start"] == p["trigger"]["start"] for w in words)]
    if not inside:
        return False
    return all(CIRCUMSTANCE.search(span["text"][:p["span"]["start"] - span["start"]]) for p in inside)


def with_doer(event: dict[str, Any] | None, claim: dict[str, Any],
              events: list[dict[str, Any]]) -> dict[str, Any] | None:
    """"At least 19 people were killed when the Guard opened fire": a passive act of violence without its doer,
    told in one claim with an act of the same kind that has one, is that act; it takes its doer."""
    if event is None or (event.get("roles") or {}).get("actor"):
        return event
    span = claim["span"]
    doers = {str(v["roles"]["actor"]) for v in events
             if v is not event and (v.get("roles") or {}).get("actor")
             and type_class(v["type"]) == type_class(event["type"])
             and span["start"] <= v["trigger"]["start"] and v["trigger"]["end"] <= span["end"]}
    if len(doers) != 1:
        return event
    return {**event, "roles": {**event["roles"], "actor": doers.pop()}}


def speaker_as_it(db: LinkStore, event: dict[str, Any] | None, claim: dict[str, Any], result: dict[str, Any],
                  identity_of: dict[str, int]) -> dict[str, Any] | None:
    """"Castorra denied that it had lent Welvin anything": the "it" opening what a state or an organisation is
    reported to say is that speaker, whichever party the article named last. PolNeAR train: of the 18 "<Name> said/
    announced/denied (that) it ..." with a body for speaker, 17 have "it" for the speaker ("Nabisco announced it was
    laying off", "FBI said it would cooperate"); of the 10 with a person for speaker, none. The speaker's kind is read
    from its identity across articles, which one article may get wrong."""
    if event is None:
        return event
    doer = ((event.get("role_mentions") or {}).get("actor") or {})
    attribution = next((a for a in result.get("attributions", []) if a["id"] == claim.get("attribution")), None)
    if doer.get("text", "").lower() != "it" or attribution is None or len(attribution.get("source") or []) != 1:
        return event
    speaker = next((e for e in result.get("entities", []) if e["id"] == attribution.get("source_entity")), None)
    if speaker is None or speaker["id"] not in identity_of or speaker["name"] == (event.get("roles") or {}).get("actor"):
        return event
    opening = next((c for c in attribution.get("content") or [] if c["start"] <= doer.get("start", -1) < c["end"]),
                   None)
    if opening is None or opening["text"][:doer["start"] - opening["start"]].strip().lower() not in ("", "that"):
        return event
    known = db.identities([identity_of[speaker["id"]]])
    if not known or known[0][2] in (None, "PERSON"):
        return event
    return {**event, "roles": {**(event.get("roles") or {}), "actor": speaker["name"]}}


# "Vintharo accused neighbouring Cassovar on Wednesday of supplying the drones", "suspected the Ustrian government of
# hiding ...": a verb of accusing, the accused (a name, perhaps with the head its rulers go by), a time, and "of"
# right before the act's gerund (PropBank accuse.01, suspect.01: ARG1 the accused, ARG2 the act)
_ACCUSED_OF = re.compile(
    rf"\b(?:accus(?:e|es|ed|ing)|suspect(?:s|ed|ing)?)\s+(?:[a-z]+\s+){{0,2}}?"
    rf"(?P<party>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s+(?:{'|'.join(identities.GOVERNING)}))?)"
    rf"(?:\s+(?:on|last|this|earlier|late)\s+[A-Za-z]+)?\s+of\s+$")


def accused_doer(event: dict[str, Any] | None, claim: dict[str, Any], text: str) -> dict[str, Any] | None:
    """"Vintharo accused neighbouring Cassovar of supplying the drones": the act told by the gerund after "accused X
    of" is done by the accused, not by the accuser the analysis may give it as doer (the accuser is the claim's
    source). PolNeAR train: 64 "accused <Name> of <gerund>", the gerund's doer the accused in each."""
    if event is None or not text or "start" not in (event.get("trigger") or {}):
        return event
    span = claim["span"]
    if event["trigger"]["start"] != span["start"] or not event["trigger"]["text"].lower().endswith("ing"):
        return event
    begin, _ = sentence_bounds(text, span["start"], span["end"])
    before = max(begin, span["start"] - 120)
    match = _ACCUSED_OF.search(text[before:span["start"]])
    if match is None:
        return event
    party = match.group("party")
    roles = event.get("roles") or {}
    if name_key(str(roles.get("actor") or "")) == name_key(party):
        return event
    told = {"text": party, "start": before + match.start("party"), "end": before + match.end("party")}
    return {**event, "roles": {**roles, "actor": party},
            "role_mentions": {**(event.get("role_mentions") or {}), "actor": told}}


def negative_claim(claim: dict[str, Any], result: dict[str, Any]) -> bool:
    """A claim said to be false: negated ("did not fire"), or given under a denial ("X denied that ...")."""
    if (claim.get("certainty") or {}).get("value", 0) < 0 or negated_verb(claim) or compliance(claim):
        return True
    return bool(claim.get("attribution")) and claim.get("attribution") in chains.denying(result)


# "X has complied with every sanction imposed on Y", "X abides by the embargo": keeping sanctions is the opposite of
# breaching them, the act the analysis types CRIME, sanctions evasion (CAMEO 128 defy norms, law: its opposite is
# compliance); a company or state accused of evading sanctions denies it so in wire reports
_COMPLIANCE = re.compile(
    r"^(?P<doer>[^,;:]+?)\s+(?:(?:has|have|had|is|are|was|were|will|would)\s+)?(?:(?:always|fully|strictly|"
    r"scrupulously|consistently)\s+)?(?:compl(?:y|ies|ied|ying)\s+with|abid(?:e|es|ed|ing)\s+by|adher(?:e|es|ed|ing)"
    r"\s+to|observ(?:e|es|ed|ing)|respect(?:s|ed|ing)?)\s+(?:(?:all|every|each|the|any|international)\s+)+"
    r"(?:[\w-]+\s+){0,2}?(?:sanctions?|embargo(?:es)?)\b(?P<rest>.*)$", re.I | re.S)
# "the company" told by "X's chairman": the body the speaker holds an office of
_OWN_BODY = re.compile(r"^(?:the|our)\s+(?:company|firm|group|business|operator|carrier|bank|ministry|government)$",
                       re.I)
_OFFICER_OF = re.compile(r"^(?:the\s+)?(?P<body>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)['’]s?\s+[a-z]")
_SANCTIONED = re.compile(r"^[^.;]*?\b(?:on|against)\s+(?:the\s+)?(?P<target>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def compliance(claim: dict[str, Any], source: str = "") -> dict[str, Any] | None:
    """The sanctions evasion a claim of keeping sanctions denies: its doer, and the party the sanctions are on. "The
    company" in what "X's chairman" says is X."""
    text = claim["span"]["text"]
    # most claims say nothing of sanctions: the pattern is tried only on those that do
    if "anction" not in text and "mbargo" not in text:
        return None
    match = _COMPLIANCE.match(text)
    if match is None:
        return None
    doer = re.sub(r"^(?:that|whether)\s+", "", match["doer"].strip(), flags=re.I)
    officer = _OFFICER_OF.match(source)
    if officer is not None and _OWN_BODY.match(doer):
        doer = officer["body"]
    roles = {"actor": doer}
    target = _SANCTIONED.match(match["rest"])
    if target is not None:
        roles["recipient"] = target["target"]
    return {"id": None, "type": "CRIME", "mode": "sanctions-evasion", "roles": roles,
            "trigger": {"start": claim["span"]["start"], "end": claim["span"]["end"], "text": claim["span"]["text"]}}


# the words that negate a verb they stand before ("has not supplied", "will never send", "didn't fire")
NEGATION = {"not", "never", "n't", "no"}


def negated_verb(claim: dict[str, Any]) -> bool:
    """"Belmora has not sold and will not sell weapons to the group": a claim whose certainty the model left unknown
    (0) although a negation cue stands right before its trigger (one or two auxiliaries between) is a denial."""
    certainty = claim.get("certainty") or {}
    trigger, span = claim.get("trigger") or {}, claim["span"]
    if certainty.get("value") != 0 or "start" not in trigger:
        return False
    for cue in certainty.get("cue") or []:
        if (cue.get("text") or "").lower() not in NEGATION or not span["start"] <= cue.get("start", -1):
            continue
        between = span["text"][cue["end"] - span["start"]:trigger["start"] - span["start"]]
        if 0 <= len(between) and len(between.split()) <= 2 and not re.search(r"[,;:]", between):
            return True
    return False


def skipped(db: LinkStore, document: int, claim: dict[str, Any], rule: str) -> None:
    db.add_mention(None, document, claim["id"], rule, None)


def proposition(claim: dict[str, Any], event: dict[str, Any] | None, text: str = "",
                events: list[dict[str, Any]] = ()) -> bool:
    """Whether a claim says something that can be true or false: it has an event, or is long enough to be a
    clause; "state-owned" or "the report" alone is a fragment of another claim."""
    if _NO_CLAIM.search(claim["span"]["text"]):
        return False
    if event is None and _AGENT_PHRASE.match(claim["span"]["text"]):
        return False
    if non_finite(claim, text, events) and not any((event or {}).get("roles", {}).get(r)
                                                   for r in ("actor", *PATIENT_ROLES)):
        return False
    return event is not None or not fragment(claim["span"]["text"].split())


# the words a finite verb follows when its subject stands further back: conjunctions, relatives, adverbs of time
_LINKING_WORDS = {"and", "but", "or", "nor", "yet", "then", "that", "which", "who", "also", "later", "since", "once",
                  "had", "has", "have", "was", "were", "is", "are", "be", "been", "would", "will", "could", "can",
                  "may", "might", "must", "should", "did", "does", "do", "not", "never", "still", "already", "allegedly",
                  "reportedly", "subsequently", "first", "soon"}


# the finite verbs that resume a clause after a participle set off by commas
_FINITE_AFTER = {"was", "were", "is", "are", "has", "had", "have", "will", "would", "could", "can", "may", "might",
                 "must", "should", "did", "does", "remains", "remained"}


def non_finite(claim: dict[str, Any], text: str = "", events: list[dict[str, Any]] = ()) -> bool:
    """"anchored off the cape on Saturday", "to brief the media", "a message posted on its channel": a claim that
    opens with its own verb as an infinitive, a gerund or participle, or a participle right after the noun it
    describes, with no other act told inside it, has no proposition of its own: it describes something told
    elsewhere. ("..., the Copper Heron group, wiped hundreds of computers" opens with a finite verb after an
    apposition, and "to respond after X ordered ... over a cyberattack" holds acts of its own: both are
    propositions.)"""
    trigger, span = claim.get("trigger") or {}, claim["span"]
    if "start" not in trigger or not span["text"][:1].islower():
        return False
    opening = trigger["start"] - span["start"]
    first = span["text"].split()[0].lower()
    infinitive = opening == 3 and first == "to"
    if opening != 0 and not infinitive:
        return False
    before = text[max(0, span["start"] - 20):span["start"]] if text else ""
    previous = re.search(r"([A-Za-z'’-]+)\s*$", before)
    # a participle right after its noun ("a tanker anchored off"), not a verb after a conjunction, a relative or an
    # adverb ("and caused the blackout", "which also carried"); a gerund ("sending booby-trapped emails")
    described = previous is not None and previous.group(1).lower() not in _LINKING_WORDS \
        and not previous.group(1).lower().endswith("ly") and not first.endswith("s")
    if not described and text and before.rstrip().endswith(","):
        # "The tanker, anchored off the cape on Saturday, was searched": a participle set off by commas before the
        # verb its noun is the subject of
        after = re.match(r",\s+([a-z]+)", text[span["end"]:span["end"] + 30])
        described = after is not None and after.group(1) in _FINITE_AFTER
    if not (infinitive or first.endswith("ing") or described):
        return False
    return not any(span["start"] <= v["trigger"]["start"] and v["trigger"]["end"] <= span["end"]
                   and v["trigger"]["start"] != trigger["start"] for v in events)


# "the Amber Gannet, a freighter operated by Sellick Lines", "a memo seen by the Herald", "a group backed by X": a past
# participle and its agent after a noun describe the noun; no subject, nothing asserted of its own
_AGENT_PHRASE = re.compile(r"^(?:[a-z]+(?:ed|en|wn|un|ld|lt|ot|id))\s+by\s+(?:the\s+)?[A-Z][^,;.]*$")


# the finite forms of "be" and "have" that make a short stretch opening on a determiner a clause ("those four were
# intelligence officers", "the probe is ongoing"), not a noun phrase
_FINITE_BE = {"is", "are", "was", "were", "has", "have", "had"}


def fragment(words: list[str]) -> bool:
    """A noun phrase, not a clause: three words or fewer, or a short stretch opening on a determiner with no finite
    "be" or "have" after its first word (PolNeAR train: 64 contents of four or five words so opened hold one and are
    clauses, "the probe is ongoing", "that Carson was dropping out")."""
    if len(words) <= 3:
        return True
    return words[0].lower() in _DETERMINER and len(words) < MIN_CLAUSE_WORDS \
        and not any(w.lower() in _FINITE_BE for w in words[1:-1])


def nominal(claim: dict[str, Any]) -> bool:
    """"The agreement", "the first transfer": a noun phrase that may join a claim but never starts one."""
    return fragment(claim["span"]["text"].split() or [""])


def formal_state(db: LinkStore, identity: int) -> int | None:
    """The state a body named by its formal name belongs to ("Ministry of Defence of X", "Xian Ministry of
    Defence")."""
    found = identities.formal_state_body(db, db.identity_name(identity) or "")
    return found[0] if found is not None and found[0] != identity else None


def role_mention(event: dict[str, Any], role: str, fall_back_to_target: bool = False) -> dict[str, Any]:
    """The words an event's role was told in (text, start, end), or the target's where the role has none and the
    caller takes the target for it; empty when neither was told."""
    mentions = event.get("role_mentions") or {}
    return mentions.get(role) or (mentions.get("target") if fall_back_to_target else None) or {}


def leader_named(db: LinkStore, event: dict[str, Any], role: str, text: str, party: int) -> int:
    """The person a role names where its words are a party's possessive before a leader's title ("met the rebels'
    commander", "the Front's commander"): the one person the corpus gives that title of that party; else the party,
    as the analysis gave it. A deputy is no leader (titles.yaml, subordinate_title_modifiers)."""
    told = role_mention(event, role)
    if not text or "end" not in told:
        return party
    match = _LEADER_AFTER.match(text[told["end"]:told["end"] + 40])
    if match is None or match.group("title").lower() not in leader_titles():
        return party
    person = identities.titled_leader(db, party, match.group("title"))
    return person if person is not None else party


def seat_named_role(db: LinkStore, event: dict[str, Any], role: str, text: str, party: int) -> int:
    """The party governed from a place where a role's words are its rulers' head noun before "in" the place ("that
    the government in Vossberg hand over ..."): the corpus's seat decides it, not the party the article's own
    coreference took "the government" for; a place not yet known to be a seat leaves the party as given."""
    told = role_mention(event, role, fall_back_to_target=role == "recipient")
    head = name_key(told.get("text", ""))
    if not text or "end" not in told or head not in identities.GOVERNING:
        return party
    match = _SEAT_AFTER.match(text[told["end"]:told["end"] + 60])
    if match is None:
        return party
    found, _ = identities.find(db, [f"{head} in {name_key(match.group(1))}"])
    return found if found is not None else party


# the place after a role's head noun: "government in Vossberg"
_SEAT_AFTER = re.compile(r"^\s+in\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
# a possessive and a title after a role's words: "the rebels' commander", "the Front's leader"
_LEADER_AFTER = re.compile(r"^['’]s?\s+(?P<title>[a-z]+(?:-in-chief)?)\b")


@lru_cache(maxsize=1)
def leader_titles() -> frozenset[str]:
    from .. import lexicon

    return lexicon.words("titles.yaml", "leader_titles")


# a state's possessive or people's adjective and a head's title before the doer's name: "Tessalian President Ada Morn",
# "Tessaly's prime minister, Ada Morn,"
_HEAD_TITLED = re.compile(r"(?:^|[^\w-])(?P<before>[\w-]+\s+)?(?P<state>[A-Z][\w-]+?)(?:['’]s)?\s+"
                          r"(?P<title>[A-Za-z]+(?:\s+[Mm]inister)?)\s*,?\s*$")


def head_of_state(db: LinkStore, event: dict[str, Any], text: str) -> int | None:
    """The state whose head of state or government the doer is named as ("Tessalian President Ada Morn expelled
    ...", "Tessaly's prime minister, Ada Morn, ordered ..."): CAMEO codes a head's acts as the state government's,
    so the act is the state's. A former head acts for no state (titles.yaml: state_leader_titles)."""
    told = role_mention(event, "actor")
    name = str((event.get("roles") or {}).get("actor") or "")
    if not text or "end" not in told or not name:
        return None
    around = text[max(0, told["start"] - 60):told["end"]]
    at = around.rfind(name)
    if at <= 0:
        return None
    match = _HEAD_TITLED.search(around[:at])
    if match is None or match.group("title").lower() not in head_titles() \
            or (match.group("before") or "").strip().lower() in {"former", "ex", "late", "then"}:
        return None
    return identities.state_named(db, name_key(match.group("state")))


@lru_cache(maxsize=1)
def head_titles() -> frozenset[str]:
    from .. import lexicon

    return lexicon.words("titles.yaml", "state_leader_titles")


MINISTRIES = frozenset({"ministry", "ministries", "department"})


def body_state(db: LinkStore, identity: int, heads: frozenset[str] = MINISTRIES) -> int | None:
    """The state a body named by its state and a common noun among `heads` belongs to: a ministry ("X's interior
    ministry", "the Xian foreign ministry"), which the CAMEO actor codebook codes as the state's government, or, asked
    for, an embassy ("Ostrevik's embassy", "the Ostreviki embassy"). Other bodies ("X's military intelligence") are
    parties of their own, joined to the state's acts by their words (doers_answering)."""
    found = identities.state_body(db, db.identity_name(identity) or "")
    if found is None or found[0] == identity or found[1].split()[-1] not in heads:
        return None
    return found[0]


EMBASSY = frozenset({"embassy"})


# "were declared persona non grata by Halden", "the expulsion of four diplomats by Dalmerra": the agent of a passive
# verb or of an act's noun, a name after "by" a few words on, no clause boundary between
_AGENT_AFTER = re.compile(r"^(?:\s+[\w'’-]+){0,5}?\s+by\s+(?P<party>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$")


def agent_doer(event: dict[str, Any] | None, claim: dict[str, Any], text: str) -> dict[str, Any] | None:
    """The doer of an act the analysis gave none, named as the agent of its passive verb ("were declared persona non
    grata by Halden on Tuesday") or of its noun ("Tuesday's expulsion of four diplomats by Dalmerra"): the name after
    "by" within the claim. PolNeAR train: 124 passives "is/was/were/been <participle> ... by <Name>", 1 act's noun
    "<noun> of ... by <Name>" (weak for the noun)."""
    if event is None or not text or (event.get("roles") or {}).get("actor") or "end" not in (event.get("trigger") or {}):
        return event
    trigger, span = event["trigger"], claim["span"]
    if not span["start"] <= trigger["start"] < trigger["end"] <= span["end"]:
        return event
    word = trigger["text"].split()[-1].lower() if trigger["text"].split() else ""
    verbal = word.endswith(("ed", "en", "wn"))
    if verbal and not _PASSIVE_BEFORE.search(text[max(span["start"], trigger["start"] - 30):trigger["start"]]):
        return event
    match = _AGENT_AFTER.match(text[trigger["end"]:span["end"]])
    if match is None or re.search(r"[,;:.]", match.group(0)) or \
            match.group("party").split()[0].lower() in identities.CALENDAR:
        return event
    party = match.group("party")
    start = trigger["end"] + match.start("party")
    told = {"text": party, "start": start, "end": start + len(party)}
    return {**event, "roles": {**(event.get("roles") or {}), "actor": party},
            "role_mentions": {**(event.get("role_mentions") or {}), "actor": told}}


# "Tarvessa freed 58 fighters and the Ruun Highland Army released 41 soldiers": a name after "and" right before a verb,
# the subject of a clause of its own
_CONJOINED_SUBJECT = re.compile(r"\band\s+(?P<party>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+"
                                r"(?:(?:has|have|had)\s+)?$")


def conjoined_subject(event: dict[str, Any] | None, text: str,
                      acts: list[dict[str, Any]] = ()) -> dict[str, Any] | None:
    """The doer of the second of two clauses joined by "and" whose verb the analysis gave the first clause's subject
    ("X freed 58 fighters of the group and Y released 41 soldiers", read as one subject and the object "58 fighters
    ... and Y"): the name right before the verb. PolNeAR train: 11 "<verb>ed ... and <Name> <word>ed"; 5 a clause
    of its own with the name for subject, the verb's subject (3 coordinated subjects, "X and Y clashed", 1 a name
    holding "and", 2 no verb), which the first clause's subject named before the "and" tells apart, with the first
    clause's own verb (the trigger of another of `acts`, the analysis's events and claims) between them: "Troops from
    X and Y attacked" joins two names inside one subject."""
    roles = (event or {}).get("roles") or {}
    told = ((event or {}).get("role_mentions") or {}).get("actor")
    trigger = (event or {}).get("trigger") or {}
    if not text or not told or "end" not in told or "start" not in trigger or not trigger["text"][:1].islower():
        return event
    match = _CONJOINED_SUBJECT.search(text[max(0, trigger["start"] - 80):trigger["start"]])
    start = max(0, trigger["start"] - 80) + match.start("party") if match else -1
    if match is None or told["end"] > start - 4 or "\n" in text[told["end"]:start]:
        return event
    if not any(told["end"] <= (act.get("trigger") or {}).get("start", -1) < start - 4 for act in acts):
        return event  # no verb of a clause of its own before the "and"
    party = match.group("party")
    return {**event, "roles": {**roles, "actor": party},
            "role_mentions": {**event["role_mentions"], "actor": {"text": party, "start": start,
                                                                  "end": start + len(party)}}}


def dateline_of(text: str) -> str | None:
    """The place of a wire dateline ("HALDEN (Agency) -"): a location of the report, never a participant."""
    first = text.lstrip()[:80]
    head = first.split("(", 1)[0].split(",", 1)[0].strip()
    return name_key(head) if head and head.isupper() else None


def chain_sources(result: dict[str, Any], innermost: str | None, identity_of: dict[str, int]) -> set[int]:
    attributions = {a["id"]: a for a in result.get("attributions", [])}
    found = set()
    for attribution in chains.walk(attributions, innermost):
        referred = chains.named_by(attributions, attribution)
        if referred.get("source_entity") in identity_of:
            found.add(identity_of[referred["source_entity"]])
    return found


# the key of a party a description or a pronoun may stand for as a claim's source ("the group said" with no entity
# for "the group"): corroboration decides whether it does, and only then lists the claim in the party's dossier
SOURCE_VIA = "source-via:"
# the key of a linked claim some mention asserts (not negated, not denied): only such a claim can be denied
ASSERTED = "polarity:asserted"
_REFERRING = {"it", "they", "we"}


def referred_sources(db: LinkStore, result: dict[str, Any], innermost: str | None,
                     identity_of: dict[str, int]) -> set[int]:
    """The party named as the source just before a description or a pronoun the analysis tied to no entity ("Grey
    Heron denied ... 'We never ...,' the group said")."""
    attributions = {a["id"]: a for a in result.get("attributions", [])}
    starts = {key: min((s["start"] for s in a.get("source") or [] if "start" in s), default=None)
              for key, a in attributions.items()}
    found: set[int] = set()
    for attribution in chains.walk(attributions, innermost):
        text = " ".join(s.get("text", "") for s in attribution.get("source") or []).strip()
        at = starts[attribution["id"]]
        if attribution.get("source_entity") in identity_of or at is None or (
                descriptions.description_key(text) is None and text.lower() not in _REFERRING):
            continue
        before = sorted(((starts[k], a) for k, a in attributions.items()
                         if starts[k] is not None and starts[k] < at), key=lambda pair: -pair[0])
        for _, candidate in before:
            if candidate.get("source_entity") in identity_of:
                found.add(identity_of[candidate["source_entity"]])
                break
            name = " ".join(s.get("text", "") for s in candidate.get("source") or []).strip()
            named = identities.lookup(db, name) if identities.looks_like_name(name) else []
            if len(named) == 1:
                found.add(named[0])
                break
    return found


def claim_profile(claim: dict[str, Any], event: dict[str, Any] | None, identity_by_name: dict[str, int],
                  times: dict[str, str | None], mentions: list[tuple[int, int, int]],
                  db: LinkStore | None = None, dateline: str | None = None, text: str = "",
                  outlets: set[str] = frozenset(), telling: list[tuple[int, int]] = (),
                  linking: Linking = DEFAULTS, served: set[int] = frozenset()) -> dict[str, Any]:
    """What linking compares of a claim: its event, participants, time, entities and content words."""
    span = claim["span"]
    # the sentence around the claim, where a role's head noun finds its place ("the government in Halden had agreed
    # to supply ...": the claim is the infinitive, the role "government")
    context_start = max(0, span["start"] - CONTEXT_CHARS) if text else span["start"]
    context = text[context_start:span["end"]] if text else span["text"]
    inside = {identity for identity, start, end in mentions if start >= span["start"] and end <= span["end"]}
    roles: dict[str, Any] = {}
    time_value = None
    event = given_by(fired_from(event, text), span, claim.get("trigger"), text)
    if event is not None:
        for role, value in (event.get("roles") or {}).items():
            if role == "time":
                time_value = times.get(value)
            elif role == "location" or not value:
                continue
            elif role in PATIENT_ROLES and value == (event.get("roles") or {}).get("location"):
                continue  # "shelled the town of Vell": where the act was done is not whom it was done to
            elif dateline and name_key(str(value)) == dateline and (str(value).isupper() or str(
                    role_words(event, role)).split("(")[0].strip().isupper()):
                continue  # the dateline's place, however the entity list spells it
            elif reporter(str(value), outlets) and not outlet_acted_on(event, role, text):
                continue
            elif role in PATIENT_ROLES and any_of_kind(event, role, text):
                continue
            else:
                value = whole_name(str(value), role_words(event, role))
                coreferent = covering(str(value), context, context_start, mentions)
                if coreferent is None:
                    coreferent = facility_named_before(str(value), text, span["start"], mentions)
                    if isinstance(coreferent, str):
                        # the facility's name the entity list missed is the party ("the Harnet pumping station")
                        value, coreferent = coreferent, None
                resolved = participant(db, value, context, identity_by_name, coreferent, linking, served)
                if isinstance(resolved, int) and db is not None:
                    # "had met the rebels' commander": the role's words name a party's leader, not the party
                    resolved = leader_named(db, event, role, text, resolved)
                    resolved = seat_named_role(db, event, role, text, resolved)
                roles["recipient" if role == "target" and "recipient" not in roles else role] = resolved
    if event is not None and db is not None and "actor" not in roles:
        doer = service_subject(db, text, claim)
        if doer is not None:
            roles["actor"] = doer
    # parties named in the claim's words the entity list missed: a people's adjective ("Ustrian aircraft"), a name
    if db is not None:
        inside |= identities.named_in(db, span["text"], linking)
        # the outlet a claim names is who reports it ("seen by the Ledger"), not a party to it
        inside -= {i for i in inside if reporter(identities.name_of(db, i), outlets)}
        # "the Ministry of Defence of X rejects the claim that its aircraft attacked": a claim naming a state's body
        # by its formal name names the state, for whom the body speaks
        inside |= {state for i in inside if (state := formal_state(db, i)) is not None}
        # ... and an act it tells of itself ("its aircraft attacked") is the state's act: a ministry is the state's
        # organ, which does what the state does, as the state's identity did before it was named apart
        if isinstance(roles.get("actor"), int) and event is not None and (state := formal_state(db, roles["actor"])):
            roles["actor"] = state
        if isinstance(roles.get("actor"), int) and event is not None and (state := body_state(db, roles["actor"])):
            roles["actor"] = state
        # "Tessalian President Ada Morn expelled ...": a head of state or government acts for the state
        if isinstance(roles.get("actor"), int) and event is not None and (
                state := head_of_state(db, event, text)) is not None:
            roles["actor"] = state
        # "Soldiers of Serravin's 12th Mountain Brigade shot dead ...": a formation of a state's forces acts for the
        # state, as its army does (CAMEO codes a state's units as its military)
        if isinstance(roles.get("actor"), int) and event is not None and (
                state := identities.formation_state(db, roles["actor"])):
            roles["actor"] = state
        # "were declared persona non grata by Halden": a state's seat named as the doer is the state (see
        # identities.seat_named)
        if isinstance(roles.get("actor"), int) and event is not None and (
                state := identities.seat_stood_for(db, roles["actor"])):
            roles["actor"] = state
        # "expelled four diplomats from Ostrevik's embassy": an embassy done to is its state (CAMEO codes a state's
        # embassy and diplomats as its government)
        for role in PATIENT_ROLES:
            if isinstance(roles.get(role), int) and event is not None and (
                    state := body_state(db, roles[role], EMBASSY)) is not None:
                roles[role] = state
            # "imposed sanctions on nine Velsordian shipping firms": firms told as a state's by its adjective alone
            elif isinstance(roles.get(role), str) and roles[role].startswith("words:") and (
                    state := identities.state_firms(db, roles[role].removeprefix("words:"))) is not None:
                roles[role] = state
    # "Xian and Yian forces clashed": the two sides of a fight told as one doer
    pair = fighting_sides(db, event, roles, linking) if db is not None else None
    partner = partner_of(db, event, roles, linking) if db is not None else None
    if partner is not None:
        roles["recipient"] = partner
    keys = {f"entity:{i}" for i in inside | {v for v in roles.values() if isinstance(v, int)} | set(pair or ())}
    if pair:
        # kept with the claim: a fight between two sides is no act of one side on a third party
        keys.add(SIDES + ",".join(map(str, sorted(pair))))
    keys.add("text:" + wording_key(span["text"]))
    trigger = (claim.get("trigger") or {}).get("text")
    if event is None and trigger:
        # a clause without an event is found again by its verb when it names nobody ("the diplomats had photographed
        # naval installations"): only claims with no party of their own search by it
        keys.add("act:" + trigger.lower())
    said = what_is_said(span, telling)
    begin, finish = sentence_bounds(text, span["start"], span["end"]) if text else (span["start"], span["end"])
    return {"text": span["text"], "event_type": seized_or(event, roles, text), "roles": roles,
            "time_value": time_value, "tokens": content_words(said), "keys": keys,
            # the words that are no name: what the claim says of its parties
            "plain_tokens": content_words(" ".join(w for w in said.split() if not w[:1].isupper())),
            "parties": sorted(inside | {v for v in roles.values() if isinstance(v, int)}),
            # the parties its sentence names: a claim that leaves a role empty may name its filler outside itself
            "sentence_parties": sorted({identity for identity, start, end in mentions
                                        if begin <= start and end <= finish}),
            "article_parties": sorted({identity for identity, _, _ in mentions}),
            # the kinds of act its words tell, and whether its act is told by a generic word ("attacked")
            "acts": sorted(acts.acts_told(said)) if event is None else [],
            "generic": acts.generic((event or {}).get("trigger", {}).get("text")),
            "sides": pair}


# two parties joined by "and" before the noun they share: "Ustrian and Kelmari forces", "Ustria and Kelmar"
_SIDES = re.compile(r"^(?:[Tt]he\s+)?([A-Z][\w-]+)\s+and\s+(?:the\s+)?([A-Z][\w-]+)((?:\s+[a-z][\w-]*){0,2})$")


def fighting_sides(db: LinkStore, event: dict[str, Any] | None, roles: dict[str, Any],
                   linking: Linking = DEFAULTS) -> tuple[int, int] | None:
    """The two identities of an act of violence whose doer coordinates two parties and that has no party done to
    ("Ustrian and Kelmari forces clashed overnight", "Ustria and Kelmar fought at the pass"): a reciprocal act, each
    side both doer and done to, as "Kelmari troops attacked the Ustrian post" tells it from one side (PolNeAR train:
    "Trump and Cruz supporters clashed", "clashes between Serb police and ethnic Albanians"; weak)."""
    if event is None or type_class(event_type(event) or "") != "violence" \
            or any(roles.get(r) is not None for r in PATIENT_ROLES):
        return None
    return coordinated_sides(db, event, linking)


# acts two parties do with each other, told with both as one doer ("Ustria and Kelmar agreed to a ceasefire", "met
# in Lind"): PLOVER's dyadic cooperation, each side the other's partner (PolNeAR train: 4 "X and Y agreed / signed /
# met", weak)
RECIPROCAL = frozenset({"AGREE", "CONSULT"})


def partner_of(db: LinkStore, event: dict[str, Any] | None, roles: dict[str, Any],
               linking: Linking = DEFAULTS) -> int | None:
    """The other side of an agreement or a meeting whose doer coordinates two parties and that has no party done to
    ("Ustria and Kelmar have agreed to stop fighting", "a ceasefire agreed by Ustria and Kelmar"): the side the
    analysis left out of the doer's role, as "Ustria agreed with Kelmar" names it."""
    if event is None or event.get("type") not in RECIPROCAL or any(roles.get(r) is not None for r in PATIENT_ROLES):
        return None
    pair = coordinated_sides(db, event, linking)
    if pair is None or roles.get("actor") not in pair:
        return None
    return pair[1] if roles["actor"] == pair[0] else pair[0]


def coordinated_sides(db: LinkStore, event: dict[str, Any], linking: Linking = DEFAULTS) -> tuple[int, int] | None:
    """The two identities a doer's role coordinates ("Ustrian and Kelmari forces", "Ustria and Kelmar")."""
    # the role's own words where the analysis kept only the first of two coordinated doers ("Ustria and Kelmar
    # agreed to stop fighting": the role "Ustria", its words "Ustria and Kelmar")
    match = next((found for said in (role_words(event, "actor"), (event.get("roles") or {}).get("actor"))
                  if (found := _SIDES.match(" ".join(str(said or "").split()))) is not None), None)
    if match is None:
        return None
    tail = match.group(3)
    sides = []
    for name in (match.group(1), match.group(2)):
        found, _ = identities.find(db, [name_key(name + tail)], None, linking)
        if found is None:
            found = identities.state_named(db, name_key(name))
        if found is None:
            return None
        sides.append(found)
    return (sides[0], sides[1]) if sides[0] != sides[1] else None


# the subject right before a claim's verb, after a subordinator at most: "when Ustrian aircraft struck ...",
# "Ustria's navy seized ..."; the head of a relative clause is its verb's subject too, also in a cleft ("it was
# Ustrian artillery that had opened fire", "Ustrian troops who crossed ...")
_SUBJECT_BEFORE = re.compile(r"(?:^|\b(?:when|after|as|before|while|that|because|was|were|is)\s+)((?:[Tt]he\s+)?[A-Z][\w-]+"
                             r"(?:['’]s)?(?:\s+[a-z][\w-]*){1,3}?)\s+(?:(?:that|which|who)\s+)?(?:had\s+|have\s+|has\s+)?$")


def service_subject(db: LinkStore, text: str, claim: dict[str, Any]) -> int | None:
    """The state whose service is the subject of a claim's verb where the analysis gave its event no doer ("when
    Ustrian aircraft struck the market"): the service named by its state's possessive or people's adjective and
    common nouns (identities.by_service) acts for that state, as the event's role would have said."""
    trigger = claim.get("trigger") or {}
    span = claim["span"]
    if not text or "start" not in trigger or not span["start"] <= trigger["start"] <= span["end"]:
        return None
    match = _SUBJECT_BEFORE.search(text[span["start"]:trigger["start"]])
    if match is None:
        return None
    found = identities.by_service(db, match.group(1))
    words = match.group(1).split()
    if found is None and words[-1] in CRAFT and len(words) <= 3:
        # "Ustrian aircraft struck": craft doing the act themselves are the state's, though "aircraft" alone names
        # no service
        found = identities.state_named(db, name_key(re.sub(r"['’]s$", "", words[-2])))
    return found


# the craft a state's forces act through, named as the doer of an act (the vehicles CAMEO codes as their force)
CRAFT = {"aircraft", "jets", "warplanes", "planes", "bombers", "drones", "helicopters", "warships", "gunboats"}


# "fired from positions held by the Grey Hand", "fire from the group's positions": where the fire came from
_FROM_HELD = re.compile(r"\bfrom\s+(?:[\w-]+\s+){0,3}?(?:held|controlled|occupied|manned|used)\s+by\s+(?:the\s+)?$",
                        re.I)
_FROM_POSSESSOR = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_POSITIONS = re.compile(r"^['’]s?\s+(?:[\w-]+\s+)?(?:positions?|territory|lines|bases?|side|camps?|trenches)\b", re.I)


def fired_from(event: dict[str, Any] | None, text: str) -> dict[str, Any] | None:
    """An act of violence whose patient is the party its fire came from ("shells fired from positions held by the
    Grey Hand", "artillery fire from the group's positions") has that party as its doer, not as its target."""
    if event is None or not text or TYPE_CLASSES.get(event["type"]) != "violence":
        return event
    roles = dict(event.get("roles") or {})
    mentions = event.get("role_mentions") or {}
    if roles.get("actor"):
        return event
    for role in PATIENT_ROLES:
        where = mentions.get(role) or {}
        if "start" not in where or not roles.get(role):
            continue
        before, after = text[max(0, where["start"] - 60):where["start"]], text[where["end"]:where["end"] + 30]
        if _FROM_HELD.search(before) or (_FROM_POSSESSOR.search(before) and _POSITIONS.match(after)):
            doer = roles[role]
            roles = {k: v for k, v in roles.items() if k not in PATIENT_ROLES or v != doer}
            return {**event, "roles": {**roles, "actor": doer}}
    return event


# verbs of receiving: their subject is who is given to, the giver stands after "from" (PropBank receive.01, obtain.01,
# acquire.01, get.01: ARG2 "received from")
RECEIVING = frozenset(stem(w) for w in ("receive", "obtain", "acquire", "get", "got", "gotten", "accept"))
_FROM_GIVER = re.compile(r"^[^.;:]{0,60}?\bfrom\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*)")


def given_by(event: dict[str, Any] | None, span: dict[str, Any], verb: dict[str, Any] | None = None,
             text: str = "") -> dict[str, Any] | None:
    """"His fighters had received the shipment of shells from Marovia": an act of giving told by a verb of receiving,
    without its giver, has as its doer the party named after "from" in the claim's words. The act may be told by its
    noun, the object of the claim's verb of receiving ("has received the first $5 million of a loan from X", "is to
    receive 9 million dollars in loans from X"); the verb's subject, in the claim or right before it ("Y is to
    receive"), is who is given to."""
    if event is None or event.get("type") != "AID" or (event.get("roles") or {}).get("actor"):
        return event
    trigger = event.get("trigger") or {}
    if not receiving(trigger):
        # the act's noun as the object of the claim's verb of receiving, no clause boundary between them
        if not (receiving(verb) and "start" in trigger and span["start"] <= verb["start"]
                and verb["end"] <= trigger["start"] <= span["end"]
                and not re.search(r"[,;:.]", span["text"][verb["end"] - span["start"]:trigger["start"] - span["start"]])):
            return event
        trigger = verb
    start = trigger["end"] - span["start"]
    if not 0 <= start <= len(span["text"]):
        return event
    found = _FROM_GIVER.match(span["text"][start:])
    if found is None:
        return event
    roles = {**(event.get("roles") or {}), "actor": found.group(1)}
    if trigger is verb and not any(roles.get(r) for r in PATIENT_ROLES):
        before = span["text"][:verb["start"] - span["start"]]
        if text and not re.search(r"[A-Z]", before):
            # "Y is to receive ..., according to ...": the claim begins at the infinitive, its subject before it
            before = text[max(0, span["start"] - 80):span["start"]] + before
        receiver = _RECEIVER.search(before)
        if receiver is not None:
            roles["recipient"] = receiver.group(1)
    return {**event, "roles": roles}


# people held and let go: the members of a force or a group (identities.MEMBERS, REBELS) and those held captive
CAPTIVES = ("prisoners", "servicemen", "hostages", "detainees", "captives", "men", "nationals", "citizens")
# a party that holds or lets go of people, by its name or by its rulers' seat ("the government in Drummel", a party
# once the corpus says whose seat the place is: identities.seat_of_government), or by its rulers' head alone ("the
# government", a party where the article's coreference says whose)
_HOLDER = (rf"(?P<party>(?:the\s+)?(?:(?:{'|'.join(identities.GOVERNING)})\s+(?:in|of)\s+)?"
           rf"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|the\s+(?:{'|'.join(identities.GOVERNING)})\b)")
# the shapes of a release told without a verb the analysis reads as one: people received from whoever held them
# ("received 52 of its own soldiers from Harskel", "got back 40 prisoners from X"), home again from whoever held them
# ("43 servicemen came home on Monday after being held by X"), and "set free" with its doer ("were set free by
# Caddon", "Tarvessa set free 58 rebel fighters")
RELEASE_SHAPES = (
    re.compile(rf"\b(?:receiv(?:e|es|ed|ing)|got|gets|get)\s+(?:back\s+|only\s+)*(?:[\w-]+\s+)?(?:of\s+)?"
               rf"(?:(?:its|their|his|her|our)\s+own\s+)?(?:[a-z][\w-]*\s+)?"
               rf"(?:{'|'.join(identities.MEMBERS + identities.REBELS + CAPTIVES)})\s+(?:back\s+)?from\s+{_HOLDER}"),
    re.compile(rf"\b(?:came|come|comes|returned|return|returns|went|go|goes)\s+home\b[^.;:]{{0,40}}?\bafter\s+"
               rf"(?:being\s+|having\s+been\s+)?(?:held|detained|captured|imprisoned|kept)(?:\s+captive)?\s+by\s+"
               rf"{_HOLDER}"),
    re.compile(rf"\b(?:is|are|was|were|be|been|being)\s+set\s+free\s+by\s+{_HOLDER}"),
    re.compile(rf"^{_HOLDER}\s+(?:(?:has|have|had)\s+)?set\s+free\b"))


def release_told(claim: dict[str, Any], mentions: list[tuple[int, int, int]] = ()) -> dict[str, Any] | None:
    """The release a clause without an act tells in one of RELEASE_SHAPES, from the side that got its people back
    ("Tolvandy ... received 52 of its own soldiers from Harskel in return", "43 servicemen came home after being held
    by X") or by "set free": the party that held them released them (CAMEO 0841 return, release person(s); PLOVER
    RETREAT), as a verb of receiving has the giver after "from" (given_by). The shape must hold the clause's own
    verb, not one of a clause joined to it; people received must be the receiver's own, got back or received in
    return ("received 40 wounded soldiers from X" takes them in). PolNeAR train and PLOVER GSR: 0 people received
    from a party or home after being held, 0 "set free" (weak). The rulers' head alone ("received 52 of its own
    fighters from the government") names the holder only where the article's coreference says whose rulers they
    are (`mentions`: identity, start, end)."""
    span, verb = claim["span"], claim.get("trigger") or {}
    found = (shape.search(span["text"]) for shape in RELEASE_SHAPES)
    match = next((m for m in found if m is not None), None)
    if match is None or not span["start"] + match.start() <= verb.get("start", -1) < span["start"] + match.end():
        return None
    if match.re is RELEASE_SHAPES[0] and not re.search(r"\b(?:own|back)\b", match.group(0)) and \
            not re.match(r"[^.;:]{0,30}?\bin\s+return\b", span["text"][match.end():]):
        return None  # "received 40 wounded soldiers from X", "received 300 citizens from X": taken in, not let go
    party = match.group("party")
    start = span["start"] + match.start("party")
    if party.split()[-1] in identities.GOVERNING and not any(
            s <= start and start + len(party) <= e for _, s, e in mentions):
        return None
    return {"id": None, "type": "RETREAT", "mode": "release", "roles": {"actor": party},
            "role_mentions": {"actor": {"text": party, "start": start, "end": start + len(party)}},
            "trigger": {"start": span["start"] + match.start(), "end": span["start"] + match.end(),
                        "text": match.group(0)}}


def receiving(word: dict[str, Any] | None) -> bool:
    """Whether a trigger or a claim's verb is a verb of receiving ("received", "is to receive")."""
    verb = ((word or {}).get("text") or "").split()
    return bool(verb) and "end" in (word or {}) and stem(verb[0].lower()) in RECEIVING


# the subject of a verb of receiving standing right before it: a name, then auxiliaries ("Y has", "Y is to", "Y is
# expected to", "Y has already")
_RECEIVER = re.compile(r"(?:^|[.;:]\s+|\b(?:that|after|when)\s+)((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+"
                       r"(?:(?:has|have|had|is|are|was|were|will|would|could|may|might|should|be|been|"
                       r"already|also|now|finally|yet|expected|due|set|likely|about|going|to)\s+)*$")


def whole_name(value: str, words: str) -> str:
    """"Northline" for a role whose words are "Northline Grid": the entity list cut a name the role's own words give
    whole (the recogniser read its first word as a place); the whole name is the party. Only capitalised words
    that are no day or month lengthen it."""
    rest = words[len(value):] if value and words.startswith(value) else ""
    added = rest.split()
    if not rest.startswith(" ") or not added or not identities.looks_like_name(words):
        return value
    if any(not w[:1].isupper() or w.lower().strip("'’s") in identities.CALENDAR for w in added):
        return value
    return words


def role_words(event: dict[str, Any], role: str) -> str:
    """The words that fill a role (the contract's recipient repeats the target, its words given once)."""
    return role_mention(event, role, fall_back_to_target=role == "recipient").get("text", "")


def event_type(event: dict[str, Any] | None) -> str | None:
    """The type a claim is linked by: the act an announcement announces ("plans to freeze the assets", "will expel
    the envoys"), since the reports that follow tell the act itself, else the event's type."""
    if event is None:
        return None
    return event.get("act") or intended_act(event) or event["type"]


# the verbs that tell a fight's gain of ground and also a seizure ("captured the town", "captured a freighter")
CAPTURING = frozenset(stem(w) for w in ("capture", "captured", "captures", "capturing"))
# the verbs of taking that tell a seizure and also a fight's gain of ground ("seized the town", "seized a freighter"):
# the capturing verbs and these
SEIZING = CAPTURING | frozenset(stem(w) for w in ("seize", "seized", "seizes", "seizing", "occupied", "occupy",
                                                  "overran", "overrun"))


def place_taken(event: dict[str, Any], text: str) -> bool:
    """Whether the party an act of taking is done to is a place named by its kind ("the hamlet of Vell Ford")."""
    where = role_mention(event, "target")
    if "start" not in where:
        return False
    words = where.get("text", "")
    return bool(_PLACE_OF.search(text[max(0, where["start"] - 40):where["start"]])) or \
        (words.split() or [""])[-1] in PLACE_NOUNS and bool(re.search(r"\bof\s+[A-Z]", text[where["end"]:where["end"] + 6]))


def seized_or(event: dict[str, Any] | None, roles: dict[str, Any], text: str = "") -> str | None:
    """The event's type, a capture of goods or craft read as a seizure: "warships have captured a freighter" is the
    act "the navy seized the ship" tells (CAMEO 1.1b3: seizing property is coercion, 17; taking ground is fighting,
    19), a capture of a place or of anything else staying FIGHT; and a seizure of a place named by its kind ("seized
    the hamlet of Vell") is ground taken, FIGHT (CAMEO 1951 occupy territory; PLOVER GSR: "captured stronghold"
    coded FIGHT, 1 of 1; weak)."""
    found = event_type(event)
    if found == "COERCE" and text and stem(str((event.get("trigger") or {}).get("text", "")).lower()) in SEIZING \
            and place_taken(event, text):
        return "FIGHT"
    if found == "COERCE" and event.get("mode") == "destroy" and not event.get("act"):
        # "rebel drones set part of the refinery on fire", "blew up the power lines": property destroyed is violence
        # against it (PLOVER manual: mode destroy moved from COERCE to ASSAULT; CAMEO2PLOVER 1712 ASSAULT destroy), one
        # act with the attack other reports tell, whoever the analysis took the destroyer for (PLOVER GSR: 3 COERCE
        # destroy, 2 of them by fire or explosives: "set fire offices", "blew up power lines"; weak)
        return "ASSAULT"
    if found != "FIGHT" or stem(str((event.get("trigger") or {}).get("text", "")).lower()) not in CAPTURING:
        return found
    patient = slot_value(roles, "patient")
    if isinstance(patient, str) and goods.kinds_named(content_words(patient.removeprefix("words:"))):
        return "COERCE"
    return found


def threatened_type(event: dict[str, Any] | None, events: dict[str, dict[str, Any]]) -> str | None:
    """"Halvoria's finance ministry threatened to sue the paper": the type of the act a threat is about."""
    if event is None or event.get("type") != "THREATEN" or event.get("act"):
        return None
    about = events.get(event.get("about") or "")
    return event_type(about) if about is not None and about.get("type") != "THREATEN" else None


def threat_of(claim: dict[str, Any], linked: dict[str, Any]) -> bool:
    """A threat to do an act and the linked claim of that act announced ("would take legal action against the
    newspaper", linked by the suit it announces): one threat, told once as a threat and once as the act held over
    the party (CAMEO 13 threaten). Only the threat finds the act's claim: an act done is no threat of it."""
    return bool(claim.get("threatened")) and type_class(claim["threatened"]) == type_class(linked["event_type"])


def intended_act(event: dict[str, Any]) -> str | None:
    """"Essaria plans to sell air defences to Morvale", "is preparing to send drones": the analysis types an act
    intended as an agreement (PLOVER codes an intent to cooperate AGREE); its trigger is the act's own word, and the
    reports that follow tell that act done, so it is linked by the act's type, as an agreement to an act is (see
    agreements). The trigger must be a word of one type besides AGREE and no act of speech ("agreed", "pledge" stay)."""
    if event.get("type") != "AGREE":
        return None
    words = ((event.get("trigger") or {}).get("text") or "").lower().split()
    types = acts.trigger_types().get(stem(words[0]), frozenset()) if words else frozenset()
    if "AGREE" in types:
        return None
    told = types - SPEECH_TYPES
    return next(iter(told)) if len(told) == 1 else None


def what_is_said(span: dict[str, Any], telling: list[tuple[int, int]]) -> str:
    """The claim's words without the sources and reporting verbs inside it."""
    chars = list(span["text"])
    for start, end in telling:
        for k in range(max(start, span["start"]), min(end, span["end"])):
            chars[k - span["start"]] = " "
    return "".join(chars)


def outlet_keys(db: LinkStore) -> set[str]:
    return db.link_outlet_keys()


def reporter(value: str, outlets: set[str]) -> bool:
    """A news outlet given as a role is the report's teller caught up in the event ("X had agreed to arm the group,
    the Herald reported"): outlets report events, they are seldom party to them."""
    key = name_key(value)
    return key in outlets or (len(key.split()) == 1 and key not in identities.GENERIC_HEADS
                              and any(identities.is_short_form(key, o, None) for o in outlets))


# the acts done to a party against its will, whose patient an outlet may be: a paper sued, banned, raided or threatened
ACTS_AGAINST = {"THREATEN", "DISAPPROVE", "COERCE", "SANCTION", "ASSAULT"}
# words after an outlet's name that make it the teller of the sentence ("..., the Herald reported")
_TELLING_AFTER = re.compile(r"^\s*(?:has |had |have )?(?:reported|reports|said|says|wrote|writes|quoted|cited|"
                            r"citing|according)\b")


# "denied that its navy had seized any Brennic vessel", "has not detained any foreign journalists": a party named by
# a quantifier of no particular one (Quirk et al. 1985 §6.59, non-assertive "any"; "no") is a kind, not a party
_ANY_BEFORE = re.compile(r"(?i)\b(?:any|no)\s+(?:[\w'’-]+\s+){0,2}$")


def any_of_kind(event: dict[str, Any], role: str, text: str) -> bool:
    """Whether an act's patient is named as "any <kind>" or "no <kind>": it names none of the parties a claim of the
    act is done to, so it neither fills that role nor parts the mention from the claim (PolNeAR train: 3 "had not
    V-ed any X", 4 denials of "any X", weak)."""
    roles = event.get("roles") or {}
    # the recipient the target names
    told = role_mention(event, role, fall_back_to_target=roles.get("target") == roles.get(role))
    start = told.get("start")
    if start is None or not text:
        return False
    return bool(_ANY_BEFORE.search(text[max(0, start - 40):start])) \
        or str(told.get("text", "")).lower().startswith(("any ", "no "))


def outlet_acted_on(event: dict[str, Any], role: str, text: str) -> bool:
    """"would take legal action against the newspaper", "threatened to sue the Copperlane Journal": an outlet an act
    is done against is a party to it, whom the act's patient names, not the report's teller (PolNeAR train: 1
    "lawsuit against Gawker", weak); an outlet named as the act's doer, or right before a verb of telling, stays the
    teller (see reporter)."""
    if role not in PATIENT_ROLES or event_type(event) not in ACTS_AGAINST and event.get("type") not in ACTS_AGAINST:
        return False
    told = role_mention(event, role)
    end = told.get("end")
    return end is not None and bool(text) and not _TELLING_AFTER.match(text[end:end + 40])


def covering(value: str, context: str, offset: int, mentions: list[tuple[int, int, int]]) -> int | None:
    """The entity whose mention, as the analysis's coreference found it, holds the role's words in the claim's
    sentence ("the bloc" as a mention of the Northern Concord), the occurrence nearest the claim first."""
    for match in reversed(list(re.finditer(rf"\b{re.escape(value)}\b", context))):
        start, end = offset + match.start(), offset + match.end()
        found = {identity for identity, s, e in mentions if s <= start and end <= e}
        if len(found) == 1:
            return found.pop()
    return None


# common nouns that tell again a facility named before ("the Lissar power station ... the plant"): a power station
# is "also referred to as a power plant", "an industrial facility" (Wikipedia: Power station)
FACILITY_NOUNS = {"plant", "station", "facility"}


def facility_named_before(value: str, text: str, before: int,
                          mentions: list[tuple[int, int, int]]) -> int | str | None:
    """"the station", "the plant" for a facility the article named before ("the Lissar power station"): the entity
    whose name opens the last earlier phrase ending in that noun, or in another noun of a facility; where no entity
    holds that name, the phrase's words as a name ("Lissar power station")."""
    head = value.lower()
    if not text or not re.fullmatch(r"[a-z]+", value):
        return None
    heads = FACILITY_NOUNS if head in FACILITY_NOUNS else {head}
    nouns = "|".join(sorted(heads))
    named = list(re.finditer(rf"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:[a-z]+\s+)?(?:{nouns})\b", text[:before]))
    if not named:
        return None
    start = named[-1].start()
    found = {identity for identity, s, e in mentions if s <= start < e}
    if found:
        return found.pop() if len(found) == 1 else None
    # a capitalised word opening a sentence ("The power station") names nothing
    words = named[-1].group(0).split()
    if words[0].lower() in _NO_NAME:
        return None
    return " ".join(words)


# capitalised words that open a phrase without naming anything
_NO_NAME = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "one", "another",
            "every", "each", "some", "any", "no"}


def participant(db: LinkStore | None, value: str, text: str, identity_by_name: dict[str, int],
                coreferent: int | None = None, linking: Linking = DEFAULTS, served: set[int] = frozenset()) -> Any:
    """A role's identity: the document's entity of that name, else a stored identity the name means (its short
    form, its government, its people), else the entity the analysis found the words to be a mention of, else the
    words themselves."""
    if db is not None:
        # "Kestria's navy", "Kestrian naval commandos": a state's armed service acts for the state
        state = identities.by_service(db, value)
        if state is not None:
            return state
        # "the coast guard had seized a Lindaran freighter" in an article that names "Quorvian navy ships": a service
        # named without its state is that of the one state whose services the article names
        if len(served) == 1 and identities.bare_service(value):
            return next(iter(served))
    value = named_place(value, text) or value
    if value in identity_by_name:
        return identity_by_name[value]
    key = name_key(value)
    if db is not None and key:
        # "the regime in Halden has armed ...": the role holds the head, the text the place it is governed from
        if key in identities.GOVERNING:
            match = re.search(rf"\b{re.escape(value)}\s+(in|of)\s+((?:[A-Z][\w-]+\s?)+)", text)
            if match:
                key = f"{key} {match.group(1)} {name_key(match.group(2))}"
        found, _ = identities.find(db, [key], None, linking)
        if found is None:
            found = identities.by_office(db, key)
        if found is not None:
            # "was seized by the navy", the navy stored as "the Kestrian navy": a state's service acts for the state
            # however the article names it, as "Kestria's navy seized" does
            return identities.by_service(db, db.identity_name(found) or "") or found
        if coreferent is not None:
            return coreferent
        # a name the entity recogniser missed ("the Calder Brigades" as one role) is a party all the same; a count
        # opening a sentence ("At least 12 people were killed") is capitalised, and nobody's name
        # ("a Lindaran freighter": a people's adjective before a common noun, told indefinitely, describes)
        if value[:1].isupper() and not value.isupper() and key.split()[0] not in identities.GOVERNING \
                and not is_count(key) and not indefinite_description(value, text):
            return identities.resolve_name(db, value, None, linking)
    return "words:" + key


# common nouns of places that "of" and a name after them name ("the town of Vell", "the Norland border town of
# Vell", "the state of Vermont": 31 such phrases in PolNeAR train's 840 articles); "the capital of" names another
# place than the name after it, so it is not among them
PLACE_NOUNS = {"city", "town", "village", "hamlet", "port", "province", "region", "district", "county", "island",
               "state"}
# "the hamlet of", "the border town of": a place named by its kind before its name
_PLACE_OF = re.compile(rf"\b(?:{'|'.join(sorted(PLACE_NOUNS))})\s+of\s+$")


def named_place(value: str, text: str) -> str | None:
    """"the Norland border town of Vell" read as the role "Norland border town": the place is the name after "of"."""
    words = value.split()
    if not words or words[-1] not in PLACE_NOUNS:
        return None
    match = re.search(rf"\b{re.escape(value)}\s+of\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)", text)
    return match.group(1) if match else None


def indefinite_description(value: str, text: str) -> bool:
    """"had seized a Lindaran freighter": words that are no name (a common noun among them) told after an indefinite
    article describe some party, they name none."""
    if identities.looks_like_name(value):
        return False
    return bool(re.search(rf"\b(?:[Aa]n?|[Aa]ny|[Aa]nother|[Oo]ne)\s+{re.escape(value)}\b", text))


def window(published: str | None, days: int = DEFAULTS.window_days) -> tuple[str, str] | None:
    try:
        day = date.fromisoformat((published or "")[:10])
    except ValueError:
        return None
    return (day - timedelta(days=days)).isoformat(), (day + timedelta(days=days)).isoformat()


def best_match(db: LinkStore, profile: dict[str, Any], published: str | None,
               linking: Linking = DEFAULTS) -> tuple[int | None, str, str | None]:
    """The linked claim this claim is a mention of, with the rule and key that decided it: candidates share an
    entity or the wording and fall in the time window (blocking), then event, participants, time and wording."""
    keys = sorted(profile.get("search_keys") or profile["keys"])
    # a claim with no date is kept as a candidate: it cannot be ruled out
    best, best_score, best_rule = None, 0.0, ("", None)
    by_parties: list[tuple[int, float, int, tuple[str, str | None]]] = []
    # whom each doer answers to, asked once a doer: many candidates share their doer
    answering: dict[int, dict[int, str]] = {}
    # the kind of party (person, organisation ...) an identity done to is, asked once an identity
    kinds: dict[int, str | None] = {}
    # the party a counted group done to is told as the members of, asked once a group
    members_of: dict[str, int | None] = {}
    mine = profile["roles"].get("actor")
    violent = bool(profile["event_type"]) and type_class(profile["event_type"]) == "violence"
    for candidate in db.candidate_claims(keys, window(published, linking.window_days)):
        patients = {slot_value(profile["roles"], "patient"), slot_value(candidate["roles"], "patient")}
        if any(isinstance(p, str) for p in patients):
            # a party done to named on one side and told in words on the other: whether they can be one party
            # depends on its kind (see one_and_many)
            named = [p for p in patients if isinstance(p, int) and not isinstance(p, bool)]
            for identity in named:
                if identity not in kinds:
                    known = db.identities([identity])
                    kinds[identity] = known[0][2] if known else None
            candidate["patient_kinds"] = {identity: kinds[identity] for identity in named}
            # "48 Kolmeri soldiers", "thirty-eight Drassene servicemen": whom a counted group's members belong to
            for words in (p.removeprefix("words:") for p in patients if isinstance(p, str)):
                if words not in members_of:
                    members_of[words] = identities.by_members(db, words, linking)
            candidate["members_of"] = {members_of[p.removeprefix("words:")] for p in patients if isinstance(p, str)}
        actor = candidate["roles"].get("actor")
        # only a denial, or a mention of an act done to the same party by another doer, asks whom the doers answer
        # to: few claims are either
        other_doer = isinstance(actor, int) and actor != mine
        done_to = slot_value(profile["roles"], "patient")
        if other_doer and (profile.get("negative") or isinstance(mine, int) and (
                isinstance(done_to, int) and done_to == slot_value(candidate["roles"], "patient")
                or done_to is None and done_on(profile.get("time_value"), candidate.get("time_value")))):
            if actor not in answering:
                answering[actor] = identities.ancestors(db, actor)
            candidate["actor_parents"] = answering[actor]
            if "actor_parents" not in profile:
                profile["actor_parents"] = identities.ancestors(db, mine)
        if profile.get("rejected") is not None:
            candidate["said_for"] = identities.spoken_for(db, {
                int(k.split(":", 1)[1]) for k in db.claim_keys_with_prefix(candidate["id"], "source:")
                if k.split(":", 1)[1].isdigit()})
        if profile.get("cited_outlet") and not profile["event_type"] and not profile.get("negative"):
            # read only for a clause re-told from another outlet (see match)
            candidate["told_by"] = {name_key(o) for o in db.claim_outlets(candidate["id"]) if o}
        if profile.get("negative") and not profile["event_type"]:
            # "could no longer depend on X" by a party of a claim itself told negated ("had not shared any evidence
            # with X"): a clause can deny only what some mention asserts
            candidate["asserted"] = candidate["id"] not in profile.get("own_assertions", ()) \
                and bool(db.claim_keys_with_prefix(candidate["id"], ASSERTED))
        if violent and candidate["event_type"] and type_class(candidate["event_type"]) == "violence" \
                and slot_value(candidate["roles"], "patient") is None:
            # a claim that names no party done to may be a fight between two sides (see fighting_sides)
            candidate["sides"] = {int(side) for k in db.claim_keys_with_prefix(candidate["id"], SIDES)
                                  for side in k[len(SIDES):].split(",") if side.isdigit()}
        score, rule = match(profile, candidate, linking)
        if score > best_score or (score == best_score and score > 0 and candidate["id"] < best):
            best, best_score, best_rule = candidate["id"], score, rule
        if rule[0] == "parties" and score > 0:
            by_parties.append((len(rule[1].split(",")), score, -candidate["id"], rule))
    if best_rule[0] == "parties" and by_parties:
        # claims found by the parties they share: the one sharing most parties is the claim, its wording deciding
        # only between claims sharing as many ("a load of rockets for the Guard left X aboard a freighter of Y" shares
        # the rockets, the Guard and Y with Y's hire to carry them, and only X and the Guard with X's agreement)
        shared, best_score, best, best_rule = max(by_parties)
        best = -best
    return best, *(best_rule if best is not None else ("", None))


def event_key(event_type: str | None, roles: dict[str, Any]) -> str:
    return f"{event_type}|{roles.get('actor', '?')}|{next((roles[r] for r in PATIENT_ROLES if r in roles), '?')}"


def tells_the_claims_words(claim: dict[str, Any], linked: dict[str, Any], linking: Linking) -> bool:
    """Whether a denial says in the linked claim's words what it says of a party, the party's own name aside: at
    least two of its words, and a share of them no smaller than `party_similarity`."""
    said = claim["tokens"] - claim.get("party_words", set())
    known = said & linked.get("vocabulary", linked["tokens"])
    return len(known) >= 2 and len(known) / max(1, len(said)) >= linking.party_similarity


def match_score(claim: dict[str, Any], linked: dict[str, Any], linking: Linking = DEFAULTS) -> float:
    """0 when the two cannot be one claim; otherwise higher the more they agree."""
    return match(claim, linked, linking)[0]


def match(claim: dict[str, Any], linked: dict[str, Any],
          linking: Linking = DEFAULTS) -> tuple[float, tuple[str, str | None]]:
    """0 when the two cannot be one claim; otherwise higher the more they agree, with the rule that matched.

    One event type and the same actor and patient identities make one claim however it is worded ("agreed to
    supply", "is arming", "the transfer of"); a role known on one side only does not part them, a different identity
    in the same role does."""
    similarity = jaccard(claim["tokens"], linked["tokens"])
    if claim.get("rejected") is not None and claim["rejected"] in linked.get("said_for", ()):
        # "rejecting the ministry's statement that they were fighters killed in combat": a statement rejected is
        # denied where it was made, in the words its maker's claim was told in
        share, plain = backoff.told_share(claim, linked)
        if share >= linking.event_told and plain >= linking.clause_plain:
            return 2.0 + share, (REJECTED, str(claim["rejected"]))
    if claim["event_type"] and linked["event_type"] and type_class(claim["event_type"]) != type_class(
            linked["event_type"]) and not generic_of(claim, linked) and not threat_of(claim, linked):
        return 0.0, ("", None)
    if claim["event_type"] == linked["event_type"] == "AID" and goods.other_goods(claim, linked):
        return 0.0, ("", None)  # one giver's patrol boats and its drones for one receiver: two transfers
    timed = times_compatible(claim["time_value"], linked["time_value"])
    sides = claim.get("sides")
    if sides and timed and linked["event_type"] and type_class(linked["event_type"]) == "violence" and {
            slot_value(linked["roles"], "actor"), slot_value(linked["roles"], "patient")} == set(sides):
        # "Ustrian and Kelmari forces clashed" of a claim that Kelmari troops attacked the Ustrian post, in its days:
        # one fight, whichever side the claim has as doer
        return 3.0 + similarity, ("event-key", event_key(claim["event_type"], linked["roles"]))
    if linked.get("sides") and claim["event_type"] and type_class(claim["event_type"]) == "violence":
        told = {slot_value(claim["roles"], "actor"), slot_value(claim["roles"], "patient")}
        if timed and told == linked["sides"]:
            # a claim that Kelmari troops attacked the Ustrian post, of "Ustrian and Kelmari forces clashed"
            return 3.0 + similarity, ("event-key", event_key(claim["event_type"], claim["roles"]))
        if any(isinstance(p, int) and p not in linked["sides"] for p in told):
            # a fight between two sides ("Ustrian and Kelmari forces clashed") holds no act of one side on a third
            # party or a town, nor any act of a party outside it
            return 0.0, ("", None)
    if claim["event_type"] and linked["event_type"]:
        agreed = parties = 0
        for slot in ("actor", "patient"):
            mine, theirs = slot_value(claim["roles"], slot), slot_value(linked["roles"], slot)
            if isinstance(mine, int) and isinstance(theirs, int):
                if mine != theirs and not (slot == "actor" and (denied_by_state(claim, linked)
                                                                or doers_answering(claim, linked, linking))):
                    return 0.0, ("", None)
                agreed += 1
                parties += 1
            elif mine is not None and mine == theirs:
                agreed += 1
            elif slot == "patient" and one_and_many(mine, theirs, linked.get("patient_kinds") or {}, (set(
                    claim.get("parties", ())) | set(claim.get("sentence_parties", ())) if isinstance(mine, str)
                    else set(linked.get("parties", ()))) | set(linked.get("members_of") or ())):
                return 0.0, ("", None)
        if parties == 1 and agreed == 1 and unnamed_patient(claim, linked, linking):
            agreed = 0
        if not agreed and complementary(claim, linked):
            share, _ = backoff.told_share(claim, linked)
            if share >= linking.party_similarity:
                return 1.0 + share, ("event-backoff", event_key(claim["event_type"], {**linked["roles"],
                                                                                        **claim["roles"]}))
        # one act told in its stages ("agreed in March to sell", "delivered on Monday") has a time for each stage:
        # with its doer and the party it is done to both the same, a time apart does not part them
        if not timed and parties < 2:
            return 0.0, ("", None)
        if agreed:
            key = event_key(claim["event_type"], claim["roles"])
            chain = answers_for(claim, linked, linking)
            # "two civilians died in Kessary when shells fired by Xian artillery hit their home": a mention whose own
            # role leaves the party done to in words, its sentence naming the claim's, is nearer that claim than one
            # that names no party done to
            theirs = slot_value(linked["roles"], "patient")
            beside = 0.5 if isinstance(theirs, int) and not isinstance(slot_value(claim["roles"], "patient"), int) \
                and theirs in claim.get("sentence_parties", ()) else 0.0
            return 1.0 + agreed + beside + similarity, ("event-key", f"{key}|{ANSWERS_FOR}{chain}" if chain else key)
        # a role empty on one side or filled by words only: the event type and the claim's words decide
        told = backoff.event_backoff(claim, linked, linking)
        if told:
            return 1.0 + told, ("event-backoff", event_key(claim["event_type"], claim["roles"]))
    if not timed:
        return 0.0, ("", None)
    chain = denial_answers_for(claim, linked)
    if chain is not None:
        doer = {"actor": claim["denial_doer"]}
        return 2.0 + similarity, ("event-key", f"{event_key(linked['event_type'], doer)}|{ANSWERS_FOR}{chain}"
                                                f"{DENIED_IN}{claim['denial_words']}")
    # "A security official told Gantry News Service that those four were intelligence officers": a clause re-told
    # from another outlet of the corpus, all of whose words a claim that outlet told holds, is that claim
    if claim.get("cited_outlet") in linked.get("told_by", ()) and not claim["event_type"] and not claim.get("negative"):
        share, plain = backoff.told_share(claim, linked)
        if share >= 1.0 and plain >= linking.event_plain:
            return 1.0 + share, (RE_TOLD, claim["cited_outlet"])
    # an event-less clause naming a participant of the claim and told in its words
    told = backoff.clause_backoff(claim, linked, linking)
    if told:
        return 1.0 + told, ("one-party", ",".join(map(str, sorted(set(claim.get("parties", []))))))
    # "X has been taken into custody by Y", "X is being held by Y": a clause the analysis gave no act that names both
    # the doer and the party done to of a claim, and tells an act of its type, is a mention of it however it words it
    told_act = act_of_clause(claim, linked)
    if told_act:
        return 1.0 + told_act, ("parties", ",".join(map(str, sorted(participants(linked)))))
    # an event-less claim cannot take on the type of the first event to come along by naming its parties
    if claim["event_type"] and not linked["event_type"]:
        return (similarity, ("wording", None)) if similarity >= linking.wording_similarity else (0.0, ("", None))
    # the parties a claim with an event is about are its roles; the others its mentions named in passing
    core = {v for v in linked["roles"].values() if isinstance(v, int)} or set(linked.get("parties", []))
    shared = set(claim.get("parties", [])) & core
    told = len(claim["tokens"] & linked.get("vocabulary", linked["tokens"])) / max(1, len(claim["tokens"]))
    # "Silent Marten denied that it had any part in the outage at Northline Grid": the doer a claim names denies it,
    # naming the party it was done to; what the denial calls the act is its own word, not the claim's
    doer, patient = slot_value(linked["roles"], "actor"), slot_value(linked["roles"], "patient")
    if claim.get("negative") and linked.get("asserted", True) and isinstance(doer, int) \
            and doer in claim.get("speakers", ()) and isinstance(
            patient, int) and patient in set(claim.get("parties", ())) | set(claim.get("sentence_parties", ())):
        return 1.0 + told, ("denied-by-doer", ",".join(map(str, (doer, patient))))
    # "Not one of the men we returned was tortured", said by the spokesman of the ministry of the state whose guards
    # the claim says tortured them: a denial of an act of the claim's type, told without a doer of its own by one who
    # speaks for the claim's doer, denies the claim when what it says is told in the claim's words
    if claim.get("negative") and linked.get("asserted", True) and isinstance(doer, int) \
            and doer in claim.get("spoken_for", ()) and claim["event_type"] and linked["event_type"] \
            and slot_value(claim["roles"], "actor") in (None, doer):
        if tells_the_claims_words(claim, linked, linking):
            return 1.0 + told, ("denied-by-doer", str(doer))
    # a denial names less than the claim it denies ("the Guard did not fire on anyone"): one party of the claim and
    # its words are enough, since a denial of something else about that party is seldom worded like the claim; the
    # state or body the claim's doer answers to is such a party ("no aid worker has been detained in X" of a unit
    # of X's police)
    denied = shared | (set(claim.get("parties", [])) & set(linked.get("actor_parents") or {}))
    # ... but a negated clause in the article's own voice that names neither the doer (nor whom it answers to) nor
    # any act says how things stand and denies nothing ("Dunmarra has no air defences of its own", of a claim that
    # Gallmark sends it some): a denial has a speaker, or names whom it clears
    answering = {doer} | set(linked.get("actor_parents") or {})
    if isinstance(doer, int) and not denied & answering and not claim.get("speakers") \
            and not claim.get("acts") and not claim["event_type"]:
        denied = set()
    if claim.get("denies_a_link") and not denied & answering:
        # "the operation was not linked to the disappearance of X's engineers": a link denied between something and
        # an act presupposes the act, and denies it only where the doer (or whom it answers to) is named
        denied = set()
    if claim.get("negative") and denied and linked.get("asserted", True):
        # what it says of the party, the party's own name aside, must be what the claim says
        if tells_the_claims_words(claim, linked, linking):
            return 1.0 + told, ("parties", ",".join(map(str, sorted(denied))))
    # "The ships, run by X, left port carrying flour that Y sent to Z" around another claim's act of aid to Z: a
    # clause holding an act done to a party is no mention of a claim that never names that party
    held = claim.get("held_patients")
    if held and not held & (set(linked.get("parties", [])) | core):
        return 0.0, ("", None)
    # the parties' names are shared by definition: besides them, the claim must say what was said of them; the words
    # of an office are part of a party's name ("Calverin's defence minister, Aurel Penhask", "the interior
    # minister"), not what is said of it
    plain = (claim.get("plain_tokens", claim["tokens"]) - office_words()) & linked.get("vocabulary", linked["tokens"])
    # ... and a claim whose doer is known is told only by a clause naming that doer: "the drones could let the
    # militia strike convoys" names what a supplier gave and to whom, not that the supplier gave it
    if isinstance(doer, int) and doer not in shared:
        shared = set()
    # ... nor are the heads a state's rulers go by ("the government's list of freed servicemen"), which name a party
    said = claim["tokens"] - RULER_WORDS
    told_of = len(said & linked.get("vocabulary", linked["tokens"])) / max(1, len(said))
    if len(shared) >= linking.shared_parties and told_of >= linking.party_similarity \
            and len(plain) >= linking.plain_words:
        return 1.0 + told, ("parties", ",".join(map(str, sorted(shared))))
    if similarity >= linking.wording_similarity:
        return similarity, ("wording", None)
    return 0.0, ("", None)


# the heads a state's rulers go by, as content words
RULER_WORDS = frozenset(stem(word) for word in identities.GOVERNING)


@lru_cache(maxsize=1)
def office_words() -> frozenset[str]:
    """The stems of the words that name an office: portfolios and office nouns ("defence", "minister", "ministry"),
    ranks and titles styled before a name ("general", "president") (entity_lexicon.yaml)."""
    from .. import lexicon

    data = lexicon.load("entity_lexicon.yaml")
    named = [*data["portfolios"]["entries"], *data["portfolios"]["offices"], *data["rank_titles"]["entries"]]
    return frozenset(stem(str(word).lower().rstrip(".")) for word in named)


def denied_by_state(claim: dict[str, Any], linked: dict[str, Any]) -> bool:
    """"Torvalia has not attacked anyone" of a claim that a unit of Torvalia's army attacked: a denial whose doer is
    the state a body of which is the claim's doer ("Vordan's military intelligence", "the Quorvian coast guard"), or
    the body or state a group answers to ("a hacking group run by Vordan's intelligence service"), denies that
    act; a state answers for its bodies and for the groups they run (see identities.ancestors)."""
    if not claim.get("negative"):
        return False
    # ... and "X's defence ministry denied that it had deployed launchers" of a claim that X deployed them: a body
    # denying an act of its own denies the act of the state it speaks for
    return slot_value(claim["roles"], "actor") in (linked.get("actor_parents") or {}) or \
        slot_value(linked["roles"], "actor") in (claim.get("actor_parents") or {})


def denied_act_told(claim: dict[str, Any], mentions: list[tuple[int, int, int]]) -> dict[str, Any]:
    """What a denial without an event tells of the act it denies: its doer, the party its words name last before its
    verb ("Tesmeria has not poisoned anyone", "the ministry said Ardovia has never attacked anyone's grid"), and the
    types the lexicon gives its verb or a nominal after it ("never carried out any attack on"), with those words."""
    span, trigger = claim["span"], claim.get("trigger") or {}
    if "start" not in trigger or not span["start"] <= trigger["start"] < span["end"]:
        return {}
    before = [(end, identity) for identity, start, end in mentions
              if span["start"] <= start and end <= trigger["start"]]
    if not before:
        return {}
    end, doer = max(before)
    told = span["text"][trigger["start"] - span["start"]:]
    types = acts.acts_told(told)
    if not types:
        return {}
    return {"denial_doer": doer, "denial_acts": sorted(types), "denial_generic": acts.generic(told),
            "denial_words": span["text"][end - span["start"]:].strip(" ,").replace("|", " ")}


def denial_answers_for(claim: dict[str, Any], linked: dict[str, Any]) -> str | None:
    """The relations by which the doer of a denial without an event answers for a claim's doer, when the act its
    words tell meets the claim's type: "Tesmeria has never attacked anyone's grid" of a cyberattack by a group its
    intelligence service runs (a generic word for a hostile act meets any hostile type; see generic_of). A party done
    to that the denial names must be the claim's own."""
    doer = claim.get("denial_doer")
    if doer is None or claim["event_type"] or not linked["event_type"] or not claim.get("negative"):
        return None
    # "Castorra has made no loan to Welvin" of a claim that Castorra lends to Welvin: the doer denying its own act
    # answers for it by no relation at all
    own = doer == slot_value(linked["roles"], "actor")
    chain = "" if own else (linked.get("actor_parents") or {}).get(doer)
    if chain is None:
        # "Castorra's finance ministry said it had made no loan to Welvin": a body denying as its own the act of the
        # state it speaks for denies that act (as denied_by_state has it of a denial with an event)
        chain = (claim.get("doer_parents") or {}).get(slot_value(linked["roles"], "actor"))
        own = chain is not None
    if chain is None:
        return None
    kind = type_class(linked["event_type"])
    if kind not in {type_class(t) for t in claim.get("denial_acts", ())} and not (
            claim.get("denial_generic") and linked["event_type"] in acts.HOSTILE):
        return None
    answering = {doer, slot_value(linked["roles"], "actor"), *(linked.get("actor_parents") or {})}
    others = set(claim.get("parties", ())) - answering
    patient = slot_value(linked["roles"], "patient")
    if others and others != {patient}:
        return None
    if own and not (isinstance(patient, int) and patient in others):
        # a doer does many acts of a type: its own denial is of this one only where it names the party done to
        return None
    return chain


def answers_for(claim: dict[str, Any], linked: dict[str, Any], linking: Linking = DEFAULTS) -> str | None:
    """The words of the relations by which a denial's doer answers for the claim's doer, or one doer of an act
    answers to the other, when it does."""
    if not denied_by_state(claim, linked):
        return doers_answering(claim, linked, linking)
    mine = slot_value(claim["roles"], "actor")
    if mine in (linked.get("actor_parents") or {}):
        return linked["actor_parents"][mine]
    return claim["actor_parents"][slot_value(linked["roles"], "actor")]


def doers_answering(claim: dict[str, Any], linked: dict[str, Any], linking: Linking = DEFAULTS) -> str | None:
    """"The Grey Battalion, a unit controlled by X's interior ministry, detained three workers of Y" in one report and
    "X is holding three workers of Y" in another: an act done to the same party by a unit and by the state or body it
    answers to is one act, told by who did it or by who answers for it, when it is told in the claim's words (another
    act of the state on that party is not). The words of the relations between
    the two doers, else None."""
    if claim.get("negative"):
        return None
    done_to = slot_value(claim["roles"], "patient")
    # a mention naming no party done to is of the claim's act when told of the day the claim's act was done
    if not (isinstance(done_to, int) and done_to == slot_value(linked["roles"], "patient")
            or done_to is None and same_day_act(claim, linked)):
        return None
    mine, theirs = slot_value(claim["roles"], "actor"), slot_value(linked["roles"], "actor")
    chain = (linked.get("actor_parents") or {}).get(mine)
    chain = chain if chain is not None else (claim.get("actor_parents") or {}).get(theirs)
    if chain is None:
        return None
    if done_to is None:
        return chain  # the doer's act of the claim's type on the claim's day (see unnamed_patient)
    # the two doers and the party done to are named on both sides: the rest of what it says must be the claim's
    # words, at least one of them besides the names ("Y seized the offices of Z" is another act on Z)
    share, plain = backoff.told_share(claim, linked)
    return chain if share >= linking.event_told and plain >= 1 else None


_ITS = re.compile(r"\bits\b")


# the rule of a clause re-told from the outlet that told the claim (see match)
RE_TOLD = "re-told"
# the rule of a statement rejected as its maker's ("rejected X's assertion that ..."): see rejected_maker
REJECTED = "rejected-statement"
# "rejecting the Serravinian defence ministry's statement on Wednesday that ...", "rejected X's assertion that ...":
# a verb of rejecting, the maker's name with its possessive, a noun of saying, and "that" before the content
_REJECTED_STATEMENT = re.compile(
    r"\b(?:reject|dismiss|den(?:y|ie)|refut|disput|contest|challeng|contradict)\w*\s+(?:the\s+)?"
    r"(?P<maker>[A-Za-z][\w-]*(?:\s+[\w-]+){0,4}?)['’]s?\s+(?:[a-z]+\s+)?"
    r"(?:statement|assertion|claim|account|version|contention|suggestion|allegation|argument|insistence|"
    r"explanation)s?\b[^.;\"“”]{0,40}?\bthat\s*$")


def rejected_maker(db: LinkStore, claim: dict[str, Any], text: str) -> int | None:
    """The party whose statement a claim is, where its sentence rejects that statement ("rejected Serravin's
    assertion that the dead were fighters"): the one identity its maker's name means. PolNeAR train: 18 statements
    given with their maker's possessive ("Obama's statement that", "Trump's claims that"), 3 "rejected/dismissed/
    challenged the assertion/argument that", none of them both (weak)."""
    start = claim["span"]["start"]
    begin, _ = sentence_bounds(text, start, claim["span"]["end"])
    match = _REJECTED_STATEMENT.search(text[begin:start])
    if match is None:
        return None
    maker = match.group("maker")
    if maker[:1].islower():
        # "rejected the ministry's statement that ...": a body's common noun with its possessive (no pronoun) is the
        # body of that head the article named last before, with its state ("Ustria's defence ministry said ...")
        if not re.match(r"['’]s\b", text[begin + match.end("maker"):]):
            return None
        head = re.escape(maker.split()[-1])
        named = list(re.finditer(rf"\b[A-Z][\w-]+(?:['’]s)?\s+(?:[a-z][\w-]*\s+){{0,2}}?{head}\b",
                                 text[:begin + match.start("maker")]))
        if not named:
            return None
        maker = named[-1].group(0)
        body = identities.state_body(db, maker)
        found = identities.lookup(db, maker) or ([body[0]] if body is not None else [])
    else:
        found = identities.lookup(db, maker)
    return found[0] if len(found) == 1 else None


def possessor_speaker(db: LinkStore, result: dict[str, Any], claim: dict[str, Any],
                      identity_of: dict[str, int]) -> int | None:
    """"The charity said police had been holding 14 of its employees": "its" in what a body is reported to say is the
    body itself, a party of the clause though the clause never names it (an "its" cannot stand for a person, so a
    source the corpus knows as a person gives none)."""
    if not _ITS.search(claim["span"]["text"]):
        return None
    own = next((a for a in result.get("attributions", []) if a["id"] == claim.get("attribution")), None)
    identity = identity_of.get((own or {}).get("source_entity") or "")
    if identity is None:
        return None
    known = db.identities([identity])
    return identity if known and known[0][2] not in (None, "PERSON") else None


def speakers(db: LinkStore, result: dict[str, Any], attribution: str | None, identity_of: dict[str, int]) -> set[int]:
    """Who a claim is said by: the identities of its sources, or of a source named outright that the entity list
    missed ("Silent Marten denied that it had any part in ...")."""
    found = chain_sources(result, attribution, identity_of)
    own = next((a for a in result.get("attributions", []) if a["id"] == attribution), None)
    text = " ".join(s.get("text", "") for s in (own or {}).get("source") or []).strip()
    if not found and text and identities.looks_like_name(text) and text.split()[-1][:1].isupper():
        found = set(identities.lookup(db, text))
    return found


def type_class(event_type: str) -> str:
    return TYPE_CLASSES.get(event_type, event_type)


def participants(linked: dict[str, Any]) -> set[int]:
    """The identities filling a claim's doer and done-to slots."""
    return {v for v in (slot_value(linked["roles"], s) for s in ("actor", "patient")) if isinstance(v, int)}


# the entity kinds of places (OntoNotes: countries, cities and towns; other locations; buildings and sites)
PLACE_KINDS = {"GPE", "LOC", "FAC"}


def one_and_many(mine: Any, theirs: Any, kinds: dict[int, str | None], told_with: set[int] = frozenset()) -> bool:
    """"detained the journalist Irina Stanek" and "had arrested two men in Lusk": one named person and a counted
    group of people ("two men", "14 staff members") are two parties done to, not one told two ways. A counted group
    and an organisation are one only when the group is told as the organisation's people: by a word for its members
    ("14 staff members", "fourteen aid workers"), or with the organisation named beside it (`told_with`, the parties
    named with the group)."""
    for one, group in ((mine, theirs), (theirs, mine)):
        if not (isinstance(one, int) and isinstance(group, str)) or not counts_many(group.removeprefix("words:")):
            continue
        kind = kinds.get(one)
        if kind == "PERSON":
            return True
        if kind == "ORG" and one not in told_with \
                and not set(group.removeprefix("words:").split()) & set(identities.MEMBERS):
            return True
        # "shelled the town of Mirrow" and "shot dead at least 30 civilians in the village of Dresk": a place done to
        # and a counted group of people told without naming that place are two acts, done in two places
        if kind in PLACE_KINDS and one not in told_with:
            return True
    return False


def unnamed_patient(claim: dict[str, Any], linked: dict[str, Any], linking: Linking = DEFAULTS) -> bool:
    """"The service had arrested two men in Lusk", "the group had hacked into the email accounts of its staff": a
    mention of an act by the claim's doer that names no party done to, where the claim has one, is a mention of the
    claim only when its sentence names that party or it is told in the claim's words; a doer does many acts of one
    type. A denial names less than what it denies, and is matched all the same."""
    patient = slot_value(linked["roles"], "patient")
    if claim.get("negative") or slot_value(claim["roles"], "patient") is not None or not isinstance(patient, int):
        return False
    if patient in set(claim.get("sentence_parties", ())) | set(claim.get("parties", ())):
        return False
    # "the cyberattack ... on October 29": the doer's act of the claim's type on the day the claim's act was done is
    # that act, the party done to left out
    if same_day_act(claim, linked):
        return False
    share, plain = backoff.told_share(claim, linked)
    return not (share >= linking.event_told and plain >= linking.event_plain)


def same_day_act(claim: dict[str, Any], linked: dict[str, Any]) -> bool:
    """Whether a mention naming no party done to is the doer's act on the claim's day: it is, unless its article
    tells an act of that type by that doer on a party other than the claim's ("struck the depot at Vell ... the
    strike on Monday"): one doer may do two such acts in a day, and the mention may be the other."""
    if not done_on(claim.get("time_value"), linked.get("time_value")):
        return False
    return not set(claim.get("doer_targets", ())) - {slot_value(linked["roles"], "patient")}


def doer_targets(events: list[dict[str, Any]], identity_by_name: dict[str, int]) -> dict[tuple[str, Any], set[int]]:
    """The parties an article tells each doer did acts of each type to: (type class, doer identity) -> done-to
    identities, where the analysis named both."""
    found: dict[tuple[str, Any], set[int]] = {}
    for event in events:
        roles = event.get("roles") or {}
        patient = slot_value(roles, "patient")
        if not isinstance(patient, str) or patient == roles.get("location"):
            continue  # "shelled the town of Vell": where the act was done is not whom it was done to
        doer, done_to = identity_by_name.get(str(roles.get("actor") or "")), identity_by_name.get(patient)
        if doer is not None and done_to is not None and done_to != doer:
            found.setdefault((type_class(event_type(event) or ""), doer), set()).add(done_to)
    return found


def done_on(day: str | None, when: str | None) -> bool:
    """Whether a day ("2025-10-29") falls on the day or in the week ("2025-W44") a claim's act was done."""
    if not day or not when or not _DAY_VALUE.match(day) or not (_DAY_VALUE.match(when) or _WEEK_VALUE.match(when)):
        return False
    span, told = calendar_range(when), calendar_range(day)
    return bool(span and told) and span[0] <= told[0] <= span[1]


_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def one_slot(profile: dict[str, Any]) -> bool:
    """Whether a claim's act names an identity in one of its doer and done-to slots and leaves the other empty."""
    if not profile["event_type"]:
        return False
    slots = [slot_value(profile["roles"], s) for s in ("actor", "patient")]
    return slots.count(None) == 1 and any(isinstance(v, int) for v in slots)


def complementary(claim: dict[str, Any], linked: dict[str, Any]) -> bool:
    """"Hackers of the group carried out the cyberattack" and "last week's cyberattack on the rail operator": one
    report names the doer only, the other the party done to only. The two are one act when the mention's article
    names the party it leaves out as the claim has it; an act's two halves never conflict by their roles alone."""
    if claim.get("negative"):
        return False
    named = set(claim.get("article_parties", ()))
    (mine_actor, mine_patient), (their_actor, their_patient) = (
        [slot_value(roles, s) for s in ("actor", "patient")] for roles in (claim["roles"], linked["roles"]))
    for told, left, mine, theirs in ((mine_actor, mine_patient, their_actor, their_patient),
                                     (mine_patient, mine_actor, their_patient, their_actor)):
        # the mention tells one slot the claim leaves empty, and leaves empty the one the claim tells
        if isinstance(told, int) and left is None and mine is None and isinstance(theirs, int):
            return theirs in named
    return False


def generic_of(claim: dict[str, Any], linked: dict[str, Any]) -> bool:
    """"Copper Wasp had attacked the water authority" of a claim that it hacked into the authority's systems: an act
    told by a generic word for a hostile act, whose doer and done-to are the claim's own two identities, is the
    claim's act told in other words."""
    if not claim.get("generic") or claim["event_type"] not in acts.HOSTILE or linked["event_type"] not in acts.HOSTILE:
        return False
    pairs = [(slot_value(claim["roles"], s), slot_value(linked["roles"], s)) for s in ("actor", "patient")]
    if all(isinstance(a, int) and a == b for a, b in pairs):
        return True
    # "Ardovia has not attacked and will never attack ..." of a claim that a group its intelligence service runs hacked
    # a grid: the state's denial in a generic word, naming no other party done to
    if not denied_by_state(claim, linked):
        return False
    return not isinstance(pairs[1][0], int) or pairs[1][0] == pairs[1][1]


# a negated link between two things ("was not linked to", "is not connected with"); PolNeAR train: 2 "not
# (directly) related to", each denying a link, neither the thing linked (a weak count)
_DENIED_LINK = re.compile(r"\b(?:not|never|n['’]t|no longer)\s+(?:(?:be|been|being|in any way|directly)\s+){0,2}"
                          r"(?:linked|related|connected|tied)\s+(?:to|with)\b", re.I)


def act_of_clause(claim: dict[str, Any], linked: dict[str, Any]) -> float:
    """A clause without an event naming both identities of a claim's doer and done-to and telling an act of the
    claim's type (a trigger word, or the state the act leaves: "in custody"); its share of the claim's words, 0 when
    it is not such a clause. A denial is matched by what it says of a party it names (see match)."""
    if claim["event_type"] or not linked["event_type"] or claim.get("negative"):
        return 0.0
    both = participants(linked)
    if len(both) < 2 or not both <= set(claim.get("parties", ())):
        return 0.0
    if not {type_class(t) for t in claim.get("acts", ())} & {type_class(linked["event_type"])}:
        return 0.0
    share, _ = backoff.told_share(claim, linked)
    return share


def slot_value(roles: dict[str, Any], slot: str) -> Any:
    if slot == "actor":
        return roles.get("actor")
    return next((roles[r] for r in PATIENT_ROLES if r in roles), None)


def times_compatible(a: str | None, b: str | None) -> bool:
    """Unknown times agree with anything; "2025-02" agrees with "2025-02-14"; two days at most three days apart; a
    season or a quarter with any time of its year."""
    if not a or not b or a.startswith(b) or b.startswith(a):
        return True
    if _WEEK_VALUE.match(a) or _WEEK_VALUE.match(b):
        # a week ("last week": 2025-W44) is seven known days, not a part of its year to be read loosely like a season
        first, second = calendar_range(a), calendar_range(b)
        if first and second:
            return days_apart(first, second) <= 3
    if not (_CALENDAR_VALUE.match(a) and _CALENDAR_VALUE.match(b)):
        # a season or a part of a year ("2026-SU", "2025-Q3") holds many days: only its year can disagree
        return a[:4] == b[:4]
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= 3
    except ValueError:
        return False


# a time value of the calendar: a year, a month or a day (TIMEX3 values also name seasons, quarters, weeks)
_CALENDAR_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_WEEK_VALUE = re.compile(r"^(\d{4})-W(\d{2})$")


def calendar_range(value: str) -> tuple[date, date] | None:
    """The first and last day of a year, month, day or ISO week value; None for any other."""
    try:
        week = _WEEK_VALUE.match(value)
        if week:
            monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
            return monday, monday + timedelta(days=6)
        if not _CALENDAR_VALUE.match(value):
            return None
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            day = date(*parts)
            return day, day
        if len(parts) == 2:
            first = date(parts[0], parts[1], 1)
            following = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return first, following - timedelta(days=1)
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except ValueError:
        return None


def days_apart(first: tuple[date, date], second: tuple[date, date]) -> int:
    """Days between two stretches of days; 0 when they overlap."""
    return max(0, (second[0] - first[1]).days, (first[0] - second[1]).days)


def create(db: LinkStore, profile: dict[str, Any], published: str | None, voter: str | None = None) -> int:
    key = db.create_linked_claim(profile["text"], profile["event_type"], profile["roles"], profile["time_value"],
                                 sorted(profile["tokens"]), published)
    add_keys(db, key, profile["keys"] | role_votes(profile, voter))
    return key


# the key of a claim told as a fight between two sides: "sides:3,8" (see fighting_sides)
SIDES = "sides:"
# the part of an event key that gives the relations by which a denial's doer answers for the claim's doer
ANSWERS_FOR = "answers for: "
# the words of a denial without an event, kept after the relations it was matched through
DENIED_IN = "|denied in: "


# a mention's vote for who fills a role of its claim, kept as a key of the claim: "role:actor=12@3" (the role, the
# value as JSON, the voting copy group "g3" or document "d7": a copy of an article is no second voice), the evidence of the roles the
# claim shows
ROLE_VOTE = "role:"


def role_votes(profile: dict[str, Any], voter: str | None) -> set[str]:
    """The votes a mention casts for its claim's roles: one per role per copy group; a denial casts none."""
    if voter is None or profile.get("negative") or not profile["event_type"]:
        return set()
    return {f"{ROLE_VOTE}{role}={json.dumps(value)}@{voter}" for role, value in profile["roles"].items()}


def voted_roles(db: LinkStore, key: int, roles: dict[str, Any]) -> dict[str, Any]:
    """The roles the most articles told: a value told by more copy groups than the present one replaces it ("at
    least 12 people" read as the patient of a shelling once, the village in two other reports); on a tie the present
    value, the first report's, stays, unless the other names a party and it does not. A value naming an identity since
    merged into another casts no vote."""
    counts: dict[str, dict[str, set[str]]] = {}
    for vote in db.claim_keys_with_prefix(key, ROLE_VOTE):
        told, _, voter = vote[len(ROLE_VOTE):].rpartition("@")
        role, _, value = told.partition("=")
        counts.setdefault(role, {}).setdefault(value, set()).add(voter)
    voted = dict(roles)
    for role, values in counts.items():
        present = json.dumps(roles[role]) if role in roles else None
        # on a tie a named party outweighs words: "seized a cargo ship" in one report and "seized the cargo ship Sabrel
        # Wind" in another tell one ship, and the name says which
        # (the key ranks the present value first among equals, so another value wins only by more voices, or by as
        # many with a name where the present value has none)
        best = max(values, key=lambda v: (len(values[v]), named_vote(v), v == present))
        if best == present:
            continue
        value = json.loads(best)
        if isinstance(value, int) and db.identity_name(value) is None:
            continue
        voted[role] = value
    return voted


def named_vote(value: str) -> bool:
    """Whether a role vote's value names an identity rather than words."""
    return value.isdigit()


def extend(db: LinkStore, key: int, profile: dict[str, Any], published: str | None,
           linking: Linking = DEFAULTS, voter: str | None = None) -> None:
    """A new mention widens the linked claim's time range, and what it knows of the event, and its keys; its roles
    are a vote (role_votes), read again when it tells a role otherwise than the claim holds it."""
    row = db.linked_claim_state(key)
    # a denial words the claim its own way ("did not use live ammunition against citizens"): the roles it leaves
    # empty are filled by the reports that assert the claim
    told = {} if profile.get("negative") else profile["roles"]
    roles = {**told, **row["roles"]} if (row["event_type"] or profile["event_type"]) else {}
    votes = role_votes(profile, voter)
    add_keys(db, key, profile["keys"] | votes)
    if votes and any(row["roles"].get(role, value) != value for role, value in told.items()):
        roles = voted_roles(db, key, roles)
    dates = [d for d in (row["first_published"], row["last_published"], published) if d]
    db.update_linked_claim(key, row["event_type"] or profile["event_type"], roles,
                           row["time_value"] or profile["time_value"],
                           min(dates) if dates else None, max(dates) if dates else None)
    words = db.claim_vocabulary(key)
    if len(words) < linking.max_vocabulary:
        db.set_claim_vocabulary(key, sorted(words | profile["tokens"]))


def party_words(name: str | None) -> set[str]:
    """The words that name a party: those of its name and, for a one-word place name, its adjective ("Tevrenia" ->
    "tevrenian"): "no longer depend on Tevrenian power" says of Tevrenia only "depend" and "power"."""
    words = set(content_words(name or ""))
    if name and " " not in name.strip():
        words |= {form.lower() for form in adjective_forms(name.strip())}
    return words


def add_keys(db: LinkStore, key: int, keys: set[str]) -> None:
    db.add_claim_keys(key, keys)
