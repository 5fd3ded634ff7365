"""Outcomes in the English real writers use (issue 16): a person the article has
established as an officer named later without a rank, a person and an age between
the verb and the term, lists of sentences that say the verb once, pleas as nouns,
groups counted with number words, leave and removal from duty, UK and Irish findings
phrased around the allegation, the conduct or the sanction. Every sentence was
written for these tests; the whole pipeline runs on it."""

import pytest

from extractor.nlp import shared_nlp

from outcomes_found import found, has


# A name with no rank is the officer the article says elsewhere that the person is.
FRAME = [
    ("Ray Dunn of Easton was charged with official oppression. Dunn was a corporal with the Easton "
     "Police Department for six years.", "charged", "Ray Dunn"),
    ("Ray Dunn was arrested in May. He had been a patrol sergeant since 2015, but Dunn was then a "
     "corporal.", "arrested", "Ray Dunn"),
    ("The former deputies are Amy Kerr and Sam Voss. Kerr pleaded guilty in March.", "convicted", "Amy Kerr"),
    ("The former deputies are Amy Kerr and Sam Voss. Voss was convicted by a jury.", "convicted", "Sam Voss"),
    ("A panel found that, had Lee Barr still been a serving officer, he would have been dismissed.",
     "would_have_been_dismissed", "Lee Barr"),
    ("A former county deputy sheriff, Dale P. Hurst, was today sentenced to 18 months in prison.",
     "jailed", "Dale P. Hurst"),
    ("A second former officer, Nina J. Odom of Weston, was convicted of misconduct in office.",
     "convicted", "Nina J. Odom"),
]
NOT_FRAME = [
    # the name is never said to be an officer: a suspect the article is also about
    "Officer Tom Reed stopped a car on Main Street. Ray Dunn of Easton was charged with assault.",
    # the copula names another job
    "Ray Dunn was a teacher at the school. Dunn was arrested in May.",
]


@pytest.mark.parametrize("text, outcome, subject", FRAME)
def test_a_name_the_article_makes_an_officer_is_the_subject(text, outcome, subject):
    has(text, outcome, subject)


@pytest.mark.parametrize("text", NOT_FRAME)
def test_a_name_nothing_makes_an_officer_is_refused(text):
    assert not any(s and "Dunn" in s for _, s in found(text)), found(text)


SENTENCES = [
    ("A federal judge sentenced Officer Dan Reed, 44, to six years in prison.", "jailed", "Officer Dan Reed"),
    ("The judge sentenced Officer Dan Reed, 44, to six years in prison and Officer Tim Cole, 39, to two "
     "years in prison.", "jailed", "Officer Tim Cole"),
    ("The court sentenced Sgt. Ann Ruiz, 52, to 30 months in prison; Lt. Bo Kim, 48, to a year and two "
     "months behind bars.", "jailed", "Lt. Bo Kim"),
    ("Deputy Al Fox and Deputy Sam Bird each received a year and a day.", "jailed", "Deputy Sam Bird"),
    ("A judge placed Officer Ray Dunn on unsupervised probation for a year.", "other", "Officer Ray Dunn"),
    ("Deputy Tony Hale was charged with fraud. On Monday, Judge Kim Ross sentenced him to five years of "
     "probation.", "other", "Deputy Tony Hale"),
]
NOT_SENTENCES = [
    "A judge sentenced the man who shot the deputy, 25, to life in prison.",
    "The officer was sentenced to 46 months and ordered to pay $2,000 to the victim's family.",
    "A judge placed the case on hold for a year.",
]


@pytest.mark.parametrize("text, outcome, subject", SENTENCES)
def test_a_sentence_with_the_person_after_the_verb(text, outcome, subject):
    has(text, outcome, subject)


@pytest.mark.parametrize("text", NOT_SENTENCES)
def test_sentences_of_others_and_no_second_outcome(text):
    got = found(text)
    assert all(o == "jailed" and s == "officer" for o, s in got) and len(got) <= 1, got


