"""Numbers in UK, Irish and US police stories that are not counts of conduct: ages in
every form, officers counted as the actors of one event, people and things of the
public in the story, money, and a number compared with a count of something else.
Sentences written for these tests, in several styles and word orders."""

import pytest

from figures_found import found_figures as figures


def values(text: str) -> list:
    return [f.value for f in figures(text)]


# ------------------------------------------------------------------ ages
@pytest.mark.parametrize("text", [
    "Florida Department of Corrections Sergeant Alan McBride, 31, was sentenced to a year in prison.",
    "Corrections officer Dana O'Neill, 44, was fired on Tuesday.",
    "The jury acquitted co-defendant Marcus Whitlow, 32.",
    "A judge sentenced Deputy Kyle DeSantis, 29, of Marion County to probation.",
    "Former trooper Ray MacAllister, 51, from Ocala pleaded guilty.",
    "PC Jordan Smith-Hale, 27, was dismissed without notice after the hearing.",
    "Garda Sean Ó Briain, 38, was jailed for two years at Cork Circuit Court.",
    "Sgt. Luis Ortega, 45, and Cpl. Tim Baker, 39, were convicted by a federal jury.",
    "The 45-year-old was sacked in March.",
    "The officer, aged 52, resigned before the hearing.",
])
def test_ages_are_not_figures(text):
    assert values(text) == []


# ------------------------------------------------------------------ actors of one event
@pytest.mark.parametrize("text", [
    "The deputy was indicted over a 2019 arrest where five officers were involved in the beating of a man.",
    "Four deputies, including Harmon, struck the man during the arrest, prosecutors said.",
    "Two more officers then arrive and close in around him.",
    "Three troopers responded to the crash on the interstate.",
    "Six officers restrained the man on the floor of the cell, the inquest heard.",
    "Two gardaí entered the flat without a warrant, the court was told.",
    "Three constables chased the car through the town centre.",
    "Two officers, one of them off duty, approached the van on foot.",
    "Seven deputies took part in the raid on the house.",
    "Four officers held him down while a fifth handcuffed him.",
])
def test_officers_as_the_actors_of_one_event_are_not_figures(text):
    assert values(text) == []


@pytest.mark.parametrize("text, value, outcome", [
    ("Three officers struck the man and were later sacked.", 3, "dismissed"),
    ("Two troopers who chased the car were suspended.", 2, "suspended"),
    ("Two deputies were fired after the beating.", 2, "dismissed"),
])
def test_actors_with_an_outcome_of_their_own_still_count(text, value, outcome):
    assert [(f.value, f.outcome) for f in figures(text)] == [(value, outcome)]


@pytest.mark.parametrize("text", [
    "In 2022, eight officers were involved in misconduct cases that ended in dismissal.",
    "Since April 2021, six officers have been involved in misconduct hearings.",
    "During the last financial year, nine officers were involved in gross misconduct cases.",
])
def test_a_tally_of_officers_over_a_period_is_not_an_account_of_one_event(text):
    found = figures("Annual report\n\n" + text)
    assert len(found) == 1 and found[0].counted == "officer"


# ------------------------------------------------------------------ people and things of the public
@pytest.mark.parametrize("text", [
    "The officer was accused of falsely claiming admissions from three juveniles.",
    "Colleagues found he had kept three cocaine rocks that should have gone to the evidence store.",
    "He encountered four people near the petrol station before the arrest.",
    "The sergeant confronted two teenagers outside the shop and was later suspended.",
    "The deputy stopped five motorists on the night in question, the misconduct panel heard.",
    "Investigators seized six handguns from the detective's home during the corruption inquiry.",
    "Four protesters complained that the inspector had assaulted them.",
])
def test_people_and_things_of_the_public_are_not_figures(text):
    assert values(text) == []


def test_money_in_a_badly_encoded_pound_sign_is_not_a_figure():
    assert values("Garda jailed for accepting #500 bribe") == []


