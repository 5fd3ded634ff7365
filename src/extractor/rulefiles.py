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
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

from typing import Any

from pydantic import BaseModel, ValidationError

from .errors import RuleError
from .modelfiles import SCHEMAS, Line


MODELS_ENV = "EXTRACTOR_MODELS"


def models_dir():
    """The rules folder: $EXTRACTOR_MODELS when set (an edited copy of models/ to try
    out), else the one found through the package, so an installed wheel works."""
    override = os.environ.get(MODELS_ENV)
    return Path(override) if override else resources.files("extractor.models")


def load_json(name: str):
    """models/NAME, checked against its schema."""
    return read_json(models_dir() / name, f"models/{name}")


def load_model(name: str):
    """models/NAME as the object its schema makes of it, for code that reads the file's
    fields by name; validated once, by the same check as load_json."""
    data = load_json(name)
    return SCHEMAS[name].model_validate({k: v for k, v in data.items() if not k.endswith("__note")})


@lru_cache(maxsize=None)
def _word_file(name: str) -> dict:
    return load_json(name)


def word_set(name: str, key: str) -> frozenset[str]:
    """One word list of models/NAME as a frozenset, for a module to hold as a constant:
    a membership test then costs what it did when the list was written in the code."""
    return frozenset(_word_file(name)[key])


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


def read_jsonl(path, where: str | None = None, schema=None) -> list[dict]:
    """One rule per line; blank lines and lines starting with // are comments. Checked
    against ``schema``, else the one ``modelfiles.SCHEMAS`` gives the file's name."""
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
    check_lines(Path(str(path)).name, numbered, where, schema)
    return [row for _number, row in numbered]


def lexicon() -> dict:
    """models/lexicon.json: the word lists rules and checks share."""
    return load_json("lexicon.json")


# ------------------------------------------------------------------ checking

def check_json(name: str, data: Any, where: str) -> None:
    """Refuse a JSON file's object unless its schema accepts it (RuleError naming the key path)."""
    schema = SCHEMAS.get(name)
    if schema is None:
        return
    if not isinstance(data, dict):
        raise RuleError(f"{where}: the file must hold one JSON object")
    fields = {k: v for k, v in data.items() if not k.endswith("__note")}
    for key, value in data.items():
        if key.endswith("__note"):
            if key[:-len("__note")] not in fields:
                raise RuleError(f"{where}: {key}: a note for a key the file does not have")
            if not isinstance(value, str):
                raise RuleError(f"{where}: {key}: a note must be a string")
    try:
        schema.model_validate(fields)
    except ValidationError as exc:
        raise RuleError(f"{where}: {_describe(exc, schema)}") from None


def check_lines(name: str, rows: list[tuple[int, dict]], where: str, schema=None) -> None:
    """Refuse a JSONL file unless every (line number, row) fits its schema and the
    unique keys are unique (RuleError naming the line and the key)."""
    schema = schema or SCHEMAS.get(name)
    if schema is None:
        return
    seen: dict[tuple[type, str], dict[Any, int]] = {}
    for number, row in rows:
        at = f"{where}:{number}"
        if not isinstance(row, dict):
            raise RuleError(f"{at}: a line must hold one JSON object")
        model = schema.pick(row) if issubclass(schema, Line) else schema
        try:
            model.model_validate(row)
        except ValidationError as exc:
            raise RuleError(f"{at}: {_label(row)}{_describe(exc, model)}") from None
        key = getattr(model, "unique", None)
        if key is not None:
            first = seen.setdefault((model, key), {}).setdefault(row[key], number)
            if first != number:
                raise RuleError(f"{at}: {key}: {row[key]!r} is already used on line {first}")


def _label(row: dict) -> str:
    """'rule X: ' for a line that names itself, so the message says which rule too."""
    for key, said in (("id", "rule"), ("token", "token"), ("part", "part"), ("name", "org")):
        if isinstance(row.get(key), str):
            return f"{said} {row[key]}: "
    return ""


_ORDER = {"extra_forbidden": 0, "missing": 2}


def _describe(exc: ValidationError, model: type[BaseModel]) -> str:
    # a misspelt key shows as an unknown key and a missing one: the unknown one first
    errors = sorted(exc.errors(include_url=False), key=lambda e: _ORDER.get(e["type"], 1))
    said = "; ".join(_one(err, model) for err in errors[:3])
    return said + (f" (and {len(errors) - 3} more)" if len(errors) > 3 else "")


def _one(err: dict, model: type[BaseModel]) -> str:
    loc = err["loc"]
    path = ""
    for part in loc:
        if part == "[key]":
            continue
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    kind = err["type"]
    if loc and loc[0] not in model.model_fields and model.model_config.get("extra") == "allow":
        return f"{path}: unknown key (a key the code does not name must be a list of words)"
    if kind == "extra_forbidden":
        if len(loc) == 1:
            known = ", ".join(k for k in model.model_fields if k != "about") if model.model_fields else ""
            return f"{path}: unknown key (the keys are: {known})"
        return f"{path}: unknown key"
    if kind == "missing":
        extra = [k for k in err["input"] if k not in model.model_fields] \
            if isinstance(err["input"], dict) and model.model_config.get("extra") == "allow" else []
        # in a file that takes new word lists, the misspelling itself passed as one: name it
        return f"{path}: missing key" + "".join(f"; {k}: unknown key (read as a new word list)" for k in extra)
    if kind == "literal_error":
        what = "key" if loc and loc[-1] == "[key]" else "value"
        return f"{path}: {what} {err['input']!r} is not one of {err['ctx']['expected']}"
    got = repr(err["input"])
    return f"{path}: {err['msg']} (got {got if len(got) <= 60 else got[:57] + '...'})"
