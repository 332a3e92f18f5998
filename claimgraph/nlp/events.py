"""Who did what to whom: PLOVER-typed events from verbs and nominalisations, with their roles."""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..lexicon import load
from .annotations import EventRecord, entity_index, register_extensions, set_events, story_start_token
from .claims import apposed_relative_above, misread_main_verb, naming, naming_relative
from .component import GAZETTEER, Component, factory
from .entity_context import adjective_forms
from .layout import dateline_words
from .table import TokenTable, token_table
from .token_cache import token_list
from .tokens import served_verb

LEXICON = "event_triggers.yaml"
# the nouns of facilities a story introduces ("a fuel depot", "the market"): things, whatever nation they belong to
DESCRIPTORS = "coref_descriptors.yaml"
# deps through which a verb inherits the doer of the verb above it ("agreed to provide", "tasked with carrying")
CONTROL_DEPS = {"xcomp", "advcl", "conj", "acl", "acomp"}
# verbs of fitting out whose agentless participle is a state ('were armed', 'heavily equipped'), as WordNet 3.1 has
# armed.a.01 'having arms' and equipped.a.01 beside the verbs arm.v.01 and equip.v.01
ARMED_STATES = frozenset({"arm", "equip"})
# verbs of leave whose subject may be a thing that only makes an act possible ('the gap allowed them to enter')
ENABLING_VERBS = frozenset({"allow", "permit", "enable"})
TIME_PATH_DEPS = {"prep", "pobj", "npadvmod", "tmod", "advmod", "nummod", "compound"}
# relative pronouns the parser sometimes puts in an object slot that a real noun phrase already fills
RELATIVE_PRONOUNS = {"that", "which", "who", "whom", "what"}
# subordinators of a clause telling the same moment as the act it hangs on (Quirk et al. 1985, 15.25)
SIMULTANEITY = {"as", "when"}
# event types done *to* someone: their second participant is a target, not a recipient
HOSTILE = {"ASSAULT", "FIGHT", "COERCE", "THREATEN", "SANCTION", "DISAPPROVE", "REJECT", "DEMAND", "INVESTIGATE",
           "PROTEST"}
# prepositions that introduce the other party of an act: "apologised to", "shared with", "sanctions against"
PARTY_PREPS = ("to", "with", "against", "on", "from", "toward", "towards", "into")
# verbs of firing and throwing whose at-phrase is the aim (VerbNet throw-17.1: hurl, throw, lob, fling, toss, launch;
# and fire, shoot)
AIMING_VERBS = {"fire", "shoot", "throw", "hurl", "lob", "fling", "toss", "launch"}
# verbs of driving a craft into another, whose object is what is struck (WordNet 3.1 ram.v.01 "strike or drive
# against with force")
RAMMING_VERBS = {"ram"}
# words of a share of a place a to-phrase names ("power to much of the region", "to parts of the city")
SHARE_WORDS = {"much", "most", "part", "parts", "all", "some", "half", "many"}
PARTY_LABELS = {"NORP", "GPE", "ORG", "PERSON"}
# "a company called X", "a militia known as Y": VerbNet 3.3 dub-29.3 (call, name, dub, nickname) and "know as"
NAMING_CLAUSE_VERBS = {"call", "name", "know", "dub", "nickname", "term", "label"}
# acts whose target, when no party is named, is the place they are done in (PLOVER codes the place's state or
# population as target of a curfew, a crackdown, a deployment or a protest there)
PLACE_TARGETED = {"COERCE", "CONCEDE", "MOBILIZE", "PROTEST", "THREATEN", "FIGHT", "ASSAULT", "RETREAT"}
# prepositions under which a thing acted on names whom or where it belongs to: "a camp for refugees", "lines leading
# into X", "efforts among X's republics", "a state of siege in X"
AROUND_PREPS = {"for", "of", "among", "between", "in", "into", "at", "to"}
# acts that move or send people: whom they move is their means ("deploy peacekeepers", "withdraw its troops")
MOVING = {"AID", "MOBILIZE", "RETREAT"}
# words of setting people free (CAMEO 0841 return or release persons; PLOVER RETREAT): those freed are the target
RELEASE_WORDS = {"release", "free", "releasing", "freeing"}
# acts whose place is a venue, not a party: talks in Geneva, joint exercises in the Mediterranean
VENUE_TYPES = {"CONSULT", "COOPERATE", "DEATH"}
# nouns of a visit, whose destination is the host (CAMEO 042 make a visit; FrameNet Visiting)
VISIT_NOUNS = {"visit", "trip", "tour", "stopover"}
NOT_PARTY_LABELS = {"DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL", "PERCENT", "PRODUCT", "LAW", "EVENT"}
NOT_PARTY_TYPES = {"EQUIPMENT", "LOC", "FAC", "EVENT", "PRODUCT", "DATE", "DOCUMENT"}
# a reported subject pronoun that stands for the reporter: "Iraq said it would allow ..."
SPEAKER_PRONOUNS = {"it", "they", "he", "she", "we"}
PHRASE_DEPS = {"compound", "amod", "nmod", "poss", "case", "det", "nummod", "quantmod", "punct", "cc", "conj"}
# verbs of taking part: "participate in the talks", "took part in the exercises"
PARTICIPATION = {"participate", "engage", "join"}
# verbs that put their subject into a state named by "on <noun>" ("went on strike", "stayed on hunger strike",
# "are on strike"): the subject is the one in that state (CAMEO 142/143 'go on strike', 'conduct hunger strike')
STATE_ENTRY_VERBS = {"go", "stay", "remain", "be", "come", "continue", "keep"}
# verbal acts of the hostile kind whose target the PLOVER records always give as an actor (a party), never as a
# thing: PLOVER GSR REJECT 34 and DISAPPROVE 16 records, each target an actor or none (a demand's object is often
# whom it is made of, "urged its trading partners", and stays its target)
WORDS_AT_PARTIES = {"REJECT", "DISAPPROVE"}
# acts done by speaking: the types whose verbs a speaker goes on to after what it told
VERBAL_ACTS = {"DISAPPROVE", "REJECT", "DEMAND", "SUPPORT", "APPEAL", "THREATEN"}
# what a state official calls "her government", "our country": the state itself
# the staff through whom one office holder acts ("the prosecutor's office", "Ryan's office said"; PolNeAR train:
# 11 "<holder>'s office", 2 of them saying for a named holder)
PERSONAL_OFFICES = {"office", "chambers", "bureau"}
STATE_BODIES = {"government", "country", "administration", "nation", "state", "cabinet", "military", "army"}
# verbs that make a passive clause its victims' lot: "14 people were killed when a drone struck"
CASUALTY_VERBS = {"kill", "injure", "wound", "hurt"}
# nouns naming such harm, which name it again rather than the act that caused it ("the killings")
CASUALTY_NOUNS = {"killing", "killings", "injury", "injuries", "wounding", "death", "deaths", "casualty", "casualties"}
# acts that people do, whose nouns never stand for the people who do them ("the poisoning drew protests"): unlike
# gatherings and bodies of inquiry ("the alliance", "the conference", "the inquiry"), which may
# verbs that with "ahead" and a with-phrase tell an act carried out: "go ahead with", "press ahead with"
AHEAD_VERBS = {"go", "press", "push", "forge", "move", "plough", "plow"}
DEEDS = {"ASSAULT", "FIGHT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT"}
# nouns that say what kind a thing is ("drones of a Kestrian type", "a Kestrian make of rifle"): the thing's
# description, no party behind it, whatever national word describes it
KIND_NOUNS = {"type", "kind", "sort", "model", "make", "design", "variety", "variant", "version", "pattern"}
NEGATIVE_OBJECTS = {"nobody", "nothing", "none", "no-one"}
# determiners of an act noun that tell no act done: "no fighting" (none happened), "any expulsion of its diplomats",
# "blocking any release" (whichever might happen: a hypothetical or a negated act; PolNeAR train: 10 "any" + act noun,
# none an act that happened)
NO_ACT_DETERMINERS = {"no", "any"}
# nouns that count what their of-phrase names ("thousands of refugees", "dozens of protesters"): Quirk et al. 1985,
# 5.25 quantity nouns; PolNeAR train: 217 "thousands/hundreds/dozens/scores/millions/tens of X", 21 of them "of people"
# verbs that keep someone or something out with their object "entry", "access" ("refused entry to ..."); what carries
# goods in a load, named with the goods in an of-phrase ("trucks of wheat", "a shipment of steel")
REFUSING_ENTRY = {"refuse", "deny"}
GOODS_CARRIERS = {"truck", "lorry", "shipment", "cargo", "consignment", "load", "container", "tanker", "wagon",
                  "carload", "boatload", "truckload", "tonne", "ton"}
# verbs of being in someone's employ: the people they tell of belong to the employer
EMPLOYING = {"employ", "hire", "work", "contract"}
QUANTITY_NOUNS = {"thousands", "hundreds", "dozens", "scores", "millions", "tens", "handful", "number"}
COUNT_WORDS = {"some", "many", "most", "all", "several"} | QUANTITY_NOUNS
# acts whose on-phrase is what they are about, not a party: "agreed on a swap of detainees", "talks on trade"; also
# when the clause makes the act a refusal ("failed to agree on ...")
# (PolNeAR train: all 11 "agree(d) on" name a matter: "agreed on an independent inquiry", "agree on who should lead")
MATTER_TYPES = {"AGREE", "CONSULT", "COOPERATE"}
# CAMEO generic agent codes of those who wield force: military, police, rebels, unaffiliated armed forces
ARMED_CODES = ("MIL", "COP", "REB", "UAF")
# types of the acts whose subject may be their means rather than their doer ("shelling killed", "a drone struck")
FORCE_TYPES = {"ASSAULT", "FIGHT", "COERCE"}
# modals of possibility (Quirk et al. 1985, 4.49-4.53: can, could, may, might), as against will and would
POSSIBILITY_MODALS = {"can", "could", "may", "might"}
# words of leave given, under which an act is only what someone may do ("not authorised to discuss the case")
PERMISSION_WORDS = {"authorize", "authorise", "authorized", "authorised", "allow", "permit", "clear", "entitle"}
# verbs that tell an act taking place or set to take place (light and aspectual verbs of events, and of their
# schedule: "was held", "were due to open", "took place", "was scheduled"; PolNeAR train: 2 event nouns with such a
# relative clause, weak)
OCCURRENCE_VERBS = {"be", "due", "hold", "open", "begin", "start", "resume", "take", "convene", "schedule", "plan",
                    "set", "continue", "end", "close", "conclude", "stage"}
# acts of force that hurt or damage what they hit: what they did (victims, fires) is told of them
BLOW_TYPES = {"ASSAULT", "FIGHT"}
# entity types a ship's bare name may be given when nothing near it says it is a ship (a verb of boarding says it:
# no person, body or state is boarded)
SHIP_NAME_TYPES = {"VEHICLE", "FAC", "PRODUCT", "LOC"}

# verbs of two sides fighting each other (VerbNet 3.3 meet-36.3: battle, clash, fight, skirmish)
MUTUAL_COMBAT = {"fight", "battle", "clash", "skirmish"}

# personal pronouns: people, whoever they are, when something is done to them ("seized them", "he was captured")
PERSONAL_PRONOUNS = {"him", "her", "them", "he", "she", "they", "us", "me"}
# nouns that count victims without saying who they are ("killed 23 people", "wounded two others")
COUNTED_PEOPLE = {"people", "person", "persons", "other", "others"}
# modes of the weapons of armed forces (CAMEO 194 artillery and tanks, 195 aerial weapons; drones are flown as
# aircraft are)
WEAPONS_OF_WAR = {"drone", "aerial", "heavy-weapons"}
# endings of English national adjectives (Wikipedia: Demonym, English suffixes: -(i)an, -i, -ese, -ish)
NATIONAL_SUFFIXES = ("an", "i", "ese", "ish")
# bare objects that make one act with the verb before them ("opened fire", "returned fire", "exchanged gunfire";
# PLOVER GSR FIGHT-0006 marks "opened fire" as the event's words)
FIRE_OBJECTS = {"fire", "gunfire"}

# verbs that move forces somewhere (VerbNet send-11.1), as against giving them (contribute, provide)
DISPATCH_VERBS = {"send", "dispatch", "move", "redeploy"}

# the marks that open a quotation: a predicate the parser hangs on an object as its apposition follows one
QUOTE_MARKS = {'"', "“", "”", "'", "‘", "’", "''", "``"}

# a weapon test named by its own noun, and the words a test of a weapon is told with ("test-fired", "a test launch")
WEAPON_TEST_NOUNS = {"test"}
WEAPON_TEST_HEADS = {"test", "fire", "launch", "firing"}


@factory("claimgraph_events_v1", alias="claimgraph_events",
         requires=["span._.cg_entity", "span._.cg_time", "doc._.cg_front_matter", "doc.ents", "token.dep",
                   "token.lemma"],
         assigns=["doc.spans", "span._.cg_event", "span._.cg_event_role", "span._.cg_event_mention"])
def make_events(nlp: Language, name: str) -> "EventTagger":
    return EventTagger()


# the modals that make a clause after 'insist' a demand ("insisted that the talks must resume")
DEMANDING_MODALS = {"must", "should", "shall"}


def asserted_clause(verb: Token) -> bool:
    """'X insisted (that) the plan would go ahead': a reporting verb of demand with a finite clause that states
    what is so, not what must be done, asserts it. A demand's clause is subjunctive ('insisted that he resign') or
    carries a modal of obligation. PLOVER GSR: of 2 records with 'insist', 'insisted unrest there reflected ethnic
    tensions' is coded for the verb it follows (SUPPORT), 'insisted on its demands that' DEMAND (weak)."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}):
        auxes = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
        if any(a.lower_ in DEMANDING_MODALS for a in auxes):
            continue
        if auxes or clause.tag_ in {"VBD", "VBZ", "VBP"}:
            return True
    return False


def subject_and_agents(verb: Token) -> list[Token]:
    """Who a verb says does it: its subject, and the objects of its by-phrase ('the plant was hit by drones')."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return doers


