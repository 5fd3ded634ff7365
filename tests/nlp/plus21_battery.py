"""A plus sign written against a number: the number is a floor, not an exact count (plus21).

Mechanism: "3000+ complaints", "2,000+ allegations", "500+ officers": a "+" written straight
after digits, with no space, says "this many or more", so the figure's qualifier is at_least
and its text keeps the sign; its value is the number. Variants: with and without thousands
commas; before the noun, in a list, in a heading, in a label's line ("Complaints: 1,200+"),
after a preposition ("with 40+ officers"), in UK, Irish and US wording.
KEEPS: a sign with a space before it ("3 + 4"), a sign before the number ("+12 on last year"),
a sign that joins two counts ("120 complaints + 40 appeals"): each count stays exact.

Written for this battery, in our own words: short texts; places and bodies are invented.
Each case: (text, [expected figures]); only the keys given are checked, in order.
"""



def _floor(*values):
    return [{"value": v, "qualifier": "at_least"} for v in values]


def _exact(*values):
    return [{"value": v, "qualifier": "exact"} for v in values]


FLOORS = [
    ("The ombudsman handles 3000+ complaints a year about officers.", _floor(3000)),
    ("The office receives 2,000+ allegations of misconduct each year.", _floor(2000)),
    ("Investigators logged 200+ discourtesy allegations against deputies.", _floor(200)),
    ("Last year 500+ officers were suspended across the country.", _floor(500)),
    ("The watchdog deals with 4000+ complaints and 6000+ allegations every year.", _floor(4000, 6000)),
    ("Over the decade 1,500+ officers were dismissed for gross misconduct.", _floor(1500)),
    ("The review found 30+ officers had been disciplined for dishonesty.", _floor(30)),
    ("Records show 12,000+ complaints were made against the force.", _floor(12000)),
    ("The board heard 40+ misconduct cases in the year.", _floor(40)),
    ("In Ohio, 90+ troopers were disciplined for speeding in cruisers.", _floor(90)),
    ("The Garda ombudsman received 2,500+ complaints from the public.", _floor(2500)),
    ("There were 700+ allegations of excessive force against the department.", _floor(700)),
    ("The council said 60+ constables had been sacked since the rules changed.", _floor(60)),
    ("A total of 150+ misconduct hearings were held by the force.", _floor(150)),
    ("The audit counted 80+ internal investigations into deputies.", _floor(80)),
    ("The unit reviewed 1,000+ use of force complaints.", _floor(1000)),
    ("The force said 25+ gardaí were suspended pending inquiries.", _floor(25)),
    ("The study covered 10,000+ complaints against city officers.", _floor(10000)),
    ("The chief fired 20+ officers over the cheating scandal.", _floor(20)),
    ("Since 2015, 300+ officers have been placed on the barred list.", _floor(300)),
    ("The tribunal has ruled on 45+ appeals by dismissed officers.", _floor(45)),
    ("Lawyers filed 120+ complaints of racial profiling against the sheriff's office.", _floor(120)),
    ("The 900+ allegations mostly concerned rudeness by officers.", _floor(900)),
    ("The force faced 5,000+ complaints, with 400+ allegations upheld.", _floor(5000, 400)),
    ("The board logged 35+ sustained findings against officers.", _floor(35)),
    ("Nationwide, 2,200+ officers were investigated for domestic abuse.", _floor(2200)),
    ("The inspectorate found 70+ officers had not declared their business interests.", _floor(70)),
    ("Staff handled 8,000+ complaints about police conduct in the year.", _floor(8000)),
    ("The agency opened 250+ investigations into officers.", _floor(250)),
    ("Around the state, 600+ deputies were decertified.", _floor(600)),
]

KEEPS = [
    ("The ombudsman handles 3000 complaints a year about officers.", _exact(3000)),
    ("The office received 120 complaints + 40 appeals about officers.", _exact(120, 40)),
    ("Investigators logged 200 discourtesy allegations against deputies.", _exact(200)),
    ("The board heard 40 misconduct cases in the year.", _exact(40)),
    ("Records show 12,000 complaints were made against the force.", _exact(12000)),
    ("The chief fired 20 officers over the cheating scandal.", _exact(20)),
    ("The agency opened 250 investigations into officers.", _exact(250)),
    ("The council said 60 constables had been sacked since the rules changed.", _exact(60)),
    ("The review found 30 officers had been disciplined for dishonesty.", _exact(30)),
    ("The tribunal has ruled on 45 appeals by dismissed officers.", _exact(45)),
    ("Some 25 gardaí were suspended pending inquiries, the force said.", [{"value": 25, "qualifier": "about"}]),
    ("At least 70 officers had not declared their business interests.", [{"value": 70, "qualifier": "at_least"}]),
    ("More than 900 allegations concerned rudeness by officers.", [{"value": 900, "qualifier": "more_than"}]),
    ("The force faced 5,000 complaints, with 400 allegations upheld.", _exact(5000, 400)),
    ("The unit reviewed 1,000 use of force complaints.", _exact(1000)),
]
