"""Linking at scale: the time to link K*N stored documents divided by the time for N (goal <= 1.2*K: 12 at 10x).

    python bench/bench_link.py [--docs N] [--scale K] [--repeat R]

The documents are generated stories (bench/generate.py) with their analysis built from what the generator knows
(entities, the event, sources, denials), so the run measures linking alone: copy groups, entity identities, claim
links with blocking on entities and time. Documents are stored and linked N at a time, as a corpus grows; each
store is built from scratch, R times a size, interleaved; the fastest round counts. Also printed: how much longer
linking the last N documents takes than the first N (1.0 would be a per-document cost independent of store size).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import articles  # noqa: E402


def sp(text: str, phrase: str, after: int = 0) -> dict[str, Any]:
    start = text.index(phrase, after)
    return {"start": start, "end": start + len(phrase), "text": phrase}


def analysis(article: dict[str, Any]) -> dict[str, Any]:
    """The analysis an article would get, in the contract's shape: one claim a paragraph, the first one an event."""
    text, facts = article["text"], article["facts"]
    names = [(facts["actor"], "GPE"), (facts["recipient"], "ORG"), (facts["town"], "GPE"), (facts["person"], "PERSON")]
    entities = [{"id": f"e{k}", "name": n, "type": t, "aliases": [],
                 "mentions": [sp(text, n)]} for k, (n, t) in enumerate((n for n in names if n[0] in text), start=1)]
    by_name = {e["name"]: e["id"] for e in entities}
    result: dict[str, Any] = {"document": {"id": article["id"]}, "attributions": [], "claims": [],
                              "entities": entities, "times": [], "events": [], "relations": [], "markers": []}
    offset = 0
    for n, paragraph in enumerate(text.split("\n\n"), start=1):
        start = text.index(paragraph, offset)
        offset = start + len(paragraph)
        span = {"start": start, "end": offset, "text": paragraph}
        attribution, certainty = None, 3
        for cue, kind in (("told", "anonymous"), ("reported", "outlet"), ("denied", "government")):
            if f" {cue} " in paragraph:
                attribution = f"a{len(result['attributions']) + 1}"
                source = paragraph.split(f" {cue} ")[0] if cue != "told" else paragraph.split(", ")[-1].split(
                    f" {cue} ")[0]
                result["attributions"].append({
                    "id": attribution, "source": [sp(text, source, start)] if source else [], "source_kind": kind,
                    "source_count": None, "source_entity": None, "cue": [sp(text, cue, start)],
                    "content": [span], "parent": None, "refers_to": None, "time": None})
                if cue == "denied":
                    certainty = -3
                    result["markers"].append({"kind": "denial", "span": sp(text, cue, start), "about": attribution})
        event = None
        if facts["actor"] in paragraph and facts["recipient"] in paragraph and n == 1 or " denied " in paragraph:
            event = f"v{len(result['events']) + 1}"
            result["events"].append({"id": event, "type": facts["event"], "trigger": span,
                                     "roles": {"actor": facts["actor"], "recipient": facts["recipient"]},
                                     "attribution": attribution, "certainty": {"value": certainty}})
        result["claims"].append({"id": f"c{n}", "span": span, "attribution": attribution,
                                 "certainty": {"value": certainty, "label": "certain" if certainty > 0
                                               else "certain-negative", "cue": []}, "event": event})
    assert all(by_name.values())
    return result


def link_seconds(db: Path, count: int, chunk: int) -> tuple[float, int, float, float]:
    """Store and link `count` documents a chunk at a time, as a growing corpus is: (total linking time, documents
    linked, time for the first chunk, time for the last chunk)."""
    from claimgraph.document import Document
    from claimgraph.link import link_pending
    from claimgraph.store import Store

    generated = articles(count)
    times, linked = [], 0
    with Store.open(db) as store:
        for start in range(0, len(generated), chunk):
            for article in generated[start:start + chunk]:
                document = Document(text=article["text"], id=article["id"], url=article["url"],
                                    outlet=article["outlet"], published=article["published"], title=article["title"])
                store.write(document, analysis(article))
            # CPU time of this process: linking is single-threaded here (SQLite too), and on a shared machine wall
            # time measures the neighbours as much as the code
            started = time.process_time()
            linked += link_pending(store)
            times.append(time.process_time() - started)
    return sum(times), linked, times[0], times[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=500, help="documents at 1x (default 500)")
    parser.add_argument("--scale", type=int, default=10, help="the larger run is this many times bigger")
    parser.add_argument("--repeat", type=int, default=3, help="rounds per size; the fastest counts (shared machines)")
    args = parser.parse_args(argv)
    import claimgraph.link  # noqa: F401  start-up imports are not linking time

    ones, manys = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(args.repeat):  # interleaved, so a busy moment of the machine hits both sizes alike
            ones.append(link_seconds(Path(tmp) / f"one-{r}.db", args.docs, args.docs))
            manys.append(link_seconds(Path(tmp) / f"many-{r}.db", args.docs * args.scale, args.docs))
    one, linked_one, _, _ = min(ones)
    many, linked_many, first, last = min(manys)
    report = {"documents_1x": linked_one, "documents_10x": linked_many, "seconds_1x": one, "seconds_10x": many,
              "docs_per_second_1x": linked_one / one, "docs_per_second_10x": linked_many / many,
              "time_ratio": many / one, "goal": args.scale * 1.2,
              "last_chunk_to_first_chunk": last / first}
    print(f"linking {linked_one} documents: {one:.2f} s CPU; {linked_many} documents: {many:.2f} s CPU")
    print(f"time ratio {args.scale}x / 1x: {report['time_ratio']:.2f} (goal <= {report['goal']:.0f})")
    print(f"linking the last {args.docs} documents into a store of {linked_many - args.docs} took "
          f"{report['last_chunk_to_first_chunk']:.2f} times as long as the first {args.docs} into an empty one")
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
