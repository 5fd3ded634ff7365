"""Outcomes the tool stated that no officer had, by the kinds that recur across first-sight
batches (prec14o): a figure's wording read as one officer's outcome, a negation written with
a curly apostrophe, a condition put after its main clause ("... had he pleaded guilty"), a
headline's "avoids jail" where the sentence given was probation or community service, and a
relative of an officer read as the officer. Each kind has sentences that must state none
and near sentences that must still state theirs. Written for this battery (names, places,
bodies invented), US, UK and Irish wording.

STATED: (text, outcome, subject words that must all be in the subject or None, months or None)
REFUSED: (text, outcome that must not be found, or None for no outcome at all)
"""

STATED = [
    # ---- figures' wording: near sentences that are one officer's or one group's outcome
    ("Internal affairs sustained the policy violations against Deputy Roy Kemp.", "misconduct_proven", "Kemp", None),
    ("Two Kellham officers were convicted of assault on Tuesday.", "convicted", "officers", None),
    ("One garda was suspended on Friday after the incident in Tralee.", "suspended", "garda", None),
    ("The video shows one officer, who was later dismissed, striking the man.", "dismissed", "officer", None),
    ("Two Dorset officers were suspended on Monday and at present remain on leave.", "suspended", "officers", None),
    ("The board found the complaint against Officer Lia Moss substantiated.", "misconduct_proven", "Moss", None),
    ("PC Owen Hale was convicted of assault at Bristol Crown Court.", "convicted", "Hale", None),
    ("Internal affairs sustained two policy violations against Officer Al Ng.", "misconduct_proven", "Ng", None),
    ("The board sustained 12 allegations against Deputy Cory Hahn.", "misconduct_proven", "Hahn", None),
    ("Deputy Cory Hahn was fired. Investigators sustained three complaints.", "misconduct_proven", "Hahn", None),
    ("Officer Bo Lind was suspended in March. Investigators sustained the complaints against him.",
     "misconduct_proven", "Lind", None),
    # ---- an outcome named as the one not taken: near sentences that state theirs
    ("Garda Ken Rowe lost his appeal, and his dismissal took effect in May.", "dismissed", "Rowe", None),
    ("PC Amy Strand was dismissed as an alternative to a final written warning being overturned.", "dismissed",
     "Strand", None),
    ("Sergeant Joe Pike resigned in lieu of a hearing.", "resigned", "Pike", None),
    # ---- negation with a curly apostrophe: near sentences that state theirs
    ("Officer Dan Reeves was charged with manslaughter on Monday.", "charged", "Reeves", None),
    ("PC Mark Reid resigned on Friday before the hearing.", "resigned", "Reid", None),
    ("Deputy Joe Lamb, who wasn’t on duty at the time, was charged with assault.", "charged", "Lamb", None),
    ("Garda Tom Foy didn’t contest the charge and was dismissed in May.", "dismissed", "Foy", None),
    # ---- a condition after its main clause: near sentences that state theirs
    ("PC Tom Hale had pleaded guilty to misconduct in public office.", "convicted", "Hale", None),
    ("Officer Lee Park, who pleaded guilty in March, was jailed for two years.", "convicted", "Park", None),
    ("Sergeant Ann Rourke pleaded guilty, and she would have received a longer term otherwise.", "convicted", "Rourke", None),
    ("Garda Paul Nevin would have been dismissed had he not resigned in June.", "would_have_been_dismissed", "Nevin", None),
    # ---- "avoids jail": near sentences that state a suspended sentence
    ("Ex-constable avoids jail. Former PC Tim Dole was given a six-month sentence suspended for a year.",
     "suspended_sentence", "Dole", None),
    ("Special constable spared jail after admitting theft", "suspended_sentence", "constable", None),
    ("Former Garda Liam Cass avoided jail when his 18-month sentence was suspended in full.", "suspended_sentence", "Cass", None),
    ("Ex-deputy avoids jail. Former deputy Ray Cole was sentenced to two years of probation.", "other", "Cole", None),
    # ---- a possessive naming the person: near sentences where the possessor is the officer
    ("Sergeant Joe Ray was suspended. Ray's resignation came a week later.", "resigned", "Ray", None),
    ("Deputy Lena Shaw's firing was upheld by the civil service board.", "dismissed", "Shaw", None),
    ("Garda Niall Dwyer's arrest followed a two-year inquiry.", "arrested", "Dwyer", None),
    # ---- a relative of an officer: near sentences where the officer is the subject
    ("Officer Ray Dunn was charged in the killing of a teacher.", "charged", "Dunn", None),
    ("PC Anne Hart, a mother of two, was jailed for two years.", "jailed", "Hart", 24),
    ("Deputy Sam Cole, whose brother is a county judge, was arrested on Friday.", "arrested", "Cole", None),
]

