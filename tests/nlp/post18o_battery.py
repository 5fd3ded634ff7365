"""Four shapes of English that hid a plainly stated outcome, each written for this battery with
invented names, places and forces:
- a person fined a sum of money, with no disciplinary body named, is fined by a court: a court's
  fine is a sentence passed on a conviction ("PC X was fined £400 for ...", "a deputy was ordered
  to pay a $500 fine"); a disciplinary fine ("by the Commissioner", "at a misconduct hearing"), a
  fine on the force, a fixed penalty and a fine that "could" be imposed are not that;
- a person returned, recalled or sent back to prison is jailed again;
- a disciplinary finding names its level through "the (lesser) offence|charge of": "found guilty
  of the lesser offence of misconduct" is misconduct proven, not a conviction ("misconduct in
  public office" stays a crime);
- a counted group "among N people charged|indicted|arrested" or "among N defendants" shares what
  is done to the larger set.

STATED: (text, outcome, subject words that must all be in the subject or None, months or None)
REFUSED: (text, outcome that must not be found, or None for no outcome at all)
"""

_WHO = [("PC Dan Hale", "Hale"), ("Sergeant Amy Lowe", "Lowe"), ("Former constable Rob Tiernan", "Tiernan"),
        ("Deputy Carla Ruiz", "Ruiz"), ("Garda Liam Foyle", "Foyle"), ("Officer Ty Banks", "Banks")]

FINED = [(f"{who} {frame}", "convicted", key, None) for who, key in _WHO for frame in (
    "was fined £400 for misusing the police computer.",
    "was fined $1,500 after admitting the offence.",
    "was later fined €650 at the district court.",
    "has been fined 800 euros for careless driving.",
    "was ordered to pay a $500 fine for the misdemeanor.",
)] + [
    ("A special constable from Wessex was fined £1,200 for unlawfully obtaining personal data.", "convicted", "special constable", None),
    ("A detention officer in Utah was fined $2,000 and given probation.", "convicted", "detention officer", None),
    ("Inspector Joan Pike was also fined £300 and ordered to pay costs.", "convicted", "Pike", None),
    ("Trooper Sam Kohl was ordered to pay $1,200 in fines and court costs.", "convicted", "Kohl", None),
    ("Last year a detective in Cardiff was fined £900 for a similar breach.", "convicted", "detective", None),
    ("The jailer was sentenced to pay a $750 fine.", "convicted", "jailer", None),
]

RETURNED = [(f"{who} {frame}", "jailed", key, None) for who, key in _WHO for frame in (
    "has been returned to jail.",
    "was sent back to prison on Monday.",
    "was recalled to prison after breaching his licence.",
    "was returned to prison to serve the rest of the term.",
    "was put back behind bars last week.",
)] + [
    ("The former chief inspector has been sent back to jail after a retrial.", "jailed", "chief inspector", None),
    ("Ex-sergeant Al Dunne was taken back to prison after the appeal failed.", "jailed", "Dunne", None),
    ("A former deputy has been sent back behind bars for violating probation.", "jailed", "deputy", None),
    ("Former PC Nell Vance was recalled to the prison in Durham.", "jailed", "Vance", None),
    ("The disgraced commander was returned to the jail on Friday.", "jailed", "commander", None),
]

_HEARD = "attended a misconduct hearing in Exeter. "
LESSER = [(f"{who} {_HEARD}{frame}", outcome, key, None) for who, key in _WHO[:5] for frame, outcome in (
    ("He was found guilty of the lesser offence of misconduct.", "misconduct_proven"),
    ("The officer was found guilty of the lesser charge of misconduct and given a written warning.", "misconduct_proven"),
    ("The officer was held guilty of the alternative charge of misconduct.", "misconduct_proven"),
    ("The officer was found guilty of the single allegation of misconduct.", "misconduct_proven"),
    ("The officer was found guilty of the more serious charge of gross misconduct.", "gross_misconduct_proven"),
    ("The officer was found guilty of the offence of gross misconduct and dismissed.", "gross_misconduct_proven"),
)]

_DAY = " on Tuesday."
AMONG = [(f"{group} were among {n} {rest}", outcome, group.split()[-1], None) for group, n in (
    ("Nine officers", "30"), ("Six deputies", "15"), ("Fourteen current and former officers", "20"),
    ("Two constables", "11"), ("Three troopers", "twelve"),
) for rest, outcome in (
    ("people charged in a bribery scheme.", "charged"),
    ("people indicted" + _DAY, "charged"),
    ("suspects arrested in the raids.", "arrested"),
    ("defendants in the federal case.", "charged"),
    ("people convicted in the smuggling case.", "convicted"),
    ("individuals arrested in the sting" + _DAY, "arrested"),
)]

