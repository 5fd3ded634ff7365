"""Reading the rule files in models/: JSON word lists and JSONL token patterns.

Every file is checked against its schema in ``modelfiles`` as it is read, so a
misspelt key or an unknown enum value fails here, naming the file, the line or key
path and the key; the callers get the file's plain data, as written.

Apart from nlp/ so that what only needs a word list (the checks, numbers, the
writer process of a run with workers) does not import spaCy: the writer of
``extract --workers N`` then imports 57 MB instead of 106.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from .errors import RuleError
from .modelfiles import check_json, check_lines


def models_dir():
    """The rules folder, found through the package so an installed wheel works."""
    return resources.files("extractor.models")


def load_json(name: str):
    """models/NAME, checked against its schema."""
    return read_json(models_dir() / name, f"models/{name}")


def load_jsonl(name: str) -> list[dict]:
    """models/NAME, one rule per line, each checked against its schema."""
    return read_jsonl(models_dir() / name, f"models/{name}")


def read_json(path, where: str | None = None):
    """A JSON rule file anywhere (a copy of models/ in a test); its schema is the one
    ``modelfiles.SCHEMAS`` gives its file name."""
    where = where or str(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise RuleError(f"{where} is missing") from exc
    except json.JSONDecodeError as exc:
        raise RuleError(f"{where}:{exc.lineno}: {exc.msg}") from exc
    check_json(Path(str(path)).name, data, where)
    return data


def read_jsonl(path, where: str | None = None) -> list[dict]:
    """One rule per line; blank lines and lines starting with // are comments."""
    where = where or str(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise RuleError(f"{where} is missing") from exc
    numbered = []
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        try:
            numbered.append((number, json.loads(line)))
        except json.JSONDecodeError as exc:
            raise RuleError(f"{where}:{number}: {exc.msg}") from exc
    check_lines(Path(str(path)).name, numbered, where)
    return [row for _number, row in numbered]


def lexicon() -> dict:
    """models/lexicon.json: the word lists rules and checks share."""
    return load_json("lexicon.json")
