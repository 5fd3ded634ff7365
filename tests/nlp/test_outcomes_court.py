"""Outcomes in court-report and US news wording (issue 16): an age used as a noun
('The 51-year-old was jailed'), a name shown to be an officer by what the person did
('who had retired from the force'), the respondent of a prosecution appeal, a price
that is not a charge, and the Irish force's name that is no person. Every sentence was
written for these tests; the whole pipeline runs on it."""

import pytest

from extractor.nlp import shared_nlp

from outcomes_found import found, has


COURT = [
    # an age as a noun stands for the person named before it
    ("Garda Paul Kerr was suspended last year. The 44-year-old had been charged with 31 offences of theft.",
     "charged", "Garda Paul Kerr"),
    ("Sergeant Rita Moyles was arrested in 2022. The 57-year-old was later convicted of fraud.",
     "convicted", "Sergeant Rita Moyles"),
    # a deed only an officer does makes a bare name the officer, wherever the surname is
    ("Declan Hart (51), who had retired from the force by then, pleaded guilty to two counts of theft.",
     "convicted", "Declan Hart"),
    ("Declan Hart pleaded guilty to theft at Limerick Circuit Court. Hart, who had left the force in 2019, "
     "was given a two-year sentence.", "convicted", "Declan Hart"),
    ("The judge sentenced Declan Hart to 18 months in prison but suspended it in full. Hart, who had resigned "
     "from the force, wept.", "suspended_sentence", "Declan Hart"),
    # 'O’Hara' and "O'Hara" are one person
    ("Ciara O'Hara pleaded guilty to deception. O’Hara, who had resigned from the force before her arrest, "
     "was fined.", "convicted", "Ciara O'Hara"),
    # the respondent of a prosecution appeal against a former garda's sentence
    ("The DPP appealed the sentence of a former garda. Counsel said the respondent resigned from the force in "
     "2020.", "resigned", None),
]
NOT_COURT = [
    # the age noun is the man the officer arrested, not the officer
    "PC Jane Ross arrested a man in Leeds. The 19-year-old was charged with burglary.",
    # an age before a noun is that noun's, and nothing marks the name an officer
    "Sergeant Joe Lamb was praised. The 40-year-old man was charged with assault.",
    # money asked is not a criminal charge
    "Garda Owen Price had charged learner drivers €40 for each lesson.",
    "Deputy Amy Cole charged every inmate a fee for phone calls.",
    # the force is no person: a pronoun after it is not the force
    "Pat Boyle joined An Garda Síochána in 2001. He was arrested in 2021.",
]


@pytest.mark.parametrize("text, outcome, subject", COURT)
def test_court_report_wording_is_an_outcome(text, outcome, subject):
    has(text, outcome, subject)


@pytest.mark.parametrize("text", NOT_COURT)
def test_court_report_wording_that_is_not_an_officers_outcome(text):
    got = found(text)
    assert not any(o == "charged" for o, _ in got) or "Ross" not in str(got), got
    if "€" in text or "fee" in text:
        assert not any(o == "charged" for o, _ in got), got
    if "Síochána" in text:
        assert all(s is None or "Síochána" not in s for _, s in got), got
    if "19-year-old" in text or "40-year-old man" in text:
        assert not any(o == "charged" for o, _ in got), got


def test_a_charge_that_costs_money_elsewhere_is_still_a_charge():
    has("Garda Owen Price was charged with stealing €4,000 from a station safe.", "charged", "Garda Owen Price")
    has("Garda Owen Price was charged over a €900 theft.", "charged", "Garda Owen Price")


def test_a_court_fine_is_part_of_the_sentence_and_a_disciplinary_fine_is_a_sanction():
    assert not any(o == "other" for o, _ in found("The garda was fined €500 by a District Court judge."))
    has("The garda was fined €500 by the Garda Commissioner.", "other")


US = [
    # the second verb of a passive pair shares its 'was'
    ("Deputy Al Fox was arrested on Friday and immediately fired.", "dismissed", "Deputy Al Fox"),
    ("Deputy Al Fox was questioned by detectives and terminated the same week.", "dismissed", "Deputy Al Fox"),
    # news in the present tense, with the person right after the verb
    ("A grand jury indicts Deputy Al Fox on two counts of perjury.", "charged", "Deputy Al Fox"),
    ("The FBI arrests Sergeant Bo Kim at his home.", "arrested", "Sergeant Bo Kim"),
    ("The sheriff fires Deputy Al Fox after a crash.", "dismissed", "Deputy Al Fox"),
    ("The chief suspends Officer Al Fox without pay.", "suspended", "Officer Al Fox"),
    ("A grand jury indicts all three deputies on felony charges.", "charged", "all three deputies"),
    # 'the three' for the three officers just named
    ("Three deputies were suspended on Monday. On Friday, the three were arrested at the station.",
     "arrested", "the three (Three deputies)"),
    # a sheriff's office before the rank is part of the description
    ("A Clark County Sheriff's Office deputy has been placed on administrative leave after his arrest.",
     "suspended", "Clark County Sheriff's Office deputy"),
    # a relative clause between the person sentenced and the term
    ("A federal judge sentenced a former deputy who punched a handcuffed man and stamped on his hand to four "
     "years in prison.", "jailed", "former deputy"),
    # 'U.S.' before a federal name does not end the sentence
    ("Mark Lane, a former detention officer at the U.S. Penitentiary in Atlanta, pleaded guilty today.",
     "convicted", "Mark Lane"),
]
NOT_US = [
    "The deputy aimed and fired twice at the tyres.",          # an active pair: a shot
    "The officer fires his rifle at the range every week.",    # a shot, no person after the verb
    "The sheriff suspends the search for the missing boy.",    # done to a thing
    "Three deputies were suspended on Monday. On Friday, the four were arrested.",  # no group of four
]


