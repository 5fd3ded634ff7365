"""Who an outcome happened to: ranks and roles of UK, Irish and US policing, and
models/subjects.json checked on load. Sentences written for these tests."""

import json

import pytest

from extractor.errors import RuleError
from extractor.nlp.subjects import schema
from extractor.nlp.subjects.schema import load_subject_words

from outcomes_found import found


@pytest.mark.parametrize("text, subject", [
    ("A state trooper was arrested on Friday.", "state trooper"),
    ("Tpr Dan Hale was arrested on Friday.", "Tpr Dan Hale"),
    ("A Harris County deputy was arrested after the crash.", "Harris County deputy"),
    ("Deputy Luis Ortega was arrested at his home.", "Deputy Luis Ortega"),
    ("A veteran patrolman was arrested in Queens.", "veteran patrolman"),
    ("A policeman was arrested after a fight in a bar.", "policeman"),
    ("Lt. Mark Dunn was arrested by state investigators.", "Lt. Mark Dunn"),
    ("A garda has been arrested as part of the inquiry.", "garda"),
    ("Garda Seán Byrne was arrested in Cork.", "Garda Seán Byrne"),
    ("An FBI agent was arrested in Miami.", "FBI agent"),
    ("The town's chief of police was arrested on Tuesday.", "chief of police"),
    ("A PCSO was arrested on suspicion of theft.", "PCSO"),
    ("A special constable was arrested last week.", "special constable"),
    ("A chief inspector was arrested over the leak.", "chief inspector"),
])
def test_ranks_of_uk_irish_and_us_policing_are_officers(text, subject):
    assert ("arrested", subject) in found(text)


@pytest.mark.parametrize("text", [
    "The deputy mayor was arrested on Friday.",
    "An estate agent was arrested for fraud.",
    "A man was arrested after the deputy was threatened.",
])
def test_words_that_are_not_an_officer(text):
    assert [s for _, s in found(text) if s and ("mayor" in s or "estate" in s or s == "man")] == []


def test_deputy_before_another_title_is_part_of_it():
    text = ("A Wessex sergeant lied. Deputy Chief Constable Ann Poole, who chaired the hearing, said so. "
            "The officer was dismissed.")
    assert found(text) == [("dismissed", "Wessex sergeant")]


def test_a_rank_is_spread_into_heads_plurals_and_titles():
    w = load_subject_words()
    assert "trooper" in w["role_heads"] and "troopers" in w["role_plurals"] and "Tpr" in w["titles_upper"]
    assert "ranks" not in w


def _with(monkeypatch, tmp_path, edit):
    data = json.loads((schema.models_dir() / "subjects.json").read_text(encoding="utf-8"))
    edit(data)
    (tmp_path / "subjects.json").write_text(json.dumps(data, indent=1), encoding="utf-8")
    monkeypatch.setattr(schema, "models_dir", lambda: tmp_path)


def test_a_misspelt_key_names_file_line_and_key(monkeypatch, tmp_path):
    _with(monkeypatch, tmp_path, lambda d: d.update(role_head=["x"]))
    with pytest.raises(RuleError, match=r"models/subjects.json:\d+: key 'role_head'"):
        load_subject_words()


def test_a_bad_value_in_a_rank_names_the_rank(monkeypatch, tmp_path):
    _with(monkeypatch, tmp_path, lambda d: d["ranks"].append({"rank": "marshal", "plurals": "marshals"}))
    with pytest.raises(RuleError, match=r"key 'ranks\.\d+\.plurals'"):
        load_subject_words()


def test_an_abbreviation_must_say_how_it_is_written(monkeypatch, tmp_path):
    _with(monkeypatch, tmp_path, lambda d: d["abbreviations"].update(tpr={"written": "lower"}))
    with pytest.raises(RuleError, match=r"key 'abbreviations\.tpr\.written'"):
        load_subject_words()
