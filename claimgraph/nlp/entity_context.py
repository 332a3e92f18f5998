"""What the words around a name say it names: typed evidence from titles, possessions, appositions and verbs."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..gazetteer import load_gazetteer
from .aliases import zero_relative_noun
from .table import token_table
from .tokens import line_opens

# How often the constructions occur in PolNeAR train (840 articles, 624k words; surface regular expressions, so
# rough): title + name ("spokesman X Y", "President X Y") 1051; name, a <noun> (apposition) 430; "the X government"
# 119; "X reported" 87; spokesman for X 42; X-based 39; X's government/minister/ministry/army/border 38; "X said in
# a statement" 31; "the town/city/province of X" 22; seen/obtained by X 10.
# weights: a construction that states the kind ("X, a company") outweighs one that suggests it ("in X")
STATED = 3.0
STRONG = 2.5
SHAPE = 2.0
HINT = 1.0
PLACE = 1.5  # "in X" outweighs a lone tagger guess of PERSON: people are rarely the object of "in"
# the type of evidence that says only that a name is no person's ("X said its troops ..."): the vote leaves the
# person out and the rest of the evidence chooses among the other types, an organisation when nothing else says
NOT_PERSON = "NOT_PERSON"
NER_WEIGHT = {"PERSON": 1.0, "ORG": 1.0, "GPE": 1.5, "LOC": 0.5, "FAC": 1.0, "PRODUCT": 0.5}

_POSSESSIVE = {"'s", "’s", "'", "’"}
_STATE_NOUNS = {"country", "nation", "state", "republic", "kingdom", "emirate", "principality", "monarchy"}
_MOTION_VERBS = {"return", "travel", "go", "move", "fly", "send", "deploy", "come", "flee", "head", "sail"}
# where "to X" after the verb is a place more often than a person or a body, so that it outweighs a lone tagger
# guess: a journey or a cargo's route. PolNeAR train, "<verb> to <Name>": travel/fly/sail/head/move/flee/deploy 51,
# all places but 3 ("moving to Cruz", "flee to Sanders", "heading to the Super Tuesday"); carried/export/brought/bring
# 5, all places. "go", "come" (52, a dozen a candidate or a body: "went to Trump", "go to Fox News"), "return" (22,
# 7 a body: "return to the Senate") and "send" (9, 5 a person: "sent to Powell") stay hints.
# nouns of a journey, whose "to" names where it goes: PolNeAR train has 35 "trip(s) / visit(s) / flight / travel /
# route to <Name>", every one a place (Mexico, Vietnam, Geneva, Capitol Hill, Des Moines)
_JOURNEY_NOUNS = {"flight", "trip", "visit", "journey", "voyage", "route", "travel", "crossing", "sailing"}
_JOURNEY_VERBS = {"travel", "fly", "sail", "head", "move", "flee", "deploy", "carry", "ship", "transport", "export",
                  "bring", "ferry", "smuggle", "haul"}
# a journey's start: "arrived from X", "flew in from X", "fled from X" name where a mover set out from. "came from X"
# and "returned from X" only when a person moves: PolNeAR train has 7 "come/travel from <Name>" naming a place (6 with
# a person moving: "people coming from Syria", "who traveled from Illinois"; 1 "guns ... come from Vermont") against 16
# naming a source of a remark, a figure, rhetoric or money ("a phrase that could have come from Trump", "the figure
# came from the State Department")
_DEPARTURE_VERBS = {"arrive", "fly", "travel", "flee", "sail", "drive", "escape", "evacuate"}
_MOVER_VERBS = {"come", "return"}
_MOVERS = {"he", "she", "they", "we", "i", "you", "who", "someone", "anyone", "people", "family", "families",
           "refugee", "migrant", "delegation", "visitor", "traveller", "traveler", "pilgrim", "worker", "fighter",
           "troop", "soldier", "civilian", "resident", "passenger", "evacuee", "team", "convoy"}
# verbs whose object is a territory (VerbNet 3.3 conquer-42.3, occupy, defend-85; news usage "shell X")
_TERRITORY_VERBS = {"defend", "invade", "govern", "annex", "occupy", "control", "seize", "capture", "besiege",
                    "recapture", "liberate", "shell", "bomb", "administer", "reach", "enter", "visit", "cross",
                    "retake"}
# parts of a territory named by direction or position (Quirk et al. 1985, 9.17 positional nouns)
_REGION_PARTS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "centre",
                 "center", "heart", "outskirts", "interior", "coast", "border", "borders", "edge"}
# broadcasters named by their medium first (Wikipedia: List of radio stations; "Radio Free Europe", "TV Rain")
_FUSED_OUTLET_ENDINGS = ("wire", "news", "press")  # Wikipedia: List of news agencies (Newswire, Telenews ...)
# offices held for a state (Wikipedia: Minister (government); Head of state; Ambassador)
_STATE_TITLES = {"minister", "president", "premier", "chancellor", "ambassador", "envoy", "king", "queen"}
_OFFICES = {"ministry", "department", "office", "administration", "government", "cabinet", "campaign", "team"}
# titles of a state's office that an organisation's head holds too (Wikipedia: President (corporate title)): PolNeAR
# train has 54 "president of <Name>", 53 of them organisations (the Center for American Progress, Judicial Watch,
# the Communications Workers of America, NARAL ...), every one a name of two words or more, with its article, or an
# acronym; a bare one-word name there is left to the state reading ("the president of Valdoria")
_BODY_TITLES = {"president"}
_MEMBERSHIP_NOUNS = {"member", "members", "membership"}
_MEMBER_WORDS = _MEMBERSHIP_NOUNS | {"partner", "partners", "ally", "allies"}
_OUTLET_OPENERS = {"radio", "tv", "television"}  # PolNeAR train: 3 "Radio/TV X"
# prepositions of nearness, whose object is a place far more often than "in"'s (Quirk et al. 1985, 9.19)
_NEAR_PREPOSITIONS = {"near", "outside"}
# prepositions of a path or a line (Quirk et al. 1985, 9.28: along, across, over, up, down, on a line or surface)
_PATH_PREPOSITIONS = {"on", "along", "across", "over", "up", "down"}
# a carrier so qualified is an airline (Wikipedia: Low-cost carrier, Flag carrier, Regional airline); PolNeAR train
# has none of these phrases, so this rests on the trade's own terms only
_AIRLINE_QUALIFIERS = {"budget", "low-cost", "low-fare", "no-frills", "discount", "flag", "national", "regional"}
# a carrier that is a ship says what it carries (Wikipedia: Aircraft carrier, Helicopter carrier, Bulk carrier, LNG
# carrier, Car carrier, Ore carrier); a carrier of none of these before a name is the trade's firm (an airline, a
# telecoms or freight carrier), as "the retailer Amazon" is a firm. PolNeAR train: 29 "the <class noun> <Name>"
# phrases (the retailer Amazon, the cable channel CNBC, the law firm Mayer Brown), every one typed by its noun; its
# one "carrier" before a name is "letter carrier" (a person's trade), none a ship
_SHIP_CARRIER_QUALIFIERS = {"aircraft", "helicopter", "bulk", "lng", "lpg", "gas", "ore", "car", "vehicle",
                            "escort", "troop", "container", "oil", "crude", "supercarrier"}
# what flies: "drones over X", "flew over X", "the airspace over X" put X on the ground below, a place. PolNeAR
# train: 3 "<aircraft or flight word> ... over <Name>" (a no-fly zone over Syria, flew over the Persian Gulf,
# aircraft over Benghazi), all places; "over <Name>" elsewhere is mostly a matter argued ("a row over Trump")
_AIR_WORDS = {"drone", "jet", "aircraft", "plane", "airplane", "warplane", "helicopter", "balloon", "flight",
              "airspace", "zone", "fly", "hover", "overfly", "sortie", "missile", "bomber"}
_BOUNDARY_NOUNS = {"border", "borders", "frontier", "frontiers", "boundary", "boundaries"}  # Quirk et al. 1985, 9.19
_NEIGHBOUR_WORDS = {"neighbouring", "neighboring"}
# the people of a place named for it ("Tesk residents"; ACE 2005 GPE facet: population)
_TOWNSPEOPLE = {"residents", "inhabitants", "villagers", "townspeople", "townsfolk"}
_SPEAKERS = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"}
_NAMING_VERBS = {"know", "call", "dub", "name", "nickname", "refer", "designate", "term", "label", "track"}
# "based in", "headquartered in", "X-based": where an organisation has its seat, ACE 2005 GEN-AFF Org-Location
# (PolNeAR train: 14 before a name)
SEAT_WORDS = {"based", "headquartered", "registered", "incorporated"}
_OBTAINED_VERBS = {"see", "obtain", "review"}
_VERIFY_VERBS = {"verify", "confirm", "corroborate"}
# "The Ministry of Trade of X rejects reports that ...": a verb answering reports, in its -s form, that the tagger
# read as a noun, leaving "reports" the verb of the body's name; the body answers the reports and publishes none
# (PolNeAR train: none, a weak count; ministries' own statements open so)
_ANSWERING_REPORTS = {"rejects", "denies", "dismisses", "disputes", "refutes", "rebuts", "contests", "confirms",
                      "welcomes", "condemns", "denounces", "deplores", "regrets", "notes"}
_OUTLET_POSSESSIONS = {"source", "sources", "reporter", "reporters", "correspondent", "correspondents", "reporting",
                       "report", "reports", "editor", "journalists", "journalist"}
# the clauses a subject's "its" may stand in: joined to its verb, reported by it, controlled by it, or an adverbial
# clause hung on it ("X said its troops ...", "X has struggled since its ...")
_LINKED_CLAUSES = {"conj", "ccomp", "xcomp", "advcl"}
# on a tie, the reading that news names most often (OntoNotes 5.0 NER counts: GPE and ORG outnumber LOC)
# constructions that say a name is an organisation of some kind, a news outlet as much as any other
_ANY_ORGANISATION = {"subject of a seat verb", "possessor of a spokesperson", "the body a title is for"}
# what says a name is a place of nature, so that what says only "a place" counts for nature too
_NATURE_NAMED = {"natural feature word ending the name", "land feature noun of the name"}
_ANY_PLACE = {"object of a place preposition", "destination of a movement", "end of a route between places"}
# nouns of ownership whose "in X" names what is owned, not where: PolNeAR train has 10 "stake / investment(s) / interest
# in <Name>", 4 of them firms (Nabisco, Apple, Ford, Valeant) and 4 places; "shares in X" is the stock-market
# wording (Wikipedia: Share (finance)), so only shares and holdings type X a firm, the rest just drop the place reading
_KEEPERS = {"owner", "operator", "charterer", "manager"}  # of a ship or a plant (Wikipedia: Shipowner, Ship management)
_FIRM_HOLDINGS = {"share", "shareholding", "holding"}
_HOLDING_NOUNS = _FIRM_HOLDINGS | {"stake", "investment", "interest"}
# outlet nouns that name an outlet only with a news word before them: PolNeAR train has 3 "news agency" against 8
# other agencies (intelligence, security, immigration, protection, federal, talent, secret); a "site" is a publication
# only so qualified (PolNeAR train: 6 "<word> site <Name>", 5 of them outlets after a news word, news site RTL and
# Pando, gossip site Gawker, fact-checking site Politifact twice; "a nuclear site" is a place)
_NEWS_ONLY_WHEN_QUALIFIED = {"agency", "site"}
_NEWS_QUALIFIERS = {"news", "press", "wire", "photo", "newswire", "gossip", "checking", "fact-checking"}
# facility heads whose modifying name is the facility's own (ACE 2005 FAC: plants, airports, bridges, dams, prisons,
# mines, pipelines); "base" and "field" are also a party's voters, so they count only after a military or oil word.
# PolNeAR train: 44 "the <Name> [word] <head>", 37 of them "base"/"field" of a party or "the CIA base", and of the
# rest 2 "the Keystone pipeline", 2 plants named for their owner, 3 airports named for their city
_FACILITY_HEADS = {"mine", "mines", "plant", "refinery", "port", "airport", "airbase", "bridge", "dam", "prison",
                   "jail", "hospital", "stadium", "pipeline", "oilfield", "gasfield", "smelter", "terminal"}
_QUALIFIED_FACILITY_HEADS = {"base", "field"}
_FACILITY_QUALIFIERS = {"air", "naval", "military", "army", "navy", "oil", "gas", "missile", "submarine"}
# the word that opens a mountain's name, as the geographic heads end other features' (GeoNames T.MT mount)
_FEATURE_OPENERS = {"mount"}
_TIE_ORDER = ("PERSON", "GPE", "ORG", "OUTLET", "VEHICLE", "PRODUCT", "FAC", "LOC")
# "-ine" as in Argentine, Philippine, Levantine (Wikipedia: Demonym, English suffixes; PolNeAR train: 9 "Philippine"
# beside "the Philippines", weak); a form counts only where the text writes it beside the name
_DEMONYM_SUFFIXES = ("n", "an", "ian", "i", "ese", "ish", "ic", "ite", "ine")


def adjective_forms(name: str) -> set[str]:
    """The forms a place name's adjective may take, as spelt ("Valdoria" -> "Valdorian", "Kesh" -> "Keshi"): the
    name, or the name less a final vowel, with one of the productive suffixes; never the name itself."""
    stems = {name}
    if name[-1:].lower() in set("aeiouy"):
        stems.add(name[:-1])
    forms = {s + suffix for s in stems for suffix in _DEMONYM_SUFFIXES}
    if name.lower().endswith("land") and len(name) > 6:
        forms |= {name[:-4] + suffix for suffix in ("ish", "ic")}  # Poland -> Polish, Iceland -> Icelandic
        forms.add(name[:-3] + "ish")  # England -> English (Wikipedia: Demonym, -ish after a -land name)
    if name[-2:].lower() in {"en", "on"} and len(name) > 5:
        # Sweden -> Swedish, Lebanon -> Lebanese, Gabon -> Gabonese: "-ish" and "-ese" may take the place of a final
        # "-en" / "-on" (Wikipedia: Demonym, -ese)
        # (gazetteer states.csv: 2 of its 83 one-word demonyms, weak; a form counts only where the text writes it)
        forms |= {name[:-2] + suffix for suffix in ("ese", "ish")}
    return forms - {name}


def coined_adjective(name: str) -> str:
    """The adjective a one-word state's name most likely takes when no text or list gives it ("Dravmoor" ->
    "Dravmoorian", "Valdessa" -> "Valdessan"): "-(i)an", English's productive demonym suffix, and "-i" after the
    endings of Middle Eastern and South Asian names ("-stan", "-sh", "-q") (Wikipedia: Demonym, English suffixes).
    The gazetteer's states bear it out for the "-ia" names (21 of 21) and not for the old irregular ones (China,
    France), which the gazetteer lists."""
    low = name.lower()
    if low.endswith(("stan", "sh", "q")):
        return name + "i"
    if low.endswith("a"):
        return name + "n"
    if low.endswith(("ay", "ey", "oy")):
        return name + "an"  # Paraguay, Uruguay
    if low.endswith(("e", "y")):
        return name[:-1] + "ian"  # Ukraine, Italy
    if low.endswith("o"):
        return name[:-1] + "an"
    if low.endswith(("i", "u")):
        return name + "an"
    return name + "ian"


def other_coined_adjectives(name: str) -> set[str]:
    """The other productive form a coined adjective may as well take, where English uses both for the name's ending
    ("Valdessa": Valdessan or Valdessian, as Cuba -> Cuban but Canada -> Canadian; "Dravmoor": Dravmoorian or
    Dravmoori, as Egypt -> Egyptian but Israel -> Israeli); none after "-ia", which takes "-n" alone."""
    low = name.lower()
    if low.endswith("ia") or not low[-1:].isalpha():
        return set()
    if low.endswith("a"):
        return {name[:-1] + "ian"}
    if low.endswith(("stan", "sh", "q")):
        return {name + "ian"}
    if low[-1] in "aeiouy":
        return set()
    return {name + "i"}


def state_organ_adjective(name: str, written: str | None = None, listed: tuple[str, ...] = ()
                          ) -> tuple[str | None, set[str]]:
    """The adjective a state's organ is named by ("Dravmoor's army": the Dravmoorian army, as "the Syrian
    government" names Syria's), with the other forms it may as well take: the one the text writes, else the
    gazetteer's, else one coined from a one-word name of four letters or more (a shorter one, "Osk", gives no
    reliable ending: "Osk's army" keeps the name); None where none applies."""
    if written:
        return written, set()
    if listed:
        return listed[0], set()
    if " " in name or not name.isalpha() or not name.istitle() or len(name) < 4:
        return None, set()
    return coined_adjective(name), other_coined_adjectives(name)


def capital_cities(noun: Token) -> list[Token]:
    """The words that may name the city a "capital" noun is said of: its appositions, the name before the comma
    that opens its phrase, the name after the comma that follows it."""
    doc = noun.doc
    cities = [c for c in noun.children if c.dep_ == "appos"] + ([noun.head] if noun.dep_ == "appos" else [])
    edge = noun.left_edge.i
    if edge >= 2 and doc[edge - 1].text == ",":
        cities.append(doc[edge - 2])  # "officials in Vell, the Oskian capital": the parser may hang the
        # apposition on the officials; the name just before the comma is the one it renames
    if noun.i + 2 < len(doc) and doc[noun.i + 1].text == "," and doc[noun.i + 2].pos_ == "PROPN":
        cities.append(doc[noun.i + 2])  # "in the Oskian capital, Vell, ...": however the parser hangs Vell
    return cities


def capital_owners(noun: Token) -> list[tuple[str, Token]]:
    """The words of a "capital" noun that may name its state, in the parse's order: ("poss", "Osk's"),
    ("modifier", "Oskian"), ("of", "Osk" of "the capital of Osk")."""
    found = []
    for child in noun.children:
        if child.dep_ == "poss":
            found.append(("poss", child))
        elif child.dep_ in {"amod", "compound"}:
            found.append(("modifier", child))
        elif child.dep_ == "prep" and child.lower_ == "of":
            obj = next((o for o in child.children if o.dep_ == "pobj"), None)
            if obj is not None:
                found.append(("of", obj))
    return found


@dataclass
class TypeEvidence:
    """One construction saying what a mention names: the type, how much it counts and the words that say it."""

    type: str
    weight: float
    span: Span
    rule: str


_CLIENT_TITLES = frozenset(lexicon.load("titles.yaml")["role_titles"]["lawyer_of"])


def _words(key: str) -> frozenset[str]:
    return lexicon.words("entity_lexicon.yaml", key)


def names_a_portfolio(doc: Doc, start: int, end: int) -> bool:
    """Whether doc[start:end] is a portfolio word before a word for its office ("Labour Minister X", "the Labour
    Ministry"): the portfolio, not a party of the same name. The office word counts capitalised, as a title is
    before a name; "ministry" and "department" in any case, since a party has neither."""
    if end - start != 1 or end >= len(doc) or doc[start].lower_ not in _PORTFOLIOS["entries"]:
        return False
    office = doc[end]
    if office.lower_ in _PORTFOLIOS["always_offices"]:
        return True
    if office.lower_ not in _PORTFOLIOS["offices"]:
        return False
    # "the Norwegian Labour minister", "Canada's Labour minister": a state's office, whatever the case of the title
    # (a party's member would be no state's); "a Labour minister" alone may be the party's
    before = doc[start - 1] if start else None
    of_a_state = before is not None and (before.ent_type_ in {"NORP", "GPE"} or before.tag_ == "POS")
    return office.is_title or of_a_state


_PORTFOLIOS = {key: frozenset(words) for key, words in lexicon.load("entity_lexicon.yaml")["portfolios"].items()
               if key != "provenance"}


def _portfolio_word(word: str) -> bool:
    return word in _PORTFOLIOS["entries"]


def _state_office_title_after(doc: Doc, end: int) -> int | None:
    """The end of the holder's name after a state office's title at `end`, capitalised ("Attorney General Ilse
    Varn", "Prime Minister X", "Foreign Minister X"), or None."""
    words = [t.lower_ for t in doc[end:end + 3]]
    if words[:2] == ["attorney", "general"] or words[:2] == ["prime", "minister"] \
            or len(words) > 1 and _portfolio_word(words[0]) and words[1] == "minister":
        holder = end + 2
    else:
        return None
    if not all(t.is_title for t in doc[end:holder]) or holder + 1 >= len(doc):
        return None
    stop = holder
    while stop < len(doc) and doc[stop].is_title and doc[stop].pos_ == "PROPN":
        stop += 1
    return stop if stop - holder >= 2 else None


def titled_portfolio(doc: Doc, start: int, end: int) -> bool:
    """Whether doc[start:end] is the portfolio in a title written "<Office> of <Portfolio>" ("Secretary of State X",
    "Minister of Defence Y"): part of the holder's title, not a name of its own. PolNeAR train: 62 "Secretary of
    State", 42 of them before the holder's name, 2 "Secretary of Defense/Labor"."""
    if start < 2 or end - start > 3 or doc[start - 1].lower_ != "of":
        return False
    office = doc[start - 2]
    if not office.is_title or office.lower_ not in _PORTFOLIOS["offices"] - _PORTFOLIOS["always_offices"]:
        return False
    return all(t.is_title and t.is_alpha for t in doc[start:end])



@lru_cache(maxsize=64)
def outlet_forms(outlet: str) -> tuple[tuple[str, ...], str | None]:
    """An outlet's name as lower-case words without "the", and the short form its last word gives ("The Morning
    Courant": "courant"), which papers use with "the" ("the Courant", "the Post", "the Times")."""
    words = tuple(w.lower() for w in outlet.split())
    if words[:1] == ("the",):
        words = words[1:]
    short = words[-1] if len(words) > 1 and outlet.split()[-1][:1].isupper() and words[-1].isalpha() else None
    return words, short


def own_outlet(outlet: str, name: Span, after_the: bool) -> bool:
    """Whether a name is the article's own outlet: its whole name, or its last word after "the" (a place or region
    closing an outlet's name, "Radio Free Europe", never stands after "the")."""
    words, short = outlet_forms(outlet)
    said = tuple(t.lower_ for t in name if t.lower_ != "the")
    return bool(said) and (said == words or (after_the or name[0].lower_ == "the") and said == (short,))

class ContextTyper:
    """Collects typed evidence around mentions and votes over a cluster's mentions."""

    def __init__(self) -> None:
        self.state_possessions = _words("state_possessions")
        self.state_only_possessions = _words("state_only_possessions")
        self.place_possessions = _words("place_possessions")
        # ranks and offices written before a holder's name: the holder is a person ("General Ilse Varn")
        self.rank_titles = _words("rank_titles")
        self.state_organ_compounds = _words("state_organ_compounds")
        self.state_act_verbs = _words("state_act_verbs")
        self.state_name_endings = tuple(sorted(_words("state_name_endings")))
        fields = lexicon.load("entity_lexicon.yaml")["organ_fields"]
        self.organ_fields, self.organ_services = frozenset(fields["fields"]), frozenset(fields["services"])
        self.place_nouns = _words("place_nouns")
        self.feature_phrase_nouns = _words("feature_phrase_nouns")
        self.crossing_nouns = _words("crossing_nouns")
        self.diplomatic_nouns = _words("diplomatic_nouns")
        self.facility_nouns = _words("facility_nouns")
        self.own_named_facilities = _words("own_named_facility_nouns")
        self.org_nouns = _words("org_nouns")
        self.trade_agents = _words("trade_agent_nouns")
        self.outlet_nouns = _words("outlet_nouns")
        self.outlet_heads = _words("outlet_name_heads")
        self.org_heads = _words("org_name_heads")
        self.purpose_body_heads = _words("purpose_body_heads")
        self.centre_work_words = _words("centre_work_words")
        self.person_titles = _words("person_titles")
        self.vehicle_nouns = _words("vehicle_nouns")
        self.product_nouns = _words("product_nouns")
        self.geographic_heads = _words("geographic_heads")
        self.common_place_heads = _words("common_place_heads") | _REGION_PARTS
        self.place_prepositions = _words("place_prepositions")
        self.outlet_verbs = _words("outlet_verbs")
        self.published_works = _words("published_works")
        self.reported_results = _words("reported_results")
        self.government_nouns = _words("government_nouns")
        self.body_nouns = _words("body_nouns")
        # nouns "its" may refer back to in place of a name before them ("X said the ministry recalled its envoy")
        self.antecedent_nouns = self.body_nouns | self.government_nouns | self.org_nouns
        # places the gazetteer knows by name, alias or capital: "the Moscow oil refinery" is named for its city
        self.known_places = frozenset(name.lower() for e in load_gazetteer().entries if e.type in {"GPE", "LOC"}
                                      for name in e.matchable_names + e.capitals)
        kinds = lexicon.load("entity_lexicon.yaml")["described_kind_nouns"]
        self.kind_nouns, self.kind_modifiers = frozenset(kinds["entries"]), frozenset(kinds["modifiers"])
        routes = lexicon.load("entity_lexicon.yaml")["route_words"]
        self.route_nouns, self.route_verbs = frozenset(routes["nouns"]), frozenset(routes["verbs"])
        chambers = lexicon.load("entity_lexicon.yaml")["chamber_names"]
        self.chambers_alone, self.chambers_of = frozenset(chambers["alone"]), frozenset(chambers["opening_of"])
        compounds = lexicon.load("entity_lexicon.yaml")["outlet_name_compounds"]
        self.outlet_compound_qualifiers = frozenset(compounds["qualifiers"])
        self.outlet_compound_heads = frozenset(compounds["heads"])
        self.armed_movers = _words("armed_mover_nouns")
        self.agreement_words = _words("agreement_name_words")
        self.agreement_verbs = _words("agreement_verbs")
        self.law_words = _words("law_name_words")
        campaign = lexicon.load("entity_lexicon.yaml")["campaign_verbs"]
        self.campaign_objects = frozenset(campaign["objects"])
        self.campaign_departures = frozenset(campaign["departures"])
        self.campaign_advances = frozenset(campaign["advances"])

    # ----- one mention -----------------------------------------------------------------------------------------

    def _craft_apposed_before(self, doc: Doc, start: int, end: int) -> Token | None:
        """ "the boat, the Linnet,": the vessel noun a definite name closed by a comma follows, set off by a comma
        after "the" and the noun (a ship's name given in apposition; Wikipedia: Ship naming and launching), or None."""
        if start < 4 or doc[start - 1].lower_ != "the" or doc[start - 2].text != "," \
                or end < len(doc) and doc[end].text not in {",", ".", ";"}:
            return None
        noun = doc[start - 3]
        if doc[start - 4].lower_ != "the" or noun.pos_ != "NOUN" or noun.lower_ not in self.vehicle_nouns:
            return None
        return noun

    def noun_type(self, token: Token) -> str | None:
        """The type a common noun describing a name gives it ("company" -> ORG, "spokesman" -> PERSON)."""
        word, lemma = token.lower_, token.lemma_.lower()
        if lemma in _NEWS_ONLY_WHEN_QUALIFIED:
            if any(c.lower_ in _NEWS_QUALIFIERS for c in token.lefts):
                return "OUTLET"
            # "an aid agency", "the intelligence agency": only a news agency is an outlet; "the site" a place
            return "ORG" if lemma == "agency" else None
        if lemma == "carrier" and any(c.lower_ in _AIRLINE_QUALIFIERS for c in token.lefts):
            return "ORG"  # "a budget carrier", "the flag carrier": an airline, not a ship
        if lemma == "carrier":
            # "the aircraft carrier Ostrava" is a ship; "the carrier Northwind" a firm, unless the story calls
            # its carriers ships ("the aircraft carrier Ostrava ... the carrier Ostrava")
            shipped = any(c.lower_ in _SHIP_CARRIER_QUALIFIERS for c in token.lefts) \
                or any(t.lower_ in _SHIP_CARRIER_QUALIFIERS and t.head.lemma_.lower() == "carrier" for t in token.doc)
            return "VEHICLE" if shipped else "ORG"
        for forms, etype in ((_STATE_NOUNS, "GPE"), (self.outlet_nouns, "OUTLET"), (self.vehicle_nouns, "VEHICLE"),
                             (self.product_nouns, "PRODUCT"), (self.place_nouns, "GPE"),
                             (self.org_nouns, "ORG"), (self.person_titles, "PERSON")):
            if word in forms or lemma in forms:
                return etype
        return None

    def evidence(self, doc: Doc, start: int, end: int) -> list[TypeEvidence]:
        """Every construction around doc[start:end] that says what kind of thing it names."""
        found: list[TypeEvidence] = []
        name = Span(doc, start, end)  # doc[start:end], without the slice's bounds arithmetic (asked of every name)
        root = name.root
        last = doc[end - 1]

        def add(etype: str, weight: float, a: int, b: int, rule: str) -> None:
            a, b = max(0, min(a, start)), min(len(doc), max(b, end))
            found.append(TypeEvidence(etype, weight, Span(doc, a, b), rule))  # doc[a:b]: 0 <= a <= b <= len(doc)

        # the name's own last word: "... Brigades", "... Herald"; a phrase all in lower case ("the east bank", "the
        # eastern front") is a description of a place or a line, not a name ending in a designator
        # asked of every name: its words and its neighbours' read from the table, no Token built a word (spaCy's
        # is_lower is the text's islower())
        table = token_table(doc)
        text, lower, alpha = table.text, table.lower, table.alpha
        common = all(text[k].islower() or not alpha[k] for k in range(start, end) if lower[k] not in {"the", "a", "an"})
        if common and last.lower_ in self.geographic_heads | self.common_place_heads:
            add("LOC", STRONG, start, end, "a place of nature named by a common noun")  # "the gulf", "the east bank"
        if (end - start > 1 or start > 0 and lower[start - 1] == "the") and not common:
            if last.text in self.outlet_compound_heads and end - start > 1 \
                    and text[end - 2] in self.outlet_compound_qualifiers:
                add("OUTLET", STATED, start, end, "news agency or broadcaster name words")
            elif last.is_lower and last.text in self.facility_nouns:
                add("FAC", STATED, start, end, "facility noun ending the name")  # "Osk airport", "Vell dam"
            elif last.text.lower() in self.outlet_heads:
                add("OUTLET", SHAPE, start, end, "outlet name word")
            elif text[start].lower() in _OUTLET_OPENERS and end - start > 1:
                add("OUTLET", SHAPE, start, end, "outlet name word")  # "Radio Kessa", "TV Osk"
            elif last.text.lower() in self.org_heads:
                add("ORG", SHAPE, start, end, "organisation name word")
                if end - start == 2 and name[0].is_title and name[0].is_alpha \
                        and self._surname_used_alone(doc, name[0]):
                    # "Kalder Shipping ... Kalder said": a firm goes by its first word after the first mention, as a
                    # person goes by the last ("surname used alone as a subject" below)
                    add("ORG", HINT, start, end, "first word used alone as a subject")
            elif last.is_title and last.lower_ in self.geographic_heads:
                add("LOC", STRONG, start, end, "natural feature word ending the name")  # "the Osk Strait"
            elif last.lower_ in self.purpose_body_heads and end - start > 1 and text[end - 2][:1].isupper() \
                    and lower[end - 2] in self.centre_work_words:
                add("ORG", SHAPE, start, end, "a centre named for its work")  # "the Open Source Centre"
            else:
                # "the Tallis Centre for Strategic Studies", "the Institute for Policy Research": a body's name runs on
                # with what it is for, and its designator stands before "for"
                purpose = next((k for k in range(start + 1, end - 1) if lower[k] == "for"), None)
                if purpose is not None and text[purpose - 1][:1].isupper() \
                        and lower[purpose - 1] in self.purpose_body_heads | self.org_heads:
                    add("ORG", SHAPE, start, end, "organisation word before what it is for")
        # "the Gulf of X", "the Sea of Y", "the Strait of Z": a natural feature word opening the name with "of"
        opening = name[1:] if name[0].lower_ == "the" else name
        # "the Velmoor Accord", "the Paris Agreement", "the Treaty of Osk": a written agreement's name, a document
        # (entity_lexicon agreement_name_words); signing, ratifying or breaking it says so too
        ends_so = end - start > 1 and last.is_title and last.lower_ in self.agreement_words
        opens_so = len(opening) > 2 and opening[0].is_title and opening[0].lower_ in self.agreement_words \
            and opening[1].lower_ == "of"
        if not common and (ends_so or opens_so) and self._partners_in(root):
            # "Fennick's partners in the Northern Compact": a bloc's members are its partners; an agreement has
            # parties (golds: 2 "partners in the X Compact", both blocs; PolNeAR train has no "partners in" an
            # agreement's name, its 3 "partners/allies in X" are places, which the agreement word rules out)
            add("ORG", STATED, root.head.head.i, end, "body its members belong to")
        elif not common and (ends_so or opens_so):
            add("DOCUMENT", STRONG, start, end, "agreement word in the name")
            if root.dep_ in {"dobj", "nsubjpass"} and root.head.lemma_.lower() in self.agreement_verbs:
                add("DOCUMENT", STATED, min(root.head.i, start), max(root.head.i + 1, end), "agreement signed or broken")
        # "the Harbour Defence Act", "the Second Amendment", "the Bill of Rights", "the Constitution": a law's name
        # (entity_lexicon law_name_words); a lone word only after "the", as "Bill" may be a given name
        law_end = last.is_title and last.lower_ in self.law_words and (
            end - start > 1 or start > 0 and lower[start - 1] == "the")
        law_open = len(opening) > 2 and opening[0].is_title and opening[0].lower_ in self.law_words \
            and opening[1].lower_ == "of"
        if not common and (law_end or law_open):
            add("DOCUMENT", STRONG, start - (start > 0 and lower[start - 1] == "the"), end, "law word in the name")
        if (end - start == 1 and last.text in self.chambers_alone) or (
                len(opening) > 2 and opening[0].text in self.chambers_of and opening[1].lower_ == "of"):
            add("ORG", STRONG, start, end, "name of a chamber")  # "in Parliament", "the House of Commons"
        if len(opening) > 2 and opening[0].is_title and opening[0].lower_ in self.geographic_heads \
                and opening[1].lower_ == "of":
            add("LOC", STRONG, start, end, "natural feature word opening the name")

        # "Nordwire", "Telenews": a one-word name that ends in a news word (as "Newswire", "Interfax" do)
        word = name.text.lower()
        if end - start == 1 and name[0].is_title and any(word.endswith(h) and len(word) >= len(h) + 3
                                                         for h in _FUSED_OUTLET_ENDINGS):
            add("OUTLET", SHAPE, start, end, "news word ending the name")
        # the article's own outlet, which its metadata names: "told the Courant" in The Morning Courant
        if doc._.cg_outlet and own_outlet(doc._.cg_outlet, name, start > 0 and lower[start - 1] == "the"):
            add("OUTLET", STATED, start, end, "the article's own outlet")
        before = doc[start - 1] if start > 0 else None
        if before is not None and before.lower_ == "the" and start > 1 and before.is_title:
            before = doc[start - 2]  # "the investigative outlet The Osk Review"
        # a title or class noun right before the name: "spokesman X", "the tanker X", "the firm X"; a ship's class
        # noun the parser read as a verb ("the Oskian frigate X", "frigate" a VBP) still is one after an article
        if before is not None and not before.is_punct and (before.pos_ in {"NOUN", "PROPN"}
                                                           or self._misread_vehicle_noun(before)):
            etype = self.noun_type(before)
            if etype == "PERSON" and before.lower_ in self.person_titles:
                add("PERSON", STATED, start - 1, end, "title before the name")
            elif titled_portfolio(doc, before.i, before.i + 1):
                add("PERSON", STATED, before.i - 2, end, "title before the name")  # "Secretary of State X"
            elif before.is_lower and before.i >= 2 and doc[before.i - 1].lower_ == "of" \
                    and doc[before.i - 2].lower_ in self.person_titles:
                # "former secretary of state X" in lower case, as US papers write it: the portfolio ends a title
                # (PolNeAR train: 13 "secretary of state <First Last>" in lower case)
                add("PERSON", STATED, before.i - 2, end, "title before the name")
            elif etype is not None and etype != "PERSON":
                add(etype, self._class_weight(before, start, end), start - 1, end, "class noun before the name")
        # "neighbouring X": only a place has neighbours (PolNeAR train: 7 "neighbo(u)ring" before a capitalised
        # name, all places: Massachusetts, Utah, Eritrea, Arizona ...)
        if before is not None and before.lower_ in _NEIGHBOUR_WORDS:
            add("GPE", STATED, start - 1, end, "neighbouring place")
        # "By Marta Lindqvist" on a line of its own: a byline names the story's writer (AP Stylebook, "byline"); a
        # one-word name there may be a wire's ("By Reuters"), so only a full name counts
        if before is not None and before.lower_ == "by" and end - start > 1 and line_opens(doc, before.i) \
                and all(t.is_title and t.is_alpha for t in name) and _closes_line(doc, end):
            add("PERSON", STATED, start - 1, end, "name in a byline")
        # "in the Oskian capital, X, ...": a place noun just before the comma renames whatever the parse makes of it
        if before is not None and before.text == "," and start > 2 and table.pos[start - 2] == "NOUN" \
                and lower[start - 2] in self.place_nouns and any(
                    lower[k] == "the" for k in range(max(0, start - 5), start - 2)) \
                and end < len(doc) and text[end] in {",", "."}:
            add("GPE", STATED, start - 2, end, "place noun before the name")
        # "X, 54, a farmer": an age in commas after a name is said of a person (news style; AP Stylebook, "ages")
        if end + 2 < len(doc) and text[end] == "," and text[end + 2] == "," and text[end + 1].isdigit() \
                and 0 < int(text[end + 1]) < 120:
            add("PERSON", STATED, start, end + 3, "age after the name")
        # "Harlan Crest ... Crest said": a two-word name whose last word later stands alone as a clause's subject
        # names a person (news style names a person by surname after the first mention; a company or a place goes
        # by its first word or its whole name). PolNeAR train: 865 two-word names whose last word recurs alone
        # before a verb.
        if end - start == 2 and name[0].is_title and name[0].is_alpha and last.is_title and last.is_alpha \
                and not (before is not None and before.is_title) \
                and not {name[0].lower_, last.lower_} & (self.geographic_heads | self.common_place_heads
                                                         | self.place_nouns | self.org_heads | self.outlet_heads) \
                and self._surname_used_alone(doc, last):
            add("PERSON", SHAPE, start, end, "surname used alone as a subject")
        # "the city of X"; "the island of X" a place of nature (entity_lexicon feature_phrase_nouns)
        if before is not None and before.lower_ == "of" and start > 1 and lower[start - 2] in self.feature_phrase_nouns:
            add("LOC", STATED, start - 2, end, "land feature noun of the name")
        elif before is not None and before.lower_ == "of" and start > 1 and lower[start - 2] in self.place_nouns:
            add("GPE", STATED, start - 2, end, "place noun of the name")

        after = doc[end] if end < len(doc) else None
        crossing = self.crossing_after(doc, start, end)
        if crossing is not None:
            # "the Kessel border crossing", "the Mexico border": a border or its crossing point is named for the
            # place at it
            add("GPE", STRONG, start, crossing.i + 1, "name before a border or its crossing")
        elif after is not None and after.lower_ in self.diplomatic_nouns and after.is_lower \
                and last.dep_ in {"compound", "nmod", "amod"} and last.head.i == end \
                and not any(t.lower_ in self.org_heads for t in name):
            # "the Varn embassy", "three Varn diplomats": a mission and its agents are a sending state's (Vienna
            # Convention on Diplomatic Relations), so the name before them is a state's (entity_lexicon
            # diplomatic_nouns)
            add("GPE", STRONG, start, end + 1, "name before its diplomats or mission")
        kind = self.described_kind(doc, end) if after is not None and last.dep_ in {"compound", "nmod"} else None
        facility = self.named_facility(doc, end) if after is not None and last.dep_ in {"compound", "nmod"} \
            and doc[start].is_title and name.text.lower() not in self.known_places else None
        if facility is None and after is not None and name.text.lower() not in self.known_places:
            facility = self.bare_facility(doc, start, end)
        if kind is not None and kind.i >= last.head.i:
            add("ORG", STATED, start, kind.i + 1, "name before a noun for its kind")  # "the X rebel group"
        elif facility is not None:
            # "the X copper mine", "the X oil pipeline": a name before a facility's trade and its head noun is the
            # facility's own (a bare "X airport" is most often named for its city: the rule below)
            add("FAC", STATED, start, facility.i + 1, "name of a facility")
        elif after is not None:
            word = after.lower_
            if word in {"shares", "stock"} and after.pos_ == "NOUN" and last.dep_ in {"compound", "nmod", "amod"} \
                    and after.head.i != last.i:
                # "Brisk shares fell": a company's stock named for it (PolNeAR train: 7 "<Name> shares/stock" with
                # the noun, all companies, Valeant, Twitter, Facebook, Disney; a weak count)
                add("ORG", STRONG, start, end + 1, "company named by its shares")
            elif word == "police" and after.text == "police" and last.dep_ in {"compound", "nmod"} \
                    and last.pos_ == "PROPN":
                # "the Tesmar police", "Orsk police said": a force named for the town or state it polices (PolNeAR
                # train: 15 "<Name> police", Chicago 5, Philadelphia, Dallas, Cleveland, Jupiter, Sanford, Cologne,
                # every one a place)
                add("GPE", STRONG, start, end + 1, "place named by its police")
            elif word == "administration":
                # "the Obama administration", "the Halloran administration": the government a leader heads, named
                # for the leader (PolNeAR train: 114 "<Name> administration", 111 of them a president's name and 3
                # "U.S.", which the gazetteer knows)
                add("PERSON", STRONG, start, end + 1, "leader named for the administration")
            elif (title_end := _state_office_title_after(doc, end)) is not None:
                # "Tesk Attorney General Ilse Varn", "Osk Foreign Minister X": a name before a state's office and its
                # holder's name is the state the holder serves (PolNeAR train: 4 "<Name> Attorney General / Prime
                # Minister <Name>", Virginia, New York, Michigan, Japan, all states; a president or chancellor may
                # head a firm or a university, and is left out)
                add("GPE", STRONG, start, title_end, "the state of a titled official")
            elif (organ_end := self.state_organ_after(doc, end)) is not None \
                    and last.dep_ in {"compound", "nmod", "amod"} \
                    and not (before is not None and before.pos_ == "PROPN"):
                # "the Vesterland intelligence service", "the Pellaris Foreign Ministry": a name before a field and
                # the body that serves it in that field is a state's (PolNeAR train: 9 "<state's adjective>
                # Foreign/Defense Ministry, intelligence/security services", no name of any other kind, a weak count)
                add("GPE", STRONG, start, organ_end + 1, "name before a state's organ")
            elif word in self.government_nouns and not (last.ent_type_ == "PERSON" and last.ent_iob_ != "O"):
                # "the Castro government", "the Assad regime": a name the tagger reads as a person's is the leader's
                # (PolNeAR train: 2 government/regime after a name tagged a person, both Castro; 18 after a state)
                add("GPE", STATED, start, end + 1, "name before a word for its government")
            elif word in self.geographic_heads and word not in self.outlet_nouns and word != "sound" \
                    and after.is_lower and after.pos_ == "NOUN" and last.dep_ in {"compound", "nmod", "amod"}:
                # "the Loire river", "the Osk valley": a natural feature's word in lower case after its name (not
                # "channel", an outlet's word too, nor "sound": PolNeAR train's 5 "<Name> channel/sound" are
                # broadcasters and noises, and it has no "<Name> river/lake/valley")
                add("LOC", STRONG, start, end + 1, "name before a natural feature word")
            elif word in self.place_nouns and after.pos_ == "NOUN" and last.dep_ in {"compound", "nmod", "amod"}:
                add("GPE", SHAPE, start, end + 1, "name before a place noun")
            elif word in self.facility_nouns and after.pos_ == "NOUN" and last.dep_ in {"compound", "nmod"}:
                # "the Osk refinery", "Vell airport" (with the noun outside the name): most often a place's
                add("GPE", HINT, start, end + 1, "name before a facility noun")
            elif after.text == "-" and end + 1 < len(doc) and doc[end + 1].lower_ == "based":
                add("GPE", STRONG, start, end + 2, "X-based")
            elif word in _TOWNSPEOPLE and last.dep_ in {"compound", "nmod"} and last.head.i == end:
                # "Tesk residents said": the people of a town named for it (PolNeAR train: 4 "<Name> residents",
                # Iowa, Flint, Chicago and a demonym; a weak count)
                add("GPE", STRONG, start, end + 1, "name before a word for its people")
            elif word in self.person_titles and after.pos_ == "NOUN" and last.dep_ in {"compound", "nmod"}:
                add("ORG", HINT, start, end + 1, "name before a title")
            elif after.lemma_.lower() in self.outlet_verbs and after.pos_ == "NOUN" and before is not None \
                    and before.lower_ in {"a", "an"}:
                add("OUTLET", STRONG, start - 1, end + 1, "an X report")

        # "X's foreign minister", "X's border", "the Observer's sources"
        if after is not None and after.text in _POSSESSIVE:
            possessed = root.head if root.dep_ == "poss" else None
            if possessed is None:
                possessed = _next_noun(doc, end + 1)
            if possessed is not None:
                word = possessed.lower_
                if any(t.lower_ == "member" for t in doc[end + 1:possessed.i]):
                    add("ORG", STRONG, start, possessed.i + 1, "possessor of members")  # "X's 14 member states"
                elif (word in self.state_possessions or possessed.lemma_.lower() in self.state_possessions) and not (
                        root.ent_type_ == "PERSON" and word in _OFFICES
                        and not self._portfolio_ministry(doc, end + 1, possessed)):
                    # "Hallam's ministry", "Trump's administration": a person's office, not a state's organ; but
                    # "Ostrand's interior ministry" names a portfolio, which a state holds, whatever the tagger took
                    # the owner for (PolNeAR train: 2 "<Name>'s <portfolio> ministry", Azerbaijan and China; a weak
                    # count, and no person's among them)
                    add("GPE", STRONG, start, possessed.i + 1, "possessor of a state's organ or territory")
                elif word in self.place_possessions and possessed.pos_ == "NOUN" and possessed.i <= end + 3:
                    # "Tesk's port", "Osk's mayor", "Vell's outskirts": what a town has (entity_lexicon
                    # place_possessions)
                    add("GPE", STRONG, start, possessed.i + 1, "possessor of a town's port, mayor or streets")
                elif possessed.i > end + 1 and f"{doc[possessed.i - 1].lower_} {word}" in self.state_organ_compounds:
                    # "X's election commission", "X's central bank": an organ only a state has (entity_lexicon
                    # state_organ_compounds)
                    add("GPE", STRONG, start, possessed.i + 1, "possessor of a state's organ or territory")
                elif word in self.organ_services and possessed.i > end + 1 \
                        and doc[possessed.i - 1].lower_ in self.organ_fields \
                        and (root.ent_type_ != "ORG" or possessed.ent_iob_ == "I"):
                    # "X's intelligence service": a state's service named by its field (entity_lexicon organ_fields);
                    # the tagger's ORG is the owner's only when it stops at the owner: one running on to the service
                    # ("Osk's Foreign Intelligence Directorate" tagged whole) is the service's (PolNeAR train: 2
                    # "<State>'s <Portfolio> Ministry", both states', none a body's; weak)
                    add("GPE", STRONG, start, possessed.i + 1, "possessor of a state's organ or territory")
                elif word in _OUTLET_POSSESSIONS:
                    add("OUTLET", HINT, start, possessed.i + 1, "possessor of sources or reporting")
                elif word in _SPEAKERS and possessed.pos_ == "NOUN":
                    add("ORG", HINT, start, possessed.i + 1, "possessor of a spokesperson")

        # appositions: "X, a volunteer rescue service", "the messaging app X", "X, a spokesman for Y"
        hung_higher = self._apposition_hung_higher(root, end)
        for other in [c for c in root.children if c.dep_ == "appos"] + (
                [root.head] if root.dep_ == "appos" or listed_apposition(root, start, end) else []) + (
                [hung_higher] if hung_higher is not None else []):
            if other.i in range(start, end):
                continue
            after_name = end
            if after_name < len(doc) and doc[after_name].text == "(":  # "X (XYZ), a ...": past the short form
                close = next((t.i for t in doc[after_name:after_name + 6] if t.text == ")"), None)
                after_name = close + 1 if close is not None else after_name
            adjacent = other.left_edge.i in {end, end + 1, after_name, after_name + 1} if other.i > root.i \
                else start - other.i <= 3
            if not adjacent:
                continue  # a misparse joining the name to a far noun
            if other.i > root.i and any(c.dep_ == "poss" and c.lower_ == "whose" for c in other.children):
                continue  # "Dorn Ekhart, whose group, ...": a relative clause's noun, what the name has, not is
            follows = other.right_edge.i + 1
            if other.i > root.i and follows < len(doc) and doc[follows].pos_ == "VERB" and doc[follows].tag_ in \
                    {"VBD", "VBZ", "VBP"} and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in doc[follows].children):
                continue  # "... based in X, a spokesman for Y said": the noun is the subject of the verb after it
            holder = self.office_holder(other) if other.i < root.i else None
            if holder is not None:
                add("PERSON", STATED, holder.i, end, "apposition to a person noun's phrase")
                continue
            if self._keeper_of_craft_or_plant(other):
                # "Kalder Shipping, the tanker's owner", "the operator of the Osk refinery": a ship or a plant is
                # owned and run by a firm (Wikipedia: Shipowner; ACE 2005 ORG Commercial), where a person's house or
                # shop is not (PolNeAR train: 7 "<Name>, the/a ... owner", 5 people, none a vessel's or plant's)
                a, b = sorted((other.left_edge.i, other.i))
                add("ORG", STRONG, a, b + 1, "owner or operator of a vessel or plant")
                continue
            etype = self.noun_type(other) if _nominal(other) else None
            if etype is not None:
                a, b = sorted((other.left_edge.i, other.i))
                add(etype, self._class_weight(other, start, end), a, b + 1, "apposition")
        craft = self._craft_apposed_before(doc, start, end)
        if craft is not None and not any(e.rule == "apposition" for e in found):
            # "the bow of the boat, the Linnet, before ...": a ship's name set off after its vessel noun, which the
            # parser hung elsewhere
            add("VEHICLE", self._class_weight(craft, start, end), craft.i - 1, end, "apposition")

        # "X is a subsidiary of Y", "X is a militia that ...": a class noun said of the name by the copula
        if root.dep_ == "nsubj" and root.head.lemma_ == "be":
            attr = next((c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"
                         and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in c.children)), None)
            etype = self.noun_type(attr) if attr is not None else None
            if etype is not None:
                add(etype, STATED, start, attr.i + 1, "class noun said of the name")
        # "a document seen by X": the news convention for what an outlet has obtained
        if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_.lower() in _OBTAINED_VERBS:
            add("OUTLET", SHAPE, root.head.head.i, end, "seen by, an outlet's convention")

        # "the group, known to researchers as X", "a model the crews call X": the named thing's noun gives the kind
        verb = root.head if root.dep_ in {"dobj", "oprd"} else None
        if root.dep_ == "pobj" and root.head.lower_ == "as":
            verb = next((a for a in root.head.ancestors if a.pos_ == "VERB"), None)
        if verb is not None and verb.lemma_.lower() in _NAMING_VERBS:
            described = verb.head if verb.dep_ in {"acl", "relcl"} else zero_relative_noun(verb)
            etype = self.noun_type(described) if described is not None and described.pos_ == "NOUN" else None
            if etype in {"ORG", "OUTLET", "GPE", "VEHICLE", "PRODUCT"}:
                add(etype, STATED, min(described.i, start), end, "the thing a naming clause names")

        # "a lawyer for X": a lawyer's client is most often a person (ACE 2005 PER-SOC Business: lawyer-client)
        if root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.lower_ in _CLIENT_TITLES:
            add("PERSON", SHAPE, root.head.head.i, end, "the client a lawyer is for")
        # "a spokesman for X"
        elif root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.lower_ in self.person_titles:
            add("ORG", HINT, root.head.head.i, end, "the body a title is for")

        # "X is headquartered in Y", "X, which is registered in Y": only an organisation has a seat
        if root.dep_ in {"nsubjpass", "nsubj"} and root.head.lower_ in SEAT_WORDS and \
                any(c.dep_ == "prep" and c.lower_ == "in" for c in root.head.children):
            add("ORG", STRONG, start, root.head.i + 1, "subject of a seat verb")
        # "the X Compact, of which Y is a member", "the Teamsters, whose members ...": what has members is a body,
        # whatever its name's last word says (PolNeAR train: 4 ", of which ... member" / ", whose members" after a
        # noun phrase, all bodies: the Teamsters, the Congressional Progressive Caucus, "the group" twice)
        membership = self._membership_clause(root, end)
        if membership is not None:
            add("ORG", STATED, start, membership.i + 1, "body its members belong to")

        # reporting: "X reported", "X could not independently verify", "the outlet X reported"
        subject = root.head if root.dep_ == "appos" and root.head.i < root.i else root
        head = subject.head
        if subject.dep_ == "nsubj" and head.pos_ in {"VERB", "AUX"}:
            if head.lemma_.lower() in self.outlet_verbs and not any(c.dep_ == "auxpass" for c in head.children) \
                    and not self._reports_a_figure(head) and not (
                        head.lower_ == "reports" and head.i > 0 and head.doc[head.i - 1].lower_ in _ANSWERING_REPORTS):
                add("OUTLET", SHAPE, start, head.i + 1, "subject of a publishing verb")
            elif head.lemma_.lower() in self.outlet_verbs | {"post"} and (result := self._result(head)) is not None:
                add("ORG", HINT, start, result.i + 1, "reports its results")
            elif head.lemma_.lower() in _VERIFY_VERBS and any(c.lower_ == "independently" for c in head.children):
                add("OUTLET", STATED, start, head.i + 1, "could not independently verify")

        # "X recalled its ambassador", "X has stationed missiles ...": a state's act, and "its" owning what only a
        # state owns (a person's would be "his" or "her"), said with the name as the subject
        if subject.dep_ == "nsubj" and head.pos_ in {"VERB", "AUX"} and end - start == 1:
            its = self._its_state_possession(doc, end, head)
            if its is not None:
                add("GPE", STRONG, start, its.head.i + 1, "its state's organ after the name's act")
            elif head.lemma_.lower() in self.state_act_verbs:
                add("GPE", HINT, start, head.i + 1, "subject of a state's act")
        # "X has no air defences of its own", "X said its troops had crossed": "its" in the name's clause, or a
        # clause joined to it, reported by it or hung on it, with no singular noun, name or pronoun between that it
        # could read back to, is the name's, and a person's would be "his" or "her". PolNeAR train: 81 such "its"
        # after a capitalised subject, none a person's (3 of the names tagged a person, Twitter and Bloomberg, 7
        # untagged, Facebook, Wall Street, Ginbot 7); with a noun between, 26 of 118 subjects are people
        # a full name the tagger reads as a person's ("Mara Lenn said its shares ...") keeps that reading: "its" may
        # then read back to a body named before, and none of the 81 was such a name
        full_person = end - start > 1 and root.ent_type_ == "PERSON"
        if subject is root and subject.dep_ == "nsubj" and head.pos_ in {"VERB", "AUX"} and not full_person:
            its = self._its_of_subject(doc, root, end, head)
            if its is not None:
                add(NOT_PERSON, HINT, start, max(its.i, its.head.i) + 1, "its read back to the name")

        # "the border between X and Y", "sailed between X and Z": the ends of a line or a journey are places, the
        # second as much as the first (the tagger reads unfamiliar towns as people)
        first_end = root
        while first_end.dep_ == "conj" and first_end.head.i < first_end.i:
            first_end = first_end.head
        between = first_end.head if first_end.dep_ == "pobj" and first_end.head.lower_ == "between" else None
        if between is not None and self._route_word(between.head):
            add("GPE", PLACE, between.i, end, "end of a route between places")

        # places: "the ministry in X", "in X", "return to X", "the government of X"
        head = root.head
        if start > 1 and doc[start - 1].lower_ == "in" and (doc[start - 2].lower_ in self.government_nouns or
                                                            doc[start - 2].lower_ in self.body_nouns):
            add("GPE", STRONG, start - 2, end, "seat of a government or its organ")
        elif root.dep_ == "pobj" and head.lower_ == "of" and (head.head.lower_ in self.government_nouns or
                                                            head.head.lower_ in self.state_possessions) \
                and not (head.head.lower_ in _BODY_TITLES and self._named_like_a_body(doc, start, end)):
            add("GPE", STRONG, head.head.i, end, "the state of a government or an organ")
        elif root.dep_ == "pobj" and head.lower_ == "in" and head.head.lower_ in self.body_nouns | self.government_nouns:
            add("GPE", STRONG, head.head.i, end, "seat of a government or its organ")
        elif root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in self.place_possessions \
                and head.head.pos_ == "NOUN":
            # "the mayor of Tesk", "the residents of Vell" (PolNeAR train: 15 "mayor of <Name>", all towns and cities)
            add("GPE", STRONG, head.head.i, end, "possessor of a town's port, mayor or streets")
        elif root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "PROPN" and any(
                c.dep_ == "compound" and c.lower_ in _STATE_TITLES for c in head.head.children):
            add("GPE", STRONG, head.head.i, end, "the state of a titled official")  # "Foreign Minister X of Y"
        elif root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _MEMBERSHIP_NOUNS \
                and head.head.pos_ == "NOUN":
            # "a committed member of the Compact", "members of Congress": what has members is a body, not a state
            # or a person (PolNeAR train: 90 "member(s) of <Name>", every named one a body: Congress 32, the
            # Muslim Brotherhood, the World Trade Organization, the Teamsters ...)
            add("ORG", STATED, head.head.i, end, "body its members belong to")
        elif root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _REGION_PARTS:
            add("GPE", STRONG, head.head.i, end, "part of a place")  # "in the east of X", "on the outskirts of X"
        elif root.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in _HOLDING_NOUNS:
            # "shares in X", "a stake in X": a holding is in a firm (or a market), so "in" says nothing of a place
            if head.head.lemma_.lower() in _FIRM_HOLDINGS:
                add("ORG", SHAPE, head.head.i, end, "shares in X")
        elif root.dep_ == "pobj" and head.lower_ in _NEAR_PREPOSITIONS and not _possessed_or_modifier(doc, end):
            # "near Kessau", "outside Orvelle": nearness is said of places (PolNeAR train: 7 of 8 "near <Name>" and
            # 7 of 9 "outside <Name>" are places, the rest a possessive or an adjective), so it outweighs the
            # tagger's guess repeated on two mentions
            add("GPE", STRONG, head.i, end, "object of a place preposition")
        elif root.dep_ == "pobj" and head.lower_ == "with" and head.i > 0 and doc[head.i - 1].lower_ in _BOUNDARY_NOUNS:
            # "the border with Kelmar": a boundary is shared with a land (PolNeAR train: 5 "border(s) with <Name>",
            # Mexico 4 times and Turkey, all states); the parse may hang "with" on the verb, so the word before counts
            add("GPE", STRONG, head.i - 1, end, "land across a border")
        elif root.dep_ == "pobj" and head.lower_ in self.place_prepositions:
            add("GPE", PLACE, head.i, end, "object of a place preposition")
        elif root.dep_ == "pobj" and head.lower_ == "over" and (head.head.lemma_.lower() in _AIR_WORDS or any(
                c.dep_ in {"dobj", "nsubj"} and c.lemma_.lower() in _AIR_WORDS for c in head.head.children)):
            add("GPE", PLACE, head.head.i, end, "ground below a flight")
        elif root.dep_ == "pobj" and head.lower_ in _PATH_PREPOSITIONS and end - start == 1 and start > 0 \
                and doc[start - 1].lower_ == "the" and doc[start - 1].head.i == start and root.tag_ == "NNP":
            # "barges on the Orva", "along the Tessel": a one-word name with an article (no person's name takes
            # one) along which things move or lie is a river, a coast or a range. PolNeAR train: 15 "on/along/
            # across/over/up/down the <Name>" before a boundary, 8 of them places (the Tennessee, the East River,
            # the Persian Gulf, the Rocky Mountains), the rest plurals and party or chamber words, which the
            # one-word singular shape leaves out
            add("LOC", PLACE, head.i, end, "object of a path preposition after the")
        elif root.dep_ == "pobj" and head.lower_ == "to" and (mover := _moving_verb(head.head)) is not None:
            journey = mover.lemma_.lower() in _JOURNEY_VERBS
            add("GPE", PLACE if journey else HINT, mover.i, end, "destination of a movement")
        elif root.dep_ == "pobj" and head.lower_ == "to" and head.head.pos_ == "NOUN" \
                and head.head.lemma_.lower() in _JOURNEY_NOUNS:
            add("GPE", PLACE, head.head.i, end, "destination of a journey")  # "flights to X", "a visit to X"
        elif root.dep_ == "pobj" and head.lower_ == "from" and self._journey(head.head):
            add("GPE", STRONG, head.head.i, end, "start of a journey")
        elif root.dep_ == "dobj" and head.lemma_.lower() in _TERRITORY_VERBS and not (
                end - start > 1 and root.ent_type_ == "PERSON") and not (  # "captured Maro Tessin": a person taken
                start > 0 and doc[start - 1].lower_ == "the"):
            # ... but a name with its own article is a ship, a building or a body ("seized the Grey Heron",
            # "entered the Capitol", "controls the Senate"): PolNeAR train has 30 "<verb> the <Name>" objects of these
            # verbs besides "the United States" (a state the gazetteer knows), none of them a land or a town
            add("GPE", PLACE, head.i, end, "territory defended or taken")
        elif end - start == 1 and (verb := self._campaign_verb(root)) is not None:
            # "rebels have taken Molvi", "the army withdrew from Kessaro", "troops advanced on Dravna": with armed
            # movers for subject, a one-word name taken, left or marched on is ground, a place
            add("GPE", PLACE, verb.i, end, "ground an armed force takes, leaves or advances on")
        return found

    def _campaign_verb(self, root: Token) -> Token | None:
        """The verb of a military campaign whose ground `root` names ("took X", "withdrew from X", "pulled out of X",
        "advanced on X"), when the verb's subject (or the subject of the verb it is joined to) is an armed mover
        ("troops", "rebel fighters", "the army"); else None."""
        if root.dep_ == "dobj":
            verb, verbs = root.head, self.campaign_objects
        elif root.dep_ == "pobj" and root.head.lower_ in {"from", "of"}:
            verb, verbs = root.head.head, self.campaign_departures
            if verb.dep_ in {"prt", "advmod", "prep"} and verb.lower_ in {"out", "back", "away"}:
                verb = verb.head  # "pulled out of X", "fell back from X"
            elif root.head.lower_ == "of":
                return None  # "of" alone is no departure: only "out of"
        elif root.dep_ == "pobj" and root.head.lower_ in {"on", "toward", "towards", "into", "through", "upon"}:
            verb, verbs = root.head.head, self.campaign_advances
            if verb.dep_ in {"prt", "advmod"} and verb.lower_ in {"in", "on", "forward", "deeper", "further"}:
                verb = verb.head  # "closed in on X", "pushed deeper into X"
        else:
            return None
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            return None
        clause = verb
        while True:
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None or clause.dep_ != "conj":
                break
            clause = clause.head  # "troops reached the town and took X": the first verb's subject
        if subject is None:
            return None
        armed = subject.lower_ in self.armed_movers or subject.lemma_.lower() in self.armed_movers
        return verb if armed else None

    def name_shape(self, doc: Doc, start: int, end: int) -> list[TypeEvidence]:
        """A one-word name ending as many states' names do ("-ia", "-stan"): a weak prior for a place, asked once of a
        name (never more than a hint, so that it decides only with another word of the text, as a tie with the
        tagger's lone guess goes to the person)."""
        word = doc[start].text
        if end - start != 1 or not word.istitle() or len(word) < 5 or not word.isalpha():
            return []
        if not word.lower().endswith(self.state_name_endings):
            return []
        return [TypeEvidence("GPE", HINT, Span(doc, start, end), "name ending as states' names do")]

    def _its_state_possession(self, doc: Doc, end: int, verb: Token) -> Token | None:
        """The "its" of "its ambassador", "its border" in the clause of a verb whose subject ends at `end` (or a clause
        joined to it), with no other name, body or subject between that "its" could refer back to; else None."""
        sentence_end = verb.sent.end
        for k in range(end, min(sentence_end, end + 25)):
            token = doc[k]
            if token.lower_ == "its" and token.dep_ == "poss" and token.head.lower_ in self.state_only_possessions:
                clause = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
                # "X recalled its envoy", "X said its troops had crossed": the verb's clause or one linked to it
                if clause is not None and (clause.i == verb.i or clause.dep_ in _LINKED_CLAUSES
                                           and clause.head.i == verb.i):
                    return token
                return None
            if k > end and (token.ent_type_ in {"GPE", "ORG", "NORP"} or token.lower_ in self.antecedent_nouns
                            or token.dep_ in {"nsubj", "nsubjpass"}):
                return None  # "X said the ministry recalled its envoy": "its" may be the ministry's
        return None

    @staticmethod
    def _its_of_subject(doc: Doc, subject: Token, end: int, verb: Token) -> Token | None:
        """The "its" after a subject that ends at `end` and can only be the subject's: in the subject verb's clause or
        one joined to it, reported by it or hung on it (whose own subject, if it has one before "its", is this one),
        outside the subject's own phrase ("Goodstein, its chief executive"), with no singular noun, name or
        pronoun between the two; else None."""
        for k in range(end, min(verb.sent.end, end + 25)):
            token = doc[k]
            if token.lower_ == "its" and token.dep_ == "poss":
                if subject.left_edge.i <= k <= subject.right_edge.i:
                    return None
                clause = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
                for _ in range(3):
                    if clause is None:
                        return None
                    own = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < k), None)
                    if clause.i == verb.i:
                        return token if own is None or own.i == subject.i else None
                    if own is not None or clause.dep_ not in _LINKED_CLAUSES:
                        return None
                    clause = clause.head
                return None
            if token.tag_ in {"NN", "NNP"} and token.dep_ != "compound" or token.ent_type_ in {"ORG", "GPE", "NORP"} \
                    or token.lower_ in {"it", "he", "she", "they"}:
                return None
        return None

    @staticmethod
    def _portfolio_ministry(doc: Doc, first: int, office: Token) -> bool:
        """ "'s interior ministry", "'s Foreign Ministry": a portfolio word right before the ministry word, the words
        between a possessive and its ministry."""
        return office.lower_ in {"ministry", "ministries"} and office.i - 1 >= first \
            and _portfolio_word(doc[office.i - 1].lower_)

    def _keeper_of_craft_or_plant(self, noun: Token) -> bool:
        """ "the tanker's owner", "the operator of the mine": an owner, operator or manager of a vessel or a plant."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _KEEPERS:
            return False
        kept = [c for c in noun.children if c.dep_ == "poss"]
        kept += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"]
        things = self.vehicle_nouns | self.facility_nouns | _FACILITY_HEADS
        return any(c.lower_ in things or c.lemma_.lower() in things for c in kept)

    def _misread_vehicle_noun(self, token: Token) -> bool:
        """Whether a lower-case word the parser read as a verb or adjective is a vehicle's class noun: one of the vehicle nouns
        with an article before it, or an article and one adjective or name ("the frigate", "a Keshi tanker")."""
        if token.pos_ not in {"VERB", "AUX", "ADJ"} or not token.is_lower or token.lower_ not in self.vehicle_nouns:
            return False
        doc = token.doc
        i = token.i - 1
        if i >= 0 and doc[i].pos_ in {"ADJ", "PROPN"} and not doc[i].is_lower:
            i -= 1
        return i >= 0 and doc[i].lower_ in {"the", "a", "an"}

    def _class_weight(self, noun: Token, start: int, end: int) -> float:
        """How much a class noun said of a name counts: it states the kind, except a trade's agent ("a contractor",
        "the manufacturer") beside a name of two words or more, which a person's full name takes as often as a
        firm's."""
        if end - start > 1 and noun.pos_ == "NOUN" and (noun.lower_ in self.trade_agents
                                                         or noun.lemma_.lower() in self.trade_agents):
            return HINT
        return STATED

    @staticmethod
    def _named_like_a_body(doc: Doc, start: int, end: int) -> bool:
        """A name of two words or more, one with its article, or an acronym: as an organisation is named after
        "president of" ("the Center for American Progress", "Judicial Watch", "NARAL")."""
        determined = start > 0 and doc[start - 1].lower_ == "the" or doc[start].lower_ == "the"
        return end - start > 1 or determined or doc[start:end].text.isupper()

    def _route_word(self, token: Token) -> bool:
        """A noun of a line or a passage ("border", "road", "flights") or a verb of a journey ("sail", "commute")."""
        lemma = token.lemma_.lower()
        if token.pos_ in {"NOUN", "PROPN"}:
            return token.lower_ in self.route_nouns or lemma in self.route_nouns
        return token.pos_ == "VERB" and lemma in self.route_verbs

    def _reports_a_figure(self, verb: Token) -> bool:
        """ "Pfizer reported a rise in profits", "reports investments in Ford": an outlet reports what someone said
        or publishes a work ("published a story"), so a noun object that is no published work (a figure, a loss, a
        holding) is a firm or a person reporting its own results, no outlet. PolNeAR train: 8 capitalised subjects of
        report/publish with a nominal object: 4 works by outlets or a party ("a story" twice, "a column", "a
        report"), 2 figures ("investments", "$2.17 billion in gaming revenue"), 2 a date or clause misparsed."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.pos_ not in {"NOUN", "NUM", "SYM"}:
            return False
        return obj.lower_ not in self.published_works and obj.lemma_.lower() not in self.published_works

    def _result(self, verb: Token) -> Token | None:
        """The financial result a verb reports ("reported earnings", "posted a rise in profits"), or None."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            return None
        if obj.lower_ in self.reported_results:
            return obj
        inner = [g for p in obj.children if p.dep_ == "prep" and p.lower_ in {"in", "of"} for g in p.children
                 if g.dep_ == "pobj" and g.lower_ in self.reported_results]
        return inner[0] if inner else None

    @staticmethod
    def _surname_used_alone(doc: Doc, last: Token) -> bool:
        """Whether the word that ends a name recurs later alone, with no capitalised word beside it, as the subject
        of a verb."""
        # read from the token table, jumping from one occurrence of the word to the next: a Token a word after the
        # name's was the largest single cost of building Tokens in the analysis
        table = token_table(doc)
        text, dep, head, pos, title, sents, sent_of = (table.text, table.dep, table.head, table.pos, table.title,
                                                       table.sents, table.sent_of)
        word, n, i = text[last.i], len(text), last.i
        while True:
            try:
                i = text.index(word, i + 1)
            except ValueError:
                return False
            if dep[i] not in {"nsubj", "nsubjpass"} or pos[head[i]] != "VERB":
                continue
            if not (sents[sent_of[i]][0] != i and title[i - 1]) and not (i + 1 < n and title[i + 1]):
                return True

    @staticmethod
    def _partners_in(root: Token) -> bool:
        """Whether the name is the object of "in" after a word for a body's members ("partners in X")."""
        return root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.head.lower_ in _MEMBER_WORDS

    @staticmethod
    def _membership_clause(root: Token, end: int) -> Token | None:
        """The membership noun of a relative clause right after the name that says it has members (", of which Y
        is a member", ", whose members ..."), or None. The parser may hang the clause on the noun the name's
        preposition depends on ("ministers of the X Compact, of which ..."); a clause opening right after the name
        reads back to it all the same. The membership noun must be what the clause is about: the noun "whose"
        determines ("whose members"), or the complement of the clause's own verb ("of which Y is a member"); a
        member named deeper is someone else's ("X, whose son is a member of parliament" is a person)."""
        doc = root.doc
        if end + 2 >= len(doc) or doc[end].text != ",":
            return None
        whose = doc[end + 1].lower_ == "whose"
        opens = whose or doc[end + 1].lower_ == "of" and doc[end + 2].lower_ == "which"
        clause = next((t for t in root.sent if t.dep_ == "relcl" and t.left_edge.i == end + 1), None) if opens else None
        if clause is None:
            return None
        if whose:
            noun = doc[end + 2]
            return noun if noun.lower_ in _MEMBERSHIP_NOUNS and noun.pos_ == "NOUN" else None
        return next((t for t in clause.children if t.dep_ in {"attr", "dobj", "oprd"}
                     and t.lower_ in _MEMBERSHIP_NOUNS and t.pos_ == "NOUN"), None)

    def _apposition_hung_higher(self, root: Token, end: int) -> Token | None:
        """ "Observers from the X Accord, a regional body of which Y is a member": an apposition right after a name
        that the parser hung on the noun the name's preposition depends on, where only the name can be what it says:
        a body's noun, said of a noun that is neither a name nor a body ("observers", "endorsements"). PolNeAR
        train: of 20 appositions so hung after a name, 2 are a body's noun after a noun of no body ("Breitbart News,
        a conservative website", "the United States Senate, a body"), both the name's (weak); the rest describe the
        person before ("X of Ohio, a Republican") and stay his."""
        doc = root.doc
        if root.dep_ != "pobj" or end + 1 >= len(doc) or doc[end].text != ",":
            return None
        far = root.head.head
        other = next((c for c in far.children if c.dep_ == "appos" and c.left_edge.i == end + 1 and c.i > end), None)
        if other is None or other.lower_ not in self.org_nouns or not _nominal(other):
            return None
        if far.pos_ == "PROPN" or far.lower_ in self.org_nouns or far.ent_type_:
            return None  # "the Council of La Raza, an advocacy group": the far noun may be what it says
        return other

    def office_holder(self, noun: Token) -> Token | None:
        """The person noun whose "of"/"for" phrase ends in noun ("the leader of the main opposition party, X": X
        renames the leader, not the party), or None. PolNeAR train: 9 "<title> of/for the ..., Name," of which 8
        name the titled person ("director of the film, Michael Bay") and 1 the thing ("chief of the Vatican's
        official newspaper, L'Osservatore Romano", a gazetteer outlet)."""
        steps = 0
        while noun.dep_ == "pobj" and noun.head.lower_ in {"of", "for"} and steps < 3:
            noun = noun.head.head
            steps += 1
            if noun.pos_ == "NOUN" and self.noun_type(noun) == "PERSON":
                return noun
        return None

    def _journey(self, verb: Token) -> bool:
        """Whether "from" on verb names where someone travelled from ("flew in from", "families who came from")."""
        if verb.dep_ in {"prt", "advmod"} and verb.lower_ in {"in", "back", "home", "out"}:
            verb = verb.head  # "flew in from X", "came back from X"
        lemma = verb.lemma_.lower()
        if lemma in _DEPARTURE_VERBS:
            return True
        if lemma not in _MOVER_VERBS:
            return False
        mover = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.dep_ in {"acl", "relcl"} and (mover is None or mover.lower_ in {"who", "that"}):
            mover = verb.head  # "refugees coming from X", "families who came from X"
        return mover is not None and (mover.lower_ in _MOVERS or mover.lemma_.lower() in _MOVERS
                                      or mover.ent_type_ == "PERSON" or self.noun_type(mover) == "PERSON")

    def state_organ_after(self, doc: Doc, end: int) -> int | None:
        """The last word of a state's organ named by its field after a name ("intelligence service", "Foreign
        Ministry", "defence ministry"), or None."""
        if end + 1 >= len(doc):
            return None
        field, body = doc[end].lower_, doc[end + 1].lower_
        if field in self.organ_fields and body in self.organ_services:
            return end + 1
        if _portfolio_word(field) and body in {"ministry", "ministries"}:
            return end + 1
        return None

    def crossing_after(self, doc: Doc, start: int, end: int) -> Token | None:
        """The border or crossing noun a capitalised name modifies, right after it or past one lower-case word
        ("Kessel border crossing", "Mexico border"), or None."""
        last = doc[end - 1]
        if last.dep_ not in {"compound", "nmod"} or not doc[start].is_title or end >= len(doc):
            return None
        noun = last.head
        if noun.i < end or noun.i - end > 1 or noun.pos_ != "NOUN" or not noun.is_lower \
                or noun.lower_ not in self.crossing_nouns:
            return None
        return noun if all(t.is_lower and t.is_alpha for t in doc[end:noun.i]) else None

    def named_facility(self, doc: Doc, end: int) -> Token | None:
        """The facility noun a name right before it modifies past one or two trade words ("copper mine",
        "nuclear power plant"), or None; "base" and "field" count only after a military or oil word."""
        i = end
        while i < len(doc) and i - end < 3 and doc[i].is_lower and doc[i].is_alpha \
                and doc[i].lower_ not in _FACILITY_HEADS | _QUALIFIED_FACILITY_HEADS \
                and doc[i].pos_ in {"NOUN", "ADJ", "PROPN"}:
            i += 1
        if i == end or i >= len(doc) or i - end > 2 or doc[i].pos_ != "NOUN" or not doc[i].is_lower:
            return None
        word = doc[i].lower_
        if word in _QUALIFIED_FACILITY_HEADS:
            return doc[i] if doc[i - 1].lower_ in _FACILITY_QUALIFIERS else None
        if word in _FACILITY_HEADS and doc[i].dep_ != "compound":  # "the X plant workers": the plant is no name
            return doc[i]
        return None

    def bare_facility(self, doc: Doc, start: int, end: int) -> Token | None:
        """ "the Orlen barracks", "the Sella airfield": the facility noun right after a name that "the" opens and
        the text never uses alone, or None: a facility that bears a name of its own (entity_lexicon
        own_named_facility_nouns), not a work named for its place ("the Osk refinery"). A name the text also gives on
        its own is a place the facility is named for ("the Osk prison ... returned to Osk"), as is a name holding a
        natural feature's word ("the Darrow Valley prison", "the Mount Arlen hospital").
        PolNeAR train: 13 "the <Name> <facility noun>", 5 a known city's (the Shanghai airport, the Charleston church,
        the Fort Pierce mosque), 4 a pipeline's and 2 a plant's, left to the place and firm readings, and 2 a
        church's denomination; the golds' 2 such barracks and airfields are their own names."""
        noun = doc[end] if end < len(doc) else None
        facilities = self.own_named_facilities
        if noun is None or start == 0 or doc[start - 1].lower_ != "the" or not noun.is_lower \
                or noun.pos_ != "NOUN" or noun.lower_ not in facilities \
                or doc[end - 1].head.i != end or not all(t.is_title and t.is_alpha for t in doc[start:end]) \
                or any(t.lower_ in self.geographic_heads for t in doc[start:end]) \
                or doc[start].lower_ in _FEATURE_OPENERS:
            return None  # "the Darrow Valley prison": a place's name, the facility named for it
        index = _title_words(doc)
        alone = [i for i in index.get(doc[start].lower_, []) if i != start]
        if any(doc[i:i + end - start].text == doc[start:end].text and not (
                i + end - start < len(doc) and doc[i + end - start].lower_ == noun.lower_) for i in alone):
            return None
        return noun

    def described_kind(self, doc: Doc, end: int) -> Token | None:
        """The noun for a body's kind right after a name, past kind words ("rebel group", "movement"), or None."""
        i = end
        while i < len(doc) and i - end < 2 and doc[i].lower_ in self.kind_modifiers:
            i += 1
        if i < len(doc) and doc[i].lower_ in self.kind_nouns and doc[i].pos_ == "NOUN" and doc[i].is_lower:
            return doc[i]
        return None

    # ----- demonyms --------------------------------------------------------------------------------------------

    @staticmethod
    def demonyms(doc: Doc, name: str, first: int = 0) -> list[Token]:
        """Tokens that are the adjective of a one-word place name ("Valdoria" -> "Valdorian", "Kesh" -> "Keshi")."""
        if " " in name or len(name) < 4 or not name[:1].isupper():
            return []
        forms = {form.lower() for form in adjective_forms(name)} - {name.lower()}
        # "-ic" makes a state's adjective only after "-land" ("Icelandic"): "Democratic", "Islamic" and "Titanic"
        # are no places' adjectives (Wikipedia: Demonym, English suffixes)
        forms = {f for f in forms if not f.endswith("ic") or name.lower().endswith("land")}
        index = _title_words(doc)
        found = {i for form in forms for i in index.get(form, ()) if i >= first}
        # "Fennick ... two Fennish officials", as Turkey -> Turkish, Germany -> German: an irregular adjective keeps
        # the name's first letters and ends in a demonym's suffix (gazetteer states.csv: 16 of its 26 one-word
        # demonyms that no suffix rule forms share the name's first four letters, 11 of them with such an ending);
        # only one the text writes as a modifier before a noun, as an adjective stands
        stem = name[:4].lower()
        for word, positions in index.items():
            if word[:4] != stem or word.startswith(name.lower()) or name.lower().startswith(word) \
                    or not word.endswith(_DEMONYM_SUFFIXES[1:]) or word in forms:
                continue
            found.update(i for i in positions if i >= first and i + 1 < len(doc) and doc[i].pos_ in {"ADJ", "PROPN"}
                         and doc[i + 1].pos_ in {"NOUN", "ADJ"} and doc[i].head.i > i)
        return sorted((doc[i] for i in found), key=lambda t: t.i)


