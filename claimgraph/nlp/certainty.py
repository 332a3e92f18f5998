"""Certainty of event predicates on the FactBank scale (-3..3): rules find the cues, a trained model sets the value."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import lexicon
# modules rather than names: the feature module reads the rules of this one, so either may be imported first
from . import certainty_features, certainty_model, timex
from .annotations import CertaintyRecord, register_extensions, set_certainty, story_start_token
from .component import Component, factory
from .lemmas import known_verbs, silent_e
from .markers import Grounds
from .table import TokenTable, edges, token_table

CUES_FILE = "certainty_cues.yaml"
EVENT_NOUNS_FILE = "event_nouns.yaml"
# the nouns that trigger PLOVER events name events too: certainty rates every event the events component finds
EVENT_TRIGGERS_FILE = "event_triggers.yaml"
# nouns of acts and events from a general dictionary, for the nouns the hand-made lists lack ("incursion")
DICTIONARY_EVENT_NOUNS_FILE = "certainty_event_nouns.yaml"
# the markers' words of a report made without grounds: 'claimed without evidence that C' reports C all the same
MARKERS_FILE = "markers.yaml"

# Dependency relations through which a clause or noun is the complement of the predicate above it.
_COMPLEMENT_DEPS = {"ccomp", "xcomp", "acl", "pcomp", "pobj", "dobj", "oprd", "attr", "csubj", "csubjpass", "dative"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "expl"}
# a subject or an object, whose negative word negates the predicate ("nobody came", "saw nothing"): made once, not
# once a child
_ARGUMENT_DEPS = frozenset(_SUBJECT_DEPS | {"dobj"})
# Relative clauses and participial modifiers describe their noun; what they say of it is taken for granted.
_PRESUPPOSED_DEPS = {"relcl", "amod"}
_AUXILIARY_DEPS = {"aux", "auxpass"}
_TIME_DEPS = frozenset({"prep", "npadvmod", "tmod", "advmod"})  # how a time hangs on the verb it dates
_PREDICATE_POS = {"VERB", "AUX", "NOUN", "ADJ"}  # the parts of speech is_event_predicate can accept
_WH_TAGS = {"WRB", "WP", "WDT", "WP$"}
_TENSED_TAGS = {"VBD", "VBZ", "VBP"}  # a finite verb's own tense: past, or present
_NEGATIVE_PRONOUNS = {"nobody", "nothing", "none", "neither"}
_NEGATIVE_DETERMINERS = {"no", "neither"}
# determiners that spread a predicate over the members of their noun (Quirk et al. 1985 §5.16-5.17, 'each', 'every',
# 'all'): 'every stock either fell or held' can make both predicates true
_DISTRIBUTIVE = {"every", "each", "all", "both", "any"}
_DEFINITE_DETERMINERS = {"the", "this", "that", "these", "those"}
_CLOSING_QUOTES = {'"', "”", "''", "’"}
# the auxiliaries that open a condition by inversion ("had they known", "should it fail", "were it to")
_INVERTING_AUXILIARIES = {"had", "should", "were"}
# after 'not' at the head of an argument, these make the whole argument negative ('not all' only part of it)
_NOT_A_SINGLE = {"a", "an", "one", "single", "even", "any"}

CERTAIN = CertaintyRecord(3, [])


@dataclass(frozen=True)
class Modal:
    value: int
    negated: int


@dataclass(frozen=True)
class Selector:
    """What a predicate that selects an event does to it, asserted and negated (FactBank's lexical signatures)."""

    positive: int
    negated: int
    objects: bool = False  # selects the event its direct object names, a definite one too ("blocked the merger")
    # sets when the event its passive subject or the noun it describes names takes place: "the talks were planned
    # for April", "a rally scheduled for May" (told as planned, not as done)
    schedules: bool = False
    # a linking verb whose predicate adjective, when it selects an event itself, does so in its place: "it seems
    # unlikely that C" rates C as "unlikely" does, not as "seems"
    linking: bool = False
    # a denial ('denied that it had paid'): the source presents its content as not so, which stands whatever averaged
    # ratings of the writer's view of it say
    denies: bool = False
    # a verb of deliberation: its indefinite object or passive subject is an option under discussion ('will discuss
    # new sanctions', 'freezes are likely to be discussed'), where a definite one stays presupposed
    deliberates: bool = False
    # the value of a tensed content clause where it differs from that of other complements: 'warned that rebels were
    # massing' reports a state of affairs as a report predicate does, where 'warned of strikes' or 'warned them to
    # leave' speaks of what may come or what is asked
    clause: int | None = None
    # the value of an infinitive the predicate asks for where it also reports ('told them to leave' asks, as 'urged
    # them to leave' does, where 'told them that C' reports C)
    request: int | None = None


@dataclass(frozen=True)
class CertaintyLexicon:
    """The word lists of the certainty cue and event noun data files."""

    modals: dict[str, Modal]
    counterfactual: Modal
    conditional: Modal
    negators: frozenset[str]
    hedges: dict[str, int]
    hedge_adjectives: dict[str, int]
    directives: frozenset[str]
    open_complementizers: dict[str, int]
    conditional_complementizers: frozenset[str]
    open_question_predicates: frozenset[str]
    negative_prepositions: dict[str, int]
    negative_phrases: dict[str, int]
    selectors: dict[str, Selector]
    purpose_value: int
    allowed_time_value: int
    allowed_time_verbs: frozenset[str]
    question_value: int
    raising_passive: Modal
    raising_passive_verbs: frozenset[str]
    event_nouns: frozenset[str]
    event_adjectives: frozenset[str]
    # base forms of verbs (the lemmatizer's own word list), to know a gerund that names an event ("the fighting")
    verbs: frozenset[str] = frozenset()
    deontic_perfect: Modal = Modal(-2, 2)
    deontic_modals: frozenset[str] = frozenset({"should"})
    # 'will' with a condition of its own: probable (conditional_future in the cue file)
    conditional_future: Modal = Modal(2, -2)
    conditional_future_modals: frozenset[str] = frozenset({"will"})
    # plain 'will' in an article's analysis: probable (stated_future in the cue file; the uw evaluation keeps 3)
    stated_future: Modal = Modal(2, -2)
    stated_future_modals: frozenset[str] = frozenset({"will", "shall"})
    not_yet_governors: frozenset[str] = frozenset()
    not_yet_adverb: str = "yet"
    not_yet_value: int = -3
    # the words of a report made without grounds ('claimed without evidence that C'), shared with the markers
    grounds: Grounds = Grounds()
    # nouns of asking or proposing, whose content a verb that turns them down refuses ('refused a demand to resign')
    turned_down_requests: frozenset[str] = frozenset()
    # verbs that turn such a noun down without selecting an event of their own ('rejected calls for a ceasefire'):
    # the value of what the noun asks for
    turning_down_verbs: dict[str, int] = field(default_factory=dict)
    # nouns of saying or alleging and the verbs that deny them ('rejected the allegation that C'): C is denied (the
    # value) where the noun is not a source of its own
    denied_statement_nouns: frozenset[str] = frozenset()
    denied_statement_verbs: frozenset[str] = frozenset()
    denied_statement_value: int = -3
    # verbs with the preposition they select ('call for', 'vote on'), from the cue file's prepositional_verbs
    prepositional_verbs: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # 'before', 'until', 'till': an event noun or clause telling a point still to come, when the main clause is ahead
    pending_prepositions: dict[str, int] = field(default_factory=dict)
    # 'any' on an event noun outside a negation's scope ('would answer any expulsion'): no event picked out
    free_choice_value: int | None = None
    # 'until', 'once': a clause telling a point the main clause waits for, when that is not told as done
    pending_complementizers: dict[str, int] = field(default_factory=dict)
    # 'after', 'since': a clause of time whose event the sentence takes as given, whatever befalls the main clause
    factive_complementizers: frozenset[str] = frozenset()
    # verbs that keep someone from an act through a 'from' phrase ('kept the refugees from entering')
    keeping_from: dict[str, int] = field(default_factory=dict)
    # implicative verbs of causing and achieving: the value their infinitive has when they are asserted ('managed to')
    implicatives: dict[str, int] = field(default_factory=dict)
    # verbs that name what their object is ('called the ruling an attack'): the name is the source's own word
    naming_verbs: frozenset[str] = frozenset()
    # nouns of attempting, and the adjectives of failure that deny what they attempt ('a failed attempt to storm')
    failed_attempt_nouns: frozenset[str] = frozenset()
    failed_attempt_adjectives: frozenset[str] = frozenset()
    failed_attempt_value: int = -3
    # verbs of showing whose object and a participle after it are one scene shown ('shows soldiers firing')
    depiction_verbs: frozenset[str] = frozenset()
    # verbs of contiguous location whose participle before a name says where a place lies ('neighbouring Osk')
    location_participles: frozenset[str] = frozenset()
    # prepositions through which a directive asks that its gerund not be done ('warned them against buying')
    directive_prepositions: frozenset[str] = frozenset()
    # prepositions of place and time: the event noun they take sets the scene of a verb, not its complement
    adjunct_prepositions: frozenset[str] = frozenset()
    # verbs of judging, whose 'for' phrase names what they judge as done ('blamed the rebels for the explosion')
    judging_verbs: frozenset[str] = frozenset()
    # verbs of accusing and the preposition of what they allege ('accused X of V-ing'): the act as the accuser tells it
    accusing_verbs: dict[str, str] = field(default_factory=dict)
    # verbs of responding and commenting, and the preposition of what was there to respond to or comment on ('did not
    # respond to a request', 'has not commented on reports that C')
    responding_verbs: dict[str, str] = field(default_factory=dict)
    # verbs of deciding whose 'against' and a gerund decide not to do it ('decided against selling'): its value
    deciding_against: dict[str, int] = field(default_factory=dict)
    # a gerund after a noun or adjective through a preposition ('a formula for ending the crisis'): its value, and the
    # heads that take the act as done ('guilty of driving', 'as a result of reaching')
    gerund_after_noun: int = 3
    gerund_presupposing_heads: frozenset[str] = frozenset()
    # adjectives of difficulty and their to-infinitive ('difficult for the firm to meet demand'): asserted, negated
    difficulty_adjectives: dict[str, Modal] = field(default_factory=dict)
    # 'was unhurt', 'went unreported': the prefix that denies a participle's event, and the participles not in -ed
    denying_prefix: str = ""
    irregular_participles: frozenset[str] = frozenset()
    # the words of a condition on the truth of a report ('if the account is accurate', 'if confirmed')
    epistemic_conditions: frozenset[str] = frozenset()
    # verbs of searching and finding whose negative find denies the act ('found no sign of editing', -3) or doubts the
    # proposition ('saw no evidence that C', -1)
    search_verbs: frozenset[str] = frozenset()
    search_of_value: int = 0
    search_that_value: int = 0
    # verbs of asking for a thing, whose definite object is what is asked, not a given ('demands the release')
    asking_verbs: frozenset[str] = frozenset()
    # verbs whose 'for' phrase names what is sought ('pushed for the boy's return'), and the value of what is sought
    seeking_for_verbs: frozenset[str] = frozenset()
    sought_value: int = 1
    # 'would' in a clause a past verb of saying reports: the source's 'will' shifted back ('said it would not bargain'),
    # read in an article's analysis as stated_future reads 'will'
    reported_future_modals: frozenset[str] = frozenset()
    # prepositions whose event noun is the occasion of the act it hangs on ('will discuss it at a summit'): as future
    # as a future act
    future_occasion_prepositions: frozenset[str] = frozenset()
    # verbs of coming about ('more tests would follow', 'talks may resume'): their subject's event takes their value
    occurrence_verbs: frozenset[str] = frozenset()
    # 'either C1 or C2': the value of each alternative, None without the entry
    alternative_value: int | None = None
    # modifiers that place an event noun in the future ('the upcoming vote', "next month's election") and its value
    future_adjectives: frozenset[str] = frozenset()
    future_time_nouns: frozenset[str] = frozenset()
    future_time_adjectives: frozenset[str] = frozenset()
    future_modifier_value: int = 2
    # 'be going to' and its infinitive ('is going to resign'): the infinitive's value, asserted and negated
    going_to: Modal = Modal(2, -2)
    # a requirement ('must be filed'): the act's value in an article's analysis (requirement in the cue file)
    requirement_modals: frozenset[str] = frozenset()
    requirement_value: int = 0
    # verbs of causing, starting or carrying out, with an object ('trigger', 'begin', 'hold') or through a preposition
    # ('lead to', 'result in'): the event they bring about comes about as far as they do, definite or not ('could lead
    # to the expulsion', 'will begin joint patrols')
    causing_objects: frozenset[str] = frozenset()
    causing_prepositions: dict[str, str] = field(default_factory=dict)
    # verbs of achieving ('won the release'), whose object comes about as a caused one does unless it names a contest
    achieving_verbs: frozenset[str] = frozenset()
    contest_nouns: frozenset[str] = frozenset()

    @functools.cached_property
    def copula_cues(self) -> frozenset[str]:
        """The adjectives a copula's predicate may not be for the copula to stand for the predication (see
        adjectival_copula): joined once, not again for every copula of every document."""
        return frozenset(self.event_adjectives | set(self.selectors) | set(self.hedges) | set(self.hedge_adjectives)
                         | self.open_question_predicates)

    def accuses_with(self, verb_lemma: str, preposition: str) -> bool:
        """Whether the verb is one of accusing and the preposition the one that names what it alleges ('accused X
        of', 'charged with')."""
        return self.accusing_verbs.get(verb_lemma) == preposition

    def denies_statement_noun(self, verb: Token, noun: Token) -> bool:
        """Whether the verb is one of denying and the noun, its object, one of saying ('rejected the claim')."""
        return lemma(verb) in self.denied_statement_verbs and noun.dep_ in {"dobj", "nsubjpass"} \
            and lemma(noun) in self.denied_statement_nouns


@functools.cache
def prepositional_verbs() -> dict[str, tuple[str, ...]]:
    """The cue file's prepositional verbs, each with the prepositions it selects ('call for', 'vote on')."""
    return {w: tuple(p) for w, p in lexicon.load(CUES_FILE)["prepositional_verbs"].items()}


def load_lexicon(verbs: frozenset[str] = frozenset()) -> CertaintyLexicon:
    cues = lexicon.load(CUES_FILE)
    nouns = lexicon.load(EVENT_NOUNS_FILE)
    triggers = lexicon.load(EVENT_TRIGGERS_FILE)
    trigger_nouns = {noun for entry in triggers["types"].values() for noun in entry.get("nouns", [])}
    return CertaintyLexicon(
        modals={w: Modal(e["value"], e["negated"]) for w, e in cues["modals"].items()},
        counterfactual=Modal(cues["counterfactual_perfect"]["value"], cues["counterfactual_perfect"]["negated"]),
        conditional=Modal(cues["conditional_consequent"]["value"], cues["conditional_consequent"]["negated"]),
        negators=frozenset(cues["negators"]),
        hedges={w: e["value"] for w, e in cues["hedge_adverbs"].items()},
        hedge_adjectives={w: e["value"] for w, e in cues["hedge_adjectives"].items()},
        directives=frozenset(cues["directives"]),
        open_complementizers={w: e["value"] for w, e in cues["open_complementizers"].items()},
        conditional_complementizers=frozenset(w for w, e in cues["open_complementizers"].items()
                                              if e.get("conditional")),
        open_question_predicates=frozenset(cues["open_question_predicates"]),
        negative_prepositions={w: e["value"] for w, e in cues["negative_prepositions"].items()},
        negative_phrases={w: e["value"] for w, e in cues["negative_phrases"].items()},
        keeping_from={w: e["value"] for w, e in cues.get("keeping_from", {}).items()},
        implicatives={w: e["value"] for w, e in cues.get("implicatives", {}).items()},
        naming_verbs=frozenset(cues.get("naming_verbs", {})),
        failed_attempt_nouns=frozenset(cues.get("failed_attempts", {}).get("nouns", [])),
        failed_attempt_adjectives=frozenset(cues.get("failed_attempts", {}).get("adjectives", {})),
        failed_attempt_value=cues.get("failed_attempts", {}).get("value", -3),
        not_yet_governors=frozenset(cues["not_yet"]["governors"]),
        not_yet_adverb=cues["not_yet"]["adverb"],
        not_yet_value=cues["not_yet"]["value"],
        selectors={w: Selector(e["positive"], e["negated"], bool(e.get("object")), bool(e.get("schedules")),
                               bool(e.get("linking")), bool(e.get("denies")), bool(e.get("deliberates")),
                               e.get("clause"), e.get("request"))
                   for w, e in cues["selectors"].items()},
        purpose_value=cues["purpose_clause"]["value"],
        allowed_time_value=cues["allowed_time"]["value"],
        allowed_time_verbs=frozenset(cues["allowed_time"]["verbs"]),
        question_value=cues["question"]["value"],
        raising_passive=Modal(cues["raising_passives"]["value"], cues["raising_passives"]["negated"]),
        raising_passive_verbs=frozenset(cues["raising_passives"]["verbs"]),
        deontic_perfect=Modal(cues["deontic_perfect"]["value"], cues["deontic_perfect"]["negated"]),
        deontic_modals=frozenset(cues["deontic_perfect"]["modals"]),
        conditional_future=Modal(cues["conditional_future"]["value"], cues["conditional_future"]["negated"]),
        conditional_future_modals=frozenset(cues["conditional_future"]["modals"]),
        stated_future=Modal(cues["stated_future"]["value"], cues["stated_future"]["negated"]),
        stated_future_modals=frozenset(cues["stated_future"]["modals"]),
        event_nouns=frozenset(nouns["event_nouns"]) | frozenset(trigger_nouns)
        | frozenset(lexicon.load(DICTIONARY_EVENT_NOUNS_FILE)["nouns"]),
        event_adjectives=frozenset(nouns["event_adjectives"]),
        verbs=verbs,
        grounds=Grounds.from_data(lexicon.load(MARKERS_FILE)["unsupported_report"]),
        turned_down_requests=frozenset(cues.get("turned_down_requests", {})),
        turning_down_verbs={w: e["value"] for w, e in cues.get("turning_down_verbs", {}).items()},
        denied_statement_nouns=frozenset(cues["denied_statements"]["nouns"]),
        denied_statement_verbs=frozenset(cues["denied_statements"]["verbs"]),
        denied_statement_value=cues["denied_statements"]["value"],
        prepositional_verbs=prepositional_verbs(),
        pending_complementizers={w: e["value"] for w, e in cues.get("pending_complementizers", {}).items()},
        free_choice_value=cues.get("free_choice", {}).get("value"),
        pending_prepositions={w: e["value"] for w, e in cues.get("pending_prepositions", {}).items()},
        factive_complementizers=frozenset(cues.get("factive_complementizers", {})),
        depiction_verbs=frozenset(cues.get("depiction_verbs", {})),
        location_participles=frozenset(cues.get("location_participles", {}).get("verbs", [])),
        directive_prepositions=frozenset(cues.get("directive_prepositions", {})),
        adjunct_prepositions=frozenset(cues.get("adjunct_prepositions", {})),
        judging_verbs=frozenset(cues.get("judging_verbs", {})),
        accusing_verbs={w: e["preposition"] for w, e in cues.get("accusing_verbs", {}).items()},
        deciding_against={w: e["value"] for w, e in cues.get("deciding_against", {}).items()},
        responding_verbs={w: e["preposition"] for w, e in cues.get("responding_verbs", {}).items()},
        gerund_after_noun=cues.get("gerund_after_noun", {}).get("value", 3),
        difficulty_adjectives={w: Modal(e["value"], e["negated"]) for w, e in cues.get("difficulty_adjectives", {}).items()},
        epistemic_conditions=frozenset(cues.get("epistemic_conditions", {}).get("words", [])),
        search_verbs=frozenset(cues.get("search_verbs", {}).get("verbs", [])),
        search_of_value=cues.get("search_verbs", {}).get("of_value", 0),
        search_that_value=cues.get("search_verbs", {}).get("that_value", 0),
        asking_verbs=frozenset(cues.get("asking_verbs", {})),
        seeking_for_verbs=frozenset(cues.get("seeking_for_verbs", {}).get("verbs", [])),
        sought_value=cues.get("seeking_for_verbs", {}).get("value", 1),
        denying_prefix=cues.get("denied_participles", {}).get("prefix", ""),
        irregular_participles=frozenset(cues.get("denied_participles", {}).get("irregular", [])),
        gerund_presupposing_heads=frozenset(cues.get("gerund_after_noun", {}).get("presupposing_heads", [])),
        reported_future_modals=frozenset(cues.get("reported_future", {}).get("modals", [])),
        future_occasion_prepositions=frozenset(cues.get("future_occasions", {}).get("prepositions", [])),
        occurrence_verbs=frozenset(cues.get("occurrence_verbs", {}).get("verbs", [])),
        alternative_value=cues.get("alternatives", {}).get("value"),
        future_adjectives=frozenset(cues.get("future_modifiers", {}).get("adjectives", [])),
        future_time_nouns=frozenset(cues.get("future_modifiers", {}).get("time_nouns", [])),
        future_time_adjectives=frozenset(cues.get("future_modifiers", {}).get("time_adjectives", [])),
        future_modifier_value=cues.get("future_modifiers", {}).get("value", 2),
        going_to=Modal(cues["going_to"]["value"], cues["going_to"]["negated"]) if "going_to" in cues else Modal(2, -2),
        requirement_modals=frozenset(cues.get("requirement", {}).get("modals", [])),
        requirement_value=cues.get("requirement", {}).get("value", 0),
        # what a verb starts or carries out comes about as what one causes does ('will begin patrols')
        causing_objects=frozenset(cues.get("causing_verbs", {}).get("objects", []))
        | frozenset(cues.get("performing_verbs", {}).get("objects", [])),
        causing_prepositions=dict(cues.get("causing_verbs", {}).get("prepositions", {})),
        achieving_verbs=frozenset(cues.get("achieving_verbs", {}).get("objects", [])),
        contest_nouns=frozenset(cues.get("achieving_verbs", {}).get("contests", [])),
    )


@factory("claimgraph_certainty_v1", alias="claimgraph_certainty",
         default_config={"convention": certainty_model.DEFAULT_CONVENTION, "use_model": True},
         requires=["doc._.cg_front_matter", "token.dep", "token.tag", "token.lemma"],
         assigns=["doc.spans", "span._.cg_certainty", "span._.cg_certainty_cue"])
def make_certainty(nlp: Language, name: str, convention: str, use_model: bool) -> "Certainty":
    return Certainty(known_verbs(nlp), convention=convention, use_model=use_model)


class Certainty(Component):
    """Gives every event predicate of the story a FactBank value and the cue spans that moved it."""

    DATA = (CUES_FILE, EVENT_NOUNS_FILE, EVENT_TRIGGERS_FILE, DICTIONARY_EVENT_NOUNS_FILE, MARKERS_FILE)
    MODELS = (certainty_model.MODEL_FILE,)

    def __init__(self, verbs: frozenset[str] = frozenset(), convention: str = certainty_model.DEFAULT_CONVENTION,
                 use_model: bool = True) -> None:
        register_extensions()
        self.verbs, self.convention, self.use_model = verbs, convention, use_model

    def load(self) -> None:
        self.lexicon = load_lexicon(self.verbs)
        self.models: dict[str, certainty_model.TreeEnsemble | None] = {}

    def model_for(self, convention: str) -> certainty_model.TreeEnsemble | None:
        """The trained ensemble of one convention: the package's, or the one saved with the pipeline."""
        if not self.use_model:
            return None
        if convention not in self.models:
            source = self._saved_models.get(certainty_model.MODEL_FILE)
            if source is None:
                self.models[convention] = certainty_model.load_model(convention)
            else:
                with open(source, "rb") as handle:
                    self.models[convention] = certainty_model.read_model(handle, convention)
        return self.models[convention]

    def __call__(self, doc: Doc) -> Doc:
        # only a verb, noun or adjective names an event: the other words are not made into Tokens at all
        table = token_table(doc)
        pos = table.pos
        predicates = [doc[i] for i in range(story_start_token(doc), len(doc))
                      if pos[i] in _PREDICATE_POS and (is_event_predicate_at(doc, i, self.lexicon, table)
                                                       or denied_participle_at(table, i, self.lexicon))]
        rated = self.rate(doc, predicates, self.convention)
        self.set_annotations(doc, {t.i: self.as_denied_state(t, self.as_requirement(t, self.as_stated_future(t, r)))
                                   for t, r in zip(predicates, rated)})
        return doc

    def as_denied_state(self, token: Token, record: CertaintyRecord) -> CertaintyRecord:
        """'The minister was unhurt', 'the killing went unreported': the event a participle with a negative prefix
        names is denied as far as the state is asserted (the negation is in the word, which is the cue); 'may have
        escaped unharmed' leaves the harm possibly not done. UW's averaged ratings, which `eval factuality` keeps,
        rate the state itself ('unchanged' 3.0)."""
        if not denied_participle_at(token_table(token.doc), token.i, self.lexicon) or record.value == 0:
            return record
        cues = sorted([*record.cues, token.doc[token.i:token.i + 1]], key=lambda c: c.start)
        return CertaintyRecord(-record.value, cues, record.score)

    def as_stated_future(self, token: Token, record: CertaintyRecord) -> CertaintyRecord:
        """An article's event the text places in the future with plain 'will' ('talks will resume', 'no one will
        leave'), rated certain (or certainly not) for the UW convention, is probable (or probably not): the contract's
        scale as the golds apply it (stated_future in the cue file). The 'will' is the cue."""
        if abs(record.value) != 3:
            return record
        modal = self.future_modal(token)
        if modal is None:
            return record
        future = self.lexicon.stated_future
        value = future.value if record.value > 0 else future.negated
        cues = list(record.cues)
        if not any(c.start <= modal.i < c.end for c in cues):
            cues.append(token.doc[modal.i:modal.i + 1])
        return CertaintyRecord(value, sorted(cues, key=lambda c: c.start), record.score)

    def as_requirement(self, token: Token, record: CertaintyRecord) -> CertaintyRecord:
        """An act an article states as required ('Challenges must be filed by Monday', 'the shelling must stop'),
        rated probable by its modal, is uncommitted: what is to be done, as what a directive asks for (requirement in
        the cue file). A 'must' of inference (a perfect, a copula, a progressive: 'must have known', 'must be
        exhausted') keeps its value. The 'must' stays the cue."""
        lex = self.lexicon
        modal = next((c for c in token.children if c.dep_ == "aux" and c.lower_ in lex.requirement_modals), None)
        if modal is None or (rated := lex.modals.get(modal.lower_)) is None or record.value != rated.value or \
                not any(c.start <= modal.i < c.end for c in record.cues):
            return record
        inferred = lemma(token) == "be" or token.tag_ == "VBG" or any(
            c.dep_ == "aux" and lemma(c) == "have" or c.dep_ == "neg" for c in token.children)
        if inferred:
            return record
        return CertaintyRecord(lex.requirement_value, list(record.cues), record.score)

    def future_modal(self, token: Token) -> Token | None:
        """The 'will' that places the token's event in the future: the verb's own, a 'would' that a past verb of
        saying reports ('said it would not bargain': the source's 'will not', shifted back; reported_future in the cue
        file), or that of the verb a noun's event takes its time from: the verb of coming about whose subject it is
        ('the vote will take place') or the act it is the occasion of ('will discuss them at a summit'). None where
        there is none."""
        lex = self.lexicon
        table = token_table(token.doc)
        verb = token.i
        if table.pos[verb] == "NOUN":
            carrier = occurrence_verb(table, verb, lex)
            if carrier is None:
                carrier = occasion_verb(table, verb, lex)
            if carrier is None:
                carrier = causing_verb(table, verb, lex)
            if carrier is None:
                return None
            verb = carrier
        for c in table.children[verb]:
            if table.dep[c] != "aux" or table.tag[c] != "MD":
                continue
            if table.lower[c] in lex.stated_future_modals | {"'ll", "’ll", "wo"}:
                return token.doc[c]
            if table.lower[c] in lex.reported_future_modals and reported_by_past_saying(table, verb, lex):
                return token.doc[c]
        return None

    def set_annotations(self, doc: Doc, rated: dict[int, CertaintyRecord]) -> None:
        set_certainty(doc, rated)

    def rate(self, doc: Doc, tokens: list[Token],
             convention: str = certainty_model.DEFAULT_CONVENTION) -> list[CertaintyRecord]:
        """The model's certainty of each token's event, with the rules' cues; one call scores a whole document."""
        if not tokens:
            return []
        assessor = Assessor(doc, self.lexicon)
        rules = [assessor.assess(token) for token in tokens]
        model = self.model_for(convention)
        if model is None:  # a checkout without the trained model: the rules alone
            return rules
        scores = model.predict([certainty_features.features(token, assessor, convention) for token in tokens])
        records = []
        for token, rule, score in zip(tokens, rules, scores):
            value = certainty_model.integer_value(float(score), rule.value, rule.value != 3, self.held_open(rule),
                                                  self.denied(rule), self.asked_for(token, rule))
            if rule.value == 3 and is_noun_modifier(token):
                value = 3  # outside the clause's scope: UW train compound modifiers median 2.4 (n=167), MEANTIME 3.0 (n=11)
            if rule.value > 0 and score > 0 and (assessor.described_as_done(token) or assessor.judged(token)
                                                 or rule.value == 3 and (assessor.alleged(token) or
                                                                         assessor.presupposed_as_fact(token))):
                # an event noun a participle tells as done, or one a verb of judging judges, is presupposed: read for
                # the integer alone, as the noun modifiers above (UW train: indefinite event nouns with a participle
                # of their own mean 2.50, n=40; nouns after 'blame/sentence/thank ... for' 2.93, n=3); so is what a
                # constituent question presupposes ('who did it': UW train mean 2.35, n=19)
                value = 3
            implied = assessor.implied(token)
            if implied is not None and score > 0:
                # an asserted implicative entails its infinitive, where averaged ratings hesitate ('forced to leave')
                value = implied
            cues = list(rule.cues) if value != 3 else []
            records.append(CertaintyRecord(value, cues, round(float(score), 3)))
        return records

    def denied(self, rule: CertaintyRecord) -> bool:
        """Whether a source's denial is among the words that set the rules' value ('denied that it had links')."""
        selectors = self.lexicon.selectors

        def denies(span: Span) -> bool:
            # a phrasal verb's cue is looked up whole ('called off'), then word by word ('denied')
            whole = selectors.get(" ".join(t.lemma_.lower() for t in span))
            return whole.denies if whole is not None else any(
                (selector := selectors.get(t.lemma_.lower())) is not None and selector.denies for t in span)

        return rule.value < 0 and any(denies(span) or self.denies_statement(span.root) for span in rule.cues)

    def denies_statement(self, verb: Token) -> bool:
        """Whether the verb denies a noun of saying, as denied_statement reads it ('rejected the claim that C'); the
        verb alone does not ('rejected calls for a ceasefire' turns a request down, which a model score may
        overrule)."""
        return any(self.lexicon.denies_statement_noun(verb, c) for c in verb.children)

    def asked_for(self, token: Token, rule: CertaintyRecord) -> bool:
        """Whether the rules read the event as what a directive asks for: an infinitive or bare subjunctive under it
        ('urged them to leave', 'demanded that he resign') or the noun it calls for ('called for an inquiry',
        'demanded an inquiry'), whatever its own positive value ('ordered them to leave': 'order' is probable on UW's
        averaged ratings). 'warned that C' and 'warned of C' report a danger, not a request."""
        if not 0 < rule.value < 3 or not rule.cues:
            return False
        if self.allowed(rule):
            return True
        directives = self.lexicon.directives
        asking = [t for t in rule.cues[-1] if (lemma(t) in directives or t.lower_ in directives)
                  and lemma(t) not in _DANGER_DIRECTIVES]
        if not asking:
            return False
        if token.pos_ in {"VERB", "AUX"}:
            return requested(token)
        if token.pos_ != "NOUN":
            return False
        # 'demanded back pay and the dismissal of the chief', 'called for talks and for a truce': a conjoined noun or
        # preposition stands where its first conjunct does (Quirk et al. 1985 §13.2)
        noun = first_conjunct(token, {"NOUN", "PROPN"})
        if noun.dep_ == "dobj":
            return noun.head.i == asking[0].i
        preposition = first_conjunct(noun.head, {"ADP"}, same_word=True)
        return noun.dep_ == "pobj" and preposition.lower_ == "for" and preposition.head.i == asking[0].i

    def allowed(self, rule: CertaintyRecord) -> bool:
        """Whether the rules read the event as what one is given time to do ('gave them until Sunday to leave'): the
        last two cues are the verb of allowing and its 'until'."""
        cues = rule.cues
        return len(cues) >= 2 and cues[-1].text.lower() in {"until", "till"} and \
            lemma(cues[-2].root) in self.lexicon.allowed_time_verbs

    def held_open(self, rule: CertaintyRecord) -> bool:
        """Whether the rules left an event open as an embedded question (the last cue ends on 'whether', a wh-word, or
        an 'if' after the words that ask it: 'asked if'; a bare 'if' opens a condition) or through a negation ('did
        not say that C', 'neither confirmed nor denied that C', 'no evidence that C')."""
        if rule.value != 0 or not rule.cues:
            return False
        cue = rule.cues[-1]
        last = cue[-1]
        if last.lower_ == "whether" or last.tag_ in _WH_TAGS or (last.lower_ == "if" and len(cue) > 1):
            return True
        negators = self.lexicon.negators
        return any(span.text.lower() in negators or any(t.lower_ in negators or t.lower_.endswith("n't") for t in span)
                   for span in rule.cues)


# nouns whose clause states what they hold or show ("shell nouns", Schmid 2000): "no evidence the attack was ordered"
_SHELL_NOUNS = frozenset({"evidence", "sign", "indication", "proof", "suggestion", "report", "claim", "allegation",
                          "belief", "fear", "hope", "assurance", "news", "word", "rumour", "rumor", "suspicion",
                          "information", "intelligence", "possibility", "chance", "risk", "danger",
                          # UW train: 'no hint of trouble' (-0.4)
                          "hint", "trace"})


# directives that also report a danger ('warned that the dam could fail', 'cautioned against delay'): what they
# govern is feared, not asked for
_DANGER_DIRECTIVES = frozenset({"warn", "caution"})


@functools.cache
def cue_act_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs whose act an attribution's cue names as an event of its own (cue_acts in the cue file), and the
    verbs of saying whose denied act is one (withheld_saying)."""
    cues = lexicon.load(CUES_FILE)
    return frozenset(cues.get("cue_acts", {})), frozenset(cues.get("withheld_saying", {}).get("verbs", []))


def rated_cue_acts(doc: Doc, cue_tokens: set[int], rated: dict[int, CertaintyRecord]) -> set[int]:
    """The cue words whose act the story tells as an event, rated as any event: a verb that does something by
    speaking ('warned that C', 'urged them to', 'denied the report', 'called the ruling an attack') and a verb of
    saying the clause denies ('Neither army commented', 'did not say whether C'). A verb that only passes its content
    on ('said', 'told', 'according to', 'expected') is the attribution itself and is not rated."""
    acts, sayings = cue_act_verbs()
    out = set()
    for i in cue_tokens:
        record = rated.get(i)
        if record is None or doc[i].pos_ not in {"VERB", "AUX"}:
            continue
        word = lemma(doc[i])
        if word in acts or (word in sayings and record.value < 0):
            out.add(i)
    return out


def reported_by_past_saying(table: TokenTable, i: int, lex: CertaintyLexicon) -> bool:
    """Whether the clause at i is the complement of a verb of saying in the past ('said it would', 'had told them
    they would'): a report predicate (FactBank §3, positive 3, negated 0) tagged past tense or past participle. A
    clause joined to such a complement is reported with it ('said it had freed them, and that it would free no
    more')."""
    while table.dep[i] == "conj" and table.head[i] != i and table.pos[table.head[i]] in {"VERB", "AUX"}:
        i = table.head[i]
    if table.dep[i] != "ccomp":
        return False
    head = table.head[i]
    selector = lex.selectors.get(table.lemma[head])
    return selector is not None and (selector.positive == 3 and selector.negated == 0 or selector.clause == 3) and \
        table.tag[head] in {"VBD", "VBN"}


def occurrence_verb(table: TokenTable, i: int, lex: CertaintyLexicon) -> int | None:
    """The verb of coming about whose subject names the event at i ('more tests would follow', 'the vote will take
    place', 'fighting may break out'), or whose relative clause tells its coming about with the noun for its subject
    ('a massacre that never happened', 'talks which may resume'), by token index, or None."""
    if table.pos[i] != "NOUN" or not lex.occurrence_verbs:
        return None
    if table.dep[i] == "nsubj":
        verb = table.head[i]
    else:
        verb = next((c for c in table.children[i] if table.dep[c] == "relcl" and c > i and relative_subject(table, c)),
                    None)
        if verb is None:
            return None
    if verb == i or table.pos[verb] not in {"VERB", "AUX"}:
        return None
    kids = table.children[verb]
    forms = [table.lemma[verb]] + [f"{table.lemma[verb]} {table.lower[c]}" for c in kids
                                   if table.dep[c] in {"prt", "dobj"} and c > verb]
    return verb if any(form in lex.occurrence_verbs for form in forms) else None


def causing_verb(table: TokenTable, i: int, lex: CertaintyLexicon) -> int | None:
    """The verb that causes, starts, carries out or achieves the event its object at i names ('will begin joint
    patrols', 'will force the closure of the port', 'won the release of'; a contest won excepted), by token index, or
    None."""
    if table.pos[i] != "NOUN" or table.dep[i] != "dobj":
        return None
    verb = table.head[i]
    if verb == i or table.pos[verb] != "VERB":
        return None
    forms = [table.lemma[verb], *(f"{table.lemma[verb]} {table.lower[c]}" for c in table.children[verb]
                                  if table.dep[c] == "prt")]
    if any(form in lex.causing_objects for form in forms):
        return verb
    # 'won the release of the prisoners': what is achieved, unless the object names a contest ('won the election')
    return verb if table.lemma[verb] in lex.achieving_verbs and table.lemma[i] not in lex.contest_nouns else None


def relative_subject(table: TokenTable, clause: int) -> bool:
    """Whether a relative clause's subject is its relative pronoun ('that never happened', 'which took place'): the
    noun it hangs on is what the clause tells of, not its object ('the attack that the army denied')."""
    return any(table.dep[c] == "nsubj" and table.tag[c] in {"WDT", "WP"} and c < clause for c in table.children[clause])


def occasion_verb(table: TokenTable, i: int, lex: CertaintyLexicon) -> int | None:
    """The act an event noun is the occasion of ('will discuss the tariffs at a summit', 'will meet during a
    visit'), by token index, or None."""
    if table.pos[i] != "NOUN" or table.dep[i] != "pobj":
        return None
    prep = table.head[i]
    if table.dep[prep] != "prep" or table.lower[prep] not in lex.future_occasion_prepositions:
        return None
    verb = table.head[prep]
    return verb if verb != prep and table.pos[verb] in {"VERB", "AUX"} else None


def content_clause(clause: Token) -> bool:
    """'There was no evidence the attack was ordered': with 'that' left out, the parser may take a noun's content
    clause for a relative clause, which would make it a presupposed fact. A clause on a shell noun with no relative
    word and no gap (passive with its subject, or active with subject and object) is the noun's content, not a
    description of it ('the evidence the police found' has a gap: its object is the noun)."""
    if clause.head.lemma_.lower() not in _SHELL_NOUNS or clause.head.pos_ != "NOUN":
        return False
    kids = list(clause.children)
    if any(c.tag_ in _WH_TAGS or c.lower_ in {"that", "which", "who", "whom"} for c in kids):
        return False
    if any(c.dep_ == "prep" and not any(g.dep_ in {"pobj", "pcomp"} for g in c.children) for c in kids):
        return False  # a stranded preposition: 'the report the minister referred to'
    if any(c.dep_ == "nsubjpass" for c in kids):
        return True
    return any(c.dep_ == "nsubj" for c in kids) and any(c.dep_ in {"dobj", "attr", "acomp", "ccomp"} for c in kids)


def negative_polarity_noun(token: Token) -> bool:
    """A noun with the negative-polarity determiner 'any' ('any dealings', 'any strikes')."""
    return token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in token.children)


def requested(token: Token) -> bool:
    """Whether a clause under a directive verb is what it asks for: an infinitive ('told them not to go') or a bare
    subjunctive ('demanded that he not be freed'); a finite clause ('told the paper nobody had listened') is a report,
    whose negation stands."""
    if token.dep_ == "xcomp" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "TO" for c in token.children):
        return True
    auxiliaries = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.tag_ in {"MD", "TO"} or c.lower_ in {"do", "does", "did"} for c in auxiliaries):
        return False
    if token.tag_ == "VB":
        return True
    if token.tag_ == "VBP" and any(c.dep_ == "nsubj" and (c.tag_ in {"NN", "NNP"} or c.lower_ in {"he", "she", "it"})
                                   for c in token.children):
        return True  # "that the minister publish": a singular subject with the bare form, which the tagger calls VBP
    return bool(auxiliaries) and auxiliaries[0].tag_ == "VB"  # "that they not be rehired"