def dates_only(prep: Token) -> bool:
    """A preposition whose objects are all times ("on Thursday") dates the act: it is no complement that makes a phrasal
    verb ("what officials called ... on Thursday" is no "call on")."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in {"DATE", "TIME"} for o in objects)


class EventTagger(Component):
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
        self.source_descriptions = set(intent["source_descriptions"])
        self.act_heads = set(intent["act_heads"])
        self.threat_heads = set(intent["threat_heads"])
        verbal = data["verbal_attacks"]
        self.verbal_attack_verbs, self.verbal_objects = set(verbal["heads"]), set(verbal["objects"])
        # acts a threat may hold over someone ("a strike threat", "a veto threat"): the hostile ones and strikes
        self.threatened = (self.hostile | {"PROTEST", "REJECT"}) - {"THREATEN"}
        self.restriction_objects = set(intent["restriction_objects"])
        self.purpose_predicates = set(intent["purpose_predicates"])
        self.charge_verbs = set(intent["charge_verbs"])
        self.responsibility_verbs: dict[str, str] = dict(intent["responsibility_verbs"])
        claims = intent["responsibility_claims"]
        self.claim_verbs, self.claim_nouns = set(claims["verbs"]), set(claims["nouns"])
        self.claim_speakers = set(claims["speakers"])
        self.circumstance_nouns = set(intent["circumstance_nouns"])
        self.policy_nouns = set(intent["policy_nouns"])
        self.accidents = set(data["accidental_explosions"]["modifiers"])
        self.routine_hearings = set(data["proceeding_hearings"]["modifiers"])
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

    # -- triggers --------------------------------------------------------------------------------------------
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
        if pos == "NOUN" and dep == "compound" and table.pos[table.head[token.i]] in {"NOUN", "PROPN"} \
                and token.head.lemma_.lower() not in self.act_heads and token.head.lower_ not in self.act_heads \
                and not (token.head.lower_ in self.threat_heads and self.noun_type(token) in self.threatened):
            return True  # "attack drones", "the death toll": the noun describes another noun, it names no act
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

    def territory_taken(self, verb: Token) -> tuple | None:
        """A verb of taking whose object (or passive subject, or "control of" it) is a land or a town: taken by an
        armed force or a state it is ground won by force (PLOVER FIGHT 'occupy territory', CAMEO 19); captured by a
        person it is a contest won at the polls ('Senator Vane captured Tesland'), no act of force. Gives the
        (type, mode, object) of `named_act`, None for the act of none, or nothing where neither holds."""
        # the verb's own object: a second one is the parser's misreading of a phrase after it ("seized the Grey
        # Heron in disputed waters off Cape Norr", "off" taken for a particle and the cape for an object)
        obj = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if obj is not None and obj.lemma_.lower() == "control":  # "took control of the port of Sella"
            obj = self.pobj(obj, {"of", "over"})
        if obj is None:
            return None
        place = self.place(obj)
        if not (self.type_of(obj) in {"GPE", "LOC"} or place is not None and self.type_of(place) != "FAC"
                or obj.lemma_.lower() in self.place_nouns and obj.pos_ == "NOUN"):
            return None
        doer = verb
        while doer.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in doer.children):
            doer = doer.head  # "advanced and took the town": the first verb's doer
        doers = [c for c in doer.children if c.dep_ == "nsubj"]
        doers += [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        doers = [w.head if w.dep_ == "poss" else w for d in doers for w in [d, *d.conjuncts]]
        if any(w.lemma_.lower() in self.armed_agents or w.lower_ in self.armed_agents
               or self.type_of(w) == "GPE" or w.lemma_.lower() in self.force_actors for w in doers) \
                or self.armed_doer(verb):
            return "FIGHT", None, obj
        if verb.lemma_.lower() == "capture" and any(self.type_of(w) == "PERSON" for w in doers):
            return None, None, None
        return None

    def taken_thing(self, trigger: Token) -> Token | None:
        """What a verb or noun of taking takes: its object or passive subject, the noun a participle describes
        ('rockets captured from the rebels'), or the of-phrase of its noun ('the seizure of two engineers')."""
        if trigger.pos_ == "NOUN":
            return self.pobj(trigger, {"of"})
        taken = next((c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if taken is None and trigger.dep_ == "acl" and trigger.tag_ == "VBN":
            taken = trigger.head
        if taken is None and trigger.dep_ == "conj":
            taken = shared_passive_subject(trigger)
        return taken

    def taking_mode(self, trigger: Token) -> str | None:
        """How a party takes what it seizes or captures (PLOVER COERCE modes): people are detained ('seized two
        engineers', 'the workers were seized'), arms and goods seized ('captured 40 rifles'); None for anything
        else (a place, a chance: 'captured the town', 'seized the initiative')."""
        taken = self.taken_thing(trigger)
        if taken is None:
            return None
        lemma, word = taken.lemma_.lower(), taken.lower_
        entity = self.entity_of(taken)
        kind = self.clusters[entity].type if entity is not None else None
        if word in PERSONAL_PRONOUNS or kind == "PERSON" or entity is None and taken.ent_type_ == "PERSON" \
                or lemma in self.taken_people or word in self.taken_people:
            return "detain"
        if kind == "EQUIPMENT" or self.is_weapon(taken) or self.aid_modes.get(lemma) == "military" \
                or self.aid_modes.get(word) == "military" or lemma in self.taken_goods or word in self.taken_goods:
            return "seize"
        return None

    def seized_vessel(self, verb: Token) -> Token | None:
        """The ship a verb seizes: 'commandos boarded the tanker', 'the ship was boarded by marines', 'took control of
        the Brinna Gale'; a verb joined to another by 'and' takes that verb's ship ('boarded and seized the tanker')."""
        lemma = verb.lemma_.lower()
        if lemma in self.control_verbs:
            # "boarded and took control of the Brinna Gale": a name boarded is a ship's
            boarded = any(v.lemma_.lower() in self.boarding_verbs for v in verb.conjuncts)
            return self.controlled_vessel(verb, named=boarded)
        if lemma not in self.boarding_verbs:
            return None
        kids = list(verb.children)
        doer = verb
        while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in doer.children) and doer.dep_ == "conj":
            doer = doer.head  # "commandos boarded and seized": the first verb's subject boards too
        subjects = [c for c in doer.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBG":
            subjects = [verb.head]  # "footage showed naval commandos boarding the trawler": the noun boards
        agents = [o for c in kids if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        doers = [w for d in subjects + agents for w in [d, *d.conjuncts]]
        # a boarding with no one named may be an inspection or a journey ("the ship was boarded at Varsk")
        if not any(w.lemma_.lower() in self.boarders or w.lower_ in self.boarders for w in doers):
            return None  # "passengers boarded the ship": travellers, no seizure
        if any(c.dep_ == "prep" and c.lower_ in {"to", "for"} for c in kids):
            return None  # "troops boarded ships for the island": a journey
        # what one boards is a vehicle: a name boarded by a force is a ship's ("marines boarded the Oltan Star")
        ship = next((c for c in kids if c.dep_ in {"dobj", "nsubjpass"} and self.vessel(c, named=True)), None)
        if ship is not None:
            return ship
        if any(c.dep_ == "dobj" for c in kids):
            return None
        # the ship of a verb joined by "and": "boarded and seized the tanker", "boarded and took control of it"
        for other in [*verb.conjuncts]:
            if other.pos_ != "VERB":
                continue
            found = next((c for c in other.children if c.dep_ == "dobj" and self.vessel(c, named=True)), None) \
                or (self.controlled_vessel(other, named=True) if other.lemma_.lower() in self.control_verbs
                    else None)
            if found is not None:
                return found
        return None

    def controlled_vessel(self, verb: Token, named: bool = False) -> Token | None:
        """'took control of the tanker': the ship whose control a verb takes; `named`, a name boarded before it
        ('boarded and took control of the Brinna Gale')."""
        for noun in verb.children:
            if noun.dep_ == "dobj" and noun.lemma_.lower() in self.control_nouns:
                ship = prep_object(noun, {"of", "over"}, self.table)
                if ship is not None and self.vessel(ship, named):
                    return ship
        return None

    def vessel(self, noun: Token, named: bool = False) -> bool:
        """Whether a noun names a ship: a ship noun ('the tanker'), a name with one ('the tanker Brinna Gale'), or
        a name the entity finder took for a vehicle ('the Brinna Gale')."""
        if noun.lemma_.lower() in self.vessels or noun.lower_ in self.vessels:
            return True
        if any(c.dep_ in {"compound", "appos"} and c.lemma_.lower() in self.vessels for c in noun.children):
            return True
        if noun.dep_ == "appos" and noun.head.lemma_.lower() in self.vessels:
            return True
        entity = self.entity_of(noun)
        if entity is not None and self.clusters[entity].type == "VEHICLE":
            return True
        # a ship's name the entity finder took for a building or a product: no person, body or place is boarded
        return named and noun.pos_ == "PROPN" and (entity is None or self.clusters[entity].type in SHIP_NAME_TYPES)

    def person_taken(self, verb: Token) -> bool:
        """Whether what a verb takes (object or passive subject) is a named person or a personal pronoun."""
        for taken in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
            entity = self.entities.get(taken.i)
            if taken.lower_ in {"him", "her", "them", "he", "she", "they"} or (
                    self.clusters[entity].type == "PERSON" if entity is not None else taken.ent_type_ == "PERSON"):
                return True
        return False

    def patient_possessor(self, noun: Token) -> bool:
        """ "his arrest", "the envoy's expulsion": the possessor of such a noun is the one the act falls on, unless
        an of-phrase names that one ("the army's arrest of two reporters": the army arrests); PolNeAR train: 8
        "his/her/their arrest, release, killing ..."."""
        return noun.pos_ == "NOUN" and noun.lemma_.lower() in self.patient_nominals \
            and self.pobj(noun, {"of"}) is None

    def custody(self, trigger: Token) -> tuple[Token, Token | None] | None:
        """(the one kept, the keeper or None) of detention told as a state: "X remains in custody", "X was taken
        into custody by police", "X is being held by the army" (a passive hold/keep whose subject is a person);
        PolNeAR train: 6 such phrases."""
        verb = None
        if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ in self.custody_preps \
                and trigger.lemma_.lower() in {"custody", "detention"} and trigger.head.head.pos_ in {"VERB", "AUX"}:
            verb = trigger.head.head
            # "forces took X into custody": X is kept and the subject keeps; "X remains in custody": X is kept
            kept = next((c for c in verb.children if c.dep_ == "dobj"), None) \
                or next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if kept is not None and kept.dep_ == "dobj":
                keeper = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                return kept, keeper
        elif trigger.pos_ == "VERB" and trigger.lemma_.lower() in self.held_verbs \
                and any(c.dep_ == "auxpass" for c in trigger.children) \
                and not any(c.dep_ in {"dobj", "oprd", "acomp", "xcomp", "attr", "ccomp"} for c in trigger.children):
            verb = trigger
            kept = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
            if kept is not None and (kept.lower_ in COUNT_WORDS or kept.like_num):
                # "four of its engineers were being held": the people counted are the ones held
                kept = self.pobj(kept, {"of"}) or kept
            if kept is not None and kept.lower_ in RELATIVE_PRONOUNS and trigger.dep_ == "relcl":
                # "X, who had been held for months": X is the one held ("who" tells a person even where the
                # name is misread as a place)
                kept = trigger.head if kept.lower_ in {"who", "whom"} or self.a_person(trigger.head) else None
            elif not self.a_person(kept):
                return None  # "talks were held", "the town is held by rebels"
        elif trigger.pos_ == "VERB" and trigger.lemma_.lower() in self.held_verbs \
                and not any(c.dep_ in {"auxpass", "prt", "oprd", "xcomp", "ccomp"} for c in trigger.children):
            # "the navy held its crew for nine days": an active hold of people (PropBank hold.01, ARG1 the held)
            kept = next((c for c in trigger.children if c.dep_ == "dobj"), None)
            if kept is not None and kept.lower_ in QUANTITY_NOUNS:
                kept = self.pobj(kept, {"of"}) or kept  # "held thousands of refugees": the refugees are held
            if kept is not None and kept.pos_ == "PRON" and kept.lower_ in PERSONAL_PRONOUNS \
                    and self.armed_holder(trigger):
                return kept, self.actor(trigger)  # "its fighters were holding them": people an armed force keeps
            if kept is None or kept.pos_ == "PRON" or not self.a_person(kept):
                return None  # "held talks", "held the town"
            return kept, self.actor(trigger)  # the holder: the subject, or that of the verb it is joined to
        else:
            return None
        if kept is None:
            return None
        keeper = next((o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
        return kept, keeper

    def thing_as_supplier(self, doer: Token) -> bool:
        """A facility named by a common noun, of no party named with it: 'the depot', 'the pipeline' (not 'Kessar's
        army depot', whose owner may be the giver); one the story told before ("struck a fuel depot ... the depot
        supplied most units") is still a facility."""
        places = self.supplying_places
        return doer.pos_ == "NOUN" and (doer.lemma_.lower() in places or doer.lower_ in places) \
            and self.type_of(doer) in {None, "FAC"} and not self.is_party(doer) \
            and not any(c.dep_ in {"poss", "compound", "amod", "nmod"} and self.is_party(c) for c in doer.children)

    def released(self, trigger: Token, theme: Token | None, actor: Token | None) -> Token | None:
        """The people a release sets free: 'freed the hostages', 'the men would be released', 'the release of
        the detainees' (a person or party, not the doer, not a thing returned)."""
        if trigger.lemma_.lower() not in RELEASE_WORDS:
            return None
        if theme is None and trigger.dep_ == "conj" and any(c.dep_ == "auxpass" for c in trigger.children):
            # "was held for two days and would be released": the passive conjuncts share their subject
            theme = next((c for c in trigger.head.children if c.dep_ == "nsubjpass"), None)
        if theme is None or theme.i == trigger.i:
            return None
        if actor is not None and theme.i == actor.i:
            return None
        return theme if self.a_person(theme) or self.is_party(theme) else None

    def armed_holder(self, verb: Token) -> bool:
        """Whether the subject of a verb of holding is an armed or police force ('fighters', 'the army')."""
        holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return holder is not None and (holder.lemma_.lower() in self.armed_agents or holder.lower_ in self.armed_agents)

    def a_person(self, kept: Token | None) -> bool:
        """A person or people: a personal pronoun, a person's name, or a noun for people ('crew', 'refugees')."""
        if kept is None:
            return False
        entity = self.entities.get(kept.i)
        return kept.lower_ in {"he", "she", "they", "who"} \
            or entity is not None and self.clusters[entity].type == "PERSON" \
            or entity is None and kept.pos_ == "PROPN" and kept.ent_type_ in {"", "PERSON"} \
            or kept.pos_ == "NOUN" and kept.lower_ in self.unarmed_parties \
            or kept.pos_ == "NOUN" and kept.lemma_.lower() in self.member_nouns | self.leader_titles \
            or kept.pos_ == "NOUN" and kept.lemma_.lower() in self.taken_people \
            or kept.pos_ == "NOUN" and (kept.lemma_.lower() in self.generic_agents or kept.lemma_.lower() in
                                        {"man", "woman", "person", "people", "child", "national", "crew",
                                         # WordNet suspect.n.01, a person ("arrested the suspects in X"),
                                         # and crowd.n.01, a large number of people gathered together
                                         "suspect", "crowd"})

    def bare_count(self, token: Token) -> bool:
        """ "two were killed and more than 60 wounded": a count standing alone for whom a hostile act fell on counts
        people, no thing that would stand aside for the place it was hit in."""
        return token.pos_ == "NUM" and self.pobj(token, {"of"}) is None

    def counted_victims(self, event: EventRecord, victims: Token) -> bool:
        """ "killed six", "wounded at least 40 people", "killed 23 people": the victims of a killing or wounding
        told only by their number, with nothing saying who they are ("six Velmish soldiers", "three of its crew"
        say it)."""
        verb = event.trigger.root
        if event.type not in {"ASSAULT", "FIGHT"} or verb.pos_ != "VERB" or verb.lemma_.lower() not in CASUALTY_VERBS:
            return False
        if victims.pos_ == "NUM":
            return self.pobj(victims, {"of"}) is None
        return victims.lemma_.lower() in COUNTED_PEOPLE and any(c.dep_ == "nummod" for c in victims.children) \
            and not any(c.dep_ in {"amod", "compound", "nmod", "poss"} or c.dep_ == "prep" and c.lower_ == "of"
                        for c in victims.children)

    def cyber(self, noun: Token) -> bool:
        """ "the attack" told with malware or hackers in its sentence, or naming again an earlier cyberattack: a
        cyber operation (PLOVER: COERCE, context cyber)."""
        table = self.table  # the sentence and the story before it read from the table, not Token by Token
        lower, dep = table.lower, table.dep
        if table.pos[noun.i] != "NOUN" or lower[noun.i] not in self.cyber_nouns:
            return False
        if self.hacking_in_sentence(noun.i):
            return True
        start = table.sentence(noun.i)[0]
        definite = any(dep[c] in {"det", "poss"} and lower[c] not in {"a", "an"} for c in table.children[noun.i])
        return definite and any(lower[i] in self.cyber_antecedents for i in range(self.story_start, start))

    def hacking_in_sentence(self, i: int) -> bool:
        """Whether the sentence of word i speaks of hacking (malware, hackers) in another word than i."""
        table = self.table
        lower, lemma, cues = table.lower, table.lemma, self.cyber_cues
        start, end = table.sentence(i)
        return any(lower[k] in cues or lemma[k] in cues for k in range(start, end) if k != i)

    def measure_met(self, verb: Token) -> bool:
        """'meet the requirements', 'met the deadline', 'to meet demand': a measure or a market's demand satisfied;
        'met the demands of the strikers', 'their demands' stay a concession to a party."""
        if verb.lemma_.lower() not in self.meeting_verbs:
            return False
        done = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if done is None:
            return False
        word = done.lemma_.lower()
        if word in self.measures or done.lower_ in self.measures:
            return True
        if done.lower_ not in self.demand_nouns or done.tag_ != "NN":
            return False  # "met the hostage-takers' demands": demands made of someone are requests
        owned = any(c.dep_ == "poss" for c in done.children)
        owner = self.pobj(done, {"of"})
        return not owned and not (owner is not None and self.is_party(owner))

    def cyber_told(self, i: int) -> bool:
        """Whether the sentence of word i speaks of hacking, or the story before it told a cyberattack."""
        if self.hacking_in_sentence(i):
            return True
        lower, cues = self.table.lower, self.cyber_cues
        start = self.table.sentence(i)[0]
        return any(lower[k] in self.cyber_antecedents or lower[k] in cues for k in range(self.story_start, start))

    def cyber_strike(self, verb: Token) -> bool:
        """ "Hackers attacked the grid's control systems", "the hackers who struck the firm", "attacked the ministry's
        servers" where hacking is spoken of: a verb of attack done by hackers, or aimed at machines in a story of
        hacking, is a cyber operation (PLOVER: COERCE, context cyber); weapons and armed forces still strike."""
        if verb.lemma_.lower() not in self.cyber_verbs or self.weapon_doer(verb) or self.armed_doer(verb):
            return False
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        doers += [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        if verb.dep_ == "relcl":
            doers.append(verb.head)  # "the hackers who struck the firm"
        if any(d.pos_ == "NOUN" and self.noun_type(d) is not None or d.lower_ in self.cyber_antecedents
               for d in doers):
            return False  # "a cyberattack that cut electricity": what the act told did, no act of its own
        lower, lemma, cues = self.table.lower, self.table.lemma, self.cyber_cues
        if any(lower[w.i] in cues or lemma[w.i] in cues for d in doers for w in d.subtree):
            return True
        done = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if done is None or not self.cyber_told(verb.i):
            return False
        # machines, or the firm or utility that runs them ("attacked a water utility" in a story of a hack)
        entity = self.entity_of(done)
        return self.machine(done) or done.lemma_.lower() in self.cyber_operators \
            or entity is not None and self.clusters[entity].type == "ORG" and not self.generic(done)

    def firm_intruded(self, verb: Token) -> bool:
        """'Hackers compromised Pellan Freight', 'the firm was breached by X, a hacking group': a verb of intrusion
        with an organisation for its object, told where hacking is spoken of."""
        if verb.lemma_.lower() not in self.intrusion_verbs:
            return False
        done = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if done is None or self.machine(done):
            return False  # machines broken into are the word patterns' own
        entity = self.entity_of(done)
        return entity is not None and self.clusters[entity].type == "ORG" and self.cyber_told(verb.i)

    def machines_owner(self, trigger: Token, target: Token | None) -> Token | None:
        """'infiltrated hundreds of computers at Pellan Freight': the party whose machines a cyber act broke into,
        named by an at- or of-phrase on the machines or on the verb."""
        machines = target
        if machines is not None and not self.machine(machines):
            machines = self.pobj(machines, {"of"})  # "hundreds of computers"
        if machines is None or not self.machine(machines):
            return None
        for carrier, preps in ((machines, {"at", "of"}), (trigger, {"at"})):
            owner = self.pobj(carrier, preps)
            if owner is not None and self.is_party(owner) and self.place(owner) is None:
                return owner
        return None

    def service_cut_for(self, trigger: Token, service: Token | None) -> Token | bool | None:
        """ "Hackers cut power to much of X's eastern region": a service cut off is no party; whom the act is aimed at
        is the party its to-phrase names or the party behind the place there (False where none is named; None where
        the object is no service)."""
        if service is None or (service.lemma_.lower() not in self.cut_services
                               and service.lower_ not in self.cut_services):
            return None
        # the parser hangs "to" on the verb as a preposition or as a dative ("knocked out power to X")
        served = next((o for carrier in (trigger, service) for p in carrier.children
                       if p.dep_ in {"prep", "dative"} and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"),
                      None)
        if served is not None and served.pos_ in {"ADJ", "NOUN", "PRON", "DET"} and served.lower_ in SHARE_WORDS:
            served = self.pobj(served, {"of"}) or served  # "much of the region", "parts of the city"
        if served is None or served.lower_ in SHARE_WORDS:
            return False
        if self.is_party(served) and not self.generic(served):
            return served
        return self.party_behind(served, trigger) or self.party_around(served, trigger) or False

    def machine(self, noun: Token) -> bool:
        """Whether a noun names machines one breaks into ('computers', 'servers', 'networks')."""
        return noun.lower_ in self.machines or noun.lemma_.lower() in self.machines

    def work_stoppage(self, noun: Token) -> bool:
        """ "a 24-hour strike", "a strike by dock workers", "staged a strike over pay", and a later "the strike" of a
        story that told a labour strike: a strike noun in the labour sense (CAMEO 143), not an armed one."""
        sense = self.strike_senses.get(noun.i)
        return sense is not None and sense[0] == "labour"

    def strike_senses_of(self, doc: Doc) -> dict[int, tuple[str, Token]]:
        """The sense of each strike noun of a story, "labour" or "armed", with the word that decides it. A noun whose
        own words decide nothing and that a definite determiner ties to what came before ("since the strike began")
        follows the sense of the last strike noun before it (PolNeAR train: a story tells "a weeks-long strike",
        then "the strike has affected", "to weather the strike", "with the strike coming to a close")."""
        senses: dict[int, tuple[str, Token]] = {}
        last: tuple[str, Token] | None = None
        table = token_table(doc)
        for i in range(self.story_start, len(doc)):
            if table.pos[i] != "NOUN" or table.lower[i] not in self.labour_nouns:
                continue
            noun = doc[i]
            sense = self.strike_sense(noun)
            if sense is None and any(c.dep_ in {"det", "poss"} and c.lower_ in self.follow_determiners
                                     for c in noun.children):
                sense = last if last is not None else self.told_before(noun)
            if sense is not None:
                senses[i] = sense
                last = sense
        return senses

    def told_before(self, noun: Token) -> tuple[str, Token] | None:
        """ "Nurses walked out on Monday. Officials said the strike would delay operations": the first strike noun
        of a story, named as known, is the labour strike its earlier sentences told by a walkout or by words of work
        and pay, when they tell of no weapon."""
        earlier = noun.doc[self.story_start:noun.sent.start]
        if any(t.lower_ in self.armed_cues or t.lower_ in self.armed_modifiers for t in earlier):
            return None
        walkout = next((t for t in earlier if t.lemma_.lower() == "walk"
                        and any(c.dep_ in {"prt", "advmod"} and c.lower_ == "out" for c in t.children)), None)
        if walkout is not None:
            return "labour", walkout
        cue = next((t for t in earlier if t.lower_ in self.labour_cues or t.lemma_.lower() in self.labour_cues), None)
        return ("labour", cue) if cue is not None else None

    def strike_sense(self, noun: Token) -> tuple[str, Token] | None:
        """A strike noun's sense from its own words: a length of time or a workforce that modifies it or does it
        ("a 24-hour strike", "the strike by bus drivers"), "on strike", or a sentence that speaks of work and pay and
        of no weapon, make it a labour strike; a weapon or an armed doer ("air strike", "drone strike", "military
        strikes") or a sentence of killing and weapons with no word of work, an armed one."""
        before = [t for c in noun.children if c.i < noun.i and c.dep_ in {"compound", "amod", "nummod", "poss", "nmod"}
                  for t in c.subtree]
        by = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in {"by", "of"}
              for o in p.children if o.dep_ == "pobj"]
        armed = next((t for t in before + by if t.lower_ in self.armed_modifiers or t.lower_ in self.armed_cues), None)
        if armed is not None:
            return "armed", armed
        length = next((t for t in before if t.lower_ in self.labour_lengths), None)
        if length is not None:
            return "labour", length
        workforce = next((t for t in before + by if t.lemma_.lower() in self.workforce or t.lower_ in self.workforce),
                         None)
        if workforce is not None:
            return "labour", workforce
        if noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.lower_ == "strike":
            return "labour", noun.head  # "went on strike", "will stay on strike"
        armed = next((t for t in noun.sent if t.i != noun.i and t.lower_ in self.armed_cues), None)
        labour = next((t for t in noun.sent if t.lower_ in self.labour_cues or t.lemma_.lower() in self.labour_cues),
                      None)
        if labour is not None and armed is None:
            return "labour", labour
        if armed is not None and labour is None:
            return "armed", armed
        return None

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
        if table.lemma[noun.i] == "hearing" and any(
                c.dep_ in {"compound", "amod", "nmod"} and c.lemma_.lower() in self.routine_hearings
                for c in noun.children):
            return True  # "asylum hearings": a case heard, no investigation
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
        head = noun.head
        return noun.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() in self.source_descriptions

    def statement_occasion(self, noun: Token) -> bool:
        """'thanked the police in a televised address', 'said during a speech': the speech an act is told in is the
        occasion of its words, no act of its own; one given ('will give a speech') is still the act."""
        if noun.lower_ not in self.occasion_heads or noun.dep_ != "pobj":
            return False
        prep = noun.head
        return prep.lower_ in self.occasion_preps and prep.dep_ == "prep" and prep.head.pos_ in {"VERB", "AUX"}

    def words_answered(self, noun: Token) -> bool:
        """'The ministry rejected the accusation as a fabrication', 'dismissed those charges': a charge told before,
        named by a determiner alone as what a denial answers, is the words denied, no act of its own (PolNeAR train:
        4 "reject/deny/dismiss the accusations/allegations/charges/criticism"); a charge with its maker or its
        matter named ("Ambrecia's accusation of piracy") is still the charge."""
        if noun.dep_ != "dobj" or self.nouns.get(noun.lemma_.lower()) != "DISAPPROVE" \
                or self.verbs.get(noun.head.lemma_.lower()) != "REJECT":
            return False
        return any(c.dep_ == "det" and c.lower_ in {"the", "that", "this", "these", "those"} for c in noun.children) \
            and not any(c.dep_ in {"poss", "prep", "acl", "relcl", "amod", "compound"} for c in noun.children)

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
                                   for c in kids):
            return True  # "denied targeting civilians": a statement that something did not happen, no act
        if lemma == "deny" and any(c.dep_ == "dobj" and c.lemma_.lower() in self.restriction_objects for c in kids) \
                and self.goods_of_a_state(verb) is None:
            return True
        if any(c.dep_ == "neg" for c in kids) and any(c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ in {"VBZ", "VBP"}
                                                      for c in kids) and not self.negated_restriction(verb):
            # "X does not train armed groups": a denial of a habit, no act; but "does not allow protests" is the
            # standing restriction itself
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

    def gives_a_statement(self, verb: Token) -> bool:
        """'gave no details', 'provided no explanation', 'the date the group gave': a giving verb whose object, or
        the noun its relative clause tells of, is what a statement holds."""
        if self.verbs.get(verb.lemma_.lower()) != "AID":
            return False
        if verb.dep_ == "relcl" and verb.head.lemma_.lower() in self.statement_objects \
                and not any(c.dep_ == "dobj" for c in verb.children):
            return True  # "matched the date the group gave", "the account she gave": what is said, given
        return any(c.dep_ in {"dobj", "dative"} and c.lemma_.lower() in self.statement_objects for c in verb.children)

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
            if word.lemma_.lower() in self.armed_agents or word.lower_ in self.armed_agents:
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
        return any(w.lemma_.lower() in self.armed_agents or w.lower_ in self.armed_agents
                   for d in doers for w in [d, *d.conjuncts])

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
        time = self.time(trigger)
        if time is not None:
            event.roles["time"] = time
            event.role_spans["time"] = trigger.doc._.cg_times[time].span
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
        time = self.time(trigger)
        if time is not None:
            event.roles["time"] = time
            event.role_spans["time"] = trigger.doc._.cg_times[time].span
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

    # -- trigger words, weapons, places ---------------------------------------------------------------------
    def casualties(self, trigger: Token) -> Token | None:
        """'three civilians were killed in a car bombing': the victims of the clause the act is told in."""
        return casualties(trigger)

    def trigger_words(self, trigger: Token) -> Span:
        """The trigger with the particle or preposition of its phrasal verb right after it: 'handed over',
        'carried out', 'called for', 'look into'."""
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

    def fill_equipment(self, event: EventRecord, token: Token) -> None:
        """A known weapon by its entity; a model designation by its own word ('Harrow-9', not 'Kestrian Harrow-9')."""
        if self.entity_of(token) is not None:
            self.fill(event, "equipment", token)
        else:
            event.role_spans["equipment"] = token.doc[token.i:token.i + 1]

    def fill_craft(self, event: EventRecord, craft: Token) -> None:
        """An armed craft an act is done with: its entity where it has one (a ship's name), else its noun with the
        words that say whose and what craft it is ('Ketterian cutters', 'a Dorvasti patrol boat'), no count."""
        entity = self.entity_of(craft)
        if entity is not None and self.clusters[entity].type in {"VEHICLE", "EQUIPMENT"}:
            self.fill(event, "equipment", craft)
            return
        start = craft.i
        while start > 0 and craft.doc[start - 1].head.i == craft.i \
                and craft.doc[start - 1].dep_ in {"amod", "compound", "nmod"}:
            start -= 1
        event.role_spans["equipment"] = craft.doc[start:craft.i + 1]

    def is_weapon(self, token: Token) -> bool:
        return (token.lower_ in self.weapon_modes or token.lemma_.lower() in self.weapon_modes) \
            and not self.kind_of_company(token) and not suicide_attacker(token)

    def kind_of_company(self, token: Token) -> bool:
        """'shell companies': the word right before a company noun, tied to it in the tree whichever way the parser
        hangs it (modifier, or a verb taking it as object), names a kind of company."""
        if self.table.lower[token.i] not in self.company_modifiers or token.i + 1 >= len(token.doc):
            return False
        noun = token.doc[token.i + 1]
        return noun.lower_ in self.company_nouns and (noun.head.i == token.i or token.head.i == noun.i)

    def owner_of(self, weapon: Token) -> Token | None:
        """Whose weapon it is: a possessor, a national modifier ('Israeli jets', 'a Kestrian drone') or an armed
        party's noun ('government artillery', 'rebel drones', 'police gunfire')."""
        for child in weapon.children:
            if child.dep_ == "poss" and child.pos_ != "PRON":
                return child
        armed = None
        for token in weapon.lefts:
            for node in token.subtree:
                if node.dep_ in {"amod", "compound", "nmod"} and (node.ent_type_ in {"NORP", "GPE", "ORG"}
                                                                 or self.demonym_entity(node) is not None):
                    return node
                named = self.entities.get(node.i)
                if node.dep_ in {"compound", "nmod"} and named is not None \
                        and self.clusters[named].type in {"GPE", "ORG", "NORP"}:
                    return node  # "US Predator attacks": a party the gazetteer knows, whatever the tagger said
                if armed is None and node.dep_ in {"amod", "compound", "nmod"} and node.head.i == weapon.i \
                        and node.pos_ in {"NOUN", "ADJ", "PROPN"} and self.entity_of(node) is None \
                        and (node.lemma_.lower() in self.armed_owners or node.lower_ in self.armed_owners):
                    armed = node
        return armed or self.unknown_nation(weapon)

    def pronoun_owner(self, weapon: Token) -> Token | None:
        """'X said its drones had struck the ship': a weapon owned by a pronoun is the weapon of whom the pronoun
        names, the entity coreference gives it or, in what a party says, that party ('their fighters' alike)."""
        owner = next((c for c in weapon.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
        if owner is None:
            return None
        if self.entity_of(owner) is not None:
            return owner
        clause = next((t for t in [weapon.head, *weapon.head.ancestors] if t.dep_ == "ccomp"), None)
        reporter = reporter_of(clause.head, self.in_story) if clause is not None else None
        if reporter is not None and reporter.pos_ != "PRON" and self.is_party(reporter) \
                and self.agrees(owner, reporter):
            return self.member(reporter, clause.head)
        return None

    def earlier_owner(self, weapon: Token) -> Token | None:
        """ "Kestrian cutters ... the cutters opened fire": a definite weapon or craft with no owner of its own names
        again the nearest earlier one of its word, and is owned as that one is."""
        if not any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in weapon.children):
            return None
        return next((owner for earlier in self.earlier_same_nouns(weapon)
                     if (owner := self.owner_of(earlier)) is not None), None)

    def earlier_same_nouns(self, noun: Token) -> Iterator[Token]:
        """The nouns of the same word before this one in the story, nearest first: what a definite noun may name
        again."""
        lemma = noun.lemma_.lower()
        for i in range(noun.i - 1, self.story_start - 1, -1):
            earlier = noun.doc[i]
            if earlier.pos_ == "NOUN" and earlier.lemma_.lower() == lemma:
                yield earlier

    def armed_craft(self, token: Token) -> bool:
        """A warship, a patrol boat, a coast guard cutter: a craft that carries a state's or a service's arms."""
        words = {token.lower_, token.lemma_.lower()}
        if words & self.craft_heads:
            return True
        if not words & self.craft_modified:
            return False
        if self.craft_modified_here(token):
            return True
        # "a Kestrian patrol boat ... the boat opened fire": a definite craft names again the last one of its word
        if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"} for c in token.children):
            return False
        earlier = next(self.earlier_same_nouns(token), None)
        return earlier is not None and self.craft_modified_here(earlier)

    def craft_modified_here(self, token: Token) -> bool:
        return any(c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in self.craft_modifiers for c in token.children)

    def unknown_nation(self, weapon: Token) -> Token | None:
        """ "Kessan warplanes", "Velmish drones": a national adjective of a state that no list knows and the story
        does not name, which the tagger may take for a person's name; the adjective names the owner all the same
        (PLOVER GSR gives such an adjective as the source: 'Israeli tanks fired', 'Two Palestinian suicide
        bombers killed', 'Egyptian demonstrators rioted'; 5 records)."""
        # the parser may hang the adjective on a noun before the head ("a Velmish patrol boat": on "patrol")
        for node in (n for left in weapon.lefts for n in left.subtree):
            word = node.text
            if node.dep_ not in {"amod", "compound", "nmod"} or node.pos_ not in {"ADJ", "PROPN"} \
                    or not word[:1].isupper() or not word[1:].isalpha() or not word[1:].islower() \
                    or node.ent_type_ not in {"", "NORP", "PERSON"} or len(word) < 5:
                continue
            if self.entity_of(node) is not None and self.type_of(node) not in {"NORP", "PERSON"}:
                continue  # a weapon's own name, an organisation's word: not a nation's adjective
            if word.lower().endswith(NATIONAL_SUFFIXES):
                return node
        return None

    def attacking_from(self, trigger: Token) -> Token | None:
        """ "the depot came under attack from Varnese drones", "came under fire from government troops": the
        attack told from the side that bears it names its doer after "from": the owner of the weapon, or an armed
        force (PLOVER GSR: "came under attack by", coded with the attacker as source). A place the attack came from
        ("from across the border") and people who only criticise ("under fire from Republicans": PolNeAR train, 4
        such, all of them criticism) name no doer."""
        source = self.pobj(trigger, {"from"})
        if source is None or self.place(source) is not None:
            return None
        if self.means(source):
            return self.owner_of(source) or self.fire_source(source, trigger)
        if source.lemma_.lower() in self.armed_owners or source.lower_ in self.armed_owners \
                or source.lemma_.lower() in self.force_actors or source.lower_ in self.force_actors:
            return source
        return None

    def fire_source(self, means: Token, trigger: Token) -> Token | None:
        """ "was hit by artillery fire from government troops", "rockets from rebel positions": the forces or group
        a from-phrase on the fire (or on the passive verb it is the agent of) names are whose fire it is; a place it
        came from ("fire from across the border", "rockets from Gaza") is no doer."""
        carriers = [means]
        if means.dep_ == "pobj" and means.head.dep_ == "agent" and means.head.head.i == trigger.i:
            carriers.append(trigger)
        for carrier in carriers:
            source = self.pobj(carrier, {"from"})
            if source is None or self.place(source) is not None:
                continue
            if self.generic(source) and (source.lemma_.lower() in self.armed_owners
                                         or source.lower_ in self.armed_owners
                                         or self.owner_of(source) is not None):
                return source  # "from government troops", "from rebel fighters"
            if self.type_of(source) in {"ORG", "NORP"}:
                return source  # "from the Karst Brigade"
        return None

    def means_mode(self, means: Token) -> str | None:
        """The mode of an act done with these means: the weapon's ('drones'), the act's ('shelling'), or that of the
        weapon the fire comes from ('mortar fire')."""
        found = self.weapon_modes.get(means.lower_) or self.weapon_modes.get(means.lemma_.lower()) \
            or self.verb_modes.get(means.lemma_.lower())
        return found or next((self.weapon_modes[c.lower_] for c in means.children
                              if c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in self.weapon_modes), None)

    def means(self, token: Token) -> bool:
        """A subject that is what an act is done with, not who does it: a weapon ('drones hit'), an act of force
        ('shelling killed', 'the airstrikes destroyed') or fire from a weapon ('mortar fire wounded')."""
        if self.is_weapon(token):
            return True
        if token.pos_ == "NOUN" and self.armed_craft(token):
            return True  # "a Kestrian patrol boat fired": the boat is the state's means, as its tanks are
        if token.pos_ not in {"NOUN", "VERB", "PROPN"} or self.entity_of(token) is not None:
            return False
        # a capitalised act noun opening a sentence may be tagged a name: "Shelling killed ..."
        lemma = token.lower_ if token.pos_ == "PROPN" else token.lemma_.lower()
        if token.pos_ == "VERB":  # "Shelling killed ...": a gerund subject the parser tags as a verb
            return token.tag_ == "VBG" and token.dep_ in {"nsubj", "csubj"} and self.verbs.get(lemma) in FORCE_TYPES
        if self.nouns.get(lemma) in {"ASSAULT", "FIGHT"} or self.nouns.get(token.lower_) in {"ASSAULT", "FIGHT"}:
            return True
        return lemma in {"fire", "gunfire", "barrage", "salvo"} and any(
            c.dep_ in {"compound", "amod", "nmod"} and self.is_weapon(c) for c in token.children)

    def weapon_used(self, trigger: Token) -> Token | None:
        """The weapon an attack is made with: 'struck by a drone', 'attacked with rockets', 'a drone strike'."""
        for child in trigger.children:
            if child.dep_ in {"prep", "agent"} and child.lower_ in {"with", "by"}:
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None and self.is_weapon(obj):
                    return obj
            if child.dep_ == "dobj" and trigger.lemma_.lower() in self.instrument_objects and self.is_weapon(child):
                return child  # "detonated a bomb near the bridge": the bomb is the means, not what is aimed at
            if trigger.pos_ == "NOUN" and child.dep_ in {"compound", "nmod"} and self.is_weapon(child):
                return child
        return None

    def names_equipment(self, token: Token) -> bool:
        """Whether a phrase's head is an equipment item the entities name ('Harrow-2 batteries', 'a Russian-made air
        defence system'), though its noun is in no object list of the act."""
        entity = self.entity_of(token)
        return entity is not None and self.clusters[entity].type == "EQUIPMENT"

    def equipment_in(self, token: Token | None) -> Token | None:
        """A named weapon in a phrase: 'Harrow-9 drone', or one of a list ('tanks and Grad-4 launchers')."""
        if token is None:
            return None
        for node in [token, *token.conjuncts]:
            entity = self.entity_of(node)
            if entity is not None and self.clusters[entity].type == "EQUIPMENT":
                return node
        for node in [token, *token.conjuncts]:
            if not self.is_weapon(node) and node.lemma_.lower() not in self.aid_modes:
                continue
            for child in node.children:
                # a model designation names the weapon: "a Harrow-9 drone", "Grad-4 rocket launchers"
                if child.dep_ in {"compound", "nmod"} and child.pos_ == "PROPN" \
                        and any(ch.isdigit() for ch in child.text):
                    return child
        return None

    def aid_mode(self, theme: Token | None) -> str | None:
        """Military, humanitarian or economic aid, by what is given: 'supplied drones', 'delivered food'."""
        if theme is None:
            return None
        for node in [theme, *theme.conjuncts, *(c for c in theme.children if c.dep_ == "compound")]:
            mode = self.aid_modes.get(node.lower_) or self.aid_modes.get(node.lemma_.lower())
            if mode is not None:
                return mode
        return None

    def deployment(self, trigger: Token) -> bool:
        """'sent 2,000 troops to the border region', 'will send two frigates to escort the fleet': armed forces moved
        to a place, or to do a task, are deployed, not given to anyone."""
        if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in DISPATCH_VERBS:
            return False  # "contribute troops to a force", "provide soldiers": personnel given, military aid
        forces = next((c for c in trigger.children if c.dep_ == "dobj"), None)
        if forces is None or forces.lower_ not in self.deployed:
            return False
        # "sent warships to the gulf": the parser may tag the to-phrase a dative
        dative = next((o for c in trigger.children if c.dep_ == "dative" and c.lower_ == "to"
                       for o in c.children if o.dep_ == "pobj"), None)
        if any(c.dep_ == "dative" and c.pos_ != "ADP" for c in trigger.children):
            return False  # "sent the rebels troops": given to someone
        if self.pobj(trigger, {"toward", "towards"}) is not None or self.pobj(forces, {"toward", "towards"}) is not None:
            return True  # "sent troops towards Orl": forces are moved towards a place, given to no one
        destination = dative or self.pobj(trigger, {"to"}) or self.pobj(forces, {"to"})
        if destination is None:
            return any(c.dep_ in {"xcomp", "advcl"} and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
                       for c in trigger.children)
        if destination.lemma_.lower() in self.force_actors or destination.lemma_.lower() in self.act_heads:
            return False  # "sent troops to the peacekeeping force / mission": personnel for a body, aid
        # "sent troops to the town of Orl": a place noun names where they go, whatever its of-phrase names
        return not self.is_party(destination) or self.type_of(destination) in {"LOC", "FAC"} \
            or destination.lemma_.lower() in self.place_nouns

    def sent_on_a_task(self, trigger: Token) -> bool:
        """'sent a team to inspect the damage', 'a civilian team sent by X': people sent on a task are given to no
        one; the task, if named, is the act. A team named by what it brings ('a medical team', 'military
        advisers') is aid."""
        if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in DISPATCH_VERBS:
            return False
        sent = next((c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if sent is None and trigger.dep_ == "acl" and trigger.head.pos_ == "NOUN":
            sent = trigger.head  # "a team sent by X"
        if sent is not None and sent.pos_ == "NUM":
            sent = self.pobj(sent, {"of"}) or sent  # "sent two of its inspectors"
        if sent is None or sent.lemma_.lower() not in self.mission_people and sent.lower_ not in self.mission_people:
            return False
        return not any(c.dep_ in {"amod", "compound"} and (c.lower_ in self.aid_modes or c.lemma_.lower()
                                                           in self.aid_modes) for c in sent.children)

    def mission_destination(self, trigger: Token) -> Token | None:
        """'sent 21 inspectors to X to investigate': the place people are sent to do a task is where the task falls
        (PLOVER GSR INVESTIGATE-0002: the destination is the target)."""
        sending = trigger.head
        if trigger.dep_ not in {"advcl", "xcomp"} or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                               for c in trigger.children) \
                or not self.sent_on_a_task(sending):
            return None
        sent = next((c for c in sending.children if c.dep_ == "dobj"), None)
        place = self.pobj(sending, {"to"}) or self.pobj(sent, {"to"})
        return place if place is not None and self.is_party(place) else None

    def forces_goal(self, trigger: Token, theme: Token | None) -> Token | None:
        """ "moved fighters closer to the provincial capital, Velmont", "sent troops towards Orl": the place forces
        are moved to or towards is where the mobilisation stands (FrameNet Cause_motion: Goal), named by a to- or
        towards-phrase on the verb, or on 'closer' or 'nearer' beside the verb or the forces."""
        carriers = [trigger] + ([theme] if theme is not None and theme.i != trigger.i else [])
        carriers += [c for carrier in list(carriers) for c in carrier.children
                     if c.lower_ in {"closer", "nearer"} and c.dep_ in {"advmod", "amod", "acomp", "npadvmod"}]
        for carrier in carriers:
            goal = self.pobj(carrier, {"to", "toward", "towards"})
            if goal is None or goal.i in self.time_tokens:
                continue
            named = next((c for c in goal.children if c.dep_ == "appos"), None)
            place = self.place(goal) or (self.place(named) if named is not None else None)
            if place is not None:
                return place
        return None

    def destination(self, trigger: Token) -> Token | None:
        """'arrived in X on a visit', 'flew to X for talks', 'the first shipment reached X': the place a travel verb
        brings the act's doer or what it moves to, where the act is the verb's purpose or its subject (FrameNet
        Arriving: Goal; Travel: Goal)."""
        if trigger.pos_ != "NOUN":
            return None
        travel = trigger.head
        if trigger.dep_ == "pobj" and travel.lower_ in {"on", "for"}:
            travel = travel.head
        elif trigger.dep_ != "nsubj":
            return None
        if travel.pos_ != "VERB" or travel.lemma_.lower() not in self.travel_verbs or travel.i == trigger.i:
            return None
        goal = self.pobj(travel, {"in", "to", "at", "into"})
        if goal is None and travel.lemma_.lower() in {"reach", "visit"}:
            goal = next((c for c in travel.children if c.dep_ == "dobj"), None)
        return self.place(goal) if goal is not None and goal.i not in self.time_tokens else None

    def vessel_sent(self, trigger: Token) -> bool:
        """'sent two tankers to the port of X', 'the ship was sent to Y for repairs': a ship with no cargo named, moved
        to a place, is given to no one ('sent two tankers of fuel to X', 'ships loaded with grain' stay aid)."""
        if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in DISPATCH_VERBS:
            return False
        ship = next((c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if ship is None or not self.vessel(ship) or ship.lemma_.lower() in self.deployed:
            return False  # warships sent are a deployment, told elsewhere
        if any(c.dep_ in {"prep", "acl"} and (c.lower_ in {"of", "with"} or c.tag_ == "VBN" or c.lower_ == "carrying")
               for c in ship.children) or self.pobj(trigger, {"with"}) is not None:
            return False  # "tankers of fuel", "ships loaded with grain", "carrying aid": the cargo is given
        if any(c.dep_ == "dative" and c.pos_ != "ADP" for c in trigger.children):
            return False  # "sent the rebels two boats": given to someone
        destination = self.pobj(trigger, {"to"}) or next(
            (o for c in trigger.children if c.dep_ == "dative" for o in c.children if o.dep_ == "pobj"), None)
        if destination is None:
            return False
        return self.place(destination) is not None or destination.lemma_.lower() in self.place_nouns \
            or not self.is_party(destination)

    def moved_to_a_thing(self, trigger: Token) -> bool:
        """'transferred its cargo to another vessel': a transfer to no party moves goods, it aids no one."""
        if trigger.pos_ != "VERB" or any(c.dep_ == "dative" for c in trigger.children):
            return False
        destination = self.pobj(trigger, {"to"})
        return destination is not None and not self.is_party(destination) and destination.pos_ == "NOUN" \
            and self.entity_of(destination) is None \
            and destination.lemma_.lower() not in self.place_nouns  # "sent food to the flooded province" aids it

    def border_party(self, trigger: Token) -> Token | None:
        """'moved brigades to its border with X': the party across the border the forces face."""
        for token in trigger.subtree:
            if token.lemma_.lower() in {"border", "frontier", "boundary"}:
                party = self.party_in(self.pobj(token, {"with"}))
                if party is not None:
                    return party
        return None

    def location(self, trigger: Token, theme: Token | None) -> Token | None:
        """Where it happened: a place in a placing phrase on the trigger, or on what it acts on ('struck a market
        in the town of X'); a generic place noun stands for the place its of-phrase names."""
        carriers = [trigger]
        carriers += [c for p in trigger.children if p.dep_ == "prep" and p.lower_ not in self.location_preps
                     for c in p.children if c.dep_ == "pobj" and c.i not in self.time_tokens]
        clause = trigger.head
        if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "in" \
                and trigger.lemma_.lower() in self.circumstance_nouns and clause.head.pos_ == "VERB":
            carriers.append(clause.head)  # "in breach of": where the clause's act took place
        if theme is not None and theme.i != trigger.i:
            carriers.append(theme)
            carriers += [c for p in theme.children if p.dep_ == "prep" for c in p.children if c.dep_ == "pobj"]
            carriers += self.destined(theme)
        carriers += occurrence_clause(trigger)
        for rounds, more in enumerate((carriers, self.simultaneous_carriers(trigger))):
            for carrier in more:
                for child in carrier.children:
                    if child.dep_ == "prep" and child.lower_ in self.location_preps:
                        obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                        place = self.place(obj) if obj is not None and obj.i not in self.time_tokens else None
                        if place is None and obj is not None and obj.pos_ == "NOUN" and obj.i not in self.time_tokens:
                            place = self.place(self.pobj(obj, {"in"}))  # "rioted at a jail in northern X": X
                        if place is not None:
                            if rounds:
                                self.moment_places.add(place.i)
                            return place
        return None

    @staticmethod
    def time_told_by_when(trigger: Token) -> Token | None:
        """ "was last hit in 2021, when a strike on its pylons cut power": a when-clause relative to a time tells
        what happened then (Quirk et al. 1985, 17.12 relative adverb 'when' after a noun of time); the act it
        names, as its verb or its subject or object, takes that time. The word of the time the clause hangs on."""
        node = trigger
        for _ in range(2):
            if node.dep_ == "relcl" and any(c.dep_ in {"advmod", "mark"} and c.lower_ == "when" and c.i < node.i
                                            for c in node.children):
                return node.head
            if node.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
                return None
            node = node.head
        return None

    def destined(self, goods: Token) -> list[Token]:
        """ "a shipment of rifles bound for X at the port of Y last week": a participle naming where goods were
        going ('bound for', 'destined for', 'headed to') describes them; the parser hangs the phrases that follow
        it, which place and date the act done to the goods, on that participle. Those on the goods noun or on the
        noun its of-phrase counts."""
        nouns = [goods] + [o for p in goods.children if p.dep_ == "prep" and p.lower_ == "of"
                           for o in p.children if o.dep_ == "pobj"]
        return [c for n in nouns for c in n.children if c.dep_ == "acl" and c.tag_ in {"VBN", "JJ"}
                and c.i > n.i and any(p.dep_ == "prep" and p.lower_ in self.recipient_preps for p in c.children)]

    def simultaneous_carriers(self, trigger: Token) -> list[Token]:
        """ "opened fire as the convoy crossed a bridge near X on Tuesday": a clause of the same moment, opened by
        as or when, tells where and when the act it hangs on happened (Quirk et al. 1985, 15.25 temporal clauses of
        simultaneity); its verb and what that verb acts on carry the phrases. A while-clause is left out: it sets
        acts side by side, often in other places ("fired on the crowd while officials met in X")."""
        found = []
        for clause in trigger.children:
            if clause.dep_ == "advcl" and clause.pos_ in {"VERB", "AUX"} and any(
                    c.dep_ in {"mark", "advmod"} and c.lower_ in SIMULTANEITY and c.i < clause.i
                    for c in clause.children):
                found.append(clause)
                found += [c for c in clause.children if c.dep_ in {"dobj", "nsubjpass"}]
        return found

    def place(self, token: Token | None) -> Token | None:
        named_as_place = False
        for _ in range(3):
            if token is None:
                return None
            if self.type_of(token) in {"GPE", "LOC", "FAC"} or (
                    self.entity_of(token) is None and token.ent_type_ in {"GPE", "LOC", "FAC"}
                    and token.text[:1].isupper()):  # "in absentia": a lower-case word the tagger alone took is no name
                return token
            if named_as_place and (self.entity_of(token) is not None or token.pos_ == "PROPN"):
                return token  # "the town of Pereth": whatever else the name was taken for, here it is a place
            named_as_place = True
            if token.lemma_.lower() not in self.place_nouns:
                return None
            # "in Kolva's northern hills": a state's own part names the state as the place, as "the hills of Kolva"
            owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                          and (self.type_of(c) == "GPE" or self.entity_of(c) is None and c.ent_type_ == "GPE")), None)
            token = self.pobj(token, {"of"}) or owner
        return None

    def goods_of_a_state(self, token: Token) -> Token | None:
        """The goods of a state a trade measure falls on: 'a ban on Kestrian grain', 'banned Norwalian steel'."""
        if token.pos_ == "VERB" and token.lemma_.lower() in REFUSING_ENTRY:
            # "refused entry to 200 trucks of Kestrian wheat": goods kept out at the border are an embargo on them
            kept_out = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in self.restriction_objects]
            if not kept_out:
                return None
            return next((o for o in (self.pobj(token, {"to"}), self.pobj(kept_out[0], {"to"}))
                         if o is not None and self.national_goods(o) is not None), None)
        if token.lemma_.lower() not in self.goods_measures and token.lower_ not in self.goods_measures:
            return None
        return next((o for o in objects_of(token) if self.national_goods(o) is not None), None)

    def carried_ahead(self, word: Token) -> bool:
        """'goes ahead with', 'pressed ahead with', 'will proceed with': a verb (or its 'ahead') whose with-phrase
        names the act its subject carries out (PolNeAR train: 6 'proceed with / go ahead with' an act, each done by
        the subject: 'proceed with the deal', 'proceed with a disqualification'; weak)."""
        verb = word.head if word.lower_ in {"ahead", "forward"} and word.dep_ == "advmod" else word
        if verb.pos_ != "VERB":
            return False
        lemma = verb.lemma_.lower()
        # "moving forward with", "pressed on with" alike (PolNeAR train: 4 "move forward with" a case or a plan, 1
        # "press forward with"); never "go on with", which mostly asks what happens ("what's going on with", 3 of 4)
        onward = {"ahead", "forward"} if lemma == "go" else {"ahead", "forward", "on"}
        return lemma == "proceed" or lemma in AHEAD_VERBS and any(
            c.dep_ in {"advmod", "prt"} and c.lower_ in onward for c in verb.children)

    def measure_named_before(self, token: Token) -> Token | None:
        """'a ban on Kestrian grain ... The ban takes effect on Monday', 'Norwalia's ban': a measure noun with no object
        of its own names again the same word told before as a trade sanction (on a state's goods, or on imports)."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self.goods_measures or not named_again(token):
            return None  # "the ban on journalists", "the travel ban", "a new ban": a measure of its own
        word = token.lemma_.lower()
        for earlier in reversed(token.doc[self.story_start:token.i]):
            if earlier.pos_ == "NOUN" and earlier.lemma_.lower() == word:
                pattern = self.phrase(earlier)
                if self.goods_of_a_state(earlier) is not None or pattern is not None \
                        and pattern[0]["type"] == "SANCTION" and pattern[1] is not None:
                    return earlier
        return None

    def act_yields(self, verb: Token) -> bool:
        """'the raids yielded 12 arrests', 'the searches yielded three rifles': 'yield' whose subject is an act or a
        search produces a result (WordNet 3.1 yield.v.01 'be the cause or source of'), no concession (CAMEO 08)."""
        if verb.lemma_.lower() != "yield" or not any(c.dep_ == "dobj" for c in verb.children):
            return False
        return any(c.dep_ == "nsubj" and (self.deed(c) or c.lemma_.lower() in SEARCH_NOUNS) for c in verb.children)

    def expulsion_named_before(self, token: Token) -> bool:
        """'X ordered out 30 monitors ... called the expulsion a disgrace': an expulsion noun with no object of its
        own names again an expulsion of an international presence told before (CAMEO 166, SANCTION), not a
        deportation of individuals (CAMEO 174, COERCE): the noun takes the verb's type."""
        if token.lemma_.lower() != "expulsion" or not named_again(token):
            return False
        for earlier in reversed(token.doc[self.story_start:token.i]):
            if earlier.pos_ == "VERB" and self.told_to_leave(earlier) is not None:
                return True
            if earlier.pos_ in {"VERB", "NOUN"} and earlier.lemma_.lower() in EXPEL_WORDS | {"order"}:
                pattern = self.phrase(earlier)
                if pattern is not None and pattern[0].get("mode") == "expel":
                    return True
        return False

    def national_goods(self, noun: Token | None, depth: int = 2) -> Token | None:
        """The national adjective of a state naming goods: 'Kestrian grain', 'imports of Kestrian steel' -> 'Kestrian'
        (goods only; 'Kestrian refugees' are people, no trade)."""
        if noun is not None and depth > 0 and noun.pos_ == "NOUN" and noun.lemma_.lower() in GOODS_CARRIERS:
            return self.national_goods(self.pobj(noun, {"of"}), depth - 1)  # "trucks of Kestrian wheat"
        if noun is None or depth == 0 or noun.pos_ != "NOUN" or (
                noun.lemma_.lower() not in self.traded_goods and noun.lower_ not in self.traded_goods):
            return None
        for child in noun.children:
            if child.dep_ not in {"amod", "compound", "nmod"} or not child.text[:1].isupper():
                continue
            entity = self.demonym_entity(child)
            if entity is not None and self.clusters[entity].type == "GPE" \
                    or entity is None and child.ent_type_ == "NORP":
                return child
        return self.national_goods(self.pobj(noun, {"of"}), depth - 1)  # "imports of Kestrian steel"

    def national_owner(self, thing: Token) -> Token | None:
        """The nation a thing's national modifier names ('a Kelmari fuel depot', 'the Kestrian embassy'): a modifier
        the tagger took for a nationality or a state, or the adjective of a state the story names."""
        if self.entity_of(thing) is not None:
            return None  # a name of its own ("the Kestrian Oil Company") is no thing of a nation's
        return next((c for c in thing.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < thing.i
                     and (c.ent_type_ in {"NORP", "GPE"} or self.demonym_entity(c) is not None)), None)

    def craft_owner_word(self, token: Token) -> int | None:
        """ "A Dorvasti patrol boat", "two Velmish coast guard cutters": a word modifying a craft or a weapon that is
        an entity of its own names the craft's owner, not the craft: the entity of a shorter mention inside the
        craft's, or the state its national adjective names."""
        craft = self.entities[token.i]
        if self.clusters[craft].type not in {"VEHICLE", "EQUIPMENT"} or token.dep_ not in {"amod", "compound", "nmod"}:
            return None
        inner = [(len(m), k) for k, cluster in enumerate(self.clusters) if k != craft
                 for m in cluster.mentions if m.start <= token.i < m.end]
        if inner:
            return min(inner)[1]
        state = self.demonym_entity(token)
        return state if state != craft else None

    def demonym_entity(self, token: Token) -> int | None:
        """The state a national adjective names, among the story's entities: 'Kestrian' -> Kestria."""
        return self.state_of_adjective(token.text)

    def national_word_state(self, entity: int) -> int:
        """ "expelled four Kessarine diplomats": an entity that is no more than a national adjective (the name tagger
        may take a lone "Kessarine" for a person or a group) stands for the state the adjective names, where the story
        names that state; any other entity stays itself."""
        cluster = self.clusters[entity]
        name = cluster.name or ""
        if cluster.type in {"GPE", "EQUIPMENT"} or " " in name or not all(m.text == name for m in cluster.mentions):
            return entity
        state = self.state_of_adjective(name, rarer=True)
        return state if state is not None and self.clusters[state].type == "GPE" else entity

    def state_of_adjective(self, word: str, rarer: bool = False) -> int | None:
        """The story's entity a national adjective is formed from ('Kestrian' -> Kestria); with `rarer`, also by the
        rarer suffix "-ine" ("Argentine", "Philippine": Wikipedia, Demonym, English suffixes; states.csv: 2 of 95,
        weak), asked only of a word the tagger left standing alone."""
        if not word[:1].isupper():
            return None
        for k, cluster in enumerate(self.clusters):
            name = cluster.name or ""
            if cluster.type in {"PERSON", "EQUIPMENT"} or not name or len(name) < 3 or " " in name:
                continue
            if word in adjective_forms(name) or rarer and word == name.rstrip("aeiou") + "ine":
                return k
        return None

    # -- types set by the clause ---------------------------------------------------------------------------
    def role_holder(self, noun: Token) -> bool:
        """ "killed a militia commander", "arrested a rebel officer": a person named by a post in a group the common
        noun before it describes is the one the act falls on, not the group (PolNeAR train: 113 "<group noun>
        leader/chief/officer/member/commander" phrases, "party leaders", "police officers", each people)."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.member_nouns | self.leader_titles:
            return False
        if self.pobj(noun, {"of", "from"}) is not None:
            return False  # "staff members of the aid group X": the group the of-phrase names stands for them
        return any(c.dep_ == "compound" and c.pos_ == "NOUN" and self.entity_of(c) is None for c in noun.children) \
            and not any(c.dep_ in {"poss", "amod", "compound", "nmod"} and c.pos_ == "PROPN" for c in noun.children)

    def unarmed_struck(self, trigger: Token) -> bool:
        """Whether force is aimed straight at a gathered crowd: "opened fire on protesters", "shot the marchers",
        "opened fire ..., killing at least 12": an armed force's fire on an unarmed crowd is an assault on it, violent
        repression, no battle between armed parties (CAMEO 175 and 18 against 19; the claimgraph gold codes a guard's
        fire on protesters ASSAULT). Fire meant to disperse them ('opened fire to disperse demonstrators', PLOVER GSR
        FIGHT-0006) names them only by its purpose and stays FIGHT (PolNeAR train: 2, "fired on/into the crowd")."""
        acts = [trigger]
        if trigger.dep_ in {"advcl", "conj"} and trigger.tag_ == "VBG" and trigger.head.pos_ == "VERB":
            acts.append(trigger.head)  # "opened fire on protesters, killing 12": the killing is of that fire
        for act in acts:
            carriers = [act, *(c for c in act.children if c.dep_ == "dobj" and c.lemma_.lower() == "fire")]
            struck = [c for c in act.children if c.dep_ in {"dobj", "nsubjpass"}]
            struck += [o for carrier in carriers for p in carrier.children if p.dep_ == "prep"
                       and p.lower_ in {"on", "at", "into"} for o in p.children if o.dep_ == "pobj"]
            for noun in struck:
                for person in (noun, *noun.conjuncts):
                    if person.lemma_.lower() in self.unarmed_parties or person.lower_ in self.unarmed_parties:
                        return True
                if act.lemma_.lower() in RAMMING_VERBS and noun.dep_ == "dobj" and self.civilian(noun):
                    return True  # "rammed a fishing boat": the craft driven into is struck as fire aimed at it is
            aimed = act.lemma_.lower() in AIMING_VERBS or len(carriers) > 1
            if aimed and any(self.civilian(o) for carrier in carriers for p in carrier.children if p.dep_ == "prep"
                             and p.lower_ in {"on", "at", "into", "upon"} for o in p.children if o.dep_ == "pobj"):
                return True
        return False

    def civilian(self, noun: Token) -> bool:
        """People or craft outside any armed force: 'villagers', 'a fishing boat', 'a merchant vessel'."""
        for word in (noun, *noun.conjuncts):
            lemma, lower = word.lemma_.lower(), word.lower_
            if lemma in self.civilian_words or lower in self.civilian_words:
                return True
            if (lemma in self.civilian_craft_heads or lower in self.civilian_craft_heads) and any(
                    c.dep_ in {"amod", "compound"} and c.lower_ in self.civilian_modifiers for c in word.children):
                return True
        return False

    def named_person_struck(self, trigger: Token) -> bool:
        """Whether the act's object is one person the story names ("shot dead the student leader Arlo Venn"): armed
        forces killing a named person commit an assault on that person, no battle (CAMEO 1823 kill by physical
        assault, 186 assassinate; PLOVER GSR codes 'killed the deputy chief', 'attempted to assassinate Prime
        Minister Iyad Allawi' ASSAULT, and 'opened fire to disperse ... demonstrators' FIGHT)."""
        objects = [c for c in trigger.children if c.dep_ == "dobj"]
        for obj in objects:
            if obj.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in obj.children):
                continue
            named = [obj, *(c for c in obj.children if c.dep_ == "appos")]
            if any((k := self.entity_of(t)) is not None and self.clusters[k].type == "PERSON" for t in named):
                return True
        return False

    def retype(self, trigger: Token, type_: str, actor: Token | None, mode: str | None = None) -> str:
        """The PLOVER type of the clause: conventional force, announced intent, refusal."""
        doer = actor.head if actor is not None and actor.dep_ == "poss" else actor  # "its forces"
        armed = doer is not None and (doer.lemma_.lower() in self.force_actors or doer.lower_ in self.force_actors
                                      or doer.i != trigger.i and self.means(doer) and self.conventional(doer))
        if armed and trigger.lemma_.lower() in RAMMING_VERBS:
            # a craft rams with its hull, not its guns: only a warship or a craft an armed force's word marks ("a
            # navy ship") rams as a force does; a customs cutter's or a coast guard boat's ramming stays an assault
            # (warship classes: the armed forces' own craft, `armed_targets`)
            armed = doer.lemma_.lower() in self.warlike or any(
                c.dep_ in {"compound", "amod", "nmod"} and c.lemma_.lower() in self.warlike for c in doer.children)
        if type_ == "ASSAULT" and trigger.lemma_.lower() in self.force_verbs and armed \
                and not self.named_person_struck(trigger) and not self.unarmed_struck(trigger):
            return "FIGHT"  # organised armed forces and their weapons: conventional force
        if type_ == "FIGHT" and self.unarmed_struck(trigger):
            return "ASSAULT"  # "opened fire on the marchers": fire aimed at a crowd is no battle
        if type_ == "PROTEST" and trigger.pos_ == "VERB" and trigger.dep_ in {"advcl", "xcomp"} \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
            # "summoned the ambassador to protest": the purpose of an official complaint is that complaint (CAMEO
            # 114), as "began a hunger strike to protest" is the strike's (PLOVER GSR codes both with their act)
            governing = self.phrase(trigger.head) if trigger.head.pos_ == "VERB" else None
            if governing is not None and governing[0]["type"] == "DISAPPROVE":
                return "DISAPPROVE"
        if type_ == "FIGHT" and trigger.lemma_.lower() in self.dispute_verbs and not armed \
                and self.dispute(trigger, doer):
            return "DISAPPROVE"  # "clashed with the prime minister over the budget": a dispute in words
        if type_ == "FIGHT" and trigger.lemma_.lower() in {"capture", "seize"} \
                and (self.person_taken(trigger) or self.taking_mode(trigger) is not None):
            # "Dara Voss was captured", "captured two officers": people taken are detained (CAMEO 173); "rifles
            # captured from the rebels": arms taken are seized (CAMEO 1711); neither is ground won
            return "COERCE"
        if type_ == "ASSAULT" and trigger.lemma_.lower() in RAID_WORDS and raid_with_arrests(trigger):
            # "police raided homes and arrested 12 people", "detained nine in dawn raids": a raid that takes people
            # into custody is an arrest sweep (PLOVER GSR COERCE arrest: 'arrested more than 100 ... in a security
            # sweep'), no assault
            return "COERCE"
        if type_ == "COERCE" and mode == "destroy" and trigger.lemma_.lower() in self.destroy_verbs and armed:
            return "ASSAULT"  # armed forces destroying property: violence, not an administrative measure
        if type_ == "AGREE" and trigger.pos_ == "VERB" and any(
                c.dep_ == "xcomp" and (c.lemma_.lower() in self.force_complements
                                       or self.verbs.get(c.lemma_.lower()) in {"ASSAULT", "FIGHT", "COERCE"})
                for c in trigger.children):
            return "THREATEN"  # "vowed to crush the rebels": force promised is force threatened
        clause = self.clause(trigger)
        if type_ == "AGREE" and clause.dep_ == "xcomp" and clause.head.lemma_.lower() in self.negative_implicatives:
            return "REJECT"  # "failed to reach an agreement" (PLOVER GSR's convention)
        intended, negated = self.intent(trigger)
        if self.held_over(trigger, type_) and self.conditional(trigger):
            return "THREATEN"  # "will withdraw ... unless", "may halt ... if": an act held over someone
        if not intended:
            return type_
        if (negated or none_given(trigger)) and type_ in self.cooperative | {"AGREE"}:
            return "REJECT"
        if type_ in self.cooperative and trigger.lemma_.lower() in self.own_departures:
            return type_  # "will resign": the departure itself, offered to no one
        if type_ in self.cooperative and not agentless_passive(clause):
            # "the men would be released": a release told in the passive with no one named to do it is no one's
            # promise (PLOVER GSR AGREE-0025 'the rebels said they will release' has its doer as the subject)
            return "AGREE"
        if type_ in self.cooperative:
            return type_
        if self.held_over(trigger, type_) and not negated:
            return "THREATEN"
        return type_

    def held_over(self, trigger: Token, type_: str) -> bool:
        """An act that, announced, is a threat: a hostile act, or a suit ('will sue', 'would take legal action
        against'), where criticism announced is none."""
        if type_ in self.hostile:
            return True
        if type_ != "DISAPPROVE":
            return False
        if trigger.lemma_.lower() in self.lawsuits or trigger.lower_ in self.lawsuits:
            return True
        pattern = self.phrase(trigger)
        return pattern is not None and bool(pattern[0].get("lawsuit"))

    def armed_target(self, token: Token | None) -> bool:
        """An armed force or its craft: 'the frigate', 'the Gorrundi frigate Skerra', 'border guards', 'a military
        convoy', 'an army post'."""
        if token is None:
            return False
        if token.dep_ in {"amod", "compound"} and token.lower_ in self.armed_target_modifiers:
            token = token.head  # "a military convoy" told by the party word inside it
        for noun in (token, *(c for c in token.children if c.dep_ in {"compound", "appos"} and c.pos_ == "NOUN")):
            lemma = noun.lemma_.lower()
            if lemma in self.armed_targets or noun.lower_ in self.armed_targets:
                return True
            if lemma in self.armed_target_heads and any(
                    c.dep_ in {"amod", "compound"} and c.lower_ in self.armed_target_modifiers for c in noun.children):
                return True
        return False

    def dispute(self, trigger: Token, doer: Token | None) -> bool:
        """Whether a clash is one of words: none of its parties is armed or a crowd, police or an armed group, and
        it is placed in no town or country ('clashes in the capital')."""
        parties = [doer] if doer is not None else []
        for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"with", "between"}):
            for party in (c for c in prep.children if c.dep_ == "pobj"):
                parties += [party, *party.conjuncts]
        if trigger.pos_ == "NOUN":
            parties += [c for c in trigger.children if c.dep_ in {"poss", "amod", "compound"}]
        if not parties:
            return False
        for party in parties:
            words = {party.lemma_.lower(), party.lower_} | {c.lower_ for c in party.children if c.dep_ == "amod"}
            if words & (self.force_actors | self.physical_parties | {"armed"}):
                return False
        return self.location(trigger, None) is None

    def conventional(self, means: Token) -> bool:
        """Means of conventional force (CAMEO 19): an act of war ('shelling', 'airstrikes') or the fire of an armed
        force's weapon ('artillery fire', 'tank fire'), as against a bomb, a rocket or a drone of anyone's."""
        if self.nouns.get(means.lemma_.lower()) == "FIGHT" or self.verbs.get(means.lemma_.lower()) == "FIGHT":
            return True
        if means.pos_ == "NOUN" and self.armed_craft(means):
            return True  # a warship's or a patrol boat's fire is a state force's
        return any(c.dep_ in {"compound", "amod", "nmod"} and c.lemma_.lower() in self.force_actors
                   for c in means.children)

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
        if negated and trigger.pos_ == "VERB" and (pattern := self.phrase(trigger)) is not None \
                and pattern[0].get("negated"):
            negated = False  # "will not tolerate rallies": the negation is part of the act, a restriction
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children):
            # "did not say whether it would send the generators": a question about the act announces nothing
            # (PolNeAR train: 46 "whether X will/would V", 4 of them on a cooperative act: "whether he would support")
            return False, negated
        if any(c.dep_ == "aux" and c.lower_ in self.modals for c in clause.children):
            return True, negated
        head = clause.head
        if clause.dep_ == "xcomp" and head.lemma_.lower() == "be" and any(
                c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children) and any(
                c.dep_ == "nsubj" and self.is_party(c) for c in head.children):
            # "X is to receive 40 tanks from Y": an arrangement for the future (Quirk et al. 1985 §4.45 'be to'), as
            # "will"; not "the goal is to ...", whose subject is no party
            return True, negated or any(c.dep_ == "neg" for c in head.children)
        # "have sworn to fight": the parser may hang the infinitive as an adverbial clause
        infinitive = clause.dep_ == "xcomp" or clause.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)
        if infinitive and head.lemma_.lower() in self.intent_predicates:
            carrier = head.head if head.dep_ == "acomp" else head
            negated = negated or any(c.dep_ == "neg" for c in [*head.children, *carrier.children])
            return True, negated
        return False, negated

    def fill(self, event: EventRecord, role: str, token: Token | None, entity_only: bool = False) -> None:
        """A role names an entity when one is there; its words are kept either way."""
        if token is None or negative_quantifier(token):
            return  # "no one was killed", "none of the crew was hurt": nobody is named
        if token.lower_ == "whose":
            token = whose_antecedent(token)
            if token is None:
                return
        if token.i in self.dateline and role != "location":
            # "MARVOST (Wire) - At least 19 people were killed": the parser may make the dateline's place a second
            # subject of the lead's verb; the words after the dateline fill the role, and the place stays no party
            token = next((c for c in token.head.children if c.dep_ == token.dep_ and c.i not in self.dateline), None)
            if token is None:
                return
        if role in {"target", "recipient"} and (token.pos_ == "NUM" or token.lower_ in COUNT_WORDS):
            whole = self.pobj(token, {"of"})
            if whole is not None:
                # "seized three of its boats": the boats, not the count; and the party they belong to
                token = whole if self.is_party(whole) else (self.party_behind(whole) or whole)
        entity = self.entity_of(token)
        if entity is not None and role != "equipment" and token.dep_ in {"amod", "compound", "nmod"} \
                and self.clusters[entity].type == "EQUIPMENT" and token.pos_ in {"ADJ", "PROPN"} \
                and not any(ch.isdigit() for ch in token.text):
            entity = None  # "a Kestrian Harrow-9 drone": the national word inside the weapon's name is its owner
        if entity is None and token.dep_ in {"amod", "compound", "nmod"}:
            entity = self.state_of_adjective(token.text, rarer=True)  # "a Kestrian drone": Kestria's
        if entity is None and token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in {"a", "an"}
                                                           for c in token.children):
            name = self.named_later(token)
            if name is not None:
                entity = self.entity_of(name)
                if entity is None:
                    first = min([name.i, *(c.i for c in name.lefts if c.dep_ == "compound" and c.pos_ == "PROPN")])
                    event.role_spans[role] = token.doc[first:name.i + 1]
                    return
        if entity is None and (entity_only or token.pos_ == "PRON"):
            return
        if entity is None and role == "actor" and token.lemma_.lower() in self.fallout:
            return  # "killed by falling debris": the debris of a blast is no doer
        if entity is None and role == "actor" and (kind_of_thing(token) or self.deed(token)):
            # "the poisoning drew protests", "a Kestrian type of drone struck", "an explosion killed two": an act, a
            # kind, is no doer (the claimgraph gold leaves a strike told by its means without an actor; PLOVER GSR
            # FIGHT-0008 codes 'minefield explosion' as the source all the same)
            return
        if role in {"target", "recipient"} and event.type not in FORCE_TYPES and self.own_people(event, token):
            return
        if entity is not None:
            entity = self.national_word_state(self.full_name(entity, token))
            if role != "actor" and entity == event.roles.get("actor"):
                return  # nobody is their own recipient or target
            event.roles[role] = entity
        event.role_spans[role] = self.short_of_source(phrase(token), token)

    def short_of_source(self, words: Span, head: Token) -> Span:
        """'killing at least 12 people, the director of the hospital, Nadia Orlund, told the Courier': the parser may
        hang the one who tells of the act on its victims as an apposition; the role's words stop before them."""
        start = next((s.start for s in words.doc.spans.get("cg_sources", []) if head.i < s.start < words.end), None)
        if start is None:
            return words
        # the apposition holding the source holds its description too ("the director of the hospital, Nadia Orlund")
        end = next((c.left_edge.i for c in head.rights
                    if c.dep_ == "appos" and c.left_edge.i <= start <= c.right_edge.i), start)
        while end > head.i + 1 and words.doc[end - 1].is_punct:
            end -= 1
        return words.doc[words.start:end]

    def own_people(self, event: EventRecord, token: Token) -> bool:
        """ "Varden recalled its envoy", "withdrew their troops": people or staff the actor's own possessive names
        are its own, whom no act but force falls on; the party they are sent to or taken from is named by a phrase
        of its own (PLOVER GSR: 8 records with "its/their" troops, forces, nationals, observers or citizens, none of
        them coded as the target)."""
        actor = event.roles.get("actor")
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if actor is None or owner is None or owner.pos_ != "PRON" or owner.lower_ not in {"its", "their"} \
                or token.lower_ not in self.own_people_nouns:
            return False  # "its partners", "their rivals": others, named by their tie to the actor
        return self.entity_of(owner) in {actor, None}

    # -- roles -----------------------------------------------------------------------------------------------
    def entity_of(self, token: Token | None) -> int | None:
        """The entity a noun phrase names: its head, an apposition, or a name modifying a generic head."""
        if token is None:
            return None
        if token.i in self.entities:
            owner = self.craft_owner_word(token)  # the first entity is 0: only None means no owner
            return owner if owner is not None else self.entities[token.i]
        noun = token.head if token.dep_ == "compound" and token.pos_ == "NOUN" and token.head.pos_ == "NOUN" \
            else token
        if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.i in self.entities \
                and adjacent_apposition(noun.head, noun) and any(c.dep_ == "det" and c.lower_ in {"a", "an"}
                                                                 for c in noun.children):
            # "the Osk Brigades, a rebel group backed by Vell": the group the apposition describes is the party
            return self.entities[noun.head.i]
        for child in token.children:
            if child.dep_ == "appos" and child.i in self.entities and adjacent_apposition(token, child):
                return self.entities[child.i]
            if child.dep_ == "acl" and child.i == token.i + 1 and child.lemma_.lower() in NAMING_CLAUSE_VERBS:
                # "a company called X", "a militia named Y": the name the clause gives is the party
                named = next((c for c in child.children if c.dep_ in {"oprd", "dobj", "attr"}
                              and c.i in self.entities), None) or next(
                    (o for p in child.children if p.dep_ == "prep" and p.lower_ == "as"
                     for o in p.children if o.dep_ == "pobj" and o.i in self.entities), None)
                if named is not None:
                    return self.entities[named.i]
        for child in token.children:
            if child.dep_ in {"compound", "nmod"} and child.i in self.entities and child.i not in self.dateline:
                entity = self.entities[child.i]
                if self.clusters[entity].name == child.text and self.demonym_entity(child) is not None:
                    continue  # "Kestrian government forces": a national adjective, not the forces' name
                return entity
        return None

    def named_later(self, noun: Token) -> Token | None:
        """'A tanker ... transferred its cargo' and later 'the tanker Morning Lark': the thing introduced by a common
        noun is the one the story names with that noun as its title."""
        table = self.table  # a scan of the rest of the story: read from the table, a Token only for what it finds
        lemmas, pos, dep, head = table.lemma, table.pos, table.dep, table.head
        lemma = lemmas[noun.i]
        for i in range(noun.i + 1, len(lemmas)):
            if lemmas[i] != lemma or pos[i] != "NOUN":
                continue
            if dep[i] == "compound" and pos[head[i]] == "PROPN":
                return noun.doc[head[i]]
            for child in table.children[i]:
                if dep[child] == "appos" and pos[child] == "PROPN":
                    return noun.doc[child]
        return None

    def full_name(self, entity: int, token: Token) -> int:
        """'the Front' after 'the Osk Liberation Front': a short name that ends a longer name the story gave before
        is that entity named again (journalistic second reference)."""
        name = self.clusters[entity].name or ""
        if not name or len(name.split()) > 2:
            return entity
        for k, cluster in enumerate(self.clusters):
            longer = cluster.name or ""
            if k == entity or not longer.endswith(" " + name) or cluster.type == "EQUIPMENT":
                continue
            if any(m.start < token.i for m in cluster.mentions):
                return k
        return entity

    def type_of(self, token: Token) -> str | None:
        entity = self.entity_of(token)
        return self.clusters[entity].type if entity is not None else None

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
                # group the fighters belong to
                return self.armed_owner(passive) or passive
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
        bodies = [c for c in subject.children if c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN"]
        bodies += [o for c in subject.children if c.dep_ == "prep" and c.lower_ == "in"
                   for o in c.children if o.dep_ == "pobj"]
        found = next((b for b in bodies if self.type_of(b) == "ORG"), None)
        if found is not None:
            return found
        # "Compact leaders" after "the Halden Compact": the last word of an organisation's name, used as its short name
        short = next((b for b in bodies if b.dep_ == "compound" and self.entity_of(b) is None), None)
        if short is None:
            return None
        return next((m.root for cluster in self.clusters if cluster.type == "ORG" for m in cluster.mentions
                     if m.root.i < short.i and m.root.pos_ == "PROPN" and m.root.lower_ == short.lower_), None)

    def armed_owner(self, subject: Token) -> Token | None:
        """'its forces', 'their fighters', 'its units': armed people named by their owner alone act for the party the
        pronoun stands for (CAMEO actor codebook: a state's or group's forces are coded by it); 'the defence
        ministry said its forces': armed forces are the state's, not its ministry's."""
        owner = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
        if owner is None or not (subject.lemma_.lower() in self.armed_agents or subject.lower_ in self.armed_agents) \
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


# "ask X to V" is a request that X act (PropBank ask.02 request, ARG2 the one asked); without the infinitive it is a
# question ("asked the minister about the vote")
REQUEST_VERBS = {"ask"}

# orders that a party act (PLOVER DEMAND "all demands and orders"). PolNeAR train: 7 of 7 "ordered X to V" an order to
# a party ("ordered the State Department to review", "ordering him to appear"); PLOVER GSR: 1 DEMAND, 1 COERCE coded on
# the act ordered
ORDER_WORDS = {"order"}

# "the order came from the presidency", "the demand originated with X": verbs that tell where a request comes from
ORIGIN_VERBS = {"come", "originate", "emanate"}


def request_to_act(verb: Token) -> bool:
    """ "asked the court to annul the vote", "asks Velmar's government to meet the demands": the verb's object is
    asked to do what its infinitive says; an asked one told in the passive ("asked by reporters to comment", "who
    asked not to be named") is no party's request."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} or c.dep_ == "neg" for c in verb.children) or verb.tag_ == "VBN" \
            and verb.dep_ in {"advcl", "acl"}:
        return False
    asked = next((c for c in verb.children if c.dep_ == "dobj"), None)
    told = next((c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.i > verb.i
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    return asked is not None and told is not None and asked.i < told.i \
        and not any(c.dep_ == "neg" for c in told.children)


@functools.cache
def state_capitals() -> frozenset[str]:
    """The lower-cased capitals of the states in the gazetteer ("moscow", "tehran")."""
    from ..gazetteer import load_gazetteer
    return frozenset(c.lower() for e in load_gazetteer().entries if e.type == "GPE" for c in e.capitals)


def prep_object(token: Token | None, preps: set[str], table: TokenTable | None = None) -> Token | None:
    """The object of the first of a word's prepositions in `preps` that has one ("the town of X" -> X); `table`,
    the document's token table where the caller holds it."""
    if token is None:
        return None
    if table is None:
        table = token_table(token.doc)
    dep, children = table.dep, table.children
    for child in children[token.i]:
        if dep[child] == "prep" and table.lower[child] in preps:
            obj = next((c for c in children[child] if dep[c] == "pobj"), None)
            if obj is not None:
                return token.doc[obj]
    return None


# a search of premises by force, and the verbs of taking people into custody (CAMEO 173 arrest, detain)
RAID_WORDS = {"raid", "storm", "swoop"}
# ("seize" and "capture" are left out: a raid that captures a town is force, CAMEO 19)
ARREST_WORDS = {"arrest", "detain", "apprehend", "nab", "handcuff"}


def raid_with_arrests(trigger: Token) -> bool:
    """'raided homes and arrested 12 people', 'arrested nine in raids': a raid told together with arrests, as a
    coordinated verb or as the raid in which the arrests were made."""
    verbs = [trigger, *trigger.conjuncts] if trigger.pos_ == "VERB" else []
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ in {"in", "during"}:
        verbs.append(trigger.head.head)  # "arrested nine in dawn raids"
    if trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj":
        verbs.append(trigger.head)  # "the raids yielded 12 arrests"
    return any(v is not trigger and v.lemma_.lower() in ARREST_WORDS
               or any(c.dep_ == "dobj" and c.lemma_.lower() in {"arrest", "detention"} for c in v.children)
               for v in verbs)


# nouns of a condition or course whose of-phrase names its kind: "a state of emergency", "a regime of curfews"
# (WordNet 3.1 state.n.02, regime.n.01, policy.n.01, period.n.01); not a part of a thing ("part of an aid programme")
MEASURE_FRAMES = {"state", "regime", "policy", "period"}


def pattern_mode(entry: dict, obj: Token | None) -> str | None:
    """The mode a word pattern gives its act: its own, or the one its matched object names ('imposed a curfew',
    'declared martial law', 'declared a state of siege'), read first with the object's modifier or measure frame."""
    by_object = entry.get("mode_by_object")
    if not by_object or obj is None:
        return entry.get("mode")
    lemma = obj.lemma_.lower()
    keys = [f"{c.lower_} {lemma}" for c in obj.children if c.dep_ in {"compound", "amod", "nmod"}]
    if obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head.lemma_.lower() in MEASURE_FRAMES:
        keys.append(f"{obj.head.head.lemma_.lower()} of {lemma}")  # "a state of siege" is no siege laid
    keys += [lemma, obj.lower_]
    return next((by_object[k] for k in keys if k in by_object), entry.get("mode"))


def names_the_measure(theme: Token, act_object: Token) -> bool:
    """'declared a state of emergency', 'imposed a regime of curfews': the object whose of-phrase is the measure a
    pattern names is part of the measure's name, no one it is laid on."""
    return theme.lemma_.lower() in MEASURE_FRAMES and act_object.dep_ == "pobj" and act_object.head.lower_ == "of" \
        and act_object.head.head.i == theme.i


def outer_apposition(head: Token, appos: Token) -> bool:
    """'a spokesman for the militia, Davor Kessel': a person's name after a body named inside another noun's
    prepositional phrase renames the outer noun (the spokesman), whatever the parser hangs it on."""
    return head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in {"NOUN", "PROPN"} \
        and appos.ent_type_ == "PERSON" and head.ent_type_ != "PERSON"


def adjacent_apposition(head: Token, appos: Token) -> bool:
    """An apposition follows its noun phrase at once ('X, an armed group'); one after a whole clause is a parse
    of the reporter ('X has begun training ..., the Observer reported')."""
    inner = [c.right_edge.i for c in head.children if c.dep_ not in {"appos", "punct", "acl", "relcl"}]
    end = max([head.i, *inner])
    return appos.left_edge.i - end <= 2


# the forms of each (lemma, word) met so far: verb_forms is asked of every verb and noun, several times over, and
# a text repeats its words; emptied when it grows large, so that a long run keeps no unbounded copy
_FORMS: dict[tuple[str, str], tuple[str, ...]] = {}
_FORMS_LIMIT = 200_000


def verb_forms(token: Token, table: TokenTable | None = None) -> tuple[str, ...]:
    """The lemma, and base forms undone from a regular inflection: the lemmatiser sometimes misses them
    ("staged" -> "stag"); `table`, the document's token table where the caller holds it."""
    if table is None:
        table = token_table(token.doc)  # lemma_.lower() and lower_ as read once, no string store lookups
    key = (table.lemma[token.i], table.lower[token.i])
    forms = _FORMS.get(key)
    if forms is None:
        lemma, word = key
        found = [lemma, word]
        for suffix, base in (("ied", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("es", ""), ("s", "")):
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                found.append(word[: -len(suffix)] + base)
        if len(_FORMS) > _FORMS_LIMIT:
            _FORMS.clear()
        forms = _FORMS[key] = tuple(found)
    return forms


def refused(verb: Token) -> bool:
    """'will not tolerate', 'will no longer allow', 'never permits': the verb is negated, by 'not' or 'never' or by
    'no longer'/'no more'."""
    for c in verb.children:
        if c.dep_ == "neg" or c.lower_ == "never":
            return True
        if c.lower_ in {"longer", "more"} and any(g.lower_ == "no" for g in c.children):
            return True
    return False


# the kinds of entity a noun that names an act may also name: "the alliance" said again of the bloc is the bloc, as
# "the alliance will" (2 of PolNeAR train's 3 definite "the alliance" uses) names NATO, where "an alliance with X" is the
# act of allying
BODY_TYPES = {"ORG", "GPE", "NORP", "PERSON"}

# verbs of taking or keeping people, whose by-agent is then the one to free them
CAPTURE_VERBS = {"abduct", "kidnap", "seize", "hold", "detain", "capture", "take", "snatch", "arrest", "jail"}

HEDGED_IDENTITY_VERBS = {"believe", "think", "suspect", "say", "understand", "report", "know", "presume"}


def hedged_identity(subject: Token) -> Token | None:
    """'gunmen believed to be members of the Front', 'the attackers, thought to be Front fighters': what a reduced
    relative says the unnamed doers are, hedged or not (PropBank believe.01 with a predicative 'to be'); the doer is
    then whom that identity names. PolNeAR and factuality train: none (weak)."""
    if subject.pos_ not in {"NOUN", "PROPN"}:
        return None
    for clause in (c for c in subject.children if c.dep_ in {"acl", "relcl"}):
        if clause.tag_ != "VBN" or clause.lemma_.lower() not in HEDGED_IDENTITY_VERBS:
            continue
        for be in clause.children:
            if be.dep_ == "xcomp" and be.lemma_ == "be":
                return next((a for a in be.children if a.dep_ == "attr" and a.pos_ in {"NOUN", "PROPN"}), None)
    return None


def none_given(verb: Token) -> bool:
    """'would free no more foreigners', 'will give no further aid': an object under 'no' withholds the act as 'not'
    does (FactBank's negation cues take 'no' as they take 'not'); an announced cooperative act so withheld is a
    refusal (CAMEO 1243 decline to release persons, 121 reject material cooperation)."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in verb.children)


def objects_of(token: Token) -> list[Token]:
    """The nouns a word acts on: its object, passive subject or prepositional objects, the object of a noun's
    'of', and the noun inside a measure ('a state of emergency', 'part of the aid programme')."""
    found = []
    for child in token.children:
        if child.dep_ in {"dobj", "nsubjpass", "attr", "oprd"} or (token.pos_ == "NOUN" and child.dep_ == "compound") \
                or (child.dep_ == "nsubj" and causative(token)):
            found.append(child)
        elif child.dep_ == "ccomp" and token.lemma_.lower() in PERMISSIVE_VERBS:
            found.extend(c for c in child.children if c.dep_ == "nsubj")  # "let X warships use": whom it permits
        elif child.dep_ in {"prep", "prt", "dative"}:
            found.extend(c for c in child.children if c.dep_ == "pobj")
    if token.dep_ in {"relcl", "acl"} and token.head.pos_ == "NOUN" and not content_clause(token):
        found.append(token.head)
    for noun in list(found):
        found.extend(c for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for c in p.children if c.dep_ == "pobj")
    # the noun a compound names: "mediation efforts", "aid deliveries"
    found.extend(c for noun in list(found) for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN")
    return found


# those who detain besides armed forces: "agents took him away", "taken from his home by security officers"
DETAINING_DOERS = {"agent", "officer", "security", "guard", "gendarme", "militia", "militiaman"}

# verbs that tell what happened, and the bodies that bring charges ("Prosecutors said he was charged")
REPORTING_VERBS = {"say", "announce", "report", "confirm", "state", "tell"}
PROSECUTING_BODIES = {"prosecutor", "prosecution", "procurator"}

# searches whose finds they "yield": "the searches yielded three rifles"
SEARCH_NOUNS = {"search", "investigation", "inquiry", "probe", "operation", "sweep", "inspection", "excavation",
                "dig", "study", "survey", "test", "talk", "effort", "meeting"}

# times of day that name a kind of act when they modify its noun: "dawn raids", "night patrols"
TIME_OF_DAY = {"dawn", "morning", "night", "evening", "midnight", "overnight", "afternoon", "daybreak", "nighttime"}

# the units a deadline is counted in: "given two days to leave"
DEADLINE_UNITS = {"minute", "hour", "day", "week", "month", "year"}

# verbs that ban a party: "banned the Harbor Union", "outlawed the movement"
BAN_VERBS = {"ban", "outlaw", "proscribe"}

# the words that name an expulsion, whose later bare noun ("the expulsion") names the same act
EXPEL_WORDS = {"expel", "expulsion", "force", "push", "kick", "throw", "pull", "ship", "declare"}

# the words that serve a verb as auxiliaries; the parser at times tags a main verb 'aux' ('felt squeezed', 'helped
# undo'), whose subject is its own
AUXILIARY_LEMMAS = {"be", "have", "do", "get"}
CONTRACTED_AUXILIARIES = {"'s", "’s", "'ve", "’ve", "'d", "’d", "'re", "’re", "'m", "’m", "'ll", "’ll"}


def aux_passive_subject(verb: Token) -> Token | None:
    """What a passive verb acts on when the parser hangs its subject on the auxiliary instead of on the verb ('the
    barge was seized' with 'the barge' under the auxpass 'was'), the verb having no subject of its own."""
    return aux_subject(verb, passive=True)


def aux_subject(verb: Token, passive: bool = False) -> Token | None:
    """The subject the parser hangs on one of a verb's auxiliaries instead of on the verb ('the tanker was smuggling
    diesel' with 'the tanker' under 'was'), the verb having none of its own: its doer, or with `passive` what a passive
    verb acts on. PolNeAR train, parsed (weak): of 81,120 verbs, 111 with no subject of their own have one hung on a
    be/have/do or modal auxiliary, 38 of them passive; of the 73 active ones some 60 are the verb's doer ('he was
    riding the fence', 'the campaign had sent')."""
    if verb.pos_ != "VERB" or any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children):
        return None
    helpers = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.pos_ == "AUX"
               and (c.tag_ == "MD" or c.lemma_.lower() in AUXILIARY_LEMMAS or c.lower_ in CONTRACTED_AUXILIARIES)
               and served_verb(c).i == verb.i]
    # a participle after 'be' or 'get' is passive, whether or not the parser marks the auxiliary so ('he was booed')
    is_passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.tag_ == "VBN" and any(
        c.lemma_.lower() in {"be", "get"} for c in helpers)
    if passive != is_passive:
        return None
    return next((c for aux in helpers for c in aux.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def whose_antecedent(whose: Token) -> Token | None:
    """ "Obama, whose criticism of Trump has sharpened", "Pelmora, whose envoy was expelled": the possessive relative
    stands for the noun its clause describes (PolNeAR train: 8 of 9 events with a role on "whose" mean that noun,
    the ninth, "an attack whose nature cannot be denied", a thing)."""
    node = whose
    for _ in range(4):
        if node.dep_ == "relcl":
            return node.head
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def antecedent_objects(verb: Token) -> list[Token]:
    """'planted the wiper on the servers and activated it': the pronoun object of a verb conjoined to another stands
    for what the first verb acted on (the nearest antecedent of the same number, within the coordination)."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return []
    pronouns = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in {"it", "them"}]
    if not pronouns:
        return []
    plural = pronouns[0].lower_ == "them"
    return [c for c in verb.head.children if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ == "NOUN"
            and (c.tag_ == "NNS") == plural]


def shifted_object(verb: Token) -> Token | None:
    """ "denounced as an ugly crime X's suppression of Y": a long object moved after the verb's as-phrase, which
    the parser hangs on that phrase's noun as an apposition (heavy-NP shift, Quirk et al. 1985, 18.39)."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            nouns = [c for c in prep.children if c.dep_ == "pobj"]
            if len(nouns) > 1 and nouns[-1].pos_ in {"NOUN", "PROPN"}:
                return nouns[-1]  # or as a second object of "as"
            shifted = next((c for c in nouns[0].children if c.dep_ == "appos" and c.pos_ in {"NOUN", "PROPN"}
                            and c.i > nouns[0].i), None) if nouns else None
            if shifted is not None:
                return shifted
    return None


def counted_object(verb: Token) -> Token | None:
    """ "kidnapped up to 16 advisers": an object counted by "up to N", which the parser reads as the verb's particle
    'up' and a to-phrase (PolNeAR train: 14 "V up to N")."""
    up = next((c for c in verb.children if c.dep_ == "prt" and c.lower_ == "up"), None)
    if up is None:
        return None
    to = next((c for c in [*up.children, *verb.children] if c.dep_ == "prep" and c.lower_ == "to"
               and c.i == up.i + 1), None)
    counted = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if counted is not None and any(c.dep_ == "nummod" for c in counted.children):
        return counted
    return None


def present_perfect(verb: Token) -> bool:
    """'has denied', 'have agreed': a perfect in the present tense."""
    return any(c.dep_ == "aux" and c.lower_ in {"has", "have", "'ve"} for c in verb.children)


# pronouns that deny there is anyone: "nobody was hurt" (Quirk et al. 1985 §6.62 negative pronouns)
NEGATIVE_PRONOUNS = {"nobody", "none", "no-one", "noone", "nothing", "neither"}


def named_again(noun: Token) -> bool:
    """'the ban', 'Norwalia's expulsion': a noun made definite (or owned) with no object or qualifier of its own, so
    that it names again an act told before; 'the ban on journalists', 'the travel ban', 'a new ban' are acts of
    their own (a by-, from-, in- or at-phrase says who, whence, where or when, and leaves it the same act)."""
    if any(c.dep_ in {"prep", "compound", "amod"} and c.lower_ not in {"by", "from", "in", "at"}
           for c in noun.children):
        return False
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children)


def negative_quantifier(token: Token) -> bool:
    """'no one', 'no civilians', 'nobody', 'none of the crew': a phrase that says there was nobody."""
    return token.lower_ in NEGATIVE_PRONOUNS or any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)


def generic_description(token: Token) -> bool:
    """ "No one convicted of murder will be freed", "has never before claimed an attack on a warship": an act told
    inside the description of whom a negative quantifier says there is none, or an indefinite act under a habitual
    "never", is a kind of act, no act of the story (PolNeAR train: 3 "no one/nobody who|convicted|accused ...", 10
    "never (before) claimed/made/seen/had a(n) ...")."""
    if token.pos_ == "NOUN" and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in {"the", "this", "that"}
                                    for c in token.children):
        return False  # "nobody who took part in the attack on X": an act the story tells, named definite
    node = token
    for _ in range(5):
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ in {"acl", "relcl"} and negative_quantifier(head):
            return True
        if token.pos_ == "NOUN" and node.dep_ == "dobj" and head.pos_ == "VERB" \
                and any(c.dep_ == "neg" and c.lower_ == "never" for c in head.children) \
                and any(c.dep_ == "det" and c.lower_ in {"a", "an", "any"} for c in token.children):
            return True
        if node.dep_ not in {"acl", "relcl", "prep", "pobj", "dobj", "conj", "xcomp"}:
            return False
        node = head
    return False