AMONG += [("Two constables were among 20 people who had been arrested by the unit.", "arrested", "constables", None)]

STATED = FINED + RETURNED + LESSER + AMONG

REFUSED = [
    # a disciplinary fine, a fine on an organisation, a fine that may be imposed, a fixed penalty
    ("Garda Joe Lyons was fined €500 by the Commissioner.", "convicted"),
    ("Garda Ann Roche was fined €300 by the Garda Commissioner for the breach.", "convicted"),
    ("Garda Pat Kiely was fined two weeks' pay for the breach.", "convicted"),
    ("The force was fined £200,000 for losing the data.", None),
    ("The department was fined $50,000 by the state.", None),
    ("PC Dan Hale could be fined up to £5,000.", "convicted"),
    ("PC Dan Hale could have been fined £5,000.", "convicted"),
    ("PC Dan Hale may be fined £1,000 if convicted.", "convicted"),
    ("Sergeant Amy Lowe was fined £250 at a misconduct hearing.", "convicted"),
    ("Sergeant Amy Lowe was fined £100 with a fixed penalty notice.", "convicted"),
    ("Deputy Carla Ruiz was fined $200 by the department for the crash.", "convicted"),
    ("The driver was fined £100 by magistrates after Officer Ty Banks stopped him.", "convicted"),
    ("The shopkeeper was fined $300 for the violation.", None),
    # returned to duty, to work, to a place that is not a prison
    ("PC Dan Hale has been returned to duty.", None),
    ("PC Dan Hale was sent back to his station in Leeds.", None),
    ("Deputy Carla Ruiz returned to the jail to work her shift.", "jailed"),
    ("The prisoner was returned to prison by Officer Ty Banks.", "jailed"),
    ("Sergeant Amy Lowe was returned to frontline duties.", None),
    # a crime, not a disciplinary level
    ("PC Ann Roe was found guilty of misconduct in public office at Leeds Crown Court.", "misconduct_proven"),
    ("PC Ann Roe was found guilty of the offence of misconduct in public office.", "misconduct_proven"),
    ("PC Ann Roe was found guilty of the charge of misconduct in a public office.", "misconduct_proven"),
    ("PC Ann Roe was found not guilty of the lesser charge of misconduct.", "misconduct_proven"),
    ("PC Ann Roe could be found guilty of the lesser offence of misconduct.", "misconduct_proven"),
    # the larger set is a tally, or the group is not among those the verb is done to
    ("Forty officers were among 300 people arrested last year.", None),
    ("Nine officers were among 30 people who called for charges.", None),
    ("Six deputies were among 15 witnesses at the trial.", None),
    ("Two constables were among 11 people injured in the crash.", None),
    ("Three troopers were among 40 people honoured at the ceremony.", None),
    ("About 50 officers were among 1,200 people arrested in the decade.", None),
]

REFUSED += [
    # a fine in a disciplinary frame the sentence or the one before sets
    ("Twenty gardaí were fined for breaches of discipline last year. One garda was fined €400 for criminal conduct.", "convicted"),
    ("One member of the force was fined €900 for discreditable conduct and neglect of duty.", "convicted"),
    ("Officers disciplined internally paid fines. A sergeant was fined €250 in March.", "convicted"),
    ("After the misconduct hearing, Constable Ed Hart was fined £300.", "convicted"),
]

