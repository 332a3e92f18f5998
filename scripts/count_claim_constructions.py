"""Counts, in a PolNeAR folder, the claim constructions that nlp.claims folds, and how PolNeAR annotates them.

    python scripts/count_claim_constructions.py TRAIN_DIR [LIMIT]

The texts are parsed with the project's spaCy model (no claimgraph components). For each construction inside a gold
content it counts the matches, and how many stand in a gold content without the word they hang on (a sign that
annotators read them as a proposition of their own). Prints one JSON object. Run on train only.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from collections import Counter
import spacy
from claimgraph.nlp.pipeline import MODEL
from claimgraph.evaluate.polnear import articles
from claimgraph import lexicon
from claimgraph.nlp.certainty import CUES_FILE

SEL = set(lexicon.load(CUES_FILE)["selectors"]); LIGHT = {"have"} | set(lexicon.load(CUES_FILE)["light_verbs"])
OCC = {"before", "after", "during", "since", "until", "till", "amid", "amidst", "throughout", "following"}
TIME = {"before", "after", "when", "while", "until", "till", "once", "whenever", "as"}
TIME.discard("as")
CONDITION = {"if", "unless", "provided", "providing"}
CORE = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "dobj", "ccomp", "xcomp", "attr", "acomp", "oprd",
        "auxpass", "dative", "agent", "neg", "aux"}
RAISING = {"likely", "unlikely", "expect", "expected", "poised", "bound", "due", "certain", "sure"}
SUBJ = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
folder = Path(sys.argv[1])
nlp = spacy.load(MODEL, exclude=["ner"])
arts = articles(folder)
if len(sys.argv) > 2: arts = arts[:int(sys.argv[2])]
c = Counter()
def contents_of(anns, text, kind="Content"):
    out = []
    for ann in anns:
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if not line.startswith("T") or len(parts) < 2 or not parts[1].startswith(kind + " "): continue
            pieces = [tuple(int(x) for x in p.split()) for p in parts[1][len(kind) + 1:].split(";")]
            out.append(pieces)
    return out
texts = [(t.read_text(encoding="utf-8"), anns) for _, t, anns in arts]
for doc, (text, anns) in zip(nlp.pipe((t for t, _ in texts), batch_size=20), texts):
    contents = []
    for pieces in contents_of(anns, text):
        toks = {t.i for t in doc for (s, e) in pieces if s <= t.idx < e}
        if toks: contents.append(toks)
        # a content in pieces around its source and cue ('C, the ministry said, a day after D')
        c["gold contents"] += 1
        c["gold contents in more than one piece"] += len(pieces) > 1
        if len(pieces) > 1 and toks:
            # the piece holding the content's head (the word whose head is outside the content), and whether another
            # piece holds the head's subject or a complement (a clause split by its speaker) or only adjuncts
            heads_ = [t for t in (doc[i] for i in toks) if t.head.i not in toks or t.head.i == t.i]
            runs = [{t.i for t in doc if s <= t.idx < e} for (s, e) in pieces]
            top = next((t for t in heads_ if t.pos_ in {"VERB", "AUX"}), None)
            if top is not None:
                own_run = next((r for r in runs if top.i in r), set())
                core = [x for x in top.children if x.i in toks and x.i not in own_run and x.dep_ in CORE]
                c["content in pieces, verb head: another piece holds its subject or complement"] += bool(core)
                c["content in pieces, verb head: other pieces hold only adjuncts"] += not core
                later = [r for r in runs if r and min(r) > max(own_run | {top.i})]
                c["content in pieces, verb head: a later piece opens 'N day(s)/week(s) after|before'"] += any(
                    doc[min(r)].lower_ in {"a", "one", "two", "three", "four", "five", "hours", "days", "weeks"} and
                    any(doc[k].lower_ in {"after", "before"} for k in range(min(r), min(min(r) + 4, len(doc))))
                    for r in later)
    inside = set().union(*contents) if contents else set()
    sources = [{t.i for t in doc for (s, e) in pieces if s <= t.idx < e} for pieces in contents_of(anns, text, "Source")]
    for t in doc:
        # a relative clause in a gold source ('Keldport, the company that runs it, said'): a content of its own?
        if t.dep_ == "relcl" and t.pos_ in {"VERB", "AUX"} and any(t.i in s for s in sources):
            c["relative clause in a source"] += 1
            c["relative clause in a source, in a gold content"] += t.i in inside
    def own(word, outside):  # a gold content holding word but not outside
        return any(word in ct and outside not in ct for ct in contents)
    for t in doc:
        if t.i not in inside: continue
        # restrictive relative on a noun
        if t.dep_ == "relcl" and t.pos_ in {"VERB", "AUX"} and t.i > t.head.i and t.head.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}:
            b = t.left_edge.i - 1
            if b > t.head.i - 1 and not doc[b].is_punct:
                c["restrictive relative in content"] += 1; c["restrictive relative own content"] += own(t.i, t.head.i)
            else:
                c["non-restrictive relative in content"] += 1; c["non-restrictive relative own content"] += own(t.i, t.head.i)
        # finite adverbial clause of time or condition: "before they reached the terminal", "unless the government
        # released them"; and of cause or concession, for comparison (asserted, not presupposed)
        if t.dep_ == "advcl" and t.pos_ in {"VERB", "AUX"} and t.head.pos_ in {"VERB", "AUX"}:
            mark = next((x.lower_ for x in t.children if x.dep_ == "mark"), None)
            if any(x.dep_ in SUBJ for x in t.children) and mark is not None:
                kind = "time" if mark in TIME else "condition" if mark in CONDITION else "cause/concession" \
                    if mark in {"because", "although", "though", "since", "as"} else None
                if kind:
                    c[f"adverbial clause of {kind} in content"] += 1
                    c[f"adverbial clause of {kind} own content"] += own(t.i, t.head.i)
                    c[f"adverbial clause of {kind} opening own content"] += any(
                        t.i in ct and t.head.i not in ct and min(ct) >= t.left_edge.i for ct in contents)
    for t in doc:
        # a raising passive or adjective with its infinitive ('they are expected to take three weeks'): one
        # proposition, or the infinitive a content without the raising word?
        if t.dep_ == "xcomp" and t.i in inside and any(x.dep_ == "aux" and x.lower_ == "to" for x in t.children) and (
                t.head.lemma_.lower() in RAISING and (t.head.dep_ == "acomp" or any(
                    x.dep_ == "auxpass" for x in t.head.children))):
            c["raising word with its infinitive in content"] += 1
            c["raising word's infinitive own content without it"] += own(t.i, t.head.i)
    for t in doc:
        # a relative clause in a gold content of its own without its noun: does the content open on the relative word
        # or on its noun (the noun is outside, so on the relative word or after it)
        if t.dep_ == "relcl" and t.pos_ in {"VERB", "AUX"} and t.i > t.head.i:
            for ct in contents:
                if t.i in ct and t.head.i not in ct:
                    c["relative clause own content"] += 1
                    c["relative clause own content, opening on its relative word"] += min(ct) == t.left_edge.i
                if t.i in ct and t.head.i in ct and min(ct) >= t.head.left_edge.i and max(ct) <= t.right_edge.i:
                    c["content that is a noun with its relative clause"] += 1
        # xcomp of a reduced relative
        if t.dep_ == "xcomp" and t.head.dep_ == "acl" and t.head.tag_ in {"VBN", "VBG"} and t.head.i > t.head.head.i \
                and not any(x.dep_ in SUBJ | {"aux", "auxpass", "mark"} for x in t.head.children):
            c["infinitive under participle in content"] += 1; c["infinitive under participle own content"] += own(t.i, t.head.i)
        # occasion prepositions with a noun on a verb
        if t.dep_ == "pobj" and t.pos_ == "NOUN" and t.head.dep_ == "prep" and t.head.lower_ in OCC and t.head.head.pos_ in {"VERB", "AUX"}:
            c["occasion noun on a verb in content"] += 1; c["occasion noun own content"] += own(t.i, t.head.head.i)
        # participle clause after a comma, no subject
        if t.dep_ == "advcl" and t.tag_ == "VBG" and t.i > t.head.i and doc[t.left_edge.i - 1].text == "," and \
                not any(x.dep_ in SUBJ | {"mark"} for x in t.children):
            c["trailing participle clause in content"] += 1; c["trailing participle clause own content"] += own(t.i, t.head.i)
        # intention frame
        if t.pos_ == "VERB" and t.lemma_.lower() in LIGHT:
            for n in t.children:
                if n.dep_ == "dobj" and n.pos_ == "NOUN" and n.lemma_.lower() in SEL:
                    for x in n.children:
                        act = None
                        if x.dep_ in {"acl", "relcl"} and x.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children): act = x
                        if x.dep_ == "prep" and x.lower_ == "of": act = next((y for y in x.children if y.dep_ == "pcomp" and y.tag_ == "VBG"), None)
                        if act is not None:
                            c["intention frame in content"] += 1; c["intention frame: act own content without frame verb"] += own(act.i, t.i)
                            c["intention frame: " + n.lemma_.lower()] += 1
print(json.dumps(c, indent=1, sort_keys=True))
