"""'one' as an item of a tally, written for the post18f work (invented forces and numbers;
none copied from a dev set or a held-out page). A tally of outcomes runs as clauses each
headed by a count ("six were dismissed, four were warned, and one retired"); 'one' opening
such a clause -- after a comma, semicolon, colon, 'and', 'while' or 'but' -- is a count of the
tally like the others, whether a noun follows it or not and whatever the verb's tense. Not:
'one of them', 'one day later', 'one officer said' beside no tally of conduct, a 'one' that
opens no clause of its own, or a run of clauses about something other than conduct.
Left alone: 'one' before a past tense with an object ('while one received advice', 'one
claimed harassment'), since the noun reader would take the object for the count's noun.

STATED: (text, the outcome of the 'one' figure or None); exactly one 'one' in each text.
REFUSED: texts in which 'one' must not be a figure.
"""

STATED = [
    # no noun after 'one'
    ("Eight constables were dismissed and one retired before the hearing.", "retired"),
    ("Nine deputies were suspended, but only one was fired.", "dismissed"),
    ("Two sergeants were given written warnings, while one was given management advice.", "other"),
    ("Seven officers were reprimanded, and one was demoted.", "other"),
    ("Five troopers resigned and one was dismissed after the inquiry.", "dismissed"),
    ("Twelve complaints were upheld; one was withdrawn.", None),
    ("Four officers were given final written warnings and one was suspended.", "suspended"),
    ("In 2020, six officers were sacked, three resigned and one was jailed.", "jailed"),
    ("Ten officers were counselled, two were cautioned, and one resigned.", "resigned"),
    ("Of the cases heard, 14 were dismissed and one resulted in advice.", "other"),
    ("Three detectives were convicted, and one has been charged.", "charged"),
    ("Sixteen complaints were closed and just one was upheld.", None),
    # a noun after 'one'
    ("Two constables were fined; one officer was dismissed.", "dismissed"),
    ("Nine officers were suspended, and one sergeant was fired.", "dismissed"),
    ("Four deputies were disciplined, while one deputy was charged with assault.", "charged"),
    ("Eleven officers were warned under the rules and one officer was cautioned.", "other"),
    ("Six complaints were upheld, and one complaint was referred to prosecutors.", None),
    ("Five troopers were demoted; one trooper retired.", "retired"),
    ("Twenty officers received advice, and one inspector was dismissed.", "dismissed"),
    ("Three constables were jailed and one constable was acquitted.", "acquitted"),
    # a colon or semicolon run, 'one' first or inside
    ("The outcomes were: one officer was dismissed; three were given written warnings.", "dismissed"),
    ("The results: one case was withdrawn; four officers were counselled.", None),
    ("The panel's findings: two officers were dismissed; one was reduced in rank; five were warned.", "other"),
    ("By outcome: seven officers were suspended; one was dismissed.", "dismissed"),
    ("Of the officers: three were sacked, one resigned and two were cleared.", "resigned"),
    ("The board's record: 12 deputies were disciplined and one was fired.", "dismissed"),
    ("The figures show 30 officers were suspended and one was dismissed.", "dismissed"),
    ("Eight officers were fined, two were demoted and one was dismissed, the force said.", "dismissed"),
    ("Four gardaí were suspended; one garda was dismissed.", "dismissed"),
    ("Last year 15 officers were reprimanded and one was arrested.", "arrested"),
]

REFUSED = [
    "Two officers were fired, and one of them appealed.",
    "Five officers were suspended, and one day later the chief resigned.",
    "Two officers were injured and one was taken to hospital.",
    "The force dismissed one officer last year.",
    "Three cars were damaged and one was stolen.",
    "Nine residents complained, and one said the police were rude.",
    "Officers were dismissed, and one of the sergeants resigned.",
    "The chief said one thing and did another.",
    "Four windows were broken and one was boarded up.",
    "Two officers were praised and one was promoted.",
    "Six officers were interviewed, and one said he was sorry.",
    "It was one of the worst years for the force, and 12 officers were dismissed.",
    "Two reports were published, and one was withheld.",
    "No officer was dismissed, and one complaint is still open.",
    "Two shots were fired and one hit the wall.",
    "Three witnesses were interviewed; one was a child.",
    "Two dogs were seized, and one was destroyed.",
    "Three sergeants were fired and one facing dismissal has resigned.",
]
