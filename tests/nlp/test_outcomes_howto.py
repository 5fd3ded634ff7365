"""The README's "Teaching it words", done for real: a copy of models/ without the
decertified rule and the trooper rank misses them, and the one-line edits it shows
make the extractor find them. Runs in a fresh process so no cached word list leaks."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

MODELS = Path(__file__).resolve().parents[2] / "models"
RULE = ('{"id": "barred-decertified", "outcome": "barred", "words": ["decertified"], "active_object": true, '
        '"example": "The deputy was decertified by the state board."}')
RANK = {"rank": "trooper", "plural": "troopers", "titles": ["Tpr", "Trooper"]}

PROBE = """
import json, sys
import extractor.rulefiles as rf
from pathlib import Path
rf.models_dir = lambda: Path(sys.argv[1])
import extractor.nlp.outcomes.ruleset as rs, extractor.nlp.subjects.schema as sc
rs.models_dir = sc.models_dir = rf.models_dir
from extractor.nlp import build_nlp
nlp = build_nlp()
print(json.dumps([[o.outcome, o.subject] for o in nlp(sys.argv[2])._.outcomes]))
"""


def run(models: Path, text: str):
    out = subprocess.run([sys.executable, "-c", PROBE, str(models), text], capture_output=True, text=True,
                         check=True)
    return [tuple(x) for x in json.loads(out.stdout)]


def copy_without_examples(tmp_path: Path) -> Path:
    models = tmp_path / "models"
    shutil.copytree(MODELS, models)
    rules = models / "outcome_patterns.jsonl"
    rules.write_text("".join(line for line in rules.read_text(encoding="utf-8").splitlines(keepends=True)
                             if '"id": "barred-decertified"' not in line), encoding="utf-8")
    subjects = json.loads((models / "subjects.json").read_text(encoding="utf-8"))
    subjects["ranks"] = [r for r in subjects["ranks"] if r["rank"] != "trooper"]
    (models / "subjects.json").write_text(json.dumps(subjects, indent=1, ensure_ascii=False), encoding="utf-8")
    return models


def test_adding_an_outcome_phrase_is_one_line_in_one_file(tmp_path):
    models = copy_without_examples(tmp_path)
    text = "The deputy was decertified by the state board."
    assert ("barred", "deputy") not in run(models, text)
    with (models / "outcome_patterns.jsonl").open("a", encoding="utf-8") as f:
        f.write(RULE + "\n")
    assert ("barred", "deputy") in run(models, text)


def test_adding_a_rank_is_one_entry_in_one_file(tmp_path):
    models = copy_without_examples(tmp_path)
    text = "Tpr Dan Hale was arrested on Friday."
    assert ("arrested", "Tpr Dan Hale") not in run(models, text)
    subjects = json.loads((models / "subjects.json").read_text(encoding="utf-8"))
    subjects["ranks"].append(RANK)
    (models / "subjects.json").write_text(json.dumps(subjects, indent=1, ensure_ascii=False), encoding="utf-8")
    assert ("arrested", "Tpr Dan Hale") in run(models, text)


def test_a_phrase_that_says_who_a_name_is_is_one_word_list_entry(tmp_path):
    # README (notes/README-h-outcomes.md): "Lane was sworn in as a deputy" makes Lane an officer
    models = copy_without_examples(tmp_path)
    text = "Tony Lane of Easton was charged with theft. Lane was sworn in as a deputy in 2015."
    assert ("charged", "Tony Lane") not in run(models, text)
    subjects = json.loads((models / "subjects.json").read_text(encoding="utf-8"))
    subjects["name_is_role"].append("was sworn in as")
    (models / "subjects.json").write_text(json.dumps(subjects, indent=1, ensure_ascii=False), encoding="utf-8")
    assert ("charged", "Tony Lane") in run(models, text)
