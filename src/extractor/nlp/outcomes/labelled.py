"""Outcomes stated by the labelled lines of an entry about one officer: a force's
"misconduct outcomes" page, an internal affairs log, a hearing notice.

    1. PC Mia Thorne, Neighbourhood Policing, Eastgate      the entry's officer (a numbered
    Hearing date: 3 October 2024                             or short heading line, or a
    Finding: Gross misconduct proven                         label 'Officer: Sgt. Ana Ruiz')
    Outcome: Dismissed without notice

Each verbless part of a finding / outcome / sanction / disposition line ("Sustained – 5-day
suspension", "Would have been dismissed. Added to the College of Policing barred list.") is
read with the values of models/outcome_layout.json (layout_words.py) as the outcome of the
entry's officer. A part the sentence rules already read ("Outcome: PC Lowe was dismissed
without notice.") is theirs. A hearing date in the entry dates its outcomes.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from spacy.tokens import Doc

from ...records import Outcome
from .. import doc_text
from .layout_words import outcome_label, person_label, police_person, read_value

_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z0-9'’ ()/&#-]{0,40}?)\s*(?::|\s[–—-])\s*(\S.*?)\s*$")
_NUMBERED = re.compile(r"^\s*(?:\d{1,3}[.)]|[•*–-])\s+(\S.*?)\s*$")
_TAIL = re.compile(r"(?::|\s[–—-])\s+([^:–—]+?)\s*$")
_CUT = re.compile(r",\s|\s[–—-]\s|\s?\(|:\s")
_PARTS = re.compile(r"(?<=[a-z)])\.\s+|;\s*|\s+[–—-]\s+|\.$")


def single_day(doc: Doc, start: int, end: int) -> Optional[dt.date]:
    """The one day a date mention inside [start, end) names, else None."""
    for d in getattr(doc._, "dates", None) or []:
        if start <= d.span[0] < end and d.date_from is not None and d.date_from == d.date_to:
            return d.date_from
    return None


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A cell or part without the bars, spaces and full stop around it: the Outcome's words."""
    while start < end and text[start] in "| \t":
        start += 1
    while end > start and text[end - 1] in "| \t.":
        end -= 1
    return start, end


def _person(value: str) -> Optional[str]:
    """'PC Aaron Tilley, Response and Patrol' -> 'PC Aaron Tilley', when it names an officer."""
    cut = _CUT.split(value, maxsplit=1)[0].strip().rstrip(".")
    return cut if cut and len(cut.split()) <= 7 and police_person(cut) else None


def _heading(line: str) -> bool:
    s = line.strip()
    return 0 < len(s.split()) <= 8 and s[-1] not in ".!?;:," and ":" not in s


class _Entry:
    def __init__(self, person: Optional[str], start: int):
        self.person, self.start, self.end, self.when = person, start, start, None
        self.found: list[Outcome] = []


def _parts(value: str, at: int) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in _PARTS.finditer(value):
        out.append((at + pos, at + m.start()))
        pos = m.end()
    out.append((at + pos, at + len(value)))
    return [(a, b) for a, b in out if b > a]


def _read_line(text: str, entry: _Entry, outcomes: list[Outcome], v_start: int, v_end: int) -> None:
    for a, b in _parts(text[v_start:v_end], v_start):
        if any(o.span[0] < b and a < o.span[1] for o in outcomes):
            continue  # a clause the sentence rules read
        a, b = trimmed(text, a, b)
        for outcome, _s, _e in read_value(text[a:b]):
            if any(o.outcome == outcome and entry.start <= o.span[0] < v_end for o in outcomes) or \
                    any(o.outcome == outcome for o in entry.found):
                continue
            entry.found.append(Outcome(span=(a, b), text=text[a:b], outcome=outcome,
                                       subject=entry.person, rule="layout-label"))
    entry.end = v_end


def _pieces(line: str, start: int) -> list[tuple[str, int]]:
    """'Officer: Sgt. Ivy Crane; Allegation: Untruthfulness; Finding: Sustained': labelled
    pieces of one line, each read as a line of its own; else the line."""
    parts = line.split("; ")
    if len(parts) < 2 or not all(_LABEL.match(p) and ":" in p for p in parts):
        return [(line, start)]
    out, at = [], start
    for p in parts:
        out.append((p, at))
        at += len(p) + 2
    return out


def _labelled(doc: Doc, text: str, entry: Optional[_Entry], label, start: int,
              outcomes: list[Outcome]) -> tuple[bool, Optional[_Entry]]:
    """(whether the line is read as a label line, the entry it leaves open)."""
    name, v_start, v_end = label.group(1), start + label.start(2), start + label.end(2)
    colon = ":" in label.group(0)[:label.start(2)]
    if colon and entry is None and not outcome_label(name):
        return False, entry  # "Misconduct hearing outcomes: July": a title, not a line of an entry
    if person_label(name):
        return True, _Entry(_person(label.group(2)), start)
    if entry is not None and entry.person and outcome_label(name):
        _read_line(text, entry, outcomes, v_start, v_end)
        return True, entry
    if entry is not None and "date" in name.lower():
        entry.when = entry.when or single_day(doc, v_start, v_end)
        return True, entry
    if not colon and _person(name):
        return False, entry  # "Sergeant 1048 Nadia Perrin – Custody": a heading naming the next officer
    return True, entry  # "Breach: ...", "Allegation - ...": a line of the entry


def _headed(text: str, line: str, start: int, outcomes: list[Outcome]) -> _Entry:
    """A numbered, bulleted or short heading line opens an entry; what follows its officer
    after a colon or a dash ('- PC Dan Moyes, Response: dismissed without notice') is read."""
    numbered = _NUMBERED.match(line)
    body_at = numbered.start(1) if numbered else len(line) - len(line.lstrip())
    entry = _Entry(_person(line[body_at:]), start)
    tail = _TAIL.search(line, body_at)
    if entry.person and tail and numbered:
        _read_line(text, entry, outcomes, start + tail.start(1), start + tail.end(1))
    return entry


def entry_outcomes(doc: Doc, outcomes: list[Outcome]) -> tuple[list[Outcome], list[tuple[int, int]]]:
    """The outcomes the labelled lines of entries state, and the spans of the entries read."""
    text = doc_text(doc)
    if ":" not in text and " - " not in text and " – " not in text:
        return [], []
    entries: list[_Entry] = []
    entry: Optional[_Entry] = None
    offset = 0
    for whole in text.split("\n"):
        line_start, offset = offset, offset + len(whole) + 1
        for line, start in _pieces(whole, line_start):
            if not line.strip():
                continue
            label = _LABEL.match(line)
            if label and len(label.group(1).split()) <= 4:
                read, opened = _labelled(doc, text, entry, label, start, outcomes)
                if opened is not entry:
                    entries.append(opened)
                entry = opened
                if read:
                    continue
            if _NUMBERED.match(line) or _heading(line):
                entry = _headed(text, line, start, outcomes)
                entries.append(entry)
            else:
                entry = None  # prose ends the entry
    found, spans = [], []
    for e in entries:
        for o in e.found:
            found.append(o.model_copy(update={"date": e.when}) if e.when else o)
        if e.found or e.end > e.start:
            spans.append((e.start, e.end))
    return found, spans
