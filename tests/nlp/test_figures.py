"""The figures component on sentences written for these tests.

Dates are given by hand here (doc._.dates) so that these tests exercise only
how figures pick their fields; the date component has its own tests.
"""

from datetime import date

import pytest
import spacy

import extractor.nlp.figures  # noqa: F401  (registers the factory)
import extractor.nlp.sentences  # noqa: F401
from extractor.records import DateMention


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("extractor_sentences")
    nlp.add_pipe("extractor_figures")
    return nlp


def figures(nlp, text, dates=()):
    doc = nlp.make_doc(text)
    mentions = []
    for phrase, start, end in dates:
        i = text.index(phrase)
        mentions.append(DateMention(span=(i, i + len(phrase)), text=phrase, date_from=start, date_to=end))
    doc._.dates = mentions
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc._.figures


def only(nlp, text, dates=()):
    found = figures(nlp, text, dates)
    assert len(found) == 1, [f.text for f in found]
    return found[0]


@pytest.mark.parametrize("text, figure, value, qualifier", [
    ("The watchdog received more than 250 referrals.", "more than 250", 250, "more_than"),
    ("Nearly 40 complaints were upheld by the force.", "Nearly 40", 40, "about"),
    ("At least 12 officers were investigated for corruption.", "At least 12", 12, "at_least"),
    ("Up to 30 officers may have been involved in the thefts.", "Up to 30", 30, "at_most"),
    ("Fewer than ten allegations were recorded by the force.", "Fewer than ten", 10, "fewer_than"),
    ("Around 1,200 complaints were made against the force.", "Around 1,200", 1200, "about"),
    ("Twenty-three officers were investigated.", "Twenty-three", 23, "exact"),
    ("In excess of 600 allegations of corruption were logged.", "In excess of 600", 600, "more_than"),
])
def test_values_and_qualifiers(nlp, text, figure, value, qualifier):
    f = only(nlp, text)
    assert (f.text, f.value, f.qualifier) == (figure, value, qualifier)
    assert text[f.span[0]:f.span[1]] == f.text


@pytest.mark.parametrize("text, figure, value", [
    ("Some 64 per cent of complaints were resolved informally.", "Some 64 per cent", 64),
    ("The force said 18% of allegations related to corruption.", "18%", 18),
    ("Almost 9 percent of officers were investigated.", "Almost 9 percent", 9),
])
def test_percentages(nlp, text, figure, value):
    f = only(nlp, text)
    assert (f.text, f.value, f.unit) == (figure, value, "percent")


def test_vague_quantities_have_no_value(nlp):
    f = only(nlp, "Dozens of officers have been accused of stealing from suspects.")
    assert (f.text, f.value, f.qualifier, f.counted, f.category) == ("Dozens", None, "vague", "officer", "theft")


@pytest.mark.parametrize("text", [
    "The officer, aged 34, was suspended over drugs allegations.",
    "A 52-year-old officer faced allegations of corruption.",
    "He stole £2,400 from a suspect during the corruption inquiry.",
    "The constable was jailed for 10 months for misconduct.",
    "All 43 forces were asked to review their corruption cases.",
    "Anyone with information about corruption should call 101.",
    "The allegations were made under section 36 of the Act.",
    "He admitted misconduct in 2019 after the complaint.",
    "The hearing lasted three days before the panel found misconduct.",
    "He breached the Computer Misuse Act 1990 when he searched the records.",
])
def test_numbers_that_are_not_figures(nlp, text):
    assert figures(nlp, text) == []


def test_counted_comes_from_the_head_noun(nlp):
    found = figures(nlp, "The force recorded 31 complaints, 12 investigations and 7 referrals to the watchdog.")
    assert [(f.value, f.counted) for f in found] == [(31, "complaint"), (12, "investigation"), (7, "referral")]


