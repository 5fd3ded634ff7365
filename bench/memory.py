"""Memory over a long run: peak RSS of ``extractor extract`` as the article count grows.

    python bench/memory.py [--n 100000] [--workers 2] [--every 10000] [--dir DIR]
                           [--batch-size N] [--db-memory SIZE]

Builds (or reuses, with --dir) an archive of N .txt articles as bench/archive.py does,
runs ``extractor extract`` on it with --format jsonl, counts the lines it writes,
and prints, every ``--every`` articles, the count, the elapsed time and the memory
of the whole process tree: RSS summed over the processes (the writer, its workers
and multiprocessing's resource tracker; pages they share are counted once per
process), its peak so far, sampled every 0.1 s, and the same sum in PSS (shared
pages divided among their sharers); then the writer's RSS and the largest worker's.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from archive import _tree_rss_kb, build, machine, tree_memory  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--every", type=int, default=10_000)
    parser.add_argument("--dir")
    parser.add_argument("--batch-size", type=int, help="extract's --batch-size (default: extract's)")
    parser.add_argument("--db-memory", help="extract's --db-memory (default: extract's)")
    args = parser.parse_args()
    folder = Path(args.dir or tempfile.mkdtemp(prefix="extractor-memory-"))
    if not (folder / "txt").is_dir():
        start = time.perf_counter()
        build(2 * args.n, args.seed, folder, only="txt")
        print(f"built {args.n} .txt articles in {time.perf_counter() - start:.0f} s under {folder}", flush=True)
    print(machine(), flush=True)
    db = folder / "memory.duckdb"
    if db.exists():
        db.unlink()
    proc = subprocess.Popen([sys.executable, "-m", "extractor.cli", "extract", str(folder / "txt"),
                             "--db", str(db), "--format", "jsonl", "--workers", str(args.workers),
                             *(["--batch-size", str(args.batch_size)] if args.batch_size else []),
                             *(["--db-memory", args.db_memory] if args.db_memory else [])],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0]

    def sample():
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
            time.sleep(0.1)

    threading.Thread(target=sample, daemon=True).start()
    start, count = time.perf_counter(), 0
    print("articles  seconds  articles/s  RSS MB  peak RSS MB  PSS MB  writer RSS  largest worker RSS",
          flush=True)
    for _line in proc.stdout:
        count += 1
        if count % args.every == 0:
            now = time.perf_counter() - start
            tree = tree_memory(proc.pid, pss=True)
            writer = tree.get(proc.pid, (0, 0))[0]
            # the workers: every process below the writer but the ~12 MB resource tracker
            workers = [rss for p, (rss, _) in tree.items() if p != proc.pid and rss > 50 * 1024]
            rss, pss = (sum(m[i] for m in tree.values()) / 1024 for i in (0, 1))
            print(f"{count:8d} {now:8.0f} {count / now:11.1f} {rss:7.0f} {peak[0] / 1024:12.0f} {pss:7.0f} "
                  f"{writer / 1024:11.0f} {max(workers, default=0) / 1024:19.0f}", flush=True)
    proc.wait()
    now = time.perf_counter() - start
    print(f"done: {count} articles in {now:.0f} s ({count / now:.1f}/s), peak RSS {peak[0] / 1024:.0f} MB, "
          f"exit {proc.returncode}; {proc.stderr.read().strip()[-600:]}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
