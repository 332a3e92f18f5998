"""One identity per entity across articles: exact names and aliases, a party's metonyms and short forms, then
fuzzy matching within a block; every name an identity takes on is kept with the rule and document that gave it."""
from __future__ import annotations

import re
from typing import Any

from rapidfuzz import fuzz

from .. import dateline, lexicon
from ..settings import Linking
from ..store.interface import IdentityStore
from . import descriptions
from .normalise import name_key, without_count

# the thresholds of fuzzy matching (spelling ratio, largest block): settings.Linking, passed down
DEFAULTS = Linking()
# spelling variants agree on the first letters of a longer word ("Zelensky", "Zelenskyy")
PREFIX = 5
# heads under which news names a state or a party by its rulers ("the government in <capital>", "<X>'s government",
# "<demonym> authorities"): the standard metonyms of wire style (AP Stylebook, "datelines" and "capital" entries)
GOVERNING = ("government", "regime", "authorities", "administration", "leadership", "officials", "cabinet")
_GOVERNED_BY = re.compile(rf"^(?:{'|'.join(GOVERNING)}) (in|of) (.+)$")
_GOVERNMENT_OF = re.compile(rf"^(.+?) (?:{'|'.join(GOVERNING)})$")
# the people of an armed or official body named by a part of it ("Guard units", "members of the Guard"): the
# collective heads of military and police reporting (CAMEO actor codebook's agent words for forces and members)
MEMBERS = ("unit", "units", "member", "members", "troops", "forces", "officers", "fighters", "soldiers",
           "personnel", "agents", "operatives", "commanders", "militants",
           # and the people of a firm or a charity ("Clearspring Aid workers", "staff of the agency"): the codebook
           # codes an organisation's employees as the organisation
           "workers", "staff", "employees", "volunteers")
# the people of an armed group who fight a state ("Rebels of the Marl Ridge Army", "Amberhold Front rebels"): the CAMEO
# actor codebook's rebel agent words (REB), members of the group they are named with and never of the state their
# people's adjective names ("Syrian rebels" fight Syria's government; PolNeAR train: 5 "Syrian rebels", none a state)
REBELS = ("rebels", "insurgents", "guerrillas")
_MEMBERS_OF = re.compile(rf"^(?:{'|'.join(MEMBERS + REBELS)}) of (.+)$")
_BODY_MEMBERS = re.compile(rf"^(.+?) (?:{'|'.join(MEMBERS + REBELS)})$")
# how English derives a people's adjective from a place name (Albania -> Albanian, Iraq -> Iraqi,
# Sudan -> Sudanese, Kenya -> Kenyan; irregular ones such as Scotland -> Scottish aside): the productive suffixes,
# longest first
DEMONYM_SUFFIXES = ("ian", "ese", "ish", "an", "n", "i")
# words that end a company's or agency's full name and are dropped when it is named short ("Ashcombe Security" ->
# "Ashcombe"): the designators corporate registers list as legal or sector suffixes
DESIGNATORS = {"security", "group", "holdings", "maritime", "shipping", "systems", "corporation", "corp", "company",
               "co", "inc", "ltd", "limited", "plc", "llc", "partners", "industries", "international", "media",
               "energy", "technologies", "labs", "bank", "airlines", "logistics", "consulting"}

# heads naming a kind of body, not one outlet: "Agency" alone is no short name of the "Velm State Agency" (the
# "Orsk Defence Intelligence Agency" and every ministry's press service end so too); a paper's title head ("the
# Post", "the Herald") is how news style names a paper it named before, and stays one
GENERIC_HEADS = {"agency", "agencies", "service", "services", "news", "office", "bureau", "authority", "council",
                 "institute", "centre", "center", "network", "broadcasting", "corporation", "company", "group",
                 "media", "committee", "commission", "department", "directorate", "ministry", "command", "force",
                 "forces", "organisation", "organization", "association", "union", "foundation", "unit"}


def resolve(db: IdentityStore, document: int, entities: list[dict[str, Any]],
            linking: Linking = DEFAULTS, relations: list[dict[str, Any]] = ()) -> dict[str, int]:
    """The identity of each entity of a document (entity id -> identity), creating identities for new ones."""
    found: dict[str, int] = {}
    formal = formal_names(relations)
    short = first_word_short_forms(db, entities)
    # a short form is resolved after the full name it stands for, wherever the article names it first
    entities = [e for e in entities if e["id"] not in short] + [e for e in entities if e["id"] in short]
    for entity in entities:
        if entity["id"] in short and short[entity["id"]] in found:
            identity = found[short[entity["id"]]]
            remember(db, identity, [name_key(entity["name"])], "short-form", document)
            db.add_document_entity(document, entity["id"], identity)
            found[entity["id"]] = identity
            continue
        if entity["name"] in formal:
            entity = {**entity, "name": formal[entity["name"]]}
        keys = [k for k in dict.fromkeys([name_key(entity["name"]), *map(name_key, entity.get("aliases", []))]) if k]
        if not keys:
            continue
        if entity.get("type") != "GPE":
            # "Estvald" for "Estvald Rail": a state's name is never the short form of a body named after it, even
            # where one document's analysis took it for one
            keys = [keys[0]] + [k for k in keys[1:] if not (keys[0].startswith(k + " ") and any(
                t == "GPE" for _, t in db.typed_identities_named(k)))]
        identity, rule = find(db, keys, entity.get("type"), linking)
        if identity is not None:
            rule = named_by_adjective(db, identity, rule, entity["name"])
        if identity is None and seat_of_government(keys[0]):
            continue  # whose seat the place is may only be known later: the name is looked up, never fixed
        if identity is None and looks_like_name(entity["name"]):
            identity, rule = by_short_form_of(db, keys[0])
        if identity is None:
            identity = db.new_identity(entity["name"], entity.get("type"))
            rule = "new"
        elif rule not in NOT_ITS_NAME:
            prefer_fuller_name(db, identity, entity["name"])
        remember(db, identity, keys, rule, document)
        db.add_document_entity(document, entity["id"], identity)
        found[entity["id"]] = identity
    return found


def first_word_short_forms(db: IdentityStore, entities: list[dict[str, Any]]) -> dict[str, str]:
    """"The rights group Tallis Rights Monitor said ... said Leontine Sark, Tallis's director": in one article, an
    organisation's one-word name that opens the name of exactly one organisation the article names in full, and
    names no place or person, is that organisation named short (entity id -> the full name's entity id)."""
    full = [e for e in entities if e.get("type") == "ORG" and len(name_key(e["name"]).split()) >= 2]
    found: dict[str, str] = {}
    for entity in entities:
        key = name_key(entity["name"])
        if entity.get("type") not in ("ORG", None) or len(key.split()) != 1 or key in DESIGNATORS:
            continue
        opened = {name_key(e["name"]): e["id"] for e in full if name_key(e["name"]).split()[0] == key}
        if len(opened) != 1 or any(t in ("GPE", "PERSON", "LOC") for _, t in db.typed_identities_named(key)):
            continue
        found[entity["id"]] = next(iter(opened.values()))
    return found


def formal_names(relations: list[dict[str, Any]]) -> dict[str, str]:
    """"The Ministry of Finance of Halvoria": a body's formal name, head first with its state last, that the analysis
    splits into the body ("Ministry of Finance") and the state it is part of. The body is known by the whole name:
    its head and field alone are the name of every state's ministry, and the whole is the body news also calls
    "Halvoria's finance ministry" (see by_body_of). PolNeAR train: 40 "Ministry/Department of X" (weak for the
    state after it); a ministry's own statements name it so."""
    found: dict[str, str] = {}
    for relation in relations:
        if relation.get("type") != "part_of":
            continue
        body, state = relation.get("subject") or "", relation.get("object") or ""
        words = " ".join(((relation.get("evidence") or {}).get("text") or "").split())
        if words[:4].lower() == "the ":
            words = words[4:]
        if not body or not state or words.lower() != f"{body} of {state}".lower() \
                and words.lower() != f"{body} of the {state}".lower():
            continue
        formal = _FORMAL_BODY_KEY.match(name_key(words))
        if formal is not None and formal.group(1) in lexicon.words("entity_lexicon.yaml", "body_nouns"):
            found[body] = words
    return found


def record_sources(db: IdentityStore, attributions: list[dict[str, Any]], document: int | None = None,
                   linking: Linking = DEFAULTS) -> None:
    """A source named with a name of two or more capitalised words the entity list missed ("the Kolm Monitoring
    Mission said") is a party all the same: every origin is an identity."""
    for attribution in attributions:
        if attribution.get("source_entity"):
            continue
        text = " ".join(s.get("text", "") for s in attribution.get("source") or []).strip()
        words = text.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        # an office ("Dravia's Prosecutor General") names a person the titles already tell, not a new party
        if re.search(r"['’]s\b", text) or any(w.lower() in TITLE_WORDS for w in words):
            continue
        if len(words) >= 2 and looks_like_name(text) and all(w[:1].isupper() for w in words if w.lower() not in
                                                              ("of", "for", "and", "de", "the")):
            resolve_name(db, text, document, linking)


# rules that find a party by words that are not a name of it: its seat, its people's adjective, or its people
# ("Officers of Tevrenia", "Guard units" are the body's members), so none of them may become the party's name
NOT_ITS_NAME = ("governing", "demonym", "members")
# a place's name met after the identity its people's adjective made ("Ardelunian soldiers", then "Ardelune"): the name
# replaces the adjective, and is kept as the adjective's evidence is (a people's adjective marks a state)
ADJECTIVE_OF = "adjective-of"


def named_by_adjective(db: IdentityStore, identity: int, rule: str, name: str) -> str:
    """The rule to remember a name found by rule under: a place's name found by its people's adjective renames the
    identity that adjective made, and is remembered as a demonym is."""
    if rule != ADJECTIVE_OF:
        return rule
    if looks_like_name(name) and " " not in name.strip() and " " not in (db.identity_name(identity) or " "):
        db.rename_identity(identity, name.strip())
    return "demonym"


def resolve_name(db: IdentityStore, name: str, document: int | None = None, linking: Linking = DEFAULTS) -> int:
    """The identity of a name met outside the entity list (an event role), created when new."""
    key = name_key(name)
    identity, rule = find(db, [key], None, linking)
    if identity is not None:
        rule = named_by_adjective(db, identity, rule, name)
    if identity is None and looks_like_name(name):
        identity, rule = by_short_form_of(db, key)
    if identity is None:
        identity = db.new_identity(name, None)
        rule = "new"
    elif rule not in NOT_ITS_NAME:
        prefer_fuller_name(db, identity, name)
    remember(db, identity, [key], rule, document)
    return identity