def modal_of_its_own(verb: Token, modals) -> bool:
    """'was held and would be released': a coordinated verb with a modal its first conjunct lacks."""
    def modal(v: Token) -> bool:
        return any(c.dep_ == "aux" and c.lower_ in modals for c in v.children)
    return modal(verb) and not modal(verb.head)


def agentless_passive(verb: Token) -> bool:
    """'would be released', 'will be freed': a passive verb with no by-phrase naming who does it."""
    return verb.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children)


def phrase(token: Token) -> Span:
    """The words naming a participant: the head with its modifiers, without clauses hanging on it."""
    left = token.i
    for child in token.lefts:
        if child.dep_ in PHRASE_DEPS and not resultative(token, child):
            left = min(left, child.left_edge.i)
    right = token.i
    for child in token.rights:
        if child.dep_ == "compound" or (child.dep_ == "appos" and adjacent_apposition(token, child)
                                        and not outer_apposition(token, child)) \
                or (child.dep_ == "conj" and child.pos_ == "PROPN"):
            right = max(right, child.right_edge.i)
    doc = token.doc
    dateline = dateline_words(doc)
    if dateline and left < dateline.stop <= token.i:
        left = dateline.stop  # "KORVALA (Wire) - Kessarian air defences": the parser may hang the dateline on them
    tok = token_list(doc)
    while left < token.i and tok[left].dep_ in {"det", "punct", "cc"}:
        left += 1
    return doc[left:right + 1]


