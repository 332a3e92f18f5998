"""Counts, in a PolNeAR folder, the attribution constructions the rules treat, and how PolNeAR annotates them.

    python scripts/count_constructions.py TRAIN_DIR

Text-level patterns (no parse), so the figures are an estimate of how common each construction is; for each it prints
how many matches there are, how many have a gold cue on the pattern's verb, and how many a gold source on the
pattern's source words; then how many gold contents have each shape of CONTENT_SHAPES, of all gold contents. Prints
one JSON object. Run on train only.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

# each pattern's group 1 is the cue word, group 2 (when there is one) the source's words
PATTERNS = {
    # "C, the Harbour Gazette reported": a source after its content, often parsed as an apposition
    "source after content": r"[,”\"]\s+((?:the|a|an)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+(reported|said|wrote|told)\b",
    # ", which has warned that": a relative pronoun in the source slot
    "relative pronoun source": r",\s+(who|which|that)\s+(?:has\s+|had\s+|have\s+)?(said|warned|claimed|argued|told|"
                               r"reported|says|added|noted|insisted)\b",
    # "the third official": an ordinal picking one out of a group named before
    "ordinal back-reference": r"\b[Tt]he\s+((?:first|second|third|fourth|fifth|other)\s+(?:official|source|person|aide|"
                              r"diplomat|officer))\s+(said|told|added)\b",
    # "one of them said"
    "partitive pronoun": r"\b((?:[Oo]ne|[Tt]wo|[Ss]ome|[Bb]oth|[Mm]any)\s+of\s+(?:them|those))\s+(said|told|added|say)\b",
    # '"...," one of the officials said': a source after a closing quote
    "speaker after quote": r"[,?!][”\"]\s+((?:[a-z][\w-]*\s+){0,4}[\w-]+)\s+(said|says|added|told)\b",
    # "X said: 'C'": a quote introduced by a colon, possibly in the next paragraph
    "colon-introduced quote": r"\b()(said|says|told|wrote|added|explained|stated)[^.\n]{0,40}:\s*\n*\s*[“\"]",
    # "X denied that C, calling it Y": a participial adjunct after the content
    "denial with participle": r"\b()(denied|rejected|dismissed)\b[^.]{0,200},\s+(?:calling|saying|describing)\b",
    # "X was said to", "is understood to": passive raising verbs, no agent
    "passive raising": r"\b()(?:is|are|was|were|been|be|being)\s+(said|thought|believed|understood|reported|expected|"
                       r"known|alleged|rumou?red|considered|claimed)\s+to\b",
    # "it is thought that", "it was learned that"
    "impersonal it": r"\b([Ii]t)\s+(?:is|was|has been|had been)\s+(?:not\s+)?(said|thought|believed|understood|reported|"
                     r"expected|known|alleged|learned|learnt|claimed|feared)\s+(?:that|whether)\b",
    # "C, the Review has learned", "C, an investigation by the Review has found": a perfect report after its content,
    # the speaker the verb's subject
    "perfect report after content": r",\s+((?:the|a|an)\s+[^,.;\n]{1,60}?)\s+(?:has|have)\s+(learned|learnt|found|"
                                    r"established|confirmed|reported)[.,]",
    # "put the death toll at 22": an estimate
    "estimate": r"\b()(put|puts|putting|estimated|estimates|estimate|placed|places)\s+(?:the|its|their|his|her)\s+"
                r"(?:[\w-]+\s+){0,3}?at\s+(?:about\s+|around\s+|more than\s+|least\s+|\$)?[\d,.]+",
    # "said in an interview with a radio station that C": what was said hung on the noun of a chain of occasions
    "occasion chain": r"\b(said|says|told\s+\w+|stated|added)\s+(?:in|at|during|on)\s+(?:a|an|the|his|her|their)\s+"
                      r"[^.,;:\"“”\n]{1,50}?\s+(?:with|to|in|at|on|of|for|before)\s+[^.,;:\"“”\n]{1,50}?\s+that\b",
    # "an official, who asked not to be named, said": the terms a source speaks on
    "terms of speaking": r"\b(?:who|and)\s+(asked|requested|spoke|speaking)\s+(?:not\s+to\s+be\s+(?:named|identified)|"
                         r"on\s+(?:the\s+)?condition)",
    # "the drills, which it calls a provocation", "what officials call a no-go zone": a clause of naming
    "naming relative": r"\b(?:which|what)\s+(?:[\w-]+\s+){1,3}(calls?|called|dubs?|dubbed|terms?|termed|describes?|"
                       r"described)\s+(?:as\s+)?[“\"]?\w",
    # "gave no timetable": information withheld
    "withheld information": r"\b(gave|give|gives|giving|offered|offer|provided|provide)\s+no\s+(?:further\s+|other\s+|"
                            r"specific\s+|immediate\s+)?(?:details?|timetable|timeline|information|explanation|"
                            r"figures?|reasons?|date|indication|evidence|proof|breakdown|estimate)\b",
    # "accepted the award": a verb of receiving with a distinction
    "receiving a distinction": r"\b(accepted|accepts|received|receives|won|wins|claimed)\s+(?:the|an?|his|her|their)\s+"
                               r"(?:award|prize|medal|trophy|honou?r|nomination|title)\b",
    # "her aides are not convinced that C", "X remains confident that C": a stance adjective with a clausal complement
    "stance adjective": r"\b()(?:is|are|was|were|am|be|been|being|remains?|remained|seems?|seemed|appears?|appeared|"
                        r"'s|'re|’s|’re)\s+(?:(?:not|very|so|quite|fully|less|more|increasingly|now|still|all|also|"
                        r"too|absolutely|deeply|entirely|completely)\s+)*(confident|convinced|unconvinced|sure|certain|"
                        r"hopeful|optimistic|pessimistic|adamant|skeptical|sceptical|doubtful|positive)\s+that\b",
    # "wrote on Facebook that C": a preposition after the verb that begins where it was said
    "wrote on": r"\b()(wrote\s+on)\b",
    # "Court documents show that C", "records show": a document or record for source, a verb of showing for cue
    "document shows": r"\b((?:[A-Z]?[a-z]+\s+)?(?:documents|records|data|emails|filings|results|polls?|surveys?|"
                      r"images|footage|figures|studies|study|reports?))\s+(show|shows|showed|indicate|indicates|"
                      r"indicated|reveal|reveals|revealed)\b",
    # "Vessak supporters said", "Dorlan backers say": a name before a plural noun of people, a group none of whom is
    # named
    "named group": r"\b((?:[A-Z][\w'-]+\s+){1,3}(?:supporters|voters|farmers|workers|residents|fans|backers|allies|"
                   r"critics|members|leaders|activists|donors|lawmakers|legislators|officials|aides|staffers|"
                   r"delegates|students|employees|executives|analysts|experts|advocates|opponents|loyalists|"
                   r"strategists|operatives|insiders|sources))\s+(said|say|says|told|argue|argued|believe|"
                   r"believed|think|thought|warned|claimed)\b",
    # "X was breached by Y, a group tied to Z, the Wire reported": a reported clause ending in an apposition, then
    # the speaker and the verb
    "speaker after an apposition": r",\s+(?:a|an|the)\s+[a-z][^,.;\"“”\n]{1,60},\s+((?:the\s+)?[A-Z][\w-]*"
                                   r"(?:\s+[A-Z][\w-]*)*)\s+(reported|said|wrote|told|added)\b",
}
PATTERN_GROUPS = {"source after content": (2, 1), "relative pronoun source": (2, 1), "ordinal back-reference": (2, 1),
                  "partitive pronoun": (2, 1), "speaker after quote": (2, 1), "colon-introduced quote": (2, None),
                  "denial with participle": (2, None), "passive raising": (2, None), "impersonal it": (2, 1), "estimate": (2, None),
                  "perfect report after content": (2, 1), "occasion chain": (1, None), "terms of speaking": (1, None),
                  "naming relative": (1, None), "withheld information": (1, None),
                  "receiving a distinction": (1, None), "stance adjective": (2, None), "wrote on": (2, None),
                  "document shows": (2, 1), "named group": (2, 1), "speaker after an apposition": (2, 1)}

# shapes of the gold contents themselves: how many contents are of each shape, of all gold contents
CONTENT_SHAPES = {
    # "said the negotiations", "denied the allegations": a definite noun phrase with no verb in it (a text-level
    # estimate: a determiner or possessive, then up to six words, none a form of be, have, do or a modal and none
    # ending in -ed or -ing)
    "definite noun phrase": r"(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)"
                            r"(?:\s+(?!(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|"
                            r"should|may|might|must|that)\b)[\w'’-]+(?<!ed)(?<!ing)){1,6}",
}


def spans(ann: str, label: str) -> list[tuple[int, int]]:
    out = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2 and parts[1].startswith(label + " "):
            for piece in parts[1][len(label) + 1:].split(";"):
                a, b = piece.split()
                out.append((int(a), int(b)))
    return out


def overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in others)


def main(folder: Path) -> dict:
    found, cued, sourced, shaped = Counter(), Counter(), Counter(), Counter()
    for text_path in sorted((folder / "text").glob("*.txt")):
        text = text_path.read_text(encoding="utf-8")
        anns = [p.read_text(encoding="utf-8") for p in (folder / "attributions").glob(text_path.stem + "_*.ann")]
        if not anns:
            continue
        cues = [s for a in anns for s in spans(a, "Cue")]
        sources = [s for a in anns for s in spans(a, "Source")]
        for name, pattern in PATTERNS.items():
            cue_group, source_group = PATTERN_GROUPS[name]
            for m in re.finditer(pattern, text):
                found[name] += 1
                cued[name] += overlaps(m.span(cue_group), cues)
                if source_group is not None and m.group(source_group):
                    sourced[name] += overlaps(m.span(source_group), sources)
        for a, b in (s for a in anns for s in spans(a, "Content")):
            shaped["all gold contents"] += 1
            for name, pattern in CONTENT_SHAPES.items():
                shaped[name] += re.fullmatch(pattern, text[a:b].strip(" .,;:\"“”")) is not None
    counts = {name: {"matches": found[name], "gold cue on the verb": cued[name],
                     "gold source on the source words": sourced[name] if PATTERN_GROUPS[name][1] else None}
              for name in PATTERNS}
    counts["gold contents"] = dict(shaped)
    return counts


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    print(json.dumps(main(Path(sys.argv[1])), indent=1))
