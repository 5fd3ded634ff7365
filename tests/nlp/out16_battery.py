"""The out16 battery: known outcomes reached through a shape of English the phrase rules lacked,
each shape written as a cross product of verbs, tenses, voices and UK / Irish / US wording, in
sentences of our own (names and forces invented); and near sentences that state no such outcome.

Shapes:
  link       an outcome named as a noun (arrest, suspension, resignation, conviction,
             indictment, acquittal) is presupposed when a result link governs it ("led to",
             "resulting in", "prompting", "culminated in", "ended with", "forced", "sparked")
             or a time link ("following", "after", "since", "before", "upon"); its person is
             the possessor ("his arrest") or follows "of" ("the arrest of Deputy X")
  gerund     the same links before a gerund clause whose subject is a pronoun: "leading to
             him being sacked" is one officer's case, as "leading to PC X being sacked" was
  finding    an evaluative verb classing the officer's conduct as misconduct ("assessed as",
             "deemed to amount to", "considered ... to constitute", "determined to be");
             "found / held / judged culpable of"; an allegation substantiated by its finder
  charge     a verb that institutes charges, with the officer after "against" (filed, brought,
             laid, pressed, directed, preferred, authorised)
  move       an administrative move to restricted work: placed / moved / reassigned / assigned
             to or on desk, restricted, administrative or non-operational duties (SPEC other)

Refused: the same nouns where the link is a possibility ("could lead to his arrest"), the
noun is someone else's act ("after his arrest of the suspect") or thing ("his arrest warrant"),
the person is not police, an assessment of what conduct may be ("assessed as potential gross
misconduct", "whether it amounted to"), charges against the man an officer arrested, and
moves that are not restrictions ("moved to a new station").

STATED: (text, outcome, subject words that must all be in the subject or None, months or None)
REFUSED: (text, outcome that must not be found, or None for no outcome at all)
"""

