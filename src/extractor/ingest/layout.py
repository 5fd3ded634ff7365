"""An article's blocks (records.Block) from its text, by layout rules.

Plain text, Markdown and a PDF's text layer keep their structure only in how
lines are laid out, so each line is read by its shape (cues in models/layout.json):

    "# Misconduct outcomes", a short line without a full stop      heading
    "- 30", "2. Dismissed", "(a) ..."                             list_item
    lines of cells joined by " | " or tabs                        table (one block, rows of cell spans)
    "Tuesday 16 April 2024 | News", "Posted on 3 May 2021"        dateline (dateline.py)
    "By Jo Bloggs"                                                byline
    "Photo: ...", "© 2024 ...", a "Related" heading and its lines  caption, furniture
    anything else                                                  paragraph

Then the top of the article: the first heading-shaped line long enough to be a
headline is the title, short lines above it are the site's furniture, and a line
between the title and the dateline or byline is the standfirst.

An HTML page's DOM says more than its text: ``hints`` (kind, text) from html.py
give headings, list items, table rows and captions as the page marks them.
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from ..records import Article, Block
from .dateline import dateline_date, published_from_blocks, updated_stamp
from .layout_cues import LayoutCues, layout_cues
from .layout_tables import run_tables

_MD_HEADING = re.compile(r"^#{1,6}\s+\S")
_HINT_KINDS = {"h1": "title", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
               "li": "list_item", "row": "row", "caption": "caption", "figcaption": "caption",
               "title": "title", "standfirst": "standfirst"}


def _lines(text: str) -> list[tuple[int, int]]:
    out, offset = [], 0
    for line in text.split("\n"):
        start = offset + len(line) - len(line.lstrip())
        end = offset + len(line.rstrip())
        if end > start:
            out.append((start, end))
        offset += len(line) + 1
    return out


def _cells(text: str, start: int, end: int, cues: LayoutCues) -> list[tuple[int, int]]:
    line = text[start:end]
    seps = [s for s in cues.cell_separators if s in line]
    if not seps:
        return []
    pattern = "|".join(re.escape(s) for s in seps)
    out, pos = [], 0
    for m in list(re.finditer(pattern, line)) + [None]:
        stop = m.start() if m else len(line)
        seg = line[pos:stop]
        lead = len(seg) - len(seg.lstrip())
        out.append((start + pos + lead, start + pos + len(seg.rstrip())))
        pos = m.end() if m else pos
    return out


def _starts(line: str, prefixes: Sequence[str]) -> bool:
    low = line.lower()
    return any(low.startswith(p) for p in prefixes)


def line_kind(line: str, cues: LayoutCues | None = None) -> str:
    """The kind of one line read alone ('row' for a line of table cells)."""
    cues = cues or layout_cues()
    low = line.lower().strip()
    words = line.split()
    if _MD_HEADING.match(line):
        return "heading"
    if dateline_date(line, cues) or updated_stamp(line):
        return "dateline"
    if _starts(line, cues.byline_prefixes) and len(words) <= 8 and line[len(line.split()[0]):].strip()[:1].isupper():
        return "byline"
    if _starts(line, cues.caption_prefixes):
        return "caption"
    if any(f in low for f in cues.furniture_words) and len(words) <= 20 or _starts(low, cues.furniture_prefixes):
        return "furniture"
    if cues.list_marker().match(line) and len(words) >= 2:
        return "list_item"
    if any(s in line for s in cues.cell_separators):
        return "row"
    if len(words) <= cues.heading_max_words and line.rstrip()[-1:] not in ".!?:;,\"”'’…)*" \
            and (line[:1].isupper() or line[:1].isdigit()) and not re.search(r"[.!?] [A-Z]", line):
        return "heading"
    return "paragraph"


def text_blocks(text: str, hints: Sequence[tuple[str, str]] = (), cues: LayoutCues | None = None) -> list[Block]:
    """The blocks of ``text`` in order; ``hints`` are a page's own (kind, text) blocks."""
    cues = cues or layout_cues()
    hinted = _hinted_kinds(text, hints)
    kinds = []
    for start, end in _lines(text):
        kind = hinted.get(start) or line_kind(text[start:end], cues)
        if hinted.get(start) == "paragraph":
            kind = line_kind(text[start:end], cues)
            kind = kind if kind in ("dateline", "byline", "caption", "furniture") else "paragraph"
        kinds.append([kind, start, end])
    _numbered_sections(text, kinds)
    laid = _spaced_tables(text, kinds)
    _top(text, kinds, cues)
    _furniture_sections(text, kinds, cues)
    return _group(text, kinds, cues, laid)


_SPACED_KINDS = ("heading", "paragraph", "list_item")  # what a line of a table laid out with spaces was read as alone


def _spaced_tables(text: str, kinds: list[list]) -> dict[int, list[tuple[int, int]]]:
    """Rows of tables laid out with spaces, not separators (layout_tables.py): their lines become
    rows, their cells kept by the line's first character."""
    found = run_tables(text, [(k[1], k[2]) for k in kinds])
    out = {}
    for k in kinds:
        cells = found.get(text.rfind("\n", 0, k[1]) + 1)
        if cells is not None and k[0] in _SPACED_KINDS:
            k[0] = "row"
            out[k[1]] = cells
    return out


