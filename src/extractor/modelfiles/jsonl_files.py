"""The schemas of the JSONL files in models/: one class for a line of each."""

from __future__ import annotations

from typing import Any, ClassVar, Literal, Optional, Union

from pydantic import Field, model_validator

from ..records import DATE_KINDS, OutcomeKind, Qualifier, Unit
from .base import Line


TokenPattern = list[dict[str, Any]]


class FigureRule(Line):
    """figure_patterns.jsonl: token patterns for figures and their context."""

    unique: ClassVar[Optional[str]] = "id"

    id: str
    family: Literal["number", "qualifier", "exclude", "org"]
    pattern: TokenPattern
    unit: Optional[Unit] = None
    kind: Optional[Literal["digits", "words", "share", "vague"]] = None
    qualifier: Optional[Qualifier] = None
    keep: Optional[tuple[int, int]] = None
    # the match does not count when the next word is one of these ("Kent Police Federation")
    not_followed_by: Optional[list[str]] = None


class OrgRule(Line):
    """orgs.jsonl: an organisation, the short name figures carry and how articles write it."""

    unique: ClassVar[Optional[str]] = "name"

    name: str
    aliases: list[str]
    as_written: bool = False


class OutcomeRule(Line):
    """outcome_patterns.jsonl: the words that state an outcome, and how to read them.

    A rule gives a spaCy Matcher ``pattern`` or plain ``words`` (b-english's form), not both."""

    unique: ClassVar[Optional[str]] = "id"

    id: str
    outcome: OutcomeKind
    pattern: TokenPattern = []
    words: list[str] = []
    example: str                                    # a sentence the rule must match (tested)
    subject: Literal["agent", "patient", "object", "of", "next", "within"] = "agent"
    sentence: bool = False          # a prison sentence: read its length, suspended -> suspended_sentence
    needs_length: bool = False      # only an outcome when a length or 'life' follows ("sentenced to ...")
    modal_ok: bool = False          # "would have been dismissed" is a finding, not a hypothetical
    needs_finding: bool = False     # only after "found", "agreed", "ruled", "proven" ... in the sentence
    active_object: bool = False     # "the force sacked PC X": the person after the verb
    not_after_sentence: bool = False  # "suspended" after a prison sentence is its suspension
    supersedes: list[OutcomeKind] = []  # overlapping matches with these outcomes are dropped
    not_before: list[str] = []      # refused when the next words are one of these ("cleared the way")
    level_unstated: bool = False    # a breach of standards, level unsaid (see b-english's ruleset)
    not_after: list[str] = []       # refused when the word before is one of these
    not_with: list[str] = []        # refused when one of these words stands in the sentence or the 60 words before it
    headline_only: bool = False     # only in a headline or caption: a short line with no full stop
    misconduct_outcome: Optional[OutcomeKind] = None  # the outcome in a misconduct hearing, not a court
    continues: list[str] = []      # a list saying the verb once: these words open its next item (outcomes/lists.py)
    after_sentencing: bool = False  # only where a sentencing was stated just before ("received 18 months": outcomes/terms.py)
    restates: bool = False          # only a step of the same outcome stated elsewhere for the person ("booked into jail")
    restated_by: list[OutcomeKind] = []  # with restates: other outcomes it restates ("avoids jail" beside probation)
    note: str = ""

    @model_validator(mode="after")
    def _one_form(self) -> "OutcomeRule":
        if bool(self.pattern) == bool(self.words):
            raise ValueError("give either 'words' or 'pattern' (one of them, not both)")
        return self


class ChangeRule(Line):
    """change_patterns.jsonl: a regular expression for a claim about change."""

    unique: ClassVar[Optional[str]] = "id"

    id: str
    reads: Literal["magnitude", "multiple", "from_to", "to", "from", "record"]
    pattern: str
    example: str
    # the words are a verb of their own ('rose by 13 per cent', 'doubled'): a from/to pair with
    # another verb ('as the unit grew from 12 to 20') is a second claim, not this one's numbers
    own_verb: bool = False
    note: str = ""


DateItem = Union[str, dict[str, Any]]


class DateLine(Line):
    """date_patterns.jsonl mixes three kinds of line, told apart by their first key."""

    @classmethod
    def pick(cls, row: dict) -> type[Line]:
        if "token" in row:
            return DateToken
        if "part" in row:
            return DatePart
        return DateMentionRule


class DateToken(DateLine):
    """{"token": NAME, "match": {...}}: a token description patterns write as @NAME."""

    unique: ClassVar[Optional[str]] = "token"

    token: str = Field(pattern=r"^[A-Z][A-Z0-9_]*$")
    match: dict[str, Any]
    # a token of month or weekday names takes its words from date_words.json (see date_rules)
    names: Optional[Literal["months", "weekdays"]] = None
    full_only: bool = False
    short_only: bool = False
    dotted: bool = False
    leave_out: list[str] = []
    about: str = ""


class DatePart(DateLine):
    """{"part": LABEL, "pattern": [...]}: a building block patterns write as <LABEL>."""

    part: str = Field(pattern=r"^[a-z][a-z_]*$")
    pattern: list[DateItem] = Field(min_length=1)
    examples: list[str] = []
    about: str = ""


class DateMentionRule(DateLine):
    """{"id": ID, "label": KIND, "pattern": [...]}: a date mention of one of timex's kinds."""

    unique: ClassVar[Optional[str]] = "id"

    id: str
    label: Literal[DATE_KINDS]  # type: ignore[valid-type]
    pattern: list[DateItem] = Field(min_length=1)
    examples: list[str] = []
    not_before: list[str] = []
    not_after: list[str] = []
    followed_by: list[DateItem] = []
    preceded_by: list[DateItem] = []
    not_followed_by: list[DateItem] = []
    sentence_start: bool = False
    cell: bool = False
    about: str = ""

