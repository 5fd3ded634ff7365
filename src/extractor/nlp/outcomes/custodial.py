"""Prison sentence lengths: "two years and four months" -> 28, suspended or not, life."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from ...normalise.numbers import duration_months
from ...rulefiles import load_json
from .. import doc_text

# a length right after these is a suspension, a ban or an order, not time in custody
_NOT_CUSTODIAL_BEFORE = re.compile(
    r"(suspended\s+for(\s+a\s+period\s+of)?|(banned|disqualified)[^.;]{0,25}\bfor|period\s+of|"
    r"order\s+(for|of|lasting)|licence\s+for|probation\s+for|operational\s+period)\s*$")

# "two years of probation and the judge stayed a jail term": a length of a term served outside prison
_NOT_CUSTODY_AFTER = re.compile(r"[\s-]*(?:of\s+)?(?:probation|supervised\s+release|community\s+(?:service|order)|"
                                r"unpaid\s+work|house\s+arrest|home\s+(?:confinement|detention))\b")

_LENGTH_STOPS = frozenset({"after", "before", "because", "when", "while", "who", "which", "following", "over",
                           ";", ".", "since", "but", "having", "as"})


@lru_cache(maxsize=1)
def duration_regex() -> re.Pattern:
    numbers = load_json("numbers.json")
    small = sorted((k for k in numbers["units"] if k not in ("a", "an", "nil", "none", "zero")), key=len, reverse=True)
    tens = sorted(numbers["tens"], key=len, reverse=True)
    num = (rf"(?:\d+(?:\.\d+)?|(?:{'|'.join(tens)})(?:[\s-](?:{'|'.join(small)}))?|{'|'.join(small)}|an?)")
    # "two and a half years", and the half put last: "a year and a half", "three months and a half"
    half = r"(?:[\s-]+and[\s-]+a[\s-]+half)"
    part = rf"{num}{half}?[\s-]+(?:year|month|week|day)s?(?:{half}(?![\s-]+(?:year|month|week|day)))?(?:['’](?!s))?"
    return re.compile(rf"\b{part}(?:\s*(?:,|and)\s*{part})*", re.IGNORECASE)


def _past_relative(doc: Doc, who: int, hi: int) -> tuple[int, int]:
    """'sentenced a former officer who ran up to a man and kicked him to five years in
    prison': (the end of the term's window, the char where the term may start) after the
    relative clause that stands between the person and 'to' and a length; else the
    relative clause's start and 0."""
    for j in range(who + 1, hi - 1):
        if doc[j].text in (";", ".") and j + 1 < hi:
            break
        if doc[j].lower_ == "to" and duration_regex().match(doc[j + 1:min(hi, j + 8)].text):
            return min(hi, j + 12), doc[j].idx
    return who, 0


# "a six-month sentence with the final three months suspended": part of the term is suspended
_PART_SUSPENDED = re.compile(r"^[^.;]{0,40}?\b(?:with|and|but)\s+the\s+(?:final|last|remaining|first|latter|balance\s+of)\s+"
                             r"(?P<len>[\w\s-]{1,30}?)\s+(?:of\s+(?:it|which|the\s+(?:term|sentence))\s+)?suspended\b",
                             re.IGNORECASE)


# "three years' imprisonment, suspending the final year": the court as actor
_PART_SUSPENDING = re.compile(r"^[^.;]{0,70}?\bsuspending\s+the\s+(?:final|last|remaining|latter|balance\s+of\s+the)\s+"
                              r"(?P<len>[\w\s-]{1,30}?)(?:\s+of\s+(?:it|the\s+(?:term|sentence)))?\s*(?:[,.;]|$|\s(?:on|for|and)\b)",
                              re.IGNORECASE)


def _suspended_part(after: str) -> float | None:
    """The suspended months of a partly suspended term stated after its length, or None."""
    m = _PART_SUSPENDED.match(after) or _PART_SUSPENDING.match(after)
    if not m:
        return None
    length = m.group("len").strip()
    length = length if duration_regex().fullmatch(length) else f"a {length}"  # "the final year"
    return duration_months(length) if duration_regex().fullmatch(length) else None


# "180 days in jail, all but 30 suspended": the days not suspended are served (US)
_ALL_BUT = re.compile(r"^[^.;]{0,40}?\ball\s+but\s+(?P<n>[\w-]+)(?:\s+(?P<unit>(?:year|month|week|day)s?))?\s+"
                      r"(?:of\s+(?:it|which|them)\s+)?(?:were\s+|was\s+)?suspended\b", re.IGNORECASE)


