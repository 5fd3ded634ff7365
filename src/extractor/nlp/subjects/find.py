"""Finding person mentions: ranks and roles with their modifiers, titled and bare
names, pronouns, groups and people who are not police. A mixin of People."""

from __future__ import annotations

import re
from itertools import compress
from operator import or_
from typing import Optional

from spacy.tokens import Token

from ...normalise.numbers import parse_number
from .. import doc_text
from .mention import _FORCE_WORDS, _FUNCTION_WORDS, _VERBISH, Mention, _age_heads, _multiword_by_first, _start_words, is_number
from .names import NameFinder
from .surnames import StorySurnames

_PLACE_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # "U.S.", "N.C.": a place before a role, written as initials


class MentionFinder(NameFinder, StorySurnames):
    """How People finds its mentions; needs self.doc, self.w, self.lowers, self.texts,
    self.sent_of, self.covered, self.mentions."""

    def _is_role_head(self, tok: Token) -> bool:
        w = self.w
        low = tok.lower_
        if tok.text in w["titles_upper"]:
            return True
        written = w["abbreviations"].get(low)
        if written is not None:
            return tok.text.isupper() or tok.text.istitle() and written == "upper_or_title"
        if low in w["context_role_heads"]:
            return self._context_role(tok)
        return low in w["role_heads"] or low in w["role_plurals"] or low in w["role_heads_needing_police"]

    def _context_role(self, tok: Token) -> bool:
        """'member' in a Police Federation piece ('One member we represented was cleared'),
        but not 'member of the group', 'panel member' or 'family member'."""
        doc = self.doc
        cues = self.w["context_role_heads"][tok.lower_]
        if self._doc_lower is None:
            self._doc_lower = doc_text(doc).lower()
        if not any(c in self._doc_lower for c in cues):
            return False
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of":
            return False
        prev = doc[tok.i - 1].lower_ if tok.i > 0 else ""
        return not (prev.isalpha() and prev not in self.w["determiners_indefinite"] and
                    prev not in self.w["determiners_definite"] and prev not in self.w["determiners_possessive"]
                    and not is_number(doc[tok.i - 1]) and prev not in self.w["modifiers"])

    def _is_nonpolice_head(self, tok: Token) -> bool:
        return tok.lower_ in self.w["nonpolice_heads"] or tok.lower_ in self.w["nonpolice_plurals"]

    def _compound_start(self, j: int, lo: int) -> Optional[int]:
        """Where a hyphen compound written without spaces ends at token j begins ("31-year-old",
        "off-duty"); None for an outcome written as one ("ex-jailed")."""
        doc = self.doc
        k = j
        while k - 1 >= lo and not doc[k - 1].whitespace_ and (doc[k - 1].text == "-" or doc[k].text == "-"):
            k -= 1
        compound = doc[k:j + 1].text.lower()
        if any(x in compound for x in ("jailed", "sacked", "dismissed", "convicted")):
            return None
        return k

    def _modifier_start(self, head: int) -> tuple[int, str, Optional[float]]:
        """Walk left from a head over modifiers. Returns (first token, determiner kind, count)."""
        doc, w = self.doc, self.w
        lo = self.sent_start(head)
        j, first, steps = head - 1, head, 0
        while j >= lo and steps < 6:
            tok = doc[j]
            if j - 1 >= lo and (tok.text == "-" or doc[j - 1].text == "-") and not doc[j - 1].whitespace_:
                k = self._compound_start(j, lo)
                if k is None:
                    break
                first = k
                j = k - 1
                steps += 1
                continue
            skipped = self._skip_inner(j, lo, first)
            if skipped is not None:
                first, j = skipped  # not a step
                continue
            low = tok.lower_
            if (dozen := self._dozen(j, lo)) is not None:
                return dozen  # "two dozen correctional officers", "a dozen deputies": a counted group
            kind = "" if self._counted_other(j, lo) else self._determiner_kind(low)  # "two other deputies"
            if kind:
                return first, kind, None
            if re.fullmatch(r"(1[89]|20)\d\d", tok.text):
                break  # a year: "On 3 March 2020 PC X ..."
            if low not in w["modifiers"] and is_number(tok):
                return first, "number", parse_number(tok.text.replace(",", "").lower())
            if tok.text in ("'s", "’s") and j - 1 >= lo and doc[j - 1].lower_ in w["possessive_modifiers"]:
                first = j - 1  # "a sheriff's deputy": the office is part of the rank
                j -= 2
                steps += 1
                continue
            if tok.is_punct or tok.is_space or tok.text in ("'s", "’s") or low in w["not_modifiers"] \
                    or (low in w["verbs"] and low not in w["modifiers"]):
                break
            if low in w["modifiers"] or _PLACE_INITIALS.fullmatch(tok.text) and doc[head].is_lower:
                first = j  # "a former U.S. Border Patrol agent": a place written as initials
            elif low.endswith(("ed", "ing")) and tok.is_lower and j - 1 >= lo and self._adjective_lead(doc[j - 1]):
                first = j  # "a murdered PC", "the jailed officer", "the 19 indicted deputies": an adjective
            elif low.endswith("ly") and tok.is_lower and j - 1 >= lo and self._is_determiner(doc[j - 1].lower_) \
                    and doc[j + 1].lower_.endswith(("ed", "ing")):
                first = j  # "a recently retired Garda sergeant", "the newly promoted inspector"
            elif (tok.is_title or tok.is_upper) and tok.is_alpha and low not in _FUNCTION_WORDS and \
                    low not in w["speaker_verbs"] and not (tok.is_sent_start and low in w["name_stop"]
                                                            and low not in _FORCE_WORDS):
                first = j
            elif self._is_role_head(tok) and self._head_is_modifier(j):
                first = j  # "an Orange County deputy sheriff": a rank word that modifies the title after it
            elif tok.is_alpha and tok.is_lower and low not in _FUNCTION_WORDS and low not in w["aux"] \
                    and low not in w["speaker_verbs"] and low not in w["decision_verbs"] \
                    and low not in w["prepositions"] and low not in _VERBISH \
                    and not low.endswith(("ed", "ing", "ly")) and not self._is_role_head(tok):
                first = j
            else:
                break
            j -= 1
            steps += 1
        return first, "", None

    def _dozen(self, j: int, lo: int) -> Optional[tuple[int, str, Optional[float]]]:
        doc = self.doc
        if doc[j].lower_ == "dozen" and j - 1 >= lo and (is_number(doc[j - 1]) or doc[j - 1].lower_ == "a"):
            return j - 1, "number", parse_number(f"{doc[j - 1].lower_} dozen")
        return None

    def _adjective_lead(self, tok: Token) -> bool:
        """'the jailed officer', 'the 19 indicted deputies': a word before an -ed/-ing adjective."""
        return self._is_determiner(tok.lower_) or is_number(tok)

    def _is_determiner(self, low: str) -> bool:
        w = self.w
        return low in w["determiners_indefinite"] or low in w["determiners_definite"] or low in w["determiners_possessive"]

    def _counted_other(self, j: int, lo: int) -> bool:
        """'two other deputies', 'two more deputies', 'two further officers': the word after a
        count is a modifier; the count counts them."""
        doc = self.doc
        return doc[j].lower_ in ("other", "more", "further", "additional") and j - 1 >= lo and is_number(doc[j - 1]) and \
            not re.fullmatch(r"(1[89]|20)\d\d", doc[j - 1].text)

    def _determiner_kind(self, low: str) -> str:
        """'indef', 'def', 'poss' or 'generic' for a determiner (or a count word), else ''."""
        w = self.w
        for kind, lists in (("indef", ("determiners_indefinite",)), ("def", ("determiners_definite",)),
                            ("poss", ("determiners_possessive",)), ("generic", ("determiners_generic", "count_words"))):
            if any(low in w[name] for name in lists):
                return kind
        return ""

    def _skip_inner(self, j: int, lo: int, first: int) -> Optional[tuple[int, int]]:
        """(first, next j) past words inside a run of modifiers that would end the walk on
        their own: "or" / "and" between two service states ("six current or former deputies", "current and former officers"),
        "of" inside a capitalised name ("Police Service of Northern Ireland officers") and
        the name's acronym in brackets ("(PSNI)"), a city and its state between commas; None
        when token j is none of these."""
        doc = self.doc
        if j - 1 < lo or j + 1 >= len(doc):
            return None
        before, tok, after = doc[j - 1], doc[j], doc[j + 1]
        if tok.lower_ in ("or", "and") and before.lower_ in self.w["service_states"] and \
                after.lower_ in self.w["service_states"]:
            return j - 1, j - 2
        if tok.lower_ in ("of", "and") and before.is_title and after.is_title and \
                not (tok.lower_ == "and" and self._is_role_head(after)):  # not "Deputy Al Fox and Deputy Sam Bird"
            return j - 1, j - 2  # "Police Service of Northern Ireland officers", "Avon and Somerset officers"
        if tok.text == ")" and j - 2 >= lo and doc[j - 2].text == "(" and before.is_upper:
            return first, j - 3
        if tok.text == "," and before.text[:1].isupper() and before.text.rstrip(".").isalpha() and \
                j - 2 >= lo and doc[j - 2].text == ",":
            k = j - 3
            while k >= lo and doc[k].text[:1].isupper() and doc[k].text.rstrip(".").isalpha():
                k -= 1
            if lo <= k < j - 3 and self._is_determiner(doc[k].lower_):
                return k + 1, k  # "a Spokane, Wash., police officer": a city and its state, US wire style
        return None

    def _add(self, m: Mention) -> None:
        if any(t in self.covered for t in range(m.start, m.end)):
            return
        m.sent = self.sent_of[m.start]
        self.mentions.append(m)
        self.covered.update(range(m.start, m.end))

    def _find(self) -> None:
        doc, w = self.doc, self.w
        n = len(doc)
        found: list[Mention] = []
        titles_upper = w["titles_upper"]
        ages = _age_heads()
        after = 0  # where the last mention read ends; only tokens a test below can pass are visited
        for i in compress(range(n), map(or_, map(_start_words().__contains__, self.lowers),
                                        map(titles_upper.__contains__, self.texts))):
            if i < after:
                continue
            low = self.lowers[i]
            if low in ages:
                found.extend(self._age_noun(i))
                continue
            tok = doc[i]
            # multi-word roles: "member of staff", "staff member", "member of the public"
            multi = self._multiword(i)
            if multi:
                end, plural, police = multi
                first, det, count = self._modifier_start(i)
                text = doc[first:end].text
                kind = "desc" if police else "nonpolice"
                if plural or (det == "generic" and police):
                    kind = "generic"
                found.append(Mention(first, end, kind, text, head=doc[end - 1].lower_,
                                     police=police, plural=plural, count=count, det=det))
                after = end
                continue
            if self._is_role_head(tok) and not self._head_is_modifier(i):
                made = self._role_mentions(i)
                found.extend(made)
                after = max([i + 1] + [m.end for m in made])
                continue
            if low in w["court_role_heads"] and tok.is_lower or \
                    self._is_nonpolice_head(tok) and tok.is_lower and not self._head_is_modifier(i):
                found.append(self._nonpolice(i))
                continue
            if low in w["pronouns"] and tok.is_alpha:
                if low == "her" and i + 1 < n and doc[i + 1].is_alpha and doc[i + 1].lower_ not in w["prepositions"] \
                        and doc[i + 1].lower_ not in _FUNCTION_WORDS:
                    continue  # possessive "her partner"
                found.append(Mention(i, i + 1, "pron", tok.text, head=low, gender=w["pronouns"][low]))
                continue
            if low in w["plural_pronouns"] or low in w["generic_words"] or low in w["group_nouns"]:
                found.append(Mention(i, i + 1, "generic", tok.text, head=low, plural=True))
                continue
        for m in found:
            self._add(m)
        self._find_bare_names()
        self._find_story_surname()
        self._index_mentions()
        self._staff_named_before()

    def _age_noun(self, i: int) -> list[Mention]:
        """'The 62-year-old was jailed': an age as a noun, after 'the' and with no noun
        after it ('the 40-year-old man' is the man), stands for the person named before it."""
        doc, w, low = self.doc, self.w, self.lowers
        last = i - 1 if i > 0 and f"{low[i - 1]} {low[i]}" in w["age_nouns"] else i  # "the 15-year veteran"
        k = last
        while k > 0 and not doc[k - 1].whitespace_ and (low[k - 1] == "-" or low[k] == "-"):
            k -= 1  # back over the compound "62-year-old"
        compound = "".join(low[k + 1:last + 1]) + ("" if last == i else f" {low[i]}")
        k = i if k == last else k
        if k == i or compound.lstrip("-") not in w["age_nouns"] or not is_number(doc[k]) or \
                k == 0 or low[k - 1] != "the" or self.sent_of[k - 1] != self.sent_of[i]:
            return []
        j = i + 1
        if j < len(doc) and self.sent_of[j] == self.sent_of[i] and not doc[j].is_punct:
            nxt = low[j]
            if not (nxt in w["aux"] or nxt in w["relative_pronouns"] or nxt in w["prepositions"]
                    or nxt in w["adverbs"] or nxt == "and" or nxt.endswith("ed")):
                return []  # "the 40-year-old man", "the 19-year-old's car"
        return [Mention(k, i + 1, "pron", doc[k:i + 1].text, head="year-old", det="def")]

    def _index_mentions(self) -> None:
        """Mark owners ("Prothero's friend"), set each mention's lead, index by start and end."""
        doc, w = self.doc, self.w
        for m in self.mentions:
            if m.end < len(doc) and doc[m.end].text in ("'s", "’s", "'", "’"):
                m.det = m.det or "owner"  # "Prothero's friend": names the friend, not a subject
                m.owner = True
            lead = m.start
            if m.det and m.start > 0 and m.det != "" and self.sent_of[m.start - 1] == self.sent_of[m.start]:
                prev = doc[m.start - 1]
                if prev.lower_ in w["determiners_indefinite"] or prev.lower_ in w["determiners_definite"] or \
                        prev.lower_ in w["determiners_possessive"] or prev.lower_ in w["determiners_generic"] or \
                        prev.lower_ in w["count_words"] or is_number(prev):
                    lead = m.start - 1
            m.lead = lead
        self.mentions.sort(key=lambda m: m.start)
        for m in self.mentions:
            self.by_start[m.start] = m
            self.by_start.setdefault(m.lead, m)
            self.by_end[m.end - 1] = m

    def _multiword(self, i: int):
        multiword = _multiword_by_first()
        if self.lowers[i] not in multiword and self.lowers[i] not in ("member", "members"):
            return None
        low = self.lowers[i:i + 6]  # "member of an garda síochána": five words
        if low[:4] == ["member", "of", "the", "public"] or low[:4] == ["members", "of", "the", "public"]:
            return i + 4, low[0] == "members", False
        for parts, number in multiword.get(low[0], ()):
            if low[:len(parts)] == parts:
                return i + len(parts), number == "plural", True
        return None

    def _head_is_modifier(self, i: int) -> bool:
        """'officer' in 'police officer husband' or 'Detective' in 'Detective Sergeant'."""
        doc = self.doc
        if i + 1 >= len(doc) or doc[i].whitespace_ == "" and doc[i + 1].text not in ("-",) and doc[i + 1].is_alpha:
            return False
        nxt = doc[i + 1]
        if nxt.text in ("'s", "’s") and doc[i].lower_ in self.w["possessive_modifiers"] and i + 2 < len(doc) \
                and (self._is_role_head(doc[i + 2]) or doc[i + 2].lower_ in ("office", "department") and
                     i + 3 < len(doc) and self._is_role_head(doc[i + 3])):
            return True  # "sheriff" in "a sheriff's deputy", "a Monroe County Sheriff's Office deputy"
        if nxt.is_punct:
            return False
        if nxt.lower_ == "police" and i + 2 < len(doc) and \
                doc[i + 2].lower_ in self.w["rank_not_before"].get(doc[i].lower_, ()):
            return True  # "a deputy police chief": the title's first word, as in "a deputy chief"
        if nxt.lower_ == "of" and (self._police_of_place(i) or self._of_office_end(i) is not None):
            return False  # "the police chief of Trappe", "Chief of Department James Burke": one officer
        if nxt.lower_ in self.w["rank_not_before"].get(doc[i].lower_, ()):
            return not (doc[i].is_title and nxt.text in self.w["title_grades"] and
                        self._title_grades(i, i + 1) > i + 1)  # "Deputy First Class Kevin Marsh": a grade, a name
        if self._is_role_head(nxt) and nxt.text not in self.w["titles_upper"]:
            return True
        return self._is_nonpolice_head(nxt) and nxt.is_lower

    def _police_of_place(self, i: int) -> bool:
        """'the police chief of a small town': after a force word 'of' says where the officer serves
        (as in 'the sheriff of Marlow County'), not another trade's title ('chief of staff')."""
        return 0 < i and i + 2 < len(self.doc) and self.lowers[i + 1] == "of" and \
            self.lowers[i - 1] in self.w["force_words"]

    def _of_office_end(self, i: int) -> Optional[int]:
        """Where a police office written 'Chief of X' ends ('Chief of Department', 'Chief of
        Detectives': models/subjects.json of_offices), else None."""
        low = self.lowers
        if i + 2 < len(low) and low[i + 1] == "of" and f"{low[i]} of {low[i + 2]}" in self.w["of_offices"]:
            return i + 3
        return None

    def _role_mentions(self, i: int) -> list[Mention]:
        """The mention(s) around a rank/role head at token i."""
        doc, w = self.doc, self.w
        head = doc[i]
        low = head.lower_
        plural = low in w["role_plurals"] or low in ("pcs", "pcsos")
        first, det, count = self._modifier_start(i)
        end = self._of_office_end(i) or i + 1  # "Chief of Department James Burke": the office's words
        # "HM Inspector of Constabulary": an office, not a person we track
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_title and head.is_title \
                and not self._police_of_place(i):
            return [Mention(first, end + 2, "generic", doc[first:end + 2].text, head=low, police=None,
                            plural=True)]
        if head.is_title and end < len(doc) and doc[end].is_title and doc[end].lower_ in w["body_words"]:
            return [Mention(first, end + 1, "generic", doc[first:end + 1].text, head=low, police=None, plural=True)]
            # "the Peace Officer Standards and Training Board", "the Police Officers Association": a body
        end, names = self._titled_names(i, end, plural)
        # "voted to fire Officer Tess Lamb": the verb of an infinitive, not a fire officer
        verb = i > 1 and doc[i - 2].lower_ == "to" and doc[i - 1].is_lower and head.is_title
        first = i if verb and first == i - 1 else first
        modifiers = doc[first:i + 1]
        mods_low = modifiers.text.lower()
        if i > 0 and doc[i - 1].lower_ in w["nonpolice_role_modifiers"] and not plural and not verb:
            return [Mention(first, end, "nonpolice", doc[first:end].text, head=low, police=False, det=det)]
        needs_police = low in w["role_heads_needing_police"] or low in ("workers", "employees", "staff", "personnel")
        police: Optional[bool] = True
        # US corrections staff are law enforcement (SPEC): "Department of Correction employees"
        if needs_police and not re.search(r"\b(police|constabulary|force|met|staff|corrections?|correctional|jail|garda)\b",
                                          mods_low):
            police = None if low in ("staff", "personnel") or (det == "def" and not plural) else False
            police = True if self._employer_after(end) else police  # "employees of the Department of Correction"
        if names and plural:
            out = []
            for a, b in names:
                out.append(Mention(a, b, "name", doc[a:b].text, head=low.rstrip("s"), police=True,
                                   name=doc[a:b].text, det=det))
            out[0].start = first  # the role words belong to the first name's mention
            return out
        if names:
            a, b = names[0]
            text = doc[first:b].text.rstrip(".")
            return [Mention(first, b, "name", text, head=low, police=police, name=doc[a:b].text, det=det,
                            count=count)]
        kind = "desc"
        if det == "def":
            kind = "def"
        if plural or det == "generic" or (det == "number" and count is not None and count != 1) \
                or det == "poss" and plural:
            kind = "generic"
            plural = True
        if police is False:
            kind = "nonpolice"
        if kind == "desc" and det == "indef":
            end = self._place_after(end)  # "an officer in Hertfordshire": the place says which officer
        text = doc[first:end].text
        text = re.sub(r"^\d+\s+", "", text)
        return [Mention(first, end, kind, text, head=low, police=police, plural=plural, count=count, det=det)]

    def _place_after(self, end: int) -> int:
        """'an officer in Hertfordshire', 'a deputy in Marion County': a place written
        after an indefinite officer is part of how the article describes them (the first
        mention, which a later 'the officer' stands for). Not 'an officer in charge'."""
        doc = self.doc
        if not (end + 1 < len(doc) and self.lowers[end] == "in" and self.sent_of[end + 1] == self.sent_of[end]):
            return end
        k = end + 1
        while k < len(doc) and k - end <= 3 and doc[k].is_title and doc[k].is_alpha and \
                self.lowers[k] not in self.w["not_modifiers"] and self.sent_of[k] == self.sent_of[end]:
            k += 1
        return k if k > end + 1 else end

    def _nonpolice(self, i: int) -> Mention:
        """A person who is not police ('a man', 'two inmates'); 'the defendant', 'the appellant'
        stand for a person the story named before (People resolves them to its officer), while
        'a defendant', 'his co-defendant' is someone else."""
        first, det, count = self._modifier_start(i)
        low = self.lowers[i]
        if det == "def" and low in self.w["court_role_heads"]:
            return Mention(first, i + 1, "def", self.doc[first:i + 1].text, head=low, det=det)
        return Mention(first, i + 1, "nonpolice", self.doc[first:i + 1].text, head=low, police=False, det=det,
                       count=count, plural=low in self.w["nonpolice_plurals"])

    def _employer_after(self, end: int) -> bool:
        """'employees of the Department of Correction', 'staff at the county jail': the body
        after the noun is a police, sheriff's or corrections body (models/subjects.json force_words)."""
        low, n = self.lowers, len(self.lowers)
        if not (end + 1 < n and low[end] in ("of", "at", "with", "from")):
            return False
        for k in range(end + 1, min(n, end + 8)):
            if low[k] in self.w["force_words"] or low[k] in ("correction", "correctional", "jail", "prison"):
                return not (low[k] == "prison" and "federal" not in low[end + 1:k] and "state" not in low[end + 1:k])
            if self.doc[k].is_punct or low[k] in self.w["aux"]:
                return False
        return False

    def _staff_named_before(self) -> None:
        """'Nine employees of the Department of Correction were arrested ... The department
        suspended the employees': 'the employees' are the staff of that body named before."""
        seen: set[str] = set()
        for m in self.mentions:
            if m.kind != "generic" and m.kind != "nonpolice" or not m.plural:
                continue
            if m.police is True:
                seen.add(m.head)
            elif m.head in seen and m.head in ("employees", "workers", "staff", "personnel") and (
                    m.det == "def" or m.det == "number" and m.lead > 0 and self.lowers[m.lead - 1] == "the"):
                m.police, m.kind = True, "generic"
