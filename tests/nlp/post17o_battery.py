"""A shape of English that hid a plainly stated outcome, each written for this battery with
invented names, places and forces:
- a verb of judgement takes its complement through an infinitive ("was found not to be proven",
  "the panel held the allegation not to have been proved") as well as directly ("found not proven");


STATED: (text, outcome, subject words that must all be in the subject or None, months or None)
REFUSED: (text, outcome that must not be found, or None for no outcome at all)
"""

_P = "PC Nia Roe attended a misconduct hearing in Exeter. "
_S = "Sergeant Owen Tully faced a gross misconduct hearing. "

INFINITIVE = [
    (_P + "An allegation of dishonesty against her was found not to be proven.", "misconduct_not_proven", "Roe", None),
    (_P + "A second allegation against PC Roe was found not to have been proven.", "misconduct_not_proven", "Roe", None),
    (_P + "The allegation of discreditable conduct was held not to be proved.", "misconduct_not_proven", "Roe", None),
    (_P + "The remaining allegations were found not to be proven by the panel.", "misconduct_not_proven", "Roe", None),
    (_P + "Two further allegations were deemed not to have been proved.", "misconduct_not_proven", "Roe", None),
    (_P + "The allegation that she lied was judged not to be proven.", "misconduct_not_proven", "Roe", None),
    (_P + "The breach of honesty and integrity was considered not to be proven.", "misconduct_not_proven", "Roe", None),
    (_P + "The allegation about the messages was ruled not to have been proven.", "misconduct_not_proven", "Roe", None),
    (_P + "An allegation of gross misconduct was determined not to be substantiated.", "misconduct_not_proven", "Roe", None),
    (_P + "The allegation relating to the call was found not to be upheld.", "misconduct_not_proven", "Roe", None),
    (_S + "A further allegation against Sergeant Tully was found not to be proven.", "misconduct_not_proven", "Tully", None),
    (_S + "The allegations against him were found not to have been proved.", "misconduct_not_proven", "Tully", None),
    (_S + "The allegation of abuse of position was held not to have been proven.", "misconduct_not_proven", "Tully", None),
    (_S + "Three allegations were deemed not to be proven on the evidence.", "misconduct_not_proven", "Tully", None),
    (_S + "The allegation over the search was considered not to have been proved.", "misconduct_not_proven", "Tully", None),
    (_S + "Each allegation was found not to be proven.", "misconduct_not_proven", "Tully", None),
    (_S + "The panel found the allegation not to be proven.", "misconduct_not_proven", "Tully", None),
    (_S + "The chair found the allegation of dishonesty not to have been proven.", "misconduct_not_proven", "Tully", None),
    (_S + "The panel judged the allegations against him not to be proved.", "misconduct_not_proven", "Tully", None),
    (_S + "The legally qualified chair ruled the breach not to have been proven.", "misconduct_not_proven", "Tully", None),
    (_S + "The tribunal found both allegations not to be proven.", "misconduct_not_proven", "Tully", None),
    (_S + "The panel found the case against him not to have been proved.", "misconduct_not_proven", "Tully", None),
    (_S + "The allegations were not found to be proven.", "misconduct_not_proven", "Tully", None),
    (_S + "The misconduct allegations were not found to have been proven.", "misconduct_not_proven", "Tully", None),
    ("Garda Sean Byrne attended an inquiry in Cork. The allegation against him was found not to be proven.",
     "misconduct_not_proven", "Byrne", None),
    ("Detective Constable Ria Moss faced a hearing in Leeds. The allegation was found not to have been proven.",
     "misconduct_not_proven", "Moss", None),
    ("PCSO Leo Hart appeared before a panel. The allegation of neglect of duty was found not to be proven.",
     "misconduct_not_proven", "Hart", None),
    ("Inspector Jane Obi faced a hearing. The allegation of bullying was held not to be proven.",
     "misconduct_not_proven", "Obi", None),
    ("Constable Ted Marsh faced a misconduct meeting. The allegation was deemed not to be proven.",
     "misconduct_not_proven", "Marsh", None),
    ("Special Constable Amy Platt faced a hearing. The allegations were found not to be proven.",
     "misconduct_not_proven", "Platt", None),
]

STATED = INFINITIVE

REFUSED = [
    # a finding the other way, or no finding about a person
    (_P + "The allegation of dishonesty was found to be proven.", "misconduct_not_proven"),
    (_P + "The panel found the allegation to have been proven.", "misconduct_not_proven"),
    (_S + "The allegations were found to be proven and he was dismissed.", "misconduct_not_proven"),
    (_S + "The panel found the allegations to be proven in full.", "misconduct_not_proven"),
    ("The chair said an allegation could be found not to be proven at a later stage.", None),
    ("Guidance explains when an allegation may be found not to be proven.", None),
    ("If an allegation is found not to be proven, the officer returns to duty.", None),
    ("The report asks how often allegations are found not to be proven.", None),
    ("An allegation can only be held not to be proved after a hearing.", None),
    ("Reviewers said the guidance was found to be clear.", None),
    (_S + "He said the allegations were unlikely to be found not to be proven.", "misconduct_not_proven"),
    ("The force said the claims were found to be exaggerated.", None),
    ("The panel found the witness not to be credible.", None),
    ("The inquiry found the records not to have been kept properly.", None),
    ("The board found the policy not to be fit for purpose.", None),
]
