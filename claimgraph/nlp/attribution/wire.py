"""Wire copy's own shapes of attribution: a report that names its sources in passing ('X reported, citing Y, that C'),
a speaker's participle after a report it rejects, a pronoun speaker going on from the one named before, an apposition
judging a report ('C, a charge Y denied'), two reports joined by a semicolon, the time of saying before C, and an
outlet relaying a report after it ('X said C, the Herald reported')."""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Doc, Token

from ... import dateline
from ...lexicon import load
from ..annotations import AttributionRecord
from ..layout import dateline_words
from ..table import document_text, token_table
from ..tokens import runs, subtree, trim
from .cues import SUBJECT_DEPS, Cue

VERBAL = {"VERB", "AUX"}


def report_over_its_clause(cue: Cue) -> Cue | None:
    """'Tamber Wire reported on Friday, citing two officials, that drones struck a depot': with a phrase between the
    verb and its 'that', the parser may make the reporting verb a clausal complement of the reported verb (as in
    'C, X said'), leaving the complementizer after it. A reporting verb with a subject of its own, hung as a ccomp on
    a verb to its right whose 'that' comes after everything the reporting verb governs, reports that verb's clause
    from the 'that' on; the source is its subject. (PolNeAR train, 840 articles: 2 text matches of a 'citing' or
    'quoting' phrase followed by 'that', both with a gold cue; the shape is a wire one.)"""
    verb = cue.head
    host = verb.head
    if cue.kind != "verb" or cue.complement is not None or verb.dep_ != "ccomp" or host.i <= verb.i or \
            host.pos_ not in VERBAL:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    # the 'that' is what tells this parse from 'C, X said', where the host's clause comes first and takes none
    # (without it, 'Everybody knew, Mr. X said' would read as a report of what follows 'knew')
    mark = next((c for c in host.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if subject is None or mark is None or mark.i <= verb.right_edge.i:
        return None
    content = {i for i in subtree(host) if i >= mark.i}
    return Cue("over_clause", verb, cue.tokens, source=subtree(subject), content=content,
               evidence={"construction": "report parsed under its own content",
                         "parsed_as": "ccomp of '" + host.text + "'"})


def cited_in_passing(doc: Doc, records: list[AttributionRecord], citing: list[Cue]) -> None:
    """'The minister said, citing intelligence reports, that the convoy had been hit': the parser hangs 'citing'
    on the reported verb, so a content read from its subtree opens with the citing phrase (and with where or to whom
    it was said, 'told reporters, citing ..., that'). A citing phrase after the cue and before the content's
    'that' names through whom the report came (the citing attribution's source): the content starts at 'that'.
    The parser may also hang the reported clause below the citing verb, as its complement or as a relative clause
    of 'officials'; that clause, and what the citing verb governs after it, is then the report's content, as in
    the parse without the phrase, even where the content read first left it out ('said on Friday')."""
    acts = {t.i for record in records for s in record.cue for t in s}
    for record in records:
        cue = sorted(i for s in record.cue for i in range(s.start, s.end))
        content = record.content_tokens()
        if not cue or not content:
            continue
        for cited in citing:
            verb = cited.head
            hung = clause_hung_below(doc, verb)
            # what is cited, without a reported clause the parser may hang on 'quoting X' itself
            phrase = {i for i in subtree(verb, cut=[c.i for c in verb.children if c.dep_ == "ccomp"])
                      if hung is None or i < hung.i}
            if not cue[-1] < verb.i:
                continue
            if phrase <= content:
                mark = complementizer_after(doc, content, max(phrase))
                if mark is None:
                    if trailing_citation(doc, record, content, phrase) or leading_citation(doc, record, content, phrase):
                        break
                    continue
                kept = {i for i in content if i >= mark.i}
            elif hung is not None and verb.head.i in cue and max(content) < verb.i:
                # 'said on Friday, citing two officials, that C, adding that D': C went with 'citing', away
                # from the content read first
                mark = hung
                kept = {i for i in subtree(mark.head, cut=[c.i for c in mark.head.children if subtree(c) & acts])
                        if i >= mark.i}
            else:
                continue
            if hung is not None:
                # '..., leaving thousands without power' hung on the citing verb along with the clause, unless it
                # is an act of its own ('..., adding that D')
                kept |= {i for c in verb.children if c.i > mark.i and not subtree(c) & (acts | {mark.i})
                         for i in subtree(c)}
            kept = trim(doc, kept)
            record.evidence["cited_in_passing_cut"] = doc[min(content):mark.i].text
            record.content = runs(doc, kept)
            break


def trailing_citation(doc: Doc, record: AttributionRecord, content: set[int], phrase: set[int]) -> bool:
    """'The agency reported the fire had spread overnight, citing local officials': a citing phrase set off by a
    comma at the end of a report's content names through whom the report came, like one before its 'that'; it and
    its comma leave the content (and so the citing attribution's copy of it). A quotation keeps what it holds.
    PolNeAR train: 5 unquoted gold contents end right before ', citing', none runs on over it."""
    first, last = min(phrase), max(phrase)
    if first - 1 not in content or doc[first - 1].text != ",":
        return False
    if any(i > last and not doc[i].is_punct and not doc[i].is_space for i in content):
        return False  # words of the content go on after the phrase
    if any(doc[i].text in QUOTE_MARKS for i in content if i < first):
        return False
    kept = trim(doc, {i for i in content if i < first - 1})
    if not kept:
        return False
    record.evidence["cited_in_passing_cut"] = doc[first - 1:last + 1].text
    record.content = runs(doc, kept)
    return True


def leading_citation(doc: Doc, record: AttributionRecord, content: set[int], phrase: set[int]) -> bool:
    """'According to the Gazette, citing two officials, the minister will resign': the parser hangs the citing
    phrase on the reported clause, so a content read from that clause's subtree opens with it. Set off by a comma
    before the clause, it names through whom the report came (the citing attribution's source), like one after
    the clause (see trailing_citation); it and its comma leave the content."""
    first, last = min(phrase), max(phrase)
    words = sorted(i for i in content if not doc[i].is_space)
    if not words or words[0] != first or last + 1 not in content or doc[last + 1].text != ",":
        return False
    kept = trim(doc, {i for i in content if i > last + 1})
    if not kept or not any(doc[i].pos_ in {"VERB", "AUX"} for i in kept):
        return False  # nothing reported is left: the phrase was no aside
    record.evidence["cited_in_passing_cut"] = doc[first:last + 2].text
    record.content = runs(doc, kept)
    return True


QUOTE_MARKS = {'"', "\u201c", "\u201d", "``", "''"}  # double marks only: a single one may be an apostrophe


def clause_hung_below(doc: Doc, verb: Token) -> Token | None:
    """The 'that' of a clause with a subject of its own that the parser hung below the citing verb, set off from
    the cited words by a comma ('citing two officials, that drones had struck'): a complement, not a relative
    clause, whose 'that' would be its subject or object and take no comma before it."""
    for token in verb.subtree:
        if token.i > verb.i and token.lower_ == "that" and token.dep_ == "mark" and doc[token.i - 1].text == "," and \
                any(c.dep_ in SUBJECT_DEPS for c in token.head.children):
            return token
    return None


def complementizer_after(doc: Doc, content: set[int], last: int) -> Token | None:
    """The 'that' opening a clause of the content, right after a citing phrase ending at `last` (commas between)."""
    i = last + 1
    while i in content and doc[i].text == ",":
        i += 1
    token = doc[i] if i in content else None
    if token is None or token.lower_ != "that" or token.dep_ != "mark" or token.head.i not in content:
        return None
    return token


def speaker_goes_on(doc: Doc, records: list[AttributionRecord]) -> None:
    """'The ministry rejected reports that its forces had attacked the station, saying its drones had not flown':
    a participle of saying set off by a comma after what its speaker reports, rejects or denies is that speaker's
    next act; the parser hangs it on the reported verb, whose subject it then takes for the speaker. Its source is
    the speaker of the nearest report above it with a verb for cue, and its clause leaves every content that held
    it. (PolNeAR train: of 112 gold cues of ', saying|adding|calling|insisting|...' after a clause another cue
    reports, 112 have that cue's source, 3 of them after 'rejected' or 'dismissed'.)"""
    cue_of = {t.i: record for record in records for s in record.cue for t in s}
    for inner in records:
        cue = [t for s in inner.cue for t in s]
        if len(cue) != 1:
            continue
        participle = cue[0]
        if participle.tag_ != "VBG" or participle.dep_ not in {"advcl", "conj"} or \
                any(c.dep_ in SUBJECT_DEPS for c in participle.children) or participle.head.i in cue_of or \
                participle.left_edge.i == 0 or doc[participle.left_edge.i - 1].text != ",":
            continue
        outer = next((cue_of[a.i] for a in participle.ancestors if a.i in cue_of and a.pos_ == "VERB" and
                      cue_of[a.i] is not inner and cue_of[a.i].source), None)
        if outer is None or participle.i not in outer.content_tokens():
            continue
        source = {i for s in inner.source for i in range(s.start, s.end)}
        if source and not source <= outer.content_tokens():
            continue  # a speaker of its own, outside what the other reports
        inner.source = list(outer.source)
        inner.evidence["speaker_goes_on_from"] = " ".join(s.text for s in outer.cue)
        clause = subtree(participle) | {participle.left_edge.i - 1}
        for other in records:
            content = other.content_tokens()
            if other is not inner and participle.i in content and content - clause:
                other.content = runs(doc, trim(doc, content - clause))
                other.evidence["speaker_act_cut"] = doc[min(clause):max(clause) + 1].text


# pronouns that stand for one person speaking; 'it' and 'they' stand as often for a body or a group named anywhere
SPEAKER_PRONOUNS = frozenset({"he", "she"})
# how far back a pronoun's speaker is looked for, in sentences: a quotation's tag follows its speaker's first words
SPEAKER_REACH = 4


def sources_before(records: list[AttributionRecord], k: int, pronoun: Token, reach: int,
                   sources) -> Iterator[tuple[int, AttributionRecord, Token]]:
    """The attributions before record k, nearest first, with the head word of their source (those without one are
    passed over), as long as their cue lies within `reach` sentences of the pronoun."""
    # the token table numbers the sentences once per document; walking doc.sents here cost a Span per sentence
    # for every pronoun
    sent_of = token_table(pronoun.doc).sent_of
    here = sent_of[pronoun.i]
    for j in range(k - 1, -1, -1):
        earlier = records[j]
        if not earlier.cue or here - sent_of[earlier.cue[0][0].i] > reach:
            return
        head = sources.head(earlier.source)
        if head is not None:
            yield j, earlier, head


def other_entities(record: AttributionRecord, earlier: AttributionRecord) -> bool:
    """Whether coreference gave the two sources different entities: then the one cannot stand for the other."""
    return record.source_entity is not None and earlier.source_entity is not None \
        and record.source_entity != earlier.source_entity


def picked_out(head: Token, noun: Token, earlier: AttributionRecord, sources) -> bool:
    """'one of them', 'one of the officials', 'another': one person out of a group of people, which a later 'he' or
    'she' can stand for (not 'one of the firms')."""
    if head.lower_ not in {"one", "another"} or earlier.source_count not in {1, None}:
        return False
    lemma = noun.lemma_.lower()
    if lemma in sources.organizations or lemma in sources.governments or lemma in sources.outlets or \
            lemma in sources.documents:
        return False  # 'one of the airlines': a body, no 'he' or 'she'
    return noun.tag_ == "PRP" or noun.i == head.i or sources.personal_noun(noun) or \
        earlier.source_kind in {"person", "anonymous"}


def speaker_named_before(records: list[AttributionRecord], k: int, sources) -> int | None:
    """'A spokesman for the operator confirmed that C. "D," he said.': a personal pronoun as the source goes back to
    the nearest attribution before it, within a few sentences, whose speaker is one person (a name, a role, a
    spokesperson, an unnamed official); one the pronoun itself goes back through is followed to the speaker it
    names. A speaker the coreference gave another entity is passed over. (PolNeAR train: 590 of 595 text matches of
    '"...," he|she said|added|told' have the pronoun for the gold source, which PolNeAR does not tie back.)"""
    record = records[k]
    words = [t for s in record.source for t in s]
    if len(words) != 1 or words[0].lower_ not in SPEAKER_PRONOUNS or not record.cue:
        return None
    pronoun = words[0]
    for j, earlier, head in sources_before(records, k, pronoun, SPEAKER_REACH, sources):
        if head.lower_ in SPEAKER_PRONOUNS and len(earlier.source) == 1 and len(earlier.source[0]) == 1:
            if earlier.refers_to is not None and head.lower_ == pronoun.lower_:
                return earlier.refers_to  # "he" again: the speaker the first "he" stands for
            return None
        noun = sources.noun_head(head)
        # a body, a document, a group: no 'he' or 'she'; but 'One of them, a former nurse, said C. "D," she said.'
        # picks one person out of a group
        # "said a shopkeeper who saw it": a noun of one person by its form is a speaker as much as a listed one
        # "Talks were postponed, a mediator said. She urged ...": one unnamed source counted as one is one person,
        # whatever the noun (PolNeAR train: 27 gold sources 'he'/'she' right after a gold source brought in by
        # 'a'/'an', 'a reporter', 'a worker', 'a caller', ...; weak)
        one = earlier.source_kind == "anonymous" and earlier.source_count == 1
        if not picked_out(head, noun, earlier, sources) and (
                noun.tag_ not in {"NN", "NNP"} or not (sources.personal_noun(noun) or earlier.source_kind == "person"
                                                       or one
                                                       or noun.tag_ == "NN" and sources.person_noun(noun.lower_))):
            continue
        if other_entities(record, earlier):
            continue
        record.evidence["refers_to_by"] = f"'{pronoun.text}' after the speaker named before"
        return j
    return None


def relay_out_of_report(doc: Doc, records: list[AttributionRecord]) -> None:
    """'Her union said the talks had failed, the Brask Herald reported': the relaying outlet's report holds the
    union's cue, so the union's content cannot hold the outlet's cue and speaker in turn (two reports never hold
    each other's cue). Where a content holds another report's cue and source while that report's content holds its
    cue, and that report names its speaker before its cue, the content ends before that speaker, the comma setting
    it off left out too."""
    spans = [({i for s in r.cue for i in range(s.start, s.end)}, {i for s in r.source for i in range(s.start, s.end)})
             for r in records]
    for record, (cue, _) in zip(records, spans):
        content = record.content_tokens()
        if not cue or not content:
            continue
        for other, (other_cue, other_source) in zip(records, spans):
            if other is record or not other_cue or not other_source or not other_cue | other_source <= content or \
                    not cue <= other.content_tokens() or max(other_source) > min(other_cue):
                continue  # 'C, according to X' names its source after the cue: no speaker closes the content
            if according_after_report(doc, cue, other_cue):
                # the relay is the 'according to' phrase after the report: the report, which follows its content,
                # yields it and keeps what stands before its own cue
                said = trim(doc, {i for i in other.content_tokens() if i < min(other_cue)})
                if said:
                    other.evidence["according_cut"] = " ".join(span.text for span in record.source)
                    other.content = runs(doc, said)
                continue
            kept = {i for i in content if i < min(other_source)}
            if kept:
                record.evidence["relayed_by"] = doc[min(other_source):max(other_source) + 1].text
                record.content = runs(doc, trim(doc, kept))
                content = record.content_tokens()


def according_after_report(doc: Doc, cue: set[int], report_cue: set[int]) -> bool:
    """'C, the Finance Office said, according to the Tessary Post': an 'according to' phrase set off by a comma right
    after a report that follows its content says through whom the whole report reaches us, the report's speaker and
    cue included; it is no part of what the report says, though the parser hangs it on the reported clause's verb.
    PolNeAR train: 9 of 9 text matches of 'X said, according to Y' have the 'according to' content run over the
    report and its speaker."""
    first = min(cue)
    if doc[first].lower_ != "according" or first == 0 or doc[first - 1].text != ",":
        return False
    between = [i for i in range(max(report_cue) + 1, first - 1) if not doc[i].is_space]
    # 'said on Monday, according to X': only the report's own adjuncts stand between its cue and the phrase
    return max(report_cue) < first and all(doc[i].head.i in report_cue or doc[i].head.i in between for i in between)


def judged_by_apposition(doc: Doc, records: list[AttributionRecord]) -> None:
    """'The navy said it had detained a trawler, a claim its owners denied', '..., an accusation his lawyer rejected
    as "pure fiction"': a noun phrase set off by a comma after a report, with a relative clause whose cue takes the
    noun for object, is another speaker's act about what the report says. The apposition is no part of the report's
    content; the act's content is the report's content (the noun that names it stays as written, `content_as_written`,
    as PolNeAR marks it: train, 2 of 2 text matches of ', a charge/claim that X denied|disputed' carry a gold cue with
    the noun or its pronoun for content, and in neither does a gold content of the report hold the apposition)."""
    for inner in records:
        cue = [t for s in inner.cue for t in s]
        verb = next((t for t in cue if t.dep_ == "relcl"), None)
        if verb is None or any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
            continue
        # the gap is the cue's object: no object of its own, or a relative pronoun for it
        if any(c.dep_ == "dobj" and c.tag_ not in {"WDT", "WP", "IN"} for c in verb.children) or \
                not any(c.dep_ in SUBJECT_DEPS and c.tag_ not in {"WDT", "WP"} for c in verb.children):
            continue
        if any(c.dep_ == "prep" and c.lower_ != "as" for c in verb.children):
            continue  # 'a lawyer the regulator accused of fraud': the act has a content of its own
        noun = verb.head
        comma = noun.left_edge.i - 1
        if noun.pos_ != "NOUN" or comma < 1 or doc[comma].text != "," or noun.lemma_.lower() not in saying_words():
            continue  # 'Ivo Dann, a lawyer the regulator criticised': a person, not what was said
        reported = doc[comma - 1]
        while reported.i > 0 and (reported.is_punct or reported.is_space) and reported.text not in {".", ";"}:
            reported = doc[reported.i - 1]
        outer = min((r for r in records if r is not inner and reported.i in r.content_tokens() and r.cue and
                     r.cue[0].start < comma), key=lambda r: len(r.content_tokens()), default=None)
        if outer is None:
            continue
        apposition = set(range(comma, noun.right_edge.i + 1))
        end = noun.right_edge.i + 1
        while end < len(doc) and doc[end].is_punct and doc[end].text not in {".", ";", ",", "?", "!"}:
            apposition.add(end)  # a closing quotation mark the parser hung elsewhere
            end += 1
        kept = trim(doc, outer.content_tokens() - apposition)
        if not kept:
            continue
        if kept != outer.content_tokens():
            outer.content = runs(doc, kept)
            outer.evidence["apposition_cut"] = doc[comma + 1:noun.right_edge.i + 1].text
        named = trim(doc, subtree(noun) - subtree(verb))
        inner.evidence["construction"] = "act on a report named by an apposition"
        inner.evidence["apposition"] = doc[min(named):max(named) + 1].text
        characterised = [t.i for t in verb.subtree if t.i not in named and t.i > verb.i and not t.is_space and
                         t.i not in {c.i for c in cue}]
        if characterised:
            inner.evidence["characterised_as"] = doc[min(characterised):max(characterised) + 1].text.strip('"“” ')
        inner.evidence["content_as_written"] = [{"start": s.start_char, "end": s.end_char, "text": s.text}
                                                for s in runs(doc, named)]
        inner.content = list(outer.content)
        inner.evidence["act_on_report_of"] = " ".join(s.text for s in outer.source) or outer.cue[0].text


def joined_by_semicolon(verb: Token, reporting: set[int] | frozenset[int] | None = None) -> bool:
    """'Vessa says C; Korrin denies D': a reporting verb with a subject of its own that the parser hung, as a
    complement, on a verb after a semicolon (see reports_joined_by_semicolon); with `reporting` (the heads of the
    cues found), that verb must report too ('X reported that C; Y holds D' goes on with what X reported)."""
    host = verb.head
    if reporting is not None and host.i not in reporting:
        return False
    if verb.dep_ != "ccomp" or host.i <= verb.i or host.pos_ not in VERBAL or \
            not any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.children):
        return False
    return any(verb.doc[i].text == ";" for i in range(verb.right_edge.i + 1, host.i))


# a word of saying heads a cue this often in PolNeAR train (cues_polnear.yaml) before a noun of it names a report
SAYING_CUES = 5.0


@lru_cache(maxsize=1)
def saying_words() -> frozenset[str]:
    """Lemmas that head PolNeAR train cues, as verbs or nouns ('claim', 'charge', 'accusation', 'view'): a noun of
    one of them names what someone said or did ('a charge', 'a claim', 'a decision'), not a person or a thing; a
    verb of one of them after a cue's "to" ('agreed to confirm') is itself a saying and stays in the cue."""
    return frozenset(e["lemma"] for e in load("cues_polnear.yaml")["entries"] if e.get("cues", 0) >= SAYING_CUES)


def reports_joined_by_semicolon(doc: Doc, records: list[AttributionRecord]) -> None:
    """'Vessa says it shot down a drone; Korrin denies any role': a headline (or a sentence) joins two reports with a
    semicolon, and the parser hangs the first on the second's verb as its complement, as in 'C, X said'. A report
    with a subject of its own across a semicolon is no content of the verb after it: the second report's content is
    its own object ('any role'), or, without one, what the first report says (PolNeAR train: of 3 text matches of
    'X says C; Y says|denies D' with both verbs cued, no gold content crosses the semicolon)."""
    cue_of = {t.i: record for record in records for s in record.cue for t in s}
    for second in records:
        cue = [t for s in second.cue for t in s]
        verb = next((t for t in cue if t.pos_ in VERBAL and t.dep_ == "ROOT"), None) or \
            next((t for t in cue if t.pos_ in VERBAL), None)
        if verb is None:
            continue
        first = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.i in cue_of), None)
        if first is None or cue_of[first.i] is second or not cue_of[first.i].source or not joined_by_semicolon(first):
            continue
        between = [doc[i] for i in range(first.right_edge.i + 1, verb.i)]
        clause = subtree(first) | {t.i for t in between if t.is_punct}
        if not second.content_tokens() & clause:
            continue
        own = second.content_tokens() - clause
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is not None:
            own |= subtree(obj)
        content = trim(doc, own)
        second.evidence["construction"] = "two reports joined by a semicolon"
        if content:
            second.content = runs(doc, content)
            second.cue = runs(doc, trim(doc, {t.i for t in cue} - content))
        else:
            second.content = list(cue_of[first.i].content)
            second.evidence["act_on_report_of"] = " ".join(s.text for s in cue_of[first.i].source)


