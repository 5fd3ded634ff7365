"""rec10g: a figure's outcome, category and base as news prose states them, UK, Irish and
US copy (sentences written for this branch; each run through the whole pipeline as an
article published on 1 June 2023)."""

import pytest

from figures_found import found_figures


def fields(text, key):
    """{figure text: its field} for every figure found."""
    return {f.text: getattr(f, key) for f in found_figures(text)}


# ------------------------------------------------------------ outcome past an aside
# A count opening its sentence, then an aside naming some of it ("including the one who
# ..."), takes the verb after the aside's closing comma.
@pytest.mark.parametrize("text, figure, outcome", [
    ("Misconduct hearings report. The authority held 12 gross misconduct hearings in the quarter. "
     "Three officers, including the one accused of assaulting a prisoner, were fired.", "Three", "dismissed"),
    ("Deputies disciplined. The board decertified 40 officers in 2022. Six deputies, among them a "
     "sergeant who led the raid, were dismissed.", "Six", "dismissed"),
    ("Garda discipline. The Garda Ombudsman closed 90 cases last year. Five gardaí, including a "
     "sergeant who had served in Limerick for 20 years, were suspended.", "Five", "suspended"),
])
def test_outcome_after_an_aside(text, figure, outcome):
    assert fields(text, "outcome")[figure] == outcome


def test_an_aside_then_no_outcome_gives_none():
    text = ("Garda discipline. The Garda Ombudsman closed 90 cases last year. Four gardaí, including the "
            "sergeant who had been accused of assault, were interviewed.")
    assert fields(text, "outcome")["Four"] is None


# ------------------------------------------------------------ warnings and custody
@pytest.mark.parametrize("text, figure, outcome", [
    ("Police misconduct. Of the constables disciplined in 2021, two received official warnings.", "two", "written_warning"),
    ("Police misconduct. Of the 30 officers investigated, six were given official warnings.", "six", "written_warning"),
    ("Police misconduct. Prosecutors said 14 of the 18 charged deputies were taken into custody on Monday.",
     "14", "arrested"),
    ("Police misconduct. Nine of the 11 indicted gardaí were taken into custody in Cork.", "Nine", "arrested"),
])
def test_warnings_and_custody(text, figure, outcome):
    assert fields(text, "outcome")[figure] == outcome


def test_the_participle_of_the_set_is_the_sets_outcome():
    """'14 of the 18 charged deputies were taken into custody': 'charged' is what the 18 were."""
    got = fields("Police misconduct. Prosecutors said 14 of the 18 charged deputies were taken into custody.", "outcome")
    assert got == {"14": "arrested", "18": "charged"}


def test_custody_with_a_stronger_outcome_keeps_the_stronger():
    got = fields("Police misconduct. Five officers were taken into custody and charged with assault.", "outcome")
    assert got["Five"] == "charged"


# ------------------------------------------------------------ a fronted base
# "Of the 12 investigations ..., only one was sustained": what happened is the part's.
@pytest.mark.parametrize("text, base", [
    ("Police misconduct. Of the 12 investigations into excessive force, only one was sustained.", "12"),
    ("Police misconduct. Of 25 officers investigated by the Garda Ombudsman, two were dismissed.", "25"),
    ("Police misconduct. Among the 40 allegations of racial abuse made against Met officers, three were "
     "proven.", "40"),
])
def test_a_fronted_base_has_no_outcome(text, base):
    assert fields(text, "outcome")[base] is None


def test_a_fronted_part_still_takes_the_main_clause():
    assert fields("Police misconduct. In 63 of these cases, misconduct was found proven.", "outcome")["63"] == "misconduct_proven"


# ------------------------------------------------------------ kinds named as some of the reasons
@pytest.mark.parametrize("text, figure", [
    ("Garda discipline figures. Inappropriate social media use, theft, domestic violence and drink "
     "driving are some of the reasons why 45 gardaí were suspended from duty last year.", "45"),
    ("Met suspensions. Assault, theft and drink driving were among the reasons 31 officers were "
     "suspended by the Met in 2022.", "31"),
    ("Deputies fired. Dishonesty and excessive force were among the main reasons that 18 deputies "
     "were fired by the sheriff's office in 2021.", "18"),
])
def test_kinds_that_are_some_of_the_reasons_make_a_count_of_all(text, figure):
    assert fields(text, "category")[figure] == "all"


def test_the_one_reason_is_the_kind():
    got = fields("Police discipline. Theft was the reason 12 officers were suspended in 2021.", "category")
    assert got["12"] == "theft"


def test_the_whole_forces_count_carries_all_to_the_next():
    text = ("Garda discipline figures. Theft, assault and drink driving are some of the reasons why 45 gardaí "
            "were suspended from duty last year. Three members were dismissed.")
    assert fields(text, "category") == {"45": "all", "Three": "all"}


# ------------------------------------------------------------ a record's span is not the period
# "In 2016, the department closed 276 cases, the most in the past 10 years": the appositive
# ranks the count against a span; the count's own period is the fronted year.
def periods(text):
    return {f.text: (str(f.period_from), str(f.period_to)) for f in found_figures(text)}


@pytest.mark.parametrize("text, figure, period", [
    ("Internal affairs. In 2016, the department closed 276 cases, the most in the past 10 years.",
     "276", ("2016-01-01", "2016-12-31")),
    ("Garda complaints. In 2019, the Garda Ombudsman received 2,011 complaints, the highest in the last five years.",
     "2,011", ("2019-01-01", "2019-12-31")),
    ("Misconduct. Last year the board revoked 31 certifications, a record for any year since 2015.",
     "31", ("2022-01-01", "2022-12-31")),
    ("Misconduct. The Met dismissed 52 officers in 2022/23, the largest number in a decade.",
     "52", ("2022-04-01", "2023-03-31")),
])
def test_a_records_span_does_not_date_the_count(text, figure, period):
    assert periods(text)[figure] == period


