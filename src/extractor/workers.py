"""Many inputs through the pipeline: here, or in worker processes while the caller writes.

``run_tasks`` yields one ArticleResult, Failure or Skipped per task, in the tasks'
order. Each task runs inside the pipeline's one boundary (``pipeline._run_task``),
so an input that raises is that input's Failure and the run goes on.

A worker can still die outside any boundary: killed by the kernel when memory runs
out, by an operator, or by a crash in a C library. A ``multiprocessing.Pool`` then
waits for the lost chunk for ever. Here the workers are a ProcessPoolExecutor,
which says so (``BrokenProcessPool``) for every chunk in flight, not only the one
that killed it. The pool is rebuilt and those chunks sent again, except the first
whose results are due: its tasks run one at a time in a pool of one worker of their
own (the quarantine), where a death can only be the task's. So a task that kills a
worker ends in the quarantine and is lost there, as a Failure naming its input;
nothing else is lost and the run never stalls.
"""

from __future__ import annotations

import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from .errors import ExtractorError
from .pipeline import Extractor, Failure, IdSet, Skipped, Task, _failure, _run_task
from .records import ArticleResult

_worker: dict = {}


def _init_worker(skip_ids: IdSet, fetch_options: dict) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the pool
    _worker.update(extractor=None, skip=skip_ids, options=fetch_options)


def _run_chunk(tasks: list[Task]) -> list:
    if _worker["extractor"] is None:
        _worker["extractor"] = Extractor()
    return [_run_task(t, _worker["extractor"], _worker["skip"], _worker["options"]) for t in tasks]


class _Workers:
    """A spawned process pool that is rebuilt when one of its workers dies."""

    def __init__(self, workers: int, skip_ids: IdSet, fetch_options: dict):
        self._args = (skip_ids, fetch_options)
        self._workers = workers
        self.pool = self._new(workers)
        self._quarantine: ProcessPoolExecutor | None = None

    def _new(self, workers: int) -> ProcessPoolExecutor:
        import multiprocessing

        skip_ids, fetch_options = self._args
        # Spawned, not forked: a forked worker starts with the writer's pages (its
        # imports, DuckDB's cache, the list of every input), and they count in its RSS
        # however little it touches them; measured at 100,000 inputs, forked workers
        # were ~30 MB bigger each. A spawned one holds what extraction needs and no more.
        return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init_worker, initargs=(skip_ids, fetch_options))

    def submit(self, tasks: list[Task]) -> Future:
        return self.pool.submit(_run_chunk, tasks)

    def alone(self, task: Task) -> list:
        """One task in the quarantine; BrokenProcessPool if it killed the worker there."""
        if self._quarantine is None:
            self._quarantine = self._new(1)
        try:
            return self._quarantine.submit(_run_chunk, [task]).result()
        except BrokenProcessPool:
            _stop(self._quarantine)
            self._quarantine = None
            raise

    def rebuild(self) -> None:
        _stop(self.pool)
        self.pool = self._new(self._workers)

    def stop(self) -> None:
        for pool in (self.pool, self._quarantine):
            if pool is not None:
                _stop(pool)


def _stop(pool: ProcessPoolExecutor) -> None:
    # ProcessPoolExecutor has no terminate before Python 3.14: a run stopped early
    # (Ctrl-C, a consumer that stops reading) must not wait for chunks in flight.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join()


def _one_by_one(workers: _Workers, tasks: list[Task]) -> list:
    """A chunk lost with its pool, or whose results could not be sent back, run a task
    at a time in the quarantine: the task that fails there is a Failure. A broken
    environment (a malformed rule file: an ExtractorError) still stops the run."""
    out = []
    for task in tasks:
        try:
            out.extend(workers.alone(task))
        except BrokenProcessPool:
            out.append(Failure(source=task.source, message=(
                f"{task.source}: the worker process extracting it died (killed, or out of memory)")))
        except ExtractorError:
            raise
        except Exception as exc:  # noqa: BLE001 - narrowed to the task
            out.append(_failure(task.source, "extracting", exc))
    return out


def _restart(workers: _Workers, pending: deque) -> None:
    """A new pool, and every chunk still in flight sent to it again."""
    workers.rebuild()
    for i, (tasks, future) in enumerate(pending):
        if future is not None and not _delivered(future):
            pending[i] = (tasks, workers.submit(tasks))


def _delivered(future: Future) -> bool:
    """Done with its results (or with an error of its own), not lost with the pool."""
    return future.done() and not future.cancelled() and not isinstance(future.exception(), BrokenProcessPool)


def _chunk_results(workers: _Workers, tasks: list[Task], future: Future, pending: deque) -> list:
    try:
        return future.result()
    except BrokenProcessPool:
        _restart(workers, pending)
    except ExtractorError:
        raise
    except Exception:  # noqa: BLE001 - narrowed to the task in _one_by_one
        pass
    return _one_by_one(workers, tasks)


def run_tasks(tasks: Iterable[Task | Failure], *, workers: int = 1, skip_ids: Iterable[str] = (),
              fetch_options: dict | None = None, chunk: int = 4,
              extractor: Extractor | None = None) -> Iterator[ArticleResult | Failure | Skipped]:
    """Yield a result, Failure or Skipped per task, in the tasks' order. With
    workers > 1, worker processes read and extract (``chunk`` tasks at a time) while
    the caller consumes; at most a few chunks per worker are in flight, so memory
    does not grow with the number of tasks. Articles whose id is in ``skip_ids``
    are not extracted again."""
    skip_ids = skip_ids if isinstance(skip_ids, IdSet) else IdSet(skip_ids)
    if workers <= 1:
        extractor = extractor or Extractor()
        for task in tasks:
            yield task if isinstance(task, Failure) else _run_task(task, extractor, skip_ids, fetch_options)
        return
    pool = _Workers(workers, skip_ids, fetch_options or {})
    pending: deque = deque()  # (tasks, Future) of a chunk, or ([Failure], None) already known
    try:
        batch: list[Task] = []

        def drain(limit: int):
            while len(pending) > limit:
                chunk_tasks, future = pending.popleft()
                yield from (chunk_tasks if future is None else _chunk_results(pool, chunk_tasks, future, pending))

        for task in tasks:
            if isinstance(task, Failure):
                if batch:
                    pending.append((batch, pool.submit(batch)))
                    batch = []
                pending.append(([task], None))
            else:
                batch.append(task)
                if len(batch) >= chunk:
                    pending.append((batch, pool.submit(batch)))
                    batch = []
            yield from drain(4 * workers)
        if batch:
            pending.append((batch, pool.submit(batch)))
        yield from drain(0)
    finally:
        pool.stop()
