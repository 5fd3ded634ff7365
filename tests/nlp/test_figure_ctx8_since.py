"""A count that runs "since then" (since that date, ever since, since it opened) covers the
time from the date the sentence before named to the publication date, not the running
period an earlier sentence set. Sentences written for these tests; published 1 June 2023."""

import pytest

from figures_found import by_text


@pytest.mark.parametrize("text, count, period", [
    ("In 2019 the force recorded 80 complaints. The new unit was set up in March 2021. "
     "Since then, it has investigated 240 complaints against deputies.", "240", ("2021-03-01", "2023-06-01")),
    ("The board was created in 2019. It has decertified 44 officers since then.", "44", ("2019-01-01", "2023-06-01")),
    ("The ombudsman's office opened on 12 January 2022. Since that date it has referred 31 files to prosecutors.",
     "31", ("2022-01-12", "2023-06-01")),
    ("The review began in September 2020. Ever since, the department has fired 19 officers.",
     "19", ("2020-09-01", "2023-06-01")),
    ("A new discipline code took effect on Jan. 5, 2021. From then on, 57 deputies were suspended.",
     "57", ("2021-01-05", "2023-06-01")),
])
def test_since_then_runs_from_the_date_named_before(text, count, period):
    fig = by_text(text)[count]
    assert (str(fig.period_from), str(fig.period_to)) == period


@pytest.mark.parametrize("text, count, period", [
    # a date of its own wins
    ("The unit opened on 4 May 2021. Since then it has grown, and in 2022 it received 300 complaints.",
     "300", ("2022-01-01", "2022-12-31")),
    # no anaphor: the running period
    ("In 2022 the force sacked 30 officers. The unit opened on 4 May 2021. It also suspended 12 officers.",
     "12", ("2022-01-01", "2022-12-31")),
])
def test_without_since_then_the_period_is_read_as_before(text, count, period):
    fig = by_text(text)[count]
    assert (str(fig.period_from), str(fig.period_to)) == period


def test_since_then_without_a_publication_date_is_open_at_the_end():
    fig = by_text("The board was created in 2019. It has decertified 44 officers since then.", published=None)["44"]
    assert (str(fig.period_from), fig.period_to) == ("2019-01-01", None)
