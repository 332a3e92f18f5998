"""The attribution component: cues, then contents, then sources, then chains (who says it on whose word)."""
from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from ...lexicon import load, words
from ..annotations import AttributionRecord, entity_index, register_extensions, set_attributions, story_start_token
from ..layout import paragraph_stamps
from ..table import token_table
from ..tokens import asks_whether, runs, trim
from .chains import link_chains
from .wire import (cited_in_passing, joined_by_semicolon, judged_by_apposition, relay_out_of_report,
                   report_over_its_clause, report_timed_against_another_act, reports_joined_by_semicolon,
                   saying_words, speaker_goes_on, time_before_content)
from .content import (according_as_root, across_another_cue, clause_around_according, colon_quote,
                      connective_out_of_fronted_content, content_of, contents_across_spaces, contrasted_reports,
                      coordinated_acts, coordinated_that_clause, head_of_relative_report, inside_relative_clause,
                      named_as, narrator_conjuncts, object_without_circumstance, object_without_next_act,
                      paragraph_after_colon, qualifier_of_report, quotation_after_colon, reported_without_source, speaker_after_quote,
                      split_quotation, plea, quote_goes_on, clause_around_the_report, quotation_closed,
                      clause_beside_the_report, that_into_content, speaker_in_fronted_occasion,
                      subject_out_of_according, without_dangling_joiners, without_programme_names,
                      source_named_after_comma, without_bare_marks, without_closing_aside, occasion_before_that,
                      question_left_open, seeming_evidence, subject_before_quotation, subject_out_of_cue,
                      speaker_beside, subject_read_as_compound, QUOTE_MARKS, quoted_at,
                      modal_conjunct_reported, without_reported_relative)
from .cues import (REPORTED_BY, SUBJECT_DEPS, ADDRESSEE_VERBS, GIVING, REFUSING, WITHHELD, WITHHELD_FACTS, CueLexicon,
                   achieved_result, addressee_only, addressee_out_of_content, appointment, citing_host,
                   clause_after_occasion, event_object, find_cues, given_information, gives_no_information,
                   mostly_reporting_verbs, names_thing, names_thing_answered, object_out_of_cue, with_own_subject)
from ..component import Component, factory
from .model import MODEL_FILE, AttributionModel, cue_head, load_model
from .sources import (SourceReader, relative_gap_speaker, split_no_one, states_speaking_terms,
                      within_speaking_terms)

# With the model, a reporting verb only the rules took for a cue is dropped (chosen on PolNeAR dev: the model's cue
# precision is higher); 'according to' and evidential nouns ('has intelligence that') stay, the model rarely has them.
# A source after its content parsed as an apposition ('C, the Gazette reported') is the rules' own reading: the
# model, trained on the same parses, rarely tags the verb, and its spans for it are not kept either. So are the other
# constructions the rules read from the parse: passive reports without an agent ('is understood to'), a second act
# misparsed into the first one's clause, estimates ('put the toll at 22') and what a document or image shows
# ('satellite images show', often inside another speaker's content, where the model misses it), and the first of two
# reports joined by a semicolon ('A says C; B denies D'), which the parser hangs on the second as its complement,
# and a stance adjective with a clause ('are not convinced that C'), whose adjective the model seldom takes for a cue.
# 'X quoted Y as saying C' is read by the rules with its spans: the model gives PolNeAR's 'Y as saying C' for the
# content, which the rules keep as written.
RULE_KINDS_KEPT = frozenset({"according", "evidential", "postposed", "passive", "coordinated", "estimate", "evidence",
                             "shown", "contrasted", "disputed", "unheld", "after_content", "over_clause", "joined", "turn",
                             "as_put", "stance", "quoted_as"})
# 'which the navy calls a criminal gang' is read by the rules too, but kept only where the model confirms it: on
# PolNeAR dev the rules' reading alone matched a gold cue 3 times in 13
RULE_SPANS_KEPT = frozenset({"postposed", "shown", "passive", "over_clause", "turn", "quoted_as"})
# What a document or image shows is the rules' own reading only inside another attribution's content ('officials
# said satellite images show ...'), where the model, trained on top-level cues, misses it; elsewhere the model
# decides (on PolNeAR dev the rules' top-level readings changed a right source into a wrong one and matched none
# the model had missed).
EMBEDDED_ONLY = frozenset({"evidence", "shown"})
# PLOVER's types of material force (the codebook's ASSAULT, FIGHT, COERCE and MOBILIZE): a verb paired with its
# object for one of these is done with hands or arms, never said
FORCE_TYPES = frozenset({"ASSAULT", "FIGHT", "COERCE", "MOBILIZE"})
# verbs that name rather than report when followed by 'as': "known as", "described as" stays (PolNeAR counts it)
NAMING_VERBS = frozenset({"know", "dub", "name", "title", "brand"})
# prepositions of where in a target's own words ('a depot near Kesto'): a name after them says where, not whom
LOCATIVE = frozenset({"near", "in", "outside", "at", "inside", "north", "south", "east", "west", "around"})
# verbs that give a thing a name or description in a free relative ('what the army described as a depot')
NAMING_AS = frozenset({"call", "describe", "term", "dub", "label", "brand", "characterize", "characterise"})


@factory("claimgraph_attribution_v1", alias="claimgraph_attribution", default_config={"use_model": True},
         requires=["span._.cg_entity", "span._.cg_time", "doc._.cg_front_matter", "token.dep", "token.tag",
                   "token.lemma", "token.ent_type"],
         assigns=["doc.spans", "span._.cg_cue", "span._.cg_content", "span._.cg_source"])
def make_attribution(nlp: Language, name: str, use_model: bool) -> "Attribution":
    return Attribution(use_model=use_model)


