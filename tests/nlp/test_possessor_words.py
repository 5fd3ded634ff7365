"""Whose 'his arrest' is reads its words from models/subjects.json (possessor_time_links,
possessor_between): an edit to a copy of models/ changes what is read, with no code."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

MODELS = Path(__file__).resolve().parents[2] / "models"
PROBE = "import sys, json; from extractor import extract_text; " \
        "print(json.dumps([[o.outcome, o.subject] for o in extract_text(sys.argv[1]).outcomes]))"


def _read_with(models: Path, text: str) -> list:
    env = {**os.environ, "EXTRACTOR_MODELS": str(models)}
    done = subprocess.run([sys.executable, "-c", PROBE, text], capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout)


def _edit(tmp_path: Path, key: str, change) -> Path:
    models = Path(shutil.copytree(MODELS, tmp_path / "models"))
    data = json.loads((models / "subjects.json").read_text(encoding="utf-8"))
    data[key] = change(data[key])
    (models / "subjects.json").write_text(json.dumps(data), encoding="utf-8")
    return models


def test_a_time_word_added_between_the_person_and_the_link_is_read(tmp_path):
    text = "Sergeant Tom Hale was injured by a prisoner seconds after his arrest."
    assert _read_with(MODELS, text) == [["arrested", "Sergeant Tom Hale"]]  # 'seconds' is not in the list
    models = _edit(tmp_path, "possessor_between", lambda words: words + ["seconds"])
    assert _read_with(models, text) == []  # now the prisoner's arrest


def test_a_time_link_taken_out_of_the_list_is_no_longer_read(tmp_path):
    text = "Deputy Carl Moss was bitten by a man following his arrest."
    assert _read_with(MODELS, text) == []  # the man's arrest
    models = _edit(tmp_path, "possessor_time_links", lambda words: [w for w in words if w != "following"])
    assert _read_with(models, text) == [["arrested", "Deputy Carl Moss"]]