def _all_but_served(after: str, term: str) -> float | None:
    """The months served of a term 'all but N suspended', N in the term's unit when unsaid."""
    m = _ALL_BUT.match(after)
    if not m:
        return None
    unit = m.group("unit") or re.search(r"(year|month|week|day)s?['’]?\s*$", term, re.IGNORECASE).group(1) + "s"
    return duration_months(f"{m.group('n')} {unit}")


def _over_a_length(doc: Doc, t: str, i: int, hi: int) -> bool:
    """'sentenced to over seven years': 'over' before a number bounds the term, it opens no
    reason ('sentenced over the beating')."""
    return t == "over" and i + 1 < hi and doc[i + 1].like_num


def sentence_length(doc: Doc, start: int, end: int, lo: int, hi: int):
    """(months or None for life, end char of the length, suspended?) or None."""
    w_start = start
    for j in range(start - 1, max(lo, start - 6) - 1, -1):
        if doc[j].lower_ in ("a", "an", "his", "her"):
            w_start = j
            break
        if doc[j].is_punct and doc[j].text not in ("-", "'", "’"):
            break
    w_end, commas = end, 0
    # each comma lets the window reach further: insertions between the person and the term
    # ("sentenced Al Roe, 52, of Canfield, Ohio, a former lieutenant with ..., to 41 months")
    while w_end < hi and w_end - end < min(12 + 3 * commas, 27):
        t = doc[w_end].lower_
        commas += t == ","
        if t == "." and w_end < hi - 1 and not doc[w_end - 1].whitespace_:
            w_end += 1  # "Sgt. Ann Ruiz, 52, to 30 months": an abbreviation's full stop inside the sentence
            continue
        if t in _LENGTH_STOPS and not _over_a_length(doc, t, w_end, hi) or \
                (t == "for" and w_end + 1 < hi and doc[w_end + 1].lower_.endswith("ing")):
            break
        w_end += 1
    skip_to = 0  # a length inside a relative clause is not the term: "who had served 12 years"
    if w_end < hi and doc[w_end].lower_ == "who":
        w_end, skip_to = _past_relative(doc, w_end, hi)
    a = doc[w_start].idx
    b = doc[w_end - 1].idx + len(doc[w_end - 1].text) if w_end > w_start else doc[end - 1].idx
    text = re.sub(r"(\d+) 1/2\b", r"\1.5  ", doc_text(doc)[a:b])  # "12 1/2 years": same length, offsets hold
    tail_end = doc[min(hi, w_end + 10) - 1].idx + len(doc[min(hi, w_end + 10) - 1].text)
    suspended_zone = doc_text(doc)[a:tail_end].lower()
    suspended = bool(re.search(r"\bsuspended\b", suspended_zone))
    # "a 12-month community order" is no custody; "a three-year suspended sentence and fined €900" is, the fine
    # a second penalty coordinated after it
    if re.search(r"\b(community|unpaid|curfew|probation|(?<!and )fine|(?<!and )fined)\b", text.lower()) and \
            not re.search(r"\b(prison|jail|imprisonment|custody|custodial)\b", text.lower()):
        return None
    for m in duration_regex().finditer(text):
        if a + m.start() < skip_to:
            continue
        before = text[:m.start()].lower()
        after = text[m.end():].lower()
        if _NOT_CUSTODIAL_BEFORE.search(before):
            continue
        if re.match(r"[\s-]*(old|ago|service|of service|in the force|later|earlier|before|after)\b", after) or \
                _NOT_CUSTODY_AFTER.match(after):
            continue
        months = duration_months(m.group(0))
        if months is None:
            continue
        served = _all_but_served(suspended_zone[m.end():], m.group(0))
        if served is not None and served < months:
            return served, a + m.end(), False
        held = _suspended_part(suspended_zone[m.end():])
        if held is not None and held < months:
            return months - held, a + m.end(), False  # partly suspended: the rest is served in custody
        return months, a + m.end(), suspended
    if re.search(r"\b(life|whole[- ]life)\b", text.lower()):
        return None, b, False
    return None



def length_before(doc: Doc, lo: int, start: int):
    """'The judge imposed 45 days in jail but stayed the jail term': the length of a term
    the clause before the match imposed; (months, None) or None. Only the last length
    before the words, and not one of probation or a period of service."""
    if start <= lo:
        return None
    a, b = doc[lo].idx, doc[start].idx
    text = doc_text(doc)[a:b]
    found = None
    for m in duration_regex().finditer(text):
        before, after = text[:m.start()].lower(), text[m.end():].lower()
        if _NOT_CUSTODIAL_BEFORE.search(before) or \
                re.match(r"[\s-]*(old|ago|service|of service|in the force|of probation|probation|later|earlier)\b", after):
            continue
        found = duration_months(m.group(0))
    return (found, None) if found is not None else None
