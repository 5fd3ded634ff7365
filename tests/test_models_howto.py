"""The README's third data-only edit, done for real: an organisation is one line in
models/orgs.jsonl. A copy of models/ is tried through $EXTRACTOR_MODELS in a fresh
process (the phrase and the rank: tests/nlp/test_outcomes_howto.py)."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

MODELS = Path(__file__).resolve().parents[1] / "models"
TEXT = "The Office of Police Accountability received 4,812 complaints about officers in 2021."
LINE = '{"name": "OPA", "aliases": ["OPA", "Office of Police Accountability"]}'
PROBE = ("import json, sys, extractor; "
         "print(json.dumps([[f.value, f.org] for f in extractor.extract_text(sys.argv[1]).figures]))")


def figures_with(models: Path) -> list[list]:
    env = {**os.environ, "EXTRACTOR_MODELS": str(models)}
    done = subprocess.run([sys.executable, "-c", PROBE, TEXT], capture_output=True, text=True, env=env,
                          check=True)
    return json.loads(done.stdout)


def test_adding_an_organisation_is_one_line_in_one_file(tmp_path):
    models = Path(shutil.copytree(MODELS, tmp_path / "models"))
    # before the line the board is at most found by its form, as written, never by its short name
    assert figures_with(models) in ([[4812.0, None]], [[4812.0, "Office of Police Accountability"]])
    with (models / "orgs.jsonl").open("a", encoding="utf-8") as f:
        f.write(LINE + "\n")
    assert figures_with(models) == [[4812.0, "OPA"]]


def test_a_typo_in_the_new_line_names_the_file_line_and_key(tmp_path):
    models = Path(shutil.copytree(MODELS, tmp_path / "models"))
    with (models / "orgs.jsonl").open("a", encoding="utf-8") as f:
        f.write(LINE.replace('"aliases"', '"alises"') + "\n")
    number = len((models / "orgs.jsonl").read_text(encoding="utf-8").splitlines())
    env = {**os.environ, "EXTRACTOR_MODELS": str(models)}
    done = subprocess.run([sys.executable, "-c", PROBE, TEXT], capture_output=True, text=True, env=env)
    assert done.returncode != 0
    assert f"orgs.jsonl:{number}" in done.stderr and "alises" in done.stderr
