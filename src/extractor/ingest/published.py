"""The publication date a page shows its readers, in order of trust (``published_source``):
``byline`` (a dated byline or dateline near the top: "Published 3 May 2021", "By X | 22
August 2022", "Thu 24 May 2012 17.05 BST"; a court's own date), ``text`` (a date alone on
one of the opening lines, as in a press release), else ``none``. Footer, copyright, "last
updated" and "date of request" dates are never used. (``meta`` dates, which come first, are
read.py's.)

    find_published(text) -> (date or None, published_source)
"""

from __future__ import annotations

import re
from datetime import date
from typing import Sequence

from ..normalise.calendar_words import weekdays
from .datewords import _TIME, numeric_order_of, parse_dates, plausible
from .court_dates import court_date
from .dateline import release_dateline, source_and_date
from .layout_cues import layout_cues

__all__ = ["find_published"]

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
            if not plausible(d):
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
    if len(dates) != 1 or not plausible(dates[0][0]):
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
    if len(dates) != 1 or not plausible(dates[0][0]):
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


# A byline that runs over lines, as print and wire copy sets it: "By Jo Bloggs" / "Staff
# Writer" / "Monday, April 13, 2009". The date alone on a line is the byline's when no more
# than one short line (a title, a desk, an agency) stands between them.
_BYLINE_BLOCK_GAP = 2


def _byline_block_date(lines: Sequence[str]) -> date | None:
    for k, line in enumerate(lines):
        if not _BY_NAME.match(line) or len(line.split()) > 8:
            continue
        for below in lines[k + 1:k + 1 + _BYLINE_BLOCK_GAP]:
            d = _header_date(below)
            if d:
                return d
            if len(below.split()) > 6 or _PROSE.match(below):
                break
    return None


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
    # after the opening lines' own date: a quoted story's byline further down (a blog post
    # reposting a paper's piece) is the quoted story's
    d = _byline_block_date(lines[:body])
    if d:
        return d, "byline"
    for line in lines[:_BYLINE_LINES]:
        d = release_dateline(line)
        if d:
            return d, "text"
    return None, "none"