class Attribution(Component):
    """Finds attributions and writes them to the cg_cues, cg_contents and cg_sources spans groups, chained by parent
    and refers_to."""

    DATA = ("attribution.yaml", "titles.yaml", "event_triggers.yaml")
    MODELS = (MODEL_FILE,)

    def __init__(self, use_model: bool = True) -> None:
        register_extensions()
        self.use_model = use_model

    def load(self) -> None:
        self.lexicon = CueLexicon()
        self.sources = SourceReader()
        saved = self._saved_models.get(MODEL_FILE)
        self.model: AttributionModel | None = (
            (read_model(saved) if saved is not None else load_model()) if self.use_model else None)

    def __call__(self, doc: Doc) -> Doc:
        start = story_start_token(doc)
        cues = find_cues(doc, self.lexicon, start=start)
        records: list[AttributionRecord] = []
        by_head: dict[int, AttributionRecord] = {}
        cited_from: dict[int, AttributionRecord] = {}
        citing = []
        kinds: dict[int, str] = {}
        reporting = {cue.head.i for cue in cues}
        for cue in cues:
            if cue.kind == "citing":
                citing.append(cue)
                continue
            # a transcript's turn runs over as many sentences as the speaker says, past the colon's own
            content = set(cue.content) if cue.kind == "turn" else content_of(cue)
            if not content and report_over_its_clause(cue) is not None:
                cue = report_over_its_clause(cue)  # 'X reported, citing Y, that C' parsed as 'C, X reported'
                content = content_of(cue)
            if not content and cue.kind == "verb" and cue.complement is None:
                # "the commander said:" with the quotation in the next paragraph, past the parser's sentence
                content = {i for i in quotation_after_colon(doc, cue.tokens[-1]) if not doc[i].is_space}
            if not content:
                continue
            source = self.sources.source_of(cue, content)
            record = AttributionRecord(cue=runs(doc, cue.tokens), content=runs(doc, content),
                                       source=runs(doc, source), evidence=dict(cue.evidence))
            by_head[cue.head.i] = record
            # the first of two reports joined by a semicolon reads its content to its right ('A says C; B denies D')
            kinds[id(record)] = "joined" if cue.kind == "verb" and min(content) > cue.head.i and \
                joined_by_semicolon(cue.head, reporting) else cue.kind
            records.append(record)
        records = [r for r in records if kinds[id(r)] not in EMBEDDED_ONLY or embedded(r, records)]
        if self.model is not None:
            citing_tokens = {i for cue in citing for i in cue.tokens}
            kept_spans = {id(r) for r in records if kinds[id(r)] in RULE_SPANS_KEPT}
            found, confirmed = learned_spans(doc, self.model, start, records, citing_tokens, kept_spans)
            hosts = [r for r in records if id(r) in confirmed or kinds[id(r)] in RULE_KINDS_KEPT]
            records = [r for r in records if id(r) in confirmed or kinds[id(r)] in RULE_KINDS_KEPT
                       or kinds[id(r)] == "verb" and (unseen_in_training(r) or report_on_relative_gap(doc, r))
                       and not own_stance_quoted(r, records)
                       or kinds[id(r)] == "verb" and nested_report(doc, r, hosts)]
            for record in found:
                if self.reports(record):
                    records.append(record)
                    by_head[cue_head(doc, [i for s in record.cue for i in range(s.start, s.end)]).i] = record
        # each record's cue head is found once and handed to every filter (each used to find it again)
        heads = [cue_head(doc, [i for s in r.cue for i in range(s.start, s.end)]) if r.cue else None for r in records]
        records = [r for r, head in zip(records, heads)
                   if not open_question(r, head) and not refusal(r, head) and not self.achieved(doc, r, head)
                   and not nobody(r, head) and not terms_of_speaking(r, head) and not naming(r, head)
                   and not hedging_passive(head) and not (head is not None and awaited(head))
                   and not answered_thing(r, head) and not self.told_to(r, head) and not persuaded_holder(r, head)
                   and not self.event_act(head) and not particle_verb(head, self.lexicon.particle_verbs)
                   and not reported_to_a_place(r, head) and not self.threat_of_a_thing(r, head)
                   and not self.text_handled(head) and not framing_participle(head)
                   and not outlet_unable_to_verify(r, head) and not unseen_thing(r, head)]
        records = [r for r in records if not (kinds.get(id(r)) == "stance" and own_stance_quoted(r, records))]
        records += reported_without_source(doc, records, self.lexicon.evidential_adverbs, start)
        records = [r for r in records if r.cue]
        mention_ends = {i: mention.end for mention in doc.spans.get("cg_entities", [])
                        for i in range(mention.start, mention.end - 1)}
        for record in records:
            denied_act(doc, record)
            question_left_open(doc, record)
            speaker_after_quote(doc, record)
            split_quotation(doc, record)
            named_as(doc, record)
            colon_quote(doc, record)
            source_named_after_comma(doc, record)
            subject_out_of_cue(doc, record)
            subject_read_as_compound(doc, record)
            addressee_out_of_content(doc, record, self.lexicon.told_things)
            object_out_of_cue(doc, record, self.lexicon.object_content)
            seeming_evidence(doc, record)
            occasion_before_that(doc, record)
            connective_out_of_fronted_content(doc, record, self.lexicon.connectives)
            speaker_in_fronted_occasion(doc, record)
            subject_out_of_according(doc, record)
            according_as_root(doc, record)
            clause_around_according(doc, record)
            plea(doc, record)
            self.sources.participle_speaker(record)
            self.sources.without_gap_pronoun(record)
            self.sources.antecedent(record)
            self.sources.passive_without_agent(record)
            self.sources.agent_complement(record)
            self.sources.agent_for_subject(record)
            self.sources.without_former_name(record)
            self.sources.with_split_no_one(record)
            self.sources.without_participle(record)
            self.sources.with_name_before_apposition(record)
            self.sources.without_outer_noun(record)
            self.sources.not_the_occasion(record)
            self.sources.without_focus_particle(record)
            self.sources.without_stray_mark(record)
            self.sources.experiencer_object(record)
            self.sources.whole_mention(record, mention_ends)
        speaker_goes_on(doc, records)
        quote_goes_on(doc, records)
        subject_before_quotation(doc, records)
        coordinated_acts(doc, records)
        contrasted_reports(doc, records)
        narrator_conjuncts(doc, records, self.lexicon.verbs | mostly_reporting_verbs(), self.event_act)
        clause_beside_the_report(doc, records, self.lexicon.verbs)
        modal_conjunct_reported(doc, records, self.lexicon.verbs)
        that_into_content(doc, records)
        inside_relative_clause(doc, records)
        head_of_relative_report(doc, records)
        coordinated_that_clause(doc, records)
        across_another_cue(doc, records)
        qualifier_of_report(doc, records)
        cited_in_passing(doc, records, citing)
        time_before_content(doc, records)
        object_without_next_act(doc, records)
        object_without_circumstance(doc, records)
        without_closing_aside(doc, records)
        judged_by_apposition(doc, records)
        relay_out_of_report(doc, records)
        reports_joined_by_semicolon(doc, records)
        report_timed_against_another_act(doc, records)
        without_reported_relative(doc, records)
        without_dangling_joiners(doc, records)
        without_programme_names(doc, records)
        clause_around_the_report(doc, records)
        quotation_closed(doc, records)
        without_bare_marks(doc, records)
        # after the repairs above, which may give a report read with only its time ('said on Friday, citing X, that
        # C') the clause it reports
        times = time_words(doc)  # read once for every record
        records = [r for r in records if not only_a_time(doc, r, self.lexicon.verbs, times)]
        if start:
            for record in records:
                past_front_matter(doc, record, start)
            records = [r for r in records if r.content]
        stamps = paragraph_stamps(doc)
        if stamps:
            for record in records:
                past_stamp(doc, record, stamps)
            records = [r for r in records if r.content]
        kept = {id(r) for r in records}
        for cue in citing:
            reporting = by_head.get(citing_host(cue.head).i) or reporting_around(cue.head, records)
            if reporting is None or id(reporting) not in kept:
                continue  # "delayed the launch, citing the weather": a reason, not a source
            source = self.sources.cited(cue)
            if not source:
                continue
            record = AttributionRecord(cue=runs(doc, cue.tokens), content=list(reporting.content),
                                       source=runs(doc, source))
            cited_from[id(record)] = reporting
            if cue.head.lemma_ != "say":  # PolNeAR's reading of 'citing Y'; 'quoted Y as saying' has its own
                self.sources.citing_as_written(record, reporting)
            records.append(record)
        cited_by_relative(doc, records, cited_from, self.lexicon.citing)
        contents_across_spaces(doc, records)
        for record in records:
            self.sources.across_spaces(record)
        self.set_annotations(doc, link_chains(doc, records, cited_from, self.sources))
        return doc

    def set_annotations(self, doc: Doc, records: list[AttributionRecord]) -> None:
        set_attributions(doc, records)

    def achieved(self, doc: Doc, record: AttributionRecord, head: Token | None = None) -> bool:
        """Whether the record's cue is a verb of achievement with a result for object ('posted a rise'); `head`, the
        cue's head where the caller has it."""
        if not record.cue:
            return False
        head = head if head is not None else cue_head(doc, [i for s in record.cue for i in range(s.start, s.end)])
        return head.pos_ == "VERB" and achieved_result(head, record.content_tokens(), self.lexicon)

    def text_handled(self, head: Token | None) -> bool:
        """'the report, which was seen by the Post', 'the memo was obtained by the Ledger': a thing, not a person,
        undergoing what texts undergo (sources.document_participles), with who did it in a 'by' phrase, is seen or
        obtained, no report of anyone's; the outlet is where the text surfaced (as in 'a report seen by the Post',
        which is part of a source). PolNeAR train: of 22 gold cues on a passive of 'see', 21 are 'seen as' (a
        judgement, which keeps its cue) and one 'is seen speaking'; the text holds no 'which was seen by X'."""
        if head is None or not self.sources.text_participle(head):
            return False
        kids = list(head.children)
        if any(c.dep_ == "prep" and c.lower_ == "as" for c in kids):
            return False
        subject = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        if subject is not None and subject.tag_ in {"WDT", "WP"} and head.dep_ == "relcl":
            subject = head.head  # the noun the relative clause hangs on
        return subject is not None and subject.pos_ == "NOUN" and not self.sources.person_like(subject)

    def event_act(self, head: Token | None) -> bool:
        """'Ostrava recalled its ambassador': a reporting verb whose object the event lexicon pairs with it for an act
        other than speech is that act, whether the rules or the model took it for a cue (see cues.event_object). So
        is any verb the lexicon pairs with its object for an act of force ('Police fired tear gas at the crowd',
        FORCE_TYPES), which the model may take for a cue: PolNeAR train has 2 text matches of fire/launch/shoot +
        a weapon, neither cued."""
        if head is None or head.pos_ != "VERB":
            return False
        if head.lemma_.lower() in self.lexicon.verbs:
            return event_object(head) is not None
        return event_object(head, FORCE_TYPES) is not None

    def threat_of_a_thing(self, record: AttributionRecord, head: Token | None) -> bool:
        """'The dispute threatened to split the coalition': a thing that 'threatens to' do something is a risk, not
        a speaker; its subject names no person, body, outlet or document, only a common noun outside the source
        lexicons. PolNeAR train, text matches of 'threaten(ed) to': 18, 11 with a gold cue; of the 6 with such a
        subject ('a case that had threatened to', 'the primary threatens to', 'a pending ballot initiative
        threatened to'), 1 carries a gold cue ('technology threatens to change the industry')."""
        if head is None or head.pos_ != "VERB" or head.lemma_.lower() != "threaten" or not record.source:
            return False
        if not any(c.dep_ == "xcomp" and c.i > head.i for c in head.children):
            return False
        doc = head.doc
        types = {i: label for i, label in enumerate(token_table(doc).ent_type) if label}
        noun = self.sources.noun_head(self.sources.head(record.source))
        if noun is None or noun.pos_ != "NOUN" or noun.i in types:
            return False
        return self.sources.cites_a_reason(record, types)

    def told_to(self, record: AttributionRecord, head: Token | None) -> bool:
        """'The staff were told on Friday' read with the staff for content: whom something was told is not what
        (see cues.addressee_only)."""
        return head is not None and head.pos_ == "VERB" and \
            addressee_only(head, set(record.content_tokens()), self.lexicon.told_things)

    @staticmethod
    def reports(record: AttributionRecord) -> bool:
        """Whether a cue only the model found reports something, by the same principles the rules follow.

        A cue-frequency threshold (from cues_polnear.yaml) was tried as a filter instead: every level of it lowered
        PolNeAR dev F1. So was its object-frame share ('gave no details about', 'accepted the award': a verb with a
        bare noun phrase for content whose object-frame uses train rarely reads as reporting): at 0.08 and 0.1 it
        lowered dev F1 by 0.1 to 0.2 (PolNeAR counts 'spoke about X', 'debated X'), so it is not applied either.
        """
        doc = record.cue[0].doc
        head = cue_head(doc, [i for s in record.cue for i in range(s.start, s.end)])
        if head.pos_ == "NOUN" and not record.source:
            return False  # as in the rules: "concerns that ..." with nobody holding them is no attribution
        if any(c.dep_ == "prep" and c.lower_ == "as" for c in head.children) and head.lemma_.lower() in NAMING_VERBS:
            return False  # "also known as a Pantsir" names a thing, it reports nothing
        if any(c.dep_ == "oprd" for c in head.children) and head.lemma_.lower() in NAMING_VERBS:
            return False  # "were named best actors", "was named chief executive": an appointment or a title
        if physical_assault(head, record, role_words()):
            return False  # "gunmen attacked the convoy": an act of violence, not of speech
        if only_acting(head):
            return False  # "went on to win the nomination", "tried to use the footage": acts, not what was said
        if imposed_measure(head, record):
            return False  # "Kessary imposed sanctions on eight officials": a measure put in force, not a report
        subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if subject is not None and any(c.dep_ == "agent" for c in head.children) and record.source and \
                {i for s in record.source for i in range(s.start, s.end)} <= {t.i for t in subject.subtree} and \
                not said_to_subject(head):
            return False  # "the convoy was attacked by gunmen": who undergoes a passive act does not say it
        return True



