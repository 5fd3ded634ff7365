"""A PDF's text layer as article text: paragraphs rejoined, tables kept as rows.

    read_pdf(source, data)               -> (the article text, the title in its metadata)
    page_geometry(page)                  -> [GeoLine]: the words of each printed line, with x positions
    pdf_layout_to_text(pages, geometry)  -> the article text

A PDF encrypted with an empty user password (common for reports that only
forbid printing or copying; RC4 or AES, which pypdf reads with ``cryptography``)
is read like any other; one that needs a password to open is refused.

pypdf's plain text gives one line per printed line, with words but not where
they sit. Prose is rebuilt from it: the lines of a paragraph are joined, a
word hyphenated at a line end is repaired, pages are separated by a blank line.

A line that looks like a table row (a short label then two or more numbers,
or three or more numbers) is never joined to its neighbours. Its cells are
found from the printed positions (``page_geometry``, from pypdf's layout-mode
reading of the content stream): words separated by a wide gap are different
cells, every number is a cell of its own, and the cells of all the rows of a
table fall into columns, so a row with an empty cell keeps its place. The
header above the rows ("Year  Resigned or retired  Hearing held") is split
into cells by lining its words up with those columns. The table is written
the way the HTML reader writes one and ``nlp.tables`` reads it: one row a
line, cells joined by `` | ``, the caption or paragraph above kept as prose.

Without positions (an odd content stream, or a pypdf that lacks the layout
reader), a table set in a fixed-width font and padded with spaces is read the
same way, by character; any other table gets one cell for the label and one
for each number, and its header stays a line of prose.

With positions, a change of font size or a wider space between lines also
ends a paragraph, and a page number or running footer stands apart.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
from collections import defaultdict, deque
from typing import Optional, Sequence

from ..errors import IngestError
from .pdf_geometry import GeoLine, Word, page_geometry
from .pdf_tables import _Table, _table, table_row_parts

__all__ = ["GeoLine", "Word", "page_geometry", "pdf_layout_to_text", "read_pdf", "table_row_parts"]


# ---------------------------------------------------------------- reading


def read_pdf(source: str, data: bytes) -> tuple[str, Optional[str]]:
    """(text, title) of a PDF's text layer; IngestError for a file that is not a
    PDF, is damaged, needs a password or has no text layer."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

    if not data.lstrip().startswith(b"%PDF-"):
        raise IngestError(source, "not a PDF (no %PDF- header)")
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise IngestError(source, "encrypted PDF (needs a password)")
            except (NotImplementedError, DependencyError, FileNotDecryptedError) as exc:
                raise IngestError(source, f"encrypted PDF (cannot be decrypted: {exc})") from None
        pages = [page.extract_text() or "" for page in reader.pages]
        geometry = [page_geometry(page) for page in reader.pages]
        title = (reader.metadata or {}).get("/Title") if reader.metadata else None
    except IngestError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError,
            OSError, ZeroDivisionError) as exc:  # what pypdf raises on a damaged file
        raise IngestError(source, f"corrupt or unreadable PDF ({type(exc).__name__}: {exc})") from None
    text = pdf_layout_to_text(pages, geometry)
    if not text.strip():
        raise IngestError(source, "no text layer (scanned PDF?)")
    return text, (str(title).strip() or None if title else None)


# ---------------------------------------------------------------- prose

# A line that starts a paragraph of its own: a list item, a numbered section
# ("4.4 Twelve of ..."), a table or figure caption ("Table 2: Officers ...").
_LIST_ITEM = re.compile(r"([-•*▪]|\d+[.)])\s|\d+(\.\d+)+\s+[A-Z(]"
                        r"|(table|figure|chart)\s+\d+[a-z]?\s*[.:–—-]\s", re.I)
_PAGE_FURNITURE = re.compile(r"^(page\s+)?\d+(\s+of\s+\d+)?$|\bpage\s+\d+\s+of\s+\d+\b", re.I)


def _furniture(pages_lines: list[list[str]]) -> set[str]:
    """Running headers and footers: a first or last line of a page that recurs
    (digits aside) at the top or bottom of another page."""
    seen: dict[str, int] = defaultdict(int)
    for lines in pages_lines:
        ends = {re.sub(r"\d+", "#", lines[k]) for k in (0, -1) if lines}
        for e in ends:
            seen[e] += 1
    return {e for e, n in seen.items() if n >= 2 and len(pages_lines) >= 2}


def _is_furniture(line: str, recurring: set[str]) -> bool:
    """Said of a page's first or last line: a page number or a running header or footer."""
    return bool(_PAGE_FURNITURE.search(line)) or re.sub(r"\d+", "#", line) in recurring


def _looks_like_caption(paragraph: str) -> bool:
    return bool(re.match(r"(table|figure|chart|exhibit)\s+[\dA-Z]", paragraph, re.I)) or (
        len(paragraph) <= 150 and not re.search(r"[.!?]$", paragraph))


def pdf_layout_to_text(pages: list[str], geometry: Optional[Sequence[Optional[list[GeoLine]]]] = None) -> str:
    """Undo PDF line layout: lines of a paragraph are joined with spaces, a
    short line ends its paragraph, pages are separated by a blank line. A word
    broken by a hyphen at a line end is rejoined without the hyphen only when
    the whole word occurs elsewhere in the document; otherwise the hyphen stays.

    Table rows are never joined: they become ``cell | cell`` lines (see the
    module docstring). With ``geometry`` (one ``page_geometry`` result per
    page), a change of font size or a wider gap between lines also ends a
    paragraph, and the page's running header or footer stands apart."""
    vocabulary = set(re.findall(r"[a-z]+", " ".join(pages).lower()))
    page_lines = [[line.rstrip() for line in page.splitlines()] for page in pages]
    recurring = _furniture([[" ".join(l.split()) for l in lines if l.strip()] for lines in page_lines])
    out = []
    for p, raw in enumerate(page_lines):
        geo = _match(raw, geometry[p] if geometry and p < len(geometry) else None)
        blocks = _page_blocks(raw, geo, vocabulary, recurring)
        if blocks:
            out.append(blocks)
    return "\n\n".join(out)