def dated_verb(time: Span) -> Token | None:
    """The verb a time expression hangs on itself ('meet next week', 'ends in June'), or None: not one it reaches
    through a noun ('the report, due next week, says': the report is due, the saying is not dated)."""
    root = time.root
    head = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    return head if head.i != root.i and head.pos_ == "VERB" and root.dep_ in _TIME_DEPS | {"pobj"} else None


def object_verb(noun: Token) -> Token | None:
    """The verb whose direct object the noun is, or ends ('suspected a company in Dunmere': the parser hangs what
    follows on the object's last noun), or None."""
    obj = noun
    while obj.dep_ == "pobj" and obj.head.dep_ == "prep" and obj.head.head.pos_ in {"NOUN", "PROPN"}:
        obj = obj.head.head
    return obj.head if obj.dep_ == "dobj" and obj.head.pos_ == "VERB" else None


def coordinated_verb(token: Token, lex: CertaintyLexicon) -> Token:
    """The verb a conjunct is coordinated with: its head, or the verb above that head where the parser hangs a tensed
    verb with no subject of its own on a complement that has no tense ('demanded that the audit be published and
    called for a vote', 'urged the council to act and promised help'). Verbs joined by 'and' share their form
    (Quirk et al. 1985 §13.45), so a past or present tense after a subjunctive or infinitive is a second predicate
    of the verb above, told with its subject. PolNeAR train: 15 such conjuncts where the verb above has the
    conjunct's tense, 14 of them that verb's coordinate by reading ('urged the rest of the party to coalesce ... and
    tried to', 'proposed that more forces be left in Iraq, and pushed to'). The tagger takes a past tense after a
    passive for its participle ('be published and called for a vote'): a participle with an object of its own (a
    direct one, or that of the preposition its verb selects) is no passive, and counts as the past tense."""
    head = token.head
    above = head.head
    if head.dep_ not in {"ccomp", "xcomp"} or not head.i < token.i or above.i == head.i or \
            above.pos_ not in {"VERB", "AUX"}:
        return head
    tense = "VBD" if token.tag_ == "VBN" and active_participle(token, lex) else token.tag_
    if tense not in {"VBD", "VBZ"} or above.tag_ != tense:
        return head
    if any(c.dep_ in _AUXILIARY_DEPS | _SUBJECT_DEPS for c in token.children):
        return head  # a clause of its own
    tensed = head.tag_ in _TENSED_TAGS or any(c.dep_ in _AUXILIARY_DEPS and (c.tag_ in _TENSED_TAGS or c.tag_ == "MD")
                                              for c in head.children)
    return head if tensed else above


