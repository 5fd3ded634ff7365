"""An archive of N articles made from corpus/, and how fast and how big extracting it is.

    python bench/archive.py [--n 10000] [--seed 8] [--workers 1 2] [--dir DIR] [--keep] [--floors-only]

Builds N articles (half .txt, half .html) from the corpus articles with varied
numbers, years and lengths (seeded, so the same archive every time), then, in one
run on the same texts, reports articles/s and peak RSS of:
  - what the pipeline pays besides extraction, in process: reading the .txt files
    into Articles, and storing their extracted results (DuckDB writes and conflict
    checks) in batches of extract's default size (256) and of 64; the same results written as Parquet shards of 100
    (what ``extract --engine dask``'s workers do besides extracting), and those
    merged into a new store (the one writer's share of that path);
  - the full pipeline, ``extractor extract DIR --db X --format jsonl`` in a
    subprocess (DuckDB writes included; output to /dev/null), on the .txt and the
    .html halves, with each --workers count given; peak RSS is that of the whole
    process tree (the writer and its workers), sampled every 50 ms;
  - the floor: spaCy's blank English tokenizer alone over the .txt texts;
    the stages timed in process are also given in CPU time, against the
    tokenizer's: on a shared machine the wall-clock ratio moves with the load;
  - peers: trafilatura's main-text extraction alone on the .html files, and
    dateparser.search.search_dates alone on the .txt texts (a sample: it is slow).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
_DIGITS = re.compile(r"\d+")
# Stage -> CPU seconds of the stages timed in process: steadier than wall-clock time
# on a machine other jobs share (DuckDB runs one thread in these stores).
CPU: dict[str, float] = {}


def _vary_numbers(text: str, rng: random.Random, shift: int) -> str:
    """Years move by ``shift``; other numbers become others of the same length."""
    def swap(m: re.Match) -> str:
        s = m.group()
        if len(s) == 4 and s[:2] in ("19", "20"):
            return str(int(s) + shift)
        if len(s) == 1:
            return str(rng.randint(2, 9))
        return str(rng.randint(10 ** (len(s) - 1), 10 ** len(s) - 1))
    return _DIGITS.sub(swap, text)


def _vary_length(blocks: list[str], rng: random.Random, keep: int = 2) -> list[str]:
    """Drop some blocks after the first ``keep`` and repeat others: shorter and longer articles."""
    head, body = blocks[:keep], blocks[keep:]
    out = []
    for block in body:
        roll = rng.random()
        if roll < 0.15:
            continue
        out.append(block)
        if roll > 0.85:
            out.append(block)
    return head + out


def build(n: int, seed: int, folder: Path, only: str | None = None) -> tuple[list[Path], list[Path]]:
    """N articles, every other one .txt (with ``only``, just the articles of that kind)."""
    rng = random.Random(seed)
    sources = {ext: sorted(CORPUS.glob(f"*.{ext}")) for ext in ("txt", "html")}
    texts = {ext: [p.read_text(encoding="utf-8") for p in paths] for ext, paths in sources.items()}
    made: dict[str, list[Path]] = {"txt": [], "html": []}
    for ext in ("txt", "html"):
        (folder / ext).mkdir(parents=True, exist_ok=True)
    for i in range(n):
        ext = "txt" if i % 2 == 0 else "html"
        which = rng.randrange(len(texts[ext]))
        text = texts[ext][which]
        shift = rng.randint(-15, 3)
        # Numbers vary with the source and the year shift, not per copy: copies that
        # state the same count for the same period agree, so the archive is not one
        # web of conflicts (each copy would conflict with hundreds of others).
        numbers = random.Random(f"{seed}-{ext}-{which}-{shift}")
        if ext == "txt":
            text = "\n\n".join(_vary_length(text.split("\n\n"), rng))
        else:  # whole paragraphs dropped or repeated, the page's frame kept
            parts = re.split(r"(?=<p[ >])", text)
            text = "".join(_vary_length(parts, rng, keep=1))
        if only is not None and ext != only:
            continue
        text = _vary_numbers(text, numbers, shift)
        text = text + f"\n\nArchive item {i}.\n" if ext == "txt" else \
            text.replace("</p>", f" Archive item {i}.</p>", 1)
        path = folder / ext / f"{i:06d}.{ext}"
        path.write_text(text, encoding="utf-8")
        made[ext].append(path)
    return made["txt"], made["html"]


def tree_memory(pid: int, pss: bool = False) -> dict[int, tuple[int, int]]:
    """pid -> (RSS, PSS) in kB of a process and all below it; PSS (shared pages
    divided among their sharers) only if asked, as reading it walks every mapping."""
    found, stack = {}, [pid]
    while stack:
        p = stack.pop()
        try:
            rss = next(int(line.split()[1]) for line in Path(f"/proc/{p}/status").read_text().splitlines()
                       if line.startswith("VmRSS:"))
            shared = 0
            if pss:
                shared = next(int(line.split()[1]) for line in
                              Path(f"/proc/{p}/smaps_rollup").read_text().splitlines() if line.startswith("Pss:"))
            found[p] = (rss, shared)
            for task in os.listdir(f"/proc/{p}/task"):
                stack += [int(c) for c in Path(f"/proc/{p}/task/{task}/children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError, ValueError, StopIteration):
            pass
    return found


def _tree_rss_kb(pid: int) -> int:
    return sum(rss for rss, _ in tree_memory(pid).values())


def run_extract(folder: Path, workers: int, db: Path) -> tuple[float, float, str]:
    """Seconds and peak RSS (MB, the process tree) of one extract run."""
    cmd = [sys.executable, "-m", "extractor.cli", "extract", str(folder), "--db", str(db),
           "--format", "jsonl", "--workers", str(workers)]
    start = time.perf_counter()
    with open(os.devnull, "w") as devnull:
        proc = subprocess.Popen(cmd, stdout=devnull, stderr=subprocess.PIPE, text=True)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, _tree_rss_kb(proc.pid))
            time.sleep(0.05)
        err = proc.stderr.read()
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"extract failed ({proc.returncode}): {err[-2000:]}")
    return seconds, peak / 1024, err


def _startup() -> float:
    """Seconds the CLI takes to start and extract nothing: paid once per run, shown apart."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", ("import extractor.cli, extractor.pipeline; "
                                           "extractor.pipeline.Extractor()")], check=True)
    return time.perf_counter() - start


