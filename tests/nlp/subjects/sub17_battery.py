"""Whose outcome it is when a decision is told to the person it is about (ssubj17).

A decision is news to the one it is done to, so English tells it to him: "The chief informed
Lane that he was suspended". After a verb of telling with a person as its object (told,
informed, notified, advised, warned, reminded), the pronoun of a PASSIVE clause ('was
suspended', 'had been fired', 'was being placed on leave', 'was relieved of duty', 'had been
arrested') is the one who hears: the teller did it, the hearer had it done to him. An active clause stays the teller's ("The chief told Lane he had resigned"), and
so does a clause told to an audience ("told a reporter he had been fired") or to several
people ("told the deputies he had been suspended"). When the one who hears is not police ("the
driver", "the woman"), what was done to him is no officer's outcome, and never the teller's.

Shapes crossed: teller (a named chief or sheriff, "the commissioner", a UK chief constable, the
Garda Commissioner, an inspector), telling verb (told, informed, notified, advised, warned), with
and without "that", the hearer (rank and name, a bare surname, "the sergeant", "him", "her"),
passive predicates of suspension, dismissal, arrest, charge, demotion and decertification, in
simple past, past perfect and progressive; UK, Irish and US wording.

Every sentence was written for this battery; names, places and bodies are invented.

STORIES: (text, [(outcome, subject words that must all be in the subject)])
REFUSED: (text, outcome, subject words) no outcome of that kind whose subject holds those
         words (None: no outcome of that kind at all)
"""

