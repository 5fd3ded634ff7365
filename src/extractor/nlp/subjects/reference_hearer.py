"""Whom 'he' stands for after 'told X (that)' when the clause says something was done to him.

A decision is news to the person it is about, so it is told to him: "The chief informed Lane
that he was suspended", "Sheriff Cole told the deputy he had been fired", "the commissioner
notified him that he would be dismissed". There 'he' is X, the one who hears, not the teller.
What the teller did or thinks stays the teller's ("Judge Cole told Jackson she accepted the
text had been distressing", "The chief told Lane he had resigned"): only a passive predicate
('was suspended', 'had been fired', 'is being placed on leave', 'was to be dismissed', 'got
fired', 'was under arrest') says a thing was done to 'he'. A hearer who is plural, a speaker
or an audience ('told reporters he was fired', 'told a reporter he had been suspended') hears
about the teller."""

from __future__ import annotations

from ...rulefiles import word_set
from .mention import Mention

# the one who hears news from the person it is about: a reporter, never the person
_AUDIENCE = word_set("reference_words.json", "audience")
# the forms of 'be' and 'get' that make a passive: closed-class grammar, no journalist adds one
_BE = frozenset({"was", "were", "is", "are", "be", "been", "being", "get", "gets", "got", "getting", "gotten"})


def told_of_hearer(people, me: Mention, heard: Mention) -> bool:
    """'he' after 'told <heard> (that)' is <heard>: the clause after 'he' is passive, and
    <heard> is one person who can be told his own news."""
    if heard.plural or heard.speaker or heard.head in _AUDIENCE or heard.kind not in (
            "name", "desc", "def", "pron", "nonpolice"):
        return False
    if heard.kind == "pron" and heard.head not in ("him", "her"):
        return False
    if me.gender and heard.gender and me.gender != heard.gender:
        return False
    return _passive_after(people, me.end)


def _passive_after(people, i: int) -> bool:
    """The words from i are a passive verb chain: auxiliaries and adverbs holding a form of
    'be' or 'get', then a participle ('was indefinitely suspended', 'had been fired', 'would
    be terminated', 'was to be dismissed') or 'under arrest'."""
    low, w = people.lowers, people.w
    n, k, be = len(low), i, False
    while k < n and k - i < 6:
        word = low[k]
        if word in _BE:
            be = True
        elif not (word in w["aux"] or word in w["adverbs"] or word in ("not", "to", "also", "then", "now") or
                  word.endswith("ly") and people.doc[k].is_alpha):
            break
        k += 1
    if not be or k >= n:
        return False
    word = low[k]
    if word == "under" and k + 1 < n and low[k + 1] == "arrest":
        return True
    return people.doc[k].is_alpha and (word.endswith("ed") or word in w["irregular_participles"] or
                                       word in ("let", "sacked", "given"))
