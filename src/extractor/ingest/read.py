"""Every input becomes an ``Article``: text, Markdown, HTML, PDF, URL or stdin.

    expand_sources(["dir/", "a.txt", "https://..."])  -> the files and URLs to read
    read_source("a.html") -> Article(text, title, published, published_source, url, id)

A PDF's text layer is laid out again by ``pdf.py``: the lines of a paragraph
joined, table rows kept one a line with their cells joined by `` | ``.

Anything unusable raises ``IngestError(source, reason)`` with a one-line
reason: a missing, empty, binary or oversized file, an unsupported type, a PDF
without a text layer, an HTTP error, a redirect loop, a timeout.

Publication dates are taken in order of trust (``published_source``):
``meta`` (HTML meta / JSON-LD / <time>), ``byline`` (a dated byline or
dateline near the top: "Published 3 May 2021", "By X | 22 August 2022",
"Thu 24 May 2012 17.05 BST"), ``text`` (a date alone on one of the opening
lines, as in a press release), else ``none``. Footer, copyright, "last
updated" and "date of request" dates are never used. The ``meta`` dates are read here,
the ones the page shows its readers by ``published.py`` (find_published).
"""

from __future__ import annotations

import os
import re
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import BinaryIO

from ..errors import IngestError
from .encoding import decode
from .fetch import fetch, is_url
from .datewords import numeric_order_of, parse_dates, plausible
from .html import extract_html
from .layout import with_blocks
from .pdf import read_pdf
from .published import find_published
from ..records import Article

SUPPORTED = (".txt", ".md", ".html", ".htm", ".pdf")
TEXT_EXT, HTML_EXT, PDF_EXT = {".txt", ".md"}, {".html", ".htm"}, {".pdf"}

__all__ = ["SUPPORTED", "expand_sources", "read_source", "find_published", "parse_dates"]


# ---------------------------------------------------------------- sources


def expand_sources(sources: list[str]) -> list[str]:
    """Directories become every supported file below them (sorted; hidden
    files and folders skipped); files, URLs and ``-`` pass through."""
    out: list[str] = []
    for source in sources:
        if source == "-" or is_url(source) or not os.path.isdir(source):
            out.append(source)
            continue
        # os.walk and strings, not Path.rglob: over 100,000 files rglob's Path objects
        # took 80 MB at their peak, the path strings themselves 9 MB.
        found = []
        for folder, subfolders, files in os.walk(source):
            subfolders[:] = [d for d in subfolders if not d.startswith(".")]
            folder = str(Path(folder))  # written as before: "./corpus/" gives "corpus/a.txt"
            found.extend(path for name in files
                         if not name.startswith(".") and os.path.splitext(name)[1].lower() in SUPPORTED
                         and os.path.isfile(path := os.path.join(folder, name)))
        found.sort()
        if not found:
            raise IngestError(source, f"no supported files ({' '.join(SUPPORTED)}) in this directory")
        out.extend(found)
    return out


def read_source(source: str, *, stdin: BinaryIO | None = None, timeout: float = 20,
                max_bytes: int = 20_000_000) -> Article:
    """Read one source: a path, an http(s) URL, or ``-`` for ``stdin`` (default
    sys.stdin; HTML and PDF on stdin are recognised by their first bytes).

    ``timeout`` bounds a whole URL fetch (connect, redirects and body);
    ``max_bytes`` is the largest file, response or stdin accepted (a larger
    file is refused from its size, before it is read)."""
    if source == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise IngestError(source, f"input larger than the limit of {max_bytes:,} bytes")
        return _from_bytes(source, data, _kind_of_response(source, "", data))  # sniff HTML/PDF
    if is_url(source):
        got = fetch(source, timeout=timeout, max_bytes=max_bytes)
        kind = _kind_of_response(source, got.media_type, got.data)
        return _from_bytes(source, got.data, kind, charset=got.charset, url=got.url)
    scheme = _SCHEME.match(source)
    if scheme:
        raise IngestError(source, f"unsupported scheme {scheme.group(1).lower()!r} (http and https only)")
    return _from_bytes(source, _read_file(source, max_bytes), _kind_of_path(source))


_SCHEME = re.compile(r"([a-z][a-z0-9+.-]*)://", re.I)


def _kind_of_path(source: str) -> str:
    ext = Path(source).suffix.lower()
    if ext in TEXT_EXT:
        return "text"
    if ext in HTML_EXT:
        return "html"
    if ext in PDF_EXT:
        return "pdf"
    raise IngestError(source, f"unsupported file type {ext or '(no extension)'!r}; "
                              f"supported: {' '.join(SUPPORTED)}")


