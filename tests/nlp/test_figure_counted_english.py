"""What a figure counts and of which kind, as English states it: numbers listed before one
noun, a change in the number of something, a figure whose noun its sentence named before
it, shares of complaints by kind. Sentences written for these tests."""

from figures_found import by_text as figures


def test_numbers_listed_before_one_noun_all_count_it():
    found = figures("In 2022 the commission upheld 41%, 27% and 9% of allegations in the three regions.")
    assert [found[t].counted for t in ("41%", "27%", "9%")] == ["allegation"] * 3
    found = figures("The three forces dismissed 12, 15 and 20 officers in 2021.")
    assert [found[t].counted for t in ("12", "15", "20")] == ["officer"] * 3


def test_a_number_before_a_comma_without_a_list_keeps_its_own_noun():
    found = figures("Of the 80 complaints, 12 officers were disciplined in 2021.")
    assert found["80"].counted == "complaint"


def test_a_change_in_the_number_of_something_counts_it():
    found = figures("There was a 23% increase in the number of complaints made against officers in 2022.")
    assert found["23%"].counted == "complaint"
    found = figures("The watchdog recorded a 6% fall in referrals from forces in 2021.")
    assert found["6%"].counted == "referral"


def test_a_figure_without_a_noun_counts_the_noun_its_sentence_named_before_it():
    found = figures("Although allegations rose in 2022, a total of 310 were closed without action.")
    assert found["310"].counted == "allegation"


def test_shares_of_complaints_by_kind_are_of_one_kind():
    found = figures("Complaints in 2022\n\nIncivility and neglect of duty were the most common grounds. "
                    "They accounted for 31% and 24% of complaints respectively.")
    assert [found[t].category for t in ("31%", "24%")] == ["other", "other"]


def test_a_share_of_complaints_upheld_is_of_every_kind():
    found = figures("In 2022, 14% of complaints were upheld after an investigation.")
    assert found["14%"].category == "all"


def test_both_ends_of_a_range_count_the_noun_after_it():
    found = figures("Complaints rose in 2022 as the team grew from 14 to 19 staff.")
    assert found["14"].counted == found["19"].counted


def test_a_share_of_one_kind_out_of_all_complaints_is_that_kind():
    found = figures("Complaints in 2022\n\nRudeness was the most common ground, accounting for almost half of all complaints.")
    assert found["almost half"].category == "other"


def test_a_share_of_one_kind_is_no_kind_for_the_figures_after_it():
    found = figures("Complaints in 2022\n\nIncivility accounted for 30% of all complaints. "
                    "The Met dismissed 51 officers, more than any other force.")
    assert found["51"].category == "all"


def test_a_not_conduct_word_that_modifies_a_conduct_noun_leaves_a_count_of_conduct():
    found = figures("The inspector general reviewed 96 use-of-force cases in 2021.")
    assert found["96"].counted == "case"


def test_a_subject_then_a_list_takes_the_verb_after_the_list():
    found = figures("Five jail officers, eight inmates and four others were charged in the scheme.")
    assert found["Five"].outcome == "charged"
    found = figures("Twenty people, including inmates and officers, were indicted on bribery charges.")
    assert found["Twenty"].outcome == "charged"
    found = figures("Three deputies, two of them sergeants, were fired after the inquiry.")
    assert found["Three"].outcome == "dismissed"


def test_a_subject_with_a_verb_of_its_own_keeps_its_own_clause():
    found = figures("At least 30 officers faced hearings in 2021, and 12 cases were closed with no further action.")
    assert found["At least 30"].outcome != "other"


def test_a_part_listed_with_including_takes_its_wholes_outcome():
    found = figures("A grand jury indicted 16 people, including seven correctional officers.")
    assert found["seven"].outcome == "charged"


def test_a_change_stated_in_the_next_sentence_measures_the_figure_before_it():
    found = figures("The commission received 2,410 referrals in 2022. That is a 12% decrease on the year before.")
    assert found["12%"].counted == "referral"


def test_a_fronted_base_holds_every_part_listed_after_it():
    found = figures("Of the 1,480 complaints received in 2021, 610 were deemed inadmissible and 520 led to an investigation.")
    assert (found["610"].out_of, found["520"].out_of) == (1480, 1480)


def test_a_fronted_base_does_not_hold_a_figure_compared_with_a_part():
    found = figures("Of the 900 allegations made in 2021, 120 were upheld, compared with 98 in 2020.")
    assert (found["120"].out_of, found["98"].out_of) == (900, None)
