"""Corroboration of linked claims: who reported each, through whom, how many independent origins stand behind it."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any, Iterator

from .. import chains, lexicon
from ..chains import UNNAMED
from ..store.interface import CorpusStore
from . import descriptions, identities, responsibility
from .linker import (ANSWERS_FOR, DENIED_IN, SOURCE_VIA, accused_doer, cited_outlet, compliance, denied_report,
                     denies_reports, event_type, negated_verb, ordered_act_certainty)
from .linker import sentence_bounds as sentence_of
from .normalise import name_key
from .source_names import appositive_name, clean_source, source_name

NAMED_KINDS = {"outlet", "person", "organization", "government", "document", "unknown"}
# words that stand for a source named elsewhere: the attribution they refer back to names it, or nothing does
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this", "these", "those", "one",
            "him", "her", "them", "its", "their", "nobody", "no one", "someone", "somebody", "anyone", "anybody"}
# a source opened by a possessive pronoun ("its fighters", "their account") stands for a party named before: it is no
# origin by its own words
_POSSESSIVE_OPENING = {"its", "their", "his", "her", "our", "my", "your"}
# sources that are other reports ("after reports that", "media reports said", "several outlets reported"): they pass
# a claim on and add no origin of their own
_REPORT_HEADS = {"report", "reports", "outlet", "outlets", "media", "press", "newspaper", "newspapers", "coverage",
                 # broadcasters left unnamed ("state television showed", "local radio said"): the media, not a voice
                 "television", "tv", "radio", "broadcaster", "broadcasters", "websites", "channels"}
# "state television in Cadrin", "media in the capital": where unnamed media are does not name them
_PLACE_PHRASE = re.compile(r"\s+(?:in|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*$")
# the common nouns a report uses for an outlet it named before ("the newspaper said")
OUTLET_NOUNS = {"newspaper", "paper", "daily", "weekly", "broadcaster", "magazine", "outlet", "publication", "website",
                "agency", "wire", "channel", "network", "station", "tabloid", "journal"}

# linked claims read together: their mentions and documents in a few statements a page
PAGE = 200


class Corpus:
    """What corroboration reads of the store, each document's part loaded once."""

    def __init__(self, store: CorpusStore):
        self.store = store
        # outlet key -> the outlet's name as first stored, read once (listing the outlets groups every document)
        self.outlet_names: dict[str, str] = {}
        for outlet in store.outlets():
            self.outlet_names.setdefault(name_key(outlet), outlet)
        self.outlet_keys = set(self.outlet_names)
        self._documents: dict[int, dict[str, Any]] = {}
        self._groups: dict[int, str | None] = {}
        # what a page of claims was read with at once (`prefetch`): mentions by linked claim, row ids by document
        # id, canonical names by identity
        self._mentions: dict[int, list[tuple[int, str]]] = {}
        self._keys: dict[str, int] = {}
        self._names: dict[int, str | None] = {}
        # why each (document, claim) was linked as it was
        self._links: dict[tuple[int, str], dict[str, Any] | None] = {}

    def document(self, key: int) -> dict[str, Any]:
        if key not in self._documents:
            self.load([key])
        return self._documents[key]

    def load(self, keys: list[int]) -> None:
        """Read the documents not read yet, each part of them for all of them in one statement."""
        missing = sorted({key for key in keys if key not in self._documents})
        if not missing:
            return
        rows, attributions, source_identities, document_keys = self.store.reading_parts(missing)
        for key in missing:
            row = rows[key]
            result = row["result"]
            self._documents[key] = {
                "key": key, "id": row["document_id"], "outlet": row["outlet"], "wire": row["wire"],
                "published": row["published"],
                "text": row["text"] or "", "outlet_key": self.outlet_key,
                "copy_group": row["copy_group"] if row["copy_group"] is not None else key,
                "attributions": past_datelines(attributions[key], result.get("attributions", []),
                                               row["text"] or ""),
                # where each attribution's source stands in the text, to find a sentence's speaker and the speaker a
                # pronoun or a description refers back to
                "source_at": {a["id"]: min((x["start"] for x in a.get("source") or [] if "start" in x), default=None)
                              for a in result.get("attributions", [])},
                # what each attribution's source says, to tell a claim said outright from one its words presuppose
                "content_at": {a["id"]: (min(x["start"] for x in a["content"] if "start" in x),
                                         max(x["end"] for x in a["content"] if "end" in x))
                               for a in result.get("attributions", [])
                               if any("start" in x and "end" in x for x in a.get("content") or [])},
                "claims": {c["id"]: c for c in result.get("claims", [])},
                "denied": chains.denying(result),
                "events": {e["id"]: e for e in result.get("events", [])},
                "source_identity": source_identities[key],
            }
        self._keys.update(document_keys)

    def prefetch(self, rows: list[dict[str, Any]]) -> None:
        """The mentions of a page of linked claims, the documents they are told in, their copy groups' outlets and
        the identities they name, each read for the whole page at once."""
        self._mentions.update(self.store.mentions_of_claims([row["id"] for row in rows]))
        pairs = {pair for row in rows for pair in self._mentions[row["id"]]} - set(self._links)
        found = self.store.link_evidence_of_mentions(pairs)
        self._links.update({pair: found.get(pair) for pair in pairs})
        self.load([document for row in rows for document, _ in self._mentions[row["id"]]])
        groups = {self._documents[d]["copy_group"] for row in rows for d, _ in self._mentions[row["id"]]}
        self._groups.update(self.store.copy_group_outlets(groups - set(self._groups)))
        named = {value for row in rows for value in json.loads(row.get("roles_json") or "{}").values()
                 if isinstance(value, int)}
        for row in rows:
            for document, claim in self._mentions[row["id"]]:
                link = self._links.get((document, claim)) or {}
                named |= {int(value) for value in re.split(r"[|,]", link.get("key") or "") if value.isdigit()}
        named -= set(self._names)
        found = self.store.identity_names(named)
        self._names.update({identity: found.get(identity) for identity in named})

    def release(self) -> None:
        """Forget what was read: each document holds this corpus (its outlet_key), a cycle only a full pass of the
        garbage collector frees, and a full pass over the documents of many past requests cost 60-80 ms."""
        self._documents.clear()

    def mentions(self, linked_claim: int) -> list[tuple[int, str]]:
        """(document, claim id) of each mention of a linked claim."""
        if linked_claim in self._mentions:
            return self._mentions[linked_claim]
        return self.store.claim_mentions(linked_claim)

    def document_key(self, document_id: str) -> int | None:
        if document_id not in self._keys:
            key = self.store.document_key(document_id)
            if key is None:
                return None
            self._keys[document_id] = key
        return self._keys[document_id]

    def link_of(self, document: int, claim: str) -> dict[str, Any] | None:
        """Why a document's claim is part of its linked claim: the rule and key that linked it."""
        if (document, claim) not in self._links:
            self._links.update({(document, c): link for c, link in self.store.link_evidence_of(document).items()})
            self._links.setdefault((document, claim), None)
        return self._links[(document, claim)]

    def identity_name(self, identity: int) -> str | None:
        if identity not in self._names:
            self._names[identity] = self.store.identity_name(identity)
        return self._names[identity]

    def identity_names(self, value: str) -> str | None:
        """An identity id as its canonical name; words and unknown roles as they are."""
        if value in ("?", "", None):
            return None
        if value.isdigit():
            name = self.identity_name(int(value))
            return name if name is not None else value
        return value.removeprefix("words:")

    def outlet_key(self, name: str) -> str | None:
        """The outlet a source names: its full name, or its short form ("the Herald") when one outlet has it, after
        the common nouns that class it ("state broadcaster Radio Temmerin", "the daily Kessel Herald")."""
        classed = _CLASSED_NAME.match(name.strip())
        for words in (name, classed.group(1)) if classed else (name,):
            key = name_key(words)
            if key in self.outlet_keys:
                return key
            found = outlet_short_form(words, self.outlet_keys)
            if found:
                return found
        return None

    def cited_outlets(self, document_id: str) -> set[str]:
        """Origin keys of the outlets an article names as sources anywhere in it."""
        key = self.document_key(document_id)
        if key is None:
            return set()
        document = self.document(key)
        found = set()
        for attribution in document["attributions"].values():
            key = self.outlet_key(attribution["source_text"] or "")
            if key:
                found.add(f"outlet:{key}")
        # "The post came a week after the Calder Herald reported that ...": an outlet the article names in passing is
        # one it read, whether or not the analysis made it the source of a sentence
        words = self.folded_text(document)
        found |= {f"outlet:{key}" for key in self.outlet_keys if key and f" {key} " in words}
        return found

    def folded_text(self, document: dict[str, Any]) -> str:
        """The article's text folded as names are (spaced at both ends), once an article: folding a whole text is
        the dearest step of reading a claim told in many articles."""
        if "folded" not in document:
            document["folded"] = f" {name_key(document['text'])} "
        return document["folded"]

    def group_outlet(self, group: int) -> str | None:
        """A copy group speaks with the voice of its earliest member: the wire, not the papers reprinting it."""
        if group not in self._groups:
            self._groups[group] = self.store.copy_group_outlet(group)
        return self._groups[group]

    def maker(self, document: dict[str, Any]) -> str | None:
        """The outlet whose report an article is: its copy group's first, else the wire it reposts ("HALDEN (Tamber
        Wire) -" on a paper's page), else its own."""
        return self.group_outlet(document["copy_group"]) or document["wire"] or document["outlet"]


_CAPITALISED_RUN = re.compile(r"[A-Z][\w-]*(?: [A-Z][\w-]*)*")
# a name after the lower-case nouns that class it: "state broadcaster Radio Temmerin"
_CLASSED_NAME = re.compile(r"^(?:(?:the|a|an|The|A|An) )?(?:[a-z][\w-]* ){1,3}([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)$")


def outlet_short_form(name: str, outlet_keys: set[str]) -> str | None:
    """The one outlet whose short name `name` is ("the Courier" for "The Brask Courier"): one distinctive word of
    the outlet's own, capitalised ("the post" is a common noun) and no generic head of a body's name."""
    key = name_key(name)
    if not name.split() or not name.split()[-1][:1].isupper() or len(key.split()) != 1:
        return None
    if key in identities.GENERIC_HEADS:
        return None
    short = [k for k in outlet_keys if identities.is_short_form(key, k, None)]
    return short[0] if len(short) == 1 else None


# a wire dateline read as a source: "TAVEL (Ferrow Wire", "HALDEN, May 2 (Agency)"
_DATELINE_SOURCE = re.compile(r"^[A-Z][A-Z.'’ -]+(?:,[^(\n]{0,20})? \([^)]*\)?$")
_DATELINE_DASH = re.compile(r"\)\s*[-–—]+\s*")
# the words before a cue that are no subject of it: "it was announced", "as had been said"
_NO_SUBJECT = re.compile(r"(?i)\b(?:is|are|was|were|be|been|being|has|have|had|as)\s*$")


