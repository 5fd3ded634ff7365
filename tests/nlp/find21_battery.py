"""The find21 battery: a level of misconduct stated as a finding without a finding verb before
it, in sentences of our own (names and forces invented), UK / Irish / US wording; and near
sentences that state no finding.

Mechanism: a level of misconduct ("amounted to / constituted / amounting to (gross)
misconduct") is a finding when the sentence shows its finder or its sanction, not only when a
finding verb stands before it:
  tag        the finder's tag after the clause: ", a panel has concluded", ", the chair ruled
             on Friday", ", an independent panel found" (present or past, with or without
             has/have)
  sanction   the sanction the finding led to, stated as done earlier in the sentence: "was
             dismissed after ..., amounting to gross misconduct", "has been sacked for conduct
             amounting to", "was given / handed / issued a final written warning for remarks
             amounting to misconduct"

Refused: a tag that reports, hears, alleges or looks ahead (", the IOPC said", ", the panel
heard", ", the panel will decide"), a level under a modal, negation or condition, a sanction
that is a policy or a possibility ("Officers who lie will be sacked for conduct amounting to
gross misconduct", "could be dismissed for ..."), allegations or charges "amounting to" a level
(an assessment), a sanction in another clause, and the usual near misses ("if found guilty of
gross misconduct", "allegations of gross misconduct", "the hearing will decide whether ...").

STATED: (text, outcome, subject words that must all be in the subject or None, months or None)
A second mechanism, groups: a counted group of officers coordinated with other officers as one
subject ("Ten detention officers and a deputy have been fired", "A sergeant and two constables
were suspended", "Two serving officers and three former officers were found ...") is one
Outcome whose subject is the whole coordination as written (SPEC: a few people in one event);
and "they" in a later sentence stands for a small count taken from a group of officers ("Four
of their colleagues were found guilty of misconduct. They will all receive final written
warnings"). Refused: a coordination with people who are not police counted in it ("Two
officers and three suspects were arrested": a tally of the sentence, as before), a tally's
period or statistics frame, a modal, and "they" after a count of suspects or victims, or after
another group named between.

STATED: (text, outcome, subject words that must all be in the subject or None, months or None)
REFUSED: (text, outcome that must not be found, or None for no outcome at all)
GROUPS: (text, outcome, the subject exactly as written)
"""

STATED = [
    # ---- tag: the finder named after the clause, each verb, tense and finder
    ("The behaviour of PC Dan Moss amounted to gross misconduct, a panel has concluded.", "gross_misconduct_proven", "Moss", None),
    ("Sergeant Ola Reid's comments amounted to gross misconduct, the chair ruled.", "gross_misconduct_proven", "Reid", None),
    ("Inspector Kay Brent's conduct amounted to misconduct, a misconduct meeting decided on Monday.", "misconduct_proven", "Brent", None),
    ("The actions of Constable Ivo Lark constituted gross misconduct, an independent panel found.", "gross_misconduct_proven", "Lark", None),
    ("PC Tia Hume's failure to record the search amounted to gross misconduct, the legally qualified chair determined.", "gross_misconduct_proven", "Hume", None),
    ("Detective Sergeant Abe Cole's relationship with a witness amounted to gross misconduct, Chief Constable Ann Lowe has ruled.", "gross_misconduct_proven", "Cole", None),
    ("Garda Niall Roche's handling of the exhibits amounted to misconduct, the Garda Commissioner has determined.", "misconduct_proven", "Roche", None),
    ("The messages sent by Officer Wade Pruitt constituted misconduct, the police board found last week.", "misconduct_proven", "Pruitt", None),
    ("Constable Lia Dunne's use of the database amounts to gross misconduct, the panel concludes.", "gross_misconduct_proven", "Dunne", None),
    ("The conduct of PCSO Mark Tate amounted to gross misconduct, a hearing at force headquarters decided.", "gross_misconduct_proven", "Tate", None),
    ("Sergeant Rob Ince's remarks to the victim amounted to gross misconduct, the panel held.", "gross_misconduct_proven", "Ince", None),
    ("Deputy Lou Harlan's false report constituted gross misconduct, the review board agreed.", "gross_misconduct_proven", "Harlan", None),
    ("PC Jill Orme's failure to attend the call had amounted to misconduct, the chair found.", "misconduct_proven", "Orme", None),
    ("What Inspector Vic Lyle did that night amounted to gross misconduct, the tribunal has found.", "gross_misconduct_proven", "Lyle", None),
    ("The conduct of a police officer who kept seized cash amounted to gross misconduct, a top officer has concluded.", "gross_misconduct_proven", "officer", None),
    ("Trooper Gus Vela's untruthful log entry constituted misconduct, the hearing officer ruled on Tuesday.", "misconduct_proven", "Vela", None),
    # ---- sanction: stated as done before the level, each sanction, voice and link
    ("PC Joe Dale was dismissed after a string of racist messages, amounting to gross misconduct.", "gross_misconduct_proven", "Dale", None),
    ("Sergeant Lyn Shaw has been sacked following a series of dishonest claims, amounting to gross misconduct.", "gross_misconduct_proven", "Shaw", None),
    ("A Kent PCSO has been dismissed for sending offensive messages to a colleague, amounting to gross misconduct.", "gross_misconduct_proven", "PCSO", None),
    ("Constable Una Mays was given a final written warning for remarks amounting to misconduct.", "misconduct_proven", "Mays", None),
    ("PC Roy Lent was dismissed without notice for behaviour amounting to gross misconduct.", "gross_misconduct_proven", "Lent", None),
    ("Garda Cian Foy was dismissed from the force for conduct amounting to gross misconduct.", "gross_misconduct_proven", "Foy", None),
    ("Officer Dee Lamb was fired over a social media post amounting to gross misconduct.", "gross_misconduct_proven", "Lamb", None),
    ("Detective Constable Ken Ashe was handed a final written warning over comments amounting to misconduct.", "misconduct_proven", "Ashe", None),
    ("Sergeant Amy Pell received a final written warning for a remark amounting to misconduct.", "misconduct_proven", "Pell", None),
    ("PC Tom Byrne has been demoted after lying to a supervisor, amounting to gross misconduct.", "gross_misconduct_proven", "Byrne", None),
    ("Inspector Hal Crewe was sacked on Friday for a relationship with a victim amounting to gross misconduct.", "gross_misconduct_proven", "Crewe", None),
    ("Special Constable Ann Pike was issued with a written warning for behaviour amounting to misconduct.", "misconduct_proven", "Pike", None),
    ("Deputy Ray Moon was terminated for repeated use of force amounting to gross misconduct.", "gross_misconduct_proven", "Moon", None),
    ("PC Zoe Hart had been dismissed following the searches, amounting to gross misconduct.", "gross_misconduct_proven", "Hart", None),
    ("A Sussex police officer was sacked after a panel heard of messages amounting to gross misconduct.", "gross_misconduct_proven", "officer", None),
    ("PC Rhys Ward was dismissed, his failures amounting to gross misconduct.", "gross_misconduct_proven", "Ward", None),
]

