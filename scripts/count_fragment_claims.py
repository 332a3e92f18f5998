"""Counts the fragment claims the analysis makes over a folder of texts (run on PolNeAR dev).

    python scripts/count_fragment_claims.py TEXT_DIR [EXAMPLES.json]

A fragment claim is a claim whose head is no predicate (a noun or adjective that is not the predicate of a copula or
small clause, nor a sentence's root), a relative or participle clause telling its host claim's event again, or a
restrictive relative clause with no event standing as a claim beside the claim it hangs in. Lines marked (info) are
shapes counted for comparison, not fragments. Prints one JSON object; writes examples of each shape when asked.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from collections import Counter
from claimgraph.document import Document
from claimgraph.analysis import assemble, context
from claimgraph.nlp.pipeline import load_pipeline
from claimgraph.nlp.table import remember_text

PRED = {"acomp", "attr", "oprd", "xcomp", "ccomp", "ROOT"}
nlp = load_pipeline()
WH = {"WDT", "WP", "WP$", "WRB"}
def restrictive(verb):
    if verb.dep_ != "relcl" or verb.pos_ not in {"VERB", "AUX"} or verb.i < verb.head.i or verb.head.pos_ not in {"NOUN", "PROPN", "PRON", "NUM"}:
        return False
    b = verb.left_edge.i - 1
    if not (b > verb.head.i - 1 and not verb.doc[b].is_punct): return False
    kids = list(verb.children)
    if any(c.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr", "advmod", "poss"} and (c.tag_ in WH or c.lower_ == "that") for c in kids): return True
    if any(c.dep_ == "mark" for c in kids): return False
    return not any(c.dep_ in {"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "nsubjpass", "auxpass"} for c in kids)
counts = Counter(); examples = {}
files = sorted(Path(sys.argv[1]).glob("*.txt"))
for f in files:
    text = f.read_text(encoding="utf-8")
    document = Document(text=text, path=str(f))
    doc = nlp.make_doc(text); remember_text(doc, text); doc._context = context(document); doc = nlp(doc)
    out = assemble(doc, document)
    heads = {}
    for c in out["claims"]:
        t = doc.char_span(c["trigger"]["start"], c["trigger"]["end"], alignment_mode="expand")
        tok = t.root if t is not None else None
        if tok is None: continue
        heads[tok.i] = c
    counts["claims"] += len(heads)
    for i, c in heads.items():
        tok = doc[i]
        kind = None
        if tok.pos_ not in {"VERB", "AUX"} and tok.dep_ not in PRED:
            kind = "no predicate verb"
        else:
            host = next((a for a in tok.ancestors if a.i in heads), None)
            participle = tok.dep_ in {"relcl", "acl"} or tok.dep_ == "advcl" and tok.tag_ in {"VBG", "VBN"}
            if host is not None and participle and c["event"] is not None and heads[host.i]["event"] == c["event"] \
                    and heads[host.i]["attribution"] == c["attribution"]:
                kind = "clause duplicating host event"
            elif restrictive(tok) and c["event"] is None and host is not None and heads[host.i]["attribution"] == c["attribution"]:
                kind = "restrictive relative clause without event, as a claim beside its host"
            elif tok.dep_ == "relcl" and c["event"] is None and host is not None:
                kind = "(info) other relative clause without event"
            elif host is not None and host.pos_ not in {"VERB", "AUX"} and tok.dep_ in {"acl", "xcomp"} and host.dep_ in {"oprd", "attr"}:
                kind = "(info) verb under a nominal predicate"
        if kind:
            counts[kind] += 1
            examples.setdefault(kind, []).append(f"{f.name}: [{tok.text}/{tok.dep_}] {c['span']['text'][:120]}")
print(json.dumps(counts, indent=1))
if len(sys.argv) > 2:
    Path(sys.argv[2]).write_text(json.dumps(examples, indent=1))