def _floors(files: list[Path], folder: Path) -> list[tuple[str, int, float, None]]:
    """What the full pipeline pays besides extraction, timed in process: reading the
    files into Articles, and storing what extraction gave them (conflicts included)
    in batches of extract's default size, and of 64, into a new DuckDB file."""
    from extractor.batch import BATCH_SIZE
    from extractor.ingest.read import read_source
    from extractor.pipeline import extract_article

    start, cpu = time.perf_counter(), time.process_time()
    articles = [read_source(str(p)) for p in files]
    t_read = time.perf_counter() - start
    CPU["read files into Articles alone (.txt)"] = time.process_time() - cpu
    results = [extract_article(a) for a in articles]  # not timed
    default = f"store extracted results alone (.txt, {BATCH_SIZE} a batch, extract's default)"
    t_store = _store_alone(results, folder, BATCH_SIZE, default)
    t_64 = _store_alone(results, folder, 64, "the same, 64 a batch (--batch-size 64)")
    t_shard, t_merge = _shards_then_merge(results, folder)
    print(f"read alone: {len(files) / t_read:.0f} articles/s; store alone: {len(files) / t_store:.0f} articles/s; "
          f"shards alone {len(files) / t_shard:.0f} articles/s, merge alone {len(files) / t_merge:.0f} articles/s",
          flush=True)
    return [("read files into Articles alone (.txt)", len(files), t_read, None),
            (default, len(files), t_store, None),
            ("the same, 64 a batch (--batch-size 64)", len(files), t_64, None),
            ("write them as Parquet shards alone (100 a shard; on the workers)", len(files), t_shard, None),
            ("merge the shards into a new store alone (conflicts included)", len(files), t_merge, None)]


def _store_alone(results: list, folder: Path, batch: int, name: str) -> float:
    """Seconds to store ``results`` (conflicts included), ``batch`` to a transaction,
    into a new store opened as ``extract`` opens its writer's (cli.py: one DuckDB
    thread, 64 MB); its CPU time goes to CPU[name]. Two sizes show what a batch
    costs whatever its size (DuckDB's statements, the commit)."""
    from extractor.checks.recheck import save_batch
    from extractor.store import Store

    db = folder / f"floor-{batch}.duckdb"
    db.unlink(missing_ok=True)
    with Store(db, memory_limit="64MB", threads=1) as store:
        start, cpu = time.perf_counter(), time.process_time()
        for i in range(0, len(results), batch):
            save_batch(store, results[i:i + batch], "bench")
        seconds = time.perf_counter() - start
        CPU[name] = time.process_time() - cpu
    return seconds


