"""Snapshot everything the tool produces, so a refactor can be proved byte-identical.

    python bench/snapshot.py OUT_DIR            # write the snapshot
    python bench/snapshot.py OUT_DIR --compare BASELINE_DIR   # and diff it

For corpus/, ../shared/eval, ../shared/eval2 and ../shared/seeds it writes the
`extract --format jsonl` output (no store), every table of a store built by
`extract` over all of them (timestamps blanked, rows sorted), and
`extractor eval --json` for each gold set. A layout move must leave all of it
unchanged; `--compare` prints the files that differ and exits 1 if any do.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SETS = {"corpus": ROOT / "corpus", "eval": SHARED / "eval", "eval2": SHARED / "eval2",
        "seeds": SHARED / "seeds"}
GOLD = ("corpus", "eval", "eval2")
EXTRACTOR = [sys.executable, "-m", "extractor.cli"]


def run(args: list[str], out: Path, cwd: Path) -> None:
    env = dict(os.environ, EXTRACTOR_DB=str(cwd / "unused.duckdb"))
    done = subprocess.run(EXTRACTOR + args, cwd=cwd, capture_output=True, env=env)
    out.write_bytes(done.stdout + b"\n--- stderr ---\n" + done.stderr
                    + f"\n--- exit {done.returncode} ---\n".encode())


def dump_store(db: Path, out_dir: Path) -> None:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    tables = [r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables ORDER BY table_name").fetchall()]
    for table in tables:
        cols = con.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = ? ORDER BY ordinal_position", [table]).fetchall()
        keep = [f'"{c}"' if "TIMESTAMP" not in t else f"NULL AS \"{c}\"" for c, t in cols]
        rows = con.execute(f'SELECT {", ".join(keep)} FROM "{table}"').fetchall()
        lines = sorted(json.dumps(list(r), default=str, ensure_ascii=False) for r in rows)
        header = json.dumps([c for c, _ in cols])
        (out_dir / f"store.{table}.jsonl").write_text(header + "\n" + "\n".join(lines) + "\n")
    con.close()


def snapshot(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    present = {name: path for name, path in SETS.items() if path.is_dir()}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for name, path in present.items():
            run(["extract", str(path), "--format", "jsonl", "--no-store", "--workers", "1"],
                out_dir / f"extract.{name}.jsonl", tmp)
        db = tmp / "all.duckdb"
        run(["extract", *map(str, present.values()), "--format", "jsonl", "--db", str(db),
             "--workers", "2"], out_dir / "extract.stored.jsonl", tmp)
        dump_store(db, out_dir)
        run(["checks", "--db", str(db), "--format", "json"], out_dir / "checks.json", tmp)
        for name in GOLD:
            if name in present:
                run(["eval", str(present[name]), "--json"], out_dir / f"eval.{name}.json", tmp)


def compare(a: Path, b: Path) -> int:
    names = sorted({p.name for p in a.iterdir()} | {p.name for p in b.iterdir()})
    bad = [n for n in names if not (a / n).exists() or not (b / n).exists()
           or not filecmp.cmp(a / n, b / n, shallow=False)]
    for n in bad:
        print(f"differs: {n}")
    print(f"{len(names) - len(bad)} of {len(names)} files identical")
    return 1 if bad else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--compare", type=Path, help="a baseline snapshot directory")
    args = parser.parse_args()
    snapshot(args.out)
    return compare(args.compare, args.out) if args.compare else 0


if __name__ == "__main__":
    sys.exit(main())