def active_participle(token: Token, lex: CertaintyLexicon) -> bool:
    """Whether a participle takes an object a passive could not: a direct object, or the object of the preposition
    its verb selects ('called for a vote'; the passive strands it: 'a vote was called for')."""
    selected = lex.prepositional_verbs.get(lemma(token), ())
    return any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in selected and any(g.dep_ == "pobj" for g in c.children)
               for c in token.children)


def first_conjunct(token: Token, pos: set[str], same_word: bool = False) -> Token:
    """The first of the conjuncts of one part of speech that the token closes ('pay' for 'dismissal' in 'pay and the
    dismissal'; with `same_word`, only the word repeated: the first 'for' of 'for talks and for a truce'), or the
    token itself."""
    while token.dep_ == "conj" and token.head.i < token.i and token.head.pos_ in pos and (
            not same_word or token.head.lower_ == token.lower_):
        token = token.head
    return token


def prepositional_copula(copula: Token) -> bool:
    """'Agents of the ministry were behind the raid', 'the envoy was in the capital': a copula whose predicate is a
    prepositional phrase has no noun or adjective to rate, so the copula stands for the predication, and the clause
    is a claim. (UW train, first 2,500 sentences: 78 such copulas, none annotated, so the factuality scores do not
    see them; a copula with an adjective or noun for predicate is rated on that word as before.)"""
    return prepositional_copula_at(token_table(copula.doc), copula.i)


def prepositional_copula_at(table: TokenTable, i: int) -> bool:
    """`prepositional_copula` of the word at i, read from the token table (asked of every copula of a document)."""
    dep, kids = table.dep, table.children
    children = kids[i]
    # 'behind' with its object is sometimes parsed as an adverb: a preposition still, by its object
    return any(dep[c] in {"nsubj", "nsubjpass"} for c in children) and any(
        dep[c] == "prep" or dep[c] == "advmod" and any(dep[g] == "pobj" for g in kids[c]) for c in children) \
        and not any(dep[c] in {"acomp", "attr", "oprd", "xcomp", "ccomp", "expl"} for c in children)


def joined_by_semicolon(clause: Token, table: TokenTable | None = None) -> bool:
    """'X claimed that C; inspectors found no trace of it': a clause with a subject of its own that the parser hung
    on a predicate across a semicolon (as 'C, X said' hangs C on 'said') is a sentence of its own, not the
    predicate's complement or adjunct: a semicolon joins independent clauses (Quirk et al. 1985, Appendix III on
    punctuation), so neither clause's negation, modal or selecting verb reaches the other (PolNeAR train: 177 such
    clauses, 171 of them a ccomp before the verb after the semicolon). Conjuncts are left to the conjunct rule."""
    # asked of every clause the rules embed: the tests read the token table, and the edges are read last
    if table is None:
        table = token_table(clause.doc)
    i = clause.i
    head = table.head[i]
    if head == i or table.dep[i] in {"conj", "punct"} or table.pos[i] not in {"VERB", "AUX"}:
        return False
    if not any(table.dep[c] in _SUBJECT_DEPS for c in table.children[i]):
        return False
    between = range(clause.right_edge.i + 1, head) if i < head else range(head + 1, clause.left_edge.i)
    text = table.text
    return any(text[k] == ";" for k in between)


def is_event_predicate(token: Token, lex: CertaintyLexicon) -> bool:
    """Main verbs, and the nouns and adjectives that name events."""
    return is_event_predicate_at(token.doc, token.i, lex)


def is_event_predicate_at(doc: Doc, i: int, lex: CertaintyLexicon, table: TokenTable | None = None) -> bool:
    """`is_event_predicate` of the word at i, read from the token table (the document's, when the caller has it):
    a Token is built only for the tests that need one (every verb, noun and adjective of a document is asked)."""
    if table is None:
        table = token_table(doc)
    pos, dep, word_lemma = table.pos[i], table.dep[i], table.lemma[i]
    if pos == "VERB":
        if not table.alpha[i] and "-" in table.text[i]:
            return False  # the hyphen of "co-operate", which the tagger may take for a verb
        start, end = hyphenated_bounds(doc, i, table)
        if end - start > 1 and end - 1 != i:
            return False  # "co" in "co-operate": a hyphenated verb is rated once, on its last part
        if table.tag[i] == "VBG" and word_lemma in lex.location_participles and location_participle(table, i):
            return False  # "the army of neighbouring Delsia": where a place lies
        return dep not in _AUXILIARY_DEPS and dep != "prep"  # "according to" is a preposition
    if pos == "AUX":  # "have" and "do" as main verbs are sometimes tagged AUX
        if word_lemma == "be":
            return dep not in _AUXILIARY_DEPS and (prepositional_copula_at(table, i) or adjectival_copula(doc, i, lex, table)
                                                   or nominal_copula(doc, i, lex, table))
        return dep not in _AUXILIARY_DEPS and table.tag[i] != "MD"
    if pos == "NOUN":
        start, end = hyphenated_bounds(doc, i, table)
        if end - start > 1 and Span(doc, start, end).root.i != i:
            return False  # "pull" in "pull-out": the word is rated once, on its head
        # a plain word's closed-up form is "", which names no event: only a hyphenated head is written solid
        return (word_lemma in lex.event_nouns or table.lower[i] in lex.event_nouns or is_deverbal_at(table, i, lex)
                or end - start > 1 and closed_up_at(table, start, end) in lex.event_nouns
                or compound_event(word_lemma, lex))
    if pos == "ADJ":
        return (word_lemma in lex.event_adjectives or table.lower[i] in lex.event_adjectives
                or mistagged_verb_at(table, i))
    return False


# the relations of a word said of its subject or object, not used as a modifier: 'was unhurt', 'escaped unharmed',
# 'left the case unsolved'
_PREDICATIVE_DEPS = frozenset({"acomp", "oprd", "xcomp", "advcl", "ROOT", "conj"})


def denied_participle_at(table: TokenTable, i: int, lex: CertaintyLexicon) -> bool:
    """Whether the word at i is a participle with the negative prefix said of someone or something ('was unhurt',
    'escaped unharmed', 'went unreported'): a known verb's participle after the prefix, as an adjective or a
    participle in a predicative relation."""
    prefix = lex.denying_prefix
    word = table.lower[i]
    if not prefix or not word.startswith(prefix) or table.pos[i] not in {"ADJ", "VERB"} \
            or table.tag[i] not in {"JJ", "VBN"} or table.dep[i] not in _PREDICATIVE_DEPS:
        return False
    rest = word[len(prefix):]
    if rest in lex.irregular_participles:
        return True
    if len(rest) < 4 or not rest.endswith("ed"):
        return False
    return any(stem in lex.verbs for stem in ed_participle_stems(rest))


def ed_participle_stems(word: str) -> tuple[str, str, str]:
    """The verbs a participle in -ed may be of, the likeliest first: 'harmed' -> 'harm', 'injured' -> 'injure',
    'planned' -> 'plan'."""
    return word[:-2], word[:-1], word[:-3]


def location_participle(table: TokenTable, i: int) -> bool:
    """'neighbouring Delsia': the participle stands right before a name it takes or modifies, with no subject or
    auxiliary of its own."""
    if i + 1 >= len(table.pos) or table.pos[i + 1] != "PROPN":
        return False
    name = i + 1
    while table.dep[name] == "compound" and table.head[name] > name:
        name = table.head[name]  # 'neighbouring New Vell': the name's head
    if table.head[name] != i and table.head[i] != name:
        return False
    return not any(table.dep[c] in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in table.children[i])


def adjectival_copula(doc: Doc, i: int, lex: CertaintyLexicon, table: TokenTable | None = None) -> bool:
    """'The footage was fake', 'the talks were useful': a copula whose predicate is an adjective that names no event
    stands for the predication, as a prepositional copula does, so the clause is a claim. UW and MEANTIME score the
    tokens their annotators chose, which this does not change."""
    if table is None:
        table = token_table(doc)
    kids = table.children[i]
    adjectives = [c for c in kids if table.dep[c] == "acomp" and table.pos[c] == "ADJ"]
    # an adjective that names an event is rated itself; one that rates what it governs ('possible', 'likely to',
    # 'unclear whether') is a cue, not the claim's predicate
    cues = lex.copula_cues
    return bool(adjectives) and any(table.dep[c] in {"nsubj", "nsubjpass"} for c in kids) and not any(
        table.lemma[c] in cues or table.lower[c] in cues or any(
            table.dep[g] in {"ccomp", "xcomp"} for g in table.children[c]) for c in adjectives)


# the parts of speech of a predicate noun phrase's head: 'the victims were civilians', 'he is Ukraine's envoy', 'the
# toll was 40', 'the car was hers'
_NOMINAL = frozenset({"NOUN", "PROPN", "NUM", "PRON"})


def nominal_copula(doc: Doc, i: int, lex: CertaintyLexicon, table: TokenTable | None = None) -> bool:
    """'The victims were civilians', 'most of the dead were children', 'there were 40 people on board': a copula
    whose predicate is a noun phrase that names no event stands for the predication, as an adjectival or
    prepositional one does, so the clause is a claim (a predicate noun that names an event, 'it was an attack', is
    rated itself). UW train: of the 181 copulas with a subject and a predicate noun, the annotators rated the noun in
    30 (event nouns: 'a mistake', 'a crime') and the copula in none, so the factuality scores do not see these."""
    if table is None:
        table = token_table(doc)
    kids = table.children[i]
    nouns = [c for c in kids if table.dep[c] == "attr" and table.pos[c] in _NOMINAL]
    return bool(nouns) and any(table.dep[c] in {"nsubj", "nsubjpass", "expl"} for c in kids) and not any(
        is_event_predicate_at(doc, c, lex, table) for c in nouns)


# Combining forms that make an act of an act ("cyberattack", "counteroffensive"). English closed compounds are headed
# by their last part, so one of these before an event noun is that event, though no word list spells the compound:
# PolNeAR train has 13 such nouns outside WordNet's lists ("cyberattacks", "cybertheft", "counterterrorism",
# "counterproposal"). Forms that also make things ("air": "aircraft", "airspace") are left out.
COMBINING_FORMS = ("cyber", "counter")


def compound_event(word: str, lex: CertaintyLexicon) -> bool:
    """A noun written solid as a combining form and an event noun ("cyberattack", "counterproposal")."""
    for form in COMBINING_FORMS:
        rest = word[len(form):].lstrip("-")
        if word.startswith(form) and len(rest) >= 4 and rest in lex.event_nouns:
            return True
    return False


def mistagged_verb(token: Token) -> bool:
    """An "adjective" with an infinitive marker and a direct object is a verb the tagger missed ("to clear the
    town of gangs"): adjectives take neither."""
    return mistagged_verb_at(token_table(token.doc), token.i)


def mistagged_verb_at(table: TokenTable, i: int) -> bool:
    """`mistagged_verb` of the word at i, read from the token table."""
    dep, tag = table.dep, table.tag
    children = table.children[i]
    return (any(dep[c] == "aux" and tag[c] == "TO" for c in children)
            and any(dep[c] == "dobj" for c in children))


def is_noun_modifier(token: Token) -> bool:
    """An event noun modifying another noun ("the training programme"): it names a kind, not the clause's event."""
    return token.pos_ == "NOUN" and token.dep_ in {"compound", "nmod"} and token.head.pos_ in {"NOUN", "PROPN"}


def hyphenated_word(token: Token) -> Span:
    """The whole hyphenated word the token belongs to ("build-up", split by the tokenizer into three), else itself."""
    start, end = hyphenated_bounds(token.doc, token.i)
    return Span(token.doc, start, end)


def hyphenated_bounds(doc: Doc, i: int, table: TokenTable | None = None) -> tuple[int, int]:
    """[start, end) of the hyphenated word holding token i (i, i + 1 for a plain word), without building a Span."""
    if table is None:  # the words as read once: a Token a neighbour costs more than the test
        table = token_table(doc)
    text, space, alpha = table.text, table.whitespace, table.alpha
    start, end = i, i + 1
    while start >= 2 and text[start - 1] == "-" and not space[start - 2] and not space[start - 1] \
            and alpha[start - 2]:
        start -= 2
    while end + 1 < len(text) and text[end] == "-" and not space[end - 1] and not space[end] and alpha[end + 1]:
        end += 2
    return start, end


def closed_up(token: Token) -> str:
    """The hyphenated word headed by the token written solid, as the word lists spell it ("build-up" -> "buildup");
    "" for a plain word or a token inside someone else's word."""
    start, end = hyphenated_bounds(token.doc, token.i)
    if end - start == 1:
        return ""
    word = Span(token.doc, start, end)
    return closed_up_at(token_table(token.doc), start, end) if word.root.i == token.i else ""


