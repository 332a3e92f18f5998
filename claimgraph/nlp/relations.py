"""Relations between entities stated in the text: who leads what ("Wagner leader X"), and alias statements."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import lexicon
from ..gazetteer import load_gazetteer
from .aliases import alias_cues, find_alias_statements
from .annotations import EntityCluster, RelationRecord, entity_index, register_extensions, story_start_token

_MAX_TITLE_MODIFIERS = 2  # "Hamas political bureau chief": words between the organisation and the title


@Language.factory("claimgraph_relations")
def make_relations(nlp: Language, name: str) -> "RelationExtractor":
    return RelationExtractor()


class RelationExtractor:
    """Writes doc._.cg_relations: leader_of from title constructions, alias from renaming statements."""

    def __init__(self) -> None:
        register_extensions()
        titles = lexicon.load("titles.yaml")["leader_titles"]
        self.titles = sorted((tuple(t.lower().split()) for t in titles), key=len, reverse=True)
        self.title_starts = {t[0] for t in self.titles}
        self.gazetteer = load_gazetteer()
        self.cues = alias_cues()

    def __call__(self, doc: Doc) -> Doc:
        clusters: list[EntityCluster] = doc._.cg_entities or []
        relations: list[RelationRecord] = []
        if clusters:
            mentions = _mentions_by_start(clusters)
            relations += self._leaders(doc, clusters, mentions)
            relations += self._aliases(doc, clusters, mentions)
        seen: set[tuple[str, str, str]] = set()
        doc._.cg_relations = []
        for r in relations:
            if (r.type, r.subject, r.object) not in seen:
                seen.add((r.type, r.subject, r.object))
                doc._.cg_relations.append(r)
        return doc

    # ----- leader_of ----------------------------------------------------------------------------------------------

    def _title_at(self, doc: Doc, i: int) -> int | None:
        """End of a leader title starting at token i ("prime minister" -> i + 2)."""
        if i >= len(doc) or doc[i].lower_ not in self.title_starts:
            return None
        for title in self.titles:
            if tuple(t.lower_ for t in doc[i:i + len(title)]) == title:
                return i + len(title)
        return None

    def _leaders(self, doc: Doc, clusters, mentions) -> list[RelationRecord]:
        found = []
        first = story_start_token(doc)
        for i in range(first, len(doc)):
            found += self._leader_before_name(doc, i, clusters, mentions)
            found += self._leader_after_name(doc, i, clusters, mentions)
        return found

    def _leader_before_name(self, doc: Doc, i: int, clusters, mentions) -> list[RelationRecord]:
        """ "Wagner leader X", "Syrian President X", "Hezbollah's leader, X", "the head of Hamas, X"."""
        org = mentions.get(i)
        org_name, org_end = (clusters[org[0]].name, org[1]) if org and clusters[org[0]].type != "PERSON" \
            else (None, None)
        if org_name is None and doc[i].is_title:
            state = self.gazetteer.state_of_demonym.get(doc[i].lower_)
            org_name, org_end = (state.name, i + 1) if state else (None, None)
        if org_name is None:
            return self._title_of_org_then_name(doc, i, clusters, mentions)
        j = org_end
        if j < len(doc) and doc[j].text in {"'s", "’s", "'", "’"}:
            j += 1
        for skip in range(_MAX_TITLE_MODIFIERS + 1):
            if skip and (j + skip - 1 >= len(doc) or doc[j + skip - 1].pos_ not in {"ADJ", "NOUN"}
                         or doc[j + skip - 1].is_title):
                break
            end = self._title_at(doc, j + skip)
            if end is None:
                continue
            if end < len(doc) and doc[end].text == ",":
                end += 1
            person = mentions.get(end)
            if person and clusters[person[0]].type == "PERSON":
                return [RelationRecord("leader_of", clusters[person[0]].name, org_name,
                                       doc[i:person[1]])]
        return []

    def _title_of_org_then_name(self, doc: Doc, i: int, clusters, mentions) -> list[RelationRecord]:
        """ "the leader of Hezbollah, Hassan Nasrallah"."""
        end = self._title_at(doc, i)
        if end is None or end >= len(doc) or doc[end].lower_ != "of":
            return []
        org = mentions.get(end + 1) or (mentions.get(end + 2) if end + 2 < len(doc) and
                                        doc[end + 1].lower_ == "the" else None)
        if not org or clusters[org[0]].type == "PERSON":
            return []
        j = org[1]
        if j < len(doc) and doc[j].text == ",":
            j += 1
        person = mentions.get(j)
        if person and clusters[person[0]].type == "PERSON":
            start = i - 1 if i > 0 and doc[i - 1].lower_ == "the" else i
            return [RelationRecord("leader_of", clusters[person[0]].name, clusters[org[0]].name,
                                   doc[start:person[1]])]
        return []

    def _leader_after_name(self, doc: Doc, i: int, clusters, mentions) -> list[RelationRecord]:
        """ "Hassan Nasrallah, the leader of Hezbollah" / "X, head of Y"."""
        person = mentions.get(i)
        if not person or clusters[person[0]].type != "PERSON":
            return []
        j = person[1]
        if j >= len(doc) or doc[j].text != ",":
            return []
        j += 1
        if j < len(doc) and doc[j].lower_ in {"the", "a"}:
            j += 1
        end = self._title_at(doc, j)
        if end is None or end >= len(doc) or doc[end].lower_ != "of":
            return []
        k = end + 1
        if k < len(doc) and doc[k].lower_ == "the" and k not in mentions:
            k += 1
        org = mentions.get(k)
        if not org or clusters[org[0]].type == "PERSON":
            return []
        return [RelationRecord("leader_of", clusters[person[0]].name, clusters[org[0]].name, doc[i:org[1]])]

    # ----- alias --------------------------------------------------------------------------------------------------

    def _aliases(self, doc: Doc, clusters, mentions) -> list[RelationRecord]:
        owner = entity_index(doc)
        ending = {end - 1: (k, start) for start, (k, end) in mentions.items()}

        def mention_ending_at(i: int) -> Span | None:
            found = ending.get(i)
            return None if found is None else doc[found[1]:i + 1]

        found = []
        for statement in find_alias_statements(doc, self.cues, story_start_token(doc), mention_ending_at):
            k = owner.get(statement.named.root.i, owner.get(statement.named[-1].i))
            if k is None:
                continue
            subject = _written_name(doc, clusters[k], before=statement.named.end, exclude=statement.alias.text)
            if subject is None or subject == statement.alias.text:
                continue
            found.append(RelationRecord("alias", subject, statement.alias.text, statement.evidence))
        return found


def _mentions_by_start(clusters: list[EntityCluster]) -> dict[int, tuple[int, int]]:
    """First token of each mention -> (cluster index, end token)."""
    out: dict[int, tuple[int, int]] = {}
    for k, c in enumerate(clusters):
        for m in c.mentions:
            if m.start not in out or out[m.start][1] < m.end:
                out[m.start] = (k, m.end)
    return out


def _written_name(doc: Doc, cluster: EntityCluster, before: int, exclude: str) -> str | None:
    """The name a thing went by in the text up to a point: the first of its names written in an earlier mention."""
    names = sorted({cluster.name, *cluster.aliases} - {exclude}, key=len, reverse=True)
    earlier = [m for m in sorted(cluster.mentions, key=lambda m: m.start) if m.start < before]
    for mention in [m for m in earlier if m.end == before] + earlier:
        text = mention.text
        for name in names:
            at = text.find(name)
            if at >= 0 and (at == 0 or not text[at - 1].isalnum()) and \
                    (at + len(name) == len(text) or not text[at + len(name)].isalnum()):
                return name
    return None
