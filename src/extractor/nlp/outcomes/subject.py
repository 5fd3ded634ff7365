"""Who a match is about: the subject for each kind of rule, groups ("the pair",
"both men"), and whether the person is a police officer. A mixin of OutcomeFinder."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ..subjects import Mention, People, is_number
from ..subjects.mention import as_written
from .agent import AgentFinder
from .counts import _PARTITIVE_LEADS
from .entries import Inverted
from .groups import GroupEvents
from .terms import SentencingTerms
from .together import TogetherOutcomes
from .context import _headline
from .found import _DETERMINERS
from .plural import PluralAnaphora
from .objects import ObjectSubjects
from .members import names_group_member
from .protagonist import names_opening_description, names_protagonist, names_story_surname, names_unnamed_officer
from .ruleset import OutcomeRule

_TIME_NOUNS = frozenset({"week", "month", "year", "morning", "afternoon", "evening", "weekend", "day"})

# the words after which a person is the object of a preposition, not of the outcome's verb
_LINKS = frozenset({"after", "over", "for", "following", "amid", "in", "as", "during", "pending", "on", "at", "from",
                    "with", "to", "into", "before", "despite", "since", "while", "under"})


class SubjectFinder(AgentFinder, Inverted, ObjectSubjects, PluralAnaphora, GroupEvents, TogetherOutcomes, SentencingTerms):
    """Needs self.w (models/subjects.json) and self.topic_window."""

    def _subjects(self, doc: Doc, people: People, rule: OutcomeRule, start: int, end: int, chain_start: int,
                  chain: list[str], lo: int, hi: int, why: list, found: list) -> list[Mention]:
        passive = any(t in ("was", "were", "been", "being", "is", "are", "be") for t in chain)
        entry = self._entry_subjects(doc, people, rule, start, end, chain, lo, hi, why)
        if entry is not None:
            return entry
        if rule.subject == "agent" and any(m.start <= start < m.end for m in people.mentions):
            why.append("inside a description")  # "a retired detective"
            return []
        obj = people.starting_at(end) if end < hi else None
        obj = obj or _group_opened_at(doc, people, end, hi)
        if obj is not None and (doc[end - 1].lower_ in _LINKS or doc[end].lower_ in _LINKS):
            obj = None  # "Jailer terminated after inmate assault", "Deputy Resigns Amid Probe": not the verb's object
        if obj is not None and not rule.active_object and end - 1 > start and doc[end - 1].lower_.endswith("ing"):
            obj = None  # "admitted assaulting a prisoner": the person is the offence's, not the verb's
        if rule.subject == "agent" and obj is not None and not passive:
            if not rule.active_object:
                why.append("attributive")
                return []
            if obj.kind == "pron" and ((chain_start > lo and doc[chain_start - 1].lower_ in ("who", "that")) or
                                       self._own_subject(doc, people, obj, chain_start, lo)):
                why.append("a person doing it to someone")  # "PC X arrested him"
                return []
            return [self._owned_apposed(doc, people, obj) or self._role_apposed(doc, people, obj) or obj]
        if rule.active_object and not passive and any(t in ("has", "have", "had", "having") for t in chain):
            why.append("active voice: the person did it")  # "people the officers had arrested"
            return []
        if rule.active_object and not passive:
            done_to = self._done_to(doc, people, start, end, lo, hi, why, found)
            if done_to is not None:
                return done_to
        if rule.active_object and not passive and end < hi and doc[end].lower_ in _DETERMINERS and \
                not (end + 2 < hi and doc[end + 1].lower_ in _TIME_NOUNS and (  # "suspended this week as ..."
                    doc[end + 2].lower_ in _LINKS or doc[end + 2].is_punct or doc[end + 2].lower_ in self.w["aux"])):
            why.append("done to a thing")  # "the inspector suspended the search"
            return []
        if rule.subject == "agent":
            return self._agent_subjects(doc, people, start, chain_start, chain, lo, why, found)
        if rule.subject == "patient":
            m = self._patient(doc, people, start, end, chain_start, lo, hi, why, found)
            return [m] if m is not None else []
        if rule.subject == "next":
            return self._next_subjects(doc, people, end, chain_start, lo, hi, why)
        if rule.subject == "within":  # "a since-fired officer": the words are a modifier inside the person's mention
            return [m for m in people.mentions if m.start <= start and end < m.end][:1]
        if rule.subject == "object":
            return self._object(doc, people, start, end, chain_start, chain, lo, hi, why, found)
        return self._of_list(doc, people, end, hi)

    def _next_subjects(self, doc: Doc, people: People, end: int, chain_start: int, lo: int, hi: int,
                       why: list) -> list[Mention]:
        """The people right after the words of a 'next' rule ('fired Deputy Al Fox')."""
        at = end + 1 if end + 1 < hi and doc[end].lower_ in ("all", "both") else end  # "fired all four officers"
        m, at = self._next_person(doc, people, at, hi)
        if m is not None and m.kind == "pron" and self._own_subject(doc, people, m, chain_start, lo):
            why.append("a person doing it to someone")  # "the deputy who fired him"
            return []
        if m is None or m.lead not in (at, end) and not (m.lead == at + 1 and doc[at].lower_ == "the"):
            return []  # "fired both deputies": "both" leads the mention; "fired the two deputies"
        m = self._owned_apposed(doc, people, m) or self._role_apposed(doc, people, m) or m
        out = [m]  # "fired Officers Ray Tate and Lee Park": every person of the list (together.py joins them)
        while len(out) < 6 and out[-1].end + 1 < hi and doc[out[-1].end].lower_ in ("and", ","):
            nxt = people.starting_at(out[-1].end + 1)
            if nxt is None or nxt.lead != out[-1].end + 1 or nxt.plural or nxt.kind == "pron":
                break
            out.append(nxt)
        return out if all(p.kind != "nonpolice" for p in out) or len(out) == 1 else out[:1]

    def _object(self, doc: Doc, people: People, start: int, end: int, chain_start: int, chain: list, lo: int,
                hi: int, why: list, found: list) -> list[Mention]:
        """The first person inside the match ('sentenced the constable to community service');
        one after 'by' is who acted ('was sentenced by (Judge) Ann Moss to ...'): the subject is
        then the passive's, left of the verb."""
        m = next((m for m in people.mentions if start < m.lead <= end + 1 and m.lead < hi), None)
        if m is not None and any(t.lower_ == "by" for t in doc[max(start, m.lead - 3):m.lead]):
            return self._agent_subjects(doc, people, start, chain_start, chain, lo, why, found)
        return [m] if m is not None else []

    def _agent_subjects(self, doc: Doc, people: People, start: int, chain_start: int, chain: list, lo: int,
                        why: list, found: list) -> list[Mention]:
        """The people left of the verb of an agent rule."""
        m = self._agent(doc, people, chain_start, lo, why)
        if m is None:
            return []
        if m.plural and _partitive_base(people, m):
            if not chain and m.end == start and doc[start].lower_ not in self.w["aux"] and not \
                    _main_verb(doc, start, people.sent_end(start)):
                why.append(f"the whole a part is counted from: '{m.text}'")  # "Two of the 18 officers facing charges"
                return []
            m = self._partitive(doc, people, m, lo) or m  # "Seven of the 12 officers ..., were suspended"
        head = self._object_relative_head(doc, people, m, start, lo)
        if head is not None:
            m = head  # "Two of the guards she supervised were fired": the guards, not she
        elif not chain and self._someone_elses(doc, people, m, start, lo, why):
            return []
        if m.head == "they" and not self._group(doc, people, m, found, people.sent_of[start]) \
                and self._plural_antecedent(doc, people, m) is None:
            m = self._singular_they(people, m) or m
        return self._conjuncts(doc, people, m, lo)

    def _done_to(self, doc: Doc, people: People, start: int, end: int, lo: int, hi: int, why: list,
                 found: list) -> Optional[list[Mention]]:
        """Who an active outcome verb was done to, when the words after it say so (None: they
        do not): 'fired one deputy and suspended seven others' (more officers, after an
        officer's outcome in the sentence; else no one, never the sheriff who acted), 'The
        officer who arrested Tully' (a name in running text: not the officer); 'acquitted the
        client, a police sergeant,' (the appositive says who)."""
        apposed = self._noun_apposed(doc, people, end, hi) if people.starting_at(end) is None else None
        if apposed is not None:
            return [apposed]
        if end + 1 < hi and doc[end + 1].lower_ in ("others", "more") and is_number(doc[end]):
            sent = people.sent_of[start]
            if any(f.sent == sent and f.person is not None and f.person.police for f in found):
                return [Mention(end, end + 2, "generic", doc[end:end + 2].text, head="others", police=True,
                                plural=True, count=None, det="number", sent=sent, lead=end, group=True)]
            why.append("done to others")
            return []
        if end < hi and doc[end].is_title and doc[end].is_alpha and \
                doc[end].lower_ not in self.w["not_modifiers"] and not _headline(doc, lo, hi):
            why.append("done to someone named")
            return []
        return None

    def _object_relative_head(self, doc: Doc, people: People, m: Mention, start: int, lo: int) -> Optional[Mention]:
        """'Two of the guards she supervised were fired': the agent found is the subject of an
        object relative clause (a person right before it, then only that clause's verb before
        the outcome's passive verb); the outcome is the head's."""
        head = people.by_end.get(m.lead - 1) if m.lead > lo else None
        if head is None or not (doc[start].lower_ in ("was", "were", "is", "are", "has", "have", "had") and
                                m.end + 1 == start and doc[m.end].is_lower and doc[m.end].is_alpha):
            return None
        return self._partitive(doc, people, head, lo) or head

    def _someone_elses(self, doc: Doc, people: People, m: Mention, start: int, lo: int, why: list) -> bool:
        """A verb with no auxiliary that is another person's: 'the driver, who was charged ...
        and booked' (a relative clause on someone else), 'sentenced the woman the officer
        arrested' (an object relative: she was arrested)."""
        if start > lo and doc[start - 1].lower_ == "and" and self._another_relative(doc, people, m, start):
            why.append("in another person's relative clause")
            return True
        before = people.by_end.get(m.lead - 1) if m.lead > lo else None
        if before is not None and not (m.kind == "pron" and m.antecedent is before):
            # an object relative's subject is never its head: "told him he was fired" is no relative
            why.append("object relative")
            return True
        return False

    @staticmethod
    def _another_relative(doc: Doc, people: People, m: Mention, start: int) -> bool:
        """'A trooper arrested the driver, who was charged with DUI and booked into the jail':
        between the agent and the verb, a relative clause opens on someone else."""
        for j in range(m.end + 1, start):
            if doc[j].lower_ in ("who", "whom"):
                k = j - 1 if doc[j - 1].text != "," else j - 2
                other = people.by_end.get(k)
                return other is not None and other is not m
        return False

    def _group(self, doc: Doc, people: People, m: Mention, found: list, sent: int) -> list[Mention]:
        """The people a plural anaphor stands for: 'PC A and PC B were dismissed. The panel
        found gross misconduct proven against both men, and they will be barred.' Only
        'they' / 'them', 'both (men|officers)', 'the pair' and 'the two/three ...', and only
        for the people of the latest outcome stated for several people at once in this or
        the two sentences before, with no other plural group of people in between."""
        if not m.plural:
            return []
        lead = doc[m.lead].lower_ if 0 <= m.lead < len(doc) else ""
        before = doc[m.lead - 1].lower_ if m.lead > 0 else ""
        size = None
        if m.kind == "generic" and m.head in ("they", "them") and m.end - m.start == 1:
            pass
        elif lead == "both":
            size = 2
        elif m.head in self.w["group_nouns"]:
            size = self.w["group_nouns"][m.head] if lead == "the" or before == "the" else None
            if size is None:
                return []
        elif m.det == "number" and m.count and before == "the":
            size = int(m.count)  # "the two officers"
        else:
            return []
        latest = None
        for f in reversed(found):
            if f.sent > sent or sent - f.sent > 2:
                continue
            members = [g.person for g in found if g.trigger == f.trigger and g.person is not None]
            if len({id(p) for p in members}) >= 2:
                latest = (f, members)
                break
        if latest is None:
            return []
        f, members = latest
        uniq = []
        for p in members:
            if all(p is not q for q in uniq):
                uniq.append(p)
        if size is not None and size != len(uniq):
            return []
        for other in people.mentions:
            if f.trigger_end <= other.start < m.start and other is not m and other.plural and \
                    other.kind in ("generic", "nonpolice") and other.head not in ("they", "them"):
                return []  # "Other officers in the group ... they": another group came between
        return uniq

    def _own_subject(self, doc: Doc, people: People, pron: Mention, chain_start: int, lo: int) -> bool:
        """An object pronoun resolved to the subject of its own verb: 'the deputy who fired
        him' is never the deputy firing himself."""
        agent = self._agent(doc, people, chain_start, lo, [])
        return agent is not None and (agent.resolved() or agent) is pron.resolved()

    @staticmethod
    def _singular_they(people: People, they: Mention) -> Optional[Mention]:
        """'had the officer still been serving, they would have been dismissed': 'they' for
        the one officer named earlier in its sentence, when no group is named there."""
        before = [p for p in people.mentions if p.sent == they.sent and p.start < they.start]
        if any(p.plural for p in before):
            return None
        officers = [p for p in before if p.kind in ("name", "desc", "def") and not p.speaker and
                    (p.resolved() or p).police is True]
        return officers[-1] if officers else None

    def _expand_groups(self, doc: Doc, people: People, subjects: list[Mention], found: list,
                       sent: int) -> list[Mention]:
        out: list[Mention] = []
        subjects = [_officers_among(people, m) or m for m in subjects]  # "five people, including three officers"
        for m in subjects:
            members = self._group(doc, people, m, found, sent)
            if not members:
                named = self._plural_antecedent(doc, people, m)  # "PC A and PC B ... They were arrested"
                if named is None:
                    named = self._definite_group(doc, people, m)  # "The other officers previously pleaded guilty"
                if named is None:
                    named = self._people_of_article(doc, people, m)  # "All three men were terminated"
                members = [named] if named is not None else self._parts_after_dash(doc, people, m)
            for p in members or [m]:
                if all((p.resolved() or p) is not (q.resolved() or q) for q in out):
                    out.append(p)
        if len(out) > 1 and any(self._group(doc, people, m, found, sent) for m in subjects):
            out = [p for p in out if not p.plural]  # "both men, and they": the group once
        return out

    def _validate(self, people: People, m: Mention, why: list, found: list, sent: int):
        """The subject's text, or False to refuse the outcome."""
        if m.members or m.group:
            return m.text  # a plural anaphor resolved to the people named together before it, a group as written

        if m.plural and self._small_group(people, m):
            return as_written(people, m)  # "Two deputies were fired", "the pair": one outcome of the group, as written (SPEC)
        if m.plural or m.kind == "generic":
            why.append(f"plural or generic subject '{m.text}'")
            return False
        if m.det == "number" and m.count not in (None, 1):
            why.append(f"counted subject '{m.text}'")
            return False
        r = m.resolved()
        if r is None:
            why.append(f"unresolved '{m.text}'")
            return False
        police = people.is_police(r)
        if police is None and r is not m:
            police = people.is_police(m)
        if police is False or r.kind == "nonpolice":
            why.append(f"not police: '{r.text}'")
            return False
        # a name reached through a pronoun is not the outcome's new name ("instructed partner Adam
        # Smith to defend the officer when he was accused ... following his arrest")
        if police is None and r.kind == "name" and (r is m and self._names_earlier_officer(people, r, found, sent) or
                                                    self._one_of_sentenced_group(people, r, sent) or
                                                    names_protagonist(people, r, self.w) or
                                                    names_group_member(people, r, found, self.w) or
                                                    names_unnamed_officer(people, r, self.w) or
                                                    names_opening_description(people, r) or
                                                    names_story_surname(people, r, self.w)):
            people.mark_officer(r)
            police = True
        if police is None:
            why.append(f"not known to be police: '{r.text}'")
            return False
        # "The 54-year-old man ... was arrested" (subjects/story_person.py): the officer as the clause describes him
        return m.text if m.kind == "nonpolice" else r.text

    @staticmethod
    def _names_earlier_officer(people: People, name: Mention, found: list, sent: int) -> bool:
        """'A Sussex officer has been jailed ... Daniel Price, 29, was sentenced to ...':
        a name that is the subject of an outcome just after an outcome of an unnamed
        officer names that officer, when the name is new in that sentence (a person the
        article named before, in another role, is not the officer being introduced)."""
        surname = (name.name or name.text).split()[-1]
        doc = people.doc
        if any(p.kind == "nonpolice" and p.end == name.lead - 1 and doc[p.end].text == "," for p in people.mentions):
            return False  # "The driver, Jamal Ortiz, 22, was arrested": the name says who the driver is
        if name.sent != sent or any(m.start < name.start and m.name and m.name.split()[-1] == surname and
                                    (m.speaker or m.owner or m.police is False or m.kind != "name" or
                                     m.lead != people.sent_bounds[m.sent][0])
                                    for m in people.mentions):
            return False  # named before in another role ('punching Leo Marsh'); a caption's subject is no role
        for f in reversed(found):
            if sent - f.sent > 2:
                break
            p = f.person
            if p is not None and p.kind in ("desc", "def") and p.police and not p.name and f.sent < sent:
                return True
        return False


