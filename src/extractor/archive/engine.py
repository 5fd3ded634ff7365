"""Extraction on Dask: partitions of the inputs mapped over a cluster's workers,
each writing its shard; the DuckDB file is never opened (``extractor merge`` loads
the shards). With no scheduler address, a local cluster of worker processes, one
thread each (spaCy holds the GIL: threads would not extract side by side).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..errors import ExtractorError
from .inputs import Keys, plan
from .shards import extract_partition


@dataclass
class RunSummary:
    partitions: int = 0
    articles: int = 0
    skipped_partitions: int = 0
    failures: list[dict] = field(default_factory=list)


def _client(scheduler: str | None, workers: int, processes: bool):
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ExtractorError("--engine dask needs Dask: pip install 'extractor[dask]'") from None
    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,
                           dashboard_address=None)
    return Client(cluster), cluster


def run(sources: list[str], shards_dir: str | Path, version: str, *, scheduler: str | None = None,
        workers: int = 2, partition_size: int = 100, keys: Keys = Keys(), processes: bool = True,
        fetch_options: dict | None = None, on_done: Callable[[dict], None] | None = None) -> RunSummary:
    """Extract ``sources`` into shards under ``shards_dir``, a task a partition.
    ``on_done`` is told each partition's summary as it finishes."""
    parts = plan(sources, partition_size)
    Path(shards_dir).mkdir(parents=True, exist_ok=True)
    summary = RunSummary(partitions=len(parts))
    client, cluster = _client(scheduler, workers, processes)
    from distributed import as_completed  # _client has said how to install it if missing

    try:
        futures = client.map(extract_partition, parts, shards_dir=str(Path(shards_dir).resolve()),
                             version=version, keys=keys, fetch_options=fetch_options or {}, pure=False)
        for future in as_completed(futures):
            done = future.result()
            summary.articles += done["articles"]
            summary.skipped_partitions += done["skipped"]
            summary.failures += done["failures"]
            if on_done is not None:
                on_done(done)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    summary.failures.sort(key=lambda f: f["position"])
    return summary
