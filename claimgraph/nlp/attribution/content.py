"""What is attributed: the clause a cue governs, the clause it comments on, or the quoted words beside it."""
from __future__ import annotations

import functools
from typing import Callable

from spacy.tokens import Doc, Span, Token

from ..annotations import AttributionRecord
from ..table import token_table
from ..tokens import QUOTES_CLOSE, QUOTES_OPEN, quotations, runs, served_verb, subtree, trim
from .cues import EVIDENCE_VERBS, REFUSING, Cue, saying_media, saying_occasions, withholds_information
from .model import cue_head, cue_head_index

VERBAL = {"VERB", "AUX"}
# how a reporting verb hangs on the clause it reports when that clause comes first: "X, the sources said"
LEFT_CLAUSE_DEPS = {"parataxis", "conj", "advcl", "dep"}


def content_of(cue: Cue) -> set[int]:
    """Token indices of the content of a cue (may be discontinuous); empty when the cue reports nothing."""
    doc = cue.head.doc
    first, end = token_table(doc).sentence(cue.head.i)  # the bounds from the table, no sentence Span built
    if cue.content is not None:
        tokens = set(cue.content)
    elif cue.kind == "according":
        tokens = according_content(cue)
    elif cue.complement is not None:
        tokens = subtree(cue.complement) - cue.extra_cut - set(cue.tokens)
    else:
        tokens = fronted_clause(cue) or left_clause(cue) or quoted(cue)
    tokens = {i for i in tokens if first <= i < end}
    return trim(doc, tokens)


def according_content(cue: Cue) -> set[int]:
    """'According to X, C' and 'C, according to X': the clause the phrase modifies, without the phrase."""
    clause = clause_head(cue.head)
    return subtree(clause, cut={cue.head.i}) - subtree(cue.head)


def subject_out_of_according(doc: Doc, record: AttributionRecord) -> bool:
    """'According to documents seen by the paper, the minister, Ann Roe, was briefed': the parser may take the
    clause's subject, set off by commas, for an apposition at the end of the fronted phrase, leaving the clause with
    no subject. A clause needs one, so the trailing apposition is the content's subject, not the source's words.
    Returns whether the spans changed. (PolNeAR train: 15 fronted 'According to X, Y, ...' with a comma-set phrase
    after X; in all 15 gold ends the source before that phrase.)"""
    cue = [t for s in record.cue for t in s]
    if not cue or cue[0].lower_ != "according" or not record.source:
        return False
    head = cue[0]
    clause = clause_head(head)
    if clause.i < head.i or any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
                                for c in clause.children):
        return False
    source = {i for s in record.source for i in range(s.start, s.end)}
    last = max(i for i in source if not doc[i].is_punct)
    subject = next((t for t in sorted((doc[i] for i in source), key=lambda t: t.i)
                    if t.dep_ == "appos" and doc[t.left_edge.i - 1].text == "," and t.right_edge.i >= last), None)
    if subject is None:
        return False
    moved = {i for i in source if i >= subject.left_edge.i}
    record.source = runs(doc, trim(doc, source - moved - {subject.left_edge.i - 1}))
    record.content = runs(doc, trim(doc, record.content_tokens() | moved))
    record.evidence["subject_from_source"] = doc[min(moved):max(moved) + 1].text
    return True


def according_as_root(doc: Doc, record: AttributionRecord) -> bool:
    """'According to talk host Ron Pell, the move reeks of fear': where the parser takes the clause's verb for a noun,
    it makes the opening 'According' the sentence's root and the clause an apposition of the source, which leaves
    the report with the source's words for content. An opening 'according to' phrase has its source up to the comma
    that closes it and the rest of the sentence for content. Returns whether the spans changed. (PolNeAR train: of
    53 sentences opening 'According to X, C.', the parser makes 'According' the root in 2, both with their gold
    content after the comma.)"""
    cue = sorted(i for s in record.cue for i in range(s.start, s.end))
    if not cue or doc[cue[0]].lower_ != "according" or doc[cue[0]].dep_ != "ROOT":
        return False
    table = token_table(doc)
    first, end = table.sentence(cue[0])
    if any(not (doc[i].is_punct or doc[i].is_space) for i in range(first, cue[0])):
        return False
    after = max(cue) + 1
    comma = next((i for i in range(after, end) if doc[i].text == ","), None)
    if comma is None or comma == after:
        return False
    content = trim(doc, {i for i in range(comma + 1, end) if not doc[i].is_space})
    if not content or record.content_tokens() & content:
        return False  # a content already after the comma was read from a clause the parser did find
    if not any(doc[i].pos_ in {"VERB", "AUX", "NOUN", "PROPN", "PRON", "NUM"} for i in content):
        return False  # 'According to the network, basically.': a comment, no proposition
    record.source = runs(doc, trim(doc, set(range(after, comma))))
    record.content = runs(doc, content)
    record.evidence["according_as_root"] = True
    return True


def clause_around_according(doc: Doc, record: AttributionRecord) -> None:
    """'Other divisions, according to the survey, include age and income': an 'according to' phrase set off by
    commas inside its clause, which the parser may hang on the subject before it, reports the whole clause, the
    subject before the phrase and the predicate after it (the content in two pieces), not the subject alone.
    PolNeAR train: of 41 gold 'according to' cues with a comma before the phrase and one after its source, 23 have
    content on both sides of the phrase (12 only before it, where the clause ends at the phrase)."""
    cue = sorted(i for s in record.cue for i in range(s.start, s.end))
    content = record.content_tokens()
    if not cue or not content or doc[cue[0]].lower_ != "according" or max(content) > cue[0]:
        return
    if cue[0] == 0 or doc[cue[0] - 1].text != ",":
        return
    phrase = subtree(doc[cue[0]]) | {i for s in record.source for i in range(s.start, s.end)}
    closing = max(phrase) + 1
    if closing >= len(doc) or doc[closing].text != ",":
        return
    verb = clause_head(doc[cue[0]])
    clause = subtree(verb)
    # the predicate lies past the phrase, and what was read is the start of the same clause (its subject)
    if verb.i <= closing or verb.pos_ not in VERBAL or not content <= clause:
        return
    first, end = token_table(doc).sentence(verb.i)
    after = {i for i in clause if closing < i < end}
    kept = trim(doc, set(content) | after)
    if kept and after & kept:
        record.evidence["clause_around_according"] = doc[closing + 1:max(kept) + 1].text
        record.content = runs(doc, kept)


def plea(doc: Doc, record: AttributionRecord) -> bool:
    """'X pleaded not guilty on Monday to charges that C': a plea's words are the verb with its verdict, and what it
    answers is the charge its 'to' phrase names, not the verdict or when it was entered (PolNeAR train: of 6 cued
    pleas, 4 with a 'to' phrase put 'guilty' in the cue and the phrase, not the verdict, in the content). Returns
    whether the spans changed."""
    cue = {i for s in record.cue for i in range(s.start, s.end)}
    if not cue:
        return False
    verb = next((doc[i] for i in sorted(cue) if doc[i].lemma_.lower() == "plead"), None)
    if verb is None:
        return False
    verdict = next((c for c in verb.children if c.lower_ == "guilty"), None)
    if verdict is None:
        return False
    charge = next((c for c in [*verb.children, *verdict.children] if c.dep_ == "prep" and c.lower_ == "to"), None)
    if charge is None:
        return False  # "has pleaded not guilty": the verdict is all that is said
    said = {verdict.i} | {c.i for c in verdict.children if c.dep_ == "neg"} | \
        {c.i for c in verb.children if c.dep_ == "neg"}
    record.cue = runs(doc, cue | said)
    record.content = runs(doc, trim(doc, subtree(charge)))
    return True


def clause_head(token: Token) -> Token:
    """The nearest verb above a word, or its sentence's root. An auxiliary heads no clause: where the parser hangs
    a phrase on one ('According to the agency, the barge was carrying fuel' with 'According' and the subject under
    'was', the aux of 'carrying'), the clause is its verb's."""
    node = token.head
    while node.head != node and node.pos_ not in VERBAL:
        node = node.head
    return served_verb(node)


def left_clause(cue: Cue) -> set[int]:
    """The reported clause when the parser hung the reporting verb on it: 'X, the sources said.'

    Only an active verb set off by a comma qualifies; 'X said a draft was being written' embeds 'written'.
    """
    verb = cue.head
    host = verb.head
    if verb.dep_ not in LEFT_CLAUSE_DEPS or host.i >= verb.i or host.pos_ not in VERBAL:
        return set()
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return set()
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    if before is None or before.text not in {",", "”", '"', "—", "-"}:
        return set()
    return subtree(host, cut={verb.i})


def fronted_clause(cue: Cue) -> set[int]:
    """'The port closed on Monday, two officials said': the parser may take the clause's subject for a second
    subject of 'said' (and its verb for a modifier of that noun). The subject nearest the verb is the source;
    what stands before it is the content."""
    verb = cue.head
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
    if len(subjects) < 2:
        return set()
    source_start = subjects[-1].left_edge.i
    tokens: set[int] = set()
    for child in verb.lefts:
        if child.i < source_start and child.dep_ != "punct":
            tokens |= subtree(child)
    return tokens


def quoted(cue: Cue) -> set[int]:
    """The quoted words of the cue's sentence, marks included, when the cue itself stands outside the quotes."""
    sentence = cue.head.sent
    pairs = quotations(sentence)
    if any(start < cue.head.i < end for start, end in pairs):
        return set()
    return {i for start, end in pairs for i in range(start, min(end, sentence.end - 1) + 1)}


def speaker_after_quote(doc: Doc, record: AttributionRecord) -> bool:
    """'"... the logistics: fuel, spare parts," one of the officials said.': the parser may take a word inside the
    quote for the subject and hang the real speaker on it as an apposition, and the content then stops at the colon.
    When only a noun phrase (and commas) stands between a closing quotation mark and the cue, that noun phrase is
    the source and the whole quotation the content. Returns whether the record changed."""
    cue = sorted(i for s in record.cue for i in range(s.start, s.end))
    source = {i for s in record.source for i in range(s.start, s.end)}
    content = record.content_tokens()
    if not cue or not source:
        return False
    sentence_start = token_table(doc).sentence(cue[0])[0]  # the bounds from the table, no sentence Span built
    for start, end in quotations(doc[max(0, sentence_start - 200):cue[0]]):
        if end >= cue[0]:
            continue
        words_ = phrase_between(doc, end + 1, cue[0])
        if words_ is None:
            continue
        inside = set(range(start + 1, end))
        # a source that begins inside the quotation, even one that runs on past its closing mark
        speaker_inside = start < min(source) < end
        content_cut = bool(content) and content < inside and len(content) < len(inside) - 2
        if not speaker_inside and not content_cut:
            continue
        record.evidence["speaker_after_quote"] = {"source_was_inside": speaker_inside, "content_was_cut": content_cut}
        if speaker_inside:
            record.source = runs(doc, trim(doc, set(range(words_[0], words_[-1] + 1))))
        record.content = runs(doc, trim(doc, inside))
        return True
    return False


def split_quotation(doc: Doc, record: AttributionRecord) -> bool:
    """'"Four are missing," he said, "and one has sunk."': a speaker tag set in the middle of a quotation says both
    halves; the content is the two of them, marks included, whichever half a reading had kept. Only the source, the
    cue and commas may stand between the halves. PolNeAR train: the gold content of the tag holds the first half in
    25 of 26 text matches of '"A," <pronoun|name> said, "B'. Returns whether the record changed."""
    cue = sorted(i for s in record.cue for i in range(s.start, s.end))
    if not cue:
        return False
    sentence = doc[cue[0]].sent
    pairs = quotations(sentence)
    before = next((p for p in reversed(pairs) if p[1] < cue[0]), None)
    after = next((p for p in pairs if p[0] > cue[-1]), None)
    if before is None or after is None:
        return False
    tag = {i for s in record.source for i in range(s.start, s.end)} | set(cue)
    between = [i for i in range(before[1] + 1, after[0]) if i not in tag and not doc[i].is_space]
    if any(doc[i].text != "," for i in between) or not all(before[1] < i < after[0] for i in tag):
        return False
    halves = set(range(before[0], before[1] + 1)) | set(range(after[0], after[1] + 1))
    if halves <= record.content_tokens():
        return False
    record.evidence["split_quotation"] = True
    record.content = runs(doc, halves)
    return True


def phrase_between(doc: Doc, lo: int, hi: int) -> list[int] | None:
    """The words from lo to hi when they are only a noun phrase and commas, else None. The first verb or other mark
    ends the look: most quotations lie sentences away from the cue, and scanning to it from each cost the most."""
    table = token_table(doc)
    space, punct, text, pos = table.space, table.punct, table.text, table.pos
    words_ = []
    for i in range(lo, hi):
        if space[i]:
            continue
        if punct[i]:
            if text[i] != ",":
                return None
        elif pos[i] in VERBAL:
            return None
        else:
            words_.append(i)
    return words_ or None


SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
QUOTE_MARKS = {'"', "“", "”", "``", "''"}


