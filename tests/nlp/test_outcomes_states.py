"""An outcome stated as a present state, an officer's service state, and plural
warnings. Sentences written for these tests."""

import pytest

from outcomes_found import found, has


@pytest.mark.parametrize("text, outcome, subject", [
    ("A county jailer is now facing charges of smuggling drugs into the jail.", "charged", "county jailer"),
    ("A state trooper is facing charges after the crash, prosecutors said.", "charged", "state trooper"),
    ("A sergeant is being investigated and is now suspended from duty.", "suspended", "sergeant"),
])
def test_a_present_state_of_one_officer_is_an_outcome(text, outcome, subject):
    has(text, outcome, subject)


@pytest.mark.parametrize("text, outcome", [
    ("An officer who lies is dismissed.", "dismissed"),
    ("A constable who is convicted of a crime is usually sacked.", "dismissed"),
])
def test_a_generic_present_is_still_refused(text, outcome):
    assert not any(o == outcome for o, _ in found(text))


@pytest.mark.parametrize("text", [
    "A current or former deputy was arrested on Friday.",
    "A serving or retired detective was arrested on Friday.",
])
def test_current_or_former_is_one_officer_not_a_choice_of_two(text):
    has(text, "arrested")


def test_an_officer_or_a_staff_member_is_still_a_choice():
    assert not any(o == "dismissed" for o, _ in found("An officer or a staff member was dismissed last week."))


def test_final_written_warnings_in_the_plural():
    has("PC Ann Roe and PC Jo Lee have received final written warnings.", "final_written_warning")


@pytest.mark.parametrize("text, outcome, subject", [
    ("Five current or former county jailers were sentenced on Monday to prison terms of up to 30 months.",
     "jailed", "Five current or former county jailers"),
    ("Two Police Service of Northern Ireland (PSNI) officers have received final written warnings.",
     "final_written_warning", "Two Police Service of Northern Ireland (PSNI) officers"),
    ("Three Police Service of Scotland officers were dismissed on Friday.", "dismissed",
     "Three Police Service of Scotland officers"),
])
def test_a_counted_group_keeps_its_count_past_or_of_and_an_acronym(text, outcome, subject):
    has(text, outcome, subject)


def test_a_terms_length_is_not_a_tallys_period_but_a_period_still_is():
    has("Six deputies were sentenced on Tuesday to 18 months in prison.", "jailed", "Six deputies")
    assert not any(o == "dismissed" for o, _ in found("Twelve officers were dismissed in the 12 months to March."))


@pytest.mark.parametrize("text, subject", [
    ("The state trooper who stopped and arrested Maya Cole, a nurse who later sued the agency, has been "
     "indicted by a grand jury on a perjury charge.", "state trooper"),
    ("The deputy who shot Tom Reed, 24, was indicted on Monday.", "deputy"),
])
def test_the_person_before_an_insertion_may_be_the_object_of_a_relative_clause(text, subject):
    has(text, "charged", subject)


def test_a_victim_before_the_main_verb_is_still_not_the_officer():
    assert not any(o == "jailed" for o, _ in found("A man who assaulted PC Jo Lee, 30, was jailed."))