def find(db: IdentityStore, keys: list[str], type_: str | None = None,
         linking: Linking = DEFAULTS) -> tuple[int | None, str]:
    """The identity names already stored mean, and the rule that found it."""
    if seat_of_government(keys[0]):
        return by_governing(db, keys[0]), "governing"
    identity = by_name(db, keys)
    if identity is not None:
        return identity, "exact"
    for key in keys:
        identity = by_governing(db, key)
        if identity is not None:
            return identity, "governing"
        identity = by_members(db, key, linking)
        if identity is not None:
            return identity, "members"
        identity = by_demonym(db, key)
        if identity is not None:
            return identity, "demonym"
        identity = by_adjective_of(db, key)
        if identity is not None:
            return identity, ADJECTIVE_OF
        identity = by_body_of(db, key)
        if identity is not None:
            return identity, "body"
    identity = by_fuzzy_name(db, keys[0], type_, linking)
    return identity, ("short-form" if len(keys[0].split()) == 1 else "spelling")


def by_governing(db: IdentityStore, key: str) -> int | None:
    """"the government of Ustria", "Ustria's government", "Ustrian authorities": the party its rulers stand for;
    "the government in Halden": the party governed from that place, never the place itself."""
    match = _GOVERNED_BY.match(key)
    if match and match.group(1) == "in":
        return by_capital(db, match.group(2))
    core = match.group(2) if match else None
    if core is None:
        match = _GOVERNMENT_OF.match(key)
        core = match.group(1) if match else None
    if core is None:
        return None
    return by_name(db, [core]) or by_demonym(db, core)


# a state's armed and police services named by common nouns ("Kestria's navy", "Kestrian naval commandos", "the
# country's armed forces"): the CAMEO actor codebook's agent words for the military (MIL) and police (COP); a service
# with a name of its own ("the Coastal Watch") is a party of its own
SERVICES = {"navy", "army", "military", "forces", "troops", "commandos", "marines", "sailors", "soldiers", "police",
            "coastguard", "guards", "paratroopers", "airmen", "gendarmerie",
            # the codebook's state security agents (COP): "Russian security services"; intelligence bodies, which
            # are told apart from their state's own acts, stay parties of their own
            "security",
            # a state's customs service, who keep goods at its border (CAMEO actor codebook: government agents; none in
            # PolNeAR train, a count of 0)
            "customs"}
# the army's combat arms, named by the state's adjective as its services are ("Xian artillery shelled the town",
# "Xian infantry crossed the river"): branches of a state's land forces (Wikipedia: Combat arms; Artillery; Infantry;
# Armoured warfare), whose acts CAMEO codes as the state's military. PolNeAR train: 1 "<demonym> tanks"; PLOVER GSR:
# 1, "Israeli tanks" coded ISR MIL (weak)
COMBAT_ARMS = {"artillery", "infantry", "armour", "armor", "cavalry", "tanks", "gunners"}
SERVICES |= COMBAT_ARMS
# services named by two words, the second of which alone names no service ("the Quorvian coast guard", "Lindara's air
# force"): the same codebook's agent words for border, coast and air services
SERVICE_PAIRS = {("coast", "guard"), ("border", "guard"), ("national", "guard"), ("air", "force"), ("border", "police")}
# what stands for a service in a report: its parts and its craft ("a unit of X's army", "a Torvalian army unit",
# "Quorvian coast guard vessels", "X's navy ships"): the heads of CAMEO's force agents and the vehicles it codes
# as acting for their force
SERVICE_PARTS = {"unit", "units", "crew", "crews", "vessel", "vessels", "ship", "ships", "boat", "boats", "patrol",
                 "patrols", "aircraft", "jets", "warships", "drones", "helicopters", "officers", "officer", "personnel",
                 "detachment", "squadron", "battalion", "brigade",
                 # the aircraft news names by their role (CAMEO codes a force's warplanes as the force)
                 "warplanes", "planes", "bombers",
                 # those of a security service ("Kestrian security agents", "X's security services")
                 "agents", "service", "services"}
# craft that only a state's armed or policing service sails or flies ("Kestrian patrol boats", "Kestrian warships"):
# named by the state's adjective alone they stand for the service, as its parts do; a ship or a plane of no such
# kind ("a Kestrian cargo ship") may be anyone's, and "bomber" is left out, as it may be a man ("the Marathon bomber").
# PolNeAR train: 1 "<demonym> bomber", no patrol boats or warships so named (weak)
ARMED_CRAFT = {"patrol", "patrols", "warship", "warships", "warplane", "warplanes", "gunboat", "gunboats"}
# "their Kestrian guards": a possessive pronoun before the people's adjective tells whose charge they are, not whose
# service
_SERVICE = re.compile(r"^(?:[Tt]he |[Aa]n? |(?:[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Oo]ur) )?([A-Z][\w-]+)(?:['’]s)? ((?:[a-z][\w-]* ){0,3}([a-z][\w-]*))$")
# "a unit of Torvalia's army", "crews of the Quorvian coast guard": a part named before the service it belongs to
_PART_OF = re.compile(rf"^(?:(?:[Tt]he|[Aa]n?|\w+) )?(?:[a-z][\w-]* )?(?:{'|'.join(sorted(SERVICE_PARTS))}) of (.+)$")


def service_words(words: list[str]) -> bool:
    """Whether lower-case words name a state's service, a modifier or two before it and its parts after it
    allowed ("naval commandos", "coast guard vessels", "army unit")."""
    craft = bool(set(words) & ARMED_CRAFT)
    while words and words[-1] in SERVICE_PARTS | ARMED_CRAFT:
        words = words[:-1]
    if not words:
        return craft
    return words[-1] in SERVICES or tuple(words[-2:]) in SERVICE_PAIRS


def by_service(db: IdentityStore, name: str) -> int | None:
    """The state a service named by its common nouns acts for: its possessor or its people's adjective, when
    known ("Kestria's navy", "Kestrian naval commandos", "the Quorvian coast guard", "a unit of Torvalia's army",
    "Quorvian coast guard vessels")."""
    name = name.strip()
    part = _PART_OF.match(name)
    if part is not None:
        name = part.group(1).strip()
    match = _SERVICE.match(name)
    if match is None or not service_words(match.group(2).split()):
        return None
    key = name_key(match.group(1))
    found = state_named(db, key)
    if found is None and any(key.endswith(suffix) for suffix in DEMONYM_SUFFIXES):
        # the people's adjective before the state's name was met: the state's identity under its adjective, which
        # the name joins when it comes ("Kestrian" then "Kestria", a spelling variant)
        found = resolve_name(db, match.group(1))
    return found


def state_named(db: IdentityStore, key: str) -> int | None:
    """The identity a possessor or a people's adjective before a body's common nouns names ("Vordan's", "Quorvian")."""
    return by_name(db, [key]) or by_demonym(db, key)


# a state's service named in a text: "<State>'s <service>", "<Demonym> <service>" and its parts
_SERVICE_IN_TEXT = re.compile(r"\b([A-Z][\w-]+(?:['’]s)? (?:[a-z][\w-]* ){0,3}[a-z][\w-]*)")


def service_states(db: IdentityStore, text: str) -> set[int]:
    """The states whose services a text names by their possessor or people's adjective ("Quorvia's defence ministry
    said ... Quorvian navy ships had escorted ..."): whose "the coast guard" or "the navy" the text means."""
    found = set()
    for match in _SERVICE_IN_TEXT.finditer(text):
        words = match.group(1).split()
        # the longest run of words from the name that names a service ("Quorvian navy ships had" -> "... ships")
        for end in range(len(words), 1, -1):
            if service_words(words[1:end]):
                state = by_service(db, " ".join(words[:end]))
                if state is not None:
                    found.add(state)
                break
    return found


def bare_service(name: str) -> bool:
    """"the coast guard", "the navy", "the army's units": a service named without the state it belongs to."""
    words = name_key(name).split()
    # the article aside, no capitalised word: "The navy" opens a sentence, "Quorvian navy" names the state
    return bool(words) and service_words(words) and not any(w[:1].isupper() for w in name_key_words(name))


def name_key_words(name: str) -> list[str]:
    words = name.strip().split()
    return words[1:] if words and words[0].lower() in ("the", "its", "their") else words


# a body of a state named by its possessor or its people's adjective and common nouns: "Vordan's military
# intelligence", "the Quorvian coast guard", "Ebrovia's interior ministry"
_BODY_OF = re.compile(r"^(?:[Tt]he )?([A-Z][\w-]+)(?:['’]s)? ([a-z][\w-]*(?: [a-z][\w-]*){0,3})$")


def parent_of(db: IdentityStore, identity: int) -> int | None:
    """The state an identity is a body of, read from its name: the possessor or people's adjective before the common
    nouns naming the body ("Vordan military intelligence" -> Vordan); None for a name of its own."""
    found = possessor_state(db, (db.identity_name(identity) or "").strip())
    return found if found != identity else None


def possessor_state(db: IdentityStore, name: str) -> int | None:
    """The state the possessor or people's adjective before a body's common nouns names ("Vordan military
    intelligence", "Ardovia's foreign intelligence service" -> the state); None when the words name no body so."""
    match = _BODY_OF.match(name)
    if match is None:
        # "Ministry of Defence of Vordan", "Vordan Ministry of Defence": the formal name of the same body
        formal = formal_state_body(db, name)
        return formal[0] if formal is not None else None
    return state_named(db, name_key(match.group(1)))


# "the interior ministry of Lessary", "the ministry of Lessary": the body's common nouns before the state's name
_BODY_IN_SEAT = re.compile(r"^(?:[Tt]he )?((?:[a-z][\w-]* ){0,3}[a-z][\w-]*) in ([A-Z][\w-]+(?: [A-Z][\w-]+)?)$")
_BODY_OF_STATE = re.compile(r"^(?:[Tt]he )?((?:[a-z][\w-]* ){0,3}[a-z][\w-]*) of (?:the )?([A-Z][\w-]+)$")


