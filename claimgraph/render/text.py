"""The `--format text` view for people: each claim, its chain of sources, its certainty and the words behind it."""
from __future__ import annotations

import re
import textwrap
from typing import Any

from .. import chains

NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}
COUNT_WORDS = {"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both"}
WIDTH = 100
# chains of sources are a few levels deep; a walk up a longer one (a pathological document) stops here, so the view
# costs time in proportion to the attributions, not their square
MAX_DEPTH = 16

# C0 and C1 control characters but tab and newline, DEL, and the bidirectional overrides: an article's text must
# never recolour, retitle or reorder the reader's terminal
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """The text with every control character shown as an escape (\\x1b), never sent to the terminal as is."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def render_document(result: dict[str, Any]) -> str:
    return printable(render(result))


def render(result: dict[str, Any]) -> str:
    doc = result["document"]
    title = doc.get("title") or doc.get("path") or doc.get("id")
    meta = ", ".join(x for x in (doc.get("outlet"), doc.get("published")) if x)
    lines = [f"== {title}" + (f" ({meta})" if meta else "")]
    if "error" in result:
        return "\n".join(lines + [f"   error: {result['error']}", ""])
    lines += [f"   warning: {w}" for w in result.get("warnings", [])]
    attributions = {a["id"]: a for a in result["attributions"]}
    claims_by_attribution: dict[str | None, list[dict]] = {}
    for claim in result["claims"]:
        claims_by_attribution.setdefault(claim["attribution"], []).append(claim)
    carried = carried_by_nested(result["attributions"], claims_by_attribution)
    homes = note_homes(result["attributions"], attributions, carried)
    for attribution in result["attributions"]:
        if attribution["id"] in carried:
            continue  # shown with the nested attribution that carries its content
        lines.append("")
        lines += wrap(f"“{' … '.join(unquoted(s['text']) for s in attribution['content'])}”")
        lines += wrap("chain: " + chain(attribution, attributions), indent="   ")
        for noted in homes.get(attribution["id"], []):
            lines += note_lines(noted, attribution, attributions)
        back = (attribution.get("evidence") or {}).get("content_refers_back")
        if back:  # 'rejected that account': which report the words point back at
            named = f" (= {back['source_named']})" if back.get("source_named") else ""
            lines += wrap(f"points back to: {back['source'] or 'unnamed source'}{named} "
                          f"({back['cue']}) “{back['content']}”", indent="   ")
        claims = claims_by_attribution.get(attribution["id"], [])
        if claims:
            lines += wrap("certainty: " + certainty_line(claims), indent="   ")
    with_roles = {ev["id"] for ev in result["events"] if any(ev["roles"].get(r) for r in ("actor", "recipient"))}
    own = [c for c in claims_by_attribution.get(None, [])
           if c["certainty"]["value"] != 3 or c.get("event") in with_roles]
    if own:
        lines += ["", "In the article's own voice:"]
        for claim in own:
            lines += wrap(f"- {claim['span']['text']}  [{certainty_of(claim)}]", indent="  ")
    lines += summary(result, attributions)
    return "\n".join(lines) + "\n"


# a content that is a whole quotation, with the comma or stop set inside its closing mark
_WHOLE_QUOTATION = re.compile(r'^["“](?P<words>[^"“”]+?)[,.]?["”]$')


def unquoted(content: str) -> str:
    """A content's words as the view quotes them: a whole quotation ('"We had to act,"') without its own marks and
    the comma before its close, so that it is not quoted twice; a content quoting only some of its words keeps them."""
    match = _WHOLE_QUOTATION.match(content.strip())
    return match.group("words") if match else content


def carried_by_nested(attributions: list[dict], claims: dict[str | None, list[dict]] | None = None) -> set[str]:
    """Attributions whose content holds another attribution's cue further down the same chain: 'CNN reported,
    citing two people, that the US has intelligence that X' is shown once, as X with the whole chain. One with a
    claim of its own beside the nested one ('two diplomats said the blockade was aimed at Tesmark, which Ardovia has
    accused of C') is shown too: what it says is more than the nested attribution carries. An outlet's report whose
    content is the very content of the sources it cites ('X reported, citing two officials, that C') is shown once,
    as C with the chain through the sources."""
    def inside(span: dict, content: list[dict]) -> bool:
        return any(c["start"] <= span["start"] and span["end"] <= c["end"] for c in content)

    def words(content: list[dict]) -> list[tuple[int, int]]:
        return [(c["start"], c["end"]) for c in content]

    by_id = {a["id"]: a for a in attributions}
    carried: set[str] = set()
    for inner in attributions:
        if not inner["cue"]:
            continue
        for node in chains.walk(by_id, inner["parent"], limit=MAX_DEPTH):
            if node["id"] == inner["id"]:
                break
            # 'Reuters reported, citing three people, that C': the outlet and the sources it cites say the same C,
            # shown once with the whole chain
            same = bool(node["content"]) and words(node["content"]) == words(inner["content"])
            if (same or inside(inner["cue"][0], node["content"])) and not (claims or {}).get(node["id"]):
                carried.add(node["id"])
    return carried


def note_homes(ordered: list[dict], attributions: dict[str, dict], carried: set[str]) -> dict[str, list[dict]]:
    """The block each attribution's notes (a denial, the outlet's 'could not independently verify') are shown in:
    its own, or, for one shown only through a nested attribution ('the Courier reported, citing officials, that C'),
    the first block whose chain passes through it. Block id -> the attributions whose notes it shows."""
    homes: dict[str, list[dict]] = {}
    for noted in ordered:
        if not noted.get("notes"):
            continue
        home = noted["id"] if noted["id"] not in carried else next(
            (a["id"] for a in ordered if a["id"] not in carried and any(
                node["id"] == noted["id"] for node in chains.walk(attributions, a["id"], limit=MAX_DEPTH))), None)
        if home is not None:
            homes.setdefault(home, []).append(noted)
    return homes


def note_lines(noted: dict, block: dict, attributions: dict[str, dict]) -> list[str]:
    """'denial: “denied”', 'unverified: “Northwire could not independently verify” (about the Baltic Courier
    (reported))': each note with the words that make it, and the link of the chain it is about when that is not the
    block's innermost source."""
    about = "" if noted["id"] == block["id"] else f" (about {link(noted, attributions)})"
    return [line for note in noted["notes"]
            for line in wrap(f"{note['kind']}: “{note['span']['text']}”{about}", indent="   ")]


