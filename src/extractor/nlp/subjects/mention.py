"""Mentions of people and the word lists they are found with (models/subjects.json)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from ...normalise.numbers import parse_number
from ...rulefiles import word_set
from .schema import load_subject_words

GENERIC_HEADS = {"officer", "colleague"}


@lru_cache(maxsize=1)
def words() -> dict:
    """models/subjects.json with every list turned into a frozenset."""
    raw = load_subject_words()
    multi = dict(raw["role_multiword"])
    heads = [h for h in raw["role_heads"] if " " not in h]
    plurals = [h for h in raw["role_plurals"] if " " not in h]
    multi.update({h: "singular" for h in raw["role_heads"] if " " in h})
    multi.update({h: "plural" for h in raw["role_plurals"] if " " in h})
    raw.update(role_heads=heads, role_plurals=plurals, role_multiword=multi)
    return {k: (frozenset(v) if isinstance(v, list) else v) for k, v in raw.items()}


_INITIALS = re.compile(r"[A-Z]{1,3}")
_INITIALS_DOT = re.compile(r"[A-Z]{1,3}\.?")
# Irish names too: "Ó Súilleabháin", "Ní Bhriain", "Éamon" (an accented capital, the particle "Ó")
_NAME_WORD = re.compile(r"(?:Mc|Mac|[OD]['’])?[A-ZÁÉÍÓÚ][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ]+)?|Ó")
# a name printed in capitals, as US Attorneys' releases print defendants ("JOHN R. MATTHEWS, 41,")
_CAPS_WORD = re.compile(r"[A-Z](?:['’]?[A-Z])+(?:-[A-Z]+)?")
# "T.J. Walsh", "J.W. Ward": initials with their full stops opening a name
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


@lru_cache(maxsize=1)
def _heads() -> frozenset:
    """Every lower-case word _find can start a mention at (besides titles_upper)."""
    w = words()
    out = set(_multiword_by_first()) | {"member", "members"}
    out |= set(w["abbreviations"])
    for key in ("context_role_heads", "role_heads", "role_plurals", "role_heads_needing_police", "nonpolice_heads",
                "court_role_heads", "relation_heads",
                "nonpolice_plurals", "pronouns", "plural_pronouns", "generic_words", "group_nouns"):
        out |= set(w[key])
    return frozenset(out)


@lru_cache(maxsize=1)
def _age_heads() -> frozenset:
    """The last word of each age noun ("old" of "year-old", "veteran" of "year veteran"), where _find looks for one."""
    return frozenset(a.replace(" ", "-").split("-")[-1] for a in words()["age_nouns"])


@lru_cache(maxsize=1)
def _start_words() -> frozenset:
    """The lower-case words _find reads a token at (titles_upper it reads by text)."""
    return _heads() | _age_heads()


@lru_cache(maxsize=1)
def _multiword_by_first() -> dict[str, list[tuple[list[str], str]]]:
    """The multi-word roles ("member of staff": "singular") by first word, in file order."""
    out: dict[str, list[tuple[list[str], str]]] = {}
    for phrase, number in words()["role_multiword"].items():
        parts = phrase.split()
        out.setdefault(parts[0], []).append((parts, number))
    return out


@dataclass
class Mention:
    start: int                       # token indices, end exclusive, without determiner
    end: int
    kind: str                        # name | desc | def | pron | generic | nonpolice
    text: str                        # the person as described, without determiner
    head: str = ""                   # lower-case head word: officer, sergeant, pc, he ...
    police: Optional[bool] = None    # None: a name we know nothing about yet
    plural: bool = False
    count: Optional[float] = None    # "1 Police Officer" -> 1, "38 officers" -> 38
    det: str = ""                    # indef | def | generic | poss | number | ""
    name: Optional[str] = None
    speaker: bool = False            # speaks, chairs or decides; never an antecedent
    gender: Optional[str] = None
    sent: int = 0
    antecedent: Optional["Mention"] = None
    aliases: list["Mention"] = field(default_factory=list)
    lead: int = -1                   # first token including the determiner ("the" in "the officer")
    owner: bool = False              # followed by 's: "the officer's good character"
    elliptic: bool = False           # a bare count standing for a group named before it: "two were fired and six were suspended"
    members: list["Mention"] = field(default_factory=list)  # the people a plural anaphor names ("they": PC A and PC B)
    group: bool = False              # a definite group of one event named before ("the other officers"): outcomes/groups.py
    bare: bool = False               # a surname the article never gives a first name to (subjects/surnames.py)

    def resolved(self) -> Optional["Mention"]:
        """The mention this one stands for: itself, or its antecedent's resolution.
        None for a pronoun with no antecedent."""
        seen = 0
        m: Optional[Mention] = self
        while m is not None and m.antecedent is not None and seen < 20:
            m = m.antecedent
            seen += 1
        if m is not None and m.kind == "pron":
            return None
        return m

    @property
    def singular_person(self) -> bool:
        return self.kind in ("name", "desc", "def", "pron", "nonpolice") and not self.plural


_FUNCTION_WORDS = frozenset("""a an the and or but of for to in on at by with from as is was were be been being
has have had will would could should may might must can this that these those his her their its our your my
it he she they we you i who whom which what whose where when while after before since until than then
there here not no nor so if unless because though although also only just said says told""".split())
_FORCE_WORDS = frozenset({"police", "met", "metropolitan"})
_VERBISH = frozenset("""told met hit saw made got gave took became began left kept put set sent ran won lost
stole sold bought brought caught fought taught thought felt found held led paid read said seen shown
known given taken""".split())


def is_number(tok: Token) -> bool:
    """A cardinal: '38', '1,053', 'six', 'twenty-one'; not an ordinal ('second'),
    which spaCy's like_num also accepts."""
    return is_number_text(tok.text)


def is_number_text(text: str) -> bool:
    """``is_number`` of a token's text (for callers reading the Doc's word list, not Tokens)."""
    text = text.replace(",", "").lower()
    return text not in ("a", "an") and parse_number(text) is not None


def surname(m: Mention) -> str:
    """The last word of a mention's name ('' for a description with no name)."""
    name = (m.name or (m.text if m.kind == "name" else "")).replace("’", "'")
    # "O’Halloran" and "O'Halloran" are one person; so are "MATTHEWS" (a release's capitals) and "Matthews",
    # and "GREER JR." and "Greer"
    parts = [p for p in name.lower().split() if p.rstrip(".,") not in _NAME_SUFFIXES]
    return parts[-1] if parts else ""


# "Jr.", "III": one list (models/reference_words.json) for reading a name and for its surname
_NAME_SUFFIXES = word_set("reference_words.json", "name_suffixes")


def as_written(people, m: Mention) -> str:
    """A group of people as the text writes it, from its first word: 'Two Kent deputies',
    'the other four officers', 'all three constables', 'both officers'. A mention's text
    leaves out its determiner; SPEC's subject of a group outcome is the group as written,
    so the count and the words that open the noun phrase before it (models/subjects.json
    group_openers) are kept, within its sentence. 'of' ends the run: 'two of the deputies'
    is read by its partitive."""
    if m.elliptic:
        return m.text  # "Two of them (three deputies)", "the four": a bare count's text is already as written
    doc, openers = people.doc, words()["group_openers"]
    first = m.lead if 0 <= m.lead <= m.start else m.start
    sent = people.sent_of[m.start]
    while first > 0 and m.start - first < 4 and doc[first - 1].lower_ in openers and people.sent_of[first - 1] == sent:
        first -= 1
    prefix = doc[first:m.start].text
    return f"{prefix} {m.text}" if prefix else m.text
