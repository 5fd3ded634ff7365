"""Whose figures they are when an article names a body in passing: a side paragraph's
body, a ranking's entries, two bodies joined by 'and', a case's investigator, a state's
police. Sentences and pages written for these tests (UK, Irish and US)."""

import pytest

from figures_found import by_text, found_figures as figures


# --- a body named once in a side paragraph owns its own sentence, not the frame's counts
@pytest.mark.parametrize("text, side, side_org, number, org", [
    ("Garda Ombudsman annual report\n\n"
     "The Garda Síochána Ombudsman Commission received more complaints last year, its annual report shows.\n\n"
     "The Department of Justice separately recorded 14 garda dismissals in 2019.\n\n"
     "Gsoc said the shortfall in staff slowed its work on several inquiries.\n\n"
     "In all, 2,104 complaints were received in 2019.", "14", "Department of Justice", "2,104", "GSOC"),
    ("Police watchdog annual statistics\n\n"
     "The Independent Office for Police Conduct has published its annual figures for England and Wales.\n\n"
     "The Home Office recorded 480 dismissals of officers in the same year, a record.\n\n"
     "The IOPC said demand on its investigators kept rising.\n\n"
     "A total of 612 independent investigations were started in 2022/23.", "480", "Home Office", "612", "IOPC"),
    ("Minneapolis police discipline report\n\n"
     "The Minneapolis Police Department released its annual discipline report on Monday, covering every "
     "complaint closed in 2022.\n\n"
     "The Department of Civil Rights said it had sustained 9 complaints against officers in 2022.\n\n"
     "The Minneapolis Police Department said the backlog had grown all year.\n\n"
     "Officers were the subject of 412 complaints in 2022.", "9", "Department of Civil Rights", "412",
     "Minneapolis Police Department"),
])
def test_the_frames_body_named_again_takes_back_the_counts(text, side, side_org, number, org):
    found = by_text(text)
    assert (found[side].org, found[number].org) == (side_org, org)


def test_with_no_frame_named_again_the_side_bodys_count_carries_on():
    found = by_text("Police watchdog annual statistics\n\n"
                    "The Independent Office for Police Conduct has published its annual figures.\n\n"
                    "The Home Office recorded 480 dismissals of officers in 2022/23, a record.\n\n"
                    "A further 120 officers resigned before their hearings.")
    assert (found["480"].org, found["120"].org) == ("Home Office", "Home Office")


# --- a ranking: each entry's body owns only its own number
@pytest.mark.parametrize("text, own, after", [
    ("Attorney general's discipline report\n\n"
     "The Pennsylvania Office of the Attorney General has published a report on major discipline imposed by "
     "police agencies across the state in 2022.\n\n"
     "The agency with the most sustained complaints was the Philadelphia Police Department, with 214. "
     "Allegheny County Jail came second with 97.", "214", "97"),
    ("Attorney general's discipline report\n\n"
     "The Ohio Office of the Attorney General released its first statewide report on officer discipline on "
     "Tuesday.\n\n"
     "Topping the list was the Columbus Police Department, with 88 suspensions, followed by the county "
     "jails with 41.", "88", "41"),
    ("State discipline figures\n\n"
     "The Maryland Office of the Attorney General said agencies reported 640 officers suspended in 2023.\n\n"
     "The Baltimore Police Department was first with 150, and the state prisons were next with 63.",
     "150", "63"),
])
def test_a_rankings_entry_owns_only_its_own_number(text, own, after):
    found = by_text(text)
    assert found[own].org != found[after].org
    assert "Attorney General" in (found[after].org or "")


# --- a body's name never ends on 'and'
@pytest.mark.parametrize("text, org", [
    ("Discipline report\n\nThe report released Thursday from the Ohio Department of Public Safety and the "
     "state's oversight panel lists 12 complaints against troopers.", ("Ohio Department of Public Safety",)),
    ("Discipline report\n\nFigures from the Texas Department of Criminal Justice and the state auditor show "
     "31 officers were fired in 2021.", ("Texas Department of Criminal Justice",)),
    ("Prison staff\n\nThe Department of Justice and the Policing Authority said 17 complaints about prison "
     "staff were upheld in 2022.", ("Department of Justice", "Policing Authority")),
])
def test_a_name_is_cut_before_the_conjunction(text, org):
    (f,) = [f for f in figures(text) if f.value in (12, 31, 17)]
    assert f.org in org


def test_a_name_with_and_inside_it_is_kept_whole():
    (f,) = [f for f in figures("Federal report\n\nThe Department of Health and Human Services found 22 "
                               "complaints about its police officers were sustained in 2021.") if f.value == 22]
    assert f.org == "Department of Health and Human Services"


# --- bodies not invented from context
@pytest.mark.parametrize("text", [
    ("Former sheriff sentenced\n\nA former Georgia sheriff was sentenced to four years on Friday.\n\n"
     "FBI agents found that he had taken kickbacks from a towing company.\n\n"
     "Once the FBI began looking into the contracts, he shredded the invoices.\n\n"
     "He is one of 11 sheriffs in the state convicted of crimes since 2012."),
    ("Ex-chief jailed\n\nA former Kentucky police chief has been jailed for fraud.\n\n"
     "FBI agents raided his home in 2021, and the FBI began its inquiry months before.\n\n"
     "At least 9 police chiefs in the state have been convicted since 2015."),
])
def test_a_cases_investigator_is_not_whose_the_counts_are(text):
    found = [f for f in figures(text) if f.value in (11, 9)]
    assert found and all(f.org is None for f in found)


@pytest.mark.parametrize("text, number", [
    ("Officer resigns\n\nAn Aurora officer accused of seven wrongful arrests has resigned, Colorado police "
     "reported on Friday.\n\nAn internal review found 7 complaints against him were sustained.", "7"),
    ("Deputy fired\n\nA deputy was fired after 5 complaints of excessive force, Texas police said.", "5"),
    ("Trooper quits\n\nA trooper quit after 4 complaints were upheld against him, Georgia police said.", "4"),
])
def test_a_state_and_police_is_no_bodys_name(text, number):
    assert by_text(text)[number].org is None


def test_a_city_and_police_is_still_its_department():
    found = by_text("Officer fired\n\nDenver police said 6 complaints against the officer were sustained.")
    assert found["6"].org is not None and found["6"].org.startswith("Denver")
