"""The few exceptions extractor raises on purpose. Catch ``ExtractorError`` for all
of them; its str() is the one line a user is shown.

    ExtractorError              base: anything the CLI turns into a one-line message
     ├── IngestError            an input could not become an Article (names the input)
     ├── UnexpectedError        an input met an exception nobody foresaw (a library's,
     │                          a rule's, a bug): names the input, the stage and the
     │                          exception's type; the batch counts it as failed and goes on
     ├── RuleError              a pattern file under models/ is malformed
     ├── StoreError             the DuckDB file cannot be opened, migrated or written
     │    └── StoreBusy         another process held the file longer than --wait
     ├── EvalError              a gold directory or gold file is unusable
     └── ReviewError            a review decision cannot be taken (bad value, unknown item)
          └── ConflictError     the item was decided again since the editor loaded it

A batch (``extractor.extract_many``) never lets one input's exception stop it:
IngestError and UnexpectedError become that input's Failure line; only a store
that refuses every write or a malformed rule file ends the run.
"""

from __future__ import annotations


class ExtractorError(Exception):
    """Base class; str() is the one-line message shown to a user."""


class IngestError(ExtractorError):
    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class UnexpectedError(ExtractorError):
    """``exc``, raised while ``stage`` ("reading", "extracting", "storing") worked on
    ``source``: "a.pdf: failed while reading (DependencyError: cryptography>=3.1 is
    required)". The original is kept as ``__cause__`` for a traceback."""

    def __init__(self, source: str, stage: str, exc: BaseException):
        kind = type(exc)
        self.source, self.stage = source, stage
        self.kind = kind.__name__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__name__}"
        detail = " ".join(str(exc).split())
        detail = detail if len(detail) <= 200 else detail[:199] + "…"
        super().__init__(f"{source}: failed while {stage} ({self.kind}{': ' + detail if detail else ''})")
        self.__cause__ = exc


class RuleError(ExtractorError):
    pass


class StoreError(ExtractorError):
    pass


class StoreBusy(StoreError):
    """Another process held the store file for longer than this one would wait."""


class EvalError(ExtractorError):
    pass


class ReviewError(ExtractorError):
    pass


class ConflictError(ReviewError):
    """A decision made on a stale version of an item; the newer decision stands."""
