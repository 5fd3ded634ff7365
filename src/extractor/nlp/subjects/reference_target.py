"""Whom 'he' or 'she' stands for when the sentence before it has one person act on another.

A chief, a sheriff, a judge or a panel acts on an officer ("The chief took Lane off patrol",
"Sheriff Ann Kerr deferred sentence on PC Ross", "The commissioner referred Garda Byrne to
the Ombudsman"); a 'he' after it that something is then done to ("and then he was fired",
"He was later fined £800", "She was dismissed from the force") continues the one acted on,
not the actor: the discipline, the court step and the decision are what the actor's role
does to others. The actor keeps a pronoun that says what he did ("He said ...", "He resigned
before it finished") and one that says so of himself ("He was himself fired"), and a 'she'
that only the actor's sex fits. The same holds for 'him' or 'her' as the object of a later
outcome when the actor was the passive's 'by' ("Lane was investigated by Chief Dunn. The
council fired him"): the latest officer named is the actor, but the one acted on is Lane."""

from __future__ import annotations

from typing import Optional

from ...rulefiles import word_set
from .mention import Mention
from .reference import _TOLD
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
    return _target(people, me, actor, active_only=True)


def acted_on_by(people, me: Mention, chosen: Optional[Mention]) -> Optional[Mention]:
    """'Lane was investigated by Chief Dunn. The council fired him': an object pronoun of a
    verb ('fired him', 'indicted her') whose antecedent found is a discipliner who acted on an
    officer, in the active or as the passive's 'by', is that officer."""
    low = people.lowers
    if chosen is None or me.head not in ("him", "her") or me.start < 1 or not people.doc[me.start - 1].is_alpha or \
            low[me.start - 1] in people.w["prepositions"] or low[me.start - 1] in _TOLD:
        return None
    return _target(people, me, chosen, active_only=False)


def _target(people, me: Mention, actor: Mention, active_only: bool) -> Optional[Mention]:
    role = actor.resolved() or actor
    if actor.plural or not any(_DISCIPLINERS & _role_words(people, m) for m in [role, *role.aliases]):
        return None
    if me.gender and role.gender == me.gender:
        return None  # "Chief Ann Cole suspended Lane. She was later fired by the mayor": her own
    low = people.lowers
    if not active_only and actor.lead > 1 and "by" in low[max(0, actor.lead - 2):actor.lead]:
        done_to = people._sentence_subject(actor.sent, actor.start)  # "Lane was investigated by Chief Dunn"
        return done_to if done_to is not None and _officer(me, done_to, role) else None
    if any(w in _BE for w in low[actor.end:actor.end + 2]):
        return None  # "The chief was praised by Officer Ross", "Chief Dunn had been told": no act of his
    for p in people.mentions:
        if p.sent != actor.sent or p.start < actor.end or p is me or p.start >= me.start:
            continue
        if any(w in (";", ":", "by") for w in low[actor.end:p.lead]):
            return None  # another clause, or the officer is who acted ("... was backed by Officer Ross")
        if not p.plural and p.det != "poss" and _officer(me, p, role):
            return p
    return None


def _officer(me: Mention, p: Mention, role: Mention) -> bool:
    """p is one officer, not the actor, whom me may stand for."""
    target = p.resolved() or p
    return p.kind in ("name", "desc", "def", "pron") and not target.speaker and target.police is True and \
        not (me.gender and target.gender and me.gender != target.gender) and target is not role


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
