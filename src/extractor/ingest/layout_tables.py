"""Tables a plain text lays out without cell separators: rows of a label and numbers.

A document viewer's or a PDF's text layer, or a plain-text FOI answer, often gives a
table as runs of words and numbers with spaces between:

    Year Citizen Complaints Internal Complaints Total      a header the reader cannot split
    2021 214 61 275                                       a row: every number a cell
    Sustained 44 31 39 28.5                               a label, then its numbers

or aligned by runs of spaces ("Officers dismissed     10     15"). Two or more such rows
one after another are a table; the lines just above them that hold only years
("2021 2022", "        2021/22    2022/23") or only words ("FINDING # % # %",
"Financial year    Officers dismissed") are its header rows, split into one cell a
column where the layout says how: by the gaps of an aligned line (each cell put in the
column it stands over), one word a column when the words and the columns are as many,
else the whole line as one cell (which nlp/tables.py reads as the table's title). A
label too long for its cell that the text layer put on a line of its own (the label,
then its numbers on the next line, or a last word after them) stays inside the table.

``run_tables(text, lines)`` -> {line start: the cells of the row on that line}; a
label's line of its own maps to [] (inside the table, no cells of its own).
"""

from __future__ import annotations

import re
from typing import Optional

from .pdf_tables import table_row_parts

_TOKEN = re.compile(r"\S+")
_YEARISH = re.compile(r"(?:19|20)\d\d(?:\s?[/-]\s?(?:19|20)?\d\d)?")
_GAP = re.compile(r"\S(?: \S|\S)*")  # a run of words with single spaces: one cell of an aligned line
_MAX_WRAP_WORDS = 5


def _numbers_only(line: str) -> bool:
    """A line of two or more numbers and nothing else ('5 3 1 .78'): a wrapped row's values."""
    tokens = line.split()
    return len(tokens) >= 2 and all(re.fullmatch(r"[-+−]?(?:\d[\d,]*)?\.?\d+%?\*?", t) for t in tokens)


def _is_row(line: str) -> bool:
    return "|" not in line and "\t" not in line and table_row_parts(line) is not None


def _years_only(line: str) -> bool:
    """'2021 2022', '        2021/22    2022/23': a header of years."""
    tokens = line.split()
    return len(tokens) >= 2 and all(_YEARISH.fullmatch(t) for t in tokens)


def _words_header(line: str) -> bool:
    s = line.strip()
    return bool(s) and not any(c.isdigit() for c in s) and len(s.split()) <= 14 \
        and s[-1] not in ".!?;,:" and "|" not in s and "\t" not in s


def _wrapped_words(line: str) -> bool:
    """'Viol.', 'No Further Action Required': a few words of a label, no digits, between rows."""
    s = line.strip()
    return bool(s) and len(s.split()) <= _MAX_WRAP_WORDS and not any(c.isdigit() for c in s) \
        and "|" not in s and "\t" not in s and s[-1] not in "!?;,:"


def _row_cells(line: str, start: int) -> list[tuple[int, int]]:
    """A row's cells: its label (the words before its numbers) and each number."""
    parts = table_row_parts(line) or ([], line.split())
    tokens = [(start + m.start(), start + m.end()) for m in _TOKEN.finditer(line)]
    n_label = len(tokens) - len(parts[1])
    if n_label == 0 and _YEARISH.fullmatch(line.split()[0]):
        n_label = 1  # "2021 214 61 275": the year labels the row
    label = [(tokens[0][0], tokens[n_label - 1][1])] if n_label else [(start, start)]
    return label + tokens[n_label:]


def _columns(rows: list[list[tuple[int, int]]], starts: list[int]) -> list[tuple[int, int]]:
    """Each column's extent, in characters from its line's start, over the rows of the most cells."""
    width = max(len(r) for r in rows)
    cols = []
    for k in range(width):
        spans = [(r[k][0] - s, r[k][1] - s) for r, s in zip(rows, starts) if len(r) == width]
        cols.append((min(a for a, _ in spans), max(b for _, b in spans)))
    return cols


