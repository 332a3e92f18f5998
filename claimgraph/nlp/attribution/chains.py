"""Chains of attribution: what kind each source is, whom 'the sources' refer back to, and through whom it reaches us."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ...lexicon import load
from ..annotations import AttributionRecord, entity_index, story_start_token
from ..table import token_table
from .content import as_characterised, as_quoted, closing_quotation
from .cues import REFUSING, as_cued
from .model import cue_head_index
from .sources import QUANTITY_NOUNS, SourceReader, lone_both, lone_ordinal, noun_count, reads_plural
from .wire import body_named_before, headline_sources_in_lead, other_entities, speaker_named_before

DEFINITE = {"the", "these", "those", "both"}
# "the third official" picks one out of a group named before ("three officials"); "the last" does too
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "last": 2, "other": 2, "remaining": 2}
GROUP_PRONOUNS = {"them", "these", "those", "us"}
REPORT_LEMMAS = {"report"}


def body_officer(noun: Token) -> bool:
    """'The centre's director': a role named by the body it serves, a class noun with 'the', speaks for that body,
    which the corroboration reading counts as the origin, so the name apposed to the role is left to it."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return owner is not None and owner.pos_ == "NOUN" and owner.left_edge.lower_ == "the" and \
        owner.left_edge.i == owner.i - 1


def link_chains(doc: Doc, records: list[AttributionRecord], cited_from: dict[int, AttributionRecord],
                sources: SourceReader) -> list[AttributionRecord]:
    """Fill kind, count, entity, refers_to, parent and time; `cited_from` maps id(record) to the record citing it."""
    records.sort(key=lambda r: (r.cue[0].start, id(r) in cited_from))
    position = {id(r): k for k, r in enumerate(records)}
    clusters = doc._.cg_entities  # the view read once, not once for every word of every mention
    entities = entity_index(doc) if clusters else {}
    # an organ of a state ("Valdoria's foreign ministry") speaks for its government
    types = {i: "GPE" if clusters[k].category == "state_organ" else clusters[k].type
             for i, k in entities.items()} if entities else \
        {i: label for i, label in enumerate(token_table(doc).ent_type) if label}
    cited_from = dict(cited_from)
    reasons: dict[int, AttributionRecord] = {}
    for record in records:
        # 'quoted the harbour master as saying C': one cited as saying something speaks, and is never a reason
        if id(record) in cited_from and not outlet_report(cited_from[id(record)], sources, types) and \
                not any(s.root.lemma_ == "say" for s in record.cue) and sources.cites_a_reason(record, types):
            # 'closed two plants, citing the cost of living': no one the report came through, so no link of the
            # chain; the citer's own act, with what is cited for content
            reasons[id(record)] = cited_from.pop(id(record))
            sources.reason_cited(record, reasons[id(record)])
        record.source_kind = sources.kind(record, types)
        record.source_count = sources.count(record) if record.source_kind == "anonymous" else None
        head = sources.head(record.source)
        if head is not None:
            noun = sources.noun_head(head)
            record.source_entity = entities.get(noun.i, entities.get(head.i))
            after = noun.i + 1
            if record.source_entity is None and after < len(doc) and after in entities and doc[after].pos_ == "PROPN" \
                    and (any(s.start <= noun.i and after < s.end for s in record.source)
                         or (doc[after].dep_ == "appos" and doc[after].head.i == noun.i)):
                # "the security firm Brightline Labs said", "citing the security firm Brightwarden": the class noun
                # heads the name written right after it, in the source's words or apposed to it
                record.source_entity = entities[after]
            own = {i for s in record.source for i in range(s.start, s.end)}
            named = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i in own
                          and c.i in entities), None) if record.source_entity is None and noun.pos_ == "NOUN" else None
            if named is not None and not body_officer(noun):
                # "Its president, Ilse Varn, said": the name set off by commas after a role is who holds it (PolNeAR
                # train: 8 gold sources of the shape 'his top aide, Tad Devine', all whole, before a reporting verb)
                record.source_entity = entities[named.i]
    contents = [r.content_tokens() for r in records]
    nested: set[int] = set()  # the records whose parent is the report whose content holds them
    for k, record in enumerate(records):
        if id(record) in cited_from:
            record.parent = position[id(cited_from[id(record)])]
            continue
        if id(record) in reasons:  # the citer's act reaches us as the citer's report does (sorted before it)
            record.parent = records[position[id(reasons[id(record)])]].parent
            continue
        referent = refers_back(records, k, sources)
        if referent is None:
            referent = speaker_named_before(records, k, sources)
        if referent is None:
            referent = body_named_before(records, k, sources)
        if referent is not None:
            referent = first_statement(records, referent)
            record.refers_to = referent
            target = records[referent]
            # "One of them, Priya Densmore,": one picked out of an unnamed group and named is a named person
            if "group_in_joined_source" in record.evidence:
                # one of the people joined to a document or body in one source: an unnamed person, counted alone,
                # not the memo it was joined to
                record.source_kind = "anonymous"
            else:
                if not named_member(record, sources) and not counted_part_of_body(record, target, sources):
                    record.source_kind = target.source_kind
                record.source_entity = target.source_entity if record.source_entity is None else \
                    record.source_entity
            if record.source_kind == "anonymous":
                own = sources.count(record)
                record.source_count = own if own is not None and not plural(sources.head(record.source)) \
                    else target.source_count
            # one referred back to but speaking inside another's account ('Several of them said C, the charity
            # said') reaches us through that account, not through the chain of the one it refers to; one that only
            # stood inside another's account ('C, a draft report says, according to the site Ledgerline. The report
            # says D') speaks later on its own (the project's golds: 24 of 24 referrers to a source cited by another
            # share its parent, 1 of 1 referrer to a source nested in another's content does not)
            inside = enclosing(records, k, contents)
            record.parent = inside if inside is not None else \
                target.parent if id(target) not in nested else told_to_a_reporting_outlet(doc, records, k, entities,
                                                                                          sources)
        else:
            record.parent = enclosing(records, k, contents)
            if record.parent is not None:
                nested.add(id(record))
            else:
                record.parent = told_to_a_reporting_outlet(doc, records, k, entities, sources)
    start = story_start_token(doc)
    headline_sources_in_lead(doc, records, start, sources)
    times = doc._.cg_times or []
    roots = [time.span.root.i for time in times]  # the same for every record: spaCy finds a span's root anew each read
    paths = time_paths(doc, roots)
    reported = {i for r in records for s in r.cue for i in range(s.start, s.end)}
    for record in records:
        record.time = time_of(doc, record, start, roots, paths)
        sources.as_named(record, reported)  # after kinds and entities: an apposition may be what tells the kind
        if not as_quoted(doc, record):
            closing_quotation(doc, record)
        as_characterised(doc, record)
        as_cued(record)
    for k, record in enumerate(records):
        antecedent = report_pointed_back_to(doc, records, k)
        if antecedent is not None:
            earlier = records[antecedent]
            record.evidence["content_refers_back"] = {
                "attribution": f"a{antecedent + 1}",
                "source": " ".join(s.text for s in earlier.source),
                "cue": " ".join(s.text for s in earlier.cue),
                "content": " ".join(s.text for s in earlier.content)}
            pointer, cue = anaphoric_content(doc, record), [t for s in earlier.cue for t in s if t.pos_ == "VERB"]
            if pointer is not None and cue and names_the_act(pointer.lemma_.lower(), cue[0].lemma_.lower()):
                # why this report and not a nearer one: the pointer is the noun of its cue's act
                record.evidence["content_refers_back"]["act_named"] = f"{pointer.text} ({cue[0].text})"
            if earlier.refers_to is not None:  # 'He added ...': who 'He' is
                record.evidence["content_refers_back"]["source_named"] = " ".join(
                    s.text for s in records[earlier.refers_to].source)
    return records


