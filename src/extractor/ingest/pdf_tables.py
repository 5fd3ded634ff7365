"""The tables a PDF's positioned words make (see ``pdf.py``; the positions come from
pdf_geometry.py, or from a line's spaces for text set in a fixed-width font).

    table_row_parts(line)  -> (label words, value words) when a line looks like a table row
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from typing import Optional

from .pdf_geometry import GeoLine, Word, _plain_words

__all__ = ["table_row_parts"]

# ---------------------------------------------------------------- table rows

_NUMBER = re.compile(r"[(\[]?[-+−]?[£$€]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?[)\]]?"
                     r"|(?:19|20)\d\d[/-]\d\d")
_YEAR = re.compile(r"(?:19|20)\d\d(?:[/-]\d\d)?")
_LEADING_ZERO = re.compile(r"0\d")  # 0303, 01632: phone numbers and codes, not counts
_PLACEHOLDER = {"-", "–", "—", "n/a", "N/A", "*", "..", "x", "nil"}  # a cell with no value
_MAX_LABEL_WORDS, _MAX_LABEL_CHARS = 8, 60


def _is_number(token: str) -> bool:
    return bool(_NUMBER.fullmatch(token)) and not _LEADING_ZERO.match(token.lstrip("([-+−£$€"))


def table_row_parts(line: str) -> Optional[tuple[list[str], list[str]]]:
    """(label words, value words) when ``line`` looks like a table row: a short
    label followed by two or more numbers, or three or more numbers. Value
    words are numbers or an empty-cell mark ("-", "n/a"). Else None."""
    tokens = line.split()
    i = len(tokens)
    while i > 0 and (_is_number(tokens[i - 1]) or tokens[i - 1] in _PLACEHOLDER):
        i -= 1
    label, values = tokens[:i], tokens[i:]
    numbers = sum(1 for t in values if _is_number(t))
    if not label:
        return (label, values) if numbers >= 3 else None
    if numbers < 2 or len(label) > _MAX_LABEL_WORDS or len(" ".join(label)) > _MAX_LABEL_CHARS:
        return None
    if label[-1][-1] in ".,;" or label[-1].isdigit() or not re.search(r"[A-Za-z0-9]", " ".join(label)):
        return None  # a sentence's end, or digits run on from the label: "telephone 0303 123 1113"
    return label, values


@dataclass
class _Cell:
    a: float
    b: float
    text: str


def _row_cells(words: list[Word], unit: float) -> list[_Cell]:
    """A row's words -> cells: a wide gap ends a cell, and every value (number
    or empty-cell mark) after the label is a cell of its own, unless it is
    printed as part of the label ("Level 3", one run of text, then "| 4 | 5")."""
    parts = table_row_parts(" ".join(w.text for w in words))
    first_value = len(words) - len(parts[1]) if parts else len(words)
    cells: list[_Cell] = []
    for i, w in enumerate(words):
        value = i >= first_value and (w.starts_run or i > first_value)
        new = not cells or value or _wide(words[i - 1], w, unit)
        if new:
            cells.append(_Cell(w.a, w.b, w.text))
        else:
            cells[-1] = _Cell(cells[-1].a, w.b, cells[-1].text + " " + w.text)
    return cells


def _columns(rows: list[list[_Cell]], unit: float) -> Optional[list[tuple[float, float]]]:
    """Column extents from the rows' cells: cells that overlap across rows share
    a column. None when a row would put two cells in one column."""
    spans = sorted((c.a, c.b) for row in rows for c in row)
    cols: list[list[float]] = []
    for a, b in spans:
        if cols and a < cols[-1][1] + 0.3 * unit:
            cols[-1][1] = max(cols[-1][1], b)
        else:
            cols.append([a, b])
    if len(cols) < 2:
        return None
    out = [(a, b) for a, b in cols]
    for row in rows:
        seen = [_column_of(c, out) for c in row]
        if len(set(seen)) != len(seen):
            return None
    return out


def _column_of(cell: _Cell, cols: list[tuple[float, float]]) -> int:
    mid = (cell.a + cell.b) / 2
    for i, (a, b) in enumerate(cols):
        if a - 0.01 <= mid <= b + 0.01:
            return i
    return min(range(len(cols)), key=lambda i: abs((cols[i][0] + cols[i][1]) / 2 - mid))


_MAX_CELL_WORDS = 12  # the most words one header cell may hold, which bounds the search below


def _header_cells(words: list[Word], cols: list[tuple[float, float]], unit: float) -> Optional[list[str]]:
    """Split a header line into one cell per column, or None if it is not a
    header for these columns: it must line up with them, and a line without
    a wide gap between its words (a caption, a sentence) must line up closely.

    The words are cut into consecutive groups, one per column (a group may be
    empty: a blank corner cell). The cut chosen is the one that best lines the
    groups up with their columns' cells, all in one way (left edges agree,
    right edges agree, or centres agree; the label column may be left-aligned
    whatever the rest do), that cuts at wide gaps and not at narrow ones. So a
    label of several words ("Would have been dismissed") stays whole: it lines
    up with its column as a whole, even where it spills over the gap to the next."""
    m, n = len(words), len(cols)
    if m == 0 or m > 6 * n:
        return None
    u = unit or 1.0
    cuts = [_cut_cost(words[i], words[i + 1], u) for i in range(m - 1)]
    join_prefix = [0.0]  # cost of keeping word i and i+1 in one cell, summed
    for i in range(m - 1):
        join_prefix.append(join_prefix[-1] + _join_cost(words[i], words[i + 1], u))
    (_cost, bounds), mode = min((_best_cut(words, cols, u, mode, cuts, join_prefix), mode)
                                for mode in ("left", "right", "centre"))
    filled = [(j, i, k) for j, i, k in bounds if i > j]
    worst = max((_misfit(words, cols, u, j, i, k, mode) for j, i, k in filled), default=0.0)
    if len(filled) < 2 or worst > 3.0:
        return None
    if not _has_wide_gap(words, u) and (worst > 0.5 or len(filled) < max(3, n - 1)):
        return None
    return [" ".join(w.text for w in words[j:i]) for j, i, _k in bounds]


def _misfit(words: list[Word], cols: list[tuple[float, float]], u: float, j: int, i: int, k: int,
            mode: str) -> float:
    """How badly words j..i-1 sit as the header of column k, lined up by ``mode``."""
    a, b = words[j].a, words[i - 1].b
    left, right = cols[k]
    off = {"left": abs(a - left), "right": abs(b - right), "centre": abs((a + b) - (left + right)) / 2}
    fit = min(off[mode], off["left"]) if k == 0 else off[mode]
    apart = max(0.0, a - right, left - b)  # a header sits over its column's cells
    intrudes = sum(1 for c, (ca, cb) in enumerate(cols)
                   if c != k and min(b, cb) - max(a, ca) > 0.5 * u)
    return (fit + apart) / u + 10.0 * intrudes


def _best_cut(words: list[Word], cols: list[tuple[float, float]], u: float, mode: str, cuts: list[float],
              join_prefix: list[float]) -> tuple[float, list[tuple[int, int, int]]]:
    """The cheapest cut of the words into one group per column: (cost, [(first, end, column)])."""
    m, n = len(words), len(cols)

    def group(j: int, i: int, k: int) -> float:
        if i == j:
            return 0.5 if k == 0 else 2.0
        cost = _misfit(words, cols, u, j, i, k, mode) + (join_prefix[i - 1] - join_prefix[j])
        if j > 0:  # the cut before word j
            cost += cuts[j - 1]
        return cost

    inf = float("inf")
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back = [[0] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for k in range(1, n + 1):
        for i in range(m + 1):
            for j in range(max(0, i - _MAX_CELL_WORDS), i + 1):
                if best[k - 1][j] < inf:
                    c = best[k - 1][j] + group(j, i, k - 1)
                    if c < best[k][i]:
                        best[k][i], back[k][i] = c, j
    bounds, i = [], m
    for k in range(n, 0, -1):
        j = back[k][i]
        bounds.append((j, i, k - 1))
        i = j
    return best[n][m], bounds[::-1]


def _wide(left: Word, right: Word, unit: float) -> bool:
    """A gap wide enough to part two cells: two or more spaces inside a text
    run, or more than one and a half average characters between runs."""
    if not right.starts_run:
        return right.spaces >= 2
    return right.a - left.b > 1.5 * unit


def _has_wide_gap(words: list[Word], unit: float) -> bool:
    return any(_wide(words[i], words[i + 1], unit) for i in range(len(words) - 1))


def _cut_cost(left: Word, right: Word, unit: float) -> float:
    """What it costs to start a new cell at ``right``: nothing at a wide gap,
    little where a new text run starts (cells are usually drawn one by one),
    most at a single space inside a run (the words of one label)."""
    if _wide(left, right, unit):
        return 0.0
    if right.starts_run:
        return max(0.0, unit - (right.a - left.b)) / unit
    return 1.5


def _join_cost(left: Word, right: Word, unit: float) -> float:
    """What it costs to keep two words in one cell: the wider the gap, the more."""
    if not right.starts_run:
        return float(max(0, right.spaces - 1))
    return max(0.0, (right.a - left.b) - 1.5 * unit) / unit


def _only_years(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    return len(filled) >= 2 and all(_YEAR.fullmatch(c) for c in filled)


def _year_header(header: list[list[str]], width: int) -> Optional[list[str]]:
    """A header line of years over more columns than years ('2022' centred over 'Number | %'):
    its own row, each year at the first of the equal run of columns it heads, the rest blank
    (nlp/tables.py reads a blank heading after a year as that year's)."""
    lines = [h for h in header if _only_years(h)]
    if len(lines) != 1:
        return None
    found = [c for c in lines[0] if c]
    values = width - 1
    if len(found) >= values or values % len(found):
        return None
    k = values // len(found)
    out = [""] * width
    for n, y in enumerate(found):
        out[1 + n * k] = y
    return out


@dataclass
class _Table:
    first: int            # index of the first plain line it replaces (header included)
    last: int             # index of the last
    rows: list[list[str]]


def _table_by_numbers(lines: list[str], start: int, end: int) -> Optional[_Table]:
    """Without positions: one cell for each row's label and one for each number."""
    parts = [table_row_parts(lines[i]) or (lines[i].split(), []) for i in range(start, end + 1)]
    rows = [([" ".join(label)] if label else []) + values for label, values in parts]
    if len(rows) == 1 and len(rows[0]) < 3:
        return None
    usual = statistics.mode(len(r) for r in rows)
    label, values = parts[0]
    if not label and len(rows[0]) == usual - 1 and all(_YEAR.fullmatch(v) for v in values):
        rows[0].insert(0, "")  # "2019/20 2020/21" over labelled rows: a blank corner cell
    return _Table(start, end, rows)


def _table(lines: list[str], geo: list[Optional[GeoLine]], start: int, end: int,
           taken: set[int]) -> Optional[_Table]:
    """The table made of row lines ``start..end`` (inclusive) and the header
    lines above them, or None if it is a lone line that is better left as prose."""
    idx = list(range(start, end + 1))
    if all(geo[i] is not None for i in idx):
        words = {i: list(geo[i].words) for i in idx}
        unit = statistics.median(geo[i].unit for i in idx)
        positioned = "geo"
    elif all(re.search(r"\S {2,}\S", lines[i]) for i in idx):
        words = {i: _plain_words(lines[i]) for i in idx}
        unit, positioned = 1.0, "plain"
    else:
        return _table_by_numbers(lines, start, end)

    cells = [_row_cells(words[i], unit) for i in idx]
    cols = _columns(cells, unit)
    if cols is None:
        rows = [[c.text for c in row] for row in cells]
    else:
        rows = []
        for row in cells:
            out = [""] * len(cols)
            for c in row:
                out[_column_of(c, cols)] = c.text
            rows.append(out)

    header: list[list[str]] = []
    first = start
    while cols is not None and len(header) < 3 and first - 1 >= 0 and first - 1 not in taken:
        i = first - 1
        if not lines[i].strip() or table_row_parts(lines[i]):
            break
        if positioned == "geo":
            if geo[i] is None:
                break
            hw = list(geo[i].words)
        else:
            hw = _plain_words(lines[i])
        if re.search(r"[.;]$", lines[i].strip()):
            break
        cells_of_line = _header_cells(hw, cols, unit)
        if cells_of_line is None:
            break
        header.insert(0, cells_of_line)
        first = i
    years = _year_header(header, len(cols))
    if years is not None:
        header = [h for h in header if not _only_years(h)]
    if header:
        merged = [" ".join(h[k] for h in header if h[k]) for k in range(len(cols))]
        rows.insert(0, merged)
    if years is not None:
        rows.insert(0, years)
    has_gap = any(_has_wide_gap(words[i], unit) for i in idx)
    if len(rows) == 1 and not has_gap:
        return None
    return _Table(first, end, rows)
