"""How English states an outcome, in UK, Irish and US news: every grammatical shape,
US wording mapped onto the SPEC values, and what is not an outcome. Each sentence
was written for these tests; the whole pipeline (dates included) runs on it."""

import pytest

from outcomes_found import found


POSITIVE_SHAPES = [
    ('PC Jo Hale has been sacked after a misconduct hearing.', 'dismissed', 'PC Jo Hale'),
    ('The constable was fired on Tuesday.', 'dismissed', None),
    ('The deputy was terminated last month after an internal review.', 'dismissed', None),
    ("The sheriff's office fired Deputy Al Fox on Monday.", 'dismissed', None),
    ('Officer Dan Reed was fired by the department in March.', 'dismissed', None),
    ('The officer was placed on paid administrative leave.', 'suspended', None),
    ('The trooper has been placed on administrative leave pending the investigation.', 'suspended', None),
    ('The sergeant remains suspended from duty.', 'suspended', None),
    ('The detective is on administrative leave.', 'suspended', None),
    ('A deputy was indicted on charges of official oppression.', 'charged', None),
    ('The officer was indicted by a grand jury on Thursday.', 'charged', None),
    ('A grand jury indicted Officer Tim Bell on two counts of assault.', 'charged', None),
    ('The former officer faces charges of assault and official misconduct.', 'charged', None),
    ('The CPS authorised a charge of misconduct in public office against the constable.', 'charged', None),
    ('The officer was ordered to stand trial on a manslaughter charge.', 'charged', None),
    ('The trooper was booked into the county jail on a charge of assault.', 'arrested', None),
    ('The deputy pleaded guilty to a civil rights violation.', 'convicted', None),
    ('The officer pled no contest to a charge of battery.', 'convicted', None),
    ('The officer pleaded no contest to misdemeanor assault.', 'convicted', None),
    ('The former officer admitted a charge of misconduct in a public office.', 'convicted', None),
    ('The officer shot the man. A jury found him guilty of manslaughter.', 'convicted', None),
    ('The deputy was found guilty on all counts.', 'convicted', None),
    ('The trooper was convicted on Thursday.', 'convicted', None),
    ('The constable was acquitted of assault.', 'acquitted', None),
    ('The officer was cleared of all charges.', 'acquitted', None),
    ('The deputy was found not guilty of manslaughter.', 'acquitted', None),
    ('The former deputy was sentenced to 37 months in federal prison.', 'jailed', None),
    ('The former officer was sentenced to five years in prison.', 'jailed', None),
    ('The officer was sentenced to probation.', 'other', None),
    ('The former trooper was sentenced to two years of probation.', 'other', None),
    ('PC Al Rowe was given an 18-month sentence suspended for two years.', 'suspended_sentence', None),
    ('The officer gave up his peace officer licence.', 'barred', None),
    ('The deputy was decertified by the state board.', 'barred', None),
    ('The state decertified the former officer last year.', 'barred', None),
    ('PC Eve Lane was dismissed. Her name will go on the barred list.', 'barred', None),
    ("The former sergeant's name will be added to the barred list.", 'barred', None),
    ('The complaint against the officer was sustained.', 'misconduct_proven', None),
    ('Internal affairs sustained the allegation against Officer Ray Cole.', 'misconduct_proven', None),
    ('The allegations against the sergeant were found not proved.', 'misconduct_not_proven', None),
    ('The allegations against PC Ben Ash were found proven and amounted to gross misconduct.', 'gross_misconduct_proven', None),
    ("The panel found that the constable's conduct amounted to gross misconduct.", 'gross_misconduct_proven', None),
    ('The panel found no case to answer for the inspector.', 'no_case_to_answer', None),
    ('The officer is to be issued with a final written warning.', 'final_written_warning', None),
    ('PC Ann Lee is to be given a written warning.', 'written_warning', None),
    ('The panel gave the officer a final written warning.', 'final_written_warning', None),
    ('PC Dan Reed had lied. I therefore dismiss the officer without notice, the chair said.', 'dismissed', None),
    ('PC Kim Roe had lied. The chair directed that he be dismissed without notice.', 'dismissed', None),
    ('The constable, who has since been sacked, admitted the offence.', 'dismissed', None),
    ('The officer, who has since resigned, admitted the offence.', 'resigned', None),
    ('The deputy resigned before he could be fired.', 'resigned', None),
    ('PC Sam Ogle had been found to have lied. His dismissal was confirmed on Monday.', 'dismissed', None),
    ('Kent Police confirmed the sacking of PC Len Marr.', 'dismissed', None),
    ('The conviction of PC Tom Hale for fraud was upheld.', 'convicted', None),
    ('The officer was arrested on Friday.', 'arrested', None),
    ('Deputies arrested a fellow deputy on Friday.', 'arrested', None),
    ('Officer Jay Cole was suspended without pay for 30 days.', 'suspended', None),
]