# ------------------------------------------------------------------ compared with something else
@pytest.mark.parametrize("text", [
    "Total arrests fell to 90,412 last year, down from 95,300 in 2021, although complaints rose.",
    "Although complaints rose, total arrests dropped to 90,412 last year, down from 95,300 in 2021.",
    "Calls for service climbed to 41,000 in 2022, up from 38,500.",
])
def test_a_count_of_something_else_and_its_comparison_are_not_figures(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Complaints rose to 2,290 last year.", [2290]),
    ("Complaints rose to 2,290 last year, up from 2,100 in 2021.", [2290, 2100]),
    ("Referrals to the watchdog rose to 80 in the year to March 2022, up from 61.", [80, 61]),
    ("The force referred 54 matters to the watchdog in the year to March 2019. This rose to 61 in the"
     " following 12 months and to 72 in the year to March 2021.", [54, 61, 72]),
])
def test_a_conduct_count_before_last_year_keeps_its_noun(text, expected):
    found = figures("Complaints against the force\n\n" + text)
    assert [f.value for f in found] == expected


# ------------------------------------------------------------------ the public and places
@pytest.mark.parametrize("text", [
    "The county has a population of 250,000, the sheriff said after the deputy was fired.",
    "The force, which serves about 1.2 million people, dismissed the constable in May.",
    "The town of 40,000 has seen its police chief resign.",
    "Thousands of people marched through the city after the officer was cleared.",
    "Hundreds of residents signed a petition calling for the deputy to be fired.",
])
def test_populations_and_crowds_are_not_figures(text):
    assert values(text) == []


def test_a_vague_count_of_officers_is_still_a_figure():
    (f,) = figures("Annual report\n\nHundreds of officers were disciplined in 2022.")
    assert (f.qualifier, f.counted) == ("vague", "officer")


@pytest.mark.parametrize("text", [
    "The officer crashed a cruiser during a chase that reached 95 mph.",
    "The deputy was clocked at 110 miles per hour before he was suspended.",
    "There are about 14,000 gardaí in the country, the Commissioner said after the sergeant resigned.",
    "The office employs 310 deputies and 150 civilian staff, the sheriff said after the firing.",
    "The constable sent racist messages to two colleagues on WhatsApp.",
    "A Met constable has been sacked after sending racist messages to two colleagues.",
])
def test_speeds_workforces_and_colleagues_in_the_story_are_not_figures(text):
    assert values(text) == []


def test_a_count_under_up_from_keeps_the_reported_year_for_the_counts_after_it():
    found = figures("Sheriff's office report\n\nThe sheriff's office received 48 citizen complaints in 2023, up from 41 "
                    "in 2022. Of those, 9 were sustained and 17 were unfounded.")
    assert [f.period_from.year for f in found] == [2023, 2022, 2023, 2023]


# ------------------------------------------------------------------ labels, rates, unions, crowds
@pytest.mark.parametrize("text", [
    "The deputy was stopped on Interstate 95 before he was fired.",
    "The officer, who patrolled Precinct 5 and District 3, was suspended.",
    "The trooper crashed on Highway 41 and was later charged.",
    "Fraternal Order of Police Lodge 5 said the fired officer would appeal.",
    "The sergeant, a member of Local 100, was dismissed.",
    "He was charged with a Class 3 felony after he was fired.",
    "The inmate was held in Pod 4 when the guard was charged.",
    "The deputy was charged under Case No. 21-CR-1234 after he was fired.",
    "The union, which represents 6,000 members, said the sacked officer would appeal.",
    "Complaints against the department ran at 9.5 per 1,000 officers when the chief was fired.",
    "About 200 people gathered outside the precinct on Sunday to demand the officers be fired.",
    "Some 300 people marched to city hall after the officer was cleared.",
    "Body camera footage showed the two officers punching the man during the arrest.",
])
def test_labels_rates_unions_and_crowds_are_not_figures(text):
    assert values(text) == []


def test_a_share_stated_one_in_every_n_is_still_a_figure():
    (f,) = figures("Annual report\n\nOne in every 100 officers was dismissed in 2022.")
    assert (f.text, f.outcome) == ("One in every 100", "dismissed")


def test_people_counted_in_a_tally_are_still_a_figure():
    (f,) = figures("Annual report\n\nIn 2022, 200 people were subject to misconduct proceedings.")
    assert (f.value, f.counted) == (200, "officer")
