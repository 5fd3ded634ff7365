"""Where the date patterns match: each token's predicate masks, the parts ("year",
"year_pair" ...) and the mention rules run over them, the rules' conditions on the words
around a match (followed_by, preceded_by, not_followed_by, not_before, cell, sentence_start)
and, of overlapping matches, the longest (then the earliest, then the first in the file).

``DateCandidates`` is the matching half of ``extractor.nlp.dates.DateFinder``; the finder
compiles the rules (``parts``, ``mentions``, ``part_order``, ``order``, ``after``,
``before``, ``never_after``, ``by_id`` and the mask caches) and resolves what is chosen here.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span

from ..normalise import fiscal as fiscal_context
from ..normalise.numeric_order import origin_counts
from ..normalise.timex import NUMERIC_ORDER, parse
from . import doc_text
from .date_matcher import match_ends
from .date_rules import MentionRule
from .docarrays import token_orths


class DateCandidates:
    """The candidate spans of an article, each with its parsed expression, and the
    non-overlapping choice among them."""

    def _word_masks(self, doc: Doc) -> tuple[list[int], list[int]]:
        """Each token's part and mention predicate masks, worked out once per word and
        read with whole-list look-ups (no Python step per token)."""
        orths = token_orths(doc)
        part_masks = list(map(self._part_masks.get, orths))
        if None in part_masks:
            strings = doc.vocab.strings
            for orth in set(orths).difference(self._part_masks):
                self._part_masks[orth] = self.parts.mask(strings[orth])
                self._mention_masks[orth] = self.mentions.mask(strings[orth])
            part_masks = list(map(self._part_masks.get, orths))
        return part_masks, list(map(self._mention_masks.get, orths))

    def _find_parts(self, part_masks: list[int]) -> tuple[list, list[bool]]:
        """Parts, longest first then earliest: ``starts[i]`` is (label, end) or None;
        ``inside[i]`` says token i continues a part."""
        n = len(part_masks)
        found = self.parts.run(part_masks, [None] * n)
        found.sort(key=lambda m: (m[1] - m[2], m[1], self.part_order[m[0]]))
        starts: list = [None] * n
        inside = [False] * n
        taken = [False] * n
        for label, s, e in found:
            if any(taken[s:e]):
                continue
            starts[s] = (label, e)
            for i in range(s, e):
                taken[i] = True
                inside[i] = i > s
        return starts, inside

    def _candidates(self, doc: Doc, text: str):
        fiscal = _FiscalYears(doc, text)
        part_masks, masks = self._word_masks(doc)
        starts, inside = self._find_parts(part_masks)
        _unpair_counts(doc, starts, inside)
        seen = set()
        for rule_id, start, end in self.mentions.run(masks, starts):
            rule = self.by_id[rule_id]
            if (rule_id, start, end) in seen or not self._fits(doc, text, rule, start, end, inside):
                continue
            if rule_id in self.after:
                follow: set[int] = set()
                match_ends(self.after[rule_id], 0, end, masks, starts, len(masks), follow)
                if not follow:
                    continue
            if rule_id in self.before and not _ends_at(self.before[rule_id], start, masks, starts):
                continue
            if rule_id in self.never_after:
                follow = set()
                match_ends(self.never_after[rule_id], 0, end, masks, starts, len(masks), follow)
                if follow:
                    continue
            seen.add((rule_id, start, end))
            span = Span(doc, start, end, label=rule_id)
            expr = self._parse(span.text, fiscal.start(span))
            if expr is not None:
                yield span, expr

    def _parse(self, text: str, fiscal_start: Optional[int] = None):
        key = (NUMERIC_ORDER.get(), fiscal_start, text)
        if key not in self._parsed:
            if len(self._parsed) > 20000:
                self._parsed.clear()
            token = fiscal_context.FISCAL_START.set(fiscal_start)
            try:
                self._parsed[key] = parse(text)
            finally:
                fiscal_context.FISCAL_START.reset(token)
        return self._parsed[key]

    @staticmethod
    def _fits(doc: Doc, text: str, rule: MentionRule, start: int, end: int, inside: list[bool]) -> bool:
        if inside[start] or (end < len(doc) and inside[end]):
            return False
        if rule.not_before and end < len(doc) and doc[end].lower_ in rule.not_before:
            return False
        if rule.not_after and start > 0 and doc[start - 1].lower_ in rule.not_after:
            return False
        if rule.cell and not _in_cell(text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)):
            return False
        return not rule.sentence_start or _starts_sentence(text, doc[start].idx)

    def _choose(self, doc: Doc, candidates) -> list:
        ranked = sorted(candidates, key=lambda c: (-(c[0].end - c[0].start), c[0].start, self.order[c[0].label_]))
        taken = [False] * len(doc)
        chosen = []
        for span, expr in ranked:
            if any(taken[span.start:span.end]):
                continue
            for i in range(span.start, span.end):
                taken[i] = True
            chosen.append((span, expr))
        return sorted(chosen, key=lambda c: c[0].start)


class _FiscalYears:
    """Whose fiscal year a mention names (``extractor.normalise.fiscal_context``): read
    once for the article, then per sentence, only for mentions that say "fiscal" or "FY"."""

    def __init__(self, doc: Doc, text: str):
        self.doc = doc
        low = text.lower()
        self.active = fiscal_context.mentions_fiscal(low)
        self.us = self.active and _not_uk(low)
        self.article = fiscal_context.article_stated(low) if self.active else None
        self.low = low

    def start(self, span: Span) -> Optional[int]:
        if not self.active or not fiscal_context.mentions_fiscal(span.text.lower()):
            return None
        start, end = _sentence_of(span)
        return fiscal_context.start_for(self.low[start:end], self.low[max(0, start - _LOOK_BACK_CHARS):start],
                                        self.article, self.us)


def _not_uk(low: str) -> bool:
    """The article names no more UK and Irish places and institutions than US ones: a UK
    "county" or "city" runs no July fiscal year; a brief naming neither may be American."""
    us, uk = origin_counts(low)
    return uk <= us


_LOOK_BACK_CHARS = 600  # how far before a fiscal year's sentence the body it belongs to is looked for


def _sentence_of(span: Span) -> tuple[int, int]:
    """[start, end) in characters of the sentence holding ``span`` (its line, with no sentences)."""
    doc = span.doc
    if doc.has_annotation("SENT_START"):
        sent = span.sent
        return sent.start_char, sent.end_char
    text = doc_text(doc)
    return text.rfind("\n", 0, span.start_char) + 1, (text.find("\n", span.end_char) + 1 or len(text) + 1) - 1


_LOOK_BACK = 8  # tokens a preceded_by pattern may span


def _ends_at(items: tuple, at: int, masks: list[int], starts: list) -> bool:
    """Some run of tokens just before ``at`` matches ``items`` (a rule's preceded_by)."""
    for k in range(at - 1, max(-1, at - 1 - _LOOK_BACK), -1):
        ends: set[int] = set()
        match_ends(items, 0, k, masks, starts, at, ends)
        if at in ends:
            return True
    return False


def _in_cell(text: str, start: int, end: int) -> bool:
    """The words fill a table cell: a line start, "|" or tab before them, and "|",
    a tab or the line's end after them (models/layout.json writes cells so)."""
    while start > 0 and text[start - 1] == " ":
        start -= 1
    while end < len(text) and text[end] == " ":
        end += 1
    return (start == 0 or text[start - 1] in "\n|\t") and (end == len(text) or text[end] in "\n|\t\r")


def _unpair_counts(doc: Doc, starts: list, inside: list[bool]) -> None:
    """ "2022 – 10" on a list's line is a year and its count, not a pair of years: a
    spaced "YEAR – YY" is a pair only when YY is the next year ("2022 – 23")."""
    for s, found in enumerate(starts):
        if not found or found[0] != "year_pair" or found[1] - s != 3:
            continue
        first, last = doc[s].text, doc[s + 2].text
        if first.isdigit() and last.isdigit() and len(last) == 2 and (int(first) + 1) % 100 != int(last):
            starts[s] = ("year", s + 1)
            for i in range(s + 1, found[1]):
                inside[i] = False


def _starts_sentence(text: str, at: int) -> bool:
    """At the start of a sentence or line: a capitalised "Today" there is a date,
    elsewhere a name ("Policing Today", "the Today programme"). Read from the
    text, so the component needs no sentence boundaries from another one."""
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at == 0 or text[at - 1] in "\n.!?:;\"\u201c\u201d(-\u2013\u2014"