# the share of its PolNeAR train uses a verb heads a cue in, at least, for 'went on to V' or 'tried to V' to report:
# the verbs cued after 'went on to' in train head cues in 0.29 ('detail') to 0.85 ('say') of their uses; those never
# cued there in 0.03 ('run') or less ('win' 0.008, 'lead' 0.012, 'work' 0.015; 'lose', 'serve', 'build' never)
ACTING_SHARE = 0.1


@lru_cache(maxsize=1)
def verb_cue_shares() -> dict[str, float]:
    """Each verb's share of its PolNeAR train uses that head a cue (cues_polnear.yaml); a verb it lacks never does."""
    return {e["lemma"]: e.get("precision", 0.0) for e in load("cues_polnear.yaml")["entries"] if e.get("pos") == "VERB"}


def only_acting(head: Token) -> bool:
    """'Halvard went on to win the nomination', 'she went on to run the agency', 'the committee has tried to use the
    footage': 'go on to V' says what its subject did next and 'try to V' what it attempted, and either reports only
    where V does ('went on to say that C', 'tried to explain'). PolNeAR train, text matches: 'go/went on to V' 40, 24
    cued, 23 of them with a V at or above ACTING_SHARE, and of the 11 with a V below it, 1 is cued ('went on to
    jab'); 'try/tried to V' 371, 44 cued, and of the 289 with a V below the share 19 are cued ('make' 4 of 13, 'do' 2
    of 15, 'get' 1 of 17, 'refute' 1 of 1, ...)."""
    lemma = head.lemma_.lower()
    if lemma == "go":
        if not any(c.dep_ == "prt" and c.lower_ == "on" for c in head.children):
            return False
    elif lemma != "try":
        return False
    verb = next((c for c in head.rights if c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    return verb is not None and verb_cue_shares().get(verb.lemma_.lower(), 0.0) < ACTING_SHARE


def denied_act(doc: Doc, record: AttributionRecord) -> bool:
    """'The army denied firing on the town': what a denial's gerund names is what is denied, so a cue run over the
    gerund and its preposition ('denied firing on', with 'the town' for content) gives them back to the content
    (PolNeAR train: 0 text matches of 'deny' before a gerund, weak; the reading is the one a denial with a gerund
    gets when the cue stops at the verb). Returns whether the record changed."""
    cue = [i for s in record.cue for i in range(s.start, s.end)]
    denial = next((doc[i] for i in cue if doc[i].pos_ == "VERB" and doc[i].lemma_.lower() == "deny"), None)
    if denial is None:
        return False
    gerund = next((doc[i] for i in cue if doc[i].tag_ == "VBG" and doc[i].dep_ == "xcomp"
                   and doc[i].head.i == denial.i and i > denial.i), None)
    if gerund is None:
        return False
    act = {t.i for t in gerund.subtree}
    kept = [i for i in cue if i not in act]
    content = trim(doc, act)
    if not kept or not content:
        return False
    record.cue = runs(doc, kept)
    record.content = runs(doc, content)
    record.evidence["denied_act"] = doc[gerund.i:gerund.right_edge.i + 1].text
    return True


def particle_verb(head: Token | None, particle_verbs: frozenset[tuple[str, str]]) -> bool:
    """'Showed up at the rally', 'found out what happened', 'called off the visit': a verb with a particle that makes
    another verb of it (attribution.yaml, particle_verbs) says nothing, whatever the verb alone does; with a clause
    of its own ('found out that C') it still reports it."""
    return head is not None and head.pos_ == "VERB" and any(
        c.dep_ == "prt" and (head.lemma_.lower(), c.lower_) in particle_verbs for c in head.children) and \
        not any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                for c in head.children)


# what one reports to or for when one presents oneself ('reported to work', 'reported for duty')
PLACES_REPORTED_TO = frozenset({"work", "duty"})


def reported_to_a_place(record: AttributionRecord, head: Token | None) -> bool:
    """'Reported to work', 'must report to a police station', 'reported for duty': 'report' with nothing reported
    but where or for what one presents oneself moves, it says nothing; a content read from its 'to' or 'for' phrase
    (with where and when) is that destination. A report with a topic or a clause ('report to parliament on the spending', 'reported to the
    regulator that C') keeps it. PolNeAR train: 2 gold cues of 'report to', neither with the 'to' phrase for
    content ('report to a judge next week about its lapse', 'reported to the IRS that C'); no motion sense occurs."""
    if head is None:
        return False
    # the cue may run from a verb the report hangs on ('were ordered to report to')
    head = next((head.doc[i] for s in record.cue for i in range(s.start, s.end) if head.doc[i].pos_ == "VERB"
                 and head.doc[i].lemma_.lower() == "report"), None)
    if head is None:
        return False
    kids = list(head.children)
    # 'reported to work': the parser reads the place of work as an infinitive
    to_work = [c for c in kids if c.dep_ == "xcomp" and c.lemma_.lower() in PLACES_REPORTED_TO and c.i == head.i + 2]
    if any(c.dep_ in {"ccomp", "dobj", "dative"} or c.dep_ == "xcomp" and c not in to_work or
           c.dep_ == "prep" and c.lower_ in {"on", "about", "of"} for c in kids):
        return False
    destinations = {t.i for c in kids if (c.dep_ == "prep" and c.lower_ in {"to", "for"} or c in to_work)
                    and c.i > head.i for t in c.subtree}
    after = {i for i in record.content_tokens() if i > head.i}
    # with no clause, object or topic, what was read after the verb is the destination and where and when
    return bool(after & destinations) and after <= {t.i for t in head.subtree}


def said_to_subject(head: Token) -> bool:
    """'Tenants were assured by the landlord that C', 'was convinced by aides that C': a passive verb with a 'by'
    agent and a clause for complement is a report made to its subject, which the agent makes (the source is read
    from the agent later, SourceReader.agent_for_subject); an act undergone ('was attacked by gunmen') has no clause."""
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in {"that", "whether", "if"} for m in c.children)
               for c in head.children)


@lru_cache(maxsize=1)
def violent_verbs() -> frozenset[str]:
    """The verbs of PLOVER's ASSAULT and FIGHT types (event_triggers.yaml, after the PLOVER codebook)."""
    types = load("event_triggers.yaml")["types"]
    return frozenset(v for kind in ("ASSAULT", "FIGHT") for v in types.get(kind, {}).get("verbs", []))