def coordinated_acts(doc: Doc, records: list[AttributionRecord]) -> None:
    """'X denied that C, calling it Y' and 'X said C and described Y as Z': a second act of the same speaker that
    the parser hung inside the first one's clause is not part of what the first one says. When a cue without a
    subject of its own, coordinated or participial, lies inside another's content and both have the same source,
    its clause (with the comma or conjunction before it) leaves that content; the two stand side by side.

    PolNeAR train: 'denied/rejected/dismissed ..., calling/saying/describing' 5 times in text patterns
    (scripts/count_constructions.py); 'said ... and <cue>' is far more common."""
    for inner in records:
        cue = {i for s in inner.cue for i in range(s.start, s.end)}
        source = {i for s in inner.source for i in range(s.start, s.end)}
        if not cue:
            continue
        head = min((doc[i] for i in cue), key=lambda t: (t.head.i in cue and t.head.i != t.i, t.i))
        if head.dep_ not in {"conj", "advcl"} or any(c.dep_ in SUBJECTS for c in head.children):
            continue
        source = source or speaker_of_conjunct_in_relative(doc, records, inner, head)
        if not source:
            continue
        for outer in records:
            content = outer.content_tokens()
            # the same speaker: the one source, though one record may still hold the words that describe it ('X,
            # who chairs the committee,') and the other only the name
            if outer is inner or not {i for s in outer.source for i in range(s.start, s.end)} & source:
                continue
            if not cue <= content:
                second_act_quote(doc, outer, inner, head)
                continue
            cut_second_act(doc, outer, head)


def speaker_of_conjunct_in_relative(doc: Doc, records: list[AttributionRecord], inner: AttributionRecord,
                                    head: Token) -> set[int]:
    """'The envoy called on both sides to resume talks that stalled in March and urged Pellor to V': the parser
    hangs the second cue on the verb of a relative clause inside the first one's content, and it is left with no
    speaker. A cue verb conjoined to a relative clause's verb, in the tense of the outer cue and with no subject of
    its own, is the outer speaker's second act (PolNeAR train: 369 gold cues after 'and' share the subject of a cue
    before them in the sentence, 343 with that subject for source, and every first content stops before the
    'and'). The source is given to the inner record; returns its words, or nothing."""
    node = head.head
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    if head.dep_ != "conj" or node.dep_ not in {"relcl", "acl"}:
        return set()
    cue = {i for s in inner.cue for i in range(s.start, s.end)}
    for outer in records:
        outer_cue = [doc[i] for s in outer.cue for i in range(s.start, s.end)]
        if outer is inner or not outer.source or not cue <= outer.content_tokens() or \
                not any(t.tag_ == head.tag_ for t in outer_cue) or node.i not in outer.content_tokens():
            continue
        inner.source = list(outer.source)
        inner.evidence["speaker_of_conjunct"] = doc[node.i].text
        return {i for s in outer.source for i in range(s.start, s.end)}
    return set()


def cut_second_act(doc: Doc, outer: AttributionRecord, head: Token) -> None:
    """Takes the clause of a second act (headed by `head`, with the comma or conjunction before it) out of a
    content."""
    content = outer.content_tokens()
    clause = subtree(head)
    first = min(clause)
    while first - 1 >= 0 and (doc[first - 1].dep_ == "cc" or doc[first - 1].text in {",", ";"}) and \
            first - 1 in content:
        first -= 1
    cut = clause | set(range(first, min(clause)))
    kept = content - cut
    # a closing mark whose quotation went with the cut clause goes too
    marks = sorted(i for i in kept if doc[i].text in QUOTE_MARKS)
    if marks and len(marks) % 2 == 1 and marks[-1] > max(cut):
        kept.discard(marks[-1])
    kept = trim(doc, kept)
    if kept:
        outer.content = runs(doc, kept)
        outer.evidence["second_act_cut"] = doc[min(cut):max(cut) + 1].text


def contrasted_reports(doc: Doc, records: list[AttributionRecord]) -> None:
    """'A said C, while B said D': the second report (see cues.contrasting_joiner) is no part of what A says; its
    clause, with the joining word and the comma before it, leaves every content that holds its cue. So does a
    denial in a relative clause ('C, which the army denies', see cues.disputed_antecedent): another source's act
    about C, not part of C."""
    for inner in records:
        construction = str(inner.evidence.get("construction", ""))
        if not construction.startswith(("a second report joined by", "denial of what a relative clause")):
            continue
        cue = {i for s in inner.cue for i in range(s.start, s.end)}
        if not cue:
            continue
        head = min((doc[i] for i in cue), key=lambda t: (t.head.i in cue and t.head.i != t.i, t.i))
        clause = subtree(head)
        first = min(clause)
        while first - 1 >= 0 and (doc[first - 1].dep_ in {"cc", "mark"} or doc[first - 1].text in {",", ";"}):
            first -= 1
        cut = clause | set(range(first, min(clause)))
        for outer in records:
            content = outer.content_tokens()
            if outer is inner or not cue <= content:
                continue
            kept = trim(doc, content - cut)
            if kept:
                outer.content = runs(doc, kept)
                outer.evidence["second_report_cut"] = doc[min(cut):max(cut) + 1].text


def second_act_quote(doc: Doc, outer: AttributionRecord, inner: AttributionRecord, head: Token) -> None:
    """'"A," she said in a statement, calling the claims "B"': the second quotation is what the participle says,
    not a second piece of what she said. A piece of the outer content after the inner cue that lies in the inner
    act's clause or content leaves the outer content. PolNeAR train: of 37 cued text matches of 'said/told ...,
    <participle> ... <quote>', 33 leave the second quotation out of the content of 'said'."""
    outer_cue = {i for s in outer.cue for i in range(s.start, s.end)}
    if not outer_cue or not any(t.i in outer_cue for t in head.ancestors):
        return
    act = subtree(head) | inner.content_tokens()
    kept = [p for p in outer.content if not (p.start > head.i and any(t.i in act for t in p))]
    if kept and len(kept) < len(outer.content):
        outer.evidence["second_act_cut"] = " ".join(p.text for p in outer.content if p not in kept)
        outer.content = kept


def narrator_conjuncts(doc: Doc, records: list[AttributionRecord], verbs: frozenset[str] = frozenset(),
                       event_act: Callable[[Token], bool] | None = None) -> None:
    """'X said the group "will use every means" to defend the town, but did not address the report': a past report
    shifts the tenses of what it reports ('will' to 'would', a past to 'had' + participle), so a simple past
    without a subject of its own, coordinated with a reported clause in a modal or 'had'-perfect, is the narrator's
    tense: a second act of X, which the parser hung inside the content. It leaves the content, with the
    conjunction and comma before it (as 'denied that C, calling it Y' does, see coordinated_acts). PolNeAR train
    (parsed): of 12 such conjuncts in the gold content's reach, 7 are left out of it, 5 kept; PolNeAR dev F1 is
    unchanged.

    A reporting verb among them ('said its fighters would clear the road and accused the army of shelling it',
    `verbs`) is X's own second report, with X for source, never the subject of the reported clause; after 'had' +
    participle it leaves the content too when it stands outside any quotation (the tagger's simple past of a
    reporting verb is then the narrator's), and it becomes an attribution of its own where no other reading made one
    (`event_act`: an act other than speech, 'recalled its envoy', makes none). PolNeAR train (parsed): of 11
    reporting verbs coordinated without a subject of their own with a clause reported by 'said/says/told', 6 carry
    a gold cue with the source of 'said' and 5 lie in its gold content (the one under 'had' inside a quotation, 3
    beside a plain past that no reading here cuts)."""
    made = []
    table = token_table(doc)  # each cue's head and its clauses read from the table, no Token built a word
    heads, dep = table.head, table.dep
    for record in records:
        cue = [i for s in record.cue for i in range(s.start, s.end)]
        content = record.content_tokens()
        if not cue or not content:
            continue
        top = min(cue, key=lambda i: (heads[i] in cue and heads[i] != i, i))
        if table.tag[top] != "VBD":
            continue
        for host in [doc[i] for i in sorted(content) if dep[i] == "ccomp" and heads[i] == top]:
            modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in host.children)
            for conj in [c for c in host.rights if c.dep_ == "conj" and c.pos_ in VERBAL]:
                own_subject = any(c.dep_ in SUBJECTS for c in conj.children)
                if own_subject and not narrated_clause(doc, host, conj, content):
                    continue
                # 'said further talks were possible but gave no timetable': withholding what is asked for is the
                # speaker's act in any tense (only whoever is asked withholds)
                if not own_subject and not withholds_information(conj):
                    if not backshifted(host) or not simple_past(conj):
                        continue
                    if not modal and conj.tag_ == "VBD" and not (
                            conj.lemma_.lower() in verbs and not quoted_at(doc, min(content), conj.i)):
                        continue  # "had collapsed and blocked": the participle may share 'had'
                first = conj.left_edge.i
                while first - 1 > host.i and (doc[first - 1].dep_ == "cc" or doc[first - 1].text in {",", ";"}):
                    first -= 1
                cut = subtree(conj) | set(range(first, conj.left_edge.i))
                kept = trim(doc, content - cut)
                if kept and kept != content:
                    record.evidence["narrator_conjunct_cut"] = doc[first:conj.right_edge.i + 1].text
                    record.content = runs(doc, kept)
                    content = record.content_tokens()
                    if not own_subject and conj.lemma_.lower() in verbs and record.source and \
                            (event_act is None or not event_act(conj)):
                        made.append((record, conj))
    cued = {i for r in records for s in r.cue for i in range(s.start, s.end)}
    for record, conj in made:
        said = trim(doc, {t.i for t in conj.subtree if t.i > conj.i})
        if conj.i in cued or not said:
            continue
        records.append(AttributionRecord(
            cue=runs(doc, {conj.i}), content=runs(doc, said), source=list(record.source),
            evidence={"construction": "a second report of the same source, coordinated inside its first clause"}))
        cued.add(conj.i)


def question_left_open(doc: Doc, record: AttributionRecord) -> bool:
    """'Cook did not say when.', 'it did not explain why': a verb of saying whose question is one wh-word standing for
    the clause left out says that word, with its subject for source (a learned reading may take the subject for
    content and leave the source empty). PolNeAR train: 2 text matches of 'did not say|explain|... when|where|why|
    how.', both with a gold cue, the subject for source and the wh-word alone for content. Returns whether the
    record changed."""
    cue = [i for s in record.cue for i in range(s.start, s.end)]
    lemmas = token_table(doc).lemma  # asked of every record: the cue's words read from the table first
    if not cue or not any(lemmas[i].lower() in SAYING_OPEN for i in cue):
        return False
    head = cue_head(doc, cue)
    if head.pos_ != "VERB" or head.lemma_.lower() not in SAYING_OPEN:
        return False
    asked = next((c for c in head.rights if c.tag_ in {"WRB", "WP"} and c.dep_ in {"advmod", "dobj", "ccomp"}), None)
    if asked is None or any(True for _ in asked.children) or asked.i + 1 >= len(doc) or \
            not doc[asked.i + 1].is_punct or any(c.dep_ in {"ccomp", "xcomp"} for c in head.children):
        return False
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    source, content = trim(doc, {t.i for t in subject.subtree}), {asked.i}
    if record.content_tokens() == content and {i for s in record.source for i in range(s.start, s.end)} == source:
        return False
    record.evidence["question_left_open"] = asked.text
    record.source = runs(doc, source)
    record.content = runs(doc, content)
    record.cue = runs(doc, set(cue) - content)
    return True


# verbs whose question may be left as one wh-word ('did not say when')
SAYING_OPEN = frozenset({"say", "explain", "specify", "disclose", "elaborate", "reveal", "tell", "confirm"})


def quoted_at(doc: Doc, start: int, i: int) -> bool:
    """Whether word `i` lies inside a quotation opened between word `start` and it."""
    return sum(1 for k in range(start, i) if doc[k].text in QUOTE_MARKS) % 2 == 1


def that_into_content(doc: Doc, records: list[AttributionRecord]) -> None:
    """'his claim that C', 'has intelligence that C': the 'that' opening the content clause belongs to the content,
    as it does after a verb ('said that C'), not to the cue. PolNeAR train: of 75 gold cues ending in a noun of
    claim, belief or evidence right before 'that', 74 leave 'that' to the content; 1 of 107 noun cues followed by
    'that' takes it into the cue."""
    for record in records:
        cue = sorted(i for s in record.cue for i in range(s.start, s.end))
        content = record.content_tokens()
        if len(cue) < 2 or not content:
            continue
        that = doc[cue[-1]]
        if that.lower_ != "that" or that.dep_ != "mark" or min(content) != that.i + 1 or doc[cue[-2]].pos_ != "NOUN":
            continue
        record.cue = runs(doc, set(cue[:-1]))
        record.content = runs(doc, content | {that.i})
        for key, moved in (("cue_as_written", False), ("content_as_written", True)):
            written = record.evidence.get(key)
            if not written:
                continue
            spans = [doc.char_span(p["start"], p["end"], alignment_mode="expand") for p in written]
            if any(span is None for span in spans):
                continue
            tokens = {i for span in spans for i in range(span.start, span.end)}
            tokens = tokens | {that.i} if moved and min(tokens) == that.i + 1 else \
                tokens - {that.i} if not moved else tokens
            record.evidence[key] = [{"start": r.start_char, "end": r.end_char, "text": r.text} for r in runs(doc, tokens)]


