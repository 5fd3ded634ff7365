"""A subject that is a count of a group: "two of his deputies", "the other", "one more", "and three received".
A mixin of OutcomeFinder, beside AgentFinder (agent.py), which tries these when the words left of the verb count people."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ...normalise.numbers import parse_number
from ..subjects import Mention, People, is_number
from ..subjects.mention import as_written

# "five of the officers", "two of his deputies": the words that make a group a set the article names
_PARTITIVE_LEADS = frozenset({"the", "those", "these", "its", "their", "his", "her", "our"})
# words that open a clause whose subject may be a count of a group: "after two of his deputies were arrested"
_CLAUSE_OPENERS = frozenset({"and", "but", "that", "after", "when", "as", "because", "since", "before", "while",
                             "until", "once", "though", "although", "where"})


class CountSubjects:
    """Needs self.w (models/subjects.json)."""

    def _count_with_clause(self, doc: Doc, people: People, chain_start: int, lo: int) -> Optional[Mention]:
        """'Two deputies have been fired, one who faced termination has resigned': a bare count
        opening its clause, with a relative or participle clause of its own before the verb,
        is one of the counted group before it (as _elliptic_count)."""
        c = next((j + 1 for j in range(chain_start - 1, lo, -1) if doc[j].text in (",", ";") or
                  doc[j].lower_ == "and"), None)
        if c is None or c + 1 >= chain_start or not is_number(doc[c]):
            return None
        nxt = doc[c + 1].lower_
        if not (nxt in ("who", "that") or nxt.endswith(("ing", "ed")) and doc[c + 1].is_lower):
            return None
        return self._elliptic_count(doc, people, c, lo)

    def _elliptic_count(self, doc: Doc, people: People, k: int, lo: int) -> Optional[Mention]:
        """'Two deputies were fired and six were suspended': a bare count after 'and' or a
        comma whose noun is the group of officers counted as the subject of the clause
        before (a few officers in one event, SPEC), not a tally ('six officers received a
        warning and eleven ...', 'action against three officers; three were sacked')."""
        if doc[k].lower_ == "other":
            return self._the_other(doc, people, k, lo)  # "one was fired and the other was suspended"
        if k - 1 >= lo and doc[k - 1].lower_ == "the" and k > 0:
            return self._the_count(doc, people, k, lo)  # "On Tuesday, the four were arrested"
        if k == lo and k > 0:  # "Two officers were found to have ... . One received a reprimand"
            before = people.sent_bounds[people.sent_of[k] - 1][0]
        elif k - 1 > lo and doc[k - 1].lower_ in ("and", ",", ":", ";"):
            before = lo
            if is_number(doc[lo]) and lo > 0 and lo + 1 < k and doc[lo + 1].lower_ in self.w["aux"]:
                before = people.sent_bounds[people.sent_of[lo] - 1][0]  # "Five were disciplined. Two were
                # dismissed and three received final written warnings": the sentence's counts share a group
        else:
            return None
        group = next((m for m in reversed(people.mentions) if before <= m.start < k and m.plural and m.police is True
                      and m.det == "number" and m.kind == "generic"), None)
        if group is None or group.end >= k or (doc[group.end].lower_ not in self.w["aux"] and
                                               doc[group.end].lower_ not in ("who", "that") and
                                               doc[group.end].lower_ not in self.w["group_lede_verbs"]) \
                or not self._small_group(people, group):
            return None
        end = k + 2 if k + 1 < len(doc) and doc[k + 1].lower_ in ("others", "more") else k + 1  # "five others"
        m = Mention(k, end, "generic", doc[k:end].text, head=group.head, police=True, plural=True,
                    count=parse_number(doc[k].text.replace(",", "").lower()), det="number", elliptic=True)
        if before < lo and (m.count or 0) > (group.count or 0):
            return None
        m.sent, m.lead = people.sent_of[k], k
        return m

    def _the_other(self, doc: Doc, people: People, k: int, lo: int) -> Optional[Mention]:
        """'Two deputies were disciplined: one was fired and the other was suspended': the
        second of a pair of officers counted in this or the sentence before, after 'one'."""
        before = people.sent_bounds[max(0, people.sent_of[k] - 1)][0]
        one = next((m for m in reversed(people.mentions) if people.sent_start(k) <= m.start < k - 1 and not m.plural
                    and m.police is True and m.kind == "desc" and m.lead < m.start and doc[m.lead].lower_ == "one"), None)
        if one is not None:  # "one officer was suspended and the other was given a letter of reprimand"
            m = Mention(k - 1, k + 1, "desc", f"other {one.head}", head=one.head, police=True, det="def")
            m.sent, m.lead = people.sent_of[k], k - 1
            return m
        group = next((m for m in reversed(people.mentions) if before <= m.start < k - 1 and m.plural
                      and m.police is True and m.kind == "generic" and m.count == 2), None)
        if group is None or not any(doc[j].lower_ == "one" and (doc[j + 1].lower_ in self.w["aux"] or
                                                                 doc[j + 1].lower_.endswith("ed"))
                                    for j in range(group.end, k - 1)):  # "one was fired", not "one man"
            return None
        m = Mention(k, k + 1, "generic", doc[k].text, head=group.head, police=True, plural=True,
                    count=1, det="number", elliptic=True)
        m.sent, m.lead = people.sent_of[k], k - 1
        return m

    def _one_more_word(self, doc: Doc, k: int, lo: int) -> bool:
        """'two others', 'a third', 'the fourth' right before the verb."""
        low, before = doc[k].lower_, doc[k - 1].lower_
        return low == "others" and is_number(doc[k - 1]) and k - 1 > lo or \
            low in self.w["group_outcome"]["ordinals"] and before in ("a", "the")

    def _one_more(self, doc: Doc, people: People, k: int, lo: int) -> Optional[Mention]:
        """'Three officers were fired and two others ...', 'and a third was suspended'."""
        if doc[k].lower_ == "others":
            return self._elliptic_count(doc, people, k - 1, lo)
        return self._ordinal_member(doc, people, k, lo)

    def _ordinal_member(self, doc: Doc, people: People, k: int, lo: int) -> Optional[Mention]:
        """'Three Met officers were sacked on Thursday, and a fourth resigned': one more officer
        of the group counted in this or the sentence before, described by the ordinal."""
        before = people.sent_bounds[max(0, people.sent_of[k] - 1)][0]
        group = next((m for m in reversed(people.mentions) if before <= m.start < k - 1 and m.plural
                      and m.police is True and m.kind == "generic" and m.count), None)
        if group is None:
            return None
        head = group.head
        head = self.w["group_outcome"]["singulars"].get(head) or (head[:-3] + "y" if head.endswith("ies") else
                                                                   head[:-1] if head.endswith("s") else head)
        m = Mention(k - 1, k + 1, "desc", f"{doc[k].text} {head}", head=head, police=True, det="indef")
        m.sent, m.lead = people.sent_of[k], k - 1
        return m

    def _the_count(self, doc: Doc, people: People, k: int, lo: int) -> Optional[Mention]:
        """'A grand jury indicts all four officers ... . On Tuesday, the four were arrested':
        'the' and a bare count stand for the group of officers of that count named in this
        or the three sentences before."""
        count = parse_number(doc[k].text.replace(",", "").lower())
        before = people.sent_bounds[max(0, people.sent_of[k] - 3)][0]
        group = next((m for m in reversed(people.mentions) if before <= m.start < k - 1 and m.plural
                      and m.police is True and m.kind == "generic" and m.count == count), None)
        if group is None or count is None or count < 2 or not self._small_group(people, group):
            return None
        m = Mention(k, k + 1, "generic", f"{doc[k - 1:k + 1].text} ({as_written(people, group)})", head=group.head,
                    police=True, plural=True,
                    count=count, det="number", elliptic=True)
        m.sent, m.lead = people.sent_of[k], k - 1
        return m

    def _partitive(self, doc: Doc, people: People, group: Mention, lo: int) -> Optional[Mention]:
        """'Five of the officers had been indicted': a count of a group of officers the
        article has named ('the officers'), opening its clause."""
        lead = group.lead
        if lead - 1 > lo and is_number(doc[lead]) and doc[lead - 1].lower_ in _PARTITIVE_LEADS:
            lead -= 1  # "Seven of the 10 employees": the group's own count after "the"
        j = lead - 2  # the count, before "of"
        them = None
        if group.head == "them" and j >= lo:  # "one of them has been arrested": the counted group it counts from
            them = next((g for g in reversed(people.mentions) if
                         g.police is True and g.plural and g.det == "number" and
                         g.sent in (group.sent, group.sent - 1) and g.end <= j and self._small_group(people, g)),
                        None)  # not "Nine of them" of a tally
        if not (j >= lo and doc[j + 1].lower_ == "of" and is_number(doc[j]) and group.plural and
                (group.police is True and doc[lead].lower_ in _PARTITIVE_LEADS or them)):
            return None
        if j > lo and not (doc[j - 1].is_punct or doc[j - 1].lower_ in _CLAUSE_OPENERS or
                           doc[j - 1].lower_ in self.w["speaker_verbs"]):  # "The force said one of its officers"
            return None
        made = people.__dict__.setdefault("_partitives", {})  # the same words are one mention for every rule
        if (j, group.end) in made:  # that reads them, or two readings look like two groups ("They ... all")
            return made[(j, group.end)]
        count = parse_number(doc[j].text.replace(",", "").lower())
        text = doc[j:group.end].text
        if them is not None:
            text = f"{text} ({as_written(people, them)})"  # "Two of them (three deputies)": the group it is counted from
        m = Mention(j, group.end, "generic" if count != 1 else "desc", text, head=group.head, police=True, plural=count != 1,
                    count=count, det="number", elliptic=True)
        m.sent, m.lead = people.sent_of[j], j
        made[(j, group.end)] = m
        return m
