"""How ``checks --recompute`` (the conflicts, one query over the store) scales with the store.

    python bench/recompute.py BASE.duckdb [--sizes 10000 30000 100000] [--dir DIR] [--old 4000]

Extracting 100,000 articles takes hours on 2 shared cores, so the stores are made
from BASE (a store that ``extract`` or ``merge`` built, e.g. by bench/shards.py) by
copying its articles under new ids until the store has each size: copy k has every
figure's value raised by k mod 3, so copies of a story state three values of each
count and conflict with each other (more conflicts than a real archive holds:
most of the store's comparable figures get a check). Then times recheck_conflicts
on each size, and with ``--old N`` the article-by-article recheck_all on the first
N articles' store, for comparison.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from extractor.checks.recheck import recheck_all, recheck_conflicts
from extractor.store import Store
from extractor.store.rows import SHARD_TABLES, column_types


def _copy(store: Store, base: str, k: int, limit: int) -> None:
    """Copy ``limit`` articles of ``base`` under new ids (copy ``k``)."""
    con = store.con
    new = f"substr(md5('{k}|' || {{}}), 1, 16)"
    picked = f"(SELECT id FROM base.articles ORDER BY id LIMIT {limit})"
    for table in SHARD_TABLES:
        columns = list(column_types(table))
        values = []
        for c in columns:
            if c == "id":
                values.append(new.format("id"))
            elif c == "article_id":
                values.append(new.format("article_id"))
            elif table == "figures" and c == "value":
                values.append(f"value + {k % 3}")
            elif table == "articles" and c == "source":
                values.append(f"source || '#{k}'")
            else:
                values.append(f'"{c}"')
        key = "id" if table == "articles" else "article_id"
        where = f"{key} IN {picked}" + (" AND kind <> 'conflict'" if table == "checks" else "")
        con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(values)} "
                    f"FROM base.{table} WHERE {where}")


def grow(store: Store, base: str, size: int, per_copy: int, made: int) -> int:
    """Copy base until the store has ``size`` articles; returns the copies made so far."""
    while store.counts()["articles"] < size:
        _copy(store, base, made, min(per_copy, size - store.counts()["articles"]))
        made += 1
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    parser.add_argument("--old", type=int, default=0)
    parser.add_argument("--dir")
    args = parser.parse_args()
    folder = Path(args.dir or tempfile.mkdtemp(prefix="extractor-recompute-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "grown.duckdb"
    db.unlink(missing_ok=True)
    rows = []
    with Store(db) as store:
        store.con.execute(f"ATTACH '{args.base}' AS base (READ_ONLY)")
        per_copy = store.con.execute("SELECT count(*) FROM base.articles").fetchone()[0]
        made = 0
        for size in sorted(args.sizes):
            made = grow(store, "base", size, per_copy, made)
            store.con.execute("CHECKPOINT")
            start = time.perf_counter()
            cpu = time.process_time()
            recheck_conflicts(store, "bench")
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
            conflicts = len(store.checks(kind="conflict"))
            rows.append(("recheck_conflicts (one query)", size, seconds, cpu, conflicts))
            print(f"{size} articles: {seconds:.1f} s ({1000 * seconds / size:.2f} ms an article, "
                  f"CPU {1000 * cpu / size:.2f}), {conflicts} conflict checks", flush=True)
    if args.old:
        old = folder / "old.duckdb"
        old.unlink(missing_ok=True)
        with Store(old) as store:
            store.con.execute(f"ATTACH '{args.base}' AS base (READ_ONLY)")
            _copy(store, "base", 0, args.old)
            start, cpu = time.perf_counter(), time.process_time()
            recheck_all(store, "bench")
            rows.append(("recheck_all (article by article)", args.old, time.perf_counter() - start,
                         time.process_time() - cpu, len(store.checks(kind="conflict"))))
    print("\n| pass | articles | seconds | ms an article | CPU ms an article | conflict checks |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, n, seconds, cpu, conflicts in rows:
        print(f"| {name} | {n} | {seconds:.1f} | {1000 * seconds / n:.2f} | {1000 * cpu / n:.2f} | {conflicts} |")
    if not args.dir:
        shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