def test_counted_comes_from_the_noun_before_a_bracketed_count(nlp):
    found = figures(nlp, "Those dismissed were mostly constables (211), then sergeants (19).")
    assert [(f.value, f.counted) for f in found] == [(211, "officer"), (19, "officer")]


def test_an_elliptical_figure_carries_what_the_figure_before_counted(nlp):
    found = figures(nlp, "Forces referred 80 cases of corruption to the IOPC in the first year. "
                         "That rose to 95 in the second year.")
    assert [(f.value, f.counted, f.category, f.org) for f in found] == [
        (80, "case", "corruption", "IOPC"), (95, "case", "corruption", "IOPC")]


def test_out_of_from_its_three_spellings(nlp):
    a = figures(nlp, "Of the 60 allegations of theft, 14 were upheld.")
    assert [(f.value, f.out_of) for f in a] == [(60, None), (14, 60)]
    b = figures(nlp, "In all, 9 of the 25 officers investigated for fraud were dismissed.")
    assert [(f.value, f.out_of) for f in b] == [(9, 25), (25, None)]
    c = figures(nlp, "Complaints about corruption made up 70 out of 320 complaints.")
    assert [(f.value, f.out_of) for f in c] == [(70, 320), (320, None)]


def test_category_is_the_nearest_conduct_in_the_sentence(nlp):
    found = figures(nlp, "There were 45 referrals for sexual misconduct out of 300 referrals overall.")
    assert [(f.value, f.category) for f in found] == [(45, "apsp"), (300, "all")]


def test_outcome_counted_by_a_figure(nlp):
    found = figures(nlp, "Eleven officers were sacked for drug use and four resigned before their hearings.")
    assert [(f.value, f.outcome, f.category) for f in found] == [(11, "dismissed", "drugs"), (4, "resigned", "drugs")]


def test_outcome_nouns_count_outcomes(nlp):
    f = only(nlp, "The corruption investigations led to five convictions.")
    assert (f.value, f.outcome) == (5, "convicted")


def test_predecessor_body_is_reported_as_its_successor(nlp):
    f = only(nlp, "The Independent Police Complaints Commission (IPCC) received 52 referrals about corruption.")
    assert f.org == "IOPC"


def test_an_unknown_acronym_is_learnt_from_its_expansion(nlp):
    found = figures(nlp, "The Police Standards Authority (PSA) logged 19 complaints of theft. "
                         "The PSA later logged 4 more complaints of theft.")
    assert [f.org for f in found] == ["PSA", "PSA"]


def test_period_from_a_date_in_the_same_clause(nlp):
    fy = ("in 2020/21", date(2020, 4, 1), date(2021, 3, 31))
    f = only(nlp, "The IOPC received 212 referrals about corruption in 2020/21.", [fy])
    assert (f.period_from, f.period_to) == (date(2020, 4, 1), date(2021, 3, 31))


def test_period_carries_on_to_figures_after_it(nlp):
    text = ("Between April 2021 and March 2022 the force dismissed officers for misconduct. "
            "It recorded 40 allegations of theft. A further 12 allegations concerned fraud.")
    found = figures(nlp, text, [("Between April 2021 and March 2022", date(2021, 4, 1), date(2022, 3, 31))])
    assert [(f.value, f.period_from) for f in found] == [(40, date(2021, 4, 1)), (12, date(2021, 4, 1))]


def test_a_series_ending_up_to_a_day_starts_after_the_period_before(nlp):
    text = "The force made 50 referrals about corruption in 2017/18 and 61 referrals up to 31 March 2019."
    found = figures(nlp, text, [("2017/18", date(2017, 4, 1), date(2018, 3, 31)),
                                ("31 March 2019", date(2019, 3, 31), date(2019, 3, 31))])
    assert [(f.value, f.period_from, f.period_to) for f in found] == [
        (50, date(2017, 4, 1), date(2018, 3, 31)), (61, date(2018, 4, 1), date(2019, 3, 31))]