def test_the_length_of_each_sentence_in_a_list():
    doc = shared_nlp()("The judge sentenced Officer Dan Reed, 44, to six years in prison and Officer Tim "
                       "Cole, 39, to two years in prison.")
    assert [(o.subject, o.custodial_months) for o in doc._.outcomes] == [
        ("Officer Dan Reed", 72), ("Officer Tim Cole", 24)]


PLEAS = [
    ("The deputy entered a no contest plea in county court on Monday.", "convicted"),
    ("The former trooper entered an Alford plea to a charge of assault.", "convicted"),
    ("PC Kim Dale was jailed for a year following a guilty plea to misconduct in public office.", "convicted"),
    ("The indictment accused Deputy Al Fox and Deputy Sam Bird of lying to investigators.", "charged"),
]
NOT_PLEAS = [
    "The deputy entered the courtroom on Monday.",
    "Deputy Al Fox has said he will withdraw his not guilty plea.",
    "The man who attacked the deputy entered a no contest plea.",
]


@pytest.mark.parametrize("text, outcome", PLEAS)
def test_pleas_and_charges_as_nouns(text, outcome):
    has(text, outcome)


@pytest.mark.parametrize("text", NOT_PLEAS)
def test_plea_words_that_are_no_conviction_of_an_officer(text):
    assert found(text) == []


GROUPS = [
    ("Three county deputies were fired and five were suspended after an internal review.", "suspended", "five"),
    ("Three county deputies were fired and five were suspended after an internal review.", "dismissed",
     "Three county deputies"),
    ("Two troopers were cleared of policy violations after the review.", "misconduct_not_proven", "Two troopers"),
    ("Two former Easton police officers pleaded guilty on Monday to taking cash during traffic stops.",
     "convicted", "Two former Easton police officers"),
    ("Two former Kent officers have had allegations of gross misconduct proven against them.",
     "gross_misconduct_proven", "Two former Kent officers"),
]
NOT_GROUPS = [
    "At misconduct meetings, nine officers received a final written warning and twelve received a written warning.",
    "Action was taken against only two officers; two were sacked and none were arrested.",
    "Two officers were dismissed and three resigned, figures show.",
]


@pytest.mark.parametrize("text, outcome, subject", GROUPS)
def test_groups_counted_with_number_words(text, outcome, subject):
    has(text, outcome, subject)


@pytest.mark.parametrize("text", NOT_GROUPS)
def test_tallies_are_figures_not_outcomes(text):
    assert found(text) == []


LEAVE = [
    ("The deputy was placed on unpaid leave on Tuesday.", "suspended"),
    ("The sergeant was placed on temporary relief from duty last week.", "suspended"),
    ("The trooper was arrested on Friday, which led to his removal from active duty.", "suspended"),
    ("Officer Lee Ward was placed on leave during the inquiry and fired upon its completion.", "dismissed"),
]
NOT_LEAVE = [
    "The union called for his removal from active duty.",
    "The officer was fired upon by a man in a passing car.",
]


@pytest.mark.parametrize("text, outcome", LEAVE)
def test_leave_and_removal_from_duty(text, outcome):
    has(text, outcome)


@pytest.mark.parametrize("text", NOT_LEAVE)
def test_calls_for_removal_and_shots_are_not_outcomes(text):
    assert found(text) == []


FINDINGS = [
    ("PC Ed Vale was accused of lying. The allegation was found to be proven.", "misconduct_proven"),
    ("PC Al Day lied. The allegation of gross misconduct was found to be proven.", "gross_misconduct_proven"),
    ("The panel found the constable breached expected standards for honesty.", "misconduct_proven"),
    ("The panel concluded that the sergeant's conduct was gross misconduct.", "gross_misconduct_proven"),
    ("The chair decided that the constable's actions were misconduct.", "misconduct_proven"),
    ("PC Ann Roe lied. The panel said the most appropriate outcome was a final written warning.",
     "final_written_warning"),
    ("PC Ann Roe was late. The chair said the right sanction was a written warning.", "written_warning"),
    ("PC Ann Roe stole. The panel said the only sanction was dismissal without notice.", "dismissed"),
    ("The garda had admitted discreditable conduct at an internal inquiry.", "misconduct_proven"),
    ("The sergeant admitted gross misconduct at an accelerated hearing.", "gross_misconduct_proven"),
    ("Garda Tom Byrne admitted the breach and a reduction in pay was imposed.", "other"),
    ("At the hearing the allegation was found to be proven and the standards expected of officers had been "
     "breached, the force said of PC Jo Mudd.", "misconduct_proven"),
]
NOT_FINDINGS = [
    "A finding of gross misconduct would automatically result in an officer's dismissal.",
    "Where the most serious allegations were proven, the chief said, officers would be dismissed.",
    "The hearing will decide whether the officer would have been dismissed had he stayed.",
    "The garda faces a reduction in pay if the breach is proven.",
    "The former constable admitted misconduct in a public office.",  # a crime: convicted, not a finding
]


