"""extractor: figures, outcomes and dates from police-conduct articles, kept in DuckDB.

The public API (everything else is internal and may change)::

    import extractor
    from datetime import date

    result = extractor.extract_text(
        "PC Sam Reed was dismissed for gross misconduct, Westshire Police said on 3 March 2023.",
        published=date(2023, 3, 4))
    for outcome in result.outcomes:
        print(outcome.outcome, outcome.subject, repr(outcome.text), outcome.date)
    # dismissed PC Sam Reed 'was dismissed' 2023-03-03
    # gross_misconduct_proven PC Sam Reed 'was dismissed for gross misconduct' 2023-03-03

    result = extractor.extract_file("corpus/hearing-outcomes-notice-2023.txt")   # or a .html/.pdf/.md, or a URL

    run = extractor.extract_many(["corpus/"], store="extractor.duckdb", workers=2)
    for item in run:                    # in input order: an ArticleResult, or a Failure (.source, .message)
        ...
    print(run.stored, len(run.failures))

    with extractor.Store("extractor.duckdb") as store:    # reading what runs stored
        result = store.load(store.article_ids()[0])

Records (pydantic models, the JSON of SPEC section 1): ``ArticleResult`` holds an
``Article`` and its ``Figure``, ``Outcome``, ``DateMention`` and ``Check`` lists;
every item's ``span`` indexes ``result.article.text``. Every error extractor
raises is an ``ExtractorError`` (see ``extractor.errors``), whose str() is one line.

``import extractor`` is light (no spaCy, pydantic or DuckDB): each name is
imported when first used. The pipeline behind ``extract_text`` and
``extract_file`` is built once per process, on the first call (~1-2 s).
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Optional

from .version import __version__

if TYPE_CHECKING:
    from .batch import ExtractRun, extract_many
    from .errors import ExtractorError, IngestError
    from .pipeline import Failure
    from .records import Article, ArticleResult, Check, DateMention, Figure, Outcome
    from .store import Store

__all__ = ["extract_text", "extract_file", "extract_many", "Store", "ArticleResult", "Article", "Figure",
           "Outcome", "DateMention", "Check", "Failure", "ExtractRun", "ExtractorError", "IngestError",
           "__version__"]

# Each public name -> the module that defines it, imported on first use.
_LAZY = {
    "extract_many": ".batch", "ExtractRun": ".batch", "Failure": ".pipeline", "Store": ".store",
    "ArticleResult": ".records", "Article": ".records", "Figure": ".records", "Outcome": ".records",
    "DateMention": ".records", "Check": ".records", "ExtractorError": ".errors", "IngestError": ".errors",
}
_shared: dict = {}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def extract_text(text: str, *, published: Optional[_dt.date] = None, url: Optional[str] = None,
                 title: Optional[str] = None) -> "ArticleResult":
    """Extract from an article's text (plain text: for HTML or PDF use ``extract_file``).

    ``published`` places relative dates ("last year") and the reporting period;
    without it, a dated byline, a dateline ("Tuesday 14 May 2024 | News") or a
    date alone on an opening line is used, and the text is read into blocks
    (headline, dateline, headings, lists, tables), exactly as for a .txt file. ``url`` and ``title`` are kept on ``result.article``.

    >>> r = extract_text("Two officers were dismissed in 2022.")   # doctest: +SKIP
    >>> [(f.value, f.counted, f.outcome, f.text) for f in r.figures]  # doctest: +SKIP
    [(2.0, 'officer', 'dismissed', 'Two')]

    Raises ``IngestError`` for empty text; anything a rule or a library raises
    comes as an ``UnexpectedError`` (an ExtractorError) with the original as its cause.
    """
    from .ingest.layout import with_blocks
    from .ingest.read import find_published
    from .records import Article

    source = url or "<text>"

    def article() -> Article:
        if not text.strip():
            from .errors import IngestError

            raise IngestError(source, "empty text")
        when, how = (published, "meta") if published else find_published(text)
        # The same reading as a .txt file: blocks, and a dateline line under the headline.
        return with_blocks(Article.from_text(text, source, url=url, title=title, published=when,
                                             published_source=how))

    return _extract(source, article)


def extract_file(path_or_url: str, *, timeout: float = 20.0) -> "ArticleResult":
    """Extract from a .txt, .md, .html/.htm or .pdf file, or an http(s) URL (fetched
    within ``timeout`` seconds). Raises ``IngestError`` with a one-line reason for
    anything unusable (missing, empty, binary, encrypted PDF, HTTP error...).

    >>> extract_file("corpus/hearing-outcomes-notice-2023.txt").article.published  # doctest: +SKIP
    datetime.date(2023, 3, 9)
    """
    from .ingest.read import read_source

    source = str(path_or_url)
    return _extract(source, lambda: read_source(source, timeout=timeout))


def _extract(source: str, read) -> "ArticleResult":
    """One input through the same boundary a batch uses: warnings logged, not shown;
    any exception an ExtractorError naming the input."""
    from .errors import ExtractorError, UnexpectedError
    from .pipeline import Extractor, warnings_logged

    stage = "reading"
    try:
        with warnings_logged(source):
            article = read()
            stage = "extracting"
            if "extractor" not in _shared:
                _shared["extractor"] = Extractor()
            return _shared["extractor"].extract(article)
    except ExtractorError:
        raise
    except Exception as exc:  # noqa: BLE001 - the caller catches ExtractorError for all of them
        raise UnexpectedError(source, stage, exc) from exc
