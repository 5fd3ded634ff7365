"""Ages the figure patterns missed, written for the figp20 work (invented people and numbers;
none copied from a dev set or a held-out page). An age is no figure (SPEC section 2) however it is
written: after a name's suffix ('JR., 52, of', 'Ellis Sr., 58,'), after 'the age(s) of' ('under
the age of 16', 'between the ages of 13 and 15'), in a band ('aged between 25 and 34', 'aged 14 to
16', 'aged under 30 and over 50'), or after a name whose closing comma is missing, where a verb or
pronoun that marks one person tells it from a count ('Ann Porter, 44 was dismissed', 'Luis Ortega,
35 turned himself in'). Near (FIGURES): counts beside age words and beside names, counts after a
place of two words and a comma with a plural or unmarked verb ('In South Wales, 12 resigned'),
and a count of officers whose band is an age ('26 were under the age of 35': 26 stays, 35 goes).

HEADLINE: opens every text, as an article's title.
REFUSED: texts none of whose numbers is a figure.
FIGURES: (text, the values of its figures in order).
"""

HEADLINE = 'Officer dismissed for gross misconduct\n\n'

REFUSED = [
    'Former Sergeant JAMES R. COLE JR., 52, of Hammond, was fired and charged with extortion.',
    'Deputy Mark Ellis Jr., 41, was fired after the investigation found misconduct.',
    'Trooper Daniel Ruiz Sr., 58, of Tucson, was dismissed for misconduct.',
    'Former jailer ROBERT HAYES SR., 63, pleaded guilty to official misconduct.',
    'Officer Carl Bennett Jr., 29, was placed on leave and later fired for misconduct.',
    'Corrections officer Luis Vega II, 33, was terminated for misconduct.',
    'He was accused of sexual misconduct with a girl under the age of 16 and was dismissed.',
    'The deputy was fired for misconduct with a person over the age of sixteen.',
    'The sergeant was dismissed for sending messages to boys between the ages of 13 and 15.',
    'Officers aged between 25 and 34 accounted for most of the dismissals for misconduct.',
    'The detective was sacked for misconduct at the age of 58.',
    'The constable was barred from policing for grooming a child below the age of 14.',
    'The officer was jailed for misconduct in public office after contacting girls aged 14 to 16.',
    'Officers aged from 18 to 24 made up a small share of those dismissed for gross misconduct.',
    'The trooper was fired for misconduct involving a teenager under the age of eighteen.',
    'Victims were between the ages of 15 and 17 when the constable contacted them, and he was dismissed.',
    'Officers aged under 30 and over 50 were least likely to be dismissed for misconduct.',
    'He was sacked for an improper relationship with a woman aged 19, the misconduct panel found.',
    'The deputy, who was fired for misconduct, joined the office at the age of 21.',
    'Misconduct panels dismissed officers of ages 22 to 60 last year.',
    'The garda was dismissed for sexual misconduct with a girl under the age of seventeen.',
    'Agent Luis Ortega, 35 turned himself in and was later fired for misconduct.',
    'Detective Ann Porter, 44 was dismissed for gross misconduct on Friday.',
    'Sergeant Paul Wren, 50 faces a misconduct hearing next month after his arrest for misconduct.',
    'Deputy Karen Lowe, 38 remains suspended while the misconduct investigation continues.',
    'Constable James Reid, 27 is accused of gross misconduct and was dismissed.',
    'Trooper Dale Simms, 46 has been fired for misconduct.',
    'Officer Neil Grant, 31 gave himself up and was suspended for misconduct.',
]

FIGURES = [
    ('Of the officers under the age of 30 who were investigated, 12 were dismissed for misconduct.', [12]),
    ('In Greater Manchester, 14 officers were dismissed for gross misconduct last year.', [14]),
    ('Across West Yorkshire, 22 were dismissed for misconduct in 2022.', [22]),
    ('In South Wales, 12 resigned before their misconduct hearings in 2022.', [12]),
    ('Deputy Mark Ellis Jr. was one of 41 deputies fired for misconduct last year.', [41]),
    ('The force dismissed 35 officers for gross misconduct, the highest number since 2015.', [35]),
    ('Thirty officers aged over 50 were among the 120 dismissed for misconduct in 2021.', [30, 120]),
    ('The age of officers was not recorded; 18 were dismissed for misconduct in 2022.', [18]),
    ('Sergeant Paul Wren said 16 officers were dismissed for misconduct in 2022.', [16]),
    ('Since the age limit changed, 25 officers have been sacked for gross misconduct.', [25]),
    ('In North Yorkshire, 9 were dismissed and 4 resigned in 2021 after misconduct findings.', [9, 4]),
    ('Of the 40 officers dismissed for misconduct in 2022, 26 were under the age of 35.', [40, 26]),
    ('Robert Hayes Jr. said 44 deputies were fired for misconduct in 2022.', [44]),
    ('Figures show 52 officers were sacked for gross misconduct in 2023, the report by Ann Porter found.', [52]),
    ('In Thames Valley, 19 officers were dismissed for misconduct in 2020.', [19]),
    ('Between 2019 and 2022, 63 troopers were fired for misconduct.', [63]),
]
