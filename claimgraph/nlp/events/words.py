"""The closed word classes and type sets the event reader draws on, each with its source."""
from __future__ import annotations


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
# the relations that hold the words of a source's request for anonymity ("spoke on condition of anonymity", "asked not
# to be named", "requested anonymity", "spoke anonymously"), leaving its other clauses out
REQUEST_DEPS = {"prep", "pobj", "xcomp", "dobj", "advmod", "neg"}
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
# the state a verb of force leaves its victims in, told right after it ("shot dead at least 31 protesters"): a
# resultative complement (Quirk et al. 1985, 16.80) that is part of the words naming the act, as a particle is
# (golds: 1 of 1 "shot dead" marked whole, mirevale; 4 more in the story corpora's texts; PolNeAR train: 4)
RESULT_STATES = {"dead"}
# verbs that move forces somewhere (VerbNet send-11.1), as against giving them (contribute, provide)
DISPATCH_VERBS = {"send", "dispatch", "move", "redeploy"}
# the marks that open a quotation: a predicate the parser hangs on an object as its apposition follows one
QUOTE_MARKS = {'"', "“", "”", "'", "‘", "’", "''", "``"}
# a weapon test named by its own noun, and the words a test of a weapon is told with ("test-fired", "a test launch")
WEAPON_TEST_NOUNS = {"test"}
WEAPON_TEST_HEADS = {"test", "fire", "launch", "firing"}
# the modals that make a clause after 'insist' a demand ("insisted that the talks must resume")
DEMANDING_MODALS = {"must", "should", "shall"}
# "ask X to V" is a request that X act (PropBank ask.02 request, ARG2 the one asked); without the infinitive it is a
# question ("asked the minister about the vote")
REQUEST_VERBS = {"ask"}
# orders that a party act (PLOVER DEMAND "all demands and orders"). PolNeAR train: 7 of 7 "ordered X to V" an order to
# a party ("ordered the State Department to review", "ordering him to appear"); PLOVER GSR: 1 DEMAND, 1 COERCE coded on
# the act ordered
ORDER_WORDS = {"order"}
# "the order came from the presidency", "the demand originated with X": verbs that tell where a request comes from
ORIGIN_VERBS = {"come", "originate", "emanate"}
# a search of premises by force, and the verbs of taking people into custody (CAMEO 173 arrest, detain)
RAID_WORDS = {"raid", "storm", "swoop"}
# ("seize" and "capture" are left out: a raid that captures a town is force, CAMEO 19)
ARREST_WORDS = {"arrest", "detain", "apprehend", "nab", "handcuff"}
# nouns of a condition or course whose of-phrase names its kind: "a state of emergency", "a regime of curfews"
# (WordNet 3.1 state.n.02, regime.n.01, policy.n.01, period.n.01); not a part of a thing ("part of an aid programme")
MEASURE_FRAMES = {"state", "regime", "policy", "period"}
# the kinds of entity a noun that names an act may also name: "the alliance" said again of the bloc is the bloc, as
# "the alliance will" (2 of PolNeAR train's 3 definite "the alliance" uses) names NATO, where "an alliance with X" is the
# act of allying
BODY_TYPES = {"ORG", "GPE", "NORP", "PERSON"}
# verbs of taking or keeping people, whose by-agent is then the one to free them
CAPTURE_VERBS = {"abduct", "kidnap", "seize", "hold", "detain", "capture", "take", "snatch", "arrest", "jail"}
HEDGED_IDENTITY_VERBS = {"believe", "think", "suspect", "say", "understand", "report", "know", "presume"}
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
# pronouns that deny there is anyone: "nobody was hurt" (Quirk et al. 1985 §6.62 negative pronouns)
NEGATIVE_PRONOUNS = {"nobody", "none", "no-one", "noone", "nothing", "neither"}
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
# verbs of phase between an announcement and the act it announces: "promised to continue military aid", "threatened
# to resume attacks" (aspectual verbs, Freed 1979)
ASPECTUAL = {"continue", "resume", "renew", "begin", "start", "keep", "extend", "expand", "step", "increase"}
ANSWERS = {"REJECT", "AGREE", "CONCEDE"}
# the words that make a noun name an act besides the one told before: 'further evacuations', 'fresh strikes',
# 'another attack', 'more sanctions' (not 'new', which often names the act just told: 'the new sanctions target ...')
ANOTHER = frozenset({"further", "fresh", "another", "more", "additional", "renewed", "repeated"})
# the words of a denial (WordNet's verb 'deny' and its noun): told between two tellings of an act, after one the story
# no longer lends the second telling the doer the first one named
DENYING = frozenset({"deny", "denial"})
# a possessive naming when, not who: "Saturday's shooting by the Guard", "last month's attack" (10 such possessives
# before an event noun in PolNeAR train: "Wednesday's attack", "Tuesday's vote", "last year's election")
TIME_NOUNS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
              "tonight", "week", "weekend", "month", "year", "night", "morning", "evening", "afternoon", "day"}
# conjunctions that open a clause of its own, with its own doer and its own target: "if the council fines him",
# "after the troops left"; an infinitive of purpose ("to protest the arrests", "in order to") has none
SUBORDINATORS = {"if", "unless", "when", "whenever", "after", "before", "because", "although", "though", "while",
                 "since", "once", "until", "whether"}
# verbs that permit with a bare infinitive, whose clause's subject is the one permitted ("let X warships use the
# port"; Quirk et al. 1985 §16.52 'let' + bare infinitive)
PERMISSIVE_VERBS = frozenset({"let"})
# who permits nothing: the speaker's "let me", "let us" (Quirk et al. 1985 §3.54, the 1st person imperative)
LET_SPEAKERS = frozenset({"me", "us", "'s"})
