"""The few exceptions extractor raises on purpose.

    ExtractorError            base: anything the CLI turns into a one-line message
     ├── IngestError          an input could not become an Article (names the input)
     ├── RuleError            a pattern file under models/ is malformed
     ├── StoreError           the DuckDB file cannot be opened, migrated or written
     │    └── StoreBusy       another process held the file longer than --wait
     ├── EvalError            a gold directory or gold file is unusable
     └── ReviewError          a review decision cannot be taken (bad value, unknown item)
          └── ConflictError   the item was decided again since the editor loaded it
"""

from __future__ import annotations


class ExtractorError(Exception):
    """Base class; str() is the one-line message shown to a user."""


class IngestError(ExtractorError):
    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


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
