"""Who a plural anaphor stands for when no outcome of several people came just before it.
A mixin of OutcomeFinder.

Court and news stories name two officers together once ("PC A, 46, and his colleague PC B,
30, came to the attention of ...") and then say "they were both arrested", "the pair were
convicted", "both were suspended", "the two officers were fired". The anaphor stands for the
latest people named together: a list of two or more officers in one sentence, or a small
counted group ("two deputies"), with no other specific group of people named in between.
SPEC: a few people in one event are one Outcome whose subject is the group, so the
anaphor becomes one subject naming the people ("PC A and PC B"), not one outcome each.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ..subjects.mention import as_written
from ..subjects import Mention, People, is_number

_LIST_GLUE = frozenset({",", "and", "(", ")", "his", "her", "their", "fellow", "colleague", "colleagues"})


class PluralAnaphora:
    """Needs self.w (models/subjects.json) and self._small_group (subject.py)."""

    def _anaphor_size(self, doc: Doc, m: Mention) -> Optional[int]:
        """How many people a plural anaphor names (0: it does not say), None when m is no
        anaphor: 'they' / 'them', 'both', 'the pair', 'the two officers', 'the officers'."""
        if not m.plural:
            return None
        lead = doc[m.lead].lower_ if 0 <= m.lead < len(doc) else ""
        before = doc[m.lead - 1].lower_ if m.lead > 0 else ""
        if m.head == "they" and m.end - m.start == 1:  # not "to have them placed on the list"
            return 0
        if m.head == "them" and m.end - m.start == 1 and before in self.w["object_anaphor_verbs"] and \
                not _they_before(doc, m.lead):
            return 0  # "Prosecutors charged them with assault": the people the verb is done to
        if lead == "both" or m.head == "both":
            return 0 if doc[m.start].lower_ == "each" else 2  # "Each is charged": as many as were named
        if m.head in self.w["group_nouns"] and (lead == "the" or before == "the"):
            return self.w["group_nouns"][m.head]
        if m.kind == "generic" and m.police is True and m.det == "number" and m.count and before == "the":
            return int(m.count)
        if m.kind == "generic" and m.police is True and m.det == "def" and m.count is None:
            return 0
        return None

    def _plural_antecedent(self, doc: Doc, people: People, m: Mention, window: int = 8) -> Optional[Mention]:
        """The people a plural anaphor stands for, as one group mention, or None."""
        size = self._anaphor_size(doc, m)
        if size is None:
            return None
        lo_sent = max(0, m.sent - window)
        before = [p for p in people.mentions if p.end <= m.lead and p.sent >= lo_sent]
        i = len(before) - 1
        while i >= 0:
            p = before[i]
            group = self._named_together(doc, people, before, i)
            if group:
                if size and size != len(group):
                    return None
                return self._group_mention(doc, m, group)
            if p.plural and p.head not in ("they", "them", "both") and p.head not in self.w["group_nouns"]:
                if p.kind == "generic" and p.police is True and p.det == "number" and self._small_group(people, p):
                    # "The other six officers were on call. They have all been suspended": the group as written
                    return _as_written(people, p) if not size or size == p.count else None
                part = self._counted_part(doc, people, p)
                if part is not None:  # "Four of their colleagues were found guilty ... They will all receive"
                    return _as_written(people, part) if not size or size == part.count else None
                if p.det in ("def", "number") or p.count:
                    return None  # another group of people came between: "the two victims"
            i -= 1
        return None

    def _counted_part(self, doc: Doc, people: People, p: Mention) -> Optional[Mention]:
        """'Four of their colleagues', 'two of the officers': a small count taken from a group of
        officers (counts.py _partitive), a group of one event a later 'they' may stand for."""
        if not (p.police is True and p.kind == "generic" and p.lead >= 2 and "of" in (doc[p.lead - 1].lower_,
                                                                                   doc[p.lead - 2].lower_)):
            return None
        part = self._partitive(doc, people, p, people.sent_bounds[p.sent][0])
        return part if part is not None and (part.count or 0) >= 2 and self._small_group(people, part) else None

    def _named_together(self, doc: Doc, people: People, before: list, i: int) -> list[Mention]:
        """The officers of a list ending with before[i] ('PC A, 46, and PC B, 30'), people
        resolved and each once; [] when before[i] ends no list of two or more."""
        out = [before[i]]
        j = i - 1
        while j >= 0:
            a, b = before[j], out[0]
            if a.sent != b.sent or not self._glue(doc, a.end, b.lead):
                break
            out.insert(0, a)
            j -= 1
        out = [p for n, p in enumerate(out)  # "his colleague Pc B": one person, the name
               if not (p.det == "poss" and n + 1 < len(out) and out[n + 1].lead == p.end)]
        officers = []
        for p in out:
            r = p.resolved() or p
            if p.plural or r.plural or p.speaker or r.speaker or p.kind == "pron" and p.resolved() is None:
                return []
            if people.is_police(r) is not True and people.is_police(p) is not True:
                return []
            if all(r is not q for q in officers):
                officers.append(r)
        has_and = any(doc[k].lower_ == "and" for k in range(out[0].end, out[-1].lead)) if len(out) > 1 else False
        return officers if len(officers) >= 2 and has_and else []

    @staticmethod
    def _glue(doc: Doc, start: int, end: int) -> bool:
        """Only list words between two people: ',', 'and', an age, 'his colleague'."""
        if end - start > 6 or end < start:
            return False
        return all(doc[k].lower_ in _LIST_GLUE or is_number(doc[k]) for k in range(start, end))

    @staticmethod
    def _group_mention(doc: Doc, anaphor: Mention, group: list[Mention]) -> Mention:
        names = " and ".join(p.text for p in group)
        noun = anaphor.head not in ("they", "them", "both")
        written = doc[anaphor.lead:anaphor.end].text
        if anaphor.lead > 0 and doc[anaphor.lead - 1].lower_ == "the" and not written.lower().startswith("the "):
            written = f"the {written}"
        text = f"{written} ({names})" if noun else names
        g = Mention(anaphor.start, anaphor.end, "generic", text, head=anaphor.head, police=True, plural=True,
                    count=len(group), det="def")
        g.sent, g.lead, g.members = anaphor.sent, anaphor.lead, list(group)
        return g

    def _people_of_article(self, doc: Doc, people: People, m: Mention) -> Optional[Mention]:
        """'All three men were terminated', 'the two women were fired': a count of people with
        a noun that is not police names the officers the article has named, when it has named
        exactly that many (each once, by surname) before it and no one else by name or as
        'a man' or 'a woman'; the subject is the group as written, with their names."""
        lead = doc[m.lead].lower_ if 0 <= m.lead < len(doc) else ""
        if not (m.plural and m.head in self.w["group_people_nouns"] and m.det == "number" and m.count and
                (lead in ("all", "the") or is_number(doc[m.lead]) and m.lead > 0 and
                 doc[m.lead - 1].lower_ in ("all", "the"))):
            return None
        officers: dict[str, Mention] = {}
        for p in people.mentions:
            if p.end > m.start:
                break
            r = p.resolved() or p
            if p.kind == "nonpolice" and not p.plural and p.det == "indef" or \
                    p.kind == "name" and r.police is False and not p.speaker:
                return None  # "a man", "Carl Hays": someone else the count may include
            if p.kind == "name" and r.police is True and not p.plural and not r.speaker and r.name:
                officers.setdefault(r.name.split()[-1].lower(), r)
        if len(officers) != int(m.count):
            return None
        return self._group_mention(doc, m, sorted(officers.values(), key=lambda p: p.start))


def _as_written(people: People, p: Mention) -> Mention:
    """A counted group with its count and determiner ('the other six officers'), as SPEC
    writes a group's subject; the mention's own text leaves them out."""
    g = Mention(p.start, p.end, "generic", as_written(people, p), head=p.head, police=True, plural=True,
                count=p.count, det="number", group=True)
    g.sent, g.lead = p.sent, p.lead
    return g


def _they_before(doc: Doc, k: int) -> bool:
    """'They arrested them': 'they' earlier in the clause is the group, and 'them' others."""
    for j in range(k - 1, max(-1, k - 9), -1):
        if doc[j].text in (".", ";", "!", "?"):
            return False
        if doc[j].lower_ in ("they", "we"):
            return True
    return False