# a content that only points back at what was said before: 'rejected that account', 'denied that', 'dismissed the
# claim as a rumour'. PolNeAR train: of 22,458 gold contents, 161 are a pronoun alone ('that', 'it', 'this') and 40 a
# demonstrative or definite report noun ('that account', 'the claim'); PolNeAR keeps them as contents, and so does
# this reading, with a pointer to the report they stand for
ANAPHORS = frozenset({"that", "this", "it", "those", "these"})
POINTING = frozenset({"that", "this", "those", "these", "the", "such"})
REPORT_NOUNS = frozenset({"account", "claim", "report", "allegation", "accusation", "charge", "assertion", "version",
                          "story", "suggestion", "rumour", "rumor", "statement", "characterization",
                          "characterisation", "assessment", "remark", "comment"})
# how far back a pointer reaches: its own sentence and the two before (a denial answers what was just reported)
POINTER_REACH = 2


def first_statement(records: list[AttributionRecord], referent: int) -> int:
    """The first of the statements whose source is the referent's very words ("the minister, Tom Vell, denied C,
    calling it B"): a speaker referred back to is the one named where those words stand, and the first act read
    with them is where they were named. Every refers_to of the project's golds whose target shares its source span
    with another statement (6 of 6) points at the first."""
    words = source_words(records[referent])
    return next((j for j in range(referent) if words and source_words(records[j]) == words), referent)


def source_words(record: AttributionRecord) -> frozenset[int]:
    """The token indices of a source's words, its punctuation left out (one reading may keep a closing comma)."""
    return frozenset(t.i for s in record.source for t in s if not t.is_punct)


def told_to_a_reporting_outlet(doc: Doc, records: list[AttributionRecord], k: int, entities: dict[int, int],
                               sources: SourceReader) -> int | None:
    """'The Sentinel reported that C. Two people briefed on the talks told the paper that D': what a source told an
    outlet whose report the story tells reaches us through that report, so the report is its parent, as the dev
    golds chain 'the sources said' and 'One of the negotiators told the paper' to the outlet's report. The outlet
    is the cue's addressee ('told the paper', 'told the Sentinel'), an entity that is the source of a report
    before."""
    record = records[k]
    verb = next((t for s in record.cue for t in s if t.lemma_.lower() == "tell" and t.pos_ == "VERB"), None)
    if verb is None:
        return None
    addressee = next((c for c in verb.children if c.dep_ in {"dobj", "dative", "iobj"}), None)
    if addressee is None:
        return None
    outlet = entities.get(addressee.i)
    if outlet is not None and doc._.cg_entities[outlet].type == "OUTLET":
        reports = [j for j in range(k) if records[j].source_entity == outlet and records[j].source_kind == "outlet"]
    elif outlet is None and addressee.lemma_.lower() in sources.outlets and \
            any(c.dep_ == "det" and c.lower_ == "the" for c in addressee.children):
        # 'the paper', 'the newspaper': the outlet whose report came last
        reports = [j for j in range(k) if records[j].source_kind == "outlet" and records[j].refers_to is None]
    else:
        return None
    if not reports:
        return None
    record.evidence["parent_by"] = f"told '{addressee.text}', whose report is a{reports[-1] + 1}"
    return reports[-1]


