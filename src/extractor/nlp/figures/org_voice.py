"""Whose figures a body's own release gives in the first person. A watchdog's or a
force's page says "we referred 71 cases" and "following our investigation" about
another force; "we" there is the body issuing the page, which is the body its title
names as the doer ("... after IOPC investigation") or the body a first-person paragraph
names before its "we" ("The IOPC oversees ... We investigate"), an overseer before a
force (a release names the force it oversees; a force's own release rarely names its
watchdog as itself). A "we" inside quotation marks is the speaker's, not the page's."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Span

from ..docarrays import span_text

_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.I)
_QUOTES = ('"', "“", "”")
# "... after IOPC investigation", "Fiosrú report finds ...": the body whose work the title reports
_DOER_AFTER = frozenset({"investigation", "investigations", "inquiry", "review", "report", "says", "said",
                         "finds", "found", "probe", "investigators", "decision", "statement"})
_FORCE = re.compile(r"\b(?:police|constabulary|garda|gardaí|sheriff|sheriff's|department|patrol|troopers?|pd)\b", re.I)
_OVERSEER = re.compile(r"\b(?:ombudsman|commission|commissioner|board|review|authority|inspector|inspectorate|"
                       r"office for|auditor|council)\b", re.I)
_PREPOSITIONS = frozenset({"from", "of", "to", "by", "with", "against", "about", "into", "at", "in", "for", "on",
                           "within", "across", "over"})
UNSET = object()


def _unquoted_first_person(text: str) -> Optional[int]:
    """Where the first "we"/"our" outside quotation marks starts in ``text``, or None."""
    if text.lstrip().startswith(_QUOTES):
        return None
    seen, straight, opened = 0, 0, 0  # quotation marks before the match, counted once each
    for m in _FIRST_PERSON.finditer(text):
        between = text[seen:m.start()]
        straight += between.count('"')
        opened += between.count("“") - between.count("”")
        seen = m.start()
        if straight % 2 == 0 and opened <= 0:
            return m.start()
    return None


def _after_preposition(doc: Doc, span: Span) -> bool:
    """'files from the Carver Police Department', 'referred to the IOPC': a body the page
    names as a source, a recipient or a topic is not the one speaking."""
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in ("the", "an", "a"):
        i -= 1
    return i >= 0 and doc[i].lower_ in _PREPOSITIONS


def _is_force(name: str) -> bool:
    return bool(_FORCE.search(name)) and not _OVERSEER.search(name)


class OrgVoiceMixin:
    """OrgsMixin's reading of a release's first person."""

    def _narrates(self, sent: Span) -> bool:
        """The sentence speaks as the page's body: an unquoted "we" or "our", no quotation in it
        (read once a sentence: a sentence of thousands of numbers is not read once a number)."""
        if sent.start not in self._narrating:
            self._narrating[sent.start] = self._reads_as_voice(sent)
        return self._narrating[sent.start]

    def _reads_as_voice(self, sent: Span) -> bool:
        text = span_text(sent)
        if any(q in text for q in _QUOTES):
            return False
        block = self._ctx.block_index(sent.start_char)
        if block is not None and self._ctx.text[self._ctx.blocks[block].span[0]:].lstrip().startswith(_QUOTES):
            return False
        return _unquoted_first_person(text) is not None

    def _voice_body(self, doc: Doc) -> Optional[str]:
        """The body a first-person release speaks as, found once an article (reset by _org_mentions)."""
        if self._voice is UNSET:
            self._voice = self._find_voice(doc)
        return self._voice

    def _find_voice(self, doc: Doc) -> Optional[str]:
        blocks, text = self._ctx.blocks, self._ctx.text
        for label, span in self._org_list:
            block = self._ctx.block_index(span.start_char)
            if block is not None and blocks[block].kind == "title" and span.end < len(doc) \
                    and doc[span.end].lower_ in _DOER_AFTER:
                return label
        named = []
        for block in blocks:
            if block.kind not in ("paragraph", "standfirst", "list_item"):
                continue
            at = _unquoted_first_person(text[block.span[0]:block.span[1]])
            if at is None:
                continue
            named += [label for label, span in self._org_list
                      if block.span[0] <= span.start_char < block.span[0] + at and not _after_preposition(doc, span)]
        overseers = [label for label in named if not _is_force(label)]
        return (overseers or named or [None])[0]
