"""Command line: its arguments, and the errors of the library turned into one-line messages;
the commands, thin wrappers that call the library, are in cli_commands.py.

Exit status: 0 all good; 1 some inputs failed (each named on one line; the
others were still stored); 2 usage or environment error (bad store file, bad
gold directory, an unknown option value).

``extract --format json`` prints one object for one file, and a list whenever
more may come: a directory (even of one file), several sources, a list file.
"""

from __future__ import annotations

import argparse
import sys

from .version import __version__
from .errors import ExtractorError
from .records import CHECK_KINDS
from .render import FORMATS
from .cli_commands import (DEFAULT_DB, _err, cmd_checks, cmd_eval, cmd_export, cmd_extract, cmd_merge,
                           cmd_review)


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
