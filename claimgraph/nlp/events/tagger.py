"""The events pipeline component: finds each act's trigger, builds its record and runs the passes over them."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from ...lexicon import load
from ..annotations import EventRecord, entity_index, register_extensions, set_events, story_start_token
from ..component import Component, GAZETTEER, factory
from ..layout import dateline_words
from ..table import token_table
from ..token_cache import token_list
from .actors import ActorReading
from .means import MeansReading
from .parties import PartyReading
from .places import PlaceReading
from .records import (answered_requests, carry_movers, carry_parties, carry_recipients, carry_targets, fold_purposes,
                      fold_results, fold_tolls, is_back_reference, link_embedded, merge_mentions)
from .retyping import TypeReading
from .roles import RoleFilling
from .senses import StrikeSenses
from .syntax import (agentless_passive, blamed, names_the_measure, permits_a_party, tells_content, temporal,
                     told_by_someone, undergoer, verb_forms)
from .taking import TakingReading
from .targets import TargetPasses
from .times import TimeReading
from .triggers import TriggerReading
from .words import (ARMED_CODES, DESCRIPTORS, FORCE_TYPES, HOSTILE, LEXICON, MOVING, PERMISSIVE_VERBS,
                    POSSIBILITY_MODALS, REPORTING_VERBS, STATE_BODIES, VISIT_NOUNS, WEAPONS_OF_WAR, WORDS_AT_PARTIES)


@factory("claimgraph_events_v1", alias="claimgraph_events",
         requires=["span._.cg_entity", "span._.cg_time", "doc._.cg_front_matter", "doc.ents", "token.dep",
                   "token.lemma"],
         assigns=["doc.spans", "span._.cg_event", "span._.cg_event_role", "span._.cg_event_mention"])
def make_events(nlp: Language, name: str) -> "EventTagger":
    return EventTagger()


class EventTagger(TriggerReading, TakingReading, StrikeSenses, ActorReading, TargetPasses, MeansReading, PlaceReading,
                  TypeReading, RoleFilling, PartyReading, TimeReading, Component):
    """Types events from the trigger lexicon and fills their roles from the dependency tree and the entities."""

    DATA = (LEXICON, "entity_lexicon.yaml", "titles.yaml", DESCRIPTORS, *GAZETTEER)

    def __init__(self) -> None:
        register_extensions()
        self.story_start = 0
        self.dateline = range(0)

    def load(self) -> None:
        data = load(LEXICON)
        self.facilities = frozenset(word for word, spec in load(DESCRIPTORS)["descriptions"].items()
                                    if "FAC" in (spec or {}).get("types", []))
        self.verbs: dict[str, str] = {}
        self.nouns: dict[str, str] = {}
        self.modes: dict[str, dict] = {}
        self.verb_modes: dict[str, str] = {}
        self.object_recipients: set[str] = set()
        for type_, spec in data["types"].items():
            self.verbs.update({lemma: type_ for lemma in spec.get("verbs", [])})
            self.nouns.update({lemma: type_ for lemma in spec.get("nouns", [])})
            if "mode_by_theme" in spec:
                self.modes[type_] = spec["mode_by_theme"]
            self.verb_modes.update(spec.get("mode_by_verb", {}))
            self.object_recipients.update(spec.get("object_is_recipient", []))
        self.supply_crimes = set(data["types"]["CRIME"].get("supply_crimes", []))
        self.crime_modes: dict[str, str] = dict(data["types"]["CRIME"].get("crime_modes", {}))
        self.phrases: dict[str, list[dict]] = {}
        for entry in data["phrases"]["entries"]:
            for head in entry["heads"]:
                self.phrases.setdefault(head, []).append(entry)
        force = data["conventional_force"]
        self.force_verbs, self.force_actors = set(force["verbs"]), set(force["actors"])
        self.destroy_verbs = set(force["destroy_verbs"])
        self.deployed = set(force["deployed"])
        self.armed_targets = set(force["armed_targets"]["entries"])
        self.warlike = self.force_actors | self.armed_targets  # a craft an armed force's word marks rams as force
        self.armed_target_modifiers = set(force["armed_targets"]["modifiers"])
        self.armed_target_heads = set(force["armed_targets"]["modified_heads"])
        self.mission_people = set(force["mission_people"])
        self.own_people_nouns = self.mission_people | self.deployed | set(data["own_people"]["entries"])
        self.dispute_verbs, self.physical_parties = set(force["dispute_verbs"]), set(force["physical_parties"])
        self.member_nouns = set(data["member_nouns"]["entries"])
        self.representatives = set(data["body_representatives"]["entries"])
        self.unrealised_verbs = set(data["unrealised_objects"]["entries"])
        self.false_accounts = set(data["false_accounts"]["entries"])
        self.condemning = {w for group in data["condemning_predicates"]["groups"] for w in group["entries"]}
        self.unarmed_parties = set(force["unarmed_parties"])
        civilians = force["aimed_fire_civilians"]
        # people and craft outside any armed force, by their own word
        self.civilian_words = set(civilians["people"]) | set(civilians["craft"])
        self.civilian_craft_heads = set(civilians["modified_craft"])
        self.civilian_modifiers = set(civilians["modifiers"])
        self.leader_titles = {t for t in load("titles.yaml")["leader_titles"] if " " not in t}
        weapons = data["weapons"]
        self.instrument_objects = set(weapons["instrument_object_verbs"])
        self.weapon_modes = {word: mode for mode, words in weapons["modes"].items() for word in words}
        self.aid_modes = {word: mode for mode in ("military", "humanitarian", "economic") for word in weapons[mode]}
        self.aid_modes.update({word: "military" for word in self.weapon_modes})
        intent = data["intent"]
        self.modals, self.intent_predicates = set(intent["modals"]), set(intent["predicates"])
        self.cooperative, self.hostile = set(intent["cooperative"]), set(intent["hostile"])
        self.own_departures = set(intent["own_departures"])
        self.lawsuits = set(intent["lawsuits"])
        self.deontic = set(intent["deontic"])
        self.conditions = set(intent["conditions"])
        self.negative_implicatives = set(intent["negative_implicatives"])
        self.force_complements = set(intent["force_complements"])
        self.statement_verbs = set(intent["statement_verbs"])
        self.discussion_verbs = set(intent["discussion_verbs"])
        self.statement_objects = set(intent["statement_objects"])
        self.source_descriptions: dict[str, str] = dict(intent["source_descriptions"])
        self.anonymity_words = set(intent["anonymity"]["words"])
        self.withheld_names = set(intent["anonymity"]["withheld_names"])
        self.knowledge_nouns = set(intent["knowledge_nouns"])
        self.ground_defence_verbs = set(intent["ground_defence_verbs"])
        self.arrival_welcomes = set(intent["arrival_welcomes"])
        self.act_heads = set(intent["act_heads"])
        self.threat_heads = set(intent["threat_heads"])
        verbal = data["verbal_attacks"]
        self.verbal_attack_verbs, self.verbal_objects = set(verbal["heads"]), set(verbal["objects"])
        # acts a threat may hold over someone ("a strike threat", "a veto threat"): the hostile ones and strikes
        self.threatened = (self.hostile | {"PROTEST", "REJECT"}) - {"THREATEN"}
        self.restriction_objects = set(intent["restriction_objects"])
        self.purpose_predicates = set(intent["purpose_predicates"])
        self.charge_verbs = set(intent["charge_verbs"])
        self.background_charges = set(intent["background_charges"])
        self.when_heads = set(intent["when_heads"])
        self.responsibility_verbs: dict[str, str] = dict(intent["responsibility_verbs"])
        claims = intent["responsibility_claims"]
        self.claim_verbs, self.claim_nouns = set(claims["verbs"]), set(claims["nouns"])
        self.claim_speakers = set(claims["speakers"])
        self.circumstance_nouns = set(intent["circumstance_nouns"])
        self.policy_nouns = set(intent["policy_nouns"])
        self.accidents = set(data["accidental_explosions"]["modifiers"])
        self.routine_hearings = set(data["proceeding_hearings"]["modifiers"])
        self.hearing_courts = set(data["proceeding_hearings"]["courts"])
        self.press_requests = (set(data["press_requests"]["heads"]), set(data["press_requests"]["objects"]))
        self.press_request_verbs = set(data["press_requests"]["verbs"])
        self.fallout = set(data["fallout_nouns"]["entries"])
        self.disruption_verbs = set(data["disrupted_flows"]["verbs"])
        illness = data["medical_attacks"]
        self.illness_heads, self.illness_modifiers = set(illness["heads"]), set(illness["modifiers"])
        nature = data["natural_forces"]
        self.natural_forces, self.storm_openers = set(nature["nouns"]), set(nature["name_openers"])
        self.vehicles = set(data["vehicles"]["entries"])
        craft = data["armed_craft"]
        self.craft_heads, self.craft_modified = set(craft["heads"]), set(craft["modified_heads"])
        self.craft_modifiers = set(craft["modifiers"])
        figures = data["figurative_harm"]
        self.figurative_verbs, self.figurative_objects = set(figures["verbs"]), set(figures["objects"])
        goods = data["national_goods"]
        self.goods_measures, self.traded_goods = set(goods["measures"]), set(goods["goods"])
        kinds = data["company_kinds"]
        self.company_modifiers, self.company_nouns = set(kinds["modifiers"]), set(kinds["nouns"])
        self.nominal_control = set(data["nominal_control_verbs"]["entries"])
        self.object_control = set(data["object_control_verbs"]["entries"])
        self.prepositional_control = dict(data["prepositional_control_verbs"]["entries"])
        self.place_nouns = set(data["place_nouns"]["entries"])
        self.plan_nouns = set(data["plan_nouns"]["entries"])
        self.schedule_verbs = set(data["schedule_verbs"]["entries"])
        self.aim_nouns = set(data["aim_nouns"]["entries"])
        stances = data["stance_passives"]
        self.stance_passives, self.contrastive_participles = set(stances["verbs"]), set(stances["contrastive"])
        self.removal_verbs = set(data["removal_verbs"]["entries"])
        self.collective = set(data["collective_nouns"]["entries"])
        risk = data["risk_subjects"]
        self.risk_nouns, self.risk_suffixes = set(risk["nouns"]), tuple(risk["suffixes"])
        described = load(DESCRIPTORS)
        self.party_bodies = set(risk["bodies"]) | {
            word for word, spec in described["descriptions"].items()
            if set(spec.get("types", ())) & {"ORG", "PERSON", "GPE", "NORP"}} | set(
            described["government_body_heads"]["entries"]) | set(described["state_service_heads"]["entries"])
        self.intransitive_nominals = set(data["intransitive_nominals"]["entries"])
        self.patient_nominals = set(data["patient_nominals"]["entries"])
        self.custody_preps = set(data["custody"]["prepositions"])
        self.held_verbs = set(data["custody"]["held_verbs"])
        self.travel_verbs = set(data["travel_verbs"]["entries"])
        self.authority_acts = set(data["authority_acts"]["entries"])
        self.naming_verbs = set(data["naming_verbs"]["entries"])
        self.response_nouns = set(data["response_nouns"]["entries"])
        listing = data["sanction_listing"]
        self.listing_verbs, self.lists = set(listing["verbs"]), set(listing["lists"])
        self.list_modifiers, self.designations = set(listing["list_modifiers"]), set(listing["designations"])
        self.sanction_context = set(listing["context"])
        contact = data["contact_places"]
        self.contact_nouns, self.contact_modifiers = set(contact["nouns"]), set(contact["modifiers"])
        self.contact_verbs, self.contact_prep_verbs = set(contact["verbs"]), set(contact["preposition_verbs"])
        cyber = data["cyber_context"]
        self.cyber_nouns, self.cyber_cues = set(cyber["nouns"]), set(cyber["cues"])
        self.cyber_antecedents = set(cyber["antecedents"])
        self.intrusion_verbs, self.machines = set(cyber["intrusion_verbs"]), set(cyber["machines"])
        self.cyber_verbs, self.cyber_operators = set(cyber["attack_verbs"]), set(cyber["operators"])
        self.cut_services = set(cyber["services"])
        self.supplying_places = set(data["supplying_places"]["entries"])
        published = data["published_things"]
        self.publishing_verbs, self.published_things = set(published["verbs"]), set(published["objects"])
        self.verb_idioms = {verb: (set(spec.get("objects", [])), set(spec.get("particles", [])),
                                   set(spec.get("before", [])))
                            for verb, spec in data["verb_idioms"].items() if verb != "source"}
        self.deadline_preps = {verb: set(spec["deadlines"])
                               for verb, spec in data["verb_idioms"].items() if verb != "source" and "deadlines" in spec}
        labour = data["labour_context"]
        self.labour_nouns, self.labour_lengths = set(labour["nouns"]), set(labour["lengths"])
        self.workforce, self.labour_cues = set(labour["workforce"]), set(labour["cues"])
        self.armed_cues = set(labour["armed"])
        self.armed_modifiers, self.follow_determiners = set(labour["armed_modifiers"]), set(labour["follow"])
        groups = data["generic_agents"]["groups"]
        self.generic_agents = {word for words in groups.values() for word in words}
        # who may own the weapons or the fire an act is done with: armed and police forces, rebels and militias,
        # and the state bodies that command them ("government artillery", "rebel drones", "police raids")
        self.armed_owners = {word for code in ARMED_CODES for word in groups.get(code, [])} | STATE_BODIES
        # who beats people rather than rivals: armed and police forces themselves, not the state bodies above them
        self.armed_agents = {word for code in ARMED_CODES for word in groups.get(code, [])} | self.force_actors
        met = data["measures_met"]
        self.meeting_verbs, self.measures = set(met["verbs"]), set(met["objects"])
        leave = data["leave_orders"]
        self.leave_order_verbs, self.presence = set(leave["verbs"]), set(leave["presence"])
        self.leave_places = set(leave["places"])
        self.demand_nouns = set(met["demands"])
        self.taking_verbs = frozenset(data["taking_ground"]["verbs"])
        taken = data["taken_by_kind"]
        # the generic agents that name people, not the bodies among them ("seized the parliament" takes no one)
        self.taken_people = (frozenset(taken["people"]) | self.member_nouns
                             | {word for words in data["generic_agents"]["groups"].values() for word in words}) \
            - frozenset(taken["bodies"])
        self.taken_goods = frozenset(taken["goods"])
        seizure = data["vessel_seizure"]
        self.boarding_verbs, self.vessels = set(seizure["boarding_verbs"]), set(seizure["vessels"])
        self.control_verbs, self.control_nouns = set(seizure["control_verbs"]), set(seizure["control_nouns"])
        self.boarders = set(seizure["boarders"]) | self.armed_agents
        self.light = set(data["light_verbs"]["entries"])
        self.recipient_preps = set(data["recipient_prepositions"]["entries"])
        self.intermediary_preps = set(data["intermediary_prepositions"]["entries"])
        self.location_preps = set(data["location_prepositions"]["entries"])
        states = data["conflict_states"]
        self.conflict_states, self.setting_preps = set(states["nouns"]), set(states["setting_preps"])
        self.taking_part = set(states["taking_part"])
        self.conflict_ends, self.conflict_starts = set(states["ending_verbs"]), set(states["starting_verbs"])
        self.time_marks = set(states["time_marks"])
        self.truce_nouns = set(data["truce_states"]["nouns"])
        self.tally_verbs = set(data["tallied_acts"]["verbs"])
        self.reaction_verbs = set(data["drawn_reactions"]["verbs"])
        answered = data["answered_calls"]
        self.calls, self.call_answers = set(answered["nouns"]), set(answered["verbs"])
        directed = data["directed_procedures"]
        self.procedures, self.directive_verbs = set(directed["nouns"]), set(directed["verbs"])
        documents = data["statement_documents"]
        self.document_heads, self.document_modifiers = set(documents["heads"]), set(documents["modifiers"])
        deaths = data["deaths_in_acts"]
        self.death_preps, self.violence_nouns = set(deaths["preps"]), set(deaths["nouns"])
        self.deadly_types = set(deaths["types"])
        occasions = data["statement_occasions"]
        self.occasion_heads, self.occasion_preps = set(occasions["heads"]), set(occasions["preps"])
        self.speaking_gatherings, self.gathering_preps = set(occasions["gatherings"]), set(occasions["gathering_preps"])
        self.occasion_saying_verbs = REPORTING_VERBS | set(occasions["saying_verbs"])

    def __call__(self, doc: Doc) -> Doc:
        tok = token_list(doc)
        # the methods read the document's table as self.table: fetched once here, not once per question asked
        self.table = table = token_table(doc)
        self.entities = entity_index(doc) if doc._.cg_entities else {}
        self.clusters = doc._.cg_entities or []
        self.time_tokens = {i for time in (doc._.cg_times or []) for i in range(time.span.start, time.span.end)}
        # the root of each time, found once a document: time_on walks up from them for every trigger
        self.times = doc._.cg_times or []
        self.time_roots = [time.span.root.i for time in self.times]
        self.dropped: set[str] = set()  # types of transfers found to be no event: their later mentions are none
        self.moment_places: set[int] = set()  # places read from a clause of the same moment, not the act's own
        events: list[EventRecord] = []
        matches = {}
        self.story_start = story_start_token(doc)
        self.dateline = dateline_words(doc)
        self.strike_senses = self.strike_senses_of(doc)
        for i in range(self.story_start, len(doc)):
            # what trigger() refuses first, read from the token table without making the word a Token
            if (table.pos[i] not in {"VERB", "NOUN"} or table.dep[i] in {"aux", "auxpass", "amod"}) \
                    and not (table.dep[i] == "amod" and i and table.lower[i - 1] == "to"
                             and self.misread_infinitive(tok[i])):
                continue
            match = self.trigger(tok[i])
            if match is not None:
                matches[i] = match
        # the object noun of a word pattern ("impose a curfew", "lodge a protest") belongs to that event
        consumed = {m[2].i for m in matches.values() if m[2] is not None}
        for i, (type_, mode, act_object) in matches.items():
            # the trigger lexicon holds no verbs of saying, so a trigger that attribution also takes as its cue is
            # an act all the same: a verbal act ("rejected the request") or an act named by its object ("declared a
            # ceasefire")
            if i in consumed:
                continue
            event = self.event(tok[i], type_, mode, act_object)
            if event is not None and not (event.type in self.dropped and is_back_reference(tok[i], event)):
                events.append(event)
        events = self.without_means(events)
        link_embedded(events)
        carry_recipients(events)
        events = fold_tolls(fold_results(fold_purposes(merge_mentions(events))))
        carry_parties(events)
        carry_targets(events)
        carry_movers(events)
        self.carry_back_references(events)
        self.measures_of(events)
        self.answer_targets(events)
        answered_requests(events)
        self.clause_targets(events)
        self.place_targets(events)
        self.announced_targets(events)
        self.name_models(doc, events)
        self.name_sanctioners(doc, events)
        events = self.without_acts_not_done(events)
        self.retold_doers(events)
        self.set_annotations(doc, events)
        return doc

    def without_means(self, events: list[EventRecord]) -> list[EventRecord]:
        """Leave out the fire of a weapon that is the subject of a verb of force: "artillery fire damaged the dam" is
        one act, told by its verb, the fire its means (PLOVER GSR: "aircraft using precision guided missiles killed"
        is coded on the verb). An act noun of its own ("an ambush killed four", "the explosion wounded six") stays
        the act it names."""
        means = {c.i for ev in events if ev.type in FORCE_TYPES and ev.trigger.root.pos_ == "VERB"
                 for c in ev.trigger.root.children if c.dep_ == "nsubj" and self.means(c)
                 and self.nouns.get(c.lemma_.lower()) is None}
        return [ev for ev in events if not (ev.trigger.root.i in means and ev.trigger.root.pos_ == "NOUN")]

    def set_annotations(self, doc: Doc, events: list[EventRecord]) -> None:
        set_events(doc, events)

    def event(self, trigger: Token, type_: str, mode: str | None = None,
              act_object: Token | None = None) -> EventRecord | None:
        if trigger.lemma_.lower() in PERMISSIVE_VERBS and not permits_a_party(trigger):
            return None
        actor = self.actor(trigger)
        custody = self.custody(trigger) if type_ == "COERCE" else None
        if custody is not None:
            actor = custody[1]  # "X remains in custody": X is held, not the one holding
        held = self.held_responsible(trigger)
        if held is not None:
            actor = self.member(held, trigger)
        if actor is None and type_ == "RETREAT":
            captor = self.captor_of_freed(trigger)
            if captor is not None:
                actor = self.member(captor, trigger)
        under = self.placed_under(trigger) if type_ in HOSTILE else None
        if under is not None and actor is None and under[1] is not None:
            actor = self.member(under[1], under[1].head)  # "the treasury placed the firm under sanctions"
        if under is not None and actor is None and type_ in FORCE_TYPES:
            actor = self.attacking_from(trigger)  # "came under attack from Varnese drones"
        if type_ == "DEMAND" and self.deontic_clause(trigger):
            actor = self.actor(trigger.head)
        if actor is None:
            actor = self.arresting_reporter(trigger)
        if actor is None:
            actor = self.authorities_of_place(trigger, under)
        stance = self.stance_holder(trigger)
        if stance is not None:
            actor = self.member(stance, trigger)  # "Israel is opposed to X": the subject holds the stance
        if actor is None and trigger.dep_ == "compound" and trigger.head.lower_ in self.threat_heads:
            actor = self.actor(trigger.head)  # "teachers issued a strike threat": whoever threatens would strike
        if (type_ in FORCE_TYPES or mode == "obstruct") and self.natural_doer(trigger, actor):
            return self.natural_toll(trigger)
        if type_ == "SANCTION" and self.damage_doer(trigger):
            return None  # "the blast cut gas supplies": damage done by an act or a hazard, no party's measure
        instrument = None
        if actor is not None and type_ in FORCE_TYPES and actor.i != trigger.i and self.means(actor):
            # "a drone struck the market", "shelling killed nine", "mortar fire wounded six": the weapon or the
            # fire is the means; its owner, if named ("rebel drones", "the army's artillery"), is the doer (PLOVER GSR:
            # 7 such subjects, 4 weapons with a national owner, "Israeli tanks fired", and 3 acts, "a roadside bombing
            # killed", "recent US Predator attacks have killed"; PolNeAR train: 1, "the Romney attack hit")
            instrument, actor = actor, self.owner_of(actor)
            if actor is None:
                actor = self.fire_source(instrument, trigger)
            if actor is None:
                actor = self.pronoun_owner(instrument)
            if actor is None:
                actor = self.earlier_owner(instrument)
        if instrument is None:
            instrument = self.weapon_used(trigger)
        pattern = self.phrase(trigger) if act_object is not None else None
        if instrument is None and pattern is not None and pattern[0].get("instrument"):
            instrument = act_object  # "smeared a nerve agent on ...": the pattern's object is the means
        # conventional force is told by the doer, or by the weapon when the weapon is the subject
        subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lemma_.lower() not in self.force_actors \
                and subject.lower_ not in self.force_actors:
            subject = None
        if type_ == "AID" and self.deployment(trigger):
            type_, mode = "MOBILIZE", None
        if type_ == "AID" and self.sent_on_a_task(trigger):
            self.dropped.add(type_)
            return None
        lexical = type_
        type_ = self.retype(trigger, type_, instrument if instrument is not None else subject or actor, mode)
        if type_ == "PROTEST" and mode == "obstruct" and self.state_force(subject, actor):
            # "X warships blocked the harbour entrance": a state's armed forces closing a way impose a blockade
            # (CAMEO 191 impose blockade, restrict movement), no protest (CAMEO 144 obstruct passage is a protest;
            # PLOVER GSR: its 6 PROTEST obstruct records are all crowds, workers or rebels; a state's blockades are
            # COERCE/THREATEN restrict, 'Israel reimposed blockades in the West Bank', 'NATO ... naval blockade')
            type_, mode = "COERCE", "restrict"
        # an act announced ("plans to freeze", "will expel") is the act the later reports tell done; a threat held
        # over someone on a condition ("unless", "if") or force vowed is a threat, no announcement of the act
        act = lexical if type_ == "THREATEN" and self.held_over(trigger, lexical) and lexical != "THREATEN" \
            and not self.conditional(trigger) and self.intent(trigger)[0] else None
        if type_ == "THREATEN" and lexical != "THREATEN" and agentless_passive(trigger) and actor is None \
                and any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in trigger.children) \
                and not told_by_someone(trigger):
            # "if convicted, he could be jailed for life": a hostile act that may befall someone, told with a modal
            # of possibility in a passive naming no one who would do it nor reported by anyone who could, is a
            # possibility, no threat (a threat has a threatener: PLOVER GSR THREATEN 29 of 29 records name a
            # source, the stand-in golds 6 of 6); "would be detained" announces
            return None
        if type_ == "AGREE" and lexical in self.cooperative:
            # "X is to receive drones from Y", "will supply": a cooperative act announced is coded AGREE (PLOVER GSR:
            # "will provide food aid"), and the act announced is what the later reports tell done, told from the
            # giving side or the receiving side alike; the type the phrase gave ("receive" + a weapon: AID) is kept
            act = lexical
        if type_ == "AID" and lexical == "AID" and actor is not None and actor.i != trigger.i \
                and self.thing_as_supplier(actor):
            # "the depot supplied army trucks", "the warehouse supplied the rebels with rifles": goods flow from a
            # place or a thing; aid is given by a party (PLOVER AID: every source in the GSR's AID records is a
            # state, body or group)
            self.dropped.add(type_)
            return None
        if type_ == "AID" and self.vessel_sent(trigger):
            return None  # "sent two tankers to the port of X": ships moved to a place, given to no one
        if type_ == "AID" and self.moved_to_a_thing(trigger):
            self.dropped.add(type_)
            return None
        if actor is not None and act_object is not None and actor.i == act_object.i:
            actor = self.owner_of(actor)  # "howitzers gathered near the town": what is moved, not who moves it
        if type_ == "CONSULT" and actor is not None and actor.lemma_.lower() in self.vehicles:
            return None  # "the tanker met another tanker": vessels meet, parties consult
        event = EventRecord(type=type_, trigger=self.trigger_words(trigger), mode=mode, act=act)
        if instrument is not None and type_ in {"ASSAULT", "FIGHT"} and event.mode is None:
            event.mode = self.means_mode(instrument)
        for carrier in (instrument, act_object):
            equipment = self.equipment_in(carrier)
            if equipment is not None:
                self.fill_equipment(event, equipment)
                break
        else:
            if instrument is not None and instrument.pos_ in {"NOUN", "PROPN"} and self.armed_craft(instrument):
                self.fill_craft(event, instrument)  # "two Ketterian cutters opened fire": the craft it is done with
        if actor is None and type_ == "CONSULT":
            actor = self.pobj(trigger, {"between", "among"})  # 'talks between X and Y': X is one party
        theme, recipient = self.theme_and_recipient(trigger)
        if lexical == "AID" and trigger.lemma_.lower() == "send" and recipient is None and theme is not None \
                and self.is_weapon(theme) and self.destination(trigger) is None:
            # "those who sent the drones": weapons sent to no one are an attack's means, no aid (PLOVER GSR: its
            # 2 records of sending arms or material name whom they go to, "continued to send arms to Pakistan")
            self.dropped.add(lexical)
            return None
        if stance is not None and theme is not None and theme.i == stance.i:
            theme = None  # the one who is opposed to X or committed to X is no party the act is done to
        # "the deployment of Dutch troops", "the first dispatch of NATO peacekeepers": forces moved are their owner's
        # means, and with no other doer named the owner moves them (NomBank deploy.01: ARG1 the forces, ARG0 the one
        # who commands them)
        forces = actor is None and trigger.pos_ == "NOUN" and lexical in MOVING and theme is not None \
            and theme.i != trigger.i and theme.pos_ == "NOUN" \
            and (theme.lemma_.lower() in self.generic_agents or theme.lower_ in self.generic_agents)
        # forces the entity finder took for their owner's name ("NATO peacekeeping troops") stand for it
        owner = (self.owner_of(theme) or (theme if self.entity_of(theme) is not None else None)) if forces else None
        if owner is not None:
            actor = owner
        if actor is None and type_ == "SANCTION" and event.mode != "expel" and theme is not None \
                and theme.i != trigger.i and theme.dep_ == "nsubjpass" \
                and theme.lemma_.lower() in self.own_people_nouns:
            # "our ambassador in X has been called home", "Y's envoy was recalled": with no doer named, the state
            # whose envoy it is recalls him (CAMEO 161; an envoy is recalled by the state that sent him); people
            # expelled ("the institute's observers had been told to leave") are put out by their host
            actor = next((c for c in theme.children if c.dep_ == "poss"), None)
        if type_ == "SANCTION" and event.mode != "expel" and trigger.pos_ == "NOUN" and theme is not None \
                and theme.i != trigger.i and theme.lemma_.lower() in self.own_people_nouns \
                and (actor is None or actor.dep_ == "pobj" and actor.head.lower_ == "from"):
            # "the withdrawal of the Delkan ambassador from X", "the recall of Y's envoy": with no other doer named,
            # the state whose envoy it is calls him back (CAMEO 161), the state he leaves is no doer
            actor = self.owner_of(theme) or actor
        self.fill(event, "actor", actor)
        if recipient is None and type_ == "AID" and theme is not None \
                and (not self.is_party(theme) or self.generic(theme)):
            # "training fighters from the Brigades": the people trained or armed belong to the recipient
            recipient = self.party_in(self.pobj(theme, {"from", "of"}))
        # "withdraw its troops", "deploy peacekeepers": the people sent or moved are the doer's means, not the party
        # the act concerns
        means = theme is not None and (lexical in MOVING or mode == "expel") and theme.i != trigger.i \
            and self.generic(theme)
        # "the withdrawal of the troops from X": the of-phrase was the doer, no party the act concerns
        means = means or (theme is not None and actor is not None and theme.i == actor.i)
        means = means or (theme is not None and instrument is not None and theme.i == instrument.i)
        # the owner of forces moved is the doer, no other party to the move
        party_theme = None if owner is not None else theme
        theme_entity = self.entity_of(theme)
        theme_type = self.clusters[theme_entity].type if theme_entity is not None else None
        equipment = self.equipment_in(theme) if theme is not None and theme_type != "EQUIPMENT" else None
        # "planted the Ashfall wiper on X's servers": a pattern's means names no party ('Ashfall' is the tool's name)
        aimed = None if theme is not None and pattern is not None and pattern[0].get("instrument") \
            and act_object is not None and theme.i == act_object.i else theme
        if type_ in HOSTILE:
            target = recipient or undergoer(trigger) or self.fought_each_other(trigger, actor) \
                or self.other_party(trigger, aimed, type_, means) or self.casualties(trigger)
            drawn_by = self.reaction_drawn(trigger)
            if drawn_by is not None:
                target = drawn_by  # "the army's shelling drew condemnation from X": the army is condemned
            if type_ == "DISAPPROVE" and trigger.pos_ == "VERB" \
                    and trigger.lemma_.lower() in self.responsibility_verbs:
                # "blamed the kidnapping of the engineers on X": the charge falls on X, not on the act's victims
                act = next((c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}
                            and self.noun_type(c) is not None), None)
                blamed = self.held_responsible(act) if act is not None else None
                if blamed is not None:
                    target = blamed
            if type_ == "DISAPPROVE" and recipient is not None:
                # "complained to the UN over Israeli air raids": whom a complaint is made to hears it; it is aimed
                # at the party it is over or about (CAMEO 114 complain officially)
                about = next((o for prep in ("over", "about") for o in [self.pobj(trigger, {prep})]
                              if o is not None), None)
                if about is not None and self.noun_type(about) is not None:
                    doer = self.actor(about)  # "over two Israeli air raids": the doer of the act complained of
                    about = doer if doer is not None and self.is_party(doer) else None
                elif about is not None and not self.is_party(about):
                    about = self.party_behind(about, trigger)  # "about the treatment of X": the party behind it
                target = about or target
            if under is not None:
                target = under[0]  # "the firm was placed under sanctions", "the town came under attack"
            if custody is not None:
                target = custody[0]
            elif self.patient_possessor(trigger):
                # "his arrest", "the envoy's expulsion": the possessor is the one the act falls on
                target = next((c for c in trigger.children if c.dep_ == "poss" and not temporal(c)), None) or target
            if event.mode == "expel" and theme is not None:
                # "expelled three Norwalian diplomats", "ordered three of its diplomats out": their state
                envoys = self.pobj(theme, {"of"}) if theme.pos_ == "NUM" else theme
                owner = self.owner_of(envoys) if envoys is not None else None
                if owner is None and envoys is not None:
                    owner = next((c for c in envoys.children if c.dep_ == "poss"), None)
                target = owner or target
            envoys_state = None
            if pattern is not None and pattern[0].get("owner_target") and act_object is not None:
                # "summoned Kestria's ambassador", "summoned the Kestrian envoy": the envoy is the one summoned,
                # the rebuke is aimed at his state
                envoys_state = self.owner_of(act_object) or next(
                    (c for c in act_object.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
            if type_ == "SANCTION" and theme is not None and theme.i != trigger.i and (self.generic(theme) or (
                    event.mode != "expel" and theme.lemma_.lower() in self.own_people_nouns)):
                # "recalled its envoy from X", "withdrew its inspectors from X": the state the people are taken
                # from is the one the act is aimed at, not the envoy (CAMEO 161, 166; PLOVER GSR: 'withdraw weapons
                # inspectors ... from Iraq' and 'withdraw its troops from Lebanon' have the from-state as target)
                left = self.party_in(self.pobj(trigger, {"from"}) or self.pobj(theme, {"from"}))
                if left is None and event.mode != "expel" and theme.lemma_.lower() in self.own_people_nouns:
                    # "our ambassador in X has been called home", "its envoy to X was recalled": the state the
                    # envoy is posted to is the one the recall is aimed at, as the from-state is (an expulsion is
                    # the host's act, aimed at the envoy's own state)
                    left = self.party_in(self.pobj(theme, {"in", "to"}))
                target = left or target
            # a pattern's object is part of the act's name ("imposed a curfew"), unless the pattern says the act
            # is done to it ("searched the houses")
            acted_on = pattern is not None and pattern[0].get("acted_on")
            if target is None and theme is not None and theme_type != "EQUIPMENT" and not means \
                    and (act_object is None or theme.i != act_object.i and not names_the_measure(theme, act_object)
                         or acted_on) \
                    and (instrument is None or theme.i != instrument.i) \
                    and self.noun_type(theme) is None:
                target = theme  # "arrested the protesters": whoever the act falls on
            if target is None and (type_ == "SANCTION" or type_ == "COERCE" and act_object is not None):
                # "imposed sanctions on Thursday on two banks", "sanctions against X", "imposed a curfew on the
                # town": whom the measure is laid on (PropBank impose.01 ARG2, the on-phrase; a time phrase is no
                # target)
                target = next((o for carrier in (trigger, theme) if carrier is not None
                               for p in carrier.children if p.dep_ == "prep" and p.lower_ in {"on", "against"}
                               for o in p.children if o.dep_ == "pobj" and o.i not in self.time_tokens
                               and o.ent_type_ not in {"DATE", "TIME"}), None)
            if lexical == "SANCTION" and theme is not None and theme.i != trigger.i:
                # "the sanctions imposed on X by Y were extended": a measure renewed, lifted or tightened is aimed
                # where it was laid, named on the participle that tells its imposition, never at who imposed it
                laid = next((o for acl in theme.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
                             for p in acl.children if p.dep_ == "prep" and p.lower_ in {"on", "against"}
                             for o in p.children if o.dep_ == "pobj" and o.i not in self.time_tokens), None)
                if laid is not None:
                    target = laid
            if lexical == "SANCTION":
                # "a ban on Kestrian grain", "would impose tariffs on Chinese steel": the measure is aimed at the state whose
                # goods it falls on, named by its adjective
                state = self.national_goods(target if target is not None else act_object)
                if state is None and target is not None and target.lemma_.lower() in self.restriction_objects:
                    # "refused entry to trucks of Kestrian wheat": the goods kept out, not the entry refused
                    state = self.national_goods(act_object)
                before = self.measure_named_before(trigger) if state is None and target is None else None
                if before is not None:
                    # "the ban takes effect": aimed where the ban told before was
                    state = self.national_goods(self.goods_of_a_state(before))
                target = state if state is not None else target
            if target is not None and not self.is_party(target) and not self.role_holder(target):
                # "protest the rights violations by X", "demand the return of property seized by X": an act or a
                # thing aimed at stands for the party behind it, never the doer of this very act
                behind = self.party_behind(target, trigger) or (
                    # "struck a Kelmari fuel depot": a thing hit by force is its nation's, before the place it is in
                    self.national_owner(target) if type_ in FORCE_TYPES else None) or (
                    # "detained the suspects in X": people taken are no thing standing for the place they are in;
                    # "rejected reports that staff were held in X": words are aimed at no place a report tells of
                    None if type_ in HOSTILE and self.a_person(target)
                    or type_ in WORDS_AT_PARTIES and tells_content(target) else self.party_around(target, trigger))
                if behind is not None and (actor is None or behind.i != actor.i):
                    target = behind
                elif type_ == "INVESTIGATE" and target is theme:
                    # "would examine the responsibility of those who ...": an inquiry is aimed at a party or an
                    # act (PLOVER INVESTIGATE); a bare thing looked into names no one
                    target = None
                elif type_ in WORDS_AT_PARTIES and target is theme and not (self.a_person(target)
                                                                            or self.is_party(target)):
                    # "denied any wrongdoing", "rejected the allegations as baseless": the thing denied or
                    # decried is what the words are about; whom they are aimed at is a party or no one
                    target = None
                elif type_ == "DEMAND" and target is theme and self.names_a_procedure(target):
                    # "demanded a rerun of the vote", "ordered a recount": the act asked for is what the demand is
                    # about, no party it is made of
                    target = None
            if type_ == "COERCE" and event.mode == "cyber":
                target = self.machines_owner(trigger, target or theme or act_object) or target
                cut_off = self.service_cut_for(trigger, theme or act_object)
                if cut_off is not None:
                    target = cut_off if cut_off is not False else None
            ship = self.seized_vessel(trigger) if type_ == "COERCE" and trigger.pos_ == "VERB" else None
            if ship is not None:
                target = ship  # "boarded and took control of the Brinna Gale": the ship is seized, not its owner
            if target is None:
                target = self.purpose_object(trigger)
            if target is None and type_ == "COERCE":
                target = self.banned_name(trigger)
            self.fill(event, "target", target or self.place_of(trigger, type_) or self.mission_destination(trigger))
            if envoys_state is not None:
                self.fill(event, "recipient", envoys_state)
            if event.type == "ASSAULT" and event.mode in WEAPONS_OF_WAR \
                    and (self.armed_target(target) or self.armed_target(theme)) \
                    and trigger.lemma_.lower() in self.force_verbs and not self.unarmed_struck(trigger):
                # "drones struck the frigate", "drones attacked a military convoy": weapons of war aimed at an armed
                # force are a battle between armed parties (CAMEO 19, PLOVER FIGHT), as a bomb planted for soldiers
                # or gunmen's attack is not (PLOVER GSR codes 3 bombings of soldiers ASSAULT and tanks shelling
                # security forces FIGHT)
                event.type = "FIGHT"
        elif lexical == "RETREAT" and (freed := self.released(trigger, theme, actor)) is not None:
            # "the hostages were freed", "said they will release the men" (announced, AGREE): the people set free
            # are whom the release concerns (PLOVER RETREAT, CAMEO 0841 return or release persons), no doer's means
            # as troops withdrawn are
            self.fill(event, "target", freed)
            # "freed 40 fighters of the Ashen Hand", "released the group's former commander": the party the people
            # set free belong to is whom the release is made to (the claimgraph gold codes such a release's
            # recipient as the group; CAMEO 0841 return, release persons)
            people = self.pobj(freed, {"of"}) if freed.pos_ == "NUM" else freed
            owner = next((c for c in people.children if c.dep_ == "poss" and c.pos_ != "PRON"), None) \
                if people is not None else None
            if owner is None and people is not None and not self.crew(people):
                # "the crew of the Gull Maiden": a crew's of-phrase names its vessel, however a name is tagged
                owner = self.party_in(self.pobj(people, {"of", "from"}))
            if owner is not None and (actor is None or owner.i != actor.i) and self.is_party(owner) \
                    and not self.generic(owner):
                self.fill(event, "recipient", owner)
        elif recipient is not None and not (type_ == "MOBILIZE" and not self.is_party(recipient)):
            self.fill(event, "recipient", recipient)  # forces sent "to the gulf": a place, no one receives them
        elif type_ == "CONSULT":
            # "arrived in X on a visit": the place visited stands for its rulers, who host the visit (CAMEO 042 make
            # a visit, 043 host a visit); talks are only held at a venue
            visited = self.destination(trigger) if trigger.lemma_.lower() in VISIT_NOUNS else None
            self.fill(event, "recipient", self.partner(trigger, event.roles.get("actor"))
                      or self.other_party(trigger, party_theme, type_, means)
                      or (visited if visited is not None and self.is_party(visited) else None))
        elif type_ != "AID":
            self.fill(event, "recipient", self.other_party(trigger, party_theme, type_, means)
                      or self.place_of(trigger, type_))
        if theme_type == "EQUIPMENT":
            self.fill(event, "equipment", theme)
        elif equipment is not None:
            self.fill_equipment(event, equipment)
        if type_ == "MOBILIZE" and "target" not in event.role_spans:
            self.fill(event, "target", self.border_party(trigger))
        self.fill(event, "intermediary", self.pobj(trigger, self.intermediary_preps), entity_only=True)
        location = self.location(trigger, theme) or self.destination(trigger)
        if location is None and type_ == "MOBILIZE" and "target" not in event.role_spans:
            location = self.forces_goal(trigger, theme)
        if location is not None:
            self.fill(event, "location", location)
        self.fill_time(event, trigger)
        if type_ in self.modes and event.mode is None:
            event.mode = self.modes[type_].get(theme_type, self.modes[type_].get("default"))
        if event.mode is None:
            event.mode = next((self.verb_modes[f] for f in verb_forms(trigger, self.table) if f in self.verb_modes), None)
        if type_ == "AID" and event.mode is None:
            event.mode = self.aid_mode(theme)
        if type_ == "COERCE" and trigger.lemma_.lower() in self.taking_verbs | {"seizure", "capture"}:
            event.mode = self.taking_mode(trigger) or event.mode
        if type_ == "COERCE" and event.mode is None and trigger.lemma_.lower() in self.held_verbs:
            event.mode = "detain"  # "the army has been holding thousands of refugees" (PLOVER GSR COERCE-0017)
        pattern = self.phrase(trigger)
        if pattern is not None and pattern[0].get("receiving"):
            self.receiving(event, trigger)
        if held is not None:
            for role in ("target", "recipient"):
                span = event.role_spans.get(role)
                if span is not None and span.start <= held.i < span.end:
                    # "blamed the attack on X" parsed as "the attack on X": X did it, it was not attacked
                    event.role_spans.pop(role)
                    event.roles.pop(role, None)
        return event