def clause_beside_the_report(doc: Doc, records: list[AttributionRecord], verbs: frozenset[str]) -> None:
    """'X said the pool would reopen, but the office declined to comment', 'said C, but Y did not say when': a
    clause with a subject of its own that the parse coordinates with the reporting verb itself, and which is an act
    of speech of its own (a reporting verb of `verbs`, a refusal, a withholding, no comment), is another act beside
    the report, not governed by the cue; a content read past it (the learned spans often run to the sentence's end)
    stops before it, with the comma and conjunction. A quotation the speaker opens runs on in the speaker's words.
    PolNeAR train (parsed): of 102 such clauses after an unquoted gold content, 91 lie outside it (of all 457 such
    clauses, whatever their verb, 338: too few to cut the others, and PolNeAR dev lost by it)."""
    for record in records:
        cue = [i for s in record.cue for i in range(s.start, s.end)]
        content = record.content_tokens()
        if not cue or not content:
            continue
        verb = cue_head(doc, cue)
        if verb.pos_ not in VERBAL or min(content) < verb.i:
            continue
        for conj in [c for c in verb.rights if c.dep_ == "conj" and c.pos_ in VERBAL and c.i in content]:
            if not any(c.dep_ in SUBJECTS for c in conj.children) or not act_of_speech(conj, verbs):
                continue
            if sum(1 for i in content if i < conj.i and doc[i].text in QUOTE_MARKS) % 2:
                continue  # inside a quotation the speaker opened
            first = conj.left_edge.i
            while first - 1 > min(content) and (doc[first - 1].dep_ == "cc" or doc[first - 1].text in {",", ";"}):
                first -= 1
            kept = trim(doc, {i for i in content if i < first})
            if kept and kept != content:
                record.evidence["clause_beside_report_cut"] = doc[first:conj.right_edge.i + 1].text
                record.content = runs(doc, kept)
                content = record.content_tokens()


def modal_conjunct_reported(doc: Doc, records: list[AttributionRecord], verbs: frozenset[str]) -> None:
    """'X said the pumps were ready, but would not be started before June', 'says the levy would cut prices and could
    raise $40 million': a verb phrase with no subject of its own and a modal ('would', 'could', 'will'), joined to
    the clause a cue reports, goes on with what is reported, though the parser hangs it on the reporting verb; the
    content runs through it, with the comma and conjunction before it. A reporting verb, a refusal or a withholding
    there is the speaker's own act ('said C and would not identify D') and stays out, as does one with a cue of its
    own. PolNeAR train (text matches of 'said|says|told X|argued|added|insisted|noted|stressed|explained ... (,)
    but|and|yet would|could|will|might|can|should|may' on a gold cue): 17 of 19 lie inside its gold content (the two
    outside: a withholding and a relative clause's verb)."""
    cued = {i for r in records for s in r.cue for i in range(s.start, s.end)}
    for record in records:
        cue = [i for s in record.cue for i in range(s.start, s.end)]
        content = record.content_tokens()
        if not cue or not content or record.evidence.get("content_as_written"):
            continue
        verb = cue_head(doc, cue)
        if verb.pos_ not in VERBAL or min(content) < verb.i:
            continue
        if not any(doc[i].dep_ == "ccomp" and doc[i].head.i == verb.i for i in content):
            continue  # only a reported clause goes on so
        last = max(content)
        for conj in [c for c in verb.rights if c.dep_ == "conj" and c.i > last]:
            if conj.pos_ not in VERBAL or conj.i in cued or any(c.dep_ in SUBJECTS for c in conj.children):
                break
            if not any(c.dep_ == "aux" and c.tag_ == "MD" and c.i < conj.i for c in conj.children):
                break
            if act_of_speech(conj, verbs) or any(t.i in cued for t in conj.subtree):
                break
            between = range(last + 1, conj.left_edge.i)
            if not all(doc[i].dep_ == "cc" or doc[i].text == "," for i in between):
                break
            added = trim(doc, set(range(last + 1, conj.right_edge.i + 1)))
            if not added:
                break
            record.content = runs(doc, content | added | set(between))
            record.evidence["modal_conjunct_joined"] = doc[last + 1:conj.right_edge.i + 1].text
            content = record.content_tokens()
            last = max(content)


def act_of_speech(verb: Token, verbs: frozenset[str]) -> bool:
    """'Y warned', 'Y declined to comment', 'Y was not available for comment': a report, a refusal or a withholding."""
    return verb.lemma_.lower() in verbs or verb.lemma_.lower() in REFUSING or withholds_information(verb) or \
        any(t.lower_ == "comment" for t in verb.subtree)


def narrated_clause(doc: Doc, host: Token, conj: Token, content: set[int]) -> bool:
    """'X said the pool would reopen in June, but the office declined to comment', 'said the real risk is debt, and
    he blamed the board': a clause with a subject of its own in the simple past, coordinated with a reported clause
    in a tense a past report leaves (a modal, 'had' + participle, or a present kept as still true), is the
    narrator's: the report does not shift into the narrative past. A clause opened by 'that' is reported too, and
    one inside a quotation the speaker's words. PolNeAR train (parsed): of 5 such clauses after a past cue, 4 are
    left out of the gold content; the one kept lies inside a quotation."""
    if any(c.dep_ == "mark" for c in conj.children) or not simple_past(conj):
        return False
    if not (backshifted(host) or host.tag_ in {"VBZ", "VBP"} or
            any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"} for c in host.children)):
        return False
    marks = [i for i in content if i < conj.i and doc[i].text in QUOTE_MARKS]
    return len(marks) % 2 == 0


def backshifted(verb: Token) -> bool:
    """A reported clause in the tenses a past report gives it: a modal ('would', 'will', 'could') or 'had' +
    participle."""
    return any(c.dep_ in {"aux", "auxpass"} and (c.tag_ == "MD" or (c.lemma_ == "have" and c.tag_ == "VBD"))
               for c in verb.children)


def simple_past(verb: Token) -> bool:
    """'gave', 'did not address': a simple past, not a participle under a shared auxiliary ('had left and gone')."""
    if verb.tag_ == "VBD":
        return not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ == "VBD" for c in verb.children)


RELATIVE = {"WDT", "WP"}


def named_as(doc: Doc, record: AttributionRecord) -> bool:
    """'what residents described as the worst attack', 'what officials called a hate crime': a free relative
    'what' is no content by itself; the name or description the cue gives it is. The content becomes the pronoun
    with the naming complement, the two pieces PolNeAR marks (train: 15 of 31 'what X called/described/dubbed'
    carry a gold cue, their content 'what / as ...' or the complement alone)."""
    content = record.content_tokens()
    if len(content) != 1 or doc[min(content)].tag_ not in RELATIVE:
        return False
    cue = {i for s in record.cue for i in range(s.start, s.end)}
    verbs = [doc[i] for i in cue if doc[i].pos_ in VERBAL]
    for verb in verbs:
        for child in verb.children:
            if child.i in cue or child.i < verb.i:
                continue
            if child.dep_ == "prep" and child.lower_ == "as" or child.dep_ in {"oprd", "attr", "ccomp", "xcomp"}:
                complement = subtree(child) - cue
                if not complement:
                    continue
                record.evidence["named_as"] = doc[min(content)].text
                record.content = runs(doc, trim(doc, content | complement))
                return True
    return False


def as_characterised(doc: Doc, record: AttributionRecord) -> bool:
    """'in what villagers described as the worst flood': the contract's content is the characterisation alone ('the
    worst flood'), and an 'as' the verb takes joins the cue ('described as'); PolNeAR's pieces (the pronoun and
    the complement, the verb alone as cue) stay in `evidence.content_as_written` and `evidence.cue_as_written`,
    which `eval polnear` scores. Returns whether the record changed."""
    if "named_as" not in record.evidence or not record.content:
        return False
    rest = sorted(record.content_tokens())
    if doc[rest[0]].tag_ in RELATIVE:
        rest = rest[1:]
    cue = [i for s in record.cue for i in range(s.start, s.end)]
    if not rest or not cue or (len(rest) == len(record.content_tokens()) and doc[rest[0]].lower_ != "as"):
        return False
    record.evidence.setdefault("content_as_written", [{"start": s.start_char, "end": s.end_char, "text": s.text}
                                                      for s in record.content])
    if doc[rest[0]].lower_ == "as" and doc[rest[0]].head.i in cue:
        record.evidence.setdefault("cue_as_written", [{"start": s.start_char, "end": s.end_char, "text": s.text}
                                                      for s in record.cue])
        record.cue = runs(doc, set(cue) | {rest[0]})
        rest = rest[1:]
    record.content = runs(doc, trim(doc, set(rest)))
    return True


def inside_relative_clause(doc: Doc, records: list[AttributionRecord]) -> None:
    """'The Pellan Brigades, a group that Orland accuses Vesk of arming, said in a statement that ...': the cue
    'accuses' lies in the source of 'said', so 'said' cannot lie in the content of 'accuses'. When a cue inside a
    relative clause has a content running past the clause over such a cue, the content is cut back to the clause.
    (Cutting every content that runs past its relative clause was tried: on PolNeAR dev none of the nine it
    changed matched the gold, as the parser often closes relative clauses too early.)"""
    for record in records:
        cue = sorted(i for s in record.cue for i in range(s.start, s.end))
        content = record.content_tokens()
        if not cue or not content:
            continue
        node = doc[cue[0]]
        while node.head != node and node.dep_ != "relcl" and node.pos_ in VERBAL and \
                node.dep_ in {"conj", "xcomp", "ccomp", "advcl"}:
            node = node.head
        if node.dep_ != "relcl":
            continue
        clause = subtree(node)
        kept = content & clause
        beyond = content - clause
        if not kept or not beyond:
            continue
        crossed = any({i for s in other.cue for i in range(s.start, s.end)} & beyond and
                      set(cue) <= {i for s in other.source for i in range(s.start, s.end)}
                      for other in records if other is not record)
        if crossed:
            record.evidence["cut_to_relative_clause"] = True
            record.content = runs(doc, trim(doc, kept))


def coordinated_that_clause(doc: Doc, records: list[AttributionRecord]) -> None:
    """'X said on Thursday the plan was "fair," and that farmers would be paid': a second clause opened by 'that'
    and coordinated with the reported clause is reported by the same cue; a content that stops before it (at a
    closing quotation mark, say) leaves the second clause in the narrator's voice. The content runs on over the
    conjunct. PolNeAR train: of 206 ', and that' / ', but that' with a gold content before them, 196 have the
    content run on over the clause, 17 of 17 after a closing quotation mark."""
    cues = {t.i for r in records for s in r.cue for t in s}
    table = token_table(doc)  # the verbs among a content's words are read from the table, no Token built a word
    pos, heads = table.pos, table.head
    for record in records:
        content = record.content_tokens()
        if not record.cue or not content:
            continue
        own_cue = {i for s in record.cue for i in range(s.start, s.end)}
        # the parser hangs the second clause on the reported clause or, as often, on the reporting verb; a clause
        # under 'that' is not a second act of the speaker either way
        hosts = [doc[i] for i in sorted(content | own_cue) if pos[i] in VERBAL and heads[i] not in content]
        for host in hosts:
            # 'told parliament that C "quoted" and that D': after an object the parser may read the second clause
            # as a second complement of the reporting verb rather than a conjunct of the first
            seconds = [c for c in host.rights if c.pos_ in VERBAL and c.i > max(content) and
                       (c.dep_ == "conj" or (c.dep_ == "ccomp" and host.i in own_cue))]
            for conj in seconds:
                mark = next((c for c in conj.lefts if c.dep_ == "mark" and c.lower_ == "that"), None)
                # the joining word may still close the content here ('... violence" and'), cut only later
                if mark is None or not any(doc[i].dep_ == "cc" for i in range(max(content), mark.i)):
                    continue
                added = set(range(max(content) + 1, conj.right_edge.i + 1))
                # 'C, the ministry said on Wednesday, and that D': with the speaker after the first clause, the
                # second is a part of its own; the run from the first clause to it is the speaker's tag, never
                # content (PolNeAR train: 1 such content, split in two, weak)
                tag = set(own_cue) | {i for s in record.source for i in range(s.start, s.end)}
                if added & tag:
                    added = set(range(mark.i, conj.right_edge.i + 1))
                if added & (cues - own_cue) or any(doc[i].is_sent_start for i in added):
                    continue
                record.evidence["coordinated_that_clause"] = doc[mark.i:conj.right_edge.i + 1].text
                record.content = runs(doc, trim(doc, content | added))
                content = record.content_tokens()


CLAUSE_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}


def head_of_relative_report(doc: Doc, records: list[AttributionRecord]) -> None:
    """'a tactic the party hopes will win votes', 'a ruling the judge said was final': a report in a relative clause
    with no relative pronoun leaves a gap where its clause's subject would be; the noun the clause hangs on fills it,
    so the content is that noun's phrase with the predicate, as PolNeAR marks it (train: of 30 cued reports with the
    source before the cue and a subjectless predicate after it, not after 'what', 'which', 'who' or 'that', 21 give
    the head noun's phrase and the predicate, 3 the predicate alone)."""
    for record in records:
        cue = sorted(i for s in record.cue for i in range(s.start, s.end))
        content = record.content_tokens()
        source = {i for s in record.source for i in range(s.start, s.end)}
        if not cue or not content or not source:
            continue
        verb = doc[cue[0]]
        if verb.dep_ != "relcl" or verb.head.pos_ not in {"NOUN", "PROPN"} or verb.head.i > min(source):
            continue
        noun = verb.head
        if any(c.tag_ in {"WDT", "WP", "WP$"} or c.lower_ == "that" for c in verb.subtree if c.i < verb.i):
            continue  # a relative pronoun stands in the gap: 'which officials said ...' has its own reading
        clause = next((c for c in verb.rights if c.dep_ == "ccomp" and c.pos_ in VERBAL), None)
        if clause is None or any(c.dep_ in CLAUSE_SUBJECTS for c in clause.children) or \
                min(content) < verb.i or not content <= subtree(clause):
            continue
        head = set(range(noun.left_edge.i, noun.i + 1))
        if head & (source | set(cue)):
            continue
        record.evidence["relative_clause_on"] = doc[noun.left_edge.i:noun.i + 1].text
        record.content = runs(doc, trim(doc, content | head))


