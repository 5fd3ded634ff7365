"""Decertification said as the licence taken away, written for the post21us work (invented
forces, people and places; no sentence copied from a dev set or a held-out page).

Mechanism: a US officer's licence to police is taken away by "stripping" the officer of it
(SPEC: decertified -> barred): passive "was/were stripped of his/her/their licence(s)" and
active "the board stripped X of his/her/their licence(s)", the licence in the singular or the
plural, bare or with its modifiers ("state", "peace officer", "police", "law enforcement").

Variants written below: singular and plural subjects and licences; "license", "licence",
"certificate", "certification", "credentials"; "state", "peace officer", "police", "law
enforcement" before the noun; past, present perfect, "had been"; the active voice with a
named officer, a ranked officer, a counted group or a definite group as object; UK spelling.

STATED: (text, outcome, subject words, months). REFUSED: (text, outcome) that must not be
found: a licence that is not a licence to police (driving, liquor, firearms, business), a
stripping still to come or asked for, a non-officer stripped, a badge or a rank.
"""

STATED = [
    # passive, plural licences
    ("Two deputies were stripped of their peace officer licenses after the raid.", "barred", "deputies", None),
    ("Three Harlow troopers were stripped of their licenses for the beating.", "barred", "troopers", None),
    ("Four Marlow officers were stripped of their police licenses last spring.", "barred", "officers", None),
    ("Two jailers have been stripped of their state licenses.", "barred", "jailers", None),
    ("The two Kenton detectives were stripped of their law enforcement certificates.", "barred", "detectives", None),
    ("Both sergeants were stripped of their peace officer certificates in March.", "barred", "sergeants", None),
    ("Two Avon deputies had been stripped of their licences by the time of the trial.", "barred", "deputies", None),
    ("Three Orford officers were stripped of their credentials after the shooting.", "barred", "officers", None),
    ("He and two other Lindon officers were stripped of their licenses for their part in the arrest.",
     "barred", "officers", None),
    ("Two Halton deputies were later stripped of their law enforcement licenses.", "barred", "deputies", None),
    # passive, one officer, modifiers before the licence
    ("Officer Ray Kent was stripped of his state police certificate.", "barred", "Ray Kent", None),
    ("Deputy Ann Ruiz was stripped of her state peace officer license on Monday.", "barred", "Ann Ruiz", None),
    ("Trooper Lee Banks has been stripped of his state license.", "barred", "Lee Banks", None),
    ("Former officer Tom Lyle was stripped of his police credentials in 2019.", "barred", "Tom Lyle", None),
    ("Sergeant Ivy Cole was stripped of her law enforcement licence after the verdict.", "barred", "Ivy Cole", None),
    ("Detective Sam Ortiz was stripped of his peace officer licenses in two states.", "barred", "Sam Ortiz", None),
    ("Deputy Kim Shaw, who lied in court, was stripped of her state certification.", "barred", "Kim Shaw", None),
    ("Corporal Dan Rees was quietly stripped of his police licence last year.", "barred", "Dan Rees", None),
    # active: the board strips the officer
    ("The state board stripped Deputy Al Fox of his peace officer license.", "barred", "Al Fox", None),
    ("The commission stripped the two troopers of their certifications.", "barred", "troopers", None),
    ("The board stripped former officer Jo Lane of her law enforcement credentials on Friday.",
     "barred", "Jo Lane", None),
    ("The standards council stripped Officer Ben Wray of his state license in June.", "barred", "Ben Wray", None),
    ("The state commission stripped three Marlow deputies of their licenses.", "barred", "deputies", None),
    ("Regulators stripped Trooper Eve Hale of her peace officer certificate.", "barred", "Eve Hale", None),
    ("The board has stripped Sergeant Cy Ward of his police licences.", "barred", "Cy Ward", None),
    ("The panel stripped Detective Ida Moss of her law enforcement license last week.", "barred", "Ida Moss", None),
    ("The POST board stripped two Avon jailers of their state certificates.", "barred", "jailers", None),
    ("Last month the council stripped Deputy Ola Price of her licence.", "barred", "Ola Price", None),
    ("The state stripped Officer Lou Tate of his peace officer credentials after the plea.",
     "barred", "Lou Tate", None),
    ("The agency stripped Deputy Max Reed of his certificates.", "barred", "Max Reed", None),
]

REFUSED = [
    # a licence that is not a licence to police
    ("Two drivers were stripped of their licenses after the crash.", "barred"),
    ("The officer was stripped of his driver's license.", "barred"),
    ("The state stripped the driver of his license.", "barred"),
    ("The bar owners were stripped of their liquor licenses, Officer Al Roy said.", "barred"),
    ("The gun dealer was stripped of his firearms licence, Deputy Ed Barr said.", "barred"),
    ("The city stripped the two taxi firms of their business licenses.", "barred"),
    ("Deputy Al Cole arrested the doctor, who was later stripped of her medical license.", "barred"),
    # to come, asked for, only possible
    ("The commission will decide whether to strip the deputies of their licenses.", "barred"),
    ("The family asked the board to strip Officer Ned Park of his license.", "barred"),
    ("Deputy Ray Lott could be stripped of his peace officer license.", "barred"),
    ("Trooper Al Rusk was not stripped of his license.", "barred"),
    ("Activists want the officers stripped of their licenses.", "barred"),
    # what a sanction does in general, no one's outcome
    ("Revocation, the harshest sanction, permanently strips an officer of their certification.", "barred"),
    ("The new law strips officers of their licenses for lying under oath.", "barred"),
    # a badge, a gun, a rank, police powers: not a licence to police
    ("Officer Tim Kay was stripped of his badge and gun pending the inquiry.", "barred"),
    ("Sergeant Ada Fry was stripped of her rank.", "barred"),
    ("PC Joe Hart was stripped of his police powers pending the investigation.", "barred"),
    ("Deputy Lee Rowe was stripped of his duties while the review went on.", "barred"),
]