def wrap(text: str, indent: str = "") -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=indent + "  ") or [indent]


def chain(attribution: dict, attributions: dict[str, dict]) -> str:
    """'this article <- CNN (reported, 2023-11-02) <- two anonymous people familiar with the intelligence'."""
    links = [link(node, attributions) for node in chains.walk(attributions, attribution["id"], limit=MAX_DEPTH)]
    return " <- ".join(["this article", *reversed(links)])


def link(attribution: dict, attributions: dict[str, dict]) -> str:
    source = " ".join(s["text"] for s in attribution["source"]) or "unnamed source"
    if attribution["source_kind"] == "anonymous":
        source = anonymous(source)
    referent = chains.referent(attributions, attribution)
    if referent is not None:
        source += f" (= {' '.join(s['text'] for s in referent['source'])})"
    cue = " ".join(s["text"] for s in attribution["cue"])
    when = attribution.get("time_value")
    details = ", ".join(x for x in (cue if cue.lower() not in {"citing", "according to"} else None, when) if x)
    return f"{source} ({details})" if details else source


def anonymous(source: str) -> str:
    """'two people familiar with it' -> 'two anonymous people familiar with it'."""
    words = source.split()
    partitive = len(words) > 1 and words[1].lower() == "of"  # "one of the sources" is already about them
    if words and words[0].lower() in COUNT_WORDS and not partitive and "anonymous" not in source.lower():
        first = "an" if words[0].lower() == "a" else words[0]
        return " ".join([first, "anonymous", *words[1:]])
    return source


def certainty_of(claim: dict) -> str:
    c = claim["certainty"]
    cue = " / ".join(x["text"] for x in c["cue"])
    return f"{claim['trigger']['text']}: {c['label']} ({c['value']:+d})" + (f" because of “{cue}”" if cue else "")


def certainty_line(claims: list[dict]) -> str:
    return "; ".join(certainty_of(c) for c in claims)


def summary(result: dict, attributions: dict[str, dict]) -> list[str]:
    """The entities, events and markers of a result; `attributions` by id, to name what a marker is about."""
    lines = []
    if result["entities"]:
        lines += ["", "Entities:"]
        for e in result["entities"]:
            aliases = f" (also: {', '.join(e['aliases'])})" if e["aliases"] else ""
            lines.append(f"  {e['name']} [{e['type']}]{aliases}: {len(e['mentions'])} mentions")
    if result["events"]:
        lines += ["", "Events:"]
        for ev in result["events"]:
            times = {t["id"]: t["value"] or t["text"] for t in result["times"]}
            # the contract repeats a hostile act's target as its recipient; the view names that party once
            copied = "recipient" not in ev.get("role_mentions", {}) and ev["roles"].get("recipient") is not None \
                and ev["roles"].get("recipient") == ev["roles"].get("target")
            roles = ", ".join(f"{k}={times.get(v, v) if k == 'time' else v}" for k, v in ev["roles"].items()
                              if v and not (copied and k == "recipient"))
            mode = f"/{ev['mode']}" if ev.get("mode") else ""
            lines.append(f"  {ev['type']}{mode} “{ev['trigger']['text']}” {roles} [{ev['certainty']['label']}]")
    if result["markers"]:
        lines += ["", "Markers:"]
        for m in result["markers"]:
            # an attribution named as the chains name it (its id is shown nowhere), an entity by its name
            about = m.get("about")
            about = link(attributions[about], attributions) if about in attributions else about
            about = f" (about {about})" if about else ""
            lines.append(f"  {m['kind']}: “{m['span']['text']}”{about}")
    return lines