def past_datelines(attributions: dict[str, dict[str, Any]], analysed: list[dict[str, Any]],
                   text: str) -> dict[str, dict[str, Any]]:
    """"TAVEL (Ferrow Wire) - Ondria's defence minister, Edvin Reyl, said ...": a dateline is where and by whom a
    report is filed, never who says it, and a cue needs a speaker; a source read as the dateline, or left empty, is
    the words between the sentence's start (or its dateline's dash) and the cue."""
    spans = {a["id"]: a for a in analysed}
    speakers: dict[int, str] = {}  # the speaker found for each sentence, by where the sentence begins
    cue_at = {k: min((x["start"] for x in (spans.get(k) or {}).get("cue") or [] if "start" in x), default=-1)
              for k in attributions}
    for key, attribution in sorted(attributions.items(), key=lambda item: cue_at[item[0]]):
        source = (attribution.get("source_text") or "").strip()
        if source and not _DATELINE_SOURCE.match(source):
            continue
        cues = [x for x in (spans.get(key) or {}).get("cue") or [] if "start" in x]
        if not cues or not text:
            continue
        begin, _ = sentence_of(text, cues[0]["start"], cues[0]["end"])
        dash = _DATELINE_DASH.search(text, begin, cues[0]["start"])
        before = text[dash.end() if dash else begin:cues[0]["start"]]
        # a quotation before its cue is what is said, not who says it
        speaker = "" if re.search(r"[\"“”]", before) else before.strip(" ,")
        if not speaker or len(speaker.split()) > 12 or _NO_SUBJECT.search(speaker) or not source and dash is None \
                and not speaker[:1].isupper():
            # "..., saying the tanker had entered ...": a second cue of the same sentence has the speaker of the first
            speaker = speakers.get(begin, "")
        if speaker:
            speakers.setdefault(begin, speaker)
            attributions[key] = {**attribution, "source_text": speaker, "source_entity": None}
    return attributions


def chain_of(attributions: dict[str, dict[str, Any]], innermost: str | None) -> list[dict[str, Any]]:
    """The attributions a claim reaches the reader through, outermost first."""
    return chains.outermost_first(attributions, innermost)


def named_by(attributions: dict[str, dict[str, Any]], attribution: dict[str, Any]) -> dict[str, Any]:
    """"The officials" names nobody new: the attribution it refers back to names the source."""
    return chains.named_by(attributions, attribution)


def is_named(attribution: dict[str, Any]) -> bool:
    """A source an origin can be: a name, not a pronoun, a common noun ("the newspaper") or a report about reports."""
    text = attribution["source_text"] or ""
    # "A commander of the militia, Dato Brenn,": a description with a person's name in apposition names its source
    kind_named = attribution["source_kind"] in NAMED_KINDS or appositive_name(text) is not None
    return (bool(text) and kind_named and not is_pronoun(attribution)
            and any(w[:1].isupper() for w in text.split()[1:] or text.split()) and not is_report(attribution))


def is_report(attribution: dict[str, Any]) -> bool:
    text = _PLACE_PHRASE.sub("", attribution["source_text"] or "")
    words = set(name_key(text).split())
    # a report head opening the sentence is capitalised for that alone ("Reports said", "Media reports say")
    named = [w for k, w in enumerate(text.split())
             if w.lower() not in ("the", "a", "an", "several", "some")
             and not (k == 0 and w.lower() in _REPORT_HEADS | {"local", "foreign", "state", "news", "several"})]
    if any(w[:1].isupper() for w in named):
        return False
    # "a news agency reported, citing a local newspaper": an outlet left unnamed, told by the noun of its kind, is a
    # report passing the claim on, as "media reports" are (PolNeAR train: 2 sources, "a Baton Rouge newspaper", "a
    # conservative website", weak); "the agency" refers back to a body or outlet named before, and is none
    return bool(words & _REPORT_HEADS) or indefinite(text) and text.split()[-1].lower() in OUTLET_NOUNS


# "after reports that ...", "amid claims that ...", "media reports that ...": the claim framed as what reports say
_REPORT_FRAME = re.compile(r"\b(?:reports?|claims?|suggestions?|allegations?|rumou?rs?|speculation)\s+that\b", re.I)
_FRAME_BEFORE = re.compile(r"\b(?:reports?|claims?|suggestions?|allegations?|rumou?rs?|speculation)\s+(?:that\s+)?$",
                           re.I)


def report_frame(text: str, span: dict[str, Any]) -> bool:
    """A claim a report gives as what other reports say passes them on and adds no origin."""
    before = text[max(0, span["start"] - 40):span["start"]] if text else ""
    return bool(_REPORT_FRAME.search(span["text"]) or _FRAME_BEFORE.search(before))


def is_pronoun(attribution: dict[str, Any]) -> bool:
    text = (attribution["source_text"] or "").lower()
    if text in PRONOUNS:
        return True
    # "his lawyer, Mara Quarrie,": a possessive description with a name in apposition is named by that name
    return text.split(" ", 1)[0] in _POSSESSIVE_OPENING and appositive_name(attribution["source_text"] or "") is None


# a source opening a clause of time or reason ("..., two days after the company said the men were held"): what it
# says is that clause's, not the sentence's main clause (PolNeAR train: 26 sources after "after/before/since/until/
# while/because/although", 25 with their content in that clause)
_SUBORDINATE_SOURCE = re.compile(r"\b(?:after|before|since|until|while|because|although)\s+$", re.I)


def speaker(document: dict[str, Any], claim: dict[str, Any]) -> str | None:
    """The attribution a claim is given under: its own, else the one whose source stands in the claim's sentence
    outside the claim ("At least 19 were killed when the guards opened fire, the centre said": the when-clause is
    the centre's too)."""
    if claim.get("attribution") or not document["text"]:
        return claim.get("attribution")
    span = claim["span"]
    begin, finish = sentence_of(document["text"], span["start"], span["end"])
    # one who denies something in the sentence ("after a week in which the ministry denied it") says no claim of it
    text = document["text"]
    found = [(abs(at - span["start"]), key) for key, at in document["source_at"].items()
             if at is not None and begin <= at < finish and not span["start"] <= at < span["end"]
             and key in document["attributions"] and key not in document["denied"]
             and not (at >= span["end"] and _SUBORDINATE_SOURCE.search(text, max(0, at - 40), at))]
    if not found:
        # "X detained Y on Sunday, three people close to her told the Tribune": a claim read with its trailing
        # attribution clause is given under that clause's source
        text = document["text"]
        found = [(at, key) for key, at in document["source_at"].items()
                 if at is not None and span["start"] < at < span["end"] and text[max(0, at - 2):at] == ", "
                 and key in document["attributions"] and key not in document["denied"]]
    return min(found)[1] if found else None


# a description of a source met before: "the centre", "the company", "the newspaper's owner"
_DESCRIPTION = re.compile(r"^(?:the|this|that)\s+([a-z][\w-]*)$", re.I)


def antecedent(document: dict[str, Any], attribution: dict[str, Any],
               store: CorpusStore | None = None) -> dict[str, Any]:
    """The source a pronoun or a description stands for: the nearest source before it that names somebody, and for
    "the centre" the nearest whose name holds "centre" ("It said ...", "The centre said ..." after "the Tollan
    Rights Centre said")."""
    text = (attribution["source_text"] or "").strip()
    at = document["source_at"].get(attribution.get("id") or "")
    if at is None:
        return attribution
    description = _DESCRIPTION.match(text)
    if description and description.group(1).lower() in OUTLET_NOUNS:
        # "the newspaper said" after "the Fenwick Post reported": the outlet named before
        return next((a for _, a in earlier_sources(document, at) if corpus_outlet(document, a)), attribution)
    # "Their account, obtained by the Observer": a source opened by a possessive pronoun is that of the party the
    # pronoun stands for, found as the pronoun's ("their" as "they")
    first = text.split(" ", 1)[0].lower()
    if first in _POSSESSOR_PRONOUN and len(text.split()) > 1:
        text = _POSSESSOR_PRONOUN[first]
    if not (is_pronoun(attribution) and text.lower() in ("he", "she", "it", "they")) and not description:
        return attribution
    for _, candidate in earlier_sources(document, at):
        words = (candidate["source_text"] or "").split()
        if is_pronoun(candidate) or not words:
            continue
        # "she said" after "the foreign-policy chief, Berit Voss, said after a meeting": a person for he and she;
        # and a speaker, not the material a speaker cites ("citing interviews with relatives")
        if text.lower() in ("he", "she") and candidate["source_kind"] != "person" or candidate.get("parent"):
            continue
        if description:
            head = description.group(1).lower()
            if head in {w.lower().strip(",") for w in words[1:]} and (is_named(candidate) or (
                    store is not None and identities.state_body(store, candidate["source_text"] or "") is not None)):
                # ... a state's body named by its state and common nouns is named too ("the ministry said" after
                # "Lessary's interior ministry said"): its own words have no capital but the state's name
                return candidate
            if store is not None and is_named(candidate) and described_as(store, candidate["source_text"], head):
                # "Silent Marten denied ... 'We did not ...,' the group said", with no entity for the name to join
                # the description to: the named source before it that other articles call by the description
                return candidate
            continue
        # a pronoun stands for the speaker before it, whoever that is ("The document, dated ..." is the draft seen
        # by the Palisade it refers back to)
        candidate = named_by(document["attributions"], candidate)
        return antecedent(document, candidate, store) if candidate is not attribution else attribution
    named = descriptions.named_before(document["text"], at, description.group(1).lower()) if description else None
    if description and not named and store is not None:
        # "the ministry said" below "Lessary's interior ministry said", where the analysis gave the first no source:
        # the last body of a known state the article named before with that head
        named = descriptions.body_named_before(document["text"], at, description.group(1).lower(),
                                               lambda name: identities.state_body(store, name) is not None)
    if description and not named and store is not None:
        named = sole_body_in_sentence(store, document["text"], at, description.group(1).lower())
    if named:
        # no source before it holds the head, a name the article gave before does ("The Calder Rights Centre counts
        # 19 dead ... The centre also says ..."): the description is that party
        return {**attribution, "source_text": named, "source_entity": None, "refers_to": None}
    return attribution


def sole_body_in_sentence(store: CorpusStore, text: str, at: int, head: str) -> str | None:
    """"Police are holding fourteen workers from Larkfield Relief, the charity said": a description of a body (an
    organisation noun of the entity lexicon, not a state's organ) whose sentence names one organisation before it,
    where no source or name before it holds the head, is that organisation."""
    if head not in lexicon.words("entity_lexicon.yaml", "org_nouns") or \
            head in lexicon.words("entity_lexicon.yaml", "body_nouns"):
        return None
    begin, _ = sentence_of(text, at, at)
    found: dict[int, str] = {}
    for run in _CAPITALISED_RUN.finditer(text[begin:at]):
        name = run.group(0)
        if run.start() == 0 and name.split()[0] in ("The", "A", "An"):
            name = name.partition(" ")[2]
        if not name or identities.state_body(store, name) is not None:
            continue
        known = identities.lookup(store, name)
        for identity, _, kind in store.identities(known) if len(known) == 1 else ():
            if kind == "ORG":
                found[identity] = name
    return next(iter(found.values())) if len(found) == 1 else None


def described_as(store: CorpusStore, name: str, head: str) -> bool:
    """Whether the one party a name stands for is given the description elsewhere in the corpus (the coreference
    of the articles that joined "the group" to it)."""
    found = identities.lookup(store, name)
    return len(found) == 1 and any(identity == found[0] and rule == "description"
                                   for identity, rule, _ in store.description_votes(name_key(head)))


# the possessive pronouns and the pronoun each is the possessive of
_POSSESSOR_PRONOUN = {"their": "they", "its": "it", "his": "he", "her": "she"}