@pytest.mark.parametrize("text, outcome, subject", US)
def test_us_news_wording_is_an_outcome(text, outcome, subject):
    has(text, outcome, subject)


@pytest.mark.parametrize("text", NOT_US)
def test_us_wording_that_is_no_outcome_of_an_officer(text):
    got = found(text)
    assert not any(o in ("dismissed", "suspended") and s != "Three deputies" or o == "arrested" for o, s in got), got


def test_a_sentence_ending_in_us_still_ends():
    doc = shared_nlp()("Police misconduct is rising in the U.S. The deputy was fired.")
    assert len(list(doc.sents)) == 2
    assert [(o.outcome, o.subject) for o in doc._.outcomes] == [("dismissed", "deputy")]


SHAPES = [
    # the shapes of issue 16's court and US wording, each on a sentence written for it
    ("Sergeant Ann Ruiz, then 49, had pleaded guilty to two counts of theft.", "convicted", "Sergeant Ann Ruiz"),
    ("The appeal court imposed a nine-month suspended sentence on Garda Tom Fry instead.", "suspended_sentence",
     "Garda Tom Fry"),
    ("Garda Tom Fry received the Probation Act at Ennis District Court.", "other", "Garda Tom Fry"),
    ("Officer Al Fox was placed on leave after a video surfaced.", "suspended", "Officer Al Fox"),
    ("Officer Al Fox was then suspended — with pay — pending the inquiry.", "suspended", "Officer Al Fox"),
    ("Two troopers who were not charged in the assault have been suspended without pay.", "suspended", "Two troopers"),
    ("Deputy Al Fox has been placed on administrative leave after his Sunday arrest.", "suspended",
     "Deputy Al Fox"),
    ("Detective Jo Lee was sentenced to four and a half years at Leeds Crown Court.", "jailed", "Detective Jo Lee"),
    ("Judge Ray Moss sentenced Garda Tom Fry to 18 months in prison but suspended it for two years.",
     "suspended_sentence", "Garda Tom Fry"),
]


@pytest.mark.parametrize("text, outcome, subject", SHAPES)
def test_court_and_us_shapes(text, outcome, subject):
    has(text, outcome, subject)


def test_a_negated_relative_clause_is_not_the_outcome_of_its_sentence():
    got = found("Two troopers who were not charged in the assault have been suspended without pay.")
    assert ("charged", "troopers") not in got, got


def test_a_name_that_was_formerly_an_officer_is_the_officer_later():
    has("Ray Dunn was formerly an officer of the Easton Police Department. In May, a jury found Dunn guilty of "
        "assault.", "convicted", "Ray Dunn")


def test_a_length_inside_the_relative_clause_is_not_the_term():
    doc = shared_nlp()("A judge sentenced a former deputy who had served 12 years in the county jail to four years "
                       "in prison.")
    assert [(o.outcome, o.custodial_months) for o in doc._.outcomes] == [("jailed", 48.0)]


def test_one_and_the_other_of_a_pair_of_officers():
    got = found("Two deputies were disciplined: one was fired and the other was suspended for three days.")
    assert ("dismissed", "one") in got and ("suspended", "other") in got, got
    got = found("Two deputies were disciplined. One was fired; the other was suspended for three days.")
    assert ("suspended", "other") in got, got


@pytest.mark.parametrize("text", [
    "Two deputies saw the crash. One man was hurt and the other was arrested.",  # the other man
    "The officer was suspended and the other was fired.",                        # no pair counted
])
def test_the_other_of_no_pair_of_officers_is_no_subject(text):
    assert not any(o in ("arrested", "dismissed") for o, _ in found(text)), found(text)


def test_one_with_a_verb_of_its_own_then_the_other():
    got = found("Two jailers broke the rules. One received a written reprimand; the other was suspended for a week.")
    assert ("suspended", "other") in got, got


@pytest.mark.parametrize("text, subject", [
    ("Al Fox, who served with the Easton Police Department for six years, pleaded guilty.", "Al Fox"),
    ("Jo Lee (44), who joined the Metropolitan Police in 2010, was dismissed.", "Jo Lee"),
])
def test_a_name_that_served_in_a_force_is_the_officer(text, subject):
    assert any(s == subject for _, s in found(text)), found(text)


@pytest.mark.parametrize("text", [
    "Al Fox, who joined the army in 2001, pleaded guilty.",
    "Al Fox, who worked for the county for a decade, was arrested.",
])
def test_a_name_that_served_elsewhere_is_not_an_officer(text):
    assert found(text) == []


def test_the_officers_named_in_apposition_are_the_subject():
    got = found("The officers, Al Fox and Bo Kim, were fired.")
    assert got == [("dismissed", "Al Fox and Bo Kim")], got
    assert found("Two deputies, Al Fox and Bo Kim, were indicted.") == [("charged", "Two deputies")]


def test_names_in_apposition_to_men_are_not_officers():
    assert found("The men, Al Fox and Bo Kim, were arrested.") == []
