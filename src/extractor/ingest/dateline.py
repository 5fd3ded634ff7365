"""Datelines: the line near an article's top that says when it was published.

    "Tuesday 16 April 2024 | News"        a date and the section it ran in
    "November 3, 2022 | Law"              the US order
    "Jan 12, 2021 | 9:40 AM"              a date and a time
    "12 July 2024 | Crime & Courts | By News Desk"
    "Byline Intelligence Team | 21 September 2021"
    "Date: 14/03/24", "Published: 2 May 2021", "Posted on 3 June 2020"
    "Tue, 10/03/2023 - 14:05"             a weekday before a numeric date
    "3 Oct 2023 | 2 min read"             a reading time beside the date
    "May 10, 2025 | Courts, State Agencies, Ohio"   the topics a page is filed under

A dateline is a line of parts (models/layout.json ``dateline.separators``): one
part is a full date, alone or after a cue ("Published", "Posted on"); every other
part is a time, a byline, or a short name (a section, a desk, a team). A date
after a "never" cue (updated, copyright, a letter's reference, a request) is not
the publication's, and a line that is a sentence is not a dateline at all.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Optional, Sequence

from ..normalise.calendar_words import last_updated_words, updated_words, weekdays
from ..records import Block
from .datewords import _TIME, numeric_order_of, parse_dates, plausible, short_date
from .layout_cues import LayoutCues, layout_cues

# "14/03/24": a two-digit year is read only on a cued dateline, day first as in the UK.
_SHORT_DATE = re.compile(r"\b([0-3]?\d)[/.]([01]?\d)[/.](\d\d)\b")
# "5 min read": the reading time some pages print beside the date.
_READING_TIME = re.compile(r"^\d{1,3}\s*-?\s*(?:min|mins|minute|minutes)\s+read$", re.I)
# "2 Comments", "No comments", "Leave a comment": a blog's comment count beside the date.
_COMMENTS = re.compile(r"^(?:\d{1,5}|no|leave\s+an?)\s+(?:comments?|responses?|replies)$", re.I)
# "by Rosa Klein" after the date: a byline of at most four capitalised names
_BY_AFTER = re.compile(r"^[Bb]y\s+(?:[A-Z][\w'’.-]*\s*){1,4}$")
_TIME_ONLY = re.compile(rf"^\W*{_TIME}\W*$|^\W*\d{{1,2}}(?:[:.]\d\d)?\s*[ap]\.?m\.?\W*$", re.I)
# "16:45, 5 March 2025 BST": the time zone of a time printed before the date
_ZONE_ONLY = re.compile(r"^\(?(?:GMT|BST|IST|UTC|[ECMP][SD]T|E[TS]|[ECMP]T|AK[SD]T|H[SD]T)\)?$")


def _split(line: str, cues: LayoutCues) -> list[str]:
    parts = [line]
    for sep in cues.dateline.separators:
        parts = [p for part in parts for p in part.split(sep)]
    return [p.strip() for p in parts if p.strip()]


def _starts_with(text: str, words: Sequence[str]) -> bool:
    low = text.lower().lstrip(" :-–—")
    return any(low == w or low.startswith(w + " ") or low.startswith(w + ":") or (w[-1:] in ": " and low.startswith(w))
               for w in words)


def _date_part(part: str, cues: LayoutCues) -> Optional[date]:
    """The date a part states, if the part is only that date (after a cue or weekday, before a time)."""
    low = part.lower()
    if any(w in low for w in cues.dateline.never):
        return None
    found = parse_dates(part)
    cued = _starts_with(part, cues.dateline.cues)
    if not found and cued:
        m = _SHORT_DATE.search(part)
        d = short_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
        found = [(d, m.start(), m.end())] if d else []
    if len(found) != 1:
        return None
    d, start, end = found[0]
    before, after = part[:start].strip(" :,-–—"), part[end:].strip(" ,")
    if before and not cued and before.lower().rstrip(".") not in weekdays() and not _TIME_ONLY.match(before) \
            and not _WRITTEN_BY.match(before):
        return None  # "16:15, 3 Mar 2022" and "Thu, 3 Mar 2022" keep their date; other words do not
    if after and not _tail_ok(after, before) and not page_head(after, cues):
        return None
    return d if plausible(d) else None


def page_head(words: str, cues: LayoutCues | None = None) -> bool:
    """': Column 877W', '- Page 4', 'Col. 12WS (continued)': where on a printed record's pages a
    running head stands, printed after its date (models/layout.json dateline.page_heads)."""
    heads = "|".join(re.escape(w) for w in (cues or layout_cues()).dateline.page_heads)
    return bool(heads) and re.fullmatch(
        rf"[:|\-–—,]?\s*(?:{heads})\s*\d{{1,5}}[A-Z]{{0,3}}\s*\(?(?:cont(?:inued|d)?\.?)?\)?", words.strip(), re.I) is not None


def page_head_line(line: str) -> bool:
    """'3 Nov 2009 : Column 877W', 'Column 878W': a printed record's running head, alone on its
    line; furniture, so a table it falls between goes on below it."""
    s = line.strip()
    if not s or len(s.split()) > 8:
        return False
    found = parse_dates(s)
    if len(found) == 1 and found[0][1] == 0:
        s = s[found[0][2]:]
    elif found:
        return False
    return page_head(s)


# "Written by Jane Doe on 6 March 2025", "Reported by Sam Cole on"
_WRITTEN_BY = re.compile(r"^(?i:written|posted|published|reported|filed|story)\s+(?i:by)\s+(?:[A-Z][\w'’.-]*\s+){1,4}on$")
# "The Times", "UK", "Associated Press": a paper's or a country's name after the time
_SHORT_NAME = re.compile(r"^(?:the\s+)?(?:[A-Z][\w'’&.-]*)(?:\s+[A-Z][\w'’&.-]*){0,3}$")


def _tail_ok(after: str, before: str) -> bool:
    """What may follow the date on a dateline: a time, a byline, a time zone after a time
    printed first, or a time then a paper's or country's name ("6.30pm, The Times",
    "18:30, UK")."""
    if _TIME_ONLY.match(after) or _BY_AFTER.match(after) or (_ZONE_ONLY.match(after) and _TIME_ONLY.match(before)):
        return True
    pieces = [p.strip() for p in after.split(",") if p.strip()]
    return len(pieces) >= 2 and bool(_TIME_ONLY.match(pieces[0])) \
        and all(_TIME_ONLY.match(p) or _ZONE_ONLY.match(p) or _SHORT_NAME.match(p) for p in pieces[1:])


# "Press Release #25-014", "News Release No. 112": a release's number beside its date
_RELEASE_NUMBER = re.compile(r"^(?:press|news|media)\s+release\s*(?:#|no\.?|number:?)\s*[\w-]{1,12}$", re.I)


def _other_part(part: str, cues: LayoutCues) -> bool:
    """A part beside the date: a time, a byline, or a short name ("News", "Crime & Courts")."""
    if _RELEASE_NUMBER.match(part.strip()) or page_head(part, cues):
        return True
    if _TIME_ONLY.match(part) or _READING_TIME.match(part.strip()) or _COMMENTS.match(part.strip()) \
            or _starts_with(part, cues.byline_prefixes):
        return True
    words = part.split()
    if any(w in part.lower() for w in cues.dateline.never) or part.rstrip()[-1:] in ".!?":
        return False
    return len(words) <= max(cues.dateline.section_max_words, 5) and not any(ch.isdigit() for ch in part) \
        or _topic_tags(part)


def _topic_tags(part: str) -> bool:
    """The topics a page is filed under, listed after its date: two or more names, each in
    capitals but for joining words ("Board of Police Commissioners, Public Safety, Texas"),
    never a sentence ("Officer fired after video, chief says" has words in lower case)."""
    tags = [t.strip() for t in part.split(",")]
    if len(tags) < 2 or any(ch.isdigit() for ch in part):
        return False
    return all(t and len(t.split()) <= _TAG_MAX_WORDS and t[:1].isupper() and
               all(w[:1].isupper() or w.lower() in _JOINING for w in t.split()) for t in tags)


# a body's full name is a tag too ("Commission on Peace Officer Standards and Training")
_TAG_MAX_WORDS = 8


def _before_update_stamp(line: str) -> str:
    """The line up to an update stamp that follows its date ("on 19 May 2009 at 7:20 PM,
    updated 20 May 2009"): the first date is when it was published."""
    low = line.lower()
    words = sorted({*updated_words(), *last_updated_words()}, key=len, reverse=True)
    # "Mar 3, 2022 Updated Mar 4, 2022": the stamp may follow with only a space
    cuts = [m.start() for w in words for m in re.finditer(rf"(?:[,|;]|\s[-–—]\s|\s)\s*{re.escape(w)}\b", low)]
    return line[:min(cuts)] if cuts and parse_dates(line[:min(cuts)]) else line


def dateline_date(line: str, cues: LayoutCues | None = None) -> Optional[date]:
    """The publication date a dateline line states, else None."""
    cues = cues or layout_cues()
    if len(line.split()) > 24 or _starts_with(line, cues.furniture_prefixes) or _starts_with(line, cues.caption_prefixes):
        return None  # "Related: Officer suspended - 1 November 2021" dates another page
    line = _before_update_stamp(line)
    if len(line.split()) > 16:
        return None
    parts = _split(line, cues)
    dated = [(i, _date_part(p, cues)) for i, p in enumerate(parts)]
    dated = [(i, d) for i, d in dated if d is not None]
    if len(dated) != 1:
        return None
    i, d = dated[0]
    if all(_other_part(p, cues) for j, p in enumerate(parts) if j != i):
        return d
    return None


# A press release's opening: the place in capitals (a state or country after a comma
# may be in mixed case), then its date in brackets or between dashes, then the news:
# "WASHINGTON, D.C. (March 3, 2022) – The ...", "SPRINGFIELD, Ill. — March 3, 2022 — A ...",
# "LOS ANGELES, March 3, 2022 – ...", "BELFAST (3 March 2022) - ...". A wire's
# "MIAMI (AP) —" names no date and dates nothing.
_PLACE = re.compile(r"[A-Z][A-Z.'’\- ]{1,30}(?:,\s*[A-Z][A-Za-z.'’ ]{0,18})?,?\s*(?:\([A-Z]{2,8}\)\s*)?[(–—-]?\s*")
_AFTER_DATE = re.compile(r"\s*\)?\s*(?:(?:\([A-Z]{2,8}\)\s*|/[^/\s]{2,30}/\s*)?(?:[-–—:]|--)\s*\S|/\s*[A-Z][\w'’]*\s+\w)")
# "Nov. 27, 2006 - The mayor ...": a plain hyphen too, with a space either side (date21: a
# station's or a document site's lead, b18 and b20), never "2006-07" or a range's "-2007"
_DATE_DASH = re.compile(r"\s*(?:[–—]|--)\s*[A-Z]|\s+-\s+[A-Z]")
# "11-27-06 - The mayor ...": a US station's short numeric date opening its lead, read only there
# (elsewhere "3-1-06" may be a score or a list)
_LEAD_SHORT_DATE = re.compile(r"([0-3]?\d)-([0-3]?\d)-(\d\d)(?=\s+(?:-|[–—]|--)\s+[A-Z])")
# prepositions and articles written in capitals: a closed class, never a place
_NOT_PLACE = frozenset({"ON", "IN", "SINCE", "BY", "FROM", "UNTIL", "TO", "OF", "AT", "AND", "THE"})


def release_dateline(line: str) -> Optional[date]:
    """The date of a press release's opening dateline, else None."""
    found = parse_dates(line[:70])
    if not found:
        return _lead_short_date(line)
    d, start, end = found[0]
    place = line[:start]
    if len(line.split()) < 10:
        return None  # a sentence opens with it; a short line is a list's or a table's
    if not place:  # "Nov. 9, 2021 — A deputy ...": a station's story opening with its date
        return d if plausible(d) and _DATE_DASH.match(line, end) else None
    if not _PLACE.fullmatch(place) or not _AFTER_DATE.match(line, end):
        return None
    words = re.findall(r"[A-Z]+", place)
    if not words or words[-1] in _NOT_PLACE:
        return None
    return d if plausible(d) else None


def _lead_short_date(line: str) -> Optional[date]:
    m = _LEAD_SHORT_DATE.match(line)
    if not m or len(line.split()) < 10:
        return None
    d = short_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return d if d is not None and plausible(d) else None


# the function words inside a name of a source: a closed class
_JOINING = frozenset({"of", "the", "and", "for", "&", "on", "in"})


def source_and_date(line: str) -> Optional[date]:
    """A press release's source line: a name, then the full date and nothing after
    ("U.S. Department of Justice January 06, 2012", "Metropolitan Police Service
    12 May 2021"). The name is at most six words, each capitalised or a joining word
    ("of", "and"), with no digits and no full stop closing it."""
    found = parse_dates(line)
    if len(found) != 1:
        return None
    d, start, end = found[0]
    name, after = line[:start].strip(" ,:-–—"), line[end:].strip()
    words = name.split()
    if after or not 1 <= len(words) <= 6 or any(ch.isdigit() for ch in name):
        return None
    if not words[0][:1].isupper() or not all(w[:1].isupper() or w.lower() in _JOINING for w in words):
        return None
    low = line.lower()
    cues = layout_cues()
    if any(w in low for w in cues.dateline.never):
        return None
    return d if plausible(d) else None


def published_from_blocks(text: str, blocks: Sequence[Block]) -> Optional[date]:
    """The date of the first dateline or byline block before the article's body,
    never from furniture, a caption or a table; numeric dates in the article's order."""
    with numeric_order_of(text):
        return _first_dateline(text, blocks) or _wire_sign_off(text, blocks) or _labelled_anywhere(text, blocks)


# "Date published: | 28 January 2021", "Publication date - 3 March 2022": a label that can only
# name the page's own date, in a release-facts table or a document's details, wherever it sits.
_PUBLICATION_LABEL = re.compile(
    r"^\W*(?:date\s+(?:first\s+)?published|(?:date\s+of\s+)?publication(?:\s+date)?|release\s+date|date\s+released"
    r"|date\s+of\s+(?:release|issue)|first\s+published)\s*(?:on)?\s*[:|\-–—]?\s*(?:\|\s*)?$", re.I)


def _labelled_anywhere(text: str, blocks: Sequence[Block]) -> Optional[date]:
    """The one date a publication label names on a page whose top states none; never in
    furniture or a caption (a related document's "Date published" dates that document)."""
    found: set[date] = set()
    for block in blocks:
        if block.kind in ("furniture", "caption"):
            continue
        for line in text[block.span[0]:block.span[1]].splitlines():
            dates = parse_dates(line) if len(line.split()) <= 12 else []
            if len(dates) == 1 and _PUBLICATION_LABEL.match(line[:dates[0][1]]) \
                    and not line[dates[0][2]:].strip(" .|"):
                found.add(dates[0][0])
    return found.pop() if len(found) == 1 and plausible(next(iter(found))) else None


_WIRE_OPENING = 600  # characters: a wire's mark sits in its byline or first paragraph's dateline
_SIGN_OFF_WORDS = 6  # "January 10, 2024", "Wed 10 Jan 2024": a date alone, not a sentence


def _wire_sign_off(text: str, blocks: Sequence[Block]) -> Optional[date]:
    """A wire story reprinted with the wire's date as its last line ("COLUMBUS, Ohio (AP) —
    ..." ending "January 10, 2024"): the story's own date, when nothing at its top dates it.
    Any other page's last line is a footer, and dates nothing."""
    marks = layout_cues().dateline.wire_marks
    if not blocks or not any(m in text[:_WIRE_OPENING].lower() for m in marks):
        return None
    last = blocks[-1]
    line = text[last.span[0]:last.span[1]].strip()
    if len(line.split()) > _SIGN_OFF_WORDS or len(blocks) < 2 or blocks[-2].kind in ("dateline", "byline"):
        return None
    d = dateline_date(line)
    return d if d is not None and plausible(d) else None


def _first_dateline(text: str, blocks: Sequence[Block]) -> Optional[date]:
    top = []
    for i, block in enumerate(blocks):
        if block.kind == "paragraph":
            break  # the body has begun: a date further down dates something else
        top.append(block)
        if block.kind in ("dateline", "byline"):
            d = dateline_date(text[block.span[0]:block.span[1]])
            if d and not _in_a_run(text, blocks, i, d):
                return d
    # A page that prints only when it was updated is dated by that stamp; a
    # "Last updated" stamp only when it sits right under the reporter's byline.
    cues = _updated_cues(layout_cues(), updated_words())
    under_byline = _updated_cues(cues, last_updated_words())
    for before, block in zip([None, *top], top):
        if block.kind in ("dateline", "byline", "heading"):
            line = text[block.span[0]:block.span[1]]
            d = dateline_date(line, under_byline if before is not None and before.kind == "byline" else cues)
            if d and not _in_a_run(text, top, top.index(block), d):
                return d
    return None


def updated_stamp(line: str) -> Optional[date]:
    """The date of an "Updated" stamp line ("Updated 10:02 AM ET, Thu March 3, 2022",
    "Updated / Thursday, 3 Mar 2022 16:15"): a dateline's kind of line even when a page
    marks it as a paragraph; whether it dates the page is _first_dateline's to say."""
    low = line.lstrip(" |/-–—").lower()
    if not any(low.startswith(w) for w in updated_words()):
        return None
    return dateline_date(line, _updated_cues(layout_cues(), updated_words()))


def _in_a_run(text: str, blocks: Sequence[Block], i: int, d: date) -> bool:
    """A dated line beside another dated line with another date: a timeline, a list of
    hearings, a table's rows ("12 March 2019 – Officer suspended" / "8 June 2020 –
    Officer dismissed"). Each dates an event; none dates the page."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(blocks) and blocks[j].kind in ("dateline", "byline"):
            other = dateline_date(text[blocks[j].span[0]:blocks[j].span[1]])
            if other is not None and other != d:
                return True
    return False


def _updated_cues(cues: LayoutCues, updated: list[str]) -> LayoutCues:
    """The dateline cues with these "Updated" words read as a publication cue, not a refusal."""
    dateline = cues.dateline.model_copy(update={
        "never": [w for w in cues.dateline.never if w not in updated],
        "cues": [*cues.dateline.cues, *updated]})
    return cues.model_copy(update={"dateline": dateline})
