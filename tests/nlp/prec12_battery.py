"""Numbers that are not conduct figures however close to conduct they stand (prec12): the
make-up of a town or a force by race and sex, counts of the public listed after a count of
arrests or stops, day numbers and clock parts of dates, a workforce stated with 'made up
of', grounds and panels in a hearing story, people a story names as 'the two', and a digit in
brackets restating the word before it. With them, figures in the same shapes that stay.

Written for this battery before the rules of this branch were changed; names, places and
bodies are invented or varied. Published 1 June 2023 (tests/figures_found.py).

REFUSALS: texts with no figure (run under a misconduct headline).
FIGURES: (text, [expected figures]); only the keys given are checked.
"""

HEADLINE = "Officers disciplined after misconduct inquiry\n\n"

REFUSALS = [
    # the make-up of a town or a force
    "Millbrook is 44% Hispanic, 31% white and 19% Black.",
    "The city is 52 percent Black, while its police department is 23 percent Black and 68 percent white.",
    "Women made up 16% of sworn officers: 18% of patrol ranks and 7% of supervisors.",
    "Officers of colour accounted for 9% of constables and 4% of inspectors in the force.",
    "The county's residents are 27% Latino and 12% Asian.",
    "Black and minority ethnic staff were 6.5 per cent of the workforce, against 14 per cent of the county.",
    "While 58% of Easton residents identify as people of color, the department's leadership is 81% white.",
    "The sheriff's office is 91 percent male.",
    # the public listed after arrests or stops
    "Deputies made 1,840 arrests for trespass (71% people of color), 512 for loitering (66% people of color), and 97 for curfew violations.",
    "Troopers conducted 3,200 traffic stops (48% Black drivers), 410 searches, and 75 frisks.",
    # parts of dates and times
    "The officer is alleged to have breached the standards on June 3 and 4, 2021.",
    "The tribunal will resume on Sept. 9 - the day before his sentencing.",
    "He is due back in court on March 22 for a plea hearing.",
    "Posted: 7:30 AM, Feb 02, 2022 Updated: 2022-02-03 09:41:07-05",
    "Last updated 2021-11-30 16:02:44+01 by the newsdesk.",
    # a workforce stated as what a body is made of
    "Westmoor Constabulary is made up of about 1,900 officers and staff who serve the county.",
    "The department is comprised of over 3,100 sworn officers and civilian employees.",
    "The unit is staffed by 14 detectives working across the region.",
    # a hearing or appeal story's own counts
    "The appeal rests on four grounds: that the hearing was unfair and that the sanction was too severe.",
    "The district judge, sitting with two magistrates, overturned the conviction.",
    "The 12 jurors took less than an hour to reach their verdict.",
    # names of stations, roads and requests, and ages
    "The deputy was suspended for three days in 2021, records obtained by 4 News show.",
    "Personnel files reviewed by NewsChannel 9 show he resigned before the hearing.",
    "Records obtained by Target 12 show the sergeant retired in 2020.",
    "The trooper was driving on N.C. 27 when the crash happened.",
    "A grand jury indicted Pct. 4 Constable's Deputy Ray Mott on Friday.",
    "Part of what you seek in Requests 3 - 5 is exempt under Section 40.",
    "The constable, who turned 31 last week, was dismissed on Friday.",
    # people a story names as 'the two'
    "The deputy met the woman while she was in custody, and the two exchanged letters for months.",
    "Both officers knew the victim; the two had worked together for years.",
]

Y22 = {"period_from": "2022-01-01", "period_to": "2022-12-31"}

FIGURES = [
    # shares about conduct beside a group of people stay figures
    ("In 2022, 38% of complaints were made by Black residents.",
     [{"text": "38%", "value": 38.0, "unit": "percent", "counted": "complaint"}]),
    ("Black officers made up 12% of the force but 29% of those dismissed in 2022.",
     [{"text": "29%", "value": 29.0, "unit": "percent"}]),
    ("Of the 40 officers disciplined in 2022, 11 were women.",
     [{"text": "40", "value": 40.0}, {"text": "11", "value": 11.0}]),
    # a count after a month's name with a noun of its own is a figure
    ("In May 14 officers were suspended over the messages.",
     [{"text": "14", "value": 14.0, "counted": "officer", "outcome": "suspended"}]),
    ("Between 3 and 9 officers a year were dismissed from 2018 to 2022.",
     [{"text": "3", "value": 3.0}, {"text": "9", "value": 9.0}]),
    # a workforce's disciplined part is a figure
    ("The force, made up of 2,400 officers, dismissed 17 of them in 2022.",
     [{"text": "2,400", "value": 2400.0}, {"text": "17", "value": 17.0, "outcome": "dismissed", **Y22}]),
    # a count beside a station's or road's name is still a figure
    ("In 2022, 9 officers were dismissed, records obtained by 4 News show.",
     [{"text": "9", "value": 9.0, "outcome": "dismissed"}]),
    # officers among a mixed group arrested: the officers are a figure, the group is not
    ("Two jailers among 9 arrested in contraband sting",
     [{"text": "Two", "value": 2.0}]),
    ("Three deputies were among 11 people arrested in the raid.",
     [{"text": "Three", "value": 3.0}]),
    ("Among 14 officers investigated in 2022, 5 were dismissed.",
     [{"text": "14", "value": 14.0}, {"text": "5", "value": 5.0, "outcome": "dismissed"}]),
    # a word with its digit in brackets is one figure
    ("In 2022 the unit opened nine (9) internal investigations. Five (5) were sustained.",
     [{"text": "nine", "value": 9.0, "counted": "investigation"}, {"text": "Five", "value": 5.0}]),
    # 'the two' with an outcome of their own is a figure
    ("Two constables were investigated in 2022 and the two were dismissed.",
     [{"text": "Two", "value": 2.0}, {"text": "two", "value": 2.0, "outcome": "dismissed"}]),
]
