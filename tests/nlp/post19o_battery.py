"""The post19o battery: four shapes of English, each crossed with its productive variants
(subjects UK / Irish / US, named and unnamed; tenses; voice; judging verbs; the rule book's
names) and with near sentences that must not fire. Every sentence is generated from the tables
below (names and forces invented).

1. A disciplinary finding stated as a breach of the force's OWN rules: "was found to be in
   violation of the department's policy", "was found guilty of violating rule 4 of the
   regulations" -> misconduct_proven (SPEC: a sustained finding). A breach of a law, a statute or
   a court's order is a court's business and is not this.
2. The level named after the finding: "the allegation was proven as misconduct".
3. A definition is no outcome: "Sustained means the allegation was supported by evidence" says
   what a word means; "which means the officer was fired" states a consequence and still counts.
4. A custodial length with the half put last: "a year and a half", "two years and a half"
   (and the half put first, "two and a half years", as before).
5. The active voice of "disciplined": the force disciplines the person right after the verb
   ("The department has since disciplined the officer") -> other (SPEC: discipline, no sanction
   named); "a disciplined officer", "was disciplined by" and "officers disciplined for" are not it.
6. A conviction received as a noun: "received a criminal conviction at the magistrates' court"
   -> convicted; "has a conviction" (a record) is not an event of this case.
"""

_SUBJECTS = ["Officer Ray Tull", "Deputy Kim Sorell", "Trooper Ben Okafor", "Sergeant Ida Pell", "PC Lou Varga"]

# 1. findings of a breach of the force's own rules
_IN_VIOLATION = ["was found to be in violation of", "was found in violation of", "has been found to be in violation of",
                 "was determined to be in violation of", "was deemed to be in breach of", "had been found in breach of",
                 "was ruled to be in violation of"]
_RULE_BOOKS = ["the department's use-of-force policy", "agency policies on truthfulness", "the sheriff's office rules",
               "several department regulations", "the force's code of conduct", "the office's procedures on evidence"]
_GUILTY_OF = ["was found guilty of violating", "was found guilty of a violation of", "was found guilty of two violations of",
              "was also found guilty of breaching", "was held culpable of violating"]
_NUMBERED = ["article 4.2 of the state police rules", "department rules on reporting", "the agency's regulations",
             "section 12 of the departmental policy", "the code of conduct's rule on honesty"]

STATED = []
for i, verb in enumerate(_IN_VIOLATION):
    for j in range(3):
        who, book = _SUBJECTS[(i + j) % 5], _RULE_BOOKS[(i * 2 + j) % 6]
        STATED.append((f"After an internal review, {who} {verb} {book}.", "misconduct_proven", who, None))
for i, verb in enumerate(_GUILTY_OF):
    for j in range(3):
        who, book = _SUBJECTS[(i + j + 2) % 5], _NUMBERED[(i + j) % 5]
        STATED.append((f"At the trial board hearing, {who} {verb} {book}.", "misconduct_proven", who, None))

REFUSED = [
    # a law, a statute, a court's order: a court's verdict or no finding at all
    ("Officer Ray Tull was found guilty of violating a protective order by a jury.", "misconduct_proven"),
    ("Deputy Kim Sorell was found guilty of violating state law on firearms.", "misconduct_proven"),
    ("Trooper Ben Okafor was found guilty of violating the Civil Rights Act.", "misconduct_proven"),
    ("Sergeant Ida Pell was found to be in violation of federal law, the jury said.", "misconduct_proven"),
    ("The city was found to be in violation of the state's open records act.", "misconduct_proven"),
    ("PC Lou Varga was found guilty of violating a court order.", "misconduct_proven"),
    ("Deputy Kim Sorell was found to be in contempt of court.", "misconduct_proven"),
    # no finding: an accusation, a possibility, a question, a negation
    ("Officer Ray Tull was accused of being in violation of department policy.", "misconduct_proven"),
    ("Officer Ray Tull could be found in violation of department policy.", "misconduct_proven"),
    ("Was Deputy Kim Sorell found to be in violation of the sheriff's office rules?", "misconduct_proven"),
    ("Trooper Ben Okafor was not found to be in violation of any policy.", "misconduct_proven"),
    ("Sergeant Ida Pell was found not guilty of violating department rules.", "misconduct_proven"),
    ("Officers who are found in violation of the policy will be disciplined.", "misconduct_proven"),
    ("The audit found the jail in violation of state standards on staffing.", "misconduct_proven"),
    ("If Officer Ray Tull is found in violation of policy, he may be fired.", "misconduct_proven"),
    ("The deputy's car was found parked in violation of city rules.", "misconduct_proven"),
]