@pytest.mark.parametrize("text, outcome", FINDINGS)
def test_findings_phrased_around_the_allegation_conduct_or_sanction(text, outcome):
    has(text, outcome)


@pytest.mark.parametrize("text", NOT_FINDINGS)
def test_policies_questions_and_crimes_are_not_findings(text):
    got = found(text)
    assert all(o == "convicted" for o, _ in got), got


MORE = [
    ("On Friday the chief signed a termination order for Officer Dan Reed.", "dismissed", "Officer Dan Reed"),
    ("The judge sent Deputy Al Fox to federal prison for five years.", "jailed", "Deputy Al Fox"),
    ("The panel found that, had the sergeant still been serving, they would have been dismissed.",
     "would_have_been_dismissed", "sergeant"),
    ("A Bay Ridge police officer was accused of theft. The department placed the employee on paid administrative "
     "leave.", "suspended", "Bay Ridge police officer"),
    ("A Lake County deputy sheriff was placed on unpaid leave on Monday.", "suspended", "Lake County deputy sheriff"),
    ("Serving Kent Police officer jailed for fraud", "jailed", None),
    ("A corrections officer at the Polk County Detention Center has been charged with assault.", "charged",
     "corrections officer"),
    ("DC Ian Moss admitted breaches of the standards. The panel concurred that the conduct was gross "
     "misconduct.", "gross_misconduct_proven", "DC Ian Moss"),
    ("The only case that came close involved Sheriff Bo Lyle, whose office was likened to a cross between "
     "Animal Farm and Toytown. It never went to trial. He pled guilty.", "convicted", "Sheriff Bo Lyle"),
]
NOT_MORE = [
    "The chief signed a termination order for the contract with the towing company.",
    "A man who stole a car at the station was placed on probation; the employee who helped him resigned.",
    "Officers and staff said that, had the chief been there, they would have been dismissed.",
]


@pytest.mark.parametrize("text, outcome, subject", MORE)
def test_orders_sending_singular_they_and_subjects_of_the_article(text, outcome, subject):
    has(text, outcome, subject)


def test_a_finding_the_panel_concurs_in_is_the_one_level_stated():
    got = found("DC Ian Moss admitted breaches of the standards. The panel concurred that the conduct was "
                "gross misconduct.")
    assert [o for o, _ in got] == ["gross_misconduct_proven"], got


def test_serving_opens_a_headline_not_a_name():
    assert [s for _, s in found("Serving Kent Police officer jailed for fraud")] != ["Serving Kent"]


@pytest.mark.parametrize("text", NOT_MORE)
def test_orders_for_things_and_they_for_a_group(text):
    assert found(text) == []


def test_a_twelve_and_a_half_year_term():
    doc = shared_nlp()("I sent an officer to federal prison for 12 1/2 years.")
    assert [(o.outcome, o.custodial_months) for o in doc._.outcomes] == [("jailed", 150)]


GENERIC = [
    "A garda facing criminal charges that could lead to a custodial sentence should be suspended.",
    "An officer convicted of a felony must be decertified by the board.",
    "As of 31 March two officers were suspended, both constables.",
]


@pytest.mark.parametrize("text", GENERIC)
def test_any_such_officer_and_a_count_at_a_date_are_no_outcomes(text):
    assert found(text) == []


def test_an_officer_convicted_in_may_is_a_case():
    assert ("convicted", "officer") in found("An officer convicted of assault was dismissed in May.")


