"""Figures as English states them in stories the rules were not fitted to: which numbers
are not counts of outcomes (charges a person faces, people in one case's account, ages,
money, weights, names), whose figures they are, which kind and outcome they count.
Sentences written for these tests."""

from datetime import date

import pytest

from figures_found import found_figures as figures


def values(text: str) -> list:
    return [f.value for f in figures(text)]


# ------------------------------------------------------------ not counts of outcomes
def test_charges_a_person_faces_are_not_figures():
    assert values("A former sergeant admitted 14 specimen charges of theft at the crown court.") == []
    assert values("The constable was charged with 37 offences of fraud between 2019 and 2021.") == []
    assert values("The detective faces 12 counts after the grand jury met.") == []
    assert values("The deputy was booked on two felonies and released.") == []
    assert values("He pleaded guilty to six sample charges from more than 90 on the indictment.") == []


def test_a_count_of_officers_charged_is_still_a_figure():
    (f,) = figures("Annual report\n\nIn 2022, 14 officers were charged with criminal offences.")
    assert (f.value, f.outcome) == (14, "charged")


def test_others_beside_the_officer_in_an_account_are_not_figures():
    assert values("The sergeant punched the man while four other officers stood by, the court heard.") == []
    assert values("Two other gardaí followed the car to the bridge.") == []


def test_others_with_an_outcome_of_their_own_still_count():
    found = figures("Annual report\n\nOne officer was sacked and three other officers were dismissed in 2022.")
    assert 3 in [f.value for f in found]


def test_a_count_its_names_spell_out_is_not_a_figure():
    assert values("Two former jail officers, Mary Stone and Peter Gale, were sentenced on Friday.") == []


def test_what_a_plea_would_have_resulted_in_is_not_a_figure():
    assert values("The proposed deal would have resulted in the dismissal of four deputies.") == []


def test_ages_money_weights_and_names_are_not_figures():
    assert values("Detective Sergeant Ann Kerr (52) stole from the station safe.") == []
    assert values("The officer held cash worth more than half of a million dollars, a court heard.") == []
    assert values("Detectives seized almost 9kg of cocaine from the officer's car.") == []
    assert values("The officer was fined after police seized 4 kilos of cannabis.") == []
    assert values("A 50-state review of how officers lose their certification was published.") == []
    assert values("The mother-of-two was a serving constable when the thefts began.") == []
    assert values("The misconduct came to light after a News 4 investigation into the unit.") == []
    assert values("The chief was disciplined for \u201c10 to 12\u201d reasons, the council said.") == []


def test_a_brackets_count_after_a_force_is_still_a_figure():
    found = figures("Annual report\n\nForces that dismissed the most officers in 2022 included Avon and Somerset Police (31).")
    assert 31 in [f.value for f in found]


# ------------------------------------------------------------------- fields
def test_a_body_named_in_full_is_counted_once_when_choosing_whose_figures():
    found = figures("Lincolnshire Police disciplined 9 officers last year.\n\n"
                    "Lincolnshire Police said it was proud of its work, which a later review by His Majesty's "
                    "Inspectorate of Constabulary and Fire & Rescue Services praised.\n\n"
                    "In addition, 4 officers were sacked.")
    assert [f.org for f in found] == ["Lincolnshire Police", "Lincolnshire Police"]


def test_misconduct_named_with_a_kind_is_misconduct_in_general():
    (f,) = figures("Annual report\n\n61 officers were dismissed in 2022 for misconduct or gross incompetence.")
    assert f.category == "all"


def test_a_kind_named_alone_is_still_that_kind():
    (f,) = figures("Annual report\n\n61 officers were dismissed in 2022 for gross incompetence.")
    assert f.category == "other"


def test_a_total_line_under_kinds_counts_them_all():
    found = figures("Officers disciplined in 2022, by reason:\n\n- Honesty: 2\n- Confidentiality: 4\n- Total: 6\n")
    assert [(f.value, f.category) for f in found][-1] == (6, "all")


def test_in_total_before_a_breakdown_is_not_a_total_line():
    found = figures("Annual report\n\nThe claims of abuse of position concerned 40 people in total: "
                    "30 officers and 10 staff.")
    assert {f.category for f in found} == {"apsp"}


def test_the_whole_a_kind_is_part_of_counts_every_kind():
    found = figures("Officer decertification for sex offences\n\n"
                    "The state board decertified 80 officers, 12 for sexual misconduct.")
    assert [(f.value, f.category, f.outcome) for f in found] == [(80, "all", "barred"), (12, "apsp", "barred")]