def test_an_unresolved_relative_date_leaves_the_period_unknown(nlp):
    text = "The IOPC received 90 referrals for corruption this year."
    f = only(nlp, text, [("this year", None, None)])
    assert f.period_from is None and f.period_to is None


def test_an_internal_department_is_not_an_organisation(nlp):
    f = only(nlp, "The Westshire Police Professional Standards Department (PSD) logged 19 complaints of theft.")
    assert f.org != "PSD"


def test_a_force_is_named_as_the_article_writes_it(nlp):
    f = only(nlp, "Suffolk Constabulary said 16 officers had been investigated for theft.")
    assert f.org == "Suffolk Constabulary"


def test_a_sentence_naming_nobody_takes_the_organisation_the_article_names_most(nlp):
    found = figures(nlp, "The Home Office published its figures on Monday. Fraud led to 31 dismissals. "
                         "The Home Office said the data covered every force.")
    assert [f.org for f in found] == ["Home Office"]


def test_a_body_publishing_its_own_figures_owns_them(nlp):
    doc = nlp.make_doc("Complaints received | 4 | 7 | 2\nThe force referred none of them to the IOPC.")
    doc._.dates = []
    doc._.site_name = "Avon and Somerset Constabulary"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [f.org for f in doc._.figures] == ["Avon and Somerset Constabulary"] * 3


@pytest.mark.parametrize("text", [
    "The request (reference: 412/22) asked about complaints of theft.",
    "See the 412-22 summary of the corruption complaints (PDF, 180KB).",
])
def test_reference_codes_and_file_sizes_are_not_figures(nlp, text):
    assert figures(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The force has more than one inquiry into corruption under way.",
    "The chief constable promised zero tolerance of corruption.",
    "A third officer was demoted after the corruption inquiry.",
    "Every force was asked for its corruption data and all 43 replied.",
    "The minister answered questions 61234, 61235 and 61236 on police corruption.",
    "The hearing into the theft started at 10:30 and ended at 4.15pm.",
    "There are 2,900 full-time equivalent officers in the force, which investigated theft.",
])
def test_idioms_identifiers_times_and_workforce_are_not_figures(nlp, text):
    assert figures(nlp, text) == []


def test_a_figure_compared_with_the_year_before_is_still_a_figure(nlp):
    found = figures(nlp, "The force sacked 41 officers for theft, up from 33 the year before.")
    assert [(f.value, f.counted) for f in found] == [(41, "officer"), (33, "officer")]


def test_decimal_percentages_are_not_times(nlp):
    f = only(nlp, "Dismissals for corruption amount to 0.4 per cent of officers.")
    assert (f.value, f.unit) == (0.4, "percent")


def test_counts_bracketed_after_place_names_carry_what_the_list_counts(nlp):
    found = figures(nlp, "Nine officers were sacked for theft in Kent, ahead of Essex (four) and Surrey (two).")
    assert [(f.value, f.counted) for f in found] == [(9, "officer"), (4, "officer"), (2, "officer")]


def test_the_number_of_a_noun_names_what_a_later_figure_counts(nlp):
    f = only(nlp, "The number of officers dismissed for theft last year was 58.")
    assert (f.value, f.counted) == (58, "officer")


def test_the_inspectorate_keeps_its_short_name_whatever_the_article_calls_it(nlp):
    f = only(nlp, "His Majesty's Inspectorate of Constabulary said 14 officers were dismissed for theft.")
    assert f.org == "HMICFRS"


def test_a_force_missing_from_the_list_is_still_a_force(nlp):
    f = only(nlp, "In Wessex Police, 23 officers were investigated for theft last year.")
    assert f.org == "Wessex Police"


def test_a_police_federation_is_not_a_force(nlp):
    f = only(nlp, "The Wessex Police Federation said 23 officers were investigated for theft.")
    assert f.org != "Wessex Police"


