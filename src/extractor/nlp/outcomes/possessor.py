"""Whose a possessive pronoun is, in an outcome stated as a noun ("following his arrest",
"resulting in her suspension"): the pronoun stands for the nearest person before it in its
phrase, and when that person is not police the outcome is someone else's ("an injury to a
prisoner moments after his arrest": the prisoner's arrest). A result link opens a clause
about its subject instead: in "PC X was filmed kicking a man, prompting his arrest" the
arrest is the officer's."""

from __future__ import annotations

from spacy.tokens import Doc

from ..subjects import People

_POSSESSIVES = frozenset({"his", "her", "their"})
# "after", "following" ... (possessor_time_links) and the time words that may stand between the
# person and the link (possessor_between) are lists in models/subjects.json; the pronouns stay here,
# since the code below reads each one's gender and number


def possessor_not_police(doc: Doc, people: People, start: int, end: int, lo: int, w: dict) -> bool:
    """Whether the possessive pronoun of a match opened by a time link belongs to the person
    right before the link (a time adverb at most between) who is not police; a person of
    the other gender, or a group for 'his' / 'her', is not the pronoun's."""
    pron = next((j for j in range(start, end) if doc[j].lower_ in _POSSESSIVES), None)
    if pron is None:
        return False
    before = [m for m in people.mentions if m.start >= lo and m.end <= pron]
    if not before:
        return False
    m = before[-1]
    if doc[start].lower_ not in w["possessor_time_links"] or start - m.end > 3 or \
            any(doc[j].lower_ not in w["possessor_between"] for j in range(m.end, start)):
        return False
    r = m.resolved() or m
    if people.is_police(r) is not False and r.kind != "nonpolice":
        return False
    word = doc[pron].lower_
    if word in ("his", "her") and r.plural or word == "their" and not r.plural:
        return False
    return not (word == "his" and r.head in w["female_heads"] or word == "her" and r.head in w["male_heads"])
