"""How the ``extractor_dates`` component reads a mention in its context: which
earlier period a carry-over continues, whether the words look ahead, and which
stated period a duration stands for. Pure over Resolutions and a Doc's words.

Carry-over looks back at most ``window`` paragraphs (lines of text; default 1:
the same or the previous paragraph), except "the same period"/"this period",
which name an earlier period outright and take the last one in the article.
When nothing is stated near enough, a carry-over continues the period the
article's frame states (its headline, standfirst or first paragraph: "Police
complaints statistics 2023/24" ... "a 5% increase on the previous year" is
2022/23), as a reader takes an unanchored "the previous year" to mean the year
before the one the article is about.

A comparison base ("than in 2021/22", "compared with the year before") is what
figures are set against, not the period they are for: carry-over skips it, and
when that leaves nothing nearby it continues the article's running period (the
last stated period that was neither a base nor carried).

A relative date after a future word in its sentence ("is due to appear before
magistrates on 22 May", "will be sentenced in June") looks ahead: it is the
next such day or month, not the last (see ``extractor.normalise.points``).

A duration after in/over/across/during/throughout ("over three years", a
headline's "in five years") stands for the first period of about that length
stated after it in the article, else the last one before it, else stays null
(``extractor.normalise.timex.names_period``).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Optional

from spacy.tokens import Doc, Span

from ..normalise.calendar_words import ahead_words, nearest_words
from ..normalise.datecalc import MON_RE, MONTHS, add_months, starting_on
from ..normalise.timex import Resolution, names_period
from . import doc_text


ONE_DAY = timedelta(days=1)


def paragraph_starts(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?m)^[ \t]*\S", text)]


def previous_period(recent: list[tuple[Resolution, bool]], wants: Optional[str], far: bool = False,
                    running: Optional[Resolution] = None, frame: Optional[Resolution] = None,
                    stated: Optional[Resolution] = None):
    """The period a carry-over continues: the last mention ("any"), or the last
    one longer than a day ("period"), or for a year ("year") the last one that is not a
    news day the publication date placed ("released on Tuesday"), unless nothing else is near; durations are skipped, and so are
    carried periods when the words name a period outright ("the same reporting
    period" is the one stated, not "the year before" it was compared with).

    A comparison base ("than in 2021/22", "compared with 2019") is what the
    article's figures are set against, not the period they are for, so it is
    skipped too; when that leaves nothing nearby, the article's running period
    (the last stated period that was neither a base nor carried) is continued.
    With no mention near at all, the ``frame``'s period is, else for a year set against
    ("compared with 25 the year before") the last period the article ``stated`` in its own
    words (``stated_period``); a mention near that
    could not be resolved ("the past year" undated) leaves the carry-over
    unresolved too."""
    if wants is None:
        return None
    skipped_base = False
    news_day = None  # "a report released on Tuesday": the day the news broke, not the period counted
    for r, base in reversed(recent):
        if r.kind == "duration" or (far and r.carried):
            continue
        if wants == "period" and r.is_point:
            continue
        if wants == "year" and r.relative and r.is_point:
            news_day = news_day or r
            continue
        if base:
            skipped_base = True
            continue
        return r.range if r.date_from and r.date_to else None
    if news_day is not None and not skipped_base:
        return news_day.range if news_day.date_from else None
    if skipped_base and running is not None:
        return running.range
    if not any(r.kind != "duration" for r, _ in recent):
        if frame is not None:
            return frame.range
        if stated is not None and wants == "year":  # "During the year 45 were dismissed, against 25 the year before"
            return stated.range
    return None


# block kinds of ingest, not words
_FRAME_KINDS = frozenset({"title", "standfirst"})


def frame_zone(doc: Doc, text: str) -> tuple[int, int]:
    """[start, end) of the article's frame: its title and standfirst blocks and
    the first paragraph after them (the first line of text when it has no blocks)."""
    blocks = list(doc._.blocks or []) if Doc.has_extension("blocks") else []
    end = 0
    for b in blocks:
        if b.kind in _FRAME_KINDS:
            end = max(end, b.span[1])
        elif b.kind == "paragraph":
            return 0, max(end, b.span[1])
    if end:
        return 0, end
    first = re.search(r"\S[^\n]*", text)
    return (0, first.end()) if first else (0, 0)


def frames(r: Resolution, base: bool) -> bool:
    """A stated period that can frame the article: not a base, a carry-over, a
    length or one day."""
    return not base and not r.carried and r.kind != "duration" and bool(r.date_from and r.date_to) \
        and not r.is_point


def stated_period(history: list[tuple[int, Resolution, bool]]) -> Optional[Resolution]:
    """The last period the article stated in its own words: not placed by the publication
    date ("last year"), not a base, a carry-over, a length or one day."""
    for _para, r, base in reversed(history):
        if not r.relative and frames(r, base):
            return r
    return None


def running_period(history: list[tuple[int, Resolution, bool]]) -> Optional[Resolution]:
    for _para, r, base in reversed(history):
        if not base and not r.carried and r.kind != "duration" and r.date_from and r.date_to \
                and not r.is_point:
            return r
    return None


_BASE = re.compile(r"\b(?:than|compared\s+(?:with|to)|against|versus|vs\.?)(?:\s+(?:in|during|for|over|with))?\s*$"
                   # a change set against it: "a 5% increase on", "up 70% on", "a rise of 37% on", "8 percent over"
                   r"|(?:%|\bper\s?cent|\bincrease|\brise|\bfall|\bdrop|\bdecrease|\bdecline|\bup|\bdown)"
                   r"[^.;:\n]{0,16}\b(?:on|over)\s*$"
                   # the figure it changed from: "down from 103 in FY25", "up from 1,018 in 2023/24"
                   r"|\b(?:up|down|rising|falling|rose|fell)\s+from\s+(?:about\s+|around\s+)?[\d,.]+\s*"
                   r"(?:per\s?cent\s+|%\s*|percent\s+)?(?:in|during|for|over)?\s*$",
                   re.I)


_BASE_LIST = re.compile(r"\s*,?\s*(?:and|or)?\s*(?:about\s+|around\s+|some\s+)?[\d,.]+(?:\s+[a-z]+){0,2}\s*", re.I)


_SET_AGAINST = re.compile(r"\b(?:than|compared\s+(?:with|to)|against|versus|vs\.?|up\s+from|down\s+from)"
                          r"\s+(?:about\s+|around\s+|some\s+)?[\d,.]+(?:\s+[a-z]+)?\s*$", re.I)


def set_against(text: str, start: int) -> bool:
    """A count set against the mention: "45 were dismissed, compared with 25 [the year before]"."""
    return is_base(text, start) or bool(_SET_AGAINST.search(text[max(0, start - 50): start]))


def continues_base(text: str, prev_end: int, start: int) -> bool:
    """A carry-over listed on from a comparison base ("up from 71 in fiscal 2025 and 58 the
    year before") continues that base, not the period the figures are for."""
    return start - prev_end <= 40 and bool(_BASE_LIST.fullmatch(text[prev_end:start]))


def is_base(text: str, start: int) -> bool:
    """The mention is what something is compared with: "than in the year before"."""
    return bool(_BASE.search(text[max(0, start - 30): start]))


# punctuation that ends a clause: not vocabulary
_CLAUSE_END = frozenset({".", "!", "?", ";", "\n"})


def looks_ahead(doc: Doc, start: int, reach: int = 10) -> bool:
    """A future word shortly before the mention in its sentence: "is due to
    appear before magistrates on 22 May", "will be sentenced in June", "is set for Feb. 2"
    (models/date_words.json ``ahead``)."""
    ahead = ahead_words()
    for i in range(start - 1, max(-1, start - 1 - reach), -1):
        word = doc[i].lower_
        if word in _CLAUSE_END or "\n" in doc[i].text_with_ws:
            return False
        if word in ahead or f"{word} {doc[i + 1].lower_}" in ahead:
            return True
        if i + 2 < len(doc) and f"{word} * {doc[i + 2].lower_}" in ahead:
            return True  # "set trial for March 8", "set sentencing for Feb. 2": one word between
    return False


def says_either_way(doc: Doc, start: int) -> bool:
    """Right after "effective" (models/date_words.json ``nearest``): "his retirement, effective
    March 31" may be ahead of the story or behind it."""
    words = nearest_words()
    for k in (1, 2, 3):
        if start - k < 0:
            break
        if " ".join(t.lower_ for t in doc[start - k: start]) in words:
            return True
    return False


def nearer(anchor: date, back: Resolution, ahead: Resolution) -> Resolution:
    """Of a date read back and read ahead, the one nearer the publication date."""
    if back.date_from is None or ahead.date_from is None:
        return back
    return ahead if abs((ahead.date_from - anchor).days) < abs((anchor - back.date_from).days) else back


def name_periods(spans: list, resolved: list[Resolution]) -> None:
    """A duration that names a period's length ("66 officers faced proceedings
    over three years", a headline's "in five years") stands for the first period
    of about that length stated after it, else the last one before it; without
    one it stays unresolved."""
    periods = [i for i, r in enumerate(resolved)
               if r.kind != "duration" and r.date_from and r.date_to and not r.is_point]
    for i, ((_span, expr), r) in enumerate(zip(spans, resolved)):
        if expr.kind != "duration" or expr.length is None:
            continue
        fits = [j for j in periods if names_period(expr, resolved[j].range)]
        later = [j for j in fits if j > i]
        before = [resolved[k] for k in periods if k < i][-_JOIN_AT_MOST:]
        if _ANAPHOR.match(expr.text):  # "over the two-year period": one the article has stated, or joined
            named = [j for j in range(i) if j in fits or (resolved[j].kind == "duration" and resolved[j].date_from
                                                          and names_period(expr, resolved[j].range))]
            found = resolved[named[-1]].range if named \
                else _joined_before(expr, before) or (resolved[later[0]].range if later else None)
            if found is not None:
                resolved[i] = Resolution(*found, kind="duration", carried=True)
            continue
        j = later[0] if later else (fits[-1] if fits else None)
        if j is not None:
            resolved[i] = Resolution(*resolved[j].range, kind="duration", carried=True)
            continue
        joined = _joined_before(expr, before)
        if joined is not None:
            resolved[i] = Resolution(*joined, kind="duration", carried=True)


# "the 24-month period", "the two-year period": definite, so a period already named
_ANAPHOR = re.compile(r"^(?:\w+\s+)?the\s.*\bperiod$", re.I)


# the prepositions of "the months after it opened": a closed class
_AFTER = frozenset({"after", "since", "following"})


def start_after_event(spans: list, resolved: list[Resolution], skip: frozenset = frozenset()) -> None:
    """"In the six months after it opened" / "the nine months after it replaced GSOC": the
    duration runs from the event's day, the one day stated in its sentence, else the
    sentence before, else the next ("..., which was established on April 2nd, 2025"),
    in whole calendar months from the day's month, as reports count them (April 2nd and
    nine months: April to December). ``skip`` holds mentions that date the page, not an event."""
    for i, ((span, expr), r) in enumerate(zip(spans, resolved)):
        if expr.kind != "duration" or expr.length is None or r.date_from is not None:
            continue
        doc = span.doc
        if span.end >= len(doc) or doc[span.end].lower_ not in _AFTER:
            continue
        day = _event_day(spans, resolved, i, skip)
        if day is not None:
            (months, days), _unit = expr.length
            end = add_months(date(day.year, day.month, 1), months) - ONE_DAY if months and not days \
                else starting_on(day, expr.length[0])[1]
            resolved[i] = Resolution(day, end, kind="duration", carried=True)


def _an_event(r: Resolution) -> bool:
    """A day, or one calendar month ("set up in June 2023. In the 12 months since"): the
    month's whole months count from it as a day's do."""
    if r.date_from is None or r.date_to is None:
        return False
    return r.is_point or (r.date_from.day == 1 and (r.date_to + ONE_DAY).day == 1
                          and (r.date_from.year, r.date_from.month) == (r.date_to.year, r.date_to.month))


def _event_day(spans: list, resolved: list[Resolution], i: int, skip: frozenset) -> Optional[date]:
    doc, at = spans[i][0].doc, spans[i][0].start
    starts = [k for k in range(len(doc)) if doc[k].is_sent_start] if doc.has_annotation("SENT_START") else [0]
    here = max((k for k in starts if k <= at), default=0)
    before = max((k for k in starts if k < here), default=0)
    later = [k for k in starts if k > at]
    end_here = later[0] if later else len(doc)
    end_next = later[1] if len(later) > 1 else len(doc)
    days = [(spans[j][0].start, resolved[j].date_from) for j in range(len(spans))
            if j != i and j not in skip and _an_event(resolved[j]) and not resolved[j].relative]
    for lo, hi in ((here, end_here), (before, here), (end_here, end_next)):
        found = [d for s, d in days if lo <= s < hi]
        if found:
            return found[0]
    return None


_JOIN_AT_MOST = 5  # periods named just before "over the N years" that it may join


def _joined_before(expr, before: list[Resolution]):
    """"1,018 in 2023/24 ... 1,100 in 2024/25. ... over the two years": the last periods
    named before the duration, end to end, that together are as long as it says."""
    for k in range(2, len(before) + 1):
        run = sorted({r.range for r in before[-k:]})
        if any(b[0] != a[1] + ONE_DAY for a, b in zip(run, run[1:])):
            continue
        span = (run[0][0], run[-1][1])
        if names_period(expr, span):
            return span
    return None


# A bare month takes the year its sentence has just named: "disciplined in April 2019 and
# again in May" is May 2019, not the May before the publication date. Only forward in the
# same year ("in March 2020 ... in June"; "in 2020 ... in June"): a month before the one
# named may look back or into the next year, and keeps its usual reading.
_BARE_MONTH = re.compile(rf"^(?:in|during|throughout|by|until|(?P<that>that))\s+{MON_RE}$", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def with_named_year(span: Span, resolution: Resolution, before: Span, prev: Resolution) -> Resolution:
    """``resolution`` of the bare month ``span``, given the mention ``before`` it and its days."""
    m = _BARE_MONTH.match(span.text.lower())
    if not m or prev.date_from is None or prev.date_to is None or prev.carried or prev.relative:
        return resolution
    doc = span.doc  # the same sentence: no sentence starts between them (linear, unlike Span.sent)
    starts = [i for i in range(before.start + 1, span.start + 1) if doc[i].is_sent_start]
    if not _YEAR.search(before.text):
        return resolution
    month, start, end = MONTHS[m["mon"]], prev.date_from, prev.date_to
    whole_year = start == date(start.year, 1, 1) and end == date(start.year, 12, 31)
    one_month = (start.year, start.month) == (end.year, end.month)
    # "In 2019 the force received 300 complaints. In March, two officers were dismissed.": a
    # month opening the next sentence of the paragraph goes on in the year just named
    next_sentence = starts == [span.start] and whole_year and "\n\n" not in doc_text(doc)[before.end_char:span.start_char]
    # "hired him in April 2024. He quit there that November": "that" points back to the year named
    if starts and not next_sentence and not m["that"]:
        return resolution
    if not (whole_year or one_month and (month > start.month or m["that"])):
        return resolution
    last = calendar.monthrange(start.year, month)[1]
    return Resolution(date(start.year, month, 1), date(start.year, month, last), kind=resolution.kind)
