"""A headline restated by its story, written for the outc20 work (invented forces, people and
places; no sentence copied from a dev set or a held-out page).

Mechanism: a page opens with a headline, a short line with no full stop above the story's first
full sentence, that states the story's outcome in a few words; the story then states it again
in full. One event is one Outcome (SPEC), so the headline's copy is dropped when the story
states the same outcome for a person who may be the headline's (no two different names).

Variants written below: UK, Irish and US headline wording (sacked / dismissed / fired /
terminated, jailed / sentenced, charged / indicted, suspended / placed on leave, cleared /
acquitted, resigns / quits, retires, barred / decertified, final written warning, convicted /
pleads guilty, arrested); present-tense headline verbs ("fires", "resigns"), a headline with a
colon ("Jailed: ..."), a headline after a masthead, a section line and a dateline; a story that
restates with another verb of the same outcome ("sacked" / "dismissed"), in another voice
("Sheriff fires deputy" / "the deputy was fired"), with a pronoun or a name the headline lacks.

RESTATED: (page, outcome): the page states the outcome once, in its story (the words found lie
below the headline). KEPT: (page, outcome): the headline's outcome is kept, because the story
does not state it again, states it for a differently named person or for someone who is no
officer, negates it, or states another outcome. LIST: (page, outcome, count): short lines far down
a page are a list, not a headline, and each keeps its outcome.
"""

RESTATED = [
    # UK
    ("Kent PC sacked over drink-driving\n\nA Kent Police constable has been sacked after he was caught "
     "driving while nearly three times the legal limit.", "dismissed"),
    ("Avon officer dismissed for lying to colleagues\n\nA police officer who lied to colleagues about an "
     "accident has been dismissed without notice, Avon and Somerset Police said.", "dismissed"),
    ("Marsh Vale Gazette\nNews | Crime | Sport\n\nCrime\n\nDetective sacked after misconduct hearing\n\n"
     "A detective sergeant was dismissed on Tuesday after a panel heard he had misused police systems.",
     "dismissed"),
    ("Former PC jailed for misconduct in public office\n\nA former police constable has been jailed for "
     "two years after pursuing a relationship with a victim of crime.", "jailed"),
    ("Jailed: sergeant who stole from suspects\n\nA police sergeant who stole cash seized from suspects "
     "was jailed for 18 months at Bristol Crown Court on Friday.", "jailed"),
    ("Officer given final written warning over social media posts\n\nA West Fenshire Police officer has "
     "been given a final written warning after a misconduct hearing found he posted offensive comments.",
     "final_written_warning"),
    ("PC charged with assault after arrest in Leeds\n\nA serving police constable has been charged with "
     "assault by beating following an incident in the city centre.", "charged"),
    ("Special constable cleared of sexual assault\n\nA special constable was cleared of sexual assault by "
     "a jury at Exeter Crown Court.", "acquitted"),
    ("Detective resigns before gross misconduct hearing\n\nA detective constable resigned from Northfen "
     "Police days before he was due to face a gross misconduct hearing.", "resigned"),
    ("Former officer added to barred list\n\nA former officer has been added to the College of Policing "
     "barred list after a hearing found he had lied about his sickness.", "barred"),
    ("PCSO arrested on suspicion of fraud\n\nA police community support officer was arrested on "
     "suspicion of fraud on Wednesday, the force said.", "arrested"),
    ("Inspector suspended as watchdog investigates\n\nAn inspector has been suspended from duty while "
     "the IOPC investigates a complaint about a custody death.", "suspended"),
    ("Sergeant found guilty of misconduct in public office\n\nA police sergeant was convicted of "
     "misconduct in public office after a two-week trial.", "convicted"),
    # Irish
    ("Garda suspended after Athlone incident\n\nA garda has been suspended from duty following an "
     "incident outside a pub in Athlone at the weekend.", "suspended"),
    ("Garda dismissed from force after conviction\n\nA member of An Garda Síochána has been dismissed by "
     "the Garda Commissioner following his conviction for theft.", "dismissed"),
    ("Former garda jailed for theft from station\n\nA former garda was jailed for three years at Cork "
     "Circuit Criminal Court for stealing money from a garda station.", "jailed"),
    ("Garda charged with assault in Sligo\n\nA garda has been charged with assault causing harm after an "
     "arrest in Sligo town last year.", "charged"),
    ("Garda sergeant cleared of harassment\n\nA garda sergeant was acquitted of harassment by a jury at "
     "Galway Circuit Court on Thursday.", "acquitted"),
    ("Garda retires before disciplinary inquiry ends\n\nA garda under investigation for neglect of duty "
     "has retired from the force, the Policing Authority was told.", "retired"),
    # US
    ("Sheriff fires deputy after jail video\n\nThe Marlow County sheriff said on Tuesday that a deputy was "
     "fired after a video showed him striking an inmate.", "dismissed"),
    ("Officer terminated over use of force\n\nA Riverton police officer has been terminated following an "
     "internal affairs investigation into a traffic stop.", "dismissed"),
    ("Trooper placed on leave after crash\n\nA state trooper has been placed on administrative leave after "
     "a crash on Interstate 70, the state police said.", "suspended"),
    ("Deputy indicted on civil rights charges\n\nA former deputy was indicted by a federal grand jury on "
     "Thursday on charges of deprivation of rights.", "charged"),
    ("Ex-officer sentenced to 5 years in prison\n\nA former Easton police officer was sentenced to five "
     "years in prison for stealing from drug suspects.", "jailed"),
    ("Police chief resigns amid investigation\n\nThe Oak Falls police chief resigned on Monday amid a "
     "state investigation into overtime pay.", "resigned"),
    ("Officer decertified by state board\n\nA former Lakeview officer was decertified by the state "
     "standards board on Friday.", "barred"),
    ("Corrections officer pleads guilty to smuggling\n\nA corrections officer pleaded guilty on Monday to "
     "smuggling drugs into the county jail.", "convicted"),
    ("Sergeant acquitted of assault\n\nA jury acquitted a police sergeant of assault on Wednesday after a "
     "three-day trial.", "acquitted"),
    ("Deputy arrested on DUI charge\n\nA Harlan County deputy was arrested on a drunken driving charge "
     "early Sunday, the sheriff's office said.", "arrested"),
    ("KXYZ News 8\nLocal | Weather | Sports\n\nOfficer fired after body camera review\n\nMay 4, 2023\n\n"
     "BRIDGEPORT -- An officer was fired on Thursday after a review of body camera footage from an arrest.",
     "dismissed"),
    ("Deputy suspended without pay\n\nThe sheriff suspended Deputy Cole Ruiz without pay on Monday pending "
     "an internal investigation.", "suspended"),
    ("Trooper Dan Pike fired over false reports\n\nTrooper Dan Pike was fired on Friday after an audit "
     "found false entries in his reports.", "dismissed"),
    ("Officer retires during misconduct probe\n\nA veteran officer retired last week while an internal "
     "investigation into his conduct was under way.", "retired"),
]

