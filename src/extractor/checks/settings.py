"""models/checks.json, read once and validated: the words and tolerances of the checks
of shares, bases, breakdowns, spans, weekdays and headlines. A key the model does not
know is an error (extra="forbid"), so a typo in the file is not a silently dead rule."""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from ..errors import RuleError
from ..rulefiles import load_json


class Sanction(BaseModel):
    model_config = ConfigDict(extra="forbid")

    phrase: str
    outcome: str


class CheckRules(BaseModel):
    model_config = ConfigDict(extra="forbid")

    about: str = ""
    base_nouns: list[str]
    base_cues_before: list[str]
    base_cues_after: list[str]
    base_minimum: float
    base_not_after: list[str]
    national_scope: list[str]
    conduct_nouns: list[str]
    apposition_marks: list[str]
    apposition_max_words: int
    restating_openers: list[str]
    partitive_openers: list[str]
    contrast: list[str]
    ratio_words: dict[str, int]
    share_qualifiers: dict[str, str]
    share_about: float
    rounded: float
    breakdown_window_words: int
    overlap: list[str]
    since_remainder_days: int
    discipline_words: list[str]
    lesser_sanctions: list[str]
    group_member_words: list[str]
    kind_breakdown_counted: list[str]
    kind_breakdown_paragraphs_between: int
    kind_breakdown_comparisons: list[str]
    span_pattern: str
    span_following_sentences: int
    span_contrast: list[str]
    weekday_gap: str
    headline_sanctions: list[Sanction]
    headline_negations: list[str]
    verb_objects: list[str]
    headline_people: list[str]

    @field_validator("span_pattern", "weekday_gap")
    @classmethod
    def _compiles(cls, pattern: str) -> str:
        re.compile(pattern)
        return pattern

    @field_validator("share_qualifiers")
    @classmethod
    def _known_readings(cls, readings: dict[str, str]) -> dict[str, str]:
        unknown = set(readings.values()) - {"about", "nearly", "more_than", "less_than"}
        if unknown:
            raise ValueError(f"unknown readings {sorted(unknown)}")
        return readings


def parse(data: dict) -> CheckRules:
    """The rules of ``data`` (models/checks.json as loaded), notes ('…__note') aside."""
    try:
        return CheckRules(**{k: v for k, v in data.items() if not k.endswith("__note")})
    except (ValidationError, re.error) as exc:
        raise RuleError(f"models/checks.json: {exc}") from exc


@lru_cache(maxsize=1)
def check_rules() -> CheckRules:
    return parse(load_json("checks.json"))


def words_pattern(words: list[str]) -> str:
    """One regex alternative of whole words, longest first."""
    return r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b"
