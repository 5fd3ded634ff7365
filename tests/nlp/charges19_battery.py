"""A count that charges are filed, brought, pressed, laid or lodged against, and conduct named
by the crimes of corruption, written for the post19f work (invented forces and numbers; none
copied from a dev set or a held-out page). "Prosecutors filed charges against six officers"
says the six were charged as plainly as "six officers were charged"; racketeering, bribery,
bribes and kickbacks are corruption. Each case: text, figure words, expected value of the field.
"""

CHARGED = [
    ("Prosecutors filed charges against six officers over the death.", "six"),
    ("The district attorney filed charges against 4 deputies on Monday.", "4"),
    ("The state brought charges against three troopers after the crash.", "three"),
    ("Federal prosecutors brought charges against 11 correction officers.", "11"),
    ("Police pressed charges against two constables after the fight.", "two"),
    ("The Crown laid charges against five officers in March.", "five"),
    ("Investigators lodged charges against seven police officers.", "seven"),
    ("Charges were filed against eight deputies last week.", "eight"),
    ("Charges have been filed against 12 officers in the case.", "12"),
    ("Charges were laid against four constables after the inquiry.", "four"),
    ("In 2019 the county attorney filed charges against 9 officers.", "9"),
    ("The attorney general has filed charges against two sergeants.", "two"),
    ("A grand jury brought charges against three detectives.", "three"),
    ("Prosecutors have brought charges against 14 guards at the jail.", "14"),
    ("The office filed charges against 23 officers between 2015 and 2020.", "23"),
    ("The PPS brought charges against six PSNI officers.", "six"),
    ("The DPP laid charges against two gardaí in the case.", "two"),
    ("City prosecutors filed charges against 5 officers for assault.", "5"),
    ("The state's attorney pressed charges against three patrolmen.", "three"),
    ("In all, charges were filed against 31 officers.", "31"),
    ("The sheriff filed charges against four of his own deputies.", "four"),
    ("The commonwealth brought charges against 10 troopers in 2021.", "10"),
    ("Charges filed against seven officers were announced on Friday.", "seven"),
    ("Authorities lodged charges against nine border agents.", "nine"),
    ("The prosecutor's office filed charges against two more officers.", "two"),
    ("Police in Leeds pressed charges against 3 special constables.", "3"),
    ("Justice officials brought charges against 15 deputies.", "15"),
    ("Charges laid against six officers were later withdrawn.", "six"),
    ("The county filed charges against 18 jailers last year.", "18"),
    ("A special prosecutor filed charges against eight officers.", "eight"),
]

NOT_CHARGED = [
    ("Prosecutors declined to file charges against six officers.", "six"),
    ("Prosecutors have not filed charges against four deputies.", "four"),
    ("No charges were filed against the three troopers.", "three"),
    ("The state did not bring charges against five officers.", "five"),
    ("Prosecutors refused to press charges against two constables.", "two"),
    ("Prosecutors dropped charges against seven officers.", "seven"),
    ("Six officers filed complaints against the chief.", "Six"),
    ("Four officers filed grievances against the department.", "Four"),
    ("The union filed a lawsuit against 12 officers' supervisors.", "12"),
    ("Residents filed 30 complaints against officers last year.", "30"),
    ("Two officers brought a claim against the force.", "Two"),
    ("Three officers pressed the chief for answers.", "Three"),
    ("The board laid out rules for 40 officers.", "40"),
    ("Nine officers lodged appeals against their dismissal.", "Nine"),
    ("Prosecutors will decide whether to file charges against five officers.", "five"),
]

CORRUPTION = [
    ("Two detectives were convicted of racketeering in 2018.", "Two"),
    ("Four officers were charged with bribery last year.", "Four"),
    ("Six guards took bribes from inmates' families.", "Six"),
    ("Three officials were accused of taking kickbacks.", "Three"),
    ("Five officers were indicted on racketeering charges.", "Five"),
    ("Seven officers faced bribery allegations in 2020.", "Seven"),
    ("Eight border agents accepted bribes from smugglers.", "Eight"),
    ("Nine deputies were convicted of racketeering and fraud.", "Nine"),
    ("Twelve officers were arrested for bribery.", "Twelve"),
    ("Two sergeants were dismissed for accepting bribes.", "Two"),
]

NOT_CORRUPTION = [
    ("Two detectives were convicted of assault in 2018.", "Two"),
    ("Four officers were charged with dangerous driving.", "Four"),
    ("Six guards were dismissed for excessive force.", "Six"),
    ("Three officers were accused of discreditable conduct.", "Three"),
    ("Five officers were suspended over a fight.", "Five"),
]
