"""A count's outcome stated outside its own clause, written for the oc19 work (invented forces,
people and numbers; none copied from a dev set or a held-out page). The SPEC sets a figure's
outcome 'when the number counts outcomes'; English often says the outcome away from the count:

- ASIDE: the count opens its sentence as the subject and an apposition, a relative clause or a
  remark stands between it and its verb, closed by the mark that opened it (commas, dashes,
  brackets); the verb after the close is the count's, and a count inside the aside is of the
  same people.
- ANAPHOR: the count's own sentence says nothing of what became of them; the next sentence
  opens with a plural anaphor for them ('They', 'All of them', 'The officers') whose own verb
  (passive, or active with no object) is the outcome.
- ANSWER: the count opens the sentence right after a 'how many' question that names the outcome.

STATED: (text, the figure's text, its outcome). REFUSED: (text, a figure's text) whose figure,
if found at all, must keep no outcome: a count with no later outcome, an anaphor for another
group or that does the verb, an outcome that is only threatened, denied or of someone else.
"""

ASIDE = [
    ("Twenty people, including four police officers, were indicted by a federal grand jury.", "Twenty", "charged"),
    ("Twenty people, including four police officers, were indicted by a federal grand jury.", "four", "charged"),
    ("Nine officers - two sergeants and seven constables - were dismissed after the inquiry.", "Nine", "dismissed"),
    ("Three troopers \u2014 a sergeant and two patrolmen \u2014 were charged with assault.", "Three", "charged"),
    ("Three gardaí \u2013 one sergeant and two guards \u2013 were suspended on full pay.", "Three", "suspended"),
    ("Eleven deputies, who had been on duty at the jail that night, were fired on Friday.", "Eleven", "dismissed"),
    ("Four constables (two of them still on probation) were sacked following a hearing.", "Four", "dismissed"),
    ("Four constables (two of them still on probation) were sacked following a hearing.", "two", "dismissed"),
    ("Seven officers, the force confirmed on Tuesday, have resigned.", "Seven", "resigned"),
    ("Six detectives, whose names have not been released, were convicted of perjury.", "Six", "convicted"),
    ("Two Met officers, both based in south London, were jailed for misconduct in public office.", "Two", "jailed"),
    ("Fourteen officers, according to the report, received final written warnings.", "Fourteen", "final_written_warning"),
    ("Twelve officers (including three inspectors) were dismissed without notice.", "Twelve", "dismissed"),
    ("Four officers, none of whom had faced a hearing before, were sacked.", "Four", "dismissed"),
    ("Five officers, who cannot be named for legal reasons, were jailed on Friday.", "Five", "jailed"),
    ("Nine correctional officers, all of whom worked at the state prison, were indicted.", "Nine", "charged"),
    ("Three officers \u2013 all from the same response team \u2013 resigned before their hearings.", "Three", "resigned"),
    ("Eight former constables (six men and two women) were added to the barred list.", "Eight", "barred"),
    ("Ten deputies, the sheriff told reporters, were terminated last week.", "Ten", "dismissed"),
    ("The two officers, who joined the force in 2015, were found guilty of assault.", "two", "convicted"),
]

# the count opens its main clause after a fronted phrase, or a reported clause
FRONTED = [
    ("In 2022, 40 officers, including two inspectors, were dismissed.", "40", "dismissed"),
    ("Last year, six deputies, all from the same station, were fired.", "six", "dismissed"),
    ("In the year to March, nine officers (two of them sergeants) were sacked.", "nine", "dismissed"),
    ("The force said 40 officers, including two inspectors, were dismissed.", "40", "dismissed"),
    ("Figures show that 12 gardaí – three sergeants and nine guards – were suspended last year.", "12", "suspended"),
    ("The report found nine troopers, who worked in the same barracks, had been charged.", "nine", "charged"),
]

# a count in an aside set off by dashes or brackets after a subject that is no count
MARKED = [
    ("Most of the officers – 14 in all – were dismissed.", "14", "dismissed"),
    ("The remaining officers – about 30 – were suspended on full pay.", "about 30", "suspended"),
    ("The majority of them – 62 per cent – have since been barred from policing.", "62 per cent", "barred"),
    ("Officers from the drugs unit (11 of them) were charged with conspiracy.", "11", "charged"),
    ("The deputies on the shift — seven in total — were terminated in June.", "seven", "dismissed"),
]