def _header_cells(line: str, start: int, cols: list[tuple[int, int]], labelled: bool) -> list[tuple[int, int]]:
    """A header line's cells, one a column (an empty span where a column has none)."""
    pieces = [(m.start(), m.end()) for m in (_TOKEN.finditer(line) if _years_only(line) else _GAP.finditer(line))]
    gapped = re.search(r"\S {2,}\S", line) is not None or line[:1] == " "
    if gapped and len(pieces) <= len(cols):
        out: list[Optional[tuple[int, int]]] = [None] * len(cols)
        for a, b in pieces:
            k = min(range(len(cols)), key=lambda c: (_apart(a, b, cols[c]), c))
            out[k] = (a, b) if out[k] is None else (out[k][0], b)
        return [(start + s[0], start + s[1]) if s else (start, start) for s in out]
    words = [(m.start(), m.end()) for m in _TOKEN.finditer(line)]
    if len(words) == len(cols):
        return [(start + a, start + b) for a, b in words]
    if labelled and len(words) == len(cols) - 1 and _years_only(line):
        return [(start, start)] + [(start + a, start + b) for a, b in words]
    if _years_only(line):
        return [(start, start)] * labelled + [(start + a, start + b) for a, b in words]
    split = _even_split(line, words, len(cols), labelled)
    if split:
        return [(start + a, start + b) for a, b in split]
    first = words[0][0]
    return [(start + first, start + len(line.rstrip()))]


def _even_split(line: str, words: list[tuple[int, int]], width: int, labelled: bool):
    """'Year Citizen Complaints Internal Complaints Total' over four columns: the first word heads
    the labels, a last 'Total' its column, and the words between part evenly among the rest
    (such headings are parallel: 'Formal Complaints | Informal Complaints'); None otherwise."""
    if not labelled or len(words) <= width or width < 3:
        return None
    head, rest = words[:1], words[1:]
    tail = []
    if line[rest[-1][0]:rest[-1][1]].lower() in ("total", "totals"):
        rest, tail = rest[:-1], rest[-1:]
    groups = width - 1 - len(tail)
    if groups < 1 or len(rest) % groups:
        return None
    k = len(rest) // groups
    return head + [(rest[g * k][0], rest[g * k + k - 1][1]) for g in range(groups)] + tail


def _apart(a: int, b: int, col: tuple[int, int]) -> float:
    """How far a header piece stands from a column: 0 when they overlap, else the gap."""
    if min(b, col[1]) > max(a, col[0]):
        return -float(min(b, col[1]) - max(a, col[0]))
    return float(max(col[0] - b, a - col[1]))


# "- 2021: 6", "2020 - 7", "• 2022/23 – 14 officers": a year and its count, one a line
_YEAR_LINE = re.compile(r"\s*([-•*–]\s+)?((?:19|20)\d\d(?:/\d\d)?)\s*[:=–-]\s*(\d[\d,]*)(?:\s+[a-z][a-z ]{0,30})?\s*$")


def year_lists(text: str, lines: list[tuple[int, int]]) -> dict[int, list[tuple[int, int]]]:
    """Line start -> [year, count], for runs of two or more lines that each give a year and its
    count ('- 2021: 6', '2020 - 7'): a table of two columns written as a list, whose line above says
    what is counted. (A list of labels and counts, '- Dismissed: 11', '- Honesty: 2', is read as
    a list: figures/lead_ins.py gives each its own label and its lead-in's noun.)"""
    out: dict[int, list[tuple[int, int]]] = {}
    run: list[tuple] = []  # (line start, cells, bulleted, line index)
    for k, (s, e) in enumerate(lines + [(len(text), len(text))]):
        at = text.rfind("\n", 0, s) + 1
        m = _YEAR_LINE.match(text, at, e) if s < len(text) else None
        adjacent = run and text.count("\n", run[-1][0], at) == 1
        if m and (not run or adjacent):
            run.append((at, [(m.start(2), m.end(2)), (m.start(3), m.end(3))], bool(m.group(1)), k))
            continue
        if len(run) >= 2 and (run[0][2] or _led_in(text, lines, run[0][3])):
            out.update((a, cells) for a, cells, _, _ in run)
        run = [(at, [(m.start(2), m.end(2)), (m.start(3), m.end(3))], bool(m.group(1)), k)] if m else []
    return out


# "Question 3", "Q3.", "A2", "Answer to question 1": a line naming the numbered question it answers
QUESTION_REF = re.compile(r"\s*(?:q|question|a|answer|response|reply)(?:\s+to\s+(?:q|question))?\s*(\d{1,2})"
                          r"\s*[.:)\-–]?\s*$", re.I)


def _led_in(text: str, lines: list[tuple[int, int]], k: int) -> bool:
    """Unbulleted year lines under a line that says what they count (a question, a caption) or
    names the question they answer ('Question 3', 'A1.'); not under a bare 'Our response:'."""
    if k == 0:
        return False
    above = text[lines[k - 1][0]:lines[k - 1][1]]
    return len(above.split()) >= 3 or QUESTION_REF.fullmatch(above) is not None


_VALUE = re.compile(r"[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?%?\*?|-|–|n/a|N/A|\*|<\d+")


def _one_value(line: str) -> bool:
    s = line.strip()
    return bool(s) and any(c.isdigit() for c in s) and _VALUE.fullmatch(s) is not None or s in ("-", "–", "n/a", "*")


