"""What a distributed run reads, cut into partitions a worker reads itself: files
(directories and lists expanded as ``extract`` expands them), and archives of
records, JSON Lines (``.jsonl``) or Parquet (``.parquet``), one article a record
with its text in a column. Only paths and row ranges travel to the workers.

Every article has a position, its place in the inputs as given (an archive's
records in their order), which merging keeps.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field
from typing import Iterator

from ..errors import ExtractorError, IngestError
from ..ingest.read import expand_sources, find_published
from ..records import Article

ARCHIVE_EXT = (".jsonl", ".parquet")


@dataclass(frozen=True)
class Keys:
    """The columns of an archive's records: text (required), and optional id (names
    the article's source, ``ARCHIVE#ID``; else its row number), url and published
    (an ISO date; else the date is looked for in the text, as for a .txt file)."""
    text: str = "text"
    id: str | None = None
    url: str | None = None
    published: str | None = None


@dataclass
class Partition:
    """Work for one task: ``files`` (paths), or rows ``first``..``first + count``
    of ``archive``; ``position`` is the first article's place in the inputs."""
    index: int
    position: int
    files: list[str] = field(default_factory=list)
    archive: str | None = None
    first: int = 0
    count: int = 0
    start_byte: int = 0  # JSON Lines: where row ``first`` starts


def is_archive(source: str) -> bool:
    return source.lower().endswith(ARCHIVE_EXT) and os.path.isfile(source)


def _jsonl_starts(path: str, size: int) -> Iterator[tuple[int, int]]:
    """(row number, byte offset) of every ``size``-th line of a JSON Lines file."""
    row, offset = 0, 0
    with open(path, "rb") as fh:
        for line in fh:
            if line.strip():
                if row % size == 0:
                    yield row, offset
                row += 1
            offset += len(line)
    yield row, offset


def _archive_parts(path: str, size: int) -> Iterator[tuple[int, int, int]]:
    """(first row, rows, start byte) of each run of ``size`` records."""
    if path.lower().endswith(".parquet"):
        import pyarrow.parquet as pq

        rows = pq.ParquetFile(path).metadata.num_rows
        yield from ((first, min(size, rows - first), 0) for first in range(0, rows, size))
        return
    starts = list(_jsonl_starts(path, size))
    for (row, offset), (end, _) in zip(starts, starts[1:]):
        if end > row:
            yield row, end - row, offset


def plan(sources: list[str], size: int) -> list[Partition]:
    """The inputs as partitions of about ``size`` articles each, in order."""
    parts: list[Partition] = []
    position = 0
    files: list[str] = []

    def close_files():
        nonlocal position, files
        for start in range(0, len(files), size):
            chunk = files[start:start + size]
            parts.append(Partition(len(parts), position, files=chunk))
            position += len(chunk)
        files = []

    for source in sources:
        if not is_archive(source):
            files += expand_sources([source])
            continue
        close_files()
        for first, count, start_byte in _archive_parts(source, size):
            parts.append(Partition(len(parts), position, archive=source, first=first, count=count,
                                   start_byte=start_byte))
            position += count
    close_files()
    return parts


def _records(part: Partition, keys: Keys) -> Iterator[dict]:
    if part.archive.lower().endswith(".parquet"):
        import pyarrow.parquet as pq

        wanted = [k for k in (keys.text, keys.id, keys.url, keys.published) if k]
        table = pq.read_table(part.archive, columns=wanted).slice(part.first, part.count)
        yield from table.to_pylist()
        return
    with open(part.archive, "rb") as fh:
        fh.seek(part.start_byte)
        read = 0
        while read < part.count:
            line = fh.readline()
            if not line:
                return
            if line.strip():
                read += 1
                yield json.loads(line)


def _published(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    return dt.date.fromisoformat(str(value)[:10])


def archive_articles(part: Partition, keys: Keys) -> Iterator[tuple[int, Article | IngestError]]:
    """(position, Article or the error reading it) of each record of the partition."""
    for n, record in enumerate(_records(part, keys)):
        row = part.first + n
        source = f"{part.archive}#{record.get(keys.id) if keys.id else row}"
        try:
            text = record.get(keys.text)
            if not isinstance(text, str) or not text.strip():
                raise IngestError(source, f"no text in column {keys.text!r}")
            published = _published(record.get(keys.published)) if keys.published else None
            how = "meta" if published else "none"
            if published is None:
                published, how = find_published(text)
            yield part.position + n, Article.from_text(
                text, source, url=record.get(keys.url) if keys.url else None,
                published=published, published_source=how)
        except (ExtractorError, ValueError) as exc:
            yield part.position + n, exc if isinstance(exc, IngestError) else IngestError(source, str(exc))
