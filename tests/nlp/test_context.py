"""Where a figure's fields come from when its own words do not say them (nlp/context.py).

Each article here runs through the whole pipeline (ingest's layout rules, then every
component), so a figure's context is read from real blocks.
"""

from datetime import date

import pytest

from extractor.errors import RuleError
from extractor.nlp import context as context_module
from figures_found import by_text as figures


def test_a_heading_gives_the_conduct_its_figures_do_not_name():
    found = figures("Corruption inquiries\n\nThe force placed 14 officers under investigation last year.")
    assert found["14"].category == "corruption"


def test_a_list_takes_the_conduct_of_its_lead_in():
    found = figures("Of the officers investigated for drug misuse in 2022:\n\n- 4 were dismissed\n- 3 resigned")
    assert (found["4"].category, found["4"].outcome) == ("drugs", "dismissed")
    assert found["3"].category == "drugs"


def test_a_new_heading_stops_the_conduct_carried_from_the_figure_before():
    text = ("Force data show 12 officers were investigated for theft in 2022.\n\n"
            "Welfare\n\nA further 9 officers were signed off sick in 2022.")
    assert figures(text)["12"].category == "theft"
    assert figures(text)["9"].category == "all"


@pytest.mark.parametrize("opener", ["Separately,", "Meanwhile,"])
def test_a_reset_opener_stops_the_conduct_carried_from_the_figure_before(opener):
    text = f"Twelve officers were investigated for theft in 2022. {opener} 9 officers were suspended in 2022."
    assert figures(text)["9"].category == "all"


def test_without_a_reset_the_figure_before_lends_its_conduct():
    text = "Twelve officers were investigated for theft in 2022. Of those, 9 officers were suspended."
    assert figures(text)["9"].category == "theft"


def test_an_acronym_names_the_conduct_it_was_defined_for():
    text = ("The watchdog looks into abuse of position for a sexual purpose (APSP) by officers.\n\n"
            "In 2022, disciplinary action followed against 31 officers after an APSP inquiry.")
    assert figures(text)["31"].category == "apsp"


def test_a_title_that_states_figures_frames_the_conduct_of_the_article():
    text = ("Dozens of officers investigated over drug offences\n\nBy Jo Reporter\n\n"
            "The force said 14 officers were dismissed in 2022.")
    assert figures(text)["14"].category == "drugs"


def test_a_title_about_one_case_does_not_frame_the_figures_below_it():
    text = ("Constable sacked over drug offences at hearing\n\nBy Jo Reporter\n\n"
            "The force said 14 officers were dismissed in 2022.")
    assert figures(text)["14"].category == "all"


def test_a_date_across_a_contrast_belongs_to_the_other_clause():
    text = "Eight officers were charged in 2015, but the trial collapsed in 2017."
    f = figures(text)["Eight"]
    assert (f.period_from, f.period_to) == (date(2015, 1, 1), date(2015, 12, 31))


def test_a_date_that_dates_an_event_is_not_the_running_period():
    text = ("The trial of the officers collapsed in 2017.\n\n"
            "Four officers later faced misconduct hearings, the force said.")
    f = figures(text)["Four"]
    assert (f.period_from, f.period_to) == (None, None)


def test_a_period_still_runs_on_to_the_figures_after_it():
    text = ("In the two years to March 2022, the force recorded 40 complaints.\n\n"
            "Eleven officers were dismissed, the force said.")
    f = figures(text)["Eleven"]
    assert (f.period_from, f.period_to) == (date(2020, 4, 1), date(2022, 3, 31))


def test_a_misspelt_key_in_context_json_is_an_error(monkeypatch):
    monkeypatch.setattr(context_module, "load_json", lambda name: {"reset_opener": []})
    context_module.context_cues.cache_clear()
    try:
        with pytest.raises(RuleError, match="context.json.*reset_opener"):
            context_module.context_cues()
    finally:
        context_module.context_cues.cache_clear()


def test_a_date_in_the_clause_of_a_later_figure_dates_that_figure():
    text = ("Between 2019 and 2022, the force suspended 50 officers, 20 of them in the last year.")
    found = figures(text)
    assert (found["50"].period_from, found["50"].period_to) == (date(2019, 1, 1), date(2022, 12, 31))


def test_the_same_period_is_the_period_the_article_runs_on_not_a_part_of_it():
    text = ("In the three years to March 2022, 60 officers were investigated for corruption, "
            "25 of them in 2021. Over the same period, the force dismissed 14 officers.")
    f = figures(text)["14"]
    assert (f.period_from, f.period_to) == (date(2019, 4, 1), date(2022, 3, 31))


