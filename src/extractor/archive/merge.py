"""Shards into the store: each in one transaction, then the conflicts of what came
in, in one query (checks.recheck.flag_merged).

The rules are extract's. An article this extractor version has stored already is
not written again, so merging a shard twice changes nothing. The same text in
several shards is stored once, from the lowest input position, whatever order the
shards are named in. An article stored by another version is replaced as extract
replaces it: its rows no longer produced stay, not current, for the reviews that
may point at them; rows a human added are never touched. Conflicts are what
extract stores reading the merged articles in their input order after the
articles stored before: so a plain extract of the same inputs, and a merge of its
shards in any order, give the same tables (timestamps aside).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..store import Store
from .shards import shard_paths


@dataclass
class MergeSummary:
    shards: int = 0
    articles: int = 0
    conflicts: int = 0


def merge(store: Store, shards: list[str], version: str) -> MergeSummary:
    """Load ``shards`` (shard folders, or folders of them) into ``store``. Stopped
    before its end, the shards loaded are stored whole but their conflicts are not:
    ``extractor checks --recompute`` adds them."""
    from ..checks.recheck import flag_merged

    paths = shard_paths(shards)
    summary = MergeSummary(shards=len(paths))
    if not paths:
        return summary
    store.choose_merged(paths)
    try:
        for shard in paths:
            summary.articles += store.load_shard(shard)
        summary.conflicts = flag_merged(store, version)
    finally:
        store.forget_merged()
    return summary