def vote(evidence: list[TypeEvidence], ner_labels: list[str]) -> tuple[str | None, list[TypeEvidence]]:
    """The best-supported type and the evidence for it; a determiner-free NER label is only a weak vote."""
    denials = [e for e in evidence if e.type == NOT_PERSON]
    if denials:
        evidence = [e for e in evidence if e.type != NOT_PERSON]
        # a title, an apposition or an age says person more firmly than a pronoun that may read back elsewhere
        if sum(e.weight for e in evidence if e.type == "PERSON") < STRONG:
            evidence = [e for e in evidence if e.type != "PERSON"]
            best, support = vote(evidence, [label for label in ner_labels if label != "PERSON"])
            best = best or "ORG"
            return best, support + [TypeEvidence(best, e.weight, e.span, e.rule) for e in denials]
    score: dict[str, float] = defaultdict(float)
    said: dict[str, float] = defaultdict(float)
    for e in evidence:
        said[e.type] += e.weight
    if "PERSON" in ner_labels and said:
        # "Kalder Shipping, the tanker's owner": the tagger reads an unknown two-word name as a person's; where the
        # words of the text say, by a shape or more (a trade word ending the name, a class noun), it is something
        # else, and say so more than anything says it is a person, the tagger's guess gives way
        # two things said at least, not the name's shape alone: "Cheryl Mills" ends in a trade word too
        rules: dict[str, set[str]] = defaultdict(set)
        for e in evidence:
            rules[e.type].add(e.rule)
        other = max((w for t, w in said.items() if t != "PERSON" and len(rules[t]) > 1), default=0.0)
        if other >= SHAPE and other > said["PERSON"]:
            ner_labels = [label for label in ner_labels if label != "PERSON"]
    for label in set(ner_labels):
        # the tagger repeats one guess for one string: two of its votes at most, so context can outweigh it
        score[label] += NER_WEIGHT.get(label, HINT) * min(ner_labels.count(label), 2)
    for e in evidence:
        score[e.type] += e.weight
    if not score:
        return None, []
    # "X reported ... X is based in Y": what only says X is an organisation holds for an outlet as well (ACE 2005:
    # news media are organisations), once something says it is an outlet
    shared = [e for e in evidence if e.type == "ORG" and e.rule in _ANY_ORGANISATION] if "OUTLET" in score else []
    for e in shared:
        score["OUTLET"] += e.weight
    # "near the Osk Shoal": a place preposition says only that X is a place, which holds for a place of nature as
    # well, once the name's own last word says it is one (ACE 2005: GPE and LOC are both places)
    if any(e.type == "LOC" and e.rule in _NATURE_NAMED for e in evidence):
        for e in evidence:
            if e.type == "GPE" and e.rule in _ANY_PLACE:
                score["LOC"] += e.weight
    # on a tie, the words of the text outweigh the tagger's guess: "Ofwat, the regulator" against a tagger that
    # calls every "Ofwat" a place (its two votes, 1.5 each for GPE, equal one stated class noun)
    stated = {e.type for e in evidence if e.weight >= STRONG}  # a hint ("sent to X") breaks no tie
    best = max(score, key=lambda t: (score[t], t in stated,
                                     -_TIE_ORDER.index(t) if t in _TIE_ORDER else -len(_TIE_ORDER)))
    return best, [e for e in evidence if e.type == best or (best == "OUTLET" and e in shared)]