@lru_cache(maxsize=1)
def mobilizing_verbs() -> frozenset[str]:
    """The verbs of PLOVER's MOBILIZE type (event_triggers.yaml): "deployed", "stationed", "reinforced" move forces,
    they report nothing (PolNeAR train: none of their 22 uses is a cue)."""
    return frozenset(load("event_triggers.yaml")["types"].get("MOBILIZE", {}).get("verbs", []))


def deployment_cue(doc: Doc, cue: list[int]) -> bool:
    """Whether a cue the model found is a verb that moves forces ("Velmar has stationed 20 launchers in ...")."""
    return any(doc[i].pos_ == "VERB" and doc[i].lemma_.lower() in mobilizing_verbs() for i in cue)


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """Roles a person is known by, as the source reader reads them (titles.yaml leader titles, person_roles)."""
    return SourceReader().titles


PERSONAL = frozenset({"PRP", "PRP$", "NNP", "NNPS", "WP"})


def personal(token: Token) -> bool:
    """A name or a personal pronoun: someone is named ('Sunday' is a name of no one)."""
    return token.tag_ in PERSONAL and token.ent_type_ not in {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY"}


def free_relative_object(verb: Token) -> Token | None:
    """'Rebels attacked what the army described as a supply depot': the parser may take a free relative for the
    verb's clausal complement; a complement opened by 'what' that is the object of a naming verb (call, describe,
    term, dub, label) names a thing, and is the verb's object. Returns the naming verb, or None. (PolNeAR train and
    the PLOVER records: no violent verb before 'what'; weak, read from the parse's shape.)"""
    for c in verb.children:
        if c.dep_ == "ccomp" and c.i > verb.i and c.lemma_.lower() in NAMING_AS and \
                any(w.dep_ == "dobj" and w.lower_ == "what" and w.i < c.i for w in c.children):
            return c
    return None


def physical_assault(head: Token, record: AttributionRecord, titles: frozenset[str]) -> bool:
    """'Gunmen attacked the convoy', 'militants struck a police station': a verb that PolNeAR reads as a verbal attack
    ('Bush also attacked Trump', 'attacked GOP voters for opposing ...') names an act of violence (PLOVER ASSAULT and
    FIGHT verbs) when what it is aimed at names nobody: no name, pronoun or possessor in it and no 'for' phrase of
    what the target is blamed for, and no name, pronoun or role (`titles`) in who acts. PolNeAR train's cued attacks
    are aimed at people, their parties and their words, by people named or known by their role."""
    if head.pos_ != "VERB" or head.lemma_.lower() not in violent_verbs():
        return False
    content = record.content_tokens()
    if not content:
        return False
    doc = head.doc
    named = free_relative_object(head)
    if named is None and any(doc[i].dep_ in {"ccomp", "xcomp"} for i in content):
        return False
    target = next((c for c in head.children if c.dep_ == "dobj"), None)
    aimed_at = [t for t in target.subtree] if target is not None else \
        [t for t in named.subtree if t.i > named.i] if named is not None else [doc[i] for i in content]
    # where the target lies ('a depot near Kesto') names no one aimed at
    placed = {w.i for t in aimed_at if t.dep_ == "prep" and t.lower_ in LOCATIVE for w in t.subtree}
    if any(personal(t) and t.i not in placed for t in aimed_at):
        return False
    # 'Mr. Trump has attacked loopholes that benefit others' (PolNeAR dev): a named speaker attacks in words
    source = [t for s in record.source for t in s]
    if any(personal(t) or t.lemma_.lower() in titles for t in source):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in {"for", "over"} for c in head.children)


def imposed_measure(head: Token, record: AttributionRecord) -> bool:
    """'imposed sanctions on', 'slapped a curfew on': a verb of imposing (attribution.yaml imposing_verbs) with a
    measure for object (imposed_measures) and no clause of its own puts the measure in force. A content that is a
    clause stating the measure's terms ('imposed new sanctions that bar most trading with the regime') is what a
    decree says, and stays (PolNeAR dev annotates one such)."""
    if head.pos_ != "VERB" or head.lemma_.lower() not in words("attribution.yaml", "imposing_verbs"):
        return False
    if any(c.dep_ in {"ccomp", "xcomp"} for c in head.children):
        return False
    doc = head.doc
    if any(doc[i].pos_ in {"VERB", "AUX"} and doc[i].tag_ in {"VBZ", "VBP", "VBD", "MD"}
           for i in record.content_tokens()):
        return False
    measures = words("attribution.yaml", "imposed_measures")
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in measures for c in head.children)


def past_front_matter(doc: Doc, record: AttributionRecord, start: int) -> None:
    """'VALMORE, March 12 (Reuters) - Port workers will strike, their union said': a dateline (or a caption) before
    the story proper says where and by whom the report was filed, never what is said or who says it; the parser
    puts it in the first sentence, so it leaves that sentence's content and source."""
    for role in ("content", "source"):
        spans = getattr(record, role)
        tokens = {i for s in spans for i in range(s.start, s.end)}
        if tokens and min(tokens) < start:
            kept = trim(doc, {i for i in tokens if i >= start})
            if not kept and role == "source":
                kept = story_subject(doc, record, start)
            record.evidence.setdefault("front_matter_cut", doc[min(tokens):start].text.strip())
            setattr(record, role, runs(doc, kept))


def story_subject(doc: Doc, record: AttributionRecord, start: int) -> set[int]:
    """'KELVARRA (Wire) - X's interior ministry said ...': where the parser gives the cue two subjects, the
    dateline's place and the lead's own, and the source was the first, the speaker is the subject inside the story
    (with neither the content nor the cue)."""
    cue = {i for s in record.cue for i in range(s.start, s.end)}
    if not cue:
        return set()
    head = cue_head(doc, sorted(cue))
    content = record.content_tokens()
    subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i >= start
                    and c.i not in content), None)
    if subject is None:
        return set()
    return trim(doc, {t.i for t in subject.subtree} - content - cue)


def past_stamp(doc: Doc, record: AttributionRecord, stamps: set[int]) -> None:
    """'09:12 - Water levels have risen, state media reported': a live page's timestamp says when the update was
    posted; the parser puts it in the paragraph's first sentence, so it leaves that sentence's content and source."""
    for role in ("content", "source"):
        tokens = {t.i for s in getattr(record, role) for t in s}
        cut = tokens & stamps
        if cut:
            record.evidence.setdefault("stamp_cut", doc[min(cut):max(cut) + 1].text)
            setattr(record, role, runs(doc, trim(doc, tokens - stamps)))


def embedded(record: AttributionRecord, records: list[AttributionRecord]) -> bool:
    """Whether the record's cue lies inside another attribution's content."""
    cue = {i for s in record.cue for i in range(s.start, s.end)}
    return any(other is not record and cue <= other.content_tokens() for other in records)


def nested_report(doc: Doc, record: AttributionRecord, hosts: list[AttributionRecord]) -> bool:
    """'Several of them said C, the charity said in a statement', 'told the Courier the pilots had said C': a verb
    of saying that is the clausal complement of another source's verb of saying, inside that report's content, with
    a subject of its own that a noun names and outside any quotation, is a source's account nested in another's (the
    chain gives it its parent). The model, trained on PolNeAR, leaves it out: PolNeAR's annotators seldom mark a
    nested report (train, parsed: 7 of 23 such unquoted 'say|tell' under 'say|tell|report|add' carry a gold cue),
    while the golds of the dev singles mark each one. Evidence ('the poll found 74 percent said'), suggestion and
    quotation stay the model's (PolNeAR dev: the reading adds no attribution there)."""
    verb = cue_head(doc, [i for s in record.cue for i in range(s.start, s.end)])
    host = verb.head
    if verb.dep_ != "ccomp" or verb.lemma_.lower() not in NESTED_VERBS or host.lemma_.lower() not in SAYING_HOSTS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.pos_ not in NAMING_POS or \
            not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return False
    outer = next((h for h in hosts if h is not record and any(host.i in range(s.start, s.end) for s in h.cue)), None)
    if outer is None or verb.i not in outer.content_tokens():
        return False
    opening = min(outer.content_tokens())
    while opening > 0 and (doc[opening - 1].is_space or doc[opening - 1].text in QUOTE_MARKS):
        opening -= 1  # a quotation opened right before the content is the speaker's own words
    return not quoted_at(doc, opening, verb.i)


# the verbs of a nested report, and the verbs of saying it may be nested in (evidence and suggestion left out; a
# nested belief, 'said the Service believed C', is an event the golds rate as well as a report, left to the model)
NESTED_VERBS = frozenset({"say", "tell"})
SAYING_HOSTS = frozenset({"say", "tell", "report", "add"})
# the parts of speech of a subject that names a speaker ('the Service', 'Several of them'), not a pronoun
NAMING_POS = frozenset({"NOUN", "PROPN", "ADJ"})


