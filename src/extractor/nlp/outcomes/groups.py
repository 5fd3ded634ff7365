"""Whether a group of officers is a few people in one event (one Outcome of the group, SPEC)
or a count across many cases (a Figure only). A mixin of OutcomeFinder.

English says which by what it puts around the count, not by the size of the number:

    one event   "Five guards were sentenced on Tuesday"        a day
                "Seven officers were fired after the video"     one incident as the cause
                "A federal jury convicted six deputies"         one court, one jury
                "All seven officers were fired", "the seven"    a set the article has named
                "Eleven officers resigned at the same time"     a phrase of one occasion
    a tally     "45 officers were dismissed last year"          a period
                "12 officers were charged between 2019 and 2023"
                "More than 20 officers were sacked"             an approximate count
                "figures show", "a total of", "per cent"        a statistics frame

A count of at most `max_count` (models/subjects.json `group_outcome`) needs nothing more
than the absence of a tally ("Two deputies were fired"); a larger one, up to `one_event_max`,
needs a sign of one event and no sign of a tally anywhere in its sentence.

A definite group ("the other officers", "the remaining deputies", "The officers have all
resigned") is one event when the article has named the group before it: a counted group
of officers, officers named together, or a group of which one officer was named ("the other
officers" after "Deputy Jesse Terrell"). Its subject is the group as written.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from ..subjects import Mention, People
from .article_frame import PageFrame

_YEAR = re.compile(r"(19|20)\d\d")
_COUNTED_VERBS = frozenset({"were", "received", "had", "got", "resigned", "retired", "left"})
_UNITS = frozenset({"month", "months", "year", "years", "week", "weeks", "day", "days"})


class GroupEvents(PageFrame):
    """Needs self.w (models/subjects.json) and self.cues."""

    def _small_group(self, people: People, m: Mention) -> bool:
        """A few officers in one event: 'TWO Kent officers have been dismissed', 'both
        officers were sacked', 'the pair were fired', 'seven officers were fired after the
        video'; not a tally across cases ('45 officers were dismissed last year', 'two
        officers were dismissed in the year to March')."""
        rule = self.w["group_outcome"]
        doc = people.doc
        lead = doc[m.lead].lower_ if 0 <= m.lead < len(doc) else ""
        large = False
        if m.group:
            return True  # a definite group the article named before (_definite_group)
        if m.head in self.w["group_nouns"]:
            lead = doc[m.start - 1].lower_ if m.start > 0 else ""
            police = lead == "the" and any(p.police and p.sent >= m.sent - 3 and p.start < m.start
                                           for p in people.mentions)
        elif m.elliptic and m.police is True:  # "Two of them have since been charged"
            police = m.count is not None and m.count >= 1  # its group was counted with it, in one event
        elif m.police is not True or m.kind != "generic" or m.head in self.w["plural_pronouns"]:
            return False
        elif m.det == "number":
            police = m.count is not None and (2 <= m.count <= rule["one_event_max"] or
                                              m.count <= rule.get("one_proceeding_max", 0) and self._one_proceeding(doc, people, m))
            large = police and m.count > rule["max_count"]
            if large and not self._one_event(doc, people, m):
                return False
        else:
            police = lead in rule["leads"] and (lead == "both" or m.count is not None)
        if not police:
            return False
        return not self._tally(doc, people, m, whole=large)

    def _tally(self, doc: Doc, people: People, m: Mention, whole: bool = False) -> bool:
        """The sentence counts across cases: a period, a total, figures. The words of a
        reason or relative clause after the group do not count ('sacked at the end of an
        inquiry which took three years'), unless the group is large (whole)."""
        rule = self.w["group_outcome"]
        lo, hi = people.sent_bounds[m.sent]
        if not whole:
            reasons = self.cues.words("decided", "reason")
            for j in range(m.end, hi):
                if doc[j].lower_ in self.w["relative_pronouns"] and doc[j].lower_ != "that" or \
                        doc[j].lower_ in reasons and j > m.end + 1:
                    hi = j  # "... fired after an inquiry into two deputies drawing guns": the reason's people
                    break
        # "last month", "earlier this month": when one event happened, not the period of a tally
        # "have since retired": an adverb after an auxiliary, not "since 2019"
        # "sentenced to 18 months", "prison terms of up to 41 months": a term's length, not a period
        # "Three other officers were charged last year": "other" ties the group to the story's event
        other = any(t.lower_ in ("other", "more", "further") for t in doc[max(m.lead, 0):m.end]) and not whole
        sentence = {t.lower_ for j, t in enumerate(doc[lo:hi], lo)
                    if not (t.lower_ == "month" and j > lo and doc[j - 1].lower_ in ("last", "this", "next"))
                    and not (other and t.lower_ == "year" and j > lo and doc[j - 1].lower_ in ("last", "this"))
                    and not (t.lower_ == "since" and j > lo and doc[j - 1].lower_ in self.w["aux"])
                    # "have been on leave since 2018": a state the group is in, not a tally's period;
                    # "placed on mandatory annual leave": a kind of leave, not a yearly count
                    and not (t.lower_ == "since" and j > lo and doc[j - 1].lower_ == "leave")
                    and not (t.lower_ == "annual" and j + 1 < hi and doc[j + 1].lower_ == "leave")
                    and not (t.lower_ in ("year", "month") and j + 2 < hi and doc[j + 2].lower_ == "old")  # an age
                    and not (t.lower_ in _UNITS and j - 2 >= lo and doc[j - 1].like_num
                             and (_term_lead(doc, j - 2, lo, rule["approximate"]) in ("to", "of", "for") or  # "terms of 6 and 8 years"
                                  doc[j - 2].lower_ in ("and", "or") and j - 3 >= lo and doc[j - 3].like_num))}
        text = f" {' '.join(t.lower_ for t in doc[lo:hi])} "
        phrases = [p for p in rule["not_with"] if " " in p]
        others = [p for p in people.mentions if p.sent == m.sent and p is not m and p.det == "number"
                  and not m.elliptic and p.start < hi and not (p.group or p.elliptic and (p.count or 0) <= rule["max_count"])
                  and not _among(doc, p.lead, lo)  # "Nine officers were among 30 people charged": the whole they are part of
                  and not _conjoined(doc, m, p)]  # "Two serving officers and three former officers": one subject
        whole_year = any(doc[j].lower_ in ("in", "during", "throughout") and _YEAR.fullmatch(doc[j + 1].text)
                         for j in range(lo, hi - 1))  # "fired or resigned in 2015": a year's tally, like "last year"
        counted = any(doc[j].text.isdigit() and int(doc[j].text) > rule["max_count"] and not m.start <= j < m.end
                      and doc[j + 1].lower_ in _COUNTED_VERBS for j in range(lo, hi - 1))  # "three were demoted, ..., 45 received a final written warning"
        return bool(sentence & set(rule["not_with"])) or any(f" {p} " in text for p in phrases) or bool(others) \
            or whole_year or counted

    def _one_proceeding(self, doc: Doc, people: People, m: Mention) -> bool:
        """'More than two dozen guards were indicted Tuesday': a court's step on one day."""
        rule = self.w["group_outcome"]
        lo, hi = people.sent_bounds[m.sent]
        lows = {t.lower_ for t in doc[lo:hi]}
        return bool(lows & set(rule["event_days"]) and lows & set(rule["event_agents"])) \
            and not lows & set(rule["tally_frames"])

    def _one_event(self, doc: Doc, people: People, m: Mention) -> bool:
        """A sign that a group larger than max_count is one event (see the module docstring)."""
        rule = self.w["group_outcome"]
        lo, hi = people.sent_bounds[m.sent]
        before = doc[m.lead - 1].lower_ if m.lead - 1 >= lo else ""
        lows = [t.lower_ for t in doc[lo:hi]]
        if before in rule["approximate"] or m.lead - 2 >= lo and doc[m.lead - 2].lower_ in rule["approximate"]:
            # "more than 20 officers", "at least 12 deputies": a count, not people; unless one
            # proceeding on one day: "More than two dozen guards were indicted Tuesday"
            return self._one_proceeding(doc, people, m)
        if before in rule["definite_leads"]:
            return True  # "the seven officers", "all five deputies"
        if any(t in rule["tally_frames"] for t in lows):
            return False  # "The report, published on 4 March, said 18 officers had been dismissed"
        text = f" {' '.join(lows)} "
        if any(f" {p} " in text for p in rule["one_event"]) or any(t in rule["event_days"] for t in lows):
            return True
        if any(t in rule["event_agents"] for t in lows):
            return True  # "a federal jury convicted", "a judge sentenced": one proceeding
        for span in getattr(doc._, "date_spans", None) or []:
            if lo <= span.start < hi:
                rec = doc._.dates[doc._.date_spans.index(span)]
                if rec.date_from is not None and rec.date_from == rec.date_to:
                    return True  # "on May 13, 2010": one day
        for j, t in enumerate(lows[:-1]):
            if t in rule["event_after"]:  # "after the video", "over the death of", "for the beating"
                for k in range(j + 1, min(len(lows), j + 5)):
                    if lows[k] in rule["event_nouns"]:
                        return True
                    if lows[k] in (".", ";", ",") or lows[k] in rule["event_after"]:
                        break
        # "Seven officers have been placed on administrative leave": the sentence says neither;
        # on a page that reports one case it is that case's group (article_frame.py)
        return "page_frame" in rule and self._page_frame(doc, people) == "one case"

    def _parts_after_dash(self, doc: Doc, people: People, m: Mention) -> list[Mention]:
        """'Six men were charged in 2004 – two serving police officers, two former officers and
        two private investigators': a counted group whose parts are counted after a dash or a
        colon; the parts that are officers are each a group of the event."""
        if not (m.plural and m.det == "number" and m.count and m.police is not True):
            return []
        lo, hi = people.sent_bounds[m.sent]
        dash = next((j for j in range(m.end, hi) if doc[j].text in ("–", "—", ":", "-") and doc[j].whitespace_), None)
        if dash is None:
            return []
        parts = [p for p in people.mentions if dash < p.start < hi and p.plural and p.det == "number" and p.count]
        if not parts or sum(p.count for p in parts) > m.count:
            return []
        out = []
        for p in parts:
            if p.police is not True or doc[p.end - 2].lower_ in self.w["nonpolice_role_modifiers"]:
                continue
            g = Mention(p.start, p.end, "generic", p.text, head=p.head, police=True, plural=True, count=p.count,
                        det="number", group=True)
            g.sent, g.lead = p.sent, p.lead
            out.append(g)
        return out

    def _definite_group(self, doc: Doc, people: People, m: Mention) -> Optional[Mention]:
        """'The other officers previously pleaded guilty', 'The officers have all resigned',
        'the remaining deputies were fired': a definite plural of officers standing for a
        group the article named in this or the few sentences before. A new mention of the
        group as written, or None."""
        rule = self.w["group_outcome"]
        if not (m.plural and m.police is True and m.kind == "generic" and m.count is None and not m.elliptic) or \
                m.head in self.w["plural_pronouns"] or m.head in self.w["group_nouns"]:
            return None
        lead = m.lead if m.lead >= 0 else m.start
        first = doc[lead].lower_
        if first in ("other", "remaining") and lead - 1 >= 0 and doc[lead - 1].lower_ == "the":
            lead -= 1  # "the other officers": det generic from "other"
        elif first not in ("the", "these", "those"):
            return None
        if m.end < len(doc) and doc[m.end].lower_ in self.w["relative_pronouns"]:
            return None  # "the officers who lie": a description, not the group named before
        if self._tally(doc, people, m):
            return None
        other = doc[lead + 1].lower_ in ("other", "remaining")
        if not self._named_group_before(doc, people, m, other):
            return None
        g = Mention(m.start, m.end, "generic", doc[lead:m.end].text, head=m.head, police=True, plural=True,
                    det="def", group=True)
        g.sent, g.lead = m.sent, lead
        return g

    def _named_group_before(self, doc: Doc, people: People, m: Mention, other: bool) -> bool:
        """A group of officers the article has stated: counted ('five officers were involved
        in the beating'), or named together; for 'the other ...' one named officer will do."""
        back = self.w["group_outcome"]["group_back"]
        names = {}
        for p in people.mentions:
            if p.start >= m.lead or m.sent - p.sent > back:
                continue
            r = p.resolved() or p
            if p.plural and p.police is True and p.det == "number" and (p.count or 0) >= 2 and \
                    not self._tally(doc, people, p, whole=True):
                return True
            if not p.plural and r.police is True and p.kind in ("name", "desc", "def") and not p.speaker:
                names.setdefault(p.sent, set()).add(id(r))
        if other and names:
            return True
        return any(len(v) >= 2 for v in names.values())

    def _one_of_group(self, doc: Doc, people: People, k: int, lo: int) -> Optional[Mention]:
        """'Three deputies were charged, with one being convicted of assault, while another was
        cleared': 'one' or 'another' opening its clause after a counted group of officers of
        one event in this or the sentence before is one member of that group; so is 'One was found
        guilty of theft' in a sentence after a tally of officers ('nine gardaí were convicted since
        2019'), each a case of the tally."""
        low = doc[k].lower_
        if low not in ("one", "another") or k > lo and doc[k - 1].lower_ not in _MEMBER_OPENERS:
            return None
        before = people.sent_bounds[max(0, people.sent_of[k] - 3)][0]
        group = next((g for g in reversed(people.mentions) if before <= g.start and g.end < k and g.plural
                      and g.det == "number" and (g.count or 0) >= 2), None)
        if group is None or group.police is not True or group.kind != "generic":
            return None  # "Three men were arrested. One was charged": not an officer
        if not self._small_group(people, group) and not (group.sent < people.sent_of[k] and
                                                         doc[k + 1].lower_ in self.w["aux"]):
            return None  # a tally's member only as a sentence of its own: "Nine gardaí were convicted. One was ..."
        m = Mention(k, k + 1, "desc", doc[k].text, head=group.head, police=True, det="number", count=1)
        m.sent, m.lead = people.sent_of[k], k
        return m


_MEMBER_OPENERS = frozenset({"with", "while", "whilst", "and", ",", ";", ":", "but", "whereas"})


def _term_lead(doc: Doc, j: int, lo: int, approximate: list) -> str:
    """The word before a term's number, past the words that bound it: 'sentenced to at least
    20 years', 'to more than 11 years' (a term's length, not a tally's period)."""
    while j > lo and (doc[j].lower_ in approximate or doc[j].lower_ == "at" and doc[j + 1].lower_ == "least"):
        j -= 1
    return doc[j].lower_


def _conjoined(doc: Doc, a: Mention, b: Mention) -> bool:
    """Two counted groups joined by 'and' as one subject ('Two serving officers and three former
    officers were found ...'): parts of one event's group, not two counts of a tally."""
    first, second = (a, b) if a.start < b.start else (b, a)
    gap = [t.lower_ for t in doc[first.end:max(second.lead, first.end)]]
    return gap == ["and"] and first.police is True and second.police is True


def _among(doc: Doc, lead: int, lo: int) -> bool:
    """The counted mention stands after 'among (the)': the larger set a group is part of."""
    k = lead - 1
    if k >= lo and doc[k].lower_ in ("the", "those"):
        k -= 1
    return k >= lo and doc[k].lower_ == "among"
