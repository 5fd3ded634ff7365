"""The story's one officer, named late: US and Irish copy often opens on an unnamed officer
("A former Lakeview police officer who stole cash ... was sentenced on Monday") and then
introduces the person by name and age, without a rank:

    "According to the indictment, Travis Noble, 33, punched the man"   (the sentence's subject)
    "Circuit Judge Amy Roth ordered Dana Pruitt, 41, to repay $6,000"  (the object of a court's order)
    "Declan Furey, aged 44, of Swords, was charged"                     (Irish court style)

English introduces a new person this way: the full name, then the age in apposition. When
the article's first person who is police is an unnamed officer and no named officer came
before, that new person is the officer the story is about. Refused: a name apposed to a
role that is not police ("The victim, Sam Lowry, 24,"), a name after a verb that is not a
court's ("Officers arrested Mark Dean, 28,"), and the object of a court's verb when another
person who is not police was brought in before it, indefinitely ("An officer shot a man ... Judge Kent
sentenced Paul Young, 30,": Young may be that man).
"""

from __future__ import annotations

from ..subjects import Mention
from ..subjects.mention import surname as _surname


def _has_age(doc, j: int, age_words) -> bool:
    """', 41,' / ', aged 29,' / ' (51)' right after a name ending at token j."""
    n = len(doc)
    if j + 2 < n and doc[j].text == "(" and doc[j + 1].like_num and doc[j + 2].text == ")":
        return True
    if not (j + 1 < n and doc[j].text == ","):
        return False
    k = j + 1
    if doc[k].lower_ in age_words:
        k += 1
    return k + 1 < n and doc[k].like_num and doc[k + 1].text in (",", ".", ")") and len(doc[k].text) <= 2


def names_protagonist(people, name: Mention, w: dict) -> bool:
    """True when the name is the unnamed officer of the article's lede, introduced."""
    doc, surname = people.doc, _surname(name)
    ms = people.mentions
    first = next((m for m in ms if m.kind == "name" and _surname(m) == surname), None)
    lede = next((m for m in ms if m.police is True), None)
    if first is None or lede is None or not surname:
        return False
    if lede.kind not in ("desc", "def") or lede.plural or lede.name or lede.sent >= first.sent:
        return False
    if harmed(people, lede.sent, w):
        return False  # "A Garda was injured during the arrest. Keith Moran (24) was charged"
    speakers = {_surname(m) for m in ms if m.kind == "name" and m.speaker}  # the sheriff who announces it
    if any(m.kind == "name" and m.police is True and m.start < first.start and _surname(m) not in speakers for m in ms):
        return False  # a named officer came first: the story's officer is named already
    if not _has_age(doc, first.end, w.get("age_words", ())):
        return False
    lead = first.lead
    if lead >= 2 and doc[lead - 1].text == "," and (any(
            m.end == lead - 1 and (m.kind == "nonpolice" or m.police is False) for m in ms) or
            doc[lead - 2].lower_ in w.get("relatives", ())):
        return False  # "The victim, Sam Lowry, 24,", "the sergeant's son, Liam Ward,": who the victim or son is
    k = lead - 1
    while k > people.sent_start(lead) and doc[k].lower_ in w.get("adverbs", ()):
        k -= 1  # "Judge Ben Ray also ordered Nicole Vance, 35,"
    prev = doc[k].lower_ if k >= people.sent_start(lead) else ""
    if prev in ("", ",", "that") or prev in w.get("speaker_verbs", ()):
        return True  # the subject of its clause: "Prosecutors said Lena Ortiz, 29, falsified"
    if prev not in w.get("protagonist_verbs", ()):
        return False
    return not any(lede.end <= m.start < first.start and m.kind == "nonpolice" and m.det == "indef" and not m.name
                   and not m.speaker and m.head not in w.get("court_people", ()) and not _offence_clause(people, m, w)
                   for m in ms)  # "a man" is a new person; "the judge", "a Hennepin County judge" are roles


def _offence_clause(people, victim: Mention, w: dict) -> bool:
    """'A former Lakeview officer who beat a handcuffed man will serve 90 days': the person is
    inside the relative clause of an unnamed officer, which describes the offence, in a
    sentence about the officer's case in court; the victim, not a new defendant."""
    doc = people.doc
    officer = next((d for d in people.mentions if d.sent == victim.sent and d.end < victim.start and d.police is True
                    and not d.plural and not d.name and d.end < len(doc) and doc[d.end].lower_ in ("who", "that")),
                   None)
    if officer is None:
        return False
    lo, hi = people.sent_bounds[victim.sent]
    steps = set(w.get("group_lede_verbs", ())) | set(w.get("court_context", ())) | {"serve", "sentence", "prison",
                                                                                  "probation"}
    return any(doc[j].lower_ in steps for j in range(officer.end, hi))