REFUSED = [
    # ---- tags that find nothing: reporting, hearing, alleging, looking ahead
    ("The behaviour of PC Dan Moss amounted to gross misconduct, the IOPC said.", "gross_misconduct_proven"),
    ("Sergeant Ola Reid's comments amounted to gross misconduct, the panel heard.", "gross_misconduct_proven"),
    ("Inspector Kay Brent's conduct amounted to misconduct, the force alleged.", "misconduct_proven"),
    ("PC Tia Hume's conduct amounted to gross misconduct, the panel will decide.", "gross_misconduct_proven"),
    ("Whether PC Ivo Lark's actions amounted to gross misconduct, the panel has not yet decided.", "gross_misconduct_proven"),
    ("PC Bea Rudd's conduct, if proven, would amount to gross misconduct, the IOPC decided.", "gross_misconduct_proven"),
    ("Lawyers for PC Tia Hume argued her conduct did not amount to gross misconduct, the panel heard.", "gross_misconduct_proven"),
    ("The remarks of Garda Noel Fahy could amount to gross misconduct, the ombudsman found.", "gross_misconduct_proven"),
    ("Prosecutors argued Officer Cal Reese's conduct amounted to misconduct, but the board found otherwise.", "misconduct_proven"),
    # ---- sanctions that are policy, possibility or another clause's
    ("Officers who lie will be sacked for conduct amounting to gross misconduct.", None),
    ("PC Joe Dale could be dismissed for behaviour amounting to gross misconduct.", "gross_misconduct_proven"),
    ("PC Sam Lowry was not dismissed, despite remarks amounting to gross misconduct.", "gross_misconduct_proven"),
    ("PC Ali Kerr was dismissed in 2019 and now faces new allegations amounting to gross misconduct.", "gross_misconduct_proven"),
    ("Sergeant Pip Nolan was sacked in 2020; the complaints against Sergeant Rea Long, amounting to gross misconduct, are still being examined.", "gross_misconduct_proven"),
    ("If PC Ed Lowe is dismissed for conduct amounting to gross misconduct, he will be barred.", "gross_misconduct_proven"),
    ("Any officer who is fired for conduct amounting to gross misconduct loses the pension.", None),
    # ---- the usual near misses of the class
    ("If found guilty of gross misconduct, PC Kay Brent could be dismissed.", None),
    ("Sergeant Ola Reid faces allegations of gross misconduct over the messages.", None),
    ("PC Dan Moss will face a hearing to decide whether his conduct amounted to gross misconduct.", None),
    ("The panel will decide whether Sergeant Lyn Shaw's actions amounted to gross misconduct.", None),
    ("The IOPC said PC Ivo Lark's behaviour may have amounted to gross misconduct.", None),
    ("PC Joe Dale denied that his remarks amounted to gross misconduct.", None),
    ("Constable Roy Lent was not guilty of gross misconduct, the panel found.", "gross_misconduct_proven"),
    ("The chair found that PC Ed Vane was not guilty of gross misconduct.", "gross_misconduct_proven"),
]

