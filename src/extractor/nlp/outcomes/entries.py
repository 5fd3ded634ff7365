"""Entries of lists and notices: a line that opens on a person and their particulars, then a
colon or a dash, then what happened, often without a subject of its own and in several steps:

    - GARY L. MOFFAT, 47, of Benton, a former Benton police sergeant: pleaded guilty to
      official misconduct; sentenced to 60 days in jail.
    Officer Marcus Bell - terminated for untruthfulness.
    PC Owen Hale, Response, Bristol: gross misconduct proven; dismissed without notice.

Every verb after the head's colon or dash, and after each later semicolon, is the head
person's. The head is the line's first person, and its particulars only: an age, "of"
a town, a role, a rank or a body in capitals, a bracketed badge number. An entry of a
member of the public ("Kevin Blair, 22, of Oakdale: pleaded guilty") is no officer's and
is refused where the subject is checked. A mixin of OutcomeFinder (through AgentFinder)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ..subjects import Mention, People

# punctuation: what a layout is written with, not vocabulary
_MARKS = frozenset({":", "-", "–", "—"})  # what closes an entry's head
_BULLETS = frozenset({"-", "*", "•", "·", "–", "—"})
_NOTICE_WORDS = 16  # a notice's action line: "Certifications suspended for 90 days."
_HEAD_WORDS = 28  # the longest head read ("NAME, 47, of Town, a former Town County sheriff's deputy")


class EntryHeads:
    """Needs self.w (models/subjects.json)."""

    def _entry_head(self, doc: Doc, people: People, chain_start: int, lo: int) -> Optional[Mention]:
        """The person whose entry the verb at chain_start continues, or None."""
        if doc[chain_start].text == "|":
            return self._row_subject(doc, people, chain_start, lo)  # "| Deputy J. Morrow | ... | Sustained |"
        k = chain_start - 1 if doc[chain_start].text not in _MARKS and doc[chain_start].text != ";" else chain_start
        while k >= lo and doc[k].lower_ in self.w["adverbs"]:
            k -= 1  # "- terminated", ": later sentenced"
        if k >= lo and doc[k].text == ":" and k > lo and doc[k - 1].lower_ in self.w["notice_labels"]:
            return people.topic_before(k, self.topic_window)  # "Finding: Not proven" under the officer's entry
        if k < lo or chain_start - lo <= 5 and all(doc[j].is_title or doc[j].lower_ in ("and", "&")
                                                  for j in range(lo, chain_start)):
            return self._notice_head(doc, people, lo, chain_start)  # "Basic Corrections certification revoked.
        if doc[k].text not in _MARKS and doc[k].text != ";" and not _colon(doc[k].text):
            return None
        head = self._head_before(doc, people, k, lo) if doc[k].text != ";" else None
        if head is None and (doc[k].text == ";" or doc[k].text in _MARKS and _spaced(doc, k, lo)):
            k = self._entry_mark(doc, people, k, lo)  # "...: X; sentenced to Y", "...: A - proven - dismissed"
            head = self._head_before(doc, people, k, lo) if k is not None else None
        return head

    def _notice_head(self, doc: Doc, people: People, lo: int, at: int) -> Optional[Mention]:
        """'Kyle J. Barnes, Deputy Sheriff, Linn County Sheriff's Office. Certification revoked.':
        a short line with no person, opening on what was done (at token at, after at most a
        certificate's name in capitals), after a line that is an entry's head and nothing else."""
        sent = people.sent_of[lo]
        hi = people.sent_end(lo)
        if sent == 0 or hi - lo > _NOTICE_WORDS or any(at <= m.start < hi for m in people.mentions):
            return None
        plo, phi = people.sent_bounds[sent - 1]
        while plo < phi and doc[plo].is_space:
            plo += 1
        if plo + 1 < phi and doc[plo].lower_ in self.w["notice_labels"] and doc[plo + 1].text == ":":
            return people.topic_before(lo, self.topic_window)  # "Outcome: Would have been dismissed. Added to ..."
        while phi - 1 > plo and doc[phi - 1].is_space:
            phi -= 1
        if doc[phi - 1].text != ".":
            return None
        return self._head_before(doc, people, phi - 1, plo)

    def _row_subject(self, doc: Doc, people: People, bar: int, lo: int) -> Optional[Mention]:
        """'IA-26-004 | Deputy J. Morrow | Conduct unbecoming | Sustained | 3-day suspension': the
        person a row of a table of cases names (never the header row, which names no one), when the
        row or its table says it is an officer: a rank, or an agency cell of police words."""
        m = _row_person(doc, people, bar, lo)
        if m is None:
            return None
        if m.police is None:
            hi = people.sent_end(lo)
            cells = " ".join(t.lower_ for t in doc[m.end:hi])
            if not any(f in cells.split() for f in self.w["force_words"]):
                return None
            m.police = True  # "Dwayne T. Harper | Clayton County Police Department | Revoked"
        return m

    @staticmethod
    def _entry_mark(doc: Doc, people: People, k: int, lo: int) -> Optional[int]:
        """The colon or dash a run of steps joined by semicolons hangs from: each step opens on
        its verb, never on a subject of its own ('; his co-defendant was fined')."""
        j = k - 1
        while j > lo:
            t = doc[j].text
            if t == ";" or _colon(t) or t in _MARKS and _spaced(doc, j, lo):
                if people.starting_at(j + 1) is not None:
                    return None
                if _colon(t) or t != ";" and people.starting_at(lo) is not None and \
                        not any(doc[x].text == ":" for x in range(lo, j)):
                    return j  # the colon, or the first dash of a line with no colon ("Officer X - fired - ...")
            j -= 1
        return None

    def _head_before(self, doc: Doc, people: People, mark: int, lo: int) -> Optional[Mention]:
        """The line's first person when everything between it and the mark is its particulars."""
        if doc[mark].text in ("-", "–", "—") and not _spaced(doc, mark, lo):
            return None  # "off-duty", "Wilkes-Harper": a hyphen, not a dash
        start = lo
        while start < mark and (doc[start].text in _BULLETS or doc[start].is_space or
                                doc[start].like_num and start + 1 < mark and doc[start + 1].text in (".", ")")
                                or doc[start].text in (".", ")") and start > lo and doc[start - 1].like_num):
            start += 1
        if mark - start > _HEAD_WORDS:
            return None
        head = people.starting_at(start)
        if head is None or head.lead != start or head.plural or head.kind == "pron":
            return None
        police = head.police is True
        for m in people.mentions:
            if head.end <= m.start and m.end <= mark:
                if m.police is False or m.kind == "nonpolice":
                    return None  # "Jenna Ford, 28, of Benton, a cashier:"
                police = police or m.police is True and m.kind == "desc"
        if not police or not self._particulars(doc, people, head.end, mark):
            return None
        head.police = True  # its particulars say what it is: "Kyle J. Barnes, Deputy Sheriff, ..."
        return head

    def _particulars(self, doc: Doc, people: People, j: int, mark: int) -> bool:
        """Only particulars between the head and its mark: commas, an age, 'of' a place, a
        description or a rank and body in capitals, a bracketed badge ('(Badge 2231)'); no verb."""
        while j < mark:
            t = doc[j]
            m = people.starting_at(j)
            if m is not None and m.start == j:
                j = m.end
                continue
            low = t.lower_
            if t.is_punct or t.like_num or t.is_space or t.is_title or t.is_upper or \
                    low in ("of", "a", "an", "the", "aged", "age", "former", "badge", "no", "and", "'s", "’s"):
                j += 1
                continue
            if low in self.w["modifiers"] or low in self.w["role_heads"]:
                j += 1
                continue
            return False
        return True


def _row_person(doc: Doc, people: People, bar: int, lo: int) -> Optional[Mention]:
    """The officer a table row names in a cell of its own, left of the cell at the bar."""
    for m in people.mentions:
        if lo <= m.lead < bar and (m.lead == lo or doc[m.lead - 1].text == "|") and not m.plural and \
                m.kind in ("name", "desc") and m.police is not False:
            return m
    return None


def _colon(t: str) -> bool:
    """A colon, alone or glued to a bracket the tokenizer kept with it ('(Gateshead):')."""
    return t == ":" or len(t) == 2 and t[1] == ":" and t[0] in ")]\"'”’"


def _spaced(doc: Doc, j: int, lo: int) -> bool:
    """A dash set off by spaces inside the line ('Officer X - terminated'), not a hyphen or a bullet."""
    return j > lo and bool(doc[j].whitespace_) and bool(doc[j - 1].whitespace_)


class Inverted:
    """'Placed on administrative leave Friday was Deputy Ana Torres', 'Arrested on Friday and
    charged with stalking was Lt. Carla Munoz', 'Sentenced to 14 months was former PC Gareth
    Lloyd': a participle phrase fronted before 'was' / 'were', its subject after them."""

    def _entry_subjects(self, doc: Doc, people: People, rule, start: int, end: int, chain: list, lo: int,
                        hi: int, why: list) -> Optional[list[Mention]]:
        """The person of an entry rule ('| Sustained |', '; written warning'), of a fronted
        participle, or of a list entry's bare participle ('Officer X (Badge 2231) - Terminated.');
        None when the words are none of these."""
        if doc[start].text in ("|", ":", ";", "-", "–", "—"):
            head = self._entry_head(doc, people, start, lo)
            why.extend([] if head is not None else ["no entry's person"])
            return [head] if head is not None else []
        inverted = None if chain else self._inverted_subject(doc, people, start, end, lo, hi)
        if inverted:
            return inverted
        if not chain and rule.subject != "agent" and not (end < hi and people.starting_at(end) is not None):
            head = self._entry_head(doc, people, start, lo)
            if head is not None:
                return [head]
        return None

    def _inverted_subject(self, doc: Doc, people: People, start: int, end: int, lo: int,
                          hi: int) -> Optional[list[Mention]]:
        first = lo
        while first < start and (doc[first].lower_ in ("also", "and", "too") or doc[first].text == ","):
            first += 1
        if first != start or not doc[start].is_title or not doc[start].lower_.endswith(("ed", "en")):
            return None
        for j in range(end, min(hi - 1, end + 14)):
            t = doc[j].lower_
            if t in (";", ":") or t in self.w["clause_breaks"]:
                return None
            if t in ("was", "were"):
                m = people.starting_at(j + 1)
                if m is None or m.lead != j + 1 or m.kind == "pron":
                    return None
                return [m]
            if t in self.w["aux"] or t in self.w["relative_pronouns"]:
                return None
        return None
