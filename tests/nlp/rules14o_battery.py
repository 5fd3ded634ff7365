"""The rules14o battery: the general English shapes behind the outcomes first-sight batch-13
left unread or misread, each written again in several shapes of our own (tenses, voices, word
orders, UK, Irish and US wording, names, ranks, groups, headlines) with invented names and
places; and the look-alikes that state no such outcome.

Causes:
  discipline  a count, charge or breach named by a disciplinary offence (discreditable conduct,
              gross misconduct, neglect of duty, breach of discipline) is a finding of a
              misconduct process, not a conviction, whoever admits or finds it
  decision    a board, panel or chief deciding that the officer should receive a sanction
  court       a jury convicting an officer described with a city and state; a plea stated as an
              admission of an offence in a court story; a community sentence given to "him"; a
              charge stated as the circumstance of a resignation
  personnel   "'s" standing for "has" before the outcome verb; a group "N more officers"
  subject     "deputy police chief" and the like: the role is the whole title, not its first word

STATED: (text, outcome, subject words that must all be in the subject or None, months or None)
REFUSED: (text, outcome that must not be found, or None for no outcome at all)
STORIES: (short page, [(outcome, subject words)]) every pair must be found
"""

STATED = [
    # ---- discipline: disciplinary counts and charges, admitted or found
    ("After an internal disciplinary process, Garda Niall Brophy admitted committing three counts of discreditable conduct.", "misconduct_proven", "Brophy", None),
    ("Sergeant Orla Quane admitted two counts of discreditable conduct at the board of inquiry.", "misconduct_proven", "Quane", None),
    ("The garda has admitted a breach of discipline, the Commissioner's office said.", "misconduct_proven", "garda", None),
    ("Constable Petra Lind admitted three breaches of the standards of professional behaviour.", "misconduct_proven", "Lind", None),
    ("Detective Sergeant Kim Oduya was found guilty of three counts of discreditable conduct at a disciplinary hearing.", "misconduct_proven", "Oduya", None),
    ("Inspector Dara Quill was found guilty of neglect of duty by the board.", "misconduct_proven", "Quill", None),
    ("Chief Constable Reg Hale was sacked after being found guilty of two charges of gross misconduct.", "gross_misconduct_proven", "Hale", None),
    ("PC Aled Pryce has been found guilty of four allegations of gross misconduct.", "gross_misconduct_proven", "Pryce", None),
    ("Deputy Sheriff Ron Tague admitted two charges of gross misconduct before the panel.", "gross_misconduct_proven", "Tague", None),
    ("Garda Cathal Rourke was found to be in breach of discipline by a board of inquiry.", "misconduct_proven", "Rourke", None),
    # ---- decision: a sanction the board, panel or chief decides the officer should receive
    ("The appeal board determined that Garda Lorcan Fee should receive a reprimand.", "other", "Fee", None),
    ("The tribunal concluded that Sergeant Ann Moy should receive a final written warning.", "final_written_warning", "Moy", None),
    ("An appeal board ruled that Garda Eoin Tully should be fined two weeks' pay.", "other", "Tully", None),
    ("The chief decided that Officer Pam Reyes should receive a written reprimand.", "written_warning", "Reyes", None),
    ("The board decided that Garda Cian Howe should receive a caution.", "other", "Howe", None),
    # ---- court: the jury convicted an officer described with a city and state
    ("A jury has convicted a Dayton, Ohio, police officer of assault.", "convicted", "officer", None),
    ("A federal jury convicted a Tulsa, Okla., sheriff's deputy of violating a man's civil rights.", "convicted", "deputy", None),
    ("Jurors on Friday convicted a Macon, Ga., detective of perjury.", "convicted", "detective", None),
    ("A jury in Macon has convicted a former Georgia state trooper of reckless conduct.", "convicted", "trooper", None),
    ("Officer Tim Raye was convicted by the same jury last Friday of excessive force.", "convicted", "Raye", None),
    # ---- court: a plea stated as an admission of the offence (UK, Scottish court copy)
    ("Constable Rab Muir, 38, admitted assaulting a prisoner and attempting to pervert the course of justice.", "convicted", "Muir", None),
    ("The detective admitted fabricating evidence at Glenholm Sheriff Court.", "convicted", "detective", None),
    ("PC Ivo Strand admitted inducing a false statement from a witness.", "convicted", "Strand", None),
    ("Former sergeant Lyn Dowd admitted falsifying duty records at Kestrel Crown Court.", "convicted", "Dowd", None),
    ("PC Sam Ord admitted sending grossly offensive messages at Wexham Magistrates' Court.", "convicted", "Ord", None),
    # ---- court: a community sentence, active and passive
    ("PC Ben Cragg admitted assault. Sheriff Ian Roon sentenced him to 150 hours of community service.", "other", "Cragg", None),
    ("The judge sentenced Officer Ray Dunne to 200 hours of community service.", "other", "Dunne", None),
    ("PC Colm Vass was sentenced to 120 hours of community service.", "other", "Vass", None),
    ("The sheriff sentenced the constable to 240-hours community service.", "other", "constable", None),
    ("Sergeant Jo Pell was given a community payback order of 180 hours.", "other", "Pell", None),
    # ---- court: a charge stated as the circumstance of another step
    ("A deputy police chief in Ohio has resigned amid federal bribery charges.", "charged", "chief", None),
    ("Officer Kay Tull resigned amid drug charges last month.", "charged", "Tull", None),
    ("The sheriff stepped down on Friday amid felony theft charges.", "charged", "sheriff", None),
    ("Sergeant Dev Rana retired amid charges of fraud.", "charged", "Rana", None),
    ("Officer Mark Vell, who fired two shots, faces a misdemeanor charge of reckless endangerment.", "charged", "Vell", None),
    # ---- personnel: "'s" for "has"; groups
    ("Deputy Chief Ray Lamm's retired from the Akron Police Department.", "retired", "Lamm", None),
    ("Captain Joe Bray's resigned from the sheriff's office after 20 years.", "resigned", "Bray", None),
    ("Officer Amy Tse's been fired, the chief said.", "dismissed", "Tse", None),
    ("Two more deputies resigned on Friday.", "resigned", "deputies", None),
    ("Three other officers resigned earlier this month.", "resigned", "officers", None),
    # ---- subject: a title whose first word is a rank of its own
    ("A deputy police chief in California has resigned.", "resigned", "deputy police chief", None),
    ("An assistant police chief in Texas was fired on Tuesday.", "dismissed", "assistant police chief", None),
    ("A deputy fire chief and a deputy police chief were suspended.", "suspended", "deputy police chief", None),
    ("The former deputy police chief was indicted on Monday.", "charged", "deputy police chief", None),
    ("An assistant sheriff in Nevada has been arrested.", "arrested", "assistant sheriff", None),
]