def names_opening_description(people, name: Mention) -> bool:
    """'A second officer charged in the case, Kendrick Moore, pled no contest': a name set off
    by commas after a sentence that opens on an unnamed officer and its own clause, with no
    other person between them, says who that officer is ('The officer who stopped the man,
    Tom Reid,' names no officer: the man stands between; nor does 'The sergeant's son, Liam Ward,')."""
    doc, surname = people.doc, _surname(name)
    first = next((m for m in people.mentions if m.kind == "name" and _surname(m) == surname), None)
    if first is None or first.lead < 2 or doc[first.lead - 1].text != ",":
        return False
    if not (first.end < len(doc) and doc[first.end].text == ","):
        return False
    start = people.sent_start(first.lead)
    before = [m for m in people.mentions if start <= m.start < first.start]
    if len(before) != 1:
        return False
    d = before[0]
    return d.lead == start and d.police is True and not d.plural and not d.name and d.kind in ("desc", "def") \
        and not d.owner \
        and not any(doc[j].text in (";", ":", ",") for j in range(d.end, first.lead - 1))


def names_unnamed_officer(people, name: Mention, w: dict) -> bool:
    """'A South Carolina trooper who fired his weapon during a chase no longer works for the
    patrol. WCSC-TV reports J.W. Ward was fired Friday.': a new full name, the subject of its
    clause, in the sentence right after an unnamed officer (or the one after that), with no
    other person between them, is that officer, age or none. Refused: a named officer came
    first (the story's officer is named already), or someone else stands between ('A deputy
    shot a man. John Hale was taken to hospital': Hale may be the man)."""
    doc, surname = people.doc, _surname(name)
    ms = people.mentions
    first = next((m for m in ms if m.kind == "name" and _surname(m) == surname), None)
    if first is None or not surname or len((first.name or first.text).split()) < 2 or first.police is False:
        return False
    speakers = {_surname(m) for m in ms if m.kind == "name" and m.speaker}  # the sheriff who announces it
    if any(m.kind == "name" and m.police is True and m.start < first.start and _surname(m) not in speakers for m in ms):
        return False
    before = [m for m in ms if m.end <= first.start and first.sent - m.sent <= 2 and not m.speaker]
    officer = next((m for m in reversed(before) if m.police is True and not m.plural and not m.name and
                    m.kind in ("desc", "def")), None)
    if officer is None or officer.sent == first.sent or officer.owner or harmed(people, officer.sent, w):
        return False
    if any(officer.end <= m.start and m is not officer and (m.kind in ("nonpolice", "name", "desc", "def") or
                                                            m.plural) and not _bystander(m, w)
           and not _accused_of(people, officer, m) for m in before):
        return False
    lo = people.sent_start(first.lead)
    k = first.lead - 1
    prev = doc[k].lower_ if k >= lo else ""
    source = people.ending_at(k - 1) if prev == "," else None  # "According to Sheriff X, Y was arrested"
    if source is not None and source.speaker and source.lead - 2 >= lo and doc[source.lead - 2].lower_ == "according":
        return True
    return prev in ("", "that") or prev in w.get("speaker_verbs", ())


def _accused_of(people, officer: Mention, m: Mention) -> bool:
    """'A county jailer is accused of abusing an inmate': an unnamed person inside what the
    officer is accused of, in the officer's own sentence, is the offence's, not a new actor."""
    doc = people.doc
    return m.sent == officer.sent and m.kind == "nonpolice" and m.det == "indef" and any(
        doc[j].lower_ in _ACCUSED for j in range(officer.end, m.start))


_ACCUSED = ("accused", "suspected", "alleged", "charged", "arrested")


def _bystander(m: Mention, w: dict) -> bool:
    """A mention that brings in nobody: a reporter's or an outlet's name, a court's people."""
    return m.head in w.get("court_people", ()) or m.kind == "pron" or m.kind == "name" and m.police is None and \
        m.text.split()[-1].lower() in w.get("institution_words", ())


def harmed(people, sent: int, w: dict) -> bool:
    """The sentence says someone was harmed ('A Garda was injured during the arrest', 'a deputy
    was shot'): an officer it opens on is the victim, and the next new name may be the attacker."""
    doc = people.doc
    lo, hi = people.sent_bounds[sent]
    words = w.get("officer_harmed", ())
    return any(doc[j].lower_ in words and (doc[j - 1].lower_ in ("was", "were", "been", "being", "got") or
                                          doc[j].lower_ in ("injured", "hurt", "wounded"))
               for j in range(lo + 1, hi))


def names_story_surname(people, name: Mention, w: dict) -> bool:
    """'A Connecticut State Trooper was involved in an off-duty crash ... McDonald was
    arrested': the story's one bare surname (subjects/surnames.py) is the unnamed officer the
    article opens on, when no named officer came before it and the lede is no victim."""
    if not name.bare:
        return False
    ms = people.mentions
    first = next((m for m in ms if m.bare), None)
    lede = next((m for m in ms if m.police is True), None)
    if first is None or lede is None or lede.kind not in ("desc", "def") or lede.plural or lede.name or \
            lede.start > first.start or harmed(people, lede.sent, w):
        return False
    if any(m.kind == "name" and m.police is True and m.start < first.start and not m.speaker for m in ms):
        return False  # a named officer came first: the story's officer is named already
    return not any(lede.end <= m.start < first.start and (m.kind in ("nonpolice", "name", "desc", "def") or m.plural)
                   and m.police is not True and not m.speaker and not _bystander(m, w) and not _accused_of(people, lede, m) for m in ms)
    # someone else between the lede and the surname ("A deputy shot a man. ... Harlow"): Harlow may be the man
