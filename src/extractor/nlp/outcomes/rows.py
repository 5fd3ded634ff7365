"""Outcomes stated by a table row: a records response, a discipline log or a board's
dispositions table whose header names a person column ("Officer", "Employee", "Member",
"Subject officer"; or "Name" beside ranks) and one or more finding / discipline columns
("Finding", "Disposition", "Action taken", "Sanction"):

    Case | Employee | Allegation | Finding | Action taken
    IA-25-002 | Deputy H. Calloway | Neglect of duty | Sustained | 2-day suspension

gives misconduct_proven and suspended for "Deputy H. Calloway", each with the cell's words
as its text. The words are in models/outcome_layout.json (layout_words.py). A table with no
person column (years, kinds, forces) counts cases: figures, not outcomes. Tables come as
lines of cells split by ' | ' (HTML tables are written so) or tabs, or aligned by runs of
spaces under a header of words.

`with_layout(doc, outcomes)` adds these and the labelled lines of entries (labelled.py) to
the outcomes the sentence rules found: in a row read here the row's outcomes are this
module's (the sentence rules read a row as a sentence with no subject); a sentence after a
table or list of officers that counts officers across them ("Two officers were dismissed")
is a count of the rows, a figure, not a group's outcome.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from ...records import Outcome
from .. import doc_text
from ..tables import _RULE_LINE, _barred_runs, _cells
from .labelled import entry_outcomes, single_day, trimmed
from .layout_words import column_kind, nonpolice_person, police_person, read_value

_SPACED_CELL = re.compile(r"\S+(?: \S+)*")
_GROUP_SUBJECT = re.compile(r"^(?:the |all |both |these |those )?(?:\w+ )?(?:officers|deputies|troopers|constables|"
                            r"members|employees|staff|of them|pair|both|two|three|four|five|six|they)$", re.I)


def _line_cells(line: str, start: int, barred: set[int], spaced: bool) -> Optional[list[tuple[int, int]]]:
    if "|" in line:
        return None if _RULE_LINE.match(line) else _cells(line, start, "|", start in barred)
    if "\t" in line.strip():
        return _cells(line, start, "\t", False)
    if spaced and line.strip():
        cells = [(start + m.start(), start + m.end()) for m in _SPACED_CELL.finditer(line)]
        return cells if len(cells) >= 2 else None
    return None


def table_lines(text: str) -> list[list[list[tuple[int, int]]]]:
    """The article's tables: each a list of rows of cell spans. A run of aligned lines is a
    table only under a header of words with two or more gaps of spaces."""
    barred = _barred_runs(text) if "|" in text else set()
    tables: list[list] = []
    current: Optional[list] = None
    spaced = False
    offset = 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if _RULE_LINE.match(line) and "|" in line:
            continue
        aligned = len(re.findall(r"\S {2,}\S", line)) >= 1 and "|" not in line and "\t" not in line
        cells = _line_cells(line, start, barred, spaced and aligned)
        if cells is None and aligned and len(re.findall(r"\S {2,}(?=\S)", line)) >= 1:
            cells = _line_cells(line, start, barred, True)  # a header of words set with spaces
            if cells is not None:
                current, spaced = [cells], True
                tables.append(current)
                continue
        if cells is None:
            current, spaced = None, False
            continue
        if current is None:
            current = []
            tables.append(current)
        current.append(cells)
    return [t for t in tables if len(t) >= 2]


def _header(text: str, table: list) -> Optional[tuple[int, dict[int, str]]]:
    """(row index, column -> kind) of the table's header: a row with a person column and a
    finding / discipline column, among its first two rows."""
    for k, row in enumerate(table[:2]):
        kinds = {i: column_kind(text[s:e].strip("| ")) for i, (s, e) in enumerate(row)}
        kinds = {i: v for i, v in kinds.items() if v}
        people = [i for i, v in kinds.items() if v in ("person", "neutral")]
        if people and any(v == "outcome" for v in kinds.values()):
            return k, kinds
    return None


def _aligned(row: list, header: list, prev: Optional[list], text: str) -> Optional[list]:
    """The row's cells under the header's columns: as many cells as columns; fewer after a
    row above (an HTML cell spanning rows gives its leading cells); aligned lines by where
    each cell stands under the header."""
    if len(row) == len(header):
        return row
    if len(row) < len(header) and prev is not None and "|" in text[row[0][0] - 2:row[-1][1] + 1]:
        return prev[:len(header) - len(row)] + row
    line_at = text.rfind("\n", 0, row[0][0]) + 1
    head_at = text.rfind("\n", 0, header[0][0]) + 1
    starts = [s - head_at for s, _e in header]
    out: list = [None] * len(header)
    for s, e in row:
        col = min(range(len(starts)), key=lambda i: abs(starts[i] - (s - line_at)))
        if out[col] is not None:
            return None
        out[col] = (s, e)
    return [c if c is not None else (0, 0) for c in out]


_COUNT = re.compile(r"[<>~]?\d[\d,]*(?:\.\d+)?%?")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _count_rows(text: str, table: list) -> list[tuple[int, int]]:
    """The rows of a table that counts ('PC | Dismissed | 14', 'Kent Police | 12 | Dismissed'):
    every row under its header holds a count, so an outcome word in it names what is counted,
    not what happened to someone (the figures component reads it)."""
    rows = table[1:]
    if not all(any(_COUNT.fullmatch(c) and not _YEAR.fullmatch(c) for c in
                   (text[s:e].strip("| ") for s, e in row)) for row in rows):
        return []
    return [(row[0][0], row[-1][1]) for row in rows]


def _blank_person(text: str, cells: list, kinds: dict[int, str]) -> bool:
    s, e = cells[next(i for i, v in kinds.items() if v in ("person", "neutral"))]
    return not text[s:e].strip("| \t-–—")


def _subject(text: str, cells: list, kinds: dict[int, str]) -> Optional[str]:
    person_col = next(i for i, v in kinds.items() if v in ("person", "neutral"))
    s, e = cells[person_col]
    person = text[s:e].strip("| ").strip()
    if not re.search(r"[A-Za-z]{2}", person):
        return None  # "3" under "Officers": a count of officers, not one
    rank = next((text[a:b].strip("| ").strip() for i, (a, b) in enumerate(cells) if kinds.get(i) == "rank"), "")
    if rank and rank.lower() not in person.lower() and not police_person(person):
        person = f"{rank} {person}"
    if nonpolice_person(person):
        return None
    if kinds[person_col] == "neutral" and not police_person(person):
        return None
    return person


def row_outcomes(doc: Doc) -> tuple[list[Outcome], list, list[tuple[int, int]]]:
    """The outcomes of the rows of tables of officers; the spans of the rows read, then
    (-1, -1, (start, end, subject)) for each outcome cell of them that holds a sentence; and
    the spans of the rows of tables that count."""
    text = doc_text(doc)
    if "|" not in text and "\t" not in text and "  " not in text:
        return [], [], []
    out: list[Outcome] = []
    spans: list[tuple[int, int]] = []
    counts: list[tuple[int, int]] = []
    unread: list = []
    for table in table_lines(text):
        head = _header(text, table)
        if head is None:
            counts.extend(_count_rows(text, table))
            continue
        k, kinds = head
        header, prev, last = table[k], None, None
        for row in table[k + 1:]:
            cells = _aligned(row, header, prev, text)
            prev = cells or prev
            subject = _subject(text, cells, kinds) if cells else None
            if cells and subject is None and _blank_person(text, cells, kinds):
                subject = last  # an HTML cell spanning rows: the officer of the row above
            last = subject
            if subject is None:
                continue
            spans.append((row[0][0], row[-1][1]))
            when = next((single_day(doc, a, b) for i, (a, b) in enumerate(cells)
                         if b > a and "date" in text[header[i][0]:header[i][1]].lower()), None)
            seen: set[str] = set()
            for col, v in kinds.items():
                s, e = cells[col]
                if v != "outcome" or e <= s:
                    continue
                a, b = trimmed(text, s, e)
                values = read_value(text[a:b])
                if not values:
                    unread.append((a, b, subject))  # a sentence in a cell: the sentence rules read it
                for outcome, _a, _b in values:
                    if outcome not in seen:
                        seen.add(outcome)
                        out.append(Outcome(span=(a, b), text=text[a:b], outcome=outcome,
                                           subject=subject, date=when, rule="layout-row"))
    return out, spans + [(-1, -1, u) for u in unread], counts


def _summary(o: Outcome, after: list[tuple[int, int]], text: str) -> bool:
    """'Three officers were found to have committed gross misconduct' after a table or list of
    officers: a count across the rows, not a group's outcome (SPEC: figures only)."""
    subject = (o.subject or "").strip()
    if not after or not _GROUP_SUBJECT.match(subject):
        return False
    return any(b <= o.span[0] <= b + 600 for _a, b in after)


