"""Every file in models/ is checked against its schema as it is read: a misspelt key
or a value outside the SPEC's enums fails at load, naming the file, the line (JSONL)
or key path (JSON) and the key."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from extractor.errors import RuleError
from extractor.modelfiles import SCHEMAS
from extractor.rulefiles import load_json, load_jsonl, models_dir, read_json, read_jsonl

MODELS = Path(str(models_dir()))
FILES = sorted(p.name for p in MODELS.iterdir() if p.suffix in (".json", ".jsonl"))


def test_every_models_file_has_a_schema():
    assert FILES, "models/ holds no rule files"
    assert [name for name in FILES if name not in SCHEMAS] == []


@pytest.mark.parametrize("name", FILES)
def test_every_models_file_as_shipped_passes_its_schema(name):
    data = load_jsonl(name) if name.endswith(".jsonl") else load_json(name)
    assert data


def _copy(tmp_path: Path, name: str) -> Path:
    return Path(shutil.copy(MODELS / name, tmp_path / name))


def _first_line_with(path: Path, key: str) -> tuple[int, dict]:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("//") and key in json.loads(line):
            return number, json.loads(line)
    raise AssertionError(f"no line of {path.name} has {key}")


def _rewrite_line(path: Path, number: int, row: dict) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[number - 1] = json.dumps(row)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _read(path: Path):
    return read_jsonl(path) if path.suffix == ".jsonl" else read_json(path)


def _a_key_of(path: Path) -> str:
    """A key the file uses: for JSON the first top-level one that is not a remark, for
    JSONL the last key of the first rule line."""
    if path.suffix == ".jsonl":
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("//"):
                return list(json.loads(line))[-1]
    data = json.loads(path.read_text(encoding="utf-8"))
    return next(k for k in data if k not in ("about", "_doc") and not k.endswith("__note"))


@pytest.mark.parametrize("name", FILES)
def test_a_misspelt_key_fails_at_load_naming_file_line_and_key(tmp_path, name):
    path = _copy(tmp_path, name)
    key = _a_key_of(path)
    typo = key[:-1] + "x" + key[-1]
    if name.endswith(".jsonl"):
        number, row = _first_line_with(path, key)
        row = {(typo if k == key else k): v for k, v in row.items()}
        _rewrite_line(path, number, row)
        where = f"{name}:{number}:"
    else:
        data = json.loads(path.read_text(encoding="utf-8"))
        data[typo] = data.pop(key)
        data.pop(f"{key}__note", None)
        path.write_text(json.dumps(data), encoding="utf-8")
        where = f"{name}: "
    with pytest.raises(RuleError) as caught:
        _read(path)
    message = str(caught.value)
    assert where in message and f"{typo}: unknown key" in message


# (file, where the bad value goes: the key path in JSON, or the key of the first JSONL
# line that has it, the bad value, what the message says of where)
BAD_VALUES = [
    ("lexicon.json", ("figure_outcomes", 0, "outcome"), "sacked", "figure_outcomes[0].outcome"),
    ("contradictions.json", ("exclusive", 1, 0), "fired", "exclusive[1][0]"),
    ("contradictions.json", ("lengths", 0), "prison", "lengths[0]"),
    ("subjects.json", ("role_multiword", "staff member"), "one", "role_multiword.staff member"),
    ("subjects.json", ("pronouns", "she"), "female", "pronouns.she"),
    ("change_words.json", ("qualifiers", "over"), "above", "qualifiers.over"),
    ("numbers.json", ("units", "two"), "2nd", "units.two"),
    ("pipeline.json", ("components", 0, "config"), "none", "components[0].config"),
    ("figure_patterns.jsonl", ("qualifier",), "roughly", "qualifier"),
    ("figure_patterns.jsonl", ("family",), "numbers", "family"),
    ("figure_patterns.jsonl", ("unit",), "percentage", "unit"),
    ("orgs.jsonl", ("aliases",), "IOPC", "aliases"),
    ("outcome_patterns.jsonl", ("outcome",), "sacked", "outcome"),
    ("outcome_patterns.jsonl", ("supersedes",), ["fired"], "supersedes[0]"),
    ("outcome_patterns.jsonl", ("subject",), "victim", "subject"),
    ("change_patterns.jsonl", ("reads",), "size", "reads"),
    ("date_patterns.jsonl", ("label",), "date", "label"),
]


@pytest.mark.parametrize("name,where,bad,said", BAD_VALUES)
def test_a_value_outside_its_enum_fails_at_load_naming_file_line_and_key(tmp_path, name, where, bad, said):
    path = _copy(tmp_path, name)
    if name.endswith(".jsonl"):
        number, row = _first_line_with(path, where[0])
        row[where[0]] = bad
        _rewrite_line(path, number, row)
        expected = f"{name}:{number}:"
    else:
        data = json.loads(path.read_text(encoding="utf-8"))
        node = data
        for step in where[:-1]:
            node = node[step]
        node[where[-1]] = bad
        path.write_text(json.dumps(data), encoding="utf-8")
        expected = f"{name}: "
    with pytest.raises(RuleError) as caught:
        _read(path)
    message = str(caught.value)
    shown = bad[0] if isinstance(bad, list) else bad
    assert expected in message and f"{said}:" in message and repr(shown)[:12] in message


@pytest.mark.parametrize("table,key", [("counted", "oficer"), ("categories", "violence")])
def test_a_word_table_keyed_by_an_enum_refuses_a_key_outside_it(tmp_path, table, key):
    path = _copy(tmp_path, "lexicon.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data[table][key] = ["some words"]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RuleError, match=rf"lexicon.json: {table}.{key}: key '{key}' is not one of 'referral'|'apsp'"):
        read_json(path)


def test_two_rules_with_one_id_fail_naming_both_lines(tmp_path):
    path = _copy(tmp_path, "outcome_patterns.jsonl")
    number, row = _first_line_with(path, "outcome")
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps(row) + "\n")
    last = len(path.read_text(encoding="utf-8").splitlines())
    with pytest.raises(RuleError, match=rf"outcome_patterns.jsonl:{last}: id: .* already used on line {number}"):
        read_jsonl(path)


def test_a_note_for_a_key_the_file_does_not_have_is_refused(tmp_path):
    path = _copy(tmp_path, "subjects.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["role_hedas__note"] = "a note whose key is misspelt"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RuleError, match="subjects.json: role_hedas__note: a note for a key"):
        read_json(path)


def test_a_broken_json_line_names_its_line(tmp_path):
    path = _copy(tmp_path, "orgs.jsonl")
    number, _row = _first_line_with(path, "name")
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[number - 1] = lines[number - 1][:-1]
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(RuleError, match=rf"orgs.jsonl:{number}: "):
        read_jsonl(path)


def test_a_word_list_change_patterns_add_needs_no_schema_edit_but_must_be_words(tmp_path):
    path = _copy(tmp_path, "change_words.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["flat_verb"] = ["held steady", "stayed flat"]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert read_json(path)["flat_verb"] == ["held steady", "stayed flat"]
    data["flat_verb"] = "held steady"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RuleError, match="change_words.json: flat_verb: "):
        read_json(path)
