"""Three shapes of English that hid a plainly stated outcome, each written for this battery with
invented names, places and forces:
- a verb of judgement takes its complement through an infinitive ("was found not to be proven",
  "the panel held the allegation not to have been proved") as well as directly ("found not proven");
- the charges a prosecutor institutes carry a count and modifiers between the verb and "against"
  ("filed 21 felony charges against", "brought two new assault charges against");
- a plain adjective stands after the determiner and before a city and its state between commas
  ("the white Tulsa, Okla., police officer", "a veteran Akron, Ohio, deputy").

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

COUNTED_CHARGES = [
    ("Prosecutors have filed 21 felony charges against a former Fresno police officer.", "charged", "former Fresno police officer", None),
    ("The district attorney filed two felony charges against Deputy Cal Ortiz.", "charged", "Ortiz", None),
    ("The county attorney filed three assault charges against Officer Dan Reyes.", "charged", "Reyes", None),
    ("Prosecutors filed new charges against Officer Mia Long on Monday.", "charged", "Long", None),
    ("The state attorney general filed 12 counts against a Reno police sergeant.", "charged", "Reno police sergeant", None),
    ("Federal prosecutors brought two civil rights charges against a Memphis officer.", "charged", "Memphis officer", None),
    ("Prosecutors brought additional charges against the former deputy in May.", "charged", "former deputy", None),
    ("The DA's office filed five misdemeanor charges against Trooper Ben Walsh.", "charged", "Walsh", None),
    ("Prosecutors filed a manslaughter charge against Officer Kim Dale.", "charged", "Dale", None),
    ("The county prosecutor filed a single count of assault against Deputy Rob Neal.", "charged", "Neal", None),
    ("Prosecutors have brought 14 criminal counts against the suspended detective.", "charged", "detective", None),
    ("The district attorney is filing four felony charges against a jail guard.", "charged", "jail guard", None),
    ("Police laid two further charges against a serving constable.", "charged", "constable", None),
    ("Prosecutors pressed three perjury charges against Sergeant Ada Finch.", "charged", "Finch", None),
    ("The Crown laid a second charge against the former PC.", "charged", "former PC", None),
    ("Prosecutors in Sacramento filed 30 felony counts against a former deputy.", "charged", "former deputy", None),
    ("Prosecutors filed 11 new felony charges against the former police chief.", "charged", "former police chief", None),
    ("The solicitor general filed two official oppression charges against a Dallas officer.", "charged", "Dallas officer", None),
    ("Prosecutors on Friday filed nine charges against Detective Lou Banks.", "charged", "Banks", None),
    ("The DA filed three more charges against Officer Eve Cho.", "charged", "Cho", None),
    ("The state filed multiple felony charges against two former jailers.", "charged", "former jailers", None),
    ("The Attorney General's office filed six corruption charges against a Newark detective.", "charged", "Newark detective", None),
    ("Prosecutors have lodged two assault charges against a Garda.", "charged", "Garda", None),
    ("The county attorney has filed a felony charge against Deputy Jo Hale.", "charged", "Hale", None),
    ("Prosecutors filed 40 criminal charges against the officer last week.", "charged", "officer", None),
    ("Federal prosecutors filed seven wire fraud counts against a former trooper.", "charged", "former trooper", None),
    ("The district attorney brought a single felony count against Officer Raul Vega.", "charged", "Vega", None),
    ("Prosecutors filed three separate charges against a Tulsa sheriff's deputy.", "charged", "Tulsa sheriff's deputy", None),
    ("The prosecutor brings two new charges against Officer Ty Lane.", "charged", "Lane", None),
    ("Prosecutors filed 18 felony charges Tuesday against a former Austin officer.", "charged", "former Austin officer", None),
]


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
    # charges that are no criminal charge, or not brought
    ("The department filed disciplinary charges against Officer Ray Cole.", "charged"),
    ("The chief filed two departmental charges against a Boston officer.", "charged"),
    ("The family filed a civil complaint against the city and two officers.", "charged"),
    ("Prosecutors filed no charges against the officer after the review.", "charged"),
    ("Prosecutors declined to file any charges against the deputy.", "charged"),
    ("The district attorney will not file criminal charges against the trooper.", "charged"),
    ("Prosecutors could file further charges against the detective.", "charged"),
    ("The family asked prosecutors to file murder charges against the officer.", "charged"),
    ("Prosecutors may bring two felony charges against the sergeant.", "charged"),
    ("The union filed three grievances against the department.", "charged"),
    ("Residents filed 40 complaints against the officer over a decade.", "charged"),
    ("The watchdog filed two ethics charges against the commissioner.", "charged"),
    ("The board filed 12 administrative charges against Officer Ken Bay.", "charged"),
    ("Prosecutors filed two felony charges against a man who shot at police.", "charged"),
    ("The officer filed assault charges against a protester.", "charged"),
]

# a plain adjective after the determiner and before a city and its state between commas: the
# city, the state and the adjective all stay in the subject ("the white Tulsa, Okla., officer")
_ADJECTIVES = ["white", "veteran", "rookie", "disgraced", "longtime"]
_PLACES = ["Akron, Ohio,", "Tulsa, Okla.,", "Austin, Texas,", "Fresno, Calif.,", "Camden, New Jersey,", "Mesa, Ariz.,"]
_FRAMES = [
    ("A jury on Friday acquitted the {adj} {place} police officer.", "acquitted"),
    ("The sheriff fired a {adj} {place} deputy on Monday.", "dismissed"),
    ("Prosecutors charged a {adj} {place} police officer with assault.", "charged"),
    ("A grand jury indicted the {adj} {place} officer on two counts.", "charged"),
    ("The department suspended a {adj} {place} police sergeant without pay.", "suspended"),
    ("A judge sentenced the {adj} {place} detective to 18 months in prison.", "jailed"),
]
ADJECTIVE_PLACE = [
    (frame.format(adj=adj, place=_PLACES[(f + a) % len(_PLACES)]), outcome, f"{adj} {_PLACES[(f + a) % len(_PLACES)]}", None)
    for f, (frame, outcome) in enumerate(_FRAMES) for a, adj in enumerate(_ADJECTIVES)
]

# no police person: the adjective and the place make no subject of their own
ADJECTIVE_PLACE_REFUSED = [
    ("A jury on Friday acquitted the white Akron, Ohio, man.", None),
    ("The sheriff praised a veteran Dayton, Ohio, deputy for his work.", None),
    ("Prosecutors charged a local Tulsa, Okla., businessman with fraud.", None),
    ("The rookie Austin, Texas, officer was praised for the rescue.", None),
    ("A longtime Mesa, Ariz., resident was arrested for burglary.", None),
    ("The white Fresno, Calif., pickup was seized by police.", None),
    ("A grand jury indicted the retired Camden, New Jersey, teacher.", None),
    ("The suspended Akron, Ohio, program will restart next year.", None),
    ("A judge jailed the young Tulsa, Okla., driver for 18 months.", None),
    ("The veteran Austin, Texas, reporter covered the trial.", None),
    ("The board fired a longtime Mesa, Ariz., school principal.", None),
    ("The new Dayton, Ohio, police chief promised reform.", None),
    ("A busy Fresno, Calif., police station closed for repairs.", None),
    ("The old Camden, New Jersey, police department was disbanded in 2013.", None),
    ("A local Akron, Ohio, pastor was charged with theft.", None),
]

STATED = INFINITIVE + COUNTED_CHARGES + ADJECTIVE_PLACE
REFUSED = REFUSED + ADJECTIVE_PLACE_REFUSED
