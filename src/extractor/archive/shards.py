"""One partition's extraction written as a shard: a folder ``shard-NNNNN`` of Parquet
files, one per store table (store/rows.py gives their columns), and the inputs that
failed in ``failures.jsonl``. A shard is written under a temporary name and renamed
when whole, so a folder named ``shard-*`` is always complete, and a run that stops
can be run again to write only the shards it lacks.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
from pathlib import Path

import pyarrow.parquet as pq

from ..errors import ExtractorError
from ..ingest.read import read_source
from ..store.connection import utc_now
from ..store.rows import SHARD_TABLES, result_tables
from .inputs import Keys, Partition, archive_articles

_local = threading.local()  # one pipeline per worker thread (or process)


def shard_name(index: int) -> str:
    return f"shard-{index:05d}"


def shard_paths(shards: list[str]) -> list[Path]:
    """Shard folders named, or found directly below a folder named."""
    found: list[Path] = []
    for given in map(Path, shards):
        if (given / "articles.parquet").is_file():
            found.append(given)
        elif given.is_dir():
            found += sorted(p for p in given.glob("shard-*") if (p / "articles.parquet").is_file())
        else:
            raise ExtractorError(f"{given}: not a shard, nor a folder of shards")
    return found


def _articles(part: Partition, keys: Keys, fetch_options: dict):
    if part.archive is not None:
        yield from archive_articles(part, keys)
        return
    for n, source in enumerate(part.files):
        try:
            yield part.position + n, read_source(source, **fetch_options)
        except ExtractorError as exc:
            yield part.position + n, exc


def extract_partition(part: Partition, shards_dir: str, version: str, keys: Keys = Keys(),
                      fetch_options: dict | None = None) -> dict:
    """Extract a partition (with the process's pipeline, renewed as it grows) and
    write its shard; one already written is left as it is. Returns what was done."""
    from ..pipeline import Extractor

    target = Path(shards_dir) / shard_name(part.index)
    if target.is_dir():
        return {"index": part.index, "articles": 0, "failures": [], "skipped": True}
    if getattr(_local, "extractor", None) is None:
        _local.extractor = Extractor()
    results, failures, seen = [], [], set()
    for position, article in _articles(part, keys, fetch_options or {}):
        if isinstance(article, ExtractorError):
            failures.append({"position": position, "message": str(article)})
            continue
        try:
            result = _local.extractor.extract(article)
        except ExtractorError as exc:
            failures.append({"position": position, "message": str(exc)})
            continue
        if result.article.id not in seen:  # the same text twice: stored once, as extract does
            seen.add(result.article.id)
            results.append((position, result))
    write_shard(target, result_tables(results, version, utc_now()), failures)
    return {"index": part.index, "articles": len(results), "failures": failures, "skipped": False}


def write_shard(target: Path, tables: dict, failures: list[dict]) -> None:
    partial = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}")
    if partial.exists():
        shutil.rmtree(partial)
    partial.mkdir(parents=True)
    for name in SHARD_TABLES:
        pq.write_table(tables[name], partial / f"{name}.parquet")
    (partial / "failures.jsonl").write_text("".join(json.dumps(f) + "\n" for f in failures), encoding="utf-8")
    try:
        partial.rename(target)
    except OSError:  # another run wrote it first: theirs stands
        shutil.rmtree(partial)