def test_a_span_without_a_superlative_still_dates_the_count():
    """'most of them in the past two years' says when the firings were, not a record."""
    got = periods("Misconduct. The sheriff's office fired 14 deputies, most of them in the past two years.")
    assert got["14"] == ("2021-06-02", "2023-06-01")


# ------------------------------------------------------------ counts compared in the same order
# "301 officers were suspended and 69 were terminated, compared to 278 and 62 in 2021": each
# count compared stands for the count in the same place before it ('respectively' unsaid).
def outcomes(text):
    return {f.text: f.outcome for f in found_figures(text)}


@pytest.mark.parametrize("text, expected", [
    ("Discipline report. In 2022, 301 officers were suspended and 69 were terminated, compared to 278 and 62 in 2021.",
     {"278": "suspended", "62": "dismissed"}),
    ("Garda discipline. Last year 40 gardaí were suspended, 12 resigned and 9 were dismissed, up from 31, 10 and "
     "4 the year before.", {"31": "suspended", "10": "resigned", "4": "dismissed"}),
    ("Met discipline. The Met sacked 52 officers and suspended 140 in 2023, against 44 and 120 in 2022.",
     {"44": "dismissed", "120": "suspended"}),
])
def test_counts_compared_in_the_same_order(text, expected):
    got = outcomes(text)
    assert {k: got[k] for k in expected} == expected


def test_more_compared_than_before_keeps_the_one_count_compared():
    """Two counts compared with one: no order to follow; each is the measure compared with."""
    got = outcomes("Discipline report. In 2022, 301 officers were suspended, compared to 278 and 62 in 2021.")
    assert got["278"] == "suspended"


# ------------------------------------------------------------ dismissals count the people dismissed
@pytest.mark.parametrize("text, figure", [
    ("Garda figures. There were 9 gardaí dismissed in 2021, compared to four dismissals in 2020 and two in 2019.", "four"),
    ("Met misconduct. The Met recorded 31 dismissals in 2022/23 after gross misconduct hearings.", "31"),
    ("Sheriff's office. The sheriff's office made 12 dismissals last year, most for use of force.", "12"),
])
def test_dismissals_count_officers(text, figure):
    got = found_figures(text)
    assert {f.text: (f.counted, f.outcome) for f in got}[figure] == ("officer", "dismissed")


def test_a_count_after_dismissals_carries_them():
    got = {f.text: (f.counted, f.outcome, str(f.period_from)) for f in found_figures(
        "Garda figures. There were 9 gardaí dismissed in 2021, compared to four dismissals in 2020 and two in 2019.")}
    assert got["two"] == ("officer", "dismissed", "2019-01-01")


# ------------------------------------------------------------ disciplines are sanctions, not officers
@pytest.mark.parametrize("text, figure", [
    ("Discipline report. There were 940 total major disciplines reported to the state attorney general in 2022.", "940"),
    ("Discipline report. The sheriff's office imposed 88 disciplinary actions on deputies in 2021.", "88"),
    ("Met discipline. The Met took 212 disciplinary sanctions against officers last year.", "212"),
])
def test_disciplines_count_sanctions(text, figure):
    assert fields(text, "counted")[figure] == "other"


def test_a_count_after_disciplines_restates_them():
    text = ("Discipline report. There were 940 total major disciplines reported in 2022. The Department of "
            "Corrections led, with 150 issued over the period.")
    assert fields(text, "counted")["150"] == "other"


# ------------------------------------------------------------ 'one' as a part or an item of a series
@pytest.mark.parametrize("text", [
    "Internal affairs. Of the 12 investigations into excessive force, only one was sustained.",
    "Complaints. Of the 40 complaints about racial abuse made against Met officers, one was upheld.",
    "Garda figures. There were 9 gardaí dismissed in 2021, compared to four dismissals in 2020, one in 2019 and three in 2018.",
    "Deputies fired. The county fired six deputies in 2022, two in 2021, one in 2020 and none before.",
])
def test_one_as_a_count(text):
    assert "one" in fields(text, "value")


@pytest.mark.parametrize("text", [
    "Complaints. Of course, one officer was later cleared.",
    "Complaints. One of the officers said the complaint had no merit, and one in particular was angry.",
    "Complaints. The review found one in four officers had never been trained.",
])
def test_one_as_an_idiom_is_not_a_count(text):
    assert "one" not in {k.lower() for k in fields(text, "value")}


# ------------------------------------------------------------ a change measured year on year
@pytest.mark.parametrize("text, figure, expected", [
    ("Misconduct. The board decertified 64 officers in 2022. That is up 12 per cent year on year.",
     "12 per cent", ("officer", "barred")),
    ("Misconduct. Some 426 officers were dismissed in the 12 months to March 2025. This is up 17 per cent year-on-year.",
     "17 per cent", ("officer", "dismissed")),
    ("Garda discipline. Gardaí suspended 45 members in 2022. That was down 8% year on year.",
     "8%", ("officer", "suspended")),
])
def test_a_change_year_on_year_restates_the_count(text, figure, expected):
    got = {f.text: (f.counted, f.outcome) for f in found_figures(text)}
    assert got[figure] == expected


def test_a_percentage_of_years_is_still_not_a_figure():
    """'12 per cent year' only reads as a change when 'on year' follows."""
    assert found_figures("Misconduct. Pay for officers rose 12 per cent a year over the decade.") == []
