"""Outcomes stated inside other clauses, in UK, Irish and US wording: a verdict in a
clause of time or reason whose subject is a jury, a judge or magistrates and whose object
is a pronoun ('after a jury convicted him'); a late event ('was not arrested until ...');
a relative clause ('who has since retired from the force'); a finding in quotes; leaving
under pressure ('was required to resign') and leaving instead of being fired; one of two
alternatives ('either resigned or been terminated'). Each sentence was written for these
tests; the whole pipeline runs on it."""

import pytest

from outcomes_found import found, has

STATED = [
    ('Former Officer Dale Hunt was sentenced to probation after a jury convicted him of battery.', 'convicted', 'Former Officer Dale Hunt'),
    ('Garda Liam Walsh was jailed after a jury at Cork Circuit Criminal Court convicted him of assault.', 'convicted', 'Garda Liam Walsh'),
    ('PC Tom Reece was dismissed in 2020, months after magistrates convicted him of drink-driving.', 'convicted', 'PC Tom Reece'),
    ('Detective Ian Boyd was suspended until a jury acquitted him of all charges in May.', 'acquitted', 'Detective Ian Boyd'),
    ('The former trooper appealed after a federal jury convicted him on three counts.', 'convicted', None),
    ('Officer Dana Price was fired when a grand jury indicted her on theft charges.', 'charged', 'Officer Dana Price'),
    ('Trooper Kyle Rogers was not arrested until earlier this year.', 'arrested', 'Trooper Kyle Rogers'),
    ('Deputy Al Fox was not charged until March 2022, two years after the shooting.', 'charged', 'Deputy Al Fox'),
    ('PC Gail Hurst did not resign until the hearing had begun.', 'resigned', 'PC Gail Hurst'),
    ("Sergeant Owen Pratt wasn't fired until last month.", 'dismissed', 'Sergeant Owen Pratt'),
    ('Garda Niamh Byrne was not suspended until the following week.', 'suspended', 'Garda Niamh Byrne'),
    ('The constable, who has since retired from the force, was found to have committed gross misconduct.', 'retired', 'constable'),
    ('Detective Sergeant Ray Cole, who has since resigned, admitted the offence.', 'resigned', 'Detective Sergeant Ray Cole'),
    ('Officer Luis Ortega, who was later fired, was seen on video striking the man.', 'dismissed', 'Officer Luis Ortega'),
    ('Inspector Kay Hollis, who retired in 2019, would have been dismissed had she still been serving.', 'retired', 'Inspector Kay Hollis'),
    ('Deputy Jon Sallis, who had been placed on administrative leave, returned to work in June.', 'suspended', 'Deputy Jon Sallis'),
    ('PC Ali Khan, who was suspended in March, is due to appear in court next month.', 'suspended', 'PC Ali Khan'),
    ("The force repeatedly decided that PC Dean Hale had 'no case to answer' for misconduct.", 'no_case_to_answer', 'PC Dean Hale'),
    ('A review found Sergeant Ann Lowe had “no case to answer”.', 'no_case_to_answer', 'Sergeant Ann Lowe'),
    ('A sergeant convicted of drink-driving was required to resign.', 'resigned', 'sergeant'),
    ('Officer Mark Dell was forced to resign in 2018.', 'resigned', 'Officer Mark Dell'),
    ('The chief was allowed to resign rather than face a hearing.', 'resigned', 'chief'),
    ('Deputy Rhonda Keys resigned in lieu of termination.', 'resigned', 'Deputy Rhonda Keys'),
    ('Officer Brett Lam was permitted to resign in lieu of being fired.', 'resigned', 'Officer Brett Lam'),
    ('PC Jo Dunn was made to resign after the audit.', 'resigned', 'PC Jo Dunn'),
    ('The three deputies have all either resigned or been terminated.', 'resigned', None),
    ('Officers Al Fox and Ben Cole either resigned or were fired.', 'resigned', None),
    ('The jury acquitted Deputy Lena Park of manslaughter.', 'acquitted', 'Deputy Lena Park'),
    ('Magistrates acquitted PC Owen Lyle of assault on Friday.', 'acquitted', 'PC Owen Lyle'),
]


@pytest.mark.parametrize("text, outcome, subject", STATED)
def test_an_outcome_inside_another_clause_is_read(text, outcome, subject):
    has(text, outcome, subject)


NOT_STATED = [
    # the outcome not taken: 'in lieu of', 'rather than'
    ("Officer Brett Lam was permitted to resign in lieu of being fired.", "dismissed"),
    ("Deputy Rhonda Keys resigned rather than be fired.", "dismissed"),
    ("Sgt. Ola Finn retired instead of being dismissed.", "dismissed"),
    # a future or a plain negation with 'until' elsewhere is still no outcome
    ("Officer Tim Roe will not be charged until the review ends.", "charged"),
    ("PC Dan Hale was not charged, and the file was closed until new evidence emerged.", "charged"),
    ("The complaint did not initially result in charges against Officer Al Tran.", "charged"),
    ("Deputy Kim Yu could not be fired until the appeal was heard.", "dismissed"),
    # the second of two alternatives is the same event (but 'all either ... or' states both: a group's members differ)
    ("Officers Al Fox and Ben Cole either resigned or were fired.", "dismissed"),
    # a pronoun whose person is not clear, and a hearing named, not a charge
    ("The officer arrested the man after a jury convicted him of burglary in 2015.", "convicted"),
    ("He was arraigned at Cork Circuit Criminal Court in November.", "charged"),
]


@pytest.mark.parametrize("text, outcome", NOT_STATED)
def test_what_the_clause_does_not_state_is_refused(text, outcome):
    got = found(text)
    assert not any(o == outcome for o, _ in got), got


def test_either_or_is_one_outcome_of_the_first_kind():
    # one resignation for the two (as one group or one each, however the subject is written)
    got = found("Deputy Lou Ames and Deputy Kay Orr either resigned or were terminated.")
    assert got and {o for o, _ in got} == {"resigned"}, got
    assert all("Ames" in s or "Orr" in s for _, s in got), got