STATED = [
    # ---- link + possessive: result links, each noun, UK / US / Irish
    ("Sergeant Nell Ashby shared the images on a group chat, which resulted in her suspension.", "suspended", "Ashby", None),
    ("Officer Rudy Kemp was filmed kicking a handcuffed man, prompting his arrest that evening.", "arrested", "Kemp", None),
    ("Garda Conal Ruane lied about the overtime claims, leading to his resignation in April.", "resigned", "Ruane", None),
    ("Inspector Fay Lodge was caught on camera, and the footage led to her conviction at Leeds Crown Court.", "convicted", "Lodge", None),
    ("Deputy Mo Grier's dashcam video surfaced in July, sparking his indictment by a grand jury.", "charged", "Grier", None),
    ("PC Orla Vint stood trial for assault. The collapse of the main witness culminated in her acquittal.", "acquitted", "Vint", None),
    ("Trooper Abe Lund hid the crash report, which ultimately forced his resignation.", "resigned", "Lund", None),
    ("Detective Ike Marr was seen taking cash from the evidence room, triggering his suspension without pay.", "suspended", "Marr", None),
    ("Constable Jen Oduya's posts were reported to managers. The report ended with her arrest at home.", "arrested", "Oduya", None),
    ("Officer Lew Pratt admitted the thefts, which has resulted in his prosecution.", "charged", "Pratt", None),
    # ---- link + possessive: time links presuppose the event
    ("Following his arrest, Officer Tad Brill was placed on unpaid leave.", "arrested", "Brill", None),
    ("Sergeant Gil Ware ran the unit for years. After his conviction, he was dismissed without notice.", "convicted", "Ware", None),
    ("Garda Tess Mulry served in Sligo. Since her suspension in March, she has stayed at home.", "suspended", "Mulry", None),
    ("Deputy Cy Orton worked in the jail. Before his resignation last year, he had faced three complaints.", "resigned", "Orton", None),
    ("PC Dina Holm was charged in 2021. Upon her acquittal, she returned to front-line duties.", "acquitted", "Holm", None),
    ("Officer Vic Sand left the force. Shortly after his indictment, he moved to Ohio.", "charged", "Sand", None),
    # ---- link + 'the <noun> of' a person
    ("The leaked recording led to the resignation of Chief Constable Rhys Yates.", "resigned", "Yates", None),
    ("A covert inquiry culminated in the arrest of Sergeant Ola Birk.", "arrested", "Birk", None),
    ("The audit resulted in the suspension of two Westvale constables.", "suspended", "constables", None),
    ("The wiretaps, which began in 2019, ended with the conviction of Garda Enda Kilroy.", "convicted", "Kilroy", None),
    ("Body camera footage prompted the indictment of Officer Lyle Bragg in March.", "charged", "Bragg", None),
    ("After the suspension of Deputy Rae Colt, the sheriff ordered a review.", "suspended", "Colt", None),
    ("The weak identification evidence led to the acquittal of Constable Ivo Penn.", "acquitted", "Penn", None),
    # ---- gerund: a pronoun as the subject of the gerund after a link
    ("PC Amy Forde was accused of theft. The inquiry found she had lied, leading to her being sacked.", "dismissed", "Forde", None),
    ("Officer Ray Dunn was accused of assault. His conduct at the scene resulted in him being fired.", "dismissed", "Dunn", None),
    ("Sergeant Lia Shaw was investigated in May, which led to her being suspended from duty.", "suspended", "Shaw", None),
    ("Deputy Max Orr crashed a county car. A second crash ended with him being placed on administrative leave.", "suspended", "Orr", None),
    ("Garda Noel Fay was filmed at the scene. The video resulted in him being charged with assault.", "charged", "Fay", None),
    # ---- finding: evaluative verbs classing the conduct, each frame
    ("The conduct of PC Hal Reddy was assessed as gross misconduct.", "gross_misconduct_proven", "Reddy", None),
    ("Sergeant Una Pike's remarks were deemed to amount to gross misconduct.", "gross_misconduct_proven", "Pike", None),
    ("The panel considered Constable Bo Lister's conduct to constitute gross misconduct.", "gross_misconduct_proven", "Lister", None),
    ("Detective Kit Marsh's behaviour was judged to constitute misconduct.", "misconduct_proven", "Marsh", None),
    ("Inspector Di Noon's failure to record the search was determined to be misconduct.", "misconduct_proven", "Noon", None),
    ("PC Ross Egan's comments to the victim were classed as gross misconduct by the chair.", "gross_misconduct_proven", "Egan", None),
    ("The tribunal held Garda Fintan Lee culpable of misconduct.", "misconduct_proven", "Lee", None),
    ("A misconduct panel found PC Tam Odell culpable of gross misconduct.", "gross_misconduct_proven", "Odell", None),
    ("Sergeant Ava Rusk was judged guilty of gross misconduct by the panel.", "gross_misconduct_proven", "Rusk", None),
    ("Internal affairs substantiated the complaint against Officer Ned Vane.", "misconduct_proven", "Vane", None),
    ("The board found that Deputy Sal Ocampo's conduct constitutes misconduct.", "misconduct_proven", "Ocampo", None),
    # ---- charge: verbs that institute charges, the officer after 'against'
    ("The DPP directed charges against Garda Colm Quill.", "charged", "Quill", None),
    ("The county prosecutor has pressed charges against Officer Dee Lutz.", "charged", "Lutz", None),
    ("Prosecutors lodged federal charges against Deputy Rico Baines on Tuesday.", "charged", "Baines", None),
    ("The CPS authorised charges against PC Zara Quint last week.", "charged", "Quint", None),
    ("The state attorney is bringing criminal charges against Trooper Lon Becker.", "charged", "Becker", None),
    # ---- move: to restricted work, both voices
    ("Officer Bram Tully has been reassigned to desk duty.", "other", "Tully", None),
    ("PC Anya Stroud was placed on restricted duties while the complaint is investigated.", "other", "Stroud", None),
    ("Deputy Gus Hearn was moved to administrative duties last month.", "other", "Hearn", None),
    ("Garda Orna Tighe has been put on non-operational duties.", "other", "Tighe", None),
    ("The chief reassigned Sergeant Pia Welch to desk duty after the crash.", "other", "Welch", None),
    ("Constable Rob Fenn has been redeployed to a back-office role.", "other", "Fenn", None),
    ("The sheriff placed Deputy Ian Crewe on light duty pending the inquiry.", "other", "Crewe", None),
]

