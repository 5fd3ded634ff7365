"""Command line: thin wrappers that call the library and turn its errors into one-line messages.

Exit status: 0 all good; 1 some inputs failed (the others were still stored);
2 usage or environment error (bad store file, bad gold directory).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from . import __version__
from .errors import ExtractorError
from .records import CHECK_KINDS
from .render import FORMATS, render

DEFAULT_DB = "extractor.duckdb"


def _db_path(args) -> str:
    return args.db or os.environ.get("EXTRACTOR_DB") or DEFAULT_DB


def _err(message: str) -> None:
    print(f"extractor: {message}", file=sys.stderr)


class _Output:
    """Results written as they come, in any format, byte for byte what ``render`` gives
    for the whole list: nothing is held back, so memory does not grow with the run."""

    def __init__(self, fmt: str, stream):
        self.fmt, self.stream, self.count, self._first = fmt, stream, 0, None

    def write(self, result) -> None:
        fmt, out = self.fmt, self.stream
        if fmt == "jsonl":
            out.write(render([result], "jsonl"))
        elif fmt == "json":  # one result is an object, several a list
            if self.count == 0:
                self._first = result
            else:
                if self.count == 1:
                    out.write("[\n" + self._element(self._first))
                    self._first = None
                out.write(",\n" + self._element(result))
        elif fmt == "csv":
            text = render([result], "csv")
            out.write(text if self.count == 0 else text.split("\r\n", 1)[1])
        else:
            out.write(("\n" if self.count else "") + render([result], fmt))
        self.count += 1
        out.flush()

    @staticmethod
    def _element(result) -> str:
        text = json.dumps(result.to_spec(), ensure_ascii=False, indent=2)
        return "\n".join("  " + line for line in text.split("\n"))

    def close(self) -> None:
        if self.fmt == "json":
            if self.count == 0:
                self.stream.write("[]\n")
            elif self.count == 1:
                self.stream.write(render([self._first], "json"))
            else:
                self.stream.write("\n]\n")
        elif self.fmt == "csv" and self.count == 0:
            self.stream.write(render([], "csv"))
        self.stream.flush()


# The writer reopens the store every so many articles stored (see Store.reopen); each
# time costs a checkpoint DuckDB would make anyway and ~25 ms of opening.
REOPEN_ARTICLES = 5_000


def cmd_extract(args) -> int:
    from .pipeline import Failure, IdSet, Skipped, plan_sources, read_list, run_tasks
    from .progress import Progress
    from .checks.recheck import save_batch
    from .store.db import Store, utc_now

    fmt = args.format or ("table" if sys.stdout.isatty() else "json")
    sources = list(args.sources) + (read_list(args.from_list) if args.from_list else [])
    if not sources:
        _err("no SOURCE given (name files, directories, URLs or -, or use --from-list)")
        return 2
    workers = args.workers or os.cpu_count() or 1
    # DuckDB caches up to 80% of RAM by default, so a long run's memory would grow with
    # the store; the writer needs little. The workers have the cores, and DuckDB's own
    # threads only add per-thread buffers: measured, storing alone runs faster on one
    # (408 against 321 articles/s).
    store = None if args.no_store else Store(_db_path(args), memory_limit=args.db_memory, threads=1)
    failures, done, skipped, stored = [], 0, 0, 0
    output = _Output(fmt, sys.stdout)
    # Results wait here until their batch is written, then go out in input order.
    batch: list = []
    started = utc_now()
    try:
        stdin = sys.stdin.buffer if "-" in sources else None
        tasks = list(plan_sources(sources, stdin=stdin))
        progress = Progress(len(tasks))
        # Resuming: an article whose text this version has stored already is not extracted again.
        skip_ids = IdSet(store.stored_ids(__version__) if store is not None and not args.force else ())

        def flush():
            nonlocal stored, skipped
            extracted = [i for i, item in enumerate(batch) if not isinstance(item, (Failure, Skipped))]
            if store is not None:
                # The same text twice in one run is stored once, and shown from the store
                # the second time, as a resumed run would. The store says what this run
                # has written: a set of ids held here would grow with the run.
                seen = store.saved_since([batch[i].article.id for i in extracted], __version__, started)
                for i in extracted:
                    aid = batch[i].article.id
                    if aid in seen:
                        batch[i] = Skipped(source=batch[i].article.source, article_id=aid)
                    seen.add(aid)
            skipped += sum(isinstance(item, Skipped) for item in batch)
            fresh = [item for item in batch if not isinstance(item, (Failure, Skipped))]
            if store is not None and fresh:
                save_batch(store, fresh, __version__)
                stored += len(fresh)
                if stored // REOPEN_ARTICLES > (stored - len(fresh)) // REOPEN_ARTICLES:
                    store.reopen()
            for item in batch:
                if isinstance(item, Skipped):  # shown as stored, not extracted or written again
                    shown = store.load(item.article_id)
                    shown.article.source = item.source
                    output.write(shown)
                elif not isinstance(item, Failure):
                    output.write(item)
            batch.clear()

        for item in run_tasks(tasks, workers=workers, skip_ids=skip_ids,
                              fetch_options={"timeout": args.timeout}):
            progress.advance(failed=isinstance(item, Failure))
            if isinstance(item, Failure):
                failures.append(item)
                progress.note(f"extractor: {item.message}")
            else:
                done += 1
            batch.append(item)
            if len(batch) >= args.batch_size:
                flush()
        flush()
        progress.clear()
    except KeyboardInterrupt:
        if "progress" in locals():
            progress.clear()
        if store is not None:
            _err(f"interrupted: {stored} articles stored, each whole; the {len(batch)} not yet written "
                 "were dropped. Run the same command again to carry on.")
        raise
    finally:
        if store is not None:
            store.close()
    output.close()
    if skipped:
        _err(f"{skipped} of {done} inputs were already stored by this version and shown from the store "
             "(--force extracts them again)")
    if failures:
        _err(f"{len(failures)} of {len(failures) + done} inputs failed; the others were stored")
        return 1
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
    from .store.db import Store

    db = _existing_db(args)
    if db is None:
        return 2
    if args.explain:
        return _explain_check(db, args.explain)
    with Store(db) as store:
        if args.recompute:
            from .checks.recheck import recheck_all

            print(f"rechecked {recheck_all(store, __version__)} articles", file=sys.stderr)
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
    from .store.db import Store

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
    from .store.db import Store

    db = _existing_db(args)
    if db is None:
        return 2
    with Store(db) as store:
        server = make_server(store, args.host, args.port, args.token, args.reviewer)
        print(f"review page: {server.url}  (Ctrl-C stops)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
    return 0


def cmd_export(args) -> int:
    import tempfile

    from .export import export
    from .store.db import Store

    db = _existing_db(args)
    if db is None:
        return 2
    if args.output is None and args.format == "parquet":
        _err("parquet is binary: name a file with -o")
        return 2
    with Store(db) as store:
        if args.output is not None:
            count = export(store, args.output, args.format, args.status)
        else:  # duckdb writes files; stream one through a temporary file
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / f"export.{args.format}"
                count = export(store, path, args.format, args.status)
                sys.stdout.write(path.read_text(encoding="utf-8"))
    print(f"exported {count} {args.status} rows" + (f" to {args.output}" if args.output else ""),
          file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="extractor",
        description="Figures, outcomes and dates from articles about police misconduct, kept in DuckDB.",
    )
    parser.add_argument("--version", action="version", version=f"extractor {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract from files, directories, URLs or - (stdin)",
                       epilog="example: extractor extract corpus/ --format table")
    p.add_argument("sources", nargs="*", metavar="SOURCE",
                   help=".txt/.md/.html/.pdf file, directory, http(s) URL, or - for stdin")
    p.add_argument("--from-list", metavar="FILE", help="also read sources from FILE, one a line")
    p.add_argument("--force", action="store_true",
                   help="extract again articles this version has already stored")
    p.add_argument("--format", choices=FORMATS, help="default: table on a terminal, json otherwise")
    p.add_argument("--db", help=f"DuckDB file (default: $EXTRACTOR_DB or ./{DEFAULT_DB})")
    p.add_argument("--no-store", action="store_true", help="do not write to the DuckDB file")
    p.add_argument("--timeout", type=float, default=20.0, help="seconds allowed for fetching a URL")
    p.add_argument("--workers", type=int, metavar="N",
                   help="processes that read and extract (default: the number of cores); "
                        "one process writes")
    p.add_argument("--db-memory", default="64MB", metavar="SIZE",
                   help="memory DuckDB may use while writing (default: 64MB)")
    p.add_argument("--batch-size", type=int, default=64, metavar="N",
                   help="articles written per transaction (default: 64)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("checks", help="list the checks stored with every article",
                       epilog="example: extractor checks --kind sum_mismatch; extractor checks --explain 3f9c0a1b")
    p.add_argument("--db", help=f"DuckDB file (default: $EXTRACTOR_DB or ./{DEFAULT_DB})")
    p.add_argument("--kind", help="only this kind (" + ", ".join(CHECK_KINDS) + ")")
    p.add_argument("--article", help="only this article id")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--recompute", action="store_true",
                   help="compute every stored article's checks again (conflicts included) first")
    p.add_argument("--explain", metavar="ID",
                   help="show one check (its id, or the start of it) with the figures, outcomes and dates "
                        "it rests on and all their fields")
    p.set_defaults(func=cmd_checks)

    p = sub.add_parser("review", help="review the stored items in a local web page",
                       epilog="example: extractor review --reviewer 'Ann Editor'")
    p.add_argument("--db", help=f"DuckDB file (default: $EXTRACTOR_DB or ./{DEFAULT_DB})")
    p.add_argument("--port", type=int, default=8765, help="port to listen on (0: any free port)")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to bind (default 127.0.0.1; any other needs --token)")
    p.add_argument("--token", help="secret every request must carry (required off 127.0.0.1)")
    p.add_argument("--reviewer", help="your name, shown on every decision (else the page asks)")
    p.set_defaults(func=cmd_review)

    p = sub.add_parser("export", help="write the reviewed rows, corrections applied",
                       epilog="example: extractor export --format parquet -o reviewed.parquet")
    p.add_argument("--db", help=f"DuckDB file (default: $EXTRACTOR_DB or ./{DEFAULT_DB})")
    p.add_argument("--status", default="accepted",
                   choices=("accepted", "corrected", "rejected", "unreviewed", "all"),
                   help="accepted (default) = accepted as extracted or after correction")
    p.add_argument("--format", choices=("csv", "parquet", "json"), default="csv")
    p.add_argument("-o", "--output", metavar="FILE", help="file to write (default: stdout; "
                   "parquet needs a file)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("eval", help="score extraction against gold files (SPEC section 3)",
                       epilog="example: extractor eval ../shared/eval --summary")
    p.add_argument("gold_dir", metavar="GOLD_DIR")
    p.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    p.add_argument("--summary", action="store_true", help="headline and field table only")
    p.set_defaults(func=cmd_eval)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
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
