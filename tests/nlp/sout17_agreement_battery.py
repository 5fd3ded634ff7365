"""The sout17 agreement battery: a verb that states an outcome in its third-person singular
('faces charges', 'receives a final written warning', 'avoids jail') states it in the base form
after a plural subject ('the two deputies face charges', 'both constables receive ...'), in
news sentences and in headlines, UK / Irish / US.

Shapes crossed: plural subject (a count, 'both', 'the pair', a list of names, a plural noun,
a relative 'who') x verb (face, receive, avoid, escape, remain, admit, enter, tender, hand in,
submit, surrender, accept, file / bring / lay / press charges against, vote to, sentence,
convict) x outcome. Near sentences: the base form as infinitive, after a modal or a negation,
in a question, and nouns spelt like the verbs. Sentences are our own; names and forces are
invented.

STATED: (text, outcome, subject words, months)
REFUSED: (text, outcome that must not be found, or None)
"""

# a plural state after its event: 'face counts' restates an indictment an earlier sentence states
# (the group named twice is not known as one), so only the event is an outcome
STORIES = [
    ("Two Kelby deputies were indicted on Monday. Deputies Al Roe and Bo Fay face counts of fraud.",
     [("charged", "deputies")]),
]

STATED = [
    # ---- face charges / counts / indictments
    ("Three Westvale officers face felony charges after the raid.", "charged", "officers", None),
    ("The two deputies also face second-degree murder charges.", "charged", "deputies", None),
    ("Both troopers now face charges of official misconduct.", "charged", "troopers", None),
    ("Officers Len Pryce and Cal Obi face three counts of assault each.", "charged", "Pryce", None),
    ("Two Dunmore gardaí face charges of assault causing harm.", "charged", "gardaí", None),
    ("Two former Eastbrook detectives face a string of federal indictments.", "charged", "detectives", None),
    ("Four Halton constables face charges over the death in custody.", "charged", "constables", None),
    ("Two jailers face manslaughter charges in the inmate's death", "charged", "jailers", None),
    ("Two ex-deputies face new charges in jail beating", "charged", "ex-deputies", None),
    # ---- receive a sanction
    ("The two constables receive final written warnings for the messages.", "final_written_warning", "constables", None),
    ("Both sergeants receive written warnings after the misconduct meeting.", "written_warning", "sergeants", None),
    ("Two officers receive suspended sentences for the cover-up", "suspended_sentence", "officers", None),
    ("Three Carrow deputies receive unpaid suspensions over the chase.", "suspended", "deputies", None),
    ("The pair receive 18-month prison sentences for the assault.", "jailed", None, 18),
    # ---- avoid / escape jail
    ("Both officers avoid jail after admitting assault.", "suspended_sentence", "officers", None),
    ("Two PCs escape jail over the fake statements", "suspended_sentence", "PCs", None),
    ("Two former Millbrook officers avoid prison over the theft.", "suspended_sentence", "officers", None),
    # ---- remain on leave / suspended
    ("Two troopers remain on administrative leave.", "suspended", "troopers", None),
    ("The three Kelby officers remain on paid administrative leave while the state investigates.", "suspended", "officers", None),
    # ---- admit / plead / enter pleas
    ("Two constables admit misconduct in public office", "convicted", "constables", None),
    ("The two deputies enter guilty pleas to the civil rights charge.", "convicted", "deputies", None),
    ("Officers Ann Voss and Ray Mott admit theft from the evidence room.", "convicted", "Voss", None),
    ("Both jailers accept plea deals in the smuggling case", "convicted", "jailers", None),
    # ---- resign by letter
    ("Two Harwick sergeants tender their resignations after the report.", "resigned", "sergeants", None),
    ("Both detectives hand in their notice after the inquiry.", "resigned", "detectives", None),
    ("The two officers submit their resignations amid the probe.", "resigned", "officers", None),
    # ---- surrender licences
    ("The two deputies surrender their peace officer licenses in plea deals.", "barred", "deputies", None),
    ("Both officers surrender their certification to the state board.", "barred", "officers", None),
    # ---- a plural body acting on the officer
    ("Prosecutors file charges against two former Westvale police officers.", "charged", "officers", None),
    ("State prosecutors bring charges against Deputy Ola Reyes", "charged", "Reyes", None),
    ("Gardaí lay charges against a Drumlin sergeant over the crash.", "charged", "sergeant", None),
    ("Prosecutors press charges against Officer Tim Lutz.", "charged", "Lutz", None),
    ("Commissioners vote to fire Officer Dan Reeve", "dismissed", "Reeve", None),
    ("Jurors convict two former Ashby officers of assault", "convicted", "officers", None),
    # ---- a relative 'who' with a plural head
    ("Two Kelby officers, who face charges of assault, were suspended on Monday.", "charged", "officers", None),
    ("Deputies Ed Kim and Lu Ford, who face federal charges, were fired last week.", "charged", "Kim", None),
    # ---- links of cause in the plural ('the findings lead to ...')
    ("The new findings lead to the arrest of two Ashby constables.", "arrested", "constables", None),
    ("The videos result in the suspension of three Varley deputies.", "suspended", "deputies", None),
    ("Leaked messages prompt the resignation of Chief Constable Rhys Yates", "resigned", "Yates", None),
    # ---- more of the same verbs, other forces and wordings
    ("Three Salford officers face charges over the raid on the wrong house.", "charged", "officers", None),
    ("Two Arden deputies remain on paid administrative leave after the shooting.", "suspended", "deputies", None),
    ("Both PCs admit misconduct in public office at Leeds Crown Court.", "convicted", "PCs", None),
    ("Prosecutors bring charges against two Orbury jailers.", "charged", "jailers", None),
    ("Prosecutors file charges against Trooper Ed Vance over the crash.", "charged", "Vance", None),
    ("Jurors convict three former Kelby officers of fraud", "convicted", "officers", None),
    ("The recordings lead to the arrest of two Kelby officers.", "arrested", "officers", None),
    # ---- singular still read
    ("Officer Dan Reeve faces felony charges after the raid.", "charged", "Reeve", None),
    ("Sergeant Ava Lyle receives a final written warning.", "final_written_warning", "Lyle", None),
]