OPENING = {'"', "“", "``"}
CLOSING = {'"', "”", "''"}


def colon_quote(doc: Doc, record: AttributionRecord) -> bool:
    """'X said on Monday:' followed by a quoted paragraph: the quotation is the content, and it runs on over
    the next paragraphs while each of them opens with a quotation mark and the one before left it open (the news
    convention for a quote of several paragraphs). PolNeAR train: 72 of 77 text matches of a reporting verb
    before a colon and a quotation mark carry a gold cue (scripts/count_constructions.py)."""
    cue = sorted(i for s in record.cue for i in range(s.start, s.end))
    if not cue:
        return False
    quoted = quotation_after_colon(doc, cue[-1])
    if not quoted:
        return False
    content = record.content_tokens()
    if quoted <= content:
        return False
    record.evidence["colon_quote"] = True
    record.content = runs(doc, {j for j in quoted if not doc[j].is_space})
    return True


MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def quotation_after_colon(doc: Doc, last: int) -> set[int]:
    """The quoted paragraph(s) after a colon that follows the cue word at `last` (the colon may be the cue's own last
    word, as a learned reading marks it), or an empty set."""
    table = token_table(doc)
    text, pos = table.text, table.pos
    if text[last] == ":":
        colon = last
    else:
        sentence_end = table.sentence(last)[1]
        # a verb before the colon heads a clause of its own and ends the search; a participle modifying a noun
        # ("said in a televised address:", "said in a video posted on Sunday:", read as a modifier or a reduced
        # relative clause) is no clause
        colon = next((i for i in range(last + 1, min(len(doc), sentence_end + 1))
                      if text[i] == ":" or pos[i] in VERBAL and table.dep[i] not in MODIFIER_DEPS
                      and not (table.dep[i] == "acl" and table.tag[i] in {"VBN", "VBG"})), None)
        if colon is None or text[colon] != ":":
            return set()
    space = table.space
    start = next((i for i in range(colon + 1, len(doc)) if not space[i]), None)
    if start is None or doc[start].text not in OPENING:
        return set()
    quoted, i = set(), start
    while i < len(doc):
        token = doc[i]
        if token.is_space and "\n" in token.text:
            following = next((j for j in range(i + 1, len(doc)) if not doc[j].is_space), None)
            if following is None or doc[following].text not in OPENING:
                break  # the quotation ends with its paragraph unless the next one reopens it
            quoted.add(following)  # the reopening mark is no closing one
            i = following + 1
            continue
        quoted.add(i)
        if i > start and token.text in CLOSING and (token.text != '"' or doc[i - 1].whitespace_ == "" or
                                                     token.whitespace_):
            break
        i += 1
    return quoted


def paragraph_after_colon(doc: Doc, cue: list[int]) -> set[int]:
    """'The governor added:' closing its paragraph, with what he said in the next one, quoted or not: the quotation
    (over as many paragraphs as it runs, see quotation_after_colon) or else the next paragraph; an empty set when the
    cue is not followed by a colon and a paragraph break. PolNeAR train: of 34 gold cues before a colon and a
    paragraph break, 29 take their content from the paragraph after it (20 quoted, 9 not), each with the source
    before the cue."""
    table = token_table(doc)
    text, space = table.text, table.space
    last = max(cue)
    colon = last if text[last] == ":" else next((i for i in range(last + 1, min(len(doc), last + 3))
                                                   if not space[i]), None)
    if colon is None or text[colon] != ":":
        return set()
    following = next((i for i in range(colon + 1, len(doc)) if not space[i]), None)
    if following is None or not any("\n" in text[i] or "\n" in doc[i].whitespace_
                                    for i in range(colon, following)):
        return set()
    quoted = quotation_after_colon(doc, colon)
    if quoted:
        return {i for i in quoted if not space[i]}
    end = next((i for i in range(following, len(doc)) if space[i] and "\n" in text[i]), len(doc))
    return {i for i in range(following, end) if not space[i]}


PRONOUNS = {"he", "she", "they", "i", "we", "it", "you"}


def another_speaker(record: AttributionRecord, other: AttributionRecord) -> bool:
    """Whether the other attribution is surely someone else's: a named, different source (a pronoun may be the same
    speaker going on: '"A," he said, adding ... "B."')."""
    words_ = " ".join(s.text for s in other.source).lower()
    return bool(words_) and words_ not in PRONOUNS and words_ != " ".join(s.text for s in record.source).lower()


# whom a sentence's subject names when it is a person: a name, or a role or descriptor noun
PERSON_TYPES = {"PERSON"}


def another_person_between(doc: Doc, record: AttributionRecord, lo: int, hi: int) -> bool:
    """'"The water is clean," the mayor said. The health officer disagreed. "There is lead in the pipes."': a
    sentence wholly between the cue and a piece of its content whose subject is another person, named or described,
    and which is no quotation itself, hands the floor to that person: the piece is theirs, not the cue's speaker's."""
    source = " ".join(s.text for s in record.source).lower()
    if not source:
        return False
    for sentence in doc[lo + 1:hi].sents:
        if sentence.start <= lo or sentence.end > hi or any(t.text in QUOTE_MARKS for t in sentence):
            continue
        root = sentence.root
        subject = next((c for c in root.children if c.dep_ in {"nsubj"}), None)
        if subject is None or subject.pos_ == "PRON":
            continue
        words_ = doc[subject.left_edge.i:subject.right_edge.i + 1].text.lower()
        if words_ in source or source in words_:
            continue
        if subject.ent_type_ in PERSON_TYPES or (subject.pos_ == "NOUN" and subject.tag_ == "NN" and
                                                  subject.lemma_.lower() in PEOPLE_NOUNS):
            return True
    return False


def _people_nouns() -> frozenset[str]:
    from ...lexicon import words as lexicon_words
    return frozenset(lexicon_words("attribution.yaml", "anonymous_descriptors")) | \
        frozenset(lexicon_words("attribution.yaml", "person_roles"))


PEOPLE_NOUNS = _people_nouns()


def across_another_cue(doc: Doc, records: list[AttributionRecord]) -> None:
    """'"We checked every bolt," the engineer said. The mayor said C. "Nobody was hurt."': a piece of content in
    another sentence than the cue's belongs to the nearer speaker; when another speaker's cue stands between the
    cue and that piece (and is not itself part of this content), the piece is dropped. (Dropping over any cue,
    the same speaker's included, lowered PolNeAR dev content F1 by 0.1.)"""
    cues = [sorted(i for s in r.cue for i in range(s.start, s.end)) for r in records]
    table = token_table(doc)
    for record, cue in zip(records, cues):
        if not cue or not record.content or record.evidence.get("turn"):
            continue  # a transcript's turn is its speaker's by the layout, whatever cues it holds
        first, end = table.sentence(cue[0])
        content = record.content_tokens()
        kept, dropped = [], []
        for piece in record.content:
            if first <= piece.start and piece.end <= end:
                kept.append(piece)
                continue
            lo, hi = (cue[-1], piece.start) if piece.start > cue[-1] else (piece.end - 1, cue[0])
            between = any(other is not record and other_cue and lo < other_cue[0] < hi and
                          not set(other_cue) <= content and another_speaker(record, other)
                          for other, other_cue in zip(records, cues))
            between = between or another_person_between(doc, record, lo, hi) or \
                claimed_in_its_sentence(doc, piece, record, records, cues)
            (dropped if between else kept).append(piece)
        if dropped and kept:
            record.evidence["dropped_across_cue"] = [p.text for p in dropped]
            record.content = runs(doc, trim(doc, {t.i for p in kept for t in p}))


def claimed_in_its_sentence(doc: Doc, piece, record: AttributionRecord, records: list[AttributionRecord],
                            cues: list[list[int]]) -> bool:
    """'"A," the spokeswoman told the paper. "B," she said, "and C."': a quotation in another sentence that has a
    cue of its own, whose content holds it, is that cue's: a sentence's speaker tag says who says its quotation,
    whoever spoke the sentence before (the same speaker's new act included, unlike a bare quotation that goes on
    after the cue). PolNeAR train: of 26 text matches of '"A," <pronoun|name> said, "B', the gold content holding
    A belongs to that sentence's own cue 25 times and to an earlier cue once."""
    table = token_table(doc)
    first, end = table.sentence(piece.start)
    punct, space = table.punct, table.space
    words_ = {i for i in range(piece.start, piece.end) if not punct[i] and not space[i]}
    if not words_ or piece.end > end:
        return False
    return any(other is not record and other_cue and first <= other_cue[0] < end and
               words_ <= other.content_tokens() for other, other_cue in zip(records, cues))


# the dependencies by which a clause is what a verb reports, not how the report reached us
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "csubj", "csubjpass", "parataxis", "dobj"})


def qualifier_of_report(doc: Doc, records: list[AttributionRecord]) -> None:
    """'The bank has warned that reserves could fall, according to its quarterly report': a cue hanging on another
    attribution's cue ('according to', 'citing') says through whom that report reaches us, so it is no part of
    what is reported, wherever the content's extent would take it."""
    heads = {}
    head_of = token_table(doc).head
    for record in records:
        cue = [i for s in record.cue for i in range(s.start, s.end)]  # the words' positions, no Token each
        if cue:
            heads[id(record)] = doc[cue[0]] if len(cue) == 1 else min((doc[i] for i in cue),
                                                                       key=lambda t: len(list(t.ancestors)))
    for record in records:
        head = heads.get(id(record))
        if head is None or not record.content:
            continue
        content = record.content_tokens()
        cut: set[int] = set()
        for other in records:
            qualifier = heads.get(id(other))
            # the head's position from the table: this runs for every pair of records, a Token each before
            if other is record or qualifier is None or head_of[qualifier.i] != head.i or qualifier.i == head.i:
                continue
            if qualifier.dep_ in CONTENT_DEPS:
                # '"We have evidence that C," the official told the paper': a cue that is the verb's complement is
                # the reported clause itself, an account nested in the report, not a channel it came through
                continue
            words_ = subtree(qualifier)
            if qualifier.i in content:
                cut |= words_
        if cut and content - cut:
            record.evidence["qualifier_cut"] = doc[min(cut):max(cut) + 1].text
            record.content = runs(doc, trim(doc, content - cut))


def reported_without_source(doc: Doc, records: list[AttributionRecord], adverbs: frozenset[str],
                            start: int = 0) -> list[AttributionRecord]:
    """'The navy reportedly shadowed a tanker': an evidential adverb is a cue with no source, and its content is
    the whole clause it modifies, subject included; neither the clause's subject nor its verb says anything, so a
    reading that made the subject the source and the verb the cue is replaced, and the verb stays a claim. Returns
    the records for adverbs no attribution had."""
    added = []
    lower = token_table(doc).lower
    for i in range(start, len(doc)):
        # the words are read from the table: a Token a word costs more than the test
        if lower[i] not in adverbs:
            continue
        adverb = doc[i]
        if adverb.dep_ != "advmod" or adverb.head.pos_ not in VERBAL:
            continue
        verb = adverb.head
        holding = [r for r in records if any(s.start <= k < s.end for s in r.cue for k in (adverb.i, verb.i))]
        if any(verb.i in {i for s in r.cue for i in range(s.start, s.end)} and
               verb.lemma_.lower() != adverb.lemma_.lower() and reporting(verb) for r in holding):
            continue  # "reportedly said": the verb reports, the adverb only hedges that report
        sentence = verb.sent
        content = trim(doc, {i for i in subtree(verb, cut={adverb.i}) if sentence.start <= i < sentence.end} -
                       {adverb.i})
        if not content:
            continue
        record = holding[0] if holding else AttributionRecord(cue=[], content=[])
        record.cue, record.source = runs(doc, [adverb.i]), []
        record.content = runs(doc, content)
        record.evidence["construction"] = "evidential adverb '" + adverb.text + "'"
        if not holding:
            added.append(record)
        for extra in holding[1:]:
            extra.cue = []
    return added


def reporting(verb: Token) -> bool:
    """Whether a verb reports a clause or a quotation of its own ('reportedly said that ...', 'reportedly told')."""
    return any(c.dep_ in {"ccomp", "parataxis"} for c in verb.children) or any(
        t.text in QUOTE_MARKS for t in verb.sent)


QUOTE_PAIRS = {"“": "”", '"': '"', "‘": "’", "«": "»"}


