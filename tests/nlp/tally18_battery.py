"""Outcome words of a discipline tally, written for the post18f work (invented forces and
numbers; none copied from a dev set or a held-out page). UK and US tallies name a count's
outcome with words the figure lexicon did not hold:
- counselling as a verb, either spelling ("were counselled", "was counseled");
- a warning given under the conduct rules ("were warned under regulation 7",
  "were formally warned") -- not a warning about something ("were warned that", "were
  warned not to");
- advice as what a case came to ("resulted in advice", "led to advice") -- not advice
  sought or given by the officers ("sought advice", "gave legal advice");
- no breach found, in either voice and order ("no violations were found in four cases",
  "four resulted in no violations being found", "the board found no misconduct in six").

STATED: (text, figure words, outcome; a list means either is right)
REFUSED: (text, figure words, outcome the count must not take)
"""

OTHER = "other"
NOT_PROVEN = "misconduct_not_proven"

STATED = [
    # counselled / counseled
    ("Six constables were counselled by their inspector.", "Six", OTHER),
    ("Of the complaints upheld, four officers were counselled.", "four", OTHER),
    ("Seven deputies were counseled after the audit.", "Seven", OTHER),
    ("Nine troopers have been counseled about their driving.", "Nine", OTHER),
    ("Three sergeants were later counselled on record-keeping.", "Three", OTHER),
    ("In 2021, twelve officers were counselled and two were dismissed.", "twelve", OTHER),
    ("Eleven officers had been counseled by supervisors, the report said.", "Eleven", OTHER),
    # warned under the rules
    ("Five officers were warned under regulation 7 of the conduct rules.", "Five", OTHER),
    ("Eight constables were formally warned by the chief constable.", "Eight", OTHER),
    ("Two inspectors were warned under the standards of professional behaviour.", "Two", OTHER),
    ("Fourteen officers were formally warned about their use of the database.", "Fourteen", OTHER),
    ("Ten sergeants were warned under section 4 of the code.", "Ten", OTHER),
    ("Last year 13 officers were formally warned.", "13", OTHER),
    # advice as the result
    ("Seven complaints resulted in advice.", "Seven", OTHER),
    ("Of the 30 cases, nine resulted in advice and five in a written warning.", "nine", OTHER),
    ("Four hearings led to advice for the officers concerned.", "Four", OTHER),
    ("Eighteen investigations resulted in management advice.", "Eighteen", OTHER),
    ("Twelve misconduct meetings resulted in words of advice.", "Twelve", OTHER),
    ("Six reviews ended up resulting in advice to the officer.", "Six", OTHER),
    # no breach found
    ("No violations were found in four cases.", "four", NOT_PROVEN),
    ("In five complaints no violation was found.", "five", NOT_PROVEN),
    ("Eight investigations resulted in no violations being found.", "Eight", NOT_PROVEN),
    ("Of the rest, three ended with no violation being found.", "three", NOT_PROVEN),
    ("The board found no violations in nine complaints.", "nine", NOT_PROVEN),
    ("Investigators found no misconduct in six of the cases.", "six", NOT_PROVEN),
    ("No misconduct was found in 14 complaints against deputies.", "14", NOT_PROVEN),
    ("Seven complaints resulted in no misconduct being found.", "Seven", NOT_PROVEN),
    ("Ten inquiries found no violation of policy.", "Ten", NOT_PROVEN),
    ("Two reviews closed with no violations found.", "Two", NOT_PROVEN),
    ("In 11 cases no violations were found, the commission said.", "11", NOT_PROVEN),
    ("Twenty complaints were closed; no misconduct was found in eight.", "eight", NOT_PROVEN),
]

REFUSED = [
    ("Six officers were warned that their conduct was under review.", "Six", OTHER),
    ("Nine deputies were warned not to speak to reporters.", "Nine", OTHER),
    ("Four officers were warned of the risks by the union.", "Four", OTHER),
    ("Twelve officers sought advice from the federation.", "Twelve", OTHER),
    ("Seven officers gave legal advice to the board.", "Seven", OTHER),
    ("Three lawyers offered advice to the sergeants.", "Three", OTHER),
    ("Five victims were counselled by a charity.", "Five", OTHER),
    ("Eleven residents were counseled after the fire.", "Eleven", OTHER),
    ("Two officers counselled the family after the crash.", "Two", OTHER),
    ("Eight officers were not counselled, the review found.", "Eight", OTHER),
    ("Ten officers could be formally warned if the panel agrees.", "Ten", OTHER),
    ("No violations were found in four cases, but seven officers were dismissed.", "seven", NOT_PROVEN),
    ("Nine complaints resulted in a suspension after violations were found.", "Nine", NOT_PROVEN),
    ("Investigators found violations in six cases.", "six", NOT_PROVEN),
    ("Three officers were disciplined; the board did not say whether violations were found.", "Three", NOT_PROVEN),
    ("Fourteen officers asked for advice on the new rules.", "Fourteen", OTHER),
]