def resultative(noun: Token, child: Token) -> bool:
    """ "shot dead the student leader", "set free two prisoners": an adjective right after the verb and before the
    object's determiner or number is the verb's result, which the parser may hang on the object; no noun phrase
    puts an adjective before its determiner (PolNeAR train: 2 "shot dead"; PLOVER GSR: none)."""
    if child.dep_ != "amod" or child.pos_ != "ADJ" or child.i == 0 or child.doc[child.i - 1] != noun.head \
            or noun.head.pos_ != "VERB":
        return False
    return any(c.dep_ in {"det", "nummod", "poss"} and child.i < c.i for c in noun.lefts)


# verbs that decree a penalty, named by their to-phrase: "sentenced to death", "condemned to ten years"
PENALTY_VERBS = frozenset({"sentence", "condemn"})
# the types of an act announced rather than done (CAMEO 03 intent, 12 reject, 13 threaten), and the prepositions that
# name whom an act falls on or where (PropBank ARG2 to/for/against; ARGM-LOC in/into/on)
ANNOUNCING = {"AGREE", "THREATEN", "REJECT"}
# verbs whose passive subject is the means of the act in their infinitive, not its doer: "the port was used to ship
# arms" (PolNeAR train: 11 "was/were/been used to VERB")
INSTRUMENT_VERBS = {"use", "employ", "utilize", "utilise"}
# "in protest of X", "in defiance of X": a frame naming what a protest is staged against (CAMEO 14 protest)
PROTEST_FRAMES = {"protest", "defiance"}
# the prepositions on a protest's purpose, or on its object, that name what is protested: "show disapproval for X's
# policies", "press demands from X's government", "call for the removal of X"
PURPOSE_PREPS = {"for", "against", "at", "from", "over", "of", "on", "by"}
AIMED_PREPOSITIONS = {"to", "for", "against", "in", "into", "on"}


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