def closed_up_at(table: TokenTable, start: int, end: int) -> str:
    """The hyphenated word at [start, end) written solid: its parts touch (hyphenated_bounds), so the word's text is
    their texts joined."""
    return "".join(table.text[start:end]).lower().replace("-", "")


def is_deverbal(token: Token, lex: CertaintyLexicon) -> bool:
    """A noun made from a known verb by -ing or -tion/-sion names its action ("the fighting", "an operation")."""
    return is_deverbal_at(token_table(token.doc), token.i, lex)


# particles a phrasal verb written as one noun ends in ("shutdown", "walkout", "standoff", "buildup", "takeover")
_PARTICLE_NOMINALS = ("down", "out", "off", "up", "over")


def is_deverbal_at(table: TokenTable, i: int, lex: CertaintyLexicon) -> bool:
    """`is_deverbal` of the word at i, read from the token table (asked of every noun no word list names)."""
    word, tag = table.lower[i], table.tag[i]
    if tag not in {"NN", "NNS"} or len(word) < 6:
        return False
    particle = next((p for p in _PARTICLE_NOMINALS if word.endswith(p) or word.endswith(p + "s")), None)
    if particle is not None:
        # a phrasal verb written solid ("shutdown", "blackout", "standoff", "takeover"): the verb and its particle's
        # act (Quirk et al. 1985 App. I.43, nouns from phrasal verbs). UW and MEANTIME train: 42 words of a known
        # verb + down/out/off/up/over, 25 rated as events ('takeover' 10 of 13, 'payout' 3 of 3, 'slowdown',
        # 'standoff'); 'turnover', 'layout', 'backup' are among the misses
        stem = word[:word.rindex(particle)]
        return len(stem) >= 3 and stem in lex.verbs
    if tag == "NN" and word.endswith("ing"):
        stem = word[:-3]
    elif word.endswith(("tion", "sion", "tions", "sions")):
        stem = word[:word.rindex("ion")]
    else:
        return False
    return any(form in lex.verbs for form in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else None))


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def combine(a: int, b: int) -> int:
    """Two factors on one event: the weaker commitment wins, and two negations cancel."""
    if a == 0 or b == 0:
        return 0
    magnitude = min(abs(a), abs(b))
    return magnitude if (a > 0) == (b > 0) else -magnitude


def chain(near: CertaintyRecord, far: CertaintyRecord) -> CertaintyRecord:
    """Combine a nearer factor with a farther one, keeping only the cues needed to explain the value."""
    value = combine(near.value, far.value)
    if value == near.value:
        return CertaintyRecord(value, list(near.cues))
    if value == far.value and value == 0:
        return CertaintyRecord(value, list(far.cues))
    return CertaintyRecord(value, list(near.cues) + [c for c in far.cues if c not in near.cues])


def phrasal_forms(verb: Token) -> list[str]:
    """'rule out', 'call off': the verb with its particle, as the selectors spell phrasal verbs."""
    return [f"{lemma(verb)} {c.lower_}" for c in verb.children if c.dep_ == "prt"]


def excessive_degree(infinitive: Token) -> Token | None:
    """The 'too' of 'too early to say', 'too soon to tell' (Quirk et al. 1985 §16.76: the infinitive after an
    excessive degree is not realised), or None."""
    if infinitive.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in infinitive.children):
        return None
    return next((c for c in infinitive.head.children if c.dep_ == "advmod" and c.lower_ == "too"), None)


