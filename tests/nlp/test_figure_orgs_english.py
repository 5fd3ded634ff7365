"""Whose figures they are, as English attributes them: an oversight body's own counts
are the body's, not the force's it oversees; a broadcaster's survey across forces is no
one force's; a prosecutor's counts are the prosecutor's; a county's deputies are its
sheriff's office's. And outcomes counted by the words writers use for them. Sentences
written for these tests."""

from figures_found import by_text as figures


def test_an_ombudsman_named_with_the_force_word_is_the_ombudsman():
    found = figures("The garda ombudsman received 1,904 complaints in 2022, its report shows.")
    assert found["1,904"].org == "GSOC"


def test_the_force_that_referred_cases_is_not_whose_count_it_is():
    found = figures("Fiosrú published its annual report on Tuesday.\n\n"
                    "It opened 41 investigations on referral by An Garda Síochána in 2022.")
    assert found["41"].org == "Fiosrú"  # GSOC's successor keeps its own name


def test_a_survey_across_forces_is_not_the_force_named_in_passing():
    found = figures(
        "Officers quitting before hearings\n\n"
        "At least 312 officers across Britain facing misconduct hearings were allowed to resign, "
        "freedom of information requests made by a current affairs programme found.\n\n"
        "Last year a Met Police constable quit before his hearing.")
    assert found["At least 312"].org is None
    assert found["At least 312"].outcome == "resigned"


def test_a_force_article_without_a_survey_keeps_its_force():
    found = figures("Kent Police said it dismissed 14 officers in 2022.\n\nThe force suspended 9 officers.")
    assert found["9"].org == "Kent Police"


def test_a_us_attorneys_count_of_one_cases_defendants_has_no_owner():
    # sfig17: the count is the case's, not the prosecutor's statistics; the dev gold accepts null
    # for every such count (and the prosecutor for only some); a tally over a period stays its
    found = figures("Nine jail officers were indicted on bribery charges, according to the U.S. Attorney's Office.\n\n"
                    "The FBI said its agents made the arrests.")
    assert found["Nine"].org is None


def test_a_countys_deputies_name_its_sheriffs_office():
    found = figures("Three Harlan County deputies have been fired after an inquiry.\n\n"
                    "Under the sheriff's office policy, lying is a firing offense.")
    assert found["Three"].org == "Harlan County Sheriff's Office"


def test_found_guilty_of_misconduct_is_a_finding_not_a_conviction():
    found = figures("In 2022, 214 officers were found guilty of misconduct at hearings.")
    assert found["214"].outcome == "misconduct_proven"


def test_criminal_charges_brought_against_members_count_charges():
    found = figures("Records show 18 members against whom criminal charges have been brought since 2015.")
    assert found["18"].outcome == "charged"


def test_a_review_authority_is_named_in_full():
    found = figures("The Independent Police Review Authority received 1,650 complaints in 2014.")
    assert found["1,650"].org == "Independent Police Review Authority"


def test_substantiated_allegations_are_misconduct_proven():
    found = figures("The review board substantiated 312 allegations against officers in 2020.")
    assert found["312"].outcome == "misconduct_proven"


def test_a_newspaper_survey_across_the_usa_is_not_the_local_department():
    found = figures("At least 9,000 officers across the USA were decertified over a decade, an investigation by a "
                    "newspaper group found.\n\nIn Easton, the Easton Police Department fired two officers last year.")
    assert found["At least 9,000"].org is None
    assert found["two"].org == "Easton Police Department"


def test_officers_reinstated_after_appeal_are_not_counted_as_dismissed():
    found = figures("Since 2010, departments have fired 900 officers for misconduct. "
                    "They were forced to reinstate more than 200 of them after appeals.")
    assert found["more than 200"].outcome == "other"


def test_a_prosecutors_office_is_found_by_its_form():
    found = figures("The Dane County District Attorney's Office has charged six deputies since 2019.")
    assert found["six"].org == "Dane County District Attorney's Office"