POSITIVE_NOT_OUTCOMES = [
]
NEGATIVE_NOT_OUTCOMES = [
    'The deputy could face dismissal if the complaint is upheld.',
    'Officers who lie will be sacked, the chief constable warned.',
    'A judge dismissed the case against the officer on Monday.',
    'The lawsuit against the sheriff was dismissed last year.',
    'The trooper was not indicted by the grand jury.',
    'The grand jury declined to indict the officer.',
    'A suspect was arrested by the deputy on Friday.',
    'The man who attacked the constable was jailed for two years.',
    'A juror was dismissed from the trial on Tuesday.',
    'The union called for his dismissal. The sergeant denied wrongdoing.',
    'The chief recommended the firing of Officer Dan Reed.',
    'The officer fired his weapon twice.',
    'The deputy fired at the fleeing car.',
    'The officer was fired upon by a gunman.',
    'The sergeant sustained serious injuries in the crash.',
    'The constable was on leave when the complaint was made.',
    'The officer faces a disciplinary hearing next month.',
    'The deputy is expected to be indicted next week.',
    'If the allegations are sustained, the officer could be fired.',
    'Prosecutors may seek an indictment against the officer.',
    'The sergeant pleaded not guilty to assault.',
    'The detective, who is accused of assault, will stand trial in May.',
    'The trooper terminated the traffic stop after ten minutes.',
    'The chief placed the unit on administrative duties.',
]

POSITIVE_GROUPS = [
    ("A former Harris County sheriff's deputy was sentenced Friday to 37 months in federal prison.", 'jailed',
     "former Harris County sheriff's deputy"),
    ('TWO Kent Police officers have been dismissed after a hearing.', 'dismissed', 'TWO Kent Police officers'),
    ('Two deputies were fired on Monday.', 'dismissed', 'Two deputies'),
    ('The two troopers were indicted on Friday.', 'charged', 'The two troopers'),
    ('Both officers were dismissed without notice.', 'dismissed', 'Both officers'),
    ('PC Ann Hill and PC Joe Lee lied to the panel. The pair were sacked.', 'dismissed', 'the pair (PC Ann Hill and PC Joe Lee)'),
    ('Three PCs were jailed on Friday.', 'jailed', 'Three PCs'),
]
NEGATIVE_GROUPS = [
    '45 officers were dismissed last year.',
    'Two officers were dismissed in the year to March.',
    'Eight Suffolk officers resigned before their hearings.',
    'Two officers were dismissed and three resigned, figures show.',
    'Two men attacked a PC. The pair were jailed.',
    'Officers who lie will be sacked.',
]

POSITIVE_FINDINGS = [
    ('PC Jo Dale faced four allegations. The panel found most of the alleged breaches not proven.', 'misconduct_not_proven', None),
    ('PC Jo Dale lied. The panel decided that her conduct amounted to discreditable conduct.', 'misconduct_proven', None),
    ("The panel found that Sergeant Tim Moss's conduct amounted to discreditable conduct and, in turn, gross misconduct.", 'gross_misconduct_proven', None),
    ("The hearing found proven that PC Lee Rix's conduct amounted to a breach at the level of misconduct.", 'misconduct_proven', None),
    ("The panel found that PC Lee Rix's actions amounted to a breach of honesty and integrity at the level of gross misconduct.", 'gross_misconduct_proven', None),
    ('PC Dan Cole was found to have breached the standards of professional behaviour.', 'misconduct_proven', None),
    ('The panel found that PC Dan Cole had breached professional standards.', 'misconduct_proven', None),
    ('The allegations against PC Ben Ash were found proven at the level of gross misconduct.', 'gross_misconduct_proven', None),
    ('The investigation found the sergeant had no case to answer.', 'no_case_to_answer', None),
    ('The panel found the allegation against PC Sara Bell not proven.', 'misconduct_not_proven', None),
    ('The appellant, a police constable, pleaded guilty to misconduct in a public office.', 'convicted', None),
    ('The defendant, a serving constable, pleaded guilty to misconduct in a public office.', 'convicted', None),
    ('The former deputy was charged with official oppression. The defendant pleaded guilty in May.', 'convicted', None),
    ('Final written warning for serving officer', 'final_written_warning', 'serving officer'),
    ('Dismissal for former PC who lied about sick leave', 'dismissed', 'former PC'),
    ('Jail for ex-PC who stole from victims', 'jailed', 'ex-PC'),
    ('Sergeant Ed Fry resigned while under investigation.', 'resigned', None),
    ('Sergeant Ed Fry resigned. The panel said he would have been dismissed had he still been serving.', 'would_have_been_dismissed', None),
    ('PC Mo Ali was found guilty of gross misconduct.', 'gross_misconduct_proven', None),
    ('A police sergeant who let a member of the public know that someone had been arrested has been handed a final written warning.', 'final_written_warning', 'police sergeant'),
    ('A panel found gross misconduct allegations proven against a constable. The officer was found to have breached the standards of professional behaviour covering honesty.', 'gross_misconduct_proven', 'constable'),
    ('Neighbours said that the officer had been arrested at dawn.', 'arrested', 'officer'),
]
NEGATIVE_FINDINGS = [
    'The defendant, who punched a constable, pleaded guilty to assault.',
    'The panel found no evidence that the officer had lied.',
    'Jail for a man who assaulted a PC',
]