REFUSED += [
    # not a return to prison: active going back, a return to work, a hoped-for or refused return
    ("Officer Ty Banks returned to the prison to collect his belongings.", "jailed"),
    ("Sergeant Amy Lowe was returned to her old post in Leeds.", None),
    ("PC Dan Hale was sent back to the station to fetch the file.", None),
    ("Deputy Carla Ruiz was sent back to patrol after the inquiry.", None),
    ("The judge refused to send PC Dan Hale back to prison.", "jailed"),
    ("Prosecutors asked that Garda Liam Foyle be returned to prison.", "jailed"),
    ("PC Dan Hale could be sent back to prison if he breaches his licence.", "jailed"),
    ("Officer Ty Banks escorted the inmate, who was returned to prison on Friday.", "jailed"),
    ("Trooper Sam Kohl was returned to the jail's front desk as a supervisor.", "jailed"),
    ("The officer was sent back to prisons inspection work in May.", "jailed"),
    # a level of a crime, a finding not reached, a verdict against someone else
    ("PC Ann Roe denied the lesser charge of misconduct.", "misconduct_proven"),
    ("PC Ann Roe faced the lesser charge of misconduct at the hearing.", "misconduct_proven"),
    ("PC Ann Roe may be found guilty of the lesser offence of misconduct.", "misconduct_proven"),
    ("The panel will decide whether PC Ann Roe is guilty of the lesser charge of misconduct.", "misconduct_proven"),
    ("PC Ann Roe was cleared of the lesser charge of misconduct.", "misconduct_proven"),
    ("PC Ann Roe was found guilty of the offence of assault.", "misconduct_proven"),
    ("PC Ann Roe was found guilty of the charge of misconduct in public office by a jury.", "misconduct_proven"),
    ("PC Ann Roe was found guilty of the lesser offence of careless driving.", "misconduct_proven"),
    ("PC Ann Roe was found guilty of the more serious charge of fraud.", "gross_misconduct_proven"),
    ("PC Ann Roe was found not guilty of the more serious charge of gross misconduct.", "gross_misconduct_proven"),
    # a group among people the verb is not done to, or a set counted over a period
    ("Nine officers were among 30 people who gave evidence.", None),
    ("Six deputies were among 15 people questioned as witnesses.", None),
    ("Two constables were among 11 people praised by the judge.", None),
    ("Five troopers were among 25 people interviewed by investigators.", None),
    ("Three officers were among 40 people charged over the period since 2015.", None),
    ("Seven officers were among 18 people at the meeting.", None),
    ("Four deputies were among the 10 defendants' neighbours.", None),
    ("Twelve officers were among 60 people arrested in the year to March.", None),
]

# 'them' right after an outcome verb, for officers named or counted just before
_GROUPS = [("PC Ann Roe and PC Ed Hart were filmed at the scene.", "Roe"),
           ("Al Fenn and Bo Kerr, two jail officers, are accused of beating an inmate.", "officers"),
           ("Two deputies, Al Fenn and Bo Kerr, were accused of the assault.", "deputies"),
           ("Sergeant Nell Vance and Constable Ray Quill faced questions over the raid.", "Vance"),
           ("Troopers Sam Kohl and Di Dunn were named in the complaint.", "Kohl")]
THEM = [(f"{group} {frame}", outcome, key, None) for group, key in _GROUPS for frame, outcome in (
    ("Prosecutors charged them with assault.", "charged"),
    ("A grand jury indicted them on Friday.", "charged"),
    ("Detectives arrested them at their homes.", "arrested"),
    ("The chief fired them the next day.", "dismissed"),
    ("The force suspended them on full pay.", "suspended"),
    ("A judge sentenced them to two years in prison.", "jailed"),
)]
STATED += THEM

REFUSED += [
    # 'them' for other people, or not right after the verb
    ("Officers Al Fenn and Bo Kerr caught two burglars. They arrested them on the spot.", None),
    ("PC Ann Roe and PC Ed Hart stopped two men. They charged them with theft.", None),
    ("Deputies Al Fenn and Bo Kerr found the suspects. We arrested them, the sheriff said.", None),
    ("PC Ann Roe and PC Ed Hart were praised. The judge thanked them for their evidence.", None),
    ("PC Ann Roe and PC Ed Hart were praised. Colleagues described them as brave.", None),
    ("PC Ann Roe and PC Ed Hart gave evidence. Lawyers asked them about the arrest.", None),
    ("PC Ann Roe and PC Ed Hart gave evidence. Their union urged the force to have them reinstated.", None),
    ("Al Fenn and Bo Kerr, two jail officers, spoke to inmates. Neither of them was charged.", "charged"),
    ("Two deputies, Al Fenn and Bo Kerr, were praised. Residents wanted them promoted.", None),
    ("Two deputies, Al Fenn and Bo Kerr, were cleared. Critics wanted them charged.", "charged"),
    ("Two deputies, Al Fenn and Bo Kerr, made the arrest. The men they detained were charged.", None),
    ("Sergeant Nell Vance and Constable Ray Quill found two teenagers. They cleared them of any crime.", None),
    ("Troopers Sam Kohl and Di Dunn stopped a van. They arrested them both.", None),
    ("Troopers Sam Kohl and Di Dunn were honoured. The mayor congratulated them.", None),
    ("Troopers Sam Kohl and Di Dunn testified. The defence accused them of lying.", "charged"),
]
