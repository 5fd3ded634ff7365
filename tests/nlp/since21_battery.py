"""An outcome stated by a "since-" or "now-" participle inside the officer's description,
written for the post21us work (invented forces, people and places; no sentence copied from a
dev set or a held-out page).

Mechanism: US news writes an act already done to an officer as a hyphenated participle before
the description ("a since-fired officer", "the now-suspended trooper"): "since-" / "now-" +
fired, sacked, dismissed, terminated, discharged (dismissed); suspended; convicted; jailed,
imprisoned; decertified (barred). The description is the subject of the participle whatever the
clause's own verb says (its own outcome, another act, a plain fact), and whichever slot it fills
(subject, object, after a preposition, in apposition to a name).

Variants written below: "since-" and "now-"; each participle; "a", "the", a count, a genitive
in front; a place, a force or a rank between the participle and the head; the description as
subject, object, after "by", "with", "against", before an apposed name; an en dash.

STATED: (text, outcome, subject words, months). REFUSED: (text, outcome) that must not be
found: the participle of a person who is no officer, "now" as an adverb before a finite verb,
"fired" of a weapon, "soon-to-be" (not yet), and other hyphenated "now-" words ("now-retired").
"""

STATED = [
    # since- / now- fired, sacked, dismissed, terminated, discharged
    ("A since-fired Dayton police officer was acquitted of assault on Monday.", "dismissed", "officer", None),
    ("The now-fired deputy was charged with assault.", "dismissed", "deputy", None),
    ("Prosecutors charged the now-fired officer, Dan Reyes, with assault.", "dismissed", "Reyes", None),
    ("The since-fired sergeant could face charges.", "dismissed", "sergeant", None),
    ("The city paid $50,000 to a man beaten by two now-fired officers.", "dismissed", "officers", None),
    ("The now-sacked constable had joined the force in 2015.", "dismissed", "constable", None),
    ("A since-dismissed Marlow detective testified against his old partner.", "dismissed", "detective", None),
    ("The now-terminated trooper sued the state police last week.", "dismissed", "trooper", None),
    ("The lawsuit names the since-terminated jailer and the county.", "dismissed", "jailer", None),
    ("A since-discharged Avon patrolman was arrested in June.", "dismissed", "patrolman", None),
    ("Video shows the now-fired Halton officer kneeling on the man's neck.", "dismissed", "officer", None),
    ("The now–fired deputy declined to comment.", "dismissed", "deputy", None),
    ("The family met with the since-fired lieutenant's supervisor.", "dismissed", "lieutenant", None),
    ("The two now-fired deputies appeared in court on Tuesday.", "dismissed", "deputies", None),
    ("Jurors heard from the now-fired officer for two hours.", "dismissed", "officer", None),
    # since- / now- suspended
    ("The now-suspended trooper was seen on video kicking a handcuffed man.", "suspended", "trooper", None),
    ("A since-suspended Kenton officer shot at a moving car.", "suspended", "officer", None),
    ("The union backed the now-suspended sergeant.", "suspended", "sergeant", None),
    ("Two now-suspended deputies left the inmate in the van.", "suspended", "deputies", None),
    ("The chief met the now-suspended detective on Friday.", "suspended", "detective", None),
    ("The now-suspended officer, Lee Hart, had three prior complaints.", "suspended", "Lee Hart", None),
    # since- / now- convicted, jailed, decertified
    ("The now-convicted deputy had worked at the jail for nine years.", "convicted", "deputy", None),
    ("A since-convicted Orford officer once trained recruits.", "convicted", "officer", None),
    ("The now-jailed sergeant once led the drugs squad.", "jailed", "sergeant", None),
    ("The now-imprisoned detective kept a ledger of the bribes.", "jailed", "detective", None),
    ("A since-jailed Lindon trooper took cash from drivers.", "jailed", "trooper", None),
    ("The since-decertified officer now sells cars in Dayton.", "barred", "officer", None),
    ("The now-decertified deputy moved to Ohio.", "barred", "deputy", None),
    ("Records show the since-decertified Avon officer was hired by a second town.", "barred", "officer", None),
    ("The mayor praised the now-fired police chief in 2020.", "dismissed", "chief", None),
]

REFUSED = [
    # the participle of someone who is no officer
    ("The now-fired cook sued the restaurant, Officer Al Roy said.", "dismissed"),
    ("A since-fired teacher was arrested by Deputy Ann Cole.", "dismissed"),
    ("The now-suspended coach spoke to Sergeant Bo Finn.", "suspended"),
    ("Officer Al Roy arrested the now-convicted burglar in May.", "convicted"),
    ("Deputy Ray Oak said the now-jailed gang leader ran the drug trade.", "jailed"),
    # "now" as an adverb, "fired" of a weapon or at someone
    ("The officers have now fired the suspect's car with tear gas.", "dismissed"),
    ("Officer Al Roy has now fired his weapon twice on duty.", "dismissed"),
    ("The now-suspended season will restart in May, Deputy Kay Lee said.", "suspended"),
    ("Officer Jo Park fired at the car and is now on leave.", "dismissed"),
    # not yet, or another now- word
    ("The soon-to-be-fired officer cleared his desk.", "dismissed"),
    ("The now-retired officer led the inquiry.", "dismissed"),
    ("The now-retired sergeant was praised by the mayor.", "suspended"),
    ("The now-promoted lieutenant spoke to reporters.", "dismissed"),
    ("The now-defunct unit was run by Captain Ed Vale.", "dismissed"),
    ("The once-suspended league resumed, Officer Bea Ross said.", "suspended"),
    ("Sergeant Tom Ash said the now-fired striker had never been a problem.", "dismissed"),
]