@pytest.mark.parametrize("text, outcome, subject", POSITIVE_SHAPES)
def test_shapes_are_outcomes(text, outcome, subject):
    got = found(text)
    assert any(o == outcome and (subject is None or s == subject) for o, s in got), got

@pytest.mark.parametrize("text", NEGATIVE_NOT_OUTCOMES)
def test_not_outcomes_are_not_outcomes(text):
    assert found(text) == []

@pytest.mark.parametrize("text, outcome, subject", POSITIVE_GROUPS)
def test_groups_are_outcomes(text, outcome, subject):
    got = found(text)
    assert any(o == outcome and (subject is None or s == subject) for o, s in got), got

@pytest.mark.parametrize("text", NEGATIVE_GROUPS)
def test_groups_are_not_outcomes(text):
    assert found(text) == []

@pytest.mark.parametrize("text, outcome, subject", POSITIVE_FINDINGS)
def test_findings_are_outcomes(text, outcome, subject):
    got = found(text)
    assert any(o == outcome and (subject is None or s == subject) for o, s in got), got

@pytest.mark.parametrize("text", NEGATIVE_FINDINGS)
def test_findings_are_not_outcomes(text):
    assert found(text) == []


TABLE = """Special constables dismissed or who resigned under investigation.

Year | Standard | Details | Outcome
2015 | Discreditable conduct | Special constable convicted at court of theft | Dismissed
2016 | Honesty and integrity | Let a friend drive a police car when over the limit | Dismissed
2018 | Discreditable conduct | Found guilty at court of harassment; given a fine | Resigned while under investigation

Year | Dismissed | Resigned
2019 | 4 | 2
"""


def test_each_row_of_a_table_of_cases_is_an_outcome_of_its_officer():
    got = found(TABLE)
    assert got.count(("dismissed", "Special constable")) == 2  # two rows, two cases
    assert ("convicted", "Special constable") in got and ("resigned", "Special constable") in got


@pytest.mark.parametrize("text", [
    "Year | Dismissed | Resigned\n2019 | 4 | 2\n",
    "The table is below.\nYear | Resigned or retired | Would have been dismissed | Barred list\n2019 | 7 | 4 | 4\n",
])
def test_a_header_row_of_counts_is_no_outcome(text):
    assert found(text) == []


POSITIVE_MORE = [
    ('The officer was arrested Tuesday and booked on a charge of official oppression.', 'arrested', None),
    ('The deputy is charged with two counts of aggravated assault.', 'charged', None),
    ('Prosecutors charged Officer Ben Ruiz with manslaughter on Monday.', 'charged', None),
    ('A jury convicted the former officer of second-degree murder.', 'convicted', None),
    ('The former deputy was convicted Thursday of lying to investigators.', 'convicted', None),
    ('A jury acquitted the trooper of all charges.', 'acquitted', None),
    ('The former officer will serve 18 months in prison.', 'jailed', None),
    ('The ex-PC was jailed for two years at Bristol Crown Court.', 'jailed', None),
    ('The department terminated Officer Jane Wu after an internal review.', 'dismissed', None),
    ('The chief fired the officer in May.', 'dismissed', None),
    ('The officer resigned in lieu of termination.', 'resigned', None),
    ('The sergeant retired before the disciplinary hearing.', 'retired', None),
    ('The officer was suspended without pay for 10 days.', 'suspended', None),
    ('The officer has been relieved of duty.', 'suspended', None),
    ("The officer's certification was revoked by the state.", 'barred', None),
    ('PC Tom Hart, who was dismissed in 2020, has lost his appeal.', 'dismissed', 'PC Tom Hart'),
    ('A Met officer who has since resigned admitted the charge.', 'resigned', None),
]
NEGATIVE_MORE = [
    'The officer arrested the suspect after a chase.',
    'The deputy charged at the suspect.',
    'A judge sentenced the man who shot the deputy to life in prison.',
    'The chief said any officer who lies will be fired.',
    'The inmate was sentenced to 10 years for attacking a corrections officer.',
    "The trooper's lawsuit was dismissed.",
    'Charges against the officer were dropped.',
    'The officer was not disciplined.',
]


