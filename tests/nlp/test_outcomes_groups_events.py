"""A group of officers in one event is one Outcome of the group (SPEC); a count across many
cases is a figure only. What tells them apart is what English puts around the count
(nlp/outcomes/groups.py), not the size of the number."""

import pytest

from outcomes_found import found, has

ONE_EVENT = [
    # a day
    ("Seven deputies were fired on Tuesday after an internal review.", "dismissed", "Seven deputies"),
    ("Six officers were arrested yesterday in a dawn operation.", "arrested", "Six officers"),
    ("Eight Met constables were suspended on 4 March 2023.", "suspended", "Eight Met constables"),
    ("Five corrections officers were indicted on May 13, 2021.", "charged", "Five corrections officers"),
    # one incident as the cause
    ("Seven officers were fired after the video surfaced.", "dismissed", "Seven officers"),
    ("Nine gardaí were suspended over the death of a man in custody.", "suspended", "Nine gardaí"),
    ("Six troopers were placed on administrative leave following the shooting.", "suspended", "Six troopers"),
    ("Five officers have been sacked for their part in the beating of a prisoner.", "dismissed", "Five officers"),
    ("Twelve jailers were charged in connection with the escape of two inmates.", "charged", "Twelve jailers"),
    # one proceeding
    ("A federal jury convicted six deputies of civil rights violations.", "convicted", "six deputies"),
    ("Five former detectives were convicted by a jury at Leeds Crown Court.", "convicted", "Five former detectives"),
    ("Five former Memphis officers were indicted on charges of second-degree murder.", "charged",
     "Five former Memphis officers"),
    # a set the article names
    ("All seven officers were fired.", "dismissed", "All seven officers"),
    ("Police said all nine constables had resigned.", "resigned", "all nine constables"),
    # a phrase of one occasion
    ("Eleven officers resigned at the same time.", "resigned", "Eleven officers"),
    ("Six sergeants were dismissed on the same day.", "dismissed", "Six sergeants"),
    # small groups need nothing more
    ("Two deputies were fired.", "dismissed", "Two deputies"),
    ("Three PCs have been dismissed without notice.", "dismissed", "Three PCs"),
    ("Four prison guards pleaded guilty.", "convicted", "Four prison guards"),
]

TALLIES = [
    "45 officers were dismissed last year.",
    "12 officers were charged between 2019 and 2023.",
    "More than 20 officers were sacked after the protest.",
    "At least 12 deputies were fired after the video.",
    "Nearly 15 gardaí have been suspended since the review began.",
    "A total of 18 officers were dismissed.",
    "Nine officers were dismissed.",  # a bare count larger than a few: not said to be one event
    "Fifteen constables resigned while under investigation, figures show.",
    "Seventeen officers have been charged so far.",
    "Eleven troopers were fired over the decade.",
    "Eighty officers were suspended on Friday.",  # far above a group of one event
    "Six officers were dismissed in the year to March 2023.",
    "Ten deputies were disciplined each quarter.",
    "Twelve officers were indicted between 2019 and 2023.",
    "Nine officers were convicted.",
    "Some 14 gardaí were suspended after the inquiry.",
    "The report, published on 4 March 2023, said 18 officers had been dismissed.",
    "Data obtained by the paper on Tuesday showed nine deputies were fired.",
]


@pytest.mark.parametrize("text, outcome, subject", ONE_EVENT)
def test_a_group_in_one_event_is_one_outcome(text, outcome, subject):
    has(text, outcome, subject)
    assert len([o for o, _ in found(text) if o == outcome]) == 1


@pytest.mark.parametrize("text", TALLIES)
def test_a_count_across_cases_is_no_outcome(text):
    assert found(text) == []


DEFINITE_GROUPS = [
    ("A former deputy was indicted on Tuesday over a 2014 beating in which five officers took part. "
     "The other officers previously pleaded guilty.", "convicted", "The other officers"),
    ("Deputy Jo Hale was charged with assault. The other deputies were suspended.", "suspended",
     "The other deputies"),
    ("PC Amy Lowe and PC Sam Kerr were arrested in May. The officers were suspended the same week.", "suspended",
     "The officers (PC Amy Lowe and PC Sam Kerr)"),
    ("Six officers were at the scene when the man died. The remaining officers were placed on leave.",
     "suspended", "The remaining officers"),
    ("Garda Tom Nolan admitted the theft. The other gardaí have since retired.", "retired",
     "The other gardaí"),
    ("Sgt Al Fox and Officer Bo Kim were fired in March. The officers were later indicted.", "charged",
     "The officers (Sgt Al Fox and Officer Bo Kim)"),
]

NOT_DEFINITE_GROUPS = [
    # no group named before: "the officers" of a policy or a tally
    "The officers who lie will be sacked.",
    "The report said the officers were dismissed in the year to March.",
    "45 officers were dismissed last year. The other officers resigned during the year.",
]


