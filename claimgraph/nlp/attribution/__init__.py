"""The attribution component: cues, then contents, then sources, then chains (who says it on whose word)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..annotations import AttributionRecord, register_extensions, story_start_token
from ..tokens import runs
from .chains import link_chains
from .content import content_of
from .cues import CueLexicon, find_cues
from .sources import SourceReader


@Language.factory("claimgraph_attribution")
def make_attribution(nlp: Language, name: str) -> "Attribution":
    return Attribution()


class Attribution:
    """Finds attributions and writes them to doc._.cg_attributions, chained by parent and refers_to."""

    def __init__(self) -> None:
        register_extensions()
        self.lexicon = CueLexicon()
        self.sources = SourceReader()

    def __call__(self, doc: Doc) -> Doc:
        cues = find_cues(doc, self.lexicon, start=story_start_token(doc))
        records: list[AttributionRecord] = []
        by_head: dict[int, AttributionRecord] = {}
        cited_from: dict[int, AttributionRecord] = {}
        citing = []
        for cue in cues:
            if cue.kind == "citing":
                citing.append(cue)
                continue
            content = content_of(cue)
            if not content:
                continue
            source = self.sources.source_of(cue, content)
            record = AttributionRecord(cue=runs(doc, cue.tokens), content=runs(doc, content),
                                       source=runs(doc, source))
            by_head[cue.head.i] = record
            records.append(record)
        for cue in citing:
            reporting = by_head.get(cue.head.head.i)
            if reporting is None:
                continue  # "delayed the launch, citing the weather": a reason, not a source
            source = self.sources.cited(cue)
            if not source:
                continue
            record = AttributionRecord(cue=runs(doc, cue.tokens), content=list(reporting.content),
                                       source=runs(doc, source))
            cited_from[id(record)] = reporting
            records.append(record)
        doc._.cg_attributions = link_chains(doc, records, cited_from, self.sources)
        return doc