def _shards_then_merge(results: list, folder: Path) -> tuple[float, float]:
    """Seconds to write ``results`` as shards of 100 (what --engine dask's workers
    do besides extracting), and to merge them into a new store (the one writer's
    share of the Dask path: Parquet scans, then the conflicts in one query)."""
    from extractor.archive.merge import merge
    from extractor.archive.shards import shard_name, write_shard
    from extractor.store import Store
    from extractor.store.connection import utc_now
    from extractor.store.rows import result_tables

    shards = folder / "floor-shards"
    shutil.rmtree(shards, ignore_errors=True)
    shards.mkdir()
    start, cpu = time.perf_counter(), time.process_time()
    for i in range(0, len(results), 100):
        tables = result_tables(list(enumerate(results[i:i + 100], start=i)), "bench", utc_now())
        write_shard(shards / shard_name(i // 100), tables, [])
    t_shard = time.perf_counter() - start
    CPU["write them as Parquet shards alone (100 a shard; on the workers)"] = time.process_time() - cpu
    db = folder / "floor-merged.duckdb"
    db.unlink(missing_ok=True)
    with Store(db, threads=1) as store:
        start, cpu = time.perf_counter(), time.process_time()
        merge(store, [str(shards)], "bench")
        t_merge = time.perf_counter() - start
        CPU["merge the shards into a new store alone (conflicts included)"] = time.process_time() - cpu
    return t_shard, t_merge


def machine() -> str:
    import duckdb
    import spacy

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal"))
    return (f"{cpu}, {os.cpu_count()} cores, {mem / 1024 ** 2:.0f} GiB RAM, Python "
            f"{platform.python_version()}, spaCy {spacy.__version__}, DuckDB {duckdb.__version__}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--formats", nargs="+", default=["txt", "html"])
    parser.add_argument("--dir", help="build the archive here (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the archive and the stores")
    parser.add_argument("--floors-only", action="store_true",
                        help="the tokenizer and the in-process stages only (reading, storing, shards): "
                             "no extract runs, no peers")
    parser.add_argument("--peer-sample", type=int, default=300,
                        help="articles the slow peers (dateparser) are timed on")
    args = parser.parse_args()
    folder = Path(args.dir or tempfile.mkdtemp(prefix="extractor-archive-"))
    t0 = time.perf_counter()
    txt, html = build(args.n, args.seed, folder)
    print(f"built {args.n} articles ({len(txt)} .txt, {len(html)} .html) in {time.perf_counter() - t0:.0f} s "
          f"under {folder}", flush=True)
    print(machine(), flush=True)
    rows = []

    import spacy

    texts = [p.read_text(encoding="utf-8") for p in txt]
    blank = spacy.blank("en")
    start, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        blank(text)
    t_tok = time.perf_counter() - start
    CPU["blank tokenizer (.txt)"] = time.process_time() - cpu
    rows.append(("blank tokenizer (.txt)", len(texts), t_tok, None))
    print(f"tokenizer: {len(texts) / t_tok:.0f} articles/s", flush=True)

    rows += _floors(txt, folder)
    startup = 0.0 if args.floors_only else _startup()
    for ext, files in (("txt", txt), ("html", html)):
        if ext not in args.formats or args.floors_only:
            continue
        for workers in args.workers:
            db = folder / f"{ext}-{workers}.duckdb"
            if db.exists():
                db.unlink()
            seconds, rss, _err = run_extract(folder / ext, workers, db)
            rows.append((f"extract .{ext}, {workers} worker{'s' if workers > 1 else ''}", len(files), seconds, rss))
            print(f"{rows[-1][0]}: {len(files) / seconds:.1f} articles/s, peak RSS {rss:.0f} MB", flush=True)

    try:
        if args.floors_only:
            raise ImportError
        import trafilatura
        pages = [p.read_text(encoding="utf-8") for p in html]
        start = time.perf_counter()
        for page in pages:
            trafilatura.extract(page)
        rows.append(("trafilatura main text (.html)", len(pages), time.perf_counter() - start, None))
    except ImportError:
        print("peer skipped" if args.floors_only else "trafilatura not installed: peer skipped")
    try:
        if args.floors_only:
            raise ImportError
        from dateparser.search import search_dates
        sample = texts[: args.peer_sample]
        start = time.perf_counter()
        for text in sample:
            search_dates(text, languages=["en"])
        rows.append((f"dateparser search_dates (.txt, first {len(sample)})", len(sample),
                     time.perf_counter() - start, None))
    except ImportError:
        print("peer skipped" if args.floors_only else "dateparser not installed (pip install -e '.[bench]'): peer skipped")

    print()
    print("| stage | articles | seconds | articles/s | x tokenizer time | peak RSS MB |")
    print("|---|---:|---:|---:|---:|---:|")
    tok_rate = len(texts) / t_tok
    for name, n, seconds, rss in rows:
        rate = n / seconds
        print(f"| {name} | {n} | {seconds:.1f} | {rate:.1f} | {tok_rate / rate:.1f} | "
              f"{'' if rss is None else f'{rss:.0f}'} |")
    tok_cpu = CPU["blank tokenizer (.txt)"]
    print("\nIn process, CPU time (the steadier measure when other jobs share the machine):\n")
    print("| stage | CPU ms an article | x tokenizer CPU time |")
    print("|---|---:|---:|")
    for name, n, _, _ in rows:
        if name in CPU:
            print(f"| {name} | {CPU[name] * 1000 / n:.2f} | {CPU[name] / tok_cpu:.1f} |")
    print(f"\nextract runs include process start-up (about {startup:.1f} s: imports and building the pipeline)")
    if not args.keep and not args.dir:
        shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
