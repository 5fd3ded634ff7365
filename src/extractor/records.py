"""The one definition of every record extractor produces (SPEC section 1).

Field names and enum values are the SPEC's and never change; fields beyond the
SPEC (``id``, ``rule``) are additions the SPEC allows. Every model forbids
unknown keys so that a typo in a correction or a gold file is an error.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator

Qualifier = Literal["exact", "more_than", "fewer_than", "at_least", "at_most", "about", "vague"]
Unit = Literal["count", "percent"]
# The kinds of date expression the date component labels its spans with (normalise/timex.py).
DATE_KINDS = ("full_date", "month", "year", "season", "fy", "quarter", "range", "open_since",
              "open_until", "relative", "carry_over", "duration")
Counted = Literal["referral", "allegation", "complaint", "investigation", "officer", "case", "other"]
Category = Literal["apsp", "corruption", "theft", "fraud", "drugs", "all", "other"]
OutcomeKind = Literal[
    "jailed", "suspended_sentence", "convicted", "charged", "acquitted", "dismissed",
    "would_have_been_dismissed", "resigned", "retired", "barred", "final_written_warning",
    "written_warning", "gross_misconduct_proven", "misconduct_proven", "misconduct_not_proven",
    "no_case_to_answer", "suspended", "arrested", "other",
]
PublishedSource = Literal["meta", "byline", "text", "none"]
CheckKind = Literal["sum_mismatch", "share_mismatch", "unresolved_date", "conflict", "comparison_mismatch",
                    "change_mismatch", "contradiction", "span_mismatch", "weekday_mismatch"]
CHECK_KINDS: tuple[str, ...] = CheckKind.__args__

Span = tuple[int, int]
BlockKind = Literal["title", "standfirst", "dateline", "byline", "heading", "paragraph", "list_item",
                    "table", "caption", "furniture"]

QUALIFIERS: tuple[str, ...] = Qualifier.__args__
UNITS: tuple[str, ...] = Unit.__args__
COUNTED: tuple[str, ...] = Counted.__args__
CATEGORIES: tuple[str, ...] = Category.__args__
OUTCOMES: tuple[str, ...] = OutcomeKind.__args__


def normalise_text(text: str) -> str:
    """The text an article id is computed from: NFC, unix newlines, trimmed."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