# the speaker's own pronouns: a stance they take in their own words
FIRST_PERSON = frozenset({"i", "we"})


def own_stance_quoted(record: AttributionRecord, records: list[AttributionRecord]) -> bool:
    """'"I am confident the dam will hold," the minister said': a stance in the first person inside what another
    attribution reports is part of what that speaker says, not a report of its own. PolNeAR train (cached
    predictions of the stance rule): 13 such stances inside another attribution's content, none with a gold cue;
    a writer's own 'we are convinced that C' outside any content keeps its cue."""
    source = " ".join(span.text for span in record.source).lower()
    return source in FIRST_PERSON and embedded(record, records)


def read_model(path: Path) -> AttributionModel:
    """An attribution model saved with a pipeline."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return AttributionModel.from_dict(json.load(handle))


def open_question(record: AttributionRecord, head: Token | None = None) -> bool:
    """'It is not known whether C', 'the report does not say whether C': nobody says C or its contrary; an open
    question (it sets the certainty of C, not its source), as the contract's definition has it: an attribution
    attributes content. PolNeAR train: 9 of 13 "it is/was not known/clear whether|if" carry no gold cue; PolNeAR
    marks the negated reports ('did not say whether', train 4 of 4), which therefore cost its figures one match on
    dev. 'Did not say when/how/what C' is left to PolNeAR's reading: its wh-clause is often a topic rather than an
    open proposition ('did not say much about how he is preparing'; 4 such cues on dev). 'Did not say whether C'
    is read as a refusal is ('declined to say whether C', see `refusal`), one thing with one meaning: PolNeAR
    train marks 13 of 19 'did/would/does not say|explain|indicate whether|if|wh-' but none of 3 'declined/refused
    to say whether', which mean the same."""
    if not record.cue:
        return False
    doc = record.cue[0].doc
    head = head if head is not None else cue_head(doc, [i for s in record.cue for i in range(s.start, s.end)])
    content = sorted(record.content_tokens())
    return bool(content) and doc[content[0]].lower_ in {"whether", "if"} and \
        any(c.dep_ == "neg" for c in head.children)


NOBODY = frozenset({"nobody", "none", "noone", "no-one"})
# what nobody expects or knows is a shared state of mind that PolNeAR does annotate ('No one expected a full 90
# minutes of policy discussion'), unlike what nobody says
COGNITION = frozenset({"expect", "think", "believe", "know", "predict", "anticipate", "imagine", "doubt", "suspect",
                       "foresee", "guess", "want", "care", "fear", "hope", "assume", "dispute"})


@lru_cache(maxsize=1)
def unseen_reporting_lemmas() -> frozenset[str]:
    """The lexicon's reporting verbs that cues_polnear.yaml never counts, cue or not: words the model has not seen
    in PolNeAR train."""
    return words("attribution.yaml", "reporting_verbs") - words("cues_polnear.yaml", "entries")


def unseen_in_training(record: AttributionRecord) -> bool:
    """'Intelligence officials assess that C': a reporting verb of the lexicon that PolNeAR train never has (its
    source is another, as 'assess' comes from US intelligence usage) is one the model cannot have learned; the
    rules' reading of it stands rather than being dropped for want of the model's confirmation."""
    doc = record.cue[0].doc if record.cue else None
    if doc is None:
        return False
    head = cue_head(doc, [i for s in record.cue for i in range(s.start, s.end)])
    if head.pos_ != "VERB" or head.lemma_.lower() not in unseen_reporting_lemmas():
        return False
    # only with a clause for content: "assess the damage" weighs something up and reports nothing
    content = record.content_tokens()
    return any(doc[i].pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i in content
                                                       for c in doc[i].children) for i in content)


def report_on_relative_gap(doc: Doc, record: AttributionRecord) -> bool:
    """'Ferro, who investigators believe ran the network': a report inside a relative clause whose pronoun is the
    subject of what is reported, the speaker between them. The model seldom tags the verb there when it is not
    'say' (it missed 'believe' in such clauses), and PolNeAR marks it with the speaker for source (train: of 69
    text matches of 'who|which|that X say|believe|think|claim|allege|suspect' before a finite verb, 32 are cued,
    each with X for the source), so the rules' reading stands without the model's confirmation."""
    head = cue_head(doc, [i for s in record.cue for i in range(s.start, s.end)])
    found = relative_gap_speaker(head) if head.pos_ == "VERB" else None
    clause = next((c for c in head.children if c.dep_ == "ccomp" and c.i > head.i), None)
    # the reported clause has no subject but the pronoun: 'who investigators believe the board hired' is no gap
    return found is not None and clause is not None and all(
        c.i == found[0].i for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"})


# what an opening participle may carry and still only frame the sentence's report: where, when and how
FRAMING_DEPS = frozenset({"prep", "advmod", "npadvmod", "punct", "prt"})


def framing_participle(head: Token | None) -> bool:
    """'Writing in the Orvel Times, X argued that C', 'Writing on his blog, X claimed C': a participle opening the
    sentence, with no object, clause or quotation of its own, tells where or how the subject of the verb it hangs on
    put the words; the report is that verb's, and the participle is no attribution (its 'in the Times' is the medium,
    no source). PolNeAR train: of 12 sentences opening '<participle> in|on|to|for|at|... X, Y said|told|wrote|argued',
    none carries a gold cue, source or content on the participle (speaking, responding, appearing, pointing ...)."""
    if head is None or head.tag_ != "VBG" or head.dep_ != "advcl" or head.i > head.head.i:
        return False
    verb = head.head
    if verb.pos_ not in {"VERB", "AUX"} or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    doc = head.doc
    if not all(doc[i].is_punct or doc[i].is_space for i in range(head.sent.start, head.i)):
        return False
    return all(c.dep_ in FRAMING_DEPS for c in head.children) and \
        not any(t.dep_ in {"ccomp", "relcl", "acl", "advcl"} for c in head.children for t in c.subtree)


def nobody(record: AttributionRecord, head: Token | None = None) -> bool:
    """'No group has claimed responsibility', 'no one has suggested that C': a source quantified by 'no' is nobody,
    who says nothing, so there is no attribution (PolNeAR train: the one 'no one has suggested that' carries no gold
    cue); the act stays a claim of the article's voice, negated by its subject."""
    spans = [s for s in record.source if len(s)]  # a Token only where one is read, not for every source word
    if not spans or not record.cue:
        return False
    if head is None:
        head = cue_head(spans[0].doc, [i for s in record.cue for i in range(s.start, s.end)])
    if head.lemma_.lower() in COGNITION:
        return False
    head = min((s.root for s in record.source), key=lambda t: t.i)
    if head.lower_ in NOBODY and not partitive_of_group(head):
        return True
    if head.lower_ == "one" and head.i > 0 and head.doc[head.i - 1].lower_ == "no":
        return True
    doc, first = spans[0].doc, min(s.start for s in spans)
    if split_no_one(doc[first]) or first + 2 < len(doc) and split_no_one(doc[first + 2]) == {first, first + 1}:
        # "No-one has claimed responsibility": the British spelling, which the tokenizer splits into three words and
        # the parser into three subjects (PolNeAR train: 1 'no-one' beside 70 'no one', weak; the rule is the one
        # for 'no one')
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)


def partitive_of_group(head: Token) -> bool:
    """'None of them would say', 'none of the scholars thought': 'none of' a group named picks out its members, who
    speak as that group, so it is a source (PolNeAR train: 8 gold sources open with 'none of', as 'None of the
    three laid out a plan', 'none of his rivals attacked him'), where 'no group', 'nobody' and 'no one' are
    nobody."""
    return head.lower_ == "none" and any(c.dep_ == "prep" and c.lower_ == "of" and
                                         any(o.dep_ == "pobj" for o in c.children) for c in head.children)


def withheld_information(withheld: Token) -> bool:
    """Whether a refused act is one of giving a fact ('declined to confirm the toll') or of saying whether
    something is so ('refused to say whether he would run'), or what, who or how it is ('declined to say what the
    outage had cost'): the refusal says nothing, so it is no attribution, while 'refused to say that C' is cued.
    PolNeAR train: of 5 'declined/refused to say' + a whether- or wh-clause, 4 carry no gold cue (the one cued,
    'declined to say who he plans to vote for'; weak)."""
    lemma = withheld.lemma_.lower()
    if lemma in WITHHELD_FACTS or given_information(withheld):
        return True  # "declined to give figures on job losses"
    return lemma == "say" and any(asks_whether(c) or asks_which(c) for c in withheld.children)


