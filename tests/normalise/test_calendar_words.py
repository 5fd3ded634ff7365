"""Month and weekday names are one list (models/date_words.json): the dates in an
article's text and the dateline that dates the article are read with the same
words and the same reader, so they cannot disagree."""

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from extractor.ingest.dateline import dateline_date
from extractor.ingest.datewords import parse_dates
from extractor.normalise.calendar_words import months, name_lists, weekdays
from extractor.normalise.fulldates import find_full_dates
from extractor.normalise.timex import NUMERIC_ORDER, parse_day

MODELS = Path(__file__).resolve().parents[2] / "models"


def test_every_form_of_a_name_has_its_number():
    assert months()["sept"] == months()["september"] == 9
    assert weekdays()["thurs"] == weekdays()["thursday"] == date(2024, 5, 2).weekday()
    assert [forms[0] for forms in name_lists("months")][:3] == ["january", "february", "march"]


@pytest.mark.parametrize("line, expected", [
    ("Filed on Tues. 4 June 2019 at noon", [date(2019, 6, 4)]),
    ("between Sept 3, 2018 and 14 Oct 2018", [date(2018, 9, 3), date(2018, 10, 14)]),
    ("the letter of 2021-03-09 and the reply of 11.03.2021", [date(2021, 3, 9), date(2021, 3, 11)]),
])
def test_full_dates_are_found_in_a_line(line, expected):
    assert [d for d, _, _ in find_full_dates(line)] == expected


@pytest.mark.parametrize("line", ["30 February 2020", "Spring 2020", "June 2020", "4/6", "No 3 of 2020"])
def test_what_is_not_a_whole_day_is_not_found(line):
    assert find_full_dates(line) == []


@pytest.mark.parametrize("written", ["4 June 2019", "June 4, 2019", "Tue 4 Jun 2019", "04/06/2019",
                                     "2019-06-04", "4th of June, 2019"])
def test_a_dateline_and_a_sentence_read_a_date_alike(written):
    assert [d for d, _, _ in parse_dates(written)] == [parse_day(written)] == [date(2019, 6, 4)]
    assert dateline_date(f"{written} | Courts") == date(2019, 6, 4)


def test_a_numeric_date_follows_the_articles_order_on_a_dateline_too():
    token = NUMERIC_ORDER.set("month_first")
    try:
        assert dateline_date("Posted: 06/04/2019") == parse_day("06/04/2019") == date(2019, 6, 4)
    finally:
        NUMERIC_ORDER.reset(token)
    assert dateline_date("Posted: 06/04/2019") == date(2019, 4, 6)


PROBE = ("import json, sys, extractor; from extractor.ingest.dateline import dateline_date; "
         "r = extractor.extract_text(sys.argv[1], published='2020-06-30'); "
         "print(json.dumps([str(dateline_date(sys.argv[2])), [[d.text, str(d.date_from)] for d in r.dates]]))")


def _read_with(models: Path) -> list:
    env = {**os.environ, "EXTRACTOR_MODELS": str(models)}
    done = subprocess.run([sys.executable, "-c", PROBE, "The panel sat on Weds 3 June 2020.", "Weds 3 June 2020 | News"],
                          capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout)


def test_a_short_form_added_to_the_list_is_read_by_datelines_and_sentences(tmp_path):
    models = Path(shutil.copytree(MODELS, tmp_path / "models"))
    assert _read_with(models)[0] == "None"
    data = json.loads((models / "date_words.json").read_text(encoding="utf-8"))
    data["weekdays"][2].append("weds")
    (models / "date_words.json").write_text(json.dumps(data), encoding="utf-8")
    assert _read_with(models) == ["2020-06-03", [["Weds 3 June 2020", "2020-06-03"]]]


def test_a_list_of_eleven_months_fails_at_load(tmp_path):
    models = Path(shutil.copytree(MODELS, tmp_path / "models"))
    data = json.loads((models / "date_words.json").read_text(encoding="utf-8"))
    data["months"].pop()
    (models / "date_words.json").write_text(json.dumps(data), encoding="utf-8")
    env = {**os.environ, "EXTRACTOR_MODELS": str(models)}
    done = subprocess.run([sys.executable, "-c", "import extractor.normalise.timex"], capture_output=True,
                          text=True, env=env)
    assert done.returncode != 0 and "date_words.json" in done.stderr and "12" in done.stderr


def test_date_pattern_tokens_take_their_names_from_the_list():
    from extractor.errors import RuleError
    from extractor.nlp.date_rules import read_rules

    rules = read_rules([
        {"token": "MON", "names": "months", "dotted": True, "leave_out": ["may"], "match": {"IS_LOWER": False}},
        {"token": "MON_DAY", "names": "months", "short_only": True,
         "match": {"LOWER": {"REGEX": "^({names})\\.[0-9]+$"}}},
    ])
    words = rules.tokens["MON"].match["LOWER"]["IN"]
    assert "sept." in words and "september" in words and "may" not in words
    assert "sept" in rules.tokens["MON_DAY"].match["LOWER"]["REGEX"]
    assert "september" not in rules.tokens["MON_DAY"].match["LOWER"]["REGEX"]
    with pytest.raises(RuleError):
        read_rules([{"token": "BAD", "names": "weekdays", "match": {"LOWER": {"IN": ["friday"]}}}])