def state_body(db: IdentityStore, name: str) -> tuple[int, str] | None:
    """(state, the body's common nouns) for a body of a state named by common nouns, in each of the shapes news
    gives one body: "Lessary's interior ministry", "the Lessary interior ministry", "the Lessarian interior
    ministry", "the interior ministry of Lessary"; None unless the nouns end in a body's head (the entity lexicon's
    body nouns) and the state is a known party."""
    name = " ".join(name.split())
    match = _BODY_OF.match(name)
    possessor, body = (match.group(1), match.group(2)) if match else (None, None)
    if match is None:
        match = _BODY_OF_STATE.match(name)
        possessor, body = (match.group(2), match.group(1)) if match else (None, None)
    seat = None
    if match is None:
        # "the agriculture ministry in Orrindale": a body of the state governed from the place, as "the government in
        # <capital>" is that state (AP Stylebook metonyms; PolNeAR train names no body so, a count of 0)
        match = _BODY_IN_SEAT.match(name)
        body, seat = (match.group(1), match.group(2)) if match else (None, None)
    if body is None or body.split()[-1] not in lexicon.words("entity_lexicon.yaml", "body_nouns"):
        return None
    state = by_capital(db, name_key(seat)) if seat else state_named(db, name_key(possessor))
    return (state, body) if state is not None else None


# "Ustrian Ministry of Defence", "the Ministry of Defence of Ustria": a body's formal name, head first, that news also
# gives as "the Ustrian defence ministry" (PolNeAR train: 40 "Ministry/Department of X" beside 270 "X ministry")
_FORMAL_BODY = re.compile(r"^(?:[Tt]he )?(?:([A-Z][\w-]+(?:['’]s)?) )?([A-Z][a-z]+)"
                          r" of (?:the )?((?:[A-Z][a-z]+ ?){1,2})(?: of (?:the )?([A-Z][\w-]+))?$")


def formal_state_body(db: IdentityStore, name: str) -> tuple[int, str] | None:
    """state_body for a body's formal name: "Ustrian Ministry of Defence" is "the Ustrian defence ministry"."""
    match = _FORMAL_BODY.match(" ".join(name.split()))
    if match is None or bool(match.group(1)) == bool(match.group(4)):
        return None
    common = f"{match.group(3).strip().lower()} {match.group(2).lower()}"
    return state_body(db, f"{match.group(1)} {common}" if match.group(1) else f"the {common} of {match.group(4)}")


_BODY_OF_KEY = re.compile(r"^((?:[a-z][\w-]* ){0,3}[a-z][\w-]*) of ([\w-]+)$")


# "ministry of defence of lessary": a body's formal name, head first, with its state last
_FORMAL_BODY_KEY = re.compile(r"^([a-z]+) of (?:the )?([a-z]+(?: [a-z]+)?) of (?:the )?([\w-]+)$")


def by_body_of(db: IdentityStore, key: str) -> int | None:
    """"the interior ministry of Lessary": the body stored as "Lessary's interior ministry" or "the Lessary interior
    ministry" (one key: possessives fold); "the Ministry of Defence of Lessary" as "Lessary's defence ministry"."""
    formal = _FORMAL_BODY_KEY.match(key)
    if formal is not None and formal.group(1) in lexicon.words("entity_lexicon.yaml", "body_nouns"):
        return by_name(db, [f"{formal.group(3)} {formal.group(2)} {formal.group(1)}"])
    words = key.split()
    if len(words) in (3, 4) and words[-1] in lexicon.words("entity_lexicon.yaml", "body_nouns"):
        # "lessary defence ministry" met after "the Ministry of Defence of Lessary"
        found = by_name(db, [f"{words[-1]} of {' '.join(words[1:-1])} of {words[0]}"])
        if found is not None:
            return found
    match = _BODY_OF_KEY.match(key)
    if match is None or match.group(1).split()[-1] not in lexicon.words("entity_lexicon.yaml", "body_nouns"):
        return None
    return by_name(db, [f"{match.group(2)} {match.group(1)}"])


def by_members(db: IdentityStore, key: str, linking: Linking = DEFAULTS) -> int | None:
    """"Guard units", "members of the Coastal Watch", "three Clearspring Aid workers": the body they belong to, when
    its name is known (a count of them names the body as much). A count before a people's adjective alone ("Three
    Ustrian" of "Three Ustrian soldiers were killed", the name ending where the adjective does) counts that state's
    people, whom the codebook codes as the state."""
    counted = without_count(key)
    while without_count(counted) != counted:
        counted = without_count(counted)  # "thirty eight", a count in two words
    if counted != key and " " not in counted:
        return by_demonym(db, counted)
    key = counted
    match = _MEMBERS_OF.match(key) or _BODY_MEMBERS.match(key)
    if not match:
        return None
    core = name_key(match.group(1))
    if key.split()[0] in REBELS or key.split()[-1] in REBELS:
        # rebels belong to the group named with them, not to a state by its adjective ("Morvanian" is a spelling
        # away from "Morvania") nor to a state's body
        return by_name(db, [core])
    return by_name(db, [core]) or by_fuzzy_name(db, core, None, linking) or by_demonym(db, core) \
        or field_body(db, core, linking)


# firms named as a kind, not by name: "nine state-owned Xian shipping companies", "Xian banks"
_FIRMS = re.compile(r"^(?:(?:state|government)[ -]?(?:owned|run|controlled) )?([a-z][\w-]+)(?: [a-z][\w-]+){0,2} "
                    r"(?:companies|firms|banks|businesses|enterprises|corporations|exporters|operators)$")


def state_firms(db: IdentityStore, key: str) -> int | None:
    """"Nine Velsordian shipping firms", "state-owned Xian banks" done to: firms no name singles out, told as a state's
    by its people's adjective, are that state as the party a measure targets (the CAMEO actor codebook codes a
    state's business sector under the state's code, BUS; PLOVER GSR: "Saudi businessman" coded SAU BUS; PolNeAR
    train: 7 "<demonym> companies / businesses"; weak)."""
    counted = without_count(key)
    while without_count(counted) != counted:
        counted = without_count(counted)
    match = _FIRMS.match(counted)
    if match is None or match.group(1) == counted.split()[-1]:
        return None
    found = by_demonym(db, match.group(1))
    kinds = db.identities([found]) if found is not None else []
    return found if kinds and kinds[0][2] == "GPE" else None


# heads that say a state's body is one, not what it does ("service" of "the foreign intelligence service")
_GENERIC_BODY_HEADS = {"service", "services", "agency", "directorate", "bureau", "office", "department"}


def field_body(db: IdentityStore, key: str, linking: Linking = DEFAULTS) -> int | None:
    """"Ardovian intelligence" of "Ardovian intelligence agents", in a store that knows "Ardovia's foreign
    intelligence service": a state's field named by the state's adjective or possessor is the one stored body of
    that state whose name holds the field's words; none when the store knows no such body or several."""
    words = key.split()
    if len(words) < 2:
        return None
    state = state_named(db, words[0])
    field = [w for w in words[1:] if w not in _GENERIC_BODY_HEADS]
    if state is None or not field:
        return None
    found: dict[int, set[str]] = {}
    bodies = lexicon.words("entity_lexicon.yaml", "body_nouns")
    for identity, name, _ in db.identities(db.identities_with_token(field[0], linking.max_block + 1)):
        named = name_key(name).split()
        if identity != state and named[-1] in bodies \
                and all(w in named[1:] for w in field) and possessor_state(db, name) == state:
            found[identity] = set(named)
    # "X's intelligence service" beside "X's foreign intelligence service": names each inside the next are one body,
    # told by its fullest name; "X's foreign" beside "X's domestic intelligence service" are two, and none is meant
    fullest = sorted(found, key=lambda i: (len(found[i]), -i))
    if not fullest or any(not found[a] <= found[b] for a, b in zip(fullest, fullest[1:])):
        return None
    return fullest[-1]


def seat_of_government(key: str) -> bool:
    """"officials in Halden": a name that means a party only once the corpus says whose seat the place is."""
    match = _GOVERNED_BY.match(key)
    return bool(match) and match.group(1) == "in"


def by_adjective_of(db: IdentityStore, key: str) -> int | None:
    """"Norland" for the identity its people's adjective made before the name was met ("Norlandian marines"):
    one word, stored under the name plus a demonym suffix; a name ending in a vowel drops it first, as by_demonym
    reads the other way ("Ardelune" for "Ardelunian", Ukraine for Ukrainian, China for Chinese)."""
    if " " in key or len(key) < 4:
        return None
    stems = [key, key[:-1]] if key[-1] in "aeiouy" else [key]
    rows = db.identities_named_any([stem + suffix for stem in stems for suffix in DEMONYM_SUFFIXES],
                                   except_type="PERSON")
    return rows[0] if len(rows) == 1 else None


def by_demonym(db: IdentityStore, key: str) -> int | None:
    """"Ustrian" for Ustria, "Saldanian" for Saldane: one word, a stored place name, less a final vowel, plus a
    demonym suffix."""
    if " " in key:
        return None
    stems = [key[:-len(s)] for s in DEMONYM_SUFFIXES if key.endswith(s) and len(key) - len(s) >= 4]
    if not stems:
        return irregular_demonym(db, key)
    # a name ending in a vowel drops it before the suffix (Mexico -> Mexican, China -> Chinese, Ukraine ->
    # Ukrainian, Italy -> Italian), as the analysis forms adjectives (entity_context.adjective_forms)
    stems += [stem + vowel for stem in stems for vowel in "aeiouy" if stem + vowel != key]
    rows = db.identities_named_any(stems, except_type="PERSON")
    return rows[0] if len(rows) == 1 else None


# the endings of a people's adjective that the suffix rules above do not read (Wikipedia: Demonym, English suffixes:
# "-ine" Argentine, Philippine; "-ite" Muscovite)
IRREGULAR_SUFFIXES = ("ine", "ite")


def irregular_demonym(db: IdentityStore, key: str) -> int | None:
    """"Corvantine" for Corvantis, as Philippine for the Philippines: an adjective that keeps the first five letters of
    the one stored state whose name it does not simply extend, and ends as a people's adjective does. The analysis
    reads such adjectives within an article (gazetteer states.csv: 16 of its 26 one-word demonyms no suffix rule
    forms share the name's first four letters); across articles the state must be the only one the prefix meets."""
    if len(key) < 7 or not key.endswith(IRREGULAR_SUFFIXES):
        return None
    found = {identity for identity, name, kind in db.identities(db.identities_with_token(key[:PREFIX] + "*", 20))
             if kind == "GPE" and " " not in name_key(name) and not key.startswith(name_key(name))}
    return next(iter(found)) if len(found) == 1 else None


