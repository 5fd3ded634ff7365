"""The rec15o battery: required outcomes the first-sight batches left unread, by the English
shapes that recur in two or more batches, each written again in sentences of our own (UK,
Irish and US wording, tenses, voices, ranks and names invented); and near sentences that state
no such outcome.

Shapes:
  decision   a decision to prosecute or suspend someone, taken ("has taken a decision to
             prosecute two officers", "decided to charge PC X", "sought to quash a decision to
             suspend him"): batches 11, 12, 14
  phrase     a long participle phrase between the officer who opens the sentence and the verb,
             with a hyphenated word, an "and" joining two verbs or things, a comma closing it or
             a dateline before it ("A deputy arrested after choking and threatening his
             girlfriend submitted his resignation"): batches 11, 14
  finding    a finding stated by what the officer did wrong ("determined that Deputy X failed to
             activate her body camera", "found that an officer was inappropriately aggressive",
             force that was "neither necessary nor proportionate" in quotes): batch-14, probe11
  surname    the story's one unnamed officer called later by a surname the article never gives a
             first name to ("A Connecticut State Trooper was involved in a crash ... McDonald was
             arrested"): batches 9, 12
  present    one case told in the present tense, refused as a generic rule: a court's act on an
             indefinite former officer ("A former State Trooper is sentenced to two years
             probation"), "Each is charged with ..." after three names: batch-14, probe11us

STATED: (text, outcome, subject words that must all be in the subject or None, months or None)
REFUSED: (text, outcome that must not be found, or None for no outcome at all)
"""

STATED = [
    # ---- decision: taken, by a prosecutor, a chief, a board; noun and verb
    ("The Public Prosecution Service has taken a decision to prosecute two police officers for assault.", "charged", "officers", None),
    ("The Crown Prosecution Service decided to charge PC Dale Munro with dangerous driving.", "charged", "Munro", None),
    ("Prosecutors in Lakewood decided Tuesday to charge Officer Ty Marsh with official misconduct.", "charged", "Marsh", None),
    ("The DPP has made the decision to prosecute Garda Eimear Collins.", "charged", "Collins", None),
    ("Last year the CPS took the decision to prosecute Sergeant Pat Orme for misconduct in public office.", "charged", "Orme", None),
    ("The chief constable decided to suspend Inspector Kofi Mensah after the footage emerged.", "suspended", "Mensah", None),
    ("The Scottish Police Authority took the decision to suspend Chief Superintendent Mairi Dow.", "suspended", "Dow", None),
    ("The superintendent upheld the decision to suspend Garda Niamh Kirwan.", "suspended", "Kirwan", None),
    ("The High Court refused an application by a garda sergeant to quash a decision to suspend him.", "suspended", "sergeant", None),
    # ---- phrase: the officer opening the sentence, a long participle phrase, then the verb
    ("A deputy arrested after allegedly choking and threatening his girlfriend submitted his resignation on Friday.", "resigned", "deputy", None),
    ("DENTON -- A county jailer arrested after a fight with his live-in partner has resigned.", "resigned", "jailer", None),
    ("A former sheriff's deputy charged with second-degree assault after video showed him kicking and punching a man was found not guilty on Monday.", "acquitted", "deputy", None),
    ("A police officer alleged to have pushed a teenage boy into a wall and kicked him while he lay on the ground, has been cautioned for assault.", "other", "officer", None),
    ("A constable accused of stealing cash and jewellery from a pensioner's home has been dismissed.", "dismissed", "constable", None),
    ("A former sergeant filmed punching and kicking a handcuffed prisoner has been jailed for two years.", "jailed", "sergeant", 24),
    ("An off-duty officer arrested after a late-night crash on the A40 tendered his resignation.", "resigned", "officer", None),
]

STATED += [
    # ---- finding: a duty not done, a manner found wrong, force found unnecessary
    ("In a second case, the sheriff's office determined that Deputy Ana Fry failed to activate her body camera.", "misconduct_proven", "Fry", None),
    ("Investigators found that PC Amy Lord had failed to record the search of the prisoner.", "misconduct_proven", "Lord", None),
    ("The review concluded that Sergeant Tom Hale had been unprofessional and rude to the caller.", "misconduct_proven", "Hale", None),
    ("An internal investigation found that an officer was inappropriately aggressive during the arrest.", "misconduct_proven", "officer", None),
    ("The watchdog found that Garda Liam Roche failed to investigate the assault properly.", "misconduct_proven", "Roche", None),
    ("The Ombudsman found that the constable had used force that was \"neither necessary nor proportionate\".", "misconduct_proven", "constable", None),
    # ---- surname: the unnamed officer of the lede, then a bare surname used as a name
    ("A Connecticut State Trooper was involved in an off-duty crash in Oxford. State police put Harlow on "
     "administrative duty. As a result of the investigation, Harlow was arrested. Police opened an inquiry "
     "into Harlow. Harlow resigned on Friday.", "arrested", "Harlow", None),
    ("A Connecticut State Trooper was involved in an off-duty crash in Oxford. State police put Harlow on "
     "administrative duty. As a result of the investigation, Harlow was arrested. Police opened an inquiry "
     "into Harlow. Harlow resigned on Friday.", "resigned", "Harlow", None),
    ("A former Easton police officer is due in court. A judge wrote that Pryce is scheduled to plead guilty. "
     "The lawyer for Pryce declined to comment. In his state case, Pryce is charged with two counts of theft.",
     "charged", "Pryce", None),
    ("A Garda sergeant has been suspended in Mayo. Gardaí in Castlebar say Brennock was popular. Brennock was "
     "arrested on Tuesday, and a file on Brennock has gone to the DPP.", "arrested", "Brennock", None),
]

