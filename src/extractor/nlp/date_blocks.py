"""Which date mentions the page's blocks set apart (``extractor.nlp.dates`` asks): those in a
dateline, byline or title date the page; those in the lists of other stories below the story
are not the article's at all."""

from __future__ import annotations

from spacy.tokens import Doc

from ..ingest.layout_cues import layout_cues

_PAGE_KINDS = frozenset({"dateline", "byline", "title"})


def outside_furniture(doc: Doc, text: str, spans: list) -> list:
    """The mentions outside the lists of other stories below the story: under a "Most read",
    "Related stories" or "Trending Now" heading (models/layout.json ``elsewhere_headings``) the
    lines are other stories' headlines ("Rail fares to rise in March"). A page's furniture above
    the story keeps its dates ("Report date: 19 July 2022"), and so does a "Related:" link inside
    it or a reader's comment."""
    blocks = list(doc._.blocks or []) if Doc.has_extension("blocks") else []
    if not spans or not any(b.kind == "furniture" for b in blocks):
        return spans
    headings = frozenset(layout_cues().elsewhere_headings)
    lists, inside, body = [], False, False
    for block in blocks:
        body = body or block.kind == "paragraph"
        if block.kind != "furniture":
            inside = False
        elif body and text[block.span[0]:block.span[1]].strip(" :#").lower() in headings:
            inside = True
        elif inside:
            lists.append(block.span)
    if not lists:
        return spans
    return [(span, expr) for span, expr in spans
            if not any(s <= span.start_char < e for s, e in lists)]


def page_dates(doc: Doc, spans: list) -> frozenset:
    """Indexes of the mentions in a dateline, byline or title block: they date the page."""
    blocks = [b for b in (doc._.blocks or []) if b.kind in _PAGE_KINDS] if Doc.has_extension("blocks") else []
    return frozenset(i for i, (span, _e) in enumerate(spans)
                     if any(b.span[0] <= span.start_char < b.span[1] for b in blocks))