def cell_a_line(text: str, lines: list[tuple[int, int]]) -> dict[int, list[tuple[int, int]]]:
    """A table whose text layer put every cell on a line of its own: n heading lines ('Year',
    'Complaints', 'Allegations'), then rows of n lines, a label ('2021', 'Sustained') and n - 1
    numbers. Line start -> the cells of the row ending on that line ([] for its other lines)."""
    out: dict[int, list[tuple[int, int]]] = {}
    words = [text[s:e] for s, e in lines]
    # a blank line ends the table: line k is cut from line k + 1
    cut = [text.count("\n", lines[k][1], lines[k + 1][0]) != 1 for k in range(len(lines) - 1)] + [True]
    i = 0
    while i < len(lines):
        n = 0
        while i + n < len(lines) and _words_header(words[i + n]) and len(words[i + n].split()) <= 6 \
                and (n == 0 or not cut[i + n - 1]):
            n += 1
        rows = _cell_rows(words, i + n, n) if 2 <= n <= 8 and not cut[i + n - 1] else 0
        while rows and any(cut[i:i + n * (rows + 1) - 1]):
            rows -= 1
        if rows < 2:
            i += max(n, 1)
            continue
        for k in range(i, i + n * (rows + 1), n):
            group = list(lines[k:k + n])
            for s, _ in group[:-1]:
                out[text.rfind("\n", 0, s) + 1] = []
            out[text.rfind("\n", 0, group[-1][0]) + 1] = group
        i += n * (rows + 1)
    return out


def _cell_rows(words: list[str], at: int, n: int) -> int:
    """How many rows of n lines (a label, then n - 1 single numbers) follow line ``at``."""
    rows = 0
    while at + n <= len(words) and not _one_value(words[at]) or (
            at + n <= len(words) and _YEARISH.fullmatch(words[at].strip() or "x")):
        if not all(_one_value(w) for w in words[at + 1:at + n]) or len(words[at].split()) > 8:
            break
        rows, at = rows + 1, at + n
    return rows


def run_tables(text: str, lines: list[tuple[int, int]]) -> dict[int, list[tuple[int, int]]]:
    """Line start -> its cells, for the rows and header lines of tables laid out with spaces."""
    out: dict[int, list[tuple[int, int]]] = year_lists(text, lines)
    out.update(cell_a_line(text, lines))
    starts = [text.rfind("\n", 0, s) + 1 for s, _ in lines]
    raw = [text[st:e] for st, (_, e) in zip(starts, lines)]
    i = 0
    while i < len(lines):
        j, rows, taken = _run(raw, starts, i)
        if len(rows) >= 2:
            _with_header(text, raw, starts, i, rows, out)
            out.update(taken)
            i = j
        else:
            i += 1
    return out


def _run(raw: list[str], starts: list[int], i: int):
    """The rows of the table starting at line i (by index into ``raw``): (next line, rows, cells by line)."""
    rows: list[tuple[int, list]] = []
    taken: dict[int, list] = {}
    j = i
    while j < len(raw):
        line = raw[j]
        if _is_row(line):
            cells = _row_cells(line, starts[j])
        elif rows and j + 1 < len(raw) and _words_header(line) and len(line.split()) <= _MAX_WRAP_WORDS \
                and _numbers_only(raw[j + 1]):
            taken[starts[j]] = []  # a label on a line of its own, its numbers below
            label = (starts[j] + len(line) - len(line.lstrip()), starts[j] + len(line.rstrip()))
            cells = [label] + [(starts[j + 1] + m.start(), starts[j + 1] + m.end())
                               for m in _TOKEN.finditer(raw[j + 1])]
            j += 1
        elif rows and _wrapped_words(line) and j + 1 < len(raw) and _is_row(raw[j + 1]):
            taken[starts[j]] = []  # a label's last words, printed under its numbers
            j += 1
            continue
        else:
            break
        rows.append((j, cells))
        taken[starts[j]] = cells
        j += 1
    return j, [c for _, c in rows], taken


def _with_header(text: str, raw: list[str], starts: list[int], i: int, rows, out) -> None:
    """Up to two header lines right above the first row: years only, or words only."""
    cols = _columns(rows, [_line_start(text, r[-1][0]) for r in rows])
    labelled = any(r[0][1] > r[0][0] for r in rows)
    k, found = i - 1, 0
    while k >= 0 and found < 2 and text.count("\n", starts[k], starts[k + 1]) == 1:
        line = raw[k]
        if not (_years_only(line) or _words_header(line)) or _is_row(line):
            break
        out[starts[k]] = _header_cells(line, starts[k], cols, labelled)
        found += 1
        k -= 1


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1