def anaphoric_content(doc: Doc, record: AttributionRecord) -> Token | None:
    """The word a content points back with, when the content is only that: the cue's object, a demonstrative
    pronoun or a report noun under a demonstrative or 'the' with no clause of its own ('the claim that C' says C),
    with at most an 'as' phrase of what it is called ('dismissed the claim as a rumour'). None otherwise."""
    table = token_table(doc)
    content = {i for i in record.content_tokens() if not table.punct[i] and not table.space[i]}
    if not content or not record.cue:
        return None
    # asked of every record: the cue's dependents read from the table, a Token built only for the word found
    head = cue_head_index(table, [i for s in record.cue for i in range(s.start, s.end)])
    dep, lower, children = table.dep, table.lower, table.children
    found = next((c for c in children[head] if dep[c] in {"dobj", "nsubjpass"} and c in content), None)
    if found is None:
        return None
    called = {t for c in children[head] if dep[c] == "prep" and lower[c] == "as" for t in table.subtree(c)}
    below = table.subtree(found)
    if not content <= below | called:
        return None
    thing = doc[found]
    if lower[found] in ANAPHORS:
        # the parser may tag 'denied that' as a subordinator, but with nothing under it, it stands for a clause
        return thing if len(below) == 1 else None
    if thing.lemma_.lower() not in REPORT_NOUNS or any(
            c.dep_ in {"acl", "relcl", "ccomp", "poss"} or c.dep_ == "prep" and c.lower_ != "as"
            for c in thing.children):
        return None
    det = next((c for c in thing.children if c.dep_ == "det"), None)
    return thing if det is not None and det.lower_ in POINTING else None


def names_the_act(noun: str, verb: str) -> bool:
    """Whether a report noun is the noun of a reporting verb's act: 'accusation' of 'accuse', 'allegations' of
    'allege', 'statement' of 'state', 'the claim' of 'claim' (the English nominalisations of these verbs keep the
    verb's stem, less a final 'e'; 'account' and 'story' name no verb's act and match none)."""
    stem = verb[:-1] if verb.endswith("e") else verb
    return len(stem) >= 4 and noun.startswith(stem)


def report_pointed_back_to(doc: Doc, records: list[AttributionRecord], k: int) -> int | None:
    """The attribution a content that only points back stands for (see anaphoric_content): the nearest earlier one
    with a clause for content and another source whose cue is the act the pointer names ('Tarvell accused Mossgard
    of hiding him ... Mossgard denied the accusation', however far back), else the nearest such one in its sentence
    or the two before."""
    record = records[k]
    pointer = anaphoric_content(doc, record)
    if pointer is None:
        return None
    table = token_table(doc)
    reach = table.sents[max(0, table.sent_of[pointer.i] - POINTER_REACH)][0]
    named = pointer.lemma_.lower() if pointer.lemma_.lower() in REPORT_NOUNS else None
    source = {t.lower_ for s in record.source for t in s}
    best = None
    for j, other in enumerate(records):
        content = other.content_tokens()
        if j == k or not content or not max(content) < pointer.i:
            continue
        head = cue_head_index(table, [i for s in other.cue for i in range(s.start, s.end)]) if other.cue else None
        acted = named is not None and head is not None and names_the_act(named, table.lemma[head])
        if not acted and min(content) < reach:
            continue
        if {t.lower_ for s in other.source for t in s} == source and source:
            continue  # a speaker going back to their own words
        if anaphoric_content(doc, other) is not None:
            continue
        if not any(doc[i].pos_ in {"VERB", "AUX"} for i in content):
            continue  # a noun phrase for content says no proposition to point back at
        cue = min((i for s in other.cue for i in range(s.start, s.end)), default=-1)
        if head is not None and table.lemma[head] in REFUSING:
            continue  # 'declined to name the companies' withholds: it tells nothing to reject or call a rumour
        if best is None or (acted, cue) > (best[0], best[1]):
            best = (acted, cue, j)
    return best[2] if best is not None else None


def named_beside(head: Token, record: AttributionRecord, sources: SourceReader) -> bool:
    """'The chief prosecutor, Ilse Varn, said': a role or a body's noun with a name set off after it in the
    source's words names who speaks, and points back to no one named before (the project's golds: 28 of 28 sources
    'the|its <noun>, <Name>' have no refers_to, 7 of them after 'the'). One picked out of a group and named ('one of
    them, Priya Densmore') is still one of that group (see named_member)."""
    own = {i for s in record.source for i in range(s.start, s.end)}
    return sources.noun_head(head).i == head.i and any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i in own
                                                       for c in head.children)


