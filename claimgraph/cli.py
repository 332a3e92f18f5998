"""The `claimgraph` command: one function a command, nothing beyond argument handling."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Iterator

from . import __version__


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    choose_model(args)
    try:
        return args.run(args)
    except BrokenPipeError:  # `claimgraph analyze ... | head` is a normal way to look
        return 0
    except KeyboardInterrupt:
        print("claimgraph: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        import sqlite3

        from .errors import ClaimgraphError
        if isinstance(exc, ClaimgraphError):
            say(str(exc))
            return 2
        if isinstance(exc, sqlite3.Error):  # a store fault met outside the store's own checks
            from .store.store import fault
            say(fault(getattr(args, "db", "the store"), exc))
            return 2
        if isinstance(exc, OSError):
            say(f"{exc.filename + ': ' if exc.filename else ''}{exc.strerror or exc}")
            return 2
        raise


def say(message: str) -> None:
    """One line on standard error, control characters escaped: file names and reasons come from the input."""
    from .render.text import printable
    print(f"claimgraph: {printable(message)}", file=sys.stderr)


def skipped(path: str, reason: str) -> None:
    say(f"skipped {path}: {reason}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claimgraph", description="News articles in, a sourced graph of claims out.")
    parser.add_argument("--version", action="version", version=f"claimgraph {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    analyze = commands.add_parser("analyze", help="analyse articles and print their claims, sources and certainty")
    analyze.add_argument("paths", nargs="+", metavar="PATH",
                         help="files or folders of them: .txt/.text, .html/.htm, .jsonl, RSS/Atom feeds "
                              "(.rss, .atom, .xml), WARC archives (.warc, .warc.gz)")
    add_metadata_options(analyze)
    analyze.add_argument("--format", choices=["json", "jsonl", "text"], default="json")
    analyze.add_argument("--processes", type=int, default=1, help="worker processes (default 1)")
    add_model_option(analyze)
    analyze.set_defaults(run=run_analyze)

    evaluate = commands.add_parser("eval", help="score the analysis against annotated data")
    corpora = evaluate.add_subparsers(dest="corpus", required=True, metavar="CORPUS")
    gold = corpora.add_parser("gold", help="one article against a gold file like ../shared/gold/seed.json")
    gold.add_argument("gold", metavar="GOLD.json")
    gold.add_argument("text", metavar="TEXT")
    gold.add_argument("--published", help="publication date, YYYY-MM-DD (default: the gold file's)")
    gold.add_argument("--details", action="store_true", help="also print what was missed and what was wrong")
    gold.set_defaults(run=run_eval_gold)

    factuality = corpora.add_parser("factuality", help="certainty against event factuality data (UW, MEANTIME)")
    factuality.add_argument("file", metavar="FILE.jsonl")
    factuality.add_argument("--predictions", metavar="OUT.jsonl", help="write each line with its predictions")
    factuality.add_argument("--convention", choices=["uw", "meantime"], default="uw",
                            help="annotation convention of the file (analysis always uses uw)")
    factuality.set_defaults(run=run_eval_factuality)

    polnear = corpora.add_parser("polnear", help="attribution spans against PolNeAR (brat) annotations")
    polnear.add_argument("folder", metavar="DIR", help="a folder holding text/ and attributions/")
    polnear.add_argument("--limit", type=int, help="score only the first N articles")
    polnear.set_defaults(run=run_eval_polnear)

    plover = corpora.add_parser("plover", help="event types and actor/target roles on PLOVER-coded sentences")
    plover.add_argument("file", metavar="PLOVER.json")
    plover.add_argument("--details", action="store_true", help="also print each wrongly typed sentence and each missed actor or target")
    plover.set_defaults(run=run_eval_plover)

    stories = corpora.add_parser("corpus", help="claims linked across a story corpus against its gold file")
    stories.add_argument("gold", metavar="GOLD.json", help="a claimgraph-stories/1 file; its documents are ingested")
    stories.add_argument("--db", metavar="FILE|postgresql://...",
                         help="keep the store here (reused and relinked when it exists)")
    stories.add_argument("--details", action="store_true", help="also print each claim's misses")
    stories.set_defaults(run=run_eval_corpus)
    for scorer in (gold, factuality, polnear, plover, stories):
        add_model_option(scorer)

    ingest = commands.add_parser("ingest", help="analyse articles into a store")
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="files or folders, in the formats analyze reads")
    ingest.add_argument("--db", required=True, metavar="DB", help="SQLite database file, or postgresql://USER@HOST/DB "
                        "(created if missing)")
    add_metadata_options(ingest)
    ingest.add_argument("--processes", type=int, default=1, help="worker processes (default 1)")
    ingest.add_argument("--engine", choices=["local", "dask"], default="local",
                        help="where documents are analysed: this machine (default) or a Dask cluster")
    cluster = ingest.add_mutually_exclusive_group()
    cluster.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="the Dask scheduler to use (--engine dask)")
    cluster.add_argument("--workers", type=int, metavar="N",
                         help="worker processes of the LocalCluster started when no --scheduler is given (default 2)")
    add_model_option(ingest)
    ingest.add_argument("--quiet", action="store_true", help="no progress bar")
    ingest.set_defaults(run=run_ingest)

    link = commands.add_parser("link", help="link the stored articles not linked yet: the write step after ingest "
                               "(ingest runs it too; read commands never do)")
    link.add_argument("--db", required=True, metavar="FILE")
    link.set_defaults(run=run_link)

    show = commands.add_parser("show", help="print the claims in a store with their chains of sources")
    show.add_argument("--db", required=True, metavar="FILE")
    show.add_argument("--format", choices=["text", "jsonl"], default="text")
    show.set_defaults(run=run_show)

    claims = commands.add_parser("claims", help="claims linked across the stored articles, with their corroboration")
    claims.add_argument("--db", required=True, metavar="FILE")
    claims.add_argument("--entity", metavar="NAME", help="only claims about this entity")
    claims.add_argument("--min-origins", type=int, metavar="N", help="only claims with at least N independent origins")
    claims.add_argument("--single-sourced", action="store_true", help="only claims resting on one origin")
    claims.add_argument("--contradicted", action="store_true", help="only claims some report denies or negates")
    claims.add_argument("--format", choices=["jsonl", "text"], default="jsonl")
    claims.set_defaults(run=run_claims)

    entity = commands.add_parser("entity", help="an entity's dossier: every claim about it by certainty and origin")
    entity.add_argument("name", metavar="NAME")
    entity.add_argument("--db", required=True, metavar="FILE")
    entity.add_argument("--format", choices=["json", "text"], default="text")
    entity.set_defaults(run=run_entity)

    export = commands.add_parser("export", help="write the linked claims as Parquet, JSON-LD or GraphML")
    export.add_argument("--db", required=True, metavar="FILE")
    export.add_argument("--format", choices=["parquet", "jsonld", "graphml"], required=True)
    export.add_argument("--out", required=True, metavar="PATH")
    export.set_defaults(run=run_export)

    errors = commands.add_parser("errors", help="the documents ingest could not read, analyse or store, and why")
    errors.add_argument("--db", required=True, metavar="FILE")
    errors.add_argument("--format", choices=["text", "jsonl"], default="text")
    errors.set_defaults(run=run_errors)

    serve = commands.add_parser("serve", help="the workbench: a REST API and web pages over a store (read-only "
                                "unless CLAIMGRAPH_TOKEN is set)")
    serve.add_argument("--db", required=True, metavar="FILE")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1, this machine "
                       "only)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.set_defaults(run=run_serve)
    return parser


def add_metadata_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--published", metavar="YYYY-MM-DD",
                        help="publication date: of a one-article file (.txt, .html) always, over a date on the page; "
                             "of the documents of a JSON Lines file, feed or archive that lack one")
    parser.add_argument("--outlet", metavar="NAME", help="outlet for documents that lack one")


def add_model_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", choices=["fast", "accurate"], default=None,
                        help="fast (default; parse features) or accurate (adds a transformer encoder, slower)")


def choose_model(args: argparse.Namespace) -> str | None:
    """The --model given, also set as CLAIMGRAPH_MODEL for the pipelines that worker processes and scorers load."""
    import os

    from .settings import MODE_VARIABLE
    model = getattr(args, "model", None)
    if model is not None:
        os.environ[MODE_VARIABLE] = model
    return model


def application(args: argparse.Namespace):
    """The application object with the settings the command line gives."""
    from .app import Claimgraph
    from .settings import Settings
    settings = Settings.build(db=getattr(args, "db", None), processes=getattr(args, "processes", None),
                              progress=False if getattr(args, "quiet", False) else None,
                              engine=getattr(args, "engine", None), scheduler=getattr(args, "scheduler", None),
                              workers=getattr(args, "workers", None), model=choose_model(args))
    return Claimgraph(settings, say=say)


def run_analyze(args: argparse.Namespace) -> int:
    from .render.text import render_document

    app = application(args)
    results = app.analyze_many(app.documents(args.paths, args.published, args.outlet, skipped=skipped))
    total = failed = 0
    first = True
    if args.format == "json":
        sys.stdout.write("[")
    for result in results:
        total += 1
        failed += "error" in result
        if "error" in result:
            say(result["error"])
        if args.format == "jsonl":
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        elif args.format == "json":
            sys.stdout.write(("" if first else ",\n") + json.dumps(result, ensure_ascii=False, indent=1))
        else:
            sys.stdout.write(render_document(result) + "\n")
        sys.stdout.flush()
        first = False
    if args.format == "json":
        sys.stdout.write("]\n")
    return 1 if total and failed == total else 0


def run_eval_gold(args: argparse.Namespace) -> int:
    from .evaluate.gold import evaluate_gold
    report = evaluate_gold(args.gold, args.text, published=args.published)
    print_report(report, details=args.details)
    return 0


def run_eval_factuality(args: argparse.Namespace) -> int:
    from .evaluate.factuality import evaluate_factuality
    print_report(evaluate_factuality(args.file, predictions_out=args.predictions, convention=args.convention))
    return 0


def run_eval_polnear(args: argparse.Namespace) -> int:
    from .evaluate.polnear import evaluate_polnear
    print_report(evaluate_polnear(args.folder, limit=args.limit))
    return 0


def run_eval_plover(args: argparse.Namespace) -> int:
    from .evaluate.plover import evaluate_plover
    print_report(evaluate_plover(args.file), details=args.details)
    return 0


def run_eval_corpus(args: argparse.Namespace) -> int:
    from .evaluate.corpus import evaluate_corpus, summary
    report = evaluate_corpus(args.gold, db=args.db)
    for line in summary(report):
        print(line)
    print_report(report, details=args.details)
    return 0


def run_ingest(args: argparse.Namespace) -> int:
    if (args.scheduler or args.workers) and args.engine != "dask":
        say("--scheduler and --workers choose a Dask cluster: add --engine dask")
        return 2
    report = application(args).ingest_and_link(args.paths, published=args.published, outlet=args.outlet,
                                               skipped=skipped)
    if "error" in report:
        say(report["error"])
    print(json.dumps(report, ensure_ascii=False))
    if "error" in report:
        return 2
    return 1 if report["documents"] and report["failed"] == report["documents"] else 0


def run_link(args: argparse.Namespace) -> int:
    linked = application(args).link_pending()
    print(json.dumps({"linked": linked, "db": args.db}))
    return 0


def run_claims(args: argparse.Namespace) -> int:
    from .app import ClaimFilters
    from .render.claims import render_claim
    found = application(args).claims(ClaimFilters(entity=args.entity, min_origins=args.min_origins,
                                                  single_sourced=args.single_sourced, contradicted=args.contradicted))
    for claim in found:
        if args.format == "jsonl":
            print(json.dumps(claim, ensure_ascii=False))
        else:
            for line in render_claim(claim):
                print(line)
    return 0


def run_entity(args: argparse.Namespace) -> int:
    from .render.claims import render_dossier
    report = application(args).dossier(args.name)
    if report is None:
        print(f"claimgraph: no stored article names {args.name!r}", file=sys.stderr)
        return 1
    if args.format == "json":
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        for line in render_dossier(report):
            print(line)
    return 0


def run_export(args: argparse.Namespace) -> int:
    written = application(args).export(args.format, args.out)
    print(json.dumps({"claims": written, "format": args.format, "out": args.out}))
    return 0


def run_errors(args: argparse.Namespace) -> int:
    from .render.store import failure_lines
    from .render.text import printable
    for line in failure_lines(application(args).errors(), fmt=args.format):
        print(printable(line))
    return 0


def run_show(args: argparse.Namespace) -> int:
    from .render.store import claim_lines, document_lines
    for document, claims, attributions in application(args).show():
        lines = document_lines(document) if args.format == "text" else claim_lines(document, claims, attributions)
        for line in lines:
            print(line)
    return 0


def run_serve(args: argparse.Namespace) -> int:
    from .web.server import serve
    return serve(application(args), host=args.host, port=args.port)


def print_report(report: dict[str, Any], details: bool = False) -> None:
    """Human lines first, the figures as one JSON object on the last line (the contract)."""
    lines = report.pop("details", [])
    if details:
        for line in lines:
            print(line)
    print(json.dumps(report, sort_keys=False))



if __name__ == "__main__":
    sys.exit(main())