@pytest.mark.parametrize("text, outcome, subject", POSITIVE_MORE)
def test_more_us_and_uk_wording_are_outcomes(text, outcome, subject):
    got = found(text)
    assert any(o == outcome and (subject is None or s == subject) for o, s in got), got


@pytest.mark.parametrize("text", NEGATIVE_MORE)
def test_more_sentences_that_are_not_outcomes(text):
    assert found(text) == []


def test_every_outcome_of_a_row_is_its_officers():
    table = ("Year | Standard | Details | Outcome\n"
             "2015 | Discreditable conduct | Special constable convicted at court of theft | Dismissed\n"
             "2018 | Discreditable conduct | Found guilty at court of harassment; given a suspended sentence "
             "| Resigned – would have been dismissed\n")
    got = found(table)
    for outcome in ("convicted", "suspended_sentence", "resigned", "would_have_been_dismissed"):
        assert (outcome, "Special constable") in got, got


def test_a_breach_restated_after_a_gross_misconduct_finding_is_that_finding():
    text = ("A panel found gross misconduct allegations proven against a constable. The now former officer was "
            "found to have breached the standards of professional behaviour on honesty.")
    assert [o for o, _ in found(text)] == ["gross_misconduct_proven"]


POSITIVE_EUPHEMISMS = [
    ('The deputy was terminated from the department in July.', 'dismissed', None),
    ('The officer was let go after the review found he had lied.', 'dismissed', None),
    ('The trooper lost his job over the video.', 'dismissed', None),
    ('The sergeant received a written reprimand for the remarks.', 'written_warning', None),
    ('The constable has been summonsed to appear before magistrates.', 'charged', None),
]
NEGATIVE_EUPHEMISMS = [
    "The deputy's contract was terminated for budget reasons.",
    'The officer fired his gun and let go of the suspect.',
]


@pytest.mark.parametrize("text, outcome, subject", POSITIVE_EUPHEMISMS)
def test_plainer_and_softer_words_for_an_outcome(text, outcome, subject):
    got = found(text)
    assert any(o == outcome and (subject is None or s == subject) for o, s in got), got


@pytest.mark.parametrize("text", NEGATIVE_EUPHEMISMS)
def test_the_same_words_about_other_things(text):
    assert found(text) == []


POSITIVE_RANKS = [
    ('A cop was fired after a video of the beating emerged.', 'dismissed', 'cop'),
    ('Deputy U.S. Marshal Dan Cole was arrested in Tampa.', 'arrested', 'Marshal Dan Cole'),
    ('Police Chief Jo Hale was fired by the city council.', 'dismissed', 'Police Chief Jo Hale'),
    ('The chief fired the officer in May.', 'dismissed', 'officer'),
    ('Chief Inspector Ann Ray was dismissed without notice.', 'dismissed', 'Chief Inspector Ann Ray'),
]
NEGATIVE_RANKS = [
    'The chief executive was sacked by the board.',
    'The fire marshal was arrested.',
]


@pytest.mark.parametrize("text, outcome, subject", POSITIVE_RANKS)
def test_us_ranks_and_titles_as_subjects(text, outcome, subject):
    got = found(text)
    assert any(o == outcome and (subject is None or s == subject) for o, s in got), got


@pytest.mark.parametrize("text", NEGATIVE_RANKS)
def test_titles_that_are_not_police(text):
    assert found(text) == []


POSITIVE_HEADLINES = [
    ('Cop fired after video of beating emerges', 'dismissed', 'Cop'),
    ('Deputy fired over racist texts', 'dismissed', 'Deputy'),
]
NEGATIVE_HEADLINES = [
    'The officer fired after the suspect drew a gun.',
    'Officer fired at by gunman in Dallas',
]


@pytest.mark.parametrize("text, outcome, subject", POSITIVE_HEADLINES)
def test_a_headline_drops_the_was(text, outcome, subject):
    got = found(text)
    assert any(o == outcome and (subject is None or s == subject) for o, s in got), got


@pytest.mark.parametrize("text", NEGATIVE_HEADLINES)
def test_fired_in_running_text_or_fired_at_is_a_shot(text):
    assert found(text) == []