def earlier_sources(document: dict[str, Any], at: int) -> list[tuple[int, dict[str, Any]]]:
    """The attributions whose source stands before `at`, the nearest first."""
    return sorted(((document["source_at"][k], a) for k, a in document["attributions"].items()
                   if document["source_at"].get(k) is not None and document["source_at"][k] < at),
                  key=lambda pair: -pair[0])


def corpus_outlet(document: dict[str, Any], attribution: dict[str, Any]) -> bool:
    return bool(document["outlet_key"](attribution["source_text"] or ""))


# the verbs of saying that introduce a statement in news style (say, tell, announce, state, confirm, acknowledge,
# admit, declare, write), of denying (deny, reject, dismiss, refute: the party accused speaks for itself) and of
# threatening (threaten, warn, vow: who threatens its own act says so on the record): a
# source introduced so is a speaker, never the subject of the act misread as a source
_SAYING = re.compile(r"\b(?:sa(?:y|ys|id|ying)|t(?:ell|ells|old|elling)|announc\w*|stat(?:e|es|ed|ing)|confirm\w*|"
                     r"den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|refut\w*|"
                     r"acknowledg\w*|admit\w*|declar\w*|wr(?:ite|ites|ote|iting)|threaten\w*|warn\w*|vow\w*)\b", re.I)


def party_source(corpus: Corpus, document: dict[str, Any], attribution: dict[str, Any], actor: str,
                 actors: set[int] = frozenset()) -> bool:
    """Whether a source is the party the claim is about ("Ustria has agreed to ...", "Unit 40 of the army's
    intelligence planted ..."): by its words, or by the identity it and the actor resolve to."""
    text = attribution["source_text"] or ""
    if not (actor or actors) or not text:
        return False
    # "the prosecutor said she had opened a case": a party that says it did the act is an on-the-record origin
    if _SAYING.search(attribution.get("cue_text") or ""):
        return False
    if actor and name_key(text) == actor:
        return True
    mine = {document["source_identity"].get(attribution.get("source_entity") or "")} - {None}
    # "Unit 40 of the army's intelligence": the name before its "of" is the party's own name
    for name in {text, re.split(r"\s+of\s+", text)[0]}:
        if name[:1].isupper() or name.lower().startswith("the "):
            mine |= set(identities.lookup(corpus.store, name))
    return bool(mine & (set(identities.lookup(corpus.store, actor) if actor else ()) | set(actors)))


# verbs by which a body decides or commits to an act of its own ("agreed to freeze", "voted to lift", "decided to
# expel", "resolved to"): what follows as a 'to'-infinitive is the body's act, not a statement it makes
_DECIDING = re.compile(r"^(?:agree(?:s|d|ing)?|decid(?:e|es|ed|ing)|vot(?:e|es|ed|ing)|resolv(?:e|es|ed|ing)|"
                       r"opt(?:s|ed|ing)?|cho(?:ose|oses|se|osing))\b", re.I)
_INFINITIVE = re.compile(r"^to\s+[a-z]")


def own_decision(document: dict[str, Any], attribution: dict[str, Any], claim: dict[str, Any]) -> bool:
    """"Ambassadors of the bloc agreed on Wednesday to freeze the assets of X, three diplomats said": a body that
    agrees, decides or votes to do X does the act; it is no witness of it. The attribution whose content is the claim,
    a 'to'-infinitive after such a verb, gives no origin: the claim rests on whoever tells it (the diplomats), else on
    the outlet. PolNeAR train: 30 gold attributions with such a cue and a content opening with 'to' right after it
    (agreed 13, decided 10, voted 5, opted 1, choosing 1: 'voted | to ban therapeutic cloning', 'decided | to act')."""
    if attribution.get("id") is None or attribution.get("id") != speaker(document, claim):
        return False
    return bool(_DECIDING.match((attribution.get("cue_text") or "").strip())
                and _INFINITIVE.match(claim["span"]["text"] or ""))


def origin(corpus: Corpus, document: dict[str, Any], claim: dict[str, Any],
           actors: set[int] = frozenset()) -> tuple[str, str]:
    """(key, name) of the innermost source: re-reports of an outlet and its unnamed sources collapse to the outlet,
    named people and organisations to their identity, copies to the copy group's first outlet. `actors` are the
    identities the linked claim has as its actor: a mention without an event of its own is still about them."""
    attributions = document["attributions"]
    # "Vintharo accused Cassovar of supplying ...": the accused is the act's doer, the accuser its source
    event = accused_doer(document["events"].get(claim.get("event") or ""), claim, document["text"]) or {}
    actor = name_key(str((event.get("roles") or {}).get("actor") or ""))
    # "Ustria has agreed to ...": the party the claim is about, read as its source, is no source of it
    chain = [antecedent(document, named_by(attributions, a), corpus.store)
             for a in chain_of(attributions, speaker(document, claim))
             if not party_source(corpus, document, a, actor, actors) and not own_decision(document, a, claim)]
    # a dateline read as a source is the article's own voice; the day a source spoke is no part of its name
    chain = [{**a, "source_text": clean_source(a["source_text"])} if a["source_text"] else a for a in chain]
    chain = [a for a in chain if a["source_text"] != ""]
    # ... though reports a named source rejects ("rejected as a fabrication reports that ...") are that source's
    # denial, not the reports' word
    rejecting = [a for a in chain_of(attributions, speaker(document, claim))
                 if (is_named(a) or state_body(corpus, a) is not None) and not is_report(a)]
    if (chain and all(is_report(a) for a in chain)) or report_frame(document["text"], claim["span"]) and not (
            rejecting and negative(document, claim)):
        return "report:", "earlier reports"
    innermost = next((a for a in reversed(chain) if (not is_pronoun(a) or identified(document, a))
                      and a["source_text"]), None)
    for depth, attribution in enumerate(reversed(chain)):
        named_later = delayed_name(corpus, document, attribution)
        if named_later is not None:
            return f"entity:{named_later}", corpus.identity_name(named_later)
        if indefinite(attribution["source_text"] or "") and appositive_name(attribution["source_text"] or "") is None:
            # "a cable seen by the Review" is the Review's; "a Corrandian cable" the material of whoever cites it
            key, name = source_key(corpus, document, attribution)
            if not key.startswith("outlet:"):
                continue
            # ... but "a Saldanian newspaper", "a local paper" describe an outlet without naming it: whoever cites it
            # passes on what that outlet reported (PolNeAR train, weak: 2 such sources, "a Baton Rouge newspaper",
            # "a conservative website")
            if key[len("outlet:"):] not in corpus.outlet_keys and described_outlet(attribution["source_text"] or ""):
                continue
        body = state_body(corpus, attribution)
        if body is not None and not claim.get("event"):
            # a body named by its common nouns is the party it is where it tells an act; a remark of it telling none
            # ("the ministry has warned that the missiles could close the strait") the article gives as it gives a
            # source named by title only, in whichever of the body's shapes it names it
            continue
        held = titled_person(corpus, document, attribution["source_text"] or "") if depth == 0 else None
        if held is not None:
            return f"entity:{held}", corpus.identity_name(held)
        if body is not None or is_named(attribution) or identified(document, attribution):
            key, name = (named_body(corpus, document, body) or body) if body else \
                source_key(corpus, document, attribution)
            # "A Nantelle Post article on Monday said ...": an outlet's earlier piece, its own or another outlet's, is
            # told again with whatever that piece rested on
            if key.startswith("outlet:") and _WRITTEN_PIECE.search(attribution["source_text"] or ""):
                key = PIECE + key
            if depth == 0:
                return key, name
            if innermost is None or innermost is attribution:
                return key, name
            return key, f"{source_name(innermost['source_text'] or UNNAMED)} (via {name})"
    if not chain and document["text"]:
        # "Y claimed responsibility for the bombing", told in the article's voice: Y is who says it did the act
        span = claim["span"]
        bounds = sentence_of(document["text"], span["start"], span["end"])
        party = responsibility.claimer(document["text"], *bounds, span["start"], span["end"])
        found = identities.lookup(corpus.store, party) if party else []
        if len(set(found)) == 1:
            return f"entity:{found[0]}", corpus.identity_name(found[0])
        # "Two ministers put the blame on Y": who lays the blame is who says it, a party when named, else the people
        # the outlet names so (the article's own report of them, as the outlet's unattributed words are)
        blaming = responsibility.blamer(document["text"], *bounds, span["start"], span["end"])
        if blaming:
            found = identities.lookup(corpus.store, blaming) if blaming[:1].isupper() and not indefinite(blaming) \
                else []
            if len(set(found)) == 1:
                return f"entity:{found[0]}", corpus.identity_name(found[0])
            outlet = corpus.maker(document)
            if outlet:
                return f"own-unattributed:outlet:{name_key(outlet)}", f"{source_name(blaming)} (via {outlet})"
    outlet = corpus.maker(document)
    key = f"outlet:{name_key(outlet)}" if outlet else f"copy:{document['copy_group']}"
    name = outlet or f"document {document['id']}"
    if innermost is not None:
        # "three diplomats told the Calder Herald": unnamed sources another outlet named in the sentence spoke to
        told = outlet_in_sentence(corpus, document, claim,
                                  {name_key(o) for o in (outlet, document["outlet"], document["wire"]) if o})
        if told:
            return (f"outlet:{told}",
                    f"{source_name(innermost['source_text'] or UNNAMED)} (via {told_name(corpus, told)})")
        # "one of the officials", "the post": sources the article introduced before, perhaps as another outlet's
        # "according to statements from both governments", "the two sides said": a source naming parties together
        # retells what each of them said, which a later report restates as the article's own words do
        marker = ("own-unattributed:" if collective(innermost["source_text"] or "")
                  else "own-definite:" if refers_back(innermost["source_text"] or "")
                  else "own-title:" if innermost["source_kind"] != "anonymous"
                  and not (innermost["source_text"] or "s").rstrip(",").endswith("s") else "")
        return marker + key, f"{source_name(innermost['source_text'] or UNNAMED)} (via {name})"
    # a statement a state body publishes itself ("Ustrian Ministry of Defence" as the publisher) is that body speaking,
    # an origin however late it comes, not an outlet restating the story; it is the body the news cites by name
    publisher = document["outlet"] and (identities.formal_state_body(corpus.store, document["outlet"])
                                        or identities.state_body(corpus.store, document["outlet"]))
    if publisher:
        state, body = publisher
        return f"body:{state}:{body}", f"{corpus.identity_name(state)}'s {body}"
    return "own-unattributed:" + key, name


def delayed_name(corpus: Corpus, document: dict[str, Any], attribution: dict[str, Any]) -> int | None:
    """"An international rights group has accused X of ... Tallis Rights Monitor said in a report ...": a body told
    first by its kind alone, an indefinite description, and named after it (news style's delayed identification) is
    the one organisation the article cites by name that is of that kind, by its name's words or by what the corpus
    calls it ("the group said"). PolNeAR train: 17 sources "a(n) ... group/organization/body/institute", 7 of them
    with an organisation cited by name later in the article (weak)."""
    words = (attribution["source_text"] or "").lower().rstrip(",").split()
    if len(words) < 2 or words[0] not in ("a", "an") or words[-1] not in lexicon.words("entity_lexicon.yaml",
                                                                                       "org_nouns"):
        return None
    head = words[-1]
    at = document["source_at"].get(attribution.get("id") or "")
    found = set()
    for key, other in document["attributions"].items():
        identity = document["source_identity"].get(other.get("source_entity") or "")
        if other is attribution or identity is None or identity in found:
            continue
        # named after it: an indefinite one after a named body ("a second group") is another body
        if at is None or (document["source_at"].get(key) or -1) <= at:
            continue
        ((_, name, kind),) = corpus.store.identities([identity]) or ((None, None, None),)
        if kind != "ORG":
            continue
        if head in name_key(name or "").split() or corpus.store.identity_evidence_keys(identity, f"{head} @"):
            found.add(identity)
    return next(iter(found)) if len(found) == 1 else None