def test_the_special_constabulary_is_a_rank_not_a_force(nlp):
    f = only(nlp, "Westshire Police said 12 members of the Special Constabulary were dismissed for theft.")
    assert f.org == "Westshire Police"


TABLE = """Table 2: Complaints of theft recorded, by force and financial year
Force | 2020/21 | 2021/22 | Total
Westshire Police | 14 | 19 | 33
"""


def test_a_table_cell_reads_its_caption_row_label_and_column_header(nlp):
    dates = [("2020/21", date(2020, 4, 1), date(2021, 3, 31)), ("2021/22", date(2021, 4, 1), date(2022, 3, 31))]
    found = figures(nlp, TABLE, dates)
    assert [(f.value, f.counted, f.category, f.org, f.period_from, f.period_to) for f in found] == [
        (14, "complaint", "theft", "Westshire Police", date(2020, 4, 1), date(2021, 3, 31)),
        (19, "complaint", "theft", "Westshire Police", date(2021, 4, 1), date(2022, 3, 31)),
        (33, "complaint", "theft", "Westshire Police", date(2020, 4, 1), date(2022, 3, 31)),
    ]


@pytest.mark.parametrize("text", [
    "The panel found gross misconduct (2): the officer was dismissed for theft.",
    "3.2 The force received complaints about theft from the public.",
    "The driver, Tom Baker, 34, of High Street, complained about the theft.",
    "Sergeant 1048 was accused of theft from a suspect.",
    "The hearing into the theft ended on Thursday (12 January).",
    "Corruption complaints are set out in the table. Page 2 of 4",
])
def test_footnotes_section_numbers_ages_collar_numbers_and_days_are_not_figures(nlp, text):
    assert figures(nlp, text) == []


def test_a_bracketed_share_goes_with_the_words_before_it(nlp):
    found = figures(nlp, "Around a quarter (27%) of the complaints concerned theft.")
    assert [(f.text, f.unit) for f in found] == [("27%", "percent")]


def test_hyphenated_number_words_make_one_percentage(nlp):
    f = only(nlp, "Misconduct was proven in seventy-nine per cent of the theft cases.")
    assert (f.value, f.unit) == (79, "percent")


def test_a_series_of_yearly_counts_are_all_figures(nlp):
    found = figures(nlp, "The unit recorded 61 allegations of corruption in 2018/19, rising to 83 in 2019/20 "
                         "and to 112 in 2020/21.")
    assert [f.value for f in found] == [61, 83, 112]


def test_each_item_of_a_list_takes_the_conduct_named_after_it(nlp):
    found = figures(nlp, "Of the rest, 29 complaints related to theft, 18 to fraud and 24 to the supply of drugs.")
    assert [(f.value, f.category) for f in found] == [(29, "theft"), (18, "fraud"), (24, "drugs")]


def test_a_base_does_not_take_the_conduct_of_the_part_after_it(nlp):
    text = ("The unit logged 90 allegations of corruption in all. "
            "Of the 90 allegations, 30 involved abuse of position for a sexual purpose.")
    found = figures(nlp, text)
    # the base restates the count before it, so it is that figure, not a second one (fig10)
    assert [(f.value, f.category) for f in found] == [(90, "corruption"), (30, "apsp")]


def test_n_of_them_is_a_part_of_the_figure_before(nlp):
    found = figures(nlp, "The force has dismissed 14 officers for theft since 2017, four of them last year.")
    assert [(f.value, f.out_of) for f in found] == [(14, None), (4, 14)]


def test_a_figure_a_change_verb_reaches_counts_the_clauses_subject(nlp):
    f = only(nlp, "Complaints about theft rose to 412.")
    assert (f.value, f.counted) == (412, "complaint")


def test_a_body_figures_were_sent_to_is_not_whose_figures_they_are(nlp):
    text = ("The Westshire Police annual report is out. Westshire Police made 80 referrals "
            "about theft to the IOPC, it said. Westshire Police said the figures were accurate.")
    assert [f.org for f in figures(nlp, text)] == ["Westshire Police"]


