"""Articles per second for the whole pipeline against spaCy's blank tokenizer alone.

    python bench/throughput.py [DIR ...] [--repeat N]

Reads every supported file under the given directories (default: corpus/ and
../shared/eval when present) once, then times, on the same texts in the same run:
  - tokenizer: spacy.blank("en") over the texts (the floor);
  - extract:   the full pipeline (nlp components, checks, ids), no store;
  - store:     extract + conflict checks + DuckDB writes in a temporary file, one
               transaction per 64 articles (as ``extractor extract`` writes).
Ingest (HTML/PDF parsing) is timed separately so the three above compare like with like.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

import spacy

from extractor import __version__
from extractor.ingest.read import expand_sources, read_source
from extractor.nlp import build_nlp
from extractor.pipeline import extract_article
from extractor.checks.recheck import save_batch
from extractor.store import Store

ROOT = Path(__file__).resolve().parents[1]


def timed(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    dirs = args.dirs or [str(ROOT / "corpus")] + ([str(ROOT.parent / "shared" / "eval")]
                                                   if (ROOT.parent / "shared" / "eval").is_dir() else [])
    sources = expand_sources(dirs)
    start = time.perf_counter()
    articles = [read_source(s) for s in sources]
    ingest_s = time.perf_counter() - start
    chars = sum(len(a.text) for a in articles)
    blank = spacy.blank("en")
    nlp = build_nlp()
    extract_article(articles[0], nlp)  # warm up lazy loads

    def tokenize():
        for a in articles:
            blank(a.text)

    def extract():
        for a in articles:
            extract_article(a, nlp)

    def extract_and_store():
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
            batch = []
            for a in articles:
                batch.append(extract_article(a, nlp))
                if len(batch) == 64:
                    save_batch(store, batch, __version__)
                    batch = []
            save_batch(store, batch, __version__)

    t_tok = timed(tokenize, args.repeat)
    t_ext = timed(extract, args.repeat)
    t_sto = timed(extract_and_store, args.repeat)
    n = len(articles)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{n} articles, {chars:,} characters, from {', '.join(dirs)}")
    print(f"{'stage':28} {'seconds':>8} {'articles/s':>11} {'x tokenizer':>12}")
    for name, t in (("ingest (read + parse)", ingest_s), ("blank tokenizer", t_tok),
                    ("extract (no store)", t_ext), ("extract + DuckDB store", t_sto)):
        print(f"{name:28} {t:8.3f} {n / t:11.1f} {t / t_tok:12.1f}")
    print(f"peak RSS {rss_mb:.0f} MB · python {sys.version.split()[0]} · spaCy {spacy.__version__}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
