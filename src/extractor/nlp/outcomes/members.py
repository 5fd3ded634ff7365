"""Defendants listed by name after their group: US wire, DOJ and court copy states an
outcome of a group of officers and then names its members one by one, without a rank:

    "Two of the 18 Detroit officers pleaded guilty Tuesday. Troy Bradley, 36, of Detroit,
     pleaded guilty to a felony, while Nicole Rich, 25, pleaded guilty to a misdemeanor."
    "Three former correctional officers were sentenced today. Mark Sharp, 33, received 73
     months. Matthew Butler, 29, received two years probation."
    "Three former Merseyside constables have been jailed. Gary Platt, 41, of Bootle, ..."

English introduces each new person this way: the full name, the age in apposition (", 36,",
", aged 36,", " (36)"), as the subject of its clause. When an outcome of a group of officers
was stated in this or the few sentences before, and no other person who is not police was
brought in since (an inmate, a man, a driver), the name is one of that group. Refused: a
name apposed to a role that is not police ("The driver, Carl Hays, 41,"), a name that
follows any other verb ("Officers arrested Ray Dunn, 28,"), and a name after "a man" or
"a woman" the officers acted on ("Two deputies were fired after they beat a man. Ray Dunn,
28, was charged"); a person brought in as the object of a noun or a gerund ("the beating
of an inmate", "for abusing an inmate") describes the offence and does not count.
"""

from __future__ import annotations

from ..subjects import Mention
from ..subjects.mention import surname as _surname
from .protagonist import _has_age


def names_group_member(people, name: Mention, found: list, w: dict) -> bool:
    """True when the name is a member, introduced, of a group of officers whose outcome the
    article has just stated."""
    doc, surname = people.doc, _surname(name)
    ms = people.mentions
    first = next((m for m in ms if m.kind == "name" and _surname(m) == surname), None)
    if first is None or not surname or len((first.name or first.text).split()) < 2:
        return False
    if not _has_age(doc, first.end, w.get("age_words", ())) or not _opens_clause(people, first, w):
        return False
    group = _group_outcome_before(people, first, found, w)
    if group is None:
        return False
    return not any(group.end <= m.start < first.start and _new_nonpolice(doc, people, m) for m in ms)


def _opens_clause(people, m: Mention, w: dict) -> bool:
    """The name stands as its clause's subject: first in its sentence, or after a list word
    (',', ';', 'and', 'while', 'that') or a reporting verb ('prosecutors said'); or as the
    object of a court's verb (models/subjects.json protagonist_verbs: 'the judge sentenced X, 41,')."""
    doc, lead = people.doc, m.lead
    lo = people.sent_start(lead)
    if lead == lo or doc[lead - 1].text in ("-", "•", "*", "–", "—") and (lead - 1 == lo or doc[lead - 2].is_space):
        return True  # a list item: "- Aaron Tate, 31, was charged with ..."
    prev = doc[lead - 1].lower_
    if prev == "," and lead - 2 >= lo and (any(p.end == lead - 1 and (p.kind == "nonpolice" or p.police is False)
                                               for p in people.mentions) or doc[lead - 2].lower_ in w["relatives"]):
        return False  # "The driver, Carl Hays, 41,", "his son, Liam Ward,": who the driver or son is
    return prev in w.get("group_member_links", ()) or prev in w.get("speaker_verbs", ()) or \
        prev in w.get("protagonist_verbs", ())  # "Judge Amy Cole sentenced DARRYL K. MINTZ, 41, to 63 months"


def _group_outcome_before(people, first: Mention, found: list, w: dict):
    """The group of officers whose outcome was stated in this or the few sentences before."""
    back = w["group_outcome"].get("group_back", 4)
    for f in reversed(found):
        p = f.person
        if p is None or f.sent > first.sent or first.sent - f.sent > back or f.trigger >= first.start:
            continue
        if p.plural and p.police is True and not p.members:
            return p
    return _group_lede(people, first, w, back)


def _group_lede(people, first: Mention, w: dict, back: int):
    """'Three former correctional officers were sentenced today': a counted group of officers
    opening a sentence that states one of the group's steps (models/subjects.json
    group_lede_verbs), when no outcome was read from it (a sentencing without a term)."""
    doc, verbs = people.doc, w.get("group_lede_verbs", ())
    for g in people.mentions:
        if g.start >= first.start or first.sent - g.sent > back or not (g.plural and g.police is True):
            continue
        lo, hi = people.sent_bounds[g.sent]
        opens = g.lead == lo or doc[g.lead - 1].text in ("-", "–", "—")  # after a dateline: "BIRMINGHAM, Ala. - Two ..."
        if g.kind == "generic" and g.det == "number" and opens and (g.count or 0) >= 2 and \
                any(doc[j].lower_ in verbs for j in range(g.end, hi)):
            return g
    return None


def _new_nonpolice(doc, people, m: Mention) -> bool:
    """Another person brought in who is not police: 'a man', 'an inmate', 'two women', a name
    the article says is not police; not a plural of the offence ('the rights of suspects'),
    nor the object of a noun or a gerund ('the beating of an inmate', 'abusing an inmate')."""
    if m.speaker or not (m.kind == "nonpolice" or m.kind == "name" and m.police is False):
        return False
    if m.plural and m.det != "number" or m.head in people.w["court_people"]:
        return False  # "the rights of suspects", "the judge"
    before = doc[m.lead - 1].lower_ if m.lead > 0 else ""
    if m.kind == "name" and before in people.w["court_people"]:
        return False  # "District Judge James Brady"
    return not (before == "of" or before.endswith("ing"))