def test_losing_licences_and_jobs_are_outcomes():
    (f,) = figures("Annual report\n\nSome 300 officers lost their licences in 2021, the board said.")
    assert f.outcome == "barred"
    found = figures("Annual report\n\nFive officers were investigated in 2022 and two of them lost their jobs.")
    assert found[-1].outcome == "dismissed"


def test_an_outcome_a_relative_clause_denies_is_not_the_figures():
    (f,) = figures("Annual report\n\nNine deputies who were not criminally charged have been suspended without pay.")
    assert f.outcome == "suspended"


def test_a_board_whose_name_holds_police_is_not_a_force():
    (f,) = figures("Annual report\n\nThe Nevada Police Standards Council decertified 31 officers in 2020.")
    assert f.org == "Nevada Police Standards Council"


# ------------------------------------------------------------------- periods
def test_a_when_clause_takes_the_year_it_hangs_on():
    found = figures("Annual report\n\nThe force sacked 40 officers in 2022, more than in 2021, when 33 officers were sacked.")
    assert [(f.value, f.period_from, f.period_to) for f in found][-1] == (33, date(2021, 1, 1), date(2021, 12, 31))


def test_since_a_year_when_is_that_year():
    found = figures("Annual report\n\nSackings have tripled since 2019, when just 12 officers were dismissed.")
    assert [(f.value, f.period_from, f.period_to) for f in found] == [(12, date(2019, 1, 1), date(2019, 12, 31))]


def test_a_stock_count_does_not_take_the_running_year():
    found = figures("Misconduct in 2022\n\nThe force dismissed 60 officers in 2022.\n\n"
                    "Some 210 misconduct cases are still waiting to be heard.")
    assert [(f.value, f.period_from) for f in found] == [(60, date(2022, 1, 1)), (210, None)]


def test_a_part_of_an_earlier_count_that_is_pending_keeps_the_period():
    found = figures("Misconduct in 2022\n\nThe force received 90 complaints in 2022, of which 15 are still pending.")
    assert all(f.period_from == date(2022, 1, 1) for f in found)


def test_resigning_while_under_investigation_is_no_stock():
    found = figures("Misconduct in 2022\n\nThe force dismissed 60 officers in 2022.\n\n"
                    "A further 18 resigned while under investigation.")
    assert found[-1].period_from == date(2022, 1, 1)


def test_a_count_to_date_does_not_take_the_running_year():
    found = figures("Misconduct in 2022\n\nThe force dismissed 60 officers in 2022.\n\n"
                    "To date, 14 former officers have been convicted.")
    assert [(f.value, f.period_from) for f in found][-1] == (14, None)


def test_a_workforce_and_things_searched_are_not_figures():
    assert values("The minister said the 12,500 members of the force uphold its values.") == []
    assert values("The review found that vetting checks meant searching four separate systems.") == []


def test_members_of_staff_are_still_counted():
    (f,) = figures("Annual report\n\nIn 2022 the force dismissed the 6 members of staff found to have leaked data.")
    assert (f.value, f.outcome) == (6, "dismissed")


def test_reports_tracked_for_a_day_are_that_days():
    (f,) = figures("Daily roundup\n\nThese are the 9 reports of police misconduct tracked for Monday, March 6, 2023.")
    assert (f.period_from, f.period_to) == (date(2023, 3, 6), date(2023, 3, 6))


def test_a_day_an_event_happened_on_is_no_period():
    (f,) = figures("Daily roundup\n\nThe board met on Monday, March 6, 2023, and dismissed 9 officers.")
    assert f.period_from != date(2023, 3, 6) or f.period_to != date(2023, 3, 6)


@pytest.mark.parametrize("text,expected", [
    # a verb right before a later number is that number's, not the earlier one's
    ("Wessex Police fired three officers and suspended 12 in 2023.", [("three", "dismissed"), ("12", "suspended")]),
    ("The force sacked 5 officers, suspended 9 and gave 14 written warnings.",
     [("5", "dismissed"), ("9", "suspended"), ("14", "written_warning")]),
    # but a verb after its own count still counts it
    ("Four officers were dismissed and 12 suspended in 2023.", [("Four", "dismissed"), ("12", "suspended")]),
])
def test_a_verb_before_a_later_number_belongs_to_that_number(text, expected):
    assert [(f.text, f.outcome) for f in figures(text)] == expected
