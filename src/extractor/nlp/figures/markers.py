"""Numbers that mark something rather than count it: a list's item numbers and a document's
page numbers (enumeration.py, page_furniture.py)."""

from __future__ import annotations

from spacy.tokens import Span

from .enumeration import digit_tokens, enumeration_markers
from .page_furniture import furniture_pages


class MarkersMixin:
    """FigureFinder's check for a number that marks an item or a page."""

    def _is_list_marker(self, span: Span) -> bool:
        """'1.' or '2)' opening a line is a list number, not a figure; nor are the markers of a
        list run into a paragraph ('argues: (1) ...; (2) ...') or the page numbers of a table of
        contents or a running header."""
        first, doc = span[0], span.doc
        at_line_start = first.i == self._sent(first).start or "\n" in doc[first.i - 1].text_with_ws[-1:]
        nxt = doc[span.end] if span.end < len(doc) else None
        if at_line_start and nxt is not None and nxt.text in (".", ")") and len(span) == 1:
            return True
        if getattr(self, "_markers_of", None) is not doc:  # found once a document
            digits = digit_tokens(doc)
            self._markers_of, self._markers = doc, enumeration_markers(doc, digits) | furniture_pages(doc, digits)
        return len(span) == 1 and span.start in self._markers
