"""People named together under one verb are one Outcome of the group. A mixin of OutcomeFinder.

SPEC counts an outcome stated for a few people in one event as one Outcome whose subject
is the group as written. English names such a group three ways, and all three are read
the same way here:

    counted     "Two deputies were fired"                   -> "Two deputies"
    anaphoric   "PC A and PC B ... They were dismissed"     -> "PC A and PC B"
    named       "PC A and PC B were dismissed"              -> "PC A and PC B"
                "Deputies Cole, Ruiz and Park were indicted" -> "Deputies Cole, Ruiz and Park"
                "The chief placed Reynolds and Gravely on leave"

Each match is first read person by person (subject.py; a later "they" or "both men" finds
its people that way); this pass then joins the outcomes one match states for several
people into one, the subject naming them in the order written.

Not joined: a distributive word says each had an outcome of their own ("A and B **each**
received a year", "were sentenced to four and six years **respectively**"), and a noun
with "of" names separate outcomes ("the **convictions of** A and B").
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..subjects import Mention, People, words
from .found import Found


class TogetherOutcomes:
    """Needs self.w (models/subjects.json)."""

    def _merge_together(self, doc: Doc, people: People, found: list[Found]) -> list[Found]:
        by_match: dict[tuple, list[Found]] = {}
        for f in found:
            by_match.setdefault((f.rule.id, f.trigger, f.trigger_end, f.outcome), []).append(f)
        out: list[Found] = []
        done: set[int] = set()
        for f in found:
            if id(f) in done:
                continue
            group = by_match[(f.rule.id, f.trigger, f.trigger_end, f.outcome)]
            done.update(id(g) for g in group)
            if len(group) < 2 or not self._joinable(doc, people, group):
                out.extend(group)
                continue
            out.append(self._joined(doc, group))
        return out

    def _joinable(self, doc: Doc, people: People, group: list[Found]) -> bool:
        if group[0].rule.subject == "of" or any(g.person is None for g in group) or \
                any(g.person.plural for g in group) and not _coordinated_counts(doc, [g.person for g in group]):
            return False
        if len({id(g.person) for g in group}) < len(group) or len({g.custodial for g in group}) > 1:
            return False
        lo, hi = people.sent_bounds[group[0].sent]
        distributive = self.w["group_outcome"]["distributive"]
        return not any(t.lower_ in distributive for t in doc[lo:hi])

    @staticmethod
    def _joined(doc: Doc, group: list[Found]) -> Found:
        members = sorted((g.person for g in group), key=lambda p: p.start)
        first = group[0]
        names = " and ".join(g.subject or "" for g in sorted(group, key=lambda g: g.person.start))
        if len(group) > 2:
            head = ", ".join(g.subject or "" for g in sorted(group, key=lambda g: g.person.start)[:-1])
            names = f"{head} and {sorted(group, key=lambda g: g.person.start)[-1].subject}"
        names = _shared_title(doc, members[0], group) + names
        if any(p.plural for p in members):  # "Ten detention officers and a deputy": the coordination as written
            names = doc[min(p.lead if 0 <= p.lead <= p.start else p.start for p in members):members[-1].end].text
        m = Mention(members[0].start, members[-1].end, "generic", names, head=members[-1].head, police=True,
                    plural=True, count=len(members), det="def")
        m.sent, m.lead, m.members = members[0].sent, members[0].lead, list(members)
        return Found(first.rule, first.outcome, min(g.start for g in group), max(g.end for g in group), names,
                     first.custodial, first.sent, first.trigger, first.trigger_end, m)


def _coordinated_counts(doc: Doc, members: list[Mention]) -> bool:
    """'Two serving officers and three former officers', 'Ten detention officers and a deputy',
    'A sergeant and two constables': a counted group of officers coordinated with other officers
    as one subject, only list words between them and 'and' before the last; the group and the
    others are one subject as written (SPEC), not one outcome each."""
    members = sorted(members, key=lambda p: p.start)
    if any(p.plural and not (p.det == "number" and p.count and p.police is True) for p in members):
        return False  # "the officers", "they": a plural that is no counted group of its own
    gaps = [[t.lower_ for t in doc[a.end:b.lead if 0 <= b.lead <= b.start else b.start]]
            for a, b in zip(members, members[1:])]
    return all(g and set(g) <= {",", "and"} for g in gaps) and gaps[-1][-1] == "and"


def _shared_title(doc: Doc, first: Mention, group: list[Found]) -> str:
    """'Deputies Cole, Ruiz and Park', 'Former officers Jo Moon and Al Vale': a plural
    title before the first name is every member's, and the group as written opens with
    it. The first member's mention holds the title's words (subjects/find.py) while its
    text is the name alone; '' when the first subject already says them."""
    subject = next((g.subject for g in group if g.person is first), None)
    if first.kind != "name" or subject != first.text:
        return ""
    k = next((k for k in range(first.start + 1, first.end) if doc[k:first.end].text == first.text), None)
    if k is None or any(t.is_punct for t in doc[first.start:k]) or not doc[k - 1].lower_.endswith("s") or \
            not (words()["role_plurals"] & {doc[k - 1].lower_} or doc[k - 1].text[:-1] in words()["titles_upper"]):
        return ""  # "a second deputy, Colby Rhea": a description apposed to one member, not the list's title
    return doc[first.start:k].text + " "
