"""Shapes read off the parse that events draw on: clauses, objects, passives and phrases."""
from __future__ import annotations

import functools
from collections.abc import Callable

from spacy.tokens import Span, Token

from ..layout import dateline_words
from ..table import TokenTable, token_table
from ..token_cache import token_list
from ..tokens import served_verb
from .words import (ANOTHER, ARREST_WORDS, ASPECTUAL, AUXILIARY_LEMMAS, CASUALTY_VERBS, CONTRACTED_AUXILIARIES,
                    DEMANDING_MODALS, HEDGED_IDENTITY_VERBS, KIND_NOUNS, LET_SPEAKERS, MEASURE_FRAMES,
                    NEGATIVE_PRONOUNS, OCCURRENCE_VERBS, PERMISSIVE_VERBS, PHRASE_DEPS, RELATIVE_PRONOUNS,
                    SUBORDINATORS, TIME_NOUNS)


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
    from ...gazetteer import load_gazetteer
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


def suicide_attacker(token: Token) -> bool:
    """ "two suicide bombers killed 23 people": a person who blows himself up, no aircraft (Wikipedia: Suicide
    attack; PLOVER GSR ASSAULT-0008 codes the bombers' nation as the source)."""
    return any(c.dep_ in {"compound", "amod", "nmod"} and c.lower_ == "suicide" for c in token.children)


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


def casualties(trigger: Token) -> Token | None:
    """'three civilians were killed in a car bombing': the victims of the clause the act is told in."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ not in {"in", "during"}:
        return None
    verb = trigger.head.head
    if verb.lemma_.lower() not in CASUALTY_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


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


def another_instance(word: Token) -> bool:
    """'We are not ruling out further evacuations' after '3,000 people were evacuated': an act noun so modified is a
    new act of the type, never a later mention of the one told before."""
    return word.pos_ == "NOUN" and any(c.dep_ in {"amod", "det"} and c.lower_ in ANOTHER for c in word.children)


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