# identity types that have no seat of government: the outlets that report from a place, the equipment named there
NO_SEAT_TYPES = {"OUTLET", "EQUIPMENT"}
# a place is a party's seat when the party is named beside it in this many sentences, more than any other party
SEAT_SENTENCES = 2
# the parties named beside a place that are weighed for its seat, states first: a bound on the rows one look-up reads,
# above the most parties any corpus here names beside one place (7 in the own story corpora, 6 in the dev corpus, at
# most 3 of them states), so that the states met there once never push out the party named there twice
SEAT_RIVALS = 8


def seat_named(db: IdentityStore, key: str, place: int) -> int | None:
    """"Four of our diplomats were declared persona non grata by Halden", "Halden told the world ...": a state's seat
    named alone stands for its government, as "the government in Halden" does (AP Stylebook: a capital for the
    government seated there): where the corpus uses the name as a party's (record_stand_ins), and shows the place to be
    a seat by its own words (called the state's capital, its government, a ministry or embassies placed in it, a
    ministry speaking there), never a place merely named beside a party. A place that is only where things happen
    names only itself."""
    if not db.identity_evidence_keys(place, STANDS_FOR):
        return None
    return governed_from(db, key, place)


def seat_stood_for(db: IdentityStore, place: int) -> int | None:
    """seat_named for a place's identity, its own evidence read first (most identities stand for nobody)."""
    if not db.identity_evidence_keys(place, STANDS_FOR):
        return None
    return governed_from(db, name_of(db, place), place)


def governed_from(db: IdentityStore, key: str, place: int) -> int | None:
    """The party a place used as a party's name stands for (see seat_named): the one governed from it, where the
    corpus shows the place to be a seat."""
    if not db.identity_evidence_keys(place, SEAT_OF):
        return None
    state = by_capital(db, key)
    return state if state != place else None


def by_capital(db: IdentityStore, key: str) -> int | None:
    """The party governed from a place ("officials in Halden"): the one the corpus most often names in the same
    sentence as the place, never one that keeps an embassy there (a guest in another party's capital)."""
    # a party whose people have an adjective ("Ustrian") is a state, which has a seat; a bloc or a firm has none. Only
    # parties named beside the place often enough are weighed: a state met once beside it (its people's adjective in
    # a sentence that names the place) does not hide the party named there twice before its adjective is met
    rows = [row for row in db.ranked_parties(key, SEAT_RIVALS) if row[1] >= SEAT_SENTENCES]
    if not rows or (len(rows) > 1 and rows[1][1:] == rows[0][1:]):
        return None
    return rows[0][0]


# "in August", "in Monday's vote": the calendar's names are times, not places
CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_SEAT = re.compile(rf"\b(?:{'|'.join(GOVERNING)}) in ([A-Z][\w-]+(?: [A-Z][\w-]+)*)")
_SENTENCE = re.compile(r"[^.!?\n]+")
_NAME = r"[A-Z][\w-]+(?: [A-Z][\w-]+)*"
_IN_PLACE = re.compile(rf"\bin ({_NAME})")
_GUEST = re.compile(rf"({_NAME})['’]s (?:embassy|ambassador|consulate|mission|envoy) (?:in|to) ({_NAME})")
_CAPITALISED = re.compile(r"\b[A-Z][\w-]+\b")


_ALIAS_NAME = r"(?:[A-Z0-9][\w'’-]*(?: [A-Z0-9][\w'’-]*)*)"
# one party under two names: "<A> (of ...), also known as <B>", "<A>, better known by the name <B>", "<A>, which
# researchers call <B>", "<A>, which the navy designates <B>" (appositive naming constructions of wire style)
_ALSO_KNOWN = re.compile(rf"({_ALIAS_NAME})(?: (?:of|in) [^,;()]{{1,60}})?, (?:also |better |widely )?known"
                         rf" (?:as|by the name(?: of)?) (?:the )?({_ALIAS_NAME})")
_WHICH_CALL = re.compile(rf"(?:[Tt]he )?({_ALIAS_NAME}), which [^,;()]{{1,40}}? (?:calls?|designates?|dubs?|names?)"
                         rf" (?:it )?(?:the )?({_ALIAS_NAME})")


def record_aliases(db: IdentityStore, text: str, document: int | None = None, linking: Linking = DEFAULTS) -> None:
    """Names the text gives as another name of a party; the second name joins the first's identity."""
    record_titles(db, text, document)
    for pattern in (_ALSO_KNOWN, _WHICH_CALL):
        for match in pattern.finditer(text):
            first, second = match.group(1), match.group(2)
            if not (looks_like_name(first) and looks_like_name(second)):
                continue
            known = by_name(db, [name_key(second)])
            identity = by_name(db, [name_key(first)])
            if identity is not None and known is not None and identity != known:
                merge(db, keep=identity, drop=known)
            elif known is not None:
                remember(db, known, [name_key(first)], "named-as", document)
            else:
                identity = identity if identity is not None else resolve_name(db, first, document, linking)
                remember(db, identity, [name_key(second)], "named-as", document)


_CAP = r"[A-Z][\w-]+"
# "Mara Quarrie, Ustria's Foreign Minister": a person and the office a state gives her
_TITLE_AFTER = re.compile(rf"\b({_CAP}(?: {_CAP}){{1,3}}), ({_CAP})['’]s ({_CAP}(?: {_CAP}){{0,3}})\b")
# "Foreign Minister Mara Quarrie", "Ustria's Foreign Minister Mara Quarrie": a capitalised run, the office first
_CAPITAL_RUN = re.compile(rf"(?:\b({_CAP})['’]s )?\b({_CAP}(?: {_CAP}){{2,7}})\b")


def record_titles(db: IdentityStore, text: str, document: int | None = None) -> None:
    """An office a known person is named with, with the state that gives it ("Ustria's Foreign Minister"), names
    that person: a later report may cite the office alone. The state may be named where the article first gives
    the office ("Ustria's Foreign Minister said ... Foreign Minister Mara Quarrie told"). The office without its
    state is left alone: every state has a foreign minister."""
    # each pattern gives a title and a full name of two words or more
    found: list[tuple[str, str | None, str]] = []
    for match in _TITLE_AFTER.finditer(text):
        found.append((match.group(1), match.group(2), match.group(3)))
    for match in _CAPITAL_RUN.finditer(text):
        split = split_title(match.group(2).split())
        if split is not None:
            found.append((" ".join(split[1]), match.group(1), " ".join(split[0])))
    for person, state, title in found:
        if any(w.lower() not in TITLE_WORDS for w in title.split()):
            continue
        if any(w.lower() in TITLE_WORDS for w in person.split()):
            continue
        if state is None:
            states = set(re.findall(rf"\b({_CAP})['’]s {re.escape(title)}\b", text))
            state = states.pop() if len(states) == 1 else None
        identity = by_name(db, [name_key(person)])
        if identity is not None and state is not None:
            remember(db, identity, [name_key(f"{state} {title}")], "titled", document)
        if identity is not None:
            # the office alone is no name: it names this person only while the corpus gives it to nobody else
            record_description(db, identity, name_key(title), "office", document)


def merge(db: IdentityStore, keep: int, drop: int) -> None:
    """Two identities the text says are one party: every name, mention, count and claim key of `drop` moves to
    `keep`."""
    db.merge_identities(keep, drop)


# capitalised words that make a title, not a name ("Foreign Minister", "Deputy Spokesman"): office words of the
# titles lexicon (claimgraph/data/titles.yaml) and the ranks wire style capitalises before a name
TITLE_WORDS = {"minister", "president", "prime", "premier", "chancellor", "secretary", "general", "spokesman",
               "spokeswoman", "spokesperson", "ambassador", "envoy", "director", "governor", "mayor", "deputy",
               "foreign", "defence", "defense", "interior", "chief", "head", "commander", "senator", "judge",
               "prosecutor", "colonel", "major", "captain", "lieutenant", "sergeant", "vice", "state", "adviser"}


def split_title(words: list[str]) -> tuple[list[str], list[str]] | None:
    """The title words a name opens on and the person's name after them ("Defence Minister", "Tove Jurnel"); None
    without a title or without a full name of two words or more after it, so that an office alone before a surname
    ("Minister Jurnel") names no one."""
    title = 0
    while title < len(words) and words[title].lower() in TITLE_WORDS:
        title += 1
    if not title or len(words) - title < 2:
        return None
    return words[:title], words[title:]


# a determiner capitalised to open a sentence is no part of the name after it ("No Quorvian missile units have
# left"; PolNeAR train: 79 sentences open on a determiner before a capitalised word: Some 21, Both 18, Many 9 ...)
_OPENING_DETERMINERS = {"The", "A", "An", "No", "Every", "Each", "Some", "Any", "All", "Many", "Most", "Few", "Several",
                        "Both", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "Our", "My", "Your"}
_PROPER_RUN = re.compile(r"\b[A-Z][\w-]+(?: (?:of )?[A-Z][\w-]+)+")


def named_in(db: IdentityStore, text: str, linking: Linking = DEFAULTS) -> set[int]:
    """Identities a stretch of text names: a run of capitalised words is a name (the entity recogniser may have
    missed it), a single word counts when a stored name or a people's adjective."""
    found = set()
    for run in _PROPER_RUN.findall(text):
        words = run.split()
        if words[0] in _OPENING_DETERMINERS or not looks_like_name(run):
            words = words[1:]
        # "Foreign Minister Ilka Voss": the longest stored name the run ends with; a new short run is a new name
        known = next((by_name(db, [name_key(" ".join(words[k:]))]) for k in range(len(words) - 1)
                      if by_name(db, [name_key(" ".join(words[k:]))]) is not None), None)
        if known is not None:
            found.add(known)
        elif 2 <= len(words) <= 3 and not all(w.lower() in TITLE_WORDS for w in words):
            found.add(resolve_name(db, " ".join(words), None, linking))
    for word in _CAPITALISED.findall(text):
        key = name_key(word)
        rows = db.identities_named(key, limit=2)
        if len(rows) == 1:
            found.add(rows[0])
        elif not rows:
            identity = by_demonym(db, key)
            if identity is not None:
                found.add(identity)
    # "were handed back by the government in Halden": the party governed from the place is named too, as the role
    # reading names it (by_governing); the place alone names only itself
    for match in _SEAT.finditer(text):
        governed = by_capital(db, name_key(match.group(1)))
        if governed is not None:
            found.add(governed)
    return found