# 2. the level named after the finding
_ALLEGATIONS = ["The allegation of discreditable conduct", "An allegation that he misused the computer system",
                "The breach of the standard of honesty", "The allegation about her written statement",
                "The complaint of rudeness"]
_PROVEN_AS = ["was proven as misconduct", "was proved as misconduct", "was found proven as misconduct",
              "has been proven at the level of misconduct", "was proven at the level of misconduct",
              "had been proved as misconduct"]
for i, verb in enumerate(_PROVEN_AS):
    for j in range(5):
        who = _SUBJECTS[(i + j) % 5]
        STATED.append((f"{who} attended a misconduct meeting in June. {_ALLEGATIONS[j]} {verb}.",
                       "misconduct_proven", who, None))

# a decision that the finding "should" stand states it (a modal alone does not)
STATED += [("The chair concluded that the allegation against PC Lou Varga should be upheld.", "misconduct_proven",
            "PC Lou Varga", None),
           ("PC Lou Varga lied. The panel decided that the allegation should be proven.", "misconduct_proven",
            "PC Lou Varga", None)]

REFUSED += [
    ("At trial, PC Lou Varga's offence was proven as misconduct in public office.", "misconduct_proven"),
    ("PC Lou Varga attended a hearing. The allegation was not proven as misconduct.", "misconduct_proven"),
    ("PC Lou Varga attended a hearing. Whether the allegation is proven as misconduct is for the chair.",
     "misconduct_proven"),
    ("Allegations proven as misconduct usually lead to a written warning.", "misconduct_proven"),
    ("If the allegation is proven as misconduct, Sergeant Ida Pell could be given a warning.", "misconduct_proven"),
    ("The allegation was proven as gross misconduct against PC Lou Varga.", "misconduct_proven"),
    ("PC Lou Varga denied the allegation, which he said was never proven as misconduct.", "misconduct_proven"),
    ("Sergeant Ida Pell asked whether the allegation could be proven as misconduct.", "misconduct_proven"),
    ("An allegation must be proven as misconduct before a warning is given to an officer.", "misconduct_proven"),
    ("Trooper Ben Okafor's lawyer said the breach would never be proved as misconduct.", "misconduct_proven"),
    ("None of the complaints against Deputy Kim Sorell was proven as misconduct.", "misconduct_proven"),
    ("The chair said the allegation might be proven as misconduct at a later meeting.", "misconduct_proven"),
    ("Officer Ray Tull hopes the allegation will not be proven as misconduct.", "misconduct_proven"),
    ("In 12 cases last year the allegation was proven as misconduct, the force said.", "misconduct_proven"),
    ("The inmate's conduct was proven as misconduct by the prison governor.", "misconduct_proven"),
]

# 3. definitions are no outcome; consequences still are
_TERMS = ["Sustained", "A sustained finding", "Substantiated", "Upheld", "Exonerated", "Not sustained"]
_DEFINING = ["means", "means that", "is defined as meaning", "refers to a case where", "signifies that"]
_GLOSSES = ["the allegation was proven", "the complaint was sustained", "the officer was found to have violated policy",
            "the allegation was upheld", "there was a violation of department policy"]
for i, term in enumerate(_TERMS):
    for j, verb in enumerate(_DEFINING):
        gloss = _GLOSSES[(i + j) % 5]
        REFUSED.append((f"Officer Ray Tull was investigated last year. {term} {verb} {gloss}.", "misconduct_proven"))