REFUSED = [
    # ---- link: a possibility, not an event
    ("Officer Tad Brill's conduct could lead to his arrest.", "arrested"),
    ("A finding of gross misconduct may result in her suspension.", "suspended"),
    ("PC Ray Dunn was told the complaint might lead to his prosecution.", "charged"),
    ("Sergeant Lia Shaw said the row would end with her resignation.", "resigned"),
    # ---- link: the officer's own act, a thing named by the noun, someone else
    ("After his arrest of the suspect, Officer Tad Brill called for backup.", "arrested"),
    ("Officer Vic Sand checked the man's record. Following his arrest warrant review, nothing changed.", "arrested"),
    ("The assault on PC Amy Forde led to the arrest of a 23-year-old man.", "arrested"),
    ("The crash resulted in the suspension of the train service.", "suspended"),
    ("The strike prompted the resignation of the council's finance director.", "resigned"),
    ("The inquiry by Deputy Max Orr led to the indictment of two bank managers.", "charged"),
    # ---- gerund: a kind, not a case
    ("The policy ended with an officer being dismissed for any positive drugs test.", "dismissed"),
    # ---- finding: an assessment of what conduct may be, a negation, a question
    ("The watchdog assessed the complaint against PC Hal Reddy as potential gross misconduct.", "gross_misconduct_proven"),
    ("The panel considered whether Sergeant Una Pike's remarks were serious enough to amount to gross misconduct.",
     "gross_misconduct_proven"),
    ("Constable Bo Lister's conduct was not deemed to amount to misconduct.", "misconduct_proven"),
    ("The chair found PC Ross Egan not culpable of misconduct.", "misconduct_proven"),
    ("The allegation was assessed as gross misconduct level and a hearing will follow.", "gross_misconduct_proven"),
    # ---- charge: against someone else
    ("Officer Dee Lutz filed charges against the man he arrested.", "charged"),
    ("The district attorney declined to press charges against Officer Dee Lutz.", "charged"),
    ("Prosecutors may bring charges against Deputy Rico Baines later this year.", "charged"),
    # ---- move: not a restriction
    ("Officer Bram Tully was moved to a new station in Dayton.", "other"),
    ("PC Anya Stroud was placed on the promotion list.", "other"),
    ("The chief moved the meeting to the desk of his deputy.", "other"),
    ("Deputy Gus Hearn returned to full duties in May.", "other"),
]

REFUSED += [
    # a case or matter classed at the start of an investigation: a severity assessment
    ("The force first assessed the case against PC Lyn Cole as gross misconduct, which would have meant a hearing.",
     "gross_misconduct_proven"),
    ("The matter was assessed as gross misconduct and Sergeant Abe Kerr was served with a notice.",
     "gross_misconduct_proven"),
    ("The referral about Constable Rui Pace was deemed to amount to misconduct at the assessment stage.",
     "misconduct_proven"),
]
REFUSED += [
    # the possessive pronoun is the nearest person's, who is not police
    ("The sergeant denied that he had hurt a prisoner moments after his arrest at the station.", "arrested"),
    ("Officer Sam Krol questioned a woman shortly before her arrest.", "arrested"),
    ("Officer Sam Krol questioned a woman in the car park shortly before her arrest.", "arrested"),
]

# still read wrong: a place phrase between the person and the time link hides whose the
# pronoun is (possessor.py looks only past time adverbs)
GAPS = ("Officer Sam Krol questioned a woman in the car park",)