REFUSED = [
    # ---- a figure's wording read as one officer's outcome (a count, a kind, a label)
    ("The data show hundreds of sustained policy violations by deputies over five years.", "misconduct_proven"),
    ("The log lists 42 substantiated misconduct allegations against staff.", "misconduct_proven"),
    ("Year | Complaints | Sustained Complaints | Commendations", "misconduct_proven"),
    ("Deputy Ann Ruiz was fired in May. Records obtained by the Courier open a window into hundreds of "
     "sustained policy violations by county deputies.", "misconduct_proven"),
    ("Officer Bo Lind was suspended in March.\nYear | Complaints (Force) | Sustained Complaints (Force) | Commendations"
     "\n2021 | 4 | 1 | 9", "misconduct_proven"),
    ("Deputy Cory Hahn was fired. Overall, investigators sustained 47 complaints, a rate of 16%.", "misconduct_proven"),
    ("Officer Ida Moe resigned. The unit upheld 130 allegations last year.", "misconduct_proven"),
    ("Garda Tom Kay retired. GSOC substantiated 28 complaints in 2022, down from 35.", "misconduct_proven"),
    ("PC Lee Dunn resigned. The review lists dozens of upheld conduct allegations across the force.", "misconduct_proven"),
    ("From January 2012 to the present, two officers have been convicted of criminal offences, the force said.", "convicted"),
    ("The figures show one garda suspended in 2016 remains on suspension.", "suspended"),
    ("Statistics released under FOI show one officer dismissed in 2019 has since been reinstated.", "dismissed"),
    # ---- an outcome named as the one not taken
    ("Garda Ken Rowe resigned. The commissioner said he should resign as an alternative to his dismissal.", "dismissed"),
    ("Deputy Al Cray retired as an alternative to his termination.", "dismissed"),
    ("PC Nia Bell was given a final warning as an alternative to her dismissal.", "dismissed"),
    ("Trooper Ben Ash resigned instead of his firing.", "dismissed"),
    ("Sergeant Mo Kerr accepted a demotion in lieu of his dismissal.", "dismissed"),
    # ---- negation with a curly apostrophe
    ("Officer Dan Reeves wasn’t charged with the death of the driver.", "charged"),
    ("PC Mark Reid didn’t resign, the force said.", "resigned"),
    ("Sergeant Ann Cole hasn’t been suspended, a spokesman confirmed.", "suspended"),
    ("Deputy Joe Lamb won’t be charged, prosecutors said.", "charged"),
    ("Garda Tom Foy wasn’t dismissed but was moved to desk duties.", "dismissed"),
    ("Trooper Nell Ames hadn’t been arrested by Friday.", "arrested"),
    # ---- a condition after its main clause
    ("PC Tom Hale, 41, would have received two years had he pleaded guilty, the judge said.", "convicted"),
    ("Officer Lee Park could have faced ten years had he been convicted of the felony.", "convicted"),
    ("Sergeant Ann Rourke would face dismissal were she found guilty at the hearing.", None),
    ("Garda Paul Nevin would have been jailed had he been convicted of the assault.", None),
    ("The deputy would have received a lighter sentence had he pleaded guilty early.", "convicted"),
    # ---- "avoids jail" where the court gave probation or community service
    ("Ex-deputy avoids jail. Former deputy Ray Cole was sentenced to two years of probation.", "suspended_sentence"),
    ("State trooper avoids prison. Former trooper Ida Lenz will perform 50 hours of community service.",
     "suspended_sentence"),
    ("Ex-officer escapes jail time. Former officer Max Rudd was given three years' probation on Monday.",
     "suspended_sentence"),
    ("Former PC avoids jail. Former PC Ed Sand was given a 12-month community order.", "suspended_sentence"),
    ("Police officer spared prison. Officer Gina Holt was ordered to complete 200 hours of unpaid work.",
     "suspended_sentence"),
    # ---- a possessive naming someone who is not the officer
    ("PC Ken Ames has been jailed. The officer who lied about the row which led to Andrew Mitchell's resignation "
     "has been jailed for a year.", "resigned"),
    ("Deputy Rob Hale was fired. The officer whose report prompted Mayor Ruth Dale's resignation was fired too.",
     "resigned"),
    ("PC Sam Lowe, who leaked the memo that led to Minister Joan Ford's resignation, was dismissed.", "resigned"),
    ("Officer Tia Marsh, whose testimony led to Carl Webb's arrest, resigned in June.", "arrested"),
    ("Garda Ann Lyons, whose evidence secured Tom Kerr's conviction, retired last year.", "convicted"),
    # ---- a relative of an officer, read as the officer
    ("Officer Ray Dunn's brother, Carl Dunn, is charged in the killing of a teacher.", "charged"),
    ("Deputy Ed Marr's son, Alan Marr, was arrested on Friday.", "arrested"),
    ("Trooper Ken Lee's wife was charged with fraud last year.", "charged"),
    ("Sergeant Bill Tate's sister was jailed for two years for fraud.", "jailed"),
    ("Garda Joe Keane's daughter was arrested at the airport.", "arrested"),
]

# What the tool still states of the REFUSED cases, each marked a strict expected failure until
# its kind is fixed (the opening words of the case).
GAPS = (
    'Police officer spared',
)