def leaving(act: Token) -> bool:
    """Whether a refused act is leaving an office or a place ('refused to resign', 'refused to step down'): one of
    attribution.yaml leaving_acts, a phrasal one with its particle."""
    particle = next((c.lower_ for c in act.children if c.dep_ == "prt"), None)
    lemma = act.lemma_.lower()
    acts = words("attribution.yaml", "leaving_acts")
    return f"{lemma} {particle}" in acts if particle is not None else lemma in acts


def asks_which(clause: Token) -> bool:
    """A complement clause opened by a question word ('say what it had cost', 'say who ordered it', 'say how many
    homes lost power'): a question left open, as 'whether' leaves one."""
    return clause.dep_ == "ccomp" and clause.left_edge.tag_ in {"WDT", "WP", "WP$", "WRB"}


def hedging_passive(head: Token | None) -> bool:
    """'The militia is believed to have moved fighters north': an agentless passive of believing (attribution.yaml
    hedging_passives) with its subject raised to an infinitive hedges the claim in the narrator's voice, the
    certainty component reads it, and nobody is reported as saying anything, so it is no attribution. So is the
    impersonal form of the same verbs, 'it' with a clause ('It is thought that the radar will enter service'): the
    same belief held by no one named. A negated one stays a report ('is not thought to be capable of'; train has
    none, the one on PolNeAR dev carries a gold cue), and so do verbs of saying or finding in the impersonal form
    ('it was said that', 'it was revealed that'), which PolNeAR cues."""
    if head is None or head.tag_ != "VBN" or head.lemma_.lower() not in words("attribution.yaml", "hedging_passives"):
        return False
    kids = list(head.children)
    if not any(c.dep_ == "auxpass" for c in kids) or any(c.dep_ in {"agent", "neg"} for c in kids):
        return False
    subject = next((c for c in kids if c.dep_ in {"nsubjpass", "expl"}), None)
    if subject is not None and subject.lower_ == "it":
        return any(c.dep_ == "ccomp" and c.i > head.i and any(m.dep_ == "mark" and m.lower_ == "that"
                                                              for m in c.children) for c in kids)
    return subject is not None and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in kids)


def awaited(head: Token) -> bool:
    """'Two of the officials said the final version was expected within weeks': an agentless passive of expecting
    (attribution.yaml awaited_passives) with no infinitive, clause or object of its own says when an event is
    awaited, in the voice of whoever tells it; nobody is reported as expecting anything."""
    if head.tag_ != "VBN" or head.lemma_.lower() not in words("attribution.yaml", "awaited_passives"):
        return False
    kids = list(head.children)
    return any(c.dep_ == "auxpass" for c in kids) and not any(
        c.dep_ in {"agent", "xcomp", "ccomp", "dobj", "oprd"} for c in kids)


def refusal(record: AttributionRecord, head: Token | None = None) -> bool:
    """'The ministry declined to comment', 'the embassy would not comment', 'the agency gave no details about the
    arrests': a refusal to speak attributes no
    proposition, so it is no attribution (an attribution attributes content); the refused act stays a claim of the
    article's voice, negated by the refusing verb. PolNeAR marks refusals as cues (train: 'declined/refused to
    comment' 29 of 29), which costs its figures one match on dev (1 such refusal in 84 articles)."""
    if not record.cue:
        return False
    doc = record.cue[0].doc
    head = head if head is not None else cue_head(doc, [i for s in record.cue for i in range(s.start, s.end)])
    if head.lemma_.lower() in REFUSING:
        withheld = next((c for c in head.children if c.dep_ == "xcomp"), None)
        if withheld is None:
            # "declined comment on the report": the withheld speech named by a noun object is the same refusal
            # as 'declined to comment on' (PolNeAR train: 1 'declined comment', cued as PolNeAR cues refusals)
            withheld = next((c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in WITHHELD), None)
    elif head.lemma_.lower() in WITHHELD - {"respond"} and any(c.dep_ == "neg" for c in head.children):
        # "would not comment", "have not commented on the claims"; 'did not respond to requests for comment' is
        # left to PolNeAR's reading (2 gold cues on dev): what it withholds is an answer to a request
        withheld = head
    elif head.lemma_.lower() in GIVING:
        # "gave no details about the arrests", "offered no explanation": information withheld (PolNeAR dev's one
        # 'offered no proof' carries no gold cue)
        return gives_no_information(head)
    else:
        return False
    if withheld is not None and head.lemma_.lower() in REFUSING and (withheld_information(withheld) or
                                                                   leaving(withheld)):
        return True
    if withheld is None or withheld.lemma_.lower() not in WITHHELD:
        return False
    # a clause said all the same ("declined to comment, saying C") is the participle's own attribution
    return not any(c.dep_ in {"ccomp"} and c.i > withheld.i and not any(
        m.lower_ in {"whether", "if"} for m in c.children if m.dep_ == "mark") for c in withheld.children)


VERIFYING = frozenset({"verify", "confirm", "corroborate"})


def outlet_unable_to_verify(record: AttributionRecord, head: Token | None) -> bool:
    """'Pelham Wire could not confirm the Ledger's report', 'Reuters could not independently verify the footage': a
    news outlet that could not check a report attributes nothing; it is the outlet's own note on the report (see
    the markers' unverified notes). The seed's and dev golds mark no attribution on 'Orison Wire could not
    independently verify either figure' (s2) or 'Tidewater Press could not independently verify the report' (the
    dev story corpus); PolNeAR train has no such outlet's check."""
    if head is None or head.pos_ != "VERB" or head.lemma_.lower() not in VERIFYING or not record.source:
        return False
    negated = any(c.dep_ == "neg" or c.lower_ in {"never", "unable"} for c in [*head.children, head.head])
    if not negated:
        return False
    doc = head.doc
    clusters = doc._.cg_entities or []
    index = entity_index(doc) if clusters else {}
    return any(clusters[index[t.i]].type == "OUTLET" for s in record.source for t in s if t.i in index)


def unseen_thing(record: AttributionRecord, head: Token | None) -> bool:
    """'The Tamsford Courier has not seen the ledger', 'he had not seen the report': not having seen a thing says
    nothing of it, so there is no attribution; the clause stays in the article's voice. The dev story corpus
    attributes nothing on 2 of 2 'has not seen the document'; PolNeAR train: none of 19 negated 'see' with a noun
    phrase for object is a gold cue. A clause seen or not ('did not see that it was over') is left to the other
    rules."""
    if head is None or head.pos_ != "VERB" or head.lemma_.lower() != "see" or not any(
            c.dep_ == "neg" or c.lower_ == "never" for c in head.children):
        return False
    content = record.content_tokens()
    doc = head.doc
    for thing in (c for c in head.children if c.dep_ == "dobj"):
        thing_words = {t.i for t in thing.subtree}
        if content and all(i in thing_words or doc[i].is_punct for i in content):
            return not any(doc[i].dep_ in SUBJECT_DEPS or doc[i].dep_ in {"ccomp", "mark"} for i in content)
    return False


def answered_thing(record: AttributionRecord, head: Token | None = None) -> bool:
    """'X did not reply to emailed questions', 'if the company publishes its accounts': what is answered or issued
    is no proposition anyone states (see cues.names_thing_answered), so there is no attribution; the act stays a
    clause of the article's own voice."""
    if not record.cue:
        return False
    doc = record.cue[0].doc
    cue = [i for s in record.cue for i in range(s.start, s.end)]
    return names_thing_answered(head if head is not None else cue_head(doc, cue), record.content_tokens(), set(cue))


def naming(record: AttributionRecord, head: Token | None = None) -> bool:
    """'the ridge, which rebels call "the Fortress"', 'the village, known to locals as the Crossing': a clause of
    naming on what it names is no attribution (see names_thing); nor is an appointment ('were named to the
    committee', see appointment)."""
    if not record.cue:
        return False
    doc = record.cue[0].doc
    head = head if head is not None else cue_head(doc, [i for s in record.cue for i in range(s.start, s.end)])
    return names_thing(head) or appointment(head)


def time_words(doc: Doc) -> set[int]:
    """The words of the document's time expressions."""
    return {i for span in doc.spans.get("cg_times", []) for i in range(span.start, span.end)}


def only_a_time(doc: Doc, record: AttributionRecord, reporting: frozenset[str] | set[str] = frozenset(),
                times: set[int] | None = None) -> bool:
    """'offered his resignation on Sunday evening' read as cue 'offered his resignation on', content 'Sunday evening':
    the cue's extent runs over a preposition of time, and what is left for a content is when the act happened. A
    time alone is never what is said (PolNeAR train: of 22,466 gold contents, 1 is made of day, month, year or
    part-of-day words alone, 'think back to 2008'), so the reading is dropped and the act stays a plain clause."""
    table = token_table(doc)
    words_ = [i for i in record.content_tokens() if not table.punct[i] and not table.space[i]]
    if not words_ or not record.cue:
        return False
    if cue_head(doc, [i for s in record.cue for i in range(s.start, s.end)]).lemma_.lower() in reporting:
        return False  # 'said on Friday' still reports something, though its clause went unread: the report stays
    times = time_words(doc) if times is None else times
    return all(i in times or table.ent_type[i] in {"DATE", "TIME"} for i in words_)


