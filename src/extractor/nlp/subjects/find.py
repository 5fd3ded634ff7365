"""Finding person mentions: ranks and roles with their modifiers, titled and bare
names, pronouns, groups and people who are not police. A mixin of People."""

from __future__ import annotations

import re
from itertools import compress
from operator import or_
from typing import Optional

from spacy.tokens import Token

from .. import doc_text
from .mention import _FUNCTION_WORDS, Mention, _age_heads, _multiword_by_first, _start_words, is_number
from .modifiers import ModifierWalk
from .names import NameFinder
from .surnames import StorySurnames


class MentionFinder(ModifierWalk, NameFinder, StorySurnames):
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
        if low in w["relation_heads"]:
            return self._relation_is_officer(tok)
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

    def _relation_is_officer(self, tok: Token) -> bool:
        """'our client' on a page that says its client is an officer: a rank or role written
        right before the noun ("Police officer client cleared", "our garda client") or a police
        description in apposition to it ("our client, a serving constable,"). Then 'our client',
        'my client', 'the client' (a determiner before it) is that officer; on any other page,
        or as 'client of', no one we track."""
        if self._relation_police is None:
            self._relation_police = self._relation_described()
        doc, i = self.doc, tok.i
        if not self._relation_police or i + 1 < len(doc) and self.lowers[i + 1] == "of":
            return False
        return i > 0 and (self._is_determiner(self.lowers[i - 1]) or self._is_police_word(doc[i - 1]))

    def _relation_described(self) -> bool:
        low, n = self.lowers, len(self.lowers)
        for k, word in enumerate(low):
            if word not in self.w["relation_heads"]:
                continue
            if k > 0 and self._is_police_word(self.doc[k - 1]):
                return True  # "Police officer client", "our PC client"
            if k + 3 < n and low[k + 1] == "," and low[k + 2] in ("a", "an"):
                for j in range(k + 3, min(n, k + 8)):
                    if self.texts[j] in (",", ".", ";"):
                        break
                    if self._is_police_word(self.doc[j]) and low[j] not in self.w["relation_heads"]:
                        return True  # "our client, a serving constable,"
        return False

    def _is_police_word(self, tok: Token) -> bool:
        """A rank or role that is police on its own ('officer', 'constable', 'garda', 'PC')."""
        low = tok.lower_
        w = self.w
        return tok.text in w["titles_upper"] or low in w["role_heads"] or low in w["role_plurals"] or \
            w["abbreviations"].get(low) is not None and (tok.text.isupper() or tok.text.istitle())

    def _is_nonpolice_head(self, tok: Token) -> bool:
        return tok.lower_ in self.w["nonpolice_heads"] or tok.lower_ in self.w["nonpolice_plurals"]

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
            if low in w["plural_pronouns"] and not self._country_initials(i) or low in w["generic_words"] or \
                    low in w["group_nouns"]:
                found.append(Mention(i, i + 1, "generic", tok.text, head=low, plural=True))
                continue
        for m in found:
            self._add(m)
        self._find_bare_names()
        self._find_story_surname()
        self._index_mentions()
        self._staff_named_before()

    def _country_initials(self, i: int) -> bool:
        """'US' in capitals in a sentence written in lower case is the country ("US police
        officers", "a US Marshal"), never the pronoun; in a headline in capitals it may be either."""
        if self.texts[i] != "US":
            return False
        lo, hi = self.sent_bounds[self.sent_of[i]]
        return any(t.islower() for t in self.texts[lo:hi])

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
        employer: Optional[int] = None
        # US corrections staff are law enforcement (SPEC): "Department of Correction employees"
        if needs_police and not re.search(r"\b(police|constabulary|force|met|staff|corrections?|correctional|jail|garda)\b",
                                          mods_low):
            police = None if low in ("staff", "personnel") or (det == "def" and not plural) else False
            employer = self._employer_after(end, plural)
            police = True if employer else police  # "employees of the Department of Correction"
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
            # "an officer in Hertfordshire", "an employee at a Louisiana prison": the place says which one
            end = employer or self._place_after(end)
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

    def _employer_after(self, end: int, plural: bool = False) -> Optional[int]:
        """'employees of the Department of Correction', 'staff at the county jail': the body
        after the noun is a police, sheriff's or corrections body (models/subjects.json force_words); a
        prison only a US one ('a federal prison', 'a Louisiana prison': us_states), as a UK prison's
        staff are not police. A state's name makes one employee; 'ten workers at a Mississippi
        prison' stays the count it was (a group there is read for figures, batch-14's gold)."""
        low, n = self.lowers, len(self.lowers)
        if not (end + 1 < n and low[end] in ("of", "at", "with", "from")):
            return None
        for k in range(end + 1, min(n, end + 8)):
            if low[k] in self.w["force_words"] or low[k] in ("correction", "correctional", "jail", "prison"):
                states = {"federal", "state"} if plural else {"federal", "state", *self.w["us_states"]}
                if low[k] == "prison" and not states & set(low[end + 1:k]):
                    return None
                j = k + 1  # the body's name goes on: "of the Sheriff's Office", "at the county jail"
                while j < min(n, k + 5) and (low[j] in ("'s", "’s") or self.doc[j].is_title and self.doc[j].is_alpha
                                             or low[j] in self.w["institution_words"]):
                    j += 1
                return j
            if self.doc[k].is_punct or low[k] in self.w["aux"]:
                return None
        return None

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
