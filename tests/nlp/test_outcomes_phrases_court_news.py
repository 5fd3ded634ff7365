"""Court and discipline news as US, UK and Irish papers write it, a second battery:
sentences with the day between verb and term ('was sentenced Thursday to 15 years'),
judges and juries as subjects, returned indictments, certifications revoked 'of' a
person, complaints found unfounded, UK sanctions and findings, relative clauses, and
headlines with no verb 'was'; then what reads like an outcome and is not (shots fired,
a sentencing still to come, charges dropped, a hung jury, a lawsuit or an appeal
dismissed, pleas of not guilty, policies, tallies, another matter). Each sentence was
written for these tests."""

import pytest

from outcomes_found import found, has

STATED = [
    ('Former Deputy Kevin Marsh, 38, was sentenced Thursday to 15 years in state prison.', 'jailed', 'Former Deputy Kevin Marsh'),
    ('Ex-officer Dwayne Pitts got 10 years in federal prison for the beating.', 'jailed', 'Ex-officer Dwayne Pitts'),
    ('A former Memphis police officer was sentenced to 21 months in prison on Wednesday.', 'jailed', None),
    ('U.S. District Judge Ann Cole sentenced former Sgt. Rick Yount to 46 months in prison.', 'jailed', 'former Sgt. Rick Yount'),
    ('Officer Gina Holt was convicted by a jury of official oppression.', 'convicted', 'Officer Gina Holt'),
    ('A Harris County jury found former Deputy Tim Sauer guilty of aggravated assault.', 'convicted', 'former Deputy Tim Sauer'),
    ('Former trooper Lyle Benn pleaded guilty Tuesday to a federal civil rights charge.', 'convicted', 'Former trooper Lyle Benn'),
    ('Officer Ray Dunn admitted to stealing cash during traffic stops.', 'convicted', None),
    ('Jurors acquitted Officer Pete Vance of all charges.', 'acquitted', 'Officer Pete Vance'),
    ('Deputy Roy Kline was acquitted on all counts Friday.', 'acquitted', 'Deputy Roy Kline'),
    ('The jury found Officer Hank Toms not guilty of manslaughter.', 'acquitted', 'Officer Hank Toms'),
    ('Sergeant Joe Pena was taken into custody at police headquarters.', 'arrested', 'Sergeant Joe Pena'),
    ('Corrections officer Lee Fry was arrested and charged with smuggling contraband.', 'arrested', 'Corrections officer Lee Fry'),
    ('Corrections officer Lee Fry was arrested and charged with smuggling contraband.', 'charged', 'Corrections officer Lee Fry'),
    ('Officer Bo Reyes surrendered to authorities on Monday.', 'arrested', 'Officer Bo Reyes'),
    ('A grand jury returned an indictment against Deputy Cal Mott on Friday.', 'charged', 'Deputy Cal Mott'),
    ('Deputy Ian Webb was charged Friday with two counts of official misconduct.', 'charged', 'Deputy Ian Webb'),
    ('Prosecutors filed charges against Trooper Ada Fenn on Monday.', 'charged', 'Trooper Ada Fenn'),
    ('Former Officer Lou Kemp was given 300 hours of community service.', 'other', 'Former Officer Lou Kemp'),
    ("The judge placed former deputy Sid Rowe on three years' probation.", 'other', 'former deputy Sid Rowe'),
    ('Trooper Eli Shaw was fired from the Maine State Police in June.', 'dismissed', 'Trooper Eli Shaw'),
    ('Officer Deb Kane was terminated Friday, the chief said.', 'dismissed', 'Officer Deb Kane'),
    ('The Easton police chief fired Officer Max Bray after the video surfaced.', 'dismissed', 'Officer Max Bray'),
    ('Officer Ty Moss was suspended for 10 days without pay.', 'suspended', 'Officer Ty Moss'),
    ('Officer Flo Fry served a 30-day suspension for the crash.', 'suspended', 'Officer Flo Fry'),
    ('Deputy Gil Marr has been on paid administrative leave since the shooting.', 'suspended', 'Deputy Gil Marr'),
    ('Officer Ivan Pope was placed on administrative leave with pay.', 'suspended', 'Officer Ivan Pope'),
    ('Detective Rita Ames was demoted to patrol officer.', 'other', 'Detective Rita Ames'),
    ('The state POST board revoked the certification of former Officer Jan Vogt.', 'barred', None),
    ('Former deputy Bart Cole surrendered his law enforcement certification.', 'barred', 'Former deputy Bart Cole'),
    ('An internal affairs investigation sustained two allegations against Officer Peg Lowry.', 'misconduct_proven', 'Officer Peg Lowry'),
    ('The review board found the complaint against Officer Sal Bruno unfounded.', 'misconduct_not_proven', None),
    ('Officer Nate Olds was exonerated of the excessive force complaint.', 'misconduct_not_proven', 'Officer Nate Olds'),
    ('PC Kerry Dunn was jailed for 18 months at Bristol Crown Court on Friday.', 'jailed', 'PC Kerry Dunn'),
    ('Former Pc Shaun Hale was jailed for four years.', 'jailed', 'Former Pc Shaun Hale'),
    ('DC Abi Clarke has been sacked for gross misconduct.', 'dismissed', 'DC Abi Clarke'),
    ('A Merseyside Police sergeant has been dismissed without notice after a hearing.', 'dismissed', None),
    ('PCSO Jade Ford was given a final written warning at a misconduct meeting.', 'final_written_warning', 'PCSO Jade Ford'),
    ('Chief Inspector Omar Patel received a final written warning.', 'final_written_warning', 'Chief Inspector Omar Patel'),
    ('The panel decided that Superintendent Ruth Lane would have been dismissed had she not retired.', 'would_have_been_dismissed', 'Superintendent Ruth Lane'),
    ('Special Constable Neil Heath will be placed on the barred list.', 'barred', 'Special Constable Neil Heath'),
    ("Former DS Mark Rudd has been added to the College of Policing's barred list.", 'barred', 'Former DS Mark Rudd'),
    ('PC Dale Ingham pleaded guilty to misconduct in a public office at the Old Bailey.', 'convicted', 'PC Dale Ingham'),
    ('PC Owen Tate admitted two counts of misconduct in public office.', 'convicted', 'PC Owen Tate'),
    ('The CPS has authorised charges against PC Luke Barr.', 'charged', 'PC Luke Barr'),
    ('PC Ewan Ross was charged with assault by beating.', 'charged', 'PC Ewan Ross'),
    ('Detective Sergeant Fiona Clay was arrested on suspicion of misconduct in public office.', 'arrested', 'Detective Sergeant Fiona Clay'),
    ('PC Jon Bird was suspended from duty while the IOPC investigates.', 'suspended', 'PC Jon Bird'),
    ('Garda Conor Daly was suspended from An Garda Síochána pending the outcome of the case.', 'suspended', 'Garda Conor Daly'),
    ('Garda Aoife Nolan was convicted at Dublin Circuit Criminal Court.', 'convicted', 'Garda Aoife Nolan'),
    ('Sergeant Ciaran Burke was given a two-year sentence, suspended in full.', 'suspended_sentence', 'Sergeant Ciaran Burke'),
    ('The judge imposed an 18-month sentence on Garda Eamon Roche and suspended it for two years.', 'suspended_sentence', None),
    ('PC Ian Lowe, who has since been dismissed, was found guilty of assault.', 'dismissed', 'PC Ian Lowe'),
    ('PC Ian Lowe, who has since been dismissed, was found guilty of assault.', 'convicted', 'PC Ian Lowe'),
    ('Inspector Dan Wise, who retired last year, was found to have no case to answer.', 'no_case_to_answer', 'Inspector Dan Wise'),
    ('The misconduct allegations against PC Lia Ward were found not proven.', 'misconduct_not_proven', 'PC Lia Ward'),
    ('A misconduct hearing found that PC Ben Rawle had breached the standards of professional behaviour.', 'misconduct_proven', 'PC Ben Rawle'),
    ('The chair found misconduct proven against PC Sara Holt and issued a written warning.', 'misconduct_proven', 'PC Sara Holt'),
    ('Sergeant Ivy Cole was dismissed at an accelerated misconduct hearing.', 'dismissed', 'Sergeant Ivy Cole'),
    ('Ex-deputy sentenced to 5 years for jail beating', 'jailed', None),
    ('Former Met officer jailed for misconduct in public office', 'jailed', None),
    ('Trooper fired after DUI arrest', 'dismissed', None),
    ('Garda suspended after assault allegation', 'suspended', None),
    ('Detective charged with perjury', 'charged', None),
    ('PC sacked for gross misconduct', 'dismissed', None),
    ('Officer acquitted in shooting death', 'acquitted', None),
    ('Deputy arrested on domestic violence charge', 'arrested', None),
]


