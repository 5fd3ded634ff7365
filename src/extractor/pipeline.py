"""The only place that runs the stages in order: Article -> ArticleResult.

    ingest (Article) -> nlp components (records on the Doc) -> checks -> ids
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language

from . import __version__
from .change import changes
from .checks import article_checks
from .claims import comparisons
from .errors import ExtractorError
from .ingest import expand_sources, read_source
from .nlp import shared_nlp
from .records import Article, ArticleResult

VERSION = __version__


def run_nlp(article: Article, nlp: Language | None = None):
    nlp = nlp or shared_nlp()
    doc = nlp.make_doc(article.text)
    doc._.published = article.published
    doc._.site_name = article.site_name
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def extract_article(article: Article, nlp: Language | None = None) -> ArticleResult:
    doc = run_nlp(article, nlp)
    result = ArticleResult(
        article=article,
        figures=doc._.figures or [],
        outcomes=doc._.outcomes or [],
        dates=doc._.dates or [],
    )
    result.claims = comparisons(result) + changes(result)
    result.checks = article_checks(result)
    result.assign_ids()
    return result


@dataclass
class Failure:
    source: str
    message: str


@dataclass
class Skipped:
    """An input whose text this extractor version has already stored."""
    source: str
    article_id: str


def extract_sources(sources: Iterable[str], *, stdin=None, nlp: Language | None = None,
                    fetch_options: dict | None = None,
                    skip: Callable[[Article], bool] | None = None) -> Iterator[ArticleResult | Failure | Skipped]:
    """Yield a result, a Failure or a Skipped per input, in order; one bad input never
    stops the rest. ``skip(article)`` says an article need not be extracted again."""
    for given in sources:
        try:
            expanded = expand_sources([given])
        except ExtractorError as exc:
            yield Failure(source=given, message=str(exc))
            continue
        yield from _extract_each(expanded, stdin, nlp, fetch_options, skip)


def _extract_each(expanded, stdin, nlp, fetch_options, skip):
    for source in expanded:
        try:
            article = read_source(source, stdin=stdin, **(fetch_options or {}))
            if skip is not None and skip(article):
                yield Skipped(source=source, article_id=article.id)
                continue
            yield extract_article(article, nlp)
        except ExtractorError as exc:
            yield Failure(source=source, message=str(exc))


def read_list(path: str) -> list[str]:
    """Sources listed one a line in a file ('#' starts a comment)."""
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ExtractorError(f"{path}: cannot read the list ({exc.__class__.__name__})") from None
    return [line.strip() for line in lines if line.strip() and not line.strip().startswith("#")]