def _title_words(doc: Doc) -> dict[str, list[int]]:
    """Capitalised words of a document by lower-cased form, built once per document."""
    index = doc.user_data.get("cg_title_words")
    if index is None:
        index = {}
        table = token_table(doc)  # the words as read once: a Token a word costs more than the test
        for i, title in enumerate(table.title):
            if title:
                index.setdefault(table.lower[i], []).append(i)
        doc.user_data["cg_title_words"] = index
    return index


def _moving_verb(word: Token) -> Token | None:
    """The verb of movement a "to" phrase hangs on, directly ("sailed to X") or through the verb's object, where the
    parser hangs the phrase on the cargo ("carrying crude oil to X"), or None."""
    if word.pos_ == "NOUN" and word.dep_ == "dobj":
        word = word.head  # only a cargo's route: "sent a letter to X" has X receive it
        return word if word.pos_ == "VERB" and word.lemma_.lower() in _JOURNEY_VERBS else None
    if word.pos_ == "VERB" and word.lemma_.lower() in _MOTION_VERBS | _JOURNEY_VERBS:
        return word
    return None


def _next_noun(doc: Doc, i: int) -> Token | None:
    """The head noun of the phrase starting at i ("'s military intelligence service" -> "service")."""
    j = i
    while j < len(doc) and j < i + 5 and doc[j].pos_ in {"ADJ", "NOUN", "PROPN", "PUNCT"} and doc[j].text not in {
            ",", ".", ";", ":", '"', "(", ")"}:
        j += 1
    j -= 1
    while j >= i and doc[j].pos_ not in {"NOUN", "PROPN"}:
        j -= 1
    return doc[j] if j >= i else None