# verbs of phase between an announcement and the act it announces: "promised to continue military aid", "threatened
# to resume attacks" (aspectual verbs, Freed 1979)
ASPECTUAL = {"continue", "resume", "renew", "begin", "start", "keep", "extend", "expand", "step", "increase"}


def embedded_act(child: Token, by_token: dict[int, int]) -> Token | None:
    """The act a clausal complement states: the complement's own trigger, or the event noun an aspectual verb in
    it carries ("promised to continue military aid": the aid)."""
    if child.dep_ not in {"xcomp", "ccomp"} or set_apart(child):
        return None
    if child.i in by_token:
        return child
    if child.lemma_.lower() in ASPECTUAL:
        return next((c for c in child.children if c.dep_ == "dobj" and c.i in by_token), None)
    return None


def demanded_act(child: Token, by_token: dict[int, int]) -> Token | None:
    """ "called for sanctions against X", "demanded a boycott of X": the act a demand asks for, named by a noun, is
    what the demand is about, and whom that act would fall on is whom the demand concerns (CAMEO 10 make demand;
    PLOVER codes the demand's target as the demanded act's)."""
    if child.dep_ == "dobj" and child.pos_ == "NOUN" and child.i in by_token:
        return child
    if child.dep_ == "prep" and child.lower_ == "for":
        return next((o for o in child.children if o.dep_ == "pobj" and o.i in by_token), None)
    return None


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