# "the town's mayor", "the mayor", "the deputy minister": a source named by an office alone, definite
_OFFICE_ONLY = re.compile(r"^[Tt]he (?:[\w-]+['’]s )?((?:[a-z][\w-]* ){0,2}[a-z][\w-]*)$")


def titled_person(corpus: Corpus, document: dict[str, Any], text: str) -> int | None:
    """"..., the town's mayor said" in a lede, "Mayor Elin Hart said" below it: a source named by an office alone is
    the one person the corpus gives that office as a title ("Mayor <name>"), where the article names that person too;
    without it each outlet's "the mayor" would count as an origin of its own."""
    match = _OFFICE_ONLY.match(text.strip())
    if match is None or not all(w in identities.TITLE_WORDS for w in match.group(1).split()):
        return None
    holder = identities.described(corpus.store, name_key(match.group(1)))
    name = corpus.identity_name(holder) if holder is not None else None
    if not name or not re.search(rf"\b{re.escape(name.split()[-1])}\b", document["text"] or ""):
        return None
    return holder


def identified(document: dict[str, Any], attribution: dict[str, Any]) -> bool:
    """"The group said", "it said": a description or a pronoun the analysis's coreference gives the entity it stands
    for; that party is the source, by its canonical name. Unnamed people ("two officials") and reports stay what they
    are."""
    text = (attribution["source_text"] or "").strip()
    if attribution["source_kind"] == "anonymous" or is_report(attribution):
        return False
    if not (is_pronoun(attribution) or _DESCRIPTION.match(text)):
        return False
    return document["source_identity"].get(attribution.get("source_entity") or "") is not None


_INDEFINITE = {"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
               "some", "many", "few", "multiple", "numerous", "various"}


# "A Nantelle Post article", "the Herald's report on Monday", "an earlier Wire story": a piece an outlet published, the
# outlet named in it; the noun in lower case, since "Report" in a name ("the Cook Political Report") is the outlet's
# own name (PolNeAR train: 9 sources of this shape, 7 naming another outlet, "a report in the Des Moines Register",
# "a Wall Street Journal article published Friday", 2 an earlier piece of the article's own paper, "An article on
# Monday about ...")
_WRITTEN_PIECE = re.compile(r"\b(?:article|report|story|piece|dispatch)s?\b")
# the key prefix of an outlet's piece told as the source: see linked_claim
PIECE = "piece:"


def described_outlet(text: str) -> bool:
    """"A Saldanian newspaper", "a regional daily": an indefinite description with a common noun for its head, no
    outlet's name ("a report seen by the Harbour Times" names one)."""
    words = text.strip().rstrip(",").split()
    return indefinite(text) and len(words) >= 2 and words[-1].islower()


def indefinite(text: str) -> bool:
    """"A draft document", "two port officials", "a Corrandian cable": a description, not a name."""
    first = text.strip().split(" ", 1)[0].lower()
    return first in _INDEFINITE or first.isdigit()


def outlet_in_sentence(corpus: Corpus, document: dict[str, Any], claim: dict[str, Any], own: set[str]) -> str | None:
    """The one outlet other than the article's own that the claim's sentence names."""
    if not document["text"]:
        return None
    return cited_outlet(document["text"], claim["span"], corpus.outlet_keys - own)


def told_name(corpus: Corpus, key: str) -> str:
    return corpus.outlet_names.get(key, key)


# "one of the officials", "two of the diplomats", "the third official": sources met before in the article
_REFERS_BACK = re.compile(r"^(?:the|this|that|these|those|(?:\w+) of (?:the|those|these))\b", re.I)


def refers_back(text: str) -> bool:
    return bool(_REFERS_BACK.match(text.strip()))


# "both governments", "statements from both sides", "the two countries": two parties named together, each met before
# in the article (PolNeAR train: 42 sources of the shape "both X" / "the two X", "The statement by the two",
# "the two countries", "officials in both cities")
_COLLECTIVE = re.compile(r"^(?:(?:the|a|joint)\s+)*(?:(?:[a-z]+\s+)?(?:statements?|accounts?|remarks?|comments?|"
                         r"officials?|sources?|spokes\w+|representatives?|leaders?)\s+(?:from|by|of|for|in)\s+)?"
                         r"(?:both|the\s+two)(?:\s+[a-z]+)?$", re.I)


def collective(text: str) -> bool:
    """A source that names two parties together, by "both" or "the two", not one of its own."""
    return bool(_COLLECTIVE.match(" ".join(text.strip().rstrip(",").split())))


def plain_key(key: str) -> str:
    return key.split(":", 1)[1] if key.startswith(OWN) else key


# origins an article gives on its own authority: its unattributed words, sources it introduced before, and a
# source it names by title only
OWN = ("own-definite:", "own-unattributed:", "own-title:")


def source_key(corpus: Corpus, document: dict[str, Any], attribution: dict[str, Any]) -> tuple[str, str]:
    name = attribution["source_text"]
    key = corpus.outlet_key(name) or name_key(name)
    if key in corpus.outlet_keys:
        return f"outlet:{key}", strip_article(source_name(name))
    # a source typed as an outlet that publishes nothing in the corpus may be an agency known by another name
    if attribution["source_kind"] == "outlet" and not identities.lookup(corpus.store, name) \
            and classed_party(corpus, name) is None:
        return f"outlet:{key}", strip_article(source_name(name))
    # "a cable seen by the Calder Herald", "the wire's account of the Herald report": the outlet named last inside
    # a descriptive source is the one the claim came through first
    padded = f" {key} "
    inside = {len(padded[:padded.find(f" {k} ")].split()) + len(k.split()): k
              for k in corpus.outlet_keys if k and f" {k} " in padded}
    # a run of capitalised words is one name: "Herald" in "the Herald report" may be the outlet, "Agency" in "the
    # Orsk Defence Intelligence Agency" names that other body
    for match in _CAPITALISED_RUN.finditer(name):
        short = corpus.outlet_key(match.group(0))
        if short:
            inside.setdefault(len(name_key(name[:match.end()]).split()), short)
    if inside:
        return f"outlet:{inside[max(inside)]}", strip_article(source_name(name))
    identity = document["source_identity"].get(attribution.get("source_entity") or "")
    if identity is None:
        # "Ustria's deputy foreign minister, Mara Quarrie,": the person named in apposition is the source (the officer
        # of a body, "the centre's director, Mara Quarrie,", speaks for the body: see speaking_for)
        person = None if _BODY_OFFICER.match(name) else appositive_name(name)
        found = identities.lookup(corpus.store, person or name)
        identity = found[0] if len(found) == 1 else None
        if not found:
            # "the rights group Tallis Rights Monitor": the name after the nouns that class it
            identity = classed_party(corpus, name)
    if identity is None:
        # "the 34-page report by the Cyber Defence Agency", "a statement from the Tollan Rights Centre": a document is
        # the voice of the body that wrote it
        author = _AUTHORED.match(name)
        found = identities.lookup(corpus.store, author.group(1)) if author else []
        identity = found[0] if len(found) == 1 else None
    if identity is not None:
        canonical = corpus.identity_name(identity)
        # "The ministry said", read back to the entity "Lessary interior ministry": the body as its shapes name it
        return state_body(corpus, {"source_text": canonical or ""}) or (f"entity:{identity}", canonical)
    return f"name:{key}", source_name(name)


def classed_party(corpus: Corpus, name: str) -> int | None:
    """"the rights group Tallis Rights Monitor": a name after the lower-case nouns that class it, known as a party
    that is no outlet (an organisation, a person), is that party, however like a paper's title its name ends
    ("Monitor", "Observer"): its identity, or None."""
    classed = _CLASSED_NAME.match(name.strip())
    if classed is None:
        return None
    found = identities.lookup(corpus.store, classed.group(1))
    if len(found) == 1 and any(kind not in ("OUTLET", None) for _, _, kind in corpus.store.identities(found)):
        return found[0]
    return None


# words that say whose a body is, not what it does: "Ustria's government cyber agency" is the cyber agency
_OWNER_WORDS = {"government", "state", "national", "federal", "official", "own", "country's", "top", "main"}
# heads of a named body that does one field of work ("Ustrian Cyber Security Centre"): the entity lexicon's body
# nouns, less the armed and uniformed services, whose names share field words with other bodies ("defence")
_FIELD_BODY_HEADS = {"agency", "service", "office", "bureau", "directorate", "department", "ministry", "commission",
                     "authority", "centre", "center", "institute", "council", "board", "administration", "unit"}


def named_body(corpus: Corpus, document: dict[str, Any], body: tuple[str, str]) -> tuple[str, str] | None:
    """"Ustria's government cyber agency said" in an article naming "the Ustrian Cyber Security Centre": a state's
    body given by its field ("cyber") is the one body of that state the article names with the field's words, an
    origin with the name's own. PolNeAR train has 7 descriptions by field words in an article naming one body with
    those words ("the budget office", "budget watchdog" beside "Congressional Budget Office"), 7 of 7 that body;
    none of them with a state's name before it, so the count for this shape is weak."""
    _, state, nouns = body[0].split(":", 2)
    words = nouns.split()
    field = [w for w in words[:-1] if w not in _OWNER_WORDS]
    if not field or words[-1] not in _FIELD_BODY_HEADS or not state.isdigit():
        return None
    found: dict[int, str] = {}
    for run in _CAPITALISED_RUN.finditer(document["text"]):
        named = run.group(0).split()
        if named[0] in ("The", "A", "An"):
            named = named[1:]
        folded = [w.lower() for w in named]
        if len(named) < 3 or folded[-1] not in _FIELD_BODY_HEADS or not all(w in folded[1:-1] for w in field):
            continue
        if identities.state_named(corpus.store, name_key(named[0])) != int(state):
            continue
        known = identities.lookup(corpus.store, " ".join(named))
        if len(known) == 1:
            found[known[0]] = " ".join(named)
    if len(found) != 1:
        return None
    identity, = found
    return f"entity:{identity}", corpus.identity_name(identity) or found[identity]


def state_body(corpus: Corpus, attribution: dict[str, Any]) -> tuple[str, str] | None:
    """(key, name) of a state's body named by common nouns: "Lessary's interior ministry", "the Lessary interior
    ministry" and "the interior ministry of Lessary" are one origin, the body of the state's identity."""
    found = identities.state_body(corpus.store, attribution["source_text"] or "")
    if found is None:
        return None
    state, body = found
    return f"body:{state}:{body}", f"{corpus.identity_name(state)}'s {body}"


def strip_article(name: str) -> str:
    first, _, rest = name.partition(" ")
    return rest if first.lower() == "the" and rest else name


