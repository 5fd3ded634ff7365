"""Whom a pronoun or a definite description stands for: the search back through the people
before it ("A woman was jailed for assaulting a PC. She was given 20 weeks": the sentence's
subject; "the officer": the latest officer close by; "Trooper Cal Yates said he was suspended":
the speaker). The cues that rule a person in or out are in reference.py. A mixin of People."""

from __future__ import annotations

from typing import Optional

from .mention import GENERIC_HEADS, Mention
from .reference import _FORMER
from .reference_target import acted_on, acted_on_by
from .story_person import re_described, story_officer


class Antecedents:
    """People's antecedent search (self is a People)."""

    def _sentence_subject(self, sent: int, before: int) -> Optional[Mention]:
        """The first person of a sentence who is not inside a prepositional phrase."""
        lo, _ = self.sent_bounds[sent]
        for m in self.mentions:
            if m.sent != sent or m.start >= before:
                continue
            if m.det == "poss" or m.owner or (m.lead > lo and self.doc[m.lead - 1].lower_ in self.w["prepositions"]):
                continue
            return m
        return None

    def _resolve(self) -> None:
        self._genders()
        for idx, m in enumerate(self.mentions):
            if m.kind == "pron" and m.head == "year-old":
                # "The 62-year-old was jailed": the latest person, police or not ("PC X
                # arrested a man. The 19-year-old was charged" is the man)
                m.antecedent = self._find_antecedent(idx, police_only=False)
            elif m.kind == "pron":
                # the sentence subject; else, in an article about police conduct, the latest
                # officer close by ('a special constable who went with a friend to meet a man
                # she knew'); else the latest person
                obj = m.head in ("him", "her")  # never the subject of its own verb: "the chief fired him"
                m.antecedent = self._teller(m) or self._speaking(idx) or self._subject_antecedent(idx) or \
                    self._find_antecedent(idx, police_only=True, gender=m.gender, window=2, not_my_subject=obj) or \
                    self._find_antecedent(idx, police_only=False, gender=m.gender, not_my_subject=obj)
                m.antecedent = self._gendered_since(idx, m.antecedent) or m.antecedent
                m.antecedent = acted_on_by(self, m, m.antecedent) or m.antecedent  # "... by Chief X. The board fired him"
                if m.antecedent is None:
                    m.antecedent = self._reported_speaker(m)
                target = m.resolved()
                if target is not None and target.gender is None and m.gender and m.head in ("he", "she"):
                    target.gender = m.gender
            elif re_described(m):
                m.antecedent = story_officer(self, idx)  # "The 54-year-old man, who has served ..."
            elif m.kind == "def" and m.head in self.w["court_role_heads"] and m.police is None:
                # "the defendant" in a story that opens on an officer is that officer, never a later
                # person: "A man who attacked a garda ... The defendant" opens on the man
                m.antecedent = self._find_antecedent(idx, police_only=True) if self._opens_on_officer() else None
            elif m.kind == "def" and m.antecedent is not None and m.antecedent.kind in ("name", "desc"):
                continue  # "Sean Price was the first chief constable to be sacked": the copula named it
            elif m.kind == "def":
                if m.head in GENERIC_HEADS or m.head in self.w["role_heads_needing_police"]:  # "the employee"
                    m.antecedent = self._find_antecedent(idx, police_only=True)
                    if m.antecedent is not None and self._subject_of_my_verb(m.antecedent, m, 1, lead_ins=True):
                        m.antecedent = None  # "The chief (has now) fired the officer": two people
                else:
                    m.antecedent = self._find_antecedent(idx, police_only=True, head=m.head, window=12)

    def _opens_on_officer(self) -> bool:
        """The story's first person, not a speaker or a group, is a police officer."""
        first = next((m for m in self.mentions if not m.speaker and not m.plural and
                      m.kind in ("name", "desc", "def", "nonpolice") and not self._masthead_name(m)), None)
        return first is not None and first.police is True

    def _conjoined(self, p: Mention) -> bool:
        """'Deputies Al Fox and Bo Kim testified ...': one of two people named together,
        whom a singular 'he' does not stand for."""
        low, n = self.lowers, len(self.lowers)
        after = p.end + 1 < n and low[p.end] == "and" and (p.end + 1) in self.by_start
        before = p.lead >= 2 and low[p.lead - 1] == "and" and (p.lead - 2) in self.by_end
        return after or before

    def _gendered_since(self, idx: int, chosen: Optional[Mention]) -> Optional[Mention]:
        """'Dunn met a woman online. She told police ...': a person whose noun gives the
        pronoun's gender ('woman', 'husband'), named after an antecedent of unknown gender,
        in this or the sentence before, is who the pronoun stands for."""
        me = self.mentions[idx]
        target = chosen.resolved() if chosen is not None else None
        if me.head not in ("he", "she") or target is None or target.gender is not None:
            return None
        heads = self.w["female_heads"] if me.gender == "f" else self.w["male_heads"]
        for k in range(idx - 1, -1, -1):
            p = self.mentions[k]
            if p.start < chosen.start or me.sent - p.sent > 1:
                return None
            if p.kind in ("nonpolice", "desc", "def") and not p.plural and p.head in heads and not p.owner:
                return p
        return None

    def _reported_speaker(self, me: Mention) -> Optional[Mention]:
        """'Trooper Cal Yates said he was suspended unfairly': in reported speech 'he' is
        the officer who speaks, when nothing before him can be (not a chair or a judge)."""
        doc, j = self.doc, me.start - 1
        if j > 0 and doc[j].lower_ == "that":
            j -= 1
        if j < 1 or me.head not in ("he", "she") or doc[j].lower_ not in self.w["speaker_verbs"]:
            return None
        p = self.by_end.get(j - 1)
        if p is None or p.plural or p.kind not in ("name", "desc", "def") or p.sent != me.sent or \
                any(t in p.text.lower() for t in self.w["speaker_titles"]):
            return None
        return p if not (me.gender and p.gender and me.gender != p.gender) else None

    def _subject_of_my_verb(self, p: Mention, me: Mention, longest: int = 1, lead_ins: bool = False) -> bool:
        """p is the subject of the one verb that has me as its object ('The chief fired
        the officer', 'the deputy who had fired him'): the two are different people. With
        ``lead_ins`` the verb may have auxiliaries and adverbs before it beyond ``longest``
        ('The Chief Constable has since dismissed the officer', 'immediately suspended')."""
        between = self.doc[p.end:me.lead]
        if lead_ins:
            lead = [t for t in between[:-1] if t.lower_ in self.w["aux"] or t.lower_ in self.w["adverbs"] or
                    t.lower_.endswith("ly")]
            longest += len(lead) if len(lead) == len(between) - 1 else 0
        return p.sent == me.sent and 1 <= len(between) <= longest and \
            all(t.is_alpha and t.is_lower and t.lower_ not in ("and", "or", "but") for t in between)

    def _subject_antecedent(self, idx: int) -> Optional[Mention]:
        """A pronoun most often continues the subject of the sentences before it:
        'A woman was jailed for assaulting a PC. She was given 20 weeks.'"""
        me = self.mentions[idx]
        if me.head not in ("he", "she"):
            return None  # an object pronoun is seldom its own clause's subject: "X sent her a message"
        for sent in range(me.sent, max(-1, me.sent - 2), -1):
            subj = self._sentence_subject(sent, me.start if sent == me.sent else len(self.doc))
            if subj is None or subj is me:
                continue
            r = subj.resolved()
            if r is None or subj.plural or subj.kind == "generic" or r.plural or r.speaker or subj.speaker or \
                    self._conjoined(subj):
                continue
            if me.gender and r.gender and r.gender != me.gender:
                continue
            return acted_on(self, me, subj) or subj  # "The chief suspended Lane. He was fired": Lane
        return None

    def _find_antecedent(self, idx: int, police_only: bool, gender: Optional[str] = None,
                         head: Optional[str] = None, window: int = 10,
                         not_my_subject: bool = False) -> Optional[Mention]:
        me = self.mentions[idx]
        former = me.kind == "def" and bool(_FORMER & set(me.text.lower().split()))
        for k in range(idx - 1, -1, -1):
            p = self.mentions[k]
            if me.sent - p.sent > window:
                return None
            if not_my_subject and self._subject_of_my_verb(p, me, 3) or self._predicate(p):
                continue  # "had he still been a serving officer": says what he was, no one new
            if former and p.kind in ("desc", "def") and not _FORMER & set(p.text.lower().split()):
                continue  # "the former patrol officer" is not "a colleague" he once had
            chained = p.kind == "pron" and p.head in ("he", "she") and police_only and p.resolved() is not None
            if (p.kind not in ("name", "desc", "def", "nonpolice") and not chained) or p.plural or p.speaker or \
                    (me.head in ("he", "she") and self._conjoined(p)):
                continue  # "He resigned in February. ... He will now be barred": a chain of pronouns, for an officer
            r = p.resolved() or p
            if r.speaker:
                continue
            if police_only and r.police is not True:
                continue
            if gender and r.gender and r.gender != gender:
                continue
            if head and r.head != head and p.head != head and head not in r.text.lower().split():
                continue  # "the detective" for "Detective Sergeant Leo Grant"
            return p
        return None
