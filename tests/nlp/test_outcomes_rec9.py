"""Outcomes stated with the court or the sentence as actor, community sentences, suspensions
and cautions as nouns or states, and an inquiry that "led to the indictment of" a group."""

import pytest

from extractor import extract_text


def _outcomes(text):
    return [(o.outcome, o.subject or "") for o in extract_text(text).outcomes]


@pytest.mark.parametrize("text, outcome, name", [
    ("A jail sentence was handed down to a former Garda Sergeant, Paul Quinn, on Friday.", "jailed", "Quinn"),
    ("A custodial sentence was imposed on PC Rhys Evans at Cardiff Crown Court.", "jailed", "Evans"),
    ("Former deputy Lena Voss was sentenced Monday to 300 hours of community service.", "other", "Voss"),
    ("Ex-trooper Gus Palmer was sentenced to 80 hours community service and fined.", "other", "Palmer"),
    ("Former jailer Ty Ames was sentenced Friday to community service.", "other", "Ames"),
    ("The commissioner placed Officer Mia Tran on a 10-day unpaid suspension.", "suspended", "Tran"),
    ("Lieutenant Ora Banks, who has been on paid suspension since May, resigned.", "suspended", "Banks"),
    ("A police sergeant was cautioned for assault in 2018.", "other", "sergeant"),
    ("The state inquiry led to the indictment of five Texas jailers.", "charged", "jailers"),
])
def test_states_the_outcome(text, outcome, name):
    got = _outcomes(text)
    assert any(o == outcome and name.lower() in s.lower() for o, s in got), got


@pytest.mark.parametrize("text, outcome", [
    ("A prison sentence was not handed down to Garda Paul Quinn.", "jailed"),
    ("The judge cautioned Officer Ben Hart against speaking to jurors.", "other"),
    ("The chief said he would not put Officer Mia Tran on an unpaid suspension.", "suspended"),
    ("Deputy Sal Ruiz could be sentenced to community service.", "other"),
    ("The audit led to the indictment of nobody.", "charged"),
])
def test_refuses_what_is_not_stated(text, outcome):
    assert all(o != outcome for o, _ in _outcomes(text)), _outcomes(text)


def _terms(text):
    return [(o.outcome, o.custodial_months) for o in extract_text(text).outcomes]


@pytest.mark.parametrize("text, outcome, months", [
    ("Garda Niall Byrne, 44, was before Galway Circuit Court. Judge Rory Kane imposed a nine-month sentence "
     "with the final four months suspended.", "jailed", 5),
    ("Former PC Owen Lacey was jailed for two years with the last six months suspended.", "jailed", 18),
    ("Sergeant Jo Pike was given an 18-month sentence, suspended for two years.", "suspended_sentence", 18),
    ("Constable Amy Lund was handed a four-month suspended sentence.", "suspended_sentence", 4),
])
def test_a_partly_suspended_term_counts_the_time_in_custody(text, outcome, months):
    got = _terms(text)
    assert any(o == outcome and m is not None and abs(m - months) < 0.15 for o, m in got), got


@pytest.mark.parametrize("text, outcome, subject", [
    ("KOAT-TV reports Deputy Ray Salas was fired Thursday.", "dismissed", "Deputy Ray Salas"),
    ("The Echo reported Garda Tom Reilly was suspended last week.", "suspended", "Garda Tom Reilly"),
    ("Channel 4 reports PC Sam Oduya was arrested on Monday.", "arrested", "PC Sam Oduya"),
])
def test_a_report_verb_is_not_part_of_the_person(text, outcome, subject):
    assert (outcome, subject) in _outcomes(text), _outcomes(text)


@pytest.mark.parametrize("text, outcome, subject", [
    ("PC Joel Hart, 43, who was found guilty last month of fraud, was dismissed.", "convicted", "PC Joel Hart"),
    ("Garda Orla Keane, 37, who pleaded guilty to theft, resigned.", "convicted", "Garda Orla Keane"),
    ("Officer Lu Chen, 52, who had been suspended since May, retired.", "suspended", "Officer Lu Chen"),
])
def test_an_age_between_the_person_and_who(text, outcome, subject):
    assert (outcome, subject) in _outcomes(text), _outcomes(text)


def test_an_age_and_who_do_not_reach_a_count():
    got = _outcomes("The force said 12, who were never charged, kept their jobs.")
    assert all(o != "charged" for o, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("Officer Cody Vance pleaded guilty. The judge imposed 60 days in jail, but stayed the jail term.",
     ("suspended_sentence", "Officer Cody Vance")),
    ("Former deputy Al Moss was fined. Judge Kay Orr imposed 45 days at the county jail but stayed the jail term.",
     ("suspended_sentence", "Former deputy Al Moss")),
])
def test_a_stayed_jail_term_is_suspended(text, expected):
    assert expected in _outcomes(text), _outcomes(text)


@pytest.mark.parametrize("text", [
    "Deputy Al Moss was convicted. The court stayed the trial pending appeal.",
    "Officer Ray Dunn was convicted. The judge declined to stay the jail term.",
])
def test_a_stay_of_something_else_or_refused_is_no_suspended_sentence(text):
    assert all(o != "suspended_sentence" for o, _ in _outcomes(text)), _outcomes(text)


@pytest.mark.parametrize("text, expected", [
    ("PC Jade Marsh attended a hearing in May. Misconduct was found at the hearing.",
     ("misconduct_proven", "PC Jade Marsh")),
    ("Sergeant Ivo Lane faced a panel last week, and gross misconduct was found by the chair.",
     ("gross_misconduct_proven", "Sergeant Ivo Lane")),
    ("A special constable breached the standards of honesty and integrity, and gross misconduct found.",
     ("gross_misconduct_proven", "special constable")),
])
def test_misconduct_as_the_subject_of_found(text, expected):
    assert expected in _outcomes(text), _outcomes(text)


@pytest.mark.parametrize("text", [
    "PC Jade Marsh attended a hearing in May. No misconduct was found at the hearing.",
    "PC Jade Marsh attended a hearing in May. Misconduct was found in 12 of the 40 cases reviewed.",
    "PC Ann Roe faced a hearing. Misconduct had not been found, the panel said.",
])
def test_misconduct_not_found_or_counted_is_no_finding(text):
    assert all(o not in ("misconduct_proven", "gross_misconduct_proven") for o, _ in _outcomes(text)), _outcomes(text)


@pytest.mark.parametrize("text, outcome, words", [
    ("Eight Department of Correction employees have been indicted in Queens.", "charged", "correction employees"),
    ("Four county jail employees were fired on Friday.", "dismissed", "jail employees"),
])
def test_corrections_employees_are_law_enforcement(text, outcome, words):
    assert any(o == outcome and words in s.lower() for o, s in _outcomes(text)), _outcomes(text)


def test_other_public_employees_are_not():
    assert _outcomes("Three city sanitation employees were fired on Friday.") == []


@pytest.mark.parametrize("text, outcome, subject", [
    ("The force said one of its officers had been dismissed.", "dismissed", "one of its officers"),
    ("Police Scotland said that two of its officers were suspended.", "suspended", "two of its officers"),
    ("Two of their deputies were arrested on Friday.", "arrested", "Two of their deputies"),
])
def test_a_count_of_the_forces_own_officers(text, outcome, subject):
    assert (outcome, subject) in _outcomes(text), _outcomes(text)


@pytest.mark.parametrize("text", [
    "One of its officers was not dismissed.",
    "The chief said none of its officers was dismissed.",
])
def test_a_count_of_its_officers_refused(text):
    assert all(o != "dismissed" for o, _ in _outcomes(text)), _outcomes(text)
