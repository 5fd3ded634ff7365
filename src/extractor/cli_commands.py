"""The commands behind the command line (cli.py parses their arguments): each calls the
library, prints what it returns and says what failed on one line of stderr.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from .version import __version__
from .records import ArticleResult
from .render import StreamOutput

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