ANSWERS = {"REJECT", "AGREE", "CONCEDE"}


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


def blamed(act: Token) -> bool:
    """'The mayor blamed the army for the shelling', 'blamed the shelling on the army': an act a speaker lays at a
    party's door is that speaker's charge, an event of its own whose doer is the party blamed, though the act was
    told before with no doer (PolNeAR train: 35 "blame ... for", most of them acts or conduct of the one blamed)."""
    if act.dep_ == "pobj" and act.head.lower_ == "for":
        verb = act.head.head
    elif act.dep_ in {"dobj", "nsubjpass"}:
        verb = act.head
    else:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() == "blame"


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


def suicide_attacker(token: Token) -> bool:
    """ "two suicide bombers killed 23 people": a person who blows himself up, no aircraft (Wikipedia: Suicide
    attack; PLOVER GSR ASSAULT-0008 codes the bombers' nation as the source)."""
    return any(c.dep_ in {"compound", "amod", "nmod"} and c.lower_ == "suicide" for c in token.children)


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


def occurrence_clause(noun: Token) -> list[Token]:
    """ "Talks between X and Y, which were due to open in Harnet on Thursday", "the summit, which was held in Z": the
    verbs of a relative clause whose subject is the act noun itself and whose verb tells it happening or being set
    to happen, down its chain of complements ("were due to open"); their place phrases place the act."""
    if noun.pos_ != "NOUN":
        return []
    # the parser may hang the clause on the last party of the act's own phrase ("talks between X and Y, which were
    # due to open in Z"); there it counts only with a verb of the act's schedule, never a bare "be"
    parties = [n for p in noun.children if p.dep_ == "prep" and p.lower_ in {"between", "with", "among", "of"}
               for o in p.children if o.dep_ == "pobj" for n in [o, *o.conjuncts]]
    found: list[Token] = []
    for clause in [c for h in [noun, *parties] for c in h.children if c.dep_ == "relcl"]:
        if clause.lemma_.lower() not in OCCURRENCE_VERBS or not any(
                c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in RELATIVE_PRONOUNS for c in clause.children):
            continue
        chain, verbs = [clause], []
        while chain:
            verb = chain.pop()
            verbs.append(verb)
            chain += [c for c in verb.children if c.dep_ in {"xcomp", "acomp"}
                      and c.lemma_.lower() in OCCURRENCE_VERBS]
        if clause.head.i == noun.i or any(v.lemma_.lower() not in {"be", "due"} for v in verbs):
            found += verbs
    return found


