"""US federal and state court news as press releases write it (the day or 'today'
between verb and term, 'incarceration', 'behind bars', 'federal custody', a grand jury
named by its city, a department placing an officer on leave) and a UK plea stated as
'admitting'; and maximum penalties, which are no sentence. Each sentence was written
for these tests."""

import pytest

from outcomes_found import found, has

STATED = [
    ('Former deputy Ron Hill, 45, of Dayton, was sentenced today to 57 months of incarceration.', 'jailed', 'Former deputy Ron Hill'),
    ('Officer Tia Grant was sentenced to 10 years behind bars.', 'jailed', 'Officer Tia Grant'),
    ('Deputy Cole Baird was taken into federal custody on Thursday.', 'arrested', 'Deputy Cole Baird'),
    ("Garda Eric Lyons was docked a day's pay.", 'other', 'Garda Eric Lyons'),
    ('Officer Al Moody was sentenced to serve 30 months in federal prison.', 'jailed', 'Officer Al Moody'),
    ('Former corrections officer Dee Wynn was sentenced Monday to 18 months.', 'jailed', 'Former corrections officer Dee Wynn'),
    ('Former Sgt. Omar Reyes pleaded guilty in federal court to depriving a man of his civil rights.', 'convicted', 'Former Sgt. Omar Reyes'),
    ('A federal grand jury in Newark indicted Officer Ray Velez on Tuesday.', 'charged', 'Officer Ray Velez'),
    ('Officer Sue Kim, 33, was arrested by the FBI on Thursday.', 'arrested', 'Officer Sue Kim'),
    ('The department placed Officer Zack Hale on paid administrative leave.', 'suspended', 'Officer Zack Hale'),
    ('The officer, whose name has not been released, has been placed on administrative leave.', 'suspended', None),
    ('PC Liam Fox was jailed for 20 months after admitting misconduct in a public office.', 'convicted', None),
]


@pytest.mark.parametrize("text, outcome, subject", STATED)
def test_federal_court_news_states_the_outcome(text, outcome, subject):
    has(text, outcome, subject)


NOT_STATED = [
    ('Officer Ray Velez faces up to 10 years in federal prison when he is sentenced in May.', 'jailed'),
    ('The maximum penalty is 20 years in prison.', 'jailed'),
    ('A second officer was not charged because of a lack of evidence.', 'charged'),
    ("The boy was taken into protective custody by Deputy Al Rowe.", "arrested"),
]


@pytest.mark.parametrize("text, outcome", NOT_STATED)
def test_penalties_that_are_not_sentences(text, outcome):
    got = found(text)
    assert not any(o == outcome for o, _ in got), got