@pytest.mark.parametrize("text, part, base", [
    # the nearest figure that can hold the part, across the sentence boundary
    ("The panel heard cases against 48 officers, 30 of them in 2022. In 41 of these cases misconduct was proven.",
     "41", 48),
    ("Forces recorded 2,100 complaints in 2022. Of that total, 1,640 were resolved informally.", "1,640", 2100),
    # a share and the count bracketed with it take one base
    ("Hearings were held for 60 officers, and 55 per cent (33) of them were dismissed.", "55 per cent", 60),
    ("Hearings were held for 60 officers, and 55 per cent (33) of them were dismissed.", "33", 60),
    # a part of a part's base: "them" are the 12 found to have a case to answer, not the 20
    ("A case to answer was found against 12 of the 20 officers. Seven of them were dismissed.", "Seven", 12),
    # not the figure it was compared with
    ("The force logged 900 complaints, up from 850 the year before. Of those, 300 were upheld.", "300", 900),
    # coordinated parts share the base
    ("The force closed 500 complaints, 320 of them formally and 180 informally.", "180", 500),
])
def test_a_pointer_makes_a_figure_part_of_the_one_it_points_back_to(text, part, base):
    assert figures(text)[part].out_of == base


@pytest.mark.parametrize("text, figure, outcome", [
    # an opening phrase leads into the main clause that states the outcome
    ("The tribunal heard 40 cases in 2022. In 28 of these cases, the officer was dismissed.", "28", "dismissed"),
    # a bracketed figure is an aside: the clause goes on past it
    ("Over the year just 14 (3.1%) were sacked.", "14", "dismissed"),
    ("Over the year just 14 (3.1%) were sacked.", "3.1%", "dismissed"),
    # a breakdown after a dash takes the outcome of the clause it breaks down
    ("Nine people were arrested in 2019 – three serving officers, two former officers and four civilians.",
     "three", "arrested"),
    ("Nine people were arrested in 2019 – three serving officers, two former officers and four civilians.",
     "two", "arrested"),
])
def test_a_clause_without_an_outcome_takes_the_one_it_leads_into_or_breaks_down(text, figure, outcome):
    assert figures(text)[figure].outcome == outcome


@pytest.mark.parametrize("text, figure, counted", [
    ("The force finalised 2,400 complaints in 2022. 1,500 of them were handled informally and 900 formally.",
     "900", "complaint"),
    ("The watchdog received 70 referrals in 2022, and 40 required an investigation (25 independent and 15 directed).",
     "25", "investigation"),
])
def test_a_figure_without_a_noun_counts_what_it_is_part_of(text, figure, counted):
    assert figures(text)[figure].counted == counted


def test_a_national_figure_is_not_the_figure_of_the_force_the_article_names():
    text = ("Northshire Police dismissed a constable on Monday, the force said.\n\n"
            "Across England and Wales, 410 officers were dismissed in 2022.")
    assert figures(text)["410"].org is None


def test_a_national_figure_keeps_the_national_body_whose_data_it_is():
    text = ("Home Office figures show that across England and Wales, 410 officers were dismissed in 2022.\n\n"
            "Northshire Police said it had dismissed a constable on Monday.")
    assert figures(text)["410"].org == "Home Office"


def test_a_conduct_given_as_an_example_is_not_the_figures_kind():
    text = "The force said 85 officers were convicted in 2022 of offences that included violence and theft."
    assert figures(text)["85"].category == "all"
    assert figures("The force said 85 officers were convicted of theft in 2022.")["85"].category == "theft"


def test_figures_in_related_links_are_not_the_articles():
    text = ("The force dismissed 12 officers for corruption in 2022.\n\nRelated stories\n"
            "Council suspends 40 staff over expenses\n- 300 jobs to go at port\n\n"
            "The force said it would publish its 2023 figures in the spring, when the review of each case ends.")
    assert list(figures(text)) == ["12"]


def test_a_footnote_marker_is_not_a_figure():
    text = "The force dismissed 12 officers for corruption in 2022 [2]."
    assert list(figures(text)) == ["12"]


def test_a_month_in_a_sentence_without_figures_dates_an_event_not_the_figures_after_it():
    text = ("The force's annual report for 2022/23 is out.\n\n"
            "In June 2021 its vetting rules were tightened.\n\n"
            "It recorded 310 complaints against officers.")
    f = figures(text)["310"]
    assert (f.period_from, f.period_to) == (date(2022, 4, 1), date(2023, 3, 31))


@pytest.mark.parametrize("text, share", [
    ("The force logged 5,200 complaints in 2022, a 6% increase on 2021.", "6%"),
    ("In 2022, 140 officers were dismissed – up 20% on the year before.", "20%"),
    ("The force dismissed 140 officers in 2022, 15 per cent more than in 2020.", "15 per cent"),
])
def test_a_percentage_change_measures_what_the_figure_it_changes_counts(text, share):
    found = figures(text)
    first = next(iter(found.values()))
    assert (found[share].counted, found[share].outcome) == (first.counted, first.outcome)
    assert found[share].counted is not None