def negative(document: dict[str, Any], claim: dict[str, Any], certainty: dict[str, Any] | None = None) -> bool:
    """A negated report of the claim, or one given as what somebody denies; `certainty` is the one the claim tells
    its act with (`ordered_act_certainty`), when the caller has it already."""
    if certainty is None:
        certainty = ordered_act_certainty(claim, document["events"])
    if certainty.get("value", 0) < 0 or negated_verb(claim) \
            or denies_reports(claim, document["text"]) or denied_report(claim, document["text"]) or compliance(claim):
        return True
    chain = chain_of(document["attributions"], claim.get("attribution"))
    return any(a["id"] in document["denied"] for a in chain)


def linked_claim(corpus: Corpus, row: dict[str, Any]) -> dict[str, Any]:
    """One linked claim in the contract's `claims --format jsonl` shape.

    The claim is what its first report says; a mention of the opposite polarity (negated, or denied) contradicts
    it and is listed as evidence, not counted among the articles, outlets and origins that corroborate it."""
    mentions = []
    rows = corpus.mentions(row["id"])
    actor = json.loads(row.get("roles_json") or "{}").get("actor")
    actors = {actor} if isinstance(actor, int) else set()
    for document_key, claim_id in rows:
        document = corpus.document(document_key)
        claim = document["claims"].get(claim_id)
        if claim is None:
            continue
        key, name = origin(corpus, document, claim, actors)
        # "ordered three diplomats to leave": the expulsion is told with the order's certainty, not the leaving's
        certainty = ordered_act_certainty(claim, document["events"])
        mentions.append({
            "document": document["id"], "outlet": document["outlet"], "published": document["published"],
            "span": claim["span"],
            "attribution_chain": chains.source_names(document["attributions"], claim.get("attribution")),
            "certainty": {"value": certainty["value"], "label": certainty["label"]},
            "origin": name, "negative": negative(document, claim, certainty), "copy_group": document["copy_group"],
            "link": link_evidence(corpus, corpus.link_of(document_key, claim_id)),
            "_origin_key": key, "_maker": corpus.maker(document),
            "_event_type": linking_type(document["events"].get(claim.get("event") or "")),
            "_introduced": introduced_as(document["text"], name),
            "_threat": threatened_act(document, claim.get("event")),
            "_nominal": nominal_mention(claim) or bool(_IF.match(claim["span"]["text"])) or presupposed(document,
                                                                                                         claim)
            or dated_by(document, claim),
            "_phrase": noun_phrase(claim), "_speaker": (document["id"], claim.get("attribution")),
            "_finding": own_finding(document, claim),
            "_after": bool(_AFTER.match(claim["span"]["text"])), "_told": bool(claim.get("event")),
            "_lead": in_lead(document["text"], claim["span"]["start"])})
    # "Tevrenia agreed to keep selling electricity ..., Tevrenia's energy ministry said": what one source says in one
    # attribution is one report, whichever of its clauses carries the act; a clause without an act of its own takes
    # the origin its source has where it tells the act
    # (a clause of the other polarity, "denied X but said Y", is another statement)
    telling = {(m["_speaker"], m["negative"]): (m["_origin_key"], m["origin"]) for m in reversed(mentions)
               if m["_told"] and m["_speaker"][1]}
    for m in mentions:
        if not m["_told"] and (m["_speaker"], m["negative"]) in telling:
            m["_origin_key"], m["origin"] = telling[(m["_speaker"], m["negative"])]
    mentions.sort(key=lambda m: (m["published"] or "9999", m["document"], m["span"]["start"]))
    absence_agreed(mentions)
    # "X has not been arrested, and no journalist is in the custody of any state body": a noun phrase naming the act
    # inside what a speaker denies in so many words is part of the denial, not that speaker asserting the act
    denying = {m["_speaker"] for m in mentions if m["negative"] and m["_speaker"][1]}
    for m in mentions:
        if m["_phrase"] and m["_speaker"] in denying:
            m["negative"] = True
    # an article that reports the claim and quotes its denial reports it; an article that only denies it contradicts
    # a mention whose certainty is unknown ("it was not clear whether ...") neither reports the claim nor denies it
    # (a claim told only so is kept as it is told)
    undecided = set() if all(neutral(m) for m in mentions) else {id(m) for m in mentions if neutral(m)}
    undecided |= retold_in_denials(mentions, corpus.store)
    asserting = {m["document"] for m in mentions if not m["negative"] and id(m) not in undecided}
    polarity = not asserting if mentions else False
    supporting = [m for m in mentions if m["negative"] == polarity and id(m) not in undecided]
    contradicting_documents = {m["document"] for m in mentions if m["negative"] != polarity} - (
        asserting if not polarity else set())
    contradictions = [{"document": m["document"], "span": m["span"], "outlet": m["outlet"],
                       "published": m["published"], "attribution_chain": m["attribution_chain"]}
                      for m in mentions if m["negative"] != polarity and m["document"] in contradicting_documents]
    # "welcomed the investigation", "the sanctions": a noun phrase naming the claim presupposes it, and who is
    # speaking in its sentence speaks of something else; "if the bloc sanctions him" asserts nothing
    earliest = min((m["published"] or "9999") for m in supporting) if supporting else None
    # "..., a day after the bloc froze his assets": an event a later report dates its news by is background
    sourcing = [m for m in supporting if not m["_nominal"]
                and not (m["_after"] and (m["published"] or "9999") > earliest)] or supporting
    # grouped in one pass: a claim told in many articles would otherwise rescan every mention for each article
    grouped: dict[Any, list[dict[str, Any]]] = {}
    for m in sourcing:
        grouped.setdefault(m["document"], []).append(m)
    by_document = {d: document_origins(ms, corpus.store) for d, ms in grouped.items()}
    cited_keys = {plain_key(key) for pairs in by_document.values() for key, _ in pairs}
    names = {}
    for pairs in by_document.values():
        for key, name in pairs:
            names.setdefault(plain_key(key), name)
    # what an article says on its own authority after others reported it first is background ("..., when the Guard
    # opened fire on Saturday"): the outlet restates the story, it does not witness it
    published = {m["document"]: m["published"] or "9999" for m in supporting}
    # ... unless the outlet says it found it out itself ("an investigation by the Review has found")
    finders = {m["document"] for m in sourcing if m["_finding"]}
    for document_id, pairs in by_document.items():
        if published[document_id] > earliest and document_id not in finders:
            kept = [pair for pair in pairs if not pair[0].startswith("own-unattributed:")]
            by_document[document_id] = kept
    # "according to a report carried by the Wire": an outlet cited for the claim that itself reports it in the
    # corpus on a source of its own passes that source on; it is no origin of its own
    # ... and so does one that itself cites a third outlet for it ("the Wire reported, citing a newspaper", where the
    # Wire's own article cites the Dispatch): the chain is followed to the first outlet's sources
    relayed: dict[str, list[tuple[str, str]]] = {}
    # ... and a piece of an outlet told as the source ("A Nantelle Post article on Monday incorrectly said ...", in
    # the Post's correction) passes on what that outlet's other articles rest on, though the outlet is the article's
    # own: a correction retracting it confirms nothing anew
    pieces: dict[str, list[tuple[str, tuple[str, str]]]] = {}
    outlet_of = {m["document"]: corpus.outlet_key(m["_maker"] or "") for m in supporting}
    for document_id, pairs in by_document.items():
        own = outlet_of.get(document_id)
        sources = [pair for pair in pairs if pair[0].startswith("entity:")
                   or (pair[0].startswith("outlet:") and pair[0] != f"outlet:{own}")]
        if own and sources:
            relayed.setdefault(f"outlet:{own}", sources)
        if own:
            pieces.setdefault(f"outlet:{own}", []).extend(
                (document_id, pair) for pair in pairs if not pair[0].startswith(PIECE)
                and plain_key(pair[0]) != f"outlet:{own}")

    def relay(pair: tuple[str, str], own: str | None, seen: frozenset[str],
              document_id: str) -> list[tuple[str, str]]:
        if pair[0].startswith(PIECE):
            outlet = pair[0][len(PIECE):]
            earlier = [source for other, source in pieces.get(outlet, [])
                       if other != document_id and published[other] <= published[document_id]]
            if not earlier or outlet in seen:
                return [(outlet, told_name(corpus, outlet[len("outlet:"):]))]
            return [s for source in earlier for s in relay(source, own, seen | {outlet}, document_id)]
        if pair[0] == f"outlet:{own}" or pair[0] in seen or pair[0] not in relayed:
            return [pair]
        return [s for source in relayed[pair[0]] for s in relay(source, own, seen | {pair[0]}, document_id)]

    by_document = {document_id: list(dict.fromkeys(
        s for pair in pairs for s in relay(pair, outlet_of.get(document_id), frozenset(), document_id)))
        for document_id, pairs in by_document.items()}
    by_document = {document_id: [of_kind(pair, by_document) for pair in pairs]
                   for document_id, pairs in by_document.items()}
    origins: dict[str, str] = {}
    for document_id, pairs in by_document.items():
        # an article that gives the claim on its own authority, or on sources it introduced before, and cites
        # anywhere in it an outlet the claim otherwise comes from is re-reporting that outlet ("..., the Calder
        # Herald reported"; "one of the officials told the Herald")
        passed_on = [pair for pair in pairs if pair[0].startswith(("own-definite:", "own-unattributed:"))]
        if passed_on:
            cited = corpus.cited_outlets(document_id) & (cited_keys - {plain_key(k) for k, _ in pairs})
            if cited:
                pairs = [pair for pair in pairs if pair not in passed_on] + [
                    (key, names.get(key, key)) for key in sorted(cited)]
        for key, name in pairs:
            origins.setdefault(plain_key(key), name)
    # a spokesperson named as the claim's innermost source; an outlet's key stands for all it carries, so stays
    bodies: dict[str, tuple[str, ...]] = {}
    for m in sourcing:
        key = plain_key(m["_origin_key"])
        if m["attribution_chain"] and key.startswith(("entity:", "name:")) and not bodies.get(key):
            # "Kestevan said": a spokesperson named by surname speaks for the body the article first gave them
            bodies[key] = spokesperson_body(m["attribution_chain"][-1]) or spokesperson_body(m["_introduced"])
    origins = through_spokespeople(origins, bodies)
    origins = through_leaders(corpus.store, origins)
    # "Lurcanne has accused Qarneth of arming the Legion" in one article, "Lurcanne's navy said the arms had been sent
    # by Qarneth" in another: a state and a body that answers to it are one voice across articles as within one
    origins = through_state(origins)
    # a claim passed on by unnamed reports rests on whatever else it rests on
    if len(origins) > 1:
        origins.pop("report:", None)
    # the types the supporting mentions give the event, read before the working fields are dropped
    types = [m["_event_type"] for m in supporting if m.get("_event_type")]
    # an act only ever threatened ("would take legal action against the paper", "threatened to sue it") is a threat,
    # the act it holds over someone never told done (CAMEO 13 threaten)
    if types and all(m["_threat"] for m in supporting) and any(m["_threat"] == "threat" for m in supporting):
        types = ["THREATEN"] * len(types)
    first = first_told(corpus, supporting)
    for m in mentions:
        for working in [k for k in m if k.startswith("_")]:
            del m[working]
    strongest = max(supporting, key=lambda m: abs(m["certainty"]["value"])) if supporting else None
    outlets = list(dict.fromkeys(m["outlet"] for m in supporting if m["outlet"]))
    return {
        "id": f"L{row['id']}",
        "text": first["span"]["text"] if first else row["text"],
        "event": event_of(corpus, row, types),
        "certainty": strongest["certainty"] if strongest else None,
        "mentions": mentions,
        "articles": len({m["document"] for m in supporting}),
        "outlets": outlets,
        "origins": list(origins.values()),
        "independent_origins": len(origins),
        "first_reported": ({"document": first["document"], "outlet": first["outlet"], "published": first["published"]}
                           if first else None),
        "single_sourced": len(origins) == 1,
        "contradicted": bool(contradictions),
        "contradictions": contradictions,
        "copy_groups": len({m["copy_group"] for m in supporting}),
    }