def time_before_content(doc: Doc, records: list[AttributionRecord]) -> None:
    """'The ministry said on Tuesday it had closed the crossing': with no 'that', the parser may hang the time of
    saying on the reported verb, so the content opens with it. A time phrase between the cue and the subject of the
    reported clause dates the act of saying: it leaves the content (and dates the cue, see chains.time_of). PolNeAR
    train: of 57 'said <time> that C', all 57 gold contents start after the time; of 51 without 'that', 27."""
    times = doc._.cg_times or []
    for record in records:
        content = sorted(record.content_tokens())
        cue = [i for s in record.cue for i in range(s.start, s.end)]
        if not content or not cue or content[0] < cue[-1]:
            continue
        time = next((t.span for t in times if t.span.start == content[0] or
                     (t.span.start == content[0] + 1 and doc[content[0]].dep_ == "prep" and
                      doc[content[0]].lower_ in {"on", "in", "at", "during", "late", "early"})), None)
        if time is None or time.end >= content[-1]:
            continue
        rest = [i for i in content if i >= time.end]
        subject = next((doc[i] for i in rest if doc[i].dep_ in SUBJECT_DEPS and doc[i].left_edge.i == rest[0]), None)
        if subject is None or subject.head.i not in rest or \
                any(not doc[i].is_space for i in range(cue[-1] + 1, content[0])):
            continue
        cut = set(range(content[0], time.end))
        record.evidence["time_of_saying_cut"] = doc[content[0]:time.end].text
        record.content = runs(doc, trim(doc, set(content) - cut))


