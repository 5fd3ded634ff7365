"""The words of models/outcome_layout.json and what they say about a header, a label or a
value: whether a table column names the row's person or holds a finding or a sanction, and
which outcomes a verbless value ("Sustained", "3-day suspension", "Would have been
dismissed. Added to the barred list.") states.

A value is read phrase by phrase, longest phrase first; what is left over must not hold a
refusal word ("Termination pending", "Dismissal if proven") or a pronoun (then it is a
sentence, which the sentence rules read). "None", "No further action" state nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pydantic import BaseModel, ConfigDict

from ...records import OutcomeKind
from ...rulefiles import load_json
from ..subjects import words

LAYOUT_FILE = "outcome_layout.json"
_WORD = re.compile(r"[a-z0-9']+(?:[-/][a-z0-9']+)*")
_FINDINGS = frozenset({"misconduct_proven", "misconduct_not_proven", "gross_misconduct_proven", "no_case_to_answer"})
_PRONOUNS = frozenset({"he", "she", "they", "his", "her", "their", "him", "them", "it", "was", "were", "has", "had"})


class ValueRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    outcome: OutcomeKind
    phrases: list[str]
    cancels: list[OutcomeKind] = []


class LayoutRules(BaseModel):
    """models/outcome_layout.json (the notes beside each key say what it is for)."""
    model_config = ConfigDict(extra="forbid", frozen=True)
    about: str = ""
    person_columns: list[str]
    neutral_person_columns: list[str]
    not_person_columns: list[str]
    rank_columns: list[str]
    outcome_columns: list[str]
    not_outcome_columns: list[str]
    entry_person_labels: list[str]
    refuse_words: list[str]
    max_value_words: int
    values: list[ValueRule]
    nothing: list[str]
    inert: list[str] = []


@lru_cache(maxsize=1)
def layout_rules() -> LayoutRules:
    data = load_json(LAYOUT_FILE)
    return LayoutRules.model_validate({k: v for k, v in data.items() if not k.endswith("__note")})


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


@lru_cache(maxsize=1)
def _value_pattern() -> tuple[re.Pattern, dict[str, ValueRule]]:
    rules = layout_rules()
    by_phrase = {p: v for v in rules.values for p in v.phrases}
    for p in rules.nothing:
        by_phrase.setdefault(p, None)
    for p in rules.inert:
        by_phrase.setdefault(p, False)
    phrases = sorted(by_phrase, key=len, reverse=True)
    body = "|".join(r"[\s\-]+".join(re.escape(w) for w in p.split()) for p in phrases)
    return re.compile(rf"(?<![\w/])(?:{body})(?![\w/])", re.I), by_phrase


def column_kind(header: str) -> Optional[str]:
    """'person', 'neutral' (a name column), 'rank', 'outcome' or None for a header cell."""
    rules = layout_rules()
    ws = set(_words(header))
    if not ws:
        return None
    if ws & set(rules.rank_columns) and len(ws) <= 2:
        return "rank"
    if ws & set(rules.outcome_columns):
        return None if ws & set(rules.not_outcome_columns) else "outcome"
    if ws & set(rules.not_person_columns):
        return None
    if ws & set(rules.person_columns):
        return "person"
    return "neutral" if ws & set(rules.neutral_person_columns) else None


def person_label(label: str) -> bool:
    """'Officer', 'Subject officer', 'Name of officer': a label that names the entry's person."""
    ws = _words(label)
    rules = layout_rules()
    return bool(ws) and all(w in rules.entry_person_labels for w in ws) and \
        not set(ws) & set(rules.not_person_columns)


def outcome_label(label: str) -> bool:
    return column_kind(label) == "outcome"


def read_value(text: str) -> list[tuple[str, int, int]]:
    """(outcome, start, end) for each phrase a verbless value states; [] for a value that
    states none, or holds a refusal word or a pronoun outside its phrases."""
    rules = layout_rules()
    pattern, by_phrase = _value_pattern()
    found, rest, at = [], [], 0
    for m in pattern.finditer(text):
        rest.append(text[at:m.start()])
        at = m.end()
        found.append((_rule_of(by_phrase, m.group(0)), m.start(), m.end()))
    rest.append(text[at:])
    left = _words(" ".join(rest))
    if len(_words(text)) > rules.max_value_words or set(left) & (set(rules.refuse_words) | _PRONOUNS):
        return []
    no_sanction = any(rule is None for rule, _s, _e in found)  # "None", "No action"
    found = [f for f in found if f[0] and (not no_sanction or f[0].outcome in _FINDINGS)]
    cancelled = {c for rule, _s, _e in found for c in rule.cancels}
    out, seen = [], set()
    for rule, s, e in found:
        if rule.outcome in cancelled or rule.outcome in seen:
            continue
        seen.add(rule.outcome)
        out.append((rule.outcome, s, e))
    return out


def _rule_of(by_phrase: dict, written: str):
    """The rule of a phrase as written ('Three-day Suspension', 'Not  sustained'); None for a
    value of `nothing`, False for an `inert` phrase."""
    key = re.sub(r"[\s\-]+", " ", written.lower()).strip()
    return by_phrase.get(key)


@lru_cache(maxsize=1)
def _police_words() -> tuple[frozenset, frozenset, frozenset]:
    w = words()
    heads = set(w["role_heads"]) | {"garda", "gardaí", "pcso", "special", "deputy", "trooper", "sheriff",
                                    "detention", "corrections", "correctional", "jailer", "patrolman", "cpl",
                                    "corporal", "lt", "lieutenant", "capt", "captain", "sgt", "sergeant"}
    titles = frozenset(t.lower().rstrip(".") for t in w["titles_upper"])
    nonpolice = frozenset(w["nonpolice_heads"]) | {"civilian", "public", "mr", "mrs", "ms", "miss"}
    return frozenset(heads), titles, nonpolice


def police_person(text: str) -> bool:
    """A cell or heading that names a police officer or member of staff by rank or role
    ('Sgt. P. Okoye', 'PC 1234 Smith', 'Officer A', 'Police Staff Investigator Gail Omond')."""
    heads, titles, nonpolice = _police_words()
    ws = [t.lower().rstrip(".") for t in re.findall(r"[A-Za-zÀ-ÿ.']+", text)]
    if any(w in nonpolice for w in ws):
        return False
    return any(w in heads or w in titles for w in ws) or "police staff" in text.lower()


def nonpolice_person(text: str) -> bool:
    _h, _t, nonpolice = _police_words()
    return any(t.lower().rstrip(".") in nonpolice for t in re.findall(r"[A-Za-zÀ-ÿ.']+", text))