def _hinted_kinds(text: str, hints: Sequence[tuple[str, str]]) -> dict[int, str]:
    """Line start -> the kind the page gave it, found by walking the hints through the text in order."""
    out: dict[int, str] = {}
    pos = 0
    for kind, words in hints:
        first = words.strip().split("\n")[0].strip()
        if not first:
            continue
        at = text.find(first, pos)
        if at < 0:
            continue
        out[at] = _HINT_KINDS.get(kind, "paragraph")
        pos = at + len(first)
    return out


_SECTION_NUMBER = re.compile(r"^(\d{1,2})\.?\s+\S")


def _numbered_sections(text: str, kinds: list[list]) -> None:
    """'4. Misconduct proceedings' above '4.1 Following ...': a report's numbered section
    heading, not an item of a list."""
    for k, nxt in zip(kinds, kinds[1:]):
        m = _SECTION_NUMBER.match(text[k[1]:k[2]])
        if k[0] == "list_item" and m and text[nxt[1]:nxt[2]].startswith(f"{m.group(1)}.1"):
            k[0] = "heading"


def _top(text: str, kinds: list[list], cues: LayoutCues) -> None:
    """Title, the site's furniture above it, and the standfirst below it."""
    title = next((k for k in kinds[:cues.top_lines] if k[0] == "title"), None)
    if title is None:
        title = max(_title_candidates(text, kinds[:cues.top_lines], cues), default=None,
                    key=lambda k: k[2] - k[1])
    if title is None:
        return
    title[0] = "title"
    at = kinds.index(title)
    for k in kinds[:at]:
        if k[0] in ("heading", "row", "paragraph"):
            k[0] = "furniture"  # the site's name, its menu, a strapline
    for j in range(at + 1, min(len(kinds), at + 3)):  # one standfirst, or none
        if kinds[j][0] in ("dateline", "byline"):
            for k in kinds[at + 1:j]:
                if k[0] in ("heading", "paragraph"):
                    k[0] = "standfirst"
            break


def _title_candidates(text: str, top: list[list], cues: LayoutCues) -> list[list]:
    """Heading-shaped lines above the body: a headline may run past a heading's length."""
    out = []
    for k in top:
        line = text[k[1]:k[2]]
        sentence = line.rstrip()[-1:] in ".!?:" or len(line.split()) > 30
        if k[0] in ("list_item",) or k[0] == "paragraph" and sentence:
            break
        if k[0] in ("heading", "paragraph") and len(line.split()) >= cues.title_min_words \
                and not any(w in line.lower() for w in cues.dateline.never):
            out.append(k)
    return out


def _furniture_sections(text: str, kinds: list[list], cues: LayoutCues) -> None:
    """A 'Related' or 'Comments' heading and what follows it: the headlines, links and short
    lines of the list, up to a paragraph of the article's own (20 words or more)."""
    inside = False
    for k in kinds:
        line = text[k[1]:k[2]]
        if k[0] in ("heading", "furniture") and line.strip(" :#").lower() in cues.furniture_headings:
            inside, k[0] = True, "furniture"
        elif inside and (k[0] != "paragraph" or len(line.split()) < 20):
            k[0] = "furniture"
        else:
            inside = False


def _group(text: str, kinds: list[list], cues: LayoutCues, laid: dict | None = None) -> list[Block]:
    """Lines to blocks: consecutive rows make one table, its first row its header when it has no digits."""
    blocks: list[Block] = []
    rows: list[list[tuple[int, int]]] = []

    def close() -> None:
        if rows:
            header = rows[0] if len(rows) > 1 and not any(c.isdigit() for s, e in rows[0] for c in text[s:e]) else []
            blocks.append(Block(kind="table", span=(rows[0][0][0], rows[-1][-1][1]), rows=list(rows), header=header))
            rows.clear()

    for kind, start, end in kinds:
        if kind == "row":
            if laid and start in laid:
                if laid[start]:  # a label's line of its own adds no row
                    rows.append(laid[start])
                continue
            rows.append(_cells(text, start, end, cues) or [(start, end)])
            continue
        close()
        blocks.append(Block(kind=kind, span=(start, end)))
    close()
    return blocks


def block_at(blocks: Sequence[Block], char: int) -> Optional[Block]:
    """The block holding character ``char``."""
    for block in blocks:
        if block.span[0] <= char < block.span[1]:
            return block
    return None


def with_blocks(article: Article, hints: Sequence[tuple[str, str]] = ()) -> Article:
    """The article with its blocks, and, when nothing else dated it, the date its dateline gives."""
    blocks = text_blocks(article.text, hints)
    fields: dict = {"blocks": blocks}
    if article.published is None:
        found = published_from_blocks(article.text, blocks)
        if found is not None:
            fields.update(published=found, published_source="text")
    return article.model_copy(update=fields)
