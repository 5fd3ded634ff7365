"""Reading the rule files in models/: JSON word lists and JSONL token patterns.

Apart from nlp/ so that what only needs a word list (the checks, numbers, the
writer process of a run with workers) does not import spaCy: the writer of
``extract --workers N`` then imports 57 MB instead of 106.
"""

from __future__ import annotations

import json
from importlib import resources

from .errors import RuleError


def models_dir():
    """The rules folder, found through the package so an installed wheel works."""
    return resources.files("extractor.models")


def load_json(name: str):
    try:
        return json.loads((models_dir() / name).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise RuleError(f"models/{name} is missing") from exc
    except json.JSONDecodeError as exc:
        raise RuleError(f"models/{name}: {exc}") from exc


def load_jsonl(name: str) -> list[dict]:
    """One rule per line; blank lines and lines starting with // are comments."""
    try:
        lines = (models_dir() / name).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise RuleError(f"models/{name} is missing") from exc
    rows = []
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise RuleError(f"models/{name}:{number}: {exc.msg}") from exc
    return rows


def lexicon() -> dict:
    """models/lexicon.json: the word lists rules and checks share."""
    return load_json("lexicon.json")
