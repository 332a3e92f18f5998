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
SUBJ = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
folder = Path(sys.argv[1])
nlp = spacy.load(MODEL, exclude=["ner"])
arts = articles(folder)
if len(sys.argv) > 2: arts = arts[:int(sys.argv[2])]
c = Counter()
def contents_of(anns, text):
    out = []
    for ann in anns:
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if not line.startswith("T") or len(parts) < 2 or not parts[1].startswith("Content "): continue
            pieces = [tuple(int(x) for x in p.split()) for p in parts[1][8:].split(";")]
            out.append(pieces)
    return out
texts = [(t.read_text(encoding="utf-8"), anns) for _, t, anns in arts]
for doc, (text, anns) in zip(nlp.pipe((t for t, _ in texts), batch_size=20), texts):
    contents = []
    for pieces in contents_of(anns, text):
        toks = {t.i for t in doc for (s, e) in pieces if s <= t.idx < e}
        if toks: contents.append(toks)
    inside = set().union(*contents) if contents else set()
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