def test_a_page_title_repeating_the_headline_is_one_outcome():
    text = "OFFICER RELIEVED OF DUTY - Site\n\nOFFICER RELIEVED OF DUTY\n\nThe report was published."
    assert found(text) == [("suspended", "OFFICER")]


LARGER_GROUPS = [
    ("Nine officers resigned at the same time to avoid a hearing.", "resigned", "Nine officers"),
    ("Two police officers have been sacked at the end of an inquiry which took four years.", "dismissed",
     "Two police officers"),
    ("PC Ann Roe and PC Joe Lee lied. The panel said that, had she still been serving, dismissal would have "
     "been the outcome for PC Roe.", "would_have_been_dismissed", None),
    ("The panel found PC Dan Reed guilty of gross misconduct.", "gross_misconduct_proven", "PC Dan Reed"),
]


@pytest.mark.parametrize("text, outcome, subject", LARGER_GROUPS)
def test_one_event_groups_and_findings_with_the_person_inside(text, outcome, subject):
    has(text, outcome, subject)


def test_a_large_count_in_a_period_is_still_a_figure():
    assert found("Nine officers resigned in the year to March.") == []


ORDERS_AND_OBJECTS = [
    ("Former Sgt. Ed Moss was convicted of perjury. Moss was ordered to serve 90 days in the county jail.",
     "jailed", "Former Sgt. Ed Moss"),
    ("The Easton Police Department fired all three officers the day after the video surfaced.", "dismissed",
     "all three officers"),
    ("The IOPC concluded that the two officers had no case to answer.", "no_case_to_answer", "the two officers"),
    ("The Garda Commissioner imposed a fine of €500 on the garda.", "other", "garda"),
    ("The officer was fined £200 by the chief constable.", "other", "officer"),
    ("PC Dan Reed lied. The chief fired him on Monday.", "dismissed", "PC Dan Reed"),
]
NOT_ORDERS_AND_OBJECTS = [
    "The officer is expected to serve 90 days in jail.",
    "The deputy who fired him was praised.",
    "The police officer who arrested him was praised by the judge.",
    "In 2 cases the panel found no case to answer.",
]


@pytest.mark.parametrize("text, outcome, subject", ORDERS_AND_OBJECTS)
def test_orders_fines_and_the_person_a_verb_is_done_to(text, outcome, subject):
    has(text, outcome, subject)


@pytest.mark.parametrize("text", NOT_ORDERS_AND_OBJECTS)
def test_an_object_pronoun_is_not_the_subject_of_its_verb(text):
    assert found(text) == []


MORE_US = [
    ("Former officer Dan Reed received two years of probation.", "other", None),
    ("Prosecutors filed charges against Officer Dan Reed on Monday.", "charged", "Officer Dan Reed"),
    ("A criminal complaint charges Officer Dan Reed with civil rights violations.", "charged", "Officer Dan Reed"),
    ("Sam Cruz, 28, of Easton, a deputy with the county sheriff's office, pleaded guilty to a misdemeanor.",
     "convicted", "Sam Cruz"),
    ("Jane Roe, who worked as a corrections officer at the county jail, was indicted on Thursday.",
     "charged", "Jane Roe"),
]
NOT_MORE_US = [
    "Of the 263 employees, about three-fourths (199) were given probation.",
    "Prosecutors said they would file charges against the officer.",
    "Sam Cruz, 28, of Easton, a teacher at the high school, pleaded guilty to a misdemeanor.",
]


@pytest.mark.parametrize("text, outcome, subject", MORE_US)
def test_probation_filed_charges_and_roles_in_apposition(text, outcome, subject):
    has(text, outcome, subject)


@pytest.mark.parametrize("text", NOT_MORE_US)
def test_counted_probation_future_charges_and_other_jobs(text):
    assert found(text) == []


def test_a_breach_given_as_the_reason_for_a_dismissal_is_no_second_outcome():
    text = ("PC Jo Finch was dismissed without notice on Monday, after a panel found she had breached the "
            "standards of honesty and integrity.")
    assert [o for o, _ in found(text)] == ["dismissed"]