@pytest.mark.parametrize("text, outcome, subject", DEFINITE_GROUPS)
def test_a_definite_group_named_before_is_one_outcome_as_written(text, outcome, subject):
    has(text, outcome, subject)


@pytest.mark.parametrize("text", NOT_DEFINITE_GROUPS)
def test_a_definite_plural_with_no_group_before_is_no_outcome(text):
    assert found(text) == []


def test_a_group_that_either_resigned_or_was_fired_states_both():
    text = ("Two deputies were charged in the beating in June. The officers have all either resigned or been "
            "terminated from the sheriff's office.")
    got = [o for o, _ in found(text)]
    assert "resigned" in got and "dismissed" in got


def test_floating_all_does_not_hide_the_subject():
    assert found("PC Ann Roe and PC Joe Lee were suspended. They were all dismissed after the hearing on Friday.") \
        == [("suspended", "PC Ann Roe and PC Joe Lee"), ("dismissed", "PC Ann Roe and PC Joe Lee")]


def test_jail_guards_in_a_jail_story_are_officers():
    has("Five guards at the county jail were sentenced to federal prison on Tuesday for beating an inmate.",
        "jailed", "Five guards")
    assert found("A security guard was arrested at the shopping centre.") == []


PARTS = [
    ("Six men were charged in 2004 – two serving police officers, two former officers and two private "
     "investigators.", [("charged", "serving police officers"), ("charged", "former officers")]),
    ("Five people were arrested on Tuesday: three deputies and two civilians.", [("arrested", "deputies")]),
    ("Seven people were indicted on Friday – four jailers and three inmates.", [("charged", "jailers")]),
]


@pytest.mark.parametrize("text, expected", PARTS)
def test_the_officers_among_the_parts_of_a_counted_group_are_its_groups(text, expected):
    assert found(text) == expected


def test_parts_that_are_not_officers_are_no_outcome():
    assert found("Six men were arrested – two drivers and four passengers.") == []
    assert found("A private investigator was charged with bribing an officer.") == []


NAMED_AFTER_THE_VERB = [
    ("The sheriff fired both deputies on Monday.", [("dismissed", "both deputies")]),
    ("The department fired Officers Ray Tate and Lee Park after the video was released.",
     [("dismissed", "Officers Ray Tate and Lee Park")]),
    ("The chief placed Officer Reynolds and Officer Gravely on administrative leave.",
     [("suspended", "Officer Reynolds and Officer Gravely")]),
    ("The chief fired Officer Ray Tate and suspended Officer Lee Park.",
     [("dismissed", "Officer Ray Tate"), ("suspended", "Officer Lee Park")]),
    ("The sheriff fired Deputy Al Fox, who had served for ten years.", [("dismissed", "Deputy Al Fox")]),
    ("PC Ann Rowe, 29, and PC Ian Platt, 31, both of Kent Police, were jailed for two years each.",
     [("jailed", "PC Ann Rowe"), ("jailed", "PC Ian Platt")]),
    ("Deputies Ann Ford and Ben Gray were placed on paid administrative leave. The pair have since resigned.",
     [("suspended", "Deputies Ann Ford and Ben Gray"), ("resigned", "Deputies Ann Ford and Ben Gray")]),
]


@pytest.mark.parametrize("text, expected", NAMED_AFTER_THE_VERB)
def test_people_named_together_after_the_verb_or_before_it_are_one_outcome(text, expected):
    assert found(text) == expected


MEMBERS = [
    ("Four gardaí who attended the scene were suspended. Two of them have since been charged.", "charged",
     "Two of them (Four gardaí)"),
    ("Three Met officers were sacked on Thursday, and a fourth resigned.", "resigned", "fourth officer"),
    ("Two troopers were fired and a third was suspended.", "suspended", "third trooper"),
    ("Two gardaí were arrested in May; a third was questioned and a fourth was suspended.", "suspended",
     "fourth garda"),
]


@pytest.mark.parametrize("text, outcome, subject", MEMBERS)
def test_counted_and_ordinal_members_of_a_group(text, outcome, subject):
    has(text, outcome, subject)


def test_an_ordinal_with_no_group_of_officers_is_no_one():
    assert found("The first day of the trial ended. A third was adjourned.") == []
    assert found("Two men were arrested and a third was released.") == []


def test_a_part_of_a_tally_is_no_group():
    assert found("Gross misconduct was proven against 13 of the 17 officers who faced a hearing (76 per cent). "
                 "Nine of them were dismissed.") == []


def test_an_attribution_is_no_statistics_frame():
    has("Seven state troopers who were not charged in the alleged assault of a student have been suspended without "
        "pay after they refused to admit "
        "wrongdoing in an internal investigation, according to their lawyer.", "suspended", "Seven state troopers")
