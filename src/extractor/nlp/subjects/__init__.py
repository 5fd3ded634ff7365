"""Who an outcome happened to: people mentioned in a Doc, found by rules.

With no tagger or parser, a person mention is one of

    a description   rank/role head plus the modifiers before it:
                    "a former detective constable", "A West Yorkshire PC", "1 Police Officer"
    a name          a title or role before capitalised words ("PC John Smith",
                    "investigator Alan Butler", "Former Officer B"), a capitalised
                    run of two to four words ("David Carrick"), or a surname seen before
    a pronoun       he / she / him / her
    a definite      "the officer", "the sergeant"
    a non-person    "someone", "those", plural heads ("officers"), counts ("38 officers"),
    or non-police   "a man", "a member of the public" -- found so that an outcome whose
                    subject they are can be refused

Pronouns and "the officer" are resolved to the person described before them:
a pronoun to the latest singular person, "the officer" to the latest police
officer, "the sergeant" to the latest sergeant (else it stands for itself).
People who only speak or chair ("Chief Constable X, who chaired the hearing")
are never antecedents. The word lists are in models/subjects.json.
"""

from .mention import GENERIC_HEADS, Mention, is_number, words
from .people import People

__all__ = ["GENERIC_HEADS", "Mention", "People", "is_number", "words"]
