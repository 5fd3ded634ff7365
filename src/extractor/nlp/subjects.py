"""Who an outcome happened to: people mentioned in a Doc, found by rules.

With no tagger or parser, a person mention is one of

    a description   rank/role head plus the modifiers before it:
                    "a former detective constable", "A West Yorkshire PC", "1 Police Officer"
    a name          a title or role before capitalised words ("PC John Smith",
                    "investigator Alan Butler", "Former Officer B"), a capitalised
                    run of two to four words ("David Carrick"), or a surname seen before
    a pronoun       he / she / him / her
    a definite      "the officer", "the sergeant"
    a non-person    "someone", "those", plural heads ("officers"), counts ("38 officers"),
    or non-police   "a man", "a member of the public" -- found so that an outcome whose
                    subject they are can be refused

Pronouns and "the officer" are resolved to the person described before them:
a pronoun to the latest singular person, "the officer" to the latest police
officer, "the sergeant" to the latest sergeant (else it stands for itself).
People who only speak or chair ("Chief Constable X, who chaired the hearing")
are never antecedents. The word lists are in models/subjects.json.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Token

from ..normalise.numbers import parse_number
from ..rulefiles import load_json
from . import doc_text

GENERIC_HEADS = {"officer", "colleague"}


@lru_cache(maxsize=1)
def words() -> dict:
    """models/subjects.json with every list turned into a frozenset."""
    raw = load_json("subjects.json")
    return {k: (frozenset(v) if isinstance(v, list) else v) for k, v in raw.items()}


_INITIALS = re.compile(r"[A-Z]{1,3}")
_INITIALS_DOT = re.compile(r"[A-Z]{1,3}\.?")
_NAME_WORD = re.compile(r"(?:Mc|Mac|O['’])?[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ]+)?")


@lru_cache(maxsize=1)
def _heads() -> frozenset:
    """Every lower-case word _find can start a mention at (besides titles_upper)."""
    w = words()
    out = set(_multiword_by_first()) | {"member", "members"}
    out |= {"pc", "dc", "ds", "di", "dci", "wpc", "pcso", "sgt", "dsi", "dsu", "dcs", "insp", "supt", "ps"}
    for key in ("context_role_heads", "role_heads", "role_plurals", "role_heads_needing_police", "nonpolice_heads",
                "nonpolice_plurals", "pronouns", "plural_pronouns", "generic_words", "group_nouns"):
        out |= set(w[key])
    return frozenset(out)


@lru_cache(maxsize=1)
def _multiword_by_first() -> dict[str, list[tuple[list[str], str]]]:
    """The multi-word roles ("member of staff": "singular") by first word, in file order."""
    out: dict[str, list[tuple[list[str], str]]] = {}
    for phrase, number in words()["role_multiword"].items():
        parts = phrase.split()
        out.setdefault(parts[0], []).append((parts, number))
    return out


@dataclass
class Mention:
    start: int                       # token indices, end exclusive, without determiner
    end: int
    kind: str                        # name | desc | def | pron | generic | nonpolice
    text: str                        # the person as described, without determiner
    head: str = ""                   # lower-case head word: officer, sergeant, pc, he ...
    police: Optional[bool] = None    # None: a name we know nothing about yet
    plural: bool = False
    count: Optional[float] = None    # "1 Police Officer" -> 1, "38 officers" -> 38
    det: str = ""                    # indef | def | generic | poss | number | ""
    name: Optional[str] = None
    speaker: bool = False            # speaks, chairs or decides; never an antecedent
    gender: Optional[str] = None
    sent: int = 0
    antecedent: Optional["Mention"] = None
    aliases: list["Mention"] = field(default_factory=list)
    lead: int = -1                   # first token including the determiner ("the" in "the officer")
    owner: bool = False              # followed by 's: "the officer's good character"

    def resolved(self) -> Optional["Mention"]:
        """The mention this one stands for: itself, or its antecedent's resolution.
        None for a pronoun with no antecedent."""
        seen = 0
        m: Optional[Mention] = self
        while m is not None and m.antecedent is not None and seen < 20:
            m = m.antecedent
            seen += 1
        if m is not None and m.kind == "pron":
            return None
        return m

    @property
    def singular_person(self) -> bool:
        return self.kind in ("name", "desc", "def", "pron", "nonpolice") and not self.plural


class People:
    """Every person mention of a Doc, in order, with antecedents resolved."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.w = words()
        strings = doc.vocab.strings
        self.texts = [strings[h] for h in doc.to_array(ORTH).tolist()]
        self.lowers = [strings[h] for h in doc.to_array(LOWER).tolist()]
        self.sent_of = [0] * len(doc)
        self.sent_bounds: list[tuple[int, int]] = []
        for i, s in enumerate(doc.sents):
            self.sent_bounds.append((s.start, s.end))
            for t in range(s.start, s.end):
                self.sent_of[t] = i
        self.mentions: list[Mention] = []
        self.by_start: dict[int, Mention] = {}
        self.by_end: dict[int, Mention] = {}   # keyed by last token index
        self.covered: set[int] = set()
        self._doc_lower: Optional[str] = None
        self._find()
        self._merge_appositives()
        self._mark_speakers()
        self._resolve()

    # ------------------------------------------------------------------ finding
    def sent_start(self, i: int) -> int:
        return self.sent_bounds[self.sent_of[i]][0]

    def sent_end(self, i: int) -> int:
        return self.sent_bounds[self.sent_of[i]][1]

    def _is_role_head(self, tok: Token) -> bool:
        w = self.w
        low = tok.lower_
        if tok.text in w["titles_upper"]:
            return True
        if low in ("pc", "dc", "ds", "di", "dci", "wpc", "pcso", "sgt", "dsi", "dsu", "dcs", "insp", "supt", "ps"):
            return tok.text.isupper() or tok.text.istitle() and low in ("sgt", "insp", "supt")
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

    def _name_token(self, tok: Token, titled: bool = False) -> bool:
        text = tok.text
        if titled and _INITIALS_DOT.fullmatch(text) and text.rstrip(".") not in self.w["titles_upper"]:
            return True  # "Officer B", "PC SR"
        if not text or tok.lower_ in self.w["name_stop"]:
            return False
        if _INITIALS.fullmatch(text):
            return text not in ("I", "UK", "US", "EU", "CPS", "PNC", "IT", "TV")
        return bool(_NAME_WORD.fullmatch(text))

    def _name_run(self, i: int, limit: int = 4, titled: bool = False) -> int:
        """End (exclusive) of the capitalised name starting at token i."""
        j = i
        end = self.sent_end(i)
        while j < end and j - i < limit and self._name_token(self.doc[j], titled):
            j += 1
        return j

    def _modifier_start(self, head: int) -> tuple[int, str, Optional[float]]:
        """Walk left from a head over modifiers. Returns (first token, determiner kind, count)."""
        doc, w = self.doc, self.w
        lo = self.sent_start(head)
        j = head - 1
        first = head
        steps = 0
        while j >= lo and steps < 6:
            tok = doc[j]
            # hyphen compounds written without spaces: "31-year-old", "off-duty"
            if j - 1 >= lo and (tok.text == "-" or doc[j - 1].text == "-") and not doc[j - 1].whitespace_:
                k = j
                while k - 1 >= lo and not doc[k - 1].whitespace_ and (doc[k - 1].text == "-" or doc[k].text == "-"):
                    k -= 1
                compound = doc[k:j + 1].text.lower()
                if any(x in compound for x in ("jailed", "sacked", "dismissed", "convicted")):
                    break
                first = k
                j = k - 1
                steps += 1
                continue
            low = tok.lower_
            if low in w["determiners_indefinite"]:
                return first, "indef", None
            if low in w["determiners_definite"]:
                return first, "def", None
            if low in w["determiners_possessive"]:
                return first, "poss", None
            if low in w["determiners_generic"] or low in w["count_words"]:
                return first, "generic", None
            if re.fullmatch(r"(1[89]|20)\d\d", tok.text):
                break  # a year: "On 3 March 2020 PC X ..."
            if low not in w["modifiers"] and is_number(tok):
                return first, "number", parse_number(tok.text.replace(",", "").lower())
            if tok.is_punct or tok.is_space or tok.text in ("'s", "’s") or low in w["not_modifiers"] \
                    or (low in w["verbs"] and low not in w["modifiers"]):
                break
            if low in w["modifiers"]:
                first = j
            elif low.endswith(("ed", "ing")) and tok.is_lower and j - 1 >= lo and (
                    doc[j - 1].lower_ in w["determiners_indefinite"] or doc[j - 1].lower_ in w["determiners_definite"]
                    or doc[j - 1].lower_ in w["determiners_possessive"]):
                first = j  # "a murdered PC", "the jailed officer": an adjective after a determiner
            elif (tok.is_title or tok.is_upper) and tok.is_alpha and low not in _FUNCTION_WORDS and \
                    low not in w["speaker_verbs"] and not (tok.is_sent_start and low in w["name_stop"]
                                                            and low not in _FORCE_WORDS):
                first = j
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
        i = 0
        heads, titles_upper = _heads(), w["titles_upper"]
        while i < n:
            low = self.lowers[i]
            if low not in heads and self.texts[i] not in titles_upper:
                i += 1  # none of the tests below can pass
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
                i = end
                continue
            if self._is_role_head(tok) and not self._head_is_modifier(i):
                made = self._role_mentions(i)
                found.extend(made)
                i = max([i + 1] + [m.end for m in made])
                continue
            if self._is_nonpolice_head(tok) and tok.is_lower and not self._head_is_modifier(i):
                first, det, count = self._modifier_start(i)
                plural = low in w["nonpolice_plurals"]
                found.append(Mention(first, i + 1, "nonpolice", doc[first:i + 1].text, head=low, police=False,
                                     plural=plural, count=count, det=det))
                i += 1
                continue
            if low in w["pronouns"] and tok.is_alpha:
                if low == "her" and i + 1 < n and doc[i + 1].is_alpha and doc[i + 1].lower_ not in w["prepositions"] \
                        and doc[i + 1].lower_ not in _FUNCTION_WORDS:
                    i += 1
                    continue  # possessive "her partner"
                found.append(Mention(i, i + 1, "pron", tok.text, head=low, gender=w["pronouns"][low]))
                i += 1
                continue
            if low in w["plural_pronouns"] or low in w["generic_words"] or low in w["group_nouns"]:
                found.append(Mention(i, i + 1, "generic", tok.text, head=low, plural=True))
                i += 1
                continue
            i += 1
        for m in found:
            self._add(m)
        self._find_bare_names()
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
        low = self.lowers[i:i + 4]
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
        if nxt.is_punct:
            return False
        if self._is_role_head(nxt) and nxt.text not in self.w["titles_upper"]:
            return True
        return self._is_nonpolice_head(nxt) and nxt.is_lower

    def _role_mentions(self, i: int) -> list[Mention]:
        """The mention(s) around a rank/role head at token i."""
        doc, w = self.doc, self.w
        head = doc[i]
        low = head.lower_
        plural = low in w["role_plurals"] or low in ("pcs", "pcsos")
        first, det, count = self._modifier_start(i)
        end = i + 1
        # "HM Inspector of Constabulary": an office, not a person we track
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_title and head.is_title:
            return [Mention(first, end + 2, "generic", doc[first:end + 2].text, head=low, police=None,
                            plural=True)]
        titled = head.text in w["titles_upper"] or head.is_title or head.is_lower
        names: list[tuple[int, int]] = []
        if (head.text in w["titles_upper"] or head.is_title) and end + 1 < len(doc) and doc[end].is_digit \
                and len(doc[end].text) <= 6 and doc[end + 1].text[:1].isupper():
            end += 1  # a collar number: "PC 2217 Gareth Lowe"
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
                break
        modifiers = doc[first:i + 1]
        mods_low = modifiers.text.lower()
        if i > 0 and doc[i - 1].lower_ in w["nonpolice_role_modifiers"] and not plural:
            return [Mention(first, end, "nonpolice", doc[first:end].text, head=low, police=False, det=det)]
        needs_police = low in w["role_heads_needing_police"] or low in ("workers", "employees", "staff", "personnel")
        police: Optional[bool] = True
        if needs_police and not re.search(r"\b(police|constabulary|force|met|staff)\b", mods_low):
            police = None if low in ("staff", "personnel") else False
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
        text = doc[first:end].text
        text = re.sub(r"^\d+\s+", "", text)
        return [Mention(first, end, kind, text, head=low, police=police, plural=plural, count=count, det=det)]

    def _find_bare_names(self) -> None:
        doc = self.doc
        known: dict[str, Mention] = {}
        for m in self.mentions:
            if m.name:
                known[m.name.split()[-1]] = m
        n = len(doc)
        i = 0
        while i < n:
            if i in self.covered or not self.texts[i][:1].isupper() or not self._name_token(doc[i]):
                i += 1
                continue
            j = self._name_run(i)
            while j > i and any(t in self.covered for t in range(i, j)):
                j -= 1
            length = j - i
            prev = doc[i - 1] if i > 0 else None
            single_known = length == 1 and doc[i].text in known
            if (2 <= length <= 4 and not all(_INITIALS.fullmatch(doc[t].text) for t in range(i, j))) \
                    or single_known:
                text = doc[i:j].text
                m = Mention(i, j, "name", text, head="name", police=None, name=text)
                if prev is not None and prev.lower_ in ("judge", "recorder", "justice", "baroness", "lord", "sir",
                                                       "dame", "mp", "councillor", "cllr", "dr", "professor"):
                    m.police = False
                if single_known:
                    m.antecedent = known[doc[i].text]  # "Lord" after "Gemma Lord": the same person
                self._add(m)
                known.setdefault(text.split()[-1], m)
                i = j
                continue
            i = max(j, i + 1)

    # ------------------------------------------------------------------ linking
    def _merge_appositives(self) -> None:
        """'James Hardy, the officer concerned' and 'A third officer - a sergeant -':
        one person. The name wins, else the more specific rank."""
        doc = self.doc
        ms = sorted(self.mentions, key=lambda m: m.start)
        drop = set()
        for a, b in zip(ms, ms[1:]):
            if a.sent != b.sent or b.lead != a.end + 1 or doc[a.end].text not in (",", "-", "–", "—", "("):
                continue
            if a.kind not in ("name", "desc", "def") or b.kind not in ("name", "desc", "def"):
                continue
            if b.kind != "name" and b.det not in ("indef", "def"):
                continue
            if a.kind == "name" and b.kind == "name":
                continue
            if a.kind == "name" or (b.kind != "name" and b.head in GENERIC_HEADS):
                keep, other = a, b
            else:
                keep, other = b, a
            a.text, a.name = keep.text, keep.name
            a.kind = "name" if keep.kind == "name" else a.kind if a.kind != "def" else "desc"
            a.head = keep.head if keep.kind != "name" or keep.head != "name" else other.head
            a.police = True if (a.police or b.police) else a.police
            a.end = b.end
            a.aliases.append(b)
            drop.add(id(b))
        self.mentions = [m for m in self.mentions if id(m) not in drop]
        self.by_start = {m.start: m for m in self.mentions}
        for m in self.mentions:
            self.by_start.setdefault(m.lead, m)
        self.by_end = {m.end - 1: m for m in self.mentions}
        for m in self.mentions:
            for al in m.aliases:
                self.by_end.setdefault(al.end - 1, m)

    def _mark_speakers(self) -> None:
        """Mark people who speak, chair or decide. A named person marked only because a
        speech verb follows ('PC X said he believed ...', 'X told jurors ...') stays a
        possible antecedent when the same name is elsewhere in the article in another role:
        an officer giving evidence at his own trial is still who the article is about."""
        doc, w = self.doc, self.w
        strong: set[int] = set()
        for m in self.mentions:
            title = doc[m.start:m.end].text.lower()
            if any(title.startswith(t) or f" {t} " in f" {title} " for t in w["speaker_titles"]) and m.kind == "name":
                m.speaker = True
                strong.add(id(m))
            j = m.end
            end = self.sent_end(m.start)
            if j < end and doc[j].text == ",":
                k = j + 1
                while k < end and k - j < 12 and doc[k].text != ",":
                    k += 1
                between = doc[j + 1:k].text.lower()
                if any(between.startswith(p) for p in w["chair_phrases"]):
                    m.speaker = True
                    strong.add(id(m))
                if k < end and doc[k].text == ",":
                    j = k + 1
            if j < end and (doc[j].lower_ in w["speaker_verbs"] or
                            (doc[j].lower_ in w["decision_verbs"] and j + 1 < end and doc[j + 1].lower_ == "that")):
                m.speaker = True
            if m.start > 0 and doc[m.start - 1].lower_ in ("said", "says", "according"):
                m.speaker = True
        key = lambda m: m.name.split()[-1] if m.kind == "name" and m.name else None  # noqa: E731
        strong_names = {key(m) for m in self.mentions if id(m) in strong}
        active = {key(m) for m in self.mentions if not m.speaker and not m.owner and key(m)}
        for m in self.mentions:
            k = key(m)
            if m.speaker and id(m) not in strong and k and k in active and k not in strong_names:
                m.speaker = False

    def _genders(self) -> None:
        """Gender where the text shows it: 'a woman', 'Jane Doe ... her partner'."""
        doc, w = self.doc, self.w
        for n, m in enumerate(self.mentions):
            if m.head in w["female_heads"]:
                m.gender = m.gender or "f"
            elif m.head in w["male_heads"]:
                m.gender = m.gender or "m"
            if m.kind not in ("name", "desc", "def") or m.plural or m.gender:
                continue
            stop = self.mentions[n + 1].start if n + 1 < len(self.mentions) else len(doc)
            stop = min(stop, self.sent_end(m.start))
            for j in range(m.end, stop):
                if doc[j].lower_ in ("his", "her") and j + 1 < len(doc) and doc[j + 1].is_alpha:
                    m.gender = "m" if doc[j].lower_ == "his" else "f"
                    break

    def _sentence_subject(self, sent: int, before: int) -> Optional[Mention]:
        """The first person of a sentence who is not inside a prepositional phrase."""
        lo, _ = self.sent_bounds[sent]
        for m in self.mentions:
            if m.sent != sent or m.start >= before:
                continue
            if m.det == "poss" or m.owner or (m.lead > lo and self.doc[m.lead - 1].lower_ in self.w["prepositions"]):
                continue
            return m
        return None

    def _resolve(self) -> None:
        self._genders()
        for idx, m in enumerate(self.mentions):
            if m.kind == "pron":
                # the sentence subject; else, in an article about police conduct, the latest
                # officer close by ('a special constable who went with a friend to meet a man
                # she knew'); else the latest person
                m.antecedent = self._subject_antecedent(idx) or \
                    self._find_antecedent(idx, police_only=True, gender=m.gender, window=1) or \
                    self._find_antecedent(idx, police_only=False, gender=m.gender)
                target = m.resolved()
                if target is not None and target.gender is None and m.gender and m.head in ("he", "she"):
                    target.gender = m.gender
            elif m.kind == "def":
                if m.head in GENERIC_HEADS:
                    m.antecedent = self._find_antecedent(idx, police_only=True)
                else:
                    m.antecedent = self._find_antecedent(idx, police_only=True, head=m.head, window=12)

    def _subject_antecedent(self, idx: int) -> Optional[Mention]:
        """A pronoun most often continues the subject of the sentences before it:
        'A woman was jailed for assaulting a PC. She was given 20 weeks.'"""
        me = self.mentions[idx]
        if me.head not in ("he", "she"):
            return None  # an object pronoun is seldom its own clause's subject: "X sent her a message"
        for sent in range(me.sent, max(-1, me.sent - 2), -1):
            subj = self._sentence_subject(sent, me.start if sent == me.sent else len(self.doc))
            if subj is None or subj is me:
                continue
            r = subj.resolved()
            if r is None or subj.plural or subj.kind == "generic" or r.plural or r.speaker or subj.speaker:
                continue
            if me.gender and r.gender and r.gender != me.gender:
                continue
            return subj
        return None

    def _find_antecedent(self, idx: int, police_only: bool, gender: Optional[str] = None,
                         head: Optional[str] = None, window: int = 10) -> Optional[Mention]:
        me = self.mentions[idx]
        for k in range(idx - 1, -1, -1):
            p = self.mentions[k]
            if me.sent - p.sent > window:
                return None
            if p.kind not in ("name", "desc", "def", "nonpolice") or p.plural or p.speaker:
                continue
            r = p.resolved() or p
            if r.speaker:
                continue
            if police_only and r.police is not True:
                continue
            if gender and r.gender and r.gender != gender:
                continue
            if head and r.head != head and p.head != head:
                continue
            return p
        return None

    # ------------------------------------------------------------------ queries
    def starting_at(self, i: int) -> Optional[Mention]:
        return self.by_start.get(i)

    def ending_at(self, i: int) -> Optional[Mention]:
        return self.by_end.get(i)

    def within(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def topic_before(self, i: int, window: int = 6) -> Optional[Mention]:
        """The latest police officer described before token i (not a speaker)."""
        sent = self.sent_of[i] if i < len(self.sent_of) else len(self.sent_bounds) - 1
        for m in reversed(self.mentions):
            if m.end > i:
                continue
            if sent - m.sent > window:
                return None
            if m.plural or m.speaker or m.kind not in ("name", "desc", "def", "pron"):
                continue
            r = m.resolved()
            if r is None or r.speaker or r.plural or r.police is not True:
                continue
            return m
        return None

    def is_police(self, m: Mention) -> Optional[bool]:
        """Police status of a resolved mention; a name counts as police when its sentence
        says so ('his police warrant card', 'while he was a serving officer')."""
        if m.police is not None:
            return m.police
        lo, hi = self.sent_bounds[m.sent]
        sentence = self.doc[lo:hi].text.lower()
        if any(cue in sentence for cue in self.w["name_person_cues"]):
            return True
        return None


_FUNCTION_WORDS = frozenset("""a an the and or but of for to in on at by with from as is was were be been being
has have had will would could should may might must can this that these those his her their its our your my
it he she they we you i who whom which what whose where when while after before since until than then
there here not no nor so if unless because though although also only just said says told""".split())
_FORCE_WORDS = frozenset({"police", "met", "metropolitan"})
_VERBISH = frozenset("""told met hit saw made got gave took became began left kept put set sent ran won lost
stole sold bought brought caught fought taught thought felt found held led paid read said seen shown
known given taken""".split())


def is_number(tok: Token) -> bool:
    """A cardinal: '38', '1,053', 'six', 'twenty-one'; not an ordinal ('second'),
    which spaCy's like_num also accepts."""
    text = tok.text.replace(",", "").lower()
    return text not in ("a", "an") and parse_number(text) is not None