def named_member(record: AttributionRecord, sources: SourceReader) -> bool:
    """Whether a source is one of a group with a name in apposition ('one of them, Priya Densmore')."""
    head = sources.head(record.source)
    return head is not None and record.source_kind == "person" and sources.noun_head(head).i != head.i and \
        any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children)


def counted_part_of_body(record: AttributionRecord, target: AttributionRecord, sources: SourceReader) -> bool:
    """'Researchers at Kettle Point said C. Two of the researchers said D': uncounted staff speak for their body, but
    a counted part of them ('two of the researchers', 'one of the engineers') speaks as the unnamed people it
    counts, so it stays anonymous, as any counted source does, rather than taking the body's kind."""
    if record.source_kind != "anonymous" or target.source_kind not in {"organization", "government"}:
        return False
    head = sources.head(record.source)
    if head is None:
        return False
    noun = sources.noun_head(head)
    return noun.i != head.i and reads_plural(noun) and (head.like_num or head.lower_ in NUMBER_HEADS
                                                        or head.lemma_.lower() in QUANTITY_NOUNS)


# words that count a part of a group before 'of the <people>'
NUMBER_HEADS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some",
                          "several", "many", "most", "few", "both", "none"})


def plural(head: Token | None) -> bool:
    return head is not None and reads_plural(head)


def elliptic(head: Token) -> bool:
    """'One said', 'two had asked', 'the second said', 'both said': a number, an ordinal or 'both' standing alone as
    the subject, its noun left out."""
    return head.pos_ == "NUM" and head.dep_ in {"nsubj", "nsubjpass"} and \
        not any(c.dep_ in {"prep", "compound", "nmod"} for c in head.children) or lone_ordinal(head) or \
        lone_both(head)


def ordinal(noun: Token) -> int | None:
    """The place 'the third official' gives its noun in a group named before, or None."""
    for c in noun.children:
        if c.dep_ == "amod" and c.lower_ in ORDINALS:
            return ORDINALS[c.lower_]
    return None


def another(head: Token) -> bool:
    """'Another said', 'another official added': one more of a group, the noun left out or given again (PolNeAR
    train: 41 gold sources open with 'another', 12 of them within three attributions after one whose source is 'one'
    or 'one of' a group)."""
    if head.lower_ == "another":
        return head.dep_ in {"nsubj", "nsubjpass"} and not any(c.dep_ == "prep" for c in head.children)
    return any(c.dep_ == "det" and c.lower_ == "another" for c in head.children)