def test_a_date_a_figure_is_compared_with_is_not_its_period():
    text = ("The force's annual report for 2022/23 is out.\n\n"
            "It recorded 310 complaints, 4% fewer than last year.")
    f = figures(text, published=date(2023, 7, 1))["310"]
    assert (f.period_from, f.period_to) == (date(2022, 4, 1), date(2023, 3, 31))


def test_this_year_in_a_report_on_a_financial_year_means_that_year():
    text = ("Complaints against the force in 2022/23\n\nBy Jo Reporter\n\n"
            "The force said 1,200 complaints were finalised this year.")
    f = figures(text, published=date(2023, 7, 1))["1,200"]
    assert (f.period_from, f.period_to) == (date(2022, 4, 1), date(2023, 3, 31))


def test_a_new_heading_stops_the_organisation_carried_from_the_figure_before():
    text = ("Figures supplied by Northshire Police.\n\nReferrals\n\n"
            "Of the 80 referrals made in 2022, the IOPC investigated nine.\n\n"
            "Hearings\n\nIn 2022, 21 officers faced misconduct hearings.")
    found = figures(text)
    assert found["nine"].org == "IOPC"
    assert found["21"].org == "Northshire Police"


def test_a_relative_year_inside_the_report_year_does_not_replace_it_as_the_running_period():
    text = ("Between April 2021 and March 2022 the force dismissed 30 officers.\n\n"
            "Of the 12 convictions that followed last year, most were for theft.\n\n"
            "During the year 9 officers resigned.")
    f = figures(text, published=date(2022, 11, 1))["9"]
    assert (f.period_from, f.period_to) == (date(2021, 4, 1), date(2022, 3, 31))


def test_a_sentence_opening_on_the_year_before_is_the_year_before_the_running_period():
    text = ("In the year to March 2023, 90 officers were dismissed. "
            "The year before, the equivalent figure was 70.")
    f = figures(text, published=date(2023, 6, 1))["70"]
    assert (f.period_from, f.period_to) == (date(2021, 4, 1), date(2022, 3, 31))


def test_the_equivalent_figures_take_the_fields_of_the_figures_they_match():
    text = ("In 2022, 40 officers were dismissed and 12 resigned. "
            "In 2021 the equivalent figures were 35 and 9.")
    found = figures(text)
    assert (found["35"].outcome, found["9"].outcome) == ("dismissed", "resigned")


def test_a_short_answer_takes_its_outcome_and_noun_from_its_heading_or_lead_in():
    found = figures("Misconduct meetings held by the force, 2021 to 2022\n\nOutcome: final written warning\n\n"
                    "- 2021: 14\n- 2022: 9")
    assert [(f.value, f.outcome) for f in found.values()] == [(14, "final_written_warning"), (9, "final_written_warning")]
    found = figures("In 2022 the force investigated 60 officers. Of those officers:\n\n- 30 were dismissed\n- 12 resigned")
    assert (found["30"].counted, found["30"].outcome, found["12"].counted) == ("officer", "dismissed", "officer")


def test_a_paragraph_of_prose_under_a_heading_keeps_its_own_outcome():
    text = "Dismissals\n\nThe force received 400 complaints from the public in 2022, most about rudeness."
    assert figures(text)["400"].outcome is None


def test_a_count_this_year_runs_to_the_publication_date():
    found = figures("The force has suspended 21 officers this year.", published=date(2023, 6, 1))
    assert (found["21"].period_from, found["21"].period_to) == (date(2023, 1, 1), date(2023, 6, 1))


def test_a_named_year_is_not_cut_at_the_publication_date():
    found = figures("The force suspended 21 officers in 2023.", published=date(2023, 6, 1))
    assert (found["21"].period_from, found["21"].period_to) == (date(2023, 1, 1), date(2023, 12, 31))


def test_last_year_is_whole():
    found = figures("The force suspended 21 officers last year.", published=date(2023, 6, 1))
    assert (found["21"].period_from, found["21"].period_to) == (date(2022, 1, 1), date(2022, 12, 31))


def test_a_part_pointed_at_counts_the_outcome_of_its_base():
    found = figures("In total 320 officers were barred from policing last year, 14 of them in Dorset.")
    assert found["14"].outcome == "barred"


def test_a_part_that_counts_another_thing_does_not_take_the_outcome():
    found = figures("In total 40 officers resigned while under investigation. "
                    "Hearings were held in 31 of those cases.")
    assert found["31"].outcome is None


def test_a_part_with_its_own_outcome_keeps_it():
    found = figures("In total 40 officers were investigated. Of those, 12 were dismissed.")
    assert found["12"].outcome == "dismissed"
