"""Extraction on Dask then merge, against a plain extract of the same archive.

    python bench/shards.py [--n 4000] [--seed 8] [--dir DIR] [--keep]

Builds the archive of bench/archive.py (N articles, half .txt, half .html), then
times, each a CLI run in a subprocess (start-up included):
  - ``extract --workers 2`` (the built-in path: worker processes, one writer);
  - ``extract --engine dask`` with a local cluster of 1 and of 2 workers;
  - ``merge`` of the 2-worker shards into a new store;
and checks that the merged store has exactly the tables of the plain extract
(timestamps aside), merging the shards in order, in reverse then shuffled (twice
into one store), and the 1-worker shards.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent))
from archive import build, machine  # noqa: E402

CLI = [sys.executable, "-m", "extractor.cli"]
TABLES = ("articles", "figures", "outcomes", "dates", "claims", "checks", "reviews", "meta")


def timed(*argv: str) -> float:
    start = time.perf_counter()
    done = subprocess.run([*CLI, *argv], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {done.stderr[-2000:]}")
    return time.perf_counter() - start


def tables(db: Path) -> dict[str, list]:
    """Every table's rows, sorted, without the timestamp columns."""
    con = duckdb.connect(str(db), read_only=True)
    out = {}
    for table in TABLES:
        columns = [c for (c,) in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? AND column_name "
            "NOT IN ('extracted_at', 'decided_at') ORDER BY ordinal_position", [table]).fetchall()]
        out[table] = sorted(map(repr, con.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()))
    con.close()
    return out


def compare(name: str, db: Path, plain: dict) -> bool:
    got = tables(db)
    differ = [t for t in TABLES if got[t] != plain[t]]
    rows = sum(len(v) for v in got.values())
    print(f"{name}: {rows} rows, " + ("identical to the plain extract" if not differ
                                      else f"DIFFERENT in {', '.join(differ)}"), flush=True)
    return not differ


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--dir", help="build the archive here (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    folder = Path(args.dir or tempfile.mkdtemp(prefix="extractor-shards-"))
    if not (folder / "txt").is_dir():
        build(args.n, args.seed, folder)
    print(machine(), flush=True)
    inputs = [str(folder / "txt"), str(folder / "html")]
    for old in ("plain.duckdb", "m1.duckdb", "m2.duckdb", "m3.duckdb", "shards-1", "shards-2"):
        path = folder / old
        shutil.rmtree(path) if path.is_dir() else path.unlink(missing_ok=True)
    rows = [("extract --workers 2", timed("extract", *inputs, "--db", str(folder / "plain.duckdb"),
                                          "--format", "jsonl", "--workers", "2"))]
    print(f"{rows[-1][0]}: {rows[-1][1]:.1f} s", flush=True)
    for workers in (1, 2):
        rows.append((f"extract --engine dask, {workers} worker{'s' * (workers > 1)}",
                     timed("extract", *inputs, "--engine", "dask", "--shards", str(folder / f"shards-{workers}"),
                           "--workers", str(workers))))
        print(f"{rows[-1][0]}: {rows[-1][1]:.1f} s", flush=True)
    shards = sorted(str(p) for p in (folder / "shards-2").iterdir())
    rows.append(("merge (2-worker shards, in order)", timed("merge", *shards, "--db", str(folder / "m1.duckdb"))))
    plain = tables(folder / "plain.duckdb")
    same = compare("merged in order", folder / "m1.duckdb", plain)
    timed("merge", *reversed(shards), "--db", str(folder / "m2.duckdb"))
    timed("merge", *random.Random(1).sample(shards, len(shards)), "--db", str(folder / "m2.duckdb"))
    same &= compare("merged in reverse, then shuffled again", folder / "m2.duckdb", plain)
    timed("merge", str(folder / "shards-1"), "--db", str(folder / "m3.duckdb"))
    same &= compare("the 1-worker shards merged", folder / "m3.duckdb", plain)
    print("\n| run | articles | seconds | articles/s |\n|---|---:|---:|---:|")
    for name, seconds in rows:
        print(f"| {name} | {args.n} | {seconds:.1f} | {args.n / seconds:.1f} |")
    t = dict(rows)
    one, two, local = (t["extract --engine dask, 1 worker"], t["extract --engine dask, 2 workers"],
                       t["extract --workers 2"])
    print(f"\ndask 2 workers / 1 worker: {one / two:.2f}x; dask 2 workers against --workers 2: "
          f"{(two - local) / local:+.0%} time")
    if not args.keep and not args.dir:
        shutil.rmtree(folder)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
