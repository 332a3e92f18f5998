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
from collections import Counter
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from claimgraph.analysis import assemble, context
from claimgraph.document import Document
from claimgraph.nlp.claims import restrictive_relative
from claimgraph.nlp.pipeline import load_pipeline
from claimgraph.nlp.table import remember_text

# the dependencies a predicate noun or adjective heads a claim by (a copula's or small clause's, or the root)
PREDICATE_DEPS = {"acomp", "attr", "oprd", "xcomp", "ccomp", "ROOT"}


def fragment_kind(token: Token, claim: dict[str, Any], heads: dict[int, dict[str, Any]]) -> str | None:
    """The shape of fragment (or, marked "(info)", of comparison) a claim headed at `token` has, or None."""
    if token.pos_ not in {"VERB", "AUX"} and token.dep_ not in PREDICATE_DEPS:
        return "no predicate verb"
    host = next((a for a in token.ancestors if a.i in heads), None)
    if host is None:
        return None
    same_voice = heads[host.i]["attribution"] == claim["attribution"]
    participle = token.dep_ in {"relcl", "acl"} or token.dep_ == "advcl" and token.tag_ in {"VBG", "VBN"}
    if participle and claim["event"] is not None and heads[host.i]["event"] == claim["event"] and same_voice:
        return "clause duplicating host event"
    if restrictive_relative(token) and claim["event"] is None and same_voice:
        return "restrictive relative clause without event, as a claim beside its host"
    if token.dep_ == "relcl" and claim["event"] is None:
        return "(info) other relative clause without event"
    if host.pos_ not in {"VERB", "AUX"} and token.dep_ in {"acl", "xcomp"} and host.dep_ in {"oprd", "attr"}:
        return "(info) verb under a nominal predicate"
    return None


def main(folder: Path, examples_path: Path | None) -> None:
    nlp = load_pipeline()
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        document = Document(text=text, path=str(path))
        doc = nlp.make_doc(text)
        remember_text(doc, text)
        doc._context = context(document)
        doc = nlp(doc)
        heads = {}
        for claim in assemble(doc, document)["claims"]:
            trigger = doc.char_span(claim["trigger"]["start"], claim["trigger"]["end"], alignment_mode="expand")
            if trigger is not None:
                heads[trigger.root.i] = claim
        counts["claims"] += len(heads)
        for i, claim in heads.items():
            kind = fragment_kind(doc[i], claim, heads)
            if kind:
                counts[kind] += 1
                examples.setdefault(kind, []).append(
                    f"{path.name}: [{doc[i].text}/{doc[i].dep_}] {claim['span']['text'][:120]}")
    print(json.dumps(counts, indent=1))
    if examples_path is not None:
        examples_path.write_text(json.dumps(examples, indent=1))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)
