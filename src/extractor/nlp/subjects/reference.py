"""Cues that say whom a pronoun or a definite description stands for, or rule a person out as
its antecedent: the teller after "told X" ("Judge Ann Cole told Jackson she accepted ..."), the
speaker of a trailing attribution ("..., she wrote."), a description after a copula that brings
in no one ("had he still been a serving officer"), a masthead's capitals. A mixin of People."""

from __future__ import annotations

from typing import Optional

from ...rulefiles import word_set
from .mention import Mention
from .reference_hearer import told_of_hearer


class References:
    """Needs self.doc, self.w, self.lowers, self.mentions, self.by_end, self.sent_bounds."""

    def _named_defendant(self) -> None:
        """'A former state trooper ... was sentenced Monday. Court records show the defendant,
        Carl Eady, 52, resigned in 2021': the name apposed to 'the defendant' who stands for the
        story's officer is that officer (and so is every later mention of the surname)."""
        low = self.lowers
        for m in self.mentions:
            if m.kind != "name" or m.police is not None or m.start < 3:
                continue
            s = m.start
            merged = low[s] in self.w["court_role_heads"] and low[s - 1] == "the"  # the appositive read as one
            if (merged or low[s - 1] == "," and low[s - 2] in self.w["court_role_heads"] and low[s - 3] == "the") \
                    and self._opens_on_officer():
                m.police = True

    def _speaking(self, idx: int) -> Optional[Mention]:
        """'Kell's termination is effective immediately, she wrote.': a pronoun in a trailing
        attribution is the speaker named last before it (the chief who wrote the letter)."""
        me = self.mentions[idx]
        if me.head not in ("he", "she") or me.end + 1 >= len(self.doc) or me.start < 1 or \
                self.lowers[me.end] not in self.w["speaker_verbs"] or self.lowers[me.start - 1] not in (",", "”", '"') \
                or self.doc[me.end + 1].is_alpha:
            return None  # only a trailing attribution: "..., she wrote.
        for k in range(idx - 1, -1, -1):
            p = self.mentions[k]
            if me.sent - p.sent > 2:
                return None
            r = p.resolved() or p
            if p.kind == "name" and self._speaks(p) and not p.plural and \
                    not (me.gender and r.gender and me.gender != r.gender):
                return p
        return None

    def _speaks(self, p: Mention) -> bool:
        """'Chief Rosa Lind said ...', '..., said Chief Rosa Lind.': p is who speaks (not the
        officer named after 'said' as what is said about him)."""
        n = len(self.lowers)
        return p.end < n and self.lowers[p.end] in self.w["speaker_verbs"] or p.start > 0 and \
            self.lowers[p.start - 1] in ("said", "says", "wrote") and p.end < n and self.lowers[p.end] in (",", ".")

    def _teller(self, me: Mention) -> Optional[Mention]:
        """'Judge Ann Cole told Jackson she accepted the text had been distressing': after
        'told X (that)', 'she' is the one who tells, not X who hears. But what the clause says
        was done TO 'he' ('The chief informed Lane that he was suspended', 'told the deputy he
        had been fired') is news to the one who hears it: 'he' is X (reference_hearer.py)."""
        j = me.start - 1
        if j > 0 and self.lowers[j] == "that":
            j -= 1
        heard = self.by_end.get(j)
        if me.head not in ("he", "she") or heard is None or heard.lead < 2 or \
                self.lowers[heard.lead - 1] not in _TOLD:
            return None
        if told_of_hearer(self, me, heard):
            return heard
        teller = self.by_end.get(heard.lead - 2)
        if teller is None or teller.plural or teller.sent != me.sent or \
                me.gender and teller.gender and me.gender != teller.gender:
            return None
        return teller

    def _masthead_name(self, m: Mention) -> bool:
        """'Police Brutality Watch', 'Training Day: Dirty LA Police Officer Sentenced ...': a run of
        capitals in a line that capitalises every word (a masthead or a Title Case headline) names
        no one the story is known to be about."""
        if m.kind != "name" or m.police is not None:
            return False
        lo, hi = self.sent_bounds[m.sent]
        words = [t for t in self.doc[lo:hi] if t.is_alpha and len(t) > 3]
        return bool(words) and all(t.is_title or t.is_upper for t in words)

    def _predicate(self, p: Mention) -> bool:
        """A description after a copula ('was a serving officer', 'had been a deputy', 'as a
        constable') says what someone is; it brings in no one."""
        j = p.lead - 1
        if p.det == "" and p.kind == "desc" and not p.name and j >= 0 and self.lowers[j] == "as":
            return True  # "a permanent position as chief", "served as sheriff": the office, no one new
        return p.det == "indef" and j >= 0 and self.lowers[j] in _COPULAS


_FORMER = word_set("reference_words.json", "former_words")
_TOLD = word_set("reference_words.json", "told_verbs")
# the copulas and 'as' before a predicate description: closed-class grammar, kept in the code
_COPULAS = frozenset({"is", "was", "were", "are", "be", "been", "being", "became", "become", "becomes", "as", "remains",
                      "remained"})