def told_by_someone(verb: Token) -> bool:
    """ "The minister said the protesters would be arrested": whether the clause is what a verb with a subject
    says, up its chain of clauses."""
    node = verb
    while node.dep_ in {"ccomp", "xcomp", "conj", "advcl"} and node.head.i != node.i:
        if node.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in node.head.children):
            return True
        node = node.head
    return False


def second_harm(verb: Token) -> int | None:
    """ "one soldier was killed and four were wounded", "killed two youths and wounded five others": a harm joined
    to another harm is told of the same act (PLOVER GSR ASSAULT-0011 and FIGHT-0008 code 'killed ... and wounded
    ...' as one event, on 'killed'). Returns the index of the first harm's word."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in CASUALTY_VERBS or verb.pos_ != "VERB":
        return None
    first = verb.head
    return first.i if first.lemma_.lower() in CASUALTY_VERBS and first.pos_ == "VERB" else None


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


def describes_subject(participle: Token) -> bool:
    """ "X, working for Y's intelligence, recruited ...": a present participle set off by commas between a subject
    and its verb says what the subject is or does habitually (a supplementive clause, Quirk et al. 1985, 15.57),
    not an act the story reports (PolNeAR train: 87 "Name, V-ing ..., verb", as "Trump, speaking at the resort,
    said")."""
    if participle.tag_ != "VBG" or participle.dep_ not in {"acl", "advcl"}:
        return False
    doc = participle.doc
    tok = token_list(doc)
    left, right = participle.left_edge.i, participle.right_edge.i
    if left == 0 or right + 1 >= len(doc) or tok[left - 1].text != "," or tok[right + 1].text != ",":
        return False
    if participle.dep_ == "acl":
        return participle.head.dep_ in {"nsubj", "nsubjpass"} and participle.head.i < left
    verb = participle.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.i < left and right < verb.i


def describes_apposed(participle: Token) -> bool:
    """ "X, the rebel movement fighting the government, received ...": a present participle inside an apposition
    says what the party named is or habitually does (the apposition's description), no act the story reports
    (PolNeAR train: 2 ", a/the <group noun> V-ing ..." by pattern: "an outside group spending ...", "a group
    preparing for ...", neither an act told; weak)."""
    return participle.tag_ == "VBG" and participle.dep_ == "acl" and participle.head.dep_ == "appos" \
        and participle.head.pos_ == "NOUN"


def kind_of_thing(token: Token) -> bool:
    """'drones of a Kestrian type', 'a Kestrian type of drone': a noun saying what kind a thing is, tied to it by
    'of'."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in KIND_NOUNS:
        return False
    return (token.dep_ == "pobj" and token.head.lower_ == "of") or prep_object(token, {"of"}) is not None


def toll(event: EventRecord) -> bool:
    """'three workers were injured', 'two guards were killed': what an act did to its victims, told with no doer."""
    root = event.trigger.root
    return root.lemma_.lower() in CASUALTY_VERBS and any(c.dep_ == "nsubjpass" for c in root.children) \
        and not any(c.dep_ == "agent" for c in root.children)


def casualties(trigger: Token) -> Token | None:
    """'three civilians were killed in a car bombing': the victims of the clause the act is told in."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ not in {"in", "during"}:
        return None
    verb = trigger.head.head
    if verb.lemma_.lower() not in CASUALTY_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


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


def definite_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"}
                                        for c in token.children)