def report_timed_against_another_act(doc: Doc, records: list[AttributionRecord]) -> None:
    """'The ministry said on Wednesday that it had detained 14 people, two days after the foreign ministry denied
    any arrest': a length counted to another act (timex.counted_from_event), set off by a comma after the content,
    places the report against that act; the narrator says it, not the speaker, so it leaves the content, and a
    report inside it stands in the article's own voice. PolNeAR train has 2 such phrases after a content, both
    outside it (weak: the construction belongs to wire copy, where the lead's report is timed against the last)."""
    times = doc._.cg_times or []
    for time in times:
        span = time.span
        if time.modifier != "approx" or span[-1].lower_ not in {"after", "before"} or span.start == 0 \
                or doc[span.start - 1].text != ",":
            continue
        comma = span.start - 1
        for record in records:
            content = record.content_tokens()
            cue = [i for s in record.cue for i in range(s.start, s.end)]
            if comma not in content or span.start not in content or not cue or max(cue) > comma:
                continue
            cut = set(range(comma, max(content) + 1))
            kept = trim(doc, content - cut)
            if kept:
                record.evidence["narrator_time_cut"] = doc[span.start:max(content) + 1].text
                record.content = runs(doc, kept)


# what 'it' can speak for: a body, a state, a text, an outlet (never a person or a group)
IMPERSONAL_KINDS = frozenset({"organization", "government", "document", "outlet"})
# 'It said C' goes on from a source of the sentence before, or the one before that
IMPERSONAL_REACH = 2
CITING = frozenset({"cite", "quote"})


