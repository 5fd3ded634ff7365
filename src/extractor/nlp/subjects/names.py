"""Names of people: a capitalised run of two to four words ("David Carrick"), a surname
seen before, a name a release prints in capitals ("JOHN R. MATTHEWS, 41,"), a name opened by
initials ("T.J. Walsh") or holding a quoted nickname ('Robert "Bobby" Delgado'). A mixin of
People (through MentionFinder)."""

from __future__ import annotations

from itertools import compress
from operator import itemgetter
from typing import Optional

from spacy.tokens import Token

from ...rulefiles import word_set
from .mention import _CAPS_WORD, _DOTTED_INITIALS, _FUNCTION_WORDS, _INITIALS, _INITIALS_DOT, _NAME_WORD, Mention, surname
from .mention import _NAME_SUFFIXES as _SUFFIXES  # one list for a name and its surname


# words of name_stop (months, "bill") that are first names after a rank: "Sergeant Bill Cole"
_MONTH_NAMES = word_set("reference_words.json", "month_first_names")


class NameFinder:
    """Needs self.doc, self.w, self.texts, self.lowers, self.covered, self.mentions, self.sent_end,
    self.sent_start and self._add (MentionFinder)."""

    def _name_token(self, tok: Token, titled: bool = False) -> bool:
        text = tok.text
        if titled and _INITIALS_DOT.fullmatch(text) and text.rstrip(".") not in self.w["titles_upper"]:
            return True  # "Officer B", "PC SR"
        if titled and tok.lower_ in _MONTH_NAMES and tok.is_title and tok.i + 1 < len(self.doc):
            nxt = self.doc[tok.i + 1]  # "Inspector April Casburn", "Officer May Chen": a first name after a rank
            return bool(_NAME_WORD.fullmatch(nxt.text)) and nxt.lower_ not in self.w["name_stop"]
        if not text or tok.lower_ in self.w["name_stop"] or titled and tok.lower_ in self.w["nonpolice_heads"]:
            return False  # "Times Staff Writer": a job after a role word, not a name
        if _INITIALS.fullmatch(text):
            return text not in ("I", "UK", "US", "EU", "CPS", "PNC", "IT", "TV")
        return bool(_NAME_WORD.fullmatch(text))

    def _name_run(self, i: int, limit: int = 4, titled: bool = False) -> int:
        """End (exclusive) of the capitalised name starting at token i."""
        j = i
        end = self.sent_end(i)
        while j < end and j - i < limit and (self._name_token(self.doc[j], titled) or self._middle_initial(j, i, end)):
            j += 1
            if j + 1 < end and self.texts[j] == "-" and not self.doc[j - 1].whitespace_ and \
                    not self.doc[j].whitespace_ and _NAME_WORD.fullmatch(self.texts[j + 1]):
                j += 2  # "Wilkes-Harper", "McCarthy-Lynch": a double-barrelled surname the tokenizer split
                limit += 2
            if j > i and self._nickname(j, end):
                j += 3  # 'Robert "Bobby" Delgado': a nickname in quotes inside the name
                limit += 3
        return j

    def _nickname(self, j: int, end: int) -> bool:
        """A nickname in quotes at token j, between two words of a name."""
        t = self.texts
        return j + 3 < end and t[j] in _QUOTES and t[j + 2] in _QUOTES and \
            self._name_token(self.doc[j + 1]) and self._name_token(self.doc[j + 3])

    def _middle_initial(self, j: int, i: int, end: int) -> bool:
        """'Richard G. Farnham', 'Christian R. Nollinger': an initial with its full stop
        inside a name, between two name words."""
        return j > i and j + 1 < end and len(self.texts[j]) == 2 and self.texts[j][0].isupper() \
            and self.texts[j][1] == "." and self._name_token(self.doc[j + 1])

    def _titled_names(self, i: int, end: int, plural: bool) -> tuple[int, list[tuple[int, int]]]:
        """The names after a rank or role at token i ("PC 2217 Gareth Lowe", "PCs A and B")."""
        doc, w = self.doc, self.w
        head = doc[i]
        titled = head.text in w["titles_upper"] or head.is_title or head.is_lower or \
            plural and head.text.endswith("s") and head.text[:-1] in w["titles_upper"]  # "PCs Ann Roe and Bo Lee"
        names: list[tuple[int, int]] = []
        if (head.text in w["titles_upper"] or head.is_title) and end + 1 < len(doc) and doc[end].is_digit \
                and len(doc[end].text) <= 6 and doc[end + 1].text[:1].isupper():
            end += 1  # a collar number: "PC 2217 Gareth Lowe"
        if head.text in w["titles_upper"] and end + 1 < len(doc) and doc[end].text == "." and not head.whitespace_ \
                and (self._name_token(doc[end + 1], True) or _DOTTED_INITIALS.fullmatch(doc[end + 1].text)) and self.sent_of[end + 1] == self.sent_of[i]:
            end += 1  # "Lt. Mark Dunn", "Sgt. Bob Lee": the title's full stop
        end = self._title_grades(i, end)
        if titled and end < len(doc) and self.sent_of[end] == self.sent_of[i] and self._initials_run(end):
            return end, [(end, self._initials_run(end))]  # "Cpl. T.J. Hollis III"
        if titled and end < len(doc) and self._name_token(doc[end], True) and doc[end].text[:1].isupper() \
                and self.sent_of[end] == self.sent_of[i]:
            j = end
            while True:
                k = self._name_run(j, titled=True)
                if k == j:
                    break
                names.append((j, k))
                if plural and k + 1 < len(doc) and doc[k].lower_ in ("and", ",") and self._name_token(doc[k + 1]):
                    j = k + 1
                    continue
                if plural and k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "and" and \
                        self._name_token(doc[k + 2]):
                    j = k + 2  # the serial comma: "Officers Dana Reyes, Mark Ortiz, and Paul Chen"
                    continue
                break
        return end, names

    def _title_grades(self, i: int, end: int) -> int:
        """Past the words that go on a title before a name ('Lt. Col. Dana Pruett', 'Trooper
        First Class Ann Roe', 'Det. Sgt. Aoife Lynch', 'Chief Deputy Ron Salas'), when a name follows."""
        doc, w = self.doc, self.w
        if not doc[i].text[:1].isupper():
            return end  # "his colleague Pc Rory Blake": a role noun, not a title the grade goes on
        k = end
        while k < len(doc) and k - end < 4 and self.sent_of[k] == self.sent_of[i] and \
                (doc[k].text in w["title_grades"] or doc[k].text in w["titles_upper"]):
            k += 1
            if k < len(doc) and doc[k].text == "." and not doc[k - 1].whitespace_:
                k += 1
        if k > end and k < len(doc) and self.sent_of[k] == self.sent_of[i] and doc[k].text[:1].isupper() and \
                (self._name_token(doc[k], True) or _DOTTED_INITIALS.fullmatch(doc[k].text)):
            return k
        return end

    def _find_bare_names(self) -> None:
        doc = self.doc
        known: dict[str, Mention] = {}
        named: dict[str, list[Mention]] = {}  # every full name of a surname, in the order written
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m.name:
                known[surname(m)] = m  # "O’Hara" is "O'Hara", "MATTHEWS" is "Matthews"
                named.setdefault(surname(m), []).append(m)
        n = len(doc)
        # only capitalised tokens can open a name: picked out by C-level maps instead of a Python
        # step at every token; ``after`` is where the last run read ended
        after = 0
        for i in compress(range(n), map(str.isupper, map(itemgetter(0), self.texts))):
            if i < after or i in self.covered:
                continue
            caps = self._capitals_run(i)
            j = caps or self._initials_run(i)
            caps_known = _CAPS_WORD.fullmatch(self.texts[i]) is not None and _key(doc[i].text) in known and \
                self.lowers[i] not in self.w["name_stop"]  # "RIZZO pleaded guilty": a release's capitals, named before
            if j is None and not self._name_token(doc[i]) and not caps_known:
                continue
            j = j or self._name_run(i)
            if j == i and caps_known:
                j = i + 1
            while j > i and any(t in self.covered for t in range(i, j)):
                j -= 1
            titled = j - i >= 3 and self.lowers[i] in self.w["nonpolice_heads"]
            if titled:
                i += 1  # "Inmate Luis Ortiz": a role written as a title opens the run
            length = sum(1 for t in range(i, j) if self.texts[t] not in _QUOTES)  # a nickname's quotes are no words
            prev = doc[i - 1] if i > 0 else None
            if self._outlet(i, j):
                after = j  # "... Resigns « CBS Detroit", "| WSB-TV", "- Irish Examiner": the site's name
                continue
            single_known = length == 1 and _key(doc[i].text) in known
            if j < n and doc[j].is_title and self.lowers[j] in self.w["institution_words"]:
                after = j + 1  # "the Mississippi State Penitentiary", "Thames Valley Police": a place or body
                continue
            if j - i >= 3 and self.lowers[j - 1] in self.w["institution_words"]:
                after = j  # "Coffee Creek Correctional Facility": the body's own word ends the run
                continue
            if (2 <= length <= 4 and not all(_INITIALS.fullmatch(doc[t].text) for t in range(i, j))) \
                    or single_known or caps is not None:
                text = doc[i:j].text
                m = Mention(i, j, "name", text, head="name", police=None, name=text)
                if prev is not None and (prev.lower_ in ("judge", "recorder", "justice", "baroness", "lord", "sir",
                                                        "dame", "mp", "councillor", "cllr", "dr", "professor") or
                                         prev.is_title and prev.lower_ in self.w["nonpolice_heads"]):
                    m.police = False  # "Inmate Luis Ortiz", "Victim Ann Hale": a role written as a title
                if single_known:
                    m.antecedent = _latest_before(named.get(_key(doc[i].text)), i) or known[_key(doc[i].text)]
                self._add(m)
                known.setdefault(surname(m), m)
                after = j
                continue
            after = max(j, i + 1)


    def _outlet(self, i: int, j: int) -> bool:
        """A name run after a page title's separator ('«', '|', or a spaced dash) that ends its
        line names the outlet, not a person."""
        if i == 0 or not (self.texts[i - 1] in _TITLE_SEPARATORS or self.texts[i - 1] in ("-", "–", "—") and
                          self.doc[i - 1].whitespace_ and i > 1 and self.doc[i - 2].whitespace_):
            return False
        end = self.sent_end(i)
        k = j
        while k < end and (self.doc[k].is_space or self.doc[k].is_title or self.doc[k].is_upper or
                           self.texts[k] in _TITLE_SEPARATORS or self.texts[k] in ("-", ".")):
            k += 1
        return k >= end and (k >= len(self.doc) or "\n" in self.doc[k - 1].text_with_ws or
                             self.doc[k - 1].is_space)

    def _capitals_run(self, i: int) -> Optional[int]:
        """End of a name printed in capitals, as a US Attorney's release prints a defendant:
        'JOHN R. MATTHEWS, 41,', 'KEVIN O'DELL, a former deputy,': two to four capitalised
        words (an initial with its full stop between them) set off by a comma, in a sentence
        that is not itself in capitals (a headline 'FORMER OFFICER JAILED')."""
        doc, texts = self.doc, self.texts
        if not _CAPS_WORD.fullmatch(texts[i]):
            return None  # most capitalised words ("Police", "Smith"): the run has no first word
        end = self.sent_end(i)
        j, words = i, 0
        while j < end and j - i < 6:
            t = texts[j]
            if _CAPS_WORD.fullmatch(t) and t.lower() not in self.w["name_stop"] and t.lower() not in _FUNCTION_WORDS \
                    and t.lower().rstrip(".") not in _SUFFIXES:
                words += 1
            elif not (j > i and (_DOTTED_INITIALS.fullmatch(t) and len(t) == 2 or t.lower().rstrip(".") in _SUFFIXES
                                 or t == "." and self.lowers[j - 1] in _SUFFIXES)):
                break
            j += 1
        # a defendant's particulars follow: ", 41,", ", of Attalla,", ", a former sergeant"; not a
        # dateline's place ("PORT CLEMENT, Ore. (AP) —")
        after = self.lowers[j + 1] if j + 1 < end else ""
        if not (2 <= words <= 4 and j < end and texts[j] == "," and (after.isdigit() or after in _PARTICULARS)):
            return None
        lo = self.sent_start(i)
        return j if any(doc[k].is_lower and doc[k].is_alpha for k in range(lo, end)) else None

    def _initials_run(self, i: int) -> Optional[int]:
        """End of a name opened by initials with their full stops ('T.J. Walsh', 'J.W. Ward');
        not a place written that way ('U.S. Attorney', 'N.C. trooper': models/subjects.json
        place_initials)."""
        t = self.texts[i]
        if not _DOTTED_INITIALS.fullmatch(t) or t in self.w["place_initials"] or i + 1 >= self.sent_end(i):
            return None
        if not self._name_token(self.doc[i + 1]):
            return None
        j = self._name_run(i + 1, limit=2)
        return j if j > i + 1 else None


# punctuation and the words that open a name's particulars are closed classes: kept in the code
_TITLE_SEPARATORS = frozenset({"«", "»", "|", "::"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
_PARTICULARS = frozenset({"a", "an", "the", "of", "aged", "age", "who", "formerly", "then"})


def _key(surname: str) -> str:
    return surname.replace("’", "'").lower()


def _latest_before(names: Optional[list], i: int) -> Optional[Mention]:
    """"Ferguson" after "officer William Ferguson" and before "his brother, Joseph Ferguson" is
    William: the full name written last before the surname, else the first written after it."""
    if not names:
        return None
    before = [m for m in names if m.start < i]
    return before[-1] if before else names[0]