def as_quoted(doc: Doc, record: AttributionRecord) -> bool:
    """A content that is one quotation from mark to mark, as the contract writes it: the words inside, without the
    marks and the comma before the closing one ('"The pumps are fine," he said' attributes 'The pumps are fine').
    PolNeAR keeps the marks (train: 3,427 gold contents open on a quotation mark that closes at their end, 24 leave
    it out), so the extent as written stays in `evidence.content_as_written`, which `eval polnear` scores.
    A content in pieces ('"The border is closed," said X. "No one will cross it."') is written so piece by piece:
    each piece that is one quotation loses its marks (PolNeAR train: of 3,558 gold contents in pieces, 1,243 are
    whole quotations in every piece). Returns whether the content changed."""
    if not record.content:
        return False
    pieces = [quoted_words(doc, span) for span in record.content]
    for k in range(len(pieces) - 1):
        if pieces[k] is None:
            pieces[k] = paragraph_left_open(doc, record.content[k], record.content[k + 1])
    if all(words_ is None for words_ in pieces):
        return False
    # an extent as written set before (a citation's, see SourceReader.citing_as_written) stands
    record.evidence.setdefault("content_as_written", [{"start": span.start_char, "end": span.end_char,
                                                        "text": span.text} for span in record.content])
    record.content = runs(doc, {i for span, words_ in zip(record.content, pieces)
                                for i in (words_ if words_ is not None else range(span.start, span.end))})
    return True


def paragraph_left_open(doc: Doc, span: Span, after: Span) -> set[int] | None:
    """'said:\n\n"We have taken the hill.\n\n"We will hold it."': a quotation running over paragraphs leaves each
    paragraph but the last open and opens the next with the same mark; a piece that opens a quotation it never
    closes, followed by a piece opening with that mark, is one paragraph of it: its words without the mark and the
    closing stop. PolNeAR train: 26 gold content pieces open such a quotation, each followed by a piece reopening it.
    None when the piece is not one."""
    table = token_table(doc)
    space, text = table.space, table.text
    tokens = [i for i in range(span.start, span.end) if not space[i]]
    following = [i for i in range(after.start, after.end) if not space[i]]
    if len(tokens) < 2 or not following or QUOTE_PAIRS.get(text[tokens[0]]) is None:
        return None
    opener, closer = text[tokens[0]], QUOTE_PAIRS[text[tokens[0]]]
    if text[following[0]] != opener or any(text[i] in (opener, closer) for i in tokens[1:]):
        return None
    if not any(text[i].count("\n") for i in range(tokens[-1] + 1, following[0]) if space[i]):
        return None  # the next piece opens in the same paragraph: no quotation run over paragraphs
    return trim(doc, set(range(tokens[0] + 1, tokens[-1] + 1))) or None


def quoted_words(doc: Doc, span: Span) -> set[int] | None:
    """The words inside a span that is one quotation from mark to mark, without the marks and the comma before the
    closing one; None when the span is not one quotation."""
    table = token_table(doc)  # asked of every record: its words read from the table, no Token built a word
    space, text = table.space, table.text
    tokens = [i for i in range(span.start, span.end) if not space[i]]
    if len(tokens) < 3:
        return None
    first, last = tokens[0], tokens[-1]
    closer = QUOTE_PAIRS.get(text[first])
    if closer is None or text[last] != closer:
        return None
    opener = text[first]
    if any(text[i] in (opener, closer) for i in tokens[1:-1]):
        return None  # two quotations with words between them: "A," she said, "B."
    # whitespace inside the quotation stays, or the words would part at a double space
    return trim(doc, set(range(first + 1, last))) or None


def closing_quotation(doc: Doc, record: AttributionRecord) -> bool:
    """'dismissed the claims, calling the report "a fabrication."': a content that ends on a quotation closing its
    sentence holds the sentence's full stop (or the comma before a speaker's tag) inside the closing mark. As for a
    content that is one quotation (see as_quoted), the contract writes the words without the marks and without that
    stop ('the report', 'a fabrication'); PolNeAR keeps both (train: 496 gold content pieces end on a full stop,
    most inside a closing mark), so the extent as written stays in `evidence.content_as_written`, which
    `eval polnear` scores. A single straight mark opens a quotation only after a space and before a word (not the
    possessive of 'the workers' union'). Returns whether the content changed."""
    table = token_table(doc)
    space, text = table.space, table.text
    content = record.content_tokens()
    tokens = sorted(i for i in content if not space[i])
    if len(tokens) < 4:
        return False
    closer, stop = tokens[-1], tokens[-2]
    if text[stop] not in SENTENCE_ENDS | {","} or text[closer] not in QUOTE_CLOSERS or closer != stop + 1:
        return False
    opener = next((i for i in reversed(tokens[1:-2]) if text[i] in QUOTE_OPENERS), None)
    if opener is None or QUOTE_OPENERS[text[opener]] != text[closer] or opener + 1 >= stop:
        return False
    if text[opener] == "'" and not (doc[opener - 1].whitespace_ and doc[opener + 1].is_alpha):
        return False
    if any(text[i] in QUOTE_CLOSERS for i in range(opener + 1, stop)):
        return False
    if closer + 1 < len(doc) and not doc[closer].whitespace_ and doc[closer + 1].is_alpha:
        return False  # a mark glued to the next word is no closing one
    kept = trim(doc, content - {opener, stop, closer})
    if not kept:
        return False
    record.evidence.setdefault("content_as_written", [{"start": s.start_char, "end": s.end_char, "text": s.text}
                                                      for s in record.content])
    record.content = runs(doc, kept)
    return True


# marks that open a quotation, each with the mark that closes it; a straight single mark only where it stands alone
QUOTE_OPENERS = {**QUOTE_PAIRS, "'": "'", "``": "''"}
QUOTE_CLOSERS = frozenset(QUOTE_OPENERS.values())
SENTENCE_ENDS = {".", "!", "?"}


def quote_goes_on(doc: Doc, records: list[AttributionRecord]) -> None:
    """'"We will not back down," she said. "The talks are over."': a quotation that opens the sentence right after
    its speaker's tag, in the same paragraph, goes on with what the tag's quotation said; it joins that content.
    The tag's content must be the quotation closing before the cue, the tag must end its sentence with no other
    quotation in it, and the next quotation must not end on a comma (a tag of its own follows: '"B," he added') nor
    lie in another attribution. PolNeAR train: of 1,042 gold contents holding a quotation that closes just before
    its tag, with a quotation opening the next sentence of the paragraph, 996 hold that quotation too."""
    table = token_table(doc)
    text, space = table.text, table.space
    claimed = [(r, r.content_tokens() | {i for s in r.cue for i in range(s.start, s.end)}) for r in records]
    for record in records:
        cue = sorted(i for s in record.cue for i in range(s.start, s.end))
        content = record.content_tokens()
        if not cue or not content:
            continue
        # a programme's title read into the content after the cue is where it was said (without_programme_names
        # drops it later); the quotation before the tag is what goes on
        title = {i for i in content if i > cue[-1]}
        if title and not names_where_said(doc, title, cue_head(doc, cue)):
            continue
        content = content - title
        if not content or max(content) > cue[0]:
            continue
        closing = max(content)
        if text[closing] not in CLOSING:
            continue
        end = tag_end(table, cue[-1])
        if end is None:
            end = tag_end_past_title(doc, table, cue)
        if end is None:
            continue
        opening = next((i for i in range(end + 1, len(doc)) if not space[i] or "\n" in text[i]), None)
        if opening is None or text[opening] not in OPENING | {"''"}:
            continue
        quoted = quotation_from(table, opening)
        words_ = [i for i in quoted if not space[i]]
        if len(words_) < 3 or text[words_[-2]] == "," and text[words_[-1]] in CLOSING:
            continue
        if any(other is not record and tokens & set(quoted) for other, tokens in claimed):
            continue
        record.evidence["quote_goes_on"] = doc[opening:max(quoted) + 1].text
        if title:
            record.evidence["programme_cut"] = doc[min(title):max(title) + 1].text
        record.content = runs(doc, content | set(quoted))


def subject_before_quotation(doc: Doc, records: list[AttributionRecord]) -> None:
    """'The harbour pilots "deserve better," Ms. Orrel said. "We will keep asking."': a quotation that opens inside
    its sentence, after the speaker's own unquoted start of the clause (its subject, or subject and verb), and is
    closed by a comma before the speaker's tag, reports that clause from its first word; a content read as the quoted
    pieces alone (as the quotations the speaker goes on with are read) takes the words before the mark too. Words
    closed by a comma before the mark ('In a statement, "we will ..."') are a phrase of their own and stay out, as
    are words opened by a preposition or a participle. PolNeAR train, the 236 articles with a quotation opening
    after a word and closed by a comma: 20 contents changed, 14 to the gold one, none away from it. A doubled ASCII
    mark ('' as some papers write it, and as the closing marks are read here) opens such a quotation too: on the
    PolNeAR train articles of the paper that writes them, 2 more contents change, 1 to the gold extent, none away."""
    table = token_table(doc)
    for record in records:
        content = sorted(record.content_tokens())
        cue = {i for s in record.cue for i in range(s.start, s.end)}
        source = {i for s in record.source for i in range(s.start, s.end)}
        if not content or not cue or doc[content[0]].text not in OPENING_MARKS:
            continue
        mark = content[0]
        start, _ = table.sentence(mark)
        before = [i for i in range(start, mark) if not doc[i].is_space]
        if not before or min(cue) < mark or doc[before[-1]].is_punct:
            continue
        if any(i in cue or i in source or doc[i].text in QUOTES_OPEN or doc[i].text in QUOTES_CLOSE
               or doc[i].text in {'"', "''", "``"} for i in before):
            continue
        # the quotation closes with its comma before the tag: '..., the mayor said' or '..., said the mayor'
        closing = next((i for i in content if i > mark and doc[i].text in QUOTES_CLOSE | {'"', "''"}), None)
        if closing is None or doc[closing - 1].text != "," or min(cue | source) <= closing:
            continue
        # the words before are the clause's own start: its subject (with its verb, if the verb is unquoted), not a
        # phrase opening the sentence ('As for the remark about "...",', 'Asked about it, X said "..."')
        words = set(before)
        opener = doc[before[0]]
        if opener.pos_ in {"ADP", "SCONJ"} or opener.tag_ in {"VBG", "VBN"} or \
                any(doc[i].text in {",", ";", ":"} for i in before) or \
                not any(doc[i].dep_ in SUBJECTS for i in before):
            continue
        # the words before hang on the quoted clause, or it on them: one clause
        quoted = set(range(mark + 1, closing))
        if not any(doc[i].head.i in quoted for i in words) and not any(doc[i].head.i in words for i in quoted):
            continue
        kept = trim(doc, set(content) | words)
        if kept:
            record.evidence["subject_before_quotation"] = doc[before[0]:mark].text
            record.content = runs(doc, kept)


def tag_end(table, last: int) -> int | None:
    """The last token of a speaker tag's sentence, read from the cue's last word: its closing period (or '!' or
    '?'); None when a quotation mark or a paragraph break comes first, or the sentence runs on for long."""
    for i in range(last + 1, min(len(table.text), last + 30)):
        word = table.text[i]
        if table.space[i] and "\n" in word or word in QUOTE_MARKS:
            return None
        if word in SENTENCE_ENDS:
            return i
    return None


def tag_end_past_title(doc: Doc, table, cue: list[int]) -> int | None:
    """The end of a speaker tag that names the programme the words were said on ('"A," he said on Channel Nine's
    "Morning Desk." "B."'): the quoted title is where it was said, no quotation of the speaker's (names_where_said),
    so the tag ends at the period inside or after the title; None where another quotation, a paragraph break or a
    long stretch comes first. PolNeAR train (text matches of '"A," X said|told|added ... on|to|in ... "Title." "B'
    in one paragraph, on a gold cue): 6 of 7 gold contents hold the quotation after the title."""
    head = cue_head(doc, cue)
    i, limit = cue[-1] + 1, min(len(table.text), cue[-1] + 30)
    while i < limit:
        word = table.text[i]
        if table.space[i] and "\n" in word:
            return None
        if word in SENTENCE_ENDS:
            return i
        if word in QUOTE_MARKS:
            quoted = quotation_from(table, i)
            closing = quoted[-1]
            if len(quoted) < 3 or table.text[closing] not in QUOTE_MARKS or \
                    not names_where_said(doc, set(quoted), head):
                return None
            if table.text[closing - 1] in SENTENCE_ENDS:
                return closing
            i = closing
        i += 1
    return None


def quotation_from(table, opening: int) -> list[int]:
    """The tokens of the quotation opening at `opening`, marks included, up to its closing mark or, left open, to the
    end of its paragraph."""
    closer = {"``": "''", "''": "''"}.get(table.text[opening]) or QUOTE_PAIRS.get(table.text[opening], '"')
    out = [opening]
    for i in range(opening + 1, len(table.text)):
        if table.space[i] and "\n" in table.text[i]:
            break
        out.append(i)
        if table.text[i] == closer:
            break
    return out


def across_spaces(doc: Doc, spans: list) -> list:
    """Pieces of a span that only whitespace within a line parts (a double space, a non-breaking space, a tab) as
    one piece: such whitespace is a token of its own, which a reading leaves out of its words, so the span fell
    apart there; a paragraph break still parts them. (PolNeAR train: 350 gold contents hold a non-breaking space
    and 118 a double space, each in one piece.)"""
    if len(spans) < 2:
        return spans
    table = token_table(doc)
    merged = [(spans[0].start, spans[0].end)]
    for span in spans[1:]:
        gap = range(merged[-1][1], span.start)
        if len(gap) and all(table.space[i] and "\n" not in table.text[i] for i in gap):
            merged[-1] = (merged[-1][0], span.end)
        else:
            merged.append((span.start, span.end))
    return spans if len(merged) == len(spans) else [doc[a:b] for a, b in merged]


def contents_across_spaces(doc: Doc, records: list[AttributionRecord]) -> None:
    """Every content in one piece over whitespace within a line (see across_spaces)."""
    for record in records:
        record.content = across_spaces(doc, record.content)


