"""The names of months and weekdays (models/date_words.json), read once and checked:
the one list both the dates in an article's text (``extractor.normalise``) and the
datelines that date the article (``extractor.ingest.datewords``) are read with, so a
short form added there ("Sept") is known to both."""

from __future__ import annotations

from functools import lru_cache

from pydantic import field_validator

from ..modelfiles import JsonFile, Strict
from ..rulefiles import load_json


class NumericOrderWords(Strict):
    """Words that tell where an article is from, when its own dates do not say
    which number of "04/09/2008" is the month."""

    month_first: list[str]
    day_first: list[str]


class FiscalYearWords(Strict):
    """Whose fiscal year it is when the article does not say when it ends: a
    federal body's (from ``federal_start``) or a state, county or city body's
    (from ``local_start``), told by the bodies the words name."""

    federal_start: int
    local_start: int
    federal: list[str]
    local: list[str]


class DateWordsFile(JsonFile):
    """date_words.json: twelve lists of month names from January, seven of weekday
    names from Monday, each a full name and its short forms, lower case; and the
    words that say whether the article writes numeric dates month first."""

    months: list[list[str]]
    weekdays: list[list[str]]
    numeric_order: NumericOrderWords
    updated: list[str]
    last_updated: list[str]
    ahead: list[str]
    holidays: dict[str, tuple[int, int]]
    fiscal_years: FiscalYearWords
    nearest: list[str]
    report_names: list[str] = []

    @field_validator("months", "weekdays")
    @classmethod
    def _lower_and_unique(cls, names: list[list[str]], info) -> list[list[str]]:
        wanted = 12 if info.field_name == "months" else 7
        if len(names) != wanted:
            raise ValueError(f"{info.field_name} needs {wanted} lists, one for each, in order")
        words = [w for forms in names for w in forms]
        if any(not forms for forms in names) or any(w != w.lower().strip() or not w.isalpha() for w in words):
            raise ValueError("each list needs at least one name; names are lower-case letters only")
        if len(set(words)) != len(words):
            raise ValueError("a name is given twice")
        return names


@lru_cache(maxsize=1)
def _file() -> DateWordsFile:
    data = load_json("date_words.json")
    return DateWordsFile.model_validate({k: v for k, v in data.items() if not k.endswith("__note")})


def name_lists(which: str) -> list[list[str]]:
    """The lists of "months" or "weekdays" as the file gives them: the full name, then its short forms."""
    return [list(forms) for forms in getattr(_file(), which)]


def _numbered(lists: list[list[str]], first: int) -> dict[str, int]:
    return {word: i for i, forms in enumerate(lists, start=first) for word in forms}


def months() -> dict[str, int]:
    """Every month name and short form -> its number (january 1 ... december 12)."""
    return _numbered(_file().months, 1)


def weekdays() -> dict[str, int]:
    """Every weekday name and short form -> its number as ``date.weekday()`` gives it (monday 0)."""
    return _numbered(_file().weekdays, 0)


def origin_words() -> NumericOrderWords:
    """The month_first (US) and day_first (UK, Irish) words of date_words.json."""
    return _file().numeric_order


def updated_words() -> list[str]:
    """The words before a date that says when a news page was updated ("Updated", "Updated on")."""
    return list(_file().updated)


def holidays() -> dict[str, tuple[int, int]]:
    """Holidays on a fixed date, lower case -> (month, day): "christmas eve" -> (12, 24)."""
    return dict(_file().holidays)


@lru_cache(maxsize=1)
def ahead_words() -> frozenset[str]:
    """Words (or two words, "set for") before a date that put it ahead of the publication date."""
    return frozenset(_file().ahead)


@lru_cache(maxsize=1)
def nearest_words() -> frozenset[str]:
    """Words before a date without its year that may point back or ahead ("effective"): the nearer wins."""
    return frozenset(_file().nearest)


def fiscal_year_words() -> FiscalYearWords:
    """The federal and state-or-local words of date_words.json and the months their years start."""
    return _file().fiscal_years


def last_updated_words() -> list[str]:
    """The words of a "Last updated" stamp, which dates a news page only under its byline."""
    return list(_file().last_updated)


@lru_cache(maxsize=1)
def report_names() -> frozenset[str]:
    """Nouns that name a report ("Annual Report 2019"): a period beside one in a page's frame is the page's own."""
    return frozenset(_file().report_names)