def _in_rows(o: Outcome, read: list, cells: list) -> Optional[Outcome]:
    """A sentence rule's outcome inside a row read here: kept, for the row's officer, when it
    reads a cell of sentences ('Officer was terminated March 3'); else the row's own stand."""
    if not any(a <= o.span[0] < b for a, b in read):
        return o
    cell = next(((a, b, who) for a, b, who in cells if a <= o.span[0] < b), None)
    return o.model_copy(update={"subject": cell[2]}) if cell else None


def with_layout(doc: Doc, outcomes: list[Outcome]) -> list[Outcome]:
    rows, marks, counts = row_outcomes(doc)
    entries, entry_spans = entry_outcomes(doc, outcomes)
    if not rows and not entries and not entry_spans and not counts:
        return outcomes
    text = doc_text(doc)
    read = [m for m in marks if m[0] >= 0]
    cells = [m[2] for m in marks if m[0] < 0]
    kept = [k for k in (_in_rows(o, read, cells) for o in outcomes if not any(a <= o.span[0] < b for a, b in counts))
            if k is not None]
    layouts = sorted(read + entry_spans)
    if len(rows) + len(entries) + len(entry_spans) >= 2:
        kept = [o for o in kept if not _summary(o, layouts, text) or any(a <= o.span[0] < b for a, b in entry_spans)]
    return sorted(kept + rows + entries, key=lambda o: (o.span[0], o.span[1]))