def test_a_base_stated_with_a_figure_does_not_cut_its_clause(nlp):
    f = figures(nlp, "Just 31 of the 299 allegations of theft ended with an officer being dismissed.")[0]
    assert (f.value, f.out_of, f.outcome) == (31, 299, "dismissed")


def test_of_these_points_back_to_the_figure_before(nlp):
    found = figures(nlp, "The force recorded 232 allegations of theft. Of these, 127 were upheld.")
    assert [(f.value, f.out_of) for f in found] == [(232, None), (127, 232)]


def test_a_bracketed_share_states_the_outcome_of_its_count(nlp):
    found = figures(nlp, "Gross misconduct was proven against 207 of the 266 officers accused of theft (78 per cent).")
    assert [(f.value, f.outcome) for f in found] == [
        (207, "gross_misconduct_proven"), (266, None), (78, "gross_misconduct_proven")]


def test_a_table_the_other_way_round_reads_its_row_dates_and_column_words(nlp):
    text = "Table 3: Westshire Police casework\nYear | Complaint cases | Referrals | Dismissals\n2020/21 | 1,356 | 61 | 9\n"
    found = figures(nlp, text, [("2020/21", date(2020, 4, 1), date(2021, 3, 31))])
    assert [(f.value, f.counted, f.outcome, f.period_from) for f in found] == [
        (1356, "complaint", None, date(2020, 4, 1)), (61, "referral", None, date(2020, 4, 1)),
        (9, "officer", "dismissed", date(2020, 4, 1))]  # a dismissal is an officer dismissed (rec10g)


def test_coordinated_figures_share_the_words_after_the_last(nlp):
    found = figures(nlp, "In 2022/23, 61 officers and 19 members of staff were convicted of theft.",
                    [("2022/23", date(2022, 4, 1), date(2023, 3, 31))])
    assert [(f.value, f.outcome, f.counted) for f in found] == [(61, "convicted", "officer"), (19, "convicted", "officer")]


def test_a_figure_compared_with_another_measures_the_same_outcome(nlp):
    found = figures(nlp, "The force sacked 52 officers for theft, up from 40 the year before.")
    assert [(f.value, f.outcome) for f in found] == [(52, "dismissed"), (40, "dismissed")]


def test_counts_listed_against_places_take_the_outcome_before_the_list(nlp):
    text = ("The Home Office said 120 officers were sacked. "
            "Forces that dismissed the most officers included Kent (19) and Essex (seven).")
    found = figures(nlp, text)
    assert [(f.value, f.outcome, f.org) for f in found] == [
        (120, "dismissed", "Home Office"), (19, "dismissed", "Home Office"), (7, "dismissed", "Home Office")]


def test_a_figure_of_several_kinds_of_conduct_is_about_all_conduct(nlp):
    f = only(nlp, "Forces recorded 5,200 complaints of rudeness, corruption, theft and assault.")
    assert f.category == "all"


def test_sexual_assault_is_a_crime_not_abuse_of_position(nlp):
    f = only(nlp, "The total included 80 complaints of sexual assault.")
    assert f.category == "other"


def test_a_force_federation_is_not_the_force(nlp):
    text = "Kent Police Federation said 40 officers were investigated for theft. Kent Police Federation is worried."
    assert [f.org for f in figures(nlp, text)] != ["Kent"]
    assert figures(nlp, text)[0].org != "Kent Police"


def test_the_body_named_as_the_source_of_data_owns_unattributed_figures(nlp):
    text = ("The Police Federation is unhappy. Home Office statistics were published on Thursday. "
            "They show 318 officers were dismissed for theft. The Police Federation said so again.")
    assert [f.org for f in figures(nlp, text)] == ["Home Office"]