def _read_file(source: str, max_bytes: int) -> bytes:
    path = Path(source)
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise IngestError(source, "no such file") from None
    except OSError as exc:
        raise IngestError(source, f"cannot read: {exc.strerror or exc}") from None
    if path.is_dir():
        raise IngestError(source, "is a directory (expand it with expand_sources)")
    _kind_of_path(source)  # refuse an unsupported type before reading anything
    if stat.st_size > max_bytes:
        raise IngestError(source, f"file too large ({stat.st_size:,} bytes; limit {max_bytes:,})")
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise IngestError(source, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise IngestError(source, f"file too large (over the limit of {max_bytes:,} bytes)")
    return data


def _kind_of_response(source: str, media_type: str, data: bytes) -> str:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    generic = media_type in ("", "application/octet-stream", "binary/octet-stream", "text/plain")
    if media_type in ("text/html", "application/xhtml+xml"):
        return "html"
    if media_type == "application/pdf" or (generic and data.startswith(b"%PDF-")):
        return "pdf"
    if generic and (head.startswith(b"<!doctype html") or b"<html" in head):
        return "html"
    if media_type in ("", "text/plain", "text/markdown", "text/x-markdown"):
        return "text"
    raise IngestError(source, f"unsupported content type {media_type}")


def _from_bytes(source: str, data: bytes, kind: str, *, charset: str | None = None,
                url: str | None = None) -> Article:
    if not data.strip():
        what = "response" if url else "input" if source == "-" else "file"
        raise IngestError(source, f"empty {what}" + ("" if data == b"" else " (only white space)"))
    if kind == "pdf":
        return _from_pdf(source, data, url)
    if kind == "html":
        return _from_html(source, data, charset, url)
    return _from_text(source, data, charset, url)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)


def _from_text(source: str, data: bytes, charset: str | None = None, url: str | None = None) -> Article:
    text, encoding = decode(source, data, charset)
    if not text.strip():
        raise IngestError(source, "empty file (only white space)")
    title = None
    if source.lower().endswith(".md"):
        heading = re.search(r"^#\s+(.+?)\s*#*\s*$", text, re.M)
        title = heading.group(1) if heading else None
    published, how = find_published(text)
    return with_blocks(Article.from_text(text, source, url=url, title=title, published=published,
                                         published_source=how, encoding=encoding))


def _from_html(source: str, data: bytes, charset: str | None, url: str | None) -> Article:
    if not charset:
        declared = _META_CHARSET.search(data[:4096])
        charset = declared.group(1).decode("ascii", "ignore") if declared else None
    text, encoding = decode(source, data, charset)
    try:
        doc = extract_html(text)
    except Exception as exc:  # a page that breaks the parser is a bad input, like a corrupt PDF
        raise IngestError(source, f"cannot parse the HTML ({type(exc).__name__}: {exc})") from None
    if not doc.text.strip():
        raise IngestError(source, "no article text found in the HTML")
    published, how, utc_hour = None, "none", None
    with numeric_order_of(doc.text + "\n" + " ".join(doc.meta_dates)):  # "11/09/2021" on a US page: 9 November
        for raw in doc.meta_dates:
            published = _iso_date(raw)
            if published:
                stamp = _UTC_STAMP.search(raw)
                how, utc_hour = "meta", int(stamp.group(1)) if stamp else None
                break
    if published is None or utc_hour is not None:
        shown, shown_how = find_published(doc.text, extra_byline_lines=doc.byline_lines)
        if published is None or _local_day_of(published, utc_hour, shown):
            published, how = shown, shown_how
    return with_blocks(Article.from_text(doc.text, source, url=url, title=doc.title, published=published,
                                         published_source=how, site_name=doc.site_name, encoding=encoding),
                       doc.blocks)


# ---------------------------------------------------------------- PDF


def _from_pdf(source: str, data: bytes, url: str | None) -> Article:
    text, title = read_pdf(source, data)
    published, how = find_published(text)
    return with_blocks(Article.from_text(text, source, url=url, title=title, published=published,
                                         published_source=how))


# ---------------------------------------------------------------- meta dates


def _iso_date(raw: str) -> date | None:
    # "2022-03-03T16:15", "2022/03/03", and the compact "20220303" some CMSs write
    m = re.match(r"\s*((?:19|20)\d\d)([-/]?)(\d\d)\2(\d\d)(?!\d)", raw)
    try:
        d = date(int(m.group(1)), int(m.group(3)), int(m.group(4))) if m else None
    except ValueError:
        d = None
    if d is None:
        parsed = parse_dates(raw)
        d = parsed[0][0] if parsed else None
    return d if d and plausible(d) else None


_UTC_STAMP = re.compile(r"T(\d\d):\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]00:?00)\s*$")


def _local_day_of(utc_day: date, hour: int, shown: date | None) -> bool:
    """A UTC stamp in the small hours ("2022-03-03T02:15:00Z") is the evening before in
    the Americas, one late in the day the next morning in Australasia: when the page
    shows its readers that day ("March 2, 2022 at 9:15 p.m. EST"), the shown day wins."""
    if shown is None:
        return False
    return (shown == utc_day - timedelta(days=1) and hour < 8) or (shown == utc_day + timedelta(days=1) and hour >= 13)
