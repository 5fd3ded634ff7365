"""A PhraseMatcher run once a document, then asked about stretches of it.

The figures component asks its word lists (counted nouns, conduct, outcomes) about
hundreds of small stretches an article: the four tokens after a number, a clause, a
sentence. Running spaCy's PhraseMatcher on each stretch made a Span and walked its
tokens every time. spaCy's PhraseMatcher tries each start token in order and, from
it, reports every phrase ending inside the stretch, shortest first; so its matches
in a stretch are exactly those of the whole document that start and end inside the
stretch, in the same order. ``DocPhrases`` runs the matcher once a document and
answers each stretch from those matches.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc


class DocPhrases:
    """Called like the PhraseMatcher it wraps, on a Doc or a Span: the same matches, in
    the same order, read from one run over the Doc (found again for another Doc)."""

    __slots__ = ("matcher", "_doc", "_matches", "_starts")

    def __init__(self, matcher: PhraseMatcher):
        self.matcher = matcher
        self._doc: Optional[Doc] = None
        self._matches: list[tuple[int, int, int]] = []
        self._starts: list[int] = []

    def __len__(self) -> int:
        return len(self.matcher)

    def _of(self, doc: Doc) -> list[tuple[int, int, int]]:
        if doc is not self._doc:
            self._matches = list(self.matcher(doc))
            self._starts = [s for _, s, _ in self._matches]
            self._doc = doc
        return self._matches

    def __call__(self, doclike) -> list[tuple[int, int, int]]:
        if isinstance(doclike, Doc):
            return list(self._of(doclike))
        return self.within(doclike.doc, doclike.start, doclike.end)

    def within(self, doc: Doc, start: int, end: int) -> list[tuple[int, int, int]]:
        """The matches that start and end inside tokens [start, end) (read as doc[start:end] reads them)."""
        if start < 0 or end < 0:
            span = doc[start:end]
            start, end = span.start, span.end
        matches = self._of(doc)
        out = []
        for k in range(bisect_left(self._starts, start), len(matches)):
            match = matches[k]
            if match[1] >= end:
                break
            if match[2] <= end:
                out.append(match)
        return out

    def any_within(self, doc: Doc, start: int, end: int) -> bool:
        """Whether any match starts and ends inside tokens [start, end)."""
        if start < 0 or end < 0:
            span = doc[start:end]
            start, end = span.start, span.end
        matches = self._of(doc)
        for k in range(bisect_left(self._starts, start), len(matches)):
            match = matches[k]
            if match[1] >= end:
                return False
            if match[2] <= end:
                return True
        return False

    def first_at(self, doc: Doc, start: int, end: int) -> Optional[tuple[str, int]]:
        """The first match starting at token ``start`` and ending by ``end`` (the shortest),
        as (label, end); None when there is none."""
        if start < 0:
            return None  # as a match on doc[start:end] would start at no negative index
        end = end + len(doc) if end < 0 else end  # and as that slice reads a negative end
        matches = self._of(doc)
        k = bisect_left(self._starts, start)
        if k < len(matches) and matches[k][1] == start and matches[k][2] <= end:
            return doc.vocab.strings[matches[k][0]], matches[k][2]
        return None
