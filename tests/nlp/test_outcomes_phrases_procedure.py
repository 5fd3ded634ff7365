"""Procedure as UK, Irish and US papers report it: bans from policing and the barred
list, warnings issued, findings of the standards breached, Irish committals ('sent
forward for trial', 'returned for trial', 'the DPP directed that he be charged'),
US bookings, plea deals, life terms and probation, leave and suspension ordered by a
chief or a sheriff; and what is not an outcome (a reinstatement, a plea deal refused or
offered, no prosecution directed, restricted duties, an appeal announced). Each
sentence was written for these tests."""

import pytest

from outcomes_found import found, has

STATED = [
    ('Former PC Lee Grant has been banned from policing for life.', 'barred', 'Former PC Lee Grant'),
    ('Sergeant Bea Hyde has been placed on the police barred list.', 'barred', 'Sergeant Bea Hyde'),
    ('PC Ravi Shah was issued with a written warning.', 'written_warning', 'PC Ravi Shah'),
    ('The panel found the allegations against PC Tom Orr proven.', 'misconduct_proven', 'PC Tom Orr'),
    ('PC Jude Kerr was found to have breached the standards of professional behaviour for honesty and integrity.', 'misconduct_proven', 'PC Jude Kerr'),
    ('PC Lana Pike admitted gross misconduct at the hearing.', 'gross_misconduct_proven', 'PC Lana Pike'),
    ('The misconduct hearing ruled that PC Sol Grey should be dismissed without notice.', 'dismissed', 'PC Sol Grey'),
    ('Garda Tom Boyle was suspended on full pay.', 'suspended', 'Garda Tom Boyle'),
    ('Garda Pat Hanly was sent forward for trial to the Circuit Court.', 'charged', 'Garda Pat Hanly'),
    ('Garda Ann Moran was returned for trial at Cork Circuit Criminal Court.', 'charged', 'Garda Ann Moran'),
    ('Garda Joe Farrell appeared in court charged with assault.', 'charged', 'Garda Joe Farrell'),
    ('The DPP directed that Garda Niall Coyle be charged with theft.', 'charged', 'Garda Niall Coyle'),
    ('Garda Rory Burke was convicted at Dublin District Court of dangerous driving.', 'convicted', 'Garda Rory Burke'),
    ('Deputy Kurt Sams was indicted by a grand jury on Tuesday.', 'charged', 'Deputy Kurt Sams'),
    ('Officer Rob Vale was arrested on a warrant at his home.', 'arrested', 'Officer Rob Vale'),
    ('Officer Nina Ruiz turned herself in at the county jail.', 'arrested', 'Officer Nina Ruiz'),
    ('Deputy Hal Penn pleaded guilty to a lesser charge of official misconduct.', 'convicted', 'Deputy Hal Penn'),
    ('Officer Sam Kyle accepted a plea deal on Monday.', 'convicted', 'Officer Sam Kyle'),
    ('Former deputy Ira Lutz was sentenced to life in prison.', 'jailed', 'Former deputy Ira Lutz'),
    ('Former deputy Ira Lutz was sentenced to life without parole.', 'jailed', 'Former deputy Ira Lutz'),
    ('Officer Ned Fox was sentenced to 90 days in jail.', 'jailed', 'Officer Ned Fox'),
    ("Officer Ned Fox was sentenced to five years' probation.", 'other', 'Officer Ned Fox'),
    ('Officer Kim Ames was suspended with pay.', 'suspended', 'Officer Kim Ames'),
    ('Deputy Vic Hale, who was terminated in 2020, sued the county.', 'dismissed', 'Deputy Vic Hale'),
    ('Deputy Gia Lamb lost her job over the video.', 'dismissed', 'Deputy Gia Lamb'),
    ('Officer Max Cole was convicted of second-degree murder and sentenced to 22 years.', 'jailed', 'Officer Max Cole'),
    ('Officer Max Cole was convicted of second-degree murder and sentenced to 22 years.', 'convicted', 'Officer Max Cole'),
    ('The Garda Commissioner dismissed Garda Leo Hart from the force in 2021.', 'dismissed', 'Garda Leo Hart'),
    ('PC Ann Webb, 34, of Avon and Somerset Police, was jailed for 16 weeks.', 'jailed', 'PC Ann Webb'),
    ('Trooper Jay Oakes was charged with DWI and released on bond.', 'charged', 'Trooper Jay Oakes'),
    ('The sheriff suspended Deputy Pam Orr without pay for two weeks.', 'suspended', 'Deputy Pam Orr'),
    ('Chief Ron Hale placed Officer Ty Bass on administrative leave.', 'suspended', 'Officer Ty Bass'),
]


@pytest.mark.parametrize("text, outcome, subject", STATED)
def test_procedure_states_the_outcome(text, outcome, subject):
    has(text, outcome, subject)


NOT_STATED = [
    ('An arbitrator reinstated Officer Ray Toll and ordered back pay.', 'dismissed'),
    ('Officer Sam Kyle rejected a plea deal and went to trial.', 'convicted'),
    ('Prosecutors offered Deputy Hal Penn a plea deal.', 'convicted'),
    ('The DPP directed no prosecution of Garda Eve Lacey.', 'charged'),
    ('Officer Jay Bell was placed on restricted duties.', 'suspended'),
    ("The deputy's lawyer said he would appeal the conviction.", 'convicted'),
]


@pytest.mark.parametrize("text, outcome", NOT_STATED)
def test_procedure_that_states_no_outcome(text, outcome):
    got = found(text)
    assert not any(o == outcome for o, _ in got), got