def themes(trigger: Token) -> set[str]:
    """The head words of what an act is done to: a verb's object or passive subject, a noun's of-phrase."""
    found = {c.lemma_.lower() for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}}
    if trigger.pos_ == "NOUN":
        found |= {o.lemma_.lower() for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"}
    return found


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


# the words that make a noun name an act besides the one told before: 'further evacuations', 'fresh strikes',
# 'another attack', 'more sanctions' (not 'new', which often names the act just told: 'the new sanctions target ...')
ANOTHER = frozenset({"further", "fresh", "another", "more", "additional", "renewed", "repeated"})


def another_instance(word: Token) -> bool:
    """'We are not ruling out further evacuations' after '3,000 people were evacuated': an act noun so modified is a
    new act of the type, never a later mention of the one told before."""
    return word.pos_ == "NOUN" and any(c.dep_ in {"amod", "det"} and c.lower_ in ANOTHER for c in word.children)


def compatible(earlier: EventRecord, later: EventRecord) -> bool:
    """No role of the later mention names something else than the earlier event's role does."""
    return all(earlier.roles.get(role, value) == value for role, value in later.roles.items() if role != "time")


def reporter_of(verb: Token, in_story: Callable[[Token], bool] = lambda token: True) -> Token | None:
    """Who says it: the subject of the reporting verb, or of the verb it is coordinated with ("X accused Y of the
    attack and said it would expel ...": X says both). A subject outside the story is the dateline's place, which
    the parser may make a second subject of the lead's verb ("KESTRA, June 9 (Wire) - The ministry said")."""
    for node in (verb, verb.head if verb.dep_ == "conj" else None):
        if node is None:
            continue
        subject = next((c for c in node.children if c.dep_ == "nsubj" and in_story(c)), None)
        if subject is not None:
            return subject
    return None


# a possessive naming when, not who: "Saturday's shooting by the Guard", "last month's attack" (10 such possessives
# before an event noun in PolNeAR train: "Wednesday's attack", "Tuesday's vote", "last year's election")
TIME_NOUNS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
              "tonight", "week", "weekend", "month", "year", "night", "morning", "evening", "afternoon", "day"}


def temporal(possessor: Token) -> bool:
    return possessor.ent_type_ in {"DATE", "TIME"} or possessor.lower_ in TIME_NOUNS \
        or possessor.lemma_.lower() in TIME_NOUNS


def content_clause(clause: Token) -> bool:
    """"a report that X had threatened ...": a clause stating what the noun says, not a relative clause about it
    ("the missiles that X shipped") though the parser took its "that" for the pronoun of a verb further in, whose
    role the noun would then fill, not the clause's own."""
    relative = [t for t in clause.subtree if t.lower_ in RELATIVE_PRONOUNS and t.dep_ != "mark"]
    return bool(relative) and all(t.head.i != clause.i for t in relative)


def tells_content(noun: Token) -> bool:
    """'reports that staff were detained', 'the claim that X armed them': a noun with a clause stating what it says."""
    return any(c.dep_ in {"acl", "ccomp"} and (content_clause(c) or any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)) for c in noun.children)


# conjunctions that open a clause of its own, with its own doer and its own target: "if the council fines him",
# "after the troops left"; an infinitive of purpose ("to protest the arrests", "in order to") has none
SUBORDINATORS = {"if", "unless", "when", "whenever", "after", "before", "because", "although", "though", "while",
                 "since", "once", "until", "whether"}


def set_apart(clause: Token) -> bool:
    """ "Militia ambush kills six soldiers; government imposes curfew": a clause cut off from the verb it hangs on by
    a semicolon is a main clause of its own (Quirk et al. 1985, 13.11 asyndetic coordination); the parser may still
    make it that verb's complement, but it states no content of that verb and shares none of its parties."""
    head = clause.head
    if head.i == clause.i:
        return False
    start, end = (clause.right_edge.i + 1, head.i) if clause.i < head.i else (head.i + 1, clause.left_edge.i)
    return any(t.text == ";" and t.head.i == head.i for t in clause.doc[start:end])


def bare_gerund(verb: Token) -> bool:
    """A gerund after a preposition with no object, complement or particle of its own: 'after shelling'."""
    return verb.tag_ == "VBG" and not any(c.dep_ in {"dobj", "dative", "ccomp", "prt", "attr", "oprd"}
                                          for c in verb.children)


def subordinate(clause: Token) -> bool:
    """An adverbial clause opened by a subordinating conjunction: the doer of the main clause is not passed down
    into it, and whom it is aimed at is not whom the main clause is aimed at."""
    # "died when a missile hit their car": the parser hangs a wh-word opening the clause as its adverb, not its mark
    return clause.dep_ == "advcl" and any((c.dep_ == "mark" or c.dep_ == "advmod" and c.i < clause.i
                                           and c.tag_ == "WRB") and c.lower_ in SUBORDINATORS
                                          for c in clause.children)


# verbs that permit with a bare infinitive, whose clause's subject is the one permitted ("let X warships use the
# port"; Quirk et al. 1985 §16.52 'let' + bare infinitive)
PERMISSIVE_VERBS = frozenset({"let"})
# who permits nothing: the speaker's "let me", "let us" (Quirk et al. 1985 §3.54, the 1st person imperative)
LET_SPEAKERS = frozenset({"me", "us", "'s"})


def permits_a_party(verb: Token) -> bool:
    """"Sennamar has agreed to let Halvorian warships use the port": a permission, with a doer's clause after the
    verb, whose subject is no speaker ("let me say", "let's go") and no particle ("let go") follows."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    return subject is not None and subject.lower_ not in LET_SPEAKERS and subject.i > verb.i \
        and not any(c.dep_ == "prt" for c in verb.children)


def causative(participle: Token) -> bool:
    """"X had their assets frozen", "got his passport seized": a past participle under have/get whose subject is
    what the act is done to."""
    return participle.tag_ == "VBN" and participle.dep_ in {"ccomp", "xcomp", "oprd"} \
        and participle.head.lemma_.lower() in {"have", "get"} and any(c.dep_ == "nsubj" for c in participle.children)


def gapped_passive(participle: Token) -> bool:
    """ "Two soldiers were killed and five wounded": a participle joined to a passive whose auxiliary it shares
    unsaid (gapping, Quirk et al. 1985 §13.92) is passive too; the subject the parser gives it is acted on. So is
    a count the parser joins to the passive with the participle hung on it ("12 people had been shot dead and more
    than 60 wounded")."""
    if gapped_count(participle) is not None:
        return True
    if participle.dep_ != "conj" or participle.tag_ != "VBN" or participle.head.pos_ != "VERB":
        return False
    if not any(c.dep_ == "auxpass" for c in participle.head.children):
        return False
    kids = list(participle.children)
    return any(c.dep_ == "nsubj" and c.i < participle.i for c in kids) \
        and not any(c.dep_ in {"aux", "auxpass", "dobj"} for c in kids)


def gapped_count(participle: Token) -> Token | None:
    """ "were shot dead and more than 60 wounded", "at least 40 hurt": the count, when the parser makes it the
    passive's conjunct and hangs the gapped participle on it."""
    count = participle.head
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or count.dep_ != "conj" or count.head.pos_ != "VERB":
        return None
    if count.pos_ != "NUM" and not any(c.dep_ == "nummod" for c in count.children):
        return None
    if any(c.dep_ in {"aux", "auxpass", "dobj", "nsubj"} for c in participle.children):
        return None
    return count if any(c.dep_ == "auxpass" for c in count.head.children) else None


def undergoer(participle: Token) -> Token | None:
    """Whom a causative passive is done to: the subject of have/get ("X and his bank had their assets frozen"); or
    whom a passive with no subject of its own is done to, the party that controls it (see `controlled_patient`);
    or the subject of a gapped passive ("and five wounded")."""
    if gapped_passive(participle):
        return gapped_count(participle) or next(c for c in participle.children if c.dep_ == "nsubj")
    if not causative(participle):
        return controlled_patient(participle)
    return next((c for c in participle.head.children if c.dep_ == "nsubj"), None)


def shared_passive_subject(verb: Token) -> Token | None:
    """ "Kado was captured by troops and later released", "Kesh was shelled and then attacked by rebels": a passive
    participle joined to a passive verb, with no subject of its own, is done to that verb's subject."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or active(verb) \
            or any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in verb.children):
        return None
    if any(c.dep_ == "aux" for c in verb.children) and not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)


def active(verb: Token) -> bool:
    """Whether a verb is in the active voice: no passive auxiliary, and a past participle only after "have"."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return verb.tag_ != "VBN" or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def own_passive(verb: Token) -> bool:
    """'to be released', 'being questioned', 'would be freed': a participle with its own passive auxiliary, which
    says that whatever subject governs it is acted on, not acting (Quirk et al. 1985, 3.63-3.64)."""
    return verb.pos_ == "VERB" and verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" or c.dep_ == "aux" and c.lemma_.lower() in {"be", "get"} and c.tag_ in {"VB", "VBG"}
        for c in verb.children)


def controlled_patient(verb: Token) -> Token | None:
    """'the men were expected to be released', 'ordered the men to be detained', 'were held and would be released',
    'questioned before being released': a passive with no subject of its own is done to the party that controls it,
    the object of an object-control verb or else the subject above (the subject of a passive is its patient)."""
    if not own_passive(verb) or any(c.dep_ in {"nsubj", "nsubjpass", "agent"} for c in verb.children) \
            or aux_passive_subject(verb) is not None:
        return None  # a subject of its own, if hung on the auxiliary ("and the crew was detained"), is its patient
    node = verb
    for _ in range(3):
        if node.dep_ == "pcomp" and node.head.dep_ == "prep":
            node = node.head  # "before being released": the clause the phrase is hung on
        elif node.dep_ not in {"xcomp", "conj", "advcl", "acomp"} or node.head.i == node.i:
            return None
        head = node.head
        kids = list(head.children)
        if node.dep_ == "xcomp":
            controller = next((c for c in kids if c.dep_ == "dobj" and c.i < node.i), None)
            if controller is not None:
                return controller
        subject = next((c for c in kids if c.dep_ in {"nsubj", "nsubjpass"}
                        and c.lower_ not in RELATIVE_PRONOUNS), None)
        if subject is not None:
            return subject
        node = head
    return None