STORIES = [
    # --- a named chief or sheriff tells a named officer; "that" or not
    ("Officer Dan Lane was accused of lying in a report. Chief Ray Cole informed Lane that he was suspended "
     "without pay.", [("suspended", "Lane")]),
    ("Officer Dan Lane was accused of lying in a report. Chief Ray Cole told Lane he had been fired.",
     [("dismissed", "Lane")]),
    ("Officer Dan Lane was accused of lying in a report. On Monday Chief Ray Cole notified Lane that he had been "
     "terminated.", [("dismissed", "Lane")]),
    ("Deputy Kara Bell was under investigation for months. Sheriff Pat Dunn told Bell that she was being placed "
     "on administrative leave.", [("suspended", "Bell")]),
    ("Deputy Kara Bell was under investigation for months. Sheriff Pat Dunn informed Bell she had been "
     "indefinitely suspended.", [("suspended", "Bell")]),
    ("Deputy Kara Bell was under investigation for months. Sheriff Pat Dunn advised Deputy Bell that she was "
     "relieved of duty.", [("suspended", "Bell")]),
    ("Trooper Jo Vance was seen on video striking a driver. Colonel Amy Trask informed Vance that he was "
     "suspended with pay.", [("suspended", "Vance")]),
    ("Trooper Jo Vance was seen on video striking a driver. Colonel Amy Trask told Vance on Friday that he had "
     "been dismissed from the state police.", [("dismissed", "Vance")]),
    ("Sergeant Lee Oduya was accused of falsifying overtime. Chief Mia Holt told Oduya that he was demoted to "
     "patrol officer.", [("other", "Oduya")]),
    ("Sergeant Lee Oduya was accused of falsifying overtime. Chief Mia Holt informed Oduya he was being fired.",
     [("dismissed", "Oduya")]),
    ("Jailer Tim Brandt was filmed kicking an inmate. Warden Lou Price notified Brandt that he was terminated "
     "effective immediately.", [("dismissed", "Brandt")]),
    ("Officer Ben Tull crashed a patrol car while drunk. Chief Ray Cole told Tull that he was being arrested.",
     [("arrested", "Tull")]),
    ("Officer Ben Tull crashed a patrol car while drunk. Lieutenant Gus Ward informed Tull he was being "
     "charged with drunk driving.", [("charged", "Tull")]),
    ("Officer Ben Tull crashed a patrol car while drunk. Chief Ray Cole warned Tull that he was suspended "
     "pending the inquiry.", [("suspended", "Tull")]),
    # --- a role with no name as the teller
    ("Officer Dan Lane was accused of lying in a report. The chief informed Lane that he was suspended for "
     "ten days.", [("suspended", "Lane")]),
    ("Deputy Kara Bell was under investigation for months. The sheriff told Bell that she had been fired.",
     [("dismissed", "Bell")]),
    ("Officer Ben Tull crashed a patrol car while drunk. The city manager notified Tull that he was "
     "terminated.", [("dismissed", "Tull")]),
    ("Officer Ben Tull crashed a patrol car while drunk. The department's director told Tull he was being "
     "placed on paid leave.", [("suspended", "Tull")]),
    ("Trooper Jo Vance was seen on video striking a driver. The superintendent informed Vance that he had "
     "been relieved of duty.", [("suspended", "Vance")]),
    # --- the hearer as a pronoun or a description
    ("Officer Dan Lane was accused of lying in a report. Chief Ray Cole told him he was fired.",
     [("dismissed", "Lane")]),
    ("Officer Dan Lane was accused of lying in a report. Chief Ray Cole informed him that he had been "
     "suspended.", [("suspended", "Lane")]),
    ("Deputy Kara Bell was under investigation for months. Sheriff Pat Dunn told her that she was being "
     "terminated.", [("dismissed", "Bell")]),
    ("Sergeant Lee Oduya was accused of falsifying overtime. Chief Mia Holt told the sergeant that he had "
     "been suspended without pay.", [("suspended", "Oduya")]),
    ("Sergeant Lee Oduya was accused of falsifying overtime. Chief Mia Holt notified the sergeant he was "
     "relieved of his duties.", [("suspended", "Oduya")]),
    ("Sergeant Lee Oduya was accused of falsifying overtime. The chief informed the officer that he was "
     "terminated.", [("dismissed", "officer")]),
    # --- UK and Irish wording
    ("PC Sam Reed faced a misconduct hearing in March. The chief constable told Reed that he had been "
     "dismissed without notice.", [("dismissed", "Reed")]),
    ("PC Sam Reed faced a misconduct hearing in March. Chief Constable Ian Marsh informed Reed he was "
     "suspended from duty.", [("suspended", "Reed")]),
    ("PC Sam Reed faced a misconduct hearing in March. Superintendent Ruth Gale told PC Reed that he had "
     "been sacked.", [("dismissed", "Reed")]),
    ("PC Sam Reed faced a misconduct hearing in March. An inspector informed Reed that he was being "
     "suspended.", [("suspended", "Reed")]),
    ("PC Sam Reed faced a misconduct hearing in March. The chief constable told him that he was placed on "
     "restricted duties.", [("other", "Reed")]),
    ("Sergeant Amy Cole was accused of bullying. The chief constable informed Cole that she had been "
     "dismissed.", [("dismissed", "Cole")]),
    ("Garda Niall Fahy was at the centre of the inquiry. The Garda Commissioner informed Fahy that he was "
     "suspended from duty.", [("suspended", "Fahy")]),
    ("Garda Niall Fahy was at the centre of the inquiry. The Garda Commissioner told Garda Fahy that he had "
     "been dismissed from the force.", [("dismissed", "Fahy")]),
    ("Garda Niall Fahy was at the centre of the inquiry. A chief superintendent notified Fahy he was "
     "suspended.", [("suspended", "Fahy")]),
    ("Garda Niall Fahy was at the centre of the inquiry. The commissioner advised him that he was dismissed.",
     [("dismissed", "Fahy")]),
    # --- other predicates: decertified, demoted, arrested, charged
    ("Officer Ben Tull crashed a patrol car while drunk. The state board notified Tull that he had been "
     "decertified.", [("barred", "Tull")]),
    ("Deputy Kara Bell was under investigation for months. The sheriff informed Bell that she had been "
     "demoted to deputy.", [("other", "Bell")]),
    ("Officer Ben Tull crashed a patrol car while drunk. A sergeant told Tull he had been arrested.",
     [("arrested", "Tull")]),
    ("Deputy Kara Bell was under investigation for months. Detectives informed Bell that she was being "
     "arrested.", [("arrested", "Bell")]),
    ("Trooper Jo Vance was seen on video striking a driver. An agent told Vance that he was being arrested.",
     [("arrested", "Vance")]),
    # --- an adverb or a phrase before the verb, a date before the teller
    ("Officer Dan Lane was accused of lying in a report. In a letter, Chief Ray Cole informed Lane that he "
     "was immediately suspended.", [("suspended", "Lane")]),
    ("Deputy Kara Bell was under investigation for months. On May 2, Sheriff Pat Dunn notified Bell that she "
     "had been terminated.", [("dismissed", "Bell")]),
    ("Officer Ben Tull crashed a patrol car while drunk. Last week Chief Ray Cole told Tull that he had now "
     "been fired.", [("dismissed", "Tull")]),
    ("Officer Ben Tull crashed a patrol car while drunk. The chief later informed Tull he had also been "
     "suspended.", [("suspended", "Tull")]),
    # --- the teller's own act, active: the teller keeps it
    ("Deputy Kara Bell told the sheriff she had resigned from the department.", [("resigned", "Bell")]),
    ("Officer Dan Lane told a reporter that he had been fired for speaking out.", [("dismissed", "Lane")]),
]

