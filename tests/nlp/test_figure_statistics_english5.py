"""Statistics pages as UK, Irish and US bodies write them: counts of complaint kinds take
their kind's category, not the page's; a comparison's year is the base, not the figure's
period; an aside's year in brackets dates only the aside; a count of another thing after
the account of one case does not take that case's conduct. Pages written for these tests."""

import pytest

from figures_found import by_text, found_figures


# ------------------------------------------------------------------ kinds of complaint
@pytest.mark.parametrize("text, kinds", [
    ("Complaints received\n\nThe unit investigated nine complaints in 2021. Seven came from residents and were as "
     "follows: four related to officer courtesy; two alleged excessive use of force, and one alleged theft.",
     {"four": "other", "two": "other"}),
    ("Annual report 2022\n\nThe board received 45 complaints of discourtesy and 12 complaints of excessive force in 2022.",
     {"45": "other", "12": "other"}),
    ("Annual report 2022\n\nThe review board logged 61 allegations concerning stop and search during 2022.",
     {"61": "other"}),
    ("Annual report 2022\n\nOf the complaints closed, 30 complaints involved racial profiling.",
     {"30": "other"}),
    ("Annual report 2022\n\nThe commission received 18 complaints relating to corruption in 2022.",
     {"18": "corruption"}),
    ("Annual report 2022\n\nResidents made 33 allegations of police brutality in 2022.", {"33": "other"}),
])
def test_a_count_of_one_kind_of_complaint_takes_that_kind(text, kinds):
    found = by_text(text)
    assert {t: found[t].category for t in kinds} == kinds


@pytest.mark.parametrize("text", [
    "Annual report 2022\n\nThe board received 45 complaints about officers in 2022.",
    "Annual report 2022\n\nThe office received 39 complaints relating to issues referred to it by the force.",
    "Annual report 2022\n\nThe commission logged 210 complaints of misconduct in 2022.",
    "Annual report 2022\n\nThe ombudsman received a total of 1,940 complaints of alleged garda misconduct in 2022.",
    "Daily log\n\nThese are the 14 reports of police misconduct tracked for Monday, March 6, 2017.",
    "Annual report 2022\n\nThe watchdog said 27 allegations related to the same incident in May 2022.",
])
def test_a_count_whose_clause_names_no_kind_is_of_every_kind(text):
    (f,) = found_figures(text)
    assert f.category == "all"


def test_shares_ranked_by_kind_are_of_those_kinds():
    found = by_text("Key findings\n\n- The largest share of allegations (48%) related to 'service delivery', the second "
                    "highest was 'use of powers' at 19%, followed by 'individual conduct' at 11%.")
    assert {t: found[t].category for t in ("48%", "19%", "11%")} == {"48%": "other", "19%": "other", "11%": "other"}


def test_a_bullet_of_its_own_does_not_take_the_kind_of_the_bullet_before():
    found = by_text("Key findings\n\n"
                    "- 'Discreditable conduct' was 2% of all allegations (1,210 allegations), up 20% on the year before.\n"
                    "- 70,100 complaints were finalised during the year (25,000 formally and 45,100 informally).")
    assert [found[t].category for t in ("70,100", "25,000", "45,100")] == ["all", "all", "all"]


def test_a_count_after_the_account_of_one_case_does_not_take_its_conduct():
    found = by_text("Ombudsman annual report 2021\n\nIn a second case, two officers received a caution for assault. "
                    "The 21 files sent to prosecutors in 2021 compared with 19 files in 2020.")
    assert (found["21"].category, found["19"].category) == ("all", "all")


# ------------------------------------------------------------------ periods
def test_a_change_on_the_previous_year_is_of_the_year_reported():
    found = by_text("Complaints statistics 2022/23\n\nKey findings\n\n"
                    "- The number of complaints rose to 70,100 in 2022/23, a 6% increase on the total logged in the previous year.")
    assert (found["6%"].period_from.isoformat(), found["6%"].period_to.isoformat()) == ("2022-04-01", "2023-03-31")


@pytest.mark.parametrize("later", [
    "There were 38 referrals from the Commissioner.",
    "Only four files were sent to prosecutors.",
])
def test_a_year_in_a_bracketed_aside_does_not_become_the_running_period(later):
    found = found_figures("Annual report 2022\n\nThe commission opened 17 investigations in 2022 (14 in 2021). " + later)
    assert [f.period_from.year for f in found] == [2022, 2021, 2022]


def test_a_year_compared_with_does_not_become_the_running_period():
    found = found_figures("Annual report\n\nThe unit sent 19 files to prosecutors in 2020, compared with 15 files in 2019. "
                          "Only six officers were charged.")
    assert [f.period_from.year for f in found] == [2020, 2019, 2020]


# ------------------------------------------------------------------ outcomes counted in US and Irish words
@pytest.mark.parametrize("text, expected", [
    ("Annual report\n\nAs a result of the watchdog's investigations, 14 police officers faced prosecution in 2022.",
     {"14": "charged"}),
    ("Annual report\n\nIn 2022, 20 officers were fired, 140 were admonished, 95 were suspended and 88 faced no penalty.",
     {"20": "dismissed", "140": "other", "95": "suspended", "88": "other"}),
    ("Annual report\n\nIn 2022, 31 officers were reprimanded and 200 were subject to discipline.",
     {"31": "other", "200": "other"}),
    ("Two corrections officers were sentenced to prison on Tuesday for beating an inmate.", {"Two": "jailed"}),
    ("Annual report\n\nIn a second case in 2022, two gardaí received an adult caution for assault.", {"two": "other"}),
])
def test_outcomes_counted_in_us_and_irish_words(text, expected):
    found = by_text(text)
    assert {t: found[t].outcome for t in expected} == expected