def body_named_before(records: list[AttributionRecord], k: int, sources) -> int | None:
    """'Marrow Freight said in a statement that C. It called for an inquiry', 'C, a port authority statement said.
    It said D': 'it' as the source goes back to the nearest attribution before it, within a sentence or two, whose
    source is one body, state, text or outlet; one the pronoun itself goes back through is followed to the source it
    names. A source the coreference gave another entity is passed over. (PolNeAR train: of 46 gold sources 'It',
    39 follow within a few lines a gold source that is no personal pronoun: 'The report', 'The letter', 'Twitter',
    'The Department of Education'.)"""
    record = records[k]
    words = [t for s in record.source for t in s]
    if len(words) != 1 or words[0].lower_ != "it" or words[0].dep_ not in {"nsubj", "nsubjpass"} or not record.cue:
        return None
    pronoun = words[0]
    for j, earlier, head in sources_before(records, k, pronoun, IMPERSONAL_REACH, sources):
        if any(t.lemma_.lower() in CITING for s in earlier.cue for t in s):
            continue  # 'X said C, citing a police report. It said D': 'it' is X, not what X cited
        if head.lower_ == "it" and len(earlier.source) == 1 and len(earlier.source[0]) == 1:
            return earlier.refers_to  # 'it' again: what the first 'it' stands for
        noun = sources.noun_head(head)
        if earlier.source_kind not in IMPERSONAL_KINDS or noun.tag_ not in {"NN", "NNP"} or noun.pos_ == "PRON":
            continue
        if other_entities(record, earlier):
            continue
        record.evidence["refers_to_by"] = f"'{pronoun.text}' after the body or text named before"
        # 'the agency' named again before it: the attribution that first names the body
        return earlier.refers_to if earlier.refers_to is not None else j
    return None