STATED += [
    # ---- present: a court's act on a former officer, and "each" after the people named
    ("A former State Trooper is sentenced to two years probation after admitting to a civil rights violation.", "other", "Trooper", None),
    ("A former Kellham deputy is charged with theft after an audit of the evidence room.", "charged", "deputy", None),
    ("An ex-constable is jailed for 18 months for misconduct in public office.", "jailed", "ex-constable", 18),
    ("Detention officers Kayla Reed, Terrence Hill and Marcus Boone were booked Monday. Each is charged with "
     "conspiracy.", "charged", "Boone", None),
    ("Officers Lia Marsh and Tom Vey were arrested on Friday. Each is charged with theft.", "charged", "Marsh", None),
]

REFUSED = [
    # ---- decision: not taken, pending, negated, conditional, or about someone who is not police
    ("The PPS has decided not to prosecute the two officers.", "charged"),
    ("No decision to prosecute Constable Rhys Dunne has been taken.", "charged"),
    ("The CPS will decide next month whether to charge PC Dale Munro.", "charged"),
    ("The CPS could decide to charge PC Dale Munro.", "charged"),
    ("The CPS will take a decision to prosecute PC Dale Munro after the inquest.", "charged"),
    ("A decision to prosecute the officer is expected in the new year.", "charged"),
    ("The PPS has yet to make a decision to prosecute the officers.", "charged"),
    ("The PPS has not taken a decision to prosecute the officers.", "charged"),
    ("The family wants the CPS to take a decision to prosecute PC Ali Noor.", "charged"),
    ("If the force decides to suspend Sergeant Ann Lowe, she will lose her overtime.", "suspended"),
    ("The CPS decided to charge the driver of the lorry with dangerous driving.", None),
    ("Prosecutors decided to charge the man who attacked the officer.", None),
    ("The DPP decided to prosecute the suspect, a 34-year-old man.", None),
    ("The officer decided to charge the suspect with assault.", None),
    ("The inspector decided to suspend the search for the night.", None),
    # ---- phrase: the person opening the sentence is not police, or the phrase ends before the verb
    ("A man accused of punching a constable and biting him has been charged.", None),
    ("A man alleged to have punched a sergeant, has been charged with assault.", None),
    ("A teenager accused of stealing a police car and ramming a sergeant has been jailed.", None),
    ("A woman arrested after assaulting a detective and his partner has been charged with assault.", None),
    # ---- finding: no finding against the officer, or someone else's
    ("The investigation found that the officer was not aggressive.", "misconduct_proven"),
    ("The investigation found no evidence that the officer failed to activate his camera.", "misconduct_proven"),
    ("Investigators found that the driver failed to stop at the junction.", None),
    ("The review found that the suspect was aggressive and abusive towards officers.", None),
    ("Investigators determined that the officer used force that was reasonable.", None),
    # ---- surname: someone else stands between the lede and the surname, two people go by
    # surnames, the lede is a victim, or the plea is still to come
    ("A deputy shot a man in Oxford. Police said Harlow was taken to hospital. Relatives of Harlow said Harlow "
     "was arrested last year for drink driving. A lawyer for Harlow declined to comment.", None),
    ("A former Easton police officer is due in court. Lawyers for Pryce and Dunne said the case was weak. Pryce "
     "is charged with theft. Dunne was arrested. Pryce and Dunne deny it.", None),
    ("A deputy was injured during a struggle in Oxford. Police said Harlow was arrested at the scene. Relatives "
     "of Harlow said Harlow was not violent. A lawyer for Harlow declined to comment.", None),
    ("A former Easton police officer is due in court. A judge wrote that Pryce is scheduled to plead guilty. The "
     "lawyer for Pryce declined to comment. It is unclear what charges Pryce will plead guilty to.", "convicted"),
    # ---- present: a rule, not a case
    ("An officer who lies is dismissed.", None),
    ("A former officer is barred from rejoining the force.", None),
    ("A former officer is charged only when the evidence allows.", None),
    ("A former officer who is convicted of a crime is barred from working as a guard.", None),
]
