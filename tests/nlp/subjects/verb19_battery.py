"""Whose outcome it is when the verb that states it is a base form after 'to' or a modal
(verb19). The walk left from a rank over its description ("former", "retired", "off-duty
Spokane police") stopped only at the verbs it listed, so any other base verb after 'to' was read
as a word of the description ("decertify former Garda X") and the officer lost the outcome,
or the one deciding was given it ("The chief decided to place PC X on leave" -> the chief). A
lower-case word after the infinitive's 'to' or a modal is a verb whatever verb it is; a word the
description list knows ("a letter to former PC X") stays part of the person.

Shapes crossed: deciders (a board, a commission, a chief, a sheriff, a mayor, regulators,
commanders), the verb before 'to' (voted, moved, decided, chose, agreed), the base verb (decertify,
place, put), the person (former / retired / no modifier; Garda, PC, Deputy, Officer, Trooper,
Sergeant, Chief, Detective; named), UK, Irish and US wording.

Every sentence was written for this battery; names, places and bodies are invented.

STORIES: (text, [(outcome, subject words that must all be in the subject)])
REFUSED: (text, outcome, subject words) no outcome of that kind whose subject holds those words
"""

STORIES = [
    ("The state board voted to decertify former Garda Sean Daly after the hearing.", [("barred", "former Garda Sean Daly")]),
    ("The commission voted on Tuesday to decertify former Officer Rita Moss.", [("barred", "former Officer Rita Moss")]),
    ("Regulators moved to decertify former Deputy Carl Hunt in March.", [("barred", "former Deputy Carl Hunt")]),
    ("The council agreed to decertify former Trooper Jo Bell.", [("barred", "former Trooper Jo Bell")]),
    ("Officials moved to decertify former Sergeant Paul Avery last year.", [("barred", "former Sergeant Paul Avery")]),
    ("The panel voted to decertify retired Deputy Noel Park.", [("barred", "Deputy Noel Park")]),
    ("Commissioners chose to decertify former Officer Lena Stroud.", [("barred", "former Officer Lena Stroud")]),
    ("The standards board decided to decertify former Chief Amos Reed.", [("barred", "former Chief Amos Reed")]),
    ("The chief decided to place PC Kim Pryor on administrative leave.", [("suspended", "PC Kim Pryor")]),
    ("The sheriff chose to place Deputy Lee Hart on paid administrative leave.", [("suspended", "Deputy Lee Hart")]),
    ("The department decided to place Officer Dana Cruz on leave pending the inquiry.", [("suspended", "Officer Dana Cruz")]),
    ("Commanders moved to place Sergeant Ian Wolfe on administrative leave on Friday.", [("suspended", "Sergeant Ian Wolfe")]),
    ("The mayor voted to place Chief Ray Dunn on paid administrative leave.", [("suspended", "Chief Ray Dunn")]),
    ("The city agreed to place Detective Omar Vance on administrative leave.", [("suspended", "Detective Omar Vance")]),
    ("The chief decided to put Officer Mark Bay on administrative leave.", [("suspended", "Officer Mark Bay")]),
    ("The superintendent moved to put Trooper Gail Finch on paid administrative leave.", [("suspended", "Trooper Gail Finch")]),
    # after 'to', a word the description list knows stays part of the person
    ("The letter went to former PC Tom Hale, who was dismissed in May.", [("dismissed", "former PC Tom Hale")]),
    ("The case passed to retired Sergeant Bo Lund, who was charged in June.", [("charged", "Sergeant Bo Lund")]),
    ("The file was sent to off-duty Constable Rae Hyde, who was later arrested.", [("arrested", "Constable Rae Hyde")]),
    ("Jurors listened to Officer Kay Pratt, who was acquitted.", [("acquitted", "Officer Kay Pratt")]),
]

REFUSED = [
    ("The state board voted to decertify former Garda Sean Daly after the hearing.", "barred", "board"),
    ("Regulators moved to decertify former Deputy Carl Hunt in March.", "barred", "decertify"),
    ("The chief decided to place PC Kim Pryor on administrative leave.", "suspended", "chief"),
    ("The chief decided to place PC Kim Pryor on administrative leave.", "suspended", "place"),
    ("The sheriff chose to place Deputy Lee Hart on paid administrative leave.", "suspended", "sheriff"),
    ("Commanders moved to place Sergeant Ian Wolfe on administrative leave on Friday.", "suspended", "commanders"),
    ("The mayor voted to place Chief Ray Dunn on paid administrative leave.", "suspended", "mayor"),
    ("The chief decided to put Officer Mark Bay on administrative leave.", "suspended", "chief"),
    ("The city agreed to place Detective Omar Vance on administrative leave.", "suspended", "city"),
    ("The superintendent moved to put Trooper Gail Finch on paid administrative leave.", "suspended", "superintendent"),
]
