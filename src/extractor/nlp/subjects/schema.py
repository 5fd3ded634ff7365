"""models/subjects.json checked on load: every key known, every value of its type.

A rank is added in ONE place, the "ranks" list: {"rank": "trooper", "plural": "troopers",
"titles": ["Tpr"]} makes "trooper" a head of a police description ("a state trooper"),
"troopers" a plural one ("two troopers") and "Tpr" a title before a name ("Tpr Jo Lee").
"""

from __future__ import annotations

import json
import re
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, ValidationError

from ...errors import RuleError
from ...rulefiles import models_dir

SUBJECTS_FILE = "subjects.json"


class Rank(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rank: str                          # lower case: "trooper", "chief of police"
    plural: Optional[str] = None       # "troopers"
    titles: list[str] = []             # written before a name, matched as written: "Tpr", "Dep."
    not_before: list[str] = []         # a modifier before these: "deputy" in "Deputy Chief Constable"
    note: str = ""


class Abbreviation(BaseModel):
    model_config = ConfigDict(extra="forbid")

    written: Literal["upper", "upper_or_title"]   # "PC" only in capitals; "Sgt" or "SGT"


class GroupOutcome(BaseModel):
    model_config = ConfigDict(extra="forbid")

    max_count: int                     # "two officers were dismissed": at most this many
    leads: list[str]                   # "both officers", "the two officers", "the pair"
    not_with: list[str]                # a tally, not one event: "45 officers were dismissed last year"


class TableCells(BaseModel):
    model_config = ConfigDict(extra="forbid")

    separators: list[str]              # what opens a cell: "|"
    description_words: int             # a cell this long describes a case


class SubjectWords(BaseModel):
    model_config = ConfigDict(extra="forbid")

    about: str = ""
    ranks: list[Rank] = []
    abbreviations: dict[str, Abbreviation]
    role_heads: list[str]
    role_plurals: list[str]
    role_heads_needing_police: list[str]
    context_role_heads: dict[str, list[str]]
    role_multiword: dict[str, Literal["singular", "plural"]]
    titles_upper: list[str]
    speaker_titles: list[str]
    modifiers: list[str]
    possessive_modifiers: list[str]
    not_modifiers: list[str]
    nonpolice_role_modifiers: list[str]
    nonpolice_heads: list[str]
    nonpolice_plurals: list[str]
    female_heads: list[str]
    male_heads: list[str]
    pronouns: dict[str, Optional[Literal["m", "f"]]]
    group_nouns: dict[str, int]
    group_outcome: GroupOutcome
    plural_pronouns: list[str]
    generic_words: list[str]
    determiners_indefinite: list[str]
    determiners_definite: list[str]
    determiners_generic: list[str]
    determiners_possessive: list[str]
    count_words: list[str]
    name_stop: list[str]
    name_person_cues: list[str]
    speaker_verbs: list[str]
    decision_verbs: list[str]
    chair_phrases: list[str]
    finding_words: list[str]
    finding_to: list[str]
    verbs: list[str]
    aux: list[str]
    adverbs: list[str]
    present_aux: list[str]
    clause_breaks: list[str]
    relative_pronouns: list[str]
    prepositions: list[str]
    non_person_subjects: list[str]
    misconduct_context: list[str]
    court_context: list[str]
    notice_labels: list[str]
    table_cells: TableCells


def _line_of(text: str, key: str) -> int:
    m = re.search(rf'"{re.escape(key)}"\s*:', text)
    return text.count("\n", 0, m.start()) + 1 if m else 0


def load_subject_words(filename: str = SUBJECTS_FILE) -> dict:
    """The file as a dict, each rank spread into role_heads, role_plurals and titles_upper.
    A '<key>__note' documents <key>; a note for no key is an error like any unknown key."""
    try:
        text = (models_dir() / filename).read_text(encoding="utf-8")
        raw = json.loads(text)
    except FileNotFoundError as exc:
        raise RuleError(f"models/{filename} is missing") from exc
    except json.JSONDecodeError as exc:
        raise RuleError(f"models/{filename}:{exc.lineno}: {exc.msg}") from exc
    data = {k: v for k, v in raw.items() if not (k.endswith("__note") and k[:-6] in raw)}
    try:
        checked = SubjectWords(**data)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = str(err["loc"][0])
        path = ".".join(str(x) for x in err["loc"])
        raise RuleError(f"models/{filename}:{_line_of(text, key)}: key '{path}': {err['msg']}") from exc
    out = dict(data)
    heads, plurals, titles = list(data["role_heads"]), list(data["role_plurals"]), list(data["titles_upper"])
    not_before: dict[str, frozenset[str]] = {}
    for r in checked.ranks:
        heads.append(r.rank)
        if r.plural:
            plurals.append(r.plural)
        titles.extend(r.titles)
        if r.not_before:
            not_before[r.rank] = frozenset(r.not_before)
    out.update(role_heads=heads, role_plurals=plurals, titles_upper=titles,
               abbreviations={k: v.written for k, v in checked.abbreviations.items()},
               rank_not_before=not_before)
    out.pop("ranks", None)
    return out
