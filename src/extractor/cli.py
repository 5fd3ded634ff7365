"""Command line: thin wrappers that call the library and turn its errors into one-line messages.

Exit status: 0 all good; 1 some inputs failed (each named on one line; the
others were still stored); 2 usage or environment error (bad store file, bad
gold directory, an unknown option value).

``extract --format json`` prints one object for one file, and a list whenever
more may come: a directory (even of one file), several sources, a list file.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .version import __version__
from .errors import ExtractorError
from .records import CHECK_KINDS, ArticleResult
from .render import FORMATS, StreamOutput

DEFAULT_DB = "extractor.duckdb"


def _db_path(args) -> str:
    return args.db or os.environ.get("EXTRACTOR_DB") or DEFAULT_DB


def _err(message: str) -> None:
    print(f"extractor: {message}", file=sys.stderr)


def cmd_extract(args) -> int:
    if getattr(args, "engine", "local") == "dask":
        return cmd_extract_dask(args)
    from .batch import extract_many
    from .pipeline import Failure, read_list
    from .progress import Progress
    from .store import Store

    sources = list(args.sources) + (read_list(args.from_list) if args.from_list else [])
    if not sources:
        _err("no SOURCE given (name files, directories, URLs or -, or use --from-list)")
        return 2
    fmt = args.format or ("table" if sys.stdout.isatty() else "json")
    # A list whenever more than one article may come: several sources, a directory, a list file.
    many = len(sources) > 1 or bool(args.from_list) or any(os.path.isdir(s) for s in sources)
    output = StreamOutput(fmt, sys.stdout, always_list=many)
    # DuckDB caches up to 80% of RAM by default, so a long run's memory would grow with
    # the store; the writer needs little. The workers have the cores, and DuckDB's own
    # threads only add per-thread buffers: measured, storing alone runs faster on one
    # (408 against 321 articles/s).
    store = None if args.no_store else Store(_db_path(args), memory_limit=args.db_memory, threads=1)
    try:
        run = extract_many(sources, store=store, workers=args.workers or os.cpu_count() or 1,
                           force=args.force, batch_size=args.batch_size, timeout=args.timeout,
                           stdin=sys.stdin.buffer if "-" in sources else None)
        progress = Progress(run.total)
        run.on_input = lambda item: progress.advance(failed=isinstance(item, Failure))
        for item in run:
            if isinstance(item, ArticleResult):
                item = _written(output, item, run)
            if isinstance(item, Failure):
                progress.note(f"extractor: {item.message}")
        progress.clear()
    except KeyboardInterrupt:
        if "progress" in locals():
            progress.clear()
        if store is not None and "run" in locals():
            _err(f"interrupted: {run.stored} articles stored, each whole; the {run.pending} not yet "
                 "written were dropped. Run the same command again to carry on.")
        raise
    finally:
        if store is not None:
            store.close()
    output.close()
    return _extract_summary(run)


def _written(output: StreamOutput, result, run):
    """``result`` written out; if rendering it fails, its Failure (counted in ``run``)."""
    from .errors import UnexpectedError
    from .pipeline import Failure

    try:
        output.write(result)
        return result
    except (BrokenPipeError, KeyboardInterrupt):
        raise
    except Exception as exc:  # noqa: BLE001 - one article's output, not the run's
        failure = Failure(result.article.source, str(UnexpectedError(result.article.source, "writing", exc)))
        run.failures.append(failure)
        run.done -= 1
        return failure


def _extract_summary(run) -> int:
    if run.skipped:
        _err(f"{run.skipped} of {run.done} inputs were already stored by this version and shown from "
             "the store (--force extracts them again)")
    if run.failures:
        _err(f"{len(run.failures)} of {len(run.failures) + run.done} inputs failed; the others were stored")
        return 1
    return 0


def cmd_extract_dask(args) -> int:
    """extract --engine dask: partitions over a Dask cluster, one Parquet shard each."""
    from .archive.engine import run
    from .archive.inputs import Keys
    from .pipeline import read_list

    sources = list(args.sources) + (read_list(args.from_list) if args.from_list else [])
    if not args.shards or not sources or "-" in sources:
        _err("--engine dask needs --shards DIR and SOURCEs (files, directories, .jsonl or .parquet "
             "archives; not -)")
        return 2
    keys = Keys(text=args.text_key, id=args.id_key, url=args.url_key, published=args.published_key)
    summary = run(sources, args.shards, __version__, scheduler=args.scheduler,
                  workers=args.workers or os.cpu_count() or 1, partition_size=args.partition_size,
                  keys=keys, fetch_options={"timeout": args.timeout})
    for failure in summary.failures:
        _err(failure["message"])
    print(f"extracted {summary.articles} articles into {summary.partitions - summary.skipped_partitions} "
          f"shards under {args.shards} ({summary.skipped_partitions} already there); "
          f"'extractor merge {args.shards}' stores them", file=sys.stderr)
    return 1 if summary.failures else 0


def cmd_merge(args) -> int:
    from .archive.merge import merge
    from .store import Store

    with Store(_db_path(args)) as store:
        summary = merge(store, args.shards, __version__)
    print(f"merged {summary.articles} new articles from {summary.shards} shards; "
          f"{summary.conflicts} conflict checks added", file=sys.stderr)
    return 0


def _add_engine_args(p) -> None:
    """extract's options for extraction on Dask (archive/)."""
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local (default): worker processes, stored as they come; dask: a Dask cluster "
                        "writes Parquet shards to --shards, stored later by 'extractor merge'")
    p.add_argument("--shards", metavar="DIR", help="with --engine dask: where the shards are written")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: a Dask scheduler (default: a local cluster of --workers)")
    p.add_argument("--partition-size", type=int, default=100, metavar="N",
                   help="with --engine dask: articles a task extracts into one shard (default: 100)")
    p.add_argument("--text-key", default="text", metavar="COLUMN",
                   help="in .jsonl/.parquet archives: the column holding the text (default: text)")
    p.add_argument("--id-key", metavar="COLUMN", help="archives: names each record's source ARCHIVE#ID")
    p.add_argument("--url-key", metavar="COLUMN", help="archives: the column holding the URL")
    p.add_argument("--published-key", metavar="COLUMN",
                   help="archives: the column holding the publication date (ISO)")