def terms_of_speaking(record: AttributionRecord, head: Token | None = None) -> bool:
    """'A diplomat, who asked not to be named, said C': the cue 'asked' states the terms the diplomat speaks on;
    it attributes nothing."""
    if not record.cue:
        return False
    if head is None:
        head = cue_head(record.cue[0].doc, [i for s in record.cue for i in range(s.start, s.end)])
    # "All three asked not to be named", "She declined to be identified": the terms as the verb's own complement
    # in a clause of its own (PolNeAR train: 2 'declined to be named|identified'; weak)
    return within_speaking_terms(head) or any(c.dep_ == "xcomp" and states_speaking_terms(c) for c in head.children)


def cited_by_relative(doc: Doc, records: list[AttributionRecord], cited_from: dict[int, AttributionRecord],
                      citing: frozenset[str] | set[str]) -> None:
    """'The Ledger, which cited three diplomats, said C', 'according to the Ledger, which quoted two aides, C': a
    relative clause of citing on a report's source names through whom the report came, as 'citing' after it does
    ('the Ledger said C, citing three diplomats'); the citation is read as the cited party's attribution of the
    report's content, inside the report (`cited_from`). Its source, the relative pronoun, was read as the clause's
    antecedent and its content as what is cited; PolNeAR's reading of it as written (the pronoun for source, see
    `eval polnear`, the cited words for content) stays in the evidence. A reason cited ('the company, which cited
    weak demand, said C') is turned back into the citer's own act in the chains, as after 'citing'."""
    records.extend(unread_relative_citations(doc, records, citing))
    for record in records:
        pronoun = record.evidence.get("relative_pronoun")
        cue = [i for s in record.cue for i in range(s.start, s.end)]
        cited = record.content_tokens()
        if pronoun is None or not cue or not cited or id(record) in cited_from:
            continue
        head = cue_head(doc, cue)
        if head.pos_ != "VERB" or head.lemma_.lower() not in citing or head.dep_ != "relcl":
            continue
        clause = {t.i for t in head.subtree}
        # the clause may hang on the source's apposition ('by the Gazette, a shipping site, which cited the owner')
        antecedent = head.head.head if head.head.dep_ == "appos" else head.head
        reporting = next((r for r in records if r is not record and antecedent.i in
                          {i for s in r.source for i in range(s.start, s.end)}
                          and not {i for s in r.cue for i in range(s.start, s.end)} & clause
                          and (any(doc[i].pos_ in {"VERB", "AUX"} for i in r.content_tokens())
                               or r.evidence.get("construction") == REPORTED_BY)), None)
        if reporting is None:
            continue
        record.evidence["content_as_written"] = [{"start": s.start_char, "end": s.end_char, "text": s.text}
                                                 for s in record.content]
        record.evidence["cited_by_relative_clause"] = doc[head.i:max(clause) + 1].text
        record.source, record.content = list(record.content), list(reporting.content)
        cited_from[id(record)] = reporting


def unread_relative_citations(doc: Doc, records: list[AttributionRecord],
                               citing: frozenset[str] | set[str]) -> list[AttributionRecord]:
    """'The Ledger, which quoted two aides, said C': a relative clause of citing on a report's source that neither
    the rules nor the model read as an attribution of its own ('quote' is no reporting verb, and the model tags
    'which cited|quoted' rarely: PolNeAR train has 2), read as PolNeAR writes it (the pronoun cites the words after
    the verb) for `cited_by_relative` to turn into a link of the chain."""
    cued = {i for r in records for s in r.cue for i in range(s.start, s.end)}
    sourced = {i for r in records for s in r.source for i in range(s.start, s.end)}
    out = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.dep_ != "relcl" or verb.lemma_.lower() not in citing or verb.i in cued \
                or verb.head.i not in sourced:
            continue
        pronoun = next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"}), None)
        cited = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
        if pronoun is None or cited is None:
            continue
        clause = {t.i for t in verb.subtree}
        antecedent = trim(doc, {t.i for t in verb.head.subtree if t.i < min(clause)})
        if not antecedent:
            continue
        record = AttributionRecord(cue=runs(doc, [verb.i]), content=runs(doc, trim(doc, {t.i for t in cited.subtree})),
                                   source=runs(doc, antecedent))
        record.evidence["relative_pronoun"] = {"start": pronoun.idx, "end": pronoun.idx + len(pronoun.text),
                                               "text": pronoun.text}
        out.append(record)
    return out


def reporting_around(citing: Token, records: list[AttributionRecord]) -> AttributionRecord | None:
    """'C, the Gazette reported, citing two engineers': the parser hangs 'citing' on the reported clause, not on
    the reporting verb; the attribution whose content holds that clause and whose cue precedes 'citing' reports."""
    host = citing.head
    for record in records:
        cue = [i for s in record.cue for i in range(s.start, s.end)]
        if cue and citing.sent.start <= cue[0] < citing.i and host.i in record.content_tokens():
            return record
    return None


# verbs of persuading (FrameNet's Suasion frame): the subject of their passive holds the view ('are convinced that C')
SUASION_VERBS = frozenset({"convince", "persuade"})