GROUPS = [
    # ---- a counted group coordinated with other officers: one subject, the coordination as written
    ("Two serving officers and three former officers were found to have breached the standards of professional behaviour.", "misconduct_proven", "Two serving officers and three former officers"),
    ("Ten detention officers and a deputy have been fired after an inmate died in the jail.", "dismissed", "Ten detention officers and a deputy"),
    ("Three constables and a sergeant were dismissed on Friday.", "dismissed", "Three constables and a sergeant"),
    ("Two deputies and a jailer were indicted on Tuesday.", "charged", "Two deputies and a jailer"),
    ("A sergeant and two constables have been suspended after the video emerged.", "suspended", "A sergeant and two constables"),
    ("Two Garda sergeants and a garda were arrested over the incident.", "arrested", "Two Garda sergeants and a garda"),
    ("Two troopers and their supervisor were placed on administrative leave.", "suspended", "Two troopers and their supervisor"),
    ("Sergeant Ian Platt and two constables were sacked after the raid.", "dismissed", "Sergeant Ian Platt and two constables"),
    ("Two PCSOs and a special constable were given final written warnings.", "final_written_warning", "Two PCSOs and a special constable"),
    ("Three correctional officers and a lieutenant were charged with assault in connection with the beating.", "charged", "Three correctional officers and a lieutenant"),
    ("Two detectives and a detective sergeant have resigned over the leaked messages.", "resigned", "Two detectives and a detective sergeant"),
    ("Four Met officers and a police staff member were found to have committed gross misconduct at a hearing on Monday.", "gross_misconduct_proven", "Four Met officers and a police staff member"),
    ("Two gardaí and a sergeant were convicted at Cork Circuit Criminal Court.", "convicted", "Two gardaí and a sergeant"),
    ("An inspector and two sergeants were placed on restricted duties after the raid.", "other", "An inspector and two sergeants"),
    ("Two constables and a former inspector were jailed for 18 months at Leeds Crown Court.", "jailed", "Two constables and a former inspector"),
    ("Two deputies were fired and a jailer was suspended.", "dismissed", "Two deputies"),  # two verbs, two subjects
    # ---- 'they' after a small count taken from a group of officers
    ("Four of their colleagues were found guilty of misconduct. They will all receive final written warnings.", "final_written_warning", "Four of their colleagues"),
    ("Two of the officers were charged with assault. They have both been suspended.", "suspended", "Two of the officers"),
    ("Three of the deputies were found to have lied in their reports. They were all fired on Thursday.", "dismissed", "Three of the deputies"),
    ("Two of the constables admitted gross misconduct at the hearing. They were each given a final written warning.", "final_written_warning", "Two of the constables"),
    ("Three of his colleagues were arrested at the station. They have since been suspended from duty.", "suspended", "Three of his colleagues"),
    ("Two of the gardaí were found guilty of assault. They have both resigned from the force.", "resigned", "Two of the gardaí"),
    ("Four of the troopers were indicted by a grand jury. They were placed on administrative leave.", "suspended", "Four of the troopers"),
]

# one Outcome of the group, never one more for a part of it
GROUP_REFUSED = [
    ("Two officers and three suspects were arrested after the fight.", None),
    ("45 officers and 12 staff were dismissed last year.", None),
    ("Figures show 30 officers and 12 staff members were dismissed between 2019 and 2023.", None),
    ("Three protesters and a photographer were arrested by two officers.", None),
    ("Two constables and a sergeant could be dismissed if the allegations are proven.", None),
    ("Officers and staff who lie will be sacked.", None),
    ("Two officers and a sergeant will face a misconduct hearing next month.", None),
    ("Two of the suspects were charged with assault. They have both been remanded in custody.", None),
    ("Two of the officers arrested three men. They were charged with burglary.", None),
    ("Four of the victims were injured. They will all receive compensation.", None),
    ("Two officers and a civilian were injured in the crash.", None),
    ("More than 200 officers and 50 staff were sacked in the five years to March.", None),
    ("Two of the officers were praised by the judge. They will all receive commendations.", None),
]

GAPS = ()