# words that join what follows them to what came before: a content cannot end on one ("she hopes to win, but")
_JOINERS = frozenset({"cc", "mark", "preconj"})


def dangling_joiner(doc: Doc, tokens: set[int]) -> set[int]:
    """The content without a conjunction or subordinator left on its right edge, and the comma or dash before it.
    A cut that takes a second clause out of a content ('she hopes to win, but [she knows that C]', 'calls them
    "lone wolves" and [describes ...]', 'C, as [X said]') may leave the word that joined it; so may a model
    candidate that stops before the clause. PolNeAR train: 1 of 22,525 gold contents ends on such a word."""
    kept = set(tokens)
    while kept:
        last = max(kept)
        word = doc[last]
        if word.dep_ not in _JOINERS or word.pos_ not in {"CCONJ", "SCONJ", "ADP"}:
            break
        rest = trim(doc, kept - {last})
        if not rest or rest == kept:
            break
        kept = rest
    return kept


def aside_start(doc: Doc, tokens: set[int]) -> int | None:
    """Where a bracketed aside closing the tokens opens: the '(' of an aside that holds a verb or three words or more
    and runs to the end of the tokens ('raised taxes on investment income (which the senator also backs)'), or of
    one still open at their end; None for a short label ('Sen. Mara Vell (D-Ore.)', 'the pact (TPP)'), for an aside
    inside a quotation or one holding a quotation, and where the aside would be all there is."""
    table = token_table(doc)
    text, space, pos = table.text, table.space, table.pos
    words = sorted(i for i in tokens if not space[i])
    while words and text[words[-1]] in {".", ",", ";", ":"}:
        words.pop()
    if len(words) < 3:
        return None
    closed = text[words[-1]] == ")"
    inner_end = words[-1] if closed else words[-1] + 1
    opening = next((i for i in reversed(words[:-1] if closed else words) if text[i] in {"(", ")"}), None)
    if opening is None or text[opening] != "(" or opening == words[0]:
        return None
    inside = [i for i in words if opening < i < inner_end]
    before = [i for i in words if i < opening]
    if not inside or not any(any(ch.isalnum() for ch in text[i]) for i in before):
        return None
    if any(text[i] in ALL_QUOTE_MARKS for i in inside):
        return None  # 'them "frijoleros" ("beaners")': a quoted gloss is part of what is quoted
    marks = [text[i] for i in before if text[i] in ALL_QUOTE_MARKS]
    if len(marks) % 2:
        return None  # the aside stands inside a quotation: the speaker's own words
    counted = [i for i in inside if any(ch.isalnum() for ch in text[i])]
    if not any(pos[i] in VERBAL for i in inside) and len(counted) < 3:
        return None
    return opening


def without_closing_aside(doc: Doc, records: list[AttributionRecord]) -> None:
    """'proposed raising taxes on investment income (which the senator also backs)': a bracketed aside closing an
    unquoted content is the writer's comment on it, not what was said; the content stops before it, in the extent
    as written too. A short label stays ('Rep. Ilse Varga (D-Ore.)', 'the pact (TPP)'). PolNeAR train: of unquoted
    gold contents with an aside of a verb or three words or more right at or past their end, 45 end before it and 9
    hold it; of those with a shorter one, 32 hold it and 1 ends before it."""
    for record in records:
        content = record.content_tokens()
        if not content:
            continue
        cue = [i for s in record.cue for i in range(s.start, s.end)]
        if cue and max(content) < min(cue):
            continue  # a content before its cue ends where the report begins
        opening = aside_start(doc, content)
        if opening is None:
            continue
        kept = trim(doc, {i for i in content if i < opening})
        if not kept:
            continue
        record.evidence["aside_cut"] = doc[opening:max(content) + 1].text
        record.content = runs(doc, kept)
        spans = written_spans(doc, record)
        if spans:
            tokens = {i for s in spans for i in range(s.start, s.end)}
            kept_written = trim(doc, {i for i in tokens if i < opening})
            if kept_written:
                set_written(record, runs(doc, kept_written))


def without_bare_marks(doc: Doc, records: list[AttributionRecord]) -> None:
    """A content piece that holds no word, only quotation marks or punctuation ('C, he said, | ."'), is what a cut
    out of the middle of a content or a quotation left behind ('said C but said "D."' with the second report cut
    leaves the '."' closing D): it says nothing and leaves the content, in the extent as written too, where another
    piece holds words. Pieces that only whitespace within a line parts are one piece first (an ellipsis between
    double spaces stays: see `contents_across_spaces`). PolNeAR train: 7 of 7,376 pieces of discontinuous gold
    contents hold no word; the analysis left 29 such pieces on train."""
    table = token_table(doc)
    text, space = table.text, table.space

    def bare(span) -> bool:
        return not any(not space[i] and any(ch.isalnum() for ch in text[i]) for i in range(span.start, span.end))

    for record in records:
        pieces = across_spaces(doc, record.content)
        if len(pieces) > 1 and any(bare(s) for s in pieces):
            kept = [s for s in pieces if not bare(s)]
            if kept:
                record.evidence["bare_marks_cut"] = " ".join(s.text for s in pieces if bare(s))
                record.content = kept
        spans = written_spans(doc, record)
        if spans and len(spans) > 1:
            pieces = across_spaces(doc, spans)
            kept = [s for s in pieces if not bare(s)]
            if kept and len(kept) < len(pieces):
                set_written(record, kept)


def without_reported_relative(doc: Doc, records: list[AttributionRecord]) -> None:
    """'attacked other candidates for taking his donations, which he said bought favours': a relative clause set off
    by a comma at the end of a content, holding another attribution's cue, is that report's in PolNeAR's reading: it
    leaves the content's extent as written, with the comma before it (the contract nests the report). PolNeAR train:
    of the gold contents after their cue with a trailing comma-set 'which'/'who' clause in their sentence, 103 leave
    out one holding another gold cue and 8 keep it (without a cue, 159 keep it and 95 leave it out)."""
    cues = [{i for s in r.cue for i in range(s.start, s.end)} for r in records]
    everyone = set().union(*cues)
    for record, own in zip(records, cues):
        content = record.content_tokens()
        if not own or not content or min(own) > min(content):
            continue
        # the contract keeps the clause, its report nested in this one ('said C, which X has accused of D'): only
        # the extent as written leaves it
        spans = written_spans(doc, record) or list(record.content)
        tokens = {i for s in spans for i in range(s.start, s.end)}
        kept = reported_relative_cut(doc, tokens, everyone - own)
        if kept is not None:
            set_written(record, runs(doc, kept))


def reported_relative_cut(doc: Doc, content: set[int], others: set[int]) -> set[int] | None:
    """The content without a trailing comma-set relative clause whose verb, or a word it governs, is a word of
    `others` (another report's cue), or None when it ends in no such clause."""
    if others.isdisjoint(content):
        return None
    table = token_table(doc)
    last = max(i for i in content if not table.punct[i])
    for i in sorted(content):
        if table.dep[i] != "relcl" or table.head[i] not in content:
            continue
        clause = subtree(doc[i])
        comma = min(clause) - 1
        if comma not in content or table.text[comma] != "," or table.tag[min(clause)] not in {"WDT", "WP", "WP$"} \
                or max(clause) < last:
            continue
        # the clause's own verb reports, or one it governs directly ('which he said were ...'); a report further down
        # or joined to its verb ('which she was doing when police located her and told her to leave') is that
        # clause's business
        if not any(j == i or table.head[j] == i and table.dep[j] != "conj" for j in others & clause):
            continue
        kept = trim(doc, {j for j in content if j < comma})
        return kept or None
    return None


def without_dangling_joiners(doc: Doc, records: list[AttributionRecord]) -> None:
    """Drops a joining word stranded on the right edge of each content (see `dangling_joiner`), in the content and
    in the extent kept as written."""
    for record in records:
        content = record.content_tokens()
        kept = dangling_joiner(doc, content)
        if kept and kept != content:
            record.evidence["dangling_joiner_cut"] = doc[max(kept) + 1:max(content) + 1].text
            record.content = runs(doc, kept)
        spans = written_spans(doc, record)
        if spans:
            tokens = {i for s in spans for i in range(s.start, s.end)}
            kept = dangling_joiner(doc, tokens)
            if kept and kept != tokens:
                set_written(record, runs(doc, kept))


def written_spans(doc: Doc, record: AttributionRecord) -> list[Span] | None:
    """The content's extent as written (kept in the evidence before the content was cut to what was said), as
    spans of the document; None when there is none or a piece no longer falls on token edges."""
    written = record.evidence.get("content_as_written")
    if not written:
        return None
    spans = [doc.char_span(w["start"], w["end"], alignment_mode="expand") for w in written]
    return None if any(s is None for s in spans) else spans


def set_written(record: AttributionRecord, spans: list[Span]) -> None:
    """Keeps the content's extent as written, cut as the content was, in the evidence."""
    record.evidence["content_as_written"] = [{"start": s.start_char, "end": s.end_char, "text": s.text}
                                             for s in spans]


def names_where_said(doc: Doc, piece: set[int], cue_head: Token) -> bool:
    """Whether a quoted piece after the cue is the name of a programme or outlet the words were said on or to ('said
    on CNN's "State of the Union."', 'told "Fox and Friends"'): a noun phrase that is the cue's object or the object
    of a preposition on the cue, no words of the speaker."""
    table = token_table(doc)
    punct, space = table.punct, table.space
    words = [doc[i] for i in sorted(piece) if not punct[i] and not space[i]]
    if not words or words[0].i < cue_head.i:
        return False
    # a title: every word but a function word capitalised ('Fox and Friends'), unlike a quoted phrase going on with
    # what was said ('"A," he said, "the only place on earth where ..."')
    if not all(t.text[:1].isupper() or t.is_stop and t.is_lower and len(t) <= 4 for t in words) or \
            not words[0].text[:1].isupper():
        return False
    inside = {t.i for t in words}
    roots = [t for t in words if t.head.i not in inside]
    if len(roots) != 1 or roots[0].pos_ not in {"PROPN", "NOUN"}:
        return False
    root = roots[0]
    if root.dep_ in {"dobj", "dative"}:
        return root.head.i == cue_head.i
    return root.dep_ == "pobj" and root.head.lower_ in {"on", "to"} and root.head.head.i == cue_head.i


def without_programme_names(doc: Doc, records: list[AttributionRecord]) -> None:
    """Drops from a content in pieces a quoted piece that only names where or to whom it was said (see
    `names_where_said`). PolNeAR train: about ten 'said on X's "<programme>"' or 'told "<programme>"' after a
    quotation, none of them inside a gold content."""
    for record in records:
        if len(record.content) < 2 or not record.cue:
            continue
        cue = [i for s in record.cue for i in range(s.start, s.end)]
        head = min((doc[i] for i in cue), key=lambda t: (t.head.i in cue and t.head.i != t.i, t.i))
        named = [p for p in record.content if names_where_said(doc, set(range(p.start, p.end)), head)]
        if not named:
            continue
        record.content = [p for p in record.content if p not in named]
        record.evidence["programme_cut"] = " ".join(p.text for p in named)
        written = record.evidence.get("content_as_written")
        if written:
            cut = {(p.start_char, p.end_char) for p in named}
            record.evidence["content_as_written"] = [w for w in written
                                                     if not any(w["start"] < e and s < w["end"] for s, e in cut)]


def object_without_next_act(doc: Doc, records: list[AttributionRecord]) -> None:
    """'confirmed the arrest on Sunday but gave no details of the charges': where what is said is the cue's object,
    a noun phrase, a verb coordinated with the cue after it, with no subject of its own, is the speaker's next act,
    not part of the thing said; it leaves the content with the conjunction and comma before it (the object's
    closing time then goes too, see object_without_circumstance). Only a verb joined by 'and' or 'but': one the
    parser joined without them mostly belongs to the object's own clause. PolNeAR train (parsed): of 297 gold cues
    with a noun-phrase object and no clause, followed by such a conjoined verb, 205 have the conjoined verb for a cue
    of its own and 70 leave it out of the content; 22 keep it in."""
    table = token_table(doc)
    head_of, dep = table.head, table.dep
    for record in records:
        content = record.content_tokens()
        cue = [i for s in record.cue for i in range(s.start, s.end)]
        if not content or not cue or min(content) < max(cue):
            continue
        verb = doc[cue_head_index(table, cue)]
        if verb.pos_ != "VERB":
            continue
        kids = list(verb.children)
        thing = next((c for c in kids if c.dep_ == "dobj" and c.i in content), None)
        if thing is None or any(c.dep_ in {"ccomp", "xcomp", "oprd"} for c in kids):
            continue
        after = [c for c in verb.rights if c.dep_ == "conj" and c.pos_ in VERBAL and c.i in content and
                 c.i > thing.i and not any(g.dep_ in SUBJECTS for g in c.children)]
        if not after:
            continue
        conj = after[0]
        first = conj.left_edge.i
        if dep[first - 1] != "cc" or head_of[first - 1] not in {verb.i, conj.i}:
            continue  # a verb the parser joined to the cue without 'and' or 'but' belongs to the object's clause
        while first - 1 > thing.i and (dep[first - 1] == "cc" or doc[first - 1].text in {",", ";"}):
            first -= 1
        kept = trim(doc, {i for i in content if i < first})
        if kept and thing.i in kept:
            record.evidence["next_act_cut"] = doc[first:max(content) + 1].text
            record.content = runs(doc, kept)


