"""Where an article's time goes: milliseconds per article for each stage, in process.

    python bench/components.py [DIR ...] [--repeat N] [--cpu]

Reads every supported file under the given directories (default: corpus/ and
../shared/eval when present) once, warms the pipeline up on them, then times each
stage on the same texts: the tokenizer, each nlp component in pipeline order, the
claims (comparisons and changes) and the per-article checks. No store and no
ingest: this is the map of what to make faster, not a throughput figure
(bench/archive.py gives those). ``--cpu`` times with the process's CPU clock instead
of the wall clock: on a machine shared with other jobs the wall clock counts their
time too, so before/after comparisons there are only fair in CPU time.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

from extractor.checks.change import changes
from extractor.checks.article import article_checks
from extractor.checks.claims import comparisons
from extractor.ingest.read import expand_sources, read_source
from extractor.nlp import build_nlp, keep_text
from extractor.pipeline import extract_article
from extractor.records import ArticleResult

ROOT = Path(__file__).resolve().parents[1]


def read_articles(dirs: list[str]) -> list:
    """Every supported file under ``dirs`` (default: corpus/ and ../shared/eval when
    present), read once: the articles the in-process benches time."""
    dirs = dirs or [str(d) for d in (ROOT / "corpus", ROOT.parent / "shared" / "eval") if d.is_dir()]
    return [read_source(s) for s in expand_sources(dirs) if not s.endswith(".json")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cpu", action="store_true",
                        help="time with the process CPU clock (fair on a loaded machine)")
    args = parser.parse_args()
    articles = read_articles(args.dirs)
    nlp = build_nlp()
    for article in articles:  # warm-up: patterns compiled, caches filled
        extract_article(article, nlp)
    # a full collection (~80 ms here) of what the warm-up left would land in whichever stage
    # happens to be running, and move from stage to stage as other code changes
    gc.collect()
    spent: dict[str, float] = {}
    clock = time.process_time if args.cpu else time.perf_counter

    def timed(name, fn, *a):
        start = clock()
        out = fn(*a)
        spent[name] = spent.get(name, 0.0) + clock() - start
        return out

    for _ in range(args.repeat):
        for article in articles:
            doc = timed("tokenizer", nlp.make_doc, article.text)
            keep_text(doc, article.text)  # as pipeline.run_nlp does
            doc._.published = article.published
            doc._.blocks = article.blocks
            doc._.site_name = article.site_name
            for name, proc in nlp.pipeline:
                doc = timed(name, proc, doc)
            result = ArticleResult(article=article, figures=doc._.figures or [],
                                   outcomes=doc._.outcomes or [], dates=doc._.dates or [])
            result.claims = timed("claims", lambda r: comparisons(r) + changes(r), result)
            result.checks = timed("checks", article_checks, result)
    n = len(articles) * args.repeat
    kind = "CPU" if args.cpu else "wall"
    print(f"{len(articles)} articles x {args.repeat}, {kind} ms per article:")
    for name, seconds in spent.items():
        print(f"  {name:22s} {1000 * seconds / n:7.2f}")
    print(f"  {'total':22s} {1000 * sum(spent.values()) / n:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
