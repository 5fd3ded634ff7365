"""An HTML <table> written out as text: one line a row, cells joined by ' | ', laid on the
table's grid so that a cell spanning columns or rows leaves empty cells where it spans.
Called by html.py while it writes the article root."""

from __future__ import annotations

from typing import Protocol

from bs4 import Tag

from .html_meta import squash


class _Writer(Protocol):
    """What html.py's writer offers a table: close the text so far, add a block."""

    def flush(self, kind: str = "p") -> None: ...

    def add(self, kind: str, text: str) -> None: ...


def _is_layout_table(table: Tag) -> bool:
    if table.find("table") is not None:
        return True
    return any(len(squash(c.get_text())) > 300 for c in table.find_all(["td", "th"]))


def _write_table(table: Tag, w: _Writer) -> None:
    """One line a row, cells joined by ' | ', laid on the table's grid: a cell spanning columns
    is followed by an empty cell for each column more, one spanning rows leaves an empty cell
    in the rows below it (nlp/tables.py reads a blank heading as the one before it and a blank
    row label as the group above it), and a first row of one cell across the table is its title."""
    w.flush()
    caption = table.find("caption")
    if caption is not None and squash(caption.get_text()):
        w.add("caption", squash(caption.get_text()))
    rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    grid = _grid(rows)
    width = max((len(r) for r in grid), default=0)
    for n, cells in enumerate(grid):
        if not any(cells):
            continue
        if n == 0 and width >= 2 and sum(1 for c in cells if c) == 1 and cells[0] and len(rows) > 2 \
                and _span(rows[0].find(["td", "th"], recursive=False), "colspan") >= width:
            w.add("caption", cells[0])
            continue
        w.add("row", " | ".join(cells).rstrip())


def _span(cell: Tag | None, attr: str) -> int:
    try:
        return max(1, min(int(str(cell.get(attr) or 1).strip()), 50)) if cell is not None else 1
    except ValueError:
        return 1


def _grid(rows: list[Tag]) -> list[list[str]]:
    """Each row's cell texts by column, a spanned place an empty string."""
    below: dict[int, int] = {}  # column -> rows a cell above still spans
    out = []
    for tr in rows:
        line: list[str] = []
        col = 0
        for cell in tr.find_all(["td", "th"], recursive=False):
            while below.get(col, 0) > 0:
                line.append("")
                below[col] -= 1
                col += 1
            across, down = _span(cell, "colspan"), _span(cell, "rowspan")
            line += [squash(cell.get_text(" "))] + [""] * (across - 1)
            for k in range(col, col + across):
                below[k] = down - 1
            col += across
        while below.get(col, 0) > 0:
            line.append("")
            below[col] -= 1
            col += 1
        out.append(line)
    return out