# how many sentences of the story under a headline may name the headline's source again
HEADLINE_REACH = 3
# the longest first line read as a headline: 838 of PolNeAR train's 840 first lines have 20 words or fewer (the
# longest 22); a lead of one sentence on a line of its own is longer
HEADLINE_WORDS = 20


def bare_description(record: AttributionRecord) -> bool:
    """A source that is a definite description and no name: "the wire", "the finance minister"."""
    words = [t for span in record.source for t in span if not t.is_punct]
    return len(words) > 1 and words[0].lower_ in {"the", "this", "that"} and all(t.is_lower for t in words[1:])


def source_words(record: AttributionRecord) -> set[str]:
    """The words a source names its party by, in lower case, its determiners and punctuation aside."""
    return {t.lower_ for span in record.source for t in span if not t.is_punct and t.pos_ != "DET"}


def headline_sources_in_lead(doc: Doc, records: list[AttributionRecord], start: int, sources) -> None:
    """'Union says strike will go ahead' over 'The RMT union said on Tuesday that the strike would go ahead': a
    headline names its source in a word or two and the lead names the same party in full, so the headline's source
    refers to the lead's and the two reports of one claim give one source, not two. The headline is the story's
    first line, one sentence (or two headlines joined by a semicolon) with a line break after it; the lead's source is the first within HEADLINE_REACH
    sentences that holds the headline source's head word ('Minister' in 'the finance minister', 'Army' in 'an army
    spokesman'). PolNeAR train: of its 840 first lines (488 gold cues stand in them), 131 open with 'Someone: ...'
    and 13 hold 'says'."""
    if start >= len(doc):
        return
    past_dateline(doc, records)
    text = document_text(doc)
    line_end = text.find("\n", doc[start].idx)
    if line_end < 0:
        return
    after = start  # the first word past the first line
    while after < len(doc) and doc[after].idx < line_end:
        after += 1
    headline = [r for r in records if r.cue and r.source and r.refers_to is None and r.cue[0].end_char <= line_end]
    if not headline or sum(not doc[i].is_punct and not doc[i].is_space for i in range(start, after)) > HEADLINE_WORDS \
            or any(doc[i].is_sent_start and not doc[i].is_space and doc[i - 1].text != ";"
                   for i in range(start + 1, after)) \
            or dateline.read_line(text[doc[start].idx:line_end].strip()) is not None:
        return  # no attribution in the first line, or a first line that is a paragraph or opens with a dateline
    # the lead: the sentences under the headline, to the one past HEADLINE_REACH
    reach = len(text)
    seen = 0
    for token in doc[after:]:
        if token.is_sent_start and not token.is_space:
            seen += 1
            if seen > HEADLINE_REACH:
                reach = token.idx
                break
    lead = [r for r in records if r.cue and r.source and line_end < r.cue[0].start_char < reach]
    position = {id(r): k for k, r in enumerate(records)}
    for record in headline:
        head = sources.head(record.source)
        if head is None or head.pos_ == "PRON":
            continue
        word = head.lower_
        for other in lead:
            if word not in {t.lower_ for s in other.source for t in s} | {t.lemma_.lower() for s in other.source
                                                                          for t in s}:
                continue
            if bare_description(other) and not source_words(record) <= source_words(other):
                continue  # "Pennant Wire reported" over "according to the wire": the lead names it again by less
            target = records[other.refers_to] if other.refers_to is not None else other
            if target is not record:
                record.refers_to = position[id(target)]
                record.source_kind = target.source_kind
                if record.source_entity is None:
                    record.source_entity = target.source_entity
                record.evidence["refers_to_by"] = f"the headline's '{head.text}' named in the lead"
            break


def past_dateline(doc: Doc, records: list[AttributionRecord]) -> None:
    """'Port will stay shut, dockers say / LISBON (Reuters) - The dockers' union said ...': under a headline that is
    read, the wire dateline stands inside the story, and the parser puts it in the lead's first sentence; it says
    where and by whom the report was filed, so it leaves that sentence's source and content as front matter does."""
    dateline_at = set(dateline_words(doc))
    if not dateline_at:
        return
    for record in records:
        for role in ("content", "source"):
            spans = getattr(record, role)
            tokens = {i for s in spans for i in range(s.start, s.end)}
            if tokens & dateline_at:
                kept = trim(doc, {i for i in tokens if i > max(dateline_at)})
                if kept:
                    record.evidence.setdefault("dateline_cut", doc[min(dateline_at):max(dateline_at) + 1].text)
                    setattr(record, role, runs(doc, kept))
