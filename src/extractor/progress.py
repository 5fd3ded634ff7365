"""A one-line progress bar on stderr for long runs: articles done, rate, errors, ETA.

Drawn only when stderr is a terminal (a pipe or a log file gets no carriage
returns), and at most ten times a second so that drawing costs nothing.
"""

from __future__ import annotations

import sys
import time


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    h, rest = divmod(seconds, 3600)
    return f"{h}:{rest // 60:02d}:{rest % 60:02d}" if h else f"{rest // 60}:{rest % 60:02d}"


class Progress:
    def __init__(self, total: int, stream=None, enabled: bool | None = None, width: int = 24):
        self.total, self.done, self.errors = total, 0, 0
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.width = width
        self.start = time.monotonic()
        self._drawn = 0.0
        self._shown = False

    def advance(self, failed: bool = False) -> None:
        self.done += 1
        self.errors += failed
        now = time.monotonic()
        if self.enabled and (now - self._drawn >= 0.1 or self.done == self.total):
            self._drawn = now
            self.stream.write("\r" + self.line(now) + "\x1b[K")
            self.stream.flush()
            self._shown = True

    def line(self, now: float | None = None) -> str:
        elapsed = max((now or time.monotonic()) - self.start, 1e-9)
        rate = self.done / elapsed
        share = self.done / self.total if self.total else 1.0
        filled = int(share * self.width)
        eta = _clock((self.total - self.done) / rate) if rate and self.done < self.total else "-"
        return (f"[{'#' * filled}{'.' * (self.width - filled)}] {self.done}/{self.total} articles"
                f" · {rate:.1f}/s · {self.errors} errors · ETA {eta}")

    def note(self, message: str) -> None:
        """Print a message on its own line, the bar redrawn after it."""
        self.clear()
        print(message, file=self.stream)

    def clear(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False
            self._drawn = 0.0
