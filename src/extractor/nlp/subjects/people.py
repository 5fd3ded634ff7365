"""People: every person mention of a Doc, in order, with antecedents resolved."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from .. import token_lowers, token_texts

from .antecedents import Antecedents
from .find import MentionFinder
from .frame import ArticleFrame
from .reference import References
from .mention import GENERIC_HEADS, Mention, words

# the officers who did something to a person ("was arrested by Union City police officers"):
# their words say nothing about who the person is
_BY_OFFICERS = re.compile(r"\bby (?:the |an? |two |three |several )?(?:[\w.'’-]+ ){0,4}?"
                          r"(?:police officers?|officers|deputies|troopers|agents)\b")


class People(Antecedents, MentionFinder, ArticleFrame, References):
    """Every person mention of a Doc, in order, with antecedents resolved."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.w = words()
        self.texts = token_texts(doc)  # shared with the sentence marker: read, never changed
        self.lowers = token_lowers(doc)
        self.sent_of: list[int] = []
        self.sent_bounds: list[tuple[int, int]] = []
        for i, s in enumerate(doc.sents):  # the sentences cover the Doc, in order
            self.sent_bounds.append((s.start, s.end))
            self.sent_of.extend([i] * (s.end - s.start))
        self.mentions: list[Mention] = []
        self.by_start: dict[int, Mention] = {}
        self.by_end: dict[int, Mention] = {}   # keyed by last token index
        self.covered: set[int] = set()
        self._doc_lower: Optional[str] = None
        self._relation_police: Optional[bool] = None  # a page that says its client is an officer
        self.frame_changed = False  # a name found to be an officer after its earlier mentions were read
        self._find()
        self._merge_appositives()
        self._office_held()
        self._mark_named_officers()
        self._mark_speakers()
        self._resolve()
        self._named_defendant()

    # ------------------------------------------------------------------ finding
    def sent_start(self, i: int) -> int:
        return self.sent_bounds[self.sent_of[i]][0]

    def sent_end(self, i: int) -> int:
        return self.sent_bounds[self.sent_of[i]][1]


    def _office_held(self) -> None:
        """'The man who was Ohio's longest-serving sheriff before he pleaded guilty': a person
        noun whose relative clause says, with 'was' or 'is', the police office the person held is
        that officer, described by the office."""
        doc = self.doc
        for m in self.mentions:
            if m.kind != "nonpolice" or m.head not in ("man", "woman", "person") or m.end + 2 >= len(doc) or \
                    doc[m.end].lower_ != "who" or doc[m.end + 1].lower_ not in ("was", "is", "had", "has"):
                continue
            office = next((o for o in self.mentions if m.end + 2 <= o.lead <= m.end + 5 and o.sent == m.sent), None)
            if office is None or office.end >= len(doc) or doc[office.end].text in ("'s", "’s", "-") or \
                    any(t.lower_ not in ("a", "an", "the", "'s", "’s") and not t.is_title for t in doc[m.end + 2:office.lead]):
                continue  # "the man who was shot by a deputy", "who was a deputy's neighbour": no office held
            if office.police is True and not office.plural and office.kind == "desc":
                m.kind, m.police, m.text, m.head = "desc", True, office.text, office.head

    # ------------------------------------------------------------------ linking
    def _named_group(self, ms: list[Mention], first: Mention) -> None:
        """The names that say who a group of officers is ("the deputies, identified as
        A, B and C,") are officers."""
        doc, prev = self.doc, None
        for m in ms[ms.index(first):]:
            if prev is not None and not (m.kind == "name" and m.sent == prev.sent and m.lead - prev.end in (1, 2)
                                         and doc[prev.end].text in (",", "and") and
                                         doc[m.lead - 1].text in (",", "and")):
                break
            if m.kind != "name":
                break
            self.mark_officer(m)
            prev = m

    def _merge_appositives(self) -> None:
        """'James Hardy, the officer concerned' and 'A third officer - a sergeant -':
        one person. The name wins, else the more specific rank."""
        doc = self.doc
        ms = sorted(self.mentions, key=lambda m: m.start)
        drop = set()
        merged_into: dict[int, Mention] = {}
        for a, b in zip(ms, ms[1:]):
            named_as = b.kind == "name" and b.lead == a.end + 3 and doc[a.end].text == "," and \
                doc[a.end + 1].lower_ in ("named", "identified", "known") and doc[a.end + 2].lower_ == "as"
            if named_as and a.sent == b.sent and a.plural and a.police and a.kind == "generic":
                self._named_group(ms, b)  # "The deputies, identified as A and B, were arrested"
                continue
            aged = self._aged_person(a, b)  # "DCI Ann Moss, a 53 year old woman(,)"
            owned = a.kind == "name" and self._owners_role(a.end + 1, b)  # "Sidney Dorsey, the county's sheriff,"
            if a.sent != b.sent or (b.lead != a.end + 1 and not named_as and not aged and not owned) or \
                    doc[a.end].text not in (",", "-", "–", "—", "("):
                continue  # "PC X, the officer", "the former constable, named as X,"
            if self._apposed_officer(a, b):  # "The man, a former Ohio trooper, pleaded guilty"
                a.kind, a.police, a.head, a.det = "desc", True, b.head, b.det
                a.text = b.text
            elif a.kind == "nonpolice" and b.kind == "name" and b.lead == a.end + 1 and b.police is not True:
                b.police = False  # "Officer Ray Dunn's brother, Carl Dunn, is charged": a relative, not police
                continue
            if a.kind not in ("name", "desc", "def") or b.kind not in ("name", "desc", "def") and not aged:
                continue
            if b.kind != "name" and b.det not in ("indef", "def") and not aged and not owned:
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
            a.aliases.append(Mention(a.start, a.end, a.kind, a.text))  # "His chief deputy, X, was": ends there too
            a.end = b.end
            a.aliases.append(b)
            drop.add(id(b))
            merged_into[id(b)] = a
        self.mentions = [m for m in self.mentions if id(m) not in drop]
        for m in self.mentions:  # "Eady" after "the defendant, Carl Eady,": the merged person, not the dropped name
            if m.antecedent is not None and id(m.antecedent) in merged_into:
                m.antecedent = merged_into[id(m.antecedent)]
        self.by_start = {m.start: m for m in self.mentions}
        for m in self.mentions:
            self.by_start.setdefault(m.lead, m)
        self.by_end = {m.end - 1: m for m in self.mentions}
        for m in self.mentions:
            for al in m.aliases:
                self.by_end.setdefault(al.end - 1, m)

    def _owners_role(self, i: int, b: Mention) -> bool:
        """'Sidney Dorsey, the county's sheriff,', 'Ann Ruiz, Arlington's assistant chief', 'the
        town's only constable': a police role after a possessive of a place or body (one to three
        words, no person in them) is apposed to the name before it."""
        low = self.lowers
        if b.police is not True or b.plural or b.kind not in ("desc", "def") or b.lead < i:
            return False
        ends = [k for k in range(i, min(b.end, i + 5)) if low[k] in ("'s", "’s")]
        if len(ends) != 1 or ends[0] == i or b.lead - ends[0] > 2:
            return False  # "the town's only constable": one word at most between
        j = ends[0]
        return all(self.doc[k].is_alpha and (k >= b.start or k not in self.covered) and
                   (k > i or low[k] == "the" or self.doc[k].is_title) for k in range(i, j))

    def _aged_person(self, a: Mention, b: Mention) -> bool:
        """'DCI Ann Moss, a 53 year old woman(,)': an officer described by age and sex."""
        return a.police is True and not a.plural and b.kind == "nonpolice" and not b.plural and \
            b.head in self.w["male_heads"] | self.w["female_heads"] and \
            b.lead == a.end + 2 and self.lowers[a.end + 1] in ("a", "an") and self.doc[b.lead].like_num

    def _mark_speakers(self) -> None:
        """Mark people who speak, chair or decide. A named person marked only because a
        speech verb follows ('PC X said he believed ...', 'X told jurors ...') stays a
        possible antecedent when the same name is elsewhere in the article in another role:
        an officer giving evidence at his own trial is still who the article is about."""
        doc, w, texts, low = self.doc, self.w, self.texts, self.lowers
        strong: set[int] = set()
        for m in self.mentions:
            if m.kind == "name":  # the title test only for names: it tries every speaker title
                title = doc[m.start:m.end].text.lower()
                if any(title.startswith(t) or f" {t} " in f" {title} " for t in w["speaker_titles"]):
                    m.speaker = True
                    strong.add(id(m))
            j = m.end
            end = self.sent_end(m.start)
            if j < end and texts[j] == ",":
                k = j + 1
                while k < end and k - j < 12 and texts[k] != ",":
                    k += 1
                between = doc[j + 1:k].text.lower()
                if any(between.startswith(p) for p in w["chair_phrases"]):
                    m.speaker = True
                    strong.add(id(m))
                if k < end and texts[k] == ",":
                    j = k + 1
            if j < end and (low[j] in w["speaker_verbs"] or
                            (low[j] in w["decision_verbs"] and j + 1 < end and low[j + 1] == "that")):
                m.speaker = True
            if m.start > 0 and (low[m.start - 1] == "according" or low[m.start - 1] in ("said", "says")
                                and (m.end >= end or doc[m.end].is_punct)):
                m.speaker = True  # "..., said Chief X." (not "Lind said Officer Penn broke the rules")
            if m.start > 1 and low[m.start - 1] == "to" and low[m.start - 2] == "according":
                m.speaker = True  # "According to Sheriff X, Y was arrested": X is the source
                strong.add(id(m))
        key = lambda m: m.name.split()[-1] if m.kind == "name" and m.name else None  # noqa: E731
        strong_names = {key(m) for m in self.mentions if id(m) in strong}
        active = {key(m) for m in self.mentions if not m.speaker and not m.owner and key(m) and not
                  (m.lead > 0 and self.lowers[m.lead - 1] in w["prepositions"])}  # not "a meeting with Swoboda"
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
                if self.lowers[j] in ("his", "her") and j + 1 < len(doc) and doc[j + 1].is_alpha:
                    m.gender = "m" if self.lowers[j] == "his" else "f"
                    break

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
        sentence = _BY_OFFICERS.sub("", self.doc[lo:hi].text.lower())  # "arrested by police officers": they did it
        if any(_said_of_person(sentence, cue) for cue in self.w["name_person_cues"] if cue in sentence):
            return True
        return None


_CUE_DONE_TO = re.compile(r"(?:\b(?:at|on|against|to|towards?|with|from|by|of|for)|\w+ing)"
                          r"(?: (?:a|an|the|two|three|several|\d+))? $")


def _said_of_person(sentence: str, cue: str) -> bool:
    """A cue ('police officer', 'a former') says what a person in its sentence is, unless it
    names the one something was done to ('arrested for assaulting two police officers',
    'shot at a police officer'), or is only the start of a longer word ('police officers')."""
    at = sentence.find(cue)
    while at >= 0:
        end = at + len(cue)
        whole = end >= len(sentence) or not sentence[end].isalpha()
        if whole and not _CUE_DONE_TO.search(sentence[max(0, at - 40):at]):
            return True
        at = sentence.find(cue, at + 1)
    return False
