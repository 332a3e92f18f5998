"""Counts the fragment claims the analysis makes over a folder of texts (run on PolNeAR dev).

    python scripts/count_fragment_claims.py TEXT_DIR [EXAMPLES.json]

A fragment claim is a claim whose head is no predicate (a noun or adjective that is not the predicate of a copula or
small clause, nor a sentence's root), a relative or participle clause telling its host claim's event again, or a
restrictive relative clause with no event standing as a claim beside the claim it hangs in, an infinitive after its
verb's object or a participle clause with no event of its own standing beside its host, a free relative of naming
('in what it called X') as a claim, or a claim opening on the subordinator of a clause taken as true ('since ...').
Lines marked (info) are
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
# the shapes below are read from the parse alone, so that the script counts them alike on any version of the analysis
SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
NAMING = {"call", "name", "dub", "style", "title", "know", "track", "refer", "designate", "label", "term",
          "nickname", "brand", "describe"}
PRESUPPOSING = {"since", "because", "as", "while", "whilst", "when", "whenever", "after", "once", "although",
                "though", "whereas"}


def object_infinitive(token: Token) -> bool:
    """An infinitive after its verb's object ('allow the port to become', 'forced the mill to shut')."""
    verb = token.head
    if token.dep_ not in {"xcomp", "ccomp"} or token.tag_ != "VB" or verb.pos_ not in {"VERB", "AUX"}:
        return False
    kids = list(token.children)
    if any(c.dep_ == "mark" or c.dep_ == "aux" and c.tag_ == "MD" for c in kids):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) and verb.lemma_.lower() not in \
            {"let", "make", "help", "have", "see", "hear", "watch"}:
        return False
    if token.dep_ == "ccomp":
        return any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < token.i for c in kids)
    return any(c.dep_ in {"dobj", "dative"} and c.i < token.i for c in verb.children)


def participle_clause(token: Token) -> bool:
    """A participle clause with no subject on a verb ('..., sinking two trawlers'), or one joined to such a clause."""
    def adverbial(t: Token) -> bool:
        return t.dep_ == "advcl" and t.tag_ in {"VBG", "VBN"} and not any(
            c.dep_ in SUBJECTS | {"mark"} for c in t.children)
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return adverbial(token) or first is not token and token.tag_ == first.tag_ and adverbial(first)


def free_relative_of_naming(token: Token) -> bool:
    """'in what it called "a provocation"': the naming verb, or the name it gives."""
    verb = token if token.pos_ == "VERB" else token.head
    return verb.lemma_.lower() in NAMING and verb.dep_ in {"pcomp", "pobj", "appos"} and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lower_ == "what" for c in verb.children)


def fragment_kind(token: Token, claim: dict[str, Any], heads: dict[int, dict[str, Any]]) -> str | None:
    """The shape of fragment (or, marked "(info)", of comparison) a claim headed at `token` has, or None."""
    if token.pos_ not in {"VERB", "AUX"} and token.dep_ not in PREDICATE_DEPS:
        return "no predicate verb"
    words = claim["span"]["text"].split()
    if words and words[0].lower() in PRESUPPOSING and token.dep_ == "advcl":
        return "claim opening on a subordinator of a clause taken as true"
    host = next((a for a in token.ancestors if a.i in heads), None)
    if host is None:
        return None
    same_voice = heads[host.i]["attribution"] == claim["attribution"]
    if free_relative_of_naming(token) and same_voice:
        return "free relative of naming ('in what it called X') as a claim beside its host"
    if object_infinitive(token) and claim["event"] is None and same_voice and host.i == token.head.i:
        return "infinitive after its verb's object, without event, as a claim beside its host"
    if participle_clause(token) and claim["event"] is None and same_voice:
        return "participle clause without subject or event, as a claim beside its host"
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