def first_told(corpus: Corpus, supporting: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The first report of a claim: the earliest, and among reports of the same day one that does not re-report
    another's outlet ("..., the Harrow Ledger reported on Monday" the day the Ledger told it): the outlet cited told
    it first, whatever order the day's articles come in."""
    if not supporting:
        return None
    day = [m for m in supporting if m["published"] == supporting[0]["published"]]
    if len(day) < 2:
        return supporting[0]
    makers = {m["document"]: corpus.outlet_key(m["_maker"] or m["outlet"] or "") for m in day}

    def re_reports(m: dict[str, Any]) -> bool:
        cited = {corpus.outlet_key(source) for source in m["attribution_chain"]}
        return bool(cited - {None, makers[m["document"]]} & {makers[o["document"]] for o in day if o is not m})
    return next((m for m in day if not re_reports(m)), supporting[0])


def of_kind(pair: tuple[str, str], by_document: dict[str, list[tuple[str, str]]]) -> tuple[str, str]:
    """"The ship was seized by the navy, the defence ministry said", in an article naming no state for the ministry:
    a body the article names by its common nouns alone is the one body of that kind the claim's other reports name
    ("Idrossa's defence ministry"), as within one article such a description is the one body named with its words
    (see named_body)."""
    if not pair[0].startswith(("own-definite:", "own-title:")):
        return pair
    said = re.match(r"^[Tt]he ((?:[a-z][\w-]* ){0,2}[a-z][\w-]*)$", pair[1].split(" (via ")[0].strip())
    if said is None:
        return pair
    found = {key: name for pairs in by_document.values() for key, name in pairs
             if key.startswith("body:") and key.split(":", 2)[2] == said.group(1)}
    return next(iter(found.items())) if len(found) == 1 else pair


def in_lead(text: str | None, offset: int) -> bool:
    """Whether an offset lies in a text's lead: its opening sentence (with its dateline), within its first
    paragraph."""
    if not text:
        return False
    first = len(text) - len(text.lstrip())
    paragraph = text.find("\n", first)
    _, sentence = sentence_of(text, first, first + 1)
    return offset < min(sentence, paragraph if paragraph >= 0 else len(text))


def retold_in_denials(mentions: list[dict[str, Any]], store: Any = None) -> set[int]:
    """"X denied that its boats had fired on the ship. X's foreign ministry said on Tuesday that the boats had fired
    on it"; "X denied ... The denial came after the Wire reported that ...": an article whose lead (its opening
    sentence, where news style says what the story is) denies a claim, and that tells the claim besides only on the
    word of sources it shares with other articles (or in its own voice, finding nothing itself), retells what is
    denied; it contradicts the claim, reporting nothing new. An article that opens on something else and sets a
    denial beside others' reports lays out what each says, and reports them. The ids of those retelling mentions.
    A source elsewhere counts for the parties it speaks for ("ministry spokeswoman N" elsewhere, "X accused Y of
    ..." beside Y's denial: X's accusation is what its ministry's spokeswoman told)."""
    first: dict[str, dict[str, Any]] = {}
    for m in sorted(mentions, key=lambda m: (m["document"], m["span"]["start"])):
        first.setdefault(m["document"], m)
    found: set[int] = set()
    for document, lead in first.items():
        if not (lead["negative"] and lead["_lead"]):
            continue
        asserted = [m for m in mentions if m["document"] == document and not m["negative"] and not neutral(m)]
        # "... fighters killed in combat during the spring offensive": a noun phrase the analysis took for the act
        # names something, and tells nothing of its own beside the denial
        told = [m for m in asserted if not m.get("_phrase")]
        elsewhere = {plain_key(m["_origin_key"]) for m in mentions
                     if m["document"] != document and not m["negative"]}
        if store is not None:
            elsewhere |= {f"entity:{party}" for key in list(elsewhere) if key.startswith("entity:")
                          and key[len("entity:"):].isdigit()
                          for party in identities.spoken_for(store, {int(key[len("entity:"):])})}
        if asserted and all((plain_key(m["_origin_key"]) in elsewhere or m["_origin_key"].startswith(OWN))
                            and not m["_finding"] for m in told):
            found |= {id(m) for m in asserted}
    return found


def threatened_act(document: dict[str, Any], event_id: str | None) -> str | None:
    """How a mention's event is an act threatened, not told done: "threat" for the threat ("threatened to sue",
    or an act announced as a threat, "would take legal action": THREATEN with the act it announces), "act" for the
    act a threat in its article is about ("to sue"); None for an act told done."""
    event = document["events"].get(event_id or "")
    if not event:
        return None
    if event.get("type") == "THREATEN":
        return "threat"
    about = any(e.get("type") == "THREATEN" and e.get("about") == event_id for e in document["events"].values())
    return "act" if about else None


def linking_type(event: dict[str, Any] | None) -> str | None:
    """The type a mention's event is linked by: the act an announcement announces, else its own type."""
    return event_type(event)


# "households now have no heating" of "households were left without heating": a thing's absence told as a possession
# negated by "no" and as the thing after "without" (Quirk et al. 1985, 10.64 and 9.58: "without" the negative of
# "with", "have no" the negative of "have")
_HAVE_NONE = re.compile(r"\b(?:have|has|had|having)\s+no\s+(?:[a-z]+\s+)?(?P<thing>[a-z]+)\b", re.I)
_WITHOUT = r"\b(?:without|no|lacking)\s+(?:any\s+)?(?:[a-z]+\s+)?{}\b"


def absence_agreed(mentions: list[dict[str, Any]]) -> None:
    """A mention negated only by "have no <thing>" tells what an asserted mention before it told as "without <thing>"
    (or "no <thing>"): the same absence, no denial of it, so it reports the claim. PolNeAR train: 123 "have/has/had
    no <noun>", none told again as "without <noun>" in the same article (a count of 0, weak)."""
    told: list[str] = []
    for m in mentions:
        absent = _HAVE_NONE.search(m["span"]["text"])
        if m["negative"] and absent is not None and any(
                re.search(_WITHOUT.format(re.escape(absent["thing"])), t, re.I) for t in told):
            m["negative"] = False
        elif not m["negative"]:
            told.append(m["span"]["text"])


def neutral(mention: dict[str, Any]) -> bool:
    return not mention["negative"] and mention["certainty"]["value"] == 0


def link_evidence(corpus: Corpus, link: dict[str, Any] | None) -> dict[str, Any] | None:
    """Why a mention is part of its linked claim, in words: the rule, and the event and parties it met on."""
    if link is None:
        return None
    key, rule = link["key"], link["rule"]
    names = corpus.identity_names
    if rule in ("event-key", "event-backoff") and key:
        event_type, actor, patient, *told = key.split("|", 3)
        found = {"rule": rule, "event": event_type, "actor": names(actor), "patient": names(patient)}
        if told and told[0].startswith(ANSWERS_FOR):
            # the relations by which a denial's doer answers for the act's doer ("run by X's intelligence service")
            chain, _, words = told[0][len(ANSWERS_FOR):].partition(DENIED_IN)
            # a denial without an event: the words that told the act it denies ("has not poisoned anyone")
            # (no relations when the doer denies its own act)
            return {**found, **({"answers_for": chain} if chain else {}), **({"denied_in": words} if words else {})}
        # the words that named the act's doer without an act verb ("blamed Y for the blast")
        return {**found, "doer_told_by": told[0]} if told else found
    if rule in ("parties", "one-party", "denied-by-doer") and key:
        return {"rule": rule, "parties": [names(k) for k in key.split(",")]}
    return {"rule": rule} if rule != "same-event" else {"rule": rule, "event": key}


# an outlet telling what its own reporting found: "an investigation by the Review has found", "a review by The Times
# shows", "the Review has learned", "records obtained by the Review" (PolNeAR train's 840 articles: "investigation
# by the" 1, "review by the" 1, "analysis by the" 1, "has/have learned" 5, "obtained by the" 4, "reviewed by the" 2;
# "A review by The Times shows" is the article's own outlet)
_FINDING_BY = r"(?:investigation|inquiry|analysis|review|examination|reporting|obtained|seen|reviewed|verified)\s+by"
_FOUND = r"(?:has|have)\s+(?:found|learned|learnt|established|obtained|seen|reviewed|verified)"


def own_finding(document: dict[str, Any], claim: dict[str, Any]) -> bool:
    """Whether the claim's sentence tells it as what the article's own outlet (or the wire it reposts) found out by
    its own reporting."""
    outlets = [strip_article(o.strip()) for o in (document["outlet"], document["wire"]) if o and o.strip()]
    if not outlets or not document["text"]:
        return False
    begin, finish = sentence_of(document["text"], claim["span"]["start"], claim["span"]["end"])
    name = rf"(?:[Tt]he\s+)?(?:{'|'.join(re.escape(o) for o in outlets)})\b"
    return bool(re.search(rf"\b{_FINDING_BY}\s+{name}|\b{name}\s+{_FOUND}\b", document["text"][begin:finish]))


_AFTER = re.compile(r"^(?:(?:a|an|one|two|three|four|five|six|\w+) (?:days?|weeks?|months?|years?|hours?) )?"
                    r"(?:after|since|before|following)\b", re.I)


# "in retaliation for X's ban", "in response to the missile tests": what an act answers is given as known (PolNeAR
# train: 38 "in response to/in retaliation for ..." phrases, each naming what is answered as a given: a question, a
# lawsuit, "missile tests by North Korea")
_ANSWERED = re.compile(r"(?i)\bin\s+(?:retaliation|response|reprisal|revenge|answer)\s+(?:for|to)\s*$")
# "asked why the troops had fired", "called for an inquiry into how the shipments crossed the border": a question
# about how or why an act was done takes the act as given and reports nothing of it (PolNeAR train: 217 contents
# open with "how"/"why"; 26 of them under a question: "asked" 14, "questioned" 6, "asking" 2, "was asked" 2,
# "questions about" 2; those under "explained", "described", "recalling" tell the act and stay reports)
_QUESTIONED = re.compile(r"(?i)^(?:how|why)\b")
_ASKING = re.compile(r"(?i)\b(?:ask(?:s|ed|ing)?|question(?:s|ed|ing)?|wonder(?:s|ed|ing)?|inquir(?:y|ies|e|ed|ing)|"
                     r"enquir(?:y|ies|e|ed|ing)|investigat(?:e|es|ed|ing|ion)|probe)\b[^.;:]*$")
# "within days of the ban", "after the strike", "since Osgaria's ban": an act named as the time of another
_DATING = re.compile(r"(?i)\b(?:after|since|before|following|within\W+(?:\w+\W+){0,2}of)\W+(?:(?:the|its|their|this|"
                     r"that|[A-Z][\w-]*['’]s)\s+)?(?:[\w-]+\s+)?$")
_IF = re.compile(r"^(?:if|unless|whether|should)\b", re.I)
# "called the expulsion 'proof that ...'", "described the move as a breach of trust", "branded the arrests a
# disgrace": a verb of naming right before its object and the name it gives says what a known act is, as "the
# expulsion was proof ..." does (PolNeAR train: 41 "called/described/branded ... the <noun> (as) <name>", each
# naming something known: "called the agreement 'an historic step forward'", "called the statement 'offensive'")
_NAMED_AS = re.compile(r"(?i)\b(?:call(?:s|ed|ing)?|brand(?:s|ed|ing)?|term(?:s|ed|ing)?|label(?:s|l?ed|l?ing)?|"
                       r"dub(?:s|bed|bing)?|describ(?:e|es|ed|ing))\s+$")


def nominal_mention(claim: dict[str, Any]) -> bool:
    """A mention that is a noun phrase ("the investigation", "the first transfer"), not a clause."""
    words = claim["span"]["text"].split()
    return len(words) <= 3 and (not words or words[0].lower() in ("the", "a", "an", "this", "that", "its", "their"))


def dated_by(document: dict[str, Any], claim: dict[str, Any]) -> bool:
    """'the border would be closed to its freight within days of the ban': a clause telling another thing whose only
    word of the claim's act dates it ('within days of', 'after', 'since') speaks of the act as known, not reports it."""
    event = document.get("events", {}).get(claim.get("event") or "")
    own = (claim.get("trigger") or {}).get("start")
    span, text = claim["span"], document.get("text") or ""
    if event is None or not text:
        return False
    words = [w for w in [event.get("trigger"), *event.get("mentions", [])]
             if w and "start" in w and span["start"] <= w["start"] < span["end"]]
    return bool(words) and all(w["start"] != own and _DATING.search(text[max(0, w["start"] - 50):w["start"]])
                               for w in words)


def presupposed(document: dict[str, Any], claim: dict[str, Any]) -> bool:
    """"X's foreign ministry said the detention of aid workers was unacceptable": a noun phrase headed by the act and
    naming no party, only part of what its source says, is an act known from elsewhere that the source speaks about,
    not one it reports, and so is one a speaker gives a name ("called the expulsion 'proof ...'"). "X confirmed the
    detention of ..." reports it (the phrase is all it says), "the seizure of its tanker by Y was unlawful" tells who
    did it, and so does "the bombing was the work of Y"."""
    said = document["content_at"].get(claim.get("attribution") or "")
    span = claim["span"]
    if _ANSWERED.search(document["text"][max(0, span["start"] - 40):span["start"]]):
        return True  # "barred its lorries in retaliation for X's ban on Y": the act answered is known, not reported
    if _QUESTIONED.match(span["text"]) and _ASKING.search(document["text"][max(0, span["start"] - 60):span["start"]]):
        return True  # "an inquiry into how the shipments had crossed the border": asked about, not reported
    if any(w[:1].isupper() for w in span["text"].split()[1:]):
        return False
    # "the detention of aid workers was unacceptable", its verb the copula: the act's noun is the word of its event
    head = act_word(document, claim)
    named_as = _NAMED_AS.search(document["text"][max(0, span["start"] - 20):span["start"]]) is not None
    if not (noun_phrase(claim, head) and said is not None and said[0] <= span["start"] and span["end"] <= said[1]
            and (said[1] - said[0] > span["end"] - span["start"] or predicated(claim, head) or named_as)):
        return False
    return responsibility.doer_told(document["text"], *sentence_of(document["text"], span["start"], span["end"]),
                                    span["start"], span["end"]) is None


# the shapes a spokesperson takes in PolNeAR train's sources (150 sources in 109 articles name one): "X, a
# spokesperson for Y" 42, "Y's spokesperson (X)" 19, "<body> spokesperson (X)" 81 (the rest name no body)
_SPOKES = r"spokes(?:man|woman|person|men|women|people)"
_SPOKESPERSON_SHAPES = (re.compile(rf"(?i)\b{_SPOKES}\s+(?:for|of|at)\s+(?P<body>[^,]+?)\s*,?\s*$"),
                        re.compile(rf"(?i)^(?P<body>[^,]+?)['’]s?\s+{_SPOKES}\b"),
                        re.compile(rf"(?i)^(?:(?:the|a|an)\s+)?(?P<body>(?:[\w-]+\s+){{1,4}}?){_SPOKES}\b"))
_BODY_NOISE = {"the", "a", "an", "its", "their"}
# a minister speaks for the ministry of the field in the title: "Karvossa's interior minister, X", "Interior Minister
# X", "Deputy Foreign Minister X" (PolNeAR train: 26 sources name a minister by field or rank, 5 a field's ministry;
# one article gives both a field's minister and that ministry as sources, a weak count). A former minister speaks
# for nobody, and a rank is no field.
_MINISTER = re.compile(r"(?i)^(?:the\s+)?(?:(?P<state>[A-Z][\w-]*)['’]s\s+)?(?:deputy\s+)?(?P<field>[a-z]+)\s+"
                       r"minister\b")
# ... and a chief speaks for the service of the field in the title: "Orvenna's intelligence chief, X", "the police
# chief", whatever the service's head noun ("service", "agency"; PolNeAR train: 17 sources name a chief by the
# service's field, "FBI Director James Comey", "Cleveland Police Chief Calvin Williams", weak for the lower-case shape)
_CHIEF = re.compile(r"(?i)^(?:the\s+)?(?:(?P<state>[A-Z][\w-]*)['’]s\s+)?(?:deputy\s+)?(?P<field>[a-z]+)\s+"
                    r"(?:chief|head|director|boss)\b")
# the head noun of a service a chief speaks for, left open: any of the heads a state's service takes
ANY_HEAD = "*"
SERVICE_HEADS = {"service", "services", "agency", "directorate", "bureau", "office", "department", "force", "police",
                 "command"}
_RANKS = {"prime", "chief", "first", "senior", "junior", "cabinet", "state", "former", "ex", "a", "an", "deputy"}


def spokesperson_body(source: str | None) -> tuple[str, ...]:
    """"ministry spokesman X", "X, a spokeswoman for Y", "Y's spokesman X": the words naming the body a spokesperson
    speaks for, as plain lower-case words ("Norland's interior ministry" -> norland interior ministry)."""
    for shape in _SPOKESPERSON_SHAPES:
        match = shape.search(source or "")
        if match:
            return tuple(spokesperson_words(match.group("body")))
    match = _MINISTER.match(source or "")
    if match and match.group("field").lower() not in _RANKS:
        return tuple(spokesperson_words(f"{match.group('state') or ''} {match.group('field')} ministry"))
    match = _CHIEF.match(source or "")
    if match and match.group("field").lower() not in _RANKS:
        return (*spokesperson_words(f"{match.group('state') or ''} {match.group('field')}"), ANY_HEAD)
    return ()


def introduced_as(text: str, name: str | None) -> str:
    """"ministry spokesman Bram Kestevan", "Bram Kestevan, a spokesman for the ministry,": the words an article first
    names a person with, title before or apposition after, where the person is later given by surname alone
    ("Kestevan said"; PolNeAR train: 15 of 79 spokespeople introduced so). Empty unless a spokesperson is named."""
    if not name or len(name.split()) < 2 or not text:
        return ""
    found = re.search(rf"\b{re.escape(name)}\b", text)
    if found is None:
        return ""
    before = re.split(r"[,.;:\"“”()\n]|\s[-–—]\s", text[max(0, found.start() - 80):found.start()])[-1].split()[-5:]
    after = _APPOSED_SPOKESPERSON.match(text[found.end():found.end() + 120])
    # "ministry spokesman Colonel Bram Kestevan": a rank styled before the name stands between the title and it
    while before and before[-1].lower() in rank_titles():
        before = before[:-1]
    if before and re.fullmatch(_SPOKES, before[-1], re.IGNORECASE):
        return " ".join([*before, name])
    return f"{name}{after.group(0).rstrip(', ')}" if after else ""


@lru_cache(maxsize=1)
def rank_titles() -> frozenset[str]:
    """Ranks and titles styled before a name ("colonel", "commander"; entity_lexicon.yaml)."""
    return lexicon.words("entity_lexicon.yaml", "rank_titles")


_APPOSED_SPOKESPERSON = re.compile(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}{_SPOKES}\s+(?:for|of|at)\s+[^,.;]+",
                                   re.IGNORECASE)