def test_a_breach_found_in_its_own_sentence_is_an_outcome():
    got = found("The panel found the sergeant breached expected standards of honesty. He was sacked.")
    assert ("misconduct_proven", "sergeant") in got and ("dismissed", "sergeant") in got


RULES_NOT_CASES = [
    "An officer who resigned or retired before the hearing is counted in the year the hearing ended.",
]
CASES_NOT_RULES = [
    ("An officer who was sacked in 2019 is now suing the force.", "dismissed"),
    ("An officer who was sacked in 2019 is expected to appeal.", "dismissed"),
]


@pytest.mark.parametrize("text", RULES_NOT_CASES)
def test_an_indefinite_officer_in_a_present_rule_is_no_case(text):
    assert found(text) == []


@pytest.mark.parametrize("text, outcome", CASES_NOT_RULES)
def test_an_indefinite_officer_introduced_in_a_case(text, outcome):
    has(text, outcome)


CAPTIONS_AND_BOARDS = [
    ("Ann Kelly, who was suspended from duty in 2021, leaving court. Photo: Staff\n"
     "A garda who stole cash from a station has been dismissed. Ann Kelly (41) pleaded guilty last year.",
     "suspended", "Ann Kelly"),
    ("Last month the force suspended three officers after an inquiry into messages in a chat group.",
     "suspended", "three officers"),
    ("Last month the board voted to decertify a former Easton police sergeant.", "barred",
     "former Easton police sergeant"),
    ("The city council voted to fire Police Chief Jo Hale on Monday.", "dismissed", "Police Chief Jo Hale"),
    ("Two jailers who saw the fight were found to have violated the jail's use-of-force policy. One received "
     "a written reprimand.", "written_warning", "One"),
    ("Two jailers were found to have violated the jail's use-of-force policy.", "misconduct_proven", "Two jailers"),
]
NOT_CAPTIONS_AND_BOARDS = [
    "The board voted to decertify the training academy.",
    "Three officers were disciplined in the year to March. One received a written reprimand.",
]


@pytest.mark.parametrize("text, outcome, subject", CAPTIONS_AND_BOARDS)
def test_captions_one_event_groups_and_board_decisions(text, outcome, subject):
    has(text, outcome, subject)


@pytest.mark.parametrize("text", NOT_CAPTIONS_AND_BOARDS)
def test_things_and_tallies_are_not_outcomes(text):
    assert found(text) == []


FINDINGS_AND_OBJECTS = [
    ("A misconduct meeting found that PC Jo Ward had committed misconduct.", "misconduct_proven", "PC Jo Ward"),
    ("The panel ruled that the sergeant had committed gross misconduct.", "gross_misconduct_proven", "sergeant"),
    ("The panel found the allegation of gross misconduct against PC Sam Flint was not proven.",
     "misconduct_not_proven", "PC Sam Flint"),
    ("Officer Dan Reed lied. The chief suspended him on Monday.", "suspended", "Officer Dan Reed"),
]
NOT_FINDINGS_AND_OBJECTS = [
    "The officer denied he had committed misconduct.",
    "The deputy arrested the man and charged him with resisting arrest.",
    "PC Amy Hale was on patrol. She saw a man break a window and arrested him.",
]


@pytest.mark.parametrize("text, outcome, subject", FINDINGS_AND_OBJECTS)
def test_committed_misconduct_and_an_officer_suspended_by_the_chief(text, outcome, subject):
    has(text, outcome, subject)


@pytest.mark.parametrize("text", NOT_FINDINGS_AND_OBJECTS)
def test_denials_and_an_officer_doing_it_to_someone(text):
    assert found(text) == []


PARTS_OF_A_GROUP = [
    ("Two of the deputies were fired on Monday.", "dismissed", "Two of the deputies"),
    ("One of the officers was suspended.", "suspended", "One of the officers"),
    ("Nine officers resigned at the same time. Four of the officers had been indicted.", "charged",
     "Four of the officers"),
]
NOT_PARTS_OF_A_GROUP = [
    "Five of the 45 officers were dismissed last year.",
    "Three of the men were arrested.",
]


@pytest.mark.parametrize("text, outcome, subject", PARTS_OF_A_GROUP)
def test_a_count_of_a_named_group_of_officers(text, outcome, subject):
    has(text, outcome, subject)


