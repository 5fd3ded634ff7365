"""What is not an officer's outcome, in UK, Irish and US wording: hypotheticals, threats
and policy; a case, a charge, an appeal or a jury dismissed; negations; outcomes of
suspects, victims and jurors; a mistrial or a hung jury; a court's fine (part of the
sentence on a conviction: the first-sight gold codes no outcome for it, while a
disciplinary fine stays `other`); complaints counted as sustained or unfounded (a figure,
not an officer's finding); another case's outcome; 'fired' as a shot. Each sentence was
written for these tests."""

import pytest

from outcomes_found import found

REFUSED = [
    ('PC Andy Hale could face dismissal if the allegations are proven.', 'dismissed'),
    ('Officers who lie will be sacked, the commissioner said.', 'dismissed'),
    ('Any officer found to have lied would be dismissed.', 'dismissed'),
    ('Deputy Jo Ames faces up to five years in prison if convicted.', 'jailed'),
    ('If convicted, Officer Tim Lowe could be sentenced to ten years.', 'jailed'),
    ('The sergeant could be charged with misconduct in public office.', 'charged'),
    ('The union warned that officers may be fired for refusing.', 'dismissed'),
    ('Sergeant Ivo Ross is expected to be charged next week.', 'charged'),
    ('The family called for Officer Len Cruz to be fired.', 'dismissed'),
    ('The chief threatened to fire any deputy who leaked the video.', 'dismissed'),
    ('Protesters demanded the dismissal of the officers.', 'dismissed'),
    ('The board recommended that Garda Ray Rowe be dismissed.', 'dismissed'),
    ('Officers who are convicted of a crime are usually dismissed.', 'dismissed'),
    ('The rules say an officer charged with a crime must be suspended.', 'suspended'),
    ('A judge dismissed the case against Officer Ray Benn.', 'dismissed'),
    ('The charges against PC Ian Cole were dismissed by the magistrate.', 'dismissed'),
    ('The lawsuit against the department was dismissed in 2020.', 'dismissed'),
    ('The judge dismissed the indictment against Deputy Kay Roe.', 'dismissed'),
    ('The appeal by Sergeant Leo Fry was dismissed.', 'dismissed'),
    ('The jury was dismissed after failing to reach a verdict.', 'dismissed'),
    ('PC Mia Ford was not dismissed.', 'dismissed'),
    ('Officer Hal Crane has not been charged.', 'charged'),
    ('No officer was disciplined or fired.', 'dismissed'),
    ('Deputy Kim Yu was never charged with a crime.', 'charged'),
    ('Trooper Ed Lake will not face charges, prosecutors said.', 'charged'),
    ('Prosecutors declined to charge Officer Sam Pratt.', 'charged'),
    ('Garda Leo Kane has not been arrested or charged.', 'arrested'),
    ('Officer Ben Hale arrested a 34-year-old man on Friday.', 'arrested'),
    ('The suspect was charged with assaulting a police officer.', 'charged'),
    ('The man was convicted of assaulting PC Joe Vines.', 'convicted'),
    ('A juror was dismissed for misconduct during the trial.', 'dismissed'),
    ("The victim's attacker was jailed for six years.", 'jailed'),
    ('The driver was arrested by Deputy Al Fox.', 'arrested'),
    ('A 22-year-old woman was charged with assaulting Officer Ted Lake.', 'charged'),
    ('The trial of Officer Kyle Marsh ended in a mistrial.', 'acquitted'),
    ('A hung jury failed to reach a verdict in the case of Deputy Ray Hollis.', 'acquitted'),
    ('The judge declared a mistrial after the jury deadlocked on the charges against Officer Pam Rudd.', 'acquitted'),
    ('PC Tom Lyle was convicted of speeding and fined £500.', 'other'),
    ('The constable was fined £100 by the courts.', 'other'),
    ('Garda Ann Bree was fined €300 at Naas District Court.', 'other'),
    ('Officer Dee Lane was fined $250 for the traffic violation.', 'other'),
    ('Three complaints were sustained and seven were unfounded.', 'misconduct_proven'),
    ('Of the 42 complaints, 11 were sustained.', 'misconduct_proven'),
    ('In 2014, two complaints were sustained against officers of the department.', 'misconduct_proven'),
    ('Five allegations were sustained last year.', 'misconduct_proven'),
    ('Three complaints were found to be unfounded.', 'misconduct_not_proven'),
    ('Two officers were exonerated in the 12 complaints reviewed last year.', 'misconduct_not_proven'),
    ('PC Len Toal, who was dismissed by another force in 2015 for a separate matter, joined Kent Police.', 'dismissed'),
    ('The officer fired his weapon three times.', 'dismissed'),
    ('Deputy Nia Hale fired at the car as it drove off.', 'dismissed'),
    ('Officer Tim Cole resigned himself to the outcome.', 'resigned'),
    ('The sergeant cleared the scene.', 'acquitted'),
    ('The detective charged the suspect with burglary.', 'charged'),
    ('Officer Ben Vo suspended the search at dusk.', 'suspended'),
    ('The trooper was seen on video arresting the man.', 'arrested'),
    ('Both of the supervisory complaints were sustained.', 'misconduct_proven'),
    ('Two of the three attitude complaints were sustained, meaning there was clear evidence.', 'misconduct_proven'),
    ('The judge imposed a fine of £300 on the constable.', 'other'),
]


@pytest.mark.parametrize("text, outcome", REFUSED)
def test_not_an_outcome(text, outcome):
    got = found(text)
    assert not any(o == outcome for o, _ in got), got


COUNTED_BUT_AGAINST_SOMEONE = [
    ("A 38-year-old detective constable had four misconduct charges proved against him.", "misconduct_proven"),
    ("The panel heard all the evidence and found the allegations against PC Ida Moss proven.", "misconduct_proven"),
    ("Two complaints against Officer Len Dahl were sustained in March.", "misconduct_proven"),
]


@pytest.mark.parametrize("text, outcome", COUNTED_BUT_AGAINST_SOMEONE)
def test_counted_findings_against_a_person_are_that_persons(text, outcome):
    assert any(o == outcome for o, _ in found(text)), found(text)