# a quotation mark, straight or curly; in news copy a quote running on to a new paragraph leaves the first one open
_QUOTE_MARK = re.compile(r"[\"“”]")


def outside_quotes(text: str) -> str:
    """The text with every quotation's words blanked, offsets kept: within a paragraph the marks pair up in turn,
    and an odd one left over opens a quote that runs to the paragraph's end (the convention for a quote continued
    in the next paragraph)."""
    chars = list(text)
    for paragraph in re.finditer(r"[^\n]+", text):
        marks = [m.start() for m in _QUOTE_MARK.finditer(paragraph.group(0))]
        if len(marks) % 2:
            marks.append(len(paragraph.group(0)))
        for begin, end in zip(marks[::2], marks[1::2]):
            for k in range(paragraph.start() + begin + 1, paragraph.start() + end):
                chars[k] = " "
    return "".join(chars)


def record_places(db: IdentityStore, text: str, document: int | None = None) -> None:
    """Count, for each place a sentence says something is "in", the parties the sentence names (by a stored name or
    by their people's adjective), and note the parties that are guests there ("<party>'s embassy in <place>").
    A party named inside a quotation is the speaker's words ("an invention of the Ustrian press", said in Halden):
    it is no evidence of whose the place is, so only the words outside quotes are read for parties."""
    located = {m.group(1) for m in _IN_PLACE.finditer(text) if m.group(1).lower() not in CALENDAR}
    filed = dateline.place(text)
    if filed:
        located.add(filed)
    unquoted = outside_quotes(text)
    for sentence in _SENTENCE.finditer(text):
        # every sentence naming a place the article says something is "in" (the dateline's too)
        places = {name_key(p) for p in located if re.search(rf"\b{re.escape(p)}\b", sentence.group(0), re.I)}
        if not places:
            continue
        parties = set()
        for word in _CAPITALISED.findall(unquoted[sentence.start():sentence.end()]):
            key = name_key(word)
            row = db.typed_identities_named(key, limit=2)
            # the entity recogniser's types are no guide here: a made-up country is often typed a person; but a news
            # outlet or a weapon system ("QUESSY (Ferrow Wire) - ... Strix-4 systems") governs no place
            if len(row) == 1 and row[0][1] not in NO_SEAT_TYPES:
                parties.add(row[0][0])
            else:
                found = by_demonym(db, key)
                if found is not None:
                    parties.add(found)
                    remember(db, found, [key], "demonym", document)
        guests = {(name_key(m.group(2)), by_name(db, [name_key(m.group(1))]))
                  for m in _GUEST.finditer(sentence.group(0))}
        for place in places:
            own = by_name(db, [place])
            # "the Halden Post" is named after the place, not governed from it
            named_after = {i for i in parties if f" {place} " in f" {name_of(db, i)} "}
            for party in parties - {own} - named_after:
                db.count_place_party(place, party, (place, party) in guests)
    home = home_body(db, text)
    if home is not None:
        db.count_place_party(*home, False)
        note_seat(db, home[0], document)
    spoken = spoken_at_home(db, unquoted)
    if spoken is not None and spoken != home:
        # a ministry's spokesperson briefing in a place: as good as the sentences that otherwise show it, as a place
        # called its capital is
        for _ in range(SEAT_SENTENCES):
            db.count_place_party(*spoken, False)
        note_seat(db, spoken[0], document)
    for place, state in capitals_named(db, text):
        # a place called a state's capital is its seat by the words themselves: as good as the sentences that
        # otherwise show it
        for _ in range(SEAT_SENTENCES):
            db.count_place_party(place, state, False)
        note_seat(db, place, document)
    for match in _SEAT.finditer(text):
        note_seat(db, name_key(match.group(1)), document)
    for match in _EMBASSY_IN.finditer(unquoted):
        # "<state>'s embassy in Halden", "its ambassador in Halden": embassies sit in the host state's capital (Vienna
        # Convention on Diplomatic Relations, art. 12: offices elsewhere need consent), so the place is a seat; whose,
        # the sentences naming parties beside it tell (the guest left out)
        if match.group(1).lower() not in CALENDAR:
            note_seat(db, name_key(match.group(1)), document)
    for match in _BODY_AT_SEAT.finditer(unquoted):
        # "the foreign ministry in Halden said": a state's body named by its seat uses the place as one
        if match.group(2).lower() not in CALENDAR:
            note_seat(db, name_key(match.group(2)), document)
    record_stand_ins(db, text, document)


# the evidence key of a place the corpus shows by its own words to be a seat of government (see seat_named)
SEAT_OF = "seat-of"


def note_seat(db: IdentityStore, place: str, document: int | None) -> None:
    """A place the text shows to be a seat of government: counted for "the government in <place>" (seats_of), and
    kept on the place's identity, whoever the parties later named beside it are."""
    db.count_seat_use(place)
    identity = by_name(db, [place])
    if identity is not None:
        db.add_identity_evidence(identity, f"{SEAT_OF} @{document}", "seat", document)


# a place's name used as a party's, quoted words included: the subject of a verb of saying or of a finite auxiliary
# ("Halden said", "Halden has answered", "Halden will answer for it"), the agent after a participle ("were declared
# persona non grata by Halden"), or the possessor of what a party does ("Halden's own failures"). PolNeAR train: 15
# sentences open a clause on a capital so ("Beijing has" 6, "Washington has" 3, "Washington said", "Tehran has");
# the verbs of denying and accusing, which only a party does ("a charge that Halden rejects"; Levin 1993, 37.7 and
# 33: verbs of saying and judgement): PolNeAR train 0 after a capital, PLOVER GSR 1 ("Berlin rejected recent calls")
_STANDS_FOR = (re.compile(rf"\b({_NAME})\s+(?:has|had|have|will|would|said|says|told|tells|"
                          rf"rejects|rejected|denies|denied|accuses|accused)\b"),
               re.compile(rf"\b[a-z]+(?:ed|en|wn)\b(?:\s+[\w-]+){{0,4}}?\s+by\s+({_NAME})\b(?!['’])"),
               re.compile(rf"\b({_NAME})['’]s\s+own\b"))
# the evidence key of a place's name used as a party's (see seat_named)
STANDS_FOR = "stands-for"


def record_stand_ins(db: IdentityStore, text: str, document: int | None) -> None:
    """Note each known name the text uses as a party's in one of the shapes a capital takes for its government
    (_STANDS_FOR): whose seat the place is, if any, is read when the name is looked up."""
    for shape in _STANDS_FOR:
        for match in shape.finditer(text):
            key = name_key(match.group(1))
            if key in CALENDAR or match.group(1).split()[0] in _OPENING_DETERMINERS:
                continue
            identity = by_name(db, [key])
            if identity is not None:
                db.add_identity_evidence(identity, f"{STANDS_FOR} @{document}", "stands-for", document)


# the civil organs of a state that speak for it at home: the government bodies of the entity lexicon's body nouns
# (claimgraph/data/entity_lexicon.yaml), its armed services and embassies left out, since troops and envoys are
# often abroad ("HALDEN - Ustrian troops crossed ...")
HOME_BODIES = ("ministry", "department", "office", "cabinet", "parliament", "legislature", "secretariat",
               "directorate", "government", "presidency")
# those named by the place they sit in ("the foreign ministry in Halden"); "office" left out ("the UN office in X")
HOME_BODIES_AT = ("ministry", "cabinet", "parliament", "presidency")
# "Ustria's embassy in Halden", "the Ustrian ambassador in Halden", "embassy staff in Halden" (not a consulate, which
# sits in any city)
_EMBASSY_IN = re.compile(rf"\b(?:[Ee]mbassy|[Aa]mbassador)(?: staff)? in ({_NAME})")
# "the foreign ministry in Halden", "the agriculture ministry in Halden": a state's civil body named by its seat
_BODY_AT_SEAT = re.compile(rf"\b(?:[a-z]+ )?({'|'.join(HOME_BODIES_AT)}) in ({_NAME})")
# a lead opening on such a body, named by its state's possessive or people's adjective: "Ustria's foreign ministry on
# Monday", "The Ustrian interior ministry said"
_HOME_LEAD = re.compile(rf"(?:[Tt]he )?([A-Z][\w-]+)(['’]s)? (?:[a-z][\w-]* ){{0,2}}(?:{'|'.join(HOME_BODIES)})\b")


# ... and a lead told by such a body: "..., Ustria's foreign ministry said on Tuesday"
_HOME_SPEAKER = re.compile(_HOME_LEAD.pattern + r" (?:said|says|announced|told)\b")
# a state's civil body, or its spokesperson, speaking in a place: "ministry spokeswoman Ada Lenk told reporters in
# Halden", "the ministry said in Halden"; a ministry's briefings are given at home, as its dateline leads are
# ... and the briefing named between ("said at a briefing in Halden", "told reporters at a news conference in Halden";
# PolNeAR train: 1 "said at a news conference in <place>" beside 22 "said in <place>", weak)
_SPOKEN_IN = re.compile(rf"\b(?:said|says|announced|told (?:reporters|journalists|a news conference|a press conference"
                        rf"|a briefing))(?: on [A-Z][a-z]+day)?(?: at an? (?:news |press )?(?:briefing|conference))?"
                        rf" in ({_NAME})")
_CIVIL_VOICE = re.compile(rf"\b(?:{'|'.join(HOME_BODIES)}) spokes(?:man|woman|person)\b|"
                          rf"\b(?:{'|'.join(HOME_BODIES)}) (?:said|says|announced|told)\b", re.I)


def spoken_at_home(db: IdentityStore, unquoted: str) -> tuple[str, int] | None:
    """(place, state) where a sentence has a civil body's voice speak in a place, the article naming the civil bodies
    of one known state only ("The Ministry of Foreign Affairs of Ustria ...", "Ustria's foreign ministry"): the body
    speaks at home, as under a dateline (home_body). `unquoted` is the article's text outside quotations
    (`outside_quotes`), which the caller has read already."""
    spoken = [m.group(1) for sentence in _SENTENCE.finditer(unquoted) if _CIVIL_VOICE.search(sentence.group(0))
              for m in _SPOKEN_IN.finditer(sentence.group(0))]
    if len(set(spoken)) != 1 or name_key(spoken[0]) in CALENDAR:
        return None
    states = set()
    for match in _MINISTRY_OF.finditer(unquoted):
        key = name_key(match.group(1))
        state = by_name(db, [key]) if match.group(2) else by_demonym(db, key)
        if state is not None:
            states.add(state)
    for match in _FORMAL_BODY_OF.finditer(unquoted):
        state = by_name(db, [name_key(match.group(1))])
        if state is not None:
            states.add(state)
    if not states:
        # "Drassen on Friday confirmed that ... , defence ministry spokeswoman Ada Lenk told reporters in Osswick": a
        # civil body the article gives no state is the body of the state its lead has speak
        states = lead_speaker(db, unquoted)
    if len(states) != 1 or by_name(db, [name_key(spoken[0])]) in states:
        return None
    return name_key(spoken[0]), states.pop()