def _main_verb(doc: Doc, start: int, hi: int) -> bool:
    """'Three of the four officers retired before ...': a past form with no finite verb after it
    in the sentence is the clause's own verb, not a modifier ('... officers charged were ...')."""
    return not doc[start].lower_.endswith("ing") and \
        not any(doc[j].lower_ in ("was", "were", "is", "are", "has", "have", "had") for j in range(start + 1, hi))


def _group_opened_at(doc: Doc, people: People, end: int, hi: int) -> Optional[Mention]:
    """'acquitted the four officers': the group a determiner right after the verb opens."""
    if not (end + 1 < hi and doc[end].lower_ in ("the", "all", "both")):
        return None
    return next((m for m in people.mentions if m.lead in (end, end + 1) and end < m.start <= end + 3
                 and m.plural and m.start < hi), None)


def _partitive_base(people: People, m: Mention) -> bool:
    """'Two of the 18 officers facing charges ...': m is the set a part is counted from."""
    doc, lead = people.doc, m.lead
    if lead < 2 or lead >= len(doc):
        return False
    if is_number(doc[lead]) and doc[lead - 1].lower_ in _PARTITIVE_LEADS:
        lead -= 1
    if doc[lead].lower_ not in _PARTITIVE_LEADS or lead < 2:
        return False
    return doc[lead - 1].lower_ == "of" and is_number(doc[lead - 2]) and people.sent_of[lead - 2] == m.sent


def _officers_among(people: People, m: Mention) -> Optional[Mention]:
    """'arrested five people, including three correctional officers', 'seven people, among
    them four detention officers': the officers counted inside a group of people."""
    doc = people.doc
    hi = people.sent_end(m.end - 1)
    comma = next((j for j in range(m.end, min(hi - 2, m.end + 5)) if doc[j].text == ","), None)  # "on Friday,"
    if not (m.plural and m.police is not True) or comma is None or \
            any(people.starting_at(j) is not None for j in range(m.end, comma)):
        return None
    j = comma + 1
    if doc[j].lower_ in ("including", "among"):
        j += 2 if doc[j].lower_ == "among" and doc[j + 1].lower_ in ("them", "whom") else 1
    else:
        return None
    g = people.starting_at(j) if j < len(doc) else None
    if g is None or g.lead != j or not g.plural or g.police is not True or g.det != "number" or \
            (g.count or 0) > (m.count or 0):
        return None
    out = Mention(g.start, g.end, "generic", doc[g.lead:g.end].text, head=g.head, police=True, plural=True,
                  count=g.count, det="number", group=True)  # one event's group: the outcome the people's
    out.sent, out.lead = g.sent, g.lead
    return out