def _add_merge_parser(sub) -> None:
    p = sub.add_parser("merge", help="store the shards of 'extract --engine dask'",
                       epilog="example: extractor merge shards/ --db archive.duckdb")
    p.add_argument("shards", nargs="+", metavar="SHARDS", help="shard folders, or folders of them")
    _add_store(p, wait=False)
    p.set_defaults(func=cmd_merge)


def cmd_eval(args) -> int:
    from .evaluate import evaluate_dir, format_report
    from .ingest.read import read_source
    from .pipeline import extract_article

    def extract(path: Path) -> dict:
        return extract_article(read_source(str(path))).to_spec()

    report = evaluate_dir(Path(args.gold_dir), extract)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report, details=not args.summary))
    return 0


def cmd_checks(args) -> int:
    from .render import checks_table
    from .store import Store

    db = _existing_db(args)
    if db is None:
        return 2
    if args.explain:
        return _explain_check(db, args.explain)
    with Store(db) as store:
        if args.recompute:
            from .checks.recheck import recheck_conflicts

            print(f"rechecked {recheck_conflicts(store, __version__)} articles", file=sys.stderr)
        rows = store.checks(kind=args.kind, article_id=args.article)
        sources = {aid: store.article(aid) for aid in {aid for aid, _ in rows}}
    if args.format == "json":
        print(json.dumps([{"article_id": aid, "source": sources[aid].source, **c.model_dump(mode="json")}
                          for aid, c in rows], ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(checks_table(rows, sources))
    return 0


def _explain_check(db: str, check_id: str) -> int:
    """One check with the records it rests on and their fields (checks/explain.py)."""
    from .checks.explain import explain_stored
    from .store import Store

    with Store(db) as store:
        sys.stdout.write(explain_stored(store, check_id))
    return 0


def _existing_db(args) -> str | None:
    db = _db_path(args)
    if not Path(db).exists():
        _err(f"{db}: no such store; run 'extractor extract' first")
        return None
    return db


def cmd_review(args) -> int:
    from .review.app import make_server
    from .store import Store

    db = _existing_db(args)
    if db is None:
        return 2
    with Store(db):
        pass  # a file that is no store (or needs migrating) is found out before serving
    # The server holds the store for bursts of requests and lets go for extraction,
    # export and other pages when they wait (store/access.py, ReviewDesk.session).
    editors = {}
    for given in args.editor or ():
        name, _, token = given.rpartition("=")
        editors[token] = name
    server = make_server(db, args.host, args.port, args.token, args.reviewer, editors)
    print(f"review page: {server.url}  (Ctrl-C stops)", flush=True)
    for name, url in server.editor_urls().items():
        print(f"  for {name}: {url}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def cmd_export(args) -> int:
    from .export import export
    from .store import Store

    db = _existing_db(args)
    if db is None:
        return 2
    if args.output is None and args.format == "parquet":
        _err("parquet is binary: name a file with -o")
        return 2
    with Store(db) as store:
        count = export(store, args.output if args.output is not None else sys.stdout, args.format,
                       args.status, kind=args.kind, bom=args.bom)
    what = f"{args.status} {args.kind}" if args.kind else args.status
    print(f"exported {count} {what} rows" + (f" to {args.output}" if args.output else ""),
          file=sys.stderr)
    return 0


def _add_store(p, wait: bool = True) -> None:
    """--db, and --wait for a command that takes turns on a store other processes share."""
    p.add_argument("--db", help=f"DuckDB file (default: $EXTRACTOR_DB or ./{DEFAULT_DB})")
    if wait:
        _add_wait(p)


def _add_wait(p) -> None:
    p.add_argument("--wait", type=float, metavar="SECONDS",
                   help="how long to wait while another process holds the store "
                        "(default: $EXTRACTOR_WAIT or 60)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="extractor",
        description="Figures, outcomes and dates from articles about police misconduct, kept in DuckDB.",
    )
    parser.add_argument("--version", action="version", version=f"extractor {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    _extract_parser(sub)
    _checks_parser(sub)
    _review_parser(sub)
    _export_parser(sub)
    _eval_parser(sub)
    return parser


def _extract_parser(sub) -> None:
    p = sub.add_parser("extract", help="extract from files, directories, URLs or - (stdin)",
                       epilog="example: extractor extract corpus/ --format table")
    p.add_argument("sources", nargs="*", metavar="SOURCE",
                   help=".txt/.md/.html/.pdf file, directory, http(s) URL, or - for stdin")
    p.add_argument("--from-list", metavar="FILE", help="also read sources from FILE, one a line")
    p.add_argument("--force", action="store_true",
                   help="extract again articles this version has already stored")
    p.add_argument("--format", choices=FORMATS,
                   help="default: table on a terminal, json otherwise (json: one object for one "
                        "file, a list for a directory or several sources)")
    _add_store(p)
    p.add_argument("--no-store", action="store_true", help="do not write to the DuckDB file")
    p.add_argument("--timeout", type=float, default=20.0, help="seconds allowed for fetching a URL")
    p.add_argument("--workers", type=int, metavar="N",
                   help="processes that read and extract (default: the number of cores); "
                        "one process writes")
    # 64MB ran out in the checkpoint of a 256-article batch's commit past ~57,000 stored articles
    p.add_argument("--db-memory", default="256MB", metavar="SIZE",
                   help="memory DuckDB may use while writing (default: 256MB)")
    # batch.BATCH_SIZE, written out: importing batch here would load the pipeline for --help
    p.add_argument("--batch-size", type=int, default=256, metavar="N",
                   help="articles written per transaction (default: 256)")
    _add_engine_args(p)
    p.set_defaults(func=cmd_extract)
    _add_merge_parser(sub)


def _checks_parser(sub) -> None:
    p = sub.add_parser("checks", help="list the checks stored with every article",
                       epilog="example: extractor checks --kind sum_mismatch")
    _add_store(p)
    p.add_argument("--kind", choices=CHECK_KINDS, metavar="KIND",
                   help="only this kind (" + ", ".join(CHECK_KINDS) + ")")
    p.add_argument("--article", help="only this article id")
    p.add_argument("--format", choices=("table", "json"), default="table",
                   help="table (default) or json")
    p.add_argument("--recompute", action="store_true",
                   help="compute the conflicts between stored articles again first (one query over "
                        "the store; an article's own checks are made when it is extracted)")
    p.add_argument("--explain", metavar="ID",
                   help="show one check (its id, or the start of it) with the figures, outcomes and dates "
                        "it rests on and all their fields")
    p.set_defaults(func=cmd_checks)


def _review_parser(sub) -> None:
    p = sub.add_parser("review", help="review the stored items in a local web page",
                       epilog="example: extractor review --reviewer 'Ann Editor'")
    _add_store(p)
    p.add_argument("--port", type=int, default=8765, help="port to listen on (0: any free port)")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to bind (default 127.0.0.1; any other needs --token)")
    p.add_argument("--token", help="secret every request must carry (required off 127.0.0.1)")
    p.add_argument("--reviewer", help="your name, shown on every decision (else the page asks)")
    p.add_argument("--editor", action="append", metavar="NAME=TOKEN",
                   help="an editor and their own secret token, which names them on every "
                        "decision (repeat for each editor; allows binding off 127.0.0.1)")
    p.set_defaults(func=cmd_review)


def _export_parser(sub) -> None:
    p = sub.add_parser("export", help="write the reviewed rows, corrections applied",
                       epilog="example: extractor export --format parquet -o reviewed.parquet")
    _add_store(p)
    p.add_argument("--status", default="accepted",
                   choices=("accepted", "corrected", "rejected", "unreviewed", "all"),
                   help="accepted (default) = accepted as extracted or after correction")
    p.add_argument("--format", choices=("csv", "parquet", "json"), default="csv",
                   help="csv (default), parquet or json")
    p.add_argument("--kind", choices=("figure", "outcome", "date", "claim", "check"),
                   help="one kind's table, with its own columns (default: every kind in one table)")
    p.add_argument("--bom", action="store_true", help="start a CSV with a UTF-8 byte order mark, "
                   "which Excel needs to read accents and symbols right")
    p.add_argument("-o", "--output", metavar="FILE", help="file to write (default: stdout; "
                   "parquet needs a file)")
    p.set_defaults(func=cmd_export)


def _eval_parser(sub) -> None:
    p = sub.add_parser("eval", help="score extraction against gold files (SPEC section 3)",
                       epilog="example: extractor eval ../shared/eval --summary")
    p.add_argument("gold_dir", metavar="GOLD_DIR",
                   help="a directory of gold JSON files (SPEC section 2) beside their inputs")
    p.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    p.add_argument("--summary", action="store_true", help="headline and field table only")
    p.set_defaults(func=cmd_eval)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        from .store.access import configure

        configure(getattr(args, "wait", None))
        return args.func(args)
    except ExtractorError as exc:
        _err(str(exc))
        return 2
    except KeyboardInterrupt:
        _err("interrupted; everything stored so far is complete")
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
