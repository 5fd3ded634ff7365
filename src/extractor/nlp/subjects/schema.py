"""models/subjects.json checked on load: every key known, every value of its type.

A rank is added in ONE place, the "ranks" list: {"rank": "trooper", "plural": "troopers",
"titles": ["Tpr"]} makes "trooper" a head of a police description ("a state trooper"),
"troopers" a plural one ("two troopers") and "Tpr" a title before a name ("Tpr Jo Lee").
"""

from __future__ import annotations

import json
import re
from pydantic import ValidationError

from ...errors import RuleError
from ...rulefiles import models_dir

SUBJECTS_FILE = "subjects.json"


# The file's schema is defined once, with every models/ file's, in modelfiles/.
from ...modelfiles import Abbreviation, GroupOutcome, Rank, TableCells  # noqa: E402,F401
from ...modelfiles import SubjectsFile as SubjectWords  # noqa: E402


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
    described = data.get("described", {})  # each list of "described" as a word set of its own
    out.update({k: frozenset(described.get(k, ())) for k in ("place_abbreviations", "relation_heads",
                                                            "infinitive_ordinals")})
    return out