ANAPHOR = [
    ("The other six officers were on call at the time. They have all been suspended.", "six", "suspended"),
    ("Four constables were on duty in the custody suite that night. They were later dismissed.", "Four", "dismissed"),
    ("Seven officers worked in the drugs squad. All of them were sacked.", "Seven", "dismissed"),
    ("Three deputies were assigned to the fourth floor of the jail. They were fired last month.", "Three", "dismissed"),
    ("Five troopers were in the convoy. Each of them has since been charged.", "Five", "charged"),
    ("Nine gardaí worked at the station during the period. They were all suspended in March.", "Nine", "suspended"),
    ("Two officers had been investigating the burglary. Both of them have now resigned.", "Two", "resigned"),
    ("Twelve officers were stationed at the border post. They have since been given final written warnings.",
     "Twelve", "final_written_warning"),
    ("Eight officers were in the team that searched the flat. They were jailed in 2021.", "Eight", "jailed"),
    ("Six employees handled the seized cash. They have been barred from working in policing.", "Six", "barred"),
    ("Four deputies were working the overnight shift. They were terminated on Tuesday.", "Four", "dismissed"),
    ("Two sergeants supervised the unit. They resigned before the hearing.", "Two", "resigned"),
    ("Ten officers were on the wing. The officers were subsequently convicted of misconduct.", "Ten", "convicted"),
    ("Three constables were in the van. They were each convicted of assault.", "Three", "convicted"),
    ("Five detectives ran the inquiry. They have since been indicted on perjury counts.", "Five", "charged"),
]

ANSWER = [
    ("How many officers were dismissed last year? 14, up from nine the year before.", "14", "dismissed"),
    ("So how many gardaí were suspended in 2023? Twenty-two, according to figures released under FOI.",
     "Twenty-two", "suspended"),
    ("How many deputies have been fired since 2020? Thirty-one.", "Thirty-one", "dismissed"),
    ("And how many of the officers were convicted? Only three.", "three", "convicted"),
    ("How many officers resigned while under investigation? 112, the figures show.", "112", "resigned"),
    ("How many troopers were charged? Seven, prosecutors said.", "Seven", "charged"),
]

STATED = ASIDE + FRONTED + MARKED + ANAPHOR + ANSWER

# read wrong for a cause outside this mechanism: each case fails until its cause is fixed
MISSED = {
    "Three deputies were assigned to the fourth floor of the jail. They were fired last month.":
        "'assigned' near the count reads as a case state (outcome_words._in_process: 'Total Assigned Cases')",
}

REFUSED = [
    ("Six officers were at the scene, a witness said. Nobody has been disciplined.", "Six"),
    ("Six officers were on duty that night. Two other officers were suspended.", "Six"),
    ("The six officers who were not disciplined returned to work.", "six"),
    ("Four officers were at the scene. They said the man was armed.", "Four"),
    ("Five officers attended the call. They could be dismissed if found guilty.", "Five"),
    ("Seven officers worked in the unit. They were not charged.", "Seven"),
    ("Three deputies were working that night. They deny any wrongdoing and have not been suspended.", "Three"),
    ("Four officers, including one who was later sacked, gave evidence at the inquest.", "Four"),
    ("Two officers, a sergeant and a constable, could face the sack.", "Two"),
    ("How many officers were at the scene? Six, according to witnesses.", "Six"),
    ("How many officers could be dismissed? Up to 40.", "40"),
    ("Eight officers were at the house. Their sergeant was later dismissed.", "Eight"),
    ("Ten officers gave evidence. They were praised by the coroner.", "Ten"),
    ("Three officers were present. Then 12 others were suspended.", "Three"),
    ("Six officers and two paramedics were at the scene. They were later suspended.", "Six"),
    ("Four officers were on patrol. They arrested two men, who were later charged.", "Four"),
    ("Three officers were involved in the chase. They suspended the search at midnight.", "Three"),
    ("Seven officers worked on the case. They have dismissed claims of a cover-up.", "Seven"),
    ("Two officers, who had been sacked by another force, joined in 2019.", "Two"),
    ("Five officers were at the protest. They charged at the crowd.", "Five"),
    ("Nine officers, the chief said, will not be disciplined.", "Nine"),
    ("Four officers worked at the station. They would have been dismissed had they not resigned.", "Four"),
    ("Six residents were interviewed. They were later arrested.", "Six"),
    ("Three officers ran the operation. Why were they not suspended?", "Three"),
    ("The officers in the unit – 12 in total – were praised by the chief.", "12"),
    ("In 2021, 30 officers, including four who were later sacked, joined the unit.", "30"),
    ("The chief said five officers, all of them sergeants, could be suspended.", "five"),
    ("The inquiry found that officers – at least eight – could face dismissal.", "eight"),
]
