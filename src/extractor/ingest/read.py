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
updated" and "date of request" dates are never used.
"""

from __future__ import annotations

import os
import re
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import BinaryIO, Sequence

from ..errors import IngestError
from .encoding import decode
from .fetch import fetch, is_url
from ..normalise.calendar_words import weekdays
from .datewords import _TIME, numeric_order_of, parse_dates, plausible
from .html import extract_html
from .court_dates import court_date
from .dateline import release_dateline, source_and_date
from .layout_cues import layout_cues
from .layout import with_blocks
from .pdf import read_pdf
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


# ---------------------------------------------------------------- dates

# Before the date on a byline: "Published: 00:01 BST, ", "Date - ", "By X, posted on ".
_BYLINE_CUE = re.compile(r"^\W*(?:by\s+[^,|]+,\s*)?(?:first\s+)?(?:published|posted|dated?|issued|released|report\s+dated?|answered|embargoed\s+until"
                         r"|publication\s+date|date\s+of\s+(?:publication|issue))\b"
                         r"\W*(?:on\W+)?(?:\S+\W+){0,3}$", re.I)
_BY_NAME = re.compile(r"^\W*[Bb]y\s+[A-Z]")  # "By Jo Bloggs | 2 May 2021", not "By 31 March 2023, ..."
_NOT_PUBLISHED = re.compile(r"updat|modif|revis|reviewed|review date|request|printed|accessed|retriev"
                            r"|copyright|©|\(c\)|expir|deadline|closing date|born|died"
                            r"|filed|hearing|incident|offence|offense|arrest|meeting|received|submitted|birth|death"
                            r"|complain|referr|sentenc|convict|charged|appeal|trial|occurr|reported|start date|end date"
                            r"|effective|due date|valid", re.I)
# "Press Release Number: 22-045  Date: March 3, 2022": a date labelled as a page's own after another label.
_CUE_AT_END = re.compile(r"\b(?:published|posted|released|issued|first\s+published)(?:\s+on)?\W*$", re.I)
_LABEL_BEFORE = re.compile(r"(?:^|\s)(?:date|published|posted|released|issued|dated|release date)\s*:\s*$", re.I)
_BYLINE_LINES, _TEXT_LINES = 15, 6
_plausible = plausible


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
    return d if d and _plausible(d) else None


_UTC_STAMP = re.compile(r"T(\d\d):\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]00:?00)\s*$")


def _local_day_of(utc_day: date, hour: int, shown: date | None) -> bool:
    """A UTC stamp in the small hours ("2022-03-03T02:15:00Z") is the evening before in
    the Americas, one late in the day the next morning in Australasia: when the page
    shows its readers that day ("March 2, 2022 at 9:15 p.m. EST"), the shown day wins."""
    if shown is None:
        return False
    return (shown == utc_day - timedelta(days=1) and hour < 8) or (shown == utc_day + timedelta(days=1) and hour >= 13)
_AGE_STAMP = re.compile(r"\s*[/|•·]?\s*\d+\s+(?:years?|months?|weeks?|days?|hours?|minutes?|mins?)\s+ago\s*$", re.I)


def _byline_date(line: str, *, cue_needed: bool, after_body: bool = False) -> date | None:
    """The publication date on a byline/dateline line, if it is one."""
    if len(line.split()) > 25:
        return None
    is_byline = _BY_NAME.match(line) is not None
    line = _AGE_STAMP.sub("", line)  # an archive's "/ 6 years ago" after the date and time
    label = ""
    for segment in re.split(r"\s[|•·]\s|\s{3,}", line):
        for d, start, end in parse_dates(segment):
            before = (label + " " + segment[:start]).strip() if not segment[:start].strip() else segment[:start]
            if not _plausible(d):
                continue
            if not after_body and _names_who_published(segment[:start], segment[start:end], segment[end:]):
                return d
            if _NOT_PUBLISHED.search(before):
                continue
            bare_with_time = re.fullmatch(rf"\W*{_TIME}?\W*", before + " " + segment[end:]) and \
                re.search(_TIME, segment[end:])
            if not cue_needed or is_byline or _BYLINE_CUE.search(before) or _LABEL_BEFORE.search(before) \
                    or (bare_with_time and not after_body) or _ends_in_cue(before, segment[end:]):
                return d
        # "Date | 3 March 2022", a table's label cell, is the cue of the cell after it
        label = segment if len(segment.split()) <= 3 and not any(ch.isdigit() for ch in segment) else ""
    return None


# Who published the page, beside its date at the end of a line near the top:
#   '"Trooper arrested" by Jane Smith Globe Correspondent August 02, 2015' (a headline, then its byline)
#   "On behalf of Rubin, PA posted in Drug Charges on Wednesday, October 2, 2013." (a blog's category)
#   "Saturday July 02 2022, The Times" (a paper's dateline, then its name)
_BYLINE_BEFORE = re.compile(r"(?:^|[\"”’']\s+)[Bb]y\s+(?P<who>(?:[A-Z][\w'’.-]*,?\s+){1,6})$")
_POSTED_IN = re.compile(r"\b(?i:(?:posted|published)\s+(?:in|under)|filed\s+under)\s+(?:(?:[A-Z][\w'’-]*|&)\s+){1,4}(?i:on)\s+$")
_A_SENTENCE = re.compile(r"\b(?:was|were|is|are|has|have|had|will|been)\b", re.I)  # "The report was published in ..."
_PAPER_AFTER = re.compile(r"^\s*,\s*The\s+[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}\s*$")


def _names_who_published(before: str, date_text: str, after: str) -> bool:
    """The date closes a line that names who published the page: a byline after a quoted
    headline, a blog's "posted in CATEGORY on", or the paper's name after a weekday's date.
    Nothing but a full stop or a time may follow the date, so a sentence is never one."""
    if _PAPER_AFTER.match(after):
        # a weekday's date, or a name a paper's masthead ends in ("November 16 2021, The Times")
        return not before.strip() and (date_text.split()[0].rstrip(",").lower() in weekdays()
                                       or after.split()[-1].lower() in layout_cues().dateline.mastheads)
    if not re.fullmatch(rf"\W*{_TIME}?\W*", after):
        return False
    by = _BYLINE_BEFORE.search(before)
    if by:
        return not _NOT_PUBLISHED.search(by["who"])
    posted = _POSTED_IN.search(before)
    if not posted or len(before.split()) > 14:
        return False
    lead = before[:posted.start()]  # the category after "posted in" is a label, not an event
    return not _NOT_PUBLISHED.search(lead) and not _A_SENTENCE.search(lead)


def _ends_in_cue(before: str, after: str) -> bool:
    """ "Article published 3 March 2022", "This story was posted on March 3, 2022": a short
    lead-in ending in the cue, and nothing but a time after the date ("The report, published
    on 12 March 2020, found ..." is a sentence)."""
    if not _CUE_AT_END.search(before) or not re.fullmatch(rf"\W*{_TIME}?\W*", after):
        return False
    return len(before.split()) <= 4 or re.match(r"\W*this\s+(?:article|story|page|release|report)\b", before, re.I)


def _text_date(line: str) -> date | None:
    """A date alone on a line ("2 October 2019"), or closing a short heading
    line in brackets ("Police: Dismissals (25 June 2020)")."""
    dates = parse_dates(line)
    if len(dates) != 1 or not _plausible(dates[0][0]):
        return None
    d, start, end = dates[0]
    rest = (line[:start] + line[end:]).strip(" \t()[],.-–—")
    if not rest:
        return d
    in_brackets = re.search(r"\(\s*$", line[:start]) and re.fullmatch(r"\s*\)\W*", line[end:])
    if in_brackets and len(line.split()) <= 15:
        return d
    return source_and_date(line)


def _header_date(line: str) -> date | None:
    """A date alone on a line further down a page's header, above its first paragraph:
    a court's "20/06/2013" under its name and address, a report's date under its title page."""
    dates = parse_dates(line)
    if len(dates) != 1 or not _plausible(dates[0][0]):
        return None
    d, start, end = dates[0]
    return d if not (line[:start] + line[end:]).strip(" \t()[],.-–—") else None


_PROSE = re.compile(r"^(?:\S+\s+){11,}\S*[.!?\"”]$")


def _body_lines(lines: Sequence[str], paragraphs: int = 3) -> int:
    """Where the body has run three paragraphs: a bare date and time below that is a
    comment's or a related link's stamp ("RayB says: / March 6, 2025 at 2:15 pm")."""
    seen = 0
    for k, line in enumerate(lines):
        seen += bool(_PROSE.match(line))
        if seen == paragraphs:
            return k + 1
    return len(lines)


def find_published(text: str, extra_byline_lines: Sequence[str] = ()) -> tuple[date | None, str]:
    """(date, published_source) from visible text: a byline or dateline among
    the first lines (or in ``extra_byline_lines``, the page's byline/date
    elements), else a bare date on one of the opening lines, else (None, "none").
    Numeric dates are read in the article's order (month first in a US article)."""
    with numeric_order_of(text):
        return _published_in(text, extra_byline_lines)


def _published_in(text: str, extra_byline_lines: Sequence[str]) -> tuple[date | None, str]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    body = _body_lines(lines[:_BYLINE_LINES])
    for k, line in enumerate(lines[:_BYLINE_LINES]):
        d = _byline_date(line, cue_needed=True, after_body=k >= body)
        if d:
            return d, "byline"
    for line in extra_byline_lines:
        d = _byline_date(line, cue_needed=False)
        if d:
            return d, "byline"
    d = court_date(lines)
    if d:
        return d, "byline"
    header = next((k for k, line in enumerate(lines) if _PROSE.match(line)), len(lines))
    for k, line in enumerate(lines[:max(_TEXT_LINES, min(header, _BYLINE_LINES))]):
        # below the opening lines, only a bare date in a header that has had no paragraph yet
        # (a court's "20/06/2013" under its address): further down it is a related item's
        d = _text_date(line) if k < _TEXT_LINES else _header_date(line)
        if d:
            return d, "text"
    for line in lines[:_BYLINE_LINES]:
        d = release_dateline(line)
        if d:
            return d, "text"
    return None, "none"
