"""The extract loop: many sources in, one result or one failure per input out, in
input order, each article stored once.

    run = extract_many(["corpus/", "https://example.org/story"], store="extractor.duckdb")
    for item in run:
        ...  # an ArticleResult, or a Failure naming the input and why
    run.stored, run.skipped, run.failures

What the loop owns: planning (directories expanded, stdin read once), resuming
(an article this version has stored is shown from the store, not extracted
again; the same text twice in one run is stored once), batching (results are
written ``batch_size`` to a transaction, then yielded in input order, so memory
does not grow with the run) and isolation. Every input is read and extracted
inside one boundary (``workers.run_tasks``) that turns any exception into a
Failure; a batch the store refuses is written again one article at a time, so
one bad input costs one line and the run goes on. Only a store that refuses
every article of a batch, or a broken environment (a malformed rule file),
stops the run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from .version import __version__
from .errors import UnexpectedError
from .pipeline import Failure, IdSet, Skipped, plan_sources
from .workers import run_tasks

# Articles a transaction. DuckDB costs ~30 ms a batch whatever its rows (the conflict
# query, six inserts, the commit), which at 64 a batch was more than the tokenizer's
# time (bench/archive.py: 1.8-2.1x; 1.0-1.1x at 256). A killed run extracts again at
# most this many; the rows stored do not depend on it.
BATCH_SIZE = 256
from .records import ArticleResult

__all__ = ["ExtractRun", "Failure", "extract_many"]

log = logging.getLogger("extractor")

# The writer reopens the store every so many articles stored (see Store.reopen); each
# time costs a checkpoint DuckDB would make anyway and ~25 ms of opening.
REOPEN_ARTICLES = 5_000


def extract_many(sources: Iterable[str], *, store=None, workers: int = 1, force: bool = False,
                 batch_size: int = BATCH_SIZE, timeout: float = 20.0,
                 stdin: BinaryIO | None = None) -> "ExtractRun":
    """Extract every source (file, directory, http(s) URL, or ``-`` for ``stdin``) and
    store the results; iterate over the returned run for them, in input order.

    ``store``: a ``Store``, a path to a DuckDB file (opened and closed by the run),
    or None to store nothing. ``workers`` > 1 reads and extracts in that many
    spawned processes while this one writes. ``force`` extracts again articles
    this version has already stored (else they are shown from the store).

    >>> run = extract_many(["corpus/"], store=None)          # doctest: +SKIP
    >>> [r.article.source for r in run if isinstance(r, ArticleResult)][:1]  # doctest: +SKIP
    ['corpus/boston-globe-...txt']
    """
    return ExtractRun(list(sources), store=store, workers=workers, force=force,
                      batch_size=batch_size, timeout=timeout, stdin=stdin)


class ExtractRun:
    """One run over many sources: iterate once for the results; the counts are
    kept as it goes (``total`` is known before the first result)."""

    def __init__(self, sources: list[str], *, store, workers: int, force: bool, batch_size: int,
                 timeout: float, stdin: BinaryIO | None):
        self.workers, self.force, self.batch_size = max(1, workers), force, max(1, batch_size)
        self.fetch_options = {"timeout": timeout}
        self._store_arg = store
        self.store = None
        # Planned now, so that a progress bar knows the total; stdin is read here (a worker cannot).
        self.tasks = list(plan_sources(sources, stdin=stdin if "-" in sources else None))
        self.total = len(self.tasks)
        self.done = self.skipped = self.stored = 0
        self.failures: list[Failure] = []
        self._batch: list = []
        self._turns = None  # the writer's turns at a shared store, once it is open
        self._iterated = False
        # Called with each input's outcome as it comes back (a result, a Failure, or a
        # Skipped), before its batch is stored: what a progress bar counts.
        self.on_input: Callable[[object], None] | None = None

    @property
    def pending(self) -> int:
        """Results extracted but not yet written (lost if the run is stopped now)."""
        return len(self._batch)

    def __iter__(self) -> Iterator[ArticleResult | Failure]:
        from .store import utc_now

        if self._iterated:
            raise RuntimeError("a run is iterated once; call extract_many again for another")
        self._iterated = True

        owned = self._store_arg is not None and isinstance(self._store_arg, (str, Path))
        if owned:
            from .store import Store

            self.store = Store(self._store_arg)
        else:
            self.store = self._store_arg
        try:
            stored_ids = self.store.stored_ids(__version__) if self.store is not None and not self.force else ()
            started = utc_now()
            if self.store is not None:
                # Other processes (the review page, export, another extract) get the
                # store between batches when they wait for it (store/access.py).
                from .store.access import Turns

                self._turns = Turns(self.store)
                self._turns.give(now=True)
            for item in run_tasks(self.tasks, workers=self.workers, skip_ids=IdSet(stored_ids),
                                  fetch_options=self.fetch_options):
                if self.on_input is not None:
                    self.on_input(item)
                self._batch.append(item)
                if len(self._batch) >= self.batch_size:
                    yield from self._flush(started)
            yield from self._flush(started)
        finally:
            if owned and self.store is not None:
                self.store.close()

    def _flush(self, started) -> Iterator[ArticleResult | Failure]:
        batch = self._batch
        if not batch:
            return
        if self._turns is not None:
            self._turns.take()
        if self.store is not None:
            self._skip_stored_in_this_run(batch, started)
            fresh = [i for i, item in enumerate(batch) if isinstance(item, ArticleResult)]
            failed = self._save([batch[i] for i in fresh])
            for i in fresh:
                batch[i] = failed.get(batch[i].article.id, batch[i])
        for item in batch:
            if isinstance(item, Failure):
                self.failures.append(item)
            else:
                self.done += 1
        self.skipped += sum(isinstance(item, Skipped) for item in batch)
        self._batch = []
        for item in batch:
            yield self._shown(item) if isinstance(item, Skipped) else item
        if self._turns is not None:
            self._turns.give()

    def _shown(self, item: Skipped) -> ArticleResult | Failure:
        """An article stored before, as the store has it: not extracted or written again."""
        try:
            shown = self.store.load(item.article_id)
        except Exception as exc:  # noqa: BLE001 - one article the store cannot give back
            self.failures.append(failure := _failure_of(item.source, "loading", exc))
            self.done, self.skipped = self.done - 1, self.skipped - 1
            return failure
        shown.article.source = item.source
        # Stored before schema 4, which keeps blocks (the column is null, read as none):
        # its layout read from the text again, without what a page's markup told.
        if not shown.article.blocks:
            from .ingest.layout import text_blocks
            shown.article.blocks = text_blocks(shown.article.text)
        return shown

    def _skip_stored_in_this_run(self, batch: list, started) -> None:
        """The same text twice in one run is stored once, and shown from the store the
        second time, as a resumed run would. The store says what this run has
        written: a set of ids held here would grow with the run."""
        extracted = [i for i, item in enumerate(batch) if isinstance(item, ArticleResult)]
        seen = self.store.saved_since([batch[i].article.id for i in extracted], __version__, started)
        for i in extracted:
            aid = batch[i].article.id
            if aid in seen:
                batch[i] = Skipped(source=batch[i].article.source, article_id=aid)
            seen.add(aid)

    def _save(self, results: list[ArticleResult]) -> dict[str, Failure]:
        """Store ``results`` in one transaction; if the store refuses it, one article
        at a time, each refused one a Failure. Returns the failures by article id."""
        from .checks.recheck import save_batch

        if not results:
            return {}
        try:
            save_batch(self.store, results, __version__)
            failed: dict[str, Failure] = {}
        except Exception as whole:  # noqa: BLE001 - narrowed below, article by article
            if len(results) == 1:
                failed = {results[0].article.id: _failure(results[0], whole)}
            else:
                failed = {}
                for result in results:
                    try:
                        save_batch(self.store, [result], __version__)
                    except Exception as exc:  # noqa: BLE001
                        failed[result.article.id] = _failure(result, exc)
            if len(failed) == len(results) > 1:
                raise whole  # the store itself is unusable, not the articles
        saved = len(results) - len(failed)
        if (self.stored + saved) // REOPEN_ARTICLES > self.stored // REOPEN_ARTICLES:
            self.store.reopen()
        self.stored += saved
        return failed


def _failure(result: ArticleResult, exc: Exception) -> Failure:
    return _failure_of(result.article.source, "storing", exc)


def _failure_of(source: str, stage: str, exc: Exception) -> Failure:
    log.debug("%s: %s failed", source, stage, exc_info=exc)
    return Failure(source=source, message=str(UnexpectedError(source, stage, exc)))