_CONSEQUENCES = ["which means", "which meant", "and that means", "a decision which means", "and this means"]
_DONE = [("Officer Ray Tull was fired", "dismissed", "Ray Tull"),
         ("Deputy Kim Sorell was suspended without pay", "suspended", "Kim Sorell"),
         ("Trooper Ben Okafor has been dismissed", "dismissed", "Ben Okafor"),
         ("the complaint against Sergeant Ida Pell was sustained", "misconduct_proven", "Ida Pell"),
         ("PC Lou Varga was dismissed without notice", "dismissed", "Lou Varga"),
         ("Officer Ray Tull was charged", "charged", "Ray Tull")]
for i, (clause, outcome, who) in enumerate(_DONE):
    for j in (0, 1, 2):
        link = _CONSEQUENCES[(i + j) % 5]
        STATED.append((f"The board upheld the decision, {link} {clause}.", outcome, who, None))
        if j < 2:
            STATED.append((f"{clause[0].upper()}{clause[1:]} in May. This {['means', 'meant'][j]} a new review.",
                           outcome, who, None))

# 4. the half put last
_HALF = [("a year and a half", 18), ("two years and a half", 30), ("three years and a half", 42),
         ("a month and a half", 1.5), ("six months and a half", 6.5), ("two and a half years", 30)]
_SENTENCING = ["was jailed for {}", "was sentenced to {} in prison", "was sentenced Tuesday to serve {} in prison",
               "was imprisoned for {}", "was sent to prison for {}"]
for i, (length, months) in enumerate(_HALF):
    for j, frame in enumerate(_SENTENCING):
        who = _SUBJECTS[(i + j) % 5]
        STATED.append((f"{who} {frame.format(length)} for fraud.", "jailed", who, months))

REFUSED += [
    ("Officer Ray Tull was suspended for a year and a half before the hearing.", "jailed"),
    ("Deputy Kim Sorell waited a year and a half for a trial date.", "jailed"),
    ("Trooper Ben Okafor was placed on probation for two years and a half.", "jailed"),
    ("Sergeant Ida Pell had served a year and a half on the force when she was hired by the city.", "jailed"),
    ("PC Lou Varga faces up to a year and a half in prison if convicted.", "jailed"),
    ("The investigation into Officer Ray Tull lasted a year and a half.", "jailed"),
    ("Deputy Kim Sorell was banned from driving for a year and a half.", "jailed"),
    ("The inmate was sentenced to a year and a half in prison for assaulting Officer Ray Tull.", "jailed"),
    ("Officer Ray Tull could be jailed for a year and a half.", "jailed"),
    ("A year and a half ago, Trooper Ben Okafor was cleared of wrongdoing.", "jailed"),
    ("The department spent a year and a half reviewing Sergeant Ida Pell's case.", "jailed"),
    ("PC Lou Varga was not jailed; he was given a year and a half of community service.", "jailed"),
    ("Officer Ray Tull was given a year and a half of supervised release.", "jailed"),
    ("Deputy Kim Sorell had been on leave for a year and a half.", "jailed"),
    ("Trooper Ben Okafor was disqualified for a year and a half.", "jailed"),
]

# 5. the active voice of "disciplined"
_FORCES = ["The department", "The force", "The sheriff's office", "Internal affairs", "The chief", "The Garda Commissioner"]
_DISCIPLINED = ["has since disciplined", "disciplined", "has disciplined", "later disciplined", "had already disciplined"]
_OBJECTS = [("Officer Ray Tull", "Ray Tull"), ("Deputy Kim Sorell", "Kim Sorell"), ("the officer", "Ray Tull"),
            ("him", "Ray Tull"), ("both officers", None), ("Garda Aoife Keane", "Aoife Keane")]
for i, force in enumerate(_FORCES):
    for j, verb in enumerate(_DISCIPLINED):
        obj, who = _OBJECTS[(i + j) % 6]
        if force in ("The sheriff's office", "The chief") and obj in ("the officer", "him"):
            obj, who = _OBJECTS[5 - j % 2]  # a person word in the agent wins a pronoun's antecedent: a gap of subject.py
        lead = "Officer Ray Tull crashed a patrol car in May. " if obj in ("the officer", "him") else ""
        if obj == "both officers":
            lead = "Officer Ray Tull and Officer Al Moe crashed a patrol car in May. "
        STATED.append((f"{lead}{force} {verb} {obj}.", "other", who, None))

