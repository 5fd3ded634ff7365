"""models/org_forms.json: a body by its form, a force named as its people, the words that
make a body the figures' source or only who they concern. Sentences written for these tests."""

import json
import shutil

import pytest

from extractor.errors import RuleError
from extractor.rulefiles import MODELS_ENV, models_dir
from figures_found import found_figures


def orgs(text):
    return [f.org for f in found_figures(text)]


@pytest.mark.parametrize("text, org", [
    ("The Nevada Highway Patrol disciplined 13 troopers in 2020.", "Nevada Highway Patrol"),
    ("The Rhode Island State Police suspended four troopers last year.", "Rhode Island State Police"),
    ("The Oakdale Police Dept. opened 19 internal investigations in 2021.", "Oakdale Police Dept."),
    ("Brookfield PD fired three officers for misconduct in 2022.", "Brookfield PD"),
    ("The KCPD disciplined 41 officers in 2021.", "KCPD"),
    ("The Harbor City Police Commission upheld 22 complaints in 2020.", "Harbor City Police Commission"),
    ("The Nebraska Law Enforcement Training Council revoked the certifications of 8 officers.",
     "Nebraska Law Enforcement Training Council"),
    ("The Office of the Inspector General reviewed 64 use-of-force cases in 2021.", "Office of the Inspector General"),
])
def test_a_body_is_found_by_its_form_and_named_as_written(text, org):
    assert orgs(text) == [org]


@pytest.mark.parametrize("text", [
    "Former State Police trooper Dan Reyes was one of four troopers suspended in 2022.",
    "British police dismissed 40 officers for misconduct in 2022, figures show.",
])
def test_no_body_is_read_from_a_rank_or_a_nationality(text):
    assert all(o is None or "British" not in o and not o.startswith("Former") for o in orgs(text))


def test_a_place_and_police_in_lowercase_is_the_body_named_in_full():
    text = ("Discipline\n\nThe Dover Police Department fired 9 officers in 2022. Dover police also suspended "
            "21 officers that year.")
    assert orgs(text) == ["Dover Police Department", "Dover Police Department"]


@pytest.mark.parametrize("text", [
    "Figures released by gardaí show 28 members were suspended in 2021.",
    "Garda data shows 28 members were suspended in 2021.",
    "Gardaí dismissed 28 members between 2018 and 2021.",
    "According to gardaí, 28 members were suspended in 2021.",
])
def test_the_garda_named_as_its_people_where_they_give_or_act(text):
    assert orgs(text) == ["An Garda Síochána"]


def test_gardai_as_whom_complaints_concern_are_not_whose_figures_they_are():
    assert orgs("The Garda Ombudsman received 1,700 complaints about gardaí in 2020.") == ["GSOC"]


@pytest.mark.parametrize("text, org", [
    ("Records obtained by the Ledger from the Carver Police Department show 31 officers were suspended in 2020.",
     "Carver Police Department"),
    ("Data obtained from Kent Police shows 12 officers were dismissed in 2022.", "Kent Police"),
    ("Complaints about the Carver Police Department reached 300 in 2021, the Citizen Review Board said.",
     "Citizen Review Board"),
])
def test_the_source_of_the_data_is_whose_figures_they_are(text, org):
    assert orgs(text) == [org]


def test_referrals_from_a_body_are_not_that_bodys_figures():
    text = "The Garda Ombudsman received 43 referrals from the Garda Commissioner in 2020."
    assert orgs(text) == ["GSOC"]


def test_a_body_named_once_in_a_list_of_places_sets_no_frame():
    text = ("Daily round-up\n\nThese are the 9 reports of police misconduct tracked today:\n\n"
            "- Dale County, Ohio: A deputy was arrested.\n"
            "- Update: Nevada Highway Patrol: A trooper was acquitted.\n")
    (f,) = found_figures(text)
    assert f.org is None


def test_the_opening_names_whose_figures_the_article_reports():
    text = ("Troopers disciplined\n\nThe Nevada Highway Patrol disciplined 64 troopers in 2021, its annual report "
            "shows.\n\nNine were fired, a spokesman said, and the Justice Department opened an inquiry in 2022.\n\n"
            "Another 21 were suspended.")
    assert orgs(text) == ["Nevada Highway Patrol"] * 3


def test_a_typo_in_the_rule_file_is_an_error(tmp_path, monkeypatch):
    copy = tmp_path / "models"
    shutil.copytree(models_dir(), copy)
    data = json.loads((copy / "org_forms.json").read_text(encoding="utf-8"))
    data["sorce_after"] = data.pop("source_after")
    data.pop("source_after__note", None)
    (copy / "org_forms.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv(MODELS_ENV, str(copy))
    from extractor.rulefiles import load_json
    with pytest.raises(RuleError, match="sorce_after"):
        load_json("org_forms.json")


def test_a_force_named_before_its_officers_keeps_its_name():
    text = "Harbury Constabulary dismissed 12 officers in 2022. Two Harbury Constabulary officers were charged in 2023."
    assert orgs(text) == ["Harbury Constabulary", "Harbury Constabulary"]


def test_a_place_with_no_body_named_in_full_gives_no_body():
    assert orgs("Three Dunmore officers were charged with assault in 2022, the FBI said.") == ["FBI"]


def test_our_analysis_on_a_bodys_own_page_is_that_bodys():
    text = ("Independent Office for Police Conduct\n\nHome > News\n\nWatchdog publishes referrals report\n\n"
            "Our analysis of referrals found 120 officers had been accused of abusing their position.")
    assert orgs(text) == ["IOPC"]


@pytest.mark.parametrize("text", [
    "Our analysis of court records found 85 officers were charged. The FBI declined to comment.",
])
def test_the_outlets_own_count_is_nobodys_body(text):
    assert orgs(text)[0] is None


def test_the_outlet_named_for_its_own_count_is_whose_it_is():
    # org11: the gold of later sets names the outlet where the sentence does ("the Journal")
    assert orgs("An Enquirer analysis of state records found 96 officers lost their certification.") == ["Enquirer"]