def object_without_circumstance(doc: Doc, records: list[AttributionRecord]) -> None:
    """'conceded defeat shortly after midnight', 'claimed victory in a speech to supporters': where what is said is
    the cue's object, a noun phrase with no verb, a phrase closing it that tells when the saying happened (a time
    expression) or on what occasion (a phrase on a noun of saying, cues.saying_occasions) belongs to the act of
    saying, whatever the parser hung it on. PolNeAR train: of 64 short contents with a day or 'last week' phrase at
    or just past their end, 46 end before it. A pronoun or a number standing for the thing ('denied it in July',
    'rejected one in March') is closed by a time the same way, but not by a phrase of occasion ('challenged him to
    a debate' names what he is challenged to); a gerund's time is its own ('raising the wage to $15 by 2020')."""
    # a point in time, not a length: "show the two ships side by side for about 14 hours" says how long, which is
    # part of what is shown
    times = {i for time in (doc._.cg_times or []) if time.granularity != "duration"
             for i in range(time.span.start, time.span.end)}
    occasions = saying_occasions()
    # asked of every record: the content's heads, tags and punctuation read from the table, no Token built a word
    table = token_table(doc)
    head_of, pos, punct = table.head, table.pos, table.punct
    for record in records:
        content = record.content_tokens()
        cue = [i for s in record.cue for i in range(s.start, s.end)]
        if not content or not cue or min(content) < max(cue):
            continue
        # the content's top words: the thing said first, then any phrase the parser hung on the cue instead
        roots = sorted(i for i in content if head_of[i] not in content or head_of[i] == i)
        # the thing said: a noun phrase, or a pronoun or a number standing for one ('denied it in July'), whose
        # phrases closing it are only ever the act's time ('backed him as the candidate with a message' says how)
        if pos[roots[0]] not in {"NOUN", "PROPN", "PRON", "NUM"} or any(pos[i] in {"VERB", "AUX"} for i in content):
            continue
        standing = pos[roots[0]] in {"PRON", "NUM"}
        thing = doc[roots[0]]
        # phrases of circumstance may follow one another ('in a statement on Tuesday'): once the last is cut,
        # the one before it closes the content and is asked again
        cut = max(content) + 1
        while (found := closing_circumstance(doc, thing, roots, content, cut, (times, occasions, punct),
                                             standing)) is not None:
            cut = found
        if cut > max(content) or cut <= thing.i:
            continue
        kept = trim(doc, {i for i in content if i < cut})
        if kept:
            record.evidence["circumstance_cut"] = doc[cut:max(content) + 1].text
            record.content = runs(doc, kept)


def closing_circumstance(doc: Doc, thing: Token, roots: list[int], content: set[int], cut: int,
                         marks: tuple[set[int], frozenset[str], list[bool]], standing: bool) -> int | None:
    """Where a phrase of time, occasion or medium closing the content's words before `cut` starts; None if none.
    The medium ('on Facebook', 'on his radio show', 'on Fox News') is where the saying was heard, as the occasion
    is (saying_media in attribution.yaml), and closes a pronoun's content too ('denied it on television')."""
    times, occasions, punct = marks
    words = [i for i in content if i < cut and not punct[i]]
    if not words:
        return None
    last = max(words)
    # on the thing or past it on the cue (the parser hangs 'in a speech' on either)
    for prep in sorted((c for c in [*thing.rights, *(doc[i] for i in roots[1:])] if c.dep_ == "prep"
                        and thing.i < c.i < cut and c.i in content), key=lambda c: c.i):
        if prep.right_edge.i < last:
            continue  # only a phrase closing the content
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.i in times or any(o.i in times for o in objects) or not standing and any(
                o.lemma_.lower() in occasions for o in objects) or prep.lower_ in MEDIUM_PREPOSITIONS and any(
                medium(o) for o in objects):
            return prep.left_edge.i
    # a time counted from another event, without a preposition ('in a statement two days later'), closes it the
    # same way, whatever it hangs on; the phrase of occasion before it is then asked in turn. A time of the calendar
    # after an occasion stays ('noted the rule in the interview last week': PolNeAR train 1, dev 1, both kept whole)
    for bare in (c for c in [*thing.rights, *(doc[i] for i in roots[1:])] if c.dep_ == "advmod"
                 and thing.i < c.left_edge.i and c.right_edge.i < cut and c.i in content and c.right_edge.i >= last):
        if relative_time(bare):
            return bare.left_edge.i
    return None


MEDIUM_PREPOSITIONS = frozenset({"on", "in", "via", "over"})
TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year", "moment"})


def relative_time(word: Token) -> bool:
    """'two days later', 'a week earlier', 'hours afterwards': a length of time measured back or on from another
    event, which the times component leaves unresolved where nothing anchors it."""
    return word.lower_ in {"later", "earlier", "afterwards", "afterward", "ago"} and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_UNITS for c in word.children)


def medium(noun: Token) -> bool:
    """A noun naming where words are published or broadcast: a medium from the lexicon ('on social media', 'on his
    radio show') or a news outlet the gazetteer names ('on Fox News', 'on MSNBC')."""
    words = {noun.lower_, noun.lemma_.lower()} | {c.lower_ for c in noun.children if c.dep_ == "compound"}
    if words & saying_media():
        return True
    name = doc_name(noun)
    return name in outlet_names()


def doc_name(noun: Token) -> str:
    """The noun with the compounds and names before it, lower-cased: 'Fox News' for 'News'."""
    start = noun.i
    while start > 0 and noun.doc[start - 1].dep_ in {"compound"} and noun.doc[start - 1].head.i == noun.i:
        start -= 1
    return noun.doc[start:noun.i + 1].text.lower()


@functools.cache
def outlet_names() -> frozenset[str]:
    from ...gazetteer import load_gazetteer
    return frozenset(name.lower() for e in load_gazetteer().entries if e.type == "OUTLET" for name in e.matchable_names)


def source_named_after_comma(doc: Doc, record: AttributionRecord) -> None:
    """'Forces have seized the tanker Sea Lark, the agency reported': a reporting verb after the comma that closes
    its content takes the name just before it as its subject, even where the parser, taking the content's last noun
    for the subject, hangs that name on it as an apposition. The noun goes back to the content and the name is the
    source. PolNeAR train: of 361 'C, S CUE' with the content closing at the comma and the source just before the
    cue, all 361 have that name for source; 22 close on a capitalised word, where the misreading can arise."""
    cue = sorted(i for s in record.cue for i in range(s.start, s.end))
    source = sorted(i for s in record.source for i in range(s.start, s.end))
    content = record.content_tokens()
    # the content reaches the cue, or stops at the one word (the comma) before it
    if cue and not source and content and (cue[0] - 1 in content or cue[0] - 1 == max(content) + 1) and \
            doc[cue[0]].pos_ == "VERB":
        # the whole stretch before the cue taken for content, the speaker's name at its end with it: the parser's
        # subject, and the name beside it, lie in the content ('C near the Ossel, the Kestrel Project, a research
        # group, said'); the name goes to the source as above
        noun = next((c for c in doc[cue[0]].children if c.dep_ in {"nsubj", "nsubjpass"} and c.i in content), None)
        named = speaker_beside(noun, cue[0]) if noun is not None else None
        if named is None or named.left_edge.i - 1 <= noun.i or doc[named.left_edge.i - 1].text != ",":
            return
        kept = trim(doc, {i for i in content if i < named.left_edge.i - 1})
        if not kept:
            return
        record.evidence["source_after_comma"] = doc[named.left_edge.i:named.right_edge.i + 1].text
        record.content = runs(doc, kept)
        record.source = runs(doc, set(range(named.left_edge.i, named.right_edge.i + 1)))
        return
    if not cue or not source or not content or max(content) > source[0]:
        return
    noun = next((doc[i] for i in source if doc[i].dep_ in {"nsubj", "nsubjpass"} and doc[i].head.i == cue[0]), None)
    if noun is None:
        return
    named = speaker_beside(noun, cue[0])
    if named is None:
        return
    comma = named.left_edge.i - 1
    # the comma closes the content: the noun and its phrase sit between the content and the comma, nothing after
    if comma <= noun.i or doc[comma].text != "," or noun.left_edge.i <= max(content) or \
            any(not doc[i].is_space for i in range(max(content) + 1, noun.left_edge.i)):
        return
    kept = trim(doc, content | set(range(max(content) + 1, comma)))
    if not kept:
        return
    record.evidence["source_after_comma"] = doc[named.left_edge.i:named.right_edge.i + 1].text
    record.content = runs(doc, kept)
    record.source = runs(doc, set(range(named.left_edge.i, named.right_edge.i + 1)))



def speaker_beside(noun: Token, verb: int) -> Token | None:
    """The name the parser hung on a verb's subject, ending just before the verb: an apposition, or a second
    conjunct with no 'and' or 'or' ('C show six burnt-out vehicles on the road, the Tallow Group, a rights group,
    said'; news text joins no two speakers by a comma alone)."""
    named = next((c for c in noun.rights if c.dep_ == "appos" and c.right_edge.i == verb - 1), None)
    if named is None and not any(c.dep_ in {"cc", "preconj"} for c in noun.children):
        named = next((c for c in noun.rights if c.dep_ == "conj" and c.right_edge.i == verb - 1 and
                      not any(g.dep_ == "cc" for g in c.children)), None)
    return named


def occasion_before_that(doc: Doc, record: AttributionRecord) -> None:
    """'said at a briefing in the capital after the storm that the road would reopen': the parser may hang the
    'that' clause on the occasion's noun, so the content opens with the occasion of the saying (a phrase on a noun
    of saying, cues.saying_occasions). That phrase is the act of saying, not what is said: the content opens at
    'that'. PolNeAR train: of 34 'said at/in/during <occasion> ... that C', 33 gold contents open at 'that'."""
    content = sorted(record.content_tokens())
    cue = [i for s in record.cue for i in range(s.start, s.end)]
    if not content or not cue or content[0] < max(cue):
        return
    prep = doc[content[0]]
    if prep.dep_ != "prep" or prep.head.i not in cue or \
            not any(o.dep_ == "pobj" and o.lemma_.lower() in saying_occasions() for o in prep.children):
        return
    # the first 'that' past the occasion, with no verb before it: the occasion phrase holds no clause of its own
    opening = next((i for i in content if doc[i].lower_ == "that" and doc[i].tag_ in {"IN", "WDT"}), None)
    if opening is None or any(doc[i].pos_ in VERBAL for i in content if i < opening):
        return
    kept = trim(doc, {i for i in content if i >= opening})
    if kept:
        record.evidence["occasion_cut"] = doc[content[0]:opening].text
        record.content = runs(doc, kept)


def connective_out_of_fronted_content(doc: Doc, record: AttributionRecord, connectives: frozenset[str]) -> None:
    """'However, the bridge will stay closed, the mayor said': a content read before its cue that opens its sentence
    with a discourse connective and its comma (attribution.yaml discourse_connectives) opens past them: the
    connective ties the sentence to the text before it, which is the narrator's, not the speaker's. A content in
    quotation marks is the speaker's words, the connective with them. PolNeAR train: of 27 gold contents opening at
    or just after such a word with its comma at a sentence start, 25 open after it (weak)."""
    content = sorted(i for i in record.content_tokens() if not doc[i].is_space)
    cue = [i for s in record.cue for i in range(s.start, s.end)]
    if len(content) < 3 or not cue or content[-1] > min(cue):
        return
    first = content[0]
    if not (first == 0 or doc[first].is_sent_start or doc[first - 1].is_space and "\n" in doc[first - 1].text):
        return
    # a connective of one or two words, then its comma
    for size in (1, 2):
        if first + size >= len(doc) or doc[first + size].text != ",":
            continue
        if doc[first:first + size].text.lower() in connectives:
            kept = trim(doc, {i for i in content if i > first + size})
            if kept:
                record.evidence["connective_cut"] = doc[first:first + size + 1].text
                record.content = runs(doc, kept)
            return


def speaker_in_fronted_occasion(doc: Doc, record: AttributionRecord) -> bool:
    """'In an interview with the Ledger, the party's leader, Ana Brell, said C': the parser may hang the speaker on
    the interviewer as an apposition and leave the verb without a subject, so the source read is the whole fronted
    phrase of the occasion (a noun of saying, cues.saying_occasions). The occasion is the act of saying, never who
    speaks: the speaker is the run of appositions. PolNeAR train: 27 text matches of a sentence opening 'In/During
    a statement/interview/speech ..., S said/told/wrote ...'; no gold source there holds the occasion (weak: 3 have
    an apposed speaker, 'In a statement to the Observer, her senior policy adviser, Jake Sullivan, said')."""
    source = {i for s in record.source for i in range(s.start, s.end)}
    cue = {i for s in record.cue for i in range(s.start, s.end)}
    if not source or not cue:
        return False
    root = next((doc[i] for i in sorted(source) if doc[i].head.i not in source), None)
    if root is None or root.dep_ != "pobj" or root.lemma_.lower() not in saying_occasions():
        return False
    prep = root.head
    if prep.dep_ != "prep" or prep.head.i not in cue or prep.i > min(cue) or not opens_clause(prep):
        return False
    apposed = [t for t in root.subtree if t.dep_ == "appos" and t.head.dep_ != "appos" and
               t.i > 0 and doc[t.left_edge.i - 1].text == ","]
    if not apposed:
        return False
    # a role and the name after it may both hang on the interviewer ('her chief of staff, Mina Vosk'): the speaker
    # runs over every apposition
    first = min(apposed, key=lambda t: t.i)
    words_ = trim(doc, set(range(first.left_edge.i, max(t.right_edge.i for t in apposed) + 1)))
    if not words_:
        return False
    record.evidence["occasion_dropped"] = doc[root.left_edge.i:first.left_edge.i].text
    record.source = runs(doc, words_)
    return True