def text_id(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


def item_id(article_id: str, kind: str, span: Span, key: object = "") -> str:
    """Stable id of an extracted item: the same article, kind, span and value
    always give the same id, so re-extraction updates rows in place and human
    reviews stay attached to them."""
    raw = f"{article_id}|{kind}|{span[0]}:{span[1]}|{key}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Block(Record):
    """Beyond SPEC: one block of the article as its page lays it out, ``span`` being
    [start, end) in ``Article.text``. A table keeps its cells: ``rows`` holds each
    line's cell spans, ``header`` the cells of its heading row (empty when the
    table has none). What a figure's words do not say, its block may: a heading
    above it, a table's labels, a list's lead-in (nlp/context.py)."""

    kind: BlockKind
    span: Span
    rows: list[list[Span]] = Field(default_factory=list)
    header: list[Span] = Field(default_factory=list)


class Article(Record):
    id: str
    source: str
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[dt.date] = None
    published_source: PublishedSource = "none"
    text: str
    # Beyond SPEC: the publishing site or body ("Avon and Somerset Police"), from page
    # metadata; whose figures an article states when its text names nobody.
    site_name: Optional[str] = None
    # Beyond SPEC: the encoding the text was decoded from ("utf-8", "utf-16-le",
    # "cp1252", "utf-8+cp1252"); None for a PDF's text layer or text given as a str,
    # and for an article stored before the store kept it (schema 4).
    encoding: Optional[str] = None
    # Beyond SPEC: the article's layout, in text order (ingest/layout.py).
    blocks: list[Block] = Field(default_factory=list)

    @classmethod
    def from_text(cls, text: str, source: str, **fields) -> "Article":
        text = normalise_text(text)
        return cls(id=text_id(text), source=source, text=text, **fields)


class Item(Record):
    """What every extracted row shares: where it is and which rule made it."""

    id: str = ""
    span: Span
    text: str
    rule: str = ""

    def check_span(self, article_text: str) -> None:
        start, end = self.span
        if article_text[start:end] != self.text:
            raise ValueError(f"span {self.span} does not hold {self.text!r}")


class Figure(Item):
    value: Optional[float] = None
    qualifier: Qualifier = "exact"
    unit: Unit = "count"
    counted: Optional[Counted] = None
    category: Optional[Category] = None
    outcome: Optional[OutcomeKind] = None
    out_of: Optional[float] = None
    period_from: Optional[dt.date] = None
    period_to: Optional[dt.date] = None
    org: Optional[str] = None
    # Beyond SPEC, for reviewers and cross-article checks: the head noun as written
    # ("police constables"), and where the period came from: the figure's own clause,
    # its sentence, a table's column, a series carried on, or the article's running period.
    noun: Optional[str] = None
    period_source: Optional[Literal["clause", "sentence", "table", "series", "running"]] = None
    # Beyond SPEC, for the sum checks: a table cell in a "Total" row or column is the
    # total of the cells it sums (``total_of``: their spans); each of those is a part
    # (``part_of``: the total's span). Spans are of the cells, which hold the figures.
    role: Optional[Literal["total", "part"]] = None
    total_of: list[Span] = Field(default_factory=list)
    part_of: Optional[Span] = None

    @model_validator(mode="after")
    def _vague_has_no_value(self) -> "Figure":
        if (self.qualifier == "vague") != (self.value is None):
            raise ValueError("a figure has a value exactly when its qualifier is not 'vague'")
        if self.period_from and self.period_to and self.period_from > self.period_to:
            raise ValueError("period_from is after period_to")
        return self


class Outcome(Item):
    outcome: OutcomeKind
    subject: Optional[str] = None
    custodial_months: Optional[float] = Field(default=None, ge=0)
    date: Optional[dt.date] = None


class DateMention(Item):
    date_from: Optional[dt.date] = None
    date_to: Optional[dt.date] = None
    # Beyond SPEC: the words are placed by the publication date ("last year"), so
    # without one they cannot be resolved and a reader must be told.
    relative: bool = False

    @model_validator(mode="after")
    def _ordered(self) -> "DateMention":
        # One end may be open: "since April 2014" in an undated article starts on a
        # known day and runs to a day nobody can name.
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("date_from is after date_to")
        return self


class Claim(Item):
    """Beyond SPEC: a claim the article makes about two quantities, with whether its
    own figures bear it out. A claim that fails also raises a Check; one the article
    gives no numbers for stays here as 'unverifiable', with the words a reader needs
    to look it up.

    comparison  'more than double the amount received for theft' (claims.py)
    change      'a 590% rise', 'up from 66 the year before', 'more than doubled',
                'the highest since records began' (change.py)

    ``factor`` is the ratio value / compared_value the words claim: 2 for 'double',
    1.13 for 'up 13 per cent', 6.9 for 'a 590% rise', 0.5 for 'halved'; None when the
    words claim no ratio (a change in percentage points, a bare 'up from', a record).
    The message says which words were read and, for a change, the stated change."""

    kind: Literal["comparison", "change"] = "comparison"
    status: Literal["holds", "fails", "unverifiable"]
    message: str
    factor: Optional[float] = None          # the ratio value / compared_value the words claim
    value: Optional[float] = None           # the figure the claim is about (for a change: the later one)
    compared_value: Optional[float] = None  # the figure it is compared with (the earlier one), when given


class Check(Record):
    id: str = ""
    kind: CheckKind | str
    message: str
    spans: list[Span] = Field(default_factory=list)
    rule: str = ""


class ArticleResult(Record):
    article: Article
    figures: list[Figure] = Field(default_factory=list)
    outcomes: list[Outcome] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    checks: list[Check] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)  # beyond SPEC

    def assign_ids(self) -> None:
        """Give every item its stable id (see item_id)."""
        aid = self.article.id
        for f in self.figures:
            f.id = item_id(aid, "figure", f.span, f.value)
        for o in self.outcomes:
            o.id = item_id(aid, "outcome", o.span, o.outcome)
        for d in self.dates:
            d.id = item_id(aid, "date", d.span)
        for claim in self.claims:
            claim.id = item_id(aid, "claim", claim.span, claim.kind)
        for c in self.checks:
            first = c.spans[0] if c.spans else (0, 0)
            c.id = item_id(aid, "check", first, f"{c.kind}|{c.message}")

    def to_spec(self) -> dict:
        """The SPEC section 1 JSON object (dates as ISO strings)."""
        return self.model_dump(mode="json")