def test_a_sub_period_narrows_only_its_own_clause(nlp):
    text = ("Between April 2018 and March 2021, 66 officers faced proceedings for theft. "
            "Of those, 42 came before a panel in the 12 months to 31 March 2021. "
            "Misconduct was proven in 63 cases.")
    found = figures(nlp, text, [("Between April 2018 and March 2021", date(2018, 4, 1), date(2021, 3, 31)),
                                ("the 12 months to 31 March 2021", date(2020, 4, 1), date(2021, 3, 31))])
    assert [(f.value, f.period_from) for f in found] == [
        (66, date(2018, 4, 1)), (42, date(2020, 4, 1)), (63, date(2018, 4, 1))]


@pytest.mark.parametrize("text", [
    "The officer punched Tom Pike, then 23, during the theft inquiry arrest.",
    "The hearing for PCSO 7745 over the theft has been cancelled.",
    "Council approves plans for 120 new homes. The officer was sacked for theft.",
])
def test_ages_collar_numbers_and_unrelated_counts_are_not_figures(nlp, text):
    assert [f.text for f in figures(nlp, text)] == []


def test_all_n_followed_by_a_verb_is_a_figure(nlp):
    found = figures(nlp, "The force sacked 21 officers for theft. All 21 were placed on the barred list.")
    assert [(f.value, f.outcome) for f in found] == [(21, "dismissed"), (21, "barred")]


def test_a_table_row_naming_only_a_scope_counts_what_the_caption_names(nlp):
    text = "Table 1: Allegations of theft recorded\nForce | 2020/21 | 2021/22\nAll five forces | 69 | 98\n"
    found = figures(nlp, text, [("2020/21", date(2020, 4, 1), date(2021, 3, 31)), ("2021/22", date(2021, 4, 1), date(2022, 3, 31))])
    assert [(f.value, f.counted) for f in found] == [(69, "allegation"), (98, "allegation")]


def test_an_empty_table_cell_is_skipped_not_a_crash(nlp):
    found = figures(nlp, "Table 1: Complaints of theft\nForce | 2020 | 2021 | 2022\nKent Police | 9 |  | 8\n")
    assert [f.value for f in found] == [9, 8]


def test_a_cell_under_an_outcome_heading_is_a_figure(nlp):
    found = figures(nlp, "Year | Resigned or retired | Hearing held\n2019 | 7 | 5\n")
    assert [(f.value, f.outcome) for f in found] == [(7, "resigned"), (5, None)]


def test_the_head_of_a_compound_noun_is_the_last_unless_it_is_a_container(nlp):
    a = only(nlp, "The force logged 88 complaint allegations about theft.")
    b = only(nlp, "The force logged 88 complaint cases about theft.")
    assert (a.counted, b.counted) == ("allegation", "complaint")


def test_figures_joined_by_a_verb_are_not_coordinated(nlp):
    found = figures(nlp, "2 officers attended a misconduct meeting for theft and 1 officer resigned.")
    assert [(f.value, f.outcome) for f in found] == [(2, None), (1, "resigned")]


def test_of_those_applies_to_every_count_in_its_sentence(nlp):
    found = figures(nlp, "16 officers were found guilty of theft. Of those, six were given a final written "
                         "warning and seven received a written warning.")
    assert [(f.value, f.out_of, f.counted) for f in found] == [(16, None, "officer"), (6, 16, "officer"), (7, 16, "officer")]


def test_an_adverb_after_a_figure_leaves_it_elliptical(nlp):
    found = figures(nlp, "Forces finalised 780 complaints about theft, 301 formally and 479 informally.")
    assert [f.counted for f in found] == ["complaint"] * 3


def test_the_reasons_for_dismissals_do_not_count_dismissals(nlp):
    f = only(nlp, "A total of 523 reasons of theft are recorded for the dismissals.")
    assert f.outcome is None


def test_officers_shown_the_door_were_dismissed(nlp):
    f = only(nlp, "The force said 41 officers were shown the door over theft last year.")
    assert f.outcome == "dismissed"