@pytest.mark.parametrize("text, outcome, subject", STATED)
def test_court_and_discipline_news_states_the_outcome(text, outcome, subject):
    has(text, outcome, subject)


NOT_AN_OUTCOME = [
    ('The officer fired two shots at the fleeing car.', 'dismissed'),
    ('Shots were fired from a passing car at Officer Al Fox.', 'dismissed'),
    ('Officer Dee Hart was fired upon by a gunman.', 'dismissed'),
    ('It was not clear whether the deputy had been booked into the county jail.', 'arrested'),
    ('The officer faces termination if the board upholds the finding.', 'dismissed'),
    ('Chief Lowe said he would fire any officer who lied.', 'dismissed'),
    ('Deputy Paul Rix is facing possible termination.', 'dismissed'),
    ('Prosecutors are seeking a 10-year sentence for Officer Ann Vole.', 'jailed'),
    ('The sergeant, 45, will be sentenced in March.', 'jailed'),
    ('Officer Juan Ortiz is scheduled to be sentenced on May 3.', 'jailed'),
    ('The charges against Officer Ali Rahn were dropped in June.', 'charged'),
    ('The jury deadlocked and a mistrial was declared for Deputy Sue Kemp.', 'acquitted'),
    ('The jury could not reach a verdict on the charge against PC Rob Finch.', 'acquitted'),
    ('PC Lou Hart was cleared to return to work.', 'acquitted'),
    ('Officer Jay Bell arrested the suspect after a brief chase.', 'arrested'),
    ('Officer Jay Bell was assaulted by a man who was later arrested.', 'arrested'),
    ('The suspect, 19, was charged with shooting Deputy Cal Ross.', 'charged'),
    ('Deputy Jo Ray testified that the inmate was convicted in 2015.', 'convicted'),
    ('The teenager was sentenced to four years for attacking PC Ray Hill.', 'jailed'),
    ("Officer Al Kemp's lawyer asked the judge to dismiss the charges.", 'dismissed'),
    ('A federal judge dismissed the lawsuit against Officer Mike Lee.', 'dismissed'),
    ('The judge dismissed two of the counts against Deputy Nia Doyle.', 'dismissed'),
    ("Officer Ben Moss's appeal against his dismissal was dismissed.", 'dismissed'),
    ('PC Dan Kerr would not have been dismissed under the old rules.', 'would_have_been_dismissed'),
    ('Any officer who is convicted of a crime will be dismissed.', 'dismissed'),
    ('Officers found to have lied face the sack.', 'dismissed'),
    ('The policy says deputies who use a chokehold will be terminated.', 'dismissed'),
    ('Garda Sean Roe denied the charges.', 'convicted'),
    ('Officer Ed Lund pleaded not guilty to all charges.', 'convicted'),
    ('Deputy Ann Moy has not been charged with a crime.', 'charged'),
    ('No officers were charged in connection with the death.', 'charged'),
    ('The officers were never disciplined or fired.', 'dismissed'),
    ('None of the deputies were suspended.', 'suspended'),
    ('Officer Hal Orr was not placed on administrative leave.', 'suspended'),
    ('In 2019, 45 officers were dismissed and 12 resigned.', 'dismissed'),
    ('Officer Zoe Lind, who was suspended in 2012 for a separate matter, was promoted last year.', 'suspended'),
]


@pytest.mark.parametrize("text, outcome", NOT_AN_OUTCOME)
def test_what_only_reads_like_an_outcome(text, outcome):
    got = found(text)
    assert not any(o == outcome for o, _ in got), got


def test_a_promise_never_to_serve_again_is_no_outcome():
    assert found('Officer Tod Ryan agreed to never work in law enforcement again.') == []