# a lead opening on a party that speaks: "Drassen on Friday confirmed", "Ustria has denied", "Ustria said on Monday"
_LEAD_SPEAKS = re.compile(r"\s*([A-Z][\w-]+)\s+(?:on\s+[A-Z][a-z]+day\s+)?(?:has\s+|have\s+|had\s+)?(?:said|says|"
                          r"confirm(?:ed|s)|announc(?:ed|es)|den(?:ied|ies)|reject(?:ed|s)|insist(?:ed|s)|warn(?:ed|s))\b")


def lead_speaker(db: IdentityStore, unquoted: str) -> set[int]:
    """The state an article's lead opens on as the one speaking (after its dateline, if any), as a set of at most
    one identity: a party the store types as a place that governs (GPE)."""
    found = dateline.find(unquoted)
    match = _LEAD_SPEAKS.match(unquoted, found.end if found is not None else 0)
    if match is None:
        return set()
    rows = db.typed_identities_named(name_key(match.group(1)), limit=2)
    return {rows[0][0]} if len(rows) == 1 and rows[0][1] == "GPE" else set()


# whose ministries an article names: "Ustria's foreign ministry", "the Ustrian interior ministry"
_MINISTRY_OF = re.compile(r"(?:[Tt]he )?([A-Z][\w-]+)(['’]s)? (?:[a-z][\w-]* ){0,2}(?:ministry|department)\b")
# "The Ministry of Foreign Affairs of Ustria": a state's civil body by its formal name
_FORMAL_BODY_OF = re.compile(rf"\b(?:Ministry|Department|Office) of (?:[A-Z][\w-]+ )*?(?:and )?(?:[A-Z][\w-]+ )*?of"
                             rf" (?:the )?([A-Z][\w-]+)\b")


# a place named as a state's capital in apposition: "the Ustrian capital, Halden", "Ustria's capital Halden", "Halden,
# the Ustrian capital", "Halden, the capital of Ustria", "the capital of Ustria, Halden" (PolNeAR train: 2 "<X>, the
# capital of <state>", both a state's seat; PLOVER GSR: 4 "Timor's capital Dili"; weak counts)
_CAPITAL_AFTER = re.compile(rf"\b({_NAME})(['’]s)? capital,? ({_NAME})")
_CAPITAL_BEFORE = re.compile(rf"\b({_NAME}), (?:the ({_NAME}) capital|({_NAME})['’]s capital|the capital of ({_NAME}))\b")
_CAPITAL_OF = re.compile(rf"\bcapital of ({_NAME}), ({_NAME})")


def capitals_named(db: IdentityStore, text: str) -> list[tuple[str, int]]:
    """(place, state) for each place the text names as a known state's capital: the state by its name or
    possessive, or by its people's adjective."""
    found = []
    for match in _CAPITAL_AFTER.finditer(text):
        found.append((match.group(3), match.group(1), bool(match.group(2))))
    for match in _CAPITAL_BEFORE.finditer(text):
        found.append((match.group(1), match.group(2) or match.group(3) or match.group(4), not match.group(2)))
    for match in _CAPITAL_OF.finditer(text):
        found.append((match.group(2), match.group(1), True))
    seats = []
    for place, state_words, by_its_name in found:
        # "The Ustrian capital": a determiner opening the sentence is no part of the adjective
        key = name_key(re.sub(r"^(?:The|A)\s+", "", state_words))
        state = by_name(db, [key]) if by_its_name else by_demonym(db, key)
        if state is not None and name_key(place) != key and name_key(place) not in CALENDAR \
                and state != by_name(db, [name_key(place)]):
            seats.append((name_key(place), state))
    return seats


def home_body(db: IdentityStore, text: str) -> tuple[str, int] | None:
    """(place, state) when a wire dateline's lead opens on a civil body of a known state ("BRELLIN (Agency) -
    Ustria's foreign ministry on Tuesday rejected ..."): a ministry speaking under a dateline speaks at home, so the
    sentence is as good as a second one naming the state beside its seat. A state named in the lead's later words is
    no such evidence: wire leads name every party to the story."""
    found = dateline.find(text)
    if found is None or not found.place:
        return None
    lead = _HOME_LEAD.match(text, found.end)
    opening = None
    if lead is None:
        # "DRUMMEL (Agency) - Caddon has released ..., Caddon's foreign ministry said on Tuesday": a lead that opens on
        # a state and is told by that state's body is the state's own news, told at home as much as one opening on
        # the body; told by another state's body ("Kelmarra sent troops ..., Ustria's foreign ministry said") it names
        # every party to the story, as wire leads do, and shows no seat
        sentence = _SENTENCE.match(text, found.end)
        lead = _HOME_SPEAKER.search(sentence.group(0)) if sentence else None
        first = _LEAD_SUBJECT.match(sentence.group(0)) if lead is not None else None
        if first is None:
            return None
        opening = by_name(db, [name_key(first.group(1))])
        if opening is None:
            return None
    key = name_key(lead.group(1))
    # "Ustria's ministry" by its possessive; without one the word must be the people's adjective ("Ustrian")
    state = by_name(db, [key]) if lead.group(2) else by_demonym(db, key)
    if state is None or opening is not None and opening != state:
        return None
    return name_key(found.place), state


# the name a lead opens on: "Caddon has released ..."
_LEAD_SUBJECT = re.compile(r"\s*(?:The )?([A-Z][\w-]+(?: [A-Z][\w-]+)*)\b(?!['’])")


def by_short_form_of(db: IdentityStore, key: str) -> tuple[int | None, str]:
    """A full name whose short form came first ("the Herald", then "The Calder Herald"): the short form's identity,
    when no other full name has claimed it."""
    tokens = key.split()
    if len(tokens) < 2:
        return None, ""
    heads = [] if complement_of(tokens) else [tokens[-1]]
    for short in heads + ([tokens[0]] if all(t in DESIGNATORS for t in tokens[1:]) else []):
        rows = db.typed_identities_named(short)
        # a place's name is never the short form of a body named after it ("Ustria" of "Ustria Holdings")
        if len(rows) != 1 or (short == tokens[0] and rows[0][1] == "GPE"):
            continue
        identity = rows[0][0]
        if not db.has_longer_name(identity):
            return identity, "full-name"
    return None, ""


def by_name(db: IdentityStore, keys: list[str]) -> int | None:
    return db.first_identity_named(keys)


def by_fuzzy_name(db: IdentityStore, key: str, type_: str | None, linking: Linking = DEFAULTS) -> int | None:
    """An identity whose name is a spelling variant of this one, or a person's full name for a surname alone.

    Blocking: only identities sharing a word of the name (or its first five letters) are compared."""
    tokens = key.split()
    candidates: set[int] = set()
    for block in sorted(blocks(tokens)):
        members = db.identities_with_token(block, linking.max_block + 1)
        # a word many names share ("Brigade", "Ministry") tells nothing about which name this is
        if len(members) <= linking.max_block:
            candidates.update(members)
    rows = db.identities(candidates)
    short_matches = []
    for identity, name, other_type in rows:
        other = name_key(name)
        if fuzz.ratio(key, other) >= linking.fuzzy_ratio and len(key) > 4:
            return identity
        # a state's name is not the short form of a body named after it ("Ustria" of "Ustria Rail")
        if len(tokens) == 1 and is_short_form(key, other, other_type) and not (
                type_ == "GPE" and other.split()[-1] != key):
            short_matches.append(identity)
    return short_matches[0] if len(short_matches) == 1 else None


# the heads of a state's own formal name ("Republic of Ustria" is Ustria): ISO 3166-1 formal country names
STATE_FORMS = {"republic", "kingdom", "principality", "emirate", "sultanate", "commonwealth", "federation",
               "confederation"}


def complement_of(words: list[str]) -> bool:
    """"Ministry of Defence of Ustria", "University of Halden": the last word is the complement of the head before
    "of", a party or place of its own, not the name's short form (PolNeAR train: 128 "University of", 113
    "Department of" beside 6 "Republic of"); a state's formal name ("Republic of Ustria") is the state."""
    return len(words) > 2 and words[-2] in ("of", "de") and words[0] not in STATE_FORMS


def is_short_form(key: str, full: str, full_type: str | None) -> bool:
    """"Voss" for "Ilka Voss" (a person by surname), "Herald" for "The Calder Herald" (an outlet or group by its
    head), "Ashcombe" for "Ashcombe Security" (a company without its designator); never a place's name for a
    body named after it ("Ustria" is not "Ustria Rail", nor "Ministry of Defence of Ustria")."""
    words = full.split()
    # "security" alone is a common noun ("security forces"), never the short name of "Calder Security"
    if len(words) < 2 or key in DESIGNATORS:
        return False
    if words[-1] == key:
        return not complement_of(words)
    return full_type not in ("GPE", "PERSON") and words[0] == key and all(w in DESIGNATORS for w in words[1:])


def blocks(tokens: list[str]) -> set[str]:
    """Blocking keys of a name: its words, and the first five letters of its longer words, where spelling variants
    ("Zelensky", "Zelenskyy") agree."""
    return set(tokens) | {t[:PREFIX] + "*" for t in tokens if len(t) > PREFIX}


_NAME_SHAPE = re.compile(r"^(?:the |The )?[A-Z0-9][\w'’.-]*(?: (?:of|for|and|de|the|[A-Z0-9][\w'’.-]*))*$")


def name_of(db: IdentityStore, identity: int) -> str:
    return name_key(db.identity_name(identity))


def looks_like_name(name: str) -> bool:
    """A proper name, not a stretch of text the recogniser took for one ("HALDEN (Wire) - Ustria and Dresk")."""
    return bool(_NAME_SHAPE.match(name.strip())) and len(name.split()) <= 6