REFUSED = [
    # the teller is not the one it was done to
    ("Officer Dan Lane was accused of lying in a report. Chief Ray Cole informed Lane that he was suspended "
     "without pay.", "suspended", "Ray Cole"),
    ("Officer Dan Lane was accused of lying in a report. Chief Ray Cole told Lane he had been fired.",
     "dismissed", "Ray Cole"),
    ("Deputy Kara Bell was under investigation for months. Sheriff Pat Dunn told Bell that she was being placed "
     "on administrative leave.", "suspended", "Pat Dunn"),
    ("PC Sam Reed faced a misconduct hearing in March. Chief Constable Ian Marsh informed Reed he was "
     "suspended from duty.", "suspended", "Ian Marsh"),
    ("Officer Ben Tull crashed a patrol car while drunk. Chief Ray Cole told Tull that he was being arrested.",
     "arrested", "Ray Cole"),
    ("Trooper Jo Vance was seen on video striking a driver. Colonel Amy Trask informed Vance that he was "
     "suspended with pay.", "suspended", "Amy Trask"),
    # an officer tells someone who is not police: no officer had it done
    ("Deputy Al Fox stopped a car on the highway. Fox told the driver he was being arrested.", "arrested", None),
    ("Officer Dan Lane answered the call. Lane told the man that he was being arrested for theft.",
     "arrested", None),
    ("Trooper Jo Vance stopped a woman for speeding. Vance informed the woman that she had been arrested.",
     "arrested", None),
    ("Sergeant Lee Oduya questioned a teenager. Oduya told the teenager he was being charged with burglary.",
     "charged", None),
    ("PC Sam Reed went to the house. Reed told the suspect he was arrested for assault.", "arrested", None),
    ("Garda Niall Fahy stopped a van. Fahy informed the driver that he was being arrested.", "arrested", None),
    ("The manager told the cashier that she was fired.", "dismissed", None),
    ("The landlord informed the tenant that he was being evicted and his lease was terminated.", "dismissed", None),
    # the teller's own act (active), told to an officer: not the hearer's
    ("Officer Dan Lane was accused of lying in a report. Chief Ray Cole told Lane he had resigned.",
     "resigned", "Lane"),
    ("Deputy Kara Bell was under investigation for months. Sheriff Pat Dunn told Bell he would retire in "
     "June.", "retired", "Bell"),
    ("PC Sam Reed faced a misconduct hearing in March. Inspector Ruth Gale told Reed she had resigned from "
     "the panel.", "resigned", "Reed"),
    # an audience or several people hear it: not theirs
    ("Officer Dan Lane told a reporter that he had been fired for speaking out.", "dismissed", "reporter"),
    ("Deputy Kara Bell told journalists she had been suspended without pay.", "suspended", "journalists"),
    ("Chief Ray Cole told the officers he had been suspended by the mayor.", "suspended", "officers"),
    # a request or a threat, not a decision
    ("Officer Dan Lane was accused of lying. Chief Ray Cole warned Lane that he could be fired.", "dismissed",
     None),
    ("Officer Dan Lane was accused of lying. Chief Ray Cole told Lane that he would be fired if he lied "
     "again.", "dismissed", None),
]
