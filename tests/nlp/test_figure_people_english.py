"""Numbers that are not counts of conduct however near one they stand, and a conduct
named for one person that is not the kind of the article's counts. Sentences written
for these tests."""

from figures_found import found_figures as figures


def values(text: str) -> list:
    return [f.value for f in figures(text)]


def test_officers_who_report_or_complain_are_people_in_the_story():
    assert values("The inquiry began after three black officers, two of them sergeants, complained of racist remarks.") == []
    assert values("Four constables reported the inspector's conduct to professional standards.") == []


def test_officers_whom_something_was_said_or_done_to_are_not_counted():
    assert values("The sergeant admitted sending messages to three female constables.") == []
    assert values("His behaviour towards five junior officers was bullying, the panel found.") == []


def test_officers_with_an_outcome_are_still_counted_when_others_reported_them():
    assert values("In 2022, 12 officers were dismissed after colleagues reported them.") == [12]


def test_people_interviewed_and_sworn_workforce_are_not_figures():
    assert values("The review, which included interviews with 45 deputies, found racist comments had been made.") == []
    assert values("The division, which has 3,100 sworn members, recorded 64 internal affairs complaints in 2021.") == [64]
    assert values("It is a department of 900 and it fired 11 officers in 2020.") == [11]


def test_compliments_street_blocks_and_reference_pairs_are_not_figures():
    assert values("The unit also received 812 citizen compliments in 2021.") == []
    assert values("The trooper was stopped near the 1200 block of Main Street.") == []
    assert values("Request number: 311 - 23\n\nYour request about suspended officers was received.") == []


def test_ages_in_a_list_of_names_are_not_figures():
    assert values("The raid ended in the arrests of Ann Cole, 41; Ray Dunn, 35; and Lee Park, 29, all jail officers.") == []


def test_one_person_the_story_names_is_not_a_count():
    found = figures("A constable jailed for theft was one of nine officers to lose their jobs in 2022.")
    assert [f.value for f in found] == [9]


def test_a_conduct_named_for_one_person_is_not_the_counts_kind():
    found = figures("Officers dismissed\n\nA sergeant convicted of supplying cocaine was one of 14 members of the "
                    "force dismissed in 2021.\n\nIn 2022 another 11 members were dismissed.")
    assert {f.value: f.category for f in found} == {14: "all", 11: "all"}


def test_a_count_whose_own_clause_names_the_conduct_keeps_it():
    found = figures("In 2021, 14 officers were dismissed for supplying cocaine.")
    assert found[0].category == "drugs"


def test_officers_present_or_interviewed_are_not_counts():
    assert values("Six officers were present when the man was restrained, the inquest heard.") == []
    assert values("Eleven constables were interviewed by investigators from the watchdog.") == []


def test_officers_at_the_scene_of_one_event_are_not_counts():
    assert values("The deputy was one of four deputies at the scene when the man was shot.") == []
    assert values("Two officers who responded to the call were later praised.") == []


def test_a_workforce_a_body_employs_is_not_a_count_of_conduct():
    assert values("The force employs 31,000 officers and dismissed 90 of them in 2022.") == [90]
    assert values("The sheriff said the office has 450 employees.") == []