# still missed: a plural subject with a plural sanction noun ('receive written warnings', 'suspended
# sentences', 'prison sentences', 'licenses'): the rules list the sanction in the singular ('a
# written warning'); 'face a string of indictments' is no charge noun the rule lists; 'accept plea
# deals' and 'surrender licenses' are not read in the singular either
GAPS = ("Both sergeants receive written warnings", "Two officers receive suspended sentences",
        "The pair receive 18-month", "Two former Eastbrook detectives face a string", "Both jailers accept plea deals",
        "The two deputies surrender their")

REFUSED = [
    # ---- the base form after a modal or a negation
    ("Two deputies won't face charges, the prosecutor said.", "charged"),
    ("The two deputies will not face criminal charges.", "charged"),
    ("The officers could face charges if the video is authentic.", "charged"),
    ("Both troopers may face federal charges later this year.", "charged"),
    ("The two officers did not face charges over the shooting.", "charged"),
    ("The constables might receive written warnings.", "written_warning"),
    ("The two sergeants would receive final written warnings under the new code.", "final_written_warning"),
    ("The officers did not receive any sanction.", None),
    ("The pair could avoid jail if they repay the money.", "suspended_sentence"),
    ("Prosecutors did not file charges against the two officers.", "charged"),
    ("Prosecutors may bring charges against the deputies next month.", "charged"),
    # ---- the base form as an infinitive
    ("The family wants the officers to face charges.", "charged"),
    ("Campaigners called for the two deputies to face murder charges.", "charged"),
    ("The deputies are expected to receive written warnings.", "written_warning"),
    ("The officers hope to avoid jail at sentencing next week.", "suspended_sentence"),
    ("Prosecutors declined to file charges against the troopers.", "charged"),
    ("The board is set to vote to fire Officer Dan Reeve next week.", "dismissed"),
    # ---- the base form as a mandative subjunctive after a request: asked for, not done
    ("A hearing officer recommended that the board revoke the licence of Deputy Ola Reyes.", "barred"),
    ("The family asked that prosecutors file charges against Officer Tim Lutz.", "charged"),
    ("The union proposed that both sergeants receive a written warning.", "written_warning"),
    # ---- a question
    ("Will the officers face charges?", "charged"),
    ("Should the two constables receive final written warnings?", "final_written_warning"),
    # ---- the subject is not police
    ("The protesters face charges of criminal damage after the march.", "charged"),
    ("Two men face charges of assaulting a police officer.", "charged"),
    ("Residents face charges for parking on the verge.", "charged"),
    # ---- nouns spelt like the verbs ('sentence' is left out of agreement: it is nearly always the noun)
    ("The sentence two former officers received was criticised.", "jailed"),
    ("The force has a policy on the use of face coverings.", None),
    ("The end of the inquiry was announced in March.", None),
]
