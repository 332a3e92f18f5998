"""Export the linked claims: Parquet (one row a claim, mentions nested), JSON-LD, or GraphML for graph tools."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

FORMATS = ("parquet", "jsonld", "graphml")


def check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")


def write_claims(claims: list[dict[str, Any]], fmt: str, out: str | Path) -> int:
    """Write the linked claims to `out` in one of FORMATS; returns how many claims were written."""
    check_format(fmt)
    {"parquet": write_parquet, "jsonld": write_jsonld, "graphml": write_graphml}[fmt](claims, Path(out))
    return len(claims)


def write_parquet(claims: list[dict[str, Any]], out: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    mention = pa.struct([("document", pa.string()), ("outlet", pa.string()), ("published", pa.string()),
                         ("start", pa.int64()), ("end", pa.int64()), ("text", pa.string()),
                         ("attribution_chain", pa.list_(pa.string())), ("certainty", pa.int64()),
                         ("origin", pa.string()), ("negative", pa.bool_())])
    schema = pa.schema([
        ("id", pa.string()), ("text", pa.string()), ("event_type", pa.string()), ("event_roles_json", pa.string()),
        ("certainty", pa.int64()), ("certainty_label", pa.string()), ("articles", pa.int64()),
        ("outlets", pa.list_(pa.string())), ("origins", pa.list_(pa.string())), ("independent_origins", pa.int64()),
        ("first_reported_document", pa.string()), ("first_reported_outlet", pa.string()),
        ("first_reported_published", pa.string()), ("single_sourced", pa.bool_()), ("contradicted", pa.bool_()),
        ("mentions", pa.list_(mention))])
    rows = [{
        "id": c["id"], "text": c["text"], "event_type": (c["event"] or {}).get("type"),
        "event_roles_json": json.dumps((c["event"] or {}).get("roles", {}), ensure_ascii=False),
        "certainty": (c["certainty"] or {}).get("value"), "certainty_label": (c["certainty"] or {}).get("label"),
        "articles": c["articles"], "outlets": c["outlets"], "origins": c["origins"],
        "independent_origins": c["independent_origins"],
        **{f"first_reported_{k}": (c["first_reported"] or {}).get(k) for k in ("document", "outlet", "published")},
        "single_sourced": c["single_sourced"], "contradicted": c["contradicted"],
        "mentions": [{"document": m["document"], "outlet": m["outlet"], "published": m["published"],
                      "start": m["span"]["start"], "end": m["span"]["end"], "text": m["span"]["text"],
                      "attribution_chain": m["attribution_chain"], "certainty": m["certainty"]["value"],
                      "origin": m["origin"], "negative": m["negative"]} for m in c["mentions"]],
    } for c in claims]
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), str(out))


def polarity(claim: dict[str, Any]) -> bool:
    """Whether the claim, as first reported, is a negative one; mentions of the other polarity contradict it."""
    return claim["mentions"][0]["negative"] if claim["mentions"] else False


def write_jsonld(claims: list[dict[str, Any]], out: Path) -> None:
    """schema.org Claim nodes: each appearance a NewsArticle with its publisher, origins as authors."""
    graph = []
    for c in claims:
        graph.append({
            "@id": f"#claim-{c['id']}", "@type": "Claim", "text": c["text"],
            "author": [{"@type": "Thing", "name": o} for o in c["origins"]],
            "firstAppearance": ({"@type": "NewsArticle", "identifier": c["first_reported"]["document"],
                                 "publisher": {"@type": "Organization", "name": c["first_reported"]["outlet"]},
                                 "datePublished": c["first_reported"]["published"]} if c["first_reported"] else None),
            "appearance": [{"@type": "NewsArticle", "identifier": m["document"],
                            "publisher": {"@type": "Organization", "name": m["outlet"]},
                            "datePublished": m["published"], "text": m["span"]["text"]}
                           for m in c["mentions"] if m["negative"] == polarity(c)],
            "cg:contradictedBy": [{"@type": "NewsArticle", "identifier": x["document"],
                                   "publisher": {"@type": "Organization", "name": x["outlet"]},
                                   "datePublished": x["published"], "text": x["span"]["text"]}
                                  for x in c["contradictions"]],
            "about": [{"@type": "Thing", "name": n} for n in ((c["event"] or {}).get("roles") or {}).values() if n],
            "cg:independentOrigins": c["independent_origins"], "cg:singleSourced": c["single_sourced"],
            "cg:contradicted": c["contradicted"],
            "cg:certainty": (c["certainty"] or {}).get("value"),
        })
    document = {"@context": {"@vocab": "https://schema.org/", "cg": "https://claimgraph.invalid/terms#"},
                "@graph": graph}
    out.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")


def write_graphml(claims: list[dict[str, Any]], out: Path) -> None:
    """Nodes: claims, articles, outlets, origins; edges: reports, contradicts, published_by, originates."""
    ns = "http://graphml.graphdrawing.org/xmlns"
    root = ET.Element("graphml", xmlns=ns)
    for key, target, name, kind in [("kind", "node", "kind", "string"), ("label", "node", "label", "string"),
                                    ("origins", "node", "independent_origins", "int"),
                                    ("relation", "edge", "relation", "string")]:
        ET.SubElement(root, "key", {"id": key, "for": target, "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, "graph", id="claims", edgedefault="directed")
    nodes: set[str] = set()
    edges: set[tuple[str, str, str]] = set()

    def node(node_id: str, kind: str, label: str, **extra: Any) -> str:
        if node_id not in nodes:
            nodes.add(node_id)
            element = ET.SubElement(graph, "node", id=node_id)
            ET.SubElement(element, "data", key="kind").text = kind
            ET.SubElement(element, "data", key="label").text = label
            for key, value in extra.items():
                ET.SubElement(element, "data", key=key).text = str(value)
        return node_id

    def edge(source: str, target: str, relation: str) -> None:
        if (source, target, relation) in edges:
            return
        edges.add((source, target, relation))
        element = ET.SubElement(graph, "edge", source=source, target=target)
        ET.SubElement(element, "data", key="relation").text = relation

    for c in claims:
        claim = node(f"claim:{c['id']}", "claim", c["text"], origins=c["independent_origins"])
        for origin in c["origins"]:
            edge(node(f"origin:{origin}", "origin", origin), claim, "originates")
        for m in c["mentions"]:
            article = node(f"article:{m['document']}", "article", m["document"])
            if m["outlet"]:
                edge(article, node(f"outlet:{m['outlet']}", "outlet", m["outlet"]), "published_by")
            edge(article, claim, "contradicts" if m["negative"] != polarity(c) else "reports")
    ET.ElementTree(root).write(str(out), encoding="utf-8", xml_declaration=True)
