"""An outcome count and its cause (audfig18): "two officers were fired following a violent
arrest" counts officers fired for one conduct, so its kind is that conduct's; where the lexicon
has no word for it, `other`, never `all` (every kind). English joins an outcome to its cause
with many links besides "for" and "over": "following", "after", "in connection with", "in
relation to", "in the wake of", "in the aftermath of", "stemming from", "arising from", "as a
result of", "because of", "due to",  "linked to" (models/context.json cause_links); the
cause may be a bare noun, a gerund or clause, or a phrase brought in by "a"/"an".

Near sentences keep `all`: the words after the link name a step of the process ("following an
investigation", "after a misconduct hearing", "in connection with an inquiry") or a length of
time ("for a month", "after two years"), a general word ("following complaints", "over
misconduct"), or a definite thing told before ("after the incident"); no outcome verb precedes
the link ("20 complaints following a march" is not an outcome count); another outcome of the
same people ("barred after resigning", "fired after a conviction") is a step, not the cause. Names, places and bodies
are invented; US, UK and Irish wording. Published 1 June 2023 (tests/figures_found.py).
"""

LEAD = "Police discipline update\n\n"

OTHER = {"category": "other"}
ALL = {"category": "all"}

CAUSES = [
    ("Two Marlow police officers were fired following a violent arrest.", [{"value": 2, **OTHER}]),
    ("Three deputies were suspended after an inmate died in the county jail.", [{"value": 3, **OTHER}]),
    ("Four troopers were disciplined in connection with a crash on the interstate.", [{"value": 4, **OTHER}]),
    ("Five gardaí were suspended in relation to a fatal road crash in Kilbarry.", [{"value": 5, **OTHER}]),
    ("Six officers were sacked in the wake of a racist video shared online.", [{"value": 6, **OTHER}]),
    ("Seven constables were dismissed in the aftermath of a brawl at a party.", [{"value": 7, **OTHER}]),
    ("Eight deputies were terminated stemming from a riot in the cell block.", [{"value": 8, **OTHER}]),
    ("Nine deputies were placed on administrative leave arising from a shooting at a traffic stop.",
     [{"value": 9, **OTHER}]),
    ("Ten officers were fired as a result of a cover-up of a crash.", [{"value": 10, **OTHER}]),
    ("Two sergeants were demoted because of a cheating scandal on promotion exams.", [{"value": 2, **OTHER}]),
    ("Three officers were suspended due to a car chase that ended in a death.", [{"value": 3, **OTHER}]),
    ("Four officers were fired tied to a scheme to falsify logs.", [{"value": 4, **OTHER}]),
    ("Five detention officers were terminated linked to an inmate's death.", [{"value": 5, **OTHER}]),
    ("Two PCs were sacked for a drunken assault on a taxi driver.", [{"value": 2, **OTHER}]),
    ("Three troopers were suspended over a high-speed chase through a school zone.", [{"value": 3, **OTHER}]),
    ("Eleven correctional officers have been fired following an escape from the prison.",
     [{"value": 11, **OTHER}]),
    ("Twelve officers have been suspended after a protest turned violent.", [{"value": 12, **OTHER}]),
    ("Six deputies have been disciplined in connection with the beating of a handcuffed man.",
     [{"value": 6, **OTHER}]),
    ("Four gardaí have been suspended in relation to cancelling penalty points.", [{"value": 4, **OTHER}]),
    ("Seven officers have been dismissed in the wake of leaked messages about colleagues.",
     [{"value": 7, **OTHER}]),
    ("Two officers had been fired after lying about a stop.", [{"value": 2, **OTHER}]),
    ("Three constables had been suspended following a fight outside a pub.", [{"value": 3, **OTHER}]),
    ("The chief fired two officers following a violent arrest.", [{"value": 2, **OTHER}]),
    ("The sheriff suspended three deputies after an inmate escaped.", [{"value": 3, **OTHER}]),
    ("The commissioner dismissed four officers in connection with a row on overtime.",
     [{"value": 4, **OTHER}]),
    ("The force sacked five officers in the wake of a party held during lockdown.", [{"value": 5, **OTHER}]),
    ("The department terminated six officers as a result of a botched raid.", [{"value": 6, **OTHER}]),
    ("The Garda Commissioner suspended seven members arising out of a row at a checkpoint.", [{"value": 7, **OTHER}]),
    ("Eight troopers were fired for racist texts.", [{"value": 8, **OTHER}]),
    ("Nine deputies were suspended following racist texts.", [{"value": 9, **OTHER}]),
    ("Ten officers were dismissed after sharing offensive images.", [{"value": 10, **OTHER}]),
    ("Two officers were disciplined in connection with excessive speeding.", [{"value": 2, **OTHER}]),
    ("Three gardaí were suspended in relation to falsified breath tests.", [{"value": 3, **OTHER}]),
    ("Four officers were fired because of repeated lateness.", [{"value": 4, **OTHER}]),
    ("Five officers were suspended due to careless handling of firearms.", [{"value": 5, **OTHER}]),
    ("Six officers were fired connected to sleeping on duty.", [{"value": 6, **OTHER}]),
    ("Two former officers were barred following a pursuit that killed a cyclist.", [{"value": 2, **OTHER}]),
    ("Three officers resigned after a video of the arrest surfaced.", [{"value": 3, **OTHER}]),
    ("Four deputies were decertified following a jail riot.", [{"value": 4, **OTHER}]),
    ("Five officers were given final written warnings after a car crash.", [{"value": 5, **OTHER}]),
    ("Six officers were reprimanded following a crash during a chase on the ring road.", [{"value": 6, **OTHER}]),
    ("Seven officers were placed on leave following a deadly shooting.", [{"value": 7, **OTHER}]),
    ("Three deputies were placed on paid administrative leave following a jail fight.", [{"value": 3, **OTHER}]),
    ("Four troopers were placed on unpaid leave in connection with a crash.", [{"value": 4, **OTHER}]),
    # a kind the lexicon names stays that kind
    ("Two officers were fired following a theft from an evidence room.", [{"value": 2, "category": "theft"}]),
    ("Three officers were sacked in connection with drug dealing.", [{"value": 3, "category": "drugs"}]),
]

