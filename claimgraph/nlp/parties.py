"""The bodies a text gives a person by a possessive: "X's Unity Party", "X, whose Dawn Alliance won 31 percent"."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .. import lexicon
from .annotations import EntityCluster

# the nouns a party's or a group's name ends in ("Party", "Front", "Alliance"): entity_lexicon membership_body_nouns,
# less those that end firms' and trade bodies' names as often (broad_membership_heads: "Teller Holding Group")
_PARTY_HEADS = lexicon.words("entity_lexicon.yaml", "membership_body_nouns") \
    - lexicon.words("entity_lexicon.yaml", "broad_membership_heads")
_SAXON = {"'s", "’s"}


@dataclass(frozen=True)
class PersonsParty:
    """A person given a party by a possessive, the party, and the words that give it."""

    person: int
    party: int
    words: Span


def party_like(cluster: EntityCluster) -> bool:
    """A political party, or a body of no other known kind whose name ends in a party's noun ("X, whose Teller
    Foundation funds the mine" and "X's Teller Holding Group" give X no party)."""
    if cluster.type != "ORG":
        return False
    if cluster.category == "political_party":
        return True
    return cluster.category is None and bool(cluster.name) and cluster.name.split()[-1].lower() in _PARTY_HEADS


def parties_by_possessive(doc: Doc, clusters: list[EntityCluster]) -> list[PersonsParty]:
    """Each party a person's possessive before its name gives them ("President X's Unity Party"), or "whose" after
    the person's name and a comma ("X, whose Dawn Alliance received 31 percent"; the parser may read "whose" as an
    object, so the words' order says it). PolNeAR train: 3 "<Name>'s <...> Party", all a place's, so a weak count."""
    persons: dict[int, list[tuple[int, Span]]] = {}
    for k, c in enumerate(clusters):
        if c.type == "PERSON":
            for m in c.mentions:
                for i in range(m.start, m.end):
                    persons.setdefault(i, []).append((k, m))
    found = []
    for party, cluster in enumerate(clusters):
        if not party_like(cluster):
            continue
        for m in cluster.mentions:
            at = m.start + 1 if doc[m.start].lower_ == "the" else m.start
            if at >= 2 and doc[at - 1].text in _SAXON and at - 2 in persons:
                start = doc[at - 2].left_edge.i
                owners = persons[at - 2]
            elif at >= 3 and doc[at - 1].lower_ == "whose" and doc[at - 2].text == "," and at - 3 in persons:
                owners = persons[at - 3]
                start = min(mention.start for _, mention in owners)
            else:
                continue
            for person, _ in owners:
                found.append(PersonsParty(person, party, doc[min(start, m.start):m.end]))
    return found