def demonstrative(noun: Token) -> bool:
    """'that official', 'this diplomat': a singular noun pointed at with 'that' or 'this'."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and \
        any(c.dep_ == "det" and c.lower_ in {"that", "this"} for c in noun.children)


def the_one_just_named(records: list[AttributionRecord], k: int, lemma: str, sources: SourceReader) -> int | None:
    """'Two of the officials said C. The third official told D. "E," that official said': a demonstrative points at
    the nearest source with its noun, even one picked out of a group named before (where 'the official' goes back
    to the attribution that first named the group). PolNeAR train: 11 gold sources 'that|this' and one noun ('that
    person', 'this source'); PolNeAR marks no refers_to, so the reading follows the project's golds."""
    for j in range(k - 1, -1, -1):
        if same_noun(records[j], lemma, sources):
            records[k].evidence["refers_to_by"] = f"'{records[k].source[0].text}' pointing at the nearest one named"
            return j
    return None


def the_numbered_group(noun: Token) -> bool:
    """'the pair', 'the trio', 'the couple': 'the' and a noun that names how many (PolNeAR train: 2 gold sources 'the
    couple', beside 8 'the two')."""
    return QUANTITY_NOUNS.get(noun.lemma_.lower()) is not None and noun.pos_ == "NOUN" and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def one_named(noun: Token) -> bool:
    """'One official said': a noun counted as one, with no article, which may be one of a group named before."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "nummod" and c.lower_ in {"one", "1"} for c in noun.children) and \
        not any(c.dep_ in {"det", "poss"} for c in noun.children)


def one_of_counted_group(records: list[AttributionRecord], k: int, noun: Token, sources: SourceReader) -> int | None:
    """'..., the Courier reported, citing two senior officials. One official said C': 'one' and the group's own noun
    pick one member of the nearest group named before by that noun, counted or plural; with no such group it is
    someone new ('One official said' after 'the ministry said'). PolNeAR train: 2 text matches of 'One|The first|The
    other ... (of them) (noun) said|says|told' after a group, 1 after a counted one ('six different companies' ...
    'One says'); the shape is a wire one."""
    lemma = noun.lemma_.lower()
    for j in range(k - 1, -1, -1):
        earlier = records[j]
        if earlier.refers_to is None and same_noun(earlier, lemma, sources) and group_size(earlier, sources) > 1:
            records[k].evidence["refers_to_by"] = f"'one {noun.text}' of a group named before"
            return j
    return None


def anaphoric(head: Token, sources: SourceReader) -> bool:
    """'the sources', 'one of the sources', 'one of them', 'the other source', 'both officials', 'the report',
    'another'."""
    noun = sources.noun_head(head)
    if another(head) or one_named(noun) or demonstrative(noun):
        return True
    if elliptic(head):
        return True  # "One said he saw six people fall": one of a group named before
    if noun.i != head.i:
        return noun.lower_ in GROUP_PRONOUNS or \
            any(c.lower_ in DEFINITE for c in noun.children if c.dep_ in {"det", "predet"})
    return any(c.lower_ in DEFINITE | {"other"} for c in noun.children if c.dep_ in {"det", "predet", "amod"}) and \
        any(c.lower_ in DEFINITE for c in noun.children if c.dep_ in {"det", "predet"})


def refers_back(records: list[AttributionRecord], k: int, sources: SourceReader) -> int | None:
    """The earlier attribution an anaphoric source points to, or None when the source is new."""
    record = records[k]
    head = sources.head(record.source)
    if head is None or not anaphoric(head, sources) or named_beside(head, record, sources):
        return None
    noun = sources.noun_head(head)
    lemma = noun.lemma_.lower()
    pair = the_other_of(records, k, head, sources)
    if pair is not None:
        record.evidence["refers_to_by"] = f"'{head.text}' after 'one' of a group named before"
        return pair
    if another(head):
        return None  # another of no group picked from just before: someone new, not the one named before
    if one_named(noun):
        return one_of_counted_group(records, k, noun, sources)
    if demonstrative(noun):
        pointed = the_one_just_named(records, k, lemma, sources)
        if pointed is not None:
            return pointed
    if noun.i == head.i and the_numbered_group(noun):
        # "Two officials said C. The pair said D": the nearest group of as many as the noun names
        size = QUANTITY_NOUNS[noun.lemma_.lower()]
        for j in range(k - 1, -1, -1):
            if records[j].refers_to is None and records[j].source_count == size:
                record.evidence["refers_to_by"] = f"'{noun.text}' of a group of {size} named before"
                return j
        return None
    place = ordinal(noun)  # the same for every earlier attribution looked at
    for j in range(k - 1, -1, -1):
        earlier = records[j]
        if earlier.refers_to is not None:
            continue  # point at the attribution that first names them
        if place is not None and (head.i == noun.i) and same_noun(earlier, lemma, sources):
            # "the third manager" after "three managers", whatever kind they were given
            if group_size(earlier, sources) >= max(place, 2):
                record.evidence["refers_to_by"] = f"ordinal '{doc_word(noun, place)}'"
                return j
            continue
        # 'The second said' names no noun: any group joined to a document or body is the one it picks from
        lone = elliptic(head)
        group = joined_group(earlier, None if lone else lemma, sources)
        if group is not None and (place is not None and head.i == noun.i or lone or
                                  head.pos_ == "NUM" and noun.i != head.i):
            # "citing a leaked memo and two senior officials. The first official said": the group is one conjunct
            # of a joined source
            size = noun_count(group)
            picked = place if place is not None else ORDINALS.get(head.lower_)
            if size is None or size > 1 and (picked is None or size >= picked):
                record.evidence["refers_to_by"] = f"'{head.text}' of '{group.text}' in a joined source"
                record.evidence["group_in_joined_source"] = group.text
                return j
            continue
        if head.pos_ == "NUM" and noun.i != head.i and same_noun(earlier, lemma, sources) and \
                group_size(earlier, sources) > 1:
            # "one of the engineers" after "five engineers", whatever noun: the group it is picked from
            record.evidence["refers_to_by"] = f"'{head.text}' of a group named before"
            return j
        if noun.lower_ in GROUP_PRONOUNS or elliptic(head) or (noun.pos_ == "NUM" and noun.i != head.i):
            # "one of them": the nearest group named before, whatever its kind; "both", the nearest pair
            if group_size(earlier, sources) > 1 and not (lone_both(head) and earlier.source_count not in {None, 2}):
                record.evidence["refers_to_by"] = f"'{head.text}' of a group named before"
                return j
            continue
    named = name_ending_again(records, k, head, noun, sources)
    if named is not None:
        return named
    # a definite description repeats its antecedent's noun: "the official" goes back to "an official" before
    # it goes back to any other unnamed source; "the report" to a report before any other document
    for same in (True, False):
        for j in range(k - 1, -1, -1):
            earlier = records[j]
            if earlier.refers_to is not None or (same and not same_noun(earlier, lemma, sources)):
                continue
            if lemma in sources.anonymous:
                # the same noun goes back whatever kind it was given ('officials at the ministry' -> 'one of the
                # officials'); another noun only to an unnamed source
                if (same or earlier.source_kind == "anonymous") and \
                        compatible_count(earlier.source_count, noun, head):
                    return j
            elif lemma in sources.documents:
                # the same noun goes back whatever kind it was given: "the figure said" after "a senior party
                # figure, speaking on condition of anonymity," (a person, though 'figures' can show)
                if same or is_report(earlier) or earlier.source_kind == "document":
                    return j
            elif lemma in sources.outlets:
                # "the Tessel Foundation website", "the navy's website": a channel named by its owner is no outlet
                # named again
                if earlier.source_kind == "outlet" and not any(
                        c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children):
                    return j
            elif same and earlier.source_kind in {"anonymous", "person"} and introduced(earlier, sources) and \
                    compatible_count(earlier.source_count, noun, head):
                # "According to a lawyer for Vasko, ... The lawyer said": 'the' and the noun of one a source
                # brought in with 'a', whatever the noun (PolNeAR train: 60 gold sources 'the N' after an earlier
                # gold source 'a|an ... N', 12 of them people: official, judge, woman, aide, officer, ...)
                record.evidence["refers_to_by"] = f"'{head.text}' repeating the noun of '{earlier.source[0].text}'"
                return j
    if the_body(head, noun, sources):
        return body_described_again(records, k, noun, sources)
    return None


BODY_KINDS = frozenset({"organization", "government"})
CLAUSES = frozenset({"acl", "relcl", "advcl", "ccomp", "xcomp", "conj"})


def name_ending_again(records: list[AttributionRecord], k: int, head: Token, noun: Token,
                      sources: SourceReader) -> int | None:
    """'the Glasswing Lab said C. The lab said D', 'the Harbour Protection Service ... The Service said D': 'the' and
    the last word of a body's or an outlet's name of several words, named in an earlier source, goes back to that
    source, whatever class the word belongs to (PolNeAR train: of 803 gold sources 'the' + one word, 41 follow an
    earlier gold source of the article ending in that word after a capitalised one: 'The Times' 8, 'the
    administration' 4, 'the department' 4, 'the Post' 4, 'the council', 'the foundation', ...). A person's name
    ends in no class noun, so only bodies and outlets are looked for."""
    if head.i != noun.i or noun.tag_ not in {"NN", "NNP"} or \
            [c.lower_ for c in noun.children if c.i < noun.i] != ["the"]:
        return None
    record = records[k]
    word = noun.lower_
    for j in range(k - 1, -1, -1):
        earlier = records[j]
        if earlier.refers_to is not None or earlier.source_kind not in BODY_KINDS | {"outlet"} or \
                other_entities(record, earlier):
            continue
        if any(t.lower_ == word and t.pos_ == "PROPN" and t.i != noun.i and any(
                c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < t.i for c in t.children) and
               not in_clause_of(t, s.root) for s in earlier.source for t in s):
            record.evidence["refers_to_by"] = f"'{noun.text}' ending the name in '{earlier.source[0].text}'"
            return j
    return None


def in_clause_of(word: Token, root: Token) -> bool:
    """Whether a word lies in a clause hung on a phrase's root rather than in the phrase's own words: 'the Pallas
    Courier' in 'The expulsion, first reported by the Pallas Courier,' names no part of the expulsion."""
    for above in [word, *word.ancestors]:
        if above.i == root.i:
            return False
        if above.dep_ in CLAUSES:
            return True
    return False


def the_body(head: Token, noun: Token, sources: SourceReader) -> bool:
    """'the agency', 'The company', 'the election commission': one body named by 'the' and its class noun, no name
    of its own."""
    lemma = noun.lemma_.lower()
    return head.i == noun.i and noun.tag_ == "NN" and (lemma in sources.organizations or lemma in sources.governments) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and \
        all(t.is_lower or t.i == noun.left_edge.i for t in noun.subtree if t.i < noun.i)


def body_described_again(records: list[AttributionRecord], k: int, noun: Token, sources: SourceReader) -> int | None:
    """'the election commission had said C ... According to the commission, D', 'Tessaline Freight said C. The company
    said D': a body named again by 'the' and its class noun goes back to the nearest attribution before it whose
    source is a body with the same head noun ('Kessmark's weather agency' -> 'the agency'), or else to the
    nearest one whose source names a body of a kind the noun can describe ('the company' a company, 'the group' an
    armed group or a party: the coreference's descriptions) and is of the same kind of source; a source the
    coreference gave another entity is passed over. (PolNeAR train: of 174 gold sources 'the' + a body's class noun,
    67 follow a gold source of the same article ending in that noun, 52 of them worded otherwise: 'the Trump
    campaign' -> 'the campaign'.)"""
    record = records[k]
    lemma = noun.lemma_.lower()
    places = placed_by(noun)
    for j in range(k - 1, -1, -1):
        earlier = records[j]
        if same_mention(earlier, noun, sources):
            continue  # "The ministry, which has warned C, said D": one mention speaking twice, not named again
        if places and not places <= {t.lower_ for s in earlier.source for t in s}:
            # "Ulvenia's government said C. The government in Tirrow said D": a body placed by a name is that
            # place's, and goes back only to a source naming the same place (PolNeAR train: 3 gold sources 'the
            # government in Riyadh', 'the government in Beijing', 'the government of President X'; weak)
            continue
        if earlier.refers_to is None and earlier.source_kind in BODY_KINDS and not other_entities(record, earlier) \
                and same_noun(earlier, lemma, sources):
            record.evidence["refers_to_by"] = f"'{noun.text}' of the body named before"
            return j
    spec = body_descriptions().get(noun.lower_)
    if spec is None or record.source_entity is not None:
        return None
    clusters = noun.doc._.cg_entities or []
    for j in range(k - 1, -1, -1):
        earlier = records[j]
        head = sources.head(earlier.source)
        entity = earlier.source_entity
        if earlier.refers_to is not None or head is None or head.pos_ != "PROPN" or entity is None or \
                not 0 <= entity < len(clusters):
            continue
        cluster = clusters[entity]
        if cluster.type in spec.get("types", []) and cluster.category in spec.get("categories", [None]):
            if earlier.source_kind != record.source_kind:
                return None  # the nearest body it can describe is not of its kind: no guess further back
            record.evidence["refers_to_by"] = f"'{noun.text}' describes '{cluster.name}', named before"
            return j
    return None


def same_mention(record: AttributionRecord, noun: Token, sources: SourceReader) -> bool:
    """Whether a source is headed by the very word `noun` (one mention, its clauses cut off later or not)."""
    head = sources.head(record.source)
    return head is not None and sources.noun_head(head).i == noun.i


def placed_by(noun: Token) -> set[str]:
    """The names of places or holders a body's noun is placed by: 'Tirrow' in 'the government in Tirrow'."""
    return {o.lower_ for p in noun.children if p.dep_ == "prep" and p.lower_ in {"in", "of"}
            for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"}


def body_descriptions() -> dict:
    """What a definite description can pick up: the coreference's lexicon of descriptions ('the company': an ORG
    that is a company, an airline or of no known kind; the file is parsed once, by `load`)."""
    return load("coref_descriptors.yaml")["descriptions"]


def the_other_of(records: list[AttributionRecord], k: int, head: Token, sources: SourceReader) -> int | None:
    """'One of the people said C. The other said D': 'the other' is the rest of the group the 'one' just before it
    was picked from (one of a pair, Quirk et al. 1985 §6.56), whatever other group was named in between."""
    more = another(head)
    if head.lower_ not in {"other", "others"} and not more and \
            not any(c.lower_ == "other" for c in head.children if c.dep_ == "amod"):
        return None
    for j in range(k - 1, max(k - 3, -1), -1):
        earlier = records[j]
        first = sources.head(earlier.source)
        if first is None or earlier.refers_to is None or first.lower_ != "one" and ordinal(first) != 1:
            continue  # 'one of the officials', 'the first official'
        if first.lower_ != "one" and more:
            continue
        if "group_in_joined_source" in earlier.evidence:
            records[k].evidence["group_in_joined_source"] = earlier.evidence["group_in_joined_source"]
        if more and head.lower_ != "another" and not same_noun(records[earlier.refers_to], head.lemma_.lower(), sources):
            continue  # 'another official' after 'one of the officials', not after 'one of the firms'
        return earlier.refers_to
    return None


def joined_group(record: AttributionRecord, lemma: str | None, sources: SourceReader) -> Token | None:
    """A later conjunct of a joined source with the noun `lemma` (any noun for None), plural or counted above one:
    'two senior officials' in 'a leaked cabinet memo and two senior officials'. PolNeAR joins such sources by 'and' into one
    (806 train gold sources joined, none split), so a group named in one is picked out by the whole's attribution."""
    head = sources.head(record.source)
    if head is None:
        return None
    words_ = {i for s in record.source for i in range(s.start, s.end)}
    for conj in sources.noun_head(head).conjuncts:
        if conj.i > head.i and conj.i in words_ and conj.pos_ == "NOUN" and lemma in {None, conj.lemma_.lower()} and \
                (reads_plural(conj) or (noun_count(conj) or 0) > 1):
            return conj
    return None


def same_noun(record: AttributionRecord, lemma: str, sources: SourceReader) -> bool:
    head = sources.head(record.source)
    return head is not None and sources.noun_head(head).lemma_.lower() == lemma


def introduced(record: AttributionRecord, sources: SourceReader) -> bool:
    """Whether a source is brought in by 'a' or 'an' ('a lawyer for the family')."""
    head = sources.head(record.source)
    return head is not None and any(c.dep_ == "det" and c.lower_ in {"a", "an"}
                                    for c in sources.noun_head(head).children)


def doc_word(noun: Token, place: int) -> str:
    return next((c.text for c in noun.children if c.dep_ == "amod" and ORDINALS.get(c.lower_) == place), "")


def group_size(record: AttributionRecord, sources: SourceReader) -> int:
    """How many a source names: its count, else 2 for a plural head (a group of unknown size), else 1."""
    if record.source_count is not None:
        return record.source_count
    return 2 if plural(sources.head(record.source)) else 1


def compatible_count(count: int | None, noun: Token, head: Token) -> bool:
    """'the sources' and 'one of the sources' need a group; 'the source' needs one person; 'the third official'
    needs a group of at least three."""
    place = ordinal(noun)
    needs_group = plural(noun) or head.i != noun.i or any(c.lower_ == "other" for c in noun.children) or \
        place is not None
    if count is None:
        return True
    if place is not None:
        return count >= max(place, 2)
    return count > 1 if needs_group else count == 1


def is_report(record: AttributionRecord) -> bool:
    return any(t.lemma_.lower() in REPORT_LEMMAS for s in record.cue for t in s) and record.source_kind in {
        "outlet", "document", "organization"}


def outlet_report(record: AttributionRecord, sources: SourceReader, types: dict[int, str]) -> bool:
    """'C, Tamber Wire reported, citing the harbourmaster': a news outlet that reports a clause has it from someone,
    so what its 'citing' names is the report's own source (the outlet reports on that one's word), whatever noun
    names it, never a reason for the report (PolNeAR train: of the 2 gold 'citing' cues on an outlet's 'reported',
    'the Post reported, citing another anonymous source' and 'The Journal, citing internal documents, reported', both
    cite the report's source). A company's report ('reported a loss, citing weak demand') is no outlet's."""
    if not any(t.lemma_.lower() in REPORT_LEMMAS for s in record.cue for t in s):
        return False
    if sources.kind_and_reason(record, types)[0] != "outlet":
        return False
    doc = record.cue[0].doc
    return any(doc[i].pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass", "expl"}
                                                       for c in doc[i].children)
               for i in record.content_tokens())


def enclosing(records: list[AttributionRecord], k: int, contents: list[set[int]] | None = None) -> int | None:
    """The innermost other attribution whose content holds this one's cue: its words reach us through it."""
    cue_tokens = {t.i for s in records[k].cue for t in s}
    best = None
    best_size = None
    for j, other in enumerate(records):
        if j == k:
            continue
        content = contents[j] if contents is not None else other.content_tokens()
        own = contents[k] if contents is not None else records[k].content_tokens()
        if cue_tokens and cue_tokens <= content and not encloses(own, other, content):
            size = len(content)
            # equal contents: the citing attribution (sorted after its reporter) is the inner one
            if best_size is None or size < best_size or (size == best_size and j > best):
                best, best_size = j, size
    return best


def encloses(content: set[int], other: AttributionRecord, other_content: set[int]) -> bool:
    """Whether a content holds the other attribution's cue and is the larger of the two: of two attributions each
    holding the other's cue, the one that holds more is outside, so that no chain turns in a circle."""
    cue = {i for s in other.cue for i in range(s.start, s.end)}
    return bool(cue) and cue <= content and len(content) >= len(other_content)


def time_paths(doc: Doc, roots: list[int]) -> list[set[int]]:
    """The words from each time expression's root up to its sentence's root: a cue dates the act of saying when
    the time hangs under its verb, asked of every record over every time of the document."""
    heads = token_table(doc).head
    paths = []
    for node in roots:
        path = {node}
        while heads[node] != node:
            node = heads[node]
            path.add(node)
        paths.append(path)
    return paths


def time_of(doc: Doc, record: AttributionRecord, start: int = 0, roots: list[int] | None = None,
            paths: list[set[int]] | None = None) -> int | None:
    """The time expression that dates the act of saying: a dependent of the cue, outside source and content, and
    after the front matter (from token `start` on); of two, the nearer the cue ('KESTRA, June 9 (Post) - The navy
    said on Tuesday': the parser puts a dateline the layout did not set apart in the first sentence, where its date
    hangs on the verb too). `roots`: the root word of each of the document's time expressions, when read already,
    and `paths` their `time_paths`."""
    if roots is None:
        roots = [time.span.root.i for time in doc._.cg_times or []]
    if paths is None:
        paths = time_paths(doc, roots)
    if not roots or not record.cue:
        return None
    head = record.cue[0].root if len(record.cue) == 1 else record.cue[0][0]
    verb = head if head.pos_ in {"VERB", "AUX"} else head.head
    taken = record.content_tokens() | {i for s in record.source for i in range(s.start, s.end)}
    target = verb.i
    found = None
    for k, root in enumerate(roots):
        if root in taken or root < start:
            continue  # a dateline's date ('KALDOR, June 2 (Wire) -') is when the story was filed, not said
        # walking up the tree reaches the verb only inside its sentence, so no sentence test is needed
        if target in paths[k] and (found is None or abs(root - target) < abs(roots[found] - target)) \
                and not in_other_clause(doc, root, target):
            found = k
    return found


def in_other_clause(doc: Doc, root: int, verb: int) -> bool:
    """Whether a time under the cue's verb dates another event: it lies inside a conjoined or relative clause on
    the way up ('urged ... and called on them to free the workers it has held since Oct. 30', 'who on Tuesday
    endorsed her'), or inside a subordinate clause past its subject or conjunction ('asked the court to annul them,
    saying ballots were stuffed on Nov. 24'). A time before that clause's subject is the parser hanging the cue's own
    day on the reported clause ('said on Friday he met ...') and still dates the cue. A participle with no subject
    ('Speaking on the radio last week, X said', 'a statement released on Thursday said') frames the act and dates it.
    PolNeAR train, first 300 annotation files: of 703 times under a gold cue's verb outside its source and content,
    136 lie inside such a clause; of 60 of those read, 57 date another event (the 3 others are parses that join a
    headline to the sentence)."""
    table = token_table(doc)
    head, dep, pos = table.head, table.dep, table.pos
    node = head[root]
    while node != verb and head[node] != node:
        if pos[node] in {"VERB", "AUX"}:
            if dep[node] in {"conj", "relcl"}:
                return True
            if dep[node] in {"ccomp", "advcl"}:
                openers = [c for c in table.children[node] if dep[c] in {"nsubj", "nsubjpass", "mark", "expl"}]
                if openers and min(openers) < root:
                    return True
        node = head[node]
    return False
