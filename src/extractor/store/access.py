"""Taking turns at the store file: how several processes share one DuckDB store.

DuckDB lets one process at a time open a file for writing, and no other process
may open it at all (not even read-only) while it does: the second gets "Could
not set lock on file ... Conflicting lock is held". So every extractor process
holds the file only for a burst of work (batches written one after another, a
burst of the review page's requests, one export) and closes it, and a process
that finds the file held waits its turn: it retries with a growing pause, says
so beside the store (``announce``: a holder of bursts lets go when it sees it),
says after a second who holds the file, and gives up after a bound
(``--wait SECONDS``, ``$EXTRACTOR_WAIT``, default 60) with one line naming the
holder. The reasons for this design, and what it costs, are in
docs/concurrency.md.

A notebook reads the same way: ``rows(path, sql)`` opens read-only, reads and
closes, waiting its turn like the rest; a connection a notebook keeps open
would keep every other process waiting.
"""

from __future__ import annotations

import os
import random
import re
import sys
import time
from pathlib import Path
from typing import Callable, Sequence

import duckdb

from ..errors import StoreBusy, StoreError


DEFAULT_WAIT = 60.0  # seconds a command waits for its turn before giving up
ENV_WAIT = "EXTRACTOR_WAIT"
# Pauses between tries grow from FIRST_PAUSE to MAX_PAUSE: a writer's burst lasts
# tens of milliseconds, so the first tries are quick, and a long holder is not
# asked a hundred times a second.
FIRST_PAUSE = 0.005
MAX_PAUSE = 0.25
SAY_AFTER = 1.0  # a wait shorter than this goes unmentioned
# The storage format a new store file is written in: DuckDB 2 writes its own
# (v2.0.0+) by default, which the DuckDB 1.x that notebooks ship cannot open;
# v1.0.0 opens in every DuckDB from 1.0 on. A file keeps the format it was made in.
STORAGE_VERSION = "v1.0.0"

_LOCKED = re.compile(r"Could not set lock on file|Conflicting lock is held")
_HOLDER = re.compile(r"Conflicting lock is held in (.*?) \(PID (\d+)\)")
_configured: float | None = None


def configure(wait: float | None) -> None:
    """Set this process's wait bound (the CLI's ``--wait``); None: the environment's
    or the default."""
    global _configured
    if wait is not None and wait < 0:
        raise StoreError(f"--wait is a number of seconds, 0 or more, not {wait:g}")
    _configured = wait


def wait_bound() -> float:
    if _configured is not None:
        return _configured
    raw = os.environ.get(ENV_WAIT)
    if raw:
        try:
            return max(0.0, float(raw))
        except ValueError:
            raise StoreError(f"${ENV_WAIT} is a number of seconds, not {raw!r}") from None
    return DEFAULT_WAIT


def is_locked(exc: BaseException) -> bool:
    """Whether DuckDB refused to open the file because another process holds it."""
    return isinstance(exc, duckdb.Error) and bool(_LOCKED.search(str(exc)))


def holder(message: str) -> str:
    """Who holds the file, from DuckDB's refusal: the holder's command line when
    /proc shows it, else its program and PID."""
    found = _HOLDER.search(message)
    if not found:
        return "another process"
    program, pid = found.groups()
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
        command = " ".join(part.decode("utf-8", "replace") for part in raw.split(b"\0") if part)
    except OSError:
        command = ""
    command = _shorten(command or program)
    return f"PID {pid} ({command})"


def _shorten(command: str) -> str:
    """``python .../bin/extractor review --db x`` reads as ``extractor review --db x``."""
    words = command.split()
    for i, word in enumerate(words):
        if os.path.basename(word) == "extractor" or word.endswith("extractor.cli"):
            words = ["extractor", *words[i + 1:]]
            break
    text = " ".join(words)
    return text if len(text) <= 120 else text[:117] + "..."


def _say(text: str) -> None:
    print(f"extractor: {text}", file=sys.stderr, flush=True)


def connect(path: str | Path, *, read_only: bool = False, wait: float | None = None,
            say: Callable[[str], None] | None = _say) -> duckdb.DuckDBPyConnection:
    """A connection to the DuckDB file at ``path``, waiting up to ``wait`` seconds
    (default: wait_bound()) while another process holds it. Any other failure to
    open is raised at once, as DuckDB's error; running out of time raises
    StoreError naming the holder. ``say`` hears, once, that the wait is long."""
    bound = wait_bound() if wait is None else wait
    started = time.monotonic()
    pause, said = FIRST_PAUSE, False
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only,
                                  config={"storage_compatibility_version": STORAGE_VERSION})
        except duckdb.Error as exc:
            if not is_locked(exc):
                raise
            announce(path)
            waited = time.monotonic() - started
            if waited >= bound:
                raise StoreBusy(
                    f"{path}: the store is busy: {holder(str(exc))} holds it, and it stayed "
                    f"busy for {waited:.1f} s (--wait {bound:g}); try again when it is done, "
                    "or wait longer with --wait SECONDS") from None
            if say is not None and not said and waited >= SAY_AFTER:
                say(f"{path}: the store is busy ({holder(str(exc))} holds it); "
                    f"waiting for its turn, up to {bound:g} s")
                said = True
            # jitter, so that two waiting processes do not knock in step
            time.sleep(min(pause * random.uniform(0.5, 1.5), max(0.0, bound - waited)))
            pause = min(pause * 2, MAX_PAUSE)


def _sign(path: str | Path) -> Path:
    return Path(f"{path}.waiting")


def announce(path: str | Path) -> None:
    """Say, beside the store, that a process is waiting for it: a process that holds
    the file for a burst of requests (the review server) lets go when it sees this."""
    sign = _sign(path)
    try:
        sign.touch()
    except OSError:
        pass  # a read-only folder: the holder lets go when it goes idle anyway


def waited_on(path: str | Path, since: float) -> bool:
    """Whether a process has said it is waiting for the store since ``since``
    (time.time()). A file's time runs on the kernel's coarse clock, a few
    milliseconds behind time.time(), hence the margin; a process that knocked
    just before the holder opened is still waiting."""
    return _knocked(path) >= since - 0.1


def _knocked(path: str | Path) -> float:
    try:
        return _sign(path).stat().st_mtime
    except OSError:
        return 0.0


class Turns:
    """A writer's turns at the store: it keeps the file while batches come one after
    another, and lets go between two batches when another process has said it is
    waiting, or when the store sat idle (the batch took long to gather) for more
    than SLOW seconds: then nobody waits on a writer that is busy fetching."""

    SLOW = 1.0

    def __init__(self, store):  # a Store
        self.store = store
        self.held = True  # a Store is open from its creation
        self.opened_at = time.time()
        self.idle_since = time.monotonic()
        self.idle = 0.0

    def take(self) -> None:
        """Before a batch: the file, opened again if it was given up (waiting its turn)."""
        self.idle = time.monotonic() - self.idle_since
        if not self.held:
            self.store.reopen()
            self.held, self.opened_at = True, time.time()

    def give(self, now: bool = False) -> None:
        """After a batch: let go if asked for, if the store sat idle, or ``now``."""
        if self.held and (now or self.idle > self.SLOW or waited_on(self.store.path, self.opened_at)):
            self.store.close()
            self.held = False
        self.idle_since = time.monotonic()


def rows(path: str | Path, sql: str, params: Sequence = (), *, wait: float | None = None) -> list[tuple]:
    """Rows of one read-only query, the file held only while it runs: how a notebook
    reads a store that extraction and review are using."""
    con = connect(path, read_only=True, wait=wait)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()
