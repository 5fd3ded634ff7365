"""The only place that runs the stages in order: Article -> ArticleResult.

    ingest (Article) -> nlp components (records on the Doc) -> checks -> ids

``workers.run_tasks`` runs many inputs, in worker processes or here, each inside
one boundary (``_run_task``): whatever it raises becomes that input's ``Failure``
(an ``IngestError``'s message, or an ``UnexpectedError`` naming the stage and the
exception's type), and whatever warnings libraries issue on it are logged at
debug level, not printed. A worker never dies of an input.
"""

from __future__ import annotations

import logging
import warnings
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .version import __version__
from .checks.change import changes
from .checks.article import article_checks
from .checks.claims import comparisons
from .errors import ExtractorError, UnexpectedError
from .ingest.read import expand_sources, read_source
from .records import Article, ArticleResult

if TYPE_CHECKING:
    from spacy.language import Language

VERSION = __version__
log = logging.getLogger("extractor")


def run_nlp(article: Article, nlp: Language | None = None):
    # spaCy is imported where articles are extracted, not where this module is: the
    # writer of a run with workers never extracts, and imports ~50 MB less without it.
    from .nlp import keep_text, shared_nlp

    nlp = nlp or shared_nlp()
    doc = nlp.make_doc(article.text)
    keep_text(doc, article.text)
    doc._.published = article.published
    doc._.site_name = article.site_name
    doc._.blocks = article.blocks
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def extract_article(article: Article, nlp: Language | None = None) -> ArticleResult:
    from .nlp.date_record import as_recorded

    doc = run_nlp(article, nlp)
    result = ArticleResult(
        article=article,
        figures=doc._.figures or [],
        outcomes=doc._.outcomes or [],
        dates=as_recorded(doc._.dates or []),
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


def read_list(path: str) -> list[str]:
    """Sources listed one a line in a file ('#' starts a comment)."""
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ExtractorError(f"{path}: cannot read the list ({exc.__class__.__name__})") from None
    return [line.strip() for line in lines if line.strip() and not line.strip().startswith("#")]


# ------------------------------------------------------------------ archives
#
# A spaCy vocabulary keeps every string it has seen: each new number, name or typo
# adds an entry that is never freed, so over an archive of 100,000 articles it
# grows without bound. An Extractor builds its pipeline afresh once the vocabulary
# has taken in RENEW_STRINGS new strings; results do not depend on the vocabulary's
# history, only memory does.
RENEW_STRINGS = 200_000
# The pipeline also keeps what it works out once per word or per stretch of
# patterns (the tokenizer's splits, lexeme flags, anchor reaches, window matchers),
# which grows with the articles read even when few new strings come in: measured,
# ~2.5 MB of worker RSS a thousand archive articles at ~1.2 new strings an article.
# So it is also built afresh every RENEW_ARTICLES articles (~1.5 s each time).
RENEW_ARTICLES = 5_000


class Extractor:
    """Extracts article after article with one pipeline, renewed as it grows."""

    def __init__(self, renew_strings: int = RENEW_STRINGS, renew_articles: int = RENEW_ARTICLES):
        self.renew_strings = renew_strings
        self.renew_articles = renew_articles
        self.renewals = 0
        self._new()

    def _new(self) -> None:
        from .nlp import build_nlp

        self.nlp = None  # the old pipeline goes before the new one is built
        self.nlp = build_nlp()
        self._base = len(self.nlp.vocab.strings)
        self._read = 0

    def extract(self, article: Article) -> ArticleResult:
        self.renew_if_due()
        self._read += 1
        return extract_article(article, self.nlp)

    def renew_if_due(self) -> None:
        """Build the pipeline afresh if it has grown past its bounds (what ``extract``
        does first; a caller timing articles calls it before starting the clock)."""
        if (len(self.nlp.vocab.strings) - self._base > self.renew_strings
                or self._read >= self.renew_articles):
            self._new()
            self.renewals += 1


@dataclass(slots=True)  # a run holds one per input from the start: 56 bytes each, not ~150
class Task:
    """One input: a source a worker reads itself, or an article already read (stdin)."""
    source: str
    article: Article | None = None


def plan_sources(sources: Iterable[str], stdin=None) -> Iterator[Task | Failure]:
    """Directories expanded to their files, stdin read here (a worker cannot), in order."""
    for given in sources:
        try:
            expanded = expand_sources([given])
        except Exception as exc:  # noqa: BLE001 - one source's failure, not the run's
            yield _failure(given, "listing", exc)
            continue
        for source in expanded:
            if source == "-":
                try:
                    with warnings_logged(source):
                        yield Task(source, read_source(source, stdin=stdin))
                except Exception as exc:  # noqa: BLE001
                    yield _failure(source, "reading", exc)
            else:
                yield Task(source)


def _failure(source: str, stage: str, exc: Exception) -> Failure:
    """The Failure an exception makes: an ExtractorError's own line, else one naming
    the stage and the exception's type (the traceback logged at debug level)."""
    if isinstance(exc, ExtractorError):
        return Failure(source=source, message=str(exc))
    log.debug("%s: %s failed", source, stage, exc_info=exc)
    return Failure(source=source, message=str(UnexpectedError(source, stage, exc)))


class warnings_logged(warnings.catch_warnings):
    """Warnings issued while one input is handled (bs4's XMLParsedAsHTMLWarning,
    a library's DeprecationWarning) go to the debug log with the input's name;
    a user sees a failure line or nothing."""

    def __init__(self, source: str):
        super().__init__(record=True)
        self.source = source

    def __enter__(self):
        self.caught = super().__enter__()
        warnings.simplefilter("always")
        return self.caught

    def __exit__(self, *exc_info):
        super().__exit__(*exc_info)
        for w in self.caught:
            log.debug("%s: %s: %s", self.source, w.category.__name__, w.message)


class IdSet:
    """Article ids (16 hex digits, records.text_id) as sorted 64-bit numbers: what a
    resumed run skips. Each process holds a copy, at 8 bytes an id rather than ~90
    in a set of strings."""

    def __init__(self, ids: Iterable[str] = ()):
        self._numbers = array("Q", sorted({n for n in map(self._number, ids) if n is not None}))

    @staticmethod
    def _number(article_id: str) -> int | None:
        try:
            return int(article_id, 16) if len(article_id) == 16 else None
        except ValueError:
            return None

    def __contains__(self, article_id: object) -> bool:
        n = self._number(article_id) if isinstance(article_id, str) else None
        if n is None:
            return False
        i = bisect_left(self._numbers, n)
        return i < len(self._numbers) and self._numbers[i] == n

    def __len__(self) -> int:
        return len(self._numbers)


def _run_task(task: Task, extractor: Extractor, skip_ids, fetch_options) -> ArticleResult | Failure | Skipped:
    """The one boundary every input passes: any exception from reading (a
    library's included), a rule or the pipeline becomes this input's Failure."""
    stage = "reading"
    try:
        with warnings_logged(task.source):
            article = task.article or read_source(task.source, **(fetch_options or {}))
            if article.id in skip_ids:
                return Skipped(source=task.source, article_id=article.id)
            stage = "extracting"
            return extractor.extract(article)
    except Exception as exc:  # noqa: BLE001 - the boundary: nothing an input raises stops the batch
        return _failure(task.source, stage, exc)