def _match(lines: list[str], geo: Optional[list[GeoLine]]) -> list[Optional[GeoLine]]:
    """Each plain line's printed line, found by its characters (spaces aside)."""
    if not geo:
        return [None] * len(lines)
    by_key: dict[str, deque[GeoLine]] = defaultdict(deque)
    for g in geo:
        by_key[g.key].append(g)
    out: list[Optional[GeoLine]] = []
    for line in lines:
        queue = by_key.get("".join(line.split()))
        out.append(queue.popleft() if queue else None)
    return out


def _page_blocks(raw: list[str], geo: list[Optional[GeoLine]], vocabulary: set[str],
                 recurring: set[str]) -> str:
    lines = [" ".join(line.split()) for line in raw]
    is_row = [bool(line) and table_row_parts(line) is not None for line in lines]
    tables, taken = _tables_of(raw, geo, is_row)

    nonblank = [k for k, line in enumerate(lines) if line]
    if not nonblank:
        return ""
    furniture = {k for k in (nonblank[0], nonblank[-1]) if _is_furniture(lines[k], recurring)}
    prose_widths = sorted(len(lines[k]) for k in nonblank
                          if k not in taken and not is_row[k] and k not in furniture)
    full = prose_widths[int(0.8 * (len(prose_widths) - 1))] if prose_widths else 0
    pitch = _pitch(geo)

    pieces: list[tuple[str, str]] = []  # ("para" | "table", text)
    current = ""

    def flush() -> None:
        nonlocal current
        if current:
            pieces.append(("para", current))
        current = ""

    k = 0
    while k < len(lines):
        if k in tables:
            flush()
            table = tables[k]
            pieces.append(("table", "\n".join(_row_line(row) for row in table.rows)))
            k = table.last + 1
            continue
        line = lines[k]
        if not line:
            flush()
            k += 1
            continue
        alone = is_row[k] or k in furniture
        heads_table = k + 1 in tables and not re.search(r"[.!?:;,]$", line) and re.search(r"[.!?:]$", current)
        if alone or heads_table or (current and _breaks_before(geo, k, pitch)):
            flush()
        if current:
            if re.search(r"[a-z]-$", current) and re.match(r"[a-z]", line):
                head = re.search(r"([A-Za-z]+)-$", current).group(1)
                tail = re.match(r"[a-z]+", line).group(0)
                glue = "" if (head + tail).lower() in vocabulary else "-"
                current = current[:-1] + glue + line
            else:
                current += " " + line
        else:
            current = line
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        if (alone or len(line) < 0.7 * full or _LIST_ITEM.match(nxt) or k + 1 in tables
                or (k + 1 < len(lines) and is_row[k + 1])):
            flush()
        k += 1
    flush()

    return _joined(pieces)


def _tables_of(raw: list[str], geo: list[Optional[GeoLine]],
               is_row: list[bool]) -> tuple[dict[int, _Table], set[int]]:
    """The page's tables by their first line, and every line they take."""
    tables: dict[int, _Table] = {}
    taken: set[int] = set()
    i = 0
    while i < len(raw):
        if not is_row[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(raw) and is_row[j + 1]:
            j += 1
        table = _table(raw, geo, i, j, taken)
        if table is not None:
            tables[table.first] = table
            taken.update(range(table.first, table.last + 1))
        i = j + 1
    return tables, taken


def _joined(pieces: list[tuple[str, str]]) -> str:
    """Paragraphs and tables apart by a blank line; a table under its caption by one newline."""
    text = ""
    for n, (kind, piece) in enumerate(pieces):
        if n:
            before = pieces[n - 1]
            caption = kind == "table" and before[0] == "para" and _looks_like_caption(before[1])
            text += "\n" if caption else "\n\n"
        text += piece
    return text


def _row_line(cells: list[str]) -> str:
    """Cells joined by ' | '; an empty cell is one space between its pipes
    ("9 | | 8"), as ``nlp.tables`` reads it."""
    return re.sub(r"\| {2}(?=\|)", "| ", " | ".join(cells)).rstrip()


def _pitch(geo: list[Optional[GeoLine]]) -> Optional[float]:
    """The usual distance between the baselines of consecutive lines of one size."""
    steps = [a.y - b.y for a, b in zip(geo, geo[1:])
             if a is not None and b is not None and a.y > b.y and abs(a.size - b.size) <= 0.05 * a.size]
    return statistics.median(steps) if steps else None


def _breaks_before(geo: list[Optional[GeoLine]], k: int, pitch: Optional[float]) -> bool:
    """A new paragraph by position: the font size changes (a heading), or the
    line sits well below the one before (the space between paragraphs)."""
    if k == 0 or geo[k] is None or geo[k - 1] is None:
        return False
    above, here = geo[k - 1], geo[k]
    # The size pypdf reports is that of a line's first piece of text (a bullet, a
    # footnote mark), so the characters must have grown or shrunk with it.
    bigger = here.size > 1.1 * above.size and here.unit > 1.2 * above.unit
    smaller = above.size > 1.1 * here.size and above.unit > 1.2 * here.unit
    if bigger or smaller:
        return True
    return bool(pitch) and above.y - here.y > 1.35 * pitch