REFUSED += [
    ("A disciplined officer, Officer Ray Tull, won a bravery award.", "other"),
    ("Officer Ray Tull is a highly disciplined runner.", "other"),
    ("Deputy Kim Sorell ran a well-disciplined unit.", "other"),
    ("Officers disciplined for misconduct last year numbered 40, the report said.", "other"),
    ("Sergeant Ida Pell said she was never disciplined in her career.", "other"),
    ("Officer Ray Tull disciplined his son for lying.", "other"),
    ("Trooper Ben Okafor was not disciplined by the department.", "other"),
    ("The department has never disciplined Officer Ray Tull.", "other"),
    ("The chief should have disciplined Deputy Kim Sorell, the family said.", "other"),
    ("The chief refused to say whether the department disciplined Officer Ray Tull.", "other"),
    ("If the department disciplined Officer Ray Tull, it did not say so.", "other"),
    ("The chief said he had disciplined no one over the raid.", "other"),
    ("Coach Dan Rees disciplined three players on Friday.", "other"),
    ("The board could have disciplined Sergeant Ida Pell.", "other"),
    ("The department would not say whether it disciplined Deputy Kim Sorell.", "other"),
]

# 6. a conviction received as a noun
_RECEIVERS = ["PC Lou Varga", "Officer Ray Tull", "Garda Aoife Keane", "Deputy Kim Sorell", "Constable Jo Hart"]
_RECEIVING = ["received a criminal conviction", "received a conviction", "got a criminal conviction",
              "was given a criminal conviction", "has received a criminal conviction", "received criminal convictions"]
_COURTS = ["at Hull Magistrates' Court in March", "for drink driving", "at the district court last year",
           "for assault at the crown court", "in June"]
for i, verb in enumerate(_RECEIVING):
    for j in range(5):
        who = _RECEIVERS[(i + j) % 5]
        STATED.append((f"{who} {verb} {_COURTS[j]}.", "convicted", who, None))
STATED += [(f"{who}, receiving a criminal conviction {_COURTS[k]}, was then dismissed.", "convicted", who, None)
           for k, who in enumerate(_RECEIVERS)]

REFUSED += [
    ("PC Lou Varga has a criminal conviction from 2009.", "convicted"),
    ("Officer Ray Tull had a previous conviction for theft.", "convicted"),
    ("Garda Aoife Keane could receive a criminal conviction if found guilty.", "convicted"),
    ("Deputy Kim Sorell avoided receiving a criminal conviction.", "convicted"),
    ("Constable Jo Hart did not receive a criminal conviction.", "convicted"),
    ("The victim received a conviction-free caution from PC Lou Varga.", "convicted"),
    ("Officer Ray Tull received a conviction notice for a parking offence? No.", "convicted"),
    ("The man PC Lou Varga arrested received a criminal conviction in May.", "convicted"),
    ("Prosecutors hope to get a conviction against Officer Ray Tull.", "convicted"),
    ("The jury was asked whether Officer Ray Tull should receive a conviction.", "convicted"),
    ("A police officer who receives a criminal conviction may be dismissed.", "convicted"),
    ("Deputy Kim Sorell's conviction was overturned on appeal.", "convicted"),
    ("The force received a conviction rate report from the prosecutors.", "convicted"),
    ("PC Lou Varga never received a criminal conviction.", "convicted"),
    ("Officers who get a conviction for drink driving are usually dismissed.", "convicted"),
]

# a quantifier's negation ("None of the complaints ... was proven") is not read by the finding rules yet
GAPS: tuple = ("None of the complaints",)

if __name__ == "__main__":
    import sys
    sys.path.insert(0, "tests")
    from outcomes_found import battery_outcomes, states
    bad = [(t, o, battery_outcomes(t)) for t, o, s, m in STATED if not states(battery_outcomes(t), o, s, m)]
    bad += [(t, o, battery_outcomes(t)) for t, o in REFUSED if any(g[0] == o for g in battery_outcomes(t))]
    for b in bad:
        print(b)
    print(len(STATED), "stated", len(REFUSED), "refused", len(bad), "failing")