def through_spokespeople(origins: dict[str, str], bodies: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """A spokesperson speaks for the body, so the body and its spokesperson are one origin: the words of "ministry
    spokesman X" in one article and "Norland's interior ministry said" in another are one voice. The body named in
    the spokesperson's phrase is matched to the one other origin whose name ends with those words; where none or
    several match, the spokesperson stays an origin of its own."""
    merged = dict(origins)
    bodies = {key: body for key, body in bodies.items() if body}
    for key, body in bodies.items():
        if key not in merged:
            continue
        # "Karvossa's interior minister" also speaks for "the Interior Ministry" an article names without its state
        matches = [other for other, name in merged.items() if other != key and other not in bodies
                   and (tuple(spokesperson_words(name)[-len(body):]) == body
                        or (len(body) > 2 and tuple(spokesperson_words(name)) == body[1:])
                        or body[-1] == ANY_HEAD and headed_by_service(spokesperson_words(name), body[:-1]))]
        if len(matches) == 1:
            merged.pop(key)
    return merged


def through_leaders(store: CorpusStore, origins: dict[str, str]) -> dict[str, str]:
    """"Ardmoor Minerals said" in one article, "the company's chief executive, Maren Dolloway" in another: a person
    an article names as leading a party speaks for it, so the two are one origin, the party's (as a spokesperson and
    the body are, see through_spokespeople). A person given with the office ("name:" keys) is found by the name."""
    parties = {key.split(":", 1)[1] for key in origins if key.startswith("entity:")}
    if not parties:
        return origins
    merged = dict(origins)
    for key, name in origins.items():
        if key.startswith("entity:") and key.split(":", 1)[1].isdigit():
            people = [int(key.split(":", 1)[1])]
        elif key.startswith("name:") and name and " (via " not in name:
            people = identities.lookup(store, name)
        else:
            continue
        if len(set(people)) != 1:
            continue
        led = identities.related(store, people[0], identities.LEADS)
        if any(str(other) in parties and f"entity:{other}" != key for other in led):
            merged.pop(key)
    return merged


def headed_by_service(words: list[str], field: tuple[str, ...]) -> bool:
    """Whether an origin's words are the field's service ("orvenna intelligence service" for a chief of "orvenna
    intelligence"), its state's name and the field first, a service's head noun last."""
    return len(words) == len(field) + 1 and tuple(words[:-1]) == field and words[-1] in SERVICE_HEADS


def spokesperson_words(name: str) -> list[str]:
    """An origin's name (or a body's) as the plain lower-case words spokespeople are matched on."""
    plain = re.sub(r"['’]s\b", "", name.split(" (via ")[0]).lower().split()
    return [w for w in plain if w not in _BODY_NOISE]


_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "any", "no"}


# a form of "be" after the act's noun: the claim is what the act is said to be ("the shipment ... was a hostile act")
_PREDICATION = re.compile(r"\b(?:is|was|are|were|(?:has|have|had) been|(?:will|would|could|may|might) be)\b")


_COPULAS = {"is", "was", "are", "were", "be", "been", "being"}