KEEPS = [
    ("Two Marlow officers were fired following an investigation.", [{"value": 2, **ALL}]),
    ("Three deputies were suspended after a misconduct hearing.", [{"value": 3, **ALL}]),
    ("Four troopers were disciplined in connection with an inquiry by the state.", [{"value": 4, **ALL}]),
    ("Five gardaí were suspended following a review of their conduct.", [{"value": 5, **ALL}]),
    ("Six officers were dismissed after an IOPC investigation.", [{"value": 6, **ALL}]),
    ("Seven officers were sacked following a gross misconduct hearing.", [{"value": 7, **ALL}]),
    ("Two officers were suspended for a month.", [{"value": 2, **ALL}]),
    ("Three officers were suspended for a period of weeks.", [{"value": 3, **ALL}]),
    ("Four deputies were fired after two years of complaints.", [{"value": 4, **ALL}]),
    ("Five officers were dismissed following complaints from residents.", [{"value": 5, **ALL}]),
    ("Six officers were sacked over misconduct.", [{"value": 6, **ALL}]),
    ("Seven officers were suspended after the incident.", [{"value": 7, **ALL}]),
    ("Eight officers were fired following their arrest.", [{"value": 8, **ALL}]),
    ("Nine officers were dismissed after being convicted.", [{"value": 9, **ALL}]),
    ("Ten officers were suspended last year.", [{"value": 10, **ALL}]),
    ("Two officers were fired as a result of an internal audit.", [{"value": 2, **ALL}]),
    ("Three officers were dismissed after a trial.", [{"value": 3, **ALL}]),
    ("Four officers were suspended following a decision by the chief.", [{"value": 4, **ALL}]),
    ("Five officers were sacked for a second time.", [{"value": 5, **ALL}]),
    ("The force received 20 complaints following a march through the town.", [{"value": 20, **ALL}]),
    ("Six officers were fired after a disciplinary panel met.", [{"value": 6, **ALL}]),
    ("Seven officers were suspended due to a referral from the watchdog.", [{"value": 7, **ALL}]),
    ("Eight officers were dismissed after they had resigned.", [{"value": 8, **ALL}]),
    ("Five deputies were placed on administrative leave following an internal investigation.", [{"value": 5, **ALL}]),
    ("Six deputies were placed on administrative leave pending a review.", [{"value": 6, **ALL}]),
    ("A further nine officers were barred after resigning.", [{"value": 9, **ALL}]),
    ("Ten deputies were fired after a conviction in federal court.", [{"value": 10, **ALL}]),
    ("Figures show that the nine dismissals after last year compare with few before.", [{"value": 9, **ALL}]),
]

MISSED = {
    "Five officers were given final written warnings after a car crash.":
        "'given' before the outcome phrase is not read past to the link",
}