REFUSED = [
    # discipline: the disciplinary counts are no conviction
    ("After an internal disciplinary process, Garda Niall Brophy admitted committing three counts of discreditable conduct.", "convicted"),
    ("Chief Constable Reg Hale was sacked after being found guilty of two charges of gross misconduct.", "convicted"),
    ("Detective Sergeant Kim Oduya was found guilty of three counts of discreditable conduct at a disciplinary hearing.", "convicted"),
    # hypotheticals, policy, negation
    ("An officer who admits discreditable conduct may receive a reprimand.", None),
    ("Officers found guilty of gross misconduct can be dismissed without notice.", None),
    ("The board may decide that a member should receive a reprimand.", None),
    ("PC Nell Orme denied two counts of discreditable conduct.", None),
    ("Garda Ross Kerr did not admit any breach of discipline.", None),
    # civilians and others
    ("Jurors have convicted a Dayton, Ohio, man of assaulting a police officer.", None),
    ("The jury convicted a Tulsa, Okla., woman of fraud.", None),
    ("The shopkeeper admitted assaulting a customer.", None),
    ("The judge dismissed the case against the two officers.", "dismissed"),
    ("The mayor resigned amid corruption charges against the police chief.", "resigned"),
    # figures, not one officer
    ("Four members have been on suspension for more than two years.", "suspended"),
    ("The sheriff's office sustained 14 policy violations last year.", None),
]

STORIES = [
    ("Following a disciplinary inquiry, Garda Ken Doyle admitted committing three counts of discreditable conduct. "
     "The appeal board determined that Garda Doyle should receive a reprimand.",
     [("misconduct_proven", "Doyle"), ("other", "Doyle")]),
    ("Jeff Moran, 44, a former constable, appeared at Dingwall Sheriff Court. Moran admitted fabricating evidence and "
     "attempting to pervert the course of justice. Sheriff Ann Bell sentenced him to 200 hours of community service.",
     [("convicted", "Moran"), ("other", "Moran")]),
    ("A deputy police chief in Ohio has resigned amid federal bribery charges. Deputy Chief Rob Lamm, 52, was arrested "
     "in March.",
     [("resigned", "deputy police chief"), ("charged", "deputy police chief"), ("arrested", "Lamm")]),
]
