"""One officer's offence in a headline or lead ("Garda dismissed after drink-driving
conviction", "PC jailed for theft as force reveals ...") is that officer's, not the kind of
the force-wide totals after it; a length of time after "for" ("suspended for longer than five
years") is no reason and names no kind. Headlines and sentences written for these tests."""

import pytest

from figures_found import by_text


@pytest.mark.parametrize("text, counts", [
    ("Garda dismissed after drink-driving conviction as figures show 12 members sacked since 2020\n\n"
     "Figures show 12 members have been dismissed since 2020. A further 20 resigned.", ("20",)),
    ("Officer jailed for theft as force reveals 40 officers sacked in five years\n\n"
     "The force dismissed 40 officers between 2019 and 2023.", ("40",)),
    ("Deputy fired over drug use; sheriff says 17 deputies fired since 2018\n\n"
     "The sheriff's office has fired 17 deputies since 2018.", ("17",)),
    ("Sergeant sacked for sexual misconduct as new data shows 85 officers dismissed\n\n"
     "Data shows 85 officers were dismissed last year.", ("85",)),
    ("Trooper indicted on fraud charges; state police fired 9 troopers in 2022\n\n"
     "State police fired 9 troopers in 2022.", ("9",)),
])
def test_one_officers_offence_in_a_headline_is_not_the_kind_of_the_totals(text, counts):
    found = by_text(text)
    assert {t: found[t].category for t in counts} == {t: "all" for t in counts}


@pytest.mark.parametrize("text, counts, kind", [
    # a plural subject in a headline is a count's own kind
    ("Officers sacked for theft rose to 40 last year\n\nThe force dismissed 40 officers in 2023.", ("40",), "theft"),
    ("Hundreds of officers accused of sexual misconduct\n\nForces received 640 allegations in 2022.",
     ("640",), "apsp"),
])
def test_a_headline_about_many_officers_still_frames_the_article(text, counts, kind):
    found = by_text(text)
    assert {t: found[t].category for t in counts} == {t: kind for t in counts}


@pytest.mark.parametrize("text, counts", [
    ("Eleven have been suspended for longer than five years. In 2019, the number suspended was 61.",
     ("Eleven", "61")),
    ("Nine officers were suspended for more than a year in 2022.", ("Nine",)),
    ("Four deputies were placed on leave for up to six months last year.", ("Four",)),
    ("In 2021, 14 gardaí were suspended for periods of over two years.", ("14",)),
])
def test_a_length_of_time_after_for_is_no_kind(text, counts):
    found = by_text(text)
    assert {t: found[t].category for t in counts} == {t: "all" for t in counts}


def test_a_reason_after_for_is_still_a_kind():
    found = by_text("In 2022, 15 officers were suspended for lying in official reports.")
    assert found["15"].category == "other"
