"""Whose figures they are, for bodies that are not "X Police": US departments and
sheriff's offices, state POST boards, bodies named "Department/Division of ...", and the
bodies a sentence names only as where figures came from. Sentences written for these
tests; the whole pipeline runs."""

import pytest

from extractor.nlp import shared_nlp


def figures(text):
    return shared_nlp()(text)._.figures


@pytest.mark.parametrize("text, org", [
    ("The Harwood Police Department opened 14 investigations into its officers last year.",
     "Harwood Police Department"),
    ("The Lakeview County Sheriff's Office fired three deputies in March.", "Lakeview County Sheriff's Office"),
    ("The Ohio Department of Corrections disciplined 41 officers.", "Ohio Department of Corrections"),
    ("The Division of Standards reported 212 public complaints.", "Division of Standards"),
    ("The Civil Rights Division prosecuted 19 officers in 2010.", "Civil Rights Division"),
    ("The Midland POST Board decertified 38 officers.", "Midland POST Board"),
])
def test_a_us_body_is_named_as_written(text, org):
    assert [f.org for f in figures(text)] == [org]


def test_a_forces_own_unit_is_the_force():
    (f,) = figures("The Professional Standards Department of Kent Police recorded 12 complaints.")
    assert f.org == "Kent Police"


def test_a_bare_sheriffs_office_is_the_one_named_in_full():
    found = figures("The Dale County Sheriff's Office runs the jail. "
                    "A Sheriff's Office spokesman said two deputies were fired.")
    assert [f.org for f in found] == ["Dale County Sheriff's Office"]


@pytest.mark.parametrize("text", [
    "The Washington Post found that 12 officers were fired.",
    "Peace Officer Standards and Training (POST) boards revoked 300 certifications.",
])
def test_a_newspaper_or_a_kind_of_board_is_no_body(text):
    assert [f.org for f in figures(text)] == [None]


def test_a_body_the_figures_came_from_is_not_whose_they_are():
    found = figures("The Garda Síochána Ombudsman Commission (GSOC) published its report. "
                    "It received 43 referrals from the Garda Commissioner. "
                    "More than 3,000 allegations were made to the body that oversees An Garda Síochána.")
    assert [f.org for f in found] == ["GSOC", "GSOC"]


def test_figures_from_a_body_are_still_its_own():
    (f,) = figures("Figures from the IOPC show 80 complaints of sexual assault.")
    assert f.org == "IOPC"


def test_a_site_named_for_a_body_publishes_its_own_figures():
    doc = shared_nlp().make_doc("In 2017, 13 investigations were opened into officers.")
    doc._.site_name = "Harwood Police Department"
    for _, proc in shared_nlp().pipeline:
        doc = proc(doc)
    assert [f.org for f in doc._.figures] == ["Harwood Police Department"]


def test_a_forces_officers_name_the_force():
    (f,) = figures("Nearly 40 Wessexshire Constabulary officers have failed drug tests since 2019.")
    assert f.org == "Wessexshire Constabulary"


@pytest.mark.parametrize("text", [
    "Armed Police officers shot two men, and 12 officers were later suspended.",
    "Over 1,000 Northton Police Officers Suspended\n\nSome 300 were moved to desk duties.",
])
def test_a_kind_of_officer_or_a_headline_is_no_force(text):
    assert {f.org for f in figures(text)} == {None}


def test_a_forces_area_next_to_a_figure_names_the_force():
    found = figures("Home Office figures cover every force. In Cumbria, 12 officers were dismissed, "
                    "and in Dorset 9 officers resigned.")
    assert [f.org for f in found] == ["Cumbria Police", "Dorset Police"]


def test_an_area_shared_with_a_us_place_names_no_force_in_a_us_story():
    found = figures("The Justice Department said that in Durham 14 officers were fired.")
    assert [f.org for f in found] == ["Justice Department"]


def test_a_national_figure_is_not_the_areas():
    found = figures("The IOPC said 118 officers were barred nationally, 10 of them in Dorset.")
    assert found[0].org == "IOPC"


def test_a_us_city_masthead_names_its_department():
    found = figures("City of Riverton, Ohio | Police Department\n\nAnnual report\n\n"
                    "There were 31 formal complaints filed in 2019.")
    assert [f.org for f in found] == ["Riverton Police Department"]


def test_a_city_masthead_of_another_office_names_no_body():
    found = figures("City of Riverton | Parks and Recreation\n\nThere were 31 formal complaints filed in 2019.")
    assert [f.org for f in found] == [None]