def prefer_fuller_name(db: IdentityStore, identity: int, name: str) -> None:
    if not looks_like_name(name):
        return
    current = db.identity_name(identity)
    if len(name_key(name).split()) > len(name_key(current).split()):
        db.rename_identity(identity, name)


def remember(db: IdentityStore, identity: int, keys: list[str], rule: str = "exact",
             document: int | None = None) -> None:
    tokens = blocks([t for k in keys for t in k.split()])
    db.add_identity_names(identity, keys, [rule if n == 0 else "alias" for n in range(len(keys))], document, tokens)


def lookup(db: IdentityStore, name: str) -> list[int]:
    """Identities a name given by a user means: exact name or alias, else the fuzzy match; a state's seat named alone
    means the state (see seat_named)."""
    key = name_key(name)
    if seat_of_government(key):
        found = by_governing(db, key)
        return [found] if found is not None else []
    rows = db.identities_named(key)
    if rows:
        seat = seat_named(db, key, rows[0]) if len(rows) == 1 else None
        return [seat] if seat is not None else rows
    found, _ = find(db, [key]) if key else (None, "")
    if found is None:
        found = possessed(db, name)
    if found is None:
        found = facility_of(db, name)
    if found is None:
        found = titled(db, name)
    return [found] if found is not None else []


def titled(db: IdentityStore, name: str) -> int | None:
    """The person a name given with its office or rank means ("Defence Minister Tove Jurnel", "Major General Orlik
    Stelmach"): the stored name after the title words, a full name of two words or more, so that an office alone
    before a surname ("Minister Jurnel") claims no one. PolNeAR train: 358 capitalised "<title> <First> <Last>"
    runs (President 156, Senator 106, Vice President 25, Director 17), their holders stored without the title."""
    split = split_title(name_key_words(name))
    if split is None or not all(w[:1].isupper() for w in split[1]):
        return None
    return by_name(db, [name_key(" ".join(split[1]))])


# "the Orvalle oil refinery", "the Orvalle refinery", "the Harnwick army depot": a facility named by a place's name,
# a modifier or two and its kind (the entity lexicon's facility nouns and the works and stores named by their place,
# both after ACE 2005's FAC guidelines)
_FACILITY = re.compile(r"^(?:[Tt]he\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)(?:\s+[a-z][\w-]*){0,2}\s+([a-z]+)$")


def facility_of(db: IdentityStore, name: str) -> int | None:
    """The party a facility's name means where the corpus names it by its proper name alone: the entity recogniser
    gives "Orvalle" for "the Orvalle oil refinery" and for "the Orvalle refinery", so both are found as the one party
    its articles name by that name (PolNeAR train names no facility both with and without a modifier, a count of 0;
    weak). A depot, warehouse, factory, mill or complex is named so as well (the entity lexicon's
    place_named_facility_nouns, counted there): story golds 2 of 2 such names in identity groups ("Harnwick depot",
    "the Harnwick army depot"); PolNeAR train 9 "<Name> [modifier] factory / warehouse / mill / complex", 5 of them
    a place or an owner named alone in the same article (Chicago, Indianapolis, Carrier, Queens)."""
    match = _FACILITY.match(name.strip())
    if match is None or match.group(2) not in (lexicon.words("entity_lexicon.yaml", "facility_nouns")
                                               | lexicon.words("entity_lexicon.yaml", "place_named_facility_nouns")):
        return None
    rows = db.identities_named(name_key(match.group(1)), limit=2)
    return rows[0] if len(rows) == 1 else None


# "Ebrovia's State Security Service": a name after a possessive naming the party that has it
_POSSESSED = re.compile(r"^(.+?)['’]s\s+([A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*)*)$")


def possessed(db: IdentityStore, name: str) -> int | None:
    """A proper name given with its possessor ("Ebrovia's State Security Service", "Ferland's Water Board"): the
    stored name after the possessive, when the possessor is a stored party too (the possessor only places it)."""
    match = _POSSESSED.match(name.strip())
    if match is None:
        return None
    owned = by_name(db, [name_key(match.group(2))])
    if owned is None or by_name(db, [name_key(match.group(1))]) is None and by_demonym(db, name_key(match.group(1))) \
            is None:
        return None
    return owned


def lookup_party(db: IdentityStore, name: str) -> list[int]:
    """Identities a name given by a user means, a description the corpus gives one party ("the bloc") or an office
    it gives one person included. Origins are never found this way: a source called "the centre" is the one its
    own article names, not the one most articles call so."""
    found = lookup(db, name)
    if found or not name_key(name):
        return found
    party = described(db, descriptions.group_key(name_key(name)))
    return [party] if party is not None else []


def evidence(db: IdentityStore, identity: int) -> list[dict[str, Any]]:
    """Each name the identity took on, with the rule and the document that gave it, and each place it is governed
    from with the count of sentences that tie them."""
    # a description's evidence key carries its document ("bloc @12"), so that documents can be counted
    found = [{**e, "name": e["name"].split(" @")[0]} for e in db.identity_evidence(identity)]
    for place, sentences in db.seats_of(identity):
        if by_capital(db, place) == identity:
            found.append({"name": f"government in {place}", "rule": f"seat ({sentences} sentences)",
                          "document": None})
    return found


def record_descriptions(db: IdentityStore, text: str, document: int, entities: list[dict[str, Any]],
                        identity_of: dict[str, int]) -> None:
    """What one document calls its parties besides their names: the descriptions its coreference gives them ("the
    bloc" for the alliance), kept as votes, and a name given "under the name" of a party it mentions, which joins
    that party's identity."""
    for entity in entities:
        identity = identity_of.get(entity["id"])
        if identity is None:
            continue
        for key in descriptions.descriptions_of(entity, text):
            record_description(db, identity, key, "description", document)
    record_groups(db, text, document)
    for entity, name in descriptions.named_under(text, entities):
        identity = identity_of.get(entity)
        if identity is None or not looks_like_name(name):
            continue
        known = by_name(db, [name_key(name)])
        if known is not None and known != identity:
            merge(db, keep=identity, drop=known)
            # the document's own entities of that name are the party now
            identity_of.update({k: identity for k, v in identity_of.items() if v == known})
        remember(db, identity, [name_key(name)], "named-as", document)


def record_description(db: IdentityStore, identity: int, key: str, rule: str, document: int | None) -> None:
    """A description or an office one document gives an identity: one evidence row a document ("bloc @12"), so
    that the corpus's documents can be counted; it never becomes a name of the identity."""
    db.add_identity_evidence(identity, f"{key} @{document}", rule, document)


def described(db: IdentityStore, key: str) -> int | None:
    """The party a description or an office means across the corpus: the one person given the office, else the
    party most documents describe so (see descriptions.chosen)."""
    rows = db.description_votes(key)
    holder = descriptions.office_holder(r[0] for r in rows if r[1] == "office")
    if holder is not None:
        return holder
    return descriptions.chosen({r[0]: r[2] for r in rows if r[1] == "description"})


# "the prosecutor's office", "the office of the prosecutor": an office's staff act in its holder's name
_OFFICE_OF = re.compile(r"^(?:the )?(?:(.+) office|office of (?:the )?(.+))$")
_POSSESSIVE_PRONOUNS = {"his", "her", "its", "their", "our", "my", "your"}


def by_office(db: IdentityStore, key: str) -> int | None:
    """The holder a role given as an office means ("the prosecutor's office is investigating ..."): the named party
    whose office it is, else the one identity the corpus gives an office holding that title word ("Prosecutor
    General"); nobody when two hold such an office, or when the office is "her office" (a pronoun)."""
    match = _OFFICE_OF.match(key)
    if match is None:
        return None
    title = match.group(1) or match.group(2)
    if title in _POSSESSIVE_PRONOUNS:
        return None
    found = by_name(db, [title])
    if found is not None:
        return found
    words = title.split()
    if len(words) != 1:
        return None
    return descriptions.office_holder(db.office_holders_with_word(words[0]))


def record_groups(db: IdentityStore, text: str, document: int | None) -> None:
    """The crowds an article names by a collective noun ("protesters", "demonstrators": one WordNet synset) are one
    group for the place it is filed from or about: "protesters in Tellmar", named by each word the articles use.
    A group's names are kept apart from the name blocks, so that no place or party is ever read as its short form."""
    groups = descriptions.groups_in(text)
    place = descriptions.article_place(text) if groups else None
    if place is None:
        return
    where = name_key(place)
    for head, used in groups.items():
        key = f"{head} in {where}"
        identity = by_name(db, [key])
        if identity is None:
            identity = db.new_identity(f"{head} in {place}", "GROUP")
        names = sorted({key} | {f"{word} in {where}" for word in used})
        # no blocking tokens: a place or party is never read as a short form of a group
        db.add_identity_names(identity, names, ["group"] * len(names), document, tokens=())
        # one vote a document for the group, whichever of its words the document uses
        record_description(db, identity, head, "description", document)


# a party and the body behind it, told in apposition or as a predicate: "Silent Marten, a hacking group run by
# Ardovia's foreign intelligence service", "X, a group tied to Ardovian intelligence", "X is a unit controlled by Y",
# "a group they link to Y's military intelligence": the verbs of running, controlling and backing, and the looser
# "tied/linked to" of attribution reporting (PolNeAR train's 840 articles: "linked to" 15, "backed by" 13, "funded
# by" 10, "tied to" 9, "run by" 7, "affiliated with" 7, "controlled by" 3, "directed by" 3 occurrences; the shape
# "<Name>, a <noun> <verb> by/to <Name>" 3 times, "a business group tied to Ferdinand Marcos" among them)
_SPONSOR_VERB = (r"(?:run|controlled|operated|directed|commanded|backed|sponsored|funded|financed|overseen|"
                 r"(?:tied|linked|link|links|attached|affiliated|subordinated?|answering|answerable|belonging|loyal)"
                 r"|working)")
_SPONSORED = re.compile(
    rf"(?P<party>[A-Z][\w'’-]*(?: (?:of |the )?[A-Z][\w'’-]*)*)(?:, | (?:is|was|are|were) )(?:an? |the )?"
    rf"(?:[\w-]+ ){{0,4}}?(?P<verb>{_SPONSOR_VERB})\s+(?:to|by|with|for)\s+"
    rf"(?P<body>(?:the )?[A-Z][\w-]*(?:['’]s)?(?: [A-Za-z][\w-]*){{0,5}})")