def act_word(document: dict[str, Any], claim: dict[str, Any]) -> str:
    """The word that names the claim's act: where the claim's verb is the copula of a predication about the act, its
    event's word among the claim's first words; else the claim's own verb."""
    own = (claim.get("trigger") or {}).get("text") or ""
    event = document.get("events", {}).get(claim.get("event") or "")
    if event is None or own.lower() not in _COPULAS:
        return own
    span = claim["span"]
    opening = span["start"] + len(" ".join(span["text"].split()[:3]))
    words = [w for w in [event.get("trigger"), *event.get("mentions", [])]
             if w and "start" in w and span["start"] <= w["start"] < opening]
    return words[0]["text"] if words else own


def predicated(claim: dict[str, Any], trigger: str | None = None) -> bool:
    """'the shipment of weapons to the militia was a hostile act': a claim headed by an act's noun that the analysis
    widened to the whole predication about it; the act is still only spoken about."""
    trigger = trigger if trigger is not None else (claim.get("trigger") or {}).get("text") or ""
    text = claim["span"]["text"]
    at = text.find(trigger) if trigger else -1
    return at >= 0 and _PREDICATION.search(text, at + len(trigger)) is not None


def noun_phrase(claim: dict[str, Any], trigger: str | None = None) -> bool:
    """"the custody of any state body", "the arrest of X": a mention that is a noun phrase headed by its act (a
    determiner, at most one modifier, the act's word), not a clause."""
    words = claim["span"]["text"].split()
    trigger = trigger if trigger is not None else (claim.get("trigger") or {}).get("text") or ""
    return bool(words) and words[0].lower() in _DETERMINERS and bool(trigger) and trigger.split()[0] in words[1:3]


def document_origins(mentions: list[dict[str, Any]], store: CorpusStore | None = None) -> list[tuple[str, str]]:
    """The origins one article gives a claim: the sources its mentions are attributed to. Where it attributes the
    claim at all, its unattributed restatements of it are the same report, not the article's own finding."""
    found = [(m["_origin_key"], m["origin"]) for m in mentions]
    own = {plain_key(key) for key, _ in found if key.startswith("own-unattributed:")}
    attributed = [pair for pair in found if plain_key(pair[0]) not in own]
    found = attributed or found
    # "Ustria's defence minister said ..." and "..., Mara Quarrie said": in one article a title and the one person
    # named for the claim are that person
    found = [speaking_for(pair, found) for pair in found]
    chains = [text for m in mentions for text in m.get("attribution_chain") or []]
    found = through_officer(found, chains)
    if store is not None:
        found = through_body(store, found)
        found = through_minister(store, found, chains)
    people = {key: name for key, name in found if key.startswith("entity:")}
    if len(people) == 1:
        (person, name), = people.items()
        titled = [pair for pair in found if pair[0].startswith(("name:", "own-title:")) and not refers_back(pair[1])]
        if titled:
            found = [(person, f"{name}, {titled[0][1].split(' (via ')[0]}")] + [
                pair for pair in found if pair not in titled and pair[0] != person]
    return list(dict.fromkeys(found))


def through_minister(store: CorpusStore, found: list[tuple[str, str]], sources: list[str]) -> list[tuple[str, str]]:
    """"Estvald said it would expel three diplomats ... Foreign Minister Jonas Averill said three members of the
    embassy's staff had been declared persona non grata": in one article a state and a minister it names by title
    alone (no state given with the office) speaking of the same claim are one voice, the state's (CAMEO codes a
    state's ministers as its government). PolNeAR train: 24 "<Field> Minister <Name>"; none beside its state as a
    source of one claim (weak)."""
    entities = {int(key.split(":", 1)[1]): (key, name) for key, name in found
                if key.startswith("entity:") and key.split(":", 1)[1].isdigit()}
    if len(entities) < 2:
        return found
    kinds = {identity: kind for identity, _, kind in store.identities(list(entities))}
    states = [identity for identity, kind in kinds.items() if kind == "GPE"]
    if len(states) != 1:
        return found
    ministers = set()
    for identity, (key, name) in entities.items():
        if kinds.get(identity) != "PERSON" or not name:
            continue
        for text in sources:
            at = text.find(name)
            match = _MINISTER.match(text[:at].strip() + " ") if at > 0 else None
            if match is not None and not match.group("state") and match.group("field").lower() not in _RANKS:
                ministers.add(key)
    return [pair for pair in found if pair[0] not in ministers] or found


def through_officer(found: list[tuple[str, str]], sources: list[str]) -> list[tuple[str, str]]:
    """"Dallin's prime minister, Erik Sandvold, confirmed ... and said ...", with a later cue read as Dallin's: in one
    article a party and the officer the article names as speaking for it ("<party>'s <office>, <person>") are one
    voice, the officer's."""
    if len({key for key, _ in found if key.startswith("entity:")}) < 2:
        return found
    merged = []
    for key, name in found:
        officer = next((pair for pair in found if pair[0] != key and pair[0].startswith("entity:")
                        and any(pair[1] in text and re.search(rf"\b{re.escape(name)}['’]s\s+[a-z]", text)
                                for text in sources)), None) if key.startswith("entity:") and name else None
        merged.append(officer or (key, name))
    return list(dict.fromkeys(merged))


def through_state(origins: dict[str, str]) -> dict[str, str]:
    """"Lurcanne has accused Qarneth of arming the Legion" in one article, "Lurcanne's navy said the arms had been sent
    by Qarneth" in another: a state and its body named by common nouns ("body:<state>:navy") are one voice across
    articles, as through_body makes them within one; the body, which says more of who spoke, is kept."""
    states = {key.split(":", 2)[1] for key in origins if key.startswith("body:")}
    return {key: name for key, name in origins.items()
            if not (key.startswith("entity:") and key.split(":", 1)[1] in states)}


def through_body(store: CorpusStore, found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """"a strike that Harnish authorities blame on ..." and "the Harn Defence Agency published a report
    blaming ..." in one article: a state and a body that answers to it, both given for the claim, are one voice, the
    body's (the state speaks through the body's finding); see identities.ancestors."""
    entities = {int(key.split(":", 1)[1]) for key, _ in found
                if key.startswith("entity:") and key.split(":", 1)[1].isdigit()}
    if len(entities) < 2:
        return found
    answered = {parent for identity in entities for parent in identities.ancestors(store, identity)}
    for identity in entities:
        # "the Harn Defence Agency": a body's own name opening with its state's name
        words = (identities.name_of(store, identity) or "").split()
        if len(words) > 1 and words[-1] in lexicon.words("entity_lexicon.yaml", "body_nouns"):
            state = identities.state_named(store, words[0])
            if state is not None and state != identity:
                answered.add(state)
    return [pair for pair in found if not (pair[0].startswith("entity:") and pair[0].split(":", 1)[1].isdigit()
                                           and int(pair[0].split(":", 1)[1]) in answered)] or found


_BODY_OFFICER = re.compile(r"(?i)^the ([\w-]+)['’]s ")
# a document named with its author: a noun of written findings or statements, "by" or "from", the author's name (23
# sources in PolNeAR train's 840 articles take this shape: "a report from the SITE Intelligence Group", "a study by
# the Council of the Great City Schools", "A review by The Times"); and material with whoever made a finding of it
# ("satellite images analysed by X", "records compiled by the Center for Responsive Politics", "exit polls
# conducted by Edison Research": 12 more PolNeAR train sources), not whoever only saw or was given it ("a copy of
# the letter reviewed by The Post", "obtained by", "provided by": an outlet, or a go-between)
_AUTHORED = re.compile(r"^(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)?\s*(?:[\w-]+\s+){0,3}?(?:[Rr]eport|[Ss]tatement|[Ff]indings|"
                       r"[Ss]tudy|[Aa]nalysis|[Aa]ssessment|[Aa]udit|[Ll]etter|[Cc]able|[Dd]ocument|[Rr]eview|[Ss]urvey|"
                       r"[Ii]mages|[Ii]magery|[Pp]hotographs|[Pp]ictures|[Dd]ata|[Rr]ecords|[Ff]igures|[Pp]olls?)s?"
                       r"\s+(?:by|from|issued by|published by|released by|(?:analy[sz]ed|compiled|conducted|gathered|"
                       r"collected) by)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+"
                       r"(?:of\s+|for\s+|and\s+)?[A-Z][\w'’-]*)*)\s*$")


def speaking_for(pair: tuple[str, str], found: list[tuple[str, str]]) -> tuple[str, str]:
    """"The centre's director, Mara Quarrie," beside the Calder Rights Centre in one article: the officer of a body the
    article names speaks for it, one origin."""
    key, name = pair
    match = _BODY_OFFICER.match(name)
    if not key.startswith("name:") or match is None:
        return pair
    body = match.group(1).lower()
    for other, other_name in found:
        if other.startswith("entity:") and body in name_key(other_name).split():
            return other, other_name
    return pair


def event_of(corpus: Corpus, row: dict[str, Any], types: list[str] = ()) -> dict[str, Any] | None:
    """The claim's event: the type most of its mentions give it (reports code one shooting as FIGHT or ASSAULT),
    and its participants by their canonical names."""
    if not row["event_type"]:
        return None
    counts = {t: types.count(t) for t in dict.fromkeys(types)}
    event_type = max(counts, key=lambda t: (counts[t], t == row["event_type"])) if counts else row["event_type"]
    roles = {}
    for role, value in json.loads(row["roles_json"]).items():
        if isinstance(value, int):
            roles[role] = corpus.identity_name(value)
        else:
            roles[role] = str(value).removeprefix("words:")
    return {"type": event_type, "roles": roles}


def linked_claims(store: CorpusStore, entity: str | None = None, min_origins: int | None = None,
                  single_sourced: bool = False, contradicted: bool = False,
                  role: str = "entity", corpus: Corpus | None = None) -> Iterator[dict[str, Any]]:
    """Every linked claim that passes the filters, the best-corroborated first.

    `entity` keeps the claims about it (role "entity") or the claims it is a named source of (role "source"). A
    `corpus` given by the caller is shared with its other reads (the articles read once for both) and left for the
    caller to release."""
    own = corpus is None
    corpus = Corpus(store) if corpus is None else corpus
    keys = None
    found: list[int] = []
    if entity is not None:
        found = identities.lookup_party(store, entity)
        if not found:
            return
        keys = [f"{role}:{i}" for i in found]
    claims = []
    rows = store.linked_claim_rows(keys)
    # "the group said", with no entity for "the group": a claim whose source may stand for the party is its party's
    # when its origin is that party (see antecedent)
    direct = {row["id"] for row in rows}
    if role == "source" and found:
        rows = rows + [row for row in store.linked_claim_rows([f"{SOURCE_VIA}{i}" for i in found])
                       if row["id"] not in direct]
    for start in range(0, len(rows), PAGE):
        corpus.prefetch(rows[start:start + PAGE])
        for row in rows[start:start + PAGE]:
            claim = linked_claim(corpus, row)
            if not claim["mentions"]:
                continue
            if row["id"] not in direct and not {corpus.identity_name(i) for i in found} & set(claim["origins"]):
                continue
            if min_origins is not None and claim["independent_origins"] < min_origins:
                continue
            if single_sourced and not claim["single_sourced"]:
                continue
            if contradicted and not claim["contradicted"]:
                continue
            claims.append(claim)
    if own:
        corpus.release()
    claims.sort(key=lambda c: (-c["independent_origins"], -c["articles"], c["first_reported"]["published"] or "",
                               int(c["id"][1:])))
    yield from claims