def _nominal(token: Token) -> bool:
    """A noun, or a word the tagger took for an adjective that heads a determined noun phrase in a noun's slot
    ("the trawler, the X, was fishing": 'trawler' tagged ADJ as the clause's subject)."""
    if token.pos_ == "NOUN":
        return True
    return token.pos_ == "ADJ" and token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "appos"} \
        and any(c.dep_ == "det" and c.lower_ in {"the", "a", "an"} for c in token.children)


def _closes_line(doc: Doc, end: int) -> bool:
    """Whether the words before `end` end a line, or a name in a list of writers does ("By X and Y", "By X, Y")."""
    if end >= len(doc) or "\n" in doc[end].text or "\n" in doc[end - 1].whitespace_:
        return True
    return doc[end].lower_ in {"and", ","} and any("\n" in t.text for t in doc[end:end + 6])


def _possessed_or_modifier(doc: Doc, end: int) -> bool:
    """ "outside Clinton's office", "outside Republican circles": the name owns or qualifies what follows it."""
    return end < len(doc) and (doc[end].text in _POSSESSIVE or doc[end].pos_ in {"NOUN", "PROPN"})


def listed_apposition(root: Token, start: int, end: int) -> bool:
    """"impounded an Ambrecian-flagged oil tanker, the Brinna Gale, and its crew": a name set off by commas right
    after an indefinite class noun, with the list going on after it, is the noun's apposition though the parser makes
    it the noun's conjunct (a list that opens with some unnamed thing does not go on with a name for another)."""
    head, doc = root.head, root.doc
    if root.dep_ != "conj" or head.pos_ != "NOUN" or head.i >= start or end >= len(doc) or doc[end].text != ",":
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children):
        return False
    between = doc[head.i + 1:start]
    return len(between) >= 1 and between[0].text == "," and all(t.lower_ == "the" for t in between[1:])