class Assessor:
    """Works out the certainty of any token of one Doc; results are memoised along the dependency tree."""

    def __init__(self, doc: Doc, lex: CertaintyLexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.table = token_table(doc)  # the rules read the words from it many times a predicate: fetched once
        self._values: dict[int, CertaintyRecord] = {}
        self._contexts: dict[int, CertaintyRecord] = {}
        self._locals: dict[int, CertaintyRecord] = {}
        self._open: set[int] = set()
        self._scheduled: dict[int, Span] | None = None  # scheduled_times, read at the first present-tense verb
        self.opening_marked: dict[int, bool] = {}  # word -> an opening complementizer hangs on it (the model's features)
        self.governor_words: dict[tuple[int, int], tuple] = {}  # (word, level) -> its governor's feature names
        # the negations followed by 'a', 'one', 'single' ... ('not a single shot'): most documents have none, and an
        # argument's left edge (a Token) is read only to see whether it is one of them
        dep, lower = self.table.dep, self.table.lower
        self.not_a_single = frozenset(j for j in range(len(dep) - 1)
                                      if dep[j] == "neg" and lower[j + 1] in _NOT_A_SINGLE)

    # -- the two halves: what the predicate's own words say, and what its embedding does to it --------------------

    def assess(self, token: Token) -> CertaintyRecord:
        """The certainty of the event the token names, as its innermost source presents it."""
        if token.i not in self._values:
            if token.i in self._open:  # a malformed tree: stop rather than loop
                return CERTAIN
            self._open.add(token.i)
            own, context = self.local(token), self.context(token)
            self._values[token.i] = self.denied_modal(token, own, context) or chain(own, context)
            self._open.discard(token.i)
        return self._values[token.i]

    def denied_modal(self, token: Token, own: CertaintyRecord, context: CertaintyRecord) -> CertaintyRecord | None:
        """'denied that Vey would be freed' = 'Vey would not be freed': a denial of a clause whose only cue is its
        modal negates the modal, and takes the modal's negated value ('would not', 'could not': -3; 'may not': -1),
        not the weaker of the modal and the denial. None where that is not the case."""
        if context.value >= 0 or not (0 < own.value < 3) or len(own.cues) != 1 or token.dep_ != "ccomp":
            return None
        selected = self.selector(token.head)[0]
        if selected is None or not selected.denies or self.assess(token.head).value <= 0:
            return None
        cue = own.cues[0]
        modal = self.modal_at(cue.start) if len(cue) == 1 and cue.root.head.i == token.i else None
        if modal is None or modal.value != own.value or self.perfect_at(self.table.children[token.i], cue.start):
            return None  # a perfect ('could have fired') or a condition reads its own way
        return CertaintyRecord(modal.negated, sorted([cue, *context.cues], key=lambda s: s.start))

    def assess_at(self, i: int) -> CertaintyRecord:
        """`assess` of the word at i, with no Token made for a word already assessed."""
        record = self._values.get(i)
        return record if record is not None else self.assess(self.doc[i])

    def local(self, token: Token) -> CertaintyRecord:
        """Modal, negation and hedging adverbs attached to the predicate itself (or to its copula)."""
        # read once a word: the rules' reading of a predicate and the model's features both ask for it (records are
        # never changed in place; combining them makes new ones)
        record = self._locals.get(token.i)
        if record is None:
            record = self._locals[token.i] = self._local(token)
        return record

    def _local(self, token: Token) -> CertaintyRecord:
        # the parts of a hyphenated verb the parser split up ("would co-operate": 'would' may hang on 'co')
        doc = token.doc
        table = self.table
        if table.pos[token.i] == "VERB":
            start, end = hyphenated_bounds(doc, token.i, self.table)
            carriers = [j for j in range(start, end) if table.alpha[j]]
        else:
            carriers = [token.i]
        if table.dep[token.i] in {"acomp", "attr"} and table.lemma[table.head[token.i]] == "be":
            carriers.append(table.head[token.i])
        kids = table.children  # token.children, in the same order
        # the carriers' children as token indices: every test below reads the table, and a Token is never built
        children = [c for carrier in carriers for c in kids[carrier]]
        dep, lower = table.dep, table.lower
        modal = next((c for c in children if dep[c] in _AUXILIARY_DEPS and self.modal_at(c)), None)
        head = table.head[token.i]
        if modal is None and dep[token.i] == "xcomp" and table.tag[head] == "MD" and self.modal_at(head):
            # 'ought to have warned': the parser makes 'ought' the head and its verb an infinitive under it, but it
            # is the verb's modal all the same, and its negation ('ought not to') the verb's
            modal = head
            children = children + [c for c in kids[head] if dep[c] in {"neg"} | _AUXILIARY_DEPS]
        negation = self.negation_at(children)
        if negation is None:
            negation = self.correlative_at(token.i, children)
        value, cues = 3, []
        if modal is not None:
            entry = self.modal_at(modal)
            if entry.value != 3 and self.perfect_at(children, modal):
                entry = self.lex.deontic_perfect if lower[modal] in self.lex.deontic_modals else \
                    self.lex.counterfactual
            condition = self.condition_at(children)
            if condition is not None and self.lex.conditional.value < entry.value < 3:
                entry = self.lex.conditional
                cues.append(Span(doc, condition, condition + 1))
            elif condition is not None and lower[modal] in self.lex.conditional_future_modals:
                entry = self.lex.conditional_future
                cues.append(Span(doc, condition, condition + 1))
            value = entry.negated if negation is not None else entry.value
            if value != 3:
                cues.append(Span(doc, modal, modal + 1))
        elif negation is not None:
            value = -3
        epistemic = self.epistemic_condition_at(children) if modal is None else None
        if epistemic is not None:
            # "if its claims are true, Norland is violating the resolutions": told only as far as the report holds
            value = self.lex.conditional.negated if negation is not None else self.lex.conditional.value
            cues.append(Span(doc, epistemic, epistemic + 1))
        if negation is not None:
            cues.append(negation)
        for c in children:
            if dep[c] == "advmod" and lower[c] in self.lex.hedges:
                value = combine(value, self.lex.hedges[lower[c]])
                cues.append(Span(doc, c, c + 1))
            elif dep[c] == "amod" and table.pos[token.i] == "NOUN" and lower[c] in self.lex.hedge_adjectives:
                value = combine(value, self.lex.hedge_adjectives[lower[c]])
                cues.append(Span(doc, c, c + 1))
        if table.pos[token.i] == "NOUN":
            future = self.future_modifier_at(token.i)
            if future is not None:
                # "the upcoming vote", "next month's election": not yet held
                value = combine(value, self.lex.future_modifier_value)
                cues.append(future)
        elif modal is None and table.pos[token.i] == "VERB" and table.tag[token.i] in {"VBZ", "VBP"} and not any(
                dep[c] in _AUXILIARY_DEPS for c in children):
            planned = self.scheduled_times().get(token.i)
            if planned is not None:
                # "leaders meet at a summit next week", "whose mandate ends in June": the present of a timetable
                # tells what is scheduled, not yet done, probable as a stated future is. PolNeAR train, present
                # tense with no auxiliary: 10 of 10 with 'next' or 'tomorrow' ('holds its primary next week') and
                # 17 of 19 with a bare weekday off the day of publication ('holds its primary Tuesday') tell an act
                # ahead, the other two a photo caption and a historical 'says'. UW train holds no such verb and
                # MEANTIME train one (a 'when' clause under 'will', 3), so the value rests on UW's rating of planned
                # acts as probable and on the golds (2 of 2)
                value = combine(value, self.lex.future_modifier_value)
                cues.append(planned)
        return CertaintyRecord(value, sorted(cues, key=lambda s: s.start))

    def scheduled_times(self) -> dict[int, Span]:
        """Verb index -> the time that dates it and lies after publication, placed with no bound ('next week', 'in
        late June', 'as early as May'; not 'by Monday', a deadline, nor 'until June'), as the times component
        resolved it; read once a Doc. A point counted from another ('two days after the vote', modifier 'approx') is
        placed, not bounded, so it dates the act as a named one does."""
        if self._scheduled is None:
            published = timex.parse_published(self.doc._.cg_published) if self.doc.has_extension(
                "cg_published") else None
            times = (self.doc._.cg_times if self.doc.has_extension("cg_times") else None) or []
            self._scheduled = {}
            for mention in times:
                verb = dated_verb(mention.span)
                if verb is not None and mention.modifier not in timex.BOUNDS and \
                        timex.begins_after(mention.value, published):
                    self._scheduled.setdefault(verb.i, mention.span)
        return self._scheduled

    def future_modifier_at(self, i: int) -> Span | None:
        """The words that place the event noun at i in the future: an adjective of time ('the upcoming vote') or a
        possessive of a coming stretch of time ("next month's election"), or None."""
        table = self.table
        dep, lower, lex = table.dep, table.lower, self.lex
        for c in table.children[i]:
            if dep[c] == "amod" and lower[c] in lex.future_adjectives and c < i:
                return Span(self.doc, c, c + 1)
            if dep[c] == "poss" and c < i and table.lemma[c] in lex.future_time_nouns:
                coming = next((g for g in table.children[c] if dep[g] == "amod" and lower[g] in
                               lex.future_time_adjectives), None)
                if coming is not None:
                    end = c + 2 if c + 1 < i and table.tag[c + 1] == "POS" else c + 1
                    return Span(self.doc, coming, end)
        return None

    def condition_at(self, children: list[int]) -> int | None:
        """The complementizer of a conditional clause on the predicate ("if confirmed"), or the auxiliary of an
        inverted one ("had they known"), by token index."""
        table = self.table
        dep = table.dep
        for child in children:
            inverted = self.inverted_condition_at(child)
            if inverted is not None:
                return inverted
            if dep[child] == "advcl":
                mark = next((m for m in table.children[child] if dep[m] == "mark"), None)
                if mark is not None and table.lower[mark] in self.lex.conditional_complementizers:
                    return mark
        return None

    def epistemic_condition_at(self, children: list[int]) -> int | None:
        """The 'if' of a condition on the truth of a report among the predicate's children ('if the agency's account
        is accurate', 'if its claims are true', 'if confirmed'), by token index, or None: the clause's own word, or its
        copula's adjective or participle, is one of the epistemic condition words."""
        table = self.table
        dep, kids, words = table.dep, table.children, self.lex.epistemic_conditions
        for child in children:
            if dep[child] != "advcl":
                continue
            mark = next((m for m in kids[child] if dep[m] == "mark" and table.lower[m] == "if"), None)
            if mark is None:
                continue
            heads = [child] + [c for c in kids[child] if dep[c] in {"acomp", "attr", "oprd", "xcomp"}]
            if any(table.lemma[h] in words or table.lower[h] in words for h in heads):
                return mark
        return None

    def inverted_condition_at(self, i: int) -> int | None:
        """The auxiliary opening a condition made by inversion rather than 'if' ("Had the army withdrawn, ...",
        "Should they choose to sell, ...", Quirk et al. 1985 §15.36), by token index, or None. The clause comes before
        the clause it conditions, its auxiliary first and before its subject, a comma after it; the parser hangs it
        as an adverbial or a complement clause. PolNeAR train: 3 such conditions, UW train 1 ('Had the relatives
        allowed ...': allowed -0.4)."""
        table = self.table
        dep, lower, kids = table.dep, table.lower, table.children
        head = table.head[i]
        if dep[i] not in {"advcl", "ccomp"} or head <= i:
            return None
        aux = next((c for c in kids[i] if dep[c] in _AUXILIARY_DEPS), None)
        if aux is None or lower[aux] not in _INVERTING_AUXILIARIES or aux >= i:
            return None
        start = table.sentence(i)[0]
        if any(table.pos[k] != "PUNCT" for k in range(start, aux)):
            return None  # 'the troops had withdrawn, they said': not first in its sentence, no inversion
        subject = next((c for c in kids[i] if dep[c] in _SUBJECT_DEPS), None)
        if subject is None or subject < aux:
            return None
        right = max(k for k in [i, *kids[i]])
        if not any(table.text[k] == "," for k in range(i, head)) or right >= head:
            return None
        return aux

    def perfect_at(self, children: list[int], modal: int) -> bool:
        """A modal followed by the perfect "have" ("would have", "should've"), by token index."""
        table = self.table
        return any(table.dep[c] == "aux" and table.lemma[c] == "have" and c > modal for c in children)

    def context(self, token: Token) -> CertaintyRecord:
        """What the construction embedding the predicate does to it."""
        if token.i not in self._contexts:
            found = self._context(token)
            if found.value == 3 and not found.cues and self.table.pos[token.i] == "NOUN":
                found = self.scheduled(token) or self.called_off(token) or found
            if found.value > 0 and self.table.pos[token.i] == "NOUN" and self.local(token).value > 0:
                free = self.free_choice_at(token.i)
                if free is not None:
                    # "would answer any expulsion of its diplomats", "condemns any attack": outside a negation's
                    # scope 'any' picks no event out, whichever one may come (free choice, Quirk et al. 1985 §6.60;
                    # FactBank §2 Uu); under one it stays the negation's (Ladusaw 1979)
                    found = CertaintyRecord(self.lex.free_choice_value,
                                            sorted([free, *found.cues], key=lambda s: s.start))
            alternative = self.alternative(token.i)
            if alternative is not None:
                # "Either the test failed, or we were shown the wrong site": each alternative is possible, as far
                # as the clause holding them is told
                found = chain(CertaintyRecord(self.lex.alternative_value, [alternative]), found)
            self._contexts[token.i] = found
        return self._contexts[token.i]

    def free_choice_at(self, i: int) -> Span | None:
        """The determiner 'any' of the event noun at i ('any expulsion', 'any attempt'), or None."""
        table = self.table
        if self.lex.free_choice_value is None:
            return None
        det = next((c for c in table.children[i] if table.dep[c] == "det" and table.lower[c] == "any" and c < i), None)
        if det is None:
            return None
        # 'will never again become victims of any aggression': a negation on the clause the noun stands in (past
        # nouns and prepositions) takes 'any' into its scope, though the noun's own context is a noun's modifier
        j = i
        while table.head[j] != j and table.pos[j] not in {"VERB", "AUX", "ADJ"}:
            j = table.head[j]
            if table.lower[j] in self.lex.negative_prepositions:
                return None
        if table.pos[j] in {"VERB", "AUX", "ADJ"} and self.local(self.doc[j]).value < 0:
            return None
        return Span(self.doc, det, det + 1)

    def alternative(self, i: int) -> Span | None:
        """The word that offers the clause at i as one of two alternatives ('Either C1, or C2': 'either' on the first,
        'or' on the second), or None; not the 'either' of a noun phrase ('either side') or a clause without 'or'.
        Predicates of one subject are alternatives too ('to either hold on tight or get out'), unless that subject
        is distributive: 'every stock either lost ground or remained even' makes both true of some stocks (MEANTIME
        dev rates both 3)."""
        table = self.table
        if self.lex.alternative_value is None or table.pos[i] not in {"VERB", "AUX"}:
            return None
        dep, kids, lower = table.dep, table.children, table.lower
        if dep[i] == "conj":
            first = table.head[i]
            if self.either_on(first) is None or self.distributed(first, i):
                return None
            # the conjunction that joins this clause is the last one before it ('either A or B, and C': C is no
            # alternative)
            joiner = max((c for c in kids[first] if dep[c] == "cc" and first < c < i), default=None)
            return None if joiner is None or lower[joiner] != "or" else Span(self.doc, joiner, joiner + 1)
        either = self.either_on(i)
        if either is None:
            return None
        joined = any(dep[c] == "conj" and table.pos[c] in {"VERB", "AUX"} and lower[max(
            (k for k in kids[i] if dep[k] == "cc" and i < k < c), default=i)] == "or"
            and not self.distributed(i, c) for c in kids[i])
        return Span(self.doc, either, either + 1) if joined else None

    def distributed(self, first: int, second: int) -> bool:
        """Whether two predicates joined by 'or' share one subject that a distributive word quantifies ('every
        stock', 'each of them', 'all stocks'), so that each may be true of some of its members."""
        table = self.table
        dep, kids, lower = table.dep, table.children, table.lower
        if any(dep[k] in _SUBJECT_DEPS for k in kids[second]):
            return False
        subject = next((k for k in kids[first] if dep[k] in _SUBJECT_DEPS), None)
        if subject is None:
            return False
        return lower[subject] in _DISTRIBUTIVE or lower[subject] in {"everyone", "everybody"} or any(
            dep[k] in {"det", "predet"} and lower[k] in _DISTRIBUTIVE for k in kids[subject])

    def either_on(self, i: int) -> int | None:
        """The 'either' before a verb that opens its clause as the first of two alternatives, hung on the verb or
        on its subject when that subject is no pair of its own ('either the army or the police'), or None."""
        table = self.table
        dep, kids, lower = table.dep, table.children, table.lower
        for c in kids[i]:
            if lower[c] == "either" and c < i and dep[c] in {"preconj", "advmod", "cc"}:
                return c
            if dep[c] in _SUBJECT_DEPS and not any(dep[k] == "conj" for k in kids[c]):
                either = next((k for k in kids[c] if lower[k] == "either" and dep[k] == "preconj"), None)
                if either is not None:
                    return either
        return None

    def scheduled(self, noun: Token) -> CertaintyRecord | None:
        """'a rally scheduled for May', 'the summit, planned for June': an event noun a participle of planning
        describes is planned, not told as done (PolNeAR train: 7 such participles after an event noun, 'rally
        scheduled for', 'meeting scheduled for', 'conference scheduled for')."""
        table = self.table
        for c in table.children[noun.i]:
            if table.dep[c] == "acl" and table.tag[c] == "VBN":
                selected, cue = self.selector(self.doc[c])
                if selected is not None and selected.schedules:
                    return CertaintyRecord(selected.positive, [self.selector_words(cue)])
        return None

    def called_off(self, noun: Token) -> CertaintyRecord | None:
        """'the cancelled summit', 'a vote postponed until May', 'the now-delayed launch': an event noun a participle
        of calling off or putting off describes did not take place (when it was to), as the object of the verb does
        ('cancelled the summit'); the participle may close a hyphenated adjective the tagger left whole."""
        table = self.table
        selectors = self.lex.selectors
        for c in table.children[noun.i]:
            if table.dep[c] not in {"amod", "acl"} or table.tag[c] not in {"VBN", "JJ"}:
                continue
            word = table.lower[c].rsplit("-", 1)[-1]
            if not word.endswith("ed"):
                continue
            # the verb of the participle: 'delayed' -> 'delay', 'postponed' -> 'postpone', 'cancelled' -> 'cancel'
            stems = (table.lemma[c], *ed_participle_stems(word))
            selected = next((selectors[stem] for stem in stems if stem in selectors), None)
            if selected is not None and selected.objects and selected.positive < 0:
                return CertaintyRecord(selected.positive, [Span(self.doc, c, c + 1)])
        return None

    def _context(self, token: Token) -> CertaintyRecord:
        # the relation and the head read from the token table: the head's Token is built only past the tests that
        # return without it
        table = self.table
        i = token.i
        h, dep = table.head[i], table.dep[i]
        if h == i:
            return self.sentence_mood(token)
        if dep == "conj":
            return self.conjunct(token)
        if joined_by_semicolon(token, table):
            return self.sentence_mood(token)  # a sentence of its own: nothing of the other clause reaches it
        speaker_act = self.speakers_participle(token)
        if speaker_act is not None:
            return self.assess_at(speaker_act)
        reporter = self.reported_past_grounds(token)
        if reporter is None:
            reporter = self.content_after_duration(token)
        if reporter is not None:
            return self.complement(token, reporter)
        head = self.doc[h]
        if dep in {"pobj", "pcomp"} and table.dep[h] == "prep" and table.lower[h] in self.lex.negative_prepositions \
                and is_event_predicate_at(self.doc, i, self.lex, table):
            return self.prepositional(token)  # "without the approval": the article does not make the event a fact
        unattested = self.unattested(token)
        if unattested is not None:
            return unattested
        copula = self.modal_copula(token)
        if copula is not None:
            return self.assess(copula)
        hindered = self.hindered(token)
        if hindered is not None:
            return hindered
        if dep == "relcl" and content_clause(token):
            return self.complement(token, head)
        shown = self.shown_participle(token)
        if shown is not None:
            return shown
        predicated = self.predicated_infinitive(token)
        if predicated is not None:
            return self.assess(predicated)
        occurring = occurrence_verb(table, i, self.lex)
        if occurring is not None:
            # "more tests would follow", "the vote will take place": what comes about is as certain as its coming
            # about (a definite subject too: 'the ceremony will take place' has not yet), not a given; a negation on
            # the subject itself ('no talks took place') is counted on the noun. So is an event whose relative clause
            # tells its coming about ('a massacre that never happened': -3), whose negation is the clause's own
            coming = self.assess_at(occurring)
            if occurring == h and coming.value < 0 and coming.cues and all(
                    token.left_edge.i <= cue.start and cue.end <= token.right_edge.i + 1 for cue in coming.cues):
                return self.context(head)
            return coming
        pending = self.pending_point(token)
        if pending is not None:
            return pending
        if dep in _PRESUPPOSED_DEPS or self.presupposed(token):
            return CERTAIN
        inverted = self.inverted_condition_at(i)
        if inverted is not None and "if" in self.lex.open_complementizers:
            # "Had the cracks gone unnoticed, ...": a condition without 'if', as open as one with it
            return CertaintyRecord(self.lex.open_complementizers["if"], [Span(self.doc, inverted, inverted + 1)])
        marked = next((c for c in table.children[token.i] if table.dep[c] == "mark"), None)
        mark = None if marked is None else self.doc[marked]
        if mark is not None and mark.lower_ in self.lex.open_complementizers:
            value = self.lex.open_complementizers[mark.lower_]
            if dep == "advcl" and mark.lower_ in self.lex.conditional_complementizers:
                return CertaintyRecord(value, [self.span(mark)])  # a condition: 'unless' alone leaves it open
            return CertaintyRecord(value, self.open_cues(token, mark))
        if dep == "ccomp" and token.left_edge.lower_ == "why" and token.left_edge.i < token.i:
            # a why-question asks for the reason of what it presupposes ('asked them to explain why they had not
            # been warned', 'unclear why the plane exploded'): its clause is rated as fact, whatever rates the
            # question (Karttunen 1977; UW train: the one embedded 'why' clause's target 'exploded' is rated 3.0)
            return CERTAIN
        if dep == "ccomp" or (dep == "advcl" and (self.reports_or_asks(head) or self.open_copula(head))):
            if self.presupposed_by_question(token):
                return CERTAIN
            wh = self.open_wh_word(token)
            if wh is not None:
                return CertaintyRecord(0, self.open_cues(token, wh))
        if dep == "nsubjpass":
            selected = self.selector(head)[0] or Selector(3, 3)
            if selected.objects or (selected.schedules or selected.deliberates) and table.pos[i] == "NOUN":
                # "the vote was cancelled": the passive's object, as in the active; "the talks were planned for
                # April": a planned event, whatever the tense of its planning
                return self.complement(token, head)
        if dep == "xcomp" and table.lemma[h] == "be" and table.pos[i] == "VERB":
            to = next((c for c in table.children[i] if table.dep[c] == "aux" and table.tag[c] == "TO"), None)
            if to is not None:
                # "X is to receive 40 tanks" (an arrangement, Quirk et al. 1985 §4.45 'be to'), "the goal is to
                # reunite them" (an aim): not told as done (UW train: 11 targets after 'is/are/was to', mean 1.8;
                # MEANTIME train 'were to take delivery' 3.0)
                return chain(CertaintyRecord(self.lex.purpose_value, [Span(self.doc, h, h + 1), self.span(self.doc[to])]),
                             self.context(head))
        if dep == "compound" and table.pos[h] == "NOUN" and self.selector(head)[0] is not None:
            # "a strike threat", "the invasion plans": the act a noun of threat or plan names by its modifier is
            # threatened or planned, as in "the threat of a strike"
            return self.complement(token, head)
        if dep in _SUBJECT_DEPS:
            passive = self.raised_passive(token)
            if passive is not None:
                # "asset freezes are likely to be discussed", "the vote is expected to be cancelled": the subject
                # raised out of a passive infinitive is that passive's subject, and what it selects
                return self.complement(token, passive)
            rated = self.predicated_likelihood(token, head)
            return rated if rated is not None else self.context(head)
        if dep == "advcl":
            if mark is not None and mark.lower_ in self.lex.factive_complementizers:
                # "denied that it had flown drones since the talks began": the talks began all the same
                return CERTAIN
            if mark is not None and mark.lower_ in self.lex.pending_prepositions and \
                    mark.lower_ not in self.lex.pending_complementizers and self.ahead(head):
                # "will hand over the site before the inspectors arrive": a point still to come, as 'until' tells one
                return chain(CertaintyRecord(self.lex.pending_prepositions[mark.lower_], [self.span(mark)]),
                             self.context(self.finite_clause(head)))
            if mark is not None and mark.lower_ in self.lex.pending_complementizers and self.not_done(head):
                # "must not be reopened until it is inspected": the inspection is a point still to come
                return chain(CertaintyRecord(self.lex.pending_complementizers[mark.lower_], [self.span(mark)]),
                             self.context(head))
            return self.adverbial(token)
        if dep in {"pobj", "pcomp"} and first_conjunct(head, {"ADP"}, same_word=True).dep_ in {"prep", "agent"}:
            return self.prepositional(token)
        if dep in _COMPLEMENT_DEPS:
            return self.complement(token, head)
        return self.context(head) if head.pos_ in {"VERB", "AUX", "ADJ"} else CERTAIN

    def raised_passive(self, token: Token) -> Token | None:
        """The passive infinitive whose subject a noun is, raised to the subject of the verb or adjective above it
        ('freezes are likely to be discussed', 'the vote is expected to be cancelled'), when that passive selects the
        event its object names (a verb of calling off or of deliberation, or one that schedules); None elsewhere."""
        table = self.table
        i = token.i
        if table.pos[i] != "NOUN":
            return None
        head = table.head[i]
        dep, kids = table.dep, table.children
        places = [head] + [c for c in kids[head] if dep[c] in {"acomp", "oprd"}]
        for place in places:
            for verb in kids[place]:
                if dep[verb] != "xcomp" or table.tag[verb] != "VBN" or not any(
                        dep[c] == "auxpass" for c in kids[verb]) or any(dep[c] in _SUBJECT_DEPS for c in kids[verb]):
                    continue
                selected = self.selector(self.doc[verb])[0]
                if selected is not None and (selected.objects or selected.schedules or selected.deliberates):
                    return self.doc[verb]
        return None

    def predicated_infinitive(self, token: Token) -> Token | None:
        """'Ostrel might be the first envoy to be expelled', 'there might be hay to be made': an infinitival relative
        on a copula's predicate noun is part of what the copula predicates, not a description taken as given, and
        shares the copula's reading (its modal, negation or condition), as modal_copula does for a participle.
        Returns the copula, or None."""
        table = self.table
        i = token.i
        if table.dep[i] != "relcl" or not any(table.dep[c] in _AUXILIARY_DEPS and table.tag[c] == "TO"
                                               for c in table.children[i]):
            return None
        noun = table.head[i]
        copula = table.head[noun]
        if table.dep[noun] != "attr" or table.lemma[copula] != "be" or copula == noun:
            return None
        return self.doc[copula]

    def hindered(self, token: Token) -> CertaintyRecord | None:
        """'It was difficult for the firm to meet demand', 'these claims are hard to evaluate', 'made it impossible
        for them to enter': the to-infinitive of an adjective of difficulty, hung on the adjective or, extraposed, on
        its copula, takes the adjective's value (difficulty_adjectives), then whatever rates the adjective. None where
        the construction does not apply."""
        table = self.table
        i = token.i
        if table.dep[i] not in {"xcomp", "advcl", "ccomp"} or not any(
                table.dep[c] == "aux" and table.tag[c] == "TO" for c in table.children[i]):
            return None
        difficulty = self.lex.difficulty_adjectives
        h = table.head[i]
        # 'made abortions harder to obtain': the tagger may take the comparative for an adverb, which then heads a
        # small clause of its own (a subject, or the complement of 'make')
        if table.pos[h] == "ADJ" or table.pos[h] == "ADV" and (table.dep[h] in {"acomp", "ccomp", "oprd"} or any(
                table.dep[c] == "nsubj" for c in table.children[h])):
            adjectives = [h]
        elif table.lemma[h] == "be":
            adjectives = [c for c in table.children[h] if table.dep[c] == "acomp" and table.pos[c] == "ADJ"]
        else:
            return None
        adjective = next((a for a in adjectives if table.lemma[a] in difficulty or table.lower[a] in difficulty), None)
        if adjective is None:
            return None
        entry = difficulty.get(table.lemma[adjective]) or difficulty[table.lower[adjective]]
        word = Span(self.doc, adjective, adjective + 1)
        governing = self.assess_at(adjective)
        if governing.value == 0:
            return CertaintyRecord(0, sorted(governing.cues + [word], key=lambda s: s.start))
        value = entry.value if governing.value > 0 else entry.negated
        cues = [word] if governing.value > 0 else sorted(governing.cues + [word], key=lambda s: s.start)
        return chain(CertaintyRecord(value, cues), CertaintyRecord(abs(governing.value), governing.cues))

    def pending_point(self, token: Token) -> CertaintyRecord | None:
        """'urged them not to comment before the trial', 'will stay until the election': an event noun after 'before',
        'until' or 'till' on a clause still ahead (`ahead`) is a point still to come, probable as the clause of
        'until' is, whether or not the main clause's act is done; None elsewhere."""
        table = self.table
        i = token.i
        if table.pos[i] != "NOUN" or table.dep[i] != "pobj" or not self.lex.pending_prepositions:
            return None
        prep = table.head[i]
        word = table.lower[prep]
        if table.dep[prep] != "prep" or word not in self.lex.pending_prepositions:
            return None
        verb = table.head[prep]
        if verb == prep or table.pos[verb] not in {"VERB", "AUX"} or not self.ahead(self.doc[verb]):
            return None
        return chain(CertaintyRecord(self.lex.pending_prepositions[word], [Span(self.doc, prep, prep + 1)]),
                     self.context(self.finite_clause(self.doc[verb])))

    def ahead(self, clause: Token) -> bool:
        """Whether a main clause tells what is still to come: not told as done (`not_done`) and no past negated
        ('did not leave before the talks ended': the talks ended; Heinämäki 1974 on 'before')."""
        table = self.table
        if table.dep[clause.i] == "xcomp" and table.tag[clause.i] == "VB":
            # an infinitive is ahead where it is not told as done: asked for ('urged them not to comment'), not
            # begun ('were beginning to gather before the ruling was issued')
            return self.assess(clause).value < 3
        if not self.not_done(clause):
            return False
        return table.tag[clause.i] != "VBD" and not any(
            table.dep[c] in _AUXILIARY_DEPS and table.tag[c] == "VBD" for c in table.children[clause.i])

    def finite_clause(self, verb: Token) -> Token:
        """The clause an infinitive belongs to ('urged them not to comment': 'urged'), whose context a point of
        time after the infinitive shares: the point comes whether or not the act asked for is done."""
        while verb.dep_ == "xcomp" and verb.head.i != verb.i:
            verb = verb.head
        return verb

    def not_done(self, clause: Token) -> bool:
        """Whether a main clause is not told as done: a modal, a negation or a hedge on it, or a verb neither past
        nor perfect ('will remain', 'remains', 'must not be reopened')."""
        if self.local(clause).value < 3:
            return True
        table = self.table
        if table.tag[clause.i] in {"VBD"} or any(table.lemma[c] == "have" and table.dep[c] == "aux"
                                                  for c in table.children[clause.i]):
            return False
        if table.tag[clause.i] == "VBN":
            # a passive: its tense is on the auxiliary ('was reopened' past, 'is reopened' present)
            return not any(table.dep[c] == "auxpass" and table.tag[c] == "VBD" for c in table.children[clause.i])
        return table.pos[clause.i] in {"VERB", "AUX"}

    def reported_past_grounds(self, clause: Token) -> Token | None:
        """'claimed without evidence that the ballots were forged', 'said without providing proof that C': the parser
        hangs C on the noun of grounds, but a verb of saying with no clause of its own reports C, and the phrase is
        the outlet's remark on the report (an 'unsupported' marker), not a noun whose content is left open. Returns
        that verb, or None."""
        table = self.table
        if table.dep[clause.i] not in {"acl", "ccomp", "relcl"} or not any(
                table.dep[c] == "mark" and table.lower[c] == "that" for c in table.children[clause.i]):
            return None
        noun = clause.head
        if lemma(noun) not in self.lex.grounds.nouns:
            return None
        prep = noun.head
        if noun.dep_ == "dobj" and prep.dep_ == "pcomp" and lemma(prep) in self.lex.grounds.verbs:
            prep = prep.head
        elif noun.dep_ != "pobj":
            return None
        if prep.dep_ != "prep" or prep.lower_ not in self.lex.grounds.prepositions:
            return None
        verb = prep.head
        if not self.reports_or_asks(verb) or any(c.dep_ == "ccomp" for c in verb.children):
            return None
        return verb

    def content_after_duration(self, clause: Token) -> Token | None:
        """'has warned for months that ships were crossing the border', 'argued for years that the dam leaked': the
        parser hangs the 'that' clause after a span of time on the time's noun, as if it described the months; it is
        what the verb says, over that time. The verb, or None."""
        table = self.table
        i = clause.i
        if table.dep[i] not in {"acl", "relcl"} or table.pos[i] not in {"VERB", "AUX"} or not any(
                table.dep[c] == "mark" and table.lower[c] == "that" for c in table.children[i]):
            return None
        noun = table.head[i]
        if table.ent_type[noun] != "DATE" or table.dep[noun] != "pobj" or noun > i:
            return None
        prep = table.head[noun]
        verb = table.head[prep]
        if table.dep[prep] != "prep" or table.pos[verb] != "VERB" or any(
                table.dep[c] == "ccomp" for c in table.children[verb]):
            return None
        return self.doc[verb]

    def unattested(self, event: Token) -> CertaintyRecord | None:
        """'found no evidence of such use', 'no sign of a withdrawal', 'did not see any trace of fighting': an event
        named by the object of 'of' on a negated shell noun is left open, as the noun's content clause is ('no
        evidence that C'): the words deny the grounds, not the event (UW train: 'no hint of trouble' -0.4, 'no
        indication of how the disputes could be resolved' 0.0, 'any evidence linking' under 'can not confirm' 0.0).
        None where the construction does not apply."""
        table = self.table
        if table.dep[event.i] not in {"pobj", "pcomp"}:  # asked of every predicate: its head is built only past this
            return None
        prep = event.head
        if prep.dep_ != "prep" or prep.lower_ != "of":
            return None
        noun = prep.head
        if noun.pos_ != "NOUN" or lemma(noun) not in _SHELL_NOUNS or not is_event_predicate(event, self.lex):
            return None
        grounds = self.assess(noun)
        if grounds.value > 0:
            return None
        cues = sorted(grounds.cues + [self.doc[noun.i:prep.i + 1]], key=lambda s: s.start)
        if grounds.value < 0 and self.searched_in_vain(noun):
            # "the lab found no sign of editing": the search tells the act as not having taken place
            return CertaintyRecord(self.lex.search_of_value, cues)
        return CertaintyRecord(0, cues)

    def put_off_by_noun(self, token: Token) -> bool:
        """Whether a noun is the object, through a preposition, of a noun that selects the event its object names as
        a verb of calling off or putting off does ('another delay in Elian's return', 'the delay of the vote')."""
        table = self.table
        prep = table.head[token.i]
        noun = table.head[prep]
        if table.dep[prep] != "prep" or table.pos[noun] != "NOUN" or noun == prep:
            return False
        selector = self.selector(self.doc[noun])[0]
        return selector is not None and selector.objects and selector.positive < 0

    def sought(self, token: Token) -> bool:
        """Whether a word is the object of 'for' on a verb of seeking ('pushed for the boy's return', 'prayed for a
        resolution', 'called for the replacement of the troops')."""
        table = self.table
        i = token.i
        if table.dep[i] not in {"pobj", "pcomp"}:
            return False
        prep = table.head[i]
        verb = table.head[prep]
        # the phrase after its verb ('For an indication of it, one need look no farther' seeks nothing)
        return table.lower[prep] == "for" and table.dep[prep] == "prep" and verb < prep and \
            table.lemma[verb] in self.lex.seeking_for_verbs and table.pos[verb] == "VERB"

    def searched_in_vain(self, noun: Token) -> bool:
        """Whether a negated shell noun is what a verb of searching or finding, itself told as done, found none of
        ('found no sign of', 'had seen no evidence that', 'did not detect any trace of')."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.i > noun.i or lemma(verb) not in self.lex.search_verbs:
            return False
        return self.context(verb).value > 0

    def predicated_likelihood(self, event: Token, copula: Token) -> CertaintyRecord | None:
        """'Further strikes are possible', 'a ceasefire is likely within days': a noun event whose likelihood a
        copula predicates takes the adjective's value (FactBank §3: PS+/PR+ predicates, here of their subject), or
        its negated value ('is not likely'); None when the adjective scopes over a clause of its own ('is likely
        to fall') or is no such predicate. A linking verb stands for the copula ('a bidding war seems unlikely'), the
        adjective rating the event as it rates a clause after it ('it seems unlikely that C')."""
        if event.pos_ != "NOUN":
            return None
        linking = self.lex.selectors.get(lemma(copula))
        if lemma(copula) != "be" and (linking is None or not linking.linking):
            return None
        adjective = next((c for c in copula.children if c.dep_ in {"acomp", "oprd"} and c.pos_ == "ADJ"), None)
        if adjective is None or any(c.dep_ in {"xcomp", "ccomp"} for c in adjective.children):
            return None
        selector = self.lex.selectors.get(lemma(adjective))
        if selector is None or abs(selector.positive) == 3:
            return None
        governing = self.assess(copula)
        value = selector.positive if governing.value > 0 else selector.negated
        cues = ([] if governing.value > 0 else governing.cues) + [self.span(adjective)]
        return chain(CertaintyRecord(value, sorted(cues, key=lambda s: s.start)),
                     CertaintyRecord(abs(governing.value), governing.cues))

    def modal_copula(self, token: Token) -> Token | None:
        """'The findings would be the first case of a firm evading the sanctions': a participle inside what a modal
        copula predicates is no established fact but part of the predication, and shares its modality (FactBank §2:
        events in the scope of a modal take its value); returns that copula, or None."""
        if token.dep_ != "acl" or token.tag_ not in {"VBN", "VBG"}:
            return None
        node = token.head
        for _ in range(6):
            if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
                return None
            if node.dep_ in {"attr", "acomp"} and lemma(node.head) == "be":
                copula = node.head
                modal = next((c for c in copula.children if c.dep_ in _AUXILIARY_DEPS and self.modal(c)), None)
                return copula if modal is not None and self.modal(modal).value != 3 else None
            node = node.head
        return None

    def shown_participle(self, token: Token) -> CertaintyRecord | None:
        """'Footage appears to show soldiers firing at the crowd': a participle on the object of a verb of showing
        tells, with its object, the scene shown (a small clause, Quirk et al. 1985 §16.52), not a description taken as
        given; it takes what the showing gives its object, the hedge of 'appears' or the denial of 'did not show'
        included. None where the construction does not apply."""
        table = self.table
        i = token.i
        if table.dep[i] != "acl" or table.tag[i] not in {"VBG", "VBN"} or any(
                table.dep[c] in {"mark", "aux"} for c in table.children[i]):
            return None
        noun = table.head[i]
        if table.dep[noun] != "dobj" or noun > i or table.lemma[table.head[noun]] not in self.lex.depiction_verbs:
            return None
        return self.complement(self.doc[noun], self.doc[table.head[noun]])

    def shown_scene(self, noun: Token) -> bool:
        """Whether a noun is what a verb of showing shows ('the footage appears to show the airstrike'): its object,
        which a definite article does not make a given (the article picks out the scene, the showing vouches for it
        as far as it goes, hedged or denied with it)."""
        return noun.dep_ == "dobj" and noun.head.i < noun.i and lemma(noun.head) in self.lex.depiction_verbs

    def presupposed(self, token: Token) -> bool:
        """Definite event nouns ("the death of ...") and participles modifying a noun refer to what took place,
        unless a verb of prevention has the noun for its object ("blocked the merger": it did not take place)."""
        table = self.table
        dep, i = table.dep, token.i
        if table.pos[i] == "NOUN":
            if self.shown_scene(token):
                return False  # "appears to show the airstrike": the scene shown, hedged with the showing
            if dep[i] in {"dobj", "nsubjpass"}:  # "blocked the merger", "the flight was cancelled"
                selector = self.selector(token.head)[0]
                if selector is not None and (selector.objects or selector.schedules and dep[i] == "nsubjpass"):
                    return False  # "the talks were planned for April": planned, not yet taken place
                if dep[i] == "dobj" and table.lemma[table.head[i]] in self.lex.asking_verbs:
                    return False  # "demands the release of its fighters": what is asked for
            if self.caused(token):
                return False  # "could lead to the expulsion of its diplomats": as far as it is brought about
            if self.sought(token):
                return False  # "pushed for the boy's return": what is sought
            if dep[i] == "pobj" and self.put_off_by_noun(token):
                return False  # "another delay in Elian's return": put off, as the object of 'delayed'
            return any(dep[c] == "poss" or (dep[c] == "det" and table.lower[c] in _DEFINITE_DETERMINERS)
                       for c in table.children[i])
        if dep[i] == "acl" and table.tag[i] in {"VBN", "VBG", "VBD"}:
            if table.tag[i] != "VBG" and self.causative_object(table.head[i]):
                return False  # 'need to have a hair taken': what one has done, no participle of a noun
            # the tagger now and then takes a reduced relative's participle for a past tense ('a ceasefire agreed in
            # March'); with no subject or complementizer of its own, nor one between it and its noun, it is the
            # participle all the same
            if table.tag[i] == "VBD" and self.clause_opened_before(i):
                return False
            return not any(dep[c] in {"mark", "aux", "nsubj"} for c in table.children[i])
        return False

    def caused(self, noun: Token) -> bool:
        """Whether an event noun is what a verb of causing, starting, carrying out or achieving brings about: its
        object ('may trigger the collapse of the talks', 'will begin joint patrols', 'won the release of') or the object
        of the preposition it takes ('could lead to the expulsion', 'may result in the death of')."""
        table = self.table
        i = noun.i
        if table.dep[i] == "dobj":
            return causing_verb(table, i, self.lex) is not None
        if table.dep[i] == "pobj" and table.dep[table.head[i]] == "prep":
            prep = table.head[i]
            verb = table.head[prep]
            return table.pos[verb] == "VERB" and self.lex.causing_prepositions.get(table.lemma[verb]) == table.lower[prep]
        return False

    def clause_opened_before(self, verb: int) -> bool:
        """Whether a subject or complementizer stands between a verb and the noun it hangs on ('charges that he
        took bribes', however the parser attaches 'that' and 'he'): a tensed clause, not a participle."""
        table = self.table
        return any(table.dep[k] in {"nsubj", "nsubjpass", "mark"} or table.tag[k] in {"PRP", "WDT", "WP"}
                   for k in range(table.head[verb] + 1, verb))

    def causative_object(self, noun: int) -> bool:
        """Whether a noun is the object of causative 'have' or 'get', whose participle after it is what is to be
        done to it ('have a sample taken', 'got the car repaired'; Quirk et al. 1985 §16.52)."""
        table = self.table
        return table.dep[noun] == "dobj" and table.lemma[table.head[noun]] in {"have", "get"}

    def judged(self, token: Token) -> bool:
        """Whether an event noun is what a verb of judging judges ('stopped short of blaming the rebels for the
        explosion'): what one is blamed, punished or thanked for is presupposed, whatever befalls the judging
        (Fillmore 1971, verbs of judging)."""
        table = self.table
        i = token.i
        if table.pos[i] != "NOUN" or table.dep[i] != "pobj" or table.lower[table.head[i]] != "for":
            return False
        return table.lemma[table.head[table.head[i]]] in self.lex.judging_verbs

    def speakers_participle(self, token: Token) -> int | None:
        """The verb of saying whose speaker a participle of saying after its reported clause tells another act of
        ('denied that any detainee had been beaten, calling such reports fiction'; 'said C, adding that D'): the
        parser hangs the participle on the reported clause, whose value is not the speaker's act's. The speaker's verb,
        or None."""
        table = self.table
        i = token.i
        if table.dep[i] != "advcl" or table.tag[i] != "VBG" or i == 0 or table.text[i - 1] != ",":
            return None
        if any(table.dep[c] in _SUBJECT_DEPS for c in table.children[i]):
            return None
        clause = table.head[i]
        if table.dep[clause] != "ccomp" or clause > i:
            return None
        speaker = table.head[clause]
        if not (self.saying_verb(table.lemma[i]) and self.saying_verb(table.lemma[speaker])):
            return None
        return speaker

    def saying_verb(self, word: str) -> bool:
        """A verb that reports what is said (the report predicates of the selectors) or does something by saying
        (cue_acts in the cue file)."""
        selector = self.lex.selectors.get(word)
        return word in cue_act_verbs()[0] or selector is not None and selector.negated == 0 and (
            selector.positive == 3 or selector.denies)

    def alleged(self, token: Token) -> bool:
        """Whether an event is what a verb of accusing alleges ('accused the army of shelling the port', 'charged with
        smuggling'): the accuser presents it as done."""
        table = self.table
        i = token.i
        if table.dep[i] not in {"pcomp", "pobj"}:
            return False
        preposition = table.head[i]
        verb = table.head[preposition]
        if table.pos[verb] in {"NOUN", "PROPN"}:
            # 'accused Sollentian units of shelling': the parser may hang the preposition on the accused
            accuser = object_verb(self.doc[verb])
            verb = verb if accuser is None else accuser.i
        return self.lex.accuses_with(table.lemma[verb], table.lower[preposition]) and preposition != verb

    def described_as_done(self, token: Token) -> bool:
        """Whether an event noun is described by a participle that tells it as having taken place ('could unravel a
        ceasefire agreed in March': the ceasefire exists, whatever may befall it), as a definite noun is presupposed."""
        table = self.table
        i = token.i
        return table.pos[i] == "NOUN" and any(table.dep[c] == "acl" and c > i and self.told_done(c)
                                               for c in table.children[i])

    def told_done(self, participle: int) -> bool:
        """Whether a past participle after an event noun tells it as having taken place ('a ceasefire agreed in
        March', 'the accord signed last year'): a reduced passive relative, no mark or auxiliary of its own, with an
        argument or adverbial of its own, and not a participle of planning, wishing, fearing or believing ('a rally
        scheduled for May', 'an attack feared for weeks', 'a strike expected on Monday'); the noun then refers to that
        event, as a definite one does."""
        table = self.table
        kids = table.children[participle]
        if self.causative_object(table.head[participle]):
            return False
        if table.tag[participle] not in {"VBN", "VBD"} or any(table.dep[c] in {"mark", "aux", "nsubj", "neg"}
                                                              for c in kids) or self.clause_opened_before(participle):
            return False
        if not any(table.dep[c] in {"prep", "agent", "npadvmod", "advmod"} for c in kids):
            return False
        if table.lemma[participle] in self.lex.raising_passive_verbs:
            return False
        selector = self.selector(self.doc[participle])[0]
        return selector is None or not selector.schedules and selector.positive >= 2

    # -- embedding constructions ------------------------------------------------------------------------------------

    def complement(self, token: Token, governor: Token) -> CertaintyRecord:
        """A clause or noun selected by a predicate: the predicate's lexical signature decides, else it is transparent."""
        denied = self.denied_statement(token, governor)
        if denied is not None:
            return denied
        if self.denied_report(token, governor):
            return CERTAIN
        # the parser hangs a noun's infinitive as 'acl' or, now and then, 'xcomp' ('shelved plans to raise taxes')
        if token.i > governor.i and token.dep_ in {"acl", "xcomp", "pobj", "pcomp"} and self.turned_down_request(
                governor, governor.head):
            # 'refused a demand to resign' = 'refused to resign': what the request asks takes the refusal's
            # signature, not the open value of a request's content
            refusal = self.turning_down(governor.head)
            if refusal is None:
                return self.complement(token, governor.head)
            # a verb of turning down with no signature of its own ('rejected calls for'): refused when asserted, open
            # when it is not ('did not reject the proposal to ...'), as a negated 'refuse'
            turning = self.assess(governor.head)
            if turning.value <= 0:
                return CertaintyRecord(0, turning.cues + [self.selector_words(governor.head)])
            return chain(CertaintyRecord(refusal, [self.selector_words(governor.head)]), turning)
        raised = self.raising_passive(token, governor) or self.negated_raised_subject(token, governor)
        if raised is not None:
            return raised
        not_yet = self.not_yet(token, governor)
        if not_yet is not None:
            return not_yet
        failed = self.failed_attempt(token, governor)
        if failed is not None:
            return failed
        if self.names_object(token, governor):
            return self.assess(governor)
        selector, cue_token = self.selector(governor)
        governing = self.assess(governor)
        going = self.going_to(token, governor)
        if going is not None:
            # 'is going to resign', 'are not going to draw conclusions': the future of 'be going to' (Quirk et al.
            # 1985 §4.47), probable as plain 'will' is in an article, probably not when negated
            entry = self.lex.going_to
            if governing.value < 0:
                return CertaintyRecord(entry.negated, sorted(governing.cues + [going], key=lambda s: s.start))
            if governing.value == 0:
                return CertaintyRecord(0, governing.cues)
            return chain(CertaintyRecord(entry.value, [going]), governing)
        if governing.value < 0 and governing.cues and all(
                token.left_edge.i <= cue.start and cue.end <= token.right_edge.i + 1 for cue in governing.cues):
            return CERTAIN  # "has no plans": the noun's own determiner negates it, and is counted on the noun
        controller = self.object_controller(token, governor)
        if controller is not None and self.selector(controller)[0] is None and not self.directive(controller):
            to = next(c for c in token.children if c.dep_ == "aux" and c.tag_ == "TO")
            return chain(CertaintyRecord(self.lex.purpose_value, [self.span(to)]), self.assess(controller))
        if selector is None:
            if governor.pos_ == "NOUN" and token.dep_ != "acl" and not (token.dep_ == "relcl" and
                                                                         content_clause(token)):
                return CERTAIN  # a noun's own modifiers are about the thing it names
            if governing.value > 0:
                return governing
            if governing.value < 0 and negative_polarity_noun(token) and token.dep_ == "dobj":
                # "did not carry out any strikes", "no firm had any dealings with them": 'any' stands only inside a
                # negation's scope, so the negation of a verb that selects nothing reaches the act its object names
                # (Ladusaw 1979). UW train: the 6 event nouns with 'any' under such a negation are all rated
                # negative (-1.2 to -3.0), though none is a direct object; an oblique ('not linked to any plan') is
                # left open, the negation bearing on the relation it names
                return governing
            if governor.pos_ in {"NOUN", "ADJ"} and governing.value < 0:
                # "no sign that C", "no evidence the dam was sabotaged", "pleaded not guilty to charges that C": the
                # negated noun or adjective is the cue with its negation, C left open; "had seen no evidence that C":
                # the one who looked doubts C
                value = self.lex.search_that_value if governor.pos_ == "NOUN" and lemma(governor) in _SHELL_NOUNS \
                    and self.searched_in_vain(governor) else 0
                return CertaintyRecord(value, sorted(governing.cues + [self.span(governor)], key=lambda s: s.start))
            return CertaintyRecord(0, governing.cues)
        if governing.value == 0:
            return CertaintyRecord(0, governing.cues)
        if governing.value > 0 and self.directive(cue_token) and requested(token):
            own = self.local(token)
            if own.value < 0:  # "urged them not to sell": what is asked for, not what happened
                return CertaintyRecord(0, sorted(own.cues + [self.span(cue_token)], key=lambda s: s.start))
        if selector.positive == selector.negated == 3:
            # a factive presupposes its complement whatever befalls it ('could have learned that the army will move
            # north': the move is as the clause tells it, only the learning is possible; Karttunen 1973, factives
            # are holes to presupposition)
            return CERTAIN
        value = selector.positive if governing.value > 0 else selector.negated
        if selector.clause is not None and governing.value > 0 and self.tensed_content(token, cue_token) and (
                not any(self.table.dep[c] in _AUXILIARY_DEPS and self.modal_at(c)
                        for c in self.table.children[token.i]) or self.negation_at(self.table.children[token.i]) is not None):
            # a clause with a modal of its own ('warned that anyone who pays will be prosecuted') foretells, and
            # stays with the warning's own value; one the modal negates ('warned that it would never trade land')
            # is the warner's own refusal, told as said
            value = selector.clause
        if selector.request is not None and governing.value > 0 and self.directive(cue_token) and \
                self.infinitive(token):
            # 'told its citizens to avoid the north': what a directive asks for, not what its report tells
            value = selector.request
        cues = [] if value == 3 else [self.selector_words(cue_token)]
        if governing.value < 0:
            cues = governing.cues + cues
        near = CertaintyRecord(value, cues)
        return chain(near, CertaintyRecord(abs(governing.value), governing.cues))

    def infinitive(self, token: Token) -> bool:
        """Whether a verb is a to-infinitive ('told them to leave')."""
        table = self.table
        return table.pos[token.i] in {"VERB", "AUX"} and any(
            table.dep[c] in _AUXILIARY_DEPS and table.tag[c] == "TO" for c in table.children[token.i])

    def tensed_content(self, token: Token, governor: Token) -> bool:
        """Whether a verb is the tensed clause of what its governor says ('warned that the rebels were massing',
        'warns that the groups grew'): a clause after the governor whose verb or an auxiliary of it carries tense or a
        modal, not an infinitive, a gerund or a noun."""
        table = self.table
        i = token.i
        if i < governor.i or table.pos[i] not in {"VERB", "AUX"} or table.dep[i] in {"xcomp", "pcomp", "pobj"}:
            return False
        return table.tag[i] in _TENSED_TAGS or any(
            table.dep[c] in _AUXILIARY_DEPS and (table.tag[c] in _TENSED_TAGS or table.tag[c] == "MD")
            for c in table.children[i])

    def denied_statement(self, token: Token, noun: Token) -> CertaintyRecord | None:
        """'rejected the allegation that its pilots had bombed the bridge', 'dismissed the claims that C': the
        content clause of a noun of saying that a verb of denying takes is denied by it, as in 'denied that C'; a
        negated denial leaves it open. None where that is not the construction, or where the noun is a source of
        its own ('denied reports that C': the reports' content is told as they present it, see denied_report)."""
        lex = self.lex
        verb = noun.head
        if token.i < noun.i or token.dep_ not in {"acl", "ccomp"} or noun.pos_ != "NOUN" or \
                not lex.denies_statement_noun(verb, noun) or self.attribution_cue(noun):
            return None
        if not (any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children) or content_clause(token)):
            return None
        denial = self.assess(verb)
        words = self.selector_words(verb)
        if denial.value <= 0:
            return CertaintyRecord(0, sorted(denial.cues + [words], key=lambda s: s.start))
        return chain(CertaintyRecord(lex.denied_statement_value, [words]), denial)

    def attribution_cue(self, token: Token) -> bool:
        """Whether the token is in the cue of an attribution the document holds (a noun that is a source of its
        own: 'reports' in 'denied reports that C')."""
        doc = self.doc
        attributions = (doc._.cg_attributions if doc.has_extension("cg_attributions") else None) or []
        return any(span.start <= token.i < span.end for a in attributions for span in a.cue)

    def denied_report(self, token: Token, governor: Token) -> bool:
        """'The company denied reports that it had ignored warnings': what is denied is what the reports say, not
        that there are reports (UW train: 'rejected reports that', 'deny reports that': the reports 2.6 and 2.4); the
        reports' content is rated as they present it, its innermost source (their denial is the company's
        attribution, one level out)."""
        if token.pos_ != "NOUN" or not any(c.dep_ in {"acl", "ccomp"} and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in token.children):
            return False
        denial, _ = self.selector(governor)
        report, _ = self.selector(token)
        return denial is not None and denial.positive < 0 and report is not None and report.positive == 3 and \
            report.negated == 0

    def turned_down_request(self, token: Token, governor: Token) -> bool:
        """Whether a noun of asking or proposing is the object of a verb of turning down ('refused a demand',
        'rejected the proposal', 'declined requests'): the refusal is of what it asks, which the noun's own complement
        carries ('refused a demand to resign' denies the resigning as 'refused to resign' does)."""
        if token.pos_ != "NOUN" or token.dep_ != "dobj" or lemma(token) not in self.lex.turned_down_requests:
            return False
        if self.turning_down(governor) is not None:
            return True
        selector, _ = self.selector(governor)
        return selector is not None and selector.positive < 0 and not selector.objects

    def turning_down(self, verb: Token) -> int | None:
        """The value a verb that turns down a request without selecting an event gives what it asks ('rejected',
        'turned down'), or None for other verbs."""
        table = self.table
        for form in (*[f"{table.lemma[verb.i]} {table.lower[c]}" for c in table.children[verb.i]
                       if table.dep[c] == "prt"], table.lemma[verb.i], table.lower[verb.i]):
            if form in self.lex.turning_down_verbs:
                return self.lex.turning_down_verbs[form]
        return None

    def object_controller(self, token: Token, governor: Token) -> Token | None:
        """The verb whose object an infinitive is about ("used drones to map the coast", "trained crews to fly"):
        an aim, not yet a fact. The parser often hangs the infinitive on the verb above a gerund complement
        ("began training crews to fly"), so a gerund sibling with the object counts as well."""
        table = self.table
        if table.dep[token.i] not in {"xcomp", "ccomp"} or not any(
                table.dep[c] == "aux" and table.tag[c] == "TO" for c in table.children[token.i]):
            return None
        candidates = [governor] + [s for s in governor.children if s.dep_ == "xcomp" and s.tag_ == "VBG"
                                   and s.i < token.i]
        for verb in reversed(candidates):
            if any(c.dep_ == "dobj" and c.i < token.i for c in verb.children):
                return verb
        return None

    def not_yet(self, token: Token, governor: Token) -> CertaintyRecord | None:
        """'have yet to be analysed', 'is yet to decide': the infinitive has not (so far) come about, then whatever
        embeds the governor (its modal and negation included)."""
        if token.dep_ != "xcomp" or lemma(governor) not in self.lex.not_yet_governors:
            return None
        yet = next((c for c in governor.children if c.dep_ == "advmod" and c.lower_ == self.lex.not_yet_adverb), None)
        if yet is None or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children):
            return None
        near = CertaintyRecord(self.lex.not_yet_value, [self.doc[governor.i:yet.i + 1]] if governor.i < yet.i
                               else [self.span(yet)])
        return chain(near, self.assess(governor))

    def failed_attempt(self, token: Token, governor: Token) -> CertaintyRecord | None:
        """'died in a failed attempt to storm the building', 'an unsuccessful bid to seize the port': the adjective
        says the attempt came to nothing, so what it attempted did not happen, as after 'fail to'; weakened as the
        attempt is ('may have made a failed attempt'), open when the attempt is not asserted."""
        if token.dep_ != "acl" or governor.pos_ != "NOUN" or lemma(governor) not in self.lex.failed_attempt_nouns:
            return None
        if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children):
            return None
        failure = next((c for c in governor.children if c.dep_ == "amod" and c.i < governor.i
                        and c.lower_ in self.lex.failed_attempt_adjectives), None)
        if failure is None:
            return None
        cue = self.doc[failure.i:governor.i + 1]
        attempt = self.assess(governor)
        if attempt.value <= 0:
            return CertaintyRecord(0, attempt.cues + [cue])
        return chain(CertaintyRecord(self.lex.failed_attempt_value, [cue]), attempt)

    def names_object(self, token: Token, governor: Token) -> bool:
        """Whether the event noun is what a verb of naming calls its object ('called the ruling an attack on
        democracy', 'branded the raid a provocation'): the source's own characterisation, as certain as the calling,
        not what 'call for' asks."""
        table = self.table
        i, g = token.i, governor.i
        if table.dep[i] not in {"oprd", "attr", "xcomp", "ccomp"} or table.lemma[g] not in self.lex.naming_verbs:
            return False
        if table.pos[i] != "NOUN" or any(table.dep[c] == "prep" and table.lower[c] == "for" for c in table.children[g]):
            return False
        return any(table.dep[c] == "dobj" and c < i for c in table.children[g])

    def implied(self, token: Token) -> int | None:
        """The value an asserted implicative verb gives its infinitive ('managed to reach', 'forced them to leave',
        'caused the plant to shut down'): what it entails happened, when the verb itself is certain and the infinitive
        carries no modal or negation of its own; None elsewhere."""
        table = self.table
        i = token.i
        if table.dep[i] not in {"xcomp", "ccomp"} or not any(
                table.dep[c] == "aux" and table.tag[c] == "TO" for c in table.children[i]):
            return None
        governor = table.head[i]
        value = self.lex.implicatives.get(table.lemma[governor])
        if value is None or governor > i or self.assess_at(governor).value != 3 or self.local(token).value != 3:
            return None
        return value

    def raising_passive(self, token: Token, governor: Token) -> CertaintyRecord | None:
        """The infinitive of a passive evidential verb ("is said to have fled", "has not been known to operate"):
        probable, or probably not under a negated passive, then whatever embeds the passive."""
        if token.dep_ != "xcomp" or governor.tag_ != "VBN" or lemma(governor) not in self.lex.raising_passive_verbs:
            return None
        if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children):
            return None
        if not any(c.dep_ == "auxpass" for c in governor.children):
            return None
        negation = self.negation(list(governor.children))
        entry = self.lex.raising_passive
        value = entry.negated if negation is not None else entry.value
        cues = sorted([self.span(governor)] + ([negation] if negation is not None else []), key=lambda s: s.start)
        return chain(CertaintyRecord(value, cues), self.context(governor))

    def negated_raised_subject(self, token: Token, governor: Token) -> CertaintyRecord | None:
        """'no files appeared to have been taken', 'nothing seems to have changed': the subject of a raising verb is
        its infinitive's, raised from it, so a negative quantifier on it negates the infinitive's act, which the verb
        hedges: probably not, the verb's positive value turned, as under a negated raising passive (raising_passive),
        where the verb's signature for its own negation ('did not appear to') would leave the act open. None where the
        subject is not negated or the verb raises nothing."""
        selector = self.lex.selectors.get(lemma(governor))
        if token.dep_ != "xcomp" or selector is None or not selector.linking or not self.infinitive(token):
            return None
        subjects = [c for c in self.table.children[governor.i] if self.table.dep[c] in _SUBJECT_DEPS]
        negation = self.negation_at(subjects)
        if negation is None:
            return None
        cues = sorted([negation, self.span(governor)], key=lambda s: s.start)
        return chain(CertaintyRecord(-selector.positive, cues), self.context(governor))

    def going_to(self, token: Token, governor: Token) -> Span | None:
        """The words 'going to' where the token is the infinitive of 'be going to' ('is going to resign'), or None."""
        table = self.table
        g, i = governor.i, token.i
        if table.lemma[g] != "go" or table.tag[g] != "VBG" or table.dep[i] != "xcomp" or i < g \
                or not any(table.dep[c] == "aux" and table.lemma[c] == "be" for c in table.children[g]):
            return None
        to = next((c for c in table.children[i] if table.tag[c] == "TO" and c == g + 1), None)
        return None if to is None else Span(self.doc, g, to + 1)

    def directive(self, word: Token) -> bool:
        return lemma(word) in self.lex.directives or word.lower_ in self.lex.directives

    def selector(self, governor: Token) -> tuple[Selector | None, Token]:
        """The lexical signature of the governor, or of the adjective or noun of a copular governor ("is likely")."""
        # asked of every governor of every complement: read from the token table, a Token built for the answer alone
        table = self.table
        dep, lemmas, lower, kids = table.dep, table.lemma, table.lower, table.children
        selectors = self.lex.selectors
        g = governor.i
        candidates = [g]
        if lemmas[g] == "be":
            candidates += [c for c in kids[g] if dep[c] in {"acomp", "attr"}]
        elif lemmas[g] in selectors and selectors[lemmas[g]].linking:
            # "it seems unlikely that C": the adjective first (the parser makes it 'oprd'), unless the complement is
            # its own ("seems unlikely to be lifted"), which the adjective rates when that complement is assessed
            candidates = [c for c in kids[g] if dep[c] in {"acomp", "oprd"} and table.pos[c] == "ADJ" and not any(
                dep[k] in {"xcomp", "ccomp"} for k in kids[c])] + candidates
        for k in candidates:
            # phrasal_forms, then the lemma and the word
            for form in (*[f"{lemmas[k]} {lower[c]}" for c in kids[k] if dep[c] == "prt"], lemmas[k], lower[k],
                         silent_e(lemmas[k], lower[k])):
                if form in selectors:
                    return selectors[form], governor if k == g else self.doc[k]
        return None, governor

    def prepositional(self, token: Token) -> CertaintyRecord:
        """The object of a preposition takes the signature of what the phrase attaches to; "without" negates. A
        preposition said again after a conjunction attaches where the first one does ('called for talks and for a
        truce')."""
        prep = first_conjunct(token.head, {"ADP"}, same_word=True)
        attached = prep.head
        if attached.dep_ == "prep":
            return CERTAIN  # "according to the report", "because of the strike": adjuncts, not complements
        rejected = self.rather_before(prep)
        if rejected is not None:
            negative = CertaintyRecord(self.lex.negative_phrases["rather than"], [rejected])
            return chain(negative, self.assess(attached))
        before = prep.i - 1
        if before >= 0 and self.doc[before].head.i == prep.i and self.doc[before].dep_ == "advmod":
            # "instead of resigning, he ...": the adverb hangs on the preposition, which hangs on the verb it is set
            # against; the phrase denies its object, that verb keeps its own value
            phrase = f"{self.doc[before].lower_} {prep.lower_}"
            if phrase in self.lex.negative_phrases:
                negative = CertaintyRecord(self.lex.negative_phrases[phrase], [self.doc[before:prep.i + 1]])
                return chain(negative, self.assess(attached))
        phrase = f"{attached.lower_} {prep.lower_}"
        if phrase in self.lex.negative_phrases and attached.head.i != attached.i:
            # "stopped short of blaming": the phrase denies the event, the verb it modifies keeps its polarity
            negative = CertaintyRecord(self.lex.negative_phrases[phrase], [self.doc[attached.i:prep.i + 1]])
            return chain(negative, self.assess(attached.head))
        if prep.lower_ in self.lex.directive_prepositions and token.tag_ == "VBG" and self.directive(attached):
            # "warned the bank against buying": what the directive asks not to be done is neither done nor denied, as
            # after 'urged them not to buy'; a directive not given leaves it open as well
            asked = self.assess(attached)
            cues = (asked.cues if asked.value <= 0 else []) + [self.span(attached), self.span(prep)]
            return CertaintyRecord(0, sorted(cues, key=lambda s: s.start))
        if self.sought(token) and self.selector(attached)[0] is None:
            # "pushed for the boy's return": what is sought may or may not come about; the seeking keeps its own value
            cues = [self.doc[attached.i:prep.i + 1]] if prep.i - attached.i <= 2 else [self.span(attached), self.span(prep)]
            return chain(CertaintyRecord(self.lex.sought_value, cues), self.assess(attached))
        if self.lex.responding_verbs.get(lemma(attached)) == prep.lower_ and not negative_polarity_noun(token):
            # "did not respond to a request for comment", "has not commented on reports that C": what one responds to
            # or comments on was there, whether or not one did; it takes the clause of the responding, not the
            # responding's own negation or modal, nor a refusal's above it ('declined to comment on the ruling')
            return self.context(self.doc[self.past_refusals(attached.i)])
        if prep.lower_ == "against" and token.tag_ == "VBG" and lemma(attached) in self.lex.deciding_against:
            # "the board decided against selling the mill" = "decided not to sell it": probably not done; a decision
            # not taken ("has not decided against selling") leaves it open
            decided = self.assess(attached)
            cues = [self.span(attached), self.span(prep)]
            if decided.value <= 0:
                return CertaintyRecord(0, decided.cues + cues)
            return chain(CertaintyRecord(self.lex.deciding_against[lemma(attached)], cues), decided)
        if prep.lower_ == "from" and token.tag_ == "VBG" and lemma(attached) in self.lex.keeping_from:
            # "guards kept the refugees from entering": 'keep' and 'stop' prevent only with 'from' ('kept the
            # promise', 'stopped the talks' select nothing), so the phrase, not the verb, carries the signature
            kept = self.assess(attached)
            if kept.value <= 0:
                return CertaintyRecord(0, kept.cues + [self.span(attached)])
            return chain(CertaintyRecord(self.lex.keeping_from[lemma(attached)], [self.span(attached)]), kept)
        if prep.lower_ in self.lex.negative_prepositions:
            negative = CertaintyRecord(self.lex.negative_prepositions[prep.lower_], [self.span(prep)])
            # "apparently without": a hedge on the preposition weakens the negation it carries
            hedge = next((c for c in prep.children if c.dep_ == "advmod" and c.lower_ in self.lex.hedges), None)
            if hedge is not None:
                negative = CertaintyRecord(combine(negative.value, self.lex.hedges[hedge.lower_]),
                                           [self.span(hedge), self.span(prep)])
            return chain(negative, self.assess(attached))
        if prep.i == attached.i:
            return CERTAIN
        if self.judged(token):
            return CERTAIN
        if prep.lower_ in self.lex.adjunct_prepositions and attached.pos_ in {"VERB", "AUX"} and \
                self.selector(attached)[0] is not None:
            # "ruled out early elections in an interview", "urged calm at a rally": the occasion of the act is no
            # complement of it, and takes the act's own value, not the signature it gives what it selects
            return self.assess(attached)
        if prep.lower_ == "of" and attached.pos_ == "NOUN" and self.shown_scene(attached):
            # "appears to show the aftermath of an airstrike": what the scene shown is of is shown with it
            return self.complement(attached, attached.head)
        if self.gerund_after_noun(token, attached):
            # "a formula for ending the crisis", "capable of meeting": a way, aim or capacity, not an act told as done
            cues = sorted([self.span(attached), self.span(prep)], key=lambda s: s.start)
            return chain(CertaintyRecord(self.lex.gerund_after_noun, cues), self.assess(attached))
        if attached.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} and self.selector(attached)[0] is None:
            verb = self.object_gerund_verb(token, attached)
            if verb is not None:
                # "suspected the firm of acting for the navy": the parser hangs the gerund on the object, whose act
                # it tells; it is what the verb selects, as in "the firm was suspected of acting"
                return self.complement(token, verb)
            if not is_event_predicate(attached, self.lex):
                return CERTAIN  # "a front in the war": the war is not what the clause is about
        return self.complement(token, attached)

    def past_refusals(self, verb: int) -> int:
        """The verb whose infinitive, through verbs that select it ('declined to comment', 'refused to respond'),
        the verb at `verb` is; `verb` itself when it is no such infinitive."""
        table = self.table
        while table.dep[verb] == "xcomp" and table.head[verb] != verb and self.selector(self.doc[table.head[verb]])[0] \
                is not None:
            verb = table.head[verb]
        return verb

    def gerund_after_noun(self, token: Token, attached: Token) -> bool:
        """Whether a gerund is the complement of a noun or adjective through a preposition ('the cost of building the
        resort', 'capable of meeting') that selects nothing itself, takes no act as done ('guilty of driving') and
        is no verb's object whose act the gerund tells ('suspected the firm of acting')."""
        if token.tag_ != "VBG" or token.dep_ != "pcomp" or attached.pos_ not in {"NOUN", "ADJ"}:
            return False
        if lemma(attached) in self.lex.gerund_presupposing_heads or attached.lower_ in self.lex.gerund_presupposing_heads:
            return False
        return self.selector(attached)[0] is None and self.object_gerund_verb(token, attached) is None

    def object_gerund_verb(self, token: Token, attached: Token) -> Token | None:
        """The verb that selects a gerund after 'of' on its direct object ('suspected the firm of acting'), or a verb
        of accusing whose preposition it is ('accused the units of shelling'): the object is the gerund's subject, and
        the verb rates the act. None where there is no such verb."""
        if token.tag_ != "VBG" or is_event_predicate(attached, self.lex):
            return None
        verb = object_verb(attached)
        if verb is None:
            return None
        preposition = token.head.lower_
        selected = preposition == "of" and self.selector(verb)[0] is not None
        if selected or self.lex.accuses_with(lemma(verb), preposition):
            return verb
        return None

    def adverbial(self, token: Token) -> CertaintyRecord:
        """Purpose clauses ("to bolster") are aims; other adverbial clauses share the context of their main clause."""
        to = next((c for c in token.children if c.dep_ == "aux" and c.tag_ == "TO"), None)
        head = token.head
        if to is not None and self.directive(head) and lemma(head) not in self.lex.naming_verbs \
                and self.selector(head)[0] is not None and any(
                c.dep_ == "dobj" and c.i < token.i for c in head.children):
            # 'would press its partners in the Compact to impose sanctions': the parser may take the infinitive after
            # a directive's object for a purpose; it is what the object is asked to do (UW train, such infinitives
            # after 'press' and 'order': 1.2, 0.6; weak); 'called the plan part of a strategy to cut costs' names
            return self.complement(token, head)
        allowed = self.allowed_until(token) if to is not None else None
        if allowed is not None:
            # 'gave them until Sunday to leave': a deadline for the act, not an aim
            return chain(CertaintyRecord(self.lex.allowed_time_value, [self.span(head), self.span(allowed)]),
                         self.assess(head))
        if to is not None:
            near = CertaintyRecord(self.lex.purpose_value, [self.span(to)])
            return chain(near, self.assess(token.head))
        return self.context(token.head)

    def allowed_until(self, infinitive: Token) -> Token | None:
        """The 'until' (or 'till') of the time a verb of allowing gives for the act its infinitive names ('gave them
        until Sunday to leave'), hung on that verb before the infinitive; None elsewhere."""
        head = infinitive.head
        if lemma(head) not in self.lex.allowed_time_verbs:
            return None
        return next((c for c in head.children if c.dep_ == "prep" and c.lower_ in {"until", "till"}
                     and c.i < infinitive.i), None)

    def conjunct(self, token: Token) -> CertaintyRecord:
        """A conjunct shares its first conjunct's context, and its modal when it has no auxiliary or subject of its own."""
        first = coordinated_verb(token, self.lex)
        rejected = self.rather_than(token)
        if rejected is not None:
            # "fled rather than wait": the alternative set against the first conjunct did not happen, as far as the
            # first one did
            return chain(CertaintyRecord(self.lex.negative_phrases["rather than"], [rejected]), self.assess(first))
        own = any(c.dep_ in _AUXILIARY_DEPS | _SUBJECT_DEPS for c in token.children)
        if own:
            if self.alternative(token.i) is None and self.alternative(first.i) is not None:
                # "Either A, or B, and C": C is told beside the alternatives, not as one of them
                return self._context(first)
            return self.context(first)
        if self.disjunct_of_negated(token):
            # 'had not admitted a role or implicated anyone', 'would not elaborate or comment': a negation before
            # 'or' denies each alternative (Quirk et al. 1985 §10.56: 'not A or B' = 'neither A nor B'), so a verb
            # with no auxiliary or subject of its own takes the first conjunct's modal and negation
            return self.assess(first)
        modal = next((c for c in first.children if c.dep_ in _AUXILIARY_DEPS and self.modal(c)), None)
        if modal is None or self.modal(modal).value == 3:
            return self.context(first)
        if token.tag_ in {"VBD", "VBZ"} and first.tag_ == "VB" and first.pos_ == "VERB":
            # 'said it would close the clinic and urged donors to stay away': a verb with a tense of its own is no
            # infinitive of the modal (which takes the bare form, Quirk et al. 1985 §3.21), but a second predicate
            # of the clause above
            return self.context(first)
        return chain(CertaintyRecord(self.modal(modal).value, [self.span(modal)]), self.context(first))

    def disjunct_of_negated(self, token: Token) -> bool:
        """Whether a verb is joined by 'or' to a negated verb before it."""
        first = token.head
        if first.pos_ not in {"VERB", "AUX"}:  # the verb after it may be mistagged a noun ("or comment")
            return False
        if not any(c.dep_ == "cc" and c.lower_ == "or" and first.i < c.i < token.i for c in first.children):
            return False
        return self.negation(list(first.children)) is not None

    def rather_than(self, token: Token) -> Span | None:
        """The words 'rather than' joining a conjunct to the one before it, or None."""
        than = next((c for c in token.head.children if c.dep_ in {"cc", "prep", "mark"} and c.lower_ == "than"
                     and c.i < token.i), None)
        return None if than is None else self.rather_before(than)

    def rather_before(self, than: Token) -> Span | None:
        """The words 'rather than' when this 'than' follows 'rather' (and the lexicon reads the phrase), or None."""
        if than.lower_ != "than" or than.i == 0 or self.doc[than.i - 1].lower_ != "rather" or \
                "rather than" not in self.lex.negative_phrases:
            return None
        return self.doc[than.i - 1:than.i + 1]

    def sentence_mood(self, root: Token) -> CertaintyRecord:
        """A direct question asks rather than asserts, quoted ('"Did anyone warn them?"') or not."""
        # the sentence's words read from the token table from its end (root.sent and its Tokens cost more)
        table = self.table
        text, space = table.text, table.space
        start, end = table.sentence(root.i)
        last = next((k for k in range(end - 1, start - 1, -1) if not space[k] and text[k] not in _CLOSING_QUOTES),
                    None)
        if last is not None and text[last] == "?":
            return CertaintyRecord(self.lex.question_value, [self.span(self.doc[last])])
        return CERTAIN

    # -- cues ------------------------------------------------------------------------------------------------------

    def modal(self, token: Token) -> Modal | None:
        return self.modal_at(token.i)

    def modal_at(self, i: int) -> Modal | None:
        table = self.table  # asked of every auxiliary of every predicate: read from the table
        if table.tag[i] != "MD" and table.lemma[i] not in self.lex.modals:
            return None
        return self.lex.modals.get(table.lower[i]) or self.lex.modals.get(table.lemma[i])

    def negation(self, children: list[Token]) -> Span | None:
        """The word negating a predicate: "not", "never", or a negative determiner or pronoun on an argument."""
        return self.negation_at([child.i for child in children])

    def negation_at(self, children: list[int]) -> Span | None:
        """`negation` of the children at these token indices, read from the token table."""
        doc = self.doc
        table = self.table
        dep, lower = table.dep, table.lower
        negators = self.lex.negators
        for c in children:
            # each child's relation and word read once (every predicate's children are asked)
            relation, word = dep[c], lower[c]
            if relation == "neg":
                return Span(doc, c, c + 1)
            if relation == "advmod":
                if word == "never" and word in negators:
                    return Span(doc, c, c + 1)
                # 'no longer': the parser hangs 'no' on 'longer', which modifies the predicate
                if word == "longer" and "no longer" in negators:
                    no = next((g for g in table.children[c] if lower[g] == "no" and g == c - 1), None)
                    if no is not None:
                        return Span(doc, no, c + 1)
            # contracted auxiliaries left as one token ("hasn't") carry the negation themselves
            elif relation in _AUXILIARY_DEPS:
                if word.endswith("n't") and word != "n't":
                    return Span(doc, c, c + 1)
            # a negative determiner on an event noun negates the event itself ("no attack took place")
            elif relation == "det" and table.pos[table.head[c]] == "NOUN" and word in negators:
                return Span(doc, c, c + 1)
        # "there were no casualties": the pivot of an existential is its argument
        existential = any(dep[c] == "expl" and lower[c] == "there" for c in children)
        for c in children:
            if dep[c] not in _ARGUMENT_DEPS and not (existential and dep[c] == "attr"):
                continue
            if lower[c] in _NEGATIVE_PRONOUNS and lower[c] in self.lex.negators:
                return Span(doc, c, c + 1)
            if self.not_a_single and "not" in self.lex.negators:
                first = doc[c].left_edge.i
                if first in self.not_a_single and first < c:
                    return doc[first:first + 2]  # "not a single shot was fired", "not one patient"
            if lower[c] == "no" and c + 2 < len(doc) and table.text[c + 1] == "-" \
                    and lower[c + 2] == "one" and "no one" in self.lex.negators:
                return doc[c:c + 3]  # "no-one", split by the tokenizer
            if lower[c] == "one" and c >= 2 and table.text[c - 1] == "-" and lower[c - 2] == "no" \
                    and "no one" in self.lex.negators:
                # "that no-one could claim": lower-case, the parser makes 'one' the argument and 'no' its compound
                # (the British spelling of 'no one': PolNeAR train 70 'no one', 1 'no-one'; a weak count for it)
                return doc[c - 2:c + 1]
            for modifier in table.children[c]:
                # 'would free no more hostages': the parser hangs 'no' on the quantifier before the noun
                if dep[modifier] == "amod" and modifier < c and modifier >= 1 and lower[modifier - 1] == "no" \
                        and table.head[modifier - 1] == modifier and lower[modifier + 1] != "than" \
                        and f"no {lower[modifier]}" in self.lex.negators:
                    return Span(doc, modifier - 1, modifier + 1)
            for det in table.children[c]:
                # 'no' and 'neither' as determiners ("no troops crossed", "neither side commented": Quirk et al.
                # 1985 §6.61, 'neither' = 'not either'); PolNeAR train 'neither' + noun + verb: 8 text matches
                if dep[det] == "det" and lower[det] in _NEGATIVE_DETERMINERS and lower[det] in self.lex.negators:
                    return doc[det:c + 1] if lower[c] == "one" else Span(doc, det, det + 1)
        return None

    def correlative_at(self, i: int, children: list[int]) -> Span | None:
        """'would neither confirm nor deny', 'neither the army nor the police commented', '..., nor did it pay':
        'neither' on the predicate at i or its subject, or 'nor' before a conjunct, negates it (the predicate's
        children given as token indices)."""
        doc = self.doc
        table = self.table
        dep, lower, kids = table.dep, table.lower, table.children
        if "neither" in self.lex.negators:
            for c in children:
                if dep[c] == "preconj" and lower[c] == "neither":
                    return Span(doc, c, c + 1)
                if dep[c] in _SUBJECT_DEPS and any(dep[d] == "preconj" and lower[d] == "neither" for d in kids[c]):
                    d = next(d for d in kids[c] if dep[d] == "preconj")
                    return Span(doc, d, d + 1)
        if dep[i] == "conj" and "nor" in self.lex.negators:
            nor = next((c for c in kids[table.head[i]] if dep[c] == "cc" and lower[c] == "nor" and c < i), None)
            if nor is not None:
                return Span(doc, nor, nor + 1)
        return None

    def open_wh_word(self, clause: Token) -> Token | None:
        """The wh-word opening a clause that a negated or interrogative predicate leaves open ("not clear how ...")."""
        first = clause.left_edge
        if first.tag_ not in _WH_TAGS or first.i >= clause.i:
            return None
        governor = clause.head
        words = {lemma(governor)} | {lemma(c) for c in governor.children if c.dep_ in {"acomp", "attr"}}
        if governor.dep_ == "xcomp":  # "it remains to be seen how ..."
            words.add(lemma(governor.head))
        if words & self.lex.open_question_predicates or self.local(governor).value < 0:
            return first
        return None

    def presupposed_by_question(self, token: Token) -> bool:
        """Whether a clause is a constituent question that presupposes what it tells ('declined to say how the
        attackers got in', 'unclear when the blast occurred', 'not before we are certain who did it'): it asks only
        for a part of its event (Karttunen 1977); what it tells in the past or present is rated as fact, where a
        modal or future one stays open. UW train, wh-clauses of a verb or adjective: tensed, without a modal mean 2.35
        (n=19), MEANTIME train 3.0 (n=1); the rest (a modal, 'will', 'to', a degree word: 'how many') mean 1.47
        (n=17)."""
        table = self.table
        i = token.i
        dep = table.dep[i]
        # the parser often hangs 'when C' on 'could not confirm' as an adverbial clause; after a verb of saying or
        # knowing it is the same question as a complement
        if not (dep == "ccomp" or dep == "advcl" and table.head[i] != i and (
                self.reports_or_asks(self.doc[table.head[i]]) or self.open_copula(self.doc[table.head[i]]))):
            return False
        first = edges(table)[0][i]
        return table.tag[first] in _WH_TAGS and first < i and self.asks_about_a_fact(token, self.doc[first])

    def presupposed_as_fact(self, clause: Token) -> bool:
        """Whether a constituent question's presupposition holds as fact for the integer value: not where the question
        hangs on a predicate that grades what it takes below certain ('did not say who it believed had started it':
        what one believes is probable, and the model's score stands)."""
        if not self.presupposed_by_question(clause):
            return False
        selector = self.lex.selectors.get(lemma(clause.head))
        return selector is None or selector.positive == 3

    def asks_about_a_fact(self, clause: Token, wh: Token) -> bool:
        """Whether a wh-clause asks for a part of an event it tells as past or present: the wh-word is the clause's
        own argument or adverbial ('how the attackers got in', 'who fired', 'which unit fired'), not a degree word
        ('how many ships sank', which asks whether any did), and the clause is tensed without a modal, 'will' or
        'to'."""
        if wh.lower_ in {"whether", "if", "that"}:
            return False
        # the wh-word itself, or the phrase it determines ('which country first alerted them'), is the argument
        if wh.head.i != clause.i and not (wh.dep_ in {"det", "poss"} and wh.head.head.i == clause.i):
            return False
        auxiliaries = [c for c in clause.children if c.dep_ in _AUXILIARY_DEPS]
        if any(c.tag_ in {"MD", "TO"} for c in auxiliaries):
            return False
        return clause.tag_ in _TENSED_TAGS or any(c.tag_ in _TENSED_TAGS for c in auxiliaries)

    def open_copula(self, copula: Token) -> bool:
        """'It is unclear when C', 'it was not clear how C': the parser hangs the wh-clause on the copula as an
        adverbial clause, but an adjective that leaves a question open (or a verb of knowing's adjective, negated)
        makes it that adjective's open complement."""
        if lemma(copula) != "be":
            return False
        for adjective in (c for c in copula.children if c.dep_ == "acomp"):
            if lemma(adjective) in self.lex.open_question_predicates:
                return True
            selector = self.lex.selectors.get(lemma(adjective))
            if selector is not None and selector.positive == 3 and selector.negated == 0 and \
                    self.local(copula).value < 0:
                return True
        return False

    def reports_or_asks(self, governor: Token) -> bool:
        """A verb of saying or finding out (its negation leaves its complement open) or of asking."""
        selector = self.lex.selectors.get(lemma(governor))
        return (selector is not None and selector.positive == 3 and selector.negated == 0) or \
            lemma(governor) in self.lex.open_question_predicates

    def open_cues(self, clause: Token, word: Token) -> list[Span]:
        """The words that leave a clause open: `open_cue`, and for a subject clause before its predicate ('Whether the
        truce holds remains to be seen', 'whether he knew is not known') that predicate's words after it as well."""
        cues = [self.open_cue(clause, word)]
        governor = clause.head
        if clause.dep_ not in {"csubj", "csubjpass"} or governor.i < clause.i:
            return cues
        # the predicate's auxiliaries and negation after the clause, and the complement that names the openness
        # ('unclear', 'to be seen')
        after = clause.right_edge.i + 1
        words = [governor.i] + [c.i for c in governor.children if c.i >= after and (
            c.dep_ in _AUXILIARY_DEPS | {"neg"} or c.dep_ in {"acomp", "attr", "xcomp"})]
        end = max(words)
        for c in governor.children:
            if c.i == end and c.dep_ in {"acomp", "attr", "xcomp"}:
                end = c.right_edge.i
        return cues + [self.doc[min(words):end + 1]]

    def open_cue(self, clause: Token, word: Token) -> Span:
        """From the words that leave a clause open ("It is not clear", "asked") to its complementizer."""
        governor = clause.head
        heads = [governor]
        if governor.dep_ in {"acomp", "attr"} and lemma(governor.head) == "be":
            heads.append(governor.head)
        if governor.dep_ == "xcomp" and (lemma(governor.head) in self.lex.open_question_predicates
                                         or (self.selector(governor.head)[0] or Selector(3, 3)).positive < 0):
            # "it remains to be seen whether C", "declined to say whether C": the verb the infinitive completes is
            # among the words that leave C open, and the cue names it
            heads.append(governor.head)
        excess = excessive_degree(governor)
        if excess is not None:
            # "it is too early to say whether C": the degree word and what it modifies leave C open too
            heads += [excess.head] + ([excess.head.head] if lemma(excess.head.head) == "be" else [])
        start = word.i if excess is None else min(word.i, excess.i)
        for head in heads:
            if head.i < word.i:
                start = min(start, head.i)
            for child in head.children:
                if child.i >= word.i:
                    continue
                # 'it' before an active verb of saying is the one that did not say ('It did not say whether C'), no
                # expletive: the cue is the saying's own words
                expletive = child.dep_ in _SUBJECT_DEPS and child.lower_ == "it" and not (
                    child.dep_ == "nsubj" and lemma(head) in cue_act_verbs()[1])
                if child.dep_ in {"neg", "acomp", "attr", "expl"} | _AUXILIARY_DEPS or expletive:
                    start = min(start, child.i)
        return self.doc[start:word.i + 1]

    def span(self, token: Token) -> Span:
        return Span(self.doc, token.i, token.i + 1)

    def selector_words(self, token: Token) -> Span:
        """A selecting predicate's words: the verb, with its particle when the selector is the phrasal verb
        ('rule out')."""
        particle = next((c for c in token.children if c.dep_ == "prt" and c.i > token.i
                         and (f"{lemma(token)} {c.lower_}" in self.lex.selectors
                              or f"{lemma(token)} {c.lower_}" in self.lex.turning_down_verbs)), None)
        return self.doc[token.i:particle.i + 1] if particle is not None else self.span(token)