@pytest.mark.parametrize("text", NOT_PARTS_OF_A_GROUP)
def test_parts_of_tallies_and_of_other_people(text):
    assert found(text) == []


HEADLINES = [
    ("Jury acquits former officer in fatal shooting", "acquitted", "former officer"),
    ("Police chief resigns amid inquiry into missing funds", "resigned", "Police chief"),
    ("Former deputy stripped of law enforcement certification", "barred", "Former deputy"),
    ("Met officer guilty of misconduct in public office", "convicted", "Met officer"),
    ("Sergeant guilty of misconduct over remarks", "misconduct_proven", "Sergeant"),
    ("Former constable guilty of gross misconduct", "gross_misconduct_proven", "Former constable"),
    ("Officer not guilty of assault on teenager", "acquitted", "Officer"),
]
NOT_HEADLINES = [
    "Deputy pleads not guilty of assault",
    "The chief resigns himself to a long inquiry, the mayor said in a statement on Friday morning.",
]


@pytest.mark.parametrize("text, outcome, subject", HEADLINES)
def test_headlines_in_the_present_and_without_found(text, outcome, subject):
    has(text, outcome, subject)


@pytest.mark.parametrize("text", NOT_HEADLINES)
def test_pleas_and_running_text_are_not_headline_outcomes(text):
    assert [o for o, _ in found(text)] in ([], ["convicted"]) and ("acquitted", "Deputy") not in found(text)


def test_a_sentence_the_judge_imposed_and_suspended():
    doc = shared_nlp()("Garda Tom Byrne admitted assault. The judge imposed an 18-month sentence, which he "
                       "suspended in full.")
    assert [(o.outcome, o.subject, o.custodial_months) for o in doc._.outcomes][-1] == (
        "suspended_sentence", "Garda Tom Byrne", 18)


def test_a_sentence_imposed_on_someone_else_is_no_outcome():
    assert found("The judge imposed a two-year sentence on the man who attacked PC Ann Hale.") == []


def test_the_day_of_the_offence_does_not_date_the_plea():
    doc = shared_nlp()("Garda Tom Byrne pleaded guilty to assault causing harm on the night of 4 March 2021.")
    assert [(o.outcome, o.date) for o in doc._.outcomes] == [("convicted", None)]


def test_the_day_of_the_plea_dates_it():
    doc = shared_nlp()("On 4 March 2021 Garda Tom Byrne pleaded guilty to assault causing harm.")
    assert [(o.outcome, str(o.date)) for o in doc._.outcomes] == [("convicted", "2021-03-04")]


@pytest.mark.parametrize("text, outcome", [
    ("A prison guard was charged with smuggling drugs into the jail.", "charged"),
    ("A jail guard has been indicted on a charge of sexual misconduct with an inmate.", "charged"),
])
def test_us_jail_and_prison_guards_are_law_enforcement(text, outcome):
    has(text, outcome)


@pytest.mark.parametrize("text", [
    "A prison officer was jailed for smuggling phones into the jail.",
    "A security guard was charged with theft.",
])
def test_uk_prison_officers_and_security_guards_are_not(text):
    assert found(text) == []


def test_an_outcome_of_another_matter_is_not_this_articles():
    text = ("PC Amy Hale was dismissed on Monday. The panel heard that she had previously been given a final "
            "written warning in 2018 for a separate matter.")
    assert [o for o, _ in found(text)] == ["dismissed"]


TITLE_CASE = [
    ("Former Deputy Sentenced To 5 Years In Prison For Assault", "jailed"),
    ("Police Officer Fired After Internal Investigation", "dismissed"),
    ("Two Officers Charged In Death Of Jail Inmate", "charged"),
    ("Off-Duty Officer Arrested For DUI", "arrested"),
    ("Former Trooper Pleads Guilty To Stealing Overtime", "convicted"),
    ("Sheriff's Deputy Placed On Administrative Leave", "suspended"),
]


@pytest.mark.parametrize("text, outcome", TITLE_CASE)
def test_title_case_headlines_name_no_one_with_their_outcome_words(text, outcome):
    has(text, outcome)
