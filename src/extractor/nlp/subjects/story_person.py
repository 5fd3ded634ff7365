"""Whom a definite 'the man', 'this woman', 'the 54-year-old man' stands for. English uses a
definite noun of sex, with or without an age, for a person already in the story, and a story
about one officer re-describes that officer this way once the rank has been said:

    "An assistant police chief ... stands accused. The 54-year-old man, who has served on the
     force for 28 years, was arrested ... The force has put the man on administrative leave."

The man is then the officer named before him, the nearest one, unless the words before bring
in another person the noun fits as well or better: a man, a driver, a victim, a named person
who is not known to be police ('A deputy arrested Jay Reed. The man was charged' is Reed), or
when the officer is the subject of the verb the man is the object of ('The deputy arrested the
man'), or when a clause without a comma picks the man out ('The woman who complained was ...': a
re-description adds its clause after a comma). Two officers named by different surnames leave
it unsaid which one is meant. Only an officer not yet named, in an earlier sentence: a named
officer is named again by surname ('Sergeant Joe Lamb was praised. The 40-year-old man was
charged' is someone else), and one in the man's own sentence acts on him ('Officer Ken Webb
testified that he arrested the man')."""

from __future__ import annotations

from typing import Optional

from ...rulefiles import word_set
from .mention import Mention

_STORY_NOUNS = word_set("reference_words.json", "story_person_nouns")
_WINDOW = 8  # sentences back: a story's lede and the paragraphs after it


def re_described(m: Mention) -> bool:
    """'the man', 'this woman', 'the 35-year-old man': a definite noun of sex for one person."""
    return m.kind == "nonpolice" and m.det == "def" and m.head in _STORY_NOUNS and not m.plural and \
        m.antecedent is None and not m.owner


def story_officer(people, idx: int) -> Optional[Mention]:
    """The officer a re-described person (re_described) stands for, or None."""
    me = people.mentions[idx]
    after = people.by_start.get(me.end)
    if after is not None and after.kind == "pron":
        return None  # "the woman he assaulted": an object relative, someone the officer acted on
    if me.end < len(people.doc) and people.lowers[me.end] in ("who", "that", "whom", "whose"):
        return None  # "The woman who made the complaint": a restrictive clause picks out someone new
    named = people.by_start.get(me.end + 1) if me.end < len(people.doc) and people.lowers[me.end] == "," else None
    if named is not None and named.kind == "name":
        return None  # "The woman, Ana Silva, 27,": the name says who she is
    officer, surnames = None, set()
    for k in range(idx - 1, -1, -1):
        p = people.mentions[k]
        if me.sent - p.sent > _WINDOW:
            break
        if p.kind in ("pron", "generic") or p.plural or p.speaker or p.owner or people._predicate(p) or \
                people._masthead_name(p):
            continue  # "the sheriff's office": a body that acts, no person
        r = p.resolved() or p
        if r.speaker or r.plural or me.gender and r.gender and r.gender != me.gender:
            continue  # "his wife" is not "the man"
        if r.police is True:
            if r.kind == "name" and r.name:
                surnames.add(r.name.split()[-1])
            if officer is None:
                if p.sent == me.sent or r.kind == "name":
                    return None  # "Officer Lutz, who arrested the man,": two people; a named officer is named again
                officer = p
            continue
        if _another_person(people, r):
            return None
    return officer if officer is not None and len(surnames) < 2 else None


def _another_person(people, r: Mention) -> bool:
    """A person before the man whom the noun may stand for: not police, not a court's or a
    paper's people, not a place read as a name ('North Carolina State Crime Laboratory')."""
    w = people.w
    if r.head in w["court_people"] or r.kind not in ("name", "nonpolice", "desc", "def"):
        return False
    if r.kind == "name":
        parts = r.text.lower().split()
        return not (set(parts) & w["us_states"] or parts[-1] in w["institution_words"])
    return True