def opens_clause(token: Token) -> bool:
    """Whether a word's phrase opens its sentence, past any opening quotation mark or joining word."""
    first = token.left_edge.i
    return all(t.is_punct or t.is_space or t.dep_ == "cc" for t in token.doc[token.sent.start:first])


def subject_out_of_cue(doc: Doc, record: AttributionRecord) -> bool:
    """'Court documents show that C' read with 'documents show' for cue and no source: the subject of the cue's own
    verb is who (or what) says it, never a word of the saying, so the subject's phrase is the source and the verb
    the cue. PolNeAR train: 91 text matches of a document or record noun before show/indicate/reveal, 80 with a gold
    cue on the verb and 79 with a gold source on the noun phrase (scripts/count_constructions.py, 'document shows').
    Returns whether the spans changed."""
    if record.source or not record.cue:
        return False
    cue = {i for s in record.cue for i in range(s.start, s.end)}
    verb = next((doc[i] for i in sorted(cue) if doc[i].pos_ == "VERB" and (doc[i].head.i not in cue or
                                                                           doc[i].head.i == i)), None)
    if verb is None:
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i in cue and
                    c.pos_ in {"NOUN", "PROPN"}), None)
    if subject is None:
        return False
    phrase = {t.i for t in subject.subtree}
    kept = cue - phrase
    source = trim(doc, phrase - record.content_tokens())
    if not kept or not source or max(phrase) > verb.i:
        return False
    record.evidence["source_from_cue"] = doc[min(phrase):max(phrase) + 1].text
    record.source = runs(doc, source)
    record.cue = runs(doc, kept)
    return True


def subject_read_as_compound(doc: Doc, record: AttributionRecord) -> bool:
    """'C, shipping records show.': the parser may read the noun before a verb as the verb's compound, as if the
    verb were a noun, and leave the verb without a subject. A reporting verb with no subject and a noun compounded
    before it has that noun's phrase for source. PolNeAR train: 45 text matches of a document or poll noun after a
    comma and before show/indicate/suggest/reveal, 37 with a gold cue on the verb, each with the gold source on the
    noun phrase. Returns whether the source changed."""
    if record.source or not record.cue:
        return False
    cue = {i for s in record.cue for i in range(s.start, s.end)}
    verb = next((doc[i] for i in sorted(cue) if doc[i].pos_ == "VERB" and doc[i].head.i not in cue - {i}), None)
    if verb is None or any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children):
        return False
    content = record.content_tokens()
    # a common noun: a name before a verb read so is a headline's ('Scott Bristles at ...'), whose words are
    # all capitalised and no sure guide to the parse
    noun = next((c for c in verb.children if c.dep_ == "compound" and c.i < verb.i and c.i not in cue | content
                 and c.pos_ == "NOUN"), None)
    if noun is None:
        return False
    source = trim(doc, {t.i for t in noun.subtree} - content - cue)
    if not source:
        return False
    record.evidence["subject_read_as"] = "compound of '" + verb.text + "'"
    record.source = runs(doc, source)
    return True


# verbs that rate what their subject's infinitive does: 'the footage appears to show', 'the messages seem to show'
SEEMING = frozenset({"seem", "appear"})


def seeming_evidence(doc: Doc, record: AttributionRecord) -> bool:
    """'Footage verified by the Ledger appears to show soldiers firing', 'the emails seemed to indicate that C': a
    seeming verb read for cue, with its subject taken into the content and no source, is a hedged showing. The
    subject is what shows (the source), 'appears to show' the cue, and what is shown the content; the seeming stays
    in the cue, where the certainty of what is shown reads it. PolNeAR train: 10 gold cues on 'seem/appear to'
    + show/indicate/suggest/reveal, 6 of them the whole 'seem to V' with the subject for source, 4 'seem' alone
    (weak; the construction is common in reports on footage and satellite images, rare in political news).
    Returns whether the spans changed."""
    if record.source or not record.cue:
        return False
    cue = {i for s in record.cue for i in range(s.start, s.end)}
    verb = next((doc[i] for i in sorted(cue) if doc[i].lemma_.lower() in SEEMING and doc[i].pos_ == "VERB"), None)
    if verb is None:
        return False
    shows = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in EVIDENCE_VERBS
                  and c.i == verb.i + 2 and doc[verb.i + 1].lower_ == "to"), None)
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i), None)
    if shows is None or subject is None or subject.lower_ in {"it", "there"}:
        return False  # 'it appears to show' may be the empty 'it' of 'it appears that'
    shown = trim(doc, {i for i in subtree(shows) if i > shows.i})
    if not shown:
        return False
    record.evidence["construction"] = "evidence that seems to show: '" + doc[verb.i:shows.i + 1].text + "'"
    record.source = runs(doc, subtree(subject))
    record.cue = runs(doc, cue - subtree(subject) | {verb.i, verb.i + 1, shows.i})
    record.content = runs(doc, shown)
    return True


# words that open a relative clause: a report set inside one ('the stadium, which, she said, is full') reports the
# clause from the pronoun on, not the noun it hangs on
RELATIVE_OPENERS = frozenset({"which", "who", "whom", "whose", "that"})
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})


def clause_around_the_report(doc: Doc, records: list[AttributionRecord]) -> None:
    """'If the talks fail, Ms. Varga argued, the ferries will stop', 'These workers, Dalton explained at the hearing,
    had been paid nothing': a report set off by commas inside the clause it reports interrupts that clause, and
    what stands before it is content as much as what follows ('If the talks fail | the ferries will stop'). Where a
    content opens right after the report's closing comma, the words before the report's opening comma, back to the
    sentence's start (or a relative pronoun opening the clause), join it, unless they hold another attribution's
    words or a quotation (a split quotation is read by `split_quotation`). A link or a time alone before the report
    ('Still,', 'Late last month,') frames it, and so does a phrase with no finite verb before a whole quotation.
    PolNeAR train: 403 gold contents have an unquoted piece before a report set off by commas and a piece after it;
    on train the reading changes 33 contents, 22 of them to the gold extent, 8 away from it."""
    table = token_table(doc)
    claimed: dict[int, set[int]] = {}
    for record in records:
        claimed[id(record)] = record.content_tokens() | {i for s in record.cue for i in range(s.start, s.end)} | \
            {i for s in record.source for i in range(s.start, s.end)}
    for record in records:
        cue = sorted(i for s in record.cue for i in range(s.start, s.end))
        source = {i for s in record.source for i in range(s.start, s.end)}
        content = record.content_tokens()
        words = sorted(i for i in content if not table.space[i])
        if not cue or not source or not words or min(words) <= max(cue) or min(source) > cue[0]:
            continue
        opening = min(source | set(cue)) - 1
        closing = min(words) - 1
        if opening < 0 or table.text[opening] != "," or table.text[closing] != ",":
            continue
        sent_start, _ = table.sentence(cue[0])
        if sent_start >= opening:
            continue
        # what lies between the cue and the content is the report's own (where or when it was said), no words of a
        # clause: every word there hangs on the cue's verb
        verb = doc[cue_head_index(table, cue)]
        between = [i for i in range(max(cue) + 1, closing) if not table.space[i]]
        report_words = {t.i for t in verb.subtree}
        if any(i not in report_words for i in between):
            continue
        before = []
        for i in range(opening - 1, sent_start - 1, -1):
            if table.text[i] in {";", ":"}:
                break
            if table.space[i]:
                continue
            if table.pos[i] == "CCONJ" and i - 1 >= sent_start and table.text[i - 1] == ",":
                break  # 'A, but the pumps, she said, were broken': the clause reported opens after the joiner
            before.append(i)
            if table.lower[i] in RELATIVE_OPENERS and table.tag[i] in RELATIVE_TAGS:
                break
        before = set(before)
        if not before or any(table.text[i] in ALL_QUOTE_MARKS for i in before):
            continue
        first = min(before)
        if table.lower[first] in RELATIVE_OPENERS and table.tag[first] in RELATIVE_TAGS and \
                len(before) > 1:
            continue  # 'which is an outcome, he said, "C"': the report is no aside at the clause's opening
        if not any(table.pos[i] in CLAUSE_WORDS and table.ent_type[i] not in {"DATE", "TIME"} for i in before):
            continue  # 'Still, she said, C', 'Late last month, he said, C': a link or a time frames the report
        if table.text[min(words)] in ALL_QUOTE_MARKS and (
                table.tag[first] in {"IN", "VBG", "WRB", "TO"} or
                not any(table.tag[i] in FINITE for i in before)):
            # 'During the speech, she said, "C"', 'As a phone rang, a voice said, "C"', 'Hours later, he said,
            # "C"': a phrase of when or how, before a quotation that is whole in itself, frames the report;
            # 'It was, he said, "C"' begins the clause the quotation ends, with a verb of its own
            continue
        if any(before & claimed[id(other)] for other in records if other is not record):
            continue
        if not any(table.pos[i] not in {"PUNCT", "SPACE", "CCONJ"} for i in before):
            continue
        kept = trim(doc, before)
        if not kept:
            continue
        record.evidence["content_before_report"] = doc[min(kept):max(kept) + 1].text
        record.content = runs(doc, kept | content)
        written = record.evidence.get("content_as_written")
        if written:
            record.evidence["content_as_written"] = [
                {"start": s.start_char, "end": s.end_char, "text": s.text} for s in runs(doc, kept)] + list(written)


# words a clause is made of, beyond its links and adverbs; and the tags of a finite verb
CLAUSE_WORDS = frozenset({"NOUN", "PROPN", "PRON", "VERB", "AUX", "NUM", "ADJ", "DET"})
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# every mark that may open or close a quotation, the straight single one and the doubled ASCII ones included
ALL_QUOTE_MARKS = frozenset(QUOTES_OPEN | QUOTES_CLOSE | {"``", "''", "'"})
# the marks that may open a quotation, the doubled ASCII ones included ('' opens and closes in some papers)
OPENING_MARKS = frozenset(QUOTES_OPEN | {"``", "''"})


def quotation_closed(doc: Doc, records: list[AttributionRecord]) -> None:
    """'Ms. Roe said people would "learn nothing," and left': a content whose words leave a quotation open (more
    opening than closing curly marks, or an odd number of straight or of doubled ASCII marks) takes in the words
    after it up to the mark that closes that quotation, and the mark, as PolNeAR marks them (the contract then
    writes the words without marks, see as_quoted and closing_quotation). Wherever the content stops inside the
    quotation (right before the mark, with the comma or stop inside it; at a sentence end or a comma, 'told the
    board that the mill "has lost its buyers. We need a plan."'), closing_mark scans forward from its last word;
    nothing is added where the paragraph ends or another quotation opens before a closing mark, or where another
    report's cue or source stands in the words between. PolNeAR train: of 7,187 gold contents holding a quotation
    mark, 18 end inside a quotation that closes later in the paragraph; over the whole train split (each
    annotation file) the reading changes 26 contents, 12 to the gold extent, 1 away from it."""
    table = token_table(doc)
    text, space = table.text, table.space
    taken = {i for r in records for s in r.cue for i in range(s.start, s.end)} | \
        {i for r in records for s in r.source for i in range(s.start, s.end)}
    for record in records:
        content = record.content_tokens()
        words = sorted(i for i in content if not space[i])
        if not words:
            continue
        marks = [text[i] for i in words]
        curly_open = marks.count("\u201c") > marks.count("\u201d")
        straight_open = marks.count('"') % 2 == 1
        double_open = (marks.count("``") + marks.count("''")) % 2 == 1  # '' opens and closes in some papers
        if not (curly_open or straight_open or double_open):
            continue
        j = closing_mark(doc, words[-1] + 1, {"\u201d"} if curly_open else {'"'} if straight_open else {"''"})
        if j is None:
            continue
        added = set(range(words[-1] + 1, j + 1))
        if added & taken:
            continue
        record.evidence["quotation_closed"] = doc[words[-1] + 1:j + 1].text
        record.content = runs(doc, content | added)


def closing_mark(doc: Doc, start: int, closers: set[str]) -> int | None:
    """The mark that closes a quotation left open before `start`, in the same paragraph; a curly opening mark glued
    to the word before it ('“unfair“', typed with two opening marks) closes too. None where the paragraph ends, or
    another quotation opens, first."""
    table = token_table(doc)
    text, space = table.text, table.space
    for j in range(start, len(doc)):
        if space[j]:
            if "\n" in text[j]:
                return None
            continue
        if text[j] in closers:
            # a straight or doubled mark glued to the word after it opens the next quotation: the one left open
            # never closed in its paragraph
            glued = not doc[j].whitespace_ and j + 1 < len(doc) and not space[j + 1] and doc[j + 1].is_alpha
            return None if glued else j
        if text[j] == "\u201c" and "\u201d" in closers and not doc[j - 1].whitespace_ and not space[j - 1]:
            return j
        # a doubled '' that is not this quotation's closer does not end the scan: it may close as well as open
        if text[j] in OPENING_MARKS - {"''"} and text[j] not in closers:
            return None
    return None
