"""Whose figures they are when the article names the body once and then calls it by its
kind ("the force received 1,630 complaints", "according to the department's report", "the
patrol said"), and when it names a force only as its people's employer ("members of An
Garda Síochána", "14 Met officers", "complaints against Westfold Police officers"). The
rules are models/org_forms.json `back_references` and `employer_after`."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Span

from .. import doc_text
from ..docarrays import span_text
from ..context import context_cues
from .org_forms import org_forms, source_words

UNSET_FRAME = object()
from .org_voice import _is_force


@lru_cache(maxsize=1)
def _references() -> tuple[re.Pattern, dict[str, tuple[str, ...]]]:
    refs = {k.lower(): tuple(w.lower() for w in v) for k, v in org_forms().back_references.items()}
    words = "|".join(re.escape(k) for k in sorted(refs, key=len, reverse=True))
    # "the force", "The department's": only with "the" (never "a force", "every department")
    # "The Board reviewed 9 cases": the kind's word may be capitalised, as a body's own page writes it
    return re.compile(r"\b[Tt]he ((?i:%s))\b(?!-)" % words), refs


@lru_cache(maxsize=1)
def _investigator_leads() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.lower().split()) for p in context_cues().investigator_leads)


def investigator(span: Span) -> bool:
    """'after investigations by Gardaí or GSOC', 'a joint investigation by the OIG's field
    office and the FBI': a body named after an investigator lead (models/context.json
    investigator_leads), or joined by 'and' / 'or' to a body so named, investigated."""
    doc, i = span.doc, span.start - 1
    while i >= max(0, span.start - 10):
        for lead in _investigator_leads():
            n = len(lead)
            if i + 1 >= n and all(doc[i - n + 1 + k].lower_ == w for k, w in enumerate(lead)):
                return True
        t = doc[i]
        if not (t.lower_ in ("the", "a", "an", "and", "or", "'s", "’s") or t.is_title or t.is_upper):
            return False  # only a body's name and the words joining names stand between
        i -= 1
    return False


@lru_cache(maxsize=1)
def _employer_words() -> frozenset[str]:
    return frozenset(w.lower() for w in org_forms().employer_after)


def _fits(label: str, heads: tuple[str, ...]) -> bool:
    """'the force' is a force; 'the department' a body named a department; '*' any body."""
    low = label.lower()
    if "*" in heads:
        return True
    if "force" in heads and _is_force(label):
        return True  # the word "force" in a list: any body _is_force reads as a police force
    return any(re.search(r"\b%s\b" % re.escape(h), low) for h in heads if h != "force")


def is_force(label: str) -> bool:
    """A police force, by its name's words or as back_references' "force" lists it ('PSNI')."""
    return _fits(label, _references()[1].get("force", ("force",)))


def back_references(doc: Doc, mentions: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """'The force received 1,630 complaints' after 'Westmarch Police': the nearest body named
    before it (in any role: 'complaints against Westmarch Police officers' too) of the kind
    the word says. The mention is the noun alone, so 'according to the force' reads as the
    source and 'complaints against the force' as whom they concern."""
    pattern, refs = _references()
    ordered = sorted(mentions, key=lambda m: m[1].end_char)
    ends = [span.end_char for _label, span in ordered]
    taken = {i for _, span in mentions for i in range(span.start, span.end)}
    out = []
    for m in pattern.finditer(doc_text(doc)):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if span is None or taken.intersection(range(span.start, span.end)):
            continue
        if span.end < len(doc) and doc[span.end].is_title and not doc[span.end].is_sent_start:
            continue  # "the Department of Justice", "the Board of Police Commissioners": a name
        heads = refs[m.group(1).lower()]
        # the nearest fitting body before it, looked for among the 30 bodies named last (bisect:
        # a page of thousands of names and references is read in linear time)
        at = bisect.bisect_right(ends, m.start())
        before = next((ordered[k][0] for k in range(at - 1, max(-1, at - 31), -1) if _fits(ordered[k][0], heads)), None)
        if before:
            out.append((before, span))
        elif "department" in heads:
            place = _place_police(doc_text(doc), m.start())
            if place:
                out.append((place + " Police Department", span))
    return out


_PLACE_POLICE = re.compile(r"\b((?:[A-Z][\w'’.-]+ ){1,3})police\b")
# words that open a sentence before a place: "Twelve Fairmont police officers" names Fairmont
_NOT_PLACE = frozenset({"the", "a", "an", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                        "nineteen", "twenty", "thirty", "forty", "fifty", "dozens", "hundreds", "several", "both",
                        "other", "more", "no", "every", "only",
                        "former", "some", "many", "most", "all", "complaints", "against", "when", "after", "if"})


def _place_police(text: str, end: int) -> Optional[str]:
    """'Complaints against Kestrel Bay police officers ... the department's report': the
    department of the place last named before 'police' in lower case (not a state's: 'Colorado
    police' are many bodies)."""
    found = None
    for m in _PLACE_POLICE.finditer(text, max(0, end - 1500), end):
        words = m.group(1).split()
        while words and words[0].lower() in _NOT_PLACE:
            words = words[1:]
        if words and " ".join(words).lower() not in source_words().states:
            found = " ".join(words)
    return found


def people_references(doc: Doc, mentions: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """'Auditors examined 880 complaints', 'Inspectors examined 120 of Cleveland Police's
    vetting decisions': a body's people named by their work are the body of that kind the
    article names (the nearest before, else the first after)."""
    refs = org_forms().people_references
    if not refs or not mentions:
        return []
    pattern = _people_pattern()
    ordered = sorted(mentions, key=lambda m: m[1].start_char)
    out = []
    for m in pattern.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end())
        if span is None:
            continue
        heads = tuple(refs[m.group(0).lower()])
        fits = [(label, s) for label, s in ordered if _fits(label, heads)]
        before = [label for label, s in fits if s.end_char <= m.start()]
        if before or fits:
            out.append(((before or [fits[0][0]])[-1] if before else fits[0][0], span))
    return out


@lru_cache(maxsize=1)
def _people_pattern() -> re.Pattern:
    words = org_forms().people_references
    return re.compile(r"\b(?:%s)\b" % "|".join(re.escape(w[:1].upper() + w[1:]) + "|" + re.escape(w) for w in words))


def pronoun_references(doc: Doc, mentions: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """'The Police Federation said the process took too long. It said 40 of its members ...':
    a sentence opening 'It' or 'Its' and a verb of saying or recording (pronoun_verbs) speaks
    of the body that opens the sentence before it."""
    pattern = _pronoun_pattern()
    if pattern is None or not mentions:
        return []
    out = []
    for m in _pronouns(pattern, doc_text(doc)):
        span = doc.char_span(m.start(1), m.end(1))
        if span is None or not span[0].is_sent_start or span.start == 0:
            continue
        before = doc[span.start - 1].sent
        first = [(label, s) for label, s in mentions if before.start <= s.start < before.end]
        if first and first[0][1].start - before.start <= 2:  # the body is that sentence's subject
            out.append((first[0][0], span))
    return out


def _pronouns(pattern: re.Pattern, text: str):
    """The pattern's matches, as finditer finds them, tried only where "It" stands: every
    match starts there, and a regex opening with a look-behind is tried at every character."""
    at = text.find("It")
    while at >= 0:
        m = pattern.match(text, at)
        if m is not None:
            yield m
        at = text.find("It", at + 1)


@lru_cache(maxsize=1)
def _pronoun_pattern() -> Optional[re.Pattern]:
    verbs = org_forms().pronoun_verbs
    if not verbs:
        return None
    return re.compile(r"(?<![\w,;] )\b(It|Its)\b(?= (?:%s)\b)" % "|".join(map(re.escape, verbs)))


_KIND_WORDS = frozenset({"state", "police", "patrol", "highway", "sheriff's", "sheriff’s", "office", "department",
                         "county", "city", "metropolitan", "metro"})


def plain(name: str) -> str:
    """A name as compared with another: a page types the apostrophe either way, often both."""
    return name.lower().replace("’", "'")


def in_full(found: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """'The State Police imposed 44 suspensions' under 'Ridgeland State Police': a name of
    kind words alone is the body the article names in full; 'the Westbrook Police
    Department's Office of Professional Standards' (models/org_forms.json `units`) reports
    its department's figures: the department named before it, else the article's first."""
    units = org_forms().units
    if not found or not units:
        return found
    labels = [label for label, _span in found]
    forces = [(label, span) for label, span in found if is_force(label) and not _is_unit(label, units)]
    out = []
    for label, span in found:
        low = label.lower()
        if all(w in _KIND_WORDS for w in low.split()):
            longer = [x for x in labels if plain(x).endswith(" " + plain(low))]
            label = min(longer, key=len) if longer else label
        elif _is_unit(label, units) and forces:
            before = [f for f, s in forces if s.start < span.start]
            label = before[-1] if before else forces[0][0]
        out.append((label, span))
    return out


def of_a_state(label: str, span: Span) -> tuple[str, Span]:
    """'The California Department of Justice': a federal body's name ('Department of
    Justice') after a US state's is the state's own body, named as written."""
    doc, states = span.doc, source_words().states
    if not span.text.startswith("Department"):
        return label, span
    for k in (2, 1):
        if span.start - k >= 0 and doc[span.start - k: span.start].text.lower() in states:
            whole = doc[span.start - k: span.end]
            return whole.text, whole
    return label, span


def _is_unit(label: str, units: list[str]) -> bool:
    low = label.lower()
    return any(u in low for u in units)


def people_counts(doc: Doc, taken: set[int]) -> list[tuple[str, Span]]:
    """'Almost 90 gardaí are on suspension', '40 gardaí were suspended': a count of a force's
    people named by the force's own word (org_forms `people`) names that force as their
    employer (a weak mention: OrgRefsMixin._weak_org)."""
    words = source_words()
    if words.people_words is None:
        return []
    out = []
    for m in words.people_words.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end())
        if span is None or len(span) != 1 or span.start in taken or span.start == 0:
            continue
        if counts_people(doc, span.start):
            out.append((words.people[span[0].lower_], span))
    return out


def counts_people(doc: Doc, i: int) -> bool:
    """'40 gardaí', 'two serving gardaí', 'the number of gardaí suspended': the force's people
    word at ``i`` is the head of a count (org_forms `people_count_words`)."""
    forms = org_forms()
    j, between = i - 1, 0
    while j >= 0 and between < 3 and doc[j].lower_ in forms.people_count_words:
        j, between = j - 1, between + 1
    if j >= 0 and doc[j].like_num:
        return True
    return j >= 1 and doc[j].lower_ == "of" and doc[j - 1].lower_ in ("number", "numbers", "total")


_EXAMINED = frozenset({"cases", "complaints", "investigations", "files", "reports", "decisions", "allegations",
                       "incidents", "inquiries", "referrals"})


def examined(span: Span) -> bool:
    """'Inspectors examined 120 of Cleveland Police's vetting decisions', '300 cases the Harbor
    City Police Department closed': the body whose work another examined, not whose count it is."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 0:
        return False
    if doc[i].lower_ == "of" and span.end < len(doc) and doc[span.end].text in ("'s", "’s"):
        return True
    return doc[i].lower_ in _EXAMINED and span.end < len(doc) and doc[span.end].pos_ != "PUNCT" \
        and doc[span.end].lower_.endswith("ed") and _examined_count(doc, i)


_EXAMINING = frozenset({"examined", "reviewed", "audited", "analysed", "analyzed", "sampled", "studied", "checked",
                        "inspected", "assessed", "scrutinised", "scrutinized", "read"})


def _examined_count(doc: Doc, noun: int) -> bool:
    """'examined 300 cases the Harbor City Police Department closed': another's work is
    examined only where a verb of examining takes the count; 'Of the 3,410 complaints the
    Harlan Police Department received' are the department's own."""
    k = noun - 1
    while k > max(-1, noun - 6) and not doc[k].like_num:
        k -= 1
    return any(t.lower_ in _EXAMINING for t in doc[max(0, k - 3):max(0, k)])


def employer(span: Span) -> bool:
    """'14 Met officers', 'members of An Garda Síochána', 'a Kent Police constable': a force
    named as the employer of the people counted or of one person. It is whose figures they
    are only where no other body is (OrgsMixin._weak_org)."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in _employer_words():
        return True
    if len(span) == 1 and span.start > 0 and span[0].lower_ in source_words().people \
            and counts_people(doc, span.start):
        return True  # "40 gardaí were suspended", "two serving gardaí"
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in ("members", "member", "officers", "officer")


class OrgRefsMixin:
    """OrgsMixin's reading of a body named as its people's employer."""

    def _weak_org(self, cand, sent: Span, mentions) -> Optional[str]:
        """A force its sentence names only as the counted people's employer is whose figures
        they are when the article's frame is no other kind of body (a watchdog's, a national
        body's, the publisher's own count) or the story opens with them, and the sentence is
        not national."""
        mine = [(label, span) for label, span in mentions if self._sent(span) == sent]
        if not mine or self._ctx.national(sent) or self._ctx.survey_article():
            return None  # (asked only where the sentence names a body: a survey is read over the whole text)
        framed = self._main is None or is_force(self._main)
        opening = self._opening()
        best, best_dist = None, None
        for label, span in mine:
            if not employer(span) or not is_force(label):
                continue
            if not framed and not any(a <= span.start_char < b for a, b in opening):
                continue  # "Dozens of Staffordshire Police officers ..." opening the story is its subject
            dist = abs(span.start - cand.span.start)
            if best_dist is None or dist < best_dist:
                best, best_dist = label, dist
        return best

    def _sentence_words(self, sent: Span) -> tuple:
        """(the outlet that obtained the sentence's figures, whether it reports an unnamed
        study), read once a sentence: a table's sentence may hold thousands of numbers."""
        if sent.start not in self._asked:
            words = source_words()
            text = span_text(sent)
            self._asked[sent.start] = (words.obtained_by(text), words.unnamed_study(text))
        return self._asked[sent.start]

    def _named_own(self, sent: Span) -> Optional[str]:
        """'according to an Associated Press review of the rulings': the publisher the sentence
        names for its own analysis, before a force named only as its people's employer."""
        own = self._own_sents.get(sent.start)
        if own is None:
            own = self._own_sents[sent.start] = source_words().own_count(span_text(sent))
        return own if isinstance(own, str) and own else None

    def _opening_own(self, doc: Doc) -> Optional[str]:
        """'At least 461 officers were suspended ..., BBC analysis of Freedom of Information data
        suggests' opening the story: the outlet's analysis is the article's frame, where that
        sentence names no body (found once an article; reset by _org_mentions)."""
        if self._own_frame is not UNSET_FRAME:
            return self._own_frame
        self._own_frame = None
        words, spans = source_words(), self._opening()
        for sent in doc.sents:
            if not any(a <= sent.start_char < b for a, b in spans):
                continue
            if any(self._sent(span) == sent for _label, span in self._org_list):
                continue
            text = span_text(sent)
            own = words.own_count(text)
            name = own if isinstance(own, str) else words.obtained_by(text)
            if name and self._named_body(name) is None:
                self._own_frame = name
                break
        return self._own_frame

    def _named_body(self, name: Optional[str]) -> Optional[str]:
        """The body of the rules a name is ('the IOPC', 'Kent Police'), None for any other name."""
        if not name:
            return "" if name == "" else None
        known = self.org_names.get(name.lower())
        return known[0] if known else (name if self._names_a_body(name) else None)

    def _overseen(self, span: Span) -> bool:
        """'the Office of the Inspector General for the Chicago Police Department', 'the review
        board of the Lakemont police': a body right after another body's name and 'for' / 'of'
        / 'at' is the one the first oversees, not whose figures they are."""
        doc, i = span.doc, span.start - 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        if i < 1 or doc[i].lower_ not in ("for", "of", "at", "over"):
            return False
        return i in self._mention_ends