KEPT = [
    # the story does not state the headline's outcome again
    ("Officer charged over pub fight\n\nThree off-duty officers were involved in a fight outside a bar "
     "in the town centre, a report says.", "charged"),
    ("PC sacked after hearing\n\nThe hearing was told the constable had sent offensive messages to "
     "colleagues over two years.", "dismissed"),
    ("Deputy fired\n\nThe sheriff's office released no further details on Monday.", "dismissed"),
    ("Garda suspended\n\nThe Garda Press Office would not comment on the case.", "suspended"),
    ("Former officer jailed for fraud\n\nThe court heard he had claimed overtime for shifts he never "
     "worked.", "jailed"),
    # the story states the outcome for a differently named person
    ("PC Jo Bell jailed for fraud\n\nPC Tom Hart was jailed in 2019 for a similar fraud, the court "
     "heard.", "jailed"),
    ("Deputy Sam Cole fired\n\nDeputy Ray Lund was fired last year after a similar complaint.",
     "dismissed"),
    ("Garda Aoife Kerr suspended\n\nGarda Liam Byrne was suspended in 2020 over a separate matter.",
     "suspended"),
    # the story states a different outcome, or denies the headline's
    ("Officer charged with assault\n\nThe officer was suspended from duty on Friday, the force said.",
     "charged"),
    ("Trooper resigns\n\nThe trooper was not fired, the state police said.", "resigned"),
    ("Sergeant cleared of assault\n\nThe sergeant was charged in 2021 and the case went to trial.",
     "acquitted"),
    ("Detective jailed\n\nA second detective was charged with the same offence.", "jailed"),
    # a headline naming an officer whose story gives the outcome to someone else by name
    ("Officer Ana Ruiz terminated\n\nOfficer Ben Ortiz was terminated in March for an unrelated "
     "incident.", "dismissed"),
    # a headline term the story contradicts is not restated by it
    ("Sergeant jailed for two years\n\nA police sergeant was jailed for 20 months at Leeds Crown Court.", "jailed"),
    ("Constable jailed\n\nThe constable's brother, a civilian, was jailed for two years.", "jailed"),
]

LIST = [
    ("The force published its quarterly report on Monday. It covers the hearings held between April and "
     "June, and the outcomes the panels reached in each case, with the officers' ranks and stations. "
     "It also sets out the cases still open and the dates of the hearings to come, and it says "
     "how many complaints were received, how many were resolved and how long each took to close. "
     "The report was presented to the police and crime panel, which asked for more detail on the "
     "cases that took longest.\n\nPC A, Northtown: dismissed\n\nPC B, Southtown: final written warning\n\n"
     "PC A was dismissed after a hearing in May.", "dismissed", 2),
    ("Officer | Rank | Outcome\nPC Dale Hunt | Constable | Dismissed\nPS Rita Moss | Sergeant | Final written warning\n\n"
     "PC Dale Hunt was dismissed after a hearing in May.", "dismissed", 2),
]


def headline_end(text: str) -> int:
    """The character where the story begins: the end of the last short line without a full stop
    that opens the page (the headline and the lines above it)."""
    pos, end = 0, 0
    for line in text.split("\n"):
        if line.strip() and (line.rstrip().endswith((".", "!", "?")) or len(line.split()) > 16):
            return end
        pos += len(line) + 1
        end = pos if line.strip() else end
    return end
