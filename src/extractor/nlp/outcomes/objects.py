"""The person right of an outcome's words: after the verb ('fired Officer Al Tate'), after
'of' ('the sacking of PC A and PC B'), or the one a finding is about ('no case to answer for
PC X', 'proven against both men'). A mixin of OutcomeFinder (through SubjectFinder)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ...rulefiles import word_set
from ..subjects import Mention, People

_OWNER_SPEECH = word_set("outcome_words.json", "owner_speech")


class ObjectSubjects:
    """Needs self.w, self.topic_window, self._agent, self._group and self._small_group."""

    def _patient(self, doc: Doc, people: People, start: int, end: int, chain_start: int, lo: int, hi: int,
                 why: list, found: Optional[list] = None) -> Optional[Mention]:
        if doc[start].lower_ == "their":
            return self._their_group(people, start, why)  # "the sheriff confirmed their firing"
        if doc[start].lower_ in ("his", "her"):
            return self._owner(doc, people, start, why)  # "The chief confirmed her demotion to sergeant"
        low = [t.lower_ for t in doc[lo:hi]]
        sent_mentions = [m for m in people.mentions if lo <= m.start < hi]
        # a count anywhere in the finding's sentence: "2 cases resulted in ...", "against 63 people"
        for j in range(lo, hi):
            t = doc[j]
            if (t.like_num and j + 1 < hi and doc[j + 1].lower_ in ("cases", "people", "officers", "individuals")):
                group = people.ending_at(j + 1)
                if group is not None and self._small_group(people, group):
                    continue  # "the two officers had no case to answer": a few officers in one event
                why.append("counted cases")
                return None
        refused = len(why)
        against = self._against(doc, people, end, chain_start, lo, hi, low, why, found)
        if against is not None or len(why) > refused:
            return against
        # the subject of the clause, as for a verb ("PC X had no case to answer", "The sergeant
        # who ... was found to have no case to answer"), when that is an officer; not "they
        # amounted to gross misconduct": they are the allegations
        m = self._agent(doc, people, chain_start, lo, [])
        if m is not None and m.plural and m.kind == "generic" and self._small_group(people, m):
            return m  # "the two officers had no case to answer"
        if m is not None and not m.speaker and m.singular_person:
            r = m.resolved()
            if r is not None and not r.speaker and people.is_police(r):
                return m
        # a police officer elsewhere in the sentence who is not chairing or speaking
        best = None
        for m in sent_mentions:
            if m.speaker or m.plural or m.kind in ("generic", "nonpolice"):
                continue
            r = m.resolved()
            if r is None or r.speaker or people.is_police(r) is not True:
                continue
            if m.end <= start or best is None:
                best = m
        if best is not None:
            return best
        if any(m.plural and m.kind == "generic" and m.police and (m.det in ("def", "number") or m.count)
               for m in sent_mentions):  # not a bare plural: "the standards expected of officers"
            why.append("plural subject in sentence")
            return None
        topic = people.topic_before(start, self.topic_window)
        if topic is None:
            why.append("no officer in context")
        return topic

    def _owner(self, doc: Doc, people: People, start: int, why: list) -> Optional[Mention]:
        """'Inspector Kell misled the inquiry. The chief confirmed her demotion to sergeant':
        the owner of 'his' / 'her' is the latest officer named before it, never one after it
        (a rank the act leads to) nor one of its own sentence who does the act ('the chief
        confirmed'); one who speaks of it owns it ('Kell said her demotion was unfair')."""
        sent, speech = people.sent_of[start], _OWNER_SPEECH
        for m in reversed(people.mentions):
            if m.end > start or m.plural or m.speaker or m.kind in ("generic", "nonpolice"):
                continue
            if sent - m.sent > 3:
                break
            r = m.resolved()
            if r is None or r.speaker or people.is_police(r) is not True:
                continue
            if m.sent == sent and not any(doc[j].lower_ in speech for j in range(m.end, min(start, m.end + 3))) \
                    and not _new_clause(doc, m.end, start):
                continue  # the actor of its own clause
            return m
        why.append("no officer owns the possessive")
        return None

    def _their_group(self, people: People, start: int, why: list) -> Optional[Mention]:
        """'Three campus officers lied. The university announced their dismissal': the owner of
        'their' is the latest few officers named together in this or the two sentences before;
        never a single person of the sentence (the sheriff who acted), nor a tally."""
        sent = people.sent_of[start]
        for m in reversed(people.mentions):
            if m.end > start:
                continue
            if sent - m.sent > 2:
                break
            if m.plural and m.police is True and not m.speaker and self._small_group(people, m):
                return m
        why.append("no group of officers owns 'their'")
        return None

    def _against(self, doc: Doc, people: People, end: int, chain_start: int, lo: int, hi: int, low: list,
                 why: list, found: Optional[list]) -> Optional[Mention]:
        """The person after 'against' ('proven against PC X'), or after 'for' / 'on' close
        behind the words ('no case to answer for PC X'); why is set when that person is
        a group the finding cannot be about."""
        for j in range(lo, hi - 1):
            word = low[j - lo]
            if word not in ("against", "for", "on") or (word != "against" and j < end):
                continue
            if word in ("for", "on") and j - end > 4:
                continue
            for off in (1, 2):
                m = people.starting_at(j + off) if j + off < hi else None
                if m is None:
                    continue
                if not (m.kind in ("generic",) or m.plural):
                    return m
                if self._group(doc, people, m, found or [], people.sent_of[j]):
                    return m  # "against both men": the officers just named together
                agent = self._agent(doc, people, chain_start, lo, []) if m.head in ("them", "they") else None
                if agent is not None and agent.plural and self._small_group(people, agent):
                    return agent  # "Two officers have had allegations proven against them"
                named = self._definite_group(doc, people, m)
                if named is not None:
                    return named  # "charges were filed against the former officers" counted before
                if doc[m.lead].lower_ == "both" and _two_officers_before(found or [], people.sent_of[j]):
                    # "A ... was convicted. B ... pled no contest. IA sustained a complaint against both men"
                    return Mention(m.lead, m.end, "generic", doc[m.lead:m.end].text, head=m.head, police=True,
                                   plural=True, count=2, det="number", sent=m.sent, lead=m.lead, group=True)
                if self._small_group(people, m):
                    return m  # "returned indictments against all four officers": a few in one event (SPEC)
                why.append("plural subject")
                return None
        return None

    def _of_list(self, doc: Doc, people: People, end: int, hi: int) -> list[Mention]:
        out = []
        j = end
        if j < hi and doc[j].lower_ == "of":
            j += 1
        if j < hi and doc[j].lower_ in ("the", "a", "an"):
            j += 1
        m = people.starting_at(j) if j < hi else None
        if m is not None and m.end < hi and doc[m.end].lower_ in ("'s", "’s"):
            return []  # "the suspension of Doherty's sentence": the act is done to what he owns
        while m is not None:
            out.append(m)
            j = m.end
            if j < hi and doc[j].lower_ in ("and", ","):
                j += 1
                m = people.starting_at(j) if j < hi else None
            else:
                m = None
        return out

    def _next_person(self, doc: Doc, people: People, at: int, hi: int) -> tuple[Optional[Mention], int]:
        """The person right after the words, and where it starts; 'Suspended, too, was his
        partner, Sgt. Kay Dunne': past a possessive noun, the name in apposition to it."""
        m = people.starting_at(at) if at < hi else None
        if m is None and at + 1 < hi and doc[at].lower_ == "the":  # "fired the two deputies"
            m = next((p for p in people.mentions if p.lead == at + 1 and at < p.start <= at + 4 and p.plural), None)
        if m is None and at < hi and at + 3 < people.sent_end(at) and doc[at].lower_ in self.w["determiners_possessive"] \
                and doc[at + 2].text == ",":
            m = people.starting_at(at + 3)
            m = m if m is not None and m.kind == "name" else None
            at = m.lead if m is not None else at
        return m, at

    @staticmethod
    def _owned_apposed(doc: Doc, people: People, m: Mention) -> Optional[Mention]:
        """'fired Officer Al Tate's partner, Officer Bo Kim,': the person the possessive
        phrase names in apposition, not its possessor."""
        j, hi = m.end, people.sent_end(m.start)
        if not (j < hi and doc[j].text in ("'s", "’s")):
            return None
        owned = people.starting_at(j + 1)
        if owned is not None and owned.name and not owned.plural:
            return owned  # "Moss's supervisor, Sgt. Joe Brill": the appositive already merged
        for k in range(j + 1, min(j + 5, hi)):
            if doc[k].text == ",":
                nxt = people.starting_at(k + 1)
                return nxt if nxt is not None and nxt.lead == k + 1 and not nxt.plural else None
            if doc[k].is_punct:
                return None
        return None

    @staticmethod
    def _role_apposed(doc: Doc, people: People, m: Mention) -> Optional[Mention]:
        """'acquitted the client, a St. Louis Police sergeant,': a person not known as police,
        right after the verb, whom an appositive officer's description (an article, then a
        police role, then a comma or the sentence's end) says is that officer."""
        if m.police is True or m.plural or m.kind == "name":
            return None
        return ObjectSubjects._role_after_comma(doc, people, m.end)

    @staticmethod
    def _noun_apposed(doc: Doc, people: People, end: int, hi: int) -> Optional[Mention]:
        """'acquitted the client, a St. Louis Police sergeant,': a noun no list knows as a person,
        right after the verb, then an officer's description in apposition: that officer."""
        if end + 2 < hi and doc[end].lower_ in ("the", "our", "their", "his", "her"):
            return ObjectSubjects._role_after_comma(doc, people, end + 2)
        return None

    @staticmethod
    def _role_after_comma(doc: Doc, people: People, j: int) -> Optional[Mention]:
        """The officer's description in apposition at the comma at j, else None."""
        hi = people.sent_end(j)
        if not (j + 2 < hi and doc[j].text == ","):
            return None
        if doc[j + 1].lower_ not in ("a", "an"):
            return None
        k = j + 2  # "a St. Louis Police sergeant": the place's capitals may stay outside the mention
        while k < min(j + 6, hi) and people.starting_at(k) is None and (doc[k].is_title or doc[k].text == "."):
            k += 1
        role = people.starting_at(k) or people.starting_at(j + 1)
        if role is None or role.lead not in (j + 1, j + 2, k) or role.police is not True \
                or role.plural or role.kind not in ("desc", "def"):
            return None
        after = doc[role.end].text if role.end < len(doc) else "."
        return role if after in (",", ".", ";") or role.end >= hi else None


def _two_officers_before(found: list, sent: int) -> bool:
    """Two named officers, each with an outcome of their own in this or the three sentences before:
    'both men' after them is that pair (SPEC: a few people in one event are one Outcome)."""
    names = set()
    for f in found:
        p = f.person
        r = (p.resolved() or p) if p is not None else None
        if r is not None and 0 <= sent - f.sent <= 3 and p.police and not p.plural and r.name:
            names.add(r.name.split()[-1].lower())  # named: "a second officer" may be the next name
    return len(names) == 2


def _new_clause(doc: Doc, lo: int, hi: int) -> bool:
    """A clause break between a person and a possessive ('Captain Varga ignored the policy, and
    his demotion followed'): the person is the possessive's antecedent, not its actor."""
    return any(doc[j].text == ";" or (doc[j].text == "," and doc[j + 1].lower_ in ("and", "but", "so"))
               for j in range(lo, hi - 1))