def persuaded_holder(record: AttributionRecord, head: Token | None) -> bool:
    """'Investors were not convinced' read with the investors for content: whom a passive verb of persuading
    persuades holds a view, and is never what is said; with no view given there is no attribution (PolNeAR train:
    of 8 gold passive or adjectival convince/persuade cues, 7 take the subject for source, 1 has none, none takes it
    for content)."""
    if head is None or head.lemma_.lower() not in SUASION_VERBS:
        return False
    subject = next((c for c in head.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    content = set(record.content_tokens())
    return subject is not None and any(c.dep_ == "auxpass" or c.lemma_ == "be" for c in head.children) and \
        bool(content) and content <= {t.i for t in subject.subtree}


def adjunct_only(doc: Doc, cue: list[int], content: frozenset[int]) -> bool:
    """Whether a content lies wholly in the adjuncts of its cue (where, when, how it was said)."""
    if not content:
        return False
    head = cue_head(doc, cue)
    # 'as' after a verb of saying is what the speaker calls it ('dismissed as a forgery a report that C'), a
    # predicative whose phrase the parser may stretch over the report itself, so it is no adjunct
    # a preposition the cue itself holds is the one its verb selects ('has commented on reports that C'), whose
    # object is what is spoken of, no adjunct (PolNeAR train: 1,777 gold cues end on about, of, to, on, against, at
    # or over with their content right after)
    adjuncts = {t.i for c in head.children if c.dep_ in {"prep", "npadvmod", "advmod", "agent"} and c.i > head.i
                and c.lower_ != "as" and c.i not in cue for t in c.subtree}
    return set(content) <= adjuncts


def addressee_in(doc: Doc, cue: list[int], content: list[int]) -> bool:
    """'told reporters at a news conference that C' read by the model with 'reporters at a news conference' in the
    content: whom a verb of telling addresses is not what is told (FrameNet's Telling frame)."""
    head = cue_head(doc, list(cue))
    if head.lemma_.lower() not in ADDRESSEE_VERBS:
        return False
    told = next((c for c in head.children if c.dep_ in {"dobj", "dative"}), None)
    return told is not None and told.i in set(content) and any(
        c.dep_ in {"ccomp"} or c.dep_ == "prep" for c in head.children if c.i > told.i)


# verbs of speaking whose 'to'/'with' phrase is whom one speaks with (FrameNet's Chatting and Speak_on_topic
# frames: the Interlocutor and the Audience are no Topic)
SPEAKING_WITH = frozenset({"speak", "talk", "chat"})


def interlocutor_only(doc: Doc, cue: list[int], content: list[int]) -> bool:
    """'Police spoke to dozens of witnesses' read by the model with 'witnesses' for content: whom one speaks to or
    with is not what is said, unless the content is a clause (PolNeAR train: of 152 'speak/talk to/with X' in the
    texts, gold takes a phrase in the addressee's place for the content twice, 'speaks to swing state liberals'
    and 'speaks to the stickiness of ...' in the sense of 'shows')."""
    head = cue_head(doc, list(cue))
    if head.lemma_.lower() not in SPEAKING_WITH or not content:
        return False
    if any(doc[i].pos_ in {"VERB", "AUX"} for i in content):
        return False  # a clause is said, whoever it is said to
    spoken_to = {t.i for prep in head.children if prep.dep_ == "prep" and prep.lower_ in {"to", "with"}
                 for c in prep.children if c.dep_ == "pobj" for t in c.subtree}
    return bool(spoken_to.intersection(content))


def speaker_as_content(doc: Doc, cue: list[int], content: list[int]) -> bool:
    """'The general said during a briefing that ...' read by the model as cue 'said', content 'The general': the
    active subject of a reporting verb is who speaks, never what is said."""
    head = cue_head(doc, list(cue))
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return subject is not None and bool(content) and all(
        subject.left_edge.i <= i <= subject.right_edge.i for i in content)


def second_act_in_cue(doc: Doc, cue: list[int], content: list[int], record: AttributionRecord
                      ) -> tuple[list[int], list[int]] | None:
    """'C, the ministry said in a statement on Tuesday, calling the arrests "B"', where the model reads one cue from
    'said' to 'calling' with B for content: PolNeAR joins a participle after a comma to the cue where the first
    verb says nothing of its own ('responded on Twitter, calling', 36 of the 19,893 train cues run over a comma
    into a participle), but where the rules found the first verb's content before it, the participle is a second
    act with the content after it. Returns the first act's words and the participle's, or None."""
    cue = sorted(cue)
    said = {i for s in record.content for i in range(s.start, s.end)}
    if not said or not content or max(said) >= cue[0] or min(content) <= cue[-1]:
        return None
    comma = next((n for n, i in enumerate(cue) if doc[i].text == ","), None)
    if comma is None or comma == 0 or comma + 1 >= len(cue) or doc[cue[comma + 1]].tag_ != "VBG":
        return None
    return cue[:comma], cue[comma + 1:]


def speaker_set_off(doc: Doc, cue: list[int]) -> bool:
    """Whether a name set off by a comma stands beside the cue verb's subject just before the cue ('C near the
    Ossel, the Kestrel Project, a research group, said'), as `speaker_beside` reads it."""
    head = cue_head(doc, list(cue))
    noun = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    named = speaker_beside(noun, min(cue)) if noun is not None else None
    return named is not None and noun.i < named.left_edge.i - 1 and doc[named.left_edge.i - 1].text == ","


def nothing_said_after(doc: Doc, cue: list[int]) -> bool:
    """Whether the rest of the cue's sentence holds no verb and no wh-word: 'He did not provide evidence (on
    Sunday).' says nothing, where 'The broadcaster did not say where.' leaves a question open."""
    head = cue_head(doc, list(cue))  # the model's cue may hold the wh-word ('did not say where')
    return not any(t.pos_ in {"VERB", "AUX"} or t.tag_ in {"WRB", "WP", "WDT", "WP$"}
                   for t in doc[head.i + 1:head.sent.end])


def clause_said_after(doc: Doc, cue: list[int]) -> list[int] | None:
    """'The general said during a briefing that troops had withdrawn': the clause the parser hangs on where it was
    said, with a subject of its own, is what was said; None when there is none."""
    # the model has already read the cue as a report and only its content is in doubt, so any clause with a subject
    # of its own counts there, whatever the parser made of its 'that'
    clause = clause_after_occasion(cue_head(doc, list(cue)), with_own_subject)
    return [t.i for t in clause.subtree if not t.is_punct] if clause is not None else None


# the words that open a clause of what is said, or of what is left unsaid ('has not said when C')
CLAUSE_OPENERS = frozenset({"that", "whether", "if", "when", "how", "where", "why", "what", "who", "whom", "which",
                            "whose"})


def clause_governed_after(doc: Doc, cue: list[int]) -> list[int] | None:
    """'The ministry has not said when the cargo will be unloaded' read by the model with 'The ministry' for
    content: the clause the verb governs after it, opened by 'that', 'whether' or a wh-word and with a subject of
    its own, is what is (or is not) said, whatever the parser called it (here an adverbial clause). PolNeAR train:
    6 text matches of 'has/did/does not say|explain|... when|how|why|who', all 6 cued, each with its content
    opening at the wh-word and its source the subject before the cue. None when there is no such clause."""
    head = cue_head(doc, list(cue))
    for clause in head.children:
        if clause.i <= max(cue) or clause.dep_ not in {"ccomp", "advcl"} or \
                clause.left_edge.lower_ not in CLAUSE_OPENERS or not with_own_subject(clause, clause):
            continue
        return [t.i for t in clause.subtree if not t.is_punct]
    return None


def infinitive_in_cue(doc: Doc, cue: list[int], content: list[int], speaker: bool
                      ) -> tuple[list[int], list[int]] | None:
    """'The assembly voted on Tuesday to lift the ban' read by the model as cue 'voted on Tuesday to lift' with the
    ban, or the subject, for content: the cue ran on into the head's 'to'-infinitive, whose verb takes no view of its
    own, and what was voted, decided or agreed is that infinitive with its object. PolNeAR train: 816 gold contents
    open with 'to' right after their cue (7 after 'voted'); of the 423 gold cues that end on 'to V', 335 have a V
    that heads five or more train cues itself (`saying_words`: 'seemed to confirm', 'declined to comment',
    'refuses to disavow'), which stays in the cue. Returns the cue's words before the 'to' and the infinitive's
    words, or None."""
    head = cue_head(doc, list(cue))
    verb = next((c for c in head.children if c.dep_ == "xcomp" and c.i in cue and c.i > head.i), None)
    if verb is None or verb.lemma_.lower() in saying_words():
        return None
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    said = sorted(trim(doc, {t.i for t in verb.subtree}))  # inner marks stay: 'brother-in-law', commas
    if to is None or to.i != verb.left_edge.i or max(said) <= max(cue) or not (speaker or set(content) <= set(said)):
        return None
    return [i for i in cue if i < to.i], said


def learned_spans(doc: Doc, model: AttributionModel, start: int, records: list[AttributionRecord],
                  citing_tokens: set[int], kept_spans: set[int] = frozenset()
                  ) -> tuple[list[AttributionRecord], set[int]]:
    """Put the model's spans on the rules' attributions where both found the cue; return the model's other finds.

    The rules keep what only they know (citing, chains, evidential holders); the model, trained on PolNeAR, knows
    where spans begin and end, and finds cues outside the rules' lexicon.
    """
    by_token = {t.i: record for record in records for s in record.cue for t in s}
    extra = []
    confirmed: set[int] = set()
    for cue, content, source in model.predict(doc, start):
        if citing_tokens.intersection(cue):
            continue  # 'citing X' is the rules' own: it chains to the attribution it qualifies
        record = next((by_token[i] for i in cue if i in by_token), None)
        if record is None:
            if interlocutor_only(doc, cue, content) or deployment_cue(doc, cue):
                continue
            speaker = not source and speaker_as_content(doc, cue, content)
            said = (clause_said_after(doc, cue) or clause_governed_after(doc, cue)
                    or sorted(paragraph_after_colon(doc, cue)) or None) if speaker else None
            infinitive = infinitive_in_cue(doc, cue, content, speaker) if said is None else None
            if said is not None:  # the speaker the model took for the content is the source
                source, content = content, said
            elif infinitive is not None:  # 'voted to lift the ban': the subject votes, the infinitive is voted
                source, (cue, content) = content if speaker else source, infinitive
            elif speaker and nothing_said_after(doc, cue) and not speaker_set_off(doc, cue):
                # 'He did not provide evidence.': with the speaker taken for the content and nothing said after the
                # cue, nothing is reported (PolNeAR train: of 102 gold contents just before a cue with no source,
                # 5 are the active subject, the others a passive's); a name set off by a comma beside the parser's
                # subject, just before the cue, is a speaker after a reported clause the parser ran into the subject
                # ('Radar images taken on Sunday show C, the Kestrel Project, a research group, said'), which
                # source_named_after_comma repairs
                continue
            elif addressee_in(doc, cue, content):  # whom the speaker told is not what was told
                content = clause_said_after(doc, cue) or content
            extra.append(AttributionRecord(cue=runs(doc, cue), content=runs(doc, content), source=runs(doc, source)))
            continue
        confirmed.add(id(record))
        second = second_act_in_cue(doc, cue, content, record)
        if second is not None:  # 'C, the ministry said on Tuesday, calling the arrests "B"': two acts, not one
            cue, act = second
            extra.append(AttributionRecord(cue=runs(doc, act), content=runs(doc, content),
                                           source=list(record.source) or runs(doc, source)))
            record.cue = runs(doc, cue)
            continue
        if id(record) in kept_spans or adjunct_only(doc, cue, content):
            continue  # 'C, the leader claimed on Monday': 'on Monday' is when, not what
        if set(content) <= {i for s in record.source for i in range(s.start, s.end)} or addressee_in(doc, cue, content):
            record.cue = runs(doc, cue)  # who speaks, or whom they told, is not what is said: the rules' content
            continue
        record.cue, record.content = runs(doc, cue), runs(doc, content)
        if source or not record.source:
            record.source = runs(doc, source)
    return extra, confirmed
