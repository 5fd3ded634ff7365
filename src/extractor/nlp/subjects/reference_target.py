"""Whom 'he' or 'she' stands for when the sentence before it has one person act on another.

A chief, a sheriff, a judge or a panel acts on an officer ("The chief took Lane off patrol",
"Sheriff Ann Kerr deferred sentence on PC Ross", "The commissioner referred Garda Byrne to
the Ombudsman"); a 'he' after it that something is then done to ("and then he was fired",
"He was later fined £800", "She was dismissed from the force") continues the one acted on,
not the actor: the discipline, the court step and the decision are what the actor's role
does to others. The actor keeps a pronoun that says what he did ("He said ...", "He resigned
before it finished") and one that says so of himself ("He was himself fired"), and a 'she'
that only the actor's sex fits."""

from __future__ import annotations

from typing import Optional

from ...rulefiles import word_set
from .mention import Mention
from .reference_hearer import _BE, _passive_after

# the roles whose acts on another person are discipline, judgement or a decision
_DISCIPLINERS = word_set("reference_words.json", "discipliner_heads")
# the pronouns that say a thing was done by the actor to himself: closed-class grammar
_REFLEXIVE = frozenset({"himself", "herself"})


def acted_on(people, me: Mention, actor: Mention) -> Optional[Mention]:
    """The officer ``actor`` acted on in its own clause, when ``me`` ('he', 'she') is the one
    something is then done to and ``actor`` disciplines or judges by role; else None."""
    if me.head not in ("he", "she") or not _passive_after(people, me.end) or _reflexive_after(people, me.end):
        return None
    role = actor.resolved() or actor
    if actor.plural or not any(_DISCIPLINERS & _role_words(people, m) for m in [role, *role.aliases]):
        return None
    if me.gender and role.gender == me.gender:
        return None  # "Chief Ann Cole suspended Lane. She was later fired by the mayor": her own
    low = people.lowers
    if any(w in _BE for w in low[actor.end:actor.end + 2]):
        return None  # "The chief was praised by Officer Ross", "Chief Dunn had been told": no act of his
    for p in people.mentions:
        if p.sent != actor.sent or p.start < actor.end or p is me or p.start >= me.start:
            continue
        between = low[actor.end:p.lead]
        if any(w in (";", ":", "by") for w in between):
            return None  # another clause, or the officer is who acted ("... was backed by Officer Ross")
        target = p.resolved() or p
        if p.plural or p.det == "poss" or p.kind not in ("name", "desc", "def", "pron") or target.speaker or \
                target.police is not True or (me.gender and target.gender and me.gender != target.gender) or \
                target is role:
            continue
        return p
    return None


def _role_words(people, m: Mention) -> set:
    """The words that say what m is: its own ('Police Chief Ray Dunn', 'the sheriff') and a
    title read outside a name ('Judge Ann Moss'); a role the name is apposed to ('The chief,
    Ray Dunn,'), or one apposed to the name ('Ray Dunn, the police chief,': one of m's aliases)."""
    low = people.lowers
    words = set(m.text.lower().replace("-", " ").split())
    if m.lead > 0:
        words.add(low[m.lead - 1])
    if m.lead > 1 and low[m.lead - 1] == ",":
        words.add(low[m.lead - 2])  # "The chief, Ray Dunn, suspended ..."
    return words


def _reflexive_after(people, i: int) -> bool:
    """'He was himself fired', 'he was then himself suspended': a reflexive in the verb chain."""
    return any(w in _REFLEXIVE for w in people.lowers[i:i + 5])