# where the body's words stop: a clause or a phrase that is no part of its name
_BODY_END = re.compile(r"\s+(?:and|since|in|on|at|for|to|with|who|which|that|after|before|when|while|from|over|"
                       r"under|as|last|this|earlier|previously|said|says|has|had|have|is|was|were|are)\b.*$")
# evidence keys of a relation between two parties: "parent:<id>|<words> @<document>" on the party that answers to
# the other, "child:<id>|<words> @<document>" on the other
PARENT, CHILD = "parent:", "child:"
# evidence key of a person who leads a party ("the company's chief executive, X"): "leads:<id>|<words> @<document>"
LEADS = "leads:"
# the same relation kept on the party led ("led-by:<person>|..."), so that "the group's commander" finds its holder
LED_BY = "led-by:"
# evidence keys of a spokesperson and the body they speak for ("ministry spokesman X"): "speaks-for:<body>|..." on
# the person, "voiced-by:<person>|..." on the body
SPEAKS_FOR, VOICED_BY = "speaks-for:", "voiced-by:"


def record_relations(db: IdentityStore, text: str, document: int | None, result: dict[str, Any],
                     identity_of: dict[str, int]) -> None:
    """Who answers to whom, as the article tells it: a body part of a state (the analysis's part_of and controlled_by
    relations: "Ardovia's foreign intelligence service"), and a group run by a body or a state ("a hacking group run
    by Ardovia's foreign intelligence service"), each kept with its words as evidence."""
    by_name = {e["name"]: identity_of[e["id"]] for e in result.get("entities", []) if e["id"] in identity_of}
    for relation in result.get("relations", []):
        if relation.get("type") == "leader_of":
            leader, led = by_name.get(relation.get("subject")), by_name.get(relation.get("object"))
            if leader is not None and led is not None and leader != led:
                words = " ".join((relation.get("evidence") or {}).get("text", "").replace("|", " ").split())
                record_leader(db, leader, led, words, document)
            continue
        if relation.get("type") == "spokesperson_of":
            person, body = by_name.get(relation.get("subject")), by_name.get(relation.get("object"))
            if person is not None and body is not None and person != body:
                words = " ".join((relation.get("evidence") or {}).get("text", "").replace("|", " ").split())
                db.add_identity_evidence(person, f"{SPEAKS_FOR}{body}|{words} @{document}", "relation", document)
                db.add_identity_evidence(body, f"{VOICED_BY}{person}|{words} @{document}", "relation", document)
            continue
        if relation.get("type") not in ("part_of", "controlled_by"):
            continue
        child, parent = by_name.get(relation.get("subject")), by_name.get(relation.get("object"))
        if child is not None and parent is not None and child != parent:
            relate(db, child, parent, (relation.get("evidence") or {}).get("text", ""), document)
    record_formations(db, text, document, by_name)
    record_leaders_named_after(db, text, document, result.get("entities", []), identity_of)
    for match in _SPONSORED.finditer(text):
        body = _BODY_END.sub("", match.group("body")).strip()
        party = match.group("party")
        if not looks_like_name(party) or len(body.split()) < 1:
            continue
        found = lookup(db, party)
        parent = sponsor_of(db, body)
        if len(found) != 1 or parent is None or parent == found[0]:
            continue
        relate(db, found[0], parent, text[match.start("verb"):match.start("body")] + body, document)


def record_leaders_named_after(db: IdentityStore, text: str, document: int | None, entities: list[dict[str, Any]],
                               identity_of: dict[str, int]) -> None:
    """"..., said Leontine Sark, Tallis's director.": a person named, then in apposition the head of a body or
    state the article names ("<person>, <party>'s <leader title>"), leads it, as "<party>'s <title>, <person>" tells
    (PolNeAR train: 7 "<person>, <party>'s <title>", 3 of them a body's head; weak). A title that goes on ("chief
    strategist", "director of communications") is no head's."""
    people = [(e["name"], identity_of[e["id"]]) for e in entities
              if e.get("type") == "PERSON" and e["id"] in identity_of and len(e["name"].split()) >= 2]
    parties = [(e["name"], identity_of[e["id"]]) for e in entities
               if e.get("type") in ("ORG", "GPE") and e["id"] in identity_of]
    if not people or not parties:
        return
    titles = "|".join(sorted((re.escape(t) for t in lexicon.load("titles.yaml")["leader_titles"]), key=len,
                             reverse=True))
    for person, leader in people:
        for party, led in parties:
            match = re.search(rf"\b{re.escape(person)},\s+(?:the\s+)?{re.escape(party)}['’]s?\s+(?:{titles})"
                              rf"(?=\s*[,.;:\"”]|\s*$)", text, re.IGNORECASE)
            if match is not None and leader != led:
                words = " ".join(match.group(0).replace("|", " ").split())
                record_leader(db, leader, led, words, document)


def record_leader(db: IdentityStore, leader: int, led: int, words: str, document: int | None) -> None:
    """A person leading a party, kept on both: the leader's voice is the party's, and the party's title names him."""
    db.add_identity_evidence(leader, f"{LEADS}{led}|{words} @{document}", "relation", document)
    db.add_identity_evidence(led, f"{LED_BY}{leader}|{words} @{document}", "relation", document)


def titled_leader(db: IdentityStore, party: int, title: str) -> int | None:
    """"the rebels' commander" of a group whose commander an article named ("the Front's commander, Imre Sallas"):
    the one person the corpus gives that title of that party, None when it gives it to nobody or to several."""
    found = {person for person, words in related(db, party, LED_BY).items()
             if re.search(rf"\b{re.escape(title)}\b", words, re.IGNORECASE)}
    return found.pop() if len(found) == 1 else None


# a formation's number, which the entity recogniser leaves out of its name ("12th Mountain Brigade" -> "Mountain
# Brigade")
_ORDINAL = r"\d+(?:st|nd|rd|th)"


def formation(name: str) -> bool:
    """Whether a name is that of an armed formation ("Mountain Brigade", "3rd Division"): its head is an echelon."""
    words = name_key(name).split()
    return bool(words) and words[-1] in lexicon.words("entity_lexicon.yaml", "formation_heads")


def record_formations(db: IdentityStore, text: str, document: int | None, by_name: dict[str, int]) -> None:
    """"Soldiers of Serravin's 12th Mountain Brigade", "the Ustrian 3rd Division": a formation named with a state's
    possessor or people's adjective is a part of that state's forces, and answers to it (a relation, as a body of
    the state's does); its number is kept as a name of it."""
    for name, unit in by_name.items():
        if not formation(name):
            continue
        bare = re.sub(r"^(?:[Tt]he\s+)", "", name.strip())
        for match in re.finditer(rf"\b([A-Z][\w-]+)(?:['’]s)?\s+(?:({_ORDINAL})\s+)?{re.escape(bare)}\b", text):
            state = state_named(db, name_key(match.group(1)))
            if state is None or state == unit:
                continue
            relate(db, unit, state, match.group(0), document)
            if match.group(2):
                remember(db, unit, [name_key(f"{match.group(2)} {bare}")], "alias", document)
            break


def formation_state(db: IdentityStore, identity: int) -> int | None:
    """The state a formation answers to, where an article named it with the state (see record_formations)."""
    if not formation(db.identity_name(identity) or ""):
        return None
    parents = related(db, identity, PARENT)
    return next(iter(parents)) if len(parents) == 1 else None


def sponsor_of(db: IdentityStore, body: str) -> int | None:
    """The party a body phrase names: a stored name ("Ardovia's foreign intelligence service"), a state's service,
    else the state its possessor or people's adjective names ("Ardovian intelligence")."""
    found = lookup(db, body)
    if len(found) == 1:
        return found[0]
    state = by_service(db, body)
    return state if state is not None else possessor_state(db, body)


def relate(db: IdentityStore, child: int, parent: int, words: str, document: int | None) -> None:
    words = " ".join(words.replace("|", " ").split())
    db.add_identity_evidence(child, f"{PARENT}{parent}|{words} @{document}", "relation", document)
    db.add_identity_evidence(parent, f"{CHILD}{child}|{words} @{document}", "relation", document)


def related(db: IdentityStore, identity: int, prefix: str) -> dict[int, str]:
    """The parties one relation away (PARENT: those it answers to; CHILD: those answering to it), with the words."""
    found: dict[int, str] = {}
    for key in db.identity_evidence_keys(identity, prefix):
        other, _, words = key[len(prefix):].rsplit(" @", 1)[0].partition("|")
        if other.isdigit() and int(other) != identity:
            found.setdefault(int(other), words)
    return found


# how many relations a chain may follow: a group, the body that runs it, the state the body belongs to
CHAIN_DEPTH = 3


def voices(db: IdentityStore, identity: int) -> set[int]:
    """Who speaks as a party: the party, the bodies answering to it, and the spokespeople of each ("Serravin's
    assertion" may have been made by its defence ministry's spokesman)."""
    found = {identity, *descendants(db, identity)}
    return found | {person for party in found for person in related(db, party, VOICED_BY)}


def spoken_for(db: IdentityStore, speakers: set[int]) -> set[int]:
    """The parties speakers speak as: themselves, the bodies they speak for, and whom those answer to."""
    found = set(speakers) | {body for person in speakers for body in related(db, person, SPEAKS_FOR)}
    return found | {parent for party in set(found) for parent in ancestors(db, party)}


def ancestors(db: IdentityStore, identity: int) -> dict[int, str]:
    """The parties an identity answers to, followed up to CHAIN_DEPTH relations (group -> body -> state), with the
    words of each step: a state answers for its bodies and for the groups they run. A body's state is also read from
    its name ("Vordan military intelligence": see parent_of)."""
    return _chain(db, identity, PARENT)


def descendants(db: IdentityStore, identity: int) -> dict[int, str]:
    """The parties answering to an identity, followed down as ancestors follows up (relations told in text only)."""
    return _chain(db, identity, CHILD)


def _chain(db: IdentityStore, identity: int, prefix: str) -> dict[int, str]:
    found: dict[int, str] = {}
    frontier = [(identity, "")]
    for _ in range(CHAIN_DEPTH):
        following = []
        for current, said in frontier:
            steps = related(db, current, prefix)
            if prefix == PARENT:
                named = parent_of(db, current)
                if named is not None:
                    steps.setdefault(named, db.identity_name(current) or "")
            for other, words in steps.items():
                if other == identity or other in found:
                    continue
                found[other] = f"{said}; {words}" if said else words
                following.append((other, found[other]))
        frontier = following
    return found
